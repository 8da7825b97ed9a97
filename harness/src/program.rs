//! The program model (DESIGN.md §2): what a test case *is*, independent of any
//! engine, encoding or oracle.
//!
//! A program is a module (memory limits, initial state), Wasm exports whose
//! bodies are [`WasmStep`]s, host imports whose bodies are [`HostStep`]s, an
//! abort-hook policy and a driver. Exports are named `e0..`, imports `h0..`;
//! a step refers to them by index.
//!
//! An export may be *async* (issue 13, docs/protocol.md 16-22): called by
//! the driver's `spawn`, it returns a promise at once and runs as a task
//! whose future lives in the instance's memory; its `await h<k>` steps call
//! import `h<k>`, which returns a promise, and suspend the task until the
//! driver settles that promise (`resolve t<n>` / `reject t<n> v`, tasks
//! numbered by their `spawn` steps). Nothing else calls an async export.
//! `await` calls the binding's one await import, which returns a fresh
//! host promise (a program that wants host steps there calls an import
//! first).
//!
//! Closures (issue 13 part 4, docs/protocol.md 23-26): `closure e<n>`
//! (optionally `aborting`) hands the host a closure that runs the body of
//! synchronous export `e<n>`, bound to the instance that made it; the host
//! keeps the newest closure per export. `invoke e<n>` (a host step, or a
//! driver step, which runs it from a promise callback) calls it through the
//! glue's closure entry: the call guard, the stale check, then the body. An
//! unwinding closure (wasm-bindgen `Closure::new`) turns an escaping panic
//! into a `PanicError` like an export; an aborting one (`Closure::own_aborting`)
//! lets it leave as the Rust panic exception, which aborts the instance.
//! A closure has a [`ClosureKind`]: wasm-bindgen's constructor (owned,
//! once, borrowed for a scope, an import's `&dyn Fn` argument) and edge
//! (issue 22, docs/protocol.md 31-33).
//!
//! An import can be called with `#[wasm_bindgen(catch)]` (`call h<k>
//! catch`): a host exception arrives as `Err(v)`, no destructor runs for
//! it and Wasm goes on; `call h<k> catch panic` then `panic_any(v)`s, a
//! panic whose payload is the JS value itself (docs/protocol.md 34-35).
//!
//! Every program that passes [`Program::validate`] terminates: the call graph
//! (export body → import, export body → export body, import → export) is
//! acyclic and the number of events one run can produce is bounded. The only
//! unbounded recursion is the one an [`AbortKind::StackOverflow`] asks for, and
//! it logs nothing per frame.

pub mod gen;
pub mod kinds;
pub mod strategy;
pub mod visit;

pub use kinds::{AbortKind, ClosureCtor, ClosureEdge, DriverKind, ExnTag, HostKind, WasmKind};
pub use visit::{visit_host, visit_wasm};

use serde::{Deserialize, Serialize};
use std::fmt;

