//! Engines: one trait, one file per engine (the shape of wasmtime's
//! `crates/fuzzing/src/oracles/engine.rs`).
//!
//! An engine takes a [`Case`] — a program, one compiled module and the
//! program's host plan — runs the host side of the protocol around it and
//! returns the trace. Everything engine-specific (how a trap looks, how a
//! foreign exception is made) stays behind this trait; differences that are
//! not bugs are declared in [`facts`].

pub mod cache;
pub mod facts;
pub mod v8;
pub mod wasmtime;
pub mod worker;

use crate::compile::Encoding;
use crate::mutant::Mutant;
use crate::program::Program;
use crate::trace::Trace;
use std::sync::Arc;
use std::time::Duration;

/// One execution request.
pub struct Case<'a> {
    pub program: &'a Arc<Program>,
    pub encoding: Encoding,
    /// The module compiled from `program` in `encoding`.
    pub wasm: &'a [u8],
    /// Cache key of `wasm` (engines reuse compiled modules across cases).
    pub module_key: u64,
    /// The host plan as JSON (see [`crate::plan`]), shared by JS engines.
    pub plan_json: &'a str,
    pub mutant: Option<Mutant>,
}

/// How an engine run can fail without producing a trace. These are findings
/// of their own (an engine that hangs or dies on a valid module), never
/// silently dropped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum EngineError {
    #[error("timeout after {0:?}")]
    Timeout(Duration),
    #[error("engine crashed: {0}")]
    Crash(String),
    #[error("module rejected: {0}")]
    Compile(String),
    #[error("instantiation failed: {0}")]
    Instantiate(String),
    #[error("engine error: {0}")]
    Internal(String),
}

impl EngineError {
    /// Short kind name used in finding directories and summaries.
    pub fn kind(&self) -> &'static str {
        match self {
            EngineError::Timeout(_) => "timeout",
            EngineError::Crash(_) => "crash",
            EngineError::Compile(_) => "compile",
            EngineError::Instantiate(_) => "instantiate",
            EngineError::Internal(_) => "internal",
        }
    }
}

/// What `reentry engines` prints about an engine.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EngineInfo {
    pub name: String,
    /// Executable path or crate.
    pub location: String,
    /// Engine version (V8 or wasmtime).
    pub version: String,
    pub encodings: Vec<Encoding>,
    /// Feature name → supported, as probed.
    pub features: Vec<(String, bool)>,
}

/// Cumulative time an engine spent per phase (for `reentry bench`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Phases {
    /// Compiling modules (cache misses only).
    pub compile: Duration,
    /// Making the first instance of each case.
    pub instantiate: Duration,
    /// Running the driver (including resets and the glue).
    pub run: Duration,
    pub modules_compiled: u64,
    pub cache_hits: u64,
}

pub trait Engine {
    /// The name used with `--engines` and in reports (`wasmtime`, `v8`, `node22`...).
    fn name(&self) -> &str;
    /// The EH encodings this engine runs.
    fn encodings(&self) -> &[Encoding];
    /// Run one case.
    fn run(&mut self, case: &Case) -> Result<Trace, EngineError>;
    /// Probe the engine (version, features) for `reentry engines`.
    fn info(&mut self) -> EngineInfo;
    /// Cumulative per-phase times, if the engine can split them.
    fn phases(&self) -> Option<Phases> {
        None
    }
    /// The engine floor: the raw engine compiling the case's module (once per
    /// module, as `run` caches), instantiating it with no-op imports and
    /// calling the exports the driver calls — the same work with no reentry
    /// code around it.
    fn floor(&mut self, _case: &Case) -> Result<(), EngineError> {
        Err(EngineError::Internal(format!("{} has no floor measurement", self.name())))
    }
}

/// Options every engine takes.
#[derive(Clone, Debug)]
pub struct EngineOptions {
    /// Wall-clock limit for one case.
    pub timeout: Duration,
    /// Out-of-process engines: start a fresh worker after this many cases
    /// (0: never), so no state builds up in one process.
    pub recycle_after: u64,
    /// JS engines: use the glue's JSTag polyfill even where `WebAssembly.JSTag`
    /// exists (to check the polyfill against the real thing).
    pub force_polyfill: bool,
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions { timeout: Duration::from_secs(5), recycle_after: 1000, force_polyfill: false }
    }
}

/// The exports a program's driver calls, in order (what a floor calls).
pub fn driver_exports(p: &Program) -> Vec<u32> {
    p.driver
        .iter()
        .filter_map(|s| match s {
            crate::program::DriverStep::Call { export } | crate::program::DriverStep::CallHandle { export, .. } => {
                Some(*export)
            }
            _ => None,
        })
        .collect()
}

/// Names accepted by `--engines` (besides `all`).
pub const ENGINE_NAMES: &[&str] =
    &["wasmtime", "wasmtime-o0", "v8", "node26", "node26-opt", "node24", "node22", "node20", "deno"];

/// Build an engine from its name.
pub fn create(name: &str, options: &EngineOptions) -> anyhow::Result<Box<dyn Engine>> {
    match name {
        "wasmtime" => Ok(Box::new(wasmtime::WasmtimeEngine::new(options)?)),
        "wasmtime-o0" => Ok(Box::new(wasmtime::WasmtimeEngine::with_variant(options, wasmtime::Variant::O0)?)),
        "v8" => Ok(Box::new(v8::V8Engine::new(options)?)),
        n if worker::spec(n).is_some() => Ok(Box::new(worker::WorkerEngine::new(n, options)?)),
        other => anyhow::bail!("unknown engine `{other}` (known: {})", ENGINE_NAMES.join(", ")),
    }
}

/// Whether an engine can run here; `Err` says why not (e.g. not installed).
pub fn available(name: &str) -> Result<(), String> {
    match worker::spec(name) {
        Some(spec) => worker::executable(spec).map(|_| ()),
        None if ENGINE_NAMES.contains(&name) => Ok(()),
        None => Err(format!("unknown engine `{name}`")),
    }
}

/// Expand an `--engines` list (`all` means every engine available here).
pub fn expand_names(list: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in list {
        if n == "all" {
            out.extend(ENGINE_NAMES.iter().filter(|n| available(n).is_ok()).map(|s| s.to_string()));
        } else {
            out.push(n.clone());
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|n| seen.insert(n.clone()));
    out
}
