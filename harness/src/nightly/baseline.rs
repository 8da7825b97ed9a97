//! The comparison with a previous night (`--baseline PREVIOUS/report.json`):
//! its findings are replayed on tonight's build (engines, seeded bug), and
//! tonight's findings, compat cells and throughput are set against its.
//!
//! - a finding whose signature the baseline has is *persisting* (its nights
//!   and total count go on); any other is *new*;
//! - a baseline finding not found again is replayed: still failing, it is
//!   persisting and carried into tonight's report (its directory copied to
//!   `findings/carried/`); passing, it is *fixed*; not replayable here (a
//!   crash, its engines missing, its files gone), it is *not seen*.

use super::report::{Baseline, CompatChange, Finding, FindingStatus, Gone, Report, SCHEMA, SCHEMA_VERSION};
use crate::case::Harness;
use crate::engine::EngineOptions;
use crate::findings::{self, Kind};
use crate::guest::Lane;
use crate::mutant::Mutant;
use anyhow::Context;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// Read a baseline; the error names the file and says what is wrong with it.
pub fn load(path: &Path) -> Result<Report, String> {
    let shown = path.display();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{shown}: cannot read the baseline: {e}"))?;
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| format!("{shown}: not a reentry nightly report: not valid JSON (line {}, column {}: {e})", e.line(), e.column()))?;
    let schema = value.get("schema").and_then(|s| s.as_str());
    if schema != Some(SCHEMA) {
        let is = schema.map_or("no \"schema\" field".to_string(), |s| format!("\"schema\" is \"{s}\""));
        return Err(format!("{shown}: not a reentry nightly report ({is}; a baseline is the report.json of an earlier `reentry nightly`, \"schema\": \"{SCHEMA}\")"));
    }
    let version = value.get("schema_version").and_then(|v| v.as_u64());
    if version != Some(SCHEMA_VERSION as u64) {
        let v = version.map_or("no schema_version".to_string(), |v| format!("schema_version {v}"));
        return Err(format!("{shown}: a {SCHEMA} report of {v}; this reentry reads schema_version {SCHEMA_VERSION}"));
    }
    serde_json::from_value(value).map_err(|e| format!("{shown}: a {SCHEMA} report that does not match schema_version {SCHEMA_VERSION}: {e}"))
}

/// What replaying a baseline finding tonight showed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Replayed {
    StillFails,
    Passes(String),
    NotReplayable(String),
}

/// Replays baseline findings, one harness per engine set and lane.
pub struct Replayer<'a> {
    /// The engines that started tonight.
    pub started: &'a [String],
    pub mutant: Option<Mutant>,
    pub options: &'a EngineOptions,
    harnesses: HashMap<(Vec<String>, Lane), Harness>,
}

impl<'a> Replayer<'a> {
    pub fn new(started: &'a [String], mutant: Option<Mutant>, options: &'a EngineOptions) -> Replayer<'a> {
        Replayer { started, mutant, options, harnesses: HashMap::new() }
    }

    /// Replay the finding in `dir` (its reduced program, if it has one).
    pub fn replay(&mut self, dir: &Path) -> Replayed {
        match self.try_replay(dir) {
            Ok(r) => r,
            Err(e) => Replayed::NotReplayable(format!("{e:#}")),
        }
    }

    fn try_replay(&mut self, dir: &Path) -> anyhow::Result<Replayed> {
        let meta = findings::read_meta(dir)?.with_context(|| format!("{} has no finding.json", dir.display()))?;
        if meta.kind == Kind::Crash {
            return Ok(Replayed::NotReplayable("a crash is not replayed inside the nightly's process".into()));
        }
        let engines: Vec<String> = meta.engines.iter().filter(|e| self.started.contains(e)).cloned().collect();
        if engines.len() < meta.engines.len() {
            return Ok(Replayed::NotReplayable(format!("it ran on {}; not all of them started tonight", meta.engines.join(", "))));
        }
        if meta.kind == Kind::RawModule {
            let data = std::fs::read(dir.join(findings::raw::INPUT_FILE))?;
            return Ok(match crate::smith::check(&data).and_then(|r| r.difference) {
                Some(_) => Replayed::StillFails,
                None => Replayed::Passes(format!("wasmtime and v8 agree on it now ({})", crate::smith::ENGINES.join(", "))),
            });
        }
        let reduced = dir.join("reduced");
        let from = if reduced.join("program.reentry").is_file() { reduced } else { dir.to_path_buf() };
        let (program, _) = findings::program::read(&from)?;
        let lane = meta.lane;
        let key = (engines.clone(), lane);
        if !self.harnesses.contains_key(&key) {
            let mutant = self.mutant.filter(|m| lane.has_mutant(*m));
            self.harnesses.insert(key.clone(), Harness::for_lane(&engines, self.options, mutant, lane)?);
        }
        let h = self.harnesses.get_mut(&key).expect("inserted above");
        let result = h.check(program);
        Ok(if result.verdicts.iter().any(|v| v.label() == meta.label) {
            Replayed::StillFails
        } else {
            Replayed::Passes(format!("replayed on {} ({lane}): passes now", engines.join(", ")))
        })
    }
}

