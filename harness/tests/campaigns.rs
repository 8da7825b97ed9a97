//! Campaigns as a user runs them (the real binary): a campaign that ran no
//! case is an error with its reason (exit 2), never "0 failing"; a campaign
//! on engines that run no tasks generates none; `bench --mutants` on such
//! engines reports the task mutants as not applicable and passes.

use crate::common::*;

use std::process::{Command, Output};

fn reentry(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reentry")).current_dir(repo()).args(args).output().unwrap()
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr)
}

#[test]
fn a_campaign_that_ran_no_case_is_an_error_with_its_reason() {
    let dir = temp("campaign-none");
    let findings = dir.display().to_string();
    let out = reentry(&["fuzz", "--engines", "wasmtime", "--cases", "0", "--quiet", "--findings", &findings]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("error: ran 0 cases: the budget ended"), "{}", text(&out));
    assert!(!text(&out).contains("0 failing"), "{}", text(&out));
    let summary = std::fs::read_to_string(dir.join("summary.md")).unwrap();
    assert!(summary.contains("ran 0 cases") && !summary.contains("0 failing"), "{summary}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_campaign_on_wasmtime_generates_no_tasks_and_runs_every_case() {
    let dir = temp("campaign-wasmtime");
    let findings = dir.display().to_string();
    let out = reentry(&["fuzz", "--engines", "wasmtime", "--cases", "3000", "--time", "10m", "--quiet", "--findings", &findings]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(t.contains("before the budget:") && t.contains("no async exports generated"), "{t}");
    assert!(t.contains("3000 cases in") && !t.contains("not run") && !t.contains("no-tasks"), "{t}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bench_mutants_on_wasmtime_passes_with_the_task_mutants_not_applicable() {
    let out = reentry(&["bench", "--mutants", "--seeds", "1", "--mutant-limit", "10m", "--no-pin"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    let na: Vec<&str> = t.lines().filter(|l| l.contains("n/a on these engines:")).collect();
    assert_eq!(na.len(), 3, "the three task mutants:\n{t}");
    assert!(na.iter().all(|l| l.contains("no tasks on the generated lane")), "{t}");
    assert!(t.contains("(3 n/a on these engines)") && !t.contains("NOT DETECTED"), "{t}");
    assert!(t.lines().any(|l| l.starts_with("glue-loses-payload") && l.contains("p10-payload")), "{t}");
}
