//! The in-flight marker: while a campaign runs, `<findings>/.inflight-<pid>`
//! names the case being checked (seed and index, rewritten in place for
//! every case). An in-process engine that takes the whole process down (a V8
//! fatal error, a segfault) leaves the marker behind; the next campaign on
//! the same findings directory turns it into a crash finding, so the case is
//! never lost.

use crate::oracle::{RunId, Verdict};
use crate::program::gen::{case_program, GenConfig};
use crate::report::{self, Origin};
use crate::{compile, engine::EngineError};
use std::fs::File;
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

const PREFIX: &str = ".inflight-";
const INDEX_WIDTH: usize = 20;

pub struct Marker {
    path: PathBuf,
    file: File,
    index_at: u64,
}

impl Marker {
    /// The marker of job `job` of this process.
    pub fn start(dir: &Path, seed: u64, engines: &[String], job: usize) -> std::io::Result<Marker> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join(format!("{PREFIX}{}-{job}", std::process::id()));
        let mut file = File::create(&path)?;
        let header = format!("seed {seed}\nengines {}\nindex ", engines.join(","));
        file.write_all(header.as_bytes())?;
        file.write_all(format!("{:0width$}\n", 0, width = INDEX_WIDTH).as_bytes())?;
        Ok(Marker { path, file, index_at: header.len() as u64 })
    }

    /// Record the case about to run (a fixed-width overwrite: cheap).
    pub fn set(&mut self, index: u64) {
        let _ = self.file.seek(SeekFrom::Start(self.index_at));
        let _ = self.file.write_all(format!("{index:0width$}", width = INDEX_WIDTH).as_bytes());
    }

    pub fn finish(self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

fn alive(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
}

/// Turn markers of dead campaigns into crash findings.
pub fn recover(dir: &Path, gen: &GenConfig) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(out) };
    for entry in entries {
        let path = entry?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        let pid = name.strip_prefix(PREFIX).and_then(|p| p.split('-').next()).and_then(|p| p.parse::<u32>().ok());
        let Some(pid) = pid else { continue };
        if alive(pid) && pid != std::process::id() {
            continue;
        }
        let text = std::fs::read_to_string(&path)?;
        let field = |key: &str| text.lines().find_map(|l| l.strip_prefix(key).map(str::trim).map(String::from));
        let (Some(seed), Some(index)) =
            (field("seed ").and_then(|s| s.parse().ok()), field("index ").and_then(|s| s.parse().ok()))
        else {
            std::fs::remove_file(&path)?;
            continue;
        };
        let engines: Vec<String> =
            field("engines ").unwrap_or_default().split(',').filter(|s| !s.is_empty()).map(String::from).collect();
        let program = std::sync::Arc::new(case_program(seed, index, gen));
        let model = crate::model::run(&program)?;
        let verdict = Verdict::EngineFailure {
            run: RunId { engine: engines.join("+"), encoding: compile::Encoding::Exnref },
            error: EngineError::Crash(format!("campaign process {pid} died while running case {index} of seed {seed}")),
        };
        let result = crate::campaign::CaseResult { program, model, modules: vec![], runs: vec![], verdicts: vec![] };
        let origin = Origin { seed: Some(seed), case: Some(index) };
        out.push(report::write_finding(dir, &result, &verdict, &engines, None, origin)?);
        std::fs::remove_file(&path)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dead_campaigns_case_becomes_a_crash_finding() {
        let dir = std::env::temp_dir().join(format!("reentry-inflight-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut m = Marker::start(&dir, 77, &["wasmtime".into()], 0).unwrap();
        m.set(5);
        m.set(12);
        // Simulate the process dying: keep the file, pretend it is a dead pid's.
        let dead = dir.join(format!("{PREFIX}{}-0", u32::MAX));
        std::fs::rename(dir.join(format!("{PREFIX}{}-0", std::process::id())), &dead).unwrap();
        std::mem::forget(m);
        let found = recover(&dir, &GenConfig::default()).unwrap();
        assert_eq!(found.len(), 1);
        let (program, meta) = report::read_finding(&found[0]).unwrap();
        assert_eq!(program, case_program(77, 12, &GenConfig::default()));
        let meta = meta.unwrap();
        assert_eq!(meta.label, "engine-crash");
        assert_eq!(meta.case, Some(12));
        assert!(!dead.exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
