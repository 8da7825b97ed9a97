//! What the generator produces, so blind spots are visible: step kinds, abort
//! kinds (generated and actually executed), exception tags, Wasm→host→Wasm
//! reentrancy depth, driver outcomes, encodings, and how often each path of
//! the protocol's wrappers and glue ran (counted by the model:
//! [`crate::coverage`]); a path never taken is a gap.

use crate::compile::Encoding;
use crate::coverage::{Coverage, ProtocolPath};
use crate::model::Profile;
use crate::program::kinds::{Kind, PerKind};
use crate::program::*;
use crate::trace::{AbortCause, Event, Failure, Outcome, Trace};
use std::collections::BTreeMap;
use std::fmt::{self, Write};

#[derive(Clone, Debug, Default)]
pub struct GenStats {
    pub programs: u64,
    pub steps: u64,
    pub events: u64,
    pub wasm_kinds: PerKind<WasmKind, u64>,
    /// Guards whose destructor panics (counted among `wasm_kinds[Guard]` too).
    pub panicking_guards: u64,
    pub host_kinds: PerKind<HostKind, u64>,
    pub driver_kinds: PerKind<DriverKind, u64>,
    /// Host `throw`s of Wasm exceptions, by tag.
    pub exn_tags: PerKind<ExnTag, u64>,
    /// Host `try`s that rethrow raw.
    pub catch_raw: u64,
    /// `memory` and `high` events in model traces (grows and high-cell
    /// updates that ran).
    pub memory_events: u64,
    pub high_events: u64,
    /// Protocol paths the model took.
    pub paths: Coverage,
    /// What the generator was configured never to make (a weight of 0, e.g.
    /// by a lane fact): not a gap ([`GenStats::off_in`]).
    pub off: Vec<String>,
    /// Abort steps in programs, by kind.
    pub aborts_generated: PerKind<AbortKind, u64>,
    /// Abort events in model traces caused by an abort step, by kind (what
    /// actually ran).
    pub aborts_executed: PerKind<AbortKind, u64>,
    /// Abort events in model traces caused by a destructor panicking while
    /// unwinding.
    pub panics_in_drop: u64,
    /// Abort events in model traces caused by a panic reaching the edge of
    /// an aborting closure.
    pub panics_in_aborting_closures: u64,
    /// Abort events in model traces caused by a panic under panic=abort.
    pub panic_aborts: u64,
    /// Deepest Wasm→host→Wasm chain a driver call can reach → programs.
    pub reentrancy_depth: BTreeMap<u32, u64>,
    pub outcomes: BTreeMap<&'static str, u64>,
    /// Async exports in programs (issue 13; on the JSPI lane, spawns of its
    /// jspi export), and the tasks that started in model traces.
    pub async_exports: u64,
    pub tasks_started: u64,
    /// How tasks' promises settled in model traces, and the promises the
    /// driver's end resolved.
    pub task_outcomes: BTreeMap<&'static str, u64>,
    pub end_resolves: u64,
    /// Closures by constructor and by edge: made by steps in programs
    /// (`make_closure`, a `call_with_closure` argument), and made in model
    /// traces (what ran).
    pub closure_ctors: PerKind<ClosureCtor, (u64, u64)>,
    pub closure_edges: PerKind<ClosureEdge, (u64, u64)>,
    /// `catch` import calls in programs: returning `Err`, and `panic_any`ing
    /// the JS value; in model traces, each of the two that ran.
    pub catch_imports: (u64, u64),
    pub import_errs: u64,
    pub panic_values: u64,
    pub encodings: BTreeMap<&'static str, u64>,
}

impl GenStats {
    /// Account one program, run in `encodings`, and the model's trace of it
    /// under `profile` (the lane's: `guest::profile::for_lane`) with the
    /// protocol paths it took.
    pub fn add(&mut self, p: &Program, profile: Profile, encodings: &[Encoding]) {
        let Ok((trace, paths)) = crate::model::run_counting(p, profile) else { return };
        self.add_trace(p, &trace, encodings);
        self.paths.add(&paths);
    }

