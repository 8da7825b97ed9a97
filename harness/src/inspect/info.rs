//! What a module declares, read with wasmparser (no engine involved):
//! imports, exports with their types, and whether it uses legacy EH — what a
//! caller needs to link a module, call its exports, and know which exports a
//! JS host can call at all.

use crate::engine::raw::Kind;
use wasmparser::{
    CompositeInnerType, ExternalKind, FuncType, GlobalType, HeapType, MemoryType, Operator, Payload, TableType,
    TypeRef, ValType,
};

pub struct ModuleInfo {
    pub imports: Vec<Import>,
    pub exports: Vec<Export>,
    /// Uses `try`/`catch`/`rethrow`/`delegate` (the legacy EH encoding).
    pub legacy_eh: bool,
    /// Uses `try_table`/`throw_ref` or the `exnref` type (the exnref EH
    /// encoding; `throw` and tags alone belong to both).
    pub exnref_eh: bool,
    /// The function type of each type index (`None`: not a function type).
    types: Vec<Option<FuncType>>,
}

pub struct Import {
    pub module: String,
    pub field: String,
    pub ty: TypeRef,
}

pub struct Export {
    pub name: String,
    pub item: Item,
}

#[derive(Clone, Debug)]
pub enum Item {
    Func(FuncType),
    Global(GlobalType),
    Memory(MemoryType),
    Table(TableType),
    /// A tag, by its function type (the payload is the parameters).
    Tag(FuncType),
}

/// The kinds a host passes and reads when calling a function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub params: Vec<Kind>,
    pub results: Vec<Kind>,
}

impl ModuleInfo {
    pub fn parse(wasm: &[u8]) -> Result<ModuleInfo, String> {
        let err = |e: wasmparser::BinaryReaderError| e.to_string();
        let mut info = ModuleInfo { imports: Vec::new(), exports: Vec::new(), legacy_eh: false, exnref_eh: false, types: Vec::new() };
        // Index spaces, imports first.
        let mut funcs: Vec<u32> = Vec::new();
        let mut globals: Vec<GlobalType> = Vec::new();
        let mut memories: Vec<MemoryType> = Vec::new();
        let mut tables: Vec<TableType> = Vec::new();
        let mut tags: Vec<u32> = Vec::new();
        let mut raw_exports: Vec<(String, ExternalKind, u32)> = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            match payload.map_err(err)? {
                Payload::TypeSection(r) => {
                    for group in r {
                        for sub in group.map_err(err)?.types() {
                            info.types.push(match &sub.composite_type.inner {
                                CompositeInnerType::Func(f) => Some(f.clone()),
                                _ => None,
                            });
                        }
                    }
                }
                Payload::ImportSection(r) => {
                    for import in r.into_imports() {
                        let import = import.map_err(err)?;
                        match import.ty {
                            TypeRef::Func(t) | TypeRef::FuncExact(t) => funcs.push(t),
                            TypeRef::Global(g) => globals.push(g),
                            TypeRef::Memory(m) => memories.push(m),
                            TypeRef::Table(t) => tables.push(t),
                            TypeRef::Tag(t) => tags.push(t.func_type_idx),
                        }
                        info.imports.push(Import { module: import.module.into(), field: import.name.into(), ty: import.ty });
                    }
                }
                Payload::FunctionSection(r) => {
                    for t in r {
                        funcs.push(t.map_err(err)?);
                    }
                }
                Payload::GlobalSection(r) => {
                    for g in r {
                        globals.push(g.map_err(err)?.ty);
                    }
                }
                Payload::MemorySection(r) => {
                    for m in r {
                        memories.push(m.map_err(err)?);
                    }
                }
                Payload::TableSection(r) => {
                    for t in r {
                        tables.push(t.map_err(err)?.ty);
                    }
                }
                Payload::TagSection(r) => {
                    for t in r {
                        tags.push(t.map_err(err)?.func_type_idx);
                    }
                }
                Payload::ExportSection(r) => {
                    for e in r {
                        let e = e.map_err(err)?;
                        raw_exports.push((e.name.into(), e.kind, e.index));
                    }
                }
                Payload::CodeSectionEntry(body) => {
                    if !info.legacy_eh {
                        info.legacy_eh = uses_legacy_eh(wasm, &body).map_err(err)?;
                    }
                    if !info.exnref_eh {
                        info.exnref_eh = uses_exnref_eh(wasm, &body).map_err(err)?;
                    }
                }
                _ => {}
            }
        }
        // exnref in a function type (a signature, a tag's, a block's) is the exnref encoding too.
        let exn_type = |t: &ValType| matches!(t, ValType::Ref(r) if is_exn(r.heap_type()));
        if info.types.iter().flatten().any(|f| f.params().iter().chain(f.results()).any(exn_type)) {
            info.exnref_eh = true;
        }
        let missing = |what: &str, i: u32| format!("export of unknown {what} {i}");
        for (name, kind, index) in raw_exports {
            let i = index as usize;
            let item = match kind {
                ExternalKind::Func | ExternalKind::FuncExact => {
                    Item::Func(info.func_type(*funcs.get(i).ok_or_else(|| missing("function", index))?)?)
                }
                ExternalKind::Global => Item::Global(*globals.get(i).ok_or_else(|| missing("global", index))?),
                ExternalKind::Memory => Item::Memory(*memories.get(i).ok_or_else(|| missing("memory", index))?),
                ExternalKind::Table => Item::Table(*tables.get(i).ok_or_else(|| missing("table", index))?),
                ExternalKind::Tag => Item::Tag(info.func_type(*tags.get(i).ok_or_else(|| missing("tag", index))?)?),
            };
            info.exports.push(Export { name, item });
        }
        Ok(info)
    }

    /// The function type at a type index.
    pub fn func_type(&self, index: u32) -> Result<FuncType, String> {
        self.types
            .get(index as usize)
            .cloned()
            .flatten()
            .ok_or_else(|| format!("type {index} is not a function type"))
    }

    pub fn export(&self, name: &str) -> Option<&Item> {
        self.exports.iter().find(|e| e.name == name).map(|e| &e.item)
    }

    /// The exported tags, as a session should know them (named
    /// `<label>.<export>`); payloads readable as `js` allows.
    pub fn known_tags(&self, label: &str, js: bool) -> Vec<crate::engine::raw::KnownTag> {
        self.exports
            .iter()
            .filter_map(|e| match &e.item {
                Item::Tag(ft) => Some(crate::engine::raw::KnownTag {
                    name: format!("{label}.{}", e.name),
                    export: e.name.clone(),
                    params: ft.params().iter().map(|t| kind(*t, js)).collect(),
                }),
                _ => None,
            })
            .collect()
    }
}

