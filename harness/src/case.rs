//! One case: a program on every selected engine and encoding, judged against
//! the model ([`Harness::check`]). Campaigns, the corpus runner, replay,
//! reduction and the fuzz targets all run programs through here.

use crate::compile::{self, Encoding};
use crate::engine::{self, Case, Engine, EngineOptions};
use crate::guest::known::KnownDefect;
use crate::guest::{self, Lane, LaneFact};
use crate::model;
use crate::mutant::Mutant;
use crate::oracle::{self, Run, RunId, Verdict};
use crate::plan;
use crate::program::Program;
use crate::trace::Trace;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The engines of a run, plus the settings every case shares.
pub struct Harness {
    pub engines: Vec<Box<dyn Engine>>,
    pub mutant: Option<Mutant>,
    /// What the cases run: generated modules or the real guest.
    pub lane: Lane,
    /// On the real lane, the guest module of each encoding the engines run.
    guest: Vec<(Encoding, Arc<guest::Module>)>,
    /// On the real lane, `rustc -V` of the guest's compiler (known defects
    /// depend on it).
    guest_rustc: Option<String>,
    /// Time spent per phase over all cases checked so far.
    pub timings: Timings,
}

#[derive(Clone, Debug, Default)]
pub struct Timings {
    pub cases: u64,
    pub model: Duration,
    pub compile: Duration,
    /// Per engine name.
    pub engines: Vec<(String, Duration)>,
    pub oracle: Duration,
}

impl Timings {
    /// What was spent since `earlier` (an earlier copy of these timings).
    pub fn since(&self, earlier: &Timings) -> Timings {
        let before = |name: &str| earlier.engines.iter().find(|(n, _)| n == name).map_or(Duration::ZERO, |(_, d)| *d);
        Timings {
            cases: self.cases.saturating_sub(earlier.cases),
            model: self.model.saturating_sub(earlier.model),
            compile: self.compile.saturating_sub(earlier.compile),
            engines: self.engines.iter().map(|(n, d)| (n.clone(), d.saturating_sub(before(n)))).collect(),
            oracle: self.oracle.saturating_sub(earlier.oracle),
        }
    }

    /// Add another harness's timings (same engines) to these.
    pub fn merge(&mut self, other: &Timings) {
        self.cases += other.cases;
        self.model += other.model;
        self.compile += other.compile;
        self.oracle += other.oracle;
        for (name, d) in &other.engines {
            match self.engines.iter_mut().find(|(n, _)| n == name) {
                Some((_, mine)) => *mine += *d,
                None => self.engines.push((name.clone(), *d)),
            }
        }
    }
}

/// A case's module in one encoding: the bytes, their cache key, and the JS
/// glue that comes with them (the wasm-bindgen binding).
pub struct CaseModule {
    pub encoding: Encoding,
    pub wasm: Arc<Vec<u8>>,
    pub key: u64,
    /// The `--target nodejs` glue.
    pub js: Option<Arc<str>>,
    pub worker: Option<Arc<guest::workers_rs::Worker>>,
    /// The `--target web` glue.
    pub web_js: Option<Arc<str>>,
}

impl CaseModule {
    /// The glue `engine` is sent: what a user of its runtime ships.
    pub fn glue_for(&self, engine: &str) -> Option<&str> {
        match engine::facts::glue_target(engine) {
            guest::build::GlueTarget::Nodejs => self.js.as_deref(),
            guest::build::GlueTarget::Web => self.web_js.as_deref(),
        }
    }
}

