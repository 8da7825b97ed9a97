# workerd test: `rs` is the workers-rs Worker as worker-build 0.8.7 builds it,
# with its Durable Object class `Handle` bound as HANDLES; `test` (test.js)
# sends it requests. See README.md; run with repro.sh.
using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "test", worker = .test),
    (name = "rs", worker = .rs),
  ],
);
const test :Workerd.Worker = (
  modules = [
    (name = "test.js", esModule = embed "test.js"),
    (name = "requests.js", esModule = embed "requests.js"),
  ],
  bindings = [ (name = "RS", service = "rs") ],
  compatibilityDate = "2026-12-01",
);
const rs :Workerd.Worker = (
  modules = [
    (name = "shim.js", esModule = embed "worker/shim.js"),
    (name = "index.js", esModule = embed "worker/index.js"),
    (name = "snippets/reentry-guest-449b0d8462f746b7/inline0.js", esModule = embed "worker/snippets/reentry-guest-449b0d8462f746b7/inline0.js"),
    (name = "snippets/worker-64cc4b2d035528c7/inline0.js", esModule = embed "worker/snippets/worker-64cc4b2d035528c7/inline0.js"),
    (name = "index_bg.wasm", wasm = embed "worker/index_bg.wasm"),
  ],
  bindings = [ (name = "HANDLES", durableObjectNamespace = (className = "Handle")) ],
  durableObjectNamespaces = [ (className = "Handle", uniqueKey = "reentry-Handle") ],
  durableObjectStorage = (inMemory = void),
  compatibilityDate = "2026-12-01",
);
