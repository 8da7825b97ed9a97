//! Property 5, classification: panics surface as `PanicError`, foreign
//! exceptions as themselves, aborts as aborts — never one for another.
//!
//! No single trace shows it: what a call should end in needs the model. A
//! divergence ([`explain`]) where `catch_unwind` caught on one side only
//! ([`catch_differs`]; a catch that comes on both sides, one of them later,
//! is the same catch with something else before it), or where both sides report a result (a value, or a failure to the driver or a
//! host `try`) of different kinds: a value for a failure, a panic for an
//! abort, a foreign value for a copy of it, and so on. A stale-handle
//! refusal is not a kind this property knows: the reset property, tried
//! before, takes it.

use super::{result_of, Divergence};
use crate::trace::{Event, Failure};
use std::mem::{discriminant, Discriminant};

/// `catch_unwind` caught on one side only, or results of different kinds.
pub fn explain(d: &Divergence) -> Option<String> {
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
    let want = result_of(d.expected_event()?)?;
    let got = result_of(d.actual_event()?)?;
    (kind(want) != kind(got)).then(|| {
        format!(
            "{} surfaced as {}: panics, foreign exceptions and aborts are never one for another",
            show(want),
            show(got)
        )
    })
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
