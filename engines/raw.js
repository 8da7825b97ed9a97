// reentry raw-module helper: the V8 side of the raw-module level
// (harness/src/engine/raw.rs: compile, link, call and inspect any Wasm
// module), counterpart of harness/src/engine/wasmtime/raw.rs. A classic
// script loaded beside glue.js (which it does not touch), in process by the
// v8 engine and in every node/deno worker (the RAW op,
// docs/worker-protocol.md); it defines globalThis.ReentryRaw. Every function
// is called as f(bytes: Uint8Array, request: JSON string) and returns a JSON
// string, or {json, bytes} for memory contents.
//
// Values cross as [type, text]: ["i32","-1"], ["i64","5"], ["f32",<u32 bits>],
// ["f64",<u64 bits>], ["null"], ["func"], ["extern",n] (the host reference
// `ref.extern n`), ["ref"] (any other non-null reference). Bits, not numbers,
// so that -0 and infinities survive JSON; NaN bits are whatever JS gives.
//
// Outcomes: {ret:[values]} | {trap:message} | {exn:{tags, payload}} |
// {host:n} (the very host value n came out: `ref.extern n`, or the
// WebAssembly.Exception a host import made for n) |
// {range:message, name} (a RangeError or SpiderMonkey's InternalError: stack overflow, out of memory) |
// {link:message} | {error:"Name: message"}; the Rust side classifies them.
//
// Host imports (`host`, for the compat probes): a pseudo-instance whose one
// export `host` is a host-made value — WebAssembly.JSTag, a fresh tag, or a
// JS function that throws a host value, throws a WebAssembly.Exception, or
// calls an export of an instance (a JS frame between two Wasm frames).
(function (global) {
  'use strict';
  const WA = global.WebAssembly;

  let modules = [];
  let instances = [];
  let known = []; // {name, tag, params}: tags recognised in uncaught exceptions
  const externs = new Map(); // n -> the JS object standing for `ref.extern n`
  let hostExceptions = new Map(); // WebAssembly.Exception a host import threw -> its n
  const scratch = new DataView(new ArrayBuffer(8));

  function externOf(n) {
    let o = externs.get(n);
    if (o === undefined) {
      o = { reentryExtern: n };
      externs.set(n, o);
    }
    return o;
  }

  function toJs(v) {
    switch (v[0]) {
      case 'i32': return Number(v[1]) | 0;
      case 'i64': return BigInt(v[1]);
      case 'f32': scratch.setUint32(0, Number(v[1])); return scratch.getFloat32(0);
      case 'f64': scratch.setBigUint64(0, BigInt(v[1])); return scratch.getFloat64(0);
      case 'null': return null;
      case 'extern': return externOf(Number(v[1]));
      default: throw new Error('cannot pass a ' + v[0] + ' value');
    }
  }

  function fromJs(x, kind) {
    switch (kind) {
      case 'i32': return ['i32', String(x | 0)];
      case 'i64': return ['i64', String(BigInt.asIntN(64, x))];
      case 'f32': scratch.setFloat32(0, x); return ['f32', String(scratch.getUint32(0))];
      case 'f64': scratch.setFloat64(0, x); return ['f64', String(scratch.getBigUint64(0))];
      default:
        if (x === null) return ['null'];
        if (typeof x === 'function') return ['func'];
        if (typeof x === 'object' && externs.get(x.reentryExtern) === x) return ['extern', String(x.reentryExtern)];
        return ['ref'];
    }
  }

  // What an exception out of Wasm (or out of instantiation) means.
  function failure(e) {
    if (hostExceptions.has(e)) return { host: hostExceptions.get(e) };
    if (e !== null && typeof e === 'object' && externs.get(e.reentryExtern) === e) return { host: e.reentryExtern };
    if (e instanceof WA.Exception) {
      const tags = [];
      let first = null;
      for (const k of known) {
        if (e.is(k.tag)) {
          tags.push(k.name);
          if (first === null) first = k;
        }
      }
      let payload = null;
      if (first !== null && first.params !== null) {
        payload = first.params.map((kind, i) => fromJs(e.getArg(first.tag, i), kind));
      }
      return { exn: { tags, payload } };
    }
    if (e instanceof WA.RuntimeError) return { trap: String(e.message) };
    if (e instanceof WA.LinkError) return { link: String(e.message) };
    // A resource error: V8's RangeError, SpiderMonkey's InternalError.
    if (e instanceof RangeError || (e instanceof Error && e.name === 'InternalError')) {
      return { range: String(e.message), name: e.name };
    }
    return { error: (e && e.name) + ': ' + (e && e.message) };
  }

  global.ReentryRaw = {
    reset() {
      modules = [];
      instances = [];
      known = [];
      externs.clear();
      hostExceptions = new Map();
      return '{}';
    },

    // {kind: 'jstag' | 'tag' | 'throw_value' | 'throw_exception' | 'reenter',
    //  n, tag: [instance, export], instance, export}
    // -> {instance: id} (a pseudo-instance exporting `host`) | {error: message}
    host(_, json) {
      const r = JSON.parse(json);
      let value;
      switch (r.kind) {
        case 'jstag':
          if (!WA.JSTag) return JSON.stringify({ error: 'WebAssembly.JSTag is undefined' });
          value = WA.JSTag;
          break;
        case 'tag':
          if (typeof WA.Tag !== 'function') return JSON.stringify({ error: 'WebAssembly.Tag is undefined' });
          value = new WA.Tag({ parameters: ['externref'] });
          break;
        case 'throw_value':
          value = () => { throw externOf(r.n); };
          break;
        case 'throw_exception': {
          if (typeof WA.Exception !== 'function') return JSON.stringify({ error: 'WebAssembly.Exception is undefined' });
          const [from, name] = r.tag;
          const tag = instances[from].exports[name];
          value = () => {
            const e = new WA.Exception(tag, [externOf(r.n)]);
            hostExceptions.set(e, r.n);
            throw e;
          };
          break;
        }
        case 'reenter':
          value = () => instances[r.instance].exports[r.export]();
          break;
        default:
          return JSON.stringify({ error: 'unknown host import ' + r.kind });
      }
      instances.push({ exports: { host: value } });
      return JSON.stringify({ instance: instances.length - 1 });
    },

    // -> {module: id} | {error: message}
    compile(bytes) {
      try {
        modules.push(new WA.Module(bytes));
      } catch (e) {
        return JSON.stringify({ error: String(e.message) });
      }
      return JSON.stringify({ module: modules.length - 1 });
    },

    // {module, imports: [[module, field, instance, export]], tags: [[name, export, params|null]]}
    // -> {instance: id} | an outcome
    instantiate(_, json) {
      const r = JSON.parse(json);
      // No prototypes: module and field names such as `__proto__` stay plain keys.
      const imports = Object.create(null);
      for (const [m, f, from, name] of r.imports) {
        (imports[m] || (imports[m] = Object.create(null)))[f] = instances[from].exports[name];
      }
      let instance;
      try {
        instance = new WA.Instance(modules[r.module], imports);
      } catch (e) {
        return JSON.stringify(failure(e));
      }
      for (const [name, exp, params] of r.tags) known.push({ name, tag: instance.exports[exp], params });
      instances.push(instance);
      return JSON.stringify({ instance: instances.length - 1 });
    },

    // {instance, export, args: [values], results: [kinds]} -> an outcome
    call(_, json) {
      const r = JSON.parse(json);
      const f = instances[r.instance].exports[r.export];
      const args = r.args.map(toJs);
      let out;
      try {
        out = f(...args);
      } catch (e) {
        return JSON.stringify(failure(e));
      }
      const values = r.results.length === 1 ? [out] : r.results.length === 0 ? [] : Array.from(out);
      return JSON.stringify({ ret: values.map((x, i) => fromJs(x, r.results[i])) });
    },

    // {instance, export, kind} -> a value
    global(_, json) {
      const r = JSON.parse(json);
      return JSON.stringify(fromJs(instances[r.instance].exports[r.export].value, r.kind));
    },

    // {instance, export, value} -> {}
    setGlobal(_, json) {
      const r = JSON.parse(json);
      instances[r.instance].exports[r.export].value = toJs(r.value);
      return '{}';
    },

    // {instance, export} -> {json: '{}', bytes}
    memory(_, json) {
      const r = JSON.parse(json);
      return { json: '{}', bytes: new Uint8Array(instances[r.instance].exports[r.export].buffer) };
    },

    // {instance, export} -> the table's length
    tableSize(_, json) {
      const r = JSON.parse(json);
      return String(instances[r.instance].exports[r.export].length);
    },
  };
})(globalThis);
