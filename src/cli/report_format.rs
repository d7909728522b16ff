//! The report as text, Markdown, JSON or CSV.

use crate::book::Report;
use crate::domain::InputError;
use crate::text::display_safe;
use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Md,
    Json,
    Csv,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format, InputError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "text" => Ok(Format::Text),
            "md" | "markdown" => Ok(Format::Md),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            _ => Err(InputError::new("format", s, "one of: text, md, json, csv")),
        }
    }
}

fn opt_days(d: Option<f64>) -> String {
    d.map(|d| format!("{d:.1} days"))
        .unwrap_or_else(|| "—".into())
}

/// The figures as (section, name, value) rows: text, Markdown and CSV share them.
fn rows(r: &Report) -> Vec<(&'static str, String, String)> {
    let mut v = Vec::new();
    let mut push = |s: &'static str, n: &str, val: String| v.push((s, n.to_string(), val));
    push("period", "from", r.period.from.to_string());
    push("period", "to", r.period.to.to_string());
    push("touches", "total", r.touches.total.to_string());
    for (k, n) in &r.touches.by_kind {
        push("touches", k, n.to_string());
    }
    for w in &r.touches.per_week {
        push(
            "touches per week",
            &format!("week of {}", w.week_start),
            w.touches.to_string(),
        );
    }
    push("clients", "active", r.clients.active.to_string());
    push(
        "clients",
        "touched in the period",
        r.clients.touched.to_string(),
    );
    push(
        "clients",
        "untouched at the end",
        r.clients.untouched_at_end.to_string(),
    );
    push(
        "clients",
        "coverage",
        format!(
            "{:.0}% ({} of {})",
            r.clients.coverage * 100.0,
            r.clients.covered,
            r.clients.active
        ),
    );
    push(
        "reaction",
        "inbound requests",
        r.reaction.inbound.to_string(),
    );
    push("reaction", "answered", r.reaction.answered.to_string());
    push(
        "reaction",
        "median time to answer",
        opt_days(r.reaction.median_days),
    );
    push(
        "reaction",
        "worst time to answer",
        r.reaction
            .worst_days
            .map(|d| format!("{d} days"))
            .unwrap_or_else(|| "—".into()),
    );
    push(
        "reaction",
        "unanswered",
        r.reaction.unanswered.len().to_string(),
    );
    push("plan", "due in the period", r.plan.due.to_string());
    push("plan", "done on time", r.plan.done_on_time.to_string());
    push("plan", "done late", r.plan.done_late.to_string());
    push("plan", "still open", r.plan.open.to_string());
    push("plan", "cancelled", r.plan.cancelled.to_string());
    push("orders", "count", r.orders.count.to_string());
    push("orders", "won", r.orders.won.to_string());
    push("orders", "lost", r.orders.lost.to_string());
    push("orders", "in progress", r.orders.in_progress.to_string());
    push(
        "orders",
        "sum",
        crate::domain::format_sums(&r.orders.sum_by_currency),
    );
    push(
        "orders",
        "won sum",
        crate::domain::format_sums(&r.orders.won_by_currency),
    );
    push("complaints", "opened", r.complaints.opened.to_string());
    push("complaints", "resolved", r.complaints.resolved.to_string());
    push(
        "complaints",
        "open at the end",
        r.complaints.open_at_end.to_string(),
    );
    push(
        "complaints",
        "median time to resolution",
        opt_days(r.complaints.median_days_to_resolution),
    );
    for d in &r.complaints.by_department {
        push(
            "complaints by department",
            &display_safe(&d.department),
            format!(
                "opened {}, resolved {}, open {}",
                d.opened, d.resolved, d.open_at_end
            ),
        );
    }
    push(
        "receivables",
        "overdue invoices",
        r.receivables.overdue_count.to_string(),
    );
    push(
        "receivables",
        "overdue amount",
        crate::domain::format_sums(&r.receivables.overdue_by_currency),
    );
    for a in &r.at_risk {
        push(
            "at risk",
            &format!("{} ({})", display_safe(&a.client), a.tier),
            a.reasons.join("; "),
        );
    }
    for c in &r.activity.most {
        push(
            "most active",
            &display_safe(&c.client),
            c.touches.to_string(),
        );
    }
    for c in &r.activity.least {
        push(
            "least active",
            &display_safe(&c.client),
            c.touches.to_string(),
        );
    }
    v
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub fn render(r: &Report, format: Format) -> anyhow::Result<String> {
    let mut out = String::new();
    match format {
        Format::Json => out = crate::text::json_safe(&serde_json::to_string_pretty(r)?) + "\n",
        Format::Csv => {
            out.push_str("section,name,value\n");
            for (s, n, v) in rows(r) {
                let _ = writeln!(out, "{},{},{}", csv_field(s), csv_field(&n), csv_field(&v));
            }
        }
        Format::Text | Format::Md => {
            let md = format == Format::Md;
            let _ = writeln!(
                out,
                "{}Report {} — {} ({} days)",
                if md { "# " } else { "" },
                r.period.from,
                r.period.to,
                r.period.days
            );
            let mut section = "";
            for (s, n, v) in rows(r).into_iter().skip(2) {
                if s != section {
                    if md {
                        let _ = writeln!(out, "\n## {s}\n\n| | |\n|---|---|");
                    } else {
                        let _ = writeln!(out, "\n{}", s.to_uppercase());
                    }
                    section = s;
                }
                if md {
                    let _ = writeln!(
                        out,
                        "| {} | {} |",
                        n.replace('|', "\\|"),
                        v.replace('|', "\\|")
                    );
                } else {
                    let _ = writeln!(out, "  {:<36} {v}", crate::text::fit(&n, 36));
                }
            }
            if !r.reaction.unanswered.is_empty() {
                let _ = writeln!(out, "\n{}Unanswered requests", if md { "## " } else { "" });
                for u in &r.reaction.unanswered {
                    let _ = writeln!(
                        out,
                        "{}{}  {}: {}",
                        if md { "- " } else { "  " },
                        u.at,
                        display_safe(&u.client),
                        display_safe(&u.summary)
                    );
                }
            }
        }
    }
    Ok(out)
}
