//! The property each seeded bug (`crate::mutant`) is reported under:
//! [`reported_as`] (what `tests/mutants.rs` asserts for the first finding a
//! campaign makes against each mutant on wasmtime and V8), pinned at unit
//! level by `PINS`: per mutant a representative program, the model's trace
//! for it, and the trace the mutant makes the engines produce (written by
//! hand from what the mutant changes in compile/wrappers.rs,
//! compile/body.rs, engine/wasmtime/mod.rs and engines/glue.js, and checked
//! against wasmtime and V8 under the mutant when the pin was written: all
//! runs agree, as they do for every mutant).
//!
//! `was` is what the suite reported before the oracle had one module per
//! property and the reset property (README, "Seeded bugs"), or for a newer
//! mutant what it was first reported under; where `now` differs, `why` says
//! why it is more correct.

use super::Property;
use crate::mutant::Mutant;

/// The property a seeded bug is reported under.
pub fn reported_as(m: Mutant) -> Property {
    match m {
        Mutant::NoTerminatedCheckAfterReturn
        | Mutant::NoTerminatedCheckOnThrow
        | Mutant::NoTerminatedCheckOnOther
        | Mutant::GuardIgnoresTerminated
        | Mutant::SiblingResumedAfterAbort
        | Mutant::CatchErrIgnoresTerminated => Property::NothingAfterAbort,
        Mutant::HookEveryBoundary | Mutant::HookNever | Mutant::TrapRecoverable | Mutant::HookOncePerTask => {
            Property::Hook
        }
        Mutant::RejectionNeverSettled => Property::HungTask,
        Mutant::PadSkipsDrop | Mutant::PadDropsTwice => Property::Destructors,
        Mutant::CatchUnwindCatchesForeign
        | Mutant::OtherExceptionTraps
        | Mutant::ExceptionRecoverable
        | Mutant::AbortingClosureUnwinds
        | Mutant::AbortLaneImportRethrows
        | Mutant::AbortLanePanicUnwinds
        | Mutant::PanicValueBecomesPanicError
        | Mutant::OnceClosureRunsTwice
        | Mutant::DroppedClosureRuns => Property::Classification,
        Mutant::ResetKeepsMemory | Mutant::StaleHandlesAccepted | Mutant::ResetKeepsGrownMemory => Property::Reset,
        Mutant::PadLosesPayload
        | Mutant::CatchUnwindLosesPayload
        | Mutant::ExportWrapperLosesPayload
        | Mutant::GlueLosesPayload => Property::Payload,
    }
}

#[cfg(test)]
use super::{judge, Run, RunId, Verdict};
#[cfg(test)]
use crate::compile::Encoding;
#[cfg(test)]
use crate::oracle::testing::trace;
#[cfg(test)]
use crate::trace::Trace;

#[cfg(test)]
struct Pin {
    mutant: Mutant,
    program: &'static str,
    actual: &'static str,
    was: Property,
    now: Property,
    why: &'static str,
}

#[cfg(test)]
const ABORT_TWICE: &str = "export e0 { abort unreachable } driver { call e0 call e0 }";
#[cfg(test)]
const PANIC_IN_GUARDED_FRAME: &str = "export e0 { guard 1 panic 3 } driver { call e0 }";

