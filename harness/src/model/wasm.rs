//! The model's Wasm side: the export and import wrappers and the bodies,
//! run as a machine of explicit frames (one per block: a body, a scope, a
//! `catch_unwind`'s body or handler) rather than by recursion, so that a
//! task can stop at an `await` with its scopes and live guards kept in its
//! frames, and go on from there when it is resumed (`super::tasks`). A
//! synchronous body runs the same machine to the end.

use super::{HostError, Model, Unwind};
use crate::coverage::ProtocolPath;
use crate::program::*;
use crate::trace::{AbortCause, Event, TrapKind};

pub(super) type WasmResult = Result<(), Unwind>;

/// One block being run.
pub(super) struct Frame<'p> {
    steps: &'p [WasmStep],
    /// The next step.
    pc: usize,
    /// What this block made that its end drops, in order of construction.
    live: Vec<Live>,
    kind: FrameKind<'p>,
}

/// A value a block's end drops.
#[derive(Clone, Copy)]
enum Live {
    Guard(u32, DropBehavior),
    /// A borrowed closure (`ScopedClosure`), by its number.
    Closure(usize),
}

#[derive(Clone, Copy)]
enum FrameKind<'p> {
    /// A function body: `exit e<n>` when it ends normally.
    Body(u32),
    /// A scope, or a `catch_unwind` handler.
    Block,
    /// A `catch_unwind` body: a panic ending it runs the handler.
    Catching(&'p [WasmStep]),
}

impl<'p> Frame<'p> {
    fn new(steps: &'p [WasmStep], kind: FrameKind<'p>) -> Frame<'p> {
        Frame { steps, pc: 0, live: Vec::new(), kind }
    }
}

/// Where a machine stopped.
pub(super) enum Stop {
    /// Its frames all ended normally.
    Done,
    /// At an `await`: the task is suspended.
    Awaiting,
}

impl<'p> Model<'p> {
    /// The export wrapper: run the body, return the state, turn an escaping
    /// panic into a `PanicError` under `$wrapped`.
    pub(super) fn export_wrapper(&mut self, inst: usize, export: u32) -> Result<i32, Unwind> {
        let r = self.body(inst, export);
        self.export_result(inst, r)
    }

    /// What the export wrapper makes of a body's end.
    pub(super) fn export_result(&mut self, inst: usize, r: WasmResult) -> Result<i32, Unwind> {
        match r {
            Ok(()) => Ok(self.instances[inst].state),
            Err(Unwind::Panic(p)) => Err(Unwind::Wrapped(super::HostValue::PanicError(p))),
            // A JS value's panic: the value itself (docs/protocol.md 35), or
            // under profile P8 a PanicError without a program payload.
            Err(Unwind::PanicValue(_)) if self.profile.panic_value_is_panic_error => {
                Err(Unwind::Wrapped(super::HostValue::PanicError(crate::trace::LOST_PAYLOAD)))
            }
            Err(Unwind::PanicValue(v)) => Err(Unwind::Wrapped(v)),
            Err(other) => Err(other),
        }
    }

    /// The import wrapper: call the host; `$jstag` becomes `$wrapped`, any
    /// other exception goes on unchanged; on every path out the `terminated`
    /// flag of this instance is checked first.
    fn import_wrapper(&mut self, inst: usize, import: u32) -> WasmResult {
        let r = self.host_import(inst, import);
        self.import_return(inst, r)
    }

    /// The import wrapper's paths out, for what the host gave back: a
    /// return or a host error (also when a suspended `await` is resumed
    /// with its promise's settlement).
    pub(super) fn import_return(&mut self, inst: usize, r: Result<(), HostError>) -> WasmResult {
        let terminated = self.instances[inst].terminated;
        let r = match r {
            Err(e) if self.profile.panic_abort && !terminated && !matches!(e, HostError::Trap(_)) => {
                return self.abort_lane_import_exception(e)
            }
            r => r,
        };
        let (path, unwind) = match r {
            Ok(()) => (ProtocolPath::ImportReturn, None),
            // A JS value: caught by `catch $jstag`.
            Err(HostError::Value(v, _)) => (ProtocolPath::ImportJsTag, Some(Unwind::Wrapped(v))),
            // A `WebAssembly.Exception` is never `$jstag` (protocol.md 9).
            Err(HostError::Wrapped(v)) => (ProtocolPath::ImportOther, Some(Unwind::Wrapped(v))),
            Err(HostError::Exception(x)) => {
                let unwind = if x.tag == ExnTag::Panic && x.epoch == inst {
                    Unwind::Panic(x.payload)
                } else {
                    Unwind::Exception(x)
                };
                (ProtocolPath::ImportOther, Some(unwind))
            }
            // Traps pass host frames and Wasm frames untouched, except
            // where the binding's legacy JSTag polyfill wraps them (P5):
            // then a set flag traps again in this wrapper.
            Err(HostError::Trap(_)) if terminated && self.profile.trap_through_import_is_unreachable => {
                return Err(Unwind::Trap(TrapKind::Unreachable))
            }
            Err(HostError::Trap(k)) => return Err(Unwind::Trap(k)),
        };
        if terminated {
            self.took(match path {
                ProtocolPath::ImportReturn => ProtocolPath::ImportReturnTerminated,
                ProtocolPath::ImportJsTag => ProtocolPath::ImportJsTagTerminated,
                _ => ProtocolPath::ImportOtherTerminated,
            });
            return Err(Unwind::Trap(TrapKind::Unreachable));
        }
        self.took(path);
        unwind.map_or(Ok(()), Err)
    }