/// A whole test case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Program {
    /// Linear memory limits in 64 KiB pages.
    pub memory: Memory,
    /// Initial value of the instance state cell (fresh after every reset).
    pub state_init: i32,
    /// What the host's abort hook does besides recording that it fired.
    pub hook: HookPolicy,
    pub exports: Vec<Export>,
    pub imports: Vec<Import>,
    pub driver: Vec<DriverStep>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Memory {
    pub initial: u32,
    pub maximum: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum HookPolicy {
    /// The hook only records that it fired.
    #[default]
    Record,
    /// The hook also schedules a reinit, so the next call gets a fresh instance.
    Reinit,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct Export {
    pub body: Vec<WasmStep>,
    /// An async export (`async fn`): only the driver's `spawn` calls it, and
    /// only its body may `await`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not", rename = "async")]
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct Import {
    pub body: Vec<HostStep>,
}

/// A step of a Wasm function body, as rustc with `panic=unwind` would compile it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WasmStep {
    /// Construct a value with a destructor; it lives until the end of the
    /// enclosing scope (dropped in reverse order of construction, also while
    /// unwinding).
    Guard { id: u32, drop: DropBehavior },
    /// A nested block scope: guards made inside are dropped at its end.
    Scope(Vec<WasmStep>),
    /// Call import `h<n>` through its import wrapper.
    CallImport(u32),
    /// Call the body of export `e<n>` directly (a plain Rust call, no wrapper).
    CallWasm(u32),
    /// `panic!` with this payload.
    Panic(i32),
    /// `std::panic::catch_unwind(body)`; on a caught panic run `handler`.
    CatchUnwind { body: Vec<WasmStep>, handler: Vec<WasmStep> },
    /// Abort the instance.
    Abort(AbortKind),
    /// `state += n` (wrapping), observable through every export's return value.
    AddState(i32),
    /// Ask the host to reinitialise the instance at the next call.
    ScheduleReinit,
    /// Allocate `n` pages of linear memory (`memory.grow n`). It succeeds
    /// while the memory stays within its maximum (the new size is logged);
    /// the first allocation past the maximum fails, and that is the
    /// out-of-memory abort (docs/protocol.md 14).
    Grow(u32),
    /// `high += n` (wrapping) on the *high cell*: the first word past the
    /// memory's initial size, i.e. the first word of grown memory. If the
    /// memory has not grown, it is out of bounds: the `oob` abort.
    AddHigh(i32),
    /// Hand the host a closure over the body of synchronous export
    /// `e<export>`, bound to this instance, made by the constructor `kind`
    /// says (any but the import-argument ones). It replaces the host's
    /// closure for that export. Nothing runs until the host invokes it. A
    /// borrowed one (`borrow`, `borrow_mut`) is dropped at the end of its
    /// scope, like a guard; calls after that are refused.
    MakeClosure { export: u32, kind: ClosureKind },
    /// Call import `h<import>` declared `#[wasm_bindgen(catch)]`: a host
    /// exception it throws (a JS value) arrives as `Err(v)`; no destructor
    /// runs for it and the body goes on, or with `panic` it
    /// `panic_any(v)`s: a panic whose payload is that JS value
    /// (docs/protocol.md 34-35). Any other exception passes as for a plain
    /// call.
    CatchImport { import: u32, panic: bool },
    /// Call import `h<import>` with a closure over synchronous export
    /// `e<export>` as its `&dyn Fn` (`&mut dyn FnMut` when `mutable`)
    /// argument: the host's newest closure for that export while the call
    /// runs, refused as dropped after it (docs/protocol.md 33).
    CallWithClosure { import: u32, export: u32, mutable: bool },
    /// `host_await(task).await`: call the binding's await import, which
    /// returns a fresh host promise, and await it; the driver settles it
    /// later, and the task is suspended until then. Resolved, the task goes
    /// on; rejected with `v`, the await throws `v` as a host exception
    /// thrown at this point (docs/protocol.md 17). Async bodies only.
    Await,
}

/// How a closure is made: its constructor and its edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ClosureKind {
    pub ctor: ClosureCtor,
    pub edge: ClosureEdge,
}

impl ClosureKind {
    /// `Closure::new`.
    pub const OWN: ClosureKind = ClosureKind { ctor: ClosureCtor::Own, edge: ClosureEdge::Unwinding };
    /// `Closure::own_aborting`.
    pub const OWN_ABORTING: ClosureKind = ClosureKind { ctor: ClosureCtor::Own, edge: ClosureEdge::Aborting };

    /// The kind of an import's closure argument (wasm-bindgen's shim for a
    /// `&dyn Fn` argument catches panics).
    pub fn argument(mutable: bool) -> ClosureKind {
        ClosureKind { ctor: if mutable { ClosureCtor::RefMut } else { ClosureCtor::Ref }, edge: ClosureEdge::Unwinding }
    }

    pub fn aborting(self) -> bool {
        self.edge == ClosureEdge::Aborting
    }

    /// A `ScopedClosure` that Wasm drops at the end of its scope.
    pub fn scoped(self) -> bool {
        matches!(self.ctor, ClosureCtor::Borrow | ClosureCtor::BorrowMut)
    }

    /// An import's argument, valid during that call.
    pub fn is_argument(self) -> bool {
        matches!(self.ctor, ClosureCtor::Ref | ClosureCtor::RefMut)
    }

    /// Its code on the wire (`ClosureNew`'s argument above the export):
    /// the constructor's index, and `assert_unwind_safe` as 8; the event's
    /// own code says aborting. Own and unwinding or aborting is 0.
    pub fn code(self) -> i32 {
        self.ctor as i32 | if self.edge == ClosureEdge::AssertUnwindSafe { 8 } else { 0 }
    }

    pub fn from_code(code: i32, aborting: bool) -> Option<ClosureKind> {
        let ctor = *ClosureCtor::ALL.get(usize::try_from(code & 7).ok()?)?;
        let edge = match (aborting, code & 8 != 0) {
            (false, false) => ClosureEdge::Unwinding,
            (true, false) => ClosureEdge::Aborting,
            (false, true) => ClosureEdge::AssertUnwindSafe,
            (true, true) => return None,
        };
        (code & !15 == 0).then_some(ClosureKind { ctor, edge })
    }
}

impl fmt::Display for ClosureKind {
    /// The text form's words after `closure e<n>` (nothing for `own`, unwinding).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctor != ClosureCtor::Own {
            write!(f, " {}", self.ctor.name())?;
        }
        if self.edge != ClosureEdge::Unwinding {
            write!(f, " {}", self.edge.name())?;
        }
        Ok(())
    }
}

