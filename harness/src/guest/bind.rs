//! Binding "reentry" for the real-toolchain guest (DESIGN.md §1 and §4,
//! docs/guest.md): inject reentry's wrappers into the module rustc built from
//! `engines/guest`, the way wasm-bindgen's catch-handler transform rewrites a
//! `panic=unwind` module.
//!
//! The raw guest imports `env.log`, `env.host_call` (`extern "C-unwind"`) and
//! `env.schedule_reinit`, defines its own `__cpp_exception` tag (the Rust
//! panic) and exports `memory`, `__instance_terminated` (an i32 global holding
//! the flag's address), `__reentry_alloc`, `__reentry_start`,
//! `__reentry_call`, `__reentry_invoke`, `__reentry_read_state` and
//! `__reentry_new_handle`. (It also imports `env.closure_new`, which never
//! throws and runs no Wasm: it passes through unwrapped.)
//!
//! The bound module adds the imports `env.panic_error: (i32) -> externref`
//! and the tags `env.jstag`, `env.wrapped` (both `(externref)`), and:
//!
//! - an **import wrapper** around `env.host_call`: every reference to the
//!   import (calls, element segments, ...) is redirected to a new function
//!   that calls it inside a handler. A host exception arriving as `$jstag` is
//!   rethrown as `$wrapped`; any other exception is rethrown unchanged; on
//!   each of the three paths out the terminated flag is loaded first and
//!   `unreachable` executed if it is set (the abort reentrancy guard). This
//!   is `harness/src/compile/wrappers.rs`'s `import_wrapper` with the host
//!   index as a parameter.
//! - an **export wrapper** `call(i: i32) -> i32` around `__reentry_call`,
//!   which returns `1 << 32 | payload` when a panic escaped the body (the
//!   guest's own `catch_unwind` caught it): then `panic_error(payload)` is
//!   thrown under `$wrapped`; otherwise the low half, the state, is returned.
//!   An exception leaving `__reentry_call` (a host exception under
//!   `$wrapped`) passes unchanged, but the wrapper first restores the
//!   shadow-stack pointer (the guest's exported `__stack_pointer`) to its
//!   value on entry, as wasm-bindgen's export wrappers do since
//!   wasm-bindgen#5244: LLVM restores it only in frames that have a landing
//!   pad, so without this every such exception leaks the frames it unwound
//!   and the instance eventually traps (`memory access out of bounds`).
//! - the same export wrapper `invoke(export: i32) -> i32` around
//!   `__reentry_invoke`, the closure entry (docs/guest.md "Closures"),
//!   which returns as `__reentry_call` does. Both also take `2 << 32 |
//!   value`: a panic carrying a JS value, the index + 1 of the value in the
//!   `$errs` table, thrown as the value itself under `$wrapped`;
//! - a **catch wrapper** around `env.host_call_catch` (a `catch` import,
//!   if the guest has it): as wasm-bindgen's, a `$jstag` exception is
//!   stored in a new externref table `$errs` and its index + 1 returned (0
//!   on a normal return); any other exception is rethrown; every path
//!   checks the terminated flag first.
//!
//! Exports of the bound module: `memory`, `__instance_terminated`,
//! `__reentry_alloc`, `__reentry_start`, `call`, `invoke`, `__read_state` and
//! `__new_handle` (the last two alias the guest's functions). The raw
//! `__reentry_call` and `__reentry_invoke` are not exported, so nothing can
//! bypass the wrappers.
//!
//! Index spaces: imports come first in each space, so the new function
//! import shifts every defined function by one, and the two new tag imports
//! shift the guest's defined tags (its `__cpp_exception`) by two. Types and
//! new functions are appended at the end. The wrappers use the module's own
//! EH encoding (V8 rejects a module that mixes the two); the input is
//! checked to use only that encoding and the output is validated.

use super::Panic;
use crate::compile::Encoding;
use crate::mutant::{self, Mutant};
use anyhow::{anyhow, bail, ensure, Context, Result};
use std::borrow::Cow;
use wasm_encoder::reencode::{utils, Error as ReencodeError, Reencode};
use wasm_encoder::{
    BlockType, Catch, CodeSection, CustomSection, DataCountSection, DataSection, ElementSection,
    EntityType, ExportKind, ExportSection, Function, FunctionSection, GlobalSection, ImportSection,
    MemArg, MemorySection, Module, NameMap, NameSection, StartSection, TableSection, TagKind,
    TagSection, TagType, TypeSection, ValType,
};
use wasmparser::{
    ExternalKind, FuncType, KnownCustom, Name, Operator, Parser, Payload, TypeRef, Validator,
    WasmFeatures,
};

/// Bind a raw guest module built for `encoding`. Errors (never panics) on a
/// module that is not a guest of this interface, or not of that encoding.
///
/// `mutant` injects the import wrapper's seeded bugs (`reentry mutants`:
/// the terminated check left out after a normal return, on the exception
/// paths or on the "any other exception" path only, or that path trapping;
/// under panic=abort, the unwinding wrapper instead of the aborting one);
/// other mutants do not touch the binding.
///
/// `panic`: the strategy the guest was built with. A panic=abort guest has
/// no EH instructions (so either encoding binds it), and its import
/// wrapper aborts on any exception (docs/protocol.md 28).
pub fn bind_reentry(guest: &[u8], encoding: Encoding, mutant: Option<Mutant>, panic: Panic) -> Result<Vec<u8>> {
    Validator::new_with_features(features(encoding))
        .validate_all(guest)
        .context("the guest module does not validate")?;
    let info = scan(guest)?;
    if let Some(found) = info.encoding {
        ensure!(
            found == encoding,
            "the guest uses the {} EH encoding, not {}",
            found.name(),
            encoding.name()
        );
    }
    let on_throw = !mutant::is(mutant, Mutant::NoTerminatedCheckOnThrow);
    let checks = Checks {
        after_return: !mutant::is(mutant, Mutant::NoTerminatedCheckAfterReturn),
        on_throw,
        on_other: on_throw && !mutant::is(mutant, Mutant::NoTerminatedCheckOnOther),
        other_traps: mutant::is(mutant, Mutant::OtherExceptionTraps),
        abort: panic == Panic::Abort && !mutant::is(mutant, Mutant::AbortLaneImportRethrows),
        on_err: !mutant::is(mutant, Mutant::CatchErrIgnoresTerminated),
        value_as_panic_error: mutant::is(mutant, Mutant::PanicValueBecomesPanicError),
    };
    let out = rewrite(guest, &info, encoding, checks)?;
    Validator::new_with_features(features(encoding))
        .validate_all(&out)
        .context("bind_reentry produced an invalid module (a bug in bind.rs)")?;
    let produced = scan_encoding(&out)?;
    ensure!(
        produced == Some(encoding),
        "bind_reentry produced EH encoding {produced:?}, expected {encoding:?} (a bug in bind.rs)"
    );
    Ok(out)
}

