//! wasm-bindgen source trees: what identifies one ([`identify`]), which of
//! its crates the lane builds from ([`crates`]), and how to assemble one for
//! a release from the crates.io sources of its crates ([`assemble`], `reentry
//! wbg-tree`), laid out as upstream's repository so that a patch written
//! against upstream (`crates/cli-support/src/js/mod.rs`, `src/rt/mod.rs`)
//! applies to it with `patch -p1`.

use super::{TreeId, Version};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The crates of upstream's repository the lane's CLI and guest can build
/// from, each with its directory in the repository. A tree holds those its
/// release has (`wasm-bindgen-backend` went away in 0.2.1xx, for one).
pub const CRATES: &[(&str, &str)] = &[
    ("wasm-bindgen", "."),
    ("wasm-bindgen-backend", "crates/backend"),
    ("wasm-bindgen-cli", "crates/cli"),
    ("wasm-bindgen-cli-support", "crates/cli-support"),
    ("wasm-bindgen-externref-xform", "crates/externref-xform"),
    ("wasm-bindgen-futures", "crates/futures"),
    ("wasm-bindgen-macro", "crates/macro"),
    ("wasm-bindgen-macro-support", "crates/macro-support"),
    ("wasm-bindgen-multi-value-xform", "crates/multi-value-xform"),
    ("wasm-bindgen-shared", "crates/shared"),
    ("wasm-bindgen-test-shared", "crates/test-shared"),
    ("wasm-bindgen-threads-xform", "crates/threads-xform"),
    ("wasm-bindgen-wasm-conventions", "crates/wasm-conventions"),
    ("wasm-bindgen-wasm-interpreter", "crates/wasm-interpreter"),
    ("js-sys", "crates/js-sys"),
];

/// The crates present in a tree: (name, its directory).
pub fn crates(tree: &Path) -> Vec<(&'static str, PathBuf)> {
    CRATES.iter().map(|(n, d)| (*n, tree.join(d))).filter(|(_, d)| d.join("Cargo.toml").is_file()).collect()
}

/// The `version` of a manifest's `[package]` (a plain string: upstream's
/// manifests and crates.io's normalized ones both have one).
pub fn package_version(manifest: &Path) -> Result<Version> {
    let text = std::fs::read_to_string(manifest).with_context(|| format!("reading {}", manifest.display()))?;
    let mut in_package = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package {
            if let Some(v) = line.strip_prefix("version").map(str::trim_start).and_then(|l| l.strip_prefix('=')) {
                return v.trim().trim_matches('"').parse();
            }
        }
    }
    bail!("{} has no [package] version", manifest.display())
}

/// The files of a crate directory that a build reads: its manifest, build
/// script and `src/` (the root crate's `src/` only, not `crates/`).
fn sources(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for f in ["Cargo.toml", "build.rs"] {
        if dir.join(f).is_file() {
            out.push(dir.join(f));
        }
    }
    let mut stack = vec![dir.join("src")];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries {
            let p = e?.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    Ok(())
}

/// What a tree is: its `wasm-bindgen` version, a hash of the sources of
/// every crate in it, and its git commit if it is a checkout.
pub fn identify(tree: &Path) -> Result<TreeId> {
    let root = tree.join("Cargo.toml");
    let version = package_version(&root).with_context(|| format!("{} is not a wasm-bindgen source tree", tree.display()))?;
    let present = crates(tree);
    for needed in ["wasm-bindgen-cli", "wasm-bindgen-cli-support"] {
        if !present.iter().any(|(n, _)| *n == needed) {
            bail!("{} has no {needed} crate (upstream's layout: {})", tree.display(), CRATES.iter().find(|c| c.0 == needed).map_or("", |c| c.1));
        }
    }
    let mut files = Vec::new();
    for (_, dir) in &present {
        sources(dir, &mut files)?;
    }
    files.sort();
    let mut parts: Vec<String> = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).with_context(|| format!("reading {}", f.display()))?;
        parts.push(f.strip_prefix(tree).unwrap_or(f).display().to_string());
        parts.push(format!("{:016x}", crate::fnv::hash(&bytes)));
    }
    let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    let hash = format!("{:016x}", crate::fnv::hash_parts(&refs));
    Ok(TreeId { version: version.to_string(), hash, commit: git_commit(tree), fixes: fixes(tree) })
}

