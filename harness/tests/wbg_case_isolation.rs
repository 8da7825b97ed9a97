//! The wasm-bindgen lane evaluates wasm-bindgen's generated glue once per
//! module and starts every case from a fresh instance through the glue's own
//! `__wbg_reset_state` (engines/wbg-host.js, "Loading"). On the in-process
//! V8 these tests hold it to what a fresh glue per case gave: nothing of one
//! case reaches the next (instance ids, externref slots, closures, pending
//! tasks, the terminated flag, the abort hook's registration and its
//! fired/reinit flags), and a case from the middle of a campaign replays
//! alone as it ran there.

use crate::common::*;
use crate::wasm_bindgen_lane::toolchain;

use reentry::case::{CaseResult, Harness};
use reentry::compile::Encoding;
use reentry::engine::v8::V8Engine;
use reentry::engine::{Case, Engine, EngineOptions};
use reentry::guest::{Lane, Panic};
use reentry::program::gen::{case_program, GenConfig};
use reentry::program::Program;
use reentry::text;
use std::sync::Arc;

/// Records every Wasm instance made in the engine (through its own
/// `WebAssembly.Instance`, which the glue's reset calls) and reports, per
/// look, how many were made since the last one and the newest one's state:
/// its externref table (wasm-bindgen's heap: the slots in use), memory
/// size, terminated flag and registered abort hook (`__abort_handler`).
const RECORDER_JS: &str = r#"
(function (global) {
  const WA = global.WebAssembly;
  const Original = WA.Instance;
  let made = 0, newest = null;
  WA.Instance = function Instance(module, imports) {
    const instance = new Original(module, imports);
    made++;
    newest = instance;
    return instance;
  };
  WA.Instance.prototype = Original.prototype;
  global.IsolationRecorder = {
    look() {
      const x = newest === null ? null : newest.exports;
      const out = { made };
      made = 0;
      if (x !== null && x.__wbindgen_externrefs) {
        const table = x.__wbindgen_externrefs;
        let used = 0;
        for (let i = 0; i < table.length; i++) if (table.get(i) !== undefined) used++;
        const words = new Int32Array(x.memory.buffer);
        Object.assign(out, {
          table: table.length,
          slotsInUse: used,
          pages: x.memory.buffer.byteLength / 65536,
          terminated: words[x.__instance_terminated.value / 4],
          hookRegistered: words[x.__abort_handler.value / 4] !== 0,
        });
      }
      return JSON.stringify(out);
    },
  };
})(globalThis);
"#;

/// An in-process V8 with the recorder.
fn engine() -> V8Engine {
    let mut v8 = V8Engine::new(&EngineOptions::default()).unwrap();
    v8.load_script("reentry:test/isolation-recorder.js", RECORDER_JS).unwrap();
    v8
}

/// A program's case on the lane's module in `encoding`.
struct Prepared {
    program: Arc<Program>,
    guest: Vec<u8>,
    plan: String,
}

fn prepare(program: Program) -> Prepared {
    let guest = reentry::guest::encode::encode(&program).unwrap();
    let plan = reentry::plan::guest_plan_json(&program, None, Some(&guest));
    Prepared { program: Arc::new(program), guest, plan }
}

/// Run one case on `lane`'s module; its trace (or error, as text) and the
/// recorder's look after it.
fn run(v8: &mut V8Engine, lane: Lane, p: &Prepared, encoding: Encoding) -> (String, String) {
    let module = reentry::guest::module(lane, encoding, None).unwrap();
    let case = Case {
        program: &p.program,
        encoding,
        wasm: &module.wasm,
        module_key: module.key,
        plan_json: &p.plan,
        mutant: None,
        guest_program: Some(&p.guest),
        binding_js: module.js.as_deref(),
        worker: None,
    };
    let trace = format!("{:?}", v8.run(&case));
    let look = v8.call_js("IsolationRecorder.look", &[], "").unwrap().json;
    (trace, look)
}

/// Probes whose traces show a leak: a handle's id and staleness (instance
/// ids), the hook firing once and the call after it refused (the abort
/// flags; no hook registered), closures, tasks, a hook that schedules a
/// reinit.
fn probes() -> Vec<(&'static str, Program)> {
    let handles = parse(
        "state 3
export e0 {
  guard 1
  add_state 1
}
export e1 {
  guard 2
  abort unreachable
}
driver {
  new_handle
  call_handle 0 e0
  call e1
  call e0
  reset
  call_handle 0 e0
  new_handle
  call_handle 1 e0
  read_state
}",
    );
    let closures = parse(
        "export e0 {
  closure e1
  closure e2 aborting
}
export e1 {
  guard 1
  add_state 1
  panic 7
}
export e2 {
  add_state 2
}
driver {
  invoke e1
  call e0
  invoke e1
  invoke e2
  read_state
}",
    );
    let corpus = |name: &str| text::parse(&std::fs::read_to_string(repo().join(format!("corpus/{name}.reentry"))).unwrap()).unwrap();
    vec![
        ("handles and an abort", handles),
        ("closures", closures),
        ("tasks", corpus("task_abort_while_two_siblings_await")),
        ("hook reinit", corpus("hook_reinit_fresh_state_stale_handle")),
    ]
}

