//! Binding "wasm-bindgen" (feature `binding-wasm-bindgen`): the same
//! interpreter core behind `#[wasm_bindgen]` exports and imports, so that
//! everything between the host plan and the guest is the glue the real
//! `wasm-bindgen` CLI (0.2.130) generates: its call guard and catch handler,
//! its import catch wrappers, `PanicError`, `set_on_abort`,
//! `schedule_reinit`, classes that go stale on reset.
//!
//! The host side is `engines/wbg-host.js`; the report with the evidence is
//! the wasm-bindgen lane's (issue 11). What crosses the boundary:
//!
//! Imports (all `#[wasm_bindgen]` extern functions of the JS namespace
//! `__reentry_wbg`, none with `catch`, so a JS exception leaves them as
//! wasm-bindgen's `$wrapped` exception and unwinds the Rust frames):
//! - `log(code, arg, epoch)`: one trace event (codes 0..=7, and
//!   `SCHEDULE_REINIT` with epoch 0 for the `ScheduleReinit` step).
//! - `host_call(k)`: program import `h<k>`.
//! - `boot(memory, hooks_addr, flag_addr) -> Vec<u8>`: called first by
//!   `start`, on every instance (the first and each reset, since wasm-bindgen's
//!   reset re-runs `__wbindgen_start`). It hands the host this instance's
//!   memory and the addresses of the hook counter and of the terminated flag,
//!   and returns `epoch i32 LE | hook_reinit u8 | program bytes`. The host
//!   counts instances, so it knows the epoch, and logs `reset -> [e]` here for
//!   every instance after the first.
//! - `await_task(t) -> Promise` and `rethrow(v)`: a task's await (a
//!   `JsFuture` of the promise the driver settles) and a rejection thrown
//!   at it (docs/guest.md "Tasks").
//!
//! Exports: `spawn(i, t) -> Promise` (export `i` as task `t`, an async
//! export run by wasm-bindgen-futures), `call(i) -> i32` (a panic escaping export `i`'s body becomes
//! wasm-bindgen's `PanicError` with the message [`PANIC_PREFIX`]`<payload>`,
//! decoded by the host), `read_state()`, `schedule_reinit()` (the host's
//! `ScheduleReinit` step: wasm-bindgen offers JS no other way to schedule a
//! reinit), and the class `Handle` (`new Handle()`, getter `id`, method
//! `call(i)`): a handle is a class instance, `CallHandle` a method call.
//!
//! The abort hook (`set_on_abort`, registered by `start`): it runs on the
//! poisoned instance, called by the glue straight through the function table,
//! and every import it calls traps on return (the catch wrapper's guard sees
//! the flag; the glue swallows the trap), so at most one import call can
//! complete in it. It therefore logs nothing: it bumps [`HOOKS`], a counter
//! in linear memory the host reads (after every export call it makes and in
//! `boot`), and with `HookPolicy::Reinit` it calls only
//! `wasm_bindgen::handler::schedule_reinit()`, as workers-rs does.

use crate::interp::{self, Caught};
use crate::program::ClosureKind;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering::Relaxed};
use wasm_bindgen::closure::ScopedClosure;
use wasm_bindgen::prelude::*;

/// `wasm_bindgen::handler::schedule_reinit`, by the name the release gives
/// it (0.2.115-0.2.117: `reinit`; build.rs sets the cfg from the release).
#[cfg(not(wbg_reinit_not_renamed))]
use wasm_bindgen::handler::schedule_reinit as wbg_schedule_reinit;
#[cfg(wbg_reinit_not_renamed)]
use wasm_bindgen::handler::reinit as wbg_schedule_reinit;

/// What a `catch` import's `Err` carries: the JS value itself.
pub type Value = JsValue;

/// The message of the `PanicError` a program's panic surfaces as:
/// `"reentry panic <payload>"`, payload in decimal.
pub const PANIC_PREFIX: &str = "reentry panic ";

/// How often the abort hook ran on this instance. Its address goes to the host
/// through `boot`.
static HOOKS: AtomicU32 = AtomicU32::new(0);
/// `HookPolicy::Reinit`: the hook schedules a reinit.
static HOOK_REINIT: AtomicBool = AtomicBool::new(false);

