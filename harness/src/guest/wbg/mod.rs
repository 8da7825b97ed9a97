//! Which wasm-bindgen the wasm-bindgen lane runs (issue 21): a published
//! release, or a source tree.
//!
//! - A release `0.2.N`: its CLI installed from crates.io into a cache under
//!   `target/wasm-bindgen/` ([`cli`]), and the guest built against the same
//!   release's crates (`wasm-bindgen`, `js-sys`, `wasm-bindgen-futures`;
//!   `guest::build`).
//! - A source tree laid out as upstream's repository (a checkout, or one
//!   assembled from crates.io sources by [`tree::assemble`]): the CLI built
//!   from its `crates/cli`, the guest's dependencies patched to its crates.
//!   It is known by its content hash (and its git commit, if it has one).
//!
//! [`Wbg`] names one of them; it is part of [`super::Lane`], so everything
//! that runs the lane (the model's profile, known defects, the module cache,
//! findings) knows which wasm-bindgen it is about. The default is the pinned
//! release [`PINNED`].

pub mod cli;
pub mod releases;
pub mod tree;

use anyhow::{bail, Context, Result};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// The release the lane runs by default (`scripts/install-wasm-bindgen.sh`
/// installs its CLI; engines/guest/Cargo.toml and Cargo.lock pin its crates).
pub const PINNED: &str = "0.2.130";

/// The oldest release the lane can run: `wasm_bindgen::handler`
/// (`set_on_abort`, and `reinit`, renamed `schedule_reinit` in 0.2.118)
/// arrived in 0.2.115. Before it a Rust program has no abort hook and no way
/// to schedule a reinit, and (before 0.2.114) the glue has no termination
/// guard at all: there is no abort recovery to test.
pub const OLDEST: Version = Version { major: 0, minor: 2, patch: 115 };

/// A crate version `major.minor.patch` (releases of wasm-bindgen are `0.2.N`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    pub major: u32,
    pub minor: u32,
    pub patch: u32,
}

impl std::str::FromStr for Version {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Version> {
        let parts: Vec<&str> = s.trim().split('.').collect();
        let n = |p: &str| p.parse::<u32>().ok();
        match parts[..] {
            [a, b, c] => match (n(a), n(b), n(c)) {
                (Some(major), Some(minor), Some(patch)) => Ok(Version { major, minor, patch }),
                _ => bail!("`{s}` is not a version (MAJOR.MINOR.PATCH)"),
            },
            _ => bail!("`{s}` is not a version (MAJOR.MINOR.PATCH)"),
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

impl Version {
    /// The pinned release.
    pub fn pinned() -> Version {
        PINNED.parse().expect("PINNED is a version")
    }
}

/// Where a lane's wasm-bindgen comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A release published on crates.io.
    Release(Version),
    /// A source tree in upstream's layout (canonical path).
    Tree(PathBuf),
}

/// What identifies a source tree's content: its crate version, a hash of
/// the files the lane builds from, its git commit if it is a checkout.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TreeId {
    pub version: String,
    /// FNV-1a over [`tree::CRATES`]' sources (16 hex digits).
    pub hash: String,
    /// `git rev-parse HEAD`, with `-dirty` when the work tree has changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// The findings whose `fix.patch` it carries (`reentry fix-check`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fixes: Vec<String>,
}

struct Entry {
    source: Source,
    /// A tree's identity, read once (an error: the tree is missing or not
    /// in upstream's layout; building it says so).
    tree: Option<std::result::Result<TreeId, String>>,
}

/// Every wasm-bindgen named in this process; [`Wbg`] is an index into it.
fn table() -> &'static Mutex<Vec<&'static Entry>> {
    static TABLE: OnceLock<Mutex<Vec<&'static Entry>>> = OnceLock::new();
    TABLE.get_or_init(|| Mutex::new(vec![Box::leak(Box::new(Entry { source: Source::Release(Version::pinned()), tree: None }))]))
}

/// One wasm-bindgen (release or tree), small and `Copy` so that a
/// [`super::Lane`] can carry it. Equal handles name the same release, or the
/// same tree path.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Wbg(u16);

impl Wbg {
    /// The pinned release ([`PINNED`]).
    pub const PINNED: Wbg = Wbg(0);

