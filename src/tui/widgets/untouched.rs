//! "Who hasn't been touched": the same order as `touchbase untouched`, with
//! days overdue and whether a next step is planned.

use super::{pane_block, scroll_offset};
use crate::t;
use crate::text::display_safe;
use crate::tui::app::{App, Pane};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let block = pane_block(
        app,
        format!(
            " {} {} ",
            t!("untouched-title"),
            super::count(app, app.counts.1)
        ),
        Some(Pane::Untouched),
    );
    let inner = block.inner(area);
    block.render(area, buf);
    if app.untouched.is_empty() {
        super::empty_list(app, t!("untouched-none"), app.theme.done(), inner, buf);
        return;
    }
    let height = inner.height as usize;
    let width = inner.width as usize;
    let first = scroll_offset(app.untouched_sel, app.untouched.len(), height);
    let lines: Vec<Line> = app
        .untouched
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, u)| {
            let plan = match &u.next_step {
                Some(n) => format!("▸{}", n.due.format("%d.%m")),
                None => t!("untouched-no-plan"),
            };
            // The plan column is as wide as its widest word in this language.
            let plan_w = 7.max(crate::text::width(&t!("untouched-no-plan")));
            let plan = format!(
                "{}{plan}",
                " ".repeat(plan_w.saturating_sub(crate::text::width(&plan)))
            );
            let tail = format!(
                "{} {} {:>5} {plan}",
                if u.open_complaints > 0 { "⚑" } else { " " },
                u.client.tier,
                format!("+{}", t!("days-short", n = u.overdue_days)),
            );
            let name_w = width.saturating_sub(crate::text::width(&tail));
            let mut line = Line::from(vec![
                Span::styled(
                    crate::text::fit_name(&display_safe(&u.client.name), name_w),
                    if u.client.slipping(app.clock.today) {
                        app.theme.overdue()
                    } else {
                        app.theme.due_today()
                    },
                ),
                Span::raw(tail),
            ]);
            if i == app.untouched_sel {
                line = line.style(app.theme.selected(app.pane == Pane::Untouched));
            }
            line
        })
        .collect();
    Paragraph::new(lines).render(inner, buf);
}
