//! `reentry compat`: the evidence-backed support matrix. One row per engine,
//! one column per capability, each cell decided by running something here
//! and now — a probe ([`probes`]), the spec EH scripts ([`crate::conformance`])
//! or the recovery corpus on a lane ([`crate::corpus`]) — and naming what
//! decided it and, when it says no, what failed. Never a version number.
//!
//! Formats ([`render`]): Markdown, JSON (schema `reports/compat.schema.json`,
//! documented in `reports/README.md`) and one self-contained HTML page.
//! [`since`] answers "since which version" by bisecting published npm
//! versions of a line.

pub mod probes;
pub mod render;
pub mod since;

use crate::case::{CaseResult, Harness};
use crate::compile::Encoding;
use crate::conformance::{self, Verdict};
use crate::corpus::{self, Status};
use crate::engine::{self, facts, raw::Session, EngineOptions};
use crate::guest::wbg::Wbg;
use crate::guest::{self, Lane};
use crate::mutant::Mutant;
use probes::{Observation, Probe, Runs, State, PROBES};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The JSON document's `schema` and `schema_version` (bump the version on
/// any change a consumer could notice; reports/README.md has the history).
pub const SCHEMA: &str = "reentry-compat";
pub const SCHEMA_VERSION: u32 = 1;

/// The lanes whose corpus pass rate is a column by default (a lane no
/// engine registers yet shows as not available, with why).
pub const LANES: [Lane; 3] = [Lane::GENERATED, Lane::RUSTC, Lane::RUSTC_WASM_BINDGEN];

/// The lanes of a matrix: generated, rustc/reentry, and the wasm-bindgen
/// lane once per release (or tree) asked for: the release matrix (issue 21).
pub fn lanes(wbgs: &[Wbg]) -> Vec<Lane> {
    let mut out = vec![Lane::GENERATED, Lane::RUSTC];
    out.extend(wbgs.iter().map(|w| Lane::wasm_bindgen(*w)));
    out
}

/// A corpus column's title: the wasm-bindgen lane always names its release.
fn lane_title(lane: Lane) -> String {
    if lane.binding == guest::Binding::WasmBindgen {
        format!("rustc/wasm-bindgen {}", lane.wbg)
    } else {
        lane.to_string()
    }
}

/// One cell.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cell {
    pub state: State,
    /// A value beyond the state: a pass rate (`197/197`), an error class.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// What decided it: `probe:<id>`, `conformance:<encoding>`, `corpus:<lane>`
    /// (the column's `decided_by`, repeated so a cell stands alone).
    pub decided_by: String,
    /// What was observed; for `no` and `error`, what failed.
    pub detail: String,
}

impl Cell {
    fn of(decided_by: &str, o: Observation) -> Cell {
        Cell { state: o.state, value: o.value, decided_by: decided_by.to_string(), detail: o.detail }
    }

    /// The short text of a table cell.
    pub fn short(&self) -> String {
        match (&self.value, self.state) {
            (Some(v), State::Yes | State::No) => v.clone(),
            _ => self.state.name().to_string(),
        }
    }
}

/// What a column shows.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Column {
    pub id: String,
    /// `capability`, `conformance` or `corpus`.
    pub group: &'static str,
    pub title: String,
    pub about: String,
    pub decided_by: String,
    /// How to reproduce a cell (`ENGINE` stands for the row's engine).
    pub command: String,
}

/// One engine.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Row {
    pub engine: String,
    /// `full` (a campaign engine) or `compat-pin` (an older release kept for this matrix).
    pub tier: &'static str,
    pub family: &'static str,
    /// `node`, `deno`, `deno_core` (in process), `wasmtime`.
    pub runtime: String,
    pub runtime_version: String,
    /// `V8 14.6.202.34-node.34`, `wasmtime 48.0.8 (Cranelift)`.
    pub engine_version: String,
    /// Executable or crate.
    pub location: String,
    /// Column id → cell, for every column.
    pub cells: BTreeMap<String, Cell>,
    /// Why the engine could not be measured at all (then every cell is an error).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    pub seconds: f64,
}

/// The probe text shown in the reports.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ProbeDoc {
    pub id: &'static str,
    pub title: &'static str,
    pub about: &'static str,
    pub js_only: bool,
    pub runs: Runs,
    /// Encoding (or `module`) → WAT; with `control: …` its control.
    pub wat: BTreeMap<String, String>,
}

