//! The real lane (DESIGN.md §4): the Rust guest of `engines/guest`, a step
//! interpreter compiled once per EH encoding (and binding) by real rustc
//! with `panic=unwind`, that runs any program handed to it at run time.
//! Nothing is compiled per case: a case is the prebuilt module plus the
//! program's bytes ([`encode`]) and its host plan.
//!
//! - [`build`]: the Debian toolchain, the cargo build, the cache under
//!   `target/guest/` keyed by sources, flags and toolchain versions;
//! - [`bind`]: binding `reentry`: reentry's own export and import wrappers
//!   injected into the rustc module (as wasm-bindgen's catch-handler
//!   transform does it);
//! - [`encode`]: the program encoding the guest decodes.
//!
//! [`Lane`] names what a case runs: the generated modules of [`crate::compile`]
//! or this guest under a binding.

pub mod bind;
pub mod build;
pub mod encode;
pub mod known;
pub mod profile;
pub mod wbg;
pub mod workers_rs;

pub use crate::strategy::Panic;
use crate::compile::Encoding;
use crate::mutant::Mutant;
use crate::program::gen::GenConfig;
use crate::program::{visit_host, DriverKind, DriverStep, ExnTag, HostStep, OnCatch, Program, WasmKind};
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};

/// Where a case's Wasm comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
#[clap(rename_all = "kebab-case")]
pub enum Guest {
    /// Modules generated per program by `compile` (models rustc's codegen).
    #[default]
    Generated,
    /// The real rustc guest (`engines/guest`), one module for every program.
    Rustc,
}

/// What binds the guest to its host (the glue around exports and imports).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
#[clap(rename_all = "kebab-case")]
pub enum Binding {
    /// reentry's own wrappers and glue (`engines/glue.js`, the wasmtime glue).
    #[default]
    Reentry,
    /// wasm-bindgen's generated JS glue.
    WasmBindgen,
    /// A workers-rs 0.8 Worker: the `worker` crate, wasm-bindgen's
    /// `--target module` glue and worker-build's shim ([`workers_rs`]).
    WorkersRs,
}

/// A guest under a binding, built with a panic strategy: what a case runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize)]
pub struct Lane {
    pub guest: Guest,
    pub binding: Binding,
    /// Absent in findings made before the panic=abort lane: `unwind`.
    #[serde(default, skip_serializing_if = "Panic::is_unwind")]
    pub panic: Panic,
    /// Which wasm-bindgen, on the wasm-bindgen binding (the pinned release
    /// everywhere else).
    #[serde(default, skip_serializing_if = "wbg::Wbg::is_pinned")]
    pub wbg: wbg::Wbg,
    /// The wasm-bindgen lane's tasks through wasm-bindgen's own JSPI
    /// (`#[wasm_bindgen(jspi)]` export, suspending import; issue 22 item 4)
    /// instead of wasm-bindgen-futures: another module (build `Flavor::Jspi`),
    /// whose glue needs JSPI to instantiate (`--jspi`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub jspi: bool,
}

impl Lane {
    pub const GENERATED: Lane = Lane { guest: Guest::Generated, binding: Binding::Reentry, panic: Panic::Unwind, wbg: wbg::Wbg::PINNED, jspi: false };
    pub const RUSTC: Lane = Lane { guest: Guest::Rustc, binding: Binding::Reentry, panic: Panic::Unwind, wbg: wbg::Wbg::PINNED, jspi: false };
    pub const RUSTC_WASM_BINDGEN: Lane = Lane { guest: Guest::Rustc, binding: Binding::WasmBindgen, panic: Panic::Unwind, wbg: wbg::Wbg::PINNED, jspi: false };
    /// wasm-bindgen's own JSPI drives the tasks (JSPI engines only).
    pub const RUSTC_WASM_BINDGEN_JSPI: Lane = Lane { jspi: true, ..Lane::RUSTC_WASM_BINDGEN };
    /// workerd's only (issue 23).
    pub const RUSTC_WORKERS_RS: Lane = Lane { guest: Guest::Rustc, binding: Binding::WorkersRs, panic: Panic::Unwind, wbg: wbg::Wbg::PINNED, jspi: false };

