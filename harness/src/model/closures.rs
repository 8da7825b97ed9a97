//! Closures (issue 13 part 4 and issue 22, docs/protocol.md 23-26, 31-33):
//! a `closure e<n>` step hands the host a closure over export `e<n>`'s
//! body, bound to the instance that made it; the host keeps the newest one
//! per export. An `invoke` enters it through the glue's closure entry, which
//! checks the instance like a call on a handle (the call guard, then the
//! stale check, in the profile's order), then the closure itself (one that
//! Wasm dropped is refused, and a once closure called before), runs the
//! body, and ends at the export boundary. The edges differ only in what a
//! panic escaping the body becomes there:
//! - unwinding (`Closure::new`, and the `_assert_unwind_safe` constructors,
//!   the same at run time): a `PanicError` under `$wrapped`, as an
//!   export's; the instance stays valid;
//! - aborting (`Closure::own_aborting` and the other `_aborting`
//!   constructors, "if the closure panics, the process will abort"): its
//!   edge does not unwind, so the panic, once its landing pads inside the
//!   closure have run, is an abort there (`panic_in_aborting_closure`, a
//!   trap like `panic_in_drop`): the instance is terminated, the hook fires,
//!   the caller sees the trap.
//!
//! The constructors differ in how long the closure can be called: an owned
//! one (`own`, `wrap`) as long as the host holds it, a `once` one once, a
//! borrowed one (`borrow`, `borrow_mut`) until the end of the Wasm scope
//! that made it (dropped there like a guard, also by a landing pad), an
//! import's `&dyn Fn` argument until that import call returns.
//!
//! An abort inside any of them is an abort like any other.

use super::{Exn, HostError, HostValue, Model, Unwind};
use crate::coverage::ProtocolPath;
use crate::program::{ClosureCtor, ClosureKind, ExnTag};
use crate::trace::{AbortCause, Event, TrapKind};

/// A closure the host was handed.
#[derive(Clone, Copy, Debug)]
pub(super) struct Closure {
    /// The instance that made it.
    epoch: usize,
    export: u32,
    kind: ClosureKind,
    /// Wasm dropped it (a borrowed one's scope ended, an argument's call returned).
    dropped: bool,
    /// A once closure's call has begun.
    spent: bool,
}

