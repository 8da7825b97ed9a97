//! The oracle's properties (DESIGN.md §2), one function each. Properties 1, 3
//! and 4 can be checked on a single trace; 2, 5 and 6 need the expected trace
//! and are judged from the first divergence in `super::explain`.

use crate::trace::{Event, Failure, Outcome};
use std::collections::{HashMap, HashSet};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Property {
    /// Property 1: every guard constructed is dropped exactly once, LIFO,
    /// unless an abort happened while it was live.
    Destructors,
    /// Property 2: a call ending in `PanicError` leaves the instance usable
    /// and the next calls see the predicted state.
    ValidityAfterPanic,
    /// Property 3: after an abort in epoch E no Wasm event of E occurs and
    /// every later call into E fails as terminated until a reset.
    NothingAfterAbort,
    /// Property 4: the abort hook fires exactly once per abort, never for
    /// panics or foreign exceptions.
    Hook,
    /// Property 5: panics surface as `PanicError`, foreign exceptions as
    /// themselves, aborts as aborts.
    Classification,
    /// Property 6: all engines and both encodings produce the same trace.
    Agreement,
}

impl Property {
    pub const ALL: [Property; 6] = [
        Property::Destructors,
        Property::ValidityAfterPanic,
        Property::NothingAfterAbort,
        Property::Hook,
        Property::Classification,
        Property::Agreement,
    ];

    pub fn number(self) -> u8 {
        Property::ALL.iter().position(|p| *p == self).unwrap() as u8 + 1
    }

    pub fn name(self) -> &'static str {
        match self {
            Property::Destructors => "destructors",
            Property::ValidityAfterPanic => "validity-after-panic",
            Property::NothingAfterAbort => "nothing-after-abort",
            Property::Hook => "hook",
            Property::Classification => "classification",
            Property::Agreement => "agreement",
        }
    }

    pub fn from_name(s: &str) -> Option<Property> {
        Property::ALL.into_iter().find(|p| p.name() == s)
    }
}

impl fmt::Display for Property {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.number(), self.name())
    }
}

/// A property broken at one event of a trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    pub property: Property,
    /// Index of the offending event (or the trace length for "missing at end").
    pub at: usize,
    pub message: String,
}

/// Epochs that have aborted by each point of the trace: an abort event, the
/// host writing the flag, or the hook firing for the epoch.
fn abort_marker(e: &Event) -> Option<i32> {
    match *e {
        Event::Abort { epoch, .. } | Event::Terminate { epoch } | Event::Hook { epoch } => Some(epoch),
        _ => None,
    }
}

/// Property 1 on one trace.
pub fn destructors(trace: &[Event]) -> Option<Violation> {
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
                        return Some(Violation {
                            property: Property::Destructors,
                            at,
                            message: format!("guard {id} dropped out of LIFO order (innermost live is {:?})", stack.last()),
                        })
                    }
                    _ => {
                        return Some(Violation {
                            property: Property::Destructors,
                            at,
                            message: format!("guard {id} dropped but not live (dropped twice or never made)"),
                        })
                    }
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
    leaked.first().map(|(epoch, id)| Violation {
        property: Property::Destructors,
        at: trace.len(),
        message: format!("guard {id} of epoch {epoch} never dropped although its instance never aborted"),
    })
}

