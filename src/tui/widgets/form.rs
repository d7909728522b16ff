//! A form: one row per field, the focused one marked, date fields showing the
//! date they understood, and the error naming the field and what is accepted.

use super::centered;
use crate::t;
use crate::text::{display_safe, width};
use crate::tui::app::App;
use crate::tui::form::{FieldKind, date_preview};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};

const LABEL: u16 = 14;
const NOTE_ROWS: u16 = 3;

pub fn render(app: &App, frame: &mut Frame) {
    let Some(form) = &app.form else { return };
    let t = &app.theme;
    let rows: u16 = form
        .fields
        .iter()
        .map(|f| {
            if matches!(f.kind, FieldKind::Multi) {
                NOTE_ROWS
            } else {
                1
            }
        })
        .sum::<u16>()
        + 5;
    let area = centered(frame.area(), 76, rows);
    let buf = frame.buffer_mut();
    Clear.render(area, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(t.border(true))
        .title(format!(" {} ", display_safe(&form.title)))
        .title_bottom(format!(" {} ", t!("form-keys")));
    let inner = block.inner(area);
    block.render(area, buf);

    let mut y = inner.y;
    let value_w = inner.width.saturating_sub(LABEL + 1);
    let mut cursor = None;
    for (i, f) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let wrong = form.error.as_ref().is_some_and(|(e, _)| *e == i);
        let h = if matches!(f.kind, FieldKind::Multi) {
            NOTE_ROWS
        } else {
            1
        };
        if y + h > inner.y + inner.height {
            break;
        }
        let label_style = if wrong {
            t.error()
        } else if focused {
            t.key()
        } else {
            ratatui::style::Style::new()
        };
        let marker = if focused { "›" } else { " " };
        let shown = crate::text::truncate(
            &t!(&format!("field-{}", f.label.replace(' ', "-"))),
            LABEL as usize - 2,
        );
        let label = format!(
            "{marker}{}{shown} ",
            " ".repeat((LABEL as usize - 2).saturating_sub(crate::text::width(&shown)))
        );
        buf.set_stringn(inner.x, y, &label, LABEL as usize, label_style);
        let value_area = Rect {
            x: inner.x + LABEL,
            y,
            width: value_w,
            height: h,
        };
        match &f.kind {
            FieldKind::Choice(options) => {
                let current = options.get(f.choice).map(String::as_str).unwrap_or("");
                let mut spans = vec![Span::styled(
                    format!("◂ {} ▸", display_safe(current)),
                    t.key(),
                )];
                if focused {
                    spans.push(Span::styled(
                        format!("  {}", t!("form-choice-hint")),
                        t.dim(),
                    ));
                }
                Paragraph::new(Line::from(spans)).render(value_area, buf);
            }
            FieldKind::Multi => {
                let mut area = f.area.clone();
                area.set_cursor_style(if focused {
                    ratatui::style::Style::new().add_modifier(Modifier::REVERSED)
                } else {
                    ratatui::style::Style::new()
                });
                area.set_block(Block::new().style(t.dim()));
                (&area).render(value_area, buf);
            }
            FieldKind::Text | FieldKind::Date { .. } => {
                let value = f.input.value();
                let scroll = f.input.visual_scroll(value_w.saturating_sub(1) as usize);
                let shown: String = display_safe(value).chars().skip(scroll).collect();
                // An offered value reads like a hint: typing replaces it.
                let mut spans = vec![if f.offered {
                    Span::styled(shown, t.dim())
                } else {
                    Span::raw(shown)
                }];
                if value.is_empty() && !f.hint.is_empty() {
                    spans.push(Span::styled(f.hint.as_str(), t.dim()));
                }
                // The rest of a value used before; → takes it.
                if let Some(done) = f.completion().filter(|_| focused) {
                    let rest: String = done.chars().skip(value.chars().count()).collect();
                    spans.push(Span::styled(format!("{}  →", display_safe(&rest)), t.dim()));
                }
                if let Some(preview) = date_preview(f, app.clock) {
                    spans.push(match preview {
                        Ok(s) => Span::styled(format!("  → {s}"), t.ok()),
                        Err(s) => Span::styled(format!("  ✗ {s}"), t.error()),
                    });
                }
                Paragraph::new(Line::from(spans)).render(value_area, buf);
                if focused {
                    let col = width(&value.chars().take(f.input.cursor()).collect::<String>())
                        .saturating_sub(scroll);
                    cursor = Some(Position::new(value_area.x + col as u16, y));
                }
            }
        }
        y += h;
    }
    let err_area = Rect {
        x: inner.x,
        y: inner.y + inner.height.saturating_sub(2),
        width: inner.width,
        height: 2,
    };
    if let Some((_, msg)) = &form.error {
        Paragraph::new(format!("✗ {}", display_safe(msg)))
            .style(t.error())
            .wrap(Wrap { trim: true })
            .render(err_area, buf);
    }
    if let Some(pos) = cursor {
        frame.set_cursor_position(pos);
    }
}