/// trace.rs `code::SCHEDULE_REINIT`.
const SCHEDULE_REINIT: i32 = 21;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = __reentry_wbg, js_name = log)]
    fn js_log(code: i32, arg: i32, epoch: i32);
    #[wasm_bindgen(js_namespace = __reentry_wbg, js_name = host_call)]
    fn js_host_call(k: i32);
    /// The same host function declared with `catch` (issue 22): a JS
    /// exception is `Err`, through wasm-bindgen's catch wrapper.
    #[wasm_bindgen(catch, js_namespace = __reentry_wbg, js_name = host_call)]
    fn js_host_call_catch(k: i32) -> Result<(), JsValue>;
    /// `h<k>` with a closure over export `export` as its `&dyn Fn` argument.
    #[wasm_bindgen(js_namespace = __reentry_wbg, js_name = host_call_with)]
    fn js_host_call_with(k: i32, export: u32, f: &dyn Fn() -> i32);
    /// The same with a `&mut dyn FnMut` argument.
    #[wasm_bindgen(js_namespace = __reentry_wbg, js_name = host_call_with)]
    fn js_host_call_with_mut(k: i32, export: u32, f: &mut dyn FnMut() -> i32);
    #[wasm_bindgen(js_namespace = __reentry_wbg, js_name = boot)]
    fn js_boot(memory: JsValue, hooks_addr: u32, flag_addr: u32) -> Vec<u8>;
    /// The promise task `t` awaits (the driver settles it).
    #[wasm_bindgen(js_namespace = __reentry_wbg, js_name = await_task)]
    fn js_await_task(t: i32) -> js_sys::Promise;
    /// Throws `v`: a rejection, thrown at the await as a host exception.
    #[wasm_bindgen(js_namespace = __reentry_wbg, js_name = rethrow)]
    fn js_rethrow(v: JsValue);
    /// The host now holds `f`, an owned closure over export `export`'s body
    /// returning the state (docs/guest.md "Closures"): JS owns it
    /// (`into_js_value`).
    #[wasm_bindgen(js_namespace = __reentry_wbg, js_name = closure_new)]
    fn js_closure_new(export: u32, kind: u8, f: JsValue);
    /// The host now holds `f`, a borrowed closure (`ScopedClosure`), valid
    /// until Wasm drops it.
    #[wasm_bindgen(js_namespace = __reentry_wbg, js_name = closure_new)]
    fn js_closure_new_scoped(export: u32, kind: u8, f: &JsValue);
}

/// A closure's body as the catching constructors see it: a program's panic
/// re-raised with the `PanicError` message prefix (a JS value as itself),
/// so wasm-bindgen's `maybe_catch_unwind` makes it the `PanicError` (of a
/// JS value: whatever wasm-bindgen makes of that, docs/protocol.md 35).
fn catching(export: u32) -> impl Fn() -> i32 + std::panic::UnwindSafe + 'static {
    move || match std::panic::catch_unwind(|| interp::closure_body(export)) {
        Ok(()) => interp::read_state(),
        Err(e) => reraise(interp::caught_of(e)),
    }
}

/// A closure's body for the aborting constructors: nothing catches, so a
/// panic leaves the invoke shim (`extern "C-unwind"`) as the Rust exception
/// itself, and whatever the glue makes of it is wasm-bindgen's (P6).
fn bare(export: u32) -> impl Fn() -> i32 + std::panic::UnwindSafe + 'static {
    move || {
        interp::closure_body(export);
        interp::read_state()
    }
}

/// Re-raise what a `catch_unwind` caught for wasm-bindgen's
/// `maybe_catch_unwind`: a program's payload as the message, a JS value as
/// itself.
fn reraise(c: Caught) -> ! {
    match c {
        Caught::Payload(p) => std::panic::panic_any(format!("{PANIC_PREFIX}{p}")),
        Caught::Value(v) => std::panic::panic_any(v),
    }
}

/// `closure e<export> <kind>` of an owned constructor: wasm-bindgen's own
/// closure, whose invoke shim is the edge: `Closure::own`, `wrap` (a
/// `Box<dyn FnMut>`) or `once` (an `FnOnce`), each catching (and
/// `_assert_unwind_safe`) or `_aborting`.
pub fn closure_new(export: u32, kind: ClosureKind) {
    let f = if kind.aborting() { owned(kind, bare(export)) } else { owned(kind, catching(export)) };
    js_closure_new(export, kind.0, f);
}

fn owned<F: Fn() -> i32 + std::panic::UnwindSafe + 'static>(kind: ClosureKind, f: F) -> JsValue {
    type Mut = dyn FnMut() -> i32;
    type Shared = dyn Fn() -> i32;
    let (a, aborting) = (kind.assert_unwind_safe(), kind.aborting());
    match kind.ctor() {
        ClosureKind::WRAP if aborting => Closure::<Mut>::wrap_aborting(Box::new(f)).into_js_value(),
        ClosureKind::WRAP if a => Closure::<Mut>::wrap_assert_unwind_safe(Box::new(f)).into_js_value(),
        ClosureKind::WRAP => Closure::<Mut>::wrap(Box::new(f)).into_js_value(),
        ClosureKind::ONCE if aborting => Closure::<Mut>::once_aborting(f).into_js_value(),
        ClosureKind::ONCE if a => Closure::<Mut>::once_assert_unwind_safe(f).into_js_value(),
        ClosureKind::ONCE => Closure::<Mut>::once(f).into_js_value(),
        _ if aborting => Closure::<Shared>::own_aborting(f).into_js_value(),
        _ if a => Closure::<Shared>::own_assert_unwind_safe(f).into_js_value(),
        _ => Closure::<Shared>::own(f).into_js_value(),
    }
}

