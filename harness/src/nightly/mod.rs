//! `reentry nightly`: every check, campaign and benchmark of the suite in
//! one time budget, and one report of it.
//!
//! Phases, in order ([`plan`] splits the budget): the checks (the compat
//! matrix, measured file by file: the corpus on every engine and lane, the
//! spec EH scripts on every engine, the probes — [`checks`]); replaying the
//! baseline's findings ([`baseline`]); a fuzz campaign per lane on every
//! engine that runs it, and a smith_diff campaign ([`campaigns`]); a bench
//! snapshot ([`snapshot`]). After every phase the whole report is written
//! again, atomically: `report.json` ([`report`], schema
//! reports/nightly.schema.json), `report.md`, `report.html` and
//! `junit.xml`, so a run stopped at any point (a signal, [`crate::stop`];
//! the budget; even a kill) leaves a valid report, marked partial, with
//! every finding made so far.

pub mod baseline;
pub mod campaigns;
pub mod checks;
pub mod collect;
pub mod html;
pub mod junit;
pub mod markdown;
pub mod plan;
pub mod report;
pub mod snapshot;
pub mod svg;

use crate::compat::{self, Matrix};
use crate::engine::{self, EngineOptions};
use crate::guest::Lane;
use crate::mutant::Mutant;
use anyhow::Context;
use baseline::Replayed;
use collect::Source;
use report::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What to run.
#[derive(Clone, Debug)]
pub struct Options {
    pub budget: Duration,
    /// The report's directory (created).
    pub out: PathBuf,
    /// A previous night's `report.json`.
    pub baseline: Option<PathBuf>,
    /// Engine names (`all`: every engine installed; the compat matrix then
    /// also has the compat pins).
    pub engines: Vec<String>,
    /// A seeded bug for the whole run (see `reentry mutants`).
    pub mutant: Option<Mutant>,
    pub seed: u64,
    /// Threads per campaign and for the matrix.
    pub jobs: usize,
    pub engine: EngineOptions,
    pub corpus_dir: PathBuf,
    pub conformance_dir: PathBuf,
    /// The wasm-bindgen releases (or trees) of the matrix's wasm-bindgen
    /// corpus column, one column each; the fuzz campaign runs the last.
    pub wasm_bindgen: Vec<crate::guest::wbg::Wbg>,
    /// Verify every wasm-bindgen finding's fix.patch (`crate::fixes`): an
    /// untimed phase that builds each patched tree (minutes the first night,
    /// cached after).
    pub fixes: bool,
    /// The command line, recorded in the report.
    pub command: String,
}

/// What the run reports as it goes (for a progress bar).
pub enum Event {
    /// Phase `index` of `total` starts with `planned` time (zero: untimed).
    Phase { name: String, index: usize, total: usize, planned: Duration },
    /// What the current phase is doing.
    Work(String),
    /// A phase ended.
    Done { name: String, state: PhaseState, detail: String },
    /// Something the reader must see (a bad baseline, a red engine).
    Warning(String),
}

/// How the run ended, as the exit status says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// 0: no new findings.
    Clean,
    /// 1: new findings.
    NewFindings,
    /// 2: the run itself failed (stopped by a signal, no engine started, a
    /// phase failed) and found nothing new.
    Failed,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Clean => 0,
            Exit::NewFindings => 1,
            Exit::Failed => 2,
        }
    }
}

pub struct Outcome {
    pub report: Report,
    pub exit: Exit,
}

/// The report files, in the report's directory.
pub const FILES: [&str; 4] = ["report.json", "report.md", "report.html", "junit.xml"];

/// One night in progress: the report so far and what it is made from.
struct Night<'o> {
    o: &'o Options,
    report: Report,
    matrix: Option<Matrix>,
    sources: Vec<Source>,
    baseline: Option<Report>,
    replays: BTreeMap<String, Replayed>,
    start: Instant,
    failed: bool,
}