/// The feature set an encoding's modules are validated with: wasmparser's
/// defaults (exceptions with exnref included), plus the legacy instructions
/// for the legacy encoding. Which encoding is actually used is checked by
/// scanning the code, since `throw` and tags belong to both.
pub fn features(encoding: Encoding) -> WasmFeatures {
    match encoding {
        Encoding::Exnref => WasmFeatures::default(),
        Encoding::Legacy => WasmFeatures::default() | WasmFeatures::LEGACY_EXCEPTIONS,
    }
}

// ---------------------------------------------------------------------------
// First pass: what the rewrite needs to know.
// ---------------------------------------------------------------------------

/// Names of the guest's raw interface.
mod raw {
    pub const MODULE: &str = "env";
    pub const HOST_CALL: &str = "host_call";
    pub const HOST_CALL_CATCH: &str = "host_call_catch";
    pub const FLAG: &str = "__instance_terminated";
    pub const STACK_POINTER: &str = "__stack_pointer";
    pub const CALL: &str = "__reentry_call";
    pub const INVOKE: &str = "__reentry_invoke";
    pub const READ_STATE: &str = "__reentry_read_state";
    pub const NEW_HANDLE: &str = "__reentry_new_handle";
    pub const ALLOC: &str = "__reentry_alloc";
    pub const START: &str = "__reentry_start";
    pub const MEMORY: &str = "memory";
    /// Imports the binding adds; the guest must not have them already.
    pub const ADDED: [&str; 3] = ["panic_error", "jstag", "wrapped"];
}

#[derive(Debug)]
struct Info {
    /// Function types by type index (`None` for non-function types).
    types: Vec<Option<FuncType>>,
    /// Counts of imported functions and tags.
    func_imports: u32,
    tag_imports: u32,
    /// Defined functions (function section entries).
    defined_funcs: u32,
    /// Function index of `env.host_call` and its type index.
    host_call: u32,
    host_call_type: u32,
    /// `env.host_call_catch` and its type index, if the guest imports it.
    host_call_catch: Option<(u32, u32)>,
    /// Tables (imported and defined): `$errs` comes after them.
    tables: u32,
    /// The shadow-stack pointer (a mutable i32 global).
    stack_pointer: u32,
    /// The exported flag global and the flag's address (its init value).
    flag_global: u32,
    flag_addr: i32,
    /// Function indices (in the input) of the exports the wrappers use.
    call: u32,
    invoke: u32,
    read_state: u32,
    new_handle: u32,
    alloc: u32,
    start: u32,
    /// Which EH encoding the code uses (`None`: no EH instructions at all).
    encoding: Option<Encoding>,
}

fn scan(guest: &[u8]) -> Result<Info> {
    let mut types = Vec::new();
    let mut func_imports = 0u32;
    let mut tag_imports = 0u32;
    let mut global_imports = 0u32;
    let mut func_types: Vec<u32> = Vec::new(); // type of every function, imports first
    let mut defined_funcs = 0u32;
    let mut host_call = None;
    let mut host_call_catch = None;
    let mut tables = 0u32;
    let mut global_inits: Vec<Option<i32>> = Vec::new(); // defined globals: `i32.const` init
    let mut global_types: Vec<wasmparser::GlobalType> = Vec::new(); // all globals, imports first
    let mut exports: Vec<(String, ExternalKind, u32)> = Vec::new();
    let mut memories = 0u32;
    let mut memory_import = None;
    let mut eh = EhUse::default();

    for payload in Parser::new(0).parse_all(guest) {
        match payload? {
            Payload::TypeSection(r) => {
                for group in r {
                    for sub in group?.into_types() {
                        types.push(match sub.composite_type.inner {
                            wasmparser::CompositeInnerType::Func(f) => Some(f),
                            _ => None,
                        });
                    }
                }
            }
            Payload::ImportSection(r) => {
                for import in r.into_imports() {
                    let import = import?;
                    if import.module == raw::MODULE && raw::ADDED.contains(&import.name) {
                        bail!("the guest already imports env.{}: is it bound already?", import.name);
                    }
                    match import.ty {
                        TypeRef::Func(t) | TypeRef::FuncExact(t) => {
                            if import.module == raw::MODULE && import.name == raw::HOST_CALL {
                                host_call = Some((func_imports, t));
                            }
                            if import.module == raw::MODULE && import.name == raw::HOST_CALL_CATCH {
                                host_call_catch = Some((func_imports, t));
                            }
                            func_types.push(t);
                            func_imports += 1;
                        }
                        TypeRef::Tag(_) => tag_imports += 1,
                        TypeRef::Global(g) => {
                            global_types.push(g);
                            global_imports += 1;
                        }
                        TypeRef::Memory(m) => {
                            memories += 1;
                            memory_import = Some(m);
                        }
                        TypeRef::Table(_) => tables += 1,
                    }
                }
            }
            Payload::FunctionSection(r) => {
                for t in r {
                    func_types.push(t?);
                    defined_funcs += 1;
                }
            }
            Payload::MemorySection(r) => memories += r.count(),
            Payload::TableSection(r) => tables += r.count(),
            Payload::GlobalSection(r) => {
                for g in r {
                    let g = g?;
                    global_types.push(g.ty);
                    global_inits.push(i32_const(&g.init_expr));
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e?;
                    exports.push((e.name.to_string(), e.kind, e.index));
                }
            }
            Payload::CodeSectionEntry(body) => eh.scan(body.get_operators_reader()?)?,
            _ => {}
        }
    }

    ensure!(memories == 1, "the guest has {memories} memories, expected one");
    // An imported memory is made by the host with `guest::memory_limits`:
    // every program's limits must fit the import's.
    if let Some(m) = memory_import {
        let need_max = u64::from(super::BASE_PAGES + crate::program::limits::MAX_PAGES);
        ensure!(
            m.initial <= u64::from(super::MEMORY_MIN_PAGES) && m.maximum.is_some_and(|max| max >= need_max),
            "the guest's memory import is {}..{:?} pages; guest::memory_limits needs a minimum of at most {} and a maximum of at least {need_max}",
            m.initial,
            m.maximum,
            super::MEMORY_MIN_PAGES
        );
    }
    let (host_call, host_call_type) =
        host_call.ok_or_else(|| anyhow!("the guest does not import env.{}", raw::HOST_CALL))?;
    let ty = |t: u32| types.get(t as usize).and_then(|t| t.as_ref());
    let sig = |t: u32| ty(t).map(|f| (f.params().to_vec(), f.results().to_vec()));
    ensure!(
        sig(host_call_type) == Some((vec![wasmparser::ValType::I32], vec![])),
        "env.host_call must have type (i32) -> ()"
    );
    if let Some((_, t)) = host_call_catch {
        ensure!(
            sig(t) == Some((vec![wasmparser::ValType::I32], vec![wasmparser::ValType::I32])),
            "env.host_call_catch must have type (i32) -> i32"
        );
    }

    let export = |name: &str, kind: ExternalKind| -> Result<u32> {
        exports
            .iter()
            .find(|(n, k, _)| n == name && *k == kind)
            .map(|(_, _, i)| *i)
            .ok_or_else(|| anyhow!("the guest does not export {kind:?} {name}"))
    };
    use wasmparser::ValType::{I32, I64};
    let func = |name: &str, params: &[wasmparser::ValType], results: &[wasmparser::ValType]| {
        let f = export(name, ExternalKind::Func)?;
        let t = *func_types.get(f as usize).ok_or_else(|| anyhow!("{name}: no function {f}"))?;
        ensure!(
            sig(t) == Some((params.to_vec(), results.to_vec())),
            "{name} must have type {params:?} -> {results:?}"
        );
        Ok(f)
    };
    let call = func(raw::CALL, &[I32], &[I64])?;
    let invoke = func(raw::INVOKE, &[I32], &[I64])?;
    let read_state = func(raw::READ_STATE, &[], &[I32])?;
    let new_handle = func(raw::NEW_HANDLE, &[], &[I32])?;
    let alloc = func(raw::ALLOC, &[I32], &[I32])?;
    let start = func(raw::START, &[I32, I32, I32], &[])?;
    export(raw::MEMORY, ExternalKind::Memory)?;

    let flag = export(raw::FLAG, ExternalKind::Global)?;
    let flag_addr = flag
        .checked_sub(global_imports)
        .and_then(|g| global_inits.get(g as usize).copied().flatten())
        .ok_or_else(|| anyhow!("{} must be a defined global initialised by i32.const", raw::FLAG))?;
    ensure!(flag_addr >= 0 && flag_addr % 4 == 0, "{} = {flag_addr} is not a 4-aligned address", raw::FLAG);

    let stack_pointer = export(raw::STACK_POINTER, ExternalKind::Global)?;
    ensure!(
        global_types.get(stack_pointer as usize).is_some_and(|g| g.mutable && g.content_type == wasmparser::ValType::I32),
        "{} must be a mutable i32 global",
        raw::STACK_POINTER
    );

    Ok(Info {
        types,
        func_imports,
        tag_imports,
        defined_funcs,
        host_call,
        host_call_type,
        host_call_catch,
        tables,
        stack_pointer,
        flag_global: flag,
        flag_addr,
        call,
        invoke,
        read_state,
        new_handle,
        alloc,
        start,
        encoding: eh.encoding()?,
    })
}

