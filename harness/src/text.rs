//! The text form of programs (corpus files, findings). Line-oriented, one
//! step per line, `#` comments:
//!
//! ```text
//! memory 1 2          # initial and maximum pages (default 1 2)
//! state 0             # initial state value (default 0)
//! hook reinit         # `record` (default) or `reinit`
//!
//! export e0 {         # exports in order e0, e1, ...; `async export e1 {`: an async export
//!   guard 1           # guard with id 1; `guard 2 panics 7`: its destructor panics
//!   scope { ... }
//!   call h0           # through import h0's wrapper; `call e1`: direct Wasm call
//!   call h0 catch     # a #[wasm_bindgen(catch)] import: a host exception is Err(v), Wasm goes on
//!   call h0 catch panic_any       # ... then panic_any(v): a panic carrying the JS value
//!   call h0 with e1   # h0 gets a &dyn Fn over e1 (`with e1 mut`: &mut dyn FnMut)
//!   closure e1        # hand the host a closure over e1: `closure e1 [wrap|once|borrow|borrow_mut]
//!                     # [aborting|assert_unwind_safe]` (Closure::new, ::wrap, ... and their variants)
//!   panic 5
//!   catch_unwind { ... } handler { ... }
//!   abort unreachable # | oom | stack_overflow | div_zero | oob
//!   add_state 3
//!   reinit            # schedule a reinit
//!   grow 1            # allocate 1 page (fails past the maximum: oom)
//!   add_high 2        # the first word of grown memory += 2 (oob if not grown)
//!   await             # async exports only: await a fresh host promise
//! }
//! import h0 {         # imports in order h0, h1, ...
//!   call e1           # re-enter through the glue
//!   throw 7
//!   throw foreign_panic 7          # a WebAssembly.Exception: | panic | wrapped | unknown_tag
//!   try { ... } catch swallow      # | catch rethrow | catch wrap 9 | catch raw
//!   terminate
//!   reinit
//! }
//! driver {
//!   call e0
//!   reset
//!   new_handle        # handles are numbered 0, 1, ... in creation order
//!   call_handle 0 e1
//!   read_state
//!   spawn e1          # start a task of async export e1; tasks are t0, t1, ... by spawn step
//!   resolve t0        # fulfil the promise t0 awaits
//!   reject t0 5       # reject it with a foreign value
//! }
//! ```
//!
//! [`parse`] never panics: malformed text and invalid programs are errors
//! with a line and column.

use crate::program::*;
use std::collections::HashMap;
use std::fmt::{self, Write};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{col}: {message}")]
pub struct ParseError {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Word(String),
    Int(i64),
    Open,
    Close,
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Word(w) => write!(f, "`{w}`"),
            Tok::Int(i) => write!(f, "`{i}`"),
            Tok::Open => write!(f, "`{{`"),
            Tok::Close => write!(f, "`}}`"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Pos {
    line: usize,
    col: usize,
}

fn lex(src: &str) -> Result<Vec<(Tok, Pos)>, ParseError> {
    let mut out = Vec::new();
    for (ln, line) in src.lines().enumerate() {
        let line_no = ln + 1;
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let pos = Pos { line: line_no, col: i + 1 };
            if c == '#' {
                break;
            } else if c.is_whitespace() {
                i += 1;
            } else if c == '{' {
                out.push((Tok::Open, pos));
                i += 1;
            } else if c == '}' {
                out.push((Tok::Close, pos));
                i += 1;
            } else if c.is_ascii_digit() || (c == '-' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
                let start = i;
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let s: String = chars[start..i].iter().collect();
                let v = s.parse::<i64>().map_err(|_| ParseError {
                    line: line_no,
                    col: start + 1,
                    message: format!("number `{s}` is out of range"),
                })?;
                out.push((Tok::Int(v), pos));
            } else if c.is_ascii_alphabetic() || c == '_' {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push((Tok::Word(chars[start..i].iter().collect()), pos));
            } else {
                return Err(ParseError { line: line_no, col: i + 1, message: format!("unexpected character `{c}`") });
            }
        }
    }
    Ok(out)
}

struct Parser {
    toks: Vec<(Tok, Pos)>,
    i: usize,
    end: Pos,
    /// Validation path → position, to place validation errors.
    spans: HashMap<String, Pos>,
}

type PResult<T> = Result<T, ParseError>;

impl Parser {
    fn err<T>(&self, at: Pos, message: impl Into<String>) -> PResult<T> {
        Err(ParseError { line: at.line, col: at.col, message: message.into() })
    }

