//! Traces: the ordered events every engine reports the same way
//! (DESIGN.md §2). The model predicts one; each engine produces one; the
//! oracle compares them.
//!
//! On the wire (Wasm's `env.log`, the JS glue, the worker protocol, repro
//! files) an event is three integers `[code, a, b]`, documented in
//! `docs/trace-format.md`. This file defines the numbering: [`code`] (every
//! constant by name in [`code::ALL`]), [`TrapKind::code`], [`AbortCause::code`],
//! [`Event::encode`] / [`Event::decode`] and the text form (`Display`).
//! `engines/glue.js` repeats the codes for its hot path and exposes them as
//! `ReentryGlue.wire`; `engines/repro.js` formats events from
//! `ReentryGlue.wire`. `tests/wire_format.rs` checks both against this file.

use crate::program::{AbortKind, ClosureKind, ExnTag};
use serde::{Deserialize, Serialize};
use std::fmt;

pub use crate::trap::TrapKind;

/// Why the Wasm code is about to abort (logged by Wasm right before the
/// trapping instruction).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AbortCause {
    /// An explicit abort step.
    Step(AbortKind),
    /// A destructor panicked while unwinding (`cannot_unwind`).
    PanicInDrop,
    /// A panic reached the edge of an aborting closure
    /// (`Closure::own_aborting`), which does not unwind (`cannot_unwind`).
    PanicInAbortingClosure,
    /// A panic under `panic=abort`: every panic is an abort
    /// (docs/protocol.md 36).
    Panic,
}

impl AbortCause {
    /// Every cause, in code order.
    pub fn all() -> impl Iterator<Item = AbortCause> {
        AbortKind::ALL.into_iter().map(AbortCause::Step).chain(AbortCause::PANICS)
    }

    /// The causes after the abort steps' kinds, in code order.
    const PANICS: [AbortCause; 3] = [AbortCause::PanicInDrop, AbortCause::PanicInAbortingClosure, AbortCause::Panic];

    /// Its code on the wire: the index of its kind in [`AbortKind::ALL`],
    /// then `PanicInDrop`, `PanicInAbortingClosure`, `Panic`.
    pub fn code(self) -> i32 {
        match self {
            AbortCause::Step(k) => AbortKind::ALL.iter().position(|x| *x == k).unwrap() as i32,
            other => (AbortKind::ALL.len() + AbortCause::PANICS.iter().position(|x| *x == other).unwrap()) as i32,
        }
    }

    pub fn from_code(c: i32) -> Option<AbortCause> {
        let c = usize::try_from(c).ok()?;
        match c.checked_sub(AbortKind::ALL.len()) {
            Some(i) => AbortCause::PANICS.get(i).copied(),
            None => AbortKind::ALL.get(c).map(|k| AbortCause::Step(*k)),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            AbortCause::Step(k) => k.name(),
            AbortCause::PanicInDrop => "panic_in_drop",
            AbortCause::PanicInAbortingClosure => "panic_in_aborting_closure",
            AbortCause::Panic => "panic",
        }
    }
}

/// An error as the host sees it (thrown out of a glue call, caught by a host
/// `try`, or ending a driver call).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Failure {
    /// A `PanicError` carrying the panic payload.
    Panic(i32),
    /// A foreign value thrown by the host, arriving as the same value.
    Foreign(i32),
    /// A trap (abort) of the given kind.
    Trap(TrapKind),
    /// `Module terminated`: the call guard refused the call.
    Terminated,
    /// A handle from an older epoch was used.
    Stale,
    /// A foreign-looking value that is not the one thrown (identity lost).
    ForeignCopy(i32),
    /// A `WebAssembly.Exception` under a module's own `$panic` tag, with
    /// its payload (docs/protocol.md 10).
    WasmPanic(i32),
    /// A `WebAssembly.Exception` under the `$panic` tag of a second module
    /// (a Rust panic of another module on the page), with its payload.
    ForeignPanic(i32),
    /// A `WebAssembly.Exception` under a tag no module exports, with its payload.
    UnknownTag(i32),
    /// A closure called after Wasm dropped it: a borrowed one after its
    /// scope, an import's argument after that call (docs/protocol.md 32-33).
    /// On the wire `F_STALE` with argument 1.
    Dropped,
    /// A once closure called again (docs/protocol.md 32). On the wire
    /// `F_STALE` with argument 2.
    CalledTwice,
    /// wasm-bindgen's `Error("Critical error", { cause })`: under panic=abort
    /// its import wrapper aborts on a host exception by rethrowing it so
    /// (profile P7). Holds the cause, packed ([`Failure::critical`]).
    Critical(i32),
}

