//! The one list of engines. Each engine directory declares its
//! [`Registration`]s (`wasmtime::REGISTRATIONS`, `v8::REGISTRATIONS`, the
//! worker specs); everything that picks, starts, lists or tests engines goes
//! through here: `--engines`, `reentry engines`, the contract test suite.

use super::raw::Session;
use super::{Engine, EngineOptions};
use crate::guest::Lane;

/// The engine implementation a registration runs: facts declared for a
/// family apply to all its members.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Family {
    Wasmtime,
    /// V8 with `engines/glue.js`, in process or in a node/deno worker.
    V8,
}

impl Family {
    pub fn name(self) -> &'static str {
        match self {
            Family::Wasmtime => "wasmtime",
            Family::V8 => "v8",
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
    pub facts: &'static [super::facts::Fact],
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
        self.facts.iter().any(|f| f.effect == super::facts::Effect::CompatPin)
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

/// Every registered engine, in the order `reentry engines` lists them.
pub fn all() -> impl Iterator<Item = &'static Registration> {
    super::wasmtime::REGISTRATIONS
        .iter()
        .chain(super::v8::REGISTRATIONS)
        .chain(super::worker::SPECS.iter().map(|s| &s.registration))
}

/// Every registered name.
pub fn names() -> Vec<&'static str> {
    all().map(|r| r.name).collect()
}

pub fn registration(name: &str) -> Option<&'static Registration> {
    all().find(|r| r.name == name)
}

fn known(name: &str) -> anyhow::Result<&'static Registration> {
    registration(name).ok_or_else(|| anyhow::anyhow!("unknown engine `{name}` (known: {})", names().join(", ")))
}

/// Start an engine by name.
pub fn create(name: &str, options: &EngineOptions) -> anyhow::Result<Box<dyn Engine>> {
    let r = known(name)?;
    (r.available)(r).map_err(|why| anyhow::anyhow!("engine {name} is not available: {why}"))?;
    (r.start)(r, options)
}

/// Start an engine's raw-module level by name.
pub fn create_session(name: &str, options: &EngineOptions) -> anyhow::Result<Box<dyn Session>> {
    let r = known(name)?;
    let start = r.session.ok_or_else(|| {
        let with: Vec<&str> = all().filter(|r| r.session.is_some()).map(|r| r.name).collect();
        anyhow::anyhow!("engine `{name}` has no raw-module level (engines that have one: {})", with.join(", "))
    })?;
    (r.available)(r).map_err(|why| anyhow::anyhow!("engine {name} is not available: {why}"))?;
    start(r, options)
}

/// Whether an engine runs `lane`; the error lists what it runs.
pub fn check_lane(name: &str, lane: Lane) -> anyhow::Result<()> {
    let r = known(name)?;
    if r.lanes.contains(&lane.kind()) {
        return Ok(());
    }
    let runs: Vec<String> = r.lanes.iter().map(|l| l.to_string()).collect();
    anyhow::bail!("engine {name} cannot run the {lane} lane; it runs: {}", runs.join(", "))
}

/// Whether an engine can run here; `Err` says why not (e.g. not installed).
pub fn available(name: &str) -> Result<(), String> {
    let r = registration(name).ok_or_else(|| format!("unknown engine `{name}`"))?;
    (r.available)(r)
}

/// Expand an `--engines` list (`all` means every engine available here,
/// compat pins excepted: name them, or use [`expand_names_with_pins`]).
pub fn expand_names(list: &[String]) -> Vec<String> {
    expand(list, false)
}

/// [`expand_names`] where `all` includes the compat pins (`reentry compat`).
pub fn expand_names_with_pins(list: &[String]) -> Vec<String> {
    expand(list, true)
}

fn expand(list: &[String], pins: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in list {
        if n == "all" {
            out.extend(
                all().filter(|r| (pins || !r.compat_only()) && (r.available)(r).is_ok()).map(|r| r.name.to_string()),
            );
        } else {
            out.push(n.clone());
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|n| seen.insert(n.clone()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_variants_point_at_registered_engines() {
        let names = names();
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len(), "{names:?}");
        for r in all() {
            if let Some(base) = r.variant_of {
                let b = registration(base).unwrap_or_else(|| panic!("{} is a variant of unknown {base}", r.name));
                assert_eq!(b.family, r.family);
            }
        }
        assert!(create("no-such-engine", &EngineOptions::default()).is_err());
    }
}