fn git_commit(tree: &Path) -> Option<String> {
    if !tree.join(".git").exists() {
        return None;
    }
    let out = |args: &[&str]| Command::new("git").arg("-C").arg(tree).args(args).output().ok().filter(|o| o.status.success());
    let head = String::from_utf8_lossy(&out(&["rev-parse", "HEAD"])?.stdout).trim().to_string();
    let dirty = out(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|o| !o.stdout.is_empty());
    Some(if dirty { format!("{head}-dirty") } else { head })
}

/// The marker an assembled tree carries: which crates, at which versions.
pub const ASSEMBLED: &str = "REENTRY-ASSEMBLED.txt";

/// The marker a patched tree carries (`reentry fix-check`): one line per
/// patch applied, `<finding id> <patch> <hash>`.
pub const PATCHES: &str = "REENTRY-PATCHES.txt";

/// The findings whose fixes a tree carries (its [`PATCHES`] marker).
pub fn fixes(tree: &Path) -> Vec<String> {
    std::fs::read_to_string(tree.join(PATCHES))
        .map(|t| t.lines().filter_map(|l| l.split_whitespace().next()).map(String::from).collect())
        .unwrap_or_default()
}

/// Assemble the source tree of release `v` in `dir` (which must not exist
/// or be empty): every crate of [`CRATES`] that `wasm-bindgen-cli` and
/// `wasm-bindgen` `=v` (and the `js-sys` and `wasm-bindgen-futures` that go
/// with them) resolve to, fetched from crates.io by cargo and unpacked into
/// upstream's layout. Offline once cargo has the `.crate` files. Returns
/// the crates and versions it used.
pub fn assemble(v: Version, dir: &Path, log: &dyn Fn(&str)) -> Result<Vec<(String, String)>> {
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        bail!("{} exists and is not empty", dir.display());
    }
    let lock = resolve(v, log)?;
    let registry = registry_cache()?;
    std::fs::create_dir_all(dir)?;
    let mut used = Vec::new();
    for (name, version) in lock {
        let Some((_, place)) = CRATES.iter().find(|(n, _)| *n == name) else { continue };
        let file = registry
            .iter()
            .map(|r| r.join(format!("{name}-{version}.crate")))
            .find(|p| p.is_file())
            .with_context(|| format!("cargo fetched {name} {version} but its .crate is not in {}", registry_cache_hint()))?;
        let dest = dir.join(place);
        std::fs::create_dir_all(&dest)?;
        // The root crate's archive holds only its own files: no clash with crates/.
        let st = Command::new("tar")
            .arg("-xzf")
            .arg(&file)
            .arg("-C")
            .arg(&dest)
            .arg("--strip-components=1")
            .status()
            .context("running tar")?;
        if !st.success() {
            bail!("unpacking {} failed", file.display());
        }
        used.push((name, version));
    }
    if !used.iter().any(|(n, _)| n == "wasm-bindgen-cli-support") {
        bail!("wasm-bindgen-cli {v} did not resolve to a wasm-bindgen-cli-support");
    }
    // Upstream's root manifest is also the workspace of every crate (and it
    // keeps cargo from taking an enclosing directory's workspace for theirs).
    let members: Vec<String> = crates(dir).iter().filter(|(n, _)| *n != "wasm-bindgen").map(|(_, d)| format!("{:?}", d.strip_prefix(dir).unwrap_or(d).display().to_string())).collect();
    let root = dir.join("Cargo.toml");
    let manifest = std::fs::read_to_string(&root)?;
    std::fs::write(&root, format!("{manifest}\n# Added by reentry wbg-tree: upstream's workspace.\n[workspace]\nmembers = [{}]\n", members.join(", ")))?;
    let mut about = format!(
        "A wasm-bindgen {v} source tree assembled by `reentry wbg-tree` from the crates.io sources\n\
         of these crates, each unpacked where upstream's repository keeps it (crates.io's\n\
         normalized Cargo.toml included; the root one also declares the workspace):\n\n"
    );
    for (n, ver) in &used {
        let place = CRATES.iter().find(|(c, _)| c == n).map_or("?", |c| c.1);
        about.push_str(&format!("{n} {ver}\t{place}\n"));
    }
    std::fs::write(dir.join(ASSEMBLED), about)?;
    Ok(used)
}