/// The toolchain a lane's corpus column was measured with.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Toolchain {
    pub lane: String,
    pub state: State,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    pub detail: String,
}

/// The whole matrix.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Matrix {
    pub schema: &'static str,
    pub schema_version: u32,
    pub reentry_version: &'static str,
    /// Seconds since the Unix epoch.
    pub generated_at: u64,
    pub elapsed_seconds: f64,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub toolchains: Vec<Toolchain>,
    pub probes: Vec<ProbeDoc>,
}

/// What to measure.
#[derive(Clone, Debug)]
pub struct Options {
    /// Engine names (`all`: every installed engine, compat pins included).
    pub engines: Vec<String>,
    pub engine: EngineOptions,
    /// Rows measured at once (each in its own thread with its own engines).
    pub jobs: usize,
    /// The spec scripts (`None`: no conformance columns' measurement; they say so).
    pub conformance_dir: Option<PathBuf>,
    /// The recovery corpus (`None`: not measured).
    pub corpus_dir: Option<PathBuf>,
    /// A seeded bug the corpus runs with, on the lanes where it exists (the
    /// matrix of a build with that bug; probes and spec scripts run raw
    /// modules and are not affected).
    pub mutant: Option<Mutant>,
    /// The wasm-bindgen releases (or trees) whose corpus column is measured,
    /// one column each (default: the pinned release).
    pub wasm_bindgen: Vec<Wbg>,
}

impl Options {
    pub fn lanes(&self) -> Vec<Lane> {
        lanes(&self.wasm_bindgen)
    }
}

/// What a measurement saw file by file, for a caller that reports more than
/// the matrix (`reentry nightly`: a JUnit test case per file, findings).
/// Called on the row's thread.
pub trait Witness: Sync {
    /// One spec script ran on one engine.
    fn conformance(&self, _engine: &str, _report: &conformance::FileReport, _seconds: f64) {}
    /// One corpus program ran on one engine and lane, on harness `h`
    /// (`result` is `None` when the file did not parse).
    #[allow(clippy::too_many_arguments)]
    fn corpus(&self, _engine: &str, _lane: Lane, _h: &mut Harness, _file: &Path, _status: &Status, _result: Option<&CaseResult>, _seconds: f64) {}
}

/// Sees nothing: the matrix alone.
impl Witness for () {}

impl Default for Options {
    fn default() -> Self {
        Options {
            engines: vec!["all".into()],
            engine: EngineOptions::default(),
            jobs: 2,
            conformance_dir: Some(PathBuf::from(conformance::DEFAULT_DIR)),
            corpus_dir: Some(PathBuf::from("corpus")),
            mutant: None,
            wasm_bindgen: vec![Wbg::PINNED],
        }
    }
}

/// Every column of a matrix over `lanes`, in order.
pub fn columns(lanes: &[Lane]) -> Vec<Column> {
    let mut out: Vec<Column> = PROBES
        .iter()
        .map(|p| Column {
            id: p.id.to_string(),
            group: "capability",
            title: p.title.to_string(),
            about: p.about.to_string(),
            decided_by: format!("probe:{}", p.id),
            command: format!("reentry compat --engines ENGINE (probe {}, harness/src/compat/probes.rs)", p.id),
        })
        .collect();
    out.push(Column {
        id: JSPI.into(),
        group: "capability",
        title: "JS Promise Integration".into(),
        about: "WebAssembly.Suspending and WebAssembly.promising exist, and a promising export whose import is a \
                Suspending returns a Promise: the glue's own probe (engines/glue.js `probeJspi`), run by every JS \
                engine as it starts; it decides whether the generated lane's tasks run there"
            .into(),
        decided_by: format!("probe:{JSPI}"),
        command: "reentry compat --engines ENGINE (the glue's probeJspi as ENGINE starts; `reentry engines` lists it as the jspi feature)".into(),
    });
    for enc in Encoding::ALL {
        out.push(Column {
            id: format!("conformance.{}", enc.name()),
            group: "conformance",
            title: format!("spec EH scripts ({})", enc.name()),
            about: format!(
                "the WebAssembly spec test suite's {} exception-handling scripts ({}): directives passed of those run \
                 (unsupported ones, by a declared engine fact, are not counted; expected failures are)",
                enc.name(),
                if enc == Encoding::Legacy { "legacy/*.wast" } else { "*.wast outside legacy/" }
            ),
            decided_by: format!("conformance:{}", enc.name()),
            command: "reentry conformance --engines ENGINE".into(),
        });
    }
    for &lane in lanes {
        let flags = lane.flags();
        out.push(Column {
            id: format!("corpus.{lane}"),
            group: "corpus",
            title: format!("corpus ({})", lane_title(lane)),
            about: format!(
                "the recovery corpus (corpus/: programs with checked-in expected traces) on the {lane} lane in every \
                 encoding the engine runs: programs passing of all (known defects of the real toolchain count as passing, \
                 and are named)"
            ),
            decided_by: format!("corpus:{lane}"),
            command: format!("reentry run corpus/ --engines ENGINE{flags}"),
        });
    }
    out
}

