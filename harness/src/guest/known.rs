//! Known defects of the real toolchain: findings already made against a
//! real project (rustc, wasm-bindgen), each saved under
//! `corpus/regressions/<id>/` with its write-up and a node repro, and matched
//! here by the shape of its divergence. A real-lane case that runs into one
//! is reported as known (`XFAIL` in `reentry run`, counted under the defect
//! in campaigns) instead of as a new finding, so campaigns keep finding the
//! rest. A defect applies only to the toolchain versions it names: on a
//! fixed toolchain the same divergence is a finding again.
//!
//! Some entries are not defects but declared *hazards* (DESIGN.md §4):
//! behaviour the project's maintainers decided on and document, matched
//! the same way, counted and shown under the hazard in every summary and
//! report (with what a platform sees), never filed as a bug.

use super::wbg::Seen;
use super::{Binding, Lane};
use crate::compile::Encoding;
use crate::program::{visit_host, DriverStep, HostStep, Program};
use crate::trace::{AbortCause, Event, Failure, Outcome, Trace, TrapKind, LOST_PAYLOAD};

/// Whether a run departs from the model's trace the way a defect makes it.
pub type Matcher = fn(program: &Program, expected: &[Event], actual: &[Event]) -> bool;

pub struct KnownDefect {
    /// Its directory under `corpus/regressions/`.
    pub id: &'static str,
    /// One line: what happens instead of what.
    pub summary: &'static str,
    /// `rustc -V` prefixes of the guest compilers that have it (empty: any).
    pub rustc: &'static [&'static str],
    /// The binding it is in (`None`: any).
    pub binding: Option<Binding>,
    /// The wasm-bindgen releases it was seen on (`None`: not
    /// wasm-bindgen's); on a release outside them the same divergence is a
    /// finding again.
    pub wasm_bindgen: Option<Seen>,
    /// The encoding it shows in (`None`: both).
    pub encoding: Option<Encoding>,
    /// Whether a run of the program diverges from the model's trace the way
    /// this defect makes it diverge.
    pub matches: Matcher,
    /// Documented upstream behaviour: a declared hazard, not a defect.
    pub hazard: Option<Hazard>,
    /// Where it reaches further on a source tree that carries another
    /// finding's fix (that finding's id, and the wider matcher there).
    pub with_fix: Option<(&'static str, Matcher)>,
}

/// What makes a known divergence a declared hazard.
pub struct Hazard {
    /// What upstream decided, where, and why.
    pub upstream: &'static str,
    /// What a platform running such code sees.
    pub platform: &'static str,
}

impl KnownDefect {
    /// What summaries and reports show for cases counted under it: the
    /// summary, and for a hazard what a platform sees.
    pub fn shown(&self) -> String {
        let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        match &self.hazard {
            Some(h) => format!("{} — a platform sees: {}", one_line(self.summary), one_line(h.platform)),
            None => one_line(self.summary),
        }
    }

    /// Whether it is in wasm-bindgen's JSPI glue, which only the JSPI lane
    /// (`Lane::jspi`) runs: elsewhere its divergence is a finding.
    pub fn jspi_only(&self) -> bool {
        JSPI_ONLY.contains(&self.id)
    }

    /// Whether its code runs on `lane`: the JSPI lane runs no
    /// wasm-bindgen-futures (its tasks are the jspi export's), the others
    /// no JSPI glue.
    pub fn applies_on(&self, lane: Lane) -> bool {
        if lane.jspi {
            !self.id.starts_with("wasm-bindgen-futures-")
        } else {
            !self.jspi_only()
        }
    }

    /// `known defect` or `declared hazard`, as summaries and reports say it.
    pub fn kind(&self) -> &'static str {
        if self.hazard.is_some() {
            "declared hazard"
        } else {
            "known defect"
        }
    }
}

/// The declared hazards of a binding (the profile lists them beside its
/// entries: `profile::describe`, `reentry engines`).
pub fn hazards(binding: Binding) -> impl Iterator<Item = &'static KnownDefect> {
    KNOWN.iter().filter(move |d| d.hazard.is_some() && d.binding.is_none_or(|b| binding.runs(b)))
}

/// What a known defect is checked against.
pub struct Context<'a> {
    pub lane: Lane,
    /// `rustc -V` of the guest's compiler.
    pub rustc: &'a str,
    pub encoding: Encoding,
}

/// The defects of wasm-bindgen's JSPI glue ([`KnownDefect::jspi_only`]).
const JSPI_ONLY: &[&str] = &["wasm-bindgen-0.2.130-jspi-export-calls-the-old-instance"];

pub const KNOWN: &[KnownDefect] = &[
    KnownDefect {
        id: "rustc-1.96-wasm-no-terminate-in-cleanup",
        summary: "rustc 1.96 emits no terminate pad around a destructor called while unwinding on wasm: a \
                  destructor that panics there does not abort (panic_in_drop) but replaces the unwinding \
                  exception with its own panic",
        rustc: &["rustc 1.96."],
        binding: None,
        wasm_bindgen: None,
        encoding: None,
        matches: abort_in_drop_missing,
        hazard: None,
        with_fix: None,
    },
    // Before wasm-bindgen's entries, which the workers-rs lane runs too
    // (`Binding::runs`): `find` takes the first that matches.
    KnownDefect {
        id: "workers-rs-0.8.7-reset-strands-requests-in-flight",
        summary: "workers-rs 0.8.7 (worker-build's shim, over wasm-bindgen 0.2.130 and wasm-bindgen-futures 0.4.80): a \
                  request suspended at an await when the instance aborts or is replaced is never resumed and never \
                  fails: its JsFuture's then-callback is a closure of the old instance, refused in a promise \
                  reaction nobody observes, and workerd cancels the request as hung instead of it failing as \
                  terminated or stale; so is a request awaiting its Durable Object's call when the object's method \
                  schedules a reinit (the resumption's call guard performs it)",
        rustc: &[],
        binding: Some(Binding::WorkersRs),
        wasm_bindgen: None,
        encoding: None,
        matches: |p, e, a| stranded_request(p, e, a) || caller_of_a_reinit_stranded(p, e, a),
        hazard: None,
        with_fix: None,
    },
    KnownDefect {
        id: "workers-rs-0.8.7-durable-object-abort-never-answers",
        summary: "workers-rs 0.8.7 (worker-build's shims, over wasm-bindgen-futures 0.4.80): a Durable Object method \
                  that aborts the instance never settles its promise (the trap unwinds out of the future's poll), \
                  and workerd never cancels a Durable Object's request as hung, so the call and the request that \
                  made it are never answered instead of failing with the abort; the shim's proxy sees the abort \
                  (handleMaybeCritical) and leaves the call pending",
        rustc: &[],
        binding: Some(Binding::WorkersRs),
        wasm_bindgen: None,
        encoding: None,
        matches: object_call_never_answered,
        hazard: None,
        with_fix: None,
    },
    KnownDefect {
        id: "wasm-bindgen-0.2.130-old-frame-panic-after-reset",
        summary: "wasm-bindgen 0.2.130 (F8): after a reinit in the middle of the stack, the glue reads an old \
                  frame's PanicError message from the fresh instance's memory: the PanicError's message is \
                  garbage, the panic's payload lost (property 10, payload) instead of panic(p)",
        rustc: &[],
        binding: Some(Binding::WasmBindgen),
        wasm_bindgen: Some(Seen { first: "0.2.118", last: "0.2.130" }),
        encoding: None,
        matches: panic_lost_after_reset,
        hazard: None,
        with_fix: None,
    },
    KnownDefect {
        id: "wasm-bindgen-0.2.130-legacy-trap-runs-old-pads",
        summary: "wasm-bindgen 0.2.130 (F1, legacy EH): wrapError makes a trap a catchable JS exception; after a \
                  reset in the middle of the stack the old instance's flag is clear, so its import wrapper \
                  rethrows the trap as a recoverable exception: its landing pads run after the abort and the \
                  export boundaries it crosses fire no hook",
        rustc: &[],
        binding: Some(Binding::WasmBindgen),
        wasm_bindgen: Some(Seen { first: "0.2.123", last: "0.2.130" }),
        encoding: Some(Encoding::Legacy),
        matches: trap_after_midstack_reset,
        hazard: None,
        with_fix: None,
    },
    KnownDefect {
        id: "wasm-bindgen-0.2.130-stale-handle-runs-after-guard-reset",
        summary: "wasm-bindgen 0.2.130 (F5): a method call checks its handle for staleness before the call guard; \
                  when the guard then resets, the method runs on the fresh instance with the old object's \
                  pointer: its borrow flag lives at a dangling address, so the call traps, fails or corrupts \
                  the fresh instance instead of being refused as stale",
        rustc: &[],
        binding: Some(Binding::WasmBindgen),
        wasm_bindgen: Some(Seen { first: "0.2.118", last: "0.2.130" }),
        encoding: None,
        matches: handle_call_after_guard_reset,
        hazard: None,
        with_fix: None,
    },
    KnownDefect {
        id: "wasm-bindgen-0.2.130-stale-closure-runs-after-guard-reset",
        summary: "wasm-bindgen 0.2.130 (F9, F5's sibling for closures): makeClosure's wrapper checks the closure's \
                  instance before the invoke shim's call guard; when the guard then performs a scheduled reset, the \
                  shim runs the old instance's closure pointers on the fresh instance: the call traps or runs \
                  whatever the fresh heap holds there, instead of being refused as stale",
        rustc: &[],
        binding: Some(Binding::WasmBindgen),
        wasm_bindgen: Some(Seen { first: "0.2.118", last: "0.2.130" }),
        encoding: None,
        matches: closure_run_after_guard_reset,
        hazard: None,
        with_fix: None,
    },
    KnownDefect {
        id: "wasm-bindgen-0.2.130-closure-bound-to-current-instance",
        summary: "wasm-bindgen 0.2.130 (F10): makeClosure binds a closure to the glue's current instance \
                  (`__wbg_instance_id` when the closure crosses to JS), not to the instance whose Wasm made it: a \
                  closure made by an old frame after a reset in the middle of the stack passes the instance check \
                  on the fresh instance and runs the old instance's pointers there (a trap, or whatever the fresh \
                  heap holds) instead of being refused as stale",
        rustc: &[],
        binding: Some(Binding::WasmBindgen),
        wasm_bindgen: Some(Seen { first: "0.2.118", last: "0.2.130" }),
        encoding: None,
        matches: closure_made_by_an_old_frame,
        hazard: None,
        with_fix: Some(("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check", stamped_closure_made_by_an_old_frame)),
    },
    KnownDefect {
        id: "wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check",
        summary: "wasm-bindgen 0.2.130 (F11): the JS function of a borrowed closure (a ScopedClosure, an import's \
                  `&dyn Fn` argument: a closure without its own destructor) is a bare arrow with no instance check, unlike \
                  makeClosure's: after a reset an old instance's borrowed closure is not refused as stale but reaches \
                  the invoke shim's call guard (which refuses it as terminated, firing the hook, or performs a pending \
                  reinit) and enters the fresh instance, where the shim refuses it as dropped (Wasm dropped it) or \
                  runs the old instance's closure pointers (a trap, or whatever the fresh heap holds there)",
        rustc: &[],
        binding: Some(Binding::WasmBindgen),
        wasm_bindgen: Some(Seen { first: "0.2.115", last: "0.2.130" }),
        encoding: None,
        matches: borrowed_closure_run_after_reset,
        hazard: None,
        with_fix: None,
    },
    KnownDefect {
        id: "wasm-bindgen-0.2.130-jspi-export-calls-the-old-instance",
        summary: "wasm-bindgen 0.2.130 (F12, JSPI): a sync `#[wasm_bindgen(jspi)]` export calls \
                  `(__wbg_jspi_<name> ??= WebAssembly.promising(wasm.<name>))(...)`, a module-level cache that \
                  __wbg_reset_state never clears: after a reset (the driver's, or a reinit the call guard performs) \
                  every call of the export still enters the old instance, running its Wasm on its memory (also when \
                  it aborted) instead of the fresh instance's",
        rustc: &[],
        binding: Some(Binding::WasmBindgen),
        wasm_bindgen: Some(Seen { first: "0.2.130", last: "0.2.130" }),
        encoding: None,
        matches: jspi_export_entered_an_old_instance,
        hazard: None,
        with_fix: None,
    },
    KnownDefect {
        id: "wasm-bindgen-futures-0.4.80-unwinding-poll-never-settles",
        summary: "wasm-bindgen-futures 0.4.80 (js-sys 0.3.107 futures): an async export's promise is settled only \
                  by the future's own code: future_to_promise's catch_unwind catches Rust panics only, so a poll \
                  that unwinds with a JS exception or a trap drops the future (Task::run's ClearOnUnwind) with \
                  its resolve and reject, and the exception escapes run_all's microtask: the promise never settles \
                  (hung task) instead of rejecting with the exception or the abort",
        rustc: &[],
        binding: Some(Binding::WasmBindgen),
        wasm_bindgen: Some(Seen { first: "0.2.115", last: "0.2.130" }),
        encoding: None,
        matches: unwinding_poll_never_settles,
        hazard: Some(Hazard {
            upstream: "wasm-bindgen PR 5214 (js-sys futures, Task::run) made a poll that unwinds, by a Rust panic or a \
                       foreign (JS) exception, drop the task through a drop guard (ClearOnUnwind) to break the \
                       Inner -> closure -> Rc<Task> cycle that leaked it, and its JSPI test says an unwind out of a \
                       poll is specified to surface as an unhandled rejection: the task is abandoned on purpose, \
                       its promise settled by nothing",
            platform: "a request that never settles: workerd cancels it as a hanging promise (workers-rs issue 453: \
                       every panic became \"A hanging Promise was canceled\"; issue 866: after a panic the request \
                       stalls)",
        }),
        with_fix: None,
    },
    KnownDefect {
        id: "wasm-bindgen-0.2.130-stale-closure-runs-after-guard-reset",
        summary: "wasm-bindgen 0.2.130 (F9, for a JsFuture's resumption): a task awaiting when Wasm schedules a reinit \
                  is resumed by a then-callback whose instance check passes before its call guard performs the reset, \
                  so it enters the fresh instance with the old instance's closure pointers (a trap or garbage) and \
                  the task never settles, instead of resuming as the model (profile P3) predicts",
        rustc: &[],
        binding: Some(Binding::WasmBindgen),
        wasm_bindgen: Some(Seen { first: "0.2.118", last: "0.2.130" }),
        encoding: None,
        matches: resumed_on_the_fresh_instance,
        hazard: None,
        with_fix: None,
    },
    KnownDefect {
        id: "wasm-bindgen-futures-0.4.80-refused-resumption-never-settles",
        summary: "wasm-bindgen-futures 0.4.80 with wasm-bindgen 0.2.130's glue: a task awaiting a JsFuture when its \
                  instance aborts or is replaced is resumed from the JsFuture's then-callback, a Closure whose glue \
                  refuses it (`Module terminated`, or `Cannot invoke closure from previous WASM instance`) inside a \
                  promise reaction; nothing else can settle the task's promise, so it never settles instead of \
                  failing as terminated or stale",
        rustc: &[],
        binding: Some(Binding::WasmBindgen),
        wasm_bindgen: Some(Seen { first: "0.2.115", last: "0.2.130" }),
        encoding: None,
        matches: refused_resumption_never_settles,
        hazard: Some(Hazard {
            upstream: "wasm-bindgen refuses on purpose every call into an instance that aborted (`Module \
                       terminated`) and every closure of an instance a reset replaced (`Cannot invoke closure from \
                       previous WASM instance`): running Wasm of a poisoned or replaced instance would be worse. \
                       A JsFuture's resumption is such a closure, called from a promise reaction, so the refusal \
                       reaches no one who could settle the task",
            platform: "every request awaiting when the instance aborts or is reset never settles (workers-rs issue \
                       866: requests stall after a panic until the isolate is recycled; issue 453)",
        }),
        with_fix: None,
    },
];

