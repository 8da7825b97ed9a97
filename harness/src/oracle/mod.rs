//! The oracle: compares each engine run's trace with the model's (and so the
//! runs with each other), and explains a mismatch by the property it breaks,
//! the first diverging event and both traces around it.

pub mod properties;
#[cfg(test)]
mod testing;

pub use properties::{Divergence, Property, Violation};

use crate::compile::Encoding;
use crate::engine::EngineError;
use crate::trace::{Event, Trace};
use std::fmt::{self, Write};

/// One engine in one encoding.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct RunId {
    pub engine: String,
    pub encoding: Encoding,
}

impl fmt::Display for RunId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.engine, self.encoding.name())
    }
}

/// What one run produced.
#[derive(Clone, Debug)]
pub struct Run {
    pub id: RunId,
    pub result: Result<Trace, EngineError>,
}

/// Why a case failed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Verdict {
    /// A trace broke a property.
    Mismatch(Mismatch),
    /// An engine produced no trace (timeout, crash, rejected module).
    EngineFailure { run: RunId, error: EngineError },
}

impl Verdict {
    /// Short label for summaries and directory names.
    pub fn label(&self) -> String {
        match self {
            Verdict::Mismatch(m) => format!("p{}-{}", m.property.number(), m.property.name()),
            Verdict::EngineFailure { error, .. } => format!("engine-{}", error.kind()),
        }
    }