impl Night<'_> {
    fn findings_dir(&self) -> PathBuf {
        self.o.out.join("findings")
    }

    fn phase(&mut self, name: &str) -> &mut Phase {
        let i = self.report.phases.iter().position(|p| p.name == name).expect("every phase is planned up front");
        &mut self.report.phases[i]
    }

    /// Rebuild the findings (and the comparison) and write every report file.
    fn write(&mut self) -> anyhow::Result<()> {
        let started_at = self.report.started_at;
        let (mut found, errors) = collect::findings(&self.o.out, &self.sources, started_at);
        for e in errors {
            if !self.report.errors.contains(&e) {
                self.report.errors.push(e);
            }
        }
        if let (Some(base), Some(path)) = (&self.baseline, &self.o.baseline) {
            let carried = self.findings_dir().join("carried");
            let mut b = baseline::compare(path, base, &mut found, &self.replays, &self.o.out, &carried);
            if let (Some(old), Some(new)) = (&base.compat, &self.report.compat) {
                b.compat_changes = baseline::compat_changes(old, new);
            }
            b.throughput_changes = snapshot::changes(&base.bench, &self.report.bench);
            self.report.baseline = Some(b);
        }
        self.report.findings = found;
        self.report.elapsed_seconds = self.start.elapsed().as_secs_f64();
        let out = &self.o.out;
        let json = serde_json::to_string_pretty(&self.report)? + "\n";
        let files = [
            (FILES[0], json),
            (FILES[1], markdown::render(&self.report, self.matrix.as_ref())),
            (FILES[2], html::render(&self.report, self.matrix.as_ref())),
            (FILES[3], junit::render(&self.report)),
        ];
        for (name, text) in files {
            let path = out.join(name);
            crate::paths::write_atomically(&path, text.as_bytes()).with_context(|| format!("writing {}", path.display()))?;
        }
        Ok(())
    }

    fn new_findings(&self) -> usize {
        self.report.findings.iter().filter(|f| f.status == FindingStatus::New).count()
    }
}

fn now_secs() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// The engines of the run: every one named (for `all`, every registered
/// engine but the compat pins), each `ok` for now or `unavailable`.
fn engine_rows(names: &[String]) -> anyhow::Result<Vec<EngineRow>> {
    let listed: Vec<String> = if names.iter().any(|n| n == "all") {
        let mut v: Vec<String> = engine::registry::all().filter(|r| !r.compat_only()).map(|r| r.name.to_string()).collect();
        v.extend(names.iter().filter(|n| *n != "all").cloned());
        v.dedup();
        v
    } else {
        names.to_vec()
    };
    listed
        .iter()
        .map(|name| {
            let r = engine::registration(name).with_context(|| format!("unknown engine `{name}` (known: {})", engine::names().join(", ")))?;
            let (state, detail) = match (r.available)(r) {
                Ok(()) => (EngineState::NotMeasured, String::new()),
                Err(why) => (EngineState::Unavailable, format!("not available: {why}")),
            };
            Ok(EngineRow {
                name: name.clone(),
                family: r.family.name().into(),
                isolation: if r.isolation == engine::Isolation::InProcess { "in-process".into() } else { "process".into() },
                lanes: r.lanes.iter().map(|l| l.to_string()).collect(),
                state,
                version: None,
                detail,
            })
        })
        .collect()
}

/// A timed phase: its name, weight, and what it runs.
enum Timed {
    Fuzz(Lane, Vec<String>),
    Smith,
    Bench(Vec<String>),
}

impl Timed {
    fn name(&self) -> String {
        match self {
            Timed::Fuzz(lane, _) => format!("fuzz {lane}"),
            Timed::Smith => "smith".into(),
            Timed::Bench(_) => "bench".into(),
        }
    }
}

