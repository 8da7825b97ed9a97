//! Walks over step trees, shared by the validator's users, the generator,
//! the reducer and the statistics.
//!
//! A *block* is a `Vec` of steps: a function body, or a body nested in a
//! step (a scope's body, a `catch_unwind`'s body and handler, a host
//! `try`'s body). [`Nested`] says which blocks a step holds; the walks here
//! are the only code that recurses through them:
//!
//! - [`visit`] (`visit_wasm`, `visit_host`): every step, pre-order, read only;
//! - [`blocks_mut`]: every block, pre-order (a block, then the blocks nested
//!   in its steps, in step order); the callback may edit the block freely,
//!   the walk then descends into what the block holds afterwards;
//! - [`steps_mut`]: every step in pre-order, as its block and its index in
//!   it, so the callback can replace, remove or splice the step.
//!
//! The mutable walks stop early when the callback returns
//! [`ControlFlow::Break`], and return that break.

use super::{HostStep, Program, WasmStep};
use std::ops::ControlFlow;

/// A step type whose steps may hold nested blocks of the same type.
pub trait Nested: Sized {
    /// The most blocks one step holds.
    const MAX_NESTED: usize;
    /// The blocks nested directly in this step, in order.
    fn nested(&self) -> impl Iterator<Item = &Vec<Self>>;
    fn nested_mut(&mut self) -> impl Iterator<Item = &mut Vec<Self>>;
}

impl Nested for WasmStep {
    const MAX_NESTED: usize = 2;

    fn nested(&self) -> impl Iterator<Item = &Vec<Self>> {
        let blocks = match self {
            WasmStep::Scope(body) => [Some(body), None],
            WasmStep::CatchUnwind { body, handler } => [Some(body), Some(handler)],
            WasmStep::Guard { .. }
            | WasmStep::CallImport(_)
            | WasmStep::CallWasm(_)
            | WasmStep::Panic(_)
            | WasmStep::Abort(_)
            | WasmStep::AddState(_)
            | WasmStep::ScheduleReinit
            | WasmStep::Grow(_)
            | WasmStep::AddHigh(_)
            | WasmStep::Await
            | WasmStep::MakeClosure { .. }
            | WasmStep::CatchImport { .. }
            | WasmStep::CallWithClosure { .. } => [None, None],
        };
        blocks.into_iter().flatten()
    }

    fn nested_mut(&mut self) -> impl Iterator<Item = &mut Vec<Self>> {
        let blocks = match self {
            WasmStep::Scope(body) => [Some(body), None],
            WasmStep::CatchUnwind { body, handler } => [Some(body), Some(handler)],
            WasmStep::Guard { .. }
            | WasmStep::CallImport(_)
            | WasmStep::CallWasm(_)
            | WasmStep::Panic(_)
            | WasmStep::Abort(_)
            | WasmStep::AddState(_)
            | WasmStep::ScheduleReinit
            | WasmStep::Grow(_)
            | WasmStep::AddHigh(_)
            | WasmStep::Await
            | WasmStep::MakeClosure { .. }
            | WasmStep::CatchImport { .. }
            | WasmStep::CallWithClosure { .. } => [None, None],
        };
        blocks.into_iter().flatten()
    }
}

impl Nested for HostStep {
    const MAX_NESTED: usize = 1;

    fn nested(&self) -> impl Iterator<Item = &Vec<Self>> {
        match self {
            HostStep::Try { body, .. } => Some(body),
            HostStep::CallExport { .. }
            | HostStep::Throw { .. }
            | HostStep::ThrowExn { .. }
            | HostStep::Terminate
            | HostStep::ScheduleReinit
            | HostStep::Invoke { .. } => None,
        }
        .into_iter()
    }

    fn nested_mut(&mut self) -> impl Iterator<Item = &mut Vec<Self>> {
        match self {
            HostStep::Try { body, .. } => Some(body),
            HostStep::CallExport { .. }
            | HostStep::Throw { .. }
            | HostStep::ThrowExn { .. }
            | HostStep::Terminate
            | HostStep::ScheduleReinit
            | HostStep::Invoke { .. } => None,
        }
        .into_iter()
    }
}

/// Pre-order walk over steps, including nested blocks.
pub fn visit<'a, S: Nested>(steps: &'a [S], f: &mut impl FnMut(&'a S)) {
    for s in steps {
        f(s);
        for block in s.nested() {
            visit(block, f);
        }
    }
}

/// Pre-order walk over Wasm steps, including nested bodies.
pub fn visit_wasm<'a>(steps: &'a [WasmStep], f: &mut impl FnMut(&'a WasmStep)) {
    visit(steps, f)
}

/// Pre-order walk over host steps, including nested bodies.
pub fn visit_host<'a>(steps: &'a [HostStep], f: &mut impl FnMut(&'a HostStep)) {
    visit(steps, f)
}

/// Number of steps in `steps`, nested ones included.
pub fn count<S: Nested>(steps: &[S]) -> usize {
    count_where(steps, |_| true)
}

