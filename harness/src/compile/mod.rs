//! The compiler: program → Wasm module bytes (wasm-encoder), in either EH
//! encoding. It models rustc's `panic=unwind` codegen (landing pads,
//! `catch_unwind`, `cannot_unwind` terminate pads) and the binding layer's
//! export and import wrappers exactly as DESIGN.md §1 states; and, with
//! [`Options::panic`] `abort`, rustc's `panic=abort` codegen (no landing
//! pads; a panic logs and traps) with import wrappers that abort on any
//! exception.
//!
//! Module interface (what every glue relies on):
//!
//! | import                     | type                       | role                                   |
//! |----------------------------|----------------------------|----------------------------------------|
//! | `env.log`                  | `(i32 code, i32 arg, i32 epoch)` | trace event (codes in `trace::code`) |
//! | `env.panic_error`          | `(i32) -> externref`       | make a `PanicError` for a payload      |
//! | `env.schedule_reinit`      | `()`                       | ask for a reinit at the next call      |
//! | `env.epoch`                | immutable `i32` global     | this instance's epoch, for `log`       |
//! | `env.jstag`                | tag `(externref)`          | `WebAssembly.JSTag` (or a stand-in)    |
//! | `env.wrapped`              | tag `(externref)`          | `$wrapped`: recoverable host error     |
//! | `env.memory`               | memory, the program's limits | linear memory (as `--import-memory` links it): a fresh one per instance, which a JS host can keep from an ended case (engines/glue.js `memoryOf`) |
//! | `host.h<k>`                | `()`                       | program import `h<k>`                  |
//! | `env.await`                | `(i32 task)`               | async programs: `await` (JSPI `Suspending`: returns the host promise) |
//! | `env.closure_new`          | `(i32 export, i32 kind) -> i32 id` | programs with closures: a `closure` step (or an import call with a closure argument) hands the host a closure; `kind` is `ClosureKind::code()`, plus 16 for an aborting edge |
//! | `env.closure_drop`         | `(i32 id)`                 | programs with closures: Wasm dropped closure `id` (a borrowed one's scope ended, an argument's call returned) |
//!
//! Exports: `e<i>` (`() -> i32`, the wrapped export, returns the state; an
//! async export is `(i32 task) -> i32`, for `WebAssembly.promising`),
//! `__read_state`, `__new_handle` (`() -> i32`), `memory`, the global
//! `__instance_terminated` holding the flag's address (as wasm-bindgen does),
//! and the module's `$panic` tag as `__panic_tag` (for a host that throws
//! this module's own panic: docs/protocol.md 10).
//!
//! A program with closures (docs/protocol.md 23-26) also exports the funcref
//! table `__closures`, the closure entries: for synchronous export `e<j>`,
//! entry `2j` is the unwinding closure (`Closure::new`: the export wrapper
//! of `e<j>`) and entry `2j + 1` the aborting one (`Closure::own_aborting`:
//! `wrappers::aborting_closure`), both `() -> i32`; an async export's two
//! entries are null. Every other module is byte for byte what it was before
//! closures existed.
//!
//! A program with `catch` imports (docs/protocol.md 34-35) also has a catch
//! wrapper per import (as wasm-bindgen's: a `$jstag` exception is stored in
//! the externref table `$errs` and its index + 1 returned, 0 on a normal
//! return), the table, and the tag `$panic_value (i32)`: a panic whose
//! payload is the JS value at that index - 1, which the export wrapper
//! hands on as the value itself under `$wrapped`.

mod body;
mod wrappers;

pub use crate::strategy::Panic;

use crate::mutant::Mutant;
use crate::program::Program;
use wasm_encoder::{
    CodeSection, ConstExpr, DataSection, ElementSection, Elements, EntityType, ExportKind, ExportSection,
    Function, FunctionSection, GlobalSection, GlobalType, ImportSection, MemoryType, Module,
    NameMap, NameSection, RefType, TableSection, TableType, TagKind, TagSection, TagType, TypeSection, ValType,
};

/// Exception-handling encoding of a module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    /// `try_table` / `throw_ref` (Wasm 3.0).
    Exnref,
    /// `try` / `catch` / `catch_all` / `rethrow` (legacy, V8 only).
    Legacy,
}

impl Encoding {
    pub const ALL: [Encoding; 2] = [Encoding::Exnref, Encoding::Legacy];

