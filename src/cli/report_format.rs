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
    /// One self-contained page with pictures (`report_html`).
    Html,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format, InputError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "text" => Ok(Format::Text),
            "md" | "markdown" => Ok(Format::Md),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "html" => Ok(Format::Html),
            _ => Err(InputError::new(
                "format",
                s,
                crate::t!("accepted-one-of", choices = "text, md, json, csv, html"),
            )),
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
    "rules broken",
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
    if human {
        push("reaction", w.name("in short"), r.reaction.in_words());
    }
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
    for c in &r.rules_broken {
        let name = if human {
            crate::i18n::tr(&format!("rule-short-{}", c.rule))
        } else {
            c.rule.to_string()
        };
        push("rules broken", name, c.breaches.to_string());
    }
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

/// One book's report; HTML is written through `render_many` (it needs the manager).
pub fn render(r: &Report, format: Format) -> anyhow::Result<String> {
    let mut out = String::new();
    match format {
        Format::Html => anyhow::bail!("the HTML report is written by render_many"),
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

/// One manager's book in a report over several books.
#[derive(serde::Serialize)]
pub struct BookFigures {
    pub book: String,
    pub manager: String,
    pub rule_breaches: usize,
    pub report: Report,
}

/// The figures a head of sales compares, one manager a row, then the total.
struct Compared {
    manager: String,
    touches: u64,
    active: u64,
    covered: u64,
    inbound: u64,
    answered: u64,
    plans_due: u64,
    on_time: u64,
    late: u64,
    open: u64,
    complaints_opened: u64,
    complaints_resolved: u64,
    complaints_open: u64,
    overdue_invoices: u64,
    overdue: std::collections::BTreeMap<String, f64>,
    rule_breaches: usize,
}

impl Compared {
    fn of(b: &BookFigures) -> Compared {
        let r = &b.report;
        Compared {
            manager: b.manager.clone(),
            touches: r.touches.total,
            active: r.clients.active,
            covered: r.clients.covered,
            inbound: r.reaction.inbound,
            answered: r.reaction.answered,
            plans_due: r.plan.due,
            on_time: r.plan.done_on_time,
            late: r.plan.done_late,
            open: r.plan.open,
            complaints_opened: r.complaints.opened,
            complaints_resolved: r.complaints.resolved,
            complaints_open: r.complaints.open_at_end,
            overdue_invoices: r.receivables.overdue_count,
            overdue: r.receivables.overdue_by_currency.clone(),
            rule_breaches: b.rule_breaches,
        }
    }
    fn add(&mut self, o: &Compared) {
        self.touches += o.touches;
        self.active += o.active;
        self.covered += o.covered;
        self.inbound += o.inbound;
        self.answered += o.answered;
        self.plans_due += o.plans_due;
        self.on_time += o.on_time;
        self.late += o.late;
        self.open += o.open;
        self.complaints_opened += o.complaints_opened;
        self.complaints_resolved += o.complaints_resolved;
        self.complaints_open += o.complaints_open;
        self.overdue_invoices += o.overdue_invoices;
        for (c, v) in &o.overdue {
            *self.overdue.entry(c.clone()).or_default() += v;
        }
        self.rule_breaches += o.rule_breaches;
    }
    fn coverage(&self) -> f64 {
        if self.active == 0 {
            0.0
        } else {
            self.covered as f64 / self.active as f64
        }
    }
    /// The cells of its row, as the language writes them (`human`) or plain.
    fn cells(&self, human: bool) -> Vec<String> {
        let w = Words { human };
        vec![
            display_safe(&self.manager),
            self.touches.to_string(),
            format!(
                "{:.0}% ({}/{})",
                self.coverage() * 100.0,
                self.covered,
                self.active
            ),
            format!("{}/{}", self.answered, self.inbound),
            format!(
                "{}/{}/{}/{}",
                self.plans_due, self.on_time, self.late, self.open
            ),
            format!(
                "{}/{}/{}",
                self.complaints_opened, self.complaints_resolved, self.complaints_open
            ),
            format!("{}: {}", self.overdue_invoices, w.sums(&self.overdue)),
            self.rule_breaches.to_string(),
        ]
    }
}

/// The compared table's column heads (catalog ids), in the order of `cells`.
pub const COMPARE_HEADS: &[&str] = &[
    "report-col-manager",
    "report-col-touches",
    "report-col-coverage",
    "report-col-answered",
    "report-col-plan",
    "report-col-complaints",
    "report-col-overdue",
    "report-col-breaches",
];

/// The compared table's cells as the language writes them: one manager a
/// row, then the total (marked `true`).
pub fn compared_cells(books: &[BookFigures]) -> Vec<(Vec<String>, bool)> {
    let (rows, total) = compared(books);
    rows.iter()
        .map(|r| (r.cells(true), false))
        .chain([(total.cells(true), true)])
        .collect()
}

fn compared(books: &[BookFigures]) -> (Vec<Compared>, Compared) {
    let rows: Vec<Compared> = books.iter().map(Compared::of).collect();
    let mut total = Compared {
        manager: crate::t!("report-total-row"),
        touches: 0,
        active: 0,
        covered: 0,
        inbound: 0,
        answered: 0,
        plans_due: 0,
        on_time: 0,
        late: 0,
        open: 0,
        complaints_opened: 0,
        complaints_resolved: 0,
        complaints_open: 0,
        overdue_invoices: 0,
        overdue: Default::default(),
        rule_breaches: 0,
    };
    for r in &rows {
        total.add(r);
    }
    (rows, total)
}

/// Several books' figures: one manager a row and the total, in text,
/// Markdown, JSON (every book's whole report), CSV or HTML.
pub fn render_many(
    books: &[BookFigures],
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    format: Format,
) -> anyhow::Result<String> {
    let (rows, mut total) = compared(books);
    let mut out = String::new();
    match format {
        Format::Html => out = super::report_html::render(books, from, to),
        Format::Json => {
            let json = serde_json::json!({
                "from": from, "to": to, "books": books,
                "total": {
                    "touches": total.touches, "active": total.active, "covered": total.covered,
                    "coverage": total.coverage(), "inbound": total.inbound, "answered": total.answered,
                    "plans_due": total.plans_due, "done_on_time": total.on_time, "done_late": total.late,
                    "open": total.open, "complaints_opened": total.complaints_opened,
                    "complaints_resolved": total.complaints_resolved, "complaints_open": total.complaints_open,
                    "overdue_invoices": total.overdue_invoices, "overdue_by_currency": total.overdue,
                    "rule_breaches": total.rule_breaches,
                },
            });
            out = crate::text::json_safe(&serde_json::to_string_pretty(&json)?) + "\n";
        }
        Format::Csv => {
            // Scripts read the total row by a stable word.
            total.manager = "TOTAL".into();
            out.push_str("manager,touches,coverage,answered_of_inbound,plans_due_on_time_late_open,complaints_opened_resolved_open,overdue_invoices,rule_breaches\n");
            for r in rows.iter().chain([&total]) {
                let cells: Vec<String> = r.cells(false).iter().map(|c| csv_field(c)).collect();
                let _ = writeln!(out, "{}", cells.join(","));
            }
        }
        Format::Text | Format::Md => {
            let md = format == Format::Md;
            let heads: Vec<String> = COMPARE_HEADS.iter().map(|id| crate::i18n::tr(id)).collect();
            let _ = writeln!(
                out,
                "{}{}\n",
                if md { "# " } else { "" },
                crate::t!(
                    "report-many-heading",
                    from = crate::i18n::date(from),
                    to = crate::i18n::date(to),
                    n = books.len()
                )
            );
            let all: Vec<Vec<String>> =
                rows.iter().chain([&total]).map(|r| r.cells(true)).collect();
            if md {
                let _ = writeln!(out, "| {} |", heads.join(" | "));
                let _ = writeln!(out, "|{}", "---|".repeat(heads.len()));
                for cells in &all {
                    let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
                    let _ = writeln!(out, "| {} |", cells.join(" | "));
                }
            } else {
                let words: Vec<Vec<String>> = (0..heads.len())
                    .map(|i| all.iter().map(|c| c[i].clone()).collect())
                    .collect();
                let cols = super::output::Columns::new(&heads, &words);
                let _ = writeln!(out, "{}", cols.line(&heads));
                for cells in &all {
                    let _ = writeln!(out, "{}", cols.line(cells));
                }
            }
            let _ = writeln!(out, "\n{}", crate::t!("report-many-legend"));
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