/// After every corpus program (aborts, panics with live closures, tasks
/// left pending or hung, scheduled reinits, hooks registered, programs the
/// lane refuses midway), each probe runs in the same engine exactly as it
/// runs alone in a fresh one: the same trace, as many instances made, and
/// the same state of its last instance. Under both panic strategies (the
/// panic=abort glue is the CLI's other output).
#[test]
fn a_case_after_leaking_cases_runs_as_it_does_alone() {
    if !toolchain() {
        return;
    }
    let probes: Vec<(&str, Prepared)> = probes().into_iter().map(|(n, p)| (n, prepare(p))).collect();
    let leakers = corpus_programs();
    // The corpus has every kind of leftover the probes are meant to meet.
    let has = |f: &dyn Fn(&str) -> bool| leakers.iter().any(|p| f(&text::print(p)));
    assert!(has(&|t| t.contains("hook reinit")), "a program registering a hook that reinits");
    assert!(has(&|t| t.contains("closure") && t.contains("panic")), "a panic with live closures");
    assert!(has(&|t| t.contains("spawn") && !t.contains("resolve")), "a task left awaiting");
    assert!(has(&|t| t.contains("schedule_reinit") || t.contains("  reinit")), "a scheduled reinit");
    assert!(has(&|t| t.contains("abort ")), "an abort");
    let leakers: Vec<Prepared> = leakers.into_iter().map(prepare).collect();
    let lanes = [Lane::RUSTC_WASM_BINDGEN, Lane::RUSTC_WASM_BINDGEN.with_panic(Panic::Abort)];
    for (lane, encoding) in lanes.into_iter().flat_map(|l| l.encodings().iter().map(move |e| (l, *e))) {
        let alone: Vec<(String, String)> = probes.iter().map(|(_, p)| run(&mut engine(), lane, p, encoding)).collect();
        for (name, (trace, look)) in probes.iter().map(|(n, _)| n).zip(&alone) {
            assert!(trace.starts_with("Ok("), "{name} alone: {trace}");
            // The recorder saw the instance: the comparisons below cover its state.
            assert!(look.contains("\"slotsInUse\":") && look.contains("\"hookRegistered\":"), "{name}: {look}");
        }
        let mut v8 = engine();
        for (i, leaker) in leakers.iter().enumerate() {
            // Its outcome is not this test's business (some are refused).
            let _ = run(&mut v8, lane, leaker, encoding);
            for ((name, probe), expected) in probes.iter().zip(&alone) {
                let got = run(&mut v8, lane, probe, encoding);
                assert_eq!(
                    &got,
                    expected,
                    "{lane} {encoding:?}: probe `{name}` after corpus program {i} differs from the probe alone:\n{}",
                    text::print(&leaker.program)
                );
            }
        }
    }
}

/// A campaign's cases (one harness and engine, in the blocks of cases that
/// share a module, as `reentry fuzz` runs them): cases from its middle,
/// after hundreds of others, replay alone in a fresh engine with the same
/// traces and verdicts.
#[test]
fn cases_from_the_middle_of_a_campaign_replay_alone_as_they_ran() {
    if !toolchain() {
        return;
    }
    let lane = Lane::RUSTC_WASM_BINDGEN;
    let harness = || Harness::for_lane(&["v8".to_string()], &EngineOptions::default(), None, lane).unwrap();
    let cfg = lane.gen_config(GenConfig::default());
    let (seed, cases) = (0x150_1a7e, 1024u64);
    let picked: Vec<u64> = (480..544).step_by(4).collect();
    let mut campaign = harness();
    let mut ran: Vec<(u64, CaseResult)> = Vec::new();
    let block = cfg.host_variants.max(1);
    for first in (0..cases).step_by(block as usize) {
        let programs: Vec<Program> = (first..first + block).map(|i| case_program(seed, i, &cfg)).collect();
        for (k, r) in campaign.check_batch(programs, &mut |_| {}).into_iter().enumerate() {
            let i = first + k as u64;
            if picked.contains(&i) {
                ran.push((i, r));
            }
        }
    }
    assert_eq!(ran.len(), picked.len());
    let mut tasks = 0;
    for (i, r) in ran {
        tasks += usize::from(text::print(&r.program).contains("spawn"));
        let alone = harness().check((*r.program).clone());
        let traces = |r: &CaseResult| r.runs.iter().map(|run| format!("{} {:?}", run.id, run.result)).collect::<Vec<_>>();
        assert_eq!(traces(&r).len(), 2, "case {i}: both encodings ran");
        assert_eq!(traces(&alone), traces(&r), "case {i} alone differs from its run in the campaign:\n{}", text::print(&r.program));
        assert_eq!(alone.verdicts, r.verdicts, "case {i}");
        let known = |r: &CaseResult| r.known.iter().map(|(d, v)| (d.id, v.clone())).collect::<Vec<_>>();
        assert_eq!(known(&alone), known(&r), "case {i}");
    }
    assert!(tasks > 0, "no picked case has tasks");
}
