#![no_main]
//! See `reentry::fuzzing::smith_diff`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| reentry::fuzzing::smith_diff(data));
