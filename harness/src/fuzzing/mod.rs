//! Entry points of the cargo-fuzz targets (`fuzz/fuzz_targets/*.rs` are one
//! line each). All logic lives here so unit tests and the CLI reach it too.
//!
//! A target panics on a finding, so libFuzzer saves the input under
//! `fuzz/artifacts/<target>/`; `reentry import-artifact` turns that into a
//! finding directory. `REENTRY_MUTANT=<name>` runs a target against a seeded bug.

use crate::case::Harness;
use crate::compile::Encoding;
use crate::engine::EngineOptions;
use crate::guest::Lane;
use crate::mutant::Mutant;
use crate::program::Program;
use crate::text;
use arbitrary::{Arbitrary, Unstructured};
use std::cell::RefCell;

pub use crate::smith::smith_diff;

/// The fuzz targets, by name.
pub const TARGETS: [&str; 5] = ["program_diff", "guest_diff", "program_encodings", "text_roundtrip", "smith_diff"];

/// Engines the program targets run (both in process).
pub const PROGRAM_DIFF_ENGINES: [&str; 2] = ["wasmtime", "v8"];

/// The seeded bug named by `REENTRY_MUTANT`, if any.
pub fn mutant_from_env() -> Option<Mutant> {
    let name = std::env::var("REENTRY_MUTANT").ok()?;
    Some(Mutant::from_name(&name).unwrap_or_else(|| panic!("REENTRY_MUTANT: unknown mutant `{name}`")))
}

thread_local! {
    static DIFF: RefCell<Option<Harness>> = const { RefCell::new(None) };
    static GUEST: RefCell<Option<Harness>> = const { RefCell::new(None) };
    static ENCODINGS: RefCell<Option<Harness>> = const { RefCell::new(None) };
}

fn with_harness<R>(
    cell: &'static std::thread::LocalKey<RefCell<Option<Harness>>>,
    engines: &[&str],
    lane: Lane,
    f: impl FnOnce(&mut Harness) -> R,
) -> R {
    cell.with(|c| {
        let mut c = c.borrow_mut();
        let h = c.get_or_insert_with(|| {
            let names: Vec<String> = engines.iter().map(|s| s.to_string()).collect();
            Harness::for_lane(&names, &EngineOptions::default(), mutant_from_env(), lane).expect("fuzz engines start")
        });
        f(h)
    })
}

/// LeakSanitizer (the default `cargo fuzz` build) cannot follow pointers
/// V8 keeps inside its own (compressed) heap and isolate slots, so what the
/// isolate holds for its whole life looks leaked: the external strings
/// deno_core gives V8 for script names and sources, and the `v8` crate's
/// per-isolate liveness box (the fuzz engines live in thread-locals until
/// exit). LSan reads this weak hook at startup; outside sanitizer builds
/// nothing calls it.
#[no_mangle]
pub extern "C" fn __lsan_default_suppressions() -> *const std::ffi::c_char {
    c"leak:v8__String__NewExternalOneByteStatic\nleak:IsolateLiveness\nleak:deno_core\nleak:v8::\nleak:v8__\nleak:libv8\n".as_ptr()
}

/// Leak detection is off by default in sanitizer builds. libFuzzer runs an
/// input again and scans the whole heap whenever it ends with more mallocs
/// than frees, and V8 frees lazily, so nearly every input paid for that scan:
/// `guest_diff` ran 15 execs/s with it and 137 without (60 s from an empty
/// corpus, load average 7). Destructors are the oracle's property 1, checked
/// on every case without LSan. `ASAN_OPTIONS=detect_leaks=1` turns LSan back
/// on (the environment is parsed after this hook), with the suppressions above.
#[no_mangle]
pub extern "C" fn __asan_default_options() -> *const std::ffi::c_char {
    c"detect_leaks=0".as_ptr()
}

