//! V8, in process, through `deno_core`: the JS glue (`engines/glue.js`) runs
//! the host side of the protocol; this file only feeds it cases.
//!
//! One `JsRuntime` per engine object, the glue evaluated once. Per case: the
//! compiled `WebAssembly.Module` comes from a cache keyed by `module_key`, the
//! plan goes in as a JSON string, and `ReentryGlue.runCase` returns the flat
//! trace as an `Int32Array` (a fresh instance per case is the glue's job).
//!
//! Timeouts: a watchdog thread holds the isolate's thread-safe handle and
//! calls `terminate_execution` when a case overruns; the engine then cancels
//! the termination, and the next case starts from the glue's clean per-case
//! state (see `begin` in glue.js).

pub mod raw;

use super::cache::ModuleCache;
use super::declaration::{self, built_in, Effect, EngineDir, Fact, Family, Isolation, Registration, Source};
use crate::guest::Lane;
use super::{Bench, Case, Engine, EngineError, EngineInfo, EngineOptions, Phases};
use crate::compile::Encoding;
use crate::program::Program;
use crate::trace::{self, Trace};
use deno_core::{v8, JsRuntime, RuntimeOptions};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

pub const REGISTRATIONS: &[Registration] = &[Registration {
    name: "v8",
    family: Family::V8,
    variant_of: None,
    isolation: Isolation::InProcess,
    source: Source::Crate,
    about: "crate deno_core 0.413.0 (in process)",
    facts: &[],
    lanes: &[Lane::GENERATED, Lane::RUSTC, Lane::RUSTC_WASM_BINDGEN],
    available: built_in,
    start: |_, o| Ok(Box::new(V8Engine::new(o)?)),
    session: Some(|_, o| Ok(Box::new(raw::V8Session::new(o)?))),
}];

/// This directory's line in the registry: the in-process V8, and the facts
/// of the V8 family (those of glue.js, which every JS engine shares, and
/// V8's own).
pub const DIR: EngineDir = EngineDir {
    family: Family::V8,
    family_facts: &[GLUE_FACTS, FAMILY_FACTS],
    registrations: || REGISTRATIONS.iter().collect(),
    defects: &[],
};

/// Facts of every JS engine, whose host side is engines/glue.js (and whose
/// raw modules go through engines/raw.js): the V8 engines and the other JS
/// families, which list these beside their own.
pub const GLUE_FACTS: &[Fact] = &[
    Fact {
        what: "a thrown value carrying a foreign number is foreign(v) only if it is identical to a \
               value the glue threw in this case, else foreign_copy(v) (identity lost on the way)",
        effect: Effect::Normalised,
    },
    Fact {
        what: "where WebAssembly.JSTag is missing (node 20 / V8 11.3) the glue passes its own \
               externref tag as env.jstag and its host imports rethrow non-trap JS exceptions under \
               it; traps (RuntimeError, stack-overflow RangeError) pass unchanged, so the Wasm side \
               sees the same exceptions as with JSTag",
        effect: Effect::Normalised,
    },
    Fact {
        what: "where JS Promise Integration is missing (no WebAssembly.Suspending / WebAssembly.promising: \
               node 24 and older, V8 before 13.7, JavaScriptCore) there are no tasks on the generated lane: \
               a generated module's async export suspends at its `await` with its Wasm stack, which only \
               JSPI can do (probed: `features().jspi`). The rustc lanes' futures live in linear memory and \
               need none",
        effect: Effect::NoTasks { lane: Lane::GENERATED, when_missing: Some("jspi") },
    },
    Fact {
        what: "the wasm-bindgen JSPI lane (--jspi) runs only where JS Promise Integration was probed \
               (`features().jspi`: node 26, deno, the in-process V8, Chromium, Firefox with its pref; not node 24 \
               and older, nor JavaScriptCore): wasm-bindgen 0.2.130's glue wraps the suspending import in `new \
               WebAssembly.Suspending(...)` as it builds the imports (crates/cli-support/src/js/mod.rs:5759), so \
               without JSPI the module cannot even be instantiated, and no case of the lane runs there",
        effect: Effect::NoTasks { lane: Lane::RUSTC_WASM_BINDGEN_JSPI, when_missing: Some("jspi") },
    },
    Fact {
        what: "raw modules are called through JS: exports with v128 or exnref in their signature, or a \
               non-nullable reference parameter, cannot be called from JS and are skipped (and counted); \
               i64 crosses as BigInt; exception payloads with v128 or exnref fields are compared by tag only",
        effect: Effect::JsBoundary,
    },
    Fact {
        what: "a JS import object holds one value per (module, field) name, and the JS API accepts a plain \
               value (a function, a number) for an immutable global import where wasmtime wants a Global: a \
               raw module importing one name twice with different types links differently by design, so \
               smith_diff does not run it",
        effect: Effect::JsBoundary,
    },
];

