//! Protocol profiles (DESIGN.md §4): each point where a binding's
//! implemented behaviour differs from DESIGN.md §1 on what §1 leaves to the
//! binding, declared once with its reason and the source that makes it so,
//! and applied by the model (`model::Profile`) for that binding. `reentry
//! engines` prints them; findings and reports list them as known
//! divergences.
//!
//! What is never an entry, always a finding: a drop that runs after an
//! abort, Wasm of an aborted instance running again, a misclassification, a
//! call that never settles.

use super::wbg::Seen;
use super::{Binding, Lane, Panic};
use crate::compile::Encoding;
use crate::model::Profile;

/// One declared divergence.
pub struct Entry {
    pub id: &'static str,
    /// What the binding does instead of §1.
    pub what: &'static str,
    /// Where in the binding's source it comes from.
    pub source: &'static str,
    /// The encodings it applies in (`None`: both).
    pub encoding: Option<Encoding>,
    /// The releases it was seen on (the model applies it only there).
    pub seen: Seen,
    /// The finding whose fix removes it, when it is a face of that bug's
    /// mechanism: the model drops it on a tree carrying that fix.
    pub removed_by: Option<&'static str>,
    /// How the model applies it.
    pub rule: fn(&mut Profile),
}

/// wasm-bindgen 0.2.130's divergences, established on the real CLI's output
/// over the whole corpus on node 26/24/22/20 and deno (docs/protocol.md
/// lists the evidence): with these the model predicts every trace that is
/// not a finding.
pub const WASM_BINDGEN: &[Entry] = &[
    Entry {
        id: "P1 hook-every-boundary",
        what: "the abort hook fires at every export boundary a trap crosses (twice for one nesting level), \
               not once per abort",
        source: "crates/cli-support/src/js/mod.rs, maybe_generate_call_guard: __wbg_handle_catch calls \
                 __wbg_call_abort_hook unconditionally; only __wbg_call_guard checks __wbg_called_abort",
        encoding: None,
        seen: Seen { first: "0.2.115", last: "0.2.130" },
        removed_by: None,
        rule: |p| p.hook_every_boundary = true,
    },
    Entry {
        id: "P2 abort-marks-current",
        what: "an abort writes the terminated flag of (and fires the hook for) the current instance, not the \
               one the failing call entered: after a reset in the middle of the stack, the fresh instance",
        source: "crates/cli-support/src/js/mod.rs, __wbg_handle_catch writes getInt32ArrayMemory0() of the \
                 module-global `wasm`, which __wbg_reset_state replaces",
        encoding: None,
        seen: Seen { first: "0.2.115", last: "0.2.130" },
        removed_by: None,
        rule: |p| p.abort_marks_current = true,
    },
    Entry {
        id: "P3 stale-before-guard",
        what: "a method call, and a closure's invocation, checks its object's instance before the call guard: an \
               object of an old instance is refused as stale before the guard can fire the hook or refuse the call \
               as terminated (the model also checks after the guard, as DESIGN.md §1 does: an object whose \
               instance the guard replaced is stale; wasm-bindgen does not check again, findings F5 and F9)",
        source: "crates/cli-support/src/js/binding.rs: the method prelude (`this.__wbg_inst !== \
                 __wbg_instance_id`) is emitted before maybe_wrap_export_call's __wbg_call_guard(); \
                 crates/cli-support/src/js/mod.rs: makeClosure's wrapper checks `state.instance` before calling \
                 the invoke shim's wrapper, which starts with __wbg_call_guard()",
        encoding: None,
        seen: Seen { first: "0.2.118", last: "0.2.130" },
        removed_by: None,
        rule: |p| p.stale_before_guard = true,
    },
    Entry {
        id: "P4 host-reinit-is-a-call",
        what: "the host schedules a reinit through an export (wasm-bindgen gives JS no other way), so the request \
               passes the call guard: refused as terminated, or performing a pending reset first",
        source: "src/rt/mod.rs schedule_reinit -> the __wbindgen_reinit intrinsic, which sets the glue-private \
                 __wbg_reinit_scheduled",
        encoding: None,
        seen: Seen { first: "0.2.118", last: "0.2.130" },
        removed_by: None,
        rule: |p| p.host_reinit_is_guarded_call = true,
    },
    Entry {
        id: "P5 legacy-trap-through-import",
        what: "a trap leaving a JS import is wrapped like a JS exception, so an instance whose \
               flag is set traps again in the import wrapper: the call ends aborted(unreachable) whatever the \
               first trap was (an abort stays an abort; where the flag is clear the frames run their pads: \
               finding F1)",
        source: "crates/cli-support/src/js/mod.rs expose_wrap_error: wrapError wraps every exception that is \
                 not a WebAssembly.Exception, traps included, under the JSTag polyfill",
        encoding: Some(Encoding::Legacy),
        seen: Seen { first: "0.2.123", last: "0.2.130" },
        removed_by: Some("wasm-bindgen-0.2.130-legacy-trap-runs-old-pads"),
        rule: |p| p.trap_through_import_is_unreachable = true,
    },
    Entry {
        id: "P6 aborting-closure-unwinds-to-the-glue",
        what: "a panic reaching the edge of an aborting closure (Closure::own_aborting) is not an abort there: \
               its invoke shim unwinds, so the panic leaves Wasm as the instance's own Rust exception, and the \
               glue's catch handler aborts the instance as for any exception but $wrapped (uncaught exception, \
               the flag, the hook, the exception itself to the caller: wasm_panic(p)) instead of \
               `abort panic_in_aborting_closure` and a trap (docs/protocol.md 26)",
        source: "src/convert/closures.rs: the invoke shim is `extern \"C-unwind\"` and calls the closure without \
                 maybe_catch_unwind when UNWIND_SAFE is false; crates/cli-support/src/js/mod.rs: the shim's JS \
                 wrapper calls __wbg_handle_catch, which marks the instance, calls the hook and rethrows",
        encoding: None,
        seen: Seen { first: "0.2.118", last: "0.2.130" },
        removed_by: None,
        rule: |p| p.aborting_closure_unwinds = true,
    },
    Entry {
        id: "P8 panic-value-is-a-panic-error",
        what: "a panic whose payload is a JS value (std::panic::panic_any(v), v a JsValue) leaves an export, or an \
               unwinding closure, as `new PanicError(v)`: a PanicError whose message is the value's string, the \
               value's identity lost (panic(-1) to the caller: no program payload), instead of the value itself \
               (docs/protocol.md 35)",
        source: "src/rt/mod.rs panic_to_panic_error: `if let Some(s) = val.downcast_ref::<JsValue>() { return \
                 __wbindgen_panic_error(&s); }`; crates/cli-support/src/js/mod.rs: __wbindgen_panic_error is \
                 `new PanicError(message)`",
        encoding: None,
        seen: Seen { first: "0.2.115", last: "0.2.130" },
        removed_by: None,
        rule: |p| p.panic_value_is_panic_error = true,
    },
];

