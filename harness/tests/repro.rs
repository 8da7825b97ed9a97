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

/// node 26 (both encodings, JSPI): the engine the committed repros are checked on.
fn node26() -> Option<String> {
    let p = crate::common::repo().join("engines/node_modules/node26/bin/node");
    if !p.exists() {
        assert!(!crate::common::under_ci(), "node26 is missing under CI");
        eprintln!("SKIP: no node26 (scripts/install-engines.sh)");
        return None;
    }
    Some(p.to_str().unwrap().to_string())
}

/// Run `repro.mjs` in `dir` with `args`: its exit code and output.
fn run_in(node: &str, dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(node).arg("repro.mjs").args(args).current_dir(dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}

/// Every committed repro reproduces as committed: exit 1, with a trace
/// that shows where it departs (a `FAIL at event` line, or a task left
/// pending), and no event the runner cannot name. Where a finding against
/// a real project has fixed artifacts (`fixed/`, corpus/regressions/README.md),
/// its repro passes against them: exit 0. A JavaScriptCore defect's repro
/// reproduces with the jsc shell (exit 3, the shell's only failing status)
/// and passes on node, which is where it is not.
#[test]
fn committed_repros_fail_as_committed_and_pass_against_their_fix() {
    let Some(node) = node26() else { return };
    let root = crate::common::repo().join("corpus/regressions");
    let mut dirs: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|d| d.join("repro.mjs").exists()).collect();
    dirs.sort();
    assert!(dirs.len() >= 8, "{} repros", dirs.len());
    let mut unfixed = Vec::new();
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        if reentry::engine::firefox::DEFECTS.iter().any(|d| d.defect.id == name) {
            spidermonkey_repro(&node, dir, &name);
            unfixed.push(name);
            continue;
        }
        if reentry::engine::jsc::DEFECTS.iter().any(|d| d.defect.id == name) {
            let (code, out) = run_in(&node, dir, &[]);
            assert_eq!(code, Some(0), "{name}: node has no JavaScriptCore defect (exit 0):\n{out}");
            if crate::common::available_engines(|r| r.name == "jsc").is_empty() {
                continue;
            }
            let (code, out) = run_in("jsc", dir, &[]);
            assert_eq!(code, Some(3), "{name}: as committed it must reproduce on jsc (exit 3):\n{out}");
            assert!(out.contains("FAIL"), "{name}: no FAIL line:\n{out}");
            unfixed.push(name);
            continue;
        }
        let (code, out) = run_in(&node, dir, &[]);
        assert_eq!(code, Some(1), "{name}: as committed it must reproduce (exit 1):\n{out}");
        assert!(out.contains("FAIL"), "{name}: no FAIL line:\n{out}");
        assert!(!out.contains("?event") && !out.contains("<no trace"), "{name}: a trace the runner cannot show:\n{out}");
        if dir.join("fixed").is_dir() {
            let (code, out) = run_in(&node, dir, &["--fixed"]);
            assert_eq!(code, Some(0), "{name}: against its fixed artifacts it must pass (exit 0):\n{out}");
        } else {
            unfixed.push(name);
        }
    }
    eprintln!("no fixed artifacts yet (corpus/regressions/README.md): {}", unfixed.join(", "));
}

