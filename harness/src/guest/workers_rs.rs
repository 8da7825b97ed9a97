//! The workers-rs binding's Worker, built as worker-build 0.8.7 builds one
//! (its `src/main.rs` and `src/build/`), by hand, since worker-build itself
//! downloads its binaries (wasm-bindgen, esbuild, wasm-opt):
//!
//! 1. the guest crate with feature `binding-workers-rs` (the `worker` crate
//!    0.8.7, `#[event(fetch)]`) as `cargo build --lib --release --target
//!    wasm32-unknown-unknown` with `WASM_BINDGEN_USE_JS_SYS=1`; for
//!    `--panic-unwind` also `-Zbuild-std=std,panic_unwind` and
//!    `-Cpanic=unwind` ([`super::build`]; this machine has no prebuilt
//!    wasm32 std, so panic=abort builds std too, with the target's own
//!    `-Cpanic=abort`);
//! 2. `wasm-bindgen --no-typescript --target module --out-name index
//!    --experimental-reset-state-function --force-enable-abort-handler`
//!    (both modes: worker-build adds the two flags whenever it uses its shim);
//! 3. its shim, `src/js/shim.js` (`shim-unwind.js` for `--panic-unwind`),
//!    read from the worker-build crate in cargo's registry cache, unchanged
//!    but for what worker-build itself fills in: `$HANDLERS` (one
//!    `Entrypoint.prototype` method per exported function, `fetch` called
//!    with `this.env, this.ctx`) and a `classProxyHooks` proxy per exported
//!    class;
//! 4. `import source` becomes `import` in index.js, as worker-build's
//!    `fix_wasm_import` does.
//!
//! Not done, and why it does not matter here: esbuild's bundling (workerd's
//! config lists the same ES modules, so the module graph is the same);
//! wasm-opt (an optimiser: the code's behaviour is the same); the producers
//! section (metadata).

use super::build::{self, Flavor};
use super::Binding;
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The worker-build release whose steps and shims these are.
pub const WORKER_BUILD_VERSION: &str = "0.8.7";

/// wasm-bindgen's flags as worker-build 0.8.7 passes them (`parse_wasm_pack_opts`
/// and the `module_target` branch of `main`).
pub const BINDGEN_FLAGS: &[&str] = &[
    "--no-typescript",
    "--target",
    "module",
    "--out-name",
    "index",
    "--experimental-reset-state-function",
    "--force-enable-abort-handler",
];

/// One module of the Worker.
#[derive(Clone, Debug)]
pub struct WorkerModule {
    /// Its specifier from the bundle's root (`shim.js`, `index.js`,
    /// `snippets/…/inline0.js`, `index_bg.wasm`).
    pub name: String,
    /// `index_bg.wasm`; every other module is an ES module.
    pub wasm: bool,
    pub bytes: Vec<u8>,
}

/// The Worker: the shim (the main module) first.
#[derive(Clone, Debug)]
pub struct Worker {
    pub modules: Vec<WorkerModule>,
}

/// The worker-build crate in cargo's registry cache
/// (`scripts/install-workers-rs.sh` puts it there).
pub fn worker_build_crate() -> Result<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .context("neither CARGO_HOME nor HOME is set")?;
    let cache = home.join("registry/cache");
    let file = format!("worker-build-{WORKER_BUILD_VERSION}.crate");
    if let Ok(dirs) = std::fs::read_dir(&cache) {
        for d in dirs.flatten() {
            let p = d.path().join(&file);
            if p.is_file() {
                return Ok(p);
            }
        }
    }
    bail!("{file} is not in {}: fetch it with scripts/install-workers-rs.sh (cargo info worker-build@{WORKER_BUILD_VERSION})", cache.display())
}

/// The shim of a flavor, from the worker-build crate, unchanged.
pub fn shim_source(flavor: Flavor) -> Result<String> {
    let name = shim_name(flavor);
    let krate = worker_build_crate()?;
    let member = format!("worker-build-{WORKER_BUILD_VERSION}/src/js/{name}");
    let out = Command::new("tar").arg("-xzOf").arg(&krate).arg(&member).output().context("running tar")?;
    if !out.status.success() || out.stdout.is_empty() {
        bail!("reading {member} from {}: {}", krate.display(), String::from_utf8_lossy(&out.stderr).trim());
    }
    String::from_utf8(out.stdout).context("the shim is not UTF-8")
}

/// The shim worker-build uses for `flavor`: `shim-unwind.js` for
/// `--panic-unwind`.
fn shim_name(flavor: Flavor) -> &'static str {
    match flavor {
        Flavor::Abort => "shim.js",
        Flavor::Unwind(_) | Flavor::Jspi => "shim-unwind.js",
    }
}

/// The shim of `flavor` with `patches` applied, in order: patches against
/// worker-build's source (`src/js/shim.js`, `src/js/shim-unwind.js`;
/// `patch -p1`), as a workers-rs finding's `fix.patch` is, applied to both
/// shims as the crate ships them.
pub fn patched_shim(flavor: Flavor, patches: &[PathBuf]) -> Result<String> {
    let tree = std::env::temp_dir().join(format!("reentry-worker-build-{}-{}", std::process::id(), crate::fnv::hash(format!("{patches:?}{}", flavor.name()).as_bytes())));
    let js = tree.join("src/js");
    std::fs::create_dir_all(&js)?;
    for f in [Flavor::Abort, Flavor::Jspi] {
        std::fs::write(js.join(shim_name(f)), shim_source(f)?)?;
    }
    for patch in patches {
        if let Err(e) = super::build::apply_patch(&tree, patch) {
            let _ = std::fs::remove_dir_all(&tree);
            bail!("{} does not apply to worker-build {WORKER_BUILD_VERSION}'s shims: {e:#}", patch.display());
        }
    }
    let shim = std::fs::read_to_string(js.join(shim_name(flavor)));
    let _ = std::fs::remove_dir_all(&tree);
    Ok(shim?)
}

