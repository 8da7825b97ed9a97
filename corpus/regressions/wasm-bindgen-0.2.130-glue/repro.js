// Node-only repros of wasm-bindgen 0.2.130's glue-level findings F2-F7
// (README.md). `out/<encoding>/` is `wasm-bindgen --target nodejs
// --experimental-reset-state-function` output of `probe/` (build.sh).
//
//   node --expose-gc repro.js [exnref|legacy] [OUT]
//
// OUT (default out/) is where the build is: `reentry fix-check` writes the
// build with fix.patch applied to fixed/, and `repro.js <enc> fixed` exits 0.
//
// Every case loads a fresh copy of the generated module; the probe's
// `note(code, arg)` import logs what its Wasm does. Each case prints what
// happened and what should have; the script exits 1 when any finding
// reproduces (0 once wasm-bindgen fixes them all).
'use strict';
const path = require('path');
const encoding = process.argv[2] || 'exnref';
const dir = path.resolve(__dirname, process.argv[3] || 'out', encoding);
let log = [];
const NOTE = ['new', 'drop', 'byte_sum len', 'hook note'];
globalThis.note = (code, arg) => log.push(`${NOTE[code - 1]} ${arg}`);
globalThis.reenter = () => {};

function fresh() {
  const file = require.resolve(path.join(dir, 'wbg_probe.js'));
  delete require.cache[file];
  log = [];
  return require(file);
}
const outcome = (f) => {
  try {
    return `returned ${JSON.stringify(f())}`;
  } catch (e) {
    return `threw ${e.constructor.name}: ${e.message}`;
  }
};

// Each case: [id, what it does, run(m) -> {got, want, reproduces}].
const cases = [
  ['F2a', 'marshal an argument into a terminated instance', (m) => {
    const old = m.mem();
    outcome(() => m.abort_now());
    const marker = [0xde, 0xad, 0xbe, 0xef, 0x5a, 0x17, 0x42, 0x99];
    const r = outcome(() => m.byte_sum(new Uint8Array(marker)));
    const at = Buffer.from(old.buffer).indexOf(Buffer.from(marker));
    return { got: `${r}; the aborted instance's __wbindgen_malloc ran and the bytes are in its memory at ${at}`,
      want: 'Module terminated before any Wasm of the aborted instance runs', reproduces: at >= 0 };
  }],
  ['F2b', 'marshal an argument when the hook scheduled a reinit', (m) => {
    m.arm_reinit_hook();
    outcome(() => m.abort_now());
    const r = outcome(() => m.byte_sum(new Uint8Array([100, 100, 100])));
    return { got: r, want: 'returned 300 (the guard resets, then the argument is copied into the fresh instance)', reproduces: r !== 'returned 300' };
  }],
  ['F3', 'a String-returning export that aborts', (m) => {
    const r = outcome(() => m.greeting(true));
    return { got: r, want: 'threw RuntimeError: unreachable (the abort)', reproduces: !r.startsWith('threw RuntimeError') };
  }],
  ['F4', 'free() an object of the previous instance', (m) => {
    const t = new m.Thing(7);
    m.__wbg_reset_state();
    const u = new m.Thing(8);
    log = [];
    const r = outcome(() => t.free());
    const ran = log.join(', ');
    return { got: `${r}, wasm ran [${ran}] (the fresh instance's Thing 8 is freed; u.id still ${outcome(() => u.id)})`,
      want: 'threw Error: Invalid stale object from previous Wasm instance, no Wasm runs', reproduces: ran.includes('drop 8') };
  }],
  ['F5', 'a method of a live object when the guard resets', (m) => {
    const t = new m.Thing(5);
    m.arm_reinit_hook();
    outcome(() => m.abort_now());
    const r = outcome(() => t.id);
    return { got: `t.id ${r}`, want: 't.id threw Error: Invalid stale object from previous Wasm instance',
      reproduces: !r.includes('stale object') };
  }],
  ['F7', 'a JS exception through an import called in the frame that owns a destructor', (m) => {
    globalThis.reenter = () => { throw new Error('js error'); };
    const r = outcome(() => m.outer(1));
    const ran = log.join(', ');
    globalThis.reenter = () => {};
    return { got: `outer(1) ${r}, wasm ran [${ran}]`, want: 'drop 1 (the exception unwinds outer, its local is dropped)', reproduces: !ran.includes('drop 1') };
  }],
];

async function finalizerAfterAbort() {
  // F6: the FinalizationRegistry callback checks the instance id, not termination.
  const m = fresh();
  const uncaught = [];
  const onUncaught = (e) => uncaught.push(`${e.constructor.name}: ${e.message}`);
  process.on('uncaughtException', onUncaught);
  (() => { new m.Thing(9); })();
  outcome(() => m.abort_now());
  log = [];
  // Only Thing 9's drop counts: finalizers of the other cases' objects (of
  // their own, live instances) may run here too.
  const ran = () => log.includes('drop 9') || uncaught.length > 0;
  for (let i = 0; i < 20 && !ran(); i++) {
    gc();
    await new Promise((r) => setTimeout(r, 10));
  }
  process.off('uncaughtException', onUncaught);
  return { got: `wasm ran [${log.join(', ')}], uncaught [${uncaught.join('; ')}]`,
    want: 'no Wasm of the aborted instance runs (no drop 9), nothing is thrown from the finalizer', reproduces: ran() };
}

(async () => {
  console.log(`node ${process.version}, wasm-bindgen 0.2.130 probe, ${encoding}`);
  let reproduced = 0;
  const report = (id, what, r) => {
    reproduced += r.reproduces;
    console.log(`${r.reproduces ? 'REPRODUCES' : 'fixed     '} ${id} ${what}\n    got:  ${r.got}\n    want: ${r.want}`);
  };
  for (const [id, what, run] of cases) report(id, what, run(fresh()));
  if (typeof gc === 'function') report('F6', 'a finalizer after an abort', await finalizerAfterAbort());
  else console.log('skipped    F6 (run with --expose-gc)');
  console.log(`${reproduced} finding(s) reproduce`);
  process.exitCode = reproduced ? 1 : 0;
})();