/// Run the night.
pub fn run(o: &Options, on: &(dyn Fn(&Event) + Sync)) -> anyhow::Result<Outcome> {
    let start = Instant::now();
    let clock = plan::Clock::new(start, o.budget);
    std::fs::create_dir_all(&o.out).with_context(|| format!("creating {}", o.out.display()))?;
    let mut night = Night {
        o,
        report: Report {
            schema: SCHEMA.into(),
            schema_version: SCHEMA_VERSION,
            reentry_version: env!("CARGO_PKG_VERSION").into(),
            command: o.command.clone(),
            started_at: now_secs(),
            elapsed_seconds: 0.0,
            budget_seconds: o.budget.as_secs_f64(),
            seed: o.seed,
            mutant: o.mutant.map(|m| m.name().to_string()),
            status: Status::Partial,
            partial_reason: Some("still running (a run that never finished leaves this)".into()),
            engines: engine_rows(&o.engines)?,
            phases: Vec::new(),
            corpus: Vec::new(),
            conformance: Vec::new(),
            compat: None,
            campaigns: Vec::new(),
            throughput: Vec::new(),
            coverage: Vec::new(),
            bench: Vec::new(),
            findings: Vec::new(),
            baseline: None,
            errors: Vec::new(),
        },
        matrix: None,
        sources: Vec::new(),
        baseline: None,
        replays: BTreeMap::new(),
        start,
        failed: false,
    };
    if let Some(path) = &o.baseline {
        match baseline::load(path) {
            Ok(b) => night.baseline = Some(b),
            Err(e) => {
                on(&Event::Warning(format!("{e}; reporting without a comparison")));
                night.report.baseline = Some(Baseline::empty(path, Some(e)));
            }
        }
    }
    let mut untimed = vec!["checks".to_string()];
    if night.baseline.as_ref().is_some_and(|b| !b.findings.is_empty()) {
        untimed.push("baseline".into());
    }
    if o.fixes {
        untimed.push("fixes".into());
    }
    // The timed phases are known once the checks say which engines started;
    // list the ones that may run so the report shows them pending.
    // The wasm-bindgen campaign runs the last release (or tree) listed.
    let wbg = o.wasm_bindgen.last().copied().unwrap_or_default();
    let lanes: Vec<Lane> = compat::LANES.iter().map(|l| if l.binding == crate::guest::Binding::WasmBindgen { Lane::wasm_bindgen(wbg) } else { *l }).collect();
    let mut names = untimed.clone();
    names.extend(lanes.iter().map(|l| format!("fuzz {l}")));
    names.extend(["smith".to_string(), "bench".to_string()]);
    night.report.phases = names
        .iter()
        .map(|n| Phase { name: n.clone(), state: PhaseState::Pending, planned_seconds: 0.0, elapsed_seconds: 0.0, detail: String::new() })
        .collect();
    night.write()?;
    let total = names.len();

    checks(&mut night, o, on, total)?;
    let started: Vec<String> =
        night.report.engines.iter().filter(|e| e.state == EngineState::Ok).map(|e| e.name.clone()).collect();
    if started.is_empty() && crate::stop::requested().is_none() {
        night.report.errors.push("no engine started: nothing could run".into());
        night.failed = true;
    }
    if untimed.iter().any(|p| p == "baseline") {
        replay_baseline(&mut night, &started, on, total)?;
    }
    if o.fixes {
        check_fixes(&mut night, &started, on, &names)?;
    }

    let mut timed: Vec<(Timed, f64)> = Vec::new();
    let lane_weights: f64 = lanes.iter().map(|l| plan::lane_weight(*l)).sum();
    for lane in &lanes {
        let on_lane: Vec<String> = started.iter().filter(|e| engine::check_lane(e, *lane).is_ok()).cloned().collect();
        if on_lane.is_empty() {
            let p = night.phase(&format!("fuzz {lane}"));
            p.state = PhaseState::Skipped;
            p.detail = "no engine that started runs this lane".into();
            continue;
        }
        timed.push((Timed::Fuzz(*lane, on_lane), plan::FUZZ_WEIGHT * plan::lane_weight(*lane) / lane_weights));
    }
    if crate::smith::ENGINES.iter().all(|e| started.iter().any(|s| s == e)) {
        timed.push((Timed::Smith, plan::SMITH_WEIGHT));
    } else {
        let p = night.phase("smith");
        p.state = PhaseState::Skipped;
        p.detail = format!("needs {} (in process), which did not all start", crate::smith::ENGINES.join(" and "));
    }
    if !started.is_empty() {
        timed.push((Timed::Bench(started.clone()), plan::BENCH_WEIGHT));
    }
    let setup = campaigns::Setup {
        seed: o.seed,
        jobs: o.jobs,
        mutant: o.mutant,
        engine: &o.engine,
        findings: &night.findings_dir(),
        out: &o.out,
        start,
    };
    let mut short_of_time: Vec<String> = Vec::new();
    for i in 0..timed.len() {
        let (phase, weight) = &timed[i];
        let name = phase.name();
        let rest: f64 = timed[i..].iter().map(|(_, w)| w).sum();
        let time = clock.share(Instant::now(), *weight, rest);
        let index = names.iter().position(|n| *n == name).unwrap_or(0);
        if crate::stop::requested().is_some() {
            let p = night.phase(&name);
            p.state = PhaseState::Skipped;
            p.detail = "the run was stopped first".into();
            continue;
        }
        if time < Duration::from_secs(1) {
            let p = night.phase(&name);
            p.state = PhaseState::Skipped;
            p.detail = "the budget ran out first".into();
            short_of_time.push(name);
            continue;
        }
        on(&Event::Phase { name: name.clone(), index, total, planned: time });
        let t = Instant::now();
        night.phase(&name).planned_seconds = time.as_secs_f64();
        let work = |s: String| on(&Event::Work(s));
        let result: anyhow::Result<String> = match phase {
            Timed::Fuzz(lane, engines) => campaigns::fuzz(&setup, *lane, engines, time, &work).and_then(|d| {
                let detail = format!("{} cases on {} ({:.0}/s), {} failing", d.campaign.cases, d.campaign.engines.join(", "), d.campaign.cases_per_second, d.campaign.failing_cases);
                let none_ran = d.none_ran();
                night.report.throughput.extend(d.samples);
                night.report.coverage.extend(d.coverage);
                night.report.campaigns.push(d.campaign);
                night.sources.push(Source { found_by: name.clone(), summary: d.summary });
                none_ran.map(|()| detail)
            }),
            Timed::Smith => campaigns::smith(&setup, time, &work).and_then(|d| {
                let detail = format!("{} inputs ({:.0}/s), {} failing", d.campaign.cases, d.campaign.cases_per_second, d.campaign.failing_cases);
                let none_ran = d.none_ran();
                night.report.campaigns.push(d.campaign);
                night.sources.push(Source { found_by: name.clone(), summary: d.summary });
                none_ran.map(|()| detail)
            }),
            Timed::Bench(engines) => {
                let sets = snapshot::sets(engines);
                let each = plan::bench_time(time, sets.len(), snapshot::REPS);
                for set in &sets {
                    if crate::stop::requested().is_some() {
                        break;
                    }
                    work(format!("bench: {}", set.join("+")));
                    night.report.bench.push(snapshot::measure(set, each));
                }
                Ok(format!("{} engine sets, {} repetitions of {:.1} s each", night.report.bench.len(), snapshot::REPS, each.as_secs_f64()))
            }
        };
        let (state, detail) = match result {
            Ok(d) if crate::stop::requested().is_some() => (PhaseState::Interrupted, d),
            Ok(d) => (PhaseState::Done, d),
            Err(e) => {
                night.failed = true;
                (PhaseState::Failed, format!("{e:#}"))
            }
        };
        let p = night.phase(&name);
        (p.state, p.detail, p.elapsed_seconds) = (state, detail.clone(), t.elapsed().as_secs_f64());
        on(&Event::Done { name, state, detail });
        night.write()?;
    }

    night.report.partial_reason = match crate::stop::requested() {
        Some(sig) => Some(format!("stopped by {}", crate::stop::signal_name(sig))),
        None if !short_of_time.is_empty() => Some(format!("the budget ran out before: {}", short_of_time.join(", "))),
        None => None,
    };
    night.report.status = if night.report.partial_reason.is_some() { Status::Partial } else { Status::Complete };
    night.write()?;
    let exit = if night.new_findings() > 0 {
        Exit::NewFindings
    } else if night.failed || crate::stop::requested().is_some() {
        Exit::Failed
    } else {
        Exit::Clean
    };
    Ok(Outcome { report: night.report, exit })
}

