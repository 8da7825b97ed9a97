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

use super::wbg::{self, Wbg};
use super::{Binding, Panic};
use crate::compile::Encoding;
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};

/// Apply `patch` to the tree at `tree` (`patch -p1`, as a finding's
/// `fix.patch` is written against its project's source). On failure, what
/// `patch` printed.
pub fn apply_patch(tree: &Path, patch: &Path) -> Result<()> {
    let patch = patch.canonicalize().with_context(|| format!("{}", patch.display()))?;
    let out = Command::new("patch")
        .args(["-p1", "--batch", "--forward", "--silent", "-d"])
        .arg(tree)
        .arg("-i")
        .arg(&patch)
        .output()
        .context("running patch")?;
    if !out.status.success() {
        bail!("{}{}", String::from_utf8_lossy(&out.stdout).trim(), String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(())
}

/// The compiler of the real lane.
const RUSTC: &str = "/usr/bin/rustc";
const CARGO: &str = "/usr/bin/cargo";
/// The std source `-Zbuild-std` compiles.
const STD_SOURCE: &str = "/usr/lib/rustlib/src/rust/library";

/// The pinned wasm-bindgen release ([`wbg::PINNED`]), as older callers name it.
pub const WASM_BINDGEN_VERSION: &str = wbg::PINNED;

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
/// the bindings wrap in either encoding (wasm-bindgen: exnref only); and
/// the wasm-bindgen guest with its JSPI exports (feature `jspi`,
/// panic=unwind, exnref: the CLI's jspi transform wraps the suspending
/// import in `try_table`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flavor {
    Unwind(Encoding),
    Abort,
    Jspi,
}

impl Flavor {
    pub fn of(panic: Panic, encoding: Encoding) -> Flavor {
        match panic {
            Panic::Unwind => Flavor::Unwind(encoding),
            Panic::Abort => Flavor::Abort,
        }
    }

    /// The flavor of a lane's module in `encoding`.
    pub fn of_lane(lane: super::Lane, encoding: Encoding) -> Flavor {
        if lane.jspi {
            Flavor::Jspi
        } else {
            Flavor::of(lane.panic, encoding)
        }
    }

    /// Its name in cache and build paths.
    pub fn name(self) -> &'static str {
        match self {
            Flavor::Unwind(e) => e.name(),
            Flavor::Abort => "panic-abort",
            Flavor::Jspi => "jspi-exnref",
        }
    }

    /// The std crates `-Zbuild-std` builds.
    fn build_std(self) -> &'static str {
        match self {
            Flavor::Unwind(_) | Flavor::Jspi => "-Zbuild-std=std,panic_unwind",
            Flavor::Abort => "-Zbuild-std=std,panic_abort",
        }
    }
}

