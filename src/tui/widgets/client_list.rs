//! The client list: a mark on overdue clients, name, tier, days since the last touch.

use super::{pane_block, scroll_offset};
use crate::t;
use crate::text::display_safe;
use crate::tui::app::{App, Pane};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let filter = app.filter.value();
    let title = if app.filtering || !filter.is_empty() {
        format!(
            " {} {} · /{}{} ",
            t!("clients-title"),
            super::count(app, app.clients_total),
            display_safe(filter),
            if app.filtering { "▏" } else { "" }
        )
    } else {
        format!(
            " {} {} · {} ",
            t!("clients-title"),
            super::count(app, app.clients_total),
            t!("clients-by", order = t!(app.sort.message_id()))
        )
    };
    let block = pane_block(app, title, Some(Pane::Clients));
    let inner = block.inner(area);
    block.render(area, buf);
    let height = inner.height as usize;
    let width = inner.width as usize;
    if app.clients_total == 0 {
        let msg = if filter.is_empty() {
            t!("clients-none")
        } else {
            t!("clients-no-match")
        };
        super::empty_list(app, msg, app.theme.dim(), inner, buf);
        return;
    }
    let sel = app.client_sel.saturating_sub(app.clients_offset) as usize;
    let first = scroll_offset(sel, app.clients.len(), height);
    let name_w = width.saturating_sub(12);
    let today = app.clock.today;
    let lines: Vec<Line> = app
        .clients
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, row)| {
            let c = &row.client;
            let overdue = c.overdue_days(today).is_some();
            let since = match c.last_touch {
                Some(d) => t!("days-short", n = (today - d).num_days()),
                None => "—".into(),
            };
            let mark = if overdue { "!" } else { " " };
            // Red past the hard limit, yellow past the soft one.
            let mut style = if c.slipping(today) {
                app.theme.overdue()
            } else if overdue {
                app.theme.due_today()
            } else {
                Style::new()
            };
            if i == sel {
                style = style.patch(app.theme.selected(app.pane == Pane::Clients));
            }
            // ⚑ an open complaint, ¤ an overdue invoice.
            let flags = format!(
                "{}{}",
                if row.open_complaints > 0 { "⚑" } else { " " },
                if row.overdue_invoices > 0 { "¤" } else { " " }
            );
            Line::from(vec![
                Span::raw(mark),
                Span::raw(crate::text::fit_name(&display_safe(&c.name), name_w)),
                Span::raw(format!("{flags} {} {:>5}", c.tier, since)),
            ])
            .style(style)
        })
        .collect();
    Paragraph::new(lines).render(inner, buf);
}
