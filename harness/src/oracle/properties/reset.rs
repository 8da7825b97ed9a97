//! Property 7, reset (issue 12): reset and reinit semantics. A scheduled
//! reinit takes effect at the next call, nested or not (docs/protocol.md 4);
//! a reset gives a fresh instance (state, memory, handle counter, and no
//! terminated flag); handles of an old epoch are stale, checked after the
//! call guard (protocol.md 5); frames of the old instance still on the stack
//! keep running on their own instance.
//!
//! One trace shows part of it ([`check`]): an instance fresh from a reset
//! that fires its abort hook, or is refused as terminated, without having
//! aborted — its flag survived the reset — and a call through the glue that
//! runs as another epoch than the current one. The rest needs the model
//! ([`explain`]): a reset on one side only, a reinit request on one side
//! only, a stale refusal on one side only, the first state an instance
//! shows after a reset, and the first it shows of its memory (its size, the
//! high cell in grown memory: fresh memory is of the initial size).
//!
//! Why these are not classification or agreement, as before: a stale handle
//! is neither a panic, a foreign exception nor an abort, so taking one for
//! another kind of result is not what property 5 is about; it is this
//! property's third promise; except a stale refusal where the model refuses
//! the call as terminated, which says the call guard did not refuse a call
//! into an aborted instance (nothing after abort). A missing or extra reset,
//! and a state that is
//! not fresh after one, used to fall to agreement (or to validity when a
//! panic came before); they are what this property promises.

use super::{result_of, Divergence, Property, Violation};
use crate::program::AbortKind;
use crate::trace::{AbortCause, Event, Failure, Outcome};
use std::collections::HashSet;

/// An instance fresh from a reset acting terminated without an abort,
/// before a call guard has read its flag clear (a call that enters it other
/// than right after the reset the guard made itself).
///
/// A hook in a driver step in which a newer epoch aborted is accepted: a
/// trap from a newer instance also aborts the older ones it unwinds, which
/// leaves no mark of their own (protocol.md 1). An older epoch's abort does
/// not reach a newer instance's frames: the hook check accepts it, this
/// check does not (a flag copied by the reset fires the hook in that step).
pub fn check(trace: &[Event]) -> Option<Violation> {
    let violation = |at, message| Some(Violation { property: Property::Reset, at, message });
    // Epochs made by a reset that have not aborted since.
    let mut fresh: HashSet<i32> = HashSet::new();
    let mut current = 0;
    // The newest epoch that aborted in this driver step.
    let mut newest_abort: Option<i32> = None;
    for (at, e) in trace.iter().enumerate() {
        match *e {
            Event::Reset { epoch } => {
                fresh.insert(epoch);
                current = epoch;
            }
            Event::Abort { epoch, .. } | Event::Terminate { epoch } | Event::Uncaught { epoch } => {
                fresh.remove(&epoch);
                newest_abort = newest_abort.max(Some(epoch));
            }
            Event::Hook { epoch } if newest_abort > Some(epoch) => {
                fresh.remove(&epoch);
            }
            // A call through the glue enters the current instance: its Wasm
            // logs the current epoch, unless the instance kept the old one's
            // memory (where the guest keeps its epoch).
            Event::Enter { epoch, .. } if epoch != current && entered_by_glue(trace, at) => {
                return violation(
                    at,
                    format!("a call into the current instance (epoch {current}) ran as epoch {epoch}: it kept the old instance's memory, or the glue called the old instance"),
                );
            }
            // A call guard let a call into the fresh instance without
            // resetting first (the event before is not the reset): it read the
            // flag and found it clear, so the reset did not keep it.
            Event::Enter { epoch, .. }
                if fresh.contains(&epoch) && at > 0 && trace[at - 1] != (Event::Reset { epoch }) =>
            {
                fresh.remove(&epoch);
            }
            Event::Hook { epoch } if fresh.contains(&epoch) => {
                return violation(
                    at,
                    format!("epoch {epoch} fired its abort hook but never aborted since `reset -> [{epoch}]`: the reset kept the old terminated flag"),
                );
            }
            Event::Outcome { step, outcome: Outcome::Failed(Failure::Terminated) } if fresh.contains(&current) => {
                return violation(
                    at,
                    format!("driver[{step}] was refused as terminated by epoch {current}, which never aborted since `reset -> [{current}]`"),
                );
            }
            Event::TaskSettled { task, outcome: Outcome::Failed(Failure::Terminated) } if fresh.contains(&current) => {
                return violation(
                    at,
                    format!("task t{task}'s resumption was refused as terminated by epoch {current}, which never aborted since `reset -> [{current}]`"),
                );
            }
            _ => {}
        }
        if let Event::Outcome { .. } = e {
            newest_abort = None;
        }
    }
    None
}

