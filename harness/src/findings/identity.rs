//! A finding's identity across runs (what `reentry nightly` compares with a
//! baseline): its signature — the broken property, the runs on each side and
//! the first diverging event of each ([`super::program::signature`]) — plus
//! the hash of its reduced program (of its program when it was not reduced;
//! of the input for a raw module), read back from the directory alone.

use super::{read_meta, Kind, Meta};
use crate::oracle::Verdict;
use anyhow::Context;
use std::path::Path;

#[derive(Clone, Debug)]
pub struct Identity {
    pub kind: Kind,
    /// `p3-nothing-after-abort`, `engine-timeout`, `smith`, ...
    pub label: String,
    /// The store's signature (what de-duplicates it within a campaign).
    pub key: String,
    /// Runs (`engine/encoding`) on the failing side, and matching the model.
    pub failing: Vec<String>,
    pub agreeing: Vec<String>,
    /// The first diverging event of each side, by kind: (expected, actual).
    pub first_event: Option<(String, String)>,
    /// FNV-1a of the reduced program's text (or of the raw input), hex.
    pub program_hash: String,
    /// Whether `reduced/` is what was hashed.
    pub reduced: bool,
    pub meta: Meta,
}

impl Identity {
    /// The whole signature, one string: equal strings are the same finding.
    pub fn signature(&self) -> String {
        format!("{} · program {}", self.key, self.program_hash)
    }
}

/// The identity of the finding in `dir`.
pub fn of(dir: &Path) -> anyhow::Result<Identity> {
    let meta = read_meta(dir)?.with_context(|| format!("{} has no finding.json", dir.display()))?;
    let reduced_dir = dir.join("reduced");
    let reduced = reduced_dir.join("program.reentry").is_file();
    let hashed = if reduced { reduced_dir.join("program.reentry") } else { dir.join("program.reentry") };
    let bytes = match std::fs::read(&hashed) {
        // Printed again from the parsed program, so formatting does not count.
        Ok(b) => crate::text::parse(&String::from_utf8_lossy(&b)).map(|p| crate::text::print(&p).into_bytes()).unwrap_or(b),
        Err(_) => std::fs::read(dir.join(super::raw::INPUT_FILE))
            .with_context(|| format!("{} has neither a program nor a raw input", dir.display()))?,
    };
    let (mut failing, mut agreeing, mut first_event) = (meta.engines.clone(), Vec::new(), None);
    let names = |runs: &[crate::oracle::RunId]| runs.iter().map(|r| r.to_string()).collect::<Vec<_>>();
    match &meta.verdict {
        Some(Verdict::Mismatch(m)) => {
            failing = names(&m.runs);
            agreeing = names(&m.agreeing);
            first_event = Some((super::program::event_kind(m.expected.as_ref()), super::program::event_kind(m.actual.as_ref())));
        }
        Some(Verdict::EngineFailure { run, .. }) => failing = vec![run.to_string()],
        None => {}
    }
    let key = match (&meta.verdict, meta.signature.is_empty()) {
        (Some(v), true) => super::program::signature(v).key,
        _ => meta.signature.clone(),
    };
    Ok(Identity {
        kind: meta.kind,
        label: meta.label.clone(),
        key,
        failing,
        agreeing,
        first_event,
        program_hash: format!("{:016x}", crate::fnv::hash(&bytes)),
        reduced,
        meta,
    })
}

#[cfg(test)]
mod tests {
    use super::super::program::event_kind;
    use crate::trace::{Event, Failure, Outcome};

    #[test]
    fn event_kinds_drop_the_numbers() {
        assert_eq!(event_kind(Some(&Event::GuardDrop { epoch: 0, id: 12 })), "[N] guard- N");
        assert_eq!(event_kind(Some(&Event::Panic { epoch: 1, payload: -5 })), "[N] panic N");
        let o = Event::Outcome { step: 3, outcome: Outcome::Failed(Failure::Terminated) };
        assert_eq!(event_kind(Some(&o)), format!("driver[N] => {}", Outcome::Failed(Failure::Terminated)));
        assert_eq!(event_kind(None), "end of trace");
        assert_eq!(event_kind(Some(&Event::Reset { epoch: 2 })), "reset -> [N]");
        assert_eq!(event_kind(Some(&Event::State { epoch: 0, value: -12 })), "[N] state N");
    }
}