/// Property 3 on one trace.
pub fn nothing_after_abort(trace: &[Event]) -> Option<Violation> {
    let mut aborted: HashSet<i32> = HashSet::new();
    let mut current = 0;
    // The epoch this driver step's call entered (its first Wasm event); a
    // call that runs no Wasm (read_state) enters the current epoch.
    let mut entered: Option<i32> = None;
    for (at, e) in trace.iter().enumerate() {
        if entered.is_none() {
            entered = e.wasm_epoch();
        }
        if let Some(epoch) = e.wasm_epoch() {
            if aborted.contains(&epoch) {
                return Some(Violation {
                    property: Property::NothingAfterAbort,
                    at,
                    message: format!("Wasm of epoch {epoch} ran after that instance aborted: {e}"),
                });
            }
        }
        match *e {
            Event::Reset { epoch } => current = epoch,
            Event::Outcome { outcome: Outcome::Value(v), step } if aborted.contains(&entered.unwrap_or(current)) => {
                return Some(Violation {
                    property: Property::NothingAfterAbort,
                    at,
                    message: format!(
                        "driver[{step}] returned {v} from epoch {}, which had aborted (expected terminated)",
                        entered.unwrap_or(current)
                    ),
                })
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

/// Property 4 on one trace.
///
/// An instance aborts by its own abort or terminate, or when a trap from a
/// nested instance (after a reset mid-stack) unwinds its frames; the latter
/// leaves no mark of its own, so a hook is also accepted for an epoch when
/// another epoch aborted earlier within the same driver step.
pub fn hook(trace: &[Event]) -> Option<Violation> {
    let mut aborted: HashSet<i32> = HashSet::new();
    let mut fired: HashSet<i32> = HashSet::new();
    let mut current = 0;
    let mut abort_in_step = false;
    // The epoch the current driver step's call entered (its first Wasm event).
    let mut entered: Option<i32> = None;
    for (at, e) in trace.iter().enumerate() {
        match *e {
            Event::Abort { epoch, .. } | Event::Terminate { epoch } => {
                aborted.insert(epoch);
                abort_in_step = true;
            }
            Event::Hook { epoch } => {
                if !aborted.contains(&epoch) && abort_in_step {
                    aborted.insert(epoch);
                }
                if !aborted.contains(&epoch) {
                    return Some(Violation {
                        property: Property::Hook,
                        at,
                        message: format!("hook fired for epoch {epoch}, which never aborted"),
                    });
                }
                if !fired.insert(epoch) {
                    return Some(Violation {
                        property: Property::Hook,
                        at,
                        message: format!("hook fired twice for the abort of epoch {epoch}"),
                    });
                }
            }
            Event::Reset { epoch } => current = epoch,
            // The guard refused the call: it must have fired the hook first.
            Event::Outcome { outcome: Outcome::Failed(Failure::Terminated), step } if !fired.contains(&current) => {
                return Some(Violation {
                    property: Property::Hook,
                    at,
                    message: format!("driver[{step}] was refused as terminated but epoch {current}'s hook never fired"),
                })
            }
            // The call aborted: the instance it entered must have fired its hook.
            Event::Outcome { outcome: Outcome::Failed(Failure::Trap(_)), step } => {
                if let Some(epoch) = entered.filter(|e| !fired.contains(e)) {
                    return Some(Violation {
                        property: Property::Hook,
                        at,
                        message: format!("driver[{step}] aborted in epoch {epoch} but its hook never fired"),
                    });
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

/// All single-trace checks, earliest violation first.
pub fn intrinsic(trace: &[Event]) -> Option<Violation> {
    [nothing_after_abort(trace), hook(trace), destructors(trace)]
        .into_iter()
        .flatten()
        .min_by_key(|v| v.at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::AbortKind;
    use crate::trace::{AbortCause, TrapKind};

    fn new(id: i32) -> Event {
        Event::GuardNew { epoch: 0, id }
    }
    fn drop(id: i32) -> Event {
        Event::GuardDrop { epoch: 0, id }
    }
    fn abort() -> Event {
        Event::Abort { epoch: 0, cause: AbortCause::Step(AbortKind::Unreachable) }
    }
    fn out(step: i32, o: Outcome) -> Event {
        Event::Outcome { step, outcome: o }
    }

    #[test]
    fn destructors_accepts_lifo_and_aborted_leaks() {
        assert_eq!(destructors(&[new(1), new(2), drop(2), drop(1)]), None);
        assert_eq!(destructors(&[new(1), new(2), abort()]), None);
    }

    #[test]
    fn destructors_catches_double_missing_and_order() {
        let v = destructors(&[new(1), drop(1), drop(1)]).unwrap();
        assert_eq!((v.property, v.at), (Property::Destructors, 2));
        let v = destructors(&[new(1), new(2), drop(1), drop(2)]).unwrap();
        assert!(v.message.contains("LIFO"), "{}", v.message);
        let v = destructors(&[new(1), new(2), drop(2)]).unwrap();
        assert_eq!(v.at, 3);
        assert!(v.message.contains("never dropped"));
    }

    #[test]
    fn nothing_after_abort_catches_landing_pads_and_values() {
        assert_eq!(nothing_after_abort(&[new(1), abort(), Event::Hook { epoch: 0 }]), None);
        let v = nothing_after_abort(&[new(1), abort(), drop(1)]).unwrap();
        assert_eq!(v.at, 2);
        let v = nothing_after_abort(&[abort(), out(1, Outcome::Value(0))]).unwrap();
        assert_eq!(v.at, 1);
        // a reset makes a fresh epoch
        assert_eq!(
            nothing_after_abort(&[
                abort(),
                out(0, Outcome::Failed(Failure::Trap(TrapKind::Unreachable))),
                Event::Reset { epoch: 1 },
                out(1, Outcome::Value(0))
            ]),
            None
        );
    }

    #[test]
    fn hook_once_per_abort_and_never_without_one() {
        let ok = [abort(), Event::Hook { epoch: 0 }, out(0, Outcome::Failed(Failure::Trap(TrapKind::Unreachable)))];
        assert_eq!(hook(&ok), None);
        let twice = [abort(), Event::Hook { epoch: 0 }, Event::Hook { epoch: 0 }];
        assert_eq!(hook(&twice).unwrap().at, 2);
        let for_panic = [Event::Panic { epoch: 0, payload: 1 }, Event::Hook { epoch: 0 }];
        assert_eq!(hook(&for_panic).unwrap().at, 1);
        let missing = [abort(), out(0, Outcome::Failed(Failure::Trap(TrapKind::Unreachable)))];
        assert!(hook(&missing).unwrap().message.contains("never fired"));
        // a trap from epoch 1 unwinding frames of epoch 0 aborts epoch 0 too
        let nested = [
            Event::Reset { epoch: 1 },
            Event::Abort { epoch: 1, cause: AbortCause::Step(AbortKind::Unreachable) },
            Event::Hook { epoch: 1 },
            Event::Hook { epoch: 0 },
        ];
        assert_eq!(hook(&nested), None);
        // ...but not in a later driver step
        let later = [abort(), Event::Hook { epoch: 0 }, out(0, Outcome::Done), Event::Hook { epoch: 1 }];
        assert_eq!(hook(&later).unwrap().at, 3);
    }
}
