//! The vocabulary of step kinds: one enum per step type ([`WasmKind`],
//! [`HostKind`], [`DriverKind`]) plus [`AbortKind`], shared by the
//! generator's weights, the text form, the statistics and the reducer.
//!
//! Each kind has a `name()` (weights in a finding's `gen` config,
//! statistics), a `keyword()` (the word that starts its line in the text
//! form; it is the name except for the calls, which all read `call`) and
//! `ALL`, the declaration order in which weights are drawn.
//!
//! Adding a step means adding its variant to the step enum and its kind
//! here; the compiler then points at every place that must handle it: `of`
//! below, the default weight and the construction in `gen.rs`, the parser
//! and printer in `text.rs`, `lower`/`value_weight` in `reduce.rs`, and the
//! compiler, model and validator. Statistics and `missing()` follow `ALL`.

use super::{DriverStep, HostStep, WasmStep};
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::hash::Hash;
use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

/// What every kind enum provides, so [`PerKind`] can index by any of them.
pub trait Kind: Copy + Eq + Ord + Hash + fmt::Debug + 'static {
    /// Every kind, in declaration order.
    fn all() -> &'static [Self];
    /// The kind's name in weights and statistics.
    fn name(self) -> &'static str;
    /// Position in [`Kind::all`].
    fn index(self) -> usize;
    fn from_name(name: &str) -> Option<Self> {
        Self::all().iter().copied().find(|k| k.name() == name)
    }
}

/// Declares a kind enum: its variants with their names (and, where it
/// differs, `as` the text keyword), `ALL`, `name`, `keyword`, `from_name`,
/// `from_keyword` and the [`Kind`] impl.
macro_rules! kinds {
    (
        $(#[$meta:meta])*
        pub enum $Kind:ident {
            $( $(#[$vmeta:meta])* $Var:ident = $name:literal $(as $kw:literal)? ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub enum $Kind {
            $( $(#[$vmeta])* $Var, )*
        }

        impl $Kind {
            /// Every kind, in declaration order (the order weights are drawn in).
            pub const ALL: [$Kind; [$(stringify!($Var)),*].len()] = [$($Kind::$Var),*];

            /// The name in weights, statistics and findings.
            pub fn name(self) -> &'static str {
                match self {
                    $($Kind::$Var => $name,)*
                }
            }

            /// The word that starts the step in the text form.
            pub fn keyword(self) -> &'static str {
                match self {
                    $($Kind::$Var => kinds!(@keyword $name $($kw)?),)*
                }
            }

            pub fn from_name(name: &str) -> Option<$Kind> {
                $Kind::ALL.into_iter().find(|k| k.name() == name)
            }

            /// The first kind (in `ALL` order) whose keyword this is.
            pub fn from_keyword(word: &str) -> Option<$Kind> {
                $Kind::ALL.into_iter().find(|k| k.keyword() == word)
            }
        }

        impl Kind for $Kind {
            fn all() -> &'static [Self] {
                &$Kind::ALL
            }
            fn name(self) -> &'static str {
                $Kind::name(self)
            }
            fn index(self) -> usize {
                self as usize
            }
        }
    };
    (@keyword $name:literal) => { $name };
    (@keyword $name:literal $kw:literal) => { $kw };
}

kinds! {
    /// The kind of a [`WasmStep`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WasmKind {
        Guard = "guard",
        Scope = "scope",
        CallImport = "call_import" as "call",
        CallWasm = "call_wasm" as "call",
        Panic = "panic",
        CatchUnwind = "catch_unwind",
        Abort = "abort",
        AddState = "add_state",
        ScheduleReinit = "reinit",
        Grow = "grow",
        AddHigh = "add_high",
        Await = "await",
        MakeClosure = "make_closure" as "closure",
        CatchImport = "catch_import" as "call",
        CallWithClosure = "call_with_closure" as "call",
    }
}

kinds! {
    /// The kind of a [`HostStep`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum HostKind {
        CallExport = "call_export" as "call",
        Throw = "throw",
        ThrowExn = "throw_exn" as "throw",
        Try = "try",
        Terminate = "terminate",
        ScheduleReinit = "reinit",
        Invoke = "invoke",
    }
}

