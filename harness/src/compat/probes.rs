//! The capability probes of `reentry compat`, all in one place: each is a
//! tiny module (WAT below, shown in the reports) run through the engine's
//! raw-module [`Session`], with host imports where the capability is about
//! the JS API ([`HostImport`]), and a judge that turns what happened into an
//! answer. Nothing here reads a version number.
//!
//! Every probe has a *control*: the same probe with one thing changed so
//! that the capability cannot show (the catch names another tag, the trap is
//! a plain exception, the recursion is bounded...). Wherever a probe answers
//! yes, its control must answer no (tests/compat.rs), so a judge that always
//! says yes fails; known engines pin the real answers (node 20: no JSTag, no
//! exnref; node 26: both; wasmtime: no legacy EH), so one that always says no
//! fails too.

use crate::compile::Encoding;
use crate::engine::raw::{HostImport, Kind, Link, Outcome, Session, Val, HOST_EXPORT};
use crate::trap::TrapClass;

/// What a probe found on one engine (in one encoding).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Observation {
    pub state: State,
    /// A value beyond yes/no (the stack overflow's error class).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// What was observed: on `no`, what failed.
    pub detail: String,
}

/// A cell's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    Yes,
    No,
    /// Does not apply to this engine (no JS API, an encoding it lacks, a lane it does not run).
    #[serde(rename = "n/a")]
    NotApplicable,
    /// The thing measured does not exist yet (a lane no engine registers).
    Unavailable,
    /// The probe or test itself could not run (the engine failed to start, crashed...).
    Error,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Yes => "yes",
            State::No => "no",
            State::NotApplicable => "n/a",
            State::Unavailable => "not available yet",
            State::Error => "error",
        }
    }
}

impl Observation {
    pub fn yes(detail: impl Into<String>) -> Observation {
        Observation { state: State::Yes, value: None, detail: detail.into() }
    }
    pub fn no(detail: impl Into<String>) -> Observation {
        Observation { state: State::No, value: None, detail: detail.into() }
    }
    pub fn na(detail: impl Into<String>) -> Observation {
        Observation { state: State::NotApplicable, value: None, detail: detail.into() }
    }
    pub fn error(detail: impl Into<String>) -> Observation {
        Observation { state: State::Error, value: None, detail: detail.into() }
    }
}

/// In which encodings a probe runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Runs {
    /// Its own module decides the encoding (the encoding probes themselves,
    /// and JSTag, which uses no EH instruction).
    Once,
    /// In this one encoding (a per-encoding column).
    In(Encoding),
    /// In every encoding the engine runs (as its `exnref`/`legacy` probes
    /// found); the answer is yes only if every one says yes.
    EachEncoding,
}

/// One probe: one capability column.
pub struct Probe {
    /// Column id in every format (`catch_jstag.legacy`).
    pub id: &'static str,
    pub title: &'static str,
    /// What a yes means.
    pub about: &'static str,
    /// A question about the JS API: n/a on engines whose host is not JS.
    pub js_only: bool,
    pub runs: Runs,
    /// The module for an encoding (`None`: `Runs::Once`), real or control.
    pub wat: fn(Option<Encoding>, bool) -> String,
    run: fn(&mut dyn Session, &str, bool) -> Observation,
}

impl Probe {
    /// Run the probe (or its control) on a fresh session state.
    pub fn run(&self, s: &mut dyn Session, encoding: Option<Encoding>, control: bool) -> Observation {
        s.reset();
        let wat = (self.wat)(encoding, control);
        (self.run)(s, &wat, control)
    }
}

