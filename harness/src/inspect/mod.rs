//! Arbitrary (raw) modules as data: what a module imports, exports and
//! defines ([`info`]), and generic Wasm stubs for its imports ([`stubs`]).
//! `smith_diff` and `reentry conformance` use these to prepare modules for
//! the engines' raw-module sessions (`engine::raw`).

pub mod info;
pub mod stubs;
