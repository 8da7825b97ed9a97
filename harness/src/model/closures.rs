//! Closures (issue 13 part 4, docs/protocol.md 23-26): a `closure e<n>`
//! step hands the host a closure over export `e<n>`'s body, bound to the
//! instance that made it; the host keeps the newest one per export. An
//! `invoke` enters it through the glue's closure entry, which checks the
//! instance like a call on a handle (the call guard, then the stale check,
//! in the profile's order), runs the body, and ends at the export
//! boundary. The two kinds differ only in what a panic escaping the body
//! becomes there:
//! - unwinding (`Closure::new`): a `PanicError` under `$wrapped`, as an
//!   export's; the instance stays valid;
//! - aborting (`Closure::own_aborting`, "if the closure panics, the process
//!   will abort"): its edge does not unwind, so the panic, once its landing
//!   pads inside the closure have run, is an abort there
//!   (`panic_in_aborting_closure`, a trap like `panic_in_drop`): the
//!   instance is terminated, the hook fires, the caller sees the trap.
//!
//! An abort inside either is an abort like any other.

use super::{Exn, HostError, Model, Unwind};
use crate::program::ExnTag;
use crate::trace::{AbortCause, Event, TrapKind};

/// A closure the host holds.
#[derive(Clone, Copy, Debug)]
pub(super) struct Closure {
    /// The instance that made it.
    epoch: usize,
    aborting: bool,
}

impl Model<'_> {
    /// A `closure e<export>` step on instance `inst`.
    pub(super) fn make_closure(&mut self, inst: usize, export: u32, aborting: bool) {
        self.log(Event::ClosureNew { epoch: inst as i32, export: export as i32, aborting });
        self.closures.insert(export, Closure { epoch: inst, aborting });
    }

    /// Invoke the newest closure made for `export` (`None`: none was made).
    pub(super) fn invoke(&mut self, export: u32) -> Option<Result<i32, HostError>> {
        let c = *self.closures.get(&export)?;
        Some(self.closure_entry(c, export))
    }

    fn closure_entry(&mut self, c: Closure, export: u32) -> Result<i32, HostError> {
        let inst = self.enter(Some(c.epoch))?;
        let r = self.body(inst, export);
        let r = match r {
            // The binding's edge unwinds (profile): the panic leaves as this
            // instance's `$panic` exception.
            Err(Unwind::Panic(payload)) if c.aborting && self.profile.aborting_closure_unwinds => {
                Err(Unwind::Exception(Exn { tag: ExnTag::Panic, epoch: inst, payload }))
            }
            Err(Unwind::Panic(_)) if c.aborting => {
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
}