/// Every probe, in column order.
pub const PROBES: &[Probe] = &[
    Probe {
        id: "exnref",
        title: "exnref EH",
        about: "a module with try_table / catch_all_ref / throw_ref compiles, and an exception thrown inside it is \
                caught by the outer try_table after the inner pad rethrew it with throw_ref (returns 7)",
        js_only: false,
        runs: Runs::Once,
        wat: |_, control| exnref_wat(control),
        run: |s, wat, _| returns_seven(s, wat),
    },
    Probe {
        id: "legacy",
        title: "legacy EH",
        about: "a module with try / catch_all / rethrow / catch compiles, and an exception rethrown by the inner \
                catch_all is caught by the outer catch (returns 7)",
        js_only: false,
        runs: Runs::Once,
        wat: |_, control| legacy_wat(control),
        run: |s, wat, _| returns_seven(s, wat),
    },
    Probe {
        id: "mixed_eh",
        title: "legacy try around try_table",
        about: "one module mixes the encodings: a legacy try … catch catches what a try_table pad rethrew with \
                throw_ref (returns 7); the spec has no rule against mixing, engines differ",
        js_only: false,
        runs: Runs::Once,
        wat: |_, control| mixed_wat(control),
        run: |s, wat, _| returns_seven(s, wat),
    },
    Probe {
        id: "stack_depth",
        title: "Wasm frames before a stack overflow",
        about: "how deep `rec(n) = rec(n + 1) + n` (one i32 parameter, no EH) recurses before the engine ends it \
                with a stack overflow, counted in a global; the value is that depth to two significant digits (the \
                engine's stack budget over its frame size: programs that recurse deep pass on one engine and \
                overflow on another)",
        js_only: false,
        runs: Runs::Once,
        wat: |_, control| depth_wat(control),
        run: stack_depth,
    },
    Probe {
        id: "jstag",
        title: "WebAssembly.JSTag",
        about: "WebAssembly.JSTag exists and imports as a tag (param externref), and `throw $jstag` of a JS value \
                surfaces in JS as that very value",
        js_only: true,
        runs: Runs::Once,
        wat: |_, _| JSTAG_WAT.to_string(),
        run: jstag,
    },
    Probe {
        id: "exception_identity",
        title: "Exception identity JS→Wasm→JS",
        about: "a WebAssembly.Exception thrown by a JS import passes a Wasm landing pad (catch_all_ref + throw_ref, \
                or catch_all + rethrow) and comes back out to JS as the same object",
        js_only: true,
        runs: Runs::EachEncoding,
        wat: |enc, control| identity_wat(enc.unwrap_or(Encoding::Exnref), control),
        run: exception_identity,
    },
    Probe {
        id: "traps_uncatchable",
        title: "traps uncatchable after a JS frame",
        about: "a trap (unreachable) in an export called from a host import (JS; a Rust host function on wasmtime) \
                is not caught by catch_all in the outer Wasm frame: the call ends trapped",
        js_only: false,
        runs: Runs::EachEncoding,
        wat: |enc, _| OUTER_WAT(enc.unwrap_or(Encoding::Exnref)),
        run: traps_uncatchable,
    },
    Probe {
        id: "stack_overflow",
        title: "stack overflow error",
        about: "unbounded Wasm recursion inside catch_all ends the call with an exhaustion error that catch_all \
                does not catch; the value is the error's class (V8: RangeError, wasmtime: Trap::StackOverflow)",
        js_only: false,
        runs: Runs::EachEncoding,
        wat: |enc, control| overflow_wat(enc.unwrap_or(Encoding::Exnref), control),
        run: stack_overflow,
    },
    Probe {
        id: "catch_all.exnref",
        title: "JS exception: catch_all (exnref)",
        about: "a JS value thrown by an import is caught by try_table (catch_all)",
        js_only: true,
        runs: Runs::In(Encoding::Exnref),
        wat: |_, control| catch_all_wat(Encoding::Exnref, control),
        run: catch_all,
    },
    Probe {
        id: "catch_all.legacy",
        title: "JS exception: catch_all (legacy)",
        about: "a JS value thrown by an import is caught by try … catch_all",
        js_only: true,
        runs: Runs::In(Encoding::Legacy),
        wat: |_, control| catch_all_wat(Encoding::Legacy, control),
        run: catch_all,
    },
    Probe {
        id: "catch_jstag.exnref",
        title: "JS exception: catch $JSTag (exnref)",
        about: "a JS value thrown by an import is caught by try_table (catch $jstag), its payload the very value",
        js_only: true,
        runs: Runs::In(Encoding::Exnref),
        wat: |_, _| catch_jstag_wat(Encoding::Exnref),
        run: catch_jstag,
    },
    Probe {
        id: "catch_jstag.legacy",
        title: "JS exception: catch $JSTag (legacy)",
        about: "a JS value thrown by an import is caught by try … catch $jstag, its payload the very value",
        js_only: true,
        runs: Runs::In(Encoding::Legacy),
        wat: |_, _| catch_jstag_wat(Encoding::Legacy),
        run: catch_jstag,
    },
];

