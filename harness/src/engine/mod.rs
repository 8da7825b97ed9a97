//! Engines, in two levels after wasmtime's `DiffEngine`/`DiffInstance`
//! (`crates/fuzzing/src/oracles/engine.rs`): an [`Engine`] runs programs (a
//! [`Case`]: a program, one compiled module and the program's host plan)
//! with the host side of the protocol around them and returns the trace; a
//! [`raw::Session`] runs any module (`smith_diff`, the spec scripts).
//!
//! Each engine is one directory (`wasmtime/`, `v8/`, `worker/`, `jsc/`,
//! `workerd/`) holding
//! both levels and its [`Registration`]s (name, family, variants, facts)
//! in the vocabulary of [`declaration`]; [`registry`] is the one list of
//! them, one line per directory. Everything engine-specific (how a trap
//! looks, how a foreign exception is made) stays behind these traits;
//! differences that are not bugs are declared in [`facts`] (by engine name,
//! above the registry) and in each directory.

pub mod browser;
pub mod cache;
pub mod chromium;
pub mod declaration;
pub mod facts;
pub mod firefox;
pub mod jsc;
pub mod raw;
pub mod registry;
pub mod v8;
pub mod wasmtime;
pub mod worker;
pub mod workerd;

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
    /// On the real guest lane, the program's bytes (`guest::encode`) that
    /// every new instance is started with; `None` for generated modules.
    pub guest_program: Option<&'a [u8]>,
    /// The wasm-bindgen binding: the JS glue its CLI generated for `wasm`
    /// (`engines/wbg-host.js` runs the plan through it).
    pub binding_js: Option<&'a str>,
    /// The workers-rs binding: the Worker (`wasm` is its Wasm module).
    pub worker: Option<&'a crate::guest::workers_rs::Worker>,
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
    /// Out-of-process engines: processes started after the first
    /// (recycled, or replacing one that crashed or hung).
    pub restarts: u64,
    /// Recycles that kept the process (a browser's page renewed).
    pub renewals: u64,
}

/// An engine at the program level (wasmtime's `DiffEngine`): runs the host
/// side of the protocol around a case's module and returns the trace.
/// (`Any`: tests reach an engine's own type, e.g. a worker's test ops.)
pub trait Engine: std::any::Any {
    /// The name used with `--engines` and in reports (`wasmtime`, `v8`, `node22`...).
    fn name(&self) -> &str;
    /// The EH encodings this engine runs.
    fn encodings(&self) -> &[Encoding];
    /// The engine's version as it reports it (`V8 15.0.1`, `node 26.10.0, V8 ...`).
    fn version(&self) -> String;
    /// Run one case.
    fn run(&mut self, case: &Case) -> Result<Trace, EngineError>;
    /// Run several cases, in order: what `run` gives for each. An engine
    /// whose round trip costs milliseconds (a browser) sends them together.
    fn run_batch(&mut self, cases: &[Case]) -> Vec<Result<Trace, EngineError>> {
        cases.iter().map(|c| self.run(c)).collect()
    }
    /// Whether [`Engine::run_batch`] sends cases together: a campaign then
    /// hands it a block at once, and otherwise one case at a time (so each
    /// case is recorded, and counted, as it ends).
    fn batches(&self) -> bool {
        false
    }
    /// Probe the engine (version, features) for `reentry engines`.
    fn info(&mut self) -> EngineInfo;
    /// The benchmark hooks, for engines that have them.
    fn bench(&mut self) -> Option<&mut dyn Bench> {
        None
    }
    /// Why this engine runs no programs with tasks on `lane` (a fact its
    /// directory declares, `Effect::NoTasks`, given what it probed), or
    /// `None` if it runs them.
    fn no_tasks(&self, lane: crate::guest::Lane) -> Option<&'static declaration::Fact>;
}

/// What `reentry bench` asks of an engine beyond running cases.
pub trait Bench {
    /// Cumulative per-phase times.
    fn phases(&self) -> Phases;
    /// The engine floor: the raw engine compiling the case's module (once per
    /// module, as `run` caches), instantiating it with no-op imports and
    /// doing `calls` ([`floor_calls`]: the exports the driver calls, and a
    /// fresh instance where the case made one) — the same work with no
    /// reentry code around it.
    fn floor(&mut self, case: &Case, calls: &[i32]) -> Result<(), EngineError>;
    /// [`Bench::floor`] of several cases (`calls[i]` for `cases[i]`), sent
    /// together where the engine batches its cases. A module the engine
    /// rejects (jsc 2.50's legacy `rethrow` defect) is rejected in the case
    /// too: the same work, no error.
    fn floor_batch(&mut self, cases: &[Case], calls: &[Vec<i32>]) -> Result<(), EngineError> {
        cases.iter().zip(calls).try_for_each(|(c, calls)| match self.floor(c, calls) {
            Err(EngineError::Compile(_)) => Ok(()),
            r => r,
        })
    }
}

