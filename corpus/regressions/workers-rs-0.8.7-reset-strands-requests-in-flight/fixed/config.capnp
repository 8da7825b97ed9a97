# workerd test: `rs` is the same Worker with fixed/shim.js (fix.patch); `driver` its global
# outbound; `test` (test.js) and `load` (load.js) send it requests. See
# README.md; run with repro.sh.
using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "test", worker = .test),
    (name = "load", worker = .load),
    (name = "rs", worker = .rs),
    (name = "driver", worker = .driver),
  ],
);
const test :Workerd.Worker = (
  modules = [
    (name = "test.js", esModule = embed "../test.js"),
    (name = "requests.js", esModule = embed "../requests.js"),
  ],
  bindings = [ (name = "RS", service = "rs") ],
  compatibilityDate = "2026-12-01",
);
const load :Workerd.Worker = (
  modules = [
    (name = "load.js", esModule = embed "../load.js"),
    (name = "requests.js", esModule = embed "../requests.js"),
  ],
  bindings = [ (name = "RS", service = "rs") ],
  compatibilityDate = "2026-12-01",
);
const driver :Workerd.Worker = (
  modules = [ (name = "driver.js", esModule = embed "../driver.js") ],
  compatibilityDate = "2026-12-01",
);
const rs :Workerd.Worker = (
  modules = [
    (name = "shim.js", esModule = embed "shim.js"),
    (name = "index.js", esModule = embed "../worker/index.js"),
    (name = "snippets/worker-64cc4b2d035528c7/inline0.js", esModule = embed "../worker/snippets/worker-64cc4b2d035528c7/inline0.js"),
    (name = "snippets/reentry-guest-449b0d8462f746b7/inline0.js", esModule = embed "../worker/snippets/reentry-guest-449b0d8462f746b7/inline0.js"),
    (name = "index_bg.wasm", wasm = embed "../worker/index_bg.wasm"),
  ],
  globalOutbound = "driver",
  compatibilityDate = "2026-12-01",
);