/// Everything one case produced.
pub struct CaseResult {
    pub program: Arc<Program>,
    pub lane: Lane,
    /// The model's trace (of the exnref encoding, where they differ).
    pub model: Trace,
    /// Where the lane's profile makes the model differ per encoding: each
    /// encoding's prediction (empty otherwise).
    pub per_encoding: Vec<(Encoding, Trace)>,
    /// Module bytes per encoding that some engine ran.
    pub modules: Vec<(Encoding, Arc<Vec<u8>>)>,
    /// The program's bytes on the real guest lane.
    pub guest_program: Option<Vec<u8>>,
    pub runs: Vec<Run>,
    /// What broke, except what a known defect explains.
    pub verdicts: Vec<Verdict>,
    /// Verdicts a known defect of an engine or of the real toolchain explains
    /// (not findings).
    pub known: Vec<(&'static KnownDefect, Verdict)>,
    /// The lane cannot run a step of the program (a declared lane fact), or
    /// no engine of the run runs its tasks (declared engine facts): it was
    /// not run at all, so it neither passed nor failed.
    pub unsupported: Option<NotRun>,
    /// Engines that skipped the program (it has tasks, which they do not
    /// run on this lane), with the fact that says why.
    pub skipped: Vec<(String, &'static crate::engine::facts::Fact)>,
}

/// Why a case was not run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotRun {
    /// A lane fact's id, or `no-tasks` (engine facts).
    pub id: String,
    pub what: String,
}

impl NotRun {
    fn lane(f: &LaneFact) -> NotRun {
        NotRun { id: f.id.into(), what: f.what.into() }
    }
}

impl CaseResult {
    pub fn passed(&self) -> bool {
        self.verdicts.is_empty()
    }

    /// The model's trace for the runs in `encoding`.
    pub fn expected(&self, encoding: Encoding) -> &Trace {
        self.per_encoding.iter().find(|(e, _)| *e == encoding).map_or(&self.model, |(_, t)| t)
    }
}

impl Harness {
    /// A harness for the generated lane.
    pub fn new(names: &[String], options: &EngineOptions, mutant: Option<Mutant>) -> anyhow::Result<Harness> {
        Harness::for_lane(names, options, mutant, Lane::GENERATED)
    }

    /// A harness for `lane`. An engine named that cannot run the lane is an
    /// error listing what it can run; `all` means every engine here that
    /// runs it. The real guest is built here if it must be.
    pub fn for_lane(names: &[String], options: &EngineOptions, mutant: Option<Mutant>, lane: Lane) -> anyhow::Result<Harness> {
        let names = engine::facts::names_for_lane(names, lane)?;
        let engines = names.iter().map(|n| engine::create(n, options)).collect::<anyhow::Result<Vec<_>>>()?;
        Harness::with_engines_for(engines, mutant, lane)
    }

    /// A harness over engines built by the caller (tests configure them).
    pub fn with_engines(engines: Vec<Box<dyn Engine>>, mutant: Option<Mutant>) -> Harness {
        Harness::with_engines_for(engines, mutant, Lane::GENERATED).expect("the generated lane needs no build")
    }

    /// A harness over engines built by the caller, for `lane`.
    pub fn with_engines_for(engines: Vec<Box<dyn Engine>>, mutant: Option<Mutant>, lane: Lane) -> anyhow::Result<Harness> {
        let timings = Timings {
            engines: engines.iter().map(|e| (e.name().to_string(), Duration::ZERO)).collect(),
            ..Default::default()
        };
        let mut guest = Vec::new();
        let mut guest_rustc = None;
        if lane.is_guest() {
            guest_rustc = Some(guest::build::toolchain()?.rustc_version().to_string());
            let mut encodings: Vec<Encoding> = engines.iter().flat_map(|e| e.encodings().to_vec()).collect();
            encodings.retain(|e| lane.encodings().contains(e));
            encodings.sort();
            encodings.dedup();
            for enc in encodings {
                guest.push((enc, guest::module(lane, enc, mutant)?));
            }
        }
        Ok(Harness { engines, mutant, lane, guest, guest_rustc, timings })
    }

    /// Why none of the engines runs tasks on the lane (each one's declared
    /// fact), or `None` if one of them does.
    pub fn no_tasks(&self) -> Option<String> {
        let facts: Vec<String> = self.engines.iter().map(|e| Some(format!("{}: {}", e.name(), e.no_tasks(self.lane)?.what))).collect::<Option<_>>()?;
        (!facts.is_empty()).then(|| facts.join("; "))
    }

    pub fn engine_names(&self) -> Vec<String> {
        self.engines.iter().map(|e| e.name().to_string()).collect()
    }