/// RUSTFLAGS of one flavor's build. panic=abort has no exception-handling
/// feature, as the wasm32 target's default std has none: what most users
/// ship (docs/guest.md "panic=abort").
pub fn rustflags(flavor: Flavor, linker: &Path) -> String {
    match flavor {
        Flavor::Jspi => rustflags(Flavor::Unwind(Encoding::Exnref), linker),
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

/// The guest's cargo features for a binding and flavor.
fn features(binding: Binding, flavor: Flavor) -> &'static [&'static str] {
    match binding {
        Binding::Reentry => &[],
        Binding::WasmBindgen if flavor == Flavor::Jspi => &["--no-default-features", "--features", "binding-wasm-bindgen,jspi"],
        Binding::WasmBindgen => &["--no-default-features", "--features", "binding-wasm-bindgen"],
        Binding::WorkersRs => &["--no-default-features", "--features", "binding-workers-rs"],
    }
}

/// The name of the guest's cargo build directory for a binding and flavor
/// (and of its lock). workers-rs builds with `WASM_BINDGEN_USE_JS_SYS=1`,
/// which changes what wasm-bindgen's macro expands to without cargo knowing:
/// it gets directories of its own.
fn cargo_dir_name(binding: Binding, flavor: Flavor) -> String {
    match binding {
        Binding::WorkersRs => format!("workers-rs-{}", flavor.name()),
        // The same dependencies as the exnref build: only the guest recompiles.
        _ if flavor == Flavor::Jspi => Flavor::Unwind(Encoding::Exnref).name().to_string(),
        _ => flavor.name().to_string(),
    }
}

/// The cache key of one binding's and flavor's raw module: sources, flags,
/// toolchain, and on the wasm-bindgen binding which wasm-bindgen (a tree by
/// its content hash).
pub fn key(binding: Binding, wbg: Wbg, flavor: Flavor, tc: &Toolchain) -> Result<u64> {
    let dir = source_dir();
    let mut parts: Vec<String> = vec![tc.rustc.clone(), tc.cargo.clone(), rustflags(flavor, &tc.linker)];
    parts.push(features(binding, flavor).join(" "));
    if binding == Binding::WasmBindgen && !wbg.is_pinned() {
        parts.push(wbg.key());
    }
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

/// The raw (unbound) rustc module of `flavor` with `binding`'s features (on
/// the wasm-bindgen binding, `wbg`'s crates): from the cache, or built.
pub fn raw_module(binding: Binding, wbg: Wbg, flavor: Flavor) -> Result<Vec<u8>> {
    let _one = BUILDING.lock().unwrap_or_else(|e| e.into_inner());
    raw_module_locked(binding, wbg, flavor)
}

/// One build at a time in this process (tests start many engines at once);
/// cargo's own lock covers other processes.
static BUILDING: Mutex<()> = Mutex::new(());

fn raw_module_locked(binding: Binding, wbg: Wbg, flavor: Flavor) -> Result<Vec<u8>> {
    let tc = toolchain()?;
    let out = raw_path(key(binding, wbg, flavor, &tc)?, flavor);
    raw_module_at(binding, wbg, flavor, &tc, &out)
}

/// The raw module cached at `out`, or built and written there. The caller
/// names the path from the key it computed once: the guest's sources may
/// change while a campaign runs, and a second key would name another file.
fn raw_module_at(binding: Binding, wbg: Wbg, flavor: Flavor, tc: &Toolchain, out: &Path) -> Result<Vec<u8>> {
    if let Ok(bytes) = std::fs::read(out) {
        return Ok(bytes);
    }
    let bytes = cargo_build(binding, wbg, flavor, tc)?;
    std::fs::create_dir_all(out.parent().expect("has a parent"))?;
    crate::paths::write_atomically(out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    Ok(bytes)
}

/// Where the raw module of `flavor` with cache key `key` is cached.
fn raw_path(key: u64, flavor: Flavor) -> PathBuf {
    target_dir().join(format!("{key:016x}")).join(format!("reentry-guest-{}.wasm", flavor.name()))
}

/// What the guest is built from: engines/guest/Cargo.toml, whose lock pins
/// the pinned wasm-bindgen's crates (`--locked`); or, on the wasm-bindgen
/// binding with another wasm-bindgen, a manifest generated from it under
/// `target/guest/wbg/<release or tree-hash>/` that names that release's
/// `wasm-bindgen` (and lets cargo pick the `js-sys` and
/// `wasm-bindgen-futures` made for it), with a tree's crates patched in. Its
/// lock is resolved on the first build (crates.io) and kept.
fn manifest(binding: Binding, wbg: Wbg) -> Result<(PathBuf, bool)> {
    let original = source_dir().join("Cargo.toml");
    if binding != Binding::WasmBindgen || wbg.is_pinned() {
        return Ok((original, true));
    }
    let text = std::fs::read_to_string(&original).with_context(|| format!("reading {}", original.display()))?;
    let tree = match wbg.source() {
        wbg::Source::Tree(p) => Some(p.as_path()),
        wbg::Source::Release(_) => None,
    };
    let generated = manifest_for(&text, &source_dir(), wbg.version(), tree)?;
    let dir = target_dir().join("wbg").join(wbg.key());
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("Cargo.toml");
    if std::fs::read_to_string(&path).ok().as_deref() != Some(generated.as_str()) {
        crate::paths::write_atomically(&path, generated.as_bytes())?;
    }
    Ok((path, false))
}

/// engines/guest/Cargo.toml (`text`) rewritten for wasm-bindgen `v`: the
/// crate's files by absolute path (`src` is the guest's directory), the three
/// wasm-bindgen dependencies for `v`, and a tree's crates patched in.
pub fn manifest_for(text: &str, src: &Path, v: wbg::Version, tree: Option<&Path>) -> Result<String> {
    let mut out = format!("# Generated by reentry (harness/src/guest/build.rs) from {}: wasm-bindgen {v}.\n", src.join("Cargo.toml").display());
    let mut replaced = Vec::new();
    for line in text.lines() {
        let key = line.split('=').next().unwrap_or("").trim();
        let new = match key {
            "path" if line.contains("src/lib.rs") => format!("path = {:?}", src.join("src/lib.rs").display().to_string()),
            "name" if !replaced.contains(&"build") => {
                replaced.push("build");
                format!("{line}\nbuild = {:?}", src.join("build.rs").display().to_string())
            }
            "wasm-bindgen" => format!("wasm-bindgen = {{ version = \"={v}\", optional = true }}"),
            // The ones that depend on exactly `v` (cargo's resolver picks them).
            "wasm-bindgen-futures" => "wasm-bindgen-futures = { version = \"0.4\", optional = true }".to_string(),
            "js-sys" => "js-sys = { version = \"0.3\", optional = true }".to_string(),
            // workers-rs pins its own wasm-bindgen range (worker 0.8.7 needs
            // 0.2.129 or later), and cargo resolves optional dependencies
            // too: another release's manifest builds the wasm-bindgen
            // binding alone.
            "worker" | "binding-workers-rs" => {
                replaced.push(key);
                continue;
            }
            _ => {
                out.push_str(line);
                out.push('\n');
                continue;
            }
        };
        replaced.push(key);
        out.push_str(&new);
        out.push('\n');
    }
    for want in ["path", "build", "wasm-bindgen", "wasm-bindgen-futures", "js-sys"] {
        if !replaced.contains(&want) {
            bail!("engines/guest/Cargo.toml has no `{want}` line to rewrite for wasm-bindgen {v}");
        }
    }
    if let Some(tree) = tree {
        out.push_str("\n[patch.crates-io]\n");
        for (name, dir) in wbg::tree::crates(tree) {
            out.push_str(&format!("{name} = {{ path = {:?} }}\n", dir.display().to_string()));
        }
    }
    Ok(out)
}

/// `cargo build` of the guest for one binding, wasm-bindgen and flavor; the
/// module's bytes. One cargo directory per flavor for every wasm-bindgen
/// (std is built once per flavor, and switching never rebuilds it); a file
/// lock keeps another process from replacing the module between the build
/// and the read.
fn cargo_build(binding: Binding, wbg: Wbg, flavor: Flavor, tc: &Toolchain) -> Result<Vec<u8>> {
    let (manifest, locked) = manifest(binding, wbg)?;
    let name = cargo_dir_name(binding, flavor);
    let cargo_target = target_dir().join("cargo").join(&name);
    std::fs::create_dir_all(&cargo_target)?;
    let lock = std::fs::File::create(target_dir().join("cargo").join(format!("{name}.lock")))?;
    lock.lock().context("locking the guest build directory")?;
    let started = std::time::Instant::now();
    let what = if binding == Binding::WasmBindgen { format!("wasm-bindgen {wbg}") } else { binding.name().to_string() };
    eprintln!("building the rustc guest ({}, binding {what}, {}) ...", flavor.name(), tc.rustc_version());
    let mut cmd = Command::new(CARGO);
    cmd.args(["build", "--release", "--target", "wasm32-unknown-unknown", flavor.build_std(), "--quiet"]);
    if locked {
        cmd.arg("--locked");
    }
    if binding == Binding::WorkersRs {
        // worker-build's: async exports through `js_sys::futures`.
        cmd.env("WASM_BINDGEN_USE_JS_SYS", "1");
    }
    let out = cmd
        .args(features(binding, flavor))
        .arg("--manifest-path")
        .arg(&manifest)
        .env("RUSTC", RUSTC)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUSTFLAGS", rustflags(flavor, &tc.linker))
        .env("CARGO_TARGET_DIR", &cargo_target)
        // engines/guest/build.rs adapts the guest to the release's API.
        .env("REENTRY_WASM_BINDGEN", wbg.version().to_string())
        // The Debian cargo must not pick up the rustup proxies first.
        .env("PATH", format!("/usr/bin:{}", std::env::var("PATH").unwrap_or_default()))
        .env_remove("RUSTC_WRAPPER")
        .env_remove("CARGO_BUILD_TARGET")
        .output()
        .context("running the Debian cargo")?;
    if !out.status.success() {
        bail!("building engines/guest ({}, {what}) failed:\n{}", flavor.name(), String::from_utf8_lossy(&out.stderr));
    }
    eprintln!("built the rustc guest ({}, binding {what}) in {:.1?}", flavor.name(), started.elapsed());
    let built = cargo_target.join("wasm32-unknown-unknown/release/reentry_guest.wasm");
    std::fs::read(&built).with_context(|| format!("reading {}", built.display()))
}

/// The pinned wasm-bindgen CLI if it is installed (nothing is built; see
/// [`wbg::cli`] for other releases and trees).
pub fn wasm_bindgen_cli() -> Result<PathBuf> {
    wbg::cli::installed(Wbg::PINNED).ok_or_else(|| {
        anyhow::anyhow!("no wasm-bindgen {WASM_BINDGEN_VERSION} CLI: install it with scripts/install-wasm-bindgen.sh (cargo install wasm-bindgen-cli --version {WASM_BINDGEN_VERSION})")
    })
}

/// What the wasm-bindgen CLI makes of the guest: the module and its JS glue
/// for each [`GlueTarget`] (with [`wbg::RESET_FLAG`]: the reset function is
/// public so the driver's explicit `Reset` can call it; for the panic=abort
/// guest also `--force-enable-abort-handler`, as workers-rs 0.8 passes by
/// default). The module is the same for every target (the CLI's targets
/// differ only in the JS).
pub struct Bindgen {
    pub wasm: Vec<u8>,
    /// `--target nodejs`.
    pub js: String,
    /// `--target web`.
    pub web_js: String,
}

/// The glue a user of an engine's runtime ships (`engine::facts::glue_target`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GlueTarget {
    /// `--target nodejs`: CommonJS, which `engines/wbg-host.js` evaluates as
    /// one function, once per binding (node, deno, the in-process V8); each
    /// case starts from a fresh instance through its `__wbg_reset_state`.
    Nodejs,
    /// `--target web`: an ES module exporting `initSync` and a default
    /// `init`, which wbg-host.js imports once per binding, then resets as the
    /// nodejs glue (browsers, jsc).
    Web,
}

impl GlueTarget {
    /// The CLI's `--target` value.
    pub fn name(self) -> &'static str {
        match self {
            GlueTarget::Nodejs => "nodejs",
            GlueTarget::Web => "web",
        }
    }
}

/// The CLI's flags for a flavor.
fn bindgen_flags(flavor: Flavor) -> &'static [&'static str] {
    match flavor {
        Flavor::Unwind(_) | Flavor::Jspi => &[wbg::RESET_FLAG],
        Flavor::Abort => &[wbg::RESET_FLAG, "--force-enable-abort-handler"],
    }
}