/// libFuzzer runs an input a second time whenever it ended with more mallocs
/// than frees, to look for a leak. With LeakSanitizer off (above) that second
/// run finds nothing, and V8 frees lazily, so many inputs ran twice: 6% of
/// `guest_diff`'s time (perf, 24 s from an empty corpus). A target's
/// `LLVMFuzzerInitialize` calls this to give libFuzzer `-detect_leaks=0`,
/// unless its arguments set `-detect_leaks` or `ASAN_OPTIONS` turns LSan on.
///
/// # Safety
/// `argc` and `argv` are what libFuzzer passed `LLVMFuzzerInitialize` (it
/// reads its flags from them afterwards).
pub unsafe fn libfuzzer_defaults(argc: *mut std::ffi::c_int, argv: *mut *mut *mut std::ffi::c_char) {
    add_detect_leaks_0(argc, argv, &std::env::var("ASAN_OPTIONS").unwrap_or_default());
}

unsafe fn add_detect_leaks_0(argc: *mut std::ffi::c_int, argv: *mut *mut *mut std::ffi::c_char, asan_options: &str) {
    let args = std::slice::from_raw_parts(*argv, *argc as usize);
    let given = args.iter().any(|&a| std::ffi::CStr::from_ptr(a).to_bytes().starts_with(b"-detect_leaks="));
    if given || lsan_requested(asan_options) {
        return;
    }
    // libFuzzer keeps using argv (fork and jobs modes pass it on): the new
    // array lives as long as the process, NULL-terminated as argv is.
    let mut with: Vec<*mut std::ffi::c_char> = args.to_vec();
    with.push(c"-detect_leaks=0".as_ptr().cast_mut());
    with.push(std::ptr::null_mut());
    *argc += 1;
    *argv = Box::leak(with.into_boxed_slice()).as_mut_ptr();
}

/// Whether `ASAN_OPTIONS` (`a=1:b=0`, also `,`-separated) turns leak detection on.
fn lsan_requested(asan_options: &str) -> bool {
    asan_options.split([':', ',', ' ']).any(|kv| matches!(kv, "detect_leaks=1" | "detect_leaks=true"))
}

/// Inputs starting with this line are program text (the seed corpora are
/// corpus files); anything else is `Arbitrary` bytes.
pub const TEXT_MAGIC: &[u8] = b"#reentry\n";

/// Start the engines of the program targets before the first input, so
/// their one-time allocations (V8 keeps some for the process's life) are not
/// charged to an input by LeakSanitizer.
pub fn init() {
    with_harness(&DIFF, &PROGRAM_DIFF_ENGINES, Lane::GENERATED, |_| ());
    with_harness(&ENCODINGS, &["v8"], Lane::GENERATED, |_| ());
}

/// The same for `guest_diff` (it builds the guest on first use).
pub fn init_guest() {
    with_harness(&GUEST, &PROGRAM_DIFF_ENGINES, Lane::RUSTC, |_| ());
}

/// Decode a program the way every program target does.
pub fn program_from_bytes(data: &[u8]) -> Option<Program> {
    match data.strip_prefix(TEXT_MAGIC) {
        Some(text) => text::parse(std::str::from_utf8(text).ok()?).ok(),
        None => Program::arbitrary_take_rest(Unstructured::new(data)).ok(),
    }
}

/// A seed input for the program targets: the program as text.
pub fn program_seed(p: &Program) -> Vec<u8> {
    let mut out = TEXT_MAGIC.to_vec();
    out.extend_from_slice(text::print(p).as_bytes());
    out
}

/// `program_diff`: an arbitrary program on wasmtime and in-process V8,
/// judged by the oracle against the model.
pub fn program_diff(data: &[u8]) {
    let Some(p) = program_from_bytes(data) else { return };
    with_harness(&DIFF, &PROGRAM_DIFF_ENGINES, Lane::GENERATED, |h| {
        let r = h.check(p);
        if let Some(v) = r.verdicts.first() {
            panic!("program_diff finding:\n{}\n{v}", text::print(&r.program));
        }
    });
}

/// `guest_diff`: an arbitrary program on the real rustc guest (binding
/// reentry) on wasmtime and in-process V8, judged by the oracle. Nothing is
/// compiled per input: the guest is built once, the program goes in as
/// bytes. Known defects of the toolchain (`guest::known`) are not findings.
pub fn guest_diff(data: &[u8]) {
    let Some(p) = program_from_bytes(data) else { return };
    with_harness(&GUEST, &PROGRAM_DIFF_ENGINES, Lane::RUSTC, |h| {
        let r = h.check(p);
        if let Some(v) = r.verdicts.first() {
            panic!("guest_diff finding:\n{}\n{v}", text::print(&r.program));
        }
    });
}