kinds! {
    /// The kind of a [`DriverStep`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum DriverKind {
        Call = "call",
        Reset = "reset",
        NewHandle = "new_handle",
        CallHandle = "call_handle",
        ReadState = "read_state",
        Spawn = "spawn",
        Resolve = "resolve",
        Reject = "reject",
        Invoke = "invoke",
    }
}

kinds! {
    /// How a [`WasmStep::Abort`] aborts the instance. Its `name()` is the
    /// text form's word after `abort`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
    pub enum AbortKind {
        /// `unreachable` (`std::process::abort`, a failed assertion in a no-unwind path).
        Unreachable = "unreachable",
        /// `memory.grow` fails against the memory maximum, then `handle_alloc_error` aborts.
        OutOfMemory = "oom",
        /// Unbounded recursion until the engine's stack limit.
        StackOverflow = "stack_overflow",
        /// `i32.div_s` by zero.
        DivideByZero = "div_zero",
        /// A load past the end of linear memory.
        OutOfBounds = "oob",
    }
}

kinds! {
    /// How a closure is made: wasm-bindgen's constructors (issue 22,
    /// docs/protocol.md 31-33). Its `name()` is the text form's word after
    /// `closure e<n>` (none: `own`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
    #[serde(rename_all = "snake_case")]
    pub enum ClosureCtor {
        /// `Closure::new` / `own`: a `'static` `Fn`, passed to JS by value.
        Own = "own",
        /// `Closure::wrap(Box<dyn FnMut>)`.
        Wrap = "wrap",
        /// `Closure::once`: an `FnOnce`; a second call is refused.
        Once = "once",
        /// `ScopedClosure::borrow(&f)`: lives to the end of its scope; a
        /// call after that is refused.
        Borrow = "borrow",
        /// `ScopedClosure::borrow_mut(&mut f)`: the same for an `FnMut`.
        BorrowMut = "borrow_mut",
        /// A `&dyn Fn` import argument (`call h<k> with e<n>`): valid
        /// during that import call only.
        Ref = "ref",
        /// A `&mut dyn FnMut` import argument (`call h<k> with e<n> mut`).
        RefMut = "ref_mut",
    }
}

kinds! {
    /// What a closure's edge makes of a panic escaping its body: wasm-bindgen's
    /// `_aborting` and `_assert_unwind_safe` constructor variants. Its
    /// `name()` is the text form's last word of a `closure` step (none:
    /// `unwinding`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
    #[serde(rename_all = "snake_case")]
    pub enum ClosureEdge {
        /// The default constructors: the panic is a `PanicError`.
        Unwinding = "unwinding",
        /// `_aborting`: the panic is an abort at the edge.
        Aborting = "aborting",
        /// `_assert_unwind_safe`: unwinding without the `UnwindSafe` bound
        /// (the same at run time).
        AssertUnwindSafe = "assert_unwind_safe",
    }
}

kinds! {
    /// The tag of a `WebAssembly.Exception` a host step throws
    /// ([`HostStep::ThrowExn`]). Its `name()` is the text form's word after
    /// `throw`, and its index the tag's code on the wire (`host throw`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
    pub enum ExnTag {
        /// This module's own `$panic` (the Rust panic tag): the one of the
        /// instance that called the import (docs/protocol.md 10).
        Panic = "panic",
        /// This module's `$wrapped` (shared by every instance, made by the
        /// glue), with a fresh foreign value as its payload.
        Wrapped = "wrapped",
        /// The `$panic` tag of a second module the host instantiated: a Rust
        /// panic of another Wasm module on the same page.
        ForeignPanic = "foreign_panic",
        /// A tag the host made and no module exports.
        UnknownTag = "unknown_tag",
    }
}

impl ExnTag {
    /// Its code on the wire (the index in `ALL`).
    pub fn code(self) -> i32 {
        self as i32
    }

    pub fn from_code(c: i32) -> Option<ExnTag> {
        ExnTag::ALL.get(usize::try_from(c).ok()?).copied()
    }
}

