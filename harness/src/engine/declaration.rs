//! What an engine directory declares about itself: its [`Registration`]s
//! (name, family, isolation, source, lanes, how to start it), the facts of
//! its family and of each engine ([`Fact`]: differences that are not bugs),
//! and the one [`EngineDir`] line the registry lists it by.
//!
//! The bottom of the engine layers: registration and facts flow one way,
//! `declaration` ← engine directories ← `registry` (the one list, lookups by
//! name) ← `facts` (the facts of an engine by name). A directory answers
//! questions about its own engines from what it declares ([`no_tasks`],
//! [`no_encoding`] over its own facts), never through the registry.

use super::raw::Session;
use super::{Engine, EngineError, EngineOptions};
use crate::compile::Encoding;
use crate::guest::known::KnownDefect;
use crate::guest::Lane;

/// The engine implementation a registration runs: facts declared for a
/// family apply to all its members. A family is the Wasm and JS engine
/// itself, not its embedding: node, deno, workerd and Chromium all run V8,
/// so V8's facts (how it words traps, JSTag, JSPI) hold for each of them,
/// and what one embedding adds is that engine's own fact. A divergence every
/// member of a family shows is the family's; one only some members show is
/// theirs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Family {
    Wasmtime,
    /// V8 with `engines/glue.js`: in process, in node/deno workers, in
    /// workerd (Cloudflare's runtime) and in Chromium.
    V8,
    /// Firefox's engine.
    SpiderMonkey,
    /// Safari's engine (the `jsc` shell of WebKitGTK).
    JavaScriptCore,
}

impl Family {
    pub fn name(self) -> &'static str {
        match self {
            Family::Wasmtime => "wasmtime",
            Family::V8 => "v8",
            Family::SpiderMonkey => "spidermonkey",
            Family::JavaScriptCore => "javascriptcore",
        }
    }
}

/// Whether a crashing engine takes the harness down with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Isolation {
    /// In this process: a fatal engine error ends the campaign (its in-flight
    /// marker turns the case into a crash finding on the next run).
    InProcess,
    /// A worker process: a crash is a finding, and a fresh worker takes over.
    Process,
}

/// Where an engine comes from, which decides whether CI must have it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Source {
    /// A crate pinned in harness/Cargo.toml: always there.
    Crate,
    /// An npm package pinned by engines/package.json and its lockfile
    /// (installed by scripts/install-engines.sh).
    Npm,
    /// An executable of the machine (the system `node`); every machine of
    /// this project's kind has it.
    System,
    /// A Debian package, installed with apt-get by the scripts
    /// `scripts/setup.sh` calls (the `jsc` shell, the browsers).
    Debian,
}

/// Starts an engine's raw-module level.
pub type StartSession = fn(&'static Registration, &EngineOptions) -> anyhow::Result<Box<dyn Session>>;

/// One engine name.
pub struct Registration {
    pub name: &'static str,
    pub family: Family,
    /// A compiler-tier variant of another registered engine (`wasmtime-o0`
    /// of `wasmtime`): it has that engine's facts too.
    pub variant_of: Option<&'static str>,
    pub isolation: Isolation,
    pub source: Source,
    /// One line for `reentry engines`.
    pub about: &'static str,
    /// Differences of this engine (beyond its family's) that are not bugs.
    pub facts: &'static [Fact],
    /// What it runs: generated modules, the real guest under a binding.
    pub lanes: &'static [Lane],
    pub available: fn(&'static Registration) -> Result<(), String>,
    pub start: fn(&'static Registration, &EngineOptions) -> anyhow::Result<Box<dyn Engine>>,
    /// The raw-module level, if the engine has one.
    pub session: Option<StartSession>,
}

impl Registration {
    /// A compat pin: probed by `reentry compat`, left out of `--engines all`
    /// and of the engine contract tests (`engine::worker::COMPAT_PIN_FACTS`).
    pub fn compat_only(&self) -> bool {
        self.facts.iter().any(|f| f.effect == Effect::CompatPin)
    }
}

impl std::fmt::Debug for Registration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registration").field("name", &self.name).field("family", &self.family).finish_non_exhaustive()
    }
}

/// Always available (compiled into this binary).
pub fn built_in(_: &'static Registration) -> Result<(), String> {
    Ok(())
}

/// An engine directory's line in the registry (`registry::DIRS`): adding an
/// engine family is one directory and one such line.
pub struct EngineDir {
    pub family: Family,
    /// The facts of every engine of `family`, listed by the one directory
    /// that owns the family (empty in the others, e.g. `worker/` for V8):
    /// its own, and lists it shares with other families (`v8::GLUE_FACTS`,
    /// those of every engine whose host side is engines/glue.js).
    pub family_facts: &'static [&'static [Fact]],
    /// The engines this directory registers, in the order `reentry engines`
    /// lists them.
    pub registrations: fn() -> Vec<&'static Registration>,
    /// Bugs of the family's engine already found and written up.
    pub defects: &'static [EngineDefect],
}

