//! The raw-module level of an engine: any Wasm module — not one compiled
//! from a program — compiled, linked, called and inspected through one
//! [`Session`] trait (the counterpart of wasmtime's `DiffInstance`; each
//! engine's implementation sits in its own directory, `wasmtime/raw.rs`,
//! `v8/raw.rs`). `smith_diff` (wasm-smith modules) and `reentry conformance`
//! (the spec scripts) are built on it.
//!
//! Sessions report what they see, raw (NaN bits as the engine gave them,
//! every trap message); judging — canonicalizing, comparing, matching spec
//! expectations — is the caller's job. Traps are classified by the one trap
//! vocabulary, [`crate::trap`].

pub use crate::trap::TrapClass;
use std::fmt;

/// A value crossing the host boundary, in a form both engines can report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Val {
    I32(i32),
    I64(i64),
    /// f32 bits.
    F32(u32),
    /// f64 bits.
    F64(u64),
    /// A null reference (of any type).
    Null,
    /// A non-null function reference.
    Func,
    /// The host reference `ref.extern n` (made by passing `Extern(n)` in).
    Extern(u32),
    /// Any other non-null reference.
    Ref,
}

/// How a result, global or payload is read back: the host needs the type to
/// convert (JS numbers, BigInts, bit patterns).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    I32,
    I64,
    F32,
    F64,
    Ref,
}

pub const CANONICAL_NAN32: u32 = 0x7fc0_0000;
pub const CANONICAL_NAN64: u64 = 0x7ff8_0000_0000_0000;

impl Val {
    /// Every NaN made the positive canonical NaN: JS cannot carry NaN bits, so
    /// a differential sees only "a NaN" (declared in `engine::facts`).
    pub fn canonical(self) -> Val {
        match self {
            Val::F32(b) if f32::from_bits(b).is_nan() => Val::F32(CANONICAL_NAN32),
            Val::F64(b) if f64::from_bits(b).is_nan() => Val::F64(CANONICAL_NAN64),
            v => v,
        }
    }

    /// The kind this value is read back as.
    pub fn kind(self) -> Kind {
        match self {
            Val::I32(_) => Kind::I32,
            Val::I64(_) => Kind::I64,
            Val::F32(_) => Kind::F32,
            Val::F64(_) => Kind::F64,
            _ => Kind::Ref,
        }
    }
}

impl fmt::Display for Val {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Val::I32(v) => write!(f, "i32:{v}"),
            Val::I64(v) => write!(f, "i64:{v}"),
            Val::F32(b) => write!(f, "f32:{}", fmt_float(f32::from_bits(b) as f64, b as u64, 8)),
            Val::F64(b) => write!(f, "f64:{}", fmt_float(f64::from_bits(b), b, 16)),
            Val::Null => write!(f, "null"),
            Val::Func => write!(f, "funcref"),
            Val::Extern(n) => write!(f, "extern:{n}"),
            Val::Ref => write!(f, "ref"),
        }
    }
}

/// A float as a number, or as `nan:0x...` bits when it is a NaN.
fn fmt_float(v: f64, bits: u64, width: usize) -> String {
    if v.is_nan() {
        format!("nan:0x{bits:0width$x}")
    } else {
        format!("{v:?}")
    }
}

/// What one call (or one instantiation) did.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Returned these values (none for an instantiation).
    Returned(Vec<Val>),
    Trapped { class: TrapClass, message: String },
    /// An uncaught Wasm exception: the known tags it carries (see
    /// [`KnownTag`]) and its payload when readable.
    Threw { tags: Vec<String>, payload: Option<Vec<Val>> },
    /// The very host value `n` came out, identity preserved: the host
    /// reference `ref.extern n`, or the exception a [`HostImport`] made for
    /// `n` (a copy of either is not this).
    HostValue(u32),
    /// Stack overflow or resource exhaustion: where it happens differs
    /// between engines and runs.
    Exhausted(String),
    /// The wall-clock limit passed.
    Timeout,
    /// Instantiation refused while linking imports.
    Unlinkable(String),
    /// Anything else the engine reported; never expected.
    Error(String),
}

impl Outcome {
    /// Whether a differential must stop comparing here (the rest of the case
    /// depends on where the engine ran out of stack, memory or time).
    pub fn ends_case(&self) -> bool {
        matches!(self, Outcome::Exhausted(_) | Outcome::Timeout)
    }

    /// The outcome without engine-specific wording and with canonical NaNs:
    /// two engines agree when their summaries are equal.
    pub fn summary(&self) -> String {
        let vals = |v: &[Val]| v.iter().map(|x| x.canonical().to_string()).collect::<Vec<_>>().join(" ");
        match self {
            Outcome::Returned(v) => format!("returned [{}]", vals(v)),
            Outcome::Trapped { class, .. } => format!("trapped {class:?}"),
            Outcome::Threw { tags, payload } => format!(
                "threw tag [{}] payload {}",
                tags.join(" "),
                payload.as_ref().map_or("(unreadable)".into(), |p| format!("[{}]", vals(p)))
            ),
            Outcome::HostValue(n) => format!("threw host value {n}"),
            Outcome::Exhausted(_) => "exhausted".into(),
            Outcome::Timeout => "timeout".into(),
            Outcome::Unlinkable(_) => "unlinkable".into(),
            Outcome::Error(m) => format!("error: {m}"),
        }
    }
}

impl Outcome {
    /// Whether two engines' outcomes are the same result: equal summaries,
    /// or traps whose classes [agree](TrapClass::agrees).
    pub fn same_as(&self, other: &Outcome) -> bool {
        match (self, other) {
            (Outcome::Trapped { class: a, .. }, Outcome::Trapped { class: b, .. }) => a.agrees(*b),
            _ => self.summary() == other.summary(),
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.summary())?;
        match self {
            Outcome::Trapped { message, .. } | Outcome::Exhausted(message) | Outcome::Unlinkable(message) => {
                write!(f, " ({})", message.lines().next().unwrap_or(""))
            }
            _ => Ok(()),
        }
    }
}

