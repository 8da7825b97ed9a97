//! reentry's real-toolchain guest (DESIGN.md §4, docs/guest.md).
//!
//! A step interpreter compiled once per EH encoding by real rustc with
//! `-Cpanic=unwind`. It runs any program handed to it at run time (the binary
//! encoding of docs/guest.md), and every step is real Rust: guards are locals
//! with a `Drop` impl, panics are `panic_any`, `catch_unwind` is std's, and
//! the aborts are the ones Rust code produces. So the landing pads,
//! `catch_unwind` and the panic runtime under test are rustc's and std's own,
//! not a model of them, including where they differ from the model (rustc
//! 1.96 emits no terminate pads on wasm: docs/guest.md, "Differences").
//!
//! Layout: [`program`] (decoding) and [`interp`] (the steps) are the core,
//! shared by every binding. A binding supplies the three host functions the
//! core calls (`log`, `host_call`, `schedule_reinit`) and the exports. Two:
//! `binding-reentry` (the default): raw imports and `__reentry_*` exports,
//! wrapped afterwards by the harness's binding step. `binding-wasm-bindgen`
//! (with `--no-default-features`): `#[wasm_bindgen]` exports and imports for
//! the real wasm-bindgen CLI (src/binding_wasm_bindgen.rs).
//!
//! Build: `engines/guest/build.sh` (the exact command is in docs/guest.md).
// `PanicHookInfo::can_unwind` tells the hook that a panic cannot unwind.
#![feature(panic_can_unwind)]
// `std::alloc::set_alloc_error_hook`: log the `oom` abort when it happens.
#![feature(alloc_error_hook)]
// `unchecked_div`: a bare `i32.div_s`, without Rust's zero check.
#![feature(core_intrinsics)]
#![allow(internal_features)]

mod interp;
mod tasks;
mod program;

#[cfg(feature = "binding-reentry")]
mod binding_reentry;
#[cfg(feature = "binding-reentry")]
use binding_reentry as binding;

#[cfg(all(feature = "binding-wasm-bindgen", not(feature = "binding-reentry"), not(feature = "binding-workers-rs")))]
mod binding_wasm_bindgen;
#[cfg(all(feature = "binding-wasm-bindgen", not(feature = "binding-reentry"), not(feature = "binding-workers-rs")))]
use binding_wasm_bindgen as binding;

#[cfg(all(feature = "binding-workers-rs", not(feature = "binding-reentry")))]
mod binding_workers_rs;
#[cfg(all(feature = "binding-workers-rs", not(feature = "binding-reentry")))]
use binding_workers_rs as binding;

#[cfg(any(
    all(feature = "binding-reentry", feature = "binding-wasm-bindgen"),
    all(feature = "binding-reentry", feature = "binding-workers-rs"),
    all(feature = "binding-wasm-bindgen", feature = "binding-workers-rs"),
))]
compile_error!("enable one binding feature, not two (for the others than binding-reentry: --no-default-features)");
#[cfg(not(any(feature = "binding-reentry", feature = "binding-wasm-bindgen", feature = "binding-workers-rs")))]
compile_error!("enable one binding feature (binding-reentry, binding-wasm-bindgen or binding-workers-rs)");
