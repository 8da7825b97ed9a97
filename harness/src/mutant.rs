//! Seeded bugs. Each mutant is one named, deliberate defect in the protocol
//! implementation (compiler wrappers, Rust glue, JS glue). They exist to
//! measure the suite: every mutant must be detected by a short fuzz run.
//! The switches live where the defect lives; this enum is the one list.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
#[clap(rename_all = "kebab-case")]
pub enum Mutant {
    /// Compiler: the import wrapper does not check `terminated` after a normal return.
    NoTerminatedCheckAfterReturn,
    /// Compiler: the import wrapper does not check `terminated` on its exception paths.
    NoTerminatedCheckOnThrow,
    /// Glue: the abort hook fires every time an abort crosses an export boundary.
    HookEveryBoundary,
    /// Glue: the abort hook never fires.
    HookNever,
    /// Compiler: the landing pad of the first guard of each scope skips its drop.
    PadSkipsDrop,
    /// Compiler: landing pads drop their guard twice.
    PadDropsTwice,
    /// Compiler: `catch_unwind` also catches foreign exceptions (as payload -1).
    CatchUnwindCatchesForeign,
    /// Glue: a trap is classified as recoverable (no terminated flag, no hook).
    TrapRecoverable,
    /// Glue: the call guard ignores the terminated flag.
    GuardIgnoresTerminated,
    /// Glue: reset keeps the old instance's memory contents.
    ResetKeepsMemory,
    /// Glue: handles from an old epoch are accepted after a reset.
    StaleHandlesAccepted,
    /// Compiler: the import wrapper's "any other exception" path executes
    /// `unreachable` instead of rethrowing (a wrapper that takes every
    /// exception that is not `$jstag` for undefined behaviour).
    OtherExceptionTraps,
    /// Compiler: the import wrapper checks `terminated` on the `$jstag` path
    /// and after a return, but not on the "any other exception" path.
    NoTerminatedCheckOnOther,
    /// Glue: an exception under a tag other than `$wrapped` leaving an export
    /// is recoverable (no terminated flag, no hook), like `$wrapped`.
    ExceptionRecoverable,
    /// Glue: reset grows the fresh instance's memory to the old one's size
    /// and copies the grown pages over.
    ResetKeepsGrownMemory,
    /// Glue (tasks): the call guard of a task's resumption entry lets a
    /// terminated instance pass (unless a reinit is scheduled), so a sibling
    /// awaiting when its instance aborts is resumed on the aborted instance.
    SiblingResumedAfterAbort,
    /// Glue (tasks): a task's promise that is to be rejected (a panic, an
    /// abort, a refused resumption) is never settled.
    RejectionNeverSettled,
    /// Glue (tasks): the abort hook fires once per task instead of once per
    /// abort: each sibling refused at its resumption fires it again.
    HookOncePerTask,
    /// Compiler (closures): the aborting closure entry unwinds like the
    /// unwinding one, so a panic escaping it is a `PanicError` instead of
    /// an abort (`Closure::own_aborting` built as `Closure::new`).
    AbortingClosureUnwinds,
    /// Compiler (payloads): a landing pad throws a new panic with a lost
    /// payload instead of rethrowing the panic it caught.
    PadLosesPayload,
    /// Compiler (payloads): `catch_unwind` hands its handler a lost payload.
    CatchUnwindLosesPayload,
    /// Compiler (payloads): the export wrapper makes the `PanicError` from a
    /// lost payload instead of the panic's.
    ExportWrapperLosesPayload,
    /// Glue (payloads): the glue's `PanicError` carries a lost payload
    /// instead of the one the export wrapper handed it.
    GlueLosesPayload,
    /// Compiler (panic=abort): the import wrapper rethrows a host exception
    /// as it does under panic=unwind, so it unwinds the panic=abort frames,
    /// which have no landing pads, instead of aborting there.
    AbortLaneImportRethrows,
    /// Compiler (panic=abort): a panic is thrown as under panic=unwind
    /// instead of aborting, so the export wrapper makes it a `PanicError`.
    AbortLanePanicUnwinds,
    /// Compiler (catch imports): the catch wrapper does not check
    /// `terminated` before handing Wasm a JS value as `Err`, so Wasm goes on
    /// after an abort.
    CatchErrIgnoresTerminated,
    /// Compiler (`panic_any` of a JS value): the export wrapper makes the
    /// panic a `PanicError` of the value's index instead of handing on the
    /// value itself.
    PanicValueBecomesPanicError,
    /// Glue (closures): a once closure is not marked called, so a second
    /// call runs its body again instead of being refused.
    OnceClosureRunsTwice,
    /// Glue (closures): the closure entry ignores that Wasm dropped a
    /// closure, so a borrowed closure (or an import's argument) runs after
    /// its scope (its call).
    DroppedClosureRuns,
}

