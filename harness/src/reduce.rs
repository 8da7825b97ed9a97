//! The minimizer: shrinks a failing program while a predicate ("the same
//! property still breaks on the same runs") holds. Greedy delta debugging
//! over the program tree: drop whole exports/imports, chunks of driver steps,
//! single steps at any depth, flatten scopes/`catch_unwind`/`try`, lower
//! payloads and make panicking destructors quiet, until nothing applies.
//! Every candidate is validated before it is tried.

use crate::program::visit::{self, Nested};
use crate::program::*;
use std::ops::ControlFlow;

/// How a reduction went.
#[derive(Clone, Debug)]
pub struct Reduction {
    pub program: Program,
    pub size_before: usize,
    pub size_after: usize,
    /// Candidates tried (predicate evaluations).
    pub tests: usize,
}

/// Shrink `program` while `still_fails` holds. `program` itself must fail.
pub fn reduce(program: &Program, max_tests: usize, mut still_fails: impl FnMut(&Program) -> bool) -> Reduction {
    let size_before = program.size();
    let mut best = program.clone();
    let mut tests = 0;
    'outer: loop {
        for candidate in candidates(&best) {
            if tests >= max_tests {
                break 'outer;
            }
            if candidate.validate().is_err() || weight(&candidate) >= weight(&best) {
                continue;
            }
            tests += 1;
            if still_fails(&candidate) {
                best = candidate;
                continue 'outer;
            }
        }
        break;
    }
    Reduction { size_after: best.size(), program: best, size_before, tests }
}

/// A total order that every accepted candidate strictly decreases, so the
/// loop terminates: size first, then how "interesting" values are.
fn weight(p: &Program) -> (usize, u64) {
    let mut v: u64 = p.state_init.unsigned_abs() as u64 + (p.memory.initial + p.memory.maximum) as u64;
    v += (p.hook == HookPolicy::Reinit) as u64;
    for e in &p.exports {
        visit_wasm(&e.body, &mut |s| v += s.value_weight());
    }
    for h in &p.imports {
        visit_host(&h.body, &mut |s| v += s.value_weight());
    }
    (p.size() + p.exports.len() + p.imports.len(), v)
}

/// What the reducer needs of a step type beyond its tree shape. The matches
/// are exhaustive, so a new step kind must say how it lowers.
trait Reducible: Nested + Clone {
    /// How many bodies of this step type `p` has (exports or imports).
    fn bodies(p: &Program) -> usize;
    fn body(p: &Program, i: usize) -> &[Self];
    fn body_mut(p: &mut Program, i: usize) -> &mut Vec<Self>;
    /// How "interesting" the step's values are; `lower` decreases it.
    fn value_weight(&self) -> u64;
    /// Make the step's values less interesting: halve a payload, make a
    /// panicking destructor quiet, ... `false` if there is nothing to lower.
    fn lower(&mut self) -> bool;
}

fn magnitude(x: i32) -> u64 {
    x.unsigned_abs() as u64 + 1
}

impl Reducible for WasmStep {
    fn bodies(p: &Program) -> usize {
        p.exports.len()
    }

    fn body(p: &Program, i: usize) -> &[Self] {
        &p.exports[i].body
    }

    fn body_mut(p: &mut Program, i: usize) -> &mut Vec<Self> {
        &mut p.exports[i].body
    }

    fn value_weight(&self) -> u64 {
        match self {
            WasmStep::Guard { drop: DropBehavior::Panics(x), .. } => magnitude(*x) + 1,
            WasmStep::Panic(x) | WasmStep::AddState(x) | WasmStep::AddHigh(x) => magnitude(*x),
            WasmStep::Grow(n) => *n as u64,
            WasmStep::Abort(k) => *k as u64,
            WasmStep::Guard { drop: DropBehavior::Quiet, .. }
            | WasmStep::Scope(_)
            | WasmStep::CallImport(_)
            | WasmStep::CallWasm(_)
            | WasmStep::CatchUnwind { .. }
            | WasmStep::ScheduleReinit => 0,
            WasmStep::Await => 0,
            // `Closure::new` is the smallest closure.
            WasmStep::MakeClosure { kind, .. } => (kind.ctor != ClosureCtor::Own) as u64 + (kind.edge != ClosureEdge::Unwinding) as u64,
            // A plain call is smaller than one with `catch` or a closure argument.
            WasmStep::CatchImport { panic: flag, .. } | WasmStep::CallWithClosure { mutable: flag, .. } => 1 + *flag as u64,
        }
    }

