//! V8 as a raw-module [`Session`]: `engines/raw.js` does the work inside a
//! V8 runtime, and this file turns requests and replies into JSON. The same
//! [`JsSession`] runs over two transports ([`JsTransport`]): the in-process
//! engine's runtime (raw.js loaded beside the glue, [`V8Engine::call_js`]:
//! [`V8Session`]) and a node/deno worker (raw.js loaded by worker.mjs, the
//! `RAW` op: `engine::worker::raw`).

use super::{JsReply, V8Engine};
use crate::compile::Encoding;
use crate::engine::raw::{HostImport, InstanceId, Kind, KnownTag, Link, ModuleId, Outcome, Session, Val};
use crate::engine::{Engine, EngineError, EngineOptions};
use crate::trap::{self, TrapClass};
use serde_json::{json, Value};

/// The helper, loaded into the engine's runtime.
pub const RAW_JS: &str = include_str!("../../../../engines/raw.js");

/// How requests reach `globalThis.ReentryRaw` in some V8.
pub trait JsTransport {
    /// `ReentryRaw.<method>(bytes, json)`: its JSON reply and bytes.
    fn raw(&mut self, method: &str, bytes: &[u8], json: &str) -> Result<JsReply, EngineError>;
    /// The EH encodings this V8 runs (as its glue probed them).
    fn encodings(&self) -> Vec<Encoding>;
}

/// A raw-module session in some V8, named as its engine is registered.
pub struct JsSession<T> {
    name: String,
    transport: T,
}

/// In-process V8.
pub type V8Session = JsSession<V8Engine>;

impl JsTransport for V8Engine {
    fn raw(&mut self, method: &str, bytes: &[u8], json: &str) -> Result<JsReply, EngineError> {
        self.call_js(&format!("ReentryRaw.{method}"), bytes, json)
    }

    fn encodings(&self) -> Vec<Encoding> {
        Engine::encodings(self).to_vec()
    }
}

impl JsSession<V8Engine> {
    pub fn new(options: &EngineOptions) -> anyhow::Result<V8Session> {
        let mut engine = V8Engine::new(options)?;
        engine.load_script("reentry:engines/raw.js", RAW_JS)?;
        Ok(JsSession::over("v8", engine))
    }
}

impl<T: JsTransport> JsSession<T> {
    /// A session named `name` over a transport whose V8 has raw.js loaded.
    pub fn over(name: &str, transport: T) -> JsSession<T> {
        JsSession { name: name.to_string(), transport }
    }

    pub fn transport(&mut self) -> &mut T {
        &mut self.transport
    }

    /// `ReentryRaw.<op>(bytes, request)` → the reply's JSON (and bytes).
    fn request(&mut self, op: &str, bytes: &[u8], request: &Value) -> Result<(Value, Vec<u8>), Outcome> {
        let reply = self.transport.raw(op, bytes, &request.to_string()).map_err(|e| match e {
            EngineError::Timeout(_) => Outcome::Timeout,
            other => Outcome::Error(other.to_string()),
        })?;
        let value = serde_json::from_str(&reply.json).map_err(|e| Outcome::Error(format!("{op} reply: {e}")))?;
        Ok((value, reply.bytes))
    }
}

impl<T: JsTransport> Session for JsSession<T> {
    fn name(&self) -> &str {
        &self.name
    }

    fn encodings(&self) -> Vec<Encoding> {
        self.transport.encodings()
    }

    fn host(&mut self, import: &HostImport) -> Result<InstanceId, String> {
        let request = match import {
            HostImport::JsTag => json!({ "kind": "jstag" }),
            HostImport::Tag => json!({ "kind": "tag" }),
            HostImport::ThrowValue(n) => json!({ "kind": "throw_value", "n": n }),
            HostImport::ThrowException { tag: (i, export), n } => json!({ "kind": "throw_exception", "tag": [i, export], "n": n }),
            HostImport::Reenter { instance, export } => json!({ "kind": "reenter", "instance": instance, "export": export }),
        };
        let (reply, _) = self.request("host", &[], &request).map_err(|o| o.to_string())?;
        match (reply["instance"].as_u64(), reply["error"].as_str()) {
            (Some(id), _) => Ok(id as InstanceId),
            (None, Some(msg)) => Err(msg.to_string()),
            _ => Err(format!("host reply: {reply}")),
        }
    }

    fn reset(&mut self) {
        // Only fails if the helper is broken, which every later request shows.
        let _ = self.request("reset", &[], &json!({}));
    }

    fn compile(&mut self, wasm: &[u8]) -> Result<ModuleId, String> {
        let (reply, _) = self.request("compile", wasm, &json!({})).map_err(|o| o.to_string())?;
        match (reply["module"].as_u64(), reply["error"].as_str()) {
            (Some(id), _) => Ok(id as ModuleId),
            (None, Some(msg)) => Err(msg.to_string()),
            _ => Err(format!("compile reply: {reply}")),
        }
    }

    fn instantiate(&mut self, module: ModuleId, imports: &[Link], tags: &[KnownTag]) -> Result<InstanceId, Outcome> {
        let mut links = Vec::with_capacity(imports.len());
        for l in imports {
            let (i, name) =
                l.from.as_ref().ok_or_else(|| Outcome::Unlinkable(format!("unknown import {}.{}", l.module, l.field)))?;
            links.push(json!([l.module, l.field, i, name]));
        }
        let tags: Vec<Value> = tags
            .iter()
            .map(|t| json!([t.name, t.export, t.params.as_ref().map(|p| p.iter().map(|k| kind_name(*k)).collect::<Vec<_>>())]))
            .collect();
        let (reply, _) = self.request("instantiate", &[], &json!({ "module": module, "imports": links, "tags": tags }))?;
        match reply["instance"].as_u64() {
            Some(id) => Ok(id as InstanceId),
            None => Err(outcome(&reply)),
        }
    }