/// wasm-bindgen 0.2.130's divergences on its panic=abort lane
/// (`--force-enable-abort-handler`), besides [`WASM_BINDGEN`]'s (established
/// on the CLI's output for the panic=abort guest over the whole corpus on
/// node 26 and in-process V8; docs/protocol.md 28-30, 36).
pub const WASM_BINDGEN_PANIC_ABORT: &[Entry] = &[Entry {
    id: "P7 host-exception-is-critical",
    what: "under panic=abort a host exception reaching an import wrapper of a live instance is not an abort there: \
           the CLI's aborting wrapper rethrows a JS value as `new Error(\"Critical error\", { cause })` and any \
           other exception unchanged; either unwinds the Rust frames (which have no landing pads) to the export, \
           where __wbg_handle_catch aborts the instance (the flag, the hook) and hands the caller the critical \
           error (critical(cause)) or the exception, instead of `unreachable` at the import and aborted(unreachable)",
    source: "crates/cli-support/src/transforms/catch_handler.rs: WrapperKind::Aborting (emit_catch_handler calls \
             the __wbindgen_rethrow_critical import; the catch_all arm rethrows with throw_ref); \
             crates/cli-support/src/js/mod.rs generate_rethrow_critical_import",
    encoding: None,
    // Measured on the pinned release only: the abort lane is not in the
    // release scan (`reentry bisect all --scan` runs panic=unwind).
    seen: Seen { first: "0.2.130", last: "0.2.130" },
    removed_by: None,
    rule: |p| p.host_exception_unwinds_to_the_glue = true,
}];

