//! Money owed: every unpaid invoice of the book, overdue ones first and
//! marked, with the totals by currency; with `a`, the paid ones after them.

use super::render_scrolled;
use crate::t;
use crate::text::{display_safe, fit};
use crate::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use std::collections::BTreeMap;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let v = &app.views;
    let today = app.clock.today;
    // Totals by currency: all unpaid, and the overdue part.
    let mut owed: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
    for i in v.money.iter().filter(|i| i.paid_on.is_none()) {
        let e = owed.entry(i.currency.as_str()).or_default();
        e.0 += i.amount_minor;
        if i.overdue_days(today).is_some() {
            e.1 += i.amount_minor;
        }
    }
    let totals: Vec<String> = owed
        .iter()
        .map(|(c, (all, late))| {
            t!(
                "money-total",
                all = crate::i18n::money(*all, c),
                late = crate::i18n::money(*late, c)
            )
        })
        .collect();
    let unpaid = v.money.iter().filter(|i| i.paid_on.is_none()).count();
    // The list holds the oldest debts of a large book: the title counts them all.
    let total = (v.money_unpaid_total as usize).max(unpaid);
    let shown = if total > unpaid {
        t!("view-first-shown", n = unpaid)
    } else {
        String::new()
    };
    let title = if v.money_all {
        format!(" {}{shown} ", t!("money-title-all", n = total))
    } else {
        format!(" {}{shown} ", t!("money-title", n = total))
    };
    let inner = super::view_frame(app, title, area, buf);
    if v.money.is_empty() {
        super::empty_list(app, t!("money-none"), t.dim(), inner, buf);
        return;
    }
    let w = inner.width as usize;
    // The totals stay on the first line; the list scrolls below them.
    let [totals_area, inner] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    Paragraph::new(Line::styled(
        crate::text::truncate(&t!("money-owed", totals = totals.join(", ")), w),
        t.heading(),
    ))
    .render(totals_area, buf);
    let mut lines = Vec::new();
    let mut selected_line = 0;
    for (n, i) in v.money.iter().enumerate() {
        let (state, style) = match (i.paid_on, i.overdue_days(today)) {
            (Some(on), _) => (t!("money-paid", day = crate::i18n::date(on)), t.dim()),
            (None, Some(d)) => (t!("money-overdue", days = d), t.overdue()),
            (None, None) => (
                t!("money-due", day = crate::i18n::date(i.due_on)),
                ratatui::style::Style::default(),
            ),
        };
        let amount = crate::i18n::money(i.amount_minor, &i.currency);
        let amount = format!(
            "{}{amount}",
            " ".repeat(20usize.saturating_sub(crate::text::width(&amount)))
        );
        let client_w = (w / 3).min(34);
        let head = format!(" {} {amount}  ", fit(&state, 16));
        let rest = w.saturating_sub(crate::text::width(&head) + client_w);
        let mut line = Line::from(vec![
            Span::styled(head, style),
            Span::raw(fit(&display_safe(&i.number), rest)),
            Span::styled(
                format!(
                    " {}",
                    crate::text::fit_name(&display_safe(&i.client), client_w.saturating_sub(1))
                ),
                t.heading(),
            ),
        ]);
        if n == v.money_sel {
            selected_line = lines.len();
            line = line.style(t.selected(true));
        }
        lines.push(line);
    }
    render_scrolled(lines, selected_line, inner, buf);
}
