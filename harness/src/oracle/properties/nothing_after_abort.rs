//! Property 3, nothing after abort: after an abort in epoch E, no Wasm event
//! of epoch E occurs (the abort hook excepted), outer frames run no landing
//! pads, and every later call into epoch E fails as terminated until a reset.
//!
//! One trace shows it ([`check`]): a Wasm event of an epoch after its abort,
//! or a driver call into an aborted epoch that returned a value. A
//! divergence where the model ends a call in an abort or refuses it as
//! terminated and the engine goes on ([`explain`]).

use super::{abort_marker, result_of, Divergence, Property, Violation};
use crate::trace::{Event, Failure, Outcome};
use std::collections::HashSet;

/// Property 3 on one trace.
pub fn check(trace: &[Event]) -> Option<Violation> {
    let violation = |at, message| Some(Violation { property: Property::NothingAfterAbort, at, message });
    let mut aborted: HashSet<i32> = HashSet::new();
    let mut current = 0;
    // The epoch this driver step's call entered (its first Wasm event); a
    // call that runs no Wasm (read_state) enters the current epoch.
    let mut entered: Option<i32> = None;
    for (at, e) in trace.iter().enumerate() {
        if entered.is_none() {
            entered = e.wasm_epoch();
        }
        if let Some(epoch) = e.wasm_epoch().filter(|epoch| aborted.contains(epoch)) {
            return violation(at, format!("Wasm of epoch {epoch} ran after that instance aborted: {e}"));
        }
        match *e {
            Event::Reset { epoch } => current = epoch,
            Event::Outcome { outcome: Outcome::Value(v), step } if aborted.contains(&entered.unwrap_or(current)) => {
                let epoch = entered.unwrap_or(current);
                return violation(
                    at,
                    format!("driver[{step}] returned {v} from epoch {epoch}, which had aborted (expected terminated)"),
                );
            }
            Event::TaskSettled { outcome: Outcome::Value(v), task } if entered.is_some_and(|e| aborted.contains(&e)) => {
                let epoch = entered.unwrap_or(current);
                return violation(
                    at,
                    format!("task t{task} returned {v} from epoch {epoch}, which had aborted (expected terminated)"),
                );
            }
            _ => {}
        }
        if let Event::Outcome { .. } = e {
            entered = None;
        }
        // The Abort event itself is the last Wasm event allowed.
        if let Some(epoch) = abort_marker(e) {
            aborted.insert(epoch);
        }
    }
    None
}

/// The model refuses a call as terminated, or ends it in an abort, where
/// the engine went on.
pub fn explain(d: &Divergence) -> Option<String> {
    let act = d.actual_event();
    // The engine went on because its catch_unwind caught the refusal or
    // abort: classification's, tried later.
    if super::classification::catch_differs(d) {
        return None;
    }
    if let Some(why) = went_on_after_abort(d) {
        return Some(why);
    }
    if let Some(epoch) = super::ran_on_after_abort(d) {
        return Some(format!(
            "epoch {epoch} had aborted, so the call ends here (its import wrapper finds the flag set); the engine ran on"
        ));
    }
    let refused = matches!(act.and_then(result_of), Some(Err(_)));
    match d.expected_event()? {
        Event::Outcome { step, outcome: Outcome::Failed(Failure::Terminated) } if !refused => {
            Some(format!("driver[{step}] must be refused as terminated: its instance aborted and was not reset"))
        }
        // The call guard runs before the stale-handle check (protocol.md 5).
        Event::Outcome { step, outcome: Outcome::Failed(Failure::Terminated) }
            if act.and_then(result_of) == Some(Err(Failure::Stale)) =>
        {
            Some(format!(
                "driver[{step}] must be refused as terminated by the call guard, before any stale-handle check"
            ))
        }
        Event::Catch { failure: Failure::Terminated } if !refused => {
            Some("the host's call must be refused as terminated: its instance aborted and was not reset".into())
        }
        // A task resumed on an aborted instance (protocol.md 19).
        Event::TaskSettled { task, outcome: Outcome::Failed(Failure::Terminated) }
            if !matches!(act, Some(Event::TaskSettled { task: t, outcome: Outcome::Failed(_) }) if t == task) =>
        {
            Some(format!(
                "task t{task} must fail as terminated at its resumption: its instance aborted, so none of its Wasm may run"
            ))
        }
        Event::Outcome { step, outcome: Outcome::Failed(Failure::Trap(_)) }
            if !matches!(act, Some(Event::Outcome { .. })) =>
        {
            Some(format!("driver[{step}] must end here in an abort; the engine ran on"))
        }
        _ => None,
    }
}

