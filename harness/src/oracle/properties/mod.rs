//! The oracle's properties (DESIGN.md §2), one module each. A module owns
//! everything about its property: what it promises, its single-trace check
//! if one trace can break it ([`Check`]), its rule for explaining a
//! divergence from the model if it has one ([`Rule`]), and their tests.
//! `super::EXPLANATION_ORDER` is the order in which they are tried.

pub mod agreement;
pub mod classification;
pub mod destructors;
pub mod hook;
pub mod nothing_after_abort;
pub mod reset;
pub mod validity_after_panic;

use super::RunId;
use crate::trace::{Event, Failure, Outcome};
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
    /// Property 6: all engines and both encodings produce the same trace;
    /// reported only when the runs disagree with each other.
    Agreement,
    /// Property 7 (issue 12): a scheduled reinit takes effect at the next
    /// call, a reset gives fresh state, handles of an old epoch are stale.
    Reset,
    /// Number 0, not a property: every run differs from the model the same
    /// way and no property explains it (a bug in the model, or in every
    /// implementation alike).
    Unexplained,
}

impl Property {
    /// Every value, by number (the index).
    pub const ALL: [Property; 8] = [
        Property::Unexplained,
        Property::Destructors,
        Property::ValidityAfterPanic,
        Property::NothingAfterAbort,
        Property::Hook,
        Property::Classification,
        Property::Agreement,
        Property::Reset,
    ];

    pub fn number(self) -> u8 {
        Property::ALL.iter().position(|p| *p == self).unwrap() as u8
    }

    pub fn name(self) -> &'static str {
        match self {
            Property::Destructors => "destructors",
            Property::ValidityAfterPanic => "validity-after-panic",
            Property::NothingAfterAbort => "nothing-after-abort",
            Property::Hook => "hook",
            Property::Classification => "classification",
            Property::Agreement => "agreement",
            Property::Reset => "reset",
            Property::Unexplained => "unexplained",
        }
    }

    pub fn from_name(s: &str) -> Option<Property> {
        Property::ALL.into_iter().find(|p| p.name() == s)
    }

    /// The property's single-trace check, if one trace can break it.
    pub fn check(self) -> Option<Check> {
        match self {
            Property::Destructors => Some(destructors::check),
            Property::NothingAfterAbort => Some(nothing_after_abort::check),
            Property::Hook => Some(hook::check),
            Property::Reset => Some(reset::check),
            _ => None,
        }
    }

    /// The property's divergence rule, if it explains divergences.
    pub fn rule(self) -> Option<Rule> {
        match self {
            Property::Destructors => Some(destructors::explain),
            Property::ValidityAfterPanic => Some(validity_after_panic::explain),
            Property::NothingAfterAbort => Some(nothing_after_abort::explain),
            Property::Hook => Some(hook::explain),
            Property::Classification => Some(classification::explain),
            Property::Agreement => Some(agreement::explain),
            Property::Reset => Some(reset::explain),
            Property::Unexplained => Some(agreement::unexplained),
        }
    }
}

/// A single-trace check: the first event of the trace that breaks the property.
pub type Check = fn(&[Event]) -> Option<Violation>;

/// A divergence rule: why the property explains the divergence, if it does.
pub type Rule = fn(&Divergence) -> Option<String>;

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

/// Where a run's trace first departs from the model's: what divergence rules
/// look at.
#[derive(Clone, Copy, Debug)]
pub struct Divergence<'a> {
    pub expected: &'a [Event],
    pub actual: &'a [Event],
    /// Index of the first differing event (the shorter length when one
    /// trace is a prefix of the other).
    pub index: usize,
    /// The traces of the case's other runs (for agreement).
    pub others: &'a [(&'a RunId, &'a [Event])],
}

impl<'a> Divergence<'a> {
    pub fn new(expected: &'a [Event], actual: &'a [Event]) -> Self {
        let shorter = expected.len().min(actual.len());
        let index = expected.iter().zip(actual).position(|(a, b)| a != b).unwrap_or(shorter);
        Divergence { expected, actual, index, others: &[] }
    }

    /// The same divergence, with the traces of the case's other runs.
    pub fn among(self, others: &'a [(&'a RunId, &'a [Event])]) -> Self {
        Divergence { others, ..self }
    }

    /// The model's event at the divergence (`None`: its trace ended).
    pub fn expected_event(&self) -> Option<Event> {
        self.expected.get(self.index).copied()
    }

    /// The run's event at the divergence (`None`: its trace ended).
    pub fn actual_event(&self) -> Option<Event> {
        self.actual.get(self.index).copied()
    }

    /// The events both traces share.
    pub fn prefix(&self) -> &'a [Event] {
        &self.expected[..self.index]
    }

    /// Whether the event on either side of the divergence satisfies `f`.
    pub fn either(&self, f: impl Fn(&Event) -> bool) -> bool {
        self.expected_event().is_some_and(|e| f(&e)) || self.actual_event().is_some_and(|e| f(&e))
    }

    /// The divergence in words: where, and both events.
    pub fn describe(&self) -> String {
        let show = |e: Option<Event>| e.map_or("<end of trace>".to_string(), |e| e.to_string());
        format!(
            "first divergence at event {}: expected `{}`, got `{}`",
            self.index,
            show(self.expected_event()),
            show(self.actual_event())
        )
    }
}

/// The result an event reports, if it reports one: a value or a failure.
pub fn result_of(e: Event) -> Option<Result<i32, Failure>> {
    match e {
        Event::Outcome { outcome: Outcome::Value(v), .. } => Some(Ok(v)),
        Event::Outcome { outcome: Outcome::Failed(f), .. } => Some(Err(f)),
        Event::HostReturn { value, .. } => Some(Ok(value)),
        Event::Catch { failure } => Some(Err(failure)),
        _ => None,
    }
}

/// The epoch an event marks as aborted: an abort, the host writing the
/// flag, or the hook firing for the epoch.
fn abort_marker(e: &Event) -> Option<i32> {
    match *e {
        Event::Abort { epoch, .. } | Event::Terminate { epoch } | Event::Hook { epoch } => Some(epoch),
        _ => None,
    }
}

/// All single-trace checks, earliest violation first; at the same event the
/// property earlier in `super::EXPLANATION_ORDER` wins.
pub fn intrinsic(trace: &[Event]) -> Option<Violation> {
    super::EXPLANATION_ORDER.iter().filter_map(|p| p.check()).filter_map(|check| check(trace)).min_by_key(|v| v.at)
}
