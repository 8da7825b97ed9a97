//! Export bodies: rustc's `panic=unwind` codegen for the program's Wasm steps
//! (and its `panic=abort` codegen: no pads, a panic traps; `Cx::panic_abort`).
//!
//! A guard wraps the rest of its scope in a landing pad that drops it and
//! rethrows; normal scope exit drops it outside its own pad (so a panicking
//! destructor on the normal path unwinds through the *outer* pads only).
//! A destructor that panics inside a landing pad is wrapped in a terminate
//! pad (`cannot_unwind` → abort).
//!
//! exnref, guard `g` over `REST`:
//! ```wat
//! block                                   ;; done
//!   block (result exnref)                 ;; pad
//!     try_table (catch_all_ref 0) REST end
//!     <drop g>  br 1
//!   end
//!   <drop g while unwinding>  throw_ref
//! end
//! ```
//! legacy: `try REST catch_all <drop g while unwinding> rethrow 0 end <drop g>`.

use super::{layout, log, log_const, mem_arg, TAG_PANIC, TAG_PANIC_VALUE};
use crate::mutant::{self, Mutant};
use crate::program::{visit, AbortKind, ClosureKind, DropBehavior, Export, WasmStep};
use crate::trace::{code, AbortCause, LOST_PAYLOAD};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_encoder::{BlockType, Catch, Function, ValType};

pub use super::Encoding;

/// Compilation context shared by all functions of a module.
pub struct Cx {
    pub funcs: super::Funcs,
    pub encoding: Encoding,
    pub mutant: Option<Mutant>,
    /// rustc's panic=abort codegen (docs/protocol.md 36): no landing pads,
    /// a panic aborts, `catch_unwind` catches nothing.
    pub panic_abort: bool,
    /// The memory's declared maximum, in pages.
    pub max_pages: u32,
    /// The memory's initial size, in pages: the high cell is the word at
    /// `initial_pages * 65536`, the first of grown memory.
    pub initial_pages: u32,
    /// The locals of the body being compiled that hold the numbers of the
    /// closures Wasm drops (a borrowed one, an import's argument), by step:
    /// a step emitted twice (a handler) uses its one local on either path.
    pub closure_locals: RefCell<HashMap<*const WasmStep, u32>>,
}

/// Local 0 of a body: scratch for a caught panic payload.
const L_PAYLOAD: u32 = 0;
/// Local 1 of an async body: its task, copied from the global the export
/// wrapper set (a task suspended at an `await` keeps its own in its frame).
const L_TASK: u32 = 1;

pub fn export_body(cx: &Cx, index: i32, export: &Export) -> Function {
    let fixed = 1 + export.is_async as u32;
    let mut locals = HashMap::new();
    visit::visit_wasm(&export.body, &mut |s| {
        if matches!(s, WasmStep::CallWithClosure { .. }) || matches!(s, WasmStep::MakeClosure { kind, .. } if kind.scoped()) {
            locals.insert(s as *const WasmStep, fixed + locals.len() as u32);
        }
    });
    let mut f = Function::new([(fixed + locals.len() as u32, ValType::I32)]);
    *cx.closure_locals.borrow_mut() = locals;
    if export.is_async {
        f.instructions().global_get(super::G_TASK).local_set(L_TASK);
    }
    log_const(&mut f, code::ENTER, index);
    steps(cx, &mut f, &export.body);
    log_const(&mut f, code::EXIT, index);
    f.instructions().end();
    f
}

/// Emit a scope's steps; a guard, or a borrowed closure, takes the rest of
/// the scope as its body.
fn steps(cx: &Cx, f: &mut Function, steps_: &[WasmStep]) {
    for (n, step) in steps_.iter().enumerate() {
        if let WasmStep::Guard { id, drop } = step {
            let first_in_scope = !steps_[..n].iter().any(|s| matches!(s, WasmStep::Guard { .. }));
            log_const(f, code::GUARD_NEW, *id as i32);
            guarded(cx, f, *id, *drop, first_in_scope, &steps_[n + 1..]);
            return;
        }
        if let WasmStep::MakeClosure { export, kind } = step {
            if kind.scoped() {
                let id = make_dropped_closure(cx, f, step, *export, *kind);
                // The `ScopedClosure` lives to the end of the scope: dropped
                // there, also by a landing pad (none under panic=abort).
                let drop = |f: &mut Function| {
                    log_const(f, code::CLOSURE_DROP, *export as i32);
                    f.instructions().local_get(id).call(cx.funcs.closure_drop());
                };
                with_pad(cx, f, |f| steps(cx, f, &steps_[n + 1..]), drop);
                return;
            }
        }
        step_(cx, f, step);
    }
}

