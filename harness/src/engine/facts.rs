//! Engine facts: differences between engines that are not bugs, declared in
//! one table (like wasmtime's fuzzing docs list its known divergences). The
//! campaign and `reentry engines` read this table; no other code special-cases
//! an engine.
//!
//! Raw modules (`smith_diff`, `reentry conformance`) add the trap-class
//! mapping of both engines and the expected conformance differences below.

use crate::compile::Encoding;
use crate::raw::TrapClass;

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
    /// The engine's host calls go through JS: no v128 or exnref crosses,
    /// null is the only reference a drawn argument can be, NaN bits are lost.
    JsBoundary,
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
    Fact {
        engine: "v8",
        what: "raw modules are called through JS: exports with v128 or exnref in their signature, or a \
               non-nullable reference parameter, cannot be called from JS and are skipped (and counted); \
               i64 crosses as BigInt; exception payloads with v128 or exnref fields are compared by tag only",
        effect: Effect::JsBoundary,
    },
    Fact {
        engine: "v8",
        what: "a JS import object holds one value per (module, field) name, and the JS API accepts a plain \
               value (a function, a number) for an immutable global import where wasmtime wants a Global: a \
               raw module importing one name twice with different types links differently by design, so \
               smith_diff does not run it",
        effect: Effect::JsBoundary,
    },
    Fact {
        engine: "*",
        what: "JS cannot preserve NaN bits: raw-module results, globals and payloads compare NaNs as one \
               canonical NaN (wasm-smith modules canonicalize NaNs before they reach memory), and \
               nan:canonical / nan:arithmetic in spec scripts match any NaN through JS",
        effect: Effect::Normalised,
    },
    Fact {
        engine: "*",
        what: "stack overflow and resource exhaustion (V8 RangeError, wasmtime Trap::StackOverflow, \
               timeouts) happen at different depths and sizes on each engine: a raw-module case ends at the \
               first one on either engine and only what came before is compared",
        effect: Effect::Normalised,
    },
    Fact {
        engine: "*",
        what: "traps compare by shared class (`wasmtime_trap_class`, `V8_TRAP_MESSAGES`, checked against \
               both engines in tests/raw_sessions.rs); where one engine is finer the class is the \
               coarser one: V8's `divide by zero` and `remainder by zero` are wasmtime's integer \
               division by zero; wasmtime's `integer overflow` (i32.div_s(MIN, -1), and a float-to-int \
               conversion out of range) and `invalid conversion to integer` (of NaN) against V8's \
               `divide result unrepresentable` and `float unrepresentable in integer range` split the \
               same traps two different ways, so all four are one class, IntegerOverflow; V8's `dereferencing a null pointer` (call_ref) and `rethrowing null \
               value` (throw_ref) are wasmtime's null reference, V8's `data segment N is out of \
               bounds` (instantiation) is an out-of-bounds memory access",
        effect: Effect::Normalised,
    },
];

/// The shared class of a wasmtime trap. `StackOverflow` and `Interrupt` are
/// not traps here (exhaustion, timeout).
pub fn wasmtime_trap_class(t: wasmtime::Trap) -> TrapClass {
    use wasmtime::Trap;
    match t {
        Trap::UnreachableCodeReached => TrapClass::Unreachable,
        Trap::MemoryOutOfBounds => TrapClass::MemoryOutOfBounds,
        Trap::TableOutOfBounds => TrapClass::TableOutOfBounds,
        Trap::IndirectCallToNull => TrapClass::NullFunction,
        Trap::BadSignature => TrapClass::SignatureMismatch,
        Trap::IntegerDivisionByZero => TrapClass::DivideByZero,
        Trap::IntegerOverflow => TrapClass::IntegerOverflow,
        Trap::BadConversionToInteger => TrapClass::IntegerOverflow,
        Trap::NullReference => TrapClass::NullReference,
        Trap::HeapMisaligned => TrapClass::Misaligned,
        Trap::CastFailure => TrapClass::Cast,
        Trap::ArrayOutOfBounds => TrapClass::ArrayOutOfBounds,
        _ => TrapClass::Other,
    }
}

/// V8's `WebAssembly.RuntimeError` messages (its `kWasmTrap*` message
/// templates, as V8 15.0 words them; at instantiation prefixed by
/// `WebAssembly.Instance(): `), matched as substrings in this order.
pub const V8_TRAP_MESSAGES: &[(&str, TrapClass)] = &[
    ("unreachable", TrapClass::Unreachable),
    ("memory access out of bounds", TrapClass::MemoryOutOfBounds),
    ("table index is out of bounds", TrapClass::TableOutOfBounds),
    ("data segment", TrapClass::MemoryOutOfBounds),
    ("element segment", TrapClass::TableOutOfBounds),
    ("null function", TrapClass::NullFunction),
    ("function signature mismatch", TrapClass::SignatureMismatch),
    ("divide by zero", TrapClass::DivideByZero),
    ("remainder by zero", TrapClass::DivideByZero),
    ("divide result unrepresentable", TrapClass::IntegerOverflow),
    ("float unrepresentable in integer range", TrapClass::IntegerOverflow),
    ("dereferencing a null pointer", TrapClass::NullReference),
    ("rethrowing null value", TrapClass::NullReference),
    ("operation does not support unaligned accesses", TrapClass::Misaligned),
    ("illegal cast", TrapClass::Cast),
    ("array element access out of bounds", TrapClass::ArrayOutOfBounds),
];