/// A borrowed closure (`ScopedClosure::borrow` / `borrow_mut` and their
/// variants), dropped by Wasm at the end of its scope: logged, then the
/// `ScopedClosure`'s own drop invalidates the JS function. The closure it
/// borrows is leaked (a small allocation per `closure` step) so that the
/// `ScopedClosure` can live in the interpreter's frame.
pub struct Scoped {
    export: u32,
    _closure: Box<dyn std::any::Any>,
}

pub fn scoped_closure(export: u32, kind: ClosureKind) -> Scoped {
    let c = if kind.aborting() { borrowed(export, kind, bare(export)) } else { borrowed(export, kind, catching(export)) };
    Scoped { export, _closure: c }
}

fn borrowed<F: Fn() -> i32 + std::panic::UnwindSafe + 'static>(export: u32, kind: ClosureKind, f: F) -> Box<dyn std::any::Any> {
    let (a, aborting) = (kind.assert_unwind_safe(), kind.aborting());
    if kind.ctor() == ClosureKind::BORROW_MUT {
        type Mut = dyn FnMut() -> i32;
        let f: &'static mut F = Box::leak(Box::new(f));
        let c = if aborting {
            ScopedClosure::<Mut>::borrow_mut_aborting(f)
        } else if a {
            ScopedClosure::<Mut>::borrow_mut_assert_unwind_safe(f)
        } else {
            ScopedClosure::<Mut>::borrow_mut(f)
        };
        js_closure_new_scoped(export, kind.0, c.as_ref());
        Box::new(c)
    } else {
        type Shared = dyn Fn() -> i32;
        let f: &'static F = Box::leak(Box::new(f));
        let c = if aborting {
            ScopedClosure::<Shared>::borrow_aborting(f)
        } else if a {
            ScopedClosure::<Shared>::borrow_assert_unwind_safe(f)
        } else {
            ScopedClosure::<Shared>::borrow(f)
        };
        js_closure_new_scoped(export, kind.0, c.as_ref());
        Box::new(c)
    }
}

impl Drop for Scoped {
    fn drop(&mut self) {
        interp::log(interp::code::CLOSURE_DROP, self.export as i32);
    }
}

/// `call h<k> with e<export> [mut]`: the closure as the import's `&dyn Fn`
/// (`&mut dyn FnMut`) argument; wasm-bindgen's shim for such an argument
/// catches panics, and its glue invalidates the JS function when the call
/// returns.
pub fn host_call_with(k: i32, export: u32, kind: ClosureKind) {
    if kind.ctor() == ClosureKind::REF_MUT {
        let mut f = catching(export);
        js_host_call_with_mut(k, export, &mut f);
    } else {
        js_host_call_with(k, export, &catching(export));
    }
}

/// `h<k>` with `catch`.
pub fn host_call_catch(k: i32) -> Result<(), JsValue> {
    js_host_call_catch(k)
}

/// trace.rs `code::TASK_START`, `code::TASK_RESUMES`.
const TASK_START: i32 = 28;
const TASK_RESUMES: i32 = 30;

/// The await of task `t`: a `JsFuture` of the host's promise. The task
/// resumes when wasm-bindgen-futures polls it again (logged here, the first
/// guest code that runs then); a rejection is thrown at the await.
pub async fn await_host(t: i32) {
    let r = wasm_bindgen_futures::JsFuture::from(js_await_task(t)).await;
    js_log(TASK_RESUMES, t, 0);
    if let Err(v) = r {
        js_rethrow(v);
    }
}

/// `spawn e<i>` as task `t`: an async export, run by wasm-bindgen-futures.
/// A panic escaping the body becomes the `PanicError` of the task's promise.
#[wasm_bindgen]
pub async fn spawn(i: i32, t: i32) -> Result<i32, JsValue> {
    js_log(TASK_START, t, 0);
    // The guest's own catch_unwind is around every poll (tasks::run).
    match std::panic::AssertUnwindSafe(crate::tasks::run(i as u32, t)).await {
        Ok(()) => Ok(interp::read_state()),
        Err(c) => reraise(c),
    }
}

pub fn log(code: i32, arg: i32, epoch: i32) {
    js_log(code, arg, epoch)
}

