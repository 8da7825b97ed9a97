#![no_main]
//! See `reentry::fuzzing::program_encodings`.
libfuzzer_sys::fuzz_target!(init: reentry::fuzzing::init(), |data: &[u8]| reentry::fuzzing::program_encodings(data));
