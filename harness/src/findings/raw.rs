//! Raw-module findings: a `smith_diff` input on which wasmtime and V8
//! disagree.
//!
//! ```text
//! <findings>/smith-<hash>/
//!   input            the fuzz input (replays with `cargo fuzz run smith_diff input`)
//!   module.wasm      the module both engines ran, and module.wat (wasmprinter)
//!   plan.txt         the calls made (export, arguments) and the exports skipped
//!   outcomes.txt     both engines' outcomes side by side
//!   difference.txt   the first difference, or that they agree
//!   finding.json     kind, signature, seed and input index, versions
//!   replay.sh        `reentry replay <dir>`
//! ```

use super::{write_file, write_replay_script, Kind, Meta, Origin, Signature, Store, Toolchain, SCHEMA};
use crate::smith::{self, Report};
use std::path::{Path, PathBuf};

/// The input's file name in a finding directory (`reentry replay` looks for it).
pub const INPUT_FILE: &str = "input";

/// The store's signature of a difference.
pub fn signature(report: &Report) -> Option<Signature> {
    let key = report.signature()?;
    let d = report.difference.as_ref()?;
    Some(Signature { key, label: "smith".into(), message: format!("{}: wasmtime {}, v8 {}", d.step, d.wasmtime, d.v8) })
}

/// The directory of an input's finding.
pub fn dir_name(data: &[u8]) -> String {
    format!("smith-{:016x}", crate::engine::raw::hash(data))
}

/// Save a differing input (if its signature wants another directory).
pub fn save(store: &Store, data: &[u8], report: &Report, origin: Origin) -> anyhow::Result<Option<PathBuf>> {
    let Some(sig) = signature(report) else { return Ok(None) };
    if !store.count(&sig, origin.case) {
        return Ok(None);
    }
    let name = dir_name(data);
    let dir = store.root().join(&name);
    store.write(&name, |tmp| fill(tmp, &dir, data, report, &sig, origin)).map(Some)
}

/// Write an input's finding into `root` whatever its signature (`reentry
/// import-artifact`); an existing one for the same input is kept.
pub fn write(root: &Path, data: &[u8], report: &Report) -> anyhow::Result<PathBuf> {
    let store = Store::open(root, usize::MAX)?;
    let sig = signature(report).unwrap_or(Signature { key: "agree".into(), label: "smith".into(), message: String::new() });
    let name = dir_name(data);
    let dir = root.join(&name);
    store.write(&name, |tmp| fill(tmp, &dir, data, report, &sig, Origin::default()))
}

fn fill(tmp: &Path, dir: &Path, data: &[u8], report: &Report, sig: &Signature, origin: Origin) -> anyhow::Result<()> {
    write_file(tmp, INPUT_FILE, data)?;
    write_file(tmp, "module.wasm", &report.case.wasm)?;
    let wat = wasmprinter::print_bytes(&report.case.wasm).unwrap_or_else(|e| format!(";; cannot print: {e}\n"));
    write_file(tmp, "module.wat", wat.as_bytes())?;
    write_file(tmp, "plan.txt", report.plan().as_bytes())?;
    write_file(tmp, "outcomes.txt", report.outcomes().as_bytes())?;
    let replay = super::replay_command(dir);
    let difference = match &report.difference {
        Some(d) => format!("{}\n  wasmtime: {}\n  v8:       {}\n", d.step, d.wasmtime, d.v8),
        None => "wasmtime and v8 agree on this input now\n".into(),
    };
    let fuzz = format!("cd fuzz && cargo fuzz run smith_diff {}/{INPUT_FILE}", dir.display());
    write_file(tmp, "difference.txt", format!("{difference}\nreplay: {replay}\n   or: {fuzz}\n").as_bytes())?;
    let meta = Meta {
        engine_family: None,
        schema: SCHEMA,
        kind: Kind::RawModule,
        label: sig.label.clone(),
        signature: sig.key.clone(),
        verdict: None,
        engines: smith::ENGINES.iter().map(|e| e.to_string()).collect(),
        lane: Default::default(),
        mutant: None,
        seed: origin.seed,
        case: origin.case,
        gen: None,
        toolchain: Toolchain::current(smith::engine_versions()),
        size: data.len(),
        replay,
    };
    meta.write(tmp)?;
    write_replay_script(tmp, "Replays this smith_diff finding (exit 1 while wasmtime and v8 disagree).", "")
}
