//! The timeline: planned touches first (what comes next), then the history,
//! newest first, grouped by month.

use super::{pane_block, render_scrolled};
use crate::domain::Direction;
use crate::t;
use crate::text::{display_safe, fit, truncate};
use crate::tui::app::{App, Pane};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let Some(view) = &app.view else {
        pane_block(
            app,
            format!(" {} ", t!("timeline-title")),
            Some(Pane::Timeline),
        )
        .render(area, buf);
        return;
    };
    let count = if view.more {
        format!("{}+", view.entries.len())
    } else {
        view.entries.len().to_string()
    };
    let block = pane_block(
        app,
        format!(" {} {count} ", t!("timeline-title")),
        Some(Pane::Timeline),
    );
    let inner = block.inner(area);
    block.render(area, buf);
    let w = inner.width as usize;
    let today = app.clock.today;

    let mut lines: Vec<Line> = Vec::new();
    let mut selected_line = 0;
    if !view.plans.is_empty() {
        lines.push(Line::styled(t!("timeline-planned"), t.heading()));
        for (i, p) in view.plans.iter().enumerate() {
            let (_, style) = t.due(p.due, today);
            let text = format!(
                " {}  {} {}",
                crate::i18n::date(p.due),
                fit(&p.kind.label(), 9),
                display_safe(&p.purpose)
            );
            let mut line = Line::styled(truncate(&text, w), style);
            if app.plan_sel == Some(i) {
                selected_line = lines.len();
                line = line.style(t.selected(app.pane == Pane::Timeline));
            }
            lines.push(line);
        }
    }
    if view.entries.is_empty() {
        lines.push(Line::styled(t!("timeline-empty"), t.dim()));
    }
    let mut month = String::new();
    for (i, e) in view.entries.iter().enumerate() {
        let key = e.at.get(..7).unwrap_or("").to_string();
        if key != month {
            let label = e
                .when()
                .map(|w| crate::i18n::month_year(w.date))
                .unwrap_or_else(|| key.clone());
            lines.push(Line::styled(label, t.heading()));
            month = key;
        }
        let when = match e.when() {
            Some(w) => match w.time {
                Some(tm) => format!("{} {}", w.date.format("%d.%m"), tm.format("%H:%M")),
                None => format!("{}      ", w.date.format("%d.%m")),
            },
            None => fit(&display_safe(&e.at), 11),
        };
        let arrow = if e.direction == Direction::Inbound {
            "←"
        } else {
            "→"
        };
        let who = e
            .contact
            .as_deref()
            .map(|c| format!(" · {}", display_safe(c)))
            .unwrap_or_default();
        let edited = if e.versions > 0 {
            format!(" {}", t!("timeline-edited"))
        } else {
            String::new()
        };
        let head = format!(" {when} {arrow} {} ", fit(&e.kind.label(), 10));
        let rest = format!("{}{who}{edited}", display_safe(&e.shown_summary()));
        let rest_w = w.saturating_sub(crate::text::width(&head));
        let mut line = Line::from(vec![
            Span::styled(
                head,
                if e.kind.is_touch() {
                    Style::new()
                } else {
                    t.dim()
                },
            ),
            Span::raw(fit(&rest, rest_w)),
        ]);
        if i == app.entry_sel && app.plan_sel.is_none() {
            selected_line = lines.len();
            line = line.style(t.selected(app.pane == Pane::Timeline));
        }
        lines.push(line);
    }
    if view.more {
        lines.push(Line::styled(format!(" {}", t!("timeline-more")), t.dim()));
    }
    render_scrolled(lines, selected_line, inner, buf);
}
