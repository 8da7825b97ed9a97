//! `report.md`: the report for a CI job summary or an issue comment —
//! what changed since the baseline and the findings first, then the
//! engines, phases, suites, bench and the compat matrix
//! (`compat::render::markdown_table`).

use super::report::*;
use crate::compat::render as compat_render;
use crate::compat::Matrix;
use std::fmt::Write as _;

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn link(f: &Finding, name: &str) -> Option<String> {
    f.files.iter().find(|l| l.name == name).map(|l| format!("[{}]({})", l.name, l.path))
}

fn finding_line(f: &Finding) -> String {
    let files: Vec<String> = ["repro.mjs", "reduced/program.reentry", "program.reentry", "verdict.txt"].iter().filter_map(|n| link(f, n)).collect();
    format!("**{}** on {} — `{}` {}", f.label, cell(&f.failing.join(", ")), f.directory, files.join(" · "))
}

/// The findings as distinct failures (`Report::failure_groups`): what to
/// triage first, with the smallest program of each.
fn distinct_failures(o: &mut String, r: &Report) {
    let groups = r.failure_groups();
    if groups.is_empty() {
        return;
    }
    let _ = writeln!(o, "## Distinct failures ({})\n", groups.len());
    let _ = writeln!(o, "| | property | lane | expected first | engines had instead | findings | failing runs | smallest |\n|---|---|---|---|---|---:|---|---|");
    for g in &groups {
        let expected = g.expected.map_or(String::new(), |e| format!("`{e}`"));
        let smallest = g.findings[0];
        let files: Vec<String> = ["repro.mjs", "reduced/program.reentry", "program.reentry"].iter().filter_map(|n| link(smallest, n)).collect();
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} | {} | `{}` ({} steps) {} |",
            if g.new { "**new**" } else { "persisting" },
            cell(g.label),
            g.lane.unwrap_or("-"),
            cell(&expected),
            cell(&actual_summary(g)),
            g.findings.len(),
            cell(&g.failing.join(", ")),
            smallest.directory,
            smallest.size,
            files.join(" · ")
        );
    }
    let _ = writeln!(o);
}