/// Facts of every engine that runs V8: in process, the node/deno workers,
/// workerd.
pub const FAMILY_FACTS: &[Fact] = &[
    Fact {
        what: "V8 reports a trap as a WebAssembly.RuntimeError whose message names it; the glue \
               (engines/glue.js, `failureOf`) classifies it by the messages of harness/src/trap.rs \
               `V8_MESSAGES` projected to the kinds a trace tells apart (`unreachable`, `divide by zero` \
               and `remainder by zero`, `memory access out of bounds` and `data segment` map to \
               aborted(unreachable / div_zero / oob)), any other RuntimeError or non-protocol value to \
               aborted(other); a stack overflow is a RangeError `Maximum call stack size exceeded`; \
               tests/wire_format.rs checks the glue's table against trap.rs",
        effect: Effect::Normalised,
    },
    Fact {
        what: "V8 rejects a module that mixes legacy and exnref instructions; every generated module \
               uses one encoding",
        effect: Effect::Normalised,
    },
];

/// The in-process V8's version.
pub fn version() -> String {
    format!("V8 {}", v8::V8::get_version())
}

/// The wasm-bindgen lane's host driver (loaded after the glue: it uses the
/// glue's trap vocabulary), shared verbatim with the workers.
pub const WBG_HOST_JS: &str = include_str!("../../../../engines/wbg-host.js");

/// The glue, shared verbatim with the node/deno workers.
pub const GLUE_JS: &str = include_str!("../../../../engines/glue.js");
/// V8 flags set once, before the first runtime. None are needed: this V8
/// (15.0) ships exnref, legacy EH and `WebAssembly.JSTag` by default. (A
/// smaller `--stack-size` would make stack-overflow aborts cheaper, but gains
/// only ~5% per case: V8 runs as shipped.)
const V8_FLAGS: &str = "";

/// Settings of the in-process V8 engine beyond [`EngineOptions`].
#[derive(Clone, Debug, Default)]
pub struct V8Config {
    /// Use the glue's JSTag polyfill even though this V8 has `WebAssembly.JSTag`
    /// (tests that the polyfill path behaves the same).
    pub force_polyfill: bool,
}

pub struct V8Engine {
    // Handles first: fields drop in order, and the isolate must outlive them.
    cache: ModuleCache<v8::Global<v8::Value>>,
    /// The wasm-bindgen lane: loaded bindings (`ReentryWbgHost.load`) by key.
    bindings: ModuleCache<v8::Global<v8::Value>>,
    /// The floor's own module cache (same policy as `cache`).
    floor_cache: ModuleCache<v8::Global<v8::Value>>,
    phases: Phases,
    glue: Glue,
    encodings: Vec<Encoding>,
    features: Vec<(String, bool)>,
    timeout: Duration,
    watchdog: Watchdog,
    runtime: JsRuntime,
}

/// Handles to `globalThis.ReentryGlue` and its functions.
struct Glue {
    object: v8::Global<v8::Value>,
    compile: v8::Global<v8::Function>,
    run_case: v8::Global<v8::Function>,
    features: v8::Global<v8::Function>,
    floor: v8::Global<v8::Function>,
    /// `ReentryGlue.tick`: let a case with tasks go on after a drain.
    tick: v8::Global<v8::Function>,
    /// The `options` argument of `runCase`.
    options: v8::Global<v8::Value>,
}

/// What a JS function called through [`V8Engine::call_js`] returned.
#[derive(Debug, Clone, Default)]
pub struct JsReply {
    pub json: String,
    pub bytes: Vec<u8>,
}

/// Why a call into JS produced no value.
enum JsFailure {
    /// The watchdog terminated execution.
    Terminated,
    /// A JS exception escaped (its string form and stack).
    Exception(String),
}

impl V8Engine {
    pub fn new(options: &EngineOptions) -> anyhow::Result<V8Engine> {
        V8Engine::with_config(options, &V8Config { force_polyfill: options.force_polyfill })
    }