pub fn probe(id: &str) -> Option<&'static Probe> {
    PROBES.iter().find(|p| p.id == id)
}

/// The module of a WAT text.
pub fn wasm(wat: &str) -> Result<Vec<u8>, String> {
    let buf = wast::parser::ParseBuffer::new(wat).map_err(|e| e.to_string())?;
    let mut m = wast::parser::parse::<wast::Wat>(&buf).map_err(|e| e.to_string())?;
    m.encode().map_err(|e| e.to_string())
}

fn exnref_wat(control: bool) -> String {
    format!(
        r#"(module
  (tag $e (param i32))
  (tag $other (param i32))
  (func (export "run") (result i32)
    block $out (result i32)
      try_table (result i32) (catch {catch} $out)
        block $pad (result exnref)
          try_table (catch_all_ref $pad)
            i32.const 7
            throw $e
          end
          unreachable
        end
        throw_ref
      end
    end))"#,
        catch = if control { "$other" } else { "$e" }
    )
}

fn legacy_wat(control: bool) -> String {
    format!(
        r#"(module
  (tag $e (param i32))
  (tag $other (param i32))
  (func (export "run") (result i32)
    try (result i32)
      try
        i32.const 7
        throw $e
      catch_all
        rethrow 0
      end
      unreachable
    catch {catch}
    end))"#,
        catch = if control { "$other" } else { "$e" }
    )
}

fn mixed_wat(control: bool) -> String {
    format!(
        r#"(module
  (tag $e (param i32))
  (tag $other (param i32))
  (func (export "run") (result i32)
    try (result i32)
      block $pad (result exnref)
        try_table (catch_all_ref $pad)
          i32.const 7
          throw $e
        end
        unreachable
      end
      throw_ref
    catch {catch}
    end))"#,
        catch = if control { "$other" } else { "$e" }
    )
}

fn depth_wat(control: bool) -> String {
    // The control stops at 100 frames.
    let recurse = "local.get 0\n    i32.const 1\n    i32.add\n    call $rec\n    local.get 0\n    i32.add";
    let body = if control {
        format!("local.get 0\n    i32.const 100\n    i32.ge_u\n    if (result i32)\n      local.get 0\n    else\n      {recurse}\n    end")
    } else {
        recurse.to_string()
    };
    format!(
        "(module\n  (global $depth (export \"depth\") (mut i32) (i32.const 0))\n  (func $rec (param i32) (result i32)\n    \
         global.get $depth\n    i32.const 1\n    i32.add\n    global.set $depth\n    {body})\n  \
         (func (export \"run\") (result i32)\n    i32.const 0\n    call $rec))"
    )
}

/// `n` to two significant digits: the depth moves by a few frames between
/// runs (tier-up, what else is on the stack), never by one in ten.
fn two_digits(n: i64) -> i64 {
    let mut scale = 1;
    while n / scale >= 100 {
        scale *= 10;
    }
    (n + scale / 2) / scale * scale
}

const JSTAG_WAT: &str = r#"(module
  (import "host" "jstag" (tag $jstag (param externref)))
  (func (export "run") (param externref)
    local.get 0
    throw $jstag))"#;

fn identity_wat(enc: Encoding, control: bool) -> String {
    // The control's pad throws a fresh exception instead of rethrowing.
    let fresh = "ref.null extern\n      throw $t";
    match enc {
        Encoding::Exnref => format!(
            r#"(module
  (import "host" "tag" (tag $t (param externref)))
  (import "host" "throw" (func $throw))
  (func (export "run")
    block $pad (result exnref)
      try_table (catch_all_ref $pad)
        call $throw
      end
      return
    end
    {pad}))"#,
            pad = if control { format!("drop\n    {fresh}") } else { "throw_ref".into() }
        ),
        Encoding::Legacy => format!(
            r#"(module
  (import "host" "tag" (tag $t (param externref)))
  (import "host" "throw" (func $throw))
  (func (export "run")
    try
      call $throw
    catch_all
      {pad}
    end))"#,
            pad = if control { fresh } else { "rethrow 0" }
        ),
    }
}

/// The callee of `traps_uncatchable` (in its own instance, reached through
/// the host import): a trap, or in the control a plain Wasm exception.
fn callee_wat(control: bool) -> &'static str {
    if control {
        r#"(module (tag $x) (func (export "callee") throw $x))"#
    } else {
        r#"(module (func (export "callee") unreachable))"#
    }
}

