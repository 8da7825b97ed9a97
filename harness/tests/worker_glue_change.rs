//! A worker reads engines/glue.js when it starts. If the file changes during a
//! run, a respawned worker would run different glue: that must be an error
//! naming the cause, never a stream of false findings. (Its own test binary:
//! it points `REENTRY_ENGINES_DIR` at a copy of engines/, which is process-wide.)

use reentry::compile;
use reentry::engine::worker::{self, reprl::Op, WorkerEngine};
use reentry::engine::{Case, Engine, EngineError, EngineOptions};
use reentry::program::Program;
use std::sync::Arc;

#[test]
fn glue_changed_during_a_run_is_reported() {
    let real = worker::engines_dir();
    let Some(name) = worker::SPECS.iter().map(|s| s.name()).find(|n| reentry::engine::available(n).is_ok()) else {
        assert!(std::env::var_os("CI").is_none(), "no worker engine installed under CI");
        eprintln!("SKIP: no worker engine installed (run scripts/install-engines.sh)");
        return;
    };
    let dir = std::env::temp_dir().join(format!("reentry-glue-change-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for file in ["worker.mjs", "worker-core.js", "glue.js", "raw.js", "wbg-host.js"] {
        std::fs::copy(real.join(file), dir.join(file)).unwrap();
    }
    if real.join("node_modules").exists() {
        std::os::unix::fs::symlink(real.join("node_modules"), dir.join("node_modules")).unwrap();
    }
    std::env::set_var("REENTRY_ENGINES_DIR", &dir);

    let mut e = WorkerEngine::new(name, &EngineOptions::default()).unwrap();
    let program = Arc::new(Program::minimal());
    let enc = e.encodings()[0];
    let wasm = compile::compile(&program, enc, compile::Options::default());
    let plan = reentry::plan::plan_json(&program, None);
    let module_key = compile::module_key(&wasm);
    let case = Case { program: &program, encoding: enc, wasm: &wasm, module_key, plan_json: &plan, mutant: None, guest_program: None, binding_js: None, worker: None };
    e.run(&case).unwrap();

    let mut glue = std::fs::read_to_string(dir.join("glue.js")).unwrap();
    glue.push_str("\n// edited mid-run\n");
    std::fs::write(dir.join("glue.js"), glue).unwrap();
    // Make the worker die so a new one (reading the edited file) takes over.
    e.inject(1, Op::Exit, Some(0));
    assert!(matches!(e.run(&case), Err(EngineError::Crash(_))));
    let err = e.run(&case).unwrap_err();
    assert!(matches!(&err, EngineError::Internal(m) if m.contains("glue.js changed on disk")), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
