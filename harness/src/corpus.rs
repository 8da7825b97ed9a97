//! Corpus files: `NAME.reentry` programs, each optionally with the trace the
//! model must predict checked in beside it as `NAME.trace`, and where the
//! program is about panic=abort also as `NAME.abort.trace`, the model's
//! trace under that strategy (docs/protocol.md 28-30, 36); and running them
//! ([`check`]). Finding directories kept in the corpus (`regressions/<id>/`,
//! with their `finding.json`) are not walked: their program is the
//! `<id>.reentry` beside them.

use crate::case::{CaseResult, Harness};
use crate::program::Program;
use crate::text;
use std::path::{Path, PathBuf};

pub const PROGRAM_EXT: &str = "reentry";
pub const TRACE_EXT: &str = "trace";
/// The panic=abort trace's extension (`NAME.abort.trace`).
pub const ABORT_TRACE_EXT: &str = "abort.trace";

/// One corpus entry as loaded (parse errors are kept, not dropped).
pub struct Entry {
    pub path: PathBuf,
    pub program: Result<Program, String>,
    /// Contents of the checked-in `.trace`, if there is one.
    pub expected_trace: Option<String>,
    /// Contents of the checked-in `.abort.trace`, if there is one.
    pub expected_abort_trace: Option<String>,
}

/// Every `.reentry` file under the given files and directories, sorted.
pub fn files(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut out)?;
        } else {
            if !p.exists() {
                return Err(std::io::Error::new(std::io::ErrorKind::NotFound, format!("{} does not exist", p.display())));
            }
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            if !path.join("finding.json").exists() {
                walk(&path, out)?;
            }
        } else if path.extension().is_some_and(|e| e == PROGRAM_EXT) {
            out.push(path);
        }
    }
    Ok(())
}

/// Load one file.
pub fn load(path: &Path) -> Entry {
    let program = match std::fs::read_to_string(path) {
        Ok(src) => text::parse(&src).map_err(|e| format!("{}:{e}", path.display())),
        Err(e) => Err(format!("{}: {e}", path.display())),
    };
    let expected_trace = std::fs::read_to_string(path.with_extension(TRACE_EXT)).ok();
    let expected_abort_trace = std::fs::read_to_string(path.with_extension(ABORT_TRACE_EXT)).ok();
    Entry { path: path.to_path_buf(), program, expected_trace, expected_abort_trace }
}

/// DESIGN.md §1's model trace of a program under a panic strategy (no
/// binding profile): what `NAME.trace` and `NAME.abort.trace` hold.
pub fn design_trace(program: &Program, panic: crate::strategy::Panic) -> crate::trace::Trace {
    let profile = crate::model::Profile { panic_abort: panic == crate::strategy::Panic::Abort, ..Default::default() };
    crate::model::run_with(program, profile).expect("validated programs fit the model's budget")
}

/// Compare a trace's text with a checked-in one (line endings and trailing
/// blank lines do not matter).
pub fn same_trace_text(a: &str, b: &str) -> bool {
    fn norm(s: &str) -> Vec<&str> {
        s.lines().map(str::trim_end).filter(|l| !l.is_empty()).collect()
    }
    norm(a) == norm(b)
}

/// How one corpus program did.
pub enum Status {
    Pass,
    /// Only known defects of the real toolchain or of an engine broke it.
    Known(Vec<&'static str>),
    /// The lane cannot run one of its steps (this lane fact's id), or no
    /// engine of the run runs its tasks (`no-tasks`): not run.
    Unsupported(String),
    /// The problems, one text each (verdicts, a model/trace-file mismatch,
    /// a file that does not parse).
    Fail(Vec<String>),
}

/// Run one corpus file on `h`. With `compare_trace`, the model's trace must
/// also equal the checked-in one (not under a seeded bug, which changes
/// what the engines do, not what the model predicts).
pub fn check(h: &mut Harness, path: &Path, compare_trace: bool) -> (Status, Option<CaseResult>) {
    let entry = load(path);
    let program = match entry.program {
        Ok(p) => p,
        Err(e) => return (Status::Fail(vec![e]), None),
    };
    let result = h.check(program);
    let mut problems: Vec<String> = result.verdicts.iter().map(|v| v.to_string()).collect();
    // The checked-in traces are DESIGN.md §1's, before any binding profile.
    use crate::strategy::Panic;
    for (expected, panic, ext) in [(&entry.expected_trace, Panic::Unwind, TRACE_EXT), (&entry.expected_abort_trace, Panic::Abort, ABORT_TRACE_EXT)] {
        let Some(expected) = expected.as_deref().filter(|_| compare_trace) else { continue };
        let model = design_trace(&result.program, panic);
        if !same_trace_text(expected, &model.to_string()) {
            let file = path.with_extension(ext);
            problems.push(format!("the model's trace differs from the checked-in {}:\n{}", file.display(), model));
        }
    }
    let status = if !problems.is_empty() {
        Status::Fail(problems)
    } else if let Some(why) = &result.unsupported {
        Status::Unsupported(why.id.clone())
    } else if !result.known.is_empty() {
        let mut ids: Vec<&'static str> = result.known.iter().map(|(d, _)| d.id).collect();
        ids.dedup();
        Status::Known(ids)
    } else {
        Status::Pass
    };
    (status, Some(result))
}