/// The wasm-bindgen output of `wbg` for `flavor`, every glue target: from
/// the cache, or built (the CLI too, on first use of another wasm-bindgen).
pub fn bindgen_module(wbg: Wbg, flavor: Flavor) -> Result<Bindgen> {
    let glue = |target: GlueTarget| {
        let mut args = vec!["--target", target.name(), "--out-name", "guest"];
        args.extend_from_slice(bindgen_flags(flavor));
        // The nodejs output keeps the directory it always had.
        let out = match target {
            GlueTarget::Nodejs => format!("wasm-bindgen-{}", flavor.name()),
            GlueTarget::Web => format!("wasm-bindgen-web-{}", flavor.name()),
        };
        bindgen_output(Binding::WasmBindgen, wbg, flavor, &out, &args)
    };
    let (node, web) = (glue(GlueTarget::Nodejs)?, glue(GlueTarget::Web)?);
    Ok(Bindgen {
        wasm: std::fs::read(node.join("guest_bg.wasm"))?,
        js: std::fs::read_to_string(node.join("guest.js"))?,
        web_js: std::fs::read_to_string(web.join("guest.js"))?,
    })
}

/// The directory `out` of `wbg`'s CLI output (`args`, then `--out-dir`)
/// for `binding`'s raw module of `flavor`, beside that module: from the
/// cache, or made. `args` are fixed per `out`, so the raw module's key
/// names the output.
pub fn bindgen_output(binding: Binding, wbg: Wbg, flavor: Flavor, out: &str, args: &[&str]) -> Result<PathBuf> {
    let _one = BUILDING.lock().unwrap_or_else(|e| e.into_inner());
    let tc = toolchain()?;
    let cli = wbg::cli::cli(wbg)?;
    let key = key(binding, wbg, flavor, &tc)?;
    let dir = target_dir().join(format!("{key:016x}")).join(out);
    if dir.is_dir() {
        return Ok(dir);
    }
    let input = raw_path(key, flavor);
    raw_module_at(binding, wbg, flavor, &tc, &input)?;
    let tmp = dir.with_extension(format!("tmp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let run = Command::new(&cli)
        .args(args)
        .arg("--out-dir")
        .arg(&tmp)
        .arg(&input)
        .output()
        .with_context(|| format!("running {}", cli.display()))?;
    if !run.status.success() {
        bail!("wasm-bindgen {wbg} {} failed on the guest ({}, {}):\n{}", args.join(" "), binding.name(), flavor.name(), String::from_utf8_lossy(&run.stderr));
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::rename(&tmp, &dir).with_context(|| format!("moving the wasm-bindgen output into {}", dir.display()))?;
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_of_another_release_names_its_crates_and_the_guests_files() {
        let text = std::fs::read_to_string(source_dir().join("Cargo.toml")).unwrap();
        let v: wbg::Version = "0.2.125".parse().unwrap();
        let m = manifest_for(&text, Path::new("/g"), v, None).unwrap();
        assert!(m.contains("wasm-bindgen = { version = \"=0.2.125\", optional = true }"), "{m}");
        assert!(m.contains("path = \"/g/src/lib.rs\"") && m.contains("build = \"/g/build.rs\""), "{m}");
        assert!(m.contains("js-sys = { version = \"0.3\"") && !m.contains("[patch.crates-io]"), "{m}");
        assert!(!m.contains("=0.2.130"), "{m}");
        // workers-rs's own wasm-bindgen pin would make another release unresolvable.
        assert!(text.contains("dep:worker") && !m.contains("worker ="), "{m}");
        assert!(manifest_for("[package]\nname = \"x\"\n", Path::new("/g"), v, None).is_err());
    }
}
