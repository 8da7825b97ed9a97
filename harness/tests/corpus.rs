//! The hand-written corpus (`corpus/*.reentry`) as a test.
//!
//! For every program:
//! - it parses and validates;
//! - its text form round-trips: `parse(print(p)) == p` and printing is stable;
//! - a checked-in `NAME.trace` exists beside it and equals the model's trace
//!   (a missing `.trace` is a failure: every corpus trace is reviewed by hand
//!   against DESIGN.md §1/§2 before it is checked in), and so does a
//!   `NAME.abort.trace` under panic=abort where there is one (every
//!   `panic_abort_*` program has one);
//! - it runs on wasmtime through `reentry::case::Harness` with no verdicts,
//!   under either panic strategy.
//!
//! Every program is checked and all problems are reported together.

use reentry::case::Harness;
use reentry::corpus;
use reentry::engine::EngineOptions;
use reentry::guest::{Lane, Panic};
use reentry::program::Program;
use reentry::{model, text};
use std::path::{Path, PathBuf};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("corpus")
}

/// Every corpus program, parsed (parse errors are reported as failures).
fn programs(failures: &mut Vec<String>) -> Vec<(PathBuf, Program, [Option<String>; 2])> {
    let files = corpus::files(&[corpus_dir()]).expect("listing corpus/");
    assert!(!files.is_empty(), "no .{} files under {}", corpus::PROGRAM_EXT, corpus_dir().display());
    let mut out = Vec::new();
    for file in files {
        let entry = corpus::load(&file);
        match entry.program {
            Ok(p) => out.push((file, p, [entry.expected_trace, entry.expected_abort_trace])),
            Err(e) => failures.push(format!("{}: does not parse: {e}", name(&file))),
        }
    }
    out
}

fn name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

fn finish(failures: Vec<String>) {
    if !failures.is_empty() {
        panic!("{} corpus problem(s):\n\n{}", failures.len(), failures.join("\n\n"));
    }
}

/// A line diff (`-` checked in, `+` model) from a longest common subsequence.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().map(str::trim_end).filter(|l| !l.is_empty()).collect();
    let b: Vec<&str> = actual.lines().map(str::trim_end).filter(|l| !l.is_empty()).collect();
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            out.push_str(&format!("    {}\n", a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push_str(&format!("  - {}\n", a[i]));
            i += 1;
        } else {
            out.push_str(&format!("  + {}\n", b[j]));
            j += 1;
        }
    }
    out
}

#[test]
fn programs_round_trip_and_match_their_checked_in_traces() {
    let mut failures = Vec::new();
    for (file, program, [expected, expected_abort]) in programs(&mut failures) {
        let printed = text::print(&program);
        match text::parse(&printed) {
            Ok(back) if back == program => {
                let again = text::print(&back);
                if again != printed {
                    failures.push(format!("{}: printing is not stable:\n{printed}\n---\n{again}", name(&file)));
                }
            }
            Ok(_) => failures.push(format!("{}: parse(print(p)) != p; printed:\n{printed}", name(&file))),
            Err(e) => failures.push(format!("{}: its printed form does not parse: {e}\n{printed}", name(&file))),
        }

        let trace = match model::run(&program) {
            Ok(t) => t.to_string(),
            Err(e) => {
                failures.push(format!("{}: {e}", name(&file)));
                continue;
            }
        };
        let about_abort = name(&file).starts_with("panic_abort_");
        match (expected_abort, about_abort) {
            (None, true) => failures.push(format!("{}: no checked-in {}", name(&file), name(&file.with_extension(corpus::ABORT_TRACE_EXT)))),
            (Some(expected), _) => {
                let abort = corpus::design_trace(&program, Panic::Abort).to_string();
                if !corpus::same_trace_text(&expected, &abort) {
                    failures.push(format!("{}: the panic=abort model's trace differs (- checked in, + model):\n{}", name(&file), diff(&expected, &abort)));
                }
            }
            (None, false) => {}
        }
        let trace_file = file.with_extension(corpus::TRACE_EXT);
        match expected {
            None => failures.push(format!(
                "{}: no checked-in {} (review the model's trace by hand, then check it in):\n{trace}",
                name(&file),
                name(&trace_file)
            )),
            Some(expected) if !corpus::same_trace_text(&expected, &trace) => failures.push(format!(
                "{}: the model's trace differs from {} (- checked in, + model):\n{}",
                name(&file),
                name(&trace_file),
                diff(&expected, &trace)
            )),
            Some(_) => {}
        }
    }
    finish(failures);
}

#[test]
fn every_trace_has_a_program() {
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(corpus_dir()).expect("reading corpus/") {
        let path = entry.expect("reading corpus/").path();
        // `NAME.abort.trace` belongs to `NAME.reentry` as `NAME.trace` does.
        let program = path.with_extension("").with_extension(corpus::PROGRAM_EXT);
        let program = if program.exists() { program } else { path.with_extension(corpus::PROGRAM_EXT) };
        if path.extension().is_some_and(|e| e == corpus::TRACE_EXT) && !program.exists() {
            failures.push(format!("{}: a trace without a program", name(&path)));
        }
    }
    finish(failures);
}

#[test]
fn programs_pass_on_wasmtime() {
    programs_pass_on_wasmtime_under(Panic::Unwind);
}

#[test]
fn programs_pass_on_wasmtime_under_panic_abort() {
    programs_pass_on_wasmtime_under(Panic::Abort);
}

fn programs_pass_on_wasmtime_under(panic: Panic) {
    let mut failures = Vec::new();
    let programs = programs(&mut failures);
    let mut harness = Harness::for_lane(&["wasmtime".to_string()], &EngineOptions::default(), None, Lane::GENERATED.with_panic(panic))
        .expect("creating the wasmtime engine");
    for (file, program, _) in programs {
        let result = harness.check(program);
        if !result.passed() {
            let verdicts: Vec<String> = result.verdicts.iter().map(|v| format!("  {v}")).collect();
            let engine_traces: Vec<String> = result
                .runs
                .iter()
                .map(|r| match &r.result {
                    Ok(t) => format!("{} trace:\n{t}", r.id),
                    Err(e) => format!("{}: {e}", r.id),
                })
                .collect();
            failures.push(format!(
                "{}:\n{}\nmodel trace:\n{}{}",
                name(&file),
                verdicts.join("\n"),
                result.model,
                engine_traces.join("\n")
            ));
        }
    }
    finish(failures);
}
