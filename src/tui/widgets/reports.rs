//! The reports view: touches per week as bars, coverage as a gauge, and the
//! figures of `touchbase report` for the same period.

use crate::book::Report;
use crate::t;
use crate::text::{display_safe, fit};
use crate::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Gauge, Paragraph, Widget};

fn figures(r: &Report) -> Vec<(String, String)> {
    let days = |d: Option<f64>| {
        d.map(|d| t!("n-days-fraction", n = crate::i18n::decimal1(d)))
            .unwrap_or_else(|| "—".into())
    };
    vec![
        (t!("rep-touches"), r.touches.total.to_string()),
        (
            t!("rep-clients-touched"),
            t!(
                "rep-of-active",
                touched = r.clients.touched,
                active = r.clients.active
            ),
        ),
        (
            t!("rep-untouched-at-end"),
            r.clients.untouched_at_end.to_string(),
        ),
        (t!("rep-reaction"), r.reaction.in_words()),
        (
            t!("rep-reaction-times"),
            t!(
                "rep-median-worst",
                median = days(r.reaction.median_days),
                worst = r
                    .reaction
                    .worst_days
                    .map(|d| t!("n-days", n = d))
                    .unwrap_or_else(|| "—".into())
            ),
        ),
        (
            t!("rep-unanswered"),
            r.reaction.unanswered.len().to_string(),
        ),
        (
            t!("rep-plan"),
            t!(
                "rep-plan-figures",
                on_time = r.plan.done_on_time,
                late = r.plan.done_late,
                open = r.plan.open,
                cancelled = r.plan.cancelled
            ),
        ),
        (
            t!("rep-orders"),
            t!(
                "rep-orders-figures",
                count = r.orders.count,
                won = r.orders.won,
                lost = r.orders.lost,
                sums = sums(&r.orders.sum_by_currency)
            ),
        ),
        (
            t!("rep-complaints"),
            t!(
                "rep-complaints-figures",
                opened = r.complaints.opened,
                resolved = r.complaints.resolved,
                open = r.complaints.open_at_end,
                median = days(r.complaints.median_days_to_resolution)
            ),
        ),
        (
            t!("rep-receivables"),
            format!(
                "{}: {}",
                r.receivables.overdue_count,
                sums(&r.receivables.overdue_by_currency)
            ),
        ),
        (t!("rep-rules-broken"), rules_broken(r)),
    ]
}

/// The rules broken in the period in one line: `escalate 1 · log 3`.
fn rules_broken(r: &crate::book::Report) -> String {
    let broken: Vec<String> = r
        .rules_broken
        .iter()
        .filter(|c| c.breaches > 0)
        .map(|c| format!("{} {}", t!(&format!("rule-short-{}", c.rule)), c.breaches))
        .collect();
    if broken.is_empty() {
        t!("rep-rules-none")
    } else {
        broken.join(" · ")
    }
}

