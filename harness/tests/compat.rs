//! `reentry compat`: the probes against engines whose answers are known,
//! every probe's control against every engine (a probe that always says yes
//! or always no fails here), the worker raw sessions the probes run on, and
//! the three report formats — JSON against reports/compat.schema.json (ajv),
//! the HTML page in real headless Chromium (Debian's), Markdown.
//!
//! Engines, Chromium and ajv that are missing are SKIP lines; under CI
//! (`CI` set) they fail (scripts/install-engines.sh and
//! scripts/install-test-tools.sh install them).

use crate::common::*;

use reentry::compat::probes::{Runs, State, PROBES};
use reentry::compat::{self, render, Matrix};
use reentry::engine::raw::{Kind, Outcome, Session, Val};
use reentry::engine::{self, facts, EngineOptions};
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn session(name: &str) -> Box<dyn Session> {
    engine::create_session(name, &EngineOptions::default()).unwrap_or_else(|e| panic!("{name}: {e:#}"))
}

/// Engines whose answers are known, and those answers.
const KNOWN: &[(&str, &str, State)] = &[
    ("node20", "exnref", State::No),
    ("node20", "jstag", State::No),
    ("node20", "legacy", State::Yes),
    ("node26", "exnref", State::Yes),
    ("node26", "jstag", State::Yes),
    ("node26", "legacy", State::Yes),
    ("node26", "catch_jstag.exnref", State::Yes),
    ("node26", "mixed_eh", State::No),
    ("node26", "stack_depth", State::Yes),
    ("jsc", "mixed_eh", State::No),
    // corpus/regressions/jsc-2.50-throw-jstag-reaches-js-wrapped
    ("jsc", "jstag", State::No),
    ("jsc", "catch_jstag.exnref", State::Yes),
    ("jsc", "legacy", State::Yes),
    ("workerd", "exnref", State::Yes),
    ("workerd", "mixed_eh", State::No),
    ("firefox", "exnref", State::Yes),
    ("firefox", "legacy", State::Yes),
    ("firefox", "jstag", State::Yes),
    ("firefox", "catch_jstag.exnref", State::Yes),
    ("firefox", "mixed_eh", State::Yes),
    ("chromium", "exnref", State::Yes),
    ("chromium", "jstag", State::Yes),
    ("chromium", "mixed_eh", State::No),
    ("wasmtime", "legacy", State::No),
    ("wasmtime", "exnref", State::Yes),
    ("wasmtime", "jstag", State::NotApplicable),
    ("wasmtime", "traps_uncatchable", State::Yes),
];

#[test]
fn probes_give_the_known_answers_on_known_engines() {
    let mut names: Vec<&str> = KNOWN.iter().map(|k| k.0).collect();
    names.dedup();
    for name in available_engines(|r| names.contains(&r.name)) {
        let mut s = session(name);
        let (cells, encodings) = compat::probe_all(s.as_mut(), facts::crosses_js(name));
        for (_, probe, want) in KNOWN.iter().filter(|k| k.0 == name) {
            let c = &cells[*probe];
            assert_eq!(c.state, *want, "{name} {probe}: {c:?}");
            assert_eq!(c.decided_by, format!("probe:{probe}"));
        }
        // The encodings found by the probes are the ones the engine says it runs.
        assert_eq!(encodings, s.encodings(), "{name}");
    }
}

