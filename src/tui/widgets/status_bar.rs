//! The status line (book, counts, the last message) and the footer (the keys
//! that work here, from the keymap table).

use crate::t;
use crate::text::{display_safe, truncate};
use crate::tui::app::App;
use crate::tui::keymap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub fn render_status(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let (clients, untouched) = app.counts;
    let book = if app.manager.is_empty() {
        display_safe(&app.book_name)
    } else {
        format!(
            "{} · {}",
            display_safe(&app.manager),
            display_safe(&app.book_name)
        )
    };
    // A book that could not be read has no counts yet: "?" (its plural is
    // the catalog's default), never 0.
    let counts = if super::unknown(app, clients) {
        t!("status-counts", clients = "?", untouched = "?")
    } else {
        t!("status-counts", clients = clients, untouched = untouched)
    };
    let full = format!(
        " touchbase · {book} · {counts} · {} · {} ",
        crate::i18n::date(app.clock.today),
        crate::i18n::current().code()
    );
    // On a narrow terminal the name and date give way to the counts and the message.
    let head = if (app.message.is_some() && area.width < 120)
        || crate::text::width(&full) > area.width as usize
    {
        format!(
            " {book} · {counts} {}",
            if app.message.is_some() { "│ " } else { "" }
        )
    } else {
        full
    };
    let mut spans = vec![Span::styled(head.clone(), t.heading())];
    let mut used = crate::text::width(&head);
    if !app.counting.is_empty() {
        // Says what is being counted: the report, Today, or both.
        let what: Vec<String> = app.counting.iter().map(|s| s.in_words()).collect();
        let counting = format!("{}… ", what.join(", "));
        used += crate::text::width(&counting);
        spans.push(Span::styled(counting, t.dim()));
    }
    if let Some((msg, error)) = &app.message {
        let room = (area.width as usize).saturating_sub(used + 1);
        spans.push(Span::styled(
            truncate(&display_safe(msg), room),
            if *error { t.error() } else { t.ok() },
        ));
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
}

pub fn render_footer(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let ctx = app.context();
    // `?` and `q` are always there, however narrow: the way to learn every
    // other key, and the way out. Room is kept for them first.
    let essential: Vec<(&str, String)> = keymap::help(ctx)
        .filter(|b| matches!(b.label, "?" | "q"))
        .map(|b| {
            let id = if b.label == "?" {
                "foot-help"
            } else {
                "foot-quit"
            };
            (b.label, crate::i18n::tr(id))
        })
        .collect();
    let cost =
        |(key, help): &(&str, String)| crate::text::width(key) + crate::text::width(help) + 2;
    let mut used: usize = essential.iter().map(cost).sum();
    let mut shown: Vec<(&str, String)> = Vec::new();
    for item in keymap::footer(ctx) {
        if essential.iter().any(|(k, _)| *k == item.0) {
            continue;
        }
        // In the table's order: the first keys matter most.
        if used + cost(&item) > area.width as usize {
            break;
        }
        used += cost(&item);
        shown.push(item);
    }
    shown.extend(essential);
    let mut spans = Vec::new();
    for (key, help) in shown {
        spans.push(Span::styled(key, t.key()));
        spans.push(Span::styled(format!(" {help} "), Style::new()));
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
}
