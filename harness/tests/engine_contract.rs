//! The contract every registered engine keeps (`reentry::engine::registry`),
//! run over every name: smoke, no state shared between cases, timeouts,
//! crashes (engines in a worker process), the corpus and generated programs
//! against the model, and the raw-module level where an engine has one.
//!
//! An engine that is not installed is skipped with a SKIP line; under CI
//! (`CI` set) it fails the test instead. Compat pins (old versions kept for
//! `reentry compat`) run only the raw-module contract here.

use crate::common::*;

use reentry::compile::Encoding;
use reentry::engine::worker::{reprl::Op, WorkerEngine};
use reentry::engine::{self, Engine, EngineError, EngineOptions, Isolation};
use reentry::guest::Lane;
use reentry::model;
use reentry::program::Program;
use reentry::trace::Trace;
use std::time::{Duration, Instant};

/// Every registered engine but the compat pins (probed by tests/compat.rs;
/// the raw-module test below covers them too).
fn every_engine() -> Vec<&'static str> {
    available_engines(|r| !r.compat_only())
}

#[test]
fn every_engine_runs_its_encodings_and_says_what_it_lacks() {
    for name in every_engine() {
        let mut e = engine::create(name, &EngineOptions::default()).unwrap();
        assert_eq!(e.name(), name);
        assert!(!e.encodings().is_empty(), "{name} runs no encoding");
        for enc in Encoding::ALL {
            // Probed, and a missing one is a declared fact (never a silent skip).
            let runs = e.encodings().contains(&enc);
            assert_eq!(runs, engine::facts::runs_encoding(name, enc), "{name} {enc:?}");
        }
        let info = e.info();
        assert_eq!(info.version, e.version(), "{name}");
        let p = parse("export e0 { guard 1 panic 3 } driver { call e0 read_state }");
        for enc in e.encodings().to_vec() {
            assert_eq!(run(e.as_mut(), &p, enc, None).unwrap(), model::run(&p).unwrap(), "{name} {enc:?}");
        }
    }
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
    let probes: Vec<Program> = PROBES.iter().map(|s| parse(s)).chain(generated(0x5eed, 10)).collect();
    for name in every_engine() {
        let mut e = engine::create(name, &EngineOptions::default()).unwrap();
        for enc in e.encodings().to_vec() {
            for dirty in DIRTY.iter().map(|s| parse(s)) {
                // Programs with tasks only where no fact rules them out (`Engine::no_tasks`).
                let tasks = e.no_tasks(Lane::GENERATED).is_none();
                for p in probes.iter().filter(|p| tasks || !p.has_async()) {
                    assert_eq!(run(e.as_mut(), &dirty, enc, None).unwrap(), model::run(&dirty).unwrap(), "{name}: dirty");
                    let got = run(e.as_mut(), p, enc, None);
                    if known_defect(e.as_ref(), p, enc, &got) {
                        continue;
                    }
                    assert_eq!(got.unwrap(), model::run(p).unwrap(), "{name} {enc:?}: {}after\n{}", reentry::text::print(p), reentry::text::print(&dirty));
                }
            }
        }
    }
}

#[test]
fn a_hanging_case_times_out_and_the_engine_goes_on() {
    let timeout = Duration::from_millis(400);
    let next = parse(PROBES[1]);
    for name in every_engine() {
        let mut e = engine::create(name, &EngineOptions { timeout, ..Default::default() }).unwrap();
        for _ in 0..2 {
            let t = Instant::now();
            assert_eq!(run_hanging(e.as_mut()), Err(EngineError::Timeout(timeout)), "{name}");
            assert!(t.elapsed() < timeout * 10, "{name} took {:?}", t.elapsed());
            for enc in e.encodings().to_vec() {
                assert_eq!(run(e.as_mut(), &next, enc, None).unwrap(), model::run(&next).unwrap(), "{name}");
            }
        }
    }
}

