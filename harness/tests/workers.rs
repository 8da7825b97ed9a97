//! Out-of-process engines with real worker processes: the corpus on every
//! installed worker engine, and the respawn policy (crash, kill, timeout,
//! recycling) inside real campaigns.
//!
//! A test skips (printing why) only when an engine is not installed;
//! `scripts/install-engines.sh` installs them, and CI runs it first.

use reentry::campaign::fuzz::{self, FuzzConfig};
use reentry::campaign::Harness;
use reentry::compile::{self, Encoding};
use reentry::engine::worker::{reprl::Op, WorkerEngine, SPECS};
use reentry::engine::{self, Case, Engine, EngineError, EngineOptions};
use reentry::program::Program;
use reentry::{corpus, model, plan, report};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Installed worker engines; prints a skip line for each one that is not.
fn installed() -> Vec<&'static str> {
    SPECS
        .iter()
        .filter(|s| match engine::available(s.name) {
            Ok(()) => true,
            Err(why) => {
                eprintln!("SKIP {}: {why}", s.name);
                false
            }
        })
        .map(|s| s.name)
        .collect()
}

/// The engine the respawn tests use: the first installed worker engine.
fn fault_engine() -> Option<&'static str> {
    let e = installed().first().copied();
    if e.is_none() {
        eprintln!("SKIP: no worker engine installed (run scripts/install-engines.sh)");
    }
    e
}

