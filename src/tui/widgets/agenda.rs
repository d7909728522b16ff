//! The agenda: planned touches grouped as overdue, today, this week, later.

use super::render_scrolled;
use crate::domain::PlanStatus;
use crate::t;
use crate::text::{display_safe, fit};
use crate::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// Which group a planned touch falls in on `today`.
fn group(due: chrono::NaiveDate, status: PlanStatus, today: chrono::NaiveDate) -> &'static str {
    match (status, (due - today).num_days()) {
        (PlanStatus::Done, _) => "agenda-done",
        (PlanStatus::Cancelled, _) => "agenda-cancelled",
        (_, d) if d < 0 => "agenda-overdue",
        (_, 0) => "agenda-today",
        (_, 1..=7) => "agenda-this-week",
        _ => "agenda-later",
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let v = &app.views;
    let title = format!(
        " {} ",
        t!(
            "agenda-title",
            n = v.agenda.len(),
            all = if v.agenda_all { "yes" } else { "no" }
        )
    );
    let inner = super::view_frame(app, title, area, buf);
    if v.agenda.is_empty() {
        super::empty_list(app, t!("agenda-empty"), t.dim(), inner, buf);
        return;
    }
    let today = app.clock.today;
    let w = inner.width as usize;
    let mut lines = Vec::new();
    let mut selected_line = 0;
    let mut current = "";
    for (i, item) in v.agenda.iter().enumerate() {
        let g = group(item.plan.due, item.plan.status, today);
        if g != current {
            lines.push(Line::styled(t!(g), t.heading()));
            current = g;
        }
        let (_, style) = t.due(item.plan.due, today);
        let style = if item.plan.status == PlanStatus::Open {
            style
        } else {
            t.dim()
        };
        let head = format!(
            " {} {:<8} ",
            crate::i18n::date(item.plan.due),
            item.plan.kind.label()
        );
        let client_w = (w / 3).min(34);
        let rest_w = w.saturating_sub(crate::text::width(&head) + client_w);
        let mut line = Line::from(vec![
            Span::styled(head, style),
            Span::raw(fit(&display_safe(&item.plan.purpose), rest_w)),
            Span::styled(
                format!(
                    " {}",
                    crate::text::fit_name(&display_safe(&item.client), client_w.saturating_sub(1))
                ),
                t.heading(),
            ),
        ]);
        if i == v.agenda_sel {
            selected_line = lines.len();
            line = line.style(t.selected(true));
        }
        lines.push(line);
    }
    render_scrolled(lines, selected_line, inner, buf);
}