/// The first differing index of two traces.
pub(crate) fn divergence(expected: &[Event], actual: &[Event]) -> usize {
    expected.iter().zip(actual).position(|(a, b)| a != b).unwrap_or(expected.len().min(actual.len()))
}

/// The events of the current driver step before `at`.
fn this_step(t: &[Event], at: usize) -> &[Event] {
    let start = t[..at].iter().rposition(|e| matches!(e, Event::Outcome { .. })).map_or(0, |i| i + 1);
    &t[start..at]
}

/// The model says panic(p) where the run reports a panic whose payload was
/// lost (the glue's `PanicError` message decoded from the fresh instance's
/// memory holds none: property 10, payload), in a driver step that reset
/// the instance under running frames.
fn panic_lost_after_reset(_: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let at = divergence(expected, actual);
    let failure = |e: Option<&Event>| match e {
        Some(Event::Outcome { outcome: Outcome::Failed(f), .. })
        | Some(Event::Catch { failure: f })
        | Some(Event::TaskSettled { outcome: Outcome::Failed(f), .. }) => Some(*f),
        _ => None,
    };
    matches!(failure(expected.get(at)), Some(Failure::Panic(_)))
        && matches!(failure(actual.get(at)), Some(Failure::Panic(LOST_PAYLOAD)))
        && (this_step(expected, at).iter().any(|e| matches!(e, Event::Reset { .. })) || ran_on_a_replaced_instance(expected, at))
}

/// Whether the Wasm last running before `at` is an instance a reset before
/// it replaced: on the JSPI lane, a task resumed after the reset (J1: its
/// fiber, on its old instance), whose glue then acts for the fresh one.
fn ran_on_a_replaced_instance(expected: &[Event], at: usize) -> bool {
    expected[..at].iter().rev().find_map(Event::wasm_epoch).is_some_and(|ran| ran < newest_epoch(expected, at))
}

/// The run departs from the model in a driver step where a trap follows a
/// reset in the middle of the stack (a frame of an older instance was
/// entered before the reset): the glue marked the current instance, so an
/// older instance's import wrapper treats the trap as a recoverable JS
/// exception. What shows: its landing pads drop guards after the abort, and
/// the export boundaries it crosses fire no hook (the glue sees a rethrown
/// JS value, not a trap).
fn trap_after_midstack_reset(_: &Program, expected: &[Event], actual: &[Event]) -> bool {
    abort_after_midstack_reset(expected, divergence(expected, actual), |e| match e {
        Event::Abort { .. } => true,
        // (A task's poll that ends in the trap: its promise rejects with it.)
        Event::Catch { failure } | Event::Outcome { outcome: Outcome::Failed(failure), .. } | Event::TaskSettled { outcome: Outcome::Failed(failure), .. } => {
            matches!(failure, Failure::Trap(_))
        }
        _ => false,
    })
}

/// Whether the driver step of `expected` around `at` resets the instance
/// while a frame of an older one is running (entered in the step, or a task
/// of an older one resumed in it), and then shows an abort
/// (`is_abort`).
pub(crate) fn abort_after_midstack_reset(expected: &[Event], at: usize, is_abort: impl Fn(&Event) -> bool) -> bool {
    let start = at - this_step(expected, at).len();
    let end = expected[at..].iter().position(|e| matches!(e, Event::Outcome { .. })).map_or(expected.len(), |i| at + i + 1);
    let step = &expected[start..end];
    let Some(reset) = step.iter().enumerate().position(|(i, e)| {
        matches!(*e, Event::Reset { epoch: newer } if step[..i].iter().any(|e| match *e {
            Event::Enter { epoch, .. } => epoch < newer,
            Event::TaskResumes { task } => task_epoch(expected, task).is_some_and(|epoch| epoch < newer),
            _ => false,
        }))
    }) else {
        return false;
    };
    step[reset..].iter().any(is_abort)
}

/// The instance a task's poll entered when it started: a resumption runs
/// frames of it again, in a later driver step.
fn task_epoch(t: &[Event], task: i32) -> Option<i32> {
    let start = t.iter().position(|e| *e == Event::TaskStart { task })?;
    t[start..].iter().find_map(|e| match *e {
        Event::Enter { epoch, .. } => Some(epoch),
        _ => None,
    })
}

/// The run departs from the model inside a `call_handle` driver step whose
/// call guard reset the instance before the method ran: the handle's object
/// belongs to the instance the guard replaced.
fn handle_call_after_guard_reset(program: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let at = divergence(expected, actual);
    let step = expected[..at].iter().filter(|e| matches!(e, Event::Outcome { .. })).count();
    matches!(program.driver.get(step), Some(DriverStep::CallHandle { .. }))
        && matches!(this_step(expected, at).first(), Some(Event::Reset { .. }))
}

/// Whether the program invokes the closure over `e<export>` (a driver or a
/// host `invoke`).
fn invokes(program: &Program, export: u32) -> bool {
    let mut found = program.driver.iter().any(|s| matches!(*s, DriverStep::Invoke { export: e } if e == export));
    for h in &program.imports {
        visit_host(&h.body, &mut |s| found |= matches!(*s, HostStep::Invoke { export: e } if e == export));
    }
    found
}

/// The epoch of the newest closure over `e<export>` made before `at`, and
/// where it was made.
fn made_closure(t: &[Event], at: usize, export: u32) -> Option<(usize, i32)> {
    let i = t[..at].iter().rposition(|e| matches!(*e, Event::ClosureNew { export: x, .. } if x == export as i32))?;
    match t[i] {
        Event::ClosureNew { epoch, .. } => Some((i, epoch)),
        _ => None,
    }
}

/// The instance the newest reset before `at` made current, where the model
/// refuses a closure as stale right after it (only hooks, the old frames'
/// pads and calls into the fresh instance that returned come between).
/// The refusal shows as stale (critical under panic=abort, after the hook
/// its abort fires); from an import inside an old frame, after that
/// frame's pads (older instances' guard and closure drops), as the `Err` of the old
/// frame's `catch` import call, or, where the old frame's instance had
/// already aborted, as its import wrapper's trap (the hook of the instance
/// then current, aborted(unreachable)).
fn refused_after_reset(expected: &[Event], at: usize) -> Option<i32> {
    let r = expected[..at].iter().rposition(|e| matches!(e, Event::Reset { .. }))?;
    let Event::Reset { epoch: fresh } = expected[r] else { return None };
    let between = |e: &Event| {
        matches!(*e, Event::GuardDrop { epoch, .. } | Event::ClosureDrop { epoch, .. } if epoch < fresh) || *e == Event::Hook { epoch: fresh }
    };
    let mut p = r + 1;
    loop {
        if expected.get(p).is_some_and(between) {
            p += 1;
        } else if let Some(q) = returned_call(expected, p, fresh).filter(|&q| q < at) {
            p = q + 1;
        } else {
            break;
        }
    }
    if p < at {
        return None;
    }
    let hooked = expected[r + 1..p].contains(&Event::Hook { epoch: fresh });
    let old_aborted = this_step(expected, r).iter().any(|e| matches!(*e, Event::Hook { epoch } if epoch < fresh));
    let refused = match *expected.get(p)? {
        Event::Catch { failure: f } | Event::Outcome { outcome: Outcome::Failed(f), .. } | Event::TaskSettled { outcome: Outcome::Failed(f), .. } => {
            stale_refusal(f) || (hooked && old_aborted && f == Failure::Trap(TrapKind::Unreachable))
        }
        Event::ImportErr { epoch, .. } => epoch < fresh,
        _ => false,
    };
    refused.then_some(fresh)
}

/// Where a call into `fresh` that starts at `p` returns to its host (`host
/// e<n> returned`), when only that instance's Wasm ran in it: the old frame
/// the invoke comes from called the fresh instance first.
fn returned_call(t: &[Event], p: usize, fresh: i32) -> Option<usize> {
    if !matches!(t.get(p), Some(Event::Enter { epoch, .. }) if *epoch == fresh) {
        return None;
    }
    let q = p + t[p..].iter().position(|e| e.wasm_epoch() != Some(fresh))?;
    matches!(t[q], Event::HostReturn { .. }).then_some(q)
}

/// A refusal as stale, or what panic=abort's aborting import wrappers make
/// of one: each it crosses wraps it in a critical error (profile P7), so an
/// invoke from an import two exports deep is critical(critical(stale)).
fn stale_refusal(f: Failure) -> bool {
    f == Failure::Stale || f.cause().is_some_and(stale_refusal)
}

/// The model refuses a closure as stale right after the reset its own
/// invoke's call guard performed (the check after the guard, whatever P3
/// checked before it), where the run first differs (`refused_after_reset`:
/// also where an old frame the invoke ran in catches or aborts on the
/// refusal, or unwinds it into a pad that panics): the closure was made by
/// the instance that reset replaced (before the reset: one made by an old
/// frame after it is F10).
fn closure_run_after_guard_reset(program: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let at = divergence(expected, actual);
    // Or the refusal, right after the guard's reset, unwinds the old frame into a pad that panics.
    let into_a_pad = || (at > 0 && matches!(expected[at - 1], Event::Reset { .. }) && refusal_unwinds_an_old_frame(expected, at)).then(|| newest_epoch(expected, at));
    let later = || refused_then_the_fresh_instance_differs(expected, actual, at);
    let Some(fresh) = refused_after_reset(expected, at).or_else(into_a_pad).or_else(later) else {
        return false;
    };
    // An owned closure (makeClosure's check): a borrowed one has none (F11).
    let made_before = |export: u32| {
        made_closure(expected, at, export).is_some_and(|(i, made)| {
            let owned = matches!(expected[i], Event::ClosureNew { kind, .. } if !kind.scoped() && !kind.is_argument());
            owned && made < fresh && !expected[..i].iter().any(|e| matches!(*e, Event::Reset { epoch } if epoch > made))
        })
    };
    // The reset is the invoke's own guard's, not a driver `reset` step's
    // (the step its reset event belongs to; a driver reset before the
    // invoke's own step is no matter).
    let r = expected[..at].iter().rposition(|e| *e == Event::Reset { epoch: fresh });
    let step = r.map(|r| expected[..r].iter().filter(|e| matches!(e, Event::Outcome { .. })).count());
    let by_driver = step.is_some_and(|s| matches!(program.driver.get(s), Some(DriverStep::Reset)));
    !by_driver && (0..program.exports.len() as u32).any(|x| invokes(program, x) && made_before(x))
}

/// F9 where the shim's run on the fresh heap ended as the refusal does (an
/// error to the caller), so the traces agree there: the model refused a
/// closure right after the newest reset, and the run first differs later,
/// in the Wasm (or the hook) of the instance that reset made, whose heap the
/// old pointers wrote (a once closure: `panic_in_drop` when that instance
/// next panics).
fn refused_then_the_fresh_instance_differs(expected: &[Event], actual: &[Event], at: usize) -> Option<i32> {
    let fresh = newest_epoch(expected, at);
    let r = expected[..at].iter().rposition(|e| *e == Event::Reset { epoch: fresh })?;
    (refused_after_reset(expected, r + 1) == Some(fresh) && ran_on(actual.get(at), fresh)).then_some(fresh)
}

/// The model refuses a closure as stale in the driver step where the run
/// first differs, and the closure invoked is a borrowed one (a
/// ScopedClosure or an import's argument) made by an instance a reset has
/// replaced (since, or before an old frame of it made the closure):
/// wasm-bindgen's JS function for it checks no instance.
/// Under panic=abort the refusal is a critical error; inside an old frame
/// it may also show as `refused_after_reset` says, inside a `catch`
/// import call as that call's Err, and inside a frame with a reinit
/// scheduled as that frame's pads where the run's guard performs it.
fn borrowed_closure_run_after_reset(program: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let at = divergence(expected, actual);
    let end = expected[at..].iter().position(|e| matches!(e, Event::Outcome { .. })).map_or(expected.len(), |i| at + i + 1);
    let refused = refused_after_reset(expected, at).is_some()
        || refused_into_a_catch(expected, at)
        || expected[at..end].iter().any(|e| {
            matches!(e, Event::Catch { failure: f } | Event::Outcome { outcome: Outcome::Failed(f), .. } if stale_refusal(*f))
        })
        || task_refused_as_stale(&expected[at..end], actual)
        || refused_in_an_aborted_frame(expected, actual, at)
        // The refusal unwinds the frame, where the run's guard performed a scheduled reinit (P3's refusal,
        // before the guard), or, for an old frame, the closure went on into the fresh instance: it ran what
        // the fresh heap holds at the old pointers, or trapped there (its hook).
        // Under panic=abort the refusal aborts the frame instead (its import wrapper traps: the hook). With
        // no reinit pending, in a frame of the current instance, the closure went into it and trapped there
        // (its hook); with one pending, the guard would have performed it first.
        || refusal_unwinds_a_frame(expected, at).or_else(|| refusal_aborts_a_frame(expected, at)).is_some_and(|frame| {
            let fresh = newest_epoch(expected, at);
            let since_reset = expected[..at].iter().rev().take_while(|e| !matches!(e, Event::Reset { .. }));
            let pending = since_reset.clone().any(|e| *e == Event::ScheduleReinit);
            matches!(actual.get(at), Some(Event::Reset { .. }))
                || (frame < fresh && ran_on(actual.get(at), fresh))
                || (!pending && actual.get(at) == Some(&Event::Hook { epoch: fresh }))
        });
    let replaced = |export: u32| {
        let Some((i, made)) = made_closure(expected, at, export) else { return false };
        let borrowed = matches!(expected[i], Event::ClosureNew { kind, .. } if kind.scoped() || kind.is_argument());
        // Replaced since, or already when an old frame made it (fixed by F11's check stamped as F10's fix stamps).
        borrowed && expected[..at].iter().any(|e| matches!(*e, Event::Reset { epoch } if epoch > made))
    };
    refused && (0..program.exports.len() as u32).any(|x| invokes(program, x) && replaced(x))
}

/// Whether the run's event where it first differs is Wasm of the instance
/// `fresh`, or its hook (a trap there).
fn ran_on(actual: Option<&Event>, fresh: i32) -> bool {
    match actual {
        Some(Event::Hook { epoch }) => *epoch == fresh,
        Some(e) => e.wasm_epoch() == Some(fresh),
        None => false,
    }
}

/// The model refuses a closure as stale in the driver step where the run
/// first differs (inside a `catch` import call: as its Err, where the run's
/// closure passed the check and its guard performed a scheduled reinit),
/// and the closure it refuses was made by an old frame: by an instance
/// that a newer one had already replaced (a reset in the middle of the
/// stack came first).
fn closure_made_by_an_old_frame(program: &Program, expected: &[Event], actual: &[Event]) -> bool {
    closure_of_an_old_frame(program, expected, actual, false)
}

/// The same for a borrowed closure too: on a tree that carries F11's fix,
/// a borrowed closure is stamped and checked as makeClosure's are, so it
/// has F10's defect (F11's write-up, "Together with F10's fix").
fn stamped_closure_made_by_an_old_frame(program: &Program, expected: &[Event], actual: &[Event]) -> bool {
    closure_of_an_old_frame(program, expected, actual, true)
}

fn closure_of_an_old_frame(program: &Program, expected: &[Event], actual: &[Event], borrowed_stamped: bool) -> bool {
    let at = divergence(expected, actual);
    let end = expected[at..].iter().position(|e| matches!(e, Event::Outcome { .. })).map_or(expected.len(), |i| at + i + 1);
    let refused = expected[at..end].iter().any(|e| {
        matches!(e, Event::Catch { failure: Failure::Stale } | Event::Outcome { outcome: Outcome::Failed(Failure::Stale), .. })
    }) || task_refused_as_stale(&expected[at..end], actual)
        || refusal_unwinds_an_old_frame(expected, at)
        || refused_into_a_catch(expected, at)
        // Under panic=abort the refusal is a critical error (nested, P7).
        || expected[at..end].iter().any(|e| matches!(e, Event::Outcome { outcome: Outcome::Failed(f), .. } if stale_refusal(*f)));
    // An owned closure (makeClosure's stamp): a borrowed one has no check at all (F11) unless F11's fix stamps it.
    let by_old_frame = |export: u32| {
        made_closure(expected, at, export).is_some_and(|(i, made)| {
            let owned = matches!(expected[i], Event::ClosureNew { kind, .. } if !kind.scoped() && !kind.is_argument());
            (owned || borrowed_stamped) && expected[..i].iter().any(|e| matches!(*e, Event::Reset { epoch } if epoch > made))
        })
    };
    refused && (0..program.exports.len() as u32).any(|x| invokes(program, x) && by_old_frame(x))
}

