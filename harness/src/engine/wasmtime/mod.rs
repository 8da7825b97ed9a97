//! wasmtime, in process: the Rust host glue of the protocol.
//!
//! This is the host side of DESIGN.md §1 written against wasmtime's API, the
//! counterpart of `engines/glue.js`:
//! - a host-made tag with an `externref` payload stands in for
//!   `WebAssembly.JSTag`; a host function "throws a JS value" by creating an
//!   exception with it and calling `Store::throw`;
//! - a call into an export ending in `ThrownException` whose pending exception
//!   carries `$wrapped` is recoverable (its payload is rethrown to the host);
//!   anything else (a `Trap`, an exception under another tag) is an abort;
//! - the host throws Wasm exceptions (docs/protocol.md 9-12) as exceptions
//!   made with the tag (the calling instance's exported `__panic_tag`,
//!   `$wrapped`, a host-made tag no module exports) or, for another module's
//!   panic, by calling `raise` of a second instance (`compile::foreign_module`)
//!   and passing on what it threw;
//! - a trap passing through a host function is returned from it as the same
//!   error, so wasmtime unwinds the outer Wasm frames without running any
//!   handler — like V8's uncatchable traps.
//!
//! One `Store` per case; reset adds a new instance to the store. Epoch
//! interruption bounds every case by wall-clock time.

pub mod raw;
mod tasks;

use super::cache::ModuleCache;
use super::declaration::{self, built_in, Effect, EngineDir, Fact, Family, Isolation, Registration, Source};
use crate::guest::Lane;
use super::{Bench, Case, Engine, EngineError, EngineInfo, EngineOptions, Phases};
use crate::compile::Encoding;
use crate::mutant::{self, Mutant};
use crate::program::{DriverStep, ExnTag, HookPolicy, HostStep, OnCatch, Program};
use crate::trace::{self, Event, Failure, Outcome, Trace};
use crate::trap::{TrapClass, TrapKind};
use std::sync::Arc;
use std::time::{Duration, Instant};
use wasmtime::{
    AsContextMut, Caller, Config, ExnRef, ExnRefPre, ExnType, ExternRef, Func, FuncType, Global,
    GlobalType, Instance, Memory, MemoryType, Module, Mutability, OwnedRooted, Rooted, Store,
    StoreContextMut, Table, Tag, TagType, ThrownException, Trap, TypedFunc, Val, ValType,
};

/// wasmtime's engine names: Cranelift as shipped, and a compiler-tier variant.
pub const REGISTRATIONS: &[Registration] = &[
    Registration {
        name: "wasmtime",
        family: Family::Wasmtime,
        variant_of: None,
        isolation: Isolation::InProcess,
        source: Source::Crate,
        about: "crate wasmtime (in process, Cranelift)",
        facts: &[],
        lanes: &[Lane::GENERATED, Lane::RUSTC],
        available: built_in,
        start: |_, o| Ok(Box::new(WasmtimeEngine::with_variant(o, Variant::Default)?)),
        session: Some(|_, o| Ok(Box::new(raw::WasmtimeSession::with_variant(o, Variant::Default)?))),
    },
    Registration {
        name: "wasmtime-o0",
        family: Family::Wasmtime,
        variant_of: Some("wasmtime"),
        isolation: Isolation::InProcess,
        source: Source::Crate,
        about: "crate wasmtime (in process, Cranelift opt-level none, single-pass regalloc)",
        facts: &[],
        lanes: &[Lane::GENERATED, Lane::RUSTC],
        available: built_in,
        start: |_, o| Ok(Box::new(WasmtimeEngine::with_variant(o, Variant::O0)?)),
        session: Some(|_, o| Ok(Box::new(raw::WasmtimeSession::with_variant(o, Variant::O0)?))),
    },
];

/// This directory's line in the registry.
pub const DIR: EngineDir =
    EngineDir { family: Family::Wasmtime, family_facts: &[FAMILY_FACTS], registrations: || REGISTRATIONS.iter().collect(), defects: &[] };

/// Facts of every wasmtime engine.
pub const FAMILY_FACTS: &[Fact] = &[
    Fact {
        what: "wasmtime 48 (Cranelift) runs the exnref encoding only; legacy EH is V8-only",
        effect: Effect::NoEncoding(Encoding::Legacy),
    },
    Fact {
        what: "no tasks on the generated lane: a generated module's async export is suspended at its `await` \
               with its whole Wasm stack (JSPI on V8), and wasmtime 48 suspends a core-module call only as \
               `call_async` on a fiber that holds `&mut Store` until it finishes, so a second task cannot start \
               on the instance while the first one awaits (concurrent calls into one store exist only for \
               components; the stack-switching proposal would need modules that schedule their own \
               continuations). The real guest's futures live in linear memory and are polled: this glue \
               drives them itself on the rustc lane",
        effect: Effect::NoTasks { lane: Lane::GENERATED, when_missing: None },
    },
    Fact {
        what: "no rustc/wasm-bindgen lane: wasm-bindgen's glue is JavaScript, and wasmtime has no JS host to run it",
        effect: Effect::NoLane(Lane::RUSTC_WASM_BINDGEN),
    },
];

/// The Cranelift settings of a variant (shared by both levels).
fn configure(config: &mut Config, variant: Variant) {
    if variant == Variant::O0 {
        config
            .cranelift_opt_level(wasmtime::OptLevel::None)
            .cranelift_regalloc_algorithm(wasmtime::RegallocAlgorithm::SinglePass);
    }
}

/// Index in `Host::funcs` of host import `h0` (after log, panic_error,
/// schedule_reinit, the guest's host_call, closure_new, closure_drop and
/// the guest's host_call_catch).
const FIRST_HOST: usize = 7;

/// Instances come from a pool of preallocated slots instead of a fresh
/// `mmap` (and `munmap`, with its TLB shootdown) each: a case makes one
/// instance per reset, thousands a second. Sized for the largest store a
/// validated program can make (one instance per driver step, plus the
/// first), with memories up to the generated programs' 16 pages and the
/// guest's 4 MiB maximum, and two tables a module (a module with closures
/// and `catch` imports: `__closures` and `$errs`; the rustc guest's
/// function table and `$errs`).
fn pooling(config: &mut Config) {
    let mut pool = wasmtime::PoolingAllocationConfig::default();
    let instances = 2 * (crate::program::limits::MAX_DRIVER as u32 + 1);
    pool.total_core_instances(instances)
        .total_memories(instances)
        .max_tables_per_module(2)
        .total_tables(2 * instances)
        .max_memory_size(16 << 20);
    config.allocation_strategy(wasmtime::InstanceAllocationStrategy::Pooling(pool));
}

/// Epoch ticks per second of the background ticker.
const TICKS_PER_SEC: u64 = 100;

