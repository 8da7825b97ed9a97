//! The interpreter core: every `WasmStep` as the Rust code it stands for.
//!
//! Nothing here imitates rustc's codegen; it *is* Rust code, so the landing
//! pads, terminate pads and `catch_unwind` of the compiled guest are the
//! compiler's own. The instance's state lives in statics (one instance = one
//! linear memory, and wasm32-unknown-unknown has one thread, so the atomics
//! are plain loads and stores).

use crate::binding;
use crate::tasks;
use crate::program::{self, AbortKind, ClosureKind, Program, Step};
use core::arch::wasm32::{memory_grow, memory_size};
use std::alloc::Layout;
use std::any::Any;
use std::panic::{self, AssertUnwindSafe, PanicHookInfo};
use std::ptr;
use std::sync::atomic::{AtomicI32, AtomicPtr, Ordering::Relaxed};

/// Event codes Wasm logs: `harness/src/trace.rs`, `mod code`.
pub(crate) mod code {
    pub const ENTER: i32 = 0;
    pub const EXIT: i32 = 1;
    pub const GUARD_NEW: i32 = 2;
    pub const GUARD_DROP: i32 = 3;
    pub const PANIC: i32 = 4;
    pub const CAUGHT: i32 = 5;
    pub const STATE: i32 = 6;
    pub const ABORT: i32 = 7;
    pub const MEMORY: i32 = 8;
    pub const HIGH: i32 = 9;
    pub const CLOSURE_NEW: i32 = 10;
    pub const CLOSURE_NEW_ABORTING: i32 = 11;
    pub const IMPORT_ERR: i32 = 12;
    pub const PANIC_VALUE: i32 = 13;
    pub const CAUGHT_VALUE: i32 = 14;
    pub const CLOSURE_DROP: i32 = 15;
    /// `AbortCause::PanicInDrop.code()`: after the five `AbortKind`s.
    pub const CAUSE_PANIC_IN_DROP: i32 = 5;
    /// `AbortCause::PanicInAbortingClosure.code()` (binding reentry's
    /// aborting edge; wasm-bindgen's is its own).
    #[cfg_attr(not(feature = "binding-reentry"), allow(dead_code))]
    pub const CAUSE_PANIC_IN_ABORTING_CLOSURE: i32 = 6;
    /// `AbortCause::Panic.code()`: a panic under panic=abort.
    pub const CAUSE_PANIC: i32 = 7;
}

static PROGRAM: AtomicPtr<Program> = AtomicPtr::new(ptr::null_mut());
static STATE: AtomicI32 = AtomicI32::new(0);
static EPOCH: AtomicI32 = AtomicI32::new(0);
#[cfg_attr(feature = "binding-workers-rs", allow(dead_code))]
static HANDLES: AtomicI32 = AtomicI32::new(0);
/// Where the program's memory starts, in pages (`Program::base_pages`), and
/// the page past its initial memory: the high cell is the first word there.
static BASE: AtomicI32 = AtomicI32::new(0);
static HIGH_PAGE: AtomicI32 = AtomicI32::new(0);

const PAGE: usize = 65536;
/// Heap the guest takes for itself at start and frees again, so that its
/// own later allocations (panic payloads, exception objects) come from
/// dlmalloc's free memory and never grow the memory into the program's.
const RESERVE: usize = 256 * 1024;

/// The payload of every panic a program raises (`panic_any(Payload(p))`).
struct Payload(i32);

pub(crate) fn log(code: i32, arg: i32) {
    binding::log(code, arg, EPOCH.load(Relaxed));
}

/// Decode the program and make this instance ready to run it. Once per
/// instance; malformed bytes (never produced by the harness) abort without
/// logging anything.
pub fn start(bytes: &[u8], epoch: i32) {
    let Some(program) = program::decode(bytes) else { std::process::abort() };
    if !PROGRAM.load(Relaxed).is_null() {
        std::process::abort();
    }
    STATE.store(program.state_init, Relaxed);
    EPOCH.store(epoch, Relaxed);
    install_hooks();
    place_memory(&program);
    PROGRAM.store(Box::into_raw(Box::new(program)), Relaxed);
}