/// What cargo resolves `wasm-bindgen-cli`, `wasm-bindgen` `=v`, `js-sys`
/// and `wasm-bindgen-futures` to: (name, version) of every package. Fetches
/// the `.crate` files too.
fn resolve(v: Version, log: &dyn Fn(&str)) -> Result<Vec<(String, String)>> {
    let dir = crate::paths::target_dir().join("wasm-bindgen").join("fetch").join(v.to_string());
    std::fs::create_dir_all(dir.join("src"))?;
    std::fs::write(dir.join("src/lib.rs"), "")?;
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "# Made by reentry to fetch wasm-bindgen {v}'s crates (guest/wbg/tree.rs).\n\
             [package]\nname = \"reentry-wbg-fetch\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\nwasm-bindgen-cli = \"={v}\"\nwasm-bindgen = \"={v}\"\njs-sys = \"0.3\"\nwasm-bindgen-futures = \"0.4\"\n\n\
             [workspace]\n"
        ),
    )?;
    log(&format!("fetching wasm-bindgen {v}'s crates from crates.io with cargo ..."));
    let out = Command::new("cargo").arg("fetch").arg("--manifest-path").arg(dir.join("Cargo.toml")).output().context("running cargo fetch")?;
    if !out.status.success() {
        bail!("cargo fetch for wasm-bindgen {v} failed:\n{}", String::from_utf8_lossy(&out.stderr).trim());
    }
    lock_packages(&std::fs::read_to_string(dir.join("Cargo.lock"))?)
}

/// (name, version) of every crates.io package of a Cargo.lock.
pub fn lock_packages(lock: &str) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for block in lock.split("[[package]]").skip(1) {
        let field = |k: &str| {
            block.lines().find_map(|l| l.trim().strip_prefix(k).map(str::trim_start).and_then(|l| l.strip_prefix('=')).map(|v| v.trim().trim_matches('"').to_string()))
        };
        if let (Some(n), Some(v), Some(s)) = (field("name"), field("version"), field("source")) {
            if s.contains("crates.io") {
                out.push((n, v));
            }
        }
    }
    Ok(out)
}

fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME").map(PathBuf::from).or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
}

fn registry_cache_hint() -> String {
    cargo_home().map_or("$CARGO_HOME/registry/cache".into(), |h| h.join("registry/cache").display().to_string())
}

/// cargo's `.crate` directories (one per registry index).
fn registry_cache() -> Result<Vec<PathBuf>> {
    let root = cargo_home().context("no CARGO_HOME or HOME")?.join("registry/cache");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .with_context(|| format!("reading {}", root.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    Ok(dirs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_packages_keep_registry_packages_only() {
        let lock = "version = 4\n\n[[package]]\nname = \"js-sys\"\nversion = \"0.3.107\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n\
                    checksum = \"x\"\n\n[[package]]\nname = \"reentry-wbg-fetch\"\nversion = \"0.0.0\"\n";
        assert_eq!(lock_packages(lock).unwrap(), vec![("js-sys".to_string(), "0.3.107".to_string())]);
    }

    #[test]
    fn a_directory_without_upstreams_layout_is_not_a_tree() {
        let d = std::env::temp_dir().join(format!("reentry-not-a-tree-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("Cargo.toml"), "[package]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n").unwrap();
        let e = identify(&d).unwrap_err().to_string();
        assert!(e.contains("no wasm-bindgen-cli crate"), "{e}");
        assert_eq!(package_version(&d.join("Cargo.toml")).unwrap().to_string(), "0.2.130");
        std::fs::remove_dir_all(&d).unwrap();
    }
}
