//! The real lane: the rustc guest (`engines/guest`, binding reentry) on every
//! engine that runs it, against the model. It needs Debian's rustc 1.96
//! (`scripts/install-toolchain.sh`); without it a test prints SKIP, and
//! under CI it fails.

use crate::common::*;

use reentry::case::Harness;
use reentry::corpus::{self, Status};
use reentry::engine::{self, EngineOptions};
use reentry::guest::{self, build, known, Binding, Lane};
use reentry::mutant::Mutant;
use reentry::oracle::{mutants::reported_as, Verdict};
use reentry::program::gen::{case_program, GenConfig};
use reentry::program::{visit_wasm, AbortKind, DropBehavior, Program, WasmStep};
use reentry::text;

/// Whether the real lane's toolchain is here (a failure under CI).
fn toolchain() -> bool {
    match build::toolchain() {
        Ok(_) => true,
        Err(e) if under_ci() => panic!("the real lane's toolchain is missing under CI: {e:#}"),
        Err(e) => {
            eprintln!("SKIP: {e:#}");
            false
        }
    }
}

/// Whether a program has a destructor that panics (what the known rustc
/// 1.96 defect needs).
fn has_panicking_drop(p: &Program) -> bool {
    p.exports.iter().any(|e| {
        let mut found = false;
        visit_wasm(&e.body, &mut |s| found |= matches!(s, WasmStep::Guard { drop: DropBehavior::Panics(_), .. }));
        found
    })
}

fn has_stack_overflow(p: &Program) -> bool {
    p.exports.iter().any(|e| {
        let mut found = false;
        visit_wasm(&e.body, &mut |s| found |= matches!(s, WasmStep::Abort(AbortKind::StackOverflow)));
        found
    })
}

#[test]
fn the_corpus_runs_on_the_real_guest_on_every_engine_that_runs_it() {
    if !toolchain() {
        return;
    }
    let files = corpus::files(&[repo().join("corpus")]).unwrap();
    for name in available_engines(|r| r.lanes.contains(&Lane::RUSTC) && !r.compat_only()) {
        let mut h = Harness::for_lane(&[name.to_string()], &EngineOptions::default(), None, Lane::RUSTC).unwrap();
        let (mut passed, mut known, mut unsupported, mut tasks, mut closures, mut closures_known, mut overflow_known) = (0, 0, 0, 0, 0, 0, 0);
        for file in &files {
            let (status, result) = corpus::check(&mut h, file, true);
            match status {
                Status::Pass => {
                    passed += 1;
                    let p = &result.expect("a result").program;
                    tasks += usize::from(p.has_async());
                    closures += usize::from(p.uses_closures());
                }
                Status::Known(ids) => {
                    // Only where the defect can be: rustc's, a destructor
                    // panicking; JavaScriptCore's IPInt one, an aborting
                    // closure; SpiderMonkey's, a stack overflow.
                    let p = &result.expect("a result").program;
                    let jsc_ipint = ids.iter().all(|id| *id == "jsc-2.50-ipint-try-misses-call-indirect") && p.uses_closures();
                    let sm_overflow = ids.iter().all(|id| *id == "spidermonkey-153-rethrown-overflow-is-catchable") && has_stack_overflow(p);
                    assert!(has_panicking_drop(p) || jsc_ipint || sm_overflow, "{name}: {} known {ids:?} without a panicking drop", file.display());
                    known += 1;
                    closures_known += usize::from(jsc_ipint);
                    overflow_known += usize::from(sm_overflow);
                }
                // Only a step a lane fact of the rustc guest rules out (a
                // host `throw panic`).
                Status::Unsupported(id) => {
                    let fact = guest::LANE_FACTS.iter().find(|f| f.id == id);
                    assert!(fact.is_some_and(|f| f.binding.is_none()), "{name}: {} ({id})", file.display());
                    unsupported += 1;
                }
                Status::Fail(problems) => panic!("{name} on {}:\n{}", file.display(), problems.join("\n")),
            }
        }
        eprintln!(
            "{name}: {passed} corpus programs pass on the real guest, {known} hit a known defect, {unsupported} not run (lane fact)"
        );
        // 10 hit rustc's missing terminate pad (measured on wasmtime and v8: every
        // one a destructor that panics while unwinding, asserted above), two of
        // them the regressions reduced from stop 32's quickstart JSPI findings.
        assert!(passed >= files.len() - 10 - unsupported - closures_known - overflow_known, "{name}: only {passed} of {} pass", files.len());
        // The guest's futures run on every engine of the lane (no JSPI needed).
        assert!(tasks >= 12, "{name}: only {tasks} programs with tasks pass on the real guest");
        // So do its closures, both kinds, with their real edges.
        assert!(closures + closures_known >= 10, "{name}: only {closures} programs with closures pass on the real guest");
    }
}

#[test]
fn generated_programs_match_the_model_on_the_real_guest() {
    if !toolchain() {
        return;
    }
    let names = ["wasmtime".to_string(), "v8".to_string()];
    let mut h = Harness::for_lane(&names, &EngineOptions::default(), None, Lane::RUSTC).unwrap();
    let cfg = Lane::RUSTC.gen_config(GenConfig::default());
    let mut runs = 0;
    for i in 0..600 {
        let r = h.check(case_program(0x6e57, i, &cfg));
        assert!(r.passed(), "case {i}:\n{}\n{}", text::print(&r.program), r.verdicts[0]);
        runs += r.runs.len();
    }
    assert_eq!(runs, 600 * 3, "wasmtime/exnref, v8/exnref, v8/legacy");
}

