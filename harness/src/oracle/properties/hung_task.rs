//! Property 8, hung task (issue 13): every task's promise settles. When the
//! driver has nothing left to do (it has also resolved whatever tasks still
//! awaited, docs/protocol.md 21), a promise that is still pending belongs to
//! a task that awaits nothing: it will never settle, and whoever awaits it
//! hangs. The binding's resumption entry and its executor are where that
//! happens: an abort, a refused resumption or an exception out of a poll
//! that never reaches the promise.
//!
//! One trace shows it ([`check`]): a `task t<n> hung` event. A divergence
//! where the model settles a task's promise and the engine's trace ends with
//! that task hung ([`explain`]).

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
        _ => None,
    })
}

/// The model settles a task's promise here; the engine never does.
pub fn explain(d: &Divergence) -> Option<String> {
    let Some(Event::TaskSettled { task, outcome }) = d.expected_event() else { return None };
    d.actual[d.index..].contains(&Event::Hung { task }).then(|| {
        format!("the model settles task t{task}'s promise here (`{outcome}`); the engine never settles it: a hung task")
    })
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
}