/// Options every engine takes.
#[derive(Clone, Debug)]
pub struct EngineOptions {
    /// Wall-clock limit for one case.
    pub timeout: Duration,
    /// Out-of-process engines: start a fresh worker after this many cases
    /// (0: never), so no state builds up in one process; one that is slow to
    /// start (jsc, workerd, a browser) no sooner than `worker::AMORTIZED_LIFE`
    /// times its start-up.
    pub recycle_after: u64,
    /// JS engines: use the glue's JSTag polyfill even where `WebAssembly.JSTag`
    /// exists (to check the polyfill against the real thing).
    pub force_polyfill: bool,
}

/// An engine that imports the `--target web` glue keeps every module
/// instance it imported (the module map holds them, and with each its case's
/// last Wasm memory: about 1 MB in jsc, measured on the corpus; Chromium's V8
/// runs out of memory reservations after about 100, `WebAssembly.Memory():
/// could not allocate memory`): on the wasm-bindgen lane its worker or
/// browser is recycled after this many cases.
pub const WEB_GLUE_CASES: u64 = 40;

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions { timeout: Duration::from_secs(5), recycle_after: 1000, force_polyfill: false }
    }
}

/// In a floor's calls ([`floor_calls`]): a fresh instance, the current one dropped.
pub const FRESH_INSTANCE: i32 = -1;

/// What the engine floor does for a case, in order: each export the
/// driver calls (`i >= 0`, called on the current instance, whatever it
/// throws). Given the case's trace, as the case did it: a
/// [`FRESH_INSTANCE`] for each reset the trace shows (a driver `reset`
/// step, the hook's reinit after an abort: a fresh instance, memory and
/// guest start, as docs/protocol.md 14 requires) before the call of the
/// driver step it happened in, and no call where the call guard refused
/// the step (terminated, stale, no handle: no Wasm ran). Without a trace,
/// every call on the case's first instance (the floor before issue 24).
pub fn floor_calls(p: &Program, trace: Option<&Trace>) -> Vec<i32> {
    use crate::trace::{Failure, Outcome};
    let call = |n: usize| match p.driver.get(n) {
        Some(crate::program::DriverStep::Call { export } | crate::program::DriverStep::CallHandle { export, .. }) => {
            Some(*export as i32)
        }
        _ => None,
    };
    let Some(trace) = trace else { return (0..p.driver.len()).filter_map(call).collect() };
    let mut out = Vec::new();
    for e in &trace.0 {
        match e {
            crate::trace::Event::Reset { .. } => out.push(FRESH_INSTANCE),
            crate::trace::Event::Outcome { outcome: Outcome::NoHandle | Outcome::Failed(Failure::Terminated | Failure::Stale), .. } => {}
            crate::trace::Event::Outcome { step, .. } => out.extend(call(*step as usize)),
            _ => {}
        }
    }
    out
}

pub use declaration::{Family, Isolation, Registration, Source};
pub use facts::check_lane;
pub use registry::{available, create, create_session, expand_names, names, registration};

#[cfg(test)]
mod tests {
    use super::*;

    fn calls(src: &str) -> (Vec<i32>, Vec<i32>) {
        let p = crate::text::parse(src).unwrap();
        let trace = crate::model::run(&p).unwrap();
        (floor_calls(&p, Some(&trace)), floor_calls(&p, None))
    }

    #[test]
    fn the_floor_makes_the_instances_the_case_made_and_skips_refused_calls() {
        // A driver reset: a fresh instance before the next call.
        let reset = "export e0 { add_state 1 }\nexport e1 { add_state 2 }\ndriver {\n  call e0\n  reset\n  call e1\n}\n";
        assert_eq!(calls(reset), (vec![0, FRESH_INSTANCE, 1], vec![0, 1]));
        // An abort with the hook recording: the next call is refused (no Wasm runs).
        let refused = "export e0 { abort unreachable }\ndriver {\n  call e0\n  call e0\n}\n";
        assert_eq!(calls(refused), (vec![0], vec![0, 0]));
        // With the hook reinitialising: the next call runs on a fresh instance.
        let reinit = format!("hook reinit\n{refused}");
        assert_eq!(calls(&reinit), (vec![0, FRESH_INSTANCE, 0], vec![0, 0]));
    }
}
