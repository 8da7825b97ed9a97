//! Binding "workers-rs" (feature `binding-workers-rs`): the interpreter core
//! as a real workers-rs 0.8 Worker. The `worker` crate's own
//! `#[wasm_bindgen(start)]` runs on every instance (its panic hook, its
//! `set_on_abort(schedule_reinit)`); the fetch handler is `#[event(fetch)]`;
//! the harness builds it as worker-build 0.8.7 does and serves it with
//! worker-build's `shim.js` / `shim-unwind.js` unchanged
//! (harness/src/guest/workers_rs.rs). Nothing between workerd and the
//! interpreter is reentry's but the small JS snippet below.
//!
//! One request runs one piece of the program. Every request is a POST whose
//! body is the encoded program (docs/guest.md); an instance decodes it on
//! its first request (workers-rs owns the start function, so the interpreter
//! starts lazily) with the next epoch the snippet counts. The path says what
//! to run:
//! - `/call/<i>`: export `i`; the response is the state, in decimal. A
//!   program's panic escapes the handler as a Rust panic whose message is
//!   [`PANIC_PREFIX`]`<payload>` (under panic=abort it aborts first).
//! - `/spawn/<i>/<t>`: export `i` as task `t` (docs/guest.md "Tasks"),
//!   the request in flight until the task ends. Ends as `/call` does. An
//!   await is a subrequest, `GET http://reentry-driver/await/<t>`, which the
//!   Worker's global outbound (the harness) answers `ok` (the driver's
//!   `resolve`) or otherwise (`reject`): workerd lets a promise settle only
//!   from its own request's context, so an await cannot wait for another
//!   request, only for I/O of its own.
//! - `/state`: the state, running nothing of the program.
//! - `/new/<name>`: a program's handle (`new_handle`) as a Durable Object,
//!   the [`Handle`] class, named `<name>` (the harness names each handle
//!   of each case anew): the request goes on to the object, whose
//!   construction counts a handle of the instance; the response is that
//!   count, its id.
//! - `/handle/<name>/<i>`: export `i` as a method of handle `<name>`
//!   (`call_handle`): the request goes on to the object, which runs the
//!   export; ends as `/call` does. worker-build's shim wraps the class in a
//!   proxy that constructs the object again on the current instance when
//!   `instanceId` changed since it was made (after any reset), so a handle
//!   of an old instance is not refused as stale: its Rust value is made
//!   anew (the guest's profile entry W3).
//! - `/reset`: between cases: the next request runs on a fresh instance
//!   (wasm-bindgen's `schedule_reinit`, which its call guard acts on at
//!   the next export call), the first of a case again (epoch 0). No body.
//! - `/reinit`: a program's `reset`: the next request runs on a fresh
//!   instance, with the next epoch. No body.
//! - `/sync/<n>`: logs [`SYNC`] `<n>`, so that the harness knows it read
//!   every trace line logged before it. No body; runs nothing.
//!
//! The trace goes out of band, so that a request that fails still leaves
//! its events: the snippet writes each event as one `console.log` line,
//! `reentry-trace <code> <arg> <epoch>`, on workerd's output, in the order
//! the isolate ran them.
//!
//! Not on this binding (the lane declares it): closures (`closure e<i>`
//! aborts unlogged) and program imports (`call h<k>` likewise).

use crate::interp;
use crate::program::ClosureKind;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use wasm_bindgen::prelude::*;
use worker::{durable_object, event, Context, DurableObject, Env, Method, Request, RequestInit, Response, Result, State};

/// The message of the panic a program's panic leaves the handler as:
/// `"reentry panic <payload>"`, payload in decimal (as the wasm-bindgen
/// binding's `PanicError`).
pub const PANIC_PREFIX: &str = "reentry panic ";

/// trace.rs `code::SCHEDULE_REINIT`, `code::RESET`, `code::TASK_START`,
/// `code::TASK_RESUMES`.
const SCHEDULE_REINIT: i32 = 21;
const RESET: i32 = 23;
const TASK_START: i32 = 28;
const TASK_RESUMES: i32 = 30;
/// Not a trace code: the line `/sync/<n>` logs (`reentry-trace -1 <n> 0`),
/// after which the harness has every line logged before it.
const SYNC: i32 = -1;

/// Whether this instance decoded its program yet.
static STARTED: AtomicBool = AtomicBool::new(false);

#[wasm_bindgen(inline_js = "
let epochs = 0;
export function log(code, arg, epoch) { console.log(`reentry-trace ${code} ${arg} ${epoch}`); }
export function next_epoch() { return epochs++; }
export function reset_epochs() { epochs = 0; }
export async function await_task(t) {
  const r = await fetch(`http://reentry-driver/await/${t}`);
  if ((await r.text()) !== 'ok') throw new Error(`reentry rejects task ${t}`);
}
")]
extern "C" {
    #[wasm_bindgen(js_name = log)]
    fn js_log(code: i32, arg: i32, epoch: i32);
    fn next_epoch() -> i32;
    fn reset_epochs();
    fn await_task(t: i32) -> js_sys::Promise;
}

pub fn log(code: i32, arg: i32, epoch: i32) {
    js_log(code, arg, epoch)
}

/// Program imports are not on this binding: see the module doc.
pub fn host_call(_k: i32) {
    std::process::abort()
}