/// Whether the `Enter` at `at` is a call through the glue (from the driver or
/// a host step), not a direct Wasm call: what comes before it is no Wasm.
fn entered_by_glue(trace: &[Event], at: usize) -> bool {
    at == 0
        || matches!(
            trace[at - 1],
            Event::Reset { .. }
                | Event::Outcome { .. }
                | Event::TaskStart { .. }
                | Event::HostEnter { .. }
                | Event::HostReturn { .. }
                | Event::Catch { .. }
                | Event::Terminate { .. }
                | Event::Hook { .. }
        )
}

/// A reset, a reinit request or a stale refusal on one side only, or the
/// first state an instance shows after a reset.
pub fn explain(d: &Divergence) -> Option<String> {
    let (exp, act) = (d.expected_event(), d.actual_event());
    // The guard fires the hook before it resets: a hook facing a reset is a
    // hook that is missing or extra, the reset itself is on time.
    if d.either(|e| matches!(e, Event::Hook { .. })) {
        return None;
    }
    if let Some(Event::Reset { epoch }) = exp {
        return Some(match pending_reinit(d.prefix()) {
            Some(at) => format!("the reinit scheduled at event {at} takes effect at the next call (nested or not): the model resets to epoch {epoch} here, the engine does not"),
            None => format!("the model resets to epoch {epoch} here, the engine does not"),
        });
    }
    if let Some(Event::Reset { epoch }) = act {
        return Some(format!("the engine resets to epoch {epoch} where the model does not"));
    }
    // A reinit request is logged where the program makes it; facing a Wasm
    // event, control flow already differed and the request is not the cause.
    if !d.either(|e| e.wasm_epoch().is_some()) {
        if exp == Some(Event::ScheduleReinit) {
            return Some("the model logs a reinit request here, the engine does not".into());
        }
        if act == Some(Event::ScheduleReinit) {
            return Some("the engine logs a reinit request where the model does not".into());
        }
    }
    let stale = |e: Option<Event>| matches!(e.and_then(result_of), Some(Err(Failure::Stale)));
    // A Wasm event other than an entry facing the model's refusal: the
    // refusal was raised (inside an import, a stale closure's is a host
    // exception thrown into Wasm) and Wasm took it otherwise, which is not
    // the stale check's doing. An entry is the refused call running.
    let wasm_took_it = act.is_some_and(|e| e.wasm_epoch().is_some() && !matches!(e, Event::Enter { .. }));
    match (stale(exp), stale(act)) {
        (true, false) if wasm_took_it => {}
        (true, false) if matches!(exp, Some(Event::TaskSettled { .. })) => {
            return Some("a task of an epoch before a reset is stale: its resumption must be refused".into())
        }
        (true, false) => return Some("a handle made before a reset is stale: the call must be refused".into()),
        // Refused as stale where the model refuses it as terminated: the call
        // guard did not refuse first (protocol.md 5), and a call into an
        // aborted instance failing as terminated is nothing-after-abort's.
        (false, true) if matches!(exp.and_then(result_of), Some(Err(Failure::Terminated))) => {}
        (false, true) => {
            return Some("the handle is of the current epoch: the call must not be refused as stale".into())
        }
        _ => {}
    }
    first_state_after_reset(d).or_else(|| first_memory_after_reset(d))
}