    /// Each engine's version, as findings record it.
    pub fn versions(&self) -> std::collections::BTreeMap<String, String> {
        self.engines.iter().map(|e| (e.name().to_string(), e.version())).collect()
    }

    /// Take out of `verdicts` those a known defect explains on every run
    /// they name: an engine's (`EngineDefect`, declared by its family's
    /// directory, any lane) or the guest toolchain's (`guest::known`, the
    /// real lane).
    fn known_defects(&self, program: &Program, expected: &Trace, runs: &[Run], verdicts: &mut Vec<Verdict>) -> Vec<(&'static KnownDefect, Verdict)> {
        let mut known = Vec::new();
        verdicts.retain(|v| {
            let defects: Vec<Vec<&'static KnownDefect>> = v
                .failing_runs()
                .iter()
                .map(|id| runs.iter().find(|r| &r.id == id).map_or(Vec::new(), |r| self.explain(program, expected, r)))
                .collect();
            // One defect that explains every run (a run may fit an engine's
            // and the guest's: the same trace on other engines is the guest's).
            let common = defects.first().and_then(|first| first.iter().find(|d| defects.iter().all(|x| x.iter().any(|x| x.id == d.id))));
            match common {
                Some(&d) => {
                    known.push((d, v.clone()));
                    false
                }
                None => true,
            }
        });
        known
    }

    /// The known defects that explain how `run` departs from `expected`:
    /// its engine's, then every one of the guest toolchain's that fits.
    fn explain(&self, program: &Program, expected: &Trace, run: &Run) -> Vec<&'static KnownDefect> {
        let Some(engine) = self.engines.iter().find(|e| e.name() == run.id.engine) else { return Vec::new() };
        let id = &run.id;
        let of_engine = engine::facts::engine_defect(&id.engine, &engine.version(), self.lane, id.encoding, program, &expected.0, &run.result);
        let of_guest = match (&self.guest_rustc, &run.result) {
            (Some(rustc), Ok(t)) => {
                let cx = guest::known::Context { lane: self.lane, rustc, encoding: id.encoding };
                guest::known::explain_all(&cx, program, expected, t)
            }
            _ => Vec::new(),
        };
        of_engine.into_iter().chain(of_guest).collect()
    }

    /// The Wasm side of a case: per encoding the engines run, the module and
    /// its cache key (compiled from the program, or the prebuilt guest), and
    /// on the guest lane the program's bytes.
    pub fn wasm_side(&self, program: &Program) -> (Vec<CaseModule>, Option<Vec<u8>>) {
        if self.lane.is_guest() {
            let modules = self
                .guest
                .iter()
                .map(|(enc, m)| CaseModule { encoding: *enc, wasm: m.wasm.clone(), key: m.key, js: m.js.clone(), web_js: m.web_js.clone(), worker: m.worker.clone() })
                .collect();
            return (modules, Some(guest::encode::encode(program).expect("validated programs encode")));
        }
        let mut encodings: Vec<Encoding> = self.engines.iter().flat_map(|e| e.encodings().to_vec()).collect();
        encodings.sort();
        encodings.dedup();
        let options = compile::Options { mutant: self.mutant, names: false, panic: self.lane.panic };
        let modules = encodings
            .iter()
            .map(|enc| {
                let wasm = compile::compile(program, *enc, options);
                let key = compile::module_key(&wasm);
                CaseModule { encoding: *enc, wasm: Arc::new(wasm), key, js: None, web_js: None, worker: None }
            })
            .collect();
        (modules, None)
    }

    /// Run a validated program on every engine in every encoding it supports.
    /// A program with a step the lane cannot run (`guest::LANE_FACTS`) is
    /// not run: its result says so (`unsupported`).
    pub fn check(&mut self, program: Program) -> CaseResult {
        self.check_batch(vec![program], &mut |_| {}).pop().expect("one result")
    }

    /// [`Harness::check`] of several programs, each engine given all their
    /// cases at once ([`Engine::run_batch`]: a browser sends them in one
    /// message). The results are what `check` gives for each, in order.
    /// `before(i)` is called before an in-process engine runs program `i`
    /// (a crash there takes the harness down: a campaign's in-flight marker
    /// must name the program), and once with the first program of a batch
    /// an out-of-process engine runs.
    /// Whether an engine here sends cases together ([`Engine::batches`]).
    pub fn batches(&self) -> bool {
        self.engines.iter().any(|e| e.batches())
    }