/// The shared class of a V8 trap, by its message.
pub fn v8_trap_class(message: &str) -> TrapClass {
    V8_TRAP_MESSAGES.iter().find(|(m, _)| message.contains(m)).map_or(TrapClass::Other, |(_, c)| *c)
}

/// Whether a V8 `RangeError` is exhaustion (stack overflow, out of memory)
/// rather than a real error.
pub fn v8_is_exhaustion(message: &str) -> bool {
    ["Maximum call stack size exceeded", "Out of memory", "out of memory", "Cannot allocate"]
        .iter()
        .any(|m| message.contains(m))
}

/// Whether an engine's host calls go through JS (see `Effect::JsBoundary`).
pub fn crosses_js(engine: &str) -> bool {
    for_engine(engine).any(|f| f.effect == Effect::JsBoundary)
}

/// Whether an engine runs an EH encoding.
pub fn runs_encoding(engine: &str, encoding: Encoding) -> bool {
    !for_engine(engine).any(|f| f.effect == Effect::NoEncoding(encoding))
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

pub const CONFORMANCE_EXPECTED: &[ExpectedFailure] = &[];

/// The expected failure declared for a directive, if any.
pub fn expected_failure(engine: &str, file: &str, line: usize) -> Option<&'static ExpectedFailure> {
    CONFORMANCE_EXPECTED.iter().find(|x| x.engine == engine && x.file == file && x.line == line)
}

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
        Effect::Normalised | Effect::JsBoundary => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasmtime::Trap;

    #[test]
    fn v8_messages_map_to_classes_and_unknown_ones_to_other() {
        assert_eq!(v8_trap_class("unreachable"), TrapClass::Unreachable);
        assert_eq!(
            v8_trap_class("WebAssembly.Instance(): data segment 0 is out of bounds (offset 65535, length 2, memory size 65536)"),
            TrapClass::MemoryOutOfBounds
        );
        assert_eq!(v8_trap_class("remainder by zero"), TrapClass::DivideByZero);
        assert_eq!(v8_trap_class("null function"), TrapClass::NullFunction);
        assert_eq!(v8_trap_class("function signature mismatch"), TrapClass::SignatureMismatch);
        assert_eq!(v8_trap_class("rethrowing null value"), TrapClass::NullReference);
        assert_eq!(v8_trap_class("something V8 never said"), TrapClass::Other);
        // Every listed message is found as itself (no earlier entry shadows it).
        for (m, c) in V8_TRAP_MESSAGES {
            assert_eq!(v8_trap_class(m), *c, "{m}");
        }
        assert!(v8_is_exhaustion("Maximum call stack size exceeded"));
        assert!(!v8_is_exhaustion("Invalid typed array length"));
    }

    #[test]
    fn wasmtime_traps_map_to_shared_classes() {
        assert_eq!(wasmtime_trap_class(Trap::IndirectCallToNull), TrapClass::NullFunction);
        assert_eq!(wasmtime_trap_class(Trap::BadSignature), TrapClass::SignatureMismatch);
        // wasmtime is the coarser one here: V8 tells division from remainder.
        assert_eq!(wasmtime_trap_class(Trap::IntegerDivisionByZero), TrapClass::DivideByZero);
        assert_eq!(wasmtime_trap_class(Trap::UnreachableCodeReached), TrapClass::Unreachable);
        assert_eq!(wasmtime_trap_class(Trap::OutOfFuel), TrapClass::Other);
        // Every class but Other is reachable from both engines.
        let from_v8: Vec<TrapClass> = V8_TRAP_MESSAGES.iter().map(|(_, c)| *c).collect();
        for t in [
            Trap::UnreachableCodeReached,
            Trap::MemoryOutOfBounds,
            Trap::TableOutOfBounds,
            Trap::IndirectCallToNull,
            Trap::BadSignature,
            Trap::IntegerDivisionByZero,
            Trap::IntegerOverflow,
            Trap::BadConversionToInteger,
            Trap::NullReference,
            Trap::HeapMisaligned,
            Trap::CastFailure,
            Trap::ArrayOutOfBounds,
        ] {
            assert!(from_v8.contains(&wasmtime_trap_class(t)), "{t:?} has no V8 counterpart");
        }
    }

    #[test]
    fn encodings_and_the_js_boundary_come_from_the_table() {
        assert!(!runs_encoding("wasmtime", Encoding::Legacy));
        assert!(runs_encoding("v8", Encoding::Legacy));
        assert!(crosses_js("v8"));
        assert!(!crosses_js("wasmtime"));
    }
}
