//! The wasm-bindgen CLI of a [`Wbg`], built on first use and cached:
//!
//! - the pinned release: `$REENTRY_WASM_BINDGEN`, else `wasm-bindgen` in
//!   cargo's bin directory or on `PATH` (what `scripts/install-wasm-bindgen.sh`
//!   installs), if it is that version; else as any release;
//! - a release: `cargo install wasm-bindgen-cli --version V --root
//!   target/wasm-bindgen/V` (only the `wasm-bindgen` binary, without the
//!   test runner's TLS features; not `--locked`: old lock files name crates
//!   the registry no longer has);
//! - a tree: `cargo build` of its `crates/cli` with every crate of the tree
//!   patched in (`--config patch.crates-io...`), the binary copied to
//!   `target/wasm-bindgen/tree-<hash>/bin/`.
//!
//! Every build shares one cargo target directory
//! (`target/wasm-bindgen/build`), so only the first costs minutes (about 5
//! on 2 cores); another release takes about a minute, a patched tree less.
//! A file lock keeps two processes from building at once.

use super::{tree, Source, Version, Wbg};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};

/// `target/wasm-bindgen/` (or `$REENTRY_WASM_BINDGEN_CACHE`).
pub fn cache_dir() -> PathBuf {
    let d = std::env::var_os("REENTRY_WASM_BINDGEN_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::paths::target_dir().join("wasm-bindgen"));
    d.canonicalize().unwrap_or(d)
}

/// Each release's CLI as found (or why not), once per process.
type Found = Mutex<Vec<(Wbg, std::result::Result<PathBuf, String>)>>;

/// The CLI of `wbg`: found, or built now (and cached).
pub fn cli(wbg: Wbg) -> Result<PathBuf> {
    static FOUND: OnceLock<Found> = OnceLock::new();
    let found = FOUND.get_or_init(Default::default);
    let mut found = found.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, r)) = found.iter().find(|(w, _)| *w == wbg) {
        return r.clone().map_err(|e| anyhow::anyhow!(e));
    }
    let r = provide(wbg).map_err(|e| format!("{e:#}"));
    found.push((wbg, r.clone()));
    r.map_err(|e| anyhow::anyhow!(e))
}

/// The CLI of `wbg` if it is already there (nothing is built).
pub fn installed(wbg: Wbg) -> Option<PathBuf> {
    if wbg.is_pinned() {
        if let Some(exe) = installed_pinned() {
            return Some(exe);
        }
    }
    let exe = cached(wbg);
    (exe.is_file() && version_of(&exe).ok() == Some(wbg.version())).then_some(exe)
}

/// Where the cache keeps `wbg`'s CLI.
fn cached(wbg: Wbg) -> PathBuf {
    cache_dir().join(wbg.key()).join("bin/wasm-bindgen")
}

fn provide(wbg: Wbg) -> Result<PathBuf> {
    if let Some(exe) = installed(wbg) {
        return Ok(exe);
    }
    let exe = cached(wbg);
    let want = wbg.version();
    std::fs::create_dir_all(cache_dir())?;
    let lock = std::fs::File::create(cache_dir().join(".build-lock"))?;
    lock.lock().context("locking the wasm-bindgen build cache")?;
    // Another process may have built it while we waited.
    if exe.is_file() && version_of(&exe).ok() == Some(want) {
        return Ok(exe);
    }
    let started = std::time::Instant::now();
    match wbg.source() {
        Source::Release(v) => install_release(*v, &exe)?,
        Source::Tree(path) => build_tree(wbg, path, &exe)?,
    }
    let got = version_of(&exe)?;
    if got != want {
        bail!("{} says it is wasm-bindgen {got}, not {want}", exe.display());
    }
    eprintln!("built the wasm-bindgen {wbg} CLI in {:.0?} (cached: {})", started.elapsed(), exe.display());
    Ok(exe)
}

/// `wasm-bindgen --version` of an executable.
pub fn version_of(exe: &Path) -> Result<Version> {
    let out = Command::new(exe).arg("--version").output().with_context(|| format!("running {}", exe.display()))?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.split_whitespace().nth(1).with_context(|| format!("{} --version said `{}`", exe.display(), text.trim()))?.parse()
}

/// The pinned CLI where `scripts/install-wasm-bindgen.sh` puts it, if it is there.
fn installed_pinned() -> Option<PathBuf> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(p) = std::env::var_os("REENTRY_WASM_BINDGEN") {
        candidates.push(PathBuf::from(p));
    }
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    if let Some(h) = cargo_home {
        candidates.push(h.join("bin/wasm-bindgen"));
    }
    if let Some(path) = std::env::var_os("PATH") {
        candidates.extend(std::env::split_paths(&path).map(|d| d.join("wasm-bindgen")));
    }
    let pinned = Version::pinned();
    candidates.into_iter().filter(|p| p.is_file()).find(|p| version_of(p).ok() == Some(pinned))
}

fn build_dir() -> PathBuf {
    cache_dir().join("build")
}

fn run(cmd: &mut Command, what: &str) -> Result<()> {
    let out = cmd.output().with_context(|| format!("running {what}"))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = err.lines().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect();
        bail!("{what} failed:\n{}", tail.join("\n"));
    }
    Ok(())
}

fn install_release(v: Version, exe: &Path) -> Result<()> {
    let root = exe.parent().and_then(Path::parent).expect("<root>/bin/wasm-bindgen");
    eprintln!(
        "installing wasm-bindgen-cli {v} from crates.io into {} (a few minutes the first time; cached after) ...",
        root.display()
    );
    run(
        Command::new("cargo")
            .args(["install", "wasm-bindgen-cli", "--version", &v.to_string(), "--no-default-features", "--bin", "wasm-bindgen", "--force", "--quiet"])
            .arg("--root")
            .arg(root)
            .arg("--target-dir")
            .arg(build_dir()),
        &format!("cargo install wasm-bindgen-cli --version {v}"),
    )
}

/// `--config` arguments patching every crate of `tree` in place of crates.io's.
pub fn patch_args(tree: &Path) -> Vec<String> {
    tree::crates(tree)
        .into_iter()
        .flat_map(|(name, dir)| ["--config".to_string(), format!("patch.crates-io.{name}.path={:?}", dir.display().to_string())])
        .collect()
}

fn build_tree(wbg: Wbg, path: &Path, exe: &Path) -> Result<()> {
    let id = wbg.tree_id()?.context("a tree")?;
    eprintln!("building the wasm-bindgen CLI from the tree {} ({}) ...", path.display(), id.hash);
    let manifest = path.join("crates/cli/Cargo.toml");
    run(
        Command::new("cargo")
            .args(["build", "--release", "--quiet", "--bin", "wasm-bindgen", "--no-default-features"])
            .arg("--manifest-path")
            .arg(&manifest)
            .arg("--target-dir")
            .arg(build_dir())
            .args(patch_args(path)),
        &format!("cargo build of {}", manifest.display()),
    )?;
    std::fs::create_dir_all(exe.parent().expect("has a parent"))?;
    let built = build_dir().join("release/wasm-bindgen");
    let tmp = exe.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::copy(&built, &tmp).with_context(|| format!("copying {}", built.display()))?;
    std::fs::rename(&tmp, exe)?;
    Ok(())
}
