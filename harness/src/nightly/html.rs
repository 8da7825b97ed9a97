//! `report.html`: one self-contained page (no script, nothing fetched):
//! the summary, what changed since the baseline, the findings with links to
//! their files, charts as inline SVG ([`super::svg`]: throughput per engine
//! over the run, findings by property and engine, generator coverage), the
//! engines (red rows for those that did not start), the phases, campaigns,
//! bench, the corpus and spec-script results, and the compat matrix
//! (`compat::render::html_table`).

use super::report::*;
use super::svg;
use crate::compat::render::{self as compat_render, esc};
use crate::compat::Matrix;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// `2026-05-28T20:26:40` (UTC) from seconds since the Unix epoch.
pub fn iso_time(secs: u64) -> String {
    let d = compat_render::date(secs);
    format!("{}T{}:{:02}", &d[..10], &d[11..16], secs % 60)
}

const CSS: &str = r#"
.badge { display: inline-block; border-radius: 4px; padding: .05rem .45rem; font-weight: 600; font-size: .85rem; }
.complete { background: #dafbe1; color: #1a7f37; } .partial { background: #fff8c5; color: #9a6700; }
.cards { display: flex; flex-wrap: wrap; gap: .6rem; margin: .8rem 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .5rem .8rem; min-width: 9rem; }
.card b { display: block; font-size: 1.4rem; } .card.bad b { color: var(--no); } .card.good b { color: var(--yes); }
table.t { width: 100%; } table.t th, table.t td { font-size: .85rem; overflow-wrap: break-word; } table.t td code { overflow-wrap: anywhere; } table.t th { position: static; max-width: none; }
tr.red td { background: #ffebe9; } tr.new td:first-child { color: var(--no); font-weight: 600; }
.err { border-left: 4px solid var(--no); background: #ffebe9; padding: .5rem .8rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(30rem, 1fr)); gap: 1rem; }
.charts figure.wide { grid-column: 1 / -1; }
.charts figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: .4rem; }
.charts figcaption { font-size: .85rem; color: #57606a; margin: .2rem .2rem .4rem; }
svg.chart { display: block; }
@media (max-width: 700px) {
  table.t, table.t thead, table.t tbody, table.t tr, table.t td, table.t th { display: revert; }
  .wrap.t { overflow-x: auto; border: 1px solid var(--line); }
}
"#;

fn table(o: &mut String, id: &str, head: &[&str], rows: &[(String, Vec<String>)]) {
    let _ = write!(o, "<div class=\"wrap t\"><table class=\"t\" id=\"{id}\"><thead><tr>");
    for h in head {
        let _ = write!(o, "<th>{}</th>", esc(h));
    }
    let _ = writeln!(o, "</tr></thead><tbody>");
    for (class, cells) in rows {
        let _ = write!(o, "<tr class=\"{class}\">");
        for c in cells {
            let _ = write!(o, "<td>{c}</td>");
        }
        let _ = writeln!(o, "</tr>");
    }
    let _ = writeln!(o, "</tbody></table></div>");
}

fn card(o: &mut String, class: &str, value: impl std::fmt::Display, what: &str) {
    let _ = write!(o, "<div class=\"card {class}\"><b>{value}</b>{}</div>", esc(what));
}

fn links(f: &Finding) -> String {
    f.files.iter().map(|l| format!("<a href=\"{}\">{}</a>", esc(&l.path), esc(&l.name))).collect::<Vec<_>>().join(" · ")
}

fn engine_of(run: &str) -> String {
    run.split('/').next().unwrap_or(run).to_string()
}

pub fn render(r: &Report, matrix: Option<&Matrix>) -> String {
    let mut o = String::new();
    let date = compat_render::date(r.started_at);
    let _ = write!(
        o,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>reentry nightly {}</title><style>{}{CSS}</style></head><body>\n",
        esc(&date),
        compat_render::CSS
    );
    let (status, class) = match r.status {
        Status::Complete => ("complete", "complete"),
        Status::Partial => ("partial", "partial"),
    };
    let _ = writeln!(o, "<h1>reentry nightly · {}</h1>", esc(&date));
    let reason = r.partial_reason.as_deref().map_or(String::new(), |p| format!(": {}", esc(p)));
    let _ = writeln!(o, "<p><span class=\"badge {class}\" id=\"status\">{status}</span>{reason}</p>");
    let mutant = r.mutant.as_deref().map_or(String::new(), |m| format!(" · seeded bug <code>{}</code>", esc(m)));
    let _ = writeln!(
        o,
        "<p class=\"meta\">budget {:.0} s, ran {:.0} s · seed {}{mutant} · reentry {} · schema {} v{} · <code>{}</code></p>",
        r.budget_seconds,
        r.elapsed_seconds,
        r.seed,
        esc(&r.reentry_version),
        esc(&r.schema),
        r.schema_version,
        esc(&r.command)
    );

    let new = r.findings.iter().filter(|f| f.status == FindingStatus::New).count();
    let red = r.engines.iter().filter(|e| e.state != EngineState::Ok).count();
    let corpus_fail = r.corpus.iter().filter(|c| c.status == CaseStatus::Fail).count();
    let conf_fail = r.conformance.iter().filter(|c| c.status == CaseStatus::Fail).count();
    let fuzzed: u64 = r.campaigns.iter().filter(|c| c.kind == "fuzz").map(|c| c.cases).sum();
    o.push_str("<div class=\"cards\">");
    card(&mut o, if new > 0 { "bad" } else { "good" }, new, "new findings");
    card(&mut o, "", r.findings.len() - new, "persisting");
    card(&mut o, "", r.failure_groups().len(), "distinct failures");
    card(&mut o, "", r.baseline.as_ref().map_or(0, |b| b.fixed.len()), "fixed");
    card(&mut o, if red > 0 { "bad" } else { "good" }, format!("{}/{}", r.engines.len() - red, r.engines.len()), "engines ran");
    card(&mut o, if corpus_fail > 0 { "bad" } else { "good" }, format!("{}/{}", r.corpus.len() - corpus_fail, r.corpus.len()), "corpus cases passed");
    card(&mut o, if conf_fail > 0 { "bad" } else { "good" }, format!("{}/{}", r.conformance.len() - conf_fail, r.conformance.len()), "spec scripts passed");
    card(&mut o, "", fuzzed, "programs fuzzed");
    o.push_str("</div>\n");

    baseline(&mut o, r);
    findings(&mut o, r);
    charts(&mut o, r);
    engines(&mut o, r);
    runs(&mut o, r);
    results(&mut o, r);
    let _ = writeln!(o, "<h2 id=\"compat\">Compatibility matrix</h2>");
    match matrix {
        Some(m) => o.push_str(&compat_render::html_table(m)),
        None => o.push_str("<p>not measured (the run stopped first)</p>"),
    }
    if !r.errors.is_empty() {
        let _ = writeln!(o, "<h2>Errors of the run</h2><ul>");
        for e in &r.errors {
            let _ = writeln!(o, "<li>{}</li>", esc(e));
        }
        let _ = writeln!(o, "</ul>");
    }
    o.push_str("</body></html>\n");
    o
}

fn baseline(o: &mut String, r: &Report) {
    let Some(b) = &r.baseline else { return };
    let _ = writeln!(o, "<h2 id=\"baseline\">Since the baseline</h2>");
    if let Some(e) = &b.error {
        let _ = writeln!(o, "<p class=\"err\">The baseline could not be used; nothing was compared. {}</p>", esc(e));
        return;
    }
    let when = b.started_at.map_or(String::new(), compat_render::date);
    let partial = if b.partial { " (a partial run)" } else { "" };
    let _ = writeln!(
        o,
        "<p class=\"meta\"><code>{}</code>, {}{partial}: <b>{} new</b>, {} persisting, {} fixed, {} not seen</p>",
        esc(&b.path),
        esc(&when),
        b.new,
        b.persisting,
        b.fixed.len(),
        b.not_seen.len()
    );
    let gone: Vec<(String, Vec<String>)> = b
        .fixed
        .iter()
        .map(|g| ("".to_string(), vec!["fixed".into(), esc(&g.label), format!("<code>{}</code>", esc(&g.directory)), esc(&g.why)]))
        .chain(b.not_seen.iter().map(|g| ("".to_string(), vec!["not seen".into(), esc(&g.label), format!("<code>{}</code>", esc(&g.directory)), esc(&g.why)])))
        .collect();
    if !gone.is_empty() {
        table(o, "gone", &["", "property", "baseline directory", "why"], &gone);
    }
    if !b.compat_changes.is_empty() {
        let _ = writeln!(o, "<h3>Compat cells that changed</h3>");
        let rows: Vec<(String, Vec<String>)> =
            b.compat_changes.iter().map(|c| ("".into(), vec![esc(&c.engine), esc(&c.column), esc(&c.before), esc(&c.after)])).collect();
        table(o, "compat-changes", &["engine", "column", "before", "now"], &rows);
    }
    if !b.throughput_changes.is_empty() {
        let _ = writeln!(o, "<h3>Throughput beyond noise</h3>");
        let rows: Vec<(String, Vec<String>)> = b
            .throughput_changes
            .iter()
            .map(|c| {
                let class = if c.change < 0.0 { "red" } else { "" };
                (class.into(), vec![esc(&c.key), format!("{:.0}", c.before), format!("{:.0}", c.after), format!("{:+.0}%", 100.0 * c.change), format!("±{:.0}%", 100.0 * c.noise)])
            })
            .collect();
        table(o, "throughput-changes", &["engines", "before cases/s", "now", "change", "noise"], &rows);
    }
}

fn findings(o: &mut String, r: &Report) {
    let _ = writeln!(o, "<h2 id=\"findings\">Findings ({})</h2>", r.findings.len());
    if r.findings.is_empty() {
        let _ = writeln!(o, "<p>none</p>");
        return;
    }
    // The triage view first: one row per distinct failure, its smallest program.
    let groups: Vec<(String, Vec<String>)> = r
        .failure_groups()
        .iter()
        .map(|g| {
            let status = if g.new { "new" } else { "persisting" };
            let expected = g.expected.map_or(String::new(), |e| format!("<code>{}</code>", esc(e)));
            let smallest = g.findings[0];
            (
                status.into(),
                vec![
                    status.into(),
                    format!("<b>{}</b>", esc(g.label)),
                    esc(g.lane.unwrap_or("-")),
                    expected,
                    format!("<small>{}</small>", esc(&actual_summary(g))),
                    g.findings.len().to_string(),
                    esc(&g.failing.join(", ")),
                    format!("<code>{}</code> ({} steps)<br>{}", esc(&smallest.directory), smallest.size, links(smallest)),
                ],
            )
        })
        .collect();
    let _ = writeln!(o, "<h3 id=\"distinct-failures\">Distinct failures ({})</h3>", groups.len());
    table(o, "groups-table", &["", "property", "lane", "expected first", "engines had instead", "findings", "failing runs", "smallest"], &groups);
    let _ = writeln!(o, "<h3 id=\"every-finding\">Every finding ({})</h3>", r.findings.len());
    let mut sorted: Vec<&Finding> = r.findings.iter().collect();
    sorted.sort_by_key(|f| (f.status != FindingStatus::New, f.label.clone()));
    let rows: Vec<(String, Vec<String>)> = sorted
        .iter()
        .map(|f| {
            let status = if f.status == FindingStatus::New { "new" } else { "persisting" };
            let event = f.first_event.as_ref().map_or(String::new(), |e| format!("<code>{}</code> / <code>{}</code>", esc(&e.expected), esc(&e.actual)));
            let size = if f.reduced { format!("{} (reduced)", f.size) } else { f.size.to_string() };
            (
                status.into(),
                vec![
                    status.into(),
                    format!("<b>{}</b><br><small>{}</small>", esc(&f.label), esc(&f.message)),
                    esc(f.lane.as_deref().unwrap_or("-")),
                    format!("{}<br><small>vs {}</small>", esc(&f.failing.join(", ")), esc(&if f.agreeing.is_empty() { "none".into() } else { f.agreeing.join(", ") })),
                    event,
                    format!("{} <small>({} nights, {} in all)</small>", f.count, f.nights, f.total_count),
                    size,
                    format!("<code>{}</code><br>{}", esc(&f.directory), links(f)),
                ],
            )
        })
        .collect();
    table(o, "findings-table", &["", "property", "lane", "failing vs matching the model", "first diverging event (expected / actual)", "count", "steps", "files"], &rows);
}

fn charts(o: &mut String, r: &Report) {
    let _ = writeln!(o, "<h2 id=\"charts\">Charts</h2><div class=\"charts\">");
    // Throughput: one line per engine, one band per fuzz campaign.
    let mut per_engine: BTreeMap<String, Vec<(f64, f64)>> = BTreeMap::new();
    let mut bands: Vec<(f64, f64, String)> = Vec::new();
    for s in &r.throughput {
        for (e, v) in &s.engines {
            per_engine.entry(e.clone()).or_default().push((s.seconds, *v));
        }
        match bands.last_mut() {
            Some(b) if b.2 == s.lane => b.1 = s.seconds,
            _ => bands.push((s.seconds, s.seconds, s.lane.clone())),
        }
    }
    let series: Vec<(String, Vec<(f64, f64)>)> = per_engine.into_iter().collect();
    figure(
        o,
        "throughput",
        "Cases per second per engine over the run: campaign cases over the time the engine itself spent on them, per window (bands: the lane being fuzzed)",
        &svg::lines("cases/s per engine over the run", "cases/s", &series, &bands),
    );
    // Findings by property, split by the engines on the failing side.
    let mut by: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
    for f in &r.findings {
        let mut engines: Vec<String> = f.failing.iter().map(|x| engine_of(x)).collect();
        engines.dedup();
        for e in engines {
            *by.entry(f.label.clone()).or_default().entry(e).or_default() += 1.0;
        }
    }
    let rows: Vec<(String, Vec<(String, f64)>)> = by.into_iter().map(|(p, m)| (p, m.into_iter().collect())).collect();
    figure(o, "findings-chart", "Findings by property and engine (an engine counts every finding it is on the failing side of)", &svg::stacked("findings by property and engine", &rows, "no findings"));
    // Coverage, stacked by lane.
    let cov = |f: fn(&Coverage) -> &BTreeMap<String, u64>, prefix: &str| -> Vec<(String, Vec<(String, f64)>)> {
        let mut rows: BTreeMap<String, Vec<(String, f64)>> = BTreeMap::new();
        for c in &r.coverage {
            for (k, n) in f(c) {
                rows.entry(format!("{prefix}{k}")).or_default().push((c.lane.clone(), *n as f64));
            }
        }
        rows.into_iter().collect()
    };
    let mut steps = cov(|c| &c.wasm_steps, "wasm ");
    steps.extend(cov(|c| &c.host_steps, "host "));
    let none = "no programs generated: no fuzz campaign ran";
    figure(o, "coverage-steps", "Generator coverage: step kinds generated, by lane", &svg::stacked("step kinds", &steps, none));
    let mut aborts = cov(|c| &c.aborts_generated, "generated ");
    aborts.extend(cov(|c| &c.aborts_executed, "executed "));
    figure(o, "coverage-aborts", "Abort kinds: generated, and executed by the model, by lane", &svg::stacked("abort kinds", &aborts, none));
    let mut depth = cov(|c| &c.nesting_depth, "depth ");
    depth.sort_by_key(|(k, _)| k.trim_start_matches("depth ").parse::<u32>().unwrap_or(0));
    figure(o, "coverage-depth", "Nesting depth: Wasm→host→Wasm host frames a driver call can reach, programs by lane", &svg::stacked("nesting depth", &depth, none));
    let _ = writeln!(o, "</div>");
    let gaps: Vec<String> = r.coverage.iter().filter(|c| !c.never_seen.is_empty()).map(|c| format!("{}: {}", c.lane, c.never_seen.join(", "))).collect();
    if !gaps.is_empty() {
        let _ = writeln!(o, "<p class=\"meta\">Never generated or executed: {}</p>", esc(&gaps.join("; ")));
    }
}

fn figure(o: &mut String, id: &str, caption: &str, svg: &str) {
    let wide = if id == "throughput" { " class=\"wide\"" } else { "" };
    let _ = writeln!(o, "<figure id=\"{id}\"{wide}><figcaption>{}</figcaption>{svg}</figure>", esc(caption));
}

fn engines(o: &mut String, r: &Report) {
    let _ = writeln!(o, "<h2 id=\"engines\">Engines</h2>");
    let rows: Vec<(String, Vec<String>)> = r
        .engines
        .iter()
        .map(|e| {
            let state = match e.state {
                EngineState::Ok => "ok",
                EngineState::Unavailable => "unavailable",
                EngineState::Failed => "did not start",
                EngineState::NotMeasured => "not measured",
            };
            let class = if e.state == EngineState::Ok { "" } else { "red" };
            (class.into(), vec![format!("<b>{}</b>", esc(&e.name)), state.into(), esc(e.version.as_deref().unwrap_or("")), esc(&e.lanes.join(", ")), esc(&e.detail)])
        })
        .collect();
    table(o, "engines-table", &["engine", "state", "version", "lanes", "detail"], &rows);
}

fn runs(o: &mut String, r: &Report) {
    let _ = writeln!(o, "<h2 id=\"phases\">Phases</h2>");
    let rows: Vec<(String, Vec<String>)> = r
        .phases
        .iter()
        .map(|p| {
            let state = format!("{:?}", p.state).to_lowercase();
            let class = if p.state == PhaseState::Failed { "red" } else { "" };
            (class.into(), vec![esc(&p.name), state, format!("{:.0}", p.planned_seconds), format!("{:.1}", p.elapsed_seconds), esc(&p.detail)])
        })
        .collect();
    table(o, "phases-table", &["phase", "state", "planned s", "took s", "detail"], &rows);
    let _ = writeln!(o, "<h2 id=\"campaigns\">Campaigns</h2>");
    let rows: Vec<(String, Vec<String>)> = r
        .campaigns
        .iter()
        .map(|c| {
            let counted: Vec<String> = c.counted.iter().map(|k| format!("{} ×{}", k.key, k.count)).collect();
            (
                String::new(),
                vec![
                    esc(&c.kind),
                    esc(c.lane.as_deref().unwrap_or("-")),
                    esc(&c.engines.join(", ")),
                    c.cases.to_string(),
                    c.failing_cases.to_string(),
                    format!("{:.0}", c.cases_per_second),
                    format!("<code>{}</code>", esc(&c.findings_dir)),
                    esc(&counted.join("; ")),
                ],
            )
        })
        .collect();
    table(o, "campaigns-table", &["kind", "lane", "engines", "cases", "failing", "cases/s", "findings", "counted, not findings"], &rows);
    let _ = writeln!(o, "<h2 id=\"bench\">Bench snapshot</h2>");
    let rows: Vec<(String, Vec<String>)> = r
        .bench
        .iter()
        .map(|b| {
            let runs: Vec<String> = b.runs.iter().map(|x| format!("{x:.0}")).collect();
            let class = if b.error.is_some() { "red" } else { "" };
            (
                class.into(),
                vec![esc(&b.key()), format!("{:.0}", b.cases_per_second), runs.join(", "), b.floor_overhead.map_or("-".into(), |x| format!("{x:.2}x")), esc(b.error.as_deref().unwrap_or(""))],
            )
        })
        .collect();
    table(o, "bench-table", &["engines [lane]", "cases/s (median)", "runs", "overhead vs floor", "error"], &rows);
}

fn results(o: &mut String, r: &Report) {
    let _ = writeln!(o, "<h2 id=\"corpus\">Corpus and spec scripts</h2>");
    let rows: Vec<(String, Vec<String>)> = r
        .suites()
        .iter()
        .map(|(k, t)| {
            let class = if t.failed > 0 { "red" } else { "" };
            (class.into(), vec![esc(k), t.passed.to_string(), t.known.to_string(), t.not_run.to_string(), t.failed.to_string()])
        })
        .collect();
    table(o, "suites-table", &["suite", "passed", "known defects", "not run (lane facts)", "failed"], &rows);
    let failed: Vec<(String, Vec<String>)> = r
        .corpus
        .iter()
        .filter(|c| c.status == CaseStatus::Fail)
        .map(|c| ("red".into(), vec![esc(&format!("corpus {} · {}", c.lane, c.engine)), esc(&c.program), format!("<pre>{}</pre>", esc(&c.detail))]))
        .chain(r.conformance.iter().filter(|c| c.status == CaseStatus::Fail).map(|c| ("red".into(), vec![esc(&format!("spec scripts · {}", c.engine)), esc(&c.file), format!("<pre>{}</pre>", esc(&c.detail))])))
        .take(200)
        .collect();
    if !failed.is_empty() {
        let _ = writeln!(o, "<details><summary>{} failing cases (first 200)</summary>", failed.len());
        table(o, "failing-cases", &["suite", "case", "what failed"], &failed);
        let _ = writeln!(o, "</details>");
    }
}
