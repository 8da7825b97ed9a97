//! Argument parsing (clap) and dispatch.

mod commands;
mod compat;
mod nightly;

use clap::{Parser, Subcommand};
use reentry::compile::Encoding;
use reentry::guest::{Binding, Guest, Lane, Panic};
use reentry::engine::EngineOptions;
use reentry::mutant::Mutant;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Parser)]
#[command(name = "reentry", version, args_override_self = true, about = "Differential conformance and fuzz suite for WebAssembly panic and abort recovery")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The budget, seed and output of a timed campaign (`fuzz`, `smith`).
#[derive(clap::Args, Clone, Debug)]
pub struct CampaignArgs {
    /// How long to run (e.g. `60s`, `10m`).
    #[arg(long, default_value = "60s", value_parser = parse_duration)]
    pub time: Duration,
    /// Stop after this many cases.
    #[arg(long)]
    pub cases: Option<u64>,
    /// Campaign seed (default: from the clock; printed at start).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Where findings are written.
    #[arg(long, default_value = "reports/findings")]
    pub findings: PathBuf,
    /// No progress bar.
    #[arg(long)]
    pub quiet: bool,
}

/// Which lane cases run on (DESIGN.md §4).
#[derive(clap::Args, Clone, Debug, Default)]
pub struct LaneArgs {
    /// `generated` modules that model rustc's codegen, or the real `rustc` guest
    /// (default: generated; for a finding, the one it was made with).
    #[arg(long)]
    pub guest: Option<Guest>,
    /// What binds the rustc guest to its host: `reentry` (reentry's own
    /// wrappers and glue) or `wasm-bindgen` (default: reentry).
    #[arg(long)]
    pub binding: Option<Binding>,
    /// The wasm-bindgen the `wasm-bindgen` binding runs: a release (`0.2.125`:
    /// its CLI installed into target/wasm-bindgen/ on first use, the guest
    /// built against its crates) or a source tree in upstream's layout (its
    /// crates/cli built, the guest's crates patched to it). Default: the
    /// pinned release (for a finding, the one it was made with).
    #[arg(long, value_name = "VERSION|PATH")]
    pub wasm_bindgen: Option<String>,
    /// The panic strategy the Wasm side is built with: `unwind` or `abort`
    /// (every panic an abort; default: unwind, for a finding its own).
    #[arg(long)]
    pub panic: Option<Panic>,
    /// On the wasm-bindgen lane: tasks through wasm-bindgen's own JSPI
    /// (`#[wasm_bindgen(jspi)]` export, suspending import) instead of
    /// wasm-bindgen-futures; runs only on engines that have JSPI (default:
    /// off, for a finding its own).
    #[arg(long)]
    pub jspi: bool,
}

impl LaneArgs {
    /// The lane asked for, else `default`'s parts.
    pub fn lane_or(&self, default: Lane) -> anyhow::Result<Lane> {
        let guest = self.guest.unwrap_or(default.guest);
        let binding = self.binding.unwrap_or(if self.guest.is_some() { Binding::Reentry } else { default.binding });
        anyhow::ensure!(
            guest == Guest::Rustc || binding == Binding::Reentry,
            "--binding {} needs --guest rustc (generated modules carry reentry's own wrappers)",
            binding.name()
        );
        let wbg = match &self.wasm_bindgen {
            Some(spec) => {
                anyhow::ensure!(
                    binding == Binding::WasmBindgen,
                    "--wasm-bindgen {spec} needs the wasm-bindgen lane (--guest rustc --binding wasm-bindgen)"
                );
                reentry::guest::wbg::Wbg::parse(spec)?
            }
            None if binding == Binding::WasmBindgen && default.binding == Binding::WasmBindgen => default.wbg,
            None => reentry::guest::wbg::Wbg::PINNED,
        };
        let panic = self.panic.unwrap_or(default.panic);
        let jspi = self.jspi || (default.jspi && binding == Binding::WasmBindgen);
        anyhow::ensure!(
            !jspi || (binding == Binding::WasmBindgen && panic == Panic::Unwind),
            "--jspi needs the wasm-bindgen lane under panic=unwind (--guest rustc --binding wasm-bindgen)"
        );
        Ok(Lane { guest, binding, panic, wbg, jspi })
    }

    pub fn lane(&self) -> anyhow::Result<Lane> {
        self.lane_or(Lane::GENERATED)
    }
}

