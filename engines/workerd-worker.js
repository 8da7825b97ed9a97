// reentry engine worker for workerd (engine `workerd`): the worker protocol
// (docs/worker-protocol.md) served by engines/worker-core.js inside one
// Worker, as node and deno serve it on stdin/stdout.
//
// The harness starts `workerd serve --experimental --control-fd 3
// CONFIG` with a config it writes (harness/src/engine/workerd/config.rs):
// this file as the main module, worker-core.js, glue.js, raw.js and
// wbg-host.js as text modules, the `UNSAFE` unsafeEval binding, and one
// socket on 127.0.0.1:0 whose port arrives on the control fd. Each HTTP
// POST carries request frames (`u32 length` + body, back to back) and is
// answered with their response frames in order; an empty POST is answered
// with the handshake.
//
// One isolate serves every request, and module state lives on between them,
// so the scripts are evaluated once, on the first request (bindings such as
// `UNSAFE` exist only inside a request). workerd lets a request compile Wasm
// only through that binding (`env.UNSAFE.newWasmModule`): `new
// WebAssembly.Module(bytes)` is routed there, for the glue, raw.js and the
// feature probes alike; `WebAssembly.compile`/`instantiate(bytes)` stay
// refused, as workerd ships them.
import coreText from "reentry/worker-core.js";
import glueText from "reentry/glue.js";
import rawText from "reentry/raw.js";
import wbgHostText from "reentry/wbg-host.js";

let worker = null;
/// The response frames of the request being served.
let out = [];

function send(status, payload) {
  const frame = new Uint8Array(8 + payload.length);
  const dv = new DataView(frame.buffer);
  dv.setUint32(0, 4 + payload.length, true);
  dv.setUint32(4, status, true);
  frame.set(payload, 8);
  out.push(frame);
}

/// Evaluate a classic script's text at global scope; it must define globalThis[name].
function evaluate(env, text, file, name) {
  env.UNSAFE.eval(`${text}\n//# sourceURL=reentry/${file}`);
  if (typeof globalThis[name] !== "object") throw new Error(`${file} did not define globalThis.${name}`);
  return globalThis[name];
}

function boot(env) {
  const compiled = WebAssembly.Module;
  function Module(bytes) {
    return env.UNSAFE.newWasmModule(bytes);
  }
  Module.prototype = compiled.prototype;
  for (const k of ["imports", "exports", "customSections"]) Module[k] = compiled[k];
  WebAssembly.Module = Module;

  const core = evaluate(env, coreText, "worker-core.js", "ReentryWorker");
  const hash = (text) => core.fnv1a(core.utf8(text));
  worker = core.make({
    glue: evaluate(env, glueText, "glue.js", "ReentryGlue"),
    raw: evaluate(env, rawText, "raw.js", "ReentryRaw"),
    wbgHost: evaluate(env, wbgHostText, "wbg-host.js", "ReentryWbgHost"),
    hashes: { glue: hash(glueText), raw: hash(rawText), wbg_host: hash(wbgHostText) },
    identity: { runtime: "workerd", version: env.VERSION, v8: "", exec: "workerd" },
    send,
  });
}

export default {
  async fetch(request, env) {
    const body = new Uint8Array(await request.arrayBuffer());
    out = [];
    if (worker === null) boot(env);
    if (body.length === 0) worker.hello();
    const dv = new DataView(body.buffer, body.byteOffset, body.byteLength);
    for (let at = 0; at + 4 <= body.length; ) {
      const len = dv.getUint32(at, true);
      await worker.serve(body.subarray(at + 4, at + 4 + len));
      at += 4 + len;
    }
    let n = 0;
    for (const f of out) n += f.length;
    const all = new Uint8Array(n);
    n = 0;
    for (const f of out) {
      all.set(f, n);
      n += f.length;
    }
    return new Response(all);
  },
};
