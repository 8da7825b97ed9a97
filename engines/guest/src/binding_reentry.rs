//! Binding "reentry": the raw module interface (docs/guest.md). The harness's
//! `bind_reentry` then injects DESIGN.md §1's wrappers around it: the import
//! wrapper around `env.host_call`, the catch wrapper around
//! `env.host_call_catch`, the export wrappers `call` around
//! `__reentry_call` and `invoke` around `__reentry_invoke`.

use crate::interp::{self, code, Caught};
use crate::program::ClosureKind;
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
    /// `closure_new(export, kind) -> id`: the host now holds this
    /// instance's newest closure over export `export`, of `kind`
    /// (`ClosureKind`'s byte), numbered `id` (docs/guest.md "Closures").
    #[link_name = "closure_new"]
    fn env_closure_new(export: i32, kind: i32) -> i32;
    /// `closure_drop(id)`: Wasm dropped closure `id` (a borrowed one's scope
    /// ended, an import's argument's call returned).
    #[link_name = "closure_drop"]
    fn env_closure_drop(id: i32);
}

#[link(wasm_import_module = "env")]
extern "C-unwind" {
    /// Program import `h<k>`. "C-unwind": a host exception (rethrown as
    /// `$wrapped` by the import wrapper) unwinds the Rust frames above it,
    /// running their landing pads. With "C" rustc would abort on it instead.
    #[link_name = "host_call"]
    fn env_host_call(k: i32);
    /// Program import `h<k>` called with `catch`: the injected catch wrapper
    /// returns 0, or a JS exception's index + 1 in its table (`Value`).
    /// "C-unwind": any other exception passes it, unwinding the frames above.
    #[link_name = "host_call_catch"]
    fn env_host_call_catch(k: i32) -> i32;
}

/// A JS value a `catch` import returned as `Err`: its index + 1 in the
/// bound module's table (docs/guest.md "Catch imports").
pub struct Value(pub i32);

/// `h<k>` with `catch`: `Err` carries the host's exception.
pub fn host_call_catch(k: i32) -> Result<(), Value> {
    match unsafe { env_host_call_catch(k) } {
        0 => Ok(()),
        v => Err(Value(v)),
    }
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
/// What may call it when (once, borrowed) is the host glue's to enforce:
/// a call of a once closure twice, or of a dropped one, never reaches here.
pub struct Closure {
    /// An `_aborting` constructor's: a panic reaching the edge aborts.
    aborting: bool,
    body: Box<dyn Fn()>,
}

thread_local! {
    /// Per export, the newest closure this instance made over it: the one
    /// the host holds (it keeps the newest per export, docs/protocol.md 23).
    /// A newer one replaces it, dropping it once no invocation runs it.
    static CLOSURES: RefCell<Vec<Option<Rc<Closure>>>> = const { RefCell::new(Vec::new()) };
}

/// Make the closure over export `export` and hand it to the host: its id.
fn make(export: u32, kind: ClosureKind) -> i32 {
    let c = Rc::new(Closure { aborting: kind.aborting(), body: Box::new(move || interp::closure_body(export)) });
    CLOSURES.with(|cs| {
        let mut cs = cs.borrow_mut();
        if cs.len() <= export as usize {
            cs.resize(export as usize + 1, None);
        }
        cs[export as usize] = Some(c);
    });
    unsafe { env_closure_new(export as i32, i32::from(kind.0)) }
}

/// An owned closure (`own`, `wrap`, `once`): the host holds it.
pub fn closure_new(export: u32, kind: ClosureKind) {
    make(export, kind);
}

/// A borrowed closure (`borrow`, `borrow_mut`): Wasm drops it at the end
/// of its scope (also in a landing pad), logged and told to the host.
pub struct Scoped {
    export: u32,
    id: i32,
}

pub fn scoped_closure(export: u32, kind: ClosureKind) -> Scoped {
    Scoped { export, id: make(export, kind) }
}

impl Drop for Scoped {
    fn drop(&mut self) {
        interp::log(code::CLOSURE_DROP, self.export as i32);
        unsafe { env_closure_drop(self.id) }
    }
}

/// `call h<k> with e<export>`: the closure is the import's argument, which
/// the host's glue invalidates when the call ends (nothing logged).
pub fn host_call_with(k: i32, export: u32, kind: ClosureKind) {
    struct Argument(i32);
    impl Drop for Argument {
        fn drop(&mut self) {
            unsafe { env_closure_drop(self.0) }
        }
    }
    let _argument = Argument(make(export, kind));
    host_call(k);
}

/// A call's result as `__reentry_call` returns it (bound: the export
/// wrapper's): the state zero-extended; `1 << 32 | payload` for a program's
/// panic; `2 << 32 | value` for a panic carrying a JS value.
fn call_result(r: Result<i32, Caught>) -> i64 {
    match r {
        Ok(state) => i64::from(state as u32),
        Err(Caught::Payload(p)) => (1 << 32) | i64::from(p as u32),
        Err(Caught::Value(Value(v))) => (2 << 32) | i64::from(v as u32),
    }
}

impl Closure {
    /// Run the closure through its edge, as `call` runs an export: the
    /// state, or what a panic that escaped an unwinding closure carried
    /// (std's `catch_unwind`, as wasm-bindgen's `maybe_catch_unwind`). An
    /// aborting closure's edge ([`invoke_aborting`]) turns a panic reaching
    /// it into an abort, after the landing pads inside have run. Foreign
    /// exceptions pass either edge.
    fn invoke(&self) -> Result<i32, Caught> {
        if self.aborting {
            invoke_aborting(self);
            Ok(interp::read_state())
        } else {
            std::panic::catch_unwind(AssertUnwindSafe(|| (self.body)()))
                .map(|()| interp::read_state())
                .map_err(interp::caught_of)
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

/// Run export `i`. Returns the state (zero-extended) on success, else what
/// a panic that escaped the body carried ([`call_result`]). "C-unwind":
/// foreign exceptions must leave through here (an "C" export would abort
/// on them).
#[no_mangle]
pub extern "C-unwind" fn __reentry_call(i: i32) -> i64 {
    call_result(interp::call(i))
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
    call_result(c.invoke())
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

/// A synchronous body's await: only wasm-bindgen's JSPI has one.
pub fn await_suspending() {
    std::process::abort()
}