    pub fn name(self) -> &'static str {
        match self {
            Encoding::Exnref => "exnref",
            Encoding::Legacy => "legacy",
        }
    }
}

/// Fixed linear-memory layout. Address 0 always holds 0 (a divisor for the
/// divide-by-zero abort that no optimiser can see through).
pub mod layout {
    pub const ZERO_ADDR: i32 = 0;
    pub const STATE_ADDR: i32 = 8;
    pub const HANDLES_ADDR: i32 = 12;
    pub const TERMINATED_ADDR: i32 = 16;
}

// Type indices.
const T_VOID: u32 = 0;
const T_RET_I32: u32 = 1;
const T_LOG: u32 = 2;
const T_PANIC_ERROR: u32 = 3;
const T_I32: u32 = 4;
const T_EXTERNREF: u32 = 5;
const T_I32_I32: u32 = 6;
/// `(i32, i32) -> i32`: `env.closure_new` (only in modules with closures).
const T_CLOSURE_NEW: u32 = 7;

// Imported function indices.
const F_LOG: u32 = 0;
const F_PANIC_ERROR: u32 = 1;
const F_SCHEDULE_REINIT: u32 = 2;
const F_FIRST_HOST: u32 = 3;

// Global and tag indices.
const G_EPOCH: u32 = 0;
/// Async programs: the task the export wrapper was called for, read by the
/// body into its local at entry (`body::L_TASK`).
const G_TASK: u32 = 2;
const TAG_JS: u32 = 0;
const TAG_WRAPPED: u32 = 1;
const TAG_PANIC: u32 = 2;
/// `(i32)`: a panic whose payload is the JS value `$errs[i - 1]` (only in
/// modules with catch imports).
const TAG_PANIC_VALUE: u32 = 3;

/// Function indices of one module, derived from the program's shape.
#[derive(Clone, Copy)]
struct Funcs {
    exports: u32,
    imports: u32,
    /// The program has async exports: the await import and its wrapper exist.
    tasks: bool,
    /// The program makes closures: the `closure_new` and `closure_drop`
    /// imports, the aborting closure wrappers and the `__closures` table exist.
    closures: bool,
    /// The program calls imports with `catch`: the catch wrappers, the
    /// `$errs` table and `$panic_value` exist.
    catches: bool,
}

impl Funcs {
    fn of(program: &Program) -> Funcs {
        Funcs {
            exports: program.exports.len() as u32,
            imports: program.imports.len() as u32,
            tasks: program.has_async(),
            closures: program.has_closures(),
            catches: program.has_catch_imports(),
        }
    }
    fn host(&self, k: u32) -> u32 {
        F_FIRST_HOST + k
    }
    fn await_import(&self) -> u32 {
        F_FIRST_HOST + self.imports
    }
    fn closure_new(&self) -> u32 {
        F_FIRST_HOST + self.imports + self.tasks as u32
    }
    fn closure_drop(&self) -> u32 {
        self.closure_new() + 1
    }
    fn first_defined(&self) -> u32 {
        F_FIRST_HOST + self.imports + self.tasks as u32 + 2 * self.closures as u32
    }
    fn body(&self, i: u32) -> u32 {
        self.first_defined() + i
    }
    fn export_wrapper(&self, i: u32) -> u32 {
        self.first_defined() + self.exports + i
    }
    fn import_wrapper(&self, k: u32) -> u32 {
        self.first_defined() + 2 * self.exports + k
    }
    fn overflow(&self) -> u32 {
        self.first_defined() + 2 * self.exports + self.imports
    }
    fn read_state(&self) -> u32 {
        self.overflow() + 1
    }
    fn new_handle(&self) -> u32 {
        self.overflow() + 2
    }
    fn await_wrapper(&self) -> u32 {
        self.overflow() + 3
    }
    /// The aborting closure entry of export `e<i>` (one per export; an
    /// async export's is never in the table).
    fn aborting_closure(&self, i: u32) -> u32 {
        self.overflow() + 3 + self.tasks as u32 + i
    }
    /// The catch wrapper of import `h<k>` (modules with catch imports).
    fn catch_wrapper(&self, k: u32) -> u32 {
        self.overflow() + 3 + self.tasks as u32 + self.closures as u32 * self.exports + k
    }
    /// The `$errs` table (after `__closures`).
    fn errs_table(&self) -> u32 {
        self.closures as u32
    }
}