    fn add_trace(&mut self, p: &Program, trace: &Trace, encodings: &[Encoding]) {
        self.programs += 1;
        self.steps += p.size() as u64;
        self.events += trace.0.len() as u64;
        for e in &p.exports {
            self.async_exports += e.is_async as u64;
            visit_wasm(&e.body, &mut |s| {
                self.wasm_kinds[WasmKind::of(s)] += 1;
                let made = |kind: ClosureKind, stats: &mut Self| {
                    stats.closure_ctors[kind.ctor].0 += 1;
                    stats.closure_edges[kind.edge].0 += 1;
                };
                match s {
                    WasmStep::Guard { drop: DropBehavior::Panics(_), .. } => self.panicking_guards += 1,
                    WasmStep::Abort(k) => self.aborts_generated[*k] += 1,
                    WasmStep::MakeClosure { kind, .. } => made(*kind, self),
                    WasmStep::CallWithClosure { mutable, .. } => made(ClosureKind::argument(*mutable), self),
                    WasmStep::CatchImport { panic: false, .. } => self.catch_imports.0 += 1,
                    WasmStep::CatchImport { panic: true, .. } => self.catch_imports.1 += 1,
                    _ => {}
                }
            });
        }
        for h in &p.imports {
            visit_host(&h.body, &mut |s| {
                self.host_kinds[HostKind::of(s)] += 1;
                match s {
                    HostStep::ThrowExn { tag, .. } => self.exn_tags[*tag] += 1,
                    HostStep::Try { on_catch: OnCatch::RethrowRaw, .. } => self.catch_raw += 1,
                    _ => {}
                }
            });
        }
        for s in &p.driver {
            self.driver_kinds[DriverKind::of(s)] += 1;
        }
        *self.reentrancy_depth.entry(reentrancy_depth(p)).or_default() += 1;
        for e in &trace.0 {
            match e {
                Event::Abort { cause: AbortCause::Step(k), .. } => self.aborts_executed[*k] += 1,
                Event::Abort { cause: AbortCause::PanicInDrop, .. } => self.panics_in_drop += 1,
                Event::Abort { cause: AbortCause::PanicInAbortingClosure, .. } => self.panics_in_aborting_closures += 1,
                Event::Abort { cause: AbortCause::Panic, .. } => self.panic_aborts += 1,
                Event::Outcome { outcome, .. } => *self.outcomes.entry(outcome_kind(outcome)).or_default() += 1,
                Event::TaskSettled { outcome, .. } => *self.task_outcomes.entry(outcome_kind(outcome)).or_default() += 1,
                Event::TaskStart { .. } => self.tasks_started += 1,
                Event::EndResolve { .. } => self.end_resolves += 1,
                Event::Memory { .. } => self.memory_events += 1,
                Event::High { .. } => self.high_events += 1,
                Event::ClosureNew { kind, .. } => {
                    self.closure_ctors[kind.ctor].1 += 1;
                    self.closure_edges[kind.edge].1 += 1;
                }
                Event::ImportErr { .. } => self.import_errs += 1,
                Event::PanicValue { .. } => self.panic_values += 1,
                _ => {}
            }
        }
        for enc in encodings {
            *self.encodings.entry(enc.name()).or_default() += 1;
        }
    }