/// What a guard's destructor does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DropBehavior {
    Quiet,
    /// The destructor panics with this payload: a plain panic on normal scope
    /// exit, an abort (`cannot_unwind`) while unwinding.
    Panics(i32),
}

/// A step of a host (JavaScript) import body.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "op")]
pub enum HostStep {
    /// Call export `e<n>` through the glue (re-entering Wasm).
    CallExport { export: u32 },
    /// `throw` a fresh foreign (non-Wasm) value carrying this number.
    Throw { value: i32 },
    /// `throw` a `WebAssembly.Exception` under `tag` (wasmtime: an
    /// exception made with that tag and `Store::throw`) carrying this number
    /// (docs/protocol.md 9-12).
    ThrowExn { tag: ExnTag, value: i32 },
    /// `try { body } catch (e) { on_catch }`.
    Try { body: Vec<HostStep>, on_catch: OnCatch },
    /// Write the instance's `terminated` flag, as an embedder killing it would.
    Terminate,
    /// Call the newest closure made for export `e<n>`, if one was made
    /// (through the glue's closure entry: guard, stale check, body).
    Invoke { export: u32 },
    /// Schedule a reinit for the next call.
    ScheduleReinit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "op")]
pub enum OnCatch {
    Swallow,
    /// `throw e` — the same value, identity preserved.
    Rethrow,
    /// `throw new Wrapper(e)` — a fresh foreign value carrying this number.
    RethrowWrapped { value: i32 },
    /// Rethrow the raw exception object the failing call threw, before the
    /// glue unwrapped it: the `$wrapped` exception for a recoverable error,
    /// anything else as itself (docs/protocol.md 13).
    RethrowRaw,
}

/// A top-level action of the host.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "op")]
pub enum DriverStep {
    /// Call export `e<n>` through the glue.
    Call { export: u32 },
    /// Reset the instance explicitly (fresh instance, new epoch).
    Reset,
    /// Construct a handle (an exported object bound to the current epoch).
    /// Handles are numbered in order of creation, from 0.
    NewHandle,
    /// Call export `e<n>` as a method of handle `handle`.
    CallHandle { handle: u32, export: u32 },
    /// Read the instance state through the glue.
    ReadState,
    /// Call async export `e<n>`: start a task, which returns a promise at
    /// once. Tasks are numbered in order of their `spawn` steps, from 0
    /// (a refused spawn makes no task: its number stays unused).
    Spawn { export: u32 },
    /// Fulfil the promise task `t<n>` awaits, if it awaits one.
    Resolve { task: u32 },
    /// Reject the promise task `t<n>` awaits with a fresh foreign value.
    Reject { task: u32, value: i32 },
    /// Call the newest closure made for export `e<n>` from a promise
    /// callback (a reaction job, no Wasm frame below it).
    Invoke { export: u32 },
}