/// The value of a constant expression that is exactly `i32.const N`.
fn i32_const(expr: &wasmparser::ConstExpr<'_>) -> Option<i32> {
    let mut ops = expr.get_operators_reader();
    let value = match ops.read().ok()? {
        Operator::I32Const { value } => value,
        _ => return None,
    };
    matches!(ops.read().ok()?, Operator::End).then_some(value)
}

/// Which EH instructions a module's code uses.
#[derive(Default, Debug)]
struct EhUse {
    exnref: bool,
    legacy: bool,
}

impl EhUse {
    fn scan(&mut self, mut ops: wasmparser::OperatorsReader<'_>) -> Result<()> {
        while !ops.eof() {
            match ops.read()? {
                Operator::TryTable { .. } | Operator::ThrowRef => self.exnref = true,
                Operator::Try { .. }
                | Operator::Catch { .. }
                | Operator::CatchAll
                | Operator::Rethrow { .. }
                | Operator::Delegate { .. } => self.legacy = true,
                _ => {}
            }
        }
        Ok(())
    }

    fn encoding(&self) -> Result<Option<Encoding>> {
        match (self.exnref, self.legacy) {
            (true, true) => bail!("the module mixes exnref and legacy EH instructions"),
            (true, false) => Ok(Some(Encoding::Exnref)),
            (false, true) => Ok(Some(Encoding::Legacy)),
            (false, false) => Ok(None),
        }
    }
}

fn scan_encoding(module: &[u8]) -> Result<Option<Encoding>> {
    let mut eh = EhUse::default();
    for payload in Parser::new(0).parse_all(module) {
        if let Payload::CodeSectionEntry(body) = payload? {
            eh.scan(body.get_operators_reader()?)?;
        }
    }
    eh.encoding()
}

// ---------------------------------------------------------------------------
// Second pass: re-encode with the index shifts, add the new items.
// ---------------------------------------------------------------------------

/// Indices in the bound module.
#[derive(Clone, Copy, Debug)]
struct Layout {
    func_imports: u32,
    tag_imports: u32,
    host_call: u32,
    /// Appended types.
    t_panic_error: u32,
    t_tag: u32,
    t_call: u32,
    /// New function import and tag imports.
    f_panic_error: u32,
    tag_js: u32,
    tag_wrapped: u32,
    /// New defined functions, after all the guest's.
    f_import_wrapper: u32,
    f_export_wrapper: u32,
    f_invoke_wrapper: u32,
    /// `env.host_call_catch` and its wrapper, if the guest has it.
    catch: Option<(u32, u32)>,
    /// The externref table of `Err` values (after the guest's tables).
    errs_table: u32,
}

impl Layout {
    fn new(info: &Info) -> Layout {
        let types = info.types.len() as u32;
        let funcs = info.func_imports + info.defined_funcs; // before the shift
        Layout {
            func_imports: info.func_imports,
            tag_imports: info.tag_imports,
            host_call: info.host_call,
            t_panic_error: types,
            t_tag: types + 1,
            t_call: types + 2,
            f_panic_error: info.func_imports,
            tag_js: info.tag_imports,
            tag_wrapped: info.tag_imports + 1,
            f_import_wrapper: funcs + 1,
            f_export_wrapper: funcs + 2,
            f_invoke_wrapper: funcs + 3,
            catch: info.host_call_catch.map(|(f, _)| (f, funcs + 4)),
            errs_table: info.tables,
        }
    }

    /// A guest function index in the bound module (no redirection).
    fn func(&self, f: u32) -> u32 {
        if f < self.func_imports {
            f
        } else {
            f + 1
        }
    }
}

/// The reencoder: shifts function and tag indices; with `redirect`, every
/// reference to `env.host_call` becomes a reference to the import wrapper.
/// (Off for the name section, which names the import itself.)
struct Remap {
    layout: Layout,
    redirect: bool,
}

impl Reencode for Remap {
    type Error = std::convert::Infallible;

    fn function_index(&mut self, f: u32) -> Result<u32, ReencodeError<Self::Error>> {
        Ok(match self.layout.catch {
            _ if self.redirect && f == self.layout.host_call => self.layout.f_import_wrapper,
            Some((import, wrapper)) if self.redirect && f == import => wrapper,
            _ => self.layout.func(f),
        })
    }

    fn tag_index(&mut self, t: u32) -> Result<u32, ReencodeError<Self::Error>> {
        Ok(if t < self.layout.tag_imports { t } else { t + 2 })
    }
}

/// A reencoder error as an anyhow error that keeps wasmparser's message.
fn re<T>(r: Result<T, ReencodeError<std::convert::Infallible>>) -> Result<T> {
    r.map_err(|e| match e {
        ReencodeError::ParseError(e) => anyhow!(e),
        other => anyhow!("re-encoding the guest: {other}"),
    })
}