    /// Record what `cfg` never generates (kinds weighing 0) and what the
    /// model under `profile` never does (under panic=abort nothing unwinds:
    /// no panic reaches a boundary or a `catch_unwind`), so that
    /// [`GenStats::missing`] does not call it a gap.
    pub fn off_in(&mut self, cfg: &crate::program::gen::GenConfig, profile: &Profile) {
        fn zero<K: Kind>(w: &crate::program::kinds::Weights<K>, what: &str, out: &mut Vec<String>) {
            out.extend(w.iter().filter(|(_, w)| **w == 0).map(|(k, _)| format!("{what} {}", k.name())));
        }
        self.off.clear();
        zero(&cfg.wasm_weights, "wasm step", &mut self.off);
        zero(&cfg.host_weights, "host step", &mut self.off);
        zero(&cfg.driver_weights, "driver step", &mut self.off);
        zero(&cfg.abort_weights, "abort kind (generated)", &mut self.off);
        zero(&cfg.exn_tag_weights, "exception tag", &mut self.off);
        // `OnCatch::RethrowRaw` is the last of `on_catch_weights`.
        if cfg.on_catch_weights.last() == Some(&0) {
            self.off.push("host catch raw".into());
        }
        if cfg.async_export_permille == 0 {
            self.off.extend(ASYNC_ONLY.iter().map(|s| s.to_string()));
            self.off.extend(TASK_OUTCOMES.iter().map(|(_, what)| format!("task outcome: {what}")));
            let resumption = crate::coverage::ProtocolPath::ALL.into_iter().filter(|p| p.tasks_only());
            self.off.extend(resumption.map(|p| format!("protocol path {}: {}", p.function(), p.name())));
        }
        if cfg.closure_permille == 0 {
            self.off.extend(CLOSURE_ONLY.iter().map(|s| s.to_string()));
            let made = ClosureCtor::ALL.into_iter().filter(|c| !matches!(c, ClosureCtor::Ref | ClosureCtor::RefMut));
            self.off.extend(made.map(|c| format!("closure constructor {}", c.name())));
            let edges = ClosureEdge::ALL.into_iter().filter(|e| *e != ClosureEdge::Unwinding);
            self.off.extend(edges.map(|e| format!("closure edge {}", e.name())));
        }
        if cfg.wasm_weights[crate::program::WasmKind::CallWithClosure] == 0 {
            self.off.extend(["closure constructor ref".to_string(), "closure constructor ref_mut".to_string()]);
            if cfg.closure_permille == 0 {
                self.off.push(format!("closure edge {}", ClosureEdge::Unwinding.name()));
            }
        }
        if cfg.wasm_weights[crate::program::WasmKind::CatchImport] == 0 {
            self.off.extend(["catch import returning Err".to_string(), "catch import panic_any".to_string()]);
        } else if cfg.catch_panic_permille == 0 {
            self.off.push("catch import panic_any".into());
        }
        // No imports (the workers-rs lane): no host step runs, so no host
        // exception is thrown, caught or reaches a wrapper or a boundary.
        if cfg.max_imports == 0 {
            self.off.extend(cfg.host_weights.iter().map(|(k, _)| format!("host step {}", k.name())));
            self.off.extend(cfg.exn_tag_weights.iter().map(|(k, _)| format!("exception tag {}", k.name())));
            self.off.push("host catch raw".into());
            let host = ProtocolPath::ALL
                .into_iter()
                .filter(|p| ["import wrapper", "catch wrapper"].contains(&p.function()) || *p == ProtocolPath::BoundaryOther);
            self.off.extend(host.map(|p| format!("protocol path {}: {}", p.function(), p.name())));
        }
        // No closure reaches JS: neither made (make_closure) nor lent to an
        // import (call_with_closure).
        if cfg.closure_permille == 0 && cfg.wasm_weights[crate::program::WasmKind::CallWithClosure] == 0 {
            let entries = ProtocolPath::ALL.into_iter().filter(|p| p.function() == "closure entry");
            self.off.extend(entries.map(|p| format!("protocol path {}: {}", p.function(), p.name())));
        }
        if cfg.wasm_weights[crate::program::WasmKind::Grow] == 0 {
            self.off.extend(["grow that succeeded".into(), "add_high in grown memory".into()]);
        }
        // Every abort schedules a reinit (workers-rs, W1): nothing is refused
        // as terminated.
        if profile.abort_hook_schedules_reinit {
            self.off.push("task outcome: a task refused at its resumption".into());
        }
        let paths = ProtocolPath::ALL.into_iter().filter(|p| !possible(*p, profile));
        self.off.extend(paths.map(|p| format!("protocol path {}: {}", p.function(), p.name())));
        let cause = |c: AbortCause| format!("abort kind (executed) {}", c.name());
        if profile.panic_abort {
            self.off.extend([cause(AbortCause::PanicInDrop), cause(AbortCause::PanicInAbortingClosure)]);
            // A rejection reaching the await's import wrapper aborts there.
            self.off.extend(["task outcome: a task that panicked".into(), "task outcome: a task rejected with a foreign value".into()]);
        } else {
            self.off.push(cause(AbortCause::Panic));
        }
        if profile.aborting_closure_unwinds && !profile.panic_abort {
            self.off.push(cause(AbortCause::PanicInAbortingClosure));
        }
        let mut seen = std::collections::HashSet::new();
        self.off.retain(|m| seen.insert(m.clone()));
    }