/// Options that change the generated code.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// A seeded compiler bug (only the compiler's mutants have an effect).
    pub mutant: Option<Mutant>,
    /// Emit a name section (readable `.wat`; off on the fuzzing hot path).
    pub names: bool,
    /// rustc's panic strategy to model: under `abort` a panic is the panic
    /// hook's log and `unreachable`, there are no landing pads,
    /// `catch_unwind` is a plain block and the import wrappers abort on any
    /// exception (docs/protocol.md 28-30, 36).
    pub panic: Panic,
}

/// Compile a validated program to a Wasm module.
pub fn compile(program: &Program, encoding: Encoding, options: Options) -> Vec<u8> {
    let funcs = Funcs::of(program);
    let mut module = Module::new();

    let mut types = TypeSection::new();
    types.ty().function([], []);
    types.ty().function([], [ValType::I32]);
    types.ty().function([ValType::I32, ValType::I32, ValType::I32], []);
    types.ty().function([ValType::I32], [ValType::EXTERNREF]);
    types.ty().function([ValType::I32], []);
    types.ty().function([ValType::EXTERNREF], []);
    types.ty().function([ValType::I32], [ValType::I32]);
    if funcs.closures {
        types.ty().function([ValType::I32, ValType::I32], [ValType::I32]);
    }
    module.section(&types);

    let mut imports = ImportSection::new();
    imports.import("env", "log", EntityType::Function(T_LOG));
    imports.import("env", "panic_error", EntityType::Function(T_PANIC_ERROR));
    imports.import("env", "schedule_reinit", EntityType::Function(T_VOID));
    for k in 0..funcs.imports {
        imports.import("host", &format!("h{k}"), EntityType::Function(T_VOID));
    }
    if funcs.tasks {
        imports.import("env", "await", EntityType::Function(T_I32));
    }
    if funcs.closures {
        imports.import("env", "closure_new", EntityType::Function(T_CLOSURE_NEW));
        imports.import("env", "closure_drop", EntityType::Function(T_I32));
    }
    let epoch = GlobalType { val_type: ValType::I32, mutable: false, shared: false };
    imports.import("env", "epoch", EntityType::Global(epoch));
    let exn_tag = TagType { kind: TagKind::Exception, func_type_idx: T_EXTERNREF };
    imports.import("env", "jstag", EntityType::Tag(exn_tag));
    imports.import("env", "wrapped", EntityType::Tag(exn_tag));
    // Imported, not defined: a JS host makes an instance's memory itself and
    // keeps it for the next case, where a new one costs most of the instance
    // (engines/glue.js `memoryOf`).
    imports.import(
        "env",
        "memory",
        EntityType::Memory(MemoryType {
            minimum: program.memory.initial as u64,
            maximum: Some(program.memory.maximum as u64),
            memory64: false,
            shared: false,
            page_size_log2: None,
        }),
    );
    module.section(&imports);

    let mut functions = FunctionSection::new();
    for _ in 0..funcs.exports {
        functions.function(T_VOID);
    }
    for e in &program.exports {
        functions.function(if e.is_async { T_I32_I32 } else { T_RET_I32 });
    }
    for _ in 0..funcs.imports {
        functions.function(T_VOID);
    }
    functions.function(T_I32_I32); // overflow
    functions.function(T_RET_I32); // read_state
    functions.function(T_RET_I32); // new_handle
    if funcs.tasks {
        functions.function(T_I32); // the await import's wrapper
    }
    if funcs.closures {
        for _ in 0..funcs.exports {
            functions.function(T_RET_I32); // aborting closure entries
        }
    }
    if funcs.catches {
        for _ in 0..funcs.imports {
            functions.function(T_RET_I32); // catch wrappers
        }
    }
    module.section(&functions);

    if funcs.closures || funcs.catches {
        let mut tables = TableSection::new();
        if funcs.closures {
            let n = 2 * funcs.exports as u64;
            tables.table(TableType { element_type: RefType::FUNCREF, table64: false, minimum: n, maximum: Some(n), shared: false });
        }
        if funcs.catches {
            tables.table(TableType { element_type: RefType::EXTERNREF, table64: false, minimum: 0, maximum: None, shared: false });
        }
        module.section(&tables);
    }

    let mut tags = TagSection::new();
    tags.tag(TagType { kind: TagKind::Exception, func_type_idx: T_I32 });
    if funcs.catches {
        tags.tag(TagType { kind: TagKind::Exception, func_type_idx: T_I32 });
    }
    module.section(&tags);

    let mut globals = GlobalSection::new();
    globals.global(
        GlobalType { val_type: ValType::I32, mutable: false, shared: false },
        &ConstExpr::i32_const(layout::TERMINATED_ADDR),
    );
    if funcs.tasks {
        globals.global(GlobalType { val_type: ValType::I32, mutable: true, shared: false }, &ConstExpr::i32_const(0));
    }
    module.section(&globals);

    let mut exports = ExportSection::new();
    for i in 0..funcs.exports {
        exports.export(&format!("e{i}"), ExportKind::Func, funcs.export_wrapper(i));
    }
    exports.export("__read_state", ExportKind::Func, funcs.read_state());
    exports.export("__new_handle", ExportKind::Func, funcs.new_handle());
    exports.export("memory", ExportKind::Memory, 0);
    exports.export("__instance_terminated", ExportKind::Global, 1);
    exports.export("__panic_tag", ExportKind::Tag, TAG_PANIC);
    if funcs.closures {
        exports.export("__closures", ExportKind::Table, 0);
    }
    module.section(&exports);

    if funcs.closures {
        let mut elements = ElementSection::new();
        for j in (0..funcs.exports).filter(|j| !program.exports[*j as usize].is_async) {
            let entries = [funcs.export_wrapper(j), funcs.aborting_closure(j)];
            elements.active(None, &ConstExpr::i32_const(2 * j as i32), Elements::Functions(entries[..].into()));
        }
        module.section(&elements);
    }

    let cx = body::Cx {
        funcs,
        encoding,
        mutant: options.mutant,
        panic_abort: options.panic == Panic::Abort,
        max_pages: program.memory.maximum,
        initial_pages: program.memory.initial,
        closure_locals: Default::default(),
    };
    let mut code = CodeSection::new();
    for (i, e) in program.exports.iter().enumerate() {
        code.function(&body::export_body(&cx, i as i32, e));
    }
    for (i, e) in program.exports.iter().enumerate() {
        code.function(&wrappers::export_wrapper(&cx, i as u32, e.is_async));
    }
    for k in 0..funcs.imports {
        code.function(&wrappers::import_wrapper(&cx, funcs.host(k), 0));
    }
    code.function(&wrappers::overflow(&cx));
    code.function(&wrappers::read_state());
    code.function(&wrappers::new_handle());
    if funcs.tasks {
        code.function(&wrappers::import_wrapper(&cx, funcs.await_import(), 1));
    }
    if funcs.closures {
        for i in 0..funcs.exports {
            code.function(&wrappers::aborting_closure(&cx, i));
        }
    }
    if funcs.catches {
        for k in 0..funcs.imports {
            code.function(&wrappers::catch_wrapper(&cx, funcs.host(k)));
        }
    }
    module.section(&code);

    let mut data = DataSection::new();
    data.active(0, &ConstExpr::i32_const(layout::STATE_ADDR), program.state_init.to_le_bytes());
    module.section(&data);

    if options.names {
        module.section(&names(&funcs));
    }
    module.finish()
}