/// wasm-bindgen 0.2.130's divergences on its JSPI lane (`--jspi`: tasks
/// through a `#[wasm_bindgen(jspi)]` export and a suspending import,
/// issue 22 item 4), besides [`WASM_BINDGEN`]'s; measured over the whole
/// corpus on the in-process V8 and node 26 (docs/protocol.md 37).
pub const WASM_BINDGEN_JSPI: &[Entry] = &[
    Entry {
        id: "J1 resumption-is-the-fiber",
        what: "a task's resumption is JSPI resuming its suspended Wasm stack, with no glue in between: no call guard \
               and no stale check. A task whose instance was aborted meanwhile resumes into the await's import \
               wrapper, whose terminated check traps: it fails as aborted(unreachable), the export's catch handler \
               firing the hook again (P1), instead of being refused as terminated; a task of an instance the driver \
               or a reinit replaced resumes and runs to its end on that old instance instead of failing as stale",
        source: "crates/cli-support/src/js/mod.rs:5759: the suspending import is `new WebAssembly.Suspending(...)` of \
                 the plain import function, so the settled promise resumes the fiber directly; \
                 crates/cli-support/src/transforms/jspi.rs: the import's wrapper restores the shadow stack and the \
                 catch wrapper around it checks the terminated flag (catch_handler.rs); js/binding.rs:1849: the \
                 export's `await` of the promising call sits inside its __wbg_handle_catch",
        encoding: None,
        seen: Seen { first: "0.2.130", last: "0.2.130" },
        removed_by: None,
        rule: |p| p.resumption_unguarded = true,
    },
    Entry {
        id: "J2 refusal-is-a-rejection",
        what: "a sync jspi export's JS function is `async`, so its call guard's refusal (`Module terminated`) is \
               the rejection of the promise it returns, not a throw: a spawn on a terminated instance yields the \
               task, which settles as terminated, instead of failing the spawn",
        source: "crates/cli-support/src/js/binding.rs:493 (`jspi_async`) and js/mod.rs:5555 (`async function`): \
                 __wbg_call_guard() is the first statement of that async function",
        encoding: None,
        seen: Seen { first: "0.2.130", last: "0.2.130" },
        removed_by: None,
        rule: |p| p.spawn_refusal_rejects = true,
    },
];

/// workers-rs 0.8.7's divergences (issue 23), under either panic strategy:
/// worker-build builds every Worker with wasm-bindgen's abort handler, and
/// the `worker` crate's start function owns its hook.
pub const WORKERS_RS: &[Entry] = &[
    Entry {
        id: "W1 abort-hook-reinits",
        what: "every abort schedules a reinit (the `worker` crate's abort hook), so the next request's call guard \
               runs it on a fresh instance instead of refusing it as terminated; under panic=abort the shim also \
               resets at the next request after a panic (`criticalError`, checkReinitialize), the same reset",
        source: "worker-0.8.7/src/init.rs: init() calls wasm_bindgen::handler::set_on_abort(on_abort), and on_abort \
                 calls schedule_reinit(); worker-build-0.8.7/src/js/shim.js checkReinitialize",
        encoding: None,
        seen: Seen { first: "0.2.130", last: "0.2.130" },
        removed_by: None,
        rule: |p| p.abort_hook_schedules_reinit = true,
    },
    Entry {
        id: "W2 hook-unobserved",
        what: "the abort hook is the `worker` crate's own, which the Worker cannot log without replacing it: it \
               fires unlogged (no `hook` event; W1 is what it does)",
        source: "worker-0.8.7/src/init.rs: init() is the module's #[wasm_bindgen(start)] and sets the one abort hook",
        encoding: None,
        seen: Seen { first: "0.2.130", last: "0.2.130" },
        removed_by: None,
        rule: |p| p.hook_unobserved = true,
    },
    Entry {
        id: "W3 durable-object-constructed-again",
        what: "a handle (a Durable Object, the Worker's exported class) of an instance a reset replaced is not \
               refused as stale: the shim's class proxy constructs its Rust value again on the current instance \
               (its constructor runs, counting a handle) and the call goes on with it, so the object's state is \
               gone and no error says so",
        source: "worker-build-0.8.7/src/js/shim.js classProxyHooks.construct's get trap (and shim-unwind.js's): \
                 `if (target.instanceId !== initState.instanceId) target.instance = Reflect.construct(target.ctor, \
                 target.args, target.newTarget)`; worker-0.8.7/src/init.rs init() bumps instanceId on every \
                 instance's start",
        encoding: None,
        seen: Seen { first: "0.2.130", last: "0.2.130" },
        removed_by: None,
        rule: |p| p.handle_constructed_again = true,
    },
];

/// The declared entries of a binding, under either panic strategy.
pub fn entries(binding: Binding) -> &'static [Entry] {
    match binding {
        Binding::Reentry => &[],
        Binding::WasmBindgen => WASM_BINDGEN,
        Binding::WorkersRs => WORKERS_RS,
    }
}

/// The declared entries of a binding that apply under panic=abort only.
pub fn abort_entries(binding: Binding) -> &'static [Entry] {
    match binding {
        Binding::Reentry => &[],
        Binding::WasmBindgen => WASM_BINDGEN_PANIC_ABORT,
        Binding::WorkersRs => &[],
    }
}

