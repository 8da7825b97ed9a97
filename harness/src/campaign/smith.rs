//! `reentry smith`: the `smith_diff` comparison as a timed campaign without
//! cargo fuzz. No sanitizer build and no coverage feedback, so it runs many
//! times faster than the fuzz target; input `i` of seed `s` is always the
//! same bytes, hence the same module and calls. Each new kind of difference
//! is written as a finding directory (`fuzzing::smith::write_finding`); a
//! panic in the harness or an engine is a finding too, with its message; a
//! case that takes the whole process down is left in an in-flight marker
//! and becomes a crash finding on the next run over the same directory.

use crate::fuzzing::smith;
use crate::program::gen::case_bytes;
use anyhow::Context;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub struct Config {
    pub seed: u64,
    pub time: Duration,
    pub cases: Option<u64>,
    pub findings: PathBuf,
}

#[derive(Debug, Default)]
pub struct Summary {
    pub inputs: u64,
    /// Inputs that were cases (a module both engines were given).
    pub cases: u64,
    /// Failing inputs per signature, with the first input's index.
    pub signatures: BTreeMap<String, (u64, u64)>,
    pub findings: Vec<PathBuf>,
    /// Crash findings recovered from a previous run's in-flight marker.
    pub recovered: Vec<PathBuf>,
    pub elapsed: Duration,
}

impl Summary {
    pub fn failing(&self) -> u64 {
        self.signatures.values().map(|(n, _)| n).sum()
    }
}

/// The fuzz input of case `index`: a few hundred to a few thousand bytes,
/// the sizes wasm-smith makes small-to-medium modules from.
pub fn input(seed: u64, index: u64) -> Vec<u8> {
    case_bytes(seed, index, 256 + (index as usize).wrapping_mul(97) % 3840)
}

/// Run inputs until the time or case budget is spent.
pub fn run(cfg: &Config, on_progress: &dyn Fn(&Summary)) -> anyhow::Result<Summary> {
    let mut summary = Summary { recovered: recover(&cfg.findings)?, ..Summary::default() };
    std::fs::create_dir_all(&cfg.findings).with_context(|| format!("creating {}", cfg.findings.display()))?;
    let marker = cfg.findings.join(format!("{MARKER}{}", std::process::id()));
    let start = Instant::now();
    let mut last_progress = start;
    for index in 0.. {
        if cfg.cases.is_some_and(|n| index >= n) || (cfg.cases.is_none() && start.elapsed() >= cfg.time) {
            break;
        }
        let data = input(cfg.seed, index);
        std::fs::write(&marker, format!("seed {}\nindex {index}\n", cfg.seed))
            .with_context(|| format!("writing {}", marker.display()))?;
        summary.inputs += 1;
        match std::panic::catch_unwind(|| smith::check(&data)) {
            Ok(None) => {}
            Ok(Some(report)) => {
                summary.cases += 1;
                if let Some(d) = &report.difference {
                    let sig = signature(&d.step, &d.wasmtime, &d.v8);
                    record(&mut summary, cfg, sig, index, |root| smith::write_finding(root, &data, &report));
                }
            }
            Err(payload) => {
                // The sessions may be mid-call: start fresh ones.
                smith::reset_sessions();
                let message = panic_message(&*payload);
                let sig = format!("panic: {}", message.lines().next().unwrap_or(""));
                record(&mut summary, cfg, sig, index, |root| write_crash(root, &data, cfg.seed, index, &message));
            }
        }
        if last_progress.elapsed() >= Duration::from_millis(200) {
            last_progress = Instant::now();
            summary.elapsed = start.elapsed();
            on_progress(&summary);
        }
    }
    let _ = std::fs::remove_file(&marker);
    summary.elapsed = start.elapsed();
    Ok(summary)
}

