//! `smith_diff`: a wasm-smith module (or a raw module) on wasmtime and
//! in-process V8, compared on what wasmtime's own differential fuzzer leaves
//! out — exceptions: uncaught ones by tag identity (which exported or
//! imported tag) and payload, next to results, traps by shared class, and the
//! exported globals, memories and tables after the calls.
//!
//! An input is either a wasm-smith module (bytes → [`config`] → module, with
//! every tag exported and `ensure_termination`, refuelled before each call),
//! followed by the arguments drawn from the bytes left; or, if it starts with
//! `\0asm` and validates, a module used as it is, its arguments drawn from its
//! own bytes. Imports are satisfied by
//! generic stubs ([`crate::inspect::stubs`]) on both engines. Every exported
//! function is called once, in export order; exports JS cannot call are
//! skipped and counted. Differences that are not bugs (NaN bits, where stack
//! overflow happens) are declared in [`crate::engine::facts`].

pub mod report;

use crate::engine::raw::{self, Kind, KnownTag, Outcome, Session, Val};
use crate::engine::{self, EngineOptions};
use crate::inspect::info::{self, Item, ModuleInfo};
use crate::inspect::stubs::{self, Stubs};
use arbitrary::Unstructured;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

pub use report::Report;

/// The engines compared, in report order.
pub const ENGINES: [&str; 2] = ["wasmtime", "v8"];

/// The versions of [`ENGINES`], for findings.
pub fn engine_versions() -> std::collections::BTreeMap<String, String> {
    [("wasmtime", engine::wasmtime::version()), ("v8", engine::v8::version())]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}
/// Fuel for `ensure_termination` (loop iterations and calls), given afresh
/// before every call through the exported global [`FUEL_EXPORT`]: wasm-smith
/// loops spin until the fuel runs out, and one such call would otherwise
/// leave every later call nothing but the fuel trap.
pub const FUEL: u32 = 1000;
/// The export name of the fuel global in generated modules.
pub const FUEL_EXPORT: &str = "fuel";
/// Wall-clock limit per call: raw modules have no fuel and may loop forever.
pub const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(1);

/// The wasm-smith configuration: defaults, exceptions on, everything both
/// engines run deterministically on, small memories and tables.
// Field by field, grouped by reason, reads better than one literal.
#[allow(clippy::field_reassign_with_default)]
pub fn config() -> wasm_smith::Config {
    let mut c = wasm_smith::Config::default();
    c.exceptions_enabled = true;
    c.export_everything = true;
    // Float results reach memory and bitcasts with canonical NaNs only.
    c.canonicalize_nans = true;
    // Supported by both engines.
    c.bulk_memory_enabled = true;
    c.reference_types_enabled = true;
    c.multi_value_enabled = true;
    c.sign_extension_ops_enabled = true;
    c.saturating_float_to_int_enabled = true;
    c.tail_call_enabled = true;
    c.extended_const_enabled = true;
    c.simd_enabled = true;
    // Missing on one engine, non-deterministic, or not exnref.
    c.gc_enabled = false;
    c.threads_enabled = false;
    c.shared_everything_threads_enabled = false;
    c.relaxed_simd_enabled = false;
    c.memory64_enabled = false;
    c.max_memories = 1;
    c.custom_page_sizes_enabled = false;
    c.wide_arithmetic_enabled = false;
    c.custom_descriptors_enabled = false;
    // Small: fast to compile, no allocation failures.
    c.max_memory32_bytes = 4 * 65536;
    c.memory_max_size_required = true;
    c.max_tables = 2;
    c.max_table_elements = 100;
    c.table_max_size_required = true;
    // Something to call: without types there are no functions.
    c.min_funcs = 3;
    c.max_funcs = 20;
    c.max_imports = 10;
    c.max_tags = 10;
    c.max_globals = 20;
    c.min_types = 2;
    c.max_types = 30;
    c.max_data_segments = 10;
    c.max_element_segments = 10;
    c
}

/// Features a raw input must validate with: the generated modules' plus
/// typed function references (the spec's exnref modules use them).
pub fn raw_features() -> wasmparser::WasmFeatures {
    config().features() | wasmparser::WasmFeatures::FUNCTION_REFERENCES
}

