//! The published releases of wasm-bindgen, for bisection and release
//! matrices: the versions of `wasm-bindgen-cli` in crates.io's sparse index
//! (the file cargo itself reads, `https://index.crates.io/wa/sm/wasm-bindgen-cli`,
//! one JSON object per version), yanked ones left out. The list is cached in
//! `target/wasm-bindgen/releases.txt`; offline, the cached list is used.

use super::{Version, OLDEST};
use anyhow::{bail, Context, Result};
use std::process::Command;

const INDEX_URL: &str = "https://index.crates.io/wa/sm/wasm-bindgen-cli";

fn cache_file() -> std::path::PathBuf {
    super::cli::cache_dir().join("releases.txt")
}

/// The versions in a sparse-index file, oldest first, yanked ones left out.
pub fn parse_index(text: &str) -> Result<Vec<Version>> {
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).context("a line of the crates.io index")?;
        if v["yanked"].as_bool() == Some(true) {
            continue;
        }
        // Pre-releases (`0.2.0-alpha`) are not releases.
        if let Some(Ok(version)) = v["vers"].as_str().map(str::parse::<Version>) {
            out.push(version);
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Every published release, oldest first: from crates.io, else the cache.
pub fn published(log: &dyn Fn(&str)) -> Result<Vec<Version>> {
    let file = cache_file();
    let fetched = Command::new("curl").args(["-sSfL", "--max-time", "30", INDEX_URL]).output();
    match fetched {
        Ok(o) if o.status.success() => {
            let list = parse_index(&String::from_utf8_lossy(&o.stdout))?;
            let text: Vec<String> = list.iter().map(|v| v.to_string()).collect();
            std::fs::create_dir_all(file.parent().expect("has a parent"))?;
            crate::paths::write_atomically(&file, text.join("\n").as_bytes())?;
            Ok(list)
        }
        other => {
            let why = match other {
                Ok(o) => String::from_utf8_lossy(&o.stderr).trim().to_string(),
                Err(e) => e.to_string(),
            };
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("listing wasm-bindgen releases from {INDEX_URL} failed ({why}) and none are cached at {}", file.display()))?;
            log(&format!("crates.io index not reachable ({why}): using the release list cached at {}", file.display()));
            text.lines().map(str::parse).collect()
        }
    }
}

/// `0.2.A..0.2.B`: both ends inclusive.
pub fn parse_range(spec: &str) -> Result<(Version, Version)> {
    let Some((a, b)) = spec.split_once("..") else {
        bail!("`{spec}` is not a range of releases (0.2.A..0.2.B)");
    };
    let (a, b): (Version, Version) = (a.parse()?, b.trim_start_matches('=').parse()?);
    if a >= b {
        bail!("the range {spec} is empty or backwards");
    }
    Ok((a, b))
}

/// The published releases in `a..=b`, oldest first; `a` and `b` must be
/// published, and `a` no older than the lane's [`OLDEST`].
pub fn between(published: &[Version], a: Version, b: Version) -> Result<Vec<Version>> {
    for end in [a, b] {
        if !published.contains(&end) {
            bail!("wasm-bindgen {end} is not a published release");
        }
    }
    if a < OLDEST {
        bail!("the wasm-bindgen lane runs releases from {OLDEST} on (wasm_bindgen::handler: the abort hook and reinit); {a} is older");
    }
    Ok(published.iter().copied().filter(|v| *v >= a && *v <= b).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_gives_releases_without_yanked_ones_or_pre_releases() {
        let text = r#"{"name":"wasm-bindgen-cli","vers":"0.2.93","yanked":false}
{"name":"wasm-bindgen-cli","vers":"0.2.94","yanked":true}
{"name":"wasm-bindgen-cli","vers":"0.2.95-alpha","yanked":false}
{"name":"wasm-bindgen-cli","vers":"0.2.120","yanked":false}
{"name":"wasm-bindgen-cli","vers":"0.2.118","yanked":false}
"#;
        let got: Vec<String> = parse_index(text).unwrap().iter().map(|v| v.to_string()).collect();
        assert_eq!(got, ["0.2.93", "0.2.118", "0.2.120"]);
    }

    #[test]
    fn ranges_are_published_releases_the_lane_runs() {
        let p: Vec<Version> = ["0.2.114", "0.2.115", "0.2.118", "0.2.120", "0.2.121"].iter().map(|v| v.parse().unwrap()).collect();
        let (a, b) = parse_range("0.2.118..0.2.121").unwrap();
        assert_eq!(between(&p, a, b).unwrap().len(), 3);
        assert!(parse_range("0.2.121..0.2.118").is_err() && parse_range("0.2.118").is_err());
        let (a, b) = parse_range("0.2.119..0.2.121").unwrap();
        assert!(between(&p, a, b).unwrap_err().to_string().contains("not a published release"));
        let (a, b) = parse_range("0.2.114..0.2.121").unwrap();
        assert!(between(&p, a, b).unwrap_err().to_string().contains("from 0.2.115 on"));
    }
}