/// Compiler configurations, each its own engine name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `wasmtime`: Cranelift as wasmtime ships it.
    Default,
    /// `wasmtime-o0`: no optimisation, single-pass register allocation (a
    /// different code generator path, and twice as fast to compile).
    O0,
}

impl Variant {
    pub fn name(self) -> &'static str {
        self.registration().name
    }

    pub fn registration(self) -> &'static Registration {
        &REGISTRATIONS[self as usize]
    }

    /// The facts this directory declares for the variant: the family's, its
    /// own and those of the engine it is a variant of.
    fn facts(self) -> impl Iterator<Item = &'static Fact> {
        FAMILY_FACTS.iter().chain(self.registration().facts).chain(REGISTRATIONS[Variant::Default as usize].facts)
    }
}

pub struct WasmtimeEngine {
    variant: Variant,
    engine: wasmtime::Engine,
    /// `compile::foreign_module`, compiled once.
    foreign: Module,
    cache: ModuleCache<Module>,
    timeout: Duration,
    phases: Phases,
    /// The floor's own module cache (same policy as `cache`).
    floor_cache: ModuleCache<Module>,
    funcs: HostFuncs,
}

impl WasmtimeEngine {
    pub fn new(options: &EngineOptions) -> anyhow::Result<WasmtimeEngine> {
        WasmtimeEngine::with_variant(options, Variant::Default)
    }

    pub fn with_variant(options: &EngineOptions, variant: Variant) -> anyhow::Result<WasmtimeEngine> {
        let mut config = Config::new();
        configure(&mut config, variant);
        config
            .wasm_exceptions(true)
            .wasm_gc(true)
            .wasm_function_references(true)
            .wasm_backtrace_max_frames(None)
            .epoch_interruption(true);
        pooling(&mut config);
        let engine = wasmtime::Engine::new(&config)?;
        spawn_ticker(&engine);
        let funcs = HostFuncs::new(&engine)?;
        let foreign = Module::new(&engine, crate::compile::foreign_module())?;
        Ok(WasmtimeEngine {
            variant,
            engine,
            foreign,
            cache: ModuleCache::default(),
            timeout: options.timeout,
            phases: Phases::default(),
            floor_cache: ModuleCache::default(),
            funcs,
        })
    }

    fn module(&mut self, case: &Case) -> Result<Module, EngineError> {
        let engine = &self.engine;
        self.cache.get_or_compile(case.module_key, Some(&mut self.phases), || compile(engine, case.wasm))
    }
}

fn compile(engine: &wasmtime::Engine, wasm: &[u8]) -> Result<Module, EngineError> {
    Module::new(engine, wasm).map_err(|e| EngineError::Compile(format!("{e:#}")))
}

/// Epoch ticks for a wall-clock limit (at least one).
pub(crate) fn epoch_ticks(timeout: Duration) -> u64 {
    (timeout.as_millis() as u64 * TICKS_PER_SEC / 1000).max(1)
}

/// Increment the engine epoch in the background until the engine is dropped.
pub(crate) fn spawn_ticker(engine: &wasmtime::Engine) {
    let weak = engine.weak();
    std::thread::Builder::new()
        .name("wasmtime-epoch".into())
        .spawn(move || loop {
            std::thread::sleep(Duration::from_millis(1000 / TICKS_PER_SEC));
            match weak.upgrade() {
                Some(e) => e.increment_epoch(),
                None => return,
            }
        })
        .expect("spawn epoch ticker");
}

impl Engine for WasmtimeEngine {
    fn name(&self) -> &str {
        self.variant.name()
    }

    fn encodings(&self) -> &[Encoding] {
        &[Encoding::Exnref]
    }

    fn version(&self) -> String {
        version()
    }

    fn run(&mut self, case: &Case) -> Result<Trace, EngineError> {
        let module = self.module(case)?;
        let t = Instant::now();
        self.funcs.ensure_hosts(case.program.imports.len()).map_err(|e| EngineError::Internal(format!("{e:#}")))?;
        let mut store = new_store(&self.engine, &self.funcs, case)?;
        store.data_mut().module = Some(module.clone());
        store.data_mut().foreign_module = Some(self.foreign.clone());
        store.set_epoch_deadline(epoch_ticks(self.timeout));
        let first = instantiate(&mut store.as_context_mut(), &module, 0)
            .map_err(|e| EngineError::Instantiate(format!("{e:#}")))?;
        store.data_mut().instances.push(first);
        self.phases.instantiate += t.elapsed();
        let t = Instant::now();
        let result = self.drive(&mut store);
        self.phases.run += t.elapsed();
        result
    }

    fn bench(&mut self) -> Option<&mut dyn Bench> {
        Some(self)
    }

    fn no_tasks(&self, lane: Lane) -> Option<&'static Fact> {
        declaration::no_tasks(self.variant.facts(), lane, |_| true)
    }

    fn info(&mut self) -> EngineInfo {
        EngineInfo {
            name: self.name().into(),
            location: self.variant.registration().about.into(),
            version: version(),
            encodings: probe_encodings(self),
            features: vec![("externref tag for JSTag".into(), true), ("Store::throw".into(), true)],
        }
    }
}

impl Bench for WasmtimeEngine {
    fn phases(&self) -> Phases {
        self.phases
    }

    fn floor(&mut self, case: &Case, calls: &[i32]) -> Result<(), EngineError> {
        let engine = &self.engine;
        let module = self.floor_cache.get_or_compile(case.module_key, None, || compile(engine, case.wasm))?;
        floor(&self.engine, &module, case, calls)
    }
}

impl WasmtimeEngine {
    /// Run the driver on a store whose first instance exists.
    fn drive(&mut self, store: &mut Store<Host>) -> Result<Trace, EngineError> {
        let program = store.data().program.clone();
        for (n, step) in program.driver.iter().enumerate() {
            let outcome = driver_step(&mut store.as_context_mut(), step);
            store.data_mut().log(Event::Outcome { step: n as i32, outcome });
            if store.data().interrupted {
                return Err(EngineError::Timeout(self.timeout));
            }
            if let Some(e) = store.data_mut().internal_error.take() {
                return Err(EngineError::Internal(e));
            }
        }
        tasks::end_of_driver(&mut store.as_context_mut());
        if let Some(e) = store.data_mut().internal_error.take() {
            return Err(EngineError::Internal(e));
        }
        let flat = std::mem::take(&mut store.data_mut().trace);
        trace::decode_flat(&flat).map(Trace).map_err(EngineError::Internal)
    }
}

