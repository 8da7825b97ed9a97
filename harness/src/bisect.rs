//! `reentry bisect`: since which wasm-bindgen release does a behaviour show?
//! (issue 21). A behaviour is
//!
//! - a finding directory: its program, run on the engines it was made with,
//!   diverges as it did: the known defect it is (matched on any release),
//!   or, for a finding that is not one, the same property breaks;
//! - a profile entry (`P3`): among the corpus programs whose predicted
//!   trace depends on the entry, some run matches the model with the entry
//!   and not the model without it.
//!
//! [`bisect`] searches the published releases of a range (oldest first,
//! [`crate::guest::wbg::releases`]), building each release it tries (the
//! CLI once, cached; the guest against its crates), and answers the first
//! release that shows the behaviour and the last that does not. [`scan`]
//! runs every release of a range instead and reports, for every entry and
//! known defect of the lane, the releases it was seen on: the measurement
//! behind the ranges in `guest::profile` and `guest::known`.

use crate::case::{CaseResult, Harness};
use crate::compile::Encoding;
use crate::engine::EngineOptions;
use crate::guest::wbg::{Version, Wbg};
use crate::guest::{known, profile, Binding, Lane};
use crate::program::Program;
use crate::trace::Trace;
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What is bisected.
pub enum Subject {
    /// A finding directory: its program and what it showed.
    Finding { dir: PathBuf, program: Program, label: String, engines: Vec<String>, defect: Option<&'static known::KnownDefect> },
    /// A profile entry of the wasm-bindgen binding.
    Entry(&'static profile::Entry),
}

impl Subject {
    /// A finding directory, or a profile entry's id (`P3`, or in full).
    pub fn parse(arg: &str) -> Result<Subject> {
        let dir = Path::new(arg);
        let name = dir.canonicalize().ok().and_then(|d| d.file_name().map(|n| n.to_string_lossy().to_string())).unwrap_or_default();
        let defect = known::KNOWN.iter().find(|d| d.id == name);
        // A known defect kept as a regression program beside its write-up
        // (`regressions/<id>.reentry`, no finding.json).
        let beside = beside_program(dir);
        if let (Some(d), false, true) = (defect, dir.join("finding.json").is_file(), beside.is_file()) {
            let program = crate::corpus::load(&beside).program.map_err(|e| anyhow::anyhow!(e))?;
            return Ok(Subject::Finding { dir: dir.to_path_buf(), program, label: String::new(), engines: vec!["v8".into()], defect: Some(d) });
        }
        if dir.is_dir() {
            let (program, meta) = crate::findings::program::read(dir)?;
            let meta = meta.with_context(|| format!("{} has no finding.json", dir.display()))?;
            if meta.lane.binding != Binding::WasmBindgen {
                bail!("{} was made on the {} lane: bisecting runs wasm-bindgen releases", dir.display(), meta.lane);
            }
            return Ok(Subject::Finding { dir: dir.to_path_buf(), program, label: meta.label, engines: meta.engines, defect });
        }
        let entries = profile::entries(Binding::WasmBindgen);
        entries
            .iter()
            .find(|e| e.id == arg || e.id.split_whitespace().next() == Some(arg))
            .map(Subject::Entry)
            .with_context(|| {
                let ids: Vec<&str> = entries.iter().map(|e| e.id).collect();
                format!("`{arg}` is neither a finding directory nor a profile entry ({})", ids.join(", "))
            })
    }

    pub fn name(&self) -> String {
        match self {
            Subject::Finding { dir, defect: Some(d), .. } => format!("{} (known defect {})", dir.display(), d.id),
            Subject::Finding { dir, label, .. } => format!("{} ({label})", dir.display()),
            Subject::Entry(e) => format!("profile entry {}", e.id),
        }
    }
}

/// `regressions/<id>.reentry` for `regressions/<id>/` (the id has dots).
fn beside_program(dir: &Path) -> PathBuf {
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let name = dir.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    dir.with_file_name(format!("{name}.{}", crate::corpus::PROGRAM_EXT))
}

/// How the runs are made.
#[derive(Clone, Debug)]
pub struct Options {
    /// Engines (`None`: a finding's own; v8 for an entry).
    pub engines: Option<Vec<String>>,
    /// Where an entry's programs come from.
    pub corpus: PathBuf,
    pub engine: EngineOptions,
}

/// One release tried.
#[derive(Clone, Debug)]
pub struct Step {
    pub release: Version,
    pub shows: bool,
    /// Neither the behaviour nor its absence showed: the release differs
    /// there in another way (counted as not showing by the binary search).
    pub unclear: bool,
    /// What decided it.
    pub detail: String,
    /// Building (CLI on first use, guest) and running, seconds.
    pub seconds: f64,
}

/// The answer of [`bisect`].
pub struct Answer {
    pub subject: String,
    pub range: (Version, Version),
    pub published: usize,
    /// In the order tried.
    pub steps: Vec<Step>,
    pub first: Option<Version>,
    pub last_without: Option<Version>,
}

/// The model's prediction for `lane` in `enc`, with profile entry `id`
/// forced on or off.
fn predict(p: &Program, lane: Lane, enc: Encoding, id: &str, on: bool) -> Option<Trace> {
    crate::model::run_with(p, profile::for_lane_with(lane, enc, id, on)).ok()
}

/// The programs a subject runs on a release: a finding's own; for an
/// entry, the corpus programs whose prediction it changes there.
fn programs(subject: &Subject, lane: Lane, corpus: &Path) -> Result<Vec<(PathBuf, Program)>> {
    match subject {
        Subject::Finding { dir, program, .. } => Ok(vec![(dir.clone(), program.clone())]),
        Subject::Entry(e) => {
            let mut out = Vec::new();
            for f in crate::corpus::files(&[corpus.to_path_buf()])? {
                let Ok(p) = crate::corpus::load(&f).program else { continue };
                if lane.unsupported(&p).is_some() {
                    continue;
                }
                if Encoding::ALL.iter().any(|enc| predict(&p, lane, *enc, e.id, true) != predict(&p, lane, *enc, e.id, false)) {
                    out.push((f, p));
                }
            }
            Ok(out)
        }
    }
}

fn engines_for(subject: &Subject, o: &Options) -> Vec<String> {
    match (&o.engines, subject) {
        (Some(e), _) => e.clone(),
        (None, Subject::Finding { engines, .. }) => engines.clone(),
        (None, Subject::Entry(_)) => vec!["v8".into()],
    }
}

/// Whether the behaviour shows in one program's result (`Some`), or
/// neither it nor its absence does (`None`), and what decided it.
fn judge(subject: &Subject, lane: Lane, rustc: &str, r: &CaseResult) -> (Option<bool>, String) {
    match subject {
        Subject::Finding { defect: Some(d), .. } => {
            for run in &r.runs {
                let Ok(actual) = &run.result else { continue };
                let cx = known::Context { lane, rustc, encoding: run.id.encoding };
                if known::explain_on_any_release(&cx, &r.program, r.expected(run.id.encoding), actual).is_some_and(|x| x.id == d.id) {
                    return (Some(true), format!("{} diverges as {}", run.id, d.id));
                }
            }
            let said = r.verdicts.iter().map(|v| v.label()).chain(r.known.iter().map(|(d, _)| d.id.to_string())).collect::<Vec<_>>();
            if said.is_empty() {
                (Some(false), "matches the model".into())
            } else {
                (None, format!("diverges otherwise: {}", said.join(", ")))
            }
        }
        Subject::Finding { label, .. } => {
            let hit = r.verdicts.iter().chain(r.known.iter().map(|(_, v)| v)).find(|v| v.label() == *label);
            match hit {
                Some(v) => (Some(true), format!("{label} on {}", v.failing_runs().iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","))),
                None if r.passed() => (Some(false), "passes".into()),
                None => (None, format!("fails otherwise: {}", r.verdicts[0].label())),
            }
        }
        Subject::Entry(e) => {
            let (mut with, mut without) = (0, 0);
            for run in &r.runs {
                let Ok(actual) = &run.result else { continue };
                let (w, wo) = (predict(&r.program, lane, run.id.encoding, e.id, true), predict(&r.program, lane, run.id.encoding, e.id, false));
                if w == wo {
                    continue;
                }
                with += (w.as_ref() == Some(actual)) as usize;
                without += (wo.as_ref() == Some(actual)) as usize;
            }
            let verdict = if with > 0 {
                Some(true)
            } else if without > 0 {
                Some(false)
            } else {
                None
            };
            (verdict, format!("{with} runs as with {}, {without} as without", e.id.split_whitespace().next().unwrap_or(e.id)))
        }
    }
}

/// Run a subject on one release.
pub fn try_release(subject: &Subject, v: Version, o: &Options) -> Result<Step> {
    let t = Instant::now();
    let lane = Lane::wasm_bindgen(Wbg::release(v));
    let progs = programs(subject, lane, &o.corpus)?;
    if progs.is_empty() {
        bail!("no corpus program under {} depends on {} on {v}", o.corpus.display(), subject.name());
    }
    let mut h = Harness::for_lane(&engines_for(subject, o), &o.engine, None, lane).with_context(|| format!("wasm-bindgen {v}"))?;
    let rustc = crate::guest::build::toolchain()?.rustc_version().to_string();
    let (mut shows, mut clear, mut details) = (false, false, Vec::new());
    for (path, p) in progs {
        let r = h.check(p);
        let (s, d) = judge(subject, lane, &rustc, &r);
        clear |= s.is_some();
        let s = s == Some(true);
        if s || details.is_empty() {
            details.push(match subject {
                Subject::Entry(_) => format!("{}: {d}", path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default()),
                Subject::Finding { .. } => d,
            });
        }
        shows |= s;
    }
    if shows {
        details.retain(|d| !d.contains(" 0 runs as with"));
    }
    let detail = match details.len() {
        0..=2 => details.join("; "),
        n => format!("{}; and {} more", details[..2].join("; "), n - 2),
    };
    Ok(Step { release: v, shows, unclear: !clear, detail, seconds: t.elapsed().as_secs_f64() })
}

/// Binary search over the published releases in `a..=b`: the first that
/// shows the behaviour (assuming that once it shows, it stays).
pub fn bisect(subject: &Subject, a: Version, b: Version, o: &Options, log: &dyn Fn(&str)) -> Result<Answer> {
    let published = crate::guest::wbg::releases::published(log)?;
    let releases = crate::guest::wbg::releases::between(&published, a, b)?;
    let mut steps: Vec<Step> = Vec::new();
    let check = |i: usize, steps: &mut Vec<Step>| -> Result<bool> {
        if let Some(s) = steps.iter().find(|s| s.release == releases[i]) {
            return Ok(s.shows);
        }
        log(&format!("trying wasm-bindgen {} ...", releases[i]));
        let s = try_release(subject, releases[i], o)?;
        log(&format!("wasm-bindgen {}: {} ({})", s.release, s.result(), s.detail));
        let shows = s.shows;
        steps.push(s);
        Ok(shows)
    };
    let first = crate::compat::since::bisect(releases.len(), |i| check(i, &mut steps))?;
    if let Some(b) = first.and_then(|f| f.checked_sub(1)) {
        check(b, &mut steps)?;
    }
    Ok(Answer {
        subject: subject.name(),
        range: (a, b),
        published: releases.len(),
        steps,
        first: first.map(|i| releases[i]),
        last_without: first.and_then(|i| i.checked_sub(1)).map(|i| releases[i]),
    })
}

impl std::fmt::Display for Answer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "bisect {}: wasm-bindgen {}..{} ({} published releases)", self.subject, self.range.0, self.range.1, self.published)?;
        writeln!(f, "{:<4} {:<9} {:>8}  {:<14} detail", "step", "release", "seconds", "result")?;
        for (i, s) in self.steps.iter().enumerate() {
            writeln!(f, "{:<4} {:<9} {:>8.1}  {:<14} {}", i + 1, s.release.to_string(), s.seconds, s.result(), s.detail)?;
        }
        match (self.first, self.last_without) {
            (Some(v), Some(w)) => {
                let unclear = self.steps.iter().any(|s| s.release == w && s.unclear);
                let note = if unclear { " (nor its absence: the release differs there otherwise)" } else { "" };
                writeln!(f, "first release that shows it: {v}; last that does not: {w}{note}")?
            }
            (Some(v), None) => writeln!(f, "first release that shows it: {v} or earlier (it shows on the range's first release, {v})")?,
            (None, _) => writeln!(f, "it does not show on {}, the range's last release: nothing to bisect", self.range.1)?,
        }
        write!(f, "(binary search assumes that once it shows it stays; `reentry bisect --scan` runs every release)")
    }
}

