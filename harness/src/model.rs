//! The reference model: an interpreter of programs written directly from the
//! recovery protocol of DESIGN.md §1. It predicts the trace without compiling
//! anything, so it shares no code path with the compiler or either glue: it is
//! the independent voter of the oracle.
//!
//! Control transfer is explicit. Inside Wasm an unwinding frame carries a
//! [`Unwind`]; inside the host an error is a [`HostError`]. The two glue
//! boundaries (import wrapper, export wrapper + host call guard) are the only
//! places that translate one into the other.

use crate::program::*;
use crate::trace::{AbortCause, Event, Failure, Outcome, Trace, TrapKind};

/// Something unwinding through Wasm frames.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unwind {
    /// A Rust panic (`$panic` tag).
    Panic(i32),
    /// A host error rethrown under `$wrapped` (a `PanicError` or foreign value).
    Wrapped(HostValue),
    /// A trap: no Wasm handler ever sees it.
    Trap(TrapKind),
}

/// A value the host can throw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HostValue {
    PanicError(i32),
    Foreign(i32),
    Terminated,
    Stale,
}

/// An exception propagating through host code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HostError {
    Value(HostValue),
    Trap(TrapKind),
}

impl HostError {
    fn failure(self) -> Failure {
        match self {
            HostError::Value(HostValue::PanicError(p)) => Failure::Panic(p),
            HostError::Value(HostValue::Foreign(v)) => Failure::Foreign(v),
            HostError::Value(HostValue::Terminated) => Failure::Terminated,
            HostError::Value(HostValue::Stale) => Failure::Stale,
            HostError::Trap(k) => Failure::Trap(k),
        }
    }
}

/// One instance: what lives in its linear memory plus the glue's per-instance
/// bookkeeping.
#[derive(Clone, Debug)]
struct Instance {
    state: i32,
    terminated: bool,
    hook_fired: bool,
    handles_made: i32,
}

/// The model ran out of fuel: the program is larger than validation allows.
#[derive(Debug, thiserror::Error)]
#[error("model: program exceeded {0} events")]
pub struct TooLong(pub usize);

/// Points where a binding's implemented behaviour differs from DESIGN.md §1
/// on what §1 leaves to the binding: each one a declared profile entry (with
/// its reason and source, `guest::profile`), applied here for that binding.
/// The default is §1 itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    /// The abort hook fires at every export boundary a trap crosses, not
    /// once per abort.
    pub hook_every_boundary: bool,
    /// An abort marks (and hooks) the current instance, not the one the
    /// failing call entered.
    pub abort_marks_current: bool,
    /// The stale-handle check runs before the call guard.
    pub stale_before_guard: bool,
    /// The host's `ScheduleReinit` is a guarded export call.
    pub host_reinit_is_guarded_call: bool,
    /// A trap leaving an import comes back as `unreachable` when the
    /// importing instance's flag is set (legacy EH only; see `for_encoding`).
    pub trap_through_import_is_unreachable: bool,
}

/// Predict the trace of a validated program.
pub fn run(program: &Program) -> Result<Trace, TooLong> {
    run_with(program, Profile::default())
}

/// Predict the trace of a validated program under a binding's profile.
pub fn run_with(program: &Program, profile: Profile) -> Result<Trace, TooLong> {
    let mut m = Model {
        profile,
        p: program,
        trace: Vec::new(),
        instances: vec![],
        current: 0,
        reinit_scheduled: false,
        handle_epochs: Vec::new(),
    };
    m.instances.push(m.fresh_instance());
    for (n, step) in program.driver.iter().enumerate() {
        m.driver_step(n, *step);
        if m.trace.len() > limits::MAX_EVENTS as usize {
            return Err(TooLong(m.trace.len()));
        }
    }
    Ok(Trace(m.trace))
}

fn outcome(r: Result<i32, HostError>) -> Outcome {
    match r {
        Ok(v) => Outcome::Value(v),
        Err(e) => Outcome::Failed(e.failure()),
    }
}

struct Model<'p> {
    profile: Profile,
    p: &'p Program,
    trace: Vec<Event>,
    /// Every instance ever made; the index is its epoch.
    instances: Vec<Instance>,
    current: usize,
    reinit_scheduled: bool,
    /// The epoch each driver-made handle belongs to (`None`: its constructor failed).
    handle_epochs: Vec<Option<usize>>,
}

