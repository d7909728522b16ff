//! Complaints of the whole book: oldest first (or by department), with their
//! age, so ageing ones stand out.

use super::render_scrolled;
use crate::domain::ComplaintStatus;
use crate::t;
use crate::text::{display_safe, fit};
use crate::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let v = &app.views;
    let open = v
        .complaints
        .iter()
        .filter(|k| k.status != ComplaintStatus::Resolved)
        .count();
    // The list holds the oldest ones of a large book: the title counts them all.
    let total = (v.complaints_open_total as usize).max(open);
    let shown = if total > open {
        t!("view-first-shown", n = open)
    } else {
        String::new()
    };
    let title = format!(
        " {}{shown} ",
        t!(
            "complaints-title",
            open = total,
            all = if v.complaints_all { "yes" } else { "no" },
            grouped = if v.grouped { "yes" } else { "no" }
        )
    );
    let inner = super::view_frame(app, title, area, buf);
    if v.complaints.is_empty() {
        super::empty_list(app, t!("complaints-empty"), t.done(), inner, buf);
        return;
    }
    let w = inner.width as usize;
    let today = app.clock.today;
    let mut lines = Vec::new();
    let mut selected_line = 0;
    let mut department = String::new();
    for (i, k) in v.complaints.iter().enumerate() {
        if v.grouped && k.department.to_lowercase() != department {
            department = k.department.to_lowercase();
            lines.push(Line::styled(display_safe(&k.department), t.heading()));
        }
        let age = match k.age_days(today) {
            Some(d) => format!("{:>5}", t!("n-d", n = d)),
            None => format!("{:>5}", t!("complaint-done")),
        };
        let head = format!(
            " {} {age} {} {} ",
            crate::dates::When::from_stored(&k.opened_at)
                .map(|w| crate::i18n::date(w.date))
                .unwrap_or_default(),
            crate::text::fit(&k.status.label(), 9),
            crate::text::fit(&k.severity.label(), 7)
        );
        let dept = if v.grouped {
            String::new()
        } else {
            format!("{} · ", display_safe(&k.department))
        };
        // Escalated: with whom, since when, and whether its "by when" passed.
        let dept = match &k.escalation {
            Some(e) => format!("{} · {dept}", display_safe(&e.describe(today))),
            None => dept,
        };
        let client_w = (w / 4).min(28);
        let rest_w = w.saturating_sub(crate::text::width(&head) + client_w);
        let late = k
            .escalation
            .as_ref()
            .is_some_and(|e| e.late_days(today).is_some());
        let style = match k.age_days(today) {
            None => t.dim(),
            Some(d) if d > 14 || late => t.overdue(),
            _ => Style::new(),
        };
        let mut line = Line::from(vec![
            Span::styled(head, style),
            Span::raw(fit(&format!("{dept}{}", display_safe(&k.summary)), rest_w)),
            Span::styled(
                format!(
                    " {}",
                    crate::text::fit_name(&display_safe(&k.client), client_w.saturating_sub(1))
                ),
                t.heading(),
            ),
        ]);
        if i == v.complaint_sel {
            selected_line = lines.len();
            line = line.style(t.selected(true));
        }
        lines.push(line);
    }
    render_scrolled(lines, selected_line, inner, buf);
}
