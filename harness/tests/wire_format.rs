//! One source of truth for the wire formats (docs/trace-format.md,
//! docs/worker-protocol.md), as `libreprl.h` is for Fuzzilli:
//!
//! - the glue's trace codes, TrapKind and AbortCause names
//!   (`ReentryGlue.wire`) are trace.rs's, checked in the in-process V8;
//! - the glue's trap classifier agrees with Rust's one trap vocabulary
//!   (`trap::V8_MESSAGES` and `trap::SPIDERMONKEY_MESSAGES` through
//!   `TrapClass::kind`), on the tables and on the errors V8 really throws;
//! - repro.js formats every event exactly as `Event`'s `Display`;
//! - frames encoded by `reprl` are decoded by every installed worker with the
//!   parsers worker.mjs serves real requests with (test-only op `DECODE`),
//!   and the worker's `OK` to `RUN` is decoded by `Response::run_result`.
//!
//! A worker engine that is not installed is a SKIP line, except under CI
//! (`CI` set), where every engine in `worker::SPECS` — the pins of
//! engines/package.json and the system node 20 — must be there.

use reentry::compile::{self, Encoding};
use reentry::trap::{self, JSC_MESSAGES, SPIDERMONKEY_MESSAGES, V8_MESSAGES as V8_TRAP_MESSAGES};
use reentry::engine::v8::V8Engine;
use reentry::engine::worker::reprl::{self, Channel, Op, Response};
use reentry::engine::worker::{self, Exe, Launch, SPECS};
use reentry::engine::{facts, EngineOptions};
use reentry::guest::Lane;
use reentry::trap::TrapClass;
use reentry::program::ExnTag;
use reentry::trace::{self, code, AbortCause, Event, TrapKind};
use reentry::plan::MemoryLimits;
use reentry::{corpus, model, plan, repro};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

// ---------------------------------------------------------------------------
// The glue and repro.js in the in-process V8.

/// Test helpers beside the glue and repro.js: each is `f(bytes, json)` and
/// returns JSON (see `V8Engine::call_js`).
const HELPERS_JS: &str = r#"
(function () {
  'use strict';
  const W = ReentryGlue.wire;
  // An error of the named kind with this message.
  function make(kind, message) {
    switch (kind) {
      case 'RuntimeError': return new WebAssembly.RuntimeError(message);
      case 'CompileError': return new WebAssembly.CompileError(message);
      case 'RangeError': return new RangeError(message);
      case 'InternalError': return Object.assign(new Error(message), { name: 'InternalError' });
      case 'TypeError': return new TypeError(message);
      case 'Error': return new Error(message);
      case 'value': return message;
      default: throw new Error('unknown error kind ' + kind);
    }
  }
  function errorOf(f) {
    try {
      f();
    } catch (e) {
      return [e && e.constructor ? e.constructor.name : typeof e, String(e && e.message), W.trapKind(e)];
    }
    return ['returned', '', -1];
  }
  globalThis.WireTest = {
    wire() {
      const frozen = [W, W.codes, W.trapKinds, W.abortCauses, W.trapMessages, ...W.trapMessages]
        .every(Object.isFrozen) && Object.isFrozen(ReentryGlue);
      return JSON.stringify({ wire: W, frozen, trapKindIsFunction: typeof W.trapKind === 'function' });
    },
    // [[kind, message], ...] -> [TrapKind code, ...]
    classify(_, json) {
      return JSON.stringify(JSON.parse(json).map(([kind, message]) => W.trapKind(make(kind, message))));
    },
    // Call each named export of the module; what it threw and its TrapKind.
    traps(bytes, json) {
      const x = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
      const out = {};
      for (const name of JSON.parse(json)) out[name] = errorOf(() => x[name]());
      out.js_overflow = errorOf(function f() { f(); });
      return JSON.stringify(out);
    },
    format(_, json) {
      return JSON.stringify(ReentryRepro.format(JSON.parse(json)));
    },
  };
})();
"#;

fn v8() -> V8Engine {
    let mut e = V8Engine::new(&EngineOptions::default()).expect("in-process V8");
    e.load_script("reentry:engines/repro.js", repro::RUNNER_JS).expect("repro.js loads after the glue");
    e.load_script("reentry:tests/wire_format.js", HELPERS_JS).expect("helpers");
    e
}

