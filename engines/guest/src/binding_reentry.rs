//! Binding "reentry": the raw module interface (docs/guest.md). The harness's
//! `bind_reentry` then injects DESIGN.md §1's wrappers around it: the import
//! wrapper around `env.host_call`, the export wrappers `call` around
//! `__reentry_call` and `invoke` around `__reentry_invoke`.

use crate::interp::{self, code};
use std::cell::RefCell;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::atomic::AtomicU32;
use std::task::{Context, Poll};

#[link(wasm_import_module = "env")]
extern "C" {
    /// `log(code, arg, epoch)`: one trace event.
    #[link_name = "log"]
    fn env_log(code: i32, arg: i32, epoch: i32);
    #[link_name = "schedule_reinit"]
    fn env_schedule_reinit();
    /// `closure_new(export, aborting)`: the host now holds this instance's
    /// newest closure over export `export` (docs/guest.md "Closures").
    #[link_name = "closure_new"]
    fn env_closure_new(export: i32, aborting: i32);
}

#[link(wasm_import_module = "env")]
extern "C-unwind" {
    /// Program import `h<k>`. "C-unwind": a host exception (rethrown as
    /// `$wrapped` by the import wrapper) unwinds the Rust frames above it,
    /// running their landing pads. With "C" rustc would abort on it instead.
    #[link_name = "host_call"]
    fn env_host_call(k: i32);
}

pub fn log(code: i32, arg: i32, epoch: i32) {
    unsafe { env_log(code, arg, epoch) }
}

pub fn host_call(k: i32) {
    unsafe { env_host_call(k) }
}

pub fn schedule_reinit() {
    unsafe { env_schedule_reinit() }
}

// ---------------- closures (docs/guest.md "Closures") ----------------

/// A closure handed to the host: a boxed Rust closure over an export's body,
/// and which edge it has (the host calls it through `__reentry_invoke`).
pub struct Closure {
    /// `Closure::own_aborting`: a panic reaching the edge aborts.
    aborting: bool,
    body: Box<dyn Fn()>,
}

thread_local! {
    /// Per export, the newest closure this instance made over it: the one
    /// the host holds (it keeps the newest per export, docs/protocol.md 23).
    /// A newer one replaces it, dropping it once no invocation runs it.
    static CLOSURES: RefCell<Vec<Option<Rc<Closure>>>> = const { RefCell::new(Vec::new()) };
}

/// Make the closure over export `export` and hand it to the host.
pub fn closure_new(export: u32, aborting: bool) {
    let c = Rc::new(Closure { aborting, body: Box::new(move || interp::closure_body(export)) });
    CLOSURES.with(|cs| {
        let mut cs = cs.borrow_mut();
        if cs.len() <= export as usize {
            cs.resize(export as usize + 1, None);
        }
        cs[export as usize] = Some(c);
    });
    unsafe { env_closure_new(export as i32, i32::from(aborting)) }
}

impl Closure {
    /// Run the closure through its edge, as `call` runs an export: the
    /// state, or `Err(payload)` if a panic escaped an unwinding closure
    /// (std's `catch_unwind`, as wasm-bindgen's `maybe_catch_unwind`). An
    /// aborting closure's edge ([`invoke_aborting`]) turns a panic reaching
    /// it into an abort, after the landing pads inside have run. Foreign
    /// exceptions pass either edge.
    fn invoke(&self) -> Result<i32, i32> {
        if self.aborting {
            invoke_aborting(self);
            Ok(interp::read_state())
        } else {
            std::panic::catch_unwind(AssertUnwindSafe(|| (self.body)()))
                .map(|()| interp::read_state())
                .map_err(interp::payload)
        }
    }
}

/// The edge of an aborting closure: a live [`AbortingEdge`] around the body,
/// so rustc gives the call its landing pad (`catch_all`, the drop, rethrow),
/// which runs after every pad inside. Not an `extern "C"` function: rustc's
/// terminate pad of a function that cannot unwind is a `catch_all` too
/// (`catch (...)`), so it would abort on a host exception as well (RFC 2945
/// leaves a foreign exception reaching a "C" boundary undefined; rustc
/// aborts), where docs/protocol.md 26 aborts on panics only.
#[inline(never)]
fn invoke_aborting(c: &Closure) {
    let edge = AbortingEdge;
    (c.body)();
    std::mem::forget(edge);
}