/// `run` calls the host import inside catch_all: 1 if caught, else 0.
#[allow(non_snake_case)]
fn OUTER_WAT(enc: Encoding) -> String {
    let body = match enc {
        Encoding::Exnref => {
            "    block $caught
      try_table (catch_all $caught)
        call $reenter
      end
      i32.const 0
      return
    end
    i32.const 1"
        }
        Encoding::Legacy => {
            "    try
      call $reenter
    catch_all
      i32.const 1
      return
    end
    i32.const 0"
        }
    };
    format!(
        ";; the host import calls export `callee` of a second instance:\n;; {}\n;; (control: {})\n\
         (module\n  (import \"host\" \"reenter\" (func $reenter))\n  (func (export \"run\") (result i32)\n{body}))",
        callee_wat(false),
        callee_wat(true)
    )
}

fn overflow_wat(enc: Encoding, control: bool) -> String {
    // rec(n) = rec(n + 1) + n, bounded at 100 in the control.
    let rec = if control {
        "local.get 0
    i32.const 100
    i32.ge_u
    if (result i32)
      local.get 0
    else
      local.get 0
      i32.const 1
      i32.add
      call $rec
      local.get 0
      i32.add
    end"
    } else {
        "local.get 0
    i32.const 1
    i32.add
    call $rec
    local.get 0
    i32.add"
    };
    let run = match enc {
        Encoding::Exnref => {
            "    block $caught
      try_table (catch_all $caught)
        i32.const 0
        call $rec
        drop
      end
      i32.const 0
      return
    end
    i32.const 1"
        }
        Encoding::Legacy => {
            "    try
      i32.const 0
      call $rec
      drop
    catch_all
      i32.const 1
      return
    end
    i32.const 0"
        }
    };
    format!("(module\n  (func $rec (param i32) (result i32)\n    {rec})\n  (func (export \"run\") (result i32)\n{run}))")
}

fn catch_all_wat(enc: Encoding, control: bool) -> String {
    let body = match (enc, control) {
        (_, true) => "    call $throw\n    i32.const 0",
        (Encoding::Exnref, false) => {
            "    block $caught
      try_table (catch_all $caught)
        call $throw
      end
      i32.const 0
      return
    end
    i32.const 1"
        }
        (Encoding::Legacy, false) => {
            "    try
      call $throw
    catch_all
      i32.const 1
      return
    end
    i32.const 0"
        }
    };
    format!("(module\n  (import \"host\" \"throw\" (func $throw))\n  (func (export \"run\") (result i32)\n{body}))")
}

fn catch_jstag_wat(enc: Encoding) -> String {
    let body = match enc {
        Encoding::Exnref => {
            "    block $caught (result externref)
      try_table (catch $jstag $caught)
        call $throw
      end
      ref.null extern
      return
    end"
        }
        Encoding::Legacy => {
            "    try (result externref)
      call $throw
      ref.null extern
    catch $jstag
    end"
        }
    };
    format!(
        "(module\n  (import \"host\" \"jstag\" (tag $jstag (param externref)))\n  (import \"host\" \"throw\" (func $throw))\n  \
         (func (export \"run\") (result externref)\n{body}))"
    )
}

// ---- running and judging ----

/// Compile `wat` and instantiate it with `links` (import order), or the
/// observation that says why not.
fn instance(s: &mut dyn Session, wat: &str, links: Vec<(&str, &str, usize)>) -> Result<usize, Observation> {
    let bytes = wasm(wat).map_err(|e| Observation::error(format!("the probe's WAT does not encode: {e}")))?;
    let m = s.compile(&bytes).map_err(|e| Observation::no(format!("module rejected: {}", first_line(&e))))?;
    let links: Vec<Link> = links
        .into_iter()
        .map(|(module, field, from)| Link { module: module.into(), field: field.into(), from: Some((from, HOST_EXPORT.into())) })
        .collect();
    s.instantiate(m, &links, &[]).map_err(|o| Observation::no(format!("instantiation: {}", first_line(&o.to_string()))))
}

fn first_line(s: &str) -> String {
    let l = s.lines().next().unwrap_or("");
    if l.chars().count() > 160 {
        format!("{}…", l.chars().take(160).collect::<String>())
    } else {
        l.to_string()
    }
}

