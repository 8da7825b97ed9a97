//! The panic=abort lane (docs/protocol.md 28-30, 36): the rustc guest built with
//! `-Cpanic=abort` under both bindings (wasm-bindgen's with
//! `--force-enable-abort-handler`), against the model's panic=abort profile.
//! The same corpus as under panic=unwind; every divergence is a known defect.
//! Needs Debian's rustc 1.96 and the wasm-bindgen CLI (`scripts/setup.sh`):
//! without them a test prints SKIP, under CI it fails.

use crate::common::*;

use reentry::case::Harness;
use reentry::corpus::{self, Status};
use reentry::engine::EngineOptions;
use reentry::guest::{build, Lane, Panic};
use reentry::program::gen::{case_program, GenConfig};
use reentry::text;
use reentry::trace::{Event, Failure, Outcome};
use std::collections::BTreeMap;

fn toolchain() -> bool {
    match build::toolchain().and_then(|_| build::wasm_bindgen_cli()) {
        Ok(_) => true,
        Err(e) if under_ci() => panic!("the real lane's toolchain is missing under CI: {e:#}"),
        Err(e) => {
            eprintln!("SKIP: {e:#}");
            false
        }
    }
}

fn harness(engines: &[&str], lane: Lane) -> Harness {
    let names: Vec<String> = engines.iter().map(|s| s.to_string()).collect();
    Harness::for_lane(&names, &EngineOptions::default(), None, lane).unwrap()
}

/// The corpus on a lane: every program passes, hits a known defect or is
/// ruled out by a lane fact; the `panic_abort_*` programs run (pass, or
/// hit a known defect: wasm-bindgen-futures' on tasks). Returns how many
/// passed and whether a wasm-bindgen critical error showed.
fn corpus_on(lane: Lane, engines: &[&str]) -> (usize, bool) {
    let mut h = harness(engines, lane);
    let (mut passed, mut known, mut critical) = (0, BTreeMap::<&str, usize>::new(), false);
    for file in corpus::files(&[repo().join("corpus")]).unwrap() {
        let (status, result) = corpus::check(&mut h, &file, true);
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        match status {
            Status::Pass => passed += 1,
            Status::Known(ids) => ids.into_iter().for_each(|id| *known.entry(id).or_default() += 1),
            Status::Unsupported(fact) if !name.starts_with("panic_abort_") => assert!(lane.facts().any(|f| f.id == fact), "{fact}"),
            other => panic!("{lane} on {name}: {}", match other {
                Status::Fail(p) => p.join("\n"),
                _ => "a panic_abort program must run".into(),
            }),
        }
        let is_critical = |f: &Failure| matches!(f, Failure::Critical(_));
        critical |= result.is_some_and(|r| {
            r.model.0.iter().any(|e| match e {
                Event::Catch { failure } | Event::Outcome { outcome: Outcome::Failed(failure), .. } => is_critical(failure),
                _ => false,
            })
        });
    }
    eprintln!("{lane} on {engines:?}: {passed} pass, known: {known:?}");
    (passed, critical)
}

#[test]
fn the_corpus_runs_on_both_bindings_under_panic_abort() {
    if !toolchain() {
        return;
    }
    let (passed, critical) = corpus_on(Lane::RUSTC.with_panic(Panic::Abort), &["wasmtime", "v8"]);
    assert!(passed >= 90 && !critical, "rustc/reentry: {passed} pass");
    // wasm-bindgen's: its futures defects keep 15 of them from passing today.
    let (passed, critical) = corpus_on(Lane::RUSTC_WASM_BINDGEN.with_panic(Panic::Abort), &["v8", "node26"]);
    assert!(passed >= 70, "rustc/wasm-bindgen: {passed} pass");
    assert!(critical, "profile P7's critical error shows in the corpus");
}

/// Generated programs on both panic=abort guest lanes: every divergence from
/// the model is a known defect; wasm-bindgen's panic=abort modules are exnref
/// only.
#[test]
fn generated_programs_diverge_only_by_known_defects_under_panic_abort() {
    if !toolchain() {
        return;
    }
    for (lane, engines, per_case) in [
        (Lane::RUSTC.with_panic(Panic::Abort), ["wasmtime", "v8"], 3),
        (Lane::RUSTC_WASM_BINDGEN.with_panic(Panic::Abort), ["v8", "node26"], 2),
    ] {
        let mut h = harness(&engines, lane);
        let cfg = lane.gen_config(GenConfig::default());
        let (mut runs, mut run_cases) = (0, 0);
        for i in 0..600 {
            let r = h.check(case_program(0xab0, i, &cfg));
            assert!(r.passed(), "{lane} case {i}:\n{}\n{}", text::print(&r.program), r.verdicts[0]);
            runs += r.runs.len();
            run_cases += usize::from(r.unsupported.is_none());
        }
        // Every case the lane runs, on every engine in every encoding it has.
        assert_eq!(runs, run_cases * per_case, "{lane}");
        assert!(run_cases >= 550, "{lane}: {run_cases} of 600 cases run");
    }
}
