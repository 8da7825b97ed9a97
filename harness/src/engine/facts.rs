//! Engine facts: differences between engines that are not bugs, declared in
//! one table (like wasmtime's fuzzing docs list its known divergences). The
//! campaign and `reentry engines` read this table; no other code special-cases
//! an engine.

use crate::compile::Encoding;

/// One declared difference.
#[derive(Debug, Clone, Copy)]
pub struct Fact {
    /// Engine name; `v8` for every engine that runs V8 with engines/glue.js
    /// (in process and the node/deno workers); `*` for every engine.
    pub engine: &'static str,
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
}

pub const FACTS: &[Fact] = &[
    Fact {
        engine: "wasmtime",
        what: "wasmtime 48 (Cranelift) runs the exnref encoding only; legacy EH is V8-only",
        effect: Effect::NoEncoding(Encoding::Legacy),
    },
    Fact {
        engine: "*",
        what: "stack overflow is a RangeError on V8 and Trap::StackOverflow on wasmtime: both are \
               uncatchable by Wasm and both map to aborted(stack_overflow); overflow depth differs, \
               so programs log nothing inside the overflowing recursion",
        effect: Effect::Normalised,
    },
    Fact {
        engine: "*",
        what: "traps are uncatchable by catch_all also after crossing a host frame (V8 marks them \
               uncatchable; wasmtime never routes a trap to a handler); the written JS API differs \
               on this and the suite treats it as implementation-defined",
        effect: Effect::Normalised,
    },
    Fact {
        engine: "v8",
        what: "V8 reports a trap as a WebAssembly.RuntimeError whose message names it: `unreachable`, \
               `divide by zero`, `memory access out of bounds` map to aborted(unreachable / div_zero / \
               oob), any other RuntimeError or non-protocol value to aborted(other); a stack overflow is \
               a RangeError `Maximum call stack size exceeded` (engines/glue.js, `failureOf`)",
        effect: Effect::Normalised,
    },
    Fact {
        engine: "v8",
        what: "a thrown value carrying a foreign number is foreign(v) only if it is identical to a \
               value the glue threw in this case, else foreign_copy(v) (identity lost on the way)",
        effect: Effect::Normalised,
    },
    Fact {
        engine: "v8",
        what: "where WebAssembly.JSTag is missing (node 20 / V8 11.3) the glue passes its own \
               externref tag as env.jstag and its host imports rethrow non-trap JS exceptions under \
               it; traps (RuntimeError, stack-overflow RangeError) pass unchanged, so the Wasm side \
               sees the same exceptions as with JSTag",
        effect: Effect::Normalised,
    },
    Fact {
        engine: "v8",
        what: "V8 rejects a module that mixes legacy and exnref instructions; every generated module \
               uses one encoding",
        effect: Effect::Normalised,
    },
    Fact {
        engine: "node20",
        what: "node 20 (V8 11.3) has legacy EH only: no try_table/throw_ref/exnref, so exnref runs are skipped",
        effect: Effect::NoEncoding(Encoding::Exnref),
    },
    Fact {
        engine: "node20",
        what: "node 20 (V8 11.3) has no WebAssembly.JSTag: the glue polyfills it (the v8 fact above)",
        effect: Effect::Polyfilled("jstag"),
    },
];

/// Facts that apply to an engine. A compiler-tier variant (`wasmtime-o0`,
/// `node26-opt`) has the facts of its engine.
pub fn for_engine(engine: &str) -> impl Iterator<Item = &'static Fact> + '_ {
    let runs_v8 = engine == "v8" || super::worker::spec(engine).is_some();
    let family = engine.split('-').next().unwrap_or(engine);
    FACTS.iter().filter(move |f| {
        f.engine == "*" || f.engine == engine || f.engine == family || (f.engine == "v8" && runs_v8)
    })
}

/// The fact that explains why `engine` does not run `encoding`, if declared.
pub fn missing_encoding(engine: &str, encoding: Encoding) -> Option<&'static Fact> {
    for_engine(engine).find(|f| f.effect == Effect::NoEncoding(encoding))
}

/// The fact that explains why `engine` lacks JS-API `feature`, if declared.
pub fn missing_feature(engine: &str, feature: &str) -> Option<&'static Fact> {
    for_engine(engine).find(|f| match f.effect {
        Effect::Polyfilled(p) => p == feature,
        Effect::NoEncoding(e) => e.name() == feature,
        Effect::Normalised => false,
    })
}