/// The floor: instantiate with no-op imports, then `calls` (`engine::floor_calls`:
/// call an export, or a fresh instance in the same store, as a reset makes
/// one). No glue, no trace.
fn floor(engine: &wasmtime::Engine, module: &Module, case: &Case, calls: &[i32]) -> Result<(), EngineError> {
    let internal = |e: wasmtime::Error| EngineError::Internal(format!("{e:#}"));
    let mut store = Store::new(engine, ());
    store.set_epoch_deadline(u64::MAX / 2);
    let ty = tag_type(engine);
    let limits = crate::plan::memory_limits(case.program, case.guest_program.is_some());
    // Every import but the memory is shared by the instances; each has a memory of its own.
    let mut imports: Vec<Option<wasmtime::Extern>> = Vec::new();
    for import in module.imports() {
        let ext: Option<wasmtime::Extern> = match import.ty() {
            wasmtime::ExternType::Func(ft) => Some(
                Func::new(&mut store, ft, |_, _, results| {
                    for r in results.iter_mut() {
                        *r = Val::null_extern_ref();
                    }
                    Ok(())
                })
                .into(),
            ),
            wasmtime::ExternType::Global(_) => Some(
                Global::new(&mut store, GlobalType::new(ValType::I32, Mutability::Const), Val::I32(0)).map_err(internal)?.into(),
            ),
            wasmtime::ExternType::Tag(_) => Some(Tag::new(&mut store, &ty).map_err(internal)?.into()),
            wasmtime::ExternType::Memory(_) => None,
            other => return Err(EngineError::Internal(format!("unexpected import {other:?}"))),
        };
        imports.push(ext);
    }
    let mut epoch = 0;
    // An instance, and the real guest's `call(i)`, which runs its exports.
    let mut fresh = |store: &mut Store<()>| -> Result<(Instance, Option<wasmtime::TypedFunc<i32, i32>>), EngineError> {
        let memory = Memory::new(&mut *store, MemoryType::new(limits.initial, Some(limits.maximum))).map_err(internal)?;
        let imports: Vec<wasmtime::Extern> = imports.iter().map(|i| i.clone().unwrap_or(memory.into())).collect();
        let instance = Instance::new(&mut *store, module, &imports).map_err(|e| EngineError::Instantiate(format!("{e:#}")))?;
        let mut call = None;
        if let Some(bytes) = case.guest_program {
            // The real guest: started with the program and the instance's epoch.
            let alloc = instance.get_typed_func::<i32, i32>(&mut *store, "__reentry_alloc").map_err(internal)?;
            let start = instance.get_typed_func::<(i32, i32, i32), ()>(&mut *store, "__reentry_start").map_err(internal)?;
            let ptr = alloc.call(&mut *store, bytes.len() as i32).map_err(internal)?;
            memory.write(&mut *store, ptr as usize, bytes).map_err(|e| EngineError::Internal(e.to_string()))?;
            start.call(&mut *store, (ptr, bytes.len() as i32, epoch)).map_err(internal)?;
            call = Some(instance.get_typed_func::<i32, i32>(&mut *store, "call").map_err(internal)?);
        }
        epoch += 1;
        Ok((instance, call))
    };
    let (mut instance, mut call) = fresh(&mut store)?;
    for &c in calls {
        if c == super::FRESH_INSTANCE {
            (instance, call) = fresh(&mut store)?;
        } else if let Some(call) = &call {
            let _ = call.call(&mut store, c);
        } else {
            let f = instance.get_typed_func::<(), i32>(&mut store, &format!("e{c}")).map_err(internal)?;
            let _ = f.call(&mut store, ());
        }
    }
    Ok(())
}

/// The wasmtime crate's version (pinned with `=` in harness/Cargo.toml).
pub fn version() -> String {
    "wasmtime 48.0.8".into()
}

