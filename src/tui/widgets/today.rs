//! Today: every client with a reason to act, most important first; each row
//! says why (`A · complaint 45 d · 1 150 000 ₽ overdue 30 d`) and the line
//! under it the last thing said with the client.

use super::render_scrolled;
use crate::book::today::Reason;
use crate::t;
use crate::text::{display_safe, fit, fit_name};
use crate::tui::app::App;
use crate::tui::worker::Slot;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// Every reason of the selected row, one a line, in full (the list cuts them).
pub fn render_why(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let block = ratatui::widgets::Block::bordered()
        .title(format!(" {} ", t!("today-why")))
        .border_style(t.dim());
    let Some(row) = app.views.selected_today() else {
        block.render(area, buf);
        return;
    };
    let lines: Vec<Line> = row
        .reasons
        .iter()
        .map(|r| Line::raw(format!("• {}", display_safe(&r.label()))))
        .collect();
    Paragraph::new(lines)
        .wrap(ratatui::widgets::Wrap { trim: true })
        .block(block)
        .render(area, buf);
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let v = &app.views;
    let day = crate::i18n::weekday_date(app.clock.today);
    // Being counted is not "nothing to do": no count before there is one.
    let counting = v.today.is_empty() && app.counting.contains(&Slot::Today);
    let title = if counting {
        format!(" {}… ", t!("today-view-title-counting", day = day))
    } else if super::unknown(app, v.today.len() as u64) {
        format!(" {} ", t!("today-view-title-day", day = day))
    } else if v.today.len() < v.today_total {
        format!(
            " {} ",
            t!(
                "today-view-title-first",
                day = day,
                shown = v.today.len(),
                n = v.today_total
            )
        )
    } else {
        format!(" {} ", t!("today-view-title", day = day, n = v.today.len()))
    };
    let inner = super::view_frame(app, title, area, buf);
    if v.today.is_empty() {
        if counting {
            Paragraph::new(format!("{}…", t!("counting-today")))
                .style(t.dim())
                .render(inner, buf);
        } else {
            super::empty_list(app, t!("today-nothing"), t.dim(), inner, buf);
        }
        return;
    }
    let w = inner.width as usize;
    let name_w = (w / 3).clamp(12, 34);
    let mut lines = Vec::new();
    let mut selected_line = 0;
    for (i, row) in v.today.iter().enumerate() {
        // Red when the client slips or money or a complaint waits past its
        // deadline; yellow otherwise.
        let urgent = row.reasons.iter().any(|r| {
            matches!(
                r,
                Reason::PastCadence { hard: true, .. }
                    | Reason::InvoiceOverdue { .. }
                    | Reason::Complaint {
                        escalation_late_days: Some(_),
                        ..
                    }
            )
        });
        let mark = if urgent { t.overdue() } else { t.due_today() };
        let head = format!("{:>3} ", i + 1);
        let reasons_w = w.saturating_sub(head.len() + name_w + 1);
        let mut line = Line::from(vec![
            Span::styled(head, mark),
            Span::styled(fit_name(&display_safe(&row.client), name_w), t.heading()),
            Span::raw(" "),
            Span::raw(fit(&display_safe(&row.reasons_text()), reasons_w)),
        ]);
        if i == v.today_sel {
            selected_line = lines.len();
            line = line.style(t.selected(true));
        }
        lines.push(line);
        if let Some(last) = &row.last {
            let said = t!(
                "today-last",
                at = crate::i18n::moment(&last.at),
                summary = display_safe(&last.summary)
            );
            lines.push(Line::styled(
                format!("    {}", fit(&said, w.saturating_sub(4))),
                t.dim(),
            ));
        }
    }
    render_scrolled(lines, selected_line, inner, buf);
}