/// The program's memory (docs/guest.md "Memory"): the host made this
/// instance's memory with the program's maximum above `base_pages`; the
/// guest's own pages (shadow stack, statics, the heap dlmalloc grew so far
/// plus a reserve) must fit below it, then the memory grows to the program's
/// initial size above it. From here on only the program's `grow` steps grow
/// it, with real `memory.grow`s that fail at the program's maximum.
fn place_memory(program: &Program) {
    std::hint::black_box(Vec::<u8>::with_capacity(RESERVE));
    let base = program.base_pages as usize;
    let size = memory_size(0);
    if size > base || memory_grow(0, base - size + program.initial_pages as usize) == usize::MAX {
        std::process::abort();
    }
    BASE.store(base as i32, Relaxed);
    HIGH_PAGE.store((base + program.initial_pages as usize) as i32, Relaxed);
}

pub(crate) fn program() -> &'static Program {
    let p = PROGRAM.load(Relaxed);
    if p.is_null() {
        std::process::abort();
    }
    // SAFETY: set once by `start` from a leaked Box, never freed or mutated.
    unsafe { &*p }
}

fn install_hooks() {
    // A destructor that panics while unwinding reaches rustc's terminate pad,
    // which calls `panic_in_cleanup`: a panic that cannot unwind. std runs
    // the hook for it, then aborts (`unreachable`). That is the one
    // non-unwinding panic this guest can raise (its `extern "C"` functions
    // never unwind), so it is logged as the `panic_in_drop` abort. (rustc
    // 1.96 emits no terminate pads on wasm, so there the destructor's panic
    // just keeps unwinding; 1.97 has them. docs/guest.md, "Differences".)
    // Ordinary panics cost one branch here: no message is formatted.
    // Built with panic=abort, every panic is an abort: std runs the hook,
    // then aborts (`unreachable`), so the hook logs it as the `panic` abort.
    // Under workers-rs the hook its `start` set stays in the chain, after
    // ours: it is what raises `criticalError` on a panic=abort panic.
    #[cfg(feature = "binding-workers-rs")]
    let before = panic::take_hook();
    panic::set_hook(Box::new(move |info: &PanicHookInfo<'_>| {
        if cfg!(panic = "abort") {
            log(code::ABORT, code::CAUSE_PANIC);
        } else if !info.can_unwind() {
            log(code::ABORT, code::CAUSE_PANIC_IN_DROP);
        }
        #[cfg(feature = "binding-workers-rs")]
        before(info);
    }));
    std::alloc::set_alloc_error_hook(|_| log(code::ABORT, AbortKind::OutOfMemory as i32));
}

/// Run export `i`'s body; `Err(what)` if a panic escaped it. Foreign
/// exceptions (host errors under `$wrapped`) pass through: `catch_unwind`
/// only catches Rust panics.
/// `i < 0` is a task op (docs/guest.md "Tasks"): a spawn or a poll of a
/// task, whose end is the state like an export's.
pub fn call(i: i32) -> Result<i32, Caught> {
    let index = u32::try_from(i).unwrap_or(u32::MAX);
    panic::catch_unwind(AssertUnwindSafe(|| if i < 0 { tasks::op(i) } else { export_body(index) }))
        .map(|()| STATE.load(Relaxed))
        .map_err(caught_of)
}

pub fn read_state() -> i32 {
    STATE.load(Relaxed)
}

pub fn new_handle() -> i32 {
    HANDLES.fetch_add(1, Relaxed) + 1
}

/// What escaped a `catch_unwind`: a program's panic payload, or a JS value
/// a `catch` import's `Err` was `panic_any`d with (the binding's value).
pub(crate) enum Caught {
    Payload(i32),
    Value(binding::Value),
}

pub(crate) fn caught_of(e: Box<dyn Any + Send>) -> Caught {
    match e.downcast::<Payload>() {
        Ok(p) => Caught::Payload(p.0),
        Err(e) => match e.downcast::<binding::Value>() {
            Ok(v) => Caught::Value(*v),
            // A panic of std or of this crate (a guest bug): never a program's.
            // Aborting unlogged makes it show as a trace mismatch.
            Err(_) => std::process::abort(),
        },
    }
}

/// An export's body. `CallWasm` is a plain call of this function.
fn export_body(i: u32) {
    let Some(body) = program().exports.get(i as usize) else { std::process::abort() };
    log(code::ENTER, i as i32);
    scope(body);
    log(code::EXIT, i as i32);
}

/// A value with a destructor: `Guard { id, drop }`.
pub(crate) struct Guard {
    id: i32,
    panics: Option<i32>,
}

impl Guard {
    pub(crate) fn new(id: i32, panics: Option<i32>) -> Guard {
        log(code::GUARD_NEW, id);
        Guard { id, panics }
    }
}

impl Drop for Guard {
    /// On normal scope exit a panic here unwinds like any other; inside a
    /// landing pad rustc's terminate pad turns it into an abort.
    fn drop(&mut self) {
        log(code::GUARD_DROP, self.id);
        if let Some(p) = self.panics {
            raise(p);
        }
    }
}