/// Count a failing input; write a finding for the first of its signature.
fn record(
    summary: &mut Summary,
    cfg: &Config,
    sig: String,
    index: u64,
    write: impl FnOnce(&Path) -> anyhow::Result<PathBuf>,
) {
    let entry = summary.signatures.entry(sig).or_insert((0, index));
    entry.0 += 1;
    if entry.0 == 1 {
        match write(&cfg.findings) {
            Ok(dir) => summary.findings.push(dir),
            // Keep going: the input is deterministic from (seed, index).
            Err(e) => eprintln!("error saving the finding of input {index} (seed {}): {e:#}", cfg.seed),
        }
    }
}

/// What a difference is, without the export names and values that make
/// every instance of one bug look new: the step kind and the outcome kinds.
pub fn signature(step: &str, wasmtime: &str, v8: &str) -> String {
    // The outcome's first word, and its second when that is a class name
    // (`trapped Unreachable`, `threw tag`) rather than a value.
    let head = |s: &str| {
        let mut words = s.split_whitespace();
        let first = words.next().unwrap_or("");
        match words.next() {
            Some(w) if w.chars().all(|c| c.is_ascii_alphabetic()) => format!("{first} {w}"),
            _ => first.to_string(),
        }
    };
    format!("{} | wasmtime {} | v8 {}", step.split_whitespace().next().unwrap_or(""), head(wasmtime), head(v8))
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "panic with a non-text payload".into())
}

const MARKER: &str = ".smith-inflight-";

/// A crash finding: the input and what happened (`reentry replay` runs the
/// input again, as for any smith finding).
fn write_crash(root: &Path, data: &[u8], seed: u64, index: u64, what: &str) -> anyhow::Result<PathBuf> {
    let dir = root.join(format!("smith-crash-{:016x}", crate::raw::hash(data)));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    std::fs::write(dir.join(smith::INPUT_FILE), data)?;
    std::fs::write(
        dir.join("crash.txt"),
        format!("input {index} of seed {seed}: {what}\n\nreplay: reentry replay {}\n", dir.display()),
    )?;
    Ok(dir)
}

/// Turn the markers of dead `reentry smith` runs into crash findings.
pub fn recover(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(out) };
    for entry in entries {
        let path = entry?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        let Some(pid) = name.strip_prefix(MARKER).and_then(|p| p.parse::<u32>().ok()) else { continue };
        if Path::new(&format!("/proc/{pid}")).exists() && pid != std::process::id() {
            continue;
        }
        let text = std::fs::read_to_string(&path)?;
        let field = |key: &str| text.lines().find_map(|l| l.strip_prefix(key)?.trim().parse::<u64>().ok());
        if let (Some(seed), Some(index)) = (field("seed "), field("index ")) {
            let what = format!("the process ({pid}) died while running it");
            out.push(write_crash(dir, &input(seed, index), seed, index, &what)?);
        }
        std::fs::remove_file(&path)?;
    }
    Ok(out)
}

/// One line per signature, for the end of a run.
pub fn describe(summary: &Summary) -> String {
    let mut out = String::new();
    for (sig, (count, first)) in &summary.signatures {
        out += &format!("  {count:>6} x {sig} (first: input {first})\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_ignore_names_and_values() {
        let a = signature("call 3 \"f\"", "trapped Unreachable (x)", "returned [i32:1]");
        let b = signature("call 0 \"g\"", "trapped Unreachable (y)", "returned [i32:7]");
        assert_eq!(a, b);
        assert_ne!(a, signature("state \"g\"", "trapped Unreachable (y)", "returned [i32:7]"));
        assert_ne!(a, signature("call 0 \"g\"", "trapped DivideByZero (y)", "returned [i32:7]"));
    }

    #[test]
    fn a_dead_runs_input_becomes_a_crash_finding() {
        let dir = std::env::temp_dir().join(format!("reentry-smith-marker-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{MARKER}{}", u32::MAX)), "seed 9\nindex 41\n").unwrap();
        let found = recover(&dir).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(std::fs::read(found[0].join(smith::INPUT_FILE)).unwrap(), input(9, 41));
        assert!(std::fs::read_to_string(found[0].join("crash.txt")).unwrap().contains("input 41 of seed 9"));
        assert!(recover(&dir).unwrap().is_empty(), "the marker is consumed");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
