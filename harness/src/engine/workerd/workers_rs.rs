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
//! Tasks are requests in flight at once ([`super::requests`]): `spawn` sends
//! `/spawn/<i>/<t>` on a connection of its own and waits until the task
//! awaits (its subrequest reached the outbound) or its request ends;
//! `resolve` / `reject` answer the held subrequest and wait the same way;
//! at the driver's end every task still awaiting is resolved, in task
//! order, until none awaits (docs/protocol.md 21). A task's request that
//! ends without an answer of the Worker's (workerd cancels a request whose
//! code can make no progress, "canceled this request because it detected
//! that your Worker's code had hung") and without an abort or a panic of its
//! own, or that neither awaits nor ends within [`HANG`] (workerd does not
//! cancel it while another request has I/O pending), never settled: it is
//! logged `task t<n> hung` at the end, property 8. A handle is a Durable
//! Object of the Worker's (`/new/<name>`, `/handle/<name>/<i>`, a name per
//! handle and case), each call a request on a connection of its own: one
//! not answered within [`HANG`] is logged `driver[n] hung` in place of its
//! outcome, property 8 too (workerd never cancels a Durable Object's
//! request as hung, so an object's call that can make no progress is never
//! answered: corpus/regressions/workers-rs-0.8.7-durable-object-abort-never-answers/),
//! and the server, which still holds it, serves no next case. The steps
//! the lane's facts rule out (`invoke`) fail the case with an engine
//! error; the harness runs no such case. A failed request's outcome is what its
//! events show ([`failed`]).

use super::requests::{self, Happening, Outbound};
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
use std::net::TcpStream;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What a trace line starts with (`binding_workers_rs`'s snippet).
const TRACE_PREFIX: &str = "reentry-trace ";
/// The marker `/sync/<n>` logs (not a trace code).
const SYNC: i32 = -1;
/// Time workerd has to load the Worker and listen.
const LISTEN_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a task may take to await or end after the driver let it go on
/// before it counts as hung (workerd cancels a hung request within
/// milliseconds once no other request of the isolate has I/O pending; this
/// is for one it does not cancel then). Below the case timeout.
const HANG: Duration = Duration::from_secs(2);

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
    /// Where the Worker's awaits go.
    _outbound: Outbound,
    /// What the requests in flight do (the outbound's awaits, the tasks'
    /// ends), and its sender for new requests.
    happenings: mpsc::Receiver<Happening>,
    tx: mpsc::Sender<Happening>,
    /// Cases run so far (a late answer names its case).
    cases: u64,
    /// A request of a finished case is still in flight: serve no next case.
    poisoned: bool,
}

