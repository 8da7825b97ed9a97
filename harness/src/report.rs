//! Findings on disk. Each finding is a self-contained directory:
//!
//! ```text
//! <findings>/<label>-<hash>/
//!   program.reentry        the program (text form)
//!   finding.json           property, runs, engines, mutant, seed, command
//!   verdict.txt            the explanation with both traces around the divergence
//!   expected.trace         the model's trace
//!   actual.<engine>.<encoding>.trace   every run's trace (or its error)
//!   exnref.wasm / legacy.wasm, exnref.wat / legacy.wat
//!   replay.sh              the command that replays it
//!   repro.mjs              standalone: `node repro.mjs` prints the trace and PASS/FAIL
//! ```
//!
//! A finding is written to a temporary directory and renamed into place, so
//! an interrupted run never leaves half a finding, and findings already
//! written are never touched again.

use crate::campaign::CaseResult;
use crate::compile::{self, Encoding};
use crate::mutant::Mutant;
use crate::oracle::Verdict;
use crate::text;
use anyhow::Context;
use std::path::{Path, PathBuf};

/// Machine-readable summary of a finding (`finding.json`).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct FindingMeta {
    /// `p<n>-<property>` or `engine-<kind>`.
    pub label: String,
    pub verdict: Verdict,
    /// Engines the case ran on (replay uses the same).
    pub engines: Vec<String>,
    pub mutant: Option<Mutant>,
    /// Campaign seed and case index, when it came from `reentry fuzz`.
    pub seed: Option<u64>,
    pub case: Option<u64>,
    /// Program size (steps) as saved.
    pub size: usize,
    pub replay: String,
}

/// Where a case came from, recorded with its findings.
#[derive(Clone, Copy, Debug, Default)]
pub struct Origin {
    pub seed: Option<u64>,
    pub case: Option<u64>,
}

/// The replay command line for a finding directory.
pub fn replay_command(dir: &Path) -> String {
    format!("reentry replay {}", dir.display())
}

/// Write one finding (one verdict of a case) and return its directory.
pub fn write_finding(
    root: &Path,
    result: &CaseResult,
    verdict: &Verdict,
    engines: &[String],
    mutant: Option<Mutant>,
    origin: Origin,
) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(root).with_context(|| format!("creating {}", root.display()))?;
    let program_text = text::print(&result.program);
    let hash = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        program_text.hash(&mut h);
        verdict.label().hash(&mut h);
        // Two runs failing the same case differently are two findings.
        verdict.failing_runs().hash(&mut h);
        h.finish()
    };
    let dir = root.join(format!("{}-{:016x}", verdict.label(), hash));
    if dir.exists() {
        return Ok(dir);
    }
    write_finding_to(&dir, result, verdict, engines, mutant, origin)?;
    Ok(dir)
}

/// Write a finding into exactly `dir` (which must not exist yet).
pub fn write_finding_to(
    dir: &Path,
    result: &CaseResult,
    verdict: &Verdict,
    engines: &[String],
    mutant: Option<Mutant>,
    origin: Origin,
) -> anyhow::Result<()> {
    let parent = dir.parent().context("finding directory has no parent")?;
    std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    let name = dir.file_name().context("finding directory has no name")?.to_string_lossy();
    let tmp = parent.join(format!(".tmp-{name}-{}", std::process::id()));
    let program_text = text::print(&result.program);
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp)?;
    let write = |file: &str, data: &[u8]| -> anyhow::Result<()> {
        std::fs::write(tmp.join(file), data).with_context(|| format!("writing {file}"))
    };
    write("program.reentry", program_text.as_bytes())?;
    write("expected.trace", result.model.to_string().as_bytes())?;
    for run in &result.runs {
        let file = format!("actual.{}.{}.trace", run.id.engine, run.id.encoding.name());
        let body = match &run.result {
            Ok(t) => t.to_string(),
            Err(e) => format!("# no trace: {e}\n"),
        };
        write(&file, body.as_bytes())?;
    }
    for enc in Encoding::ALL {
        // Every encoding, also ones no selected engine ran: a repro needs both.
        let wasm = match result.modules.iter().find(|(e, _)| *e == enc) {
            Some((_, w)) => w.clone(),
            None => compile::compile(&result.program, enc, compile::Options { mutant, names: false }),
        };
        write(&format!("{}.wasm", enc.name()), &wasm)?;
        let named = compile::compile(&result.program, enc, compile::Options { mutant, names: true });
        let wat = compile::to_wat(&named).unwrap_or_else(|e| format!(";; cannot print: {e}\n"));
        write(&format!("{}.wat", enc.name()), wat.as_bytes())?;
    }
    write("verdict.txt", format!("{verdict}\n").as_bytes())?;
    let title = format!("{} ({})", verdict.label(), name);
    write("repro.mjs", crate::repro::render(&title, &result.program, &result.model, mutant, Some(dir)).as_bytes())?;
    let replay = replay_command(dir);
    let meta = FindingMeta {
        label: verdict.label(),
        verdict: verdict.clone(),
        engines: engines.to_vec(),
        mutant,
        seed: origin.seed,
        case: origin.case,
        size: result.program.size(),
        replay: replay.clone(),
    };
    write("finding.json", serde_json::to_string_pretty(&meta)?.as_bytes())?;
    let mutant_flag = mutant.map_or(String::new(), |m| format!(" --mutant {}", m.name()));
    let script = format!(
        "#!/bin/sh\n# Replays this finding on the engines it was found with.\nexec reentry replay \"$(dirname \"$0\")\" --engines {}{mutant_flag} \"$@\"\n",
        engines.join(",")
    );
    write("replay.sh", script.as_bytes())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(tmp.join("replay.sh"), std::fs::Permissions::from_mode(0o755))?;
    }
    std::fs::rename(&tmp, dir).with_context(|| format!("moving finding into {}", dir.display()))?;
    Ok(())
}