impl Mutant {
    pub const ALL: [Mutant; 29] = [
        Mutant::NoTerminatedCheckAfterReturn,
        Mutant::NoTerminatedCheckOnThrow,
        Mutant::HookEveryBoundary,
        Mutant::HookNever,
        Mutant::PadSkipsDrop,
        Mutant::PadDropsTwice,
        Mutant::CatchUnwindCatchesForeign,
        Mutant::TrapRecoverable,
        Mutant::GuardIgnoresTerminated,
        Mutant::ResetKeepsMemory,
        Mutant::StaleHandlesAccepted,
        Mutant::OtherExceptionTraps,
        Mutant::NoTerminatedCheckOnOther,
        Mutant::ExceptionRecoverable,
        Mutant::ResetKeepsGrownMemory,
        Mutant::SiblingResumedAfterAbort,
        Mutant::RejectionNeverSettled,
        Mutant::HookOncePerTask,
        Mutant::AbortingClosureUnwinds,
        Mutant::PadLosesPayload,
        Mutant::CatchUnwindLosesPayload,
        Mutant::ExportWrapperLosesPayload,
        Mutant::GlueLosesPayload,
        Mutant::AbortLaneImportRethrows,
        Mutant::AbortLanePanicUnwinds,
        Mutant::CatchErrIgnoresTerminated,
        Mutant::PanicValueBecomesPanicError,
        Mutant::OnceClosureRunsTwice,
        Mutant::DroppedClosureRuns,
    ];