impl Model<'_> {
    /// A `closure e<export>` step on instance `inst` (or the argument of an
    /// import call): the closure's number.
    pub(super) fn make_closure(&mut self, inst: usize, export: u32, kind: ClosureKind) -> usize {
        self.log(Event::ClosureNew { epoch: inst as i32, export: export as i32, kind });
        self.closures.push(Closure { epoch: inst, export, kind, dropped: false, spent: false });
        self.newest_closure.insert(export, self.closures.len() - 1);
        self.closures.len() - 1
    }

    /// Wasm drops closure `id`: a borrowed one at the end of its scope
    /// (logged), an import's argument when the call returns (by the host's
    /// glue: nothing logged).
    pub(super) fn drop_closure(&mut self, id: usize) {
        let c = &mut self.closures[id];
        c.dropped = true;
        if c.kind.scoped() {
            let (epoch, export) = (c.epoch as i32, c.export as i32);
            self.log(Event::ClosureDrop { epoch, export });
        }
    }

    /// Invoke the newest closure made for `export` (`None`: none was made).
    pub(super) fn invoke(&mut self, export: u32) -> Option<Result<i32, HostError>> {
        let id = *self.newest_closure.get(&export)?;
        Some(self.closure_entry(id, export))
    }

    fn closure_entry(&mut self, id: usize, export: u32) -> Result<i32, HostError> {
        let c = self.closures[id];
        let inst = self.enter(Some(c.epoch))?;
        let refused = |m: &mut Self, path, v| {
            m.took(path);
            Err(HostError::Value(v, false))
        };
        if c.dropped {
            return refused(self, ProtocolPath::ClosureDropped, HostValue::Dropped);
        }
        if c.kind.ctor == ClosureCtor::Once {
            if c.spent {
                return refused(self, ProtocolPath::ClosureCalledTwice, HostValue::CalledTwice);
            }
            self.closures[id].spent = true;
        }
        let r = self.body(inst, export);
        let r = match r {
            // The binding's edge unwinds (profile): the panic leaves as this
            // instance's `$panic` exception (a JS value's panic carries no
            // number: its payload is 0).
            Err(Unwind::Panic(_) | Unwind::PanicValue(_)) if c.kind.aborting() && self.profile.aborting_closure_unwinds => {
                let payload = if let Err(Unwind::Panic(p)) = r { p } else { 0 };
                Err(Unwind::Exception(Exn { tag: ExnTag::Panic, epoch: inst, payload }))
            }
            Err(Unwind::Panic(_) | Unwind::PanicValue(_)) if c.kind.aborting() => {
                self.log(Event::Abort { epoch: inst as i32, cause: AbortCause::PanicInAbortingClosure });
                Err(Unwind::Trap(TrapKind::Unreachable))
            }
            r => self.export_result(inst, r),
        };
        self.boundary(inst, r)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::run;

    fn trace(src: &str) -> String {
        run(&crate::text::parse(src).unwrap()).unwrap().to_string()
    }

    #[test]
    fn an_unwinding_closure_turns_a_panic_into_a_panic_error() {
        let s = trace("export e0 { closure e1 } export e1 { guard 1 panic 3 } driver { call e0 invoke e1 invoke e1 read_state }");
        assert!(s.contains("[0] closure e1\n[0] exit e0\ndriver[0] => ok(0)\n[0] enter e1\n[0] guard+ 1\n[0] panic 3\n[0] guard- 1\ndriver[1] => panic(3)\n"), "{s}");
        assert!(s.ends_with("driver[2] => panic(3)\ndriver[3] => ok(0)\n"), "{s}");
    }

    #[test]
    fn a_panic_in_an_aborting_closure_terminates_the_instance() {
        let s = trace("export e0 { closure e1 aborting } export e1 { guard 1 panic 3 } driver { call e0 invoke e1 call e0 }");
        assert!(s.contains("[0] panic 3\n[0] guard- 1\n[0] abort panic_in_aborting_closure\nhook [0]\ndriver[1] => aborted(unreachable)\ndriver[2] => terminated\n"), "{s}");
    }

    #[test]
    fn under_the_unwinding_edge_profile_the_panic_leaves_as_an_exception() {
        let p = crate::text::parse("export e0 { closure e1 aborting } export e1 { guard 1 panic 3 } driver { call e0 invoke e1 call e0 }").unwrap();
        let profile = crate::model::Profile { aborting_closure_unwinds: true, ..Default::default() };
        let s = crate::model::run_with(&p, profile).unwrap().to_string();
        assert!(s.contains("[0] panic 3\n[0] guard- 1\nuncaught exception [0]\nhook [0]\ndriver[1] => wasm_panic(3)\ndriver[2] => terminated\n"), "{s}");
    }

    #[test]
    fn a_closure_from_an_old_epoch_is_stale_and_a_missing_one_is_none() {
        let s = trace("export e0 { closure e1 } export e1 { add_state 1 } import h0 { invoke e1 } export e2 { call h0 }
                       driver { invoke e1 call e0 invoke e1 reset invoke e1 call e2 }");
        assert!(s.starts_with("driver[0] => no_closure\n"), "{s}");
        assert!(s.contains("driver[2] => ok(1)\nreset -> [1]\ndriver[3] => done\ndriver[4] => stale\n[1] enter e2\nhost enter h0\ndriver[5] => stale\n"), "{s}");
    }

    #[test]
    fn a_host_invoke_of_nothing_goes_on() {
        let s = trace("export e0 { call h0 } export e1 { } import h0 { invoke e1 throw 2 } driver { call e0 }");
        assert!(s.contains("host invoke e1: no closure\nhost throw 2\n"), "{s}");
    }

    #[test]
    fn a_once_closure_runs_once_then_is_refused() {
        let s = trace("export e0 { closure e1 once } export e1 { add_state 1 } driver { call e0 invoke e1 invoke e1 read_state }");
        assert!(s.ends_with("[0] closure e1 once\n[0] exit e0\ndriver[0] => ok(0)\n[0] enter e1\n[0] state 1\n[0] exit e1\ndriver[1] => ok(1)\ndriver[2] => called_twice\ndriver[3] => ok(1)\n"), "{s}");
        // Spent also by a call that panicked.
        let s = trace("export e0 { closure e1 once } export e1 { panic 4 } driver { call e0 invoke e1 invoke e1 }");
        assert!(s.ends_with("driver[1] => panic(4)\ndriver[2] => called_twice\n"), "{s}");
    }

    #[test]
    fn a_borrowed_closure_lives_to_the_end_of_its_scope_and_an_argument_to_the_end_of_its_call() {
        let s = trace("export e0 { scope { closure e1 borrow call h0 } call h0 } export e1 { add_state 1 } import h0 { invoke e1 } driver { call e0 }");
        assert!(s.contains("[0] closure e1 borrow\nhost enter h0\n[0] enter e1\n[0] state 1\n[0] exit e1\nhost e1 returned 1\nhost exit h0\n[0] closure e1 dropped\nhost enter h0\ndriver[0] => dropped\n"), "{s}");
        let s = trace("export e0 { call h0 with e1 } export e1 { add_state 1 } import h0 { invoke e1 } driver { call e0 invoke e1 }");
        assert!(s.ends_with("[0] closure e1 ref\nhost enter h0\n[0] enter e1\n[0] state 1\n[0] exit e1\nhost e1 returned 1\nhost exit h0\n[0] exit e0\ndriver[0] => ok(1)\ndriver[1] => dropped\n"), "{s}");
        // A landing pad drops a borrowed closure too.
        let s = trace("export e0 { closure e1 borrow panic 2 } export e1 { } driver { call e0 invoke e1 }");
        assert!(s.ends_with("[0] panic 2\n[0] closure e1 dropped\ndriver[0] => panic(2)\ndriver[1] => dropped\n"), "{s}");
    }
}
