//! reentry: a differential conformance and fuzz suite for WebAssembly panic
//! and abort recovery (see DESIGN.md).
//!
//! Layers, each usable without the ones after it:
//! [`program`] (model, generator, [`text`] form) → [`compile`] (Wasm) →
//! [`engine`] (one registry; wasmtime, V8 in process, V8 workers) →
//! [`model`] (which also counts the protocol paths taken, [`coverage`]) +
//! [`oracle`] (judging) → [`case`] (one program on every
//! engine) → [`findings`] (on disk) → [`campaign`] (many cases) → [`nightly`]
//! (every check, campaign and benchmark in one budget, one report).
//! [`stop`] is the one request to end early (a signal) that long loops check.
//! [`trace`] and [`trap`] are the vocabulary every layer shares, [`strategy`]
//! the panic strategy every layer reads.
//!
//! Beside programs: every engine also runs raw modules
//! ([`engine::raw::Session`]); [`inspect`] prepares them, and [`smith`]
//! (`smith_diff`) and [`conformance`] (the spec's EH scripts) are built on it.

pub mod bench;
pub mod bisect;
pub mod campaign;
pub mod case;
pub mod compat;
pub mod compile;
pub mod conformance;
pub mod corpus;
pub mod coverage;
pub mod engine;
pub mod findings;
pub mod fixes;
pub mod fnv;
pub mod fuzzing;
pub mod guest;
pub mod inspect;
pub mod model;
pub mod mutant;
pub mod nightly;
pub mod oracle;
pub mod paths;
pub mod plan;
pub mod program;
pub mod reduce;
pub mod repro;
pub mod smith;
pub mod stats;
pub mod stop;
pub mod strategy;
pub mod text;
pub mod trace;
pub mod trap;
