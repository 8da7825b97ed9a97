#![no_main]
//! See `reentry::fuzzing::guest_diff`. The entry points `fuzz_target!` would
//! write, plus `fuzzing::libfuzzer_defaults` (the macro's cannot reach argv).
use std::ffi::{c_char, c_int};

#[no_mangle]
pub unsafe extern "C" fn LLVMFuzzerInitialize(argc: *mut c_int, argv: *mut *mut *mut c_char) -> c_int {
    libfuzzer_sys::initialize(argc as _, argv as _);
    reentry::fuzzing::libfuzzer_defaults(argc, argv);
    reentry::fuzzing::init_guest();
    0
}

// libfuzzer-sys calls this as Rust (a slice), across no real FFI boundary.
#[allow(improper_ctypes_definitions)]
#[no_mangle]
pub extern "C" fn rust_fuzzer_test_input(bytes: &[u8]) -> i32 {
    reentry::fuzzing::guest_diff(bytes);
    0
}