impl Failure {
    /// A critical error whose cause is `cause`. The cause is packed into one
    /// i32 (its failure code in the low 4 bits, its argument above them), so
    /// a cause's argument keeps its value within ±2^27: every value a
    /// generated program uses (`0..=max_value`) and any a corpus needs.
    pub fn critical(cause: Failure) -> Failure {
        let (c, a) = failure_code(cause);
        Failure::Critical(a.wrapping_shl(4) | c)
    }

    /// The cause of a critical error.
    pub fn cause(self) -> Option<Failure> {
        match self {
            Failure::Critical(packed) => failure_decode(packed & 15, packed >> 4),
            _ => None,
        }
    }

    /// The failure of an exception under `tag` carrying `payload`, for the
    /// tags a host ever sees raw (`$wrapped` is always seen as its payload).
    pub fn exception(tag: ExnTag, payload: i32) -> Option<Failure> {
        Some(match tag {
            ExnTag::Panic => Failure::WasmPanic(payload),
            ExnTag::ForeignPanic => Failure::ForeignPanic(payload),
            ExnTag::UnknownTag => Failure::UnknownTag(payload),
            ExnTag::Wrapped => return None,
        })
    }
}

/// The result of one driver step (and how a task's promise settles:
/// `Value` or `Failed`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// Returned normally with this value (the state after the call).
    Value(i32),
    /// The step did not call anything (reset), or settled the promise a
    /// task awaited (resolve, reject).
    Done,
    /// The handle this step uses was never created (its constructor failed).
    NoHandle,
    Failed(Failure),
    /// A `spawn` started this task: the call returned its promise.
    Task(i32),
    /// A `resolve` / `reject` found the task awaiting nothing (never
    /// started, settled, or running no more).
    NotAwaiting,
    /// An `invoke` found no closure made for its export.
    NoClosure,
}

/// One trace event. Wasm events carry the epoch of the instance that ran
/// them; `epoch` 0 is the first instance, each reset adds one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Event {
    // --- logged by Wasm ---
    Enter { epoch: i32, func: i32 },
    Exit { epoch: i32, func: i32 },
    GuardNew { epoch: i32, id: i32 },
    GuardDrop { epoch: i32, id: i32 },
    Panic { epoch: i32, payload: i32 },
    Caught { epoch: i32, payload: i32 },
    State { epoch: i32, value: i32 },
    Abort { epoch: i32, cause: AbortCause },
    /// A `grow` succeeded: the memory now has `pages` pages.
    Memory { epoch: i32, pages: i32 },
    /// An `add_high`: the high cell's new value.
    High { epoch: i32, value: i32 },
    /// A `closure e<export>` step (or an import call with a closure
    /// argument) handed the host a closure of this kind.
    ClosureNew { epoch: i32, export: i32, kind: ClosureKind },
    /// A borrowed closure over `e<export>` was dropped at the end of its
    /// scope (docs/protocol.md 32).
    ClosureDrop { epoch: i32, export: i32 },
    /// A `catch` import call of `h<import>` returned `Err` (docs/protocol.md 34).
    ImportErr { epoch: i32, import: i32 },
    /// `panic_any` of a JS value (docs/protocol.md 35).
    PanicValue { epoch: i32 },
    /// `catch_unwind` caught a panic whose payload is a JS value.
    CaughtValue { epoch: i32 },
    // --- logged by the host glue / host-step interpreter ---
    HostEnter { import: i32 },
    HostExit { import: i32 },
    /// A host `call e<n>` returned normally with this value.
    HostReturn { export: i32, value: i32 },
    Throw { value: i32 },
    /// A host step throws a `WebAssembly.Exception` under `tag`.
    ThrowExn { tag: ExnTag, value: i32 },
    /// An exception under a tag other than `$wrapped` left an export of
    /// epoch `epoch`: the glue aborts that instance (docs/protocol.md 12).
    Uncaught { epoch: i32 },
    Catch { failure: Failure },
    Terminate { epoch: i32 },
    ScheduleReinit,
    Hook { epoch: i32 },
    Reset { epoch: i32 },
    // --- the driver ---
    Outcome { step: i32, outcome: Outcome },
    /// Task `task`'s promise settled (`Value` or `Failed`), as the driver's
    /// reaction to it saw it; logged again if it settles again.
    TaskSettled { task: i32, outcome: Outcome },
    /// The driver is done with its steps and fulfils the promise task
    /// `task` still awaits (docs/protocol.md 21).
    EndResolve { task: i32 },
    /// Task `task`'s promise never settled although it awaits nothing: a
    /// hung task, logged when the driver is done.
    Hung { task: i32 },
    /// Task `task` starts running (its spawn passed the call guard).
    TaskStart { task: i32 },
    /// Task `task` is suspended at an `await` (its import returned a promise).
    TaskAwaits { task: i32 },
    /// Task `task` goes on: the resumption entry let it (the promise it
    /// awaited settled, the instance is live and the task's own).
    TaskResumes { task: i32 },
    /// A host `invoke e<export>` found no closure made for that export.
    NoClosure { export: i32 },
    /// Driver step `step`'s request was never answered (the workers-rs
    /// lane, whose driver steps are requests): a hung request, in place of
    /// the step's outcome.
    StepHung { step: i32 },
}

