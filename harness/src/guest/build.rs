//! Building the guest with the real toolchain (`../shared/real-toolchain.md`):
//! Debian's rustc 1.96 (`/usr/bin/rustc`, `/usr/bin/cargo`, std source from
//! `rust-web-src`, installed by `scripts/install-toolchain.sh`), rebuilding
//! std with `-Zbuild-std=std,panic_unwind` under `RUSTC_BOOTSTRAP=1`, linked
//! by the stable toolchain's `rust-lld` (or Debian's `wasm-ld-19`). The
//! project itself keeps building with the stable toolchain.
//!
//! Artifacts are built once and cached under `target/guest/<key>/`, where
//! the key hashes the guest's sources, the flags and the toolchain versions:
//! a change to any of them builds anew, nothing else does. The cargo build
//! directory (`target/guest/cargo/<encoding>`) is kept, so a rebuild after a
//! guest change takes about a second.

use crate::compile::Encoding;
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};

/// The compiler of the real lane.
const RUSTC: &str = "/usr/bin/rustc";
const CARGO: &str = "/usr/bin/cargo";
/// The std source `-Zbuild-std` compiles.
const STD_SOURCE: &str = "/usr/lib/rustlib/src/rust/library";

/// The guest crate.
pub fn source_dir() -> PathBuf {
    crate::paths::engines_dir().join("guest")
}

/// Where guest artifacts go.
pub fn target_dir() -> PathBuf {
    crate::paths::target_dir().join("guest")
}

/// The toolchain found here.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Toolchain {
    /// `rustc -vV` of the guest compiler.
    pub rustc: String,
    pub cargo: String,
    /// The wasm linker's path.
    pub linker: PathBuf,
}

impl Toolchain {
    /// `rustc 1.96.0 (...)`: the first line of `rustc -vV`.
    pub fn rustc_version(&self) -> &str {
        self.rustc.lines().next().unwrap_or("")
    }
}

