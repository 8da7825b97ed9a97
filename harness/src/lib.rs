//! reentry: a differential conformance and fuzz suite for WebAssembly panic
//! and abort recovery (see DESIGN.md).
//!
//! Layers, each usable without the ones after it:
//! [`program`] (model, generator, [`text`] form) → [`compile`] (Wasm) →
//! [`engine`] (wasmtime, V8) → [`model`] + [`oracle`] (judging) →
//! [`campaign`] (running many cases) → [`report`] (findings on disk).
//!
//! Beside programs: [`raw`] runs any module on each engine (compile, link,
//! call, inspect); [`fuzzing::smith`] (`smith_diff`) and [`conformance`]
//! (the spec's EH scripts) are built on it.

pub mod compile;
pub mod conformance;
pub mod engine;
pub mod fuzzing;
pub mod model;
pub mod mutant;
pub mod oracle;
pub mod plan;
pub mod program;
pub mod raw;
pub mod reduce;
pub mod repro;
pub mod text;
pub mod trace;
pub mod bench;
pub mod campaign;
pub mod corpus;
pub mod report;
pub mod stats;