    /// Step and abort kinds, exception tags and protocol paths that never
    /// appeared (except what the configuration leaves out: `off`).
    pub fn missing(&self) -> Vec<String> {
        let mut out = self.seen_nowhere();
        out.retain(|m| !self.off.contains(m));
        out
    }

    fn seen_nowhere(&self) -> Vec<String> {
        fn unseen<K: Kind>(counts: &PerKind<K, u64>, what: &str, out: &mut Vec<String>) {
            out.extend(counts.iter().filter(|(_, n)| **n == 0).map(|(k, _)| format!("{what} {}", k.name())));
        }
        let mut out = Vec::new();
        unseen(&self.wasm_kinds, "wasm step", &mut out);
        if self.panicking_guards == 0 {
            out.push("wasm step guard_panics".into());
        }
        unseen(&self.host_kinds, "host step", &mut out);
        unseen(&self.exn_tags, "exception tag", &mut out);
        if self.catch_raw == 0 {
            out.push("host catch raw".into());
        }
        unseen(&self.driver_kinds, "driver step", &mut out);
        unseen(&self.aborts_generated, "abort kind (generated)", &mut out);
        unseen(&self.aborts_executed, "abort kind (executed)", &mut out);
        if self.panics_in_drop == 0 {
            out.push(format!("abort kind (executed) {}", AbortCause::PanicInDrop.name()));
        }
        if self.panics_in_aborting_closures == 0 {
            out.push(format!("abort kind (executed) {}", AbortCause::PanicInAbortingClosure.name()));
        }
        if self.panic_aborts == 0 {
            out.push(format!("abort kind (executed) {}", AbortCause::Panic.name()));
        }
        if self.memory_events == 0 {
            out.push("grow that succeeded".into());
        }
        if self.high_events == 0 {
            out.push("add_high in grown memory".into());
        }
        if self.async_exports == 0 {
            out.push("async export".into());
        }
        if self.tasks_started == 0 {
            out.push("task started".into());
        }
        for (kind, what) in TASK_OUTCOMES {
            if !self.task_outcomes.contains_key(kind) {
                out.push(format!("task outcome: {what}"));
            }
        }
        // Each constructor and edge made by a step and made where it ran.
        let unmade = |(made, ran): &(u64, u64)| *made == 0 || *ran == 0;
        out.extend(self.closure_ctors.iter().filter(|(_, n)| unmade(n)).map(|(c, _)| format!("closure constructor {}", c.name())));
        out.extend(self.closure_edges.iter().filter(|(_, n)| unmade(n)).map(|(e, _)| format!("closure edge {}", e.name())));
        if self.catch_imports.0 == 0 || self.import_errs == 0 {
            out.push("catch import returning Err".into());
        }
        if self.catch_imports.1 == 0 || self.panic_values == 0 {
            out.push("catch import panic_any".into());
        }
        out.extend(self.paths.gaps().into_iter().map(|p| format!("protocol path {}: {}", p.function(), p.name())));
        out
    }
}