/// The checks phase: the matrix, the corpus and spec-script cases, the
/// corpus findings, and which engines started.
fn checks(night: &mut Night, o: &Options, on: &(dyn Fn(&Event) + Sync), total: usize) -> anyhow::Result<()> {
    on(&Event::Phase { name: "checks".into(), index: 0, total, planned: Duration::ZERO });
    let t = Instant::now();
    let campaign_engines: Vec<String> =
        night.report.engines.iter().filter(|e| e.state != EngineState::Unavailable).map(|e| e.name.clone()).collect();
    let mut matrix_engines = campaign_engines.clone();
    if o.engines.iter().any(|e| e == "all") {
        matrix_engines.extend(engine::registry::all().filter(|r| r.compat_only() && (r.available)(r).is_ok()).map(|r| r.name.to_string()));
    }
    let witness = checks::Checks::new(campaign_engines, o.corpus_dir.clone(), o.conformance_dir.clone(), night.findings_dir());
    let options = compat::Options {
        engines: matrix_engines,
        engine: o.engine.clone(),
        jobs: o.jobs,
        conformance_dir: Some(o.conformance_dir.clone()),
        corpus_dir: Some(o.corpus_dir.clone()),
        mutant: o.mutant,
        wasm_bindgen: o.wasm_bindgen.clone(),
    };
    let matrix = compat::run_witnessed(&options, &|r: &compat::Row| on(&Event::Work(format!("checks: {} measured in {:.1} s", r.engine, r.seconds))), &witness);
    let checks::Seen { corpus, conformance, stores, errors } = witness.take();
    for row in night.report.engines.iter_mut() {
        let Some(m) = matrix.rows.iter().find(|r| r.engine == row.name) else { continue };
        if !m.engine_version.is_empty() {
            row.version = Some(m.engine_version.clone());
        }
        (row.state, row.detail) = match &m.error {
            None => (EngineState::Ok, m.location.clone()),
            Some(e) if crate::stop::requested().is_some() && e.starts_with("not measured") => (EngineState::NotMeasured, e.clone()),
            Some(e) => {
                on(&Event::Warning(format!("engine {}: {e}", row.name)));
                (EngineState::Failed, e.clone())
            }
        };
    }
    for (lane, store) in stores {
        let summary = store.summary();
        let mine: Vec<&CorpusCase> = corpus.iter().filter(|c| c.lane == lane.to_string()).collect();
        let seconds: f64 = mine.iter().map(|c| c.seconds).sum();
        night.report.campaigns.push(Campaign {
            kind: "corpus".into(),
            lane: Some(lane.to_string()),
            engines: { let mut e: Vec<String> = mine.iter().map(|c| c.engine.clone()).collect(); e.dedup(); e },
            seed: None,
            cases: mine.len() as u64,
            failing_cases: mine.iter().filter(|c| c.status == CaseStatus::Fail).count() as u64,
            seconds,
            cases_per_second: mine.len() as f64 / seconds.max(1e-9),
            findings_dir: campaigns::relative(&o.out, store.root()),
            counted: campaigns::counted(&summary),
            errors: summary.errors.clone(),
        });
        night.sources.push(Source { found_by: format!("corpus {lane}"), summary });
    }
    night.report.errors.extend(errors);
    let (pass, fail) = (corpus.iter().filter(|c| c.status == CaseStatus::Fail).count(), conformance.iter().filter(|c| c.status == CaseStatus::Fail).count());
    let detail = format!(
        "{} engines in the matrix; corpus: {} cases, {pass} failing; spec scripts: {} cases, {fail} failing",
        matrix.rows.len(),
        corpus.len(),
        conformance.len()
    );
    night.report.corpus = corpus;
    night.report.conformance = conformance;
    night.report.compat = Some(serde_json::to_value(&matrix)?);
    night.matrix = Some(matrix);
    let state = if crate::stop::requested().is_some() { PhaseState::Interrupted } else { PhaseState::Done };
    let p = night.phase("checks");
    (p.state, p.detail, p.elapsed_seconds) = (state, detail.clone(), t.elapsed().as_secs_f64());
    on(&Event::Done { name: "checks".into(), state, detail });
    night.write()
}