/// The event codes (`docs/trace-format.md`). Codes 0..=11 are the ones Wasm
/// itself logs (`log(code, arg, epoch)`).
pub mod code {
    /// Defines each constant and [`ALL`], so the list cannot miss one.
    macro_rules! codes {
        ($($(#[$doc:meta])* $name:ident = $value:expr;)*) => {
            $($(#[$doc])* pub const $name: i32 = $value;)*
            /// Every constant of this module by name, in order: what
            /// `ReentryGlue.wire.codes` must equal.
            pub const ALL: &[(&str, i32)] = &[$((stringify!($name), $name)),*];
        };
    }

    codes! {
        ENTER = 0;
        EXIT = 1;
        GUARD_NEW = 2;
        GUARD_DROP = 3;
        PANIC = 4;
        CAUGHT = 5;
        STATE = 6;
        ABORT = 7;
        MEMORY = 8;
        HIGH = 9;
        /// `[.., export, epoch]`: an unwinding closure.
        CLOSURE_NEW = 10;
        /// `[.., export, epoch]`: an aborting closure.
        CLOSURE_NEW_ABORTING = 11;
        /// `[.., import, epoch]`: a `catch` import returned `Err`.
        IMPORT_ERR = 12;
        /// `[.., 0, epoch]`: `panic_any` of a JS value.
        PANIC_VALUE = 13;
        /// `[.., 0, epoch]`: `catch_unwind` caught a JS-value panic.
        CAUGHT_VALUE = 14;
        /// `[.., export, epoch]`: a borrowed closure dropped.
        CLOSURE_DROP = 15;
        HOST_ENTER = 16;
        HOST_EXIT = 17;
        HOST_RETURN = 18;
        THROW = 19;
        TERMINATE = 20;
        SCHEDULE_REINIT = 21;
        HOOK = 22;
        RESET = 23;
        /// `[.., value, ExnTag code]`.
        THROW_EXN = 24;
        UNCAUGHT = 25;
        /// `[.., task, 0]`.
        END_RESOLVE = 26;
        /// `[.., task, 0]`.
        HUNG = 27;
        /// `[.., task, 0]`.
        TASK_START = 28;
        /// `[.., task, 0]`.
        TASK_AWAITS = 29;
        /// `[.., task, 0]`.
        TASK_RESUMES = 30;
        /// `[.., export, 0]`.
        NO_CLOSURE = 31;
        /// `[.., step, 0]`: a driver step's request never answered (after
        /// the `TASK` sub-codes).
        STEP_HUNG = 80;
        /// `CATCH + failure code`, `[.., a, 0]`.
        CATCH = 32;
        /// `OUTCOME + outcome code`, `[.., step, value]`.
        OUTCOME = 48;
        /// `TASK + outcome code` (a value or failure), `[.., task, value]`.
        TASK = 64;
        /// Sub-codes added to `CATCH` and `OUTCOME` are below this.
        SUBCODES = 16;

        // failure codes (added to CATCH / OUTCOME)
        F_PANIC = 0;
        F_FOREIGN = 1;
        F_TRAP = 2;
        F_TERMINATED = 3;
        F_STALE = 4;
        F_FOREIGN_COPY = 5;
        F_WASM_PANIC = 6;
        F_FOREIGN_PANIC = 7;
        /// After the outcome-only codes: the failure codes came to outnumber 8.
        F_UNKNOWN_TAG = 11;
        /// `[.., packed cause]` (`Failure::critical`); the last free sub-code.
        F_CRITICAL = 15;
        // outcome-only codes
        O_VALUE = 8;
        O_DONE = 9;
        O_NO_HANDLE = 10;
        /// After `F_UNKNOWN_TAG` (issue 13).
        O_TASK = 12;
        O_NOT_AWAITING = 13;
        /// Closures (issue 13).
        O_NO_CLOSURE = 14;
    }
}

/// The payload a host reports where a panic's payload was lost: a
/// `PanicError` whose message holds none (wasm-bindgen's F8 decodes it from
/// another instance's memory), and what the seeded payload mutants turn it
/// into. Generated programs panic with payloads from 0 up, never this one.
pub const LOST_PAYLOAD: i32 = -1;

fn failure_code(f: Failure) -> (i32, i32) {
    use code::*;
    match f {
        Failure::Panic(p) => (F_PANIC, p),
        Failure::Foreign(v) => (F_FOREIGN, v),
        Failure::Trap(k) => (F_TRAP, k.code()),
        Failure::Terminated => (F_TERMINATED, 0),
        Failure::Stale => (F_STALE, 0),
        Failure::Dropped => (F_STALE, 1),
        Failure::CalledTwice => (F_STALE, 2),
        Failure::ForeignCopy(v) => (F_FOREIGN_COPY, v),
        Failure::WasmPanic(p) => (F_WASM_PANIC, p),
        Failure::ForeignPanic(p) => (F_FOREIGN_PANIC, p),
        Failure::UnknownTag(p) => (F_UNKNOWN_TAG, p),
        Failure::Critical(packed) => (F_CRITICAL, packed),
    }
}

/// An outcome's sub-code and argument (under `OUTCOME` and `TASK`).
fn outcome_code(o: Outcome) -> (i32, i32) {
    use code::*;
    match o {
        Outcome::Value(v) => (O_VALUE, v),
        Outcome::Done => (O_DONE, 0),
        Outcome::NoHandle => (O_NO_HANDLE, 0),
        Outcome::Task(t) => (O_TASK, t),
        Outcome::NotAwaiting => (O_NOT_AWAITING, 0),
        Outcome::NoClosure => (O_NO_CLOSURE, 0),
        Outcome::Failed(f) => failure_code(f),
    }
}

fn outcome_decode(c: i32, b: i32) -> Option<Outcome> {
    use code::*;
    Some(match c {
        O_VALUE => Outcome::Value(b),
        O_DONE => Outcome::Done,
        O_NO_HANDLE => Outcome::NoHandle,
        O_TASK => Outcome::Task(b),
        O_NOT_AWAITING => Outcome::NotAwaiting,
        O_NO_CLOSURE => Outcome::NoClosure,
        f => Outcome::Failed(failure_decode(f, b)?),
    })
}

fn failure_decode(c: i32, a: i32) -> Option<Failure> {
    use code::*;
    Some(match c {
        F_PANIC => Failure::Panic(a),
        F_FOREIGN => Failure::Foreign(a),
        F_TRAP => Failure::Trap(TrapKind::from_code(a)?),
        F_TERMINATED => Failure::Terminated,
        F_STALE => match a {
            0 => Failure::Stale,
            1 => Failure::Dropped,
            2 => Failure::CalledTwice,
            _ => return None,
        },
        F_FOREIGN_COPY => Failure::ForeignCopy(a),
        F_WASM_PANIC => Failure::WasmPanic(a),
        F_FOREIGN_PANIC => Failure::ForeignPanic(a),
        F_UNKNOWN_TAG => Failure::UnknownTag(a),
        F_CRITICAL => {
            let f = Failure::Critical(a);
            f.cause()?;
            f
        }
        _ => return None,
    })
}

impl Event {
    pub fn encode(self) -> [i32; 3] {
        use code::*;
        use Event::*;
        match self {
            Enter { epoch, func } => [ENTER, func, epoch],
            Exit { epoch, func } => [EXIT, func, epoch],
            GuardNew { epoch, id } => [GUARD_NEW, id, epoch],
            GuardDrop { epoch, id } => [GUARD_DROP, id, epoch],
            Panic { epoch, payload } => [PANIC, payload, epoch],
            Caught { epoch, payload } => [CAUGHT, payload, epoch],
            State { epoch, value } => [STATE, value, epoch],
            Abort { epoch, cause } => [ABORT, cause.code(), epoch],
            Memory { epoch, pages } => [MEMORY, pages, epoch],
            High { epoch, value } => [HIGH, value, epoch],
            ClosureNew { epoch, export, kind } => {
                [if kind.aborting() { CLOSURE_NEW_ABORTING } else { CLOSURE_NEW }, export | kind.code() << 8, epoch]
            }
            ClosureDrop { epoch, export } => [CLOSURE_DROP, export, epoch],
            ImportErr { epoch, import } => [IMPORT_ERR, import, epoch],
            PanicValue { epoch } => [PANIC_VALUE, 0, epoch],
            CaughtValue { epoch } => [CAUGHT_VALUE, 0, epoch],
            HostEnter { import } => [HOST_ENTER, import, 0],
            HostExit { import } => [HOST_EXIT, import, 0],
            HostReturn { export, value } => [HOST_RETURN, export, value],
            Throw { value } => [THROW, value, 0],
            ThrowExn { tag, value } => [THROW_EXN, value, tag.code()],
            Uncaught { epoch } => [UNCAUGHT, epoch, 0],
            Catch { failure } => {
                let (c, a) = failure_code(failure);
                [CATCH + c, a, 0]
            }
            Terminate { epoch } => [TERMINATE, epoch, 0],
            ScheduleReinit => [SCHEDULE_REINIT, 0, 0],
            Hook { epoch } => [HOOK, epoch, 0],
            Reset { epoch } => [RESET, epoch, 0],
            Outcome { step, outcome } => {
                let (c, b) = outcome_code(outcome);
                [OUTCOME + c, step, b]
            }
            TaskSettled { task, outcome } => {
                let (c, b) = outcome_code(outcome);
                [TASK + c, task, b]
            }
            EndResolve { task } => [END_RESOLVE, task, 0],
            Hung { task } => [HUNG, task, 0],
            TaskStart { task } => [TASK_START, task, 0],
            TaskAwaits { task } => [TASK_AWAITS, task, 0],
            TaskResumes { task } => [TASK_RESUMES, task, 0],
            NoClosure { export } => [NO_CLOSURE, export, 0],
            StepHung { step } => [STEP_HUNG, step, 0],
        }
    }

    pub fn decode([c, a, b]: [i32; 3]) -> Option<Event> {
        use code::*;
        use Event::*;
        Some(match c {
            ENTER => Enter { func: a, epoch: b },
            EXIT => Exit { func: a, epoch: b },
            GUARD_NEW => GuardNew { id: a, epoch: b },
            GUARD_DROP => GuardDrop { id: a, epoch: b },
            PANIC => Panic { payload: a, epoch: b },
            CAUGHT => Caught { payload: a, epoch: b },
            STATE => State { value: a, epoch: b },
            ABORT => Abort { cause: AbortCause::from_code(a)?, epoch: b },
            MEMORY => Memory { pages: a, epoch: b },
            HIGH => High { value: a, epoch: b },
            CLOSURE_NEW | CLOSURE_NEW_ABORTING => {
                ClosureNew { export: a & 0xff, epoch: b, kind: ClosureKind::from_code(a >> 8, c == CLOSURE_NEW_ABORTING)? }
            }
            CLOSURE_DROP => ClosureDrop { export: a, epoch: b },
            IMPORT_ERR => ImportErr { import: a, epoch: b },
            PANIC_VALUE if a == 0 => PanicValue { epoch: b },
            CAUGHT_VALUE if a == 0 => CaughtValue { epoch: b },
            NO_CLOSURE => NoClosure { export: a },
            STEP_HUNG => StepHung { step: a },
            HOST_ENTER => HostEnter { import: a },
            HOST_EXIT => HostExit { import: a },
            HOST_RETURN => HostReturn { export: a, value: b },
            THROW => Throw { value: a },
            THROW_EXN => ThrowExn { value: a, tag: ExnTag::from_code(b)? },
            UNCAUGHT => Uncaught { epoch: a },
            TERMINATE => Terminate { epoch: a },
            SCHEDULE_REINIT => ScheduleReinit,
            HOOK => Hook { epoch: a },
            RESET => Reset { epoch: a },
            c if (CATCH..CATCH + SUBCODES).contains(&c) => Catch { failure: failure_decode(c - CATCH, a)? },
            END_RESOLVE => EndResolve { task: a },
            HUNG => Hung { task: a },
            TASK_START => TaskStart { task: a },
            TASK_AWAITS => TaskAwaits { task: a },
            TASK_RESUMES => TaskResumes { task: a },
            c if (OUTCOME..OUTCOME + SUBCODES).contains(&c) => Outcome { step: a, outcome: outcome_decode(c - OUTCOME, b)? },
            // A task settles with a value or a failure only.
            c if (TASK..TASK + SUBCODES).contains(&c) => match outcome_decode(c - TASK, b)? {
                o @ (crate::trace::Outcome::Value(_) | crate::trace::Outcome::Failed(_)) => TaskSettled { task: a, outcome: o },
                _ => return None,
            },
            _ => return None,
        })
    }

    /// The epoch of a Wasm event (`None` for host and driver events).
    pub fn wasm_epoch(&self) -> Option<i32> {
        use Event::*;
        match *self {
            Enter { epoch, .. }
            | Exit { epoch, .. }
            | GuardNew { epoch, .. }
            | GuardDrop { epoch, .. }
            | Panic { epoch, .. }
            | Caught { epoch, .. }
            | State { epoch, .. }
            | Abort { epoch, .. }
            | Memory { epoch, .. }
            | High { epoch, .. }
            | ClosureNew { epoch, .. }
            | ClosureDrop { epoch, .. }
            | ImportErr { epoch, .. }
            | PanicValue { epoch }
            | CaughtValue { epoch } => Some(epoch),
            _ => None,
        }
    }
}

/// Decode a flat `[code, a, b, code, a, b, ...]` array.
pub fn decode_flat(flat: &[i32]) -> Result<Vec<Event>, String> {
    if !flat.len().is_multiple_of(3) {
        return Err(format!("trace has {} integers, not a multiple of 3", flat.len()));
    }
    flat.chunks_exact(3)
        .enumerate()
        .map(|(i, c)| {
            Event::decode([c[0], c[1], c[2]]).ok_or_else(|| format!("event {i}: bad encoding {c:?}"))
        })
        .collect()
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Panic(p) => write!(f, "panic({p})"),
            Failure::Foreign(v) => write!(f, "foreign({v})"),
            Failure::Trap(k) => write!(f, "aborted({})", k.name()),
            Failure::Terminated => write!(f, "terminated"),
            Failure::Stale => write!(f, "stale"),
            Failure::Dropped => write!(f, "dropped"),
            Failure::CalledTwice => write!(f, "called_twice"),
            Failure::ForeignCopy(v) => write!(f, "foreign_copy({v})"),
            Failure::WasmPanic(p) => write!(f, "wasm_panic({p})"),
            Failure::ForeignPanic(p) => write!(f, "foreign_panic({p})"),
            Failure::UnknownTag(p) => write!(f, "unknown_tag({p})"),
            Failure::Critical(_) => match self.cause() {
                Some(cause) => write!(f, "critical({cause})"),
                None => write!(f, "critical(?)"),
            },
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Value(v) => write!(f, "ok({v})"),
            Outcome::Done => write!(f, "done"),
            Outcome::NoHandle => write!(f, "no_handle"),
            Outcome::Failed(x) => write!(f, "{x}"),
            Outcome::Task(t) => write!(f, "task t{t}"),
            Outcome::NotAwaiting => write!(f, "not_awaiting"),
            Outcome::NoClosure => write!(f, "no_closure"),
        }
    }
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Event::*;
        match *self {
            Enter { epoch, func } => write!(f, "[{epoch}] enter e{func}"),
            Exit { epoch, func } => write!(f, "[{epoch}] exit e{func}"),
            GuardNew { epoch, id } => write!(f, "[{epoch}] guard+ {id}"),
            GuardDrop { epoch, id } => write!(f, "[{epoch}] guard- {id}"),
            Panic { epoch, payload } => write!(f, "[{epoch}] panic {payload}"),
            Caught { epoch, payload } => write!(f, "[{epoch}] caught {payload}"),
            State { epoch, value } => write!(f, "[{epoch}] state {value}"),
            Abort { epoch, cause } => write!(f, "[{epoch}] abort {}", cause.name()),
            Memory { epoch, pages } => write!(f, "[{epoch}] memory {pages}"),
            High { epoch, value } => write!(f, "[{epoch}] high {value}"),
            ClosureNew { epoch, export, kind } => write!(f, "[{epoch}] closure e{export}{kind}"),
            ClosureDrop { epoch, export } => write!(f, "[{epoch}] closure e{export} dropped"),
            ImportErr { epoch, import } => write!(f, "[{epoch}] err h{import}"),
            PanicValue { epoch } => write!(f, "[{epoch}] panic value"),
            CaughtValue { epoch } => write!(f, "[{epoch}] caught value"),
            HostEnter { import } => write!(f, "host enter h{import}"),
            HostExit { import } => write!(f, "host exit h{import}"),
            HostReturn { export, value } => write!(f, "host e{export} returned {value}"),
            Throw { value } => write!(f, "host throw {value}"),
            ThrowExn { tag, value } => write!(f, "host throw {} {value}", tag.name()),
            Uncaught { epoch } => write!(f, "uncaught exception [{epoch}]"),
            Catch { failure } => write!(f, "host catch {failure}"),
            Terminate { epoch } => write!(f, "host terminate [{epoch}]"),
            ScheduleReinit => write!(f, "schedule reinit"),
            Hook { epoch } => write!(f, "hook [{epoch}]"),
            Reset { epoch } => write!(f, "reset -> [{epoch}]"),
            Outcome { step, outcome } => write!(f, "driver[{step}] => {outcome}"),
            TaskSettled { task, outcome } => write!(f, "task t{task} => {outcome}"),
            EndResolve { task } => write!(f, "end resolve t{task}"),
            Hung { task } => write!(f, "task t{task} hung"),
            TaskStart { task } => write!(f, "task t{task} starts"),
            TaskAwaits { task } => write!(f, "task t{task} awaits"),
            TaskResumes { task } => write!(f, "task t{task} resumes"),
            NoClosure { export } => write!(f, "host invoke e{export}: no closure"),
            StepHung { step } => write!(f, "driver[{step}] hung"),
        }
    }
}

/// A whole trace; its `Display` is one event per line (the `.trace` format).
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Trace(pub Vec<Event>);

impl fmt::Display for Trace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.0 {
            writeln!(f, "{e}")?;
        }
        Ok(())
    }
}

