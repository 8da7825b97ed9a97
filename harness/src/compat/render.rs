//! The matrix as Markdown (a README or a CI job summary), JSON (schema
//! `reports/compat.schema.json`) and one self-contained HTML page (no
//! network, no script; a table on wide screens, one card per engine on a
//! phone, every cell expandable to what decided it).

use super::probes::State;
use super::{Cell, Matrix};
use std::collections::HashMap;
use std::fmt::Write as _;

/// The formats of `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Json,
    Html,
}

pub fn render(m: &Matrix, format: Format) -> String {
    match format {
        Format::Md => markdown(m),
        Format::Json => json(m),
        Format::Html => html(m),
    }
}

pub fn json(m: &Matrix) -> String {
    serde_json::to_string_pretty(m).expect("the matrix serializes") + "\n"
}

/// `2026-05-28 20:26 UTC` from seconds since the Unix epoch.
pub fn date(secs: u64) -> String {
    // Civil date from days since the epoch (Howard Hinnant's algorithm).
    let days = (secs / 86_400) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(mo <= 2);
    let t = secs % 86_400;
    format!("{y:04}-{mo:02}-{d:02} {:02}:{:02} UTC", t / 3600, t / 60 % 60)
}

fn summary_line(m: &Matrix) -> String {
    format!(
        "reentry {} · {} · {} engines in {:.0} s · schema {} v{}",
        m.reentry_version,
        date(m.generated_at),
        m.rows.len(),
        m.elapsed_seconds,
        m.schema,
        m.schema_version
    )
}

fn toolchain_line(m: &Matrix) -> Vec<String> {
    m.toolchains
        .iter()
        .map(|t| match &t.version {
            Some(v) => format!("{}: {v}", t.lane),
            None => format!("{}: {} ({})", t.lane, t.state.name(), t.detail),
        })
        .collect()
}

/// Notes numbered by their text: a reason shared by several engines is one
/// note naming them all.
struct Notes {
    index: HashMap<String, usize>,
    list: Vec<(String, Vec<String>)>,
}

impl Notes {
    fn new() -> Notes {
        Notes { index: HashMap::new(), list: Vec::new() }
    }

    /// The note number for a cell that needs one (anything but a plain yes).
    fn of(&mut self, engine: &str, title: &str, c: &Cell) -> Option<usize> {
        if c.state == State::Yes && !c.detail.contains("failed:") {
            return None;
        }
        let key = format!("{title} — {}: {} (decided by `{}`)", c.state.name(), c.detail, c.decided_by);
        let n = *self.index.entry(key.clone()).or_insert_with(|| {
            self.list.push((key, Vec::new()));
            self.list.len()
        });
        let engines = &mut self.list[n - 1].1;
        if !engines.iter().any(|e| e == engine) {
            engines.push(engine.to_string());
        }
        Some(n)
    }
}

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

pub fn markdown(m: &Matrix) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Engine compatibility: panic=unwind and abort recovery\n");
    let _ = writeln!(out, "{}\n", summary_line(m));
    out.push_str(&markdown_table(m));
    let _ = writeln!(out, "\n## Columns\n");
    for c in &m.columns {
        let _ = writeln!(out, "- **{}** (`{}`, `{}`): {}", c.title, c.id, c.command, c.about);
    }
    let _ = writeln!(out, "\n## Probes\n");
    for p in &m.probes {
        let _ = writeln!(out, "<details><summary><code>probe:{}</code> — {}</summary>\n", p.id, p.title);
        let _ = writeln!(out, "{}\n", p.about);
        for (k, wat) in &p.wat {
            let _ = writeln!(out, "{k}:\n\n```wat\n{wat}\n```\n");
        }
        let _ = writeln!(out, "</details>\n");
    }
    out
}

