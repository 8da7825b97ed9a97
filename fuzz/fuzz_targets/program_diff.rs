#![no_main]
//! See `reentry::fuzzing::program_diff`.
reentry::lsan_suppressions!();
libfuzzer_sys::fuzz_target!(init: reentry::fuzzing::init(), |data: &[u8]| reentry::fuzzing::program_diff(data));
