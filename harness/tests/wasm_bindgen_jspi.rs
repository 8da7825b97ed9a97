//! wasm-bindgen's own JSPI (issue 22 item 4): the wasm-bindgen lane with
//! `--jspi` (`Lane::RUSTC_WASM_BINDGEN_JSPI`), whose tasks run through a
//! sync `#[wasm_bindgen(jspi)]` export (the glue awaits
//! `WebAssembly.promising` of it) and await in a `#[wasm_bindgen(suspending)]`
//! import, on the real engines, against the model under the lane's profile
//! (J1, J2 beside wasm-bindgen's own). Needs Debian's rustc 1.96, the CLI
//! and the engines (`scripts/setup.sh`); without them a test prints SKIP,
//! under CI it fails.

use crate::common::*;

use reentry::case::Harness;
use reentry::compile::Encoding;
use reentry::corpus::{self, Status};
use reentry::engine::EngineOptions;
use reentry::guest::{build, Lane};
use reentry::text;
use std::collections::BTreeMap;

const LANE: Lane = Lane::RUSTC_WASM_BINDGEN_JSPI;
const PROGRAM: &str = "corpus/task_abort_after_resume_with_siblings_suspended";

fn toolchain() -> bool {
    match build::toolchain().and_then(|_| build::wasm_bindgen_cli()) {
        Ok(_) => true,
        Err(e) if under_ci() => panic!("the wasm-bindgen lane's toolchain is missing under CI: {e:#}"),
        Err(e) => {
            eprintln!("SKIP: {e:#}");
            false
        }
    }
}

fn harness(engine: &str) -> Harness {
    Harness::for_lane(&[engine.to_string()], &EngineOptions::default(), None, LANE).unwrap()
}

/// The JSPI engines of the lane that are here (node 26 and deno; missing
/// under CI fails).
fn jspi_engines() -> Vec<&'static str> {
    let engines = available_engines(|r| ["node26", "deno"].contains(&r.name));
    assert!(!engines.is_empty() || !under_ci(), "node26 and deno are missing under CI");
    engines
}

/// The run on the JSPI lane, hand-checked against wasm-bindgen 0.2.130's
/// glue: t2 resumes and traps (the hook fires); t1's rejection resumes its
/// fiber into the await's import wrapper, which traps at the flag (J1), and
/// the export's catch handler fires the hook again (P1); the spawn after the
/// abort is a task whose promise rejects as terminated (J2); t0, resolved at
/// the driver's end, goes as t1 did. No guard of the poisoned instance is
/// dropped, every promise settles once, none hangs.
const JSPI_TRACE: &str = "\
task t0 starts
[0] enter e0
[0] guard+ 1
task t0 awaits
driver[0] => task t0
task t1 starts
[0] enter e0
[0] guard+ 1
task t1 awaits
driver[1] => task t1
task t2 starts
[0] enter e1
[0] guard+ 2
task t2 awaits
driver[2] => task t2
task t2 resumes
[0] abort unreachable
hook [0]
task t2 => aborted(unreachable)
driver[3] => done
hook [0]
task t1 => aborted(unreachable)
driver[4] => done
task t3 => terminated
driver[5] => task t3
driver[6] => terminated
end resolve t0
hook [0]
task t0 => aborted(unreachable)
";

#[test]
fn tasks_run_through_wasm_bindgens_jspi_with_an_abort_while_siblings_are_suspended() {
    if !toolchain() {
        return;
    }
    let module = reentry::guest::module(LANE, Encoding::Exnref, None).unwrap();
    let js = module.js.clone().unwrap();
    assert!(js.contains("async function spawn_jspi") && js.contains("WebAssembly.promising(wasm.spawn_jspi)"), "the CLI's jspi export glue");
    assert!(js.contains("new WebAssembly.Suspending"), "the CLI's suspending import glue");
    let program = text::parse(&std::fs::read_to_string(repo().join(format!("{PROGRAM}.reentry"))).unwrap()).unwrap();
    for name in jspi_engines() {
        let r = harness(name).check(program.clone());
        assert!(r.passed() && r.known.is_empty() && r.unsupported.is_none(), "{name}: {:?}", r.verdicts);
        assert_eq!(r.runs.len(), 1, "{name}: one run, exnref");
        let trace = r.runs[0].result.as_ref().expect("a trace");
        assert_eq!(trace.to_string(), JSPI_TRACE, "{name}");
    }
}

/// The corpus on the JSPI lane: every program passes or hits a known defect
/// (F12, the jspi export's stale promising cache, among them), none fails.
#[test]
fn the_corpus_matches_the_jspi_profile_on_node26() {
    if !toolchain() || !jspi_engines().contains(&"node26") {
        return;
    }
    let mut h = harness("node26");
    let (mut passed, mut known) = (0, BTreeMap::<&str, usize>::new());
    for file in corpus::files(&[repo().join("corpus")]).unwrap() {
        match corpus::check(&mut h, &file, true).0 {
            Status::Pass => passed += 1,
            Status::Known(ids) => ids.into_iter().for_each(|id| *known.entry(id).or_default() += 1),
            Status::Unsupported(_) => {}
            Status::Fail(problems) => panic!("{}:\n{}", file.display(), problems.join("\n")),
        }
    }
    eprintln!("node26: {passed} corpus programs pass on the JSPI lane, known: {known:?}");
    assert!(known.contains_key("wasm-bindgen-0.2.130-jspi-export-calls-the-old-instance"), "F12 did not show: {known:?}");
    // 97 measured (node 26, v8): the task programs pass under J1 and J2.
    assert!(passed >= 95, "only {passed} pass");
}