/// Every seeded bug that exists on the real lane (the glue's, and the
/// binding's import wrapper's) is caught there, under its pinned property.
#[test]
fn every_mutant_of_the_real_lane_is_detected() {
    if !toolchain() {
        return;
    }
    let cfg = Lane::RUSTC.gen_config(GenConfig::default());
    let names = ["wasmtime".to_string(), "v8".to_string()];
    let applies: Vec<Mutant> = Mutant::ALL.into_iter().filter(|m| Lane::RUSTC.has_mutant(*m)).collect();
    assert!(applies.len() >= 12, "{applies:?}");
    // The panic=abort guest's own: its import wrapper's (the glue's are the same glue).
    let abort = Lane::RUSTC.with_panic(reentry::guest::Panic::Abort);
    let abort_only: Vec<Mutant> = Mutant::ALL.into_iter().filter(|m| abort.has_mutant(*m) && m.panic().is_some()).collect();
    assert_eq!(abort_only, [Mutant::AbortLaneImportRethrows]);
    let runs = applies.into_iter().map(|m| (m, Lane::RUSTC)).chain(abort_only.into_iter().map(|m| (m, abort)));
    for (m, lane) in runs {
        let mut h = Harness::for_lane(&names, &EngineOptions::default(), Some(m), lane).unwrap();
        let found = (0..3000).find_map(|i| h.check(case_program(1, i, &cfg)).verdicts.first().cloned());
        let Some(Verdict::Mismatch(v)) = found else { panic!("mutant {} survived 3000 cases on the real guest ({lane})", m.name()) };
        assert_eq!(v.property, reported_as(m), "mutant {} on the real guest ({lane}):\n{}", m.name(), v.message);
    }
}

/// The rustc 1.96 defect is still there (when the toolchain moves on, this
/// says so, and the regression entry is to be updated).
#[test]
fn the_known_rustc_defect_reproduces_on_its_toolchain() {
    if !toolchain() {
        return;
    }
    let rustc = build::toolchain().unwrap().rustc_version().to_string();
    let defect = &known::KNOWN[0];
    let file = repo().join("corpus/regressions").join(format!("{}.reentry", defect.id));
    let mut h = Harness::for_lane(&["wasmtime".to_string(), "v8".to_string()], &EngineOptions::default(), None, Lane::RUSTC).unwrap();
    let (status, _) = corpus::check(&mut h, &file, true);
    if defect.rustc.iter().any(|v| rustc.starts_with(v)) {
        assert!(matches!(status, Status::Known(ref ids) if ids == &[defect.id]), "{rustc}: expected the known defect");
    } else {
        assert!(matches!(status, Status::Pass), "{rustc} is not a known-defect toolchain, so the program must pass");
    }
}

#[test]
fn guest_modules_are_cached_by_a_key_of_sources_flags_and_toolchain() {
    if !toolchain() {
        return;
    }
    let tc = build::toolchain().unwrap();
    use reentry::compile::Encoding;
    use reentry::guest::build::Flavor;
    use reentry::guest::wbg::Wbg;
    let key = |b, w, f| build::key(b, w, f, &tc).unwrap();
    let exnref = Flavor::Unwind(Encoding::Exnref);
    let a = key(Binding::Reentry, Wbg::PINNED, exnref);
    assert_ne!(a, key(Binding::Reentry, Wbg::PINNED, Flavor::Unwind(Encoding::Legacy)));
    assert_eq!(a, key(Binding::Reentry, Wbg::PINNED, exnref));
    let wbg = key(Binding::WasmBindgen, Wbg::PINNED, exnref);
    assert_ne!(a, wbg, "the binding's features are in the key");
    assert_ne!(a, key(Binding::Reentry, Wbg::PINNED, Flavor::Abort), "the panic strategy is in the key");
    assert_ne!(wbg, key(Binding::WasmBindgen, Wbg::release("0.2.125".parse().unwrap()), exnref), "so is the wasm-bindgen release");
    let m1 = guest::module(Lane::RUSTC, Encoding::Exnref, None).unwrap();
    let m2 = guest::module(Lane::RUSTC, Encoding::Exnref, None).unwrap();
    assert_eq!(m1.key, m2.key);
    // The binding's own mutant changes the module; a glue mutant does not.
    let mutated = guest::module(Lane::RUSTC, Encoding::Exnref, Some(Mutant::NoTerminatedCheckAfterReturn)).unwrap();
    assert_ne!(m1.key, mutated.key);
    let glue = guest::module(Lane::RUSTC, Encoding::Exnref, Some(Mutant::HookNever)).unwrap();
    assert_eq!(m1.key, glue.key);
    assert!(engine::check_lane("wasmtime", Lane::RUSTC_WASM_BINDGEN).unwrap_err().to_string().contains("it runs: generated, rustc/reentry"));
    // wasm-bindgen's panic=abort lane is exnref only: node 20 (legacy only) cannot run it.
    let wbg_abort = Lane::RUSTC_WASM_BINDGEN.with_panic(reentry::guest::Panic::Abort);
    assert!(engine::check_lane("node20", wbg_abort).unwrap_err().to_string().contains("exnref only"));
    assert!(guest::module(wbg_abort, Encoding::Legacy, None).is_err());
}
