//! `reentry nightly` end to end, as CI runs it (the real binary, small
//! budgets, the in-process engines): its reports validate (report.json
//! against reports/nightly.schema.json with ajv, junit.xml against the JUnit
//! XSD with xmllint, report.html rendered by headless Chromium with its
//! charts); a seeded bug is a new finding against a clean baseline (exit 1),
//! still failing on replay the next night (persisting) and fixed once the
//! bug is gone; SIGINT leaves a valid partial report with every finding; a
//! corrupt baseline is a clear error and the run still reports; an engine
//! that does not start is a red row. Missing tools are SKIP lines, failures
//! under CI (scripts/install-test-tools.sh installs them).

use crate::common::*;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const ENGINES: &str = "wasmtime,v8";
const MUTANT: &str = "hook-never";

/// The first [`CORPUS_PROGRAMS`] corpus programs with their expected
/// traces: the checks phase is untimed and eats into the budget, so on the
/// whole corpus a loaded machine leaves the timed phases nothing.
const CORPUS_PROGRAMS: usize = 30;

fn small_corpus() -> &'static Path {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = temp("nightly-corpus");
        let src = repo().join("corpus");
        let mut programs: Vec<String> = std::fs::read_dir(&src).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".reentry")).collect();
        programs.sort();
        for p in programs.iter().take(CORPUS_PROGRAMS) {
            let stem = p.trim_end_matches(".reentry");
            for e in std::fs::read_dir(&src).unwrap().flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if name.split('.').next() == Some(stem) && e.path().is_file() {
                    std::fs::copy(e.path(), dir.join(&name)).unwrap();
                }
            }
        }
        dir
    })
}

/// `reentry nightly` on [`ENGINES`] (unless `extra` names others), over
/// [`small_corpus`].
fn nightly(out: &Path, budget: &str, extra: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_reentry"));
    c.current_dir(repo()).args(["nightly", "--quiet", "--jobs", "1", "--seed", "7", "--budget", budget, "--out"]).arg(out).args(extra);
    c.arg("--corpus").arg(small_corpus());
    if !extra.contains(&"--engines") {
        c.args(["--engines", ENGINES]);
    }
    c
}

/// A run's budget: `timed` seconds for the timed phases and the reserve,
/// plus one and a half times what the checks took here. The checks run
/// untimed first, and on a machine the suite loads (tests run in parallel)
/// they took 5 to 12 s of a fixed 14 s budget, starving the timed phases the
/// assertions are about. Measured once, with the seeded bug: its checks save
/// a finding per failing corpus program, the slower kind.
fn budget(timed: u64) -> String {
    budget_on(ENGINES, timed)
}

/// [`budget`] for a run on `engines` (their checks measured once each).
fn budget_on(engines: &str, timed: u64) -> String {
    static CHECKS: std::sync::Mutex<Vec<(String, f64)>> = std::sync::Mutex::new(Vec::new());
    let mut measured = CHECKS.lock().unwrap_or_else(|e| e.into_inner());
    let checks = match measured.iter().find(|(e, _)| e == engines) {
        Some((_, s)) => *s,
        None => {
            let dir = temp("nightly-checks-time");
            run(nightly(&dir, "1s", &["--mutant", MUTANT, "--engines", engines]));
            let phase = &report(&dir)["phases"][0];
            assert_eq!(phase["name"], "checks", "{phase}");
            let _ = std::fs::remove_dir_all(&dir);
            let s = phase["elapsed_seconds"].as_f64().unwrap();
            measured.push((engines.to_string(), s));
            s
        }
    };
    format!("{}s", (1.5 * checks).ceil() as u64 + timed)
}

