//! Property 4, hook: the abort hook fires exactly once per abort, and never
//! for panics or foreign exceptions.
//!
//! One trace shows it ([`check`]): a hook for an epoch that never aborted, a
//! second hook for one abort, or a call that aborted or was refused as
//! terminated while its instance's hook never fired. A divergence at a hook
//! ([`explain`]): it fired where the model's did not, or not where it did.

use super::{Divergence, Property, Violation};
use crate::trace::{Event, Failure, Outcome};
use std::collections::HashSet;

/// Property 4 on one trace.
///
/// An instance aborts by its own abort, terminate or uncaught exception, or
/// when a trap from a nested instance (after a reset mid-stack) unwinds its
/// frames; the latter leaves no mark of its own, so a hook is also accepted
/// for an epoch when another epoch aborted earlier within the same driver
/// step. A hook the glue fires for a trap the call then fails with is
/// accepted too: whether that trap should have happened is another
/// property's question.
pub fn check(trace: &[Event]) -> Option<Violation> {
    let violation = |at, message| Some(Violation { property: Property::Hook, at, message });
    let mut aborted: HashSet<i32> = HashSet::new();
    let mut fired: HashSet<i32> = HashSet::new();
    let mut current = 0;
    let mut abort_in_step = false;
    // The epoch the current driver step's call entered (its first Wasm event).
    let mut entered: Option<i32> = None;
    for (at, e) in trace.iter().enumerate() {
        match *e {
            Event::Abort { epoch, .. } | Event::Terminate { epoch } | Event::Uncaught { epoch } => {
                aborted.insert(epoch);
                abort_in_step = true;
            }
            Event::Hook { epoch } => {
                if abort_in_step || super::hook_for_a_trap(trace, at) {
                    aborted.insert(epoch);
                }
                if !aborted.contains(&epoch) {
                    return violation(at, format!("hook fired for epoch {epoch}, which never aborted"));
                }
                if !fired.insert(epoch) {
                    return violation(at, format!("hook fired twice for the abort of epoch {epoch}"));
                }
            }
            Event::Reset { epoch } => current = epoch,
            // The guard refused the call (or a task's resumption): it must
            // have fired the hook first.
            Event::Outcome { outcome: Outcome::Failed(Failure::Terminated), .. }
            | Event::TaskSettled { outcome: Outcome::Failed(Failure::Terminated), .. }
                if !fired.contains(&current) =>
            {
                return violation(at, format!("{} was refused as terminated but epoch {current}'s hook never fired", who(e)));
            }
            // The call aborted: the instance it entered must have fired its hook.
            Event::Outcome { outcome: Outcome::Failed(Failure::Trap(_)), .. }
            | Event::TaskSettled { outcome: Outcome::Failed(Failure::Trap(_)), .. } => {
                if let Some(epoch) = entered.filter(|e| !fired.contains(e)) {
                    return violation(at, format!("{} aborted in epoch {epoch} but its hook never fired", who(e)));
                }
            }
            _ => {}
        }
        if entered.is_none() {
            entered = e.wasm_epoch();
        }
        if let Event::Outcome { .. } = e {
            abort_in_step = false;
            entered = None;
        }
    }
    None
}

/// What an outcome event is the result of: a driver step or a task.
fn who(e: &Event) -> String {
    match *e {
        Event::TaskSettled { task, .. } => format!("task t{task}"),
        Event::Outcome { step, .. } => format!("driver[{step}]"),
        _ => e.to_string(),
    }
}

/// A hook on one side of the divergence only, unless the call ends in an
/// abort on one side only ([`super::abort_differs`]): then the hook fired or
/// not because the glue saw an abort or not, and the hook is not at fault.
///
/// Nor when the model ends the call here because its instance had aborted
/// and the engine runs on ([`super::ran_on_after_abort`]): the hook is the
/// model's end of the call, the engine's code after it is nothing after
/// abort's.
pub fn explain(d: &Divergence) -> Option<String> {
    if super::abort_differs(d).is_some() || super::ran_on_after_abort(d).is_some() || super::exception_taken_for_trap(d) {
        return None;
    }
    match (d.expected_event(), d.actual_event()) {
        (Some(Event::Hook { epoch }), _) => {
            Some(format!("the model fires epoch {epoch}'s abort hook here, the engine does not"))
        }
        (_, Some(Event::Hook { epoch })) => {
            Some(format!("the engine fires epoch {epoch}'s abort hook where the model does not"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oracle::testing::trace;

    #[test]
    fn check_accepts_one_hook_per_abort() {
        assert_eq!(check(&trace("[0] abort unreachable\nhook [0]\ndriver[0] => aborted(unreachable)")), None);
        // A trap from epoch 1 unwinding frames of epoch 0 aborts epoch 0 too.
        let nested = "reset -> [1]\n[1] abort unreachable\nhook [1]\nhook [0]";
        assert_eq!(check(&trace(nested)), None);
    }

    #[test]
    fn check_rejects_extra_and_missing_hooks() {
        let v = check(&trace("[0] abort unreachable\nhook [0]\nhook [0]")).unwrap();
        assert_eq!((v.property, v.at), (Property::Hook, 2));
        assert_eq!(v.message, "hook fired twice for the abort of epoch 0");
        let v = check(&trace("[0] panic 1\nhook [0]")).unwrap();
        assert_eq!((v.at, v.message.as_str()), (1, "hook fired for epoch 0, which never aborted"));
        let v = check(&trace("[0] abort unreachable\ndriver[0] => aborted(unreachable)")).unwrap();
        assert_eq!(v.message, "driver[0] aborted in epoch 0 but its hook never fired");
        let v = check(&trace("driver[0] => terminated")).unwrap();
        assert_eq!(v.message, "driver[0] was refused as terminated but epoch 0's hook never fired");
        let v = check(&trace("task t1 => terminated")).unwrap();
        assert_eq!(v.message, "task t1 was refused as terminated but epoch 0's hook never fired");
        // A hook for a trap the call then fails with is the glue's; one that
        // a reset follows is not.
        assert_eq!(check(&trace("host throw foreign_panic 3\nhook [0]\ndriver[0] => aborted(unreachable)")), None);
        assert_eq!(check(&trace("hook [0]\nreset -> [1]\ndriver[0] => aborted(unreachable)")).unwrap().at, 0);
        // Another epoch's abort only covers hooks within the same driver step.
        let later = "[0] abort unreachable\nhook [0]\ndriver[0] => done\nhook [1]";
        assert_eq!(check(&trace(later)).unwrap().at, 3);
    }

    #[test]
    fn explain_takes_a_hook_on_either_side() {
        let model = trace("[0] abort unreachable\nhook [0]\ndriver[0] => aborted(unreachable)");
        let late = trace("[0] abort unreachable\ndriver[0] => aborted(unreachable)\nhook [0]");
        let why = explain(&Divergence::new(&model, &late)).unwrap();
        assert_eq!(why, "the model fires epoch 0's abort hook here, the engine does not");
        let why = explain(&Divergence::new(&late, &model)).unwrap();
        assert_eq!(why, "the engine fires epoch 0's abort hook where the model does not");
    }

    #[test]
    fn explain_leaves_other_divergences() {
        let model = trace("[0] abort unreachable\nhook [0]\ndriver[0] => aborted(unreachable)");
        let other = trace("[0] abort unreachable\nhook [0]\ndriver[0] => aborted(oob)");
        assert_eq!(explain(&Divergence::new(&model, &other)), None);
    }
}