    /// Every lane, each binding lane with each panic strategy (on the pinned
    /// wasm-bindgen), and wasm-bindgen's JSPI lane.
    pub const ALL: [Lane; 9] = [
        Lane::GENERATED,
        Lane::RUSTC,
        Lane::RUSTC_WASM_BINDGEN,
        Lane::RUSTC_WORKERS_RS,
        Lane::GENERATED.with_panic(Panic::Abort),
        Lane::RUSTC.with_panic(Panic::Abort),
        Lane::RUSTC_WASM_BINDGEN.with_panic(Panic::Abort),
        Lane::RUSTC_WORKERS_RS.with_panic(Panic::Abort),
        Lane::RUSTC_WASM_BINDGEN_JSPI,
    ];

    /// The wasm-bindgen lane (panic=unwind) on `wbg`.
    pub fn wasm_bindgen(wbg: wbg::Wbg) -> Lane {
        Lane { wbg, ..Lane::RUSTC_WASM_BINDGEN }
    }

    /// This lane built with panic strategy `panic`.
    pub const fn with_panic(self, panic: Panic) -> Lane {
        Lane { guest: self.guest, binding: self.binding, panic, wbg: self.wbg, jspi: self.jspi }
    }

    /// The lane as engine registrations and facts name it: under
    /// panic=unwind, on the pinned wasm-bindgen (an engine that runs a
    /// binding runs it under either strategy, in the encodings both have:
    /// [`Lane::encodings`], and on any wasm-bindgen).
    /// Also without JSPI: what an engine runs of the JSPI lane is its
    /// probe's (the `NoTasks` facts of [`Lane::RUSTC_WASM_BINDGEN_JSPI`]).
    pub fn unwinding(self) -> Lane {
        Lane { wbg: wbg::Wbg::PINNED, jspi: false, ..self.with_panic(Panic::Unwind) }
    }

    pub fn is_abort(self) -> bool {
        self.panic == Panic::Abort
    }

    /// The EH encodings this lane's modules come in. Every lane has both but
    /// these: wasm-bindgen's and workers-rs's panic=abort ones (the rustc
    /// module has no EH instructions and the CLI's abort wrappers,
    /// `ModernButWithPanicAbort`, are `try_table` only), and workers-rs's
    /// `--panic-unwind` one, what worker-build makes: rustc's default legacy
    /// EH (it passes no `-wasm-use-legacy-eh=false`).
    pub fn encodings(self) -> &'static [Encoding] {
        if self.jspi {
            &[Encoding::Exnref]
        } else if self.binding == Binding::WorkersRs && !self.is_abort() {
            &[Encoding::Legacy]
        } else if self.binding != Binding::Reentry && self.is_abort() {
            &[Encoding::Exnref]
        } else {
            &Encoding::ALL
        }
    }

    /// The command-line flags that select this lane (empty for the
    /// generated lane under panic=unwind, the default; `--wasm-bindgen` for
    /// another than the pinned one).
    pub fn flags(self) -> String {
        let mut f = String::new();
        if self.is_guest() {
            f.push_str(&format!(" --guest {} --binding {}", self.guest.name(), self.binding.name()));
        }
        if self.is_abort() {
            f.push_str(" --panic abort");
        }
        if self.jspi {
            f.push_str(" --jspi");
        }
        if !self.wbg.is_pinned() {
            f.push_str(&format!(" --wasm-bindgen {}", self.wbg.spec()));
        }
        f
    }

    /// Whether this lane's cases run the prebuilt guest.
    pub fn is_guest(self) -> bool {
        self.guest == Guest::Rustc
    }

    /// Whether seeded bug `m` exists on this lane: glue mutants everywhere;
    /// the import wrapper's terminated checks also in the real guest's
    /// binding (`bind`); landing-pad and `catch_unwind` mutants only in
    /// generated modules (the real guest's are rustc's own); task mutants
    /// only where the lane runs tasks; a mutant of one panic strategy's
    /// code (`Mutant::panic`) only under it. No seeded bug exists in
    /// wasm-bindgen's glue: it is the real one; on the JSPI lane the host's
    /// JSPI section (engines/wbg-host.js) seeds `rejection-never-settled`:
    /// it drops a rejection of the jspi export's promise, as a glue whose
    /// promise never rejects would show.
    pub fn has_mutant(self, m: Mutant) -> bool {
        if self.jspi {
            return m == Mutant::RejectionNeverSettled;
        }
        if self.binding != Binding::Reentry || m.panic().is_some_and(|p| p != self.panic) {
            return false;
        }
        if m.in_tasks() && self.facts().any(|f| f.rules_out == RuledOut::Tasks) {
            return false;
        }
        !self.is_guest() || !m.in_compiler() || m.in_binding()
    }
}

