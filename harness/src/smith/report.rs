//! What a `smith_diff` case did on both engines, as text (the finding
//! directory is written by `findings::raw`).

use super::{Case, Difference, Run};
use crate::engine::raw::Outcome;
use std::fmt;

/// A case, both runs and their first difference: what a finding shows.
pub struct Report {
    pub case: Case,
    pub wasmtime: Run,
    pub v8: Run,
    pub difference: Option<Difference>,
}

impl Report {
    /// What a difference is, without the export names and values that make
    /// every instance of one bug look new: the step kind and the outcome
    /// kinds. `None` when the engines agree.
    pub fn signature(&self) -> Option<String> {
        let d = self.difference.as_ref()?;
        // The outcome's first word, and its second when that is a class name
        // (`trapped Unreachable`, `threw tag`) rather than a value.
        let head = |s: &str| {
            let mut words = s.split_whitespace();
            let first = words.next().unwrap_or("");
            match words.next() {
                Some(w) if w.chars().all(|c| c.is_ascii_alphabetic()) => format!("{first} {w}"),
                _ => first.to_string(),
            }
        };
        let step = d.step.split_whitespace().next().unwrap_or("");
        Some(format!("{step} | wasmtime {} | v8 {}", head(&d.wasmtime), head(&d.v8)))
    }

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