    fn lower(&mut self) -> bool {
        match self {
            WasmStep::Guard { drop: d @ DropBehavior::Panics(_), .. } => {
                *d = DropBehavior::Quiet;
                true
            }
            WasmStep::Panic(x) | WasmStep::AddState(x) | WasmStep::AddHigh(x) if *x != 0 => {
                *x /= 2;
                true
            }
            WasmStep::Grow(n) if *n > 1 => {
                *n = 1;
                true
            }
            WasmStep::Abort(k) if *k != AbortKind::Unreachable => {
                *k = AbortKind::Unreachable;
                true
            }
            WasmStep::MakeClosure { kind, .. } if kind.edge != ClosureEdge::Unwinding => {
                kind.edge = ClosureEdge::Unwinding;
                true
            }
            WasmStep::MakeClosure { kind, .. } if kind.ctor != ClosureCtor::Own => {
                kind.ctor = ClosureCtor::Own;
                true
            }
            WasmStep::CatchImport { panic: flag @ true, .. } | WasmStep::CallWithClosure { mutable: flag @ true, .. } => {
                *flag = false;
                true
            }
            WasmStep::CatchImport { import, .. } | WasmStep::CallWithClosure { import, .. } => {
                *self = WasmStep::CallImport(*import);
                true
            }
            WasmStep::Guard { drop: DropBehavior::Quiet, .. }
            | WasmStep::Panic(_)
            | WasmStep::AddState(_)
            | WasmStep::AddHigh(_)
            | WasmStep::Grow(_)
            | WasmStep::Abort(_)
            | WasmStep::Scope(_)
            | WasmStep::CallImport(_)
            | WasmStep::CallWasm(_)
            | WasmStep::CatchUnwind { .. }
            | WasmStep::ScheduleReinit
            | WasmStep::MakeClosure { .. }
            | WasmStep::Await => false,
        }
    }
}

impl Reducible for HostStep {
    fn bodies(p: &Program) -> usize {
        p.imports.len()
    }

    fn body(p: &Program, k: usize) -> &[Self] {
        &p.imports[k].body
    }

    fn body_mut(p: &mut Program, k: usize) -> &mut Vec<Self> {
        &mut p.imports[k].body
    }

    fn value_weight(&self) -> u64 {
        match self {
            HostStep::Throw { value } => magnitude(*value),
            // An exception weighs more than a plain value: lowering makes it one.
            HostStep::ThrowExn { value, .. } => magnitude(*value) + 1,
            HostStep::Try { on_catch: OnCatch::RethrowWrapped { value }, .. } => magnitude(*value) + 1,
            HostStep::Try { on_catch: OnCatch::RethrowRaw, .. } => 1,
            HostStep::Try { on_catch: OnCatch::Swallow | OnCatch::Rethrow, .. }
            | HostStep::CallExport { .. }
            | HostStep::Invoke { .. }
            | HostStep::Terminate
            | HostStep::ScheduleReinit => 0,
        }
    }

    fn lower(&mut self) -> bool {
        match self {
            HostStep::Throw { value } if *value != 0 => {
                *value /= 2;
                true
            }
            HostStep::Try { on_catch: on_catch @ (OnCatch::RethrowWrapped { .. } | OnCatch::RethrowRaw), .. } => {
                *on_catch = OnCatch::Rethrow;
                true
            }
            HostStep::ThrowExn { value, .. } => {
                *self = HostStep::Throw { value: *value };
                true
            }
            HostStep::Throw { .. }
            | HostStep::Try { .. }
            | HostStep::CallExport { .. }
            | HostStep::Invoke { .. }
            | HostStep::Terminate
            | HostStep::ScheduleReinit => false,
        }
    }
}

