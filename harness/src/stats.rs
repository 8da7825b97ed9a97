//! What the generator produces, so blind spots are visible: step kinds, abort
//! kinds (generated and actually executed), Wasm→host→Wasm reentrancy depth,
//! driver outcomes, encodings.

use crate::compile::Encoding;
use crate::program::gen::{DRIVER_KINDS, HOST_KINDS, WASM_KINDS};
use crate::program::*;
use crate::trace::{AbortCause, Event, Failure, Outcome, Trace};
use std::collections::BTreeMap;
use std::fmt::{self, Write};

#[derive(Clone, Debug, Default)]
pub struct GenStats {
    pub programs: u64,
    pub steps: u64,
    pub events: u64,
    pub wasm_kinds: BTreeMap<&'static str, u64>,
    pub host_kinds: BTreeMap<&'static str, u64>,
    pub driver_kinds: BTreeMap<&'static str, u64>,
    /// Abort steps in programs, by kind.
    pub aborts_generated: BTreeMap<&'static str, u64>,
    /// Abort events in model traces, by cause (what actually ran).
    pub aborts_executed: BTreeMap<&'static str, u64>,
    /// Deepest Wasm→host→Wasm chain a driver call can reach → programs.
    pub reentrancy_depth: BTreeMap<u32, u64>,
    pub outcomes: BTreeMap<&'static str, u64>,
    pub encodings: BTreeMap<&'static str, u64>,
}

impl GenStats {
    /// Account one program and its model trace, run in `encodings`.
    pub fn add(&mut self, p: &Program, trace: &Trace, encodings: &[Encoding]) {
        self.programs += 1;
        self.steps += p.size() as u64;
        self.events += trace.0.len() as u64;
        for e in &p.exports {
            visit_wasm(&e.body, &mut |s| {
                *self.wasm_kinds.entry(wasm_kind(s)).or_default() += 1;
                if let WasmStep::Guard { drop: DropBehavior::Panics(_), .. } = s {
                    *self.wasm_kinds.entry("guard_panics").or_default() += 1;
                }
                if let WasmStep::Abort(k) = s {
                    *self.aborts_generated.entry(k.name()).or_default() += 1;
                }
            });
        }
        for h in &p.imports {
            visit_host(&h.body, &mut |s| *self.host_kinds.entry(host_kind(s)).or_default() += 1);
        }
        for s in &p.driver {
            *self.driver_kinds.entry(driver_kind(s)).or_default() += 1;
        }
        *self.reentrancy_depth.entry(reentrancy_depth(p)).or_default() += 1;
        for e in &trace.0 {
            match e {
                Event::Abort { cause, .. } => *self.aborts_executed.entry(cause_name(*cause)).or_default() += 1,
                Event::Outcome { outcome, .. } => *self.outcomes.entry(outcome_kind(outcome)).or_default() += 1,
                _ => {}
            }
        }
        for enc in encodings {
            *self.encodings.entry(enc.name()).or_default() += 1;
        }
    }

    /// Step and abort kinds that never appeared.
    pub fn missing(&self) -> Vec<String> {
        let mut out = Vec::new();
        let check = |names: &[&'static str], map: &BTreeMap<&'static str, u64>, what: &str, out: &mut Vec<String>| {
            for n in names {
                if map.get(n).copied().unwrap_or(0) == 0 {
                    out.push(format!("{what} {n}"));
                }
            }
        };
        check(&WASM_KINDS, &self.wasm_kinds, "wasm step", &mut out);
        check(&["guard_panics"], &self.wasm_kinds, "wasm step", &mut out);
        check(&HOST_KINDS, &self.host_kinds, "host step", &mut out);
        check(&DRIVER_KINDS, &self.driver_kinds, "driver step", &mut out);
        let aborts: Vec<&'static str> = AbortKind::ALL.iter().map(|k| k.name()).collect();
        check(&aborts, &self.aborts_generated, "abort kind (generated)", &mut out);
        check(&aborts, &self.aborts_executed, "abort kind (executed)", &mut out);
        check(&["panic_in_drop"], &self.aborts_executed, "abort kind (executed)", &mut out);
        out
    }
}

fn wasm_kind(s: &WasmStep) -> &'static str {
    match s {
        WasmStep::Guard { .. } => "guard",
        WasmStep::Scope(_) => "scope",
        WasmStep::CallImport(_) => "call_import",
        WasmStep::CallWasm(_) => "call_wasm",
        WasmStep::Panic(_) => "panic",
        WasmStep::CatchUnwind { .. } => "catch_unwind",
        WasmStep::Abort(_) => "abort",
        WasmStep::AddState(_) => "add_state",
        WasmStep::ScheduleReinit => "reinit",
    }
}