fn call<T: serde::de::DeserializeOwned>(e: &mut V8Engine, f: &str, bytes: &[u8], json: &str) -> T {
    let reply = e.call_js(&format!("WireTest.{f}"), bytes, json).unwrap_or_else(|err| panic!("WireTest.{f}: {err}"));
    serde_json::from_str(&reply.json).unwrap_or_else(|err| panic!("WireTest.{f}: {err}: {}", reply.json))
}

#[derive(Deserialize)]
struct Wire {
    codes: BTreeMap<String, i32>,
    #[serde(rename = "trapKinds")]
    trap_kinds: Vec<String>,
    #[serde(rename = "abortCauses")]
    abort_causes: Vec<String>,
    #[serde(rename = "trapMessages")]
    trap_messages: Vec<(String, i32)>,
    #[serde(rename = "stackOverflows")]
    stack_overflows: Vec<(String, String)>,
    #[serde(rename = "exnTags")]
    exn_tags: Vec<String>,
    /// Plan name (serde's) → code.
    #[serde(rename = "exnTagCodes")]
    exn_tag_codes: BTreeMap<String, i32>,
    #[serde(rename = "closureCtors")]
    closure_ctors: Vec<String>,
}

#[derive(Deserialize)]
struct WireReply {
    wire: Wire,
    frozen: bool,
    #[serde(rename = "trapKindIsFunction")]
    trap_kind_is_function: bool,
}

fn glue_wire(e: &mut V8Engine) -> Wire {
    let r: WireReply = call(e, "wire", &[], "");
    assert!(r.frozen, "ReentryGlue.wire and its tables must be frozen");
    assert!(r.trap_kind_is_function, "ReentryGlue.wire.trapKind must be the glue's classifier");
    r.wire
}

/// Fail with every difference at once, so one drifted name shows as itself.
fn assert_no_drift(what: &str, drift: Vec<String>) {
    assert!(drift.is_empty(), "{what}:\n  {}", drift.join("\n  "));
}

#[test]
fn glue_codes_are_trace_rs_codes() {
    let wire = glue_wire(&mut v8());
    let mut drift = Vec::new();
    for (name, value) in code::ALL {
        match wire.codes.get(*name) {
            Some(v) if v == value => {}
            Some(v) => drift.push(format!("{name}: glue.js {v}, trace.rs {value}")),
            None => drift.push(format!("{name} = {value}: missing from ReentryGlue.wire.codes")),
        }
    }
    for (name, v) in &wire.codes {
        if !code::ALL.iter().any(|(n, _)| n == name) {
            drift.push(format!("{name} = {v}: in glue.js, not in trace.rs `code`"));
        }
    }
    assert_no_drift("ReentryGlue.wire.codes drifted from trace.rs `code`", drift);
}

#[test]
fn glue_trap_kind_and_abort_cause_names_are_trace_rs_names() {
    let wire = glue_wire(&mut v8());
    let mut drift = Vec::new();
    if wire.trap_kinds.len() != TrapKind::ALL.len() {
        drift.push(format!("{} trap kinds in glue.js, {} in trace.rs", wire.trap_kinds.len(), TrapKind::ALL.len()));
    }
    for k in TrapKind::ALL {
        let js = wire.trap_kinds.get(k.code() as usize).map_or("<none>", |s| s.as_str());
        if js != k.name() {
            drift.push(format!("TrapKind code {}: glue.js `{js}`, trace.rs {k:?} `{}`", k.code(), k.name()));
        }
    }
    let causes: Vec<AbortCause> = AbortCause::all().collect();
    if wire.abort_causes.len() != causes.len() {
        drift.push(format!("{} abort causes in glue.js, {} in trace.rs", wire.abort_causes.len(), causes.len()));
    }
    for c in causes {
        let js = wire.abort_causes.get(c.code() as usize).map_or("<none>", |s| s.as_str());
        if js != c.name() {
            drift.push(format!("AbortCause code {}: glue.js `{js}`, trace.rs {c:?} `{}`", c.code(), c.name()));
        }
    }
    if wire.exn_tags.len() != ExnTag::ALL.len() || wire.exn_tag_codes.len() != ExnTag::ALL.len() {
        drift.push(format!("{} / {} exception tags in glue.js, {} in trace.rs", wire.exn_tags.len(), wire.exn_tag_codes.len(), ExnTag::ALL.len()));
    }
    for t in ExnTag::ALL {
        let js = wire.exn_tags.get(t.code() as usize).map_or("<none>", |s| s.as_str());
        if js != t.name() {
            drift.push(format!("ExnTag code {}: glue.js `{js}`, trace.rs {t:?} `{}`", t.code(), t.name()));
        }
        // The plan names a tag as serde does; the glue maps that to the code.
        let plan_name = serde_json::to_value(t).unwrap().as_str().unwrap().to_string();
        if wire.exn_tag_codes.get(&plan_name) != Some(&t.code()) {
            drift.push(format!("ExnTag {plan_name}: glue.js code {:?}, trace.rs {}", wire.exn_tag_codes.get(&plan_name), t.code()));
        }
    }
    let ctors: Vec<&str> = reentry::program::ClosureCtor::ALL.iter().map(|c| c.name()).collect();
    if wire.closure_ctors != ctors {
        drift.push(format!("closure constructors: glue.js {:?}, trace.rs {ctors:?}", wire.closure_ctors));
    }
    assert_no_drift("ReentryGlue.wire.trapKinds / abortCauses / exnTags / closureCtors drifted from trace.rs", drift);
}