impl Guest {
    pub fn name(self) -> &'static str {
        match self {
            Guest::Generated => "generated",
            Guest::Rustc => "rustc",
        }
    }
}

impl Binding {
    pub fn name(self) -> &'static str {
        match self {
            Binding::Reentry => "reentry",
            Binding::WasmBindgen => "wasm-bindgen",
            Binding::WorkersRs => "workers-rs",
        }
    }

    /// Whether code of binding `b` runs under this one: its own, and on
    /// workers-rs wasm-bindgen's (the Worker is wasm-bindgen's glue over
    /// wasm-bindgen-futures), so that binding's known defects and hazards
    /// show on it too.
    pub fn runs(self, b: Binding) -> bool {
        self == b || (self == Binding::WorkersRs && b == Binding::WasmBindgen)
    }
}

impl fmt::Display for Lane {
    /// `generated`, `rustc/reentry`, `rustc/wasm-bindgen` (the pinned
    /// release), `rustc/wasm-bindgen@0.2.125`, `rustc/wasm-bindgen@<tree>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.guest {
            Guest::Generated => write!(f, "generated")?,
            Guest::Rustc if self.wbg.is_pinned() => write!(f, "rustc/{}", self.binding.name())?,
            Guest::Rustc => write!(f, "rustc/{}@{}", self.binding.name(), self.wbg.spec())?,
        }
        if self.is_abort() {
            write!(f, " panic=abort")?;
        }
        if self.jspi {
            write!(f, " jspi")?;
        }
        Ok(())
    }
}

/// What a lane cannot run, declared once with its reason (as engine facts
/// are in `engine::facts`). The generator honours it ([`Lane::gen_config`]),
/// [`Lane::unsupported`] names it for a program that has the step (the case
/// is then not run and reported as unsupported, never passed silently), and
/// `reentry engines` prints it.
#[derive(Debug)]
pub struct LaneFact {
    /// The guest it applies to.
    pub guest: Guest,
    /// The binding it applies to (`None`: every binding of the guest).
    pub binding: Option<Binding>,
    pub id: &'static str,
    /// What and why.
    pub what: &'static str,
    /// The host step it rules out.
    pub rules_out: RuledOut,
}

/// A host step a lane fact rules out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuledOut {
    /// A `throw` of a Wasm exception under this tag.
    Throw(ExnTag),
    /// A host catch's `rethrow raw`.
    CatchRaw,
    /// Async exports (tasks).
    Tasks,
    /// Closures (`closure` steps and `invoke`s).
    Closures,
    /// Program imports (`call h<k>` and the host steps behind it).
    Imports,
    /// Handles (`new_handle`, `call_handle`).
    Handles,
    /// `grow` steps.
    Grow,
}