/// Hand the host a closure over `export` (logged), leaving its number on
/// the stack.
fn make_closure(cx: &Cx, f: &mut Function, export: u32, kind: ClosureKind) {
    let c = if kind.aborting() { code::CLOSURE_NEW_ABORTING } else { code::CLOSURE_NEW };
    log_const(f, c, export as i32 | kind.code() << 8);
    f.instructions()
        .i32_const(export as i32)
        .i32_const(kind.code() | (kind.aborting() as i32) << 4)
        .call(cx.funcs.closure_new());
}

/// [`make_closure`] for one Wasm drops (made by `step`): its number kept
/// in the step's local, whose index is returned.
fn make_dropped_closure(cx: &Cx, f: &mut Function, step: &WasmStep, export: u32, kind: ClosureKind) -> u32 {
    make_closure(cx, f, export, kind);
    let local = cx.closure_locals.borrow()[&(step as *const WasmStep)];
    f.instructions().local_set(local);
    local
}

/// `body`, then `cleanup`; a landing pad runs `cleanup` and rethrows if an
/// exception leaves `body` (not under panic=abort: nothing unwinds).
fn with_pad(cx: &Cx, f: &mut Function, body: impl FnOnce(&mut Function), cleanup: impl Fn(&mut Function)) {
    if cx.panic_abort {
        body(f);
        cleanup(f);
        return;
    }
    match cx.encoding {
        Encoding::Exnref => {
            f.instructions()
                .block(BlockType::Empty)
                .block(BlockType::Result(ValType::EXNREF))
                .try_table(BlockType::Empty, [Catch::AllRef { label: 0 }]);
            body(f);
            f.instructions().end();
            cleanup(f);
            f.instructions().br(1).end();
            cleanup(f);
            f.instructions().throw_ref().end();
        }
        Encoding::Legacy => {
            f.instructions().try_(BlockType::Empty);
            body(f);
            f.instructions().catch_all();
            cleanup(f);
            f.instructions().rethrow(0).end();
            cleanup(f);
        }
    }
}

fn guarded(cx: &Cx, f: &mut Function, id: u32, drop: DropBehavior, first_in_scope: bool, rest: &[WasmStep]) {
    if cx.panic_abort {
        // Nothing unwinds: no landing pad, only the drop at scope exit.
        steps(cx, f, rest);
        normal_drop(cx, f, id, drop);
        return;
    }
    if mutant::is(cx.mutant, Mutant::PadLosesPayload) {
        return guarded_losing_payload(cx, f, id, drop, rest);
    }
    let skip = first_in_scope && mutant::is(cx.mutant, Mutant::PadSkipsDrop);
    let twice = mutant::is(cx.mutant, Mutant::PadDropsTwice);
    match cx.encoding {
        Encoding::Exnref => {
            f.instructions()
                .block(BlockType::Empty)
                .block(BlockType::Result(ValType::EXNREF))
                .try_table(BlockType::Empty, [Catch::AllRef { label: 0 }]);
            steps(cx, f, rest);
            f.instructions().end();
            normal_drop(cx, f, id, drop);
            f.instructions().br(1).end();
            if !skip {
                unwinding_drop(cx, f, id, drop);
                if twice {
                    unwinding_drop(cx, f, id, drop);
                }
            }
            f.instructions().throw_ref().end();
        }
        Encoding::Legacy => {
            f.instructions().try_(BlockType::Empty);
            steps(cx, f, rest);
            f.instructions().catch_all();
            if !skip {
                unwinding_drop(cx, f, id, drop);
                if twice {
                    unwinding_drop(cx, f, id, drop);
                }
            }
            f.instructions().rethrow(0).end();
            normal_drop(cx, f, id, drop);
        }
    }
}

