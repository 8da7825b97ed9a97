//! SpiderMonkey's known defects (corpus/regressions/<id>/ has each
//! write-up and a repro that runs in Firefox alone).

use crate::engine::declaration::EngineDefect;
use crate::guest::known::{abort_after_midstack_reset, divergence, KnownDefect};
use crate::program::{AbortKind, Program};
use crate::trace::{AbortCause, Event, Failure, Outcome, TrapKind};

pub const DEFECTS: &[EngineDefect] = &[EngineDefect {
    defect: KnownDefect {
        id: "spidermonkey-153-rethrown-overflow-is-catchable",
        summary: "SpiderMonkey (Firefox 153): a Wasm stack overflow is uncatchable only while it is first \
                  thrown (the context's over-recursed status); once a JS frame catches and rethrows the \
                  InternalError, Wasm catch_all / catch $JSTag catch it, where a trap's RuntimeError stays \
                  uncatchable: an import wrapper whose flag is set turns the abort into aborted(unreachable) \
                  instead of letting aborted(stack_overflow) through, and after a reset in the middle of the \
                  stack an older instance's landing pads run for the newer one's overflow",
        rustc: &[],
        binding: None,
        wasm_bindgen: None,
        encoding: None,
        matches: rethrown_overflow_is_caught,
        hazard: None,
        with_fix: None,
    },
    versions: &["firefox 153."],
    lanes: &[],
    error: None,
}];

/// SpiderMonkey's rethrown overflow, in its two faces. Once the overflow
/// crossed the glue (which catches and rethrows at every export boundary),
/// the next import wrapper catches it as a JS exception: with its
/// instance's flag set it executes `unreachable`, so every later sight of
/// the abort says `unreachable` where the model says `stack_overflow` and
/// nothing else differs; with the flag clear (an older instance, after a
/// reset in the middle of the stack) it wraps it, and that instance's
/// landing pads run.
fn rethrown_overflow_is_caught(_: &Program, expected: &[Event], actual: &[Event]) -> bool {
    let overflow = |e: &Event| matches!(e, Event::Abort { cause: AbortCause::Step(AbortKind::StackOverflow), .. });
    let kind = |e: &Event| match e {
        Event::Catch { failure }
        | Event::Outcome { outcome: Outcome::Failed(failure), .. }
        | Event::TaskSettled { outcome: Outcome::Failed(failure), .. } => Some(*failure),
        _ => None,
    };
    let seen_as_unreachable = |(e, a): (&Event, &Event)| {
        e == a || (kind(e) == Some(Failure::Trap(TrapKind::StackOverflow)) && kind(a) == Some(Failure::Trap(TrapKind::Unreachable)))
    };
    if expected.len() == actual.len() && expected != actual && expected.iter().zip(actual).all(seen_as_unreachable) {
        return expected.iter().any(overflow);
    }
    abort_after_midstack_reset(expected, divergence(expected, actual), overflow)
}

#[cfg(test)]
mod tests {
    use crate::compile::Encoding;
    use crate::engine::facts::engine_defect;
    use crate::guest::Lane;
    use crate::trace::{Event, Failure, Outcome, Trace, TrapKind};

    fn program(src: &str) -> crate::program::Program {
        crate::text::parse(src).expect("a valid program")
    }

    #[test]
    fn spidermonkeys_rethrown_overflow_is_recognised_in_both_faces_on_firefox_153_only() {
        let id = Some("spidermonkey-153-rethrown-overflow-is-catchable");
        let ff = "firefox 153.8.0esr, SpiderMonkey 153.8.0esr";
        let explain = |engine: &str, version: &str, lane, p: &crate::program::Program, e: &Trace, a: &Trace| {
            engine_defect(engine, version, lane, Encoding::Exnref, p, &e.0, &Ok(a.clone())).map(|d| d.id)
        };
        let failed = |k| Outcome::Failed(Failure::Trap(k));
        // Face 1 (as Firefox ran it): the driver sees unreachable, nothing else differs.
        let p1 = program("export e0 {\n  call h0\n}\nexport e1 {\n  abort stack_overflow\n}\nimport h0 {\n  call e1\n}\ndriver {\n  call e0\n}\n");
        let e1 = crate::model::run(&p1).unwrap();
        let swap = |e: &Trace, to| {
            Trace(
                e.0.iter()
                    .map(|ev| match ev {
                        Event::Outcome { step, outcome } if *outcome == failed(TrapKind::StackOverflow) => Event::Outcome { step: *step, outcome: failed(to) },
                        other => *other,
                    })
                    .collect(),
            )
        };
        let a1 = swap(&e1, TrapKind::Unreachable);
        assert_eq!(explain("firefox", ff, Lane::GENERATED, &p1, &e1, &a1), id);
        assert_eq!(explain("firefox", ff, Lane::RUSTC, &p1, &e1, &a1), id, "an engine's defect shows on every lane");
        assert!(explain("firefox", "firefox 154.0, SpiderMonkey 154.0", Lane::GENERATED, &p1, &e1, &a1).is_none(), "a fixed Firefox makes it a finding again");
        assert!(explain("chromium", ff, Lane::GENERATED, &p1, &e1, &a1).is_none(), "only SpiderMonkey's family has it");
        assert!(explain("firefox", ff, Lane::GENERATED, &p1, &e1, &swap(&e1, TrapKind::Other)).is_none(), "another kind is not it");
        // Face 2 (as Firefox ran it): after a reset in the middle of the stack the
        // old instance's pad drops guard 1 where the model fires its hook.
        let p2 = program("export e0 {\n  guard 1\n  call h0\n}\nexport e1 {\n  abort stack_overflow\n}\nimport h0 {\n  reinit\n  call e1\n}\ndriver {\n  call e0\n}\n");
        let e2 = crate::model::run(&p2).unwrap();
        let a2 = Trace(e2.0.iter().map(|ev| if *ev == (Event::Hook { epoch: 0 }) { Event::GuardDrop { epoch: 0, id: 1 } } else { *ev }).collect());
        assert_ne!(a2, e2);
        assert_eq!(explain("firefox", ff, Lane::GENERATED, &p2, &e2, &a2), id);
        assert!(explain("firefox", ff, Lane::GENERATED, &p1, &e1, &a2).is_none(), "no reset, no overflow there: not it");
    }
}
