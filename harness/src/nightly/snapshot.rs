//! The bench snapshot: `bench::throughput` for every engine alone (and the
//! in-process differential, wasmtime+v8) on the generated lane, a few
//! repetitions each so the next night can tell a change from noise.

use super::report::{BenchEntry, ThroughputChange};
use crate::guest::Lane;
use std::time::Duration;

/// Repetitions per engine set.
pub const REPS: usize = 3;

/// Changes smaller than this fraction are never reported.
pub const NOISE_FLOOR: f64 = 0.15;

/// The engine sets measured: each engine, then wasmtime+v8 if both run.
pub fn sets(engines: &[String]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = engines.iter().map(|e| vec![e.clone()]).collect();
    if ["wasmtime", "v8"].iter().all(|e| engines.iter().any(|x| x == e)) {
        out.push(vec!["wasmtime".into(), "v8".into()]);
    }
    out
}

/// Measure one set `REPS` times for `time` each (seed fixed: the same cases
/// every night).
pub fn measure(set: &[String], time: Duration) -> BenchEntry {
    let gen = Lane::GENERATED.gen_config(Default::default());
    let mut runs = Vec::new();
    let mut overheads = Vec::new();
    let mut error = None;
    for _ in 0..REPS {
        if crate::stop::requested().is_some() {
            error.get_or_insert_with(|| "stopped before every repetition ran".to_string());
            break;
        }
        match crate::bench::throughput(set, Lane::GENERATED, time, 1, &gen) {
            Ok(t) => {
                runs.push((t.per_sec() * 10.0).round() / 10.0);
                overheads.extend(t.overhead());
            }
            Err(e) => {
                error = Some(format!("{e:#}"));
                break;
            }
        }
    }
    BenchEntry {
        engines: set.to_vec(),
        lane: Lane::GENERATED.to_string(),
        cases_per_second: median(&runs),
        runs,
        floor_overhead: (!overheads.is_empty()).then(|| (median(&overheads) * 100.0).round() / 100.0),
        error,
    }
}

fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

/// Throughput changes beyond noise: the medians differ by more than the
/// larger of [`NOISE_FLOOR`] and twice either night's spread.
pub fn changes(before: &[BenchEntry], after: &[BenchEntry]) -> Vec<ThroughputChange> {
    let mut out = Vec::new();
    for a in after.iter().filter(|a| a.cases_per_second > 0.0) {
        let Some(b) = before.iter().find(|b| b.key() == a.key() && b.cases_per_second > 0.0) else { continue };
        let change = (a.cases_per_second - b.cases_per_second) / b.cases_per_second;
        let noise = NOISE_FLOOR.max(2.0 * a.spread().max(b.spread()));
        if change.abs() > noise {
            out.push(ThroughputChange { key: a.key(), before: b.cases_per_second, after: a.cases_per_second, change, noise });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(engine: &str, runs: &[f64]) -> BenchEntry {
        BenchEntry {
            engines: vec![engine.into()],
            lane: "generated".into(),
            cases_per_second: median(runs),
            runs: runs.to_vec(),
            floor_overhead: None,
            error: None,
        }
    }

    #[test]
    fn only_changes_beyond_noise_are_reported() {
        let before = [entry("a", &[1000.0, 1010.0, 990.0]), entry("b", &[1000.0, 1000.0, 1000.0]), entry("c", &[500.0, 1000.0, 1500.0])];
        let after = [entry("a", &[700.0, 705.0, 710.0]), entry("b", &[1100.0, 1100.0, 1100.0]), entry("c", &[300.0, 300.0, 300.0])];
        let c = changes(&before, &after);
        // a: -30% beyond the 15% floor; b: +10% within it; c: -70% within a spread of 100%.
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].key, "a [generated]");
        assert!((c[0].change + 0.295).abs() < 1e-9, "{}", c[0].change);
        assert_eq!(sets(&["v8".into(), "wasmtime".into()]).last().unwrap(), &["wasmtime".to_string(), "v8".to_string()]);
    }
}