    fn next(&mut self, what: &str) -> PResult<(Tok, Pos)> {
        match self.toks.get(self.i) {
            Some(t) => {
                self.i += 1;
                Ok(t.clone())
            }
            None => self.err(self.end, format!("expected {what}, found end of input")),
        }
    }

    fn peek_close(&self) -> bool {
        matches!(self.toks.get(self.i), Some((Tok::Close, _)))
    }

    /// The next token, if it is a word.
    fn peek_word(&self) -> Option<&str> {
        match self.toks.get(self.i) {
            Some((Tok::Word(w), _)) => Some(w),
            _ => None,
        }
    }

    /// Consume the next token if it is the word `w`.
    fn take_word(&mut self, w: &str) -> bool {
        let found = self.peek_word() == Some(w);
        self.i += found as usize;
        found
    }

    fn word(&mut self, what: &str) -> PResult<(String, Pos)> {
        match self.next(what)? {
            (Tok::Word(w), p) => Ok((w, p)),
            (t, p) => self.err(p, format!("expected {what}, found {t}")),
        }
    }

    fn keyword(&mut self, kw: &str) -> PResult<()> {
        let (w, p) = self.word(&format!("`{kw}`"))?;
        if w != kw {
            return self.err(p, format!("expected `{kw}`, found `{w}`"));
        }
        Ok(())
    }

    fn int<T: TryFrom<i64>>(&mut self, what: &str) -> PResult<T> {
        match self.next(what)? {
            (Tok::Int(v), p) => T::try_from(v).or_else(|_| self.err(p, format!("{what} `{v}` is out of range"))),
            (t, p) => self.err(p, format!("expected {what}, found {t}")),
        }
    }

    fn open(&mut self) -> PResult<()> {
        match self.next("`{`")? {
            (Tok::Open, _) => Ok(()),
            (t, p) => self.err(p, format!("expected `{{`, found {t}")),
        }
    }

    /// A name `<prefix><index>`, e.g. `e3`.
    fn name(&mut self, what: &str) -> PResult<(char, u32, Pos)> {
        let (w, p) = self.word(what)?;
        let mut chars = w.chars();
        let prefix = chars.next().unwrap_or(' ');
        let rest: String = chars.collect();
        match (prefix, rest.parse::<u32>()) {
            ('e' | 'h', Ok(n)) if !rest.starts_with('+') => Ok((prefix, n, p)),
            _ => self.err(p, format!("expected {what} like `e0` or `h0`, found `{w}`")),
        }
    }

    fn export_name(&mut self) -> PResult<u32> {
        let (prefix, n, p) = self.name("an export name")?;
        if prefix != 'e' {
            return self.err(p, format!("expected an export (`e<n>`), found `h{n}`"));
        }
        Ok(n)
    }

    /// A task `t<n>`.
    fn task_name(&mut self) -> PResult<u32> {
        let (w, p) = self.word("a task name")?;
        match w.strip_prefix('t').map(|n| (n, n.parse::<u32>())) {
            Some((n, Ok(t))) if !n.starts_with('+') => Ok(t),
            _ => self.err(p, format!("expected a task like `t0`, found `{w}`")),
        }
    }

