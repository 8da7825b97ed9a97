// workerd test, under load: 2,000 requests, 100 in flight, every tenth a
// panic (`/call/1`), the others tasks that await the outbound
// (`/spawn/3/<t>`). Prints the outcomes per kind of request; fails if any
// healthy request was cancelled as hung.
import { HUNG, send } from "./requests.js";

const REQUESTS = 2000;
const IN_FLIGHT = 100;

export default {
  async test(ctrl, env) {
    const counts = {};
    let next = 0;
    const started = Date.now();
    async function lane() {
      while (next < REQUESTS) {
        const i = next++;
        const panic = i % 10 === 5;
        const r = await send(env, panic ? "/call/1" : `/spawn/3/${i + 1}`);
        const outcome = r.status === 200 ? "ok" : r.text.includes(HUNG) ? "hung" : `failed (${r.text.slice(0, 80)})`;
        const key = `${panic ? "panic" : "healthy"} ${outcome}`;
        counts[key] = (counts[key] || 0) + 1;
      }
    }
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    console.log(`load ${REQUESTS} requests, ${IN_FLIGHT} in flight: ${JSON.stringify(counts)}`);
    if (counts["healthy hung"]) {
      console.log(`FAIL: ${counts["healthy hung"]} healthy requests were cancelled by workerd as hung`);
      throw new Error("healthy requests hung");
    }
    console.log("PASS: no healthy request hung");
  },
};
