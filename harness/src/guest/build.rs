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

use super::{Binding, Panic};
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
/// The wasm-bindgen CLI the binding `wasm-bindgen` needs: exactly the
/// version of the `wasm-bindgen` crate in engines/guest/Cargo.toml
/// (`scripts/install-wasm-bindgen.sh` installs it).
pub const WASM_BINDGEN_VERSION: &str = "0.2.130";

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

/// What rustc compiles the guest as: under panic=unwind one module per EH
/// encoding; under panic=abort one module without EH instructions, which
/// the bindings wrap in either encoding (wasm-bindgen: exnref only).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flavor {
    Unwind(Encoding),
    Abort,
}

impl Flavor {
    pub fn of(panic: Panic, encoding: Encoding) -> Flavor {
        match panic {
            Panic::Unwind => Flavor::Unwind(encoding),
            Panic::Abort => Flavor::Abort,
        }
    }

    /// Its name in cache and build paths.
    pub fn name(self) -> &'static str {
        match self {
            Flavor::Unwind(e) => e.name(),
            Flavor::Abort => "panic-abort",
        }
    }

    /// The std crates `-Zbuild-std` builds.
    fn build_std(self) -> &'static str {
        match self {
            Flavor::Unwind(_) => "-Zbuild-std=std,panic_unwind",
            Flavor::Abort => "-Zbuild-std=std,panic_abort",
        }
    }
}

/// RUSTFLAGS of one flavor's build. panic=abort has no exception-handling
/// feature, as the wasm32 target's default std has none: what most users
/// ship (docs/guest.md "panic=abort").
pub fn rustflags(flavor: Flavor, linker: &Path) -> String {
    match flavor {
        Flavor::Unwind(encoding) => {
            let mut f = format!("-Cpanic=unwind -Ctarget-feature=+exception-handling -Clinker={}", linker.display());
            if encoding == Encoding::Exnref {
                // rustc 1.96 emits legacy EH unless told otherwise.
                f.push_str(" -Cllvm-args=-wasm-use-legacy-eh=false");
            }
            f
        }
        Flavor::Abort => format!("-Cpanic=abort -Clinker={}", linker.display()),
    }
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

/// The guest's cargo features for a binding.
fn features(binding: Binding) -> &'static [&'static str] {
    match binding {
        Binding::Reentry => &[],
        Binding::WasmBindgen => &["--no-default-features", "--features", "binding-wasm-bindgen"],
        Binding::WorkersRs => &["--no-default-features", "--features", "binding-workers-rs"],
    }
}

/// The guest's cargo build directory for a binding and flavor. workers-rs
/// builds with `WASM_BINDGEN_USE_JS_SYS=1`, which changes what wasm-bindgen's
/// macro expands to without cargo knowing: it gets directories of its own.
fn cargo_dir(binding: Binding, flavor: Flavor) -> PathBuf {
    let name = match binding {
        Binding::WorkersRs => format!("workers-rs-{}", flavor.name()),
        _ => flavor.name().to_string(),
    };
    target_dir().join("cargo").join(name)
}

