//! `reentry fuzz`: generate program `i` of the seed, check it on every
//! engine against the model, save what fails (and its reduction).

use super::{Config, Job, Ran, Target};
use crate::case::{Harness, ReduceLimit, Timings};
use crate::engine::EngineOptions;
use crate::findings::program::{self as finding, FindingContext, REDUCE_BUDGET};
use crate::findings::{self, Origin, Store, Toolchain};
use crate::guest::Lane;
use crate::mutant::Mutant;
use crate::program::gen::{case_program, GenConfig};
use crate::stats::GenStats;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A program campaign.
pub struct Fuzz {
    /// Engine names (as `--engines` gives them; `all` expands).
    pub engines: Vec<String>,
    pub options: EngineOptions,
    pub mutant: Option<Mutant>,
    pub gen: GenConfig,
    /// Minimize each saved finding right away (into `<finding>/reduced`).
    pub reduce: bool,
    /// Wall-clock limit of one such reduction (`None`: only its test budget).
    pub reduce_time: Option<Duration>,
    /// What the cases run (generated modules by default).
    pub lane: Lane,
    /// What the generator produced, over all jobs.
    stats: Mutex<GenStats>,
    /// Time per phase, over all jobs, kept current after every case.
    timings: Mutex<Timings>,
    /// The engine names the first finished job ran.
    engines_seen: Mutex<Vec<String>>,
    /// Builds each job's harness instead of `engines` (tests inject faults).
    make: Option<MakeHarness>,
}

/// A harness factory, called on each job's thread.
pub type MakeHarness = Box<dyn Fn() -> anyhow::Result<Harness> + Sync>;

impl Fuzz {
    pub fn new(engines: Vec<String>, options: EngineOptions, mutant: Option<Mutant>, gen: GenConfig, reduce: bool) -> Fuzz {
        Fuzz {
            engines,
            options,
            mutant,
            gen,
            reduce,
            reduce_time: None,
            lane: Lane::GENERATED,
            stats: Mutex::default(),
            timings: Mutex::default(),
            engines_seen: Mutex::default(),
            make: None,
        }
    }

    /// A campaign whose jobs run on harnesses from `make` (their engines
    /// and mutant are what `make` builds).
    pub fn with_harness(make: MakeHarness, gen: GenConfig, reduce: bool) -> Fuzz {
        Fuzz { make: Some(make), ..Fuzz::new(Vec::new(), EngineOptions::default(), None, gen, reduce) }
    }

    /// What to do before the budget starts: start one harness for the lane
    /// (a bad engine name fails here, clearly), which builds the rustc
    /// guest where `target/guest` has no build of it yet (about 25 s an
    /// encoding; `scripts/setup.sh` builds them all ahead), and narrow the
    /// generator to what the engines can run: no async exports where none
    /// of them runs tasks on the lane (docs/protocol.md 22), so a
    /// `--engines wasmtime` campaign spends no cases on programs it would
    /// only count as not run. Returns the engines' names and what it did.
    pub fn prepare(&mut self) -> anyhow::Result<Prepared> {
        let started = Instant::now();
        let harness = match &self.make {
            Some(make) => make()?,
            None => Harness::for_lane(&self.engines, &self.options, self.mutant, self.lane)?,
        };
        let mut notes = Vec::new();
        let narrowed = crate::engine::facts::gen_config(&harness.engine_names(), self.lane, self.gen.clone());
        if narrowed.async_export_permille != self.gen.async_export_permille {
            self.gen = narrowed;
            let why = harness.no_tasks().unwrap_or_default().split(": ").take(2).collect::<Vec<_>>().join(": ");
            notes.push(format!("no async exports generated, no engine runs tasks on the {} lane ({why})", self.lane));
        }
        Ok(Prepared { engines: harness.engine_names(), took: started.elapsed(), notes })
    }