/// [`scan`]'s answer: per subject, the releases it showed on.
pub struct Scan {
    pub releases: Vec<Version>,
    /// Subject name → (release, step) for every release.
    pub rows: Vec<(String, Vec<Step>)>,
}

/// Every release of `a..=b`, every subject.
pub fn scan(subjects: &[Subject], a: Version, b: Version, o: &Options, log: &dyn Fn(&str)) -> Result<Scan> {
    let published = crate::guest::wbg::releases::published(log)?;
    let releases = crate::guest::wbg::releases::between(&published, a, b)?;
    let mut rows: Vec<(String, Vec<Step>)> = subjects.iter().map(|s| (s.name(), Vec::new())).collect();
    for v in &releases {
        for (s, row) in subjects.iter().zip(rows.iter_mut()) {
            let step = try_release(s, *v, o).unwrap_or_else(|e| Step { release: *v, shows: false, unclear: true, detail: format!("error: {e:#}"), seconds: 0.0 });
            log(&format!("{} on {v}: {} ({})", s.name(), step.result(), step.detail));
            row.1.push(step);
        }
    }
    Ok(Scan { releases, rows })
}

impl std::fmt::Display for Scan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let short = |v: &Version| v.patch.to_string();
        write!(f, "{:<72}", "0.2.x:")?;
        for v in &self.releases {
            write!(f, " {:>3}", short(v))?;
        }
        writeln!(f, "   seen on")?;
        for (name, steps) in &self.rows {
            let name: String = name.chars().take(72).collect();
            write!(f, "{name:<72}")?;
            for s in steps {
                write!(f, " {:>3}", if s.detail.starts_with("error") { "err" } else if s.shows { "x" } else if s.unclear { "?" } else { "." })?;
            }
            let seen: Vec<&Step> = steps.iter().filter(|s| s.shows).collect();
            match (seen.first(), seen.last()) {
                (Some(a), Some(b)) => writeln!(f, "   {} to {}", a.release, b.release)?,
                _ => writeln!(f, "   never")?,
            }
        }
        writeln!(f, "x: shows; .: does not; ?: neither it nor its absence shows (the release differs there otherwise)")
    }
}

