//! `reentry load --binding workers-rs` (issue 23): at least 100 requests
//! in flight against one workerd for a given time, a seeded mix of healthy
//! calls, tasks (a request suspended at an await), panics and aborts, each
//! judged against what the model predicts for it under the lane's profile:
//! alone, and for a task in flight while another request aborted (the
//! model's refusal of its resumption: it may fail, as stale). A request the
//! model does not predict (above all one workerd cancelled as hung, or that
//! timed out) is a divergence; each kind of divergence is turned into the
//! sequential program that provokes it (the task, the abort it overlapped,
//! a request on the fresh instance, the task's resumption) and run through
//! the harness, so it is either a known defect or a finding that replays.
//! Under panic=unwind with no aborts in the mix the model also predicts the
//! state after the run exactly (every panic keeps the instance): a
//! different one is stale or lost state.

use crate::case::Harness;
use crate::engine::workerd::load::{self, Sent};
use crate::engine::EngineOptions;
use crate::findings::program::FindingContext;
use crate::findings::{self, Store};
use crate::guest::{profile, workers_rs, Lane};
use crate::program::{DriverStep, Program};
use crate::trace::{Event, Failure, Outcome};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What `reentry load` is asked to do.
#[derive(Clone, Debug)]
pub struct Config {
    pub lane: Lane,
    pub time: Duration,
    /// Requests kept in flight at once.
    pub in_flight: usize,
    /// Of every 100 requests, how many panic, abort, and are tasks (the
    /// rest are healthy calls).
    pub panics: u32,
    pub aborts: u32,
    pub tasks: u32,
    pub seed: u64,
    /// Where findings and `load-<lane>-<seed>.json` go.
    pub findings: PathBuf,
    /// workers-rs finding directories whose `fix.patch` (to worker-build's
    /// shims) the Worker is served with, in order; empty: as released.
    pub fixes: Vec<PathBuf>,
}

/// The program every request carries: `e0` counts, `e1` panics under a
/// guard, `e2` aborts, `e3` is a task that counts, awaits, counts. `e4`
/// and `e5` are `e0` and `e1` as the Worker runs them: its fetch handler
/// is async and first awaits the request's body, so a call is in flight
/// at an await too (what a call is in the sequential program of a call in
/// flight at an abort).
const PROGRAM: &str = "export e0 {\n  add_state 1\n}\nexport e1 {\n  guard 1\n  panic 7\n}\nexport e2 {\n  abort unreachable\n}\n\
                       async export e3 {\n  add_state 1\n  await\n  add_state 1\n}\n\
                       async export e4 {\n  await\n  add_state 1\n}\nasync export e5 {\n  await\n  guard 2\n  panic 7\n}\ndriver {\n}\n";

/// What a request runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Call,
    Task,
    Panic,
    Abort,
}

impl Kind {
    const ALL: [Kind; 4] = [Kind::Call, Kind::Task, Kind::Panic, Kind::Abort];

    /// Request `i` of a run seeded `seed`.
    fn of(cfg: &Config, i: u64) -> Kind {
        let roll = (crate::fnv::hash_parts(&[&cfg.seed.to_string(), &i.to_string()]) % 100) as u32;
        match roll {
            r if r < cfg.panics => Kind::Panic,
            r if r < cfg.panics + cfg.aborts => Kind::Abort,
            r if r < cfg.panics + cfg.aborts + cfg.tasks => Kind::Task,
            _ => Kind::Call,
        }
    }

    /// The driver step it is, and its route (binding_workers_rs.rs).
    fn step(self) -> DriverStep {
        match self {
            Kind::Call => DriverStep::Call { export: 0 },
            Kind::Panic => DriverStep::Call { export: 1 },
            Kind::Abort => DriverStep::Call { export: 2 },
            Kind::Task => DriverStep::Spawn { export: 3 },
        }
    }

    fn path(self, i: u64) -> String {
        match self.step() {
            DriverStep::Spawn { export } => format!("/spawn/{export}/{i}"),
            DriverStep::Call { export } => format!("/call/{export}"),
            _ => unreachable!("a request is a call or a spawn"),
        }
    }
}

/// What a request did, as far as the model tells outcomes apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    Ok,
    Failed,
    /// Never settled: workerd cancelled it as hung, or no answer in time.
    Hung,
}

impl Class {
    fn of_outcome(o: Option<&Outcome>) -> Class {
        match o {
            Some(Outcome::Value(_)) => Class::Ok,
            Some(Outcome::Failed(_)) => Class::Failed,
            _ => Class::Hung,
        }
    }

