//! What a `smith_diff` case did on both engines, as text and as a finding
//! directory:
//!
//! ```text
//! <findings>/smith-<hash>/
//!   input            the fuzz input (replays with `cargo fuzz run smith_diff input`)
//!   module.wasm      the module both engines ran, and module.wat (wasmprinter)
//!   plan.txt         the calls made (export, arguments) and the exports skipped
//!   outcomes.txt     both engines' outcomes side by side
//!   difference.txt   the first difference, or that they agree
//!   replay.sh        `reentry replay <dir>`
//! ```

use super::smith::{Case, Difference, Run};
use crate::raw::Outcome;
use anyhow::Context;
use std::fmt;
use std::path::{Path, PathBuf};

/// The input's file name in a finding directory (`reentry replay` looks for it).
pub const INPUT_FILE: &str = "input";

/// A case, both runs and their first difference: what a finding shows.
pub struct Report {
    pub case: Case,
    pub wasmtime: Run,
    pub v8: Run,
    pub difference: Option<Difference>,
}

impl Report {
    /// The call plan, one line per export.
    pub fn plan(&self) -> String {
        let mut out = String::new();
        for (n, c) in self.case.calls.iter().enumerate() {
            let args: Vec<String> = c.args.iter().map(|a| a.to_string()).collect();
            out += &format!("call {n} {:?}({})\n", c.export, args.join(", "));
        }
        for (name, why) in &self.case.skipped {
            out += &format!("skip {name:?}: {why}\n");
        }
        out
    }

    /// Both engines' outcomes, side by side, one line per step.
    pub fn outcomes(&self) -> String {
        let (a, b) = (&self.wasmtime, &self.v8);
        // (step, wasmtime, v8, whether they agree)
        let mut rows: Vec<(String, String, String, bool)> = Vec::new();
        let show = |o: Option<&Outcome>| o.map_or("-".to_string(), |o| o.to_string());
        let same = |x: Option<&Outcome>, y: Option<&Outcome>| x.map(Outcome::summary) == y.map(Outcome::summary);
        let compiled = |r: &Run| r.compile.clone().map_or("ok".into(), |e| format!("rejected: {e}"));
        rows.push(("compile".into(), compiled(a), compiled(b), a.compile.is_some() == b.compile.is_some()));
        let (ia, ib) = (a.instantiate.as_ref(), b.instantiate.as_ref());
        rows.push(("instantiate".into(), show(ia), show(ib), same(ia, ib)));
        for (n, c) in self.case.calls.iter().enumerate() {
            let (x, y) = (a.calls.get(n), b.calls.get(n));
            rows.push((format!("call {n} {:?}", c.export), show(x), show(y), same(x, y)));
        }
        let state = |r: &Run, name: &str| r.state.iter().find(|(n, _)| n == name).map_or("-".into(), |(_, s)| s.clone());
        for (name, _) in a.state.iter().chain(&b.state) {
            let (x, y) = (state(a, name), state(b, name));
            let row = (format!("state {name:?}"), x.clone(), y.clone(), x == y);
            if !rows.contains(&row) {
                rows.push(row);
            }
        }
        // wasm-smith export names can be long binary junk: clip the step
        // column so the outcomes stay side by side (plan.txt has full names).
        let rows: Vec<_> = rows.into_iter().map(|(s, x, y, agree)| (clip(&s, STEP_WIDTH), x, y, agree)).collect();
        let w = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
        let w1 = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0).clamp(8, 60);
        let mut out = format!("{:w$}  {:w1$}    {}\n", "step", "wasmtime", "v8");
        for (step, x, y, agree) in rows {
            let mark = if agree { " " } else { "≠" };
            out += &format!("{step:w$}  {x:w1$}  {mark} {y}\n");
        }
        out
    }
}

const STEP_WIDTH: usize = 40;

/// `s` cut to `n` characters, marked with `…` where cut.
fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut out: String = s.chars().take(n - 1).collect();
    out.push('…');
    out
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.case;
        match &self.difference {
            Some(d) => writeln!(f, "smith_diff: wasmtime and v8 disagree at {}\n  wasmtime: {}\n  v8:       {}", d.step, d.wasmtime, d.v8)?,
            None => writeln!(f, "smith_diff: wasmtime and v8 agree")?,
        }
        writeln!(
            f,
            "module: {} bytes ({}), {} imports, {} exports; {} calls, {} exports skipped (JS cannot call them)",
            c.wasm.len(),
            if c.raw { "raw" } else { "wasm-smith" },
            c.info.imports.len(),
            c.info.exports.len(),
            c.calls.len(),
            c.skipped.len()
        )?;
        write!(f, "\nplan:\n{}\noutcomes:\n{}", self.plan(), self.outcomes())
    }
}

/// Write a finding directory for a report (atomically, like program
/// findings); an existing one for the same input is kept.
pub fn write_finding(root: &Path, data: &[u8], report: &Report) -> anyhow::Result<PathBuf> {
    let dir = root.join(format!("smith-{:016x}", crate::raw::hash(data)));
    if dir.exists() {
        return Ok(dir);
    }
    std::fs::create_dir_all(root).with_context(|| format!("creating {}", root.display()))?;
    let tmp = root.join(format!(".tmp-smith-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp)?;
    let write = |file: &str, bytes: &[u8]| std::fs::write(tmp.join(file), bytes).with_context(|| format!("writing {file}"));
    write(INPUT_FILE, data)?;
    write("module.wasm", &report.case.wasm)?;
    let wat = wasmprinter::print_bytes(&report.case.wasm).unwrap_or_else(|e| format!(";; cannot print: {e}\n"));
    write("module.wat", wat.as_bytes())?;
    write("plan.txt", report.plan().as_bytes())?;
    write("outcomes.txt", report.outcomes().as_bytes())?;
    let replay = format!("reentry replay {}", dir.display());
    let difference = match &report.difference {
        Some(d) => format!("{}\n  wasmtime: {}\n  v8:       {}\n", d.step, d.wasmtime, d.v8),
        None => "wasmtime and v8 agree on this input now\n".into(),
    };
    write(
        "difference.txt",
        format!("{difference}\nreplay: {replay}\n   or: cd fuzz && cargo fuzz run smith_diff {}/{INPUT_FILE}\n", dir.display())
            .as_bytes(),
    )?;
    write(
        "replay.sh",
        b"#!/bin/sh\n# Replays this smith_diff finding (exit 1 while wasmtime and v8 disagree).\nexec reentry replay \"$(dirname \"$0\")\" \"$@\"\n",
    )?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(tmp.join("replay.sh"), std::fs::Permissions::from_mode(0o755))?;
    }
    std::fs::rename(&tmp, &dir).with_context(|| format!("moving finding into {}", dir.display()))?;
    Ok(dir)
}
