//! `reentry conformance`: the spec test suite's exception-handling scripts
//! (`.wast`, third-party, read in place from `../shared/conformance/wast`)
//! run on every engine through the raw-module sessions ([`crate::raw`]) —
//! every module and directive, cross-module `register` included.
//!
//! Folded legacy `try`s are unfolded first ([`unfold_legacy_try`]): the
//! pinned text parser reads only their flat form.
//!
//! Each directive ends as passed, failed or unsupported (with the reason).
//! What an engine cannot run is decided by the engine facts: modules using
//! the legacy EH encoding on an engine without it, exports JS cannot call.
//! Failures with a known cause are declared in
//! [`crate::engine::facts::CONFORMANCE_EXPECTED`] and reported as expected.

use crate::compile::Encoding;
use crate::engine::facts;
use crate::engine::raw::{InstanceId, KnownTag, Link, ModuleId, Outcome, Session, Val};
use crate::inspect::info::{self, Item, ModuleInfo};
use crate::trap::TrapClass;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use wast::core::{NanPattern, WastArgCore, WastRetCore};
use wast::{QuoteWat, WastArg, WastDirective, WastExecute, WastInvoke, WastRet};

mod unfold;
pub use unfold::unfold_legacy_try;

/// Where the spec scripts are, relative to the repository root.
pub const DEFAULT_DIR: &str = "../shared/conformance/wast";

#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    Pass,
    Fail(String),
    Unsupported(String),
    /// Failed as declared in the engine facts (the declared reason, what happened).
    Expected(&'static str, String),
}

#[derive(Clone, Debug)]
pub struct DirectiveResult {
    /// 1-based line of the directive.
    pub line: usize,
    pub directive: &'static str,
    pub verdict: Verdict,
}

/// One script on one engine.
#[derive(Clone, Debug)]
pub struct FileReport {
    /// Path relative to the conformance directory.
    pub file: String,
    pub engine: String,
    pub results: Vec<DirectiveResult>,
    /// The script did not parse.
    pub error: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub passed: usize,
    pub failed: usize,
    pub expected: usize,
    pub unsupported: usize,
}

impl FileReport {
    pub fn counts(&self) -> Counts {
        let mut c = Counts { failed: self.error.is_some() as usize, ..Counts::default() };
        for r in &self.results {
            match r.verdict {
                Verdict::Pass => c.passed += 1,
                Verdict::Fail(_) => c.failed += 1,
                Verdict::Expected(..) => c.expected += 1,
                Verdict::Unsupported(_) => c.unsupported += 1,
            }
        }
        c
    }
}

