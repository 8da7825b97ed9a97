//! The report's findings, read back from the stores the night wrote
//! through: one entry per signature (`findings::identity`), with the
//! failures counted under it and links to its files.

use super::report::{FindingStatus, FirstEvent, Finding, Link};
use crate::findings::{identity, StoreSummary};
use std::path::Path;

/// A store of the night and the phase that wrote it.
pub struct Source {
    pub found_by: String,
    pub summary: StoreSummary,
}

/// The files a reader of a finding opens, in that order, where they exist.
const FILES: &[&str] = &[
    "repro.mjs",
    "repro.html",
    "program.reentry",
    "verdict.txt",
    "reduced/program.reentry",
    "reduced/repro.mjs",
    "reduced/verdict.txt",
    "difference.txt",
    "crash.txt",
    "module.wat",
    "input",
    "replay.sh",
    "finding.json",
];

/// Every finding of `sources`, merged by signature (duplicates add their
/// counts and are listed, not repeated). `started_at` is tonight's start.
pub fn findings(out: &Path, sources: &[Source], started_at: u64) -> (Vec<Finding>, Vec<String>) {
    let mut found: Vec<Finding> = Vec::new();
    let mut errors = Vec::new();
    for source in sources {
        let mut dirs = source.summary.findings.clone();
        dirs.dedup();
        for dir in dirs {
            let id = match identity::of(&dir) {
                Ok(id) => id,
                Err(e) => {
                    errors.push(format!("reading the finding {}: {e:#}", dir.display()));
                    continue;
                }
            };
            let counted = source.summary.signatures.iter().find(|(s, _, _)| s.key == id.meta.signature);
            let count = counted.map_or(1, |(_, n, _)| *n);
            let directory = super::campaigns::relative(out, &dir);
            if let Some(f) = found.iter_mut().find(|f| f.signature == id.signature()) {
                f.count += count;
                f.total_count += count;
                f.duplicates.push(directory);
                continue;
            }
            let reduced_size = id.reduced.then(|| crate::findings::read_meta(&dir.join("reduced")).ok().flatten().map(|m| m.size)).flatten();
            found.push(Finding {
                signature: id.signature(),
                status: FindingStatus::New,
                kind: id.kind.name().to_string(),
                label: id.label.clone(),
                lane: (id.kind != crate::findings::Kind::RawModule && !id.meta.label.starts_with("smith")).then(|| id.meta.lane.to_string()),
                failing: id.failing.clone(),
                agreeing: id.agreeing.clone(),
                first_event: id.first_event.clone().map(|(expected, actual)| FirstEvent { expected, actual }),
                program_hash: id.program_hash.clone(),
                reduced: id.reduced,
                size: reduced_size.unwrap_or(id.meta.size),
                count,
                nights: 1,
                total_count: count,
                first_seen: started_at,
                found_by: source.found_by.clone(),
                files: links(&dir, &directory),
                directory,
                duplicates: Vec::new(),
                message: counted.map_or_else(|| id.key.clone(), |(s, _, _)| s.message.clone()),
                seed: id.meta.seed,
                case: id.meta.case,
            });
        }
    }
    (found, errors)
}

/// Links to the files of the finding in `dir` (shown as `directory`).
pub fn links(dir: &Path, directory: &str) -> Vec<Link> {
    FILES
        .iter()
        .filter(|f| dir.join(f).is_file())
        .map(|f| Link { name: f.to_string(), path: format!("{directory}/{f}") })
        .collect()
}
