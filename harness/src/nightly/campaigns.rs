//! The timed campaigns of a night: `reentry fuzz` on each lane (every
//! engine that runs it, findings minimized) and `reentry smith`, both
//! through `campaign::run`, with the fuzz campaigns' throughput sampled
//! per engine as they go.

use super::report::{Campaign, Counted, Coverage, Sample};
use crate::campaign::{self, fuzz, smith, Budget};
use crate::case::Timings;
use crate::engine::EngineOptions;
use crate::findings::StoreSummary;
use crate::guest::Lane;
use crate::mutant::Mutant;
use crate::stats::GenStats;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What every campaign of the night shares.
pub struct Setup<'a> {
    pub seed: u64,
    pub jobs: usize,
    pub mutant: Option<Mutant>,
    pub engine: &'a EngineOptions,
    /// Where the run's findings directories go (`<out>/findings`).
    pub findings: &'a Path,
    /// The report's directory (paths in the report are relative to it).
    pub out: &'a Path,
    /// When the run started (samples are timed from it).
    pub start: Instant,
}

/// The findings directory of the fuzz campaign on `lane`.
pub fn fuzz_store_dir(findings: &Path, lane: Lane) -> PathBuf {
    findings.join(format!("fuzz-{}", lane.to_string().replace(['/', ' '], "-")))
}

/// A campaign done: its report entry, its store's summary (for the
/// findings), what the generator produced (fuzz) and throughput samples.
pub struct Done {
    pub campaign: Campaign,
    /// Why it ran no case, if it ran none (`campaign::Outcome::none_ran`).
    pub none_ran: Option<String>,
    pub summary: StoreSummary,
    pub coverage: Option<Coverage>,
    pub samples: Vec<Sample>,
}

/// Counts of a store that are not findings (known defects, lane facts).
pub fn counted(summary: &StoreSummary) -> Vec<Counted> {
    summary
        .signatures
        .iter()
        .filter(|(s, _, _)| s.label == "known" || s.label == "unsupported")
        .map(|(s, n, _)| Counted { key: s.key.clone(), count: *n, message: s.message.clone() })
        .collect()
}

pub fn relative(out: &Path, p: &Path) -> String {
    p.strip_prefix(out).unwrap_or(p).display().to_string()
}

/// Per-engine rates between two snapshots of a campaign's timings.
struct Sampler {
    every: Duration,
    last: Mutex<(Instant, Timings)>,
    samples: Mutex<Vec<Sample>>,
}

impl Sampler {
    fn new(every: Duration) -> Sampler {
        Sampler { every, last: Mutex::new((Instant::now(), Timings::default())), samples: Mutex::default() }
    }

    /// Take a sample if one is due (or `force`d) from the campaign's timings now.
    fn tick(&self, now: Instant, timings: impl FnOnce() -> Timings, lane: Lane, start: Instant, force: bool) {
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        let wall = now.duration_since(last.0);
        if !force && wall < self.every {
            return;
        }
        let t = timings();
        let d = t.since(&last.1);
        if d.cases > 0 {
            let engines = d
                .engines
                .iter()
                .filter(|(_, spent)| !spent.is_zero())
                .map(|(n, spent)| (n.clone(), round(d.cases as f64 / spent.as_secs_f64())))
                .collect();
            let sample = Sample {
                seconds: round(now.duration_since(start).as_secs_f64()),
                lane: lane.to_string(),
                cases_per_second: round(d.cases as f64 / wall.as_secs_f64().max(1e-6)),
                engines,
            };
            self.samples.lock().unwrap_or_else(|e| e.into_inner()).push(sample);
        }
        *last = (now, t);
    }
}

