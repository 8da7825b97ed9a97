//! The binding layer's wrappers (DESIGN.md §1) and the module's built-ins.
//!
//! Export wrapper: a panic escaping the body becomes `PanicError(payload)`
//! rethrown under `$wrapped`; everything else passes unchanged. It is also
//! the unwinding closure entry; the aborting one turns that panic into an
//! abort instead.
//!
//! Import wrapper (as wasm-bindgen's catch handler): a host exception arriving
//! as `$jstag` is rethrown as `$wrapped`, any other exception unchanged, and on
//! each of the three paths out the `terminated` flag is checked first and
//! `unreachable` executed if it is set — the abort reentrancy guard. Under
//! panic=abort every exception reaching it is an abort there.

use super::body::{Cx, Encoding};
use super::{layout, log_const, mem_arg, F_PANIC_ERROR, TAG_JS, TAG_PANIC, TAG_PANIC_VALUE, TAG_WRAPPED};
use crate::mutant::{self, Mutant};
use crate::trace::{code, AbortCause, LOST_PAYLOAD};
use wasm_encoder::{BlockType, Catch, Function, ValType};

/// An async export's wrapper takes the task and hands it to the body
/// through the task global (the body copies it at entry).
pub fn export_wrapper(cx: &Cx, export: u32, is_async: bool) -> Function {
    let mut f = Function::new([]);
    if is_async {
        f.instructions().local_get(0).global_set(super::G_TASK);
    }
    let lose = mutant::is(cx.mutant, Mutant::ExportWrapperLosesPayload);
    let as_panic_error = mutant::is(cx.mutant, Mutant::PanicValueBecomesPanicError);
    body_catching_panic(
        cx,
        &mut f,
        export,
        |f| {
            if lose {
                f.instructions().drop().i32_const(LOST_PAYLOAD);
            }
            f.instructions().call(F_PANIC_ERROR).throw(TAG_WRAPPED);
        },
        // A JS value's panic: the value itself (docs/protocol.md 35).
        |f| {
            if as_panic_error {
                f.instructions().call(F_PANIC_ERROR).throw(TAG_WRAPPED);
            } else {
                err_value(cx, f);
                f.instructions().throw(TAG_WRAPPED);
            }
        },
    );
    f
}

/// With `Err`'s index + 1 on the stack: the JS value in `$errs`.
fn err_value(cx: &Cx, f: &mut Function) {
    f.instructions().i32_const(1).i32_sub().table_get(cx.funcs.errs_table());
}

/// The aborting closure entry of export `e<export>` (`Closure::own_aborting`,
/// docs/protocol.md 26): it runs the body and returns the state, as the
/// export wrapper does, but its edge does not unwind: a `$panic` reaching it
/// (once the landing pads inside have run) is an abort there, logged as
/// `panic_in_aborting_closure` and trapping. Anything else passes unchanged.
pub fn aborting_closure(cx: &Cx, export: u32) -> Function {
    if mutant::is(cx.mutant, Mutant::AbortingClosureUnwinds) {
        return export_wrapper(cx, export, false);
    }
    let mut f = Function::new([]);
    let abort = |f: &mut Function| {
        f.instructions().drop();
        log_const(f, code::ABORT, AbortCause::PanicInAbortingClosure.code());
        f.instructions().unreachable();
    };
    body_catching_panic(cx, &mut f, export, abort, abort);
    f
}

/// `body(); return state`, with `on_panic` run on a `$panic` escaping the
/// body, and in modules with catch imports `on_value` on a `$panic_value`
/// (the payload on the stack; neither may fall through).
fn body_catching_panic(cx: &Cx, f: &mut Function, export: u32, on_panic: impl FnOnce(&mut Function), on_value: impl FnOnce(&mut Function)) {
    let body = cx.funcs.body(export);
    let values = cx.funcs.catches;
    match cx.encoding {
        Encoding::Exnref => {
            let mut catches = vec![Catch::One { tag: TAG_PANIC, label: 0 }];
            if values {
                f.instructions().block(BlockType::Result(ValType::I32));
                catches.push(Catch::One { tag: TAG_PANIC_VALUE, label: 1 });
            }
            f.instructions()
                .block(BlockType::Result(ValType::I32))
                .try_table(BlockType::Empty, catches)
                .call(body)
                .i32_const(layout::STATE_ADDR)
                .i32_load(mem_arg())
                .return_()
                .end()
                .unreachable()
                .end();
            on_panic(f);
            if values {
                f.instructions().end();
                on_value(f);
            }
        }
        Encoding::Legacy => {
            f.instructions()
                .try_(BlockType::Result(ValType::I32))
                .call(body)
                .i32_const(layout::STATE_ADDR)
                .i32_load(mem_arg())
                .catch(TAG_PANIC);
            on_panic(f);
            if values {
                f.instructions().catch(TAG_PANIC_VALUE);
                on_value(f);
            }
            f.instructions().end();
        }
    }
    f.instructions().end();
}