/// Candidate edits of `p`, biggest reductions first.
pub fn candidates(p: &Program) -> Vec<Program> {
    let mut out = Vec::new();
    for j in (0..p.exports.len()).rev() {
        if p.exports.len() > 1 {
            out.push(remove_export(p, j as u32));
        }
    }
    for k in (0..p.imports.len()).rev() {
        out.push(remove_import(p, k as u32));
    }
    // Driver: halves, quarters, ... then single steps.
    let n = p.driver.len();
    let mut chunk = n / 2;
    while chunk >= 1 {
        for start in (0..n).step_by(chunk) {
            let mut q = p.clone();
            q.driver = remove_driver_range(&p.driver, start, (start + chunk).min(n));
            out.push(q);
        }
        chunk /= 2;
    }
    // Async exports made synchronous (where they await nothing).
    for j in 0..p.exports.len() {
        if p.exports[j].is_async {
            out.push(make_sync(p, j as u32));
        }
    }
    // A rejection made a plain resolve.
    for (i, s) in p.driver.iter().enumerate() {
        if let DriverStep::Reject { task, .. } = *s {
            let mut q = p.clone();
            q.driver[i] = DriverStep::Resolve { task };
            out.push(q);
        }
    }
    // Steps at any depth: remove, then replace by a nested block.
    let structural = |blocks| [Op::Remove].into_iter().chain((0..blocks).map(Op::Inline));
    edits::<WasmStep>(p, &mut out, structural(WasmStep::MAX_NESTED));
    edits::<HostStep>(p, &mut out, structural(HostStep::MAX_NESTED));
    // Lower values.
    edits::<WasmStep>(p, &mut out, [Op::Lower]);
    edits::<HostStep>(p, &mut out, [Op::Lower]);
    let mut q = p.clone();
    q.hook = HookPolicy::Record;
    q.state_init = 0;
    q.memory = Memory { initial: 1, maximum: 1 };
    out.push(q);
    out
}

