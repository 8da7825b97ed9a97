// reentry standalone repro runner. `reentry` writes a finding's repro.mjs as:
//   <engines/glue.js> <this file> + a call `reentryRepro({...})` with the
// module bytes per encoding, the plan and the model's expected trace.
// It runs under `node repro.mjs`, `deno run repro.mjs`, `d8 repro.mjs` and
// `jsc repro.mjs`: prints each encoding's trace, then PASS or FAIL against
// the expected trace, and exits 1 on FAIL (jsc: 3, the shell's status for an
// uncaught exception; it cannot exit 1). On the wasm-bindgen lane `--fixed
// [DIR]` runs a fixed wasm-bindgen's glue and wasm instead
// (corpus/regressions/README.md).
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
      case C.F_STALE: return a === 1 ? 'dropped' : a === 2 ? 'called_twice' : 'stale';
      case C.F_FOREIGN_COPY: return 'foreign_copy(' + a + ')';
      case C.F_WASM_PANIC: return 'wasm_panic(' + a + ')';
      case C.F_FOREIGN_PANIC: return 'foreign_panic(' + a + ')';
      case C.F_UNKNOWN_TAG: return 'unknown_tag(' + a + ')';
      // The cause packed as trace.rs `Failure::critical` packs it.
      case C.F_CRITICAL: return 'critical(' + failure(a & 15, a >> 4) + ')';
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

  // A closure's kind after its export, as trace.rs's `ClosureKind` displays:
  // the constructor above the export (none for `own`), then its edge.
  function closureKind(a, aborting) {
    const code = a >> 8, ctor = code & 7;
    let s = ctor !== 0 ? ' ' + named(W.closureCtors, ctor, 'ctor') : '';
    if (aborting) s += ' aborting';
    else if (code & 8) s += ' assert_unwind_safe';
    return s;
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
      case C.CLOSURE_NEW: return '[' + b + '] closure e' + (a & 255) + closureKind(a, false);
      case C.CLOSURE_NEW_ABORTING: return '[' + b + '] closure e' + (a & 255) + closureKind(a, true);
      case C.CLOSURE_DROP: return '[' + b + '] closure e' + a + ' dropped';
      case C.IMPORT_ERR: return '[' + b + '] err h' + a;
      case C.PANIC_VALUE: return '[' + b + '] panic value';
      case C.CAUGHT_VALUE: return '[' + b + '] caught value';
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
      case C.STEP_HUNG: return 'driver[' + a + '] hung';
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
    // jsc's quit(n) exits 0 whatever n is: a failure is an uncaught
    // exception there (status 3), thrown from a timer (this runs in a promise).
    else if (typeof jscOptions === 'function' && code !== 0) setTimeout(() => { throw new Error('repro FAIL'); }, 0);
    else if (typeof quit === 'function') quit(code); // d8, jsc
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
  // through engines/wbg-host.js instead of glue.js's runCase (`r.webJs`: the
  // `--target web` glue, which a page runs; the shells run `r.js`). A plan with
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
    // A page runs the `--target web` glue, what a browser user ships.
    const inPage = typeof document === 'object'; // node has blob URLs, but cannot import them
    const importer = r.webJs && fixed === null && inPage ? global.ReentryWbgHost.blobImporter : null;
    if (importer) print('wasm-bindgen glue: --target web (imported afresh per case from a blob URL)');
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
          const js = importer ? r.webJs[enc] : r.js[enc];
          const loaded = global.ReentryWbgHost.load(js, new Uint8Array(r.modules[enc]), importer);
          actual = lines(await global.ReentryWbgHost.runCase(loaded, r.plan));
        } else {
          const mod = ReentryGlue.compile(new Uint8Array(r.modules[enc]));
          actual = lines(await ReentryGlue.runCase(mod, r.plan));
        }
      } catch (e) {
        // JavaScriptCore's `stack` has the frames only.
        actual = ['<no trace: ' + String(e) + (e && e.stack ? '\n' + e.stack : '') + '>'];
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
