//! `reentry nightly`: arguments, the progress bar, and the exit status of
//! `reentry::nightly::run`.

use indicatif::{ProgressBar, ProgressStyle};
use reentry::engine::EngineOptions;
use reentry::mutant::Mutant;
use reentry::nightly::{self, Event};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(clap::Args, Clone, Debug)]
pub struct NightlyArgs {
    /// The whole run's time (e.g. `20m`): checks, campaigns and bench share it.
    #[arg(long, default_value = "20m", value_parser = super::parse_duration)]
    pub budget: Duration,
    /// The report's directory (default: `reports/<date>`).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// A previous night's `report.json` to compare with.
    #[arg(long)]
    pub baseline: Option<PathBuf>,
    /// Engines, comma separated (`all`: every engine installed; the
    /// compatibility matrix then has the compat pins too).
    #[arg(long, value_delimiter = ',', default_value = "all")]
    pub engines: Vec<String>,
    /// Run everything with a seeded bug (see `reentry mutants`).
    #[arg(long)]
    pub mutant: Option<Mutant>,
    /// Campaign seed (default: from the clock; in the report).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Threads per campaign and for the matrix (default: the CPUs here).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Wall-clock limit per case and engine.
    #[arg(long, default_value = "5s", value_parser = super::parse_duration)]
    pub timeout: Duration,
    /// The recovery corpus.
    #[arg(long, default_value = "corpus")]
    pub corpus: PathBuf,
    /// The spec EH scripts.
    #[arg(long, default_value = reentry::conformance::DEFAULT_DIR)]
    pub conformance_dir: PathBuf,
    /// The wasm-bindgen releases (or trees) whose corpus column the
    /// compatibility matrix measures, one column each (`0.2.118,0.2.125,0.2.130`);
    /// the wasm-bindgen fuzz campaign runs the last. Default: the pinned release.
    #[arg(long, value_delimiter = ',', value_name = "VERSION|PATH,...")]
    pub wasm_bindgen: Vec<String>,
    /// Verify every wasm-bindgen finding's fix.patch (`reentry fix-check`):
    /// each patched tree built once (minutes), then cached.
    #[arg(long)]
    pub fixes: bool,
    /// No progress bar (phase lines still go to stderr).
    #[arg(long)]
    pub quiet: bool,
}

pub fn run(a: NightlyArgs) -> anyhow::Result<ExitCode> {
    reentry::stop::on_signals()?;
    let started = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let out = a.out.clone().unwrap_or_else(|| PathBuf::from("reports").join(&reentry::compat::render::date(started)[..10]));
    let options = nightly::Options {
        budget: a.budget,
        out: out.clone(),
        baseline: a.baseline.clone(),
        engines: a.engines.clone(),
        mutant: a.mutant,
        seed: a.seed.unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64)),
        jobs: a.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
        engine: EngineOptions { timeout: a.timeout, ..EngineOptions::default() },
        corpus_dir: a.corpus.clone(),
        conformance_dir: a.conformance_dir.clone(),
        wasm_bindgen: super::compat::wasm_bindgen_list(&a.wasm_bindgen)?,
        fixes: a.fixes,
        command: std::env::args().collect::<Vec<_>>().join(" "),
    };
    eprintln!(
        "nightly: budget {:?}, seed {}{}, report in {}",
        a.budget,
        options.seed,
        a.mutant.map_or(String::new(), |m| format!(", seeded bug {}", m.name())),
        out.display()
    );
    let bar = if a.quiet { ProgressBar::hidden() } else { ProgressBar::new(a.budget.as_millis() as u64) };
    bar.set_style(ProgressStyle::with_template("[{elapsed_precise}] {wide_bar} {msg}").expect("valid template"));
    let t0 = Instant::now();
    let last = std::sync::Mutex::new(Instant::now() - Duration::from_secs(1));
    let phase = std::sync::Mutex::new(String::new());
    let say = |line: String| bar.suspend(|| eprintln!("{line}"));
    let on = |e: &Event| {
        bar.set_position(t0.elapsed().as_millis() as u64);
        match e {
            Event::Phase { name, index, total, planned } => {
                *phase.lock().unwrap_or_else(|e| e.into_inner()) = format!("{}/{total} {name}", index + 1);
                let time = if planned.is_zero() { String::new() } else { format!(" ({:.0} s)", planned.as_secs_f64()) };
                say(format!("nightly: {name}{time}"));
                bar.set_message(name.clone());
            }
            Event::Work(text) => {
                let mut last = last.lock().unwrap_or_else(|e| e.into_inner());
                if last.elapsed() >= Duration::from_millis(200) {
                    *last = Instant::now();
                    bar.set_message(format!("{} · {text}", phase.lock().unwrap_or_else(|e| e.into_inner())));
                }
            }
            Event::Done { name, state, detail } => say(format!("nightly: {name}: {} — {detail}", format!("{state:?}").to_lowercase())),
            Event::Warning(w) => say(format!("nightly: warning: {w}")),
        }
    };
    let outcome = nightly::run(&options, &on)?;
    bar.finish_and_clear();
    let r = &outcome.report;
    let new = r.findings.iter().filter(|f| f.status == nightly::report::FindingStatus::New).count();
    println!(
        "nightly {}{}: {} findings ({new} new), {} engines ran of {}; report: {}",
        format!("{:?}", r.status).to_lowercase(),
        r.partial_reason.as_deref().map_or(String::new(), |p| format!(" ({p})")),
        r.findings.len(),
        r.engines.iter().filter(|e| e.state == nightly::report::EngineState::Ok).count(),
        r.engines.len(),
        out.join("report.html").display()
    );
    if let Some(e) = r.baseline.as_ref().and_then(|b| b.error.as_ref()) {
        eprintln!("error: {e} (the report has no comparison)");
    }
    Ok(ExitCode::from(outcome.exit.code()))
}