fn options(timeout: Duration, recycle_after: u64) -> EngineOptions {
    EngineOptions { timeout, recycle_after, ..Default::default() }
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Run `program` directly on an engine (exnref if it has it, else legacy).
fn run_direct(e: &mut WorkerEngine, program: &Program) -> Result<reentry::trace::Trace, EngineError> {
    let program = Arc::new(program.clone());
    let enc = e.encodings()[0];
    let wasm = compile::compile(&program, enc, compile::Options::default());
    let plan_json = plan::plan_json(&program, None);
    let case = Case {
        program: &program,
        encoding: enc,
        wasm: &wasm,
        module_key: compile::module_key(&wasm),
        plan_json: &plan_json,
        mutant: None,
    };
    e.run(&case)
}

fn temp_dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("reentry-workers-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn campaign(h: &mut Harness, cases: u64, findings: &Path, on_progress: &mut dyn FnMut(u64)) -> fuzz::FuzzSummary {
    let cfg = FuzzConfig {
        seed: 7,
        time: Duration::from_secs(600),
        max_cases: Some(cases),
        findings: findings.to_path_buf(),
        per_signature: 1,
        reduce: false,
        gen: Default::default(),
    };
    fuzz::fuzz(h, &cfg, &mut |p| on_progress(p.cases))
}

/// The one finding a campaign with one injected fault must produce.
fn single_finding(summary: &fuzz::FuzzSummary, cases: u64, label: &str, case: u64) -> report::FindingMeta {
    assert_eq!(summary.cases, cases, "the campaign ran to the end");
    let sigs: Vec<&str> = summary.signatures.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(summary.failing_cases, 1, "only the faulty case fails: {sigs:?}");
    assert_eq!(summary.signatures.len(), 1, "{sigs:?}");
    let (sig, count, first, _) = &summary.signatures[0];
    assert!(sig.starts_with(label), "{sig}");
    assert_eq!((*count, *first), (1, case));
    assert_eq!(summary.findings.len(), 1);
    let (program, meta) = report::read_finding(&summary.findings[0]).expect("finding is readable");
    let meta = meta.expect("finding.json");
    assert_eq!(meta.case, Some(case), "the finding names the case that did it");
    assert_eq!(program, reentry::program::gen::case_program(7, case, &Default::default()));
    meta
}

#[test]
fn corpus_passes_on_every_installed_worker_engine() {
    let files = corpus::files(&[repo().join("corpus")]).unwrap();
    assert!(!files.is_empty());
    for name in installed() {
        // Also with the glue's JSTag polyfill where the engine has JSTag, so
        // the polyfill node20 depends on is checked against the real thing.
        for force_polyfill in [false, true] {
            let options = EngineOptions { force_polyfill, ..Default::default() };
            let mut h = Harness::new(&[name.to_string()], &options, None).unwrap();
            for file in &files {
                let program = corpus::load(file).program.unwrap();
                let result = h.check(program);
                assert!(!result.runs.is_empty(), "{name} ran {}", file.display());
                let verdicts: Vec<String> = result.verdicts.iter().map(|v| v.to_string()).collect();
                assert!(
                    verdicts.is_empty(),
                    "{name} (force_polyfill {force_polyfill}) on {}:\n{}",
                    file.display(),
                    verdicts.join("\n")
                );
            }
        }
        eprintln!("{name}: {} corpus programs pass (JSTag native or absent, and polyfilled)", files.len());
    }
}

#[test]
fn generated_cases_agree_with_the_model_on_every_installed_worker_engine() {
    for name in installed() {
        let mut h = Harness::new(&[name.to_string()], &EngineOptions::default(), None).unwrap();
        let dir = temp_dir(&format!("agree-{name}"));
        let summary = campaign(&mut h, 150, &dir, &mut |_| {});
        let sigs: Vec<String> =
            summary.signatures.iter().map(|(s, n, first, v)| format!("{n} x {s} (case {first}): {v}")).collect();
        assert!(sigs.is_empty(), "{name}:\n{}", sigs.join("\n"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn all_expands_to_every_installed_engine() {
    let all = engine::expand_names(&["all".to_string()]);
    assert!(all.contains(&"wasmtime".to_string()));
    for s in SPECS {
        assert_eq!(all.contains(&s.name.to_string()), engine::available(s.name).is_ok(), "{}", s.name);
    }
}

#[test]
fn handshake_reports_the_engine_itself() {
    for name in installed() {
        let mut e = WorkerEngine::new(name, &EngineOptions::default()).unwrap();
        let id = e.identity().clone();
        let info = e.info();
        assert!(info.version.contains(&id.v8), "{info:?}");
        assert!(!info.encodings.is_empty(), "{name} runs no encoding");
        assert_eq!(id.runtime, if name == "deno" { "deno" } else { "node" });
        // npm pins: the worker runs exactly the locked version.
        if let Some(dir) = reentry::engine::worker::spec(name).and_then(|s| match s.exe {
            reentry::engine::worker::Exe::Npm(rel) => Some(rel.split('/').next().unwrap()),
            _ => None,
        }) {
            let pkg = reentry::engine::worker::engines_dir().join("node_modules").join(dir).join("package.json");
            let pkg: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(pkg).unwrap()).unwrap();
            assert_eq!(pkg["version"].as_str(), Some(id.version.as_str()), "{name}");
        }
        // Every encoding it does not run is a declared fact.
        for enc in Encoding::ALL {
            if !info.encodings.contains(&enc) {
                assert!(engine::facts::missing_encoding(name, enc).is_some(), "{name} lacks {enc:?}");
            }
        }
    }
}

#[test]
fn crashing_workers_are_reported_and_replaced() {
    for name in installed() {
        let mut e = WorkerEngine::new(name, &options(Duration::from_secs(60), 0)).unwrap();
        let p = Program::minimal();
        let expected = model::run(&p).unwrap();
        e.inject(0, Op::Abort, None);
        e.inject(2, Op::Exit, Some(3));
        e.inject(4, Op::Oom, None);
        e.inject(6, Op::Throw, None);

        let abort = run_direct(&mut e, &p).unwrap_err();
        assert!(matches!(&abort, EngineError::Crash(m) if m.contains("SIGABRT")), "{name}: {abort}");
        assert_eq!(run_direct(&mut e, &p).unwrap(), expected, "{name}: a new worker takes over");

        let exit = run_direct(&mut e, &p).unwrap_err();
        assert!(matches!(&exit, EngineError::Crash(m) if m.contains("exited with code 3")), "{name}: {exit}");
        assert_eq!(run_direct(&mut e, &p).unwrap(), expected);

        let oom = run_direct(&mut e, &p).unwrap_err();
        assert!(
            matches!(&oom, EngineError::Crash(m) if m.to_lowercase().contains("out of memory")),
            "{name}: {oom}"
        );
        assert_eq!(run_direct(&mut e, &p).unwrap(), expected);

        // A JS error inside the worker is answered; the worker lives on.
        let pid = e.pid();
        let thrown = run_direct(&mut e, &p).unwrap_err();
        assert!(matches!(&thrown, EngineError::Internal(m) if m.contains("THROW test op")), "{name}: {thrown}");
        assert_eq!(run_direct(&mut e, &p).unwrap(), expected);
        assert_eq!(e.pid(), pid);
        assert_eq!((e.stats().crashes, e.stats().spawns), (3, 4), "{name}");
        eprintln!("{name}: abort → {abort}\n{name}: oom → {}", oom.to_string().lines().next().unwrap_or(""));
    }
}

#[test]
fn injected_abort_is_a_crash_finding_and_the_campaign_continues() {
    let Some(name) = fault_engine() else { return };
    let mut e = WorkerEngine::new(name, &options(Duration::from_secs(30), 0)).unwrap();
    let per_case = e.encodings().len() as u64;
    e.inject(5 * per_case, Op::Abort, None);
    let mut h = Harness::with_engines(vec![Box::new(e)], None);
    let dir = temp_dir("abort");
    let summary = campaign(&mut h, 12, &dir, &mut |_| {});
    let meta = single_finding(&summary, 12, "engine-crash", 5);
    assert!(meta.verdict.to_string().contains("SIGABRT"), "{}", meta.verdict);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn killing_a_worker_mid_case_is_a_crash_finding_and_the_campaign_continues() {
    let Some(name) = fault_engine() else { return };
    let mut e = WorkerEngine::new(name, &options(Duration::from_secs(60), 0)).unwrap();
    let per_case = e.encodings().len() as u64;
    // Case 4 hangs (so it is surely running) until this test kills its worker.
    e.inject(4 * per_case, Op::Hang, None);
    let pid = e.pid().expect("a worker is running");
    let mut h = Harness::with_engines(vec![Box::new(e)], None);
    let dir = temp_dir("kill");
    let mut killer = None;
    let summary = campaign(&mut h, 10, &dir, &mut |done| {
        if done == 4 {
            killer = Some(std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(300));
                let st = std::process::Command::new("kill").args(["-KILL", &pid.to_string()]).status().unwrap();
                assert!(st.success(), "kill {pid}");
            }));
        }
    });
    killer.expect("case 4 was reached").join().unwrap();
    let meta = single_finding(&summary, 10, "engine-crash", 4);
    assert!(meta.verdict.to_string().contains("signal 9"), "{}", meta.verdict);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_hanging_case_is_a_timeout_finding_and_the_campaign_continues() {
    let Some(name) = fault_engine() else { return };
    let mut e = WorkerEngine::new(name, &options(Duration::from_millis(1500), 0)).unwrap();
    let per_case = e.encodings().len() as u64;
    e.inject(3 * per_case, Op::Hang, None);
    let mut h = Harness::with_engines(vec![Box::new(e)], None);
    let dir = temp_dir("hang");
    let start = std::time::Instant::now();
    let summary = campaign(&mut h, 8, &dir, &mut |_| {});
    single_finding(&summary, 8, "engine-timeout", 3);
    assert!(start.elapsed() < Duration::from_secs(30), "the hang was cut short: {:?}", start.elapsed());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn workers_are_recycled_after_n_cases() {
    let Some(name) = fault_engine() else { return };
    let mut e = WorkerEngine::new(name, &options(Duration::from_secs(30), 3)).unwrap();
    let p = Program::minimal();
    let expected = model::run(&p).unwrap();
    let mut pids = Vec::new();
    for _ in 0..10 {
        pids.push(e.pid().unwrap());
        assert_eq!(run_direct(&mut e, &p).unwrap(), expected);
    }
    // Cases 0-2 on the first worker, 3-5 on the second, 6-8, then 9.
    for chunk in pids.chunks(3) {
        assert!(chunk.iter().all(|p| *p == chunk[0]), "{pids:?}");
    }
    let mut distinct = pids.clone();
    distinct.dedup();
    assert_eq!(distinct.len(), 4, "{pids:?}");
    assert_eq!((e.stats().spawns, e.stats().recycles, e.stats().crashes), (4, 3, 0), "{:?}", e.stats());
}

#[test]
fn a_worker_lost_between_cases_is_replaced_without_blaming_a_case() {
    let Some(name) = fault_engine() else { return };
    let mut e = WorkerEngine::new(name, &options(Duration::from_secs(30), 0)).unwrap();
    let p = Program::minimal();
    let expected = model::run(&p).unwrap();
    assert_eq!(run_direct(&mut e, &p).unwrap(), expected);
    let pid = e.pid().unwrap();
    let st = std::process::Command::new("kill").args(["-KILL", &pid.to_string()]).status().unwrap();
    assert!(st.success());
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(run_direct(&mut e, &p).unwrap(), expected);
    assert_ne!(e.pid(), Some(pid));
    assert_eq!((e.stats().lost_idle, e.stats().crashes), (1, 0));
}

#[test]
fn workers_report_phases_and_run_the_floor() {
    let Some(name) = fault_engine() else { return };
    let mut e = WorkerEngine::new(name, &options(Duration::from_secs(30), 0)).unwrap();
    let p = Program::minimal();
    for _ in 0..3 {
        run_direct(&mut e, &p).unwrap();
    }
    let phases = e.phases().unwrap();
    assert_eq!((phases.modules_compiled, phases.cache_hits), (1, 2), "{phases:?}");
    assert!(phases.run > Duration::ZERO && phases.compile > Duration::ZERO, "{phases:?}");
    let program = Arc::new(p);
    let enc = e.encodings()[0];
    let wasm = compile::compile(&program, enc, compile::Options::default());
    let case = Case { program: &program, encoding: enc, wasm: &wasm, module_key: 1, plan_json: "{}", mutant: None };
    e.floor(&case).unwrap();
    let bad = Case { wasm: b"\0asm-not", module_key: 2, ..case };
    assert!(matches!(e.floor(&bad), Err(EngineError::Compile(_))));
}
