//! The in-process V8 engine (`engine::v8` + `engines/glue.js`) against the
//! model and wasmtime: agreement on the corpus and on generated programs, no
//! state shared between cases, timeouts, the JSTag polyfill, glue mutants.

mod common;
use common::hanging_module;

use reentry::campaign::Harness;
use reentry::compile::{self, Encoding};
use reentry::engine::v8::{V8Config, V8Engine};
use reentry::engine::{Case, Engine, EngineError, EngineOptions};
use reentry::mutant::Mutant;
use reentry::program::gen::{case_program, GenConfig};
use reentry::program::Program;
use reentry::trace::Trace;
use reentry::{corpus, model, plan, text};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

const SEED: u64 = 0x5eed;

fn corpus_programs() -> Vec<Program> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let files = corpus::files(&[dir]).expect("corpus directory");
    assert!(!files.is_empty());
    files.iter().map(|f| corpus::load(f).program.unwrap_or_else(|e| panic!("{}: {e}", f.display()))).collect()
}

fn generated(n: u64) -> impl Iterator<Item = Program> {
    let cfg = GenConfig::default();
    (0..n).map(move |i| case_program(SEED, i, &cfg))
}

fn parse(src: &str) -> Program {
    text::parse(src).unwrap_or_else(|e| panic!("{e}\n{src}"))
}

fn v8(config: V8Config) -> V8Engine {
    V8Engine::with_config(&EngineOptions::default(), &config).expect("v8 engine")
}

/// Run a program on one engine in one encoding.
fn run(engine: &mut dyn Engine, program: &Program, encoding: Encoding, mutant: Option<Mutant>) -> Result<Trace, EngineError> {
    let program = Arc::new(program.clone());
    let wasm = compile::compile(&program, encoding, compile::Options { mutant, names: false });
    let plan_json = plan::plan_json(&program, mutant);
    engine.run(&Case {
        program: &program,
        encoding,
        wasm: &wasm,
        module_key: compile::module_key(&wasm),
        plan_json: &plan_json,
        mutant,
    })
}

#[test]
fn v8_runs_both_encodings() {
    let mut e = v8(V8Config::default());
    assert_eq!(e.encodings(), &[Encoding::Exnref, Encoding::Legacy]);
    let info = e.info();
    assert!(info.version.starts_with("V8 "), "{}", info.version);
    for f in ["jstag", "exnref", "legacy", "exceptionApi", "trapsUncatchable"] {
        assert!(info.features.iter().any(|(n, ok)| n == f && *ok), "feature {f} missing: {:?}", info.features);
    }
}

#[test]
fn corpus_and_generated_programs_agree_on_v8_wasmtime_and_model() {
    let names = ["wasmtime".to_string(), "v8".to_string()];
    let mut h = Harness::new(&names, &EngineOptions::default(), None).unwrap();
    let programs: Vec<Program> = corpus_programs().into_iter().chain(generated(600)).collect();
    let mut runs = 0;
    for (i, p) in programs.into_iter().enumerate() {
        let r = h.check(p);
        assert_eq!(r.runs.len(), 3, "wasmtime/exnref, v8/exnref, v8/legacy");
        runs += r.runs.len();
        if !r.passed() {
            let v: Vec<String> = r.verdicts.iter().map(|v| v.to_string()).collect();
            panic!("program {i}:\n{}\n{}", text::print(&r.program), v.join("\n"));
        }
    }
    assert!(runs > 1800);
}

/// Programs that end with glue state a later case could trip over.
const DIRTY: &[&str] = &[
    // reinit scheduled by the hook, instance terminated, hook fired
    "hook reinit\nexport e0 { guard 1\n abort unreachable }\ndriver { call e0 }",
    // reinit scheduled from Wasm and from the host, never consumed
    "export e0 { reinit }\nimport h0 { reinit }\nexport e1 { call h0 }\ndriver { call e1\n call e0 }",
    // terminated by the host, handles made, foreign values thrown and caught
    "export e0 { call h0 }\nimport h0 { try { throw 3 } catch swallow\n terminate }\n\
     driver { new_handle\n new_handle\n call e0\n call_handle 1 e0 }",
    // a foreign value escaping to the driver, a stale handle
    "export e0 { call h0 }\nimport h0 { throw 4 }\ndriver { new_handle\n call e0\n reset\n call_handle 0 e0 }",
    // a stack overflow (deep stack, V8's RangeError)
    "export e0 { guard 1\n abort stack_overflow }\ndriver { call e0\n call e0 }",
];

/// Programs whose traces show leaked state: a pending reinit would add a
/// reset, a leaked terminated flag or hook flag would change the outcomes,
/// leaked handles or foreign values would change the classifications.
const PROBES: &[&str] = &[
    "export e0 { add_state 1 }\ndriver { call e0\n read_state }",
    "export e0 { call h0 }\nimport h0 { throw 3 }\ndriver { new_handle\n call_handle 0 e0\n call e0 }",
    "export e0 { call h0 }\nimport h0 { try { throw 3 } catch rethrow }\ndriver { call e0 }",
    "export e0 { abort unreachable }\ndriver { call e0\n call e0\n reset\n call e0 }",
];

