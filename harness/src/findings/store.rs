//! The findings store of one campaign: a directory, the signatures seen so
//! far with their counts, and `summary.md`.

use anyhow::Context;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// What de-duplicates failures: two failures with the same key are the same
/// bug; only the first `per_signature` of a key get a directory, the rest
/// are counted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    /// The key (e.g. `p3-nothing-after-abort on wasmtime/exnref`).
    pub key: String,
    /// The label the finding directories get (`p3-nothing-after-abort`).
    pub label: String,
    /// One line saying what happened, for summaries.
    pub message: String,
}

/// Counts per signature, and what was written.
#[derive(Clone, Debug, Default)]
pub struct StoreSummary {
    /// In order of first appearance: signature, failures counted, first case.
    pub signatures: Vec<(Signature, u64, Option<u64>)>,
    /// Directories written, in order.
    pub findings: Vec<PathBuf>,
    /// Errors writing findings (the campaign goes on; they are reported).
    pub errors: Vec<String>,
}

pub struct Store {
    root: PathBuf,
    per_signature: usize,
    state: Mutex<(HashMap<String, usize>, StoreSummary)>,
}

impl Store {
    /// A store over `root` (created if missing) keeping `per_signature`
    /// directories per signature.
    pub fn open(root: &Path, per_signature: usize) -> anyhow::Result<Store> {
        std::fs::create_dir_all(root).with_context(|| format!("creating {}", root.display()))?;
        Ok(Store { root: root.to_path_buf(), per_signature, state: Mutex::new(Default::default()) })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Count a failure; whether it is among the first `per_signature` of its
    /// signature (then the caller writes it with [`Store::write`]).
    pub fn count(&self, sig: &Signature, case: Option<u64>) -> bool {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let (index, summary) = &mut *st;
        let n = match index.get(&sig.key) {
            Some(&i) => {
                summary.signatures[i].1 += 1;
                summary.signatures[i].1
            }
            None => {
                index.insert(sig.key.clone(), summary.signatures.len());
                summary.signatures.push((sig.clone(), 1, case));
                1
            }
        };
        n as usize <= self.per_signature
    }

    /// Write a finding directory `<root>/<name>` atomically with `fill`; a
    /// directory of that name already there is kept as it is. Errors are
    /// also recorded for the summary.
    pub fn write(&self, name: &str, fill: impl FnOnce(&Path) -> anyhow::Result<()>) -> anyhow::Result<PathBuf> {
        let dir = self.root.join(name);
        let result = if dir.exists() { Ok(()) } else { write_atomically(&dir, fill) };
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        match result {
            Ok(()) => {
                st.1.findings.push(dir.clone());
                Ok(dir)
            }
            Err(e) => {
                st.1.errors.push(format!("{name}: {e:#}"));
                Err(e)
            }
        }
    }

    /// Record a directory written outside [`Store::write`] (e.g. recovered).
    pub fn add_written(&self, dir: PathBuf) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1.findings.push(dir);
    }

