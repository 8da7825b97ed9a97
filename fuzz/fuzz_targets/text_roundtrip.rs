#![no_main]
//! See `reentry::fuzzing::text_roundtrip`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| reentry::fuzzing::text_roundtrip(data));