/// One input, decoded: the module and what to do with it.
pub struct Case {
    pub wasm: Vec<u8>,
    /// Given as a module (`\0asm...`) rather than made by wasm-smith.
    pub raw: bool,
    pub info: ModuleInfo,
    pub stubs: Stubs,
    pub calls: Vec<Call>,
    /// The fuel global's export, set to [`FUEL`] before every call
    /// (generated modules only).
    pub fuel: Option<String>,
    /// Exported functions not called, with why.
    pub skipped: Vec<(String, String)>,
}

pub struct Call {
    pub export: String,
    pub args: Vec<Val>,
    pub results: Vec<Kind>,
}

/// Decode an input; `Err` says why it is not a case (nothing to compare).
pub fn decode(data: &[u8]) -> Result<Case, String> {
    // A mutated raw module rarely stays valid: then its bytes drive
    // wasm-smith like any other input, rather than being wasted.
    let raw = data.starts_with(b"\0asm")
        && wasmparser::Validator::new_with_features(raw_features()).validate_all(data).is_ok();
    let (wasm, fuel, mut u) = if raw {
        (data.to_vec(), None, Unstructured::new(data))
    } else {
        let mut u = Unstructured::new(data);
        let mut config = config();
        // Swarm choices, a byte each: modules that cannot trap (but for
        // running out of fuel), and a control-heavy instruction mix, both so
        // more calls end in exceptions rather than traps; SIMD in a quarter
        // of the modules only, as JS cannot call an export with v128 in its
        // signature (with SIMD always on, most exports were skipped).
        config.disallow_traps = u.arbitrary().unwrap_or(false);
        config.simd_enabled = u.ratio(1u8, 4u8).unwrap_or(false);
        if u.arbitrary().unwrap_or(false) {
            use wasm_smith::{InstructionKind as K, InstructionKinds};
            config.allowed_instructions = InstructionKinds::new(&[K::Control, K::Parametric, K::Variable, K::NumericInt, K::Reference]);
        }
        let mut module = wasm_smith::Module::new(config, &mut u).map_err(|e| format!("wasm-smith: {e}"))?;
        let fuel = module.ensure_termination(FUEL).map_err(|e| format!("ensure_termination: {e}"))?;
        let (wasm, fuel) = add_exports(&module.to_bytes(), Some(fuel))?;
        (wasm, fuel, u)
    };
    let info = ModuleInfo::parse(&wasm)?;
    for (k, a) in info.imports.iter().enumerate() {
        if info.imports[..k].iter().any(|b| (&b.module, &b.field) == (&a.module, &a.field) && b.ty != a.ty) {
            return Err(format!("import name {:?}.{:?} repeated with another type (engine fact)", a.module, a.field));
        }
    }
    let stubs = stubs::build(&wasm, &info).map_err(|e| format!("no stubs: {e}"))?;
    let (mut calls, mut skipped) = (Vec::new(), Vec::new());
    for e in &info.exports {
        let Item::Func(ft) = &e.item else { continue };
        match info::drawn_signature(ft) {
            Ok(sig) => {
                let args = sig.params.iter().map(|k| draw(&mut u, *k)).collect();
                calls.push(Call { export: e.name.clone(), args, results: sig.results });
            }
            Err(why) => skipped.push((e.name.clone(), why)),
        }
    }
    Ok(Case { wasm, raw, info, stubs, calls, fuel, skipped })
}

/// An argument of a kind; NaNs canonical (JS would not keep their bits).
fn draw(u: &mut Unstructured, k: Kind) -> Val {
    match k {
        Kind::I32 => Val::I32(u.arbitrary().unwrap_or(0)),
        Kind::I64 => Val::I64(u.arbitrary().unwrap_or(0)),
        Kind::F32 => Val::F32(u.arbitrary().unwrap_or(0)).canonical(),
        Kind::F64 => Val::F64(u.arbitrary().unwrap_or(0)).canonical(),
        Kind::Ref => Val::Null,
    }
}

