//! wasmtime as a raw-module [`Session`]: one `Store` per session (until
//! `reset`), the same engine configuration as `engine::wasmtime` (Cranelift,
//! exnref on, which needs GC and function references), epoch interruption
//! for the wall-clock limit.

use super::{configure, epoch_ticks, spawn_ticker, Variant};
use crate::engine::declaration;
use crate::engine::raw::{HostImport, InstanceId, Kind, KnownTag, Link, ModuleId, Outcome, Session, Val, HOST_EXPORT};
use crate::engine::EngineOptions;
use crate::trap::TrapClass;
use std::time::Duration;
use wasmtime::{AsContextMut, Caller, Config, Extern, ExternRef, Func, Instance, Module, RootScope, Store, Tag, ThrownException, Trap};

/// An instance, or a host import's pseudo-instance (exports only [`HOST_EXPORT`]).
enum Slot {
    Wasm(Instance),
    Host(Extern),
}

pub struct WasmtimeSession {
    variant: Variant,
    engine: wasmtime::Engine,
    store: Store<()>,
    modules: Vec<Module>,
    instances: Vec<Slot>,
    /// Known tags: name, tag, readable payload kinds.
    known: Vec<(String, Tag, Option<Vec<Kind>>)>,
    timeout: Duration,
}

impl WasmtimeSession {
    pub fn new(options: &EngineOptions) -> anyhow::Result<WasmtimeSession> {
        WasmtimeSession::with_variant(options, Variant::Default)
    }

    pub fn with_variant(options: &EngineOptions, variant: Variant) -> anyhow::Result<WasmtimeSession> {
        let mut config = Config::new();
        configure(&mut config, variant);
        config
            .wasm_exceptions(true)
            .wasm_gc(true)
            .wasm_function_references(true)
            .wasm_tail_call(true)
            .wasm_extended_const(true)
            .wasm_simd(true)
            .epoch_interruption(true);
        let engine = wasmtime::Engine::new(&config)?;
        spawn_ticker(&engine);
        Ok(WasmtimeSession {
            variant,
            store: Store::new(&engine, ()),
            engine,
            modules: Vec::new(),
            instances: Vec::new(),
            known: Vec::new(),
            timeout: options.timeout,
        })
    }
}

impl WasmtimeSession {
    fn instance(&self, id: InstanceId) -> Result<Instance, String> {
        match self.instances.get(id) {
            Some(Slot::Wasm(i)) => Ok(*i),
            Some(Slot::Host(_)) => Err(format!("instance {id} is a host import")),
            None => Err(format!("no instance {id}")),
        }
    }
}

impl Session for WasmtimeSession {
    fn name(&self) -> &str {
        self.variant.name()
    }

    fn encodings(&self) -> Vec<crate::compile::Encoding> {
        crate::compile::Encoding::ALL.into_iter().filter(|e| declaration::no_encoding(self.variant.facts(), *e).is_none()).collect()
    }

    fn reset(&mut self) {
        self.store = Store::new(&self.engine, ());
        self.modules.clear();
        self.instances.clear();
        self.known.clear();
    }

    fn compile(&mut self, wasm: &[u8]) -> Result<ModuleId, String> {
        let m = Module::new(&self.engine, wasm).map_err(|e| format!("{e:#}"))?;
        self.modules.push(m);
        Ok(self.modules.len() - 1)
    }