    fn program(&mut self) -> PResult<Program> {
        let mut p = Program {
            memory: Memory { initial: 1, maximum: 2 },
            state_init: 0,
            hook: HookPolicy::Record,
            exports: vec![],
            imports: vec![],
            driver: vec![],
        };
        let mut seen_driver = false;
        while self.i < self.toks.len() {
            let (mut kw, at) = self.word("`memory`, `state`, `hook`, `export`, `import` or `driver`")?;
            let is_async = kw == "async";
            if is_async {
                kw = self.word("`export`")?.0;
                if kw != "export" {
                    return self.err(at, format!("expected `export` after `async`, found `{kw}`"));
                }
            }
            match kw.as_str() {
                "memory" => {
                    self.spans.insert("memory".into(), at);
                    p.memory = Memory { initial: self.int("initial pages")?, maximum: self.int("maximum pages")? };
                }
                "state" => p.state_init = self.int("initial state")?,
                "hook" => {
                    let (w, wp) = self.word("`record` or `reinit`")?;
                    p.hook = match w.as_str() {
                        "record" => HookPolicy::Record,
                        "reinit" => HookPolicy::Reinit,
                        _ => return self.err(wp, format!("expected `record` or `reinit`, found `{w}`")),
                    };
                }
                "export" => {
                    let (prefix, n, np) = self.name("an export name")?;
                    if prefix != 'e' || n as usize != p.exports.len() {
                        return self.err(np, format!("expected export `e{}` next (exports are numbered in order)", p.exports.len()));
                    }
                    self.spans.insert(format!("e{n}"), np);
                    let body = self.wasm_block(&format!("e{n}"))?;
                    p.exports.push(Export { body, is_async });
                }
                "import" => {
                    let (prefix, n, np) = self.name("an import name")?;
                    if prefix != 'h' || n as usize != p.imports.len() {
                        return self.err(np, format!("expected import `h{}` next (imports are numbered in order)", p.imports.len()));
                    }
                    self.spans.insert(format!("h{n}"), np);
                    let body = self.host_block(&format!("h{n}"))?;
                    p.imports.push(Import { body });
                }
                "driver" => {
                    if seen_driver {
                        return self.err(at, "a second `driver` block");
                    }
                    seen_driver = true;
                    self.spans.insert("driver".into(), at);
                    p.driver = self.driver_block()?;
                }
                other => {
                    return self.err(at, format!("expected `memory`, `state`, `hook`, `export`, `import` or `driver`, found `{other}`"))
                }
            }
        }
        Ok(p)
    }

    fn wasm_block(&mut self, path: &str) -> PResult<Vec<WasmStep>> {
        self.open()?;
        let mut steps = Vec::new();
        while !self.peek_close() {
            let here = format!("{path}[{}]", steps.len());
            steps.push(self.wasm_step(&here)?);
        }
        self.i += 1;
        Ok(steps)
    }

    fn wasm_step(&mut self, path: &str) -> PResult<WasmStep> {
        let (kw, at) = self.word("a Wasm step or `}`")?;
        self.spans.insert(path.to_string(), at);
        let Some(kind) = WasmKind::from_keyword(&kw) else {
            return self.err(at, format!("unknown Wasm step `{kw}`"));
        };
        Ok(match kind {
            WasmKind::Guard => {
                let id = self.int("guard id")?;
                let drop = if matches!(self.toks.get(self.i), Some((Tok::Word(w), _)) if w == "panics") {
                    self.i += 1;
                    DropBehavior::Panics(self.int("panic payload")?)
                } else {
                    DropBehavior::Quiet
                };
                WasmStep::Guard { id, drop }
            }
            WasmKind::Scope => WasmStep::Scope(self.wasm_block(path)?),
            // One keyword for all: the callee's prefix and the words after
            // it tell them apart.
            WasmKind::CallImport | WasmKind::CallWasm | WasmKind::CatchImport | WasmKind::CallWithClosure => {
                match self.name("a callee")? {
                    ('h', k, _) if self.take_word("catch") => WasmStep::CatchImport { import: k, panic: self.take_word("panic_any") },
                    ('h', k, _) if self.take_word("with") => {
                        let export = self.export_name()?;
                        WasmStep::CallWithClosure { import: k, export, mutable: self.take_word("mut") }
                    }
                    ('h', k, _) => WasmStep::CallImport(k),
                    (_, j, _) => WasmStep::CallWasm(j),
                }
            }
            WasmKind::Panic => WasmStep::Panic(self.int("panic payload")?),
            WasmKind::CatchUnwind => {
                let body = self.wasm_block(&format!("{path}.body"))?;
                self.keyword("handler")?;
                let handler = self.wasm_block(&format!("{path}.handler"))?;
                WasmStep::CatchUnwind { body, handler }
            }
            WasmKind::Abort => {
                let (w, wp) = self.word("an abort kind")?;
                let Some(k) = AbortKind::from_name(&w) else {
                    return self.err(wp, format!("unknown abort kind `{w}` (one of {})", kinds::names::<AbortKind>()));
                };
                WasmStep::Abort(k)
            }
            WasmKind::AddState => WasmStep::AddState(self.int("state delta")?),
            WasmKind::ScheduleReinit => WasmStep::ScheduleReinit,
            WasmKind::Grow => WasmStep::Grow(self.int("pages")?),
            WasmKind::AddHigh => WasmStep::AddHigh(self.int("high cell delta")?),
            WasmKind::Await => WasmStep::Await,
            WasmKind::MakeClosure => {
                let export = self.export_name()?;
                let mut kind = ClosureKind::OWN;
                if let Some(ctor) = self.peek_word().and_then(ClosureCtor::from_name) {
                    self.i += 1;
                    kind.ctor = ctor;
                }
                if let Some(edge) = self.peek_word().and_then(ClosureEdge::from_name) {
                    self.i += 1;
                    kind.edge = edge;
                }
                WasmStep::MakeClosure { export, kind }
            }
        })
    }

