//! The raw-module sessions (`reentry::engine::raw`) on wasmtime and V8:
//! every trap class is reported the same way, exceptions carry the same tag
//! identity and payload, values (i64, floats, -0, NaN, references) cross
//! both hosts, and exhaustion is exhaustion. This is the evidence behind the
//! trap tables in `reentry::trap`.

use reentry::engine::raw::{self, Kind, Link, Outcome, Session, Val};
use reentry::engine::{self, EngineOptions};
use reentry::inspect::info::{self, Item, ModuleInfo};
use reentry::trap::TrapClass;

fn wat(src: &str) -> Vec<u8> {
    let buf = wast::parser::ParseBuffer::new(src).unwrap();
    wast::parser::parse::<wast::Wat>(&buf).unwrap().encode().unwrap()
}

fn sessions() -> Vec<Box<dyn Session>> {
    ["wasmtime", "v8"].iter().map(|n| engine::create_session(n, &EngineOptions::default()).unwrap()).collect()
}

/// Instantiate a module with no imports; its tags known as `m.<export>`.
fn instance(s: &mut dyn Session, wasm: &[u8]) -> (usize, ModuleInfo) {
    let info = ModuleInfo::parse(wasm).unwrap();
    let m = s.compile(wasm).unwrap_or_else(|e| panic!("{}: {e}", s.name()));
    let i = s.instantiate(m, &[], &info.known_tags("m", true)).unwrap_or_else(|o| panic!("{}: {o}", s.name()));
    (i, info)
}

fn call(s: &mut dyn Session, i: usize, info: &ModuleInfo, name: &str, args: &[Val]) -> Outcome {
    let Some(Item::Func(ft)) = info.export(name) else { panic!("{name}") };
    let sig = info::signature(ft, true).unwrap();
    s.call(i, name, args, &sig.results)
}

const TRAPS: &str = r#"(module
  (type $v (func))
  (type $i (func (result i32)))
  (memory 1 1)
  (table $t 2 2 funcref)
  (elem (table $t) (i32.const 0) func $f)
  (elem $e func $f)
  (data $d "abc")
  (func $f)
  (func (export "unreachable") unreachable)
  (func (export "div_s") (result i32) (i32.div_s (i32.const 1) (i32.const 0)))
  (func (export "rem_u") (result i32) (i32.rem_u (i32.const 1) (i32.const 0)))
  (func (export "overflow") (result i32) (i32.div_s (i32.const 0x80000000) (i32.const -1)))
  (func (export "trunc_nan") (result i32) (i32.trunc_f32_s (f32.const nan)))
  (func (export "trunc_range") (result i64) (i64.trunc_f64_s (f64.const -9e108)))
  (func (export "load") (result i32) (i32.load (i32.const 65536)))
  (func (export "fill") (memory.fill (i32.const 65000) (i32.const 0) (i32.const 1000)))
  (func (export "memory_init") (memory.init $d (i32.const 0) (i32.const 2) (i32.const 5)))
  (func (export "table_get") (drop (table.get $t (i32.const 5))))
  (func (export "indirect_oob") (call_indirect $t (type $v) (i32.const 7)))
  (func (export "indirect_null") (call_indirect $t (type $v) (i32.const 1)))
  (func (export "indirect_sig") (drop (call_indirect $t (type $i) (i32.const 0))))
  (func (export "throw_ref_null") (throw_ref (ref.null exn)))
  (func (export "call_ref_null") (call_ref $v (ref.null $v)))
  (func (export "table_init") (table.init $t $e (i32.const 0) (i32.const 0) (i32.const 3)))
  (func (export "table_copy") (table.copy $t $t (i32.const 0) (i32.const 1) (i32.const 2)))
  (func $deep (export "overflow_stack") (call $deep))
)"#;

