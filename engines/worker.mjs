// reentry engine worker: runs cases for the Rust harness in a long-lived node
// or deno process (DESIGN.md §3, engine `node26`, `deno`, ...). The host side
// is harness/src/engine/worker/reprl.rs; keep the two in step.
//
//   node worker.mjs [--glue PATH]
//   deno run --allow-read=ENGINES_DIR worker.mjs [--glue PATH]
//
// It loads engines/glue.js (a classic script defining globalThis.ReentryGlue)
// by reading and evaluating it, then serves requests on stdin/stdout.
//
// Protocol (in the spirit of Fuzzilli's REPRL), version 1. All integers are
// little-endian. Every message in either direction is one frame:
//
//   u32 length   bytes that follow (not counting these 4)
//   ...          `length` bytes of body
//
// Handshake: once glue.js is loaded, the worker sends one frame
//   u32 status = HELLO (0x59544e52, "RNTY")
//   JSON identity {protocol, runtime, version, v8, exec, glue, features}
// (`glue` is the FNV-1a hash of glue.js's bytes, `features` is
// ReentryGlue.features()). The host checks `protocol`, and that every worker
// it starts reports the same identity.
// JSON appears only here; cases and traces are binary.
//
// Requests (host → worker), body = u8 op + payload:
//   RUN   (1)    u64 module key, u8 flags (bit 0: forcePolyfill),
//                u32 n, n bytes of module, then the host plan as UTF-8 JSON
//                up to the end of the frame.
//   PING  (2)    answered OK with an empty payload (liveness; measures the
//                protocol's own cost)
//   FLOOR (3)    u64 module key, u32 n, n bytes of module, u32 k, k × u32
//                export index: ReentryGlue.floor (the raw engine doing the
//                case's work, for `reentry bench`); answered OK, empty
//   test-only ops, used by the harness's tests to exercise the respawn paths:
//   HANG  (0x80) busy-loop forever (the host must time out and kill us)
//   ABORT (0x81) process.abort() (dies by SIGABRT)
//   EXIT  (0x82) u32 code: exit with that code
//   OOM   (0x83) allocate until V8 dies of heap exhaustion
//   THROW (0x84) throw a JS error inside the request loop (→ JS_ERROR)
//
// Responses (worker → host), body = u32 status + payload, one per request:
//   OK            (0) for RUN: u32 flags (bit 0: the module came from the
//                     cache), u32 µs compiling, u32 µs in runCase, then the
//                     flat trace as the Int32Array's bytes ([code,a,b]...);
//                     for other ops: empty
//   JS_ERROR      (1) UTF-8 text: the glue threw (a glue bug, or the engine's)
//   COMPILE_ERROR (2) UTF-8 text: WebAssembly.Module rejected the bytes
//   LINK_ERROR    (3) UTF-8 text: instantiation failed (LinkError / the glue's InstantiateError)
//   BAD_REQUEST   (4) UTF-8 text: unknown op or malformed frame
//
// The worker keeps compiled modules by key (the hash of their bytes, chosen by
// the host), so a module is compiled once however many plans run on it. The
// host always sends the bytes: a cache hit just ignores them, which keeps the
// two sides free of any shared cache bookkeeping (a few KB per case on a pipe
// costs microseconds; compiling costs far more).
//
// End of stdin means "exit now" (the host recycles workers that way). The
// loop is synchronous (blocking reads of stdin, no event loop): runCase is
// synchronous and this is the fastest way to serve small cases. Nothing but
// frames may reach stdout, so console output is sent to stderr.

import fs from "node:fs";
import process from "node:process";

const PROTOCOL = 1;
const OP = { RUN: 1, PING: 2, FLOOR: 3, HANG: 0x80, ABORT: 0x81, EXIT: 0x82, OOM: 0x83, THROW: 0x84 };
const STATUS = { OK: 0, JS_ERROR: 1, COMPILE_ERROR: 2, LINK_ERROR: 3, BAD_REQUEST: 4, HELLO: 0x59544e52 };
/// Compiled modules kept; the whole cache is dropped when full (cases rarely
/// come back to a module once the campaign has moved on).
const CACHE_CAPACITY = 256;

if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) {
  throw new Error("worker.mjs assumes a little-endian host (traces are sent as raw Int32Array bytes)");
}

