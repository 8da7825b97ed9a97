// The front Worker of `reentry load` (harness/src/engine/workerd/load.rs):
// passes each request on to the workers-rs Worker (service binding RS) and
// answers `<status> <body>`, or `0 <error>` for a request that failed inside
// workerd (cancelled as hung, "will never complete"): workerd tells the
// calling Worker why, an HTTP client only "500".
export default {
  async fetch(req, env) {
    try {
      const r = await env.RS.fetch(req);
      return new Response(`${r.status} ${(await r.text()).slice(0, 300)}`);
    } catch (e) {
      return new Response(`0 ${String(e).slice(0, 300)}`);
    }
  },
};