    fn of_sent(s: &Sent) -> Class {
        let hung = ["hung", "will never", "timeout"].iter().any(|w| s.body.contains(w));
        match s.status {
            200 => Class::Ok,
            0 if hung => Class::Hung,
            _ => Class::Failed,
        }
    }
}

/// The model's prediction for one kind of request.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Prediction {
    /// Alone (on a live instance).
    pub alone: Class,
    /// It aborts its instance (a trap: workerd cancels its own request,
    /// which workers-rs's panic.spec.ts expects).
    pub aborts: bool,
    /// In flight at an await while another request aborts: its
    /// resumption (`None` for a request that aborts itself).
    pub at_abort: Option<Class>,
    /// What it adds to the state when it completes.
    pub adds: i64,
}

/// The model's outcome for the last request of `driver` on `program`
/// (a task's settlement for a spawn).
fn model_outcome(program: &Program, lane: Lane, driver: Vec<DriverStep>) -> anyhow::Result<Option<Outcome>> {
    let p = Program { driver: driver.clone(), ..program.clone() };
    let profile = profile::for_lane(lane, lane.encodings()[0]);
    let trace = crate::model::run_with(&p, profile).map_err(|e| anyhow::anyhow!("the model: {e:?}"))?;
    let last = driver.len() as i32 - 1;
    Ok(match driver.last() {
        Some(DriverStep::Spawn { .. }) => trace.0.iter().find_map(|e| match e {
            Event::TaskSettled { task: 0, outcome } => Some(*outcome),
            _ => None,
        }),
        Some(DriverStep::Resolve { task }) => trace.0.iter().find_map(|e| match e {
            Event::TaskSettled { task: t, outcome } if *t == *task as i32 => Some(*outcome),
            _ => None,
        }),
        _ => trace.0.iter().find_map(|e| match e {
            Event::Outcome { step, outcome } if *step == last => Some(*outcome),
            _ => None,
        }),
    })
}

/// The sequential program of a request of `kind` in flight at an await
/// while `abort` aborts the instance: spawn it (a call as its task form,
/// `e4` / `e5`), abort, a request on the fresh instance, resolve it.
fn at_abort(kind: Kind, abort: Kind) -> Vec<DriverStep> {
    let export = match kind {
        Kind::Task => 3,
        Kind::Call => 4,
        Kind::Panic | Kind::Abort => 5,
    };
    vec![DriverStep::Spawn { export }, abort.step(), DriverStep::Call { export: 0 }, DriverStep::Resolve { task: 0 }]
}

fn predictions(program: &Program, lane: Lane) -> anyhow::Result<BTreeMap<Kind, Prediction>> {
    let mut out = BTreeMap::new();
    for kind in Kind::ALL {
        let alone = model_outcome(program, lane, vec![kind.step()])?;
        let aborts = matches!(alone, Some(Outcome::Failed(Failure::Trap(_))));
        let at_abort = match aborts {
            false => Some(Class::of_outcome(model_outcome(program, lane, at_abort(kind, Kind::Abort))?.as_ref())),
            true => None,
        };
        let adds = match (kind, alone) {
            (_, Some(Outcome::Value(v))) => v as i64,
            _ => 0,
        };
        out.insert(kind, Prediction { alone: Class::of_outcome(alone.as_ref()), aborts, at_abort, adds });
    }
    Ok(out)
}

/// A request the model did not predict.
#[derive(Clone, Debug, Serialize)]
pub struct Divergence {
    pub index: u64,
    pub kind: Kind,
    pub observed: Class,
    pub expected: Vec<Class>,
    /// An aborting request in flight at the same time, if any.
    pub overlapped: Option<Kind>,
    pub latency_ms: f64,
    pub body: String,
    /// What its sequential program turned out to be: `known defect <id>`,
    /// `finding <dir>`, or `passes sequentially`.
    pub explained: String,
}

/// Latency percentiles in milliseconds.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Latency {
    pub p50: f64,
    pub p90: f64,
    pub p99: f64,
    pub max: f64,
}

impl Latency {
    fn of(mut ms: Vec<f64>) -> Latency {
        if ms.is_empty() {
            return Latency::default();
        }
        ms.sort_by(f64::total_cmp);
        let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
        Latency { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: ms[ms.len() - 1] }
    }
}

