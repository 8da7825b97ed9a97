//! Test helpers: traces written the way `.trace` files and verdicts print
//! them, one event per line, so a test reads like the trace it checks.

use crate::program::{AbortKind, ClosureCtor, ClosureEdge, ClosureKind, ExnTag};
use crate::trace::{AbortCause, Event, Failure, Outcome, TrapKind};

/// Parse a trace in its printed form; panics on a line that is not an event.
pub fn trace(text: &str) -> Vec<Event> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| event(l).unwrap_or_else(|| panic!("not an event: `{l}`")))
        .collect()
}

fn event(line: &str) -> Option<Event> {
    let num = |s: &str| s.parse::<i32>().ok();
    let prefixed = |s: &str, p: &str| num(s.strip_prefix(p)?);
    let epoch = |s: &str| num(s.strip_prefix('[')?.strip_suffix(']')?);
    let words: Vec<&str> = line.split_whitespace().collect();
    let e = match words.as_slice() {
        [ep, "panic", "value"] => Event::PanicValue { epoch: epoch(ep)? },
        [ep, "caught", "value"] => Event::CaughtValue { epoch: epoch(ep)? },
        [ep, kind, arg] if ep.starts_with('[') => {
            let epoch = epoch(ep)?;
            match *kind {
                "enter" => Event::Enter { epoch, func: prefixed(arg, "e")? },
                "exit" => Event::Exit { epoch, func: prefixed(arg, "e")? },
                "guard+" => Event::GuardNew { epoch, id: num(arg)? },
                "guard-" => Event::GuardDrop { epoch, id: num(arg)? },
                "panic" => Event::Panic { epoch, payload: num(arg)? },
                "caught" => Event::Caught { epoch, payload: num(arg)? },
                "state" => Event::State { epoch, value: num(arg)? },
                "abort" => Event::Abort { epoch, cause: cause(arg)? },
                "memory" => Event::Memory { epoch, pages: num(arg)? },
                "high" => Event::High { epoch, value: num(arg)? },
                "closure" => Event::ClosureNew { epoch, export: prefixed(arg, "e")?, kind: ClosureKind::OWN },
                "err" => Event::ImportErr { epoch, import: prefixed(arg, "h")? },
                _ => return None,
            }
        }
        [ep, "closure", arg, "dropped"] => Event::ClosureDrop { epoch: epoch(ep)?, export: prefixed(arg, "e")? },
        [ep, "closure", arg, words @ ..] => {
            let mut kind = ClosureKind::OWN;
            let mut words = words.iter().peekable();
            if let Some(c) = words.peek().and_then(|w| ClosureCtor::from_name(w)) {
                kind.ctor = c;
                words.next();
            }
            if let Some(e) = words.peek().and_then(|w| ClosureEdge::from_name(w)) {
                kind.edge = e;
                words.next();
            }
            if words.next().is_some() {
                return None;
            }
            Event::ClosureNew { epoch: epoch(ep)?, export: prefixed(arg, "e")?, kind }
        }
        ["host", "invoke", e, "no", "closure"] => Event::NoClosure { export: prefixed(e.strip_suffix(':')?, "e")? },
        ["host", "enter", h] => Event::HostEnter { import: prefixed(h, "h")? },
        ["host", "exit", h] => Event::HostExit { import: prefixed(h, "h")? },
        ["host", e, "returned", v] => Event::HostReturn { export: prefixed(e, "e")?, value: num(v)? },
        ["host", "throw", v] => Event::Throw { value: num(v)? },
        ["host", "throw", t, v] => Event::ThrowExn { tag: ExnTag::from_name(t)?, value: num(v)? },
        ["uncaught", "exception", ep] => Event::Uncaught { epoch: epoch(ep)? },
        ["host", "catch", f] => Event::Catch { failure: failure(f)? },
        ["host", "terminate", ep] => Event::Terminate { epoch: epoch(ep)? },
        ["schedule", "reinit"] => Event::ScheduleReinit,
        ["hook", ep] => Event::Hook { epoch: epoch(ep)? },
        ["reset", "->", ep] => Event::Reset { epoch: epoch(ep)? },
        [d, "=>", o] if d.starts_with("driver[") => {
            Event::Outcome { step: num(d.strip_prefix("driver[")?.strip_suffix(']')?)?, outcome: outcome(o)? }
        }
        [d, "=>", "task", t] if d.starts_with("driver[") => Event::Outcome {
            step: num(d.strip_prefix("driver[")?.strip_suffix(']')?)?,
            outcome: Outcome::Task(prefixed(t, "t")?),
        },
        ["task", t, "=>", o] => Event::TaskSettled { task: prefixed(t, "t")?, outcome: outcome(o)? },
        ["task", t, "hung"] => Event::Hung { task: prefixed(t, "t")? },
        [d, "hung"] if d.starts_with("driver[") => Event::StepHung { step: num(d.strip_prefix("driver[")?.strip_suffix(']')?)? },
        ["task", t, "starts"] => Event::TaskStart { task: prefixed(t, "t")? },
        ["task", t, "awaits"] => Event::TaskAwaits { task: prefixed(t, "t")? },
        ["task", t, "resumes"] => Event::TaskResumes { task: prefixed(t, "t")? },
        ["end", "resolve", t] => Event::EndResolve { task: prefixed(t, "t")? },
        _ => return None,
    };
    // Printing it back must give the line: the parser cannot drift from `Display`.
    (e.to_string() == line).then_some(e)
}

