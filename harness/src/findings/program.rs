//! Program findings: a program that broke a property, or that an engine
//! could not run.
//!
//! ```text
//! <findings>/<label>-<hash>/
//!   program.reentry        the program (text form)
//!   finding.json           kind, property, runs, engines, mutant, seed, generator, versions
//!   verdict.txt            the explanation with both traces around the divergence
//!   expected.trace         the model's trace
//!   actual.<engine>.<encoding>.trace   every run's trace (or its error)
//!   exnref.wasm / legacy.wasm, exnref.wat / legacy.wat
//!   program.guest          on the real lane: the program's bytes the guest runs
//!   wasm-bindgen.<encoding>.js   on the wasm-bindgen lane: the CLI's JS for that wasm
//!   replay.sh              the command that replays it
//!   repro.mjs              standalone: `node repro.mjs` prints the trace and PASS/FAIL
//!   repro.html             the same as a page, for a browser alone
//!   reduced/               the same for the minimized program (`--reduce`, `reentry reduce`)
//! ```

use super::{write_file, write_replay_script, Kind, Meta, Origin, Signature, Store, Toolchain, SCHEMA};
use crate::case::{CaseResult, Harness, ReduceLimit};
use crate::compile;
use crate::mutant::Mutant;
use crate::oracle::Verdict;
use crate::program::gen::GenConfig;
use crate::program::Program;
use crate::text;
use anyhow::Context;
use std::path::{Path, PathBuf};

/// What a program finding records besides the case itself.
#[derive(Clone, Debug)]
pub struct FindingContext {
    pub engines: Vec<String>,
    pub mutant: Option<Mutant>,
    pub origin: Origin,
    pub gen: Option<GenConfig>,
    pub toolchain: Toolchain,
}

/// What built the guest of a real-lane case (`None` on the generated lane).
fn guest_toolchain(result: &CaseResult, mutant: Option<Mutant>) -> anyhow::Result<Option<super::GuestToolchain>> {
    let lane = result.lane;
    if !lane.is_guest() {
        return Ok(None);
    }
    let mut modules = std::collections::BTreeMap::new();
    for (enc, _) in &result.modules {
        modules.insert(enc.name().to_string(), format!("{:016x}", crate::guest::module(lane, *enc, mutant)?.key));
    }
    let wbg = (lane.binding == crate::guest::Binding::WasmBindgen).then_some(lane.wbg);
    Ok(Some(super::GuestToolchain {
        rustc: crate::guest::build::toolchain()?.rustc_version().to_string(),
        wasm_bindgen: wbg.map(|w| w.version().to_string()),
        wasm_bindgen_tree: wbg.and_then(|w| w.tree_id().ok().flatten().cloned()),
        modules,
    }))
}

/// A verdict's signature: what broke, the runs on each side (failing;
/// matching the model) and the first diverging event of each side, by kind
/// ([`event_kind`]): `p3-nothing-after-abort on v8/exnref vs wasmtime/exnref
/// at host exit hN / [N] guard- N`. Across runs a finding is also told apart
/// by its reduced program (`findings::identity`).
pub fn signature(v: &Verdict) -> Signature {
    let names = |runs: &[crate::oracle::RunId]| runs.iter().map(|r| r.to_string()).collect::<Vec<_>>().join(",");
    let (key, message) = match v {
        Verdict::Mismatch(m) => {
            let agreeing = if m.agreeing.is_empty() { "none".to_string() } else { names(&m.agreeing) };
            let at = format!("{} / {}", event_kind(m.expected.as_ref()), event_kind(m.actual.as_ref()));
            (format!("{} on {} vs {agreeing} at {at}", v.label(), names(&m.runs)), m.message.clone())
        }
        Verdict::EngineFailure { error, run } => {
            (format!("{} on {run}", v.label()), error.to_string().lines().next().unwrap_or("").to_string())
        }
    };
    Signature { key, label: v.label(), message }
}

/// An event's kind: its text with every number replaced by `N` (epochs,
/// ids, payloads do not tell bugs apart; what happened does), `end of trace`
/// for none.
pub fn event_kind(e: Option<&crate::trace::Event>) -> String {
    let Some(e) = e else { return "end of trace".into() };
    let mut out = String::new();
    let text = e.to_string();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        // A minus sign only before a digit (not the arrow of `reset -> [1]`).
        let sign = c == '-' && out.ends_with([' ', '(', '[']) && chars.peek().is_some_and(|d| d.is_ascii_digit());
        if c.is_ascii_digit() || sign {
            if !out.ends_with('N') {
                out.push('N');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The directory name of a verdict's finding for a program.
pub fn dir_name(program: &Program, v: &Verdict) -> String {
    let runs: Vec<String> = v.failing_runs().iter().map(|r| r.to_string()).collect();
    // Two runs failing the same case differently are two findings.
    let hash = crate::fnv::hash_parts(&[&text::print(program), &v.label(), &runs.join(",")]);
    format!("{}-{hash:016x}", v.label())
}

/// Save one verdict of a case through the store (if its signature wants
/// another directory); `None` when it was only counted.
pub fn save(store: &Store, result: &CaseResult, v: &Verdict, cx: &FindingContext) -> anyhow::Result<Option<PathBuf>> {
    save_as(store, result, v, cx, Kind::Program)
}

pub(super) fn save_as(
    store: &Store,
    result: &CaseResult,
    v: &Verdict,
    cx: &FindingContext,
    kind: Kind,
) -> anyhow::Result<Option<PathBuf>> {
    if !store.count(&signature(v), cx.origin.case) {
        return Ok(None);
    }
    let name = dir_name(&result.program, v);
    let dir = store.root().join(&name);
    store.write(&name, |tmp| fill(tmp, &dir, result, v, cx, kind)).map(Some)
}

/// Write one finding (one verdict of a case) into exactly `dir`, atomically;
/// an existing `dir` is replaced (`reentry reduce` rewrites `reduced/`).
pub fn write_to(dir: &Path, result: &CaseResult, v: &Verdict, cx: &FindingContext) -> anyhow::Result<()> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| format!("replacing {}", dir.display()))?;
    }
    super::write_atomically(dir, |tmp| fill(tmp, dir, result, v, cx, Kind::Program))
}

