//! The report as one self-contained HTML page for a head of sales who does
//! not live in a terminal: the figures of every manager's book and the
//! total, with pictures drawn as inline SVG. No script, no font, no image
//! from elsewhere (the page's own Content-Security-Policy forbids them), so
//! it reads offline and prints. Every word from a book is escaped.

use super::report_format::BookFigures;
use crate::t;
use std::collections::BTreeMap;
use std::fmt::Write;

/// The bars' colours; the test looks for the first one in a screenshot.
pub const BAR: &str = "#1f6fb2";
const BAR_2: &str = "#d9822b";
const BAR_3: &str = "#3a9d5d";

/// Text safe inside HTML: control characters made visible, then escaped.
fn esc(s: &str) -> String {
    crate::text::display_safe(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn sums(map: &BTreeMap<String, f64>) -> String {
    if map.is_empty() {
        return "—".into();
    }
    map.iter()
        .map(|(c, v)| crate::i18n::money((v * 100.0).round() as i64, c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Horizontal bars drawn against the largest of their own values.
fn hbars_own_scale(rows: &[(String, f64, String)], colour: &str) -> String {
    let max = rows.iter().map(|r| r.1).fold(0.0, f64::max);
    hbars(rows, max, colour)
}

/// Horizontal bars, one a row: label, value drawn against `max`, its text.
fn hbars(rows: &[(String, f64, String)], max: f64, colour: &str) -> String {
    let (w, label_w, h) = (960.0, 220.0, 26.0);
    let mut svg = format!(
        r#"<svg class="chart" role="img" width="{w}" height="{}" viewBox="0 0 {w} {}">"#,
        rows.len() as f64 * h + 4.0,
        rows.len() as f64 * h + 4.0
    );
    for (i, (label, value, text)) in rows.iter().enumerate() {
        let y = i as f64 * h + 2.0;
        let len = if max > 0.0 {
            (value / max).clamp(0.0, 1.0) * (w - label_w - 380.0)
        } else {
            0.0
        };
        let _ = write!(
            svg,
            r#"<text x="0" y="{ty}" class="label">{label}</text><rect x="{label_w}" y="{y}" width="{len:.1}" height="{bh}" fill="{colour}"/><text x="{tx:.1}" y="{ty}" class="value">{text}</text>"#,
            ty = y + 16.0,
            bh = h - 8.0,
            tx = label_w + len + 6.0,
            label = esc(label),
            text = esc(text),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Touches per week: one group of bars a week, one bar a manager.
fn weekly(books: &[BookFigures]) -> String {
    let weeks: Vec<chrono::NaiveDate> = books
        .first()
        .map(|b| {
            b.report
                .touches
                .per_week
                .iter()
                .map(|w| w.week_start)
                .collect()
        })
        .unwrap_or_default();
    let max = books
        .iter()
        .flat_map(|b| b.report.touches.per_week.iter().map(|w| w.touches))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let colours = [BAR, BAR_2, BAR_3, "#8e44ad", "#7f8c8d"];
    let (h, top, group) = (160.0, 10.0, 24.0 * books.len().max(1) as f64 + 16.0);
    let w = (weeks.len() as f64 * group).max(200.0) + 10.0;
    let mut svg = format!(
        r#"<svg class="chart" role="img" width="{w}" height="{}" viewBox="0 0 {w} {}">"#,
        h + top + 24.0,
        h + top + 24.0
    );
    for (wi, week) in weeks.iter().enumerate() {
        let x0 = wi as f64 * group + 4.0;
        for (bi, b) in books.iter().enumerate() {
            let n = b
                .report
                .touches
                .per_week
                .iter()
                .find(|x| x.week_start == *week)
                .map_or(0, |x| x.touches);
            let bh = n as f64 / max * h;
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{y:.1}" width="20" height="{bh:.1}" fill="{c}"><title>{who}: {n}</title></rect>"#,
                x = x0 + bi as f64 * 24.0,
                y = top + h - bh,
                c = colours[bi % colours.len()],
                who = esc(&b.manager),
            );
        }
        let _ = write!(
            svg,
            r#"<text x="{x:.1}" y="{y}" class="label">{d}</text>"#,
            x = x0,
            y = top + h + 18.0,
            d = week.format("%d.%m")
        );
    }
    svg.push_str("</svg>");
    let legend: String = books
        .iter()
        .enumerate()
        .map(|(i, b)| {
            format!(
                r#"<span class="key"><i style="background:{}"></i>{}</span>"#,
                colours[i % colours.len()],
                esc(&b.manager)
            )
        })
        .collect();
    format!("{svg}<p class=\"legend\">{legend}</p>")
}

/// The page for one or several books.
pub fn render(books: &[BookFigures], from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    let heading = t!(
        "report-many-heading",
        from = crate::i18n::date(from),
        to = crate::i18n::date(to),
        n = books.len()
    );
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: sans-serif; margin: 2em; color: #222; max-width: 1100px; }}
h1 {{ font-size: 1.5em; }} h2 {{ font-size: 1.15em; margin-top: 1.8em; border-bottom: 1px solid #ccc; }}
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: right; }}
th:first-child, td:first-child {{ text-align: left; }}
tr.total td {{ font-weight: bold; background: #f3f3f3; }}
svg text {{ font-size: 12px; fill: #222; }}
.legend i {{ display: inline-block; width: 0.9em; height: 0.9em; margin: 0 0.3em 0 1em; vertical-align: middle; }}
.note {{ color: #555; font-size: 0.9em; }}
@media print {{ body {{ margin: 0; }} h2 {{ break-after: avoid; }} svg, table {{ break-inside: avoid; }} }}
</style>
</head>
<body>
<h1>{title}</h1>
"#,
        lang = crate::i18n::current().code(),
        title = esc(&heading),
    );

    // The table a head of sales compares: one manager a row and the total.
    out.push_str("<table class=\"compare\"><thead><tr>");
    for h in super::report_format::COMPARE_HEADS {
        let _ = write!(out, "<th>{}</th>", esc(&crate::i18n::tr(h)));
    }
    out.push_str("</tr></thead><tbody>\n");
    for (cells, total) in super::report_format::compared_cells(books) {
        let _ = write!(out, "<tr{}>", if total { " class=\"total\"" } else { "" });
        for c in cells {
            let _ = write!(out, "<td>{}</td>", esc(&c));
        }
        out.push_str("</tr>\n");
    }
    let _ = writeln!(
        out,
        "</tbody></table>\n<p class=\"note\">{}</p>",
        esc(&t!("report-many-legend"))
    );

    let _ = writeln!(
        out,
        "<h2>{}</h2>\n{}",
        esc(&t!("report-section-touches-per-week")),
        weekly(books)
    );

    let coverage: Vec<(String, f64, String)> = books
        .iter()
        .map(|b| {
            let c = &b.report.clients;
            (
                b.manager.clone(),
                c.coverage,
                format!("{:.0}% ({}/{})", c.coverage * 100.0, c.covered, c.active),
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n{}",
        esc(&t!("html-coverage")),
        hbars(&coverage, 1.0, BAR)
    );

    // Complaints by department, all books together, and how long they take.
    let mut departments: BTreeMap<String, (u64, u64, u64)> = BTreeMap::new();
    for b in books {
        for d in &b.report.complaints.by_department {
            let e = departments.entry(d.department.clone()).or_default();
            e.0 += d.opened;
            e.1 += d.resolved;
            e.2 += d.open_at_end;
        }
    }
    let rows: Vec<(String, f64, String)> = departments
        .iter()
        .map(|(d, (opened, resolved, open))| {
            (
                d.clone(),
                *open as f64,
                t!(
                    "report-department-figures",
                    opened = *opened,
                    resolved = *resolved,
                    open = *open
                ),
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n{}",
        esc(&t!("html-complaints")),
        hbars_own_scale(&rows, BAR_2)
    );
    let ages: Vec<(String, f64, String)> = books
        .iter()
        .map(|b| {
            let m = b.report.complaints.median_days_to_resolution;
            (
                b.manager.clone(),
                m.unwrap_or(0.0),
                m.map(|d| t!("report-days-fraction", n = crate::i18n::decimal1(d)))
                    .unwrap_or_else(|| "—".into()),
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "<p class=\"note\">{}</p>\n{}",
        esc(&t!("report-median-time-to-resolution")),
        hbars_own_scale(&ages, BAR_2)
    );

    // Receivables: overdue invoices of each manager.
    let money: Vec<(String, f64, String)> = books
        .iter()
        .map(|b| {
            let r = &b.report.receivables;
            (
                b.manager.clone(),
                r.overdue_count as f64,
                format!("{}: {}", r.overdue_count, sums(&r.overdue_by_currency)),
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n{}",
        esc(&t!("report-section-receivables")),
        hbars_own_scale(&money, BAR_3)
    );

    // Rules broken in the period, rule by rule and manager by manager.
    let _ = write!(
        out,
        "<h2>{}</h2>\n<table class=\"rules\"><thead><tr><th></th>",
        esc(&t!("report-section-rules-broken"))
    );
    for b in books {
        let _ = write!(out, "<th>{}</th>", esc(&b.manager));
    }
    out.push_str("</tr></thead><tbody>\n");
    let rules: Vec<&'static str> = books
        .first()
        .map(|b| b.report.rules_broken.iter().map(|c| c.rule).collect())
        .unwrap_or_default();
    for rule in rules {
        let _ = write!(
            out,
            "<tr><td>{}</td>",
            esc(&crate::i18n::tr(&format!("rule-short-{rule}")))
        );
        for b in books {
            let n = b
                .report
                .rules_broken
                .iter()
                .find(|c| c.rule == rule)
                .map_or(0, |c| c.breaches);
            let _ = write!(out, "<td>{n}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn words_from_a_book_cannot_become_markup() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert!(!esc("a\u{1b}[31mb").contains('\u{1b}'));
    }
}