    fn call(&mut self, instance: InstanceId, export: &str, args: &[Val], results: &[Kind]) -> Outcome {
        let args: Vec<Value> = args.iter().map(|v| to_json(*v)).collect();
        let results: Vec<&str> = results.iter().map(|k| kind_name(*k)).collect();
        match self.request("call", &[], &json!({ "instance": instance, "export": export, "args": args, "results": results })) {
            Ok((reply, _)) => outcome(&reply),
            Err(o) => o,
        }
    }

    fn global(&mut self, instance: InstanceId, export: &str, kind: Kind) -> Result<Val, String> {
        let (reply, _) = self
            .request("global", &[], &json!({ "instance": instance, "export": export, "kind": kind_name(kind) }))
            .map_err(|o| o.to_string())?;
        from_json(&reply)
    }

    fn set_global(&mut self, instance: InstanceId, export: &str, value: Val) -> Result<(), String> {
        let request = json!({ "instance": instance, "export": export, "value": to_json(value) });
        self.request("setGlobal", &[], &request).map(|_| ()).map_err(|o| o.to_string())
    }

    fn memory(&mut self, instance: InstanceId, export: &str) -> Result<Vec<u8>, String> {
        let (_, bytes) =
            self.request("memory", &[], &json!({ "instance": instance, "export": export })).map_err(|o| o.to_string())?;
        Ok(bytes)
    }

    fn table_size(&mut self, instance: InstanceId, export: &str) -> Result<u64, String> {
        let (reply, _) =
            self.request("tableSize", &[], &json!({ "instance": instance, "export": export })).map_err(|o| o.to_string())?;
        reply.as_u64().ok_or_else(|| format!("table size reply: {reply}"))
    }
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::I32 => "i32",
        Kind::I64 => "i64",
        Kind::F32 => "f32",
        Kind::F64 => "f64",
        Kind::Ref => "ref",
    }
}

fn to_json(v: Val) -> Value {
    match v {
        Val::I32(x) => json!(["i32", x.to_string()]),
        Val::I64(x) => json!(["i64", x.to_string()]),
        Val::F32(b) => json!(["f32", b.to_string()]),
        Val::F64(b) => json!(["f64", b.to_string()]),
        Val::Null => json!(["null"]),
        Val::Func => json!(["func"]),
        Val::Extern(n) => json!(["extern", n.to_string()]),
        Val::Ref => json!(["ref"]),
    }
}

fn from_json(v: &Value) -> Result<Val, String> {
    let text = || v[1].as_str().ok_or_else(|| format!("bad value {v}"));
    let num = |s: &str| -> Result<i128, String> { s.parse::<i128>().map_err(|e| format!("bad value {v}: {e}")) };
    Ok(match v[0].as_str() {
        Some("i32") => Val::I32(num(text()?)? as i32),
        Some("i64") => Val::I64(num(text()?)? as i64),
        Some("f32") => Val::F32(num(text()?)? as u32),
        Some("f64") => Val::F64(num(text()?)? as u64),
        Some("null") => Val::Null,
        Some("func") => Val::Func,
        Some("extern") => Val::Extern(num(text()?)? as u32),
        Some("ref") => Val::Ref,
        _ => return Err(format!("bad value {v}")),
    })
}

/// A reply's outcome, classified by the engine facts.
fn outcome(reply: &Value) -> Outcome {
    let vals = |v: &Value| -> Result<Vec<Val>, String> {
        v.as_array().ok_or_else(|| format!("bad value list {v}"))?.iter().map(from_json).collect()
    };
    let text = |key: &str| reply[key].as_str().map(str::to_string);
    if let Some(ret) = reply.get("ret") {
        return vals(ret).map_or_else(Outcome::Error, Outcome::Returned);
    }
    if let Some(n) = reply.get("host") {
        return n.as_u64().map_or_else(|| Outcome::Error(format!("bad host value {n}")), |n| Outcome::HostValue(n as u32));
    }
    if let Some(exn) = reply.get("exn") {
        let tags = exn["tags"].as_array().map_or(Vec::new(), |t| t.iter().filter_map(|s| s.as_str().map(str::to_string)).collect());
        let payload = match &exn["payload"] {
            Value::Null => None,
            p => match vals(p) {
                Ok(p) => Some(p),
                Err(e) => return Outcome::Error(e),
            },
        };
        return Outcome::Threw { tags, payload };
    }
    if let Some(m) = text("trap") {
        return Outcome::Trapped { class: TrapClass::of_js(&m), message: format!("RuntimeError: {m}") };
    }
    if let Some(m) = text("range") {
        let name = text("name").unwrap_or_else(|| "RangeError".into());
        return if trap::js_is_exhaustion(&m) {
            Outcome::Exhausted(format!("{name}: {m}"))
        } else {
            Outcome::Error(format!("{name}: {m}"))
        };
    }
    if let Some(m) = text("link") {
        return Outcome::Unlinkable(format!("LinkError: {m}"));
    }
    Outcome::Error(text("error").unwrap_or_else(|| format!("unexpected reply {reply}")))
}