    pub fn with_config(options: &EngineOptions, config: &V8Config) -> anyhow::Result<V8Engine> {
        platform();
        let mut runtime = JsRuntime::new(RuntimeOptions::default());
        // deno_core has V8 capture a detailed stack trace (10 frames, with
        // source positions) for every Error made and every exception thrown,
        // for its message listeners; nothing here reads them (an escaped
        // exception is reported by its `stack`, which V8 keeps making), and
        // they cost 5% of a rustc-lane case.
        runtime.v8_isolate().set_capture_stack_trace_for_uncaught_exceptions(false, 0);
        runtime.v8_isolate().add_message_listener(reported_outside_a_case);
        runtime
            .execute_script("reentry:engines/glue.js", GLUE_JS.to_string())
            .map_err(|e| anyhow::anyhow!("loading glue.js: {e}"))?;
        runtime
            .execute_script("reentry:engines/wbg-host.js", WBG_HOST_JS.to_string())
            .map_err(|e| anyhow::anyhow!("loading wbg-host.js: {e}"))?;
        // An exception escaping a microtask callback is reported, not fatal,
        // as on the web and in the node worker (worker.mjs); deno_core's
        // default report terminates the isolate, which looked like a timeout
        // (wasm-bindgen-futures' run_all lets a poll's JS exception or trap
        // escape its queueMicrotask callback).
        runtime
            .execute_script("reentry:report-exception", "Deno.core.setReportExceptionCallback(() => {})".to_string())
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        // Microtasks run only when this engine runs them (deno_core's explicit
        // policy): a case with tasks drains by `tick` (`settle`).
        let options_src = format!("({{ forcePolyfill: {}, drain: 'host' }})", config.force_polyfill);
        let glue = {
            let opts = runtime.execute_script("reentry:options", options_src).map_err(|e| anyhow::anyhow!("{e}"))?;
            deno_core::scope!(scope, &mut runtime);
            let global = scope.get_current_context().global(scope);
            let key = v8::String::new(scope, "ReentryGlue").unwrap();
            let object = global
                .get(scope, key.into())
                .and_then(|v| v8::Local::<v8::Object>::try_from(v).ok())
                .ok_or_else(|| anyhow::anyhow!("glue.js did not define ReentryGlue"))?;
            let func = |name: &str| -> anyhow::Result<v8::Global<v8::Function>> {
                let key = v8::String::new(scope, name).unwrap();
                let f = object
                    .get(scope, key.into())
                    .and_then(|v| v8::Local::<v8::Function>::try_from(v).ok())
                    .ok_or_else(|| anyhow::anyhow!("ReentryGlue.{name} is not a function"))?;
                Ok(v8::Global::new(scope, f))
            };
            Glue {
                compile: func("compile")?,
                run_case: func("runCase")?,
                features: func("features")?,
                floor: func("floor")?,
                tick: func("tick")?,
                object: v8::Global::new(scope, v8::Local::<v8::Value>::from(object)),
                options: opts,
            }
        };
        let watchdog = Watchdog::new(runtime.v8_isolate().thread_safe_handle());
        // Leave the isolate entered only while this engine runs code (`Entered`).
        // SAFETY: it is current, entered once by `JsRuntime::new` on this thread.
        unsafe { runtime.v8_isolate().exit() };
        let mut engine = V8Engine {
            cache: ModuleCache::default(),
            bindings: ModuleCache::default(),
            floor_cache: ModuleCache::default(),
            phases: Phases::default(),
            glue,
            encodings: Vec::new(),
            features: Vec::new(),
            timeout: options.timeout,
            watchdog,
            runtime,
        };
        let _entered = Entered::new(&mut engine.runtime);
        engine.features = engine.probe_features().map_err(|e| anyhow::anyhow!("ReentryGlue.features: {e}"))?;
        engine.encodings = engine.probe_encodings();
        Ok(engine)
    }

    fn module(&mut self, case: &Case) -> Result<v8::Global<v8::Value>, EngineError> {
        let mut cache = std::mem::take(&mut self.cache);
        let mut phases = self.phases;
        let m = cache.get_or_compile(case.module_key, Some(&mut phases), || self.compile(case.wasm).map_err(EngineError::Compile));
        self.cache = cache;
        self.phases = phases;
        m
    }

