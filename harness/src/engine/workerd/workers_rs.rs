//! The workers-rs lane on workerd (issue 23): a case's Worker
//! ([`crate::guest::workers_rs`], carried by [`Case::worker`]) served by
//! one `workerd serve`, the program's driver as requests to it
//! (`engines/guest/src/binding_workers_rs.rs` names the routes), the trace
//! read line by line from workerd's stdout.
//!
//! Between cases `/reset` makes the next request run on a fresh instance
//! at epoch 0, so one server serves every case of a Worker. After each
//! driver step `/sync/<n>` logs a marker; the lines before it are the
//! step's events, and the step's outcome follows them, as the other
//! lanes' hosts log it.
//!
//! Tasks (`spawn`, `resolve`, `reject`: a workerd fact, not driven yet)
//! and the steps the lane's facts rule out (handles, `invoke`) fail the
//! case with an engine error; the harness runs no such case. A failed
//! request's outcome is what its events show ([`failed`]).

use super::server::{Bundle, Server};
use super::{workers_rs_bundle, WORKERD};
use crate::compile::Encoding;
use crate::engine::declaration::Fact;
use crate::engine::worker::reprl::Failure as WireFailure;
use crate::engine::worker::Launch;
use crate::engine::{Case, Engine, EngineError, EngineInfo, EngineOptions};
use crate::guest::Lane;
use crate::program::DriverStep;
use crate::trace::{AbortCause, Event, Failure, Outcome, Trace, TrapKind};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What a trace line starts with (`binding_workers_rs`'s snippet).
const TRACE_PREFIX: &str = "reentry-trace ";
/// The marker `/sync/<n>` logs (not a trace code).
const SYNC: i32 = -1;
/// Time workerd has to load the Worker and listen.
const LISTEN_TIMEOUT: Duration = Duration::from_secs(30);

/// workerd serving one Worker.
struct Served {
    /// The Worker's module key.
    key: u64,
    server: Server,
    lines: mpsc::Receiver<String>,
    /// Markers logged so far.
    syncs: i32,
    /// Whether a case ran on it (the next one resets first).
    used: bool,
}

/// The workers-rs engine on the pinned workerd.
pub struct WorkersRsEngine {
    exe: PathBuf,
    timeout: Duration,
    encodings: Vec<Encoding>,
    served: Option<Served>,
}

impl WorkersRsEngine {
    /// The engine on the pinned workerd (the registered `workerd` runs its
    /// workers-rs cases through it: [`super::Workerd`]'s
    /// `own_worker_engine`).
    pub fn new(options: &EngineOptions) -> anyhow::Result<WorkersRsEngine> {
        let exe = WORKERD.executable().map_err(|e| anyhow::anyhow!(e))?;
        Ok(WorkersRsEngine { exe, timeout: options.timeout, encodings: Encoding::ALL.to_vec(), served: None })
    }

    /// The server for the Worker of `case`, started if none serves it.
    fn serve(&mut self, case: &Case) -> Result<&mut Served, EngineError> {
        let worker = case.worker.ok_or_else(|| EngineError::Internal("the case carries no workers-rs Worker".into()))?;
        let stale = match &mut self.served {
            Some(s) => s.key != case.module_key || s.server.has_exited(),
            None => true,
        };
        if stale {
            if let Some(s) = self.served.take() {
                s.server.shutdown();
            }
            let bundle: Bundle = workers_rs_bundle(worker).map_err(|e| EngineError::Internal(format!("{e:#}")))?;
            let (tx, lines) = mpsc::channel();
            let server = Server::start_with_lines(&self.exe, &bundle, LISTEN_TIMEOUT, tx)
                .map_err(|e| EngineError::Instantiate(format!("{e:#}")))?;
            self.served = Some(Served { key: case.module_key, server, lines, syncs: 0, used: false });
        }
        Ok(self.served.as_mut().expect("just served"))
    }

    fn run_case(&mut self, case: &Case) -> Result<Trace, EngineError> {
        let program = case.guest_program.ok_or_else(|| EngineError::Internal("the case carries no program bytes".into()))?;
        let deadline = Instant::now() + self.timeout;
        let served = self.serve(case)?;
        if served.used {
            served.post("/reset", &[], deadline)?;
        }
        served.used = true;
        served.sync(deadline)?; // what an earlier case left unread
        let mut trace = Vec::new();
        for (n, step) in case.program.driver.iter().enumerate() {
            let outcome = match *step {
                DriverStep::Call { export } => served.post(&format!("/call/{export}"), program, deadline)?.valued()?,
                DriverStep::ReadState => served.post("/state", program, deadline)?.valued()?,
                DriverStep::Reset => {
                    served.post("/reinit", &[], deadline)?;
                    // The new instance starts (and logs its reset) now, as
                    // on the other lanes, not at the program's next request.
                    served.post("/state", program, deadline)?;
                    Answer::Done
                }
                other => return Err(EngineError::Internal(format!("driver[{n}] {other:?} is not on the workers-rs engine yet"))),
            };
            let events = served.sync(deadline)?;
            let outcome = outcome.outcome(&events);
            trace.extend(events);
            trace.push(Event::Outcome { step: n as i32, outcome });
        }
        Ok(Trace(trace))
    }
}

/// What a driver step's request answered.
#[derive(Debug)]
enum Answer {
    /// 200, its body a number (the state).
    Value(i32),
    /// Nothing to answer (a reset).
    Done,
    /// Any other status.
    Failed,
    /// 200, any other body.
    Text(String),
}

impl Answer {
    /// This answer to a step that answers the state: no other text.
    fn valued(self) -> Result<Answer, EngineError> {
        match self {
            Answer::Text(t) => Err(EngineError::Internal(format!("the Worker answered `{t}` where the state was due"))),
            a => Ok(a),
        }
    }

    /// The step's outcome, given the events its request logged.
    fn outcome(&self, events: &[Event]) -> Outcome {
        match self {
            Answer::Value(v) => Outcome::Value(*v),
            Answer::Done | Answer::Text(_) => Outcome::Done,
            Answer::Failed => Outcome::Failed(failed(events)),
        }
    }
}

/// A request that failed as a failure of the trace's vocabulary. workerd
/// answers every failure 500 with a body that does not say what it was
/// (under panic=abort the request is cancelled as hung), so its events say
/// it: an abort (the newest) is a trap of its kind (a panic under
/// panic=abort aborts too: `unreachable`); otherwise the program's newest
/// panic; a request that failed with neither is `other`, which no model
/// predicts.
fn failed(events: &[Event]) -> Failure {
    let newest = events.iter().rev().find_map(|e| match e {
        Event::Abort { cause, .. } => Some(Failure::Trap(match cause {
            AbortCause::Step(kind) => TrapKind::of_abort(*kind),
            _ => TrapKind::Unreachable,
        })),
        Event::Panic { payload, .. } => Some(Failure::Panic(*payload)),
        _ => None,
    });
    newest.unwrap_or(Failure::Trap(TrapKind::Other))
}

impl Served {
    /// POST `path` and read its answer.
    fn post(&mut self, path: &str, body: &[u8], deadline: Instant) -> Result<Answer, EngineError> {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.server.post_to(path, body, left) {
            Ok((200, reply)) => {
                let text = String::from_utf8_lossy(&reply);
                Ok(text.trim().parse().map_or_else(|_| Answer::Text(text.into_owned()), Answer::Value))
            }
            Ok(_) => Ok(Answer::Failed),
            Err(WireFailure::Timeout) => Err(EngineError::Timeout(left)),
            Err(f) => Err(EngineError::Crash(format!("{f:?}"))),
        }
    }

    /// Log a marker and read workerd's stdout up to it: the events logged
    /// before it, in the order the isolate logged them.
    fn sync(&mut self, deadline: Instant) -> Result<Vec<Event>, EngineError> {
        self.syncs += 1;
        let n = self.syncs;
        self.post(&format!("/sync/{n}"), &[], deadline)?;
        let mut events = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = match self.lines.recv_timeout(left) {
                Ok(l) => l,
                Err(mpsc::RecvTimeoutError::Timeout) => return Err(EngineError::Timeout(left)),
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    return Err(EngineError::Crash(format!("workerd's stdout ended{}", self.server.output())))
                }
            };
            let Some(words) = line.strip_prefix(TRACE_PREFIX) else { continue };
            let w: Vec<i32> = words.split_whitespace().filter_map(|x| x.parse().ok()).collect();
            let [code, a, b] = w[..] else {
                return Err(EngineError::Internal(format!("a malformed trace line from workerd: `{line}`")));
            };
            if code == SYNC {
                if a == n {
                    return Ok(events);
                }
                continue;
            }
            let e = Event::decode([code, a, b]).ok_or_else(|| EngineError::Internal(format!("an unknown event from workerd: `{line}`")))?;
            events.push(e);
        }
    }
}