/// The model ends the call in an abort because the instance it entered had
/// aborted already (an abort marker of that epoch before the divergence, in
/// this driver step: the import wrapper found the flag set), and the
/// engine's call does not end in an abort: control got out of an aborted
/// instance's frames.
fn went_on_after_abort(d: &Divergence) -> Option<String> {
    let (want, got) = super::abort_differs(d)?;
    if !matches!(want, Err(Failure::Trap(_))) {
        return None;
    }
    let epoch = super::entered_epoch(d.expected, d.index)?;
    let start = d.prefix().iter().rposition(|e| matches!(e, Event::Outcome { .. })).map_or(0, |i| i + 1);
    d.prefix()[start..].iter().any(|e| abort_marker(e) == Some(epoch)).then(|| {
        let got = match got {
            Ok(v) => format!("returned {v}"),
            Err(f) => format!("ended in `{f}`"),
        };
        format!(
            "epoch {epoch} had aborted, so the call must end in an abort (its import wrapper finds the flag set); it {got}"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oracle::testing::trace;

    #[test]
    fn check_accepts_the_hook_after_an_abort_and_a_reset_epoch() {
        assert_eq!(check(&trace("[0] guard+ 1\n[0] abort unreachable\nhook [0]")), None);
        let reset = "[0] abort unreachable\ndriver[0] => aborted(unreachable)\nreset -> [1]\ndriver[1] => ok(0)";
        assert_eq!(check(&trace(reset)), None);
    }

    #[test]
    fn check_rejects_landing_pads_and_values_after_an_abort() {
        let v = check(&trace("[0] guard+ 1\n[0] abort unreachable\n[0] guard- 1")).unwrap();
        assert_eq!((v.property, v.at), (Property::NothingAfterAbort, 2));
        assert_eq!(v.message, "Wasm of epoch 0 ran after that instance aborted: [0] guard- 1");
        let v = check(&trace("[0] abort unreachable\ndriver[1] => ok(0)")).unwrap();
        assert_eq!(v.at, 1);
        assert_eq!(v.message, "driver[1] returned 0 from epoch 0, which had aborted (expected terminated)");
    }

    #[test]
    fn explain_takes_calls_not_refused_after_an_abort() {
        let model = trace("host exit h0\ndriver[0] => aborted(unreachable)");
        let ran_on = trace("host exit h0\nhost enter h2");
        let why = explain(&Divergence::new(&model, &ran_on)).unwrap();
        assert_eq!(why, "driver[0] must end here in an abort; the engine ran on");
        let model = trace("driver[0] => aborted(unreachable)\ndriver[1] => terminated");
        let ran = trace("driver[0] => aborted(unreachable)\ndriver[1] => ok(4)");
        let why = explain(&Divergence::new(&model, &ran)).unwrap();
        assert_eq!(why, "driver[1] must be refused as terminated: its instance aborted and was not reset");
        let stale = trace("driver[0] => aborted(unreachable)\ndriver[1] => stale");
        let why = explain(&Divergence::new(&model, &stale)).unwrap();
        assert_eq!(why, "driver[1] must be refused as terminated by the call guard, before any stale-handle check");
    }

    #[test]
    fn explain_takes_code_that_runs_on_out_of_an_aborted_instance() {
        // No check after the import returned: the frame goes on to call h1.
        let model = trace("[0] enter e0\nhost enter h0\nhost terminate [0]\nhost exit h0\nhook [0]\ndriver[0] => aborted(unreachable)");
        let ran_on = trace("[0] enter e0\nhost enter h0\nhost terminate [0]\nhost exit h0\nhost enter h1\nhost throw 0\nhook [0]");
        let d = Divergence::new(&model, &ran_on);
        assert_eq!(super::super::hook::explain(&d), None, "the hook is the model's end of the call");
        assert_eq!(explain(&d).unwrap(), "epoch 0 had aborted, so the call ends here (its import wrapper finds the flag set); the engine ran on");
        // No check on the exception path: the exception got out as recoverable.
        let model = trace("[0] enter e0\nhost terminate [0]\nhost throw wrapped 5\nhook [0]\ndriver[0] => aborted(unreachable)");
        let out = trace("[0] enter e0\nhost terminate [0]\nhost throw wrapped 5\ndriver[0] => foreign(5)");
        let why = explain(&Divergence::new(&model, &out)).unwrap();
        assert_eq!(why, "epoch 0 had aborted, so the call must end in an abort (its import wrapper finds the flag set); it ended in `foreign(5)`");
    }

    #[test]
    fn explain_takes_a_task_resumed_on_an_aborted_instance() {
        let model = trace("[0] abort unreachable\nhook [0]\ntask t0 => aborted(unreachable)\ntask t1 => terminated");
        let resumed = trace("[0] abort unreachable\nhook [0]\ntask t0 => aborted(unreachable)\ntask t1 resumes");
        let why = explain(&Divergence::new(&model, &resumed)).unwrap();
        assert_eq!(why, "task t1 must fail as terminated at its resumption: its instance aborted, so none of its Wasm may run");
        let aborted = trace("[0] abort unreachable\nhook [0]\ntask t0 => aborted(unreachable)\ntask t1 => aborted(unreachable)");
        assert!(explain(&Divergence::new(&model, &aborted)).is_none());
    }

    #[test]
    fn explain_leaves_a_refusal_that_failed_otherwise() {
        // Refused, but as an abort: a failure of another kind, not a call that went on.
        let model = trace("driver[0] => aborted(unreachable)\ndriver[1] => terminated");
        let other = trace("driver[0] => aborted(unreachable)\ndriver[1] => aborted(unreachable)");
        assert_eq!(explain(&Divergence::new(&model, &other)), None);
        // The engine's catch_unwind caught the refusal: classification's.
        let caught = trace("driver[0] => aborted(unreachable)\n[0] caught -1");
        assert_eq!(explain(&Divergence::new(&model, &caught)), None);
    }
}