/// The cache key of one binding's and flavor's raw module: sources,
/// flags, toolchain.
pub fn key(binding: Binding, flavor: Flavor, tc: &Toolchain) -> Result<u64> {
    let dir = source_dir();
    let mut parts: Vec<String> = vec![tc.rustc.clone(), tc.cargo.clone(), rustflags(flavor, &tc.linker)];
    parts.push(features(binding).join(" "));
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

/// The raw (unbound) rustc module of `flavor` with `binding`'s features:
/// from the cache, or built.
pub fn raw_module(binding: Binding, flavor: Flavor) -> Result<Vec<u8>> {
    let _one = BUILDING.lock().unwrap_or_else(|e| e.into_inner());
    raw_module_locked(binding, flavor)
}

/// One build at a time in this process (tests start many engines at once);
/// cargo's own lock covers other processes.
static BUILDING: Mutex<()> = Mutex::new(());

fn raw_module_locked(binding: Binding, flavor: Flavor) -> Result<Vec<u8>> {
    let tc = toolchain()?;
    let out = raw_path(binding, flavor, &tc)?;
    if let Ok(bytes) = std::fs::read(&out) {
        return Ok(bytes);
    }
    let built = cargo_build(binding, flavor, &tc)?;
    let bytes = std::fs::read(&built).with_context(|| format!("reading {}", built.display()))?;
    std::fs::create_dir_all(out.parent().expect("has a parent"))?;
    crate::paths::write_atomically(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    Ok(bytes)
}

/// Where the raw module of `binding` and `flavor` is cached.
fn raw_path(binding: Binding, flavor: Flavor, tc: &Toolchain) -> Result<PathBuf> {
    let key = key(binding, flavor, tc)?;
    Ok(target_dir().join(format!("{key:016x}")).join(format!("reentry-guest-{}.wasm", flavor.name())))
}

/// `cargo build` of the guest for one binding and flavor; the path of the
/// module. One cargo directory per flavor, so switching between them never
/// rebuilds std.
fn cargo_build(binding: Binding, flavor: Flavor, tc: &Toolchain) -> Result<PathBuf> {
    let dir = source_dir();
    let cargo_target = cargo_dir(binding, flavor);
    let started = std::time::Instant::now();
    eprintln!("building the rustc guest ({}, binding {}, {}) ...", flavor.name(), binding.name(), tc.rustc_version());
    let mut cmd = Command::new(CARGO);
    if binding == Binding::WorkersRs {
        // worker-build's: async exports through `js_sys::futures`.
        cmd.env("WASM_BINDGEN_USE_JS_SYS", "1");
    }
    let out = cmd
        .args(["build", "--release", "--locked", "--target", "wasm32-unknown-unknown", flavor.build_std(), "--quiet"])
        .args(features(binding))
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .env("RUSTC", RUSTC)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUSTFLAGS", rustflags(flavor, &tc.linker))
        .env("CARGO_TARGET_DIR", &cargo_target)
        // The Debian cargo must not pick up the rustup proxies first.
        .env("PATH", format!("/usr/bin:{}", std::env::var("PATH").unwrap_or_default()))
        .env_remove("RUSTC_WRAPPER")
        .env_remove("CARGO_BUILD_TARGET")
        .output()
        .context("running the Debian cargo")?;
    if !out.status.success() {
        bail!("building engines/guest ({}) failed:\n{}", flavor.name(), String::from_utf8_lossy(&out.stderr));
    }
    eprintln!("built the rustc guest ({}, binding {}) in {:.1?}", flavor.name(), binding.name(), started.elapsed());
    Ok(cargo_target.join("wasm32-unknown-unknown/release/reentry_guest.wasm"))
}

/// The wasm-bindgen CLI: `$REENTRY_WASM_BINDGEN`, else `wasm-bindgen` in
/// cargo's bin directory or on `PATH`, at exactly [`WASM_BINDGEN_VERSION`].
pub fn wasm_bindgen_cli() -> Result<PathBuf> {
    static FOUND: OnceLock<std::result::Result<PathBuf, String>> = OnceLock::new();
    FOUND.get_or_init(|| find_wasm_bindgen().map_err(|e| format!("{e:#}"))).clone().map_err(|e| anyhow::anyhow!(e))
}

fn find_wasm_bindgen() -> Result<PathBuf> {
    let hint = format!("install it with scripts/install-wasm-bindgen.sh (cargo install wasm-bindgen-cli --version {WASM_BINDGEN_VERSION})");
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
    let exe = candidates.into_iter().find(|p| p.is_file()).ok_or_else(|| anyhow::anyhow!("no wasm-bindgen CLI: {hint}"))?;
    let version = output(Command::new(&exe).arg("--version"))?;
    if version.split_whitespace().nth(1) != Some(WASM_BINDGEN_VERSION) {
        bail!("{} is `{version}`, not wasm-bindgen {WASM_BINDGEN_VERSION}: {hint}", exe.display());
    }
    Ok(exe)
}

/// What the wasm-bindgen CLI makes of the guest: the module and its JS glue
/// (`--target nodejs --experimental-reset-state-function`: CommonJS, which
/// `engines/wbg-host.js` evaluates unchanged on every V8 engine; the reset
/// function is public so the driver's explicit `Reset` can call it; for the
/// panic=abort guest also `--force-enable-abort-handler`, as workers-rs 0.8
/// passes by default).
pub struct Bindgen {
    pub wasm: Vec<u8>,
    pub js: String,
}

/// The CLI's flags for a flavor.
fn bindgen_flags(flavor: Flavor) -> &'static [&'static str] {
    match flavor {
        Flavor::Unwind(_) => &["--experimental-reset-state-function"],
        Flavor::Abort => &["--experimental-reset-state-function", "--force-enable-abort-handler"],
    }
}

/// The wasm-bindgen output for `flavor`: from the cache, or built.
pub fn bindgen_module(flavor: Flavor) -> Result<Bindgen> {
    let mut args = vec!["--target", "nodejs", "--out-name", "guest"];
    args.extend_from_slice(bindgen_flags(flavor));
    let dir = bindgen_output(Binding::WasmBindgen, flavor, &args)?;
    Ok(Bindgen { wasm: std::fs::read(dir.join("guest_bg.wasm"))?, js: std::fs::read_to_string(dir.join("guest.js"))? })
}

/// The directory of the wasm-bindgen CLI's output (`args`, then `--out-dir`)
/// for `binding`'s raw module of `flavor`: from the cache, or made.
pub fn bindgen_output(binding: Binding, flavor: Flavor, args: &[&str]) -> Result<PathBuf> {
    let _one = BUILDING.lock().unwrap_or_else(|e| e.into_inner());
    let tc = toolchain()?;
    let cli = wasm_bindgen_cli()?;
    let key = crate::fnv::hash_parts(&[&format!("{:016x}", key(binding, flavor, &tc)?), &args.join(" ")]);
    let dir = target_dir().join(format!("{key:016x}")).join(format!("{}-{}", binding.name(), flavor.name()));
    if dir.is_dir() {
        return Ok(dir);
    }
    let raw = raw_module_locked(binding, flavor)?;
    let input = raw_path(binding, flavor, &tc)?;
    debug_assert!(input.exists(), "raw_module_locked keeps the raw module");
    drop(raw);
    let tmp = dir.with_extension(format!("tmp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let out = Command::new(&cli)
        .args(args)
        .arg("--out-dir")
        .arg(&tmp)
        .arg(&input)
        .output()
        .with_context(|| format!("running {}", cli.display()))?;
    if !out.status.success() {
        bail!("wasm-bindgen failed on the guest ({}, {}):\n{}", binding.name(), flavor.name(), String::from_utf8_lossy(&out.stderr));
    }
    std::fs::create_dir_all(dir.parent().expect("has a parent"))?;
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::rename(&tmp, &dir).with_context(|| format!("moving the wasm-bindgen output into {}", dir.display()))?;
    Ok(dir)
}