/// Mutant `pad-loses-payload`: the landing pad catches a `$panic` by tag
/// and, its drop done, throws a new one with a lost payload instead of
/// rethrowing the one it caught; other exceptions it rethrows as it should.
fn guarded_losing_payload(cx: &Cx, f: &mut Function, id: u32, drop: DropBehavior, rest: &[WasmStep]) {
    match cx.encoding {
        Encoding::Exnref => {
            f.instructions()
                .block(BlockType::Empty)
                .block(BlockType::Result(ValType::EXNREF))
                .block(BlockType::Result(ValType::I32))
                .try_table(BlockType::Empty, [Catch::One { tag: TAG_PANIC, label: 0 }, Catch::AllRef { label: 1 }]);
            steps(cx, f, rest);
            f.instructions().end();
            normal_drop(cx, f, id, drop);
            f.instructions().br(2).end().drop();
            unwinding_drop(cx, f, id, drop);
            f.instructions().i32_const(LOST_PAYLOAD).throw(TAG_PANIC).end();
            unwinding_drop(cx, f, id, drop);
            f.instructions().throw_ref().end();
        }
        Encoding::Legacy => {
            f.instructions().try_(BlockType::Empty);
            steps(cx, f, rest);
            f.instructions().catch(TAG_PANIC).drop();
            unwinding_drop(cx, f, id, drop);
            f.instructions().i32_const(LOST_PAYLOAD).throw(TAG_PANIC).catch_all();
            unwinding_drop(cx, f, id, drop);
            f.instructions().rethrow(0).end();
            normal_drop(cx, f, id, drop);
        }
    }
}

/// The destructor on normal scope exit: a panicking one starts unwinding
/// (or, under panic=abort, aborts).
fn normal_drop(cx: &Cx, f: &mut Function, id: u32, drop: DropBehavior) {
    log_const(f, code::GUARD_DROP, id as i32);
    if let DropBehavior::Panics(p) = drop {
        panic(cx, f, p);
    }
}

/// The destructor inside a landing pad: a panic here cannot unwind, so it is
/// caught by a terminate pad that aborts.
fn unwinding_drop(cx: &Cx, f: &mut Function, id: u32, drop: DropBehavior) {
    let DropBehavior::Panics(p) = drop else {
        log_const(f, code::GUARD_DROP, id as i32);
        return;
    };
    match cx.encoding {
        Encoding::Exnref => {
            f.instructions().block(BlockType::Empty).try_table(BlockType::Empty, [Catch::All { label: 0 }]);
            log_const(f, code::GUARD_DROP, id as i32);
            panic(cx, f, p);
            f.instructions().end().end();
        }
        Encoding::Legacy => {
            f.instructions().try_(BlockType::Empty);
            log_const(f, code::GUARD_DROP, id as i32);
            panic(cx, f, p);
            f.instructions().catch_all();
        }
    }
    log_const(f, code::ABORT, AbortCause::PanicInDrop.code());
    f.instructions().unreachable();
    if cx.encoding == Encoding::Legacy {
        f.instructions().end();
    }
}

/// `panic_any(payload)`: `throw $panic`; under panic=abort the panic hook
/// (logged as the `panic` abort) and `abort()`, a trap.
fn panic(cx: &Cx, f: &mut Function, payload: i32) {
    log_const(f, code::PANIC, payload);
    if cx.panic_abort && !mutant::is(cx.mutant, Mutant::AbortLanePanicUnwinds) {
        log_const(f, code::ABORT, AbortCause::Panic.code());
        f.instructions().unreachable();
        return;
    }
    f.instructions().i32_const(payload).throw(TAG_PANIC);
}

fn step_(cx: &Cx, f: &mut Function, step: &WasmStep) {
    match step {
        WasmStep::Guard { .. } => unreachable!("handled by `steps`"),
        WasmStep::Scope(body) => steps(cx, f, body),
        // Log it, then hand the host the closure (docs/protocol.md 23); a
        // borrowed one is `steps`'s.
        WasmStep::MakeClosure { export, kind } => {
            make_closure(cx, f, *export, *kind);
            f.instructions().drop();
        }
        WasmStep::CallImport(k) => {
            f.instructions().call(cx.funcs.import_wrapper(*k));
        }
        WasmStep::CatchImport { import, panic } => catch_import(cx, f, *import, *panic),
        // The argument lives while the call runs (docs/protocol.md 33).
        WasmStep::CallWithClosure { import, export, mutable } => {
            let id = make_dropped_closure(cx, f, step, *export, ClosureKind::argument(*mutable));
            let call = |f: &mut Function| {
                f.instructions().call(cx.funcs.import_wrapper(*import));
            };
            with_pad(cx, f, call, |f| {
                f.instructions().local_get(id).call(cx.funcs.closure_drop());
            });
        }
        WasmStep::CallWasm(j) => {
            f.instructions().call(cx.funcs.body(*j));
        }
        // The await import through its wrapper (JSPI suspends in it;
        // docs/protocol.md 17).
        WasmStep::Await => {
            f.instructions().local_get(L_TASK).call(cx.funcs.await_wrapper());
        }
        WasmStep::Panic(p) => panic(cx, f, *p),
        WasmStep::CatchUnwind { body, handler } => catch_unwind(cx, f, body, handler),
        WasmStep::Abort(kind) => abort(cx, f, *kind),
        WasmStep::AddState(n) => {
            f.instructions()
                .i32_const(layout::STATE_ADDR)
                .i32_const(layout::STATE_ADDR)
                .i32_load(mem_arg())
                .i32_const(*n)
                .i32_add()
                .i32_store(mem_arg());
            log(f, code::STATE, |f| {
                f.instructions().i32_const(layout::STATE_ADDR).i32_load(mem_arg());
            });
        }
        WasmStep::ScheduleReinit => {
            f.instructions().call(super::F_SCHEDULE_REINIT);
        }
        WasmStep::Grow(n) => grow(f, *n),
        WasmStep::AddHigh(n) => add_high(cx, f, *n),
    }
}