/// Add an export `tag<i>` for every tag the module does not export yet, so
/// uncaught exceptions can be told apart by tag on both engines (wasm-smith's
/// `export_everything` leaves tags out), and export the fuel global as
/// [`FUEL_EXPORT`] (made unique; the name is returned).
pub fn add_exports(wasm: &[u8], fuel: Option<u32>) -> Result<(Vec<u8>, Option<String>), String> {
    use wasm_encoder::{ExportKind, ExportSection, Module, RawSection};
    use wasmparser::{ExternalKind, Payload, TypeRef};
    let err = |e: wasmparser::BinaryReaderError| e.to_string();
    let mut tags = 0u32;
    let mut exports: Vec<(String, ExternalKind, u32)> = Vec::new();
    let mut sections: Vec<(u8, std::ops::Range<usize>)> = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(err)?;
        match &payload {
            Payload::ImportSection(r) => {
                for i in r.clone().into_imports() {
                    tags += matches!(i.map_err(err)?.ty, TypeRef::Tag(_)) as u32;
                }
            }
            Payload::TagSection(r) => tags += r.count(),
            Payload::ExportSection(r) => {
                for e in r.clone() {
                    let e = e.map_err(err)?;
                    exports.push((e.name.to_string(), e.kind, e.index));
                }
            }
            _ => {}
        }
        if let Some(s) = payload.as_section() {
            sections.push(s);
        }
    }
    let mut section = ExportSection::new();
    for (name, kind, index) in &exports {
        section.export(name, (*kind).into(), *index);
    }
    let unique = |mut name: String| {
        while exports.iter().any(|(n, _, _)| *n == name) {
            name.push('_');
        }
        name
    };
    let fuel_name = fuel.map(|g| {
        let name = unique(FUEL_EXPORT.into());
        section.export(&name, ExportKind::Global, g);
        name
    });
    for t in 0..tags {
        if !exports.iter().any(|(_, k, i)| *k == ExternalKind::Tag && *i == t) {
            section.export(&unique(format!("tag{t}")), ExportKind::Tag, t);
        }
    }
    // The export section goes where it was, or before the first section that
    // must follow it (start, element, data count, code, data).
    const EXPORT: u8 = 7;
    let after_export = |id: u8| matches!(id, 8..=12);
    let mut module = Module::new();
    let mut placed = false;
    for (id, range) in &sections {
        if !placed && (*id == EXPORT || after_export(*id)) {
            module.section(&section);
            placed = true;
        }
        if *id != EXPORT {
            module.section(&RawSection { id: *id, data: &wasm[range.clone()] });
        }
    }
    if !placed {
        module.section(&section);
    }
    Ok((module.finish(), fuel_name))
}

/// What one engine did with a case.
#[derive(Clone, Debug, Default)]
pub struct Run {
    /// The engine's message if it rejected the module.
    pub compile: Option<String>,
    /// Instantiation (with the stubs): `Returned([])` when it worked.
    pub instantiate: Option<Outcome>,
    /// One per planned call, until one ended the case.
    pub calls: Vec<Outcome>,
    /// After the calls (only if none ended the case): each exported global,
    /// memory and table, described with canonical NaNs and a memory hash.
    pub state: Vec<(String, String)>,
}

impl Run {
    /// Whether the case ended early (exhaustion or timeout) on this engine.
    pub fn ended(&self) -> bool {
        self.instantiate.as_ref().is_some_and(Outcome::ends_case) || self.calls.last().is_some_and(Outcome::ends_case)
    }
}

/// Run a case on one engine.
pub fn run(session: &mut dyn Session, case: &Case) -> Run {
    session.reset();
    let mut run = Run::default();
    let module = match session.compile(&case.wasm) {
        Ok(m) => m,
        Err(e) => {
            run.compile = Some(e);
            return run;
        }
    };
    let stub = session
        .compile(&case.stubs.wasm)
        .map_err(|e| Outcome::Error(format!("stub module rejected: {e}")))
        .and_then(|m| session.instantiate(m, &[], &stub_tags(case)));
    let instance = stub.and_then(|s| session.instantiate(module, &case.stubs.links(&case.info, s), &module_tags(case)));
    let instance = match instance {
        Ok(i) => {
            run.instantiate = Some(Outcome::Returned(Vec::new()));
            i
        }
        Err(o) => {
            run.instantiate = Some(o);
            return run;
        }
    };
    for call in &case.calls {
        if let Some(fuel) = &case.fuel {
            if let Err(e) = session.set_global(instance, fuel, Val::I32(FUEL as i32)) {
                run.calls.push(Outcome::Error(format!("refuelling: {e}")));
                return run;
            }
        }
        let o = session.call(instance, &call.export, &call.args, &call.results);
        let end = o.ends_case();
        run.calls.push(o);
        if end {
            return run;
        }
    }
    for e in &case.info.exports {
        let described = match &e.item {
            Item::Global(g) => match info::kind(g.content_type, true) {
                Some(k) => session.global(instance, &e.name, k).map(|v| format!("global {}", v.canonical())),
                None => continue,
            },
            Item::Memory(_) => session
                .memory(instance, &e.name)
                .map(|m| format!("memory {} bytes, hash {:016x}", m.len(), raw::hash(&m))),
            Item::Table(_) => session.table_size(instance, &e.name).map(|n| format!("table size {n}")),
            Item::Func(_) | Item::Tag(_) => continue,
        };
        run.state.push((e.name.clone(), described.unwrap_or_else(|err| format!("unreadable: {err}"))));
    }
    run
}