pub const LANE_FACTS: &[LaneFact] = &[
    LaneFact {
        guest: Guest::Rustc,
        binding: None,
        id: "rustc-host-throws-no-rust-panic",
        what: "the rustc guest runs no host `throw panic` (an exception under the module's own $panic): rustc's \
               panic tag is __cpp_exception, whose payload is a pointer to Rust's exception object \
               (panic_unwind's `Exception`, its canary and the boxed payload), so an arbitrary i32 there is a wild \
               pointer that __rust_panic_cleanup reads and frees: undefined behaviour in Rust, not a protocol \
               question. (Rethrowing a real Rust panic caught by JS, the faithful version, is catch-and-release of \
               a Rust panic by foreign code, which Rust leaves unspecified.) Every other exception tag, `catch raw` \
               and the memory steps run on the real guest",
        rules_out: RuledOut::Throw(ExnTag::Panic),
    },
    LaneFact {
        guest: Guest::Rustc,
        binding: Some(Binding::WasmBindgen),
        id: "wasm-bindgen-wrapped-tag-is-private",
        what: "the wasm-bindgen lane runs no host `throw wrapped`: wasm-bindgen's `$wrapped` tag \
               (__wbindgen_wrapped_jstag) is a private const of the generated glue, so no host code can throw under \
               it; JS exceptions reach Wasm only through the import wrappers, as `throw <value>` does",
        rules_out: RuledOut::Throw(ExnTag::Wrapped),
    },
    LaneFact {
        guest: Guest::Rustc,
        binding: Some(Binding::WasmBindgen),
        id: "wasm-bindgen-unwraps-before-the-host",
        what: "the wasm-bindgen lane runs no `catch rethrow raw`: the glue's __wbg_handle_catch unwraps a `$wrapped` \
               exception before its caller sees it, so the raw exception never reaches host code",
        rules_out: RuledOut::CatchRaw,
    },
    LaneFact {
        guest: Guest::Rustc,
        binding: Some(Binding::WorkersRs),
        id: "workers-rs-requests-only",
        what: "the workers-rs lane runs no program imports: a Worker's requests come from outside the isolate, and \
               a host step inside a request that re-enters Wasm is a JS callback the Worker does not have yet \
               (engines/guest/src/binding_workers_rs.rs: `call h<k>` aborts unlogged)",
        rules_out: RuledOut::Imports,
    },
    LaneFact {
        guest: Guest::Rustc,
        binding: Some(Binding::WorkersRs),
        id: "workers-rs-no-closures",
        what: "the workers-rs lane runs no closures: the Worker hands no closure to a host that could invoke it \
               (`closure e<i>` aborts unlogged)",
        rules_out: RuledOut::Closures,
    },
    LaneFact {
        guest: Guest::Rustc,
        binding: Some(Binding::WorkersRs),
        id: "workers-rs-no-program-maximum",
        what: "the workers-rs lane runs no `grow`: the Worker's memory is made by wasm-bindgen's glue with the \
               module's own limits (64 pages), not by a host with the program's maximum, so a grow past the \
               program's maximum succeeds (measured: grow_to_the_exact_maximum_then_oom's last grow returns); the \
               program encoding does not carry the maximum for the guest to check",
        rules_out: RuledOut::Grow,
    },
];

