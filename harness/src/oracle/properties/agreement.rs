//! Property 6, agreement: all engines and both EH encodings produce the same
//! trace. And its counterpart, [`Property::Unexplained`](super::Property).
//!
//! No single trace shows it, and the model does not decide it: the runs do.
//! It is tried after every other property ([`explain`]) and names a
//! divergence only when the runs of the case disagree with each other: some
//! other run produced another trace (the model's, or a third one). It is
//! never a label for "differs from the model" as such.
//!
//! When every run produced the same trace and it differs from the model in a
//! way no property explains, nobody disagrees: the model is wrong, or every
//! implementation is wrong alike. That is [`unexplained`], tried last, which
//! takes every divergence.

use super::Divergence;

/// Some other run of the case produced another trace.
pub fn explain(d: &Divergence) -> Option<String> {
    let differ: Vec<String> = d.others.iter().filter(|(_, t)| *t != d.actual).map(|(id, _)| id.to_string()).collect();
    (!differ.is_empty()).then(|| {
        format!("the runs disagree: {} produced other traces, and no property explains how", differ.join(", "))
    })
}

/// Every run differs from the model alike; nothing explains it.
pub fn unexplained(_: &Divergence) -> Option<String> {
    Some(
        "every run differs from the model the same way and no property explains it: \
         a bug in the model, or in every implementation alike"
            .into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::Encoding;
    use crate::oracle::testing::trace;
    use crate::oracle::RunId;

    #[test]
    fn explain_takes_runs_that_disagree_with_each_other() {
        let (model, actual) = (trace("driver[0] => ok(1)"), trace("driver[0] => ok(2)"));
        let other = RunId { engine: "v8".into(), encoding: Encoding::Legacy };
        let others = [(&other, model.as_slice())];
        let why = explain(&Divergence::new(&model, &actual).among(&others)).unwrap();
        assert_eq!(why, "the runs disagree: v8/legacy produced other traces, and no property explains how");
    }

    #[test]
    fn explain_leaves_runs_that_all_agree() {
        let (model, actual) = (trace("driver[0] => ok(1)"), trace("driver[0] => ok(2)"));
        let same = RunId { engine: "v8".into(), encoding: Encoding::Exnref };
        let others = [(&same, actual.as_slice())];
        assert_eq!(explain(&Divergence::new(&model, &actual).among(&others)), None);
        assert_eq!(explain(&Divergence::new(&model, &actual)), None);
        let why = unexplained(&Divergence::new(&model, &actual)).unwrap();
        assert!(why.starts_with("every run differs from the model the same way"), "{why}");
    }
}
