// reentry standalone repro runner. `reentry` writes a finding's repro.mjs as:
//   <engines/glue.js> <this file> + a call `reentryRepro({...})` with the
// module bytes per encoding, the plan and the model's expected trace.
// It runs under `node repro.mjs`, `deno run repro.mjs` and `d8 repro.mjs`:
// prints each encoding's trace, then PASS or FAIL against the expected trace,
// and exits 1 on FAIL. The event text mirrors harness/src/trace.rs (Display).
(function (global) {
  'use strict';

  const ABORT_CAUSES = ['unreachable', 'oom', 'stack_overflow', 'div_zero', 'oob', 'panic_in_drop'];
  const TRAPS = ['unreachable', 'stack_overflow', 'div_zero', 'oob', 'other'];

  function failure(code, a) {
    switch (code) {
      case 0: return 'panic(' + a + ')';
      case 1: return 'foreign(' + a + ')';
      case 2: return 'aborted(' + TRAPS[a] + ')';
      case 3: return 'terminated';
      case 4: return 'stale';
      case 5: return 'foreign_copy(' + a + ')';
      default: return '?failure ' + code;
    }
  }

  function event(c, a, b) {
    switch (c) {
      case 0: return '[' + b + '] enter e' + a;
      case 1: return '[' + b + '] exit e' + a;
      case 2: return '[' + b + '] guard+ ' + a;
      case 3: return '[' + b + '] guard- ' + a;
      case 4: return '[' + b + '] panic ' + a;
      case 5: return '[' + b + '] caught ' + a;
      case 6: return '[' + b + '] state ' + a;
      case 7: return '[' + b + '] abort ' + ABORT_CAUSES[a];
      case 16: return 'host enter h' + a;
      case 17: return 'host exit h' + a;
      case 18: return 'host e' + a + ' returned ' + b;
      case 19: return 'host throw ' + a;
      case 20: return 'host terminate [' + a + ']';
      case 21: return 'schedule reinit';
      case 22: return 'hook [' + a + ']';
      case 23: return 'reset -> [' + a + ']';
    }
    if (c >= 32 && c < 48) return 'host catch ' + failure(c - 32, a);
    if (c >= 48 && c < 64) {
      const o = c - 48;
      const outcome = o === 8 ? 'ok(' + b + ')' : o === 9 ? 'done' : o === 10 ? 'no_handle' : failure(o, b);
      return 'driver[' + a + '] => ' + outcome;
    }
    return '?event ' + c + ' ' + a + ' ' + b;
  }

  function lines(flat) {
    const out = [];
    for (let i = 0; i + 2 < flat.length; i += 3) out.push(event(flat[i], flat[i + 1], flat[i + 2]));
    return out;
  }

  const print = typeof console !== 'undefined' ? (s) => console.log(s) : global.print;

  function exit(code) {
    if (typeof Deno !== 'undefined') Deno.exit(code);
    else if (typeof process !== 'undefined') process.exitCode = code; // node
    else if (typeof quit === 'function') quit(code); // d8
  }

  global.reentryRepro = function (r) {
    const expected = lines(r.expected);
    const features = ReentryGlue.features();
    let failed = false;
    let ran = 0;
    print('reentry repro: ' + r.title);
    for (const enc of Object.keys(r.modules)) {
      if (!features[enc]) {
        print('\n== ' + enc + ': not supported by this engine, skipped');
        continue;
      }
      ran++;
      let actual;
      try {
        const mod = ReentryGlue.compile(new Uint8Array(r.modules[enc]));
        actual = lines(ReentryGlue.runCase(mod, r.plan));
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
      }
    }
    if (failed) {
      print('\nexpected trace (reference model):');
      for (const l of expected) print(l);
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