/// Every engine that sends cases together (workerd over HTTP, the browsers
/// over their socket): in a batch whose third case hangs, the answers
/// before the failure stand, the case that hangs is that case's timeout,
/// and the cases after it run on a fresh process.
#[test]
fn a_batch_keeps_the_answers_before_a_failure_and_runs_the_rest_on_a_fresh_process() {
    use reentry::engine::browser::engine::BrowserEngine;
    use reentry::engine::Case;
    let batching = ["workerd", reentry::engine::firefox::FIREFOX.runtime, reentry::engine::chromium::CHROMIUM.runtime];
    let programs: Vec<std::sync::Arc<Program>> = generated(0xba7c, 6).map(std::sync::Arc::new).collect();
    for name in available_engines(|r| batching.contains(&r.name)) {
        let options = EngineOptions { timeout: Duration::from_secs(3), recycle_after: 0, ..Default::default() };
        let mut e = engine::create(name, &options).unwrap();
        assert!(e.batches(), "{name} sends its cases together");
        let enc = Encoding::Exnref;
        let modules: Vec<(Vec<u8>, String)> = programs
            .iter()
            .map(|p| (reentry::compile::compile(p, enc, reentry::compile::Options::default()), reentry::plan::plan_json(p, None)))
            .collect();
        let cases: Vec<Case> = programs
            .iter()
            .zip(&modules)
            .map(|(p, (wasm, plan))| Case {
                program: p,
                encoding: enc,
                wasm,
                module_key: reentry::compile::module_key(wasm),
                plan_json: plan,
                mutant: None,
                guest_program: None,
                binding_js: None,
                worker: None,
            })
            .collect();
        // Case 2 of the batch wedges the engine. The message may have lost
        // the answers before it (workerd answers a POST whole), so the
        // unanswered cases run again one at a time, and case 2 wedges a
        // second process: its own timeout.
        let any = e.as_mut() as &mut dyn std::any::Any;
        match any.downcast_mut::<WorkerEngine>() {
            Some(w) => w.inject(2, Op::Hang, None),
            None => any.downcast_mut::<BrowserEngine>().expect("a batching engine is a worker or a browser").inject(2, Op::Hang, None),
        }
        let results = e.run_batch(&cases);
        assert_eq!(results.len(), cases.len(), "{name}");
        for (i, (r, p)) in results.iter().zip(&programs).enumerate() {
            match i {
                2 => assert!(matches!(r, Err(EngineError::Timeout(_))), "{name} case {i}: {r:?}"),
                _ => assert_eq!(r.as_ref().unwrap_or_else(|err| panic!("{name} case {i}: {err}")), &model::run(p).unwrap(), "{name} case {i}"),
            }
        }
        let any = e.as_mut() as &mut dyn std::any::Any;
        let stats = match any.downcast_mut::<WorkerEngine>() {
            Some(w) => w.stats(),
            None => any.downcast_mut::<BrowserEngine>().expect("a browser").stats(),
        };
        assert_eq!((stats.timeouts, stats.spawns), (2, 3), "{name}");
    }
}

/// An engine in its own process survives its process dying: the case is a
/// crash, and a new process takes the next one. (An in-process engine that
/// dies takes the harness with it; the campaign's in-flight marker covers
/// that, tested in campaign::smith and tests/smith_diff.rs.) Every process
/// engine is killed from outside in the middle of a case; then it dies in
/// the ways its runtime has (node and deno: abort, exit, heap exhaustion;
/// jsc: abort, exit 3; workerd: none a Worker can cause).
#[test]
fn a_crashing_engine_process_is_a_crash_and_a_new_one_takes_over() {
    // The browsers' own test ops and crash paths are tests/browsers.rs's.
    let browser = |name: &str| [reentry::engine::firefox::FIREFOX.runtime, reentry::engine::chromium::CHROMIUM.runtime].contains(&name);
    for name in available_engines(|r| r.isolation == Isolation::Process && !r.compat_only() && !browser(r.name)) {
        let options = EngineOptions { timeout: Duration::from_secs(60), recycle_after: 0, ..Default::default() };
        let mut boxed = engine::create(name, &options).unwrap();
        let e = (boxed.as_mut() as &mut dyn std::any::Any).downcast_mut::<WorkerEngine>().expect("a process engine is a worker engine");
        let p = Program::minimal();
        let enc = e.encodings()[0];
        let expected = model::run(&p).unwrap();
        let next = |e: &mut WorkerEngine| run(e, &p, enc, None);

        // Killed from outside while it runs a case (a HANG).
        e.inject(0, Op::Hang, None);
        let pid = e.pid().expect("a running worker");
        let killer = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            // SAFETY: a plain kill(2) of the worker this test started.
            unsafe { libc::kill(pid as i32, libc::SIGKILL) };
        });
        let killed = next(e).unwrap_err();
        killer.join().unwrap();
        assert!(matches!(&killed, EngineError::Crash(m) if m.contains("SIGKILL")), "{name}: {killed}");
        assert_eq!(next(e).unwrap(), expected, "{name}: a new worker takes over");

        let runtime = e.identity().runtime.clone();
        let mut died = 1;
        for (op, arg, how) in [(Op::Abort, None, "SIGABRT"), (Op::Exit, Some(3), "exited with code 3"), (Op::Oom, None, "out of memory")] {
            let at = e.stats().spawns;
            e.inject(e.runs(), op, arg);
            match next(e) {
                Err(EngineError::Crash(m)) => {
                    assert!(m.to_lowercase().contains(&how.to_lowercase()), "{name} {op:?}: {m}");
                    died += 1;
                }
                // The runtime has no such way to die (worker-core.js's `die`).
                Err(EngineError::Internal(m)) if m.contains(&format!("{runtime} has no")) => {
                    assert!(runtime != "node" && runtime != "deno", "{name}: {m}");
                    assert_eq!(e.stats().spawns, at, "{name}: a refused test op replaced nothing");
                }
                other => panic!("{name} {op:?}: {other:?}"),
            }
            assert_eq!(next(e).unwrap(), expected, "{name}: after {op:?}");
        }

        // A JS error inside the worker is answered; the worker lives on.
        let pid = e.pid();
        e.inject(e.runs(), Op::Throw, None);
        let thrown = next(e).unwrap_err();
        assert!(matches!(&thrown, EngineError::Internal(m) if m.contains("THROW test op")), "{name}: {thrown}");
        assert_eq!(next(e).unwrap(), expected);
        assert_eq!(e.pid(), pid);
        assert_eq!((e.stats().crashes, e.stats().spawns), (died, died + 1), "{name}");
    }
}

