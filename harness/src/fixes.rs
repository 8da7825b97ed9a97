//! Fixes verified (issue 21 item 4): a wasm-bindgen finding directory in
//! `corpus/regressions/` carries `fix.patch`, a patch against wasm-bindgen's
//! source at the release it was found on (upstream's layout, `patch -p1`).
//! [`check`] builds the CLI and the guest from that release's source tree
//! with the patch applied ([`patched_tree`]) and asks what the patch must
//! do:
//!
//! - the finding's program, replayed on the patched lane, matches the model:
//!   its known defect no longer matches, nothing else breaks;
//! - the corpus on the V8 engines has nothing newly failing against the
//!   unpatched release (programs that passed, or failed only by a known
//!   defect, still do; the ones the patch fixes are listed, and so are those
//!   where removing its defect lets the run agree with the model further, up
//!   to another known defect or a declared hazard the first one masked);
//! - the fixed artifacts (each encoding's glue and module) are written to
//!   `<finding>/fixed/` with their provenance, and the finding's repro is
//!   rewritten with the same code (its embedded program bytes follow the
//!   guest's encoding) and run against them.
//!
//! Building a patched tree costs a CLI build (about a minute with the shared
//! cargo target directory) and a guest build per encoding; both are cached by
//! the tree's content hash, so a second check is quick.

use crate::case::Harness;
use crate::corpus::{self, Status};
use crate::engine::{self, EngineOptions};
use crate::guest::wbg::{self, Version, Wbg};
use crate::guest::{known, Lane};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The patch a finding directory carries.
pub const PATCH: &str = "fix.patch";
/// Other findings' patches its check applies first, one path (relative to
/// the directory) a line: the glue findings' probe also shows F5, whose fix
/// is F5's own patch.
pub const WITH: &str = "fix.with";
/// Where the fixed artifacts go in a finding directory.
pub const FIXED: &str = "fixed";
/// The provenance of the fixed artifacts.
pub const PROVENANCE: &str = "PROVENANCE.txt";

/// A finding's fix: its directory, the release it was found on, its patch.
#[derive(Clone, Debug)]
pub struct Fix {
    pub dir: PathBuf,
    pub release: Version,
    pub patch: PathBuf,
    /// Patches of other findings applied before it ([`WITH`]).
    pub with: Vec<PathBuf>,
    /// Found on the JSPI lane (`Lane::jspi`, its `finding.json`): the
    /// patched lane is that one too.
    pub jspi: bool,
}

/// The release in a regression directory's name (`wasm-bindgen-0.2.130-...`).
fn release_in_name(dir: &Path) -> Option<Version> {
    let name = dir.file_name()?.to_string_lossy().to_string();
    name.strip_prefix("wasm-bindgen-")?.split('-').next()?.parse().ok()
}

impl Fix {
    /// The fix of a finding directory: its `fix.patch` and the release it
    /// was found on (its `finding.json`, else its name).
    pub fn of(dir: &Path) -> Result<Fix> {
        let patch = dir.join(PATCH);
        if !patch.is_file() {
            bail!("{} has no {PATCH}", dir.display());
        }
        let meta = crate::findings::read_meta(dir).ok().flatten();
        let jspi = meta.as_ref().is_some_and(|m| m.lane.jspi);
        let recorded = meta.and_then(|m| m.toolchain.guest.and_then(|g| g.wasm_bindgen)).and_then(|v| v.parse().ok());
        let release = recorded.or_else(|| release_in_name(dir)).with_context(|| format!("which wasm-bindgen release was {} found on?", dir.display()))?;
        let with = std::fs::read_to_string(dir.join(WITH))
            .map(|t| t.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| dir.join(l)).collect())
            .unwrap_or_default();
        Ok(Fix { dir: dir.to_path_buf(), release, patch, with, jspi })
    }

    /// Every patch its check applies, in order: [`WITH`]'s, then its own.
    pub fn patches(&self) -> Vec<PathBuf> {
        self.with.iter().cloned().chain([self.patch.clone()]).collect()
    }

    /// FNV-1a over the patches' contents: what the fixed artifacts record.
    fn patch_hash(&self) -> Result<u64> {
        let texts: Vec<String> = self.patches().iter().map(|p| std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))).collect::<Result<_>>()?;
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        Ok(crate::fnv::hash_parts(&refs))
    }

    /// Every finding directory under `regressions` with a fix to
    /// wasm-bindgen (a workers-rs finding's `fix.patch` is to worker-build's
    /// shim: tests/workers_rs_lane.rs checks it).
    pub fn all(regressions: &Path) -> Result<Vec<Fix>> {
        let mut out = Vec::new();
        let workers_rs = |p: &Path| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("workers-rs-"));
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(regressions)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.join(PATCH).is_file() && !workers_rs(p))
            .collect();
        dirs.sort();
        for d in dirs {
            out.push(Fix::of(&d)?);
        }
        Ok(out)
    }

    /// Whether this is a program finding (a `.reentry` program the lane
    /// runs), not a glue finding shown with a probe crate.
    pub fn has_program(&self) -> bool {
        self.dir.join("program.reentry").is_file()
    }
}