#[cfg(test)]
const PINS: &[Pin] = &[
    Pin {
        mutant: Mutant::NoTerminatedCheckAfterReturn,
        // DESIGN.md §2's first worked example: after h0 swallows the abort,
        // e0 goes on (drops guard 1, returns).
        program: "export e0 { guard 1 call h0 } export e1 { guard 2 abort unreachable }
                  import h0 { try { call e1 } catch swallow } driver { call e0 call e0 }",
        actual: "[0] enter e0\n[0] guard+ 1\nhost enter h0\n[0] enter e1\n[0] guard+ 2\n[0] abort unreachable\nhook [0]
                 host catch aborted(unreachable)\nhost exit h0\n[0] guard- 1\n[0] exit e0\ndriver[0] => ok(0)\ndriver[1] => terminated",
        was: Property::NothingAfterAbort,
        now: Property::NothingAfterAbort,
        why: "",
    },
    Pin {
        mutant: Mutant::NoTerminatedCheckOnThrow,
        // The host terminates and throws: the foreign value goes on as
        // recoverable, so the glue never sees an abort and fires no hook.
        program: "export e0 { call h0 } import h0 { terminate throw 5 } driver { call e0 }",
        actual: "[0] enter e0\nhost enter h0\nhost terminate [0]\nhost throw 5\ndriver[0] => foreign(5)",
        was: Property::Hook,
        now: Property::NothingAfterAbort,
        why: "the hook did not fire because the glue never saw an abort: the import wrapper let the foreign value out \
              of an instance the host had terminated, so the call into it went on as recoverable",
    },
    Pin {
        mutant: Mutant::NoTerminatedCheckOnThrow,
        // The host wraps the abort: the call ends in a foreign value.
        program: "export e0 { call h0 } export e1 { abort unreachable }
                  import h0 { try { call e1 } catch wrap 9 } driver { call e0 }",
        actual: "[0] enter e0\nhost enter h0\n[0] enter e1\n[0] abort unreachable\nhook [0]
                 host catch aborted(unreachable)\nhost throw 9\ndriver[0] => foreign(9)",
        was: Property::Classification,
        now: Property::NothingAfterAbort,
        why: "the instance had aborted (e1's trap), so e0's import wrapper must find the flag set and abort; \
              the foreign value got out of an aborted instance's frames, which is the reentrancy guard's promise",
    },
    Pin {
        mutant: Mutant::HookEveryBoundary,
        program: "export e0 { call h0 } export e1 { abort unreachable } import h0 { call e1 } driver { call e0 }",
        actual: "[0] enter e0\nhost enter h0\n[0] enter e1\n[0] abort unreachable\nhook [0]\nhook [0]
                 driver[0] => aborted(unreachable)",
        was: Property::Hook,
        now: Property::Hook,
        why: "",
    },
    Pin {
        mutant: Mutant::HookNever,
        program: ABORT_TWICE,
        actual: "[0] enter e0\n[0] abort unreachable\ndriver[0] => aborted(unreachable)\ndriver[1] => terminated",
        was: Property::Hook,
        now: Property::Hook,
        why: "",
    },
    Pin {
        mutant: Mutant::PadSkipsDrop,
        program: PANIC_IN_GUARDED_FRAME,
        actual: "[0] enter e0\n[0] guard+ 1\n[0] panic 3\ndriver[0] => panic(3)",
        was: Property::Destructors,
        now: Property::Destructors,
        why: "",
    },
    Pin {
        mutant: Mutant::PadSkipsDrop,
        // The pad skipped before a catch both sides make, then an abort
        // (so no guard is left over at the end): still the destructor's,
        // not a catch_unwind that caught early.
        program: "export e0 { catch_unwind { guard 4 panic 11 } handler { } abort oob } driver { call e0 }",
        actual: "[0] enter e0\n[0] guard+ 4\n[0] panic 11\n[0] caught 11\n[0] abort oob\nhook [0]\ndriver[0] => aborted(oob)",
        was: Property::Destructors,
        now: Property::Destructors,
        why: "",
    },
    Pin {
        mutant: Mutant::PadDropsTwice,
        program: PANIC_IN_GUARDED_FRAME,
        actual: "[0] enter e0\n[0] guard+ 1\n[0] panic 3\n[0] guard- 1\n[0] guard- 1\ndriver[0] => panic(3)",
        was: Property::Destructors,
        now: Property::Destructors,
        why: "",
    },
    Pin {
        mutant: Mutant::CatchUnwindCatchesForeign,
        program: "export e0 { catch_unwind { call h0 } handler { } } import h0 { throw 7 } driver { call e0 }",
        actual: "[0] enter e0\nhost enter h0\nhost throw 7\n[0] caught -1\n[0] exit e0\ndriver[0] => ok(0)",
        was: Property::Classification,
        now: Property::Classification,
        why: "",
    },
    Pin {
        mutant: Mutant::CatchUnwindCatchesForeign,
        // Where the model runs guard 1's pad the engine caught the foreign value.
        program: "export e0 { guard 1 catch_unwind { call h0 } handler { } } import h0 { throw 7 } driver { call e0 }",
        actual: "[0] enter e0\n[0] guard+ 1\nhost enter h0\nhost throw 7\n[0] caught -1\n[0] guard- 1\n[0] exit e0
                 driver[0] => ok(0)",
        was: Property::Destructors,
        now: Property::Classification,
        why: "the pad did not run because catch_unwind caught a foreign value; the destructor is not at fault",
    },
    Pin {
        mutant: Mutant::CatchUnwindCatchesForeign,
        // A stale closure invoked inside an import: the refusal is a host
        // exception, which the mutant's catch_unwind catches.
        program: "export e0 { closure e1 } export e1 { } export e2 { catch_unwind { call h0 } handler { } }
                  import h0 { invoke e1 } driver { call e0 reset call e2 }",
        actual: "[0] enter e0\n[0] closure e1\n[0] exit e0\ndriver[0] => ok(0)\nreset -> [1]\ndriver[1] => done\n[1] enter e2
                 host enter h0\n[1] caught -1\n[1] exit e2\ndriver[2] => ok(0)",
        was: Property::Reset,
        now: Property::Classification,
        why: "the closure was refused as stale, as the model refuses it; catch_unwind then caught the refusal, a foreign exception",
    },
    Pin {
        mutant: Mutant::TrapRecoverable,
        program: ABORT_TWICE,
        actual: "[0] enter e0\n[0] abort unreachable\ndriver[0] => aborted(unreachable)\n[0] enter e0
                 [0] abort unreachable\ndriver[1] => aborted(unreachable)",
        was: Property::Hook,
        now: Property::Hook,
        why: "",
    },
    Pin {
        mutant: Mutant::GuardIgnoresTerminated,
        program: ABORT_TWICE,
        actual: "[0] enter e0\n[0] abort unreachable\nhook [0]\ndriver[0] => aborted(unreachable)\n[0] enter e0
                 [0] abort unreachable\ndriver[1] => aborted(unreachable)",
        was: Property::NothingAfterAbort,
        now: Property::NothingAfterAbort,
        why: "",
    },
    Pin {
        mutant: Mutant::GuardIgnoresTerminated,
        // Terminated and a reinit scheduled: the guard resets without firing
        // the hook first; it fires late, at e0's boundary. The reset is on
        // time, so it stays the hook's.
        program: "export e0 { call h0 } export e1 { add_state 1 } import h0 { terminate reinit call e1 } driver { call e0 }",
        actual: "[0] enter e0\nhost enter h0\nhost terminate [0]\nschedule reinit\nreset -> [1]\n[1] enter e1\n[1] state 1
                 [1] exit e1\nhost e1 returned 1\nhost exit h0\nhook [0]\ndriver[0] => aborted(unreachable)",
        was: Property::Hook,
        now: Property::Hook,
        why: "",
    },
    Pin {
        mutant: Mutant::GuardIgnoresTerminated,
        // A call on a stale handle into the aborted current instance: the
        // guard lets it pass, the stale check refuses it.
        program: "export e0 { abort unreachable } driver { new_handle reset call e0 call_handle 0 e0 }",
        actual: "driver[0] => ok(1)\nreset -> [1]\ndriver[1] => done\n[1] enter e0\n[1] abort unreachable\nhook [1]
                 driver[2] => aborted(unreachable)\ndriver[3] => stale",
        was: Property::Classification,
        now: Property::NothingAfterAbort,
        why: "a call into an aborted instance must fail as terminated, and it is the call guard (checked first) that did not refuse it; \
              terminated and stale are no panic, foreign value or abort taken for another",
    },
    Pin {
        mutant: Mutant::ResetKeepsMemory,
        program: "export e0 { add_state 1 } driver { call e0 reset call e0 }",
        actual: "[0] enter e0\n[0] state 1\n[0] exit e0\ndriver[0] => ok(1)\nreset -> [1]\ndriver[1] => done\n[1] enter e0
                 [1] state 2\n[1] exit e0\ndriver[2] => ok(2)",
        was: Property::Agreement,
        now: Property::Reset,
        why: "every run agrees, so it is no disagreement; a fresh instance showing the old state breaks the reset promise",
    },
    Pin {
        mutant: Mutant::ResetKeepsMemory,
        // The terminated flag survives the hook's reinit: the fresh instance
        // fires its own hook at the next call without having aborted.
        program: "hook reinit export e0 { abort unreachable } export e1 { add_state 1 } driver { call e0 call e1 call e1 }",
        actual: "[0] enter e0\n[0] abort unreachable\nhook [0]\ndriver[0] => aborted(unreachable)\nreset -> [1]\n[1] enter e1
                 [1] state 1\n[1] exit e1\ndriver[1] => ok(1)\nhook [1]\nreset -> [2]\n[2] enter e1\n[2] state 2\n[2] exit e1
                 driver[2] => ok(2)",
        was: Property::Hook,
        now: Property::Reset,
        why: "the hook fired for the right reason, a set flag; the reset is what left the flag set",
    },
    Pin {
        mutant: Mutant::StaleHandlesAccepted,
        program: "export e0 { add_state 1 } driver { new_handle reset call_handle 0 e0 }",
        actual: "driver[0] => ok(1)\nreset -> [1]\ndriver[1] => done\n[1] enter e0\n[1] state 1\n[1] exit e0\ndriver[2] => ok(1)",
        was: Property::Classification,
        now: Property::Reset,
        why: "a stale handle is none of panic, foreign exception, abort; handles of an old epoch being stale is the reset property",
    },
    Pin {
        mutant: Mutant::OtherExceptionTraps,
        // Another module's panic through a guarded frame: the pad and the
        // uncaught-exception abort give way to a trap at the import wrapper.
        program: "export e0 { guard 1 call h0 } import h0 { throw foreign_panic 3 } driver { call e0 call e0 }",
        actual: "[0] enter e0\n[0] guard+ 1\nhost enter h0\nhost throw foreign_panic 3\nhook [0]
                 driver[0] => aborted(unreachable)\ndriver[1] => terminated",
        was: Property::Classification,
        now: Property::Classification,
        why: "",
    },
    Pin {
        mutant: Mutant::OtherExceptionTraps,
        // A `$wrapped` exception thrown raw is recoverable: taken for an abort.
        program: "export e0 { call h0 } import h0 { throw wrapped 5 } driver { call e0 read_state }",
        actual: "[0] enter e0\nhost enter h0\nhost throw wrapped 5\nhook [0]\ndriver[0] => aborted(unreachable)
                 driver[1] => terminated",
        was: Property::Classification,
        now: Property::Classification,
        why: "",
    },
    Pin {
        mutant: Mutant::NoTerminatedCheckOnOther,
        program: "export e0 { call h0 } import h0 { terminate throw wrapped 5 } driver { call e0 }",
        actual: "[0] enter e0\nhost enter h0\nhost terminate [0]\nhost throw wrapped 5\ndriver[0] => foreign(5)",
        was: Property::NothingAfterAbort,
        now: Property::NothingAfterAbort,
        why: "",
    },
    Pin {
        mutant: Mutant::NoTerminatedCheckOnOther,
        // ...and with a guard, its pad runs on the terminated instance.
        program: "export e0 { guard 1 call h0 } import h0 { terminate throw foreign_panic 2 } driver { call e0 }",
        actual: "[0] enter e0\n[0] guard+ 1\nhost enter h0\nhost terminate [0]\nhost throw foreign_panic 2\n[0] guard- 1
                 uncaught exception [0]\nhook [0]\ndriver[0] => foreign_panic(2)",
        was: Property::NothingAfterAbort,
        now: Property::NothingAfterAbort,
        why: "",
    },
    Pin {
        mutant: Mutant::ExceptionRecoverable,
        program: "export e0 { call h0 } import h0 { throw unknown_tag 2 } driver { call e0 call e0 }",
        actual: "[0] enter e0\nhost enter h0\nhost throw unknown_tag 2\ndriver[0] => unknown_tag(2)\n[0] enter e0
                 host enter h0\nhost throw unknown_tag 2\ndriver[1] => unknown_tag(2)",
        was: Property::Classification,
        now: Property::Classification,
        why: "",
    },
    Pin {
        mutant: Mutant::ResetKeepsGrownMemory,
        program: "memory 1 3 export e0 { grow 1 add_high 5 } driver { call e0 reset call e0 }",
        actual: "[0] enter e0\n[0] memory 2\n[0] high 5\n[0] exit e0\ndriver[0] => ok(0)\nreset -> [1]\ndriver[1] => done
                 [1] enter e0\n[1] memory 3\n[1] high 10\n[1] exit e0\ndriver[2] => ok(0)",
        was: Property::Reset,
        now: Property::Reset,
        why: "",
    },
    Pin {
        mutant: Mutant::SiblingResumedAfterAbort,
        // t1 aborts while t0 awaits: t0 resumes on the aborted instance, and
        // its import wrapper finds the flag set.
        program: SIBLING_AWAITS_AN_ABORT,
        actual: "task t0 starts\n[0] enter e0\n[0] guard+ 1\ntask t0 awaits\ndriver[0] => task t0\ntask t1 starts\n[0] enter e1
                 [0] abort unreachable\nhook [0]\ntask t1 => aborted(unreachable)\ndriver[1] => task t1\ntask t0 resumes
                 task t0 => aborted(unreachable)\ndriver[2] => done",
        was: Property::NothingAfterAbort,
        now: Property::NothingAfterAbort,
        why: "",
    },
    Pin {
        mutant: Mutant::RejectionNeverSettled,
        program: SIBLING_AWAITS_AN_ABORT,
        actual: "task t0 starts\n[0] enter e0\n[0] guard+ 1\ntask t0 awaits\ndriver[0] => task t0\ntask t1 starts\n[0] enter e1
                 [0] abort unreachable\nhook [0]\ndriver[1] => task t1\ndriver[2] => done\ntask t0 hung\ntask t1 hung",
        was: Property::HungTask,
        now: Property::HungTask,
        why: "",
    },
    Pin {
        mutant: Mutant::HookOncePerTask,
        program: SIBLING_AWAITS_AN_ABORT,
        actual: "task t0 starts\n[0] enter e0\n[0] guard+ 1\ntask t0 awaits\ndriver[0] => task t0\ntask t1 starts\n[0] enter e1
                 [0] abort unreachable\nhook [0]\ntask t1 => aborted(unreachable)\ndriver[1] => task t1\nhook [0]
                 task t0 => terminated\ndriver[2] => done",
        was: Property::Hook,
        now: Property::Hook,
        why: "",
    },
    Pin {
        mutant: Mutant::AbortingClosureUnwinds,
        // The aborting closure's panic comes out as a PanicError: no abort,
        // no hook, and the instance goes on.
        program: "export e0 { closure e1 aborting } export e1 { guard 1 panic 3 } driver { call e0 invoke e1 call e0 }",
        actual: "[0] enter e0\n[0] closure e1 aborting\n[0] exit e0\ndriver[0] => ok(0)\n[0] enter e1\n[0] guard+ 1\n[0] panic 3
                 [0] guard- 1\ndriver[1] => panic(3)\n[0] enter e0\n[0] closure e1 aborting\n[0] exit e0\ndriver[2] => ok(0)",
        was: Property::Classification,
        now: Property::Classification,
        why: "",
    },
    Pin {
        mutant: Mutant::PadLosesPayload,
        // Guard 1's pad drops it and throws panic -1 on: the PanicError carries it.
        program: PANIC_IN_GUARDED_FRAME,
        actual: "[0] enter e0\n[0] guard+ 1\n[0] panic 3\n[0] guard- 1\ndriver[0] => panic(-1)",
        was: Property::Payload,
        now: Property::Payload,
        why: "",
    },
    Pin {
        mutant: Mutant::PadLosesPayload,
        // Caught past the pad: catch_unwind gets the lost payload.
        program: "export e0 { catch_unwind { guard 1 panic 3 } handler { } } driver { call e0 }",
        actual: "[0] enter e0\n[0] guard+ 1\n[0] panic 3\n[0] guard- 1\n[0] caught -1\n[0] exit e0\ndriver[0] => ok(0)",
        was: Property::Payload,
        now: Property::Payload,
        why: "",
    },
    Pin {
        mutant: Mutant::CatchUnwindLosesPayload,
        program: "export e0 { catch_unwind { panic 3 } handler { } } driver { call e0 }",
        actual: "[0] enter e0\n[0] panic 3\n[0] caught -1\n[0] exit e0\ndriver[0] => ok(0)",
        was: Property::Payload,
        now: Property::Payload,
        why: "",
    },
    Pin {
        mutant: Mutant::ExportWrapperLosesPayload,
        program: PANIC_IN_GUARDED_FRAME,
        actual: "[0] enter e0\n[0] guard+ 1\n[0] panic 3\n[0] guard- 1\ndriver[0] => panic(-1)",
        was: Property::Payload,
        now: Property::Payload,
        why: "",
    },
    Pin {
        mutant: Mutant::GlueLosesPayload,
        // Through a host frame: the host's catch sees the lost payload.
        program: "export e0 { call h0 } export e1 { panic 4 } import h0 { try { call e1 } catch swallow } driver { call e0 }",
        actual: "[0] enter e0\nhost enter h0\n[0] enter e1\n[0] panic 4\nhost catch panic(-1)\nhost exit h0\n[0] exit e0\ndriver[0] => ok(0)",
        was: Property::Payload,
        now: Property::Payload,
        why: "",
    },
    Pin {
        mutant: Mutant::AbortLaneImportRethrows,
        // panic=abort: the host exception unwinds frames that have no
        // landing pads (guard 1 is never dropped) and leaves the export as a
        // recoverable foreign value instead of aborting at the import.
        program: "export e0 { guard 1 call h0 } import h0 { throw 5 } driver { call e0 call e0 }",
        actual: "[0] enter e0\n[0] guard+ 1\nhost enter h0\nhost throw 5\ndriver[0] => foreign(5)\n[0] enter e0\n[0] guard+ 1
                 host enter h0\nhost throw 5\ndriver[1] => foreign(5)",
        was: Property::Classification,
        now: Property::Classification,
        why: "",
    },
    Pin {
        mutant: Mutant::AbortLanePanicUnwinds,
        // panic=abort: the panic is thrown and leaves as a PanicError (there
        // are no pads to drop guard 1) instead of aborting.
        program: "export e0 { guard 1 panic 3 } driver { call e0 call e0 }",
        actual: "[0] enter e0\n[0] guard+ 1\n[0] panic 3\ndriver[0] => panic(3)\n[0] enter e0\n[0] guard+ 1\n[0] panic 3
                 driver[1] => panic(3)",
        was: Property::Classification,
        now: Property::Classification,
        why: "",
    },
    Pin {
        mutant: Mutant::CatchErrIgnoresTerminated,
        // e1 aborts inside h0, which swallows that and throws: the catch
        // wrapper hands e0 an Err without checking the flag, and e0 goes on.
        program: "export e0 { call h0 catch add_state 1 } export e1 { abort unreachable }
                  import h0 { try { call e1 } catch swallow throw 6 } driver { call e0 }",
        actual: "[0] enter e0\nhost enter h0\n[0] enter e1\n[0] abort unreachable\nhook [0]\nhost catch aborted(unreachable)
                 host throw 6\n[0] err h0\n[0] state 1\n[0] exit e0\ndriver[0] => ok(1)",
        was: Property::NothingAfterAbort,
        now: Property::NothingAfterAbort,
        why: "",
    },
    Pin {
        mutant: Mutant::PanicValueBecomesPanicError,
        // The value's panic leaves as a PanicError of its index + 1 instead
        // of the value the host threw.
        program: "export e0 { call h0 catch panic_any } import h0 { throw 4 } driver { call e0 }",
        actual: "[0] enter e0\nhost enter h0\nhost throw 4\n[0] err h0\n[0] panic value\ndriver[0] => panic(1)",
        was: Property::Classification,
        now: Property::Classification,
        why: "",
    },
    Pin {
        mutant: Mutant::OnceClosureRunsTwice,
        // The second call of a once closure runs its body again.
        program: "export e0 { closure e1 once } export e1 { add_state 1 } driver { call e0 invoke e1 invoke e1 }",
        actual: "[0] enter e0\n[0] closure e1 once\n[0] exit e0\ndriver[0] => ok(0)\n[0] enter e1\n[0] state 1\n[0] exit e1
                 driver[1] => ok(1)\n[0] enter e1\n[0] state 2\n[0] exit e1\ndriver[2] => ok(2)",
        was: Property::Classification,
        now: Property::Classification,
        why: "",
    },
    Pin {
        mutant: Mutant::DroppedClosureRuns,
        // An import's closure argument runs after the call returned.
        program: "export e0 { call h0 with e1 } export e1 { add_state 1 } import h0 { } driver { call e0 invoke e1 }",
        actual: "[0] enter e0\n[0] closure e1 ref\nhost enter h0\nhost exit h0\n[0] exit e0\ndriver[0] => ok(0)\n[0] enter e1
                 [0] state 1\n[0] exit e1\ndriver[1] => ok(1)",
        was: Property::Classification,
        now: Property::Classification,
        why: "",
    },
];