#[test]
fn every_probe_says_yes_somewhere_and_its_control_says_no_wherever_it_says_yes() {
    let mut yes: Vec<&str> = Vec::new();
    let engines = available_engines(|r| r.session.is_some());
    for name in &engines {
        let mut s = session(name);
        let js = facts::crosses_js(name);
        let (_, encodings) = compat::probe_all(s.as_mut(), js);
        for p in PROBES {
            if p.js_only && !js {
                continue;
            }
            let runs: Vec<Option<reentry::compile::Encoding>> = match p.runs {
                Runs::Once => vec![None],
                Runs::In(e) => encodings.iter().filter(|x| **x == e).map(|e| Some(*e)).collect(),
                Runs::EachEncoding => encodings.iter().map(|e| Some(*e)).collect(),
            };
            for enc in runs {
                let real = p.run(s.as_mut(), enc, false);
                assert_ne!(real.state, State::Error, "{name} {} {enc:?}: {real:?}", p.id);
                if p.id == "mixed_eh" && real.state == State::No && encodings.len() == 2 {
                    assert!(real.detail.starts_with("module rejected"), "{name}: a refused mix is a rejected module: {real:?}");
                }
                if real.state == State::Yes {
                    if !yes.contains(&p.id) {
                        yes.push(p.id);
                    }
                    let control = p.run(s.as_mut(), enc, true);
                    assert_eq!(control.state, State::No, "{name} {} {enc:?}: the control must say no: {control:?}", p.id);
                }
            }
        }
    }
    // With the engines of known answers here, every probe found its capability somewhere
    // but mixing encodings, which only SpiderMonkey accepts (V8 and
    // JavaScriptCore refuse it at compile time; checked where both encodings run).
    if engines.contains(&"node26") && engines.contains(&"wasmtime") {
        for p in PROBES.iter().filter(|p| p.id != "mixed_eh") {
            assert!(yes.contains(&p.id), "probe {} said yes nowhere ({engines:?})", p.id);
        }
    }
}

#[test]
fn a_worker_session_says_its_state_is_gone_after_a_timeout_until_reset() {
    let Some(name) = available_engines(|r| r.isolation == engine::Isolation::Process && !r.compat_only()).first().copied() else {
        return;
    };
    let options = EngineOptions { timeout: Duration::from_millis(500), ..Default::default() };
    let mut s = engine::create_session(name, &options).unwrap();
    let wasm = reentry::compat::probes::wasm(
        r#"(module (func (export "spin") (loop $l (br $l))) (func (export "one") (result i32) (i32.const 1)))"#,
    )
    .unwrap();
    let m = s.compile(&wasm).unwrap();
    let i = s.instantiate(m, &[], &[]).unwrap();
    let t = Instant::now();
    assert_eq!(s.call(i, "spin", &[], &[]), Outcome::Timeout, "{name}");
    assert!(t.elapsed() < Duration::from_secs(10));
    match s.call(i, "one", &[], &[Kind::I32]) {
        Outcome::Error(m) => assert!(m.contains("replaced after timeout"), "{name}: {m}"),
        o => panic!("{name}: the instance cannot have survived the worker: {o:?}"),
    }
    s.reset();
    let m = s.compile(&wasm).unwrap();
    let i = s.instantiate(m, &[], &[]).unwrap();
    assert_eq!(s.call(i, "one", &[], &[Kind::I32]), Outcome::Returned(vec![Val::I32(1)]), "{name}");
}

/// One matrix for the format tests: every installed engine, every column.
fn matrix() -> &'static Matrix {
    static M: OnceLock<Matrix> = OnceLock::new();
    M.get_or_init(|| {
        // Under CI every registered engine must be there (the report is checked for each row).
        let names: Vec<String> = available_engines(|_| true).into_iter().map(String::from).collect();
        let wast = repo().join(reentry::conformance::DEFAULT_DIR);
        let options = compat::Options {
            engines: names,
            jobs: 2,
            conformance_dir: Some(wast),
            corpus_dir: Some(repo().join("corpus")),
            ..Default::default()
        };
        let t = Instant::now();
        let m = compat::run(&options, &|_| {});
        eprintln!("compat matrix of {} engines in {:?}", m.rows.len(), t.elapsed());
        m
    })
}

#[test]
fn every_row_has_every_column_decided_by_the_columns_decider() {
    let m = matrix();
    assert!(!m.rows.is_empty());
    for r in &m.rows {
        assert_eq!(r.cells.len(), m.columns.len(), "{}", r.engine);
        for c in &m.columns {
            let cell = &r.cells[&c.id];
            assert_eq!(cell.decided_by, c.decided_by, "{} {}", r.engine, c.id);
            assert!(!cell.detail.is_empty(), "{} {}: a cell says what was seen", r.engine, c.id);
            // Full engines are measured: nothing there may be an error (the
            // real lane needs the Debian toolchain, scripts/install-toolchain.sh).
            let needs_toolchain = c.id.starts_with("corpus.rustc/");
            if r.tier == "full" && (!needs_toolchain || reentry::guest::build::toolchain().is_ok()) {
                assert_ne!(cell.state, State::Error, "{} {}: {}", r.engine, c.id, cell.detail);
            }
        }
    }
    // The lane nobody registers yet says so; the conformance columns ran.
    if !engine::registry::all().any(|r| r.lanes.contains(&reentry::guest::Lane::RUSTC_WASM_BINDGEN)) {
        assert!(m.rows.iter().all(|r| r.cells["corpus.rustc/wasm-bindgen"].state == State::Unavailable));
    }
    if let Some(v8) = m.rows.iter().find(|r| r.engine == "v8") {
        assert_eq!(v8.cells["conformance.exnref"].state, State::Yes, "{:?}", v8.cells["conformance.exnref"]);
        assert_eq!(v8.cells["corpus.generated"].state, State::Yes, "{:?}", v8.cells["corpus.generated"]);
    }
}