/// Which terminated checks the import wrapper makes (all, unless a seeded
/// bug leaves some out), and whether its "any other exception" path traps
/// (a seeded bug).
#[derive(Clone, Copy)]
struct Checks {
    after_return: bool,
    /// On the `$jstag` path.
    on_throw: bool,
    /// On the "any other exception" path.
    on_other: bool,
    other_traps: bool,
    /// The panic=abort wrapper: every exception is an abort.
    abort: bool,
    /// The catch wrapper checks the flag on the `$jstag` path.
    on_err: bool,
    /// The export wrapper makes a JS value's panic a `PanicError` (a seeded bug).
    value_as_panic_error: bool,
}

fn rewrite(guest: &[u8], info: &Info, encoding: Encoding, checks: Checks) -> Result<Vec<u8>> {
    let layout = Layout::new(info);
    let mut remap = Remap { layout, redirect: true };
    let mut module = Module::new();
    let mut code: Option<(CodeSection, u32)> = None; // section being built, entries left
    // `$errs` goes in the guest's table section, or in one of its own
    // before the first section that must follow tables.
    let mut tables_done = false;

    for payload in Parser::new(0).parse_all(guest) {
        let payload = payload?;
        let after_tables = matches!(
            payload,
            Payload::MemorySection(_) | Payload::TagSection(_) | Payload::GlobalSection(_) | Payload::ExportSection(_)
        );
        if after_tables && !tables_done {
            let mut s = TableSection::new();
            errs_table(&mut s, &layout);
            if !s.is_empty() {
                module.section(&s);
            }
            tables_done = true;
        }
        match payload {
            Payload::Version { .. } | Payload::End(_) => {}
            Payload::TypeSection(r) => {
                let mut s = TypeSection::new();
                re(remap.parse_type_section(&mut s, r))?;
                s.ty().function([ValType::I32], [ValType::EXTERNREF]); // t_panic_error
                s.ty().function([ValType::EXTERNREF], []); // t_tag
                s.ty().function([ValType::I32], [ValType::I32]); // t_call
                module.section(&s);
            }
            Payload::ImportSection(r) => {
                let mut s = ImportSection::new();
                re(remap.parse_import_section(&mut s, r))?;
                // Appended, so each lands right after the guest's imports of its kind.
                let tag = TagType { kind: TagKind::Exception, func_type_idx: layout.t_tag };
                s.import(raw::MODULE, "panic_error", EntityType::Function(layout.t_panic_error));
                s.import(raw::MODULE, "jstag", EntityType::Tag(tag));
                s.import(raw::MODULE, "wrapped", EntityType::Tag(tag));
                module.section(&s);
            }
            Payload::FunctionSection(r) => {
                let mut s = FunctionSection::new();
                re(remap.parse_function_section(&mut s, r))?;
                s.function(info.host_call_type); // f_import_wrapper
                s.function(layout.t_call); // f_export_wrapper
                s.function(layout.t_call); // f_invoke_wrapper
                if let Some((_, t)) = info.host_call_catch {
                    s.function(t); // the catch wrapper
                }
                module.section(&s);
            }
            Payload::TableSection(r) => {
                let mut s = TableSection::new();
                re(remap.parse_table_section(&mut s, r))?;
                errs_table(&mut s, &layout);
                tables_done = true;
                module.section(&s);
            }
            Payload::MemorySection(r) => {
                let mut s = MemorySection::new();
                re(remap.parse_memory_section(&mut s, r))?;
                module.section(&s);
            }
            Payload::TagSection(r) => {
                let mut s = TagSection::new();
                re(remap.parse_tag_section(&mut s, r))?;
                module.section(&s);
            }
            Payload::GlobalSection(r) => {
                let mut s = GlobalSection::new();
                re(remap.parse_global_section(&mut s, r))?;
                module.section(&s);
            }
            Payload::ExportSection(_) => {
                module.section(&exports(info, &layout));
            }
            Payload::StartSection { func, .. } => {
                module.section(&StartSection { function_index: re(remap.function_index(func))? });
            }
            Payload::ElementSection(r) => {
                let mut s = ElementSection::new();
                re(remap.parse_element_section(&mut s, r))?;
                module.section(&s);
            }
            Payload::DataCountSection { count, .. } => {
                module.section(&DataCountSection { count });
            }
            Payload::DataSection(r) => {
                let mut s = DataSection::new();
                re(remap.parse_data_section(&mut s, r))?;
                module.section(&s);
            }
            Payload::CodeSectionStart { count, .. } => {
                code = Some((CodeSection::new(), count));
                if count == 0 {
                    bail!("the guest has no function bodies");
                }
            }
            Payload::CodeSectionEntry(body) => {
                let (s, left) = code.as_mut().ok_or_else(|| anyhow!("function body outside the code section"))?;
                re(remap.parse_function_body(s, body))?;
                *left -= 1;
                if *left == 0 {
                    s.function(&import_wrapper(info, &layout, encoding, checks));
                    s.function(&export_wrapper(layout.func(info.call), info, &layout, encoding, checks));
                    s.function(&export_wrapper(layout.func(info.invoke), info, &layout, encoding, checks));
                    if layout.catch.is_some() {
                        s.function(&catch_wrapper(info, &layout, encoding, checks));
                    }
                    module.section(s);
                }
            }
            Payload::CustomSection(c) => {
                if let KnownCustom::Name(names) = c.as_known() {
                    module.section(&name_section(names, &layout)?);
                } else if c.name().starts_with(".debug") {
                    // DWARF addresses code offsets the rewrite moves: drop it.
                } else {
                    module.section(&CustomSection { name: Cow::Borrowed(c.name()), data: Cow::Borrowed(c.data()) });
                }
            }
            other => match other.as_section() {
                Some((id, _)) => bail!("the guest has an unexpected section (id {id})"),
                None => bail!("the guest is not a core module"),
            },
        }
    }
    Ok(module.finish())
}

fn exports(info: &Info, layout: &Layout) -> ExportSection {
    let mut s = ExportSection::new();
    s.export(raw::MEMORY, ExportKind::Memory, 0);
    // No global is added, so the flag's global keeps its index.
    s.export(raw::FLAG, ExportKind::Global, info.flag_global);
    s.export(raw::ALLOC, ExportKind::Func, layout.func(info.alloc));
    s.export(raw::START, ExportKind::Func, layout.func(info.start));
    s.export("call", ExportKind::Func, layout.f_export_wrapper);
    s.export("invoke", ExportKind::Func, layout.f_invoke_wrapper);
    s.export("__read_state", ExportKind::Func, layout.func(info.read_state));
    s.export("__new_handle", ExportKind::Func, layout.func(info.new_handle));
    s
}

/// `if (i32.load flag) unreachable` (nothing when `enabled` is false).
fn terminated_check(f: &mut Function, info: &Info, enabled: bool) {
    if !enabled {
        return;
    }
    f.instructions()
        .i32_const(info.flag_addr)
        .i32_load(MemArg { offset: 0, align: 2, memory_index: 0 })
        .if_(BlockType::Empty)
        .unreachable()
        .end();
}

