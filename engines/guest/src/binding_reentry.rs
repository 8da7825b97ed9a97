//! Binding "reentry": the raw module interface (docs/guest.md). The harness's
//! `bind_reentry` then injects DESIGN.md §1's wrappers around it: the import
//! wrapper around `env.host_call`, the export wrapper `call` around
//! `__reentry_call`.

use crate::interp;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::AtomicU32;
use std::task::{Context, Poll};

#[link(wasm_import_module = "env")]
extern "C" {
    /// `log(code, arg, epoch)`: one trace event.
    #[link_name = "log"]
    fn env_log(code: i32, arg: i32, epoch: i32);
    #[link_name = "schedule_reinit"]
    fn env_schedule_reinit();
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