pub fn host_call(k: i32) {
    js_host_call(k)
}

/// `WasmStep::ScheduleReinit`: logged (as the reentry binding's host import
/// does), then wasm-bindgen's own.
pub fn schedule_reinit() {
    js_log(SCHEDULE_REINIT, 0, 0);
    wbg_schedule_reinit();
}

fn on_abort() {
    HOOKS.fetch_add(1, Relaxed);
    if HOOK_REINIT.load(Relaxed) {
        wbg_schedule_reinit();
    }
}

#[wasm_bindgen(start)]
fn start() {
    let flag = std::ptr::addr_of!(wasm_bindgen::__rt::__instance_terminated) as u32;
    let boot = js_boot(wasm_bindgen::memory(), HOOKS.as_ptr() as u32, flag);
    let Some((head, program)) = boot.split_at_checked(5) else { std::process::abort() };
    let epoch = i32::from_le_bytes([head[0], head[1], head[2], head[3]]);
    HOOK_REINIT.store(head[4] != 0, Relaxed);
    interp::start(program, epoch);
    wasm_bindgen::handler::set_on_abort(on_abort);
}

/// Re-raise a program's panic (caught by the core's `catch_unwind`) as a
/// `String` panic, which `maybe_catch_unwind` around this export turns into a
/// `PanicError` carrying it as the message.
fn run(i: i32) -> i32 {
    match interp::call(i) {
        Ok(state) => state,
        Err(c) => reraise(c),
    }
}

/// Run export `i`; its state on success.
#[wasm_bindgen]
pub fn call(i: i32) -> i32 {
    run(i)
}

#[wasm_bindgen]
pub fn read_state() -> i32 {
    interp::read_state()
}

/// The host's `ScheduleReinit` step.
#[wasm_bindgen(js_name = schedule_reinit)]
pub fn host_schedule_reinit() {
    wbg_schedule_reinit();
}

/// A handle: the instance's handle counter at its creation (1, 2, ...).
#[wasm_bindgen]
pub struct Handle {
    id: i32,
}

#[wasm_bindgen]
impl Handle {
    #[wasm_bindgen(constructor)]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Handle {
        Handle { id: interp::new_handle() }
    }

    #[wasm_bindgen(getter)]
    pub fn id(&self) -> i32 {
        self.id
    }

    /// `CallHandle`: run export `i` through this handle.
    pub fn call(&self, i: i32) -> i32 {
        run(i)
    }
}

// ---------------- wasm-bindgen's own JSPI (issue 22 item 4) ----------------

/// The task whose code runs now, under JSPI: set by `spawn_jspi` and again
/// at every resumption (the local `t` survives the suspension), read by the
/// await. No other code runs between a task's (re)entry and its await.
#[cfg(feature = "jspi")]
static JSPI_TASK: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);

#[cfg(feature = "jspi")]
#[wasm_bindgen]
extern "C" {
    /// Task `t`'s await as a `#[wasm_bindgen(suspending)]` import: the glue
    /// wraps the host's `await_task_jspi` (the promise the driver settles)
    /// in `WebAssembly.Suspending`, so the task's whole Wasm stack suspends
    /// here; with `catch`, a rejection comes back as `Err` through the jspi
    /// transform's `__wbindgen_jspi_rejected` flag.
    #[wasm_bindgen(suspending, catch, js_namespace = __reentry_wbg, js_name = await_task_jspi)]
    fn js_await_task_suspending(t: i32) -> Result<(), JsValue>;
}

/// `Step::Await` in a synchronous body: a JSPI task's await. As
/// `await_host`: logged when the task resumes, a rejection thrown at it.
#[cfg(feature = "jspi")]
pub fn await_suspending() {
    let t = JSPI_TASK.load(Relaxed);
    let r = js_await_task_suspending(t);
    JSPI_TASK.store(t, Relaxed);
    js_log(TASK_RESUMES, t, 0);
    if let Err(v) = r {
        js_rethrow(v);
    }
}

#[cfg(not(feature = "jspi"))]
pub fn await_suspending() {
    std::process::abort()
}

/// `spawn e<i>` as task `t` through wasm-bindgen's JSPI: a synchronous
/// `#[wasm_bindgen(jspi)]` export, which the glue calls through
/// `WebAssembly.promising` (an async JS function awaiting it inside its
/// call guard and catch handler). The body runs as `call`'s does, its
/// awaits suspending in `await_suspending`.
#[cfg(feature = "jspi")]
#[allow(deprecated)] // the macro marks jspi experimental
#[wasm_bindgen(jspi)]
pub fn spawn_jspi(i: i32, t: i32) -> i32 {
    js_log(TASK_START, t, 0);
    JSPI_TASK.store(t, Relaxed);
    run(i)
}
