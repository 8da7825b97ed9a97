//! The checks phase: the compatibility matrix (`compat::run_witnessed`:
//! probes, the spec EH scripts and the corpus on every engine and lane)
//! seen file by file. One measurement gives the matrix, a report case per
//! corpus program per engine per lane and per spec script per engine, and
//! a finding for every corpus program that fails (not minimized: corpus
//! programs are small and named already, and a seeded bug breaks dozens).

use super::report::{CaseStatus, ConformanceCase, CorpusCase};
use crate::case::{CaseResult, Harness};
use crate::compat::Witness;
use crate::conformance::{FileReport, Verdict};
use crate::corpus::Status;
use crate::findings::program::{self as finding, FindingContext};
use crate::findings::{Signature, Store, Toolchain};
use crate::guest::Lane;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The findings directory of the corpus on `lane`.
pub fn corpus_store_dir(findings: &Path, lane: Lane) -> PathBuf {
    findings.join(format!("corpus-{}", lane.to_string().replace('/', "-")))
}

/// The cases of the checks, the corpus findings' stores by lane, and what
/// went wrong saving them.
pub struct Seen {
    pub corpus: Vec<CorpusCase>,
    pub conformance: Vec<ConformanceCase>,
    pub stores: BTreeMap<Lane, Arc<Store>>,
    pub errors: Vec<String>,
}

pub struct Checks {
    /// Engines whose files become cases (the matrix may also hold compat pins).
    pub engines: Vec<String>,
    pub corpus_dir: PathBuf,
    pub conformance_dir: PathBuf,
    pub findings: PathBuf,
    stores: Mutex<BTreeMap<Lane, Arc<Store>>>,
    cases: Mutex<(Vec<CorpusCase>, Vec<ConformanceCase>)>,
    errors: Mutex<Vec<String>>,
}

impl Checks {
    pub fn new(engines: Vec<String>, corpus_dir: PathBuf, conformance_dir: PathBuf, findings: PathBuf) -> Checks {
        Checks { engines, corpus_dir, conformance_dir, findings, stores: Default::default(), cases: Default::default(), errors: Default::default() }
    }

    fn store(&self, lane: Lane) -> anyhow::Result<Arc<Store>> {
        let mut stores = self.stores.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(s) = stores.get(&lane) {
            return Ok(s.clone());
        }
        let s = Arc::new(Store::open(&corpus_store_dir(&self.findings, lane), 1)?);
        stores.insert(lane, s.clone());
        Ok(s)
    }

    /// What was seen, each list in a stable order (lane, engine, file).
    pub fn take(&self) -> Seen {
        let (mut corpus, mut conformance) = std::mem::take(&mut *self.cases.lock().unwrap_or_else(|e| e.into_inner()));
        corpus.sort_by(|a, b| (&a.lane, &a.engine, &a.program).cmp(&(&b.lane, &b.engine, &b.program)));
        conformance.sort_by(|a, b| (&a.engine, &a.file).cmp(&(&b.engine, &b.file)));
        let stores = std::mem::take(&mut *self.stores.lock().unwrap_or_else(|e| e.into_inner()));
        let errors = std::mem::take(&mut *self.errors.lock().unwrap_or_else(|e| e.into_inner()));
        Seen { corpus, conformance, stores, errors }
    }

    fn error(&self, e: String) {
        self.errors.lock().unwrap_or_else(|e| e.into_inner()).push(e);
    }

    /// Save the failures of one corpus case (known defects only counted).
    fn save(&self, lane: Lane, h: &Harness, r: &CaseResult) -> anyhow::Result<()> {
        let store = self.store(lane)?;
        for (d, _) in &r.known {
            let sig = Signature { key: format!("{} {}", d.kind(), d.id), label: "known".into(), message: d.shown() };
            store.count(&sig, None);
        }
        let cx = FindingContext {
            engines: h.engine_names(),
            mutant: h.mutant,
            origin: Default::default(),
            gen: None,
            toolchain: Toolchain::current(h.versions()),
        };
        for v in &r.verdicts {
            finding::save(&store, r, v, &cx)?;
        }
        Ok(())
    }
}

impl Witness for Checks {
    fn conformance(&self, engine: &str, report: &FileReport, seconds: f64) {
        if !self.engines.iter().any(|e| e == engine) {
            return;
        }
        let c = report.counts();
        let mut failures: Vec<String> = report.error.iter().map(|e| format!("does not parse: {e}")).collect();
        for d in &report.results {
            if let Verdict::Fail(what) = &d.verdict {
                failures.push(format!("line {} {}: {}", d.line, d.directive, what.lines().next().unwrap_or("")));
            }
        }
        let ran = c.passed + c.failed + c.expected;
        let (status, detail) = if !failures.is_empty() {
            (CaseStatus::Fail, failures.join("\n"))
        } else if ran == 0 && c.unsupported > 0 {
            let why = report.results.iter().find_map(|d| match &d.verdict {
                Verdict::Unsupported(w) => Some(w.clone()),
                _ => None,
            });
            (CaseStatus::Unsupported, why.unwrap_or_default())
        } else {
            (CaseStatus::Pass, format!("{} passed, {} expected failures, {} unsupported", c.passed, c.expected, c.unsupported))
        };
        let case = ConformanceCase {
            engine: engine.to_string(),
            file: report.file.clone(),
            status,
            passed: c.passed,
            failed: c.failed,
            expected: c.expected,
            unsupported: c.unsupported,
            detail,
            seconds,
        };
        self.cases.lock().unwrap_or_else(|e| e.into_inner()).1.push(case);
    }

    fn corpus(&self, engine: &str, lane: Lane, h: &mut Harness, file: &Path, status: &Status, result: Option<&CaseResult>, seconds: f64) {
        if !self.engines.iter().any(|e| e == engine) {
            return;
        }
        let (status, detail) = match status {
            Status::Pass => (CaseStatus::Pass, String::new()),
            Status::Known(ids) => (CaseStatus::Known, format!("known defect or declared hazard: {}", ids.join(", "))),
            Status::Unsupported(id) => (CaseStatus::Unsupported, format!("not run on this lane: lane fact {id}")),
            Status::Fail(problems) => (CaseStatus::Fail, problems.join("\n")),
        };
        if let Some(r) = result {
            if let Err(e) = self.save(lane, h, r) {
                self.error(format!("saving the findings of {} on {engine} ({lane}): {e:#}", file.display()));
            }
        }
        let program = file.strip_prefix(&self.corpus_dir).unwrap_or(file).display().to_string();
        let case = CorpusCase { lane: lane.to_string(), engine: engine.to_string(), program, status, detail, seconds };
        self.cases.lock().unwrap_or_else(|e| e.into_inner()).0.push(case);
    }
}
