//! Minimal wasm-bindgen crate for the findings of the wasm-bindgen lane (reentry issue 11).
//! Every observable goes through `note(code, arg)`, a plain JS import.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    fn note(code: u32, arg: u32);
}

/// A value with a destructor, as a class: `Thing.new(id)`, `.id`, `.free()`.
#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
impl Thing {
    #[wasm_bindgen(constructor)]
    pub fn new(id: u32) -> Thing {
        note(1, id);
        Thing { id }
    }
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> u32 {
        self.id
    }
}

impl Drop for Thing {
    fn drop(&mut self) {
        note(2, self.id); // "drop <id>"
    }
}

/// An argument marshalled by the glue before the call guard.
#[wasm_bindgen]
pub fn byte_sum(s: &[u8]) -> u32 {
    note(3, s.len() as u32);
    s.iter().map(|&b| b as u32).sum()
}

/// A return value freed by the glue in a `finally` after the call.
#[wasm_bindgen]
pub fn greeting(abort: bool) -> String {
    if abort {
        std::process::abort();
    }
    String::from("hello")
}

#[wasm_bindgen]
pub fn abort_now() {
    std::process::abort();
}

#[wasm_bindgen]
pub fn arm_reinit_hook() {
    wasm_bindgen::handler::set_on_abort(|| wasm_bindgen::handler::schedule_reinit());
}

#[wasm_bindgen]
pub fn schedule() {
    wasm_bindgen::handler::schedule_reinit();
}

/// Calls JS back (re-entrancy).
#[wasm_bindgen]
extern "C" {
    fn reenter();
}
#[wasm_bindgen]
pub fn outer(id: u32) {
    let _t = Thing { id };
    reenter();
}

/// This instance's memory (to look at an aborted instance from JS).
#[wasm_bindgen]
pub fn mem() -> JsValue {
    wasm_bindgen::memory()
}

/// The import call in a callee that may unwind, so `outer2`'s call has a landing pad.
#[inline(never)]
fn call_reenter(k: u32) {
    reenter();
    if k == 0xdead {
        panic!("never");
    }
}

#[wasm_bindgen]
pub fn outer2(id: u32) {
    let _t = Thing { id };
    call_reenter(id);
}

/// A hook that calls two imports: only the first completes (the catch
/// wrapper's guard traps on its return, the glue swallows the trap).
#[wasm_bindgen]
pub fn arm_noting_hook() {
    wasm_bindgen::handler::set_on_abort(|| {
        note(4, 1);
        note(4, 2);
    });
}