/// Every entry that applies on a lane: its binding's (under panic=abort
/// also the abort-only ones), in an encoding the lane has, on the releases
/// they were seen on and not removed by a fix the lane's tree carries.
pub fn applying(lane: Lane) -> impl Iterator<Item = &'static Entry> {
    let (both, abort): (&[Entry], &[Entry]) = match lane.is_guest() {
        true => (entries(lane.binding), if lane.is_abort() { abort_entries(lane.binding) } else { &[] }),
        false => (&[], &[]),
    };
    let jspi = if lane.jspi { WASM_BINDGEN_JSPI } else { &[] };
    let v = lane.wbg.version();
    both.iter()
        .chain(abort)
        .chain(jspi)
        .filter(move |e| e.encoding.is_none_or(|x| lane.encodings().contains(&x)))
        .filter(move |e| e.seen.contains(v) && !e.removed_by.is_some_and(|f| lane.wbg.carries_fix(f)))
}

/// The model's profile for a lane in one encoding: the lane's panic
/// strategy, and its binding's entries.
pub fn for_lane(lane: Lane, encoding: Encoding) -> Profile {
    let mut p = Profile { panic_abort: lane.panic == Panic::Abort, ..Profile::default() };
    for e in applying(lane).filter(|e| e.encoding.is_none_or(|x| x == encoding)) {
        (e.rule)(&mut p);
    }
    p
}

/// The lane's profile in `encoding` with entry `id` forced on or off,
/// whatever its range: what bisection compares (`reentry bisect`).
pub fn for_lane_with(lane: Lane, encoding: Encoding, id: &str, on: bool) -> Profile {
    let in_encoding = |e: &&Entry| e.encoding.is_none_or(|x| x == encoding);
    let mut p = Profile { panic_abort: lane.panic == Panic::Abort, ..Profile::default() };
    for e in applying(lane).filter(in_encoding).filter(|e| e.id != id) {
        (e.rule)(&mut p);
    }
    if on {
        if let Some(e) = entries(lane.binding).iter().filter(in_encoding).find(|e| e.id == id) {
            (e.rule)(&mut p);
        }
    }
    p
}

/// What the model applies on a lane, for findings and summaries: one line
/// per entry (`None` on a lane without a profile).
pub fn describe(lane: Lane) -> Option<String> {
    let entries: Vec<&Entry> = applying(lane).collect();
    if entries.is_empty() {
        return None;
    }
    let of = if lane.binding == Binding::WasmBindgen { format!(" {}", lane.wbg) } else { String::new() };
    let mut out = format!("the model applies {}{of}'s protocol profile (harness/src/guest/profile.rs):\n", lane.binding.name());
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for e in entries {
        let only = e.encoding.map(|enc| format!(" ({} only)", enc.name())).unwrap_or_default();
        out.push_str(&format!("  {}{only}: {}\n", e.id, one_line(e.what)));
    }
    // Declared hazards: documented upstream behaviour, counted, never filed.
    for d in super::known::hazards(lane.binding).filter(|d| d.applies_on(lane)) {
        let platform = d.hazard.as_ref().map_or("", |h| h.platform);
        out.push_str(&format!("  declared hazard {}: {} (a platform sees: {})\n", d.id, one_line(d.summary), one_line(platform)));
    }
    Some(out)
}