/// The fixes phase: every wasm-bindgen finding's fix.patch applied to its
/// release's source, built, and checked on the whole corpus on the V8
/// engines that started (`crate::fixes::check`). A fix that fails is an
/// error of the run.
fn check_fixes(night: &mut Night, started: &[String], on: &(dyn Fn(&Event) + Sync), names: &[String]) -> anyhow::Result<()> {
    let index = names.iter().position(|n| n == "fixes").unwrap_or(0);
    on(&Event::Phase { name: "fixes".into(), index, total: names.len(), planned: Duration::ZERO });
    let t = Instant::now();
    let engines: Vec<String> = crate::fixes::v8_engines().into_iter().filter(|e| started.contains(e)).collect();
    let regressions = night.o.corpus_dir.join("regressions");
    let (state, detail) = match crate::fixes::Fix::all(&regressions) {
        _ if engines.is_empty() => (PhaseState::Skipped, "no V8 engine of the wasm-bindgen lane started".to_string()),
        Err(e) => (PhaseState::Failed, format!("{e:#}")),
        Ok(fixes) => {
            let mut lines = Vec::new();
            let mut failed = 0;
            for fix in &fixes {
                if crate::stop::requested().is_some() {
                    break;
                }
                on(&Event::Work(format!("fixes: {}", fix.dir.display())));
                let r = crate::fixes::check(fix, &engines, &night.o.corpus_dir, &night.o.engine, &|m| on(&Event::Work(format!("fixes: {m}"))));
                let name = fix.dir.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
                match r {
                    Ok(r) if r.passed() => {
                        lines.push(format!("{name}: verified ({} fixed, {} unmasked, 0 newly failing)", r.fixed.len(), r.unmasked.len()))
                    }
                    Ok(r) => {
                        failed += 1;
                        night.report.errors.push(format!("fix of {name} not verified:\n{r}"));
                        lines.push(format!("{name}: NOT verified ({} newly failing)", r.newly_failing.len()));
                    }
                    Err(e) => {
                        failed += 1;
                        night.report.errors.push(format!("fix of {name}: {e:#}"));
                        lines.push(format!("{name}: error"));
                    }
                }
            }
            night.failed |= failed > 0;
            let state = if failed > 0 { PhaseState::Failed } else { PhaseState::Done };
            (state, format!("{} of {} fixes verified on the whole corpus ({}): {}", lines.len() - failed, fixes.len(), engines.join(", "), lines.join("; ")))
        }
    };
    let p = night.phase("fixes");
    (p.state, p.detail, p.elapsed_seconds) = (state, detail.clone(), t.elapsed().as_secs_f64());
    on(&Event::Done { name: "fixes".into(), state, detail });
    night.write()
}