const isDeno = typeof globalThis.Deno === "object";
const args = isDeno ? globalThis.Deno.args : process.argv.slice(2);

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

/// FNV-1a (32 bit) of the glue's bytes, as 8 hex digits: lets the host see
/// that every worker of a campaign ran the same glue.js (it is read anew by
/// each worker, so an edit mid-campaign would otherwise change results).
function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

function loadGlue() {
  const i = args.indexOf("--glue");
  const url = i >= 0 ? new URL(args[i + 1], `file://${process.cwd()}/`) : new URL("./glue.js", import.meta.url);
  const bytes = new Uint8Array(fs.readFileSync(url));
  // glue.js is a classic script: evaluate it at global scope.
  (0, eval)(`${fromUtf8.decode(bytes)}\n//# sourceURL=${url.href}`);
  if (typeof globalThis.ReentryGlue !== "object") throw new Error(`${url.href} did not define globalThis.ReentryGlue`);
  return { glue: globalThis.ReentryGlue, hash: fnv1a(bytes) };
}

const { glue, hash: glueHash } = loadGlue();
const modules = new Map();

/// Compile module bytes at `frame[at..]` (u32 length first) through `cache`.
/// Returns [module, next offset, µs compiling, cache hit] or sends the error.
function moduleAt(frame, dv, at, key, cache) {
  const n = dv.getUint32(at, true);
  if (at + 4 + n > frame.length) return send(STATUS.BAD_REQUEST, utf8.encode("module length past the frame"));
  let module = cache.get(key);
  const hit = module !== undefined;
  let us = 0;
  if (!hit) {
    const t = performance.now();
    try {
      module = glue.compile(frame.subarray(at + 4, at + 4 + n));
    } catch (e) {
      return send(STATUS.COMPILE_ERROR, errorText(e));
    }
    us = micros(t);
    if (cache.size >= CACHE_CAPACITY) cache.clear();
    cache.set(key, module);
  }
  return [module, at + 4 + n, us, hit];
}

const micros = (since) => Math.min(0xffffffff, Math.round((performance.now() - since) * 1000));

function run(frame, dv) {
  if (frame.length < 14) return send(STATUS.BAD_REQUEST, utf8.encode("RUN frame too short"));
  const key = dv.getBigUint64(1, true);
  const flags = frame[9];
  const got = moduleAt(frame, dv, 10, key, modules);
  if (got === undefined) return;
  const [module, planAt, compileUs, hit] = got;
  const plan = fromUtf8.decode(frame.subarray(planAt));
  const t = performance.now();
  let trace;
  try {
    trace = glue.runCase(module, plan, flags & 1 ? { forcePolyfill: true } : undefined);
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

/// Modules for FLOOR, apart from RUN's so that the floor pays for compiling
/// as RUN does.
const floorModules = new Map();

function floor(frame, dv) {
  if (frame.length < 13) return send(STATUS.BAD_REQUEST, utf8.encode("FLOOR frame too short"));
  const got = moduleAt(frame, dv, 9, dv.getBigUint64(1, true), floorModules);
  if (got === undefined) return;
  const [module, at] = got;
  const k = dv.getUint32(at, true);
  const exports = [];
  for (let i = 0; i < k; i++) exports.push(dv.getUint32(at + 4 + 4 * i, true));
  glue.floor(module, exports);
  send(STATUS.OK, new Uint8Array(0));
}

function serve(frame) {
  const dv = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  switch (frame[0]) {
    case OP.RUN:
      return run(frame, dv);
    case OP.FLOOR:
      return floor(frame, dv);
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
    default:
      return send(STATUS.BAD_REQUEST, utf8.encode(`unknown op ${frame[0]}`));
  }
}

const identity = isDeno
  ? { runtime: "deno", version: globalThis.Deno.version.deno, v8: globalThis.Deno.version.v8 }
  : { runtime: "node", version: process.versions.node, v8: process.versions.v8 };
send(
  STATUS.HELLO,
  utf8.encode(
    JSON.stringify({ protocol: PROTOCOL, ...identity, exec: process.execPath, glue: glueHash, features: glue.features() }),
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
    serve(frame);
  } catch (e) {
    send(STATUS.JS_ERROR, errorText(e));
  }
}