/// Which encodings actually compile here (probed, not assumed).
fn probe_encodings(engine: &WasmtimeEngine) -> Vec<Encoding> {
    let p = Program::minimal();
    Encoding::ALL
        .into_iter()
        .filter(|enc| {
            let wasm = crate::compile::compile(&p, *enc, Default::default());
            Module::new(&engine.engine, &wasm).is_ok()
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Store state: the glue's bookkeeping.

/// A value the host can throw (what a JS value would be).
#[derive(Clone, Copy, Debug)]
enum HostValue {
    PanicError(i32),
    Foreign(i32),
    Terminated,
    Stale,
    /// The refusal of a closure Wasm dropped (docs/protocol.md 32-33).
    Dropped,
    /// The refusal of a once closure called again.
    CalledTwice,
}

/// An exception propagating through host code.
enum HostError {
    /// A JS value; with the `$wrapped` exception the glue unwrapped it from,
    /// if it left an export (what `catch raw` rethrows).
    Value(HostValue, Option<OwnedRooted<ExnRef>>),
    /// A `$wrapped` exception object itself, thrown raw: the original one, or
    /// one to make when it is thrown into Wasm.
    Wrapped(HostValue, Option<OwnedRooted<ExnRef>>),
    /// An exception under another tag, as the host sees it.
    Exception(OwnedRooted<ExnRef>, Failure),
    /// A trap (or anything else non-recoverable), kept as the original error
    /// so that rethrowing it into Wasm keeps it a trap.
    Trap(wasmtime::Error, TrapKind),
}

fn value_failure(v: HostValue) -> Failure {
    match v {
        HostValue::PanicError(p) => Failure::Panic(p),
        HostValue::Foreign(v) => Failure::Foreign(v),
        HostValue::Terminated => Failure::Terminated,
        HostValue::Stale => Failure::Stale,
        HostValue::Dropped => Failure::Dropped,
        HostValue::CalledTwice => Failure::CalledTwice,
    }
}

impl HostError {
    fn value(v: HostValue) -> HostError {
        HostError::Value(v, None)
    }

    /// As a host `catch` sees it: `$wrapped` as its payload (protocol.md 13).
    fn failure(&self) -> Failure {
        match self {
            HostError::Value(v, _) | HostError::Wrapped(v, _) => value_failure(*v),
            HostError::Exception(_, f) => *f,
            HostError::Trap(_, k) => Failure::Trap(*k),
        }
    }
}

struct InstanceRec {
    memory: Memory,
    /// Address of the `terminated` flag in `memory`.
    terminated_addr: usize,
    exports: Exports,
    read_state: TypedFunc<(), i32>,
    new_handle: TypedFunc<(), i32>,
    hook_fired: bool,
    /// The instance's `$panic` (`__panic_tag`; the guest keeps rustc's inside).
    panic_tag: Option<Tag>,
    /// The closure entries (`__closures`, compile/mod.rs): `2e` the
    /// unwinding closure over `e<e>`, `2e + 1` the aborting one. Only
    /// generated modules of programs with closures have them.
    closures: Option<Table>,
}

/// A closure the host holds (docs/protocol.md 23, 31-33).
#[derive(Clone, Copy, Debug)]
struct HeldClosure {
    /// The instance that made it.
    epoch: usize,
    aborting: bool,
    /// Made by `Closure::once`: refused once it was called.
    once: bool,
    /// Wasm dropped it (a borrowed one's scope ended, an argument's call returned).
    dropped: bool,
    spent: bool,
}

/// A module's program functions: one export `e<i>` each (generated), or
/// the real guest's `call(i)` and its closure entry `invoke(e)`
/// (docs/guest.md).
enum Exports {
    Generated(Vec<TypedFunc<(), i32>>),
    Guest { call: TypedFunc<i32, i32>, invoke: TypedFunc<i32, i32> },
}

struct Host {
    program: Arc<Program>,
    /// The real guest lane: the program's bytes every instance starts with.
    guest_program: Option<Arc<[u8]>>,
    mutant: Option<Mutant>,
    /// Flat `[code, a, b]` events.
    trace: Vec<i32>,
    instances: Vec<InstanceRec>,
    current: usize,
    reinit_scheduled: bool,
    handle_epochs: Vec<Option<usize>>,
    /// Imports every instance shares, in module import order minus `epoch`
    /// and the tags (see `instantiate`).
    funcs: Vec<Func>,
    /// The module every instance of this case comes from.
    module: Option<Module>,
    jstag: Option<Tag>,
    wrapped: Option<Tag>,
    exn_type: Option<ExnType>,
    /// The exception type of an `(i32)` tag (`$panic`, the unknown tag).
    exn_i32_type: Option<ExnType>,
    /// A tag this store made and no module exports (ExnTag unknown_tag).
    unknown: Option<Tag>,
    /// `compile::foreign_module` and, once instantiated, its `raise` and `$panic`.
    foreign_module: Option<Module>,
    foreign: Option<(TypedFunc<i32, ()>, Tag)>,
    /// The epoch of the instance whose Wasm is running: the caller of a host import.
    active: usize,
    /// The case's tasks by number (issue 13; `None`: its spawn was refused).
    tasks: Vec<Option<tasks::TaskRec>>,
    /// Every closure the host was handed, by id.
    closures: Vec<HeldClosure>,
    /// Per export, the id of the newest closure made for it.
    newest_closure: Vec<Option<usize>>,
    interrupted: bool,
    internal_error: Option<String>,
}

impl Host {
    fn log(&mut self, e: Event) {
        self.trace.extend_from_slice(&e.encode());
    }
}

fn tag_type(engine: &wasmtime::Engine) -> TagType {
    TagType::new(FuncType::new(engine, [ValType::EXTERNREF], []))
}

/// The host functions every store takes its imports from, defined once per
/// engine: `env` (in `ENV_FUNCS` order, `Host::funcs[..FIRST_HOST]`) and
/// `host.h<k>`, added as programs with more imports come.
struct HostFuncs {
    linker: wasmtime::Linker<Host>,
    /// `host.h<k>` is defined for every `k` below this.
    hosts: usize,
    /// The types of the store's tags and their exceptions (`(externref)`,
    /// `(i32)`), registered once.
    tag: TagType,
    i32_tag: TagType,
    exn: ExnType,
    i32_exn: ExnType,
}

/// The `env` host functions, in `Host::funcs` order.
const ENV_FUNCS: [&str; FIRST_HOST] = ["log", "panic_error", "schedule_reinit", "host_call", "closure_new", "closure_drop", "host_call_catch"];

impl HostFuncs {
    fn new(engine: &wasmtime::Engine) -> wasmtime::Result<HostFuncs> {
        let mut linker = wasmtime::Linker::new(engine);
        linker.func_wrap("env", "log", |mut c: Caller<'_, Host>, code: i32, arg: i32, epoch: i32| {
            c.data_mut().trace.extend_from_slice(&[code, arg, epoch]);
        })?;
        linker.func_wrap("env", "panic_error", |mut c: Caller<'_, Host>, p: i32| -> wasmtime::Result<Option<Rooted<ExternRef>>> {
            let lost = mutant::is(c.data().mutant, Mutant::GlueLosesPayload);
            let p = if lost { crate::trace::LOST_PAYLOAD } else { p };
            Ok(Some(ExternRef::new(&mut c, HostValue::PanicError(p))?))
        })?;
        linker.func_wrap("env", "schedule_reinit", |mut c: Caller<'_, Host>| {
            let h = c.data_mut();
            h.reinit_scheduled = true;
            h.log(Event::ScheduleReinit);
        })?;
        // The real guest's one host import, `env.host_call(k)`; `k < 0` is a
        // task's await (docs/guest.md "Tasks").
        linker.func_wrap("env", "host_call", |mut c: Caller<'_, Host>, k: i32| -> wasmtime::Result<()> {
            let mut cx = c.as_context_mut();
            let r = if k < 0 { tasks::await_op(&mut cx, k) } else { host_import(&mut cx, k as u32) };
            into_wasm(&mut cx, r)
        })?;
        // `env.closure_new(export, kind) -> id`: a `closure` step (the Wasm
        // logged it) hands the host a closure bound to the instance that made
        // it; `kind` is `ClosureKind::code()` (+ 16 for an aborting edge).
        linker.func_wrap("env", "closure_new", |mut c: Caller<'_, Host>, e: i32, kind: i32| -> i32 {
            let h = c.data_mut();
            let once = kind & 7 == crate::program::ClosureCtor::Once as i32;
            h.closures.push(HeldClosure { epoch: h.active, aborting: kind & 16 != 0, once, dropped: false, spent: false });
            let id = h.closures.len() - 1;
            match h.newest_closure.get_mut(e as usize) {
                Some(slot) => *slot = Some(id),
                None => h.internal_error = Some(format!("closure_new for e{e}, which does not exist")),
            }
            id as i32
        })?;
        // `env.closure_drop(id)`: Wasm dropped it.
        linker.func_wrap("env", "closure_drop", |mut c: Caller<'_, Host>, id: i32| {
            let h = c.data_mut();
            match h.closures.get_mut(id as usize) {
                Some(held) => held.dropped = true,
                None => h.internal_error = Some(format!("closure_drop of {id}, which was never made")),
            }
        })?;
        // The real guest's `catch` import: the same host function, whose
        // exception the bound module's catch wrapper takes as `Err`.
        linker.func_wrap("env", "host_call_catch", |mut c: Caller<'_, Host>, k: i32| -> wasmtime::Result<i32> {
            let mut cx = c.as_context_mut();
            let r = host_import(&mut cx, k as u32);
            into_wasm(&mut cx, r).map(|()| 0)
        })?;
        let tag = tag_type(engine);
        let i32_tag = TagType::new(FuncType::new(engine, [ValType::I32], []));
        let (exn, i32_exn) = (ExnType::from_tag_type(&tag)?, ExnType::from_tag_type(&i32_tag)?);
        Ok(HostFuncs { linker, hosts: 0, tag, i32_tag, exn, i32_exn })
    }

    /// Define `host.h<k>` for every `k < n`.
    fn ensure_hosts(&mut self, n: usize) -> wasmtime::Result<()> {
        for k in self.hosts..n {
            self.linker.func_wrap("host", &format!("h{k}"), move |mut c: Caller<'_, Host>| -> wasmtime::Result<()> {
                let mut cx = c.as_context_mut();
                let r = host_import(&mut cx, k as u32);
                into_wasm(&mut cx, r)
            })?;
            self.hosts = k + 1;
        }
        Ok(())
    }
}