/// `(func (param $k i32)`: call `env.host_call` inside the handler.
fn import_wrapper(info: &Info, layout: &Layout, encoding: Encoding, checks: Checks) -> Function {
    const K: u32 = 0;
    let host = layout.host_call; // the import itself: imports do not shift
    if checks.abort {
        return abort_import_wrapper(info, layout, encoding, checks);
    }
    match encoding {
        Encoding::Exnref => {
            const EXN: u32 = 1;
            let mut f = Function::new([(1, ValType::EXNREF)]);
            f.instructions()
                .block(BlockType::Result(ValType::EXNREF))
                .block(BlockType::Result(ValType::EXTERNREF))
                .try_table(
                    BlockType::Empty,
                    [Catch::One { tag: layout.tag_js, label: 0 }, Catch::AllRef { label: 1 }],
                )
                .local_get(K)
                .call(host);
            terminated_check(&mut f, info, checks.after_return);
            f.instructions().return_().end().unreachable().end();
            // $jstag: the host's exception value is on the stack.
            terminated_check(&mut f, info, checks.on_throw);
            f.instructions().throw(layout.tag_wrapped).end();
            // anything else (a Rust panic, `$wrapped`...): its exnref.
            f.instructions().local_set(EXN);
            terminated_check(&mut f, info, checks.on_other);
            if checks.other_traps {
                f.instructions().unreachable();
            }
            f.instructions().local_get(EXN).throw_ref().end();
            f
        }
        Encoding::Legacy => {
            let mut f = Function::new([]);
            f.instructions().try_(BlockType::Empty).local_get(K).call(host);
            terminated_check(&mut f, info, checks.after_return);
            f.instructions().catch(layout.tag_js);
            terminated_check(&mut f, info, checks.on_throw);
            f.instructions().throw(layout.tag_wrapped).catch_all();
            terminated_check(&mut f, info, checks.on_other);
            if checks.other_traps {
                f.instructions().unreachable();
            }
            f.instructions().rethrow(0).end().end();
            f
        }
    }
}

/// The import wrapper of a panic=abort guest: a normal return as
/// [`import_wrapper`]'s; any exception (a JS value, a Wasm exception) is
/// foreign unwinding into frames compiled with panic=abort, which Rust
/// makes an abort at the `C-unwind` call (rustc's terminate edge, which a
/// module without EH instructions cannot carry): `unreachable`, whatever
/// the flag says.
fn abort_import_wrapper(info: &Info, layout: &Layout, encoding: Encoding, checks: Checks) -> Function {
    const K: u32 = 0;
    let mut f = Function::new([]);
    match encoding {
        Encoding::Exnref => {
            f.instructions()
                .block(BlockType::Empty)
                .try_table(BlockType::Empty, [Catch::All { label: 0 }])
                .local_get(K)
                .call(layout.host_call);
            terminated_check(&mut f, info, checks.after_return);
            f.instructions().return_().end().unreachable().end().unreachable().end();
        }
        Encoding::Legacy => {
            f.instructions().try_(BlockType::Empty).local_get(K).call(layout.host_call);
            terminated_check(&mut f, info, checks.after_return);
            f.instructions().catch_all().unreachable().end().end();
        }
    }
    f
}

/// `call(i) -> i32` around `__reentry_call` (function `call` of the bound
/// module), and `invoke(export) -> i32` around `__reentry_invoke`: the state,
/// or `throw $wrapped (panic_error payload)`. The guest's `catch_unwind`
/// already caught the panic, so the handler here is only for other
/// exceptions leaving the raw function: restore the shadow-stack pointer
/// saved on entry, rethrow unchanged. (Traps are not caught by any handler.)
fn export_wrapper(call: u32, info: &Info, layout: &Layout, encoding: Encoding, checks: Checks) -> Function {
    const I: u32 = 0;
    const SP: u32 = 1;
    const R: u32 = 2;
    let sp = info.stack_pointer;
    let mut f;
    match encoding {
        Encoding::Exnref => {
            const EXN: u32 = 3;
            f = Function::new([(1, ValType::I32), (1, ValType::I64), (1, ValType::EXNREF)]);
            f.instructions()
                .global_get(sp)
                .local_set(SP)
                .block(BlockType::Result(ValType::EXNREF))
                .try_table(BlockType::Empty, [Catch::AllRef { label: 0 }])
                .local_get(I)
                .call(call)
                .local_set(R)
                .end();
            result(&mut f, layout, checks);
            f.instructions()
                .return_()
                .end()
                .local_set(EXN)
                .local_get(SP)
                .global_set(sp)
                .local_get(EXN)
                .throw_ref()
                .end();
        }
        Encoding::Legacy => {
            f = Function::new([(1, ValType::I32), (1, ValType::I64)]);
            f.instructions()
                .global_get(sp)
                .local_set(SP)
                .try_(BlockType::Result(ValType::I64))
                .local_get(I)
                .call(call)
                .catch_all()
                .local_get(SP)
                .global_set(sp)
                .rethrow(0)
                .end()
                .local_set(R);
            result(&mut f, layout, checks);
            f.instructions().end();
        }
    }
    f
}

/// With `__reentry_call`'s result in local 2: throw the panic (`1 << 32 |
/// payload`: a `PanicError`; `2 << 32 | value`: the JS value itself, from
/// `$errs`), or leave the state on the stack.
fn result(f: &mut Function, layout: &Layout, checks: Checks) {
    const R: u32 = 2;
    let high = |f: &mut Function| {
        f.instructions().local_get(R).i64_const(32).i64_shr_u().i32_wrap_i64();
    };
    if layout.catch.is_some() && !checks.value_as_panic_error {
        high(f);
        f.instructions()
            .i32_const(2)
            .i32_eq()
            .if_(BlockType::Empty)
            .local_get(R)
            .i32_wrap_i64()
            .i32_const(1)
            .i32_sub()
            .table_get(layout.errs_table)
            .throw(layout.tag_wrapped)
            .end();
    }
    high(f);
    f.instructions()
        .if_(BlockType::Empty)
        .local_get(R)
        .i32_wrap_i64()
        .call(layout.f_panic_error)
        .throw(layout.tag_wrapped)
        .end()
        .local_get(R)
        .i32_wrap_i64();
}

/// `$errs`, the externref table of `Err` values, if the guest has catch imports.
fn errs_table(s: &mut TableSection, layout: &Layout) {
    if layout.catch.is_some() {
        s.table(wasm_encoder::TableType { element_type: wasm_encoder::RefType::EXTERNREF, table64: false, minimum: 0, maximum: None, shared: false });
    }
}

