//! The wasm-bindgen lane: the rustc guest bound with wasm-bindgen (the real
//! CLI's JS glue, driven by `engines/wbg-host.js`) on every engine that runs
//! it (the V8 engines with `--target nodejs` glue; jsc, Firefox and Chromium
//! with `--target web` glue), against the model under the wasm-bindgen profile (`guest::profile`). Every
//! divergence must be a known defect of wasm-bindgen 0.2.130 or of rustc
//! 1.96 (`corpus/regressions/`). Needs Debian's rustc 1.96 and the CLI
//! (`scripts/setup.sh`); without them a test prints SKIP, under CI it fails.

use crate::common::*;

use reentry::case::Harness;
use reentry::compile::Encoding;
use reentry::corpus::{self, Status};
use reentry::engine::EngineOptions;
use reentry::guest::{build, known, Binding, Lane};
use reentry::program::gen::{case_program, GenConfig};
use reentry::text;
use std::collections::BTreeMap;
use std::process::Command;

/// Whether the lane's toolchain (rustc 1.96 and the wasm-bindgen CLI) is here.
pub(crate) fn toolchain() -> bool {
    let cli = || reentry::guest::wbg::cli::installed(reentry::guest::wbg::Wbg::PINNED).ok_or_else(|| anyhow::anyhow!("no wasm-bindgen {} CLI (scripts/install-wasm-bindgen.sh)", reentry::guest::wbg::PINNED));
    match build::toolchain().and_then(|_| cli()) {
        Ok(_) => true,
        Err(e) if under_ci() => panic!("the wasm-bindgen lane's toolchain is missing under CI: {e:#}"),
        Err(e) => {
            eprintln!("SKIP: {e:#}");
            false
        }
    }
}

fn harness(engines: &[&str]) -> Harness {
    let names: Vec<String> = engines.iter().map(|s| s.to_string()).collect();
    Harness::for_lane(&names, &EngineOptions::default(), None, Lane::RUSTC_WASM_BINDGEN).unwrap()
}

fn is_wasm_bindgen_defect(id: &str) -> bool {
    known::KNOWN.iter().any(|d| d.id == id && d.binding == Some(Binding::WasmBindgen))
}

