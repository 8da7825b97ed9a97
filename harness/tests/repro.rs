//! The standalone repro runs under node (the system node, V8 11.3, legacy
//! encoding only; node 26 for both) and prints the same trace text as
//! reentry, then PASS or FAIL — on the generated lane and on the
//! wasm-bindgen lane, where it runs wasm-bindgen's own glue.


use reentry::guest::Lane;
use reentry::mutant::Mutant;
use reentry::program::Program;
use reentry::{model, repro, text};
use std::process::Command;

fn node() -> Option<&'static str> {
    let found = Command::new("node").arg("--version").output().ok().filter(|o| o.status.success()).map(|_| "node");
    assert!(found.is_some() || !crate::common::under_ci(), "no node on PATH under CI");
    found
}

fn run(js: &str) -> (bool, String) {
    run_with(node().unwrap(), js)
}

fn run_with(node: &str, js: &str) -> (bool, String) {
    let dir = std::env::temp_dir().join(format!("reentry-repro-{}-{:x}", std::process::id(), reentry::compile::module_key(js.as_bytes())));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("repro.mjs");
    std::fs::write(&file, js).unwrap();
    let out = Command::new(node).arg(&file).output().unwrap();
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
    let (ok, out) = run(&repro::render_program("test", &p, Lane::GENERATED, None, None).unwrap());
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
    for m in [Mutant::NoTerminatedCheckAfterReturn, Mutant::HookNever] {
        let (ok, out) = run(&repro::render_program("test", &p, Lane::GENERATED, Some(m), None).unwrap());
        assert!(!ok, "{} should fail:\n{out}", m.name());
        assert!(out.contains("FAIL at event"), "{out}");
    }
}

/// On the wasm-bindgen lane the repro embeds wasm-bindgen's generated glue
/// and predicts the trace under its profile: a program the profile explains
/// passes in both encodings; finding F1 (legacy only) fails there.
#[test]
fn wasm_bindgen_repros_run_the_real_glue_with_node_alone() {
    if reentry::guest::build::toolchain().is_err() || reentry::guest::build::wasm_bindgen_cli().is_err() {
        assert!(!crate::common::under_ci(), "the real lane's toolchain or the wasm-bindgen CLI is missing under CI");
        eprintln!("SKIP: no toolchain or wasm-bindgen CLI");
        return;
    }
    let node26 = crate::common::repo().join("engines/node_modules/node26/bin/node");
    if !node26.exists() {
        assert!(!crate::common::under_ci(), "node26 is missing under CI");
        return;
    }
    let node26 = node26.to_str().unwrap();
    let corpus = |name: &str| text::parse(&std::fs::read_to_string(crate::common::repo().join("corpus").join(name)).unwrap()).unwrap();
    // P1: the hook fires at every boundary the trap crosses.
    let p = corpus("hook_once_across_export_boundaries.reentry");
    let (ok, out) = run_with(node26, &repro::render_program("p1", &p, Lane::RUSTC_WASM_BINDGEN, None, None).unwrap());
    assert!(ok && out.contains("exnref: PASS") && out.contains("legacy: PASS"), "{out}");
    // F1: on legacy an old instance's landing pad runs after the abort.
    let p = corpus("trap_aborts_two_instances.reentry");
    let (ok, out) = run_with(node26, &repro::render_program("f1", &p, Lane::RUSTC_WASM_BINDGEN, None, None).unwrap());
    assert!(!ok && out.contains("exnref: PASS") && out.contains("legacy: FAIL"), "{out}");
    assert_ne!(model::run(&p).unwrap(), model::run_with(&p, reentry::guest::profile::for_lane(Lane::RUSTC_WASM_BINDGEN, reentry::compile::Encoding::Exnref)).unwrap());
}
