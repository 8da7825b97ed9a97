//! The oracle's properties (DESIGN.md §2), one module each. Properties 1, 3
//! and 4 can be checked on a single trace; 2, 5 and 6 need the expected trace
//! and are judged from the first divergence in `super::explain`.

pub mod destructors;
pub mod hook;
pub mod nothing_after_abort;

use crate::trace::Event;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Property {
    /// Property 1: every guard constructed is dropped exactly once, LIFO,
    /// unless an abort happened while it was live.
    Destructors,
    /// Property 2: a call ending in `PanicError` leaves the instance usable
    /// and the next calls see the predicted state.
    ValidityAfterPanic,
    /// Property 3: after an abort in epoch E no Wasm event of E occurs and
    /// every later call into E fails as terminated until a reset.
    NothingAfterAbort,
    /// Property 4: the abort hook fires exactly once per abort, never for
    /// panics or foreign exceptions.
    Hook,
    /// Property 5: panics surface as `PanicError`, foreign exceptions as
    /// themselves, aborts as aborts.
    Classification,
    /// Property 6: all engines and both encodings produce the same trace.
    Agreement,
}

impl Property {
    pub const ALL: [Property; 6] = [
        Property::Destructors,
        Property::ValidityAfterPanic,
        Property::NothingAfterAbort,
        Property::Hook,
        Property::Classification,
        Property::Agreement,
    ];

    pub fn number(self) -> u8 {
        Property::ALL.iter().position(|p| *p == self).unwrap() as u8 + 1
    }

    pub fn name(self) -> &'static str {
        match self {
            Property::Destructors => "destructors",
            Property::ValidityAfterPanic => "validity-after-panic",
            Property::NothingAfterAbort => "nothing-after-abort",
            Property::Hook => "hook",
            Property::Classification => "classification",
            Property::Agreement => "agreement",
        }
    }

    pub fn from_name(s: &str) -> Option<Property> {
        Property::ALL.into_iter().find(|p| p.name() == s)
    }
}

impl fmt::Display for Property {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.number(), self.name())
    }
}

/// A property broken at one event of a trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    pub property: Property,
    /// Index of the offending event (or the trace length for "missing at end").
    pub at: usize,
    pub message: String,
}

/// The epoch an event marks as aborted: an abort, the host writing the
/// flag, or the hook firing for the epoch.
fn abort_marker(e: &Event) -> Option<i32> {
    match *e {
        Event::Abort { epoch, .. } | Event::Terminate { epoch } | Event::Hook { epoch } => Some(epoch),
        _ => None,
    }
}

/// All single-trace checks, earliest violation first.
pub fn intrinsic(trace: &[Event]) -> Option<Violation> {
    [nothing_after_abort::check(trace), hook::check(trace), destructors::check(trace)]
        .into_iter()
        .flatten()
        .min_by_key(|v| v.at)
}