    fn intern(source: Source) -> Wbg {
        let mut t = table().lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = t.iter().position(|e| e.source == source) {
            return Wbg(i as u16);
        }
        let tree = match &source {
            Source::Tree(p) => Some(tree::identify(p).map_err(|e| format!("{e:#}"))),
            Source::Release(_) => None,
        };
        t.push(Box::leak(Box::new(Entry { source, tree })));
        Wbg((t.len() - 1) as u16)
    }

    fn entry(self) -> &'static Entry {
        table().lock().unwrap_or_else(|e| e.into_inner())[self.0 as usize]
    }

    /// A published release.
    pub fn release(v: Version) -> Wbg {
        Wbg::intern(Source::Release(v))
    }

    /// A source tree (read for its identity now).
    pub fn tree(path: &Path) -> Wbg {
        let p = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        Wbg::intern(Source::Tree(p))
    }

    /// `0.2.125` (a release) or a path to a source tree (which must be one).
    pub fn parse(spec: &str) -> Result<Wbg> {
        if let Ok(v) = spec.parse::<Version>() {
            return Ok(Wbg::release(v));
        }
        let path = Path::new(spec);
        if !path.is_dir() {
            bail!("--wasm-bindgen `{spec}` is neither a release (0.2.N) nor a directory");
        }
        let w = Wbg::tree(path);
        w.tree_id().with_context(|| format!("--wasm-bindgen {spec}"))?;
        Ok(w)
    }

    /// A comma-separated list of [`Wbg::parse`] specs.
    pub fn parse_list(specs: &[String]) -> Result<Vec<Wbg>> {
        specs.iter().map(|s| Wbg::parse(s)).collect()
    }

    pub fn is_pinned(&self) -> bool {
        *self == Wbg::PINNED
    }

    pub fn source(self) -> &'static Source {
        &self.entry().source
    }

    /// Whether it is a tree carrying the fix of finding `id`.
    pub fn carries_fix(self, id: &str) -> bool {
        self.tree_id().ok().flatten().is_some_and(|t| t.fixes.iter().any(|f| f == id))
    }

    /// A tree's identity (`None` for a release).
    pub fn tree_id(self) -> Result<Option<&'static TreeId>> {
        match &self.entry().tree {
            None => Ok(None),
            Some(Ok(id)) => Ok(Some(id)),
            Some(Err(e)) => bail!("{e}"),
        }
    }

    /// The crate version: the release, or the tree's `wasm-bindgen` crate
    /// (the pinned one if the tree cannot be read; building it fails).
    pub fn version(self) -> Version {
        match self.source() {
            Source::Release(v) => *v,
            Source::Tree(_) => self
                .tree_id()
                .ok()
                .flatten()
                .and_then(|t| t.version.parse().ok())
                .unwrap_or_else(Version::pinned),
        }
    }

    /// What `--wasm-bindgen` took: the release, or the tree's path.
    pub fn spec(self) -> String {
        match self.source() {
            Source::Release(v) => v.to_string(),
            Source::Tree(p) => p.display().to_string(),
        }
    }

    /// A name for caches and directories: `0.2.125`, or `tree-<hash>`.
    pub fn key(self) -> String {
        match (self.source(), self.tree_id()) {
            (Source::Release(v), _) => v.to_string(),
            (Source::Tree(_), Ok(Some(id))) => format!("tree-{}", id.hash),
            (Source::Tree(p), _) => format!("tree-missing-{:016x}", crate::fnv::hash(p.display().to_string().as_bytes())),
        }
    }
}

