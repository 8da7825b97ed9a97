//! Running cases: one program on every selected engine and encoding, judged
//! against the model (`Harness::check`), and the fuzz loop around it.

use crate::compile::{self, Encoding};
use crate::engine::{self, Case, Engine, EngineOptions};
use crate::model;
use crate::mutant::Mutant;
use crate::oracle::{self, Run, RunId, Verdict};
use crate::plan;
use crate::program::Program;
use crate::trace::Trace;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub mod fuzz;
pub mod inflight;
pub mod smith;

/// The engines of a run, plus the settings every case shares.
pub struct Harness {
    pub engines: Vec<Box<dyn Engine>>,
    pub mutant: Option<Mutant>,
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

/// Everything one case produced.
pub struct CaseResult {
    pub program: Arc<Program>,
    pub model: Trace,
    /// Module bytes per encoding that some engine ran.
    pub modules: Vec<(Encoding, Vec<u8>)>,
    pub runs: Vec<Run>,
    pub verdicts: Vec<Verdict>,
}

impl CaseResult {
    pub fn passed(&self) -> bool {
        self.verdicts.is_empty()
    }
}

impl Harness {
    pub fn new(names: &[String], options: &EngineOptions, mutant: Option<Mutant>) -> anyhow::Result<Harness> {
        let names = engine::expand_names(names);
        anyhow::ensure!(!names.is_empty(), "no engines selected");
        let engines = names
            .iter()
            .map(|n| engine::create(n, options))
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(Harness::with_engines(engines, mutant))
    }

    /// A harness over engines built by the caller (tests configure them).
    pub fn with_engines(engines: Vec<Box<dyn Engine>>, mutant: Option<Mutant>) -> Harness {
        let timings = Timings {
            engines: engines.iter().map(|e| (e.name().to_string(), Duration::ZERO)).collect(),
            ..Default::default()
        };
        Harness { engines, mutant, timings }
    }

    pub fn engine_names(&self) -> Vec<String> {
        self.engines.iter().map(|e| e.name().to_string()).collect()
    }

    /// Run a validated program on every engine in every encoding it supports.
    pub fn check(&mut self, program: Program) -> CaseResult {
        let program = Arc::new(program);
        let t = Instant::now();
        let expected = model::run(&program).expect("validated programs fit the model's budget");
        self.timings.model += t.elapsed();

        let t = Instant::now();
        let mut encodings: Vec<Encoding> = self.engines.iter().flat_map(|e| e.encodings().to_vec()).collect();
        encodings.sort();
        encodings.dedup();
        let options = compile::Options { mutant: self.mutant, names: false };
        let modules: Vec<(Encoding, Vec<u8>)> =
            encodings.iter().map(|enc| (*enc, compile::compile(&program, *enc, options))).collect();
        let plan_json = plan::plan_json(&program, self.mutant);
        self.timings.compile += t.elapsed();

        let mut runs = Vec::new();
        for (n, engine) in self.engines.iter_mut().enumerate() {
            let t = Instant::now();
            for (enc, wasm) in &modules {
                if !engine.encodings().contains(enc) {
                    continue;
                }
                let case = Case {
                    program: &program,
                    encoding: *enc,
                    wasm,
                    module_key: compile::module_key(wasm),
                    plan_json: &plan_json,
                    mutant: self.mutant,
                };
                let result = engine.run(&case);
                runs.push(Run { id: RunId { engine: engine.name().to_string(), encoding: *enc }, result });
            }
            self.timings.engines[n].1 += t.elapsed();
        }

        let t = Instant::now();
        let verdicts = oracle::judge(&expected, &runs);
        self.timings.oracle += t.elapsed();
        self.timings.cases += 1;
        CaseResult { program, model: expected, modules, runs, verdicts }
    }
}

/// Shrink a failing program while the same verdict (label and failing runs)
/// still comes out of `h`.
pub fn reduce_case(h: &mut Harness, program: &Program, target: &Verdict, max_tests: usize) -> crate::reduce::Reduction {
    let (label, runs) = (target.label(), target.failing_runs());
    crate::reduce::reduce(program, max_tests, |candidate| {
        h.check(candidate.clone()).verdicts.iter().any(|v| v.label() == label && v.failing_runs() == runs)
    })
}

/// Tests a reduction may spend on one finding.
pub const REDUCE_BUDGET: usize = 3000;

/// Reduce a failing program and write the result as a finding at `dir`.
pub fn reduce_into(
    h: &mut Harness,
    program: &crate::program::Program,
    verdict: &Verdict,
    dir: &std::path::Path,
    origin: crate::report::Origin,
    max_tests: usize,
) -> anyhow::Result<crate::reduce::Reduction> {
    let r = reduce_case(h, program, verdict, max_tests);
    let result = h.check(r.program.clone());
    let v = result
        .verdicts
        .iter()
        .find(|v| v.label() == verdict.label())
        .ok_or_else(|| anyhow::anyhow!("the reduced program no longer fails"))?;
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    crate::report::write_finding_to(dir, &result, v, &h.engine_names(), h.mutant, origin)?;
    Ok(r)
}
