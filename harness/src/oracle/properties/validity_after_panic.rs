//! Property 2, validity after panic: a call ending in `PanicError` leaves the
//! instance usable, and the next calls see the state the model predicts.
//!
//! No single trace shows it: what state is right needs the model. A
//! divergence after a call (driver or host) ended in `PanicError` on the
//! same instance, i.e. since the last reset ([`explain`]): a state or value
//! the model does not predict, or a call that fails where the model runs it.

use super::{result_of, Divergence};
use crate::trace::{Event, Failure, Outcome};

/// A state or value that differs, or a failed call, after a `PanicError`.
pub fn explain(d: &Divergence) -> Option<String> {
    let prefix = d.prefix();
    let since_reset = prefix.iter().rposition(|e| matches!(e, Event::Reset { .. })).map_or(0, |r| r + 1);
    let at = (since_reset..prefix.len()).rev().find(|&i| ended_in_panic(prefix[i]))?;
    let (exp, act) = (d.expected_event()?, d.actual_event()?);
    // Where the model returns a value or enters the export, a failure means
    // the instance was left unusable.
    let runs = matches!(exp, Event::Enter { .. }) || matches!(result_of(exp), Some(Ok(_)));
    match result_of(act) {
        Some(Err(f)) if runs => {
            Some(format!("the instance must stay usable after the PanicError at event {at}, but the call failed ({f})"))
        }
        _ if observes_state(exp) && observes_state(act) => {
            Some(format!("after the PanicError at event {at} the instance must show the state the model predicts"))
        }
        _ => None,
    }
}

/// A call surfaced a `PanicError`: to the driver, or to a host `try`.
fn ended_in_panic(e: Event) -> bool {
    matches!(
        e,
        Event::Outcome { outcome: Outcome::Failed(Failure::Panic(_)), .. }
            | Event::Catch { failure: Failure::Panic(_) }
    )
}

/// A state change or a value a call returned (an export returns its state).
fn observes_state(e: Event) -> bool {
    matches!(e, Event::State { .. } | Event::HostReturn { .. } | Event::Outcome { outcome: Outcome::Value(_), .. })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oracle::testing::trace;

    const PANICKED: &str = "[0] enter e0\n[0] panic 1\ndriver[0] => panic(1)\n";

    #[test]
    fn explain_takes_wrong_state_and_failed_calls_after_a_panic() {
        let model = trace(&format!("{PANICKED}driver[1] => ok(5)"));
        let wrong = trace(&format!("{PANICKED}driver[1] => ok(4)"));
        let why = explain(&Divergence::new(&model, &wrong)).unwrap();
        assert_eq!(why, "after the PanicError at event 2 the instance must show the state the model predicts");
        let model = trace(&format!("{PANICKED}[0] enter e1"));
        let refused = trace(&format!("{PANICKED}driver[1] => terminated"));
        let why = explain(&Divergence::new(&model, &refused)).unwrap();
        assert_eq!(
            why,
            "the instance must stay usable after the PanicError at event 2, but the call failed (terminated)"
        );
    }

    #[test]
    fn explain_leaves_divergences_without_a_panic_on_the_instance() {
        let model = trace("driver[0] => ok(5)");
        assert_eq!(explain(&Divergence::new(&model, &trace("driver[0] => ok(4)"))), None);
        // A reset since the panic: a fresh instance is not the panicked one.
        let model = trace(&format!("{PANICKED}reset -> [1]\ndriver[1] => done\ndriver[2] => ok(5)"));
        let wrong = trace(&format!("{PANICKED}reset -> [1]\ndriver[1] => done\ndriver[2] => ok(4)"));
        assert_eq!(explain(&Divergence::new(&model, &wrong)), None);
    }
}
