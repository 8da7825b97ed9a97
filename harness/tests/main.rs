//! The integration tests, as one test binary: each `tests/<name>.rs` is a
//! module here. One binary links V8 and wasmtime once instead of once per
//! file (each link is ~150 MB of disk and ~10 s), which is what keeps a
//! clean-clone CI build inside a small disk. The one test that changes
//! process-wide state (`REENTRY_ENGINES_DIR`) stays its own binary:
//! tests/worker_glue_change.rs.

mod browsers;
mod campaigns;
mod common;
mod compat;
mod conformance;
mod corpus;
mod engine_contract;
mod fuzz_integration;
mod guest;
mod layering;
mod mutants;
mod nightly;
mod panic_abort;
mod raw_sessions;
mod repro;
mod smith_diff;
mod v8_engine;
mod wasm_bindgen_jspi;
mod wasm_bindgen_lane;
mod wbg_case_isolation;
mod wbg_releases;
mod wire_format;
mod workers;
mod workers_rs_lane;