/// The catch wrapper of imported function `host` (a `catch` import,
/// docs/protocol.md 34; wasm-bindgen's `WrapperKind::CatchWrapper`): on a
/// normal return, the terminated check, then 0; on a JS value (`$jstag`),
/// the check, then the value is stored in `$errs` and its index + 1
/// returned; on any other exception, the check, then it is rethrown
/// unchanged (under panic=abort: `unreachable`, as the import wrapper).
pub fn catch_wrapper(cx: &Cx, host: u32) -> Function {
    let check_err = !mutant::is(cx.mutant, Mutant::CatchErrIgnoresTerminated);
    let other = |f: &mut Function| {
        if cx.panic_abort {
            f.instructions().unreachable();
        }
    };
    match cx.encoding {
        Encoding::Exnref => {
            const EXN: u32 = 0;
            let mut f = Function::new([(1, ValType::EXNREF)]);
            f.instructions()
                .block(BlockType::Result(ValType::EXNREF))
                .block(BlockType::Result(ValType::EXTERNREF))
                .try_table(BlockType::Empty, [Catch::One { tag: TAG_JS, label: 0 }, Catch::AllRef { label: 1 }])
                .call(host);
            terminated_check(&mut f, true);
            f.instructions().i32_const(0).return_().end().unreachable().end();
            // $jstag: the host's value is on the stack.
            terminated_check(&mut f, check_err);
            store_err(cx, &mut f);
            f.instructions().return_().end();
            f.instructions().local_set(EXN);
            terminated_check(&mut f, true);
            other(&mut f);
            f.instructions().local_get(EXN).throw_ref().end();
            f
        }
        Encoding::Legacy => {
            let mut f = Function::new([]);
            f.instructions().try_(BlockType::Result(ValType::I32)).call(host);
            terminated_check(&mut f, true);
            f.instructions().i32_const(0).catch(TAG_JS);
            terminated_check(&mut f, check_err);
            store_err(cx, &mut f);
            f.instructions().catch_all();
            terminated_check(&mut f, true);
            other(&mut f);
            f.instructions().rethrow(0).end().end();
            f
        }
    }
}

/// With a JS value on the stack: store it in `$errs` (which grows by one)
/// and leave its index + 1.
fn store_err(cx: &Cx, f: &mut Function) {
    f.instructions().i32_const(1).table_grow(cx.funcs.errs_table()).i32_const(1).i32_add();
}

/// The wrapper of imported function `host`, which takes `params` i32s (the
/// wrapper takes them too and passes them on).
pub fn import_wrapper(cx: &Cx, host: u32, params: u32) -> Function {
    if cx.panic_abort && !mutant::is(cx.mutant, Mutant::AbortLaneImportRethrows) {
        return abort_import_wrapper(cx, host, params);
    }
    let check_return = !mutant::is(cx.mutant, Mutant::NoTerminatedCheckAfterReturn);
    let check_throw = !mutant::is(cx.mutant, Mutant::NoTerminatedCheckOnThrow);
    let check_other = check_throw && !mutant::is(cx.mutant, Mutant::NoTerminatedCheckOnOther);
    let other_traps = mutant::is(cx.mutant, Mutant::OtherExceptionTraps);
    let call = |f: &mut Function| {
        for p in 0..params {
            f.instructions().local_get(p);
        }
        f.instructions().call(host);
    };
    match cx.encoding {
        Encoding::Exnref => {
            let l_exn: u32 = params;
            let mut f = Function::new([(1, ValType::EXNREF)]);
            f.instructions()
                .block(BlockType::Result(ValType::EXNREF))
                .block(BlockType::Result(ValType::EXTERNREF))
                .try_table(
                    BlockType::Empty,
                    [Catch::One { tag: TAG_JS, label: 0 }, Catch::AllRef { label: 1 }],
                );
            call(&mut f);
            terminated_check(&mut f, check_return);
            f.instructions().return_().end().unreachable().end();
            // $jstag: the host's exception value is on the stack.
            terminated_check(&mut f, check_throw);
            f.instructions().throw(TAG_WRAPPED).end();
            // anything else: the exnref is on the stack.
            f.instructions().local_set(l_exn);
            terminated_check(&mut f, check_other);
            if other_traps {
                f.instructions().unreachable();
            }
            f.instructions().local_get(l_exn).throw_ref().end();
            f
        }
        Encoding::Legacy => {
            let mut f = Function::new([]);
            f.instructions().try_(BlockType::Empty);
            call(&mut f);
            terminated_check(&mut f, check_return);
            f.instructions().catch(TAG_JS);
            terminated_check(&mut f, check_throw);
            f.instructions().throw(TAG_WRAPPED).catch_all();
            terminated_check(&mut f, check_other);
            if other_traps {
                f.instructions().unreachable();
            }
            f.instructions().rethrow(0).end().end();
            f
        }
    }
}