/// What the generator makes for `lane` (its lane facts honoured) and what
/// the model under the lane's profile does with it: programs `0..` of
/// `seed` until `until` or `cases` programs.
pub fn of_lane(lane: crate::guest::Lane, seed: u64, until: std::time::Instant, cases: Option<u64>) -> GenStats {
    let cfg = lane.gen_config(crate::program::gen::GenConfig::default());
    let profile = crate::guest::profile::for_lane(lane, Encoding::Exnref);
    let mut s = GenStats::default();
    s.off_in(&cfg, &profile);
    let mut i = 0;
    while std::time::Instant::now() < until && cases.is_none_or(|c| i < c) {
        s.add(&crate::program::gen::case_program(seed, i, &cfg), profile, lane.encodings());
        i += 1;
    }
    s
}

/// Whether the model can take a protocol path at all under `profile`.
/// Under panic=abort every exception reaching an import wrapper of a live
/// instance is an abort there, so nothing leaves it rethrown and nothing
/// recoverable reaches a boundary; only wasm-bindgen's critical error (P7)
/// carries an exception on to the boundary.
fn possible(path: ProtocolPath, profile: &Profile) -> bool {
    use ProtocolPath::*;
    match path {
        ImportAbort => profile.panic_abort,
        GuardTerminated | ResumeTerminated => !profile.abort_hook_schedules_reinit,
        // A JSPI resumption checks no epoch (profile J1).
        ResumeStale => !profile.resumption_unguarded,
        ImportJsTag | ImportOther | BoundaryWrapped => !profile.panic_abort,
        BoundaryOther => !profile.panic_abort || profile.host_exception_unwinds_to_the_glue,
        _ => true,
    }
}

/// What only programs with tasks have (besides the task outcomes and the
/// resumption entry's paths), by the names `missing` gives them.
const ASYNC_ONLY: [&str; 6] = ["async export", "task started", "wasm step await", "driver step spawn", "driver step resolve", "driver step reject"];

/// What only programs with closures have, by the names `missing` gives them.
const CLOSURE_ONLY: [&str; 4] = [
    "wasm step make_closure",
    "host step invoke",
    "driver step invoke",
    "abort kind (executed) panic_in_aborting_closure",
];

/// The task outcomes `missing` looks for: `outcome_kind` name, and words.
const TASK_OUTCOMES: [(&str, &str); 5] = [
    ("ok", "a task that returned"),
    ("panic", "a task that panicked"),
    ("foreign", "a task rejected with a foreign value"),
    ("aborted", "a task that aborted"),
    ("terminated", "a task refused at its resumption"),
];

fn outcome_kind(o: &Outcome) -> &'static str {
    match o {
        Outcome::Value(_) => "ok",
        Outcome::Done => "done",
        Outcome::NoHandle => "no_handle",
        Outcome::Task(_) => "task",
        Outcome::NotAwaiting => "not_awaiting",
        Outcome::NoClosure => "no_closure",
        Outcome::Failed(Failure::Panic(_)) => "panic",
        Outcome::Failed(Failure::Foreign(_)) => "foreign",
        Outcome::Failed(Failure::Trap(_)) => "aborted",
        Outcome::Failed(Failure::Terminated) => "terminated",
        Outcome::Failed(Failure::Stale) => "stale",
        Outcome::Failed(Failure::ForeignCopy(_)) => "foreign_copy",
        Outcome::Failed(Failure::WasmPanic(_)) => "wasm_panic",
        Outcome::Failed(Failure::ForeignPanic(_)) => "foreign_panic",
        Outcome::Failed(Failure::UnknownTag(_)) => "unknown_tag",
        Outcome::Failed(Failure::Critical(_)) => "critical",
        Outcome::Failed(Failure::Dropped) => "dropped",
        Outcome::Failed(Failure::CalledTwice) => "called_twice",
    }
}