impl Lane {
    /// The lane facts that apply to this lane.
    pub fn facts(self) -> impl Iterator<Item = &'static LaneFact> {
        LANE_FACTS.iter().filter(move |f| f.guest == self.guest && f.binding.is_none_or(|b| b == self.binding))
    }

    /// The lane fact that rules out a step of `program`, if one does.
    pub fn unsupported(self, program: &Program) -> Option<&'static LaneFact> {
        let mut found = None;
        for f in self.facts() {
            if f.rules_out == RuledOut::Tasks && program.has_async() {
                found = Some(f);
            }
            if f.rules_out == RuledOut::Closures && program.uses_closures() {
                found = Some(f);
            }
            if f.rules_out == RuledOut::Imports && !program.imports.is_empty() {
                found = Some(f);
            }
            let grows = |e: &crate::program::Export| crate::program::visit::count_where(&e.body, |s| matches!(s, crate::program::WasmStep::Grow(_))) > 0;
            if f.rules_out == RuledOut::Grow && program.exports.iter().any(grows) {
                found = Some(f);
            }
            let handle = |s: &DriverStep| matches!(s, DriverStep::NewHandle | DriverStep::CallHandle { .. });
            if f.rules_out == RuledOut::Handles && program.driver.iter().any(handle) {
                found = Some(f);
            }
            for h in &program.imports {
                visit_host(&h.body, &mut |s| {
                    let hit = match (s, f.rules_out) {
                        (HostStep::ThrowExn { tag, .. }, RuledOut::Throw(t)) => *tag == t,
                        (HostStep::Try { on_catch: OnCatch::RethrowRaw, .. }, RuledOut::CatchRaw) => true,
                        _ => false,
                    };
                    if hit {
                        found = Some(f);
                    }
                });
            }
        }
        found
    }

    /// `cfg` with what this lane cannot run never generated.
    pub fn gen_config(self, mut cfg: GenConfig) -> GenConfig {
        for f in self.facts() {
            match f.rules_out {
                RuledOut::Throw(t) => cfg.exn_tag_weights[t] = 0,
                RuledOut::CatchRaw => cfg.on_catch_weights[ON_CATCH_RAW] = 0,
                RuledOut::Tasks => cfg.async_export_permille = 0,
                RuledOut::Closures => cfg.closure_permille = 0,
                RuledOut::Imports => {
                    cfg.max_imports = 0;
                    // Every way Wasm calls an import: plain, `catch`, with a closure argument.
                    for k in [WasmKind::CallImport, WasmKind::CatchImport, WasmKind::CallWithClosure] {
                        cfg.wasm_weights[k] = 0;
                    }
                }
                RuledOut::Grow => cfg.wasm_weights[WasmKind::Grow] = 0,
                RuledOut::Handles => {
                    cfg.driver_weights[DriverKind::NewHandle] = 0;
                    cfg.driver_weights[DriverKind::CallHandle] = 0;
                }
            }
        }
        cfg
    }
}

/// The index of `rethrow raw` in `GenConfig::on_catch_weights`.
const ON_CATCH_RAW: usize = 3;

/// The real guest's own pages (docs/guest.md "Memory"): it imports its
/// memory, made by the host with [`memory_limits`]; at start it grows it to
/// `BASE_PAGES` for itself (shadow stack, statics, heap), then by the
/// program's initial pages. The program's memory is the pages above
/// `BASE_PAGES`, its maximum the memory's. Sent to the guest in the program
/// encoding, so this is the one place it is defined.
pub const BASE_PAGES: u32 = 16;

/// The minimum of the guest's memory import (`--initial-memory` in
/// engines/guest/build.rs, checked by `bind`).
pub const MEMORY_MIN_PAGES: u32 = 2;

/// The limits of a guest instance's memory for a program's memory: the
/// import's minimum, and the program's maximum above the guest's own pages.
pub fn memory_limits(m: &crate::program::Memory) -> (u32, u32) {
    (MEMORY_MIN_PAGES, BASE_PAGES + m.maximum)
}

/// A guest module ready to run: the bound bytes, their cache key, and for
/// the wasm-bindgen binding the JS glue the CLI generated for it; for the
/// workers-rs binding the whole Worker (`wasm` is its `index_bg.wasm`).
#[derive(Debug)]
pub struct Module {
    pub wasm: Arc<Vec<u8>>,
    pub key: u64,
    /// The `--target nodejs` glue.
    pub js: Option<Arc<str>>,
    pub worker: Option<Arc<workers_rs::Worker>>,
    /// The `--target web` glue, of the same module.
    pub web_js: Option<Arc<str>>,
}

/// The guest module a lane runs in `encoding` (one of `lane.encodings()`;
/// with the binding's seeded bug if `mutant` is one), built on first use and
/// cached for the process.
pub fn module(lane: Lane, encoding: Encoding, mutant: Option<Mutant>) -> anyhow::Result<Arc<Module>> {
    anyhow::ensure!(lane.encodings().contains(&encoding), "the {lane} lane has no {} modules", encoding.name());
    let flavor = build::Flavor::of_lane(lane, encoding);
    match lane.binding {
        Binding::Reentry => reentry_module(flavor, encoding, mutant),
        Binding::WasmBindgen => bindgen_module(lane.wbg, flavor),
        Binding::WorkersRs => worker_module(flavor),
    }
}

