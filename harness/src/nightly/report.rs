//! `report.json`: what one nightly run did and found. Versioned
//! ([`SCHEMA`], [`SCHEMA_VERSION`]), documented in reports/README.md, with
//! its JSON Schema in reports/nightly.schema.json. It is read back as the
//! next night's baseline, so every type here also deserializes.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const SCHEMA: &str = "reentry-nightly";
/// Bumped on any change a consumer could notice (reports/README.md).
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Report {
    pub schema: String,
    pub schema_version: u32,
    pub reentry_version: String,
    /// The command line that made it.
    pub command: String,
    /// Seconds since the Unix epoch.
    pub started_at: u64,
    pub elapsed_seconds: f64,
    pub budget_seconds: f64,
    pub seed: u64,
    pub mutant: Option<String>,
    pub status: Status,
    /// Why the run is partial (`None` when complete).
    pub partial_reason: Option<String>,
    pub engines: Vec<EngineRow>,
    pub phases: Vec<Phase>,
    /// One per corpus program per engine per lane.
    pub corpus: Vec<CorpusCase>,
    /// One per spec script per engine.
    pub conformance: Vec<ConformanceCase>,
    /// The compatibility matrix (a `reentry-compat` document), once measured.
    pub compat: Option<serde_json::Value>,
    pub campaigns: Vec<Campaign>,
    /// Throughput over the run, sampled during the fuzz campaigns.
    pub throughput: Vec<Sample>,
    /// What the generator produced, per lane fuzzed.
    pub coverage: Vec<Coverage>,
    pub bench: Vec<BenchEntry>,
    /// Everything failing tonight, by signature.
    pub findings: Vec<Finding>,
    pub baseline: Option<Baseline>,
    /// What went wrong in the run itself (not findings).
    pub errors: Vec<String>,
}

impl Report {
    /// Cases by suite (`corpus <lane> · <engine>`, `spec scripts · <engine>`).
    pub fn suites(&self) -> BTreeMap<String, Tally> {
        let mut out: BTreeMap<String, Tally> = BTreeMap::new();
        let cases = self.corpus.iter().map(|c| (format!("corpus {} · {}", c.lane, c.engine), c.status));
        for (suite, status) in cases.chain(self.conformance.iter().map(|c| (format!("spec scripts · {}", c.engine), c.status))) {
            let t = out.entry(suite).or_default();
            match status {
                CaseStatus::Pass => t.passed += 1,
                CaseStatus::Known => t.known += 1,
                CaseStatus::Unsupported => t.not_run += 1,
                CaseStatus::Fail => t.failed += 1,
            }
        }
        out
    }
}

/// Findings that are one failure seen many times: the same property broken
/// on the same lane where the model expected the same kind of event. What
/// the engines did instead varies with the program (a missing hook shows
/// as whatever came next), so the actual side is listed, not split on. A
/// seeded bug in the glue breaks dozens of corpus programs and fuzz cases,
/// each its own finding; grouped, it is one row. Derived from
/// [`Report::findings`], so the schema does not carry it.
#[derive(Clone, Debug)]
pub struct FailureGroup<'r> {
    pub label: &'r str,
    pub lane: Option<&'r str>,
    /// The first event the model expected and the engines did not match
    /// (`None`: findings without one, crashes and engine failures).
    pub expected: Option<&'r str>,
    /// What the failing side had there instead, each kind once, by count.
    pub actual: Vec<(&'r str, usize)>,
    /// Its findings, smallest program first.
    pub findings: Vec<&'r Finding>,
    /// Whether any of them is new tonight.
    pub new: bool,
    /// Every run on a failing side, sorted.
    pub failing: Vec<&'r str>,
}

