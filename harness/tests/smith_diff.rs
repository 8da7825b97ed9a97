//! `smith_diff` for real: a few hundred deterministic inputs on wasmtime and
//! in-process V8 with no false finding, the corpus's compiled modules as raw
//! inputs, and proof that a difference is caught, reported and written.

use reentry::engine::raw::{Outcome, Val};
use reentry::findings;
use reentry::program::gen::case_bytes;
use reentry::smith::{self, Report, Run};

const SEED: u64 = 0x5417;

fn check(data: &[u8]) -> Option<Report> {
    smith::check(data)
}

#[test]
fn generated_inputs_agree_on_both_engines() {
    let (mut cases, mut calls, mut threw, mut trapped, mut skipped, mut ended) = (0, 0, 0, 0, 0, 0);
    let n: u64 = std::env::var("SMITH_INPUTS").ok().and_then(|v| v.parse().ok()).unwrap_or(300);
    for i in 0..n {
        let data = case_bytes(SEED, i, 256 + (i as usize * 97) % 4000);
        let Some(r) = check(&data) else { continue };
        assert!(r.difference.is_none(), "input {i}:\n{r}");
        cases += 1;
        calls += r.case.calls.len();
        skipped += r.case.skipped.len();
        ended += (r.wasmtime.ended() || r.v8.ended()) as usize;
        for o in &r.wasmtime.calls {
            threw += matches!(o, Outcome::Threw { .. }) as usize;
            trapped += matches!(o, Outcome::Trapped { .. }) as usize;
        }
    }
    eprintln!("{cases} cases, {calls} calls ({threw} threw, {trapped} trapped), {skipped} exports skipped, {ended} ended early");
    assert!(cases as u64 >= n * 8 / 10, "only {cases} of {n} inputs were cases");
    assert!(threw > 0 && trapped > 0, "no exception or no trap in {calls} calls");
}

#[test]
fn corpus_modules_agree_as_raw_inputs() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let files = reentry::corpus::files(&[dir]).unwrap();
    for f in &files {
        let p = reentry::corpus::load(f).program.unwrap();
        let wasm = reentry::compile::compile(&p, reentry::compile::Encoding::Exnref, Default::default());
        let r = check(&wasm).unwrap_or_else(|| panic!("{}: not a case", f.display()));
        assert!(r.case.raw);
        assert!(r.difference.is_none(), "{}:\n{r}", f.display());
        assert!(!r.case.calls.is_empty(), "{}: no export called", f.display());
    }
}

/// Change the first value V8 returned.
fn flip_first_value(run: &mut Run) {
    for o in &mut run.calls {
        if let Outcome::Returned(vals) = o {
            if let Some(v) = vals.first_mut() {
                *v = match *v {
                    Val::I32(x) => Val::I32(x.wrapping_add(1)),
                    Val::I64(x) => Val::I64(x.wrapping_add(1)),
                    Val::F32(b) => Val::F32(b ^ 1),
                    Val::F64(b) => Val::F64(b ^ 1),
                    Val::Null => Val::Func,
                    _ => Val::Null,
                };
                return;
            }
        }
    }
}

#[test]
fn a_different_outcome_is_a_finding() {
    // The first input whose calls return a value.
    let data = (0..200u64)
        .map(|i| case_bytes(SEED, i, 2000))
        .find(|d| {
            check(d).is_some_and(|r| r.wasmtime.calls.iter().any(|o| matches!(o, Outcome::Returned(v) if !v.is_empty())))
        })
        .expect("an input that returns a value");
    let r = smith::check_with(&data, Some(&flip_first_value)).unwrap();
    let d = r.difference.as_ref().expect("the injected difference is found");
    assert!(d.step.starts_with("call "), "{}", d.step);
    let text = r.to_string();
    assert!(text.contains("disagree") && text.contains("≠"), "{text}");
    // smith_diff panics on it (so libFuzzer keeps the input); the untampered input passes.
    smith::smith_diff(&data);
    let tampered = std::panic::catch_unwind(|| {
        let r = smith::check_with(&data, Some(&flip_first_value)).unwrap();
        if r.difference.is_some() {
            panic!("{r}");
        }
    });
    assert!(tampered.is_err());
    // The finding directory has everything a report needs.
    let root = std::env::temp_dir().join(format!("reentry-smith-test-{}", std::process::id()));
    let dir = findings::raw::write(&root, &data, &r).unwrap();
    for f in ["input", "module.wasm", "module.wat", "plan.txt", "outcomes.txt", "difference.txt", "replay.sh", "finding.json"] {
        assert!(dir.join(f).exists(), "{f} missing");
    }
    assert_eq!(std::fs::read(dir.join("input")).unwrap(), data);
    let diff = std::fs::read_to_string(dir.join("difference.txt")).unwrap();
    assert!(diff.contains("reentry replay"), "{diff}");
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_smith_campaign_is_deterministic_and_clean() {
    use reentry::campaign::smith::{input, run, Smith};
    use reentry::campaign::{Budget, Config};
    let findings = std::env::temp_dir().join(format!("reentry-smith-campaign-{}", std::process::id()));
    let budget = Budget { time: std::time::Duration::MAX, cases: Some(40) };
    let cfg = Config { seed: SEED, budget, findings: findings.clone(), per_signature: 1, jobs: 1 };
    let out = run(&Smith::default(), &cfg, &|_| ()).unwrap();
    assert_eq!(out.campaign.cases, 40);
    assert!(out.cases >= 30, "only {} of 40 inputs were cases", out.cases);
    assert_eq!(out.campaign.failing_cases, 0, "{:?}", out.campaign.store.summary().signatures);
    assert_eq!(input(SEED, 7), input(SEED, 7));
    assert_ne!(input(SEED, 7), input(SEED, 8));
    // No in-flight marker is left behind by a run that ended: only the summary.
    let left: Vec<_> = std::fs::read_dir(&findings).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(left, ["summary.md"], "{left:?}");
    std::fs::remove_dir_all(&findings).unwrap();
}