/// The files of a program finding, into `tmp` (renamed to `dir` afterwards:
/// the repro and the replay command name `dir`).
fn fill(tmp: &Path, dir: &Path, result: &CaseResult, verdict: &Verdict, cx: &FindingContext, kind: Kind) -> anyhow::Result<()> {
    let program_text = text::print(&result.program);
    write_file(tmp, "program.reentry", program_text.as_bytes())?;
    write_file(tmp, "expected.trace", result.model.to_string().as_bytes())?;
    for (enc, t) in &result.per_encoding {
        write_file(tmp, &format!("expected.{}.trace", enc.name()), t.to_string().as_bytes())?;
    }
    for run in &result.runs {
        let file = format!("actual.{}.{}.trace", run.id.engine, run.id.encoding.name());
        let body = match &run.result {
            Ok(t) => t.to_string(),
            Err(e) => format!("# no trace: {e}\n"),
        };
        write_file(tmp, &file, body.as_bytes())?;
    }
    let modules = crate::repro::modules(&result.program, result.lane, cx.mutant, &result.modules)?;
    for (enc, wasm) in &modules {
        write_file(tmp, &format!("{}.wasm", enc.name()), wasm)?;
        // Generated modules are recompiled with names, so the text reads.
        let named = if result.lane.is_guest() {
            wasm.to_vec()
        } else {
            compile::compile(&result.program, *enc, compile::Options { mutant: cx.mutant, names: true, panic: result.lane.panic })
        };
        let wat = compile::to_wat(&named).unwrap_or_else(|e| format!(";; cannot print: {e}\n"));
        write_file(tmp, &format!("{}.wat", enc.name()), wat.as_bytes())?;
    }
    if let Some(bytes) = &result.guest_program {
        write_file(tmp, "program.guest", bytes)?;
    }
    // The exact wasm-bindgen output the case ran: its JS beside its wasm.
    if result.lane.binding == crate::guest::Binding::WasmBindgen {
        for (enc, _) in &modules {
            let js = crate::guest::module(result.lane, *enc, cx.mutant)?.js.clone().unwrap_or_default();
            write_file(tmp, &format!("wasm-bindgen.{}.js", enc.name()), js.as_bytes())?;
        }
    }
    // On a lane with a protocol profile the expected trace is the profiled
    // model's: say so where the divergence is read.
    let profile = crate::guest::profile::describe(result.lane).map_or(String::new(), |p| format!("\n{p}"));
    write_file(tmp, "verdict.txt", format!("{verdict}\n{profile}").as_bytes())?;
    let name = dir.file_name().map_or(String::new(), |n| n.to_string_lossy().to_string());
    let title = format!("{} ({name})", verdict.label());
    let repro = crate::repro::render(&title, &result.program, result.lane, &modules, cx.mutant, Some(dir))?;
    write_file(tmp, "repro.mjs", repro.as_bytes())?;
    write_file(tmp, "repro.html", crate::repro::render_html(&title, &repro).as_bytes())?;
    let meta = Meta {
        schema: SCHEMA,
        kind,
        label: verdict.label(),
        signature: signature(verdict).key,
        verdict: Some(verdict.clone()),
        engine_family: verdict.engine_family(),
        engines: cx.engines.clone(),
        lane: result.lane,
        mutant: cx.mutant,
        seed: cx.origin.seed,
        case: cx.origin.case,
        gen: cx.gen.clone(),
        toolchain: Toolchain { guest: guest_toolchain(result, cx.mutant)?, ..cx.toolchain.clone() },
        size: result.program.size(),
        replay: super::replay_command(dir),
    };
    meta.write(tmp)?;
    let mutant_flag = cx.mutant.map_or(String::new(), |m| format!(" --mutant {}", m.name()));
    let lane_flags = result.lane.flags();
    write_replay_script(
        tmp,
        "Replays this finding on the engines it was found with.",
        &format!(" --engines {}{mutant_flag}{lane_flags}", cx.engines.join(",")),
    )
}

/// Read a program finding back: its program and its `finding.json`.
pub fn read(dir: &Path) -> anyhow::Result<(Program, Option<Meta>)> {
    let prog_path = dir.join("program.reentry");
    let src = std::fs::read_to_string(&prog_path).with_context(|| format!("reading {}", prog_path.display()))?;
    let program = text::parse(&src).map_err(|e| anyhow::anyhow!("{}:{e}", prog_path.display()))?;
    Ok((program, super::read_meta(dir)?))
}

/// Tests a reduction may spend on one finding.
pub const REDUCE_BUDGET: usize = 3000;

/// Reduce a failing program and write the result as a finding at `dir`
/// (usually `<finding>/reduced`).
pub fn reduce_into(
    h: &mut Harness,
    program: &Program,
    verdict: &Verdict,
    dir: &Path,
    cx: &FindingContext,
    limit: ReduceLimit,
) -> anyhow::Result<crate::reduce::Reduction> {
    let r = crate::case::reduce(h, program, verdict, limit);
    let result = h.check(r.program.clone());
    let v = result
        .verdicts
        .iter()
        .find(|v| v.label() == verdict.label())
        .ok_or_else(|| anyhow::anyhow!("the reduced program no longer fails"))?;
    write_to(dir, &result, v, cx)?;
    Ok(r)
}