/// A bug of an engine already found and written up
/// (`corpus/regressions/<id>/`: the finding, a repro that runs with that
/// engine alone, the write-up): a run that shows it is XFAIL and counted
/// under its id, never a finding again, on the releases it names only; on a
/// fixed release the same divergence is a finding again. Declared by the
/// family's directory (its `EngineDir`), in the shape of the toolchain's
/// known defects (`guest::known`), which campaigns and reports list alike.
pub struct EngineDefect {
    /// Its id, summary, encoding and trace matcher (`rustc`, `binding` and
    /// `wasm_bindgen` empty: it is the engine's).
    pub defect: KnownDefect,
    /// Prefixes of the engine's version (`Engine::version`) that have it.
    pub versions: &'static [&'static str],
    /// The lanes it shows on (empty: every lane).
    pub lanes: &'static [Lane],
    /// An engine error that is this defect (a valid module the engine
    /// rejects), where the defect shows as no trace at all.
    pub error: Option<fn(&EngineError) -> bool>,
}

/// One declared difference.
#[derive(Debug, Clone, Copy)]
pub struct Fact {
    pub what: &'static str,
    pub effect: Effect,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// The engine cannot run this encoding: those runs are skipped, not failed.
    /// Engines probe their encodings; one missing without such a fact refuses
    /// to start (a silent skip would hide a regression).
    NoEncoding(Encoding),
    /// The engine lacks this JS-API feature (a `ReentryGlue.features()` key)
    /// and the glue supplies it; results must not differ.
    Polyfilled(&'static str),
    /// Both engines report this the same way after the glue normalises it;
    /// documented so nobody "fixes" the normalisation.
    Normalised,
    /// The engine's host calls go through JS: no v128 or exnref crosses,
    /// null is the only reference a drawn argument can be, NaN bits are lost.
    JsBoundary,
    /// A compat pin (`engine::worker::COMPAT_PIN_FACTS`): whatever encoding or
    /// JS-API feature it lacks is what its probes find, and `reentry compat`
    /// reports it; it is left out of `--engines all`.
    CompatPin,
    /// The engine runs no programs with tasks (async exports, issue 13) on
    /// this lane: their runs are skipped there, not failed. `when_missing`:
    /// only where this `ReentryGlue.features()` key is probed false (else
    /// always).
    NoTasks { lane: Lane, when_missing: Option<&'static str> },
    /// The engine does not run this lane (named under panic=unwind): its
    /// registration leaves the lane out, and this fact says why. Every lane
    /// a registration leaves out has one (`facts` tests), so that `reentry
    /// compat`'s n/a cells and a refused `--engines` name the reason.
    NoLane(Lane),
    /// A user of this engine's runtime ships wasm-bindgen's `--target web`
    /// glue (an ES module), not the `--target nodejs` glue: the
    /// rustc/wasm-bindgen lane sends it that (`facts::glue_target`).
    WebGlue,
}

/// The fact among `facts` that says why an engine runs no tasks on `lane`,
/// given what it probed (`has`: whether a feature key was probed true);
/// `None`: it runs them.
pub fn no_tasks<'a>(facts: impl IntoIterator<Item = &'a Fact>, lane: Lane, has: impl Fn(&str) -> bool) -> Option<&'a Fact> {
    // Facts name lanes under panic=unwind: a lane's tasks are the same under
    // either panic strategy.
    // (The JSPI lane keeps its own: it runs only where JSPI was probed.)
    let lane = Lane { jspi: lane.jspi, ..lane.unwinding() };
    facts.into_iter().find(|f| match f.effect {
        Effect::NoTasks { lane: l, when_missing } => l == lane && when_missing.is_none_or(|feature| !has(feature)),
        _ => false,
    })
}

/// The fact among `facts` that explains a missing `encoding` (a compat pin's
/// own fact covers any encoding its probes find missing).
pub fn no_encoding<'a>(facts: impl IntoIterator<Item = &'a Fact>, encoding: Encoding) -> Option<&'a Fact> {
    facts.into_iter().find(|f| f.effect == Effect::NoEncoding(encoding) || f.effect == Effect::CompatPin)
}
