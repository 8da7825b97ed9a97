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