/// A `catch` import's error: program imports are not on this binding.
pub type Value = wasm_bindgen::JsValue;

/// Program imports are not on this binding: see the module doc.
pub fn host_call_catch(_k: i32) -> std::result::Result<(), Value> {
    std::process::abort()
}

/// Program imports are not on this binding: see the module doc.
pub fn host_call_with(_k: i32, _export: u32, _kind: ClosureKind) {
    std::process::abort()
}

/// Closures are not on this binding: see the module doc.
pub fn closure_new(_export: u32, _kind: ClosureKind) {
    std::process::abort()
}

/// A borrowed closure's scope: closures are not on this binding.
pub struct Scoped;

/// Closures are not on this binding: see the module doc.
pub fn scoped_closure(_export: u32, _kind: ClosureKind) -> Scoped {
    std::process::abort()
}

/// `WasmStep::ScheduleReinit`: logged, then wasm-bindgen's own.
pub fn schedule_reinit() {
    js_log(SCHEDULE_REINIT, 0, 0);
    wasm_bindgen::handler::schedule_reinit();
}

/// The await of task `t`: the driver's subrequest (see the module doc). A
/// rejection is thrown at the await as the JS error itself.
pub async fn await_host(t: i32) {
    let r = js_sys::futures::JsFuture::from(await_task(t)).await;
    js_log(TASK_RESUMES, t, 0);
    if let Err(v) = r {
        wasm_bindgen::throw_val(v);
    }
}

/// A new instance decodes the program; one after the first of a case
/// logs the reset that made it, as the other bindings' hosts do.
fn ensure_started(program: &[u8]) {
    if !STARTED.swap(true, Relaxed) {
        let epoch = next_epoch();
        if epoch > 0 {
            js_log(RESET, epoch, 0);
        }
        interp::start(program, epoch);
    }
}

/// Re-raise what a `catch_unwind` caught, for the worker crate's panic
/// handling: a program's payload as the message, a JS value as itself.
fn reraise(c: interp::Caught) -> ! {
    match c {
        interp::Caught::Payload(p) => std::panic::panic_any(format!("{PANIC_PREFIX}{p}")),
        interp::Caught::Value(v) => std::panic::panic_any(v),
    }
}

#[event(fetch)]
async fn fetch(mut req: Request, env: Env, _ctx: Context) -> Result<Response> {
    let path = req.path();
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match parts[..] {
        ["reset"] | ["reinit"] => {
            if parts[0] == "reset" {
                reset_epochs();
            }
            wasm_bindgen::handler::schedule_reinit();
            return Response::ok(parts[0]);
        }
        ["sync", n] => {
            js_log(SYNC, n.parse().map_err(|_| "bad sync")?, 0);
            return Response::ok("sync");
        }
        _ => {}
    }
    let program = req.bytes().await?;
    ensure_started(&program);
    match parts[..] {
        ["call", i] => match interp::call(i.parse().map_err(|_| "bad export")?) {
            Ok(state) => Response::ok(state.to_string()),
            Err(caught) => reraise(caught),
        },
        ["spawn", i, t] => {
            let (i, t) = (i.parse().map_err(|_| "bad export")?, t.parse().map_err(|_| "bad task")?);
            js_log(TASK_START, t, 0);
            match crate::tasks::run(i, t).await {
                Ok(()) => Response::ok(interp::read_state().to_string()),
                Err(caught) => reraise(caught),
            }
        }
        ["state"] => Response::ok(interp::read_state().to_string()),
        ["new", name] => to_handle(&env, name, "new", &program).await,
        ["handle", name, i] => to_handle(&env, name, &format!("call/{i}"), &program).await,
        _ => Response::error(format!("no route {path}"), 404),
    }
}

/// The request on to handle `name`'s Durable Object, at `path`, with the
/// program as its body.
async fn to_handle(env: &Env, name: &str, path: &str, program: &[u8]) -> Result<Response> {
    let stub = env.durable_object("HANDLES")?.id_from_name(name)?.get_stub()?;
    let body = js_sys::Uint8Array::from(program);
    let req = Request::new_with_init(&format!("http://handle/{path}"), RequestInit::new().with_method(Method::Post).with_body(Some(body.into())))?;
    stub.fetch_with_request(req).await
}

/// A program's handle, as workers-rs users hold state across requests: a
/// Durable Object, its Rust value made by its constructor, which counts a
/// handle of the instance (its id, as the other bindings' handles).
#[durable_object]
pub struct Handle {
    id: i32,
}

impl DurableObject for Handle {
    fn new(_state: State, _env: Env) -> Self {
        Handle { id: interp::new_handle() }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let program = req.bytes().await?;
        ensure_started(&program);
        let path = req.path();
        match path.trim_start_matches('/').split('/').collect::<Vec<_>>()[..] {
            ["new"] => Response::ok(self.id.to_string()),
            ["call", i] => match interp::call(i.parse().map_err(|_| "bad export")?) {
                Ok(state) => Response::ok(state.to_string()),
                Err(caught) => reraise(caught),
            },
            _ => Response::error(format!("no route {path} on a handle"), 404),
        }
    }
}

/// A synchronous body's await: only wasm-bindgen's JSPI has one.
pub fn await_suspending() {
    std::process::abort()
}