impl Trace {
    pub fn flat(&self) -> Vec<i32> {
        self.0.iter().flat_map(|e| e.encode()).collect()
    }
}

/// Sample events covering every [`Event`] variant, every [`Failure`] and
/// [`Outcome`] variant, every [`AbortCause`] and every [`TrapKind`]
/// (checked by this file's tests); for tests that compare other encoders
/// and formatters with this file.
#[doc(hidden)]
pub fn samples() -> Vec<Event> {
    let mut v = vec![
        Event::Enter { epoch: 1, func: 2 },
        Event::Exit { epoch: 0, func: 0 },
        Event::GuardNew { epoch: 0, id: 7 },
        Event::GuardDrop { epoch: 3, id: 7 },
        Event::Panic { epoch: 0, payload: -5 },
        Event::Caught { epoch: 0, payload: 5 },
        Event::State { epoch: 2, value: i32::MIN },
        Event::Memory { epoch: 1, pages: 3 },
        Event::High { epoch: 0, value: -7 },
        Event::HostEnter { import: 3 },
        Event::HostExit { import: 3 },
        Event::HostReturn { export: 1, value: 9 },
        Event::Throw { value: 4 },
        Event::Uncaught { epoch: 2 },
        Event::Terminate { epoch: 1 },
        Event::ScheduleReinit,
        Event::Hook { epoch: 0 },
        Event::Reset { epoch: 1 },
        Event::Outcome { step: 0, outcome: Outcome::Value(i32::MAX) },
        Event::Outcome { step: 1, outcome: Outcome::Done },
        Event::Outcome { step: 2, outcome: Outcome::NoHandle },
        Event::Outcome { step: 3, outcome: Outcome::Task(2) },
        Event::Outcome { step: 4, outcome: Outcome::NotAwaiting },
        Event::TaskSettled { task: 1, outcome: Outcome::Value(-4) },
        Event::EndResolve { task: 3 },
        Event::Hung { task: 0 },
        Event::TaskStart { task: 1 },
        Event::TaskAwaits { task: 2 },
        Event::TaskResumes { task: 3 },
        Event::ClosureNew { epoch: 1, export: 2, kind: ClosureKind::OWN },
        Event::ClosureNew { epoch: 0, export: 1, kind: ClosureKind::OWN_ABORTING },
        Event::ClosureNew {
            epoch: 0,
            export: 15,
            kind: ClosureKind { ctor: crate::program::ClosureCtor::RefMut, edge: crate::program::ClosureEdge::AssertUnwindSafe },
        },
        Event::ClosureDrop { epoch: 2, export: 3 },
        Event::ImportErr { epoch: 1, import: 4 },
        Event::PanicValue { epoch: 0 },
        Event::CaughtValue { epoch: 3 },
        Event::NoClosure { export: 3 },
        Event::Outcome { step: 6, outcome: Outcome::NoClosure },
        Event::StepHung { step: 7 },
    ];
    for cause in AbortCause::all() {
        v.push(Event::Abort { epoch: 0, cause });
    }
    for (i, tag) in ExnTag::ALL.into_iter().enumerate() {
        v.push(Event::ThrowExn { tag, value: i as i32 - 1 });
    }
    let failures = TrapKind::ALL.map(Failure::Trap).into_iter().chain([
        Failure::Panic(i32::MIN),
        Failure::Foreign(-2),
        Failure::Terminated,
        Failure::Stale,
        Failure::ForeignCopy(3),
        Failure::WasmPanic(-1),
        Failure::ForeignPanic(8),
        Failure::UnknownTag(i32::MAX),
        Failure::critical(Failure::Foreign(7)),
        Failure::Dropped,
        Failure::CalledTwice,
        Failure::critical(Failure::critical(Failure::Stale)),
    ]);
    for f in failures {
        v.push(Event::Catch { failure: f });
        v.push(Event::Outcome { step: 5, outcome: Outcome::Failed(f) });
        v.push(Event::TaskSettled { task: 2, outcome: Outcome::Failed(f) });
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_critical_error_carries_its_cause() {
        let c = Failure::critical(Failure::Foreign(-5));
        assert_eq!(c.cause(), Some(Failure::Foreign(-5)));
        assert_eq!(c.to_string(), "critical(foreign(-5))");
        let nested = Failure::critical(Failure::critical(Failure::Terminated));
        assert_eq!(nested.to_string(), "critical(critical(terminated))");
        assert_eq!(Event::decode(Event::Catch { failure: nested }.encode()), Some(Event::Catch { failure: nested }));
        assert_eq!(Failure::Panic(1).cause(), None);
    }

    #[test]
    fn encoding_round_trips() {
        for e in samples() {
            assert_eq!(Event::decode(e.encode()), Some(e), "{e}");
        }
        let t = Trace(samples());
        assert_eq!(decode_flat(&t.flat()).unwrap(), t.0);
    }

    /// `samples()` has every variant: the matches below are exhaustive, so a
    /// new variant fails to compile here until it is sampled.
    #[test]
    fn samples_cover_every_variant() {
        fn event(e: &Event) -> usize {
            use Event::*;
            match e {
                Enter { .. } => 0,
                Exit { .. } => 1,
                GuardNew { .. } => 2,
                GuardDrop { .. } => 3,
                Panic { .. } => 4,
                Caught { .. } => 5,
                State { .. } => 6,
                Abort { .. } => 7,
                HostEnter { .. } => 8,
                HostExit { .. } => 9,
                HostReturn { .. } => 10,
                Throw { .. } => 11,
                Catch { .. } => 12,
                Terminate { .. } => 13,
                ScheduleReinit => 14,
                Hook { .. } => 15,
                Reset { .. } => 16,
                Outcome { .. } => 17,
                Memory { .. } => 18,
                High { .. } => 19,
                ThrowExn { .. } => 20,
                Uncaught { .. } => 21,
                TaskSettled { .. } => 22,
                EndResolve { .. } => 23,
                Hung { .. } => 24,
                TaskStart { .. } => 25,
                TaskAwaits { .. } => 26,
                TaskResumes { .. } => 27,
                ClosureNew { .. } => 28,
                NoClosure { .. } => 29,
                ClosureDrop { .. } => 30,
                ImportErr { .. } => 31,
                PanicValue { .. } => 32,
                CaughtValue { .. } => 33,
                StepHung { .. } => 34,
            }
        }
        fn failure(f: &Failure) -> usize {
            match f {
                Failure::Panic(_) => 0,
                Failure::Foreign(_) => 1,
                Failure::Trap(_) => 2,
                Failure::Terminated => 3,
                Failure::Stale => 4,
                Failure::ForeignCopy(_) => 5,
                Failure::WasmPanic(_) => 6,
                Failure::ForeignPanic(_) => 7,
                Failure::UnknownTag(_) => 8,
                Failure::Critical(_) => 9,
                Failure::Dropped => 10,
                Failure::CalledTwice => 11,
            }
        }
        fn outcome(o: &Outcome) -> usize {
            match o {
                Outcome::Value(_) => 0,
                Outcome::Done => 1,
                Outcome::NoHandle => 2,
                Outcome::Failed(_) => 3,
                Outcome::Task(_) => 4,
                Outcome::NotAwaiting => 5,
                Outcome::NoClosure => 6,
            }
        }
        let s = samples();
        let covered = |n: usize, f: &dyn Fn(&Event) -> Option<usize>| {
            let seen: std::collections::BTreeSet<usize> = s.iter().filter_map(f).collect();
            assert_eq!(seen, (0..n).collect(), "samples() misses a variant");
        };
        covered(35, &|e| Some(event(e)));
        covered(12, &|e| match e {
            Event::Catch { failure: f } => Some(failure(f)),
            _ => None,
        });
        covered(12, &|e| match e {
            Event::Outcome { outcome: Outcome::Failed(f), .. } => Some(failure(f)),
            _ => None,
        });
        covered(7, &|e| match e {
            Event::Outcome { outcome: o, .. } => Some(outcome(o)),
            _ => None,
        });
        covered(12, &|e| match e {
            Event::TaskSettled { outcome: Outcome::Failed(f), .. } => Some(failure(f)),
            _ => None,
        });
        for k in TrapKind::ALL {
            assert!(s.contains(&Event::Catch { failure: Failure::Trap(k) }), "{k:?}");
        }
        for cause in AbortCause::all() {
            assert!(s.iter().any(|e| matches!(e, Event::Abort { cause: c, .. } if *c == cause)), "{cause:?}");
        }
        assert_eq!(AbortCause::all().count(), AbortKind::ALL.len() + 3);
        for tag in ExnTag::ALL {
            assert!(s.iter().any(|e| matches!(e, Event::ThrowExn { tag: t, .. } if *t == tag)), "{tag:?}");
        }
    }

    #[test]
    fn codes_are_listed_once_and_trap_kinds_follow_classes() {
        let mut names: Vec<&str> = code::ALL.iter().map(|(n, _)| *n).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), code::ALL.len());
        assert_eq!(crate::trap::TrapClass::MemoryOutOfBounds.kind(), TrapKind::OutOfBounds);
        assert_eq!(crate::trap::TrapClass::IntegerOverflow.kind(), TrapKind::Other);
        for k in TrapKind::ALL {
            assert_eq!(TrapKind::from_code(k.code()), Some(k));
        }
    }

    #[test]
    fn malformed_flat_traces_are_errors() {
        assert!(decode_flat(&[0, 1]).is_err());
        assert!(decode_flat(&[999, 0, 0]).is_err());
        assert!(decode_flat(&[code::ABORT, 99, 0]).is_err());
        assert!(decode_flat(&[code::THROW_EXN, 1, 4]).is_err());
        assert!(decode_flat(&[code::CATCH + 12, 1, 0]).is_err());
        // A critical error's cause must decode.
        assert!(decode_flat(&[code::CATCH + code::F_CRITICAL, 12, 0]).is_err());
        // A task settles with a value or a failure, nothing else.
        assert!(decode_flat(&[code::TASK + code::O_DONE, 1, 0]).is_err());
        assert!(decode_flat(&[code::TASK + code::O_TASK, 1, 0]).is_err());
    }
}
