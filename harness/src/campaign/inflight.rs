//! The in-flight marker: while a campaign job runs, the file
//! `<findings>/.inflight-<target>-<pid>-<job>` names the case being run
//! (seed and index, rewritten in place for every case). An in-process engine
//! that takes the whole process down (a V8 fatal error, a segfault) leaves
//! the marker behind; the next campaign of the same target on the same
//! findings directory turns it into a crash finding, so the case is never
//! lost.

use super::Target;
use crate::findings::Store;
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
    pub fn start(dir: &Path, target: &str, seed: u64, job: usize) -> std::io::Result<Marker> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join(format!("{PREFIX}{target}-{}-{job}", std::process::id()));
        let mut file = File::create(&path)?;
        let header = format!("seed {seed}\nindex ");
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

/// Turn the markers `target` left in dead processes into crash findings.
pub fn recover<T: Target>(target: &T, store: &Store) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(store.root()) else { return Ok(out) };
    let prefix = format!("{PREFIX}{}-", T::NAME);
    for entry in entries {
        let path = entry?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        let Some(pid) = name.strip_prefix(&prefix).and_then(|p| p.split('-').next()).and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if alive(pid) && pid != std::process::id() {
            continue;
        }
        let text = std::fs::read_to_string(&path)?;
        let field = |key: &str| text.lines().find_map(|l| l.strip_prefix(key)?.trim().parse::<u64>().ok());
        if let (Some(seed), Some(index)) = (field("seed "), field("index ")) {
            let before = store.written();
            let what = format!("the campaign process {pid} died while running case {index} of seed {seed}");
            target.crash(store, seed, index, &what)?;
            out.extend(store.summary().findings.into_iter().skip(before));
        }
        std::fs::remove_file(&path)?;
    }
    Ok(out)
}