    /// The wrapper of a `catch` import (wasm-bindgen's catch wrapper,
    /// docs/protocol.md 34): a JS value (`$jstag`) is `Err(v)` once the flag
    /// is checked: no unwinding, the body goes on (or `panic_any(v)`s);
    /// anything else takes the import wrapper's paths.
    fn catch_return(&mut self, inst: usize, import: u32, panic: bool, r: Result<(), HostError>) -> WasmResult {
        let Err(HostError::Value(v, _)) = r else { return self.import_return(inst, r) };
        if self.instances[inst].terminated {
            self.took(ProtocolPath::CatchErrTerminated);
            return Err(Unwind::Trap(TrapKind::Unreachable));
        }
        self.took(ProtocolPath::CatchErr);
        let epoch = inst as i32;
        self.log(Event::ImportErr { epoch, import: import as i32 });
        if !panic {
            return Ok(());
        }
        self.log(Event::PanicValue { epoch });
        if self.profile.panic_abort {
            self.log(Event::Abort { epoch, cause: AbortCause::Panic });
            return Err(Unwind::Trap(TrapKind::Unreachable));
        }
        Err(Unwind::PanicValue(v))
    }

    /// Under panic=abort, a host exception reaching the import wrapper of a
    /// live instance: foreign unwinding into panic=abort frames is an
    /// abort there (`unreachable`; rustc's own terminate edge for a
    /// `C-unwind` call, which a module without EH instructions cannot have),
    /// or under profile P7 it goes on as wasm-bindgen's critical error.
    fn abort_lane_import_exception(&mut self, e: HostError) -> WasmResult {
        self.took(ProtocolPath::ImportAbort);
        if !self.profile.host_exception_unwinds_to_the_glue {
            return Err(Unwind::Trap(TrapKind::Unreachable));
        }
        Err(match e {
            HostError::Value(v, _) => {
                let cause = super::value_failure(v);
                let crate::trace::Failure::Critical(packed) = crate::trace::Failure::critical(cause) else { unreachable!() };
                Unwind::Critical(super::HostValue::Critical(packed))
            }
            HostError::Wrapped(v) => Unwind::Wrapped(v),
            HostError::Exception(x) => Unwind::Exception(x),
            HostError::Trap(k) => Unwind::Trap(k),
        })
    }

    /// Run function `func`'s body to its end (a synchronous body never awaits).
    pub(super) fn body(&mut self, inst: usize, func: u32) -> WasmResult {
        let mut frames = self.start_body(inst, func);
        match self.run_frames(inst, &mut frames, Ok(()))? {
            Stop::Done => Ok(()),
            Stop::Awaiting => unreachable!("validation keeps `await` in async bodies"),
        }
    }

