//! The one trap vocabulary. Every engine's traps, the spec scripts' trap
//! texts and what a trace records come from the tables here; the JavaScript
//! glue's own table (`engines/glue.js`, `TRAP_MESSAGES`) is checked against
//! [`V8_MESSAGES`] and [`SPIDERMONKEY_MESSAGES`] by `tests/wire_format.rs`.
//!
//! [`TrapClass`] is the fine vocabulary (raw modules, conformance);
//! [`TrapKind`] is the part of it the recovery protocol tells apart, which
//! is what a trace's `aborted(..)` carries. A class maps to exactly one kind
//! ([`TrapClass::kind`]); where engines word or split traps differently, the
//! class is the coarser one (declared in `engine::facts`).

use serde::{Deserialize, Serialize};

/// Shared trap classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TrapClass {
    Unreachable,
    /// Linear memory access, also by `memory.init`/`memory.copy`/data segments.
    MemoryOutOfBounds,
    /// Table access, also by `table.init`/`table.copy`/element segments.
    TableOutOfBounds,
    /// `call_indirect` to a null table entry.
    NullFunction,
    /// `call_indirect` with the wrong signature.
    SignatureMismatch,
    /// Integer division or remainder by zero.
    DivideByZero,
    /// `i32.div_s(MIN, -1)` and friends, or a trapping float-to-int
    /// conversion (of NaN or of an out-of-range value). One class because the
    /// engines split these two different ways: wasmtime by cause (overflow,
    /// NaN), V8 by instruction (division, conversion).
    IntegerOverflow,
    /// A null reference used (`call_ref`, `throw_ref`, `ref.as_non_null`...).
    NullReference,
    Misaligned,
    Cast,
    ArrayOutOfBounds,
    /// An index out of the bounds of a memory, a table or an array:
    /// SpiderMonkey words all three alike (`index out of bounds`), so this
    /// class [agrees](TrapClass::agrees) with each of them.
    IndexOutOfBounds,
    /// The engine's call stack ran out (V8: a `RangeError`, SpiderMonkey:
    /// an `InternalError`, wasmtime: `Trap::StackOverflow`). Where it happens differs between engines, so
    /// raw-module comparisons treat it as exhaustion, not as a result.
    StackOverflow,
    /// A trap these tables do not know.
    Other,
}

/// How an aborted call failed, as a trace records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TrapKind {
    Unreachable,
    StackOverflow,
    DivideByZero,
    OutOfBounds,
    /// An error the glue could not classify (a bug somewhere, never expected).
    Other,
}

impl TrapKind {
    /// Wire order: `code()` is the index (see `trace::code`).
    pub const ALL: [TrapKind; 5] =
        [TrapKind::Unreachable, TrapKind::StackOverflow, TrapKind::DivideByZero, TrapKind::OutOfBounds, TrapKind::Other];

    pub fn code(self) -> i32 {
        TrapKind::ALL.iter().position(|k| *k == self).expect("in ALL") as i32
    }

    pub fn from_code(c: i32) -> Option<TrapKind> {
        TrapKind::ALL.get(usize::try_from(c).ok()?).copied()
    }

    /// The trap an abort step of this kind raises.
    pub fn of_abort(kind: crate::program::AbortKind) -> TrapKind {
        use crate::program::AbortKind;
        match kind {
            AbortKind::Unreachable | AbortKind::OutOfMemory => TrapKind::Unreachable,
            AbortKind::StackOverflow => TrapKind::StackOverflow,
            AbortKind::DivideByZero => TrapKind::DivideByZero,
            AbortKind::OutOfBounds => TrapKind::OutOfBounds,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            TrapKind::Unreachable => "unreachable",
            TrapKind::StackOverflow => "stack_overflow",
            TrapKind::DivideByZero => "div_zero",
            TrapKind::OutOfBounds => "oob",
            TrapKind::Other => "other",
        }
    }
}

impl TrapClass {
    /// The kind a trace records for a trap of this class.
    pub fn kind(self) -> TrapKind {
        match self {
            TrapClass::Unreachable => TrapKind::Unreachable,
            TrapClass::StackOverflow => TrapKind::StackOverflow,
            TrapClass::DivideByZero => TrapKind::DivideByZero,
            // The out-of-bounds traps of generated programs and the guest are
            // all memory accesses.
            TrapClass::MemoryOutOfBounds | TrapClass::IndexOutOfBounds => TrapKind::OutOfBounds,
            _ => TrapKind::Other,
        }
    }

