//! Small overlays: the yes/no question and an opened entry with its history.

use super::centered;
use crate::t;
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
            t!(
                "q-delete-entry",
                summary = display_safe(summary),
                client = display_safe(client)
            )
        }
        Question::CancelPlan {
            purpose, client, ..
        } => {
            t!(
                "q-cancel-plan",
                purpose = display_safe(purpose),
                client = display_safe(client)
            )
        }
        Question::InvoicePaid {
            number,
            amount,
            client,
            on,
        } => t!(
            "q-paid",
            number = display_safe(number),
            client = display_safe(client),
            amount = display_safe(amount),
            day = crate::i18n::date(*on)
        ),
        Question::Fulfils {
            purpose,
            due,
            client,
            ..
        } => t!(
            "q-fulfils",
            client = display_safe(client),
            day = crate::i18n::date(*due),
            purpose = display_safe(purpose)
        ),
        Question::Do { text, .. } => display_safe(text).to_string(),
        Question::DiscardForm => t!("q-discard"),
        Question::QuitDiscarding => t!("q-quit-discarding"),
    };
    // As tall as the wrapped question needs, so the y/n line always shows.
    let rows = (crate::text::width(&text) as u16).div_ceil(56) + 1;
    let area = centered(area, 60, rows + 2);
    Clear.render(area, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(app.theme.error())
        .title(format!(" {} ", t!("question-title")));
    Paragraph::new(vec![
        Line::raw(text),
        Line::from(Span::styled(t!("question-keys"), app.theme.key())),
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
            format!(
                "{} · {} · {}",
                e.when()
                    .map(|w| match w.time {
                        Some(tm) => format!(
                            "{} {}",
                            crate::i18n::weekday_date(w.date),
                            tm.format("%H:%M")
                        ),
                        None => crate::i18n::weekday_date(w.date),
                    })
                    .unwrap_or_else(|| display_safe(&e.at)),
                e.kind.label(),
                e.direction.label()
            ),
            t.heading(),
        )]),
        Line::raw(format!(
            "{}: {}",
            t!("detail-client"),
            display_safe(&view.client.name)
        )),
        Line::raw(format!(
            "{}: {}",
            t!("detail-contact"),
            e.contact
                .as_deref()
                .map(display_safe)
                .unwrap_or_else(|| "—".into())
        )),
        Line::raw(format!(
            "{}: {}",
            t!("detail-logged-by"),
            if e.logged_by.is_empty() {
                "—".to_string()
            } else {
                display_safe(&e.logged_by)
            }
        )),
        Line::raw(""),
        Line::styled(display_safe(&e.shown_summary()), t.key()),
    ];
    for l in e.details.lines() {
        lines.push(Line::raw(display_safe(l)));
    }
    if !d.versions.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(t!("detail-versions"), t.heading()));
        for (when, summary, _) in &d.versions {
            lines.push(Line::styled(
                t!(
                    "detail-replaced",
                    when = when.as_str(),
                    summary = display_safe(summary)
                ),
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
        .title(format!(" {} ", t!("detail-title")));
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}