/// A host import, or the observation that says the engine cannot make it.
fn host(s: &mut dyn Session, import: HostImport) -> Result<usize, Observation> {
    let what = format!("{import:?}");
    s.host(&import).map_err(|e| match import {
        HostImport::JsTag => Observation::no(e),
        _ => Observation::error(format!("host import {what}: {e}")),
    })
}

fn outcome_text(o: &Outcome) -> String {
    first_line(&o.to_string())
}

/// Calls that end in something a probe never expects (a timeout, an engine
/// error) are errors of the probe, not answers.
fn unexpected(o: &Outcome) -> Option<Observation> {
    match o {
        Outcome::Timeout | Outcome::Error(_) => Some(Observation::error(outcome_text(o))),
        _ => None,
    }
}

fn returns_seven(s: &mut dyn Session, wat: &str) -> Observation {
    let i = match instance(s, wat, vec![]) {
        Ok(i) => i,
        Err(o) => return o,
    };
    let o = s.call(i, "run", &[], &[Kind::I32]);
    match o {
        Outcome::Returned(ref v) if v == &[Val::I32(7)] => Observation::yes("returned 7: caught after the pad rethrew"),
        _ => unexpected(&o).unwrap_or_else(|| Observation::no(format!("expected 7, {}", outcome_text(&o)))),
    }
}

fn jstag(s: &mut dyn Session, wat: &str, control: bool) -> Observation {
    let tag = match host(s, if control { HostImport::Tag } else { HostImport::JsTag }) {
        Ok(t) => t,
        Err(o) => return o,
    };
    let i = match instance(s, wat, vec![("host", "jstag", tag)]) {
        Ok(i) => i,
        Err(o) => return o,
    };
    let o = s.call(i, "run", &[Val::Extern(1)], &[]);
    match o {
        Outcome::HostValue(1) => Observation::yes("JS caught the very value thrown with $jstag"),
        Outcome::Threw { .. } => Observation::no("JS caught a WebAssembly.Exception, not the value"),
        _ => unexpected(&o).unwrap_or_else(|| Observation::no(outcome_text(&o))),
    }
}

fn exception_identity(s: &mut dyn Session, wat: &str, _: bool) -> Observation {
    let tag = match host(s, HostImport::Tag) {
        Ok(t) => t,
        Err(o) => return o,
    };
    let thrower = match host(s, HostImport::ThrowException { tag: (tag, HOST_EXPORT.into()), n: 2 }) {
        Ok(t) => t,
        Err(o) => return o,
    };
    let i = match instance(s, wat, vec![("host", "tag", tag), ("host", "throw", thrower)]) {
        Ok(i) => i,
        Err(o) => return o,
    };
    let o = s.call(i, "run", &[], &[]);
    match o {
        Outcome::HostValue(2) => Observation::yes("the same WebAssembly.Exception object came back out"),
        Outcome::Threw { .. } => Observation::no("a different exception came back out (identity lost)"),
        _ => unexpected(&o).unwrap_or_else(|| Observation::no(outcome_text(&o))),
    }
}

fn traps_uncatchable(s: &mut dyn Session, wat: &str, control: bool) -> Observation {
    let callee = match instance(s, callee_wat(control), vec![]) {
        Ok(i) => i,
        Err(o) => return o,
    };
    let reenter = match host(s, HostImport::Reenter { instance: callee, export: "callee".into() }) {
        Ok(r) => r,
        Err(o) => return o,
    };
    let i = match instance(s, wat, vec![("host", "reenter", reenter)]) {
        Ok(i) => i,
        Err(o) => return o,
    };
    let o = s.call(i, "run", &[], &[Kind::I32]);
    match o {
        Outcome::Trapped { class: TrapClass::Unreachable, .. } => {
            Observation::yes("the call ended trapped (unreachable): catch_all did not catch the trap")
        }
        Outcome::Returned(ref v) if v == &[Val::I32(1)] => Observation::no("catch_all caught it"),
        _ => unexpected(&o).unwrap_or_else(|| Observation::no(outcome_text(&o))),
    }
}

