//! Property 5, classification: panics surface as `PanicError`, foreign
//! exceptions as themselves, aborts as aborts — never one for another.
//!
//! No single trace shows it: what a call should end in needs the model. A
//! divergence ([`explain`]) where `catch_unwind` caught on one side only
//! ([`catch_differs`]; a catch that comes on both sides, one of them later,
//! is the same catch with something else before it), where the glue
//! aborts on an exception (`uncaught exception`) on one side only, where both
//! sides report a result (a value, or a failure to the driver or a host
//! `try`) of different kinds: a value for a failure, a panic for an abort, a
//! foreign value for a copy of it, and so on, or where the call goes on to
//! end in an abort on one side only ([`super::abort_differs`]: a landing pad
//! or a hook differs first, on the way there). A stale-handle
//! refusal is not a kind this property knows: the reset property, tried
//! before, takes it.

use super::{result_of, Divergence};
use crate::trace::{Event, Failure};
use std::mem::{discriminant, Discriminant};

/// `catch_unwind` caught on one side only, or results of different kinds.
pub fn explain(d: &Divergence) -> Option<String> {
    if let Some(why) = closure_refusal_differs(d) {
        return Some(why);
    }
    match (d.expected_event(), d.actual_event()) {
        _ if !catch_differs(d) => {}
        (Some(Event::Caught { payload, .. }), _) => {
            return Some(format!("catch_unwind catches panic {payload} here in the model, not in the engine"))
        }
        (_, Some(Event::Caught { payload, .. })) => {
            return Some(format!(
                "catch_unwind caught {payload} where the model lets the exception pass: it catches panics only"
            ))
        }
        _ => {}
    }
    if let Some(why) = abort_not_aborting(d) {
        return Some(why);
    }
    match (d.expected_event(), d.actual_event()) {
        (Some(Event::Uncaught { epoch }), _) => {
            return Some(format!(
                "an exception under a tag other than $wrapped leaving an export of epoch {epoch} is an abort: the model's glue aborts here, the engine's does not"
            ))
        }
        (_, Some(Event::Uncaught { epoch })) => {
            return Some(format!("the engine's glue aborts epoch {epoch} on an exception where the model's does not"))
        }
        _ => {}
    }
    if super::exception_taken_for_trap(d) {
        let at = d.index - 1;
        return Some(format!(
            "the exception thrown into Wasm at event {at} must unwind as an exception; the engine's call trapped on it"
        ));
    }
    let (Some(want), Some(got)) = (d.expected_event().and_then(result_of), d.actual_event().and_then(result_of)) else {
        // Not a result on both sides: the call ends in an abort on one side
        // only, after a pad or hook that differs on the way there.
        let (want, got) = super::abort_differs(d)?;
        return Some(format!(
            "the call ends in {} in the model and in {} in the engine: panics, foreign exceptions and aborts are never one for another",
            show(want),
            show(got)
        ));
    };
    (kind(want) != kind(got)).then(|| {
        format!(
            "{} surfaced as {}: panics, foreign exceptions and aborts are never one for another",
            show(want),
            show(got)
        )
    })
}

/// One side refuses a closure (one Wasm dropped, a once closure called
/// again: docs/protocol.md 32-33) where the other runs it or ends the call
/// otherwise.
fn closure_refusal_differs(d: &Divergence) -> Option<String> {
    let refusal = |e: Option<Event>| match e.and_then(result_of) {
        Some(Err(f @ (Failure::Dropped | Failure::CalledTwice))) => Some(f),
        _ => None,
    };
    match (refusal(d.expected_event()), refusal(d.actual_event())) {
        (Some(f), None) => Some(format!("the model refuses the closure here (`{f}`) and the engine does not: a closure Wasm dropped, or a once closure called again, must not run")),
        (None, Some(f)) => Some(format!("the engine refuses the closure here (`{f}`) where the model runs it")),
        _ => None,
    }
}

/// The model aborts at the divergence (an `Abort` event) and the engine goes
/// on without one: the first result it reports after the divergence is not
/// an abort (say a destructor's panic surfaced instead).
fn abort_not_aborting(d: &Divergence) -> Option<String> {
    let Some(Event::Abort { cause, .. }) = d.expected_event() else { return None };
    if matches!(d.actual_event(), Some(Event::Abort { .. })) {
        return None;
    }
    let got = d.actual[d.index..].iter().find_map(|e| result_of(*e))?;
    (!matches!(got, Err(Failure::Trap(_)))).then(|| {
        format!(
            "the model aborts here ({}) and the engine does not: the call surfaced as {}, where an abort must be an abort",
            cause.name(),
            show(got)
        )
    })
}

/// One side's catch_unwind catches at the divergence and the other side does
/// not catch the same before its driver step ends: catch_unwind decided
/// otherwise. Other rules leave such a divergence to this property.
pub fn catch_differs(d: &Divergence) -> bool {
    let catches_later = |t: &[Event], c: Event| {
        t.iter().skip(d.index).take_while(|e| !matches!(e, Event::Outcome { .. })).any(|e| *e == c)
    };
    match (d.expected_event(), d.actual_event()) {
        (Some(c @ Event::Caught { .. }), _) => !catches_later(d.actual, c),
        (_, Some(c @ Event::Caught { .. })) => !catches_later(d.expected, c),
        _ => false,
    }
}