/// The `.wast` files under `dir`, sorted.
pub fn files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).map_err(|e| anyhow::anyhow!("{}: {e}", d.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "wast") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Run one script on one session (reset first).
pub fn run_file(session: &mut dyn Session, dir: &Path, path: &Path) -> FileReport {
    let file = path.strip_prefix(dir).unwrap_or(path).to_string_lossy().replace('\\', "/");
    let mut report = FileReport { file, engine: session.name().to_string(), results: Vec::new(), error: None };
    let src = match std::fs::read_to_string(path) {
        Ok(s) => unfold_legacy_try(&s),
        Err(e) => {
            report.error = Some(e.to_string());
            return report;
        }
    };
    let buf = match wast::parser::ParseBuffer::new(&src) {
        Ok(b) => b,
        Err(e) => {
            report.error = Some(e.to_string());
            return report;
        }
    };
    let script = match wast::parser::parse::<wast::Wast>(&buf) {
        Ok(s) => s,
        Err(mut e) => {
            e.set_text(&src);
            report.error = Some(e.to_string());
            return report;
        }
    };
    session.reset();
    let js = facts::crosses_js(session.name());
    let encodings = session.encodings();
    let mut runner = Runner { session, js, encodings, current: None, named: HashMap::new(), registered: HashMap::new() };
    for d in script.directives {
        let line = d.span().linecol_in(&src).0 + 1;
        let directive = directive_name(&d);
        let mut verdict = runner.directive(d, line);
        if let Verdict::Fail(what) = &verdict {
            if let Some(x) = facts::expected_failure(&report.engine, &report.file, line) {
                verdict = Verdict::Expected(x.reason, what.clone());
            }
        }
        report.results.push(DirectiveResult { line, directive, verdict });
    }
    report
}

/// Run every script on every engine.
pub fn run(dir: &Path, engines: &[String], options: &crate::engine::EngineOptions) -> anyhow::Result<Vec<FileReport>> {
    let paths = files(dir)?;
    anyhow::ensure!(!paths.is_empty(), "no .wast files under {}", dir.display());
    let mut sessions =
        engines.iter().map(|e| crate::engine::create_session(e, options)).collect::<anyhow::Result<Vec<_>>>()?;
    let mut out = Vec::new();
    for path in &paths {
        for s in &mut sessions {
            out.push(run_file(s.as_mut(), dir, path));
        }
    }
    Ok(out)
}

/// The scripts' modules as `smith_diff` seeds (name, bytes): every
/// `module` directive that validates with the features `smith_diff` runs.
pub fn seed_modules(dir: &Path) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let mut out = Vec::new();
    for path in files(dir)? {
        let src = unfold_legacy_try(&std::fs::read_to_string(&path)?);
        let stem = path.strip_prefix(dir).unwrap_or(&path).with_extension("").to_string_lossy().replace(['/', '\\'], "_");
        let buf = wast::parser::ParseBuffer::new(&src)?;
        let script = wast::parser::parse::<wast::Wast>(&buf)?;
        for d in script.directives {
            let line = d.span().linecol_in(&src).0 + 1;
            if let WastDirective::Module(mut q) = d {
                let Ok(wasm) = q.encode() else { continue };
                let features = crate::smith::raw_features();
                if wasmparser::Validator::new_with_features(features).validate_all(&wasm).is_ok() {
                    out.push((format!("spec-{stem}-{line}.wasm"), wasm));
                }
            }
        }
    }
    Ok(out)
}

/// The table per file and engine, then unsupported reasons and failures.
pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    let w = reports.iter().map(|r| r.file.len()).max().unwrap_or(4).max(5);
    let ew = reports.iter().map(|r| r.engine.len()).max().unwrap_or(6).max(6);
    let _ = writeln!(out, "{:w$}  {:<ew$} {:>6} {:>6} {:>8} {:>11}", "file", "engine", "passed", "failed", "expected", "unsupported");
    let mut total: HashMap<&str, Counts> = HashMap::new();
    for r in reports {
        let c = r.counts();
        let _ = writeln!(
            out,
            "{:w$}  {:<ew$} {:>6} {:>6} {:>8} {:>11}",
            r.file, r.engine, c.passed, c.failed, c.expected, c.unsupported
        );
        let t = total.entry(&r.engine).or_default();
        t.passed += c.passed;
        t.failed += c.failed;
        t.expected += c.expected;
        t.unsupported += c.unsupported;
    }
    let mut engines: Vec<&&str> = total.keys().collect();
    engines.sort();
    for e in engines {
        let c = total[*e];
        let _ = writeln!(out, "{:w$}  {:<ew$} {:>6} {:>6} {:>8} {:>11}", "total", e, c.passed, c.failed, c.expected, c.unsupported);
    }
    // Unsupported, grouped by file, engine and reason.
    let mut groups: Vec<(String, usize)> = Vec::new();
    for r in reports {
        for d in &r.results {
            if let Verdict::Unsupported(why) = &d.verdict {
                let key = format!("{} {}: {why}", r.engine, r.file);
                match groups.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, n)) => *n += 1,
                    None => groups.push((key, 1)),
                }
            }
        }
    }
    if !groups.is_empty() {
        let _ = writeln!(out, "\nunsupported:");
        for (k, n) in groups {
            let _ = writeln!(out, "  {n:>3} x {k}");
        }
    }
    let mut failures = String::new();
    for r in reports {
        if let Some(e) = &r.error {
            let _ = writeln!(failures, "  {} {}: script does not parse: {e}", r.engine, r.file);
        }
        for d in &r.results {
            match &d.verdict {
                Verdict::Fail(what) => {
                    let _ = writeln!(failures, "  {} {}:{} {}: {what}", r.engine, r.file, d.line, d.directive);
                }
                Verdict::Expected(why, what) => {
                    let _ = writeln!(failures, "  (expected) {} {}:{} {}: {what} — {why}", r.engine, r.file, d.line, d.directive);
                }
                _ => {}
            }
        }
    }
    if !failures.is_empty() {
        let _ = write!(out, "\nfailures:\n{failures}");
    }
    // Declared expectations that no longer fail.
    for x in facts::CONFORMANCE_EXPECTED {
        let still = reports.iter().any(|r| {
            r.engine == x.engine
                && r.file == x.file
                && r.results.iter().any(|d| d.line == x.line && matches!(d.verdict, Verdict::Expected(..)))
        });
        let ran = reports.iter().any(|r| r.engine == x.engine && r.file == x.file);
        if ran && !still {
            let _ = writeln!(out, "note: the expected failure {} {}:{} no longer fails", x.engine, x.file, x.line);
        }
    }
    out
}

