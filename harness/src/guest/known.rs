//! Known defects of the real toolchain: findings already made against a
//! real project (rustc, wasm-bindgen), each saved under
//! `corpus/regressions/<id>/` with its write-up and a node repro, and matched
//! here by the shape of its divergence. A real-lane case that runs into one
//! is reported as known (`XFAIL` in `reentry run`, counted under the defect
//! in campaigns) instead of as a new finding, so campaigns keep finding the
//! rest. A defect applies only to the toolchain versions it names: on a
//! fixed toolchain the same divergence is a finding again.

use crate::trace::{AbortCause, Event, Trace};

pub struct KnownDefect {
    /// Its directory under `corpus/regressions/`.
    pub id: &'static str,
    /// One line: what happens instead of what.
    pub summary: &'static str,
    /// `rustc -V` prefixes of the guest compilers that have it.
    pub rustc: &'static [&'static str],
    /// Whether a run's trace diverges from the model's the way this defect
    /// makes it diverge.
    pub matches: fn(expected: &[Event], actual: &[Event]) -> bool,
}

pub const KNOWN: &[KnownDefect] = &[KnownDefect {
    id: "rustc-1.96-wasm-no-terminate-in-cleanup",
    summary: "rustc 1.96 emits no terminate pad around a destructor called while unwinding on wasm: a \
              destructor that panics there does not abort (panic_in_drop) but replaces the unwinding \
              exception with its own panic",
    rustc: &["rustc 1.96."],
    matches: abort_in_drop_missing,
}];

/// The model aborts with `panic_in_drop` exactly where the run first
/// differs: the terminate pad that should have aborted did not.
fn abort_in_drop_missing(expected: &[Event], actual: &[Event]) -> bool {
    let at = expected.iter().zip(actual).position(|(a, b)| a != b).unwrap_or(expected.len().min(actual.len()));
    matches!(expected.get(at), Some(Event::Abort { cause: AbortCause::PanicInDrop, .. }))
}

/// The known defect (of a guest built by `rustc`, the `rustc -V` line) that
/// explains how `actual` departs from `expected`, if one does.
pub fn explain(rustc: &str, expected: &Trace, actual: &Trace) -> Option<&'static KnownDefect> {
    KNOWN
        .iter()
        .find(|d| d.rustc.iter().any(|v| rustc.starts_with(v)) && (d.matches)(&expected.0, &actual.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::Outcome;

    #[test]
    fn the_missing_terminate_pad_is_recognised_only_where_the_model_aborts() {
        let head = [Event::GuardNew { epoch: 0, id: 1 }, Event::Panic { epoch: 0, payload: 8 }];
        let mut expected = head.to_vec();
        expected.push(Event::Abort { epoch: 0, cause: AbortCause::PanicInDrop });
        let mut actual = head.to_vec();
        actual.push(Event::GuardDrop { epoch: 0, id: 1 });
        let (e, a) = (Trace(expected), Trace(actual));
        assert_eq!(explain("rustc 1.96.0 (ac68faa20 2026-05-25)", &e, &a).map(|d| d.id), Some(KNOWN[0].id));
        assert!(explain("rustc 1.97.0", &e, &a).is_none(), "a fixed toolchain makes it a finding again");
        // Any other divergence is not this defect.
        let mut other = head.to_vec();
        other.push(Event::Outcome { step: 0, outcome: Outcome::Value(1) });
        let o = Trace(vec![Event::Outcome { step: 0, outcome: Outcome::Value(2) }]);
        assert!(explain("rustc 1.96.0", &Trace(other), &o).is_none());
    }
}
