//! Colours that carry meaning (overdue, due today, done), and their
//! colourless equivalents when `NO_COLOR` is set.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn from_env() -> Theme {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    fn pick(&self, color: Style, plain: Style) -> Style {
        if self.color { color } else { plain }
    }

    pub fn overdue(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }
    pub fn due_today(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Yellow),
            Style::new().add_modifier(Modifier::UNDERLINED),
        )
    }
    pub fn done(&self) -> Style {
        self.pick(Style::new().fg(Color::Green), Style::new())
    }
    /// How a due date reads: a mark and a style for overdue, today, or later.
    pub fn due(&self, due: chrono::NaiveDate, today: chrono::NaiveDate) -> (&'static str, Style) {
        if due < today {
            (" OVERDUE", self.overdue())
        } else if due == today {
            (" today", self.due_today())
        } else {
            ("", Style::new())
        }
    }
    pub fn dim(&self) -> Style {
        self.pick(Style::new().fg(Color::DarkGray), Style::new())
    }
    pub fn heading(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }
    pub fn selected(&self, focused: bool) -> Style {
        if focused {
            self.pick(
                Style::new().bg(Color::Blue).fg(Color::White),
                Style::new().add_modifier(Modifier::REVERSED),
            )
        } else {
            self.pick(
                Style::new().bg(Color::DarkGray),
                Style::new().add_modifier(Modifier::UNDERLINED),
            )
        }
    }
    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.pick(
                Style::new().fg(Color::Cyan),
                Style::new().add_modifier(Modifier::BOLD),
            )
        } else {
            Style::new()
        }
    }
    pub fn error(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Red),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }
    pub fn ok(&self) -> Style {
        self.pick(Style::new().fg(Color::Green), Style::new())
    }
    pub fn key(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_colour_meaning_is_carried_by_modifiers() {
        let plain = Theme { color: false };
        for s in [
            plain.overdue(),
            plain.due_today(),
            plain.selected(true),
            plain.error(),
        ] {
            assert_eq!((s.fg, s.bg), (None, None));
            assert!(!s.add_modifier.is_empty(), "{s:?} carries no mark");
        }
        assert_eq!(Theme { color: true }.overdue().fg, Some(Color::Red));
    }
}
