//! The spec test suite's exception-handling scripts on both engines: no
//! unexpected failure (expected ones are declared in `engine::facts`).
//! Skips, saying so, when the scripts (../shared, outside the repository)
//! are not there, except under CI, where ../shared is part of the machine.

use reentry::conformance::{self, Verdict};
use reentry::engine::EngineOptions;
use std::path::PathBuf;

fn dir() -> Option<PathBuf> {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(conformance::DEFAULT_DIR);
    if d.is_dir() {
        Some(d)
    } else {
        assert!(std::env::var_os("CI").is_none(), "CI: no spec scripts at {}", d.display());
        eprintln!("SKIPPED: no spec scripts at {} (they live outside the repository)", d.display());
        None
    }
}

#[test]
fn spec_scripts_pass_on_both_engines() {
    let Some(dir) = dir() else { return };
    let engines = vec!["wasmtime".to_string(), "v8".to_string()];
    let reports = conformance::run(&dir, &engines, &EngineOptions::default()).unwrap();
    let table = conformance::render(&reports);
    eprintln!("{table}");
    assert!(!conformance::any_unexpected_failure(&reports), "{table}");
    for r in &reports {
        let c = r.counts();
        let legacy = r.file.starts_with("legacy/");
        // Every exnref script runs on both engines; legacy scripts on V8.
        if !legacy || r.engine == "v8" {
            assert!(c.passed > 0 && c.passed >= c.unsupported, "{} {}: {c:?}", r.engine, r.file);
        }
        // In the exnref scripts, wasmtime skips only the two `assert_malformed`
        // texts that the text parser encodes as legacy `catch_all`.
        if r.engine == "wasmtime" && !legacy {
            for d in &r.results {
                if matches!(&d.verdict, Verdict::Unsupported(_)) {
                    assert_eq!(d.directive, "assert_malformed", "{}:{}", r.file, d.line);
                }
            }
        }
    }
    let legacy_on_wasmtime = reports.iter().filter(|r| r.engine == "wasmtime" && r.file.starts_with("legacy/"));
    assert!(legacy_on_wasmtime.map(|r| r.counts().unsupported).sum::<usize>() > 0);
}

#[test]
fn a_wrong_expectation_fails() {
    let tmp = std::env::temp_dir().join(format!("reentry-conformance-test-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    std::fs::write(
        tmp.join("wrong.wast"),
        r#"(module (tag $e (param i32)) (func (export "f") (result i32) (i32.const 1))
                   (func (export "t") (throw $e (i32.const 1))))
           (assert_return (invoke "f") (i32.const 2))
           (assert_exception (invoke "f"))
           (assert_trap (invoke "t") "unreachable")
           (assert_return (invoke "f") (i32.const 1))"#,
    )
    .unwrap();
    let reports =
        conformance::run(&tmp, &["wasmtime".to_string(), "v8".to_string()], &EngineOptions::default()).unwrap();
    for r in &reports {
        let c = r.counts();
        assert_eq!((c.passed, c.failed), (2, 3), "{}: {:?}", r.engine, r.results);
    }
    assert!(conformance::any_unexpected_failure(&reports));
    std::fs::remove_dir_all(&tmp).unwrap();
}