/// An engine without JSPI runs no case of the lane, and says why (the
/// declared fact, decided by its probe), never a silent pass.
#[test]
fn an_engine_without_jspi_declines_the_lane_by_its_fact() {
    if !toolchain() {
        return;
    }
    for name in available_engines(|r| r.name == "node24") {
        let program = text::parse(&std::fs::read_to_string(repo().join(format!("{PROGRAM}.reentry"))).unwrap()).unwrap();
        let r = harness(name).check(program);
        let why = r.unsupported.as_ref().expect("not run on node24");
        assert!(why.what.contains("JS Promise Integration") && r.runs.is_empty(), "{name}: {why:?}");
    }
}

/// The path's seeded bug (`rejection-never-settled`, seeded in
/// wbg-host.js's JSPI section: a rejection of the jspi export's promise is
/// dropped) is found under its pinned property, hung task.
#[test]
fn the_jspi_paths_mutant_is_found_as_a_hung_task() {
    use reentry::mutant::Mutant;
    use reentry::oracle::{mutants::reported_as, Verdict};
    if !toolchain() || !jspi_engines().contains(&"node26") {
        return;
    }
    let m = Mutant::RejectionNeverSettled;
    assert!(LANE.has_mutant(m) && !Lane::RUSTC_WASM_BINDGEN.has_mutant(m));
    let mut h = Harness::for_lane(&["node26".to_string()], &EngineOptions::default(), Some(m), LANE).unwrap();
    let program = text::parse(&std::fs::read_to_string(repo().join(format!("{PROGRAM}.reentry"))).unwrap()).unwrap();
    let r = h.check(program);
    let pinned = r.verdicts.iter().any(|v| matches!(v, Verdict::Mismatch(x) if x.property == reported_as(m)));
    assert!(pinned, "not found as {:?}: {:?}", reported_as(m), r.verdicts);
}

/// Lets the instance of the previous case's glue evaluation run while the
/// next case's instance is made, once armed: what wasm-bindgen's
/// FinalizationRegistry does whenever the GC collects a closure of that
/// instance (it destroys the closure there, and the Rust closure's drop logs).
const OLD_INSTANCE_JS: &str = r#"
(function (global) {
  const WA = global.WebAssembly;
  const Original = WA.Instance;
  let newest = null, armed = false, poked = false;
  WA.Instance = function Instance(module, imports) {
    const older = newest;
    const instance = new Original(module, imports);
    newest = instance;
    if (armed && older !== null) {
      armed = false;
      older.exports.call(0);
      poked = true;
    }
    return instance;
  };
  WA.Instance.prototype = Original.prototype;
  global.OldInstance = {
    arm() { armed = true; poked = false; return '{}'; },
    poked() { return JSON.stringify(poked); },
  };
})(globalThis);
"#;

/// The JSPI lane evaluates wasm-bindgen's glue afresh per case (F12), and
/// the instances of an earlier evaluation live on: whatever they run during
/// a later case (their finalizers) must not reach that case's trace. On the
/// in-process V8: a case after another whose instance runs e0 while the
/// case's own instance is made has the trace it has alone (a 60 s fuzz on
/// node26 showed `[9] abort panic_in_drop` in a case that had no epoch 9).
#[test]
fn an_earlier_cases_instance_running_on_writes_nothing_into_the_next_case() {
    use reentry::engine::v8::V8Engine;
    use reentry::engine::{Case, Engine};
    if !toolchain() {
        return;
    }
    let module = reentry::guest::module(LANE, Encoding::Exnref, None).unwrap();
    let engine = || {
        let mut v8 = V8Engine::new(&EngineOptions::default()).unwrap();
        v8.load_script("reentry:test/old-instance.js", OLD_INSTANCE_JS).unwrap();
        v8
    };
    let run = |v8: &mut V8Engine, src: &str| {
        let program = std::sync::Arc::new(parse(src));
        let guest = reentry::guest::encode::encode(&program).unwrap();
        let plan = reentry::plan::guest_plan_json(&program, None, Some(&guest));
        let case = Case {
            program: &program,
            encoding: Encoding::Exnref,
            wasm: &module.wasm,
            module_key: module.key,
            plan_json: &plan,
            mutant: None,
            guest_program: Some(&guest),
            binding_js: module.js.as_deref(),
            worker: None,
        };
        v8.run(&case).unwrap().to_string()
    };
    let earlier = "state 1\nexport e0 {\n  add_state 5\n  guard 1\n}\ndriver {\n  call e0\n}\n";
    let probe = "state 2\nexport e0 {\n  add_state 1\n}\ndriver {\n  call e0\n  read_state\n}\n";
    let alone = run(&mut engine(), probe);
    assert!(alone.contains("[0] enter e0") && !alone.contains("guard"), "{alone}");
    let mut v8 = engine();
    run(&mut v8, earlier);
    v8.call_js("OldInstance.arm", &[], "").unwrap();
    let after = run(&mut v8, probe);
    assert_eq!(v8.call_js("OldInstance.poked", &[], "").unwrap().json, "true", "the earlier case's instance ran");
    assert_eq!(after, alone, "the earlier case's instance wrote into the probe's trace");
}
