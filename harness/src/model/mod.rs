//! The reference model: an interpreter of programs written directly from the
//! recovery protocol of DESIGN.md §1 (and the decisions of docs/protocol.md).
//! It predicts the trace without compiling anything, so it shares no code
//! path with the compiler or either glue: it is the independent voter of the
//! oracle.
//!
//! Control transfer is explicit. Inside Wasm an unwinding frame carries an
//! [`Unwind`]; inside the host an error is a [`HostError`]. The two glue
//! boundaries (import wrapper, export wrapper + host call guard) are the only
//! places that translate one into the other; [`run_counting`] also counts
//! which of their paths each call took ([`crate::coverage`]).
//!
//! Layout: this file holds the driver, the host glue and the host steps;
//! [`wasm`] runs Wasm bodies as a machine of explicit frames, so that a task
//! ([`tasks`]: async exports, docs/protocol.md 16-22) can suspend at an
//! `await` in the middle of its scopes and be resumed later. [`closures`]
//! is the closure entry (docs/protocol.md 23-26).

mod closures;
mod tasks;
mod wasm;

use crate::coverage::{Coverage, ProtocolPath};
use crate::program::*;
use crate::trace::{Event, Failure, Outcome, Trace, TrapKind};

/// A Wasm exception under a tag other than `$wrapped` (docs/protocol.md 9-12).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Exn {
    /// `Panic`, `ForeignPanic` or `UnknownTag`.
    tag: ExnTag,
    /// For `Panic`: the epoch of the instance whose `$panic` it is.
    epoch: usize,
    payload: i32,
}

/// Something unwinding through Wasm frames.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unwind {
    /// A Rust panic (the instance's own `$panic` tag).
    Panic(i32),
    /// A host error rethrown under `$wrapped` (a `PanicError` or foreign value).
    Wrapped(HostValue),
    /// An exception under another tag: foreign to this instance.
    Exception(Exn),
    /// A trap: no Wasm handler ever sees it.
    Trap(TrapKind),
    /// A Rust panic whose payload is a JS value (`panic_any(v)`,
    /// docs/protocol.md 35): landing pads run, `catch_unwind` catches it, the
    /// export boundary hands on the value itself.
    PanicValue(HostValue),
    /// wasm-bindgen's critical error (panic=abort, profile P7): a JS
    /// exception of the glue's own, made at an import wrapper from the
    /// host's; it runs no landing pad (there are none) and aborts the
    /// instance at the export boundary.
    Critical(HostValue),
}

/// A value the host can throw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HostValue {
    PanicError(i32),
    Foreign(i32),
    Terminated,
    Stale,
    /// A critical error (profile P7), its cause packed (`Failure::critical`).
    Critical(i32),
    /// The refusal of a closure Wasm dropped.
    Dropped,
    /// The refusal of a once closure called again.
    CalledTwice,
}

/// An exception propagating through host code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HostError {
    /// A JS value. `from_call`: the glue unwrapped it from a `$wrapped`
    /// exception that left an export, so `catch raw` has that exception to
    /// rethrow.
    Value(HostValue, bool),
    /// A `$wrapped` exception object itself (thrown raw), carrying a value.
    Wrapped(HostValue),
    /// A Wasm exception under another tag.
    Exception(Exn),
    Trap(TrapKind),
}

fn value_failure(v: HostValue) -> Failure {
    match v {
        HostValue::PanicError(p) => Failure::Panic(p),
        HostValue::Foreign(v) => Failure::Foreign(v),
        HostValue::Terminated => Failure::Terminated,
        HostValue::Stale => Failure::Stale,
        HostValue::Critical(packed) => Failure::Critical(packed),
        HostValue::Dropped => Failure::Dropped,
        HostValue::CalledTwice => Failure::CalledTwice,
    }
}

