//! Engine facts: differences between engines that are not bugs, declared
//! once (as wasmtime's fuzzing docs list its known divergences). A fact is
//! declared where its scope is: [`COMMON`] here for every engine, the family
//! directory's `FAMILY_FACTS` for a family (`wasmtime/`, `v8/`; listed by its
//! `registry::DIRS` line), and a registration's `facts` for one engine. The
//! campaign and `reentry engines` read them by engine name through
//! [`for_engine`] (this module sits above the registry; an engine directory
//! reads only its own declarations); no other code special-cases an engine.
//!
//! How each engine's traps map to the shared vocabulary is in
//! [`crate::trap`]; the expected conformance differences are below.

use super::declaration::{self, Family};
pub use super::declaration::{Effect, Fact};
use super::registry;
use crate::compile::Encoding;
use crate::guest::build::GlueTarget;
use crate::guest::Lane;

/// Facts of every engine.
pub const COMMON: &[Fact] = &[
    Fact {
        what: "the workers-rs lane runs on workerd only: its case is a Worker (worker-build's shim, wasm-bindgen's \
               `--target module` glue, the `worker` crate), which only the Workers runtime serves",
        effect: Effect::NoLane(Lane::RUSTC_WORKERS_RS),
    },
    Fact {
        what: "stack overflow is a RangeError on V8 and Trap::StackOverflow on wasmtime: both are \
               uncatchable by Wasm and both map to aborted(stack_overflow); overflow depth differs, \
               so programs log nothing inside the overflowing recursion",
        effect: Effect::Normalised,
    },
    Fact {
        what: "traps are uncatchable by catch_all also after crossing a host frame (V8 marks them \
               uncatchable; wasmtime never routes a trap to a handler); the written JS API differs \
               on this and the suite treats it as implementation-defined",
        effect: Effect::Normalised,
    },
    Fact {
        what: "JS cannot preserve NaN bits: raw-module results, globals and payloads compare NaNs as one \
               canonical NaN (wasm-smith modules canonicalize NaNs before they reach memory), and \
               nan:canonical / nan:arithmetic in spec scripts match any NaN through JS",
        effect: Effect::Normalised,
    },
    Fact {
        what: "stack overflow and resource exhaustion (V8 RangeError, wasmtime Trap::StackOverflow, \
               timeouts) happen at different depths and sizes on each engine: a raw-module case ends at the \
               first one on either engine and only what came before is compared",
        effect: Effect::Normalised,
    },
    Fact {
        what: "traps compare by shared class (harness/src/trap.rs: `WASMTIME`, `V8_MESSAGES`, checked against \
               both engines in tests/raw_sessions.rs); where one engine is finer the class is the \
               coarser one: V8's `divide by zero` and `remainder by zero` are wasmtime's integer \
               division by zero; wasmtime's `integer overflow` (i32.div_s(MIN, -1), and a float-to-int \
               conversion out of range) and `invalid conversion to integer` (of NaN) against V8's \
               `divide result unrepresentable` and `float unrepresentable in integer range` split the \
               same traps two different ways, so all four are one class, IntegerOverflow; V8's \
               `dereferencing a null pointer` (call_ref) and `rethrowing null value` (throw_ref) are \
               wasmtime's null reference, V8's `data segment N is out of bounds` (instantiation) is an \
               out-of-bounds memory access",
        effect: Effect::Normalised,
    },
];

/// Facts that apply to an engine: common, its family's, its own, and those
/// of the engine it is a variant of. Unknown names get the common ones.
pub fn for_engine(engine: &str) -> impl Iterator<Item = &'static Fact> {
    let r = registry::registration(engine);
    let base = r.and_then(|r| r.variant_of).and_then(registry::registration);
    let own = r.map_or(&[][..], |r| r.facts);
    let fam = r.into_iter().flat_map(|r| registry::family_facts(r.family));
    COMMON.iter().chain(fam).chain(own).chain(base.map_or(&[][..], |b| b.facts))
}