fn raise(p: i32) -> ! {
    log(code::PANIC, p);
    panic::panic_any(Payload(p))
}

/// Run a scope. A guard lives across the rest of its scope: the rest runs as
/// a nested call while the guard is a live local, so rustc gives that call a
/// landing pad that drops it (and drops it after the call on normal exit).
fn scope(steps: &[Step]) {
    let mut rest = steps;
    while let Some((step, tail)) = rest.split_first() {
        rest = tail;
        match *step {
            Step::Guard { id, panics } => {
                let _guard = Guard::new(id, panics);
                scope(rest);
                return;
            }
            // A borrowed closure lives, like a guard, to the end of its scope.
            Step::MakeClosure { export, kind } if kind.scoped() => {
                log_closure_new(export, kind);
                let _closure = binding::scoped_closure(export, kind);
                scope(rest);
                return;
            }
            Step::Scope(ref body) => scope(body),
            Step::CatchUnwind { ref body, ref handler } => {
                if let Err(e) = panic::catch_unwind(AssertUnwindSafe(|| scope(body))) {
                    caught(e);
                    scope(handler);
                }
            }
            // Only async bodies await (Program::validate): tasks.rs runs
            // them, or (wasm-bindgen's JSPI) this scope, suspended here.
            Step::Await => binding::await_suspending(),
            ref step => plain(step),
        }
    }
}

/// `catch_unwind` caught a panic: log its payload.
pub(crate) fn caught(e: Box<dyn Any + Send>) {
    match caught_of(e) {
        Caught::Payload(p) => log(code::CAUGHT, p),
        Caught::Value(_) => log(code::CAUGHT_VALUE, 0),
    }
}

/// A step that is the same in a synchronous and an async body.
pub(crate) fn plain(step: &Step) {
    match *step {
        Step::CallImport(k) => binding::host_call(k),
        Step::CallWasm(j) => export_body(j),
        Step::Panic(p) => raise(p),
        Step::Abort(kind) => abort(kind),
        Step::AddState(n) => {
            let value = STATE.load(Relaxed).wrapping_add(n);
            STATE.store(value, Relaxed);
            log(code::STATE, value);
        }
        Step::ScheduleReinit => binding::schedule_reinit(),
        Step::Grow(n) => grow(n),
        Step::AddHigh(n) => add_high(n),
        Step::MakeClosure { export, kind } if !kind.scoped() => {
            log_closure_new(export, kind);
            binding::closure_new(export, kind);
        }
        Step::CatchImport { k, panic } => catch_import(k, panic),
        Step::CallWithClosure { k, export, mutable } => {
            let kind = ClosureKind(if mutable { ClosureKind::REF_MUT } else { ClosureKind::REF });
            log_closure_new(export, kind);
            binding::host_call_with(k, export, kind);
        }
        Step::Guard { .. } | Step::Scope(_) | Step::CatchUnwind { .. } | Step::Await | Step::MakeClosure { .. } => {
            std::process::abort()
        }
    }
}

/// `call h<k> catch [panic]` (issue 22): a host exception is `Err(v)`; no
/// destructor runs for it; with `panic`, `panic_any(v)`, a panic carrying
/// the JS value (the panic hook logs the abort under panic=abort).
fn catch_import(k: i32, panic: bool) {
    if let Err(v) = binding::host_call_catch(k) {
        log(code::IMPORT_ERR, k);
        if panic {
            log(code::PANIC_VALUE, 0);
            panic::panic_any(v);
        }
    }
}

// ---------------- closures (issue 13 part 4, issue 22) ----------------

/// `closure e<export> <kind>`: logged as trace.rs encodes it (the kind's
/// code above the export; its aborting edge in the event's code), before
/// the binding makes the closure and hands it to the host.
pub(crate) fn log_closure_new(export: u32, kind: ClosureKind) {
    let c = if kind.aborting() { code::CLOSURE_NEW_ABORTING } else { code::CLOSURE_NEW };
    log(c, export as i32 | i32::from(kind.0 & 15) << 8);
}

/// What a closure over export `export` runs: its body, as `CallWasm` does.
#[cfg_attr(feature = "binding-workers-rs", allow(dead_code))]
pub(crate) fn closure_body(export: u32) {
    export_body(export)
}

