//! `reentry compat`: the support matrix (`reentry::compat`), or with
//! `--since`/`--scan` the probes over published versions of a line.

use reentry::compat::{self, render::Format, since};
use reentry::engine::EngineOptions;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(clap::Args, Clone, Debug)]
pub struct CompatArgs {
    /// Engines (rows), comma separated; `all`: every installed engine, compat pins included.
    #[arg(long, value_delimiter = ',', default_value = "all")]
    pub engines: Vec<String>,
    /// `md` (README, CI summary), `json` (reports/compat.schema.json) or `html` (one self-contained page).
    #[arg(long, value_enum, default_value = "md")]
    pub format: Format,
    /// Write the report here (atomically) instead of to stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Engines measured at once, each in its own thread.
    #[arg(long, short = 'j', default_value_t = 2)]
    pub jobs: usize,
    /// Wall-clock limit per call or case.
    #[arg(long, default_value = "10s", value_parser = super::parse_duration)]
    pub timeout: Duration,
    /// The spec EH scripts for the conformance columns.
    #[arg(long, default_value = reentry::conformance::DEFAULT_DIR)]
    pub conformance_dir: PathBuf,
    /// The recovery corpus for the corpus columns.
    #[arg(long, default_value = "corpus")]
    pub corpus: PathBuf,
    /// Probes only: no conformance and corpus columns measured (they say so).
    #[arg(long)]
    pub probes_only: bool,
    /// Bisect the published versions of LINE (`node24`, `deno2`) for the
    /// first one with CAPABILITY (a probe id: exnref, jstag, ...).
    #[arg(long, num_args = 2, value_names = ["LINE", "CAPABILITY"], conflicts_with = "scan")]
    pub since: Option<Vec<String>>,
    /// Probe every published version of LINE and print each version where
    /// any capability changes.
    #[arg(long, value_name = "LINE")]
    pub scan: Option<String>,
    /// The wasm-bindgen releases (or source trees) of the wasm-bindgen
    /// corpus column, comma separated: one column each, every cell decided
    /// by a run (`0.2.118,0.2.125,0.2.130`; a release's CLI is built on
    /// first use). Default: the pinned release.
    #[arg(long, value_delimiter = ',', value_name = "VERSION|PATH,...")]
    pub wasm_bindgen: Vec<String>,
    /// No progress lines on stderr.
    #[arg(long)]
    pub quiet: bool,
}

pub fn run(a: CompatArgs) -> anyhow::Result<ExitCode> {
    let quiet = a.quiet;
    let log = move |m: &str| {
        if !quiet {
            eprintln!("compat: {m}");
        }
    };
    if let Some(s) = &a.since {
        let line = since::line(&s[0])?;
        let answer = since::since(&line, &s[1], &log)?;
        println!("{answer}");
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(l) = &a.scan {
        let line = since::line(l)?;
        let (published, changes) = since::scan(&line, a.jobs, &log)?;
        print!("{}", since::render_scan(&line, published, &changes));
        return Ok(ExitCode::SUCCESS);
    }
    let options = compat::Options {
        engines: a.engines.clone(),
        engine: EngineOptions { timeout: a.timeout, ..EngineOptions::default() },
        jobs: a.jobs,
        conformance_dir: (!a.probes_only).then(|| a.conformance_dir.clone()),
        corpus_dir: (!a.probes_only).then(|| a.corpus.clone()),
        mutant: None,
        wasm_bindgen: wasm_bindgen_list(&a.wasm_bindgen)?,
    };
    let matrix = compat::run(&options, &|r: &compat::Row| log(&format!("{} measured in {:.1} s", r.engine, r.seconds)));
    let text = compat::render::render(&matrix, a.format);
    match &a.out {
        Some(path) => {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)?;
            }
            reentry::paths::write_atomically(path, text.as_bytes())?;
            log(&format!("wrote {}", path.display()));
        }
        None => print!("{text}"),
    }
    // `no` is information; a cell that could not be measured fails the run.
    let errors: Vec<String> = matrix
        .rows
        .iter()
        .flat_map(|r| r.cells.iter().filter(|(_, c)| c.state == compat::probes::State::Error).map(move |(id, _)| format!("{} {id}", r.engine)))
        .collect();
    if !errors.is_empty() {
        eprintln!("compat: {} cells could not be measured: {}", errors.len(), errors.join(", "));
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// `--wasm-bindgen` of `compat` and `nightly`: the releases or trees, the
/// pinned release if none.
pub fn wasm_bindgen_list(specs: &[String]) -> anyhow::Result<Vec<reentry::guest::wbg::Wbg>> {
    if specs.is_empty() {
        return Ok(vec![reentry::guest::wbg::Wbg::PINNED]);
    }
    let mut list = reentry::guest::wbg::Wbg::parse_list(specs)?;
    list.dedup();
    Ok(list)
}
