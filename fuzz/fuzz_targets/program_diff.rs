#![no_main]
//! See `reentry::fuzzing::program_diff`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| reentry::fuzzing::program_diff(data));