fn cause(s: &str) -> Option<AbortCause> {
    if let Some(c) = [AbortCause::PanicInDrop, AbortCause::PanicInAbortingClosure, AbortCause::Panic].into_iter().find(|c| c.name() == s) {
        return Some(c);
    }
    AbortKind::from_name(s).map(AbortCause::Step)
}

/// `name(arg)` → (name, arg).
fn call(s: &str) -> Option<(&str, &str)> {
    let (name, rest) = s.split_once('(')?;
    Some((name, rest.strip_suffix(')')?))
}

fn failure(s: &str) -> Option<Failure> {
    match s {
        "terminated" => return Some(Failure::Terminated),
        "stale" => return Some(Failure::Stale),
        "dropped" => return Some(Failure::Dropped),
        "called_twice" => return Some(Failure::CalledTwice),
        _ => {}
    }
    if let Some(cause) = s.strip_prefix("critical(").and_then(|r| r.strip_suffix(')')) {
        return Some(Failure::critical(failure(cause)?));
    }
    let (name, arg) = call(s)?;
    let n = || arg.parse::<i32>().ok();
    Some(match name {
        "panic" => Failure::Panic(n()?),
        "foreign" => Failure::Foreign(n()?),
        "foreign_copy" => Failure::ForeignCopy(n()?),
        "wasm_panic" => Failure::WasmPanic(n()?),
        "foreign_panic" => Failure::ForeignPanic(n()?),
        "unknown_tag" => Failure::UnknownTag(n()?),
        "aborted" => Failure::Trap(TrapKind::ALL.into_iter().find(|k| k.name() == arg)?),
        _ => return None,
    })
}

fn outcome(s: &str) -> Option<Outcome> {
    Some(match s {
        "done" => Outcome::Done,
        "no_handle" => Outcome::NoHandle,
        "not_awaiting" => Outcome::NotAwaiting,
        "no_closure" => Outcome::NoClosure,
        _ => match call(s) {
            Some(("ok", v)) => Outcome::Value(v.parse().ok()?),
            _ => Outcome::Failed(failure(s)?),
        },
    })
}

#[test]
fn every_printed_event_parses_back() {
    let text = "[0] enter e1\n[2] exit e0\n[0] guard+ 3\n[0] guard- 3\n[1] panic -4\n[0] caught -1\n[0] state 7
        [0] abort oob\n[0] abort panic_in_drop\nhost enter h0\nhost exit h2\nhost e1 returned 10\nhost throw 5
        host catch aborted(unreachable)\nhost catch foreign_copy(2)\nhost terminate [1]\nschedule reinit\nhook [0]
        reset -> [1]\ndriver[0] => ok(13)\ndriver[1] => done\ndriver[2] => no_handle\ndriver[3] => stale
        driver[4] => terminated\ndriver[5] => panic(3)\ndriver[6] => foreign(9)\ndriver[7] => aborted(stack_overflow)
        [1] memory 3\n[0] high -2\nhost throw foreign_panic 4\nhost throw panic 1\nuncaught exception [2]
        host catch wasm_panic(3)\ndriver[8] => unknown_tag(5)\ndriver[9] => foreign_panic(-1)
        driver[10] => task t2\ndriver[11] => not_awaiting\ntask t0 starts\ntask t0 awaits\ntask t0 resumes
        task t1 => ok(3)\ntask t0 => terminated\nend resolve t1\ntask t2 hung\n[0] abort panic\n[1] closure e2 once aborting
        [0] closure e1\n[0] closure e3 borrow_mut assert_unwind_safe\n[0] closure e1 dropped\n[0] err h2\n[1] panic value
        [0] caught value\ndriver[12] => dropped\nhost catch called_twice\ndriver[13] => critical(foreign(5))";
    let t = trace(text);
    assert_eq!(t.len(), 55);
    let printed: Vec<String> = t.iter().map(|e| e.to_string()).collect();
    assert_eq!(printed.join("\n"), text.lines().map(str::trim).collect::<Vec<_>>().join("\n"));
}
