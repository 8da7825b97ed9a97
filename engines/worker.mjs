// reentry engine worker: runs cases for the Rust harness in a long-lived node
// or deno process (DESIGN.md §3, engines `node26`, `deno`, ...), in the spirit
// of Fuzzilli's REPRL.
//
//   node worker.mjs [--glue PATH] [--raw PATH] [--wbg-host PATH]
//   deno run --allow-read=ENGINES_DIR worker.mjs [--glue PATH] [--raw PATH] [--wbg-host PATH]
//
// It loads engines/glue.js (a classic script defining globalThis.ReentryGlue),
// engines/raw.js (globalThis.ReentryRaw, the raw-module helper the
// in-process V8 engine loads too) and engines/wbg-host.js
// (globalThis.ReentryWbgHost, the wasm-bindgen lane's host driver) by
// reading and evaluating them, sends the
// handshake, then serves one request at a time on stdin/stdout until stdin
// ends.
//
// The protocol (framing, handshake, ops, statuses, versioning) is documented
// in docs/worker-protocol.md and nowhere else; the host side is
// harness/src/engine/worker/reprl.rs. Any change to what crosses the pipe
// bumps PROTOCOL here and there. The flat trace inside an OK to RUN is
// docs/trace-format.md.

import fs from "node:fs";
import process from "node:process";

const PROTOCOL = 4;
const OP = { RUN: 1, PING: 2, FLOOR: 3, RAW: 4, RUN_WBG: 5, HANG: 0x80, ABORT: 0x81, EXIT: 0x82, OOM: 0x83, THROW: 0x84, DECODE: 0x85 };
const STATUS = { OK: 0, JS_ERROR: 1, COMPILE_ERROR: 2, LINK_ERROR: 3, BAD_REQUEST: 4, NEED_MODULE: 5, HELLO: 0x59544e52 };
/// Compiled modules kept; the whole cache is dropped when full (cases rarely
/// come back to a module once the campaign has moved on).
const CACHE_CAPACITY = 256;

if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) {
  throw new Error("worker.mjs assumes a little-endian host (traces are sent as raw Int32Array bytes)");
}

const isDeno = typeof globalThis.Deno === "object";
const args = isDeno ? globalThis.Deno.args : process.argv.slice(2);

// A case with tasks (issue 13) runs on the event loop; what a binding leaves
// behind there (a rejected promise nobody handles, an error thrown from a
// microtask) is the case's business, shown in its trace, never the end of
// this process.
if (isDeno) {
  globalThis.addEventListener("unhandledrejection", (e) => e.preventDefault());
  globalThis.addEventListener("error", (e) => e.preventDefault());
} else {
  process.on("unhandledRejection", () => {});
  process.on("uncaughtException", (e) => console.error("uncaught in a case:", e && e.stack || e));
}

// Blocking stdio. Node makes its stdio pipes non-blocking (a synchronous read
// fails with EAGAIN); opening /dev/stdin etc. anew gives blocking descriptions
// of the same pipes. Deno's own sync stdio calls block as they are.
const io = isDeno
  ? {
      read: (buf, off, n) => globalThis.Deno.stdin.readSync(buf.subarray(off, off + n)) ?? 0,
      write: (bytes) => globalThis.Deno.stdout.writeSync(bytes),
      writeErr: (bytes) => globalThis.Deno.stderr.writeSync(bytes),
    }
  : (() => {
      const [IN, OUT, ERR] = [fs.openSync("/dev/stdin", "r"), fs.openSync("/dev/stdout", "a"), fs.openSync("/dev/stderr", "a")];
      return {
        read: (buf, off, n) => fs.readSync(IN, buf, off, n, null),
        write: (bytes) => fs.writeSync(OUT, bytes),
        writeErr: (bytes) => fs.writeSync(ERR, bytes),
      };
    })();

// Stdout carries frames only.
const toStderr = (...xs) => writeAll(io.writeErr, new TextEncoder().encode(xs.map(String).join(" ") + "\n"));
for (const k of ["log", "info", "debug", "warn", "error", "trace", "dir"]) console[k] = toStderr;

function writeAll(write, bytes) {
  for (let off = 0; off < bytes.length; ) off += write(bytes.subarray(off));
}