/// The probes as documented in every report.
pub fn probe_docs() -> Vec<ProbeDoc> {
    PROBES
        .iter()
        .map(|p| {
            let mut wat = BTreeMap::new();
            let encs: Vec<Option<Encoding>> = match p.runs {
                Runs::Once => vec![None],
                Runs::In(e) => vec![Some(e)],
                Runs::EachEncoding => Encoding::ALL.into_iter().map(Some).collect(),
            };
            for enc in encs {
                let key = enc.map_or("module".to_string(), |e| e.name().to_string());
                wat.insert(key.clone(), (p.wat)(enc, false));
                let control = (p.wat)(enc, true);
                if control != wat[&key] {
                    wat.insert(format!("control: {key}"), control);
                }
            }
            ProbeDoc { id: p.id, title: p.title, about: p.about, js_only: p.js_only, runs: p.runs, wat }
        })
        .collect()
}

/// Run the probes on one session: column id → cell, and the encodings the
/// engine was found to run.
pub fn probe_all(s: &mut dyn Session, js: bool) -> (BTreeMap<String, Cell>, Vec<Encoding>) {
    let mut cells = BTreeMap::new();
    let mut encodings = Vec::new();
    for p in PROBES.iter().filter(|p| p.runs == Runs::Once && !p.js_only) {
        let o = p.run(s, None, false);
        if o.state == State::Yes {
            encodings.extend(Encoding::ALL.into_iter().filter(|e| e.name() == p.id));
        }
        cells.insert(p.id.to_string(), Cell::of(&format!("probe:{}", p.id), o));
    }
    for p in PROBES.iter().filter(|p| p.runs != Runs::Once || p.js_only) {
        cells.insert(p.id.to_string(), Cell::of(&format!("probe:{}", p.id), run_probe(p, s, js, &encodings)));
    }
    (cells, encodings)
}

/// One probe (not an encoding probe) on an engine that runs `encodings`.
pub fn run_probe(p: &Probe, s: &mut dyn Session, js: bool, encodings: &[Encoding]) -> Observation {
    if p.js_only && !js {
        return Observation::na("no JS API: the host functions are Rust");
    }
    let lacks = |e: Encoding| Observation::na(format!("no {} EH (probe {})", e.name(), e.name()));
    match p.runs {
        Runs::Once => p.run(s, None, false),
        Runs::In(e) if !encodings.contains(&e) => lacks(e),
        Runs::In(e) => p.run(s, Some(e), false),
        Runs::EachEncoding => {
            let parts: Vec<(Encoding, Observation)> = encodings.iter().map(|e| (*e, p.run(s, Some(*e), false))).collect();
            combine(parts)
        }
    }
}

/// One answer from an answer per encoding: yes only if all say yes.
fn combine(parts: Vec<(Encoding, Observation)>) -> Observation {
    if parts.is_empty() {
        return Observation::na("no EH encoding runs here");
    }
    let state = [State::Error, State::No, State::Yes]
        .into_iter()
        .find(|s| parts.iter().any(|(_, o)| o.state == *s))
        .unwrap_or(State::NotApplicable);
    let mut values: Vec<String> = parts.iter().filter_map(|(_, o)| o.value.clone()).collect();
    values.dedup();
    let detail = parts.iter().map(|(e, o)| format!("{}: {} ({})", e.name(), o.state.name(), o.detail)).collect::<Vec<_>>().join("; ");
    Observation { state, value: (!values.is_empty()).then(|| values.join(" / ")), detail }
}

