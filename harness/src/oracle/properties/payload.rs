//! Property 10, payload: a panic keeps its payload across every boundary
//! (docs/protocol.md "Payloads"): from `panic p` through every landing
//! pad, to the `catch_unwind` that catches it (`caught p`), and through
//! the export wrapper and the glue to the `PanicError(p)` the caller sees
//! (`panic(p)`, to the driver, a host `try` or a task's promise), or, for
//! a Rust panic leaving Wasm unwrapped, `wasm_panic(p)`.
//!
//! No single trace shows it: which panic reaches a boundary needs the
//! model. A divergence ([`explain`]) where both sides report the same kind
//! of thing carrying a payload, a catch or a panic result, with another
//! payload: the right thing happened to the wrong value. What kind of thing
//! a call ends in is classification's (tried after this one); a catch on
//! one side only too.

use super::{result_of, Divergence};
use crate::trace::{Event, Failure, LOST_PAYLOAD};

/// Both sides catch, or end in a panic, with different payloads.
pub fn explain(d: &Divergence) -> Option<String> {
    let (want, got) = (d.expected_event()?, d.actual_event()?);
    if let (Event::Caught { epoch: a, payload: p }, Event::Caught { epoch: b, payload: q }) = (want, got) {
        return (a == b && p != q).then(|| format!("catch_unwind caught panic {p} as {}: {}", shown(q), WHY));
    }
    match (result_of(want)?, result_of(got)?) {
        (Err(Failure::Panic(p)), Err(Failure::Panic(q))) if p != q => {
            Some(format!("the PanicError of panic {p} carries {}: {}", shown(q), WHY))
        }
        (Err(Failure::WasmPanic(p)), Err(Failure::WasmPanic(q))) if p != q => {
            Some(format!("the Rust panic {p} left Wasm as {}: {}", shown(q), WHY))
        }
        _ => None,
    }
}

const WHY: &str = "a panic's payload must survive every landing pad, catch_unwind, export wrapper and the glue";

fn shown(p: i32) -> String {
    if p == LOST_PAYLOAD {
        "a lost payload".into()
    } else {
        format!("payload {p}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oracle::testing::trace;

    #[test]
    fn explain_takes_a_panic_or_catch_with_another_payload() {
        let model = trace("[0] panic 5\ndriver[0] => panic(5)");
        let why = explain(&Divergence::new(&model, &trace("[0] panic 5\ndriver[0] => panic(-1)"))).unwrap();
        assert!(why.starts_with("the PanicError of panic 5 carries a lost payload"), "{why}");
        let why = explain(&Divergence::new(&model, &trace("[0] panic 5\ndriver[0] => panic(6)"))).unwrap();
        assert!(why.starts_with("the PanicError of panic 5 carries payload 6"), "{why}");
        let model = trace("[0] panic 5\n[0] caught 5");
        let why = explain(&Divergence::new(&model, &trace("[0] panic 5\n[0] caught -1"))).unwrap();
        assert!(why.starts_with("catch_unwind caught panic 5 as a lost payload"), "{why}");
        let model = trace("host enter h0\nhost catch panic(2)");
        assert!(explain(&Divergence::new(&model, &trace("host enter h0\nhost catch panic(3)"))).is_some());
        let model = trace("task t0 => panic(2)");
        assert!(explain(&Divergence::new(&model, &trace("task t0 => panic(0)"))).is_some());
        let model = trace("driver[0] => wasm_panic(4)");
        assert!(explain(&Divergence::new(&model, &trace("driver[0] => wasm_panic(-1)"))).is_some());
    }

    #[test]
    fn explain_leaves_other_kinds_values_and_foreign_values() {
        // Another kind is classification's.
        let model = trace("driver[0] => panic(5)");
        assert_eq!(explain(&Divergence::new(&model, &trace("driver[0] => aborted(other)"))), None);
        assert_eq!(explain(&Divergence::new(&model, &trace("driver[0] => wasm_panic(5)"))), None);
        // A value, a foreign value or a catch on one side only is not a payload.
        let model = trace("driver[0] => ok(1)");
        assert_eq!(explain(&Divergence::new(&model, &trace("driver[0] => ok(2)"))), None);
        let model = trace("driver[0] => foreign(1)");
        assert_eq!(explain(&Divergence::new(&model, &trace("driver[0] => foreign(2)"))), None);
        let model = trace("[0] caught 5");
        assert_eq!(explain(&Divergence::new(&model, &trace("driver[0] => panic(5)"))), None);
        // Another instance's catch is another event altogether.
        assert_eq!(explain(&Divergence::new(&model, &trace("[1] caught 4"))), None);
    }
}
