//! Generic import stubs for raw modules: one Wasm module whose exports
//! satisfy another module's imports — functions return zero/null values,
//! globals are zero, tags are fresh, memories and tables are fresh with the
//! import's limits. Being Wasm, the same stub runs on every engine with no JS
//! in between (a JS stub could not return a v128, and its exceptions would be
//! catchable JS exceptions).

use super::info::ModuleInfo;
use crate::engine::raw::{InstanceId, Link};
use wasm_encoder::{
    CodeSection, ConstExpr, EntityType, ExportKind, ExportSection, Function, FunctionSection, GlobalSection,
    MemorySection, Module, RawSection, TableSection, TagKind, TagSection, TagType,
};
use wasmparser::{Payload, TypeRef, ValType};

pub struct Stubs {
    /// The stub module.
    pub wasm: Vec<u8>,
    /// For each import of the module (in order), the stub export for it.
    /// Imports sharing a (module, field) name share one stub, so a JS import
    /// object and an extern list link alike.
    pub exports: Vec<String>,
    /// The stub's tags: (index of the import it was made for, export name).
    pub tags: Vec<(usize, String)>,
}

impl Stubs {
    /// The module's links, once the stub module is instance `stub`.
    pub fn links(&self, info: &ModuleInfo, stub: InstanceId) -> Vec<Link> {
        info.imports
            .iter()
            .zip(&self.exports)
            .map(|(i, e)| Link { module: i.module.clone(), field: i.field.clone(), from: Some((stub, e.clone())) })
            .collect()
    }
}

/// Build the stubs for `wasm` (whose parsed form is `info`). Fails for an
/// import no zero value can satisfy (a non-nullable reference global or table).
pub fn build(wasm: &[u8], info: &ModuleInfo) -> Result<Stubs, String> {
    let mut module = Module::new();
    // The module's own type section, so type indices (and rec groups, for
    // cross-module type equality) are the same.
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let Payload::TypeSection(r) = payload.map_err(|e| e.to_string())? {
            module.section(&RawSection { id: wasm_encoder::SectionId::Type as u8, data: &wasm[r.range()] });
        }
    }
    let (mut funcs, mut code) = (FunctionSection::new(), CodeSection::new());
    let (mut tables, mut memories, mut tags, mut globals) =
        (TableSection::new(), MemorySection::new(), TagSection::new(), GlobalSection::new());
    let mut exports = ExportSection::new();
    let mut counts = [0u32; 5]; // func, table, memory, tag, global
    let mut names: Vec<String> = Vec::new();
    let mut seen: Vec<(&str, &str, String)> = Vec::new();
    let mut stub_tags = Vec::new();
    for (k, import) in info.imports.iter().enumerate() {
        if let Some((_, _, name)) = seen.iter().find(|(m, f, _)| *m == import.module && *f == import.field) {
            names.push(name.clone());
            continue;
        }
        let name = format!("i{k}");
        let conv = |e: wasm_encoder::reencode::Error| format!("import {k}: {e}");
        let (kind, slot) = match import.ty {
            TypeRef::Func(t) | TypeRef::FuncExact(t) => {
                funcs.function(t);
                code.function(&zero_body(info.func_type(t)?.results())?);
                (ExportKind::Func, 0)
            }
            TypeRef::Table(t) => {
                if !t.element_type.is_nullable() {
                    return Err(format!("import {k}: a table of non-nullable references has no stub"));
                }
                tables.table(t.try_into().map_err(conv)?);
                (ExportKind::Table, 1)
            }
            TypeRef::Memory(m) => {
                memories.memory(m.into());
                (ExportKind::Memory, 2)
            }
            TypeRef::Tag(t) => {
                tags.tag(TagType { kind: TagKind::Exception, func_type_idx: t.func_type_idx });
                stub_tags.push((k, name.clone()));
                (ExportKind::Tag, 3)
            }
            TypeRef::Global(g) => {
                let init = zero_const(g.content_type)
                    .ok_or_else(|| format!("import {k}: a non-nullable reference global has no stub"))?;
                let ty = match EntityType::try_from(import.ty).map_err(conv)? {
                    EntityType::Global(ty) => ty,
                    _ => unreachable!("a global import converts to a global type"),
                };
                globals.global(ty, &init);
                (ExportKind::Global, 4)
            }
        };
        exports.export(&name, kind, counts[slot]);
        counts[slot] += 1;
        seen.push((&import.module, &import.field, name.clone()));
        names.push(name);
    }
    // Section order: function, table, memory, tag, global, export, code.
    module.section(&funcs).section(&tables).section(&memories).section(&tags).section(&globals);
    module.section(&exports).section(&code);
    Ok(Stubs { wasm: module.finish(), exports: names, tags: stub_tags })
}

