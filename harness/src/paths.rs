//! Where the project's files are at run time: `engines/` (glue, workers,
//! the guest crate, the pinned engines) and the build directory.

use std::path::{Path, PathBuf};

/// `engines/`: `$REENTRY_ENGINES_DIR`, else the one beside this crate.
pub fn engines_dir() -> PathBuf {
    let dir = std::env::var_os("REENTRY_ENGINES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../engines"));
    dir.canonicalize().unwrap_or(dir)
}

/// Build artifacts: `$REENTRY_TARGET_DIR`, else the workspace's `target/`.
pub fn target_dir() -> PathBuf {
    std::env::var_os("REENTRY_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

/// Write a file atomically (a temporary sibling renamed over it).
pub fn write_atomically(path: &Path, data: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::write(&tmp, data)?;
    std::fs::rename(&tmp, path)
}
