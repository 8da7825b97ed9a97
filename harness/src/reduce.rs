//! The minimizer: shrinks a failing program while a predicate ("the same
//! property still breaks on the same runs") holds. Greedy delta debugging
//! over the program tree: drop whole exports/imports, chunks of driver steps,
//! single steps at any depth, flatten scopes/`catch_unwind`/`try`, lower
//! payloads and make panicking destructors quiet, until nothing applies.
//! Every candidate is validated before it is tried.

use crate::program::*;

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
    let magnitude = |x: i32| x.unsigned_abs() as u64 + 1;
    for e in &p.exports {
        visit_wasm(&e.body, &mut |s| match s {
            WasmStep::Guard { drop: DropBehavior::Panics(x), .. } => v += magnitude(*x) + 1,
            WasmStep::Panic(x) | WasmStep::AddState(x) => v += magnitude(*x),
            WasmStep::Abort(k) => v += *k as u64,
            _ => {}
        });
    }
    for h in &p.imports {
        visit_host(&h.body, &mut |s| match s {
            HostStep::Throw { value } => v += magnitude(*value),
            HostStep::Try { on_catch: OnCatch::RethrowWrapped { value }, .. } => v += magnitude(*value) + 1,
            _ => {}
        });
    }
    (p.size() + p.exports.len() + p.imports.len(), v)
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
    for (i, e) in p.exports.iter().enumerate() {
        for op in [WasmOp::Remove, WasmOp::Inline, WasmOp::InlineHandler] {
            for t in 0..count_wasm(&e.body) {
                let mut q = p.clone();
                if edit_wasm(&mut q.exports[i].body, &mut { t }, op) == Some(true) {
                    out.push(q);
                }
            }
        }
    }
    for (k, h) in p.imports.iter().enumerate() {
        for op in [HostOp::Remove, HostOp::Inline] {
            for t in 0..count_host(&h.body) {
                let mut q = p.clone();
                if edit_host(&mut q.imports[k].body, &mut { t }, op) == Some(true) {
                    out.push(q);
                }
            }
        }
    }
    // Lower values.
    for (i, e) in p.exports.iter().enumerate() {
        for t in 0..count_wasm(&e.body) {
            let mut q = p.clone();
            if edit_wasm(&mut q.exports[i].body, &mut { t }, WasmOp::Lower) == Some(true) {
                out.push(q);
            }
        }
    }
    for (k, h) in p.imports.iter().enumerate() {
        for t in 0..count_host(&h.body) {
            let mut q = p.clone();
            if edit_host(&mut q.imports[k].body, &mut { t }, HostOp::Lower) == Some(true) {
                out.push(q);
            }
        }
    }
    let mut q = p.clone();
    q.hook = HookPolicy::Record;
    q.state_init = 0;
    q.memory = Memory { initial: 1, maximum: 1 };
    out.push(q);
    out
}

fn count_wasm(steps: &[WasmStep]) -> usize {
    let mut n = 0;
    visit_wasm(steps, &mut |_| n += 1);
    n
}

fn count_host(steps: &[HostStep]) -> usize {
    let mut n = 0;
    visit_host(steps, &mut |_| n += 1);
    n
}

#[derive(Clone, Copy)]
enum WasmOp {
    Remove,
    /// Replace a scope or catch_unwind by its body.
    Inline,
    /// Replace a catch_unwind by its handler.
    InlineHandler,
    /// Halve a payload or delta; make a panicking destructor quiet.
    Lower,
}

/// Apply `op` to the `target`-th step in pre-order. `Some(applied)` once the
/// target is reached.
fn edit_wasm(steps: &mut Vec<WasmStep>, target: &mut usize, op: WasmOp) -> Option<bool> {
    let mut i = 0;
    while i < steps.len() {
        if *target == 0 {
            let applied = match (op, &mut steps[i]) {
                (WasmOp::Remove, _) => {
                    steps.remove(i);
                    true
                }
                (WasmOp::Inline, WasmStep::Scope(body)) | (WasmOp::Inline, WasmStep::CatchUnwind { body, .. }) => {
                    let body = std::mem::take(body);
                    steps.splice(i..=i, body);
                    true
                }
                (WasmOp::InlineHandler, WasmStep::CatchUnwind { handler, .. }) => {
                    let handler = std::mem::take(handler);
                    steps.splice(i..=i, handler);
                    true
                }
                (WasmOp::Lower, WasmStep::Guard { drop: d @ DropBehavior::Panics(_), .. }) => {
                    *d = DropBehavior::Quiet;
                    true
                }
                (WasmOp::Lower, WasmStep::Panic(x) | WasmStep::AddState(x)) if *x != 0 => {
                    *x /= 2;
                    true
                }
                (WasmOp::Lower, WasmStep::Abort(k)) if *k != AbortKind::Unreachable => {
                    *k = AbortKind::Unreachable;
                    true
                }
                _ => false,
            };
            return Some(applied);
        }
        *target -= 1;
        let r = match &mut steps[i] {
            WasmStep::Scope(body) => edit_wasm(body, target, op),
            WasmStep::CatchUnwind { body, handler } => {
                edit_wasm(body, target, op).or_else(|| edit_wasm(handler, target, op))
            }
            _ => None,
        };
        if r.is_some() {
            return r;
        }
        i += 1;
    }
    None
}