fn run(mut c: Command) -> Output {
    let t = Instant::now();
    let out = c.output().expect("reentry runs");
    eprintln!("{:?} -> {:?} in {:.1?}", c.get_args().collect::<Vec<_>>(), out.status.code(), t.elapsed());
    out
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn report(dir: &Path) -> Value {
    let path = dir.join("report.json");
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

/// The engines the runs use are built in; under CI they must be there.
/// The real guest is built first, once: a cold build takes longer than a
/// run's budget, and the checks (untimed) would leave the campaigns nothing.
fn engines_here() -> bool {
    static GUESTS: std::sync::OnceLock<()> = std::sync::OnceLock::new();
    GUESTS.get_or_init(|| {
        use reentry::{compile::Encoding, guest::Lane};
        for lane in [Lane::RUSTC, Lane::RUSTC_WASM_BINDGEN] {
            for encoding in [Encoding::Exnref, Encoding::Legacy] {
                match reentry::guest::module(lane, encoding, None) {
                    Ok(_) => {}
                    Err(e) if under_ci() => panic!("the {lane} guest ({encoding:?}) does not build under CI: {e:#}"),
                    Err(e) => eprintln!("SKIP the {lane} lane: its guest does not build ({e:#})"),
                }
            }
        }
    });
    available_engines(|r| ENGINES.split(',').any(|e| e == r.name)).len() == 2
}

fn schema(name: &str) -> PathBuf {
    repo().join("reports").join(name)
}

/// report.json validates against its schema, and a broken copy does not.
fn assert_json_valid(dir: &Path) {
    if !ajv_installed() {
        return;
    }
    let compat = schema("compat.schema.json");
    let doc = dir.join("report.json");
    let out = validate_json(&schema("nightly.schema.json"), &[&compat], &doc);
    assert!(out.status.success(), "{}", text(&out));
    let json = std::fs::read_to_string(&doc).unwrap();
    let bad = dir.join("bad-report.json");
    std::fs::write(&bad, json.replacen("\"status\": \"", "\"status\": \"maybe-", 1)).unwrap();
    assert_eq!(validate_json(&schema("nightly.schema.json"), &[&compat], &bad).status.code(), Some(1), "a bad status must not validate");
    // What this run did not make, the nightly script's runs do: the fixes
    // phase (`--fixes`), and a lane named with its release and panic strategy.
    use reentry::guest::{wbg::Wbg, Lane, Panic};
    let lane = Lane::wasm_bindgen(Wbg::parse("0.2.125").unwrap()).with_panic(Panic::Abort).to_string();
    let other = json.replacen("\"name\": \"checks\"", "\"name\": \"fixes\"", 1).replace("\"generated\"", &format!("\"{lane}\""));
    assert_ne!(other, json);
    std::fs::write(&bad, other).unwrap();
    let out = validate_json(&schema("nightly.schema.json"), &[&compat], &bad);
    assert!(out.status.success(), "the fixes phase and the lane {lane}: {}", text(&out));
    std::fs::remove_file(&bad).unwrap();
}

fn xmllint() -> Option<(PathBuf, PathBuf)> {
    let bin = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].iter().map(PathBuf::from).find(|p| p.is_file());
    let xsd = repo().join("scripts/tools/junit-10.xsd");
    Some((tool("xmllint (Debian libxml2-utils)", bin)?, tool("the JUnit XSD (scripts/tools/junit-10.xsd)", xsd.is_file().then_some(xsd.clone()))?))
}

/// junit.xml validates against the JUnit XSD, and a broken copy does not.
fn assert_junit_valid(dir: &Path) {
    let Some((xmllint, xsd)) = xmllint() else { return };
    let lint = |f: &Path| Command::new(&xmllint).arg("--noout").arg("--schema").arg(&xsd).arg(f).output().unwrap();
    let junit = dir.join("junit.xml");
    let out = lint(&junit);
    assert!(out.status.success(), "{}", text(&out));
    let xml = std::fs::read_to_string(&junit).unwrap();
    let bad = dir.join("bad-junit.xml");
    std::fs::write(&bad, xml.replacen(" tests=\"", " testz=\"", 2)).unwrap();
    assert!(!lint(&bad).status.success(), "a testsuite without `tests` must not validate");
    std::fs::remove_file(&bad).unwrap();
}

/// Every finding directory on disk is in the report (as a finding or a
/// duplicate), and every linked file exists.
fn assert_every_finding_reported(dir: &Path, r: &Value) {
    let mut listed: Vec<String> = Vec::new();
    for f in r["findings"].as_array().unwrap() {
        listed.push(f["directory"].as_str().unwrap().to_string());
        listed.extend(f["duplicates"].as_array().unwrap().iter().map(|d| d.as_str().unwrap().to_string()));
        for l in f["files"].as_array().unwrap() {
            assert!(dir.join(l["path"].as_str().unwrap()).is_file(), "{l}");
        }
    }
    let root = dir.join("findings");
    for store in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        for d in std::fs::read_dir(store.path()).unwrap().flatten() {
            let name = d.file_name().to_string_lossy().to_string();
            assert!(!name.starts_with(".tmp"), "a half-written finding: {}", d.path().display());
            if d.path().join("finding.json").is_file() {
                let rel = d.path().strip_prefix(dir).unwrap().display().to_string();
                assert!(listed.contains(&rel), "{rel} is on disk but not in the report");
            }
        }
    }
}