/// Index of a compiled module in a session.
pub type ModuleId = usize;
/// Index of an instance in a session.
pub type InstanceId = usize;

/// Where one import comes from: an export of an earlier instance, or nowhere
/// (instantiation is then unlinkable on every engine alike).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub module: String,
    pub field: String,
    pub from: Option<(InstanceId, String)>,
}

/// An exported tag a session recognises in uncaught exceptions, by `name`.
/// The payload of an exception is read with the first known tag it carries,
/// when that tag's parameters can all be read (`params` is `Some`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownTag {
    pub name: String,
    pub export: String,
    pub params: Option<Vec<Kind>>,
}

/// A value the host makes for a module to import (the compat probes use
/// them). [`Session::host`] returns a pseudo-instance that exports it as
/// [`HOST_EXPORT`], to be named in a [`Link`] like any instance's export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostImport {
    /// The JS API's `WebAssembly.JSTag` (JS engines that have it).
    JsTag,
    /// A fresh host-made tag with one `externref` parameter.
    Tag,
    /// A function `() -> ()` that throws the host value `ref.extern n` (a
    /// JS exception; JS engines only).
    ThrowValue(u32),
    /// A function `() -> ()` that throws a fresh `WebAssembly.Exception` of
    /// `tag` (an instance's export) with payload `ref.extern n`; the very
    /// object coming back out is [`Outcome::HostValue`]`(n)`. JS engines only.
    ThrowException { tag: (InstanceId, String), n: u32 },
    /// A function `() -> ()` that calls `export` of `instance`: a host frame
    /// (JS, or a Rust host function on wasmtime) between two Wasm frames.
    Reenter { instance: InstanceId, export: String },
}

/// The export name of a [`Session::host`] pseudo-instance.
pub const HOST_EXPORT: &str = "host";

/// One engine, able to run any module. State (modules, instances, known
/// tags) lives until [`Session::reset`].
pub trait Session {
    /// The engine name, as registered (`engine::registry`).
    fn name(&self) -> &str;
    /// Forget every module, instance and known tag.
    fn reset(&mut self);
    /// Compile a module; the engine's message if it rejects it.
    fn compile(&mut self, wasm: &[u8]) -> Result<ModuleId, String>;
    /// Instantiate with `imports` (in the module's import order); the new
    /// instance's exported tags `tags` become known.
    fn instantiate(&mut self, module: ModuleId, imports: &[Link], tags: &[KnownTag]) -> Result<InstanceId, Outcome>;
    /// Call an exported function. `results` are its result kinds.
    fn call(&mut self, instance: InstanceId, export: &str, args: &[Val], results: &[Kind]) -> Outcome;
    fn global(&mut self, instance: InstanceId, export: &str, kind: Kind) -> Result<Val, String>;
    /// Set an exported mutable global.
    fn set_global(&mut self, instance: InstanceId, export: &str, value: Val) -> Result<(), String>;
    fn memory(&mut self, instance: InstanceId, export: &str) -> Result<Vec<u8>, String>;
    fn table_size(&mut self, instance: InstanceId, export: &str) -> Result<u64, String>;
    /// Make a host import (a pseudo-instance exporting it as [`HOST_EXPORT`]);
    /// `Err` says why this engine cannot (e.g. no `WebAssembly.JSTag`).
    fn host(&mut self, import: &HostImport) -> Result<InstanceId, String> {
        Err(format!("{} makes no host imports ({import:?})", self.name()))
    }
    /// The EH encodings this engine runs (probed where the engine probes
    /// them, else what its directory declares).
    fn encodings(&self) -> Vec<crate::compile::Encoding>;
}

/// FNV-1a, for memory contents in reports and comparisons.
pub use crate::fnv::hash;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nans_canonicalize_to_one_value_and_numbers_stay() {
        let quiet_with_payload = Val::F32(0x7fc0_1234);
        let negative_nan = Val::F32(0xffc0_0000);
        let signalling = Val::F64(0x7ff0_0000_0000_0001);
        assert_eq!(quiet_with_payload.canonical(), Val::F32(CANONICAL_NAN32));
        assert_eq!(negative_nan.canonical(), Val::F32(CANONICAL_NAN32));
        assert_eq!(signalling.canonical(), Val::F64(CANONICAL_NAN64));
        // -0.0, infinities and ordinary numbers keep their bits.
        for v in [Val::F32((-0.0f32).to_bits()), Val::F32(f32::INFINITY.to_bits()), Val::F64(1.5f64.to_bits())] {
            assert_eq!(v.canonical(), v);
        }
        assert_eq!(Val::I32(-1).canonical(), Val::I32(-1));
    }

    #[test]
    fn summaries_ignore_messages_and_nan_bits() {
        let a = Outcome::Trapped { class: TrapClass::Unreachable, message: "wasm trap: unreachable".into() };
        let b = Outcome::Trapped { class: TrapClass::Unreachable, message: "RuntimeError: unreachable".into() };
        assert_eq!(a.summary(), b.summary());
        let n1 = Outcome::Returned(vec![Val::F64(0x7ff8_0000_0000_0001)]);
        let n2 = Outcome::Returned(vec![Val::F64(0xfff8_0000_0000_0000)]);
        assert_eq!(n1.summary(), n2.summary());
        assert_ne!(Outcome::Returned(vec![Val::F32(0)]).summary(), Outcome::Returned(vec![Val::F32(0x8000_0000)]).summary());
    }
}
