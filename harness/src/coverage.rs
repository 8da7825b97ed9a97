//! The paths of the protocol's wrapper and glue functions (DESIGN.md §1),
//! counted by the reference model as it predicts a trace
//! (`model::run_counting`), so `reentry stats` shows how often a
//! campaign takes each one and which it never takes (a gap).
//!
//! The model is the independent voter: a case that passes took, on every
//! engine, the paths the model took. The counts are what ran, not what the
//! generator meant to make.

use std::fmt;
use std::ops::{Index, IndexMut};

/// One path of one wrapper or glue function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProtocolPath {
    /// Import wrapper: the host returned normally, the flag unset.
    ImportReturn,
    /// Import wrapper: the host returned normally, the flag set: `unreachable`.
    ImportReturnTerminated,
    /// Import wrapper: a JS value arrived as `$jstag`, the flag unset: rethrown as `$wrapped`.
    ImportJsTag,
    /// Import wrapper: a JS value arrived as `$jstag`, the flag set: `unreachable`.
    ImportJsTagTerminated,
    /// Import wrapper: any other exception (a `WebAssembly.Exception`), the
    /// flag unset: rethrown unchanged.
    ImportOther,
    /// Import wrapper: any other exception, the flag set: `unreachable`.
    ImportOtherTerminated,
    /// Export boundary: an exception under `$wrapped` left the export: recoverable.
    BoundaryWrapped,
    /// Export boundary: an exception under any other tag left the export: an abort.
    BoundaryOther,
    /// Export boundary: a trap left the export: an abort.
    BoundaryTrap,
    /// Call guard: the instance is terminated and no reinit is scheduled: refused.
    GuardTerminated,
    /// Call guard: the instance is terminated and a reinit is scheduled: reset, then the call.
    GuardTerminatedReinit,
    /// Call guard: a reinit is scheduled on a live instance: reset, then the call.
    GuardReinit,
    /// After the call guard: a handle of an older epoch: refused as stale.
    GuardStale,
    /// Resumption entry (a task whose awaited promise settled): the
    /// instance is live and the task's own: resumed.
    Resume,
    /// Resumption entry: the call guard refused (the instance is
    /// terminated): the task fails as terminated, no Wasm runs.
    ResumeTerminated,
    /// Resumption entry: the task is of an older epoch: it fails as stale.
    ResumeStale,
    /// Import wrapper under panic=abort: any exception, the flag unset: an
    /// abort there (or, under wasm-bindgen's profile P7, a critical error).
    ImportAbort,
    /// Catch wrapper (a `catch` import): a JS value, the flag unset: `Err(v)`.
    CatchErr,
    /// Catch wrapper: a JS value, the flag set: `unreachable`.
    CatchErrTerminated,
    /// Closure entry, after the guard and the stale check: a closure Wasm
    /// dropped is refused.
    ClosureDropped,
    /// Closure entry: a once closure called again is refused.
    ClosureCalledTwice,
}

impl ProtocolPath {
    pub const ALL: [ProtocolPath; 21] = [
        ProtocolPath::ImportReturn,
        ProtocolPath::ImportReturnTerminated,
        ProtocolPath::ImportJsTag,
        ProtocolPath::ImportJsTagTerminated,
        ProtocolPath::ImportOther,
        ProtocolPath::ImportOtherTerminated,
        ProtocolPath::BoundaryWrapped,
        ProtocolPath::BoundaryOther,
        ProtocolPath::BoundaryTrap,
        ProtocolPath::GuardTerminated,
        ProtocolPath::GuardTerminatedReinit,
        ProtocolPath::GuardReinit,
        ProtocolPath::GuardStale,
        ProtocolPath::Resume,
        ProtocolPath::ResumeTerminated,
        ProtocolPath::ResumeStale,
        ProtocolPath::ImportAbort,
        ProtocolPath::CatchErr,
        ProtocolPath::CatchErrTerminated,
        ProtocolPath::ClosureDropped,
        ProtocolPath::ClosureCalledTwice,
    ];

