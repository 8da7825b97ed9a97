//! Probe for wasm-bindgen-futures 0.4.80 (js-sys 0.3.107 `futures`): an
//! async export whose poll unwinds with anything but a Rust panic.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// Throws its argument (a plain JS exception out of an import).
    #[wasm_bindgen(js_namespace = probe, js_name = throwIt)]
    fn throw_it(v: JsValue);
    /// A promise the probe's host settles later.
    #[wasm_bindgen(js_namespace = probe, js_name = later)]
    fn later() -> js_sys::Promise;
}

/// Control: a Rust panic in the poll rejects the promise with PanicError.
#[wasm_bindgen]
pub async fn panics() -> Result<JsValue, JsValue> {
    panic!("p")
}

/// A JS exception thrown from an import during the first poll.
#[wasm_bindgen]
pub async fn throws() -> Result<JsValue, JsValue> {
    throw_it(JsValue::from(9));
    Ok(JsValue::from(1))
}

/// A JS exception thrown at an await: the awaited promise was rejected and
/// the future rethrows the rejection (as `?` on a JS-exception-raising call).
#[wasm_bindgen]
pub async fn throws_after_await() -> Result<JsValue, JsValue> {
    if let Err(v) = wasm_bindgen_futures::JsFuture::from(later()).await {
        throw_it(v);
    }
    Ok(JsValue::from(1))
}

/// A trap during the first poll.
#[wasm_bindgen]
pub async fn traps() -> Result<JsValue, JsValue> {
    core::arch::wasm32::unreachable()
}

/// A trap in a plain (sync) export: it aborts the instance.
#[wasm_bindgen]
pub fn abort_now() {
    core::arch::wasm32::unreachable()
}