/// Fill `buf[0..n)` from stdin; false on end of input before the first byte.
function readExact(buf, n) {
  let off = 0;
  while (off < n) {
    const r = io.read(buf, off, n - off);
    if (r === 0) {
      if (off === 0) return false;
      throw new Error(`stdin closed inside a frame (${off} of ${n} bytes)`);
    }
    off += r;
  }
  return true;
}

function send(status, payload) {
  const out = new Uint8Array(8 + payload.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, 4 + payload.length, true);
  dv.setUint32(4, status, true);
  out.set(payload, 8);
  writeAll(io.write, out);
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();
const errorText = (e) => utf8.encode(e instanceof Error ? String(e.stack || e) : `uncaught value: ${String(e)}`);

/// FNV-1a (32 bit) of some bytes, as 8 hex digits. Of glue.js's bytes in the
/// handshake: lets the host see that every worker of a campaign ran the same
/// glue.js (it is read anew by each worker, so an edit mid-campaign would
/// otherwise change results). Of a module's bytes in DECODE's answer.
function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/// Read and evaluate a classic script (`--<flag> PATH`, else `file` beside
/// this one) that must define globalThis[name]; returns it and its FNV-1a.
function loadScript(flag, file, name) {
  const i = args.indexOf(flag);
  const url = i >= 0 ? new URL(args[i + 1], `file://${process.cwd()}/`) : new URL(`./${file}`, import.meta.url);
  const bytes = new Uint8Array(fs.readFileSync(url));
  // A classic script: evaluate it at global scope.
  (0, eval)(`${fromUtf8.decode(bytes)}\n//# sourceURL=${url.href}`);
  if (typeof globalThis[name] !== "object") throw new Error(`${url.href} did not define globalThis.${name}`);
  return { value: globalThis[name], hash: fnv1a(bytes) };
}

const { value: glue, hash: glueHash } = loadScript("--glue", "glue.js", "ReentryGlue");
const { value: raw, hash: rawHash } = loadScript("--raw", "raw.js", "ReentryRaw");
const { value: wbgHost, hash: wbgHash } = loadScript("--wbg-host", "wbg-host.js", "ReentryWbgHost");
const modules = new Map();

// ---- request payloads: one parser per op, shared by the op and DECODE ----

/// The `u32 n` + n bytes at `frame[at..]`, or null if they pass the frame.
function bytesAt(frame, dv, at) {
  if (at + 4 > frame.length) return null;
  const n = dv.getUint32(at, true);
  return at + 4 + n > frame.length ? null : frame.subarray(at + 4, at + 4 + n);
}

/// RUN: u64 key, u8 flags, u32 n, n module bytes, plan (UTF-8) to the end.
/// Returns {key, flags, module, plan} or an error text.
function parseRun(frame, dv) {
  if (frame.length < 14) return "RUN frame too short";
  const module = bytesAt(frame, dv, 10);
  if (module === null) return "module length past the frame";
  return {
    key: dv.getBigUint64(1, true),
    flags: frame[9],
    module,
    plan: fromUtf8.decode(frame.subarray(14 + module.length)),
  };
}

/// FLOOR: u64 key, u32 n, n module bytes, u32 k, k x u32 export index.
/// Returns {key, module, exports} or an error text.
function parseFloor(frame, dv) {
  if (frame.length < 13) return "FLOOR frame too short";
  const module = bytesAt(frame, dv, 9);
  if (module === null) return "module length past the frame";
  const at = 13 + module.length;
  if (at + 4 > frame.length) return "FLOOR frame without an export count";
  const k = dv.getUint32(at, true);
  if (at + 4 + 4 * k !== frame.length) return `FLOOR frame: ${k} export indices do not fill the frame`;
  const exports = [];
  for (let i = 0; i < k; i++) exports.push(dv.getUint32(at + 4 + 4 * i, true));
  return { key: dv.getBigUint64(1, true), module, exports };
}

/// RAW: u8 k, k bytes method name, u32 n, n bytes, request JSON to the end.
/// Returns {method, bytes, request} or an error text.
function parseRaw(frame, dv) {
  if (frame.length < 2) return "RAW frame too short";
  const k = frame[1];
  if (2 + k + 4 > frame.length) return "RAW method name past the frame";
  const method = fromUtf8.decode(frame.subarray(2, 2 + k));
  const bytes = bytesAt(frame, dv, 2 + k);
  if (bytes === null) return "RAW bytes length past the frame";
  return { method, bytes, request: fromUtf8.decode(frame.subarray(2 + k + 4 + bytes.length)) };
}

/// RUN_WBG: u64 key, u32 n, n bytes of guest_bg.wasm, u32 m, m bytes of its
/// wasm-bindgen JS glue (UTF-8), plan (UTF-8) to the end. n = m = 0 when the
/// host believes this worker has the binding already.
function parseRunWbg(frame, dv) {
  if (frame.length < 17) return "RUN_WBG frame too short";
  const module = bytesAt(frame, dv, 9);
  if (module === null) return "module length past the frame";
  const js = bytesAt(frame, dv, 13 + module.length);
  if (js === null) return "glue length past the frame";
  return { key: dv.getBigUint64(1, true), module, js, plan: fromUtf8.decode(frame.subarray(17 + module.length + js.length)) };
}

/// The compiled module for `key` from `cache`, compiling `bytes` on a miss.
/// Returns [module, µs compiling, cache hit], or sends COMPILE_ERROR.
function compiled(cache, key, bytes) {
  let module = cache.get(key);
  if (module !== undefined) return [module, 0, true];
  const t = performance.now();
  try {
    module = glue.compile(bytes);
  } catch (e) {
    return send(STATUS.COMPILE_ERROR, errorText(e));
  }
  const us = micros(t);
  if (cache.size >= CACHE_CAPACITY) cache.clear();
  cache.set(key, module);
  return [module, us, false];
}

const micros = (since) => Math.min(0xffffffff, Math.round((performance.now() - since) * 1000));
const badRequest = (text) => send(STATUS.BAD_REQUEST, utf8.encode(text));

async function run(frame, dv) {
  const req = parseRun(frame, dv);
  if (typeof req === "string") return badRequest(req);
  const got = compiled(modules, req.key, req.module);
  if (got === undefined) return;
  const [module, compileUs, hit] = got;
  const t = performance.now();
  let trace;
  try {
    // A plan with tasks gives a promise (its driver waits on the event loop).
    trace = await glue.runCase(module, req.plan, req.flags & 1 ? { forcePolyfill: true } : undefined);
  } catch (e) {
    // The glue wraps a failed first instantiation in an InstantiateError.
    const link = e instanceof WebAssembly.LinkError || (e instanceof Error && e.name === "InstantiateError");
    return send(link ? STATUS.LINK_ERROR : STATUS.JS_ERROR, errorText(e));
  }
  const header = new Uint32Array([hit ? 1 : 0, compileUs, micros(t)]);
  const out = new Uint8Array(12 + trace.byteLength);
  out.set(new Uint8Array(header.buffer), 0);
  out.set(new Uint8Array(trace.buffer, trace.byteOffset, trace.byteLength), 12);
  send(STATUS.OK, out);
}

/// Loaded wasm-bindgen bindings (ReentryWbgHost.load) by key.
const bindings = new Map();

async function runWbg(frame, dv) {
  const req = parseRunWbg(frame, dv);
  if (typeof req === "string") return badRequest(req);
  let loaded = bindings.get(req.key);
  const hit = loaded !== undefined;
  let compileUs = 0;
  if (!hit) {
    if (req.module.length === 0) return send(STATUS.NEED_MODULE, new Uint8Array(0));
    const t = performance.now();
    try {
      // The frame buffer is reused: the glue text is decoded, the module compiled here.
      loaded = wbgHost.load(fromUtf8.decode(req.js), req.module.slice());
    } catch (e) {
      return send(STATUS.COMPILE_ERROR, errorText(e));
    }
    compileUs = micros(t);
    if (bindings.size >= CACHE_CAPACITY) bindings.clear();
    bindings.set(req.key, loaded);
  }
  const t = performance.now();
  let trace;
  try {
    trace = await wbgHost.runCase(loaded, req.plan);
  } catch (e) {
    const link = e instanceof WebAssembly.LinkError || (e instanceof Error && e.name === "InstantiateError");
    return send(link ? STATUS.LINK_ERROR : STATUS.JS_ERROR, errorText(e));
  }
  const header = new Uint32Array([hit ? 1 : 0, compileUs, micros(t)]);
  const out = new Uint8Array(12 + trace.byteLength);
  out.set(new Uint8Array(header.buffer), 0);
  out.set(new Uint8Array(trace.buffer, trace.byteOffset, trace.byteLength), 12);
  send(STATUS.OK, out);
}

/// Modules for FLOOR, apart from RUN's so that the floor pays for compiling
/// as RUN does.
const floorModules = new Map();

function floor(frame, dv) {
  const req = parseFloor(frame, dv);
  if (typeof req === "string") return badRequest(req);
  const got = compiled(floorModules, req.key, req.module);
  if (got === undefined) return;
  glue.floor(got[0], req.exports);
  send(STATUS.OK, new Uint8Array(0));
}

/// ReentryRaw[method](bytes, request): its JSON (string, or {json, bytes})
/// goes back as u32 m, m bytes of JSON, then the bytes.
function rawOp(frame, dv) {
  const req = parseRaw(frame, dv);
  if (typeof req === "string") return badRequest(req);
  const f = Object.hasOwn(raw, req.method) ? raw[req.method] : undefined;
  if (typeof f !== "function") return badRequest(`RAW: ReentryRaw has no method ${JSON.stringify(req.method)}`);
  // raw.js keeps what it is given beyond the call (compiled modules copy
  // their bytes): the frame buffer is reused for the next request.
  const reply = f.call(raw, req.bytes.slice(), req.request);
  const text = utf8.encode(typeof reply === "string" ? reply : reply.json);
  const bytes = typeof reply === "string" ? new Uint8Array(0) : reply.bytes;
  const out = new Uint8Array(4 + text.length + bytes.length);
  new DataView(out.buffer).setUint32(0, text.length, true);
  out.set(text, 4);
  out.set(bytes, 4 + text.length);
  send(STATUS.OK, out);
}

/// Test-only: the payload is a whole RUN or FLOOR request frame (u32 length,
/// then its body). Parse it as that op would and answer with what was read.
function decode(frame, dv) {
  if (frame.length < 6 || dv.getUint32(1, true) !== frame.length - 5) {
    return badRequest("DECODE: the payload is not one frame");
  }
  const body = frame.subarray(5);
  const bdv = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const op = body[0];
  const req = op === OP.RUN ? parseRun(body, bdv) : op === OP.FLOOR ? parseFloor(body, bdv) : `DECODE: op ${op} has no payload`;
  if (typeof req === "string") return badRequest(req);
  const decoded = {
    op,
    key: req.key.toString(),
    flags: op === OP.RUN ? req.flags : null,
    module_len: req.module.length,
    module_fnv: fnv1a(req.module),
    plan: op === OP.RUN ? req.plan : null,
    exports: op === OP.FLOOR ? req.exports : null,
  };
  send(STATUS.OK, utf8.encode(JSON.stringify(decoded)));
}

function serve(frame) {
  const dv = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  switch (frame[0]) {
    case OP.RUN:
      return run(frame, dv);
    case OP.FLOOR:
      return floor(frame, dv);
    case OP.RUN_WBG:
      return runWbg(frame, dv);
    case OP.RAW:
      return rawOp(frame, dv);
    case OP.PING:
      return send(STATUS.OK, new Uint8Array(0));
    case OP.HANG:
      for (;;);
    case OP.ABORT:
      return process.abort();
    case OP.EXIT:
      return process.exit(dv.getUint32(1, true));
    case OP.OOM: {
      const hog = [];
      for (;;) hog.push(new Array(1 << 20).fill(hog.length));
    }
    case OP.THROW:
      throw new Error("THROW test op");
    case OP.DECODE:
      return decode(frame, dv);
    default:
      return badRequest(`unknown op ${frame[0]}`);
  }
}

const identity = isDeno
  ? { runtime: "deno", version: globalThis.Deno.version.deno, v8: globalThis.Deno.version.v8 }
  : { runtime: "node", version: process.versions.node, v8: process.versions.v8 };
send(
  STATUS.HELLO,
  utf8.encode(
    JSON.stringify({ protocol: PROTOCOL, ...identity, exec: process.execPath, glue: glueHash, raw: rawHash, wbg_host: wbgHash, features: glue.features() }),
  ),
);

const header = new Uint8Array(4);
let buf = new Uint8Array(1 << 16);
while (readExact(header, 4)) {
  const len = new DataView(header.buffer).getUint32(0, true);
  if (len > buf.length) buf = new Uint8Array(Math.max(len, buf.length * 2));
  readExact(buf, len);
  const frame = buf.subarray(0, len);
  try {
    await serve(frame);
  } catch (e) {
    send(STATUS.JS_ERROR, errorText(e));
  }
}