impl Report {
    /// [`FailureGroup`]s, most findings first (ties: by label).
    pub fn failure_groups(&self) -> Vec<FailureGroup<'_>> {
        let mut groups: Vec<FailureGroup> = Vec::new();
        for f in &self.findings {
            let (lane, expected) = (f.lane.as_deref(), f.first_event.as_ref().map(|e| e.expected.as_str()));
            let g = match groups.iter_mut().position(|g| g.label == f.label && g.lane == lane && g.expected == expected) {
                Some(i) => &mut groups[i],
                None => {
                    let g = FailureGroup { label: &f.label, lane, expected, actual: vec![], findings: vec![], new: false, failing: vec![] };
                    groups.push(g);
                    groups.last_mut().expect("just pushed")
                }
            };
            if let Some(e) = &f.first_event {
                match g.actual.iter_mut().find(|(a, _)| *a == e.actual) {
                    Some((_, n)) => *n += 1,
                    None => g.actual.push((&e.actual, 1)),
                }
            }
            g.findings.push(f);
            g.new |= f.status == FindingStatus::New;
            g.failing.extend(f.failing.iter().map(String::as_str));
        }
        for g in &mut groups {
            g.findings.sort_by_key(|f| (f.size, f.directory.as_str()));
            g.actual.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            g.failing.sort_unstable();
            g.failing.dedup();
        }
        groups.sort_by(|a, b| b.findings.len().cmp(&a.findings.len()).then(a.label.cmp(b.label)));
        groups
    }
}

/// A group's actual side in one line: the most frequent kinds first, at
/// most three named.
pub fn actual_summary(g: &FailureGroup) -> String {
    let named: Vec<String> = g.actual.iter().take(3).map(|(a, n)| format!("{a} ×{n}")).collect();
    match g.actual.len() {
        0 => String::new(),
        n if n > 3 => format!("{} … ({n} kinds)", named.join(", ")),
        _ => named.join(", "),
    }
}

/// A suite's cases by status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub passed: usize,
    pub known: usize,
    pub not_run: usize,
    pub failed: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Every phase ran its share of the budget.
    Complete,
    /// Stopped early (a signal, the budget, or the process is still running).
    Partial,
}