/// An allocation of `n` pages: `memory.grow`; -1 is the out-of-memory abort
/// (rustc's `handle_alloc_error`), else the new size is logged.
fn grow(f: &mut Function, n: u32) {
    f.instructions().i32_const(n as i32).memory_grow(0).i32_const(-1).i32_eq().if_(BlockType::Empty);
    log_const(f, code::ABORT, AbortCause::Step(AbortKind::OutOfMemory).code());
    f.instructions().unreachable().end();
    log(f, code::MEMORY, |f| {
        f.instructions().memory_size(0);
    });
}

/// `high += n` on the first word past the initial memory. While the memory
/// has not grown the access is out of bounds: the `oob` abort is logged and
/// the load traps.
fn add_high(cx: &Cx, f: &mut Function, n: i32) {
    let addr = (cx.initial_pages * 65536) as i32;
    f.instructions().memory_size(0).i32_const(cx.initial_pages as i32).i32_le_u().if_(BlockType::Empty);
    log_const(f, code::ABORT, AbortCause::Step(AbortKind::OutOfBounds).code());
    f.instructions()
        .end()
        .i32_const(addr)
        .i32_const(addr)
        .i32_load(mem_arg())
        .i32_const(n)
        .i32_add()
        .i32_store(mem_arg());
    log(f, code::HIGH, |f| {
        f.instructions().i32_const(addr).i32_load(mem_arg());
    });
}

/// `catch_unwind`: catch `$panic` only; foreign exceptions pass through.
/// Under panic=abort nothing unwinds to it: the body is a plain block and
/// the handler is never reached.
fn catch_unwind(cx: &Cx, f: &mut Function, body: &[WasmStep], handler: &[WasmStep]) {
    if cx.panic_abort {
        return steps(cx, f, body);
    }
    let foreign_too = mutant::is(cx.mutant, Mutant::CatchUnwindCatchesForeign);
    if cx.funcs.catches {
        return catch_unwind_values(cx, f, body, handler);
    }
    match cx.encoding {
        Encoding::Exnref => {
            f.instructions().block(BlockType::Empty).block(BlockType::Result(ValType::I32));
            if foreign_too {
                f.instructions().block(BlockType::Empty).try_table(
                    BlockType::Empty,
                    [Catch::One { tag: TAG_PANIC, label: 1 }, Catch::All { label: 0 }],
                );
                steps(cx, f, body);
                f.instructions().end().br(2).end().i32_const(-1);
            } else {
                f.instructions().try_table(BlockType::Empty, [Catch::One { tag: TAG_PANIC, label: 0 }]);
                steps(cx, f, body);
                f.instructions().end().br(1);
            }
            f.instructions().end();
            caught(cx, f, handler);
            f.instructions().end();
        }
        Encoding::Legacy => {
            f.instructions().try_(BlockType::Empty);
            steps(cx, f, body);
            f.instructions().catch(TAG_PANIC);
            caught(cx, f, handler);
            if foreign_too {
                f.instructions().catch_all().i32_const(-1);
                caught(cx, f, handler);
            }
            f.instructions().end();
        }
    }
}

/// A `catch` import (docs/protocol.md 34): its catch wrapper returns 0, or
/// `Err`'s index + 1 in `$errs`: logged, then with `panic` a panic carrying
/// it (`$panic_value`; under panic=abort the panic hook and a trap).
fn catch_import(cx: &Cx, f: &mut Function, import: u32, panic: bool) {
    f.instructions().call(cx.funcs.catch_wrapper(import)).local_tee(L_PAYLOAD).if_(BlockType::Empty);
    log_const(f, code::IMPORT_ERR, import as i32);
    if panic {
        log_const(f, code::PANIC_VALUE, 0);
        if cx.panic_abort {
            log_const(f, code::ABORT, AbortCause::Panic.code());
            f.instructions().unreachable();
        } else {
            f.instructions().local_get(L_PAYLOAD).throw(TAG_PANIC_VALUE);
        }
    }
    f.instructions().end();
}

