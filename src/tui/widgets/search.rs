//! Searching the whole book: the query and the hits as they come.

use super::{centered, scroll_offset};
use crate::t;
use crate::text::{display_safe, fit, width};
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Position;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

pub fn render(app: &App, frame: &mut Frame) {
    let Some(s) = &app.search else { return };
    let t = &app.theme;
    let area = centered(frame.area(), 100, frame.area().height.saturating_sub(2));
    // The hits for what is typed are still being read (off the UI thread):
    // the last ones stay in view, and the title says so.
    let searching = app.counting.contains(&crate::tui::worker::Slot::Search);
    let buf = frame.buffer_mut();
    Clear.render(area, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(t.border(true))
        .title(match (s.input.value().trim().is_empty(), s.hits.len()) {
            (true, _) => format!(" {} ", t!("search-title")),
            (false, _) if searching => {
                format!(" {} · {}… ", t!("search-title"), t!("counting-search"))
            }
            (false, n) if n >= crate::tui::app::SEARCH_HITS => {
                format!(" {} ", t!("search-title-first", n = n))
            }
            (false, n) => format!(" {} ", t!("search-title-hits", n = n)),
        });
    let inner = block.inner(area);
    block.render(area, buf);
    let query = s.input.value();
    buf.set_string(inner.x, inner.y, "› ", t.key());
    buf.set_stringn(
        inner.x + 2,
        inner.y,
        display_safe(query),
        inner.width.saturating_sub(2) as usize,
        ratatui::style::Style::new(),
    );
    let w = inner.width as usize;
    let height = inner.height.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    if query.trim().is_empty() {
        lines.push(Line::styled(t!("search-prompt"), t.dim()));
    } else if s.hits.is_empty() && searching {
        lines.push(Line::styled(format!("{}…", t!("counting-search")), t.dim()));
    } else if s.hits.is_empty() {
        lines.push(Line::styled(t!("search-none"), t.dim()));
    }
    let folded = crate::text::fold(query);
    let terms: Vec<&str> = folded.split(' ').filter(|t| !t.is_empty()).collect();
    let first = scroll_offset(s.selected, s.hits.len(), height);
    for (i, h) in s.hits.iter().enumerate().skip(first).take(height) {
        let head = match h.kind {
            "entry" => format!(
                "{:<16} {}",
                h.at.as_deref().unwrap_or(""),
                fit(&h.entry_kind.map(|k| k.label()).unwrap_or_default(), 10)
            ),
            "plan" => format!(
                "{:<16} {}",
                h.at.as_deref().unwrap_or(""),
                fit(&t!("hit-plan"), 10)
            ),
            other => format!("{:<16} {}", "", fit(&t!(&format!("hit-{other}")), 10)),
        };
        let client_w = (w / 3).min(30);
        let client = format!("  {}", display_safe(&h.client));
        let text_w = w.saturating_sub(width(&head) + 1 + client_w);
        // What matched is marked, in the text and in the client's name.
        let marked = |text: String, plain: ratatui::style::Style| -> Vec<Span<'static>> {
            crate::text::mark_matches(&text, &terms)
                .into_iter()
                .map(|(run, hit)| Span::styled(run, if hit { t.key() } else { plain }))
                .collect()
        };
        let mut spans = vec![Span::styled(head, t.dim()), Span::raw(" ")];
        spans.extend(marked(
            fit(&display_safe(&h.shown_text()), text_w),
            ratatui::style::Style::new(),
        ));
        spans.extend(marked(fit(&client, client_w), t.heading()));
        let mut line = Line::from(spans);
        if i == s.selected {
            line = line.style(t.selected(true));
        }
        lines.push(line);
    }
    // Below the query and the line under it.
    let [_, list_area] = ratatui::layout::Layout::vertical([
        ratatui::layout::Constraint::Length(2),
        ratatui::layout::Constraint::Fill(1),
    ])
    .areas(inner);
    Paragraph::new(lines).render(list_area, buf);
    let col = width(&query.chars().take(s.input.cursor()).collect::<String>()) as u16;
    frame.set_cursor_position(Position::new(inner.x + 2 + col, inner.y));
}