/// Every declared fact with the scope it applies to, for `reentry engines`.
pub fn all() -> Vec<(String, &'static Fact)> {
    let mut out: Vec<(String, &'static Fact)> = COMMON.iter().map(|f| ("*".to_string(), f)).collect();
    // Each list once, scoped to every family that lists it.
    let mut lists: Vec<(&'static [Fact], Vec<Family>)> = Vec::new();
    for family in registry::DIRS.iter().map(|d| d.family) {
        for list in registry::family_fact_lists(family) {
            match lists.iter_mut().find(|(l, _)| std::ptr::eq(*l, list)) {
                Some((_, fams)) if !fams.contains(&family) => fams.push(family),
                Some(_) => {}
                None => lists.push((list, vec![family])),
            }
        }
    }
    for (list, fams) in lists {
        let names: Vec<&str> = fams.iter().map(|f| f.name()).collect();
        let scope = format!("{} famil{}", names.join(", "), if names.len() == 1 { "y" } else { "ies" });
        out.extend(list.iter().map(|f| (scope.clone(), f)));
    }
    for r in registry::all() {
        out.extend(r.facts.iter().map(|f| (r.name.to_string(), f)));
    }
    out
}

/// Every known defect: the guest toolchain's (`guest::known`) and each
/// engine family's (its directory's `EngineDir::defects`).
pub fn known_defects() -> impl Iterator<Item = &'static crate::guest::known::KnownDefect> {
    crate::guest::known::KNOWN.iter().chain(registry::DIRS.iter().flat_map(|d| d.defects).map(|d| &d.defect))
}

/// The known defect of `engine`'s family (at `version`, on `lane`) that
/// explains how a run in `encoding` departs from `expected`: its trace, or
/// the error it ended in.
pub fn engine_defect(
    engine: &str,
    version: &str,
    lane: Lane,
    encoding: Encoding,
    program: &crate::program::Program,
    expected: &[crate::trace::Event],
    result: &Result<crate::trace::Trace, super::EngineError>,
) -> Option<&'static crate::guest::known::KnownDefect> {
    let family = registry::registration(engine)?.family;
    let d = registry::family_defects(family).find(|d| {
        d.versions.iter().any(|v| version.starts_with(v))
            && (d.lanes.is_empty() || d.lanes.contains(&lane.unwinding()))
            && d.defect.encoding.is_none_or(|e| e == encoding)
            && match result {
                Ok(t) => (d.defect.matches)(program, expected, &t.0),
                Err(e) => d.error.is_some_and(|f| f(e)),
            }
    })?;
    Some(&d.defect)
}

/// Whether an engine's host calls go through JS (see `Effect::JsBoundary`).
pub fn crosses_js(engine: &str) -> bool {
    for_engine(engine).any(|f| f.effect == Effect::JsBoundary)
}

/// The wasm-bindgen glue a user of `engine`'s runtime ships (see
/// `Effect::WebGlue`).
pub fn glue_target(engine: &str) -> GlueTarget {
    if for_engine(engine).any(|f| f.effect == Effect::WebGlue) {
        GlueTarget::Web
    } else {
        GlueTarget::Nodejs
    }
}

/// Whether an engine runs an EH encoding, as declared (a compat pin's
/// encodings are probed: see [`missing_encoding`]).
pub fn runs_encoding(engine: &str, encoding: Encoding) -> bool {
    !for_engine(engine).any(|f| f.effect == Effect::NoEncoding(encoding))
}

/// The fact that explains why `engine` does not run `encoding`, if declared
/// (a compat pin's own fact covers any encoding its probes find missing).
pub fn missing_encoding(engine: &str, encoding: Encoding) -> Option<&'static Fact> {
    declaration::no_encoding(for_engine(engine), encoding)
}

/// Whether an engine is a compat pin (see [`Effect::CompatPin`]).
pub fn is_compat_pin(engine: &str) -> bool {
    for_engine(engine).any(|f| f.effect == Effect::CompatPin)
}

/// The fact that explains why `engine` lacks JS-API `feature`, if declared.
pub fn missing_feature(engine: &str, feature: &str) -> Option<&'static Fact> {
    for_engine(engine).find(|f| match f.effect {
        Effect::Polyfilled(p) => p == feature,
        Effect::NoEncoding(e) => e.name() == feature,
        Effect::NoTasks { when_missing, .. } => when_missing == Some(feature),
        Effect::CompatPin => true,
        Effect::Normalised | Effect::JsBoundary | Effect::NoLane(_) | Effect::WebGlue => false,
    })
}

/// Whether an engine runs `lane`; the error lists what it runs. A
/// registration names lanes under panic=unwind: the engine runs each under
/// either strategy, in the encodings both the lane and the engine have.
pub fn check_lane(name: &str, lane: Lane) -> anyhow::Result<()> {
    let r = registry::known(name)?;
    if !r.lanes.contains(&lane.unwinding()) {
        let runs: Vec<String> = r.lanes.iter().map(|l| l.to_string()).collect();
        let why = missing_lane(name, lane).map_or(String::new(), |f| format!(": {}", f.what));
        anyhow::bail!("engine {name} cannot run the {lane} lane; it runs: {} (each under panic=unwind and abort){why}", runs.join(", "));
    }
    if !lane.encodings().iter().any(|e| runs_encoding(name, *e)) {
        let encs: Vec<&str> = lane.encodings().iter().map(|e| e.name()).collect();
        anyhow::bail!("engine {name} cannot run the {lane} lane: its modules are {} only", encs.join(", "));
    }
    Ok(())
}