/// Options shared by every command that runs engines.
#[derive(clap::Args, Clone, Debug)]
pub struct EngineArgs {
    /// Engines to run, comma separated (`all` for every engine found).
    #[arg(long, value_delimiter = ',', default_value = "wasmtime")]
    pub engines: Vec<String>,
    /// Inject a seeded bug (see `reentry mutants`).
    #[arg(long)]
    pub mutant: Option<Mutant>,
    /// Wall-clock limit per case and engine (e.g. `5s`, `500ms`).
    #[arg(long, default_value = "5s", value_parser = parse_duration)]
    pub timeout: Duration,
    /// Out-of-process engines: start a fresh worker after this many cases (0: never);
    /// jsc, workerd and the browsers no sooner than 50 times their start-up.
    #[arg(long, default_value_t = EngineOptions::default().recycle_after)]
    pub recycle_after: u64,
    /// JS engines: use the glue's JSTag polyfill even where the engine has JSTag.
    #[arg(long)]
    pub force_polyfill: bool,
    #[command(flatten)]
    pub lane: LaneArgs,
}

impl EngineArgs {
    pub fn options(&self) -> EngineOptions {
        EngineOptions { timeout: self.timeout, recycle_after: self.recycle_after, force_polyfill: self.force_polyfill }
    }
}

/// How to re-run a finding: by default as it was made.
#[derive(clap::Args, Clone, Debug)]
pub struct FindingArgs {
    /// Engines (default: the ones the finding was made with).
    #[arg(long, value_delimiter = ',')]
    pub engines: Option<Vec<String>>,
    /// Mutant (default: the one the finding was made with).
    #[arg(long)]
    pub mutant: Option<Mutant>,
    #[arg(long, default_value = "5s", value_parser = parse_duration)]
    pub timeout: Duration,
    #[command(flatten)]
    pub lane: LaneArgs,
}

