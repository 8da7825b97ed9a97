// What test.js and load.js send to the workers-rs Worker.
//
// The program (docs/guest.md "Program encoding"): e0 adds 1 to the state,
// e1 panics, e3 (a task) adds 1, awaits the outbound, adds 1.
export const PROGRAM = new Uint8Array([82, 78, 84, 82, 2, 16, 1, 0, 0, 0, 0, 4, 0, 1, 0, 7, 1, 0, 0, 0, 1, 0, 4, 7, 0, 0, 0,
  1, 0, 6, 0, 3, 0, 7, 1, 0, 0, 0, 11, 7, 1, 0, 0, 0]);
export const HUNG = "canceled this request because it detected that your Worker's code had hung";

export async function send(env, path) {
  try {
    const r = await env.RS.fetch(`http://rs${path}`, { method: "POST", body: PROGRAM });
    return { status: r.status, text: (await r.text()).slice(0, 300) };
  } catch (e) {
    return { status: "threw", text: String(e).slice(0, 300) };
  }
}