    fn host_block(&mut self, path: &str) -> PResult<Vec<HostStep>> {
        self.open()?;
        let mut steps = Vec::new();
        while !self.peek_close() {
            let here = format!("{path}[{}]", steps.len());
            steps.push(self.host_step(&here)?);
        }
        self.i += 1;
        Ok(steps)
    }

    fn host_step(&mut self, path: &str) -> PResult<HostStep> {
        let (kw, at) = self.word("a host step or `}`")?;
        self.spans.insert(path.to_string(), at);
        let Some(kind) = HostKind::from_keyword(&kw) else {
            return self.err(at, format!("unknown host step `{kw}`"));
        };
        Ok(match kind {
            HostKind::CallExport => HostStep::CallExport { export: self.export_name()? },
            // One keyword for both: a tag name before the value makes it an exception.
            HostKind::Throw | HostKind::ThrowExn => match self.toks.get(self.i) {
                Some((Tok::Word(w), wp)) => {
                    let (w, wp) = (w.clone(), *wp);
                    self.i += 1;
                    let Some(tag) = ExnTag::from_name(&w) else {
                        return self.err(wp, format!("unknown exception tag `{w}` (one of {})", kinds::names::<ExnTag>()));
                    };
                    HostStep::ThrowExn { tag, value: self.int("thrown value")? }
                }
                _ => HostStep::Throw { value: self.int("thrown value")? },
            },
            HostKind::Try => {
                let body = self.host_block(&format!("{path}.body"))?;
                self.keyword("catch")?;
                let (w, wp) = self.word("`swallow`, `rethrow`, `wrap` or `raw`")?;
                let on_catch = match w.as_str() {
                    "swallow" => OnCatch::Swallow,
                    "rethrow" => OnCatch::Rethrow,
                    "wrap" => OnCatch::RethrowWrapped { value: self.int("wrapper value")? },
                    "raw" => OnCatch::RethrowRaw,
                    _ => return self.err(wp, format!("expected `swallow`, `rethrow`, `wrap` or `raw`, found `{w}`")),
                };
                HostStep::Try { body, on_catch }
            }
            HostKind::Terminate => HostStep::Terminate,
            HostKind::ScheduleReinit => HostStep::ScheduleReinit,
            HostKind::Invoke => HostStep::Invoke { export: self.export_name()? },
        })
    }

