//! The subcommands.

use super::{Command, EngineArgs, FindingArgs};
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use reentry::campaign::{self, fuzz, Budget};
use reentry::case::Harness;
use reentry::engine::EngineOptions;
use reentry::findings::{self, program::FindingContext};
use reentry::guest::{Binding, Lane};
use reentry::mutant::Mutant;
use reentry::{compile, corpus, model, text};
use std::io::Write;
use std::process::ExitCode;

pub fn dispatch(cmd: Command) -> anyhow::Result<ExitCode> {
    match cmd {
        Command::Run { paths, engines, verbose, findings } => run(&paths, &engines, verbose, findings.as_deref()),
        Command::Fuzz { engines, campaign: c, per_signature, reduce, stats, jobs } => {
            let cfg = campaign_config(&c, per_signature, jobs);
            let mut target = fuzz::Fuzz::new(engines.engines.clone(), engines.options(), engines.mutant, Default::default(), reduce);
            target.lane = engines.lane.lane()?;
            // What the lane cannot run is never generated (`guest::LANE_FACTS`).
            target.gen = target.lane.gen_config(target.gen.clone());
            fuzz_cmd(&mut target, &cfg, c.quiet, stats)
        }
        Command::Stats { time, cases, seed, lane } => {
            // No lane asked for: every lane, the budget shared among them.
            let lanes: Vec<Lane> = match (lane.guest, lane.binding, lane.panic, lane.jspi) {
                (None, None, None, false) => Lane::ALL.to_vec(),
                _ => vec![lane.lane()?],
            };
            let slice = time / lanes.len() as u32;
            let mut gaps = Vec::new();
            for (n, lane) in lanes.iter().enumerate() {
                let s = reentry::stats::of_lane(*lane, seed, std::time::Instant::now() + slice, cases);
                println!("{}== lane {lane}", if n > 0 { "\n" } else { "" });
                print!("{s}");
                if !s.missing().is_empty() {
                    gaps.push(lane.to_string());
                }
            }
            if lanes.len() > 1 {
                println!("\n{}", if gaps.is_empty() { "every lane: nothing never seen".to_string() } else { format!("NEVER SEEN on: {}", gaps.join(", ")) });
            }
            Ok(if gaps.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        Command::Replay { dir, with } => replay(&dir, with),
        Command::Reduce { dir, with, max_tests } => reduce(&dir, with, max_tests),
        Command::Compile { file, legacy, wat, output, mutant, panic } => {
            let program = parse_file(&file)?;
            let enc = Command::encoding(legacy);
            let bytes = compile::compile(&program, enc, compile::Options { mutant, names: wat || output.is_some(), panic });
            if wat {
                print!("{}", compile::to_wat(&bytes)?);
            } else if let Some(out) = output {
                std::fs::write(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
            } else {
                std::io::stdout().write_all(&bytes)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Model { file, lane } => {
            let program = parse_file(&file)?;
            let lane = lane.lane()?;
            print!("{}", model::run_with(&program, reentry::guest::profile::for_lane(lane, compile::Encoding::Exnref))?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Engines => engines(),
        Command::Bisect { subject, range, scan, engines, corpus, timeout } => bisect(&subject, &range, scan, engines, corpus, timeout),
        Command::FixCheck { dirs, engines, corpus, timeout } => fix_check(dirs, engines, &corpus, timeout),
        Command::WbgTree { version, dir } => {
            let v: reentry::guest::wbg::Version = version.parse()?;
            let used = reentry::guest::wbg::tree::assemble(v, &dir, &|m| eprintln!("wbg-tree: {m}"))?;
            for (name, ver) in &used {
                println!("{name} {ver}");
            }
            let id = reentry::guest::wbg::tree::identify(&dir)?;
            println!("assembled wasm-bindgen {v} in {} (content hash {}); use it with --wasm-bindgen {}", dir.display(), id.hash, dir.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Guests => {
            let started = std::time::Instant::now();
            for (lane, enc, m) in reentry::guest::build_all()? {
                println!("{lane:<20} {:<7} {:016x}  {} bytes{}", enc.name(), m.key, m.wasm.len(), if m.js.is_some() { " + glue" } else { "" });
            }
            println!("guests ready in {} ({:.1?})", reentry::guest::build::target_dir().display(), started.elapsed());
            Ok(ExitCode::SUCCESS)
        }
        Command::Compat(args) => super::compat::run(args),
        Command::Nightly(args) => super::nightly::run(args),
        Command::Seeds { corpus, wast, out } => seeds(&corpus, &wast, &out),
        Command::Conformance { dir, engines, timeout, verbose } => conformance(&dir, &engines, timeout, verbose),
        Command::Load { lane, time, in_flight, panics, aborts, tasks, seed, findings, fix } => {
            let lane = lane.lane_or(reentry::guest::Lane::RUSTC_WORKERS_RS)?;
            let seed = seed.unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_secs()));
            let cfg = reentry::campaign::load::Config { lane, time, in_flight, panics, aborts, tasks, seed, findings: findings.clone(), fixes: fix };
            let report = reentry::campaign::load::run(&cfg)?;
            print!("{}", reentry::campaign::load::render(&report, &findings));
            Ok(if report.clean() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        Command::Smith { campaign: c } => smith(&campaign_config(&c, 1, 1), c.quiet),
        Command::Repro { dir, mutant, no_mutant, output, lane } => {
            let (program, meta) = findings::program::read(&dir)?;
            let mutant = if no_mutant { None } else { mutant.or(meta.as_ref().and_then(|m| m.mutant)) };
            let lane = lane.lane_or(meta.as_ref().map_or(Lane::GENERATED, |m| m.lane))?;
            let with = mutant.map_or(String::new(), |m| format!(" (with mutant {})", m.name()));
            let Some(out) = output else {
                // The script and the page beside it, in the finding.
                for path in findings::rewrite_repro(&dir, Some(lane), Some(mutant))? {
                    println!("wrote {}{with}", path.display());
                }
                return Ok(ExitCode::SUCCESS);
            };
            let title = meta.as_ref().map_or_else(|| dir.display().to_string(), |m| m.label.clone());
            let js = reentry::repro::render_program(&title, &program, lane, mutant, Some(&dir))?;
            std::fs::write(&out, js).with_context(|| format!("writing {}", out.display()))?;
            println!("wrote {}{with}", out.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench { engines, lane, time, seed, mutants, mutant_limit, seeds, soak, no_pin, rounds } => {
            bench(&engines, lane.lane()?, (time, rounds), seed, mutants.then_some((mutant_limit, seeds)), soak, no_pin)
        }
        Command::ImportArtifact { artifact, target, findings, engines } => import_artifact(&artifact, target, &findings, &engines),
        Command::Mutants => {
            for m in Mutant::ALL {
                let place = if m.in_compiler() { "compiler" } else { "glue" };
                println!("{:<34} {place}", m.name());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `reentry engines`: a table of every known engine, each probed (version,
/// encodings and JS-API features as the engine itself reports them), then
/// where each one is and the declared facts that apply to it.
/// A declared text as one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn engines() -> anyhow::Result<ExitCode> {
    use reentry::engine::{self, facts, EngineInfo};
    let mut found: Vec<EngineInfo> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    let mut broken = 0;
    for name in engine::names() {
        if let Err(why) = engine::available(name) {
            missing.push(format!("{name}: not available: {why}"));
            continue;
        }
        match engine::create(name, &EngineOptions::default()) {
            Ok(mut e) => found.push(e.info()),
            Err(err) => {
                broken += 1;
                missing.push(format!("{name}: FAILED to start: {err:#}"));
            }
        }
    }
    // One column per feature any engine reports: yes, no (a declared fact), NO.
    let mut features: Vec<&str> = Vec::new();
    for info in &found {
        for (k, _) in &info.features {
            if !features.contains(&k.as_str()) {
                features.push(k);
            }
        }
    }
    let header = ["engine", "version", "encodings", "lanes"].into_iter().chain(features.iter().copied());
    let mut rows: Vec<Vec<String>> = vec![header.map(String::from).collect()];
    for info in &found {
        let encodings: Vec<&str> = info.encodings.iter().map(|e| e.name()).collect();
        let lanes: Vec<String> = engine::registry::registration(&info.name)
            .map(|r| r.lanes.iter().map(|l| l.to_string()).collect())
            .unwrap_or_default();
        let mut row = vec![info.name.clone(), info.version.clone(), encodings.join(","), lanes.join(",")];
        for f in &features {
            row.push(match info.features.iter().find(|(k, _)| k == f) {
                None => "-".into(),
                Some((_, true)) => "yes".into(),
                Some((_, false)) if facts::missing_feature(&info.name, f).is_some() => "no".into(),
                Some((_, false)) => "NO (undeclared)".into(),
            });
        }
        rows.push(row);
    }
    let widths: Vec<usize> = (0..rows[0].len()).map(|c| rows.iter().map(|r| r[c].len()).max().unwrap_or(0)).collect();
    for row in &rows {
        let cells: Vec<String> = row.iter().zip(&widths).map(|(cell, w)| format!("{cell:<w$}")).collect();
        println!("{}", cells.join("  ").trim_end());
    }
    println!();
    for info in &found {
        println!("{:<w$}  {}", info.name, info.location, w = widths[0]);
    }
    println!("\nfacts (declared in harness/src/engine/: facts.rs for `*`, each family's and engine's own directory):");
    // A fact shared by several engines (the compat pins') is printed once.
    let mut grouped: Vec<(Vec<String>, &str)> = Vec::new();
    for (scope, f) in facts::all() {
        match grouped.iter_mut().find(|(_, what)| *what == f.what) {
            Some((scopes, _)) => scopes.push(scope),
            None => grouped.push((vec![scope], f.what)),
        }
    }
    for (scopes, what) in grouped {
        println!("  [{}] {}", scopes.join(", "), one_line(what));
    }
    println!("\nbinding profiles (harness/src/guest/profile.rs): where a binding's protocol differs from DESIGN.md §1, applied by the model on its lane");
    for binding in [Binding::Reentry, Binding::WasmBindgen] {
        let (both, abort) = (reentry::guest::profile::entries(binding), reentry::guest::profile::abort_entries(binding));
        if both.is_empty() && abort.is_empty() {
            println!("  {}: none (DESIGN.md §1 exactly)", binding.name());
        }
        for (e, abort_only) in both.iter().map(|e| (e, false)).chain(abort.iter().map(|e| (e, true))) {
            let mut only: Vec<&str> = e.encoding.map(|enc| enc.name()).into_iter().collect();
            if abort_only {
                only.push("panic=abort");
            }
            let only = if only.is_empty() { String::new() } else { format!(" ({} only)", only.join(", ")) };
            let seen = if binding == Binding::WasmBindgen { format!(" [seen on {}]", e.seen) } else { String::new() };
            println!("  {} {}{only}{seen}: {}\n      source: {}", binding.name(), e.id, one_line(e.what), one_line(e.source));
        }
    }
    println!("\ndeclared hazards (documented upstream behaviour, counted and shown, never filed; harness/src/guest/known.rs):");
    for d in reentry::guest::known::KNOWN.iter().filter(|d| d.hazard.is_some()) {
        let h = d.hazard.as_ref().expect("filtered");
        println!("  {}: {}
      upstream: {}
      a platform sees: {}", d.id, one_line(d.summary), one_line(h.upstream), one_line(h.platform));
    }
    println!("
known defects of the real toolchain (harness/src/guest/known.rs) and of engines (their directories); write-ups in corpus/regressions/<id>/:");
    for d in facts::known_defects().filter(|d| d.hazard.is_none()) {
        let seen = d.wasm_bindgen.map_or(String::new(), |s| format!(" [wasm-bindgen {s}]"));
        println!("  {}{seen}: {}", d.id, one_line(d.summary));
    }
    println!("\nlane facts (harness/src/guest/mod.rs `LANE_FACTS`: steps a lane does not run, never generated for it):");
    for f in reentry::guest::LANE_FACTS {
        let lane = f.binding.map_or(f.guest.name().to_string(), |b| format!("{}/{}", f.guest.name(), b.name()));
        println!("  [{lane} lane] {}: {}", f.id, one_line(f.what));
    }
    for m in &missing {
        println!("{m}");
    }
    Ok(if broken == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// `reentry fix-check`.
fn fix_check(dirs: Vec<std::path::PathBuf>, engines: Option<Vec<String>>, corpus: &std::path::Path, timeout: std::time::Duration) -> anyhow::Result<ExitCode> {
    use reentry::fixes::{self, Fix};
    let fixes = if dirs.is_empty() { Fix::all(&corpus.join("regressions"))? } else { dirs.iter().map(|d| Fix::of(d)).collect::<anyhow::Result<_>>()? };
    anyhow::ensure!(!fixes.is_empty(), "no finding directory with a {} under {}", fixes::PATCH, corpus.join("regressions").display());
    let engines = engines.unwrap_or_else(fixes::v8_engines);
    let o = EngineOptions { timeout, ..Default::default() };
    let mut failed = 0;
    for fix in &fixes {
        match fixes::check(fix, &engines, corpus, &o, &|m| eprintln!("fix-check: {m}")) {
            Ok(report) => {
                print!("{report}");
                failed += usize::from(!report.passed());
            }
            Err(e) => {
                println!("{}: ERROR {e:#}", fix.dir.display());
                failed += 1;
            }
        }
    }
    println!("{} of {} fixes verified on the whole corpus ({})", fixes.len() - failed, fixes.len(), engines.join(", "));
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// `reentry bisect`.
fn bisect(
    subject: &str,
    range: &str,
    scan: bool,
    engines: Option<Vec<String>>,
    corpus: std::path::PathBuf,
    timeout: std::time::Duration,
) -> anyhow::Result<ExitCode> {
    use reentry::bisect::{self, Options, Subject};
    let (a, b) = reentry::guest::wbg::releases::parse_range(range)?;
    let o = Options { engines, corpus: corpus.clone(), engine: EngineOptions { timeout, ..Default::default() } };
    let log = |m: &str| eprintln!("bisect: {m}");
    let dir = std::path::Path::new(subject);
    if dir.join("probe").is_dir() && dir.join("repro.js").is_file() {
        anyhow::ensure!(scan, "{subject} holds several findings shown with a probe crate: use --scan");
        print!("{}", bisect::probe_scan(dir, a, b, &log)?);
        return Ok(ExitCode::SUCCESS);
    }
    if scan {
        let subjects = if subject == "all" { bisect::all_subjects(&corpus.join("regressions"))? } else { vec![Subject::parse(subject)?] };
        print!("{}", bisect::scan(&subjects, a, b, &o, &log)?);
        return Ok(ExitCode::SUCCESS);
    }
    let answer = bisect::bisect(&Subject::parse(subject)?, a, b, &o, &log)?;
    println!("{answer}");
    Ok(if answer.first.is_some() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn parse_file(path: &std::path::Path) -> anyhow::Result<reentry::program::Program> {
    let src = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    text::parse(&src).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))
}

fn harness(args: &EngineArgs) -> anyhow::Result<Harness> {
    Harness::for_lane(&args.engines, &args.options(), args.mutant, args.lane.lane()?)
}

fn run(paths: &[std::path::PathBuf], args: &EngineArgs, verbose: bool, save: Option<&std::path::Path>) -> anyhow::Result<ExitCode> {
    use reentry::corpus::Status;
    let files = corpus::files(paths)?;
    anyhow::ensure!(!files.is_empty(), "no .{} files found", corpus::PROGRAM_EXT);
    let mut h = harness(args)?;
    let store = save.map(|d| findings::Store::open(d, usize::MAX)).transpose()?;
    let cx = FindingContext {
        engines: h.engine_names(),
        mutant: h.mutant,
        origin: Default::default(),
        gen: None,
        toolchain: findings::Toolchain::current(h.versions()),
    };
    let (mut passed, mut known, mut failed, mut skipped) = (0, 0, 0, 0);
    let mut seen_defects: std::collections::BTreeSet<&str> = Default::default();
    for file in &files {
        let (status, result) = corpus::check(&mut h, file, args.mutant.is_none());
        let runs = result.as_ref().map_or(0, |r| r.runs.len());
        // Engines that skipped a program with tasks (an engine fact).
        let skips = result.as_ref().map_or(String::new(), |r| {
            let names: Vec<&str> = r.skipped.iter().map(|(e, _)| e.as_str()).collect();
            if names.is_empty() || r.unsupported.is_some() {
                String::new()
            } else {
                format!("; no tasks on {} (engine facts)", names.join(", "))
            }
        });
        if let (Some(store), Some(r)) = (&store, &result) {
            for v in r.verdicts.iter().chain(r.known.iter().map(|(_, v)| v)) {
                if let Some(dir) = findings::program::save(store, r, v, &cx)? {
                    println!("finding: {}", dir.display());
                }
            }
        }
        match status {
            Status::Pass => {
                passed += 1;
                println!("PASS {} ({runs} runs{skips})", file.display());
            }
            Status::Known(ids) => {
                known += 1;
                seen_defects.extend(ids.iter().copied());
                let dirs: Vec<String> = ids.iter().map(|id| format!("corpus/regressions/{id}/")).collect();
                let kinds: Vec<&str> = ids.iter().filter_map(|id| reentry::engine::facts::known_defects().find(|d| d.id == *id)).map(|d| d.kind()).collect();
                println!("XFAIL {} ({runs} runs{skips}): {} {}", file.display(), kinds.first().copied().unwrap_or("known defect"), dirs.join(", "));
            }
            Status::Unsupported(id) if id == "no-tasks" => {
                skipped += 1;
                println!("SKIP {}: no engine of this run runs tasks on this lane (engine facts, `reentry engines`)", file.display());
            }
            Status::Unsupported(id) => {
                skipped += 1;
                println!("SKIP {}: not run on this lane (lane fact {id}, `reentry engines`)", file.display());
            }
            Status::Fail(problems) => {
                failed += 1;
                println!("FAIL {}", file.display());
                for line in problems.iter().flat_map(|p| p.lines()) {
                    println!("  {line}");
                }
            }
        }
        if verbose {
            if let Some(r) = &result {
                print!("{}", r.model);
            }
        }
    }
    println!(
        "\n{passed} passed, {known} known defects, {failed} failed, {skipped} not run on this lane or these engines ({} programs, engines: {}, lane {})",
        files.len(),
        h.engine_names().join(", "),
        h.lane
    );
    for d in reentry::engine::facts::known_defects().filter(|d| seen_defects.contains(d.id)) {
        println!("{} {}: {}", d.kind(), d.id, d.summary);
    }
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// The campaign settings `fuzz` and `smith` share.
fn campaign_config(c: &super::CampaignArgs, per_signature: usize, jobs: usize) -> campaign::Config {
    campaign::Config {
        seed: c.seed.unwrap_or_else(clock_seed),
        budget: Budget { time: c.time, cases: c.cases },
        findings: c.findings.clone(),
        per_signature,
        jobs,
    }
}

/// A progress bar over a campaign's time budget; the message shows the work.
fn campaign_bar(cfg: &campaign::Config, quiet: bool, unit: &'static str) -> (ProgressBar, impl Fn(&campaign::Progress) + Sync) {
    let total_ms = cfg.budget.time.as_millis().min(u64::MAX as u128) as u64;
    let bar = if quiet { ProgressBar::hidden() } else { ProgressBar::new(total_ms) };
    bar.set_style(ProgressStyle::with_template("[{elapsed_precise}] {wide_bar} {msg}").expect("valid template"));
    let last = std::sync::Mutex::new(std::time::Instant::now());
    let b = bar.clone();
    let on_progress = move |p: &campaign::Progress| {
        let mut last = last.lock().unwrap_or_else(|e| e.into_inner());
        if last.elapsed().as_millis() >= 200 {
            *last = std::time::Instant::now();
            let rate = p.cases as f64 / p.elapsed.as_secs_f64().max(1e-9);
            b.set_position(p.elapsed.as_millis() as u64);
            b.set_message(format!("{} {unit}, {rate:.0}/s, {} failing, {} findings", p.cases, p.failures, p.findings));
        }
    };
    (bar, on_progress)
}

/// What a campaign's store saw: signatures, findings, errors.
fn print_store(out: &campaign::Outcome) {
    for dir in &out.recovered {
        println!("recovered a crash from an earlier run: {}", dir.display());
    }
    let s = out.store.summary();
    for (sig, count, first) in &s.signatures {
        let first = first.map_or(String::new(), |c| format!(" (first: case {c})"));
        println!("  {count:>6} x {}{first}\n           {}", sig.key, sig.message);
    }
    for dir in &s.findings {
        println!("finding: {}\n  replay: {}", dir.display(), findings::replay_command(dir));
    }
    println!("summary: {}", out.store.root().join("summary.md").display());
    for e in &s.errors {
        eprintln!("error saving a finding: {e}");
    }
}

fn fuzz_cmd(target: &mut fuzz::Fuzz, cfg: &campaign::Config, quiet: bool, stats: bool) -> anyhow::Result<ExitCode> {
    // Builds and engine start happen here, before the budget's clock starts.
    let prepared = target.prepare()?;
    if let Some(line) = prepared.describe() {
        eprintln!("{line}");
    }
    let engines = prepared.engines;
    eprintln!(
        "fuzzing on {} for {:?} (seed {}{}, {} job{}), findings in {}",
        engines.join(", "),
        cfg.budget.time,
        cfg.seed,
        target.mutant.map_or(String::new(), |m| format!(", mutant {}", m.name())),
        cfg.jobs,
        if cfg.jobs == 1 { "" } else { "s" },
        cfg.findings.display()
    );
    let (bar, on_progress) = campaign_bar(cfg, quiet, "cases");
    let out = fuzz::run(target, cfg, &on_progress)?;
    bar.finish_and_clear();
    let c = &out.campaign;
    // A campaign that ran nothing proved nothing: its reason, exit 2.
    if let Some(why) = c.none_ran() {
        print_store(c);
        eprintln!("error: {why}");
        return Ok(ExitCode::from(2));
    }
    let rate = c.cases as f64 / c.elapsed.as_secs_f64().max(1e-9);
    println!("{} cases in {:.1?} ({rate:.0} cases/s){}, {} failing", c.cases, c.elapsed, fuzz::not_run(c), c.failing_cases);
    let t = &out.timings;
    let per_case = |d: std::time::Duration| d.as_secs_f64() * 1e3 / t.cases.max(1) as f64;
    let mut phases: Vec<String> = vec![
        format!("model {:.3}", per_case(t.model)),
        format!("compile {:.3}", per_case(t.compile)),
        format!("oracle {:.3}", per_case(t.oracle)),
    ];
    phases.extend(t.engines.iter().map(|(n, d)| format!("{n} {:.3}", per_case(*d))));
    println!("ms per case: {}", phases.join(", "));
    print_store(c);
    if stats {
        print!("{}", out.stats);
    }
    let clean = c.failing_cases == 0 && c.recovered.is_empty();
    Ok(if clean { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn clock_seed() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64)
}

/// The harness a finding was made with, unless overridden.
fn finding_harness(meta: &Option<findings::Meta>, with: FindingArgs) -> anyhow::Result<(Harness, Vec<String>)> {
    let engines = with
        .engines
        .or_else(|| meta.as_ref().map(|m| m.engines.clone()))
        .unwrap_or_else(|| vec!["wasmtime".into()]);
    let mutant = with.mutant.or(meta.as_ref().and_then(|m| m.mutant));
    let lane = with.lane.lane_or(meta.as_ref().map_or(Lane::GENERATED, |m| m.lane))?;
    let options = EngineOptions { timeout: with.timeout, ..Default::default() };
    Ok((Harness::for_lane(&engines, &options, mutant, lane)?, engines))
}

fn reduce(dir: &std::path::Path, with: FindingArgs, max_tests: usize) -> anyhow::Result<ExitCode> {
    let (program, meta) = findings::program::read(dir)?;
    let (mut h, _) = finding_harness(&meta, with)?;
    let first = h.check(program.clone());
    let target = match &meta {
        Some(m) => first.verdicts.iter().find(|v| v.label() == m.label),
        None => first.verdicts.first(),
    }
    .cloned()
    .ok_or_else(|| anyhow::anyhow!("{} does not fail the same way any more: nothing to reduce", dir.display()))?;
    let out = dir.join("reduced");
    let started = std::time::Instant::now();
    let cx = FindingContext {
        engines: h.engine_names(),
        mutant: h.mutant,
        origin: findings::Origin { seed: meta.as_ref().and_then(|m| m.seed), case: meta.as_ref().and_then(|m| m.case) },
        gen: meta.as_ref().and_then(|m| m.gen.clone()),
        toolchain: findings::Toolchain::current(h.versions()),
    };
    let r = findings::program::reduce_into(&mut h, &program, &target, &out, &cx, reentry::case::ReduceLimit::tests(max_tests.max(1)))?;
    println!(
        "reduced {} from {} to {} steps ({} candidates tried in {:.1?}); property {}",
        dir.display(),
        r.size_before,
        r.size_after,
        r.tests,
        started.elapsed(),
        target.label()
    );
    println!("saved: {}", out.display());
    println!("{}", text::print(&r.program));
    Ok(ExitCode::SUCCESS)
}

fn replay(dir: &std::path::Path, with: FindingArgs) -> anyhow::Result<ExitCode> {
    let smith_input = dir.join(findings::raw::INPUT_FILE);
    if smith_input.exists() {
        let data = std::fs::read(&smith_input).with_context(|| format!("reading {}", smith_input.display()))?;
        return smith_replay(&data);
    }
    let (program, meta) = findings::program::read(dir)?;
    let (mut h, engines) = finding_harness(&meta, with)?;
    let result = h.check(program);
    if result.passed() && !result.known.is_empty() {
        for (d, v) in &result.known {
            println!("{} {}: {}\n{v}", d.kind().to_uppercase(), d.id, d.summary);
            if let Some(h) = &d.hazard {
                println!("declared: {}\na platform sees: {}", one_line(h.upstream), one_line(h.platform));
            }
        }
        println!("reproduces a known defect or declared hazard of the real toolchain or an engine (write-up: corpus/regressions/<id>/README.md)");
        return Ok(ExitCode::FAILURE);
    }
    if result.passed() {
        println!("PASS: the case now passes on {}", engines.join(", "));
        if let Some(m) = &meta {
            println!("(the finding was {})", m.label);
        }
        return Ok(ExitCode::SUCCESS);
    }
    for v in &result.verdicts {
        println!("FAIL: {v}");
    }
    if let Some(m) = &meta {
        let same = result.verdicts.iter().any(|v| v.label() == m.label);
        println!("{} the recorded finding ({})", if same { "reproduces" } else { "differs from" }, m.label);
    }
    Ok(ExitCode::FAILURE)
}

fn seeds(corpus_dir: &std::path::Path, wast_dir: &std::path::Path, out: &std::path::Path) -> anyhow::Result<ExitCode> {
    let files = corpus::files(&[corpus_dir.to_path_buf()])?;
    let mut n = 0;
    for file in &files {
        let program = corpus::load(file).program.map_err(|e| anyhow::anyhow!(e))?;
        let stem = file.file_stem().map_or("seed".into(), |s| s.to_string_lossy().to_string());
        // smith_diff takes modules as they are (`\0asm...`): the program's exnref module.
        let wasm = compile::compile(&program, compile::Encoding::Exnref, compile::Options::default());
        let seeds: [(&str, Vec<u8>); 5] = [
            ("program_diff", reentry::fuzzing::program_seed(&program)),
            ("guest_diff", reentry::fuzzing::program_seed(&program)),
            ("program_encodings", reentry::fuzzing::program_seed(&program)),
            ("text_roundtrip", text::print(&program).into_bytes()),
            ("smith_diff", wasm),
        ];
        for (target, bytes) in seeds {
            let dir = out.join(target);
            std::fs::create_dir_all(&dir)?;
            std::fs::write(dir.join(&stem), bytes)?;
        }
        n += 1;
    }
    println!("wrote seeds for {n} programs under {}", out.display());
    if wast_dir.is_dir() {
        let dir = out.join("smith_diff");
        let mut m = 0;
        for (name, wasm) in reentry::conformance::seed_modules(wast_dir)? {
            std::fs::write(dir.join(name), wasm)?;
            m += 1;
        }
        println!("wrote {m} smith_diff seeds from the spec modules in {}", wast_dir.display());
    } else {
        println!("no spec scripts at {}: smith_diff seeds from the corpus only", wast_dir.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn conformance(dir: &std::path::Path, engines: &[String], timeout: std::time::Duration, verbose: bool) -> anyhow::Result<ExitCode> {
    use reentry::conformance::{self as c, Verdict};
    let engines = reentry::engine::expand_names(engines);
    let reports = c::run(dir, &engines, &EngineOptions { timeout, ..EngineOptions::default() })?;
    println!("conformance: {} on {}\n", dir.display(), engines.join(", "));
    if verbose {
        for r in &reports {
            for d in &r.results {
                let v = match &d.verdict {
                    Verdict::Pass => "pass".to_string(),
                    Verdict::Fail(w) => format!("FAIL {w}"),
                    Verdict::Unsupported(w) => format!("unsupported: {w}"),
                    Verdict::Expected(why, w) => format!("expected failure: {w} ({why})"),
                };
                println!("{:<9} {}:{} {}: {v}", r.engine, r.file, d.line, d.directive);
            }
        }
        println!();
    }
    print!("{}", c::render(&reports));
    Ok(if c::any_unexpected_failure(&reports) { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn smith(cfg: &campaign::Config, quiet: bool) -> anyhow::Result<ExitCode> {
    use reentry::campaign::smith;
    eprintln!(
        "smith_diff on {} for {:?} (seed {}), findings in {}",
        reentry::smith::ENGINES.join(", "),
        cfg.budget.time,
        cfg.seed,
        cfg.findings.display()
    );
    let (bar, on_progress) = campaign_bar(cfg, quiet, "inputs");
    let target = smith::Smith::default();
    let out = smith::run(&target, cfg, &on_progress)?;
    bar.finish_and_clear();
    let c = &out.campaign;
    if let Some(why) = c.none_ran() {
        print_store(c);
        eprintln!("error: {why}");
        return Ok(ExitCode::from(2));
    }
    let rate = c.cases as f64 / c.elapsed.as_secs_f64().max(1e-9);
    println!("{} inputs in {:.1?} ({rate:.0}/s), {} cases, {} failing", c.cases, c.elapsed, out.cases, c.failing_cases);
    println!("{}", reentry::smith::summary());
    print_store(c);
    let clean = c.failing_cases == 0 && c.recovered.is_empty();
    Ok(if clean { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// Run a smith_diff input on both engines and print what happened.
fn smith_replay(data: &[u8]) -> anyhow::Result<ExitCode> {
    let report = reentry::smith::check(data)
        .ok_or_else(|| anyhow::anyhow!("the input is not a smith_diff case (no valid module)"))?;
    print!("{report}");
    Ok(if report.difference.is_some() { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn import_artifact(
    artifact: &std::path::Path,
    target: Option<String>,
    findings_dir: &std::path::Path,
    args: &EngineArgs,
) -> anyhow::Result<ExitCode> {
    let target = target
        .or_else(|| {
            let parent = artifact.parent()?.file_name()?.to_string_lossy().to_string();
            reentry::fuzzing::TARGETS.contains(&parent.as_str()).then_some(parent)
        })
        .ok_or_else(|| anyhow::anyhow!("cannot tell the fuzz target from the path; pass --target"))?;
    let data = std::fs::read(artifact).with_context(|| format!("reading {}", artifact.display()))?;
    let diff_engines = || reentry::fuzzing::PROGRAM_DIFF_ENGINES.iter().map(|s| s.to_string()).collect();
    let (engines, lane): (Vec<String>, Lane) = match target.as_str() {
        "program_diff" => (diff_engines(), Lane::GENERATED),
        "guest_diff" => (diff_engines(), Lane::RUSTC),
        "program_encodings" => (vec!["v8".into()], Lane::GENERATED),
        "smith_diff" => {
            let report = reentry::smith::check(&data)
                .ok_or_else(|| anyhow::anyhow!("the artifact is not a smith_diff case (no valid module)"))?;
            print!("{report}");
            let dir = findings::raw::write(findings_dir, &data, &report)?;
            println!("\nfinding: {}\n  replay: {}", dir.display(), findings::replay_command(&dir));
            return Ok(if report.difference.is_some() { ExitCode::FAILURE } else { ExitCode::SUCCESS });
        }
        "text_roundtrip" => {
            println!("text_roundtrip input ({} bytes):\n{}", data.len(), String::from_utf8_lossy(&data));
            std::panic::catch_unwind(|| reentry::fuzzing::text_roundtrip(&data))
                .map_err(|_| anyhow::anyhow!("the input still fails the round trip (message above)"))?;
            println!("the input passes the round trip now");
            return Ok(ExitCode::SUCCESS);
        }
        other => anyhow::bail!("unknown fuzz target `{other}`"),
    };
    let program = reentry::fuzzing::program_from_bytes(&data)
        .ok_or_else(|| anyhow::anyhow!("the artifact does not decode to a program"))?;
    // A seeded bug the fuzz target ran with (REENTRY_MUTANT) applies here too.
    let mutant = args.mutant.or_else(reentry::fuzzing::mutant_from_env);
    let mut h = Harness::for_lane(&engines, &args.options(), mutant, lane)?;
    let result = h.check(program);
    if result.passed() {
        println!("the artifact's program passes on {} ({lane}) now:\n{}", engines.join(", "), text::print(&result.program));
        return Ok(ExitCode::SUCCESS);
    }
    let store = findings::Store::open(findings_dir, usize::MAX)?;
    let cx = FindingContext { engines, mutant, origin: Default::default(), gen: None, toolchain: findings::Toolchain::current(h.versions()) };
    for v in &result.verdicts {
        if let Some(dir) = findings::program::save(&store, &result, v, &cx)? {
            println!("finding: {}\n  {}", dir.display(), v.label());
        }
    }
    Ok(ExitCode::FAILURE)
}

/// `(time, rounds)`: how long each measurement takes, and how many times it is taken.
fn bench(
    engines: &[String],
    lane: Lane,
    (time, rounds): (std::time::Duration, u32),
    seed: u64,
    mutants: Option<(std::time::Duration, u64)>,
    soak: Option<u64>,
    no_pin: bool,
) -> anyhow::Result<ExitCode> {
    use reentry::bench;
    let engines = reentry::engine::expand_names(engines);
    if !no_pin {
        let pinned = bench::pin_to_one_core();
        println!("{}", if pinned { "pinned to CPU 0" } else { "could not pin to one CPU" });
    }
    let gen = lane.gen_config(reentry::program::gen::GenConfig::default());
    if let Some(n) = soak {
        let mut h = Harness::for_lane(&engines, &EngineOptions::default(), None, lane)?;
        let start = std::time::Instant::now();
        println!("soak: {n} cases on {} ({lane} lane)", engines.join(","));
        println!("{:>10} {:>10} {:>10}", "cases", "seconds", "RSS MiB");
        for i in 0..n {
            if i % (n / 10).max(1) == 0 {
                println!("{i:>10} {:>10.1} {:>10.1}", start.elapsed().as_secs_f64(), bench::rss_bytes() as f64 / 1048576.0);
            }
            let r = h.check(reentry::program::gen::case_program(seed, i, &gen));
            anyhow::ensure!(r.passed(), "case {i} failed: {}", r.verdicts[0]);
        }
        println!("{n:>10} {:>10.1} {:>10.1}", start.elapsed().as_secs_f64(), bench::rss_bytes() as f64 / 1048576.0);
        return Ok(ExitCode::SUCCESS);
    }
    if let Some((limit, seeds)) = mutants {
        let seeds: Vec<u64> = (0..seeds).map(|s| seed + s).collect();
        println!("time to first finding per mutant on {} (seeds {seeds:?}, limit {limit:?} each)", engines.join(","));
        let results = bench::mutants(&engines, lane, &seeds, limit, &gen)?;
        let mut medians = Vec::new();
        println!("{:<48} {:>10}  {:<60}", "mutant", "median", "per seed: time (cases) property");
        for d in &results {
            if let Some(why) = &d.not_applicable {
                println!("{:<48} {:>10}  n/a on these engines: {why}", d.mutant.name(), "-");
                continue;
            }
            let runs: Vec<String> = d
                .runs
                .iter()
                .map(|r| match r {
                    Some((t, n, label)) => format!("{:.2}s ({n}) {label}", t.as_secs_f64()),
                    None => "NOT DETECTED".into(),
                })
                .collect();
            let med = d.median();
            medians.push(med.unwrap_or(limit));
            let abort = if d.lane.is_abort() { " [panic=abort]" } else { "" };
            println!(
                "{:<48} {:>10}  {}",
                format!("{}{abort}", d.mutant.name()),
                med.map_or("-".into(), |m| format!("{:.3}s", m.as_secs_f64())),
                runs.join("; ")
            );
        }
        medians.sort();
        let overall = medians.get(medians.len() / 2).copied().unwrap_or_default();
        let applicable = results.iter().filter(|d| d.not_applicable.is_none()).count();
        let all = results.iter().all(|d| d.found());
        println!(
            "\n{} of {applicable} applicable mutants detected on every seed ({} n/a on these engines); median time-to-detect {:.3}s (targets: all within {:?}, median < 2s)",
            results.iter().filter(|d| d.not_applicable.is_none() && d.found()).count(),
            results.len() - applicable,
            overall.as_secs_f64(),
            limit
        );
        return Ok(if all { ExitCode::SUCCESS } else { ExitCode::FAILURE });
    }
    let mut sets: Vec<Vec<String>> = engines.iter().map(|e| vec![e.clone()]).collect();
    if engines.len() > 1 {
        sets.push(engines.clone());
    }
    // The real lane is measured beside the generated one, the same way.
    let lanes = if lane.is_guest() { vec![Lane::GENERATED, lane] } else { vec![lane] };
    let mut results = Vec::new();
    for lane in lanes {
        for set in &sets {
            let mut taken = Vec::new();
            for round in 1..=rounds {
                let of = if rounds > 1 { format!(" (round {round} of {rounds})") } else { String::new() };
                eprintln!("measuring {} on the {lane} lane for {time:?}{of}...", set.join("+"));
                taken.push(bench::throughput(set, lane, time, seed, &gen)?);
            }
            results.push(bench::median_round(taken).expect("at least one round"));
        }
    }
    let medians: Vec<bench::Throughput> = results.iter().map(|(r, _)| r.clone()).collect();
    print!("{}", bench::render_rounds(&results));
    print!("{}", bench::render(&medians));
    Ok(ExitCode::SUCCESS)
}