    /// `ReentryGlue.floor(module, calls[, guest, memInitial, memMaximum])`.
    fn call_floor(
        &mut self,
        module: &v8::Global<v8::Value>,
        calls: &[i32],
        guest: Option<&[u8]>,
        memory: crate::plan::MemoryLimits,
    ) -> Result<(), String> {
        let glue = &self.glue;
        deno_core::scope!(scope, &mut self.runtime);
        v8::tc_scope!(let tc, scope);
        let list = v8::Array::new(tc, calls.len() as i32);
        for (i, c) in calls.iter().enumerate() {
            let n = v8::Integer::new(tc, *c);
            list.set_index(tc, i as u32, n.into());
        }
        let guest: v8::Local<v8::Value> = match guest {
            Some(bytes) => {
                let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes.to_vec()).make_shared();
                let buffer = v8::ArrayBuffer::with_backing_store(tc, &store);
                v8::Uint8Array::new(tc, buffer, 0, bytes.len()).ok_or("Uint8Array::new failed")?.into()
            }
            None => v8::undefined(tc).into(),
        };
        let initial = v8::Integer::new_from_unsigned(tc, memory.initial).into();
        let maximum = v8::Integer::new_from_unsigned(tc, memory.maximum).into();
        // As `run_case`: no message object per throw.
        tc.set_capture_message(false);
        let f = v8::Local::new(tc, &glue.floor);
        let recv = v8::Local::new(tc, &glue.object);
        match f.call(tc, recv, &[v8::Local::new(tc, module), list.into(), guest, initial, maximum]) {
            Some(_) => Ok(()),
            None => Err(exception_text(tc, tc.exception())),
        }
    }

    /// Evaluate another classic script in this engine's runtime, beside the
    /// glue (a helper such as `engines/raw.js`; the glue is left as it is).
    pub fn load_script(&mut self, name: &'static str, source: &str) -> anyhow::Result<()> {
        let _entered = Entered::new(&mut self.runtime);
        self.runtime.execute_script(name, source.to_string()).map(|_| ()).map_err(|e| anyhow::anyhow!("{name}: {e}"))
    }

    /// Call the global function at `path` (dotted, `ReentryRaw.call`) as
    /// `f(bytes: Uint8Array, json: string)`, under the watchdog. It returns a
    /// JSON string, or `{ json, bytes }` with `bytes` a `Uint8Array`. A JS
    /// exception escaping it is an `Internal` error.
    pub fn call_js(&mut self, path: &str, bytes: &[u8], json: &str) -> Result<JsReply, EngineError> {
        let _entered = Entered::new(&mut self.runtime);
        self.watchdog.arm(self.timeout);
        let result = self.call_js_entered(path, bytes, json);
        if self.watchdog.disarm() {
            self.runtime.v8_isolate().cancel_terminate_execution();
        }
        self.pump_tasks();
        match result {
            Ok(reply) => Ok(reply),
            Err(JsFailure::Terminated) => Err(EngineError::Timeout(self.timeout)),
            Err(JsFailure::Exception(e)) => Err(EngineError::Internal(e)),
        }
    }

    fn call_js_entered(&mut self, path: &str, bytes: &[u8], json: &str) -> Result<JsReply, JsFailure> {
        deno_core::scope!(scope, &mut self.runtime);
        v8::tc_scope!(let tc, scope);
        let fail = |m: String| JsFailure::Exception(m);
        let mut recv: v8::Local<v8::Value> = tc.get_current_context().global(tc).into();
        let mut value = recv;
        for part in path.split('.') {
            let object = v8::Local::<v8::Object>::try_from(value).map_err(|_| fail(format!("{path}: not an object")))?;
            let key = v8::String::new(tc, part).ok_or_else(|| fail("bad name".into()))?;
            recv = value;
            value = object.get(tc, key.into()).ok_or_else(|| fail(format!("{path}: no `{part}`")))?;
        }
        let f = v8::Local::<v8::Function>::try_from(value).map_err(|_| fail(format!("{path} is not a function")))?;
        let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes.to_vec()).make_shared();
        let buffer = v8::ArrayBuffer::with_backing_store(tc, &store);
        let input = v8::Uint8Array::new(tc, buffer, 0, bytes.len()).ok_or_else(|| fail("Uint8Array::new failed".into()))?;
        let text = v8::String::new_from_utf8(tc, json.as_bytes(), v8::NewStringType::Normal)
            .ok_or_else(|| fail("JSON too long for a V8 string".into()))?;
        let Some(result) = f.call(tc, recv, &[input.into(), text.into()]) else {
            if tc.has_terminated() {
                return Err(JsFailure::Terminated);
            }
            return Err(JsFailure::Exception(exception_text(tc, tc.exception())));
        };
        if result.is_string() {
            return Ok(JsReply { json: result.to_rust_string_lossy(tc), bytes: Vec::new() });
        }
        let object = v8::Local::<v8::Object>::try_from(result).map_err(|_| fail(format!("{path} returned neither a string nor an object")))?;
        let field = |name: &str| {
            let key = v8::String::new(tc, name).unwrap();
            object.get(tc, key.into())
        };
        let json = field("json").filter(|j| j.is_string()).ok_or_else(|| fail(format!("{path}: reply without `json`")))?;
        let json = json.to_rust_string_lossy(tc);
        let bytes = match field("bytes").and_then(|b| v8::Local::<v8::Uint8Array>::try_from(b).ok()) {
            Some(array) => {
                let mut out = vec![0u8; array.byte_length()];
                array.copy_contents(&mut out);
                out
            }
            None => Vec::new(),
        };
        Ok(JsReply { json, bytes })
    }

    /// Run the foreground tasks V8 posted (GC and compiler housekeeping).
    fn pump_tasks(&mut self) {
        while v8::Platform::pump_message_loop(platform(), self.runtime.v8_isolate(), false) {}
    }

    /// `ReentryGlue.compile(bytes)`.
    fn compile(&mut self, wasm: &[u8]) -> Result<v8::Global<v8::Value>, String> {
        let glue = &self.glue;
        deno_core::scope!(scope, &mut self.runtime);
        v8::tc_scope!(let tc, scope);
        let store = v8::ArrayBuffer::new_backing_store_from_vec(wasm.to_vec()).make_shared();
        let buffer = v8::ArrayBuffer::with_backing_store(tc, &store);
        let bytes = v8::Uint8Array::new(tc, buffer, 0, wasm.len()).ok_or("Uint8Array::new failed")?;
        let f = v8::Local::new(tc, &glue.compile);
        let recv = v8::Local::new(tc, &glue.object);
        match f.call(tc, recv, &[bytes.into()]) {
            Some(m) => Ok(v8::Global::new(tc, m)),
            None => Err(exception_text(tc, tc.exception())),
        }
    }

    /// `ReentryGlue.runCase(module, planJson, options)` → the flat trace.
    fn run_case(&mut self, module: &v8::Global<v8::Value>, plan_json: &str) -> Result<Vec<i32>, JsFailure> {
        let glue = &self.glue;
        deno_core::scope!(scope, &mut self.runtime);
        v8::tc_scope!(let tc, scope);
        let plan = if plan_json.is_ascii() {
            v8::String::new_from_one_byte(tc, plan_json.as_bytes(), v8::NewStringType::Normal)
        } else {
            v8::String::new_from_utf8(tc, plan_json.as_bytes(), v8::NewStringType::Normal)
        }
        .ok_or_else(|| JsFailure::Exception("plan JSON too long for a V8 string".into()))?;
        // No message object (source location, a stack walk) for each throw
        // the case makes: the glue catches most of them, and one that escapes
        // is reported by its `stack` (`exception_text`).
        tc.set_capture_message(false);
        let f = v8::Local::new(tc, &glue.run_case);
        let recv = v8::Local::new(tc, &glue.object);
        let args = [v8::Local::new(tc, module), plan.into(), v8::Local::new(tc, &glue.options)];
        let Some(result) = f.call(tc, recv, &args) else {
            if tc.has_terminated() {
                return Err(JsFailure::Terminated);
            }
            return Err(JsFailure::Exception(exception_text(tc, tc.exception())));
        };
        let tick = v8::Local::new(tc, &glue.tick);
        let result = settle(tc, tick, recv, result)?;
        int32_array(tc, result).map_err(JsFailure::Exception)
    }

    /// `ReentryWbgHost.load(js, wasm)`: the wasm-bindgen output, loaded.
    fn wbg_load(&mut self, js: &str, wasm: &[u8]) -> Result<v8::Global<v8::Value>, String> {
        deno_core::scope!(scope, &mut self.runtime);
        v8::tc_scope!(let tc, scope);
        let f = global_function(tc, "ReentryWbgHost", "load")?;
        let text = v8::String::new_from_utf8(tc, js.as_bytes(), v8::NewStringType::Normal).ok_or("glue text too long")?;
        let store = v8::ArrayBuffer::new_backing_store_from_vec(wasm.to_vec()).make_shared();
        let buffer = v8::ArrayBuffer::with_backing_store(tc, &store);
        let bytes = v8::Uint8Array::new(tc, buffer, 0, wasm.len()).ok_or("Uint8Array::new failed")?;
        let recv = v8::undefined(tc).into();
        match f.call(tc, recv, &[text.into(), bytes.into()]) {
            Some(v) => Ok(v8::Global::new(tc, v)),
            None => Err(exception_text(tc, tc.exception())),
        }
    }

    /// `ReentryWbgHost.runCase(loaded, planJson, options)` → the flat trace
    /// (a promise of it with tasks: drained as glue.js's, `settle`).
    fn wbg_run(&mut self, loaded: &v8::Global<v8::Value>, plan_json: &str) -> Result<Vec<i32>, JsFailure> {
        deno_core::scope!(scope, &mut self.runtime);
        v8::tc_scope!(let tc, scope);
        let f = global_function(tc, "ReentryWbgHost", "runCase").map_err(JsFailure::Exception)?;
        let plan = v8::String::new_from_utf8(tc, plan_json.as_bytes(), v8::NewStringType::Normal)
            .ok_or_else(|| JsFailure::Exception("plan JSON too long for a V8 string".into()))?;
        let recv = v8::undefined(tc).into();
        let options = v8::Local::new(tc, &self.glue.options);
        let Some(result) = f.call(tc, recv, &[v8::Local::new(tc, loaded), plan.into(), options]) else {
            if tc.has_terminated() {
                return Err(JsFailure::Terminated);
            }
            return Err(JsFailure::Exception(exception_text(tc, tc.exception())));
        };
        let tick = v8::Local::new(tc, &self.glue.tick);
        let glue = v8::Local::new(tc, &self.glue.object);
        let result = settle(tc, tick, glue, result)?;
        int32_array(tc, result).map_err(JsFailure::Exception)
    }

    /// `ReentryWbgHost.floor(loaded, planJson)`.
    fn wbg_floor(&mut self, loaded: &v8::Global<v8::Value>, plan_json: &str) -> Result<(), String> {
        deno_core::scope!(scope, &mut self.runtime);
        v8::tc_scope!(let tc, scope);
        let f = global_function(tc, "ReentryWbgHost", "floor")?;
        let plan = v8::String::new_from_utf8(tc, plan_json.as_bytes(), v8::NewStringType::Normal).ok_or("plan JSON too long for a V8 string")?;
        let recv = v8::undefined(tc).into();
        match f.call(tc, recv, &[v8::Local::new(tc, loaded), plan.into()]) {
            Some(_) => Ok(()),
            None => Err(exception_text(tc, tc.exception())),
        }
    }

    /// `ReentryGlue.features()` as (name, supported) pairs.
    fn probe_features(&mut self) -> Result<Vec<(String, bool)>, String> {
        let glue = &self.glue;
        deno_core::scope!(scope, &mut self.runtime);
        v8::tc_scope!(let tc, scope);
        let f = v8::Local::new(tc, &glue.features);
        let recv = v8::Local::new(tc, &glue.object);
        let value = f.call(tc, recv, &[]).ok_or_else(|| exception_text(tc, tc.exception()))?;
        let object = v8::Local::<v8::Object>::try_from(value).map_err(|_| "not an object".to_string())?;
        let names = object
            .get_own_property_names(tc, v8::GetPropertyNamesArgs::default())
            .ok_or("no property names")?;
        let mut out = Vec::new();
        for i in 0..names.length() {
            let key = names.get_index(tc, i).ok_or("bad property name")?;
            let value = object.get(tc, key).ok_or("bad property")?;
            out.push((key.to_rust_string_lossy(tc), value.boolean_value(tc)));
        }
        Ok(out)
    }

    /// Encodings whose minimal program compiles here (probed, not assumed).
    fn probe_encodings(&mut self) -> Vec<Encoding> {
        let p = Program::minimal();
        Encoding::ALL
            .into_iter()
            .filter(|enc| {
                let wasm = crate::compile::compile(&p, *enc, Default::default());
                self.compile(&wasm).is_ok()
            })
            .collect()
    }
}

