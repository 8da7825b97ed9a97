//! Crash findings: a case that killed the harness process (left behind by
//! its in-flight marker, see `campaign::inflight`) or panicked inside it.
//! The case is regenerated from the campaign's seed and index, so nothing
//! is lost when the process dies.

use super::program::{self, FindingContext};
use super::{write_file, write_replay_script, Kind, Meta, Origin, Signature, Store, Toolchain, SCHEMA};
use crate::case::CaseResult;
use crate::compile::Encoding;
use crate::engine::EngineError;
use crate::guest::Lane;
use crate::oracle::{RunId, Verdict};
use crate::program::Program;
use std::path::PathBuf;
use std::sync::Arc;

/// A program case that crashed or panicked: a program finding whose verdict
/// is the crash (`engine-crash`), kind `crash`.
pub fn program(store: &Store, program: Program, lane: Lane, what: &str, cx: &FindingContext) -> anyhow::Result<Option<PathBuf>> {
    let program = Arc::new(program);
    let model = crate::model::run(&program)?;
    let verdict = Verdict::EngineFailure {
        run: RunId { engine: cx.engines.join("+"), encoding: Encoding::Exnref },
        error: EngineError::Crash(what.to_string()),
    };
    let guest_program = lane.is_guest().then(|| crate::guest::encode::encode(&program)).transpose()?;
    let result = CaseResult {
        program,
        lane,
        model,
        per_encoding: vec![],
        modules: vec![],
        guest_program,
        runs: vec![],
        verdicts: vec![],
        known: vec![],
        unsupported: None,
        skipped: vec![],
    };
    program::save_as(store, &result, &verdict, cx, Kind::Crash)
}

/// A raw-module input that crashed or panicked: the input and what happened
/// (`reentry replay` runs the input again, as for any smith finding).
pub fn raw(store: &Store, data: &[u8], what: &str, origin: Origin) -> anyhow::Result<Option<PathBuf>> {
    let first = what.lines().next().unwrap_or("");
    let sig = Signature { key: format!("crash: {first}"), label: "smith-crash".into(), message: first.to_string() };
    if !store.count(&sig, origin.case) {
        return Ok(None);
    }
    let name = format!("smith-crash-{:016x}", crate::engine::raw::hash(data));
    let dir = store.root().join(&name);
    store
        .write(&name, |tmp| {
            write_file(tmp, super::raw::INPUT_FILE, data)?;
            let at = match (origin.case, origin.seed) {
                (Some(i), Some(s)) => format!("input {i} of seed {s}: "),
                _ => String::new(),
            };
            write_file(tmp, "crash.txt", format!("{at}{what}\n\nreplay: {}\n", super::replay_command(&dir)).as_bytes())?;
            let meta = Meta {
        engine_family: None,
                schema: SCHEMA,
                kind: Kind::Crash,
                label: sig.label.clone(),
                signature: sig.key.clone(),
                verdict: None,
                engines: crate::smith::ENGINES.iter().map(|e| e.to_string()).collect(),
                lane: Default::default(),
                mutant: None,
                seed: origin.seed,
                case: origin.case,
                gen: None,
                toolchain: Toolchain::current(crate::smith::engine_versions()),
                size: data.len(),
                replay: super::replay_command(&dir),
            };
            meta.write(tmp)?;
            write_replay_script(tmp, "Replays this smith_diff crash.", "")
        })
        .map(Some)
}
