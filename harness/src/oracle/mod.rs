//! The oracle: compares each engine run's trace with the model's and with
//! the other runs', and explains a mismatch by the property it breaks
//! (`properties`, tried in [`EXPLANATION_ORDER`]), the first diverging event
//! and both traces around it.

pub mod mutants;
pub mod properties;
#[cfg(test)]
mod testing;

pub use properties::{Divergence, Property, Violation};

use crate::compile::Encoding;
use crate::engine::{EngineError, Family};
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

    /// The engine family whose divergence this is: every run that departs
    /// from the model is of that family, and a run of another family matches
    /// it. `None` where no run matches the model (the protocol's question,
    /// or a shared misreading) or several families depart alike.
    pub fn engine_family(&self) -> Option<Family> {
        let Verdict::Mismatch(m) = self else { return None };
        let family = |r: &RunId| crate::engine::registration(&r.engine).map(|r| r.family);
        let first = family(m.runs.first()?)?;
        let one_family = m.runs.iter().all(|r| family(r) == Some(first));
        let others_agree = m.agreeing.iter().any(|r| family(r).is_some_and(|f| f != first));
        (one_family && others_agree).then_some(first)
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
                match m.property {
                    Property::Unexplained => writeln!(f, "unexplained divergence on {}", runs.join(", "))?,
                    p => writeln!(f, "property {p} broken on {}", runs.join(", "))?,
                }
                if !m.agreeing.is_empty() {
                    let ok: Vec<String> = m.agreeing.iter().map(|r| r.to_string()).collect();
                    writeln!(f, "  matching the model: {}", ok.join(", "))?;
                }
                if let Some(family) = self.engine_family() {
                    writeln!(f, "  {}'s divergence: only that engine family departs from the model", family.name())?;
                }
                writeln!(f, "  {}", m.message)?;
                write!(f, "{}", m.context)
            }
        }
    }
}

