//! The one list of engines: one line per engine directory ([`DIRS`]), each
//! giving its family's facts and its [`Registration`]s (declared in the
//! directory with the vocabulary of [`super::declaration`]). Everything that
//! picks, starts, lists or tests engines goes through here: `--engines`,
//! `reentry engines`, the contract test suite. Facts by engine name are one
//! layer up, in `engine::facts`.

use super::declaration::{EngineDefect, EngineDir, Fact, Family, Registration};
use super::raw::Session;
use super::{Engine, EngineOptions};
use std::sync::OnceLock;

/// Every engine directory, in the order `reentry engines` lists their engines.
pub const DIRS: &[EngineDir] =
    &[super::wasmtime::DIR, super::v8::DIR, super::worker::DIR, super::workerd::DIR, super::jsc::DIR, super::firefox::DIR, super::chromium::DIR];

/// The facts of a family, as the directory that owns it declares them.
pub fn family_facts(family: Family) -> impl Iterator<Item = &'static Fact> {
    family_fact_lists(family).flatten()
}

/// The lists a family's facts come in (a list shared by several families is
/// the same slice in each).
pub fn family_fact_lists(family: Family) -> impl Iterator<Item = &'static [Fact]> {
    DIRS.iter().filter(move |d| d.family == family).flat_map(|d| d.family_facts.iter().copied())
}

/// The known defects of a family's engine.
pub fn family_defects(family: Family) -> impl Iterator<Item = &'static EngineDefect> {
    DIRS.iter().filter(move |d| d.family == family).flat_map(|d| d.defects)
}

/// Every registered engine, in the order `reentry engines` lists them.
pub fn all() -> impl Iterator<Item = &'static Registration> {
    static ALL: OnceLock<Vec<&'static Registration>> = OnceLock::new();
    ALL.get_or_init(|| DIRS.iter().flat_map(|d| (d.registrations)()).collect()).iter().copied()
}

/// Every registered name.
pub fn names() -> Vec<&'static str> {
    all().map(|r| r.name).collect()
}

pub fn registration(name: &str) -> Option<&'static Registration> {
    all().find(|r| r.name == name)
}

/// A registration by name; the error lists the names there are.
pub fn known(name: &str) -> anyhow::Result<&'static Registration> {
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

    #[test]
    fn each_family_has_one_directory_declaring_its_facts() {
        for r in all() {
            let declaring = DIRS.iter().filter(|d| d.family == r.family && !d.family_facts.is_empty()).count();
            assert!(declaring <= 1, "{} family facts are declared by {declaring} directories", r.family.name());
        }
        assert!(family_facts(Family::V8).count() > 0 && family_facts(Family::Wasmtime).count() > 0);
    }
}
