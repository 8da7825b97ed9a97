// wasm-bindgen-futures 0.4.80 with wasm-bindgen 0.2.130's glue: a task
// awaiting a JsFuture when its instance aborts (or is replaced) is refused at
// its resumption inside a promise reaction, and its promise never settles.
// Run: node repro.mjs (exit 1 while it reproduces). The modules are the probe
// of ../wasm-bindgen-futures-0.4.80-unwinding-poll-never-settles (out/, the
// 0.2.130 CLI's output; its build.sh rebuilds them).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const probeDir = '../wasm-bindgen-futures-0.4.80-unwinding-poll-never-settles/out';

let later = null; // {resolve, reject} of the probe's pending `later()`
globalThis.probe = {
  throwIt(v) { throw v; },
  later() { return new Promise((resolve, reject) => { later = { resolve, reject }; }); },
};
const refused = [];
process.on('unhandledRejection', (e) => refused.push(e && e.message || String(e)));
const turn = () => new Promise((r) => setImmediate(r));

// A fresh instance of the generated module.
function fresh(enc) {
  const path = require.resolve(`${probeDir}/${enc}/wbg_futures_probe.js`);
  delete require.cache[path];
  return require(path);
}

// Task `throws_after_await` awaits later(); `kill(x)` aborts or replaces its
// instance; then the awaited promise resolves.
async function sibling(x, kill) {
  refused.length = 0;
  let state = 'pending';
  x.throws_after_await().then((v) => { state = 'resolved ' + v; }, (e) => { state = 'rejected ' + (e && e.message || e); });
  await turn();
  kill(x);
  later.resolve(0);
  await turn();
  return state + (refused.length ? ' (refused in a promise reaction: ' + refused.join(', ') + ')' : '');
}

const cases = [
  ['an abort', (x) => { try { x.abort_now(); } catch (_) { /* RuntimeError: unreachable */ } }, 'rejected Module terminated'],
  ['a reset', (x) => x.__wbg_reset_state(), 'rejected as stale'],
];
let hung = 0;
for (const enc of ['exnref', 'legacy']) {
  try {
    fresh(enc);
  } catch (e) {
    console.log(`${enc}: not supported here (${e.message})`);
    continue;
  }
  for (const [what, kill, want] of cases) {
    const got = await sibling(fresh(enc), kill);
    const bad = got.startsWith('pending');
    if (bad) hung++;
    console.log(`${bad ? 'FAIL ' : 'ok   '}${enc} awaiting across ${what}: ${got}; should be ${want}`);
  }
}
console.log(hung ? `reproduced: ${hung} promise(s) never settled` : 'not reproduced: every promise settled');
process.exit(hung ? 1 : 0);
