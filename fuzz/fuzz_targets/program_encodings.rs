#![no_main]
//! See `reentry::fuzzing::program_encodings`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| reentry::fuzzing::program_encodings(data));
