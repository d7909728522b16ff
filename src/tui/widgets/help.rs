//! The help screen, generated from the keymap table.

use super::centered;
use crate::tui::app::App;
use crate::tui::keymap::{self, Context};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let mut lines = Vec::new();
    for ctx in [
        Context::Main,
        Context::Complaints,
        Context::Agenda,
        Context::Reports,
        Context::Filter,
        Context::Search,
        Context::Form,
        Context::Detail,
        Context::Confirm,
    ] {
        lines.push(Line::styled(ctx.title(), t.heading()));
        for b in keymap::help(ctx) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<8}", b.label), t.key()),
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
