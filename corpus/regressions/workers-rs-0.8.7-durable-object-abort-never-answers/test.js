// workerd test: a request whose Durable Object call aborts the Wasm
// instance must be answered (with an error); it must not hang.
import { send } from "./requests.js";

export default {
  async test(ctrl, env) {
    const warm = await send(env, "/call/0");        // 200 1
    const made = await send(env, "/new/h0");        // the Durable Object h0: 200 1 (its id)
    const aborted = await send(env, "/handle/h0/1"); // h0 runs e1, which aborts
    const next = await send(env, "/call/0");        // a fresh instance: 200 1
    console.log(`warm ${JSON.stringify(warm)}\nobject ${JSON.stringify(made)}\naborted ${JSON.stringify(aborted)}\nnext ${JSON.stringify(next)}`);
    if (aborted.status === "no answer") {
      console.log("FAIL: the request whose Durable Object call aborted was never answered");
      throw new Error("a Durable Object call that aborted hung its request");
    }
    console.log("PASS: it failed with an error");
  },
};