#[test]
fn cases_do_not_share_state() {
    let probes: Vec<Program> = PROBES.iter().map(|s| parse(s)).chain(generated(20)).collect();
    let mut fresh = v8(V8Config::default());
    let mut reused = v8(V8Config::default());
    for enc in [Encoding::Exnref, Encoding::Legacy] {
        let expected: Vec<Trace> = probes.iter().map(|p| run(&mut fresh, p, enc, None).unwrap()).collect();
        for dirty in DIRTY {
            let dirty = parse(dirty);
            for (p, want) in probes.iter().zip(&expected) {
                let first = run(&mut reused, &dirty, enc, None).unwrap();
                assert_eq!(first, model::run(&dirty).unwrap(), "dirty program itself");
                let got = run(&mut reused, p, enc, None).unwrap();
                assert_eq!(&got, want, "{}after\n{}", text::print(p), text::print(&dirty));
            }
        }
    }
    // Engines share the thread: dropping them in creation order is fine too.
    drop(fresh);
    assert_eq!(run(&mut reused, &probes[0], Encoding::Exnref, None).unwrap(), model::run(&probes[0]).unwrap());
}

#[test]
fn a_hanging_case_times_out_and_the_engine_goes_on() {
    let timeout = Duration::from_millis(300);
    let mut e = V8Engine::new(&EngineOptions { timeout, ..Default::default() }).unwrap();
    let program = Arc::new(Program::minimal());
    let wasm = hanging_module();
    let plan_json = plan::plan_json(&program, None);
    let hang = Case {
        program: &program,
        encoding: Encoding::Exnref,
        wasm: &wasm,
        module_key: compile::module_key(&wasm),
        plan_json: &plan_json,
        mutant: None,
    };
    let next = parse(PROBES[1]);
    for _ in 0..2 {
        let t = std::time::Instant::now();
        assert_eq!(e.run(&hang), Err(EngineError::Timeout(timeout)));
        assert!(t.elapsed() < timeout * 10, "took {:?}", t.elapsed());
        for enc in [Encoding::Exnref, Encoding::Legacy] {
            assert_eq!(run(&mut e, &next, enc, None).unwrap(), model::run(&next).unwrap());
        }
    }
}

#[test]
fn the_jstag_polyfill_gives_the_same_traces() {
    let mut jstag = v8(V8Config::default());
    let mut poly = v8(V8Config { force_polyfill: true });
    for p in corpus_programs().into_iter().chain(PROBES.iter().chain(DIRTY).map(|s| parse(s))).chain(generated(300)) {
        for enc in [Encoding::Exnref, Encoding::Legacy] {
            let a = run(&mut jstag, &p, enc, None).unwrap();
            let b = run(&mut poly, &p, enc, None).unwrap();
            assert_eq!(a, b, "{}", text::print(&p));
        }
    }
}

/// Every glue mutant shows on some program, and v8 and wasmtime implement it
/// identically (same trace under the mutant on every program tried).
#[test]
fn glue_mutants_are_detected_and_match_wasmtime() {
    let programs: Vec<Program> = corpus_programs().into_iter().chain(generated(400)).collect();
    let mut v8e = v8(V8Config::default());
    let mut wt = reentry::engine::wasmtime::WasmtimeEngine::new(&EngineOptions::default()).unwrap();
    for m in Mutant::ALL.into_iter().filter(|m| !m.in_compiler()) {
        let mut detected = 0;
        for p in &programs {
            let expected = model::run(p).unwrap();
            let a = run(&mut v8e, p, Encoding::Exnref, Some(m)).unwrap();
            let b = run(&mut wt, p, Encoding::Exnref, Some(m)).unwrap();
            assert_eq!(a, b, "mutant {} differs between v8 and wasmtime on\n{}", m.name(), text::print(p));
            if a != expected {
                detected += 1;
            }
        }
        assert!(detected > 0, "mutant {} not detected on v8", m.name());
    }
}

/// A JS exception escaping `runCase` (here: a plan the glue cannot read) is an
/// internal error carrying the message, and the engine goes on.
#[test]
fn a_glue_exception_is_an_internal_error() {
    let mut e = v8(V8Config::default());
    let program = Arc::new(Program::minimal());
    let wasm = compile::compile(&program, Encoding::Exnref, Default::default());
    for (plan_json, message) in [
        (r#"{"hook_reinit":false,"imports":[],"driver":[{"op":"Jump"}],"mutant":null}"#, "unknown driver step Jump"),
        (r#"{"hook_reinit":false,"imports":[],"driver":[],"mutant":"no-such-bug"}"#, "unknown glue mutant"),
        ("{not json", "SyntaxError"),
    ] {
        let case = Case {
            program: &program,
            encoding: Encoding::Exnref,
            wasm: &wasm,
            module_key: compile::module_key(&wasm),
            plan_json,
            mutant: None,
        };
        match e.run(&case) {
            Err(EngineError::Internal(m)) => assert!(m.contains(message), "{m}"),
            other => panic!("expected an internal error, got {other:?}"),
        }
        assert_eq!(run(&mut e, &program, Encoding::Exnref, None).unwrap(), model::run(&program).unwrap());
    }
}