/// Read a finding directory back.
pub fn read_finding(dir: &Path) -> anyhow::Result<(crate::program::Program, Option<FindingMeta>)> {
    let prog_path = dir.join("program.reentry");
    let src = std::fs::read_to_string(&prog_path).with_context(|| format!("reading {}", prog_path.display()))?;
    let program = text::parse(&src).map_err(|e| anyhow::anyhow!("{}:{e}", prog_path.display()))?;
    let meta_path = dir.join("finding.json");
    let meta = match std::fs::read_to_string(&meta_path) {
        Ok(s) => Some(serde_json::from_str(&s).with_context(|| format!("parsing {}", meta_path.display()))?),
        Err(_) => None,
    };
    Ok((program, meta))
}

/// Write `summary.md` for a fuzz campaign into its findings directory (what
/// the nightly job publishes).
pub fn write_summary(
    dir: &Path,
    s: &crate::campaign::fuzz::FuzzSummary,
    engines: &[String],
    seed: u64,
    mutant: Option<Mutant>,
) -> anyhow::Result<PathBuf> {
    use std::fmt::Write as _;
    let mut md = String::new();
    let rate = s.cases as f64 / s.elapsed.as_secs_f64().max(1e-9);
    let _ = writeln!(md, "# reentry fuzz summary\n");
    let _ = writeln!(md, "- engines: {}", engines.join(", "));
    let _ = writeln!(md, "- seed: {seed} (replay the campaign with `reentry fuzz --seed {seed}`)");
    if let Some(m) = mutant {
        let _ = writeln!(md, "- mutant: {}", m.name());
    }
    let _ = writeln!(md, "- {} cases in {:.1?} ({rate:.0} cases/s), {} failing", s.cases, s.elapsed, s.failing_cases);
    let _ = writeln!(md, "\n## Failures by signature\n");
    if s.signatures.is_empty() {
        let _ = writeln!(md, "none");
    }
    for (sig, count, first, verdict) in &s.signatures {
        let _ = writeln!(md, "- **{sig}**: {count} cases (first: case {first})");
        if let Verdict::Mismatch(m) = verdict {
            let _ = writeln!(md, "  - {}", m.message);
        }
    }
    let _ = writeln!(md, "\n## Findings\n");
    if s.findings.is_empty() {
        let _ = writeln!(md, "none");
    }
    for f in &s.findings {
        let name = f.file_name().map_or(String::new(), |n| n.to_string_lossy().to_string());
        let reduced = f.join("reduced").join("finding.json");
        let size = std::fs::read_to_string(&reduced)
            .ok()
            .and_then(|j| serde_json::from_str::<FindingMeta>(&j).ok())
            .map_or(String::new(), |m| format!(", reduced to {} steps", m.size));
        let _ = writeln!(md, "- `{name}`{size}: `{}`", replay_command(f));
    }
    for e in &s.write_errors {
        let _ = writeln!(md, "- error: {e}");
    }
    let _ = writeln!(md, "\n## Generator\n\n```text\n{}```", s.stats);
    std::fs::create_dir_all(dir)?;
    let path = dir.join("summary.md");
    std::fs::write(&path, md).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}