type WasmResult = Result<(), Unwind>;

impl<'p> Model<'p> {
    fn fresh_instance(&self) -> Instance {
        Instance { state: self.p.state_init, terminated: false, hook_fired: false, handles_made: 0 }
    }

    fn log(&mut self, e: Event) {
        self.trace.push(e);
    }

    // ---------------- driver ----------------

    fn driver_step(&mut self, n: usize, step: DriverStep) {
        let outcome = match step {
            DriverStep::Call { export } => outcome(self.call_export(export, None)),
            DriverStep::Reset => {
                self.reset();
                Outcome::Done
            }
            DriverStep::NewHandle => {
                let r = self.call_builtin(|inst| {
                    inst.handles_made += 1;
                    inst.handles_made
                });
                self.handle_epochs.push(r.ok().map(|_| self.current));
                outcome(r)
            }
            DriverStep::CallHandle { handle, export } => match self.handle_epochs[handle as usize] {
                None => Outcome::NoHandle,
                Some(epoch) => outcome(self.call_export(export, Some(epoch))),
            },
            DriverStep::ReadState => outcome(self.call_builtin(|inst| inst.state)),
        };
        self.log(Event::Outcome { step: n as i32, outcome });
    }

    // ---------------- host glue ----------------


    /// The call guard that runs before every call into an export.
    fn call_guard(&mut self) -> Result<(), HostError> {
        let cur = self.current;
        if self.instances[cur].terminated {
            if !self.instances[cur].hook_fired {
                self.fire_hook(cur);
            }
            if !self.reinit_scheduled {
                return Err(HostError::Value(HostValue::Terminated));
            }
            self.reset();
        } else if self.reinit_scheduled {
            self.reset();
        }
        Ok(())
    }

    fn fire_hook(&mut self, epoch: usize) {
        self.instances[epoch].hook_fired = true;
        self.log(Event::Hook { epoch: epoch as i32 });
        if self.p.hook == HookPolicy::Reinit {
            self.reinit_scheduled = true;
        }
    }

    fn reset(&mut self) {
        self.instances.push(self.fresh_instance());
        self.current = self.instances.len() - 1;
        self.reinit_scheduled = false;
        self.log(Event::Reset { epoch: self.current as i32 });
    }

    /// Call export `e<export>` through the glue; `handle` is the epoch of the
    /// handle it is called on, if any.
    fn call_export(&mut self, export: u32, handle: Option<usize>) -> Result<i32, HostError> {
        let stale = |m: &Self| handle.is_some_and(|epoch| epoch != m.current);
        if self.profile.stale_before_guard && stale(self) {
            return Err(HostError::Value(HostValue::Stale));
        }
        self.call_guard()?;
        if !self.profile.stale_before_guard && stale(self) {
            return Err(HostError::Value(HostValue::Stale));
        }
        let inst = self.current;
        match self.export_wrapper(inst, export) {
            Ok(v) => Ok(v),
            Err(Unwind::Wrapped(v)) => Err(HostError::Value(v)),
            Err(Unwind::Trap(k)) => {
                let marked = if self.profile.abort_marks_current { self.current } else { inst };
                self.instances[marked].terminated = true;
                if !self.instances[marked].hook_fired || self.profile.hook_every_boundary {
                    self.fire_hook(marked);
                }
                Err(HostError::Trap(k))
            }
            Err(Unwind::Panic(_)) => unreachable!("the export wrapper catches every panic"),
        }
    }

    /// A built-in export (`__read_state`, `__new_handle`): guarded, cannot fail.
    fn call_builtin(&mut self, f: impl FnOnce(&mut Instance) -> i32) -> Result<i32, HostError> {
        self.call_guard()?;
        let cur = self.current;
        Ok(f(&mut self.instances[cur]))
    }

    // ---------------- host steps ----------------

    fn host_import(&mut self, import: u32) -> Result<(), HostError> {
        self.log(Event::HostEnter { import: import as i32 });
        let p = self.p;
        self.host_steps(&p.imports[import as usize].body)?;
        self.log(Event::HostExit { import: import as i32 });
        Ok(())
    }