/// Whether any script failed unexpectedly.
pub fn any_unexpected_failure(reports: &[FileReport]) -> bool {
    reports.iter().any(|r| r.counts().failed > 0)
}

fn directive_name(d: &WastDirective) -> &'static str {
    match d {
        WastDirective::Module(_) => "module",
        WastDirective::ModuleDefinition(_) => "module definition",
        WastDirective::ModuleInstance { .. } => "module instance",
        WastDirective::Register { .. } => "register",
        WastDirective::Invoke(_) => "invoke",
        WastDirective::AssertReturn { .. } => "assert_return",
        WastDirective::AssertTrap { .. } => "assert_trap",
        WastDirective::AssertException { .. } => "assert_exception",
        WastDirective::AssertExhaustion { .. } => "assert_exhaustion",
        WastDirective::AssertInvalid { .. } => "assert_invalid",
        WastDirective::AssertMalformed { .. } => "assert_malformed",
        WastDirective::AssertUnlinkable { .. } => "assert_unlinkable",
        _ => "other",
    }
}

/// An instance a script refers to.
#[derive(Clone)]
enum Inst {
    Ready(InstanceId, Rc<ModuleInfo>),
    /// This engine cannot run the module (the reason).
    Unsupported(String),
    /// The module directive failed (where).
    Failed(usize),
}

struct Runner<'s> {
    session: &'s mut dyn Session,
    /// Calls go through JS (engine fact).
    js: bool,
    /// The EH encodings the engine runs (probed).
    encodings: Vec<Encoding>,
    current: Option<Inst>,
    named: HashMap<String, Inst>,
    registered: HashMap<String, Inst>,
}

/// A directive's setup went wrong: its verdict.
type Early<T> = Result<T, Verdict>;