#[derive(Clone, Copy)]
enum HostOp {
    Remove,
    /// Replace a try by its body.
    Inline,
    /// Halve a thrown value; a wrapping catch becomes a plain rethrow.
    Lower,
}

fn edit_host(steps: &mut Vec<HostStep>, target: &mut usize, op: HostOp) -> Option<bool> {
    let mut i = 0;
    while i < steps.len() {
        if *target == 0 {
            let applied = match (op, &mut steps[i]) {
                (HostOp::Remove, _) => {
                    steps.remove(i);
                    true
                }
                (HostOp::Inline, HostStep::Try { body, .. }) => {
                    let body = std::mem::take(body);
                    steps.splice(i..=i, body);
                    true
                }
                (HostOp::Lower, HostStep::Throw { value }) if *value != 0 => {
                    *value /= 2;
                    true
                }
                (HostOp::Lower, HostStep::Try { on_catch, .. }) if matches!(on_catch, OnCatch::RethrowWrapped { .. }) => {
                    *on_catch = OnCatch::Rethrow;
                    true
                }
                _ => false,
            };
            return Some(applied);
        }
        *target -= 1;
        if let HostStep::Try { body, .. } = &mut steps[i] {
            if let Some(r) = edit_host(body, target, op) {
                return Some(r);
            }
        }
        i += 1;
    }
    None
}

/// Remove driver steps `start..end`, dropping handle uses whose handle goes
/// and renumbering the rest.
fn remove_driver_range(driver: &[DriverStep], start: usize, end: usize) -> Vec<DriverStep> {
    let mut out = Vec::new();
    let mut handle_map: Vec<Option<u32>> = Vec::new();
    let mut next = 0u32;
    for (i, s) in driver.iter().enumerate() {
        let removed = (start..end).contains(&i);
        match *s {
            DriverStep::NewHandle => {
                if removed {
                    handle_map.push(None);
                } else {
                    handle_map.push(Some(next));
                    next += 1;
                    out.push(*s);
                }
            }
            DriverStep::CallHandle { handle, export } => {
                if let (false, Some(Some(h))) = (removed, handle_map.get(handle as usize)) {
                    out.push(DriverStep::CallHandle { handle: *h, export });
                }
            }
            _ if !removed => out.push(*s),
            _ => {}
        }
    }
    out
}

/// Drop export `j` and every step that calls it; renumber later exports.
fn remove_export(p: &Program, j: u32) -> Program {
    let mut q = p.clone();
    q.exports.remove(j as usize);
    let fix = |x: u32| if x > j { x - 1 } else { x };
    fn wasm(steps: &mut Vec<WasmStep>, j: u32, fix: &impl Fn(u32) -> u32) {
        steps.retain(|s| !matches!(s, WasmStep::CallWasm(x) if *x == j));
        for s in steps {
            match s {
                WasmStep::CallWasm(x) => *x = fix(*x),
                WasmStep::Scope(b) => wasm(b, j, fix),
                WasmStep::CatchUnwind { body, handler } => {
                    wasm(body, j, fix);
                    wasm(handler, j, fix);
                }
                _ => {}
            }
        }
    }
    fn host(steps: &mut Vec<HostStep>, j: u32, fix: &impl Fn(u32) -> u32) {
        steps.retain(|s| !matches!(s, HostStep::CallExport { export } if *export == j));
        for s in steps {
            match s {
                HostStep::CallExport { export } => *export = fix(*export),
                HostStep::Try { body, .. } => host(body, j, fix),
                _ => {}
            }
        }
    }
    for e in &mut q.exports {
        wasm(&mut e.body, j, &fix);
    }
    for h in &mut q.imports {
        host(&mut h.body, j, &fix);
    }
    let calls: Vec<usize> = q
        .driver
        .iter()
        .enumerate()
        .filter(|(_, s)| matches!(s, DriverStep::Call { export } | DriverStep::CallHandle { export, .. } if *export == j))
        .map(|(i, _)| i)
        .collect();
    for i in calls.into_iter().rev() {
        q.driver = remove_driver_range(&q.driver, i, i + 1);
    }
    for s in &mut q.driver {
        if let DriverStep::Call { export } | DriverStep::CallHandle { export, .. } = s {
            *export = fix(*export);
        }
    }
    q
}

/// Drop import `k` and every call to it; renumber later imports.
fn remove_import(p: &Program, k: u32) -> Program {
    let mut q = p.clone();
    q.imports.remove(k as usize);
    fn wasm(steps: &mut Vec<WasmStep>, k: u32) {
        steps.retain(|s| !matches!(s, WasmStep::CallImport(x) if *x == k));
        for s in steps {
            match s {
                WasmStep::CallImport(x) if *x > k => *x -= 1,
                WasmStep::Scope(b) => wasm(b, k),
                WasmStep::CatchUnwind { body, handler } => {
                    wasm(body, k);
                    wasm(handler, k);
                }
                _ => {}
            }
        }
    }
    for e in &mut q.exports {
        wasm(&mut e.body, k);
    }
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
