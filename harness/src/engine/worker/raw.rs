//! A worker (node, deno, jsc, workerd) as a raw-module [`Session`]: the same
//! [`JsSession`](crate::engine::v8::raw::JsSession) as the in-process V8,
//! over the worker protocol's `RAW` op (docs/worker-protocol.md), so the one
//! `engines/raw.js` runs in every V8.
//!
//! Modules and instances live in the worker process. The session's worker
//! is never recycled; after a timeout or a crash the respawn policy starts a
//! fresh worker, whose raw.js knows nothing of the session's modules: every
//! request then fails with an error saying so, until [`Session::reset`].

use super::WorkerEngine;
use crate::compile::Encoding;
use crate::engine::v8::raw::{JsSession, JsTransport};
use crate::engine::v8::JsReply;
use crate::engine::{Engine, EngineError, EngineOptions};

/// One worker engine's raw-module level.
pub type WorkerSession = JsSession<WorkerTransport>;

/// A worker that answers `RAW` requests.
pub struct WorkerTransport {
    engine: WorkerEngine,
    /// Why the session's state was lost (the worker was replaced), until a reset.
    lost: Option<String>,
}

impl JsSession<WorkerTransport> {
    pub fn new(name: &str, options: &EngineOptions) -> anyhow::Result<WorkerSession> {
        let spec = super::spec(name).ok_or_else(|| anyhow::anyhow!("`{name}` is not a node or deno worker engine"))?;
        WorkerSession::for_launch(spec, options)
    }

    /// A session on any engine that launches workers (a registered node/deno
    /// spec, an [`super::adhoc_spec`], jsc, workerd).
    pub fn for_launch(launch: &'static dyn super::Launch, options: &EngineOptions) -> anyhow::Result<WorkerSession> {
        let engine = WorkerEngine::for_launch(launch, &EngineOptions { recycle_after: 0, ..options.clone() })?;
        Ok(JsSession::over(launch.registration().name, WorkerTransport { engine, lost: None }))
    }
}

impl WorkerTransport {
    /// The worker engine underneath (its identity, its process).
    pub fn engine(&mut self) -> &mut WorkerEngine {
        &mut self.engine
    }
}

impl JsTransport for WorkerTransport {
    fn raw(&mut self, method: &str, bytes: &[u8], json: &str) -> Result<JsReply, EngineError> {
        if method == "reset" {
            self.lost = None;
        } else if let Some(why) = &self.lost {
            return Err(EngineError::Internal(format!(
                "the worker was replaced after {why}: this session's modules and instances are gone until it is reset"
            )));
        }
        let reply = self.engine.raw(method, bytes, json);
        if let Err(e @ (EngineError::Timeout(_) | EngineError::Crash(_))) = &reply {
            self.lost = Some(format!("{} ({e})", e.kind()));
        }
        reply
    }

    fn encodings(&self) -> Vec<Encoding> {
        Engine::encodings(&self.engine).to_vec()
    }
}