    /// Record an error for the summary.
    pub fn error(&self, e: String) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1.errors.push(e);
    }

    /// Directories written so far (cheap: for progress output).
    pub fn written(&self) -> usize {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1.findings.len()
    }

    pub fn summary(&self) -> StoreSummary {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1.clone()
    }

    /// Write `<root>/summary.md`: `title`, the `facts` lines, the failures by
    /// signature, the findings, then each extra `(heading, markdown)` section.
    pub fn write_summary(&self, title: &str, facts: &[String], sections: &[(String, String)]) -> anyhow::Result<PathBuf> {
        let s = self.summary();
        let mut md = format!("# {title}\n\n");
        for f in facts {
            let _ = writeln!(md, "- {f}");
        }
        let _ = writeln!(md, "\n## Failures by signature\n");
        if s.signatures.is_empty() {
            let _ = writeln!(md, "none");
        }
        for (sig, count, first) in &s.signatures {
            let first = first.map_or(String::new(), |c| format!(" (first: case {c})"));
            let _ = writeln!(md, "- **{}**: {count} failing{first}\n  - {}", sig.key, sig.message);
        }
        let _ = writeln!(md, "\n## Findings\n");
        if s.findings.is_empty() {
            let _ = writeln!(md, "none");
        }
        for f in &s.findings {
            let name = f.file_name().map_or(String::new(), |n| n.to_string_lossy().to_string());
            let reduced = super::read_meta(&f.join("reduced")).ok().flatten();
            let size = reduced.map_or(String::new(), |m| format!(", reduced to {} steps", m.size));
            let _ = writeln!(md, "- `{name}`{size}: `{}`", super::replay_command(f));
        }
        for e in &s.errors {
            let _ = writeln!(md, "- error: {e}");
        }
        for (heading, body) in sections {
            let _ = writeln!(md, "\n## {heading}\n\n{body}");
        }
        let path = self.root.join("summary.md");
        crate::paths::write_atomically(&path, md.as_bytes()).with_context(|| format!("writing {}", path.display()))?;
        Ok(path)
    }
}

/// Create `dir` (which must not exist yet) with `fill`, atomically: `fill`
/// writes into a temporary sibling directory that is renamed into place only
/// once it is complete.
pub fn write_atomically(dir: &Path, fill: impl FnOnce(&Path) -> anyhow::Result<()>) -> anyhow::Result<()> {
    let parent = dir.parent().context("finding directory has no parent")?;
    std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    let name = dir.file_name().context("finding directory has no name")?.to_string_lossy();
    let tmp = parent.join(format!(".tmp-{name}-{}-{:?}", std::process::id(), std::thread::current().id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    let filled = fill(&tmp);
    if let Err(e) = filled {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, dir).with_context(|| format!("moving the finding into {}", dir.display()))
}


#[cfg(test)]
mod tests {
    use super::*;

    fn sig(key: &str) -> Signature {
        Signature { key: key.into(), label: "p1-destructors".into(), message: "m".into() }
    }

    #[test]
    fn counts_per_signature_and_writes_atomically() {
        let root = std::env::temp_dir().join(format!("reentry-store-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let store = Store::open(&root, 1).unwrap();
        assert!(store.count(&sig("a"), Some(3)));
        assert!(!store.count(&sig("a"), Some(9)), "the second of a signature is only counted");
        assert!(store.count(&sig("b"), None));
        let dir = store.write("one", |d| super::super::write_file(d, "x", b"1")).unwrap();
        assert_eq!(std::fs::read(dir.join("x")).unwrap(), b"1");
        // A failing fill leaves nothing behind, and is reported.
        assert!(store.write("two", |_| anyhow::bail!("disk full")).is_err());
        assert!(!root.join("two").exists());
        let leftovers: Vec<_> = std::fs::read_dir(&root).unwrap().flatten().filter(|e| e.file_name().to_string_lossy().starts_with(".tmp")).collect();
        assert!(leftovers.is_empty());
        // An existing directory is kept.
        store.write("one", |d| super::super::write_file(d, "x", b"2")).unwrap();
        assert_eq!(std::fs::read(root.join("one/x")).unwrap(), b"1");
        let s = store.summary();
        assert_eq!(s.signatures.iter().map(|(s, n, c)| (s.key.as_str(), *n, *c)).collect::<Vec<_>>(), [("a", 2, Some(3)), ("b", 1, None)]);
        assert_eq!(s.errors.len(), 1);
        let md = std::fs::read_to_string(store.write_summary("t", &["seed 1".into()], &[("Extra".into(), "x".into())]).unwrap()).unwrap();
        assert!(md.contains("**a**: 2 failing (first: case 3)") && md.contains("## Extra") && md.contains("disk full"), "{md}");
        std::fs::remove_dir_all(&root).unwrap();
    }
}