fn new_store(engine: &wasmtime::Engine, host_funcs: &HostFuncs, case: &Case) -> Result<Store<Host>, EngineError> {
    let host = Host {
        program: case.program.clone(),
        guest_program: case.guest_program.map(Arc::from),
        mutant: case.mutant,
        trace: Vec::with_capacity(256),
        instances: Vec::new(),
        current: 0,
        reinit_scheduled: false,
        handle_epochs: Vec::new(),
        funcs: Vec::new(),
        module: None,
        jstag: None,
        wrapped: None,
        exn_type: None,
        exn_i32_type: None,
        unknown: None,
        foreign_module: None,
        foreign: None,
        active: 0,
        tasks: Vec::new(),
        closures: Vec::new(),
        newest_closure: vec![None; case.program.exports.len()],
        interrupted: false,
        internal_error: None,
    };
    let mut store = Store::new(engine, host);
    let internal = |e: wasmtime::Error| EngineError::Internal(format!("{e:#}"));
    let jstag = Tag::new(&mut store, &host_funcs.tag).map_err(internal)?;
    let wrapped = Tag::new(&mut store, &host_funcs.tag).map_err(internal)?;
    let unknown = Tag::new(&mut store, &host_funcs.i32_tag).map_err(internal)?;

    // Host functions are the engine's (`HostFuncs`): taking them into the
    // store registers no type and allocates no closure per case.
    let names = ENV_FUNCS.iter().map(|n| ("env", n.to_string())).chain((0..case.program.imports.len()).map(|k| ("host", format!("h{k}"))));
    let funcs = names
        .map(|(module, name)| {
            let f = host_funcs.linker.get(&mut store, module, &name).ok().and_then(wasmtime::Extern::into_func);
            f.ok_or_else(|| EngineError::Internal(format!("no host function {module}.{name}")))
        })
        .collect::<Result<Vec<Func>, EngineError>>()?;
    let h = store.data_mut();
    h.funcs = funcs;
    h.jstag = Some(jstag);
    h.wrapped = Some(wrapped);
    h.exn_type = Some(host_funcs.exn.clone());
    h.exn_i32_type = Some(host_funcs.i32_exn.clone());
    h.unknown = Some(unknown);
    Ok(store)
}

/// How a host function's error enters Wasm: a JS value as `$jstag`, a Wasm
/// exception as itself, a trap as the same trap.
fn into_wasm(cx: &mut Cx, r: Result<(), HostError>) -> wasmtime::Result<()> {
    match r {
        Ok(()) => Ok(()),
        Err(HostError::Value(v, _)) => throw_js(cx, v),
        Err(HostError::Wrapped(_, Some(raw))) => {
            let exn = raw.to_rooted(&mut *cx);
            cx.throw(exn)
        }
        Err(HostError::Wrapped(v, None)) => {
            let tag = cx.data().wrapped.expect("store set up");
            let payload = ExternRef::new(&mut *cx, v)?;
            let exn = new_exn(cx, false, tag, Val::ExternRef(Some(payload)))?;
            cx.throw(exn)
        }
        Err(HostError::Exception(exn, _)) => {
            let exn = exn.to_rooted(&mut *cx);
            cx.throw(exn)
        }
        Err(HostError::Trap(e, _)) => Err(e),
    }
}

/// A new exception under `tag` (an `(i32)` tag if `i32`, else `(externref)`).
fn new_exn(cx: &mut Cx, i32: bool, tag: Tag, field: Val) -> wasmtime::Result<Rooted<ExnRef>> {
    let ty = if i32 { cx.data().exn_i32_type.clone() } else { cx.data().exn_type.clone() }.expect("store set up");
    let pre = ExnRefPre::new(&mut *cx, ty);
    ExnRef::new(&mut *cx, &pre, &tag, &[field])
}

type Cx<'a> = StoreContextMut<'a, Host>;

fn instantiate(cx: &mut Cx, module: &Module, epoch: usize) -> wasmtime::Result<InstanceRec> {
    let epoch_global =
        Global::new(&mut *cx, GlobalType::new(ValType::I32, Mutability::Const), Val::I32(epoch as i32))?;
    // Every module imports its memory (plan::memory_limits), a fresh one per instance.
    let limits = crate::plan::memory_limits(&cx.data().program, cx.data().guest_program.is_some());
    let memory = Memory::new(&mut *cx, MemoryType::new(limits.initial, Some(limits.maximum)))?;
    // Resolve imports by name (the module interface of compile/mod.rs).
    let h = cx.data();
    let mut imports: Vec<wasmtime::Extern> = Vec::with_capacity(h.funcs.len() + 3);
    for import in module.imports() {
        let ext: wasmtime::Extern = match (import.module(), import.name()) {
            ("env", "log") => h.funcs[0].into(),
            ("env", "panic_error") => h.funcs[1].into(),
            ("env", "schedule_reinit") => h.funcs[2].into(),
            ("env", "host_call") => h.funcs[3].into(),
            ("env", "closure_new") => h.funcs[4].into(),
            ("env", "closure_drop") => h.funcs[5].into(),
            ("env", "host_call_catch") => h.funcs[6].into(),
            ("env", "memory") => memory.into(),
            ("env", "epoch") => epoch_global.into(),
            ("env", "jstag") => h.jstag.expect("store set up").into(),
            ("env", "wrapped") => h.wrapped.expect("store set up").into(),
            ("host", name) => {
                let k: usize = name.strip_prefix('h').and_then(|k| k.parse().ok()).unwrap_or(usize::MAX);
                (*h.funcs.get(FIRST_HOST + k).ok_or_else(|| wasmtime::format_err!("no host import {name}"))?).into()
            }
            (m, n) => wasmtime::bail!("unknown import {m}.{n}"),
        };
        imports.push(ext);
    }
    let n = h.program.exports.len();
    let guest_program = h.guest_program.clone();
    let instance = Instance::new(&mut *cx, module, &imports)?;
    let exports = match guest_program {
        None => Exports::Generated(
            (0..n)
                .map(|i| instance.get_typed_func::<(), i32>(&mut *cx, &format!("e{i}")))
                .collect::<wasmtime::Result<Vec<_>>>()?,
        ),
        Some(bytes) => {
            // Start the guest: the program's bytes into its memory, then
            // `__reentry_start(ptr, len, epoch)`.
            let alloc = instance.get_typed_func::<i32, i32>(&mut *cx, "__reentry_alloc")?;
            let start = instance.get_typed_func::<(i32, i32, i32), ()>(&mut *cx, "__reentry_start")?;
            let memory = instance.get_memory(&mut *cx, "memory").ok_or_else(|| wasmtime::format_err!("no memory"))?;
            let ptr = alloc.call(&mut *cx, bytes.len() as i32)?;
            memory.write(&mut *cx, ptr as usize, &bytes)?;
            start.call(&mut *cx, (ptr, bytes.len() as i32, epoch as i32))?;
            Exports::Guest {
                call: instance.get_typed_func(&mut *cx, "call")?,
                invoke: instance.get_typed_func(&mut *cx, "invoke")?,
            }
        }
    };
    // The flag's address comes from the module, as wasm-bindgen reads it.
    let terminated_addr = match instance.get_global(&mut *cx, "__instance_terminated").map(|g| g.get(&mut *cx)) {
        Some(Val::I32(a)) => a as usize,
        _ => wasmtime::bail!("no i32 global __instance_terminated"),
    };
    Ok(InstanceRec {
        memory: instance.get_memory(&mut *cx, "memory").ok_or_else(|| wasmtime::format_err!("no memory"))?,
        read_state: instance.get_typed_func(&mut *cx, "__read_state")?,
        new_handle: instance.get_typed_func(&mut *cx, "__new_handle")?,
        exports,
        terminated_addr,
        hook_fired: false,
        panic_tag: instance.get_tag(&mut *cx, "__panic_tag"),
        closures: instance.get_table(&mut *cx, "__closures"),
    })
}