/// Runtime, its version and the engine's version, from what the engine says.
fn identity(name: &str, version: &str) -> (String, String, String) {
    let r = engine::registration(name);
    if let Some((rt, v8)) = version.split_once(", ") {
        let (runtime, v) = rt.split_once(' ').unwrap_or((rt, ""));
        return (runtime.to_string(), v.to_string(), v8.to_string());
    }
    if let Some(v) = version.strip_prefix("wasmtime ") {
        let tier = if r.is_some_and(|r| r.variant_of.is_some()) { "Cranelift, opt-level none" } else { "Cranelift" };
        return ("wasmtime".into(), v.to_string(), format!("wasmtime {v} ({tier})"));
    }
    // In-process V8: its embedder's version from the registration ("crate deno_core 0.413.0 ...").
    let about = r.map_or("", |r| r.about);
    let embedder = about.split_whitespace().skip_while(|w| *w != "deno_core").nth(1).unwrap_or("").to_string();
    ("deno_core".into(), embedder, version.to_string())
}

/// The toolchain of each lane; builds the real guest (and a wasm-bindgen
/// release's CLI) if a lane needs it.
pub fn toolchains(engines: &[String], lanes: &[Lane]) -> Vec<Toolchain> {
    lanes
        .iter()
        .map(|&lane| {
            let registered: Vec<&str> = engine::registry::all().filter(|r| r.lanes.contains(&lane.unwinding())).map(|r| r.name).collect();
            let mk = |state, version: Option<String>, detail: String| Toolchain { lane: lane.to_string(), state, version, detail };
            if registered.is_empty() {
                let why = guest::module(lane, Encoding::Exnref, None).err().map_or(String::new(), |e| format!(": {e:#}"));
                return mk(State::Unavailable, None, format!("no engine registers the {lane} lane yet{why}"));
            }
            if lane == Lane::GENERATED {
                return mk(State::Yes, Some(format!("reentry {}", env!("CARGO_PKG_VERSION"))), "modules generated by reentry's compiler".into());
            }
            if !engines.iter().any(|e| registered.contains(&e.as_str())) {
                return mk(State::NotApplicable, None, format!("no engine of this run runs the {lane} lane"));
            }
            let tc = match guest::build::toolchain() {
                Ok(t) => t,
                Err(e) => return mk(State::Error, None, format!("{e:#}")),
            };
            for enc in Encoding::ALL {
                if let Err(e) = guest::module(lane, enc, None) {
                    return mk(State::Error, None, format!("building the {} guest: {e:#}", enc.name()));
                }
            }
            let mut version = tc.rustc_version().to_string();
            if lane.binding == guest::Binding::WasmBindgen {
                version.push_str(&format!(", wasm-bindgen {}", lane.wbg));
            }
            mk(State::Yes, Some(version), format!("the engines/guest step interpreter built by {}", tc.rustc_version()))
        })
        .collect()
}

/// Measure one engine.
pub fn row(name: &str, options: &Options, toolchains: &[Toolchain]) -> Row {
    row_witnessed(name, options, toolchains, &())
}

/// A row not measured yet.
fn blank(name: &str) -> Row {
    let r = engine::registration(name);
    Row {
        engine: name.to_string(),
        tier: if facts::is_compat_pin(name) { "compat-pin" } else { "full" },
        family: r.map_or("?", |r| r.family.name()),
        runtime: String::new(),
        runtime_version: String::new(),
        engine_version: String::new(),
        location: String::new(),
        cells: BTreeMap::new(),
        error: None,
        seconds: 0.0,
    }
}

/// The column of JSPI, which the glue probes when an engine starts (its
/// `features()`), not a raw-module probe.
const JSPI: &str = "jspi";

/// Every cell an error saying `why`.
fn fail_all(row: &mut Row, why: String, lanes: &[Lane]) {
    for c in columns(lanes) {
        row.cells.insert(c.id.clone(), Cell { state: State::Error, value: None, decided_by: c.decided_by, detail: why.clone() });
    }
    row.error = Some(why);
}

/// A row that was never measured, and why.
fn not_measured(name: &str, why: &str, lanes: &[Lane]) -> Row {
    let mut row = blank(name);
    fail_all(&mut row, why.to_string(), lanes);
    row
}