/// `None` for a value, else which failure.
fn kind(r: Result<i32, Failure>) -> Option<Discriminant<Failure>> {
    r.err().map(|f| discriminant(&f))
}

fn show(r: Result<i32, Failure>) -> String {
    match r {
        Ok(v) => format!("a return ({v})"),
        Err(f) => format!("`{f}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oracle::testing::trace;

    #[test]
    fn explain_takes_results_of_another_kind_and_wrong_catches() {
        let model = trace("driver[0] => panic(3)");
        let why = explain(&Divergence::new(&model, &trace("driver[0] => aborted(unreachable)"))).unwrap();
        assert_eq!(why, "`panic(3)` surfaced as `aborted(unreachable)`: panics, foreign exceptions and aborts are never one for another");
        let model = trace("host throw 7\ndriver[0] => foreign(7)");
        let caught = trace("host throw 7\n[0] caught -1");
        let why = explain(&Divergence::new(&model, &caught)).unwrap();
        assert_eq!(why, "catch_unwind caught -1 where the model lets the exception pass: it catches panics only");
    }

    #[test]
    fn an_abort_that_does_not_happen_is_classification() {
        // A destructor panicking while unwinding must abort; if the engine
        // lets the second panic unwind instead, it surfaces as a panic.
        let model = trace("[0] panic 4\n[0] guard- 1\n[0] panic 8\n[0] abort panic_in_drop\nhook [0]\ndriver[0] => aborted(unreachable)");
        let engine = trace("[0] panic 4\n[0] guard- 1\n[0] panic 8\ndriver[0] => panic(8)");
        let why = explain(&Divergence::new(&model, &engine)).unwrap();
        assert!(why.starts_with("the model aborts here (panic_in_drop) and the engine does not: the call surfaced as `panic(8)`"), "{why}");
        // An engine that aborts, only later, is not this.
        let later = trace("[0] panic 4\n[0] guard- 1\n[0] panic 8\n[0] guard- 2\ndriver[0] => aborted(unreachable)");
        assert_eq!(abort_not_aborting(&Divergence::new(&model, &later)), None);
    }

    #[test]
    fn an_exception_abort_on_one_side_and_an_abort_taken_for_an_exception_are_classification() {
        // The glue must abort on an exception that is not $wrapped.
        let model = trace("host throw unknown_tag 2\nuncaught exception [0]\nhook [0]\ndriver[0] => unknown_tag(2)");
        let engine = trace("host throw unknown_tag 2\ndriver[0] => unknown_tag(2)");
        let why = explain(&Divergence::new(&model, &engine)).unwrap();
        assert!(why.starts_with("an exception under a tag other than $wrapped leaving an export of epoch 0 is an abort"), "{why}");
        // The import wrapper trapped on it: the pad and the uncaught abort
        // give way to a hook, the call ends in an abort.
        let model = trace("host throw foreign_panic 3\n[0] guard- 1\nuncaught exception [0]\nhook [0]\ndriver[0] => foreign_panic(3)");
        let engine = trace("host throw foreign_panic 3\nhook [0]\ndriver[0] => aborted(unreachable)");
        let d = Divergence::new(&model, &engine);
        assert_eq!(super::super::hook::explain(&d), None);
        assert_eq!(super::super::destructors::explain(&d), None);
        let why = explain(&d).unwrap();
        assert_eq!(why, "the exception thrown into Wasm at event 0 must unwind as an exception; the engine's call trapped on it");
        // The same call, with a pad that runs first in both: the results differ later.
        let model = trace("[0] guard- 1\nuncaught exception [0]\nhook [0]\ndriver[0] => foreign_panic(3)");
        let engine = trace("[0] guard- 1\nhook [0]\ndriver[0] => aborted(unreachable)");
        let why = explain(&Divergence::new(&model, &engine)).unwrap();
        assert!(why.starts_with("an exception under a tag other than $wrapped"), "{why}");
    }

    #[test]
    fn explain_leaves_a_catch_both_sides_make() {
        // The engine skipped a pad before the catch: the catch is the same.
        let model = trace("[0] panic 11\n[0] guard- 4\n[0] caught 11");
        assert_eq!(explain(&Divergence::new(&model, &trace("[0] panic 11\n[0] caught 11"))), None);
    }

    #[test]
    fn explain_leaves_results_of_the_same_kind() {
        let model = trace("driver[0] => panic(3)");
        assert_eq!(explain(&Divergence::new(&model, &trace("driver[0] => panic(4)"))), None);
        let model = trace("driver[0] => ok(1)");
        assert_eq!(explain(&Divergence::new(&model, &trace("driver[0] => ok(2)"))), None);
    }
}
