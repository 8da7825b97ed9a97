//! The fuzz loop: generate case `i` of a seeded campaign, check it, save what
//! fails. Deterministic from the seed; every finding is written to disk the
//! moment it is made.

use super::{inflight, reduce_into, Harness, Timings, REDUCE_BUDGET};
use crate::oracle::Verdict;
use crate::program::gen::{case_program, GenConfig};
use crate::report::{self, Origin};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
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

/// Run a campaign on one harness, on the calling thread.
pub fn fuzz(h: &mut Harness, cfg: &FuzzConfig, progress: &mut dyn FnMut(&Progress)) -> FuzzSummary {
    let shared = Shared::new(cfg, h.engine_names(), h.mutant);
    run_job(h, &shared, 0, progress);
    shared.finish()
}

/// Run a campaign on `jobs` threads, each with its own engines from `make`
/// (`engines` and `mutant` are what `make` builds, for the reports). Cases
/// are handed out in blocks that share a module, so each thread keeps its
/// compile cache warm. Returns the summary and the merged phase timings.
pub fn fuzz_jobs(
    make: &(dyn Fn() -> anyhow::Result<Harness> + Sync),
    engines: Vec<String>,
    mutant: Option<crate::mutant::Mutant>,
    jobs: usize,
    cfg: &FuzzConfig,
    progress: &(dyn Fn(&Progress) + Sync),
) -> (FuzzSummary, Timings) {
    let shared = Shared::new(cfg, engines, mutant);
    let timings = Mutex::new(Timings::default());
    let errors = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for job in 0..jobs.max(1) {
            let (shared, timings, errors) = (&shared, &timings, &errors);
            // Engines are not Send: each job builds its own, on its thread.
            scope.spawn(move || match make() {
                Ok(mut h) => {
                    run_job(&mut h, shared, job, &mut |p| progress(p));
                    timings.lock().unwrap().merge(&h.timings);
                }
                Err(e) => errors.lock().unwrap().push(format!("job {job} could not start its engines: {e:#}")),
            });
        }
    });
    let mut summary = shared.finish();
    summary.write_errors.extend(errors.into_inner().unwrap());
    (summary, timings.into_inner().unwrap())
}

/// What the jobs of one campaign share.
struct Shared<'c> {
    cfg: &'c FuzzConfig,
    engines: Vec<String>,
    mutant: Option<crate::mutant::Mutant>,
    start: Instant,
    /// The next block of `host_variants` cases to hand out.
    next_block: AtomicU64,
    cases: AtomicU64,
    failures: AtomicU64,
    saved: AtomicUsize,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    seen: HashMap<String, usize>,
    summary: FuzzSummary,
}

impl<'c> Shared<'c> {
    fn new(cfg: &'c FuzzConfig, engines: Vec<String>, mutant: Option<crate::mutant::Mutant>) -> Shared<'c> {
        let mut state = State::default();
        // A previous campaign that died inside an engine left its case behind.
        match inflight::recover(&cfg.findings, &cfg.gen) {
            Ok(dirs) => state.summary.findings.extend(dirs),
            Err(e) => state.summary.write_errors.push(format!("recovering an interrupted campaign: {e:#}")),
        }
        Shared {
            cfg,
            engines,
            mutant,
            start: Instant::now(),
            next_block: AtomicU64::new(0),
            cases: AtomicU64::new(0),
            failures: AtomicU64::new(0),
            saved: AtomicUsize::new(0),
            state: Mutex::new(state),
        }
    }

    fn progress(&self) -> Progress {
        Progress {
            cases: self.cases.load(Ordering::Relaxed),
            failures: self.failures.load(Ordering::Relaxed),
            findings_saved: self.saved.load(Ordering::Relaxed),
            elapsed: self.start.elapsed(),
        }
    }

    fn finish(self) -> FuzzSummary {
        let mut summary = self.state.into_inner().unwrap().summary;
        summary.cases = self.cases.into_inner();
        summary.failing_cases = self.failures.into_inner();
        summary.elapsed = self.start.elapsed();
        summary
    }
}

fn run_job(h: &mut Harness, sh: &Shared, job: usize, progress: &mut dyn FnMut(&Progress)) {
    let cfg = sh.cfg;
    let mut marker = match inflight::Marker::start(&cfg.findings, cfg.seed, &sh.engines, job) {
        Ok(m) => Some(m),
        Err(e) => {
            sh.state.lock().unwrap().summary.write_errors.push(format!("cannot write the in-flight marker: {e:#}"));
            None
        }
    };
    let variants = cfg.gen.host_variants.max(1);
    'blocks: loop {
        let block = sh.next_block.fetch_add(1, Ordering::Relaxed);
        for index in block * variants..(block + 1) * variants {
            if sh.start.elapsed() >= cfg.time || cfg.max_cases.is_some_and(|m| index >= m) {
                break 'blocks;
            }
            let program = case_program(cfg.seed, index, &cfg.gen);
            if let Some(m) = marker.as_mut() {
                m.set(index);
            }
            let result = h.check(program);
            let encodings: Vec<_> = result.runs.iter().map(|r| r.id.encoding).collect();
            sh.state.lock().unwrap().summary.stats.add(&result.program, &result.model, &encodings);
            if !result.passed() {
                sh.failures.fetch_add(1, Ordering::Relaxed);
            }
            for v in &result.verdicts {
                save(h, sh, &result, v, index);
            }
            sh.cases.fetch_add(1, Ordering::Relaxed);
            progress(&sh.progress());
        }
    }
    if let Some(m) = marker {
        m.finish();
    }
}

/// Count a verdict under its signature; write it (and its reduction) unless
/// the signature already has `per_signature` findings.
fn save(h: &mut Harness, sh: &Shared, result: &super::CaseResult, v: &Verdict, index: u64) {
    let cfg = sh.cfg;
    let sig = signature(v);
    let n = {
        let mut st = sh.state.lock().unwrap();
        let State { seen, summary } = &mut *st;
        match seen.get(&sig) {
            Some(&i) => {
                summary.signatures[i].1 += 1;
                summary.signatures[i].1
            }
            None => {
                seen.insert(sig.clone(), summary.signatures.len());
                summary.signatures.push((sig, 1, index, v.clone()));
                1
            }
        }
    };
    if n as usize > cfg.per_signature {
        return;
    }
    let origin = Origin { seed: Some(cfg.seed), case: Some(index) };
    let mut errors = Vec::new();
    let dir = match report::write_finding(&cfg.findings, result, v, &sh.engines, sh.mutant, origin) {
        Ok(dir) => {
            if cfg.reduce {
                if let Err(e) = reduce_into(h, &result.program, v, &dir.join("reduced"), origin, REDUCE_BUDGET) {
                    errors.push(format!("reducing case {index}: {e:#}"));
                }
            }
            Some(dir)
        }
        Err(e) => {
            errors.push(format!("case {index}: {e:#}"));
            None
        }
    };
    let mut st = sh.state.lock().unwrap();
    st.summary.write_errors.extend(errors);
    if let Some(dir) = dir {
        st.summary.findings.push(dir);
        sh.saved.fetch_add(1, Ordering::Relaxed);
    }
}