/// The toolchains, the legend, the table and its notes (what a report that
/// embeds the matrix shows).
pub fn markdown_table(m: &Matrix) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Corpus lanes measured with: {}\n", toolchain_line(m).join(" · "));
    let _ = writeln!(
        out,
        "Every cell was decided by running something on that engine now: the probe or test named under its column \
         heading (`probe:<id>`: harness/src/compat/probes.rs, WAT below). `yes` · `no` · `n/a` (does not apply) · \
         `not available yet` · `error` (could not be measured); a number in brackets is a note below saying what \
         was seen, and for `no` what failed. ᶜ marks a compat pin (an older release kept for this matrix).\n"
    );
    let mut notes = Notes::new();
    let mut header = vec!["engine".to_string(), "runtime".to_string(), "engine version".to_string()];
    header.extend(m.columns.iter().map(|c| format!("{}<br>`{}`", c.title, c.decided_by)));
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
    for r in &m.rows {
        let mut cells = vec![
            format!("{}{}", r.engine, if r.tier == "compat-pin" { " ᶜ" } else { "" }),
            format!("{} {}", r.runtime, r.runtime_version).trim().to_string(),
            r.engine_version.clone(),
        ];
        for c in &m.columns {
            let text = match r.cells.get(&c.id) {
                Some(cell) => {
                    let short = match cell.state {
                        State::No | State::Error => format!("**{}**", cell.short()),
                        _ => cell.short(),
                    };
                    match notes.of(&r.engine, &c.title, cell) {
                        Some(n) => format!("{short} [{n}]"),
                        None => short,
                    }
                }
                None => "–".into(),
            };
            cells.push(md_escape(&text));
        }
        let _ = writeln!(out, "| {} |", cells.iter().map(|c| md_escape(c)).collect::<Vec<_>>().join(" | "));
    }
    if !notes.list.is_empty() {
        let _ = writeln!(out, "\nNotes:\n");
        for (i, (n, engines)) in notes.list.iter().enumerate() {
            let _ = writeln!(out, "{}. {} — {}", i + 1, md_escape(n), engines.join(", "));
        }
    }
    for r in m.rows.iter().filter(|r| r.error.is_some()) {
        let _ = writeln!(out, "\n**{}** could not be measured: {}", r.engine, md_escape(r.error.as_deref().unwrap_or("")));
    }
    out
}

/// Text escaped for HTML (content and attribute values).
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

fn anchor(decided_by: &str) -> String {
    match decided_by.split_once(':') {
        Some(("probe", id)) => format!("#probe-{}", id.replace('.', "-")),
        _ => format!("#col-{}", decided_by.replace([':', '.', '/'], "-")),
    }
}