/// A function body returning the zero value of each result (`unreachable`
/// when one has none: a non-nullable reference).
fn zero_body(results: &[ValType]) -> Result<Function, String> {
    let mut f = Function::new([]);
    let mut sink = f.instructions();
    if results.iter().all(|t| zero_const(*t).is_some()) {
        for t in results {
            match *t {
                ValType::I32 => sink.i32_const(0),
                ValType::I64 => sink.i64_const(0),
                ValType::F32 => sink.f32_const(0.0.into()),
                ValType::F64 => sink.f64_const(0.0.into()),
                ValType::V128 => sink.v128_const(0),
                ValType::Ref(r) => sink.ref_null(r.heap_type().try_into().map_err(|e| format!("{e}"))?),
            };
        }
    } else {
        sink.unreachable();
    }
    sink.end();
    Ok(f)
}

/// The zero value of a type as a constant expression (none for a
/// non-nullable reference).
fn zero_const(t: ValType) -> Option<ConstExpr> {
    Some(match t {
        ValType::I32 => ConstExpr::i32_const(0),
        ValType::I64 => ConstExpr::i64_const(0),
        ValType::F32 => ConstExpr::f32_const(0.0.into()),
        ValType::F64 => ConstExpr::f64_const(0.0.into()),
        ValType::V128 => ConstExpr::v128_const(0),
        ValType::Ref(r) if r.is_nullable() => ConstExpr::ref_null(r.heap_type().try_into().ok()?),
        ValType::Ref(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stubs_validate_and_cover_every_import_kind() {
        let wat = r#"(module
            (type $f (func (param i32) (result i64 f32 v128 funcref)))
            (import "a" "f" (func (type $f)))
            (import "a" "g" (global (mut f64)))
            (import "a" "r" (global externref))
            (import "b" "m" (memory 1 3))
            (import "b" "t" (table 2 funcref))
            (import "b" "e" (tag (param i32)))
            (import "a" "f" (func (type $f))))"#;
        let wasm = wast::parser::parse::<wast::Wat>(&wast::parser::ParseBuffer::new(wat).unwrap())
            .unwrap()
            .encode()
            .unwrap();
        let info = ModuleInfo::parse(&wasm).unwrap();
        let stubs = build(&wasm, &info).unwrap();
        let features = wasmparser::WasmFeatures::all();
        wasmparser::Validator::new_with_features(features).validate_all(&stubs.wasm).unwrap();
        // The repeated (module, field) pair shares the first stub.
        assert_eq!(stubs.exports, ["i0", "i1", "i2", "i3", "i4", "i5", "i0"]);
        assert_eq!(stubs.tags, [(5, "i5".to_string())]);
        let stub_info = ModuleInfo::parse(&stubs.wasm).unwrap();
        assert_eq!(stub_info.exports.len(), 6);
    }

    #[test]
    fn a_non_nullable_global_import_has_no_stub() {
        let wat = r#"(module (type $t (func)) (import "a" "g" (global (ref $t))))"#;
        let wasm = wast::parser::parse::<wast::Wat>(&wast::parser::ParseBuffer::new(wat).unwrap())
            .unwrap()
            .encode()
            .unwrap();
        let info = ModuleInfo::parse(&wasm).unwrap();
        assert!(build(&wasm, &info).is_err());
    }
}