/// What a load run found.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub lane: String,
    /// The fixes the Worker was served with ([`Config::fixes`]).
    pub fixes: Vec<PathBuf>,
    pub seed: u64,
    pub seconds: f64,
    pub requests: usize,
    /// The most requests in flight at once.
    pub peak_in_flight: usize,
    pub predictions: BTreeMap<Kind, Prediction>,
    /// Requests per kind and what they did (an aborting request workerd
    /// cancelled is `failed`: its own abort).
    pub counts: BTreeMap<Kind, BTreeMap<Class, usize>>,
    pub latency: Latency,
    /// Hung requests among them (never its own abort's cancellation).
    pub hung: usize,
    /// The state after the run, and the model's when it predicts one
    /// exactly (no resets: panic=unwind, no aborts).
    pub state: Option<i64>,
    pub predicted_state: Option<i64>,
    pub divergences: Vec<Divergence>,
    /// Known defects the divergences are, with how many requests each.
    pub known: BTreeMap<String, usize>,
    /// Finding directories written.
    pub findings: Vec<PathBuf>,
}

impl Report {
    /// No divergence outside a known defect, and the state as predicted.
    pub fn clean(&self) -> bool {
        self.divergences.iter().all(|d| d.explained.starts_with("known")) && self.state == self.predicted_state.or(self.state)
    }
}

/// Run the load and judge it.
pub fn run(cfg: &Config) -> anyhow::Result<Report> {
    anyhow::ensure!(cfg.lane.binding == crate::guest::Binding::WorkersRs, "reentry load runs the workers-rs lane (--guest rustc --binding workers-rs)");
    anyhow::ensure!(cfg.panics + cfg.aborts + cfg.tasks <= 100, "--panics, --aborts and --tasks are shares of 100 requests");
    let program = crate::text::parse(PROGRAM).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let bytes = crate::guest::encode::encode(&program)?;
    let module = crate::guest::module(cfg.lane, cfg.lane.encodings()[0], None)?;
    let released = module.worker.as_deref().ok_or_else(|| anyhow::anyhow!("the lane's module carries no Worker"))?;
    let flavor = crate::guest::build::Flavor::of_lane(cfg.lane, cfg.lane.encodings()[0]);
    let fixed = match cfg.fixes.is_empty() {
        true => None,
        false => {
            let patches: Vec<PathBuf> = cfg.fixes.iter().map(|d| d.join(crate::fixes::PATCH)).collect();
            Some(workers_rs::worker_with_shim(flavor, &workers_rs::patched_shim(flavor, &patches)?)?)
        }
    };
    let worker = fixed.as_ref().unwrap_or(released);
    let predicted = predictions(&program, cfg.lane)?;
    let ran = load::run(worker, &bytes, cfg.in_flight, cfg.time, &|i| Kind::of(cfg, i).path(i))?;

    let aborting: Vec<&Sent> = ran.sent.iter().filter(|s| predicted[&Kind::of(cfg, s.index)].aborts).collect();
    let mut counts: BTreeMap<Kind, BTreeMap<Class, usize>> = BTreeMap::new();
    let mut divergences = Vec::new();
    let mut adds = 0;
    for s in &ran.sent {
        let kind = Kind::of(cfg, s.index);
        let p = predicted[&kind];
        let mut observed = Class::of_sent(s);
        if observed == Class::Hung && p.aborts {
            observed = Class::Failed; // its own abort: workerd cancels it
        }
        *counts.entry(kind).or_default().entry(observed).or_default() += 1;
        if observed == Class::Ok {
            adds += p.adds;
        }
        let overlapped = aborting.iter().find(|a| a.index != s.index && a.started < s.ended && s.started < a.ended).map(|a| Kind::of(cfg, a.index));
        let mut expected = vec![p.alone];
        if let (Some(_), Some(c)) = (overlapped, p.at_abort) {
            expected.push(c);
        }
        if !expected.contains(&observed) {
            let latency_ms = (s.ended - s.started).as_secs_f64() * 1e3;
            divergences.push(Divergence { index: s.index, kind, observed, expected, overlapped, latency_ms, body: s.body.clone(), explained: String::new() });
        }
    }
    let resets = predicted.iter().any(|(k, p)| p.aborts && counts.get(k).is_some_and(|c| !c.is_empty()));
    let state = (ran.state.0 == 200).then(|| ran.state.1.trim().parse::<i64>().ok()).flatten();
    let mut report = Report {
        lane: cfg.lane.to_string(),
        fixes: cfg.fixes.clone(),
        seed: cfg.seed,
        seconds: cfg.time.as_secs_f64(),
        requests: ran.sent.len(),
        peak_in_flight: ran.peak,
        predictions: predicted,
        latency: Latency::of(ran.sent.iter().map(|s| (s.ended - s.started).as_secs_f64() * 1e3).collect()),
        hung: counts.values().map(|c| c.get(&Class::Hung).copied().unwrap_or(0)).sum(),
        counts,
        state,
        predicted_state: (!resets).then_some(adds),
        divergences,
        known: BTreeMap::new(),
        findings: Vec::new(),
    };
    explain(cfg, &program, &mut report)?;
    std::fs::create_dir_all(&cfg.findings)?;
    let lane = cfg.lane.to_string().replace(['/', ' ', '='], "-");
    std::fs::write(cfg.findings.join(format!("load-{lane}-{}.json", cfg.seed)), serde_json::to_string_pretty(&report)?)?;
    Ok(report)
}