    /// The time per phase spent so far (all jobs, up to their last case).
    pub fn timings(&self) -> Timings {
        self.timings.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// What [`Fuzz::prepare`] did before the budget.
pub struct Prepared {
    pub engines: Vec<String>,
    /// How long it took (guest builds, engine start).
    pub took: Duration,
    /// What it changed in the campaign, one line each.
    pub notes: Vec<String>,
}

impl Prepared {
    /// One line for the user, or `None` when there is nothing to say.
    pub fn describe(&self) -> Option<String> {
        let mut parts = self.notes.clone();
        if self.took >= Duration::from_secs(1) {
            parts.insert(0, format!("prepared in {:.1?} (guest builds, engine start)", self.took));
        }
        (!parts.is_empty()).then(|| format!("before the budget: {}", parts.join("; ")))
    }
}

pub struct FuzzJob<'t> {
    target: &'t Fuzz,
    harness: Harness,
    cx: FindingContext,
}

impl Fuzz {
    fn context(&self, engines: Vec<String>, toolchain: Toolchain) -> FindingContext {
        FindingContext { engines, mutant: self.mutant, origin: Origin::default(), gen: Some(self.gen.clone()), toolchain }
    }
}

impl<'t> Target for &'t Fuzz {
    type Job = FuzzJob<'t>;
    const NAME: &'static str = "fuzz";

    fn block(&self) -> u64 {
        self.gen.host_variants
    }

    fn job(&self, _n: usize) -> anyhow::Result<FuzzJob<'t>> {
        let harness = match &self.make {
            Some(make) => make()?,
            None => Harness::for_lane(&self.engines, &self.options, self.mutant, self.lane)?,
        };
        let mut cx = self.context(harness.engine_names(), Toolchain::current(harness.versions()));
        cx.mutant = harness.mutant;
        Ok(FuzzJob { target: self, harness, cx })
    }

    fn crash(&self, store: &Store, seed: u64, index: u64, what: &str) -> anyhow::Result<()> {
        let mut cx = self.context(crate::engine::expand_names(&self.engines), Toolchain::current(Default::default()));
        cx.origin = Origin { seed: Some(seed), case: Some(index) };
        findings::crash::program(store, case_program(seed, index, &self.gen), self.lane, what, &cx).map(|_| ())
    }

    fn finish(&self, job: FuzzJob<'t>) {
        let mut engines = self.engines_seen.lock().unwrap_or_else(|e| e.into_inner());
        if engines.is_empty() {
            *engines = job.cx.engines;
        }
    }
}

impl Job for FuzzJob<'_> {
    fn run(&mut self, seed: u64, index: u64, store: &Store) -> Ran {
        let mut ran = Ran::NotRun;
        self.run_block(seed, index..index + 1, store, &mut |_| {}, &mut |r| ran = r);
        ran
    }

    /// One case at a time, unless an engine batches: then the block's
    /// programs are checked as one batch, then each recorded.
    fn run_block(&mut self, seed: u64, indices: std::ops::Range<u64>, store: &Store, mark: &mut dyn FnMut(u64), done: &mut dyn FnMut(Ran)) {
        if !self.harness.batches() {
            for index in indices {
                mark(index);
                let result = self.check(seed, index..index + 1, &mut |_| {}).pop().expect("one result a program");
                done(self.record(seed, index, result, store));
            }
            return;
        }
        let first = indices.start;
        let results = self.check(seed, indices.clone(), &mut |k| mark(first + k as u64));
        for (index, result) in indices.zip(results) {
            done(self.record(seed, index, result, store));
        }
    }
}

