//! Property 1, destructors: every guard constructed is dropped exactly once,
//! in LIFO order within its frame, unless an abort happened while it was
//! live, in which case it is never dropped.
//!
//! One trace shows it ([`check`]): a drop that is not of the innermost live
//! guard, a drop of a guard that is not live, or a guard of an instance that
//! never aborted still live at the end.

use super::{abort_marker, Property, Violation};
use crate::trace::Event;
use std::collections::{HashMap, HashSet};

/// Property 1 on one trace.
pub fn check(trace: &[Event]) -> Option<Violation> {
    let violation = |at, message| Some(Violation { property: Property::Destructors, at, message });
    let mut live: HashMap<i32, Vec<i32>> = HashMap::new();
    let mut aborted: HashSet<i32> = HashSet::new();
    for (at, e) in trace.iter().enumerate() {
        if let Some(epoch) = abort_marker(e) {
            aborted.insert(epoch);
        }
        match *e {
            Event::GuardNew { epoch, id } => live.entry(epoch).or_default().push(id),
            Event::GuardDrop { epoch, id } => {
                let stack = live.entry(epoch).or_default();
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
                    _ => return violation(at, format!("guard {id} dropped but not live (dropped twice or never made)")),
                }
            }
            _ => {}
        }
    }
    let mut leaked: Vec<(i32, i32)> = live
        .iter()
        .filter(|(epoch, _)| !aborted.contains(epoch))
        .flat_map(|(epoch, ids)| ids.iter().map(move |id| (*epoch, *id)))
        .collect();
    leaked.sort();
    let (epoch, id) = leaked.first()?;
    violation(trace.len(), format!("guard {id} of epoch {epoch} never dropped although its instance never aborted"))
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
}