/// One engine: a red row when it is not `ok`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EngineRow {
    pub name: String,
    pub family: String,
    /// `in-process` or `process`.
    pub isolation: String,
    pub lanes: Vec<String>,
    pub state: EngineState,
    pub version: Option<String>,
    pub detail: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EngineState {
    Ok,
    /// Registered but not installed here.
    Unavailable,
    /// Installed but it did not start.
    Failed,
    /// The run stopped before it was measured.
    NotMeasured,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Phase {
    /// `checks`, `baseline`, `fuzz <lane>`, `smith`, `bench`.
    pub name: String,
    pub state: PhaseState,
    /// Its share of the budget (0 for the untimed ones).
    pub planned_seconds: f64,
    pub elapsed_seconds: f64,
    pub detail: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PhaseState {
    Pending,
    Done,
    /// Cut short by a stop request.
    Interrupted,
    /// Not run (the budget ran out, or nothing to run it on: the detail says).
    Skipped,
    /// The run's own failure (not an engine's, not a finding).
    Failed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CaseStatus {
    Pass,
    /// Failed only as a known defect of a real project (toolchain or engine) explains (XFAIL).
    Known,
    /// Not run on this lane (a lane fact).
    Unsupported,
    Fail,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CorpusCase {
    pub lane: String,
    pub engine: String,
    /// Path relative to the corpus directory.
    pub program: String,
    pub status: CaseStatus,
    pub detail: String,
    pub seconds: f64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ConformanceCase {
    pub engine: String,
    /// Path relative to the conformance directory.
    pub file: String,
    pub status: CaseStatus,
    pub passed: usize,
    pub failed: usize,
    pub expected: usize,
    pub unsupported: usize,
    pub detail: String,
    pub seconds: f64,
}

/// Failures counted under a signature that are not findings (known
/// defects, lane facts).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Counted {
    pub key: String,
    pub count: u64,
    pub message: String,
}

/// A store of findings: the corpus on a lane, a fuzz campaign, smith.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Campaign {
    /// `corpus`, `fuzz`, `smith`.
    pub kind: String,
    pub lane: Option<String>,
    pub engines: Vec<String>,
    pub seed: Option<u64>,
    pub cases: u64,
    pub failing_cases: u64,
    pub seconds: f64,
    pub cases_per_second: f64,
    /// Relative to the report's directory.
    pub findings_dir: String,
    pub counted: Vec<Counted>,
    pub errors: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Sample {
    /// Seconds since the run started (the end of the window).
    pub seconds: f64,
    pub lane: String,
    /// Campaign cases per wall-clock second in the window.
    pub cases_per_second: f64,
    /// Per engine: cases per second of that engine's own time in the window.
    pub engines: BTreeMap<String, f64>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Coverage {
    pub lane: String,
    pub programs: u64,
    pub wasm_steps: BTreeMap<String, u64>,
    pub host_steps: BTreeMap<String, u64>,
    pub driver_steps: BTreeMap<String, u64>,
    pub aborts_generated: BTreeMap<String, u64>,
    pub aborts_executed: BTreeMap<String, u64>,
    /// Wasm→host→Wasm nesting depth (host frames) → programs.
    pub nesting_depth: BTreeMap<String, u64>,
    /// What never appeared (the generator's gaps).
    pub never_seen: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BenchEntry {
    pub engines: Vec<String>,
    pub lane: String,
    /// The median of `runs`.
    pub cases_per_second: f64,
    pub runs: Vec<f64>,
    /// Case time over the raw engine's time on the same cases.
    pub floor_overhead: Option<f64>,
    pub error: Option<String>,
}

impl BenchEntry {
    pub fn key(&self) -> String {
        format!("{} [{}]", self.engines.join("+"), self.lane)
    }

    /// (max − min) / median of the runs.
    pub fn spread(&self) -> f64 {
        let max = self.runs.iter().copied().fold(f64::MIN, f64::max);
        let min = self.runs.iter().copied().fold(f64::MAX, f64::min);
        if self.runs.len() < 2 || self.cases_per_second <= 0.0 {
            return 0.0;
        }
        (max - min) / self.cases_per_second
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingStatus {
    /// Not in the baseline (every finding, without one).
    New,
    /// In the baseline too, found again or still failing on replay.
    Persisting,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstEvent {
    pub expected: String,
    pub actual: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Link {
    pub name: String,
    /// Relative to the report's directory.
    pub path: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Finding {
    /// Equal signatures are the same finding (`findings::identity`).
    pub signature: String,
    pub status: FindingStatus,
    /// `program`, `raw-module`, `crash`, `hung-task`.
    pub kind: String,
    /// The broken property (`p3-nothing-after-abort`), or what failed.
    pub label: String,
    pub lane: Option<String>,
    pub failing: Vec<String>,
    pub agreeing: Vec<String>,
    pub first_event: Option<FirstEvent>,
    pub program_hash: String,
    pub reduced: bool,
    pub size: usize,
    /// Failures counted under it tonight.
    pub count: u64,
    /// Nights it has been seen on, this one included.
    pub nights: u64,
    /// Failures counted under it over those nights.
    pub total_count: u64,
    /// The run that saw it first (seconds since the Unix epoch).
    pub first_seen: u64,
    /// The phase that found it (`corpus <lane>`, `fuzz <lane>`, `smith`,
    /// `baseline` for one carried over because it still fails on replay).
    pub found_by: String,
    /// Relative to the report's directory.
    pub directory: String,
    /// Other directories with the same signature (counted, not repeated).
    pub duplicates: Vec<String>,
    pub files: Vec<Link>,
    pub message: String,
    pub seed: Option<u64>,
    pub case: Option<u64>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Baseline {
    /// The file as given.
    pub path: String,
    /// Why it could not be used (then nothing below is compared).
    pub error: Option<String>,
    pub started_at: Option<u64>,
    pub partial: bool,
    pub new: usize,
    pub persisting: usize,
    /// Baseline findings that did not come back: replayed and passing now.
    pub fixed: Vec<Gone>,
    /// Baseline findings not seen tonight and not replayable here.
    pub not_seen: Vec<Gone>,
    pub compat_changes: Vec<CompatChange>,
    pub throughput_changes: Vec<ThroughputChange>,
}

impl Baseline {
    /// Nothing compared yet (`error`: why nothing will be).
    pub fn empty(path: &std::path::Path, error: Option<String>) -> Baseline {
        Baseline {
            path: path.display().to_string(),
            error,
            started_at: None,
            partial: false,
            new: 0,
            persisting: 0,
            fixed: Vec::new(),
            not_seen: Vec::new(),
            compat_changes: Vec::new(),
            throughput_changes: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Gone {
    pub signature: String,
    pub label: String,
    /// In the baseline's directory.
    pub directory: String,
    pub why: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CompatChange {
    pub engine: String,
    pub column: String,
    /// `yes`, `no`, a pass rate, or `(no row)`.
    pub before: String,
    pub after: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ThroughputChange {
    pub key: String,
    pub before: f64,
    pub after: f64,
    /// (after − before) / before.
    pub change: f64,
    /// The relative change this comparison calls noise.
    pub noise: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(label: &str, lane: &str, event: (&str, &str), failing: &[&str], size: usize, dir: &str) -> Finding {
        Finding {
            signature: format!("{label} {dir}"),
            status: FindingStatus::New,
            kind: "program".into(),
            label: label.into(),
            lane: Some(lane.into()),
            failing: failing.iter().map(|s| s.to_string()).collect(),
            agreeing: vec![],
            first_event: Some(FirstEvent { expected: event.0.into(), actual: event.1.into() }),
            program_hash: "0".into(),
            reduced: false,
            size,
            count: 1,
            nights: 1,
            total_count: 1,
            first_seen: 0,
            found_by: "corpus".into(),
            directory: dir.into(),
            duplicates: vec![],
            files: vec![],
            message: String::new(),
            seed: None,
            case: None,
        }
    }

    /// Findings of one seeded bug on many programs and run sets are one
    /// group (smallest program first, runs merged, actual events listed);
    /// another property, lane or expected event is another group.
    #[test]
    fn failure_groups_merge_programs_and_runs_not_properties() {
        let hook = ("hook [N]", "driver[N] => terminated");
        let findings = vec![
            finding("p4-hook", "generated", hook, &["v8/exnref"], 30, "corpus/a"),
            finding("p4-hook", "generated", hook, &["node26/exnref", "v8/exnref"], 12, "corpus/b"),
            finding("p4-hook", "rustc/reentry", hook, &["v8/exnref"], 5, "corpus/c"),
            finding("p3-nothing-after-abort", "generated", hook, &["v8/legacy"], 9, "corpus/d"),
            finding("p4-hook", "generated", ("[N] state N", "end of trace"), &["wasmtime/exnref"], 7, "corpus/e"),
            finding("p4-hook", "generated", ("hook [N]", "end of trace"), &["wasmtime/exnref"], 20, "fuzz/f"),
        ];
        let r: Report = serde_json::from_value(serde_json::json!({
            "schema": SCHEMA, "schema_version": SCHEMA_VERSION, "reentry_version": "0", "command": "", "started_at": 0,
            "elapsed_seconds": 0.0, "budget_seconds": 0.0, "seed": 0, "mutant": null, "status": "complete",
            "partial_reason": null, "engines": [], "phases": [], "corpus": [], "conformance": [], "compat": null,
            "campaigns": [], "throughput": [], "coverage": [], "bench": [], "findings": findings, "baseline": null, "errors": [],
        }))
        .unwrap();
        let groups = r.failure_groups();
        assert_eq!(groups.len(), 4);
        let g = &groups[0];
        assert_eq!((g.label, g.lane, g.findings.len()), ("p4-hook", Some("generated"), 3));
        assert_eq!(g.findings.iter().map(|f| f.directory.as_str()).collect::<Vec<_>>(), ["corpus/b", "fuzz/f", "corpus/a"]);
        assert_eq!(g.failing, ["node26/exnref", "v8/exnref", "wasmtime/exnref"]);
        assert_eq!(g.actual, [("driver[N] => terminated", 2), ("end of trace", 1)]);
        assert_eq!(actual_summary(g), "driver[N] => terminated ×2, end of trace ×1");
        assert!(g.new);
        assert!(groups[1..].iter().all(|g| g.findings.len() == 1));
    }
}