/// Measure one engine, showing `witness` every file run.
pub fn row_witnessed(name: &str, options: &Options, toolchains: &[Toolchain], witness: &dyn Witness) -> Row {
    let t0 = Instant::now();
    let mut row = blank(name);
    match engine::create(name, &options.engine) {
        Ok(mut e) => {
            let info = e.info();
            (row.runtime, row.runtime_version, row.engine_version) = identity(name, &e.version());
            row.location = info.location;
            let jspi = match info.features.iter().find(|(k, _)| k == JSPI) {
                Some((_, true)) => Observation::yes("a promising export returned a Promise"),
                Some((_, false)) => Observation::no("no WebAssembly.Suspending / WebAssembly.promising, or no Promise back"),
                None => Observation::na("not a JS engine"),
            };
            row.cells.insert(JSPI.into(), Cell::of(&format!("probe:{JSPI}"), jspi));
        }
        Err(err) => {
            fail_all(&mut row, format!("the engine did not start: {err:#}"), &options.lanes());
            row.seconds = t0.elapsed().as_secs_f64();
            return row;
        }
    }
    let mut session = match engine::create_session(name, &options.engine) {
        Ok(s) => s,
        Err(err) => {
            fail_all(&mut row, format!("the raw-module session did not start: {err:#}"), &options.lanes());
            row.seconds = t0.elapsed().as_secs_f64();
            return row;
        }
    };
    let (cells, _) = probe_all(session.as_mut(), facts::crosses_js(name));
    row.cells.extend(cells);
    row.cells.extend(conformance_cells(session.as_mut(), options.conformance_dir.as_deref(), witness));
    drop(session);
    for lane in options.lanes() {
        let id = format!("corpus.{lane}");
        let cell = corpus_cell(name, lane, options, toolchains, witness);
        row.cells.insert(id, cell);
    }
    row.seconds = t0.elapsed().as_secs_f64();
    row
}

/// Conformance pass rates per encoding.
fn conformance_cells(s: &mut dyn Session, dir: Option<&Path>, witness: &dyn Witness) -> Vec<(String, Cell)> {
    let decided = |e: Encoding| format!("conformance:{}", e.name());
    let Some(dir) = dir.filter(|d| d.is_dir()) else {
        let why = dir.map_or("not measured (no scripts directory given)".to_string(), |d| format!("no spec scripts at {}", d.display()));
        return Encoding::ALL.into_iter().map(|e| (format!("conformance.{}", e.name()), Cell::of(&decided(e), Observation::na(why.clone())))).collect();
    };
    let files = match conformance::files(dir) {
        Ok(f) => f,
        Err(e) => {
            return Encoding::ALL
                .into_iter()
                .map(|enc| (format!("conformance.{}", enc.name()), Cell::of(&decided(enc), Observation::error(format!("{e:#}")))))
                .collect()
        }
    };
    let reports: Vec<conformance::FileReport> = files
        .iter()
        .map(|p| {
            let t = Instant::now();
            let report = conformance::run_file(s, dir, p);
            witness.conformance(&report.engine, &report, t.elapsed().as_secs_f64());
            report
        })
        .collect();
    Encoding::ALL
        .into_iter()
        .map(|enc| {
            let mine: Vec<&conformance::FileReport> =
                reports.iter().filter(|r| r.file.starts_with("legacy/") == (enc == Encoding::Legacy)).collect();
            (format!("conformance.{}", enc.name()), Cell::of(&decided(enc), conformance_observation(&mine)))
        })
        .collect()
}

fn conformance_observation(reports: &[&conformance::FileReport]) -> Observation {
    let (mut passed, mut failed, mut expected, mut unsupported) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    let mut why_unsupported = Vec::new();
    for r in reports {
        let c = r.counts();
        passed += c.passed;
        failed += c.failed;
        expected += c.expected;
        unsupported += c.unsupported;
        if let Some(e) = &r.error {
            failures.push(format!("{}: does not parse: {e}", r.file));
        }
        for d in &r.results {
            match &d.verdict {
                Verdict::Fail(what) => failures.push(format!("{}:{} {}: {}", r.file, d.line, d.directive, probes_first_line(what))),
                Verdict::Unsupported(why) if !why_unsupported.contains(why) => why_unsupported.push(why.clone()),
                _ => {}
            }
        }
    }
    let ran = passed + failed + expected;
    let files = reports.len();
    let mut detail = format!("{files} scripts: {passed} passed, {failed} failed, {expected} expected failures, {unsupported} unsupported");
    if ran == 0 {
        if let Some(w) = why_unsupported.first() {
            detail.push_str(&format!(" ({w})"));
        }
        return Observation::na(detail);
    }
    let pct = 100.0 * passed as f64 / ran as f64;
    let skipped = if unsupported > 0 { format!(" · {unsupported} unsupported") } else { String::new() };
    let value = Some(format!("{passed}/{ran} ({pct:.0}%){skipped}"));
    if failed > 0 {
        let shown: Vec<String> = failures.iter().take(4).cloned().collect();
        detail.push_str(&format!("; failed: {}{}", shown.join("; "), if failures.len() > 4 { "; …" } else { "" }));
        return Observation { state: State::No, value, detail };
    }
    if unsupported > 0 {
        detail.push_str(&format!("; unsupported: {}", why_unsupported.iter().take(2).cloned().collect::<Vec<_>>().join("; ")));
    }
    Observation { state: State::Yes, value, detail }
}