/// Every guest module the lanes run (every binding, both panic strategies,
/// wasm-bindgen's JSPI, every encoding of each), built now where `target/guest` has no build of
/// it yet. `scripts/setup.sh` runs this (`reentry guests`) so that no
/// campaign spends its budget on a first build.
pub fn build_all() -> anyhow::Result<Vec<(Lane, Encoding, Arc<Module>)>> {
    let mut out = Vec::new();
    for lane in Lane::ALL.into_iter().filter(|l| l.guest == Guest::Rustc) {
        for &enc in lane.encodings() {
            out.push((lane, enc, module(lane, enc, None)?));
        }
    }
    Ok(out)
}

/// The wasm-bindgen output of `wbg` for `flavor`, built once per process.
fn bindgen_module(wbg: wbg::Wbg, flavor: build::Flavor) -> anyhow::Result<Arc<Module>> {
    type Cache = Mutex<HashMap<(wbg::Wbg, build::Flavor), Arc<Module>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(m) = cache.lock().unwrap_or_else(|e| e.into_inner()).get(&(wbg, flavor)) {
        return Ok(m.clone());
    }
    let b = build::bindgen_module(wbg, flavor)?;
    // The key covers the glue too: the same bytes with other glue are another
    // case. (An engine is sent one target's glue only: `CaseModule::glue_for`.)
    let key = crate::fnv::hash_parts(&[&format!("{:016x}", crate::compile::module_key(&b.wasm)), &b.js, &b.web_js]);
    let m = Arc::new(Module { wasm: Arc::new(b.wasm), key, js: Some(Arc::from(b.js)), web_js: Some(Arc::from(b.web_js)), worker: None });
    cache.lock().unwrap_or_else(|e| e.into_inner()).insert((wbg, flavor), m.clone());
    Ok(m)
}

/// The workers-rs Worker of `flavor`, built once per process; its key
/// covers every module of it.
fn worker_module(flavor: build::Flavor) -> anyhow::Result<Arc<Module>> {
    static CACHE: OnceLock<Mutex<HashMap<build::Flavor, Arc<Module>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(m) = cache.lock().unwrap_or_else(|e| e.into_inner()).get(&flavor) {
        return Ok(m.clone());
    }
    let w = workers_rs::worker(flavor)?;
    let keys: Vec<String> = w.modules.iter().map(|m| format!("{}:{:016x}", m.name, crate::fnv::hash(&m.bytes))).collect();
    let key = crate::fnv::hash_parts(&keys.iter().map(String::as_str).collect::<Vec<_>>());
    let wasm = w.modules.iter().find(|m| m.wasm).map(|m| m.bytes.clone()).unwrap_or_default();
    let m = Arc::new(Module { wasm: Arc::new(wasm), key, js: None, web_js: None, worker: Some(Arc::new(w)) });
    cache.lock().unwrap_or_else(|e| e.into_inner()).insert(flavor, m.clone());
    Ok(m)
}

/// The bound guest module for `encoding` under binding `reentry`.
fn reentry_module(flavor: build::Flavor, encoding: Encoding, mutant: Option<Mutant>) -> anyhow::Result<Arc<Module>> {
    type Cache = Mutex<HashMap<(build::Flavor, Encoding, Option<Mutant>), Arc<Module>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    // Only the binding's own mutants change the module.
    let mutant = mutant.filter(|m| m.in_binding());
    let cache = CACHE.get_or_init(Default::default);
    if let Some(m) = cache.lock().unwrap_or_else(|e| e.into_inner()).get(&(flavor, encoding, mutant)) {
        return Ok(m.clone());
    }
    let raw = build::raw_module(Binding::Reentry, wbg::Wbg::PINNED, flavor)?;
    let panic = if flavor == build::Flavor::Abort { Panic::Abort } else { Panic::Unwind };
    let wasm = bind::bind_reentry(&raw, encoding, mutant, panic)?;
    let key = crate::compile::module_key(&wasm);
    let m = Arc::new(Module { wasm: Arc::new(wasm), key, js: None, web_js: None, worker: None });
    cache.lock().unwrap_or_else(|e| e.into_inner()).insert((flavor, encoding, mutant), m.clone());
    Ok(m)
}