fn names(funcs: &Funcs) -> NameSection {
    let mut f = NameMap::new();
    f.append(F_LOG, "log");
    f.append(F_PANIC_ERROR, "panic_error");
    f.append(F_SCHEDULE_REINIT, "schedule_reinit");
    for k in 0..funcs.imports {
        f.append(funcs.host(k), &format!("host_h{k}"));
    }
    if funcs.tasks {
        f.append(funcs.await_import(), "await");
    }
    if funcs.closures {
        f.append(funcs.closure_new(), "closure_new");
        f.append(funcs.closure_drop(), "closure_drop");
    }
    for i in 0..funcs.exports {
        f.append(funcs.body(i), &format!("body_e{i}"));
    }
    for i in 0..funcs.exports {
        f.append(funcs.export_wrapper(i), &format!("export_e{i}"));
    }
    for k in 0..funcs.imports {
        f.append(funcs.import_wrapper(k), &format!("import_h{k}"));
    }
    f.append(funcs.overflow(), "overflow");
    f.append(funcs.read_state(), "read_state");
    f.append(funcs.new_handle(), "new_handle");
    if funcs.tasks {
        f.append(funcs.await_wrapper(), "import_await");
    }
    if funcs.closures {
        for i in 0..funcs.exports {
            f.append(funcs.aborting_closure(i), &format!("aborting_closure_e{i}"));
        }
    }
    if funcs.catches {
        for k in 0..funcs.imports {
            f.append(funcs.catch_wrapper(k), &format!("catch_h{k}"));
        }
    }
    let mut tags = NameMap::new();
    tags.append(TAG_JS, "jstag");
    tags.append(TAG_WRAPPED, "wrapped");
    tags.append(TAG_PANIC, "panic");
    if funcs.catches {
        tags.append(TAG_PANIC_VALUE, "panic_value");
    }
    let mut globals = NameMap::new();
    globals.append(G_EPOCH, "epoch");
    globals.append(1, "__instance_terminated");
    if funcs.tasks {
        globals.append(G_TASK, "task");
    }
    let mut section = NameSection::new();
    section.functions(&f);
    section.tags(&tags);
    section.globals(&globals);
    section
}