fn probes_first_line(s: &str) -> String {
    let l = s.lines().next().unwrap_or("");
    if l.chars().count() > 140 {
        format!("{}…", l.chars().take(140).collect::<String>())
    } else {
        l.to_string()
    }
}

/// The corpus on one lane.
fn corpus_cell(name: &str, lane: Lane, options: &Options, toolchains: &[Toolchain], witness: &dyn Witness) -> Cell {
    let decided = format!("corpus:{lane}");
    let tc = toolchains.iter().find(|t| t.lane == lane.to_string());
    if !engine::registry::all().any(|r| r.lanes.contains(&lane.unwinding())) {
        let detail = tc.map_or_else(|| format!("no engine registers the {lane} lane yet"), |t| t.detail.clone());
        return Cell { state: State::Unavailable, value: None, decided_by: decided, detail };
    }
    if let Err(e) = engine::check_lane(name, lane) {
        return Cell::of(&decided, Observation::na(format!("{e:#}")));
    }
    if let Some(t) = tc.filter(|t| t.state == State::Error) {
        return Cell::of(&decided, Observation::error(t.detail.clone()));
    }
    let Some(dir) = options.corpus_dir.as_ref() else {
        return Cell::of(&decided, Observation::na("not measured (no corpus directory given)"));
    };
    let files = match corpus::files(std::slice::from_ref(dir)) {
        Ok(f) if !f.is_empty() => f,
        Ok(_) => return Cell::of(&decided, Observation::error(format!("no programs under {}", dir.display()))),
        Err(e) => return Cell::of(&decided, Observation::error(format!("{}: {e}", dir.display()))),
    };
    let mutant = options.mutant.filter(|m| lane.has_mutant(*m));
    let mut h = match Harness::for_lane(&[name.to_string()], &options.engine, mutant, lane) {
        Ok(h) => h,
        Err(e) => return Cell::of(&decided, Observation::error(format!("{e:#}"))),
    };
    let (mut passed, mut known, mut unsupported, mut failed) = (0, 0, 0, Vec::new());
    let mut known_ids: Vec<&str> = Vec::new();
    for f in &files {
        let t = Instant::now();
        let (status, result) = corpus::check(&mut h, f, mutant.is_none());
        witness.corpus(name, lane, &mut h, f, &status, result.as_ref(), t.elapsed().as_secs_f64());
        let short = f.strip_prefix(dir).unwrap_or(f).display().to_string();
        match status {
            Status::Pass => passed += 1,
            Status::Known(ids) => {
                known += 1;
                for id in ids {
                    if !known_ids.contains(&id) {
                        known_ids.push(id);
                    }
                }
            }
            // Not run on this lane (a lane fact): neither passed nor failed.
            Status::Unsupported(_) => unsupported += 1,
            Status::Fail(problems) => {
                failed.push(format!("{short}: {}", probes_first_line(problems.first().map_or("", |p| p.as_str()))))
            }
        }
    }
    let total = files.len() - unsupported;
    let encodings: Vec<&str> = h.engines.first().map_or(Vec::new(), |e| e.encodings().iter().map(|e| e.name()).collect());
    let mut detail = format!(
        "{total} programs in {}: {passed} passed, {known} known toolchain defects, {} failed",
        encodings.join(" and "),
        failed.len()
    );
    if !known_ids.is_empty() {
        detail.push_str(&format!(" (known: {})", known_ids.join(", ")));
    }
    if unsupported > 0 {
        detail.push_str(&format!("; {unsupported} not run (lane facts)"));
    }
    let value = Some(format!("{}/{total}", passed + known));
    if failed.is_empty() {
        Cell { state: State::Yes, value, decided_by: decided, detail }
    } else {
        detail.push_str(&format!("; failed: {}{}", failed.iter().take(4).cloned().collect::<Vec<_>>().join("; "), if failed.len() > 4 { "; …" } else { "" }));
        Cell { state: State::No, value, decided_by: decided, detail }
    }
}