/// A SpiderMonkey defect's repro passes on node, where it is not, and its
/// `repro.sh` (the page in Firefox alone) exits 1 with a FAIL line.
fn spidermonkey_repro(node: &str, dir: &std::path::Path, name: &str) {
    let (code, out) = run_in(node, dir, &[]);
    assert_eq!(code, Some(0), "{name}: node has no SpiderMonkey defect (exit 0):\n{out}");
    if crate::common::available_engines(|r| r.name == "firefox").is_empty() {
        return;
    }
    let out = Command::new("sh").arg("repro.sh").current_dir(dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{name}: as committed it must reproduce in Firefox (exit 1):\n{text}");
    assert!(text.lines().any(|l| l == "FAIL"), "{name}: no FAIL line:\n{text}");
}

/// A fresh repro of a seeded bug exits 1 with the bug and 0 without it, on
/// each lane reentry's glue runs, for programs with tasks, closures, driver
/// invokes and resets.
#[test]
fn fresh_repros_fail_with_the_bug_and_pass_without_it() {
    let Some(node) = node26() else { return };
    let guest = reentry::guest::build::toolchain().is_ok();
    assert!(guest || !crate::common::under_ci(), "the real lane's toolchain is missing under CI");
    let cases: &[(Lane, &str, Mutant)] = &[
        // A task awaits while its sibling aborts the instance.
        (Lane::GENERATED, "async export e0 { guard 1 await add_state 1 } async export e1 { abort unreachable } driver { spawn e0 spawn e1 resolve t0 }", Mutant::RejectionNeverSettled),
        // An aborting closure invoked by the driver, then a reset.
        (Lane::GENERATED, "export e0 { closure e1 aborting } export e1 { guard 1 panic 3 } driver { call e0 invoke e1 reset call e0 }", Mutant::AbortingClosureUnwinds),
        // A panic's payload through a host frame.
        (Lane::GENERATED, "export e0 { call h0 } export e1 { panic 4 } import h0 { try { call e1 } catch swallow } driver { call e0 }", Mutant::GlueLosesPayload),
        (Lane::GENERATED, "export e0 { guard 1 panic 3 } driver { call e0 }", Mutant::PadLosesPayload),
        (Lane::RUSTC, "async export e0 { guard 1 await add_state 1 } async export e1 { abort unreachable } driver { spawn e0 spawn e1 resolve t0 }", Mutant::RejectionNeverSettled),
        (Lane::RUSTC, "export e0 { closure e1 } export e1 { abort unreachable } driver { call e0 invoke e1 reset call e0 }", Mutant::HookNever),
        (Lane::RUSTC, "export e0 { call h0 } export e1 { panic 4 } import h0 { try { call e1 } catch swallow } driver { call e0 }", Mutant::GlueLosesPayload),
    ];
    for (lane, src, m) in cases {
        if lane.is_guest() && !guest {
            continue;
        }
        let p: Program = text::parse(src).unwrap();
        let (ok, out) = run_with(&node, &repro::render_program("bug", &p, *lane, Some(*m), None).unwrap());
        assert!(!ok && out.contains("FAIL at event"), "{lane} {}: with the bug it must fail:\n{out}", m.name());
        let (ok, out) = run_with(&node, &repro::render_program("fixed", &p, *lane, None, None).unwrap());
        assert!(ok && out.trim_end().ends_with("PASS"), "{lane} {}: without the bug it must pass:\n{out}", m.name());
    }
}

/// On the wasm-bindgen lane a repro runs against other artifacts with
/// `--fixed DIR`: the same glue passes, a broken glue fails, a missing one
/// is exit 2; and a fresh repro of F9 (a closure invoked by the driver after
/// a reset its guard performs) reproduces.
#[test]
fn wasm_bindgen_repros_run_against_fixed_artifacts() {
    if reentry::guest::build::toolchain().is_err() || reentry::guest::build::wasm_bindgen_cli().is_err() {
        assert!(!crate::common::under_ci(), "the real lane's toolchain or the wasm-bindgen CLI is missing under CI");
        return;
    }
    let Some(node) = node26() else { return };
    let dir = std::env::temp_dir().join(format!("reentry-fixed-{}", std::process::id()));
    let write_fixed = |js: &dyn Fn(&str) -> String| {
        for enc in reentry::compile::Encoding::ALL {
            let b = reentry::guest::build::bindgen_module(reentry::guest::wbg::Wbg::PINNED, reentry::guest::build::Flavor::Unwind(enc)).unwrap();
            let d = dir.join("fixed").join(enc.name());
            std::fs::create_dir_all(&d).unwrap();
            std::fs::write(d.join("guest.js"), js(&b.js)).unwrap();
            std::fs::write(d.join("guest_bg.wasm"), &b.wasm).unwrap();
        }
    };
    let corpus = |name: &str| text::parse(&std::fs::read_to_string(crate::common::repo().join("corpus").join(name)).unwrap()).unwrap();
    std::fs::create_dir_all(&dir).unwrap();
    // P1 is profile, not a bug: passes embedded and against the same artifacts.
    let p: Program = corpus("hook_once_across_export_boundaries.reentry");
    std::fs::write(dir.join("repro.mjs"), repro::render_program("p1", &p, Lane::RUSTC_WASM_BINDGEN, None, None).unwrap()).unwrap();
    assert_eq!(run_in(&node, &dir, &["--fixed"]).0, Some(2), "no fixed/ yet: exit 2");
    write_fixed(&|js| js.to_string());
    let (code, out) = run_in(&node, &dir, &["--fixed"]);
    assert!(code == Some(0) && out.contains("running the fixed glue and wasm from"), "{out}");
    // The artifacts are really the ones run: a glue that throws fails.
    write_fixed(&|js| format!("throw new Error('not this glue');\n{js}"));
    let (code, out) = run_in(&node, &dir, &["--fixed"]);
    assert!(code == Some(1) && out.contains("not this glue"), "{out}");
    let (code, out) = run_in(&node, &dir, &[]);
    assert_eq!(code, Some(0), "embedded artifacts still pass:\n{out}");
    // F9, fresh: the driver invokes a closure made before the reset its guard performs.
    let f9 = "export e0 { closure e1 reinit } export e1 { guard 1 add_state 5 } driver { call e0 invoke e1 call e1 }";
    std::fs::write(dir.join("repro.mjs"), repro::render_program("f9", &text::parse(f9).unwrap(), Lane::RUSTC_WASM_BINDGEN, None, None).unwrap()).unwrap();
    let (code, out) = run_in(&node, &dir, &[]);
    assert!(code == Some(1) && out.contains("FAIL at event"), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every write-up of a JavaScriptCore defect (corpus/regressions/jsc-*/)
/// carries a `repro.js` for the jsc shell alone: it fails there (the shell's
/// status for an uncaught exception is 3, with a FAIL line) on the release
/// installed, and passes on node 26.
#[test]
fn jsc_write_ups_fail_on_jsc_and_pass_on_node() {
    let Some(node) = node26() else { return };
    // The engine `jsc` is the shell on PATH.
    if crate::common::available_engines(|r| r.name == "jsc").is_empty() {
        return;
    }
    let root = crate::common::repo().join("corpus/regressions");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|d| d.file_name().unwrap().to_string_lossy().starts_with("jsc-") && d.join("repro.js").is_file())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 3, "{dirs:?}");
    for dir in &dirs {
        let on = |exe: &str| Command::new(exe).arg("repro.js").current_dir(dir).output().unwrap();
        let (bug, fixed) = (on("jsc"), on(&node));
        let said = String::from_utf8_lossy(&bug.stdout).to_string() + &String::from_utf8_lossy(&bug.stderr);
        assert_eq!(bug.status.code(), Some(3), "{}: jsc must fail:\n{said}", dir.display());
        assert!(said.contains("FAIL"), "{}: no FAIL line:\n{said}", dir.display());
        assert_eq!(fixed.status.code(), Some(0), "{}: node26 must pass:\n{}", dir.display(), String::from_utf8_lossy(&fixed.stdout));
    }
}