/// The first thing an epoch shows of its memory after a reset differs: a
/// `grow` (its size), an `add_high` (its high cell), or an out-of-memory or
/// out-of-bounds abort of one of them where the other side shows the memory
/// (docs/protocol.md 14: a reset gives fresh memory of the initial size).
fn first_memory_after_reset(d: &Divergence) -> Option<String> {
    let shows_memory = |e: Event| match e {
        Event::Memory { epoch, .. } | Event::High { epoch, .. } => Some(epoch),
        Event::Abort { epoch, cause: AbortCause::Step(AbortKind::OutOfMemory | AbortKind::OutOfBounds) } => Some(epoch),
        _ => None,
    };
    let (exp, act) = (d.expected_event()?, d.actual_event()?);
    let epoch = shows_memory(exp)?;
    if shows_memory(act) != Some(epoch) || matches!((exp, act), (Event::Abort { .. }, Event::Abort { .. })) {
        return None;
    }
    let prefix = d.prefix();
    let at = prefix.iter().rposition(|e| *e == Event::Reset { epoch })?;
    let seen = prefix[at + 1..].iter().any(|e| matches!(e, Event::Memory { epoch: x, .. } | Event::High { epoch: x, .. } if *x == epoch));
    (!seen).then(|| {
        format!(
            "a reset gives fresh memory of the initial size: after `reset -> [{epoch}]` (event {at}) the first memory event of epoch {epoch} is `{exp}` in the model, `{act}` in the engine"
        )
    })
}

/// The first state an epoch shows after a reset differs: the fresh
/// instance's (a reset gives fresh state), or an old instance's whose frames
/// were still on the stack (they keep running on their own state).
///
/// A state change or an export's result is taken if it is the first of them
/// for the epoch since the reset. A built-in's value is read_state's or
/// new_handle's (a trace does not say which); it is taken unless it is the
/// state the epoch's last state change since the reset showed: that state was
/// seen already. Otherwise it reads the state or the handle counter, which
/// nothing but the reset and the handles the model counts too has set.
fn first_state_after_reset(d: &Divergence) -> Option<String> {
    let (exp, act) = (d.expected_event()?, d.actual_event()?);
    if std::mem::discriminant(&exp) != std::mem::discriminant(&act) {
        return None;
    }
    let (epoch, want) = observed(d.expected, d.index)?;
    let (_, got) = observed(d.actual, d.index)?;
    let prefix = d.prefix();
    let at = prefix.iter().rposition(|e| matches!(e, Event::Reset { .. }))?;
    let builtin = is_builtin_value(d.expected, d.index);
    let seen = if builtin {
        let last_state = prefix[at + 1..].iter().rev().find_map(|e| match *e {
            Event::State { epoch: e, value } if e == epoch => Some(value),
            _ => None,
        });
        last_state == Some(want)
    } else {
        (at + 1..prefix.len())
            .any(|i| !is_builtin_value(prefix, i) && observed(prefix, i).is_some_and(|(e, _)| e == epoch))
    };
    if seen {
        return None;
    }
    let reset = prefix[at];
    let what = if builtin { "read_state or new_handle value" } else { "first state" };
    Some(if reset == (Event::Reset { epoch }) {
        format!("a reset gives fresh state, memory and handle counter: after `{reset}` (event {at}) the {what} of epoch {epoch} is {want} in the model, {got} in the engine")
    } else {
        format!("frames of epoch {epoch} keep running on their own state after `{reset}` (event {at}): {want} in the model, {got} in the engine")
    })
}

/// The (epoch, value) of the state event `i` of `trace` shows: a state
/// change, or the value a call returned. An export returns its instance's
/// state and its `exit` is the event before; a built-in (read_state,
/// new_handle) runs no Wasm and reports the current instance.
fn observed(trace: &[Event], i: usize) -> Option<(i32, i32)> {
    let value = match trace[i] {
        Event::State { epoch, value } => return Some((epoch, value)),
        Event::Outcome { outcome: Outcome::Value(v), .. } | Event::HostReturn { value: v, .. } => v,
        _ => return None,
    };
    let epoch = match i.checked_sub(1).map(|j| trace[j]) {
        Some(Event::Exit { epoch, .. }) => epoch,
        _ => current_epoch(&trace[..i]),
    };
    Some((epoch, value))
}

/// A value that no export's `exit` precedes: read_state's or new_handle's.
fn is_builtin_value(trace: &[Event], i: usize) -> bool {
    matches!(trace[i], Event::Outcome { outcome: Outcome::Value(_), .. })
        && !matches!(i.checked_sub(1).map(|j| trace[j]), Some(Event::Exit { .. }))
}

fn current_epoch(prefix: &[Event]) -> i32 {
    prefix.iter().rev().find_map(|e| if let Event::Reset { epoch } = e { Some(*epoch) } else { None }).unwrap_or(0)
}