/// The model refuses a closure (by P3's check before the guard: no reset)
/// inside a `catch` import call, where the run first differs: the refusal
/// logs nothing, so it shows as that call's Err right after a host step
/// that threw nothing (a host throw is logged before its Err).
fn refused_into_a_catch(expected: &[Event], at: usize) -> bool {
    matches!(expected.get(at), Some(Event::ImportErr { .. }))
        && !(at > 0 && matches!(expected[at - 1], Event::Throw { .. } | Event::ThrowExn { .. }))
}

/// Whether `events` settle a task as stale (on the JSPI lane a closure's
/// refusal inside a jspi export's poll rejects its promise) that the run
/// settled too: one the run leaves hung is wasm-bindgen-futures' declared
/// refusal (`refused_resumption_never_settles`), not a closure's defect.
fn task_refused_as_stale(events: &[Event], actual: &[Event]) -> bool {
    events.iter().any(|e| matches!(*e, Event::TaskSettled { task, outcome: Outcome::Failed(Failure::Stale) } if !never_settled(actual, task)))
}

/// The epoch of the newest reset before `at` (0: none).
fn newest_epoch(expected: &[Event], at: usize) -> i32 {
    expected[..at].iter().rev().find_map(|e| match *e {
        Event::Reset { epoch } => Some(epoch),
        _ => None,
    }).unwrap_or(0)
}

/// P3 refuses a closure before the call guard inside a frame whose instance
/// had aborted (a hook fired in this driver step: the current instance's
/// own, the old frame's marking it, P2, or those of the boundaries its
/// trap then crosses, P1; or the old frame's own, whose hook's reinit made
/// the current instance): the frame's import wrapper traps on the refusal (in a
/// task's first segment, its settling), where the run's guard went on to
/// perform the reinit the hook scheduled, or to refuse the call as
/// terminated, firing the hook a host `terminate` had not (a hook more), or
/// the closure ran and trapped (a hook again).
fn refused_in_an_aborted_frame(expected: &[Event], actual: &[Event], at: usize) -> bool {
    let unreachable = Failure::Trap(TrapKind::Unreachable);
    let current = newest_epoch(expected, at);
    // (After the hooks of the boundaries the model's trap crosses first, where the run reset instead.)
    let first = expected[at..].iter().find(|e| **e != Event::Hook { epoch: current });
    let trapped = matches!(first, Some(Event::Catch { failure: f } | Event::Outcome { outcome: Outcome::Failed(f), .. }
        | Event::TaskSettled { outcome: Outcome::Failed(f), .. }) if *f == unreachable);
    // The frame's instance aborted in this step: the current instance's hook fired, or the frame's own,
    // whose reinit made the current instance (the model's trap then fires the current one's, P2).
    let aborted = this_step(expected, at).iter().any(|e| matches!(e, Event::Hook { .. }));
    trapped && aborted && matches!(actual.get(at), Some(Event::Reset { .. } | Event::Hook { .. }))
}

/// The model's refusal (which logs nothing) unwinds an old frame from an
/// import: where the run first differs, that frame's pad drops a guard or
/// a scoped closure of an instance a reset replaced, right after a host
/// step that threw nothing (the pad may then panic: the rustc defect).
fn refusal_unwinds_an_old_frame(expected: &[Event], at: usize) -> bool {
    refusal_unwinds_a_frame(expected, at).is_some_and(|epoch| epoch < newest_epoch(expected, at))
}

/// The instance of the frame whose pad drops a guard or a scoped closure
/// where the run first differs, right after a host step that threw nothing:
/// the model's refusal unwinding it.
fn refusal_unwinds_a_frame(expected: &[Event], at: usize) -> Option<i32> {
    let Some(&(Event::GuardDrop { epoch, .. } | Event::ClosureDrop { epoch, .. })) = expected.get(at) else { return None };
    let after_host_step = at > 0 && matches!(expected[at - 1], Event::HostReturn { .. } | Event::HostEnter { .. } | Event::ScheduleReinit | Event::Reset { .. });
    after_host_step.then_some(epoch)
}

/// The current instance, where the model's hook of it is where the run
/// first differs, right after a host step that threw nothing: under
/// panic=abort, the model's refusal aborting the frame in its import wrapper.
fn refusal_aborts_a_frame(expected: &[Event], at: usize) -> Option<i32> {
    let Some(&Event::Hook { epoch }) = expected.get(at) else { return None };
    let after_host_step = at > 0 && matches!(expected[at - 1], Event::HostReturn { .. } | Event::HostEnter { .. } | Event::ScheduleReinit);
    (after_host_step && epoch == newest_epoch(expected, at)).then_some(epoch)
}

/// F12: the run first differs in a task started after the newest reset,
/// whose Wasm ran on an older instance than the model's: its events carry
/// the old epoch, or, where that one aborted, its first import's wrapper
/// trapped at the old flag and the catch handler fired the hook (P2: of the
/// current instance).
fn jspi_export_entered_an_old_instance(_: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let at = divergence(expected, actual);
    let older = match (expected.get(at).and_then(Event::wasm_epoch), actual.get(at)) {
        (Some(e), Some(Event::Hook { .. })) => e > 0,
        (Some(e), Some(a)) => a.wasm_epoch().is_some_and(|a| a < e),
        _ => false,
    };
    let since_reset = actual[..at].iter().rev().take_while(|e| !matches!(e, Event::Reset { .. }));
    // (Fewer events since the newest reset than before `at`: there is one.)
    older && since_reset.clone().any(|e| matches!(e, Event::TaskStart { .. })) && since_reset.count() < at
}

/// Whether `t` has no settlement in `trace`.
fn never_settled(trace: &[Event], t: i32) -> bool {
    !trace.iter().any(|e| matches!(*e, Event::TaskSettled { task, .. } if task == t))
}

/// The model settles a task's promise with what its own poll unwound with,
/// exactly where the run first differs (after only the abort's own events,
/// an exception that also aborts: `uncaught exception`, the hook), and the
/// run never settles it. What unwound is a JS exception or a trap: any
/// failure but a refused resumption (terminated, stale), and a panic only
/// when it reached the task through an import (a `PanicError` of a nested
/// export, a JS exception there), not one of the task's own frames; so is a
/// refusal that reached it through an import (a closure a host step
/// invoked, refused as terminated or stale: also a JS exception there).
fn unwinding_poll_never_settles(_: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let at = divergence(expected, actual);
    let Some(k) = expected[at..].iter().position(|e| !matches!(e, Event::Uncaught { .. } | Event::Hook { .. })) else {
        return false;
    };
    let Some(&Event::TaskSettled { task, outcome: Outcome::Failed(f) }) = expected.get(at + k) else {
        return false;
    };
    let through_import = || {
        let poll = expected[..at]
            .iter()
            .rposition(|e| matches!(*e, Event::TaskStart { task: t } | Event::TaskResumes { task: t } if t == task))
            .map_or(0, |i| i + 1);
        let open = |e: &Event| match e {
            Event::HostEnter { .. } => 1,
            Event::HostExit { .. } => -1,
            _ => 0,
        };
        expected[poll..at].iter().map(open).sum::<i32>() > 0
    };
    let unwound = match f {
        Failure::Terminated | Failure::Stale | Failure::Panic(_) => through_import(),
        _ => true,
    };
    unwound && never_settled(actual, task)
}

/// The run first differs where the model refuses a task's resumption
/// (terminated, stale) after the instance it started on aborted or was
/// replaced (also in the middle of its poll, before it awaited: its
/// then-callbacks then belong to the fresh instance's id, and the
/// callback's call guard may reset again), and the run never settles that
/// task: the glue's deliberate refusal, thrown in a promise reaction.
fn refused_resumption_never_settles(_: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let at = divergence(expected, actual);
    let t = match expected.get(at) {
        Some(&Event::TaskSettled { task, outcome: Outcome::Failed(Failure::Terminated | Failure::Stale) }) => task,
        _ => return false,
    };
    hung_after_its_instance_went(expected, actual, at, t)
}

/// The run first differs where the model resumes a task on the old
/// instance after a Wasm-scheduled reinit (P3: the then-callback's instance
/// check passes before its call guard resets), and the run never settles
/// it: the resumption entered the fresh instance with the old one's
/// closure pointers, F9 for a JsFuture's callback. A defect, not the
/// declared refusal.
fn resumed_on_the_fresh_instance(_: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let at = divergence(expected, actual);
    let Some(&Event::TaskResumes { task: t }) = expected.get(at) else { return false };
    hung_after_its_instance_went(expected, actual, at, t)
}

/// The run first differs where the model resets the instance (or not) and
/// then refuses a task's resumption (terminated, stale), because the
/// instance the task started on aborted or was replaced; the run leaves
/// that task hung. On workerd the reset is the next request's (the shim's
/// or wasm-bindgen's call guard), not the refused resumption's, which
/// never reaches a guard.
fn stranded_request(_: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let at = divergence(expected, actual);
    let Some(k) = expected[at..].iter().position(|e| !matches!(e, Event::Reset { .. })) else { return false };
    let Some(&Event::TaskSettled { task: t, outcome: Outcome::Failed(Failure::Terminated | Failure::Stale) }) = expected.get(at + k) else {
        return false;
    };
    let Some(started) = expected[..at].iter().position(|e| matches!(*e, Event::TaskStart { task } if task == t)) else {
        return false;
    };
    expected[started..at + k].iter().any(|e| matches!(e, Event::Reset { .. } | Event::Abort { .. } | Event::Hook { .. }))
        && never_settled(actual, t)
        && actual.iter().any(|e| matches!(*e, Event::Hung { task } if task == t))
}

/// The calling request of a handle call whose method scheduled a reinit:
/// the caller awaits the object's response, a JsFuture whose then-callback
/// (a closure of the instance) runs the call guard, which performs the reset
/// and refuses the closure as one of the previous instance; workerd cancels
/// the caller as hung, a failure with nothing of its own (`aborted(other)`),
/// where the model answers the call.
fn caller_of_a_reinit_stranded(program: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let at = divergence(expected, actual);
    let (Some(&Event::Outcome { step, outcome }), Some(&Event::Outcome { step: failed, outcome: Outcome::Failed(Failure::Trap(TrapKind::Other)) })) = (expected.get(at), actual.get(at)) else {
        return false;
    };
    step == failed
        && !matches!(outcome, Outcome::Failed(_))
        && matches!(program.driver.get(step as usize), Some(DriverStep::CallHandle { .. }))
        && this_step(expected, at).contains(&Event::ScheduleReinit)
}

/// A handle's call, a request to its Durable Object, that the model fails
/// with an abort and the run never answers (`driver[n] hung`).
fn object_call_never_answered(program: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let at = divergence(expected, actual);
    let (Some(&Event::Outcome { step, outcome: Outcome::Failed(Failure::Trap(_)) }), Some(&Event::StepHung { step: hung })) = (expected.get(at), actual.get(at)) else {
        return false;
    };
    step == hung && matches!(program.driver.get(step as usize), Some(DriverStep::CallHandle { .. }))
}

/// Task `t` started before its instance aborted or was replaced (before
/// `at`), and the run leaves it hung.
fn hung_after_its_instance_went(expected: &[Event], actual: &[Event], at: usize, t: i32) -> bool {
    let Some(started) = expected[..at].iter().position(|e| matches!(*e, Event::TaskStart { task } if task == t)) else {
        return false;
    };
    expected[started..at].iter().any(|e| matches!(e, Event::Reset { .. } | Event::Hook { .. } | Event::Terminate { .. }))
        && never_settled(actual, t)
        && actual.iter().any(|e| matches!(*e, Event::Hung { task } if task == t))
}

/// The model aborts with `panic_in_drop` exactly where the run first
/// differs: the terminate pad that should have aborted did not.
fn abort_in_drop_missing(_: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let at = expected.iter().zip(actual).position(|(a, b)| a != b).unwrap_or(expected.len().min(actual.len()));
    matches!(expected.get(at), Some(Event::Abort { cause: AbortCause::PanicInDrop, .. }))
}

/// The known defect that explains how `actual` departs from `expected` in
/// `cx`, if one does (on the releases it was seen on).
pub fn explain(cx: &Context, program: &Program, expected: &Trace, actual: &Trace) -> Option<&'static KnownDefect> {
    find(cx, program, expected, actual, true)
}

/// Every known defect that explains it, in [`KNOWN`]'s order: where one
/// divergence fits two (F1's trap after a mid-stack reset, and F11's
/// closure that trapped there), a verdict over several runs needs the one
/// they share.
pub fn explain_all(cx: &Context, program: &Program, expected: &Trace, actual: &Trace) -> Vec<&'static KnownDefect> {
    KNOWN.iter().filter(|d| applies(d, cx, true) && fits(d, cx, program, expected, actual)).collect()
}

/// Whether `d`'s divergence is how `actual` departs from `expected` in `cx`.
fn fits(d: &KnownDefect, cx: &Context, program: &Program, expected: &Trace, actual: &Trace) -> bool {
    (d.matches)(program, &expected.0, &actual.0)
        || d.with_fix.is_some_and(|(fix, wider)| cx.lane.wbg.carries_fix(fix) && wider(program, &expected.0, &actual.0))
}

/// The same on whichever release: whether a defect's divergence shows,
/// which is what bisection asks.
pub fn explain_on_any_release(cx: &Context, program: &Program, expected: &Trace, actual: &Trace) -> Option<&'static KnownDefect> {
    find(cx, program, expected, actual, false)
}

fn find(cx: &Context, program: &Program, expected: &Trace, actual: &Trace, in_range: bool) -> Option<&'static KnownDefect> {
    KNOWN.iter().find(|d| applies(d, cx, in_range) && fits(d, cx, program, expected, actual))
}