/// Run each kind of divergence as its sequential program on the lane: a
/// known defect, a finding written to the store, or nothing sequential.
fn explain(cfg: &Config, program: &Program, report: &mut Report) -> anyhow::Result<()> {
    if report.divergences.is_empty() {
        return Ok(());
    }
    let mut h = Harness::for_lane(&["workerd".to_string()], &EngineOptions::default(), None, cfg.lane)?;
    let store = Store::open(&cfg.findings, 1)?;
    let cx = FindingContext {
        engines: h.engine_names(),
        mutant: None,
        origin: findings::Origin { seed: Some(cfg.seed), case: None },
        gen: None,
        toolchain: findings::Toolchain::current(h.versions()),
    };
    let mut seen: BTreeMap<(Kind, Option<Kind>), String> = BTreeMap::new();
    for d in &mut report.divergences {
        let explained = seen.entry((d.kind, d.overlapped)).or_insert_with(|| {
            let driver = match d.overlapped {
                Some(abort) => at_abort(d.kind, abort),
                None => vec![d.kind.step()],
            };
            let result = h.check(Program { driver, ..program.clone() });
            if let Some((k, _)) = result.known.first() {
                return format!("known defect {}", k.id);
            }
            let mut dirs = Vec::new();
            for v in &result.verdicts {
                match findings::program::save(&store, &result, v, &cx) {
                    Ok(Some(dir)) => dirs.push(dir.display().to_string()),
                    Ok(None) => {}
                    Err(e) => dirs.push(format!("(not saved: {e:#})")),
                }
            }
            match (result.verdicts.is_empty(), dirs.is_empty()) {
                (true, _) => "passes sequentially".into(),
                (false, true) => "finding (already saved)".into(),
                (false, false) => format!("finding {}", dirs.join(", ")),
            }
        });
        d.explained = explained.clone();
        if let Some(id) = d.explained.strip_prefix("known defect ") {
            *report.known.entry(id.to_string()).or_default() += 1;
        }
        if let Some(dirs) = d.explained.strip_prefix("finding ") {
            report.findings.extend(dirs.split(", ").filter(|d| !d.starts_with('(')).map(PathBuf::from));
        }
    }
    report.findings.sort();
    report.findings.dedup();
    Ok(())
}

/// The report as text (what `reentry load` prints).
pub fn render(r: &Report, findings: &Path) -> String {
    let mut out = format!(
        "load on {} (seed {}): {} requests in {:.0} s, at most {} in flight\n",
        r.lane, r.seed, r.requests, r.seconds, r.peak_in_flight
    );
    for f in &r.fixes {
        out += &format!("  served with the fix of {}\n", f.display());
    }
    for (kind, c) in &r.counts {
        let p = &r.predictions[kind];
        let parts: Vec<String> = c.iter().map(|(class, n)| format!("{n} {class:?}").to_lowercase()).collect();
        out += &format!("  {kind:?}: {} (model: {:?}{})\n", parts.join(", "), p.alone, p.at_abort.map_or(String::new(), |a| format!(", {a:?} when in flight at an abort")));
    }
    let l = &r.latency;
    out += &format!("  latency: p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms\n", l.p50, l.p90, l.p99, l.max);
    out += &format!("  hung: {}\n", r.hung);
    if let Some(p) = r.predicted_state {
        out += &format!("  state after the run: {} (model: {p})\n", r.state.map_or("unread".into(), |s| s.to_string()));
    }
    for (id, n) in &r.known {
        out += &format!("  known defect {id}: {n} requests\n");
    }
    let unexplained = r.divergences.iter().filter(|d| !d.explained.starts_with("known")).count();
    if unexplained > 0 {
        out += &format!("  {unexplained} requests the model does not predict, outside known defects\n");
    }
    for f in &r.findings {
        out += &format!("  finding: {f:?}\n");
    }
    out += &format!("  report: {}\n", findings.display());
    out
}