/// The index of a reinit request not yet performed by a reset.
fn pending_reinit(prefix: &[Event]) -> Option<usize> {
    let at = prefix.iter().rposition(|e| matches!(e, Event::ScheduleReinit))?;
    (!prefix[at..].iter().any(|e| matches!(e, Event::Reset { .. }))).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oracle::testing::trace;

    fn explained(model: &str, actual: &str) -> Option<String> {
        explain(&Divergence::new(&trace(model), &trace(actual)))
    }

    #[test]
    fn check_accepts_a_fresh_instance_that_aborts_and_nested_aborts() {
        let t = "reset -> [1]\n[1] abort oob\nhook [1]\ndriver[0] => aborted(oob)\ndriver[1] => terminated";
        assert_eq!(check(&trace(t)), None);
        // A trap in epoch 2 unwinding frames of epoch 1 aborts epoch 1 too.
        let nested =
            "reset -> [1]\ndriver[0] => done\n[1] enter e0\nreset -> [2]\n[2] abort unreachable\nhook [2]\nhook [1]";
        assert_eq!(check(&trace(nested)), None);
    }

    #[test]
    fn check_rejects_a_fresh_instance_acting_terminated() {
        let t = "[0] abort unreachable\nhook [0]\ndriver[0] => aborted(unreachable)\nreset -> [1]\ndriver[1] => stale\nhook [1]";
        let v = check(&trace(t)).unwrap();
        assert_eq!((v.property, v.at), (Property::Reset, 5));
        assert_eq!(v.message, "epoch 1 fired its abort hook but never aborted since `reset -> [1]`: the reset kept the old terminated flag");
        // An older epoch's abort in the same step does not reach the fresh instance.
        let t = "[0] enter e0\nhost terminate [0]\nhook [0]\nreset -> [1]\n[1] enter e1\n[1] exit e1\nhook [1]";
        assert_eq!(check(&trace(t)).unwrap().at, 6);
        // The fresh instance runs with the old one's epoch (the real guest keeps it in memory).
        let v = check(&trace("reset -> [1]\ndriver[0] => done\n[0] enter e0")).unwrap();
        assert_eq!((v.at, v.message.as_str()), (2, "a call into the current instance (epoch 1) ran as epoch 0: it kept the old instance's memory, or the glue called the old instance"));
        // ...an old frame going on after a reset is no such call.
        assert_eq!(check(&trace("[0] enter e0\nhost enter h0\nreset -> [1]\n[1] enter e1\n[1] exit e1\nhost e1 returned 0\nhost exit h0\n[0] exit e0")), None);
        let v = check(&trace("reset -> [1]\ndriver[0] => done\ndriver[1] => terminated")).unwrap();
        assert_eq!(
            v.message,
            "driver[1] was refused as terminated by epoch 1, which never aborted since `reset -> [1]`"
        );
    }

    #[test]
    fn explain_takes_a_reinit_that_does_not_take_effect() {
        let model = "host enter h0\nschedule reinit\nreset -> [1]\n[1] enter e1";
        let why = explained(model, "host enter h0\nschedule reinit\n[0] enter e1").unwrap();
        assert_eq!(why, "the reinit scheduled at event 1 takes effect at the next call (nested or not): the model resets to epoch 1 here, the engine does not");
    }

    #[test]
    fn explain_takes_stale_refusals_on_one_side() {
        let model = "driver[0] => ok(1)\nreset -> [1]\ndriver[1] => done\ndriver[2] => stale";
        let accepted = "driver[0] => ok(1)\nreset -> [1]\ndriver[1] => done\n[1] enter e0";
        assert_eq!(
            explained(model, accepted).unwrap(),
            "a handle made before a reset is stale: the call must be refused"
        );
        let why = explained("driver[0] => ok(1)", "driver[0] => stale").unwrap();
        assert_eq!(why, "the handle is of the current epoch: the call must not be refused as stale");
        // Stale where the call guard should have refused first: nothing-after-abort's.
        assert_eq!(explained("driver[0] => terminated", "driver[0] => stale"), None);
    }

    #[test]
    fn explain_takes_the_first_state_after_a_reset() {
        let model = "[0] exit e0\ndriver[0] => ok(1)\nreset -> [1]\ndriver[1] => done\n[1] enter e0\n[1] state 1";
        let kept = "[0] exit e0\ndriver[0] => ok(1)\nreset -> [1]\ndriver[1] => done\n[1] enter e0\n[1] state 2";
        let why = explained(model, kept).unwrap();
        assert_eq!(why, "a reset gives fresh state, memory and handle counter: after `reset -> [1]` (event 2) the first state of epoch 1 is 1 in the model, 2 in the engine");
        // A built-in's value after a reset is the fresh instance's.
        let model = "reset -> [1]\ndriver[0] => done\ndriver[1] => ok(0)";
        assert!(explained(model, "reset -> [1]\ndriver[0] => done\ndriver[1] => ok(5)").is_some());
    }

    #[test]
    fn explain_takes_the_first_memory_after_a_reset() {
        let model = "[0] memory 2\nreset -> [1]\ndriver[0] => done\n[1] enter e0\n[1] memory 2";
        let why = explained(model, "[0] memory 2\nreset -> [1]\ndriver[0] => done\n[1] enter e0\n[1] memory 3").unwrap();
        assert!(why.starts_with("a reset gives fresh memory of the initial size: after `reset -> [1]` (event 1) the first memory event of epoch 1 is `[1] memory 2` in the model, `[1] memory 3`"), "{why}");
        // The high cell of grown memory is gone after a reset.
        let model = "reset -> [1]\n[1] enter e1\n[1] abort oob";
        assert!(explained(model, "reset -> [1]\n[1] enter e1\n[1] high 6").is_some());
        // Not the first memory event since the reset, or no reset: not this.
        let model = "reset -> [1]\n[1] memory 2\n[1] high 1";
        assert_eq!(explained(model, "reset -> [1]\n[1] memory 2\n[1] high 2"), None);
        assert_eq!(explained("[0] memory 2", "[0] memory 3"), None);
    }

    #[test]
    fn explain_leaves_later_states_hooks_and_divergences_without_a_reset() {
        // A handle made after the reset (its number is no state) does not
        // show that the state was fresh.
        let model = "reset -> [1]\ndriver[0] => done\ndriver[1] => ok(1)\n[1] enter e0\n[1] state 5";
        assert!(explained(model, "reset -> [1]\ndriver[0] => done\ndriver[1] => ok(1)\n[1] enter e0\n[1] state 11")
            .is_some());
        // A handle counter kept over a reset: the state was seen, not the counter.
        let model = "reset -> [1]\n[1] exit e1\ndriver[0] => ok(37)\ndriver[1] => ok(1)\ndriver[2] => ok(1)";
        let kept = "reset -> [1]\n[1] exit e1\ndriver[0] => ok(37)\ndriver[1] => ok(1)\ndriver[2] => ok(2)";
        let why = explained(model, kept).unwrap();
        assert!(
            why.contains("the read_state or new_handle value of epoch 1 is 1 in the model, 2 in the engine"),
            "{why}"
        );
        // ...also after a state change, unless it reads the state seen then.
        let model = "reset -> [1]\n[1] state 5\n[1] exit e1\ndriver[0] => ok(5)\ndriver[1] => ok(1)";
        assert!(explained(model, "reset -> [1]\n[1] state 5\n[1] exit e1\ndriver[0] => ok(5)\ndriver[1] => ok(2)")
            .is_some());
        let model = "reset -> [1]\n[1] state 5\n[1] exit e1\ndriver[0] => ok(5)\ndriver[1] => ok(5)";
        assert_eq!(
            explained(model, "reset -> [1]\n[1] state 5\n[1] exit e1\ndriver[0] => ok(5)\ndriver[1] => ok(6)"),
            None
        );
        // The fresh state was already seen once and was right.
        let model = "reset -> [1]\n[1] state 1\n[1] exit e0\ndriver[0] => ok(1)";
        assert_eq!(explained(model, "reset -> [1]\n[1] state 1\n[1] exit e0\ndriver[0] => ok(2)"), None);
        // A hook missing before the guard's reset is the hook's.
        assert_eq!(explained("host terminate [0]\nhook [0]\nreset -> [1]", "host terminate [0]\nreset -> [1]"), None);
        assert_eq!(explained("[0] state 1", "[0] state 2"), None);
    }
}