/// Limits that keep programs small enough to run thousands per second and to
/// read in a report. The validator enforces them for every program, also
/// hand-written ones.
pub mod limits {
    pub const MAX_EXPORTS: usize = 16;
    pub const MAX_IMPORTS: usize = 16;
    pub const MAX_DRIVER: usize = 64;
    pub const MAX_NESTING: usize = 16;
    pub const MAX_PAGES: u32 = 16;
    /// Upper bound on the events one run may produce (checked statically).
    pub const MAX_EVENTS: u64 = 100_000;
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct ValidationError {
    /// Where in the program, e.g. `e1[2].body[0]` or `driver[3]`.
    pub path: String,
    pub message: String,
}

impl Program {
    /// A program with one empty export called once.
    pub fn minimal() -> Program {
        Program {
            memory: Memory { initial: 1, maximum: 2 },
            state_init: 0,
            hook: HookPolicy::Record,
            exports: vec![Export::default()],
            imports: vec![],
            driver: vec![DriverStep::Call { export: 0 }],
        }
    }

    /// Check every structural rule; the compiler, the model and the engines
    /// may assume a validated program.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let err = |path: String, message: String| Err(ValidationError { path, message });
        if self.exports.is_empty() {
            return err("program".into(), "needs at least one export".into());
        }
        if self.exports.len() > limits::MAX_EXPORTS {
            return err("program".into(), format!("more than {} exports", limits::MAX_EXPORTS));
        }
        if self.imports.len() > limits::MAX_IMPORTS {
            return err("program".into(), format!("more than {} imports", limits::MAX_IMPORTS));
        }
        if self.driver.len() > limits::MAX_DRIVER {
            return err("driver".into(), format!("more than {} steps", limits::MAX_DRIVER));
        }
        let m = self.memory;
        if m.initial == 0 || m.initial > m.maximum || m.maximum > limits::MAX_PAGES {
            return err(
                "memory".into(),
                format!("need 1 <= initial <= maximum <= {} pages", limits::MAX_PAGES),
            );
        }
        let mut guard_ids = std::collections::HashSet::new();
        for (i, e) in self.exports.iter().enumerate() {
            let cx = WasmCheck { path: format!("e{i}"), depth: 0, in_async: e.is_async };
            self.check_wasm_steps(&e.body, &cx, &mut guard_ids)?;
        }
        for (k, h) in self.imports.iter().enumerate() {
            self.check_host_steps(&h.body, &format!("h{k}"), 0)?;
        }
        let (mut handles, mut tasks) = (0u32, 0u32);
        for (n, step) in self.driver.iter().enumerate() {
            let path = format!("driver[{n}]");
            match *step {
                DriverStep::Call { export } | DriverStep::Invoke { export } => self.check_sync_export(export, &path)?,
                DriverStep::CallHandle { handle, export } => {
                    self.check_sync_export(export, &path)?;
                    if handle >= handles {
                        return err(path, format!("handle {handle} is not created before this step"));
                    }
                }
                DriverStep::NewHandle => handles += 1,
                DriverStep::Spawn { export } => {
                    self.check_export(export, &path)?;
                    if !self.exports[export as usize].is_async {
                        return err(path, format!("e{export} is not async: `call` it"));
                    }
                    tasks += 1;
                }
                DriverStep::Resolve { task } | DriverStep::Reject { task, .. } => {
                    if task >= tasks {
                        return err(path, format!("task t{task} is not spawned before this step"));
                    }
                }
                DriverStep::Reset | DriverStep::ReadState => {}
            }
        }
        self.check_acyclic()?;
        let events = self.event_bound();
        if events > limits::MAX_EVENTS {
            return err(
                "program".into(),
                format!("may produce {events} events, more than {}", limits::MAX_EVENTS),
            );
        }
        Ok(())
    }

    fn check_export(&self, export: u32, path: &str) -> Result<(), ValidationError> {
        if export as usize >= self.exports.len() {
            return Err(ValidationError { path: path.into(), message: format!("no export e{export}") });
        }
        Ok(())
    }

    /// A call that is not a `spawn`: only a synchronous export can take it.
    fn check_sync_export(&self, export: u32, path: &str) -> Result<(), ValidationError> {
        self.check_export(export, path)?;
        if self.exports[export as usize].is_async {
            return Err(ValidationError { path: path.into(), message: format!("e{export} is async: only `spawn` calls it") });
        }
        Ok(())
    }

    fn check_import(&self, k: u32, path: &str) -> Result<(), ValidationError> {
        if k as usize >= self.imports.len() {
            return Err(ValidationError { path: path.into(), message: format!("no import h{k}") });
        }
        Ok(())
    }

