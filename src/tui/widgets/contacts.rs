//! The selected client's people: every contact with all their phones and
//! e-mails (each with its label), those who left dimmed with the day.

use super::render_scrolled;
use crate::domain::split_channels;
use crate::t;
use crate::text::{display_safe, truncate};
use crate::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let Some(view) = app.view.as_ref() else {
        return;
    };
    let title = format!(
        " {} · {} · {} ",
        t!("contacts-title"),
        display_safe(&view.client.name),
        view.contacts.len()
    );
    let inner = super::view_frame(app, title, area, buf);
    if view.contacts.is_empty() {
        Paragraph::new(t!("contacts-none"))
            .style(t.dim())
            .render(inner, buf);
        return;
    }
    let w = inner.width as usize;
    let mut lines = Vec::new();
    let mut selected_line = 0;
    for (n, c) in view.contacts.iter().enumerate() {
        let selected = n == app.views.contact_sel;
        if selected {
            selected_line = lines.len();
        }
        let style = if c.left_on.is_some() {
            t.dim()
        } else {
            t.heading()
        };
        let mut head = display_safe(&c.name).to_string();
        if !c.role.is_empty() {
            head.push_str(&format!(" — {}", display_safe(&c.role)));
        }
        if let Some(on) = c.left_on {
            head.push_str(&format!("  {}", t!("left-on", day = crate::i18n::date(on))));
        }
        let mut line = Line::from(Span::styled(truncate(&format!(" {head}"), w), style));
        if selected {
            line = line.style(t.selected(true));
        }
        lines.push(line);
        // One line per phone and e-mail, so every one can be read whole.
        for (mark, raw) in [
            (t!("contacts-tel"), &c.phone),
            (t!("contacts-email"), &c.email),
        ] {
            for ch in split_channels(raw) {
                let label = if ch.label.is_empty() {
                    mark.clone()
                } else {
                    format!("{mark} {}", display_safe(&ch.label))
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("   {label:<16} "), t.dim()),
                    Span::raw(truncate(&display_safe(&ch.value), w.saturating_sub(20))),
                ]));
            }
        }
        if let Some(first) = c.note.lines().next().filter(|l| !l.trim().is_empty()) {
            lines.push(Line::styled(
                truncate(&format!("   {}", display_safe(first)), w),
                t.dim(),
            ));
        }
    }
    render_scrolled(lines, selected_line, inner, buf);
}