impl fmt::Display for Wbg {
    /// `0.2.125`, or `0.2.130 tree <path> (<hash>)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.source(), self.tree_id()) {
            (Source::Release(v), _) => write!(f, "{v}"),
            (Source::Tree(p), Ok(Some(id))) => write!(f, "{} tree {} ({})", id.version, p.display(), &id.hash[..8]),
            (Source::Tree(p), _) => write!(f, "tree {} (unreadable)", p.display()),
        }
    }
}

impl serde::Serialize for Wbg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.spec())
    }
}

impl<'de> serde::Deserialize<'de> for Wbg {
    /// A release, or a tree by its path (which need not exist any more:
    /// building it then says what is missing).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Wbg, D::Error> {
        let spec = String::deserialize(d)?;
        Ok(match spec.parse::<Version>() {
            Ok(v) => Wbg::release(v),
            Err(_) => Wbg::tree(Path::new(&spec)),
        })
    }
}

/// What a finding records of the wasm-bindgen it ran.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Record {
    /// The crate and CLI version.
    pub version: String,
    /// `crates.io`, or the tree.
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tree: Option<TreeId>,
}

impl Wbg {
    /// What a finding records.
    pub fn record(self) -> Record {
        let tree = self.tree_id().ok().flatten().cloned();
        let source = match self.source() {
            Source::Release(_) => "crates.io".to_string(),
            Source::Tree(p) => p.display().to_string(),
        };
        Record { version: self.version().to_string(), source, tree }
    }
}

/// The releases a profile entry or a known defect was seen on, both ends
/// included: measured by runs of the corpus on each release (`reentry
/// bisect`, docs/protocol.md "Releases"), not read from changelogs. A tree
/// counts as the release of its crate version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seen {
    pub first: &'static str,
    pub last: &'static str,
}

impl Seen {
    pub fn contains(&self, v: Version) -> bool {
        let (first, last): (Version, Version) = (self.first.parse().expect("a version"), self.last.parse().expect("a version"));
        first <= v && v <= last
    }
}

impl fmt::Display for Seen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.first == self.last {
            write!(f, "{}", self.first)
        } else {
            write!(f, "{} to {}", self.first, self.last)
        }
    }
}

/// The CLI flag that makes `__wbg_reset_state` public (the driver's
/// `reset`): `--experimental-reset-state-function` since 0.2.102, before
/// [`OLDEST`], so one name for every release the lane runs.
pub const RESET_FLAG: &str = "--experimental-reset-state-function";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_parse_order_and_print() {
        let v: Version = "0.2.118".parse().unwrap();
        assert_eq!(v.to_string(), "0.2.118");
        assert!(v < "0.2.130".parse().unwrap() && OLDEST < v);
        assert!("0.2".parse::<Version>().is_err() && "0.2.x".parse::<Version>().is_err());
        assert_eq!(Version::pinned().to_string(), PINNED);
    }

    #[test]
    fn a_range_holds_its_ends() {
        let s = Seen { first: "0.2.118", last: "0.2.125" };
        let v = |x: &str| x.parse::<Version>().unwrap();
        assert!(s.contains(v("0.2.118")) && s.contains(v("0.2.125")) && !s.contains(v("0.2.117")) && !s.contains(v("0.2.126")));
        assert_eq!(s.to_string(), "0.2.118 to 0.2.125");
    }

    #[test]
    fn releases_intern_to_one_handle_and_serialize_as_their_spec() {
        let a = Wbg::parse("0.2.125").unwrap();
        assert_eq!(a, Wbg::release("0.2.125".parse().unwrap()));
        assert_ne!(a, Wbg::PINNED);
        assert_eq!(Wbg::release(Version::pinned()), Wbg::PINNED);
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"0.2.125\"");
        assert_eq!(serde_json::from_str::<Wbg>("\"0.2.125\"").unwrap(), a);
        assert_eq!((a.key(), a.version().to_string(), a.record().source), ("0.2.125".into(), "0.2.125".into(), "crates.io".into()));
        assert!(Wbg::parse("/no/such/tree").is_err());
    }
}
