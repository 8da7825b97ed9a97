// reentry standalone repro: p5-classification
// Run: node repro.mjs | deno run repro.mjs | d8 repro.mjs  (PASS/FAIL against the model)
// In reentry: reentry replay corpus/regressions/rustc-1.96-wasm-no-terminate-in-cleanup/ --engines wasmtime
//             reentry replay corpus/regressions/rustc-1.96-wasm-no-terminate-in-cleanup/ --engines v8
// Lane rustc/reentry: the modules are the real rustc guest (engines/guest), the plan carries the program.
// ---- engines/glue.js ----
// reentry JS glue: the host side of the recovery protocol (DESIGN.md s1) and
// the interpreter of a program's host plan (harness/src/plan.rs).
//
// The JavaScript counterpart of harness/src/engine/wasmtime.rs; the reference
// for both is harness/src/model.rs. A classic script (no import/export) so
// deno_core, node/deno workers and standalone repro files can all evaluate it.
// It defines `globalThis.ReentryGlue`:
//   compile(bytes)                      -> WebAssembly.Module
//   runCase(module, plan, {forcePolyfill, drain}) -> Int32Array, the flat trace;
//                                          for a plan with tasks (issue 13) or a
//                                          driver `invoke` a Promise of it: between driver steps it awaits
//                                          `drain()` (a promise that settles once every
//                                          pending microtask ran; default setImmediate /
//                                          setTimeout 0; 'host': the host calls tick())
//   tick()                              -> resolves the oldest pending 'host' drain
//                                          (false if none is pending)
//   features()                          -> {jstag, exnref, legacy, ...}, probed
//   floor(module, exportIndices[, guestBytes, memInitial, memMaximum]) -> undefined;
//                                          the raw engine floor
//   foreignModule()                     -> {raise(p), tag}: the second module whose
//                                          `$panic` a host `throw foreign_panic` raises
//   wire                                -> the trace codes and trap vocabulary
//                                          (docs/trace-format.md), frozen
//
// Hot path: runCase runs thousands of times a second. Events are pushed as
// ints onto one reused array; nothing else is allocated per event.
(function (global) {
  'use strict';

  // ---- the trace wire format: harness/src/trace.rs, docs/trace-format.md ----
  // Module-level consts for the hot path; `ReentryGlue.wire` (at the end)
  // exposes every one by the name trace.rs's `code` gives it, and
  // harness/tests/wire_format.rs checks them against trace.rs.
  // Codes 0..=11 are logged by Wasm itself (`env.log`), the rest by this file.
  const ENTER = 0, EXIT = 1, GUARD_NEW = 2, GUARD_DROP = 3, PANIC = 4, CAUGHT = 5, STATE = 6, ABORT = 7,
    MEMORY = 8, HIGH = 9, CLOSURE_NEW = 10, CLOSURE_NEW_ABORTING = 11;
  const HOST_ENTER = 16, HOST_EXIT = 17, HOST_RETURN = 18, THROW = 19, TERMINATE = 20,
    SCHEDULE_REINIT = 21, HOOK = 22, RESET = 23, THROW_EXN = 24, UNCAUGHT = 25, CATCH = 32, OUTCOME = 48,
    SUBCODES = 16;
  // Tasks (issue 13): `TASK + outcome code` is a task's promise settling.
  const END_RESOLVE = 26, HUNG = 27, TASK_START = 28, TASK_AWAITS = 29, TASK_RESUMES = 30, TASK = 64;
  // Closures (issue 13 part 4): a host `invoke` of an export no closure was made for.
  const NO_CLOSURE = 31;
  const F_PANIC = 0, F_FOREIGN = 1, F_TRAP = 2, F_TERMINATED = 3, F_STALE = 4, F_FOREIGN_COPY = 5,
    F_WASM_PANIC = 6, F_FOREIGN_PANIC = 7, F_UNKNOWN_TAG = 11;
  const O_VALUE = 8, O_DONE = 9, O_NO_HANDLE = 10, O_TASK = 12, O_NOT_AWAITING = 13, O_NO_CLOSURE = 14;
  // ExnTag names by code (`ExnTag::ALL` order): the tags a host `throw` of a
  // WebAssembly.Exception uses (docs/protocol.md 9-12).
  const EXN_TAGS = ['panic', 'wrapped', 'foreign_panic', 'unknown_tag'];
  // The same codes by the name a plan gives the tag (serde's variant names).
  const EXN_TAG_CODES = { Panic: 0, Wrapped: 1, ForeignPanic: 2, UnknownTag: 3 };
  // TrapKind names by code (`TrapKind::ALL` order, `TrapKind::name`).
  const TRAP_KINDS = ['unreachable', 'stack_overflow', 'div_zero', 'oob', 'other'];
  const TRAP_UNREACHABLE = TRAP_KINDS.indexOf('unreachable'), TRAP_STACK_OVERFLOW = TRAP_KINDS.indexOf('stack_overflow'),
    TRAP_DIV_ZERO = TRAP_KINDS.indexOf('div_zero'), TRAP_OOB = TRAP_KINDS.indexOf('oob'),
    TRAP_OTHER = TRAP_KINDS.indexOf('other');
  // AbortCause names by code (`AbortKind::ALL` order, then panic_in_drop,
  // then panic_in_aborting_closure); Wasm logs these, the glue only names
  // them (`wire`, repro.js).
  const ABORT_CAUSES = ['unreachable', 'oom', 'stack_overflow', 'div_zero', 'oob', 'panic_in_drop',
    'panic_in_aborting_closure'];

  // How V8 words its traps: the entries of harness/src/engine/facts.rs
  // `V8_TRAP_MESSAGES` whose class the trace tells apart (`TrapKind::of_class`),
  // matched as substrings in that table's order. A RuntimeError matching none
  // is `other`.
  const TRAP_MESSAGES = [
    ['unreachable', TRAP_UNREACHABLE],
    ['memory access out of bounds', TRAP_OOB],
    ['data segment', TRAP_OOB],
    ['divide by zero', TRAP_DIV_ZERO],
    ['remainder by zero', TRAP_DIV_ZERO],
  ];
  const STACK_OVERFLOW_MESSAGE = 'Maximum call stack size exceeded';

  // Targets of `callExport` besides `e<i>` (i >= 0).
  const READ_STATE = -1, NEW_HANDLE = -2;

  // ---- values the host throws ----
  class PanicError extends Error {
    constructor(payload) {
      super('panic ' + payload);
      this.payload = payload;
    }
  }
  class TerminatedError extends Error {
    constructor() { super('Module terminated'); }
  }
  class StaleHandleError extends Error {
    constructor() { super('stale handle: the instance was reset'); }
  }
  // A thrown non-Error JS value. Recognised by shape, so that a copy (which
  // loses the prototype and the identity) still classifies as foreign_copy.
  class ForeignValue {
    constructor(value) { this.reentryForeign = value; }
  }
  // A bug in the glue or a malformed plan: escapes runCase, never classified.
  class GlueBug extends Error {}
  // The first instance of a case could not be made (the module's imports).
  class InstantiateError extends Error {}
  InstantiateError.prototype.name = 'InstantiateError';

  const WA = global.WebAssembly;
  // Without the exception API the glue cannot run cases, but still loads so
  // that `features()` can say so.
  const newTag = () => (typeof WA.Tag === 'function' ? new WA.Tag({ parameters: ['externref'] }) : null);
  // `$wrapped`: the tag the module rethrows recoverable host errors under.
  const wrappedTag = newTag();
  // Stand-in for WebAssembly.JSTag where it is missing (or forcePolyfill).
  const polyTag = newTag();
  // A tag no module exports (ExnTag unknown_tag).
  const unknownTag = typeof WA.Tag === 'function' ? new WA.Tag({ parameters: ['i32'] }) : null;
  // A second module, instantiated once: its `$panic` tag and `raise(p)`,
  // which throws it (ExnTag foreign_panic: a Rust panic of another module on
  // the page). Made on first use (`foreignModule`).
  let foreign = null;

  // ---- per-case state (reset by `begin`, released by `end`) ----
  const T = []; // the flat trace
  let module = null;
  let imports = null; // host.h<k> functions of this case, or env.host_call (direct or shimmed)
  let guestProgram = null; // the real guest lane: the program's bytes (plan.guest)
  let jstag = null;
  let plan = null;
  let hookReinit = false;
  let instances = []; // index = epoch
  let current = 0;
  let reinitScheduled = false;
  let handleEpochs = []; // -1: the constructor failed
  const thrown = new Set(); // foreign values this case threw (identity)
  let failArg = 0; // second result of `failureOf`
  // The epoch of the instance whose Wasm is running: the caller of a host import.
  let active = 0;
  // The last `$wrapped` exception the glue unwrapped, and its payload: what
  // `catch raw` rethrows for that payload (docs/protocol.md 13).
  let lastRaw = null, lastRawPayload = null;
  // Tasks (issue 13, docs/protocol.md 16-22): per task number, null (its
  // spawn was refused) or {epoch, awaiting, resume(rejected, value), settled}.
  let tasks = [];
  // Closures (docs/protocol.md 23-26): per export, the newest closure the
  // host was handed for it, {epoch, aborting}, or undefined.
  let closures = [];
  // How to wait until every pending microtask has run (see runCase).
  let drain = null;
  // Resolvers of pending 'host' drains, oldest first (tick()).
  const ticks = [];
  // glue mutants (harness/src/mutant.rs)
  let mHookEveryBoundary = false, mHookNever = false, mTrapRecoverable = false,
    mGuardIgnoresTerminated = false, mResetKeepsMemory = false, mStaleHandlesAccepted = false,
    mExceptionRecoverable = false, mResetKeepsGrownMemory = false,
    mSiblingResumedAfterAbort = false, mRejectionNeverSettled = false, mHookOncePerTask = false,
    mGlueLosesPayload = false;
  // What a lost payload reads as (harness/src/oracle/properties/payload.rs LOST_PAYLOAD).
  const LOST_PAYLOAD = -1;

  // ---- the module's env imports (shared by every instance) ----
  function log(code, arg, epoch) {
    T.push(code, arg, epoch);
  }
  function panicError(payload) {
    return new PanicError(mGlueLosesPayload ? LOST_PAYLOAD : payload);
  }
  function scheduleReinit() {
    reinitScheduled = true;
    T.push(SCHEDULE_REINIT, 0, 0);
  }
  // env.closure_new(export, aborting): a `closure` step (the Wasm logged it)
  // hands the host a closure bound to the instance that made it.
  function closureNew(e, aborting) {
    closures[e] = { epoch: active, aborting: aborting !== 0 };
  }

  // host.h<k>: one function per import index, built once. The shimmed variant
  // is the JSTag polyfill: non-trap JS exceptions cross into Wasm as polyTag.
  // Every RuntimeError reaching it is a trap (the glue never constructs one),
  // so it passes unchanged and stays uncatchable, as with JSTag; a
  // WebAssembly.Exception is never a JSTag exception either, so it passes
  // unchanged too (docs/protocol.md 9).
  const hostDirect = {};
  const hostShimmed = {};
  let hostBuilt = 0;
  function ensureHostImports(n) {
    for (let k = hostBuilt; k < n; k++, hostBuilt++) {
      const name = 'h' + k;
      hostDirect[name] = function () { hostImport(k); };
      hostShimmed[name] = function () {
        try {
          hostImport(k);
        } catch (e) {
          if (isTrap(e) || e instanceof GlueBug || e instanceof WA.Exception) throw e;
          throw new WA.Exception(polyTag, [e]);
        }
      };
    }
  }

  // env.host_call(k): the one host import of the real guest (docs/guest.md),
  // direct and shimmed like host.h<k>.
  // A negative k is a task's await (docs/guest.md "Tasks").
  function hostCallDirect(k) { if (k < 0) guestAwait(k); else hostImport(k); }
  function hostCallShimmed(k) {
    try {
      if (k < 0) guestAwait(k); else hostImport(k);
    } catch (e) {
      if (isTrap(e) || e instanceof GlueBug || e instanceof WA.Exception) throw e;
      throw new WA.Exception(polyTag, [e]);
    }
  }

  function isTrap(e) {
    return e instanceof WA.RuntimeError ||
      (e instanceof RangeError && e.message === STACK_OVERFLOW_MESSAGE);
  }

  // ---- instances ----
  // Two module interfaces: generated modules (one import host.h<k> and one
  // export e<i> per program function, the epoch as a global), and the real
  // guest (docs/guest.md: env.host_call(k), call(i), each instance started
  // with the program's bytes and its epoch).
  function instantiate(epoch) {
    if (guestProgram) return instantiateGuest(epoch);
    const env = {
      log, panic_error: panicError, schedule_reinit: scheduleReinit, closure_new: closureNew,
      epoch: new WA.Global({ value: 'i32', mutable: false }, epoch),
      jstag, wrapped: wrappedTag,
    };
    // A module with async exports imports the await (JSPI: docs/protocol.md
    // 22); an import object may hold more than a module imports.
    if (suspendingAwait) env.await = suspendingAwait;
    const instance = new WA.Instance(module, { env, host: imports });
    const x = instance.exports;
    const exports = [];
    for (let i = 0; typeof x['e' + i] === 'function'; i++) exports.push(x['e' + i]);
    // A module with closures exports their entries (compile/mod.rs):
    // 2e the unwinding closure over e<e>, 2e + 1 the aborting one.
    const table = x.__closures;
    return record(x, exports, null, table ? (e, a) => table.get(2 * e + a)() : null);
  }

  // The guest imports its memory: the program's limits on top of the
  // guest's own pages (plan.guest_memory, docs/guest.md "Memory").
  function instantiateGuest(epoch) {
    const instance = new WA.Instance(module, {
      env: {
        log, panic_error: panicError, schedule_reinit: scheduleReinit,
        host_call: imports, jstag, wrapped: wrappedTag, closure_new: closureNew,
        memory: new WA.Memory(plan.guest_memory),
      },
    });
    const x = instance.exports;
    const n = guestProgram.length;
    const ptr = x.__reentry_alloc(n);
    new Uint8Array(x.memory.buffer, ptr, n).set(guestProgram);
    x.__reentry_start(ptr, n, epoch);
    // The guest's closure entry (docs/guest.md "Closures"): `invoke(e)`
    // runs the instance's newest closure over e<e>, which knows its kind.
    return record(x, null, x.call, (e) => x.invoke(e));
  }

  // `exports[i]` are e<i>; or `call(i)` runs export i of the guest.
  // `closure(e, aborting)` runs the closure entry of e<e> (null: none).
  function record(x, exports, call, closure) {
    return {
      exports, call, closure, readState: x.__read_state, newHandle: x.__new_handle, memory: x.memory,
      // WebAssembly.promising of async export i, made on its first spawn.
      promising: [],
      // The flag's address comes from the module, as wasm-bindgen reads it.
      flagIndex: x.__instance_terminated.value >> 2,
      view: new Int32Array(x.memory.buffer),
      hookFired: false,
      // This instance's `$panic` (generated modules export it; the guest's
      // is rustc's and stays inside: docs/guest.md).
      panicTag: x.__panic_tag || null,
    };
  }

  // A view of the memory, renewed if memory.grow detached the old buffer.
  function words(rec) {
    if (rec.view.length === 0) rec.view = new Int32Array(rec.memory.buffer);
    return rec.view;
  }
  function isTerminated(rec) {
    return words(rec)[rec.flagIndex] !== 0;
  }
  function setTerminated(epoch) {
    const rec = instances[epoch];
    words(rec)[rec.flagIndex] = 1;
  }

  function fireHook(epoch) {
    if (mHookNever) return;
    instances[epoch].hookFired = true;
    T.push(HOOK, epoch, 0);
    if (hookReinit) reinitScheduled = true;
  }

  function reset() {
    const epoch = instances.length;
    const rec = instantiate(epoch);
    if (mResetKeepsMemory) {
      const old = new Uint8Array(instances[current].memory.buffer);
      const fresh = new Uint8Array(rec.memory.buffer);
      fresh.set(old.length <= fresh.length ? old : old.subarray(0, fresh.length));
    }
    if (mResetKeepsGrownMemory) {
      const old = instances[current].memory.buffer;
      const freshLen = rec.memory.buffer.byteLength;
      if (old.byteLength > freshLen) {
        rec.memory.grow((old.byteLength - freshLen) / 65536);
        new Uint8Array(rec.memory.buffer).set(new Uint8Array(old, freshLen), freshLen);
      }
    }
    instances.push(rec);
    current = epoch;
    reinitScheduled = false;
    T.push(RESET, epoch, 0);
  }

  // ---- the glue around every call from the host into an export ----
  // `resumption`: the entry of a task resuming (decision 19).
  function callGuard(resumption) {
    const rec = instances[current];
    if (!mGuardIgnoresTerminated && isTerminated(rec)) {
      if (!rec.hookFired) fireHook(current);
      // Mutant: a task resuming passes a terminated instance.
      if (resumption && mSiblingResumedAfterAbort && !reinitScheduled) return;
      if (!reinitScheduled) throw new TerminatedError();
      reset();
    } else if (reinitScheduled) {
      reset();
    }
  }

  // The checks before entering Wasm: the call guard, then for an object
  // bound to an epoch (a handle, a closure; `epoch` >= 0) the stale check
  // (decisions 5, 24).
  function enter(epoch) {
    callGuard();
    if (epoch >= 0 && epoch !== current && !mStaleHandlesAccepted) {
      throw new StaleHandleError();
    }
  }

  // Call `e<target>` (or a built-in); `handleEpoch` >= 0 when called on a handle.
  function callExport(target, handleEpoch) {
    enter(handleEpoch);
    return callCurrent(target, -1);
  }

  // The closure entry of the newest closure made for e<e> (decision 24);
  // undefined if none was made.
  function invokeClosure(e) {
    const c = closures[e];
    if (!c) return undefined;
    enter(c.epoch);
    return callCurrent(e, c.aborting ? 1 : 0);
  }

  // Call `target` in the current instance, its checks done (`closure` >= 0:
  // the closure entry of e<target> of that kind), and hand on what leaves
  // it as the export boundary makes it.
  function callCurrent(target, closure) {
    const inst = current;
    const rec = instances[inst];
    const caller = active;
    active = inst;
    try {
      let r;
      if (closure >= 0) {
        if (!rec.closure) throw new GlueBug('this module has no closure entry (a lane fact)');
        r = rec.closure(target, closure);
      } else if (target >= 0) r = rec.call ? rec.call(target) : rec.exports[target]();
      else r = target === READ_STATE ? rec.readState() : rec.newHandle();
      active = caller;
      return r;
    } catch (e) {
      active = caller;
      throw afterError(inst, e);
    }
  }

  // `$wrapped` is recoverable: its payload goes on. Anything else aborts the
  // instance the call entered: an exception under another tag
  // (docs/protocol.md 12) or a trap. Returns what to rethrow.
  function afterError(inst, e) {
    if (e instanceof WA.Exception && e.is(wrappedTag)) {
      const payload = e.getArg(wrappedTag, 0);
      lastRaw = e;
      lastRawPayload = payload;
      return payload;
    }
    if (e instanceof GlueBug) return e;
    if (e instanceof WA.Exception) {
      if (mExceptionRecoverable) return e;
      T.push(UNCAUGHT, inst, 0);
    } else if (mTrapRecoverable) {
      return e;
    }
    setTerminated(inst);
    if (!instances[inst].hookFired || mHookEveryBoundary) fireHook(inst);
    return e;
  }

  // Failure code of a JS value the host caught; its argument in `failArg`.
  function failureOf(e) {
    failArg = 0;
    if (e instanceof PanicError) {
      failArg = e.payload;
      return F_PANIC;
    }
    if (e !== null && typeof e === 'object' && typeof e.reentryForeign === 'number') {
      failArg = e.reentryForeign;
      return thrown.has(e) ? F_FOREIGN : F_FOREIGN_COPY;
    }
    if (e instanceof TerminatedError) return F_TERMINATED;
    if (e instanceof StaleHandleError) return F_STALE;
    if (e instanceof WA.Exception) return exceptionFailure(e);
    failArg = trapKind(e);
    return F_TRAP;
  }

  // A WebAssembly.Exception as the host sees it: `$wrapped` as its payload
  // (docs/protocol.md 13), the others by tag, with their payload.
  function exceptionFailure(e) {
    if (e.is(wrappedTag)) return failureOf(e.getArg(wrappedTag, 0));
    if (foreign && e.is(foreign.tag)) {
      failArg = e.getArg(foreign.tag, 0);
      return F_FOREIGN_PANIC;
    }
    if (e.is(unknownTag)) {
      failArg = e.getArg(unknownTag, 0);
      return F_UNKNOWN_TAG;
    }
    for (let i = 0; i < instances.length; i++) {
      const tag = instances[i].panicTag;
      if (tag && e.is(tag)) {
        failArg = e.getArg(tag, 0);
        return F_WASM_PANIC;
      }
    }
    throw new GlueBug('an exception under a tag the glue does not know');
  }

  // The TrapKind code of an error that is none of the protocol's values.
  function trapKind(e) {
    if (e instanceof WA.RuntimeError) {
      const m = String(e.message);
      for (let i = 0; i < TRAP_MESSAGES.length; i++) {
        if (m.includes(TRAP_MESSAGES[i][0])) return TRAP_MESSAGES[i][1];
      }
      return TRAP_OTHER;
    }
    if (e instanceof RangeError && e.message === STACK_OVERFLOW_MESSAGE) return TRAP_STACK_OVERFLOW;
    return TRAP_OTHER;
  }

  function throwForeign(value) {
    T.push(THROW, value, 0);
    const v = new ForeignValue(value);
    thrown.add(v);
    throw v;
  }

  // A WebAssembly.Exception under `tag` (an ExnTag name).
  function throwExn(tag, value) {
    T.push(THROW_EXN, value, EXN_TAG_CODES[tag]);
    switch (tag) {
      case 'Panic': {
        // The `$panic` of the instance that called this import (docs/protocol.md 10).
        const t = instances[active].panicTag;
        if (!t) throw new GlueBug('this module has no $panic tag the host can throw (a lane fact)');
        throw new WA.Exception(t, [value]);
      }
      case 'Wrapped': {
        const v = new ForeignValue(value);
        thrown.add(v);
        throw new WA.Exception(wrappedTag, [v]);
      }
      case 'ForeignPanic':
        foreignModule().raise(value);
        throw new GlueBug('the foreign module did not throw');
      case 'UnknownTag':
        throw new WA.Exception(unknownTag, [value]);
      default:
        throw new GlueBug('unknown exception tag ' + tag);
    }
  }

  // ---- the host-step interpreter ----
  function hostImport(k) {
    T.push(HOST_ENTER, k, 0);
    hostSteps(plan.imports[k]);
    T.push(HOST_EXIT, k, 0);
  }

  // The host-step interpreter over a lane's operations: this glue's and
  // wbg-host.js's (ReentryGlue.hostStepsOver), so both lanes log the same
  // events in the same order and differ only in how a step reaches Wasm.
  // `ops`: call(k) and invoke(k) (undefined: no closure) return the value;
  // throwForeign, throwExn throw; logCatch(e) logs what a `try` caught;
  // rethrowRaw(e) is what `catch raw` throws; terminate() and
  // scheduleReinit() do and log the step; isBug(e) / bug(message) are the
  // lane's own GlueBug.
  function hostStepsOver(T, ops) {
    return function hostSteps(steps) {
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i];
        switch (step.op) {
          case 'CallExport': {
            const value = ops.call(step.export);
            T.push(HOST_RETURN, step.export, value);
            break;
          }
          case 'Throw':
            ops.throwForeign(step.value);
            break;
          case 'ThrowExn':
            ops.throwExn(step.tag, step.value);
            break;
          case 'Try':
            try {
              hostSteps(step.body);
            } catch (e) {
              if (ops.isBug(e)) throw e;
              ops.logCatch(e);
              const on = step.on_catch;
              if (on.op === 'Rethrow') throw e;
              if (on.op === 'RethrowRaw') throw ops.rethrowRaw(e);
              if (on.op === 'RethrowWrapped') ops.throwForeign(on.value);
              else if (on.op !== 'Swallow') throw ops.bug('unknown on_catch ' + on.op);
            }
            break;
          case 'Terminate':
            ops.terminate();
            break;
          case 'ScheduleReinit':
            ops.scheduleReinit();
            break;
          case 'Invoke': {
            // "Now": from inside this import (decision 23).
            const value = ops.invoke(step.export);
            if (value === undefined) T.push(NO_CLOSURE, step.export, 0);
            else T.push(HOST_RETURN, step.export, value);
            break;
          }
          default:
            throw ops.bug('unknown host step ' + step.op);
        }
      }
    };
  }

  const hostSteps = hostStepsOver(T, {
    call: (k) => callExport(k, -1),
    invoke: invokeClosure,
    throwForeign,
    throwExn,
    logCatch(e) {
      const code = failureOf(e);
      T.push(CATCH + code, failArg, 0);
    },
    // The `$wrapped` exception the glue unwrapped `e` from, else `e`.
    rethrowRaw: (e) => (e === lastRawPayload ? lastRaw : e),
    terminate() {
      setTerminated(current);
      T.push(TERMINATE, current, 0);
    },
    scheduleReinit() {
      reinitScheduled = true;
      T.push(SCHEDULE_REINIT, 0, 0);
    },
    isBug: (e) => e instanceof GlueBug,
    bug: (m) => new GlueBug(m),
  });

  // ---- tasks (issue 13, docs/protocol.md 16-22) ----
  // Every settlement of a task's promise is logged, a second one too
  // (property 9). `code` is O_VALUE or a failure code.
  function settleTask(t, code, arg) {
    const task = tasks[t];
    if (mRejectionNeverSettled && code !== O_VALUE) return;
    task.settled = true;
    T.push(TASK + code, t, arg);
  }

  // A task's end as the export boundary makes it (decision 18).
  function taskEnded(t, inst, ok, v) {
    if (ok) {
      settleTask(t, O_VALUE, v);
      return;
    }
    const e = afterError(inst, v);
    if (e instanceof GlueBug) throw e;
    settleTask(t, failureOf(e), failArg);
  }

  // `spawn e<i>`: a call (decision 16); the body runs until its first await.
  function spawn(i) {
    const t = tasks.length;
    tasks.push(null);
    callGuard();
    const inst = current;
    const rec = instances[inst];
    const task = { epoch: inst, awaiting: false, resume: null, settled: false };
    tasks[t] = task;
    T.push(TASK_START, t, 0);
    if (rec.call) {
      pollGuest(t, -1 - ((t << 9) | (i << 1) | 1));
      return t;
    }
    if (!rec.promising[i]) rec.promising[i] = WA.promising(rec.exports[i]);
    const caller = active;
    active = inst;
    let q;
    try {
      q = rec.promising[i](t);
    } catch (e) {
      q = Promise.reject(e);
    } finally {
      active = caller;
    }
    q.then((v) => taskEnded(t, inst, true, v), (e) => taskEnded(t, inst, false, e));
    return t;
  }

  // The real guest's tasks are futures in its memory, polled by this glue
  // through `call(op)` (docs/guest.md "Tasks"): a poll after which the task
  // awaits is pending, any other end settles its promise.
  function pollGuest(t, op) {
    const task = tasks[t];
    const caller = active;
    active = task.epoch;
    let ok = true, v;
    try {
      v = instances[task.epoch].call(op);
    } catch (e) {
      ok = false;
      v = e;
    } finally {
      active = caller;
    }
    if (ok && task.awaiting) return;
    taskEnded(t, task.epoch, ok, v);
  }

  // env.host_call(k), k < 0: task t suspends (the driver settles its
  // promise later) or resumes, taking a rejection as a JS exception thrown
  // at the await (decision 17).
  function guestAwait(k) {
    const op = -1 - k, t = op >> 1, task = tasks[t];
    if (!task) throw new GlueBug('the guest awaited for task ' + t + ', which does not run');
    if ((op & 1) === 0) {
      T.push(TASK_AWAITS, t, 0);
      task.awaiting = true;
      return;
    }
    const r = task.rejection;
    task.rejection = null;
    if (r) throw r;
  }

  // env.await (a WebAssembly.Suspending function): the task's fresh promise,
  // settled by the resumption entry once the driver settles it.
  function awaitPromise(t) {
    const task = tasks[t];
    T.push(TASK_AWAITS, t, 0);
    task.awaiting = true;
    return new Promise((resolve, reject) => {
      task.resume = (rejected, v) => (rejected ? reject(v) : resolve());
    }).then(() => { active = task.epoch; }, (e) => { active = task.epoch; throw e; });
  }
  const suspendingAwait = typeof WA.Suspending === 'function' ? new WA.Suspending(awaitPromise) : null;

  // `resolve t` / `reject t v`: the resumption entry of a task whose promise
  // settled (decision 19): the call guard, then the stale check; refused,
  // the task's promise is rejected and none of its Wasm runs.
  function settleAwait(t, rejected, value) {
    const task = tasks[t];
    if (!task || !task.awaiting) return O_NOT_AWAITING;
    task.awaiting = false;
    try {
      // Mutant: the hook has fired "for this task" only once it fired at the
      // task's own resumption, so every refused sibling fires it again.
      if (mHookOncePerTask && !task.hooked && isTerminated(instances[current])) {
        task.hooked = true;
        instances[current].hookFired = false;
      }
      callGuard(true);
      if (task.epoch !== current) throw new StaleHandleError();
    } catch (e) {
      if (e instanceof GlueBug) throw e;
      settleTask(t, failureOf(e), failArg);
      return O_DONE;
    }
    T.push(TASK_RESUMES, t, 0);
    if (instances[task.epoch].call) {
      if (rejected) {
        task.rejection = new ForeignValue(value);
        thrown.add(task.rejection);
      }
      pollGuest(t, -1 - (t << 1));
      return O_DONE;
    }
    if (rejected) {
      // A JS exception at the await (decision 17); under the JSTag polyfill
      // thrown into Wasm as the polyfill's tag, as the host imports do.
      const v = new ForeignValue(value);
      thrown.add(v);
      task.resume(true, jstag === polyTag ? new WA.Exception(polyTag, [v]) : v);
    } else {
      task.resume(false);
    }
    return O_DONE;
  }

  // The driver's end (decision 21): resolve what tasks still await, in task
  // order, until none does; a promise still pending then is a hung task.
  function endOfDriver() {
    return endTasks(tasks, T, (t) => settleAwait(t, false, 0), drain, () => {});
  }

  // The same for either host driver (this one and wbg-host.js's): `trace`
  // is its trace, `resolve(t)` settles what task t awaits, `afterDrain()`
  // runs once the microtasks that set off have run.
  async function endTasks(all, trace, resolve, wait, afterDrain) {
    for (;;) {
      let resumed = false;
      for (let t = 0; t < all.length; t++) {
        if (all[t] && all[t].awaiting) {
          trace.push(END_RESOLVE, t, 0);
          resolve(t);
          await wait();
          afterDrain();
          resumed = true;
        }
      }
      if (!resumed) break;
    }
    for (let t = 0; t < all.length; t++) if (all[t] && !all[t].settled) trace.push(HUNG, t, 0);
  }

  // How to wait for the microtask queue: a macrotask runs after all of it.
  function drainOf(options) {
    const d = options && options.drain;
    if (typeof d === 'function') return d;
    if (d === 'host') {
      // A case cut short (a timeout) leaves its drain: never let it go on.
      ticks.length = 0;
      return () => new Promise((r) => ticks.push(r));
    }
    if (typeof setImmediate === 'function') return () => new Promise((r) => setImmediate(r));
    if (typeof setTimeout === 'function') return () => new Promise((r) => setTimeout(r, 0));
    return () => { throw new GlueBug('no way to wait for the microtask queue here: pass options.drain'); };
  }

  function tick() {
    const r = ticks.shift();
    if (!r) return false;
    r();
    return true;
  }

  // ---- the driver ----
  // A task step returns its outcome [code, arg], an invoke a promise of it,
  // which the driver logs once the microtasks it set off have run
  // (runJobs); every other step logs its own.
  function driverStep(n, step) {
    let value;
    try {
      switch (step.op) {
        case 'Invoke':
          // "Later": from a promise callback, a reaction job with no Wasm
          // frame below it (decision 23).
          return Promise.resolve(step.export).then(invokeOutcome);
        case 'Spawn':
          return [O_TASK, spawn(step.export)];
        case 'Resolve':
          return [settleAwait(step.task, false, 0), 0];
        case 'Reject':
          return [settleAwait(step.task, true, step.value), 0];
        case 'Call':
          value = callExport(step.export, -1);
          break;
        case 'Reset':
          reset();
          T.push(OUTCOME + O_DONE, n, 0);
          return;
        case 'NewHandle':
          handleEpochs.push(-1);
          value = callExport(NEW_HANDLE, -1);
          handleEpochs[handleEpochs.length - 1] = current;
          break;
        case 'CallHandle': {
          const epoch = handleEpochs[step.handle];
          if (epoch === undefined || epoch < 0) {
            T.push(OUTCOME + O_NO_HANDLE, n, 0);
            return;
          }
          value = callExport(step.export, epoch);
          break;
        }
        case 'ReadState':
          value = callExport(READ_STATE, -1);
          break;
        default:
          throw new GlueBug('unknown driver step ' + step.op);
      }
    } catch (e) {
      if (e instanceof GlueBug) throw e;
      const code = failureOf(e);
      T.push(OUTCOME + code, n, failArg);
      return null;
    }
    T.push(OUTCOME + O_VALUE, n, value);
    return null;
  }

  // A driver `invoke e<e>`, inside its promise callback: its outcome.
  function invokeOutcome(e) {
    let value;
    try {
      value = invokeClosure(e);
    } catch (err) {
      if (err instanceof GlueBug) throw err;
      return [failureOf(err), failArg];
    }
    return value === undefined ? [O_NO_CLOSURE, 0] : [O_VALUE, value];
  }

  // The last plan parsed: a harness runs each program once per encoding, so
  // the same text usually comes twice in a row. Plans are never mutated.
  let lastPlanText = null;
  let lastPlan = null;
  function parsePlan(text) {
    if (text !== lastPlanText) {
      lastPlan = JSON.parse(text);
      lastPlanText = text;
    }
    return lastPlan;
  }

  function begin(mod, p, options) {
    if (!wrappedTag || typeof WA.Exception !== 'function') {
      throw new GlueBug('this engine has no WebAssembly.Tag/Exception');
    }
    if (typeof p === 'string') p = parsePlan(p);
    // Steps that run as jobs (a spawn's task, an invoke's promise callback)
    // make the driver asynchronous (runJobs).
    if (p.hasJobs === undefined) p.hasJobs = p.driver.some((s) => s.op === 'Spawn' || s.op === 'Invoke');
    const polyfill = !WA.JSTag || !!(options && options.forcePolyfill);
    drain = drainOf(options);
    tasks = [];
    closures = [];
    ticks.length = 0;
    module = mod;
    plan = p;
    hookReinit = !!p.hook_reinit;
    if (p.guest) {
      // Parsed plans are cached: convert the program's bytes once per plan.
      if (!p.guestBytes) p.guestBytes = Uint8Array.from(p.guest);
      guestProgram = p.guestBytes;
      imports = polyfill ? hostCallShimmed : hostCallDirect;
    } else {
      guestProgram = null;
      ensureHostImports(p.imports.length);
      imports = polyfill ? hostShimmed : hostDirect;
    }
    jstag = polyfill ? polyTag : WA.JSTag;
    T.length = 0;
    instances = [];
    current = 0;
    active = 0;
    lastRaw = lastRawPayload = null;
    reinitScheduled = false;
    handleEpochs = [];
    thrown.clear();
    const m = p.mutant;
    mHookEveryBoundary = m === 'hook-every-boundary';
    mHookNever = m === 'hook-never';
    mTrapRecoverable = m === 'trap-recoverable';
    mGuardIgnoresTerminated = m === 'guard-ignores-terminated';
    mResetKeepsMemory = m === 'reset-keeps-memory';
    mStaleHandlesAccepted = m === 'stale-handles-accepted';
    mExceptionRecoverable = m === 'exception-recoverable';
    mResetKeepsGrownMemory = m === 'reset-keeps-grown-memory';
    mSiblingResumedAfterAbort = m === 'sibling-resumed-after-abort';
    mRejectionNeverSettled = m === 'rejection-never-settled';
    mHookOncePerTask = m === 'hook-once-per-task';
    mGlueLosesPayload = m === 'glue-loses-payload';
    if (m != null && !(mHookEveryBoundary || mHookNever || mTrapRecoverable ||
      mGuardIgnoresTerminated || mResetKeepsMemory || mStaleHandlesAccepted ||
      mExceptionRecoverable || mResetKeepsGrownMemory || mSiblingResumedAfterAbort ||
      mRejectionNeverSettled || mHookOncePerTask || mGlueLosesPayload)) {
      throw new GlueBug('unknown glue mutant ' + m);
    }
  }

  // Drop references so nothing of a case outlives it.
  function end() {
    module = null;
    plan = null;
    tasks = [];
    closures = [];
    ticks.length = 0;
    guestProgram = null;
    instances = [];
    handleEpochs = [];
    thrown.clear();
    lastRaw = lastRawPayload = null;
  }

  function runCase(mod, p, options) {
    let pending = false;
    try {
      begin(mod, p, options);
      try {
        instances.push(instantiate(0));
      } catch (e) {
        throw new InstantiateError(String(e));
      }
      if (plan.hasJobs) {
        pending = true;
        return runJobs();
      }
      const driver = plan.driver;
      for (let n = 0; n < driver.length; n++) driverStep(n, driver[n]);
      return new Int32Array(T);
    } finally {
      if (!pending) end();
    }
  }

  // A plan with tasks or invokes: after each such step, the microtasks it
  // set off (resumptions, promise reactions, the invoke's callback) run
  // before its outcome is logged and the next step starts
  // (docs/protocol.md 21, 23).
  async function runJobs() {
    try {
      const driver = plan.driver;
      for (let n = 0; n < driver.length; n++) {
        let outcome = driverStep(n, driver[n]);
        if (outcome) {
          await drain();
          // An invoke's callback has run by now: its outcome (or a GlueBug).
          if (typeof outcome.then === 'function') outcome = await outcome;
          T.push(OUTCOME + outcome[0], n, outcome[1]);
        }
      }
      await endOfDriver();
      return new Int32Array(T);
    } finally {
      end();
    }
  }

  function compile(bytes) {
    return new WA.Module(bytes);
  }

  // ---- feature probes: tiny hand-assembled modules, run once ----
  const I32 = 0x7f, EXTERNREF = 0x6f, EXNREF = 0x69, VOID = 0x40;

  function uleb(n) {
    const out = [];
    do {
      let b = n & 0x7f;
      n >>>= 7;
      if (n) b |= 0x80;
      out.push(b);
    } while (n);
    return out;
  }
  function name(s) {
    return [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
  }
  // m: {types: [[params], [results]][], imports: [mod, field, ...desc][],
  // funcs: typeidx[], tags: typeidx[], exports: [field, index, kind (default func)][], codes: bytes[]}
  function binary(m) {
    const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
    const section = (id, items) => {
      if (!items || items.length === 0) return;
      const body = [...uleb(items.length), ...items.flat()];
      out.push(id, ...uleb(body.length), ...body);
    };
    section(1, (m.types || []).map(([p, r]) => [0x60, p.length, ...p, r.length, ...r]));
    section(2, (m.imports || []).map(([mod, field, ...desc]) => [...name(mod), ...name(field), ...desc]));
    section(3, (m.funcs || []).map((t) => [t]));
    section(13, (m.tags || []).map((t) => [0x00, t]));
    section(7, (m.exports || []).map(([field, f, kind]) => [...name(field), kind || 0x00, f]));
    section(10, (m.codes || []).map((code) => {
      const body = [0x00, ...code, 0x0b]; // no locals
      return [...uleb(body.length), ...body];
    }));
    return new Uint8Array(out);
  }
  function probe(f) {
    try {
      return f() === true;
    } catch (e) {
      return false;
    }
  }
  const instantiateBytes = (bytes, imports) => new WA.Instance(new WA.Module(bytes), imports).exports;

  // Both encodings of each probe body; `useExnref` picks one.
  const CATCH_ALL_EXNREF = (body) => [0x02, VOID, 0x1f, VOID, 1, 0x02, 0, ...body, 0x0b];
  const CATCH_ALL_LEGACY = (body) => [0x06, VOID, ...body, 0x19];

  function probeExnref() {
    // block $out (result i32)
    //   try_table (result i32) (catch $e $out)
    //     block $pad (result exnref)
    //       try_table (catch_all_ref $pad) i32.const 7 throw $e end unreachable
    //     end
    //     throw_ref
    //   end
    // end
    const bytes = binary({
      types: [[[I32], []], [[], [I32]]], funcs: [1], tags: [0], exports: [['f', 0]],
      codes: [[0x02, I32, 0x1f, I32, 1, 0x00, 0, 0, 0x02, EXNREF, 0x1f, VOID, 1, 0x03, 0,
        0x41, 7, 0x08, 0, 0x0b, 0x00, 0x0b, 0x0a, 0x0b, 0x0b]],
    });
    return instantiateBytes(bytes, {}).f() === 7;
  }

  function probeLegacy() {
    // try (result i32) try i32.const 7 throw $e catch_all rethrow 0 end unreachable catch $e end
    const bytes = binary({
      types: [[[I32], []], [[], [I32]]], funcs: [1], tags: [0], exports: [['f', 0]],
      codes: [[0x06, I32, 0x06, VOID, 0x41, 7, 0x08, 0, 0x19, 0x09, 0, 0x0b, 0x00, 0x07, 0, 0x0b]],
    });
    return instantiateBytes(bytes, {}).f() === 7;
  }

  // A JS value thrown by an import is caught by `catch $jstag` as itself.
  function probeJsTag(useExnref) {
    if (!WA.JSTag) return false;
    const code = useExnref
      // block (result externref) try_table (catch $jstag 0) call $thrower end ref.null extern return end
      ? [0x02, EXTERNREF, 0x1f, VOID, 1, 0x00, 0, 0, 0x10, 0, 0x0b, 0xd0, EXTERNREF, 0x0f, 0x0b]
      // try (result externref) call $thrower ref.null extern catch $jstag end
      : [0x06, EXTERNREF, 0x10, 0, 0xd0, EXTERNREF, 0x07, 0, 0x0b];
    const bytes = binary({
      types: [[[], []], [[EXTERNREF], []], [[], [EXTERNREF]]],
      imports: [['env', 'thrower', 0x00, 0], ['env', 'jstag', 0x04, 0x00, 1]],
      funcs: [2], exports: [['f', 1]], codes: [code],
    });
    const value = new ForeignValue(1);
    const x = instantiateBytes(bytes, { env: { thrower() { throw value; }, jstag: WA.JSTag } });
    return x.f() === value;
  }

  // A trap of a nested export passing back through a JS import is not caught
  // by catch_all in the outer frame.
  function probeTrapsUncatchable(useExnref) {
    // outer: <catch_all around (call $reenter)> -> 1 if caught, else 0
    const body = [0x10, 0];
    const outer = useExnref
      ? [...CATCH_ALL_EXNREF(body), 0x41, 0, 0x0f, 0x0b, 0x41, 1]
      : [...CATCH_ALL_LEGACY(body), 0x41, 1, 0x0f, 0x0b, 0x41, 0];
    const bytes = binary({
      types: [[[], []], [[], [I32]]], imports: [['env', 'reenter', 0x00, 0]],
      funcs: [1, 0], exports: [['outer', 1], ['trap', 2]], codes: [outer, [0x00]],
    });
    let x = null;
    x = instantiateBytes(bytes, { env: { reenter() { x.trap(); } } });
    try {
      x.outer();
      return false;
    } catch (e) {
      return e instanceof WA.RuntimeError;
    }
  }

  // A stack overflow in Wasm is not caught by catch_all either.
  function probeOverflowUncatchable(useExnref) {
    // rec(n) = rec(n + 1) + n; f: <catch_all around rec(0)> -> 1 if caught
    const body = [0x41, 0, 0x10, 0, 0x1a];
    const f = useExnref
      ? [...CATCH_ALL_EXNREF(body), 0x41, 0, 0x0f, 0x0b, 0x41, 1]
      : [...CATCH_ALL_LEGACY(body), 0x41, 1, 0x0f, 0x0b, 0x41, 0];
    const bytes = binary({
      types: [[[I32], [I32]], [[], [I32]]], funcs: [0, 1], exports: [['f', 1]],
      codes: [[0x20, 0, 0x41, 1, 0x6a, 0x10, 0, 0x20, 0, 0x6a], f],
    });
    try {
      instantiateBytes(bytes, {}).f();
      return false;
    } catch (e) {
      return e instanceof RangeError && e.message === STACK_OVERFLOW_MESSAGE;
    }
  }

  // The second module of ExnTag foreign_panic: `raise(p)` is `throw $panic p`.
  function foreignModule() {
    if (!foreign) {
      const x = instantiateBytes(binary({
        types: [[[I32], []]], funcs: [0], tags: [0],
        exports: [['raise', 0], ['panic', 0, 0x04]], codes: [[0x20, 0, 0x08, 0]],
      }), {});
      foreign = { raise: x.raise, tag: x.panic };
    }
    return foreign;
  }

  function probeExceptionApi() {
    if (typeof WA.Tag !== 'function' || typeof WA.Exception !== 'function') return false;
    const tag = new WA.Tag({ parameters: ['externref'] });
    const v = {};
    const e = new WA.Exception(tag, [v]);
    return e.is(tag) && !e.is(polyTag) && e.getArg(tag, 0) === v;
  }

  // JS Promise Integration: an export called through WebAssembly.promising
  // suspends in an import made with WebAssembly.Suspending and returns a
  // promise (the generated lane's tasks, docs/protocol.md 22).
  function probeJspi() {
    if (typeof WA.Suspending !== 'function' || typeof WA.promising !== 'function') return false;
    // g: call $f
    const bytes = binary({
      types: [[[], [I32]]], imports: [['env', 'f', 0x00, 0]], funcs: [0], exports: [['g', 1]], codes: [[0x10, 0]],
    });
    const x = instantiateBytes(bytes, { env: { f: new WA.Suspending(() => Promise.resolve(7)) } });
    const p = WA.promising(x.g)();
    p.catch(() => {});
    return p instanceof Promise;
  }

  let featureCache = null;
  function features() {
    if (featureCache) return featureCache;
    const exnref = probe(probeExnref);
    const legacy = probe(probeLegacy);
    const enc = exnref; // probe with exnref where it works, else legacy
    featureCache = {
      exnref,
      legacy,
      jstag: probe(() => probeJsTag(enc)),
      exceptionApi: probe(probeExceptionApi),
      trapsUncatchable: probe(() => probeTrapsUncatchable(enc)),
      overflowUncatchable: probe(() => probeOverflowUncatchable(enc)),
      jspi: probe(probeJspi),
    };
    return featureCache;
  }

  // ---- the engine floor (reentry bench) ----
  // The raw engine doing a case's work with no reentry code: instantiate with
  // no-op imports and call the given exports, ignoring what they throw.
  // On the real guest lane (`guestBytes`, the program) the instance is
  // started with the program and `call(i)` runs the exports: the guest's
  // own work, with none of the glue.
  function floor(mod, exportIndices, guestBytes, memInitial, memMaximum) {
    // A worker's FLOOR carries no limits: the guest's import minimum and the
    // largest program maximum (guest::MEMORY_MIN_PAGES, BASE_PAGES + 16).
    const guestMemory = memInitial === undefined ? { initial: 2, maximum: 32 } : { initial: memInitial, maximum: memMaximum };
    const env = {};
    const host = {};
    for (const imp of WA.Module.imports(mod)) {
      const ns = imp.module === 'host' ? host : env;
      if (imp.kind === 'function') ns[imp.name] = () => null;
      else if (imp.kind === 'global') ns[imp.name] = new WA.Global({ value: 'i32', mutable: false }, 0);
      else if (imp.kind === 'tag') ns[imp.name] = newTag();
      else if (imp.kind === 'memory') ns[imp.name] = new WA.Memory(guestMemory);
    }
    const x = new WA.Instance(mod, { env, host }).exports;
    if (guestBytes) {
      const ptr = x.__reentry_alloc(guestBytes.length);
      new Uint8Array(x.memory.buffer, ptr, guestBytes.length).set(guestBytes);
      x.__reentry_start(ptr, guestBytes.length, 0);
    }
    for (let i = 0; i < exportIndices.length; i++) {
      try {
        if (guestBytes) x.call(exportIndices[i]);
        else x['e' + exportIndices[i]]();
      } catch (_) { /* the floor ignores outcomes */ }
    }
  }

  // ---- the wire constants, for tests and repro.js (never read by the hot path) ----
  const freezeAll = (xs) => Object.freeze(xs.map((x) => (Array.isArray(x) ? Object.freeze(x.slice()) : x)));
  const wire = Object.freeze({
    // Every constant of trace.rs `code`, under its name there.
    codes: Object.freeze({
      ENTER, EXIT, GUARD_NEW, GUARD_DROP, PANIC, CAUGHT, STATE, ABORT, MEMORY, HIGH,
      CLOSURE_NEW, CLOSURE_NEW_ABORTING, NO_CLOSURE,
      HOST_ENTER, HOST_EXIT, HOST_RETURN, THROW, TERMINATE, SCHEDULE_REINIT, HOOK, RESET,
      THROW_EXN, UNCAUGHT, END_RESOLVE, HUNG, TASK_START, TASK_AWAITS, TASK_RESUMES, CATCH, OUTCOME, TASK,
      SUBCODES,
      F_PANIC, F_FOREIGN, F_TRAP, F_TERMINATED, F_STALE, F_FOREIGN_COPY,
      F_WASM_PANIC, F_FOREIGN_PANIC, F_UNKNOWN_TAG,
      O_VALUE, O_DONE, O_NO_HANDLE, O_TASK, O_NOT_AWAITING, O_NO_CLOSURE,
    }),
    trapKinds: freezeAll(TRAP_KINDS),
    // How a host driver with tasks waits for the microtask queue (runCase's
    // `options.drain`; a 'host' drain is let go by tick()).
    drainOf,
    endTasks,
    exnTags: freezeAll(EXN_TAGS),
    exnTagCodes: Object.freeze({ ...EXN_TAG_CODES }),
    abortCauses: freezeAll(ABORT_CAUSES),
    // [substring, TrapKind code], matched in order.
    trapMessages: freezeAll(TRAP_MESSAGES),
    stackOverflowMessage: STACK_OVERFLOW_MESSAGE,
    // (error) -> TrapKind code: how a host `catch` or a driver step
    // classifies an abort.
    trapKind,
  });

  global.ReentryGlue = Object.freeze({ compile, runCase, tick, features, floor, wire, foreignModule, hostStepsOver });
})(globalThis);

// ---- engines/repro.js ----
// reentry standalone repro runner. `reentry` writes a finding's repro.mjs as:
//   <engines/glue.js> <this file> + a call `reentryRepro({...})` with the
// module bytes per encoding, the plan and the model's expected trace.
// It runs under `node repro.mjs`, `deno run repro.mjs` and `d8 repro.mjs`:
// prints each encoding's trace, then PASS or FAIL against the expected trace,
// and exits 1 on FAIL. On the wasm-bindgen lane `--fixed [DIR]` runs a fixed
// wasm-bindgen's glue and wasm instead (corpus/regressions/README.md).
//
// The event text is harness/src/trace.rs's (`Display`), built from the codes
// and names in `ReentryGlue.wire` (so glue.js must be loaded first; see
// docs/trace-format.md). `ReentryRepro.format(flat)` gives the lines of a flat
// trace; harness/tests/wire_format.rs checks them against trace.rs.
(function (global) {
  'use strict';

  const W = global.ReentryGlue.wire;
  const C = W.codes;
  const named = (names, i, what) => (names[i] !== undefined ? names[i] : '?' + what + ' ' + i);

  function failure(code, a) {
    switch (code) {
      case C.F_PANIC: return 'panic(' + a + ')';
      case C.F_FOREIGN: return 'foreign(' + a + ')';
      case C.F_TRAP: return 'aborted(' + named(W.trapKinds, a, 'trap') + ')';
      case C.F_TERMINATED: return 'terminated';
      case C.F_STALE: return 'stale';
      case C.F_FOREIGN_COPY: return 'foreign_copy(' + a + ')';
      case C.F_WASM_PANIC: return 'wasm_panic(' + a + ')';
      case C.F_FOREIGN_PANIC: return 'foreign_panic(' + a + ')';
      case C.F_UNKNOWN_TAG: return 'unknown_tag(' + a + ')';
      default: return '?failure ' + code;
    }
  }

  function outcome(code, b) {
    switch (code) {
      case C.O_VALUE: return 'ok(' + b + ')';
      case C.O_DONE: return 'done';
      case C.O_NO_HANDLE: return 'no_handle';
      case C.O_TASK: return 'task t' + b;
      case C.O_NOT_AWAITING: return 'not_awaiting';
      case C.O_NO_CLOSURE: return 'no_closure';
      default: return failure(code, b);
    }
  }

  // One event's text, as trace.rs's `impl Display for Event`.
  function event(c, a, b) {
    switch (c) {
      case C.ENTER: return '[' + b + '] enter e' + a;
      case C.EXIT: return '[' + b + '] exit e' + a;
      case C.GUARD_NEW: return '[' + b + '] guard+ ' + a;
      case C.GUARD_DROP: return '[' + b + '] guard- ' + a;
      case C.PANIC: return '[' + b + '] panic ' + a;
      case C.CAUGHT: return '[' + b + '] caught ' + a;
      case C.STATE: return '[' + b + '] state ' + a;
      case C.ABORT: return '[' + b + '] abort ' + named(W.abortCauses, a, 'cause');
      case C.MEMORY: return '[' + b + '] memory ' + a;
      case C.HIGH: return '[' + b + '] high ' + a;
      case C.CLOSURE_NEW: return '[' + b + '] closure e' + a;
      case C.CLOSURE_NEW_ABORTING: return '[' + b + '] closure e' + a + ' aborting';
      case C.NO_CLOSURE: return 'host invoke e' + a + ': no closure';
      case C.HOST_ENTER: return 'host enter h' + a;
      case C.HOST_EXIT: return 'host exit h' + a;
      case C.HOST_RETURN: return 'host e' + a + ' returned ' + b;
      case C.THROW: return 'host throw ' + a;
      case C.THROW_EXN: return 'host throw ' + named(W.exnTags, b, 'tag') + ' ' + a;
      case C.UNCAUGHT: return 'uncaught exception [' + a + ']';
      case C.TERMINATE: return 'host terminate [' + a + ']';
      case C.SCHEDULE_REINIT: return 'schedule reinit';
      case C.HOOK: return 'hook [' + a + ']';
      case C.RESET: return 'reset -> [' + a + ']';
      case C.END_RESOLVE: return 'end resolve t' + a;
      case C.HUNG: return 'task t' + a + ' hung';
      case C.TASK_START: return 'task t' + a + ' starts';
      case C.TASK_AWAITS: return 'task t' + a + ' awaits';
      case C.TASK_RESUMES: return 'task t' + a + ' resumes';
    }
    if (c >= C.CATCH && c < C.CATCH + C.SUBCODES) return 'host catch ' + failure(c - C.CATCH, a);
    if (c >= C.OUTCOME && c < C.OUTCOME + C.SUBCODES) return 'driver[' + a + '] => ' + outcome(c - C.OUTCOME, b);
    if (c >= C.TASK && c < C.TASK + C.SUBCODES) return 'task t' + a + ' => ' + outcome(c - C.TASK, b);
    return '?event ' + c + ' ' + a + ' ' + b;
  }

  // The lines of a flat `[code, a, b, ...]` trace.
  function lines(flat) {
    const out = [];
    for (let i = 0; i + 2 < flat.length; i += 3) out.push(event(flat[i], flat[i + 1], flat[i + 2]));
    return out;
  }

  global.ReentryRepro = Object.freeze({ format: lines, event });

  const print = typeof console !== 'undefined' ? (s) => console.log(s) : global.print;

  function exit(code) {
    if (typeof Deno !== 'undefined') Deno.exit(code);
    else if (typeof process !== 'undefined') process.exitCode = code; // node
    else if (typeof quit === 'function') quit(code); // d8
  }

  // The command line (node, deno; d8 passes none).
  function args() {
    if (typeof Deno !== 'undefined') return Deno.args;
    if (typeof process !== 'undefined' && process.argv) return process.argv.slice(2);
    return [];
  }

  // `--fixed [DIR]` (or REENTRY_FIXED=DIR): run the binding's glue and wasm
  // from DIR instead of the embedded ones (corpus/regressions/README.md,
  // "Fixed artifacts"): DIR/<encoding>/guest.js and guest_bg.wasm, the
  // wasm-bindgen CLI's `--out-name guest` output for the same raw guest
  // module; DIR defaults to fixed/ beside this file. `null` without it.
  function fixedDir() {
    const a = args();
    const i = a.indexOf('--fixed');
    const env = typeof Deno !== 'undefined' ? Deno.env.get('REENTRY_FIXED')
      : typeof process !== 'undefined' && process.env ? process.env.REENTRY_FIXED : undefined;
    if (i < 0) return env || null;
    if (a[i + 1] && !a[i + 1].startsWith('--')) return a[i + 1];
    const self = typeof Deno !== 'undefined' ? new URL(Deno.mainModule).pathname : process.argv[1];
    return self.replace(/[^/]*$/, '') + 'fixed';
  }

  // The fixed artifacts of every encoding in `dir`, or throws saying what is missing.
  async function loadFixed(dir, encodings) {
    let readText, readBytes;
    if (typeof Deno !== 'undefined') {
      readText = (f) => Deno.readTextFileSync(f);
      readBytes = (f) => Deno.readFileSync(f);
    } else {
      const fs = await import('node:fs');
      readText = (f) => fs.readFileSync(f, 'utf8');
      readBytes = (f) => new Uint8Array(fs.readFileSync(f));
    }
    const out = { js: {}, modules: {} };
    for (const enc of encodings) {
      out.js[enc] = readText(dir + '/' + enc + '/guest.js');
      out.modules[enc] = readBytes(dir + '/' + enc + '/guest_bg.wasm');
    }
    return out;
  }

  // `r.expected`: the model's flat trace per encoding (or one for all);
  // `r.js`, on the wasm-bindgen lane: the generated glue per encoding, run
  // through engines/wbg-host.js instead of glue.js's runCase. A plan with
  // tasks or a driver `invoke` runs asynchronously: its trace is awaited.
  // Exit 1 on FAIL, 0 on PASS, 2 when it cannot run as asked.
  global.reentryRepro = async function (r) {
    const expectedOf = (enc) => lines(Array.isArray(r.expected) ? r.expected : r.expected[enc]);
    const features = ReentryGlue.features();
    let failed = false;
    let ran = 0;
    print('reentry repro: ' + r.title);
    const fixed = fixedDir();
    if (fixed !== null) {
      if (!r.js) {
        print('--fixed: this repro runs reentry\'s own glue and modules; a seeded bug is fixed by writing the ' +
          'repro without it (`reentry repro <finding> --no-mutant`)');
        return exit(2);
      }
      try {
        const f = await loadFixed(fixed, Object.keys(r.modules));
        r = Object.assign({}, r, f);
      } catch (e) {
        print('--fixed: cannot load the fixed artifacts from ' + fixed + ': ' + (e && e.message || e));
        return exit(2);
      }
      print('running the fixed glue and wasm from ' + fixed + ' (expect PASS where the fix works)');
    }
    for (const enc of Object.keys(r.modules)) {
      if (!features[enc]) {
        print('\n== ' + enc + ': not supported by this engine, skipped');
        continue;
      }
      ran++;
      const expected = expectedOf(enc);
      let actual;
      try {
        if (r.js) {
          const loaded = global.ReentryWbgHost.load(r.js[enc], new Uint8Array(r.modules[enc]));
          actual = lines(await global.ReentryWbgHost.runCase(loaded, r.plan));
        } else {
          const mod = ReentryGlue.compile(new Uint8Array(r.modules[enc]));
          actual = lines(await ReentryGlue.runCase(mod, r.plan));
        }
      } catch (e) {
        actual = ['<no trace: ' + (e && e.stack || e) + '>'];
      }
      print('\n== ' + enc + ' trace');
      for (const l of actual) print(l);
      const at = firstDifference(expected, actual);
      if (at < 0) {
        print('== ' + enc + ': PASS (matches the expected trace, ' + expected.length + ' events)');
      } else {
        failed = true;
        print('== ' + enc + ': FAIL at event ' + at + ': expected `' + (expected[at] || '<end>') +
          '`, got `' + (actual[at] || '<end>') + '`');
        print('\n== ' + enc + ': expected trace (reference model):');
        for (const l of expected) print(l);
      }
    }
    print('\n' + (ran === 0 ? 'SKIP: no encoding runs here' : failed ? 'FAIL' : 'PASS'));
    exit(failed ? 1 : 0);
  };

  function firstDifference(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
    return -1;
  }
})(globalThis);

// ---- the case ----
reentryRepro({
  title: "p5-classification",
  modules: {
    exnref: [0,97,115,109,1,0,0,0,1,111,18,96,1,127,0,96,2,127,127,0,96,2,127,127,1,127,96,1,127,1,127,96,3,127,127,127,1,127,96,3,127,127,127,0,96,0,0,96,0,1,127,96,5,127,127,127,127,127,0,96,6,127,127,127,127,127,127,0,96,4,127,127,127,127,1,127,96,1,127,1,126,96,6,127,127,127,127,127,127,1,127,96,4,127,127,127,127,0,96,5,127,127,127,127,127,1,127,96,1,127,1,111,96,1,111,0,96,1,127,1,127,2,128,1,8,3,101,110,118,6,109,101,109,111,114,121,2,1,2,64,3,101,110,118,3,108,111,103,0,5,3,101,110,118,9,104,111,115,116,95,99,97,108,108,0,0,3,101,110,118,15,115,99,104,101,100,117,108,101,95,114,101,105,110,105,116,0,6,3,101,110,118,11,99,108,111,115,117,114,101,95,110,101,119,0,1,3,101,110,118,11,112,97,110,105,99,95,101,114,114,111,114,0,15,3,101,110,118,5,106,115,116,97,103,4,0,16,3,101,110,118,7,119,114,97,112,112,101,100,4,0,16,3,136,1,134,1,6,1,5,0,0,0,5,0,1,0,0,0,6,7,1,0,0,0,0,0,8,0,0,2,4,0,0,2,0,1,2,1,0,1,5,0,0,9,1,0,1,3,1,1,0,3,0,8,5,4,1,1,1,2,1,1,1,0,3,8,6,10,11,11,6,7,7,5,1,5,1,1,1,0,1,1,9,6,5,0,4,2,4,10,12,13,14,1,0,2,2,2,4,0,2,6,2,6,0,6,6,6,1,1,0,0,0,1,1,1,0,1,1,0,0,1,0,0,0,2,1,3,1,0,1,2,2,1,1,1,1,0,17,17,4,5,1,112,1,40,40,13,3,1,0,0,6,29,4,127,1,65,128,128,4,11,127,0,65,176,143,4,11,127,0,65,149,147,4,11,127,0,65,160,147,4,11,7,118,8,6,109,101,109,111,114,121,2,0,21,95,95,105,110,115,116,97,110,99,101,95,116,101,114,109,105,110,97,116,101,100,3,1,15,95,95,114,101,101,110,116,114,121,95,97,108,108,111,99,0,63,15,95,95,114,101,101,110,116,114,121,95,115,116,97,114,116,0,72,4,99,97,108,108,0,137,1,6,105,110,118,111,107,101,0,138,1,12,95,95,114,101,97,100,95,115,116,97,116,101,0,71,12,95,95,110,101,119,95,104,97,110,100,108,101,0,70,8,1,5,9,52,1,0,65,1,11,39,94,60,99,101,96,108,120,50,58,57,56,59,61,62,37,26,14,28,15,32,38,36,55,84,85,86,87,128,1,130,1,131,1,132,1,133,1,134,1,123,124,125,127,113,129,1,10,164,184,1,134,1,14,0,65,144,143,4,65,0,65,133,4,252,11,0,11,99,2,2,127,1,105,35,0,33,2,2,64,32,1,40,2,0,34,3,69,13,0,2,105,31,64,1,3,0,32,0,32,3,17,0,0,12,2,11,0,11,33,4,32,2,36,0,2,64,32,1,40,2,4,34,3,69,13,0,32,0,32,3,32,1,40,2,8,16,7,11,32,4,10,11,2,64,32,1,40,2,4,34,3,69,13,0,32,0,32,3,32,1,40,2,8,16,7,11,11,46,1,1,127,35,0,33,3,2,64,2,64,31,64,1,2,0,32,0,65,124,106,40,2,0,32,1,16,75,12,2,11,0,11,32,3,36,0,16,65,0,11,32,0,16,78,11,44,1,1,127,35,0,26,2,64,32,0,65,127,70,13,0,32,0,32,0,40,2,4,65,127,106,34,1,54,2,4,32,1,13,0,32,0,65,20,65,4,16,7,11,11,152,1,2,5,127,1,105,35,0,33,1,32,0,40,2,8,33,2,65,0,33,3,32,0,40,2,4,34,4,33,5,2,64,2,105,31,64,1,3,0,3,64,32,2,32,3,70,13,3,32,3,65,1,106,33,3,32,5,16,10,32,5,65,12,106,33,5,12,0,11,11,0,11,33,6,32,1,36,0,2,105,31,64,1,3,0,2,64,32,3,32,2,70,13,0,3,64,32,4,32,3,65,12,108,106,16,10,32,3,65,1,106,34,3,32,2,71,13,0,11,11,32,6,10,11,0,11,33,6,32,1,36,0,32,0,65,4,65,12,16,11,32,6,10,11,32,0,65,4,65,12,16,11,11,149,1,2,5,127,1,105,35,0,33,1,32,0,40,2,8,33,2,65,0,33,3,32,0,40,2,4,34,4,33,5,2,64,2,105,31,64,1,3,0,3,64,32,2,32,3,70,13,3,32,3,65,1,106,33,3,32,5,16,12,32,5,65,24,106,33,5,12,0,11,11,0,11,33,6,32,1,36,0,2,105,31,64,1,3,0,2,64,3,64,32,3,32,2,70,13,1,32,4,32,3,65,24,108,106,16,12,32,3,65,1,106,33,3,12,0,11,11,32,6,10,11,0,11,33,6,32,1,36,0,32,0,65,4,65,24,16,11,32,6,10,11,32,0,65,4,65,24,16,11,11,114,1,2,127,35,0,65,16,107,34,3,36,0,2,64,2,64,32,0,40,2,0,34,4,13,0,65,0,33,2,32,3,65,12,106,33,0,12,1,11,32,3,32,1,54,2,12,32,4,32,2,108,33,2,32,0,40,2,4,33,1,32,3,65,8,106,33,0,11,32,0,32,2,54,2,0,2,64,32,3,40,2,12,34,0,69,13,0,32,3,40,2,8,34,2,69,13,0,32,1,32,2,32,0,16,7,11,32,3,65,16,106,36,0,11,102,2,3,127,1,105,35,0,33,1,65,4,33,2,2,64,2,64,2,64,32,0,40,2,0,34,3,65,128,128,128,128,120,115,65,5,32,3,65,0,72,27,65,127,106,14,5,1,2,2,2,0,2,11,2,64,2,105,31,64,1,3,0,32,0,16,10,12,2,11,0,11,33,4,32,1,36,0,32,0,65,12,106,16,10,32,4,10,11,65,12,33,2,11,32,0,32,2,106,16,10,11,11,99,2,2,127,1,105,35,0,33,2,2,64,32,1,40,2,0,34,3,69,13,0,2,105,31,64,1,3,0,32,0,32,3,17,0,0,12,2,11,0,11,33,4,32,2,36,0,2,64,32,1,40,2,4,34,3,69,13,0,32,0,32,3,32,1,40,2,8,16,7,11,32,4,10,11,2,64,32,1,40,2,4,34,3,69,13,0,32,0,32,3,32,1,40,2,8,16,7,11,11,33,0,35,0,26,2,64,32,0,45,0,28,65,3,71,13,0,32,0,40,2,20,32,0,65,24,106,40,2,0,16,6,11,11,141,1,2,1,127,1,105,35,0,33,1,2,64,2,64,2,64,2,64,2,64,32,0,45,0,32,65,125,106,14,4,4,0,1,3,2,11,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,15,11,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,11,15,11,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,15,11,2,64,2,105,31,64,1,3,0,32,0,40,2,48,32,0,65,52,106,40,2,0,16,6,12,2,11,0,11,33,2,32,1,36,0,32,0,65,36,106,16,16,32,2,10,11,32,0,65,36,106,16,16,11,39,0,65,3,32,0,40,2,8,65,0,40,2,156,143,4,16,0,2,64,32,0,40,2,0,65,1,71,13,0,32,0,40,2,4,16,20,0,11,11,33,0,2,64,65,0,40,2,204,143,4,65,255,255,255,255,7,113,69,13,0,16,18,13,0,65,7,65,6,16,19,0,11,11,10,0,65,0,40,2,180,143,4,69,11,15,0,32,0,32,1,65,0,40,2,156,143,4,16,0,11,13,0,65,4,32,0,16,19,32,0,16,21,0,11,7,0,32,0,16,22,0,11,10,0,35,0,26,32,0,16,23,0,11,10,0,35,0,26,32,0,16,24,0,11,47,1,1,127,35,0,65,16,107,34,1,36,0,32,1,32,0,54,2,12,32,1,65,1,54,2,8,32,1,65,8,106,65,148,128,4,65,208,133,4,65,1,65,0,16,25,0,11,189,2,2,3,127,1,105,35,0,65,48,107,34,5,36,0,65,0,65,0,40,2,204,143,4,34,6,65,1,106,54,2,204,143,4,2,64,32,6,65,0,72,13,0,2,64,2,64,65,0,45,0,184,143,4,13,0,65,0,65,1,58,0,184,143,4,65,0,65,0,40,2,180,143,4,65,1,106,54,2,180,143,4,65,0,40,2,192,143,4,34,6,65,0,72,13,2,32,6,65,1,106,34,7,32,6,78,13,1,16,102,12,2,11,32,5,65,8,106,32,0,32,1,40,2,24,17,1,0,0,11,65,0,32,7,54,2,192,143,4,32,5,65,192,143,4,54,2,28,32,5,65,196,143,4,54,2,24,2,64,65,0,40,2,196,143,4,69,13,0,2,105,31,64,1,3,0,32,5,65,16,106,32,0,32,1,40,2,20,17,1,0,32,5,40,2,20,33,6,32,5,40,2,16,33,7,32,5,32,4,58,0,45,32,5,32,3,58,0,44,32,5,32,2,54,2,40,32,5,32,7,54,2,32,32,5,32,6,54,2,36,65,0,40,2,196,143,4,32,5,65,32,106,65,0,40,2,200,143,4,40,2,20,17,1,0,12,2,11,0,11,33,8,32,5,36,0,32,5,65,24,106,16,111,32,8,10,11,32,5,65,24,106,16,111,65,0,65,0,58,0,184,143,4,32,3,69,13,0,32,0,32,1,16,112,0,11,0,11,9,0,32,0,40,2,0,16,27,11,86,1,1,127,2,64,2,64,65,0,40,2,168,143,4,34,1,69,13,0,32,0,32,1,40,2,8,73,13,1,11,0,11,32,1,40,2,4,33,1,65,0,32,0,65,0,40,2,156,143,4,16,0,32,1,32,0,65,12,108,106,34,1,40,2,4,32,1,40,2,8,16,48,65,1,32,0,65,0,40,2,156,143,4,16,0,11,184,2,2,5,127,2,105,2,105,35,0,33,2,2,64,2,64,2,105,31,64,1,3,0,2,64,2,64,2,64,2,64,2,64,32,0,45,0,28,14,4,0,1,2,3,0,11,32,0,32,0,40,2,8,34,3,54,2,16,32,0,40,2,0,33,4,32,0,40,2,4,33,5,32,0,40,2,12,33,6,65,0,32,3,65,0,40,2,156,143,4,16,0,32,4,32,5,32,6,16,29,33,3,65,168,133,4,33,4,32,0,65,168,133,4,54,2,24,32,0,32,3,54,2,20,12,3,11,31,64,1,3,7,65,152,132,4,16,30,11,0,11,31,64,1,3,6,65,152,132,4,16,31,11,0,11,32,0,40,2,24,33,4,32,0,40,2,20,33,3,11,2,64,2,105,31,64,1,3,0,32,3,32,1,32,4,40,2,12,17,2,0,33,3,12,2,11,0,11,33,7,32,2,36,0,31,64,1,3,5,32,0,40,2,20,32,0,65,24,106,40,2,0,16,6,11,32,7,10,11,65,3,33,1,32,3,13,3,32,0,40,2,20,32,0,65,24,106,40,2,0,16,6,12,2,11,0,11,33,7,32,2,36,0,32,0,65,2,58,0,28,32,7,10,11,65,1,33,1,65,1,32,0,40,2,16,65,0,40,2,156,143,4,16,0,11,32,0,32,1,58,0,28,32,3,15,0,11,33,8,32,8,10,11,117,2,1,127,1,105,35,0,65,192,0,107,34,3,36,0,32,3,65,0,58,0,40,32,3,32,2,54,2,16,32,3,32,1,54,2,12,32,3,32,0,54,2,8,2,64,2,64,65,56,16,46,34,2,13,0,2,105,31,64,1,3,0,65,4,65,56,16,47,12,3,11,0,11,33,4,32,3,36,0,32,3,65,8,106,16,15,32,4,10,11,32,2,32,3,65,8,106,65,56,252,10,0,0,32,3,65,192,0,106,36,0,32,2,15,11,0,11,14,0,65,170,136,4,65,199,0,32,0,16,74,0,11,14,0,65,205,136,4,65,197,0,32,0,16,74,0,11,143,11,5,13,127,1,126,1,105,2,127,3,105,2,105,35,0,65,16,107,34,2,36,0,2,64,2,64,2,105,31,64,1,3,0,2,105,2,64,2,105,31,64,1,3,0,2,105,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,32,0,45,0,32,14,8,4,5,6,0,1,3,2,7,4,11,32,0,40,2,52,33,3,32,0,40,2,48,33,4,12,11,11,32,0,40,2,40,33,5,32,0,40,2,36,33,6,12,6,11,32,0,40,2,40,33,7,32,0,40,2,36,33,8,12,7,11,32,0,40,2,40,33,9,32,0,40,2,36,33,10,12,5,11,32,0,32,0,40,2,4,34,11,54,2,16,32,0,32,0,40,2,0,34,3,54,2,12,65,0,33,4,12,6,11,31,64,1,3,16,65,216,132,4,16,30,11,0,11,31,64,1,3,15,65,216,132,4,16,31,11,0,11,32,0,40,2,36,33,12,2,64,32,0,45,0,40,13,0,65,1,33,4,12,4,11,65,1,33,13,32,12,65,127,115,65,1,116,33,14,65,2,33,4,12,3,11,65,3,33,4,12,2,11,65,4,33,4,12,1,11,65,5,33,4,11,3,64,2,64,2,64,2,64,2,64,2,64,2,105,31,64,1,3,0,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,32,4,14,6,0,1,2,4,6,7,7,11,32,11,13,2,12,25,11,32,0,65,1,58,0,40,32,12,65,1,116,65,127,115,33,14,65,0,33,13,12,7,11,31,64,1,3,20,32,14,16,136,1,11,32,13,13,13,65,1,33,4,65,7,33,3,12,24,11,32,0,32,11,65,127,106,54,2,16,32,0,32,3,65,24,106,54,2,12,2,64,2,64,2,64,2,64,32,3,40,2,0,34,4,65,128,128,128,128,120,115,65,5,32,4,65,0,72,27,34,4,14,6,2,3,1,1,1,5,0,11,32,4,65,11,70,13,7,11,31,64,1,3,21,32,3,16,33,11,12,14,11,32,3,41,2,4,33,15,65,2,32,3,40,2,12,34,4,65,0,40,2,156,143,4,16,0,32,0,32,15,55,2,36,32,0,32,4,54,2,44,31,64,1,3,16,32,0,40,2,12,32,0,40,2,16,32,0,40,2,8,16,29,33,4,11,65,168,133,4,33,3,32,0,65,168,133,4,54,2,52,32,0,32,4,54,2,48,12,15,11,31,64,1,3,19,32,3,40,2,8,32,3,40,2,12,32,0,40,2,8,16,29,33,6,11,65,168,133,4,33,5,32,0,65,168,133,4,54,2,40,32,0,32,6,54,2,36,65,3,33,4,12,13,11,2,105,31,64,1,3,0,32,6,32,1,32,5,40,2,12,17,2,0,33,4,12,12,11,0,11,33,16,32,2,36,0,31,64,1,3,23,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,11,31,64,1,3,18,32,16,10,11,11,32,0,32,3,65,12,106,54,2,20,31,64,1,3,17,32,3,40,2,4,32,3,40,2,8,32,0,40,2,8,16,29,33,10,11,65,168,133,4,33,9,32,0,65,168,133,4,54,2,40,32,0,32,10,54,2,36,65,4,33,4,12,11,11,2,127,31,64,1,0,2,0,32,10,32,1,32,9,40,2,12,17,2,0,33,4,12,8,11,0,11,33,4,32,2,36,0,32,2,32,4,16,34,32,2,40,2,4,33,17,32,2,40,2,0,33,4,32,2,32,4,54,2,12,32,2,65,8,106,33,18,12,7,11,2,105,31,64,1,3,0,32,8,32,1,32,7,40,2,12,17,2,0,33,4,12,6,11,0,11,33,16,32,2,36,0,31,64,1,3,20,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,11,31,64,1,3,15,32,16,10,11,11,32,0,65,0,58,0,40,32,0,32,0,40,2,8,34,12,54,2,36,65,1,33,4,12,8,11,65,2,33,4,12,7,11,0,11,33,16,32,2,36,0,31,64,1,3,16,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,11,31,64,1,3,11,32,16,10,11,11,2,64,32,4,69,13,0,65,1,33,4,65,6,33,3,12,15,11,31,64,1,3,10,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,11,12,3,11,65,0,33,17,32,2,65,12,106,33,18,32,4,69,13,0,65,1,33,4,65,5,33,3,12,13,11,32,18,32,17,54,2,0,32,0,32,2,40,2,8,54,2,28,32,0,32,2,40,2,12,54,2,24,31,64,1,3,8,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,11,32,0,40,2,24,34,4,69,13,1,31,64,1,3,8,32,4,32,0,40,2,28,16,35,33,4,11,65,5,32,4,65,0,40,2,156,143,4,16,0,31,64,1,3,8,32,0,40,2,20,34,4,40,2,4,32,4,40,2,8,32,0,40,2,8,16,29,33,8,11,32,0,32,8,54,2,36,65,168,133,4,33,7,32,0,65,40,106,65,168,133,4,54,2,0,65,5,33,4,12,2,11,2,64,32,4,69,13,0,65,1,33,4,65,4,33,3,12,12,11,31,64,1,3,7,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,11,11,32,0,40,2,16,33,11,32,0,40,2,12,33,3,65,0,33,4,12,0,11,11,2,64,2,105,31,64,1,3,0,32,4,32,1,32,3,40,2,12,17,2,0,33,4,12,2,11,0,11,33,16,32,2,36,0,31,64,1,3,10,32,0,40,2,48,32,0,65,52,106,40,2,0,16,6,11,32,16,10,11,2,64,32,4,69,13,0,65,1,33,4,65,3,33,3,12,9,11,32,0,40,2,48,32,0,65,52,106,40,2,0,16,6,12,3,0,11,33,19,32,19,10,11,0,11,33,16,32,2,36,0,31,64,1,3,6,32,0,65,36,106,16,16,11,32,16,10,11,32,0,65,36,106,16,16,12,3,0,11,33,20,32,20,10,11,0,11,33,16,32,2,36,0,32,0,65,2,58,0,32,32,16,10,11,65,0,33,4,65,1,33,3,11,32,0,32,3,58,0,32,32,2,65,16,106,36,0,32,4,15,0,11,33,21,32,21,10,11,252,9,4,5,127,1,105,5,127,3,105,2,105,35,0,33,1,2,64,2,105,31,64,1,3,0,2,105,2,105,31,64,1,3,0,2,105,2,105,31,64,1,3,0,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,32,0,40,2,0,34,2,65,128,128,128,128,120,115,65,5,32,2,65,0,72,27,14,13,13,13,0,1,2,13,3,4,5,6,7,13,8,13,11,31,64,1,3,23,32,0,40,2,4,16,136,1,11,15,11,31,64,1,3,22,32,0,40,2,4,16,27,11,15,11,31,64,1,3,21,32,0,40,2,4,16,20,11,0,11,31,64,1,3,20,32,0,45,0,4,16,49,11,0,11,65,0,65,0,40,2,160,143,4,32,0,40,2,4,106,34,0,54,2,160,143,4,65,6,32,0,65,0,40,2,156,143,4,16,0,15,11,16,2,15,11,32,0,40,2,4,34,0,64,0,65,127,70,13,2,65,0,40,2,144,143,4,33,0,65,8,63,0,32,0,107,65,0,40,2,156,143,4,16,0,15,11,65,0,40,2,172,143,4,33,2,63,0,33,1,32,0,40,2,4,33,0,2,64,32,1,32,2,74,13,0,65,7,65,4,65,0,40,2,156,143,4,16,0,11,32,2,65,16,116,34,2,32,2,40,2,0,32,0,106,34,0,54,2,0,65,9,32,0,65,0,40,2,156,143,4,16,0,15,11,65,11,65,10,32,0,45,0,8,34,3,27,32,0,40,2,4,34,4,65,0,40,2,156,143,4,16,0,2,64,65,4,16,46,34,0,69,13,0,32,0,32,4,54,2,0,2,64,65,20,16,46,34,5,13,0,2,105,31,64,1,3,0,65,4,65,20,16,47,12,8,11,0,11,33,6,32,1,36,0,31,64,1,3,17,32,0,65,128,133,4,16,6,32,6,10,11,11,32,5,32,3,58,0,16,32,5,65,128,133,4,54,2,12,32,5,32,0,54,2,8,32,5,66,129,128,128,128,16,55,2,0,2,64,65,0,40,2,236,140,4,69,13,0,65,1,33,7,31,64,1,3,13,65,232,131,4,16,51,11,12,6,11,65,0,65,127,54,2,236,140,4,65,0,40,2,248,140,4,34,0,32,4,75,13,4,32,4,65,1,106,34,2,32,0,75,13,2,65,0,32,2,54,2,248,140,4,32,0,32,2,70,13,3,32,0,32,2,107,33,8,32,0,32,4,107,33,9,65,0,40,2,244,140,4,32,2,65,2,116,106,34,10,33,0,65,1,33,2,3,64,2,64,32,0,40,2,0,34,7,69,13,0,32,7,32,7,40,2,0,65,127,106,34,11,54,2,0,32,11,13,0,2,105,31,64,1,3,0,32,0,40,2,0,16,44,12,2,11,0,11,33,6,32,1,36,0,2,64,32,2,32,8,70,13,0,3,64,2,64,32,10,32,2,65,2,116,106,34,4,40,2,0,34,0,69,13,0,32,0,32,0,40,2,0,65,127,106,34,7,54,2,0,32,7,13,0,65,1,33,7,31,64,1,3,14,32,4,40,2,0,16,44,11,11,32,2,65,1,106,34,2,32,8,71,13,0,11,11,65,1,33,7,31,64,1,3,11,32,6,10,11,11,32,0,65,4,106,33,0,32,9,32,2,65,1,106,34,2,71,13,0,12,4,11,11,31,64,1,3,15,65,4,65,4,16,47,11,0,11,31,64,1,3,14,65,1,65,128,128,4,32,0,65,16,116,34,0,65,128,128,252,255,7,75,34,2,27,65,1,32,0,32,2,27,16,47,11,0,11,32,0,33,7,2,64,32,2,32,0,107,34,11,65,0,40,2,240,140,4,32,0,107,77,13,0,65,1,33,7,31,64,1,3,7,65,240,140,4,32,0,32,11,65,4,65,4,16,52,11,65,0,40,2,248,140,4,33,7,11,65,0,40,2,244,140,4,34,9,32,7,65,2,116,106,33,2,2,64,2,64,32,11,65,2,79,13,0,32,7,33,0,12,1,11,2,64,32,4,32,0,107,34,8,65,2,116,34,0,69,13,0,32,2,65,0,32,0,252,11,0,11,32,11,32,7,106,65,127,106,33,0,32,9,32,7,32,8,106,65,2,116,106,33,2,11,32,2,65,0,54,2,0,65,0,32,0,65,1,106,54,2,248,140,4,11,65,0,40,2,248,140,4,33,0,11,32,4,32,0,73,34,11,13,1,32,4,32,0,65,248,131,4,16,53,11,0,11,65,0,40,2,244,140,4,32,4,65,2,116,106,34,2,40,2,0,34,0,69,13,8,32,0,32,0,40,2,0,65,127,106,34,7,54,2,0,32,7,13,8,2,105,31,64,1,3,0,32,2,40,2,0,16,44,12,10,11,0,11,33,6,32,1,36,0,32,2,32,5,54,2,0,32,6,10,11,0,11,33,6,32,1,36,0,2,64,32,11,69,13,0,65,0,33,7,32,6,10,11,32,5,32,5,40,2,0,65,127,106,34,0,54,2,0,2,64,32,0,13,0,31,64,1,3,8,32,5,16,44,11,11,65,0,33,7,32,6,10,0,11,33,12,32,12,10,11,0,11,33,6,32,1,36,0,65,0,65,0,40,2,236,140,4,65,1,106,54,2,236,140,4,32,6,10,0,11,33,13,32,13,10,11,0,11,33,6,32,1,36,0,2,64,32,7,69,13,0,32,5,32,5,40,2,0,65,127,106,34,0,54,2,0,32,0,13,0,32,5,16,44,11,32,6,10,11,32,2,32,5,54,2,0,65,0,65,0,40,2,236,140,4,65,1,106,54,2,236,140,4,32,4,32,3,16,3,15,0,11,33,14,32,14,10,11,130,1,1,1,126,35,0,26,2,64,2,64,32,1,41,3,0,66,205,158,233,130,160,170,213,169,212,0,82,13,0,32,1,40,2,24,65,167,137,4,71,13,1,32,1,41,2,28,33,2,32,1,65,40,65,8,16,7,65,0,65,0,40,2,204,143,4,65,127,106,54,2,204,143,4,65,0,65,0,40,2,180,143,4,65,127,106,54,2,180,143,4,65,0,65,0,58,0,184,143,4,32,0,32,2,55,3,0,15,11,32,1,40,2,8,34,0,69,13,0,65,1,32,1,32,0,17,1,0,11,0,11,123,2,1,127,1,105,35,0,65,16,107,34,2,36,0,2,64,2,105,31,64,1,3,0,32,2,32,0,32,1,40,2,12,17,1,0,12,2,11,0,11,33,3,32,2,36,0,32,0,32,1,16,13,32,3,10,11,2,64,32,2,41,3,0,66,216,254,238,187,182,147,140,145,90,133,32,2,41,3,8,66,209,230,190,167,235,200,188,168,67,133,132,80,69,13,0,32,0,40,2,0,33,1,32,0,65,4,65,4,16,7,32,2,65,16,106,36,0,32,1,15,11,0,11,25,0,2,64,32,1,45,0,12,13,0,65,7,65,5,65,0,40,2,156,143,4,16,0,11,11,12,0,35,0,26,32,0,40,2,0,16,27,11,28,0,35,0,26,2,64,32,1,45,0,12,13,0,65,7,65,5,65,0,40,2,156,143,4,16,0,11,11,203,10,3,15,127,1,126,1,105,35,0,65,192,0,107,34,3,36,0,2,64,2,64,32,2,65,192,0,75,13,0,2,64,2,64,32,1,40,2,8,34,4,65,125,75,13,0,32,4,65,2,106,34,5,32,1,40,2,4,77,13,1,11,32,0,65,128,128,128,128,120,54,2,0,12,2,11,32,1,32,5,54,2,8,32,1,40,2,0,32,4,106,47,0,0,33,4,32,3,66,128,128,128,128,192,0,55,2,4,32,2,65,1,106,33,6,65,0,33,5,65,4,33,7,32,4,65,255,255,3,113,33,8,65,0,33,2,3,64,32,3,32,2,54,2,12,2,64,2,64,2,64,2,105,31,64,1,3,0,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,32,5,65,255,255,3,113,32,8,79,13,0,32,1,40,2,8,34,4,32,1,40,2,4,34,9,79,13,16,32,1,32,4,65,1,106,34,10,54,2,8,65,136,128,128,128,120,33,11,65,0,33,12,65,0,33,13,65,0,33,14,2,64,2,64,2,64,2,64,2,64,2,64,32,1,40,2,0,34,15,32,4,106,45,0,0,14,13,0,1,2,3,4,5,7,14,17,13,12,11,10,22,11,32,4,65,122,75,13,21,32,4,65,5,106,34,11,32,9,75,13,21,32,1,32,11,54,2,8,32,11,32,9,79,13,21,32,15,32,10,106,40,0,0,33,16,32,1,32,4,65,6,106,34,13,54,2,8,32,15,32,11,106,45,0,0,34,17,14,2,8,7,21,11,32,3,65,52,106,32,1,32,6,16,39,32,3,40,2,52,34,17,65,128,128,128,128,120,70,13,20,32,3,40,2,56,34,14,65,128,126,113,33,12,32,17,65,128,126,113,33,13,32,3,40,2,60,33,16,65,129,128,128,128,120,33,11,12,15,11,32,4,65,122,75,13,19,32,4,65,5,106,34,4,32,9,75,13,19,32,1,32,4,54,2,8,32,15,32,10,106,40,0,0,34,17,65,128,126,113,33,13,65,130,128,128,128,120,33,11,12,12,11,32,4,65,122,75,13,18,32,4,65,5,106,34,4,32,9,75,13,18,32,1,32,4,54,2,8,32,15,32,10,106,40,0,0,34,17,65,128,126,113,33,13,65,131,128,128,128,120,33,11,12,11,11,32,4,65,122,75,13,17,32,4,65,5,106,34,4,32,9,75,13,17,32,1,32,4,54,2,8,32,15,32,10,106,40,0,0,34,17,65,128,126,113,33,13,65,132,128,128,128,120,33,11,12,10,11,32,3,65,52,106,32,1,32,6,16,39,32,3,40,2,52,34,11,65,128,128,128,128,120,70,13,16,32,3,32,3,41,2,56,34,18,55,2,44,32,3,32,11,54,2,40,2,105,31,64,1,3,0,32,3,65,52,106,32,1,32,6,16,39,12,14,11,0,11,33,19,32,3,36,0,32,3,65,40,106,16,10,32,19,10,11,32,0,32,3,40,2,12,54,2,8,32,0,32,3,41,2,4,55,2,0,12,20,11,32,10,32,9,79,13,14,32,1,32,4,65,2,106,54,2,8,32,15,32,10,106,45,0,0,34,17,65,5,79,13,14,65,134,128,128,128,120,33,11,65,0,33,13,12,7,11,32,4,65,117,75,13,13,32,4,65,10,106,34,4,32,9,75,13,13,32,1,32,4,54,2,8,32,15,32,13,106,40,0,0,33,14,11,32,14,65,128,126,113,33,12,65,128,128,128,128,120,33,11,65,0,33,13,12,7,11,32,4,65,122,75,13,11,32,4,65,5,106,34,11,32,9,75,13,11,32,1,32,11,54,2,8,32,11,32,9,79,13,11,32,15,32,10,106,40,0,0,33,17,32,1,32,4,65,6,106,54,2,8,2,64,2,64,32,15,32,11,106,45,0,0,34,14,14,2,1,0,13,11,65,1,33,14,11,32,17,65,128,126,113,33,13,65,140,128,128,128,120,33,11,12,5,11,65,139,128,128,128,120,33,11,65,0,33,13,12,3,11,32,4,65,122,75,13,9,32,4,65,5,106,34,4,32,9,75,13,9,32,1,32,4,54,2,8,32,15,32,10,106,40,0,0,34,17,65,128,126,113,33,13,65,138,128,128,128,120,33,11,12,2,11,32,4,65,122,75,13,8,32,4,65,5,106,34,4,32,9,75,13,8,32,1,32,4,54,2,8,32,15,32,10,106,40,0,0,34,17,65,128,126,113,33,13,65,137,128,128,128,120,33,11,12,1,11,32,4,65,122,75,13,7,32,4,65,5,106,34,4,32,9,75,13,7,32,1,32,4,54,2,8,32,15,32,10,106,40,0,0,34,17,65,128,126,113,33,13,65,135,128,128,128,120,33,11,11,65,0,33,14,11,11,32,14,65,255,1,113,32,12,114,33,4,32,13,32,17,65,255,1,113,114,33,17,12,1,11,2,64,32,3,40,2,52,34,16,65,128,128,128,128,120,71,13,0,32,3,65,40,106,16,10,12,4,11,32,18,66,32,136,167,33,4,32,18,167,33,17,32,3,41,2,56,33,18,11,32,3,32,18,55,2,32,32,3,32,16,54,2,28,32,3,32,4,54,2,24,32,3,32,17,54,2,20,32,3,32,11,54,2,16,32,2,32,3,40,2,4,71,13,4,2,105,31,64,1,3,0,32,3,65,4,106,16,40,12,5,11,0,11,33,19,32,3,36,0,32,3,65,16,106,16,12,32,19,10,11,0,11,33,19,32,3,36,0,32,3,65,4,106,16,10,32,19,10,11,32,0,65,128,128,128,128,120,54,2,0,32,3,65,4,106,16,10,12,4,11,32,3,40,2,8,33,7,11,32,5,65,1,106,33,5,32,7,32,2,65,24,108,106,34,4,32,3,41,2,32,55,2,16,32,4,32,3,41,2,24,55,2,8,32,4,32,3,41,2,16,55,2,0,32,2,65,1,106,33,2,12,0,11,11,32,0,65,128,128,128,128,120,54,2,0,11,32,3,65,192,0,106,36,0,11,69,1,1,127,35,0,65,16,107,34,1,36,0,32,1,65,8,106,32,0,32,0,40,2,0,65,1,65,4,65,24,16,42,2,64,32,1,40,2,8,34,0,65,129,128,128,128,120,70,13,0,32,0,32,1,40,2,12,16,43,0,11,32,1,65,16,106,36,0,11,69,1,1,127,35,0,65,16,107,34,1,36,0,32,1,65,8,106,32,0,32,0,40,2,0,65,1,65,4,65,12,16,42,2,64,32,1,40,2,8,34,0,65,129,128,128,128,120,70,13,0,32,0,32,1,40,2,12,16,43,0,11,32,1,65,16,106,36,0,11,162,1,1,2,127,35,0,65,16,107,34,6,36,0,65,0,33,7,2,64,32,3,32,2,106,34,2,32,3,73,13,0,32,6,65,4,106,32,1,40,2,0,34,3,32,1,40,2,4,32,2,32,3,65,1,116,34,3,32,2,32,3,75,27,34,3,65,8,65,4,32,5,65,1,70,27,34,2,32,3,32,2,75,27,34,3,32,4,32,5,16,81,32,6,40,2,8,33,7,2,64,32,6,40,2,4,69,13,0,32,6,40,2,12,33,2,12,1,11,32,1,32,3,54,2,0,32,1,32,7,54,2,4,65,129,128,128,128,120,33,7,11,32,0,32,2,54,2,4,32,0,32,7,54,2,0,32,6,65,16,106,36,0,11,20,0,2,64,32,0,69,13,0,32,0,32,1,16,47,0,11,16,82,0,11,90,2,1,127,1,105,35,0,33,1,2,64,2,105,31,64,1,3,0,32,0,40,2,8,32,0,65,12,106,40,2,0,16,6,12,2,11,0,11,33,2,32,1,36,0,32,0,16,8,32,2,10,11,2,64,32,0,65,127,70,13,0,32,0,32,0,40,2,4,65,127,106,34,1,54,2,4,32,1,13,0,32,0,65,20,65,4,16,7,11,11,43,2,1,127,1,105,35,0,33,2,2,64,2,105,31,64,1,3,0,32,0,32,1,17,0,0,12,2,11,0,11,33,3,32,2,36,0,16,17,32,3,10,11,11,240,19,2,8,127,1,126,35,0,26,2,64,2,64,2,64,2,64,2,64,2,64,2,64,32,0,65,245,1,73,13,0,32,0,65,205,255,123,79,13,6,32,0,65,11,106,34,1,65,120,113,33,2,65,0,40,2,236,146,4,34,3,69,13,4,65,31,33,4,2,64,32,0,65,244,255,255,7,75,13,0,32,2,65,38,32,1,65,8,118,103,34,0,107,118,65,1,113,32,0,65,1,116,114,65,62,115,33,4,11,65,0,32,2,107,33,1,32,4,65,2,116,65,208,143,4,106,40,2,0,34,0,69,13,1,65,0,33,5,32,2,65,0,65,25,32,4,65,1,118,107,65,31,113,32,4,65,31,70,27,116,33,6,65,0,33,7,3,64,2,64,32,0,34,0,40,2,4,65,120,113,34,8,32,2,73,13,0,32,8,32,2,107,34,8,32,1,79,13,0,32,0,33,5,32,8,33,1,32,8,13,0,65,0,33,1,32,0,33,5,12,4,11,32,7,32,0,40,2,20,34,8,32,8,32,0,32,6,65,29,118,65,4,113,106,40,2,16,34,0,70,27,32,7,32,8,27,33,7,32,6,65,1,116,33,6,32,0,13,0,11,2,64,32,7,69,13,0,32,7,33,0,12,3,11,32,5,69,13,1,12,3,11,2,64,65,0,40,2,232,146,4,34,5,65,16,32,0,65,11,106,65,248,3,113,32,0,65,11,73,27,34,2,65,3,118,34,1,118,34,0,65,3,113,69,13,0,2,64,2,64,32,0,65,127,115,65,1,113,32,1,106,34,8,65,3,116,34,0,65,224,144,4,106,34,1,32,0,65,232,144,4,106,40,2,0,34,2,65,8,106,34,6,40,2,0,34,7,70,13,0,32,7,32,1,54,2,12,32,1,32,7,54,2,8,12,1,11,65,0,32,5,65,126,32,8,119,113,54,2,232,146,4,11,32,2,32,0,65,3,114,54,2,4,32,2,32,0,106,34,0,32,0,40,2,4,65,1,114,54,2,4,32,6,15,11,32,2,65,0,40,2,240,146,4,77,13,3,2,64,2,64,32,0,13,0,65,0,40,2,236,146,4,34,0,69,13,5,32,0,104,65,2,116,65,208,143,4,106,40,2,0,34,7,40,2,4,65,120,113,32,2,107,33,1,32,7,33,5,3,64,2,64,32,7,40,2,16,34,0,13,0,32,7,40,2,20,34,0,69,13,3,11,32,0,40,2,4,65,120,113,32,2,107,34,7,32,1,32,7,32,1,73,34,7,27,33,1,32,0,32,5,32,7,27,33,5,32,0,33,7,12,0,11,11,2,64,2,64,65,2,32,1,116,34,7,65,0,32,7,107,114,32,0,32,1,116,113,104,34,4,65,3,116,34,0,65,224,144,4,106,34,7,32,0,65,232,144,4,106,40,2,0,34,1,65,8,106,34,8,40,2,0,34,6,70,13,0,32,6,32,7,54,2,12,32,7,32,6,54,2,8,12,1,11,65,0,32,5,65,126,32,4,119,113,54,2,232,146,4,11,32,1,32,2,65,3,114,54,2,4,32,1,32,2,106,34,7,32,0,32,2,107,34,2,65,1,114,54,2,4,32,1,32,0,106,32,2,54,2,0,32,7,32,2,16,114,32,8,15,11,32,5,16,115,2,64,2,64,32,1,65,16,73,13,0,32,5,32,2,65,3,114,54,2,4,32,5,32,2,106,34,0,32,1,65,1,114,54,2,4,32,0,32,1,106,32,1,54,2,0,32,0,32,1,16,114,12,1,11,32,5,32,1,32,2,106,34,0,65,3,114,54,2,4,32,5,32,0,106,34,0,32,0,40,2,4,65,1,114,54,2,4,11,32,5,65,8,106,34,0,69,13,3,12,4,11,65,0,33,5,32,3,65,2,32,4,116,34,0,65,0,32,0,107,114,113,34,0,69,13,2,32,0,104,65,2,116,65,208,143,4,106,40,2,0,34,0,69,13,2,11,3,64,32,0,40,2,4,65,120,113,34,7,32,2,107,34,6,32,1,32,6,32,1,73,34,8,27,33,4,32,7,32,2,73,33,6,32,0,32,5,32,8,27,33,8,2,64,32,0,40,2,16,34,7,13,0,32,0,40,2,20,33,7,11,32,1,32,4,32,6,27,33,1,32,5,32,8,32,6,27,33,5,32,7,33,0,32,7,13,0,11,32,5,69,13,1,11,2,64,65,0,40,2,240,146,4,34,0,32,2,73,13,0,32,1,32,0,32,2,107,79,13,1,11,32,5,16,115,2,64,2,64,32,1,65,16,73,13,0,32,5,32,2,65,3,114,54,2,4,32,5,32,2,106,34,0,32,1,65,1,114,54,2,4,32,0,32,1,106,32,1,54,2,0,32,0,32,1,16,116,12,1,11,32,5,32,1,32,2,106,34,0,65,3,114,54,2,4,32,5,32,0,106,34,0,32,0,40,2,4,65,1,114,54,2,4,11,32,5,65,8,106,34,0,13,1,11,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,65,0,40,2,240,146,4,34,0,32,2,79,13,0,2,64,65,0,40,2,244,146,4,34,0,32,2,75,13,0,32,2,65,175,128,4,106,34,7,65,16,118,64,0,34,1,65,127,70,13,11,65,0,33,0,32,1,65,16,116,34,5,69,13,10,65,0,65,0,40,2,128,147,4,32,7,65,128,128,124,113,34,0,65,112,106,32,0,32,5,65,0,32,0,107,70,27,34,8,106,34,0,54,2,128,147,4,65,0,32,0,65,0,40,2,132,147,4,34,1,32,0,32,1,75,27,54,2,132,147,4,2,64,2,64,2,64,2,64,65,0,40,2,252,146,4,34,1,69,13,0,65,208,144,4,33,0,3,64,32,0,40,2,0,34,7,32,0,65,4,106,40,2,0,34,6,106,32,5,70,13,2,32,0,40,2,8,34,0,13,0,12,3,11,11,65,0,40,2,140,147,4,34,0,69,13,2,32,0,32,5,75,13,2,12,11,11,32,0,40,2,12,13,0,32,7,32,1,75,13,0,32,1,32,5,73,13,4,11,65,0,65,0,40,2,140,147,4,34,0,32,5,32,0,32,5,73,27,54,2,140,147,4,32,5,32,8,106,33,7,65,208,144,4,33,0,2,64,2,64,2,64,2,64,3,64,32,0,40,2,0,34,6,32,7,70,13,1,32,0,40,2,8,34,0,13,0,12,2,11,11,32,0,40,2,12,69,13,1,11,65,208,144,4,33,0,3,64,2,64,32,0,40,2,0,34,7,32,1,75,13,0,32,1,32,7,32,0,65,4,106,40,2,0,106,34,7,73,13,3,11,32,0,40,2,8,33,0,12,0,11,11,32,0,32,5,54,2,0,32,0,32,0,40,2,4,32,8,106,54,2,4,32,5,32,2,65,3,114,54,2,4,32,6,65,15,106,65,120,113,65,120,106,34,0,32,5,32,2,106,34,2,107,33,1,32,0,65,0,40,2,252,146,4,70,13,5,32,0,65,0,40,2,248,146,4,70,13,6,2,64,32,0,40,2,4,34,7,65,3,113,65,1,71,13,0,32,0,32,7,65,120,113,34,7,16,77,32,7,32,1,106,33,1,32,0,32,7,106,34,0,40,2,4,33,7,11,32,0,32,7,65,126,113,54,2,4,32,2,32,1,65,1,114,54,2,4,32,2,32,1,106,32,1,54,2,0,32,2,32,1,16,116,12,9,11,65,0,32,5,54,2,252,146,4,65,0,32,8,65,88,106,34,0,54,2,244,146,4,32,5,32,0,65,1,114,54,2,4,32,5,32,0,106,65,40,54,2,4,65,0,65,128,128,128,1,54,2,136,147,4,32,1,32,7,65,96,106,65,120,113,65,120,106,34,0,32,0,32,1,65,16,106,73,27,34,6,65,27,54,2,4,65,0,41,2,208,144,4,33,9,32,6,65,16,106,65,0,41,2,216,144,4,55,2,0,32,6,65,8,106,34,0,32,9,55,2,0,65,0,32,8,54,2,212,144,4,65,0,32,5,54,2,208,144,4,65,0,32,0,54,2,216,144,4,65,0,65,0,54,2,220,144,4,32,6,65,28,106,33,0,3,64,32,0,65,7,54,2,0,32,0,65,4,106,34,0,32,7,73,13,0,11,32,6,32,1,70,13,10,32,6,32,6,40,2,4,65,126,113,54,2,4,32,1,32,6,32,1,107,34,0,65,1,114,54,2,4,32,6,32,0,54,2,0,32,1,32,0,16,116,12,10,11,65,0,32,5,54,2,140,147,4,12,8,11,65,0,32,0,32,2,107,34,1,54,2,244,146,4,65,0,65,0,40,2,252,146,4,34,0,32,2,106,34,7,54,2,252,146,4,32,7,32,1,65,1,114,54,2,4,32,0,32,2,65,3,114,54,2,4,32,0,65,8,106,33,0,12,9,11,65,0,40,2,248,146,4,33,1,32,0,32,2,107,34,7,65,16,73,13,3,65,0,32,7,54,2,240,146,4,65,0,32,1,32,2,106,34,5,54,2,248,146,4,32,5,32,7,65,1,114,54,2,4,32,1,32,0,106,32,7,54,2,0,32,1,32,2,65,3,114,54,2,4,12,4,11,32,0,65,4,106,32,6,32,8,106,54,2,0,65,0,65,0,40,2,252,146,4,34,0,65,15,106,65,120,113,34,1,65,120,106,34,7,54,2,252,146,4,65,0,32,0,32,1,107,65,0,40,2,244,146,4,32,8,106,34,1,106,65,8,106,34,5,54,2,244,146,4,32,7,32,5,65,1,114,54,2,4,32,0,32,1,106,65,40,54,2,4,65,0,65,128,128,128,1,54,2,136,147,4,12,6,11,65,0,32,2,54,2,252,146,4,65,0,65,0,40,2,244,146,4,32,1,106,34,0,54,2,244,146,4,32,2,32,0,65,1,114,54,2,4,12,3,11,65,0,32,2,54,2,248,146,4,65,0,65,0,40,2,240,146,4,32,1,106,34,0,54,2,240,146,4,32,2,32,0,65,1,114,54,2,4,32,2,32,0,106,32,0,54,2,0,12,2,11,65,0,65,0,54,2,248,146,4,65,0,65,0,54,2,240,146,4,32,1,32,0,65,3,114,54,2,4,32,1,32,0,106,34,0,32,0,40,2,4,65,1,114,54,2,4,11,32,1,65,8,106,15,11,32,5,65,8,106,15,11,65,0,33,0,65,0,65,255,31,54,2,144,147,4,65,0,32,8,54,2,212,144,4,65,0,32,5,54,2,208,144,4,65,0,65,0,54,2,220,144,4,3,64,32,0,65,232,144,4,106,32,0,65,224,144,4,106,34,1,54,2,0,32,0,65,236,144,4,106,32,1,54,2,0,32,0,65,8,106,34,0,65,128,2,71,13,0,11,65,0,32,5,54,2,252,146,4,65,0,32,8,65,88,106,34,0,54,2,244,146,4,32,5,32,0,65,1,114,54,2,4,32,5,32,0,106,65,40,54,2,4,65,0,65,128,128,128,1,54,2,136,147,4,11,65,0,33,0,65,0,40,2,244,146,4,34,1,32,2,77,13,0,65,0,32,1,32,2,107,34,1,54,2,244,146,4,65,0,65,0,40,2,252,146,4,34,0,32,2,106,34,7,54,2,252,146,4,32,7,32,1,65,1,114,54,2,4,32,0,32,2,65,3,114,54,2,4,32,0,65,8,106,15,11,32,0,15,11,65,0,11,9,0,32,0,32,1,16,79,0,11,221,2,3,6,127,1,126,1,105,35,0,65,32,107,34,2,36,0,2,64,2,64,32,1,69,13,0,32,1,65,24,108,33,3,32,1,65,127,106,33,4,65,0,33,5,2,64,3,64,2,64,2,64,2,64,2,64,2,64,32,0,32,5,106,34,1,40,2,0,34,6,65,128,128,128,128,120,115,65,5,32,6,65,0,72,27,34,6,14,6,6,3,1,1,1,2,0,11,32,6,65,11,70,13,7,11,32,1,16,33,12,2,11,2,127,31,64,1,0,2,0,32,1,65,4,106,40,2,0,32,1,65,8,106,40,2,0,16,48,12,3,11,0,11,33,6,32,2,36,0,32,2,65,8,106,32,6,16,34,32,2,40,2,12,33,6,32,2,40,2,8,33,7,65,5,32,7,32,6,16,35,65,0,40,2,156,143,4,16,0,32,1,65,16,106,40,2,0,32,1,65,20,106,40,2,0,16,48,12,1,11,32,1,65,8,106,40,2,0,32,1,65,12,106,40,2,0,16,48,11,32,4,65,127,106,33,4,32,3,32,5,65,24,106,34,5,71,13,0,12,2,11,11,32,1,41,2,4,33,8,65,2,32,1,40,2,12,34,5,65,0,40,2,156,143,4,16,0,32,2,32,8,55,2,20,32,2,32,5,54,2,28,2,64,2,105,31,64,1,3,0,32,1,65,24,106,32,4,16,48,12,2,11,0,11,33,9,32,2,36,0,32,2,65,20,106,16,16,32,9,10,11,32,2,65,20,106,16,16,11,32,2,65,32,106,36,0,15,11,0,11,189,1,1,1,127,35,0,65,16,107,34,1,36,0,2,64,2,64,2,64,2,64,2,64,2,64,32,0,65,255,1,113,34,0,65,1,70,13,0,65,7,32,0,65,0,40,2,156,143,4,16,0,32,0,14,5,3,3,1,2,4,3,11,65,128,128,128,32,16,46,34,0,13,4,65,1,65,128,128,128,32,16,43,0,11,32,1,65,0,16,50,54,2,0,32,1,33,1,0,11,65,0,65,0,40,2,140,141,4,65,0,40,2,152,143,4,109,54,2,148,143,4,11,0,11,65,0,65,0,40,2,240,255,255,255,15,54,2,148,143,4,0,11,32,1,65,0,54,2,8,32,1,32,0,54,2,4,32,1,65,128,128,128,32,54,2,0,32,1,32,1,54,2,12,32,1,65,12,106,33,0,32,1,65,1,65,1,16,11,0,11,215,7,1,64,127,35,0,26,65,0,40,2,144,141,4,33,1,65,0,40,2,148,141,4,33,2,65,0,40,2,152,141,4,33,3,65,0,40,2,156,141,4,33,4,65,0,40,2,160,141,4,33,5,65,0,40,2,164,141,4,33,6,65,0,40,2,168,141,4,33,7,65,0,40,2,172,141,4,33,8,65,0,40,2,176,141,4,33,9,65,0,40,2,180,141,4,33,10,65,0,40,2,184,141,4,33,11,65,0,40,2,188,141,4,33,12,65,0,40,2,192,141,4,33,13,65,0,40,2,196,141,4,33,14,65,0,40,2,200,141,4,33,15,65,0,40,2,204,141,4,33,16,65,0,40,2,208,141,4,33,17,65,0,40,2,212,141,4,33,18,65,0,40,2,216,141,4,33,19,65,0,40,2,220,141,4,33,20,65,0,40,2,224,141,4,33,21,65,0,40,2,228,141,4,33,22,65,0,40,2,232,141,4,33,23,65,0,40,2,236,141,4,33,24,65,0,40,2,240,141,4,33,25,65,0,40,2,244,141,4,33,26,65,0,40,2,248,141,4,33,27,65,0,40,2,252,141,4,33,28,65,0,40,2,128,142,4,33,29,65,0,40,2,132,142,4,33,30,65,0,40,2,136,142,4,33,31,65,0,40,2,140,142,4,33,32,65,0,40,2,144,142,4,33,33,65,0,40,2,148,142,4,33,34,65,0,40,2,152,142,4,33,35,65,0,40,2,156,142,4,33,36,65,0,40,2,160,142,4,33,37,65,0,40,2,164,142,4,33,38,65,0,40,2,168,142,4,33,39,65,0,40,2,172,142,4,33,40,65,0,40,2,176,142,4,33,41,65,0,40,2,180,142,4,33,42,65,0,40,2,184,142,4,33,43,65,0,40,2,188,142,4,33,44,65,0,40,2,192,142,4,33,45,65,0,40,2,196,142,4,33,46,65,0,40,2,200,142,4,33,47,65,0,40,2,204,142,4,33,48,65,0,40,2,208,142,4,33,49,65,0,40,2,212,142,4,33,50,65,0,40,2,216,142,4,33,51,65,0,40,2,220,142,4,33,52,65,0,40,2,224,142,4,33,53,65,0,40,2,228,142,4,33,54,65,0,40,2,232,142,4,33,55,65,0,40,2,236,142,4,33,56,65,0,40,2,240,142,4,33,57,65,0,40,2,244,142,4,33,58,65,0,40,2,248,142,4,33,59,65,0,40,2,252,142,4,33,60,65,0,40,2,128,143,4,33,61,65,0,40,2,132,143,4,33,62,65,0,40,2,136,143,4,33,63,65,0,40,2,140,143,4,34,64,32,63,32,62,32,61,32,60,32,59,32,58,32,57,32,56,32,55,32,54,32,53,32,52,32,51,32,50,32,49,32,48,32,47,32,46,32,45,32,44,32,43,32,42,32,41,32,40,32,39,32,38,32,37,32,36,32,35,32,34,32,33,32,32,32,31,32,30,32,29,32,28,32,27,32,26,32,25,32,24,32,23,32,22,32,21,32,20,32,19,32,18,32,17,32,16,32,15,32,14,32,13,32,12,32,11,32,10,32,9,32,8,32,7,32,6,32,5,32,4,32,3,32,2,32,1,32,0,65,1,106,65,0,40,2,128,128,4,17,3,0,32,0,106,32,1,119,115,32,2,119,115,32,3,119,115,32,4,119,115,32,5,119,115,32,6,119,115,32,7,119,115,32,8,119,115,32,9,119,115,32,10,119,115,32,11,119,115,32,12,119,115,32,13,119,115,32,14,119,115,32,15,119,115,32,16,119,115,32,17,119,115,32,18,119,115,32,19,119,115,32,20,119,115,32,21,119,115,32,22,119,115,32,23,119,115,32,24,119,115,32,25,119,115,32,26,119,115,32,27,119,115,32,28,119,115,32,29,119,115,32,30,119,115,32,31,119,115,32,32,119,115,32,33,119,115,32,34,119,115,32,35,119,115,32,36,119,115,32,37,119,115,32,38,119,115,32,39,119,115,32,40,119,115,32,41,119,115,32,42,119,115,32,43,119,115,32,44,119,115,32,45,119,115,32,46,119,115,32,47,119,115,32,48,119,115,32,49,119,115,32,50,119,115,32,51,119,115,32,52,119,115,32,53,119,115,32,54,119,115,32,55,119,115,32,56,119,115,32,57,119,115,32,58,119,115,32,59,119,115,32,60,119,115,32,61,119,115,32,62,119,115,32,63,119,115,32,64,119,115,11,7,0,32,0,16,98,0,11,66,1,1,127,35,0,65,16,107,34,5,36,0,32,5,65,8,106,32,0,32,1,32,2,32,3,32,4,16,42,2,64,32,5,40,2,8,34,4,65,129,128,128,128,120,70,13,0,32,4,32,5,40,2,12,16,43,0,11,32,5,65,16,106,36,0,11,75,1,1,127,35,0,65,32,107,34,3,36,0,32,3,32,1,54,2,12,32,3,32,0,54,2,8,32,3,65,1,54,2,28,32,3,65,1,54,2,20,32,3,32,3,65,8,106,54,2,24,32,3,32,3,65,12,106,54,2,16,65,176,128,4,32,3,65,16,106,32,2,16,74,0,11,210,1,1,4,127,35,0,26,2,64,32,1,69,13,0,32,1,65,24,108,33,3,32,2,65,255,255,3,113,33,4,65,0,33,1,2,64,3,64,2,64,2,64,2,64,2,64,2,64,32,0,32,1,106,34,5,40,2,0,34,6,65,128,128,128,128,120,115,65,5,32,6,65,0,72,27,34,6,65,127,106,14,5,0,4,3,4,1,2,11,32,5,65,8,106,40,2,0,32,5,65,12,106,40,2,0,32,2,16,54,13,3,12,5,11,2,64,32,5,65,4,106,40,2,0,32,5,65,8,106,40,2,0,32,2,16,54,69,13,0,32,5,65,16,106,40,2,0,32,5,65,20,106,40,2,0,32,2,16,54,13,3,11,65,0,15,11,32,6,65,12,71,13,1,11,32,5,65,4,106,40,2,0,32,4,79,13,2,11,32,3,32,1,65,24,106,34,1,70,13,2,12,0,11,11,65,0,15,11,65,1,11,26,0,32,0,65,0,41,2,140,128,4,55,2,8,32,0,65,0,41,2,132,128,4,55,2,0,11,36,0,2,64,32,1,40,2,0,65,1,71,13,0,32,0,65,224,133,4,54,2,4,32,0,32,1,65,4,106,54,2,0,15,11,0,11,82,1,1,127,35,0,26,32,1,40,2,0,33,2,32,1,65,0,54,2,0,2,64,2,64,32,2,65,1,71,13,0,32,1,40,2,4,33,2,65,4,16,46,34,1,69,13,1,32,1,32,2,54,2,0,32,0,65,224,133,4,54,2,4,32,0,32,1,54,2,0,15,11,0,11,65,4,65,4,16,47,0,11,39,0,2,64,32,0,40,2,0,65,1,71,13,0,32,1,40,2,0,65,252,139,4,65,12,32,1,40,2,4,40,2,12,17,4,0,15,11,0,11,9,0,32,0,65,0,54,2,0,11,18,0,35,0,26,65,7,65,1,65,0,40,2,156,143,4,16,0,11,18,0,32,0,65,0,54,2,4,32,0,65,232,132,4,54,2,0,11,2,0,11,206,1,1,4,127,35,0,65,32,107,34,1,36,0,32,1,65,20,106,32,0,65,1,65,1,65,1,16,64,32,1,40,2,24,33,2,2,64,2,64,32,1,40,2,20,65,1,71,13,0,2,64,31,64,1,2,0,32,2,32,1,40,2,28,16,43,12,3,11,0,11,32,1,36,0,16,65,0,11,32,1,32,1,40,2,28,34,3,54,2,12,32,1,32,2,54,2,8,32,1,32,0,54,2,16,2,64,2,64,32,2,32,0,75,13,0,32,3,33,4,12,1,11,2,64,32,0,13,0,65,1,33,4,32,3,32,2,65,1,16,7,12,1,11,32,3,32,2,65,1,32,0,16,66,34,4,13,0,2,64,31,64,1,2,0,65,1,32,0,16,43,12,3,11,0,11,32,1,36,0,32,1,65,8,106,65,1,65,1,16,11,16,65,0,11,32,1,65,32,106,36,0,32,4,15,11,0,11,193,1,2,1,126,1,127,35,0,26,2,64,2,64,2,64,32,4,173,32,1,173,126,34,5,66,32,136,167,13,0,32,5,167,34,4,65,128,128,128,128,120,32,3,107,77,13,1,11,32,0,65,0,54,2,4,65,1,33,1,12,1,11,2,64,32,4,13,0,32,0,32,3,54,2,8,65,0,33,1,32,0,65,0,54,2,4,12,1,11,32,4,16,46,33,6,2,64,2,64,2,64,32,2,13,0,32,6,13,1,12,2,11,32,6,69,13,1,32,6,65,124,106,45,0,0,65,3,113,69,13,0,32,4,69,13,0,32,6,65,0,32,4,252,11,0,11,32,0,32,6,54,2,8,32,0,32,1,54,2,4,65,0,33,1,12,1,11,32,0,32,4,54,2,8,32,0,32,3,54,2,4,65,1,33,1,11,32,0,32,1,54,2,0,11,5,0,16,104,0,11,220,8,1,9,127,35,0,33,4,2,64,2,64,2,64,31,64,1,2,0,32,0,65,124,106,34,5,40,2,0,32,1,16,75,2,64,2,64,32,2,65,9,73,13,0,65,0,33,6,32,3,65,205,255,123,32,2,65,16,32,2,65,16,75,27,34,2,107,79,13,5,32,2,65,16,32,3,65,11,106,65,120,113,32,3,65,11,73,27,34,7,106,65,12,106,16,46,34,8,69,13,5,32,8,65,120,106,33,9,2,64,32,2,65,127,106,34,10,32,8,113,13,0,32,9,33,2,12,2,11,32,8,65,124,106,34,11,40,2,0,34,12,65,120,113,32,10,32,8,106,65,0,32,2,107,113,65,120,106,34,8,65,0,32,2,32,8,32,9,107,65,16,75,27,106,34,2,32,9,107,34,8,107,33,10,2,64,32,12,65,3,113,69,13,0,32,2,32,10,32,2,40,2,4,65,1,113,114,65,2,114,54,2,4,32,2,32,10,106,34,10,32,10,40,2,4,65,1,114,54,2,4,32,11,32,8,32,11,40,2,0,65,1,113,114,65,2,114,54,2,0,32,9,32,8,106,34,10,32,10,40,2,4,65,1,114,54,2,4,32,9,32,8,16,76,12,2,11,32,9,40,2,0,33,9,32,2,32,10,54,2,4,32,2,32,9,32,8,106,54,2,0,12,1,11,65,0,33,6,32,3,65,204,255,123,75,13,4,65,16,32,3,65,11,106,65,120,113,32,3,65,11,73,27,33,2,32,0,65,120,106,33,4,32,5,40,2,0,34,8,65,120,113,33,1,2,64,2,64,2,64,2,64,2,64,2,64,2,64,32,8,65,3,113,69,13,0,32,4,32,1,106,33,9,32,1,32,2,79,13,3,32,9,65,0,40,2,252,146,4,70,13,4,32,9,65,0,40,2,248,146,4,70,13,2,32,9,40,2,4,34,8,65,2,113,13,6,32,8,65,120,113,34,8,32,1,106,34,1,32,2,73,13,6,32,9,32,8,16,77,32,1,32,2,107,34,8,65,16,73,13,1,32,5,32,2,32,5,40,2,0,65,1,113,114,65,2,114,54,2,0,32,4,32,2,106,34,2,32,8,65,3,114,54,2,4,32,4,32,1,106,34,1,32,1,40,2,4,65,1,114,54,2,4,32,2,32,8,16,76,12,5,11,32,2,65,128,2,73,13,5,32,1,32,2,77,13,5,32,1,32,2,107,65,128,128,8,75,13,5,12,4,11,32,5,32,1,32,5,40,2,0,65,1,113,114,65,2,114,54,2,0,32,4,32,1,106,34,2,32,2,40,2,4,65,1,114,54,2,4,12,3,11,65,0,40,2,240,146,4,32,1,106,34,1,32,2,73,13,3,2,64,2,64,32,1,32,2,107,34,9,65,15,75,13,0,32,5,32,1,32,8,65,1,113,114,65,2,114,54,2,0,32,4,32,1,106,34,2,32,2,40,2,4,65,1,114,54,2,4,65,0,33,9,65,0,33,2,12,1,11,32,5,32,2,32,8,65,1,113,114,65,2,114,54,2,0,32,4,32,2,106,34,2,32,9,65,1,114,54,2,4,32,4,32,1,106,34,1,32,9,54,2,0,32,1,32,1,40,2,4,65,126,113,54,2,4,11,65,0,32,2,54,2,248,146,4,65,0,32,9,54,2,240,146,4,12,2,11,32,1,32,2,107,34,1,65,16,73,13,1,32,5,32,2,32,8,65,1,113,114,65,2,114,54,2,0,32,4,32,2,106,34,2,32,1,65,3,114,54,2,4,32,9,32,9,40,2,4,65,1,114,54,2,4,32,2,32,1,16,76,12,1,11,65,0,40,2,244,146,4,32,1,106,34,1,32,2,77,13,1,32,5,32,2,32,8,65,1,113,114,65,2,114,54,2,0,32,4,32,2,106,34,8,32,1,32,2,107,34,2,65,1,114,54,2,4,65,0,32,2,54,2,244,146,4,65,0,32,8,54,2,252,146,4,11,32,4,69,13,0,32,0,15,11,32,3,16,46,34,2,69,13,4,32,3,65,124,65,120,32,5,40,2,0,34,1,65,3,113,27,32,1,65,120,113,106,34,1,32,3,32,1,73,27,34,3,69,13,3,32,2,32,0,32,3,252,10,0,0,12,3,11,2,64,32,2,40,2,4,34,8,65,3,113,69,13,0,32,8,65,120,113,34,9,32,7,65,16,106,77,13,0,32,2,32,7,32,8,65,1,113,114,65,2,114,54,2,4,32,2,32,7,106,34,8,32,9,32,7,107,34,7,65,3,114,54,2,4,32,2,32,9,106,34,9,32,9,40,2,4,65,1,114,54,2,4,32,8,32,7,16,76,11,32,2,65,8,106,34,2,69,13,3,2,64,32,3,32,1,32,3,32,1,73,27,34,3,69,13,0,32,2,32,0,32,3,252,10,0,0,11,32,5,40,2,0,32,1,16,75,12,2,12,2,11,0,11,32,4,36,0,16,65,0,11,32,0,16,78,32,2,33,6,11,32,6,11,171,7,4,7,127,2,105,1,126,1,105,2,105,35,0,65,32,107,34,1,36,0,2,64,2,64,2,64,2,64,2,127,31,64,1,0,2,0,2,105,2,64,32,0,65,0,72,13,0,32,0,16,27,12,6,11,32,0,65,127,115,33,2,2,64,2,64,2,64,2,64,32,0,65,1,113,13,0,65,0,40,2,168,143,4,34,0,69,13,8,32,2,65,1,118,65,255,1,113,34,3,32,0,40,2,8,79,13,8,32,0,40,2,4,32,3,65,12,108,106,34,0,40,2,8,33,4,32,0,40,2,4,33,0,65,32,16,46,34,5,13,1,65,4,65,32,16,47,12,8,11,2,64,65,0,40,2,252,140,4,69,13,0,65,168,132,4,16,51,12,8,11,65,0,65,127,54,2,252,140,4,32,2,65,1,118,34,6,65,0,40,2,136,141,4,73,13,1,65,0,65,0,54,2,252,140,4,0,11,32,5,65,0,58,0,28,32,5,32,2,65,9,118,34,6,54,2,12,32,5,32,3,54,2,8,32,5,32,4,54,2,4,32,5,32,0,54,2,0,65,152,133,4,33,3,12,1,11,65,0,40,2,132,141,4,32,6,65,3,116,106,34,0,40,2,0,33,5,32,0,65,0,54,2,0,32,0,40,2,4,33,3,65,0,65,0,40,2,252,140,4,65,1,106,54,2,252,140,4,32,5,69,13,5,11,32,1,65,0,54,2,24,32,1,65,248,132,4,54,2,20,32,1,65,248,132,4,54,2,16,65,1,33,2,2,105,31,64,1,3,0,32,5,32,1,65,16,106,32,3,40,2,12,17,2,0,33,0,2,64,32,0,13,0,31,64,1,3,3,32,5,32,3,16,6,11,12,8,11,2,105,31,64,1,3,0,2,64,65,0,40,2,252,140,4,69,13,0,65,1,33,2,65,184,132,4,16,51,12,9,11,65,0,65,127,54,2,252,140,4,2,105,31,64,1,3,0,2,64,65,0,40,2,136,141,4,34,4,32,6,75,13,0,65,1,33,2,32,4,33,7,2,64,32,6,32,4,107,65,1,106,34,0,65,0,40,2,128,141,4,32,4,107,77,13,0,65,128,141,4,32,4,32,0,65,4,65,8,16,52,65,0,40,2,136,141,4,33,7,11,32,6,65,127,115,32,4,106,33,2,65,0,40,2,132,141,4,32,7,65,3,116,106,33,0,32,7,32,6,106,32,4,107,65,1,106,33,4,3,64,32,0,65,0,54,2,0,32,0,65,8,106,33,0,32,2,65,1,106,34,2,13,0,11,65,0,32,4,54,2,136,141,4,11,2,105,31,64,1,3,0,2,64,32,6,32,4,73,34,7,13,0,32,6,32,4,65,200,132,4,16,53,12,13,11,65,0,40,2,132,141,4,32,6,65,3,116,106,34,0,40,2,0,34,2,69,13,11,2,105,31,64,1,3,0,32,2,32,0,65,4,106,34,6,40,2,0,16,6,12,13,11,0,11,33,8,32,1,36,0,32,0,32,5,54,2,0,32,6,32,3,54,2,0,32,8,10,11,0,11,33,8,32,1,36,0,2,64,32,7,69,13,0,65,0,33,2,32,8,10,11,31,64,1,3,13,32,5,32,3,16,6,11,65,0,33,2,32,8,10,11,0,11,33,8,32,1,36,0,65,0,65,0,40,2,252,140,4,65,1,106,54,2,252,140,4,32,8,10,11,0,11,33,8,32,1,36,0,2,64,32,2,69,13,0,65,0,33,2,32,5,32,3,16,6,11,65,0,33,2,32,8,10,11,0,11,33,8,32,1,36,0,2,64,32,2,69,13,0,32,5,32,3,16,6,11,32,8,10,0,11,33,9,32,9,10,11,0,11,33,0,32,1,36,0,32,1,65,8,106,32,0,16,34,32,1,40,2,12,33,0,32,1,40,2,8,33,2,32,2,32,0,16,35,173,66,128,128,128,128,16,132,33,10,12,3,11,32,0,32,3,54,2,4,32,0,32,5,54,2,0,65,0,65,0,40,2,252,140,4,65,1,106,54,2,252,140,4,12,1,11,0,11,65,0,53,2,160,143,4,33,10,11,32,1,65,32,106,36,0,32,10,15,0,11,33,11,32,11,10,11,231,2,3,4,127,1,105,1,126,35,0,65,16,107,34,1,36,0,2,64,65,0,40,2,236,140,4,34,2,65,255,255,255,255,7,79,13,0,65,0,32,2,65,1,106,54,2,236,140,4,2,64,2,64,32,0,65,0,40,2,248,140,4,79,13,0,65,0,40,2,244,140,4,32,0,65,2,116,106,40,2,0,34,0,69,13,0,32,0,32,0,40,2,0,65,1,106,34,2,54,2,0,32,2,13,1,0,11,65,0,32,2,54,2,236,140,4,0,11,65,0,65,0,40,2,236,140,4,65,127,106,54,2,236,140,4,2,64,2,64,2,105,31,64,1,3,0,2,64,32,0,45,0,16,13,0,2,127,31,64,1,0,2,0,32,0,40,2,8,32,0,40,2,12,40,2,20,17,0,0,12,5,11,0,11,33,2,32,1,36,0,32,1,65,8,106,32,2,16,34,32,1,40,2,12,33,3,32,1,40,2,8,33,4,65,1,33,2,32,4,32,3,16,35,33,3,12,4,11,32,0,40,2,8,32,0,65,12,106,40,2,0,65,20,106,40,2,0,16,45,12,2,11,0,11,33,5,32,1,36,0,32,0,32,0,40,2,0,65,127,106,34,2,54,2,0,2,64,32,2,13,0,32,0,16,44,11,32,5,10,11,65,0,33,2,65,0,40,2,160,143,4,33,3,11,32,0,32,0,40,2,0,65,127,106,34,4,54,2,0,2,64,32,4,13,0,32,0,16,44,11,32,1,65,16,106,36,0,32,3,173,34,6,66,128,128,128,128,16,132,32,6,32,2,27,15,11,16,69,0,11,5,0,16,100,0,11,25,1,1,127,65,0,65,0,40,2,164,143,4,65,1,106,34,0,54,2,164,143,4,32,0,11,9,0,65,0,40,2,160,143,4,11,161,8,4,10,127,1,105,1,126,1,105,35,0,65,208,0,107,34,3,36,0,32,3,32,1,54,2,36,32,3,32,0,54,2,32,2,64,32,1,65,4,73,13,0,32,1,65,4,70,13,0,32,0,40,0,0,65,210,156,209,146,5,71,13,0,32,0,45,0,4,65,2,71,13,0,32,1,65,6,73,13,0,32,1,65,6,70,13,0,32,1,65,11,73,13,0,32,1,65,13,73,13,0,32,0,45,0,5,33,4,32,0,45,0,6,33,5,32,0,40,0,7,33,6,32,3,65,13,54,2,40,2,64,31,64,1,2,0,2,64,2,64,2,64,32,0,47,0,11,34,7,13,0,65,4,33,8,65,0,33,9,12,1,11,32,7,65,12,108,34,9,16,46,34,8,69,13,1,32,7,33,9,11,32,3,65,0,54,2,52,32,3,32,8,54,2,48,32,3,32,9,54,2,44,65,0,33,9,65,0,33,10,65,0,33,11,3,64,2,64,2,64,2,64,2,64,2,64,32,11,65,255,255,3,113,32,7,79,13,0,2,105,31,64,1,3,0,32,3,65,56,106,32,3,65,32,106,65,0,16,39,32,3,40,2,56,34,12,65,128,128,128,128,120,70,13,3,32,3,32,3,41,2,60,55,2,72,32,3,32,12,54,2,68,32,10,32,3,40,2,44,71,13,6,2,105,31,64,1,3,0,32,3,65,44,106,16,41,12,7,11,0,11,33,13,32,3,36,0,32,3,65,196,0,106,16,10,32,13,10,11,0,11,33,13,32,3,36,0,32,3,65,44,106,16,9,32,13,10,11,32,3,40,2,40,32,1,71,13,0,3,64,32,9,69,13,2,32,9,65,116,106,33,9,32,8,40,2,8,33,10,32,8,40,2,4,33,11,32,8,65,12,106,33,8,32,11,32,10,32,7,16,54,13,0,11,11,32,3,65,44,106,16,9,12,7,11,32,3,40,2,44,34,8,65,128,128,128,128,120,70,13,6,32,3,41,2,48,33,14,32,3,32,6,54,2,28,32,3,32,5,54,2,24,32,3,32,4,54,2,20,32,3,32,14,55,2,12,32,3,32,8,54,2,8,65,0,40,2,168,143,4,13,6,65,0,32,2,54,2,156,143,4,65,0,32,6,54,2,160,143,4,2,64,2,105,31,64,1,3,0,2,105,2,64,2,105,31,64,1,3,0,2,64,2,64,65,0,40,2,204,143,4,65,255,255,255,255,7,113,69,13,0,16,18,69,13,1,11,65,0,40,2,192,143,4,13,14,65,0,40,2,200,143,4,33,9,65,0,65,184,133,4,54,2,200,143,4,65,0,40,2,196,143,4,33,8,65,0,65,1,54,2,196,143,4,2,64,32,8,69,13,0,65,0,33,10,32,8,32,9,16,73,11,65,0,65,2,54,2,188,143,4,65,128,128,16,65,1,65,128,128,16,16,46,34,8,27,33,9,32,8,65,128,128,16,32,8,27,33,10,32,8,13,3,65,1,33,8,31,64,1,3,4,32,9,32,10,16,43,11,12,14,11,65,1,33,10,65,136,140,4,65,233,0,65,188,140,4,16,74,12,13,11,0,11,33,13,32,3,36,0,2,64,32,10,69,13,0,65,1,33,8,65,1,65,184,133,4,16,73,11,65,1,33,8,32,13,10,11,32,3,65,0,54,2,76,32,3,32,10,54,2,72,32,3,32,9,54,2,68,32,3,65,196,0,106,33,8,32,3,65,196,0,106,65,1,65,1,16,11,32,4,63,0,34,8,73,13,10,32,4,32,8,107,32,5,106,64,0,65,127,70,13,10,65,0,32,4,54,2,144,143,4,65,0,32,5,32,4,106,54,2,172,143,4,65,24,16,46,34,8,13,3,2,105,31,64,1,3,0,65,4,65,24,16,47,12,12,11,0,11,33,13,32,3,36,0,65,0,33,8,32,3,65,8,106,16,9,32,13,10,0,11,33,15,32,15,10,11,0,11,33,13,32,3,36,0,2,64,32,8,69,13,0,32,3,65,8,106,16,9,11,32,13,10,11,32,8,32,3,41,2,24,55,2,16,32,8,32,3,41,2,16,55,2,8,32,8,32,3,41,2,8,55,2,0,65,0,32,8,54,2,168,143,4,32,0,32,1,65,1,16,7,32,3,65,208,0,106,36,0,15,11,32,3,40,2,48,33,8,11,32,11,65,1,106,33,11,32,8,32,10,65,12,108,106,34,12,32,3,40,2,76,54,2,8,32,12,32,3,41,2,68,55,2,0,32,3,32,10,65,1,106,34,10,54,2,52,32,9,65,12,106,33,9,12,0,11,11,65,4,32,9,16,43,12,2,11,0,11,32,3,36,0,32,0,32,1,65,1,16,7,16,65,0,11,0,11,99,2,2,127,1,105,35,0,33,2,2,64,32,1,40,2,0,34,3,69,13,0,2,105,31,64,1,3,0,32,0,32,3,17,0,0,12,2,11,0,11,33,4,32,2,36,0,2,64,32,1,40,2,4,34,3,69,13,0,32,0,32,3,32,1,40,2,8,16,7,11,32,4,10,11,2,64,32,1,40,2,4,34,3,69,13,0,32,0,32,3,32,1,40,2,8,16,7,11,11,59,1,1,127,35,0,65,32,107,34,3,36,0,32,3,32,1,54,2,16,32,3,32,0,54,2,12,32,3,65,1,59,1,28,32,3,32,2,54,2,24,32,3,32,3,65,12,106,54,2,20,32,3,65,20,106,16,93,0,11,72,1,1,127,2,64,2,64,32,0,65,120,113,34,2,65,4,65,8,32,0,65,3,113,34,0,27,32,1,106,73,13,0,32,0,69,13,1,32,2,32,1,65,39,106,77,13,1,65,216,138,4,65,136,139,4,16,92,0,11,65,152,138,4,65,200,138,4,16,92,0,11,11,134,3,1,2,127,32,0,32,1,106,33,2,2,64,2,64,32,0,40,2,4,34,3,65,1,113,13,0,32,3,65,2,113,69,13,1,32,0,40,2,0,34,3,32,1,106,33,1,2,64,32,0,32,3,107,34,0,65,0,40,2,248,146,4,71,13,0,32,2,40,2,4,65,3,113,65,3,71,13,1,65,0,32,1,54,2,240,146,4,32,2,32,2,40,2,4,65,126,113,54,2,4,32,0,32,1,65,1,114,54,2,4,32,2,32,1,54,2,0,15,11,32,0,32,3,16,77,11,2,64,2,64,2,64,2,64,32,2,40,2,4,34,3,65,2,113,13,0,32,2,65,0,40,2,252,146,4,70,13,2,32,2,65,0,40,2,248,146,4,70,13,3,32,2,32,3,65,120,113,34,3,16,77,32,0,32,3,32,1,106,34,1,65,1,114,54,2,4,32,0,32,1,106,32,1,54,2,0,32,0,65,0,40,2,248,146,4,71,13,1,65,0,32,1,54,2,240,146,4,15,11,32,2,32,3,65,126,113,54,2,4,32,0,32,1,65,1,114,54,2,4,32,0,32,1,106,32,1,54,2,0,11,32,0,32,1,16,116,12,2,11,65,0,32,0,54,2,252,146,4,65,0,65,0,40,2,244,146,4,32,1,106,34,1,54,2,244,146,4,32,0,32,1,65,1,114,54,2,4,32,0,65,0,40,2,248,146,4,71,13,1,65,0,65,0,54,2,240,146,4,65,0,65,0,54,2,248,146,4,15,11,65,0,32,0,54,2,248,146,4,65,0,65,0,40,2,240,146,4,32,1,106,34,1,54,2,240,146,4,32,0,32,1,65,1,114,54,2,4,32,0,32,1,106,32,1,54,2,0,15,11,11,78,1,1,127,2,64,32,1,65,128,2,73,13,0,32,0,16,115,15,11,2,64,32,0,40,2,12,34,2,32,0,40,2,8,34,0,70,13,0,32,0,32,2,54,2,12,32,2,32,0,54,2,8,15,11,65,0,65,0,40,2,232,146,4,65,126,32,1,65,3,118,119,113,54,2,232,146,4,11,162,6,1,4,127,35,0,26,32,0,65,120,106,34,1,32,0,65,124,106,40,2,0,34,2,65,120,113,34,0,106,33,3,2,64,2,64,2,64,2,64,2,64,2,64,32,2,65,1,113,13,0,32,2,65,2,113,69,13,1,32,1,40,2,0,34,2,32,0,106,33,0,2,64,32,1,32,2,107,34,1,65,0,40,2,248,146,4,71,13,0,32,3,40,2,4,65,3,113,65,3,71,13,1,65,0,32,0,54,2,240,146,4,32,3,32,3,40,2,4,65,126,113,54,2,4,32,1,32,0,65,1,114,54,2,4,32,3,32,0,54,2,0,15,11,32,1,32,2,16,77,11,2,64,2,64,2,64,32,3,40,2,4,34,2,65,2,113,13,0,32,3,65,0,40,2,252,146,4,70,13,2,32,3,65,0,40,2,248,146,4,70,13,7,32,3,32,2,65,120,113,34,2,16,77,32,1,32,2,32,0,106,34,0,65,1,114,54,2,4,32,1,32,0,106,32,0,54,2,0,32,1,65,0,40,2,248,146,4,71,13,1,65,0,32,0,54,2,240,146,4,15,11,32,3,32,2,65,126,113,54,2,4,32,1,32,0,65,1,114,54,2,4,32,1,32,0,106,32,0,54,2,0,11,32,0,65,128,2,73,13,2,32,1,32,0,16,117,65,0,65,0,40,2,144,147,4,65,127,106,34,1,54,2,144,147,4,32,1,13,1,65,0,40,2,216,144,4,34,0,13,3,65,255,31,33,1,12,4,11,65,0,32,1,54,2,252,146,4,65,0,65,0,40,2,244,146,4,32,0,106,34,0,54,2,244,146,4,32,1,32,0,65,1,114,54,2,4,2,64,32,1,65,0,40,2,248,146,4,71,13,0,65,0,65,0,54,2,240,146,4,65,0,65,0,54,2,248,146,4,11,32,0,65,0,40,2,136,147,4,34,2,77,13,0,65,0,40,2,252,146,4,34,0,69,13,0,2,64,65,0,40,2,244,146,4,34,4,65,41,73,13,0,65,208,144,4,33,1,3,64,2,64,32,1,40,2,0,34,3,32,0,75,13,0,32,0,32,3,32,1,65,4,106,40,2,0,106,73,13,2,11,32,1,40,2,8,34,1,13,0,11,11,2,64,2,64,65,0,40,2,216,144,4,34,0,13,0,65,255,31,33,1,12,1,11,65,0,33,1,3,64,32,1,65,1,106,33,1,32,0,40,2,8,34,0,13,0,11,32,1,65,255,31,32,1,65,255,31,75,27,33,1,11,65,0,32,1,54,2,144,147,4,32,4,32,2,77,13,0,65,0,65,127,54,2,136,147,4,11,15,11,2,64,2,64,65,0,40,2,232,146,4,34,3,65,1,32,0,65,3,118,116,34,2,113,13,0,65,0,32,3,32,2,114,54,2,232,146,4,32,0,65,248,1,113,65,224,144,4,106,34,0,33,3,12,1,11,32,0,65,248,1,113,34,0,65,224,144,4,106,33,3,32,0,65,232,144,4,106,40,2,0,33,0,11,32,3,32,1,54,2,8,32,0,32,1,54,2,12,32,1,32,3,54,2,12,32,1,32,0,54,2,8,15,11,65,0,33,1,3,64,32,1,65,1,106,33,1,32,0,40,2,8,34,0,13,0,11,32,1,65,255,31,32,1,65,255,31,75,27,33,1,11,65,0,32,1,54,2,144,147,4,15,11,65,0,32,1,54,2,248,146,4,65,0,65,0,40,2,240,146,4,32,0,106,34,0,54,2,240,146,4,32,1,32,0,65,1,114,54,2,4,32,1,32,0,106,32,0,54,2,0,11,9,0,32,1,32,0,16,80,0,11,10,0,32,1,32,0,16,135,1,0,11,245,1,2,3,127,1,126,35,0,65,16,107,34,6,36,0,65,1,33,7,65,4,33,8,2,64,2,64,32,5,173,32,3,173,126,34,9,66,32,136,167,13,0,32,9,167,34,3,65,128,128,128,128,120,32,4,107,75,13,0,2,64,2,64,32,1,13,0,65,0,33,8,32,6,65,12,106,33,5,12,1,11,32,6,32,4,54,2,12,32,1,32,5,108,33,8,32,6,65,8,106,33,5,11,32,5,32,8,54,2,0,2,64,2,64,2,64,2,64,2,64,32,6,40,2,12,69,13,0,2,64,32,6,40,2,8,34,8,13,0,32,3,13,2,32,4,33,8,12,3,11,32,2,32,8,32,4,32,3,16,66,33,8,12,2,11,32,3,13,0,32,4,33,8,12,2,11,32,3,16,46,33,8,11,32,8,13,0,32,0,32,4,54,2,4,12,1,11,32,0,32,8,54,2,4,65,0,33,7,11,65,8,33,8,12,1,11,65,0,33,3,11,32,0,32,8,106,32,3,54,2,0,32,0,32,7,54,2,0,32,6,65,16,106,36,0,11,15,0,65,240,133,4,65,35,65,132,134,4,16,74,0,11,95,1,2,127,2,64,2,64,2,64,32,2,32,1,107,34,3,32,0,40,2,0,32,0,40,2,8,34,4,107,77,13,0,32,0,32,4,32,3,65,1,65,1,16,52,32,0,40,2,8,33,4,12,1,11,32,2,32,1,70,13,1,11,32,3,69,13,0,32,0,40,2,4,32,4,106,32,1,32,3,252,10,0,0,11,32,0,32,4,32,3,106,54,2,8,11,13,0,35,0,26,32,0,65,1,65,1,16,11,11,15,0,32,0,32,1,32,1,32,2,106,16,83,65,0,11,172,2,1,6,127,32,0,40,2,8,33,2,2,64,2,64,32,1,65,128,1,79,13,0,65,1,33,3,12,1,11,2,64,32,1,65,128,16,79,13,0,65,2,33,3,12,1,11,65,3,65,4,32,1,65,128,128,4,73,27,33,3,11,32,2,33,4,2,64,32,3,32,0,40,2,0,32,2,107,77,13,0,32,0,32,2,32,3,65,1,65,1,16,52,32,0,40,2,8,33,4,11,32,0,40,2,4,32,4,106,33,4,2,64,2,64,2,64,2,64,32,1,65,128,1,73,13,0,32,1,65,128,16,73,13,1,32,1,65,12,118,33,5,32,1,65,63,113,65,128,127,114,33,6,32,1,65,6,118,65,63,113,65,128,127,114,33,7,32,1,65,128,128,4,79,13,2,32,4,32,6,58,0,2,32,4,32,7,58,0,1,32,4,32,5,65,224,1,114,58,0,0,12,3,11,32,4,32,1,58,0,0,12,2,11,32,4,32,1,65,63,113,65,128,1,114,58,0,1,32,4,32,1,65,6,118,65,192,1,114,58,0,0,12,1,11,32,4,32,6,58,0,3,32,4,32,7,58,0,2,32,4,32,5,65,63,113,65,128,1,114,58,0,1,32,4,32,1,65,18,118,65,240,1,114,58,0,0,11,32,0,32,3,32,2,106,54,2,8,65,0,11,14,0,32,0,65,148,134,4,32,1,32,2,16,88,11,175,4,3,6,127,1,126,1,127,35,0,65,16,107,34,4,36,0,2,64,2,64,2,64,2,64,32,3,65,1,113,13,0,32,2,45,0,0,34,5,13,1,12,2,11,32,0,32,2,32,3,65,1,118,32,1,40,2,12,17,4,0,33,5,12,2,11,32,1,40,2,12,33,6,65,0,33,7,3,64,32,2,65,1,106,33,8,2,64,2,64,2,64,2,64,2,64,2,64,32,5,192,65,127,74,13,0,32,5,65,255,1,113,34,9,65,128,1,70,13,1,32,9,65,192,1,71,13,2,32,4,32,1,54,2,4,32,4,32,0,54,2,0,32,4,66,160,128,128,128,6,55,2,8,32,3,32,7,65,3,116,106,34,5,40,2,0,32,4,32,5,40,2,4,17,2,0,13,3,32,7,65,1,106,33,7,32,8,33,2,12,5,11,32,0,32,8,32,5,65,255,1,113,34,5,32,6,17,4,0,13,2,32,8,32,5,106,33,2,12,4,11,32,0,32,2,65,3,106,34,5,32,2,47,0,1,34,2,32,6,17,4,0,13,1,32,5,32,2,106,33,2,12,3,11,66,160,128,128,128,6,33,10,2,64,32,5,65,1,113,69,13,0,32,2,65,5,106,33,8,32,2,53,0,1,33,10,11,65,0,33,9,2,64,2,64,32,5,65,2,113,13,0,65,0,33,11,32,8,33,2,12,1,11,32,8,65,2,106,33,2,32,8,47,0,0,33,11,11,2,64,2,64,32,5,65,4,113,13,0,32,2,33,8,12,1,11,32,2,65,2,106,33,8,32,2,47,0,0,33,9,11,2,64,2,64,32,5,65,8,113,13,0,32,8,33,2,12,1,11,32,8,65,2,106,33,2,32,8,47,0,0,33,7,11,2,64,32,5,65,16,113,69,13,0,32,3,32,11,65,255,255,3,113,65,3,116,106,47,1,4,33,11,11,2,64,32,5,65,32,113,69,13,0,32,3,32,9,65,255,255,3,113,65,3,116,106,47,1,4,33,9,11,32,4,32,1,54,2,4,32,4,32,0,54,2,0,32,4,32,9,173,66,48,134,32,11,173,66,255,255,3,131,66,32,134,132,32,10,132,55,2,8,32,3,32,7,65,3,116,106,34,5,40,2,0,32,4,32,5,40,2,4,17,2,0,69,13,1,11,65,1,33,5,12,4,11,32,7,65,1,106,33,7,11,32,2,45,0,0,34,5,13,0,11,11,65,0,33,5,11,32,4,65,16,106,36,0,32,5,11,192,4,2,6,127,1,126,35,0,65,16,107,34,6,36,0,2,64,2,64,32,1,13,0,32,5,65,1,106,33,7,32,0,40,2,8,33,8,65,45,33,9,12,1,11,65,43,65,128,128,196,0,32,0,40,2,8,34,8,65,128,128,128,1,113,34,1,27,33,9,32,1,65,21,118,32,5,106,33,7,11,2,64,2,64,32,8,65,128,128,128,4,113,13,0,65,0,33,2,12,1,11,65,0,33,10,2,64,32,3,69,13,0,32,2,33,1,32,3,33,11,3,64,32,10,32,1,44,0,0,65,191,127,74,106,33,10,32,1,65,1,106,33,1,32,11,65,127,106,34,11,13,0,11,11,32,10,32,7,106,33,7,11,2,64,2,64,2,64,2,64,2,64,32,7,32,0,47,1,12,34,10,79,13,0,2,64,32,8,65,128,128,128,8,113,13,0,65,1,33,1,32,6,32,0,32,10,32,7,107,65,1,16,90,32,6,40,2,0,34,11,65,128,128,196,0,70,13,5,32,6,47,1,4,33,10,32,0,40,2,0,34,7,32,0,40,2,4,34,0,32,9,32,2,32,3,16,91,13,5,32,7,32,4,32,5,32,0,40,2,12,17,4,0,13,5,32,10,65,255,255,3,113,33,3,65,0,33,10,3,64,32,3,32,10,65,255,255,3,113,77,13,5,65,1,33,1,32,10,65,1,106,33,10,32,7,32,11,32,0,40,2,16,17,2,0,69,13,0,12,6,11,11,32,0,32,0,41,2,8,34,12,167,65,128,128,128,255,121,113,65,176,128,128,128,2,114,54,2,8,32,0,40,2,0,34,11,32,0,40,2,4,34,8,32,9,32,2,32,3,16,91,13,1,65,1,33,1,32,6,65,8,106,32,0,32,10,32,7,107,65,1,16,90,32,6,40,2,8,34,7,65,128,128,196,0,70,13,4,32,6,47,1,12,33,3,32,11,32,4,32,5,32,8,40,2,12,17,4,0,13,4,65,0,33,10,32,3,65,255,255,3,113,33,3,2,64,3,64,32,3,32,10,65,255,255,3,113,77,13,1,65,1,33,1,32,10,65,1,106,33,10,32,11,32,7,32,8,40,2,16,17,2,0,69,13,0,12,6,11,11,32,0,32,12,55,2,8,12,3,11,32,0,40,2,0,34,1,32,0,40,2,4,34,10,32,9,32,2,32,3,16,91,69,13,1,11,65,1,33,1,12,2,11,32,1,32,4,32,5,32,10,40,2,12,17,4,0,33,1,12,1,11,65,0,33,1,11,32,6,65,16,106,36,0,32,1,11,174,1,1,4,127,65,0,33,4,65,0,33,5,2,64,2,64,2,64,32,3,32,1,40,2,8,34,6,65,29,118,65,3,113,34,7,32,7,65,3,70,27,65,255,1,113,14,3,2,0,1,2,11,32,2,33,5,12,1,11,32,2,65,254,255,3,113,65,1,118,33,5,11,32,6,65,255,255,255,0,113,33,3,32,1,40,2,4,33,6,32,1,40,2,0,33,1,2,64,2,64,3,64,32,4,65,255,255,3,113,32,5,65,255,255,3,113,79,13,1,32,4,65,1,106,33,4,32,1,32,3,32,6,40,2,16,17,2,0,69,13,0,11,65,128,128,196,0,33,3,12,1,11,32,2,32,5,107,33,4,11,32,0,32,4,59,1,4,32,0,32,3,54,2,0,11,57,0,2,64,32,2,65,128,128,196,0,70,13,0,32,0,32,2,32,1,40,2,16,17,2,0,69,13,0,65,1,15,11,2,64,32,3,13,0,65,0,15,11,32,0,32,3,32,4,32,1,40,2,12,17,4,0,11,12,0,32,0,65,221,0,32,1,16,74,0,11,44,2,1,127,1,126,35,0,65,16,107,34,1,36,0,32,0,41,2,0,33,2,32,1,32,0,54,2,12,32,1,32,2,55,2,4,32,1,65,4,106,16,121,0,11,59,1,1,127,35,0,65,16,107,34,2,36,0,32,1,65,1,65,1,65,0,32,2,65,6,106,32,0,40,2,0,32,2,65,6,106,16,95,34,0,106,65,10,32,0,107,16,89,33,0,32,2,65,16,106,36,0,32,0,11,243,1,1,6,127,65,10,33,2,32,0,33,3,2,64,32,0,65,232,7,73,13,0,65,10,33,2,32,0,33,3,3,64,32,1,32,2,106,34,4,65,124,106,32,3,34,5,32,5,65,144,206,0,110,34,3,65,144,206,0,108,107,34,6,65,255,255,3,113,65,228,0,110,34,7,65,1,116,47,0,226,134,4,59,0,0,32,4,65,126,106,32,6,32,7,65,228,0,108,107,65,255,255,3,113,65,1,116,47,0,226,134,4,59,0,0,32,2,65,124,106,33,2,32,5,65,255,172,226,4,75,13,0,11,11,2,64,2,64,32,3,65,9,75,13,0,32,3,33,5,12,1,11,32,1,32,2,65,126,106,34,2,106,32,3,32,3,65,255,255,3,113,65,228,0,110,34,5,65,228,0,108,107,65,255,255,3,113,65,1,116,47,0,226,134,4,59,0,0,11,2,64,2,64,32,0,69,13,0,32,5,69,13,1,11,32,1,32,2,65,127,106,34,2,106,32,5,65,1,116,65,30,113,45,0,227,134,4,58,0,0,11,32,2,11,16,0,32,1,32,0,40,2,0,32,0,40,2,4,16,97,11,194,7,1,12,127,35,0,65,16,107,34,3,36,0,2,64,2,64,32,0,40,2,8,34,4,65,128,128,128,192,1,113,69,13,0,2,64,2,64,32,4,65,128,128,128,128,1,113,69,13,0,2,64,2,64,2,64,32,0,47,1,14,34,5,13,0,65,0,33,2,12,1,11,32,1,32,2,106,33,6,65,0,33,2,32,1,33,7,32,5,33,8,3,64,32,7,34,4,32,6,70,13,2,2,64,2,64,32,4,44,0,0,34,7,65,127,76,13,0,32,4,65,1,106,33,7,12,1,11,2,64,32,7,65,96,79,13,0,32,4,65,2,106,33,7,12,1,11,2,64,32,7,65,112,79,13,0,32,4,65,3,106,33,7,12,1,11,32,4,45,0,2,65,63,113,65,6,116,32,4,45,0,1,65,63,113,65,12,116,114,32,4,45,0,3,65,63,113,114,32,7,65,255,1,113,65,18,116,65,128,128,240,0,113,114,65,128,128,196,0,70,13,3,32,4,65,4,106,33,7,11,32,2,32,4,107,32,7,106,33,2,32,8,65,127,106,34,8,13,0,11,11,65,0,33,8,11,32,5,32,8,107,33,9,12,1,11,2,64,32,2,65,16,73,13,0,32,2,32,1,32,1,65,3,106,65,124,113,34,6,107,34,9,106,34,10,65,3,113,33,8,65,0,33,7,65,0,33,5,2,64,32,1,32,6,70,13,0,65,0,33,5,32,1,33,4,3,64,32,5,32,4,44,0,0,65,191,127,74,106,33,5,32,4,65,1,106,33,4,32,9,65,1,106,34,9,13,0,11,11,2,64,32,8,69,13,0,32,6,32,10,65,252,255,255,255,7,113,106,33,4,65,0,33,7,3,64,32,7,32,4,44,0,0,65,191,127,74,106,33,7,32,4,65,1,106,33,4,32,8,65,127,106,34,8,13,0,11,11,32,10,65,2,118,33,10,32,7,32,5,106,33,9,3,64,32,6,33,11,32,10,69,13,2,32,10,65,192,1,32,10,65,192,1,73,27,34,12,65,3,113,33,13,2,64,2,64,32,12,65,2,116,34,14,65,240,7,113,34,4,13,0,65,0,33,7,12,1,11,32,11,32,4,106,33,5,65,0,33,7,32,11,33,6,3,64,65,0,33,4,3,64,32,6,32,4,106,40,2,0,34,8,65,127,115,65,7,118,32,8,65,6,118,114,65,129,130,132,8,113,32,7,106,33,7,32,4,65,4,106,34,4,65,16,71,13,0,11,32,6,65,16,106,34,6,32,5,71,13,0,11,11,32,10,32,12,107,33,10,32,11,32,14,106,33,6,32,7,65,8,118,65,255,129,252,7,113,32,7,65,255,129,252,7,113,106,65,129,128,4,108,65,16,118,32,9,106,33,9,32,13,69,13,0,11,32,13,65,2,116,33,8,32,11,32,12,65,252,1,113,65,2,116,106,33,4,65,0,33,7,3,64,32,4,40,2,0,34,6,65,127,115,65,7,118,32,6,65,6,118,114,65,129,130,132,8,113,32,7,106,33,7,32,4,65,4,106,33,4,32,8,65,124,106,34,8,13,0,11,32,7,65,8,118,65,255,129,252,7,113,32,7,65,255,129,252,7,113,106,65,129,128,4,108,65,16,118,32,9,106,33,9,12,1,11,65,0,33,9,32,2,69,13,0,32,1,33,4,32,2,33,7,3,64,32,9,32,4,44,0,0,65,191,127,74,106,33,9,32,4,65,1,106,33,4,32,7,65,127,106,34,7,13,0,11,11,32,9,32,0,47,1,12,34,4,79,13,0,32,3,65,8,106,32,0,32,4,32,9,107,65,0,16,90,65,1,33,7,32,3,40,2,8,34,8,65,128,128,196,0,70,13,1,32,3,47,1,12,33,4,32,0,40,2,0,34,6,32,1,32,2,32,0,40,2,4,34,5,40,2,12,17,4,0,13,1,32,4,65,255,255,3,113,33,9,65,0,33,4,3,64,2,64,32,9,32,4,65,255,255,3,113,75,13,0,65,0,33,7,12,3,11,65,1,33,7,32,4,65,1,106,33,4,32,6,32,8,32,5,40,2,16,17,2,0,13,2,12,0,11,11,32,0,40,2,0,32,1,32,2,32,0,40,2,4,40,2,12,17,4,0,33,7,11,32,3,65,16,106,36,0,32,7,11,44,1,1,127,35,0,65,16,107,34,1,36,0,32,1,65,3,54,2,8,32,1,32,1,65,15,106,54,2,4,65,229,128,4,32,1,65,4,106,32,0,16,74,0,11,12,0,32,1,65,143,137,4,65,24,16,97,11,46,1,1,127,35,0,65,16,107,34,0,36,0,32,0,65,4,54,2,8,32,0,32,0,65,15,106,54,2,4,65,229,128,4,32,0,65,4,106,65,136,132,4,16,74,0,11,12,0,32,1,65,239,136,4,65,32,16,97,11,37,1,1,127,35,0,65,16,107,34,0,36,0,32,0,65,28,54,2,12,32,0,65,208,139,4,54,2,8,32,0,65,8,106,16,103,0,11,43,1,1,127,35,0,65,16,107,34,1,36,0,32,1,65,5,54,2,12,32,1,32,0,54,2,8,65,229,128,4,32,1,65,8,106,65,236,139,4,16,74,0,11,8,0,35,0,26,16,105,0,11,33,1,1,127,35,0,33,0,2,64,2,64,31,64,1,2,0,16,106,12,2,11,0,11,32,0,36,0,16,65,0,11,0,11,64,1,1,127,35,0,65,32,107,34,0,36,0,32,0,65,205,0,54,2,16,32,0,65,188,134,4,54,2,12,32,0,65,0,59,1,28,32,0,65,172,134,4,54,2,24,32,0,32,0,65,12,106,54,2,20,32,0,65,20,106,16,93,0,11,146,1,2,1,127,1,105,35,0,65,48,107,34,2,36,0,32,2,32,0,32,1,40,2,16,17,1,0,32,2,32,2,41,3,0,55,2,36,32,2,65,167,137,4,54,2,32,32,2,66,0,55,2,20,32,2,65,6,54,2,16,32,2,66,205,158,233,130,160,170,213,169,212,0,55,3,8,2,64,2,64,65,40,16,46,34,1,13,0,32,2,65,36,106,33,1,2,105,31,64,1,3,0,65,8,65,40,16,47,12,3,11,0,11,33,3,32,2,36,0,32,1,16,109,32,3,10,11,32,1,32,2,65,8,106,65,40,252,10,0,0,32,1,8,2,11,0,11,35,1,1,127,35,0,33,2,2,64,2,64,31,64,1,2,0,32,1,16,110,12,2,11,0,11,32,2,36,0,16,65,0,11,0,11,112,2,4,127,1,105,35,0,33,1,2,64,32,0,40,2,4,34,2,40,2,0,34,3,69,13,0,2,105,31,64,1,3,0,32,0,40,2,0,34,4,32,3,17,0,0,12,2,11,0,11,33,5,32,1,36,0,2,64,32,2,40,2,4,34,0,69,13,0,32,4,32,0,32,2,40,2,8,16,7,11,32,5,10,11,2,64,32,2,40,2,4,34,3,69,13,0,32,0,40,2,0,32,3,32,2,40,2,8,16,7,11,11,57,2,1,127,1,105,35,0,33,1,2,64,2,105,31,64,1,3,0,32,0,65,28,106,16,109,12,2,11,0,11,33,2,32,1,36,0,32,0,65,40,65,8,16,7,32,2,10,11,32,0,65,40,65,8,16,7,11,49,0,35,0,26,32,0,40,2,4,34,0,32,0,40,2,0,34,0,65,127,106,54,2,0,2,64,32,0,65,0,74,13,0,65,152,139,4,65,205,0,65,192,139,4,16,74,0,11,11,12,0,35,0,26,32,0,32,1,16,107,0,11,26,0,32,0,65,0,41,2,192,137,4,55,2,8,32,0,65,0,41,2,184,137,4,55,2,0,11,156,1,1,4,127,2,64,65,0,40,2,240,146,4,34,2,69,13,0,65,0,40,2,248,146,4,33,3,2,64,2,64,65,0,40,2,232,146,4,34,4,65,1,32,2,65,3,118,116,34,5,113,13,0,65,0,32,4,32,5,114,54,2,232,146,4,32,2,65,120,113,65,224,144,4,106,34,2,33,4,12,1,11,32,2,65,120,113,34,2,65,224,144,4,106,33,4,32,2,65,232,144,4,106,40,2,0,33,2,11,32,4,32,3,54,2,8,32,2,32,3,54,2,12,32,3,32,4,54,2,12,32,3,32,2,54,2,8,11,65,0,32,0,54,2,248,146,4,65,0,32,1,54,2,240,146,4,11,193,2,1,5,127,32,0,40,2,24,33,1,2,64,2,64,2,64,32,0,65,12,106,40,2,0,34,2,32,0,71,13,0,32,0,65,20,65,16,32,0,40,2,20,34,2,27,106,40,2,0,34,3,13,1,65,0,33,2,12,2,11,32,0,65,8,106,40,2,0,34,3,32,2,54,2,12,32,2,32,3,54,2,8,12,1,11,32,0,65,20,106,32,0,65,16,106,32,2,27,33,4,3,64,32,4,33,5,32,3,34,2,65,20,106,33,4,32,2,40,2,20,34,3,13,0,32,2,65,16,106,33,4,32,2,40,2,16,34,3,13,0,11,32,5,65,0,54,2,0,11,2,64,2,64,32,1,69,13,0,2,64,2,64,32,0,32,0,40,2,28,34,4,65,2,116,65,208,143,4,106,34,3,40,2,0,70,13,0,2,64,2,64,32,1,40,2,16,32,0,70,13,0,32,1,32,2,54,2,20,12,1,11,32,1,32,2,54,2,16,11,32,2,13,1,12,2,11,32,3,32,2,54,2,0,32,2,69,13,2,11,32,2,32,1,54,2,24,2,64,32,0,40,2,16,34,3,69,13,0,32,2,32,3,54,2,16,32,3,32,2,54,2,24,11,32,0,40,2,20,34,3,69,13,0,32,2,32,3,54,2,20,32,3,32,2,54,2,24,11,15,11,65,0,65,0,40,2,236,146,4,65,126,32,4,119,113,54,2,236,146,4,11,137,1,1,2,127,35,0,26,2,64,32,1,65,128,2,73,13,0,32,0,32,1,16,117,15,11,2,64,2,64,65,0,40,2,232,146,4,34,2,65,1,32,1,65,3,118,116,34,3,113,13,0,65,0,32,2,32,3,114,54,2,232,146,4,32,1,65,248,1,113,65,224,144,4,106,34,1,33,2,12,1,11,32,1,65,248,1,113,34,1,65,224,144,4,106,33,2,32,1,65,232,144,4,106,40,2,0,33,1,11,32,2,32,0,54,2,8,32,1,32,0,54,2,12,32,0,32,2,54,2,12,32,0,32,1,54,2,8,11,187,2,1,4,127,65,31,33,2,2,64,32,1,65,255,255,255,7,75,13,0,32,1,65,38,32,1,65,8,118,103,34,2,107,118,65,1,113,32,2,65,1,116,114,65,62,115,33,2,11,32,0,66,0,55,2,16,32,0,32,2,54,2,28,32,2,65,2,116,65,208,143,4,106,33,3,2,64,65,0,40,2,236,146,4,65,1,32,2,116,34,4,113,13,0,32,3,32,0,54,2,0,32,0,32,3,54,2,24,32,0,32,0,54,2,12,32,0,32,0,54,2,8,65,0,65,0,40,2,236,146,4,32,4,114,54,2,236,146,4,15,11,2,64,2,64,2,64,32,3,40,2,0,34,4,40,2,4,65,120,113,32,1,71,13,0,32,4,33,2,12,1,11,32,1,65,0,65,25,32,2,65,1,118,107,32,2,65,31,70,27,116,33,3,3,64,32,4,32,3,65,29,118,65,4,113,106,34,5,40,2,16,34,2,69,13,2,32,3,65,1,116,33,3,32,2,33,4,32,2,40,2,4,65,120,113,32,1,71,13,0,11,11,32,2,40,2,8,34,3,32,0,54,2,12,32,2,32,0,54,2,8,32,0,65,0,54,2,24,32,0,32,2,54,2,12,32,0,32,3,54,2,8,15,11,32,5,65,16,106,32,0,54,2,0,32,0,32,4,54,2,24,32,0,32,0,54,2,12,32,0,32,0,54,2,8,11,10,0,35,0,26,32,0,16,119,0,11,30,0,32,0,40,2,0,32,0,40,2,4,65,0,40,2,188,143,4,34,0,65,7,32,0,27,17,1,0,0,11,11,0,65,0,65,1,58,0,148,147,4,11,10,0,35,0,26,32,0,16,122,0,11,185,1,2,3,127,1,105,35,0,65,16,107,34,1,36,0,2,64,32,0,40,2,0,34,2,40,2,4,34,3,65,1,113,69,13,0,32,2,40,2,0,33,2,32,1,32,3,65,1,118,54,2,4,32,1,32,2,54,2,0,32,1,65,224,137,4,32,0,40,2,4,32,0,40,2,8,34,0,45,0,8,32,0,45,0,9,16,25,0,11,32,1,65,128,128,128,128,120,54,2,0,32,1,32,0,54,2,12,2,64,2,105,31,64,1,3,0,32,1,65,252,137,4,32,0,40,2,4,32,0,40,2,8,34,0,45,0,8,32,0,45,0,9,16,25,12,2,11,0,11,33,4,32,1,36,0,2,64,32,1,40,2,0,65,128,128,128,128,120,70,13,0,32,1,65,1,65,1,16,11,11,32,4,10,11,0,11,30,0,35,0,26,2,64,32,0,40,2,0,65,128,128,128,128,120,70,13,0,32,0,65,1,65,1,16,11,11,11,76,0,2,64,32,0,40,2,0,65,128,128,128,128,120,70,13,0,32,1,40,2,0,32,0,40,2,4,32,0,40,2,8,32,1,40,2,4,40,2,12,17,4,0,15,11,32,1,40,2,0,32,1,40,2,4,32,0,40,2,12,40,2,0,34,0,40,2,0,32,0,40,2,4,16,88,11,161,1,3,2,127,1,126,1,105,35,0,65,16,107,34,2,36,0,32,1,16,126,34,1,40,2,8,33,3,32,1,65,0,54,2,8,32,1,41,2,0,33,4,32,1,66,128,128,128,128,16,55,2,0,32,2,32,3,54,2,8,32,2,32,4,55,3,0,2,64,2,64,65,12,16,46,34,1,13,0,2,105,31,64,1,3,0,65,4,65,12,16,47,12,3,11,0,11,33,5,32,2,36,0,32,2,65,1,65,1,16,11,32,5,10,11,32,1,32,2,40,2,8,54,2,8,32,1,32,2,41,3,0,55,2,0,32,0,65,220,140,4,54,2,4,32,0,32,1,54,2,0,32,2,65,16,106,36,0,15,11,0,11,168,1,3,2,127,1,105,1,126,35,0,65,32,107,34,1,36,0,2,64,32,0,40,2,0,65,128,128,128,128,120,71,13,0,32,0,40,2,12,33,2,32,1,65,0,54,2,28,32,1,66,128,128,128,128,16,55,2,20,2,64,2,105,31,64,1,3,0,32,1,65,20,106,65,200,137,4,32,2,40,2,0,34,2,40,2,0,32,2,40,2,4,16,88,26,12,2,11,0,11,33,3,32,1,36,0,32,1,65,20,106,65,1,65,1,16,11,32,3,10,11,32,1,32,1,40,2,28,34,2,54,2,16,32,1,32,1,41,2,20,34,4,55,3,8,32,0,32,2,54,2,8,32,0,32,4,55,2,0,11,32,1,65,32,106,36,0,32,0,11,24,0,32,1,16,126,33,1,32,0,65,220,140,4,54,2,4,32,0,32,1,54,2,0,11,13,0,35,0,26,32,0,65,1,65,1,16,11,11,26,0,32,0,65,0,41,2,176,137,4,55,2,8,32,0,65,0,41,2,168,137,4,55,2,0,11,172,2,1,6,127,32,0,40,2,8,33,2,2,64,2,64,32,1,65,128,1,79,13,0,65,1,33,3,12,1,11,2,64,32,1,65,128,16,79,13,0,65,2,33,3,12,1,11,65,3,65,4,32,1,65,128,128,4,73,27,33,3,11,32,2,33,4,2,64,32,3,32,0,40,2,0,32,2,107,77,13,0,32,0,32,2,32,3,65,1,65,1,16,52,32,0,40,2,8,33,4,11,32,0,40,2,4,32,4,106,33,4,2,64,2,64,2,64,2,64,32,1,65,128,1,73,13,0,32,1,65,128,16,73,13,1,32,1,65,12,118,33,5,32,1,65,63,113,65,128,127,114,33,6,32,1,65,6,118,65,63,113,65,128,127,114,33,7,32,1,65,128,128,4,79,13,2,32,4,32,6,58,0,2,32,4,32,7,58,0,1,32,4,32,5,65,224,1,114,58,0,0,12,3,11,32,4,32,1,58,0,0,12,2,11,32,4,32,1,65,63,113,65,128,1,114,58,0,1,32,4,32,1,65,6,118,65,192,1,114,58,0,0,12,1,11,32,4,32,6,58,0,3,32,4,32,7,58,0,2,32,4,32,5,65,63,113,65,128,1,114,58,0,1,32,4,32,1,65,18,118,65,240,1,114,58,0,0,11,32,0,32,3,32,2,106,54,2,8,65,0,11,28,0,32,1,40,2,0,32,0,40,2,0,32,0,40,2,4,32,1,40,2,4,40,2,12,17,4,0,11,69,1,2,127,35,0,26,32,1,40,2,4,33,2,32,1,40,2,0,33,3,2,64,65,8,16,46,34,1,13,0,65,4,65,8,16,47,0,11,32,1,32,2,54,2,4,32,1,32,3,54,2,0,32,0,65,204,140,4,54,2,4,32,0,32,1,54,2,0,11,18,0,32,0,65,204,140,4,54,2,4,32,0,32,1,54,2,0,11,12,0,32,0,32,1,41,2,0,55,3,0,11,35,1,1,127,35,0,65,16,107,34,2,36,0,32,2,32,1,54,2,12,32,2,32,0,54,2,8,32,2,65,8,106,16,118,0,11,65,1,1,105,2,105,2,111,31,64,2,0,0,0,3,1,32,0,16,1,65,176,143,4,40,2,0,4,64,0,11,15,11,0,11,65,176,143,4,40,2,0,4,64,0,11,8,1,11,33,1,65,176,143,4,40,2,0,4,64,0,11,32,1,10,11,56,3,1,127,1,126,1,105,35,0,33,1,2,105,31,64,1,3,0,32,0,16,67,33,2,11,32,2,66,32,136,167,4,64,32,2,167,16,4,8,1,11,32,2,167,15,11,33,3,32,1,36,0,32,3,10,11,56,3,1,127,1,126,1,105,35,0,33,1,2,105,31,64,1,3,0,32,0,16,68,33,2,11,32,2,66,32,136,167,4,64,32,2,167,16,4,8,1,11,32,2,167,15,11,33,3,32,1,36,0,32,3,10,11,11,161,15,2,0,65,128,128,4,11,236,12,8,0,0,0,88,191,123,103,155,48,34,218,81,179,239,180,70,242,80,195,0,0,0,0,8,0,0,0,4,0,0,0,9,0,0,0,10,0,0,0,11,0,0,0,12,0,0,0,32,105,110,100,101,120,32,111,117,116,32,111,102,32,98,111,117,110,100,115,58,32,116,104,101,32,108,101,110,32,105,115,32,192,18,32,98,117,116,32,116,104,101,32,105,110,100,101,120,32,105,115,32,192,0,115,114,99,47,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,46,114,115,0,115,114,99,47,116,97,115,107,115,46,114,115,0,47,117,115,114,47,108,105,98,47,114,117,115,116,108,105,98,47,115,114,99,47,114,117,115,116,47,108,105,98,114,97,114,121,47,115,116,100,47,115,114,99,47,115,121,115,47,115,121,110,99,47,114,119,108,111,99,107,47,110,111,95,116,104,114,101,97,100,115,46,114,115,0,115,114,99,47,105,110,116,101,114,112,46,114,115,0,47,117,115,114,47,108,105,98,47,114,117,115,116,108,105,98,47,115,114,99,47,114,117,115,116,47,108,105,98,114,97,114,121,47,99,111,114,101,47,115,114,99,47,112,97,110,105,99,107,105,110,103,46,114,115,0,47,117,115,114,47,108,105,98,47,114,117,115,116,108,105,98,47,115,114,99,47,114,117,115,116,47,108,105,98,114,97,114,121,47,115,116,100,47,115,114,99,47,112,97,110,105,99,107,105,110,103,46,114,115,0,47,117,115,114,47,108,105,98,47,114,117,115,116,108,105,98,47,115,114,99,47,114,117,115,116,47,108,105,98,114,97,114,121,47,97,108,108,111,99,47,115,114,99,47,114,97,119,95,118,101,99,47,109,111,100,46,114,115,0,47,114,111,111,116,47,46,99,97,114,103,111,47,114,101,103,105,115,116,114,121,47,115,114,99,47,105,110,100,101,120,46,99,114,97,116,101,115,46,105,111,45,49,57,52,57,99,102,56,99,54,98,53,98,53,53,55,102,47,100,108,109,97,108,108,111,99,45,48,46,50,46,49,49,47,115,114,99,47,100,108,109,97,108,108,111,99,46,114,115,0,0,0,103,0,1,0,22,0,0,0,70,0,0,0,25,0,0,0,103,0,1,0,22,0,0,0,74,0,0,0,11,0,0,0,103,0,1,0,22,0,0,0,172,0,0,0,39,0,0,0,126,0,1,0,12,0,0,0,68,0,0,0,61,0,0,0,126,0,1,0,12,0,0,0,42,0,0,0,34,0,0,0,126,0,1,0,12,0,0,0,50,0,0,0,29,0,0,0,126,0,1,0,12,0,0,0,54,0,0,0,15,0,0,0,126,0,1,0,12,0,0,0,77,0,0,0,14,0,0,0,13,0,0,0,14,0,0,0,14,0,0,0,14,0,0,0,104,2,1,0,0,0,0,0,0,0,0,0,4,0,0,0,4,0,0,0,15,0,0,0,16,0,0,0,16,0,0,0,17,0,0,0,32,0,0,0,4,0,0,0,18,0,0,0,19,0,0,0,56,0,0,0,4,0,0,0,20,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,21,0,0,0,22,0,0,0,22,0,0,0,211,0,1,0,13,0,0,0,184,0,0,0,5,0,0,0,0,0,0,0,4,0,0,0,4,0,0,0,23,0,0,0,99,97,112,97,99,105,116,121,32,111,118,101,114,102,108,111,119,0,0,0,80,1,1,0,58,0,0,0,28,0,0,0,5,0,0,0,24,0,0,0,12,0,0,0,4,0,0,0,25,0,0,0,26,0,0,0,27,0,0,0,225,0,1,0,55,0,0,0,225,0,0,0,5,0,0,0,112,97,110,105,99,32,105,110,32,97,32,102,117,110,99,116,105,111,110,32,116,104,97,116,32,99,97,110,110,111,116,32,117,110,119,105,110,100,48,48,48,49,48,50,48,51,48,52,48,53,48,54,48,55,48,56,48,57,49,48,49,49,49,50,49,51,49,52,49,53,49,54,49,55,49,56,49,57,50,48,50,49,50,50,50,51,50,52,50,53,50,54,50,55,50,56,50,57,51,48,51,49,51,50,51,51,51,52,51,53,51,54,51,55,51,56,51,57,52,48,52,49,52,50,52,51,52,52,52,53,52,54,52,55,52,56,52,57,53,48,53,49,53,50,53,51,53,52,53,53,53,54,53,55,53,56,53,57,54,48,54,49,54,50,54,51,54,52,54,53,54,54,54,55,54,56,54,57,55,48,55,49,55,50,55,51,55,52,55,53,55,54,55,55,55,56,55,57,56,48,56,49,56,50,56,51,56,52,56,53,56,54,56,55,56,56,56,57,57,48,57,49,57,50,57,51,57,52,57,53,57,54,57,55,57,56,57,57,96,97,115,121,110,99,32,102,110,96,32,114,101,115,117,109,101,100,32,97,102,116,101,114,32,99,111,109,112,108,101,116,105,111,110,96,97,115,121,110,99,32,102,110,96,32,114,101,115,117,109,101,100,32,97,102,116,101,114,32,112,97,110,105,99,107,105,110,103,82,101,102,67,101,108,108,32,97,108,114,101,97,100,121,32,109,117,116,97,98,108,121,32,98,111,114,114,111,119,101,100,82,101,102,67,101,108,108,32,97,108,114,101,97,100,121,32,98,111,114,114,111,119,101,100,0,254,47,184,94,226,92,136,57,43,203,154,126,72,169,161,182,109,93,203,214,44,80,235,99,120,65,166,87,113,27,139,185,28,0,0,0,12,0,0,0,4,0,0,0,25,0,0,0,29,0,0,0,27,0,0,0,0,0,0,0,8,0,0,0,4,0,0,0,30,0,0,0,31,0,0,0,32,0,0,0,33,0,0,0,34,0,0,0,16,0,0,0,4,0,0,0,35,0,0,0,36,0,0,0,37,0,0,0,12,0,0,0,97,115,115,101,114,116,105,111,110,32,102,97,105,108,101,100,58,32,112,115,105,122,101,32,62,61,32,115,105,122,101,32,43,32,109,105,110,95,111,118,101,114,104,101,97,100,0,0,139,1,1,0,90,0,0,0,177,4,0,0,9,0,0,0,97,115,115,101,114,116,105,111,110,32,102,97,105,108,101,100,58,32,112,115,105,122,101,32,60,61,32,115,105,122,101,32,43,32,109,97,120,95,111,118,101,114,104,101,97,100,0,0,139,1,1,0,90,0,0,0,183,4,0,0,13,0,0,0,114,119,108,111,99,107,32,104,97,115,32,110,111,116,32,98,101,101,110,32,108,111,99,107,101,100,32,102,111,114,32,114,101,97,100,105,110,103,0,0,139,0,1,0,71,0,0,0,62,0,0,0,9,0,0,0,114,119,108,111,99,107,32,111,118,101,114,102,108,111,119,101,100,32,114,101,97,100,32,108,111,99,107,115,139,0,1,0,71,0,0,0,21,0,0,0,44,0,0,0,66,111,120,60,100,121,110,32,65,110,121,62,99,97,110,110,111,116,32,109,111,100,105,102,121,32,116,104,101,32,112,97,110,105,99,32,104,111,111,107,32,102,114,111,109,32,97,32,112,97,110,105,99,107,105,110,103,32,116,104,114,101,97,100,25,1,1,0,54,0,0,0,144,0,0,0,9,0,0,0,0,0,0,0,8,0,0,0,4,0,0,0,38,0,0,0,28,0,0,0,12,0,0,0,4,0,0,0,39,0,0,0,0,65,236,140,4,11,164,2,0,0,0,0,0,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,215,92,4,110,97,109,101,0,19,18,114,101,101,110,116,114,121,95,103,117,101,115,116,46,119,97,115,109,1,147,92,139,1,0,60,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,55,101,110,118,95,108,111,103,1,67,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,51,101,110,118,95,104,111,115,116,95,99,97,108,108,2,73,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,57,101,110,118,95,115,99,104,101,100,117,108,101,95,114,101,105,110,105,116,3,69,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,53,101,110,118,95,99,108,111,115,117,114,101,95,110,101,119,4,15,101,110,118,46,112,97,110,105,99,95,101,114,114,111,114,5,18,95,95,119,97,115,109,95,105,110,105,116,95,109,101,109,111,114,121,6,170,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,66,52,95,51,112,105,110,51,80,105,110,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,98,111,120,101,100,51,66,111,120,68,78,116,78,116,78,116,66,52,95,54,102,117,116,117,114,101,54,102,117,116,117,114,101,54,70,117,116,117,114,101,112,54,79,117,116,112,117,116,117,69,76,95,69,69,69,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,7,43,95,82,78,118,67,115,102,103,72,89,119,77,57,50,102,121,110,95,55,95,95,95,114,117,115,116,99,49,51,95,95,95,114,100,108,95,100,101,97,108,108,111,99,8,162,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,50,114,99,52,87,101,97,107,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,55,67,108,111,115,117,114,101,82,78,116,78,116,66,75,95,53,97,108,108,111,99,54,71,108,111,98,97,108,69,69,66,49,103,95,9,134,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,51,118,101,99,51,86,101,99,73,66,71,95,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,52,83,116,101,112,69,69,69,66,49,107,95,10,129,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,51,118,101,99,51,86,101,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,52,83,116,101,112,69,69,66,49,103,95,11,71,95,82,78,118,77,115,50,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,78,116,66,53,95,49,49,82,97,119,86,101,99,73,110,110,101,114,49,48,100,101,97,108,108,111,99,97,116,101,66,55,95,12,94,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,52,83,116,101,112,69,66,74,95,13,148,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,98,111,120,101,100,51,66,111,120,68,78,116,78,116,66,52,95,51,97,110,121,51,65,110,121,78,116,78,116,66,52,95,54,109,97,114,107,101,114,52,83,101,110,100,69,76,95,69,69,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,14,103,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,53,116,97,115,107,115,49,49,101,120,112,111,114,116,95,98,111,100,121,48,69,66,76,95,15,96,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,53,116,97,115,107,115,53,115,99,111,112,101,48,69,66,76,95,16,94,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,53,71,117,97,114,100,69,66,74,95,17,112,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,50,65,98,111,114,116,105,110,103,69,100,103,101,69,66,74,95,18,68,95,82,78,118,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,112,97,110,105,99,95,99,111,117,110,116,49,55,105,115,95,122,101,114,111,95,115,108,111,119,95,112,97,116,104,19,46,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,51,108,111,103,20,48,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,53,114,97,105,115,101,21,93,95,82,73,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,53,112,97,110,105,99,57,112,97,110,105,99,95,97,110,121,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,66,71,95,22,100,95,82,73,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,66,78,95,23,159,1,95,82,73,78,118,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,51,115,121,115,57,98,97,99,107,116,114,97,99,101,50,54,95,95,95,114,117,115,116,95,101,110,100,95,115,104,111,114,116,95,98,97,99,107,116,114,97,99,101,78,67,73,78,118,78,116,66,54,95,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,48,122,69,66,49,71,95,24,103,95,82,78,67,73,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,48,66,80,95,25,51,95,82,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,53,112,97,110,105,99,95,119,105,116,104,95,104,111,111,107,26,71,95,82,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,49,99,108,111,115,117,114,101,95,110,101,119,48,66,53,95,27,55,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,49,49,101,120,112,111,114,116,95,98,111,100,121,28,60,95,82,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,53,116,97,115,107,115,49,49,101,120,112,111,114,116,95,98,111,100,121,48,66,53,95,29,47,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,53,116,97,115,107,115,53,115,99,111,112,101,30,79,95,82,78,118,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,49,112,97,110,105,99,95,99,111,110,115,116,50,56,112,97,110,105,99,95,99,111,110,115,116,95,97,115,121,110,99,95,102,110,95,114,101,115,117,109,101,100,31,85,95,82,78,118,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,49,112,97,110,105,99,95,99,111,110,115,116,51,52,112,97,110,105,99,95,99,111,110,115,116,95,97,115,121,110,99,95,102,110,95,114,101,115,117,109,101,100,95,112,97,110,105,99,32,53,95,82,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,53,116,97,115,107,115,53,115,99,111,112,101,48,66,53,95,33,48,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,53,112,108,97,105,110,34,58,95,82,78,118,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,50,99,97,116,99,104,95,117,110,119,105,110,100,55,99,108,101,97,110,117,112,35,50,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,112,97,121,108,111,97,100,36,63,95,82,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,49,51,105,110,115,116,97,108,108,95,104,111,111,107,115,48,66,53,95,37,140,1,95,82,78,83,78,118,89,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,49,99,108,111,115,117,114,101,95,110,101,119,48,73,78,116,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,111,112,115,56,102,117,110,99,116,105,111,110,54,70,110,79,110,99,101,117,69,57,99,97,108,108,95,111,110,99,101,54,118,116,97,98,108,101,66,97,95,38,177,1,95,82,78,83,78,118,89,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,49,51,105,110,115,116,97,108,108,95,104,111,111,107,115,48,73,78,116,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,111,112,115,56,102,117,110,99,116,105,111,110,54,70,110,79,110,99,101,84,82,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,53,112,97,110,105,99,49,51,80,97,110,105,99,72,111,111,107,73,110,102,111,69,69,57,99,97,108,108,95,111,110,99,101,54,118,116,97,98,108,101,66,97,95,39,61,95,82,78,118,77,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,78,116,66,50,95,54,82,101,97,100,101,114,52,98,111,100,121,40,110,95,82,78,118,77,115,51,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,73,78,116,66,53,95,54,82,97,119,86,101,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,52,83,116,101,112,69,56,103,114,111,119,95,111,110,101,66,81,95,41,128,1,95,82,78,118,77,115,51,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,73,78,116,66,53,95,54,82,97,119,86,101,99,73,78,116,78,116,66,55,95,51,118,101,99,51,86,101,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,52,83,116,101,112,69,69,56,103,114,111,119,95,111,110,101,66,49,54,95,42,75,95,82,78,118,77,115,52,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,78,116,66,53,95,49,49,82,97,119,86,101,99,73,110,110,101,114,49,52,103,114,111,119,95,97,109,111,114,116,105,122,101,100,66,55,95,43,48,95,82,78,118,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,49,50,104,97,110,100,108,101,95,101,114,114,111,114,44,114,95,82,78,118,77,115,54,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,50,114,99,73,78,116,66,53,95,50,82,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,55,67,108,111,115,117,114,101,69,57,100,114,111,112,95,115,108,111,119,66,72,95,45,69,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,53,105,110,118,111,107,101,95,97,98,111,114,116,105,110,103,46,101,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,54,109,97,108,108,111,99,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,47,52,95,82,78,118,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,97,108,108,111,99,49,56,104,97,110,100,108,101,95,97,108,108,111,99,95,101,114,114,111,114,48,48,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,53,115,99,111,112,101,49,48,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,53,97,98,111,114,116,50,50,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,114,101,99,117,114,115,101,51,53,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,99,101,108,108,50,50,112,97,110,105,99,95,97,108,114,101,97,100,121,95,98,111,114,114,111,119,101,100,52,117,95,82,73,78,118,78,118,77,115,50,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,73,78,116,66,56,95,49,49,82,97,119,86,101,99,73,110,110,101,114,112,69,55,114,101,115,101,114,118,101,50,49,100,111,95,114,101,115,101,114,118,101,95,97,110,100,95,104,97,110,100,108,101,78,116,78,116,66,97,95,53,97,108,108,111,99,54,71,108,111,98,97,108,69,66,97,95,53,54,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,56,112,97,110,105,99,95,98,111,117,110,100,115,95,99,104,101,99,107,54,52,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,56,99,97,108,108,115,95,111,107,55,97,95,82,78,118,88,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,97,110,121,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,78,116,66,50,95,51,65,110,121,55,116,121,112,101,95,105,100,66,117,95,56,163,1,95,82,78,118,88,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,73,78,116,66,50,95,55,80,97,121,108,111,97,100,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,51,103,101,116,66,49,51,95,57,168,1,95,82,78,118,88,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,73,78,116,66,50,95,55,80,97,121,108,111,97,100,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,56,116,97,107,101,95,98,111,120,66,49,51,95,58,157,1,95,82,78,118,88,115,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,73,78,116,66,52,95,55,80,97,121,108,111,97,100,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,55,68,105,115,112,108,97,121,51,102,109,116,66,49,53,95,59,163,1,95,82,78,118,89,73,78,116,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,55,80,97,121,108,111,97,100,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,54,97,115,95,115,116,114,66,49,48,95,60,156,1,95,82,78,118,89,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,49,51,105,110,115,116,97,108,108,95,104,111,111,107,115,115,95,48,73,78,116,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,111,112,115,56,102,117,110,99,116,105,111,110,54,70,110,79,110,99,101,84,78,116,78,116,78,116,66,49,55,95,53,97,108,108,111,99,54,108,97,121,111,117,116,54,76,97,121,111,117,116,69,69,57,99,97,108,108,95,111,110,99,101,66,56,95,61,145,1,95,82,78,118,89,78,67,78,118,78,118,77,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,116,97,115,107,52,119,97,107,101,78,116,66,57,95,56,82,97,119,87,97,107,101,114,52,78,79,79,80,54,86,84,65,66,76,69,48,73,78,116,78,116,78,116,66,100,95,51,111,112,115,56,102,117,110,99,116,105,111,110,54,70,110,79,110,99,101,84,80,117,69,69,57,99,97,108,108,95,111,110,99,101,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,62,148,1,95,82,78,118,89,78,67,78,118,78,118,77,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,116,97,115,107,52,119,97,107,101,78,116,66,57,95,56,82,97,119,87,97,107,101,114,52,78,79,79,80,54,86,84,65,66,76,69,115,48,95,48,73,78,116,78,116,78,116,66,100,95,51,111,112,115,56,102,117,110,99,116,105,111,110,54,70,110,79,110,99,101,84,80,117,69,69,57,99,97,108,108,95,111,110,99,101,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,63,15,95,95,114,101,101,110,116,114,121,95,97,108,108,111,99,64,76,95,82,78,118,77,115,52,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,78,116,66,53,95,49,49,82,97,119,86,101,99,73,110,110,101,114,49,53,116,114,121,95,97,108,108,111,99,97,116,101,95,105,110,66,55,95,65,55,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,57,112,97,110,105,99,95,99,97,110,110,111,116,95,117,110,119,105,110,100,66,44,95,82,78,118,67,115,102,103,72,89,119,77,57,50,102,121,110,95,55,95,95,95,114,117,115,116,99,49,52,95,95,95,114,117,115,116,95,114,101,97,108,108,111,99,67,14,95,95,114,101,101,110,116,114,121,95,99,97,108,108,68,16,95,95,114,101,101,110,116,114,121,95,105,110,118,111,107,101,69,61,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,99,101,108,108,51,48,112,97,110,105,99,95,97,108,114,101,97,100,121,95,109,117,116,97,98,108,121,95,98,111,114,114,111,119,101,100,70,20,95,95,114,101,101,110,116,114,121,95,110,101,119,95,104,97,110,100,108,101,71,20,95,95,114,101,101,110,116,114,121,95,114,101,97,100,95,115,116,97,116,101,72,15,95,95,114,101,101,110,116,114,121,95,115,116,97,114,116,73,212,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,98,111,120,101,100,51,66,111,120,68,71,48,95,73,78,116,78,116,78,116,66,52,95,51,111,112,115,56,102,117,110,99,116,105,111,110,50,70,110,84,82,76,49,95,73,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,53,112,97,110,105,99,49,51,80,97,110,105,99,72,111,111,107,73,110,102,111,76,48,95,69,69,69,112,54,79,117,116,112,117,116,117,78,116,78,116,66,52,95,54,109,97,114,107,101,114,52,83,101,110,100,78,116,66,50,77,95,52,83,121,110,99,69,76,95,69,69,66,49,83,95,74,44,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,57,112,97,110,105,99,95,102,109,116,75,109,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,51,118,97,108,105,100,97,116,101,95,115,105,122,101,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,76,109,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,51,100,105,115,112,111,115,101,95,99,104,117,110,107,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,77,108,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,50,117,110,108,105,110,107,95,99,104,117,110,107,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,78,99,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,52,102,114,101,101,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,79,63,95,82,78,118,78,118,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,97,108,108,111,99,49,56,104,97,110,100,108,101,95,97,108,108,111,99,95,101,114,114,111,114,56,114,116,95,101,114,114,111,114,80,56,95,82,78,118,67,115,102,103,72,89,119,77,57,50,102,121,110,95,55,95,95,95,114,117,115,116,99,50,54,95,95,95,114,117,115,116,95,97,108,108,111,99,95,101,114,114,111,114,95,104,97,110,100,108,101,114,81,72,95,82,78,118,77,115,52,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,78,116,66,53,95,49,49,82,97,119,86,101,99,73,110,110,101,114,49,49,102,105,110,105,115,104,95,103,114,111,119,66,55,95,82,53,95,82,78,118,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,49,55,99,97,112,97,99,105,116,121,95,111,118,101,114,102,108,111,119,83,141,1,95,82,78,118,88,115,50,95,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,51,118,101,99,49,49,115,112,101,99,95,101,120,116,101,110,100,73,78,116,66,55,95,51,86,101,99,104,69,73,78,116,66,53,95,49,48,83,112,101,99,69,120,116,101,110,100,82,104,73,78,116,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,115,108,105,99,101,52,105,116,101,114,52,73,116,101,114,104,69,69,49,49,115,112,101,99,95,101,120,116,101,110,100,66,57,95,84,86,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,54,83,116,114,105,110,103,69,66,74,95,85,91,95,82,78,118,88,115,90,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,78,116,66,53,95,54,83,116,114,105,110,103,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,53,87,114,105,116,101,57,119,114,105,116,101,95,115,116,114,86,93,95,82,78,118,88,115,90,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,78,116,66,53,95,54,83,116,114,105,110,103,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,53,87,114,105,116,101,49,48,119,114,105,116,101,95,99,104,97,114,87,88,95,82,78,118,89,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,54,83,116,114,105,110,103,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,53,87,114,105,116,101,57,119,114,105,116,101,95,102,109,116,66,54,95,88,34,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,53,119,114,105,116,101,89,61,95,82,78,118,77,115,97,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,78,116,66,53,95,57,70,111,114,109,97,116,116,101,114,49,50,112,97,100,95,105,110,116,101,103,114,97,108,90,55,95,82,78,118,77,115,97,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,78,116,66,53,95,57,70,111,114,109,97,116,116,101,114,55,112,97,100,100,105,110,103,91,77,95,82,78,118,78,118,77,115,97,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,78,116,66,55,95,57,70,111,114,109,97,116,116,101,114,49,50,112,97,100,95,105,110,116,101,103,114,97,108,49,50,119,114,105,116,101,95,112,114,101,102,105,120,92,40,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,53,112,97,110,105,99,93,46,95,82,78,118,67,115,102,103,72,89,119,77,57,50,102,121,110,95,55,95,95,95,114,117,115,116,99,49,55,114,117,115,116,95,98,101,103,105,110,95,117,110,119,105,110,100,94,62,95,82,78,118,88,115,105,95,78,116,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,51,110,117,109,51,105,109,112,106,78,116,66,57,95,55,68,105,115,112,108,97,121,51,102,109,116,95,58,95,82,78,118,77,115,107,95,78,116,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,51,110,117,109,51,105,109,112,106,49,48,95,95,102,109,116,95,105,110,110,101,114,96,55,95,82,78,118,88,115,49,105,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,82,101,78,116,66,54,95,55,68,105,115,112,108,97,121,51,102,109,116,66,56,95,97,51,95,82,78,118,77,115,97,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,78,116,66,53,95,57,70,111,114,109,97,116,116,101,114,51,112,97,100,98,74,95,82,78,118,78,118,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,99,101,108,108,50,50,112,97,110,105,99,95,97,108,114,101,97,100,121,95,98,111,114,114,111,119,101,100,56,100,111,95,112,97,110,105,99,55,114,117,110,116,105,109,101,99,77,95,82,78,118,88,115,114,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,99,101,108,108,78,116,66,53,95,49,52,66,111,114,114,111,119,77,117,116,69,114,114,111,114,78,116,78,116,66,55,95,51,102,109,116,55,68,105,115,112,108,97,121,51,102,109,116,100,82,95,82,78,118,78,118,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,99,101,108,108,51,48,112,97,110,105,99,95,97,108,114,101,97,100,121,95,109,117,116,97,98,108,121,95,98,111,114,114,111,119,101,100,56,100,111,95,112,97,110,105,99,55,114,117,110,116,105,109,101,101,74,95,82,78,118,88,115,113,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,99,101,108,108,78,116,66,53,95,49,49,66,111,114,114,111,119,69,114,114,111,114,78,116,78,116,66,55,95,51,102,109,116,55,68,105,115,112,108,97,121,51,102,109,116,102,46,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,54,111,112,116,105,111,110,49,51,101,120,112,101,99,116,95,102,97,105,108,101,100,103,56,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,100,105,115,112,108,97,121,82,101,69,66,52,95,104,50,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,52,112,97,110,105,99,95,110,111,117,110,119,105,110,100,105,54,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,56,112,97,110,105,99,95,110,111,117,110,119,105,110,100,95,102,109,116,106,64,95,82,78,118,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,56,112,97,110,105,99,95,110,111,117,110,119,105,110,100,95,102,109,116,55,114,117,110,116,105,109,101,107,48,95,82,78,118,67,115,102,103,72,89,119,77,57,50,102,121,110,95,55,95,95,95,114,117,115,116,99,49,56,95,95,95,114,117,115,116,95,115,116,97,114,116,95,112,97,110,105,99,108,64,95,82,78,118,78,118,78,116,67,115,71,115,105,108,66,106,106,76,54,110,95,49,50,112,97,110,105,99,95,117,110,119,105,110,100,51,105,109,112,53,112,97,110,105,99,49,55,101,120,99,101,112,116,105,111,110,95,99,108,101,97,110,117,112,109,146,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,98,111,120,101,100,51,66,111,120,68,78,116,78,116,66,52,95,51,97,110,121,51,65,110,121,78,116,78,116,66,52,95,54,109,97,114,107,101,114,52,83,101,110,100,69,76,95,69,69,67,115,71,115,105,108,66,106,106,76,54,110,95,49,50,112,97,110,105,99,95,117,110,119,105,110,100,110,130,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,98,111,120,101,100,51,66,111,120,78,116,78,116,67,115,71,115,105,108,66,106,106,76,54,110,95,49,50,112,97,110,105,99,95,117,110,119,105,110,100,51,105,109,112,57,69,120,99,101,112,116,105,111,110,69,69,66,49,105,95,111,137,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,52,115,121,110,99,57,110,111,110,112,111,105,115,111,110,54,114,119,108,111,99,107,49,53,82,119,76,111,99,107,82,101,97,100,71,117,97,114,100,78,116,78,116,66,79,95,57,112,97,110,105,99,107,105,110,103,52,72,111,111,107,69,69,66,79,95,112,39,95,82,78,118,67,115,102,103,72,89,119,77,57,50,102,121,110,95,55,95,95,95,114,117,115,116,99,49,48,114,117,115,116,95,112,97,110,105,99,113,66,95,82,78,118,88,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,97,110,121,82,101,78,116,66,50,95,51,65,110,121,55,116,121,112,101,95,105,100,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,114,106,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,48,114,101,112,108,97,99,101,95,100,118,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,115,114,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,56,117,110,108,105,110,107,95,108,97,114,103,101,95,99,104,117,110,107,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,116,108,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,50,105,110,115,101,114,116,95,99,104,117,110,107,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,117,114,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,56,105,110,115,101,114,116,95,108,97,114,103,101,95,99,104,117,110,107,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,118,100,95,82,73,78,118,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,51,115,121,115,57,98,97,99,107,116,114,97,99,101,50,54,95,95,95,114,117,115,116,95,101,110,100,95,115,104,111,114,116,95,98,97,99,107,116,114,97,99,101,78,67,78,118,78,116,66,54,95,53,97,108,108,111,99,56,114,117,115,116,95,111,111,109,48,122,69,66,54,95,119,45,95,82,78,67,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,53,97,108,108,111,99,56,114,117,115,116,95,111,111,109,48,66,53,95,120,56,95,82,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,53,97,108,108,111,99,50,52,100,101,102,97,117,108,116,95,97,108,108,111,99,95,101,114,114,111,114,95,104,111,111,107,121,110,95,82,73,78,118,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,51,115,121,115,57,98,97,99,107,116,114,97,99,101,50,54,95,95,95,114,117,115,116,95,101,110,100,95,115,104,111,114,116,95,98,97,99,107,116,114,97,99,101,78,67,78,118,78,116,66,54,95,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,48,122,69,66,54,95,122,55,95,82,78,67,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,48,66,53,95,123,118,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,116,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,49,57,70,111,114,109,97,116,83,116,114,105,110,103,80,97,121,108,111,97,100,69,66,76,95,124,119,95,82,78,118,88,115,48,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,53,95,49,57,70,111,114,109,97,116,83,116,114,105,110,103,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,55,68,105,115,112,108,97,121,51,102,109,116,125,131,1,95,82,78,118,88,115,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,52,95,49,57,70,111,114,109,97,116,83,116,114,105,110,103,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,56,116,97,107,101,95,98,111,120,126,83,95,82,78,118,77,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,50,95,49,57,70,111,114,109,97,116,83,116,114,105,110,103,80,97,121,108,111,97,100,52,102,105,108,108,127,126,95,82,78,118,88,115,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,52,95,49,57,70,111,114,109,97,116,83,116,114,105,110,103,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,51,103,101,116,128,1,101,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,54,83,116,114,105,110,103,69,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,129,1,102,95,82,78,118,88,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,97,110,121,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,54,83,116,114,105,110,103,78,116,66,50,95,51,65,110,121,55,116,121,112,101,95,105,100,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,130,1,97,95,82,78,118,88,115,90,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,78,116,66,53,95,54,83,116,114,105,110,103,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,53,87,114,105,116,101,49,48,119,114,105,116,101,95,99,104,97,114,46,49,50,49,131,1,116,95,82,78,118,88,115,50,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,53,95,49,54,83,116,97,116,105,99,83,116,114,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,55,68,105,115,112,108,97,121,51,102,109,116,132,1,129,1,95,82,78,118,88,115,49,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,53,95,49,54,83,116,97,116,105,99,83,116,114,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,56,116,97,107,101,95,98,111,120,133,1,124,95,82,78,118,88,115,49,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,53,95,49,54,83,116,97,116,105,99,83,116,114,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,51,103,101,116,134,1,127,95,82,78,118,88,115,49,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,53,95,49,54,83,116,97,116,105,99,83,116,114,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,54,97,115,95,115,116,114,135,1,39,95,82,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,53,97,108,108,111,99,56,114,117,115,116,95,111,111,109,136,1,22,114,101,101,110,116,114,121,95,105,109,112,111,114,116,95,119,114,97,112,112,101,114,137,1,22,114,101,101,110,116,114,121,95,101,120,112,111,114,116,95,119,114,97,112,112,101,114,138,1,22,114,101,101,110,116,114,121,95,105,110,118,111,107,101,95,119,114,97,112,112,101,114,7,18,1,0,15,95,95,115,116,97,99,107,95,112,111,105,110,116,101,114,9,17,2,0,7,46,114,111,100,97,116,97,1,5,46,100,97,116,97,0,91,9,112,114,111,100,117,99,101,114,115,1,12,112,114,111,99,101,115,115,101,100,45,98,121,1,5,114,117,115,116,99,59,49,46,57,54,46,48,32,40,97,99,54,56,102,97,97,50,48,32,50,48,50,54,45,48,53,45,50,53,41,32,40,98,117,105,108,116,32,102,114,111,109,32,97,32,115,111,117,114,99,101,32,116,97,114,98,97,108,108,41,0,168,1,15,116,97,114,103,101,116,95,102,101,97,116,117,114,101,115,9,43,11,98,117,108,107,45,109,101,109,111,114,121,43,15,98,117,108,107,45,109,101,109,111,114,121,45,111,112,116,43,22,99,97,108,108,45,105,110,100,105,114,101,99,116,45,111,118,101,114,108,111,110,103,43,18,101,120,99,101,112,116,105,111,110,45,104,97,110,100,108,105,110,103,43,10,109,117,108,116,105,118,97,108,117,101,43,15,109,117,116,97,98,108,101,45,103,108,111,98,97,108,115,43,19,110,111,110,116,114,97,112,112,105,110,103,45,102,112,116,111,105,110,116,43,15,114,101,102,101,114,101,110,99,101,45,116,121,112,101,115,43,8,115,105,103,110,45,101,120,116],
    legacy: [0,97,115,109,1,0,0,0,1,111,18,96,1,127,0,96,2,127,127,0,96,2,127,127,1,127,96,1,127,1,127,96,3,127,127,127,1,127,96,3,127,127,127,0,96,0,0,96,0,1,127,96,5,127,127,127,127,127,0,96,6,127,127,127,127,127,127,0,96,4,127,127,127,127,1,127,96,1,127,1,126,96,6,127,127,127,127,127,127,1,127,96,4,127,127,127,127,0,96,5,127,127,127,127,127,1,127,96,1,127,1,111,96,1,111,0,96,1,127,1,127,2,128,1,8,3,101,110,118,6,109,101,109,111,114,121,2,1,2,64,3,101,110,118,3,108,111,103,0,5,3,101,110,118,9,104,111,115,116,95,99,97,108,108,0,0,3,101,110,118,15,115,99,104,101,100,117,108,101,95,114,101,105,110,105,116,0,6,3,101,110,118,11,99,108,111,115,117,114,101,95,110,101,119,0,1,3,101,110,118,11,112,97,110,105,99,95,101,114,114,111,114,0,15,3,101,110,118,5,106,115,116,97,103,4,0,16,3,101,110,118,7,119,114,97,112,112,101,100,4,0,16,3,136,1,134,1,6,1,5,0,0,0,5,0,1,0,0,0,6,7,1,0,0,0,0,0,8,0,0,2,4,0,0,2,0,1,2,1,0,1,5,0,0,9,1,0,1,3,1,1,0,3,0,8,5,4,1,1,1,2,1,1,1,0,3,8,6,10,11,11,6,7,7,5,1,5,1,1,1,0,1,1,9,6,5,0,4,2,4,10,12,13,14,1,0,2,2,2,4,0,2,6,2,6,0,6,6,6,1,1,0,0,0,1,1,1,0,1,1,0,0,1,0,0,0,2,1,3,1,0,1,2,2,1,1,1,1,0,17,17,4,5,1,112,1,40,40,13,3,1,0,0,6,29,4,127,1,65,128,128,4,11,127,0,65,176,143,4,11,127,0,65,149,147,4,11,127,0,65,160,147,4,11,7,118,8,6,109,101,109,111,114,121,2,0,21,95,95,105,110,115,116,97,110,99,101,95,116,101,114,109,105,110,97,116,101,100,3,1,15,95,95,114,101,101,110,116,114,121,95,97,108,108,111,99,0,63,15,95,95,114,101,101,110,116,114,121,95,115,116,97,114,116,0,72,4,99,97,108,108,0,137,1,6,105,110,118,111,107,101,0,138,1,12,95,95,114,101,97,100,95,115,116,97,116,101,0,71,12,95,95,110,101,119,95,104,97,110,100,108,101,0,70,8,1,5,9,52,1,0,65,1,11,39,94,60,99,101,96,108,120,50,58,57,56,59,61,62,37,26,14,28,15,32,38,36,55,84,85,86,87,128,1,130,1,131,1,132,1,133,1,134,1,123,124,125,127,113,129,1,10,142,177,1,134,1,14,0,65,144,143,4,65,0,65,133,4,252,11,0,11,86,1,2,127,35,0,33,2,2,64,32,1,40,2,0,34,3,69,13,0,6,64,32,0,32,3,17,0,0,25,32,2,36,0,2,64,32,1,40,2,4,34,3,69,13,0,32,0,32,3,32,1,40,2,8,16,7,11,9,0,11,11,2,64,32,1,40,2,4,34,3,69,13,0,32,0,32,3,32,1,40,2,8,16,7,11,11,35,1,1,127,35,0,33,3,6,64,32,0,65,124,106,40,2,0,32,1,16,75,25,32,3,36,0,16,65,0,11,32,0,16,78,11,44,1,1,127,35,0,26,2,64,32,0,65,127,70,13,0,32,0,32,0,40,2,4,65,127,106,34,1,54,2,4,32,1,13,0,32,0,65,20,65,4,16,7,11,11,129,1,1,5,127,35,0,33,1,32,0,40,2,8,33,2,65,0,33,3,32,0,40,2,4,34,4,33,5,6,64,3,64,32,2,32,3,70,13,1,32,3,65,1,106,33,3,32,5,16,10,32,5,65,12,106,33,5,12,0,11,25,32,1,36,0,6,64,2,64,32,3,32,2,70,13,0,3,64,32,4,32,3,65,12,108,106,16,10,32,3,65,1,106,34,3,32,2,71,13,0,11,11,9,1,25,32,1,36,0,32,0,65,4,65,12,16,11,9,0,11,11,32,0,65,4,65,12,16,11,11,126,1,5,127,35,0,33,1,32,0,40,2,8,33,2,65,0,33,3,32,0,40,2,4,34,4,33,5,6,64,3,64,32,2,32,3,70,13,1,32,3,65,1,106,33,3,32,5,16,12,32,5,65,24,106,33,5,12,0,11,25,32,1,36,0,6,64,2,64,3,64,32,3,32,2,70,13,1,32,4,32,3,65,24,108,106,16,12,32,3,65,1,106,33,3,12,0,11,11,9,1,25,32,1,36,0,32,0,65,4,65,24,16,11,9,0,11,11,32,0,65,4,65,24,16,11,11,114,1,2,127,35,0,65,16,107,34,3,36,0,2,64,2,64,32,0,40,2,0,34,4,13,0,65,0,33,2,32,3,65,12,106,33,0,12,1,11,32,3,32,1,54,2,12,32,4,32,2,108,33,2,32,0,40,2,4,33,1,32,3,65,8,106,33,0,11,32,0,32,2,54,2,0,2,64,32,3,40,2,12,34,0,69,13,0,32,3,40,2,8,34,2,69,13,0,32,1,32,2,32,0,16,7,11,32,3,65,16,106,36,0,11,86,1,3,127,35,0,33,1,65,4,33,2,2,64,2,64,2,64,32,0,40,2,0,34,3,65,128,128,128,128,120,115,65,5,32,3,65,0,72,27,65,127,106,14,5,1,2,2,2,0,2,11,6,64,32,0,16,10,25,32,1,36,0,32,0,65,12,106,16,10,9,0,11,65,12,33,2,11,32,0,32,2,106,16,10,11,11,86,1,2,127,35,0,33,2,2,64,32,1,40,2,0,34,3,69,13,0,6,64,32,0,32,3,17,0,0,25,32,2,36,0,2,64,32,1,40,2,4,34,3,69,13,0,32,0,32,3,32,1,40,2,8,16,7,11,9,0,11,11,2,64,32,1,40,2,4,34,3,69,13,0,32,0,32,3,32,1,40,2,8,16,7,11,11,33,0,35,0,26,2,64,32,0,45,0,28,65,3,71,13,0,32,0,40,2,20,32,0,65,24,106,40,2,0,16,6,11,11,125,1,1,127,35,0,33,1,2,64,2,64,2,64,2,64,2,64,32,0,45,0,32,65,125,106,14,4,4,0,1,3,2,11,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,15,11,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,11,15,11,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,15,11,6,64,32,0,40,2,48,32,0,65,52,106,40,2,0,16,6,25,32,1,36,0,32,0,65,36,106,16,16,9,0,11,32,0,65,36,106,16,16,11,39,0,65,3,32,0,40,2,8,65,0,40,2,156,143,4,16,0,2,64,32,0,40,2,0,65,1,71,13,0,32,0,40,2,4,16,20,0,11,11,33,0,2,64,65,0,40,2,204,143,4,65,255,255,255,255,7,113,69,13,0,16,18,13,0,65,7,65,6,16,19,0,11,11,10,0,65,0,40,2,180,143,4,69,11,15,0,32,0,32,1,65,0,40,2,156,143,4,16,0,11,13,0,65,4,32,0,16,19,32,0,16,21,0,11,7,0,32,0,16,22,0,11,10,0,35,0,26,32,0,16,23,0,11,10,0,35,0,26,32,0,16,24,0,11,47,1,1,127,35,0,65,16,107,34,1,36,0,32,1,32,0,54,2,12,32,1,65,1,54,2,8,32,1,65,8,106,65,148,128,4,65,208,133,4,65,1,65,0,16,25,0,11,176,2,1,3,127,35,0,65,48,107,34,5,36,0,65,0,65,0,40,2,204,143,4,34,6,65,1,106,54,2,204,143,4,2,64,32,6,65,0,72,13,0,2,64,2,64,65,0,45,0,184,143,4,13,0,65,0,65,1,58,0,184,143,4,65,0,65,0,40,2,180,143,4,65,1,106,54,2,180,143,4,65,0,40,2,192,143,4,34,6,65,0,72,13,2,32,6,65,1,106,34,7,32,6,78,13,1,16,102,12,2,11,32,5,65,8,106,32,0,32,1,40,2,24,17,1,0,0,11,65,0,32,7,54,2,192,143,4,32,5,65,192,143,4,54,2,28,32,5,65,196,143,4,54,2,24,2,64,65,0,40,2,196,143,4,69,13,0,6,64,32,5,65,16,106,32,0,32,1,40,2,20,17,1,0,32,5,40,2,20,33,6,32,5,40,2,16,33,7,32,5,32,4,58,0,45,32,5,32,3,58,0,44,32,5,32,2,54,2,40,32,5,32,7,54,2,32,32,5,32,6,54,2,36,65,0,40,2,196,143,4,32,5,65,32,106,65,0,40,2,200,143,4,40,2,20,17,1,0,25,32,5,36,0,32,5,65,24,106,16,111,9,0,11,11,32,5,65,24,106,16,111,65,0,65,0,58,0,184,143,4,32,3,69,13,0,32,0,32,1,16,112,0,11,0,11,9,0,32,0,40,2,0,16,27,11,86,1,1,127,2,64,2,64,65,0,40,2,168,143,4,34,1,69,13,0,32,0,32,1,40,2,8,73,13,1,11,0,11,32,1,40,2,4,33,1,65,0,32,0,65,0,40,2,156,143,4,16,0,32,1,32,0,65,12,108,106,34,1,40,2,4,32,1,40,2,8,16,48,65,1,32,0,65,0,40,2,156,143,4,16,0,11,138,2,1,5,127,35,0,33,2,2,64,6,64,2,64,2,64,2,64,2,64,2,64,32,0,45,0,28,14,4,0,1,2,3,0,11,32,0,32,0,40,2,8,34,3,54,2,16,32,0,40,2,0,33,4,32,0,40,2,4,33,5,32,0,40,2,12,33,6,65,0,32,3,65,0,40,2,156,143,4,16,0,32,4,32,5,32,6,16,29,33,3,65,168,133,4,33,4,32,0,65,168,133,4,54,2,24,32,0,32,3,54,2,20,12,3,11,6,64,65,152,132,4,16,30,24,5,0,11,6,64,65,152,132,4,16,31,24,4,0,11,32,0,40,2,24,33,4,32,0,40,2,20,33,3,11,6,64,32,3,32,1,32,4,40,2,12,17,2,0,33,3,25,32,2,36,0,6,64,32,0,40,2,20,32,0,65,24,106,40,2,0,16,6,24,3,9,0,11,65,3,33,1,32,3,13,1,32,0,40,2,20,32,0,65,24,106,40,2,0,16,6,25,32,2,36,0,32,0,65,2,58,0,28,9,0,11,65,1,33,1,65,1,32,0,40,2,16,65,0,40,2,156,143,4,16,0,11,32,0,32,1,58,0,28,32,3,11,106,1,1,127,35,0,65,192,0,107,34,3,36,0,32,3,65,0,58,0,40,32,3,32,2,54,2,16,32,3,32,1,54,2,12,32,3,32,0,54,2,8,2,64,2,64,65,56,16,46,34,2,13,0,6,64,65,4,65,56,16,47,12,2,25,32,3,36,0,32,3,65,8,106,16,15,9,0,11,11,32,2,32,3,65,8,106,65,56,252,10,0,0,32,3,65,192,0,106,36,0,32,2,15,11,0,11,14,0,65,170,136,4,65,199,0,32,0,16,74,0,11,14,0,65,205,136,4,65,197,0,32,0,16,74,0,11,249,9,3,13,127,1,126,2,127,35,0,65,16,107,34,2,36,0,2,64,6,64,6,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,32,0,45,0,32,14,8,4,5,6,0,1,3,2,7,4,11,32,0,40,2,52,33,3,32,0,40,2,48,33,4,12,11,11,32,0,40,2,40,33,5,32,0,40,2,36,33,6,12,6,11,32,0,40,2,40,33,7,32,0,40,2,36,33,8,12,7,11,32,0,40,2,40,33,9,32,0,40,2,36,33,10,12,5,11,32,0,32,0,40,2,4,34,11,54,2,16,32,0,32,0,40,2,0,34,3,54,2,12,65,0,33,4,12,6,11,6,64,65,216,132,4,16,30,24,10,0,11,6,64,65,216,132,4,16,31,24,9,0,11,32,0,40,2,36,33,12,2,64,32,0,45,0,40,13,0,65,1,33,4,12,4,11,65,1,33,13,32,12,65,127,115,65,1,116,33,14,65,2,33,4,12,3,11,65,3,33,4,12,2,11,65,4,33,4,12,1,11,65,5,33,4,11,3,64,2,64,2,64,2,64,2,64,6,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,32,4,14,6,0,1,2,4,6,7,7,11,32,11,13,2,12,17,11,32,0,65,1,58,0,40,32,12,65,1,116,65,127,115,33,14,65,0,33,13,12,7,11,6,64,32,14,16,136,1,24,15,32,13,13,11,65,1,33,4,65,7,33,3,12,16,11,32,0,32,11,65,127,106,54,2,16,32,0,32,3,65,24,106,54,2,12,2,64,2,64,2,64,2,64,32,3,40,2,0,34,4,65,128,128,128,128,120,115,65,5,32,4,65,0,72,27,34,4,14,6,2,3,1,1,1,5,0,11,32,4,65,11,70,13,7,11,6,64,32,3,16,33,24,16,12,12,11,32,3,41,2,4,33,15,65,2,32,3,40,2,12,34,4,65,0,40,2,156,143,4,16,0,32,0,32,15,55,2,36,32,0,32,4,54,2,44,6,64,32,0,40,2,12,32,0,40,2,16,32,0,40,2,8,16,29,33,4,24,14,65,168,133,4,33,3,32,0,65,168,133,4,54,2,52,32,0,32,4,54,2,48,12,13,11,6,64,32,3,40,2,8,32,3,40,2,12,32,0,40,2,8,16,29,33,6,24,14,65,168,133,4,33,5,32,0,65,168,133,4,54,2,40,32,0,32,6,54,2,36,65,3,33,4,12,11,11,6,64,32,6,32,1,32,5,40,2,12,17,2,0,33,4,12,9,25,32,2,36,0,6,64,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,24,16,6,64,9,1,24,14,11,11,32,0,32,3,65,12,106,54,2,20,6,64,32,3,40,2,4,32,3,40,2,8,32,0,40,2,8,16,29,33,10,24,12,65,168,133,4,33,9,32,0,65,168,133,4,54,2,40,32,0,32,10,54,2,36,65,4,33,4,12,9,11,6,64,32,10,32,1,32,9,40,2,12,17,2,0,33,4,12,5,7,2,33,4,32,2,36,0,32,2,32,4,16,34,32,2,40,2,4,33,16,32,2,40,2,0,33,4,32,2,32,4,54,2,12,32,2,65,8,106,33,17,12,6,11,11,6,64,32,8,32,1,32,7,40,2,12,17,2,0,33,4,12,3,25,32,2,36,0,6,64,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,24,13,6,64,9,1,24,11,11,11,32,0,65,0,58,0,40,32,0,32,0,40,2,8,34,12,54,2,36,65,1,33,4,12,6,11,65,2,33,4,12,5,25,32,2,36,0,6,64,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,24,10,6,64,9,1,24,8,11,2,64,32,4,69,13,0,65,1,33,4,65,6,33,3,12,9,11,6,64,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,24,7,12,3,11,65,0,33,16,32,2,65,12,106,33,17,32,4,69,13,0,65,1,33,4,65,5,33,3,12,7,11,32,17,32,16,54,2,0,32,0,32,2,40,2,8,54,2,28,32,0,32,2,40,2,12,54,2,24,6,64,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,24,5,32,0,40,2,24,34,4,69,13,1,6,64,32,4,32,0,40,2,28,16,35,33,4,24,5,65,5,32,4,65,0,40,2,156,143,4,16,0,6,64,32,0,40,2,20,34,4,40,2,4,32,4,40,2,8,32,0,40,2,8,16,29,33,8,24,5,32,0,32,8,54,2,36,65,168,133,4,33,7,32,0,65,40,106,65,168,133,4,54,2,0,65,5,33,4,12,2,11,2,64,32,4,69,13,0,65,1,33,4,65,4,33,3,12,6,11,6,64,32,0,40,2,36,32,0,65,40,106,40,2,0,16,6,24,4,11,32,0,40,2,16,33,11,32,0,40,2,12,33,3,65,0,33,4,12,0,11,11,6,64,32,4,32,1,32,3,40,2,12,17,2,0,33,4,25,32,2,36,0,6,64,32,0,40,2,48,32,0,65,52,106,40,2,0,16,6,24,4,9,0,11,2,64,32,4,69,13,0,65,1,33,4,65,3,33,3,12,3,11,32,0,40,2,48,32,0,65,52,106,40,2,0,16,6,25,32,2,36,0,6,64,32,0,65,36,106,16,16,24,3,9,0,11,32,0,65,36,106,16,16,25,32,2,36,0,32,0,65,2,58,0,32,9,0,11,65,0,33,4,65,1,33,3,11,32,0,32,3,58,0,32,32,2,65,16,106,36,0,32,4,11,132,9,1,10,127,35,0,33,1,6,64,6,64,6,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,32,0,40,2,0,34,2,65,128,128,128,128,120,115,65,5,32,2,65,0,72,27,14,13,13,13,0,1,2,13,3,4,5,6,7,13,8,13,11,6,64,32,0,40,2,4,16,136,1,24,17,15,11,6,64,32,0,40,2,4,16,27,24,16,15,11,6,64,32,0,40,2,4,16,20,24,15,0,11,6,64,32,0,45,0,4,16,49,24,14,0,11,65,0,65,0,40,2,160,143,4,32,0,40,2,4,106,34,0,54,2,160,143,4,65,6,32,0,65,0,40,2,156,143,4,16,0,15,11,16,2,15,11,32,0,40,2,4,34,0,64,0,65,127,70,13,2,65,0,40,2,144,143,4,33,0,65,8,63,0,32,0,107,65,0,40,2,156,143,4,16,0,15,11,65,0,40,2,172,143,4,33,2,63,0,33,1,32,0,40,2,4,33,0,2,64,32,1,32,2,74,13,0,65,7,65,4,65,0,40,2,156,143,4,16,0,11,32,2,65,16,116,34,2,32,2,40,2,0,32,0,106,34,0,54,2,0,65,9,32,0,65,0,40,2,156,143,4,16,0,15,11,65,11,65,10,32,0,45,0,8,34,3,27,32,0,40,2,4,34,4,65,0,40,2,156,143,4,16,0,2,64,65,4,16,46,34,0,69,13,0,32,0,32,4,54,2,0,2,64,65,20,16,46,34,5,13,0,6,64,65,4,65,20,16,47,12,7,25,32,1,36,0,6,64,32,0,65,128,133,4,16,6,9,1,24,12,11,11,32,5,32,3,58,0,16,32,5,65,128,133,4,54,2,12,32,5,32,0,54,2,8,32,5,66,129,128,128,128,16,55,2,0,2,64,65,0,40,2,236,140,4,69,13,0,65,1,33,6,6,64,65,232,131,4,16,51,24,10,12,6,11,65,0,65,127,54,2,236,140,4,65,0,40,2,248,140,4,34,0,32,4,75,13,4,32,4,65,1,106,34,2,32,0,75,13,2,65,0,32,2,54,2,248,140,4,32,0,32,2,70,13,3,32,0,32,2,107,33,7,32,0,32,4,107,33,8,65,0,40,2,244,140,4,32,2,65,2,116,106,34,9,33,0,65,1,33,2,3,64,2,64,32,0,40,2,0,34,6,69,13,0,32,6,32,6,40,2,0,65,127,106,34,10,54,2,0,32,10,13,0,6,64,32,0,40,2,0,16,44,25,32,1,36,0,2,64,32,2,32,7,70,13,0,3,64,2,64,32,9,32,2,65,2,116,106,34,4,40,2,0,34,0,69,13,0,32,0,32,0,40,2,0,65,127,106,34,6,54,2,0,32,6,13,0,65,1,33,6,6,64,32,4,40,2,0,16,44,24,14,11,32,2,65,1,106,34,2,32,7,71,13,0,11,11,65,1,33,6,6,64,9,1,24,11,11,11,32,0,65,4,106,33,0,32,8,32,2,65,1,106,34,2,71,13,0,12,4,11,11,6,64,65,4,65,4,16,47,24,9,0,11,6,64,65,1,65,128,128,4,32,0,65,16,116,34,0,65,128,128,252,255,7,75,34,2,27,65,1,32,0,32,2,27,16,47,24,8,0,11,32,0,33,6,2,64,32,2,32,0,107,34,10,65,0,40,2,240,140,4,32,0,107,77,13,0,65,1,33,6,6,64,65,240,140,4,32,0,32,10,65,4,65,4,16,52,24,6,65,0,40,2,248,140,4,33,6,11,65,0,40,2,244,140,4,34,8,32,6,65,2,116,106,33,2,2,64,2,64,32,10,65,2,79,13,0,32,6,33,0,12,1,11,2,64,32,4,32,0,107,34,7,65,2,116,34,0,69,13,0,32,2,65,0,32,0,252,11,0,11,32,10,32,6,106,65,127,106,33,0,32,8,32,6,32,7,106,65,2,116,106,33,2,11,32,2,65,0,54,2,0,65,0,32,0,65,1,106,54,2,248,140,4,11,65,0,40,2,248,140,4,33,0,11,32,4,32,0,73,34,10,13,1,32,4,32,0,65,248,131,4,16,53,11,0,11,65,0,40,2,244,140,4,32,4,65,2,116,106,34,2,40,2,0,34,0,69,13,2,32,0,32,0,40,2,0,65,127,106,34,6,54,2,0,32,6,13,2,6,64,32,2,40,2,0,16,44,25,32,1,36,0,32,2,32,5,54,2,0,9,0,11,25,32,1,36,0,2,64,32,10,69,13,0,65,0,33,6,9,1,11,32,5,32,5,40,2,0,65,127,106,34,0,54,2,0,2,64,32,0,13,0,6,64,32,5,16,44,24,4,11,65,0,33,6,9,0,11,25,32,1,36,0,65,0,65,0,40,2,236,140,4,65,1,106,54,2,236,140,4,9,0,11,25,32,1,36,0,2,64,32,6,69,13,0,32,5,32,5,40,2,0,65,127,106,34,0,54,2,0,32,0,13,0,32,5,16,44,11,9,0,11,32,2,32,5,54,2,0,65,0,65,0,40,2,236,140,4,65,1,106,54,2,236,140,4,32,4,32,3,16,3,11,130,1,1,1,126,35,0,26,2,64,2,64,32,1,41,3,0,66,205,158,233,130,160,170,213,169,212,0,82,13,0,32,1,40,2,24,65,167,137,4,71,13,1,32,1,41,2,28,33,2,32,1,65,40,65,8,16,7,65,0,65,0,40,2,204,143,4,65,127,106,54,2,204,143,4,65,0,65,0,40,2,180,143,4,65,127,106,54,2,180,143,4,65,0,65,0,58,0,184,143,4,32,0,32,2,55,3,0,15,11,32,1,40,2,8,34,0,69,13,0,65,1,32,1,32,0,17,1,0,11,0,11,107,1,1,127,35,0,65,16,107,34,2,36,0,6,64,32,2,32,0,32,1,40,2,12,17,1,0,25,32,2,36,0,32,0,32,1,16,13,9,0,11,2,64,32,2,41,3,0,66,216,254,238,187,182,147,140,145,90,133,32,2,41,3,8,66,209,230,190,167,235,200,188,168,67,133,132,80,69,13,0,32,0,40,2,0,33,1,32,0,65,4,65,4,16,7,32,2,65,16,106,36,0,32,1,15,11,0,11,25,0,2,64,32,1,45,0,12,13,0,65,7,65,5,65,0,40,2,156,143,4,16,0,11,11,12,0,35,0,26,32,0,40,2,0,16,27,11,28,0,35,0,26,2,64,32,1,45,0,12,13,0,65,7,65,5,65,0,40,2,156,143,4,16,0,11,11,171,10,2,15,127,1,126,35,0,65,192,0,107,34,3,36,0,2,64,2,64,32,2,65,192,0,75,13,0,2,64,2,64,32,1,40,2,8,34,4,65,125,75,13,0,32,4,65,2,106,34,5,32,1,40,2,4,77,13,1,11,32,0,65,128,128,128,128,120,54,2,0,12,2,11,32,1,32,5,54,2,8,32,1,40,2,0,32,4,106,47,0,0,33,4,32,3,66,128,128,128,128,192,0,55,2,4,32,2,65,1,106,33,6,65,0,33,5,65,4,33,7,32,4,65,255,255,3,113,33,8,65,0,33,2,3,64,32,3,32,2,54,2,12,2,64,2,64,6,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,32,5,65,255,255,3,113,32,8,79,13,0,32,1,40,2,8,34,4,32,1,40,2,4,34,9,79,13,14,32,1,32,4,65,1,106,34,10,54,2,8,65,136,128,128,128,120,33,11,65,0,33,12,65,0,33,13,65,0,33,14,2,64,2,64,2,64,2,64,2,64,2,64,32,1,40,2,0,34,15,32,4,106,45,0,0,14,13,0,1,2,3,4,5,7,14,17,13,12,11,10,20,11,32,4,65,122,75,13,19,32,4,65,5,106,34,11,32,9,75,13,19,32,1,32,11,54,2,8,32,11,32,9,79,13,19,32,15,32,10,106,40,0,0,33,16,32,1,32,4,65,6,106,34,13,54,2,8,32,15,32,11,106,45,0,0,34,17,14,2,8,7,19,11,32,3,65,52,106,32,1,32,6,16,39,32,3,40,2,52,34,17,65,128,128,128,128,120,70,13,18,32,3,40,2,56,34,14,65,128,126,113,33,12,32,17,65,128,126,113,33,13,32,3,40,2,60,33,16,65,129,128,128,128,120,33,11,12,15,11,32,4,65,122,75,13,17,32,4,65,5,106,34,4,32,9,75,13,17,32,1,32,4,54,2,8,32,15,32,10,106,40,0,0,34,17,65,128,126,113,33,13,65,130,128,128,128,120,33,11,12,12,11,32,4,65,122,75,13,16,32,4,65,5,106,34,4,32,9,75,13,16,32,1,32,4,54,2,8,32,15,32,10,106,40,0,0,34,17,65,128,126,113,33,13,65,131,128,128,128,120,33,11,12,11,11,32,4,65,122,75,13,15,32,4,65,5,106,34,4,32,9,75,13,15,32,1,32,4,54,2,8,32,15,32,10,106,40,0,0,34,17,65,128,126,113,33,13,65,132,128,128,128,120,33,11,12,10,11,32,3,65,52,106,32,1,32,6,16,39,32,3,40,2,52,34,11,65,128,128,128,128,120,70,13,14,32,3,32,3,41,2,56,34,18,55,2,44,32,3,32,11,54,2,40,6,64,32,3,65,52,106,32,1,32,6,16,39,12,13,25,32,3,36,0,32,3,65,40,106,16,10,9,0,11,11,32,0,32,3,40,2,12,54,2,8,32,0,32,3,41,2,4,55,2,0,12,18,11,32,10,32,9,79,13,12,32,1,32,4,65,2,106,54,2,8,32,15,32,10,106,45,0,0,34,17,65,5,79,13,12,65,134,128,128,128,120,33,11,65,0,33,13,12,7,11,32,4,65,117,75,13,11,32,4,65,10,106,34,4,32,9,75,13,11,32,1,32,4,54,2,8,32,15,32,13,106,40,0,0,33,14,11,32,14,65,128,126,113,33,12,65,128,128,128,128,120,33,11,65,0,33,13,12,7,11,32,4,65,122,75,13,9,32,4,65,5,106,34,11,32,9,75,13,9,32,1,32,11,54,2,8,32,11,32,9,79,13,9,32,15,32,10,106,40,0,0,33,17,32,1,32,4,65,6,106,54,2,8,2,64,2,64,32,15,32,11,106,45,0,0,34,14,14,2,1,0,11,11,65,1,33,14,11,32,17,65,128,126,113,33,13,65,140,128,128,128,120,33,11,12,5,11,65,139,128,128,128,120,33,11,65,0,33,13,12,3,11,32,4,65,122,75,13,7,32,4,65,5,106,34,4,32,9,75,13,7,32,1,32,4,54,2,8,32,15,32,10,106,40,0,0,34,17,65,128,126,113,33,13,65,138,128,128,128,120,33,11,12,2,11,32,4,65,122,75,13,6,32,4,65,5,106,34,4,32,9,75,13,6,32,1,32,4,54,2,8,32,15,32,10,106,40,0,0,34,17,65,128,126,113,33,13,65,137,128,128,128,120,33,11,12,1,11,32,4,65,122,75,13,5,32,4,65,5,106,34,4,32,9,75,13,5,32,1,32,4,54,2,8,32,15,32,10,106,40,0,0,34,17,65,128,126,113,33,13,65,135,128,128,128,120,33,11,11,65,0,33,14,11,11,32,14,65,255,1,113,32,12,114,33,4,32,13,32,17,65,255,1,113,114,33,17,12,1,11,2,64,32,3,40,2,52,34,16,65,128,128,128,128,120,71,13,0,32,3,65,40,106,16,10,12,2,11,32,18,66,32,136,167,33,4,32,18,167,33,17,32,3,41,2,56,33,18,11,32,3,32,18,55,2,32,32,3,32,16,54,2,28,32,3,32,4,54,2,24,32,3,32,17,54,2,20,32,3,32,11,54,2,16,32,2,32,3,40,2,4,71,13,2,6,64,32,3,65,4,106,16,40,12,2,25,32,3,36,0,32,3,65,16,106,16,12,9,0,11,25,32,3,36,0,32,3,65,4,106,16,10,9,0,11,32,0,65,128,128,128,128,120,54,2,0,32,3,65,4,106,16,10,12,4,11,32,3,40,2,8,33,7,11,32,5,65,1,106,33,5,32,7,32,2,65,24,108,106,34,4,32,3,41,2,32,55,2,16,32,4,32,3,41,2,24,55,2,8,32,4,32,3,41,2,16,55,2,0,32,2,65,1,106,33,2,12,0,11,11,32,0,65,128,128,128,128,120,54,2,0,11,32,3,65,192,0,106,36,0,11,69,1,1,127,35,0,65,16,107,34,1,36,0,32,1,65,8,106,32,0,32,0,40,2,0,65,1,65,4,65,24,16,42,2,64,32,1,40,2,8,34,0,65,129,128,128,128,120,70,13,0,32,0,32,1,40,2,12,16,43,0,11,32,1,65,16,106,36,0,11,69,1,1,127,35,0,65,16,107,34,1,36,0,32,1,65,8,106,32,0,32,0,40,2,0,65,1,65,4,65,12,16,42,2,64,32,1,40,2,8,34,0,65,129,128,128,128,120,70,13,0,32,0,32,1,40,2,12,16,43,0,11,32,1,65,16,106,36,0,11,162,1,1,2,127,35,0,65,16,107,34,6,36,0,65,0,33,7,2,64,32,3,32,2,106,34,2,32,3,73,13,0,32,6,65,4,106,32,1,40,2,0,34,3,32,1,40,2,4,32,2,32,3,65,1,116,34,3,32,2,32,3,75,27,34,3,65,8,65,4,32,5,65,1,70,27,34,2,32,3,32,2,75,27,34,3,32,4,32,5,16,81,32,6,40,2,8,33,7,2,64,32,6,40,2,4,69,13,0,32,6,40,2,12,33,2,12,1,11,32,1,32,3,54,2,0,32,1,32,7,54,2,4,65,129,128,128,128,120,33,7,11,32,0,32,2,54,2,4,32,0,32,7,54,2,0,32,6,65,16,106,36,0,11,20,0,2,64,32,0,69,13,0,32,0,32,1,16,47,0,11,16,82,0,11,74,1,1,127,35,0,33,1,6,64,32,0,40,2,8,32,0,65,12,106,40,2,0,16,6,25,32,1,36,0,32,0,16,8,9,0,11,2,64,32,0,65,127,70,13,0,32,0,32,0,40,2,4,65,127,106,34,1,54,2,4,32,1,13,0,32,0,65,20,65,4,16,7,11,11,27,1,1,127,35,0,33,2,6,64,32,0,32,1,17,0,0,25,32,2,36,0,16,17,9,0,11,11,240,19,2,8,127,1,126,35,0,26,2,64,2,64,2,64,2,64,2,64,2,64,2,64,32,0,65,245,1,73,13,0,32,0,65,205,255,123,79,13,6,32,0,65,11,106,34,1,65,120,113,33,2,65,0,40,2,236,146,4,34,3,69,13,4,65,31,33,4,2,64,32,0,65,244,255,255,7,75,13,0,32,2,65,38,32,1,65,8,118,103,34,0,107,118,65,1,113,32,0,65,1,116,114,65,62,115,33,4,11,65,0,32,2,107,33,1,32,4,65,2,116,65,208,143,4,106,40,2,0,34,0,69,13,1,65,0,33,5,32,2,65,0,65,25,32,4,65,1,118,107,65,31,113,32,4,65,31,70,27,116,33,6,65,0,33,7,3,64,2,64,32,0,34,0,40,2,4,65,120,113,34,8,32,2,73,13,0,32,8,32,2,107,34,8,32,1,79,13,0,32,0,33,5,32,8,33,1,32,8,13,0,65,0,33,1,32,0,33,5,12,4,11,32,7,32,0,40,2,20,34,8,32,8,32,0,32,6,65,29,118,65,4,113,106,40,2,16,34,0,70,27,32,7,32,8,27,33,7,32,6,65,1,116,33,6,32,0,13,0,11,2,64,32,7,69,13,0,32,7,33,0,12,3,11,32,5,69,13,1,12,3,11,2,64,65,0,40,2,232,146,4,34,5,65,16,32,0,65,11,106,65,248,3,113,32,0,65,11,73,27,34,2,65,3,118,34,1,118,34,0,65,3,113,69,13,0,2,64,2,64,32,0,65,127,115,65,1,113,32,1,106,34,8,65,3,116,34,0,65,224,144,4,106,34,1,32,0,65,232,144,4,106,40,2,0,34,2,65,8,106,34,6,40,2,0,34,7,70,13,0,32,7,32,1,54,2,12,32,1,32,7,54,2,8,12,1,11,65,0,32,5,65,126,32,8,119,113,54,2,232,146,4,11,32,2,32,0,65,3,114,54,2,4,32,2,32,0,106,34,0,32,0,40,2,4,65,1,114,54,2,4,32,6,15,11,32,2,65,0,40,2,240,146,4,77,13,3,2,64,2,64,32,0,13,0,65,0,40,2,236,146,4,34,0,69,13,5,32,0,104,65,2,116,65,208,143,4,106,40,2,0,34,7,40,2,4,65,120,113,32,2,107,33,1,32,7,33,5,3,64,2,64,32,7,40,2,16,34,0,13,0,32,7,40,2,20,34,0,69,13,3,11,32,0,40,2,4,65,120,113,32,2,107,34,7,32,1,32,7,32,1,73,34,7,27,33,1,32,0,32,5,32,7,27,33,5,32,0,33,7,12,0,11,11,2,64,2,64,65,2,32,1,116,34,7,65,0,32,7,107,114,32,0,32,1,116,113,104,34,4,65,3,116,34,0,65,224,144,4,106,34,7,32,0,65,232,144,4,106,40,2,0,34,1,65,8,106,34,8,40,2,0,34,6,70,13,0,32,6,32,7,54,2,12,32,7,32,6,54,2,8,12,1,11,65,0,32,5,65,126,32,4,119,113,54,2,232,146,4,11,32,1,32,2,65,3,114,54,2,4,32,1,32,2,106,34,7,32,0,32,2,107,34,2,65,1,114,54,2,4,32,1,32,0,106,32,2,54,2,0,32,7,32,2,16,114,32,8,15,11,32,5,16,115,2,64,2,64,32,1,65,16,73,13,0,32,5,32,2,65,3,114,54,2,4,32,5,32,2,106,34,0,32,1,65,1,114,54,2,4,32,0,32,1,106,32,1,54,2,0,32,0,32,1,16,114,12,1,11,32,5,32,1,32,2,106,34,0,65,3,114,54,2,4,32,5,32,0,106,34,0,32,0,40,2,4,65,1,114,54,2,4,11,32,5,65,8,106,34,0,69,13,3,12,4,11,65,0,33,5,32,3,65,2,32,4,116,34,0,65,0,32,0,107,114,113,34,0,69,13,2,32,0,104,65,2,116,65,208,143,4,106,40,2,0,34,0,69,13,2,11,3,64,32,0,40,2,4,65,120,113,34,7,32,2,107,34,6,32,1,32,6,32,1,73,34,8,27,33,4,32,7,32,2,73,33,6,32,0,32,5,32,8,27,33,8,2,64,32,0,40,2,16,34,7,13,0,32,0,40,2,20,33,7,11,32,1,32,4,32,6,27,33,1,32,5,32,8,32,6,27,33,5,32,7,33,0,32,7,13,0,11,32,5,69,13,1,11,2,64,65,0,40,2,240,146,4,34,0,32,2,73,13,0,32,1,32,0,32,2,107,79,13,1,11,32,5,16,115,2,64,2,64,32,1,65,16,73,13,0,32,5,32,2,65,3,114,54,2,4,32,5,32,2,106,34,0,32,1,65,1,114,54,2,4,32,0,32,1,106,32,1,54,2,0,32,0,32,1,16,116,12,1,11,32,5,32,1,32,2,106,34,0,65,3,114,54,2,4,32,5,32,0,106,34,0,32,0,40,2,4,65,1,114,54,2,4,11,32,5,65,8,106,34,0,13,1,11,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,2,64,65,0,40,2,240,146,4,34,0,32,2,79,13,0,2,64,65,0,40,2,244,146,4,34,0,32,2,75,13,0,32,2,65,175,128,4,106,34,7,65,16,118,64,0,34,1,65,127,70,13,11,65,0,33,0,32,1,65,16,116,34,5,69,13,10,65,0,65,0,40,2,128,147,4,32,7,65,128,128,124,113,34,0,65,112,106,32,0,32,5,65,0,32,0,107,70,27,34,8,106,34,0,54,2,128,147,4,65,0,32,0,65,0,40,2,132,147,4,34,1,32,0,32,1,75,27,54,2,132,147,4,2,64,2,64,2,64,2,64,65,0,40,2,252,146,4,34,1,69,13,0,65,208,144,4,33,0,3,64,32,0,40,2,0,34,7,32,0,65,4,106,40,2,0,34,6,106,32,5,70,13,2,32,0,40,2,8,34,0,13,0,12,3,11,11,65,0,40,2,140,147,4,34,0,69,13,2,32,0,32,5,75,13,2,12,11,11,32,0,40,2,12,13,0,32,7,32,1,75,13,0,32,1,32,5,73,13,4,11,65,0,65,0,40,2,140,147,4,34,0,32,5,32,0,32,5,73,27,54,2,140,147,4,32,5,32,8,106,33,7,65,208,144,4,33,0,2,64,2,64,2,64,2,64,3,64,32,0,40,2,0,34,6,32,7,70,13,1,32,0,40,2,8,34,0,13,0,12,2,11,11,32,0,40,2,12,69,13,1,11,65,208,144,4,33,0,3,64,2,64,32,0,40,2,0,34,7,32,1,75,13,0,32,1,32,7,32,0,65,4,106,40,2,0,106,34,7,73,13,3,11,32,0,40,2,8,33,0,12,0,11,11,32,0,32,5,54,2,0,32,0,32,0,40,2,4,32,8,106,54,2,4,32,5,32,2,65,3,114,54,2,4,32,6,65,15,106,65,120,113,65,120,106,34,0,32,5,32,2,106,34,2,107,33,1,32,0,65,0,40,2,252,146,4,70,13,5,32,0,65,0,40,2,248,146,4,70,13,6,2,64,32,0,40,2,4,34,7,65,3,113,65,1,71,13,0,32,0,32,7,65,120,113,34,7,16,77,32,7,32,1,106,33,1,32,0,32,7,106,34,0,40,2,4,33,7,11,32,0,32,7,65,126,113,54,2,4,32,2,32,1,65,1,114,54,2,4,32,2,32,1,106,32,1,54,2,0,32,2,32,1,16,116,12,9,11,65,0,32,5,54,2,252,146,4,65,0,32,8,65,88,106,34,0,54,2,244,146,4,32,5,32,0,65,1,114,54,2,4,32,5,32,0,106,65,40,54,2,4,65,0,65,128,128,128,1,54,2,136,147,4,32,1,32,7,65,96,106,65,120,113,65,120,106,34,0,32,0,32,1,65,16,106,73,27,34,6,65,27,54,2,4,65,0,41,2,208,144,4,33,9,32,6,65,16,106,65,0,41,2,216,144,4,55,2,0,32,6,65,8,106,34,0,32,9,55,2,0,65,0,32,8,54,2,212,144,4,65,0,32,5,54,2,208,144,4,65,0,32,0,54,2,216,144,4,65,0,65,0,54,2,220,144,4,32,6,65,28,106,33,0,3,64,32,0,65,7,54,2,0,32,0,65,4,106,34,0,32,7,73,13,0,11,32,6,32,1,70,13,10,32,6,32,6,40,2,4,65,126,113,54,2,4,32,1,32,6,32,1,107,34,0,65,1,114,54,2,4,32,6,32,0,54,2,0,32,1,32,0,16,116,12,10,11,65,0,32,5,54,2,140,147,4,12,8,11,65,0,32,0,32,2,107,34,1,54,2,244,146,4,65,0,65,0,40,2,252,146,4,34,0,32,2,106,34,7,54,2,252,146,4,32,7,32,1,65,1,114,54,2,4,32,0,32,2,65,3,114,54,2,4,32,0,65,8,106,33,0,12,9,11,65,0,40,2,248,146,4,33,1,32,0,32,2,107,34,7,65,16,73,13,3,65,0,32,7,54,2,240,146,4,65,0,32,1,32,2,106,34,5,54,2,248,146,4,32,5,32,7,65,1,114,54,2,4,32,1,32,0,106,32,7,54,2,0,32,1,32,2,65,3,114,54,2,4,12,4,11,32,0,65,4,106,32,6,32,8,106,54,2,0,65,0,65,0,40,2,252,146,4,34,0,65,15,106,65,120,113,34,1,65,120,106,34,7,54,2,252,146,4,65,0,32,0,32,1,107,65,0,40,2,244,146,4,32,8,106,34,1,106,65,8,106,34,5,54,2,244,146,4,32,7,32,5,65,1,114,54,2,4,32,0,32,1,106,65,40,54,2,4,65,0,65,128,128,128,1,54,2,136,147,4,12,6,11,65,0,32,2,54,2,252,146,4,65,0,65,0,40,2,244,146,4,32,1,106,34,0,54,2,244,146,4,32,2,32,0,65,1,114,54,2,4,12,3,11,65,0,32,2,54,2,248,146,4,65,0,65,0,40,2,240,146,4,32,1,106,34,0,54,2,240,146,4,32,2,32,0,65,1,114,54,2,4,32,2,32,0,106,32,0,54,2,0,12,2,11,65,0,65,0,54,2,248,146,4,65,0,65,0,54,2,240,146,4,32,1,32,0,65,3,114,54,2,4,32,1,32,0,106,34,0,32,0,40,2,4,65,1,114,54,2,4,11,32,1,65,8,106,15,11,32,5,65,8,106,15,11,65,0,33,0,65,0,65,255,31,54,2,144,147,4,65,0,32,8,54,2,212,144,4,65,0,32,5,54,2,208,144,4,65,0,65,0,54,2,220,144,4,3,64,32,0,65,232,144,4,106,32,0,65,224,144,4,106,34,1,54,2,0,32,0,65,236,144,4,106,32,1,54,2,0,32,0,65,8,106,34,0,65,128,2,71,13,0,11,65,0,32,5,54,2,252,146,4,65,0,32,8,65,88,106,34,0,54,2,244,146,4,32,5,32,0,65,1,114,54,2,4,32,5,32,0,106,65,40,54,2,4,65,0,65,128,128,128,1,54,2,136,147,4,11,65,0,33,0,65,0,40,2,244,146,4,34,1,32,2,77,13,0,65,0,32,1,32,2,107,34,1,54,2,244,146,4,65,0,65,0,40,2,252,146,4,34,0,32,2,106,34,7,54,2,252,146,4,32,7,32,1,65,1,114,54,2,4,32,0,32,2,65,3,114,54,2,4,32,0,65,8,106,15,11,32,0,15,11,65,0,11,9,0,32,0,32,1,16,79,0,11,199,2,2,6,127,1,126,35,0,65,32,107,34,2,36,0,2,64,2,64,32,1,69,13,0,32,1,65,24,108,33,3,32,1,65,127,106,33,4,65,0,33,5,2,64,3,64,2,64,2,64,2,64,2,64,2,64,32,0,32,5,106,34,1,40,2,0,34,6,65,128,128,128,128,120,115,65,5,32,6,65,0,72,27,34,6,14,6,6,3,1,1,1,2,0,11,32,6,65,11,70,13,7,11,32,1,16,33,12,2,11,6,64,32,1,65,4,106,40,2,0,32,1,65,8,106,40,2,0,16,48,12,2,7,2,33,6,32,2,36,0,32,2,65,8,106,32,6,16,34,32,2,40,2,12,33,6,32,2,40,2,8,33,7,65,5,32,7,32,6,16,35,65,0,40,2,156,143,4,16,0,32,1,65,16,106,40,2,0,32,1,65,20,106,40,2,0,16,48,12,2,11,11,32,1,65,8,106,40,2,0,32,1,65,12,106,40,2,0,16,48,11,32,4,65,127,106,33,4,32,3,32,5,65,24,106,34,5,71,13,0,12,2,11,11,32,1,41,2,4,33,8,65,2,32,1,40,2,12,34,5,65,0,40,2,156,143,4,16,0,32,2,32,8,55,2,20,32,2,32,5,54,2,28,6,64,32,1,65,24,106,32,4,16,48,25,32,2,36,0,32,2,65,20,106,16,16,9,0,11,32,2,65,20,106,16,16,11,32,2,65,32,106,36,0,15,11,0,11,189,1,1,1,127,35,0,65,16,107,34,1,36,0,2,64,2,64,2,64,2,64,2,64,2,64,32,0,65,255,1,113,34,0,65,1,70,13,0,65,7,32,0,65,0,40,2,156,143,4,16,0,32,0,14,5,3,3,1,2,4,3,11,65,128,128,128,32,16,46,34,0,13,4,65,1,65,128,128,128,32,16,43,0,11,32,1,65,0,16,50,54,2,0,32,1,33,1,0,11,65,0,65,0,40,2,140,141,4,65,0,40,2,152,143,4,109,54,2,148,143,4,11,0,11,65,0,65,0,40,2,240,255,255,255,15,54,2,148,143,4,0,11,32,1,65,0,54,2,8,32,1,32,0,54,2,4,32,1,65,128,128,128,32,54,2,0,32,1,32,1,54,2,12,32,1,65,12,106,33,0,32,1,65,1,65,1,16,11,0,11,215,7,1,64,127,35,0,26,65,0,40,2,144,141,4,33,1,65,0,40,2,148,141,4,33,2,65,0,40,2,152,141,4,33,3,65,0,40,2,156,141,4,33,4,65,0,40,2,160,141,4,33,5,65,0,40,2,164,141,4,33,6,65,0,40,2,168,141,4,33,7,65,0,40,2,172,141,4,33,8,65,0,40,2,176,141,4,33,9,65,0,40,2,180,141,4,33,10,65,0,40,2,184,141,4,33,11,65,0,40,2,188,141,4,33,12,65,0,40,2,192,141,4,33,13,65,0,40,2,196,141,4,33,14,65,0,40,2,200,141,4,33,15,65,0,40,2,204,141,4,33,16,65,0,40,2,208,141,4,33,17,65,0,40,2,212,141,4,33,18,65,0,40,2,216,141,4,33,19,65,0,40,2,220,141,4,33,20,65,0,40,2,224,141,4,33,21,65,0,40,2,228,141,4,33,22,65,0,40,2,232,141,4,33,23,65,0,40,2,236,141,4,33,24,65,0,40,2,240,141,4,33,25,65,0,40,2,244,141,4,33,26,65,0,40,2,248,141,4,33,27,65,0,40,2,252,141,4,33,28,65,0,40,2,128,142,4,33,29,65,0,40,2,132,142,4,33,30,65,0,40,2,136,142,4,33,31,65,0,40,2,140,142,4,33,32,65,0,40,2,144,142,4,33,33,65,0,40,2,148,142,4,33,34,65,0,40,2,152,142,4,33,35,65,0,40,2,156,142,4,33,36,65,0,40,2,160,142,4,33,37,65,0,40,2,164,142,4,33,38,65,0,40,2,168,142,4,33,39,65,0,40,2,172,142,4,33,40,65,0,40,2,176,142,4,33,41,65,0,40,2,180,142,4,33,42,65,0,40,2,184,142,4,33,43,65,0,40,2,188,142,4,33,44,65,0,40,2,192,142,4,33,45,65,0,40,2,196,142,4,33,46,65,0,40,2,200,142,4,33,47,65,0,40,2,204,142,4,33,48,65,0,40,2,208,142,4,33,49,65,0,40,2,212,142,4,33,50,65,0,40,2,216,142,4,33,51,65,0,40,2,220,142,4,33,52,65,0,40,2,224,142,4,33,53,65,0,40,2,228,142,4,33,54,65,0,40,2,232,142,4,33,55,65,0,40,2,236,142,4,33,56,65,0,40,2,240,142,4,33,57,65,0,40,2,244,142,4,33,58,65,0,40,2,248,142,4,33,59,65,0,40,2,252,142,4,33,60,65,0,40,2,128,143,4,33,61,65,0,40,2,132,143,4,33,62,65,0,40,2,136,143,4,33,63,65,0,40,2,140,143,4,34,64,32,63,32,62,32,61,32,60,32,59,32,58,32,57,32,56,32,55,32,54,32,53,32,52,32,51,32,50,32,49,32,48,32,47,32,46,32,45,32,44,32,43,32,42,32,41,32,40,32,39,32,38,32,37,32,36,32,35,32,34,32,33,32,32,32,31,32,30,32,29,32,28,32,27,32,26,32,25,32,24,32,23,32,22,32,21,32,20,32,19,32,18,32,17,32,16,32,15,32,14,32,13,32,12,32,11,32,10,32,9,32,8,32,7,32,6,32,5,32,4,32,3,32,2,32,1,32,0,65,1,106,65,0,40,2,128,128,4,17,3,0,32,0,106,32,1,119,115,32,2,119,115,32,3,119,115,32,4,119,115,32,5,119,115,32,6,119,115,32,7,119,115,32,8,119,115,32,9,119,115,32,10,119,115,32,11,119,115,32,12,119,115,32,13,119,115,32,14,119,115,32,15,119,115,32,16,119,115,32,17,119,115,32,18,119,115,32,19,119,115,32,20,119,115,32,21,119,115,32,22,119,115,32,23,119,115,32,24,119,115,32,25,119,115,32,26,119,115,32,27,119,115,32,28,119,115,32,29,119,115,32,30,119,115,32,31,119,115,32,32,119,115,32,33,119,115,32,34,119,115,32,35,119,115,32,36,119,115,32,37,119,115,32,38,119,115,32,39,119,115,32,40,119,115,32,41,119,115,32,42,119,115,32,43,119,115,32,44,119,115,32,45,119,115,32,46,119,115,32,47,119,115,32,48,119,115,32,49,119,115,32,50,119,115,32,51,119,115,32,52,119,115,32,53,119,115,32,54,119,115,32,55,119,115,32,56,119,115,32,57,119,115,32,58,119,115,32,59,119,115,32,60,119,115,32,61,119,115,32,62,119,115,32,63,119,115,32,64,119,115,11,7,0,32,0,16,98,0,11,66,1,1,127,35,0,65,16,107,34,5,36,0,32,5,65,8,106,32,0,32,1,32,2,32,3,32,4,16,42,2,64,32,5,40,2,8,34,4,65,129,128,128,128,120,70,13,0,32,4,32,5,40,2,12,16,43,0,11,32,5,65,16,106,36,0,11,75,1,1,127,35,0,65,32,107,34,3,36,0,32,3,32,1,54,2,12,32,3,32,0,54,2,8,32,3,65,1,54,2,28,32,3,65,1,54,2,20,32,3,32,3,65,8,106,54,2,24,32,3,32,3,65,12,106,54,2,16,65,176,128,4,32,3,65,16,106,32,2,16,74,0,11,210,1,1,4,127,35,0,26,2,64,32,1,69,13,0,32,1,65,24,108,33,3,32,2,65,255,255,3,113,33,4,65,0,33,1,2,64,3,64,2,64,2,64,2,64,2,64,2,64,32,0,32,1,106,34,5,40,2,0,34,6,65,128,128,128,128,120,115,65,5,32,6,65,0,72,27,34,6,65,127,106,14,5,0,4,3,4,1,2,11,32,5,65,8,106,40,2,0,32,5,65,12,106,40,2,0,32,2,16,54,13,3,12,5,11,2,64,32,5,65,4,106,40,2,0,32,5,65,8,106,40,2,0,32,2,16,54,69,13,0,32,5,65,16,106,40,2,0,32,5,65,20,106,40,2,0,32,2,16,54,13,3,11,65,0,15,11,32,6,65,12,71,13,1,11,32,5,65,4,106,40,2,0,32,4,79,13,2,11,32,3,32,1,65,24,106,34,1,70,13,2,12,0,11,11,65,0,15,11,65,1,11,26,0,32,0,65,0,41,2,140,128,4,55,2,8,32,0,65,0,41,2,132,128,4,55,2,0,11,36,0,2,64,32,1,40,2,0,65,1,71,13,0,32,0,65,224,133,4,54,2,4,32,0,32,1,65,4,106,54,2,0,15,11,0,11,82,1,1,127,35,0,26,32,1,40,2,0,33,2,32,1,65,0,54,2,0,2,64,2,64,32,2,65,1,71,13,0,32,1,40,2,4,33,2,65,4,16,46,34,1,69,13,1,32,1,32,2,54,2,0,32,0,65,224,133,4,54,2,4,32,0,32,1,54,2,0,15,11,0,11,65,4,65,4,16,47,0,11,39,0,2,64,32,0,40,2,0,65,1,71,13,0,32,1,40,2,0,65,252,139,4,65,12,32,1,40,2,4,40,2,12,17,4,0,15,11,0,11,9,0,32,0,65,0,54,2,0,11,18,0,35,0,26,65,7,65,1,65,0,40,2,156,143,4,16,0,11,18,0,32,0,65,0,54,2,4,32,0,65,232,132,4,54,2,0,11,2,0,11,194,1,1,4,127,35,0,65,32,107,34,1,36,0,32,1,65,20,106,32,0,65,1,65,1,65,1,16,64,32,1,40,2,24,33,2,2,64,2,64,32,1,40,2,20,65,1,71,13,0,6,64,32,2,32,1,40,2,28,16,43,12,2,25,32,1,36,0,16,65,0,11,11,32,1,32,1,40,2,28,34,3,54,2,12,32,1,32,2,54,2,8,32,1,32,0,54,2,16,2,64,2,64,32,2,32,0,75,13,0,32,3,33,4,12,1,11,2,64,32,0,13,0,65,1,33,4,32,3,32,2,65,1,16,7,12,1,11,32,3,32,2,65,1,32,0,16,66,34,4,13,0,6,64,65,1,32,0,16,43,12,2,25,32,1,36,0,32,1,65,8,106,65,1,65,1,16,11,16,65,0,11,11,32,1,65,32,106,36,0,32,4,15,11,0,11,193,1,2,1,126,1,127,35,0,26,2,64,2,64,2,64,32,4,173,32,1,173,126,34,5,66,32,136,167,13,0,32,5,167,34,4,65,128,128,128,128,120,32,3,107,77,13,1,11,32,0,65,0,54,2,4,65,1,33,1,12,1,11,2,64,32,4,13,0,32,0,32,3,54,2,8,65,0,33,1,32,0,65,0,54,2,4,12,1,11,32,4,16,46,33,6,2,64,2,64,2,64,32,2,13,0,32,6,13,1,12,2,11,32,6,69,13,1,32,6,65,124,106,45,0,0,65,3,113,69,13,0,32,4,69,13,0,32,6,65,0,32,4,252,11,0,11,32,0,32,6,54,2,8,32,0,32,1,54,2,4,65,0,33,1,12,1,11,32,0,32,4,54,2,8,32,0,32,3,54,2,4,65,1,33,1,11,32,0,32,1,54,2,0,11,5,0,16,104,0,11,209,8,1,9,127,35,0,33,4,2,64,6,64,32,0,65,124,106,34,5,40,2,0,32,1,16,75,2,64,2,64,32,2,65,9,73,13,0,65,0,33,6,32,3,65,205,255,123,32,2,65,16,32,2,65,16,75,27,34,2,107,79,13,3,32,2,65,16,32,3,65,11,106,65,120,113,32,3,65,11,73,27,34,7,106,65,12,106,16,46,34,8,69,13,3,32,8,65,120,106,33,9,2,64,32,2,65,127,106,34,10,32,8,113,13,0,32,9,33,2,12,2,11,32,8,65,124,106,34,11,40,2,0,34,12,65,120,113,32,10,32,8,106,65,0,32,2,107,113,65,120,106,34,8,65,0,32,2,32,8,32,9,107,65,16,75,27,106,34,2,32,9,107,34,8,107,33,10,2,64,32,12,65,3,113,69,13,0,32,2,32,10,32,2,40,2,4,65,1,113,114,65,2,114,54,2,4,32,2,32,10,106,34,10,32,10,40,2,4,65,1,114,54,2,4,32,11,32,8,32,11,40,2,0,65,1,113,114,65,2,114,54,2,0,32,9,32,8,106,34,10,32,10,40,2,4,65,1,114,54,2,4,32,9,32,8,16,76,12,2,11,32,9,40,2,0,33,9,32,2,32,10,54,2,4,32,2,32,9,32,8,106,54,2,0,12,1,11,65,0,33,6,32,3,65,204,255,123,75,13,2,65,16,32,3,65,11,106,65,120,113,32,3,65,11,73,27,33,2,32,0,65,120,106,33,4,32,5,40,2,0,34,8,65,120,113,33,1,2,64,2,64,2,64,2,64,2,64,2,64,2,64,32,8,65,3,113,69,13,0,32,4,32,1,106,33,9,32,1,32,2,79,13,3,32,9,65,0,40,2,252,146,4,70,13,4,32,9,65,0,40,2,248,146,4,70,13,2,32,9,40,2,4,34,8,65,2,113,13,6,32,8,65,120,113,34,8,32,1,106,34,1,32,2,73,13,6,32,9,32,8,16,77,32,1,32,2,107,34,8,65,16,73,13,1,32,5,32,2,32,5,40,2,0,65,1,113,114,65,2,114,54,2,0,32,4,32,2,106,34,2,32,8,65,3,114,54,2,4,32,4,32,1,106,34,1,32,1,40,2,4,65,1,114,54,2,4,32,2,32,8,16,76,12,5,11,32,2,65,128,2,73,13,5,32,1,32,2,77,13,5,32,1,32,2,107,65,128,128,8,75,13,5,12,4,11,32,5,32,1,32,5,40,2,0,65,1,113,114,65,2,114,54,2,0,32,4,32,1,106,34,2,32,2,40,2,4,65,1,114,54,2,4,12,3,11,65,0,40,2,240,146,4,32,1,106,34,1,32,2,73,13,3,2,64,2,64,32,1,32,2,107,34,9,65,15,75,13,0,32,5,32,1,32,8,65,1,113,114,65,2,114,54,2,0,32,4,32,1,106,34,2,32,2,40,2,4,65,1,114,54,2,4,65,0,33,9,65,0,33,2,12,1,11,32,5,32,2,32,8,65,1,113,114,65,2,114,54,2,0,32,4,32,2,106,34,2,32,9,65,1,114,54,2,4,32,4,32,1,106,34,1,32,9,54,2,0,32,1,32,1,40,2,4,65,126,113,54,2,4,11,65,0,32,2,54,2,248,146,4,65,0,32,9,54,2,240,146,4,12,2,11,32,1,32,2,107,34,1,65,16,73,13,1,32,5,32,2,32,8,65,1,113,114,65,2,114,54,2,0,32,4,32,2,106,34,2,32,1,65,3,114,54,2,4,32,9,32,9,40,2,4,65,1,114,54,2,4,32,2,32,1,16,76,12,1,11,65,0,40,2,244,146,4,32,1,106,34,1,32,2,77,13,1,32,5,32,2,32,8,65,1,113,114,65,2,114,54,2,0,32,4,32,2,106,34,8,32,1,32,2,107,34,2,65,1,114,54,2,4,65,0,32,2,54,2,244,146,4,65,0,32,8,54,2,252,146,4,11,32,4,69,13,0,32,0,15,11,32,3,16,46,34,2,69,13,2,32,3,65,124,65,120,32,5,40,2,0,34,1,65,3,113,27,32,1,65,120,113,106,34,1,32,3,32,1,73,27,34,3,69,13,1,32,2,32,0,32,3,252,10,0,0,12,1,11,2,64,32,2,40,2,4,34,8,65,3,113,69,13,0,32,8,65,120,113,34,9,32,7,65,16,106,77,13,0,32,2,32,7,32,8,65,1,113,114,65,2,114,54,2,4,32,2,32,7,106,34,8,32,9,32,7,107,34,7,65,3,114,54,2,4,32,2,32,9,106,34,9,32,9,40,2,4,65,1,114,54,2,4,32,8,32,7,16,76,11,32,2,65,8,106,34,2,69,13,1,2,64,32,3,32,1,32,3,32,1,73,27,34,3,69,13,0,32,2,32,0,32,3,252,10,0,0,11,32,5,40,2,0,32,1,16,75,12,0,25,32,4,36,0,16,65,0,11,32,0,16,78,32,2,33,6,11,32,6,11,215,6,2,7,127,1,126,35,0,65,32,107,34,1,36,0,2,64,2,64,2,64,6,64,2,64,32,0,65,0,72,13,0,32,0,16,27,12,3,11,32,0,65,127,115,33,2,2,64,2,64,2,64,2,64,32,0,65,1,113,13,0,65,0,40,2,168,143,4,34,0,69,13,5,32,2,65,1,118,65,255,1,113,34,3,32,0,40,2,8,79,13,5,32,0,40,2,4,32,3,65,12,108,106,34,0,40,2,8,33,4,32,0,40,2,4,33,0,65,32,16,46,34,5,13,1,65,4,65,32,16,47,12,5,11,2,64,65,0,40,2,252,140,4,69,13,0,65,168,132,4,16,51,12,5,11,65,0,65,127,54,2,252,140,4,32,2,65,1,118,34,6,65,0,40,2,136,141,4,73,13,1,65,0,65,0,54,2,252,140,4,0,11,32,5,65,0,58,0,28,32,5,32,2,65,9,118,34,6,54,2,12,32,5,32,3,54,2,8,32,5,32,4,54,2,4,32,5,32,0,54,2,0,65,152,133,4,33,3,12,1,11,65,0,40,2,132,141,4,32,6,65,3,116,106,34,0,40,2,0,33,5,32,0,65,0,54,2,0,32,0,40,2,4,33,3,65,0,65,0,40,2,252,140,4,65,1,106,54,2,252,140,4,32,5,69,13,2,11,32,1,65,0,54,2,24,32,1,65,248,132,4,54,2,20,32,1,65,248,132,4,54,2,16,65,1,33,2,6,64,32,5,32,1,65,16,106,32,3,40,2,12,17,2,0,33,0,2,64,32,0,13,0,6,64,32,5,32,3,16,6,24,2,12,4,11,6,64,2,64,65,0,40,2,252,140,4,69,13,0,65,1,33,2,65,184,132,4,16,51,12,4,11,65,0,65,127,54,2,252,140,4,6,64,2,64,65,0,40,2,136,141,4,34,4,32,6,75,13,0,65,1,33,2,32,4,33,7,2,64,32,6,32,4,107,65,1,106,34,0,65,0,40,2,128,141,4,32,4,107,77,13,0,65,128,141,4,32,4,32,0,65,4,65,8,16,52,65,0,40,2,136,141,4,33,7,11,32,6,65,127,115,32,4,106,33,2,65,0,40,2,132,141,4,32,7,65,3,116,106,33,0,32,7,32,6,106,32,4,107,65,1,106,33,4,3,64,32,0,65,0,54,2,0,32,0,65,8,106,33,0,32,2,65,1,106,34,2,13,0,11,65,0,32,4,54,2,136,141,4,11,6,64,2,64,32,6,32,4,73,34,7,13,0,32,6,32,4,65,200,132,4,16,53,12,6,11,65,0,40,2,132,141,4,32,6,65,3,116,106,34,0,40,2,0,34,2,69,13,4,6,64,32,2,32,0,65,4,106,34,6,40,2,0,16,6,25,32,1,36,0,32,0,32,5,54,2,0,32,6,32,3,54,2,0,9,0,11,25,32,1,36,0,2,64,32,7,69,13,0,65,0,33,2,9,1,11,6,64,32,5,32,3,16,6,24,8,65,0,33,2,9,0,11,25,32,1,36,0,65,0,65,0,40,2,252,140,4,65,1,106,54,2,252,140,4,9,0,11,25,32,1,36,0,2,64,32,2,69,13,0,65,0,33,2,32,5,32,3,16,6,11,65,0,33,2,9,0,11,25,32,1,36,0,2,64,32,2,69,13,0,32,5,32,3,16,6,11,9,0,11,7,2,33,0,32,1,36,0,32,1,65,8,106,32,0,16,34,32,1,40,2,12,33,0,32,1,40,2,8,33,2,32,2,32,0,16,35,173,66,128,128,128,128,16,132,33,8,12,3,11,32,0,32,3,54,2,4,32,0,32,5,54,2,0,65,0,65,0,40,2,252,140,4,65,1,106,54,2,252,140,4,12,1,11,0,11,65,0,53,2,160,143,4,33,8,11,32,1,65,32,106,36,0,32,8,11,209,2,2,4,127,1,126,35,0,65,16,107,34,1,36,0,2,64,65,0,40,2,236,140,4,34,2,65,255,255,255,255,7,79,13,0,65,0,32,2,65,1,106,54,2,236,140,4,2,64,2,64,32,0,65,0,40,2,248,140,4,79,13,0,65,0,40,2,244,140,4,32,0,65,2,116,106,40,2,0,34,0,69,13,0,32,0,32,0,40,2,0,65,1,106,34,2,54,2,0,32,2,13,1,0,11,65,0,32,2,54,2,236,140,4,0,11,65,0,65,0,40,2,236,140,4,65,127,106,54,2,236,140,4,2,64,6,64,2,64,32,0,45,0,16,13,0,6,64,32,0,40,2,8,32,0,40,2,12,40,2,20,17,0,0,12,2,7,2,33,2,32,1,36,0,32,1,65,8,106,32,2,16,34,32,1,40,2,12,33,3,32,1,40,2,8,33,4,65,1,33,2,32,4,32,3,16,35,33,3,12,3,11,11,32,0,40,2,8,32,0,65,12,106,40,2,0,65,20,106,40,2,0,16,45,25,32,1,36,0,32,0,32,0,40,2,0,65,127,106,34,2,54,2,0,2,64,32,2,13,0,32,0,16,44,11,9,0,11,65,0,33,2,65,0,40,2,160,143,4,33,3,11,32,0,32,0,40,2,0,65,127,106,34,4,54,2,0,2,64,32,4,13,0,32,0,16,44,11,32,1,65,16,106,36,0,32,3,173,34,5,66,128,128,128,128,16,132,32,5,32,2,27,15,11,16,69,0,11,5,0,16,100,0,11,25,1,1,127,65,0,65,0,40,2,164,143,4,65,1,106,34,0,54,2,164,143,4,32,0,11,9,0,65,0,40,2,160,143,4,11,215,7,2,10,127,1,126,35,0,65,208,0,107,34,3,36,0,32,3,32,1,54,2,36,32,3,32,0,54,2,32,2,64,32,1,65,4,73,13,0,32,1,65,4,70,13,0,32,0,40,0,0,65,210,156,209,146,5,71,13,0,32,0,45,0,4,65,2,71,13,0,32,1,65,6,73,13,0,32,1,65,6,70,13,0,32,1,65,11,73,13,0,32,1,65,13,73,13,0,32,0,45,0,5,33,4,32,0,45,0,6,33,5,32,0,40,0,7,33,6,32,3,65,13,54,2,40,6,64,2,64,2,64,2,64,32,0,47,0,11,34,7,13,0,65,4,33,8,65,0,33,9,12,1,11,32,7,65,12,108,34,9,16,46,34,8,69,13,1,32,7,33,9,11,32,3,65,0,54,2,52,32,3,32,8,54,2,48,32,3,32,9,54,2,44,65,0,33,9,65,0,33,10,65,0,33,11,3,64,2,64,2,64,2,64,2,64,2,64,32,11,65,255,255,3,113,32,7,79,13,0,6,64,32,3,65,56,106,32,3,65,32,106,65,0,16,39,32,3,40,2,56,34,12,65,128,128,128,128,120,70,13,2,32,3,32,3,41,2,60,55,2,72,32,3,32,12,54,2,68,32,10,32,3,40,2,44,71,13,5,6,64,32,3,65,44,106,16,41,12,5,25,32,3,36,0,32,3,65,196,0,106,16,10,9,0,11,25,32,3,36,0,32,3,65,44,106,16,9,9,0,11,11,32,3,40,2,40,32,1,71,13,0,3,64,32,9,69,13,2,32,9,65,116,106,33,9,32,8,40,2,8,33,10,32,8,40,2,4,33,11,32,8,65,12,106,33,8,32,11,32,10,32,7,16,54,13,0,11,11,32,3,65,44,106,16,9,12,5,11,32,3,40,2,44,34,8,65,128,128,128,128,120,70,13,4,32,3,41,2,48,33,13,32,3,32,6,54,2,28,32,3,32,5,54,2,24,32,3,32,4,54,2,20,32,3,32,13,55,2,12,32,3,32,8,54,2,8,65,0,40,2,168,143,4,13,4,65,0,32,2,54,2,156,143,4,65,0,32,6,54,2,160,143,4,6,64,6,64,2,64,2,64,65,0,40,2,204,143,4,65,255,255,255,255,7,113,69,13,0,16,18,69,13,1,11,65,0,40,2,192,143,4,13,7,65,0,40,2,200,143,4,33,9,65,0,65,184,133,4,54,2,200,143,4,65,0,40,2,196,143,4,33,8,65,0,65,1,54,2,196,143,4,2,64,32,8,69,13,0,65,0,33,10,32,8,32,9,16,73,11,65,0,65,2,54,2,188,143,4,65,128,128,16,65,1,65,128,128,16,16,46,34,8,27,33,9,32,8,65,128,128,16,32,8,27,33,10,32,8,13,1,65,1,33,8,6,64,32,9,32,10,16,43,24,2,12,7,11,65,1,33,10,65,136,140,4,65,233,0,65,188,140,4,16,74,12,6,25,32,3,36,0,2,64,32,10,69,13,0,65,1,33,8,65,1,65,184,133,4,16,73,11,65,1,33,8,9,0,11,32,3,65,0,54,2,76,32,3,32,10,54,2,72,32,3,32,9,54,2,68,32,3,65,196,0,106,33,8,32,3,65,196,0,106,65,1,65,1,16,11,32,4,63,0,34,8,73,13,5,32,4,32,8,107,32,5,106,64,0,65,127,70,13,5,65,0,32,4,54,2,144,143,4,65,0,32,5,32,4,106,54,2,172,143,4,65,24,16,46,34,8,13,0,6,64,65,4,65,24,16,47,12,6,25,32,3,36,0,65,0,33,8,32,3,65,8,106,16,9,9,0,11,25,32,3,36,0,2,64,32,8,69,13,0,32,3,65,8,106,16,9,11,9,0,11,32,8,32,3,41,2,24,55,2,16,32,8,32,3,41,2,16,55,2,8,32,8,32,3,41,2,8,55,2,0,65,0,32,8,54,2,168,143,4,32,0,32,1,65,1,16,7,32,3,65,208,0,106,36,0,15,11,32,3,40,2,48,33,8,11,32,11,65,1,106,33,11,32,8,32,10,65,12,108,106,34,12,32,3,40,2,76,54,2,8,32,12,32,3,41,2,68,55,2,0,32,3,32,10,65,1,106,34,10,54,2,52,32,9,65,12,106,33,9,12,0,11,11,65,4,32,9,16,43,25,32,3,36,0,32,0,32,1,65,1,16,7,16,65,0,11,11,0,11,86,1,2,127,35,0,33,2,2,64,32,1,40,2,0,34,3,69,13,0,6,64,32,0,32,3,17,0,0,25,32,2,36,0,2,64,32,1,40,2,4,34,3,69,13,0,32,0,32,3,32,1,40,2,8,16,7,11,9,0,11,11,2,64,32,1,40,2,4,34,3,69,13,0,32,0,32,3,32,1,40,2,8,16,7,11,11,59,1,1,127,35,0,65,32,107,34,3,36,0,32,3,32,1,54,2,16,32,3,32,0,54,2,12,32,3,65,1,59,1,28,32,3,32,2,54,2,24,32,3,32,3,65,12,106,54,2,20,32,3,65,20,106,16,93,0,11,72,1,1,127,2,64,2,64,32,0,65,120,113,34,2,65,4,65,8,32,0,65,3,113,34,0,27,32,1,106,73,13,0,32,0,69,13,1,32,2,32,1,65,39,106,77,13,1,65,216,138,4,65,136,139,4,16,92,0,11,65,152,138,4,65,200,138,4,16,92,0,11,11,134,3,1,2,127,32,0,32,1,106,33,2,2,64,2,64,32,0,40,2,4,34,3,65,1,113,13,0,32,3,65,2,113,69,13,1,32,0,40,2,0,34,3,32,1,106,33,1,2,64,32,0,32,3,107,34,0,65,0,40,2,248,146,4,71,13,0,32,2,40,2,4,65,3,113,65,3,71,13,1,65,0,32,1,54,2,240,146,4,32,2,32,2,40,2,4,65,126,113,54,2,4,32,0,32,1,65,1,114,54,2,4,32,2,32,1,54,2,0,15,11,32,0,32,3,16,77,11,2,64,2,64,2,64,2,64,32,2,40,2,4,34,3,65,2,113,13,0,32,2,65,0,40,2,252,146,4,70,13,2,32,2,65,0,40,2,248,146,4,70,13,3,32,2,32,3,65,120,113,34,3,16,77,32,0,32,3,32,1,106,34,1,65,1,114,54,2,4,32,0,32,1,106,32,1,54,2,0,32,0,65,0,40,2,248,146,4,71,13,1,65,0,32,1,54,2,240,146,4,15,11,32,2,32,3,65,126,113,54,2,4,32,0,32,1,65,1,114,54,2,4,32,0,32,1,106,32,1,54,2,0,11,32,0,32,1,16,116,12,2,11,65,0,32,0,54,2,252,146,4,65,0,65,0,40,2,244,146,4,32,1,106,34,1,54,2,244,146,4,32,0,32,1,65,1,114,54,2,4,32,0,65,0,40,2,248,146,4,71,13,1,65,0,65,0,54,2,240,146,4,65,0,65,0,54,2,248,146,4,15,11,65,0,32,0,54,2,248,146,4,65,0,65,0,40,2,240,146,4,32,1,106,34,1,54,2,240,146,4,32,0,32,1,65,1,114,54,2,4,32,0,32,1,106,32,1,54,2,0,15,11,11,78,1,1,127,2,64,32,1,65,128,2,73,13,0,32,0,16,115,15,11,2,64,32,0,40,2,12,34,2,32,0,40,2,8,34,0,70,13,0,32,0,32,2,54,2,12,32,2,32,0,54,2,8,15,11,65,0,65,0,40,2,232,146,4,65,126,32,1,65,3,118,119,113,54,2,232,146,4,11,162,6,1,4,127,35,0,26,32,0,65,120,106,34,1,32,0,65,124,106,40,2,0,34,2,65,120,113,34,0,106,33,3,2,64,2,64,2,64,2,64,2,64,2,64,32,2,65,1,113,13,0,32,2,65,2,113,69,13,1,32,1,40,2,0,34,2,32,0,106,33,0,2,64,32,1,32,2,107,34,1,65,0,40,2,248,146,4,71,13,0,32,3,40,2,4,65,3,113,65,3,71,13,1,65,0,32,0,54,2,240,146,4,32,3,32,3,40,2,4,65,126,113,54,2,4,32,1,32,0,65,1,114,54,2,4,32,3,32,0,54,2,0,15,11,32,1,32,2,16,77,11,2,64,2,64,2,64,32,3,40,2,4,34,2,65,2,113,13,0,32,3,65,0,40,2,252,146,4,70,13,2,32,3,65,0,40,2,248,146,4,70,13,7,32,3,32,2,65,120,113,34,2,16,77,32,1,32,2,32,0,106,34,0,65,1,114,54,2,4,32,1,32,0,106,32,0,54,2,0,32,1,65,0,40,2,248,146,4,71,13,1,65,0,32,0,54,2,240,146,4,15,11,32,3,32,2,65,126,113,54,2,4,32,1,32,0,65,1,114,54,2,4,32,1,32,0,106,32,0,54,2,0,11,32,0,65,128,2,73,13,2,32,1,32,0,16,117,65,0,65,0,40,2,144,147,4,65,127,106,34,1,54,2,144,147,4,32,1,13,1,65,0,40,2,216,144,4,34,0,13,3,65,255,31,33,1,12,4,11,65,0,32,1,54,2,252,146,4,65,0,65,0,40,2,244,146,4,32,0,106,34,0,54,2,244,146,4,32,1,32,0,65,1,114,54,2,4,2,64,32,1,65,0,40,2,248,146,4,71,13,0,65,0,65,0,54,2,240,146,4,65,0,65,0,54,2,248,146,4,11,32,0,65,0,40,2,136,147,4,34,2,77,13,0,65,0,40,2,252,146,4,34,0,69,13,0,2,64,65,0,40,2,244,146,4,34,4,65,41,73,13,0,65,208,144,4,33,1,3,64,2,64,32,1,40,2,0,34,3,32,0,75,13,0,32,0,32,3,32,1,65,4,106,40,2,0,106,73,13,2,11,32,1,40,2,8,34,1,13,0,11,11,2,64,2,64,65,0,40,2,216,144,4,34,0,13,0,65,255,31,33,1,12,1,11,65,0,33,1,3,64,32,1,65,1,106,33,1,32,0,40,2,8,34,0,13,0,11,32,1,65,255,31,32,1,65,255,31,75,27,33,1,11,65,0,32,1,54,2,144,147,4,32,4,32,2,77,13,0,65,0,65,127,54,2,136,147,4,11,15,11,2,64,2,64,65,0,40,2,232,146,4,34,3,65,1,32,0,65,3,118,116,34,2,113,13,0,65,0,32,3,32,2,114,54,2,232,146,4,32,0,65,248,1,113,65,224,144,4,106,34,0,33,3,12,1,11,32,0,65,248,1,113,34,0,65,224,144,4,106,33,3,32,0,65,232,144,4,106,40,2,0,33,0,11,32,3,32,1,54,2,8,32,0,32,1,54,2,12,32,1,32,3,54,2,12,32,1,32,0,54,2,8,15,11,65,0,33,1,3,64,32,1,65,1,106,33,1,32,0,40,2,8,34,0,13,0,11,32,1,65,255,31,32,1,65,255,31,75,27,33,1,11,65,0,32,1,54,2,144,147,4,15,11,65,0,32,1,54,2,248,146,4,65,0,65,0,40,2,240,146,4,32,0,106,34,0,54,2,240,146,4,32,1,32,0,65,1,114,54,2,4,32,1,32,0,106,32,0,54,2,0,11,9,0,32,1,32,0,16,80,0,11,10,0,32,1,32,0,16,135,1,0,11,245,1,2,3,127,1,126,35,0,65,16,107,34,6,36,0,65,1,33,7,65,4,33,8,2,64,2,64,32,5,173,32,3,173,126,34,9,66,32,136,167,13,0,32,9,167,34,3,65,128,128,128,128,120,32,4,107,75,13,0,2,64,2,64,32,1,13,0,65,0,33,8,32,6,65,12,106,33,5,12,1,11,32,6,32,4,54,2,12,32,1,32,5,108,33,8,32,6,65,8,106,33,5,11,32,5,32,8,54,2,0,2,64,2,64,2,64,2,64,2,64,32,6,40,2,12,69,13,0,2,64,32,6,40,2,8,34,8,13,0,32,3,13,2,32,4,33,8,12,3,11,32,2,32,8,32,4,32,3,16,66,33,8,12,2,11,32,3,13,0,32,4,33,8,12,2,11,32,3,16,46,33,8,11,32,8,13,0,32,0,32,4,54,2,4,12,1,11,32,0,32,8,54,2,4,65,0,33,7,11,65,8,33,8,12,1,11,65,0,33,3,11,32,0,32,8,106,32,3,54,2,0,32,0,32,7,54,2,0,32,6,65,16,106,36,0,11,15,0,65,240,133,4,65,35,65,132,134,4,16,74,0,11,95,1,2,127,2,64,2,64,2,64,32,2,32,1,107,34,3,32,0,40,2,0,32,0,40,2,8,34,4,107,77,13,0,32,0,32,4,32,3,65,1,65,1,16,52,32,0,40,2,8,33,4,12,1,11,32,2,32,1,70,13,1,11,32,3,69,13,0,32,0,40,2,4,32,4,106,32,1,32,3,252,10,0,0,11,32,0,32,4,32,3,106,54,2,8,11,13,0,35,0,26,32,0,65,1,65,1,16,11,11,15,0,32,0,32,1,32,1,32,2,106,16,83,65,0,11,172,2,1,6,127,32,0,40,2,8,33,2,2,64,2,64,32,1,65,128,1,79,13,0,65,1,33,3,12,1,11,2,64,32,1,65,128,16,79,13,0,65,2,33,3,12,1,11,65,3,65,4,32,1,65,128,128,4,73,27,33,3,11,32,2,33,4,2,64,32,3,32,0,40,2,0,32,2,107,77,13,0,32,0,32,2,32,3,65,1,65,1,16,52,32,0,40,2,8,33,4,11,32,0,40,2,4,32,4,106,33,4,2,64,2,64,2,64,2,64,32,1,65,128,1,73,13,0,32,1,65,128,16,73,13,1,32,1,65,12,118,33,5,32,1,65,63,113,65,128,127,114,33,6,32,1,65,6,118,65,63,113,65,128,127,114,33,7,32,1,65,128,128,4,79,13,2,32,4,32,6,58,0,2,32,4,32,7,58,0,1,32,4,32,5,65,224,1,114,58,0,0,12,3,11,32,4,32,1,58,0,0,12,2,11,32,4,32,1,65,63,113,65,128,1,114,58,0,1,32,4,32,1,65,6,118,65,192,1,114,58,0,0,12,1,11,32,4,32,6,58,0,3,32,4,32,7,58,0,2,32,4,32,5,65,63,113,65,128,1,114,58,0,1,32,4,32,1,65,18,118,65,240,1,114,58,0,0,11,32,0,32,3,32,2,106,54,2,8,65,0,11,14,0,32,0,65,148,134,4,32,1,32,2,16,88,11,175,4,3,6,127,1,126,1,127,35,0,65,16,107,34,4,36,0,2,64,2,64,2,64,2,64,32,3,65,1,113,13,0,32,2,45,0,0,34,5,13,1,12,2,11,32,0,32,2,32,3,65,1,118,32,1,40,2,12,17,4,0,33,5,12,2,11,32,1,40,2,12,33,6,65,0,33,7,3,64,32,2,65,1,106,33,8,2,64,2,64,2,64,2,64,2,64,2,64,32,5,192,65,127,74,13,0,32,5,65,255,1,113,34,9,65,128,1,70,13,1,32,9,65,192,1,71,13,2,32,4,32,1,54,2,4,32,4,32,0,54,2,0,32,4,66,160,128,128,128,6,55,2,8,32,3,32,7,65,3,116,106,34,5,40,2,0,32,4,32,5,40,2,4,17,2,0,13,3,32,7,65,1,106,33,7,32,8,33,2,12,5,11,32,0,32,8,32,5,65,255,1,113,34,5,32,6,17,4,0,13,2,32,8,32,5,106,33,2,12,4,11,32,0,32,2,65,3,106,34,5,32,2,47,0,1,34,2,32,6,17,4,0,13,1,32,5,32,2,106,33,2,12,3,11,66,160,128,128,128,6,33,10,2,64,32,5,65,1,113,69,13,0,32,2,65,5,106,33,8,32,2,53,0,1,33,10,11,65,0,33,9,2,64,2,64,32,5,65,2,113,13,0,65,0,33,11,32,8,33,2,12,1,11,32,8,65,2,106,33,2,32,8,47,0,0,33,11,11,2,64,2,64,32,5,65,4,113,13,0,32,2,33,8,12,1,11,32,2,65,2,106,33,8,32,2,47,0,0,33,9,11,2,64,2,64,32,5,65,8,113,13,0,32,8,33,2,12,1,11,32,8,65,2,106,33,2,32,8,47,0,0,33,7,11,2,64,32,5,65,16,113,69,13,0,32,3,32,11,65,255,255,3,113,65,3,116,106,47,1,4,33,11,11,2,64,32,5,65,32,113,69,13,0,32,3,32,9,65,255,255,3,113,65,3,116,106,47,1,4,33,9,11,32,4,32,1,54,2,4,32,4,32,0,54,2,0,32,4,32,9,173,66,48,134,32,11,173,66,255,255,3,131,66,32,134,132,32,10,132,55,2,8,32,3,32,7,65,3,116,106,34,5,40,2,0,32,4,32,5,40,2,4,17,2,0,69,13,1,11,65,1,33,5,12,4,11,32,7,65,1,106,33,7,11,32,2,45,0,0,34,5,13,0,11,11,65,0,33,5,11,32,4,65,16,106,36,0,32,5,11,192,4,2,6,127,1,126,35,0,65,16,107,34,6,36,0,2,64,2,64,32,1,13,0,32,5,65,1,106,33,7,32,0,40,2,8,33,8,65,45,33,9,12,1,11,65,43,65,128,128,196,0,32,0,40,2,8,34,8,65,128,128,128,1,113,34,1,27,33,9,32,1,65,21,118,32,5,106,33,7,11,2,64,2,64,32,8,65,128,128,128,4,113,13,0,65,0,33,2,12,1,11,65,0,33,10,2,64,32,3,69,13,0,32,2,33,1,32,3,33,11,3,64,32,10,32,1,44,0,0,65,191,127,74,106,33,10,32,1,65,1,106,33,1,32,11,65,127,106,34,11,13,0,11,11,32,10,32,7,106,33,7,11,2,64,2,64,2,64,2,64,2,64,32,7,32,0,47,1,12,34,10,79,13,0,2,64,32,8,65,128,128,128,8,113,13,0,65,1,33,1,32,6,32,0,32,10,32,7,107,65,1,16,90,32,6,40,2,0,34,11,65,128,128,196,0,70,13,5,32,6,47,1,4,33,10,32,0,40,2,0,34,7,32,0,40,2,4,34,0,32,9,32,2,32,3,16,91,13,5,32,7,32,4,32,5,32,0,40,2,12,17,4,0,13,5,32,10,65,255,255,3,113,33,3,65,0,33,10,3,64,32,3,32,10,65,255,255,3,113,77,13,5,65,1,33,1,32,10,65,1,106,33,10,32,7,32,11,32,0,40,2,16,17,2,0,69,13,0,12,6,11,11,32,0,32,0,41,2,8,34,12,167,65,128,128,128,255,121,113,65,176,128,128,128,2,114,54,2,8,32,0,40,2,0,34,11,32,0,40,2,4,34,8,32,9,32,2,32,3,16,91,13,1,65,1,33,1,32,6,65,8,106,32,0,32,10,32,7,107,65,1,16,90,32,6,40,2,8,34,7,65,128,128,196,0,70,13,4,32,6,47,1,12,33,3,32,11,32,4,32,5,32,8,40,2,12,17,4,0,13,4,65,0,33,10,32,3,65,255,255,3,113,33,3,2,64,3,64,32,3,32,10,65,255,255,3,113,77,13,1,65,1,33,1,32,10,65,1,106,33,10,32,11,32,7,32,8,40,2,16,17,2,0,69,13,0,12,6,11,11,32,0,32,12,55,2,8,12,3,11,32,0,40,2,0,34,1,32,0,40,2,4,34,10,32,9,32,2,32,3,16,91,69,13,1,11,65,1,33,1,12,2,11,32,1,32,4,32,5,32,10,40,2,12,17,4,0,33,1,12,1,11,65,0,33,1,11,32,6,65,16,106,36,0,32,1,11,174,1,1,4,127,65,0,33,4,65,0,33,5,2,64,2,64,2,64,32,3,32,1,40,2,8,34,6,65,29,118,65,3,113,34,7,32,7,65,3,70,27,65,255,1,113,14,3,2,0,1,2,11,32,2,33,5,12,1,11,32,2,65,254,255,3,113,65,1,118,33,5,11,32,6,65,255,255,255,0,113,33,3,32,1,40,2,4,33,6,32,1,40,2,0,33,1,2,64,2,64,3,64,32,4,65,255,255,3,113,32,5,65,255,255,3,113,79,13,1,32,4,65,1,106,33,4,32,1,32,3,32,6,40,2,16,17,2,0,69,13,0,11,65,128,128,196,0,33,3,12,1,11,32,2,32,5,107,33,4,11,32,0,32,4,59,1,4,32,0,32,3,54,2,0,11,57,0,2,64,32,2,65,128,128,196,0,70,13,0,32,0,32,2,32,1,40,2,16,17,2,0,69,13,0,65,1,15,11,2,64,32,3,13,0,65,0,15,11,32,0,32,3,32,4,32,1,40,2,12,17,4,0,11,12,0,32,0,65,221,0,32,1,16,74,0,11,44,2,1,127,1,126,35,0,65,16,107,34,1,36,0,32,0,41,2,0,33,2,32,1,32,0,54,2,12,32,1,32,2,55,2,4,32,1,65,4,106,16,121,0,11,59,1,1,127,35,0,65,16,107,34,2,36,0,32,1,65,1,65,1,65,0,32,2,65,6,106,32,0,40,2,0,32,2,65,6,106,16,95,34,0,106,65,10,32,0,107,16,89,33,0,32,2,65,16,106,36,0,32,0,11,243,1,1,6,127,65,10,33,2,32,0,33,3,2,64,32,0,65,232,7,73,13,0,65,10,33,2,32,0,33,3,3,64,32,1,32,2,106,34,4,65,124,106,32,3,34,5,32,5,65,144,206,0,110,34,3,65,144,206,0,108,107,34,6,65,255,255,3,113,65,228,0,110,34,7,65,1,116,47,0,226,134,4,59,0,0,32,4,65,126,106,32,6,32,7,65,228,0,108,107,65,255,255,3,113,65,1,116,47,0,226,134,4,59,0,0,32,2,65,124,106,33,2,32,5,65,255,172,226,4,75,13,0,11,11,2,64,2,64,32,3,65,9,75,13,0,32,3,33,5,12,1,11,32,1,32,2,65,126,106,34,2,106,32,3,32,3,65,255,255,3,113,65,228,0,110,34,5,65,228,0,108,107,65,255,255,3,113,65,1,116,47,0,226,134,4,59,0,0,11,2,64,2,64,32,0,69,13,0,32,5,69,13,1,11,32,1,32,2,65,127,106,34,2,106,32,5,65,1,116,65,30,113,45,0,227,134,4,58,0,0,11,32,2,11,16,0,32,1,32,0,40,2,0,32,0,40,2,4,16,97,11,194,7,1,12,127,35,0,65,16,107,34,3,36,0,2,64,2,64,32,0,40,2,8,34,4,65,128,128,128,192,1,113,69,13,0,2,64,2,64,32,4,65,128,128,128,128,1,113,69,13,0,2,64,2,64,2,64,32,0,47,1,14,34,5,13,0,65,0,33,2,12,1,11,32,1,32,2,106,33,6,65,0,33,2,32,1,33,7,32,5,33,8,3,64,32,7,34,4,32,6,70,13,2,2,64,2,64,32,4,44,0,0,34,7,65,127,76,13,0,32,4,65,1,106,33,7,12,1,11,2,64,32,7,65,96,79,13,0,32,4,65,2,106,33,7,12,1,11,2,64,32,7,65,112,79,13,0,32,4,65,3,106,33,7,12,1,11,32,4,45,0,2,65,63,113,65,6,116,32,4,45,0,1,65,63,113,65,12,116,114,32,4,45,0,3,65,63,113,114,32,7,65,255,1,113,65,18,116,65,128,128,240,0,113,114,65,128,128,196,0,70,13,3,32,4,65,4,106,33,7,11,32,2,32,4,107,32,7,106,33,2,32,8,65,127,106,34,8,13,0,11,11,65,0,33,8,11,32,5,32,8,107,33,9,12,1,11,2,64,32,2,65,16,73,13,0,32,2,32,1,32,1,65,3,106,65,124,113,34,6,107,34,9,106,34,10,65,3,113,33,8,65,0,33,7,65,0,33,5,2,64,32,1,32,6,70,13,0,65,0,33,5,32,1,33,4,3,64,32,5,32,4,44,0,0,65,191,127,74,106,33,5,32,4,65,1,106,33,4,32,9,65,1,106,34,9,13,0,11,11,2,64,32,8,69,13,0,32,6,32,10,65,252,255,255,255,7,113,106,33,4,65,0,33,7,3,64,32,7,32,4,44,0,0,65,191,127,74,106,33,7,32,4,65,1,106,33,4,32,8,65,127,106,34,8,13,0,11,11,32,10,65,2,118,33,10,32,7,32,5,106,33,9,3,64,32,6,33,11,32,10,69,13,2,32,10,65,192,1,32,10,65,192,1,73,27,34,12,65,3,113,33,13,2,64,2,64,32,12,65,2,116,34,14,65,240,7,113,34,4,13,0,65,0,33,7,12,1,11,32,11,32,4,106,33,5,65,0,33,7,32,11,33,6,3,64,65,0,33,4,3,64,32,6,32,4,106,40,2,0,34,8,65,127,115,65,7,118,32,8,65,6,118,114,65,129,130,132,8,113,32,7,106,33,7,32,4,65,4,106,34,4,65,16,71,13,0,11,32,6,65,16,106,34,6,32,5,71,13,0,11,11,32,10,32,12,107,33,10,32,11,32,14,106,33,6,32,7,65,8,118,65,255,129,252,7,113,32,7,65,255,129,252,7,113,106,65,129,128,4,108,65,16,118,32,9,106,33,9,32,13,69,13,0,11,32,13,65,2,116,33,8,32,11,32,12,65,252,1,113,65,2,116,106,33,4,65,0,33,7,3,64,32,4,40,2,0,34,6,65,127,115,65,7,118,32,6,65,6,118,114,65,129,130,132,8,113,32,7,106,33,7,32,4,65,4,106,33,4,32,8,65,124,106,34,8,13,0,11,32,7,65,8,118,65,255,129,252,7,113,32,7,65,255,129,252,7,113,106,65,129,128,4,108,65,16,118,32,9,106,33,9,12,1,11,65,0,33,9,32,2,69,13,0,32,1,33,4,32,2,33,7,3,64,32,9,32,4,44,0,0,65,191,127,74,106,33,9,32,4,65,1,106,33,4,32,7,65,127,106,34,7,13,0,11,11,32,9,32,0,47,1,12,34,4,79,13,0,32,3,65,8,106,32,0,32,4,32,9,107,65,0,16,90,65,1,33,7,32,3,40,2,8,34,8,65,128,128,196,0,70,13,1,32,3,47,1,12,33,4,32,0,40,2,0,34,6,32,1,32,2,32,0,40,2,4,34,5,40,2,12,17,4,0,13,1,32,4,65,255,255,3,113,33,9,65,0,33,4,3,64,2,64,32,9,32,4,65,255,255,3,113,75,13,0,65,0,33,7,12,3,11,65,1,33,7,32,4,65,1,106,33,4,32,6,32,8,32,5,40,2,16,17,2,0,13,2,12,0,11,11,32,0,40,2,0,32,1,32,2,32,0,40,2,4,40,2,12,17,4,0,33,7,11,32,3,65,16,106,36,0,32,7,11,44,1,1,127,35,0,65,16,107,34,1,36,0,32,1,65,3,54,2,8,32,1,32,1,65,15,106,54,2,4,65,229,128,4,32,1,65,4,106,32,0,16,74,0,11,12,0,32,1,65,143,137,4,65,24,16,97,11,46,1,1,127,35,0,65,16,107,34,0,36,0,32,0,65,4,54,2,8,32,0,32,0,65,15,106,54,2,4,65,229,128,4,32,0,65,4,106,65,136,132,4,16,74,0,11,12,0,32,1,65,239,136,4,65,32,16,97,11,37,1,1,127,35,0,65,16,107,34,0,36,0,32,0,65,28,54,2,12,32,0,65,208,139,4,54,2,8,32,0,65,8,106,16,103,0,11,43,1,1,127,35,0,65,16,107,34,1,36,0,32,1,65,5,54,2,12,32,1,32,0,54,2,8,65,229,128,4,32,1,65,8,106,65,236,139,4,16,74,0,11,8,0,35,0,26,16,105,0,11,22,1,1,127,35,0,33,0,6,64,16,106,25,32,0,36,0,16,65,0,11,0,11,64,1,1,127,35,0,65,32,107,34,0,36,0,32,0,65,205,0,54,2,16,32,0,65,188,134,4,54,2,12,32,0,65,0,59,1,28,32,0,65,172,134,4,54,2,24,32,0,32,0,65,12,106,54,2,20,32,0,65,20,106,16,93,0,11,135,1,1,1,127,35,0,65,48,107,34,2,36,0,32,2,32,0,32,1,40,2,16,17,1,0,32,2,32,2,41,3,0,55,2,36,32,2,65,167,137,4,54,2,32,32,2,66,0,55,2,20,32,2,65,6,54,2,16,32,2,66,205,158,233,130,160,170,213,169,212,0,55,3,8,2,64,2,64,65,40,16,46,34,1,13,0,32,2,65,36,106,33,1,6,64,65,8,65,40,16,47,12,2,25,32,2,36,0,32,1,16,109,9,0,11,11,32,1,32,2,65,8,106,65,40,252,10,0,0,32,1,8,2,11,0,11,24,1,1,127,35,0,33,2,6,64,32,1,16,110,25,32,2,36,0,16,65,0,11,0,11,99,1,4,127,35,0,33,1,2,64,32,0,40,2,4,34,2,40,2,0,34,3,69,13,0,6,64,32,0,40,2,0,34,4,32,3,17,0,0,25,32,1,36,0,2,64,32,2,40,2,4,34,0,69,13,0,32,4,32,0,32,2,40,2,8,16,7,11,9,0,11,11,2,64,32,2,40,2,4,34,3,69,13,0,32,0,40,2,0,32,3,32,2,40,2,8,16,7,11,11,41,1,1,127,35,0,33,1,6,64,32,0,65,28,106,16,109,25,32,1,36,0,32,0,65,40,65,8,16,7,9,0,11,32,0,65,40,65,8,16,7,11,49,0,35,0,26,32,0,40,2,4,34,0,32,0,40,2,0,34,0,65,127,106,54,2,0,2,64,32,0,65,0,74,13,0,65,152,139,4,65,205,0,65,192,139,4,16,74,0,11,11,12,0,35,0,26,32,0,32,1,16,107,0,11,26,0,32,0,65,0,41,2,192,137,4,55,2,8,32,0,65,0,41,2,184,137,4,55,2,0,11,156,1,1,4,127,2,64,65,0,40,2,240,146,4,34,2,69,13,0,65,0,40,2,248,146,4,33,3,2,64,2,64,65,0,40,2,232,146,4,34,4,65,1,32,2,65,3,118,116,34,5,113,13,0,65,0,32,4,32,5,114,54,2,232,146,4,32,2,65,120,113,65,224,144,4,106,34,2,33,4,12,1,11,32,2,65,120,113,34,2,65,224,144,4,106,33,4,32,2,65,232,144,4,106,40,2,0,33,2,11,32,4,32,3,54,2,8,32,2,32,3,54,2,12,32,3,32,4,54,2,12,32,3,32,2,54,2,8,11,65,0,32,0,54,2,248,146,4,65,0,32,1,54,2,240,146,4,11,193,2,1,5,127,32,0,40,2,24,33,1,2,64,2,64,2,64,32,0,65,12,106,40,2,0,34,2,32,0,71,13,0,32,0,65,20,65,16,32,0,40,2,20,34,2,27,106,40,2,0,34,3,13,1,65,0,33,2,12,2,11,32,0,65,8,106,40,2,0,34,3,32,2,54,2,12,32,2,32,3,54,2,8,12,1,11,32,0,65,20,106,32,0,65,16,106,32,2,27,33,4,3,64,32,4,33,5,32,3,34,2,65,20,106,33,4,32,2,40,2,20,34,3,13,0,32,2,65,16,106,33,4,32,2,40,2,16,34,3,13,0,11,32,5,65,0,54,2,0,11,2,64,2,64,32,1,69,13,0,2,64,2,64,32,0,32,0,40,2,28,34,4,65,2,116,65,208,143,4,106,34,3,40,2,0,70,13,0,2,64,2,64,32,1,40,2,16,32,0,70,13,0,32,1,32,2,54,2,20,12,1,11,32,1,32,2,54,2,16,11,32,2,13,1,12,2,11,32,3,32,2,54,2,0,32,2,69,13,2,11,32,2,32,1,54,2,24,2,64,32,0,40,2,16,34,3,69,13,0,32,2,32,3,54,2,16,32,3,32,2,54,2,24,11,32,0,40,2,20,34,3,69,13,0,32,2,32,3,54,2,20,32,3,32,2,54,2,24,11,15,11,65,0,65,0,40,2,236,146,4,65,126,32,4,119,113,54,2,236,146,4,11,137,1,1,2,127,35,0,26,2,64,32,1,65,128,2,73,13,0,32,0,32,1,16,117,15,11,2,64,2,64,65,0,40,2,232,146,4,34,2,65,1,32,1,65,3,118,116,34,3,113,13,0,65,0,32,2,32,3,114,54,2,232,146,4,32,1,65,248,1,113,65,224,144,4,106,34,1,33,2,12,1,11,32,1,65,248,1,113,34,1,65,224,144,4,106,33,2,32,1,65,232,144,4,106,40,2,0,33,1,11,32,2,32,0,54,2,8,32,1,32,0,54,2,12,32,0,32,2,54,2,12,32,0,32,1,54,2,8,11,187,2,1,4,127,65,31,33,2,2,64,32,1,65,255,255,255,7,75,13,0,32,1,65,38,32,1,65,8,118,103,34,2,107,118,65,1,113,32,2,65,1,116,114,65,62,115,33,2,11,32,0,66,0,55,2,16,32,0,32,2,54,2,28,32,2,65,2,116,65,208,143,4,106,33,3,2,64,65,0,40,2,236,146,4,65,1,32,2,116,34,4,113,13,0,32,3,32,0,54,2,0,32,0,32,3,54,2,24,32,0,32,0,54,2,12,32,0,32,0,54,2,8,65,0,65,0,40,2,236,146,4,32,4,114,54,2,236,146,4,15,11,2,64,2,64,2,64,32,3,40,2,0,34,4,40,2,4,65,120,113,32,1,71,13,0,32,4,33,2,12,1,11,32,1,65,0,65,25,32,2,65,1,118,107,32,2,65,31,70,27,116,33,3,3,64,32,4,32,3,65,29,118,65,4,113,106,34,5,40,2,16,34,2,69,13,2,32,3,65,1,116,33,3,32,2,33,4,32,2,40,2,4,65,120,113,32,1,71,13,0,11,11,32,2,40,2,8,34,3,32,0,54,2,12,32,2,32,0,54,2,8,32,0,65,0,54,2,24,32,0,32,2,54,2,12,32,0,32,3,54,2,8,15,11,32,5,65,16,106,32,0,54,2,0,32,0,32,4,54,2,24,32,0,32,0,54,2,12,32,0,32,0,54,2,8,11,10,0,35,0,26,32,0,16,119,0,11,30,0,32,0,40,2,0,32,0,40,2,4,65,0,40,2,188,143,4,34,0,65,7,32,0,27,17,1,0,0,11,11,0,65,0,65,1,58,0,148,147,4,11,10,0,35,0,26,32,0,16,122,0,11,169,1,1,3,127,35,0,65,16,107,34,1,36,0,2,64,32,0,40,2,0,34,2,40,2,4,34,3,65,1,113,69,13,0,32,2,40,2,0,33,2,32,1,32,3,65,1,118,54,2,4,32,1,32,2,54,2,0,32,1,65,224,137,4,32,0,40,2,4,32,0,40,2,8,34,0,45,0,8,32,0,45,0,9,16,25,0,11,32,1,65,128,128,128,128,120,54,2,0,32,1,32,0,54,2,12,6,64,32,1,65,252,137,4,32,0,40,2,4,32,0,40,2,8,34,0,45,0,8,32,0,45,0,9,16,25,25,32,1,36,0,2,64,32,1,40,2,0,65,128,128,128,128,120,70,13,0,32,1,65,1,65,1,16,11,11,9,0,11,0,11,30,0,35,0,26,2,64,32,0,40,2,0,65,128,128,128,128,120,70,13,0,32,0,65,1,65,1,16,11,11,11,76,0,2,64,32,0,40,2,0,65,128,128,128,128,120,70,13,0,32,1,40,2,0,32,0,40,2,4,32,0,40,2,8,32,1,40,2,4,40,2,12,17,4,0,15,11,32,1,40,2,0,32,1,40,2,4,32,0,40,2,12,40,2,0,34,0,40,2,0,32,0,40,2,4,16,88,11,150,1,2,2,127,1,126,35,0,65,16,107,34,2,36,0,32,1,16,126,34,1,40,2,8,33,3,32,1,65,0,54,2,8,32,1,41,2,0,33,4,32,1,66,128,128,128,128,16,55,2,0,32,2,32,3,54,2,8,32,2,32,4,55,3,0,2,64,2,64,65,12,16,46,34,1,13,0,6,64,65,4,65,12,16,47,12,2,25,32,2,36,0,32,2,65,1,65,1,16,11,9,0,11,11,32,1,32,2,40,2,8,54,2,8,32,1,32,2,41,3,0,55,2,0,32,0,65,220,140,4,54,2,4,32,0,32,1,54,2,0,32,2,65,16,106,36,0,15,11,0,11,152,1,2,2,127,1,126,35,0,65,32,107,34,1,36,0,2,64,32,0,40,2,0,65,128,128,128,128,120,71,13,0,32,0,40,2,12,33,2,32,1,65,0,54,2,28,32,1,66,128,128,128,128,16,55,2,20,6,64,32,1,65,20,106,65,200,137,4,32,2,40,2,0,34,2,40,2,0,32,2,40,2,4,16,88,26,25,32,1,36,0,32,1,65,20,106,65,1,65,1,16,11,9,0,11,32,1,32,1,40,2,28,34,2,54,2,16,32,1,32,1,41,2,20,34,3,55,3,8,32,0,32,2,54,2,8,32,0,32,3,55,2,0,11,32,1,65,32,106,36,0,32,0,11,24,0,32,1,16,126,33,1,32,0,65,220,140,4,54,2,4,32,0,32,1,54,2,0,11,13,0,35,0,26,32,0,65,1,65,1,16,11,11,26,0,32,0,65,0,41,2,176,137,4,55,2,8,32,0,65,0,41,2,168,137,4,55,2,0,11,172,2,1,6,127,32,0,40,2,8,33,2,2,64,2,64,32,1,65,128,1,79,13,0,65,1,33,3,12,1,11,2,64,32,1,65,128,16,79,13,0,65,2,33,3,12,1,11,65,3,65,4,32,1,65,128,128,4,73,27,33,3,11,32,2,33,4,2,64,32,3,32,0,40,2,0,32,2,107,77,13,0,32,0,32,2,32,3,65,1,65,1,16,52,32,0,40,2,8,33,4,11,32,0,40,2,4,32,4,106,33,4,2,64,2,64,2,64,2,64,32,1,65,128,1,73,13,0,32,1,65,128,16,73,13,1,32,1,65,12,118,33,5,32,1,65,63,113,65,128,127,114,33,6,32,1,65,6,118,65,63,113,65,128,127,114,33,7,32,1,65,128,128,4,79,13,2,32,4,32,6,58,0,2,32,4,32,7,58,0,1,32,4,32,5,65,224,1,114,58,0,0,12,3,11,32,4,32,1,58,0,0,12,2,11,32,4,32,1,65,63,113,65,128,1,114,58,0,1,32,4,32,1,65,6,118,65,192,1,114,58,0,0,12,1,11,32,4,32,6,58,0,3,32,4,32,7,58,0,2,32,4,32,5,65,63,113,65,128,1,114,58,0,1,32,4,32,1,65,18,118,65,240,1,114,58,0,0,11,32,0,32,3,32,2,106,54,2,8,65,0,11,28,0,32,1,40,2,0,32,0,40,2,0,32,0,40,2,4,32,1,40,2,4,40,2,12,17,4,0,11,69,1,2,127,35,0,26,32,1,40,2,4,33,2,32,1,40,2,0,33,3,2,64,65,8,16,46,34,1,13,0,65,4,65,8,16,47,0,11,32,1,32,2,54,2,4,32,1,32,3,54,2,0,32,0,65,204,140,4,54,2,4,32,0,32,1,54,2,0,11,18,0,32,0,65,204,140,4,54,2,4,32,0,32,1,54,2,0,11,12,0,32,0,32,1,41,2,0,55,3,0,11,35,1,1,127,35,0,65,16,107,34,2,36,0,32,2,32,1,54,2,12,32,2,32,0,54,2,8,32,2,65,8,106,16,118,0,11,49,0,6,64,32,0,16,1,65,176,143,4,40,2,0,4,64,0,11,7,0,65,176,143,4,40,2,0,4,64,0,11,8,1,25,65,176,143,4,40,2,0,4,64,0,11,9,0,11,11,45,2,1,127,1,126,35,0,33,1,6,126,32,0,16,67,25,32,1,36,0,9,0,11,33,2,32,2,66,32,136,167,4,64,32,2,167,16,4,8,1,11,32,2,167,11,45,2,1,127,1,126,35,0,33,1,6,126,32,0,16,68,25,32,1,36,0,9,0,11,33,2,32,2,66,32,136,167,4,64,32,2,167,16,4,8,1,11,32,2,167,11,11,161,15,2,0,65,128,128,4,11,236,12,8,0,0,0,88,191,123,103,155,48,34,218,81,179,239,180,70,242,80,195,0,0,0,0,8,0,0,0,4,0,0,0,9,0,0,0,10,0,0,0,11,0,0,0,12,0,0,0,32,105,110,100,101,120,32,111,117,116,32,111,102,32,98,111,117,110,100,115,58,32,116,104,101,32,108,101,110,32,105,115,32,192,18,32,98,117,116,32,116,104,101,32,105,110,100,101,120,32,105,115,32,192,0,115,114,99,47,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,46,114,115,0,115,114,99,47,116,97,115,107,115,46,114,115,0,47,117,115,114,47,108,105,98,47,114,117,115,116,108,105,98,47,115,114,99,47,114,117,115,116,47,108,105,98,114,97,114,121,47,115,116,100,47,115,114,99,47,115,121,115,47,115,121,110,99,47,114,119,108,111,99,107,47,110,111,95,116,104,114,101,97,100,115,46,114,115,0,115,114,99,47,105,110,116,101,114,112,46,114,115,0,47,117,115,114,47,108,105,98,47,114,117,115,116,108,105,98,47,115,114,99,47,114,117,115,116,47,108,105,98,114,97,114,121,47,99,111,114,101,47,115,114,99,47,112,97,110,105,99,107,105,110,103,46,114,115,0,47,117,115,114,47,108,105,98,47,114,117,115,116,108,105,98,47,115,114,99,47,114,117,115,116,47,108,105,98,114,97,114,121,47,115,116,100,47,115,114,99,47,112,97,110,105,99,107,105,110,103,46,114,115,0,47,117,115,114,47,108,105,98,47,114,117,115,116,108,105,98,47,115,114,99,47,114,117,115,116,47,108,105,98,114,97,114,121,47,97,108,108,111,99,47,115,114,99,47,114,97,119,95,118,101,99,47,109,111,100,46,114,115,0,47,114,111,111,116,47,46,99,97,114,103,111,47,114,101,103,105,115,116,114,121,47,115,114,99,47,105,110,100,101,120,46,99,114,97,116,101,115,46,105,111,45,49,57,52,57,99,102,56,99,54,98,53,98,53,53,55,102,47,100,108,109,97,108,108,111,99,45,48,46,50,46,49,49,47,115,114,99,47,100,108,109,97,108,108,111,99,46,114,115,0,0,0,103,0,1,0,22,0,0,0,70,0,0,0,25,0,0,0,103,0,1,0,22,0,0,0,74,0,0,0,11,0,0,0,103,0,1,0,22,0,0,0,172,0,0,0,39,0,0,0,126,0,1,0,12,0,0,0,68,0,0,0,61,0,0,0,126,0,1,0,12,0,0,0,42,0,0,0,34,0,0,0,126,0,1,0,12,0,0,0,50,0,0,0,29,0,0,0,126,0,1,0,12,0,0,0,54,0,0,0,15,0,0,0,126,0,1,0,12,0,0,0,77,0,0,0,14,0,0,0,13,0,0,0,14,0,0,0,14,0,0,0,14,0,0,0,104,2,1,0,0,0,0,0,0,0,0,0,4,0,0,0,4,0,0,0,15,0,0,0,16,0,0,0,16,0,0,0,17,0,0,0,32,0,0,0,4,0,0,0,18,0,0,0,19,0,0,0,56,0,0,0,4,0,0,0,20,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,21,0,0,0,22,0,0,0,22,0,0,0,211,0,1,0,13,0,0,0,184,0,0,0,5,0,0,0,0,0,0,0,4,0,0,0,4,0,0,0,23,0,0,0,99,97,112,97,99,105,116,121,32,111,118,101,114,102,108,111,119,0,0,0,80,1,1,0,58,0,0,0,28,0,0,0,5,0,0,0,24,0,0,0,12,0,0,0,4,0,0,0,25,0,0,0,26,0,0,0,27,0,0,0,225,0,1,0,55,0,0,0,225,0,0,0,5,0,0,0,112,97,110,105,99,32,105,110,32,97,32,102,117,110,99,116,105,111,110,32,116,104,97,116,32,99,97,110,110,111,116,32,117,110,119,105,110,100,48,48,48,49,48,50,48,51,48,52,48,53,48,54,48,55,48,56,48,57,49,48,49,49,49,50,49,51,49,52,49,53,49,54,49,55,49,56,49,57,50,48,50,49,50,50,50,51,50,52,50,53,50,54,50,55,50,56,50,57,51,48,51,49,51,50,51,51,51,52,51,53,51,54,51,55,51,56,51,57,52,48,52,49,52,50,52,51,52,52,52,53,52,54,52,55,52,56,52,57,53,48,53,49,53,50,53,51,53,52,53,53,53,54,53,55,53,56,53,57,54,48,54,49,54,50,54,51,54,52,54,53,54,54,54,55,54,56,54,57,55,48,55,49,55,50,55,51,55,52,55,53,55,54,55,55,55,56,55,57,56,48,56,49,56,50,56,51,56,52,56,53,56,54,56,55,56,56,56,57,57,48,57,49,57,50,57,51,57,52,57,53,57,54,57,55,57,56,57,57,96,97,115,121,110,99,32,102,110,96,32,114,101,115,117,109,101,100,32,97,102,116,101,114,32,99,111,109,112,108,101,116,105,111,110,96,97,115,121,110,99,32,102,110,96,32,114,101,115,117,109,101,100,32,97,102,116,101,114,32,112,97,110,105,99,107,105,110,103,82,101,102,67,101,108,108,32,97,108,114,101,97,100,121,32,109,117,116,97,98,108,121,32,98,111,114,114,111,119,101,100,82,101,102,67,101,108,108,32,97,108,114,101,97,100,121,32,98,111,114,114,111,119,101,100,0,254,47,184,94,226,92,136,57,43,203,154,126,72,169,161,182,109,93,203,214,44,80,235,99,120,65,166,87,113,27,139,185,28,0,0,0,12,0,0,0,4,0,0,0,25,0,0,0,29,0,0,0,27,0,0,0,0,0,0,0,8,0,0,0,4,0,0,0,30,0,0,0,31,0,0,0,32,0,0,0,33,0,0,0,34,0,0,0,16,0,0,0,4,0,0,0,35,0,0,0,36,0,0,0,37,0,0,0,12,0,0,0,97,115,115,101,114,116,105,111,110,32,102,97,105,108,101,100,58,32,112,115,105,122,101,32,62,61,32,115,105,122,101,32,43,32,109,105,110,95,111,118,101,114,104,101,97,100,0,0,139,1,1,0,90,0,0,0,177,4,0,0,9,0,0,0,97,115,115,101,114,116,105,111,110,32,102,97,105,108,101,100,58,32,112,115,105,122,101,32,60,61,32,115,105,122,101,32,43,32,109,97,120,95,111,118,101,114,104,101,97,100,0,0,139,1,1,0,90,0,0,0,183,4,0,0,13,0,0,0,114,119,108,111,99,107,32,104,97,115,32,110,111,116,32,98,101,101,110,32,108,111,99,107,101,100,32,102,111,114,32,114,101,97,100,105,110,103,0,0,139,0,1,0,71,0,0,0,62,0,0,0,9,0,0,0,114,119,108,111,99,107,32,111,118,101,114,102,108,111,119,101,100,32,114,101,97,100,32,108,111,99,107,115,139,0,1,0,71,0,0,0,21,0,0,0,44,0,0,0,66,111,120,60,100,121,110,32,65,110,121,62,99,97,110,110,111,116,32,109,111,100,105,102,121,32,116,104,101,32,112,97,110,105,99,32,104,111,111,107,32,102,114,111,109,32,97,32,112,97,110,105,99,107,105,110,103,32,116,104,114,101,97,100,25,1,1,0,54,0,0,0,144,0,0,0,9,0,0,0,0,0,0,0,8,0,0,0,4,0,0,0,38,0,0,0,28,0,0,0,12,0,0,0,4,0,0,0,39,0,0,0,0,65,236,140,4,11,164,2,0,0,0,0,0,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,4,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,215,92,4,110,97,109,101,0,19,18,114,101,101,110,116,114,121,95,103,117,101,115,116,46,119,97,115,109,1,147,92,139,1,0,60,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,55,101,110,118,95,108,111,103,1,67,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,51,101,110,118,95,104,111,115,116,95,99,97,108,108,2,73,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,57,101,110,118,95,115,99,104,101,100,117,108,101,95,114,101,105,110,105,116,3,69,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,53,101,110,118,95,99,108,111,115,117,114,101,95,110,101,119,4,15,101,110,118,46,112,97,110,105,99,95,101,114,114,111,114,5,18,95,95,119,97,115,109,95,105,110,105,116,95,109,101,109,111,114,121,6,170,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,66,52,95,51,112,105,110,51,80,105,110,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,98,111,120,101,100,51,66,111,120,68,78,116,78,116,78,116,66,52,95,54,102,117,116,117,114,101,54,102,117,116,117,114,101,54,70,117,116,117,114,101,112,54,79,117,116,112,117,116,117,69,76,95,69,69,69,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,7,43,95,82,78,118,67,115,102,103,72,89,119,77,57,50,102,121,110,95,55,95,95,95,114,117,115,116,99,49,51,95,95,95,114,100,108,95,100,101,97,108,108,111,99,8,162,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,50,114,99,52,87,101,97,107,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,55,67,108,111,115,117,114,101,82,78,116,78,116,66,75,95,53,97,108,108,111,99,54,71,108,111,98,97,108,69,69,66,49,103,95,9,134,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,51,118,101,99,51,86,101,99,73,66,71,95,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,52,83,116,101,112,69,69,69,66,49,107,95,10,129,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,51,118,101,99,51,86,101,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,52,83,116,101,112,69,69,66,49,103,95,11,71,95,82,78,118,77,115,50,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,78,116,66,53,95,49,49,82,97,119,86,101,99,73,110,110,101,114,49,48,100,101,97,108,108,111,99,97,116,101,66,55,95,12,94,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,52,83,116,101,112,69,66,74,95,13,148,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,98,111,120,101,100,51,66,111,120,68,78,116,78,116,66,52,95,51,97,110,121,51,65,110,121,78,116,78,116,66,52,95,54,109,97,114,107,101,114,52,83,101,110,100,69,76,95,69,69,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,14,103,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,53,116,97,115,107,115,49,49,101,120,112,111,114,116,95,98,111,100,121,48,69,66,76,95,15,96,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,53,116,97,115,107,115,53,115,99,111,112,101,48,69,66,76,95,16,94,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,53,71,117,97,114,100,69,66,74,95,17,112,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,50,65,98,111,114,116,105,110,103,69,100,103,101,69,66,74,95,18,68,95,82,78,118,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,112,97,110,105,99,95,99,111,117,110,116,49,55,105,115,95,122,101,114,111,95,115,108,111,119,95,112,97,116,104,19,46,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,51,108,111,103,20,48,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,53,114,97,105,115,101,21,93,95,82,73,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,53,112,97,110,105,99,57,112,97,110,105,99,95,97,110,121,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,66,71,95,22,100,95,82,73,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,66,78,95,23,159,1,95,82,73,78,118,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,51,115,121,115,57,98,97,99,107,116,114,97,99,101,50,54,95,95,95,114,117,115,116,95,101,110,100,95,115,104,111,114,116,95,98,97,99,107,116,114,97,99,101,78,67,73,78,118,78,116,66,54,95,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,48,122,69,66,49,71,95,24,103,95,82,78,67,73,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,48,66,80,95,25,51,95,82,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,53,112,97,110,105,99,95,119,105,116,104,95,104,111,111,107,26,71,95,82,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,49,99,108,111,115,117,114,101,95,110,101,119,48,66,53,95,27,55,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,49,49,101,120,112,111,114,116,95,98,111,100,121,28,60,95,82,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,53,116,97,115,107,115,49,49,101,120,112,111,114,116,95,98,111,100,121,48,66,53,95,29,47,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,53,116,97,115,107,115,53,115,99,111,112,101,30,79,95,82,78,118,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,49,112,97,110,105,99,95,99,111,110,115,116,50,56,112,97,110,105,99,95,99,111,110,115,116,95,97,115,121,110,99,95,102,110,95,114,101,115,117,109,101,100,31,85,95,82,78,118,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,49,112,97,110,105,99,95,99,111,110,115,116,51,52,112,97,110,105,99,95,99,111,110,115,116,95,97,115,121,110,99,95,102,110,95,114,101,115,117,109,101,100,95,112,97,110,105,99,32,53,95,82,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,53,116,97,115,107,115,53,115,99,111,112,101,48,66,53,95,33,48,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,53,112,108,97,105,110,34,58,95,82,78,118,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,50,99,97,116,99,104,95,117,110,119,105,110,100,55,99,108,101,97,110,117,112,35,50,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,112,97,121,108,111,97,100,36,63,95,82,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,49,51,105,110,115,116,97,108,108,95,104,111,111,107,115,48,66,53,95,37,140,1,95,82,78,83,78,118,89,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,49,99,108,111,115,117,114,101,95,110,101,119,48,73,78,116,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,111,112,115,56,102,117,110,99,116,105,111,110,54,70,110,79,110,99,101,117,69,57,99,97,108,108,95,111,110,99,101,54,118,116,97,98,108,101,66,97,95,38,177,1,95,82,78,83,78,118,89,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,49,51,105,110,115,116,97,108,108,95,104,111,111,107,115,48,73,78,116,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,111,112,115,56,102,117,110,99,116,105,111,110,54,70,110,79,110,99,101,84,82,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,53,112,97,110,105,99,49,51,80,97,110,105,99,72,111,111,107,73,110,102,111,69,69,57,99,97,108,108,95,111,110,99,101,54,118,116,97,98,108,101,66,97,95,39,61,95,82,78,118,77,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,78,116,66,50,95,54,82,101,97,100,101,114,52,98,111,100,121,40,110,95,82,78,118,77,115,51,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,73,78,116,66,53,95,54,82,97,119,86,101,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,52,83,116,101,112,69,56,103,114,111,119,95,111,110,101,66,81,95,41,128,1,95,82,78,118,77,115,51,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,73,78,116,66,53,95,54,82,97,119,86,101,99,73,78,116,78,116,66,55,95,51,118,101,99,51,86,101,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,52,83,116,101,112,69,69,56,103,114,111,119,95,111,110,101,66,49,54,95,42,75,95,82,78,118,77,115,52,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,78,116,66,53,95,49,49,82,97,119,86,101,99,73,110,110,101,114,49,52,103,114,111,119,95,97,109,111,114,116,105,122,101,100,66,55,95,43,48,95,82,78,118,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,49,50,104,97,110,100,108,101,95,101,114,114,111,114,44,114,95,82,78,118,77,115,54,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,50,114,99,73,78,116,66,53,95,50,82,99,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,55,67,108,111,115,117,114,101,69,57,100,114,111,112,95,115,108,111,119,66,72,95,45,69,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,49,53,98,105,110,100,105,110,103,95,114,101,101,110,116,114,121,49,53,105,110,118,111,107,101,95,97,98,111,114,116,105,110,103,46,101,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,54,109,97,108,108,111,99,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,47,52,95,82,78,118,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,97,108,108,111,99,49,56,104,97,110,100,108,101,95,97,108,108,111,99,95,101,114,114,111,114,48,48,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,53,115,99,111,112,101,49,48,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,53,97,98,111,114,116,50,50,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,114,101,99,117,114,115,101,51,53,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,99,101,108,108,50,50,112,97,110,105,99,95,97,108,114,101,97,100,121,95,98,111,114,114,111,119,101,100,52,117,95,82,73,78,118,78,118,77,115,50,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,73,78,116,66,56,95,49,49,82,97,119,86,101,99,73,110,110,101,114,112,69,55,114,101,115,101,114,118,101,50,49,100,111,95,114,101,115,101,114,118,101,95,97,110,100,95,104,97,110,100,108,101,78,116,78,116,66,97,95,53,97,108,108,111,99,54,71,108,111,98,97,108,69,66,97,95,53,54,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,56,112,97,110,105,99,95,98,111,117,110,100,115,95,99,104,101,99,107,54,52,95,82,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,55,112,114,111,103,114,97,109,56,99,97,108,108,115,95,111,107,55,97,95,82,78,118,88,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,97,110,121,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,78,116,66,50,95,51,65,110,121,55,116,121,112,101,95,105,100,66,117,95,56,163,1,95,82,78,118,88,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,73,78,116,66,50,95,55,80,97,121,108,111,97,100,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,51,103,101,116,66,49,51,95,57,168,1,95,82,78,118,88,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,73,78,116,66,50,95,55,80,97,121,108,111,97,100,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,56,116,97,107,101,95,98,111,120,66,49,51,95,58,157,1,95,82,78,118,88,115,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,73,78,116,66,52,95,55,80,97,121,108,111,97,100,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,55,68,105,115,112,108,97,121,51,102,109,116,66,49,53,95,59,163,1,95,82,78,118,89,73,78,116,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,49,98,101,103,105,110,95,112,97,110,105,99,55,80,97,121,108,111,97,100,78,116,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,55,80,97,121,108,111,97,100,69,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,54,97,115,95,115,116,114,66,49,48,95,60,156,1,95,82,78,118,89,78,67,78,118,78,116,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,54,105,110,116,101,114,112,49,51,105,110,115,116,97,108,108,95,104,111,111,107,115,115,95,48,73,78,116,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,111,112,115,56,102,117,110,99,116,105,111,110,54,70,110,79,110,99,101,84,78,116,78,116,78,116,66,49,55,95,53,97,108,108,111,99,54,108,97,121,111,117,116,54,76,97,121,111,117,116,69,69,57,99,97,108,108,95,111,110,99,101,66,56,95,61,145,1,95,82,78,118,89,78,67,78,118,78,118,77,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,116,97,115,107,52,119,97,107,101,78,116,66,57,95,56,82,97,119,87,97,107,101,114,52,78,79,79,80,54,86,84,65,66,76,69,48,73,78,116,78,116,78,116,66,100,95,51,111,112,115,56,102,117,110,99,116,105,111,110,54,70,110,79,110,99,101,84,80,117,69,69,57,99,97,108,108,95,111,110,99,101,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,62,148,1,95,82,78,118,89,78,67,78,118,78,118,77,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,116,97,115,107,52,119,97,107,101,78,116,66,57,95,56,82,97,119,87,97,107,101,114,52,78,79,79,80,54,86,84,65,66,76,69,115,48,95,48,73,78,116,78,116,78,116,66,100,95,51,111,112,115,56,102,117,110,99,116,105,111,110,54,70,110,79,110,99,101,84,80,117,69,69,57,99,97,108,108,95,111,110,99,101,67,115,57,90,119,84,122,113,66,118,78,86,75,95,49,51,114,101,101,110,116,114,121,95,103,117,101,115,116,63,15,95,95,114,101,101,110,116,114,121,95,97,108,108,111,99,64,76,95,82,78,118,77,115,52,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,78,116,66,53,95,49,49,82,97,119,86,101,99,73,110,110,101,114,49,53,116,114,121,95,97,108,108,111,99,97,116,101,95,105,110,66,55,95,65,55,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,57,112,97,110,105,99,95,99,97,110,110,111,116,95,117,110,119,105,110,100,66,44,95,82,78,118,67,115,102,103,72,89,119,77,57,50,102,121,110,95,55,95,95,95,114,117,115,116,99,49,52,95,95,95,114,117,115,116,95,114,101,97,108,108,111,99,67,14,95,95,114,101,101,110,116,114,121,95,99,97,108,108,68,16,95,95,114,101,101,110,116,114,121,95,105,110,118,111,107,101,69,61,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,99,101,108,108,51,48,112,97,110,105,99,95,97,108,114,101,97,100,121,95,109,117,116,97,98,108,121,95,98,111,114,114,111,119,101,100,70,20,95,95,114,101,101,110,116,114,121,95,110,101,119,95,104,97,110,100,108,101,71,20,95,95,114,101,101,110,116,114,121,95,114,101,97,100,95,115,116,97,116,101,72,15,95,95,114,101,101,110,116,114,121,95,115,116,97,114,116,73,212,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,98,111,120,101,100,51,66,111,120,68,71,48,95,73,78,116,78,116,78,116,66,52,95,51,111,112,115,56,102,117,110,99,116,105,111,110,50,70,110,84,82,76,49,95,73,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,53,112,97,110,105,99,49,51,80,97,110,105,99,72,111,111,107,73,110,102,111,76,48,95,69,69,69,112,54,79,117,116,112,117,116,117,78,116,78,116,66,52,95,54,109,97,114,107,101,114,52,83,101,110,100,78,116,66,50,77,95,52,83,121,110,99,69,76,95,69,69,66,49,83,95,74,44,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,57,112,97,110,105,99,95,102,109,116,75,109,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,51,118,97,108,105,100,97,116,101,95,115,105,122,101,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,76,109,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,51,100,105,115,112,111,115,101,95,99,104,117,110,107,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,77,108,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,50,117,110,108,105,110,107,95,99,104,117,110,107,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,78,99,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,52,102,114,101,101,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,79,63,95,82,78,118,78,118,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,97,108,108,111,99,49,56,104,97,110,100,108,101,95,97,108,108,111,99,95,101,114,114,111,114,56,114,116,95,101,114,114,111,114,80,56,95,82,78,118,67,115,102,103,72,89,119,77,57,50,102,121,110,95,55,95,95,95,114,117,115,116,99,50,54,95,95,95,114,117,115,116,95,97,108,108,111,99,95,101,114,114,111,114,95,104,97,110,100,108,101,114,81,72,95,82,78,118,77,115,52,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,78,116,66,53,95,49,49,82,97,119,86,101,99,73,110,110,101,114,49,49,102,105,110,105,115,104,95,103,114,111,119,66,55,95,82,53,95,82,78,118,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,55,114,97,119,95,118,101,99,49,55,99,97,112,97,99,105,116,121,95,111,118,101,114,102,108,111,119,83,141,1,95,82,78,118,88,115,50,95,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,51,118,101,99,49,49,115,112,101,99,95,101,120,116,101,110,100,73,78,116,66,55,95,51,86,101,99,104,69,73,78,116,66,53,95,49,48,83,112,101,99,69,120,116,101,110,100,82,104,73,78,116,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,115,108,105,99,101,52,105,116,101,114,52,73,116,101,114,104,69,69,49,49,115,112,101,99,95,101,120,116,101,110,100,66,57,95,84,86,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,54,83,116,114,105,110,103,69,66,74,95,85,91,95,82,78,118,88,115,90,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,78,116,66,53,95,54,83,116,114,105,110,103,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,53,87,114,105,116,101,57,119,114,105,116,101,95,115,116,114,86,93,95,82,78,118,88,115,90,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,78,116,66,53,95,54,83,116,114,105,110,103,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,53,87,114,105,116,101,49,48,119,114,105,116,101,95,99,104,97,114,87,88,95,82,78,118,89,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,54,83,116,114,105,110,103,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,53,87,114,105,116,101,57,119,114,105,116,101,95,102,109,116,66,54,95,88,34,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,53,119,114,105,116,101,89,61,95,82,78,118,77,115,97,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,78,116,66,53,95,57,70,111,114,109,97,116,116,101,114,49,50,112,97,100,95,105,110,116,101,103,114,97,108,90,55,95,82,78,118,77,115,97,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,78,116,66,53,95,57,70,111,114,109,97,116,116,101,114,55,112,97,100,100,105,110,103,91,77,95,82,78,118,78,118,77,115,97,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,78,116,66,55,95,57,70,111,114,109,97,116,116,101,114,49,50,112,97,100,95,105,110,116,101,103,114,97,108,49,50,119,114,105,116,101,95,112,114,101,102,105,120,92,40,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,53,112,97,110,105,99,93,46,95,82,78,118,67,115,102,103,72,89,119,77,57,50,102,121,110,95,55,95,95,95,114,117,115,116,99,49,55,114,117,115,116,95,98,101,103,105,110,95,117,110,119,105,110,100,94,62,95,82,78,118,88,115,105,95,78,116,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,51,110,117,109,51,105,109,112,106,78,116,66,57,95,55,68,105,115,112,108,97,121,51,102,109,116,95,58,95,82,78,118,77,115,107,95,78,116,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,51,110,117,109,51,105,109,112,106,49,48,95,95,102,109,116,95,105,110,110,101,114,96,55,95,82,78,118,88,115,49,105,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,82,101,78,116,66,54,95,55,68,105,115,112,108,97,121,51,102,109,116,66,56,95,97,51,95,82,78,118,77,115,97,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,78,116,66,53,95,57,70,111,114,109,97,116,116,101,114,51,112,97,100,98,74,95,82,78,118,78,118,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,99,101,108,108,50,50,112,97,110,105,99,95,97,108,114,101,97,100,121,95,98,111,114,114,111,119,101,100,56,100,111,95,112,97,110,105,99,55,114,117,110,116,105,109,101,99,77,95,82,78,118,88,115,114,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,99,101,108,108,78,116,66,53,95,49,52,66,111,114,114,111,119,77,117,116,69,114,114,111,114,78,116,78,116,66,55,95,51,102,109,116,55,68,105,115,112,108,97,121,51,102,109,116,100,82,95,82,78,118,78,118,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,99,101,108,108,51,48,112,97,110,105,99,95,97,108,114,101,97,100,121,95,109,117,116,97,98,108,121,95,98,111,114,114,111,119,101,100,56,100,111,95,112,97,110,105,99,55,114,117,110,116,105,109,101,101,74,95,82,78,118,88,115,113,95,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,52,99,101,108,108,78,116,66,53,95,49,49,66,111,114,114,111,119,69,114,114,111,114,78,116,78,116,66,55,95,51,102,109,116,55,68,105,115,112,108,97,121,51,102,109,116,102,46,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,54,111,112,116,105,111,110,49,51,101,120,112,101,99,116,95,102,97,105,108,101,100,103,56,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,100,105,115,112,108,97,121,82,101,69,66,52,95,104,50,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,52,112,97,110,105,99,95,110,111,117,110,119,105,110,100,105,54,95,82,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,56,112,97,110,105,99,95,110,111,117,110,119,105,110,100,95,102,109,116,106,64,95,82,78,118,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,57,112,97,110,105,99,107,105,110,103,49,56,112,97,110,105,99,95,110,111,117,110,119,105,110,100,95,102,109,116,55,114,117,110,116,105,109,101,107,48,95,82,78,118,67,115,102,103,72,89,119,77,57,50,102,121,110,95,55,95,95,95,114,117,115,116,99,49,56,95,95,95,114,117,115,116,95,115,116,97,114,116,95,112,97,110,105,99,108,64,95,82,78,118,78,118,78,116,67,115,71,115,105,108,66,106,106,76,54,110,95,49,50,112,97,110,105,99,95,117,110,119,105,110,100,51,105,109,112,53,112,97,110,105,99,49,55,101,120,99,101,112,116,105,111,110,95,99,108,101,97,110,117,112,109,146,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,98,111,120,101,100,51,66,111,120,68,78,116,78,116,66,52,95,51,97,110,121,51,65,110,121,78,116,78,116,66,52,95,54,109,97,114,107,101,114,52,83,101,110,100,69,76,95,69,69,67,115,71,115,105,108,66,106,106,76,54,110,95,49,50,112,97,110,105,99,95,117,110,119,105,110,100,110,130,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,53,98,111,120,101,100,51,66,111,120,78,116,78,116,67,115,71,115,105,108,66,106,106,76,54,110,95,49,50,112,97,110,105,99,95,117,110,119,105,110,100,51,105,109,112,57,69,120,99,101,112,116,105,111,110,69,69,66,49,105,95,111,137,1,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,73,78,116,78,116,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,52,115,121,110,99,57,110,111,110,112,111,105,115,111,110,54,114,119,108,111,99,107,49,53,82,119,76,111,99,107,82,101,97,100,71,117,97,114,100,78,116,78,116,66,79,95,57,112,97,110,105,99,107,105,110,103,52,72,111,111,107,69,69,66,79,95,112,39,95,82,78,118,67,115,102,103,72,89,119,77,57,50,102,121,110,95,55,95,95,95,114,117,115,116,99,49,48,114,117,115,116,95,112,97,110,105,99,113,66,95,82,78,118,88,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,97,110,121,82,101,78,116,66,50,95,51,65,110,121,55,116,121,112,101,95,105,100,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,114,106,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,48,114,101,112,108,97,99,101,95,100,118,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,115,114,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,56,117,110,108,105,110,107,95,108,97,114,103,101,95,99,104,117,110,107,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,116,108,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,50,105,110,115,101,114,116,95,99,104,117,110,107,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,117,114,95,82,78,118,77,115,48,95,78,116,67,115,52,86,78,87,75,104,122,118,89,68,106,95,56,100,108,109,97,108,108,111,99,56,100,108,109,97,108,108,111,99,73,78,116,66,53,95,56,68,108,109,97,108,108,111,99,78,116,78,116,66,55,95,51,115,121,115,54,83,121,115,116,101,109,69,49,56,105,110,115,101,114,116,95,108,97,114,103,101,95,99,104,117,110,107,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,118,100,95,82,73,78,118,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,51,115,121,115,57,98,97,99,107,116,114,97,99,101,50,54,95,95,95,114,117,115,116,95,101,110,100,95,115,104,111,114,116,95,98,97,99,107,116,114,97,99,101,78,67,78,118,78,116,66,54,95,53,97,108,108,111,99,56,114,117,115,116,95,111,111,109,48,122,69,66,54,95,119,45,95,82,78,67,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,53,97,108,108,111,99,56,114,117,115,116,95,111,111,109,48,66,53,95,120,56,95,82,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,53,97,108,108,111,99,50,52,100,101,102,97,117,108,116,95,97,108,108,111,99,95,101,114,114,111,114,95,104,111,111,107,121,110,95,82,73,78,118,78,116,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,51,115,121,115,57,98,97,99,107,116,114,97,99,101,50,54,95,95,95,114,117,115,116,95,101,110,100,95,115,104,111,114,116,95,98,97,99,107,116,114,97,99,101,78,67,78,118,78,116,66,54,95,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,48,122,69,66,54,95,122,55,95,82,78,67,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,48,66,53,95,123,118,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,116,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,49,57,70,111,114,109,97,116,83,116,114,105,110,103,80,97,121,108,111,97,100,69,66,76,95,124,119,95,82,78,118,88,115,48,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,53,95,49,57,70,111,114,109,97,116,83,116,114,105,110,103,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,55,68,105,115,112,108,97,121,51,102,109,116,125,131,1,95,82,78,118,88,115,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,52,95,49,57,70,111,114,109,97,116,83,116,114,105,110,103,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,56,116,97,107,101,95,98,111,120,126,83,95,82,78,118,77,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,50,95,49,57,70,111,114,109,97,116,83,116,114,105,110,103,80,97,121,108,111,97,100,52,102,105,108,108,127,126,95,82,78,118,88,115,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,52,95,49,57,70,111,114,109,97,116,83,116,114,105,110,103,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,51,103,101,116,128,1,101,95,82,73,78,118,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,112,116,114,49,51,100,114,111,112,95,105,110,95,112,108,97,99,101,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,54,83,116,114,105,110,103,69,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,129,1,102,95,82,78,118,88,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,97,110,121,78,116,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,54,83,116,114,105,110,103,78,116,66,50,95,51,65,110,121,55,116,121,112,101,95,105,100,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,130,1,97,95,82,78,118,88,115,90,95,78,116,67,115,97,89,116,111,69,120,57,109,108,110,111,95,53,97,108,108,111,99,54,115,116,114,105,110,103,78,116,66,53,95,54,83,116,114,105,110,103,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,53,87,114,105,116,101,49,48,119,114,105,116,101,95,99,104,97,114,46,49,50,49,131,1,116,95,82,78,118,88,115,50,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,53,95,49,54,83,116,97,116,105,99,83,116,114,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,51,102,109,116,55,68,105,115,112,108,97,121,51,102,109,116,132,1,129,1,95,82,78,118,88,115,49,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,53,95,49,54,83,116,97,116,105,99,83,116,114,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,56,116,97,107,101,95,98,111,120,133,1,124,95,82,78,118,88,115,49,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,53,95,49,54,83,116,97,116,105,99,83,116,114,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,51,103,101,116,134,1,127,95,82,78,118,88,115,49,95,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,57,112,97,110,105,99,107,105,110,103,49,51,112,97,110,105,99,95,104,97,110,100,108,101,114,78,116,66,53,95,49,54,83,116,97,116,105,99,83,116,114,80,97,121,108,111,97,100,78,116,78,116,67,115,52,105,99,81,98,119,73,117,104,51,95,52,99,111,114,101,53,112,97,110,105,99,49,50,80,97,110,105,99,80,97,121,108,111,97,100,54,97,115,95,115,116,114,135,1,39,95,82,78,118,78,116,67,115,55,112,101,69,72,111,119,79,55,98,82,95,51,115,116,100,53,97,108,108,111,99,56,114,117,115,116,95,111,111,109,136,1,22,114,101,101,110,116,114,121,95,105,109,112,111,114,116,95,119,114,97,112,112,101,114,137,1,22,114,101,101,110,116,114,121,95,101,120,112,111,114,116,95,119,114,97,112,112,101,114,138,1,22,114,101,101,110,116,114,121,95,105,110,118,111,107,101,95,119,114,97,112,112,101,114,7,18,1,0,15,95,95,115,116,97,99,107,95,112,111,105,110,116,101,114,9,17,2,0,7,46,114,111,100,97,116,97,1,5,46,100,97,116,97,0,91,9,112,114,111,100,117,99,101,114,115,1,12,112,114,111,99,101,115,115,101,100,45,98,121,1,5,114,117,115,116,99,59,49,46,57,54,46,48,32,40,97,99,54,56,102,97,97,50,48,32,50,48,50,54,45,48,53,45,50,53,41,32,40,98,117,105,108,116,32,102,114,111,109,32,97,32,115,111,117,114,99,101,32,116,97,114,98,97,108,108,41,0,168,1,15,116,97,114,103,101,116,95,102,101,97,116,117,114,101,115,9,43,11,98,117,108,107,45,109,101,109,111,114,121,43,15,98,117,108,107,45,109,101,109,111,114,121,45,111,112,116,43,22,99,97,108,108,45,105,110,100,105,114,101,99,116,45,111,118,101,114,108,111,110,103,43,18,101,120,99,101,112,116,105,111,110,45,104,97,110,100,108,105,110,103,43,10,109,117,108,116,105,118,97,108,117,101,43,15,109,117,116,97,98,108,101,45,103,108,111,98,97,108,115,43,19,110,111,110,116,114,97,112,112,105,110,103,45,102,112,116,111,105,110,116,43,15,114,101,102,101,114,101,110,99,101,45,116,121,112,101,115,43,8,115,105,103,110,45,101,120,116]
  },
  plan: {"hook_reinit":false,"imports":[],"driver":[{"op":"Call","export":0},{"op":"Call","export":0}],"mutant":null,"guest":[82,78,84,82,2,16,1,0,0,0,0,1,0,2,0,0,1,0,0,0,1,8,0,0,0,4,4,0,0,0],"guest_memory":{"initial":2,"maximum":18}},
  expected: {
    exnref: [0,0,0,2,1,0,4,4,0,3,1,0,4,8,0,7,5,0,22,0,0,50,0,0,51,1,0],
    legacy: [0,0,0,2,1,0,4,4,0,3,1,0,4,8,0,7,5,0,22,0,0,50,0,0,51,1,0]
  },
});