/// A task of the case being run.
#[derive(Default)]
struct Task {
    /// Its spawn passed the call guard (it logged its start).
    made: bool,
    /// The subrequest of the await it is suspended at.
    awaiting: Option<TcpStream>,
    /// Its request ended (its answer, if it got one).
    ended: Option<Option<(u16, Vec<u8>)>>,
    /// Its promise settled: logged `task t<n> => ..`.
    settled: bool,
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
            Some(s) => s.key != case.module_key || s.poisoned || s.server.has_exited(),
            None => true,
        };
        if stale {
            if let Some(s) = self.served.take() {
                s.server.shutdown();
            }
            let (tx, happenings) = requests::channel();
            let outbound = Outbound::start(tx.clone()).map_err(|e| EngineError::Internal(format!("the outbound: {e}")))?;
            let bundle: Bundle = workers_rs_bundle(worker).map_err(|e| EngineError::Internal(format!("{e:#}")))?;
            let bundle = Bundle { outbound: Some(outbound.addr().to_string()), ..bundle };
            let (line_tx, lines) = mpsc::channel();
            let server = Server::start_with_lines(&self.exe, &bundle, LISTEN_TIMEOUT, line_tx)
                .map_err(|e| EngineError::Instantiate(format!("{e:#}")))?;
            let served = Served { key: case.module_key, server, lines, syncs: 0, used: false, _outbound: outbound, happenings, tx, cases: 0, poisoned: false };
            self.served = Some(served);
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
        served.cases += 1;
        served.sync(deadline)?; // what an earlier case left unread
        let mut trace = Vec::new();
        let mut tasks: Vec<Task> = Vec::new();
        // Each handle's Durable Object name (None: its construction failed).
        let mut handles: Vec<Option<String>> = Vec::new();
        for (n, step) in case.program.driver.iter().enumerate() {
            let task_step = match *step {
                DriverStep::Spawn { export } => {
                    let t = tasks.len() as i32;
                    tasks.push(Task::default());
                    let tx = served.tx.clone();
                    requests::send(served.server.port(), &format!("/spawn/{export}/{t}"), program, served.cases, t, tx)
                        .map_err(|e| EngineError::Crash(format!("spawning t{t}: {e}{}", served.server.output())))?;
                    Some((t, None))
                }
                DriverStep::Resolve { task } => Some((task as i32, Some("ok".to_string()))),
                DriverStep::Reject { task, value } => Some((task as i32, Some(format!("reject {value}")))),
                _ => None,
            };
            if let Some((t, settlement)) = task_step {
                let outcome = match settlement {
                    None => Outcome::Task(t),
                    Some(answer) => match tasks.get_mut(t as usize).and_then(|task| task.awaiting.take()) {
                        Some(conn) => {
                            requests::answer(conn, &answer);
                            Outcome::Done
                        }
                        None => {
                            trace.push(Event::Outcome { step: n as i32, outcome: Outcome::NotAwaiting });
                            continue;
                        }
                    },
                };
                let outcome = served.task_goes_on(&mut tasks, t, &mut trace, deadline)?.unwrap_or(outcome);
                trace.push(Event::Outcome { step: n as i32, outcome });
                continue;
            }
            let outcome = match *step {
                DriverStep::Call { export } => served.post(&format!("/call/{export}"), program, deadline)?.valued()?,
                DriverStep::ReadState => served.post("/state", program, deadline)?.valued()?,
                // A handle is a Durable Object, named anew per case.
                DriverStep::NewHandle => {
                    let name = format!("c{}h{}", served.cases, handles.len());
                    let answer = served.post(&format!("/new/{name}"), program, deadline)?.valued()?;
                    handles.push(matches!(answer, Answer::Value(_)).then_some(name));
                    answer
                }
                DriverStep::CallHandle { handle, export } => match handles.get(handle as usize).cloned().flatten() {
                    Some(name) => match served.post_within(&format!("/handle/{name}/{export}"), program)? {
                        Some(answer) => answer.valued()?,
                        None => {
                            served.poisoned = true;
                            trace.extend(served.sync(deadline)?);
                            trace.push(Event::StepHung { step: n as i32 });
                            continue;
                        }
                    },
                    None => {
                        trace.push(Event::Outcome { step: n as i32, outcome: Outcome::NoHandle });
                        continue;
                    }
                },
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
        served.end_of_driver(&mut tasks, &mut trace, deadline)?;
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
    /// A request's answer: its status and body.
    fn of(status: u16, reply: &[u8]) -> Answer {
        if status != 200 {
            return Answer::Failed;
        }
        let text = String::from_utf8_lossy(reply);
        text.trim().parse().map_or_else(|_| Answer::Text(text.into_owned()), Answer::Value)
    }

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
    /// Task `t` was let go on (spawned, or its await settled): wait until it
    /// awaits again or its request ends, and log what it did. A spawn whose
    /// request ended before the task started is that step's failure.
    fn task_goes_on(&mut self, tasks: &mut [Task], t: i32, trace: &mut Vec<Event>, deadline: Instant) -> Result<Option<Outcome>, EngineError> {
        let until = deadline.min(Instant::now() + HANG);
        while tasks[t as usize].awaiting.is_none() && tasks[t as usize].ended.is_none() {
            match requests::next(&self.happenings, until) {
                Some(Happening::Await { task, conn }) => match tasks.get_mut(task as usize) {
                    Some(waiting) => waiting.awaiting = Some(conn),
                    None => return Err(EngineError::Internal(format!("an await of t{task}, which no spawn made"))),
                },
                Some(Happening::Ended { case, task, answer }) if case == self.cases => tasks[task as usize].ended = Some(answer),
                Some(Happening::Ended { .. }) => {}
                None if Instant::now() >= deadline => return Err(EngineError::Timeout(HANG)),
                // Neither awaits nor ends: hung (workerd cancels a request
                // only once no request of the isolate has I/O pending; it
                // may end later, and is hung all the same).
                None => break,
            }
        }
        let events = self.sync(deadline)?;
        let task = &mut tasks[t as usize];
        task.made |= events.iter().any(|e| matches!(*e, Event::TaskStart { task } if task == t));
        let refused = match (&task.ended, task.made) {
            (Some(None), _) => return Err(EngineError::Crash(format!("the request of t{t} lost its connection{}", self.server.output()))),
            (Some(Some(_)), false) => Some(Outcome::Failed(failed(&events))),
            _ => None,
        };
        trace.extend(events.iter().copied());
        if task.awaiting.is_some() {
            trace.push(Event::TaskAwaits { task: t });
        } else if let (Some(Some((status, body))), true) = (&task.ended, task.made) {
            let own = events.iter().any(|e| matches!(e, Event::Abort { .. } | Event::Panic { .. }));
            let value = String::from_utf8_lossy(body).trim().parse::<i32>();
            let settled = match value {
                Ok(v) if *status == 200 => Some(Outcome::Value(v)),
                _ if own => Some(Outcome::Failed(failed(&events))),
                // Cancelled (or failed) with nothing of its own: its promise
                // never settled.
                _ => None,
            };
            if let Some(outcome) = settled {
                task.settled = true;
                trace.push(Event::TaskSettled { task: t, outcome });
            }
        }
        Ok(refused)
    }

    /// The driver is done: resolve what tasks still await, in task order,
    /// until none does; a task whose promise never settled is hung.
    fn end_of_driver(&mut self, tasks: &mut [Task], trace: &mut Vec<Event>, deadline: Instant) -> Result<(), EngineError> {
        loop {
            let mut resumed = false;
            for t in 0..tasks.len() {
                if let Some(conn) = tasks[t].awaiting.take() {
                    trace.push(Event::EndResolve { task: t as i32 });
                    requests::answer(conn, "ok");
                    self.task_goes_on(tasks, t as i32, trace, deadline)?;
                    resumed = true;
                }
            }
            if !resumed {
                break;
            }
        }
        trace.extend(tasks.iter().enumerate().filter(|(_, t)| t.made && !t.settled).map(|(t, _)| Event::Hung { task: t as i32 }));
        // A server with a request still in flight serves no next case.
        let until = deadline.min(Instant::now() + HANG);
        while tasks.iter().any(|t| t.made && t.ended.is_none()) {
            match requests::next(&self.happenings, until) {
                Some(Happening::Ended { case, task, answer }) if case == self.cases => tasks[task as usize].ended = Some(answer),
                Some(_) => {}
                None => {
                    self.poisoned = true;
                    break;
                }
            }
        }
        Ok(())
    }

    /// POST `path` and read its answer.
    fn post(&mut self, path: &str, body: &[u8], deadline: Instant) -> Result<Answer, EngineError> {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.server.post_to(path, body, left) {
            Ok((status, reply)) => Ok(Answer::of(status, &reply)),
            Err(WireFailure::Timeout) => Err(EngineError::Timeout(left)),
            Err(f) => Err(EngineError::Crash(format!("{f:?}"))),
        }
    }

    /// POST `path` on a connection of its own and wait up to [`HANG`] for
    /// its answer (`None`: a hung request).
    fn post_within(&mut self, path: &str, body: &[u8]) -> Result<Option<Answer>, EngineError> {
        match requests::post_within(self.server.port(), path, body, HANG) {
            Ok(answer) => Ok(answer.map(|(status, reply)| Answer::of(status, &reply))),
            Err(e) => Err(EngineError::Crash(format!("{path}: {e}{}", self.server.output()))),
        }
    }

    /// Log a marker and read workerd's stdout up to it: the events logged
    /// before it, in the order the isolate logged them.
    ///
    /// `/sync` runs nothing of the program, yet the Worker can fail it: its
    /// instance broke at the request's own entry (under panic=unwind, after
    /// a poll's JS exception escaped the futures queue, `future_to_promise`
    /// traps allocating the request's task; docs/guest.md). The marker is
    /// then never logged, so waiting for it would end at the case's
    /// deadline. The trap aborted the instance and the abort hook scheduled
    /// a reinit, so a second marker runs on a fresh instance, and the break
    /// shows in the trace as the reset the next request logs; a second
    /// failure is the engine's.
    fn sync(&mut self, deadline: Instant) -> Result<Vec<Event>, EngineError> {
        self.syncs += 1;
        if !matches!(self.post(&format!("/sync/{}", self.syncs), &[], deadline)?, Answer::Text(_)) {
            self.syncs += 1;
            let n = self.syncs;
            if !matches!(self.post(&format!("/sync/{n}"), &[], deadline)?, Answer::Text(_)) {
                return Err(EngineError::Crash(format!("the Worker failed /sync/{} and /sync/{n}, which run no program code{}", n - 1, self.server.output())));
            }
        }
        let n = self.syncs;
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
