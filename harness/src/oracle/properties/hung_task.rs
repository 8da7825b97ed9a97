//! Property 8, hung task (issue 13): every task's promise settles. When the
//! driver has nothing left to do (it has also resolved whatever tasks still
//! awaited, docs/protocol.md 21), a promise that is still pending belongs to
//! a task that awaits nothing: it will never settle, and whoever awaits it
//! hangs. The binding's resumption entry and its executor are where that
//! happens: an abort, a refused resumption or an exception out of a poll
//! that never reaches the promise.
//!
//! Where the driver's steps are requests (the workers-rs lane), a step's
//! request that is never answered is the same failure one level up: whoever
//! sent it hangs. Its trace logs `driver[n] hung` in place of the step's
//! outcome.
//!
//! One trace shows it ([`check`]): a `task t<n> hung` or `driver[n] hung`
//! event. A divergence where the model settles a task's promise and the
//! engine's trace ends with that task hung, or where the model gives a step
//! an outcome and the engine never answers it ([`explain`]).

use super::{Divergence, Property, Violation};
use crate::trace::Event;

/// Property 8 on one trace: the first hung task.
pub fn check(trace: &[Event]) -> Option<Violation> {
    trace.iter().enumerate().find_map(|(at, e)| match *e {
        Event::Hung { task } => Some(Violation {
            property: Property::HungTask,
            at,
            message: format!("task t{task}'s promise never settled, and it awaits nothing: a hung task"),
        }),
        Event::StepHung { step } => Some(Violation {
            property: Property::HungTask,
            at,
            message: format!("driver[{step}]'s request was never answered: a hung request"),
        }),
        _ => None,
    })
}

/// The model settles a task's promise (or answers a step) here; the engine
/// never does.
pub fn explain(d: &Divergence) -> Option<String> {
    match d.expected_event()? {
        Event::TaskSettled { task, outcome } => d.actual[d.index..].contains(&Event::Hung { task }).then(|| {
            format!("the model settles task t{task}'s promise here (`{outcome}`); the engine never settles it: a hung task")
        }),
        Event::Outcome { step, outcome } => (d.actual.get(d.index) == Some(&Event::StepHung { step })).then(|| {
            format!("the model answers driver[{step}]'s request here (`{outcome}`); the engine never answers it: a hung request")
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oracle::testing::trace;

    #[test]
    fn check_reports_the_first_hung_task() {
        assert_eq!(check(&trace("task t0 => ok(1)\ndriver[0] => task t0")), None);
        let v = check(&trace("task t0 starts\ntask t0 awaits\ndriver[0] => task t0\ntask t0 hung")).unwrap();
        assert_eq!((v.property, v.at), (Property::HungTask, 3));
        assert_eq!(v.message, "task t0's promise never settled, and it awaits nothing: a hung task");
        let v = check(&trace("driver[0] => ok(1)\n[0] abort unreachable\ndriver[1] hung")).unwrap();
        assert_eq!((v.property, v.at), (Property::HungTask, 2));
        assert_eq!(v.message, "driver[1]'s request was never answered: a hung request");
    }

    #[test]
    fn explain_takes_a_settlement_the_engine_never_makes() {
        let model = trace("[0] abort unreachable\nhook [0]\ntask t0 => aborted(unreachable)\ndriver[1] => done");
        let hung = trace("[0] abort unreachable\nhook [0]\ndriver[1] => done\ntask t0 hung");
        let why = explain(&Divergence::new(&model, &hung)).unwrap();
        assert_eq!(why, "the model settles task t0's promise here (`aborted(unreachable)`); the engine never settles it: a hung task");
        let late = trace("[0] abort unreachable\nhook [0]\ndriver[1] => done\ntask t0 => aborted(unreachable)");
        assert_eq!(explain(&Divergence::new(&model, &late)), None);
    }

    #[test]
    fn explain_takes_an_answer_the_engine_never_gives() {
        let model = trace("[0] abort unreachable\nhook [0]\ndriver[1] => aborted(unreachable)");
        let hung = trace("[0] abort unreachable\nhook [0]\ndriver[1] hung");
        let why = explain(&Divergence::new(&model, &hung)).unwrap();
        assert_eq!(why, "the model answers driver[1]'s request here (`aborted(unreachable)`); the engine never answers it: a hung request");
        let other = trace("[0] abort unreachable\nhook [0]\ndriver[1] => ok(3)");
        assert_eq!(explain(&Divergence::new(&model, &other)), None);
    }
}
