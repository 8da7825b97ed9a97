//! Every seeded bug (`reentry mutants`) is caught on real engines: compiler
//! and Rust-glue mutants on wasmtime, and the JS glue implements every glue
//! mutant exactly as the Rust glue does.

mod common;
use common::*;

use reentry::case::Harness;
use reentry::compile::Encoding;
use reentry::engine::v8::V8Engine;
use reentry::engine::wasmtime::WasmtimeEngine;
use reentry::engine::EngineOptions;
use reentry::mutant::Mutant;
use reentry::program::gen::{case_program, GenConfig};
use reentry::program::Program;
use reentry::{model, text};

#[test]
fn every_compiler_and_rust_glue_mutant_is_detected() {
    let cfg = GenConfig::default();
    for m in Mutant::ALL {
        let mut h = Harness::new(&["wasmtime".to_string()], &EngineOptions::default(), Some(m)).unwrap();
        let found = (0..2000).find(|i| !h.check(case_program(1, *i, &cfg)).passed());
        assert!(found.is_some(), "mutant {} survived 2000 cases", m.name());
    }
}

/// Every glue mutant shows on some program, and v8 and wasmtime implement it
/// identically (same trace under the mutant on every program tried).
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
            let b = run(&mut wt, p, Encoding::Exnref, Some(m)).unwrap();
            assert_eq!(a, b, "mutant {} differs between v8 and wasmtime on\n{}", m.name(), text::print(p));
            if a != expected {
                detected += 1;
            }
        }
        assert!(detected > 0, "mutant {} not detected on v8", m.name());
    }
}
