// The Worker's global outbound: answers a task's await (`GET /await/<t>`)
// with `ok`: task 0 (test.js) after 1 s, so that its request is still
// suspended at the await while another request panics; any other task
// (load.js) after 1-20 ms.
export default {
  async fetch(req) {
    const t = Number(new URL(req.url).pathname.split("/").pop());
    await scheduler.wait(t === 0 ? 1000 : 1 + (t % 20));
    return new Response("ok");
  },
};