fn findings_with(r: &Value, status: &str) -> usize {
    r["findings"].as_array().unwrap().iter().filter(|f| f["status"] == status).count()
}

#[test]
fn a_seeded_bug_is_new_against_a_clean_night_then_persisting_then_fixed() {
    if !engines_here() {
        return;
    }
    let root = temp("nightly-baseline");
    let (r1, r3, r4, r5) = (root.join("r1"), root.join("r3"), root.join("r4"), root.join("r5"));

    // The clean night also runs jsc: an engine of another family must
    // validate as the default `--engines all` makes it.
    let jsc = available_engines(|r| r.name == "jsc").len() == 1;
    let engines = if jsc { format!("{ENGINES},jsc") } else { ENGINES.to_string() };
    let out = run(nightly(&r1, &budget_on(&engines, 12), &["--engines", &engines]));
    assert_eq!(out.status.code(), Some(0), "a clean night: {}", text(&out));
    let clean = report(&r1);
    assert_eq!(clean["status"], "complete", "{}", clean["partial_reason"]);
    if jsc {
        assert!(clean["engines"].as_array().unwrap().iter().any(|e| e["name"] == "jsc" && e["family"] == "javascriptcore" && e["state"] == "ok"));
    }
    assert_eq!(clean["findings"].as_array().unwrap().len(), 0);
    assert!(clean["corpus"].as_array().unwrap().len() >= CORPUS_PROGRAMS && clean["conformance"].as_array().unwrap().len() >= 12);
    assert!(!clean["throughput"].as_array().unwrap().is_empty() && !clean["bench"].as_array().unwrap().is_empty());
    assert_json_valid(&r1);
    assert_junit_valid(&r1);

    // The seeded bug: new findings, exit 1.
    let base1 = r1.join("report.json").display().to_string();
    let out = run(nightly(&r3, &budget(9), &["--mutant", MUTANT, "--baseline", &base1]));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let buggy = report(&r3);
    let b = &buggy["baseline"];
    assert!(b["error"].is_null(), "{b}");
    assert!(b["new"].as_u64().unwrap() > 0 && b["persisting"] == 0, "{b}");
    assert!(findings_with(&buggy, "new") > 0);
    assert!(buggy["findings"].as_array().unwrap().iter().any(|f| f["label"] == "p4-hook" && f["found_by"] == "fuzz generated" && f["reduced"] == true));
    assert!(!b["compat_changes"].as_array().unwrap().is_empty(), "the corpus cells changed under the bug");
    assert_every_finding_reported(&r3, &buggy);
    // One seeded bug breaks many corpus programs: report.md groups them
    // into the distinct failures to triage, fewer rows than findings.
    let md = std::fs::read_to_string(r3.join("report.md")).unwrap();
    let n_findings = buggy["findings"].as_array().unwrap().len();
    let groups = md.split("## Distinct failures (").nth(1).and_then(|s| s.split(')').next()).and_then(|n| n.parse::<usize>().ok());
    assert!(groups.is_some_and(|g| g >= 1 && g < n_findings), "{n_findings} findings, groups {groups:?}");
    assert_json_valid(&r3);
    assert_junit_valid(&r3);

    // The same bug the next night: its findings replay and persist (exit 0: nothing new).
    let base3 = r3.join("report.json").display().to_string();
    let out = run(nightly(&r4, &budget(4), &["--mutant", MUTANT, "--baseline", &base3]));
    let again = report(&r4);
    let persisting = findings_with(&again, "persisting");
    assert!(persisting >= buggy["findings"].as_array().unwrap().len(), "every finding of r3 still fails: {}", again["baseline"]);
    assert!(again["findings"].as_array().unwrap().iter().any(|f| f["nights"] == 2));
    assert_eq!(out.status.code(), Some(if findings_with(&again, "new") > 0 { 1 } else { 0 }), "{}", text(&out));

    // The bug gone: every finding of r3 replays clean.
    let out = run(nightly(&r5, &budget(4), &["--baseline", &base3]));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let fixed = report(&r5);
    assert_eq!(fixed["findings"].as_array().unwrap().len(), 0);
    assert_eq!(fixed["baseline"]["fixed"].as_array().unwrap().len(), buggy["findings"].as_array().unwrap().len(), "{}", fixed["baseline"]);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn report_html_renders_with_its_charts_in_headless_chromium() {
    if !engines_here() {
        return;
    }
    let Some(chromium) = chromium() else { return };
    let dir = temp("nightly-html");
    // The fuzz phase gives the throughput chart its data.
    let out = run(nightly(&dir, &budget(10), &["--mutant", MUTANT]));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    for needle in ["<script", "<link", "src=", "http://", "https://", "@import", "url("] {
        assert!(!html.contains(needle), "the page refers to something outside it: {needle}");
    }
    let url = format!("file://{}", dir.join("report.html").display());
    let dom = String::from_utf8_lossy(&headless(&chromium, &["--dump-dom".into(), url.clone()]).stdout).to_string();
    for chart in ["throughput", "findings-chart", "coverage-steps", "coverage-aborts", "coverage-depth"] {
        let at = dom.find(&format!("<figure id=\"{chart}\"")).unwrap_or_else(|| panic!("no chart {chart} in the rendered page"));
        let figure = &dom[at..at + dom[at..].find("</figure>").unwrap()];
        assert!(
            figure.contains("<svg") && (figure.contains("<polyline") || figure.contains("<rect x=\"220")),
            "chart {chart} has no data drawn; the phases: {}",
            report(&dir)["phases"]
        );
    }
    let r = report(&dir);
    let first = r["findings"][0]["files"][0]["path"].as_str().unwrap();
    assert!(dom.contains(&format!("href=\"{first}\"")), "findings link to their files");
    assert!(dom.contains("<table id=\"matrix\""), "the compat matrix is there");
    let shot = dir.join("report.png");
    headless(&chromium, &[format!("--screenshot={}", shot.display()), "--window-size=1400,2400".into(), url]);
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG") && png.len() > 50_000, "{} bytes", png.len());
    eprintln!("screenshot: {}", shot.display());
}

/// Wait for `child`, killing it after `limit`.
fn wait(child: &mut Child, limit: Duration) -> std::process::ExitStatus {
    let t = Instant::now();
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        if t.elapsed() > limit {
            let _ = child.kill();
            panic!("reentry nightly did not end within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn sigint_in_the_middle_leaves_a_valid_partial_report_with_every_finding() {
    if !engines_here() {
        return;
    }
    let dir = temp("nightly-sigint");
    let mut c = nightly(&dir, "120s", &["--mutant", MUTANT]);
    let mut child = c.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    // In the middle: the checks are written, the first campaign has begun.
    let t = Instant::now();
    loop {
        let started = std::fs::read_to_string(dir.join("report.json"))
            .ok()
            .and_then(|s| serde_json::from_str::<Value>(&s).ok())
            .is_some_and(|r| r["phases"][0]["state"] == "done");
        if started {
            break;
        }
        assert!(t.elapsed() < Duration::from_secs(90), "the checks never finished");
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_secs(3));
    // SAFETY: signalling the child this test started, by its pid.
    assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGINT) }, 0);
    let status = wait(&mut child, Duration::from_secs(60));
    let r = report(&dir);
    assert_eq!(r["status"], "partial");
    assert_eq!(r["partial_reason"], "stopped by SIGINT");
    let phases = r["phases"].as_array().unwrap();
    assert_eq!(phases[1]["name"], "fuzz generated");
    assert_eq!(phases[1]["state"], "interrupted", "{}", phases[1]);
    assert!(phases[2..].iter().all(|p| p["state"] == "skipped"), "{phases:?}");
    assert!(r["elapsed_seconds"].as_f64().unwrap() < r["budget_seconds"].as_f64().unwrap(), "it stopped, it did not run out its budget");
    // The seeded bug was found before the signal: exit 1, and nothing is lost.
    assert!(findings_with(&r, "new") > 0);
    assert_eq!(status.code(), Some(1));
    assert_every_finding_reported(&dir, &r);
    assert_json_valid(&dir);
    assert_junit_valid(&dir);
    for f in ["report.md", "report.html"] {
        assert!(std::fs::read_to_string(dir.join(f)).unwrap().contains("stopped by SIGINT"), "{f}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().filter(|e| e.file_name().to_string_lossy().contains(".tmp")).collect();
    assert!(leftovers.is_empty(), "every report file is written atomically: {leftovers:?}");
}

#[test]
fn a_corrupt_baseline_is_a_clear_error_and_the_run_still_reports() {
    if !engines_here() {
        return;
    }
    let dir = temp("nightly-corrupt");
    let bad = dir.join("garbage.json");
    std::fs::write(&bad, "{\"schema\": \"reentry-nightly\", \"schema_version\": 1, \"findings\": [").unwrap();
    let out_dir = dir.join("out");
    let out = run(nightly(&out_dir, &budget(3), &["--baseline", &bad.display().to_string()]));
    let said = text(&out);
    assert!(said.contains(&format!("{}: not a reentry nightly report: not valid JSON", bad.display())), "{said}");
    assert_eq!(out.status.code(), Some(0), "{said}");
    let r = report(&out_dir);
    let b = &r["baseline"];
    assert!(b["error"].as_str().unwrap().starts_with(&bad.display().to_string()), "{b}");
    assert_eq!(b["new"], 0);
    assert!(!r["corpus"].as_array().unwrap().is_empty(), "the run went on without the comparison");
    assert!(std::fs::read_to_string(out_dir.join("report.md")).unwrap().contains("The baseline could not be used"));
    assert_json_valid(&out_dir);
}

#[test]
fn an_engine_that_does_not_start_is_a_red_row_not_a_crash() {
    if !engines_here() {
        return;
    }
    // An engines directory whose node26 is an executable that dies at once.
    let dir = temp("nightly-red-row");
    let engines = dir.join("engines");
    std::fs::create_dir_all(engines.join("node_modules/node26/bin")).unwrap();
    for entry in std::fs::read_dir(repo().join("engines")).unwrap().flatten() {
        if entry.file_name() != "node_modules" {
            std::os::unix::fs::symlink(entry.path(), engines.join(entry.file_name())).unwrap();
        }
    }
    let node = engines.join("node_modules/node26/bin/node");
    std::fs::write(&node, "#!/bin/sh\necho 'this node is broken' >&2\nexit 3\n").unwrap();
    std::fs::set_permissions(&node, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let out_dir = dir.join("out");
    let mut c = nightly(&out_dir, &budget(6), &["--engines", "wasmtime,node26"]);
    c.env("REENTRY_ENGINES_DIR", &engines);
    let out = run(c);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let r = report(&out_dir);
    let row = |name: &str| r["engines"].as_array().unwrap().iter().find(|e| e["name"] == name).cloned().unwrap();
    assert_eq!(row("wasmtime")["state"], "ok");
    assert_eq!(row("node26")["state"], "failed", "{}", row("node26"));
    assert!(text(&out).contains("warning: engine node26"), "{}", text(&out));
    // The rest of the night ran without it.
    let fuzz = r["campaigns"].as_array().unwrap().iter().find(|c| c["kind"] == "fuzz").cloned().unwrap();
    assert_eq!(fuzz["engines"], serde_json::json!(["wasmtime"]));
    assert!(std::fs::read_to_string(out_dir.join("junit.xml")).unwrap().contains("name=\"node26\" time=\"0.000\"><error"));
    assert!(std::fs::read_to_string(out_dir.join("report.html")).unwrap().contains("<tr class=\"red\"><td><b>node26</b>"));
}
