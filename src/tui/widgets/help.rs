//! The help screen, generated from the keymap table.

use super::centered;
use crate::t;
use crate::tui::app::App;
use crate::tui::keymap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

/// The help box's width, borders included.
const HELP_WIDTH: u16 = 78;

/// Words of `text` in rows of at most `room` cells.
fn wrap(text: &str, room: usize) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    let mut row = String::new();
    for word in text.split(' ') {
        if !row.is_empty() && row.width() + 1 + word.width() > room {
            rows.push(std::mem::take(&mut row));
        }
        if !row.is_empty() {
            row.push(' ');
        }
        row.push_str(word);
    }
    rows.push(row);
    rows
}

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
            // A long text wraps under itself, never under the keys.
            let room = (HELP_WIDTH as usize - 2).saturating_sub(width + 4);
            let mut rows = wrap(&b.help(), room).into_iter();
            lines.push(Line::from(vec![
                Span::styled(format!("  {k}"), t.key()),
                Span::raw(pad),
                Span::raw(rows.next().unwrap_or_default()),
            ]));
            for more in rows {
                lines.push(Line::raw(format!("{}{more}", " ".repeat(width + 4))));
            }
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(t!("help-language"), t.dim()));
    lines.push(Line::styled(t!("help-layout"), t.dim()));
    lines.push(Line::styled(t!("help-dates"), t.dim()));
    let area = centered(area, HELP_WIDTH, area.height.saturating_sub(2));
    Clear.render(area, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .title(format!(" {} ", t!("help-title")));
    let scroll = app
        .help
        .unwrap_or(0)
        .min(lines.len().saturating_sub(1) as u16);
    Paragraph::new(lines)
        .block(block)
        .scroll((scroll, 0))
        .render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn long_help_wraps_at_word_boundaries() {
        assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
        assert_eq!(wrap("one two", 7), vec!["one two"]);
        assert_eq!(wrap("", 5), vec![""]);
    }
}