/// With the payload on the stack: log it and run the handler.
fn caught(cx: &Cx, f: &mut Function, handler: &[WasmStep]) {
    f.instructions().local_set(L_PAYLOAD);
    if mutant::is(cx.mutant, Mutant::CatchUnwindLosesPayload) {
        f.instructions().i32_const(LOST_PAYLOAD).local_set(L_PAYLOAD);
    }
    log(f, code::CAUGHT, |f| {
        f.instructions().local_get(L_PAYLOAD);
    });
    steps(cx, f, handler);
}

/// `catch_unwind` in a module where panics carry JS values too: it
/// catches `$panic` (the payload logged) and `$panic_value` (`caught
/// value`), then runs the handler; foreign exceptions pass through (with
/// the mutant, are caught as payload -1).
fn catch_unwind_values(cx: &Cx, f: &mut Function, body: &[WasmStep], handler: &[WasmStep]) {
    let foreign_too = mutant::is(cx.mutant, Mutant::CatchUnwindCatchesForeign);
    let value = |f: &mut Function| {
        f.instructions().drop();
        log_const(f, code::CAUGHT_VALUE, 0);
        steps(cx, f, handler);
    };
    match cx.encoding {
        Encoding::Exnref => {
            // block $done { block $v (i32) { block $p (i32) { [block $f {] try_table
            //   (catch $panic $p) (catch $panic_value $v) [(catch_all $f)] BODY end
            //   br $done [} i32.const -1 br $p] } caught; br $done } value } }
            let extra = foreign_too as u32;
            f.instructions()
                .block(BlockType::Empty)
                .block(BlockType::Result(ValType::I32))
                .block(BlockType::Result(ValType::I32));
            if foreign_too {
                f.instructions().block(BlockType::Empty);
            }
            let mut catches = vec![Catch::One { tag: TAG_PANIC, label: extra }, Catch::One { tag: TAG_PANIC_VALUE, label: 1 + extra }];
            if foreign_too {
                catches.push(Catch::All { label: 0 });
            }
            f.instructions().try_table(BlockType::Empty, catches);
            steps(cx, f, body);
            f.instructions().end().br(2 + extra);
            if foreign_too {
                f.instructions().end().i32_const(-1).br(0);
            }
            f.instructions().end();
            caught(cx, f, handler);
            f.instructions().br(1).end();
            value(f);
            f.instructions().end();
        }
        Encoding::Legacy => {
            f.instructions().try_(BlockType::Empty);
            steps(cx, f, body);
            f.instructions().catch(TAG_PANIC);
            caught(cx, f, handler);
            f.instructions().catch(TAG_PANIC_VALUE);
            value(f);
            if foreign_too {
                f.instructions().catch_all().i32_const(-1);
                caught(cx, f, handler);
            }
            f.instructions().end();
        }
    }
}

fn abort(cx: &Cx, f: &mut Function, kind: AbortKind) {
    let cause = AbortCause::Step(kind).code();
    match kind {
        AbortKind::Unreachable => {
            log_const(f, code::ABORT, cause);
            f.instructions().unreachable();
        }
        AbortKind::OutOfMemory => {
            // Growing by the maximum always fails against it: the memory
            // already has at least one page.
            f.instructions()
                .i32_const(cx.max_pages as i32)
                .memory_grow(0)
                .i32_const(-1)
                .i32_eq()
                .if_(BlockType::Empty);
            log_const(f, code::ABORT, cause);
            f.instructions().unreachable().end();
        }
        AbortKind::StackOverflow => {
            log_const(f, code::ABORT, cause);
            f.instructions().i32_const(0).call(cx.funcs.overflow()).drop();
        }
        AbortKind::DivideByZero => {
            log_const(f, code::ABORT, cause);
            f.instructions()
                .i32_const(1)
                .i32_const(layout::ZERO_ADDR)
                .i32_load(mem_arg())
                .i32_div_s()
                .drop();
        }
        AbortKind::OutOfBounds => {
            log_const(f, code::ABORT, cause);
            f.instructions().i32_const(-16).i32_load(mem_arg()).drop();
        }
    }
}