/// The corpus and generated programs on each engine alone, against the
/// model (a run a known defect of the engine explains is counted apart);
/// JS engines also with the glue's JSTag polyfill forced, so the polyfill
/// node 20 depends on is checked against the real JSTag.
#[test]
fn corpus_and_generated_programs_match_the_model_on_every_engine() {
    let programs: Vec<Program> = corpus_programs().into_iter().chain(generated(0x5eed, 150)).collect();
    for name in every_engine() {
        // Every JS engine: its glue's JSTag polyfill too.
        let polyfill: &[bool] = if engine::facts::crosses_js(name) { &[false, true] } else { &[false] };
        for &force_polyfill in polyfill {
            let mut e = engine::create(name, &EngineOptions { force_polyfill, ..Default::default() }).unwrap();
            let (mut runs, mut task_runs, mut known) = (0, 0, 0);
            // Programs with tasks only where no fact rules them out (`Engine::no_tasks`).
            let tasks = e.no_tasks(Lane::GENERATED).is_none();
            for p in programs.iter().filter(|p| tasks || !p.has_async()) {
                let expected: Trace = model::run(p).unwrap();
                for enc in e.encodings().to_vec() {
                    let got = run(e.as_mut(), p, enc, None);
                    if known_defect(e.as_ref(), p, enc, &got) {
                        known += 1;
                        continue;
                    }
                    let got = got.unwrap_or_else(|err| panic!("{name} {enc:?}: {err}\n{}", reentry::text::print(p)));
                    if got != expected {
                        let m = reentry::oracle::explain(&expected.0, &got.0);
                        panic!("{name} {enc:?} (polyfill {force_polyfill}):\n{}\n{}\n{}", reentry::text::print(p), m.message, m.context);
                    }
                    runs += 1;
                    task_runs += usize::from(p.has_async());
                }
            }
            // An engine that declares no fact against tasks runs the corpus's.
            if tasks {
                assert!(task_runs > 0, "{name}: no program with tasks ran");
            }
            // A known defect explains a minority of runs, never all of them.
            assert!(runs > 3 * known, "{name}: {runs} runs match, {known} are a known defect");
            eprintln!("{name} (polyfill {force_polyfill}): {runs} runs match the model, {task_runs} with tasks, {known} a known defect");
        }
    }
}

/// The raw-module level of every engine that has one: compile, instantiate,
/// call, a trap by class, exhaustion, a rejected module.
#[test]
fn every_raw_session_runs_modules() {
    use reentry::engine::raw::{Kind, Outcome, Val};
    use reentry::trap::TrapClass;
    let wat = |src: &str| {
        let buf = wast::parser::ParseBuffer::new(src).unwrap();
        wast::parser::parse::<wast::Wat>(&buf).unwrap().encode().unwrap()
    };
    let module = wat(r#"(module
        (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
        (func (export "trap") unreachable)
        (func $deep (export "deep") (call $deep)))"#);
    for name in available_engines(|r| r.session.is_some()) {
        let mut s = engine::create_session(name, &EngineOptions::default()).unwrap();
        assert_eq!(s.name(), name);
        let m = s.compile(&module).unwrap();
        let i = s.instantiate(m, &[], &[]).unwrap();
        assert_eq!(s.call(i, "add", &[Val::I32(2), Val::I32(40)], &[Kind::I32]), Outcome::Returned(vec![Val::I32(42)]), "{name}");
        assert!(matches!(s.call(i, "trap", &[], &[]), Outcome::Trapped { class: TrapClass::Unreachable, .. }), "{name}");
        assert!(matches!(s.call(i, "deep", &[], &[]), Outcome::Exhausted(_)), "{name}");
        assert!(s.compile(b"\0asm\x01\0\0\0\x99").is_err(), "{name} accepted garbage");
        s.reset();
        assert!(s.compile(&module).is_ok());
    }
}