/// The fact that says why `engine` does not run `lane` (under either panic
/// strategy), if declared.
/// (None where it runs it: a lane fact common to every engine names the
/// lane's own engine as the exception.)
pub fn missing_lane(engine: &str, lane: Lane) -> Option<&'static Fact> {
    if registry::registration(engine).is_some_and(|r| r.lanes.contains(&lane.unwinding())) {
        return None;
    }
    for_engine(engine).find(|f| f.effect == Effect::NoLane(lane.unwinding()))
}

/// The fact that says why `engine` runs no tasks on `lane`, given what it
/// probed (`has`: whether a feature key was probed true); `None`: it runs them.
pub fn no_tasks(engine: &str, lane: Lane, has: impl Fn(&str) -> bool) -> Option<&'static Fact> {
    declaration::no_tasks(for_engine(engine), lane, has)
}

/// `cfg` without tasks if no engine of `engines` runs them on `lane` (the
/// generator then makes none: a skipped case would test nothing). The
/// engines' probes are not at hand here: a fact conditional on a probe
/// counts as running them, and such a run is skipped case by case.
pub fn gen_config(engines: &[String], lane: Lane, mut cfg: crate::program::gen::GenConfig) -> crate::program::gen::GenConfig {
    if !engines.is_empty() && engines.iter().all(|e| no_tasks(e, lane, |_| true).is_some()) {
        cfg.async_export_permille = 0;
    }
    cfg
}

/// A spec-script directive that fails on an engine for a known reason that is
/// not a bug in the engine or in this suite. `reentry conformance` reports it
/// as an expected failure; an expectation that no longer fails is reported too.
#[derive(Debug, Clone, Copy)]
pub struct ExpectedFailure {
    pub engine: &'static str,
    /// The script's path relative to the conformance directory.
    pub file: &'static str,
    /// 1-based line of the directive.
    pub line: usize,
    pub reason: &'static str,
}

/// Node 20's V8 11.3 predates the Wasm GC type system: the link-time typing
/// tests of tag.wast declare their tags' types in `rec` groups.
const NODE20_NO_GC: &str = "node 20 (V8 11.3) has no Wasm GC type system (`rec` groups need \
                            --experimental-wasm-gc): tag.wast's link-time typing module does not compile, \
                            and the directives importing from it fail with it";

pub const CONFORMANCE_EXPECTED: &[ExpectedFailure] = &[
    ExpectedFailure { engine: "node20", file: "tag.wast", line: 30, reason: NODE20_NO_GC },
    ExpectedFailure { engine: "node20", file: "tag.wast", line: 40, reason: NODE20_NO_GC },
    ExpectedFailure { engine: "node20", file: "tag.wast", line: 48, reason: NODE20_NO_GC },
    ExpectedFailure { engine: "node20", file: "tag.wast", line: 59, reason: NODE20_NO_GC },
];

/// The expected failure declared for a directive, if any.
pub fn expected_failure(engine: &str, file: &str, line: usize) -> Option<&'static ExpectedFailure> {
    CONFORMANCE_EXPECTED.iter().find(|x| x.engine == engine && x.file == file && x.line == line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_and_the_js_boundary_come_from_the_table() {
        assert!(!runs_encoding("wasmtime", Encoding::Legacy));
        assert!(!runs_encoding("wasmtime-o0", Encoding::Legacy), "a variant has its engine's facts");
        assert!(runs_encoding("v8", Encoding::Legacy));
        assert!(!runs_encoding("node20", Encoding::Exnref));
        assert!(runs_encoding("node26", Encoding::Exnref));
        assert!(crosses_js("v8"));
        assert!(crosses_js("deno"));
        assert!(!crosses_js("wasmtime"));
        assert!(crosses_js("firefox") && crosses_js("chromium"), "the JS API's facts hold for every JS engine");
        assert!(missing_feature("node20", "jstag").is_some());
        assert!(missing_feature("node26", "jstag").is_none());
    }

    #[test]
    fn every_lane_a_registration_leaves_out_is_a_declared_fact() {
        for r in registry::all() {
            for lane in Lane::ALL.into_iter().filter(|l| *l == l.unwinding()) {
                let fact = missing_lane(r.name, lane);
                if r.lanes.contains(&lane) {
                    assert!(fact.is_none(), "{} runs {lane}, yet declares it does not: {fact:?}", r.name);
                } else {
                    assert!(fact.is_some(), "{} leaves out the {lane} lane without a fact that says why", r.name);
                }
            }
        }
        assert!(check_lane("wasmtime", Lane::RUSTC_WASM_BINDGEN).unwrap_err().to_string().contains("no JS host"));
    }

    #[test]
    fn the_lane_sends_each_engine_the_glue_its_users_ship() {
        for web in ["jsc", "jsc-shipped", "firefox", "chromium"] {
            check_lane(web, Lane::RUSTC_WASM_BINDGEN).unwrap();
            assert_eq!(glue_target(web), GlueTarget::Web, "{web}");
        }
        for node in ["v8", "node26", "deno"] {
            assert_eq!(glue_target(node), GlueTarget::Nodejs, "{node}");
        }
    }
}
