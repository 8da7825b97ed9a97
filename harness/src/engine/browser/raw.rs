//! A browser as a raw-module [`Session`](crate::engine::raw::Session): the
//! same [`JsSession`] as V8's, over the page's `RAW` op, so the one
//! `engines/raw.js` runs in every browser too.
//!
//! Modules and instances live in the page. The session's browser is never
//! recycled; after a timeout or a crash a fresh browser takes over, whose
//! raw.js knows nothing of the session's modules: every request then fails
//! with an error saying so, until the session is reset.

use super::engine::BrowserEngine;
use super::Browser;
use crate::compile::Encoding;
use crate::engine::declaration::{Fact, Registration};
use crate::engine::v8::raw::{JsSession, JsTransport};
use crate::engine::v8::JsReply;
use crate::engine::{Engine, EngineError, EngineOptions};

pub type BrowserSession = JsSession<BrowserTransport>;

/// A page that answers `RAW` requests.
pub struct BrowserTransport {
    engine: BrowserEngine,
    /// Why the session's state was lost (the browser was replaced), until a reset.
    lost: Option<String>,
}

impl JsSession<BrowserTransport> {
    pub fn new(
        registration: &'static Registration,
        browser: &'static Browser,
        facts: Vec<&'static Fact>,
        options: &EngineOptions,
    ) -> anyhow::Result<BrowserSession> {
        let engine = BrowserEngine::new(registration, browser, facts, &EngineOptions { recycle_after: 0, ..options.clone() })?;
        Ok(JsSession::over(registration.name, BrowserTransport { engine, lost: None }))
    }
}

impl BrowserTransport {
    /// The browser engine underneath.
    pub fn engine(&mut self) -> &mut BrowserEngine {
        &mut self.engine
    }
}

impl JsTransport for BrowserTransport {
    fn raw(&mut self, method: &str, bytes: &[u8], json: &str) -> Result<JsReply, EngineError> {
        if method == "reset" {
            self.lost = None;
        } else if let Some(why) = &self.lost {
            return Err(EngineError::Internal(format!(
                "the browser was replaced after {why}: this session's modules and instances are gone until it is reset"
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