#[test]
fn every_trap_class_is_the_same_on_both_engines() {
    let wasm = wat(TRAPS);
    let expected = [
        ("unreachable", TrapClass::Unreachable),
        ("div_s", TrapClass::DivideByZero),
        ("rem_u", TrapClass::DivideByZero),
        ("overflow", TrapClass::IntegerOverflow),
        ("trunc_nan", TrapClass::IntegerOverflow),
        ("trunc_range", TrapClass::IntegerOverflow),
        ("load", TrapClass::MemoryOutOfBounds),
        ("fill", TrapClass::MemoryOutOfBounds),
        ("memory_init", TrapClass::MemoryOutOfBounds),
        ("table_get", TrapClass::TableOutOfBounds),
        ("indirect_oob", TrapClass::TableOutOfBounds),
        ("indirect_null", TrapClass::NullFunction),
        ("indirect_sig", TrapClass::SignatureMismatch),
        ("throw_ref_null", TrapClass::NullReference),
        ("call_ref_null", TrapClass::NullReference),
        ("table_init", TrapClass::TableOutOfBounds),
        ("table_copy", TrapClass::TableOutOfBounds),
    ];
    for mut s in sessions() {
        let (i, info) = instance(s.as_mut(), &wasm);
        for (name, class) in expected {
            match call(s.as_mut(), i, &info, name, &[]) {
                Outcome::Trapped { class: c, message } => assert_eq!(c, class, "{} {name}: {message}", s.name()),
                o => panic!("{} {name}: {o}", s.name()),
            }
        }
        let o = call(s.as_mut(), i, &info, "overflow_stack", &[]);
        assert!(matches!(o, Outcome::Exhausted(_)), "{}: {o}", s.name());
        // The instance stays usable after all of that.
        assert!(matches!(call(s.as_mut(), i, &info, "unreachable", &[]), Outcome::Trapped { .. }));
    }
}