#[test]
fn json_report_validates_against_its_documented_schema() {
    if !ajv_installed() {
        return;
    }
    let schema = repo().join("reports/compat.schema.json");
    let readme = std::fs::read_to_string(repo().join("reports/README.md")).unwrap();
    assert!(readme.contains("compat.schema.json") && readme.contains(&format!("schema_version` {}", compat::SCHEMA_VERSION)));
    let dir = temp("compat-json");
    let good = dir.join("compat.json");
    let json = render::json(matrix());
    std::fs::write(&good, &json).unwrap();
    // The validator has teeth: a cell with an unknown state, a missing field.
    let bad_state = dir.join("bad-state.json");
    std::fs::write(&bad_state, json.replacen("\"state\": \"yes\"", "\"state\": \"maybe\"", 1)).unwrap();
    let bad_field = dir.join("bad-field.json");
    std::fs::write(&bad_field, json.replacen("\"decided_by\"", "\"decided\"", 1)).unwrap();
    let validate = |doc: &Path| validate_json(&schema, &[], doc);
    let out = validate(&good);
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    for bad in [&bad_state, &bad_field] {
        let out = validate(bad);
        assert_eq!(out.status.code(), Some(1), "{} must not validate: {}", bad.display(), String::from_utf8_lossy(&out.stderr));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn html_report_renders_in_headless_chromium_with_every_row() {
    let Some(chromium) = chromium() else { return };
    let m = matrix();
    let html = render::html(m);
    // Self-contained: nothing to fetch.
    for needle in ["<script", "<link", "src=", "http://", "https://", "@import", "url("] {
        assert!(!html.contains(needle), "the page refers to something outside it: {needle}");
    }
    let dir = temp("compat-html");
    let page = dir.join("compat.html");
    std::fs::write(&page, &html).unwrap();
    let url = format!("file://{}", page.display());
    let out = headless(&chromium, &["--dump-dom".into(), url.clone()]);
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(dom.contains("<table id=\"matrix\""), "no table in the rendered DOM:\n{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(dom.matches("<tr class=\"row\"").count(), m.rows.len());
    for r in &m.rows {
        assert!(dom.contains(&format!("data-engine=\"{}\"", r.engine)), "row {} missing from the rendered page", r.engine);
    }
    // Screenshots, wide and phone-sized: real PNGs (look at them: the test prints where).
    for (name, size) in [("wide", "1600,1400"), ("phone", "390,1600")] {
        let shot = dir.join(format!("compat-{name}.png"));
        let out = headless(&chromium, &[format!("--screenshot={}", shot.display()), format!("--window-size={size}"), url.clone()]);
        let png = std::fs::read(&shot).unwrap_or_else(|e| panic!("no screenshot {}: {e}\n{}", shot.display(), String::from_utf8_lossy(&out.stderr)));
        assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000, "{}: {} bytes", shot.display(), png.len());
        eprintln!("screenshot: {}", shot.display());
    }
}

#[test]
fn markdown_report_has_a_row_per_engine_and_notes_for_what_is_not_yes() {
    let m = matrix();
    let md = render::markdown(m);
    for r in &m.rows {
        assert!(md.lines().any(|l| l.starts_with(&format!("| {}", r.engine))), "no row for {}", r.engine);
    }
    let not_yes = m.rows.iter().flat_map(|r| r.cells.values()).filter(|c| c.state != State::Yes).count();
    if not_yes > 0 {
        assert!(md.contains("\nNotes:\n") && md.contains("[1]"), "cells that are not yes must point at a note");
    }
    for p in PROBES {
        assert!(md.contains(&format!("probe:{}", p.id)), "probe {} is not named", p.id);
    }
}