    fn check_wasm_steps(
        &self,
        steps: &[WasmStep],
        cx: &WasmCheck,
        guard_ids: &mut std::collections::HashSet<u32>,
    ) -> Result<(), ValidationError> {
        let (path, depth) = (cx.path.as_str(), cx.depth);
        if depth > limits::MAX_NESTING {
            return Err(ValidationError { path: path.into(), message: "nested too deeply".into() });
        }
        let nested = |path: String| WasmCheck { path, depth: depth + 1, in_async: cx.in_async };
        for (n, step) in steps.iter().enumerate() {
            let here = format!("{path}[{n}]");
            match step {
                WasmStep::Guard { id, .. } => {
                    if !guard_ids.insert(*id) {
                        return Err(ValidationError { path: here, message: format!("guard id {id} used twice") });
                    }
                }
                WasmStep::Scope(body) => self.check_wasm_steps(body, &nested(here), guard_ids)?,
                WasmStep::CatchUnwind { body, handler } => {
                    self.check_wasm_steps(body, &nested(format!("{here}.body")), guard_ids)?;
                    self.check_wasm_steps(handler, &nested(format!("{here}.handler")), guard_ids)?;
                }
                WasmStep::CallImport(k) | WasmStep::CatchImport { import: k, .. } => self.check_import(*k, &here)?,
                WasmStep::CallWithClosure { import, export, .. } => {
                    self.check_import(*import, &here)?;
                    self.check_sync_export(*export, &here)?;
                }
                WasmStep::Await => {
                    if !cx.in_async {
                        return Err(ValidationError { path: here, message: "`await` outside an async export".into() });
                    }
                }
                WasmStep::CallWasm(j) => self.check_sync_export(*j, &here)?,
                WasmStep::MakeClosure { export, kind } => {
                    self.check_sync_export(*export, &here)?;
                    if kind.is_argument() {
                        return Err(ValidationError { path: here, message: format!("a `{}` closure is an import's argument: `call h<k> with e{export}`", kind.ctor.name()) });
                    }
                }
                WasmStep::Grow(n) => {
                    if *n > limits::MAX_PAGES {
                        return Err(ValidationError { path: here, message: format!("grow by more than {} pages", limits::MAX_PAGES) });
                    }
                }
                WasmStep::Panic(_)
                | WasmStep::Abort(_)
                | WasmStep::AddState(_)
                | WasmStep::AddHigh(_)
                | WasmStep::ScheduleReinit => {}
            }
        }
        Ok(())
    }

    fn check_host_steps(&self, steps: &[HostStep], path: &str, depth: usize) -> Result<(), ValidationError> {
        if depth > limits::MAX_NESTING {
            return Err(ValidationError { path: path.into(), message: "nested too deeply".into() });
        }
        for (n, step) in steps.iter().enumerate() {
            let here = format!("{path}[{n}]");
            match step {
                HostStep::CallExport { export } | HostStep::Invoke { export } => self.check_sync_export(*export, &here)?,
                HostStep::Try { body, .. } => self.check_host_steps(body, &format!("{here}.body"), depth + 1)?,
                HostStep::Throw { .. } | HostStep::ThrowExn { .. } | HostStep::Terminate | HostStep::ScheduleReinit => {}
            }
        }
        Ok(())
    }

    /// Callees of a function node, one entry per static call site.
    pub fn callees(&self, node: Node) -> Vec<Node> {
        let mut out = Vec::new();
        match node {
            Node::Export(i) => visit_wasm(&self.exports[i as usize].body, &mut |s| match s {
                WasmStep::CallImport(k) | WasmStep::CatchImport { import: k, .. } | WasmStep::CallWithClosure { import: k, .. } => {
                    out.push(Node::Import(*k))
                }
                WasmStep::CallWasm(j) => out.push(Node::Export(*j)),
                _ => {}
            }),
            Node::Import(k) => visit_host(&self.imports[k as usize].body, &mut |s| {
                // An invoke runs its export's body: a call edge like `call`.
                if let HostStep::CallExport { export } | HostStep::Invoke { export } = s {
                    out.push(Node::Export(*export))
                }
            }),
        }
        out
    }

    fn nodes(&self) -> impl Iterator<Item = Node> {
        (0..self.exports.len() as u32)
            .map(Node::Export)
            .chain((0..self.imports.len() as u32).map(Node::Import))
    }