/// Replay every baseline finding on tonight's build.
fn replay_baseline(night: &mut Night, started: &[String], on: &(dyn Fn(&Event) + Sync), total: usize) -> anyhow::Result<()> {
    on(&Event::Phase { name: "baseline".into(), index: 1, total, planned: Duration::ZERO });
    let t = Instant::now();
    let (Some(base), Some(path)) = (&night.baseline, &night.o.baseline) else { return Ok(()) };
    let base_dir: PathBuf = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut replayer = baseline::Replayer::new(started, night.o.mutant, &night.o.engine);
    let mut replays = BTreeMap::new();
    for f in &base.findings {
        if crate::stop::requested().is_some() {
            break;
        }
        on(&Event::Work(format!("baseline: replaying {}", f.directory)));
        replays.insert(f.signature.clone(), replayer.replay(&base_dir.join(&f.directory)));
    }
    let still = replays.values().filter(|r| **r == Replayed::StillFails).count();
    let detail = format!("{} of {} baseline findings replayed, {still} still failing", replays.len(), base.findings.len());
    night.replays = replays;
    let state = if crate::stop::requested().is_some() { PhaseState::Interrupted } else { PhaseState::Done };
    let p = night.phase("baseline");
    (p.state, p.detail, p.elapsed_seconds) = (state, detail.clone(), t.elapsed().as_secs_f64());
    on(&Event::Done { name: "baseline".into(), state, detail });
    night.write()
}