#[test]
fn the_corpus_matches_the_profiled_model_on_every_engine_of_the_lane() {
    if !toolchain() {
        return;
    }
    let files = corpus::files(&[repo().join("corpus")]).unwrap();
    let engines = available_engines(|r| r.lanes.contains(&Lane::RUSTC_WASM_BINDGEN) && !r.compat_only());
    assert!(engines.len() >= 5, "v8, node26/24/22 and deno run the lane: {engines:?}");
    for web in ["jsc", "firefox", "chromium"] {
        assert_eq!(reentry::engine::facts::glue_target(web), build::GlueTarget::Web, "{web} runs the --target web glue");
    }
    for name in engines {
        let mut h = harness(&[name]);
        let (mut passed, mut unsupported, mut known) = (0, BTreeMap::<String, usize>::new(), BTreeMap::<&str, usize>::new());
        let mut closures = 0;
        for file in &files {
            let (status, result) = corpus::check(&mut h, file, true);
            match status {
                Status::Pass => {
                    passed += 1;
                    closures += usize::from(result.expect("a result").program.uses_closures());
                }
                Status::Known(ids) => ids.into_iter().for_each(|id| *known.entry(id).or_default() += 1),
                Status::Unsupported(fact) => *unsupported.entry(fact).or_default() += 1,
                Status::Fail(problems) => panic!("{name} on {}:\n{}", file.display(), problems.join("\n")),
            }
        }
        eprintln!("{name}: {passed} corpus programs pass on the wasm-bindgen lane, known: {known:?}, not run: {unsupported:?}");
        // Only the lane's declared facts keep a program from running.
        let facts: Vec<&str> = Lane::RUSTC_WASM_BINDGEN.facts().map(|f| f.id).collect();
        assert!(unsupported.keys().all(|id| facts.contains(&id.as_str())), "{unsupported:?}");
        // Each wasm-bindgen regression entry shows its own defect; the rustc
        // defect shows in the same programs as on the reentry binding.
        for d in known::KNOWN.iter().filter(|d| d.binding == Some(Binding::WasmBindgen) && !d.jspi_only()) {
            assert!(known.contains_key(d.id), "{name}: {} did not reproduce", d.id);
        }
        assert!(known.contains_key(known::KNOWN[0].id), "{name}: the rustc defect did not show");
        let run = files.len() - unsupported.values().sum::<usize>();
        // 60 hit a known defect (v8, measured): 12 the wasm-bindgen-futures
        // hazards (task programs and their regressions, and the workers-rs
        // stranded-requests program: on this lane the refused resumption
        // is the futures hazard), 5 the rustc
        // defect, 5 F1 (legacy; one in a resumed task; one is the regression program of
        // spidermonkey-153-rethrown-overflow-runs-old-pads, whose mid-stack
        // reset under a caught overflow is F1's shape on V8), 3 F5 (its
        // regression, hook_reinit_fresh_state_stale_handle and
        // workers_rs_durable_object_constructed_again: stale after the
        // guard's reset), 8 F9 (its regression, one invoked inside an
        // old frame, one where the hook's reinit makes it, and three reduced
        // quickstart findings: the refusal caught by or aborting an old
        // frame, its panic=abort shape; two from the clean-clone quickstart:
        // two exports deep, after the old frame's pads), 1 F8, 1 F10, 6 F11
        // (its regression and five reduced findings), 9 reduced from the
        // JSPI lane's fuzz (F8-F11 shapes that are not JSPI's alone), and 5
        // from its 20,000-case runs of seeds 11, 13 and 15 (one F9, one F10,
        // three F11; the task's one also off the lane), 2 from quickstart's
        // JSPI run of seed 1796638369433093196 (F11, both also off the lane),
        // and 2 from quickstart's 2026-12-07 runs off the JSPI lane: F11
        // from the panic=abort one (seed 1796660060314635232, the shim's
        // guard performing a reinit scheduled on the hook's fresh instance)
        // and F9 from the panic=unwind one (seed 1796660001672580357, a once
        // closure after which a task on the fresh instance hangs; under
        // panic=abort the futures hazard), and 1 from a 20 s fuzz (seed
        // 1796668865721706377: F11 where a task on the hook's fresh
        // instance invokes a ScopedClosure of the aborted one, whose
        // pointers trap there). Firefox: besides, each
        // program that shows SpiderMonkey 153's rethrown overflow (2 or 3
        // from run to run: its stack depth varies, 13,000-30,000 frames).
        let spidermonkey = "spidermonkey-153-rethrown-overflow-is-catchable";
        let allowed = 60 + if name == "firefox" { known.get(spidermonkey).copied().unwrap_or(0) } else { 0 };
        assert!(passed >= run - allowed, "{name}: only {passed} of {run} pass");
        assert!(closures >= 7, "{name}: only {closures} closure programs pass on the wasm-bindgen lane");
    }
}

/// Generated programs: every divergence from the profiled model is a known
/// defect, and the lane does reach them (reentrancy with mid-stack resets).
#[test]
fn generated_programs_diverge_only_by_known_defects() {
    if !toolchain() {
        return;
    }
    let mut h = harness(&["v8", "node26"]);
    let cfg = Lane::RUSTC_WASM_BINDGEN.gen_config(GenConfig::default());
    let mut known = BTreeMap::<&str, usize>::new();
    let mut runs = 0;
    for i in 0..1500 {
        let r = h.check(case_program(0x7b9, i, &cfg));
        assert!(r.passed(), "case {i}:\n{}\n{}", text::print(&r.program), r.verdicts[0]);
        for (d, _) in &r.known {
            *known.entry(d.id).or_default() += 1;
        }
        runs += r.runs.len();
    }
    eprintln!("known defects in 1500 generated cases: {known:?}");
    assert_eq!(runs, 1500 * 4, "v8 and node26, both encodings");
    assert!(known.keys().any(|id| is_wasm_bindgen_defect(id)), "no wasm-bindgen defect reached: {known:?}");
}

