// reentry's page host: the worker protocol (docs/worker-protocol.md) served
// by engines/worker-core.js inside a browser page, as node and deno serve it
// on stdin/stdout (engines `firefox`, `chromium`; the harness side is
// harness/src/engine/browser/).
//
// The harness serves this page and the scripts beside it from a loopback
// server (`http://127.0.0.1:PORT/TOKEN/page.html?runtime=..&version=..`)
// and takes the page's one WebSocket (`TOKEN/socket`). Each binary message
// carries request frames (`u32 length` + body, back to back): a batch. They
// are served in order, one at a time, and their response frames go back in
// order, several to a message: whatever is ready is sent at the end of the
// batch, and also as soon as a request ends FLUSH_MS or more after the last
// send, so that a slow case never holds back the answers before it and the
// harness can tell which case a wedged page is stuck in. The first message
// the page sends is the handshake. A text message from the harness is an
// address to navigate to: the same page, renewed in a fresh document.
//
// The scripts are fetched as bytes and evaluated at global scope, as the
// other workers do, so the handshake's hashes say which glue ran. A page
// that cannot load them answers JS_ERROR with the reason in place of the
// handshake.
(function () {
  'use strict';

  const FLUSH_MS = 20;
  const params = new URLSearchParams(location.search);

  /// Fetch a classic script beside this page and evaluate it at global
  /// scope; it must define globalThis[name]. Returns it and its bytes.
  async function loadScript(file, name) {
    const url = new URL(file, location.href);
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    (0, eval)(`${new TextDecoder().decode(bytes)}\n//# sourceURL=${url.href}`);
    if (typeof globalThis[name] !== 'object') throw new Error(`${file} did not define globalThis.${name}`);
    return { value: globalThis[name], bytes };
  }

  const socket = new WebSocket(new URL('socket', location.href.replace(/^http/, 'ws')));
  socket.binaryType = 'arraybuffer';
  const opened = new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = () => reject(new Error('the page socket failed'));
  });

  /// Response frames not sent yet.
  let out = [];
  let outBytes = 0;
  let lastFlush = performance.now();

  function frame(status, payload) {
    const f = new Uint8Array(8 + payload.length);
    const dv = new DataView(f.buffer);
    dv.setUint32(0, 4 + payload.length, true);
    dv.setUint32(4, status, true);
    f.set(payload, 8);
    out.push(f);
    outBytes += f.length;
  }

  function flush() {
    if (out.length === 0) return;
    const message = new Uint8Array(outBytes);
    let at = 0;
    for (const f of out) {
      message.set(f, at);
      at += f.length;
    }
    out = [];
    outBytes = 0;
    socket.send(message);
    lastFlush = performance.now();
  }

  /// A macrotask after every pending microtask (glue.js `drain`): a
  /// MessageChannel message, which browsers do not clamp as they clamp
  /// nested setTimeout(0) to 4 ms.
  const channel = new MessageChannel();
  const drains = [];
  channel.port1.onmessage = () => drains.shift()();
  const drain = () => new Promise((resolve) => {
    drains.push(resolve);
    channel.port2.postMessage(0);
  });

  async function boot() {
    const core = (await loadScript('worker-core.js', 'ReentryWorker')).value;
    const [glue, raw, wbgHost] = [
      await loadScript('glue.js', 'ReentryGlue'),
      await loadScript('raw.js', 'ReentryRaw'),
      await loadScript('wbg-host.js', 'ReentryWbgHost'),
    ];
    const worker = core.make({
      glue: glue.value,
      raw: raw.value,
      wbgHost: wbgHost.value,
      hashes: { glue: core.fnv1a(glue.bytes), raw: core.fnv1a(raw.bytes), wbg_host: core.fnv1a(wbgHost.bytes) },
      // `exec`: the user agent, which the harness checks against the browser it started.
      identity: { runtime: params.get('runtime') || '', version: params.get('version') || '', v8: '', exec: navigator.userAgent },
      send: frame,
      runOptions: { drain },
      importModule: wbgHost.value.blobImporter,
    });
    return worker;
  }

  /// Serve one message's request frames in order.
  async function serveAll(worker, message) {
    const dv = new DataView(message.buffer, message.byteOffset, message.byteLength);
    for (let at = 0; at < message.length; ) {
      const n = dv.getUint32(at, true);
      await worker.serve(message.subarray(at + 4, at + 4 + n));
      at += 4 + n;
      if (performance.now() - lastFlush >= FLUSH_MS) flush();
    }
    flush();
  }

  (async () => {
    let worker;
    try {
      [worker] = await Promise.all([boot(), opened]);
    } catch (e) {
      await opened;
      frame(1 /* JS_ERROR */, new TextEncoder().encode(String((e && e.stack) || e)));
      return flush();
    }
    let queue = Promise.resolve();
    socket.onmessage = (e) => {
      // A text message is an address: the harness renews the page there
      // (harness/src/engine/browser/mod.rs, Page::renew), between batches.
      queue = typeof e.data === 'string'
        ? queue.then(() => { location.href = e.data; })
        : queue.then(() => serveAll(worker, new Uint8Array(e.data)));
    };
    worker.hello();
    flush();
  })();
})();