fn trees_dir() -> PathBuf {
    wbg::cli::cache_dir().join("trees")
}

/// The pristine source tree of a release (assembled from crates.io once,
/// then cached).
pub fn release_tree(v: Version, log: &dyn Fn(&str)) -> Result<PathBuf> {
    let dir = trees_dir().join(v.to_string());
    if dir.join(wbg::tree::ASSEMBLED).is_file() {
        return Ok(dir);
    }
    let tmp = trees_dir().join(format!("{v}.tmp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    wbg::tree::assemble(v, &tmp, log)?;
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::rename(&tmp, &dir)?;
    Ok(dir)
}

/// The release's tree with `patches` applied in order (cached by the
/// patches' contents). The tree records what was applied in
/// [`wbg::tree::PATCHES`]: the finding each patch fixes, so that the model
/// drops a profile entry that fix removes (`profile::Entry::removed_by`).
pub fn patched_tree(v: Version, patches: &[PathBuf], log: &dyn Fn(&str)) -> Result<PathBuf> {
    let texts: Vec<String> = patches.iter().map(|p| std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))).collect::<Result<_>>()?;
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let dir = trees_dir().join(format!("{v}-fix-{:016x}", crate::fnv::hash_parts(&refs)));
    if dir.join(wbg::tree::PATCHES).is_file() {
        return Ok(dir);
    }
    let pristine = release_tree(v, log)?;
    let tmp = dir.with_extension(format!("tmp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let st = Command::new("cp").arg("-a").arg(&pristine).arg(&tmp).status().context("running cp")?;
    if !st.success() {
        bail!("copying {} failed", pristine.display());
    }
    let mut applied = String::new();
    for (p, text) in patches.iter().zip(&texts) {
        if let Err(e) = crate::guest::build::apply_patch(&tmp, p) {
            let _ = std::fs::remove_dir_all(&tmp);
            bail!("{} does not apply to wasm-bindgen {v}:\n{e:#}", p.display());
        }
        let finding = p.parent().and_then(|d| d.canonicalize().ok()).and_then(|d| d.file_name().map(|n| n.to_string_lossy().to_string())).unwrap_or_default();
        applied.push_str(&format!("{finding} {} {:016x}\n", p.display(), crate::fnv::hash(text.as_bytes())));
        log(&format!("applied {} to wasm-bindgen {v}", p.display()));
    }
    std::fs::write(tmp.join(wbg::tree::PATCHES), applied)?;
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::rename(&tmp, &dir)?;
    Ok(dir)
}

/// A corpus program whose status the patch changed.
#[derive(Clone, Debug)]
pub struct Change {
    pub file: PathBuf,
    pub before: String,
    pub after: String,
}

/// What [`check`] found.
#[derive(Debug)]
pub struct Report {
    pub finding: PathBuf,
    pub release: Version,
    pub tree: Wbg,
    pub engines: Vec<String>,
    /// The finding's program on the patched lane: `None` if it matches the
    /// model, else what still breaks (a glue finding has no program).
    pub replay: Option<Option<String>>,
    /// The finding's repro: a program finding's `repro.mjs` as committed and
    /// with `--fixed`, a glue finding's probe repro on the fixed build per
    /// encoding; whether each exited as it must, and what it printed.
    pub repro: Vec<(String, bool, String)>,
    pub programs: usize,
    /// Programs that fail on the patched lane and did not on the release.
    pub newly_failing: Vec<Change>,
    /// Programs the patch fixed (known defect or failure before, pass after).
    pub fixed: Vec<Change>,
    /// Programs where the patch removed the known divergence and the run then
    /// agrees with the model for longer, up to another known defect the first
    /// one masked (a glue fix that lets a refusal unwind into a pad that
    /// panics meets rustc's missing terminate pad): not newly failing.
    pub unmasked: Vec<Change>,
}

impl Report {
    pub fn passed(&self) -> bool {
        self.newly_failing.is_empty() && !matches!(self.replay, Some(Some(_))) && self.repro.iter().all(|(_, ok, _)| *ok)
    }
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{}: fix.patch on wasm-bindgen {} ({})", self.finding.display(), self.release, self.tree)?;
        match &self.replay {
            Some(None) => writeln!(f, "  the finding's program matches the model on the patched lane ({})", self.engines.join(", "))?,
            Some(Some(why)) => writeln!(f, "  FAIL the finding's program still diverges on the patched lane: {why}")?,
            None => writeln!(f, "  (a glue finding: its probe repro decides)")?,
        }
        for (enc, ok, out) in &self.repro {
            let last = out.lines().last().unwrap_or("");
            writeln!(f, "  {} {enc}: {last}", if *ok { "ok" } else { "FAIL" })?;
            if !ok {
                for l in out.lines().filter(|l| l.starts_with("REPRODUCES") || l.starts_with("    got")) {
                    writeln!(f, "    {l}")?;
                }
            }
        }
        writeln!(
            f,
            "  corpus on {}: {} programs, {} newly failing, {} fixed",
            self.engines.join(", "),
            self.programs,
            self.newly_failing.len(),
            self.fixed.len()
        )?;
        for c in &self.newly_failing {
            writeln!(f, "  NEWLY FAILING {}: {} -> {}", c.file.display(), c.before, c.after)?;
        }
        for c in &self.fixed {
            writeln!(f, "  fixed {}: {} -> {}", c.file.display(), c.before, c.after)?;
        }
        for c in &self.unmasked {
            writeln!(f, "  unmasked {}: {} -> {} (past its divergence: one it masked)", c.file.display(), c.before, c.after)?;
        }
        Ok(())
    }
}

fn status_text(s: &Status) -> String {
    match s {
        Status::Pass => "pass".into(),
        Status::Known(ids) => format!("known defect {}", ids.join(", ")),
        Status::Unsupported(id) => format!("not run ({id})"),
        Status::Fail(p) => format!("FAIL {}", p.first().and_then(|l| l.lines().next()).unwrap_or("")),
    }
}

/// The V8 engines the wasm-bindgen lane runs on here (compat pins aside).
pub fn v8_engines() -> Vec<String> {
    engine::registry::all()
        .filter(|r| r.lanes.contains(&Lane::RUSTC_WASM_BINDGEN) && !r.compat_only() && engine::available(r.name).is_ok())
        .map(|r| r.name.to_string())
        .collect()
}

/// Every corpus program's status on a lane.
fn corpus_statuses(lane: Lane, engines: &[String], files: &[PathBuf], o: &EngineOptions) -> Result<Vec<(Status, Option<usize>)>> {
    let mut h = Harness::for_lane(engines, o, None, lane)?;
    Ok(files
        .iter()
        .map(|f| {
            let (status, result) = corpus::check(&mut h, f, true);
            (status, result.and_then(|r| first_known_divergence(&r)))
        })
        .collect())
}

/// Where the earliest run a known defect explains first leaves the model.
fn first_known_divergence(r: &crate::case::CaseResult) -> Option<usize> {
    r.known.iter().filter_map(|(_, v)| match v {
        crate::oracle::Verdict::Mismatch(m) => Some(m.index),
        crate::oracle::Verdict::EngineFailure { .. } => None,
    }).min()
}

/// How a corpus program's status moved from the release to the patched
/// tree, each with its first known divergence. `expected` says of a known
/// defect's id whether the patched tree is to show it where another was: a
/// declared hazard, or a defect that reaches further with a fix the tree
/// carries (`KnownDefect::with_fix`).
fn classify(b: &(Status, Option<usize>), a: &(Status, Option<usize>), expected: &dyn Fn(&str) -> bool) -> Moved {
    let fails = |s: &Status| matches!(s, Status::Fail(_));
    match (b, a) {
        ((b, _), (a, _)) if fails(a) && !fails(b) => Moved::NewlyFailing,
        // Another known defect than before is a new divergence, unless the
        // patch removed one (a defect it fixes: on its tree that defect no
        // longer applies) and the run now goes further, or gets as far into
        // one expected there (a refusal the fix makes, unwinding a
        // wasm-bindgen-futures poll: the declared hazard).
        ((Status::Known(x), before), (Status::Known(y), after)) if y.iter().any(|d| !x.contains(d)) => {
            let new_are_expected = y.iter().filter(|d| !x.contains(d)).all(|d| expected(d));
            let further = matches!((before, after), (Some(b), Some(a)) if a > b || (a == b && new_are_expected));
            if further && x.iter().any(|d| !y.contains(d)) {
                Moved::Unmasked
            } else {
                Moved::NewlyFailing
            }
        }
        ((Status::Known(_) | Status::Fail(_), _), (Status::Pass, _)) => Moved::Fixed,
        _ => Moved::Same,
    }
}

#[derive(Debug, PartialEq)]
enum Moved {
    Same,
    Fixed,
    NewlyFailing,
    Unmasked,
}

/// Build the patched lane of a fix and check it (see the module doc).
pub fn check(fix: &Fix, engines: &[String], corpus_dir: &Path, o: &EngineOptions, log: &dyn Fn(&str)) -> Result<Report> {
    let tree = patched_tree(fix.release, &fix.patches(), log)?;
    let patched = Lane { jspi: fix.jspi, ..Lane::wasm_bindgen(Wbg::tree(&tree)) };
    let release = Lane { jspi: fix.jspi, ..Lane::wasm_bindgen(Wbg::release(fix.release)) };
    // Those of the engines that run the lane's encodings (the JSPI lane's
    // are exnref only; an engine without JSPI then declines by its fact).
    let engines: Vec<String> = engines.iter().filter(|e| engine::check_lane(e, release).is_ok()).cloned().collect();
    let engines = &engines[..];
    let replay = if fix.has_program() {
        let (program, _) = crate::findings::program::read(&fix.dir)?;
        let mut h = Harness::for_lane(engines, o, None, patched)?;
        let r = h.check(program);
        let still: Vec<String> = r.verdicts.iter().map(|v| v.label()).chain(r.known.iter().map(|(d, _)| format!("known defect {}", d.id))).collect();
        Some((!still.is_empty()).then(|| still.join(", ")))
    } else {
        None
    };
    let files = corpus::files(&[corpus_dir.to_path_buf()])?;
    log(&format!("corpus on wasm-bindgen {} and on the patched tree ({} programs) ...", fix.release, files.len()));
    let before = corpus_statuses(release, engines, &files, o)?;
    let after = corpus_statuses(patched, engines, &files, o)?;
    let expected = |id: &str| {
        known::KNOWN.iter().any(|k| k.id == id && (k.hazard.is_some() || k.with_fix.is_some_and(|(f, _)| patched.wbg.carries_fix(f))))
    };
    let (mut newly_failing, mut fixed, mut unmasked) = (Vec::new(), Vec::new(), Vec::new());
    for ((file, b), a) in files.iter().zip(&before).zip(&after) {
        let change = Change { file: file.clone(), before: status_text(&b.0), after: status_text(&a.0) };
        match classify(b, a, &expected) {
            Moved::NewlyFailing => newly_failing.push(change),
            Moved::Fixed => fixed.push(change),
            Moved::Unmasked => unmasked.push(change),
            Moved::Same => {}
        }
    }
    let repro = if fix.has_program() {
        write_fixed(fix, patched, &tree)?;
        // The fixed guest reads the program bytes the repro embeds as this
        // code encodes them: the repro is rewritten with it (on the release).
        crate::findings::rewrite_repro(&fix.dir, None, None)?;
        repro_both_ways(fix)?
    } else {
        probe_repro(fix, patched.wbg, &tree, log)?
    };
    Ok(Report { finding: fix.dir.clone(), release: fix.release, tree: patched.wbg, engines: engines.to_vec(), replay, repro, programs: files.len(), newly_failing, fixed, unmasked })
}

/// A glue finding (a probe crate with `build.sh` and `repro.js`): build
/// the probe against the patched tree into `<finding>/fixed/`, then run
/// `node --expose-gc repro.js <encoding> fixed` for each encoding.
fn probe_repro(fix: &Fix, tree_wbg: Wbg, tree: &Path, log: &dyn Fn(&str)) -> Result<Vec<(String, bool, String)>> {
    let out = fix.dir.join(FIXED);
    let target = wbg::cli::cache_dir().join("probe").join(tree_wbg.key());
    log(&format!("building {}/probe against the patched tree ...", fix.dir.display()));
    let results = run_probe(&fix.dir, tree_wbg, &[("WBG_TREE", tree.as_os_str())], &out, &target)?;
    std::fs::write(out.join(PROVENANCE), provenance(fix, tree)?)?;
    Ok(results)
}

/// Build a glue finding's probe crate with `wbg`'s CLI (`build.sh`, with
/// `env` saying which crates) into `out`, and run its `repro.js` on the
/// build in each encoding with node 26: (encoding, exited 0, output).
pub fn run_probe(dir: &Path, wbg: Wbg, env: &[(&str, &std::ffi::OsStr)], out: &Path, target: &Path) -> Result<Vec<(String, bool, String)>> {
    let cli = wbg::cli::cli(wbg)?;
    // repro.js resolves OUT against its own directory.
    let out = &std::path::absolute(out)?;
    let built = Command::new("sh")
        .arg(dir.join("build.sh"))
        .envs(env.iter().copied())
        .env("WASM_BINDGEN", &cli)
        .env("OUT", out)
        .env("TARGET", target)
        .output()
        .context("running build.sh")?;
    if !built.status.success() {
        bail!("{}/build.sh with wasm-bindgen {wbg} failed:\n{}", dir.display(), String::from_utf8_lossy(&built.stderr));
    }
    let spec = engine::worker::spec("node26").context("node26 is a registered engine")?;
    let node = engine::worker::executable(spec).map_err(|e| anyhow::anyhow!(e))?;
    let mut results = Vec::new();
    for enc in crate::compile::Encoding::ALL {
        let r = Command::new(&node).arg("--expose-gc").arg(dir.join("repro.js")).arg(enc.name()).arg(out).output()?;
        let text = String::from_utf8_lossy(&r.stdout).to_string() + &String::from_utf8_lossy(&r.stderr);
        results.push((enc.name().to_string(), r.status.code() == Some(0), text));
    }
    Ok(results)
}

/// Write the patched lane's artifacts (per encoding: the CLI's glue and the
/// guest module) to `<finding>/fixed/`, with their provenance.
fn write_fixed(fix: &Fix, patched: Lane, tree: &Path) -> Result<()> {
    let out = fix.dir.join(FIXED);
    let _ = std::fs::remove_dir_all(&out);
    for &enc in patched.encodings() {
        let m = crate::guest::module(patched, enc, None)?;
        let d = out.join(enc.name());
        std::fs::create_dir_all(&d)?;
        std::fs::write(d.join("guest_bg.wasm"), m.wasm.as_slice())?;
        std::fs::write(d.join("guest.js"), m.js.as_deref().unwrap_or_default())?;
    }
    std::fs::write(out.join(PROVENANCE), provenance(fix, tree)?)?;
    Ok(())
}

/// The finding's committed `repro.mjs` both ways with node 26: as committed
/// (must exit 1: the bug on the release) and with `--fixed` (must exit 0 on
/// the artifacts [`write_fixed`] wrote).
fn repro_both_ways(fix: &Fix) -> Result<Vec<(String, bool, String)>> {
    let spec = engine::worker::spec("node26").context("node26 is a registered engine")?;
    let node = engine::worker::executable(spec).map_err(|e| anyhow::anyhow!(e))?;
    let mut out = Vec::new();
    for (args, want) in [(&[][..], 1), (&["--fixed"][..], 0)] {
        let r = Command::new(&node).arg("repro.mjs").args(args).current_dir(&fix.dir).output().context("running repro.mjs")?;
        let text = String::from_utf8_lossy(&r.stdout).to_string() + &String::from_utf8_lossy(&r.stderr);
        let name = format!("repro.mjs {}(exit {want} wanted)", args.iter().map(|a| format!("{a} ")).collect::<String>());
        out.push((name, r.status.code() == Some(want), text));
    }
    Ok(out)
}

/// What the fixed artifacts were built from: the release, the patch's hash,
/// the tree's content hash. A test compares it with the patch in the
/// directory, so a changed patch without rebuilt artifacts is caught.
pub fn provenance(fix: &Fix, tree: &Path) -> Result<String> {
    let id = wbg::tree::identify(tree)?;
    let with: Vec<String> = fix.with.iter().map(|p| p.display().to_string()).collect();
    let with = if with.is_empty() { String::new() } else { format!(" after {}", with.join(", ")) };
    Ok(format!(
        "wasm-bindgen {} from crates.io, with {PATCH}{with} (fnv {:016x}) applied: tree content hash {}\n\
         built by `reentry fix-check {}` ({})\n",
        fix.release,
        fix.patch_hash()?,
        id.hash,
        fix.dir.display(),
        crate::guest::build::toolchain().map(|t| t.rustc_version().to_string()).unwrap_or_default()
    ))
}

/// Whether a finding's `fixed/` was built from its current `fix.patch`.
pub fn provenance_matches(fix: &Fix) -> Result<bool> {
    let recorded = std::fs::read_to_string(fix.dir.join(FIXED).join(PROVENANCE)).with_context(|| format!("{} has no {FIXED}/{PROVENANCE}", fix.dir.display()))?;
    Ok(recorded.contains(&format!("(fnv {:016x})", fix.patch_hash()?)) && recorded.contains(&format!("wasm-bindgen {} ", fix.release)))
}

/// Whether `d` is among the known defects the patch is meant to remove (by
/// the directory it names): for reports.
pub fn defect_of(fix: &Fix) -> Option<&'static known::KnownDefect> {
    let name = fix.dir.file_name()?.to_string_lossy().to_string();
    known::KNOWN.iter().find(|d| d.id == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regression_directory_names_its_release() {
        assert_eq!(release_in_name(Path::new("corpus/regressions/wasm-bindgen-0.2.130-glue")).map(|v| v.to_string()), Some("0.2.130".into()));
        assert_eq!(release_in_name(Path::new("corpus/regressions/rustc-1.96-x")), None);
    }

    #[test]
    fn another_known_defect_is_unmasked_only_past_the_fixed_ones_divergence() {
        let (f11, rustc) = ("wasm-bindgen-0.2.130-borrowed-closure-has-no-instance-check", "rustc-1.96-wasm-no-terminate-in-cleanup");
        let known = |ids: &[&'static str], at| (Status::Known(ids.to_vec()), Some(at));
        let hazard = "wasm-bindgen-futures-0.4.80-unwinding-poll-never-settles";
        let classify = |b: &(Status, Option<usize>), a: &(Status, Option<usize>)| classify(b, a, &|id: &str| id == hazard);
        assert_eq!(classify(&known(&[f11], 22), &known(&[rustc], 25)), Moved::Unmasked);
        assert_eq!(classify(&known(&[f11], 22), &known(&[rustc], 22)), Moved::NewlyFailing, "not further along");
        assert_eq!(classify(&known(&[f11], 15), &known(&[hazard], 15)), Moved::Unmasked, "as far, into one expected there");
        assert_eq!(classify(&known(&[f11], 15), &known(&[hazard], 14)), Moved::NewlyFailing);
        assert_eq!(classify(&known(&[f11], 22), &known(&[rustc], 19)), Moved::NewlyFailing, "earlier: the patch's");
        assert_eq!(classify(&known(&[f11], 22), &known(&[f11, rustc], 25)), Moved::NewlyFailing, "nothing removed");
        let other = "wasm-bindgen-0.2.130-stale-handle-runs-after-guard-reset";
        assert_eq!(classify(&known(&[other, f11], 22), &known(&[other, rustc], 25)), Moved::Unmasked, "one of two removed");
        assert_eq!(classify(&known(&[f11], 22), &(Status::Fail(vec!["p5".into()]), None)), Moved::NewlyFailing);
        assert_eq!(classify(&known(&[f11], 22), &(Status::Pass, None)), Moved::Fixed);
        assert_eq!(classify(&known(&[f11], 22), &known(&[f11], 22)), Moved::Same);
    }
}