    fn driver_block(&mut self) -> PResult<Vec<DriverStep>> {
        self.open()?;
        let mut steps = Vec::new();
        while !self.peek_close() {
            let (kw, at) = self.word("a driver step or `}`")?;
            self.spans.insert(format!("driver[{}]", steps.len()), at);
            let Some(kind) = DriverKind::from_keyword(&kw) else {
                return self.err(at, format!("unknown driver step `{kw}`"));
            };
            steps.push(match kind {
                DriverKind::Call => DriverStep::Call { export: self.export_name()? },
                DriverKind::Reset => DriverStep::Reset,
                DriverKind::NewHandle => DriverStep::NewHandle,
                DriverKind::CallHandle => {
                    let handle = self.int("handle number")?;
                    DriverStep::CallHandle { handle, export: self.export_name()? }
                }
                DriverKind::ReadState => DriverStep::ReadState,
                DriverKind::Spawn => DriverStep::Spawn { export: self.export_name()? },
                DriverKind::Invoke => DriverStep::Invoke { export: self.export_name()? },
                DriverKind::Resolve => DriverStep::Resolve { task: self.task_name()? },
                DriverKind::Reject => {
                    let task = self.task_name()?;
                    DriverStep::Reject { task, value: self.int("rejection value")? }
                }
            });
        }
        self.i += 1;
        Ok(steps)
    }
}

/// Parse and validate a program.
pub fn parse(src: &str) -> Result<Program, ParseError> {
    let toks = lex(src)?;
    let end = Pos { line: src.lines().count().max(1), col: src.lines().last().map_or(1, |l| l.len() + 1) };
    let mut parser = Parser { toks, i: 0, end, spans: HashMap::new() };
    let program = parser.program()?;
    program.validate().map_err(|e| {
        // Place the error at the innermost recorded step on its path.
        let mut path = e.path.as_str();
        let at = loop {
            if let Some(p) = parser.spans.get(path) {
                break *p;
            }
            match path.rfind(['.', '[']) {
                Some(i) => path = &path[..i],
                None => break Pos { line: 1, col: 1 },
            }
        };
        ParseError { line: at.line, col: at.col, message: format!("invalid program: {}: {}", e.path, e.message) }
    })?;
    Ok(program)
}

/// Print a program in canonical text form (`parse(print(p)) == p`).
pub fn print(p: &Program) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "memory {} {}", p.memory.initial, p.memory.maximum);
    let _ = writeln!(out, "state {}", p.state_init);
    let _ = writeln!(out, "hook {}", if p.hook == HookPolicy::Reinit { "reinit" } else { "record" });
    for (i, e) in p.exports.iter().enumerate() {
        let _ = writeln!(out, "\n{}export e{i} {{", if e.is_async { "async " } else { "" });
        print_wasm(&mut out, &e.body, 1);
        out.push_str("}\n");
    }
    for (k, h) in p.imports.iter().enumerate() {
        let _ = writeln!(out, "\nimport h{k} {{");
        print_host(&mut out, &h.body, 1);
        out.push_str("}\n");
    }
    out.push_str("\ndriver {\n");
    for s in &p.driver {
        let _ = write!(out, "  {}", DriverKind::of(s).keyword());
        let _ = match *s {
            DriverStep::Call { export } => writeln!(out, " e{export}"),
            DriverStep::CallHandle { handle, export } => writeln!(out, " {handle} e{export}"),
            DriverStep::Spawn { export } | DriverStep::Invoke { export } => writeln!(out, " e{export}"),
            DriverStep::Resolve { task } => writeln!(out, " t{task}"),
            DriverStep::Reject { task, value } => writeln!(out, " t{task} {value}"),
            DriverStep::Reset | DriverStep::NewHandle | DriverStep::ReadState => writeln!(out),
        };
    }
    out.push_str("}\n");
    out
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// `{`, the steps one level deeper, and the indented `}` (the caller ends the line).
fn print_block<S>(out: &mut String, steps: &[S], depth: usize, print: fn(&mut String, &[S], usize)) {
    out.push_str(" {\n");
    print(out, steps, depth + 1);
    indent(out, depth);
    out.push('}');
}