    /// A wasmtime trap. `Interrupt` (the epoch deadline) and `OutOfFuel`
    /// are `Other` here: callers treat them as timeouts first.
    pub fn of_wasmtime(t: wasmtime::Trap) -> TrapClass {
        WASMTIME.iter().find(|(w, _)| *w == t).map_or(TrapClass::Other, |(_, c)| *c)
    }

    /// A V8 `WebAssembly.RuntimeError` by its message.
    pub fn of_v8(message: &str) -> TrapClass {
        V8_MESSAGES.iter().find(|(m, _)| message.contains(m)).map_or(TrapClass::Other, |(_, c)| *c)
    }

    /// A `WebAssembly.RuntimeError` of any JS engine by its message: V8's
    /// wordings, then SpiderMonkey's, then JavaScriptCore's (no message of
    /// one is another's with a different class: `tests` checks).
    pub fn of_js(message: &str) -> TrapClass {
        V8_MESSAGES
            .iter()
            .chain(SPIDERMONKEY_MESSAGES)
            .chain(JSC_MESSAGES)
            .find(|(m, _)| message.contains(m))
            .map_or(TrapClass::Other, |(_, c)| *c)
    }

    /// Whether two engines reporting these classes report the same trap:
    /// equal, or one is the coarser [`TrapClass::IndexOutOfBounds`] of the
    /// other's memory, table or array bound.
    pub fn agrees(self, other: TrapClass) -> bool {
        use TrapClass::*;
        let bound = |c| matches!(c, MemoryOutOfBounds | TableOutOfBounds | ArrayOutOfBounds | IndexOutOfBounds);
        self == other || ((self == IndexOutOfBounds || other == IndexOutOfBounds) && bound(self) && bound(other))
    }

    /// The trap text of a spec script's `assert_trap`, if it names a class.
    pub fn of_spec(text: &str) -> Option<TrapClass> {
        SPEC_TEXTS.iter().find(|(m, _)| text.contains(m)).map(|(_, c)| *c)
    }
}

/// wasmtime's traps. wasmtime is the coarser engine for division: V8 tells
/// division from remainder, wasmtime does not.
pub const WASMTIME: &[(wasmtime::Trap, TrapClass)] = {
    use wasmtime::Trap;
    &[
        (Trap::UnreachableCodeReached, TrapClass::Unreachable),
        (Trap::MemoryOutOfBounds, TrapClass::MemoryOutOfBounds),
        (Trap::TableOutOfBounds, TrapClass::TableOutOfBounds),
        (Trap::IndirectCallToNull, TrapClass::NullFunction),
        (Trap::BadSignature, TrapClass::SignatureMismatch),
        (Trap::IntegerDivisionByZero, TrapClass::DivideByZero),
        (Trap::IntegerOverflow, TrapClass::IntegerOverflow),
        (Trap::BadConversionToInteger, TrapClass::IntegerOverflow),
        (Trap::NullReference, TrapClass::NullReference),
        (Trap::HeapMisaligned, TrapClass::Misaligned),
        (Trap::CastFailure, TrapClass::Cast),
        (Trap::ArrayOutOfBounds, TrapClass::ArrayOutOfBounds),
        (Trap::StackOverflow, TrapClass::StackOverflow),
    ]
};

