//! Link arguments of the wasm guest (docs/guest.md, "Memory").
//!
//! They live here rather than in RUSTFLAGS so that every build of the crate,
//! whatever EH encoding it is compiled for, gets the same memory layout.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    wasm_bindgen_api();
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        return;
    }
    // The terminated flag's address, exported as an i32 global (as
    // wasm-bindgen does); the injected wrappers and the host glue read it.
    println!("cargo:rustc-link-arg-cdylib=--export=__instance_terminated");
    // The shadow-stack pointer, so the binding's export wrapper can restore it
    // when an exception leaves the guest (landing pads restore it only in
    // frames that have one; see docs/guest.md, "Shadow stack").
    println!("cargo:rustc-link-arg-cdylib=--export=__stack_pointer");
    // A small shadow stack (the interpreter's frames are tens of bytes)...
    println!("cargo:rustc-link-arg-cdylib=-zstack-size=65536");
    // The memory is imported: the host makes each instance's with the
    // program's maximum above the guest's own pages (docs/guest.md "Memory"),
    // and the guest re-exports it. The import's limits: 2 pages at least
    // (`guest::MEMORY_MIN_PAGES`), 4 MiB at most, so the `oom` abort's request
    // is more than any memory can give and `handle_alloc_error` aborts.
    println!("cargo:rustc-link-arg-cdylib=--import-memory");
    println!("cargo:rustc-link-arg-cdylib=--export-memory");
    println!("cargo:rustc-link-arg-cdylib=--initial-memory=131072");
    println!("cargo:rustc-link-arg-cdylib=--max-memory=4194304");
}

/// The wasm-bindgen release the binding is built against
/// (`REENTRY_WASM_BINDGEN`, set by the harness; unset: the pinned one in
/// Cargo.toml) and the `cfg`s for where its API changed
/// (src/binding_wasm_bindgen.rs):
/// - `wbg_reinit_not_renamed`: before 0.2.118 `handler::schedule_reinit`
///   was `handler::reinit`.
fn wasm_bindgen_api() {
    println!("cargo:rerun-if-env-changed=REENTRY_WASM_BINDGEN");
    println!("cargo:rustc-check-cfg=cfg(wbg_reinit_not_renamed)");
    let Ok(v) = std::env::var("REENTRY_WASM_BINDGEN") else { return };
    let parts: Vec<u32> = v.split('.').filter_map(|p| p.parse().ok()).collect();
    let patch = match parts[..] {
        [0, 2, patch] => patch,
        _ => panic!("REENTRY_WASM_BINDGEN={v}: the binding knows wasm-bindgen 0.2.x only"),
    };
    if patch < 118 {
        println!("cargo:rustc-cfg=wbg_reinit_not_renamed");
    }
}