    pub fn check_batch(&mut self, programs: Vec<Program>, before: &mut dyn FnMut(usize)) -> Vec<CaseResult> {
        let mut pending: Vec<Result<Pending, Box<CaseResult>>> = programs.into_iter().map(|p| self.prepare(p)).collect();
        for (n, engine) in self.engines.iter_mut().enumerate() {
            let name = engine.name().to_string();
            let mut cases = Vec::new();
            let mut owners = Vec::new();
            for (i, p) in pending.iter().enumerate() {
                let Ok(p) = p else { continue };
                if p.skipped.iter().any(|(e, _)| *e == name) {
                    continue;
                }
                for m in p.modules.iter().filter(|m| engine.encodings().contains(&m.encoding)) {
                    cases.push(Case {
                        program: &p.program,
                        encoding: m.encoding,
                        wasm: &m.wasm,
                        module_key: m.key,
                        plan_json: &p.plan_json,
                        mutant: self.mutant,
                        guest_program: p.guest_program.as_deref(),
                        binding_js: m.glue_for(&name),
                        worker: m.worker.as_deref(),
                    });
                    owners.push((i, m.encoding));
                }
            }
            let t = Instant::now();
            let in_process = engine::registration(&name).is_none_or(|r| r.isolation == engine::Isolation::InProcess);
            let results: Vec<_> = if in_process {
                cases.iter().zip(&owners).map(|(case, (i, _))| { before(*i); engine.run(case) }).collect()
            } else {
                if let Some((i, _)) = owners.first() {
                    before(*i);
                }
                engine.run_batch(&cases)
            };
            self.timings.engines[n].1 += t.elapsed();
            drop(cases);
            for ((i, encoding), result) in owners.into_iter().zip(results) {
                if let Ok(p) = &mut pending[i] {
                    p.runs.push(Run { id: RunId { engine: name.clone(), encoding }, result });
                }
            }
        }
        pending.into_iter().map(|p| p.map_or_else(|done| *done, |p| self.judge(p))).collect()
    }

    /// Everything a program needs before the engines run it: the model's
    /// prediction, its modules and plan; or, if it is not run at all, its
    /// result already.
    fn prepare(&mut self, program: Program) -> Result<Pending, Box<CaseResult>> {
        let program = Arc::new(program);
        let t = Instant::now();
        // The model under the lane's binding profile; a profile entry of one
        // encoding makes the prediction differ per encoding.
        let predict = |enc| model::run_with(&program, guest::profile::for_lane(self.lane, enc)).expect("validated programs fit the model's budget");
        let expected = predict(Encoding::Exnref);
        let per_encoding: Vec<(Encoding, Trace)> = if guest::profile::depends_on_encoding(self.lane) {
            self.lane.encodings().iter().map(|e| (*e, predict(*e))).collect()
        } else {
            Vec::new()
        };
        self.timings.model += t.elapsed();
        let not_run = |program, model, per_encoding, why, skipped| CaseResult {
            program,
            lane: self.lane,
            model,
            per_encoding,
            modules: vec![],
            guest_program: None,
            runs: vec![],
            verdicts: vec![],
            known: vec![],
            unsupported: Some(why),
            skipped,
        };
        if let Some(fact) = self.lane.unsupported(&program) {
            return Err(Box::new(not_run(program, expected, per_encoding, NotRun::lane(fact), vec![])));
        }
        // A program with tasks skips the engines that run none on this lane
        // (on the JSPI lane every program: its glue needs JSPI).
        let skipped: Vec<(String, &'static crate::engine::facts::Fact)> = match program.has_async() || self.lane.jspi {
            true => self.engines.iter().filter_map(|e| Some((e.name().to_string(), e.no_tasks(self.lane)?))).collect(),
            false => vec![],
        };
        if !self.engines.is_empty() && skipped.len() == self.engines.len() {
            let what = skipped.iter().map(|(e, f)| format!("{e}: {}", f.what)).collect::<Vec<_>>().join("; ");
            return Err(Box::new(not_run(program, expected, per_encoding, NotRun { id: "no-tasks".into(), what }, skipped)));
        }
        let t = Instant::now();
        let (modules, guest_program) = self.wasm_side(&program);
        let plan_json = plan::guest_plan_json(&program, self.mutant, guest_program.as_deref());
        self.timings.compile += t.elapsed();
        Ok(Pending { program, expected, per_encoding, skipped, modules, guest_program, plan_json, runs: Vec::new() })
    }

