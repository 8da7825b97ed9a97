//! The campaign loop, one for every kind of campaign: case `i` of a seed is
//! always the same input, jobs (threads with their own engines) take blocks
//! of cases, every failure goes to the findings [`Store`] the moment it is
//! found, an in-flight marker names the case being run so a process that
//! dies leaves a crash finding behind, and a panic in a case is a crash
//! finding too. `fuzz` (programs) and `smith` (raw modules) are two
//! [`Target`]s of it.

pub mod fuzz;
pub mod inflight;
pub mod load;
pub mod smith;

use crate::findings::Store;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// When a campaign stops: after `time`, or after `cases` cases, whichever
/// comes first.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    pub time: Duration,
    pub cases: Option<u64>,
}

impl Budget {
    /// Whether case `index` may still start `elapsed` into the campaign (a
    /// stop request, [`crate::stop`], ends every budget).
    pub fn allows(&self, index: u64, elapsed: Duration) -> bool {
        elapsed < self.time && self.cases.is_none_or(|n| index < n) && crate::stop::requested().is_none()
    }
}

/// What every campaign is configured with.
#[derive(Clone, Debug)]
pub struct Config {
    pub seed: u64,
    pub budget: Budget,
    /// Where findings (and `summary.md`) are written.
    pub findings: PathBuf,
    /// Findings saved per distinct signature; later ones are only counted.
    pub per_signature: usize,
    /// Threads, each with its own [`Job`].
    pub jobs: usize,
}

/// How one case ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ran {
    Passed,
    /// At least one failure (saved or counted through the store).
    Failed,
    /// The chosen engines (or the lane) cannot run it: counted under the
    /// fact that says why, never passed and never failing.
    NotRun,
}

/// One thread's share of a campaign: owns its engines.
pub trait Job {
    /// Run case `index` of `seed`, saving what fails through `store`.
    fn run(&mut self, seed: u64, index: u64, store: &Store) -> Ran;
    /// Run cases `indices` of `seed` (an engine that batches gets them in
    /// one round trip), calling `mark(i)` before case `i` runs where a crash
    /// would take this process down, and `done` with how each case ended,
    /// in order, as it is recorded.
    fn run_block(&mut self, seed: u64, indices: std::ops::Range<u64>, store: &Store, mark: &mut dyn FnMut(u64), done: &mut dyn FnMut(Ran)) {
        for i in indices {
            mark(i);
            done(self.run(seed, i, store));
        }
    }
}

/// A kind of campaign.
pub trait Target: Sync {
    type Job: Job;
    /// The name in in-flight markers (`fuzz`, `smith`).
    const NAME: &'static str;
    /// Consecutive cases one job takes together (they share a module, so
    /// the job's compile caches stay warm).
    fn block(&self) -> u64 {
        1
    }
    /// A job for thread `n` (engines are not `Send`: made on that thread).
    fn job(&self, n: usize) -> anyhow::Result<Self::Job>;
    /// Case `index` of `seed` killed the process or panicked (`what`): save
    /// it as a crash finding.
    fn crash(&self, store: &Store, seed: u64, index: u64, what: &str) -> anyhow::Result<()>;
    /// A job is done: fold its totals into the target's (on its thread).
    fn finish(&self, _job: Self::Job) {}
}

/// Progress, reported after every case.
#[derive(Clone, Debug)]
pub struct Progress {
    pub cases: u64,
    pub failures: u64,
    pub findings: usize,
    pub elapsed: Duration,
}

/// What a campaign did.
pub struct Outcome {
    pub cases: u64,
    /// Cases with at least one failure.
    pub failing_cases: u64,
    /// Cases the engines could not run (among `cases`).
    pub not_run: u64,
    pub elapsed: Duration,
    /// Crash findings made from markers of earlier runs that died.
    pub recovered: Vec<PathBuf>,
    /// The findings store (for its summary and `summary.md`).
    pub store: Store,
}