/// `(func (param $k i32) (result i32))`: call `env.host_call_catch` inside
/// wasm-bindgen's catch wrapper: 0 on a normal return; a `$jstag` value
/// stored in `$errs`, its index + 1; any other exception rethrown (under
/// panic=abort: `unreachable`); the terminated check first on every path.
fn catch_wrapper(info: &Info, layout: &Layout, encoding: Encoding, checks: Checks) -> Function {
    const K: u32 = 0;
    let (host, _) = layout.catch.expect("a catch import");
    let store = |f: &mut Function| {
        f.instructions().i32_const(1).table_grow(layout.errs_table).i32_const(1).i32_add();
    };
    match encoding {
        Encoding::Exnref => {
            const EXN: u32 = 1;
            let mut f = Function::new([(1, ValType::EXNREF)]);
            f.instructions()
                .block(BlockType::Result(ValType::EXNREF))
                .block(BlockType::Result(ValType::EXTERNREF))
                .try_table(BlockType::Empty, [Catch::One { tag: layout.tag_js, label: 0 }, Catch::AllRef { label: 1 }])
                .local_get(K)
                .call(host);
            terminated_check(&mut f, info, true);
            f.instructions().return_().end().unreachable().end();
            terminated_check(&mut f, info, checks.on_err);
            store(&mut f);
            f.instructions().return_().end().local_set(EXN);
            terminated_check(&mut f, info, true);
            if checks.abort {
                f.instructions().unreachable();
            }
            f.instructions().local_get(EXN).throw_ref().end();
            f
        }
        Encoding::Legacy => {
            let mut f = Function::new([]);
            f.instructions().try_(BlockType::Result(ValType::I32)).local_get(K).call(host);
            terminated_check(&mut f, info, true);
            f.instructions().catch(layout.tag_js);
            terminated_check(&mut f, info, checks.on_err);
            store(&mut f);
            f.instructions().catch_all();
            terminated_check(&mut f, info, true);
            if checks.abort {
                f.instructions().unreachable();
            }
            f.instructions().rethrow(0).end().end();
            f
        }
    }
}

/// The name section with the shifted indices, plus names for what was added.
fn name_section(names: wasmparser::NameSectionReader<'_>, layout: &Layout) -> Result<NameSection> {
    let mut remap = Remap { layout: *layout, redirect: false };
    let mut out = NameSection::new();
    for sub in names {
        match sub? {
            Name::Function(map) => {
                let mut all = Vec::new();
                for n in map {
                    let n = n?;
                    all.push((layout.func(n.index), n.name.to_string()));
                }
                all.push((layout.f_panic_error, "env.panic_error".into()));
                all.push((layout.f_import_wrapper, "reentry_import_wrapper".into()));
                all.push((layout.f_export_wrapper, "reentry_export_wrapper".into()));
                all.push((layout.f_invoke_wrapper, "reentry_invoke_wrapper".into()));
                if let Some((_, wrapper)) = layout.catch {
                    all.push((wrapper, "reentry_catch_wrapper".into()));
                }
                out.functions(&sorted(all));
            }
            Name::Tag(map) => {
                let mut all = Vec::new();
                for n in map {
                    let n = n?;
                    all.push((re(remap.tag_index(n.index))?, n.name.to_string()));
                }
                all.push((layout.tag_js, "env.jstag".into()));
                all.push((layout.tag_wrapped, "env.wrapped".into()));
                out.tags(&sorted(all));
            }
            other => re(utils::parse_custom_name_subsection(&mut remap, &mut out, other))?,
        }
    }
    Ok(out)
}