/// Measure every engine of `options` (rows in the order engines are registered).
pub fn run(options: &Options, progress: &(dyn Fn(&Row) + Sync)) -> Matrix {
    run_witnessed(options, progress, &())
}

/// [`run`], showing `witness` every file run. On a stop request
/// ([`crate::stop`]) the rows not started yet are not measured (their
/// `error` says so).
pub fn run_witnessed(options: &Options, progress: &(dyn Fn(&Row) + Sync), witness: &dyn Witness) -> Matrix {
    let t0 = Instant::now();
    let mut names = engine::registry::expand_names_with_pins(&options.engines);
    // Registry order, so the matrix reads by runtime and version.
    let order: Vec<&str> = engine::names();
    names.sort_by_key(|n| order.iter().position(|o| o == n).unwrap_or(usize::MAX));
    let lanes = options.lanes();
    let toolchains = if options.corpus_dir.is_some() { toolchains(&names, &lanes) } else { Vec::new() };
    let next = std::sync::atomic::AtomicUsize::new(0);
    let rows = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..options.jobs.clamp(1, names.len().max(1)) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(name) = names.get(i) else { return };
                let r = match crate::stop::requested() {
                    Some(sig) => not_measured(name, &format!("not measured: the run was stopped by {}", crate::stop::signal_name(sig)), &lanes),
                    None => row_witnessed(name, options, &toolchains, witness),
                };
                progress(&r);
                rows.lock().unwrap_or_else(|e| e.into_inner()).push((i, r));
            });
        }
    });
    let mut rows = rows.into_inner().unwrap_or_else(|e| e.into_inner());
    rows.sort_by_key(|(i, _)| *i);
    Matrix {
        schema: SCHEMA,
        schema_version: SCHEMA_VERSION,
        reentry_version: env!("CARGO_PKG_VERSION"),
        generated_at: std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs()),
        elapsed_seconds: t0.elapsed().as_secs_f64(),
        columns: columns(&lanes),
        rows: rows.into_iter().map(|(_, r)| r).collect(),
        toolchains,
        probes: probe_docs(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities_split_runtime_and_engine() {
        assert_eq!(
            identity("node26", "node 26.10.0, V8 14.6.202.34-node.34"),
            ("node".into(), "26.10.0".into(), "V8 14.6.202.34-node.34".into())
        );
        assert_eq!(identity("wasmtime-o0", "wasmtime 48.0.8").2, "wasmtime 48.0.8 (Cranelift, opt-level none)");
        let (rt, v, e) = identity("v8", "V8 15.0.245.2-rusty");
        assert_eq!((rt.as_str(), e.as_str()), ("deno_core", "V8 15.0.245.2-rusty"));
        assert!(v.starts_with("0."), "{v}");
    }

    #[test]
    fn per_encoding_answers_combine_to_the_weakest() {
        let yes = Observation { value: Some("RangeError".into()), ..Observation::yes("a") };
        let no = Observation::no("b");
        let c = combine(vec![(Encoding::Exnref, yes.clone()), (Encoding::Legacy, no)]);
        assert_eq!(c.state, State::No);
        assert!(c.detail.contains("legacy: no (b)"), "{}", c.detail);
        let c = combine(vec![(Encoding::Exnref, yes.clone()), (Encoding::Legacy, yes)]);
        assert_eq!((c.state, c.value.as_deref()), (State::Yes, Some("RangeError")));
        assert_eq!(combine(vec![]).state, State::NotApplicable);
    }

    #[test]
    fn every_column_has_one_decider_and_a_unique_id() {
        let cols = columns(&lanes(&[Wbg::PINNED, Wbg::release("0.2.125".parse().unwrap())]));
        assert!(cols.iter().any(|c| c.id == "corpus.rustc/wasm-bindgen@0.2.125" && c.command.contains("--wasm-bindgen 0.2.125")));
        assert!(cols.iter().any(|c| c.title == "corpus (rustc/wasm-bindgen 0.2.130)"));
        let mut ids: Vec<&str> = cols.iter().map(|c| c.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), cols.len());
        assert!(cols.iter().all(|c| !c.decided_by.is_empty() && c.command.contains("ENGINE")));
    }
}