impl HostError {
    fn failure(self) -> Failure {
        match self {
            // A host catch sees a `$wrapped` exception as its payload (protocol.md 13).
            HostError::Value(v, _) | HostError::Wrapped(v) => value_failure(v),
            HostError::Exception(x) => Failure::exception(x.tag, x.payload).expect("never $wrapped"),
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
    /// Memory size in pages.
    pages: u32,
    /// The high cell (the first word of grown memory).
    high: i32,
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
    /// The stale-handle check also runs before the call guard.
    pub stale_before_guard: bool,
    /// The host's `ScheduleReinit` is a guarded export call.
    pub host_reinit_is_guarded_call: bool,
    /// A trap leaving an import comes back as `unreachable` when the
    /// importing instance's flag is set (legacy EH only; see `for_encoding`).
    pub trap_through_import_is_unreachable: bool,
    /// A panic reaching an aborting closure's edge is not an abort there:
    /// it leaves the closure as the instance's own Rust panic exception,
    /// which the boundary aborts on as on any exception but `$wrapped`.
    pub aborting_closure_unwinds: bool,
    /// The Wasm side is built with `panic=abort` (docs/protocol.md 28-30, 36):
    /// a panic is an abort, there are no landing pads, `catch_unwind`
    /// catches nothing, and a host exception reaching an import wrapper
    /// aborts there. Not a binding's divergence: the lane's strategy.
    pub panic_abort: bool,
    /// Under panic=abort, a host exception reaching an import wrapper is
    /// not an abort there: a JS value is rethrown as a critical error
    /// (`Error("Critical error", { cause })`), any other exception
    /// unchanged, and it unwinds the Rust frames (no landing pads) to the
    /// export boundary, which aborts the instance on it.
    pub host_exception_unwinds_to_the_glue: bool,
    /// The abort hook schedules a reinit whatever the program's hook
    /// policy: the next call's guard resets instead of refusing the call.
    pub abort_hook_schedules_reinit: bool,
    /// The binding cannot observe the abort hook: it fires (and does what
    /// it does) unlogged.
    pub hook_unobserved: bool,
    /// A panic whose payload is a JS value (`panic_any(v)`) leaves an export
    /// as a `PanicError` whose message is the value's string, not as the
    /// value itself: the caller sees a `PanicError` without a program
    /// payload (`panic(-1)`).
    pub panic_value_is_panic_error: bool,
    /// A task resumes as its own suspended Wasm stack (wasm-bindgen's
    /// JSPI), with no glue entry in between: no call guard and no stale
    /// check; it runs on its own instance, and where that one is terminated
    /// the await's import wrapper traps (`unreachable`) at the resumption.
    pub resumption_unguarded: bool,
    /// A refused spawn (the call guard's `terminated`) is the rejection of
    /// the task's promise: the spawn yields the task, which settles so.
    pub spawn_refusal_rejects: bool,
    /// A handle of an old instance is not stale: a method call on it,
    /// after the call guard, constructs its object again on the current
    /// instance (counting a handle there) and goes on with it.
    pub handle_constructed_again: bool,
}

/// Predict the trace of a validated program.
pub fn run(program: &Program) -> Result<Trace, TooLong> {
    run_with(program, Profile::default())
}

/// Predict the trace of a validated program under a binding's profile.
pub fn run_with(program: &Program, profile: Profile) -> Result<Trace, TooLong> {
    run_counting(program, profile).map(|(t, _)| t)
}

/// Predict the trace of a validated program under a binding's profile, and
/// count the protocol paths its calls take.
pub fn run_counting(program: &Program, profile: Profile) -> Result<(Trace, Coverage), TooLong> {
    let mut m = Model {
        profile,
        p: program,
        trace: Vec::new(),
        instances: vec![],
        current: 0,
        reinit_scheduled: false,
        handle_epochs: Vec::new(),
        tasks: Vec::new(),
        closures: Vec::new(),
        newest_closure: Default::default(),
        paths: Coverage::default(),
    };
    m.instances.push(m.fresh_instance());
    for (n, step) in program.driver.iter().enumerate() {
        m.driver_step(n, *step);
        if m.trace.len() > limits::MAX_EVENTS as usize {
            return Err(TooLong(m.trace.len()));
        }
    }
    m.end_of_driver();
    if m.trace.len() > limits::MAX_EVENTS as usize {
        return Err(TooLong(m.trace.len()));
    }
    Ok((Trace(m.trace), m.paths))
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
    /// Every task by number (`None`: its spawn was refused).
    tasks: Vec<Option<tasks::Task<'p>>>,
    /// Every closure the host was handed, by number.
    closures: Vec<closures::Closure>,
    /// The host's newest closure per export.
    newest_closure: std::collections::HashMap<u32, usize>,
    paths: Coverage,
}

impl<'p> Model<'p> {
    fn fresh_instance(&self) -> Instance {
        Instance {
            state: self.p.state_init,
            terminated: false,
            hook_fired: false,
            handles_made: 0,
            pages: self.p.memory.initial,
            high: 0,
        }
    }

    fn log(&mut self, e: Event) {
        self.trace.push(e);
    }

    fn took(&mut self, path: ProtocolPath) {
        self.paths[path] += 1;
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
                Some(_) if self.profile.handle_constructed_again => outcome(self.call_constructing_again(handle, export)),
                Some(epoch) => outcome(self.call_export(export, Some(epoch))),
            },
            DriverStep::ReadState => outcome(self.call_builtin(|inst| inst.state)),
            DriverStep::Spawn { export } => self.spawn(export),
            DriverStep::Resolve { task } => self.settle_await(task, None),
            DriverStep::Reject { task, value } => self.settle_await(task, Some(value)),
            DriverStep::Invoke { export } => self.invoke(export).map_or(Outcome::NoClosure, outcome),
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
                self.took(ProtocolPath::GuardTerminated);
                return Err(HostError::Value(HostValue::Terminated, false));
            }
            self.took(ProtocolPath::GuardTerminatedReinit);
            self.reset();
        } else if self.reinit_scheduled {
            self.took(ProtocolPath::GuardReinit);
            self.reset();
        }
        Ok(())
    }

    fn fire_hook(&mut self, epoch: usize) {
        self.instances[epoch].hook_fired = true;
        if !self.profile.hook_unobserved {
            self.log(Event::Hook { epoch: epoch as i32 });
        }
        if self.p.hook == HookPolicy::Reinit || self.profile.abort_hook_schedules_reinit {
            self.reinit_scheduled = true;
        }
    }

    fn reset(&mut self) {
        self.instances.push(self.fresh_instance());
        self.current = self.instances.len() - 1;
        self.reinit_scheduled = false;
        self.log(Event::Reset { epoch: self.current as i32 });
    }

    /// The instance an abort leaving a call that entered `inst` marks: that
    /// one, or under profile P2 the current one.
    fn marked_by_abort(&self, inst: usize) -> usize {
        if self.profile.abort_marks_current {
            self.current
        } else {
            inst
        }
    }

    /// Abort an instance at an export boundary (the glue after an error that
    /// is not recoverable): set its flag, fire its hook once (under profile
    /// P1 at every boundary).
    fn abort_at_boundary(&mut self, inst: usize) {
        self.instances[inst].terminated = true;
        if !self.instances[inst].hook_fired || self.profile.hook_every_boundary {
            self.fire_hook(inst);
        }
    }

    /// The glue's checks before entering Wasm: the call guard and, for an
    /// object bound to an epoch (a handle, a task), the stale check after
    /// it; under profile P3 the binding checks once more before the guard.
    /// Whatever the order, an object whose instance the guard replaced is
    /// stale: nothing runs with pointers into an instance that is gone
    /// (wasm-bindgen's F5 and F9 are where it does not hold). The instance
    /// to enter.
    fn enter(&mut self, bound_to: Option<usize>) -> Result<usize, HostError> {
        let stale = |m: &Self| bound_to.is_some_and(|epoch| epoch != m.current);
        if self.profile.stale_before_guard && stale(self) {
            self.took(ProtocolPath::GuardStale);
            return Err(HostError::Value(HostValue::Stale, false));
        }
        self.call_guard()?;
        if stale(self) {
            self.took(ProtocolPath::GuardStale);
            return Err(HostError::Value(HostValue::Stale, false));
        }
        Ok(self.current)
    }

    /// Call export `e<export>` through the glue; `handle` is the epoch of the
    /// handle it is called on, if any.
    fn call_export(&mut self, export: u32, handle: Option<usize>) -> Result<i32, HostError> {
        let inst = self.enter(handle)?;
        let r = self.export_wrapper(inst, export);
        self.boundary(inst, r)
    }

    /// Call export `e<export>` as a method of `handle` under
    /// `handle_constructed_again`: past the call guard, a handle of an
    /// older instance is constructed again on the current one (a handle
    /// made there, unlogged) instead of refused as stale.
    fn call_constructing_again(&mut self, handle: u32, export: u32) -> Result<i32, HostError> {
        let inst = self.enter(None)?;
        if self.handle_epochs[handle as usize] != Some(inst) {
            self.instances[inst].handles_made += 1;
            self.handle_epochs[handle as usize] = Some(inst);
        }
        let r = self.export_wrapper(inst, export);
        self.boundary(inst, r)
    }

    /// The glue after a call into `inst` ended with `r` (from the export
    /// wrapper): only `$wrapped` is recoverable, its payload goes on; any
    /// other exception and a trap abort the instance the call entered.
    fn boundary(&mut self, inst: usize, r: Result<i32, Unwind>) -> Result<i32, HostError> {
        match r {
            Ok(v) => Ok(v),
            Err(Unwind::Wrapped(v)) => {
                self.took(ProtocolPath::BoundaryWrapped);
                Err(HostError::Value(v, true))
            }
            // Any other exception is an abort; the host gets the exception itself.
            Err(Unwind::Exception(x)) => {
                self.took(ProtocolPath::BoundaryOther);
                let marked = self.marked_by_abort(inst);
                self.log(Event::Uncaught { epoch: marked as i32 });
                self.abort_at_boundary(marked);
                Err(HostError::Exception(x))
            }
            Err(Unwind::Trap(k)) => {
                self.took(ProtocolPath::BoundaryTrap);
                let marked = self.marked_by_abort(inst);
                self.abort_at_boundary(marked);
                Err(HostError::Trap(k))
            }
            // A JS exception, not a Wasm one: no `uncaught exception`.
            Err(Unwind::Critical(v)) => {
                self.took(ProtocolPath::BoundaryOther);
                let marked = self.marked_by_abort(inst);
                self.abort_at_boundary(marked);
                Err(HostError::Value(v, false))
            }
            Err(Unwind::Panic(_) | Unwind::PanicValue(_)) => unreachable!("the export wrapper catches every panic"),
        }
    }

    /// A built-in export (`__read_state`, `__new_handle`): guarded, cannot fail.
    fn call_builtin(&mut self, f: impl FnOnce(&mut Instance) -> i32) -> Result<i32, HostError> {
        self.call_guard()?;
        let cur = self.current;
        Ok(f(&mut self.instances[cur]))
    }

    // ---------------- host steps ----------------

    /// Import `h<import>`, called by instance `caller`.
    fn host_import(&mut self, caller: usize, import: u32) -> Result<(), HostError> {
        self.log(Event::HostEnter { import: import as i32 });
        let p = self.p;
        self.host_steps(caller, &p.imports[import as usize].body)?;
        self.log(Event::HostExit { import: import as i32 });
        Ok(())
    }

    fn host_steps(&mut self, caller: usize, steps: &'p [HostStep]) -> Result<(), HostError> {
        for step in steps {
            match step {
                HostStep::CallExport { export } => {
                    let value = self.call_export(*export, None)?;
                    self.log(Event::HostReturn { export: *export as i32, value });
                }
                HostStep::Throw { value } => {
                    self.log(Event::Throw { value: *value });
                    return Err(HostError::Value(HostValue::Foreign(*value), false));
                }
                HostStep::ThrowExn { tag, value } => {
                    self.log(Event::ThrowExn { tag: *tag, value: *value });
                    return Err(match tag {
                        ExnTag::Wrapped => HostError::Wrapped(HostValue::Foreign(*value)),
                        // This module's `$panic`: the calling instance's (protocol.md 10).
                        _ => HostError::Exception(Exn { tag: *tag, epoch: caller, payload: *value }),
                    });
                }
                HostStep::Try { body, on_catch } => {
                    if let Err(e) = self.host_steps(caller, body) {
                        self.log(Event::Catch { failure: e.failure() });
                        match on_catch {
                            OnCatch::Swallow => {}
                            OnCatch::Rethrow => return Err(e),
                            OnCatch::RethrowWrapped { value } => {
                                self.log(Event::Throw { value: *value });
                                return Err(HostError::Value(HostValue::Foreign(*value), false));
                            }
                            // The `$wrapped` exception the glue unwrapped, else the same.
                            OnCatch::RethrowRaw => {
                                return Err(match e {
                                    HostError::Value(v, true) => HostError::Wrapped(v),
                                    other => other,
                                })
                            }
                        }
                    }
                }
                HostStep::Invoke { export } => match self.invoke(*export) {
                    None => self.log(Event::NoClosure { export: *export as i32 }),
                    Some(r) => {
                        let value = r?;
                        self.log(Event::HostReturn { export: *export as i32, value });
                    }
                },
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
    fn host_wasm_exceptions_follow_the_protocol() {
        // Another module's panic: not caught by catch_unwind, pads run, an abort at the boundary.
        let s = run(&parse("export e0 { guard 1 catch_unwind { call h0 } handler { } } import h0 { throw foreign_panic 2 } driver { call e0 call e0 }"))
            .unwrap()
            .to_string();
        assert!(s.ends_with("host throw foreign_panic 2\n[0] guard- 1\nuncaught exception [0]\nhook [0]\ndriver[0] => foreign_panic(2)\ndriver[1] => terminated\n"), "{s}");
        // This module's own panic: a panic from the call site on.
        let s = run(&parse("export e0 { catch_unwind { call h0 } handler { add_state 1 } } import h0 { throw panic 3 } driver { call e0 }"))
            .unwrap()
            .to_string();
        assert!(s.ends_with("host throw panic 3\n[0] caught 3\n[0] state 1\n[0] exit e0\ndriver[0] => ok(1)\n"), "{s}");
        // $wrapped thrown raw: recoverable, the very value.
        let s = run(&parse("export e0 { call h0 } import h0 { throw wrapped 4 } driver { call e0 read_state }")).unwrap().to_string();
        assert!(s.ends_with("host throw wrapped 4\ndriver[0] => foreign(4)\ndriver[1] => ok(0)\n"), "{s}");
    }

    #[test]
    fn memory_grows_to_its_maximum_and_is_fresh_after_a_reset() {
        let p = parse("memory 1 2 export e0 { grow 1 add_high 2 } export e1 { grow 1 } driver { call e0 call e1 reset call e0 }");
        let s = run(&p).unwrap().to_string();
        assert!(s.contains("[0] memory 2\n[0] high 2\n[0] exit e0\ndriver[0] => ok(0)\n[0] enter e1\n[0] abort oom\nhook [0]\ndriver[1] => aborted(unreachable)"), "{s}");
        assert!(s.ends_with("reset -> [1]\ndriver[2] => done\n[1] enter e0\n[1] memory 2\n[1] high 2\n[1] exit e0\ndriver[3] => ok(0)\n"), "{s}");
        let s = run(&parse("export e0 { add_high 1 } driver { call e0 }")).unwrap().to_string();
        assert!(s.contains("[0] abort oob\nhook [0]\ndriver[0] => aborted(oob)"), "{s}");
    }

    #[test]
    fn paths_are_counted_where_they_are_taken() {
        use crate::coverage::ProtocolPath as P;
        let p = parse(
            "hook reinit export e0 { call h0 call h1 } export e1 { call h2 } export e2 { panic 1 }
             import h0 { } import h1 { try { call e1 } catch raw } import h2 { throw 5 }
             driver { new_handle call e0 reset call_handle 0 e0 }",
        );
        let (_, c) = run_counting(&p, Profile::default()).unwrap();
        assert_eq!((c[P::ImportReturn], c[P::ImportJsTag], c[P::ImportOther]), (1, 1, 1));
        assert_eq!((c[P::BoundaryWrapped], c[P::GuardStale]), (2, 1));
        let (_, c) = run_counting(&parse("export e0 { call h0 } import h0 { terminate throw unknown_tag 1 } driver { call e0 call e0 }"), Profile::default()).unwrap();
        assert_eq!((c[P::ImportOtherTerminated], c[P::BoundaryTrap], c[P::GuardTerminatedReinit], c[P::ImportOther]), (1, 1, 0, 0));
        assert_eq!(c[P::GuardTerminated], 1);
    }

    fn abort_profile(critical: bool) -> Profile {
        Profile { panic_abort: true, host_exception_unwinds_to_the_glue: critical, ..Profile::default() }
    }

    #[test]
    fn under_panic_abort_a_panic_is_an_abort_and_nothing_unwinds() {
        let p = parse("export e0 { guard 1 catch_unwind { guard 2 panic 3 } handler { add_state 1 } } driver { call e0 call e0 }");
        let s = run_with(&p, abort_profile(false)).unwrap().to_string();
        assert_eq!(s, "[0] enter e0\n[0] guard+ 1\n[0] guard+ 2\n[0] panic 3\n[0] abort panic\nhook [0]\ndriver[0] => aborted(unreachable)\ndriver[1] => terminated\n");
        // A destructor that panics on normal exit aborts too, dropping nothing more.
        let p = parse("export e0 { guard 1 guard 2 panics 7 } driver { call e0 }");
        let s = run_with(&p, abort_profile(false)).unwrap().to_string();
        assert!(s.ends_with("[0] guard- 2\n[0] panic 7\n[0] abort panic\nhook [0]\ndriver[0] => aborted(unreachable)\n"), "{s}");
    }

    #[test]
    fn under_panic_abort_a_host_exception_aborts_at_the_import_or_is_critical() {
        let p = parse("export e0 { guard 1 call h0 add_state 1 } import h0 { throw 5 } driver { call e0 call e0 }");
        let s = run_with(&p, abort_profile(false)).unwrap().to_string();
        assert!(s.ends_with("host throw 5\nhook [0]\ndriver[0] => aborted(unreachable)\ndriver[1] => terminated\n"), "{s}");
        let (s, c) = run_counting(&p, abort_profile(true)).unwrap();
        assert!(s.to_string().ends_with("host throw 5\nhook [0]\ndriver[0] => critical(foreign(5))\ndriver[1] => terminated\n"), "{s}");
        assert_eq!((c[ProtocolPath::ImportAbort], c[ProtocolPath::ImportJsTag]), (1, 0));
        // A Wasm exception unwinds to the boundary unchanged (P7).
        let p = parse("export e0 { guard 1 call h0 } import h0 { throw unknown_tag 2 } driver { call e0 }");
        let s = run_with(&p, abort_profile(true)).unwrap().to_string();
        assert!(s.ends_with("host throw unknown_tag 2\nuncaught exception [0]\nhook [0]\ndriver[0] => unknown_tag(2)\n"), "{s}");
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
