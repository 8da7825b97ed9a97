//! One case: a program on every selected engine and encoding, judged against
//! the model ([`Harness::check`]). Campaigns, the corpus runner, replay,
//! reduction and the fuzz targets all run programs through here.

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

    /// Each engine's version, as findings record it.
    pub fn versions(&self) -> std::collections::BTreeMap<String, String> {
        self.engines.iter().map(|e| (e.name().to_string(), e.version())).collect()
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
pub fn reduce(h: &mut Harness, program: &Program, target: &Verdict, max_tests: usize) -> crate::reduce::Reduction {
    let (label, runs) = (target.label(), target.failing_runs());
    crate::reduce::reduce(program, max_tests, |candidate| {
        h.check(candidate.clone()).verdicts.iter().any(|v| v.label() == label && v.failing_runs() == runs)
    })
}