impl Runner<'_> {
    fn directive(&mut self, d: WastDirective, line: usize) -> Verdict {
        match d {
            WastDirective::Module(mut q) => {
                let name = q.name().map(|id| id.name().to_string());
                let (inst, verdict) = match self.instantiate(&mut q, line) {
                    Ok(i) => (i, Verdict::Pass),
                    Err(Verdict::Unsupported(why)) => (Inst::Unsupported(why.clone()), Verdict::Unsupported(why)),
                    Err(v) => (Inst::Failed(line), v),
                };
                if let Some(n) = name {
                    self.named.insert(n, inst.clone());
                }
                self.current = Some(inst);
                verdict
            }
            WastDirective::Register { name, module, .. } => match self.lookup(module.map(|m| m.name())) {
                Ok(inst) => {
                    self.registered.insert(name.to_string(), inst);
                    Verdict::Pass
                }
                Err(v) => v,
            },
            WastDirective::Invoke(i) => match self.invoke(&i) {
                Ok(Outcome::Returned(_)) => Verdict::Pass,
                Ok(o) => Verdict::Fail(format!("invoke {:?}: {o}", i.name)),
                Err(v) => v,
            },
            WastDirective::AssertReturn { mut exec, results, .. } => match self.execute(&mut exec, line) {
                Ok(o) => check_return(&o, &results, self.js),
                Err(v) => v,
            },
            WastDirective::AssertTrap { mut exec, message, .. } => match self.execute(&mut exec, line) {
                Ok(Outcome::Trapped { class, message: m }) => match TrapClass::of_spec(message) {
                    Some(c) if !c.agrees(class) => Verdict::Fail(format!("trapped as {class:?} ({m}); the script expects `{message}`")),
                    _ => Verdict::Pass,
                },
                Ok(o) => Verdict::Fail(format!("expected a trap `{message}`, got {o}")),
                Err(v) => v,
            },
            WastDirective::AssertException { mut exec, .. } => match self.execute(&mut exec, line) {
                Ok(Outcome::Threw { .. }) => Verdict::Pass,
                Ok(o) => Verdict::Fail(format!("expected an exception, got {o}")),
                Err(v) => v,
            },
            WastDirective::AssertExhaustion { call, message, .. } => match self.invoke(&call) {
                Ok(Outcome::Exhausted(_)) => Verdict::Pass,
                Ok(o) => Verdict::Fail(format!("expected exhaustion `{message}`, got {o}")),
                Err(v) => v,
            },
            WastDirective::AssertInvalid { mut module, message, .. }
            | WastDirective::AssertMalformed { mut module, message, .. } => self.assert_rejected(&mut module, message),
            WastDirective::AssertUnlinkable { mut module, message, .. } => {
                let wasm = match module.encode() {
                    Ok(w) => w,
                    Err(e) => return Verdict::Fail(format!("the text does not encode: {}", e.message())),
                };
                match self.prepare(&wasm, line) {
                    Ok((m, links, tags, _)) => match self.session.instantiate(m, &links, &tags) {
                        Err(Outcome::Unlinkable(_)) => Verdict::Pass,
                        Ok(_) => Verdict::Fail(format!("linked; expected `{message}`")),
                        Err(o) => Verdict::Fail(format!("expected unlinkable `{message}`, got {o}")),
                    },
                    Err(v) => v,
                }
            }
            other => Verdict::Unsupported(format!("{} directives are not run", directive_name(&other))),
        }
    }

    /// The module a directive names (or the current one), whatever its state.
    fn lookup(&self, name: Option<&str>) -> Early<Inst> {
        match name {
            Some(n) => self.named.get(n).cloned().ok_or_else(|| Verdict::Fail(format!("no module ${n}"))),
            None => self.current.clone().ok_or_else(|| Verdict::Fail("no module yet".into())),
        }
    }

    /// The instance a directive names (or the current one), if it runs here.
    fn target(&self, name: Option<&str>) -> Early<(InstanceId, Rc<ModuleInfo>)> {
        match &self.lookup(name)? {
            Inst::Ready(id, info) => Ok((*id, info.clone())),
            Inst::Unsupported(why) => Err(Verdict::Unsupported(why.clone())),
            Inst::Failed(line) => Err(Verdict::Fail(format!("its module (line {line}) did not instantiate"))),
        }
    }

    /// Encode, compile and instantiate a module, linking its imports by
    /// registered name.
    fn instantiate(&mut self, q: &mut QuoteWat, line: usize) -> Early<Inst> {
        let wasm = q.encode().map_err(|e| Verdict::Fail(format!("the text does not encode: {}", e.message())))?;
        let (module, links, tags, info) = self.prepare(&wasm, line)?;
        match self.session.instantiate(module, &links, &tags) {
            Ok(id) => Ok(Inst::Ready(id, Rc::new(info))),
            Err(o) => Err(Verdict::Fail(format!("instantiation: {o}"))),
        }
    }

    /// Compile a module and resolve its imports: what instantiating it takes.
    fn prepare(&mut self, wasm: &[u8], line: usize) -> Early<(ModuleId, Vec<Link>, Vec<KnownTag>, ModuleInfo)> {
        let info = ModuleInfo::parse(wasm).map_err(|e| Verdict::Fail(format!("unreadable module: {e}")))?;
        self.check_encoding(&info)?;
        let mut links = Vec::new();
        for i in &info.imports {
            let from = match self.registered.get(&i.module) {
                Some(Inst::Ready(id, _)) => Some((*id, i.field.clone())),
                Some(Inst::Unsupported(why)) => return Err(Verdict::Unsupported(format!("imports from a module: {why}"))),
                Some(Inst::Failed(l)) => return Err(Verdict::Fail(format!("imports from the module at line {l}, which failed"))),
                None => None,
            };
            links.push(Link { module: i.module.clone(), field: i.field.clone(), from });
        }
        let module = self.session.compile(wasm).map_err(|e| Verdict::Fail(format!("rejected: {e}")))?;
        let tags = info.known_tags(&format!("module@{line}"), self.js);
        Ok((module, links, tags, info))
    }

    /// Unsupported if the engine does not run the module's EH encoding and a
    /// declared engine fact says so; an undeclared gap runs (and fails).
    fn check_encoding(&self, info: &ModuleInfo) -> Early<()> {
        let name = self.session.name();
        for (uses, enc) in [(info.legacy_eh, Encoding::Legacy), (info.exnref_eh, Encoding::Exnref)] {
            if uses && !self.encodings.contains(&enc) {
                if let Some(fact) = facts::missing_encoding(name, enc) {
                    let what = fact.what.split_whitespace().collect::<Vec<_>>().join(" ");
                    return Err(Verdict::Unsupported(format!("{} EH: {name} does not run it (engine fact: {what})", enc.name())));
                }
            }
        }
        Ok(())
    }

    fn assert_rejected(&mut self, q: &mut QuoteWat, message: &str) -> Verdict {
        let wasm = match q.encode() {
            Ok(w) => w,
            Err(_) => return Verdict::Unsupported("text-format test: the text parser rejects it, no binary reaches an engine".into()),
        };
        if let Ok(info) = ModuleInfo::parse(&wasm) {
            if let Err(v) = self.check_encoding(&info) {
                return v;
            }
        }
        match self.session.compile(&wasm) {
            Err(_) => Verdict::Pass,
            Ok(_) => Verdict::Fail(format!("the module was accepted; expected `{message}`")),
        }
    }

    fn execute(&mut self, exec: &mut WastExecute, line: usize) -> Early<Outcome> {
        match exec {
            WastExecute::Invoke(i) => self.invoke(i),
            WastExecute::Wat(w) => {
                let wasm = w.encode().map_err(|e| Verdict::Fail(format!("the text does not encode: {}", e.message())))?;
                let (m, links, tags, _) = self.prepare(&wasm, line)?;
                Ok(self.session.instantiate(m, &links, &tags).map_or_else(|o| o, |_| Outcome::Returned(Vec::new())))
            }
            WastExecute::Get { module, global, .. } => {
                let (id, info) = self.target(module.map(|m| m.name()))?;
                let kind = match info.export(global) {
                    Some(Item::Global(g)) => info::kind(g.content_type, self.js)
                        .ok_or_else(|| Verdict::Unsupported("a global JS cannot read".into()))?,
                    _ => return Err(Verdict::Fail(format!("no global export {global:?}"))),
                };
                Ok(self.session.global(id, global, kind).map_or_else(Outcome::Error, |v| Outcome::Returned(vec![v])))
            }
        }
    }

    fn invoke(&mut self, i: &WastInvoke) -> Early<Outcome> {
        let (id, info) = self.target(i.module.map(|m| m.name()))?;
        let ft = match info.export(i.name) {
            Some(Item::Func(ft)) => ft.clone(),
            _ => return Err(Verdict::Fail(format!("no function export {:?}", i.name))),
        };
        let sig = info::signature(&ft, self.js).map_err(|why| {
            Verdict::Unsupported(if self.js { format!("{why}: JS cannot pass it (engine fact)") } else { format!("{why}: no host value") })
        })?;
        let args = i.args.iter().map(arg).collect::<Early<Vec<Val>>>()?;
        Ok(self.session.call(id, i.name, &args, &sig.results))
    }
}