    /// Enter function `func`: its first frame.
    pub(super) fn start_body(&mut self, inst: usize, func: u32) -> Vec<Frame<'p>> {
        self.log(Event::Enter { epoch: inst as i32, func: func as i32 });
        let p = self.p;
        vec![Frame::new(&p.exports[func as usize].body, FrameKind::Body(func))]
    }

    /// Run `frames` on instance `inst` from `flow`, the result of the step
    /// they stopped at (`Ok` to go on with the next step), until they all
    /// end or an `await` suspends them. A scope runs its steps, then drops
    /// its live guards in reverse order: normally, or as landing pads while
    /// unwinding, or not at all on a trap.
    pub(super) fn run_frames(&mut self, inst: usize, frames: &mut Vec<Frame<'p>>, mut flow: WasmResult) -> Result<Stop, Unwind> {
        let epoch = inst as i32;
        loop {
            let Some(top) = frames.last_mut() else {
                return flow.map(|()| Stop::Done);
            };
            if flow.is_ok() && top.pc < top.steps.len() {
                let step = &top.steps[top.pc];
                top.pc += 1;
                match step {
                    WasmStep::Guard { id, drop } => {
                        top.live.push(Live::Guard(*id, *drop));
                        self.log(Event::GuardNew { epoch, id: *id as i32 });
                    }
                    // A borrowed closure lives to the end of this block.
                    WasmStep::MakeClosure { export, kind } if kind.scoped() => {
                        let id = self.make_closure(inst, *export, *kind);
                        frames.last_mut().expect("the top frame").live.push(Live::Closure(id));
                    }
                    WasmStep::Scope(body) => frames.push(Frame::new(body, FrameKind::Block)),
                    WasmStep::CatchUnwind { body, handler } => frames.push(Frame::new(body, FrameKind::Catching(handler))),
                    // The await import returns a pending promise: the task is
                    // suspended in its wrapper, whose checks run when it is
                    // resumed (`import_return`).
                    WasmStep::Await => return Ok(Stop::Awaiting),
                    other => flow = self.step(inst, other),
                }
                continue;
            }
            // The top frame ends: at its last step, or unwinding.
            let Some(mut frame) = frames.pop() else { unreachable!("checked above") };
            // Under panic=abort there are no landing pads at all.
            if flow.is_err() && self.profile.panic_abort {
                return flow.map(|()| Stop::Done);
            }
            while let Some(live) = frame.live.pop() {
                let (id, drop) = match (live, flow) {
                    // No landing pad runs on a trap, in this frame or any other.
                    (_, Err(Unwind::Trap(_))) => return flow.map(|()| Stop::Done),
                    (Live::Closure(c), _) => {
                        self.drop_closure(c);
                        continue;
                    }
                    (Live::Guard(id, drop), _) => (id, drop),
                };
                match flow {
                    Err(Unwind::Trap(_)) => unreachable!("returned above"),
                    Ok(()) => {
                        self.log(Event::GuardDrop { epoch, id: id as i32 });
                        if let DropBehavior::Panics(p) = drop {
                            flow = self.panic(inst, p);
                            if self.profile.panic_abort {
                                return flow.map(|()| Stop::Done);
                            }
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
            match (frame.kind, flow) {
                (FrameKind::Catching(handler), Err(Unwind::Panic(p))) => {
                    self.log(Event::Caught { epoch, payload: p });
                    flow = Ok(());
                    frames.push(Frame::new(handler, FrameKind::Block));
                }
                (FrameKind::Catching(handler), Err(Unwind::PanicValue(_))) => {
                    self.log(Event::CaughtValue { epoch });
                    flow = Ok(());
                    frames.push(Frame::new(handler, FrameKind::Block));
                }
                (FrameKind::Body(func), Ok(())) => self.log(Event::Exit { epoch, func: func as i32 }),
                _ => {}
            }
        }
    }

    /// A step that opens no block and never suspends.
    fn step(&mut self, inst: usize, step: &WasmStep) -> WasmResult {
        let epoch = inst as i32;
        match step {
            WasmStep::CallImport(k) => self.import_wrapper(inst, *k),
            WasmStep::CallWasm(j) => self.body(inst, *j),
            WasmStep::Panic(p) => self.panic(inst, *p),
            WasmStep::Abort(kind) => self.abort_step(epoch, *kind),
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
            WasmStep::MakeClosure { export, kind } => {
                self.make_closure(inst, *export, *kind);
                Ok(())
            }
            WasmStep::CatchImport { import, panic } => {
                let r = self.host_import(inst, *import);
                self.catch_return(inst, *import, *panic, r)
            }
            // The argument is the host's closure for the export while the
            // call runs; the host's glue invalidates it when the call ends.
            WasmStep::CallWithClosure { import, export, mutable } => {
                let id = self.make_closure(inst, *export, crate::program::ClosureKind::argument(*mutable));
                let r = self.import_wrapper(inst, *import);
                self.drop_closure(id);
                r
            }
            // An allocation of n pages: past the maximum it fails, and
            // that is the out-of-memory abort (protocol.md 14).
            WasmStep::Grow(n) => {
                let i = &mut self.instances[inst];
                match i.pages.checked_add(*n).filter(|p| *p <= self.p.memory.maximum) {
                    Some(pages) => {
                        i.pages = pages;
                        self.log(Event::Memory { epoch, pages: pages as i32 });
                        Ok(())
                    }
                    None => self.abort_step(epoch, AbortKind::OutOfMemory),
                }
            }
            WasmStep::AddHigh(n) => {
                let i = &mut self.instances[inst];
                if i.pages <= self.p.memory.initial {
                    self.abort_step(epoch, AbortKind::OutOfBounds)
                } else {
                    i.high = i.high.wrapping_add(*n);
                    let value = i.high;
                    self.log(Event::High { epoch, value });
                    Ok(())
                }
            }
            WasmStep::Guard { .. } | WasmStep::Scope(_) | WasmStep::CatchUnwind { .. } | WasmStep::Await => {
                unreachable!("run by `run_frames`")
            }
        }
    }

    /// `panic_any(p)`: it unwinds, or under panic=abort it is an abort
    /// (the panic hook runs, then `abort()`: docs/protocol.md 36).
    fn panic(&mut self, inst: usize, payload: i32) -> WasmResult {
        let epoch = inst as i32;
        self.log(Event::Panic { epoch, payload });
        if self.profile.panic_abort {
            self.log(Event::Abort { epoch, cause: AbortCause::Panic });
            return Err(Unwind::Trap(TrapKind::Unreachable));
        }
        Err(Unwind::Panic(payload))
    }

    fn abort_step(&mut self, epoch: i32, kind: AbortKind) -> WasmResult {
        self.log(Event::Abort { epoch, cause: AbortCause::Step(kind) });
        Err(Unwind::Trap(TrapKind::of_abort(kind)))
    }
}