/// The regression entries' own repros run with node alone and still fail
/// against wasm-bindgen 0.2.130 (when the pin moves on, this says so).
#[test]
fn the_wasm_bindgen_repros_reproduce_with_node_alone() {
    let node = node26();
    let regressions = repo().join("corpus/regressions");
    for d in known::KNOWN.iter().filter(|d| d.binding == Some(Binding::WasmBindgen)) {
        let out = Command::new(&node).arg(regressions.join(d.id).join("repro.mjs")).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains("FAIL"), "{}: the repro no longer fails:\n{stdout}", d.id);
    }
    let glue = regressions.join("wasm-bindgen-0.2.130-glue");
    for enc in Encoding::ALL {
        let out = Command::new(&node).arg("--expose-gc").arg(glue.join("repro.js")).arg(enc.name()).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
        for f in ["F2a", "F2b", "F3", "F4", "F5", "F6", "F7"] {
            assert!(stdout.contains(&format!("REPRODUCES {f} ")), "{enc:?}: {f} does not reproduce:\n{stdout}");
        }
    }
}

/// A wasm-bindgen finding's repro as a page runs the `--target web` glue in a
/// browser alone, and fails there as with node (F8's regression program).
#[test]
fn a_wasm_bindgen_repro_page_fails_in_chromium_with_the_web_glue() {
    if !toolchain() {
        return;
    }
    let Some(chromium) = chromium() else { return };
    let id = "wasm-bindgen-0.2.130-old-frame-panic-after-reset";
    let program = text::parse(&std::fs::read_to_string(repo().join(format!("corpus/regressions/{id}.reentry"))).unwrap()).unwrap();
    let script = reentry::repro::render_program(id, &program, Lane::RUSTC_WASM_BINDGEN, None, None).unwrap();
    let dir = temp("wbg-web-repro");
    let page = dir.join("repro.html");
    std::fs::write(&page, reentry::repro::render_html(id, &script)).unwrap();
    // The page's cases await their imports: give them virtual time.
    let out = headless(&chromium, &["--virtual-time-budget=20000".into(), "--dump-dom".into(), format!("file://{}", page.display())]);
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(dom.contains("wasm-bindgen glue: --target web"), "the page did not run the web glue:\n{dom}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(dom.contains("<title>FAIL</title>") && dom.contains(": FAIL at event"), "F8 does not reproduce in Chromium:\n{dom}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// node 26 of the engines manifest (`scripts/install-engines.sh`).
fn node26() -> std::path::PathBuf {
    let p = repo().join("engines/node_modules/node26/bin/node");
    assert!(p.is_file(), "{} is missing: run scripts/install-engines.sh", p.display());
    p
}

/// A wasm-bindgen-lane finding carries the exact CLI output it ran (its JS
/// beside its wasm) and the guest's toolchain.
#[test]
fn a_finding_records_the_exact_wasm_bindgen_output_and_toolchain() {
    if !toolchain() {
        return;
    }
    use reentry::findings::program::{write_to, FindingContext};
    use reentry::findings::{Origin, Toolchain};
    let file = repo().join("corpus/regressions/wasm-bindgen-0.2.130-old-frame-panic-after-reset.reentry");
    let program = text::parse(&std::fs::read_to_string(file).unwrap()).unwrap();
    let mut h = harness(&["v8"]);
    let result = h.check(program);
    let (_, verdict) = result.known.first().cloned().expect("F8 reproduces");
    let cx = FindingContext { engines: vec!["v8".into()], mutant: None, origin: Origin::default(), gen: None, toolchain: Toolchain::current(h.versions()) };
    let dir = std::env::temp_dir().join(format!("reentry-wbg-finding-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    write_to(&dir, &result, &verdict, &cx).unwrap();
    for enc in Encoding::ALL {
        let module = reentry::guest::module(Lane::RUSTC_WASM_BINDGEN, enc, None).unwrap();
        let js = std::fs::read_to_string(dir.join(format!("wasm-bindgen.{}.js", enc.name()))).unwrap();
        assert_eq!(js, &*module.js.clone().unwrap());
        assert!(js.contains("__wbg_call_guard"), "the CLI's glue");
        assert_eq!(std::fs::read(dir.join(format!("{}.wasm", enc.name()))).unwrap(), *module.wasm);
    }
    let meta: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("finding.json")).unwrap()).unwrap();
    let guest = &meta["toolchain"]["guest"];
    assert_eq!(guest["wasm_bindgen"], build::WASM_BINDGEN_VERSION);
    assert!(guest["rustc"].as_str().unwrap().starts_with("rustc 1."), "{guest}");
    assert_eq!(guest["modules"].as_object().unwrap().len(), 2);
    std::fs::remove_dir_all(&dir).unwrap();
}
