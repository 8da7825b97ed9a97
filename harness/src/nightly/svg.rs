//! Inline SVG charts for report.html: no script, no fonts or files to
//! fetch; each chart scales to its container (a `viewBox`, width 100%) and
//! says so in words when it has nothing to show.

use crate::compat::render::esc;
use std::fmt::Write as _;

/// Colours for series and bar segments, in order (distinct in colour-blind
/// palettes: Okabe–Ito, then greys).
const PALETTE: [&str; 10] = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#999999", "#666666"];

pub fn colour(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}

const W: f64 = 720.0;

fn open(o: &mut String, h: f64, title: &str) {
    let _ = write!(o, "<svg class=\"chart\" viewBox=\"0 0 {W} {h}\" width=\"100%\" role=\"img\" aria-label=\"{}\"><title>{}</title>", esc(title), esc(title));
    let _ = write!(o, "<rect x=\"0\" y=\"0\" width=\"{W}\" height=\"{h}\" fill=\"#fff\"/>");
}

fn text(o: &mut String, x: f64, y: f64, anchor: &str, size: f64, s: &str) {
    let _ = write!(o, "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" font-size=\"{size}\" fill=\"#1f2328\">{}</text>", esc(s));
}

fn empty(title: &str, why: &str) -> String {
    let mut o = String::new();
    open(&mut o, 80.0, title);
    text(&mut o, W / 2.0, 45.0, "middle", 14.0, why);
    o.push_str("</svg>");
    o
}

/// A round number at or above `x` (1, 2 or 5 times a power of ten).
fn nice(x: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    let p = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * p).find(|v| *v >= x).unwrap_or(10.0 * p)
}

fn legend(o: &mut String, y: f64, names: &[String]) {
    let mut x = 60.0;
    for (i, n) in names.iter().enumerate() {
        let _ = write!(o, "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"12\" height=\"12\" fill=\"{}\"/>", y - 10.0, colour(i));
        text(o, x + 16.0, y, "start", 12.0, n);
        x += 28.0 + 7.0 * n.chars().count() as f64;
        if x > W - 80.0 {
            break;
        }
    }
}

/// Lines over a shared x axis (seconds into the run); `bands` shade spans
/// of x with a label (the phases).
pub fn lines(title: &str, y_label: &str, series: &[(String, Vec<(f64, f64)>)], bands: &[(f64, f64, String)]) -> String {
    let points: Vec<(f64, f64)> = series.iter().flat_map(|(_, p)| p.iter().copied()).collect();
    if points.is_empty() {
        return empty(title, "no samples: no fuzz campaign ran");
    }
    let (h, left, right, top, bottom) = (320.0, 60.0, 20.0, 30.0, 60.0);
    let x_min = bands.iter().map(|b| b.0).chain(points.iter().map(|p| p.0)).fold(f64::MAX, f64::min).min(0.0);
    let x_max = bands.iter().map(|b| b.1).chain(points.iter().map(|p| p.0)).fold(0.0, f64::max).max(x_min + 1.0);
    let y_max = nice(points.iter().map(|p| p.1).fold(0.0, f64::max));
    let px = |x: f64| left + (x - x_min) / (x_max - x_min) * (W - left - right);
    let py = |y: f64| top + (1.0 - y / y_max) * (h - top - bottom);
    let mut o = String::new();
    open(&mut o, h, title);
    for (i, (a, b, label)) in bands.iter().enumerate() {
        let fill = if i % 2 == 0 { "#f6f8fa" } else { "#eef1f4" };
        let _ = write!(o, "<rect x=\"{:.1}\" y=\"{top}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{fill}\"/>", px(*a), (px(*b) - px(*a)).max(0.0), h - top - bottom);
        text(&mut o, (px(*a) + px(*b)) / 2.0, top - 8.0, "middle", 11.0, label);
    }
    for k in 0..=4 {
        let y = y_max * k as f64 / 4.0;
        let _ = write!(o, "<line x1=\"{left}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#d0d7de\"/>", W - right, py(y), py(y));
        text(&mut o, left - 6.0, py(y) + 4.0, "end", 11.0, &format!("{y:.0}"));
    }
    for k in 0..=5 {
        let x = x_min + (x_max - x_min) * k as f64 / 5.0;
        text(&mut o, px(x), h - bottom + 16.0, "middle", 11.0, &format!("{x:.0} s"));
    }
    let mid = top + (h - top - bottom) / 2.0;
    let _ = write!(o, "<g transform=\"rotate(-90 14 {mid:.1})\">");
    text(&mut o, 14.0, mid, "middle", 11.0, y_label);
    o.push_str("</g>");
    for (i, (_, pts)) in series.iter().enumerate() {
        let path: Vec<String> = pts.iter().map(|(x, y)| format!("{:.1},{:.1}", px(*x), py(*y))).collect();
        let _ = write!(o, "<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2\" points=\"{}\"/>", colour(i), path.join(" "));
        for (x, y) in pts {
            let _ = write!(o, "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"2.5\" fill=\"{}\"/>", px(*x), py(*y), colour(i));
        }
    }
    let names: Vec<String> = series.iter().map(|(n, _)| n.clone()).collect();
    legend(&mut o, h - 14.0, &names);
    o.push_str("</svg>");
    o
}

