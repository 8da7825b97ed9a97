//! Tasks on the real guest (issue 13, docs/protocol.md 16-22): this glue is
//! the executor of the guest's futures, which live in the instance's memory
//! and are polled through the guest's wrapped `call` (task ops, docs/guest.md
//! "Tasks"). Nothing here suspends a Wasm stack: a poll returns when the
//! future is pending, so several tasks interleave on one store. (The
//! generated lane's tasks suspend their Wasm stack, which wasmtime does not
//! do for several calls at once: an engine fact.)
//!
//! The same steps as glue.js's and the model's: a spawn is a call; a
//! resumption runs the call guard, then the stale check, then polls; every
//! way a task ends settles its promise, logged once.

use super::*;

/// A task of this case.
pub(super) struct TaskRec {
    /// The instance it runs on.
    epoch: usize,
    /// Suspended at an await whose promise the driver has not settled.
    awaiting: bool,
    settled: bool,
    /// The rejection value of its settled promise, until its await takes it.
    rejection: Option<i32>,
    /// Mutant `hook-once-per-task`: the hook fired again for this task.
    hooked: bool,
}

/// `call(op)` spawning export `e<export>` as task `t` and polling it once.
fn spawn_op(export: u32, t: usize) -> i32 {
    -1 - (((t as i32) << 9) | ((export as i32) << 1) | 1)
}

/// `call(op)` polling task `t`.
fn poll_op(t: usize) -> i32 {
    -1 - ((t as i32) << 1)
}

fn task<'a>(cx: &'a mut Cx<'_>, t: usize) -> &'a mut TaskRec {
    cx.data_mut().tasks[t].as_mut().expect("a spawned task")
}

/// `spawn e<export>`: a call (decision 16).
pub(super) fn spawn(cx: &mut Cx, export: u32) -> Outcome {
    let t = cx.data().tasks.len();
    cx.data_mut().tasks.push(None);
    if let Err(e) = call_guard(cx) {
        return Outcome::Failed(e.failure());
    }
    let epoch = cx.data().current;
    let h = cx.data_mut();
    h.tasks[t] = Some(TaskRec { epoch, awaiting: false, settled: false, rejection: None, hooked: false });
    h.log(Event::TaskStart { task: t as i32 });
    poll(cx, t, spawn_op(export, t));
    Outcome::Task(t as i32)
}

/// One poll of task `t` (in the current instance, its own): pending if it
/// awaited during the poll, else how it ended.
fn poll(cx: &mut Cx, t: usize, op: i32) {
    let r = call_current(cx, Target::TaskOp(op));
    if r.is_ok() && task(cx, t).awaiting {
        return;
    }
    settle(cx, t, r);
}

fn settle(cx: &mut Cx, t: usize, r: Result<i32, HostError>) {
    if r.is_err() && mutant::is(cx.data().mutant, Mutant::RejectionNeverSettled) {
        return;
    }
    task(cx, t).settled = true;
    let outcome = match r {
        Ok(v) => Outcome::Value(v),
        Err(e) => Outcome::Failed(e.failure()),
    };
    cx.data_mut().log(Event::TaskSettled { task: t as i32, outcome });
}

/// `host_call(k)`, `k < 0`: the await of a task (docs/guest.md "Tasks").
pub(super) fn await_op(cx: &mut Cx, k: i32) -> Result<(), HostError> {
    let op = -1 - k;
    let t = (op >> 1) as usize;
    if cx.data().tasks.get(t).is_none_or(|r| r.is_none()) {
        cx.data_mut().internal_error = Some(format!("the guest awaited for task {t}, which does not run"));
        return Ok(());
    }
    if op & 1 == 0 {
        // Suspending: its promise is the driver's to settle.
        task(cx, t).awaiting = true;
        cx.data_mut().log(Event::TaskAwaits { task: t as i32 });
        return Ok(());
    }
    // Resumed: the settlement, a rejection thrown at the await (decision 17).
    match task(cx, t).rejection.take() {
        Some(v) => Err(HostError::value(HostValue::Foreign(v))),
        None => Ok(()),
    }
}

/// `resolve t` / `reject t v`: the resumption entry (decision 19).
pub(super) fn settle_await(cx: &mut Cx, t: usize, rejection: Option<i32>) -> Outcome {
    match cx.data_mut().tasks.get_mut(t) {
        Some(Some(task)) if task.awaiting => {
            task.awaiting = false;
            task.rejection = rejection;
        }
        _ => return Outcome::NotAwaiting,
    }
    let epoch = task(cx, t).epoch;
    if let Err(e) = resumption_guard(cx, t).and_then(|()| stale_check(cx, Some(epoch))) {
        settle(cx, t, Err(e));
        return Outcome::Done;
    }
    cx.data_mut().log(Event::TaskResumes { task: t as i32 });
    poll(cx, t, poll_op(t));
    Outcome::Done
}

/// The call guard of a resumption, with the task mutants as glue.js has them.
fn resumption_guard(cx: &mut Cx, t: usize) -> Result<(), HostError> {
    let (m, cur) = (cx.data().mutant, cx.data().current);
    if mutant::is(m, Mutant::HookOncePerTask) && !task(cx, t).hooked && terminated(cx, cur) {
        task(cx, t).hooked = true;
        cx.data_mut().instances[cur].hook_fired = false;
    }
    if mutant::is(m, Mutant::SiblingResumedAfterAbort) && terminated(cx, cur) {
        if !cx.data().instances[cur].hook_fired {
            fire_hook(cx, cur);
        }
        if !cx.data().reinit_scheduled {
            return Ok(());
        }
    }
    call_guard(cx)
}

/// The driver's end (decision 21): resolve what tasks still await, in task
/// order, until none does; a promise still pending then is a hung task.
pub(super) fn end_of_driver(cx: &mut Cx) {
    loop {
        let awaiting: Vec<usize> =
            (0..cx.data().tasks.len()).filter(|t| cx.data().tasks[*t].as_ref().is_some_and(|r| r.awaiting)).collect();
        if awaiting.is_empty() {
            break;
        }
        for t in awaiting {
            // An earlier resumption of this round may not have changed it: each
            // is still awaiting (tasks resume only from here).
            cx.data_mut().log(Event::EndResolve { task: t as i32 });
            settle_await(cx, t, None);
        }
    }
    let hung: Vec<usize> =
        (0..cx.data().tasks.len()).filter(|t| cx.data().tasks[*t].as_ref().is_some_and(|r| !r.settled)).collect();
    for t in hung {
        cx.data_mut().log(Event::Hung { task: t as i32 });
    }
}
