//! The subcommands.

use super::{Command, EngineArgs};
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use reentry::campaign::fuzz::{self, FuzzConfig};
use reentry::campaign::Harness;
use reentry::engine::EngineOptions;
use reentry::mutant::Mutant;
use reentry::{compile, corpus, model, report, text};
use std::io::Write;
use std::process::ExitCode;

pub fn dispatch(cmd: Command) -> anyhow::Result<ExitCode> {
    match cmd {
        Command::Run { paths, engines, verbose } => run(&paths, &engines, verbose),
        Command::Fuzz { engines, time, cases, seed, findings, per_signature, quiet } => {
            let seed = seed.unwrap_or_else(|| {
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64)
            });
            let cfg = FuzzConfig { seed, time, max_cases: cases, findings, per_signature, gen: Default::default() };
            fuzz_cmd(&engines, &cfg, quiet)
        }
        Command::Replay { dir, engines, mutant, timeout } => replay(&dir, engines, mutant, timeout),
        Command::Compile { file, legacy, wat, output, mutant } => {
            let program = parse_file(&file)?;
            let enc = Command::encoding(legacy);
            let bytes = compile::compile(&program, enc, compile::Options { mutant, names: wat || output.is_some() });
            if wat {
                print!("{}", compile::to_wat(&bytes)?);
            } else if let Some(out) = output {
                std::fs::write(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
            } else {
                std::io::stdout().write_all(&bytes)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Model { file } => {
            let program = parse_file(&file)?;
            print!("{}", model::run(&program)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Engines => engines(),
        Command::Mutants => {
            for m in Mutant::ALL {
                let place = if m.in_compiler() { "compiler" } else { "glue" };
                println!("{:<34} {place}", m.name());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `reentry engines`: one block per known engine, probed.
fn engines() -> anyhow::Result<ExitCode> {
    use reentry::engine::{self, facts};
    let mut broken = 0;
    for name in engine::ENGINE_NAMES {
        if let Err(why) = engine::available(name) {
            println!("{name:<9} not available: {why}\n");
            continue;
        }
        let mut e = match engine::create(name, &EngineOptions::default()) {
            Ok(e) => e,
            Err(err) => {
                broken += 1;
                println!("{name:<9} FAILED to start: {err:#}\n");
                continue;
            }
        };
        let info = e.info();
        let encodings: Vec<&str> = info.encodings.iter().map(|e| e.name()).collect();
        println!("{:<9} {}", info.name, info.version);
        println!("{:<9} at {}", "", info.location);
        println!("{:<9} encodings: {}", "", encodings.join(", "));
        let features: Vec<String> = info
            .features
            .iter()
            .map(|(k, v)| match (v, facts::missing_feature(name, k)) {
                (true, _) => k.clone(),
                (false, Some(_)) => format!("{k}=no (declared fact)"),
                (false, None) => format!("{k}=NO"),
            })
            .collect();
        println!("{:<9} features: {}", "", features.join(", "));
        for f in facts::for_engine(name).filter(|f| f.engine != "*") {
            println!("{:<9} fact: {}", "", f.what);
        }
        println!();
    }
    Ok(if broken == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn parse_file(path: &std::path::Path) -> anyhow::Result<reentry::program::Program> {
    let src = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    text::parse(&src).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))
}

fn harness(args: &EngineArgs) -> anyhow::Result<Harness> {
    Harness::new(&args.engines, &args.options(), args.mutant)
}

fn run(paths: &[std::path::PathBuf], args: &EngineArgs, verbose: bool) -> anyhow::Result<ExitCode> {
    let files = corpus::files(paths)?;
    anyhow::ensure!(!files.is_empty(), "no .{} files found", corpus::PROGRAM_EXT);
    let mut h = harness(args)?;
    let (mut passed, mut failed) = (0, 0);
    for file in &files {
        let entry = corpus::load(file);
        let program = match entry.program {
            Ok(p) => p,
            Err(e) => {
                println!("FAIL {}: {e}", file.display());
                failed += 1;
                continue;
            }
        };
        let result = h.check(program);
        let mut problems: Vec<String> = result.verdicts.iter().map(|v| v.to_string()).collect();
        if let Some(expected) = &entry.expected_trace {
            if args.mutant.is_none() && !corpus::same_trace_text(expected, &result.model.to_string()) {
                problems.push(format!(
                    "the model's trace differs from the checked-in {}:\n{}",
                    file.with_extension(corpus::TRACE_EXT).display(),
                    result.model
                ));
            }
        }
        if problems.is_empty() {
            passed += 1;
            println!("PASS {} ({} runs)", file.display(), result.runs.len());
            if verbose {
                print!("{}", result.model);
            }
        } else {
            failed += 1;
            println!("FAIL {}", file.display());
            for p in problems {
                for line in p.lines() {
                    println!("  {line}");
                }
            }
        }
    }
    println!("\n{passed} passed, {failed} failed ({} programs, engines: {})", files.len(), h.engine_names().join(", "));
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn fuzz_cmd(args: &EngineArgs, cfg: &FuzzConfig, quiet: bool) -> anyhow::Result<ExitCode> {
    let mut h = harness(args)?;
    eprintln!(
        "fuzzing on {} for {:?} (seed {}{}), findings in {}",
        h.engine_names().join(", "),
        cfg.time,
        cfg.seed,
        args.mutant.map_or(String::new(), |m| format!(", mutant {}", m.name())),
        cfg.findings.display()
    );
    let bar = if quiet { ProgressBar::hidden() } else { ProgressBar::new_spinner() };
    bar.set_style(ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}").expect("valid template"));
    let mut last = std::time::Instant::now();
    let summary = fuzz::fuzz(&mut h, cfg, &mut |p| {
        if last.elapsed().as_millis() >= 200 {
            last = std::time::Instant::now();
            let rate = p.cases as f64 / p.elapsed.as_secs_f64().max(1e-9);
            bar.set_message(format!(
                "{} cases, {rate:.0} cases/s, {} failing, {} findings saved",
                p.cases, p.failures, p.findings_saved
            ));
            bar.tick();
        }
    });
    bar.finish_and_clear();
    let rate = summary.cases as f64 / summary.elapsed.as_secs_f64().max(1e-9);
    println!("{} cases in {:.1?} ({rate:.0} cases/s), {} failing", summary.cases, summary.elapsed, summary.failing_cases);
    let t = &h.timings;
    let per_case = |d: std::time::Duration| d.as_secs_f64() * 1e3 / t.cases.max(1) as f64;
    let mut phases: Vec<String> = vec![
        format!("model {:.3}", per_case(t.model)),
        format!("compile {:.3}", per_case(t.compile)),
        format!("oracle {:.3}", per_case(t.oracle)),
    ];
    phases.extend(t.engines.iter().map(|(n, d)| format!("{n} {:.3}", per_case(*d))));
    println!("ms per case: {}", phases.join(", "));
    for (sig, count, first, verdict) in &summary.signatures {
        println!("  {count:>6} x {sig} (first: case {first})");
        if let reentry::oracle::Verdict::Mismatch(m) = verdict {
            println!("           {}", m.message);
        }
    }
    for dir in &summary.findings {
        println!("finding: {}", dir.display());
        println!("  replay: {}", report::replay_command(dir));
    }
    for e in &summary.write_errors {
        eprintln!("error saving a finding: {e}");
    }
    Ok(if summary.signatures.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn replay(
    dir: &std::path::Path,
    engines: Option<Vec<String>>,
    mutant: Option<Mutant>,
    timeout: std::time::Duration,
) -> anyhow::Result<ExitCode> {
    let (program, meta) = report::read_finding(dir)?;
    let engines = engines
        .or_else(|| meta.as_ref().map(|m| m.engines.clone()))
        .unwrap_or_else(|| vec!["wasmtime".into()]);
    let mutant = mutant.or(meta.as_ref().and_then(|m| m.mutant));
    let mut h = Harness::new(&engines, &EngineOptions { timeout, ..Default::default() }, mutant)?;
    let result = h.check(program);
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
