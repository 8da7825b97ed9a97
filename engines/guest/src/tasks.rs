//! Tasks (issue 13, docs/guest.md "Tasks"): an async export runs as a real
//! Rust future, boxed in this instance's linear memory. The host is its
//! executor: it spawns and polls tasks through `call` with a negative op,
//! and `env.host_call` with a negative argument is a task's await. So the
//! guards a task holds across an await live in the future, and are dropped
//! by the future's own unwinding when a panic or a host exception crosses
//! the poll; a task the host never polls again keeps them forever.
//!
//! Ops (`x = -1 - op`): `x & 1 == 1`: spawn export `(x >> 1) & 0xff` as task
//! `x >> 9` and poll it once; else poll task `x >> 1`. Awaits (`y = -1 - k`
//! of `host_call(k)`): task `y >> 1` suspends (`y & 1 == 0`, the host
//! marks it awaiting and the poll returns pending) or resumes (`y & 1 ==
//! 1`, where the host throws a rejection at the await).

use crate::binding;
use crate::interp::{self, code, log, Guard};
use crate::program::Step;
use std::any::Any;
use std::cell::RefCell;
use std::future::Future;
use std::panic::{self, AssertUnwindSafe};
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

type Task = Pin<Box<dyn Future<Output = ()>>>;

thread_local! {
    /// The tasks by number; `None` while one is being polled, or once done.
    static TASKS: RefCell<Vec<Option<Task>>> = const { RefCell::new(Vec::new()) };
}

/// A task op (`call(op)`, `op < 0`). A poll that unwinds (a panic, a host
/// exception) drops the future on the way, after its own cleanup ran.
pub fn op(op: i32) {
    let x = -1 - op;
    let t = if x & 1 == 1 { x >> 9 } else { x >> 1 };
    let mut task = if x & 1 == 1 {
        let export = ((x >> 1) & 0xff) as u32;
        let Some(body) = interp::program().exports.get(export as usize) else { std::process::abort() };
        Box::pin(export_body(export, body, t)) as Task
    } else {
        match TASKS.with(|ts| ts.borrow_mut().get_mut(t as usize).and_then(Option::take)) {
            Some(task) => task,
            None => std::process::abort(),
        }
    };
    let mut cx = Context::from_waker(Waker::noop());
    if task.as_mut().poll(&mut cx).is_pending() {
        TASKS.with(|ts| {
            let mut ts = ts.borrow_mut();
            if ts.len() <= t as usize {
                ts.resize_with(t as usize + 1, || None);
            }
            ts[t as usize] = Some(task);
        });
    }
}

/// Task `t` running export `i` under the binding's own executor (the
/// wasm-bindgen binding's): its end, or what a panic that escaped it
/// carried.
#[cfg_attr(feature = "binding-reentry", allow(dead_code))]
pub async fn run(i: u32, t: i32) -> Result<(), interp::Caught> {
    let Some(body) = interp::program().exports.get(i as usize) else { std::process::abort() };
    CatchUnwind(Box::pin(export_body(i, body, t))).await.map_err(interp::caught_of)
}

async fn export_body(i: u32, body: &'static [Step], t: i32) {
    log(code::ENTER, i as i32);
    scope(body, t).await;
    log(code::EXIT, i as i32);
}

/// An async scope of task `t`: as `interp::scope`, with guards held across
/// awaits.
fn scope(steps: &'static [Step], t: i32) -> Pin<Box<dyn Future<Output = ()>>> {
    Box::pin(async move {
        let mut rest = steps;
        while let Some((step, tail)) = rest.split_first() {
            rest = tail;
            match *step {
                Step::Guard { id, panics } => {
                    let _guard = Guard::new(id, panics);
                    scope(rest, t).await;
                    return;
                }
                Step::MakeClosure { export, kind } if kind.scoped() => {
                    interp::log_closure_new(export, kind);
                    let _closure = binding::scoped_closure(export, kind);
                    scope(rest, t).await;
                    return;
                }
                Step::Scope(ref body) => scope(body, t).await,
                Step::CatchUnwind { ref body, ref handler } => {
                    if let Err(e) = (CatchUnwind(scope(body, t))).await {
                        interp::caught(e);
                        scope(handler, t).await;
                    }
                }
                Step::Await => binding::await_host(t).await,
                ref step => interp::plain(step),
            }
        }
    })
}

/// std's `catch_unwind` around every poll of a future.
struct CatchUnwind(Pin<Box<dyn Future<Output = ()>>>);

impl Future for CatchUnwind {
    type Output = Result<(), Box<dyn Any + Send>>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match panic::catch_unwind(AssertUnwindSafe(|| self.0.as_mut().poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(())) => Poll::Ready(Ok(())),
            Err(e) => Poll::Ready(Err(e)),
        }
    }
}