fn output(cmd: &mut Command) -> Result<String> {
    let what = format!("{cmd:?}");
    let out = cmd.output().with_context(|| format!("running {what}"))?;
    if !out.status.success() {
        bail!("{what} failed: {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Find the toolchain, or say what is missing and how to install it.
pub fn toolchain() -> Result<Toolchain> {
    static FOUND: OnceLock<std::result::Result<Toolchain, String>> = OnceLock::new();
    FOUND.get_or_init(|| find_toolchain().map_err(|e| format!("{e:#}"))).clone().map_err(|e| anyhow::anyhow!(e))
}

fn find_toolchain() -> Result<Toolchain> {
    let hint = "install it with scripts/install-toolchain.sh (Debian: rustc-web cargo-web rust-web-src)";
    if !Path::new(RUSTC).is_file() || !Path::new(CARGO).is_file() {
        bail!("the real-lane compiler {RUSTC} / {CARGO} is missing: {hint}");
    }
    let rustc = output(Command::new(RUSTC).arg("-vV"))?;
    let cargo = output(Command::new(CARGO).arg("-V"))?;
    if !Path::new(STD_SOURCE).join("std").is_dir() {
        bail!("the std source ({STD_SOURCE}) is missing: {hint}");
    }
    Ok(Toolchain { rustc, cargo, linker: linker()? })
}

/// rust-lld of the project's own (rustup) toolchain, else Debian's wasm-ld-19.
fn linker() -> Result<PathBuf> {
    if let Some(l) = std::env::var_os("REENTRY_GUEST_LINKER") {
        return Ok(PathBuf::from(l));
    }
    if let Ok(sysroot) = output(Command::new("rustc").args(["--print", "sysroot"])) {
        let lld = Path::new(&sysroot).join("lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld");
        if lld.is_file() {
            return Ok(lld);
        }
    }
    for p in ["/usr/bin/wasm-ld-19", "/usr/bin/wasm-ld"] {
        if Path::new(p).is_file() {
            return Ok(PathBuf::from(p));
        }
    }
    bail!("no wasm linker: neither the rustup toolchain's rust-lld nor wasm-ld-19 (Debian lld-19) is installed")
}

/// RUSTFLAGS of one encoding's build.
pub fn rustflags(encoding: Encoding, linker: &Path) -> String {
    let mut f = format!("-Cpanic=unwind -Ctarget-feature=+exception-handling -Clinker={}", linker.display());
    if encoding == Encoding::Exnref {
        // rustc 1.96 emits legacy EH unless told otherwise.
        f.push_str(" -Cllvm-args=-wasm-use-legacy-eh=false");
    }
    f
}

/// The guest's source files (everything under engines/guest but build output).
fn sources(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).with_context(|| format!("reading {}", d.display()))? {
            let path = entry?.path();
            let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
            if path.is_dir() {
                if name != "target" && name != "out" {
                    stack.push(path);
                }
            } else if name != "Cargo.lock" {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The cache key of one encoding's raw module: sources, flags, toolchain.
pub fn key(encoding: Encoding, tc: &Toolchain) -> Result<u64> {
    let dir = source_dir();
    let mut parts: Vec<String> = vec![tc.rustc.clone(), tc.cargo.clone(), rustflags(encoding, &tc.linker)];
    // The linker by identity: its path and size (a different build of it is
    // a different size; hashing the whole binary costs more than it buys).
    let size = std::fs::metadata(&tc.linker).map(|m| m.len()).unwrap_or(0);
    parts.push(format!("{} {size}", tc.linker.display()));
    for f in sources(&dir)? {
        let rel = f.strip_prefix(&dir).unwrap_or(&f).display().to_string();
        let bytes = std::fs::read(&f).with_context(|| format!("reading {}", f.display()))?;
        parts.push(rel);
        parts.push(format!("{:016x}", crate::fnv::hash(&bytes)));
    }
    let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    Ok(crate::fnv::hash_parts(&refs))
}

/// The raw (unbound) rustc module for `encoding`: from the cache, or built.
pub fn raw_module(encoding: Encoding) -> Result<Vec<u8>> {
    // One build at a time in this process (tests start many engines at
    // once); cargo's own lock covers other processes.
    static BUILDING: Mutex<()> = Mutex::new(());
    let _one = BUILDING.lock().unwrap_or_else(|e| e.into_inner());
    let tc = toolchain()?;
    let key = key(encoding, &tc)?;
    let out = target_dir().join(format!("{key:016x}")).join(format!("reentry-guest-{}.wasm", encoding.name()));
    if let Ok(bytes) = std::fs::read(&out) {
        return Ok(bytes);
    }
    let built = cargo_build(encoding, &tc)?;
    let bytes = std::fs::read(&built).with_context(|| format!("reading {}", built.display()))?;
    std::fs::create_dir_all(out.parent().expect("has a parent"))?;
    crate::paths::write_atomically(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    Ok(bytes)
}

/// `cargo build` of the guest for one encoding; the path of the module.
fn cargo_build(encoding: Encoding, tc: &Toolchain) -> Result<PathBuf> {
    let dir = source_dir();
    let cargo_target = target_dir().join("cargo").join(encoding.name());
    let started = std::time::Instant::now();
    eprintln!("building the rustc guest ({}, {}) ...", encoding.name(), tc.rustc_version());
    let out = Command::new(CARGO)
        .args(["build", "--release", "--target", "wasm32-unknown-unknown", "-Zbuild-std=std,panic_unwind", "--quiet"])
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .env("RUSTC", RUSTC)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUSTFLAGS", rustflags(encoding, &tc.linker))
        .env("CARGO_TARGET_DIR", &cargo_target)
        // The Debian cargo must not pick up the rustup proxies first.
        .env("PATH", format!("/usr/bin:{}", std::env::var("PATH").unwrap_or_default()))
        .env_remove("RUSTC_WRAPPER")
        .env_remove("CARGO_BUILD_TARGET")
        .output()
        .context("running the Debian cargo")?;
    if !out.status.success() {
        bail!("building engines/guest ({}) failed:\n{}", encoding.name(), String::from_utf8_lossy(&out.stderr));
    }
    eprintln!("built the rustc guest ({}) in {:.1?}", encoding.name(), started.elapsed());
    Ok(cargo_target.join("wasm32-unknown-unknown/release/reentry_guest.wasm"))
}