impl Engine for WorkersRsEngine {
    fn name(&self) -> &str {
        "workerd"
    }

    fn encodings(&self) -> &[Encoding] {
        &self.encodings
    }

    fn version(&self) -> String {
        let v = super::pinned_version().unwrap_or("?");
        match super::binary_v8_version(&self.exe) {
            Some(v8) => format!("workerd {v}, V8 {v8}"),
            None => format!("workerd {v}"),
        }
    }

    fn run(&mut self, case: &Case) -> Result<Trace, EngineError> {
        let r = self.run_case(case);
        if matches!(r, Err(EngineError::Timeout(_) | EngineError::Crash(_))) {
            // A server that missed a deadline or died serves no next case.
            if let Some(s) = self.served.take() {
                s.server.shutdown();
            }
        }
        r
    }

    fn info(&mut self) -> EngineInfo {
        EngineInfo { name: self.name().into(), location: self.exe.display().to_string(), version: self.version(), encodings: self.encodings.clone(), features: vec![] }
    }

    fn no_tasks(&self, lane: Lane) -> Option<&'static Fact> {
        crate::engine::declaration::no_tasks(WORKERD.facts(), lane, |_| false)
    }
}

impl Drop for WorkersRsEngine {
    fn drop(&mut self) {
        if let Some(s) = self.served.take() {
            s.server.shutdown();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::AbortKind;

    #[test]
    fn a_failed_request_is_what_its_newest_abort_or_panic_says() {
        let panic = Event::Panic { epoch: 0, payload: 7 };
        let abort = |cause| Event::Abort { epoch: 0, cause };
        assert_eq!(failed(&[Event::Enter { epoch: 0, func: 1 }, panic]), Failure::Panic(7));
        assert_eq!(failed(&[panic, abort(AbortCause::Panic)]), Failure::Trap(TrapKind::Unreachable));
        assert_eq!(failed(&[abort(AbortCause::Step(AbortKind::StackOverflow))]), Failure::Trap(TrapKind::StackOverflow));
        assert_eq!(failed(&[abort(AbortCause::Step(AbortKind::DivideByZero)), panic]), Failure::Panic(7));
        assert_eq!(failed(&[Event::Enter { epoch: 0, func: 1 }]), Failure::Trap(TrapKind::Other), "no model predicts it");
    }
}