/// Horizontal bars, each split into segments by key (colour per key, with
/// a legend), the total written at the end of each bar.
pub fn stacked(title: &str, rows: &[(String, Vec<(String, f64)>)], none: &str) -> String {
    let rows: Vec<&(String, Vec<(String, f64)>)> = rows.iter().filter(|(_, s)| s.iter().any(|(_, v)| *v > 0.0)).collect();
    if rows.is_empty() {
        return empty(title, none);
    }
    let mut keys: Vec<String> = Vec::new();
    for (_, segs) in &rows {
        for (k, _) in segs {
            if !keys.contains(k) {
                keys.push(k.clone());
            }
        }
    }
    let (bar, gap, label_w, top) = (18.0, 8.0, 220.0, 10.0);
    let legend_rows = if keys.len() > 1 { 34.0 } else { 10.0 };
    let h = top + rows.len() as f64 * (bar + gap) + legend_rows + 10.0;
    let max = rows.iter().map(|(_, s)| s.iter().map(|(_, v)| v).sum::<f64>()).fold(0.0, f64::max).max(1.0);
    let scale = (W - label_w - 70.0) / max;
    let mut o = String::new();
    open(&mut o, h, title);
    for (i, (label, segs)) in rows.iter().enumerate() {
        let y = top + i as f64 * (bar + gap);
        text(&mut o, label_w - 8.0, y + bar - 4.0, "end", 12.0, label);
        let mut x = label_w;
        for (k, v) in segs.iter().filter(|(_, v)| *v > 0.0) {
            let ci = keys.iter().position(|x| x == k).unwrap_or(0);
            let _ = write!(o, "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{bar}\" fill=\"{}\"><title>{}: {v}</title></rect>", v * scale, colour(ci), esc(k));
            x += v * scale;
        }
        let total: f64 = segs.iter().map(|(_, v)| v).sum();
        text(&mut o, x + 6.0, y + bar - 4.0, "start", 12.0, &format!("{total}"));
    }
    if keys.len() > 1 {
        legend(&mut o, h - 14.0, &keys);
    }
    o.push_str("</svg>");
    o
}

/// Plain horizontal bars.
pub fn bars(title: &str, rows: &[(String, f64)], none: &str) -> String {
    let rows: Vec<(String, Vec<(String, f64)>)> = rows.iter().map(|(l, v)| (l.clone(), vec![(String::new(), *v)])).collect();
    stacked(title, &rows, none)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_are_self_contained_svg_with_their_data() {
        let l = lines("t", "cases/s", &[("wasmtime".into(), vec![(1.0, 50.0), (2.0, 80.0)])], &[(0.0, 3.0, "fuzz".into())]);
        assert!(l.starts_with("<svg") && l.ends_with("</svg>") && l.contains("<polyline") && l.contains("wasmtime"));
        assert!(!l.contains("http"), "inline SVG needs no namespace URL in HTML");
        let s = stacked("f", &[("p3".into(), vec![("v8".into(), 2.0), ("node26".into(), 1.0)])], "none");
        assert_eq!(s.matches("<rect x=\"220.0\"").count(), 1);
        assert!(s.contains(">3</text>") && s.contains("node26"));
        assert!(bars("b", &[], "no findings").contains("no findings"));
        assert_eq!((nice(0.0), nice(7.0), nice(120.0), nice(1000.0)), (1.0, 10.0, 200.0, 1000.0));
    }
}