impl WasmKind {
    pub fn of(step: &WasmStep) -> WasmKind {
        match step {
            WasmStep::Guard { .. } => WasmKind::Guard,
            WasmStep::Scope(_) => WasmKind::Scope,
            WasmStep::CallImport(_) => WasmKind::CallImport,
            WasmStep::CallWasm(_) => WasmKind::CallWasm,
            WasmStep::Panic(_) => WasmKind::Panic,
            WasmStep::CatchUnwind { .. } => WasmKind::CatchUnwind,
            WasmStep::Abort(_) => WasmKind::Abort,
            WasmStep::AddState(_) => WasmKind::AddState,
            WasmStep::ScheduleReinit => WasmKind::ScheduleReinit,
            WasmStep::Grow(_) => WasmKind::Grow,
            WasmStep::AddHigh(_) => WasmKind::AddHigh,
            WasmStep::Await => WasmKind::Await,
            WasmStep::MakeClosure { .. } => WasmKind::MakeClosure,
            WasmStep::CatchImport { .. } => WasmKind::CatchImport,
            WasmStep::CallWithClosure { .. } => WasmKind::CallWithClosure,
        }
    }
}

impl HostKind {
    pub fn of(step: &HostStep) -> HostKind {
        match step {
            HostStep::CallExport { .. } => HostKind::CallExport,
            HostStep::Throw { .. } => HostKind::Throw,
            HostStep::ThrowExn { .. } => HostKind::ThrowExn,
            HostStep::Try { .. } => HostKind::Try,
            HostStep::Terminate => HostKind::Terminate,
            HostStep::ScheduleReinit => HostKind::ScheduleReinit,
            HostStep::Invoke { .. } => HostKind::Invoke,
        }
    }
}

impl DriverKind {
    pub fn of(step: &DriverStep) -> DriverKind {
        match step {
            DriverStep::Call { .. } => DriverKind::Call,
            DriverStep::Reset => DriverKind::Reset,
            DriverStep::NewHandle => DriverKind::NewHandle,
            DriverStep::CallHandle { .. } => DriverKind::CallHandle,
            DriverStep::ReadState => DriverKind::ReadState,
            DriverStep::Spawn { .. } => DriverKind::Spawn,
            DriverStep::Resolve { .. } => DriverKind::Resolve,
            DriverStep::Reject { .. } => DriverKind::Reject,
            DriverStep::Invoke { .. } => DriverKind::Invoke,
        }
    }
}

/// One `T` per kind of `K`, indexed by kind (`counts[WasmKind::Guard] += 1`).
/// Serialized as a map from kind name to value in `ALL` order; a kind the
/// map leaves out deserializes to `T::default()`, a name that is no kind is
/// an error.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PerKind<K: Kind, T> {
    values: Vec<T>,
    kind: PhantomData<K>,
}

/// Relative weights of the kinds of `K`: the generator draws a kind with
/// probability `weight / sum` among the kinds allowed at that point. A kind
/// left out of a serialized map weighs 0 (is never drawn), so a finding
/// recorded before a kind existed still generates what it did then.
pub type Weights<K> = PerKind<K, u32>;

impl<K: Kind, T> PerKind<K, T> {
    pub fn from_fn(mut f: impl FnMut(K) -> T) -> Self {
        PerKind { values: K::all().iter().map(|k| f(*k)).collect(), kind: PhantomData }
    }

    /// Every kind with its value, in `ALL` order.
    pub fn iter(&self) -> impl Iterator<Item = (K, &T)> + '_ {
        K::all().iter().copied().zip(&self.values)
    }
}

impl<K: Kind, T: Default> Default for PerKind<K, T> {
    fn default() -> Self {
        PerKind::from_fn(|_| T::default())
    }
}

impl<K: Kind, T> Index<K> for PerKind<K, T> {
    type Output = T;
    fn index(&self, k: K) -> &T {
        &self.values[k.index()]
    }
}