    fn host_steps(&mut self, steps: &'p [HostStep]) -> Result<(), HostError> {
        for step in steps {
            match step {
                HostStep::CallExport { export } => {
                    let value = self.call_export(*export, None)?;
                    self.log(Event::HostReturn { export: *export as i32, value });
                }
                HostStep::Throw { value } => {
                    self.log(Event::Throw { value: *value });
                    return Err(HostError::Value(HostValue::Foreign(*value)));
                }
                HostStep::Try { body, on_catch } => {
                    if let Err(e) = self.host_steps(body) {
                        self.log(Event::Catch { failure: e.failure() });
                        match on_catch {
                            OnCatch::Swallow => {}
                            OnCatch::Rethrow => return Err(e),
                            OnCatch::RethrowWrapped { value } => {
                                self.log(Event::Throw { value: *value });
                                return Err(HostError::Value(HostValue::Foreign(*value)));
                            }
                        }
                    }
                }
                HostStep::Terminate => {
                    let cur = self.current;
                    self.instances[cur].terminated = true;
                    self.log(Event::Terminate { epoch: cur as i32 });
                }
                HostStep::ScheduleReinit => {
                    self.log(Event::ScheduleReinit);
                    if self.profile.host_reinit_is_guarded_call {
                        self.call_guard()?;
                    }
                    self.reinit_scheduled = true;
                }
            }
        }
        Ok(())
    }

    // ---------------- Wasm ----------------

    /// The export wrapper: run the body, return the state, turn an escaping
    /// panic into a `PanicError` under `$wrapped`.
    fn export_wrapper(&mut self, inst: usize, export: u32) -> Result<i32, Unwind> {
        match self.body(inst, export) {
            Ok(()) => Ok(self.instances[inst].state),
            Err(Unwind::Panic(p)) => Err(Unwind::Wrapped(HostValue::PanicError(p))),
            Err(other) => Err(other),
        }
    }

    /// The import wrapper: call the host, then on every path out check the
    /// `terminated` flag of this instance.
    fn import_wrapper(&mut self, inst: usize, import: u32) -> WasmResult {
        let r = self.host_import(import);
        let terminated = self.instances[inst].terminated;
        match r {
            Ok(()) if terminated => Err(Unwind::Trap(TrapKind::Unreachable)),
            Ok(()) => Ok(()),
            Err(HostError::Value(_)) if terminated => Err(Unwind::Trap(TrapKind::Unreachable)),
            Err(HostError::Value(v)) => Err(Unwind::Wrapped(v)),
            Err(HostError::Trap(_)) if terminated && self.profile.trap_through_import_is_unreachable => {
                Err(Unwind::Trap(TrapKind::Unreachable))
            }
            // Traps pass host frames and Wasm frames untouched.
            Err(HostError::Trap(k)) => Err(Unwind::Trap(k)),
        }
    }

    fn body(&mut self, inst: usize, func: u32) -> WasmResult {
        let epoch = inst as i32;
        self.log(Event::Enter { epoch, func: func as i32 });
        let p = self.p;
        self.steps(inst, &p.exports[func as usize].body)?;
        self.log(Event::Exit { epoch, func: func as i32 });
        Ok(())
    }