// ---------------------------------------------------------------------------
// The glue.

fn driver_step(cx: &mut Cx, step: &DriverStep) -> Outcome {
    let outcome = |r: Result<i32, HostError>| match r {
        Ok(v) => Outcome::Value(v),
        Err(e) => Outcome::Failed(e.failure()),
    };
    match *step {
        DriverStep::Call { export } => outcome(call_export(cx, Target::Export(export), None)),
        // From a promise callback: with no Wasm frame below, as the driver
        // runs every step here (docs/protocol.md 23).
        DriverStep::Invoke { export } => invoke(cx, export).map_or(Outcome::NoClosure, outcome),
        DriverStep::Reset => {
            reset(cx);
            Outcome::Done
        }
        DriverStep::NewHandle => {
            let r = call_export(cx, Target::NewHandle, None);
            let epoch = r.is_ok().then_some(cx.data().current);
            cx.data_mut().handle_epochs.push(epoch);
            outcome(r)
        }
        DriverStep::CallHandle { handle, export } => match cx.data().handle_epochs[handle as usize] {
            None => Outcome::NoHandle,
            Some(epoch) => outcome(call_export(cx, Target::Export(export), Some(epoch))),
        },
        DriverStep::ReadState => outcome(call_export(cx, Target::ReadState, None)),
        DriverStep::Spawn { export } => tasks::spawn(cx, export),
        DriverStep::Resolve { task } => tasks::settle_await(cx, task as usize, None),
        DriverStep::Reject { task, value } => tasks::settle_await(cx, task as usize, Some(value)),
    }
}

#[derive(Clone, Copy)]
enum Target {
    Export(u32),
    ReadState,
    NewHandle,
    /// The real guest's `call(op)` with a task op (`op < 0`).
    TaskOp(i32),
    /// The closure entry of `e<export>` of that kind (`__closures`).
    Closure { export: u32, aborting: bool },
}

fn terminated(cx: &Cx, epoch: usize) -> bool {
    let rec = &cx.data().instances[epoch];
    let a = rec.terminated_addr;
    rec.memory.data(cx).get(a..a + 4).is_some_and(|w| w != [0, 0, 0, 0])
}

fn set_terminated(cx: &mut Cx, epoch: usize) {
    let rec = &cx.data().instances[epoch];
    let (mem, a) = (rec.memory, rec.terminated_addr);
    if let Some(w) = mem.data_mut(&mut *cx).get_mut(a..a + 4) {
        w.copy_from_slice(&1i32.to_le_bytes());
    }
}

fn fire_hook(cx: &mut Cx, epoch: usize) {
    let h = cx.data_mut();
    if mutant::is(h.mutant, Mutant::HookNever) {
        return;
    }
    h.instances[epoch].hook_fired = true;
    h.log(Event::Hook { epoch: epoch as i32 });
    if h.program.hook == HookPolicy::Reinit {
        h.reinit_scheduled = true;
    }
}

fn reset(cx: &mut Cx) {
    let epoch = cx.data().instances.len();
    let module = cx.data().module.clone().expect("store set up");
    match instantiate(cx, &module, epoch) {
        Ok(rec) => {
            let m = cx.data().mutant;
            let old = cx.data().instances[cx.data().current].memory;
            if mutant::is(m, Mutant::ResetKeepsMemory) {
                let bytes = old.data(&*cx).to_vec();
                let n = bytes.len().min(rec.memory.data_size(&*cx));
                rec.memory.data_mut(&mut *cx)[..n].copy_from_slice(&bytes[..n]);
            }
            if mutant::is(m, Mutant::ResetKeepsGrownMemory) {
                let (old_len, fresh_len) = (old.data_size(&*cx), rec.memory.data_size(&*cx));
                if old_len > fresh_len && rec.memory.grow(&mut *cx, ((old_len - fresh_len) / 65536) as u64).is_ok() {
                    let grown = old.data(&*cx)[fresh_len..].to_vec();
                    rec.memory.data_mut(&mut *cx)[fresh_len..].copy_from_slice(&grown);
                }
            }
            let h = cx.data_mut();
            h.instances.push(rec);
            h.current = epoch;
            h.reinit_scheduled = false;
            h.log(Event::Reset { epoch: epoch as i32 });
        }
        Err(e) => cx.data_mut().internal_error = Some(format!("reset: {e:#}")),
    }
}

/// The call guard: runs before every call into an export.
fn call_guard(cx: &mut Cx) -> Result<(), HostError> {
    let cur = cx.data().current;
    let ignore = mutant::is(cx.data().mutant, Mutant::GuardIgnoresTerminated);
    if !ignore && terminated(cx, cur) {
        if !cx.data().instances[cur].hook_fired {
            fire_hook(cx, cur);
        }
        if !cx.data().reinit_scheduled {
            return Err(HostError::value(HostValue::Terminated));
        }
        reset(cx);
    } else if cx.data().reinit_scheduled {
        reset(cx);
    }
    Ok(())
}

/// Call `target` through the glue: the call guard, then for an object bound
/// to an epoch (a handle, a closure) the stale check (decisions 5, 24).
fn call_export(cx: &mut Cx, target: Target, bound_to: Option<usize>) -> Result<i32, HostError> {
    call_guard(cx)?;
    stale_check(cx, bound_to)?;
    call_current(cx, target)
}

