#![no_main]
//! See `reentry::fuzzing::guest_diff`.
libfuzzer_sys::fuzz_target!(init: reentry::fuzzing::init_guest(), |data: &[u8]| reentry::fuzzing::guest_diff(data));
