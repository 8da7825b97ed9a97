// reentry worker core: the engine side of the worker protocol
// (docs/worker-protocol.md), shared by every out-of-process JS engine. A
// classic script, like glue.js, so that each runtime's worker shell can
// evaluate it: engines/worker.mjs (node, deno: frames on stdin/stdout),
// engines/jsc-worker.js (jsc: frames as base64 lines),
// engines/workerd-worker.js (workerd: frames in HTTP bodies) and
// engines/page.js (Firefox, Chromium: frames in WebSocket messages). What differs
// between them is only how a frame arrives and leaves; every op, parser and
// status is here, once.
//
// Defines `globalThis.ReentryWorker.make(options)`:
//   options.glue, .raw, .wbgHost      ReentryGlue, ReentryRaw, ReentryWbgHost
//   options.hashes                    {glue, raw, wbg_host}: FNV-1a of their bytes
//   options.identity                  {runtime, version, v8, exec} for the handshake
//   options.send(status, bytes)       one response frame
//   options.compile(bytes)            optional: how this runtime compiles a
//                                     module during a request (default glue.compile)
//   options.runOptions                optional: what runCase gets besides
//                                     forcePolyfill (jsc: {drain: 'host'})
//   options.die                       {abort(), exit(code), oom()}: the test ops'
//                                     ways to end the process (a missing one is
//                                     answered BAD_REQUEST)
//   options.importModule(text)        optional: where this runtime runs the
//                                     `--target web` glue, ReentryWbgHost.load's
//                                     `importer` (browsers, jsc)
// -> {hello(), serve(frame)}: `hello` sends the handshake; `serve` answers one
//    request frame (its body, without the length), maybe asynchronously (a
//    plan with tasks): the caller awaits what it returns before the next frame.
(function (global) {
  'use strict';

  const PROTOCOL = 7;
  const OP = { RUN: 1, PING: 2, FLOOR: 3, RAW: 4, RUN_WBG: 5, HANG: 0x80, ABORT: 0x81, EXIT: 0x82, OOM: 0x83, THROW: 0x84, DECODE: 0x85 };
  const STATUS = { OK: 0, JS_ERROR: 1, COMPILE_ERROR: 2, LINK_ERROR: 3, BAD_REQUEST: 4, NEED_MODULE: 5, HELLO: 0x59544e52 };
  /// Compiled modules kept; the whole cache is dropped when full (cases rarely
  /// come back to a module once the campaign has moved on).
  const CACHE_CAPACITY = 256;

  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) {
    throw new Error('worker-core.js assumes a little-endian host (traces are sent as raw Int32Array bytes)');
  }

  // UTF-8 both ways: the engine's TextEncoder/TextDecoder where it has them
  // (jsc's shell has neither).
  const utf8 = typeof global.TextEncoder === 'function'
    ? ((e) => (s) => e.encode(s))(new global.TextEncoder())
    : (s) => {
        const bin = unescape(encodeURIComponent(s));
        const out = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
        return out;
      };
  const fromUtf8 = typeof global.TextDecoder === 'function'
    ? ((d) => (b) => d.decode(b))(new global.TextDecoder())
    : (b) => {
        let bin = '';
        for (let i = 0; i < b.length; i += 0x8000) bin += String.fromCharCode.apply(null, b.subarray(i, i + 0x8000));
        return decodeURIComponent(escape(bin));
      };

  /// FNV-1a (32 bit) of some bytes, as 8 hex digits: of glue.js's bytes in the
  /// handshake (every worker of a campaign must run the same glue.js), of a
  /// module's bytes in DECODE's answer.
  function fnv1a(bytes) {
    let h = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    return (h >>> 0).toString(16).padStart(8, '0');
  }

  // V8's `stack` starts with the message; JavaScriptCore's has frames only.
  const errorText = (e) => {
    if (!(e instanceof Error)) return utf8('uncaught value: ' + String(e));
    const stack = String(e.stack || '');
    return utf8(stack.startsWith(String(e)) ? stack : String(e) + (stack ? '\n' + stack : ''));
  };
  const micros = (since) => Math.min(0xffffffff, Math.round((performance.now() - since) * 1000));

  // ---- request payloads: one parser per op, shared by the op and DECODE ----

  /// The `u32 n` + n bytes at `frame[at..]`, or null if they pass the frame.
  function bytesAt(frame, dv, at) {
    if (at + 4 > frame.length) return null;
    const n = dv.getUint32(at, true);
    return at + 4 + n > frame.length ? null : frame.subarray(at + 4, at + 4 + n);
  }

  /// RUN: u64 key, u8 flags, u32 n, n module bytes, plan (UTF-8) to the end.
  function parseRun(frame, dv) {
    if (frame.length < 14) return 'RUN frame too short';
    const module = bytesAt(frame, dv, 10);
    if (module === null) return 'module length past the frame';
    return { key: dv.getBigUint64(1, true), flags: frame[9], module, plan: fromUtf8(frame.subarray(14 + module.length)) };
  }

  /// FLOOR: u64 key, u32 n, n module bytes, u32 k, k x i32 call (an export
  /// index, or -1: a fresh instance; glue.js `floor`),
  /// u32 initial, u32 maximum (the memory's pages).
  function parseFloor(frame, dv) {
    if (frame.length < 13) return 'FLOOR frame too short';
    const module = bytesAt(frame, dv, 9);
    if (module === null) return 'module length past the frame';
    const at = 13 + module.length;
    if (at + 4 > frame.length) return 'FLOOR frame without an export count';
    const k = dv.getUint32(at, true);
    const limits = at + 4 + 4 * k;
    if (limits + 8 !== frame.length) return `FLOOR frame: ${k} export indices and the memory's limits do not fill the frame`;
    const exports = [];
    for (let i = 0; i < k; i++) exports.push(dv.getInt32(at + 4 + 4 * i, true));
    return { key: dv.getBigUint64(1, true), module, exports, initial: dv.getUint32(limits, true), maximum: dv.getUint32(limits + 4, true) };
  }

  /// RAW: u8 k, k bytes method name, u32 n, n bytes, request JSON to the end.
  function parseRaw(frame, dv) {
    if (frame.length < 2) return 'RAW frame too short';
    const k = frame[1];
    if (2 + k + 4 > frame.length) return 'RAW method name past the frame';
    const method = fromUtf8(frame.subarray(2, 2 + k));
    const bytes = bytesAt(frame, dv, 2 + k);
    if (bytes === null) return 'RAW bytes length past the frame';
    return { method, bytes, request: fromUtf8(frame.subarray(2 + k + 4 + bytes.length)) };
  }

  /// RUN_WBG: u64 key, u32 n, n bytes of guest_bg.wasm, u32 m, m bytes of its
  /// wasm-bindgen JS glue (UTF-8), plan (UTF-8) to the end. n = m = 0 when the
  /// host believes this worker has the binding already.
  function parseRunWbg(frame, dv) {
    if (frame.length < 17) return 'RUN_WBG frame too short';
    const module = bytesAt(frame, dv, 9);
    if (module === null) return 'module length past the frame';
    const js = bytesAt(frame, dv, 13 + module.length);
    if (js === null) return 'glue length past the frame';
    return { key: dv.getBigUint64(1, true), module, js, plan: fromUtf8(frame.subarray(17 + module.length + js.length)) };
  }

  function make(options) {
    const { glue, raw, wbgHost, send } = options;
    const compile = options.compile || ((bytes) => glue.compile(bytes));
    const die = options.die || {};
    const runOptions = options.runOptions || {};
    const polyfilled = Object.assign({}, runOptions, { forcePolyfill: true });
    const modules = new Map();
    /// Modules for FLOOR, apart from RUN's so that the floor pays for
    /// compiling as RUN does.
    const floorModules = new Map();
    /// Loaded wasm-bindgen bindings (ReentryWbgHost.load) by key.
    const bindings = new Map();
    const badRequest = (text) => send(STATUS.BAD_REQUEST, utf8(text));

    /// The compiled module for `key` from `cache`, compiling `bytes` on a
    /// miss. Returns [module, µs compiling, cache hit], or sends COMPILE_ERROR.
    function compiled(cache, key, bytes) {
      let module = cache.get(key);
      if (module !== undefined) return [module, 0, true];
      const t = performance.now();
      try {
        module = compile(bytes);
      } catch (e) {
        return send(STATUS.COMPILE_ERROR, errorText(e));
      }
      const us = micros(t);
      if (cache.size >= CACHE_CAPACITY) cache.clear();
      cache.set(key, module);
      return [module, us, false];
    }

    /// OK with the run result: flags, µs compiling, µs running, the trace.
    function sendTrace(hit, compileUs, t, trace) {
      const header = new Uint32Array([hit ? 1 : 0, compileUs, micros(t)]);
      const out = new Uint8Array(12 + trace.byteLength);
      out.set(new Uint8Array(header.buffer), 0);
      out.set(new Uint8Array(trace.buffer, trace.byteOffset, trace.byteLength), 12);
      send(STATUS.OK, out);
    }

    /// What a runCase that threw is answered: the glue wraps a failed first
    /// instantiation in an InstantiateError.
    function failed(e) {
      const link = e instanceof WebAssembly.LinkError || (e instanceof Error && e.name === 'InstantiateError');
      send(link ? STATUS.LINK_ERROR : STATUS.JS_ERROR, errorText(e));
    }

    async function run(frame, dv) {
      const req = parseRun(frame, dv);
      if (typeof req === 'string') return badRequest(req);
      const got = compiled(modules, req.key, req.module);
      if (got === undefined) return;
      const [module, compileUs, hit] = got;
      const t = performance.now();
      let trace;
      try {
        // A plan with tasks gives a promise (its driver waits on the event loop).
        trace = await glue.runCase(module, req.plan, req.flags & 1 ? polyfilled : runOptions);
      } catch (e) {
        return failed(e);
      }
      sendTrace(hit, compileUs, t, trace);
    }

    async function runWbg(frame, dv) {
      const req = parseRunWbg(frame, dv);
      if (typeof req === 'string') return badRequest(req);
      let loaded = bindings.get(req.key);
      const hit = loaded !== undefined;
      let compileUs = 0;
      if (!hit) {
        if (req.module.length === 0) return send(STATUS.NEED_MODULE, new Uint8Array(0));
        const t = performance.now();
        try {
          // The frame buffer is reused: the glue text is decoded, the module compiled here.
          loaded = wbgHost.load(fromUtf8(req.js), compile(req.module.slice()), options.importModule);
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
        trace = await wbgHost.runCase(loaded, req.plan, runOptions);
      } catch (e) {
        return failed(e);
      }
      sendTrace(hit, compileUs, t, trace);
    }

    function floor(frame, dv) {
      const req = parseFloor(frame, dv);
      if (typeof req === 'string') return badRequest(req);
      const got = compiled(floorModules, req.key, req.module);
      if (got === undefined) return;
      glue.floor(got[0], req.exports, undefined, req.initial, req.maximum);
      send(STATUS.OK, new Uint8Array(0));
    }

    /// ReentryRaw[method](bytes, request): its JSON (string, or {json, bytes})
    /// goes back as u32 m, m bytes of JSON, then the bytes.
    function rawOp(frame, dv) {
      const req = parseRaw(frame, dv);
      if (typeof req === 'string') return badRequest(req);
      const f = Object.prototype.hasOwnProperty.call(raw, req.method) ? raw[req.method] : undefined;
      if (typeof f !== 'function') return badRequest(`RAW: ReentryRaw has no method ${JSON.stringify(req.method)}`);
      // raw.js keeps what it is given beyond the call (compiled modules copy
      // their bytes): the frame buffer is reused for the next request.
      const reply = f.call(raw, req.bytes.slice(), req.request);
      const text = utf8(typeof reply === 'string' ? reply : reply.json);
      const bytes = typeof reply === 'string' ? new Uint8Array(0) : reply.bytes;
      const out = new Uint8Array(4 + text.length + bytes.length);
      new DataView(out.buffer).setUint32(0, text.length, true);
      out.set(text, 4);
      out.set(bytes, 4 + text.length);
      send(STATUS.OK, out);
    }

    /// Test-only: the payload is a whole RUN or FLOOR request frame (u32
    /// length, then its body). Parse it as that op would and answer with what
    /// was read.
    function decode(frame, dv) {
      if (frame.length < 6 || dv.getUint32(1, true) !== frame.length - 5) {
        return badRequest('DECODE: the payload is not one frame');
      }
      const body = frame.subarray(5);
      const bdv = new DataView(body.buffer, body.byteOffset, body.byteLength);
      const op = body[0];
      const req = op === OP.RUN ? parseRun(body, bdv) : op === OP.FLOOR ? parseFloor(body, bdv) : `DECODE: op ${op} has no payload`;
      if (typeof req === 'string') return badRequest(req);
      const decoded = {
        op,
        key: req.key.toString(),
        flags: op === OP.RUN ? req.flags : null,
        module_len: req.module.length,
        module_fnv: fnv1a(req.module),
        plan: op === OP.RUN ? req.plan : null,
        exports: op === OP.FLOOR ? req.exports : null,
        memory: op === OP.FLOOR ? [req.initial, req.maximum] : null,
      };
      send(STATUS.OK, utf8(JSON.stringify(decoded)));
    }

    /// A test op's way to end the process, or BAD_REQUEST where this runtime has none.
    function ending(name, arg) {
      if (typeof die[name] !== 'function') return badRequest(`${options.identity.runtime} has no ${name} test op`);
      return die[name](arg);
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
          return ending('abort');
        case OP.EXIT:
          return ending('exit', dv.getUint32(1, true));
        case OP.OOM:
          return ending('oom');
        case OP.THROW:
          throw new Error('THROW test op');
        case OP.DECODE:
          return decode(frame, dv);
        default:
          return badRequest(`unknown op ${frame[0]}`);
      }
    }

    /// `serve`, with what escapes it (THROW, a glue bug) answered JS_ERROR.
    async function answer(frame) {
      try {
        await serve(frame);
      } catch (e) {
        send(STATUS.JS_ERROR, errorText(e));
      }
    }

    function hello() {
      const { hashes, identity } = options;
      const id = { protocol: PROTOCOL, ...identity, glue: hashes.glue, raw: hashes.raw, wbg_host: hashes.wbg_host, features: glue.features() };
      send(STATUS.HELLO, utf8(JSON.stringify(id)));
    }

    return { hello, serve: answer };
  }

  /// Allocate until the engine dies of heap exhaustion (the OOM test op, where
  /// the runtime caps its heap).
  function exhaustHeap() {
    const hog = [];
    for (;;) hog.push(new Array(1 << 20).fill(hog.length));
  }

  global.ReentryWorker = Object.freeze({ make, fnv1a, utf8, fromUtf8, exhaustHeap, PROTOCOL, STATUS });
})(globalThis);
