//! Helpers shared by the integration tests.
#![allow(dead_code)]

/// A module with the protocol's exports whose `e0` never returns.
pub fn hanging_module() -> Vec<u8> {
    use wasm_encoder::*;
    let mut m = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([], [ValType::I32]);
    m.section(&types);
    let mut funcs = FunctionSection::new();
    funcs.function(0);
    funcs.function(0);
    m.section(&funcs);
    let mut mems = MemorySection::new();
    mems.memory(MemoryType { minimum: 1, maximum: Some(1), memory64: false, shared: false, page_size_log2: None });
    m.section(&mems);
    let mut globals = GlobalSection::new();
    globals.global(GlobalType { val_type: ValType::I32, mutable: false, shared: false }, &ConstExpr::i32_const(16));
    m.section(&globals);
    let mut exports = ExportSection::new();
    exports.export("e0", ExportKind::Func, 0);
    exports.export("__read_state", ExportKind::Func, 1);
    exports.export("__new_handle", ExportKind::Func, 1);
    exports.export("memory", ExportKind::Memory, 0);
    exports.export("__instance_terminated", ExportKind::Global, 0);
    m.section(&exports);
    let mut code = CodeSection::new();
    let mut spin = Function::new([]);
    spin.instructions().loop_(BlockType::Empty).br(0).end().unreachable().end();
    code.function(&spin);
    let mut zero = Function::new([]);
    zero.instructions().i32_const(0).end();
    code.function(&zero);
    m.section(&code);
    m.finish()
}

