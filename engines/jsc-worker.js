// reentry engine worker for JavaScriptCore's `jsc` shell (engine `jsc`):
// the worker protocol (docs/worker-protocol.md) served by
// engines/worker-core.js, as node and deno serve it, in a long-lived jsc
// process.
//
//   jsc --useDollarVM=1 engines/jsc-worker.js -- ENGINES_DIR VERSION SCRATCH_DIR
//
// The shell reads stdin only by lines (`readline()`, bytes as Latin-1
// characters, '' at the end of input) and writes lines (`print`), so each
// frame body travels as one line of base64 (the "base64 lines" transport),
// both ways. `--useDollarVM=1` gives the ABORT test op `$vm.crash()`; glue.js
// never sees `$vm`. VERSION is the WebKitGTK release the harness found (the
// shell cannot say), echoed in the handshake. SCRATCH_DIR (the harness's,
// removed with the worker) holds the `--target web` glue of the
// wasm-bindgen lane: the shell imports ES modules from files only.
//
// The loop is synchronous: a case with tasks gets glue.js's 'host' drain,
// and this file runs the microtask queue (`drainMicrotasks()`) and lets the
// glue go on (`ReentryGlue.tick()`) until the case's promise settles, as the
// in-process V8 does. The shell's timers would only run once the loop
// returns to the run loop, which it never does.
'use strict';

const [dir, version, scratch] = arguments;

/// Evaluate a classic script of engines/ that must define globalThis[name];
/// returns it and its bytes (for the handshake's hash).
function loadScript(file, name) {
  const path = `${dir}/${file}`;
  const bytes = readFile(path, 'binary');
  load(path);
  if (typeof globalThis[name] !== 'object') throw new Error(`${path} did not define globalThis.${name}`);
  return { value: globalThis[name], bytes };
}

// A rejection nobody handles is the case's business (shown in its trace).
setUnhandledRejectionCallback(() => {});

const core = loadScript('worker-core.js', 'ReentryWorker').value;
const glue = loadScript('glue.js', 'ReentryGlue');
const raw = loadScript('raw.js', 'ReentryRaw');
const wbgHost = loadScript('wbg-host.js', 'ReentryWbgHost');

function send(status, payload) {
  const body = new Uint8Array(4 + payload.length);
  new DataView(body.buffer).setUint32(0, status, true);
  body.set(payload, 4);
  let bin = '';
  for (let i = 0; i < body.length; i += 0x8000) bin += String.fromCharCode.apply(null, body.subarray(i, i + 0x8000));
  print(btoa(bin));
}

/// Set by the EXIT test op: thrown out of the loop, so the shell exits with
/// status 3 (the one status besides 0 a jsc script can choose).
let exiting = null;

/// The `--target web` glue's importer (ReentryWbgHost.load): the module
/// `text` goes to a scratch file, which each call imports afresh (a new
/// query, a new module instance). The shell takes relative specifiers only,
/// resolved against this file's directory; `..` stops at the root.
let written = 0;
function importModule(text) {
  if (!scratch) throw new Error('jsc-worker.js: no scratch directory for the --target web glue');
  const file = `${scratch}/glue-${++written}.mjs`;
  writeFile(file, text); // throws if it cannot
  const spec = '../'.repeat(dir.split('/').length) + file.replace(/^\/+/, '');
  let n = 0;
  return () => import(`${spec}?${++n}`);
}

const worker = core.make({
  glue: glue.value,
  raw: raw.value,
  wbgHost: wbgHost.value,
  hashes: { glue: core.fnv1a(glue.bytes), raw: core.fnv1a(raw.bytes), wbg_host: core.fnv1a(wbgHost.bytes) },
  identity: { runtime: 'jsc', version, v8: '', exec: 'jsc' },
  send,
  runOptions: { drain: 'host' },
  importModule,
  die: {
    abort: () => $vm.crash(),
    exit: (code) => {
      if (code !== 3) throw new Error(`jsc exits with status 0 or 3 only, not ${code}`);
      exiting = new Error('EXIT test op');
    },
  },
});

/// Run microtasks and the glue's drains until `promise` settles.
function settle(promise) {
  let done = false;
  promise.then(() => { done = true; }, () => { done = true; });
  for (;;) {
    drainMicrotasks();
    if (done) return;
    if (!glue.value.tick()) {
      drainMicrotasks();
      if (!done) throw new Error('a request is pending with no drain to let go');
    }
  }
}

worker.hello();
for (;;) {
  const line = readline();
  if (line === '') break;
  const bin = atob(line);
  const frame = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) frame[i] = bin.charCodeAt(i);
  settle(worker.serve(frame));
  if (exiting) throw exiting;
}