/// An allocation of `n` pages of program memory: a real `memory.grow`; when
/// it fails (past the maximum the host gave the memory) it is std's real
/// allocation failure, `handle_alloc_error`: the alloc error hook logs the
/// `oom` abort and std aborts.
fn grow(n: u32) {
    if memory_grow(0, n as usize) == usize::MAX {
        let layout = Layout::from_size_align(n as usize * PAGE, PAGE).unwrap_or(Layout::new::<u8>());
        std::alloc::handle_alloc_error(layout);
    }
    log(code::MEMORY, memory_size(0) as i32 - BASE.load(Relaxed));
}

/// `high += n` on the first word of grown program memory: out of bounds (a
/// real trap) while the memory has not grown.
fn add_high(n: i32) {
    let page = HIGH_PAGE.load(Relaxed);
    if memory_size(0) as i32 <= page {
        log(code::ABORT, AbortKind::OutOfBounds as i32);
    }
    let high = (page as usize * PAGE) as *mut i32;
    // SAFETY: past the initial memory, only the program's own grows make this
    // word (nothing of the guest lives there); while it does not exist the
    // load traps, which is the point.
    let value = unsafe { ptr::read_volatile(high) }.wrapping_add(n);
    unsafe { ptr::write_volatile(high, value) };
    log(code::HIGH, value);
}

// ---------------- aborts ----------------

/// Operands of the `div_zero` abort, read with `read_volatile`: with either
/// one known, LLVM would replace the division (`1 / x` becomes a select).
static ONE: AtomicI32 = AtomicI32::new(1);
static ZERO: AtomicI32 = AtomicI32::new(0);
/// Where trapping results are stored, so the instructions are not removed.
static SINK: AtomicI32 = AtomicI32::new(0);
/// Read with `read_volatile`: LLVM cannot see the recursion, so it cannot
/// turn it into a loop.
static RECURSE: fn(i32) -> i32 = recurse;
/// More than the memory maximum (build.rs): the allocator's `memory.grow`
/// fails against it. Small enough that the allocator really asks.
const OOM_REQUEST: usize = 64 << 20;

fn abort(kind: AbortKind) -> ! {
    // `oom` is logged by the alloc error hook, when the allocation fails.
    if !matches!(kind, AbortKind::OutOfMemory) {
        log(code::ABORT, kind as i32);
    }
    match kind {
        AbortKind::Unreachable => {}
        AbortKind::OutOfMemory => {
            let v: Vec<u8> = Vec::with_capacity(OOM_REQUEST);
            std::hint::black_box(&v);
        }
        AbortKind::StackOverflow => {
            std::hint::black_box(recurse(0));
        }
        // SAFETY (div_zero, oob): trapping is the point; nothing runs after.
        AbortKind::DivideByZero => unsafe {
            let (n, d) = (ptr::read_volatile(ONE.as_ptr()), ptr::read_volatile(ZERO.as_ptr()));
            let q = core::intrinsics::unchecked_div(n, d);
            ptr::write_volatile(SINK.as_ptr(), q);
        },
        AbortKind::OutOfBounds => unsafe {
            let v = ptr::read_volatile(0xFFFF_FFF0usize as *const i32);
            ptr::write_volatile(SINK.as_ptr(), v);
        },
    }
    // `unreachable` for its own kind; for the others only if they failed to
    // trap (then no second ABORT is logged, so the trace shows it).
    std::process::abort()
}

/// Values each frame of the recursion keeps live across its call (read with
/// `read_volatile` from distinct addresses, so neither LLVM nor the engine
/// can fold them): they are Wasm locals, which makes every engine frame
/// hold them, so the engine's stack runs out after a few thousand frames
/// instead of tens of thousands. The overflow is as real, and unwinding it
/// costs V8 about a quarter (harness/src/compile/wrappers.rs has the
/// measurements).
static WIDE: [AtomicI32; 64] = [const { AtomicI32::new(1) }; 64];

/// Unbounded, non-tail recursion until the engine's stack limit. No locals
/// in linear memory (so no shadow-stack frames) and nothing logged per frame.
fn recurse(depth: i32) -> i32 {
    macro_rules! live {
        ($($i:literal)*) => {{
            // SAFETY: reads of valid atomics and of a valid fn pointer.
            let live = [$(unsafe { ptr::read_volatile(WIDE[$i].as_ptr()) }),*];
            let next = unsafe { ptr::read_volatile(&RECURSE) };
            let mut r = next(depth.wrapping_add(1)).wrapping_add(depth);
            // Every step needs `r`, so LLVM cannot fold the values before
            // the call (it would turn a plain sum into one live value).
            $( r = r.rotate_left(live[$i] as u32) ^ live[$i]; )*
            r
        }};
    }
    live!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31
          32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63)
}
