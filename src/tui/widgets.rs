//! The screens. Views read the `App` and write the frame, nothing else: no
//! I/O, no state changes. Every string from the book goes through
//! `text::display_safe`, and widths are measured in terminal cells.

mod agenda;
mod card;
mod client_list;
mod complaints;
mod contacts;
mod form;
mod help;
mod money;
mod overlay;
mod reports;
mod search;
mod status_bar;
mod timeline;
mod today;
mod untouched;

use super::app::{App, Pane, Screen};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Widget};

/// Draw the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    let [main, status, footer] = Layout::vertical([
        Constraint::Min(8),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    let left_width = if main.width >= 120 {
        main.width * 2 / 5
    } else {
        (main.width * 2 / 5).max(30).min(main.width)
    };
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_width), Constraint::Min(20)]).areas(main);
    let [list_area, untouched_area] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(left);
    let card_height = card::height(app).min(right.height / 2);
    let [card_area, timeline_area] =
        Layout::vertical([Constraint::Length(card_height), Constraint::Min(3)]).areas(right);

    let buf = frame.buffer_mut();
    match app.views.screen {
        Screen::Main => {
            client_list::render(app, list_area, buf);
            untouched::render(app, untouched_area, buf);
            card::render(app, card_area, buf);
            timeline::render(app, timeline_area, buf);
        }
        Screen::Complaints => complaints::render(app, main, buf),
        Screen::Agenda => agenda::render(app, main, buf),
        // Wide enough: the list, and beside it the card of the client the
        // next key acts on and every reason of its row.
        Screen::Today if main.width >= 110 => {
            let [list, side] =
                Layout::horizontal([Constraint::Min(60), Constraint::Percentage(40)]).areas(main);
            let card_height = card::height(app).min(side.height.saturating_sub(4));
            let [card_area, why_area] =
                Layout::vertical([Constraint::Length(card_height), Constraint::Min(3)]).areas(side);
            today::render(app, list, buf);
            if app.view.is_some() {
                card::render(app, card_area, buf);
            }
            today::render_why(app, why_area, buf);
        }
        Screen::Today => today::render(app, main, buf),
        Screen::Reports => reports::render(app, main, buf),
        Screen::Money => money::render(app, main, buf),
        Screen::Contacts => contacts::render(app, main, buf),
    }
    status_bar::render_status(app, status, buf);
    status_bar::render_footer(app, footer, buf);

    if app.help.is_some() {
        help::render(app, frame.area(), frame.buffer_mut());
    }
    if app.search.is_some() {
        search::render(app, frame);
    }
    if app.detail.is_some() {
        overlay::render_detail(app, frame.area(), frame.buffer_mut());
    }
    if app.form.is_some() {
        form::render(app, frame);
    }
    if app.question.is_some() {
        overlay::render_question(app, frame.area(), frame.buffer_mut());
    }
}

/// A bordered pane whose border shows focus.
fn pane_block<'a>(app: &App, title: String, pane: Option<Pane>) -> Block<'a> {
    let focused = pane.is_some_and(|p| p == app.pane)
        && app.context() == super::keymap::Context::Main
        || (pane == Some(Pane::Clients) && app.filtering);
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(app.theme.border(focused))
        .title(title)
}

/// The frame of a full-screen view (complaints, agenda, reports, money):
/// drawn, and the area inside it returned.
fn view_frame(app: &App, title: String, area: Rect, buf: &mut ratatui::buffer::Buffer) -> Rect {
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(app.theme.border(true))
        .title(title);
    let inner = block.inner(area);
    ratatui::widgets::Widget::render(block, area, buf);
    inner
}

/// A rectangle of at most `w`×`h` centred in `area`.
fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Draw the part of `lines` that keeps `selected` in view.
fn render_scrolled(
    lines: Vec<Line>,
    selected: usize,
    area: Rect,
    buf: &mut ratatui::buffer::Buffer,
) {
    let height = area.height as usize;
    let first = scroll_offset(selected, lines.len(), height);
    let visible: Vec<Line> = lines.into_iter().skip(first).take(height).collect();
    Paragraph::new(visible).render(area, buf);
}

/// The first row to show so that `selected` stays in view (kept near the middle).
fn scroll_offset(selected: usize, len: usize, height: usize) -> usize {
    if len <= height || height == 0 {
        return 0;
    }
    selected.saturating_sub(height / 2).min(len - height)
}

/// Whether a count of `n` is not known: 0 from a book that could not be
/// read (0 would say the book is empty).
pub fn unknown(app: &App, n: u64) -> bool {
    n == 0 && app.unreadable.is_some()
}

/// A pane's count, or "?" when it is not known.
pub fn count(app: &App, n: u64) -> String {
    if unknown(app, n) {
        "?".to_string()
    } else {
        n.to_string()
    }
}

/// What an empty list says: its own words (`empty`), unless a read of the
/// book failed on what it holds; then why, in full: a book with one bad
/// value must not look like an empty one ("no clients yet").
pub fn empty_list(
    app: &App,
    empty: String,
    style: ratatui::style::Style,
    area: Rect,
    buf: &mut ratatui::buffer::Buffer,
) {
    match &app.unreadable {
        Some(why) => Paragraph::new(crate::text::display_safe(why))
            .style(app.theme.overdue())
            .wrap(ratatui::widgets::Wrap { trim: true })
            .render(area, buf),
        None => Paragraph::new(empty).style(style).render(area, buf),
    }
}

#[cfg(test)]
mod tests {
    use super::scroll_offset;

    #[test]
    fn scrolling_keeps_the_selection_visible() {
        assert_eq!(scroll_offset(0, 100, 10), 0);
        assert_eq!(scroll_offset(50, 100, 10), 45);
        assert_eq!(scroll_offset(99, 100, 10), 90);
        assert_eq!(scroll_offset(3, 5, 10), 0);
    }
}