/// How many exceptions V8 reported that nothing caught, in this process.
pub static REPORTED_OUTSIDE_A_CASE: AtomicU64 = AtomicU64::new(0);

/// V8 reports an exception nothing caught to its message listeners, and
/// with none prints it. A case's calls all catch theirs, so only a task V8
/// runs itself between cases gets here: a FinalizationRegistry's cleanup,
/// whose callback is the JS it was given. On the wasm-bindgen lane that is
/// known defect F6: the glue's closure finalizer runs Wasm of an instance
/// that aborted, and traps. No trace or verdict depends on it (the case is
/// over), so it is counted and told once per process, with what it is.
extern "C" fn reported_outside_a_case(message: v8::Local<v8::Message>, _exception: v8::Local<v8::Value>) {
    if REPORTED_OUTSIDE_A_CASE.fetch_add(1, Ordering::Relaxed) > 0 {
        return;
    }
    let scope = std::pin::pin!(unsafe { v8::CallbackScope::new(message) });
    let scope = &mut scope.init();
    v8::scope!(let scope, scope);
    let text = message.get(scope).to_rust_string_lossy(scope);
    eprintln!(
        "note: V8 reported `{text}` outside any case, from a task it ran itself (a FinalizationRegistry's cleanup); \
         on the wasm-bindgen lane that is known defect F6 (corpus/regressions/wasm-bindgen-0.2.130-glue: the glue's \
         closure finalizer runs Wasm of an aborted instance). No case's trace depends on it; later ones are not shown"
    );
}

