//! Property 1, destructors: every guard constructed is dropped exactly once,
//! in LIFO order within its frame, unless an abort happened while it was
//! live, in which case it is never dropped. A task's guards are its own
//! stack (tasks interleave on one instance), and a task abandoned at a
//! resumption (stale or terminated) or hung never drops the guards its
//! suspended future holds (docs/protocol.md 19).
//!
//! One trace shows it ([`check`]): a drop that is not of the innermost live
//! guard, a drop of a guard that is not live, or a guard of an instance that
//! never aborted, and of no abandoned task, still live at the end. A divergence at a guard event
//! ([`explain`]): a destructor (or the construction) ran where the model's
//! did not, or not where it did.

use super::{abort_marker, Divergence, Property, Violation};
use crate::trace::Event;
use std::collections::{HashMap, HashSet};

/// Property 1 on one trace.
pub fn check(trace: &[Event]) -> Option<Violation> {
    let violation = |at, message| Some(Violation { property: Property::Destructors, at, message });
    // Live guards by epoch and by the task they were made in.
    let mut live: HashMap<(i32, Option<i32>), Vec<i32>> = HashMap::new();
    let mut aborted: HashSet<i32> = HashSet::new();
    let running = super::running_tasks(trace);
    for (at, e) in trace.iter().enumerate() {
        if let Some(epoch) = abort_marker(e) {
            aborted.insert(epoch);
        }
        match *e {
            Event::GuardNew { epoch, id } => live.entry((epoch, running[at])).or_default().push(id),
            Event::GuardDrop { epoch, id } => {
                let stack = live.entry((epoch, running[at])).or_default();
                match stack.last() {
                    Some(&top) if top == id => {
                        stack.pop();
                    }
                    _ if stack.contains(&id) => {
                        return violation(
                            at,
                            format!("guard {id} dropped out of LIFO order (innermost live is {:?})", stack.last()),
                        )
                    }
                    _ => {
                        return violation(at, format!("guard {id} dropped but not live (dropped twice or never made)"))
                    }
                }
            }
            _ => {}
        }
    }
    let abandoned = super::abandoned_tasks(trace);
    let mut leaked: Vec<(i32, i32)> = live
        .iter()
        .filter(|((epoch, task), _)| !aborted.contains(epoch) && !task.is_some_and(|t| abandoned.contains(&t)))
        .flat_map(|((epoch, _), ids)| ids.iter().map(move |id| (*epoch, *id)))
        .collect();
    leaked.sort();
    let (epoch, id) = leaked.first()?;
    violation(trace.len(), format!("guard {id} of epoch {epoch} never dropped although its instance never aborted"))
}

/// A guard made or dropped on one side of the divergence only.
pub fn explain(d: &Divergence) -> Option<String> {
    // A pad that ran or did not because catch_unwind decided otherwise, or
    // because the engine's call trapped where the model's goes on unwinding,
    // is classification's, tried later. (Where only the model's call ends in
    // an abort, a pad that did not run is the likely cause: a destructor
    // that would have panicked while unwinding.)
    let engine_trapped = matches!(super::abort_differs(d), Some((_, Err(crate::trace::Failure::Trap(_)))));
    if super::classification::catch_differs(d) || engine_trapped || super::exception_taken_for_trap(d) {
        return None;
    }
    let what = |e: Event| match e {
        Event::GuardNew { id, .. } => Some(format!("constructs guard {id}")),
        Event::GuardDrop { id, .. } => Some(format!("drops guard {id}")),
        _ => None,
    };
    if let Some(w) = d.expected_event().and_then(what) {
        return Some(format!("the model {w} here, the engine does not"));
    }
    let w = d.actual_event().and_then(what)?;
    Some(format!("the engine {w} where the model does not"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oracle::testing::trace;

    #[test]
    fn check_accepts_lifo_drops_and_guards_left_by_an_abort() {
        assert_eq!(check(&trace("[0] guard+ 1\n[0] guard+ 2\n[0] guard- 2\n[0] guard- 1")), None);
        assert_eq!(check(&trace("[0] guard+ 1\n[0] guard+ 2\n[0] abort unreachable")), None);
    }

    #[test]
    fn check_keeps_a_stack_per_task_and_accepts_what_an_abandoned_task_holds() {
        // Two tasks' guards interleave on one instance.
        let t = "task t0 starts\n[0] guard+ 1\ntask t0 awaits\ntask t1 starts\n[0] guard+ 2\ntask t1 awaits
                 task t0 resumes\n[0] guard- 1\ntask t0 => ok(0)\ntask t1 resumes\n[0] guard- 2\ntask t1 => ok(0)";
        assert_eq!(check(&trace(t)), None);
        // A stale task's suspended future is never dropped.
        let t = "task t0 starts\n[0] guard+ 1\ntask t0 awaits\nreset -> [1]\ntask t0 => stale";
        assert_eq!(check(&trace(t)), None);
        let t = "task t0 starts\n[0] guard+ 1\ntask t0 awaits\nreset -> [1]\ntask t0 => ok(0)";
        assert_eq!(check(&trace(t)).unwrap().message, "guard 1 of epoch 0 never dropped although its instance never aborted");
    }

    #[test]
    fn check_rejects_double_out_of_order_and_missing_drops() {
        let v = check(&trace("[0] guard+ 1\n[0] guard- 1\n[0] guard- 1")).unwrap();
        assert_eq!((v.property, v.at), (Property::Destructors, 2));
        assert_eq!(v.message, "guard 1 dropped but not live (dropped twice or never made)");
        let v = check(&trace("[0] guard+ 1\n[0] guard+ 2\n[0] guard- 1\n[0] guard- 2")).unwrap();
        assert_eq!(v.message, "guard 1 dropped out of LIFO order (innermost live is Some(2))");
        let v = check(&trace("[0] guard+ 1\n[0] guard+ 2\n[0] guard- 2")).unwrap();
        assert_eq!(v.at, 3);
        assert_eq!(v.message, "guard 1 of epoch 0 never dropped although its instance never aborted");
    }

    #[test]
    fn explain_takes_a_guard_event_on_either_side() {
        let model = trace("[0] guard+ 1\n[0] panic 3\n[0] guard- 1\ndriver[0] => panic(3)");
        let skipped = trace("[0] guard+ 1\n[0] panic 3\ndriver[0] => panic(3)");
        let why = explain(&Divergence::new(&model, &skipped)).unwrap();
        assert_eq!(why, "the model drops guard 1 here, the engine does not");
        let extra = explain(&Divergence::new(&skipped, &model)).unwrap();
        assert_eq!(extra, "the engine drops guard 1 where the model does not");
    }

    #[test]
    fn explain_leaves_other_divergences() {
        let model = trace("[0] guard+ 1\n[0] guard- 1\ndriver[0] => ok(0)");
        let other = trace("[0] guard+ 1\n[0] guard- 1\ndriver[0] => ok(1)");
        assert_eq!(explain(&Divergence::new(&model, &other)), None);
        // The engine's catch_unwind caught where the model runs a pad: classification's.
        let model = trace("host throw 7\n[0] guard- 1");
        assert_eq!(explain(&Divergence::new(&model, &trace("host throw 7\n[0] caught -1"))), None);
        // ...but a pad skipped before a catch both sides make is a destructor's.
        let model = trace("[0] panic 11\n[0] guard- 4\n[0] caught 11");
        let skipped = trace("[0] panic 11\n[0] caught 11");
        assert_eq!(
            explain(&Divergence::new(&model, &skipped)).unwrap(),
            "the model drops guard 4 here, the engine does not"
        );
    }
}
