//! Every seeded bug (`reentry mutants`) is caught on real engines: compiler
//! and Rust-glue mutants on wasmtime, every mutant on wasmtime and V8 within
//! 30 s under the property it is pinned to (`oracle::mutants::reported_as`),
//! and the JS glue implements every glue mutant exactly as the Rust glue does.

use crate::common::*;

use reentry::case::Harness;
use reentry::compile::Encoding;
use reentry::engine::v8::V8Engine;
use reentry::engine::wasmtime::WasmtimeEngine;
use reentry::engine::EngineOptions;
use reentry::guest::Lane;
use reentry::mutant::Mutant;
use reentry::oracle::{mutants::reported_as, Verdict};
use reentry::program::gen::{case_program, GenConfig};
use reentry::program::Program;
use reentry::{model, text};
use std::time::Instant;

/// The generated lane built with the mutant's panic strategy (its code
/// exists under that one only), or under panic=unwind.
fn lane_of(m: Mutant) -> Lane {
    Lane::GENERATED.with_panic(m.panic().unwrap_or_default())
}

#[test]
fn every_compiler_and_rust_glue_mutant_is_detected() {
    let cfg = GenConfig::default();
    // Task mutants live in the task entry points, which wasmtime has on no
    // lane that runs generated modules (a declared fact): V8's below.
    for m in Mutant::ALL.into_iter().filter(|m| !m.in_tasks()) {
        let mut h = Harness::for_lane(&["wasmtime".to_string()], &EngineOptions::default(), Some(m), lane_of(m)).unwrap();
        let found = (0..2000).find(|i| !h.check(case_program(1, *i, &cfg)).passed());
        assert!(found.is_some(), "mutant {} survived 2000 cases", m.name());
    }
}

/// A campaign against each mutant on wasmtime and V8 (both encodings) finds
/// it within a budget of generated cases, and its first finding names the
/// pinned property. The budget is cases, not seconds (seed 1 is
/// deterministic, so the same case finds it on every machine and under any
/// load); the slowest mutant (aborting-closure-unwinds) takes 1153 today, the
/// budget leaves over 4x room for generator changes. Stops at the first finding per mutant.
#[test]
fn every_mutant_is_found_within_the_case_budget_under_its_pinned_property() {
    const BUDGET: u64 = 5_000;
    let cfg = GenConfig::default();
    let names = ["wasmtime".to_string(), "v8".to_string()];
    let mut report = Vec::new();
    for m in Mutant::ALL {
        let mut h = Harness::for_lane(&names, &EngineOptions::default(), Some(m), lane_of(m)).unwrap();
        let start = Instant::now();
        let first = (0..BUDGET)
            .find_map(|i| h.check(case_program(1, i, &cfg)).verdicts.first().cloned().map(|v| (i, v)));
        let Some((i, first)) = first else { panic!("mutant {} not found within {BUDGET} cases", m.name()) };
        let Verdict::Mismatch(found) = &first else { panic!("mutant {}: {first}", m.name()) };
        assert_eq!(found.property, reported_as(m), "mutant {} (case {i}) reported as:\n{first}", m.name());
        report.push(format!("{:<34} case {i:>4} {:>8.3}s {}", m.name(), start.elapsed().as_secs_f64(), first.label()));
    }
    eprintln!("{}", report.join("\n"));
}

/// Every glue mutant shows on some program, and v8 and wasmtime implement it
/// identically (same trace under the mutant on every program without tasks;
/// wasmtime runs no tasks on the generated lane, so a task mutant shows on
/// V8 alone).
#[test]
fn glue_mutants_are_detected_and_match_wasmtime() {
    let programs: Vec<Program> = corpus_programs().into_iter().chain(generated(0x5eed, 400)).collect();
    let mut v8e = V8Engine::new(&EngineOptions::default()).unwrap();
    let mut wt = WasmtimeEngine::new(&EngineOptions::default()).unwrap();
    for m in Mutant::ALL.into_iter().filter(|m| !m.in_compiler()) {
        let mut detected = 0;
        for p in &programs {
            let expected = model::run(p).unwrap();
            let a = run(&mut v8e, p, Encoding::Exnref, Some(m)).unwrap();
            if !p.has_async() {
                let b = run(&mut wt, p, Encoding::Exnref, Some(m)).unwrap();
                assert_eq!(a, b, "mutant {} differs between v8 and wasmtime on\n{}", m.name(), text::print(p));
                assert!(a == expected || !m.in_tasks(), "task mutant {} changes\n{}", m.name(), text::print(p));
            }
            if a != expected {
                detected += 1;
            }
        }
        assert!(detected > 0, "mutant {} not detected on v8", m.name());
    }
}