/// The second module a host instantiates beside the program's (ExnTag
/// `foreign_panic`, docs/protocol.md 12): it exports its own `$panic` tag
/// (`(i32)`) as `panic` and `raise(p)`, which throws it. `engines/glue.js`
/// builds the same module (`foreignModule`).
pub fn foreign_module() -> Vec<u8> {
    let mut module = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([ValType::I32], []);
    module.section(&types);
    let mut functions = FunctionSection::new();
    functions.function(0);
    module.section(&functions);
    let mut tags = TagSection::new();
    tags.tag(TagType { kind: TagKind::Exception, func_type_idx: 0 });
    module.section(&tags);
    let mut exports = ExportSection::new();
    exports.export("raise", ExportKind::Func, 0);
    exports.export("panic", ExportKind::Tag, 0);
    module.section(&exports);
    let mut code = CodeSection::new();
    let mut raise = Function::new([]);
    raise.instructions().local_get(0).throw(0).end();
    code.function(&raise);
    module.section(&code);
    module.finish()
}

/// Print a module as text (for `reentry compile --wat` and findings).
pub fn to_wat(bytes: &[u8]) -> anyhow::Result<String> {
    wasmprinter::print_bytes(bytes)
}

/// The feature set generated modules use, for validation.
pub fn features(encoding: Encoding) -> wasmparser::WasmFeatures {
    use wasmparser::WasmFeatures as F;
    let mut f = F::default() | F::EXCEPTIONS | F::REFERENCE_TYPES;
    if encoding == Encoding::Legacy {
        f |= F::LEGACY_EXCEPTIONS;
    }
    f
}

/// Validate a module with wasmparser.
pub fn validate(bytes: &[u8], encoding: Encoding) -> Result<(), wasmparser::BinaryReaderError> {
    wasmparser::Validator::new_with_features(features(encoding)).validate_all(bytes).map(|_| ())
}