/// The stub module's tags, known by the import they stand for.
fn stub_tags(case: &Case) -> Vec<KnownTag> {
    let mut out = Vec::new();
    for (k, export) in &case.stubs.tags {
        let i = &case.info.imports[*k];
        let wasmparser::TypeRef::Tag(t) = i.ty else { continue };
        let params = case
            .info
            .func_type(t.func_type_idx)
            .ok()
            .and_then(|ft| ft.params().iter().map(|p| info::kind(*p, true)).collect::<Option<Vec<_>>>());
        out.push(KnownTag { name: format!("import {:?}.{:?}", i.module, i.field), export: export.clone(), params });
    }
    out
}

/// The module's exported tags, known by export name.
fn module_tags(case: &Case) -> Vec<KnownTag> {
    let mut tags = case.info.known_tags("export", true);
    for t in &mut tags {
        t.name = format!("export {:?}", t.export);
    }
    tags
}

/// Where two runs first disagree.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// `compile`, `instantiate`, `call <n> <export>` or `state <export>`.
    pub step: String,
    pub wasmtime: String,
    pub v8: String,
}

/// Compare two runs of one case (`a` on wasmtime, `b` on V8) up to where
/// either ended early.
pub fn compare(case: &Case, a: &Run, b: &Run) -> Option<Difference> {
    let diff = |step: String, x: String, y: String| Some(Difference { step, wasmtime: x, v8: y });
    let accepted = |r: &Run| r.compile.as_ref().map_or("accepted".to_string(), |e| format!("rejected: {e}"));
    match (&a.compile, &b.compile) {
        (None, None) => {}
        (Some(_), Some(_)) => return None,
        _ => return diff("compile".into(), accepted(a), accepted(b)),
    }
    let (Some(ia), Some(ib)) = (&a.instantiate, &b.instantiate) else { return None };
    if ia.ends_case() || ib.ends_case() {
        return None;
    }
    if !ia.same_as(ib) {
        return diff("instantiate".into(), ia.to_string(), ib.to_string());
    }
    for (n, call) in case.calls.iter().enumerate() {
        let (Some(x), Some(y)) = (a.calls.get(n), b.calls.get(n)) else { return None };
        if x.ends_case() || y.ends_case() {
            return None;
        }
        if !x.same_as(y) {
            return diff(format!("call {n} {:?}", call.export), x.to_string(), y.to_string());
        }
    }
    if a.ended() || b.ended() {
        return None;
    }
    for ((name, x), (_, y)) in a.state.iter().zip(&b.state) {
        if x != y {
            return diff(format!("state {name:?}"), x.clone(), y.clone());
        }
    }
    None
}

/// Counters over a fuzzing run, printed now and then (libFuzzer has no end
/// hook): inputs, cases, calls made, exports skipped, cases cut short.
static INPUTS: AtomicU64 = AtomicU64::new(0);
static CASES: AtomicU64 = AtomicU64::new(0);
static CALLS: AtomicU64 = AtomicU64::new(0);
static SKIPPED: AtomicU64 = AtomicU64::new(0);
static THREW: AtomicU64 = AtomicU64::new(0);
static EXHAUSTED: AtomicU64 = AtomicU64::new(0);
static TIMEOUTS: AtomicU64 = AtomicU64::new(0);

/// The counters as one line.
pub fn summary() -> String {
    let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
    format!(
        "smith_diff: {} inputs, {} cases, {} calls ({} threw), {} exports skipped (JS cannot call them); \
         cases cut short: {} by exhaustion, {} by timeout",
        get(&INPUTS),
        get(&CASES),
        get(&CALLS),
        get(&THREW),
        get(&SKIPPED),
        get(&EXHAUSTED),
        get(&TIMEOUTS)
    )
}