/// Run a campaign.
pub fn run<T: Target>(target: &T, cfg: &Config, progress: &(dyn Fn(&Progress) + Sync)) -> anyhow::Result<Outcome> {
    let store = Store::open(&cfg.findings, cfg.per_signature)?;
    let recovered = inflight::recover(target, &store)?;
    let start = Instant::now();
    let next_block = AtomicU64::new(0);
    let cases = AtomicU64::new(0);
    let failing = AtomicU64::new(0);
    let not_run = AtomicU64::new(0);
    let block = target.block().max(1);
    std::thread::scope(|scope| {
        for n in 0..cfg.jobs.max(1) {
            let (store, next_block, cases, failing, not_run) = (&store, &next_block, &cases, &failing, &not_run);
            scope.spawn(move || {
                let mut job = match target.job(n) {
                    Ok(j) => j,
                    Err(e) => return store.error(format!("job {n} could not start: {e:#}")),
                };
                let mut marker = inflight::Marker::start(store.root(), T::NAME, cfg.seed, n)
                    .map_err(|e| store.error(format!("cannot write the in-flight marker: {e:#}")))
                    .ok();
                'blocks: loop {
                    let b = next_block.fetch_add(1, Ordering::Relaxed);
                    let (first, last) = (b * block, (b + 1) * block);
                    // The cases of this block the budget still allows.
                    let end = (first..last).find(|&i| !cfg.budget.allows(i, start.elapsed())).unwrap_or(last);
                    if end == first {
                        break 'blocks;
                    }
                    let current = std::cell::Cell::new(first);
                    let mut mark = |i: u64| {
                        current.set(i);
                        if let Some(m) = marker.as_mut() {
                            m.set(i);
                        }
                    };
                    let count = |ran: Ran| {
                        failing.fetch_add((ran == Ran::Failed) as u64, Ordering::Relaxed);
                        not_run.fetch_add((ran == Ran::NotRun) as u64, Ordering::Relaxed);
                        cases.fetch_add(1, Ordering::Relaxed);
                        progress(&Progress {
                            cases: cases.load(Ordering::Relaxed),
                            failures: failing.load(Ordering::Relaxed),
                            findings: store.written(),
                            elapsed: start.elapsed(),
                        });
                    };
                    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        job.run_block(cfg.seed, first..end, store, &mut mark, &mut |r| count(r))
                    }));
                    if let Err(payload) = ran {
                        // The block ends at the case that panicked; the cases
                        // before it were counted as they were recorded (in a
                        // batch that panicked, none was).
                        let index = current.get();
                        let what = format!("panicked: {}", panic_message(&*payload));
                        if let Err(e) = target.crash(store, cfg.seed, index, &what) {
                            store.error(format!("case {index}: saving its crash: {e:#}"));
                        }
                        count(Ran::Failed);
                        // The job's engines may be mid-call: start over.
                        match target.job(n) {
                            Ok(j) => job = j,
                            Err(e) => {
                                store.error(format!("job {n} could not restart after a panic: {e:#}"));
                                break 'blocks;
                            }
                        }
                        continue 'blocks;
                    }
                    if end < last {
                        break 'blocks;
                    }
                }
                if let Some(m) = marker {
                    m.finish();
                }
                target.finish(job);
            });
        }
    });
    Ok(Outcome {
        cases: cases.into_inner(),
        failing_cases: failing.into_inner(),
        not_run: not_run.into_inner(),
        elapsed: start.elapsed(),
        recovered,
        store,
    })
}

impl Outcome {
    /// Cases that ran on an engine.
    pub fn ran(&self) -> u64 {
        self.cases - self.not_run
    }

    /// Why a campaign that ran no case ran none (`None` if it ran some): a
    /// campaign that ran nothing proved nothing, so it is an error, never
    /// "0 failing".
    pub fn none_ran(&self) -> Option<String> {
        if self.ran() > 0 {
            return None;
        }
        let errors = self.store.summary().errors;
        let why = if let Some(sig) = crate::stop::requested() {
            format!("stopped by {}", crate::stop::signal_name(sig))
        } else if !errors.is_empty() {
            errors.join("; ")
        } else if self.not_run > 0 {
            let facts: Vec<String> = self
                .store
                .summary()
                .signatures
                .iter()
                .filter(|(s, _, _)| s.label == "unsupported")
                .map(|(s, n, _)| format!("{n} x {}: {}", s.key, s.message))
                .collect();
            let facts = if facts.is_empty() { String::new() } else { format!(" ({})", facts.join("; ")) };
            format!("none of its {} cases could run here{facts}", self.not_run)
        } else {
            format!("the budget ended after {:.1?}, before the first case", self.elapsed)
        };
        Some(format!("ran 0 cases: {why}"))
    }
}

/// The text of a panic payload.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "panic with a non-text payload".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A target none of whose cases can run here.
    struct NoneRun;
    struct NoneRunJob;
    impl Job for NoneRunJob {
        fn run(&mut self, _: u64, _: u64, _: &Store) -> Ran {
            Ran::NotRun
        }
    }
    impl Target for NoneRun {
        type Job = NoneRunJob;
        const NAME: &'static str = "none-run";
        fn job(&self, _: usize) -> anyhow::Result<NoneRunJob> {
            Ok(NoneRunJob)
        }
        fn crash(&self, _: &Store, _: u64, _: u64, _: &str) -> anyhow::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_campaign_that_ran_no_case_says_why() {
        let dir = std::env::temp_dir().join(format!("reentry-none-ran-{}", std::process::id()));
        let cfg = |cases| Config {
            seed: 1,
            budget: Budget { time: Duration::from_secs(60), cases: Some(cases) },
            findings: dir.clone(),
            per_signature: 1,
            jobs: 2,
        };
        let out = run(&NoneRun, &cfg(5), &|_| {}).unwrap();
        assert_eq!((out.cases, out.not_run, out.failing_cases, out.ran()), (5, 5, 0, 0));
        let why = out.none_ran().unwrap();
        assert!(why.starts_with("ran 0 cases: none of its 5 cases could run here"), "{why}");
        let out = run(&NoneRun, &cfg(0), &|_| {}).unwrap();
        assert!(out.none_ran().unwrap().contains("before the first case"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_budget_stops_at_whichever_comes_first() {
        let b = Budget { time: Duration::from_secs(10), cases: Some(5) };
        assert!(b.allows(4, Duration::from_secs(1)));
        assert!(!b.allows(5, Duration::from_secs(1)), "cases first");
        assert!(!b.allows(0, Duration::from_secs(10)), "time first");
        let t = Budget { time: Duration::from_secs(1), cases: None };
        assert!(t.allows(1 << 40, Duration::ZERO));
    }
}
