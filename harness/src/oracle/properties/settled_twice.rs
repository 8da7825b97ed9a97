//! Property 9, settled twice (issue 13): a task's promise settles once. JS
//! ignores a second `resolve` or `reject` of a promise, so a binding that
//! settles one twice (resolves a promise it rejected, rejects one it
//! resolved) goes unnoticed by the program and hides a second path out of
//! the task; the host drivers observe every settlement (wbg-host.js wraps
//! the binding's `Promise`, glue.js its own) and log each.
//!
//! One trace shows it ([`check`]): a second `task t<n> => ...` for a task;
//! a divergence there is this property's too ([`explain`]).

use super::{Divergence, Property, Violation};
use crate::trace::Event;
use std::collections::HashMap;

/// Property 9 on one trace: the first second settlement.
pub fn check(trace: &[Event]) -> Option<Violation> {
    let mut settled: HashMap<i32, usize> = HashMap::new();
    for (at, e) in trace.iter().enumerate() {
        if let Event::TaskSettled { task, outcome } = *e {
            if let Some(first) = settled.insert(task, at) {
                return Some(Violation {
                    property: Property::SettledTwice,
                    at,
                    message: format!("task t{task}'s promise settled again (`{outcome}`) after it settled at event {first}"),
                });
            }
        }
    }
    None
}

/// The engine settles a task's promise again at the divergence.
pub fn explain(d: &Divergence) -> Option<String> {
    let Some(Event::TaskSettled { task, .. }) = d.actual_event() else { return None };
    let first = d.prefix().iter().position(|e| matches!(*e, Event::TaskSettled { task: t, .. } if t == task))?;
    Some(format!("task t{task}'s promise settled at event {first} already; the engine settles it a second time"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oracle::testing::trace;

    #[test]
    fn check_and_explain_take_a_second_settlement() {
        assert_eq!(check(&trace("task t0 => ok(1)\ntask t1 => panic(2)")), None);
        let twice = trace("task t0 => panic(2)\ndriver[0] => task t0\ntask t0 => ok(0)");
        let v = check(&twice).unwrap();
        assert_eq!((v.property, v.at), (Property::SettledTwice, 2));
        assert_eq!(v.message, "task t0's promise settled again (`ok(0)`) after it settled at event 0");
        let model = trace("task t0 => panic(2)\ndriver[0] => task t0");
        let why = explain(&Divergence::new(&model, &twice)).unwrap();
        assert_eq!(why, "task t0's promise settled at event 0 already; the engine settles it a second time");
    }
}
