//! Tasks (issue 13, docs/protocol.md 16-22): a `spawn` calls an async export
//! through the glue, which returns the task's promise; the task runs until
//! its first `await` suspends it. A `resolve` / `reject` settles the promise
//! it awaits and resumes it through the glue's resumption entry, which
//! checks the instance like a call on an object bound to the task's epoch:
//! the call guard (a terminated instance refuses: the task fails as
//! terminated, no Wasm of it runs), then the stale check (a task of an old
//! epoch fails as stale). Every way a task ends settles its promise once.
//! When the driver is done it resolves whatever tasks still await, in task
//! order, until none does.

use super::wasm::{Frame, Stop};
use super::{outcome, HostError, HostValue, Model};
use crate::coverage::ProtocolPath;
use crate::trace::{Event, Outcome};

/// A spawned task.
pub(super) struct Task<'p> {
    /// The instance it runs on.
    epoch: usize,
    /// Its suspended frames while it awaits.
    frames: Vec<Frame<'p>>,
    /// It is suspended at an `await` whose promise has not settled.
    awaiting: bool,
}

impl<'p> Model<'p> {
    /// `spawn e<export>`: the call guard, then the body up to its first
    /// `await` (or its end). The step's outcome.
    pub(super) fn spawn(&mut self, export: u32) -> Outcome {
        let t = self.tasks.len();
        let inst = match self.enter(None) {
            Ok(inst) => inst,
            Err(e) if self.profile.spawn_refusal_rejects => {
                self.tasks.push(None);
                self.settle(t, Err(e));
                return Outcome::Task(t as i32);
            }
            Err(e) => {
                self.tasks.push(None);
                return Outcome::Failed(e.failure());
            }
        };
        self.log(Event::TaskStart { task: t as i32 });
        let frames = self.start_body(inst, export);
        self.tasks.push(Some(Task { epoch: inst, frames, awaiting: false }));
        self.run_task(t, Ok(()));
        Outcome::Task(t as i32)
    }

    /// `resolve t<task>` (`rejection: None`) or `reject t<task> v`.
    pub(super) fn settle_await(&mut self, task: u32, rejection: Option<i32>) -> Outcome {
        let t = task as usize;
        match &mut self.tasks[t] {
            Some(task) if task.awaiting => task.awaiting = false,
            _ => return Outcome::NotAwaiting,
        }
        self.resume(t, rejection);
        Outcome::Done
    }

    /// The resumption entry of task `t`, whose promise just settled.
    fn resume(&mut self, t: usize, rejection: Option<i32>) {
        let epoch = self.tasks[t].as_ref().expect("an awaiting task").epoch;
        if self.profile.resumption_unguarded {
            return self.resume_stack(t, epoch, rejection);
        }
        let inst = match self.enter(Some(epoch)) {
            Ok(inst) => inst,
            Err(e) => {
                self.took(match e.failure() {
                    crate::trace::Failure::Stale => ProtocolPath::ResumeStale,
                    _ => ProtocolPath::ResumeTerminated,
                });
                return self.settle(t, Err(e));
            }
        };
        self.took(ProtocolPath::Resume);
        self.log(Event::TaskResumes { task: t as i32 });
        // The await's import wrapper gets the settlement: a rejection is a
        // host exception thrown at the await (protocol.md 17).
        let r = match rejection {
            None => Ok(()),
            Some(v) => Err(HostError::Value(HostValue::Foreign(v), false)),
        };
        let flow = self.import_return(inst, r);
        self.run_task(t, flow);
    }

    /// The resumption of task `t` as its own suspended stack on instance
    /// `inst` (profile `resumption_unguarded`): the await's import wrapper
    /// gets the settlement straight away; on a terminated instance it traps
    /// before the task's code sees it.
    fn resume_stack(&mut self, t: usize, inst: usize, rejection: Option<i32>) {
        let terminated = self.instances[inst].terminated;
        self.took(if terminated { ProtocolPath::ResumeTerminated } else { ProtocolPath::Resume });
        if !terminated {
            self.log(Event::TaskResumes { task: t as i32 });
        }
        let r = match rejection {
            None => Ok(()),
            Some(v) => Err(HostError::Value(HostValue::Foreign(v), false)),
        };
        let flow = self.import_return(inst, r);
        self.run_task(t, flow);
    }

    /// Run task `t`'s frames from `flow` until it awaits or ends.
    fn run_task(&mut self, t: usize, flow: super::wasm::WasmResult) {
        let task = self.tasks[t].as_mut().expect("a spawned task");
        let (inst, mut frames) = (task.epoch, std::mem::take(&mut task.frames));
        let end = match self.run_frames(inst, &mut frames, flow) {
            Ok(Stop::Awaiting) => {
                self.log(Event::TaskAwaits { task: t as i32 });
                let task = self.tasks[t].as_mut().expect("a spawned task");
                task.frames = frames;
                task.awaiting = true;
                return;
            }
            Ok(Stop::Done) => Ok(()),
            Err(u) => Err(u),
        };
        let r = self.export_result(inst, end);
        let r = self.boundary(inst, r);
        self.settle(t, r);
    }

    fn settle(&mut self, t: usize, r: Result<i32, HostError>) {
        self.log(Event::TaskSettled { task: t as i32, outcome: outcome(r) });
    }

    /// The driver is done: fulfil every promise a task still awaits, in
    /// task order, until none awaits (each resumption gets further through a
    /// finite body).
    pub(super) fn end_of_driver(&mut self) {
        loop {
            let mut resumed = false;
            for t in 0..self.tasks.len() {
                if matches!(&self.tasks[t], Some(task) if task.awaiting) {
                    self.log(Event::EndResolve { task: t as i32 });
                    self.settle_await(t as u32, None);
                    resumed = true;
                }
            }
            if !resumed {
                return;
            }
        }
    }
}