fn round(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

impl Done {
    /// A campaign that ran no case failed its phase, with the reason
    /// (after its entry and findings are in the report).
    pub fn none_ran(&self) -> anyhow::Result<()> {
        match &self.none_ran {
            // A stopped run is interrupted, not failed.
            Some(why) if crate::stop::requested().is_none() => anyhow::bail!("{why}"),
            _ => Ok(()),
        }
    }
}

/// A finished campaign's report entry, and its store's summary.
fn entry(s: &Setup, kind: &str, lane: Option<Lane>, engines: Vec<String>, c: &campaign::Outcome, dir: &Path) -> (Campaign, StoreSummary) {
    let summary = c.store.summary();
    let campaign = Campaign {
        kind: kind.into(),
        lane: lane.map(|l| l.to_string()),
        engines,
        seed: Some(s.seed),
        cases: c.cases,
        failing_cases: c.failing_cases,
        seconds: c.elapsed.as_secs_f64(),
        cases_per_second: c.cases as f64 / c.elapsed.as_secs_f64().max(1e-9),
        findings_dir: relative(s.out, dir),
        counted: counted(&summary),
        errors: summary.errors.clone(),
    };
    (campaign, summary)
}

/// Fuzz `lane` on `engines` for `time`, minimizing every finding.
pub fn fuzz(s: &Setup, lane: Lane, engines: &[String], time: Duration, progress: &(dyn Fn(String) + Sync)) -> anyhow::Result<Done> {
    let mutant = s.mutant.filter(|m| lane.has_mutant(*m));
    let mut target = fuzz::Fuzz::new(engines.to_vec(), s.engine.clone(), mutant, lane.gen_config(Default::default()), true);
    target.lane = lane;
    target.reduce_time = Some(super::plan::reduce_time(time));
    // Guest builds and engine start before the phase's budget.
    if let Some(line) = target.prepare()?.describe() {
        progress(format!("fuzz {lane}: {line}"));
    }
    let dir = fuzz_store_dir(s.findings, lane);
    let cfg = campaign::Config { seed: s.seed, budget: Budget { time, cases: None }, findings: dir.clone(), per_signature: 1, jobs: s.jobs };
    let sampler = Sampler::new((time / 20).max(Duration::from_secs(1)));
    let on_progress = |p: &campaign::Progress| {
        sampler.tick(Instant::now(), || target.timings(), lane, s.start, false);
        let rate = p.cases as f64 / p.elapsed.as_secs_f64().max(1e-9);
        progress(format!("fuzz {lane}: {} cases, {rate:.0}/s, {} findings", p.cases, p.findings));
    };
    let out = fuzz::run(&target, &cfg, &on_progress)?;
    sampler.tick(Instant::now(), || out.timings.clone(), lane, s.start, true);
    let (campaign, summary) = entry(s, "fuzz", Some(lane), out.engines.clone(), &out.campaign, &dir);
    let samples = std::mem::take(&mut *sampler.samples.lock().unwrap_or_else(|e| e.into_inner()));
    Ok(Done { campaign, none_ran: out.campaign.none_ran(), summary, coverage: Some(coverage(lane, &out.stats)), samples })
}

/// `reentry smith` for `time`.
pub fn smith(s: &Setup, time: Duration, progress: &(dyn Fn(String) + Sync)) -> anyhow::Result<Done> {
    let dir = s.findings.join("smith");
    let cfg = campaign::Config { seed: s.seed, budget: Budget { time, cases: None }, findings: dir.clone(), per_signature: 1, jobs: s.jobs };
    let target = smith::Smith::default();
    let on_progress = |p: &campaign::Progress| progress(format!("smith: {} inputs, {} findings", p.cases, p.findings));
    let out = smith::run(&target, &cfg, &on_progress)?;
    let engines = crate::smith::ENGINES.iter().map(|e| e.to_string()).collect();
    let (campaign, summary) = entry(s, "smith", None, engines, &out.campaign, &dir);
    Ok(Done { campaign, none_ran: out.campaign.none_ran(), summary, coverage: None, samples: Vec::new() })
}

/// The report's view of what the generator produced on a lane.
pub fn coverage(lane: Lane, s: &GenStats) -> Coverage {
    fn named<K: crate::program::kinds::Kind>(p: &crate::program::kinds::PerKind<K, u64>) -> BTreeMap<String, u64> {
        p.iter().map(|(k, n)| (k.name().to_string(), *n)).collect()
    }
    let mut aborts_executed = named(&s.aborts_executed);
    aborts_executed.insert(crate::trace::AbortCause::PanicInDrop.name().to_string(), s.panics_in_drop);
    Coverage {
        lane: lane.to_string(),
        programs: s.programs,
        wasm_steps: named(&s.wasm_kinds),
        host_steps: named(&s.host_kinds),
        driver_steps: named(&s.driver_kinds),
        aborts_generated: named(&s.aborts_generated),
        aborts_executed,
        nesting_depth: s.reentrancy_depth.iter().map(|(d, n)| (d.to_string(), *n)).collect(),
        never_seen: s.missing(),
    }
}