/// Dropped only while unwinding (a normal return forgets it): a Rust panic
/// (std counts it: `panicking()`) is the `panic_in_aborting_closure` abort;
/// a foreign exception (a host exception under `$wrapped`, another tag)
/// keeps unwinding.
struct AbortingEdge;

impl Drop for AbortingEdge {
    fn drop(&mut self) {
        if std::thread::panicking() {
            interp::log(code::ABORT, code::CAUSE_PANIC_IN_ABORTING_CLOSURE);
            std::process::abort();
        }
    }
}

/// The abort flag, in linear memory. Its address is exported as the i32
/// global `__instance_terminated` (build.rs passes `--export`), as
/// wasm-bindgen does. The guest never reads it: the injected import wrapper
/// and the host glue do.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static __instance_terminated: AtomicU32 = AtomicU32::new(0);

/// Memory for the host to write the program into, `len` bytes.
#[no_mangle]
pub extern "C" fn __reentry_alloc(len: i32) -> i32 {
    let bytes = vec![0u8; len as usize].into_boxed_slice();
    Box::into_raw(bytes) as *mut u8 as i32
}

/// Decode the program at `ptr` (from `__reentry_alloc(len)`, freed here),
/// set the state to its initial value, remember the epoch, install the hooks.
///
/// # Safety
/// `ptr`/`len` must come from one `__reentry_alloc` call.
#[no_mangle]
pub unsafe extern "C" fn __reentry_start(ptr: i32, len: i32, epoch: i32) {
    let bytes = Box::from_raw(std::ptr::slice_from_raw_parts_mut(ptr as *mut u8, len as usize));
    interp::start(&bytes, epoch);
}

/// Run export `i`. Returns the state (zero-extended) on success, or
/// `1 << 32 | payload` if a panic escaped the body. "C-unwind": foreign
/// exceptions must leave through here (an "C" export would abort on them).
#[no_mangle]
pub extern "C-unwind" fn __reentry_call(i: i32) -> i64 {
    match interp::call(i) {
        Ok(state) => i64::from(state as u32),
        Err(payload) => (1 << 32) | i64::from(payload as u32),
    }
}

/// Invoke this instance's newest closure over export `export` (from
/// `closure_new`), through its edge. Returns as `__reentry_call`: the state,
/// or `1 << 32 | payload` if a panic escaped an unwinding closure. An
/// export this instance made no closure for (the host never asks: a closure
/// of another instance is refused as stale before it gets here) aborts
/// unlogged.
#[no_mangle]
pub extern "C-unwind" fn __reentry_invoke(export: i32) -> i64 {
    let found = CLOSURES.with(|cs| cs.borrow().get(export as usize).cloned().flatten());
    let Some(c) = found else { std::process::abort() };
    match c.invoke() {
        Ok(state) => i64::from(state as u32),
        Err(payload) => (1 << 32) | i64::from(payload as u32),
    }
}

#[no_mangle]
pub extern "C" fn __reentry_read_state() -> i32 {
    interp::read_state()
}

/// The instance's next handle number: 1, 2, ...
#[no_mangle]
pub extern "C" fn __reentry_new_handle() -> i32 {
    interp::new_handle()
}

/// The await of task `t` (docs/guest.md "Tasks"): suspends once, then takes
/// the settlement (a rejection is a host exception the resuming
/// `host_call` throws).
pub fn await_host(t: i32) -> impl Future<Output = ()> {
    Await { t, suspended: false }
}

struct Await {
    t: i32,
    suspended: bool,
}

impl Future for Await {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if !self.suspended {
            self.suspended = true;
            host_call(-1 - (self.t << 1));
            return Poll::Pending;
        }
        host_call(-1 - ((self.t << 1) | 1));
        Poll::Ready(())
    }
}