/// For each body of `p` (`bodies`), each op and each step in pre-order: the
/// program with that op applied to that step, where it applies.
fn edits<S: Reducible>(p: &Program, out: &mut Vec<Program>, ops: impl IntoIterator<Item = Op> + Clone) {
    for b in 0..S::bodies(p) {
        for op in ops.clone() {
            for target in 0..visit::count(S::body(p, b)) {
                let mut q = p.clone();
                if edit(S::body_mut(&mut q, b), target, op) {
                    out.push(q);
                }
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Remove,
    /// Replace a step by its `n`-th nested block: a scope, `catch_unwind` or
    /// `try` by its body (0), a `catch_unwind` by its handler (1).
    Inline(usize),
    /// [`Reducible::lower`].
    Lower,
}

/// Apply `op` to the `target`-th step of `body` in pre-order; whether it applied.
fn edit<S: Reducible>(body: &mut Vec<S>, target: usize, op: Op) -> bool {
    let mut to_go = target;
    let applied = visit::steps_mut(body, &mut |block, i| {
        if to_go > 0 {
            to_go -= 1;
            return ControlFlow::Continue(());
        }
        ControlFlow::Break(match op {
            Op::Remove => {
                block.remove(i);
                true
            }
            Op::Inline(n) => {
                let nested = block[i].nested_mut().nth(n).map(std::mem::take);
                let applied = nested.is_some();
                if let Some(nested) = nested {
                    block.splice(i..=i, nested);
                }
                applied
            }
            Op::Lower => block[i].lower(),
        })
    });
    applied == ControlFlow::Break(true)
}

/// Remove driver steps `start..end`, dropping handle and task uses whose
/// handle or task goes and renumbering the rest.
fn remove_driver_range(driver: &[DriverStep], start: usize, end: usize) -> Vec<DriverStep> {
    let mut out = Vec::new();
    let (mut handles, mut tasks) = (Renumber::default(), Renumber::default());
    for (i, s) in driver.iter().enumerate() {
        let removed = (start..end).contains(&i);
        match *s {
            DriverStep::NewHandle => out.extend(handles.make(removed).then_some(*s)),
            DriverStep::Spawn { .. } => out.extend(tasks.make(removed).then_some(*s)),
            DriverStep::CallHandle { handle, export } => {
                if let (false, Some(h)) = (removed, handles.get(handle)) {
                    out.push(DriverStep::CallHandle { handle: h, export });
                }
            }
            DriverStep::Resolve { task } => {
                if let (false, Some(t)) = (removed, tasks.get(task)) {
                    out.push(DriverStep::Resolve { task: t });
                }
            }
            DriverStep::Reject { task, value } => {
                if let (false, Some(t)) = (removed, tasks.get(task)) {
                    out.push(DriverStep::Reject { task: t, value });
                }
            }
            _ if !removed => out.push(*s),
            _ => {}
        }
    }
    out
}

/// The new numbers of handles (or tasks) as their making steps go or stay.
#[derive(Default)]
struct Renumber {
    map: Vec<Option<u32>>,
    next: u32,
}

impl Renumber {
    /// One more is made unless `removed`; whether it stays.
    fn make(&mut self, removed: bool) -> bool {
        self.map.push((!removed).then_some(self.next));
        self.next += !removed as u32;
        !removed
    }

    fn get(&self, old: u32) -> Option<u32> {
        self.map.get(old as usize).copied().flatten()
    }
}

/// Async export `j` made synchronous (valid only if its body awaits
/// nothing): its spawns become calls, and what settled its tasks goes.
fn make_sync(p: &Program, j: u32) -> Program {
    let mut q = p.clone();
    q.exports[j as usize].is_async = false;
    let spawns: Vec<usize> = p.driver.iter().enumerate().filter(|(_, s)| matches!(s, DriverStep::Spawn { .. })).map(|(i, _)| i).collect();
    let mut driver = p.driver.clone();
    // Each spawn of e<j> is removed with its task's uses, then put back as a call.
    for &i in spawns.iter().rev() {
        if driver[i] == (DriverStep::Spawn { export: j }) {
            let mut d = remove_driver_range(&driver, i, i + 1);
            d.insert(i, DriverStep::Call { export: j });
            driver = d;
        }
    }
    q.driver = driver;
    q
}

/// Drop export `j` and every step that calls it (an import call with a
/// closure over it keeps the call); renumber later exports.
fn remove_export(p: &Program, j: u32) -> Program {
    let mut q = p.clone();
    q.exports.remove(j as usize);
    let fix = |x: u32| if x > j { x - 1 } else { x };
    let _ = q.export_blocks_mut::<()>(|block| {
        block.retain(|s| !matches!(s, WasmStep::CallWasm(x) | WasmStep::MakeClosure { export: x, .. } if *x == j));
        for s in block.iter_mut() {
            if let WasmStep::CallWithClosure { import, export, .. } = *s {
                if export == j {
                    *s = WasmStep::CallImport(import);
                }
            }
        }
        for s in block {
            if let WasmStep::CallWasm(x) | WasmStep::MakeClosure { export: x, .. } | WasmStep::CallWithClosure { export: x, .. } = s {
                *x = fix(*x);
            }
        }
        ControlFlow::Continue(())
    });
    let _ = q.import_blocks_mut::<()>(|block| {
        block.retain(|s| !matches!(s, HostStep::CallExport { export } | HostStep::Invoke { export } if *export == j));
        for s in block {
            if let HostStep::CallExport { export } | HostStep::Invoke { export } = s {
                *export = fix(*export);
            }
        }
        ControlFlow::Continue(())
    });
    let calls: Vec<usize> = q
        .driver
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            matches!(s, DriverStep::Call { export } | DriverStep::CallHandle { export, .. } | DriverStep::Spawn { export } | DriverStep::Invoke { export } if *export == j)
        })
        .map(|(i, _)| i)
        .collect();
    for i in calls.into_iter().rev() {
        q.driver = remove_driver_range(&q.driver, i, i + 1);
    }
    for s in &mut q.driver {
        if let DriverStep::Call { export } | DriverStep::CallHandle { export, .. } | DriverStep::Spawn { export } | DriverStep::Invoke { export } = s {
            *export = fix(*export);
        }
    }
    q
}

/// Drop import `k` and every call to it; renumber later imports.
fn remove_import(p: &Program, k: u32) -> Program {
    let mut q = p.clone();
    q.imports.remove(k as usize);
    let _ = q.export_blocks_mut::<()>(|block| {
        block.retain(|s| {
            !matches!(s, WasmStep::CallImport(x) | WasmStep::CatchImport { import: x, .. } | WasmStep::CallWithClosure { import: x, .. } if *x == k)
        });
        for s in block {
            if let WasmStep::CallImport(x) | WasmStep::CatchImport { import: x, .. } | WasmStep::CallWithClosure { import: x, .. } = s {
                if *x > k {
                    *x -= 1;
                }
            }
        }
        ControlFlow::Continue(())
    });
    q
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::gen::{case_program, GenConfig};

    #[test]
    fn every_candidate_of_generated_programs_is_smaller_or_rejected_by_validation() {
        let cfg = GenConfig::default();
        for i in 0..200 {
            let p = case_program(3, i, &cfg);
            for c in candidates(&p) {
                if c.validate().is_ok() {
                    assert!(c.size() <= p.size(), "case {i}");
                }
            }
        }
    }

    #[test]
    fn reduces_to_the_step_that_matters() {
        // "Fails" whenever some export aborts with oob: the minimum keeps one export with that step.
        let cfg = GenConfig::default();
        let has_oob = |p: &Program| {
            let mut found = false;
            for e in &p.exports {
                visit_wasm(&e.body, &mut |s| found |= *s == WasmStep::Abort(AbortKind::OutOfBounds));
            }
            found
        };
        let p = (0..5000).map(|i| case_program(8, i, &cfg)).find(|p| has_oob(p) && p.size() > 20).unwrap();
        let r = reduce(&p, 10_000, has_oob);
        assert!(has_oob(&r.program));
        assert_eq!(r.program.exports.len(), 1, "{}", crate::text::print(&r.program));
        assert!(r.size_after <= 2, "{}", crate::text::print(&r.program));
        assert!(r.size_after < r.size_before);
    }

    /// The candidates, in order, that the reducer makes (FNV-1a over their
    /// JSON, `case_program(3, 0..300)`): first recorded before it used the
    /// shared visitor, regenerated when issue 12 changed what the generator
    /// makes (new step kinds and weights) and added their lowering, and
    /// when issue 13 added tasks (their steps, spawns made calls, rejections
    /// made resolves) and closures (their steps, aborting made unwinding),
    /// when the generator aimed invokes at closures' exports, and when
    /// issue 22 added closure kinds and `catch` imports, and when a once
    /// closure's maker was left to make closures alone (generation changed).
    #[test]
    fn candidates_are_unchanged_by_the_visitor_refactoring() {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut n = 0;
        for i in 0..300 {
            for c in candidates(&case_program(3, i, &GenConfig::default())) {
                n += 1;
                for b in serde_json::to_vec(&c).unwrap() {
                    h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
                }
            }
        }
        assert_eq!((n, h), (18003, 0xcdb1_d479_dea5_dc94), "{h:#018x}");
    }

    #[test]
    fn driver_removal_keeps_tasks_consistent_and_spawns_become_calls() {
        let d = vec![
            DriverStep::Spawn { export: 1 },
            DriverStep::Spawn { export: 1 },
            DriverStep::Reject { task: 1, value: 3 },
            DriverStep::Resolve { task: 0 },
        ];
        let r = remove_driver_range(&d, 0, 1);
        assert_eq!(r, vec![DriverStep::Spawn { export: 1 }, DriverStep::Reject { task: 0, value: 3 }]);
        let p = crate::text::parse("export e0 {} async export e1 { add_state 1 } driver { spawn e1 spawn e1 resolve t1 call e0 }").unwrap();
        let q = make_sync(&p, 1);
        q.validate().unwrap();
        assert_eq!(crate::text::print(&q), crate::text::print(&crate::text::parse("export e0 {} export e1 { add_state 1 } driver { call e1 call e1 call e0 }").unwrap()));
    }

    #[test]
    fn driver_removal_keeps_handles_consistent() {
        let d = vec![
            DriverStep::NewHandle,
            DriverStep::NewHandle,
            DriverStep::CallHandle { handle: 1, export: 0 },
            DriverStep::CallHandle { handle: 0, export: 0 },
        ];
        let r = remove_driver_range(&d, 0, 1);
        assert_eq!(r, vec![DriverStep::NewHandle, DriverStep::CallHandle { handle: 0, export: 0 }]);
    }
}