/// Number of steps in `steps`, nested ones included, that satisfy `f`.
pub fn count_where<S: Nested>(steps: &[S], f: impl Fn(&S) -> bool) -> usize {
    let mut n = 0;
    visit(steps, &mut |s| n += f(s) as usize);
    n
}

/// Every block of the tree rooted at `block`, pre-order: `f(block)`, then
/// the blocks nested in each of its steps (as `f` left them), in order.
pub fn blocks_mut<S: Nested, B>(
    block: &mut Vec<S>,
    f: &mut impl FnMut(&mut Vec<S>) -> ControlFlow<B>,
) -> ControlFlow<B> {
    f(block)?;
    for s in block.iter_mut() {
        for nested in s.nested_mut() {
            blocks_mut(nested, f)?;
        }
    }
    ControlFlow::Continue(())
}

/// Every step of the tree rooted at `block`, pre-order, as `f(block, index)`
/// (the order of [`visit`]). `f` may change the step in place (the walk then
/// descends into the blocks it holds afterwards); if it inserts or removes
/// steps of `block` it must return `Break`.
pub fn steps_mut<S: Nested, B>(
    block: &mut Vec<S>,
    f: &mut impl FnMut(&mut Vec<S>, usize) -> ControlFlow<B>,
) -> ControlFlow<B> {
    let mut i = 0;
    while i < block.len() {
        let len = block.len();
        f(block, i)?;
        debug_assert_eq!(block.len(), len, "steps_mut: a callback that resizes its block must break");
        for nested in block[i].nested_mut() {
            steps_mut(nested, f)?;
        }
        i += 1;
    }
    ControlFlow::Continue(())
}

impl Program {
    /// [`blocks_mut`] over every export body, in export order.
    pub fn export_blocks_mut<B>(
        &mut self,
        mut f: impl FnMut(&mut Vec<WasmStep>) -> ControlFlow<B>,
    ) -> ControlFlow<B> {
        self.exports.iter_mut().try_for_each(|e| blocks_mut(&mut e.body, &mut f))
    }

    /// [`blocks_mut`] over every import body, in import order.
    pub fn import_blocks_mut<B>(
        &mut self,
        mut f: impl FnMut(&mut Vec<HostStep>) -> ControlFlow<B>,
    ) -> ControlFlow<B> {
        self.imports.iter_mut().try_for_each(|h| blocks_mut(&mut h.body, &mut f))
    }
}

/// A `blocks_mut` callback: remove the last step of the block that matches
/// `pick` and break, or continue into nested blocks.
pub fn remove_last<S>(pick: impl Fn(&S) -> bool) -> impl FnMut(&mut Vec<S>) -> ControlFlow<()> {
    move |block| match block.iter().rposition(&pick) {
        Some(i) => {
            block.remove(i);
            ControlFlow::Break(())
        }
        None => ControlFlow::Continue(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::gen::{case_program, GenConfig};

    #[test]
    fn walks_agree_on_order_and_count() {
        let cfg = GenConfig::default();
        for i in 0..300 {
            let mut p = case_program(21, i, &cfg);
            for e in p.exports.clone() {
                let mut pre = Vec::new();
                visit_wasm(&e.body, &mut |s| pre.push(s.clone()));
                assert_eq!(pre.len(), count(&e.body));
                let mut body = e.body.clone();
                let mut seen = Vec::new();
                let _ = steps_mut::<_, ()>(&mut body, &mut |b, i| {
                    seen.push(b[i].clone());
                    ControlFlow::Continue(())
                });
                assert_eq!(seen, pre);
                assert!(e.body.iter().all(|s| s.nested().count() <= WasmStep::MAX_NESTED));
            }
            // Every block once: the steps of all blocks are all steps.
            let (mut steps, size) = (0, p.size() - p.driver.len());
            let _ = p.export_blocks_mut::<()>(|b| {
                steps += b.len();
                ControlFlow::Continue(())
            });
            let _ = p.import_blocks_mut::<()>(|b| {
                steps += b.len();
                ControlFlow::Continue(())
            });
            assert_eq!(steps, size, "case {i}");
        }
    }

    #[test]
    fn blocks_mut_stops_at_the_first_break() {
        let mut p = crate::text::parse(
            "export e0 { scope { call e1 } call e1 scope { call e1 } } export e1 {} driver { call e0 }",
        )
        .unwrap();
        let remove_call = remove_last(|s: &WasmStep| matches!(s, WasmStep::CallWasm(_)));
        assert!(p.export_blocks_mut(remove_call).is_break());
        assert_eq!(p.exports[0].body.len(), 2, "the top block's call goes first");
        let mut remove_call = remove_last(|s: &WasmStep| matches!(s, WasmStep::CallWasm(_)));
        assert!(p.export_blocks_mut(&mut remove_call).is_break());
        assert_eq!(p.exports[0].body[0], WasmStep::Scope(vec![]));
        assert!(p.export_blocks_mut(&mut remove_call).is_break());
        assert!(p.export_blocks_mut(&mut remove_call).is_continue());
    }
}