/// Judge a case: every run against the model, and the runs with each other
/// (agreement). Returns one verdict per distinct failure (runs failing the
/// same way are grouped).
pub fn judge(model: &Trace, runs: &[Run]) -> Vec<Verdict> {
    let mut verdicts: Vec<Verdict> = Vec::new();
    let agreeing: Vec<RunId> =
        runs.iter().filter(|r| matches!(&r.result, Ok(t) if t == model)).map(|r| r.id.clone()).collect();
    for run in runs {
        match &run.result {
            Err(error) => verdicts.push(Verdict::EngineFailure { run: run.id.clone(), error: error.clone() }),
            Ok(t) if t == model => {}
            Ok(t) => {
                let others: Vec<(&RunId, &[Event])> = runs
                    .iter()
                    .filter(|r| r.id != run.id)
                    .filter_map(|r| r.result.as_ref().ok().map(|t| (&r.id, t.0.as_slice())))
                    .collect();
                let mut m = explain_among(&model.0, &t.0, &others);
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
/// (Issue 13) First the tasks' own promises: a settlement the model makes
/// where the engine's task ends hung, and a second settlement. Both rules
/// name the one event they are about (the task's settlement), so nothing
/// later explains it better.
///
/// Single-trace checks come first ([`properties::intrinsic`]) when they
/// break at or before the first divergence: what a run's trace breaks by
/// itself needs no model to be believed. Among them the earliest event wins,
/// ties go by this order. A single-trace violation only after the first
/// divergence is a consequence of what diverged there: the divergence rules
/// below (properties 1-5 and 7) name it if one explains it, and the later
/// violation only otherwise, before agreement and unexplained. The
/// divergence rules, in this order:
/// - reset first: resets, reinit requests and stale refusals are events no
///   other property is about, and a fresh instance that shows the old one's
///   state or flag would otherwise pass for a hook, validity or
///   classification failure. Its rule leaves a hook facing a reset to the
///   hook (the guard fires the hook before it resets), and a stale refusal
///   where the model refuses as terminated to nothing after abort (the
///   guard, checked first, did not refuse). Before validity in
///   particular: the first state a fresh instance shows is the reset's
///   promise, even when a caught panic came in between;
/// - hook: a hook is one glue event that either fired or did not, and
///   when it is missing the outcome after it usually differs too. It leaves
///   to the properties after it a hook that differs because the call ends
///   in an abort on one side only (`properties::abort_differs`: the glue
///   saw an abort or did not), because the model ends the call there after
///   an earlier abort and the engine runs on (`ran_on_after_abort`), or
///   because the engine trapped on an exception the host threw into Wasm
///   (`exception_taken_for_trap`);
/// - nothing after abort before destructors: a landing pad that runs where
///   the call should have aborted is property 3 ("outer frames run no
///   landing pads"), not a miscounted destructor; so is a call into an
///   instance that had aborted in this driver step that does not end in an
///   abort, or whose code runs on where the model ends it (the import
///   wrapper's terminated check). Both leave a divergence where
///   catch_unwind decided otherwise to classification
///   (`classification::catch_differs`): what runs next, a pad or code
///   after a refusal, follows from that;
/// - destructors: a guard event on one side, unless the engine's call
///   trapped where the model's goes on unwinding (then the pad is not at
///   fault: classification's);
/// - validity after panic before classification: after a caught panic, a
///   call that fails where the model runs it means the panic left the
///   instance unusable, not that one failure was taken for another;
/// - payload before classification: a catch, or a panic result, on both
///   sides with another payload is the right thing happening to the wrong
///   value (classification would take the catch as one made on one side
///   only); a result of another kind it leaves to classification;
/// - classification: results of different kinds, an uncaught-exception
///   abort on one side, an exception taken for a trap, a call ending in an
///   abort on one side only;
/// - agreement only after every property that says what went wrong: it
///   says only that the runs disagree with each other;
/// - unexplained last: it takes every divergence (all runs alike, nothing
///   explains it).
pub const EXPLANATION_ORDER: [Property; 11] = [
    Property::HungTask,
    Property::SettledTwice,
    Property::Reset,
    Property::Hook,
    Property::NothingAfterAbort,
    Property::Destructors,
    Property::ValidityAfterPanic,
    Property::Payload,
    Property::Classification,
    Property::Agreement,
    Property::Unexplained,
];

/// Explain how `actual` departs from `expected`, with no other runs to
/// compare with: a divergence no property explains is `Unexplained` (see
/// [`judge`] for agreement).
pub fn explain(expected: &[Event], actual: &[Event]) -> Mismatch {
    explain_among(expected, actual, &[])
}

/// Explain how `actual` departs from `expected`; `others` are the traces of
/// the case's other runs.
fn explain_among(expected: &[Event], actual: &[Event], others: &[(&RunId, &[Event])]) -> Mismatch {
    let d = Divergence::new(expected, actual).among(others);
    let intrinsic = properties::intrinsic(actual);
    let by_rule = || {
        EXPLANATION_ORDER
            .iter()
            .filter(|p| !matches!(p, Property::Agreement | Property::Unexplained))
            .find_map(|p| Some((*p, format!("{}: {}", d.describe(), p.rule()?(&d)?))))
    };
    let fallback = || {
        EXPLANATION_ORDER
            .iter()
            .find_map(|p| Some((*p, format!("{}: {}", d.describe(), p.rule()?(&d)?))))
            // Not reached: the last property takes every divergence.
            .unwrap_or((Property::Unexplained, d.describe()))
    };
    let from_check = |v: &properties::Violation| (v.property, format!("{} (event {}); {}", v.message, v.at, d.describe()));
    let (property, message) = match &intrinsic {
        // What the trace breaks by itself, at or before the divergence.
        Some(v) if v.at <= d.index => from_check(v),
        // Broken only later: the divergence is the first evidence, and a
        // property that explains it names it; else the later violation.
        Some(v) => by_rule().unwrap_or_else(|| from_check(v)),
        None => fallback(),
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
    use crate::oracle::testing::trace;

    fn run(name: &str, t: &str) -> Run {
        Run { id: RunId { engine: name.into(), encoding: Encoding::Exnref }, result: Ok(Trace(trace(t))) }
    }

    fn mismatch(v: &Verdict) -> &Mismatch {
        let Verdict::Mismatch(m) = v else { panic!("{v}") };
        m
    }

    #[test]
    fn equal_traces_pass() {
        let t = "driver[0] => ok(1)";
        assert!(judge(&Trace(trace(t)), &[run("a", t), run("b", t)]).is_empty());
    }

    #[test]
    fn runs_diverging_alike_are_grouped_and_named() {
        let (model, wrong) = ("driver[0] => panic(3)", "driver[0] => aborted(unreachable)");
        let v = judge(&Trace(trace(model)), &[run("good", model), run("bad", wrong), run("bad2", wrong)]);
        assert_eq!(v.len(), 1);
        let m = mismatch(&v[0]);
        assert_eq!(m.property, Property::Classification);
        assert_eq!(m.agreeing[0].engine, "good");
        assert_eq!(v[0].failing_runs().len(), 2);
        let shown = v[0].to_string();
        assert!(shown.starts_with("property 5 (classification) broken on bad/exnref, bad2/exnref\n"), "{shown}");
        assert!(shown.contains("first divergence at event 0: expected `driver[0] => panic(3)`, got `driver[0] => aborted(unreachable)`"), "{shown}");
    }

    #[test]
    fn intrinsic_violation_wins_and_names_the_divergence() {
        let model = trace("[0] guard+ 1\n[0] panic 1\n[0] guard- 1");
        let m = explain(&model, &model[..2]);
        assert_eq!((m.property, m.index), (Property::Destructors, 2));
        assert_eq!(m.message, "guard 1 of epoch 0 never dropped although its instance never aborted (event 2); first divergence at event 2: expected `[0] guard- 1`, got `<end of trace>`");
        assert!(m.context.contains(">>   2 [0] guard- 1"), "{}", m.context);
    }

    #[test]
    fn a_run_that_disagrees_with_another_and_nothing_explains_is_agreement() {
        let (model, other) = ("driver[0] => ok(1)", "driver[0] => ok(2)");
        let v = judge(&Trace(trace(model)), &[run("good", model), run("bad", other)]);
        let m = mismatch(&v[0]);
        assert_eq!(v[0].label(), "p6-agreement");
        assert_eq!(m.message, "first divergence at event 0: expected `driver[0] => ok(1)`, got `driver[0] => ok(2)`: the runs disagree: good/exnref produced other traces, and no property explains how");
    }

    #[test]
    fn runs_that_all_agree_against_the_model_are_unexplained_not_agreement() {
        let (model, other) = ("driver[0] => ok(1)", "driver[0] => ok(2)");
        for runs in [vec![run("a", other)], vec![run("a", other), run("b", other)]] {
            let v = judge(&Trace(trace(model)), &runs);
            assert_eq!(v.len(), 1);
            assert_eq!(v[0].label(), "p0-unexplained");
            assert!(v[0].to_string().starts_with("unexplained divergence on a/exnref"), "{}", v[0]);
            assert!(mismatch(&v[0])
                .message
                .ends_with("no property explains it: a bug in the model, or in every implementation alike"));
        }
        // Without other runs, `explain` cannot call it agreement either.
        assert_eq!(explain(&trace(model), &trace(other)).property, Property::Unexplained);
    }

    /// Divergences that two properties' rules explain: the earlier in
    /// EXPLANATION_ORDER names them.
    #[test]
    fn the_earlier_property_in_the_order_wins() {
        let panicked = "[0] enter e0\n[0] panic 1\ndriver[0] => panic(1)\n";
        let cases = [
            // The first state after a reset, with a panic in between.
            (
                "reset -> [1]\ndriver[0] => done\n[1] enter e0\n[1] panic 3\ndriver[1] => panic(3)\ndriver[2] => ok(0)",
                "reset -> [1]\ndriver[0] => done\n[1] enter e0\n[1] panic 3\ndriver[1] => panic(3)\ndriver[2] => ok(7)",
                [Property::Reset, Property::ValidityAfterPanic],
            ),
            // A handle of the current epoch refused as stale: also a value taken for a failure.
            ("driver[0] => ok(1)", "driver[0] => stale", [Property::Reset, Property::Classification]),
            // Stale where the call guard should refuse: also two failure kinds.
            ("driver[0] => terminated", "driver[0] => stale", [Property::NothingAfterAbort, Property::Classification]),
            // A failed call after a panic: also a value taken for a failure.
            (
                &format!("{panicked}driver[1] => ok(5)"),
                &format!("{panicked}driver[1] => aborted(unreachable)"),
                [Property::ValidityAfterPanic, Property::Classification],
            ),
        ];
        for (model, actual, both) in cases {
            let (model, actual) = (trace(model), trace(actual));
            let d = Divergence::new(&model, &actual);
            let matching: Vec<Property> =
                EXPLANATION_ORDER.into_iter().filter(|p| p.rule().is_some_and(|r| r(&d).is_some())).collect();
            assert_eq!(matching[..2], both, "{}", d.describe());
            assert_eq!(explain(&model, &actual).property, both[0], "{}", d.describe());
        }
    }

    #[test]
    fn single_trace_checks_at_the_same_event_go_by_the_order() {
        // A fresh instance firing its hook without an abort breaks the hook
        // check and the reset check at the same event: reset comes first.
        let t = trace("[0] abort unreachable\nhook [0]\ndriver[0] => aborted(unreachable)\nreset -> [1]\ndriver[1] => done\nhook [1]");
        let (hook, reset) = (properties::hook::check(&t).unwrap(), properties::reset::check(&t).unwrap());
        assert_eq!((hook.at, reset.at), (5, 5));
        assert_eq!(properties::intrinsic(&t), Some(reset));
    }

    /// A single-trace violation only after the first divergence is its
    /// consequence: the rule that explains the divergence names it.
    #[test]
    fn a_violation_after_the_divergence_yields_to_the_rule_that_explains_it() {
        // The import wrapper trapped on a raw $wrapped exception; later the
        // fresh instance of the hook's reinit does the same, which by itself
        // looks like a reset that kept the flag.
        let model = trace("[0] enter e0\nhost enter h0\nhost throw wrapped 34\ndriver[0] => foreign(34)\n[0] enter e0");
        let actual = trace(
            "[0] enter e0\nhost enter h0\nhost throw wrapped 34\nhook [0]\ndriver[0] => aborted(unreachable)\nreset -> [1]
             [1] enter e0\nhost enter h0\nhost throw wrapped 34\nhook [1]\ndriver[1] => aborted(unreachable)",
        );
        assert_eq!(properties::intrinsic(&actual).map(|v| (v.property, v.at)), Some((Property::Reset, 9)));
        let m = explain(&model, &actual);
        assert_eq!((m.property, m.index), (Property::Classification, 3), "{}", m.message);
        // With no rule for the divergence, the later violation names it.
        let model = trace("driver[0] => ok(1)\ndriver[1] => ok(1)");
        let actual = trace("driver[0] => ok(2)\nhook [0]");
        assert_eq!(explain(&model, &actual).property, Property::Hook);
    }

    #[test]
    fn running_on_where_the_call_aborted_is_nothing_after_abort() {
        let model = trace("host exit h0\ndriver[0] => aborted(unreachable)");
        let actual = trace("host exit h0\nhost enter h2");
        assert_eq!(explain(&model, &actual).property, Property::NothingAfterAbort);
    }
}