fn print_wasm(out: &mut String, steps: &[WasmStep], depth: usize) {
    for s in steps {
        indent(out, depth);
        out.push_str(WasmKind::of(s).keyword());
        let _ = match s {
            WasmStep::Guard { id, drop: DropBehavior::Quiet } => write!(out, " {id}"),
            WasmStep::Guard { id, drop: DropBehavior::Panics(p) } => write!(out, " {id} panics {p}"),
            WasmStep::Scope(body) => {
                print_block(out, body, depth, print_wasm);
                Ok(())
            }
            WasmStep::CallImport(k) => write!(out, " h{k}"),
            WasmStep::CallWasm(j) => write!(out, " e{j}"),
            WasmStep::Panic(p) => write!(out, " {p}"),
            WasmStep::CatchUnwind { body, handler } => {
                print_block(out, body, depth, print_wasm);
                out.push_str(" handler");
                print_block(out, handler, depth, print_wasm);
                Ok(())
            }
            WasmStep::Abort(k) => write!(out, " {}", k.name()),
            WasmStep::AddState(n) | WasmStep::AddHigh(n) => write!(out, " {n}"),
            WasmStep::Grow(n) => write!(out, " {n}"),
            WasmStep::MakeClosure { export, kind } => write!(out, " e{export}{kind}"),
            WasmStep::CatchImport { import, panic } => write!(out, " h{import} catch{}", if *panic { " panic_any" } else { "" }),
            WasmStep::CallWithClosure { import, export, mutable } => {
                write!(out, " h{import} with e{export}{}", if *mutable { " mut" } else { "" })
            }
            WasmStep::ScheduleReinit | WasmStep::Await => Ok(()),
        };
        out.push('\n');
    }
}