    fn instantiate(&mut self, module: ModuleId, imports: &[Link], tags: &[KnownTag]) -> Result<InstanceId, Outcome> {
        let mut externs = Vec::with_capacity(imports.len());
        for link in imports {
            let ext = link
                .from
                .as_ref()
                .and_then(|(i, name)| match self.instances.get(*i)? {
                    Slot::Wasm(instance) => instance.get_export(&mut self.store, name),
                    Slot::Host(ext) => (name == HOST_EXPORT).then(|| ext.clone()),
                })
                .ok_or_else(|| Outcome::Unlinkable(format!("unknown import {}.{}", link.module, link.field)))?;
            externs.push(ext);
        }
        self.store.set_epoch_deadline(epoch_ticks(self.timeout));
        let mut scope = RootScope::new(&mut self.store);
        match Instance::new(&mut scope, &self.modules[module], &externs) {
            Ok(instance) => {
                for t in tags {
                    let tag = instance
                        .get_tag(&mut scope, &t.export)
                        .ok_or_else(|| Outcome::Error(format!("no tag export `{}`", t.export)))?;
                    self.known.push((t.name.clone(), tag, t.params.clone()));
                }
                self.instances.push(Slot::Wasm(instance));
                Ok(self.instances.len() - 1)
            }
            Err(e) => Err(failure(&mut scope, &self.known, e, true)),
        }
    }

    fn call(&mut self, instance: InstanceId, export: &str, args: &[Val], _results: &[Kind]) -> Outcome {
        let instance = match self.instance(instance) {
            Ok(i) => i,
            Err(e) => return Outcome::Error(e),
        };
        let Some(func) = instance.get_func(&mut self.store, export) else {
            return Outcome::Error(format!("no function export `{export}`"));
        };
        let ty = func.ty(&self.store);
        if ty.params().len() != args.len() {
            return Outcome::Error(format!("`{export}` takes {} arguments, given {}", ty.params().len(), args.len()));
        }
        let mut scope = RootScope::new(&mut self.store);
        let mut params = Vec::with_capacity(args.len());
        for (a, t) in args.iter().zip(ty.params()) {
            match to_wasmtime(&mut scope, *a, &t) {
                Ok(v) => params.push(v),
                Err(e) => return Outcome::Error(e),
            }
        }
        let mut out = vec![wasmtime::Val::I32(0); ty.results().len()];
        scope.as_context_mut().set_epoch_deadline(epoch_ticks(self.timeout));
        match func.call(&mut scope, &params, &mut out) {
            Ok(()) => Outcome::Returned(out.iter().map(|v| from_wasmtime(&mut scope, v)).collect()),
            Err(e) => failure(&mut scope, &self.known, e, false),
        }
    }

    fn global(&mut self, instance: InstanceId, export: &str, _kind: Kind) -> Result<Val, String> {
        let g = self.instance(instance)?.get_global(&mut self.store, export).ok_or("no such global")?;
        let mut scope = RootScope::new(&mut self.store);
        let v = g.get(&mut scope);
        Ok(from_wasmtime(&mut scope, &v))
    }

    fn set_global(&mut self, instance: InstanceId, export: &str, value: Val) -> Result<(), String> {
        let g = self.instance(instance)?.get_global(&mut self.store, export).ok_or("no such global")?;
        let ty = g.ty(&self.store).content().clone();
        let mut scope = RootScope::new(&mut self.store);
        let v = to_wasmtime(&mut scope, value, &ty)?;
        g.set(&mut scope, v).map_err(|e| format!("{e:#}"))
    }

    fn memory(&mut self, instance: InstanceId, export: &str) -> Result<Vec<u8>, String> {
        let m = self.instance(instance)?.get_memory(&mut self.store, export).ok_or("no such memory")?;
        Ok(m.data(&self.store).to_vec())
    }

    fn table_size(&mut self, instance: InstanceId, export: &str) -> Result<u64, String> {
        let t = self.instance(instance)?.get_table(&mut self.store, export).ok_or("no such table")?;
        Ok(t.size(&self.store))
    }

    fn host(&mut self, import: &HostImport) -> Result<InstanceId, String> {
        let HostImport::Reenter { instance, export } = import else {
            return Err(format!("wasmtime has no JS API: {import:?} is a JS engine's"));
        };
        let target = self.instance(*instance)?;
        let export = export.clone();
        let func = Func::wrap(&mut self.store, move |mut caller: Caller<'_, ()>| -> wasmtime::Result<()> {
            let f = target.get_typed_func::<(), ()>(&mut caller, &export)?;
            f.call(&mut caller, ())
        });
        self.instances.push(Slot::Host(Extern::Func(func)));
        Ok(self.instances.len() - 1)
    }
}