/// The TrapKind Rust gives a JS engine's RuntimeError with this message.
fn rust_kind(message: &str) -> TrapKind {
    TrapClass::of_js(message).kind()
}

/// Messages beyond the table: as V8 words them at instantiation, and ones
/// it never says.
const MORE_MESSAGES: &[&str] = &[
    "WebAssembly.Instance(): data segment 0 is out of bounds (offset 65535, length 2, memory size 65536)",
    "WebAssembly.Instance(): element segment 1 is out of bounds",
    "something V8 never said",
    "",
];

#[test]
fn glue_trap_table_agrees_with_the_rust_trap_table() {
    let mut e = v8();
    let wire = glue_wire(&mut e);
    let mut drift = Vec::new();
    // No glue entry Rust lacks, and each maps as Rust maps it.
    let rust_table = || V8_TRAP_MESSAGES.iter().chain(SPIDERMONKEY_MESSAGES).chain(JSC_MESSAGES);
    for (m, kind) in &wire.trap_messages {
        if !rust_table().any(|(r, _)| r == m) {
            drift.push(format!("glue.js has `{m}`, none of trap::V8_MESSAGES, SPIDERMONKEY_MESSAGES, JSC_MESSAGES does"));
        } else if rust_kind(m).code() != *kind {
            drift.push(format!("`{m}`: glue.js TrapKind {kind}, Rust {:?} ({})", rust_kind(m), rust_kind(m).code()));
        }
    }
    // Every message Rust knows (and a few more) classifies the same; in
    // particular every one whose class the trace tells apart is in the glue.
    let messages: Vec<&str> = rust_table().map(|(m, _)| *m).chain(MORE_MESSAGES.iter().copied()).collect();
    let requests: Vec<(&str, &str)> = messages.iter().map(|m| ("RuntimeError", *m)).collect();
    let got: Vec<i32> = call(&mut e, "classify", &[], &serde_json::to_string(&requests).unwrap());
    for (m, js) in messages.iter().zip(&got) {
        let rust = rust_kind(m);
        if *js != rust.code() {
            drift.push(format!("RuntimeError `{m}`: glue.js TrapKind {js}, Rust {rust:?} ({})", rust.code()));
        }
    }
    for table in [V8_TRAP_MESSAGES, JSC_MESSAGES] {
        for class in [TrapClass::Unreachable, TrapClass::DivideByZero, TrapClass::MemoryOutOfBounds] {
            assert!(table.iter().any(|(_, c)| *c == class), "{class:?} has no message: the test would check nothing");
        }
    }
    // Each engine's stack overflow error (V8's and JavaScriptCore's
    // RangeError, SpiderMonkey's InternalError): exhaustion to Rust, stack_overflow to the glue; the
    // same message under another name, other errors and thrown values are
    // `other`.
    let mut others: Vec<(String, String, TrapKind)> = Vec::new();
    for (name, so) in &wire.stack_overflows {
        if !trap::js_is_exhaustion(so) {
            drift.push(format!("glue.js's stack overflow message `{so}` is not exhaustion to trap::js_is_exhaustion"));
        }
        others.push((name.clone(), so.clone(), TrapKind::StackOverflow));
        others.push(("TypeError".into(), so.clone(), TrapKind::Other));
    }
    let messages: Vec<&str> = wire.stack_overflows.iter().map(|(_, m)| m.as_str()).collect();
    for so in [trap::V8_STACK_OVERFLOW, trap::SPIDERMONKEY_STACK_OVERFLOW, trap::JSC_STACK_OVERFLOW] {
        assert!(messages.contains(&so), "`{so}` is not among the glue's stack overflow errors: {messages:?}");
    }
    for (kind, m) in [("RangeError", "Invalid array length"), ("Error", "unreachable"), ("CompileError", "unreachable"), ("value", "unreachable")] {
        others.push((kind.into(), m.into(), TrapKind::Other));
    }
    let requests: Vec<(&str, &str)> = others.iter().map(|(k, m, _)| (k.as_str(), m.as_str())).collect();
    let got: Vec<i32> = call(&mut e, "classify", &[], &serde_json::to_string(&requests).unwrap());
    for ((kind, m, want), js) in others.iter().zip(&got) {
        if *js != want.code() {
            drift.push(format!("{kind} `{m}`: glue.js TrapKind {js}, expected {want:?} ({})", want.code()));
        }
    }
    assert_no_drift("the glue's trap classifier drifted from trap.rs", drift);
}