/// `program_encodings`: the same program in the exnref and the legacy
/// encoding on V8: the two traces must agree (and match the model).
pub fn program_encodings(data: &[u8]) {
    let Some(p) = program_from_bytes(data) else { return };
    with_harness(&ENCODINGS, &["v8"], Lane::GENERATED, |h| {
        let r = h.check(p);
        let trace = |enc: Encoding| r.runs.iter().find(|run| run.id.encoding == enc).map(|run| &run.result);
        let (Some(a), Some(b)) = (trace(Encoding::Exnref), trace(Encoding::Legacy)) else {
            panic!("v8 did not run both encodings");
        };
        if a != b {
            panic!("program_encodings: exnref and legacy disagree:\n{}\n{:?}", text::print(&r.program), r.verdicts);
        }
        if let Some(v) = r.verdicts.first() {
            panic!("program_encodings finding:\n{}\n{v}", text::print(&r.program));
        }
    });
}

/// `text_roundtrip`: arbitrary text → parse → print → parse.
pub fn text_roundtrip(data: &[u8]) {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let Ok(p) = text::parse(src) else { return };
    let printed = text::print(&p);
    let back = text::parse(&printed).unwrap_or_else(|e| panic!("printed program does not parse: {e}\n{printed}"));
    assert_eq!(back, p, "print/parse changed the program:\n{printed}");
    assert_eq!(text::print(&back), printed, "printing is not stable");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_roundtrip_accepts_corpus_like_text_and_garbage() {
        text_roundtrip(b"export e0 { guard 1 panics 2 call h0 } import h0 { try { throw 1 } catch wrap 2 } driver { call e0 }");
        text_roundtrip(b"\xff\xfe garbage");
        text_roundtrip(b"export e0 {");
    }

    #[test]
    fn libfuzzer_gets_detect_leaks_0_unless_leaks_are_asked_for() {
        let run = |args: &[&std::ffi::CStr], asan_options: &str| {
            let mut v: Vec<*mut std::ffi::c_char> = args.iter().map(|a| a.as_ptr().cast_mut()).collect();
            v.push(std::ptr::null_mut());
            let (mut argc, mut argv) = (args.len() as std::ffi::c_int, v.as_mut_ptr());
            unsafe { add_detect_leaks_0(&mut argc, &mut argv, asan_options) };
            let out: Vec<String> = (0..argc as usize).map(|i| unsafe { std::ffi::CStr::from_ptr(*argv.add(i)) }.to_string_lossy().into()).collect();
            assert!(unsafe { *argv.add(argc as usize) }.is_null(), "argv stays NULL-terminated");
            out
        };
        assert_eq!(run(&[c"guest_diff", c"corpus", c"-max_total_time=60"], ""), ["guest_diff", "corpus", "-max_total_time=60", "-detect_leaks=0"]);
        assert_eq!(run(&[c"guest_diff", c"-detect_leaks=1"], ""), ["guest_diff", "-detect_leaks=1"]);
        assert_eq!(run(&[c"guest_diff"], "detect_leaks=1"), ["guest_diff"]);
        assert!(lsan_requested("abort_on_error=1:detect_leaks=1"));
        assert!(lsan_requested("detect_leaks=true,malloc_context_size=5"));
        assert!(!lsan_requested("detect_leaks=0") && !lsan_requested(""));
    }

    #[test]
    fn text_seeds_decode_to_their_program() {
        let p = crate::program::gen::case_program(1, 2, &Default::default());
        assert_eq!(program_from_bytes(&program_seed(&p)), Some(p));
        assert_eq!(program_from_bytes(b"#reentry\nexport e0 {"), None);
    }

    #[test]
    fn any_bytes_decode_to_a_valid_program() {
        for seed in 0..200u64 {
            let bytes = crate::program::gen::case_bytes(seed, 0, (seed as usize * 7) % 600);
            let p = program_from_bytes(&bytes).unwrap();
            p.validate().unwrap();
        }
    }
}