/// The most host frames a driver call can have on the stack at once: the
/// longest export→import→export chain (direct Wasm calls add no host frame).
pub fn reentrancy_depth(p: &Program) -> u32 {
    fn depth(p: &Program, n: Node, memo: &mut BTreeMap<Node, u32>) -> u32 {
        if let Some(&d) = memo.get(&n) {
            return d;
        }
        let below = p.callees(n).into_iter().map(|c| depth(p, c, memo)).max().unwrap_or(0);
        let d = below + matches!(n, Node::Import(_)) as u32;
        memo.insert(n, d);
        d
    }
    let mut memo = BTreeMap::new();
    p.driver
        .iter()
        .filter_map(|s| match s {
            DriverStep::Call { export } | DriverStep::CallHandle { export, .. } | DriverStep::Spawn { export } => {
                Some(*export)
            }
            _ => None,
        })
        .map(|e| depth(p, Node::Export(e), &mut memo))
        .max()
        .unwrap_or(0)
}

fn table<'a>(out: &mut String, title: &str, rows: impl IntoIterator<Item = (&'a str, u64)>) {
    let rows: Vec<_> = rows.into_iter().collect();
    let total: u64 = rows.iter().map(|(_, v)| v).sum::<u64>().max(1);
    let _ = writeln!(out, "{title}:");
    for (k, v) in rows {
        let _ = writeln!(out, "  {k:<16} {v:>10}  {:>5.1}%", 100.0 * v as f64 / total as f64);
    }
}

/// Rows of a per-kind count, every kind (also unseen ones) in `ALL` order.
fn kind_rows<K: Kind>(counts: &PerKind<K, u64>) -> impl Iterator<Item = (&'static str, u64)> + '_ {
    counts.iter().map(|(k, v)| (k.name(), *v))
}

fn map_rows<'a>(map: &'a BTreeMap<&'static str, u64>) -> impl Iterator<Item = (&'static str, u64)> + 'a {
    map.iter().map(|(k, v)| (*k, *v))
}

