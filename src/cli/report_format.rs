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

/// How the figures are written: CSV keeps stable English keys and plain
/// numbers for scripts; text and Markdown speak the reader's language.
#[derive(Clone, Copy)]
struct Words {
    human: bool,
}

impl Words {
    /// A section or figure name: `key` as CSV has it, else the message
    /// `report-<key>` (spaces as hyphens).
    fn name(self, key: &str) -> String {
        if self.human {
            crate::i18n::tr(&format!("report-{}", key.replace(' ', "-")))
        } else {
            key.to_string()
        }
    }
    fn date(self, d: chrono::NaiveDate) -> String {
        if self.human {
            crate::i18n::date(d)
        } else {
            d.to_string()
        }
    }
    fn days(self, d: Option<f64>) -> String {
        match d {
            Some(d) if self.human => {
                crate::t!("report-days-fraction", n = crate::i18n::decimal1(d))
            }
            Some(d) => format!("{d:.1} days"),
            None => "—".into(),
        }
    }
    fn whole_days(self, d: Option<i64>) -> String {
        match d {
            Some(d) if self.human => crate::t!("n-days", n = d),
            Some(d) => format!("{d} days"),
            None => "—".into(),
        }
    }
    fn sums(self, sums: &std::collections::BTreeMap<String, f64>) -> String {
        if !self.human {
            return crate::domain::format_sums(sums);
        }
        if sums.is_empty() {
            return "0".into();
        }
        sums.iter()
            .map(|(c, v)| crate::i18n::money((v * 100.0).round() as i64, c))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The sections in the order they are written, as CSV names them.
#[cfg(test)]
const SECTIONS: &[&str] = &[
    "period",
    "touches",
    "touches per week",
    "clients",
    "reaction",
    "plan",
    "orders",
    "complaints",
    "complaints by department",
    "receivables",
    "at risk",
    "most active",
    "least active",
];

/// The figures as (section, name, value) rows: text, Markdown and CSV share
/// them; `human` writes them in the reader's language.
fn rows(r: &Report, human: bool) -> Vec<(&'static str, String, String)> {
    let w = Words { human };
    let mut v = Vec::new();
    let mut push = |s: &'static str, n: String, val: String| v.push((s, n, val));
    push("period", w.name("from"), w.date(r.period.from));
    push("period", w.name("to"), w.date(r.period.to));
    push("touches", w.name("total"), r.touches.total.to_string());
    for (k, n) in &r.touches.by_kind {
        let kind = match crate::domain::Kind::parse(k) {
            Ok(kind) if human => kind.label(),
            _ => k.clone(),
        };
        push("touches", kind, n.to_string());
    }
    for wk in &r.touches.per_week {
        let name = if human {
            crate::t!("report-week-of", day = crate::i18n::date(wk.week_start))
        } else {
            format!("week of {}", wk.week_start)
        };
        push("touches per week", name, wk.touches.to_string());
    }
    push("clients", w.name("active"), r.clients.active.to_string());
    push(
        "clients",
        w.name("touched in the period"),
        r.clients.touched.to_string(),
    );
    push(
        "clients",
        w.name("untouched at the end"),
        r.clients.untouched_at_end.to_string(),
    );
    let coverage = if human {
        crate::t!(
            "report-coverage-value",
            percent = format!("{:.0}", r.clients.coverage * 100.0),
            covered = r.clients.covered,
            active = r.clients.active
        )
    } else {
        format!(
            "{:.0}% ({} of {})",
            r.clients.coverage * 100.0,
            r.clients.covered,
            r.clients.active
        )
    };
    push("clients", w.name("coverage"), coverage);
    push(
        "reaction",
        w.name("inbound requests"),
        r.reaction.inbound.to_string(),
    );
    push(
        "reaction",
        w.name("answered"),
        r.reaction.answered.to_string(),
    );
    push(
        "reaction",
        w.name("median time to answer"),
        w.days(r.reaction.median_days),
    );
    push(
        "reaction",
        w.name("worst time to answer"),
        w.whole_days(r.reaction.worst_days),
    );
    push(
        "reaction",
        w.name("unanswered"),
        r.reaction.unanswered.len().to_string(),
    );
    push("plan", w.name("due in the period"), r.plan.due.to_string());
    push(
        "plan",
        w.name("done on time"),
        r.plan.done_on_time.to_string(),
    );
    push("plan", w.name("done late"), r.plan.done_late.to_string());
    push("plan", w.name("still open"), r.plan.open.to_string());
    push("plan", w.name("cancelled"), r.plan.cancelled.to_string());
    push("orders", w.name("count"), r.orders.count.to_string());
    push("orders", w.name("won"), r.orders.won.to_string());
    push("orders", w.name("lost"), r.orders.lost.to_string());
    push(
        "orders",
        w.name("in progress"),
        r.orders.in_progress.to_string(),
    );
    push("orders", w.name("sum"), w.sums(&r.orders.sum_by_currency));
    push(
        "orders",
        w.name("won sum"),
        w.sums(&r.orders.won_by_currency),
    );
    push(
        "complaints",
        w.name("opened"),
        r.complaints.opened.to_string(),
    );
    push(
        "complaints",
        w.name("resolved"),
        r.complaints.resolved.to_string(),
    );
    push(
        "complaints",
        w.name("open at the end"),
        r.complaints.open_at_end.to_string(),
    );
    push(
        "complaints",
        w.name("median time to resolution"),
        w.days(r.complaints.median_days_to_resolution),
    );
    for d in &r.complaints.by_department {
        let figures = if human {
            crate::t!(
                "report-department-figures",
                opened = d.opened,
                resolved = d.resolved,
                open = d.open_at_end
            )
        } else {
            format!(
                "opened {}, resolved {}, open {}",
                d.opened, d.resolved, d.open_at_end
            )
        };
        push(
            "complaints by department",
            display_safe(&d.department),
            figures,
        );
    }
    push(
        "receivables",
        w.name("overdue invoices"),
        r.receivables.overdue_count.to_string(),
    );
    push(
        "receivables",
        w.name("overdue amount"),
        w.sums(&r.receivables.overdue_by_currency),
    );
    for a in &r.at_risk {
        let reasons = if human {
            a.reasons_text()
        } else {
            // CSV keeps the reasons as their JSON words.
            a.reasons
                .iter()
                .map(|x| match x {
                    crate::book::RiskReason::Untouched { days, cadence_days } => {
                        format!("untouched {days} days (cadence {cadence_days})")
                    }
                    crate::book::RiskReason::OldComplaint => "old_complaint".into(),
                    crate::book::RiskReason::OverdueReceivables => "overdue_receivables".into(),
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        push(
            "at risk",
            format!("{} ({})", display_safe(&a.client), a.tier),
            reasons,
        );
    }
    for c in &r.activity.most {
        push(
            "most active",
            display_safe(&c.client),
            c.touches.to_string(),
        );
    }
    for c in &r.activity.least {
        push(
            "least active",
            display_safe(&c.client),
            c.touches.to_string(),
        );
    }
    v
}

/// A section's title in the language in force.
fn section_title(key: &str) -> String {
    crate::i18n::tr(&format!("report-section-{}", key.replace(' ', "-")))
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
            for (s, n, v) in rows(r, false) {
                let _ = writeln!(out, "{},{},{}", csv_field(s), csv_field(&n), csv_field(&v));
            }
        }
        Format::Text | Format::Md => {
            let md = format == Format::Md;
            let _ = writeln!(
                out,
                "{}{}",
                if md { "# " } else { "" },
                crate::t!(
                    "report-heading",
                    from = crate::i18n::date(r.period.from),
                    to = crate::i18n::date(r.period.to),
                    days = crate::t!("n-days", n = r.period.days)
                )
            );
            let mut section = "";
            for (s, n, v) in rows(r, true).into_iter().skip(2) {
                if s != section {
                    let title = section_title(s);
                    if md {
                        let _ = writeln!(out, "\n## {title}\n\n| | |\n|---|---|");
                    } else {
                        let _ = writeln!(out, "\n{}", title.to_uppercase());
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
                let _ = writeln!(
                    out,
                    "\n{}{}",
                    if md { "## " } else { "" },
                    crate::t!("rep-unanswered")
                );
                for u in &r.reaction.unanswered {
                    let _ = writeln!(
                        out,
                        "{}{}  {}: {}",
                        if md { "- " } else { "  " },
                        crate::i18n::moment(&u.at),
                        display_safe(&u.client),
                        display_safe(&u.summary)
                    );
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, has};

    /// Every name and section the text and Markdown write has its message
    /// in both languages (the ids are built from the CSV keys).
    #[test]
    fn every_report_word_is_in_both_catalogs() {
        let names = [
            "from",
            "to",
            "total",
            "active",
            "touched in the period",
            "untouched at the end",
            "coverage",
            "inbound requests",
            "answered",
            "median time to answer",
            "worst time to answer",
            "unanswered",
            "due in the period",
            "done on time",
            "done late",
            "still open",
            "cancelled",
            "count",
            "won",
            "lost",
            "in progress",
            "sum",
            "won sum",
            "opened",
            "resolved",
            "open at the end",
            "median time to resolution",
            "overdue invoices",
            "overdue amount",
        ];
        for lang in Lang::ALL {
            for n in names {
                let id = format!("report-{}", n.replace(' ', "-"));
                assert!(has(lang, &id), "{id} missing in {lang:?}");
            }
            for s in SECTIONS {
                let id = format!("report-section-{}", s.replace(' ', "-"));
                assert!(has(lang, &id), "{id} missing in {lang:?}");
            }
        }
    }
}