    /// The kebab-case name used on the command line and in the JS glue.
    pub fn name(self) -> &'static str {
        match self {
            Mutant::NoTerminatedCheckAfterReturn => "no-terminated-check-after-return",
            Mutant::NoTerminatedCheckOnThrow => "no-terminated-check-on-throw",
            Mutant::HookEveryBoundary => "hook-every-boundary",
            Mutant::HookNever => "hook-never",
            Mutant::PadSkipsDrop => "pad-skips-drop",
            Mutant::PadDropsTwice => "pad-drops-twice",
            Mutant::CatchUnwindCatchesForeign => "catch-unwind-catches-foreign",
            Mutant::TrapRecoverable => "trap-recoverable",
            Mutant::GuardIgnoresTerminated => "guard-ignores-terminated",
            Mutant::ResetKeepsMemory => "reset-keeps-memory",
            Mutant::StaleHandlesAccepted => "stale-handles-accepted",
            Mutant::OtherExceptionTraps => "other-exception-traps",
            Mutant::NoTerminatedCheckOnOther => "no-terminated-check-on-other",
            Mutant::ExceptionRecoverable => "exception-recoverable",
            Mutant::ResetKeepsGrownMemory => "reset-keeps-grown-memory",
            Mutant::SiblingResumedAfterAbort => "sibling-resumed-after-abort",
            Mutant::RejectionNeverSettled => "rejection-never-settled",
            Mutant::HookOncePerTask => "hook-once-per-task",
            Mutant::AbortingClosureUnwinds => "aborting-closure-unwinds",
            Mutant::PadLosesPayload => "pad-loses-payload",
            Mutant::CatchUnwindLosesPayload => "catch-unwind-loses-payload",
            Mutant::ExportWrapperLosesPayload => "export-wrapper-loses-payload",
            Mutant::GlueLosesPayload => "glue-loses-payload",
            Mutant::AbortLaneImportRethrows => "abort-lane-import-rethrows",
            Mutant::AbortLanePanicUnwinds => "abort-lane-panic-unwinds",
            Mutant::CatchErrIgnoresTerminated => "catch-err-ignores-terminated",
            Mutant::PanicValueBecomesPanicError => "panic-value-becomes-panic-error",
            Mutant::OnceClosureRunsTwice => "once-closure-runs-twice",
            Mutant::DroppedClosureRuns => "dropped-closure-runs",
        }
    }

    pub fn from_name(s: &str) -> Option<Mutant> {
        Mutant::ALL.into_iter().find(|m| m.name() == s)
    }

    /// Whether this defect lives in the generated Wasm (then every engine
    /// runs it) rather than in the host glue.
    pub fn in_compiler(self) -> bool {
        matches!(
            self,
            Mutant::NoTerminatedCheckAfterReturn
                | Mutant::NoTerminatedCheckOnThrow
                | Mutant::PadSkipsDrop
                | Mutant::PadDropsTwice
                | Mutant::CatchUnwindCatchesForeign
                | Mutant::OtherExceptionTraps
                | Mutant::NoTerminatedCheckOnOther
                | Mutant::AbortingClosureUnwinds
                | Mutant::PadLosesPayload
                | Mutant::CatchUnwindLosesPayload
                | Mutant::ExportWrapperLosesPayload
                | Mutant::AbortLaneImportRethrows
                | Mutant::AbortLanePanicUnwinds
                | Mutant::CatchErrIgnoresTerminated
                | Mutant::PanicValueBecomesPanicError
        )
    }

    /// Whether the defect is in the glue's task entry points: only engines
    /// that run tasks on the lane carry it (on the generated lane, V8 with
    /// JSPI; never wasmtime, `facts::Effect::NoTasks`), and only programs
    /// with tasks show it.
    pub fn in_tasks(self) -> bool {
        matches!(self, Mutant::SiblingResumedAfterAbort | Mutant::RejectionNeverSettled | Mutant::HookOncePerTask)
    }

    /// The panic strategy whose code carries the defect (`None`: both).
    /// Landing pads, `catch_unwind`, the aborting closure edge, a panic's
    /// payload on its way to a `PanicError` and the import wrapper's
    /// exception paths up to their rethrow exist only
    /// where panics unwind (under panic=abort there are no pads,
    /// `catch_unwind` is a plain call and the import wrapper aborts on
    /// every exception, checked flag or not); nor does an exception ever
    /// leave an export there.
    pub fn panic(self) -> Option<crate::strategy::Panic> {
        use crate::strategy::Panic;
        match self {
            Mutant::PadSkipsDrop
            | Mutant::PadDropsTwice
            | Mutant::CatchUnwindCatchesForeign
            | Mutant::AbortingClosureUnwinds
            | Mutant::NoTerminatedCheckOnThrow
            | Mutant::NoTerminatedCheckOnOther
            | Mutant::OtherExceptionTraps
            | Mutant::ExceptionRecoverable
            | Mutant::PadLosesPayload
            | Mutant::CatchUnwindLosesPayload
            | Mutant::ExportWrapperLosesPayload
            | Mutant::GlueLosesPayload
            | Mutant::PanicValueBecomesPanicError => Some(Panic::Unwind),
            Mutant::AbortLaneImportRethrows | Mutant::AbortLanePanicUnwinds => Some(Panic::Abort),
            _ => None,
        }
    }

    /// Whether the defect is in a wrapper the real guest's binding
    /// (`guest::bind`) injects too: the import wrapper, the catch wrapper,
    /// the export wrapper's JS-value path.
    pub fn in_binding(self) -> bool {
        matches!(
            self,
            Mutant::NoTerminatedCheckAfterReturn
                | Mutant::NoTerminatedCheckOnThrow
                | Mutant::OtherExceptionTraps
                | Mutant::NoTerminatedCheckOnOther
                | Mutant::AbortLaneImportRethrows
                | Mutant::CatchErrIgnoresTerminated
                | Mutant::PanicValueBecomesPanicError
        )
    }
}

/// Convenience for code that takes `Option<Mutant>`.
pub fn is(m: Option<Mutant>, which: Mutant) -> bool {
    m == Some(which)
}