pub fn render(r: &Report, matrix: Option<&Matrix>) -> String {
    let mut o = String::new();
    let status = match r.status {
        Status::Complete => "complete".to_string(),
        Status::Partial => format!("**partial**: {}", r.partial_reason.as_deref().unwrap_or("")),
    };
    let _ = writeln!(o, "# reentry nightly · {}\n", compat_render::date(r.started_at));
    let new: Vec<&Finding> = r.findings.iter().filter(|f| f.status == FindingStatus::New).collect();
    let mutant = r.mutant.as_deref().map_or(String::new(), |m| format!(" · seeded bug `{m}`"));
    let _ = writeln!(
        o,
        "{status} · **{} new findings**, {} persisting, {} distinct failures · budget {:.0} s, ran {:.0} s · seed {}{mutant} · `{}`\n",
        new.len(),
        r.findings.len() - new.len(),
        r.failure_groups().len(),
        r.budget_seconds,
        r.elapsed_seconds,
        r.seed,
        r.command
    );
    if let Some(b) = &r.baseline {
        let _ = writeln!(o, "## Since the baseline\n");
        match &b.error {
            Some(e) => {
                let _ = writeln!(o, "> **The baseline could not be used; nothing was compared.** {}\n", cell(e));
            }
            None => {
                let partial = if b.partial { " (a partial run)" } else { "" };
                let _ = writeln!(
                    o,
                    "`{}`{partial}: **{} new**, {} persisting, {} fixed, {} not seen\n",
                    b.path,
                    b.new,
                    b.persisting,
                    b.fixed.len(),
                    b.not_seen.len()
                );
                for f in &new {
                    let _ = writeln!(o, "- new: {}", finding_line(f));
                }
                for g in &b.fixed {
                    let _ = writeln!(o, "- fixed: **{}** `{}` — {}", g.label, g.directory, cell(&g.why));
                }
                for g in &b.not_seen {
                    let _ = writeln!(o, "- not seen: **{}** `{}` — {}", g.label, g.directory, cell(&g.why));
                }
                if !b.compat_changes.is_empty() {
                    let _ = writeln!(o, "\nCompat cells that changed:\n\n| engine | column | before | now |\n|---|---|---|---|");
                    for c in &b.compat_changes {
                        let _ = writeln!(o, "| {} | {} | {} | {} |", c.engine, c.column, cell(&c.before), cell(&c.after));
                    }
                }
                if !b.throughput_changes.is_empty() {
                    let _ = writeln!(o, "\nThroughput beyond noise:\n\n| engines | before cases/s | now | change | noise |\n|---|---:|---:|---:|---:|");
                    for c in &b.throughput_changes {
                        let _ = writeln!(o, "| {} | {:.0} | {:.0} | {:+.0}% | ±{:.0}% |", c.key, c.before, c.after, 100.0 * c.change, 100.0 * c.noise);
                    }
                }
                let _ = writeln!(o);
            }
        }
    }
    distinct_failures(&mut o, r);
    let _ = writeln!(o, "## Findings ({})\n", r.findings.len());
    if r.findings.is_empty() {
        let _ = writeln!(o, "none\n");
    } else {
        let _ = writeln!(o, "| status | property | lane | failing vs matching the model | first diverging event | count | files |\n|---|---|---|---|---|---:|---|");
        let mut sorted: Vec<&Finding> = r.findings.iter().collect();
        sorted.sort_by_key(|f| (f.status != FindingStatus::New, f.label.clone()));
        for f in sorted {
            let event = f.first_event.as_ref().map_or(String::new(), |e| format!("`{}` / `{}`", e.expected, e.actual));
            let agreeing = if f.agreeing.is_empty() { "none".to_string() } else { f.agreeing.join(", ") };
            let files: Vec<String> = ["repro.mjs", "reduced/program.reentry", "verdict.txt"].iter().filter_map(|n| link(f, n)).collect();
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} vs {} | {} | {} | `{}` {} |",
                if f.status == FindingStatus::New { "**new**" } else { "persisting" },
                cell(&f.label),
                f.lane.as_deref().unwrap_or("-"),
                cell(&f.failing.join(", ")),
                cell(&agreeing),
                cell(&event),
                f.count,
                f.directory,
                files.join(" · ")
            );
        }
        let _ = writeln!(o);
    }
    let _ = writeln!(o, "## Engines\n\n| engine | state | version | detail |\n|---|---|---|---|");
    for e in &r.engines {
        let state = match e.state {
            EngineState::Ok => "ok",
            EngineState::Unavailable => "**unavailable**",
            EngineState::Failed => "**did not start**",
            EngineState::NotMeasured => "not measured",
        };
        let _ = writeln!(o, "| {} | {state} | {} | {} |", e.name, cell(e.version.as_deref().unwrap_or("")), cell(&e.detail));
    }
    let _ = writeln!(o, "\n## Phases\n\n| phase | state | planned s | took s | detail |\n|---|---|---:|---:|---|");
    for p in &r.phases {
        let _ = writeln!(o, "| {} | {:?} | {:.0} | {:.1} | {} |", p.name, p.state, p.planned_seconds, p.elapsed_seconds, cell(&p.detail));
    }
    let _ = writeln!(o, "\n## Corpus and spec scripts\n\n| suite | passed | known defects | not run | failed |\n|---|---:|---:|---:|---:|");
    for (k, t) in r.suites() {
        let failed = if t.failed > 0 { format!("**{}**", t.failed) } else { "0".into() };
        let _ = writeln!(o, "| {k} | {} | {} | {} | {failed} |", t.passed, t.known, t.not_run);
    }
    let _ = writeln!(o, "\n## Campaigns\n\n| kind | lane | cases | failing | cases/s | findings |\n|---|---|---:|---:|---:|---|");
    for c in &r.campaigns {
        let _ = writeln!(o, "| {} | {} | {} | {} | {:.0} | `{}` |", c.kind, c.lane.as_deref().unwrap_or("-"), c.cases, c.failing_cases, c.cases_per_second, c.findings_dir);
    }
    // Known defects and declared hazards (with what a platform sees), lane facts.
    let counted: Vec<String> = r
        .campaigns
        .iter()
        .flat_map(|c| c.counted.iter().map(move |k| format!("| {} | {} | {} | {} |", c.lane.as_deref().unwrap_or(&c.kind), cell(&k.key), k.count, cell(&k.message))))
        .collect();
    if !counted.is_empty() {
        let _ = writeln!(o, "\n## Counted, not findings\n\n| campaign | what | cases | why |\n|---|---|---:|---|");
        for line in counted {
            let _ = writeln!(o, "{line}");
        }
    }
    if !r.bench.is_empty() {
        let _ = writeln!(o, "\n## Bench snapshot\n\n| engines [lane] | cases/s (median) | runs | overhead vs floor |\n|---|---:|---|---:|");
        for b in &r.bench {
            let runs: Vec<String> = b.runs.iter().map(|x| format!("{x:.0}")).collect();
            let over = b.floor_overhead.map_or("-".into(), |x| format!("{x:.2}x"));
            let err = b.error.as_deref().map_or(String::new(), |e| format!(" ({})", cell(e)));
            let _ = writeln!(o, "| {} | {:.0}{err} | {} | {over} |", b.key(), b.cases_per_second, runs.join(", "));
        }
    }
    if let Some(m) = matrix {
        let _ = writeln!(o, "\n## Compatibility matrix\n");
        o.push_str(&compat_render::markdown_table(m));
    }
    if !r.errors.is_empty() {
        let _ = writeln!(o, "\n## Errors of the run\n");
        for e in &r.errors {
            let _ = writeln!(o, "- {}", cell(e));
        }
    }
    o
}