/// Sums by currency as the language writes amounts.
fn sums(by_currency: &std::collections::BTreeMap<String, f64>) -> String {
    if by_currency.is_empty() {
        return "—".into();
    }
    by_currency
        .iter()
        .map(|(c, units)| crate::i18n::money((units * 100.0).round() as i64, c))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let title = match &app.views.report {
        Some(r) => format!(
            " {} ",
            t!(
                "rep-title",
                from = crate::i18n::date(r.period.from),
                to = crate::i18n::date(r.period.to)
            )
        ),
        None => format!(" {} ", t!("rep-report")),
    };
    let inner = super::view_frame(app, title, area, buf);
    let Some(r) = &app.views.report else {
        Paragraph::new(format!("{}…", t!("counting-report")))
            .style(t.dim())
            .render(inner, buf);
        return;
    };
    let [top, bottom] = Layout::vertical([Constraint::Length(9), Constraint::Min(3)]).areas(inner);
    let [bars_area, gauge_area] =
        Layout::horizontal([Constraint::Min(20), Constraint::Length(28)]).areas(top);

    let bars: Vec<Bar> = r
        .touches
        .per_week
        .iter()
        .map(|w| {
            Bar::default()
                .value(w.touches)
                .label(Line::from(w.week_start.format("%d.%m").to_string()))
        })
        .collect();
    let bar_width = ((bars_area.width.saturating_sub(2)) / (bars.len().max(1) as u16))
        .clamp(3, 8)
        .saturating_sub(1);
    BarChart::default()
        .block(Block::bordered().title(format!(" {} ", t!("rep-per-week"))))
        .data(BarGroup::default().bars(&bars))
        .bar_width(bar_width)
        .bar_gap(1)
        .bar_style(t.heading())
        .render(bars_area, buf);

    let [gauge_box, spacer] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(0)]).areas(gauge_area);
    Gauge::default()
        .block(Block::bordered().title(format!(" {} ", t!("rep-coverage"))))
        .gauge_style(if r.clients.coverage >= 0.8 {
            t.done()
        } else {
            t.overdue()
        })
        .ratio(r.clients.coverage.clamp(0.0, 1.0))
        .label(format!(
            "{:.0}% ({}/{})",
            r.clients.coverage * 100.0,
            r.clients.covered,
            r.clients.active
        ))
        .render(gauge_box, buf);
    Paragraph::new(vec![
        Line::raw(format!(
            " {}",
            t!(
                "rep-calls",
                n = r.touches.by_kind.get("call").copied().unwrap_or(0)
            )
        )),
        Line::raw(format!(
            " {}",
            t!(
                "rep-meetings",
                n = r.touches.by_kind.get("meeting").copied().unwrap_or(0)
            )
        )),
        Line::raw(format!(
            " {}",
            t!(
                "rep-visits",
                n = r.touches.by_kind.get("visit").copied().unwrap_or(0)
            )
        )),
        Line::raw(format!(
            " {}",
            t!(
                "rep-written",
                n = r.touches.by_kind.get("email").copied().unwrap_or(0)
                    + r.touches.by_kind.get("message").copied().unwrap_or(0)
            )
        )),
    ])
    .render(spacer, buf);

    // The figures, then every client the report names, each a row Enter
    // opens; the list scrolls with the selection and uses the width it has.
    let w = bottom.width as usize;
    let figures = figures(r);
    let label_w = figures
        .iter()
        .map(|(k, _)| crate::text::width(k))
        .max()
        .unwrap_or(0)
        .min(w * 2 / 5);
    let figure_lines: Vec<Line> = figures
        .into_iter()
        .map(|(k, v)| {
            Line::from(vec![
                Span::styled(fit(&k, label_w), t.heading()),
                Span::raw(format!(" {}", fit(&v, w.saturating_sub(label_w + 1)))),
            ])
        })
        .collect();
    let rows = &app.views.report_rows;
    let name_w = app.views.report_name_w.min(w * 2 / 5);
    // A year's report on a department's book names thousands of clients:
    // the lines are laid out as cheap markers first, and only the ones in
    // view are written out.
    enum Mark {
        Figure(usize),
        Heading(&'static str),
        Row(usize),
    }
    let mut marks: Vec<Mark> = (0..figure_lines.len()).map(Mark::Figure).collect();
    let mut section = "";
    let mut selected_line = 0;
    for (i, row) in rows.iter().enumerate() {
        if row.section != section {
            marks.push(Mark::Heading(row.section));
            section = row.section;
        }
        if i == app.views.report_sel {
            selected_line = marks.len();
        }
        marks.push(Mark::Row(i));
    }
    let height = bottom.height as usize;
    let first = super::scroll_offset(selected_line, marks.len(), height);
    let mut figure_lines = figure_lines.into_iter().map(Some).collect::<Vec<_>>();
    let lines: Vec<Line> = marks
        .iter()
        .skip(first)
        .take(height)
        .map(|m| match *m {
            Mark::Figure(i) => figure_lines[i].take().unwrap_or_default(),
            Mark::Heading(section) => Line::styled(t!(section), t.heading()),
            Mark::Row(i) => {
                let row = &rows[i];
                let line = Line::from(vec![
                    Span::raw(" "),
                    Span::raw(crate::text::fit_name(&display_safe(row.client(r)), name_w)),
                    Span::raw(format!(
                        " {}",
                        fit(&display_safe(&row.text(r)), w.saturating_sub(name_w + 2))
                    )),
                ]);
                if i == app.views.report_sel {
                    line.style(t.selected(true))
                } else {
                    line
                }
            }
        })
        .collect();
    Paragraph::new(lines).render(bottom, buf);
}