/// Count what a compared case did.
fn count(case: &Case, a: &Run, b: &Run) {
    let last = |r: &Run| r.calls.last().or(r.instantiate.as_ref()).cloned();
    let cut = |f: fn(&Outcome) -> bool| [a, b].iter().any(|r| last(r).as_ref().is_some_and(f));
    CASES.fetch_add(1, Ordering::Relaxed);
    CALLS.fetch_add(a.calls.len().max(b.calls.len()) as u64, Ordering::Relaxed);
    THREW.fetch_add(a.calls.iter().filter(|o| matches!(o, Outcome::Threw { .. })).count() as u64, Ordering::Relaxed);
    SKIPPED.fetch_add(case.skipped.len() as u64, Ordering::Relaxed);
    EXHAUSTED.fetch_add(cut(|o| matches!(o, Outcome::Exhausted(_))) as u64, Ordering::Relaxed);
    TIMEOUTS.fetch_add(cut(|o| matches!(o, Outcome::Timeout)) as u64, Ordering::Relaxed);
}

thread_local! {
    static SESSIONS: RefCell<Option<Vec<Box<dyn Session>>>> = const { RefCell::new(None) };
}

/// Drop this thread's sessions (after a panic left one mid-call); the next
/// input starts fresh ones.
pub fn reset_sessions() {
    SESSIONS.with(|s| s.borrow_mut().take());
}

/// Run an input on both engines (sessions made once per thread). `tamper`
/// changes the V8 run before the comparison: tests use it to prove a
/// difference is caught. `None` if the input is not a case.
pub fn check_with(data: &[u8], tamper: Option<&dyn Fn(&mut Run)>) -> Option<Report> {
    INPUTS.fetch_add(1, Ordering::Relaxed);
    let case = decode(data).ok()?;
    let (wasmtime, mut v8) = SESSIONS.with(|s| {
        let mut s = s.borrow_mut();
        let sessions = s.get_or_insert_with(|| {
            ENGINES
                .iter()
                .map(|name| engine::create_session(name, &EngineOptions { timeout: TIMEOUT, ..EngineOptions::default() }).expect("smith_diff engines start"))
                .collect()
        });
        let a = run(sessions[0].as_mut(), &case);
        let b = run(sessions[1].as_mut(), &case);
        (a, b)
    });
    if let Some(t) = tamper {
        t(&mut v8);
    }
    count(&case, &wasmtime, &v8);
    let difference = compare(&case, &wasmtime, &v8);
    Some(Report { case, wasmtime, v8, difference })
}

/// Run an input on both engines and compare.
pub fn check(data: &[u8]) -> Option<Report> {
    check_with(data, None)
}

