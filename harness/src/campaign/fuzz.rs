//! The fuzz loop: generate case `i` of a seeded campaign, check it, save what
//! fails. Deterministic from the seed; every finding is written to disk the
//! moment it is made.

use super::{inflight, reduce_into, Harness, REDUCE_BUDGET};
use crate::oracle::Verdict;
use crate::program::gen::{case_program, GenConfig};
use crate::report::{self, Origin};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Clone, Debug)]
pub struct FuzzConfig {
    pub seed: u64,
    /// Stop after this long...
    pub time: Duration,
    /// ...or after this many cases, whichever comes first.
    pub max_cases: Option<u64>,
    /// Where findings are written.
    pub findings: PathBuf,
    /// Findings saved per distinct signature (label + failing runs); further
    /// cases with the same signature are only counted.
    pub per_signature: usize,
    /// Minimize each saved finding right away (into `<finding>/reduced`).
    pub reduce: bool,
    pub gen: GenConfig,
}

/// Progress reported after every case.
#[derive(Clone, Debug)]
pub struct Progress {
    pub cases: u64,
    pub failures: u64,
    pub findings_saved: usize,
    pub elapsed: Duration,
}

#[derive(Clone, Debug, Default)]
pub struct FuzzSummary {
    pub cases: u64,
    /// Cases with at least one verdict.
    pub failing_cases: u64,
    pub elapsed: Duration,
    /// Directories written, in order.
    pub findings: Vec<PathBuf>,
    /// Signature → (cases seen, first case index, first verdict).
    pub signatures: Vec<(String, u64, u64, Verdict)>,
    /// Errors writing findings (the campaign goes on; they are reported).
    pub write_errors: Vec<String>,
    /// What the generator produced.
    pub stats: crate::stats::GenStats,
}

/// A verdict's identity for de-duplication: what broke, on which runs.
pub fn signature(v: &Verdict) -> String {
    let runs: Vec<String> = v.failing_runs().iter().map(|r| r.to_string()).collect();
    format!("{} on {}", v.label(), runs.join(","))
}

pub fn fuzz(h: &mut Harness, cfg: &FuzzConfig, progress: &mut dyn FnMut(&Progress)) -> FuzzSummary {
    let start = Instant::now();
    let engines = h.engine_names();
    let mut summary = FuzzSummary::default();
    // A previous campaign that died inside an engine left its case behind.
    match inflight::recover(&cfg.findings, &cfg.gen) {
        Ok(dirs) => summary.findings.extend(dirs),
        Err(e) => summary.write_errors.push(format!("recovering an interrupted campaign: {e:#}")),
    }
    let mut marker = match inflight::Marker::start(&cfg.findings, cfg.seed, &engines) {
        Ok(m) => Some(m),
        Err(e) => {
            summary.write_errors.push(format!("cannot write the in-flight marker: {e:#}"));
            None
        }
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut index = 0u64;
    while start.elapsed() < cfg.time && cfg.max_cases.is_none_or(|m| index < m) {
        let program = case_program(cfg.seed, index, &cfg.gen);
        if let Some(m) = marker.as_mut() {
            m.set(index);
        }
        let result = h.check(program);
        let encodings: Vec<_> = result.runs.iter().map(|r| r.id.encoding).collect();
        summary.stats.add(&result.program, &result.model, &encodings);
        if !result.passed() {
            summary.failing_cases += 1;
        }
        for v in &result.verdicts {
            let sig = signature(v);
            let n = match seen.get(&sig) {
                Some(&i) => {
                    summary.signatures[i].1 += 1;
                    summary.signatures[i].1
                }
                None => {
                    seen.insert(sig.clone(), summary.signatures.len());
                    summary.signatures.push((sig, 1, index, v.clone()));
                    1
                }
            };
            if n as usize <= cfg.per_signature {
                let origin = Origin { seed: Some(cfg.seed), case: Some(index) };
                match report::write_finding(&cfg.findings, &result, v, &engines, h.mutant, origin) {
                    Ok(dir) => {
                        if cfg.reduce {
                            if let Err(e) = reduce_into(h, &result.program, v, &dir.join("reduced"), origin, REDUCE_BUDGET) {
                                summary.write_errors.push(format!("reducing case {index}: {e:#}"));
                            }
                        }
                        summary.findings.push(dir);
                    }
                    Err(e) => summary.write_errors.push(format!("case {index}: {e:#}")),
                }
            }
        }
        index += 1;
        progress(&Progress {
            cases: index,
            failures: summary.failing_cases,
            findings_saved: summary.findings.len(),
            elapsed: start.elapsed(),
        });
    }
    if let Some(m) = marker {
        m.finish();
    }
    summary.cases = index;
    summary.elapsed = start.elapsed();
    summary
}
