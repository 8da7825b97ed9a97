//! The oracle's properties (DESIGN.md §2), one module each. A module owns
//! everything about its property: what it promises, its single-trace check
//! if one trace can break it ([`Check`]), its rule for explaining a
//! divergence from the model if it has one ([`Rule`]), and their tests.
//! `super::EXPLANATION_ORDER` is the order in which they are tried.

pub mod agreement;
pub mod classification;
pub mod destructors;
pub mod hook;
pub mod hung_task;
pub mod nothing_after_abort;
pub mod payload;
pub mod reset;
pub mod settled_twice;
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
    /// Property 8 (issue 13): every task's promise settles; one still
    /// pending when the driver is done, awaiting nothing, is a hung task.
    HungTask,
    /// Property 9 (issue 13): a task's promise settles once.
    SettledTwice,
    /// Property 10 (issue 19): a panic keeps its payload from `panic` to
    /// `PanicError`, through every landing pad, `catch_unwind`, export
    /// wrapper and the glue.
    Payload,
    /// Number 0, not a property: every run differs from the model the same
    /// way and no property explains it (a bug in the model, or in every
    /// implementation alike).
    Unexplained,
}

impl Property {
    /// Every value, by number (the index).
    pub const ALL: [Property; 11] = [
        Property::Unexplained,
        Property::Destructors,
        Property::ValidityAfterPanic,
        Property::NothingAfterAbort,
        Property::Hook,
        Property::Classification,
        Property::Agreement,
        Property::Reset,
        Property::HungTask,
        Property::SettledTwice,
        Property::Payload,
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
            Property::HungTask => "hung-task",
            Property::SettledTwice => "settled-twice",
            Property::Payload => "payload",
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
            Property::HungTask => Some(hung_task::check),
            Property::SettledTwice => Some(settled_twice::check),
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
            Property::HungTask => Some(hung_task::explain),
            Property::SettledTwice => Some(settled_twice::explain),
            Property::Payload => Some(payload::explain),
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

/// The result an event reports, if it reports one: a value or a failure
/// (of a call, or of how a task's promise settled).
pub fn result_of(e: Event) -> Option<Result<i32, Failure>> {
    match e {
        Event::Outcome { outcome: Outcome::Value(v), .. } | Event::TaskSettled { outcome: Outcome::Value(v), .. } => {
            Some(Ok(v))
        }
        Event::Outcome { outcome: Outcome::Failed(f), .. } | Event::TaskSettled { outcome: Outcome::Failed(f), .. } => {
            Some(Err(f))
        }
        Event::HostReturn { value, .. } => Some(Ok(value)),
        Event::Catch { failure } => Some(Err(failure)),
        _ => None,
    }
}

/// The epoch an event marks as aborted: an abort, the host writing the
/// flag, the glue aborting on an uncaught exception, or the hook firing for
/// the epoch.
fn abort_marker(e: &Event) -> Option<i32> {
    match *e {
        Event::Abort { epoch, .. } | Event::Terminate { epoch } | Event::Uncaught { epoch } | Event::Hook { epoch } => {
            Some(epoch)
        }
        _ => None,
    }
}

/// The first result (a value, or a failure to the driver or a host `try`)
/// a trace reports from `from` on, up to the end of that driver step.
fn next_result(trace: &[Event], from: usize) -> Option<Result<i32, Failure>> {
    for e in trace.iter().skip(from) {
        if let Some(r) = result_of(*e) {
            return Some(r);
        }
        if let Event::Outcome { .. } = e {
            return None;
        }
    }
    None
}

/// The hook at `at` is the glue's for a trap leaving a call: right after it
/// (past other hooks, of instances the trap also aborts) the call fails
/// with a trap. Whether the trap should have happened is not the hook's
/// question (nor the reset's).
fn hook_for_a_trap(trace: &[Event], at: usize) -> bool {
    let next = trace.iter().skip(at + 1).find(|e| !matches!(e, Event::Hook { .. }));
    matches!(next.copied().and_then(result_of), Some(Err(Failure::Trap(_))))
}

/// The engine's call traps right where an exception the host threw (or
/// rethrew) enters Wasm — a hook for a trap right after the throw — and the
/// model's does not: the exception was taken for a trap (classification's;
/// the pad the model runs next and the hook the engine fires are not at
/// fault).
pub fn exception_taken_for_trap(d: &Divergence) -> bool {
    matches!(d.actual_event(), Some(Event::Hook { .. }))
        && hook_for_a_trap(d.actual, d.index)
        && !matches!(d.expected_event(), Some(Event::Hook { .. }))
        && matches!(d.prefix().last(), Some(Event::Throw { .. } | Event::ThrowExn { .. } | Event::Catch { .. }))
}

/// An event of code running: Wasm, a host step, or a task let go on.
fn runs_code(e: &Event) -> bool {
    e.wasm_epoch().is_some()
        || matches!(
            e,
            Event::HostEnter { .. }
                | Event::HostExit { .. }
                | Event::HostReturn { .. }
                | Event::Throw { .. }
                | Event::ThrowExn { .. }
                | Event::Terminate { .. }
                | Event::TaskResumes { .. }
        )
}

/// The task running at each event of a trace (docs/protocol.md 18): from its
/// `starts` or `resumes` up to its `awaits` or its settling (the events of
/// the calls it makes, nested ones included, are its); `None` between
/// tasks. A task cut short without either (say a hung one) runs no further
/// than its driver step.
pub fn running_tasks(trace: &[Event]) -> Vec<Option<i32>> {
    let mut running = None;
    trace
        .iter()
        .map(|e| {
            match *e {
                Event::TaskStart { task } | Event::TaskResumes { task } => running = Some(task),
                _ => {}
            }
            let here = running;
            match *e {
                Event::TaskAwaits { task } | Event::TaskSettled { task, .. } if running == Some(task) => running = None,
                Event::Outcome { .. } | Event::EndResolve { .. } => running = None,
                _ => {}
            }
            here
        })
        .collect()
}

/// The tasks a trace abandons: settled as stale or terminated at a
/// resumption, or hung. Their futures stay in memory, never run again and
/// are never dropped (protocol.md 19).
pub fn abandoned_tasks(trace: &[Event]) -> std::collections::HashSet<i32> {
    trace
        .iter()
        .filter_map(|e| match *e {
            Event::TaskSettled { task, outcome: Outcome::Failed(Failure::Stale | Failure::Terminated) } | Event::Hung { task } => {
                Some(task)
            }
            _ => None,
        })
        .collect()
}

/// The model ends a call here in an abort — the glue fires the hook of an
/// epoch that aborted earlier in this driver step (its import wrapper found
/// the flag set), or the step fails with a trap — and the engine runs more
/// code instead: the epoch that ends the call. Nothing after abort's.
pub fn ran_on_after_abort(d: &Divergence) -> Option<i32> {
    if !d.actual_event().is_some_and(|e| runs_code(&e)) {
        return None;
    }
    let epoch = match d.expected_event()? {
        Event::Hook { epoch } => epoch,
        Event::Outcome { outcome: crate::trace::Outcome::Failed(Failure::Trap(_)), .. } => {
            entered_epoch(d.expected, d.index)?
        }
        _ => return None,
    };
    let start = d.prefix().iter().rposition(|e| matches!(e, Event::Outcome { .. })).map_or(0, |i| i + 1);
    d.prefix()[start..].iter().any(|e| abort_marker(e) == Some(epoch)).then_some(epoch)
}

/// The first results both sides report from the divergence on, when exactly
/// one of them is an abort (a trap): the call was taken for an abort on one
/// side only, and what came before on the way there (a landing pad that ran
/// or not, a hook that fired or not) follows from that. The properties of
/// those events leave such a divergence to classification, or to nothing
/// after abort when the instance had aborted already.
pub fn abort_differs(d: &Divergence) -> Option<(Result<i32, Failure>, Result<i32, Failure>)> {
    let want = next_result(d.expected, d.index)?;
    let got = next_result(d.actual, d.index)?;
    let trap = |r: &Result<i32, Failure>| matches!(r, Err(Failure::Trap(_)));
    (trap(&want) != trap(&got)).then_some((want, got))
}

/// The epoch the current driver step entered (its first Wasm event before
/// `index`), if it entered one.
fn entered_epoch(trace: &[Event], index: usize) -> Option<i32> {
    let start = trace[..index].iter().rposition(|e| matches!(e, Event::Outcome { .. })).map_or(0, |i| i + 1);
    trace[start..index].iter().find_map(|e| e.wasm_epoch())
}

/// All single-trace checks, earliest violation first; at the same event the
/// property earlier in `super::EXPLANATION_ORDER` wins.
pub fn intrinsic(trace: &[Event]) -> Option<Violation> {
    super::EXPLANATION_ORDER.iter().filter_map(|p| p.check()).filter_map(|check| check(trace)).min_by_key(|v| v.at)
}