/// A module whose exports trap as named (and one that overflows the stack).
fn trapping_module() -> Vec<u8> {
    use wasm_encoder::*;
    let bodies: &[(&str, &[Instruction])] = &[
        ("unreachable", &[Instruction::Unreachable]),
        ("div_zero", &[Instruction::I32Const(1), Instruction::I32Const(0), Instruction::I32DivU, Instruction::Drop]),
        ("rem_zero", &[Instruction::I32Const(1), Instruction::I32Const(0), Instruction::I32RemS, Instruction::Drop]),
        ("div_overflow", &[Instruction::I32Const(i32::MIN), Instruction::I32Const(-1), Instruction::I32DivS, Instruction::Drop]),
        (
            "oob",
            &[Instruction::I32Const(0x1_0000), Instruction::I32Load(MemArg { offset: 0, align: 2, memory_index: 0 }), Instruction::Drop],
        ),
        ("overflow", &[]), // calls itself, below
    ];
    let mut m = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([], []);
    m.section(&types);
    let mut funcs = FunctionSection::new();
    for _ in bodies {
        funcs.function(0);
    }
    m.section(&funcs);
    let mut mems = MemorySection::new();
    mems.memory(MemoryType { minimum: 1, maximum: Some(1), memory64: false, shared: false, page_size_log2: None });
    m.section(&mems);
    let mut exports = ExportSection::new();
    for (i, (name, _)) in bodies.iter().enumerate() {
        exports.export(name, ExportKind::Func, i as u32);
    }
    m.section(&exports);
    let mut code = CodeSection::new();
    for (i, (_, body)) in bodies.iter().enumerate() {
        let mut f = Function::new([]);
        if body.is_empty() {
            f.instruction(&Instruction::Call(i as u32));
        }
        for ins in *body {
            f.instruction(ins);
        }
        f.instruction(&Instruction::End);
        code.function(&f);
    }
    m.section(&code);
    m.finish()
}

#[test]
fn glue_and_rust_classify_the_traps_v8_really_throws_alike() {
    let mut e = v8();
    let names = ["unreachable", "div_zero", "rem_zero", "div_overflow", "oob", "overflow"];
    let got: BTreeMap<String, (String, String, i32)> =
        call(&mut e, "traps", &trapping_module(), &serde_json::to_string(&names).unwrap());
    let expected = [
        ("unreachable", TrapKind::Unreachable),
        ("div_zero", TrapKind::DivideByZero),
        ("rem_zero", TrapKind::DivideByZero),
        ("div_overflow", TrapKind::Other),
        ("oob", TrapKind::OutOfBounds),
        ("overflow", TrapKind::StackOverflow),
        ("js_overflow", TrapKind::StackOverflow),
    ];
    let mut drift = Vec::new();
    for (name, want) in expected {
        let (ctor, message, js) = &got[name];
        let rust = match ctor.as_str() {
            "RuntimeError" => rust_kind(message),
            "RangeError" if trap::js_is_exhaustion(message) => TrapKind::StackOverflow,
            _ => TrapKind::Other,
        };
        if (*js, rust.code()) != (want.code(), want.code()) {
            drift.push(format!("{name}: V8 threw {ctor} `{message}`: glue.js TrapKind {js}, Rust {rust:?}, expected {want:?}"));
        }
    }
    assert_no_drift("glue.js and Rust classify real V8 traps differently", drift);
}