/// Whether `d` can be what broke a run in `cx`: the real lane, the guest's
/// compiler and binding, (`in_range`) a release it was seen on, and not a
/// source tree that carries its fix (`reentry fix-check`), where its
/// divergence is the fix failing.
fn applies(d: &KnownDefect, cx: &Context, in_range: bool) -> bool {
    cx.lane.is_guest()
        && (d.rustc.is_empty() || d.rustc.iter().any(|v| cx.rustc.starts_with(v)))
        && d.binding.is_none_or(|b| cx.lane.binding.runs(b))
        && (!in_range || d.wasm_bindgen.is_none_or(|s| s.contains(cx.lane.wbg.version())))
        && !(d.wasm_bindgen.is_some() && cx.lane.wbg.carries_fix(d.id))
        && d.encoding.is_none_or(|e| e == cx.encoding)
        && d.applies_on(cx.lane)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn program(src: &str) -> Program {
        crate::text::parse(src).expect("a valid program")
    }

    /// The model's exnref trace of `p` on `lane` (its panic strategy and profile).
    fn lane_model(p: &Program, lane: Lane) -> Vec<Event> {
        crate::model::run_with(p, crate::guest::profile::for_lane(lane, Encoding::Exnref)).unwrap().0
    }

    /// The known defect that explains `a` against `e` on `lane` (rustc 1.96, exnref).
    fn lane_id(lane: Lane, p: &Program, e: &[Event], a: &[Event]) -> Option<&'static str> {
        let cx = Context { lane, rustc: "rustc 1.96.0", encoding: Encoding::Exnref };
        explain(&cx, p, &Trace(e.to_vec()), &Trace(a.to_vec())).map(|d| d.id)
    }

    fn one_call() -> Program {
        program("export e0 {\n  panic 3\n}\ndriver {\n  call e0\n}\n")
    }

    #[test]
    fn the_missing_terminate_pad_is_recognised_only_where_the_model_aborts() {
        let head = [Event::GuardNew { epoch: 0, id: 1 }, Event::Panic { epoch: 0, payload: 8 }];
        let mut expected = head.to_vec();
        expected.push(Event::Abort { epoch: 0, cause: AbortCause::PanicInDrop });
        let mut actual = head.to_vec();
        actual.push(Event::GuardDrop { epoch: 0, id: 1 });
        let (e, a) = (Trace(expected), Trace(actual));
        let cx = |rustc| Context { lane: Lane::RUSTC, rustc, encoding: Encoding::Exnref };
        let p = one_call();
        assert_eq!(explain(&cx("rustc 1.96.0 (ac68faa20 2026-05-25)"), &p, &e, &a).map(|d| d.id), Some(KNOWN[0].id));
        assert!(explain(&cx("rustc 1.97.0"), &p, &e, &a).is_none(), "a fixed toolchain makes it a finding again");
        let generated = Context { lane: Lane::GENERATED, rustc: "rustc 1.96.0", encoding: Encoding::Exnref };
        assert!(explain(&generated, &p, &e, &a).is_none(), "only the real lane has rustc's defects");
        // Any other divergence is not this defect.
        let mut other = head.to_vec();
        other.push(Event::Outcome { step: 0, outcome: Outcome::Value(1) });
        let o = Trace(vec![Event::Outcome { step: 0, outcome: Outcome::Value(2) }]);
        assert!(explain(&cx("rustc 1.96.0"), &p, &Trace(other), &o).is_none());
    }

    #[test]
    fn wasm_bindgen_defects_need_their_binding_and_encoding() {
        let reset = Event::Reset { epoch: 1 };
        let e = Trace(vec![reset, Event::Outcome { step: 0, outcome: Outcome::Failed(Failure::Panic(3)) }]);
        let a = Trace(vec![reset, Event::Outcome { step: 0, outcome: Outcome::Failed(Failure::Panic(LOST_PAYLOAD)) }]);
        let wbg = Context { lane: Lane::RUSTC_WASM_BINDGEN, rustc: "rustc 1.96.0", encoding: Encoding::Exnref };
        let p = one_call();
        assert_eq!(explain(&wbg, &p, &e, &a).map(|d| d.id), Some("wasm-bindgen-0.2.130-old-frame-panic-after-reset"));
        let ours = Context { lane: Lane::RUSTC, ..wbg };
        assert!(explain(&ours, &p, &e, &a).is_none());
        // Without the reset it is another bug.
        let e2 = Trace(vec![Event::Outcome { step: 0, outcome: Outcome::Failed(Failure::Panic(3)) }]);
        let a2 = Trace(vec![Event::Outcome { step: 0, outcome: Outcome::Failed(Failure::Panic(LOST_PAYLOAD)) }]);
        assert!(explain(&wbg, &p, &e2, &a2).is_none());
        // F1: an old instance's pad after a newer one aborted, on legacy only.
        let head = vec![Event::Enter { epoch: 0, func: 0 }, Event::GuardNew { epoch: 0, id: 1 }, Event::Reset { epoch: 1 }, Event::Abort { epoch: 1, cause: AbortCause::Step(crate::program::AbortKind::Unreachable) }];
        let mut e3 = head.clone();
        e3.push(Event::Hook { epoch: 1 });
        let mut a3 = head;
        a3.push(Event::GuardDrop { epoch: 0, id: 1 });
        let legacy = Context { encoding: Encoding::Legacy, ..wbg };
        assert_eq!(explain(&legacy, &p, &Trace(e3.clone()), &Trace(a3.clone())).map(|d| d.id), Some("wasm-bindgen-0.2.130-legacy-trap-runs-old-pads"));
        assert!(explain(&wbg, &p, &Trace(e3.clone()), &Trace(a3.clone())).is_none(), "exnref does not have it");
        // Without an older instance's frame on the stack it is another bug.
        let (e4, a4) = (Trace(e3[1..].to_vec()), Trace(a3[1..].to_vec()));
        assert!(explain(&legacy, &p, &e4, &a4).is_none());
    }

    #[test]
    fn a_stale_handle_run_after_a_guard_reset_is_f5_only_in_a_handle_call() {
        let src = |step: &str| program(&format!("export e0 {{\n  reinit\n  panic 7\n}}\ndriver {{\n  new_handle\n  call e0\n  {step}\n}}\n"));
        let head = vec![
            Event::Outcome { step: 0, outcome: Outcome::Value(1) },
            Event::Outcome { step: 1, outcome: Outcome::Failed(Failure::Panic(7)) },
            Event::Reset { epoch: 1 },
            Event::Enter { epoch: 1, func: 0 },
        ];
        let mut e = head.clone();
        e.push(Event::Outcome { step: 2, outcome: Outcome::Failed(Failure::Panic(7)) });
        let mut a = head;
        a.push(Event::Outcome { step: 2, outcome: Outcome::Failed(Failure::Trap(TrapKind::OutOfBounds)) });
        let (e, a) = (Trace(e), Trace(a));
        let wbg = Context { lane: Lane::RUSTC_WASM_BINDGEN, rustc: "rustc 1.96.0", encoding: Encoding::Legacy };
        let id = |p: &Program| explain(&wbg, p, &e, &a).map(|d| d.id);
        assert_eq!(id(&src("call_handle 0 e0")), Some("wasm-bindgen-0.2.130-stale-handle-runs-after-guard-reset"));
        assert_eq!(id(&src("call e0")), None, "a plain call after a guard reset is not F5");
        assert!(explain(&Context { lane: Lane::RUSTC, ..wbg }, &src("call_handle 0 e0"), &e, &a).is_none());
    }

    #[test]
    fn an_aborting_handle_call_never_answered_is_the_durable_object_defect_on_workers_rs_only() {
        let src = |step: &str| program(&format!("export e0 {{\n  abort unreachable\n}}\ndriver {{\n  new_handle\n  {step}\n}}\n"));
        let head = [
            Event::Outcome { step: 0, outcome: Outcome::Value(1) },
            Event::Enter { epoch: 0, func: 0 },
            Event::Abort { epoch: 0, cause: AbortCause::Step(crate::program::AbortKind::Unreachable) },
        ];
        let answered = |o| Trace(head.iter().copied().chain([Event::Outcome { step: 1, outcome: o }]).collect());
        let e = answered(Outcome::Failed(Failure::Trap(TrapKind::Unreachable)));
        let a = Trace(head.iter().copied().chain([Event::StepHung { step: 1 }]).collect());
        let rs = Context { lane: Lane::RUSTC_WORKERS_RS, rustc: "rustc 1.96.0", encoding: Encoding::Legacy };
        let id = |cx: &Context, p: &Program, a: &Trace| explain(cx, p, &e, a).map(|d| d.id);
        assert_eq!(id(&rs, &src("call_handle 0 e0"), &a), Some("workers-rs-0.8.7-durable-object-abort-never-answers"));
        assert_eq!(id(&rs, &src("call e0"), &a), None, "a plain call that hangs is not it");
        assert_eq!(id(&rs, &src("call_handle 0 e0"), &answered(Outcome::Value(1))), None, "answered, if wrongly");
        assert_eq!(id(&Context { lane: Lane::RUSTC_WASM_BINDGEN, ..rs }, &src("call_handle 0 e0"), &a), None);
    }

    #[test]
    fn a_caller_stranded_by_its_objects_reinit_is_the_stranded_defect() {
        let src = |step: &str| program(&format!("export e0 {{\n  reinit\n}}\ndriver {{\n  new_handle\n  {step}\n}}\n"));
        let head = [Event::Outcome { step: 0, outcome: Outcome::Value(1) }, Event::Enter { epoch: 0, func: 0 }, Event::ScheduleReinit, Event::Exit { epoch: 0, func: 0 }];
        let with = |o| Trace(head.iter().copied().chain([Event::Outcome { step: 1, outcome: o }]).collect());
        let (e, a) = (with(Outcome::Value(0)), with(Outcome::Failed(Failure::Trap(TrapKind::Other))));
        let rs = Context { lane: Lane::RUSTC_WORKERS_RS, rustc: "rustc 1.96.0", encoding: Encoding::Legacy };
        let id = |p: &Program, e: &Trace, a: &Trace| explain(&rs, p, e, a).map(|d| d.id);
        assert_eq!(id(&src("call_handle 0 e0"), &e, &a), Some("workers-rs-0.8.7-reset-strands-requests-in-flight"));
        assert_eq!(id(&src("call e0"), &e, &a), None, "a plain call is not suspended at an await");
        assert_eq!(id(&src("call_handle 0 e0"), &e, &with(Outcome::Failed(Failure::Trap(TrapKind::Unreachable)))), None, "an abort of its own");
        let quiet = |t: &Trace| Trace(t.0.iter().copied().filter(|e| *e != Event::ScheduleReinit).collect());
        assert_eq!(id(&src("call_handle 0 e0"), &quiet(&e), &quiet(&a)), None, "no reinit, no reset under it");
    }

    #[test]
    fn a_borrowed_closure_of_a_replaced_instance_not_refused_as_stale_is_f11() {
        let wbg = Context { lane: Lane::RUSTC_WASM_BINDGEN, rustc: "rustc 1.96.0", encoding: Encoding::Exnref };
        let id = |p: &Program, e: &[Event], a: &[Event]| explain(&wbg, p, &Trace(e.to_vec()), &Trace(a.to_vec())).map(|d| d.id);
        let p = program("export e0 {\n  closure e1 borrow\n}\nexport e1 {\n}\ndriver {\n  call e0\n  reset\n  invoke e1\n}\n");
        let made = |kind| Event::ClosureNew { epoch: 0, export: 1, kind };
        let borrow = crate::program::ClosureKind { ctor: crate::program::ClosureCtor::Borrow, ..crate::program::ClosureKind::OWN };
        let tail = |kind| vec![made(kind), Event::Outcome { step: 0, outcome: Outcome::Value(0) }, Event::Reset { epoch: 1 }];
        let stale = Event::Outcome { step: 2, outcome: Outcome::Failed(Failure::Stale) };
        let dropped = Event::Outcome { step: 2, outcome: Outcome::Failed(Failure::Dropped) };
        let (e, a) = ([tail(borrow), vec![stale]].concat(), [tail(borrow), vec![dropped]].concat());
        assert_eq!(id(&p, &e, &a), Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check"));
        // An owned closure has makeClosure's check: a wrong answer there is another bug.
        let own = crate::program::ClosureKind::OWN;
        assert_eq!(id(&p, &[tail(own), vec![stale]].concat(), &[tail(own), vec![dropped]].concat()), None);
        // Made after the reset (no reset between), it is no stale closure.
        let fresh = [vec![Event::Reset { epoch: 1 }, Event::ClosureNew { epoch: 1, export: 1, kind: borrow }], vec![stale]].concat();
        assert_eq!(id(&p, &fresh, &[&fresh[..2], &[dropped]].concat()), None);
    }

    #[test]
    fn closures_running_on_the_wrong_instance_are_f9_or_f10_by_where_they_were_made() {
        let wbg = Context { lane: Lane::RUSTC_WASM_BINDGEN, rustc: "rustc 1.96.0", encoding: Encoding::Exnref };
        let f9 = "wasm-bindgen-0.2.130-stale-closure-runs-after-guard-reset";
        let f10 = "wasm-bindgen-0.2.130-closure-bound-to-current-instance";
        let id = |p: &Program, e: &[Event], a: &[Event]| explain(&wbg, p, &Trace(e.to_vec()), &Trace(a.to_vec())).map(|d| d.id);
        let made = |epoch| Event::ClosureNew { epoch, export: 1, kind: crate::program::ClosureKind::OWN };
        let trapped = [Event::Hook { epoch: 1 }, Event::Outcome { step: 1, outcome: Outcome::Failed(Failure::Trap(TrapKind::Unreachable)) }];
        // F9: made on [0], the invoke's guard resets, the model refuses it as stale.
        let p9 = program("export e0 {\n  closure e1\n  reinit\n}\nexport e1 {\n}\ndriver {\n  call e0\n  invoke e1\n}\n");
        let head = [made(0), Event::ScheduleReinit, Event::Outcome { step: 0, outcome: Outcome::Value(0) }, Event::Reset { epoch: 1 }];
        let e = [&head[..], &[Event::Outcome { step: 1, outcome: Outcome::Failed(Failure::Stale) }]].concat();
        assert_eq!(id(&p9, &e, &[&head[..], &trapped].concat()), Some(f9));
        let plain = program("export e0 {\n  closure e1\n  reinit\n}\nexport e1 {\n}\ndriver {\n  call e0\n  call e1\n}\n");
        assert_eq!(id(&plain, &e, &[&head[..], &trapped].concat()), None, "a call, not an invoke, is not F9");
        // A borrowed closure there has no check at all: F11, not F9.
        let borrow = crate::program::ClosureKind { ctor: crate::program::ClosureCtor::Borrow, ..crate::program::ClosureKind::OWN };
        let b = program("export e0 {\n  closure e1 borrow\n  reinit\n}\nexport e1 {\n}\ndriver {\n  call e0\n  invoke e1\n}\n");
        let borrowed = |t: &[Event]| [&[Event::ClosureNew { epoch: 0, export: 1, kind: borrow }], &t[1..]].concat();
        let f11 = Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check");
        assert_eq!(id(&b, &borrowed(&e), &borrowed(&[&head[..], &trapped].concat())), f11);
        // F9 from an import inside [0]'s frame: the refusal unwinds that frame's pads first.
        let p9h = program("export e0 {\n  closure e1\n  guard 2\n  reinit\n  call h0\n}\nexport e1 {\n}\nimport h0 {\n  invoke e1\n}\ndriver {\n  call e0\n}\n");
        let head = [made(0), Event::GuardNew { epoch: 0, id: 2 }, Event::ScheduleReinit, Event::HostEnter { import: 0 }, Event::Reset { epoch: 1 }];
        let refusal = |drop_epoch| {
            [&head[..], &[Event::GuardDrop { epoch: drop_epoch, id: 2 }, Event::Outcome { step: 0, outcome: Outcome::Failed(Failure::Stale) }]].concat()
        };
        assert_eq!(id(&p9h, &refusal(0), &[&head[..], &trapped].concat()), Some(f9));
        assert_eq!(id(&p9h, &refusal(1), &[&head[..], &trapped].concat()), None, "the fresh instance's pads are not the refusal's");
        // Under panic=abort the refusal aborts inside [0]'s frame: the hook, then the critical error.
        let aborted = [&head[..], &[Event::Hook { epoch: 1 }]].concat();
        let critical = |f| [&aborted[..], &[Event::Outcome { step: 0, outcome: Outcome::Failed(Failure::critical(f)) }]].concat();
        assert_eq!(id(&p9h, &critical(Failure::Stale), &[&aborted[..], &trapped].concat()), Some(f9));
        assert_eq!(id(&p9h, &critical(Failure::Foreign(1)), &[&aborted[..], &trapped].concat()), None, "only a refusal as stale");
        // F10: made by [0]'s frame after [1] replaced it; the model refuses it as stale.
        let p10 = program("export e0 {\n  call h0\n  closure e1\n}\nexport e1 {\n}\nexport e2 {\n}\nimport h0 {\n  reinit\n  call e2\n}\ndriver {\n  call e0\n  invoke e1\n}\n");
        let head = [Event::Reset { epoch: 1 }, Event::Enter { epoch: 1, func: 2 }, made(0), Event::Outcome { step: 0, outcome: Outcome::Value(0) }];
        let e = [&head[..], &[Event::Outcome { step: 1, outcome: Outcome::Failed(Failure::Stale) }]].concat();
        assert_eq!(id(&p10, &e, &[&head[..], &trapped].concat()), Some(f10));
        // Made before the reset it is stale for good reason, and a wrong answer there is another bug.
        let before = [made(0), Event::Reset { epoch: 1 }, Event::Outcome { step: 0, outcome: Outcome::Value(0) }];
        let e = [&before[..], &[Event::Outcome { step: 1, outcome: Outcome::Failed(Failure::Stale) }]].concat();
        assert_eq!(id(&p10, &e, &[&before[..], &trapped].concat()), None);
        assert!(explain(&Context { lane: Lane::RUSTC, ..wbg }, &p9, &Trace(e.clone()), &Trace(trapped.to_vec())).is_none());
    }

    #[test]
    fn a_refusal_an_old_frame_catches_or_aborts_on_is_still_f9_or_f11() {
        let wbg = Context { lane: Lane::RUSTC_WASM_BINDGEN, rustc: "rustc 1.96.0", encoding: Encoding::Exnref };
        let f9 = Some("wasm-bindgen-0.2.130-stale-closure-runs-after-guard-reset");
        let f11 = Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check");
        let id = |p: &Program, e: &[Event], a: &[Event]| explain(&wbg, p, &Trace(e.to_vec()), &Trace(a.to_vec())).map(|d| d.id);
        let own = crate::program::ClosureKind::OWN;
        let arg = crate::program::ClosureKind { ctor: crate::program::ClosureCtor::Ref, ..own };
        let made = |kind| Event::ClosureNew { epoch: 0, export: 1, kind };
        let out = |f| Event::Outcome { step: 0, outcome: Outcome::Failed(f) };
        let unreachable = Failure::Trap(TrapKind::Unreachable);
        let h1 = Event::Hook { epoch: 1 };
        // e0's `catch` import call gets the refusal as its Err (p7-reset-1c89c0a5e1ef0533).
        let p = program("export e0 {\n  closure e1\n  call h0 catch\n}\nexport e1 {\n}\nimport h0 {\n  reinit\n  invoke e1\n}\ndriver {\n  call e0\n}\n");
        let head = [made(own), Event::HostEnter { import: 0 }, Event::ScheduleReinit, Event::Reset { epoch: 1 }];
        let caught = [&head[..], &[Event::ImportErr { epoch: 0, import: 0 }, Event::Outcome { step: 0, outcome: Outcome::Value(0) }]].concat();
        let trapped = [&head[..], &[h1, h1, out(unreachable)]].concat();
        assert_eq!(id(&p, &caught, &trapped), f9);
        let fresh_err = [&head[..], &[Event::ImportErr { epoch: 1, import: 0 }]].concat();
        assert_eq!(id(&p, &fresh_err, &trapped), None, "an Err of the fresh instance's call is no refusal to an old frame");
        // Under panic=abort the refusal's hook is where the run first differs (p5-classification-0ed0b7bda31ebae6).
        let critical = [&head[..], &[h1, out(Failure::critical(Failure::Stale))]].concat();
        let ran = [&head[..], &[Event::Enter { epoch: 1, func: 0 }, h1, out(Failure::Trap(TrapKind::OutOfBounds))]].concat();
        assert_eq!(id(&p, &critical, &ran), f9);
        // The old frame's instance had aborted (a host terminate, the hook scheduled the reinit): its import
        // wrapper traps on the refusal (p7-reset-670441251bd60e9d).
        let p = program("hook reinit\nexport e0 {\n  closure e1\n  call h0\n}\nexport e1 {\n}\nimport h0 {\n  terminate\n  invoke e1\n}\ndriver {\n  call e0\n}\n");
        let head = [made(own), Event::HostEnter { import: 0 }, Event::Terminate { epoch: 0 }, Event::Hook { epoch: 0 }, Event::Reset { epoch: 1 }, h1];
        let aborted = [&head[..], &[out(unreachable)]].concat();
        let twice = [&head[..], &[h1, out(unreachable)]].concat();
        assert_eq!(id(&p, &aborted, &twice), f9);
        let live = [&head[..2], &head[4..]].concat();
        assert_eq!(id(&p, &[&live[..], &[out(unreachable)]].concat(), &[&live[..], &[h1, out(unreachable)]].concat()), None, "a trap where the old instance had not aborted is no refusal");
        // The same with an import's argument closure is F11 (p3-nothing-after-abort-f2e2602dfe7a424f).
        let p = program("hook reinit\nexport e0 {\n  call h0 with e1\n}\nexport e1 {\n}\nimport h0 {\n  terminate\n  invoke e1\n}\ndriver {\n  call e0\n}\n");
        let by_arg = |t: &[Event]| [&[made(arg)], &t[1..]].concat();
        assert_eq!(id(&p, &by_arg(&aborted), &by_arg(&twice)), f11);
        // An argument closure refused under panic=abort, a critical error (p7-reset-d65814c13bc62099).
        let head = [made(arg), Event::HostEnter { import: 0 }, Event::ScheduleReinit, Event::Reset { epoch: 1 }, h1];
        let e = [&head[..], &[out(Failure::critical(Failure::Stale))]].concat();
        let a = [&head[..], &[h1, out(unreachable)]].concat();
        assert_eq!(id(&p, &e, &a), f11);
        assert_eq!(id(&p, &[&head[..], &[out(Failure::critical(Failure::Foreign(1)))]].concat(), &a), None, "only a refusal as stale");
        // Refused by P3's check before the guard, inside a `catch` import call of [1]: its Err
        // (p4-hook-7f56f76c30acbb0e); without the check the guard performs h0's reinit.
        let p = program("export e0 {\n  call h0 with e1\n}\nexport e1 {\n}\nexport e2 {\n  call h1 catch\n}\nimport h0 {\n}\nimport h1 {\n  reinit\n  invoke e1\n}\ndriver {\n  call e0\n  reset\n  call e2\n}\n");
        let head = [made(arg), Event::Outcome { step: 0, outcome: Outcome::Value(0) }, Event::Reset { epoch: 1 }, Event::HostEnter { import: 1 }, Event::ScheduleReinit];
        let e = [&head[..], &[Event::ImportErr { epoch: 1, import: 1 }]].concat();
        let a = [&head[..], &[Event::Reset { epoch: 2 }]].concat();
        assert_eq!(id(&p, &e, &a), f11);
        assert_eq!(id(&p, &[&[made(own)], &e[1..]].concat(), &[&[made(own)], &a[1..]].concat()), None, "an owned closure has its check");
    }

    #[test]
    fn quickstart_clean_clone_shapes_are_f1_f9_and_f11() {
        let wbg = Context { lane: Lane::RUSTC_WASM_BINDGEN, rustc: "rustc 1.96.0", encoding: Encoding::Exnref };
        let f9 = Some("wasm-bindgen-0.2.130-stale-closure-runs-after-guard-reset");
        let f11 = Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check");
        let id_on = |cx: &Context, p: &Program, e: &[Event], a: &[Event]| explain(cx, p, &Trace(e.to_vec()), &Trace(a.to_vec())).map(|d| d.id);
        let id = |p: &Program, e: &[Event], a: &[Event]| id_on(&wbg, p, e, a);
        let own = crate::program::ClosureKind::OWN;
        let with = |ctor| crate::program::ClosureKind { ctor, ..own };
        let out = |step, f| Event::Outcome { step, outcome: Outcome::Failed(f) };
        let unreachable = Failure::Trap(TrapKind::Unreachable);
        let h1 = Event::Hook { epoch: 1 };
        let nested = |f| Failure::critical(Failure::critical(f));
        // F9 two exports deep under panic=abort: each aborting import wrapper wraps the refusal
        // (p7-reset-8395fb37e8fdc1e5).
        let p = program("export e0 {\n  call h0\n}\nexport e1 {\n  call h1\n}\nexport e2 {\n  closure e3\n}\nexport e3 {\n}\nimport h0 {\n  call e1\n}\nimport h1 {\n  call e2\n  reinit\n  invoke e3\n}\ndriver {\n  call e0\n}\n");
        let head = [
            Event::Enter { epoch: 0, func: 0 },
            Event::HostEnter { import: 0 },
            Event::Enter { epoch: 0, func: 1 },
            Event::HostEnter { import: 1 },
            Event::Enter { epoch: 0, func: 2 },
            Event::ClosureNew { epoch: 0, export: 3, kind: own },
            Event::Exit { epoch: 0, func: 2 },
            Event::HostReturn { export: 2, value: 0 },
            Event::ScheduleReinit,
            Event::Reset { epoch: 1 },
            h1,
            h1,
        ];
        let ran = [&head[..], &[h1, out(0, unreachable)]].concat();
        assert_eq!(id(&p, &[&head[..], &[out(0, nested(Failure::Stale))]].concat(), &ran), f9);
        assert_eq!(id(&p, &[&head[..], &[out(0, nested(Failure::Foreign(1)))]].concat(), &ran), None, "only a refusal as stale");
        // F11 the same (p4-hook-45e37a13cd2d8767): an argument closure of [0] after the guard's reset.
        let p = program("export e0 {\n  call h0 with e1\n}\nexport e1 {\n}\nimport h0 {\n  reinit\n  invoke e1\n}\ndriver {\n  call e0\n}\n");
        let head = [Event::ClosureNew { epoch: 0, export: 1, kind: with(crate::program::ClosureCtor::Ref) }, Event::HostEnter { import: 0 }, Event::ScheduleReinit, Event::Reset { epoch: 1 }];
        let e = [&head[..], &[h1, h1, out(0, nested(Failure::Stale))]].concat();
        assert_eq!(id(&p, &e, &[&head[..], &[Event::Enter { epoch: 1, func: 0 }]].concat()), f11);
        // F9 refused after the old frame's pads ran, the run refusing it otherwise
        // (p7-reset-53e13d801e3e2325: the fresh heap says called_twice).
        let p = program("export e0 {\n  reinit\n  call e1\n}\nexport e1 {\n  guard 2\n  call h0\n}\nasync export e2 {\n  closure e3 once\n}\nexport e3 {\n}\nimport h0 {\n  invoke e3\n}\ndriver {\n  spawn e2\n  call e0\n}\n");
        let head = [
            Event::TaskStart { task: 0 },
            Event::Enter { epoch: 0, func: 2 },
            Event::ClosureNew { epoch: 0, export: 3, kind: with(crate::program::ClosureCtor::Once) },
            Event::Exit { epoch: 0, func: 2 },
            Event::TaskSettled { task: 0, outcome: Outcome::Value(0) },
            Event::Outcome { step: 0, outcome: Outcome::Task(0) },
            Event::Enter { epoch: 0, func: 0 },
            Event::ScheduleReinit,
            Event::Enter { epoch: 0, func: 1 },
            Event::GuardNew { epoch: 0, id: 2 },
            Event::HostEnter { import: 0 },
            Event::Reset { epoch: 1 },
        ];
        let refused = |drop_epoch, f| [&head[..], &[Event::GuardDrop { epoch: drop_epoch, id: 2 }, out(1, f)]].concat();
        assert_eq!(id(&p, &refused(0, Failure::Stale), &refused(0, Failure::CalledTwice)), f9);
        assert_eq!(id(&p, &refused(1, Failure::Stale), &refused(1, Failure::CalledTwice)), None, "the fresh instance's pads are not the refusal's");
        // F11 where the old frame called the fresh instance before invoking (p7-reset-119ea1c9debaef29):
        // [0] aborted, its hook scheduled the reinit, the call into [1] returned.
        let p = program("hook reinit\nexport e0 {\n  closure e1 borrow_mut\n  call h0\n}\nexport e1 {\n}\nimport h0 {\n  terminate\n  call e1\n  invoke e1\n}\ndriver {\n  call e0\n}\n");
        let head = [
            Event::Enter { epoch: 0, func: 0 },
            Event::ClosureNew { epoch: 0, export: 1, kind: with(crate::program::ClosureCtor::BorrowMut) },
            Event::HostEnter { import: 0 },
            Event::Terminate { epoch: 0 },
            Event::Hook { epoch: 0 },
            Event::Reset { epoch: 1 },
            Event::Enter { epoch: 1, func: 1 },
            Event::Exit { epoch: 1, func: 1 },
            Event::HostReturn { export: 1, value: 1 },
            h1,
        ];
        assert_eq!(id(&p, &[&head[..], &[out(0, unreachable)]].concat(), &[&head[..], &[h1, out(0, unreachable)]].concat()), f11);
        let inside = [&head[..7], &[h1, out(0, unreachable)]].concat();
        assert_eq!(id(&p, &inside, &[&head[..7], &[Event::Exit { epoch: 1, func: 1 }]].concat()), None, "a run differing inside the fresh call is not the refusal");
        // F11 with an argument closure an old frame made after the reset (p7-reset-2d44dcaec0b9bfcc):
        // F11's fix stamps it with the instance whose frame made it (F10's caller instance).
        let p = program("hook record\nexport e0 {\n  reinit\n  call h0\n  call h0 with e1\n}\nexport e1 {\n}\nimport h0 {\n  invoke e1\n  call e1\n}\ndriver {\n  call e0\n}\n");
        let head = |kind| {
            [
                Event::Enter { epoch: 0, func: 0 },
                Event::ScheduleReinit,
                Event::HostEnter { import: 0 },
                Event::NoClosure { export: 1 },
                Event::Reset { epoch: 1 },
                Event::Enter { epoch: 1, func: 1 },
                Event::Exit { epoch: 1, func: 1 },
                Event::HostReturn { export: 1, value: 0 },
                Event::HostExit { import: 0 },
                Event::ClosureNew { epoch: 0, export: 1, kind },
                Event::HostEnter { import: 0 },
                h1,
            ]
        };
        let arg = with(crate::program::ClosureCtor::Ref);
        let (e, a) = ([&head(arg)[..], &[out(0, Failure::critical(Failure::Stale))]].concat(), [&head(arg)[..], &[h1, out(0, unreachable)]].concat());
        assert_eq!(id(&p, &e, &a), f11);
        let (e, a) = ([&head(own)[..], &[out(0, Failure::critical(Failure::Stale))]].concat(), [&head(own)[..], &[h1, out(0, unreachable)]].concat());
        // An owned closure has makeClosure's stamp: made by the old frame
        // after the reset, it is stamped with the fresh instance (F10), not F11.
        assert_eq!(id(&p, &e, &a), Some("wasm-bindgen-0.2.130-closure-bound-to-current-instance"), "an owned closure made by an old frame is F10's shape, not F11's");
        // F9 caught by the host's try around the invoke, in a task after a driver reset
        // (p4-hook-c0a94842c35202e9, 60 s abort fuzz).
        let p = program("hook record\nexport e0 {\n}\nasync export e1 {\n  closure e2\n  call h0\n}\nexport e2 {\n}\nimport h0 {\n  try {\n    reinit\n    invoke e2\n  } catch swallow\n}\ndriver {\n  call e0\n  reset\n  spawn e1\n}\n");
        let head = [
            Event::Enter { epoch: 0, func: 0 },
            Event::Outcome { step: 0, outcome: Outcome::Value(0) },
            Event::Reset { epoch: 1 },
            Event::Outcome { step: 1, outcome: Outcome::Done },
            Event::TaskStart { task: 0 },
            Event::Enter { epoch: 1, func: 1 },
            Event::ClosureNew { epoch: 1, export: 2, kind: own },
            Event::HostEnter { import: 0 },
            Event::ScheduleReinit,
            Event::Reset { epoch: 2 },
        ];
        let e = [&head[..], &[Event::Catch { failure: Failure::Stale }, Event::HostExit { import: 0 }]].concat();
        assert_eq!(id(&p, &e, &[&head[..], &[Event::Enter { epoch: 2, func: 0 }]].concat()), f9);
        // F11 in a task, refused after its pad dropped the borrowed closure (p7-reset-8ce5b19719bef3af,
        // 60 s unwind fuzz): the task's promise rejects as stale.
        let p = program("hook record\nasync export e0 {\n  closure e1 borrow_mut\n  call h0\n  call h0\n}\nexport e1 {\n}\nimport h0 {\n  invoke e1\n  reinit\n}\ndriver {\n  spawn e0\n}\n");
        let head = [
            Event::TaskStart { task: 0 },
            Event::Enter { epoch: 0, func: 0 },
            Event::ClosureNew { epoch: 0, export: 1, kind: with(crate::program::ClosureCtor::BorrowMut) },
            Event::HostEnter { import: 0 },
            Event::ScheduleReinit,
            Event::HostExit { import: 0 },
            Event::HostEnter { import: 0 },
            Event::Reset { epoch: 1 },
        ];
        let e = |drop_epoch| [&head[..], &[Event::ClosureDrop { epoch: drop_epoch, export: 1 }, Event::TaskSettled { task: 0, outcome: Outcome::Failed(Failure::Stale) }]].concat();
        assert_eq!(id(&p, &e(0), &[&head[..], &[Event::Enter { epoch: 1, func: 0 }]].concat()), f11);
        assert_eq!(id(&p, &e(1), &[&head[..], &[Event::Enter { epoch: 1, func: 0 }]].concat()), None, "the fresh instance's drop is not the refusal's");
        // F1 in a task resumed after an await: its old frame's `catch` import call gets the trap as Err
        // on legacy EH (p3-nothing-after-abort-a9bd2808af8c357f).
        let legacy = Context { encoding: Encoding::Legacy, ..wbg };
        let p = program("hook record\nasync export e0 {\n  await\n  call h0 catch\n}\nexport e1 {\n  abort unreachable\n}\nimport h0 {\n  reinit\n  call e1\n}\ndriver {\n  spawn e0\n}\n");
        let head = |started| {
            [
                Event::TaskStart { task: 0 },
                Event::Enter { epoch: started, func: 0 },
                Event::TaskAwaits { task: 0 },
                Event::Outcome { step: 0, outcome: Outcome::Task(0) },
                Event::EndResolve { task: 0 },
                Event::TaskResumes { task: 0 },
                Event::HostEnter { import: 0 },
                Event::ScheduleReinit,
                Event::Reset { epoch: 1 },
                Event::Enter { epoch: 1, func: 1 },
                Event::Abort { epoch: 1, cause: AbortCause::Step(crate::program::AbortKind::Unreachable) },
                h1,
            ]
        };
        let e = [&head(0)[..], &[h1, Event::TaskSettled { task: 0, outcome: Outcome::Failed(unreachable) }]].concat();
        let a = [&head(0)[..], &[Event::ImportErr { epoch: 0, import: 0 }, Event::Exit { epoch: 0, func: 0 }]].concat();
        let f1 = Some("wasm-bindgen-0.2.130-legacy-trap-runs-old-pads");
        assert_eq!(id_on(&legacy, &p, &e, &a), f1);
        assert_ne!(id_on(&wbg, &p, &e, &a), f1, "F1 is legacy EH's");
        let (e1, a1) = ([&head(1)[..], &e[12..]].concat(), [&head(1)[..], &a[12..]].concat());
        assert_ne!(id_on(&legacy, &p, &e1, &a1), f1, "a task of the fresh instance is no old frame");
        // In the task's first poll, the abort a host terminate (p3-nothing-after-abort-a9bd2808af8c357f
        // unreduced): the task's promise rejecting with the trap is the abort.
        let first = [&[Event::TaskStart { task: 0 }, Event::Enter { epoch: 0, func: 0 }], &head(0)[6..10], &[Event::HostEnter { import: 1 }, Event::Terminate { epoch: 1 }, h1]].concat();
        let e = [&first[..], &[h1, Event::TaskSettled { task: 0, outcome: Outcome::Failed(unreachable) }]].concat();
        let a = [&first[..], &[Event::ImportErr { epoch: 0, import: 0 }]].concat();
        assert_eq!(id_on(&legacy, &p, &e, &a), f1);
    }

    #[test]
    fn a_task_that_never_settles_is_known_only_where_its_poll_unwound_or_its_instance_went_away() {
        let p = program("async export e0 {\n  await\n}\ndriver {\n  spawn e0\n  reject t0 9\n}\n");
        let wbg = Context { lane: Lane::RUSTC_WASM_BINDGEN, rustc: "rustc 1.96.0", encoding: Encoding::Exnref };
        let id = |e: &[Event], a: &[Event]| explain(&wbg, &p, &Trace(e.to_vec()), &Trace(a.to_vec())).map(|d| d.id);
        let head = [Event::TaskStart { task: 0 }, Event::TaskAwaits { task: 0 }, Event::Outcome { step: 0, outcome: Outcome::Task(0) }];
        let settled = |f| Event::TaskSettled { task: 0, outcome: Outcome::Failed(f) };
        let end = [Event::Outcome { step: 1, outcome: Outcome::Done }];
        let hung = [&head[..], &end, &[Event::Hung { task: 0 }]].concat();
        let unwound = "wasm-bindgen-futures-0.4.80-unwinding-poll-never-settles";
        let refused = "wasm-bindgen-futures-0.4.80-refused-resumption-never-settles";
        for f in [Failure::Foreign(9), Failure::Trap(TrapKind::Unreachable)] {
            assert_eq!(id(&[&head[..], &[settled(f)], &end].concat(), &hung), Some(unwound), "{f:?}");
        }
        // An exception that also aborts (another module's panic): logged
        // uncaught, the hook fires, then the promise is to be rejected.
        let e = [&head[..], &[Event::Uncaught { epoch: 0 }, Event::Hook { epoch: 0 }, settled(Failure::ForeignPanic(51))], &end].concat();
        let a = [&head[..], &[Event::Hook { epoch: 0 }], &end, &[Event::Hung { task: 0 }]].concat();
        assert_eq!(id(&e, &a), Some(unwound));
        // A panic of a nested export, out of an import into the task.
        let nested = [Event::HostEnter { import: 0 }, Event::Enter { epoch: 0, func: 1 }, Event::Panic { epoch: 0, payload: 1 }];
        let poll = [Event::TaskStart { task: 0 }, Event::Enter { epoch: 0, func: 0 }];
        let e = [&poll[..], &nested, &[settled(Failure::Panic(1))], &end].concat();
        let a = [&poll[..], &nested, &end, &[Event::Hung { task: 0 }]].concat();
        assert_eq!(id(&e, &a), Some(unwound));
        // A closure invoked by a host step inside the poll, refused: the
        // refusal is a JS exception there.
        let e = [&poll[..], &[Event::HostEnter { import: 0 }, settled(Failure::Stale)], &end].concat();
        let a = [&poll[..], &[Event::HostEnter { import: 0 }], &end, &[Event::Hung { task: 0 }]].concat();
        assert_eq!(id(&e, &a), Some(unwound));
        // A panic of the task's own frames that never settles is another bug, and so is a foreign
        // rejection settled with the wrong value.
        assert_eq!(id(&[&head[..], &[settled(Failure::Panic(1))], &end].concat(), &hung), None);
        let wrong = [&head[..], &[settled(Failure::Foreign(8))], &end].concat();
        assert_eq!(id(&[&head[..], &[settled(Failure::Foreign(9))], &end].concat(), &wrong), None);
        // A refusal after the instance aborted (a hook) or was replaced.
        for gone in [Event::Hook { epoch: 0 }, Event::Reset { epoch: 1 }] {
            let e = [&head[..], &[gone], &[settled(Failure::Terminated)], &end].concat();
            let a = [&head[..], &[gone], &end, &[Event::Hung { task: 0 }]].concat();
            assert_eq!(id(&e, &a), Some(refused), "{gone:?}");
        }
        // A reset in the middle of its poll, before it awaited, counts; one
        // before it started does not.
        let mid = [Event::TaskStart { task: 0 }, Event::Reset { epoch: 1 }, Event::TaskAwaits { task: 0 }];
        let e = [&mid[..], &[settled(Failure::Stale)], &end].concat();
        let a = [&mid[..], &end, &[Event::Hung { task: 0 }]].concat();
        assert_eq!(id(&e, &a), Some(refused));
        let before = [&[Event::Reset { epoch: 1 }], &head[..]].concat();
        let e = [&before[..], &[settled(Failure::Stale)], &end].concat();
        let a = [&before[..], &end, &[Event::Hung { task: 0 }]].concat();
        assert_eq!(id(&e, &a), None);
        // A refusal with the instance healthy is not it.
        assert_eq!(id(&[&head[..], &[settled(Failure::Stale)], &end].concat(), &hung), None);
        assert!(explain(&Context { lane: Lane::RUSTC, ..wbg }, &p, &Trace([&head[..], &[settled(Failure::Foreign(9))], &end].concat()), &Trace(hung)).is_none());
    }

    #[test]
    fn jspi_tasks_settle_f8_f9_f10_and_f11_where_calls_would_fail() {
        // The reduced programs of a 60 s JSPI fuzz on v8 (seed 1796592864250483400), each of which passes
        // on 0.2.130 with the F8/F10, F9, F11 and F12 patches applied.
        let jspi = Context { lane: Lane::RUSTC_WASM_BINDGEN_JSPI, rustc: "rustc 1.96.0", encoding: Encoding::Exnref };
        let id = |p: &Program, e: &[Event], a: &[Event]| explain(&jspi, p, &Trace(e.to_vec()), &Trace(a.to_vec())).map(|d| d.id);
        let settled = |f| Event::TaskSettled { task: 0, outcome: Outcome::Failed(f) };
        let ok = |step| Event::Outcome { step, outcome: Outcome::Value(0) };
        let (start, resumes) = (Event::TaskStart { task: 0 }, Event::TaskResumes { task: 0 });
        let h1 = Event::Hook { epoch: 1 };
        let trapped = [h1, h1, settled(Failure::Trap(TrapKind::Unreachable))];
        // F8: t0 resumes on [0] (J1) after a reinit replaced it and panics; the glue decodes the PanicError from
        // [1]'s memory (p10-payload-8860cb55e76b5f0c).
        let p = program("export e0 {\n  call h0\n}\nasync export e1 {\n  await\n  panic 29\n}\nimport h0 {\n  reinit\n}\ndriver {\n  spawn e1\n  call e0\n  call e0\n}\n");
        let head = |epoch| vec![start, Event::TaskAwaits { task: 0 }, ok(0), Event::Reset { epoch: 1 }, ok(1), resumes, Event::Panic { epoch, payload: 29 }];
        let lost = |epoch| [head(epoch), vec![settled(Failure::Panic(LOST_PAYLOAD))]].concat();
        let f8 = Some("wasm-bindgen-0.2.130-old-frame-panic-after-reset");
        assert_eq!(id(&p, &[head(0), vec![settled(Failure::Panic(29))]].concat(), &lost(0)), f8);
        assert_eq!(id(&p, &[head(1), vec![settled(Failure::Panic(29))]].concat(), &lost(1)), None, "a panic on the fresh instance keeps its payload");
        // F9: t0's invoke of its own closure performs the reinit its import scheduled (p7-reset-bc94ca1280e22ba9).
        let own = crate::program::ClosureKind::OWN;
        let p = program("async export e0 {\n  closure e1\n  call h0\n}\nexport e1 {\n}\nimport h0 {\n  reinit\n  invoke e1\n}\ndriver {\n  spawn e0\n}\n");
        let head = [start, Event::ClosureNew { epoch: 0, export: 1, kind: own }, Event::HostEnter { import: 0 }, Event::ScheduleReinit, Event::Reset { epoch: 1 }];
        let e = [&head[..], &[settled(Failure::Stale)]].concat();
        assert_eq!(id(&p, &e, &[&head[..], &trapped].concat()), Some("wasm-bindgen-0.2.130-stale-closure-runs-after-guard-reset"));
        // F10: t0 resumes on [0] after a driver reset and makes a closure there, which its import invokes
        // (p5-classification-ff7ce90d7547dc57).
        let p = program("async export e0 {\n  await\n  closure e1\n  call h0\n}\nexport e1 {\n}\nimport h0 {\n  invoke e1\n}\ndriver {\n  spawn e0\n  reset\n  call e1\n}\n");
        let head = [start, ok(0), Event::Reset { epoch: 1 }, ok(2), resumes, Event::ClosureNew { epoch: 0, export: 1, kind: own }, Event::HostEnter { import: 0 }];
        let e = [&head[..], &[settled(Failure::Stale)]].concat();
        let f10 = Some("wasm-bindgen-0.2.130-closure-bound-to-current-instance");
        assert_eq!(id(&p, &e, &[&head[..], &trapped].concat()), f10);
        // A task the run leaves hung is wasm-bindgen-futures' declared refusal, not a closure's defect.
        let hung = [&head[..], &[Event::Hung { task: 0 }]].concat();
        assert_ne!(id(&p, &e, &hung), f10);
        // F11: an import's argument closure of [0], invoked by t0 on [1] (p7-reset-83e5ecb39773321e).
        let arg = crate::program::ClosureKind { ctor: crate::program::ClosureCtor::Ref, ..own };
        let p = program("hook reinit\nasync export e0 {\n  call h0\n}\nexport e1 {\n}\nexport e2 {\n  call h1 with e1\n}\nimport h0 {\n  invoke e1\n}\nimport h1 {\n  throw unknown_tag 80\n}\ndriver {\n  call e2\n  spawn e0\n}\n");
        let head = |kind| vec![Event::ClosureNew { epoch: 0, export: 1, kind }, Event::Hook { epoch: 0 }, Event::Reset { epoch: 1 }, start, Event::Enter { epoch: 1, func: 0 }, Event::HostEnter { import: 0 }];
        let run = |kind, f| [head(kind), vec![settled(f)]].concat();
        assert_eq!(id(&p, &run(arg, Failure::Stale), &run(arg, Failure::Dropped)), Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check"));
        assert_eq!(id(&p, &run(own, Failure::Stale), &run(own, Failure::Dropped)), None, "an owned closure has makeClosure's check");
        // F9 where the old frame's pads agree and the run first differs at the outcome: a once closure, spent
        // on [0], invoked again after its invoke's guard reset; the fresh instance's shim says called twice
        // (p7-reset-41df0ca4823cb2a6, node26: also off the JSPI lane).
        let wbg = Context { lane: Lane::RUSTC_WASM_BINDGEN, ..jspi };
        let once = crate::program::ClosureKind { ctor: crate::program::ClosureCtor::Once, ..own };
        let p = program("export e0 {\n  closure e1 once\n  guard 1\n  call h0\n  call h0\n}\nexport e1 {\n}\nimport h0 {\n  invoke e1\n  reinit\n}\ndriver {\n  call e0\n}\n");
        let head = |drop_epoch| {
            vec![Event::ClosureNew { epoch: 0, export: 1, kind: once }, Event::GuardNew { epoch: 0, id: 1 }, Event::ScheduleReinit, Event::HostEnter { import: 0 }, Event::Reset { epoch: 1 }, Event::GuardDrop { epoch: drop_epoch, id: 1 }]
        };
        let out = |f| Event::Outcome { step: 0, outcome: Outcome::Failed(f) };
        let run = |d, f| [head(d), vec![out(f)]].concat();
        for c in [&jspi, &wbg] {
            let id = |e: &[Event], a: &[Event]| explain(c, &p, &Trace(e.to_vec()), &Trace(a.to_vec())).map(|d| d.id);
            assert_eq!(id(&run(0, Failure::Stale), &run(0, Failure::CalledTwice)), Some("wasm-bindgen-0.2.130-stale-closure-runs-after-guard-reset"));
            assert_eq!(id(&run(1, Failure::Stale), &run(1, Failure::CalledTwice)), None, "the fresh instance's pads are not the refusal's");
        }
        // F9 where the old frame's pad drops its ScopedClosure first (quickstart-style JSPI fuzz on v8,
        // p7-reset-e0260355e89f32fb): the run differs at that drop.
        let p = program("export e0 {\n  closure e1 borrow_mut\n  call h0\n}\nexport e1 {\n  reinit\n  closure e1\n}\nimport h0 {\n  call e1\n  invoke e1\n}\ndriver {\n  call e0\n}\n");
        let scoped = crate::program::ClosureKind { ctor: crate::program::ClosureCtor::BorrowMut, ..own };
        let head = [Event::ClosureNew { epoch: 0, export: 1, kind: scoped }, Event::HostEnter { import: 0 }, Event::ClosureNew { epoch: 0, export: 1, kind: own }, Event::HostReturn { export: 1, value: 0 }, Event::Reset { epoch: 1 }];
        let e = [&head[..], &[Event::ClosureDrop { epoch: 0, export: 1 }, out(Failure::Stale)]].concat();
        let a = [&head[..], &[h1, h1, out(Failure::Trap(TrapKind::Unreachable))]].concat();
        assert_eq!(id(&p, &e, &a), Some("wasm-bindgen-0.2.130-stale-closure-runs-after-guard-reset"));
        // F10 where the refusal unwinds the old frame [0] whose pad panics (p4-hook-15c339b45cb5bf74, v8).
        let p = program("export e0 {\n  reinit\n  call h0\n  closure e1\n  guard 2 panics 1\n  call h0\n}\nexport e1 {\n}\nimport h0 {\n  call e1\n  invoke e1\n}\ndriver {\n  call e0\n}\n");
        let head = [Event::Reset { epoch: 1 }, Event::ClosureNew { epoch: 0, export: 1, kind: own }, Event::GuardNew { epoch: 0, id: 2 }, Event::HostEnter { import: 0 }, Event::HostReturn { export: 1, value: 0 }];
        let e = [&head[..], &[Event::GuardDrop { epoch: 0, id: 2 }, Event::Panic { epoch: 0, payload: 1 }]].concat();
        let a = [&head[..], &[h1, h1, out(Failure::Trap(TrapKind::Unreachable))]].concat();
        assert_eq!(id(&p, &e, &a), f10);
        let thrown = [&head[..4], &[Event::Throw { value: 3 }, Event::GuardDrop { epoch: 0, id: 2 }]].concat();
        assert_eq!(id(&p, &thrown, &[&head[..4], &[Event::Throw { value: 3 }, h1]].concat()), None, "a host throw, not a refusal, unwinds it");
        // Under panic=abort the refusal is a critical error after its hook (the same regression there).
        let e = [&head[..], &[h1, out(Failure::critical(Failure::Stale))]].concat();
        assert_eq!(id(&p, &e, &[&head[..], &[h1, h1, out(Failure::Trap(TrapKind::Unreachable))]].concat()), f10);
        // F11 refused by P3 inside a frame whose instance [2] had aborted (a host terminate; the hook
        // schedules a reinit): its import wrapper traps, where the run's guard resets (p4-hook-c1fac45209b5cc7b).
        let p = program("hook reinit\nexport e0 {\n  call h0\n}\nexport e1 {\n  closure e1 borrow\n  abort unreachable\n}\nimport h0 {\n  terminate\n  invoke e1\n  call e1\n}\ndriver {\n  call e0\n  call e0\n}\n");
        let borrow = crate::program::ClosureKind { ctor: crate::program::ClosureCtor::Borrow, ..own };
        let head = |hooked: bool| {
            let mut h = vec![Event::Reset { epoch: 1 }, Event::ClosureNew { epoch: 1, export: 1, kind: borrow }, Event::Outcome { step: 0, outcome: Outcome::Value(0) }];
            h.extend([Event::Reset { epoch: 2 }, Event::HostEnter { import: 0 }, Event::Terminate { epoch: 2 }]);
            h.extend(hooked.then_some(Event::Hook { epoch: 2 }));
            h
        };
        let trapped = |hooked| [head(hooked), vec![Event::Outcome { step: 1, outcome: Outcome::Failed(Failure::Trap(TrapKind::Unreachable)) }]].concat();
        let reset = |hooked| [head(hooked), vec![Event::Reset { epoch: 3 }]].concat();
        assert_eq!(id(&p, &trapped(true), &reset(true)), Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check"));
        assert_eq!(id(&p, &trapped(false), &reset(false)), None, "a trap where the frame's instance had not aborted is no refusal");
        // The same where `call e1`'s guard had already reset: [0]'s frame marks [1] (P2), and the run's
        // closure traps on [1], a hook again (p7-reset-91d2d795af4ddc37).
        let p = program("hook reinit\nexport e0 {\n  call h0 with e1\n}\nexport e1 {\n}\nimport h0 {\n  terminate\n  call e1\n  invoke e1\n}\ndriver {\n  call e0\n}\n");
        let arg = crate::program::ClosureKind { ctor: crate::program::ClosureCtor::Ref, ..own };
        let head = [Event::ClosureNew { epoch: 0, export: 1, kind: arg }, Event::HostEnter { import: 0 }, Event::Terminate { epoch: 0 }, Event::Hook { epoch: 0 }, Event::Reset { epoch: 1 }, Event::HostReturn { export: 1, value: 16 }, h1];
        let e = [&head[..], &[out(Failure::Trap(TrapKind::Unreachable))]].concat();
        assert_eq!(id(&p, &e, &[&head[..], &[h1]].concat()), Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check"));
        assert_eq!(id(&p, &e, &[&head[..], &[out(Failure::Stale)]].concat()), None, "the run's stale refusal is not this");
        // F11 in a task whose instance [0] aborted (a host terminate; the hook reinits): the refusal after the
        // invoke's guard reset traps in [0]'s import wrapper and rejects the task (p4-hook-4c90b7b4332101a4).
        let p = program("hook reinit\nasync export e0 {\n  call h0 with e1\n}\nexport e1 {\n}\nimport h0 {\n  terminate\n  invoke e1\n}\ndriver {\n  spawn e0\n}\n");
        let arg = crate::program::ClosureKind { ctor: crate::program::ClosureCtor::Ref, ..own };
        let head = [start, Event::ClosureNew { epoch: 0, export: 1, kind: arg }, Event::HostEnter { import: 0 }, Event::Terminate { epoch: 0 }, Event::Hook { epoch: 0 }, Event::Reset { epoch: 1 }];
        let e = [&head[..], &[h1, settled(Failure::Trap(TrapKind::Unreachable))]].concat();
        let a = [&head[..], &[Event::Enter { epoch: 1, func: 1 }]].concat();
        assert_eq!(id(&p, &e, &a), Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check"));
        let healthy = [&head[..3], &head[5..]].concat();
        let e = [&healthy[..], &[h1, settled(Failure::Trap(TrapKind::Unreachable))]].concat();
        assert_eq!(id(&p, &e, &[&healthy[..], &[Event::Enter { epoch: 1, func: 1 }]].concat()), None, "no refusal where [0] had not aborted");
    }

    /// The unmatched failures of 20,000-case JSPI fuzz runs on v8 (seeds 11, 13 and 15), reduced: the
    /// model's own traces on the lane, with the run's departure from them as the run showed it.
    #[test]
    fn jspi_fuzz_seeds_11_13_and_15_are_f9_f10_and_f11() {
        let (model, id) = (lane_model, lane_id);
        let jspi = Lane::RUSTC_WASM_BINDGEN_JSPI;
        let unreachable = Failure::Trap(TrapKind::Unreachable);
        // F11 (p4-hook-32acfa81c5e1cbe4): t0's first segment on [1]; h1 terminates [1] (no hook: a host write)
        // and invokes [0]'s borrowed closure. Model (P3): refused as stale before the guard, e1's import
        // wrapper traps on the terminated [1], `hook [1]` at e1's and at spawn_jspi's boundary (P1). Run: the
        // closure's bare arrow has no instance check, so its invoke shim's __wbg_call_guard sees the flag
        // with __wbg_called_abort clear and fires the hook before refusing it as terminated: a third hook.
        let src = |ctor: &str| {
            format!("async export e0 {{\n  call h0\n}}\nexport e1 {{\n  call h1\n}}\nexport e2 {{\n  closure e3{ctor}\n}}\nexport e3 {{\n}}\n\
                     import h0 {{\n  call e1\n}}\nimport h1 {{\n  terminate\n  invoke e3\n}}\ndriver {{\n  call e2\n  reset\n  spawn e0\n}}\n")
        };
        let p = program(&src(" borrow"));
        let e = model(&p, jspi);
        let settled = e.iter().position(|x| *x == Event::TaskSettled { task: 0, outcome: Outcome::Failed(unreachable) }).unwrap();
        assert_eq!(e[settled - 2..settled], [Event::Hook { epoch: 1 }, Event::Hook { epoch: 1 }], "P1: two boundaries");
        let a = [&e[..settled], &[Event::Hook { epoch: 1 }], &e[settled..]].concat();
        assert_eq!(id(jspi, &p, &e, &a), Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check"));
        let owned = program(&src(""));
        let e = model(&owned, jspi);
        let settled = e.iter().position(|x| matches!(x, Event::TaskSettled { .. })).unwrap();
        let a = [&e[..settled], &[Event::Hook { epoch: 1 }], &e[settled..]].concat();
        assert_eq!(id(jspi, &owned, &e, &a), None, "an owned closure has makeClosure's check: a hook more there is another bug");
        // F10 (p7-reset-cbf464e84da1a020, also off the JSPI lane): h0's first call of e1 performs the reinit
        // ([1]); e0's old frame on [0] then makes a closure over e2, which makeClosure stamps with [1]. In
        // driver[1] h0 schedules a reinit (P4) and invokes it. Model (P3): [0]'s closure is stale before the
        // guard, e0's `catch` call gets the refusal as its Err, no reset. Run: the check passes, the invoke
        // shim's guard performs the reinit ([2]) and runs [0]'s pointers there, which trap.
        let src = |h0: &str| {
            format!("export e0 {{\n  call h0 catch\n  call e1\n}}\nexport e1 {{\n  closure e2\n}}\nexport e2 {{\n}}\n\
                     import h0 {{\n  reinit\n{h0}  invoke e2\n  call e1\n}}\ndriver {{\n  call e0\n  call e0\n}}\n")
        };
        for lane in [Lane::RUSTC_WASM_BINDGEN, jspi] {
            let p = program(&src(""));
            let e = model(&p, lane);
            let at = e.iter().position(|x| *x == Event::ImportErr { epoch: 1, import: 0 }).unwrap();
            assert!(!e[..at].contains(&Event::Reset { epoch: 2 }), "{lane}: the model refuses it before the guard");
            let ran = [Event::Reset { epoch: 2 }, Event::Hook { epoch: 2 }, Event::Hook { epoch: 2 }, Event::Outcome { step: 1, outcome: Outcome::Failed(unreachable) }];
            assert_eq!(id(lane, &p, &e, &[&e[..at], &ran].concat()), Some("wasm-bindgen-0.2.130-closure-bound-to-current-instance"), "{lane}");
            // The Err of a host throw is no refusal, whatever the run does after it.
            let thrown = program(&src("  throw 7\n"));
            let e = model(&thrown, lane);
            let at = e.iter().position(|x| *x == Event::ImportErr { epoch: 1, import: 0 }).unwrap();
            assert_eq!(e[at - 1], Event::Throw { value: 7 });
            assert_eq!(id(lane, &thrown, &e, &[&e[..at], &ran].concat()), None, "{lane}");
        }
            // Seed 15, off the JSPI lane too (no task). F11 (p4-hook-5fe391ff9f1573f0): e0 on [2] schedules a reinit
        // and h0 invokes [1]'s argument closure. Model (P3): stale before the guard, the refusal unwinds e0's
        // frame, whose pad panics (panic_in_drop). Run: no instance check, the shim's guard performs the
        // reinit ([3]) and refuses the dropped closure there (then the rustc defect and F8 on [2]'s frame).
        let src = |with: &str| {
            format!("memory 1 2\nstate 2\nhook reinit\nexport e0 {{\n  reinit\n  guard 1 panics 78\n  call h0\n  grow 2\n}}\n\
                     export e1 {{\n  call h1{with}\n}}\nexport e2 {{\n}}\nimport h0 {{\n  invoke e2\n  try {{\n    call e1\n  }} catch swallow\n}}\n\
                     import h1 {{\n  throw unknown_tag 96\n}}\ndriver {{\n  call e0\n  call e0\n}}\n")
        };
        let p = program(&src(" with e2"));
        for lane in [Lane::RUSTC_WASM_BINDGEN, jspi] {
            let e = model(&p, lane);
            let at = e.iter().position(|x| *x == Event::GuardDrop { epoch: 2, id: 1 }).unwrap();
            let run = [&e[..at], &[Event::Reset { epoch: 3 }, Event::GuardDrop { epoch: 2, id: 1 }, Event::Panic { epoch: 2, payload: 78 }]].concat();
            assert_eq!(id(lane, &p, &e, &run), Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check"), "{lane}");
            let hooked = [&e[..at], &[Event::Hook { epoch: 2 }]].concat();
            assert_eq!(id(lane, &p, &e, &hooked), None, "{lane}: only the guard's reset is this");
        }
        // F11 (p4-hook-6891bf8a310b4d8a): [0]'s frame marks [1] (P2) and the hook schedules a reinit; h0 invokes
        // [0]'s ScopedClosure again. Model: stale before the guard, e0's import wrapper on [0] traps, `hook [1]`
        // at e0's boundary. Run: the shim's guard performs the reinit ([2]) and the closure traps there.
        let src = |ctor: &str| {
            format!("memory 2 2\nstate 77\nhook reinit\nexport e0 {{\n  closure e1{ctor}\n  call h0\n}}\nexport e1 {{\n  call h1\n}}\n\
                     export e2 {{\n}}\nimport h0 {{\n  try {{\n    invoke e1\n  }} catch swallow\n  invoke e1\n}}\n\
                     import h1 {{\n  terminate\n  call e2\n  call e2\n}}\ndriver {{\n  call e0\n}}\n")
        };
        let ran = [Event::Reset { epoch: 2 }, Event::Hook { epoch: 2 }, Event::Hook { epoch: 2 }, Event::Outcome { step: 0, outcome: Outcome::Failed(unreachable) }];
        let at_last_hook = |e: &[Event]| e.len() - 2;
        let p = program(&src(" borrow_mut"));
        let e = model(&p, jspi);
        assert_eq!(e[at_last_hook(&e)..], [Event::Hook { epoch: 1 }, Event::Outcome { step: 0, outcome: Outcome::Failed(unreachable) }]);
        assert_eq!(id(jspi, &p, &e, &[&e[..at_last_hook(&e)], &ran].concat()), Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check"));
        let owned = program(&src(""));
        let e = model(&owned, jspi);
        assert_eq!(id(jspi, &owned, &e, &[&e[..at_last_hook(&e)], &ran].concat()), None, "an owned closure has makeClosure's check");
        // F9 (p7-reset-c01497ee0fdc62e9): h1 schedules a reinit; h0 invokes [0]'s closure, whose check passes and
        // whose guard performs it ([1]); [0]'s pointers trap there. Model: stale after the guard, the refusal
        // unwinds e0's frame on [0] into a pad that panics.
        let src = |ctor: &str| {
            format!("export e0 {{\n  guard 1 panics 78\n  call h0\n}}\nexport e1 {{\n  call h1\n  closure e2{ctor}\n}}\nexport e2 {{\n}}\n\
                     import h0 {{\n  call e1\n  invoke e2\n}}\nimport h1 {{\n  reinit\n}}\ndriver {{\n  call e0\n}}\n")
        };
        let trapped = [Event::Hook { epoch: 1 }, Event::Hook { epoch: 1 }, Event::Outcome { step: 0, outcome: Outcome::Failed(unreachable) }];
        // A borrowed closure has no check at all: the same run is F11's (the pointers trapped on [1]).
        let f11 = Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check");
        for (ctor, known) in [("", Some("wasm-bindgen-0.2.130-stale-closure-runs-after-guard-reset")), (" borrow", f11)] {
            let p = program(&src(ctor));
            let e = model(&p, jspi);
            let at = e.iter().position(|x| *x == Event::GuardDrop { epoch: 0, id: 1 }).unwrap();
            assert_eq!((e[at - 1], e[at + 1]), (Event::Reset { epoch: 1 }, Event::Panic { epoch: 0, payload: 78 }));
            assert_eq!(id(jspi, &p, &e, &[&e[..at], &trapped].concat()), known, "closure e2{ctor}");
        }
    }

    /// The unmatched failures of quickstart's 20,000-case JSPI fuzz on v8 (seed 1796638369433093196),
    /// reduced (`corpus/regressions/wasm-bindgen-0.2.130-borrowed-closure-runs-fresh-heap-after-reset` and
    /// `-jspi-task-borrowed-closure-traps-after-guard-reset`): F11 where the model's refusal unwinds an old
    /// frame and the run's borrowed closure went on into the fresh instance, there running what the fresh
    /// heap holds at the old pointers (another export's body) or trapping.
    #[test]
    fn quickstart_jspi_seed_1796638369433093196_is_f11() {
        let (model, id) = (lane_model, lane_id);
        let f11 = Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check");
        // p5-classification-92ff3160eda0cf76: h1's `call e3` performs the scheduled reinit ([1]); its invoke of
        // [0]'s `&dyn Fn` over e3 runs e0's body on [1]. Model: the refusal unwinds e2's frame on [0].
        let src = |kind: &str| {
            format!("export e0 {{\n  closure e1\n}}\nexport e1 {{\n  call h0\n}}\nexport e2 {{\n  call h1\n  guard 3 panics 70\n  \
                     closure e3{kind}\n  call h1{kind_arg}\n}}\nexport e3 {{\n}}\nimport h0 {{\n  call e2\n}}\n\
                     import h1 {{\n  call e3\n  invoke e3\n  reinit\n}}\ndriver {{\n  call e0\n  invoke e1\n}}\n",
                    kind_arg = if kind.is_empty() { "" } else { " with e3" })
        };
        let p = program(&src(" borrow"));
        for lane in [Lane::RUSTC_WASM_BINDGEN, Lane::RUSTC_WASM_BINDGEN_JSPI] {
            let e = model(&p, lane);
            let at = e.iter().position(|x| *x == Event::ClosureDrop { epoch: 0, export: 3 }).unwrap();
            assert!(matches!(e[at - 1], Event::HostReturn { .. }) && e[..at].contains(&Event::Reset { epoch: 1 }), "{lane}");
            let ran = |epoch| [&e[..at], &[Event::Enter { epoch, func: 0 }, Event::ClosureNew { epoch, export: 1, kind: crate::program::ClosureKind::OWN }]].concat();
            assert_eq!(id(lane, &p, &e, &ran(1)), f11, "{lane}");
            assert_eq!(id(lane, &p, &e, &ran(0)), None, "{lane}: Wasm of the old instance is not the closure gone into the fresh one");
        }
        // The same shape with an owned closure: makeClosure checks it, so a run on [1] is another bug.
        let owned = program(&src(""));
        let e = model(&owned, Lane::RUSTC_WASM_BINDGEN);
        let at = e.iter().position(|x| *x == Event::GuardDrop { epoch: 0, id: 3 }).unwrap();
        assert!(matches!(e[at - 1], Event::HostReturn { .. }), "the refusal unwinds e2's frame there too");
        let ran = [&e[..at], &[Event::Enter { epoch: 1, func: 0 }]].concat();
        assert_eq!(id(Lane::RUSTC_WASM_BINDGEN, &owned, &e, &ran), None);
        // p7-reset-cedf49d62d0f3806: t0's import schedules a reinit and invokes its `&mut dyn FnMut` argument;
        // the shim's guard performs it ([1]) and [0]'s pointers trap there. Model: stale after the guard, the
        // refusal unwinds t0's frame on [0], whose guard panics in its drop.
        let p = program("async export e0 {\n  guard 1 panics 90\n  call h0 with e1 mut\n}\nexport e1 {\n  panic 0\n}\n\
                         import h0 {\n  reinit\n  invoke e1\n}\ndriver {\n  spawn e0\n}\n");
        let jspi = Lane::RUSTC_WASM_BINDGEN_JSPI;
        let e = model(&p, jspi);
        let at = e.iter().position(|x| *x == Event::GuardDrop { epoch: 0, id: 1 }).unwrap();
        assert_eq!(e[at - 1], Event::Reset { epoch: 1 });
        let trapped = |epoch| {
            let settled = Event::TaskSettled { task: 0, outcome: Outcome::Failed(Failure::Trap(TrapKind::Unreachable)) };
            [&e[..at], &[Event::Hook { epoch }, Event::Hook { epoch }, settled]].concat()
        };
        assert_eq!(id(jspi, &p, &e, &trapped(1)), f11);
        assert_eq!(id(jspi, &p, &e, &trapped(0)), None, "the old instance's hook is not the fresh instance's trap");
    }

    /// Quickstart 2026-12-07 (seed 1796660060314635232, panic=abort; fails under unwind too), reduced: the hook's
    /// reinit made [1], e1 scheduled another, and h0 invokes e0's `&dyn Fn` argument of [0]. The run's shim
    /// guard performs the reinit ([2]) and [0]'s pointers trap there; the model refuses it as stale in the
    /// aborted frame, whose import wrapper traps, firing the current instance's hook (P2). F11's fix passes it.
    #[test]
    fn quickstart_abort_seed_1796660060314635232_is_f11() {
        let src = |arg: &str| {
            format!("memory 1 2\nstate 36\nhook reinit\nexport e0 {{\n  call h0{arg}\n}}\nexport e1 {{\n  reinit\n}}\n\
                     import h0 {{\n  terminate\n  call e1\n  invoke e1\n}}\ndriver {{\n  call e0\n}}\n")
        };
        let f11 = Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check");
        let p = program(&src(" with e1"));
        for lane in [Lane::RUSTC_WASM_BINDGEN, Lane { panic: crate::guest::Panic::Abort, ..Lane::RUSTC_WASM_BINDGEN }] {
            let e = lane_model(&p, lane);
            let at = e.iter().position(|x| *x == Event::Hook { epoch: 1 }).unwrap();
            assert_eq!(e[at - 1], Event::HostReturn { export: 1, value: 36 }, "{lane}");
            let ran = |epoch| [&e[..at], &[Event::Reset { epoch }, Event::Hook { epoch }, Event::Hook { epoch }], &e[at + 1..]].concat();
            assert_eq!(lane_id(lane, &p, &e, &ran(2)), f11, "{lane}");
        }
        // With no closure argument, `invoke e1` has nothing borrowed to run: not F11.
        let p = program(&src(""));
        let e = lane_model(&p, Lane::RUSTC_WASM_BINDGEN);
        let at = e.iter().position(|x| *x == Event::Hook { epoch: 1 }).expect("the model fires [1]'s hook there too");
        let ran = [&e[..at], &[Event::Reset { epoch: 2 }, Event::Hook { epoch: 2 }], &e[at + 1..]].concat();
        assert_eq!(lane_id(Lane::RUSTC_WASM_BINDGEN, &p, &e, &ran), None);
    }

    /// A fuzz run of 2026-12-07 (seed 1796668865721706377, case 9898), reduced: e1 makes a borrowed closure
    /// and aborts; the hook's reinit makes [1], where task t0's import invokes it. The model refuses it as stale
    /// (t0 settles stale); the run's bare arrow lets it into [1], where [0]'s pointers trap (`hook [1]` twice),
    /// and the trap unwinds t0's poll, which never settles. F11's fix gives the model's refusal (and the
    /// futures hazard's hang).
    #[test]
    fn fuzz_seed_1796668865721706377_task_is_f11() {
        let src = |closure: &str| {
            format!("memory 1 3\nstate 17\nhook reinit\nasync export e0 {{\n  guard 1\n  call h0\n}}\n\
                     export e1 {{\n{closure}  abort unreachable\n}}\nimport h0 {{\n  invoke e1\n}}\n\
                     driver {{\n  call e1\n  spawn e0\n}}\n")
        };
        let lane = Lane::RUSTC_WASM_BINDGEN;
        let p = program(&src("  closure e1 borrow_mut\n"));
        let e = lane_model(&p, lane);
        let settled = e.iter().position(|x| matches!(x, Event::TaskSettled { task: 0, .. })).unwrap();
        assert_eq!(e[settled], Event::TaskSettled { task: 0, outcome: Outcome::Failed(Failure::Stale) });
        let at = settled - 1;
        let ran = |epoch| [&e[..at], &[Event::Hook { epoch }, Event::Hook { epoch }], &e[settled + 1..], &[Event::Hung { task: 0 }]].concat();
        assert_eq!(lane_id(lane, &p, &e, &ran(1)), Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check"));
        assert_eq!(lane_id(lane, &p, &e, &ran(0)), None, "a hook of the old instance is not the closure run on [1]");
        // An owned closure is checked (makeClosure's stamp): the same run is not F11's.
        let p = program(&src("  closure e1 own\n"));
        let e = lane_model(&p, lane);
        let settled = e.iter().position(|x| matches!(x, Event::TaskSettled { task: 0, .. })).unwrap();
        let at = settled - 1;
        let ran = [&e[..at], &[Event::Hook { epoch: 1 }, Event::Hook { epoch: 1 }], &e[settled + 1..], &[Event::Hung { task: 0 }]].concat();
        assert_ne!(lane_id(lane, &p, &e, &ran), Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check"));
    }

    /// Two 60 s fuzz runs of 2026-12-07, reduced. Seed 1796673353432192704 (panic=abort, case 11888): h1
    /// schedules a reinit and invokes e2's ScopedClosure of [0] on [1]; the model refuses it (P3), which under
    /// panic=abort aborts e1's frame (`hook [1]`); the run's invoke shim guard performs the reinit (`reset ->
    /// [2]`). Seed 1796673413741191151 (JSPI lane, case 102503; plain unwind too): h0 on [1] invokes e1's
    /// ScopedClosure of [0], whose pointers trap on [1] (`hook [1]`) where the model's refusal unwinds e0 into a
    /// panicking pad. F11's fix passes the first and leaves the second to the rustc defect.
    #[test]
    fn fuzz_seeds_1796673353432192704_and_1796673413741191151_are_f11() {
        let f11 = Some("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check");
        let abort = Lane { panic: crate::guest::Panic::Abort, ..Lane::RUSTC_WASM_BINDGEN };
        let src = |closure: &str| {
            format!("memory 1 1\nstate 0\nhook record\nexport e0 {{\n  call h0\n}}\nexport e1 {{\n  call h1\n{closure}}}\n\
                     export e2 {{\n}}\nimport h0 {{\n  call e1\n  throw 0\n}}\nimport h1 {{\n  reinit\n  invoke e2\n}}\n\
                     driver {{\n  call e0\n  call e0\n}}\n")
        };
        let p = program(&src("  closure e2 borrow\n"));
        let e = lane_model(&p, abort);
        let at = e.iter().rposition(|x| *x == Event::ScheduleReinit).unwrap() + 1;
        assert_eq!(e[at], Event::Hook { epoch: 1 });
        let ran = [&e[..at], &[Event::Reset { epoch: 2 }, Event::Hook { epoch: 2 }, Event::Hook { epoch: 2 }]].concat();
        assert_eq!(lane_id(abort, &p, &e, &ran), f11);
        // An owned closure is refused by makeClosure's check before the guard: not F11's.
        let p = program(&src("  closure e2 own\n"));
        let e = lane_model(&p, abort);
        let at = e.iter().rposition(|x| *x == Event::ScheduleReinit).unwrap() + 1;
        let ran = [&e[..at], &[Event::Reset { epoch: 2 }, Event::Hook { epoch: 2 }, Event::Hook { epoch: 2 }]].concat();
        assert_ne!(lane_id(abort, &p, &e, &ran), f11);

        let src = |closure: &str| {
            format!("memory 1 1\nstate 0\nhook record\nexport e0 {{\n  guard 1 panics 57\n  call h0\n{closure}  add_high 0\n}}\n\
                     export e1 {{\n}}\nimport h0 {{\n  invoke e1\n}}\ndriver {{\n  call e0\n  reset\n  call e0\n}}\n")
        };
        for lane in [Lane::RUSTC_WASM_BINDGEN, Lane { jspi: true, ..Lane::RUSTC_WASM_BINDGEN }] {
            let p = program(&src("  closure e1 borrow\n"));
            let e = lane_model(&p, lane);
            let at = e.iter().rposition(|x| *x == Event::HostEnter { import: 0 }).unwrap() + 1;
            assert!(matches!(e[at], Event::GuardDrop { epoch: 1, .. }), "{lane}: {:?}", e[at]);
            let ran = |epoch| [&e[..at], &[Event::Hook { epoch }, Event::Hook { epoch }], &e[e.len() - 1..]].concat();
            assert_eq!(lane_id(lane, &p, &e, &ran(1)), f11, "{lane}");
            assert_ne!(lane_id(lane, &p, &e, &ran(0)), f11, "{lane}: a hook of the old instance is not the closure run on [1]");
        }
    }

    /// Quickstart 2026-12-07 (seed 1796660001672580357, panic=unwind), reduced: the guard of h1's invoke of a
    /// once closure of [0] performs the scheduled reinit; the run's shim then runs [0]'s pointers on [1], which
    /// ends as the model's refusal does (`[0] err h1`), and [1]'s next panic, in task t0, cannot unwind
    /// (`panic_in_drop`). F9's fix passes it.
    #[test]
    fn quickstart_unwind_seed_1796660001672580357_is_f9() {
        let src = |invoke: &str| {
            format!("async export e0 {{\n  call h0 with e1\n  panic 16\n}}\nexport e1 {{\n  closure e2 once\n  reinit\n  \
                     call h1 catch\n  call e2\n  guard 1\n}}\nexport e2 {{\n  guard 3\n}}\nimport h0 {{\n}}\n\
                     import h1 {{\n{invoke}}}\ndriver {{\n  call e1\n  spawn e0\n}}\n")
        };
        let f9 = Some("wasm-bindgen-0.2.130-stale-closure-runs-after-guard-reset");
        let lane = Lane::RUSTC_WASM_BINDGEN;
        let p = program(&src("  invoke e2\n"));
        let e = lane_model(&p, lane);
        let at = e.iter().position(|x| matches!(x, Event::TaskSettled { task: 0, .. })).unwrap();
        assert!(e[..at].contains(&Event::Reset { epoch: 1 }) && e[at - 1] == Event::Panic { epoch: 1, payload: 16 });
        let ran = |epoch| [&e[..at], &[Event::Abort { epoch, cause: AbortCause::PanicInDrop }, Event::Hook { epoch }]].concat();
        assert_eq!(lane_id(lane, &p, &e, &ran(1)), f9);
        assert_eq!(lane_id(lane, &p, &e, &ran(0)), None, "the old instance's Wasm is not the fresh heap's");
        // Nothing refused after the reset: the same divergence is not F9.
        let p = program(&src("  reinit\n"));
        let e = lane_model(&p, lane);
        let at = e.iter().position(|x| matches!(x, Event::TaskSettled { task: 0, .. })).expect("t0 settles in the model");
        let ran = [&e[..at], &[Event::Abort { epoch: 1, cause: AbortCause::PanicInDrop }]].concat();
        assert_eq!(lane_id(lane, &p, &e, &ran), None);
    }

    /// A divergence two defects fit (corpus `wasm-bindgen-0.2.130-borrowed-closure-refused-after-a-fresh-call`,
    /// legacy: F1's trap after a mid-stack reset and F11's closure trapping on the fresh instance, a hook more):
    /// `explain_all` gives both, so a verdict over an exnref run (F11 only) and a legacy run finds the one they
    /// share.
    #[test]
    fn every_defect_a_divergence_fits_is_given() {
        let p = program("memory 2 2\nstate 1\nhook reinit\nexport e0 {\n  closure e1 borrow_mut\n  call h0\n}\nexport e1 {\n}\n\
                         import h0 {\n  terminate\n  call e1\n  invoke e1\n}\ndriver {\n  call e0\n}\n");
        let lane = Lane::RUSTC_WASM_BINDGEN;
        let e = crate::model::run_with(&p, crate::guest::profile::for_lane(lane, Encoding::Legacy)).unwrap().0;
        let last = e.len() - 1;
        assert_eq!(e[last - 1], Event::Hook { epoch: 1 });
        let a = [&e[..last], &[Event::Hook { epoch: 1 }], &e[last..]].concat();
        let (e, a) = (Trace(e), Trace(a));
        let ids = |enc| {
            let cx = Context { lane, rustc: "rustc 1.96.0", encoding: enc };
            explain_all(&cx, &p, &e, &a).iter().map(|d| d.id).collect::<Vec<_>>()
        };
        let (f1, f11) = ("wasm-bindgen-0.2.130-legacy-trap-runs-old-pads", "wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check");
        assert_eq!(ids(Encoding::Legacy), [f1, f11]);
        assert_eq!(ids(Encoding::Exnref), [f11], "F1 is legacy's alone");
    }
}
