// reentry engine worker: runs cases for the Rust harness in a long-lived node
// or deno process (DESIGN.md §3, engines `node26`, `deno`, ...), in the spirit
// of Fuzzilli's REPRL.
//
//   node worker.mjs [--core PATH] [--glue PATH] [--raw PATH] [--wbg-host PATH]
//   deno run --allow-read=ENGINES_DIR worker.mjs [--core PATH] [--glue PATH] [--raw PATH] [--wbg-host PATH]
//
// It loads engines/worker-core.js (the protocol's ops, shared with the jsc
// and workerd workers), engines/glue.js (a classic script defining
// globalThis.ReentryGlue), engines/raw.js (globalThis.ReentryRaw, the
// raw-module helper the in-process V8 engine loads too) and
// engines/wbg-host.js (globalThis.ReentryWbgHost, the wasm-bindgen lane's
// host driver) by reading and evaluating them, sends the handshake, then
// serves one request at a time on stdin/stdout until stdin ends. This file
// is only the node/deno end of the pipe: frames as `u32 length` + body.
//
// The protocol (framing, handshake, ops, statuses, versioning) is documented
// in docs/worker-protocol.md and nowhere else; the host side is
// harness/src/engine/worker/reprl.rs. Any change to what crosses the pipe
// bumps PROTOCOL in worker-core.js and reprl.rs. The flat trace inside an OK
// to RUN is docs/trace-format.md.

import fs from "node:fs";
import process from "node:process";

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

/// Read and evaluate a classic script (`--<flag> PATH`, else `file` beside
/// this one) that must define globalThis[name]; returns it and its bytes.
function loadScript(flag, file, name) {
  const i = args.indexOf(flag);
  const url = i >= 0 ? new URL(args[i + 1], `file://${process.cwd()}/`) : new URL(`./${file}`, import.meta.url);
  const bytes = new Uint8Array(fs.readFileSync(url));
  // A classic script: evaluate it at global scope.
  (0, eval)(`${new TextDecoder().decode(bytes)}\n//# sourceURL=${url.href}`);
  if (typeof globalThis[name] !== "object") throw new Error(`${url.href} did not define globalThis.${name}`);
  return { value: globalThis[name], bytes };
}

const { value: core } = loadScript("--core", "worker-core.js", "ReentryWorker");
const glue = loadScript("--glue", "glue.js", "ReentryGlue");
const raw = loadScript("--raw", "raw.js", "ReentryRaw");
const wbgHost = loadScript("--wbg-host", "wbg-host.js", "ReentryWbgHost");
const worker = core.make({
  glue: glue.value,
  raw: raw.value,
  wbgHost: wbgHost.value,
  hashes: { glue: core.fnv1a(glue.bytes), raw: core.fnv1a(raw.bytes), wbg_host: core.fnv1a(wbgHost.bytes) },
  identity: isDeno
    ? { runtime: "deno", version: globalThis.Deno.version.deno, v8: globalThis.Deno.version.v8, exec: process.execPath }
    : { runtime: "node", version: process.versions.node, v8: process.versions.v8, exec: process.execPath },
  send,
  die: { abort: () => process.abort(), exit: (code) => process.exit(code), oom: core.exhaustHeap },
});
worker.hello();

const header = new Uint8Array(4);
let buf = new Uint8Array(1 << 16);
while (readExact(header, 4)) {
  const len = new DataView(header.buffer).getUint32(0, true);
  if (len > buf.length) buf = new Uint8Array(Math.max(len, buf.length * 2));
  readExact(buf, len);
  await worker.serve(buf.subarray(0, len));
}