/// What an error out of a call or an instantiation means.
fn failure(
    cx: &mut impl AsContextMut,
    known: &[(String, Tag, Option<Vec<Kind>>)],
    e: wasmtime::Error,
    instantiating: bool,
) -> Outcome {
    if e.is::<ThrownException>() {
        return match exception(cx, known) {
            Ok(o) => o,
            Err(msg) => Outcome::Error(msg),
        };
    }
    match e.downcast_ref::<Trap>() {
        Some(Trap::StackOverflow) => Outcome::Exhausted(format!("Trap::StackOverflow: {}", Trap::StackOverflow)),
        Some(Trap::Interrupt) => Outcome::Timeout,
        Some(t) => Outcome::Trapped { class: TrapClass::of_wasmtime(*t), message: t.to_string() },
        None if instantiating => Outcome::Unlinkable(format!("{e:#}")),
        None => Outcome::Error(format!("{e:#}")),
    }
}

/// The pending exception: which known tags it carries, and its payload read
/// through the first of them whose payload is readable.
fn exception(cx: &mut impl AsContextMut, known: &[(String, Tag, Option<Vec<Kind>>)]) -> Result<Outcome, String> {
    let mut cx = cx.as_context_mut();
    let exn = cx.take_pending_exception().ok_or("ThrownException without a pending exception")?;
    let tag = exn.tag(&mut cx).map_err(|e| format!("{e:#}"))?;
    let matching: Vec<&(String, Tag, Option<Vec<Kind>>)> = known.iter().filter(|(_, t, _)| Tag::eq(t, &tag, &cx)).collect();
    let payload = match matching.first() {
        Some((_, _, Some(kinds))) => {
            let mut vals = Vec::with_capacity(kinds.len());
            for i in 0..kinds.len() {
                let v = exn.field(&mut cx, i).map_err(|e| format!("{e:#}"))?;
                vals.push(from_wasmtime(&mut cx, &v));
            }
            Some(vals)
        }
        _ => None,
    };
    Ok(Outcome::Threw { tags: matching.iter().map(|(n, _, _)| n.clone()).collect(), payload })
}

fn to_wasmtime(cx: &mut impl AsContextMut, v: Val, ty: &wasmtime::ValType) -> Result<wasmtime::Val, String> {
    Ok(match v {
        Val::I32(x) => wasmtime::Val::I32(x),
        Val::I64(x) => wasmtime::Val::I64(x),
        Val::F32(b) => wasmtime::Val::F32(b),
        Val::F64(b) => wasmtime::Val::F64(b),
        Val::Null => match ty.as_ref() {
            Some(r) => wasmtime::Val::null_ref(r.heap_type()),
            None => return Err(format!("null for a {ty} parameter")),
        },
        Val::Extern(n) => wasmtime::Val::ExternRef(Some(ExternRef::new(cx, n).map_err(|e| format!("{e:#}"))?)),
        Val::Func | Val::Ref => return Err(format!("cannot make a {v} argument")),
    })
}

fn from_wasmtime(cx: &mut impl AsContextMut, v: &wasmtime::Val) -> Val {
    use wasmtime::Val as W;
    match v {
        W::I32(x) => Val::I32(*x),
        W::I64(x) => Val::I64(*x),
        W::F32(b) => Val::F32(*b),
        W::F64(b) => Val::F64(*b),
        W::FuncRef(None) | W::ExternRef(None) | W::AnyRef(None) | W::ExnRef(None) | W::ContRef(None) => Val::Null,
        W::FuncRef(Some(_)) => Val::Func,
        W::ExternRef(Some(r)) => match r.data(cx.as_context_mut()) {
            Ok(Some(d)) => d.downcast_ref::<u32>().map_or(Val::Ref, |n| Val::Extern(*n)),
            _ => Val::Ref,
        },
        W::AnyRef(Some(_)) | W::ExnRef(Some(_)) | W::ContRef(Some(_)) | W::V128(_) => Val::Ref,
    }
}
