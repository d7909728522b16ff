//! The help screen, generated from the keymap table.

use super::centered;
use crate::tui::app::App;
use crate::tui::keymap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let mut lines = Vec::new();
    // Keys in a column as wide as the widest, so key and text never touch.
    let keys = |b: &keymap::Binding| keymap::key_names(b).join(" ");
    let width = keymap::BINDINGS
        .iter()
        .map(|b| keys(b).width())
        .max()
        .unwrap_or(0);
    for ctx in keymap::HELP_ORDER {
        lines.push(Line::styled(ctx.title(), t.heading()));
        for b in keymap::help(ctx) {
            let k = keys(b);
            let pad = " ".repeat(width - k.width() + 2);
            lines.push(Line::from(vec![
                Span::styled(format!("  {k}"), t.key()),
                Span::raw(pad),
                Span::raw(b.help),
            ]));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(
        "Dates: 27.11.2026, 2026-11-27, 14:30, today, yesterday, tomorrow, now, +3d, -2w, +1m",
        t.dim(),
    ));
    let area = centered(area, 78, area.height.saturating_sub(2));
    Clear.render(area, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .title(" Keys · j/k scroll · Esc close ");
    let scroll = app
        .help
        .unwrap_or(0)
        .min(lines.len().saturating_sub(1) as u16);
    Paragraph::new(lines)
        .block(block)
        .scroll((scroll, 0))
        .render(area, buf);
}