/// The page's style (a report that embeds the matrix uses it too).
pub const CSS: &str = r#"
:root { --yes:#1a7f37; --no:#cf222e; --na:#6e7781; --err:#9a6700; --bg:#fff; --fg:#1f2328; --line:#d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; padding: 1rem; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.35rem; margin: 0 0 .4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
.meta { color: #57606a; font-size: .9rem; margin: .2rem 0; }
.wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: max-content; min-width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; font-size: .85rem; }
th { background: #f6f8fa; position: sticky; top: 0; max-width: 9rem; font-weight: 600; overflow-wrap: anywhere; }
th a { color: inherit; } th small { display: block; font-weight: 400; color: #57606a; }
td.engine { position: sticky; left: 0; background: #fff; font-weight: 600; white-space: nowrap; }
td.engine small { display: block; font-weight: 400; color: #57606a; }
.cell summary { cursor: pointer; list-style: none; font-weight: 600; white-space: nowrap; }
.cell summary::-webkit-details-marker { display: none; }
.cell .why { font-size: .78rem; color: #424a53; max-width: 18rem; margin-top: .2rem; }
.yes summary { color: var(--yes); } .no summary { color: var(--no); } .na summary, .unavailable summary { color: var(--na); font-weight: 400; }
.error summary { color: var(--err); }
.pin { font-size: .7rem; background: #ddf4ff; color: #0550ae; border-radius: 3px; padding: 0 .25rem; margin-left: .3rem; }
pre { background: #f6f8fa; padding: .6rem; overflow-x: auto; font-size: .8rem; border-radius: 6px; }
dl dt { font-weight: 600; margin-top: .6rem; } dl dd { margin-left: 1rem; }
.legend span { margin-right: .8rem; } .legend .yes { color: var(--yes); font-weight: 600; } .legend .no { color: var(--no); font-weight: 600; }
@media (max-width: 700px) {
  body { padding: .6rem; }
  .wrap { border: 0; overflow: visible; }
  table, thead, tbody, tr, td { display: block; width: 100%; min-width: 0; }
  thead { display: none; }
  tr.row { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 .8rem; padding: .3rem .5rem; }
  td { border: 0; padding: .15rem 0; display: flex; gap: .5rem; }
  td.engine { position: static; font-size: 1rem; display: block; }
  td.c::before { content: attr(data-label); flex: 0 0 45%; color: #57606a; }
  .cell .why { max-width: none; }
  .cell summary { white-space: normal; }
}
"#;

pub fn html(m: &Matrix) -> String {
    let mut o = String::new();
    let _ = write!(
        o,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>reentry compat: engine compatibility matrix</title><style>{CSS}</style></head><body>\n"
    );
    let _ = writeln!(o, "<h1>Engine compatibility: panic=unwind and abort recovery</h1>");
    let _ = writeln!(o, "<p class=\"meta\">{}</p>", esc(&summary_line(m)));
    o.push_str(&html_table(m));
    let _ = writeln!(o, "<h2>Columns</h2><dl>");
    for c in m.columns.iter().filter(|c| c.group != "capability") {
        let _ = writeln!(
            o,
            "<dt id=\"{}\">{} <small><code>{}</code></small></dt><dd>{} <code>{}</code></dd>",
            esc(&anchor(&c.decided_by)[1..]),
            esc(&c.title),
            esc(&c.decided_by),
            esc(&c.about),
            esc(&c.command)
        );
    }
    let _ = writeln!(o, "</dl><h2>Probes</h2><dl>");
    for p in &m.probes {
        let _ = writeln!(
            o,
            "<dt id=\"probe-{}\"><code>probe:{}</code> — {}</dt><dd>{}",
            esc(&p.id.replace('.', "-")),
            esc(p.id),
            esc(p.title),
            esc(p.about)
        );
        for (k, wat) in &p.wat {
            let _ = writeln!(o, "<details><summary>{}</summary><pre>{}</pre></details>", esc(k), esc(wat));
        }
        let _ = writeln!(o, "</dd>");
    }
    let _ = writeln!(o, "</dl>\n</body></html>");
    o
}

/// The toolchains, the legend and the table (`<table id="matrix">`, one
/// `<tr class="row" data-engine=…>` per engine), styled by [`CSS`]: what a
/// report that embeds the matrix shows.
pub fn html_table(m: &Matrix) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "<p class=\"meta\">Corpus lanes measured with: {}</p>", esc(&toolchain_line(m).join(" · ")));
    let _ = writeln!(
        o,
        "<p class=\"meta legend\">Every cell was decided by running its column's probe or test on that engine; tap a \
         cell for what was seen. <span class=\"yes\">yes</span><span class=\"no\">no</span><span>n/a: does not apply</span>\
         <span>error: could not be measured</span><span class=\"pin\">compat pin</span> an older release kept for this matrix.</p>"
    );
    let _ = writeln!(o, "<div class=\"wrap\"><table id=\"matrix\"><thead><tr><th>engine</th>");
    for c in &m.columns {
        let _ = writeln!(
            o,
            "<th id=\"th-{}\" title=\"{}\"><a href=\"{}\">{}</a><small>{}</small></th>",
            esc(&c.id.replace(['.', '/'], "-")),
            esc(&c.about),
            esc(&anchor(&c.decided_by)),
            esc(&c.title),
            esc(&c.decided_by)
        );
    }
    let _ = writeln!(o, "</tr></thead><tbody>");
    for r in &m.rows {
        let _ = write!(
            o,
            "<tr class=\"row\" id=\"row-{}\" data-engine=\"{}\"><td class=\"engine\">{}{}<small>{} {}</small><small>{}</small></td>",
            esc(&r.engine.replace('.', "_")),
            esc(&r.engine),
            esc(&r.engine),
            if r.tier == "compat-pin" { "<span class=\"pin\">compat pin</span>" } else { "" },
            esc(&r.runtime),
            esc(&r.runtime_version),
            esc(&r.engine_version)
        );
        for c in &m.columns {
            match r.cells.get(&c.id) {
                Some(cell) => {
                    let class = match cell.state {
                        State::Yes => "yes",
                        State::No => "no",
                        State::NotApplicable => "na",
                        State::Unavailable => "unavailable",
                        State::Error => "error",
                    };
                    let _ = write!(
                        o,
                        "<td class=\"c\" data-label=\"{}\"><details class=\"cell {class}\"><summary>{}</summary>\
                         <div class=\"why\">{} — decided by <a href=\"{}\">{}</a></div></details></td>",
                        esc(&c.title),
                        esc(&cell.short()),
                        esc(&cell.detail),
                        esc(&anchor(&cell.decided_by)),
                        esc(&cell.decided_by)
                    );
                }
                None => {
                    let _ = write!(o, "<td class=\"c\" data-label=\"{}\">–</td>", esc(&c.title));
                }
            }
        }
        let _ = writeln!(o, "</tr>");
    }
    let _ = writeln!(o, "</tbody></table></div>");
    for r in m.rows.iter().filter(|r| r.error.is_some()) {
        let _ = writeln!(o, "<p class=\"no\"><b>{}</b> could not be measured: {}</p>", esc(&r.engine), esc(r.error.as_deref().unwrap_or("")));
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_escapes() {
        assert_eq!(date(0), "1970-01-01 00:00 UTC");
        assert_eq!(date(1_780_000_000), "2026-05-28 20:26 UTC");
        assert_eq!(esc("<a href=\"x\">&'</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
        assert_eq!(anchor("probe:catch_all.legacy"), "#probe-catch_all-legacy");
        assert_eq!(anchor("corpus:rustc/reentry"), "#col-corpus-rustc-reentry");
    }
}