/// Call the newest closure made for `export` through its closure entry
/// (`None`: none was made): the call guard, the stale check, then the
/// closure's own (one Wasm dropped, a once one called before, are refused).
fn invoke(cx: &mut Cx, export: u32) -> Option<Result<i32, HostError>> {
    let id = cx.data().newest_closure.get(export as usize).copied().flatten()?;
    Some(invoke_closure(cx, export, id))
}

fn invoke_closure(cx: &mut Cx, export: u32, id: usize) -> Result<i32, HostError> {
    let c = cx.data().closures[id];
    call_guard(cx)?;
    stale_check(cx, Some(c.epoch))?;
    let m = cx.data().mutant;
    if c.dropped && !mutant::is(m, Mutant::DroppedClosureRuns) {
        return Err(HostError::value(HostValue::Dropped));
    }
    if c.once {
        if c.spent {
            return Err(HostError::value(HostValue::CalledTwice));
        }
        cx.data_mut().closures[id].spent = !mutant::is(m, Mutant::OnceClosureRunsTwice);
    }
    call_current(cx, Target::Closure { export, aborting: c.aborting })
}

/// The closure entry of `e<export>` in instance `inst`.
fn closure_entry(cx: &mut Cx, inst: usize, export: u32, aborting: bool) -> wasmtime::Result<TypedFunc<(), i32>> {
    let table = cx.data().instances[inst].closures.ok_or_else(|| wasmtime::format_err!("no closure entries in this module (a lane fact)"))?;
    match table.get(&mut *cx, 2 * export as u64 + aborting as u64) {
        Some(wasmtime::Ref::Func(Some(f))) => f.typed(&*cx),
        other => wasmtime::bail!("closure entry of e{export} is {other:?}"),
    }
}

/// After the call guard: refuse an object bound to an older epoch.
fn stale_check(cx: &Cx, bound_to: Option<usize>) -> Result<(), HostError> {
    match bound_to {
        Some(epoch) if epoch != cx.data().current && !mutant::is(cx.data().mutant, Mutant::StaleHandlesAccepted) => {
            Err(HostError::value(HostValue::Stale))
        }
        _ => Ok(()),
    }
}

/// Call `target` in the current instance (its checks done), and classify
/// what leaves it.
fn call_current(cx: &mut Cx, target: Target) -> Result<i32, HostError> {
    let inst = cx.data().current;
    let generated = matches!(cx.data().instances[inst].exports, Exports::Generated(_));
    let closure = match target {
        Target::Closure { export, aborting } if generated => match closure_entry(cx, inst, export, aborting) {
            Ok(f) => Some(f),
            Err(e) => {
                cx.data_mut().internal_error = Some(format!("{e:#}"));
                return Err(HostError::Trap(e, TrapKind::Other));
            }
        },
        _ => None,
    };
    let caller = std::mem::replace(&mut cx.data_mut().active, inst);
    let rec = &cx.data().instances[inst];
    let result = match (target, &rec.exports) {
        (Target::Export(i), Exports::Generated(e)) => e[i as usize].clone().call(&mut *cx, ()),
        (Target::Export(i), Exports::Guest { call, .. }) => call.clone().call(&mut *cx, i as i32),
        (Target::TaskOp(op), Exports::Guest { call, .. }) => call.clone().call(&mut *cx, op),
        (Target::TaskOp(_), Exports::Generated(_)) => Err(wasmtime::format_err!("no tasks in generated modules here")),
        // The guest's closure entry runs its newest closure over e<export>,
        // which knows its kind (docs/guest.md "Closures").
        (Target::Closure { export, .. }, Exports::Guest { invoke, .. }) => invoke.clone().call(&mut *cx, export as i32),
        (Target::Closure { .. }, Exports::Generated(_)) => closure.expect("resolved above").call(&mut *cx, ()),
        (Target::ReadState, _) => rec.read_state.clone().call(&mut *cx, ()),
        (Target::NewHandle, _) => rec.new_handle.clone().call(&mut *cx, ()),
    };
    cx.data_mut().active = caller;
    match result {
        Ok(v) => Ok(v),
        Err(e) => Err(classify(cx, inst, e)),
    }
}

/// After an error out of an export: `$wrapped` is recoverable; anything else
/// aborts the instance the call entered: an exception under another tag
/// (docs/protocol.md 12, the host gets the exception itself) or a trap.
fn classify(cx: &mut Cx, inst: usize, e: wasmtime::Error) -> HostError {
    let m = cx.data().mutant;
    let kind = if e.is::<ThrownException>() {
        match take_exception(cx) {
            Ok(Thrown::Wrapped(v, raw)) => return HostError::Value(v, Some(raw)),
            Ok(Thrown::Other(exn, failure)) => {
                if mutant::is(m, Mutant::ExceptionRecoverable) {
                    return HostError::Exception(exn, failure);
                }
                cx.data_mut().log(Event::Uncaught { epoch: inst as i32 });
                abort(cx, inst);
                return HostError::Exception(exn, failure);
            }
            Err(msg) => {
                cx.data_mut().internal_error = Some(msg);
                TrapKind::Other
            }
        }
    } else {
        match e.downcast_ref::<Trap>() {
            Some(Trap::Interrupt) => {
                cx.data_mut().interrupted = true;
                TrapKind::Other
            }
            Some(t) => TrapClass::of_wasmtime(*t).kind(),
            None => TrapKind::Other,
        }
    };
    if mutant::is(m, Mutant::TrapRecoverable) {
        return HostError::Trap(e, kind);
    }
    abort(cx, inst);
    HostError::Trap(e, kind)
}

/// Set the flag of the instance a call entered; fire its hook once.
fn abort(cx: &mut Cx, inst: usize) {
    set_terminated(cx, inst);
    if !cx.data().instances[inst].hook_fired || mutant::is(cx.data().mutant, Mutant::HookEveryBoundary) {
        fire_hook(cx, inst);
    }
}

/// The pending exception, by tag.
enum Thrown {
    /// `$wrapped`: its payload, and the exception itself.
    Wrapped(HostValue, OwnedRooted<ExnRef>),
    /// Any other tag: the exception, and what the host sees it as.
    Other(OwnedRooted<ExnRef>, Failure),
}