    fn check_acyclic(&self) -> Result<(), ValidationError> {
        // Iterative three-colour DFS over the call graph.
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Active,
            Done,
        }
        let idx = |n: Node| match n {
            Node::Export(i) => i as usize,
            Node::Import(k) => self.exports.len() + k as usize,
        };
        let mut mark = vec![Mark::New; self.exports.len() + self.imports.len()];
        for root in self.nodes() {
            if mark[idx(root)] != Mark::New {
                continue;
            }
            let mut stack = vec![(root, self.callees(root), 0usize)];
            mark[idx(root)] = Mark::Active;
            while let Some((node, callees, next)) = stack.last_mut() {
                if let Some(&c) = callees.get(*next) {
                    *next += 1;
                    match mark[idx(c)] {
                        Mark::Active => {
                            return Err(ValidationError {
                                path: node.to_string(),
                                message: format!("call cycle through {c}: programs must terminate"),
                            })
                        }
                        Mark::New => {
                            mark[idx(c)] = Mark::Active;
                            let cc = self.callees(c);
                            stack.push((c, cc, 0));
                        }
                        Mark::Done => {}
                    }
                } else {
                    mark[idx(*node)] = Mark::Done;
                    stack.pop();
                }
            }
        }
        Ok(())
    }

    /// A static upper bound on the events one run can log (assumes every
    /// call site runs; the call graph must be acyclic).
    pub fn event_bound(&self) -> u64 {
        let mut memo: std::collections::HashMap<Node, u64> = Default::default();
        let per_call: u64 = 8; // enter/exit, host enter/exit, hook, reset, outcome...
        fn cost(p: &Program, n: Node, memo: &mut std::collections::HashMap<Node, u64>) -> u64 {
            if let Some(&c) = memo.get(&n) {
                return c;
            }
            let mut own = 8u64;
            match n {
                Node::Export(i) => visit_wasm(&p.exports[i as usize].body, &mut |_| own += 4),
                Node::Import(k) => visit_host(&p.imports[k as usize].body, &mut |_| own += 4),
            }
            let total = p
                .callees(n)
                .into_iter()
                .fold(own, |acc, c| acc.saturating_add(cost(p, c, memo)));
            memo.insert(n, total);
            total
        }
        // A task's steps run once however often it is resumed; each await
        // adds the events of its settling and of the driver's end resolving
        // it (`per_call` covers them).
        self.driver.iter().fold(0u64, |acc, step| {
            let c = match *step {
                DriverStep::Call { export } | DriverStep::CallHandle { export, .. } | DriverStep::Invoke { export } => {
                    cost(self, Node::Export(export), &mut memo)
                }
                DriverStep::Spawn { export } => {
                    let awaits = visit::count_where(&self.exports[export as usize].body, |s| matches!(s, WasmStep::Await));
                    cost(self, Node::Export(export), &mut memo).saturating_add(per_call * awaits as u64)
                }
                _ => 0,
            };
            acc.saturating_add(c).saturating_add(per_call)
        })
    }

    /// Whether any export is async (the program has tasks).
    pub fn has_async(&self) -> bool {
        self.exports.iter().any(|e| e.is_async)
    }

    /// Whether any export hands the host a closure (also as an import's argument).
    pub fn has_closures(&self) -> bool {
        self.exports.iter().any(|e| visit::count_where(&e.body, |s| matches!(s, WasmStep::MakeClosure { .. } | WasmStep::CallWithClosure { .. })) > 0)
    }

    /// Whether any export calls an import with `catch`.
    pub fn has_catch_imports(&self) -> bool {
        self.exports.iter().any(|e| visit::count_where(&e.body, |s| matches!(s, WasmStep::CatchImport { .. })) > 0)
    }

    /// Whether the program makes or invokes closures.
    pub fn uses_closures(&self) -> bool {
        self.has_closures()
            || self.driver.iter().any(|s| matches!(s, DriverStep::Invoke { .. }))
            || self.imports.iter().any(|h| visit::count_where(&h.body, |s| matches!(s, HostStep::Invoke { .. })) > 0)
    }

    /// Number of steps in the whole program (a size measure for reduction).
    pub fn size(&self) -> usize {
        let wasm: usize = self.exports.iter().map(|e| visit::count(&e.body)).sum();
        let host: usize = self.imports.iter().map(|h| visit::count(&h.body)).sum();
        self.driver.len() + wasm + host
    }
}