fn host_kind(s: &HostStep) -> &'static str {
    match s {
        HostStep::CallExport { .. } => "call_export",
        HostStep::Throw { .. } => "throw",
        HostStep::Try { .. } => "try",
        HostStep::Terminate => "terminate",
        HostStep::ScheduleReinit => "reinit",
    }
}

fn driver_kind(s: &DriverStep) -> &'static str {
    match s {
        DriverStep::Call { .. } => "call",
        DriverStep::Reset => "reset",
        DriverStep::NewHandle => "new_handle",
        DriverStep::CallHandle { .. } => "call_handle",
        DriverStep::ReadState => "read_state",
    }
}

fn cause_name(c: AbortCause) -> &'static str {
    c.name()
}

fn outcome_kind(o: &Outcome) -> &'static str {
    match o {
        Outcome::Value(_) => "ok",
        Outcome::Done => "done",
        Outcome::NoHandle => "no_handle",
        Outcome::Failed(Failure::Panic(_)) => "panic",
        Outcome::Failed(Failure::Foreign(_)) => "foreign",
        Outcome::Failed(Failure::Trap(_)) => "aborted",
        Outcome::Failed(Failure::Terminated) => "terminated",
        Outcome::Failed(Failure::Stale) => "stale",
        Outcome::Failed(Failure::ForeignCopy(_)) => "foreign_copy",
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
            DriverStep::Call { export } | DriverStep::CallHandle { export, .. } => Some(*export),
            _ => None,
        })
        .map(|e| depth(p, Node::Export(e), &mut memo))
        .max()
        .unwrap_or(0)
}

fn table(out: &mut String, title: &str, map: &BTreeMap<&'static str, u64>) {
    let total: u64 = map.values().sum::<u64>().max(1);
    let _ = writeln!(out, "{title}:");
    for (k, v) in map {
        let _ = writeln!(out, "  {k:<16} {v:>10}  {:>5.1}%", 100.0 * *v as f64 / total as f64);
    }
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
        table(&mut out, "wasm steps", &self.wasm_kinds);
        table(&mut out, "host steps", &self.host_kinds);
        table(&mut out, "driver steps", &self.driver_kinds);
        table(&mut out, "abort steps generated", &self.aborts_generated);
        table(&mut out, "aborts executed (model)", &self.aborts_executed);
        table(&mut out, "driver outcomes (model)", &self.outcomes);
        let _ = writeln!(out, "Wasm→host→Wasm reentrancy depth (host frames):");
        for (d, c) in &self.reentrancy_depth {
            let _ = writeln!(out, "  {d:<16} {c:>10}  {:>5.1}%", 100.0 * *c as f64 / n);
        }
        table(&mut out, "encodings run", &self.encodings);
        let missing = self.missing();
        if missing.is_empty() {
            let _ = writeln!(out, "every step kind and abort kind appeared");
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
        let mut s = GenStats::default();
        for i in 0..3000 {
            let p = case_program(4, i, &GenConfig::default());
            let t = crate::model::run(&p).unwrap();
            s.add(&p, &t, &Encoding::ALL);
        }
        assert!(s.missing().is_empty(), "{s}");
        assert!(s.reentrancy_depth.keys().any(|d| *d >= 3), "{s}");
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
