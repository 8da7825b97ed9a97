// reentry host driver for the wasm-bindgen binding of the real guest
// (engines/guest, feature `binding-wasm-bindgen`; src/binding_wasm_bindgen.rs
// says what crosses the boundary).
//
// It runs a reentry host plan (harness/src/plan.rs: the same JSON glue.js
// runs, with `guest` = the program's bytes) against the output of the real
// `wasm-bindgen` CLI, and returns the flat trace (docs/trace-format.md).
// Every call into the guest goes through wasm-bindgen's generated functions
// and classes, so the call guard, catch handler, PanicError, abort hook,
// reinit and stale-object checks under test are wasm-bindgen's own; only the
// host-step interpreter and the classification of what it catches are ours.
//
// A classic script (no import/export), like glue.js, so node and deno
// workers, the in-process V8 (deno_core) and standalone repros can evaluate
// it. Load engines/glue.js first: the trap vocabulary is
// `ReentryGlue.wire` (trapKind, the codes). Defines `globalThis.ReentryWbgHost`:
//   load(jsText, wasm, importer)
//                        -> a loaded binding. `jsText`: the `--target nodejs`
//                           output (guest.js, built with
//                           `--experimental-reset-state-function`); `wasm`:
//                           its guest_bg.wasm as bytes or a WebAssembly.Module
//                           (compiled once, here). The CommonJS text is turned
//                           into one function (compiled once) and evaluated
//                           by the first case; every later case starts from a
//                           fresh Wasm instance through the glue's own
//                           `__wbg_reset_state` (what it resets, and why that
//                           is all the glue's state: "Loading" below).
//                           Or the `--target web` output (an ES module), where
//                           the engine can import one: `importer(text)` returns
//                           a function that imports a fresh instance of the
//                           module `text` (a promise of its namespace) each time
//                           it is called (`blobImporter` below, in a page;
//                           engines/jsc-worker.js: a scratch file); the first
//                           case imports one and calls its `initSync`, later
//                           ones reset it as above.
//   blobImporter          that importer where there are blob URLs, else null.
//   runCase(loaded, plan) -> Int32Array, the flat trace; `plan` is the JSON
//                           text or the parsed object.
//   floor(loaded, plan)   the engine floor of `reentry bench` (below).
//   PANIC_PREFIX          the PanicError message prefix the guest uses.
//
// How it observes what wasm-bindgen does (see binding_wasm_bindgen.rs):
//   - a new instance: every instance's `start` calls the import `boot`, which
//     hands us its memory, the hook counter and the flag addresses and gets
//     the epoch, the hook policy and the program. Instances after the first
//     (a reset by the call guard or by `__wbg_reset_state`) log `reset -> [e]`.
//   - the abort hook: it bumps a counter in its instance's memory. After
//     every call into wasm-bindgen's glue (returned or thrown) and in `boot`,
//     each counter increment since the last look is logged as `hook [e]`.
//   - terminate: we write 1 to the current instance's flag, at the address
//     the guest reads from `__instance_terminated` (the address the glue
//     reads as `wasm.__instance_terminated.value`).
(function (global) {
  'use strict';
  if (typeof global.ReentryGlue !== 'object') throw new Error('wbg-host.js: load engines/glue.js first');
  const W = global.ReentryGlue.wire;
  const C = W.codes;
  const trapKind = W.trapKind;
  const { HOST_ENTER, HOST_EXIT, THROW, TERMINATE, SCHEDULE_REINIT, HOOK, RESET, THROW_EXN, UNCAUGHT,
    CATCH, OUTCOME, PANIC_VALUE, F_PANIC, F_FOREIGN, F_TRAP, F_TERMINATED, F_STALE, F_FOREIGN_COPY, F_WASM_PANIC, F_FOREIGN_PANIC,
    F_UNKNOWN_TAG, F_CRITICAL, O_VALUE, O_DONE, O_NO_HANDLE, O_TASK, O_NOT_AWAITING, O_NO_CLOSURE, TASK, TASK_AWAITS, PANIC } = C;
  const TRAP_OTHER = W.trapKinds.indexOf('other');

  // binding_wasm_bindgen.rs `PANIC_PREFIX`.
  const PANIC_PREFIX = 'reentry panic ';
  // What a lost payload reads as (harness/src/trace.rs LOST_PAYLOAD).
  const LOST_PAYLOAD = -1;
  // The glue's messages (wasm-bindgen 0.2.130, crates/cli-support/src/js).
  const MSG_TERMINATED = 'Module terminated';
  const MSG_STALE = 'Invalid stale object from previous Wasm instance';
  // makeClosure's instance check (crates/cli-support/src/js/mod.rs).
  const MSG_STALE_CLOSURE = 'Cannot invoke closure from previous WASM instance';
  // The panic=abort import wrapper's rethrow (generate_rethrow_critical_import):
  // `new Error("Critical error", { cause })` (profile P7).
  const MSG_CRITICAL = 'Critical error';
  // The closure shims' throw_str (src/convert/closures.rs): a closure Wasm
  // dropped (a ScopedClosure after its scope, an import's `&dyn Fn`
  // argument after the call), and a once closure called again: F_STALE
  // with argument 1 and 2 (trace.rs `Failure::Dropped`, `CalledTwice`).
  const MSG_DROPPED = 'closure invoked recursively or after being dropped';
  const MSG_CALLED_TWICE = 'FnOnce called more than once';

  const WA = global.WebAssembly;
  // A tag no module exports (ExnTag unknown_tag); another module's `$panic`
  // (foreign_panic) is glue.js's foreign module, made on first use.
  const unknownTag = typeof WA.Tag === 'function' ? new WA.Tag({ parameters: ['i32'] }) : null;

  class ForeignValue {
    constructor(value) { this.reentryForeign = value; }
  }
  class GlueBug extends Error {}
  class InstantiateError extends Error {}
  InstantiateError.prototype.name = 'InstantiateError';

  // ---- per-case state ----
  const T = [];
  let plan = null;
  let program = null; // Uint8Array
  let hookReinit = false;
  let x = null; // the wasm-bindgen module's exports (module.exports)
  let instances = []; // per epoch: {memory, hooks, flag, seen, view}
  let handles = []; // Handle objects; null: the constructor failed
  // Tasks (issue 13) by number: null (its spawn was refused) or
  // {awaiting, settled, resolve, reject} of the promise it awaits.
  let tasks = [];
  // Closures (docs/protocol.md 23-26) by export: the newest JS function the
  // guest handed over (wasm-bindgen's makeClosure wrapper), or undefined.
  let closures = [];
  // The payload of the newest panic Wasm logged: the one a Rust exception
  // leaving the glue unwrapped (an aborting closure's, profile P6) carries.
  let lastPanic = 0;
  let drain = null;
  const thrown = new Set();
  let failArg = 0;

  function words(rec) {
    if (rec.view === null || rec.view.length === 0) rec.view = new Int32Array(rec.memory.buffer);
    return rec.view;
  }

  // Log every hook run since the last look, per instance.
  function observeHooks() {
    for (let e = 0; e < instances.length; e++) {
      const rec = instances[e];
      const n = words(rec)[rec.hooks];
      while (rec.seen < n) {
        rec.seen++;
        T.push(HOOK, e, 0);
      }
    }
  }

  // ---- the imports the guest's #[wasm_bindgen] extern block names ----
  const ns = {
    log(code, arg, epoch) {
      if (code === PANIC) lastPanic = arg;
      // A JS value's panic carries no number: a Rust exception it leaves
      // the glue as (profile P6) is read as panic 0, as the model does.
      if (code === PANIC_VALUE) lastPanic = 0;
      T.push(code, arg, epoch);
    },
    // `closure e<export> <kind>` (the guest logged it): `f` is wasm-bindgen's
    // closure, owned or a `ScopedClosure`'s, whose own glue makes the
    // closure entry (its instance check, then the invoke shim's call guard
    // and catch handler; the shim refuses a dropped or spent one).
    closure_new(e, kind, f) {
      closures[e] = f;
    },
    host_call(k) {
      T.push(HOST_ENTER, k, 0);
      hostSteps(plan.imports[k]);
      T.push(HOST_EXIT, k, 0);
    },
    // `call h<k> with e<e>`: `f` is the `&dyn Fn` argument, the newest
    // closure over e<e>; wasm-bindgen's glue invalidates it when this returns.
    host_call_with(k, e, f) {
      closures[e] = f;
      ns.host_call(k);
    },
    // A task's await: a fresh promise the driver settles (docs/protocol.md 17).
    await_task(t) {
      const task = tasks[t];
      if (!task) throw new GlueBug('the guest awaited for task ' + t + ', which does not run');
      T.push(TASK_AWAITS, t, 0);
      task.awaiting = true;
      return new Promise((resolve, reject) => { task.resolve = resolve; task.reject = reject; });
    },
    // The JSPI build's suspending import (the lane `--jspi`, below).
    await_task_jspi(t) {
      return ns.await_task(t);
    },
    rethrow(v) {
      throw v;
    },
    boot(memory, hooksAddr, flagAddr) {
      observeHooks(); // a guard that fired the hook and now resets
      const epoch = instances.length;
      instances.push({ memory, hooks: hooksAddr >>> 2, flag: flagAddr >>> 2, seen: 0, view: null });
      if (epoch > 0) T.push(RESET, epoch, 0);
      const out = new Uint8Array(5 + program.length);
      new DataView(out.buffer).setInt32(0, epoch, true);
      out[4] = hookReinit ? 1 : 0;
      out.set(program, 5);
      return out;
    },
  };

  // A call into wasm-bindgen's glue: hooks are looked at when it leaves. A
  // Wasm exception out of it left an export through __wbg_handle_catch, which
  // aborts the current instance (the one it marks): logged as the glue's
  // `uncaught exception`, before the hook it fired.
  function invoke(f, a) {
    let v;
    try {
      v = f(a);
    } catch (e) {
      if (e instanceof WA.Exception) T.push(UNCAUGHT, instances.length - 1, 0);
      observeHooks();
      throw e;
    }
    observeHooks();
    return v;
  }
  const callFn = (i) => x.call(i);
  const readStateFn = () => x.read_state();
  const scheduleReinitFn = () => x.schedule_reinit();
  const newHandleFn = () => new x.Handle();
  const invokeFn = (f) => f();

  function failureOf(e) {
    failArg = 0;
    if (e !== null && typeof e === 'object') {
      if (typeof e.reentryForeign === 'number') {
        failArg = e.reentryForeign;
        return thrown.has(e) ? F_FOREIGN : F_FOREIGN_COPY;
      }
      if (e instanceof Error) {
        const m = e.message;
        if (e.name === 'PanicError') {
          // A PanicError whose message holds no payload of ours lost it
          // (finding F8: decoded from another instance's memory): still a
          // panic, with the lost payload (trace.rs LOST_PAYLOAD).
          const p = typeof m === 'string' && m.startsWith(PANIC_PREFIX) ? Number(m.slice(PANIC_PREFIX.length)) : NaN;
          failArg = Number.isInteger(p) ? p | 0 : LOST_PAYLOAD;
          return F_PANIC;
        }
        if (m === MSG_TERMINATED && !(e instanceof WA.RuntimeError)) return F_TERMINATED;
        if (m === MSG_CRITICAL && 'cause' in e && !(e instanceof WA.RuntimeError)) {
          // The cause packed as trace.rs `Failure::critical` packs it.
          const code = failureOf(e.cause);
          failArg = (failArg << 4) | code;
          return F_CRITICAL;
        }
        if ((m === MSG_STALE || m === MSG_STALE_CLOSURE) && !(e instanceof WA.RuntimeError)) return F_STALE;
        if ((m === MSG_DROPPED || m === MSG_CALLED_TWICE) && !(e instanceof WA.RuntimeError)) {
          failArg = m === MSG_DROPPED ? 1 : 2;
          return F_STALE;
        }
      }
    }
    if (e instanceof WA.Exception) {
      const foreign = global.ReentryGlue.foreignModule();
      if (e.is(foreign.tag)) {
        failArg = e.getArg(foreign.tag, 0);
        return F_FOREIGN_PANIC;
      }
      if (unknownTag !== null && e.is(unknownTag)) {
        failArg = e.getArg(unknownTag, 0);
        return F_UNKNOWN_TAG;
      }
      // Any other exception reaching the host is the guest's own Rust
      // panic (rustc's __cpp_exception, whose tag the module does not
      // export): `$wrapped` never leaves the glue, and the host throws no
      // other tag. Its payload is a pointer into the instance; the panic
      // carries the newest `panic` payload Wasm logged (profile P6).
      failArg = lastPanic;
      return F_WASM_PANIC;
    }
    // A RuntimeError / RangeError is a trap kind; anything else (an
    // exception under a tag we never threw, say) is `other`, which no
    // model predicts.
    failArg = trapKind(e);
    return F_TRAP;
  }

  function throwForeign(value) {
    T.push(THROW, value, 0);
    const v = new ForeignValue(value);
    thrown.add(v);
    throw v;
  }

  // A WebAssembly.Exception under a tag the host can reach (the lane facts
  // rule out the guest's own `$panic` and wasm-bindgen's private `$wrapped`).
  function throwExn(tag, value) {
    T.push(THROW_EXN, value, W.exnTagCodes[tag]);
    if (tag === 'ForeignPanic') {
      global.ReentryGlue.foreignModule().raise(value);
      throw new GlueBug('the foreign module did not throw');
    }
    if (tag === 'UnknownTag') throw new WA.Exception(unknownTag, [value]);
    throw new GlueBug('a host throw under ' + tag + ' cannot be made on the wasm-bindgen lane (a lane fact)');
  }

  // glue.js's interpreter over this lane's operations: every step that
  // reaches Wasm goes through wasm-bindgen's glue (`invoke`).
  const hostSteps = global.ReentryGlue.hostStepsOver(T, {
    call: (k) => invoke(callFn, k),
    invoke(k) {
      const f = closures[k];
      return f === undefined ? undefined : invoke(invokeFn, f);
    },
    throwForeign,
    throwExn,
    logCatch(e) {
      const code = failureOf(e);
      T.push(CATCH + code, failArg, 0);
    },
    // The glue unwraps `$wrapped` before the host sees it (a lane fact).
    rethrowRaw() {
      throw new GlueBug('`catch raw` cannot run on the wasm-bindgen lane (a lane fact)');
    },
    terminate() {
      const e = instances.length - 1; // wasm-bindgen's current instance
      words(instances[e])[instances[e].flag] = 1;
      T.push(TERMINATE, e, 0);
    },
    // wasm-bindgen has no JS API for it: an export that calls
    // wasm_bindgen::handler::schedule_reinit(), through the call guard.
    scheduleReinit() {
      T.push(SCHEDULE_REINIT, 0, 0);
      invoke(scheduleReinitFn);
    },
    isBug: (e) => e instanceof GlueBug,
    bug: (m) => new GlueBug(m),
  });

  // ---- tasks: wasm-bindgen-futures runs them, this host settles what they await ----
  // Every settlement of a task's promise is logged, a second one too.
  function taskSettled(t, code, arg) {
    observeHooks();
    tasks[t].settled = true;
    T.push(TASK + code, t, arg);
  }

  function spawn(i) {
    if (x.spawn_jspi !== undefined) return spawnJspi(i);
    if (mJspiRejectionNeverSettled) throw new GlueBug(JSPI_MUTANT + ' is seeded on the JSPI lane only');
    const t = tasks.length;
    tasks.push(null);
    const p = invoke((e) => x.spawn(e, t), i);
    tasks[t] = { awaiting: false, settled: false, resolve: null, reject: null };
    p.then((v) => taskSettled(t, O_VALUE, v), (e) => taskSettled(t, failureOf(e), failArg));
    return t;
  }

  // ---- wasm-bindgen's own JSPI (issue 22 item 4: the lane `--jspi`) ----
  // That build exports `spawn_jspi`, a `#[wasm_bindgen(jspi)]` export: its
  // glue is an async function that runs the call guard, then awaits
  // `WebAssembly.promising(raw)(i, t)` inside its catch handler. The task
  // runs at once, up to its first await (the suspending import
  // `await_task_jspi`), so it is a task before the call; a refusal is a
  // rejection of the returned promise, never a throw.
  // The seeded bug of this path (mutant.rs `RejectionNeverSettled`, on
  // the JSPI lane only: `Lane::has_mutant`): a rejection of the task's
  // promise is dropped, as a glue whose promise never rejects would show.
  const JSPI_MUTANT = 'rejection-never-settled';
  let mJspiRejectionNeverSettled = false;
  function spawnJspi(i) {
    const t = tasks.length;
    tasks.push({ awaiting: false, settled: false, resolve: null, reject: null });
    const p = invoke((e) => x.spawn_jspi(e, t), i);
    p.then((v) => taskSettled(t, O_VALUE, v), (e) => mJspiRejectionNeverSettled || jspiRejected(t, e));
    return t;
  }

  // A Wasm exception rejecting the task left the export through
  // __wbg_handle_catch (around the export's `await`), which aborted the
  // current instance: logged as `invoke` logs a synchronous one.
  function jspiRejected(t, e) {
    if (e instanceof WA.Exception) T.push(UNCAUGHT, instances.length - 1, 0);
    taskSettled(t, failureOf(e), failArg);
  }

  function settleAwait(t, rejected, value) {
    const task = tasks[t];
    if (!task || !task.awaiting) return O_NOT_AWAITING;
    task.awaiting = false;
    if (rejected) {
      const v = new ForeignValue(value);
      thrown.add(v);
      task.reject(v);
    } else {
      task.resolve(undefined);
    }
    return O_DONE;
  }

  // The driver's end (docs/protocol.md 21), as glue.js's.
  function endOfDriver() {
    return W.endTasks(tasks, T, (t) => settleAwait(t, false, 0), drain, observeHooks);
  }

  // A driver `invoke e<e>`, inside its promise callback: its outcome.
  function invokeOutcome(e) {
    const f = closures[e];
    if (f === undefined) return [O_NO_CLOSURE, 0];
    let value;
    try {
      value = invoke(invokeFn, f);
    } catch (err) {
      if (err instanceof GlueBug) throw err;
      return [failureOf(err), failArg];
    }
    return [O_VALUE, value];
  }

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
          value = invoke(callFn, step.export);
          break;
        case 'Reset':
          x.__wbg_reset_state();
          observeHooks();
          T.push(OUTCOME + O_DONE, n, 0);
          return;
        case 'NewHandle': {
          handles.push(null);
          const h = invoke(newHandleFn);
          handles[handles.length - 1] = h;
          value = invoke((o) => o.id, h);
          break;
        }
        case 'CallHandle': {
          const h = handles[step.handle];
          if (h === undefined || h === null) {
            T.push(OUTCOME + O_NO_HANDLE, n, 0);
            return;
          }
          value = invoke((i) => h.call(i), step.export);
          break;
        }
        case 'ReadState':
          value = invoke(readStateFn);
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

  // ---- loading the generated glue ----
  // The glue is evaluated once per loaded binding, by its first case: its
  // functions stay warm across cases (a fresh module scope per case ran them
  // cold: about a quarter of a case's time, by reentry bench). Every later
  // case starts from a fresh Wasm instance through the glue's own
  // `__wbg_reset_state`, which is what the glue resets with (the call
  // guard's reinit, a driver `reset`): a new instance of the compiled module
  // with a new memory and externref table (so no heap slot survives: this
  // glue keeps JS values in the table, not in a JS heap array), the instance
  // id bumped (every object and closure of an earlier case is stale, and
  // their FinalizationRegistry callbacks free nothing), the abort-hook and
  // reinit flags and the memory views cleared, then the start (the guest's
  // `boot` reads the case's program). The abort hook is registered in the
  // instance's memory, so it goes with it. What the reset leaves is the
  // terminated flag's address (a static of the module) and the text decoder.
  // A task pending at an earlier case's end awaits a promise of that case
  // that nothing settles any more; its wakers are closures of a stale
  // instance. tests/wbg_case_isolation.rs checks that a case after others
  // runs as it does alone.
  //
  // The CommonJS text runs as the body of one function per loaded binding,
  // its free names bound by parameters: `require('fs').readFileSync` gives
  // the wasm bytes, `WebAssembly.Module` the module compiled once here
  // (everything else on `WebAssembly` is the engine's), `__reentry_wbg` our
  // imports, `TextDecoder` the engine's or Utf8Decoder. Nothing in the generated text is changed.
  // The glue decodes strings (PanicError messages) with `TextDecoder`, a Web
  // API the bare in-process V8 (deno_core without deno_web) lacks: a minimal
  // UTF-8 one stands in there. Node and deno use their own.
  class Utf8Decoder {
    decode(bytes) {
      if (bytes === undefined) return '';
      let s = '';
      for (let i = 0; i < bytes.length;) {
        const b = bytes[i++];
        let c = b, n = 0;
        if (b >= 0xf0) { c = b & 7; n = 3; } else if (b >= 0xe0) { c = b & 15; n = 2; } else if (b >= 0xc0) { c = b & 31; n = 1; }
        while (n-- > 0 && i < bytes.length) c = (c << 6) | (bytes[i++] & 63);
        // Garbage (F8: a message read from another instance's memory) may
        // decode past U+10FFFF, where fromCodePoint throws: replace it, as
        // TextDecoder does, so the PanicError still shows a lost payload.
        s += String.fromCodePoint(c > 0x10ffff ? 0xfffd : c);
      }
      return s;
    }
  }
  const TextDecoderImpl = typeof global.TextDecoder === 'function' ? global.TextDecoder : Utf8Decoder;

  // The `--target web` glue ends by exporting these.
  const WEB_EXPORTS = /\nexport \{ initSync, __wbg_init as default \};\s*$/;

  // A glue with `#[wasm_bindgen(jspi)]` exports caches each one's
  // `WebAssembly.promising` wrapper in a module variable its reset leaves
  // (F12: `__wbg_jspi_<name>`): such a glue is evaluated afresh per case, so
  // that one case's instance cannot answer the next case's calls.
  const RESET_LEAVES_JSPI = /\b__wbg_jspi_\w+\s*\?\?=\s*WebAssembly\.promising\(/;

  function load(jsText, wasm, importer) {
    if (WEB_EXPORTS.test(jsText)) return loadWeb(jsText, wasm, importer);
    const reuse = !RESET_LEAVES_JSPI.test(jsText);
    const module = wasm instanceof WA.Module ? wasm : new WA.Module(wasm);
    const bytes = wasm instanceof WA.Module ? null : wasm;
    const fs = { readFileSync: () => bytes };
    const require = (name) => {
      if (name === 'fs') return fs;
      throw new Error('wbg-host.js: the glue required ' + name);
    };
    const shim = Object.create(WA);
    shim.Module = function Module() { return module; };
    // The guest imports its memory and the glue makes one per instance
    // (`new WebAssembly.Memory({initial, maximum})` in __wbg_get_imports,
    // with the link-time limits): this case's program limits instead
    // (plan.memory, docs/guest.md "Memory"), as reentry's glue does.
    shim.Memory = function Memory(desc) { return new WA.Memory(plan === null ? desc : plan.memory); };
    const factory = new Function('exports', 'require', 'module', '__filename', '__dirname', '__reentry_wbg',
      'WebAssembly', 'TextDecoder', jsText + '\n//# sourceURL=wasm-bindgen-guest.js');
    let evaluated = null; // the glue's exports, once an evaluation of it succeeded
    return {
      module,
      instantiate() {
        if (evaluated !== null && reuse) {
          evaluated.__wbg_reset_state();
          return evaluated;
        }
        const m = { exports: {} };
        factory(m.exports, require, m, '/wasm-bindgen-guest.js', '/', reuse ? glueImports : importsOfThisCase(), shim, TextDecoderImpl);
        evaluated = m.exports;
        return evaluated;
      },
    };
  }

  // `load`'s importer where there are blob URLs (a page): each call imports
  // a fresh instance of the module `text` from a blob URL of its own.
  function blobImporter(text) {
    const blob = new Blob([text], { type: 'text/javascript' });
    return async () => {
      const url = URL.createObjectURL(blob);
      try {
        return await import(url);
      } finally {
        URL.revokeObjectURL(url);
      }
    };
  }
  const hasBlobs = typeof Blob === 'function' && typeof URL === 'function' && typeof URL.createObjectURL === 'function';

  // The imports every evaluation of a glue gets: `current`'s functions (ns,
  // or floorNs while the floor runs).
  let current = ns;
  const glueImports = {};
  for (const k of Object.keys(ns)) glueImports[k] = (...args) => current[k](...args);

  // The imports of a glue evaluated afresh for this case (RESET_LEAVES_JSPI):
  // dead once a later case starts. That evaluation's instances live on after
  // their case: its FinalizationRegistry destroys a closure the GC collected
  // in them (their `__wbg_instance_id` never changes), and the Rust closure's
  // drop logged into whichever case ran then (a 60 s JSPI fuzz on node26:
  // `[9] abort panic_in_drop` in a case with no epoch 9).
  let caseNumber = 0;
  function importsOfThisCase() {
    const n = caseNumber;
    const own = {};
    for (const k of Object.keys(ns)) own[k] = (...args) => (n === caseNumber ? current[k](...args) : undefined);
    return own;
  }

  // The `--target web` glue. Its free names are bound as the CommonJS
  // function's parameters bind them: one declaration is put before the text,
  // on its first line (so line numbers stay), reading the values from
  // `globalThis.__reentryWbgCase` while the module body runs. Nothing in the
  // generated text is changed. The first case imports it and calls its
  // `initSync`, as a page that ships this glue does once; later cases reset.
  function loadWeb(jsText, wasm, importer) {
    if (typeof importer !== 'function') throw new Error('wbg-host.js: this engine cannot import the --target web glue (an ES module)');
    const module = wasm instanceof WA.Module ? wasm : new WA.Module(wasm);
    const shim = Object.create(WA);
    shim.Memory = function Memory(desc) { return new WA.Memory(plan === null ? desc : plan.memory); };
    const fresh = importer('const { __reentry_wbg, WebAssembly, TextDecoder } = globalThis.__reentryWbgCase; ' + jsText);
    const reuse = !RESET_LEAVES_JSPI.test(jsText);
    let evaluated = null; // the glue's namespace, once an import and initSync succeeded
    return {
      module,
      web: true,
      async instantiate() {
        if (evaluated !== null && reuse) {
          evaluated.__wbg_reset_state();
          return evaluated;
        }
        global.__reentryWbgCase = { __reentry_wbg: reuse ? glueImports : importsOfThisCase(), WebAssembly: shim, TextDecoder: TextDecoderImpl };
        let glue;
        try {
          glue = await fresh();
        } finally {
          delete global.__reentryWbgCase;
        }
        glue.initSync({ module });
        evaluated = glue;
        return evaluated;
      },
    };
  }

  let lastPlanText = null, lastPlan = null;
  function parsePlan(text) {
    if (text !== lastPlanText) {
      lastPlan = JSON.parse(text);
      lastPlanText = text;
    }
    return lastPlan;
  }

  function runCase(loaded, p, options) {
    if (typeof p === 'string') p = parsePlan(p);
    if (!p.guest) throw new GlueBug('the wasm-bindgen binding needs plan.guest (the program bytes)');
    if (!p.guestBytes) p.guestBytes = Uint8Array.from(p.guest);
    if (p.mutant != null && p.mutant !== JSPI_MUTANT) throw new GlueBug('glue mutants do not apply to the wasm-bindgen binding');
    mJspiRejectionNeverSettled = p.mutant === JSPI_MUTANT;
    caseNumber++;
    plan = p;
    program = p.guestBytes;
    hookReinit = !!p.hook_reinit;
    T.length = 0;
    instances = [];
    handles = [];
    tasks = [];
    closures = [];
    lastPanic = 0;
    drain = global.ReentryGlue.wire.drainOf(options);
    thrown.clear();
    x = null;
    if (loaded.web) return runWeb(loaded);
    let pending = false;
    try {
      try {
        x = loaded.instantiate();
      } catch (e) {
        throw new InstantiateError(String(e && e.stack || e));
      }
      pending = plan.driver.some((s) => s.op === 'Spawn' || s.op === 'Invoke');
      return pending ? runTasks() : runDriver();
    } finally {
      if (!pending) end();
    }
  }

  function runDriver() {
    const driver = plan.driver;
    for (let n = 0; n < driver.length; n++) driverStep(n, driver[n]);
    return new Int32Array(T);
  }

  // A case of the `--target web` glue: its import is a promise.
  async function runWeb(loaded) {
    let pending = false;
    try {
      try {
        x = await loaded.instantiate();
      } catch (e) {
        throw new InstantiateError(String(e && e.stack || e));
      }
      pending = plan.driver.some((s) => s.op === 'Spawn' || s.op === 'Invoke');
      return pending ? await runTasks() : runDriver();
    } finally {
      if (!pending) end();
    }
  }

  // A plan with tasks or a driver `invoke`: after each such step the
  // microtasks it set off (the futures' polls, promise reactions, the
  // invoke's callback) run before its outcome is logged.
  async function runTasks() {
    try {
      const driver = plan.driver;
      for (let n = 0; n < driver.length; n++) {
        let outcome = driverStep(n, driver[n]);
        if (outcome) {
          await drain();
          if (outcome instanceof Promise) outcome = await outcome;
          observeHooks();
          T.push(OUTCOME + outcome[0], n, outcome[1]);
        }
      }
      await endOfDriver();
      return new Int32Array(T);
    } finally {
      end();
    }
  }

  // Drop the case's references.
  function end() {
    // Unregister the handles' finalizers without running Wasm: the
    // generated FinalizationRegistry callback would otherwise call
    // `__wbg_handle_free` on the case's last instance whenever the GC gets
    // to it, terminated or not (finding F6 of the wasm-bindgen lane: on a
    // terminated instance it throws from the callback, an uncaught error).
    for (let i = 0; i < handles.length; i++) if (handles[i] !== null) handles[i].__destroy_into_raw();
    plan = null;
    x = null;
    instances = [];
    handles = [];
    tasks = [];
    closures = [];
    thrown.clear();
  }

  // ---- the engine floor (reentry bench) ----
  // What a case costs the engine and wasm-bindgen's glue with no host of
  // ours, as glue.js's floor is for the other lanes: the case's fresh
  // instance through the glue (its reset and start; the guest reads the
  // program from `boot`), then the driver's synchronous steps through the
  // glue (calls, handles, resets; not tasks, which need our drains), with
  // imports that do nothing and outcomes ignored.
  const floorNs = {
    log() {},
    closure_new() {},
    host_call() {},
    host_call_with() {},
    await_task: () => new Promise(() => {}),
    rethrow(v) { throw v; },
    boot() {
      const out = new Uint8Array(5 + program.length);
      out[4] = hookReinit ? 1 : 0;
      out.set(program, 5);
      return out;
    },
  };

  function floor(loaded, p) {
    if (loaded.web) throw new GlueBug('the floor runs the --target nodejs glue only');
    if (typeof p === 'string') p = parsePlan(p);
    if (!p.guestBytes) p.guestBytes = Uint8Array.from(p.guest);
    plan = p;
    program = p.guestBytes;
    hookReinit = !!p.hook_reinit;
    current = floorNs;
    try {
      const glue = loaded.instantiate();
      const made = [];
      for (const step of p.driver) {
        try {
          if (step.op === 'Call') glue.call(step.export);
          else if (step.op === 'ReadState') glue.read_state();
          else if (step.op === 'Reset') glue.__wbg_reset_state();
          else if (step.op === 'NewHandle') made.push(new glue.Handle());
          else if (step.op === 'CallHandle' && made[step.handle]) made[step.handle].call(step.export);
        } catch (_) { /* the floor ignores outcomes */ }
      }
      for (const h of made) h.__destroy_into_raw();
    } finally {
      current = ns;
      plan = null;
    }
  }

  global.ReentryWbgHost = Object.freeze({ load, runCase, floor, blobImporter: hasBlobs ? blobImporter : null, PANIC_PREFIX, MSG_TERMINATED, MSG_STALE });
})(globalThis);