/// Whether a function body uses a legacy EH instruction. A body the reader
/// rejects (an invalid module, for `assert_invalid`) counts as legacy when it
/// stops at a legacy opcode, e.g. a `catch_all` outside a `try`.
fn uses_legacy_eh(wasm: &[u8], body: &wasmparser::FunctionBody) -> Result<bool, wasmparser::BinaryReaderError> {
    const LEGACY_OPCODES: [u8; 5] = [0x06, 0x07, 0x09, 0x18, 0x19]; // try catch rethrow delegate catch_all
    let mut ops = body.get_operators_reader()?;
    while !ops.eof() {
        let at = ops.original_position();
        match ops.read() {
            Ok(Operator::Try { .. } | Operator::Catch { .. } | Operator::CatchAll | Operator::Rethrow { .. } | Operator::Delegate { .. }) => {
                return Ok(true)
            }
            Ok(_) => {}
            Err(_) => return Ok(wasm.get(at).is_some_and(|b| LEGACY_OPCODES.contains(b))),
        }
    }
    Ok(false)
}

/// Whether a function body uses an exnref EH instruction or an exnref local
/// or block type. As for legacy, a rejected body counts when the reader stops
/// at `try_table` (0x1f) or `throw_ref` (0x0a).
fn uses_exnref_eh(wasm: &[u8], body: &wasmparser::FunctionBody) -> Result<bool, wasmparser::BinaryReaderError> {
    let exn = |t: &ValType| matches!(t, ValType::Ref(r) if is_exn(r.heap_type()));
    if let Ok(locals) = body.get_locals_reader() {
        for l in locals.into_iter().flatten() {
            if exn(&l.1) {
                return Ok(true);
            }
        }
    }
    let mut ops = body.get_operators_reader()?;
    while !ops.eof() {
        let at = ops.original_position();
        match ops.read() {
            Ok(Operator::TryTable { .. } | Operator::ThrowRef) => return Ok(true),
            Ok(Operator::Block { blockty: wasmparser::BlockType::Type(t) } | Operator::Loop { blockty: wasmparser::BlockType::Type(t) } | Operator::If { blockty: wasmparser::BlockType::Type(t) })
                if exn(&t) =>
            {
                return Ok(true)
            }
            Ok(_) => {}
            Err(_) => return Ok(wasm.get(at).is_some_and(|b| [0x1f, 0x0a].contains(b))),
        }
    }
    Ok(false)
}

/// How a value of this type is read back, if it can be: never for v128
/// (no host value type here), and not through JS for exnref (the JS API has
/// no conversion for it).
pub fn kind(ty: ValType, js: bool) -> Option<Kind> {
    match ty {
        ValType::I32 => Some(Kind::I32),
        ValType::I64 => Some(Kind::I64),
        ValType::F32 => Some(Kind::F32),
        ValType::F64 => Some(Kind::F64),
        ValType::V128 => None,
        ValType::Ref(r) if js && is_exn(r.heap_type()) => None,
        ValType::Ref(_) => Some(Kind::Ref),
    }
}

fn is_exn(h: HeapType) -> bool {
    use wasmparser::AbstractHeapType::{Exn, NoExn};
    matches!(h, HeapType::Abstract { ty: Exn | NoExn, .. })
}