/// Task t0 awaits while its sibling t1 aborts the instance; then t0's
/// promise settles.
#[cfg(test)]
const SIBLING_AWAITS_AN_ABORT: &str =
    "async export e0 { guard 1 await add_state 1 } async export e1 { abort unreachable } driver { spawn e0 spawn e1 resolve t0 }";

#[test]
fn every_mutant_is_reported_under_its_pinned_property() {
    for m in Mutant::ALL {
        let first = PINS.iter().find(|p| p.mutant == m).unwrap_or_else(|| panic!("no pin for {}", m.name()));
        assert_eq!(first.now, reported_as(m), "{}: its first pin is what it is reported as", m.name());
    }
    for pin in PINS {
        let program = crate::text::parse(pin.program).unwrap_or_else(|e| panic!("{}: {e}", pin.mutant.name()));
        // A mutant of the panic=abort code against the panic=abort model.
        let panic_abort = pin.mutant.panic() == Some(crate::strategy::Panic::Abort);
        let model = crate::model::run_with(&program, crate::model::Profile { panic_abort, ..Default::default() }).unwrap();
        let actual = Trace(trace(pin.actual));
        assert_ne!(model, actual, "{}: the pin's trace is the model's", pin.mutant.name());
        // Both engines run the mutant alike: two runs, one trace.
        let runs: Vec<Run> = ["wasmtime", "v8"]
            .map(|engine| Run {
                id: RunId { engine: engine.into(), encoding: Encoding::Exnref },
                result: Ok(actual.clone()),
            })
            .into();
        let verdicts = judge(&model, &runs);
        let [Verdict::Mismatch(m)] = verdicts.as_slice() else { panic!("{}: {verdicts:?}", pin.mutant.name()) };
        assert_eq!(m.runs.len(), 2);
        assert_eq!(m.property, pin.now, "{} (was {}; {}):\n{}", pin.mutant.name(), pin.was, pin.why, verdicts[0]);
        assert_eq!(pin.was == pin.now, pin.why.is_empty(), "{}: say why the property changed", pin.mutant.name());
    }
}