impl fmt::Display for GenStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        let n = self.programs.max(1) as f64;
        let _ = writeln!(
            out,
            "{} programs, {:.1} steps and {:.1} model events per program",
            self.programs,
            self.steps as f64 / n,
            self.events as f64 / n
        );
        table(&mut out, "wasm steps", kind_rows(&self.wasm_kinds));
        let guards = self.wasm_kinds[WasmKind::Guard].max(1) as f64;
        let _ = writeln!(
            out,
            "  {:<16} {:>10}  {:>5.1}% of guards",
            "guard_panics",
            self.panicking_guards,
            100.0 * self.panicking_guards as f64 / guards
        );
        table(&mut out, "host steps", kind_rows(&self.host_kinds));
        table(&mut out, "exception tags thrown", kind_rows(&self.exn_tags));
        let _ = writeln!(out, "  {:<16} {:>10}", "catch raw", self.catch_raw);
        table(&mut out, "driver steps", kind_rows(&self.driver_kinds));
        table(&mut out, "abort steps generated", kind_rows(&self.aborts_generated));
        let in_drop = (AbortCause::PanicInDrop.name(), self.panics_in_drop);
        let in_closure = (AbortCause::PanicInAbortingClosure.name(), self.panics_in_aborting_closures);
        let panic = (AbortCause::Panic.name(), self.panic_aborts);
        table(&mut out, "aborts executed (model)", kind_rows(&self.aborts_executed).chain([in_drop, in_closure, panic]));
        table(&mut out, "driver outcomes (model)", map_rows(&self.outcomes));
        let _ = writeln!(out, "  {:<16} {:>10}", "async exports", self.async_exports);
        let _ = writeln!(out, "  {:<16} {:>10}", "tasks started", self.tasks_started);
        table(&mut out, "task outcomes (model)", map_rows(&self.task_outcomes));
        let _ = writeln!(out, "  {:<16} {:>10}", "end resolves", self.end_resolves);
        table(&mut out, "memory (model)", [("grown", self.memory_events), ("high cell", self.high_events)]);
        let _ = writeln!(out, "closures made (in programs / in model traces):");
        for (c, (made, ran)) in self.closure_ctors.iter() {
            let _ = writeln!(out, "  {:<16} {made:>10} {ran:>10}", c.name());
        }
        for (e, (made, ran)) in self.closure_edges.iter() {
            let _ = writeln!(out, "  {:<16} {made:>10} {ran:>10}", e.name());
        }
        let _ = writeln!(out, "catch imports (in programs / in model traces):");
        let _ = writeln!(out, "  {:<16} {:>10} {:>10}", "Err returned", self.catch_imports.0, self.import_errs);
        let _ = writeln!(out, "  {:<16} {:>10} {:>10}", "panic_any", self.catch_imports.1, self.panic_values);
        let _ = write!(out, "protocol paths taken (model):\n{}", self.paths);
        let _ = writeln!(out, "Wasm→host→Wasm reentrancy depth (host frames):");
        for (d, c) in &self.reentrancy_depth {
            let _ = writeln!(out, "  {d:<16} {c:>10}  {:>5.1}%", 100.0 * *c as f64 / n);
        }
        table(&mut out, "encodings run", map_rows(&self.encodings));
        if !self.off.is_empty() {
            let _ = writeln!(out, "not generated, or never on this lane (a weight of 0; the lane's panic strategy or profile): {}", self.off.join(", "));
        }
        let missing = self.missing();
        if missing.is_empty() {
            let _ = writeln!(out, "every step kind, abort kind, exception tag and protocol path appeared");
        } else {
            let _ = writeln!(out, "NEVER SEEN: {}", missing.join(", "));
        }
        f.write_str(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::gen::{case_program, GenConfig};

    #[test]
    fn every_kind_appears_in_a_few_thousand_cases() {
        for profile in [Profile::default(), Profile { panic_abort: true, ..Profile::default() }] {
            let mut s = GenStats::default();
            s.off_in(&GenConfig::default(), &profile);
            for i in 0..3000 {
                s.add(&case_program(4, i, &GenConfig::default()), profile, &Encoding::ALL);
            }
            assert!(s.missing().is_empty(), "{s}");
            assert!(s.reentrancy_depth.keys().any(|d| *d >= 3), "{s}");
        }
    }

    #[test]
    fn what_the_configuration_leaves_out_is_no_gap() {
        let cfg = crate::guest::Lane::RUSTC.gen_config(GenConfig::default());
        let mut s = GenStats::default();
        s.off_in(&cfg, &Profile::default());
        for i in 0..3000 {
            s.add(&case_program(4, i, &cfg), Profile::default(), &Encoding::ALL);
        }
        assert_eq!(s.exn_tags[ExnTag::Panic], 0);
        assert!(s.missing().is_empty(), "{s}");
        assert!(s.to_string().contains("not generated, or never on this lane (a weight of 0; the lane's panic strategy or profile): exception tag panic"), "{s}");
    }

    /// The workers-rs lane runs no imports and no closures (lane facts):
    /// nothing only they reach (a catch wrapper, a closure's entry) is a gap.
    #[test]
    fn a_lane_without_imports_or_closures_expects_none_of_their_paths() {
        for lane in [crate::guest::Lane::RUSTC_WORKERS_RS, crate::guest::Lane::RUSTC_WORKERS_RS.with_panic(crate::guest::Panic::Abort)] {
            let cfg = lane.gen_config(GenConfig::default());
            let profile = crate::guest::profile::for_lane(lane, Encoding::Exnref);
            let mut s = GenStats::default();
            s.off_in(&cfg, &profile);
            for i in 0..3000 {
                s.add(&case_program(4, i, &cfg), profile, &Encoding::ALL);
            }
            assert_eq!(s.wasm_kinds[crate::program::WasmKind::CatchImport] + s.wasm_kinds[crate::program::WasmKind::CallWithClosure], 0, "{lane}");
            assert!(s.missing().is_empty(), "{lane}: {s}");
        }
    }

    #[test]
    fn reentrancy_depth_counts_host_frames() {
        let p = crate::text::parse(
            "export e0 { call h0 } export e1 { call h1 } export e2 { call e3 } export e3 {}
             import h0 { call e1 } import h1 { call e2 } driver { call e0 call e3 }",
        )
        .unwrap();
        assert_eq!(reentrancy_depth(&p), 2);
    }
}
