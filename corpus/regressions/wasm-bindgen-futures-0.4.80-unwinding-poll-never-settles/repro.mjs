// wasm-bindgen-futures 0.4.80 (js-sys 0.3.107 futures): the promise of an
// async export whose poll unwinds with a JS exception or a trap never
// settles; the exception escapes the executor's microtask instead.
// Run: node repro.mjs (exit 1 while it reproduces). out/ is the 0.2.130 CLI's
// output for probe/ (build.sh rebuilds it).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

let later = null; // {resolve, reject} of the probe's pending `later()`
globalThis.probe = {
  throwIt(v) { throw v; },
  later() { return new Promise((resolve, reject) => { later = { resolve, reject }; }); },
};
const escaped = [];
process.on('uncaughtException', (e) => escaped.push(e));
const turn = () => new Promise((r) => setImmediate(r));

// How the promise of `x[name]()` ends once the microtask queue has drained.
async function settle(x, name, afterSpawn) {
  escaped.length = 0;
  let state = 'pending';
  x[name]().then((v) => { state = 'resolved ' + v; }, (e) => { state = 'rejected ' + (e && e.name || e); });
  await turn();
  if (afterSpawn) { afterSpawn(); await turn(); }
  const esc = escaped.length ? ' (escaped to the event loop: ' + escaped.map(String).join(', ') + ')' : '';
  return state + esc;
}

let hung = 0;
for (const enc of ['exnref', 'legacy']) {
  let x;
  try {
    x = require(`./out/${enc}/wbg_futures_probe.js`);
  } catch (e) {
    console.log(`${enc}: not supported here (${e.message})`);
    continue;
  }
  const cases = [
    ['panics', 'rejected PanicError'],
    ['throws', 'rejected 9'],
    ['throws_after_await', 'rejected 4', () => later.reject(4)],
    ['traps', 'rejected RuntimeError'],
  ];
  for (const [name, want, after] of cases) {
    const got = await settle(x, name, after);
    const bad = got.startsWith('pending');
    if (bad) hung++;
    console.log(`${bad ? 'FAIL ' : 'ok   '}${enc} ${name}: ${got}; should be ${want}`);
  }
}
console.log(hung ? `reproduced: ${hung} promise(s) never settled` : 'not reproduced: every promise settled');
process.exit(hung ? 1 : 0);