/// Where [`Program::check_wasm_steps`] is.
struct WasmCheck {
    path: String,
    depth: usize,
    /// Inside an async export's body (where `await` may appear).
    in_async: bool,
}

/// A function of the program's call graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Node {
    Export(u32),
    Import(u32),
}

impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Node::Export(i) => write!(f, "e{i}"),
            Node::Import(k) => write!(f, "h{k}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_is_valid() {
        Program::minimal().validate().unwrap();
    }

    #[test]
    fn cycle_through_host_is_rejected() {
        let mut p = Program::minimal();
        p.exports[0].body.push(WasmStep::CallImport(0));
        p.imports.push(Import { body: vec![HostStep::CallExport { export: 0 }] });
        let e = p.validate().unwrap_err();
        assert!(e.message.contains("cycle"), "{e}");
    }

    #[test]
    fn direct_self_call_is_rejected() {
        let mut p = Program::minimal();
        p.exports[0].body.push(WasmStep::CallWasm(0));
        assert!(p.validate().unwrap_err().message.contains("cycle"));
    }

    #[test]
    fn duplicate_guard_ids_are_rejected() {
        let mut p = Program::minimal();
        let g = WasmStep::Guard { id: 3, drop: DropBehavior::Quiet };
        p.exports[0].body = vec![g.clone(), WasmStep::Scope(vec![g])];
        assert!(p.validate().unwrap_err().message.contains("used twice"));
    }

    #[test]
    fn handle_must_exist_before_use() {
        let mut p = Program::minimal();
        p.driver = vec![DriverStep::CallHandle { handle: 0, export: 0 }, DriverStep::NewHandle];
        assert!(p.validate().unwrap_err().message.contains("not created"));
        p.driver.reverse();
        p.validate().unwrap();
    }

    #[test]
    fn exponential_fanout_is_bounded() {
        // e_i calls e_{i+1} 8 times, 16 levels: 8^15 calls.
        let mut p = Program::minimal();
        p.exports = (0..16)
            .map(|i| Export { body: if i < 15 { vec![WasmStep::CallWasm(i + 1); 8] } else { vec![] }, is_async: false })
            .collect();
        assert!(p.validate().unwrap_err().message.contains("events"));
    }

    #[test]
    fn async_exports_are_only_spawned_and_only_they_await() {
        let mut p = Program::minimal();
        p.imports.push(Import::default());
        p.exports.push(Export { body: vec![WasmStep::Await], is_async: true });
        p.driver = vec![DriverStep::Spawn { export: 1 }, DriverStep::Resolve { task: 0 }];
        p.validate().unwrap();
        let mut q = p.clone();
        q.driver[0] = DriverStep::Call { export: 1 };
        assert!(q.validate().unwrap_err().message.contains("only `spawn` calls it"));
        let mut q = p.clone();
        q.driver = vec![DriverStep::Spawn { export: 0 }];
        assert!(q.validate().unwrap_err().message.contains("not async"));
        let mut q = p.clone();
        q.driver = vec![DriverStep::Reject { task: 0, value: 1 }, DriverStep::Spawn { export: 1 }];
        assert!(q.validate().unwrap_err().message.contains("not spawned"));
        let mut q = p.clone();
        q.exports[0].body.push(WasmStep::Scope(vec![WasmStep::Await]));
        assert!(q.validate().unwrap_err().message.contains("outside an async export"));
        let mut q = p.clone();
        q.exports[0].body.push(WasmStep::CallWasm(1));
        assert!(q.validate().unwrap_err().message.contains("is async"));
        q.exports[0].body.clear();
        q.imports[0].body.push(HostStep::CallExport { export: 1 });
        assert!(q.validate().unwrap_err().message.contains("is async"));
    }

    #[test]
    fn bad_references_are_rejected() {
        let mut p = Program::minimal();
        p.exports[0].body.push(WasmStep::CallImport(2));
        assert!(p.validate().is_err());
        let mut p = Program::minimal();
        p.driver.push(DriverStep::Call { export: 9 });
        assert!(p.validate().is_err());
        let mut p = Program::minimal();
        p.memory = Memory { initial: 3, maximum: 2 };
        assert!(p.validate().is_err());
    }
}
