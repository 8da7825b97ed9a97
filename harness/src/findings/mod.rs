//! Findings on disk: one layer for every kind of finding. A finding is a
//! self-contained directory, written atomically ([`write_atomically`]: a
//! temporary directory renamed into place), so an interrupted run never
//! leaves half a finding and findings already written are never touched
//! again. `finding.json` ([`Meta`]) says what it is and carries everything
//! needed to replay it from the directory alone.
//!
//! - [`program`]: a program that broke a property, or that an engine could
//!   not run (`program.reentry`, traces, modules, `repro.mjs`, ...);
//! - [`raw`]: a raw module on which engines disagree (`smith_diff`);
//! - [`crash`]: a case that killed or panicked the harness;
//!
//! [`Store`] is the one place campaigns write through: it de-duplicates by
//! signature, counts duplicates and writes `summary.md`. [`identity`] reads
//! a finding back as what tells it apart across runs.

pub mod crash;
pub mod identity;
pub mod program;
pub mod raw;
mod store;

pub use store::{write_atomically, Signature, Store, StoreSummary};

use crate::mutant::Mutant;
use crate::oracle::Verdict;
use std::collections::BTreeMap;
use std::path::Path;

/// Rewrite a finding directory's `repro.mjs` and `repro.html` with the
/// current code (on `lane` under `mutant`, or the finding's own): the paths
/// written. The repro embeds the program's guest bytes, whose encoding
/// follows the guest, so a repro and a guest build must be of one version.
pub fn rewrite_repro(dir: &Path, lane: Option<crate::guest::Lane>, mutant: Option<Option<Mutant>>) -> anyhow::Result<[std::path::PathBuf; 2]> {
    use anyhow::Context;
    let (program, meta) = program::read(dir)?;
    let mutant = mutant.unwrap_or(meta.as_ref().and_then(|m| m.mutant));
    let lane = lane.unwrap_or(meta.as_ref().map_or(crate::guest::Lane::GENERATED, |m| m.lane));
    let title = meta.as_ref().map_or_else(|| dir.display().to_string(), |m| m.label.clone());
    let js = crate::repro::render_program(&title, &program, lane, mutant, Some(dir))?;
    let (page, script) = (dir.join("repro.html"), dir.join("repro.mjs"));
    std::fs::write(&page, crate::repro::render_html(&title, &js)).with_context(|| format!("writing {}", page.display()))?;
    std::fs::write(&script, js).with_context(|| format!("writing {}", script.display()))?;
    Ok([page, script])
}

/// `finding.json`'s schema version: bumped when a field changes meaning.
/// Version 1 had no `schema`, `kind`, `signature`, `gen` or `toolchain`;
/// it still reads (those fields take their defaults).
pub const SCHEMA: u32 = 2;

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A program broke a property on some runs, or an engine failed on it.
    #[default]
    Program,
    /// A raw module on which engines disagree.
    RawModule,
    /// A case that killed the harness process or panicked in it.
    Crash,
    /// A task whose promise never settled.
    HungTask,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Program => "program",
            Kind::RawModule => "raw-module",
            Kind::Crash => "crash",
            Kind::HungTask => "hung-task",
        }
    }
}

/// The versions a finding was made with.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Toolchain {
    /// This suite (`reentry` crate version).
    pub reentry: String,
    /// Engine name → the version it reported.
    #[serde(default)]
    pub engines: BTreeMap<String, String>,
    /// On the real lane: what built the guest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guest: Option<GuestToolchain>,
}

/// The real guest's build: its compiler, its binding's CLI, and the cache
/// key of each encoding's module (`target/guest/<key>/`, which hashes the
/// guest's sources, flags and toolchain).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct GuestToolchain {
    /// `rustc -V` of the guest's compiler.
    pub rustc: String,
    /// The wasm-bindgen crate and CLI version, on the wasm-bindgen lane.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wasm_bindgen: Option<String>,
    /// When that wasm-bindgen was a source tree (`--wasm-bindgen PATH`):
    /// its content hash and git commit (the lane names its path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wasm_bindgen_tree: Option<crate::guest::wbg::TreeId>,
    /// Encoding name → the module's cache key (16 hex digits).
    pub modules: BTreeMap<String, String>,
}

impl Toolchain {
    pub fn current(engines: BTreeMap<String, String>) -> Toolchain {
        Toolchain { reentry: env!("CARGO_PKG_VERSION").to_string(), engines, guest: None }
    }
}

/// Where a case came from, recorded with its findings.
#[derive(Clone, Copy, Debug, Default)]
pub struct Origin {
    pub seed: Option<u64>,
    pub case: Option<u64>,
}

/// Machine-readable summary of a finding (`finding.json`).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    #[serde(default)]
    pub schema: u32,
    #[serde(default)]
    pub kind: Kind,
    /// `p<n>-<property>`, `engine-<kind>`, `smith-...`, `crash`.
    pub label: String,
    /// What de-duplicates it (see [`Signature`]).
    #[serde(default)]
    pub signature: String,
    /// The oracle's verdict (program findings).
    #[serde(default)]
    pub verdict: Option<Verdict>,
    /// The engine family it is the divergence of (`Verdict::engine_family`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engine_family: Option<crate::engine::Family>,
    /// Engines the case ran on (replay uses the same).
    pub engines: Vec<String>,
    /// The lane it ran on: generated modules or the real guest.
    #[serde(default)]
    pub lane: crate::guest::Lane,
    pub mutant: Option<Mutant>,
    /// Campaign seed and case index, when it came from a campaign.
    pub seed: Option<u64>,
    pub case: Option<u64>,
    /// The generator configuration the campaign ran with, so the case can
    /// be regenerated from `seed` and `case`.
    #[serde(default)]
    pub gen: Option<crate::program::gen::GenConfig>,
    #[serde(default)]
    pub toolchain: Toolchain,
    /// Program size (steps) as saved.
    #[serde(default)]
    pub size: usize,
    pub replay: String,
}

impl Meta {
    pub fn write(&self, dir: &Path) -> anyhow::Result<()> {
        write_file(dir, "finding.json", serde_json::to_string_pretty(self)?.as_bytes())
    }
}

/// Read a finding's `finding.json`, if it has one.
pub fn read_meta(dir: &Path) -> anyhow::Result<Option<Meta>> {
    use anyhow::Context;
    let path = dir.join("finding.json");
    match std::fs::read_to_string(&path) {
        Ok(s) => Ok(Some(serde_json::from_str(&s).with_context(|| format!("parsing {}", path.display()))?)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

/// The replay command line for a finding directory.
pub fn replay_command(dir: &Path) -> String {
    format!("reentry replay {}", dir.display())
}

/// Write one file of a finding being assembled.
pub(crate) fn write_file(dir: &Path, file: &str, data: &[u8]) -> anyhow::Result<()> {
    use anyhow::Context;
    std::fs::write(dir.join(file), data).with_context(|| format!("writing {file}"))
}

/// Write `replay.sh` (executable) running `reentry replay` with `args`.
pub(crate) fn write_replay_script(dir: &Path, comment: &str, args: &str) -> anyhow::Result<()> {
    let script = format!("#!/bin/sh\n# {comment}\nexec reentry replay \"$(dirname \"$0\")\"{args} \"$@\"\n");
    write_file(dir, "replay.sh", script.as_bytes())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.join("replay.sh"), std::fs::Permissions::from_mode(0o755))?;
    }
    Ok(())
}