fn print_host(out: &mut String, steps: &[HostStep], depth: usize) {
    for s in steps {
        indent(out, depth);
        out.push_str(HostKind::of(s).keyword());
        let _ = match s {
            HostStep::CallExport { export } | HostStep::Invoke { export } => write!(out, " e{export}"),
            HostStep::Throw { value } => write!(out, " {value}"),
            HostStep::ThrowExn { tag, value } => write!(out, " {} {value}", tag.name()),
            HostStep::Try { body, on_catch } => {
                print_block(out, body, depth, print_host);
                match on_catch {
                    OnCatch::Swallow => write!(out, " catch swallow"),
                    OnCatch::Rethrow => write!(out, " catch rethrow"),
                    OnCatch::RethrowWrapped { value } => write!(out, " catch wrap {value}"),
                    OnCatch::RethrowRaw => write!(out, " catch raw"),
                }
            }
            HostStep::Terminate | HostStep::ScheduleReinit => Ok(()),
        };
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SAMPLE: &str = "
# abort through a swallowing host frame
memory 1 3
state 5
hook reinit

export e0 {
  guard 1
  call h0
}
export e1 {
  guard 2 panics 9
  catch_unwind { panic 4 } handler { add_state -2 }
  grow 1
  add_high 3
  scope { abort unreachable }
}
import h0 {
  try { call e1 } catch swallow
  try { throw 3 } catch wrap 8
  try { throw foreign_panic 4 } catch raw
}
async export e2 {
  guard 3
  await
  scope { await }
}
async export e3 {
  call h0 catch
  call h0 catch panic_any
  call h0 with e1 mut
  closure e1 once aborting
  closure e1 borrow_mut
  closure e1 assert_unwind_safe
  await
}
driver {
  call e0
  new_handle
  call_handle 0 e1
  read_state
  reset
  spawn e2
  resolve t0
  reject t0 -6
}
";

    #[test]
    fn parses_sample() {
        let p = parse(SAMPLE).unwrap();
        assert_eq!(p.memory, Memory { initial: 1, maximum: 3 });
        assert_eq!(p.state_init, 5);
        assert_eq!(p.hook, HookPolicy::Reinit);
        assert_eq!(p.exports[0].body, vec![WasmStep::Guard { id: 1, drop: DropBehavior::Quiet }, WasmStep::CallImport(0)]);
        assert_eq!(p.exports[1].body[0], WasmStep::Guard { id: 2, drop: DropBehavior::Panics(9) });
        assert_eq!(p.driver.len(), 8);
        assert!(p.exports[2].is_async && !p.exports[1].is_async);
        assert_eq!(p.exports[2].body[1], WasmStep::Await);
        assert!(p.exports[3].is_async);
        use crate::program::{ClosureCtor as C, ClosureEdge as E};
        assert_eq!(
            p.exports[3].body[..6],
            [
                WasmStep::CatchImport { import: 0, panic: false },
                WasmStep::CatchImport { import: 0, panic: true },
                WasmStep::CallWithClosure { import: 0, export: 1, mutable: true },
                WasmStep::MakeClosure { export: 1, kind: ClosureKind { ctor: C::Once, edge: E::Aborting } },
                WasmStep::MakeClosure { export: 1, kind: ClosureKind { ctor: C::BorrowMut, edge: E::Unwinding } },
                WasmStep::MakeClosure { export: 1, kind: ClosureKind { ctor: C::Own, edge: E::AssertUnwindSafe } },
            ]
        );
        assert_eq!(p.driver[5..], [DriverStep::Spawn { export: 2 }, DriverStep::Resolve { task: 0 }, DriverStep::Reject { task: 0, value: -6 }]);
        assert_eq!(p.exports[1].body[2..4], [WasmStep::Grow(1), WasmStep::AddHigh(3)]);
        assert_eq!(
            p.imports[0].body[2],
            HostStep::Try { body: vec![HostStep::ThrowExn { tag: ExnTag::ForeignPanic, value: 4 }], on_catch: OnCatch::RethrowRaw }
        );
        assert_eq!(parse(&print(&p)).unwrap(), p);
    }

    fn err(src: &str) -> ParseError {
        parse(src).unwrap_err()
    }

    #[test]
    fn errors_have_positions() {
        let e = err("export e0 {\n  guard x\n}");
        assert_eq!((e.line, e.col), (2, 9), "{e}");
        let e = err("export e0 {\n  frobnicate\n}");
        assert_eq!((e.line, e.col), (2, 3));
        assert!(e.message.contains("frobnicate"));
        let e = err("export e0 {\n  guard 1\n");
        assert!(e.message.contains("end of input"), "{e}");
        let e = err("export e1 {}");
        assert!(e.message.contains("e0"), "{e}");
        let e = err("export e0 { abort nope }");
        assert!(e.message.contains("unknown abort kind"));
        let e = err("export e0 {} import h0 { throw own 3 }");
        assert!(e.message.contains("unknown exception tag `own`"), "{e}");
        let e = err("export e0 { grow 17 }");
        assert!(e.message.contains("grow by more than 16 pages"), "{e}");
        let e = err("memory 1 99999999999999999999");
        assert!(e.message.contains("out of range"), "{e}");
        let e = err("export e0 { panic 1 } @");
        assert_eq!((e.line, e.col), (1, 23));
        let e = err("async import h0 {}");
        assert!(e.message.contains("expected `export` after `async`"), "{e}");
        let e = err("async export e0 {} driver { spawn e0 resolve x0 }");
        assert!(e.message.contains("expected a task"), "{e}");
        let e = err("export e0 {} import h0 {} driver { spawn e0 }");
        assert!(e.message.contains("not async"), "{e}");
    }

    #[test]
    fn validation_errors_point_at_the_step() {
        let e = err("export e0 {\n  guard 1\n  call h3\n}\ndriver { call e0 }");
        assert_eq!((e.line, e.col), (3, 3), "{e}");
        assert!(e.message.contains("no import h3"));
        let e = err("export e0 { call h0 }\nimport h0 {\n  call e0\n}\n");
        assert!(e.message.contains("cycle"), "{e}");
        let e = err("export e0 {}\ndriver {\n  call_handle 0 e0\n}");
        assert_eq!((e.line, e.col), (3, 3));
    }

    proptest! {
        #[test]
        fn print_parse_round_trip(p in crate::program::strategy::program()) {
            let text = print(&p);
            let back = parse(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
            prop_assert_eq!(&back, &p);
            prop_assert_eq!(print(&back), text);
        }

        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
            let _ = parse(&s);
        }

        #[test]
        fn token_soup_never_panics(words in proptest::collection::vec(
            prop_oneof![
                Just("export"), Just("import"), Just("driver"), Just("{"), Just("}"), Just("e0"), Just("h0"),
                Just("call"), Just("guard"), Just("1"), Just("-3"), Just("try"), Just("catch"), Just("wrap"),
                Just("catch_unwind"), Just("handler"), Just("memory"), Just("panics"), Just("scope"),
                Just("async"), Just("await"), Just("spawn"), Just("resolve"), Just("reject"), Just("t0"),
            ], 0..40)) {
            let _ = parse(&words.join(" "));
        }
    }
}