#[test]
fn instantiation_traps_and_exceptions_are_reported() {
    let segment = wat(r#"(module (memory 1) (data (i32.const 65535) "ab"))"#);
    let elements = wat(r#"(module (table 1 funcref) (elem (i32.const 1) func 0) (func))"#);
    let start = wat(r#"(module (tag $e (param i32)) (func $s (throw $e (i32.const 7))) (start $s))"#);
    for mut s in sessions() {
        let m = s.compile(&segment).unwrap();
        match s.instantiate(m, &[], &[]) {
            Err(Outcome::Trapped { class, .. }) => assert_eq!(class, TrapClass::MemoryOutOfBounds, "{}", s.name()),
            other => panic!("{}: {other:?}", s.name()),
        }
        let m = s.compile(&elements).unwrap();
        match s.instantiate(m, &[], &[]) {
            Err(Outcome::Trapped { class, .. }) => assert_eq!(class, TrapClass::TableOutOfBounds, "{}", s.name()),
            other => panic!("{}: {other:?}", s.name()),
        }
        let m = s.compile(&start).unwrap();
        // The instance's own tags are not known (it never existed).
        assert_eq!(s.instantiate(m, &[], &[]), Err(Outcome::Threw { tags: vec![], payload: None }), "{}", s.name());
    }
}

#[test]
fn exceptions_carry_tag_identity_and_payload_across_modules() {
    let provider = wat(r#"(module (tag (export "shared") (param i64 f32)))"#);
    let user = wat(
        r#"(module
          (import "p" "shared" (tag $shared (param i64 f32)))
          (tag $own (export "own") (param f64 externref))
          (tag $v (export "vec") (param v128))
          (export "shared_again" (tag $shared))
          (func (export "throw_shared") (param i64 f32) (throw $shared (local.get 0) (local.get 1)))
          (func (export "throw_own") (param externref) (throw $own (f64.const -0) (local.get 0)))
          (func (export "throw_vec") (throw $v (v128.const i32x4 1 2 3 4)))
          (func (export "caught") (result i32)
            (block $h (result i64 f32)
              (try_table (catch $shared $h) (throw $shared (i64.const 1) (f32.const 2)))
              (unreachable))
            (drop) (i32.wrap_i64)))"#,
    );
    for mut s in sessions() {
        let pinfo = ModuleInfo::parse(&provider).unwrap();
        let pm = s.compile(&provider).unwrap();
        let p = s.instantiate(pm, &[], &pinfo.known_tags("p", true)).unwrap();
        let info = ModuleInfo::parse(&user).unwrap();
        let um = s.compile(&user).unwrap();
        let links = [Link { module: "p".into(), field: "shared".into(), from: Some((p, "shared".into())) }];
        let u = s.instantiate(um, &links, &info.known_tags("u", true)).unwrap();
        let name = s.name().to_string();

        let o = call(s.as_mut(), u, &info, "throw_shared", &[Val::I64(-1 << 40), Val::F32(1.5f32.to_bits())]);
        assert_eq!(
            o,
            Outcome::Threw {
                tags: vec!["p.shared".into(), "u.shared_again".into()],
                payload: Some(vec![Val::I64(-1 << 40), Val::F32(1.5f32.to_bits())])
            },
            "{name}"
        );
        let o = call(s.as_mut(), u, &info, "throw_own", &[Val::Extern(9)]);
        assert_eq!(
            o,
            Outcome::Threw { tags: vec!["u.own".into()], payload: Some(vec![Val::F64((-0.0f64).to_bits()), Val::Extern(9)]) },
            "{name}"
        );
        // A v128 payload cannot be read through JS: both compare the tag only.
        let o = call(s.as_mut(), u, &info, "throw_vec", &[]);
        assert_eq!(o, Outcome::Threw { tags: vec!["u.vec".into()], payload: None }, "{name}");
        assert_eq!(call(s.as_mut(), u, &info, "caught", &[]), Outcome::Returned(vec![Val::I32(1)]), "{name}");
    }
}

#[test]
fn values_cross_both_hosts_unchanged() {
    let wasm = wat(
        r#"(module
          (global (export "g64") (mut i64) (i64.const -5))
          (global (export "gnan") f32 (f32.const nan:0x200000))
          (memory (export "mem") 1 1)
          (data (i32.const 8) "\01\02")
          (table (export "tab") 3 funcref)
          (func $id (export "id") (param i32 i64 f32 f64) (result i32 i64 f32 f64)
            local.get 0 local.get 1 local.get 2 local.get 3)
          (func (export "bits") (param f32) (result i32) (i32.reinterpret_f32 (local.get 0)))
          (func (export "refs") (param externref funcref) (result externref funcref funcref)
            local.get 0 local.get 1 ref.func $id))"#,
    );
    let args = [Val::I32(i32::MIN), Val::I64(i64::MIN), Val::F32((-0.0f32).to_bits()), Val::F64(f64::INFINITY.to_bits())];
    for mut s in sessions() {
        let (i, info) = instance(s.as_mut(), &wasm);
        let name = s.name().to_string();
        assert_eq!(call(s.as_mut(), i, &info, "id", &args), Outcome::Returned(args.to_vec()), "{name}");
        // A canonical NaN argument arrives as the canonical NaN.
        let nan = Val::F32(raw::CANONICAL_NAN32);
        assert_eq!(
            call(s.as_mut(), i, &info, "bits", &[nan]),
            Outcome::Returned(vec![Val::I32(raw::CANONICAL_NAN32 as i32)]),
            "{name}"
        );
        assert_eq!(
            call(s.as_mut(), i, &info, "refs", &[Val::Extern(3), Val::Null]),
            Outcome::Returned(vec![Val::Extern(3), Val::Null, Val::Func]),
            "{name}"
        );
        assert_eq!(s.global(i, "g64", Kind::I64), Ok(Val::I64(-5)), "{name}");
        let g = s.global(i, "gnan", Kind::F32).unwrap();
        assert_eq!(g.canonical(), Val::F32(raw::CANONICAL_NAN32), "{name}");
        let mem = s.memory(i, "mem").unwrap();
        assert_eq!((mem.len(), &mem[8..10]), (65536, &[1u8, 2][..]), "{name}");
        assert_eq!(s.table_size(i, "tab"), Ok(3), "{name}");
    }
}

#[test]
fn unresolved_and_mistyped_imports_are_unlinkable() {
    let provider = wat(r#"(module (tag (export "t") (param i32)))"#);
    let user = wat(r#"(module (import "p" "t" (tag (param i64))))"#);
    for mut s in sessions() {
        let pm = s.compile(&provider).unwrap();
        let p = s.instantiate(pm, &[], &[]).unwrap();
        let um = s.compile(&user).unwrap();
        let good_name = [Link { module: "p".into(), field: "t".into(), from: Some((p, "t".into())) }];
        assert!(matches!(s.instantiate(um, &good_name, &[]), Err(Outcome::Unlinkable(_))), "{}", s.name());
        let missing = [Link { module: "p".into(), field: "t".into(), from: None }];
        assert!(matches!(s.instantiate(um, &missing, &[]), Err(Outcome::Unlinkable(_))), "{}", s.name());
        assert!(s.compile(b"\0asm\x01\0\0\0\x05").is_err(), "{}", s.name());
    }
}
