//! The reports view: touches per week as bars, coverage as a gauge, and the
//! figures of `touchbase report` for the same period.

use crate::book::Report;
use crate::text::{display_safe, fit};
use crate::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Gauge, Paragraph, Widget};

fn figures(r: &Report) -> Vec<(String, String)> {
    let days = |d: Option<f64>| {
        d.map(|d| format!("{d:.1} days"))
            .unwrap_or_else(|| "—".into())
    };
    let mut v = vec![
        ("Touches".to_string(), r.touches.total.to_string()),
        (
            "Clients touched".into(),
            format!("{} of {} active", r.clients.touched, r.clients.active),
        ),
        (
            "Untouched at the end".into(),
            r.clients.untouched_at_end.to_string(),
        ),
        (
            "Reaction".into(),
            format!(
                "median {}, worst {}",
                days(r.reaction.median_days),
                r.reaction
                    .worst_days
                    .map(|d| format!("{d} days"))
                    .unwrap_or_else(|| "—".into())
            ),
        ),
        (
            "Unanswered requests".into(),
            r.reaction.unanswered.len().to_string(),
        ),
        (
            "Plan (due in period)".into(),
            format!(
                "{} on time, {} late, {} open, {} cancelled",
                r.plan.done_on_time, r.plan.done_late, r.plan.open, r.plan.cancelled
            ),
        ),
        (
            "Orders".into(),
            format!(
                "{} ({} won, {} lost): {}",
                r.orders.count,
                r.orders.won,
                r.orders.lost,
                crate::domain::format_sums(&r.orders.sum_by_currency)
            ),
        ),
        (
            "Complaints".into(),
            format!(
                "{} opened, {} resolved, {} open; median {}",
                r.complaints.opened,
                r.complaints.resolved,
                r.complaints.open_at_end,
                days(r.complaints.median_days_to_resolution)
            ),
        ),
        (
            "Overdue receivables".into(),
            format!(
                "{}: {}",
                r.receivables.overdue_count,
                crate::domain::format_sums(&r.receivables.overdue_by_currency)
            ),
        ),
    ];
    for a in r.at_risk.iter().take(8) {
        v.push((
            format!("At risk: {}", display_safe(&a.client)),
            a.reasons.join("; "),
        ));
    }
    v
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let title = match &app.views.report {
        Some(r) => format!(
            " Report {} — {} · [ earlier · ] later ",
            r.period.from.format("%d.%m.%Y"),
            r.period.to.format("%d.%m.%Y")
        ),
        None => " Report ".into(),
    };
    let inner = super::view_frame(app, title, area, buf);
    let Some(r) = &app.views.report else {
        Paragraph::new("Loading…").style(t.dim()).render(inner, buf);
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
        .block(Block::bordered().title(" Touches per week "))
        .data(BarGroup::default().bars(&bars))
        .bar_width(bar_width)
        .bar_gap(1)
        .bar_style(t.heading())
        .render(bars_area, buf);

    let [gauge_box, spacer] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(0)]).areas(gauge_area);
    Gauge::default()
        .block(Block::bordered().title(" Coverage "))
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
            " calls {}",
            r.touches.by_kind.get("call").copied().unwrap_or(0)
        )),
        Line::raw(format!(
            " meetings {}",
            r.touches.by_kind.get("meeting").copied().unwrap_or(0)
        )),
        Line::raw(format!(
            " visits {}",
            r.touches.by_kind.get("visit").copied().unwrap_or(0)
        )),
        Line::raw(format!(
            " emails/messages {}",
            r.touches.by_kind.get("email").copied().unwrap_or(0)
                + r.touches.by_kind.get("message").copied().unwrap_or(0)
        )),
    ])
    .render(spacer, buf);

    let label_w = 26usize.min(bottom.width as usize / 2);
    let lines: Vec<Line> = figures(r)
        .into_iter()
        .take(bottom.height as usize)
        .map(|(k, v)| {
            Line::from(vec![
                ratatui::text::Span::styled(fit(&k, label_w), t.heading()),
                ratatui::text::Span::raw(format!(" {v}")),
            ])
        })
        .collect();
    Paragraph::new(lines).render(bottom, buf);
}