impl<K: Kind, T> IndexMut<K> for PerKind<K, T> {
    fn index_mut(&mut self, k: K) -> &mut T {
        &mut self.values[k.index()]
    }
}

impl<K: Kind, T: fmt::Debug> fmt::Debug for PerKind<K, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter().map(|(k, v)| (k.name(), v))).finish()
    }
}

impl<K: Kind, T: Serialize> Serialize for PerKind<K, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.values.len()))?;
        for (k, v) in self.iter() {
            map.serialize_entry(k.name(), v)?;
        }
        map.end()
    }
}

impl<'de, K: Kind, T: Deserialize<'de> + Default> Deserialize<'de> for PerKind<K, T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<K, T>(PhantomData<(K, T)>);
        impl<'de, K: Kind, T: Deserialize<'de> + Default> Visitor<'de> for V<K, T> {
            type Value = PerKind<K, T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "a map from kind ({}) to value", names::<K>())
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = PerKind::<K, T>::default();
                while let Some(name) = map.next_key::<String>()? {
                    let Some(k) = K::from_name(&name) else {
                        return Err(de::Error::custom(format_args!("unknown kind `{name}`, expected one of {}", names::<K>())));
                    };
                    out[k] = map.next_value()?;
                }
                Ok(out)
            }
        }
        d.deserialize_map(V(PhantomData))
    }
}

/// `a, b, c`: every name of `K`, for error messages.
pub fn names<K: Kind>() -> String {
    K::all().iter().map(|k| k.name()).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_are_unique<K: Kind>() {
        let mut names: Vec<_> = K::all().iter().map(|k| k.name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), K::all().len());
        for (i, k) in K::all().iter().enumerate() {
            assert_eq!(k.index(), i);
            assert_eq!(K::from_name(k.name()), Some(*k));
        }
    }

    #[test]
    fn kinds_round_trip_their_names() {
        names_are_unique::<WasmKind>();
        names_are_unique::<HostKind>();
        names_are_unique::<DriverKind>();
        names_are_unique::<AbortKind>();
        names_are_unique::<ExnTag>();
        names_are_unique::<ClosureCtor>();
        names_are_unique::<ClosureEdge>();
        assert_eq!(HostKind::from_keyword("throw"), Some(HostKind::Throw));
        assert_eq!(HostKind::ThrowExn.keyword(), "throw");
        for t in ExnTag::ALL {
            assert_eq!(ExnTag::from_code(t.code()), Some(t));
        }
        assert_eq!(WasmKind::from_keyword("call"), Some(WasmKind::CallImport));
        assert_eq!((WasmKind::CatchImport.keyword(), WasmKind::CallWithClosure.keyword()), ("call", "call"));
        assert_eq!(WasmKind::CallWasm.keyword(), "call");
        assert_eq!(WasmKind::from_keyword("call_wasm"), None);
        assert_eq!(HostKind::from_keyword("reinit"), Some(HostKind::ScheduleReinit));
    }

    #[test]
    fn per_kind_serializes_as_a_map_by_name() {
        let mut w = Weights::<HostKind>::from_fn(|k| k.index() as u32 * 10);
        w[HostKind::Throw] = 7;
        let json = serde_json::to_string(&w).unwrap();
        assert_eq!(json, r#"{"call_export":0,"throw":7,"throw_exn":20,"try":30,"terminate":40,"reinit":50,"invoke":60}"#);
        assert_eq!(serde_json::from_str::<Weights<HostKind>>(&json).unwrap(), w);
        let partial: Weights<HostKind> = serde_json::from_str(r#"{"try":5}"#).unwrap();
        assert_eq!(partial.iter().map(|(_, v)| *v).collect::<Vec<_>>(), [0, 0, 0, 5, 0, 0, 0]);
        let e = serde_json::from_str::<Weights<HostKind>>(r#"{"tri":5}"#).unwrap_err();
        assert!(e.to_string().contains("tri"), "{e}");
        assert_eq!(format!("{w:?}"), r#"{"call_export": 0, "throw": 7, "throw_exn": 20, "try": 30, "terminate": 40, "reinit": 50, "invoke": 60}"#);
    }
}
