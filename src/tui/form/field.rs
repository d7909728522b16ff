//! One field of a form: its kind (text, date, choice, several lines), what
//! was typed, a hint, values to complete from, and the date it understood.

use super::Clock;
use crate::dates;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

/// What kind of value a field holds.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    Text,
    /// A date; `time` allows a time of day.
    Date {
        time: bool,
    },
    /// One of a few options, changed with ←/→ or an option's first letter.
    Choice(Vec<String>),
    /// Several lines (Enter makes a new line).
    Multi,
}

pub struct Field {
    pub label: &'static str,
    pub kind: FieldKind,
    pub input: Input,
    pub choice: usize,
    pub area: TextArea<'static>,
    /// A short hint shown when the field is empty.
    pub hint: String,
    /// Values used before; the first one that starts with what was typed is
    /// offered after the cursor, and → at the end takes it.
    pub suggestions: Vec<String>,
    /// The value is one offered (`now`, `today`, `+7d`), not typed: the
    /// first letter typed replaces it, as a selected default does; any
    /// other key (an arrow, Backspace) keeps it to be edited.
    pub offered: bool,
}

impl Field {
    pub(super) fn new(label: &'static str, kind: FieldKind, value: &str) -> Field {
        let mut area = TextArea::new(value.lines().map(str::to_string).collect::<Vec<_>>());
        area.set_cursor_line_style(ratatui::style::Style::default());
        Field {
            label,
            kind,
            input: Input::new(value.to_string()),
            choice: 0,
            area,
            hint: String::new(),
            suggestions: Vec::new(),
            offered: false,
        }
    }
    pub(super) fn text(label: &'static str, value: &str) -> Field {
        Field::new(label, FieldKind::Text, value)
    }
    pub(super) fn date(label: &'static str, time: bool, value: &str) -> Field {
        Field::new(label, FieldKind::Date { time }, value)
    }
    pub(super) fn choice(label: &'static str, options: Vec<String>, selected: usize) -> Field {
        let mut f = Field::new(label, FieldKind::Choice(options), "");
        f.choice = selected;
        f
    }
    pub(super) fn multi(label: &'static str, value: &str) -> Field {
        let mut f = Field::new(label, FieldKind::Multi, value);
        f.area.set_placeholder_text(crate::t!("hint-multi"));
        f
    }
    /// The value is offered, to be replaced by what is typed.
    pub(super) fn offered(mut self) -> Field {
        self.offered = !self.input.value().is_empty();
        self
    }
    pub(super) fn hint(mut self, hint: &str) -> Field {
        self.hint = hint.to_string();
        self
    }

    /// The field's text as typed (for choices: the selected option).
    pub fn value(&self) -> String {
        match &self.kind {
            FieldKind::Choice(options) => options.get(self.choice).cloned().unwrap_or_default(),
            FieldKind::Multi => self.area.lines().join("\n"),
            _ => self.input.value().to_string(),
        }
    }

    /// The suggestion that completes what was typed, in full.
    pub fn completion(&self) -> Option<String> {
        let typed = crate::text::fold(self.input.value());
        if typed.is_empty() {
            return None;
        }
        self.suggestions
            .iter()
            .find(|s| {
                let f = crate::text::fold(s);
                f.starts_with(&typed) && f != typed
            })
            .cloned()
    }

    pub(super) fn handle(&mut self, key: KeyEvent) {
        match &self.kind {
            FieldKind::Choice(options) => {
                let n = options.len().max(1);
                match key.code {
                    KeyCode::Left => self.choice = (self.choice + n - 1) % n,
                    KeyCode::Right | KeyCode::Char(' ') => self.choice = (self.choice + 1) % n,
                    KeyCode::Char(c) => {
                        // The next option starting with that letter, cycling.
                        let c = c.to_lowercase().next().unwrap_or(c);
                        if let Some(i) = (1..=n)
                            .map(|step| (self.choice + step) % n)
                            .find(|&i| options[i].to_lowercase().starts_with(c))
                        {
                            self.choice = i;
                        }
                    }
                    _ => {}
                }
            }
            FieldKind::Multi => {
                self.area.input(key);
            }
            _ => {
                let typed = matches!(key.code, KeyCode::Char(_))
                    && !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
                if std::mem::take(&mut self.offered) && typed {
                    self.input = Input::default();
                }
                let at_end = self.input.cursor() == self.input.value().chars().count();
                if key.code == KeyCode::Right && at_end {
                    if let Some(done) = self.completion() {
                        self.input = Input::new(done);
                        return;
                    }
                }
                self.input.handle_event(&Event::Key(key));
            }
        }
    }
}

/// What a date field understood, for the preview beside it.
pub fn date_preview(field: &Field, clock: Clock) -> Option<Result<String, String>> {
    let FieldKind::Date { time } = field.kind else {
        return None;
    };
    let raw = field.input.value();
    if raw.trim().is_empty() {
        return None;
    }
    Some(match dates::parse_when(raw, clock.today, clock.now) {
        Ok(w) if w.time.is_some() && !time => Err(crate::t!("preview-no-time")),
        Ok(w) => {
            let day = crate::i18n::weekday_date(w.date);
            Ok(match w.time {
                Some(t) => format!("{day} {}", t.format("%H:%M")),
                None => day,
            })
        }
        Err(_) => Err(crate::t!("preview-not-a-date")),
    })
}