/// The process's V8 platform, set up once (with our flags) before the first
/// runtime. It is V8's default platform rather than deno_core's, which hands
/// delayed tasks (GC) to a tokio event loop we never run; ours are run by
/// `pump_tasks` after each case. (Only this module starts V8 in this process,
/// so this is the platform V8 runs on.)
fn platform() -> &'static v8::SharedRef<v8::Platform> {
    static PLATFORM: std::sync::OnceLock<v8::SharedRef<v8::Platform>> = std::sync::OnceLock::new();
    PLATFORM.get_or_init(|| {
        if !V8_FLAGS.is_empty() {
            v8::V8::set_flags_from_string(V8_FLAGS);
        }
        // A small worker pool, as deno_core and node use (at most 4 threads).
        let threads = std::thread::available_parallelism().map_or(4, |n| n.get().min(4)) as u32;
        let platform = v8::new_default_platform(threads, false).make_shared();
        JsRuntime::init_platform(Some(platform.clone()));
        platform
    })
}

/// Makes an engine's isolate the thread's current one while it lives. V8
/// runs code only in the current isolate, and several engines (so several
/// isolates) may share a thread.
struct Entered(*const v8::Isolate);

impl Entered {
    fn new(runtime: &mut JsRuntime) -> Entered {
        let isolate: *const v8::Isolate = &**runtime.v8_isolate();
        // SAFETY: the isolate outlives the guard (both live in one engine
        // method call), and `exit` runs on the same thread.
        unsafe { (*isolate).enter() };
        Entered(isolate)
    }
}

impl Drop for Entered {
    fn drop(&mut self) {
        // SAFETY: paired with `enter` in `new`; nested guards drop in reverse.
        unsafe { (*self.0).exit() };
    }
}

impl Drop for V8Engine {
    fn drop(&mut self) {
        // `OwnedIsolate` exits the isolate when dropped and requires it to be
        // current: enter it once more, unpaired.
        // SAFETY: the runtime field is dropped right after this, on this thread.
        unsafe { self.runtime.v8_isolate().enter() };
    }
}

/// `globalThis[object][name]`, a function.
fn global_function<'s>(scope: &v8::PinScope<'s, '_>, object: &str, name: &str) -> Result<v8::Local<'s, v8::Function>, String> {
    let global = scope.get_current_context().global(scope);
    let key = v8::String::new(scope, object).ok_or("bad name")?;
    let o = global
        .get(scope, key.into())
        .and_then(|v| v8::Local::<v8::Object>::try_from(v).ok())
        .ok_or_else(|| format!("no {object}"))?;
    let key = v8::String::new(scope, name).ok_or("bad name")?;
    o.get(scope, key.into())
        .and_then(|v| v8::Local::<v8::Function>::try_from(v).ok())
        .ok_or_else(|| format!("{object}.{name} is not a function"))
}

