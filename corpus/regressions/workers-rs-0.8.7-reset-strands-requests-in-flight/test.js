// workerd test: a request suspended at an await when another request
// aborts the Wasm instance must complete or fail with a clear error; it
// must not be left for workerd to cancel as hung.
//
import { HUNG, send } from "./requests.js";

export default {
  async test(ctrl, env) {
    const warm = await send(env, "/call/0");
    const healthy = send(env, "/spawn/3/0");   // suspends at its await (the outbound answers after 1 s)
    await scheduler.wait(100);
    const panic = await send(env, "/call/1");  // panics: under panic=abort the instance aborts
    const next = await send(env, "/call/0");   // runs on a fresh instance (the shim resets)
    const h = await healthy;
    console.log(`warm ${JSON.stringify(warm)}\npanic ${JSON.stringify(panic)}\nnext ${JSON.stringify(next)}\nhealthy ${JSON.stringify(h)}`);
    if (h.status !== 200 && h.text.includes(HUNG)) {
      console.log("FAIL: the request in flight at the abort was cancelled by workerd as hung");
      throw new Error("a request in flight at the abort hung");
    }
    console.log(h.status === 200 ? "PASS: it completed" : "PASS: it failed with a clear error");
  },
};