fn arg(a: &WastArg) -> Early<Val> {
    let unsupported = |what: &str| Err(Verdict::Unsupported(format!("{what} arguments are not supported")));
    match a {
        WastArg::Core(c) => Ok(match c {
            WastArgCore::I32(x) => Val::I32(*x),
            WastArgCore::I64(x) => Val::I64(*x),
            WastArgCore::F32(x) => Val::F32(x.bits),
            WastArgCore::F64(x) => Val::F64(x.bits),
            WastArgCore::RefNull(_) => Val::Null,
            WastArgCore::RefExtern(n) => Val::Extern(*n),
            WastArgCore::V128(_) => return unsupported("v128"),
            WastArgCore::RefHost(_) => return unsupported("ref.host"),
        }),
        #[allow(unreachable_patterns)]
        _ => unsupported("component"),
    }
}

fn check_return(o: &Outcome, expected: &[WastRet], js: bool) -> Verdict {
    let Outcome::Returned(got) = o else {
        return Verdict::Fail(format!("expected a return, got {o}"));
    };
    let ok = got.len() == expected.len()
        && got.iter().zip(expected).all(|(v, e)| match e {
            WastRet::Core(c) => matches(*v, c, js),
            #[allow(unreachable_patterns)]
            _ => false,
        });
    if ok {
        Verdict::Pass
    } else {
        let got: Vec<String> = got.iter().map(|v| v.to_string()).collect();
        Verdict::Fail(format!("returned [{}], expected {expected:?}", got.join(" ")))
    }
}