/// The fuzz target: panics with the report on a difference.
pub fn smith_diff(data: &[u8]) {
    let n = INPUTS.load(Ordering::Relaxed) + 1;
    if n.is_power_of_two() && n >= 1024 {
        eprintln!("{}", summary());
    }
    if let Some(r) = check(data) {
        if r.difference.is_some() {
            panic!("{r}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(data: &[u8]) -> Case {
        decode(data).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn generated_modules_validate_and_export_every_tag() {
        let mut with_tags = 0;
        for seed in 0..100u64 {
            let data = crate::program::gen::case_bytes(seed, 0, 2000);
            let Ok(c) = decode(&data) else { continue };
            wasmparser::Validator::new_with_features(config().features()).validate_all(&c.wasm).unwrap();
            let exported = c.info.exports.iter().filter(|e| matches!(e.item, Item::Tag(_))).count();
            let declared = module_tag_count(&c.wasm);
            assert_eq!(exported, declared, "seed {seed}: every tag exported");
            with_tags += (declared > 0) as usize;
        }
        assert!(with_tags > 10, "only {with_tags} of 100 modules have tags");
    }

    fn module_tag_count(wasm: &[u8]) -> usize {
        let mut n = 0;
        for p in wasmparser::Parser::new(0).parse_all(wasm) {
            match p.unwrap() {
                wasmparser::Payload::TagSection(r) => n += r.count() as usize,
                wasmparser::Payload::ImportSection(r) => {
                    n += r.into_imports().filter(|i| matches!(i.as_ref().unwrap().ty, wasmparser::TypeRef::Tag(_))).count()
                }
                _ => {}
            }
        }
        n
    }

    #[test]
    fn raw_modules_are_used_as_given_and_skip_what_js_cannot_call() {
        let wasm = wast::parser::parse::<wast::Wat>(
            &wast::parser::ParseBuffer::new(
                r#"(module
                    (func (export "a") (param i32 f32))
                    (func (export "b") (param v128))
                    (func (export "c") (result exnref) ref.null exn))"#,
            )
            .unwrap(),
        )
        .unwrap()
        .encode()
        .unwrap();
        let c = case(&wasm);
        assert!(c.raw);
        assert_eq!(c.wasm, wasm);
        assert_eq!(c.calls.len(), 1);
        assert_eq!(c.calls[0].export, "a");
        assert_eq!(c.skipped, [("b".to_string(), "v128 param".to_string()), ("c".to_string(), "exnref result".to_string())]);
        // Not valid with the shared features: wasm-smith bytes instead.
        assert!(!decode(b"\0asm\x01\0\0\0\x01").is_ok_and(|c| c.raw));
    }

    #[test]
    fn drawn_float_arguments_are_canonical() {
        let mut u = Unstructured::new(&[0x01, 0x00, 0xc0, 0xff]);
        assert_eq!(draw(&mut u, Kind::F32), Val::F32(raw::CANONICAL_NAN32));
        assert_eq!(draw(&mut Unstructured::new(&[]), Kind::Ref), Val::Null);
    }

    fn two_runs() -> (Case, Run) {
        let wasm = wast::parser::parse::<wast::Wat>(
            &wast::parser::ParseBuffer::new(r#"(module (func (export "f") (result i32) i32.const 1) (global (export "g") i32 (i32.const 0)))"#)
                .unwrap(),
        )
        .unwrap()
        .encode()
        .unwrap();
        let run = Run {
            compile: None,
            instantiate: Some(Outcome::Returned(vec![])),
            calls: vec![Outcome::Returned(vec![Val::I32(1)])],
            state: vec![("g".into(), "global i32:0".into())],
        };
        (case(&wasm), run)
    }

    #[test]
    fn compare_finds_the_first_difference_and_stops_at_exhaustion() {
        let (c, a) = two_runs();
        assert_eq!(compare(&c, &a, &a.clone()), None);
        let mut b = a.clone();
        b.calls[0] = Outcome::Trapped { class: raw::TrapClass::Unreachable, message: "unreachable".into() };
        let d = compare(&c, &a, &b).unwrap();
        assert_eq!(d.step, "call 0 \"f\"");
        // The same trap class with other words is no difference.
        let mut a2 = a.clone();
        a2.calls[0] = Outcome::Trapped { class: raw::TrapClass::Unreachable, message: "wasm trap: unreachable".into() };
        assert_eq!(compare(&c, &a2, &b), None);
        // Exhaustion on one side ends the comparison, state included.
        let mut e = a.clone();
        e.calls[0] = Outcome::Exhausted("RangeError: Maximum call stack size exceeded".into());
        e.state.clear();
        assert_eq!(compare(&c, &a, &e), None);
        // State differences after agreeing calls.
        let mut s = a.clone();
        s.state[0].1 = "global i32:1".into();
        assert_eq!(compare(&c, &a, &s).unwrap().step, "state \"g\"");
        // One engine rejecting the module.
        let r = Run { compile: Some("bad".into()), ..Run::default() };
        assert_eq!(compare(&c, &a, &r).unwrap().step, "compile");
    }

    #[test]
    fn add_exports_keeps_the_module_valid_and_existing_exports() {
        let wasm = wast::parser::parse::<wast::Wat>(
            &wast::parser::ParseBuffer::new(r#"(module (tag) (tag (export "tag1")) (tag (param i32)) (global (mut i32) (i32.const 1)) (func (export "f")) (start 0))"#)
                .unwrap(),
        )
        .unwrap()
        .encode()
        .unwrap();
        let (out, fuel) = add_exports(&wasm, Some(0)).unwrap();
        assert_eq!(fuel.as_deref(), Some("fuel"));
        wasmparser::Validator::new().validate_all(&out).unwrap();
        let info = ModuleInfo::parse(&out).unwrap();
        let names: Vec<&str> = info.exports.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["tag1", "f", "fuel", "tag0", "tag2"]);
    }
}