/// Take the pending exception and tell what it is.
fn take_exception(cx: &mut Cx) -> Result<Thrown, String> {
    let err = |e: wasmtime::Error| format!("{e:#}");
    let exn = cx.take_pending_exception().ok_or("ThrownException without a pending exception")?;
    let owned = exn.to_owned_rooted(&mut *cx).map_err(err)?;
    let tag = exn.tag(&mut *cx).map_err(err)?;
    let h = cx.data();
    let wrapped = h.wrapped.expect("store set up");
    if Tag::eq(&tag, &wrapped, &*cx) {
        return match exn.field(&mut *cx, 0).map_err(err)? {
            Val::ExternRef(Some(r)) => {
                let data = r.data(&*cx).map_err(err)?;
                let v = data
                    .and_then(|d| d.downcast_ref::<HostValue>())
                    .copied()
                    .ok_or("$wrapped payload is not a host value")?;
                Ok(Thrown::Wrapped(v, owned))
            }
            other => Err(format!("$wrapped payload is {other:?}")),
        };
    }
    let own_panic = h.instances.iter().filter_map(|r| r.panic_tag).any(|t| Tag::eq(&t, &tag, &*cx));
    let of = |t: Option<Tag>| t.is_some_and(|t| Tag::eq(&t, &tag, &*cx));
    let make: fn(i32) -> Failure = if of(h.foreign.as_ref().map(|f| f.1)) {
        Failure::ForeignPanic
    } else if of(h.unknown) {
        Failure::UnknownTag
    } else if own_panic {
        Failure::WasmPanic
    } else {
        return Err("an exception under a tag the glue does not know".into());
    };
    match exn.field(&mut *cx, 0).map_err(err)? {
        Val::I32(p) => Ok(Thrown::Other(owned, make(p))),
        other => Err(format!("exception payload is {other:?}")),
    }
}

/// Throw a host value into Wasm as a `$jstag` exception.
fn throw_js(cx: &mut Cx, v: HostValue) -> wasmtime::Result<()> {
    let payload = ExternRef::new(&mut *cx, v)?;
    let tag = cx.data().jstag.expect("store set up");
    let exn = new_exn(cx, false, tag, Val::ExternRef(Some(payload)))?;
    cx.throw(exn)
}

fn host_import(cx: &mut Cx, import: u32) -> Result<(), HostError> {
    cx.data_mut().log(Event::HostEnter { import: import as i32 });
    let program = cx.data().program.clone();
    host_steps(cx, &program.imports[import as usize].body)?;
    cx.data_mut().log(Event::HostExit { import: import as i32 });
    Ok(())
}

/// A host step's `throw` of a Wasm exception under `tag` (docs/protocol.md 9-12).
fn throw_exn(cx: &mut Cx, tag: ExnTag, value: i32) -> HostError {
    let made = match tag {
        ExnTag::Wrapped => return HostError::Wrapped(HostValue::Foreign(value), None),
        ExnTag::Panic => {
            // The `$panic` of the instance that called this import.
            let h = cx.data();
            match h.instances[h.active].panic_tag {
                Some(t) => new_exn(cx, true, t, Val::I32(value)).map(|e| (e, Failure::WasmPanic(value))),
                None => Err(wasmtime::format_err!("this module has no $panic tag the host can throw (a lane fact)")),
            }
        }
        ExnTag::UnknownTag => {
            let t = cx.data().unknown.expect("store set up");
            new_exn(cx, true, t, Val::I32(value)).map(|e| (e, Failure::UnknownTag(value)))
        }
        // Another module's panic: call its `raise` and pass on what it throws.
        ExnTag::ForeignPanic => foreign_raise(cx, value).map(|e| (e, Failure::ForeignPanic(value))),
    };
    match made.and_then(|(e, f)| Ok((e.to_owned_rooted(&mut *cx)?, f))) {
        Ok((exn, failure)) => HostError::Exception(exn, failure),
        Err(e) => {
            cx.data_mut().internal_error = Some(format!("throwing a {} exception: {e:#}", tag.name()));
            HostError::Trap(e, TrapKind::Other)
        }
    }
}

/// Call the second module's `raise(value)` (instantiated on first use) and
/// take the exception it throws.
fn foreign_raise(cx: &mut Cx, value: i32) -> wasmtime::Result<Rooted<ExnRef>> {
    if cx.data().foreign.is_none() {
        let module = cx.data().foreign_module.clone().expect("store set up");
        let instance = Instance::new(&mut *cx, &module, &[])?;
        let raise = instance.get_typed_func::<i32, ()>(&mut *cx, "raise")?;
        let tag = instance.get_tag(&mut *cx, "panic").ok_or_else(|| wasmtime::format_err!("no panic tag"))?;
        cx.data_mut().foreign = Some((raise, tag));
    }
    let raise = cx.data().foreign.as_ref().expect("just made").0.clone();
    match raise.call(&mut *cx, value) {
        Ok(()) => wasmtime::bail!("the foreign module's raise returned"),
        Err(e) if e.is::<ThrownException>() => {
            cx.take_pending_exception().ok_or_else(|| wasmtime::format_err!("ThrownException without a pending exception"))
        }
        Err(e) => Err(e),
    }
}

fn host_steps(cx: &mut Cx, steps: &[HostStep]) -> Result<(), HostError> {
    for step in steps {
        match step {
            HostStep::CallExport { export } => {
                let value = call_export(cx, Target::Export(*export), None)?;
                cx.data_mut().log(Event::HostReturn { export: *export as i32, value });
            }
            HostStep::Throw { value } => {
                cx.data_mut().log(Event::Throw { value: *value });
                return Err(HostError::value(HostValue::Foreign(*value)));
            }
            HostStep::ThrowExn { tag, value } => {
                cx.data_mut().log(Event::ThrowExn { tag: *tag, value: *value });
                return Err(throw_exn(cx, *tag, *value));
            }
            HostStep::Try { body, on_catch } => {
                if let Err(e) = host_steps(cx, body) {
                    cx.data_mut().log(Event::Catch { failure: e.failure() });
                    match on_catch {
                        OnCatch::Swallow => {}
                        OnCatch::Rethrow => return Err(e),
                        OnCatch::RethrowWrapped { value } => {
                            cx.data_mut().log(Event::Throw { value: *value });
                            return Err(HostError::value(HostValue::Foreign(*value)));
                        }
                        // The `$wrapped` exception the glue unwrapped, else the same.
                        OnCatch::RethrowRaw => {
                            return Err(match e {
                                HostError::Value(v, Some(raw)) => HostError::Wrapped(v, Some(raw)),
                                other => other,
                            })
                        }
                    }
                }
            }
            // From inside this import, "now" (docs/protocol.md 23).
            HostStep::Invoke { export } => match invoke(cx, *export) {
                None => cx.data_mut().log(Event::NoClosure { export: *export as i32 }),
                Some(r) => {
                    let value = r?;
                    cx.data_mut().log(Event::HostReturn { export: *export as i32, value });
                }
            },
            HostStep::Terminate => {
                let cur = cx.data().current;
                set_terminated(cx, cur);
                cx.data_mut().log(Event::Terminate { epoch: cur as i32 });
            }
            HostStep::ScheduleReinit => {
                let h = cx.data_mut();
                h.reinit_scheduled = true;
                h.log(Event::ScheduleReinit);
            }
        }
    }
    Ok(())
}
