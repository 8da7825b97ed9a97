//! The standalone repro runs under node (the system node, V8 11.3, legacy
//! encoding only) and prints the same trace text as reentry, then PASS or FAIL.

use reentry::guest::Lane;
use reentry::mutant::Mutant;
use reentry::program::Program;
use reentry::{model, repro, text};
use std::process::Command;

fn node() -> Option<&'static str> {
    Command::new("node").arg("--version").output().ok().filter(|o| o.status.success()).map(|_| "node")
}

fn run(js: &str) -> (bool, String) {
    let dir = std::env::temp_dir().join(format!("reentry-repro-{}-{:x}", std::process::id(), reentry::compile::module_key(js.as_bytes())));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("repro.mjs");
    std::fs::write(&file, js).unwrap();
    let out = Command::new(node().unwrap()).arg(&file).output().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).to_string())
}

const SWALLOWED_TERMINATE: &str = "export e0 { guard 1 call h0 add_state 1 } import h0 { terminate } driver { call e0 read_state }";

#[test]
fn repro_passes_on_correct_code_and_prints_the_model_trace() {
    if node().is_none() {
        eprintln!("skipped: no node on PATH");
        return;
    }
    let p: Program = text::parse(SWALLOWED_TERMINATE).unwrap();
    let expected = model::run(&p).unwrap();
    let (ok, out) = run(&repro::render_program("test", &p, Lane::GENERATED, &expected, None, None).unwrap());
    assert!(ok, "{out}");
    assert!(out.trim_end().ends_with("PASS"), "{out}");
    // The runner's event text is reentry's.
    assert!(out.contains(&expected.to_string()), "{out}\n--- expected ---\n{expected}");
}

#[test]
fn repro_fails_with_a_seeded_bug_in_the_module_or_the_glue() {
    if node().is_none() {
        eprintln!("skipped: no node on PATH");
        return;
    }
    let p: Program = text::parse(SWALLOWED_TERMINATE).unwrap();
    let expected = model::run(&p).unwrap();
    for m in [Mutant::NoTerminatedCheckAfterReturn, Mutant::HookNever] {
        let (ok, out) = run(&repro::render_program("test", &p, Lane::GENERATED, &expected, Some(m), None).unwrap());
        assert!(!ok, "{} should fail:\n{out}", m.name());
        assert!(out.contains("FAIL at event"), "{out}");
    }
}