impl FuzzJob<'_> {
    /// Check the programs of cases `indices`, timing the engines.
    fn check(&mut self, seed: u64, indices: std::ops::Range<u64>, before: &mut dyn FnMut(usize)) -> Vec<crate::case::CaseResult> {
        let timings = self.harness.timings.clone();
        let programs = crate::program::gen::case_programs(seed, indices, &self.target.gen);
        let results = self.harness.check_batch(programs, before);
        let spent = self.harness.timings.since(&timings);
        self.target.timings.lock().unwrap_or_else(|e| e.into_inner()).merge(&spent);
        results
    }

    /// Count and save what case `index` gave; how it ended.
    fn record(&mut self, seed: u64, index: u64, result: crate::case::CaseResult, store: &Store) -> Ran {
        let encodings: Vec<_> = result.runs.iter().map(|r| r.id.encoding).collect();
        let profile = crate::guest::profile::for_lane(self.target.lane, crate::compile::Encoding::Exnref);
        self.target.stats.lock().unwrap_or_else(|e| e.into_inner()).add(&result.program, profile, &encodings);
        let cx = FindingContext { origin: Origin { seed: Some(seed), case: Some(index) }, ..self.cx.clone() };
        // A program the lane cannot run is counted under the lane fact.
        if let Some(f) = &result.unsupported {
            let sig = findings::Signature { key: format!("lane fact {}", f.id), label: "unsupported".into(), message: f.what.clone() };
            store.count(&sig, Some(index));
        }
        // A known defect (or declared hazard) is counted under its id, never saved again.
        for (d, _) in &result.known {
            let sig = findings::Signature { key: format!("{} {}", d.kind(), d.id), label: "known".into(), message: d.shown() };
            store.count(&sig, Some(index));
        }
        for v in &result.verdicts {
            // Write errors are in the store's summary; the campaign goes on.
            let Ok(Some(dir)) = finding::save(store, &result, v, &cx) else { continue };
            if self.target.reduce {
                let out = dir.join("reduced");
                let until = self.target.reduce_time.map(|t| Instant::now() + t);
                let limit = ReduceLimit { tests: REDUCE_BUDGET, until };
                if let Err(e) = finding::reduce_into(&mut self.harness, &result.program, v, &out, &cx, limit) {
                    store.error(format!("reducing case {index}: {e:#}"));
                }
            }
        }
        if result.unsupported.is_some() {
            Ran::NotRun
        } else if result.passed() {
            Ran::Passed
        } else {
            Ran::Failed
        }
    }
}

/// A finished program campaign, with the totals of its jobs.
pub struct FuzzOutcome {
    /// The engines the jobs ran (`all` expanded).
    pub engines: Vec<String>,
    pub campaign: super::Outcome,
    pub stats: GenStats,
    pub timings: Timings,
}

/// Run a program campaign and write its `summary.md`.
pub fn run(target: &Fuzz, cfg: &Config, progress: &(dyn Fn(&super::Progress) + Sync)) -> anyhow::Result<FuzzOutcome> {
    let campaign = super::run(&target, cfg, progress)?;
    let (mut stats, timings, engines) = (take(&target.stats), take(&target.timings), take(&target.engines_seen));
    stats.off_in(&target.gen, &crate::guest::profile::for_lane(target.lane, crate::compile::Encoding::Exnref));
    let engines = if engines.is_empty() { target.engines.clone() } else { engines };
    let rate = campaign.cases as f64 / campaign.elapsed.as_secs_f64().max(1e-9);
    let mut facts = vec![
        format!("engines: {}", engines.join(", ")),
        format!("seed: {} (replay the campaign with `reentry fuzz --seed {}`)", cfg.seed, cfg.seed),
    ];
    facts.push(format!("lane: {}", target.lane));
    if let Some(profile) = crate::guest::profile::describe(target.lane) {
        let ids: Vec<&str> = crate::guest::profile::applying(target.lane).map(|e| e.id).collect();
        facts.push(format!("{} (known divergences: {})", profile.lines().next().unwrap_or_default().trim_end_matches(':'), ids.join(", ")));
    }
    if let Some(m) = target.mutant {
        facts.push(format!("mutant: {}", m.name()));
    }
    facts.push(match campaign.none_ran() {
        Some(why) => format!("error: {why}"),
        None => format!("{} cases in {:.1?} ({rate:.0} cases/s){}, {} failing", campaign.cases, campaign.elapsed, not_run(&campaign), campaign.failing_cases),
    });
    campaign.store.write_summary("reentry fuzz summary", &facts, &[("Generator".into(), format!("```text\n{stats}```"))])?;
    Ok(FuzzOutcome { engines, campaign, stats, timings })
}

/// `, N not run` when some cases could not run on the engines.
pub fn not_run(c: &super::Outcome) -> String {
    if c.not_run == 0 {
        String::new()
    } else {
        format!(", {} not run", c.not_run)
    }
}

fn take<T: Default>(m: &Mutex<T>) -> T {
    std::mem::take(&mut *m.lock().unwrap_or_else(|e| e.into_inner()))
}
