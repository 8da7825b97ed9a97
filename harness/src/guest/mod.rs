//! The real lane (DESIGN.md §4): the Rust guest of `engines/guest`, a step
//! interpreter compiled once per EH encoding (and binding) by real rustc
//! with `panic=unwind`, that runs any program handed to it at run time.
//! Nothing is compiled per case: a case is the prebuilt module plus the
//! program's bytes ([`encode`]) and its host plan.
//!
//! - [`build`]: the Debian toolchain, the cargo build, the cache under
//!   `target/guest/` keyed by sources, flags and toolchain versions;
//! - [`bind`]: binding `reentry`: reentry's own export and import wrappers
//!   injected into the rustc module (as wasm-bindgen's catch-handler
//!   transform does it);
//! - [`encode`]: the program encoding the guest decodes.
//!
//! [`Lane`] names what a case runs: the generated modules of [`crate::compile`]
//! or this guest under a binding.

pub mod bind;
pub mod build;
pub mod encode;
pub mod known;
pub mod profile;

use crate::compile::Encoding;
use crate::mutant::Mutant;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};

/// Where a case's Wasm comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
#[clap(rename_all = "kebab-case")]
pub enum Guest {
    /// Modules generated per program by `compile` (models rustc's codegen).
    #[default]
    Generated,
    /// The real rustc guest (`engines/guest`), one module for every program.
    Rustc,
}

/// What binds the guest to its host (the glue around exports and imports).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
#[clap(rename_all = "kebab-case")]
pub enum Binding {
    /// reentry's own wrappers and glue (`engines/glue.js`, the wasmtime glue).
    #[default]
    Reentry,
    /// wasm-bindgen's generated JS glue.
    WasmBindgen,
}

/// A guest under a binding: what a case runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize)]
pub struct Lane {
    pub guest: Guest,
    pub binding: Binding,
}

impl Lane {
    pub const GENERATED: Lane = Lane { guest: Guest::Generated, binding: Binding::Reentry };
    pub const RUSTC: Lane = Lane { guest: Guest::Rustc, binding: Binding::Reentry };
    pub const RUSTC_WASM_BINDGEN: Lane = Lane { guest: Guest::Rustc, binding: Binding::WasmBindgen };

    /// Whether this lane's cases run the prebuilt guest.
    pub fn is_guest(self) -> bool {
        self.guest == Guest::Rustc
    }

    /// Whether seeded bug `m` exists on this lane: glue mutants everywhere;
    /// the import wrapper's terminated checks also in the real guest's
    /// binding (`bind`); landing-pad and `catch_unwind` mutants only in
    /// generated modules (the real guest's are rustc's own).
    /// No seeded bug exists in wasm-bindgen's glue: it is the real one.
    pub fn has_mutant(self, m: Mutant) -> bool {
        if self.binding == Binding::WasmBindgen {
            return false;
        }
        !self.is_guest()
            || !m.in_compiler()
            || matches!(m, Mutant::NoTerminatedCheckAfterReturn | Mutant::NoTerminatedCheckOnThrow)
    }
}

impl Guest {
    pub fn name(self) -> &'static str {
        match self {
            Guest::Generated => "generated",
            Guest::Rustc => "rustc",
        }
    }
}

impl Binding {
    pub fn name(self) -> &'static str {
        match self {
            Binding::Reentry => "reentry",
            Binding::WasmBindgen => "wasm-bindgen",
        }
    }
}

impl fmt::Display for Lane {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.guest {
            Guest::Generated => write!(f, "generated"),
            Guest::Rustc => write!(f, "rustc/{}", self.binding.name()),
        }
    }
}

/// A guest module ready to run: the bound bytes, their cache key, and for
/// the wasm-bindgen binding the JS glue the CLI generated for it.
#[derive(Debug)]
pub struct Module {
    pub wasm: Arc<Vec<u8>>,
    pub key: u64,
    pub js: Option<Arc<str>>,
}

/// The guest module a lane runs in `encoding` (with the binding's seeded bug
/// if `mutant` is one), built on first use and cached for the process.
pub fn module(lane: Lane, encoding: Encoding, mutant: Option<Mutant>) -> anyhow::Result<Arc<Module>> {
    match lane.binding {
        Binding::Reentry => reentry_module(encoding, mutant),
        Binding::WasmBindgen => bindgen_module(encoding),
    }
}

/// The wasm-bindgen output for `encoding`, built once per process.
fn bindgen_module(encoding: Encoding) -> anyhow::Result<Arc<Module>> {
    static CACHE: OnceLock<Mutex<HashMap<Encoding, Arc<Module>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(m) = cache.lock().unwrap_or_else(|e| e.into_inner()).get(&encoding) {
        return Ok(m.clone());
    }
    let b = build::bindgen_module(encoding)?;
    // The key covers the glue too: the same bytes with other glue are another case.
    let key = crate::fnv::hash_parts(&[&format!("{:016x}", crate::compile::module_key(&b.wasm)), &b.js]);
    let m = Arc::new(Module { wasm: Arc::new(b.wasm), key, js: Some(Arc::from(b.js)) });
    cache.lock().unwrap_or_else(|e| e.into_inner()).insert(encoding, m.clone());
    Ok(m)
}

/// The bound guest module for `encoding` under binding `reentry`.
fn reentry_module(encoding: Encoding, mutant: Option<Mutant>) -> anyhow::Result<Arc<Module>> {
    type Cache = Mutex<HashMap<(Encoding, Option<Mutant>), Arc<Module>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    // Only the binding's own mutants change the module.
    let mutant = mutant.filter(|m| matches!(m, Mutant::NoTerminatedCheckAfterReturn | Mutant::NoTerminatedCheckOnThrow));
    let cache = CACHE.get_or_init(Default::default);
    if let Some(m) = cache.lock().unwrap_or_else(|e| e.into_inner()).get(&(encoding, mutant)) {
        return Ok(m.clone());
    }
    let raw = build::raw_module(Binding::Reentry, encoding)?;
    let wasm = bind::bind_reentry(&raw, encoding, mutant)?;
    let key = crate::compile::module_key(&wasm);
    let m = Arc::new(Module { wasm: Arc::new(wasm), key, js: None });
    cache.lock().unwrap_or_else(|e| e.into_inner()).insert((encoding, mutant), m.clone());
    Ok(m)
}
