//! What is particular to the in-process V8 engine (`engine::v8` +
//! `engines/glue.js`): its probed features, and a glue exception. What every
//! engine must do is in engine_contract.rs.

use crate::common::run;

use reentry::compile::{self, Encoding};
use reentry::engine::v8::{V8Config, V8Engine};
use reentry::engine::{Case, Engine, EngineError, EngineOptions};
use reentry::model;
use reentry::program::Program;
use std::sync::Arc;

fn v8(config: V8Config) -> V8Engine {
    V8Engine::with_config(&EngineOptions::default(), &config).expect("v8 engine")
}

#[test]
fn v8_runs_both_encodings() {
    let mut e = v8(V8Config::default());
    assert_eq!(e.encodings(), &[Encoding::Exnref, Encoding::Legacy]);
    let info = e.info();
    assert!(info.version.starts_with("V8 "), "{}", info.version);
    for f in ["jstag", "exnref", "legacy", "exceptionApi", "trapsUncatchable"] {
        assert!(info.features.iter().any(|(n, ok)| n == f && *ok), "feature {f} missing: {:?}", info.features);
    }
}

/// A JS exception escaping `runCase` (here: a plan the glue cannot read) is an
/// internal error carrying the message, and the engine goes on.
#[test]
fn a_glue_exception_is_an_internal_error() {
    let mut e = v8(V8Config::default());
    let program = Arc::new(Program::minimal());
    let wasm = compile::compile(&program, Encoding::Exnref, Default::default());
    for (plan_json, message) in [
        (r#"{"hook_reinit":false,"imports":[],"driver":[{"op":"Jump"}],"mutant":null,"memory":{"initial":1,"maximum":2}}"#, "unknown driver step Jump"),
        (r#"{"hook_reinit":false,"imports":[],"driver":[],"mutant":"no-such-bug","memory":{"initial":1,"maximum":2}}"#, "unknown glue mutant"),
        (r#"{"hook_reinit":false,"imports":[],"driver":[],"mutant":null}"#, "the plan has no memory limits"),
        ("{not json", "SyntaxError"),
    ] {
        let case = Case {
            program: &program,
            encoding: Encoding::Exnref,
            wasm: &wasm,
            module_key: compile::module_key(&wasm),
            plan_json,
            mutant: None,
            guest_program: None,
            binding_js: None,
                worker: None,
        };
        match e.run(&case) {
            Err(EngineError::Internal(m)) => assert!(m.contains(message), "{m}"),
            other => panic!("expected an internal error, got {other:?}"),
        }
        assert_eq!(run(&mut e, &program, Encoding::Exnref, None).unwrap(), model::run(&program).unwrap());
    }
}
