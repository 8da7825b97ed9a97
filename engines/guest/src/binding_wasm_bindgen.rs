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

use crate::interp;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering::Relaxed};
use wasm_bindgen::prelude::*;

/// `wasm_bindgen::handler::schedule_reinit`, by the name the release gives
/// it (0.2.115-0.2.117: `reinit`; build.rs sets the cfg from the release).
#[cfg(not(wbg_reinit_not_renamed))]
use wasm_bindgen::handler::schedule_reinit as wbg_schedule_reinit;
#[cfg(wbg_reinit_not_renamed)]
use wasm_bindgen::handler::reinit as wbg_schedule_reinit;

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
    #[wasm_bindgen(js_namespace = __reentry_wbg, js_name = boot)]
    fn js_boot(memory: JsValue, hooks_addr: u32, flag_addr: u32) -> Vec<u8>;
    /// The promise task `t` awaits (the driver settles it).
    #[wasm_bindgen(js_namespace = __reentry_wbg, js_name = await_task)]
    fn js_await_task(t: i32) -> js_sys::Promise;
    /// Throws `v`: a rejection, thrown at the await as a host exception.
    #[wasm_bindgen(js_namespace = __reentry_wbg, js_name = rethrow)]
    fn js_rethrow(v: JsValue);
    /// The host now holds `f`, a closure over export `export`'s body
    /// returning the state (docs/guest.md "Closures"). By value: JS owns it.
    #[wasm_bindgen(js_namespace = __reentry_wbg, js_name = closure_new)]
    fn js_closure_new(export: u32, aborting: bool, f: Closure<dyn Fn() -> i32>);
}

/// `closure e<export>`: wasm-bindgen's own closure, whose invoke shim is the
/// edge. Unwinding (`Closure::new`): its `maybe_catch_unwind` turns a panic
/// into the `PanicError`, whose message carries the payload as `call`'s
/// does. Aborting (`Closure::own_aborting`): nothing catches, so a panic
/// leaves the shim (`extern "C-unwind"`) as the Rust exception itself and
/// whatever the glue makes of it is wasm-bindgen's.
pub fn closure_new(export: u32, aborting: bool) {
    let f = if aborting {
        Closure::own_aborting(move || {
            interp::closure_body(export);
            interp::read_state()
        })
    } else {
        Closure::new(move || match std::panic::catch_unwind(|| interp::closure_body(export)) {
            Ok(()) => interp::read_state(),
            Err(e) => std::panic::panic_any(format!("{PANIC_PREFIX}{}", interp::payload(e))),
        })
    };
    js_closure_new(export, aborting, f);
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
        Err(payload) => std::panic::panic_any(format!("{PANIC_PREFIX}{payload}")),
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
        Err(payload) => std::panic::panic_any(format!("{PANIC_PREFIX}{payload}")),
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