/// The kinds to call a function with, or why a host cannot. `js`: the call
/// goes through JS (V8), which cannot pass or receive exnref.
pub fn signature(ft: &FuncType, js: bool) -> Result<Signature, String> {
    let kinds = |tys: &[ValType], what: &str| -> Result<Vec<Kind>, String> {
        tys.iter().map(|t| kind(*t, js).ok_or_else(|| format!("{} {what}", type_name(*t)))).collect()
    };
    Ok(Signature { params: kinds(ft.params(), "param")?, results: kinds(ft.results(), "result")? })
}

/// A signature a fuzzer can call with drawn arguments: numbers and null
/// references only, so every reference parameter must be nullable.
pub fn drawn_signature(ft: &FuncType) -> Result<Signature, String> {
    if let Some(t) = ft.params().iter().find(|t| matches!(t, ValType::Ref(r) if !r.is_nullable())) {
        return Err(format!("{} param", type_name(*t)));
    }
    signature(ft, true)
}

/// The short name used in skip reasons (`v128`, `exnref`, `non-null ref`).
fn type_name(t: ValType) -> &'static str {
    match t {
        ValType::V128 => "v128",
        ValType::Ref(r) if is_exn(r.heap_type()) => "exnref",
        ValType::Ref(r) if !r.is_nullable() => "non-null ref",
        ValType::Ref(_) => "ref",
        _ => "number",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(wat: &str) -> ModuleInfo {
        let bytes = wast::parser::parse::<wast::Wat>(&wast::parser::ParseBuffer::new(wat).unwrap())
            .unwrap()
            .encode()
            .unwrap();
        ModuleInfo::parse(&bytes).unwrap()
    }

    fn func(info: &ModuleInfo, name: &str) -> FuncType {
        match info.export(name) {
            Some(Item::Func(f)) => f.clone(),
            other => panic!("{name}: {other:?}"),
        }
    }

    #[test]
    fn signatures_js_cannot_call_are_skipped_with_a_reason() {
        let m = module(
            r#"(module
                (type $t (func))
                (func (export "nums") (param i32 i64 f32 f64) (result f64) f64.const 0)
                (func (export "null_refs") (param funcref externref) (result funcref) ref.null func)
                (func (export "v128_param") (param v128))
                (func (export "v128_result") (result v128) v128.const i64x2 0 0)
                (func (export "exn_result") (result exnref) ref.null exn)
                (func (export "exn_param") (param exnref))
                (func (export "nonnull_param") (param (ref $t)))
                (func (export "nonnull_result") (result (ref null $t)) ref.null $t))"#,
        );
        let sig = |n: &str| drawn_signature(&func(&m, n));
        assert_eq!(
            sig("nums"),
            Ok(Signature { params: vec![Kind::I32, Kind::I64, Kind::F32, Kind::F64], results: vec![Kind::F64] })
        );
        assert_eq!(sig("null_refs"), Ok(Signature { params: vec![Kind::Ref, Kind::Ref], results: vec![Kind::Ref] }));
        assert_eq!(sig("v128_param"), Err("v128 param".into()));
        assert_eq!(sig("v128_result"), Err("v128 result".into()));
        assert_eq!(sig("exn_result"), Err("exnref result".into()));
        assert_eq!(sig("exn_param"), Err("exnref param".into()));
        assert_eq!(sig("nonnull_param"), Err("non-null ref param".into()));
        assert!(sig("nonnull_result").is_ok());
        // Without JS in between, exnref is an ordinary reference; v128 never is.
        assert!(signature(&func(&m, "exn_result"), false).is_ok());
        assert!(signature(&func(&m, "v128_result"), false).is_err());
    }

    #[test]
    fn exports_imports_tags_and_legacy_eh_are_read() {
        let m = module(
            r#"(module
                (import "env" "t" (tag $imp (param i32)))
                (tag $e (export "e") (param i64 v128))
                (export "imp" (tag $imp))
                (memory (export "mem") 1 2)
                (global (export "g") (mut f32) (f32.const 1))
                (func (export "f") try catch_all end))"#,
        );
        assert_eq!(m.imports.len(), 1);
        assert_eq!((m.imports[0].module.as_str(), m.imports[0].field.as_str()), ("env", "t"));
        assert!(m.legacy_eh);
        let tags = m.known_tags("m", true);
        assert_eq!(tags.len(), 2);
        assert_eq!((tags[0].name.as_str(), tags[0].params.clone()), ("m.e", None));
        assert_eq!((tags[1].name.as_str(), tags[1].params.clone()), ("m.imp", Some(vec![Kind::I32])));
        assert!(matches!(m.export("mem"), Some(Item::Memory(mt)) if mt.initial == 1 && mt.maximum == Some(2)));
        assert!(matches!(m.export("g"), Some(Item::Global(g)) if g.mutable));
        assert!(!module("(module (func try_table end))").legacy_eh);
        // Invalid, but still legacy: the reader stops at the `catch_all`.
        assert!(module("(module (func (catch_all)))").legacy_eh);
    }
}