fn stack_overflow(s: &mut dyn Session, wat: &str, _: bool) -> Observation {
    let i = match instance(s, wat, vec![]) {
        Ok(i) => i,
        Err(o) => return o,
    };
    let o = s.call(i, "run", &[], &[Kind::I32]);
    match o {
        Outcome::Exhausted(ref m) => {
            let class = m.split(": ").next().unwrap_or(m).trim().to_string();
            Observation { state: State::Yes, value: Some(class), detail: format!("uncaught: {}", first_line(m)) }
        }
        Outcome::Returned(ref v) if v == &[Val::I32(1)] => Observation::no("catch_all caught the stack overflow"),
        Outcome::Returned(_) => Observation::no("no stack overflow: the recursion returned"),
        _ => unexpected(&o).unwrap_or_else(|| Observation::no(outcome_text(&o))),
    }
}

fn stack_depth(s: &mut dyn Session, wat: &str, _: bool) -> Observation {
    let i = match instance(s, wat, vec![]) {
        Ok(i) => i,
        Err(o) => return o,
    };
    let o = s.call(i, "run", &[], &[Kind::I32]);
    let depth = match s.global(i, "depth", Kind::I32) {
        Ok(Val::I32(d)) => d as i64,
        other => return Observation::error(format!("reading the depth after {}: {other:?}", outcome_text(&o))),
    };
    match o {
        Outcome::Exhausted(ref m) => Observation {
            state: State::Yes,
            value: Some(two_digits(depth).to_string()),
            detail: format!("{depth} frames, then: {}", first_line(m)),
        },
        Outcome::Returned(_) => Observation::no(format!("no stack overflow: the recursion returned after {depth} frames")),
        _ => unexpected(&o).unwrap_or_else(|| Observation::no(outcome_text(&o))),
    }
}

fn catch_all(s: &mut dyn Session, wat: &str, _: bool) -> Observation {
    let thrower = match host(s, HostImport::ThrowValue(3)) {
        Ok(t) => t,
        Err(o) => return o,
    };
    let i = match instance(s, wat, vec![("host", "throw", thrower)]) {
        Ok(i) => i,
        Err(o) => return o,
    };
    let o = s.call(i, "run", &[], &[Kind::I32]);
    match o {
        Outcome::Returned(ref v) if v == &[Val::I32(1)] => Observation::yes("caught"),
        Outcome::HostValue(3) => Observation::no("not caught: the JS value passed through as itself"),
        _ => unexpected(&o).unwrap_or_else(|| Observation::no(outcome_text(&o))),
    }
}

fn catch_jstag(s: &mut dyn Session, wat: &str, control: bool) -> Observation {
    let tag = match host(s, if control { HostImport::Tag } else { HostImport::JsTag }) {
        Ok(t) => t,
        Err(o) => return o,
    };
    let thrower = match host(s, HostImport::ThrowValue(4)) {
        Ok(t) => t,
        Err(o) => return o,
    };
    let i = match instance(s, wat, vec![("host", "jstag", tag), ("host", "throw", thrower)]) {
        Ok(i) => i,
        Err(o) => return o,
    };
    let o = s.call(i, "run", &[], &[Kind::Ref]);
    match o {
        Outcome::Returned(ref v) if v == &[Val::Extern(4)] => Observation::yes("caught, payload the very value"),
        Outcome::Returned(ref v) => Observation::no(format!("caught, but the payload is {v:?}, not the value")),
        Outcome::HostValue(4) => Observation::no("not caught: the JS value passed through as itself"),
        _ => unexpected(&o).unwrap_or_else(|| Observation::no(outcome_text(&o))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_probe_module_encodes_in_every_variant() {
        for p in PROBES {
            for enc in [None, Some(Encoding::Exnref), Some(Encoding::Legacy)] {
                for control in [false, true] {
                    let wat = (p.wat)(enc, control);
                    wasm(&wat).unwrap_or_else(|e| panic!("{} {enc:?} control {control}: {e}\n{wat}", p.id));
                }
            }
        }
        let ids: std::collections::HashSet<&str> = PROBES.iter().map(|p| p.id).collect();
        assert_eq!(ids.len(), PROBES.len());
        assert!(wasm(callee_wat(true)).is_ok() && wasm(callee_wat(false)).is_ok());
    }

    #[test]
    fn depths_keep_two_significant_digits() {
        assert_eq!([two_digits(7), two_digits(99), two_digits(104), two_digits(52_449), two_digits(52_550)], [7, 99, 100, 52_000, 53_000]);
    }
}