/// A case with tasks returns a promise of its trace (docs/protocol.md 21):
/// run every pending microtask, then let the glue's driver go on
/// (`ReentryGlue.tick()` resolves the drain it waits for), until the promise
/// settles. Anything else is the trace itself.
fn settle<'s>(
    tc: &mut v8::PinScope<'s, '_>,
    tick: v8::Local<'s, v8::Function>,
    recv: v8::Local<'s, v8::Value>,
    value: v8::Local<'s, v8::Value>,
) -> Result<v8::Local<'s, v8::Value>, JsFailure> {
    let Ok(promise) = v8::Local::<v8::Promise>::try_from(value) else { return Ok(value) };
    loop {
        tc.perform_microtask_checkpoint();
        if tc.is_execution_terminating() {
            return Err(JsFailure::Terminated);
        }
        match promise.state() {
            v8::PromiseState::Fulfilled => return Ok(promise.result(tc)),
            v8::PromiseState::Rejected => {
                let e = promise.result(tc);
                return Err(JsFailure::Exception(exception_text(tc, Some(e))));
            }
            v8::PromiseState::Pending => match tick.call(tc, recv, &[]) {
                Some(more) if more.is_true() => {}
                Some(_) => return Err(JsFailure::Exception("the case's promise is pending with no drain to let go".into())),
                None => return Err(JsFailure::Terminated),
            },
        }
    }
}

/// The contents of a returned `Int32Array` (a flat trace).
fn int32_array(_scope: &v8::PinScope<'_, '_>, value: v8::Local<v8::Value>) -> Result<Vec<i32>, String> {
    let array = v8::Local::<v8::Int32Array>::try_from(value).map_err(|_| "runCase did not return an Int32Array".to_string())?;
    let mut bytes = vec![0u8; array.byte_length()];
    array.copy_contents(&mut bytes);
    Ok(bytes.chunks_exact(4).map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect())
}

/// The caught exception's `stack` (or its string form).
fn exception_text(scope: &v8::PinScope<'_, '_>, exception: Option<v8::Local<v8::Value>>) -> String {
    let Some(e) = exception else {
        return "JS call failed without an exception".into();
    };
    if let Ok(obj) = v8::Local::<v8::Object>::try_from(e) {
        let key = v8::String::new(scope, "stack").unwrap();
        if let Some(stack) = obj.get(scope, key.into()).filter(|s| s.is_string()) {
            return stack.to_rust_string_lossy(scope);
        }
    }
    e.to_rust_string_lossy(scope)
}

impl Engine for V8Engine {
    fn name(&self) -> &str {
        "v8"
    }

    fn encodings(&self) -> &[Encoding] {
        &self.encodings
    }

    fn version(&self) -> String {
        version()
    }

    fn run(&mut self, case: &Case) -> Result<Trace, EngineError> {
        let _entered = Entered::new(&mut self.runtime);
        // The wasm-bindgen lane runs through wasm-bindgen's glue, the others
        // through ours.
        let binding = match case.binding_js {
            Some(js) => {
                let mut cache = std::mem::take(&mut self.bindings);
                let mut phases = self.phases;
                let loaded = cache.get_or_compile(case.module_key, Some(&mut phases), || {
                    self.wbg_load(js, case.wasm).map_err(EngineError::Compile)
                });
                self.bindings = cache;
                self.phases = phases;
                Some(loaded?)
            }
            None => None,
        };
        let module = match binding {
            Some(_) => None,
            None => Some(self.module(case)?),
        };
        let t = Instant::now();
        self.watchdog.arm(self.timeout);
        let result = match (&binding, &module) {
            (Some(loaded), _) => self.wbg_run(loaded, case.plan_json),
            (None, Some(module)) => self.run_case(module, case.plan_json),
            (None, None) => unreachable!("one of the two is set"),
        };
        if self.watchdog.disarm() {
            // Also when the case finished just before the watchdog fired: the
            // pending termination must not hit the next case.
            self.runtime.v8_isolate().cancel_terminate_execution();
        }
        self.pump_tasks();
        // The glue instantiates and runs in one call: both count as `run`.
        self.phases.run += t.elapsed();
        match result {
            Ok(flat) => trace::decode_flat(&flat).map(Trace).map_err(EngineError::Internal),
            Err(JsFailure::Terminated) => Err(EngineError::Timeout(self.timeout)),
            Err(JsFailure::Exception(e)) if e.starts_with("InstantiateError") => Err(EngineError::Instantiate(e)),
            Err(JsFailure::Exception(e)) => Err(EngineError::Internal(e)),
        }
    }

    fn bench(&mut self) -> Option<&mut dyn Bench> {
        Some(self)
    }