#[test]
fn repro_js_formats_every_event_as_display_does() {
    let mut e = v8();
    let samples = trace::samples();
    let flat: Vec<i32> = samples.iter().flat_map(|ev| ev.encode()).collect();
    let lines: Vec<String> = call(&mut e, "format", &[], &serde_json::to_string(&flat).unwrap());
    assert_eq!(lines.len(), samples.len(), "repro.js gave {} lines for {} events", lines.len(), samples.len());
    let drift: Vec<String> = samples
        .iter()
        .zip(&lines)
        .filter(|(ev, js)| ev.to_string() != **js)
        .map(|(ev, js)| format!("{:?} {ev:?}: repro.js `{js}`, Display `{ev}`", ev.encode()))
        .collect();
    assert_no_drift("repro.js's event text drifted from trace.rs `Display`", drift);
    // And a whole trace reads as the `.trace` format.
    let t = trace::Trace(samples);
    assert_eq!(lines.join("\n") + "\n", t.to_string());
    assert!(Event::decode([99, 0, 0]).is_none());
}

// ---------------------------------------------------------------------------
// Frames between reprl.rs and worker.mjs.

fn ci() -> bool {
    std::env::var_os("CI").is_some()
}

/// Every worker engine with its executable: the node/deno workers (frames
/// on stdin/stdout), jsc (base64 lines) and workerd (HTTP). A missing one is
/// a SKIP line, or under CI a failure (see also tests/common: this binary
/// runs workers by hand, below the engine API).
fn workers() -> Vec<(&'static dyn Launch, PathBuf)> {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    let launches = SPECS.iter().map(|s| s as &'static dyn Launch).chain([
        &reentry::engine::jsc::JSC as &'static dyn Launch,
        &reentry::engine::workerd::WORKERD as &'static dyn Launch,
    ]);
    for launch in launches {
        match launch.executable() {
            Ok(exe) => found.push((launch, exe)),
            Err(why) => missing.push(format!("{}: {why}", launch.registration().name)),
        }
    }
    if ci() {
        assert!(missing.is_empty(), "CI: pinned worker engines are missing:\n  {}", missing.join("\n  "));
    }
    for m in &missing {
        eprintln!("SKIP {m}");
    }
    found
}

#[test]
fn worker_specs_are_the_manifest_pins() {
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(worker::engines_dir().join("package.json")).expect("engines/package.json"))
            .expect("package.json is JSON");
    let pins: Vec<&String> = manifest["dependencies"].as_object().expect("dependencies").keys().collect();
    let npm: Vec<&str> = SPECS
        .iter()
        .filter_map(|s| match s.exe {
            Exe::Npm(rel) => rel.split('/').next(),
            Exe::Path(_) => None,
        })
        .collect();
    for pin in pins.iter().filter(|p| p.as_str() != reentry::engine::workerd::REGISTRATIONS[0].name) {
        assert!(npm.contains(&pin.as_str()), "engines/package.json pins `{pin}` but no worker::SPECS entry runs it");
    }
    assert!(pins.iter().any(|p| p.as_str() == "workerd"), "engines/package.json pins workerd");
    for n in &npm {
        assert!(pins.iter().any(|p| p == n), "worker::SPECS runs `{n}`, which engines/package.json does not pin");
    }
}

/// Start a worker as `WorkerEngine` does and wait for its handshake.
fn start(launch: &dyn Launch, exe: &Path) -> Box<dyn Channel> {
    let name = launch.registration().name;
    let mut p = launch.spawn(exe).unwrap_or_else(|e| panic!("{name}: {e}"));
    let id = p.handshake(Duration::from_secs(30)).unwrap_or_else(|f| panic!("{name}: handshake: {f:?}"));
    assert_eq!(id.protocol, reprl::PROTOCOL);
    p
}