/// Whether a lane's model differs between encodings (only among the
/// encodings the lane has).
pub fn depends_on_encoding(lane: Lane) -> bool {
    lane.encodings().len() > 1 && applying(lane).any(|e| e.encoding.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// W3 on corpus/workers_rs_durable_object_constructed_again.reentry:
    /// the handle of the aborted instance runs on the fresh one (its count
    /// starts again) and its construction counts a handle there; without
    /// W3 it is stale, as DESIGN.md §1 says.
    #[test]
    fn w3_constructs_a_handle_of_a_replaced_instance_again() {
        use crate::trace::{Event, Failure, Outcome, TrapKind};
        let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus/workers_rs_durable_object_constructed_again.reentry")).unwrap();
        let program = crate::text::parse(&src).unwrap();
        let outcomes = |p: Profile| -> Vec<Outcome> {
            let t = crate::model::run_with(&program, p).unwrap();
            t.0.iter().filter_map(|e| if let Event::Outcome { outcome, .. } = e { Some(*outcome) } else { None }).collect()
        };
        let aborted = Outcome::Failed(Failure::Trap(TrapKind::Unreachable));
        for lane in [Lane::RUSTC_WORKERS_RS, Lane::RUSTC_WORKERS_RS.with_panic(Panic::Abort)] {
            let e = lane.encodings()[0];
            let before = [Outcome::Value(1), Outcome::Value(1), Outcome::Value(2), aborted];
            assert_eq!(outcomes(for_lane(lane, e)), [&before[..], &[Outcome::Value(1), Outcome::Value(2)]].concat(), "{lane}");
            let off = for_lane_with(lane, e, "W3 durable-object-constructed-again", false);
            assert_eq!(outcomes(off), [&before[..], &[Outcome::Failed(Failure::Stale), Outcome::Value(1)]].concat(), "{lane}");
        }
    }

    #[test]
    fn the_workers_rs_lane_reinits_on_every_abort_and_logs_no_hook() {
        for lane in [Lane::RUSTC_WORKERS_RS, Lane::RUSTC_WORKERS_RS.with_panic(Panic::Abort)] {
            let p = for_lane(lane, lane.encodings()[0]);
            assert!(p.abort_hook_schedules_reinit && p.hook_unobserved && p.handle_constructed_again, "{lane}");
            assert!(!p.hook_every_boundary && !p.host_exception_unwinds_to_the_glue, "{lane}: wasm-bindgen's entries are its own lane's");
        }
        assert!(!for_lane(Lane::RUSTC_WASM_BINDGEN, Encoding::Exnref).abort_hook_schedules_reinit);
        assert!(!for_lane(Lane::RUSTC_WASM_BINDGEN, Encoding::Exnref).handle_constructed_again);
    }

    #[test]
    fn the_jspi_profile_applies_on_the_jspi_lane_only() {
        let j = for_lane(Lane::RUSTC_WASM_BINDGEN_JSPI, Encoding::Exnref);
        assert!(j.resumption_unguarded && j.spawn_refusal_rejects && j.hook_every_boundary, "J1, J2 beside P1");
        let plain = for_lane(Lane::RUSTC_WASM_BINDGEN, Encoding::Exnref);
        assert!(!plain.resumption_unguarded && !plain.spawn_refusal_rejects);
        assert!(describe(Lane::RUSTC_WASM_BINDGEN_JSPI).unwrap().contains("J1 resumption-is-the-fiber"));
    }

    #[test]
    fn profiles_apply_per_binding_and_encoding() {
        assert_eq!(for_lane(Lane::RUSTC, Encoding::Legacy), Profile::default());
        assert_eq!(for_lane(Lane::GENERATED, Encoding::Legacy), Profile::default());
        let ex = for_lane(Lane::RUSTC_WASM_BINDGEN, Encoding::Exnref);
        assert!(ex.hook_every_boundary && ex.abort_marks_current && ex.stale_before_guard && ex.host_reinit_is_guarded_call);
        assert!(ex.aborting_closure_unwinds);
        assert!(!ex.trap_through_import_is_unreachable);
        assert!(for_lane(Lane::RUSTC_WASM_BINDGEN, Encoding::Legacy).trap_through_import_is_unreachable);
        assert!(depends_on_encoding(Lane::RUSTC_WASM_BINDGEN) && !depends_on_encoding(Lane::RUSTC));
        assert!(describe(Lane::RUSTC).is_none());
        let d = describe(Lane::RUSTC_WASM_BINDGEN).unwrap();
        let hazards = super::super::known::hazards(Binding::WasmBindgen).count();
        assert_eq!(hazards, 2, "the two wasm-bindgen-futures hazards");
        assert_eq!(d.lines().count(), 1 + WASM_BINDGEN.len() + hazards, "{d}");
        assert!(d.contains("declared hazard wasm-bindgen-futures-0.4.80-unwinding-poll-never-settles"), "{d}");
        assert!(d.contains("P5 legacy-trap-through-import (legacy only)"), "{d}");
        // panic=abort: the strategy for every lane, P7 on wasm-bindgen's only.
        let abort = |l: Lane| for_lane(l.with_panic(Panic::Abort), Encoding::Exnref);
        assert!(abort(Lane::GENERATED).panic_abort && !abort(Lane::RUSTC).host_exception_unwinds_to_the_glue);
        assert!(abort(Lane::RUSTC_WASM_BINDGEN).host_exception_unwinds_to_the_glue);
        assert!(!for_lane(Lane::RUSTC_WASM_BINDGEN, Encoding::Exnref).host_exception_unwinds_to_the_glue);
        assert!(!depends_on_encoding(Lane::RUSTC_WASM_BINDGEN.with_panic(Panic::Abort)), "one encoding");
    }
}