#[derive(Subcommand)]
pub enum Command {
    /// Run corpus programs (files or directories of `.reentry` files).
    Run {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        engines: EngineArgs,
        /// Print every program's trace, not only failures.
        #[arg(long)]
        verbose: bool,
        /// Also save every failure as a finding here (known defects too).
        #[arg(long)]
        findings: Option<PathBuf>,
    },
    /// Generate programs, run them on the engines and check them.
    Fuzz {
        #[command(flatten)]
        engines: EngineArgs,
        #[command(flatten)]
        campaign: CampaignArgs,
        /// Findings saved per distinct failure signature.
        #[arg(long, default_value_t = 1)]
        per_signature: usize,
        /// Minimize every saved finding as it is found.
        #[arg(long)]
        reduce: bool,
        /// Print what the generator produced (step kinds, aborts, depth).
        #[arg(long)]
        stats: bool,
        /// Threads, each with its own engines (workers: its own processes).
        #[arg(long, short = 'j', default_value_t = 1)]
        jobs: usize,
    },
    /// Measure throughput per engine (split by phase) against the raw engine
    /// floor, memory, and time-to-detect for every seeded bug.
    Bench {
        /// Engines (each is measured alone, then all together).
        #[arg(long, value_delimiter = ',', default_value = "wasmtime")]
        engines: Vec<String>,
        #[command(flatten)]
        lane: LaneArgs,
        /// Time per measurement.
        #[arg(long, default_value = "20s", value_parser = parse_duration)]
        time: Duration,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Instead: fuzz against every mutant and report time-to-detect.
        #[arg(long)]
        mutants: bool,
        /// Per-seed limit for a mutant to be detected.
        #[arg(long, default_value = "30s", value_parser = parse_duration)]
        mutant_limit: Duration,
        /// Seeds per mutant.
        #[arg(long, default_value_t = 3)]
        seeds: u64,
        /// Instead: run this many cases and report RSS along the way.
        #[arg(long)]
        soak: Option<u64>,
        /// Do not pin to one core.
        #[arg(long)]
        no_pin: bool,
        /// Measure each engine set this many times, one after another, and
        /// show the median round, with every round's rate (rates on a
        /// shared host move by up to 15% from run to run).
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=99), conflicts_with_all = ["mutants", "soak"])]
        rounds: u32,
    },
    /// Show what the generator produces and which paths of the protocol's
    /// wrappers and glue the model takes on it (no engines: generator + model
    /// only), on every lane (the time shared) or the one asked for; exits
    /// non-zero on a kind or path never seen.
    Stats {
        #[arg(long, default_value = "10s", value_parser = parse_duration)]
        time: Duration,
        #[arg(long)]
        cases: Option<u64>,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The generator as a lane runs it (what it cannot run is left out).
        #[command(flatten)]
        lane: LaneArgs,
    },
    /// Minimize a finding: shrink its program while the same property breaks
    /// on the same runs; the result goes to `<finding>/reduced`.
    Reduce {
        dir: PathBuf,
        #[command(flatten)]
        with: FindingArgs,
        /// Most candidate programs to try.
        #[arg(long, default_value_t = 5000)]
        max_tests: usize,
    },
    /// Replay a finding directory (exit 1 while it still fails).
    Replay {
        dir: PathBuf,
        #[command(flatten)]
        with: FindingArgs,
    },
    /// Compile a program to Wasm.
    Compile {
        file: PathBuf,
        /// Legacy EH encoding (try/catch/rethrow) instead of exnref.
        #[arg(long)]
        legacy: bool,
        /// Print the module as text instead of writing bytes.
        #[arg(long)]
        wat: bool,
        /// Output file for the binary module (default: stdout).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[arg(long)]
        mutant: Option<Mutant>,
        /// rustc's panic strategy to model (`abort`: no landing pads, a panic traps).
        #[arg(long, default_value = "unwind")]
        panic: Panic,
    },
    /// Print the trace the reference model predicts for a program (on a
    /// lane: under its panic strategy and binding profile, exnref).
    Model {
        file: PathBuf,
        #[command(flatten)]
        lane: LaneArgs,
    },
    /// List the seeded bugs available to `--mutant`.
    Mutants,
    /// (Re)write a finding's standalone `repro.mjs` and `repro.html` with the current code.
    Repro {
        dir: PathBuf,
        /// Seeded bug to build in (default: the finding's own).
        #[arg(long, conflicts_with = "no_mutant")]
        mutant: Option<Mutant>,
        /// Build without the finding's seeded bug (the "fixed" code).
        #[arg(long)]
        no_mutant: bool,
        #[command(flatten)]
        lane: LaneArgs,
        /// Where to write the script alone (default: `<dir>/repro.mjs` and its page `<dir>/repro.html`).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Write seed corpora for the cargo-fuzz targets from corpus programs
    /// (and, for `smith_diff`, the spec scripts' exnref modules).
    Seeds {
        /// Corpus files or directories.
        #[arg(default_value = "corpus")]
        corpus: PathBuf,
        /// Spec scripts whose modules become `smith_diff` seeds (skipped if missing).
        #[arg(long, default_value = reentry::conformance::DEFAULT_DIR)]
        wast: PathBuf,
        /// Output root: one directory per fuzz target.
        #[arg(long, default_value = "fuzz/corpus")]
        out: PathBuf,
    },
    /// Run the spec test suite's exception-handling scripts (`.wast`) on the
    /// engines; per file and engine: passed, failed, unsupported (non-zero
    /// exit on an unexpected failure).
    Conformance {
        /// Directory of `.wast` scripts (searched recursively).
        #[arg(default_value = reentry::conformance::DEFAULT_DIR)]
        dir: PathBuf,
        #[arg(long, value_delimiter = ',', default_value = "wasmtime,v8")]
        engines: Vec<String>,
        /// Wall-clock limit per call.
        #[arg(long, default_value = "5s", value_parser = parse_duration)]
        timeout: Duration,
        /// Print every directive's verdict.
        #[arg(long)]
        verbose: bool,
    },
    /// Load on the workers-rs lane: `--in-flight` requests at once against
    /// one workerd for `--time`, a seeded mix of healthy calls, tasks,
    /// panics and aborts, each judged against the model; prints counts per
    /// outcome and latency percentiles, and writes `load-<lane>-<seed>.json`
    /// and any finding (a request the model does not predict, as the
    /// sequential program that provokes it) to `--findings`. Exit 1 on a
    /// divergence outside known defects.
    Load {
        #[command(flatten)]
        lane: LaneArgs,
        #[arg(long, default_value = "60s", value_parser = parse_duration)]
        time: Duration,
        /// Requests kept in flight at once.
        #[arg(long, default_value_t = 100)]
        in_flight: usize,
        /// Of every 100 requests: how many panic.
        #[arg(long, default_value_t = 10)]
        panics: u32,
        /// Of every 100 requests: how many abort (`unreachable`).
        #[arg(long, default_value_t = 2)]
        aborts: u32,
        /// Of every 100 requests: how many are tasks (await a subrequest);
        /// the rest are healthy calls.
        #[arg(long, default_value_t = 44)]
        tasks: u32,
        /// Seed of the mix (default: from the clock; printed).
        #[arg(long)]
        seed: Option<u64>,
        #[arg(long, default_value = "reports/findings")]
        findings: PathBuf,
        /// Serve the Worker with a workers-rs finding's fix: the `fix.patch`
        /// (to worker-build's shims) of this finding directory; repeatable,
        /// applied in order.
        #[arg(long, value_name = "FINDING_DIR")]
        fix: Vec<PathBuf>,
    },
    /// The `smith_diff` comparison (wasm-smith modules with exceptions on
    /// wasmtime and in-process V8) as a timed run, without cargo fuzz.
    Smith {
        #[command(flatten)]
        campaign: CampaignArgs,
    },
    /// Turn a cargo-fuzz artifact into a finding directory.
    ImportArtifact {
        artifact: PathBuf,
        /// Fuzz target that produced it (default: from the path, `artifacts/<target>/...`).
        #[arg(long)]
        target: Option<String>,
        #[arg(long, default_value = "reports/findings")]
        findings: PathBuf,
        #[command(flatten)]
        engines: EngineArgs,
    },
    /// The engine compatibility matrix: one row per installed engine, one
    /// column per capability, each decided by a probe or test run now
    /// (`--format md|json|html`); or `--since LINE CAPABILITY` / `--scan LINE`
    /// over the published versions of a release line.
    Compat(compat::CompatArgs),
    /// The nightly run: the corpus on every engine and lane, the spec EH
    /// scripts, the compat matrix, fuzz campaigns per lane (findings
    /// minimized), smith_diff and a bench snapshot within one budget; writes
    /// report.json, report.md, report.html and junit.xml. Exit 0: no new
    /// findings; 1: new findings; 2: the run itself failed.
    Nightly(nightly::NightlyArgs),
    /// Since which wasm-bindgen release does a behaviour show? SUBJECT is a
    /// finding directory (made on the wasm-bindgen lane) or a profile entry
    /// id (`P3`): binary search over the published releases of the range,
    /// each one built on first use (cached), the releases tried printed as a
    /// table. `--scan` runs every release instead; SUBJECT `all` is every
    /// profile entry and known wasm-bindgen defect (the measured ranges).
    Bisect {
        subject: String,
        /// The releases, both ends included: `0.2.118..0.2.130`.
        #[arg(long = "wasm-bindgen", value_name = "0.2.A..0.2.B")]
        range: String,
        /// Every release of the range, not a binary search.
        #[arg(long)]
        scan: bool,
        /// Engines (default: a finding's own; v8 for a profile entry).
        #[arg(long, value_delimiter = ',')]
        engines: Option<Vec<String>>,
        /// Where a profile entry's programs come from.
        #[arg(long, default_value = "corpus")]
        corpus: PathBuf,
        #[arg(long, default_value = "5s", value_parser = parse_duration)]
        timeout: Duration,
    },
    /// Verify the fixes of wasm-bindgen findings: each finding directory's
    /// `fix.patch` applied to the source of the release it was found on, the
    /// CLI and guest built from it; the finding's program must match the
    /// model there and the corpus must have nothing newly failing on the V8
    /// engines. Writes the fixed artifacts to `<finding>/fixed/`. Default:
    /// every directory under corpus/regressions/ with a fix.patch.
    FixCheck {
        dirs: Vec<PathBuf>,
        /// Engines (default: every V8 engine of the wasm-bindgen lane here).
        #[arg(long, value_delimiter = ',')]
        engines: Option<Vec<String>>,
        #[arg(long, default_value = "corpus")]
        corpus: PathBuf,
        #[arg(long, default_value = "5s", value_parser = parse_duration)]
        timeout: Duration,
    },
    /// Assemble the source tree of a wasm-bindgen release in DIR from the
    /// crates.io sources of its crates, laid out as upstream's repository
    /// (`crates/cli-support`, `src/`, ...), for `--wasm-bindgen DIR` and for
    /// patches written against upstream.
    WbgTree {
        /// The release (`0.2.130`).
        version: String,
        dir: PathBuf,
    },
    /// Probe every known engine: where it is, its version, encodings and
    /// JS-API features (as the engine itself reports them), and the declared
    /// facts that apply to it.
    Engines,
    /// Build every rustc guest the lanes run (both bindings, both
    /// encodings) into `target/guest`, where not built yet; print each one's
    /// cache key. `scripts/setup.sh` runs it.
    Guests,
}