    /// The function the path belongs to.
    pub fn function(self) -> &'static str {
        use ProtocolPath::*;
        match self {
            ImportReturn | ImportReturnTerminated | ImportJsTag | ImportJsTagTerminated | ImportOther
            | ImportOtherTerminated | ImportAbort => "import wrapper",
            BoundaryWrapped | BoundaryOther | BoundaryTrap => "export boundary",
            GuardTerminated | GuardTerminatedReinit | GuardReinit | GuardStale => "call guard",
            Resume | ResumeTerminated | ResumeStale => "resumption entry",
            CatchErr | CatchErrTerminated => "catch wrapper",
            ClosureDropped | ClosureCalledTwice => "closure entry",
        }
    }

    /// Whether only programs with tasks take the path.
    pub fn tasks_only(self) -> bool {
        self.function() == "resumption entry"
    }

    /// The path, within its function.
    pub fn name(self) -> &'static str {
        use ProtocolPath::*;
        match self {
            ImportReturn => "return",
            ImportReturnTerminated => "return, terminated",
            ImportJsTag => "$jstag",
            ImportJsTagTerminated => "$jstag, terminated",
            ImportOther => "other exception",
            ImportOtherTerminated => "other exception, terminated",
            BoundaryWrapped => "$wrapped",
            BoundaryOther => "other exception",
            BoundaryTrap => "trap",
            GuardTerminated => "terminated",
            GuardTerminatedReinit => "terminated, reinit",
            GuardReinit => "reinit",
            GuardStale => "stale handle",
            Resume => "resumed",
            ResumeTerminated => "terminated",
            ResumeStale => "stale task",
            ImportAbort => "exception, panic=abort",
            CatchErr => "JS value: Err",
            CatchErrTerminated => "JS value, terminated",
            ClosureDropped => "dropped",
            ClosureCalledTwice => "once, called twice",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// How often each [`ProtocolPath`] was taken.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage([u64; ProtocolPath::ALL.len()]);

impl Coverage {
    pub fn add(&mut self, other: &Coverage) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a += b;
        }
    }

    /// Every path with its count, in `ALL` order.
    pub fn iter(&self) -> impl Iterator<Item = (ProtocolPath, u64)> + '_ {
        ProtocolPath::ALL.into_iter().map(|p| (p, self[p]))
    }

    /// Paths never taken.
    pub fn gaps(&self) -> Vec<ProtocolPath> {
        self.iter().filter(|(_, n)| *n == 0).map(|(p, _)| p).collect()
    }
}

impl Index<ProtocolPath> for Coverage {
    type Output = u64;
    fn index(&self, p: ProtocolPath) -> &u64 {
        &self.0[p.index()]
    }
}

impl IndexMut<ProtocolPath> for Coverage {
    fn index_mut(&mut self, p: ProtocolPath) -> &mut u64 {
        &mut self.0[p.index()]
    }
}

/// A table: function, path, count; `GAP` where a path was never taken.
impl fmt::Display for Coverage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (p, n) in self.iter() {
            let mark = if n == 0 { "  GAP" } else { "" };
            writeln!(f, "  {:<16} {:<28} {n:>10}{mark}", p.function(), p.name())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_follow_all_and_gaps_are_shown() {
        for (i, p) in ProtocolPath::ALL.into_iter().enumerate() {
            assert_eq!(p.index(), i);
        }
        let mut c = Coverage::default();
        c[ProtocolPath::BoundaryTrap] = 3;
        assert_eq!(c.gaps().len(), ProtocolPath::ALL.len() - 1);
        let shown = c.to_string();
        assert!(shown.contains("export boundary  trap                                  3\n"), "{shown}");
        assert!(shown.contains("call guard       stale handle                          0  GAP\n"), "{shown}");
    }
}
