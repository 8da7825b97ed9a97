// What test.js sends to the workers-rs Worker.
//
// The program (docs/guest.md "Program encoding"): e0 adds 1 to the state,
// e1 aborts (`unreachable`).
export const PROGRAM = new Uint8Array([82, 78, 84, 82, 3, 16, 1, 0, 0, 0, 0, 2, 0, 1, 0, 7, 1, 0, 0, 0, 1, 0, 6, 0]);

// How long a request may take before the test calls it unanswered.
export const PATIENCE_MS = 5000;

export async function send(env, path) {
  const answer = (async () => {
    try {
      const r = await env.RS.fetch(`http://rs${path}`, { method: "POST", body: PROGRAM });
      return { status: r.status, text: (await r.text()).slice(0, 300) };
    } catch (e) {
      return { status: "threw", text: String(e).slice(0, 300) };
    }
  })();
  const late = scheduler.wait(PATIENCE_MS).then(() => ({ status: "no answer", text: `within ${PATIENCE_MS} ms` }));
  return Promise.race([answer, late]);
}
