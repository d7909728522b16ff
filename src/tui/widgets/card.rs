//! The selected client's card: tier, cadence, status, where and what, the last
//! touch, contacts and the next steps with their due marks.

use super::pane_block;
use crate::text::{display_safe, truncate};
use crate::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// Rows the card wants: borders, four fixed lines, contacts and next steps.
pub fn height(app: &App) -> u16 {
    match &app.view {
        None => 3,
        Some(v) => (2 + 3 + v.contacts.len().clamp(1, 3) + v.plans.len().clamp(0, 3)) as u16,
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(view) = &app.view else {
        let block = pane_block(app, " Client ".into(), None);
        let inner = block.inner(area);
        block.render(area, buf);
        Paragraph::new("Select a client.")
            .style(app.theme.dim())
            .render(inner, buf);
        return;
    };
    let c = &view.client;
    let t = &app.theme;
    let today = app.clock.today;
    let block = pane_block(app, format!(" {} ", display_safe(&c.name)), None);
    let inner = block.inner(area);
    block.render(area, buf);
    let w = inner.width as usize;

    let mut lines = Vec::new();
    let place: Vec<String> = [&c.industry, &c.city]
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| display_safe(s))
        .collect();
    let mut head = format!(
        "tier {} · every {} days · {}",
        c.tier, c.cadence_days, c.status
    );
    if !place.is_empty() {
        head.push_str(" · ");
        head.push_str(&place.join(", "));
    }
    lines.push(Line::raw(truncate(&head, w)));

    let since = c.days_since_clock(today);
    let mut touch = vec![Span::raw(match c.last_touch {
        Some(d) => format!("last touch {} · {} days ago", d.format("%d.%m.%Y"), since),
        None => format!("never touched · added {} days ago", since),
    })];
    if let Some(over) = c.overdue_days(today) {
        touch.push(Span::styled(
            format!(" · OVERDUE by {over} days"),
            t.overdue(),
        ));
    }
    lines.push(Line::from(touch));

    let first_note = c.notes.lines().next().unwrap_or("");
    lines.push(Line::styled(
        truncate(&display_safe(first_note), w),
        t.dim(),
    ));

    if view.contacts.is_empty() {
        lines.push(Line::styled("no contacts yet: a adds one", t.dim()));
    }
    for ct in view.contacts.iter().take(3) {
        let extra: Vec<String> = [&ct.role, &ct.phone, &ct.email]
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| display_safe(s))
            .collect();
        let text = format!("☺ {}  {}", display_safe(&ct.name), extra.join(" · "));
        lines.push(Line::raw(truncate(&text, w)));
    }
    for p in view.plans.iter().take(3) {
        let (mark, style) = t.due(p.due, today);
        let text = format!(
            "▸ next {} {} {}{mark}",
            p.due.format("%d.%m.%Y"),
            p.kind,
            display_safe(&p.purpose)
        );
        lines.push(Line::styled(truncate(&text, w), style));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}