impl Step {
    fn result(&self) -> &'static str {
        match (self.shows, self.unclear) {
            (true, _) => "shows",
            (false, false) => "does not show",
            (false, true) => "unclear",
        }
    }
}

/// A glue finding directory (`probe/`, `build.sh`, `repro.js`, several
/// findings at once): on every release of `a..=b`, the probe built against
/// that release and its repro run; one row per finding it reports
/// (`REPRODUCES F2a ...` / `fixed      F2a ...`).
pub fn probe_scan(dir: &Path, a: Version, b: Version, log: &dyn Fn(&str)) -> Result<Scan> {
    let published = crate::guest::wbg::releases::published(log)?;
    let releases = crate::guest::wbg::releases::between(&published, a, b)?;
    let mut rows: Vec<(String, Vec<Step>)> = Vec::new();
    for (i, v) in releases.iter().enumerate() {
        let t = Instant::now();
        let w = Wbg::release(*v);
        let base = crate::guest::wbg::cli::cache_dir().join("probe").join(v.to_string());
        let version = v.to_string();
        log(&format!("{}: building the probe against wasm-bindgen {v} ...", dir.display()));
        let runs = crate::fixes::run_probe(dir, w, &[("WBG_VERSION", std::ffi::OsStr::new(&version))], &base.join("out"), &base.join("target"))
            .with_context(|| format!("wasm-bindgen {v}"))?;
        let seconds = t.elapsed().as_secs_f64();
        for (enc, _, text) in &runs {
            for line in text.lines() {
                let (shows, rest) = match line.split_once(' ') {
                    Some(("REPRODUCES", rest)) => (true, rest),
                    Some(("fixed", rest)) => (false, rest),
                    _ => continue,
                };
                let id = rest.split_whitespace().next().unwrap_or("").to_string();
                let name = format!("{} {id}", dir.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default());
                let row = match rows.iter_mut().position(|(n, _)| *n == name) {
                    Some(p) => &mut rows[p].1,
                    None => {
                        rows.push((name, Vec::new()));
                        &mut rows.last_mut().expect("pushed").1
                    }
                };
                match row.get_mut(i) {
                    Some(s) => {
                        s.shows |= shows;
                        s.detail.push_str(&format!("; {enc}: {}", if shows { "reproduces" } else { "fixed" }));
                    }
                    None => {
                        while row.len() < i {
                            let missing = releases[row.len()];
                            row.push(Step { release: missing, shows: false, unclear: true, detail: "not reported".into(), seconds: 0.0 });
                        }
                        row.push(Step { release: *v, shows, unclear: false, detail: format!("{enc}: {}", if shows { "reproduces" } else { "fixed" }), seconds });
                    }
                }
            }
        }
        log(&format!("wasm-bindgen {v}: probe built and run in {seconds:.0} s"));
    }
    for (_, row) in rows.iter_mut() {
        while row.len() < releases.len() {
            row.push(Step { release: releases[row.len()], shows: false, unclear: true, detail: "not reported".into(), seconds: 0.0 });
        }
    }
    Ok(Scan { releases, rows })
}

/// Every subject `scan` measures by default: the lane's profile entries,
/// then the known defects of wasm-bindgen that have a finding directory.
pub fn all_subjects(regressions: &Path) -> Result<Vec<Subject>> {
    let mut out: Vec<Subject> = profile::entries(Binding::WasmBindgen).iter().map(Subject::Entry).collect();
    for d in known::KNOWN.iter().filter(|d| d.wasm_bindgen.is_some()) {
        let dir = regressions.join(d.id);
        if dir.join("program.reentry").is_file() || beside_program(&dir).is_file() {
            out.push(Subject::parse(&dir.display().to_string())?);
        }
    }
    Ok(out)
}
