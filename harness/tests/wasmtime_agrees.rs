//! wasmtime (with the Rust glue) agrees with the model on generated programs,
//! and every seeded bug it can carry is caught.

use reentry::campaign::Harness;
use reentry::engine::EngineOptions;
use reentry::mutant::Mutant;
use reentry::program::gen::{case_program, GenConfig};

fn harness(mutant: Option<Mutant>) -> Harness {
    Harness::new(&["wasmtime".to_string()], &EngineOptions::default(), mutant).unwrap()
}

#[test]
fn generated_programs_match_the_model() {
    let mut h = harness(None);
    let cfg = GenConfig::default();
    for i in 0..600 {
        let r = h.check(case_program(99, i, &cfg));
        assert!(r.passed(), "case {i}:\n{}\n{}", reentry::text::print(&r.program), r.verdicts[0]);
    }
}

#[test]
fn every_compiler_and_rust_glue_mutant_is_detected() {
    let cfg = GenConfig::default();
    for m in Mutant::ALL {
        let mut h = harness(Some(m));
        let found = (0..2000).find(|i| !h.check(case_program(1, *i, &cfg)).passed());
        assert!(found.is_some(), "mutant {} survived 2000 cases", m.name());
    }
}

mod common;

#[test]
fn a_hanging_case_times_out_and_the_engine_goes_on() {
    use reentry::compile::{self, Encoding};
    use reentry::engine::{wasmtime::WasmtimeEngine, Case, Engine, EngineError};
    use reentry::program::Program;
    use std::sync::Arc;
    use std::time::{Duration, Instant};
    let timeout = Duration::from_millis(300);
    let mut e = WasmtimeEngine::new(&EngineOptions { timeout, ..Default::default() }).unwrap();
    let program = Arc::new(Program::minimal());
    let wasm = common::hanging_module();
    let plan_json = reentry::plan::plan_json(&program, None);
    let case = |wasm: &[u8]| -> Result<reentry::trace::Trace, EngineError> {
        let c = Case {
            program: &program,
            encoding: Encoding::Exnref,
            wasm,
            module_key: compile::module_key(wasm),
            plan_json: &plan_json,
            mutant: None,
        };
        e.run(&c)
    };
    let mut case = case;
    for _ in 0..2 {
        let t = Instant::now();
        assert_eq!(case(&wasm), Err(EngineError::Timeout(timeout)));
        assert!(t.elapsed() < timeout * 10, "took {:?}", t.elapsed());
        let good = compile::compile(&program, Encoding::Exnref, Default::default());
        assert_eq!(case(&good).unwrap(), reentry::model::run(&program).unwrap());
    }
}

#[test]
fn parallel_jobs_share_one_campaign() {
    use reentry::campaign::fuzz::{fuzz_jobs, FuzzConfig};
    use std::time::Duration;
    for (mutant, expect_failures) in [(None, false), (Some(Mutant::PadSkipsDrop), true)] {
        let dir = std::env::temp_dir().join(format!("reentry-jobs-{}-{}", std::process::id(), expect_failures));
        let _ = std::fs::remove_dir_all(&dir);
        let cfg = FuzzConfig {
            seed: 11,
            time: Duration::from_secs(120),
            max_cases: Some(200),
            findings: dir.clone(),
            per_signature: 1,
            reduce: false,
            gen: GenConfig::default(),
        };
        let make = || Harness::new(&["wasmtime".to_string()], &EngineOptions::default(), mutant);
        let (summary, timings) = fuzz_jobs(&make, vec!["wasmtime".into()], mutant, 2, &cfg, &|_| ());
        assert_eq!(summary.cases, 200, "every case runs exactly once across the jobs");
        assert_eq!(timings.cases, 200);
        assert!(summary.write_errors.is_empty(), "{:?}", summary.write_errors);
        assert_eq!(!summary.signatures.is_empty(), expect_failures);
        // One finding per signature however many jobs hit it.
        assert_eq!(summary.findings.len(), summary.signatures.len());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
