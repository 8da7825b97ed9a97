//! Helpers shared by the integration tests.
#![allow(dead_code)]

/// A module with the protocol's exports whose `e0` never returns.
pub fn hanging_module() -> Vec<u8> {
    use wasm_encoder::*;
    let mut m = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([], [ValType::I32]);
    m.section(&types);
    let mut funcs = FunctionSection::new();
    funcs.function(0);
    funcs.function(0);
    m.section(&funcs);
    let mut mems = MemorySection::new();
    mems.memory(MemoryType { minimum: 1, maximum: Some(1), memory64: false, shared: false, page_size_log2: None });
    m.section(&mems);
    let mut globals = GlobalSection::new();
    globals.global(GlobalType { val_type: ValType::I32, mutable: false, shared: false }, &ConstExpr::i32_const(16));
    m.section(&globals);
    let mut exports = ExportSection::new();
    exports.export("e0", ExportKind::Func, 0);
    exports.export("__read_state", ExportKind::Func, 1);
    exports.export("__new_handle", ExportKind::Func, 1);
    exports.export("memory", ExportKind::Memory, 0);
    exports.export("__instance_terminated", ExportKind::Global, 0);
    m.section(&exports);
    let mut code = CodeSection::new();
    let mut spin = Function::new([]);
    spin.instructions().loop_(BlockType::Empty).br(0).end().unreachable().end();
    code.function(&spin);
    let mut zero = Function::new([]);
    zero.instructions().i32_const(0).end();
    code.function(&zero);
    m.section(&code);
    m.finish()
}


use reentry::compile::{self, Encoding};
use reentry::engine::{self, Case, Engine, EngineError};
use reentry::mutant::Mutant;
use reentry::program::gen::{case_program, GenConfig};
use reentry::program::Program;
use reentry::trace::Trace;
use std::path::PathBuf;
use std::sync::Arc;

/// Whether this is a CI run (`CI` set): then a registered engine that is
/// not available fails the tests instead of being skipped.
pub fn under_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "0" && v != "false")
}

/// The registered engines available here. A missing one is a SKIP line, or
/// a test failure under CI (the suite must not pass empty there).
pub fn available_engines(filter: impl Fn(&engine::Registration) -> bool) -> Vec<&'static str> {
    let mut out = Vec::new();
    for r in engine::registry::all().filter(|r| filter(r)) {
        match engine::available(r.name) {
            Ok(()) => out.push(r.name),
            Err(why) if under_ci() => panic!("engine {} is registered but not available under CI: {why}", r.name),
            Err(why) => eprintln!("SKIP {}: {why}", r.name),
        }
    }
    out
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn corpus_programs() -> Vec<Program> {
    let files = reentry::corpus::files(&[repo().join("corpus")]).expect("corpus directory");
    assert!(!files.is_empty());
    files.iter().map(|f| reentry::corpus::load(f).program.unwrap_or_else(|e| panic!("{}: {e}", f.display()))).collect()
}

pub fn generated(seed: u64, n: u64) -> impl Iterator<Item = Program> {
    let cfg = GenConfig::default();
    (0..n).map(move |i| case_program(seed, i, &cfg))
}

pub fn parse(src: &str) -> Program {
    reentry::text::parse(src).unwrap_or_else(|e| panic!("{e}\n{src}"))
}

/// Whether a known defect of the engine explains this run of `program`
/// (generated lane): then the contract tests hold it to nothing else.
pub fn known_defect(engine: &dyn Engine, program: &Program, encoding: Encoding, result: &Result<Trace, EngineError>) -> bool {
    let expected = reentry::model::run(program).expect("model");
    let lane = reentry::guest::Lane::GENERATED;
    reentry::engine::facts::engine_defect(engine.name(), &engine.version(), lane, encoding, program, &expected.0, result).is_some()
}

/// Run a program on one engine in one encoding.
pub fn run(engine: &mut dyn Engine, program: &Program, encoding: Encoding, mutant: Option<Mutant>) -> Result<Trace, EngineError> {
    let program = Arc::new(program.clone());
    let wasm = compile::compile(&program, encoding, compile::Options { mutant, names: false, ..Default::default() });
    let plan_json = reentry::plan::plan_json(&program, mutant);
    engine.run(&Case { program: &program, encoding, wasm: &wasm, module_key: compile::module_key(&wasm), plan_json: &plan_json, mutant, guest_program: None, binding_js: None, worker: None })
}

/// Run the hanging module as a case.
pub fn run_hanging(engine: &mut dyn Engine) -> Result<Trace, EngineError> {
    let program = Arc::new(Program::minimal());
    let wasm = hanging_module();
    let plan_json = reentry::plan::plan_json(&program, None);
    let encoding = engine.encodings()[0];
    engine.run(&Case { program: &program, encoding, wasm: &wasm, module_key: compile::module_key(&wasm), plan_json: &plan_json, mutant: None, guest_program: None, binding_js: None, worker: None })
}

/// A fresh temporary directory for this test process.
pub fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("reentry-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A tool the tests need, or a SKIP (a failure under CI).
pub fn tool(what: &str, path: Option<PathBuf>) -> Option<PathBuf> {
    match path {
        Some(p) => Some(p),
        None if under_ci() => panic!("{what} is missing under CI (scripts/install-test-tools.sh installs it)"),
        None => {
            eprintln!("SKIP: {what} is missing (run scripts/install-test-tools.sh)");
            None
        }
    }
}

/// Whether ajv is installed for [`validate_json`] (a SKIP, or a failure under CI, if not).
pub fn ajv_installed() -> bool {
    let ajv = repo().join("scripts/tools/node_modules/ajv/package.json");
    tool("ajv (scripts/tools/node_modules)", ajv.is_file().then_some(ajv)).is_some()
}

/// Validate a JSON document against a schema in reports/ with ajv (strict
/// mode, scripts/tools/validate.mjs); `refs` are the schemas it refers to.
pub fn validate_json(schema: &std::path::Path, refs: &[&std::path::Path], doc: &std::path::Path) -> std::process::Output {
    let mut c = std::process::Command::new("node");
    c.arg(repo().join("scripts/tools/validate.mjs"));
    for r in refs {
        c.arg("--ref").arg(r);
    }
    c.arg(schema).arg(doc).output().expect("node runs")
}

pub fn chromium() -> Option<PathBuf> {
    let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].iter().map(PathBuf::from).find(|p| p.is_file());
    tool("chromium (Debian package chromium)", found)
}

/// Run headless Chromium on a fresh profile with `args`, killed after a minute.
pub fn headless(chromium: &std::path::Path, args: &[String]) -> std::process::Output {
    use std::time::{Duration, Instant};
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let profile = temp(&format!("chromium-profile-{}", N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)));
    let mut child = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        // To files, not pipes: a dumped DOM larger than a pipe's buffer would block it.
        .stdout(std::fs::File::create(profile.with_extension("out")).unwrap())
        .stderr(std::fs::File::create(profile.with_extension("err")).unwrap())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within a minute: {args:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let status = child.wait().unwrap();
    let out = std::process::Output {
        status,
        stdout: std::fs::read(profile.with_extension("out")).unwrap_or_default(),
        stderr: std::fs::read(profile.with_extension("err")).unwrap_or_default(),
    };
    let _ = std::fs::remove_dir_all(&profile);
    let _ = std::fs::remove_file(profile.with_extension("out"));
    let _ = std::fs::remove_file(profile.with_extension("err"));
    out
}