const TIMEOUT: Duration = Duration::from_secs(30);

fn request(p: &mut Box<dyn Channel>, name: &str, frame: &[u8]) -> Response {
    p.request(frame, TIMEOUT).unwrap_or_else(|f| panic!("{name}: {f:?}"))
}

/// What the worker says it decoded (`reprl::encode_decode`).
#[derive(Debug, PartialEq, Deserialize)]
struct Decoded {
    op: u8,
    key: String,
    flags: Option<u8>,
    module_len: usize,
    module_fnv: String,
    plan: Option<String>,
    exports: Option<Vec<i32>>,
    memory: Option<[u32; 2]>,
}

/// Deterministic bytes (a module need not be valid to be decoded).
fn bytes(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

struct RunFrame {
    key: u64,
    flags: u8,
    wasm: Vec<u8>,
    plan: String,
}

struct FloorFrame {
    key: u64,
    wasm: Vec<u8>,
    exports: Vec<i32>,
    memory: MemoryLimits,
}

fn run_frames() -> Vec<RunFrame> {
    let p = reentry::program::Program::minimal();
    let real = compile::compile(&p, Encoding::Legacy, compile::Options::default());
    vec![
        // The smallest RUN frame: empty module, empty plan.
        RunFrame { key: 0, flags: 0, wasm: vec![], plan: String::new() },
        RunFrame { key: u64::MAX, flags: reprl::FLAG_FORCE_POLYFILL, wasm: b"\0asm\x01\0\0\0".to_vec(), plan: "{}".into() },
        // Above 2^53 (not a JS number), and non-ASCII UTF-8 up to 4-byte
        // sequences (surrogate pairs in JS), a NUL and a BOM.
        RunFrame {
            key: (1 << 53) + 1,
            flags: 0xfe,
            wasm: bytes(3, 1),
            plan: "{\"note\":\"grüße ✓ 日本 𝄞🦀 \u{0} \u{feff}end\"}".into(),
        },
        RunFrame { key: 0x8000_0000_0000_0001, flags: 0, wasm: vec![0], plan: "é".into() },
        // ~1 MiB: past the worker's 64 KiB read buffer, which must grow.
        RunFrame { key: 0xfedc_ba98_7654_3210, flags: 1, wasm: bytes(1 << 20, 2), plan: "x".repeat(70_000) },
        RunFrame { key: compile::module_key(&real), flags: 0, plan: plan::plan_json(&p, None), wasm: real },
    ]
}

fn floor_frames() -> Vec<FloorFrame> {
    vec![
        FloorFrame { key: 0, wasm: vec![], exports: vec![], memory: MemoryLimits { initial: 0, maximum: 0 } },
        FloorFrame {
            key: (1 << 63) + 5,
            wasm: bytes(1 << 20, 3),
            // -1: a fresh instance (engine::FRESH_INSTANCE).
            exports: vec![0, 1, -1, i32::MAX],
            memory: MemoryLimits { initial: 1, maximum: u32::MAX },
        },
        FloorFrame { key: 7, wasm: bytes(100, 4), exports: (0..20_000).collect(), memory: MemoryLimits { initial: 2, maximum: 18 } },
    ]
}

fn decode(p: &mut Box<dyn Channel>, name: &str, inner: &[u8]) -> Response {
    let mut frame = Vec::new();
    reprl::encode_decode(&mut frame, inner);
    request(p, name, &frame)
}

fn decoded(p: &mut Box<dyn Channel>, name: &str, inner: &[u8]) -> Decoded {
    let r = decode(p, name, inner);
    assert_eq!(r.status, reprl::status::OK, "{name}: DECODE answered status {}: {}", r.status, r.text());
    serde_json::from_slice(&r.payload).unwrap_or_else(|e| panic!("{name}: DECODE JSON: {e}: {}", r.text()))
}

#[test]
fn every_worker_decodes_the_frames_rust_encodes() {
    let runs = run_frames();
    let floors = floor_frames();
    for (launch, exe) in workers() {
        let name = launch.registration().name;
        let mut p = start(launch, &exe);
        for f in &runs {
            let mut inner = Vec::new();
            reprl::encode_run(&mut inner, f.key, f.flags, &f.wasm, &f.plan);
            let want = Decoded {
                op: Op::Run as u8,
                key: f.key.to_string(),
                flags: Some(f.flags),
                module_len: f.wasm.len(),
                module_fnv: reprl::glue_hash(&f.wasm),
                plan: Some(f.plan.clone()),
                exports: None,
                memory: None,
            };
            assert_eq!(decoded(&mut p, name, &inner), want, "{name}: RUN key {:#x}", f.key);
        }
        for f in &floors {
            let mut inner = Vec::new();
            reprl::encode_floor(&mut inner, f.key, &f.wasm, &f.exports, f.memory);
            let want = Decoded {
                op: Op::Floor as u8,
                key: f.key.to_string(),
                flags: None,
                module_len: f.wasm.len(),
                module_fnv: reprl::glue_hash(&f.wasm),
                plan: None,
                exports: Some(f.exports.clone()),
                memory: Some([f.memory.initial, f.memory.maximum]),
            };
            assert_eq!(decoded(&mut p, name, &inner), want, "{name}: FLOOR key {:#x}", f.key);
        }
        p.shutdown();
        eprintln!("{name}: {} RUN and {} FLOOR frames decode as encoded", runs.len(), floors.len());
    }
}

/// A malformed request gets the same `BAD_REQUEST` text through `DECODE` as
/// sent for real: the two share their parsers.
#[test]
fn every_worker_rejects_malformed_frames_alike_in_decode_and_for_real() {
    let mut run = Vec::new();
    reprl::encode_run(&mut run, 1, 0, &[1, 2, 3], "{}");
    let mut past = run.clone();
    past[14..18].copy_from_slice(&1000u32.to_le_bytes()); // module length past the frame
    let short = {
        let mut f = 13u32.to_le_bytes().to_vec();
        f.extend_from_slice(&run[4..17]);
        f
    };
    let mut floor = Vec::new();
    reprl::encode_floor(&mut floor, 1, &[1, 2], &[0, 1], MemoryLimits { initial: 1, maximum: 2 });
    let mut trailing = floor.clone();
    trailing.push(0);
    let len = (trailing.len() - 4) as u32;
    trailing[..4].copy_from_slice(&len.to_le_bytes());
    let bad: [(&str, &[u8], &str); 3] = [
        ("RUN with a module length past the frame", &past, "module length past the frame"),
        ("RUN of 13 bytes", &short, "RUN frame too short"),
        ("FLOOR with a trailing byte", &trailing, "do not fill the frame"),
    ];
    for (launch, exe) in workers() {
        let name = launch.registration().name;
        let mut p = start(launch, &exe);
        for (what, frame, text) in bad {
            let via_decode = decode(&mut p, name, frame);
            let real = request(&mut p, name, frame);
            for (how, r) in [("DECODE", &via_decode), ("sent", &real)] {
                assert_eq!(r.status, reprl::status::BAD_REQUEST, "{name}: {what} {how}: {}", r.text());
                assert!(r.text().contains(text), "{name}: {what} {how}: {}", r.text());
            }
            assert_eq!(via_decode.text(), real.text(), "{name}: {what}");
        }
        let mut ping = Vec::new();
        reprl::encode_op(&mut ping, Op::Ping, None);
        let r = decode(&mut p, name, &ping);
        assert_eq!(r.status, reprl::status::BAD_REQUEST, "{name}: DECODE of a PING: {}", r.text());
        let r = request(&mut p, name, &[1, 0, 0, 0, 0x7f]);
        assert_eq!((r.status, r.text()), (reprl::status::BAD_REQUEST, "unknown op 127".to_string()), "{name}");
        let r = request(&mut p, name, &ping);
        assert_eq!((r.status, r.payload.len()), (reprl::status::OK, 0), "{name}: PING");
        let mut throw = Vec::new();
        reprl::encode_op(&mut throw, Op::Throw, None);
        let r = request(&mut p, name, &throw);
        assert_eq!(r.status, reprl::status::JS_ERROR, "{name}: THROW: {}", r.text());
        p.shutdown();
    }
}

/// The response side: the worker's `OK` to `RUN` (after a frame that grew its
/// read buffer) is decoded by `Response::run_result` into the model's trace,
/// the second time from the worker's module cache.
#[test]
fn every_worker_answers_run_with_a_trace_run_result_decodes() {
    let files = corpus::files(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")]).unwrap();
    assert!(!files.is_empty());
    // Compat pins are older releases whose traces may differ (that is what
    // `reentry compat` shows); they are not held to the model here.
    for (launch, exe) in workers().into_iter().filter(|(l, _)| !l.registration().compat_only()) {
        let name = launch.registration().name;
        let mut p = start(launch, &exe);
        let features = p.handshake(TIMEOUT).unwrap().clone();
        let big = floor_frames().remove(1);
        let mut inner = Vec::new();
        reprl::encode_floor(&mut inner, big.key, &big.wasm, &big.exports, big.memory);
        decoded(&mut p, name, &inner);
        let mut cases = 0;
        let mut compiled = std::collections::HashSet::new();
        for file in &files {
            let program = corpus::load(file).program.unwrap();
            // Tasks only where the worker probed JSPI (`facts::no_tasks`).
            if program.has_async() && facts::no_tasks(name, Lane::GENERATED, |f| features.feature(f)).is_some() {
                continue;
            }
            let expected = model::run(&program).unwrap();
            let plan_json = plan::plan_json(&program, None);
            for enc in Encoding::ALL.into_iter().filter(|e| features.feature(e.name())) {
                let wasm = compile::compile(&program, enc, compile::Options::default());
                let key = compile::module_key(&wasm);
                for flags in [0, reprl::FLAG_FORCE_POLYFILL] {
                    // Programs may share a module: the worker caches by
                    // key, and drops the whole cache when it is full.
                    let cached = compiled.contains(&key);
                    if !cached {
                        if compiled.len() >= reprl::MODULE_CACHE_CAPACITY {
                            compiled.clear();
                        }
                        compiled.insert(key);
                    }
                    let mut frame = Vec::new();
                    reprl::encode_run(&mut frame, key, flags, &wasm, &plan_json);
                    let r = request(&mut p, name, &frame);
                    let at = format!("{name}: {} ({}, flags {flags})", file.display(), enc.name());
                    // A module the engine rejects by a known defect of its own.
                    let rejected = Err(reentry::engine::EngineError::Compile(r.text()));
                    let version = launch.version(&features);
                    if r.status == reprl::status::COMPILE_ERROR
                        && facts::engine_defect(name, &version, Lane::GENERATED, enc, &program, &expected.0, &rejected).is_some()
                    {
                        compiled.remove(&key);
                        continue;
                    }
                    assert_eq!(r.status, reprl::status::OK, "{at}: {}", r.text());
                    let (times, flat) = r.run_result().unwrap_or_else(|e| panic!("{at}: {e}"));
                    assert_eq!(times.cache_hit, cached, "{at}: a key's first RUN compiles, later ones hit the cache");
                    if times.cache_hit {
                        assert_eq!(times.compile, Duration::ZERO, "{at}");
                    }
                    let got = trace::decode_flat(&flat).unwrap_or_else(|e| panic!("{at}: {e}"));
                    assert_eq!(trace::Trace(got), expected, "{at}");
                    cases += 1;
                }
            }
        }
        let mut floor = Vec::new();
        let program = reentry::program::Program::minimal();
        let wasm = compile::compile(&program, Encoding::Legacy, compile::Options::default());
        let memory = plan::memory_limits(&program, false);
        reprl::encode_floor(&mut floor, compile::module_key(&wasm), &wasm, &reentry::engine::floor_calls(&program, None), memory);
        let r = request(&mut p, name, &floor);
        assert_eq!((r.status, r.payload.len()), (reprl::status::OK, 0), "{name}: FLOOR: {}", r.text());
        p.shutdown();
        eprintln!("{name}: {cases} RUN answers decode to the model's traces");
    }
}

/// The harness's count of a worker's module cache is worker-core.js's own.
#[test]
fn the_module_cache_capacity_is_worker_cores() {
    let js = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../engines/worker-core.js")).unwrap();
    let decl = format!("const CACHE_CAPACITY = {};", reprl::MODULE_CACHE_CAPACITY);
    assert!(js.contains(&decl), "worker-core.js does not declare `{decl}`");
}