    /// A program's runs against the model.
    fn judge(&mut self, p: Pending) -> CaseResult {
        let Pending { program, expected, per_encoding, skipped, modules, guest_program, runs, .. } = p;
        let t = Instant::now();
        let (mut verdicts, mut known) = (Vec::new(), Vec::new());
        if per_encoding.is_empty() {
            verdicts = oracle::judge(&expected, &runs);
            known = self.known_defects(&program, &expected, &runs, &mut verdicts);
        } else {
            // Each encoding against its own prediction.
            for (enc, want) in &per_encoding {
                let group: Vec<Run> = runs.iter().filter(|r| r.id.encoding == *enc).cloned().collect();
                let mut v = oracle::judge(want, &group);
                known.extend(self.known_defects(&program, want, &group, &mut v));
                verdicts.extend(v);
            }
        }
        self.timings.oracle += t.elapsed();
        self.timings.cases += 1;
        let modules = modules.into_iter().map(|m| (m.encoding, m.wasm)).collect();
        CaseResult { program, lane: self.lane, model: expected, per_encoding, modules, guest_program, runs, verdicts, known, unsupported: None, skipped }
    }
}

/// A program on its way through [`Harness::check_batch`].
struct Pending {
    program: Arc<Program>,
    expected: Trace,
    per_encoding: Vec<(Encoding, Trace)>,
    skipped: Vec<(String, &'static crate::engine::facts::Fact)>,
    modules: Vec<CaseModule>,
    guest_program: Option<Vec<u8>>,
    plan_json: String,
    runs: Vec<Run>,
}

/// How far a reduction may go: candidates tried, and a wall-clock end (a
/// campaign's reductions must not outlast its budget).
#[derive(Clone, Copy, Debug)]
pub struct ReduceLimit {
    pub tests: usize,
    pub until: Option<Instant>,
}

impl ReduceLimit {
    pub fn tests(tests: usize) -> ReduceLimit {
        ReduceLimit { tests, until: None }
    }
}

/// Shrink a failing program while the same verdict (label and failing runs)
/// still comes out of `h`. Past `limit.until`, or on a stop request, no
/// candidate counts as failing any more: the smallest program found so far
/// is the result.
pub fn reduce(h: &mut Harness, program: &Program, target: &Verdict, limit: ReduceLimit) -> crate::reduce::Reduction {
    let (label, runs) = (target.label(), target.failing_runs());
    crate::reduce::reduce(program, limit.tests, |candidate| {
        let out_of_time = limit.until.is_some_and(|u| Instant::now() >= u) || crate::stop::requested().is_some();
        !out_of_time && h.check(candidate.clone()).verdicts.iter().any(|v| v.label() == label && v.failing_runs() == runs)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timings_since_an_earlier_copy_are_what_was_spent_in_between() {
        let ms = Duration::from_millis;
        let before = Timings { cases: 2, model: ms(1), compile: ms(2), engines: vec![("v8".into(), ms(10))], oracle: ms(1) };
        let after = Timings { cases: 5, model: ms(4), compile: ms(2), engines: vec![("v8".into(), ms(25)), ("node26".into(), ms(7))], oracle: ms(3) };
        let d = after.since(&before);
        assert_eq!((d.cases, d.model, d.compile, d.oracle), (3, ms(3), ms(0), ms(2)));
        assert_eq!(d.engines, [("v8".to_string(), ms(15)), ("node26".to_string(), ms(7))]);
        let mut total = before.clone();
        total.merge(&d);
        assert_eq!((total.cases, total.engines.len()), (after.cases, 2));
    }
}
