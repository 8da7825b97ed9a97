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
//   floor(module, calls[, guestBytes, memInitial, memMaximum]) -> undefined;
//                                          the raw engine floor (calls: export
//                                          indices, -1 a fresh instance)
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
    MEMORY = 8, HIGH = 9, CLOSURE_NEW = 10, CLOSURE_NEW_ABORTING = 11, IMPORT_ERR = 12, PANIC_VALUE = 13,
    CAUGHT_VALUE = 14, CLOSURE_DROP = 15;
  const HOST_ENTER = 16, HOST_EXIT = 17, HOST_RETURN = 18, THROW = 19, TERMINATE = 20,
    SCHEDULE_REINIT = 21, HOOK = 22, RESET = 23, THROW_EXN = 24, UNCAUGHT = 25, CATCH = 32, OUTCOME = 48,
    SUBCODES = 16;
  // Tasks (issue 13): `TASK + outcome code` is a task's promise settling.
  const END_RESOLVE = 26, HUNG = 27, TASK_START = 28, TASK_AWAITS = 29, TASK_RESUMES = 30, TASK = 64;
  // Closures (issue 13 part 4): a host `invoke` of an export no closure was made for.
  const NO_CLOSURE = 31;
  // A driver step's request never answered (the workers-rs lane; logged by the harness).
  const STEP_HUNG = 80;
  const F_PANIC = 0, F_FOREIGN = 1, F_TRAP = 2, F_TERMINATED = 3, F_STALE = 4, F_FOREIGN_COPY = 5,
    F_WASM_PANIC = 6, F_FOREIGN_PANIC = 7, F_UNKNOWN_TAG = 11, F_CRITICAL = 15;
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
  // panic_in_aborting_closure, and panic: a panic under panic=abort); Wasm
  // logs these, the glue only names them (`wire`, repro.js).
  const ABORT_CAUSES = ['unreachable', 'oom', 'stack_overflow', 'div_zero', 'oob', 'panic_in_drop',
    'panic_in_aborting_closure', 'panic'];

  // How the JS engines word their traps: the entries of harness/src/trap.rs
  // `V8_MESSAGES`, `SPIDERMONKEY_MESSAGES` and `JSC_MESSAGES` whose class
  // the trace tells apart (`TrapClass::kind`), matched as substrings in that
  // order. A RuntimeError matching none is `other`.
  const TRAP_MESSAGES = [
    ['unreachable', TRAP_UNREACHABLE],
    ['memory access out of bounds', TRAP_OOB],
    ['data segment', TRAP_OOB],
    ['divide by zero', TRAP_DIV_ZERO],
    ['remainder by zero', TRAP_DIV_ZERO],
    // SpiderMonkey ('unreachable executed' and 'integer divide by zero' match above).
    ['index out of bounds', TRAP_OOB],
    // JavaScriptCore.
    ['Unreachable code should not be executed', TRAP_UNREACHABLE],
    ['Out of bounds memory access', TRAP_OOB],
    ['Division by zero', TRAP_DIV_ZERO],
  ];
  // The error an engine throws when the stack runs out: [its name, its
  // message] (V8: a RangeError; SpiderMonkey: an InternalError;
  // JavaScriptCore: V8's with a full stop).
  const STACK_OVERFLOWS = [['RangeError', 'Maximum call stack size exceeded'], ['InternalError', 'too much recursion'],
    ['RangeError', 'Maximum call stack size exceeded.']];
  function isStackOverflow(e) {
    if (!(e instanceof Error)) return false;
    for (let i = 0; i < STACK_OVERFLOWS.length; i++) {
      if (e.name === STACK_OVERFLOWS[i][0] && e.message === STACK_OVERFLOWS[i][1]) return true;
    }
    return false;
  }

  // Targets of `callExport` besides `e<i>` (i >= 0).
  const READ_STATE = -1, NEW_HANDLE = -2;

  // ---- values the host throws ----
  // The protocol's errors are values the host throws and classifies, a few
  // per case: they capture no stack. V8 walks the whole stack, Wasm frames
  // and all, for each Error made (`Error.stackTraceLimit` frames), and
  // nothing reads these stacks. A GlueBug, which escapes, keeps its stack.
  class ProtocolError extends Error {
    constructor(message) {
      const limit = Error.stackTraceLimit;
      // Engines without the property (or with it set to a non-number) capture as they do.
      if (typeof limit !== 'number') {
        super(message);
        return;
      }
      Error.stackTraceLimit = 0;
      super(message);
      Error.stackTraceLimit = limit;
    }
  }
  class PanicError extends ProtocolError {
    constructor(payload) {
      super('panic ' + payload);
      this.payload = payload;
    }
  }
  class TerminatedError extends ProtocolError {
    constructor() { super('Module terminated'); }
  }
  class StaleHandleError extends ProtocolError {
    constructor() { super('stale handle: the instance was reset'); }
  }
  // A closure Wasm dropped (a borrowed one after its scope, an import's
  // argument after the call), and a once closure called again: F_STALE
  // with argument 1 and 2 (trace.rs `Failure::Dropped`, `CalledTwice`).
  class DroppedClosureError extends ProtocolError {
    constructor() { super('closure invoked after being dropped'); }
  }
  class CalledTwiceError extends ProtocolError {
    constructor() { super('FnOnce called more than once'); }
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

  // ---- imported memories, kept across cases ----
  // A new WebAssembly.Memory reserves its whole guard region (V8: 10 GB of
  // address space, in Chromium inside its sandbox; SpiderMonkey: 6 GB), which
  // costs 75-300 µs, most of what an instance costs. An instance needs a
  // memory no other instance shares, and no Wasm of a case runs after its
  // end(): so end() zeroes the case's memories that never grew and keeps
  // them, and the next case's instances get what a new memory holds. Few
  // are kept, as each holds its reservation (Chromium's sandbox has room for
  // about 100).
  const memoryPool = new Map(); // 'initial/maximum' -> memories free to reuse
  const POOLED_PER_LIMITS = 4, POOLED = 16;
  let pooled = 0;
  let caseMemories = []; // [key, memory, initial bytes] handed out this case
  function memoryOf(limits) {
    const key = limits.initial + '/' + limits.maximum;
    const free = memoryPool.get(key);
    let m = free && free.pop();
    if (m) pooled--;
    else m = new WA.Memory(limits);
    caseMemories.push([key, m, limits.initial * 65536]);
    return m;
  }
  function releaseMemories() {
    for (const [key, m, bytes] of caseMemories) {
      // A grown memory cannot shrink back: it is left to the collector.
      if (m.buffer.byteLength !== bytes) continue;
      let free = memoryPool.get(key);
      if (!free) memoryPool.set(key, (free = []));
      if (free.length >= POOLED_PER_LIMITS || pooled >= POOLED) continue;
      new Uint8Array(m.buffer).fill(0);
      free.push(m);
      pooled++;
    }
    caseMemories = [];
  }

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
  // Closures (docs/protocol.md 23-26, 31-33): every closure the host was
  // handed, by id, {epoch, aborting, once, dropped, spent}; and per export
  // the id of the newest (or undefined).
  let closureList = [];
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
    mGlueLosesPayload = false,
    mOnceClosureRunsTwice = false, mDroppedClosureRuns = false;
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
  // env.closure_new(export, kind): a `closure` step (the Wasm logged it)
  // hands the host a closure bound to the instance that made it; `kind` is
  // trace.rs `ClosureKind::code()` (constructor in the low 3 bits: 2 once),
  // + 16 for an aborting edge. Its id.
  function closureNew(e, kind) {
    closureList.push({ epoch: active, aborting: (kind & 16) !== 0, once: (kind & 7) === 2, dropped: false, spent: false });
    closures[e] = closureList.length - 1;
    return closureList.length - 1;
  }
  // env.closure_drop(id): Wasm dropped it (a borrowed one's scope ended, an
  // import's argument's call returned).
  function closureDrop(id) {
    closureList[id].dropped = true;
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
    return e instanceof WA.RuntimeError || isStackOverflow(e);
  }

  // ---- instances ----
  // Two module interfaces: generated modules (one import host.h<k> and one
  // export e<i> per program function, the epoch as a global), and the real
  // guest (docs/guest.md: env.host_call(k), call(i), each instance started
  // with the program's bytes and its epoch).
  function instantiate(epoch) {
    if (guestProgram) return instantiateGuest(epoch);
    const env = {
      log, panic_error: panicError, schedule_reinit: scheduleReinit, closure_new: closureNew, closure_drop: closureDrop,
      epoch: new WA.Global({ value: 'i32', mutable: false }, epoch),
      jstag, wrapped: wrappedTag, memory: memoryOf(plan.memory),
    };
    // A module with async exports imports the await (JSPI: docs/protocol.md
    // 22); an import object may hold more than a module imports.
    if (hasJspi) env.await = jspi().await;
    const instance = new WA.Instance(module, { env, host: imports });
    const x = instance.exports;
    const exports = [];
    for (let i = 0; typeof x['e' + i] === 'function'; i++) exports.push(x['e' + i]);
    // A module with closures exports their entries (compile/mod.rs):
    // 2e the unwinding closure over e<e>, 2e + 1 the aborting one.
    const table = x.__closures;
    return record(x, exports, null, table ? (e, a) => table.get(2 * e + a)() : null);
  }

  // The guest's memory has the program's limits on top of the guest's own
  // pages (plan.memory, docs/guest.md "Memory").
  function instantiateGuest(epoch) {
    const instance = new WA.Instance(module, {
      env: {
        log, panic_error: panicError, schedule_reinit: scheduleReinit,
        host_call: imports, host_call_catch: imports, jstag, wrapped: wrappedTag, closure_new: closureNew,
        closure_drop: closureDrop, memory: memoryOf(plan.memory),
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

  // The closure entry of the newest closure made for e<e> (decisions 24,
  // 32-33); undefined if none was made.
  function invokeClosure(e) {
    if (closures[e] === undefined) return undefined;
    const c = closureList[closures[e]];
    enter(c.epoch);
    if (c.dropped && !mDroppedClosureRuns) throw new DroppedClosureError();
    if (c.once) {
      if (c.spent) throw new CalledTwiceError();
      c.spent = !mOnceClosureRunsTwice;
    }
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
    if (e instanceof DroppedClosureError || e instanceof CalledTwiceError) {
      failArg = e instanceof DroppedClosureError ? 1 : 2;
      return F_STALE;
    }
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
    if (isStackOverflow(e)) return TRAP_STACK_OVERFLOW;
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
    const caller = active;
    active = inst;
    let q;
    try {
      q = jspi().start(rec.exports[i], t);
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
  const hasJspi = typeof WA.Suspending === 'function' && typeof WA.promising === 'function';

  // JSPI's two wrappers, made once (on first use) instead of per instance
  // and per task: SpiderMonkey compiles a wrapper module for every instance
  // that imports a WebAssembly.Suspending and for every
  // WebAssembly.promising, 1-2 ms each, several times the rest of a case.
  // A helper instance imports the await as a Suspending and re-exports it,
  // so a case instance imports a Wasm function; and its `run(t)` calls the
  // async export in `slot` (call_indirect, no handler in between), so one
  // `promising(run)` starts every task. {await, start(export, t) -> promise}.
  let jspiHelper = null;
  function jspi() {
    if (!jspiHelper) {
      const slot = new WA.Table({ element: 'anyfunc', initial: 1 });
      // run(t) = call_indirect (i32) -> i32 of slot[0] with t
      const x = instantiateBytes(binary({
        types: [[[I32], []], [[I32], [I32]]],
        imports: [['env', 'await', 0x00, 0], ['env', 'slot', 0x01, FUNCREF, 0x00, 1]],
        funcs: [1],
        exports: [['await', 0], ['run', 1]],
        codes: [[0x20, 0, 0x41, 0, 0x11, 1, 0]],
      }), { env: { await: new WA.Suspending(awaitPromise), slot } });
      const run = WA.promising(x.run);
      jspiHelper = {
        await: x.await,
        start(f, t) {
          slot.set(0, f);
          try {
            return run(t);
          } finally {
            slot.set(0, null);
          }
        },
      };
    }
    return jspiHelper;
  }

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
    if (!p.memory) throw new GlueBug('the plan has no memory limits (plan.rs `memory`)');
    // Steps that run as jobs (a spawn's task, an invoke's promise callback)
    // make the driver asynchronous (runJobs).
    if (p.hasJobs === undefined) p.hasJobs = p.driver.some((s) => s.op === 'Spawn' || s.op === 'Invoke');
    const polyfill = !WA.JSTag || !!(options && options.forcePolyfill);
    drain = drainOf(options);
    tasks = [];
    closures = [];
    closureList = [];
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
    mOnceClosureRunsTwice = m === 'once-closure-runs-twice';
    mDroppedClosureRuns = m === 'dropped-closure-runs';
    if (m != null && !(mHookEveryBoundary || mHookNever || mTrapRecoverable ||
      mGuardIgnoresTerminated || mResetKeepsMemory || mStaleHandlesAccepted ||
      mExceptionRecoverable || mResetKeepsGrownMemory || mSiblingResumedAfterAbort ||
      mRejectionNeverSettled || mHookOncePerTask || mGlueLosesPayload ||
      mOnceClosureRunsTwice || mDroppedClosureRuns)) {
      throw new GlueBug('unknown glue mutant ' + m);
    }
  }

  // Drop references so nothing of a case outlives it.
  function end() {
    module = null;
    plan = null;
    tasks = [];
    closures = [];
    closureList = [];
    ticks.length = 0;
    guestProgram = null;
    instances = [];
    handleEpochs = [];
    thrown.clear();
    lastRaw = lastRawPayload = null;
    releaseMemories();
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
  const I32 = 0x7f, FUNCREF = 0x70, EXTERNREF = 0x6f, EXNREF = 0x69, VOID = 0x40;

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
      return isStackOverflow(e);
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
  // no-op imports, then `calls` (harness/src/engine/mod.rs `floor_calls`):
  // call export i (i >= 0), ignoring what it throws, or (-1) make a fresh
  // instance, as the case's resets did. On the real guest lane
  // (`guestBytes`, the program) each instance is started with the program
  // and `call(i)` runs the exports: the guest's own work, with none of the
  // glue. Its memories are kept across cases as a case's are (memoryOf).
  function floor(mod, calls, guestBytes, memInitial, memMaximum) {
    if (memInitial === undefined) throw new GlueBug('floor: no memory limits');
    const limits = { initial: memInitial, maximum: memMaximum };
    const env = {};
    const host = {};
    for (const imp of WA.Module.imports(mod)) {
      const ns = imp.module === 'host' ? host : env;
      if (imp.kind === 'function') ns[imp.name] = () => null;
      else if (imp.kind === 'global') ns[imp.name] = new WA.Global({ value: 'i32', mutable: false }, 0);
      else if (imp.kind === 'tag') ns[imp.name] = newTag();
    }
    let epoch = 0;
    const fresh = () => {
      env.memory = memoryOf(limits);
      const x = new WA.Instance(mod, { env, host }).exports;
      if (guestBytes) {
        const ptr = x.__reentry_alloc(guestBytes.length);
        new Uint8Array(x.memory.buffer, ptr, guestBytes.length).set(guestBytes);
        x.__reentry_start(ptr, guestBytes.length, epoch);
      }
      epoch++;
      return x;
    };
    let x = fresh();
    for (let i = 0; i < calls.length; i++) {
      const c = calls[i];
      if (c < 0) {
        x = fresh();
        continue;
      }
      try {
        if (guestBytes) x.call(c);
        else x['e' + c]();
      } catch (_) { /* the floor ignores outcomes */ }
    }
    releaseMemories();
  }

  // ---- the wire constants, for tests and repro.js (never read by the hot path) ----
  const freezeAll = (xs) => Object.freeze(xs.map((x) => (Array.isArray(x) ? Object.freeze(x.slice()) : x)));
  const wire = Object.freeze({
    // Every constant of trace.rs `code`, under its name there.
    codes: Object.freeze({
      ENTER, EXIT, GUARD_NEW, GUARD_DROP, PANIC, CAUGHT, STATE, ABORT, MEMORY, HIGH,
      CLOSURE_NEW, CLOSURE_NEW_ABORTING, IMPORT_ERR, PANIC_VALUE, CAUGHT_VALUE, CLOSURE_DROP, NO_CLOSURE,
      HOST_ENTER, HOST_EXIT, HOST_RETURN, THROW, TERMINATE, SCHEDULE_REINIT, HOOK, RESET,
      THROW_EXN, UNCAUGHT, END_RESOLVE, HUNG, TASK_START, TASK_AWAITS, TASK_RESUMES, STEP_HUNG, CATCH, OUTCOME, TASK,
      SUBCODES,
      F_PANIC, F_FOREIGN, F_TRAP, F_TERMINATED, F_STALE, F_FOREIGN_COPY,
      F_WASM_PANIC, F_FOREIGN_PANIC, F_UNKNOWN_TAG, F_CRITICAL,
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
    // ClosureCtor names by code (`ClosureCtor::ALL` order): a closure's
    // constructor in `CLOSURE_NEW`'s argument (repro.js names them).
    closureCtors: freezeAll(['own', 'wrap', 'once', 'borrow', 'borrow_mut', 'ref', 'ref_mut']),
    // [substring, TrapKind code], matched in order.
    trapMessages: freezeAll(TRAP_MESSAGES),
    // [name, message] of each engine's stack overflow error.
    stackOverflows: freezeAll(STACK_OVERFLOWS),
    // (error) -> TrapKind code: how a host `catch` or a driver step
    // classifies an abort.
    trapKind,
  });

  global.ReentryGlue = Object.freeze({ compile, runCase, tick, features, floor, wire, foreignModule, hostStepsOver });
})(globalThis);