    fn no_tasks(&self, lane: Lane) -> Option<&'static Fact> {
        let declared = DIR.family_facts.iter().copied().flatten().chain(REGISTRATIONS[0].facts);
        declaration::no_tasks(declared, lane, |f| self.features.iter().any(|(k, v)| k == f && *v))
    }

    fn info(&mut self) -> EngineInfo {
        let flags = if V8_FLAGS.is_empty() { "none" } else { V8_FLAGS };
        EngineInfo {
            name: "v8".into(),
            location: format!("crate deno_core 0.413.0 (in process; V8 flags: {flags})"),
            version: version(),
            encodings: self.encodings.clone(),
            features: self.features.clone(),
        }
    }
}

impl Bench for V8Engine {
    fn phases(&self) -> Phases {
        self.phases
    }

    fn floor(&mut self, case: &Case, calls: &[i32]) -> Result<(), EngineError> {
        let _entered = Entered::new(&mut self.runtime);
        if let Some(js) = case.binding_js {
            // The wasm-bindgen lane's floor runs through the binding its cases
            // loaded (compiled and evaluated once, as theirs).
            let mut cache = std::mem::take(&mut self.bindings);
            let loaded = cache.get_or_compile(case.module_key, None, || self.wbg_load(js, case.wasm).map_err(EngineError::Compile));
            self.bindings = cache;
            let r = self.wbg_floor(&loaded?, case.plan_json).map_err(EngineError::Internal);
            self.pump_tasks();
            return r;
        }
        let mut cache = std::mem::take(&mut self.floor_cache);
        let module = cache.get_or_compile(case.module_key, None, || self.compile(case.wasm).map_err(EngineError::Compile));
        self.floor_cache = cache;
        let module = module?;
        let memory = crate::plan::memory_limits(case.program, case.guest_program.is_some());
        let r = self.call_floor(&module, calls, case.guest_program, memory).map_err(EngineError::Internal);
        self.pump_tasks();
        r
    }
}

// ---------------------------------------------------------------------------
// The watchdog.

/// A thread that terminates JS execution once an armed deadline passes. It
/// sleeps until the deadline it last saw, so arming per case usually costs a
/// lock and no wakeup.
struct Watchdog {
    shared: Arc<(Mutex<WatchState>, Condvar)>,
    thread: Option<std::thread::JoinHandle<()>>,
}

#[derive(Default)]
struct WatchState {
    /// The deadline of the running case, if one runs.
    deadline: Option<Instant>,
    /// When the thread will next wake by itself (`None`: only when notified).
    sleeping_until: Option<Instant>,
    /// The watchdog terminated execution since the last `arm`.
    fired: bool,
    quit: bool,
}

impl Watchdog {
    fn new(isolate: v8::IsolateHandle) -> Watchdog {
        let shared = Arc::new((Mutex::new(WatchState::default()), Condvar::new()));
        let s = shared.clone();
        let thread = std::thread::Builder::new()
            .name("v8-watchdog".into())
            .spawn(move || {
                let (lock, cvar) = &*s;
                let mut st = lock.lock().unwrap();
                while !st.quit {
                    let now = Instant::now();
                    match st.deadline {
                        Some(d) if now >= d => {
                            isolate.terminate_execution();
                            st.fired = true;
                            st.deadline = None;
                        }
                        Some(d) => {
                            st.sleeping_until = Some(d);
                            st = cvar.wait_timeout(st, d - now).unwrap().0;
                        }
                        None => {
                            st.sleeping_until = None;
                            st = cvar.wait(st).unwrap();
                        }
                    }
                }
            })
            .expect("spawn v8 watchdog");
        Watchdog { shared, thread: Some(thread) }
    }

    fn arm(&self, timeout: Duration) {
        let (lock, cvar) = &*self.shared;
        let mut st = lock.lock().unwrap();
        let deadline = Instant::now() + timeout;
        st.deadline = Some(deadline);
        st.fired = false;
        if st.sleeping_until.is_none_or(|t| t > deadline) {
            cvar.notify_one();
        }
    }

    /// Stop watching; whether the watchdog terminated execution meanwhile.
    fn disarm(&self) -> bool {
        let mut st = self.shared.0.lock().unwrap();
        st.deadline = None;
        std::mem::take(&mut st.fired)
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.shared.0.lock().unwrap().quit = true;
        self.shared.1.notify_one();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A FinalizationRegistry callback that throws, run by V8 between cases,
    /// reaches the listener (and so is not printed by V8 itself).
    #[test]
    fn an_exception_in_a_cleanup_task_reaches_the_listener() {
        let mut engine = V8Engine::new(&EngineOptions::default()).expect("v8 starts");
        let _entered = Entered::new(&mut engine.runtime);
        let before = REPORTED_OUTSIDE_A_CASE.load(Ordering::Relaxed);
        engine
            .runtime
            .execute_script(
                "reentry:test",
                "globalThis.registry = new FinalizationRegistry(() => { throw new Error('cleanup'); });\n\
                 (() => { globalThis.registry.register({}, 0); })();"
                    .to_string(),
            )
            .expect("script runs");
        for _ in 0..10 {
            engine.runtime.v8_isolate().low_memory_notification();
            engine.pump_tasks();
            if REPORTED_OUTSIDE_A_CASE.load(Ordering::Relaxed) > before {
                return;
            }
        }
        panic!("the cleanup task's exception never reached the listener");
    }
}