    /// Runs on the failing side.
    pub fn failing_runs(&self) -> Vec<RunId> {
        match self {
            Verdict::Mismatch(m) => m.runs.clone(),
            Verdict::EngineFailure { run, .. } => vec![run.clone()],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mismatch {
    pub property: Property,
    /// Runs whose traces differ from the model in this way.
    pub runs: Vec<RunId>,
    /// Runs that match the model.
    pub agreeing: Vec<RunId>,
    /// Index of the first diverging event.
    pub index: usize,
    pub expected: Option<Event>,
    pub actual: Option<Event>,
    pub message: String,
    /// Both traces around the divergence, side by side.
    pub context: String,
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Verdict::EngineFailure { run, error } => write!(f, "{run}: {error}"),
            Verdict::Mismatch(m) => {
                let runs: Vec<String> = m.runs.iter().map(|r| r.to_string()).collect();
                writeln!(f, "property {} broken on {}", m.property, runs.join(", "))?;
                if !m.agreeing.is_empty() {
                    let ok: Vec<String> = m.agreeing.iter().map(|r| r.to_string()).collect();
                    writeln!(f, "  matching the model: {}", ok.join(", "))?;
                }
                writeln!(f, "  {}", m.message)?;
                write!(f, "{}", m.context)
            }
        }
    }
}

/// Judge a case: every run against the model. Returns one verdict per
/// distinct failure (runs failing the same way are grouped).
pub fn judge(model: &Trace, runs: &[Run]) -> Vec<Verdict> {
    let mut verdicts: Vec<Verdict> = Vec::new();
    let agreeing: Vec<RunId> =
        runs.iter().filter(|r| matches!(&r.result, Ok(t) if t == model)).map(|r| r.id.clone()).collect();
    for run in runs {
        match &run.result {
            Err(error) => verdicts.push(Verdict::EngineFailure { run: run.id.clone(), error: error.clone() }),
            Ok(t) if t == model => {}
            Ok(t) => {
                let mut m = explain(&model.0, &t.0);
                m.runs = vec![run.id.clone()];
                m.agreeing = agreeing.clone();
                // Group with an earlier run that diverged identically.
                let same = verdicts.iter_mut().find_map(|v| match v {
                    Verdict::Mismatch(o)
                        if o.property == m.property
                            && o.index == m.index
                            && o.actual == m.actual
                            && o.expected == m.expected =>
                    {
                        Some(o)
                    }
                    _ => None,
                });
                match same {
                    Some(o) => o.runs.push(run.id.clone()),
                    None => verdicts.push(Verdict::Mismatch(m)),
                }
            }
        }
    }
    verdicts
}

/// The order in which properties are tried to explain a mismatch; the
/// first that explains it names it.
///
/// Single-trace checks come first ([`properties::intrinsic`]): what a run's
/// trace breaks by itself needs no model to be believed. Among them the
/// earliest event wins, ties go by this order. Then the divergence rules, in
/// this order:
/// - reset first: resets, reinit requests and stale refusals are events no
///   other property is about, and a fresh instance that shows the old one's
///   state or flag would otherwise pass for a hook, validity or
///   classification failure. Its rule leaves a hook facing a reset to the
///   hook (the guard fires the hook before it resets). Before validity in
///   particular: the first state a fresh instance shows is the reset's
///   promise, even when a caught panic came in between;
/// - hook: a hook is one glue event that either fired or did not, and
///   when it is missing the outcome after it usually differs too;
/// - nothing after abort before destructors: a landing pad that runs where
///   the call should have aborted is property 3 ("outer frames run no
///   landing pads"), not a miscounted destructor;
/// - destructors: a guard event on one side;
/// - validity after panic before classification: after a caught panic, a
///   call that fails where the model runs it means the panic left the
///   instance unusable, not that one failure was taken for another;
/// - classification: results of different kinds;
/// - what none explains is agreement.
pub const EXPLANATION_ORDER: [Property; 6] = [
    Property::Reset,
    Property::Hook,
    Property::NothingAfterAbort,
    Property::Destructors,
    Property::ValidityAfterPanic,
    Property::Classification,
];

/// Explain how `actual` departs from `expected`.
pub fn explain(expected: &[Event], actual: &[Event]) -> Mismatch {
    let d = Divergence::new(expected, actual);
    let (property, message) = match properties::intrinsic(actual) {
        Some(v) => (v.property, format!("{} (event {}); {}", v.message, v.at, d.describe())),
        None => EXPLANATION_ORDER
            .iter()
            .find_map(|p| Some((*p, format!("{}: {}", d.describe(), p.rule()?(&d)?))))
            .unwrap_or((Property::Agreement, d.describe())),
    };
    Mismatch {
        property,
        runs: vec![],
        agreeing: vec![],
        index: d.index,
        expected: d.expected_event(),
        actual: d.actual_event(),
        message,
        context: context(expected, actual, d.index),
    }
}

/// Both traces around `index`, side by side, the divergence marked.
pub fn context(expected: &[Event], actual: &[Event], index: usize) -> String {
    const BEFORE: usize = 6;
    const AFTER: usize = 6;
    let lo = index.saturating_sub(BEFORE);
    let hi = (index + AFTER + 1).min(expected.len().max(actual.len()));
    let cell = |t: &[Event], i: usize| t.get(i).map_or(String::new(), |e| e.to_string());
    let mut out = String::new();
    let _ = writeln!(out, "       {:<40} | actual", "expected (model)");
    for i in lo..hi {
        let mark = if i == index { ">>" } else { "  " };
        let _ = writeln!(out, "{mark}{i:>4} {:<40} | {}", cell(expected, i), cell(actual, i));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::{Failure, Outcome, TrapKind};

    fn run(name: &str, t: Vec<Event>) -> Run {
        Run { id: RunId { engine: name.into(), encoding: Encoding::Exnref }, result: Ok(Trace(t)) }
    }

    #[test]
    fn equal_traces_pass() {
        let t = vec![Event::Outcome { step: 0, outcome: Outcome::Value(1) }];
        assert!(judge(&Trace(t.clone()), &[run("a", t.clone()), run("b", t)]).is_empty());
    }

    #[test]
    fn classification_divergence_names_engines() {
        let model = vec![Event::Outcome { step: 0, outcome: Outcome::Failed(Failure::Panic(3)) }];
        let wrong = vec![Event::Outcome { step: 0, outcome: Outcome::Failed(Failure::Trap(TrapKind::Unreachable)) }];
        let v = judge(&Trace(model.clone()), &[run("good", model), run("bad", wrong.clone()), run("bad2", wrong)]);
        assert_eq!(v.len(), 1);
        let Verdict::Mismatch(m) = &v[0] else { panic!() };
        assert_eq!(m.property, Property::Classification);
        assert_eq!(m.runs.len(), 2);
        assert_eq!(m.agreeing[0].engine, "good");
        assert!(v[0].to_string().contains("bad/exnref, bad2/exnref"));
    }

    #[test]
    fn intrinsic_violation_wins() {
        let model = vec![
            Event::GuardNew { epoch: 0, id: 1 },
            Event::Panic { epoch: 0, payload: 1 },
            Event::GuardDrop { epoch: 0, id: 1 },
        ];
        let actual = vec![model[0], model[1]];
        let m = explain(&model, &actual);
        assert_eq!(m.property, Property::Destructors);
        assert_eq!(m.index, 2);
        assert!(m.context.contains(">>"));
    }

    #[test]
    fn running_on_where_the_call_aborted_is_nothing_after_abort() {
        let model = vec![
            Event::HostExit { import: 0 },
            Event::Outcome { step: 0, outcome: Outcome::Failed(Failure::Trap(TrapKind::Unreachable)) },
        ];
        let actual = vec![Event::HostExit { import: 0 }, Event::HostEnter { import: 2 }];
        assert_eq!(explain(&model, &actual).property, Property::NothingAfterAbort);
    }

    #[test]
    fn value_after_panic_is_validity() {
        let p = Event::Outcome { step: 0, outcome: Outcome::Failed(Failure::Panic(1)) };
        let model = vec![p, Event::Outcome { step: 1, outcome: Outcome::Value(5) }];
        let actual = vec![p, Event::Outcome { step: 1, outcome: Outcome::Value(4) }];
        assert_eq!(explain(&model, &actual).property, Property::ValidityAfterPanic);
    }
}