/// Name maps must be in increasing index order.
fn sorted(mut names: Vec<(u32, String)>) -> NameMap {
    names.sort_by_key(|(i, _)| *i);
    names.dedup_by_key(|(i, _)| *i);
    let mut map = NameMap::new();
    for (i, n) in &names {
        map.append(*i, n);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{
        ConstExpr, Elements, GlobalType, MemoryType, RefType, TableType,
    };

    // Function indices of the fake guest.
    const F_LOG: u32 = 0;
    const F_HOST_CALL: u32 = 1;
    const F_CALL: u32 = 3;
    const F_HELPER: u32 = 8;
    const F_INVOKE: u32 = 9;
    const FLAG_ADDR: i32 = 1024;

    /// A stand-in for rustc's output with the same interface: three `env`
    /// imports, a defined `__cpp_exception`-like tag caught around a call of
    /// `host_call` (in `encoding`), `host_call` also in an element segment,
    /// a name section, and the flag global.
    fn fake_guest(encoding: Encoding, flag_init: ConstExpr, stack_pointer: Option<ExportKind>) -> Vec<u8> {
        let mut m = Module::new();
        let mut t = TypeSection::new();
        t.ty().function([ValType::I32], []); // 0
        t.ty().function([ValType::I32; 3], []); // 1
        t.ty().function([], []); // 2
        t.ty().function([ValType::I32], [ValType::I64]); // 3
        t.ty().function([], [ValType::I32]); // 4
        t.ty().function([ValType::I32], [ValType::I32]); // 5
        m.section(&t);
        let mut i = ImportSection::new();
        i.import("env", "log", EntityType::Function(1));
        i.import("env", "host_call", EntityType::Function(0));
        i.import("env", "schedule_reinit", EntityType::Function(2));
        m.section(&i);
        let mut f = FunctionSection::new();
        for ty in [3, 4, 4, 5, 1, 0, 3] {
            f.function(ty); // 3 call, 4 read_state, 5 new_handle, 6 alloc, 7 start, 8 helper, 9 invoke
        }
        m.section(&f);
        let mut tables = TableSection::new();
        tables.table(TableType { element_type: RefType::FUNCREF, table64: false, minimum: 2, maximum: None, shared: false });
        m.section(&tables);
        let mut mem = MemorySection::new();
        mem.memory(MemoryType { minimum: 1, maximum: Some(2), memory64: false, shared: false, page_size_log2: None });
        m.section(&mem);
        let mut tags = TagSection::new();
        tags.tag(TagType { kind: TagKind::Exception, func_type_idx: 0 });
        m.section(&tags);
        let mut g = GlobalSection::new();
        g.global(GlobalType { val_type: ValType::I32, mutable: true, shared: false }, &ConstExpr::i32_const(65536));
        g.global(GlobalType { val_type: ValType::I32, mutable: false, shared: false }, &flag_init);
        m.section(&g);
        let mut e = ExportSection::new();
        e.export("memory", ExportKind::Memory, 0);
        e.export("__reentry_call", ExportKind::Func, F_CALL);
        e.export("__reentry_invoke", ExportKind::Func, F_INVOKE);
        e.export("__reentry_read_state", ExportKind::Func, 4);
        e.export("__reentry_new_handle", ExportKind::Func, 5);
        e.export("__reentry_alloc", ExportKind::Func, 6);
        e.export("__reentry_start", ExportKind::Func, 7);
        e.export("__instance_terminated", ExportKind::Global, 1);
        if let Some(kind) = stack_pointer {
            e.export("__stack_pointer", kind, 0);
        }
        e.export("__heap_base", ExportKind::Global, 1);
        m.section(&e);
        let mut el = ElementSection::new();
        el.active(None, &ConstExpr::i32_const(0), Elements::Functions(vec![F_HOST_CALL, F_HELPER].into()));
        m.section(&el);
        let mut code = CodeSection::new();
        let mut call = Function::new([]);
        match encoding {
            Encoding::Exnref => {
                call.instructions()
                    .block(BlockType::Result(ValType::I32))
                    .try_table(BlockType::Empty, [Catch::One { tag: 0, label: 0 }])
                    .local_get(0)
                    .call(F_HOST_CALL)
                    .i64_const(7)
                    .return_()
                    .end()
                    .unreachable()
                    .end();
            }
            Encoding::Legacy => {
                call.instructions()
                    .try_(BlockType::Result(ValType::I32))
                    .local_get(0)
                    .call(F_HOST_CALL)
                    .i64_const(7)
                    .return_()
                    .catch(0)
                    .end();
            }
        }
        call.instructions().i64_extend_i32_u().i64_const(1 << 32).i64_or().end();
        code.function(&call);
        for body in [4, 5, 6] {
            let mut f = Function::new([]);
            if body == 6 {
                f.instructions().local_get(0);
            } else {
                f.instructions().i32_const(body);
            }
            code.function(&{
                f.instructions().end();
                f
            });
        }
        let mut start = Function::new([]);
        start.instructions().local_get(0).local_get(1).local_get(2).call(F_LOG).end();
        code.function(&start);
        let mut helper = Function::new([]);
        helper.instructions().local_get(0).call(F_HOST_CALL).end();
        code.function(&helper);
        let mut invoke = Function::new([]);
        invoke.instructions().i64_const(3).end();
        code.function(&invoke);
        m.section(&code);
        let mut names = NameSection::new();
        let mut fnames = NameMap::new();
        for (i, n) in
            ["log", "host_call", "schedule_reinit", "call", "read_state", "new_handle", "alloc", "start", "helper", "invoke"]
            .iter()
            .enumerate()
        {
            fnames.append(i as u32, n);
        }
        names.functions(&fnames);
        m.section(&names);
        m.finish()
    }

    fn guest(encoding: Encoding) -> Vec<u8> {
        fake_guest(encoding, ConstExpr::i32_const(FLAG_ADDR), Some(ExportKind::Global))
    }

    /// Everything a test looks at in a bound module.
    #[derive(Default, Debug)]
    struct Parsed {
        imports: Vec<String>,
        exports: Vec<(String, ExternalKind, u32)>,
        elements: Vec<u32>,
        /// Per defined function (by function index): the functions it calls
        /// and the tags it catches or throws.
        calls: Vec<(u32, Vec<u32>)>,
        tags_used: Vec<(u32, Vec<u32>)>,
        function_names: Vec<(u32, String)>,
    }

    fn parse(module: &[u8]) -> Parsed {
        let mut p = Parsed::default();
        let mut func_imports = 0;
        let mut next = 0;
        for payload in Parser::new(0).parse_all(module) {
            match payload.unwrap() {
                Payload::ImportSection(r) => {
                    for i in r.into_imports() {
                        let i = i.unwrap();
                        let kind = match i.ty {
                            TypeRef::Func(_) => {
                                func_imports += 1;
                                "func"
                            }
                            TypeRef::Tag(_) => "tag",
                            _ => "other",
                        };
                        p.imports.push(format!("{}.{} {kind}", i.module, i.name));
                    }
                    next = func_imports;
                }
                Payload::ExportSection(r) => {
                    for e in r {
                        let e = e.unwrap();
                        p.exports.push((e.name.to_string(), e.kind, e.index));
                    }
                }
                Payload::ElementSection(r) => {
                    for e in r {
                        if let wasmparser::ElementItems::Functions(fs) = e.unwrap().items {
                            p.elements.extend(fs.into_iter().map(|f| f.unwrap()));
                        }
                    }
                }
                Payload::CodeSectionEntry(body) => {
                    let (mut calls, mut tags) = (vec![], vec![]);
                    let mut ops = body.get_operators_reader().unwrap();
                    while !ops.eof() {
                        match ops.read().unwrap() {
                            Operator::Call { function_index } => calls.push(function_index),
                            Operator::Throw { tag_index } | Operator::Catch { tag_index } => tags.push(tag_index),
                            Operator::TryTable { try_table } => {
                                for c in try_table.catches {
                                    if let wasmparser::Catch::One { tag, .. } = c {
                                        tags.push(tag);
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                    p.calls.push((next, calls));
                    p.tags_used.push((next, tags));
                    next += 1;
                }
                Payload::CustomSection(c) => {
                    if let KnownCustom::Name(names) = c.as_known() {
                        for sub in names {
                            if let Name::Function(map) = sub.unwrap() {
                                for n in map {
                                    let n = n.unwrap();
                                    p.function_names.push((n.index, n.name.to_string()));
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        p
    }

    // In the bound fake: imports 0 log, 1 host_call, 2 schedule_reinit,
    // 3 panic_error; guest functions shift by one (call = 4, helper = 9,
    // invoke = 10); the import wrapper is 11, the export wrappers 12 (call)
    // and 13 (invoke).
    const B_CALL: u32 = F_CALL + 1;
    const B_HELPER: u32 = F_HELPER + 1;
    const B_INVOKE: u32 = F_INVOKE + 1;
    const B_IMPORT_WRAPPER: u32 = 11;
    const B_EXPORT_WRAPPER: u32 = 12;
    const B_INVOKE_WRAPPER: u32 = 13;

    #[test]
    fn interface_of_the_bound_module() {
        for enc in Encoding::ALL {
            let p = parse(&bind_reentry(&guest(enc), enc, None, Panic::Unwind).unwrap());
            assert_eq!(
                p.imports,
                [
                    "env.log func",
                    "env.host_call func",
                    "env.schedule_reinit func",
                    "env.panic_error func",
                    "env.jstag tag",
                    "env.wrapped tag"
                ]
            );
            let exports: Vec<_> = p.exports.iter().map(|(n, k, i)| format!("{n} {k:?} {i}")).collect();
            assert_eq!(
                exports,
                [
                    "memory Memory 0",
                    "__instance_terminated Global 1",
                    "__reentry_alloc Func 7",
                    "__reentry_start Func 8",
                    "call Func 12",
                    "invoke Func 13",
                    "__read_state Func 5",
                    "__new_handle Func 6",
                ]
            );
        }
    }

    #[test]
    fn every_reference_to_host_call_goes_through_the_wrapper() {
        for enc in Encoding::ALL {
            let p = parse(&bind_reentry(&guest(enc), enc, None, Panic::Unwind).unwrap());
            for (f, calls) in &p.calls {
                if *f == B_IMPORT_WRAPPER {
                    assert_eq!(calls, &[F_HOST_CALL], "the wrapper calls the import itself");
                } else {
                    assert!(!calls.contains(&F_HOST_CALL), "{enc:?}: function {f} calls host_call directly");
                }
            }
            let calls_of = |f: u32| p.calls.iter().find(|(g, _)| *g == f).unwrap().1.clone();
            assert_eq!(calls_of(B_CALL), [B_IMPORT_WRAPPER]);
            assert_eq!(calls_of(B_HELPER), [B_IMPORT_WRAPPER]);
            assert_eq!(calls_of(B_EXPORT_WRAPPER), [B_CALL, 3], "__reentry_call, then panic_error");
            assert_eq!(calls_of(B_INVOKE_WRAPPER), [B_INVOKE, 3], "__reentry_invoke, then panic_error");
            assert_eq!(p.elements, [B_IMPORT_WRAPPER, B_HELPER]);
        }
    }

    #[test]
    fn the_guests_own_tag_shifts_past_the_imported_ones() {
        for enc in Encoding::ALL {
            let p = parse(&bind_reentry(&guest(enc), enc, None, Panic::Unwind).unwrap());
            let tags_of = |f: u32| p.tags_used.iter().find(|(g, _)| *g == f).unwrap().1.clone();
            assert_eq!(tags_of(B_CALL), [2], "{enc:?}: __cpp_exception is tag 2 after jstag, wrapped");
            assert_eq!(tags_of(B_IMPORT_WRAPPER), [0, 1], "{enc:?}: catch $jstag, throw $wrapped");
            assert_eq!(tags_of(B_EXPORT_WRAPPER), [1], "throw $wrapped");
            assert_eq!(tags_of(B_INVOKE_WRAPPER), [1], "throw $wrapped");
        }
    }

    #[test]
    fn names_follow_the_shift() {
        let p = parse(&bind_reentry(&guest(Encoding::Exnref), Encoding::Exnref, None, Panic::Unwind).unwrap());
        let names: Vec<_> = p.function_names.iter().map(|(i, n)| format!("{i}:{n}")).collect();
        assert_eq!(
            names,
            [
                "0:log",
                "1:host_call",
                "2:schedule_reinit",
                "3:env.panic_error",
                "4:call",
                "5:read_state",
                "6:new_handle",
                "7:alloc",
                "8:start",
                "9:helper",
                "10:invoke",
                "11:reentry_import_wrapper",
                "12:reentry_export_wrapper",
                "13:reentry_invoke_wrapper"
            ]
        );
    }

    /// The injected code, instruction by instruction (DESIGN.md §1; the same
    /// shape as harness/src/compile/wrappers.rs).
    #[test]
    fn wrapper_code() {
        let func = |enc: Encoding, name: &str| {
            let wat = wasmprinter::print_bytes(bind_reentry(&guest(enc), enc, None, Panic::Unwind).unwrap()).unwrap();
            let start = wat.find(&format!("(func ${name} ")).unwrap();
            let len = wat[start..].find("\n  )").unwrap();
            wat[start..start + len].lines().skip(1).map(str::trim).collect::<Vec<_>>().join(" ")
        };
        let check = "i32.const 1024 i32.load if ;; label = @N unreachable end";
        let norm = |s: String| {
            let mut out = s;
            for n in 1..5 {
                out = out.replace(&format!("@{n}"), "@N");
            }
            out
        };
        assert_eq!(
            norm(func(Encoding::Exnref, "reentry_import_wrapper")),
            format!(
                "(local exnref) block (result exnref) ;; label = @N block (result externref) ;; label = @N \
                 try_table (catch 0 0 (;@N;)) (catch_all_ref 1 (;@N;)) ;; label = @N \
                 local.get 0 call $host_call {check} return end unreachable end \
                 {check} throw 1 end local.set 1 {check} local.get 1 throw_ref"
            )
        );
        assert_eq!(
            norm(func(Encoding::Legacy, "reentry_import_wrapper")),
            format!(
                "try ;; label = @N local.get 0 call $host_call {check} \
                 catch 0 {check} throw 1 catch_all {check} rethrow 0 (;@N;) end"
            )
        );
        let result = "local.get 2 i64.const 32 i64.shr_u i32.wrap_i64 \
             if ;; label = @N local.get 2 i32.wrap_i64 call $env.panic_error throw 1 end local.get 2 i32.wrap_i64";
        assert_eq!(
            norm(func(Encoding::Exnref, "reentry_export_wrapper")),
            format!(
                "(local i32 i64 exnref) global.get 0 local.set 1 block (result exnref) ;; label = @N \
                 try_table (catch_all_ref 0 (;@N;)) ;; label = @N local.get 0 call $call local.set 2 end \
                 {result} return end local.set 3 local.get 1 global.set 0 local.get 3 throw_ref"
            )
        );
        assert_eq!(
            norm(func(Encoding::Legacy, "reentry_export_wrapper")),
            format!(
                "(local i32 i64) global.get 0 local.set 1 try (result i64) ;; label = @N local.get 0 call $call \
                 catch_all local.get 1 global.set 0 rethrow 0 (;@N;) end local.set 2 {result}"
            )
        );
        for enc in Encoding::ALL {
            let export = norm(func(enc, "reentry_export_wrapper"));
            assert_eq!(norm(func(enc, "reentry_invoke_wrapper")), export.replace("call $call", "call $invoke"), "{enc:?}");
        }
    }

    fn err(module: &[u8], enc: Encoding) -> String {
        format!("{:#}", bind_reentry(module, enc, None, Panic::Unwind).unwrap_err())
    }

    #[test]
    fn the_wrong_encoding_is_refused() {
        assert!(err(&guest(Encoding::Legacy), Encoding::Exnref).contains("does not validate"));
        assert!(err(&guest(Encoding::Exnref), Encoding::Legacy).contains("uses the exnref EH encoding, not legacy"));
    }

    #[test]
    fn binding_twice_is_refused() {
        let once = bind_reentry(&guest(Encoding::Exnref), Encoding::Exnref, None, Panic::Unwind).unwrap();
        assert!(err(&once, Encoding::Exnref).contains("already imports env.panic_error"));
    }

    #[test]
    fn a_flag_that_is_not_a_constant_address_is_refused() {
        let m = fake_guest(Encoding::Exnref, ConstExpr::i32_const(1025), Some(ExportKind::Global));
        assert!(err(&m, Encoding::Exnref).contains("not a 4-aligned address"));
        let m = fake_guest(Encoding::Exnref, ConstExpr::global_get(0), Some(ExportKind::Global));
        let e = err(&m, Encoding::Exnref);
        // (a non-constant global.get does not even validate)
        assert!(e.contains("i32.const") || e.contains("does not validate"), "{e}");
    }

    #[test]
    fn the_stack_pointer_must_be_exported() {
        let m = fake_guest(Encoding::Legacy, ConstExpr::i32_const(FLAG_ADDR), None);
        assert!(err(&m, Encoding::Legacy).contains("does not export Global __stack_pointer"));
        // exported, but as something else (function 0 is `log`)
        let m = fake_guest(Encoding::Legacy, ConstExpr::i32_const(FLAG_ADDR), Some(ExportKind::Func));
        assert!(err(&m, Encoding::Legacy).contains("does not export Global __stack_pointer"));
    }

    #[test]
    fn garbage_and_truncation_are_errors_not_panics() {
        let good = guest(Encoding::Legacy);
        for n in [0, 4, 8, 9, good.len() / 2, good.len() - 1] {
            assert!(bind_reentry(&good[..n], Encoding::Legacy, None, Panic::Unwind).is_err(), "prefix of {n} bytes");
        }
        assert!(bind_reentry(b"\0asm\x01\0\0\0", Encoding::Legacy, None, Panic::Unwind).unwrap_err().to_string().contains("memories"));
        assert!(bind_reentry(b"not wasm at all", Encoding::Exnref, None, Panic::Unwind).is_err());
    }

    #[test]
    fn a_module_without_the_interface_is_refused() {
        let mut m = Module::new();
        let mut mem = MemorySection::new();
        mem.memory(MemoryType { minimum: 1, maximum: None, memory64: false, shared: false, page_size_log2: None });
        m.section(&mem);
        assert!(err(&m.finish(), Encoding::Exnref).contains("does not import env.host_call"));
    }

}