/// What index.js exports: the functions the shim makes entrypoint methods
/// (not wasm-bindgen's and workers-rs's own two) and the classes it wraps.
fn exports(index_js: &str) -> (Vec<String>, Vec<String>) {
    const SYSTEM: [&str; 2] = ["__wbg_reset_state", "__worker_init_state"];
    let (mut functions, mut classes) = (Vec::new(), Vec::new());
    for line in index_js.lines() {
        let name_before = |rest: &str, end: char| rest.split(end).next().unwrap_or("").trim().to_string();
        if let Some(rest) = line.strip_prefix("export function").or_else(|| line.strip_prefix("export async function")) {
            let name = name_before(rest, '(');
            if !SYSTEM.contains(&name.as_str()) {
                functions.push(name);
            }
        } else if let Some(rest) = line.strip_prefix("export class ") {
            classes.push(name_before(rest, '{'));
        }
    }
    (functions, classes)
}

/// The shim with what worker-build fills in for the Worker whose
/// wasm-bindgen output is `index_js`.
pub fn fill_shim(shim: &str, index_js: &str) -> Result<String> {
    if !shim.contains("$HANDLERS") {
        bail!("worker-build's shim has no $HANDLERS");
    }
    let (functions, classes) = exports(index_js);
    let mut handlers = String::new();
    for f in &functions {
        if ["fetch", "queue", "scheduled", "email", "connect"].contains(&f.as_str()) {
            handlers.push_str(&format!(
                "Entrypoint.prototype.{f} = function {f} (arg) {{\n  return exports.{f}.call(this, arg, this.env, this.ctx);\n}}\n"
            ));
        } else {
            handlers.push_str(&format!("Entrypoint.prototype.{f} = exports.{f};\n"));
        }
    }
    let mut out = shim.replace("$HANDLERS", &handlers);
    for c in &classes {
        out.push_str(&format!("export const {c} = new Proxy(exports.{c}, classProxyHooks);\n"));
    }
    Ok(out)
}

/// The Worker of `flavor`: from the cache, or built.
pub fn worker(flavor: Flavor) -> Result<Worker> {
    worker_with_shim(flavor, &shim_source(flavor)?)
}

/// The Worker of `flavor` with `shim` (a worker-build shim template, e.g.
/// a patched one) filled in and used in place of worker-build's own.
pub fn worker_with_shim(flavor: Flavor, shim: &str) -> Result<Worker> {
    let dir = build::bindgen_output(Binding::WorkersRs, super::wbg::Wbg::PINNED, flavor, &format!("workers-rs-{}", flavor.name()), BINDGEN_FLAGS)?;
    assemble(&dir, shim)
}

/// The Worker from wasm-bindgen's output in `dir` and the shim.
fn assemble(dir: &Path, shim: &str) -> Result<Worker> {
    let index = std::fs::read_to_string(dir.join("index.js")).with_context(|| format!("reading {}/index.js", dir.display()))?;
    let mut modules = vec![
        WorkerModule { name: "shim.js".into(), wasm: false, bytes: fill_shim(shim, &index)?.into_bytes() },
        WorkerModule { name: "index.js".into(), wasm: false, bytes: index.replace("import source ", "import ").into_bytes() },
    ];
    let mut snippets = Vec::new();
    let mut stack = vec![dir.join("snippets")];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let name = p.strip_prefix(dir).expect("under dir").to_string_lossy().to_string();
                snippets.push(WorkerModule { name, wasm: false, bytes: std::fs::read(&p)? });
            }
        }
    }
    snippets.sort_by(|a, b| a.name.cmp(&b.name));
    modules.extend(snippets);
    modules.push(WorkerModule { name: "index_bg.wasm".into(), wasm: true, bytes: std::fs::read(dir.join("index_bg.wasm"))? });
    Ok(Worker { modules })
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "import source wasmModule from \"./index_bg.wasm\";\nexport class R2Range {\n}\n\
                         export function __wbg_reset_state () {\n}\nexport function fetch(req, env, ctx) {\n}\n\
                         export function __worker_init_state() {\n}\nexport async function queue(b) {\n}\n";

    #[test]
    fn the_shim_gets_a_method_per_function_and_a_proxy_per_class() {
        let shim = fill_shim("class Entrypoint {}\n$HANDLERS\nconst classProxyHooks = {};\n", INDEX).unwrap();
        assert!(shim.contains("Entrypoint.prototype.fetch = function fetch (arg) {\n  return exports.fetch.call(this, arg, this.env, this.ctx);\n}"), "{shim}");
        assert!(shim.contains("Entrypoint.prototype.queue = function queue (arg)"), "{shim}");
        assert!(shim.ends_with("export const R2Range = new Proxy(exports.R2Range, classProxyHooks);\n"), "{shim}");
        assert!(!shim.contains("__wbg_reset_state") && !shim.contains("__worker_init_state"), "{shim}");
        assert!(fill_shim("no placeholder", INDEX).is_err());
    }
}
