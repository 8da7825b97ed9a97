//! `reentry smith`: the `smith_diff` comparison as a campaign without cargo
//! fuzz. No sanitizer build and no coverage feedback, so it runs many times
//! faster than the fuzz target; input `i` of seed `s` is always the same
//! bytes, hence the same module and calls.

use super::{Config, Job, Ran, Target};
use crate::findings::{self, Origin, Store};
use crate::program::gen::case_bytes;
use crate::smith;
use std::sync::atomic::{AtomicU64, Ordering};

/// The fuzz input of case `index`: a few hundred to a few thousand bytes,
/// the sizes wasm-smith makes small-to-medium modules from.
pub fn input(seed: u64, index: u64) -> Vec<u8> {
    case_bytes(seed, index, 256 + (index as usize).wrapping_mul(97) % 3840)
}

/// A raw-module campaign.
#[derive(Default)]
pub struct Smith {
    /// Inputs that were cases (a module both engines were given).
    cases: AtomicU64,
}

pub struct SmithJob<'t>(&'t Smith);

impl<'t> Target for &'t Smith {
    type Job = SmithJob<'t>;
    const NAME: &'static str = "smith";

    fn job(&self, _n: usize) -> anyhow::Result<SmithJob<'t>> {
        // A new job (also after a panic left a session mid-call) starts
        // this thread's sessions afresh.
        smith::reset_sessions();
        Ok(SmithJob(self))
    }

    fn crash(&self, store: &Store, seed: u64, index: u64, what: &str) -> anyhow::Result<()> {
        findings::crash::raw(store, &input(seed, index), what, Origin { seed: Some(seed), case: Some(index) }).map(|_| ())
    }
}

impl Job for SmithJob<'_> {
    fn run(&mut self, seed: u64, index: u64, store: &Store) -> Ran {
        let data = input(seed, index);
        // An input that makes no module is not a case.
        let Some(report) = smith::check(&data) else { return Ran::NotRun };
        self.0.cases.fetch_add(1, Ordering::Relaxed);
        if report.difference.is_none() {
            return Ran::Passed;
        }
        // Write errors are in the store's summary; the input is deterministic.
        let _ = findings::raw::save(store, &data, &report, Origin { seed: Some(seed), case: Some(index) });
        Ran::Failed
    }
}

/// A finished raw-module campaign.
pub struct SmithOutcome {
    pub campaign: super::Outcome,
    /// Inputs that were cases.
    pub cases: u64,
}

/// Run a raw-module campaign and write its `summary.md`.
pub fn run(target: &Smith, cfg: &Config, progress: &(dyn Fn(&super::Progress) + Sync)) -> anyhow::Result<SmithOutcome> {
    let campaign = super::run(&target, cfg, progress)?;
    let cases = target.cases.load(Ordering::Relaxed);
    let rate = campaign.cases as f64 / campaign.elapsed.as_secs_f64().max(1e-9);
    let facts = vec![
        format!("engines: {}", smith::ENGINES.join(", ")),
        format!("seed: {} (replay the campaign with `reentry smith --seed {}`)", cfg.seed, cfg.seed),
        format!("{} inputs in {:.1?} ({rate:.0}/s), {cases} cases, {} failing", campaign.cases, campaign.elapsed, campaign.failing_cases),
    ];
    campaign.store.write_summary("reentry smith summary", &facts, &[("Counters".into(), smith::summary())])?;
    Ok(SmithOutcome { campaign, cases })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::campaign::{inflight::Marker, Budget};
    use std::time::Duration;

    #[test]
    fn a_dead_runs_input_becomes_a_crash_finding() {
        let dir = std::env::temp_dir().join(format!("reentry-smith-marker-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut m = Marker::start(&dir, "smith", 9, 0).unwrap();
        m.set(41);
        // Pretend the marker is a dead process's.
        let mine = std::fs::read_dir(&dir).unwrap().next().unwrap().unwrap().path();
        std::fs::rename(&mine, dir.join(format!(".inflight-smith-{}-0", u32::MAX))).unwrap();
        std::mem::forget(m);
        let cfg = Config {
            seed: 1,
            budget: Budget { time: Duration::from_secs(60), cases: Some(0) },
            findings: dir.clone(),
            per_signature: 1,
            jobs: 1,
        };
        let target = Smith::default();
        let out = run(&target, &cfg, &|_| {}).unwrap();
        assert_eq!(out.campaign.recovered.len(), 1);
        let found = &out.campaign.recovered[0];
        assert_eq!(std::fs::read(found.join(findings::raw::INPUT_FILE)).unwrap(), input(9, 41));
        assert!(std::fs::read_to_string(found.join("crash.txt")).unwrap().contains("input 41 of seed 9"));
        let meta = findings::read_meta(found).unwrap().unwrap();
        assert_eq!(meta.kind, findings::Kind::Crash);
        let again = run(&target, &cfg, &|_| {}).unwrap();
        assert!(again.campaign.recovered.is_empty(), "the marker is consumed");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