/// Whether a value matches a spec result pattern. Through JS (`js`), NaN bits
/// are lost, so NaN patterns match any NaN (engine fact).
fn matches(v: Val, e: &WastRetCore, js: bool) -> bool {
    match (e, v) {
        (WastRetCore::I32(x), Val::I32(y)) => *x == y,
        (WastRetCore::I64(x), Val::I64(y)) => *x == y,
        (WastRetCore::F32(p), Val::F32(b)) => match p {
            NanPattern::Value(x) => x.bits == b,
            _ if js => f32::from_bits(b).is_nan(),
            NanPattern::CanonicalNan => b & 0x7fff_ffff == 0x7fc0_0000,
            NanPattern::ArithmeticNan => b & 0x7fc0_0000 == 0x7fc0_0000,
        },
        (WastRetCore::F64(p), Val::F64(b)) => match p {
            NanPattern::Value(x) => x.bits == b,
            _ if js => f64::from_bits(b).is_nan(),
            NanPattern::CanonicalNan => b & 0x7fff_ffff_ffff_ffff == 0x7ff8_0000_0000_0000,
            NanPattern::ArithmeticNan => b & 0x7ff8_0000_0000_0000 == 0x7ff8_0000_0000_0000,
        },
        (WastRetCore::RefNull(_), v) => v == Val::Null,
        (WastRetCore::RefExtern(Some(n)), v) => v == Val::Extern(*n),
        (WastRetCore::RefExtern(None), v) => matches!(v, Val::Extern(_) | Val::Ref),
        (WastRetCore::RefFunc(_), v) => v == Val::Func,
        (
            WastRetCore::RefAny | WastRetCore::RefEq | WastRetCore::RefArray | WastRetCore::RefStruct | WastRetCore::RefI31,
            v,
        ) => matches!(v, Val::Ref | Val::Extern(_)),
        (WastRetCore::Either(list), v) => list.iter().any(|e| matches(v, e, js)),
        _ => false,
    }
}

/// The class a spec script's trap message stands for (the reference
/// interpreter's wording), when it says.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nan_patterns_are_exact_natively_and_loose_through_js() {
        let canonical = WastRetCore::F32(NanPattern::CanonicalNan);
        let arithmetic = WastRetCore::F64(NanPattern::ArithmeticNan);
        assert!(matches(Val::F32(0x7fc0_0000), &canonical, false));
        assert!(matches(Val::F32(0xffc0_0000), &canonical, false));
        assert!(!matches(Val::F32(0x7fc0_0001), &canonical, false));
        assert!(matches(Val::F32(0x7fc0_0001), &canonical, true));
        assert!(matches(Val::F64(0x7ff8_0000_0000_0001), &arithmetic, false));
        assert!(!matches(Val::F64(0x7ff0_0000_0000_0001), &arithmetic, false));
        assert!(!matches(Val::F64(1.0f64.to_bits()), &arithmetic, true));
    }
}