    /// Run a scope: its steps, then drop its live guards in reverse order —
    /// normally, or as landing pads while unwinding, or not at all on a trap.
    fn steps(&mut self, inst: usize, steps: &'p [WasmStep]) -> WasmResult {
        let epoch = inst as i32;
        let mut live: Vec<(u32, DropBehavior)> = Vec::new();
        let mut result = Ok(());
        for step in steps {
            result = match step {
                WasmStep::Guard { id, drop } => {
                    self.log(Event::GuardNew { epoch, id: *id as i32 });
                    live.push((*id, *drop));
                    Ok(())
                }
                WasmStep::Scope(body) => self.steps(inst, body),
                WasmStep::CallImport(k) => self.import_wrapper(inst, *k),
                WasmStep::CallWasm(j) => self.body(inst, *j),
                WasmStep::Panic(p) => {
                    self.log(Event::Panic { epoch, payload: *p });
                    Err(Unwind::Panic(*p))
                }
                WasmStep::CatchUnwind { body, handler } => match self.steps(inst, body) {
                    Err(Unwind::Panic(p)) => {
                        self.log(Event::Caught { epoch, payload: p });
                        self.steps(inst, handler)
                    }
                    other => other,
                },
                WasmStep::Abort(kind) => {
                    self.log(Event::Abort { epoch, cause: AbortCause::Step(*kind) });
                    Err(Unwind::Trap(TrapKind::of_abort(*kind)))
                }
                WasmStep::AddState(n) => {
                    let s = &mut self.instances[inst].state;
                    *s = s.wrapping_add(*n);
                    let value = *s;
                    self.log(Event::State { epoch, value });
                    Ok(())
                }
                WasmStep::ScheduleReinit => {
                    self.reinit_scheduled = true;
                    self.log(Event::ScheduleReinit);
                    Ok(())
                }
            };
            if result.is_err() {
                break;
            }
        }
        while let Some((id, drop)) = live.pop() {
            match result {
                Err(Unwind::Trap(_)) => return result,
                Ok(()) => {
                    self.log(Event::GuardDrop { epoch, id: id as i32 });
                    if let DropBehavior::Panics(p) = drop {
                        self.log(Event::Panic { epoch, payload: p });
                        result = Err(Unwind::Panic(p));
                    }
                }
                Err(_) => {
                    self.log(Event::GuardDrop { epoch, id: id as i32 });
                    if let DropBehavior::Panics(p) = drop {
                        self.log(Event::Panic { epoch, payload: p });
                        self.log(Event::Abort { epoch, cause: AbortCause::PanicInDrop });
                        return Err(Unwind::Trap(TrapKind::Unreachable));
                    }
                }
            }
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oracle::properties;
    use crate::program::gen::{case_program, GenConfig};

    /// The model and the oracle's single-trace property checks are written
    /// independently; the model's traces must satisfy them.
    #[test]
    fn model_traces_satisfy_the_single_trace_properties() {
        let cfg = GenConfig::default();
        for i in 0..3000 {
            let p = case_program(21, i, &cfg);
            let t = run(&p).unwrap();
            if let Some(v) = properties::intrinsic(&t.0) {
                panic!("case {i}: {v:?}\n{}\n{t}", crate::text::print(&p));
            }
            // one outcome per driver step, in order
            let steps: Vec<i32> =
                t.0.iter().filter_map(|e| if let Event::Outcome { step, .. } = e { Some(*step) } else { None }).collect();
            assert_eq!(steps, (0..p.driver.len() as i32).collect::<Vec<_>>());
        }
    }

    fn parse(src: &str) -> Program {
        crate::text::parse(src).unwrap()
    }

    #[test]
    fn panicking_destructor_while_unwinding_aborts() {
        let t = run(&parse("export e0 { guard 1 panics 7 panic 3 } driver { call e0 call e0 }")).unwrap();
        let s = t.to_string();
        assert!(s.contains("[0] panic 3\n[0] guard- 1\n[0] panic 7\n[0] abort panic_in_drop\nhook [0]\ndriver[0] => aborted(unreachable)\ndriver[1] => terminated"), "{s}");
    }

    #[test]
    fn panicking_destructor_on_normal_exit_is_a_panic() {
        let t = run(&parse("export e0 { guard 1 guard 2 panics 7 } driver { call e0 read_state }")).unwrap();
        let s = t.to_string();
        assert!(s.contains("[0] guard- 2\n[0] panic 7\n[0] guard- 1\ndriver[0] => panic(7)\ndriver[1] => ok(0)"), "{s}");
    }

    #[test]
    fn reinit_from_hook_gives_fresh_state_and_stale_handles() {
        let src = "state 4 hook reinit export e0 { add_state 1 } export e1 { abort oob }
                   driver { new_handle call e0 call e1 call_handle 0 e0 call e0 }";
        let s = run(&parse(src)).unwrap().to_string();
        assert!(s.contains("driver[1] => ok(5)"), "{s}");
        assert!(s.contains("hook [0]\ndriver[2] => aborted(oob)\nreset -> [1]\ndriver[3] => stale\n[1] enter e0\n[1] state 5"), "{s}");
    }
}