/// A stable hash of a module's bytes, used as the compiled-module cache key.
pub fn module_key(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// Emit `log(code, <arg>, epoch)` where `arg` was just pushed by `push_arg`.
fn log(f: &mut Function, code: i32, push_arg: impl FnOnce(&mut Function)) {
    f.instructions().i32_const(code);
    push_arg(f);
    f.instructions().global_get(G_EPOCH).call(F_LOG);
}

fn log_const(f: &mut Function, code: i32, arg: i32) {
    log(f, code, |f| {
        f.instructions().i32_const(arg);
    });
}

fn mem_arg() -> wasm_encoder::MemArg {
    wasm_encoder::MemArg { offset: 0, align: 2, memory_index: 0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::gen::{case_program, GenConfig};

    #[test]
    fn thousands_of_generated_programs_validate_in_both_encodings() {
        let cfg = GenConfig::default();
        for i in 0..3000 {
            let p = case_program(11, i, &cfg);
            for (enc, panic) in Encoding::ALL.into_iter().flat_map(|e| [(e, Panic::Unwind), (e, Panic::Abort)]) {
                let wasm = compile(&p, enc, Options { panic, ..Default::default() });
                if let Err(e) = validate(&wasm, enc) {
                    panic!("case {i} ({}, panic={}) does not validate: {e}\n{}", enc.name(), panic.name(), crate::text::print(&p));
                }
            }
        }
    }

    #[test]
    fn compiler_mutants_still_validate() {
        let cfg = GenConfig::default();
        for m in Mutant::ALL.into_iter().filter(|m| m.in_compiler()) {
            let panic = m.panic().unwrap_or_default();
            for i in 0..300 {
                let p = case_program(5, i, &cfg);
                for enc in Encoding::ALL {
                    let wasm = compile(&p, enc, Options { mutant: Some(m), names: true, panic });
                    validate(&wasm, enc).unwrap_or_else(|e| panic!("{} case {i}: {e}", m.name()));
                }
            }
        }
    }

    /// Under panic=abort nothing in a module unwinds to a handler of the
    /// program's: no landing pad, no `catch_unwind`, no `throw $panic`; the
    /// only handlers left are the import wrappers', which trap.
    #[test]
    fn panic_abort_modules_have_no_landing_pads() {
        let p = crate::text::parse(
            "export e0 { guard 1 catch_unwind { guard 2 panic 3 } handler { add_state 1 } call h0 } import h0 { } driver { call e0 }",
        )
        .unwrap();
        for enc in Encoding::ALL {
            let wat = |panic| to_wat(&compile(&p, enc, Options { names: true, panic, ..Default::default() })).unwrap();
            let (unwind, abort) = (wat(Panic::Unwind), wat(Panic::Abort));
            let body = |w: &str| w[w.find("(func $body_e0 (").unwrap()..w.find("(func $export_e0 (").unwrap()].to_string();
            assert!(body(&unwind).contains("throw $panic") && (body(&unwind).contains("catch_all") || body(&unwind).contains("try_table")));
            let b = body(&abort);
            assert!(!b.contains("throw") && !b.contains("try") && !b.contains("catch") && b.contains("unreachable"), "{b}");
            let import = |w: &str| w[w.find("(func $import_h0 (").unwrap()..w.find("(func $overflow (").unwrap()].to_string();
            assert!(!import(&abort).contains("throw") && !import(&abort).contains("rethrow"), "{}", import(&abort));
        }
    }

    #[test]
    fn legacy_modules_use_no_exnref_and_vice_versa() {
        let p = case_program(3, 0, &GenConfig::default());
        let exnref = to_wat(&compile(&p, Encoding::Exnref, Options { mutant: None, names: true, ..Default::default() })).unwrap();
        let legacy = to_wat(&compile(&p, Encoding::Legacy, Options { mutant: None, names: true, ..Default::default() })).unwrap();
        assert!(exnref.contains("try_table") && !exnref.contains("catch_all\n") && !exnref.contains("rethrow"));
        assert!(legacy.contains("rethrow") || legacy.contains("catch"), "{legacy}");
        assert!(!legacy.contains("try_table") && !legacy.contains("throw_ref"));
        // the import wrapper and export wrapper exist by name
        assert!(exnref.contains("export_e0") && exnref.contains("body_e0"));
    }

    #[test]
    fn only_modules_with_closures_have_the_closure_entries() {
        let p = crate::text::parse(
            "export e0 { closure e1 aborting } export e1 { guard 1 panic 3 } async export e2 { } driver { call e0 }",
        )
        .unwrap();
        for enc in Encoding::ALL {
            let wasm = compile(&p, enc, Options { mutant: None, names: true, ..Default::default() });
            validate(&wasm, enc).unwrap();
            let wat = to_wat(&wasm).unwrap();
            assert!(wat.contains("(import \"env\" \"closure_new\" (func"), "{wat}");
            assert!(wat.contains("(export \"__closures\" (table 0))"), "{wat}");
            // e0 and e1 have both entries, async e2 none (its slots stay null).
            assert!(wat.contains("(table (;0;) 6 6 funcref)"), "{wat}");
            assert_eq!(wat.matches("(elem (;").count(), 2, "{wat}");
            assert!(wat.contains("aborting_closure_e1"), "{wat}");
        }
        let mut q = p.clone();
        q.exports[0].body.clear();
        let wat = to_wat(&compile(&q, Encoding::Exnref, Options::default())).unwrap();
        assert!(!wat.contains("closure_new") && !wat.contains("(table") && !wat.contains("(elem"), "{wat}");
    }

    #[test]
    fn terminated_flag_address_is_exported() {
        let wasm = compile(&Program::minimal(), Encoding::Exnref, Options::default());
        let wat = to_wat(&wasm).unwrap();
        assert!(wat.contains(&format!("i32.const {}", layout::TERMINATED_ADDR)), "{wat}");
        assert!(wat.contains("(export \"__instance_terminated\""));
    }
}