/// The import wrapper under panic=abort: a normal return is checked as
/// above; any exception is foreign unwinding into frames that cannot unwind,
/// an abort right there (rustc's terminate edge for a `C-unwind` call):
/// `unreachable`, whatever the flag says (docs/protocol.md 28).
fn abort_import_wrapper(cx: &Cx, host: u32, params: u32) -> Function {
    let check_return = !mutant::is(cx.mutant, Mutant::NoTerminatedCheckAfterReturn);
    let mut f = Function::new([]);
    match cx.encoding {
        Encoding::Exnref => {
            f.instructions().block(BlockType::Empty).try_table(BlockType::Empty, [Catch::All { label: 0 }]);
        }
        Encoding::Legacy => {
            f.instructions().try_(BlockType::Empty);
        }
    }
    for p in 0..params {
        f.instructions().local_get(p);
    }
    f.instructions().call(host);
    terminated_check(&mut f, check_return);
    match cx.encoding {
        Encoding::Exnref => f.instructions().return_().end().unreachable().end().unreachable().end(),
        Encoding::Legacy => f.instructions().catch_all().unreachable().end().end(),
    };
    f
}

/// `if (terminated) unreachable`
fn terminated_check(f: &mut Function, enabled: bool) {
    if enabled {
        f.instructions()
            .i32_const(layout::TERMINATED_ADDR)
            .i32_load(mem_arg())
            .if_(BlockType::Empty)
            .unreachable()
            .end();
    }
}

/// Values each frame keeps live across its call: loaded (from distinct
/// addresses, so no load elimination merges them) before it and added after
/// it, so every engine frame holds them and the stack runs out after a few
/// thousand frames instead of tens of thousands. An overflow then costs V8
/// about a quarter (measured in Liftoff and in TurboFan code: 415 -> 126 and
/// 344 -> 73 µs). The real guest's recursion does the same
/// (engines/guest/src/interp.rs).
const OVERFLOW_LIVE: u32 = 64;

/// Unbounded, non-tail recursion for the stack-overflow abort. It logs
/// nothing per frame: overflow depth differs between engines and runs.
pub fn overflow(cx: &Cx) -> Function {
    let mut f = Function::new([(OVERFLOW_LIVE, ValType::I32)]);
    for l in 0..OVERFLOW_LIVE {
        // The first page always exists; the sum is never used (the
        // recursion never returns).
        f.instructions().i32_const(4 * l as i32).i32_load(mem_arg()).local_set(1 + l);
    }
    f.instructions().local_get(0).i32_const(1).i32_add().call(cx.funcs.overflow()).local_get(0).i32_add();
    for l in 0..OVERFLOW_LIVE {
        f.instructions().local_get(1 + l).i32_add();
    }
    f.instructions().end();
    f
}

pub fn read_state() -> Function {
    let mut f = Function::new([]);
    f.instructions().i32_const(layout::STATE_ADDR).i32_load(mem_arg()).end();
    f
}

/// Allocate the next handle number (1, 2, ...) of this instance.
pub fn new_handle() -> Function {
    let mut f = Function::new([]);
    f.instructions()
        .i32_const(layout::HANDLES_ADDR)
        .i32_const(layout::HANDLES_ADDR)
        .i32_load(mem_arg())
        .i32_const(1)
        .i32_add()
        .i32_store(mem_arg())
        .i32_const(layout::HANDLES_ADDR)
        .i32_load(mem_arg())
        .end();
    f
}