impl Command {
    fn encoding(legacy: bool) -> Encoding {
        if legacy {
            Encoding::Legacy
        } else {
            Encoding::Exnref
        }
    }
}

/// Parse `60s`, `2m`, `500ms`, `1h` or a plain number of seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(s.len()));
    let n: f64 = num.parse().map_err(|_| format!("bad duration `{s}`"))?;
    let secs = match unit {
        "" | "s" => n,
        "ms" => n / 1000.0,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        _ => return Err(format!("bad duration unit in `{s}` (use ms, s, m or h)")),
    };
    Ok(Duration::from_secs_f64(secs))
}

/// A closed stdout (`reentry ... | head`) ends the command quietly, as
/// SIGPIPE would: the process keeps ignoring SIGPIPE (Rust's default) so that
/// a dead worker's pipe is an error, never a signal that kills the harness.
fn exit_quietly_on_closed_stdout() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info.payload().downcast_ref::<String>().map(String::as_str).unwrap_or_default();
        if msg.starts_with("failed printing to stdout") && msg.contains("Broken pipe") {
            std::process::exit(141);
        }
        default(info);
    }));
}

pub fn main() -> ExitCode {
    exit_quietly_on_closed_stdout();
    tracing_subscriber::fmt()
        // Warnings (e.g. a worker lost between cases) show unless REENTRY_LOG says otherwise.
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("REENTRY_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match commands::dispatch(cli.command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
