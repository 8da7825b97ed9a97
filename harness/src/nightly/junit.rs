//! `junit.xml`: the report as test results any CI system shows natively
//! (valid against the Jenkins/Surefire JUnit XSD, `junit-10.xsd`). Suites:
//! `nightly` (a case per phase), `engines` (a case per engine: an error when
//! it did not start), `corpus.<lane>.<engine>` (a case per corpus program),
//! `conformance.<engine>` (a case per spec script) and `findings` (a case per
//! finding, failing; new or persisting in its type).

use super::report::{CaseStatus, EngineState, FindingStatus, PhaseState, Report};
use std::collections::BTreeMap;
use std::fmt::Write as _;

enum Result {
    Pass,
    /// Passed, with a note (a known defect: an expected failure).
    Note(String),
    Skipped(String),
    Failure { kind: String, message: String, detail: String },
    Error { message: String, detail: String },
}

struct Case {
    name: String,
    seconds: f64,
    result: Result,
}

/// Text safe in XML content and attributes (the HTML escapes are XML's
/// too); characters XML 1.0 cannot hold are dropped.
fn esc(s: &str) -> String {
    let allowed = |c: &char| !((*c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') || *c == '\u{fffe}' || *c == '\u{ffff}');
    crate::compat::render::esc(&s.chars().filter(allowed).collect::<String>())
}

/// A `time` attribute: seconds with three decimals, never negative (the
/// XSD's pattern has no sign; an empty float sum is -0.0).
fn time(seconds: f64) -> String {
    format!("{:.3}", if seconds > 0.0 { seconds } else { 0.0 })
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").to_string()
}

fn suite(out: &mut String, name: &str, cases: &[Case], timestamp: &str) {
    let count = |f: fn(&Result) -> bool| cases.iter().filter(|c| f(&c.result)).count();
    let failures = count(|r| matches!(r, Result::Failure { .. }));
    let errors = count(|r| matches!(r, Result::Error { .. }));
    let skipped = count(|r| matches!(r, Result::Skipped(_)));
    let _ = writeln!(
        out,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"{skipped}\" time=\"{}\" timestamp=\"{timestamp}\">",
        esc(name),
        cases.len(),
        time(cases.iter().map(|c| c.seconds).sum())
    );
    for c in cases {
        let open = format!("    <testcase classname=\"{}\" name=\"{}\" time=\"{}\"", esc(name), esc(&c.name), time(c.seconds));
        match &c.result {
            Result::Pass => {
                let _ = writeln!(out, "{open}/>");
            }
            Result::Note(text) => {
                let _ = writeln!(out, "{open}><system-out>{}</system-out></testcase>", esc(text));
            }
            Result::Skipped(why) => {
                let _ = writeln!(out, "{open}><skipped message=\"{}\"/></testcase>", esc(why));
            }
            Result::Failure { kind, message, detail } => {
                let _ = writeln!(out, "{open}><failure type=\"{}\" message=\"{}\">{}</failure></testcase>", esc(kind), esc(message), esc(detail));
            }
            Result::Error { message, detail } => {
                let _ = writeln!(out, "{open}><error type=\"run\" message=\"{}\">{}</error></testcase>", esc(message), esc(detail));
            }
        }
    }
    let _ = writeln!(out, "  </testsuite>");
}

pub fn render(r: &Report) -> String {
    let timestamp = super::html::iso_time(r.started_at);
    let mut suites: Vec<(String, Vec<Case>)> = Vec::new();
    let phases = r
        .phases
        .iter()
        .map(|p| Case {
            name: p.name.clone(),
            seconds: p.elapsed_seconds,
            result: match p.state {
                PhaseState::Done => Result::Pass,
                PhaseState::Pending => Result::Skipped("not reached".into()),
                PhaseState::Skipped | PhaseState::Interrupted => Result::Skipped(p.detail.clone()),
                PhaseState::Failed => Result::Error { message: first_line(&p.detail), detail: p.detail.clone() },
            },
        })
        .collect();
    suites.push(("nightly".into(), phases));
    let engines = r
        .engines
        .iter()
        .map(|e| Case {
            name: e.name.clone(),
            seconds: 0.0,
            result: match e.state {
                EngineState::Ok => Result::Pass,
                EngineState::Unavailable | EngineState::NotMeasured => Result::Skipped(e.detail.clone()),
                EngineState::Failed => Result::Error { message: format!("{} did not start", e.name), detail: e.detail.clone() },
            },
        })
        .collect();
    suites.push(("engines".into(), engines));
    let status = |s: CaseStatus, detail: &str| match s {
        CaseStatus::Pass => Result::Pass,
        CaseStatus::Known => Result::Note(format!("expected failure: {detail}")),
        CaseStatus::Unsupported => Result::Skipped(detail.to_string()),
        CaseStatus::Fail => Result::Failure { kind: "fail".into(), message: first_line(detail), detail: detail.to_string() },
    };
    let mut grouped: BTreeMap<String, Vec<Case>> = BTreeMap::new();
    for c in &r.corpus {
        let case = Case { name: c.program.clone(), seconds: c.seconds, result: status(c.status, &c.detail) };
        grouped.entry(format!("corpus.{}.{}", c.lane, c.engine)).or_default().push(case);
    }
    for c in &r.conformance {
        let case = Case { name: c.file.clone(), seconds: c.seconds, result: status(c.status, &c.detail) };
        grouped.entry(format!("conformance.{}", c.engine)).or_default().push(case);
    }
    suites.extend(grouped);
    let findings = r
        .findings
        .iter()
        .map(|f| {
            let kind = if f.status == FindingStatus::New { "new finding" } else { "persisting finding" };
            let detail = format!(
                "{}\nsignature: {}\ndirectory: {}\nfiles: {}",
                f.message,
                f.signature,
                f.directory,
                f.files.iter().map(|l| l.path.as_str()).collect::<Vec<_>>().join(" ")
            );
            Case { name: f.directory.clone(), seconds: 0.0, result: Result::Failure { kind: kind.into(), message: format!("{}: {}", f.label, first_line(&f.message)), detail } }
        })
        .collect();
    suites.push(("findings".into(), findings));

    let all: Vec<&Case> = suites.iter().flat_map(|(_, c)| c).collect();
    let failures = all.iter().filter(|c| matches!(c.result, Result::Failure { .. })).count();
    let errors = all.iter().filter(|c| matches!(c.result, Result::Error { .. })).count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"reentry nightly\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\" time=\"{}\">",
        all.len(),
        time(r.elapsed_seconds)
    );
    for (name, cases) in &suites {
        suite(&mut out, name, cases, &timestamp);
    }
    out.push_str("</testsuites>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_control_characters_dropped() {
        assert_eq!(esc("a<b & \"c\" 'd'\u{1}\n"), "a&lt;b &amp; &quot;c&quot; &#39;d&#39;\n");
        assert_eq!((time(-0.0), time(1.23456)), ("0.000".to_string(), "1.235".to_string()));
    }
}