/// Set tonight's findings against the baseline's: statuses, nights and
/// counts on `tonight`, carried findings appended to it (copied under
/// `carried`), and what is gone.
pub fn compare(
    path: &Path,
    base: &Report,
    tonight: &mut Vec<Finding>,
    replays: &BTreeMap<String, Replayed>,
    out: &Path,
    carried: &Path,
) -> Baseline {
    let base_dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut b = Baseline {
        started_at: Some(base.started_at),
        partial: base.status == super::report::Status::Partial,
        ..Baseline::empty(path, None)
    };
    for f in tonight.iter_mut() {
        match base.findings.iter().find(|o| o.signature == f.signature) {
            Some(old) => {
                f.status = FindingStatus::Persisting;
                f.nights = old.nights + 1;
                f.total_count = old.total_count + f.count;
                f.first_seen = old.first_seen;
            }
            None => f.status = FindingStatus::New,
        }
    }
    for old in &base.findings {
        if tonight.iter().any(|f| f.signature == old.signature) {
            continue;
        }
        let gone = |why: String| Gone { signature: old.signature.clone(), label: old.label.clone(), directory: old.directory.clone(), why };
        match replays.get(&old.signature) {
            Some(Replayed::StillFails) => match carry(&base_dir.join(&old.directory), carried) {
                Ok(dir) => {
                    let directory = super::campaigns::relative(out, &dir);
                    tonight.push(Finding {
                        status: FindingStatus::Persisting,
                        count: 0,
                        nights: old.nights + 1,
                        found_by: "baseline".into(),
                        files: super::collect::links(&dir, &directory),
                        directory,
                        duplicates: Vec::new(),
                        ..old.clone()
                    });
                }
                Err(e) => b.not_seen.push(gone(format!("still fails on replay, but copying it failed: {e:#}"))),
            },
            Some(Replayed::Passes(why)) => b.fixed.push(gone(why.clone())),
            Some(Replayed::NotReplayable(why)) => b.not_seen.push(gone(format!("not found tonight and not replayable: {why}"))),
            None => b.not_seen.push(gone("not found tonight (not replayed: the run stopped first)".into())),
        }
    }
    b.new = tonight.iter().filter(|f| f.status == FindingStatus::New).count();
    b.persisting = tonight.len() - b.new;
    b
}

/// Copy a finding directory into `carried/` (kept if already there).
fn carry(dir: &Path, carried: &Path) -> anyhow::Result<PathBuf> {
    let name = dir.file_name().context("a finding directory has a name")?;
    let to = carried.join(name);
    if !to.exists() {
        findings::write_atomically(&to, |tmp| copy_tree(dir, tmp))?;
    }
    Ok(to)
}

fn copy_tree(from: &Path, to: &Path) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            std::fs::create_dir_all(&target)?;
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Cells of the two matrices that differ (by state or value); a row only one
/// side has is one change per side.
pub fn compat_changes(before: &serde_json::Value, after: &serde_json::Value) -> Vec<CompatChange> {
    fn rows(m: &serde_json::Value) -> BTreeMap<String, &serde_json::Map<String, serde_json::Value>> {
        let mut out = BTreeMap::new();
        for r in m.get("rows").and_then(|r| r.as_array()).into_iter().flatten() {
            if let (Some(e), Some(c)) = (r.get("engine").and_then(|e| e.as_str()), r.get("cells").and_then(|c| c.as_object())) {
                out.insert(e.to_string(), c);
            }
        }
        out
    }
    fn short(cell: &serde_json::Value) -> String {
        let state = cell.get("state").and_then(|s| s.as_str()).unwrap_or("?");
        match cell.get("value").and_then(|v| v.as_str()) {
            Some(v) => format!("{state} {v}"),
            None => state.to_string(),
        }
    }
    let (b, a) = (rows(before), rows(after));
    let mut out = Vec::new();
    for (engine, cells) in &a {
        let Some(old) = b.get(engine) else {
            out.push(CompatChange { engine: engine.clone(), column: "*".into(), before: "(no row)".into(), after: "measured".into() });
            continue;
        };
        for (column, cell) in cells.iter() {
            let was = old.get(column).map_or("(no column)".to_string(), short);
            let now = short(cell);
            if was != now {
                out.push(CompatChange { engine: engine.clone(), column: column.clone(), before: was, after: now });
            }
        }
    }
    for engine in b.keys().filter(|e| !a.contains_key(*e)) {
        out.push(CompatChange { engine: engine.clone(), column: "*".into(), before: "measured".into(), after: "(no row)".into() });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_baseline_says_which_file_and_why() {
        let dir = std::env::temp_dir().join(format!("reentry-baseline-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let cases = [
            ("garbage.json", "{ not json", "not valid JSON (line 1, column 3"),
            ("compat.json", r#"{"schema": "reentry-compat", "schema_version": 1}"#, "\"schema\" is \"reentry-compat\""),
            ("future.json", r#"{"schema": "reentry-nightly", "schema_version": 99}"#, "schema_version 99; this reentry reads schema_version 1"),
            ("thin.json", r#"{"schema": "reentry-nightly", "schema_version": 1}"#, "does not match schema_version 1: missing field"),
        ];
        for (name, text, want) in cases {
            let p = dir.join(name);
            std::fs::write(&p, text).unwrap();
            let e = load(&p).unwrap_err();
            assert!(e.starts_with(&p.display().to_string()) && e.contains(want), "{e}");
        }
        let e = load(&dir.join("missing.json")).unwrap_err();
        assert!(e.contains("missing.json: cannot read the baseline"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn compat_changes_are_cells_that_differ() {
        let before = serde_json::json!({"rows": [
            {"engine": "a", "cells": {"x": {"state": "yes"}, "y": {"state": "yes", "value": "10/10"}}},
            {"engine": "gone", "cells": {}}]});
        let after = serde_json::json!({"rows": [
            {"engine": "a", "cells": {"x": {"state": "yes"}, "y": {"state": "no", "value": "9/10"}}},
            {"engine": "b", "cells": {}}]});
        let c = compat_changes(&before, &after);
        let shown: Vec<String> = c.iter().map(|c| format!("{} {}: {} -> {}", c.engine, c.column, c.before, c.after)).collect();
        assert_eq!(shown, ["a y: yes 10/10 -> no 9/10", "b *: (no row) -> measured", "gone *: measured -> (no row)"]);
    }
}
