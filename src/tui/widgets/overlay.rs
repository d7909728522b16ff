//! Small overlays: the yes/no question and an opened entry with its history.

use super::centered;
use crate::text::display_safe;
use crate::tui::app::{App, Question};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};

pub fn render_question(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(q) = &app.question else { return };
    let text = match q {
        Question::DeleteEntry {
            summary, client, ..
        } => {
            format!(
                "Delete “{}” of {}? It stays in the book and u brings it back.",
                display_safe(summary),
                display_safe(client)
            )
        }
        Question::CancelPlan {
            purpose, client, ..
        } => {
            format!(
                "Cancel the planned touch “{}” for {}?",
                display_safe(purpose),
                display_safe(client)
            )
        }
        Question::InvoicePaid {
            number,
            amount,
            client,
            on,
        } => format!(
            "Mark invoice {} of {} ({}) paid on {}?",
            display_safe(number),
            display_safe(client),
            display_safe(amount),
            on.format("%d.%m.%Y")
        ),
        Question::Fulfils {
            purpose,
            due,
            client,
            ..
        } => format!(
            "Was this the touch planned for {} on {}: “{}”? y marks it done.",
            display_safe(client),
            due.format("%d.%m.%Y"),
            display_safe(purpose)
        ),
        Question::Do { text, .. } => display_safe(text).to_string(),
        Question::DiscardForm => "Discard what you typed in this form?".to_string(),
        Question::QuitDiscarding => "Quit and discard what you typed in this form?".to_string(),
    };
    // As tall as the wrapped question needs, so the y/n line always shows.
    let rows = (crate::text::width(&text) as u16).div_ceil(56) + 1;
    let area = centered(area, 60, rows + 2);
    Clear.render(area, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(app.theme.error())
        .title(" Are you sure? ");
    Paragraph::new(vec![
        Line::raw(text),
        Line::from(Span::styled("y yes · n no", app.theme.key())),
    ])
    .block(block)
    .wrap(Wrap { trim: true })
    .render(area, buf);
}

pub fn render_detail(app: &App, area: Rect, buf: &mut Buffer) {
    let (Some(d), Some(view)) = (&app.detail, &app.view) else {
        return;
    };
    let Some(e) = view.entries.iter().find(|e| e.id == d.entry_id) else {
        return;
    };
    let t = &app.theme;
    let mut lines = vec![
        Line::from(vec![Span::styled(
            format!("{} · {} · {}", e.at, e.kind, e.direction),
            t.heading(),
        )]),
        Line::raw(format!("client: {}", display_safe(&view.client.name))),
        Line::raw(format!(
            "contact: {}",
            e.contact
                .as_deref()
                .map(display_safe)
                .unwrap_or_else(|| "—".into())
        )),
        Line::raw(format!(
            "logged by: {}",
            if e.logged_by.is_empty() {
                "—".to_string()
            } else {
                display_safe(&e.logged_by)
            }
        )),
        Line::raw(""),
        Line::styled(display_safe(&e.summary), t.key()),
    ];
    for l in e.details.lines() {
        lines.push(Line::raw(display_safe(l)));
    }
    if !d.versions.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled("Earlier versions", t.heading()));
        for (when, summary, _) in &d.versions {
            lines.push(Line::styled(
                format!("replaced {when}: {}", display_safe(summary)),
                t.dim(),
            ));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(format!("id {}", e.id), t.dim()));
    let area = centered(area, 76, area.height.saturating_sub(4));
    Clear.render(area, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .title(" Entry · e edit · Esc close ");
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}