/// V8's `WebAssembly.RuntimeError` messages (its `kWasmTrap*` message
/// templates, as V8 15.0 words them; at instantiation prefixed by
/// `WebAssembly.Instance(): `), matched as substrings in this order.
pub const V8_MESSAGES: &[(&str, TrapClass)] = &[
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

/// JavaScriptCore's `WebAssembly.RuntimeError` messages (WebKitGTK 2.50,
/// `Wasm::errorMessageForExceptionType`), matched as substrings in this
/// order. JavaScriptCore does not tell an out-of-range float-to-int
/// conversion from one of NaN (`Out of bounds Trunc operation`): both are
/// the one IntegerOverflow class anyway.
pub const JSC_MESSAGES: &[(&str, TrapClass)] = &[
    ("Unreachable code should not be executed", TrapClass::Unreachable),
    ("Out of bounds memory access", TrapClass::MemoryOutOfBounds),
    ("Out of bounds call_indirect", TrapClass::TableOutOfBounds),
    ("Out of bounds table access", TrapClass::TableOutOfBounds),
    ("call_indirect to a null table entry", TrapClass::NullFunction),
    ("call_indirect to a signature that does not match", TrapClass::SignatureMismatch),
    ("Division by zero", TrapClass::DivideByZero),
    ("Integer overflow", TrapClass::IntegerOverflow),
    ("Out of bounds Trunc operation", TrapClass::IntegerOverflow),
    ("throw_ref on a null reference", TrapClass::NullReference),
    ("call_ref to a null reference", TrapClass::NullReference),
    ("access to a null reference", TrapClass::NullReference),
    ("Unaligned memory access", TrapClass::Misaligned),
    ("ref.cast failed", TrapClass::Cast),
    ("Out of bounds array access", TrapClass::ArrayOutOfBounds),
];

/// The message of the `RangeError` V8 throws when the stack runs out
/// (JavaScriptCore's is the same with a full stop).
pub const V8_STACK_OVERFLOW: &str = "Maximum call stack size exceeded";

/// SpiderMonkey's `WebAssembly.RuntimeError` messages (`js.msg`'s
/// `JSMSG_WASM_*`, as Firefox 153 words them), matched after
/// [`V8_MESSAGES`]. It does not tell memory, table and array bounds apart,
/// nor division from remainder.
pub const SPIDERMONKEY_MESSAGES: &[(&str, TrapClass)] = &[
    ("unreachable executed", TrapClass::Unreachable),
    ("index out of bounds", TrapClass::IndexOutOfBounds),
    ("indirect call to null", TrapClass::NullFunction),
    ("indirect call signature mismatch", TrapClass::SignatureMismatch),
    ("integer divide by zero", TrapClass::DivideByZero),
    ("integer overflow", TrapClass::IntegerOverflow),
    ("invalid conversion to integer", TrapClass::IntegerOverflow),
    ("dereferencing null pointer", TrapClass::NullReference),
    ("unaligned memory access", TrapClass::Misaligned),
    ("bad cast", TrapClass::Cast),
];

/// The message of the `InternalError` SpiderMonkey throws when the stack
/// runs out.
pub const SPIDERMONKEY_STACK_OVERFLOW: &str = "too much recursion";

/// JavaScriptCore's stack overflow `RangeError` message.
pub const JSC_STACK_OVERFLOW: &str = "Maximum call stack size exceeded.";

/// Whether a JS engine's resource error (V8's and JavaScriptCore's
/// `RangeError`, SpiderMonkey's `InternalError`) is exhaustion (stack overflow, out of memory) rather
/// than a real error.
pub fn js_is_exhaustion(message: &str) -> bool {
    [V8_STACK_OVERFLOW, SPIDERMONKEY_STACK_OVERFLOW, "Out of memory", "out of memory", "Cannot allocate"]
        .iter()
        .any(|m| message.contains(m))
}

/// The spec scripts' `assert_trap` texts.
pub const SPEC_TEXTS: &[(&str, TrapClass)] = &[
    ("unreachable", TrapClass::Unreachable),
    ("integer divide by zero", TrapClass::DivideByZero),
    ("integer overflow", TrapClass::IntegerOverflow),
    ("invalid conversion to integer", TrapClass::IntegerOverflow),
    ("out of bounds memory access", TrapClass::MemoryOutOfBounds),
    ("out of bounds table access", TrapClass::TableOutOfBounds),
    ("undefined element", TrapClass::TableOutOfBounds),
    ("uninitialized element", TrapClass::NullFunction),
    ("indirect call type mismatch", TrapClass::SignatureMismatch),
    ("null", TrapClass::NullReference),
];

#[cfg(test)]
mod tests {
    use super::*;
    use wasmtime::Trap;

    #[test]
    fn v8_messages_map_to_classes_and_unknown_ones_to_other() {
        assert_eq!(TrapClass::of_v8("unreachable"), TrapClass::Unreachable);
        assert_eq!(
            TrapClass::of_v8("WebAssembly.Instance(): data segment 0 is out of bounds (offset 65535, length 2, memory size 65536)"),
            TrapClass::MemoryOutOfBounds
        );
        assert_eq!(TrapClass::of_v8("remainder by zero"), TrapClass::DivideByZero);
        assert_eq!(TrapClass::of_v8("rethrowing null value"), TrapClass::NullReference);
        assert_eq!(TrapClass::of_v8("something V8 never said"), TrapClass::Other);
        // Every listed message is found as itself (no earlier entry shadows it).
        for (m, c) in V8_MESSAGES {
            assert_eq!(TrapClass::of_v8(m), *c, "{m}");
        }
        assert!([V8_STACK_OVERFLOW, SPIDERMONKEY_STACK_OVERFLOW, JSC_STACK_OVERFLOW].iter().all(|m| js_is_exhaustion(m)));
        assert!(!js_is_exhaustion("Invalid typed array length"));
    }

    #[test]
    fn spidermonkey_messages_map_to_classes_v8s_do_not_shadow() {
        // As Firefox 153 words each trap (checked in the browser).
        for (m, c) in [
            ("index out of bounds", TrapClass::IndexOutOfBounds),
            ("integer divide by zero", TrapClass::DivideByZero),
            ("invalid conversion to integer", TrapClass::IntegerOverflow),
            ("unreachable executed", TrapClass::Unreachable),
        ] {
            assert_eq!(TrapClass::of_js(m), c, "{m}");
        }
        for (m, c) in SPIDERMONKEY_MESSAGES.iter().chain(V8_MESSAGES) {
            assert_eq!(TrapClass::of_js(m).kind(), c.kind(), "{m}");
            assert!(TrapClass::of_js(m).agrees(*c), "{m}");
        }
        assert!(TrapClass::IndexOutOfBounds.agrees(TrapClass::TableOutOfBounds));
        assert!(TrapClass::MemoryOutOfBounds.agrees(TrapClass::IndexOutOfBounds));
        assert!(!TrapClass::MemoryOutOfBounds.agrees(TrapClass::TableOutOfBounds));
        assert!(!TrapClass::IndexOutOfBounds.agrees(TrapClass::Unreachable));
    }

    #[test]
    fn jsc_messages_map_to_classes_and_no_js_engine_shadows_the_other() {
        assert_eq!(TrapClass::of_js("Division by zero (evaluating 'x.f()')"), TrapClass::DivideByZero);
        assert_eq!(TrapClass::of_js("Out of bounds call_indirect"), TrapClass::TableOutOfBounds);
        assert_eq!(TrapClass::of_js("Out of bounds Trunc operation"), TrapClass::IntegerOverflow);
        assert_eq!(TrapClass::of_js("something no engine said"), TrapClass::Other);
        for (m, c) in V8_MESSAGES.iter().chain(JSC_MESSAGES) {
            assert_eq!(TrapClass::of_js(m), *c, "{m}");
        }
        let v8: Vec<TrapClass> = V8_MESSAGES.iter().map(|(_, c)| *c).collect();
        assert!(JSC_MESSAGES.iter().all(|(_, c)| v8.contains(c)), "every JSC class is one V8 has");
    }

    #[test]
    fn wasmtime_traps_map_to_classes_every_v8_class_has() {
        assert_eq!(TrapClass::of_wasmtime(Trap::IntegerDivisionByZero), TrapClass::DivideByZero);
        assert_eq!(TrapClass::of_wasmtime(Trap::OutOfFuel), TrapClass::Other);
        assert_eq!(TrapClass::of_wasmtime(Trap::Interrupt), TrapClass::Other);
        let from_v8: Vec<TrapClass> = V8_MESSAGES.iter().map(|(_, c)| *c).collect();
        for (t, c) in WASMTIME {
            assert_eq!(TrapClass::of_wasmtime(*t), *c);
            assert!(*c == TrapClass::StackOverflow || from_v8.contains(c), "{t:?} has no V8 counterpart");
        }
    }

    #[test]
    fn spec_texts_name_classes() {
        assert_eq!(TrapClass::of_spec("integer divide by zero"), Some(TrapClass::DivideByZero));
        assert_eq!(TrapClass::of_spec("out of bounds memory access"), Some(TrapClass::MemoryOutOfBounds));
        assert_eq!(TrapClass::of_spec("something else"), None);
    }

    #[test]
    fn kinds_are_the_protocol_projection_of_classes() {
        assert_eq!(TrapClass::Unreachable.kind(), TrapKind::Unreachable);
        assert_eq!(TrapClass::MemoryOutOfBounds.kind(), TrapKind::OutOfBounds);
        assert_eq!(TrapClass::TableOutOfBounds.kind(), TrapKind::Other);
        assert_eq!(TrapClass::StackOverflow.kind(), TrapKind::StackOverflow);
        for k in TrapKind::ALL {
            assert_eq!(TrapKind::from_code(k.code()), Some(k));
        }
    }
}
