//! Text rules shared by the book and the screens: case folding for matching,
//! cleaning what is saved, and making stored text safe and measurable on a terminal.
//!
//! SQLite's LOWER/LIKE/NOCASE fold ASCII only, so every comparison key is made here.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The matching key of a text: lower case in every script, `ё` counted as `е`,
/// inner runs of white space collapsed to one space.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for ch in s.trim().chars() {
        if ch.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        for lower in ch.to_lowercase() {
            out.push(match lower {
                'ё' => 'е',
                other => other,
            });
        }
    }
    out
}

/// Bidirectional overrides, isolates and marks: they can make text read backwards.
pub fn is_bidi_control(ch: char) -> bool {
    matches!(
        ch,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// Invisible characters that make two equal-looking names differ
/// (`Same Co` and `Same\u{200B} Co`): zero-width space and joiner, word
/// joiner, byte-order mark.
pub fn is_invisible(ch: char) -> bool {
    matches!(ch, '\u{200B}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Line and paragraph separators: line breaks that are not `\n`.
fn is_separator(ch: char) -> bool {
    matches!(ch, '\u{2028}' | '\u{2029}')
}

/// A character that never reaches the book or a screen as it is.
pub fn is_unsafe(ch: char) -> bool {
    ch.is_control() || is_bidi_control(ch) || is_invisible(ch) || is_separator(ch)
}

/// A one-line field as it is saved: no control characters, bidi controls or
/// invisible characters; line breaks (any kind) and tabs become spaces; outer
/// white space trimmed.
pub fn clean_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(ch, '\n' | '\r' | '\t') || is_separator(ch) {
            out.push(' ');
        } else if !is_unsafe(ch) {
            out.push(ch);
        }
    }
    out.trim().to_string()
}

/// A multi-line field as it is saved: newlines and tabs kept (CRLF becomes LF),
/// every other control character and bidi override dropped, outer white space trimmed.
pub fn clean_multiline(s: &str) -> String {
    let normalized = s
        .replace("\r\n", "\n")
        .replace(['\r', '\u{2028}', '\u{2029}'], "\n");
    let mut out = String::with_capacity(normalized.len());
    for ch in normalized.chars() {
        if ch == '\n' || ch == '\t' || !is_unsafe(ch) {
            out.push(ch);
        }
    }
    out.trim().to_string()
}

/// Text from the book made harmless for a terminal: control characters shown as
/// their visible symbols (ESC as `␛`), bidi controls dropped, tabs as one space.
/// A book written by another program may hold anything, so every view uses this.
pub fn display_safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\t' => out.push(' '),
            c if (c as u32) < 0x20 => {
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'))
            }
            '\u{7F}' => out.push('\u{2421}'),
            c if c.is_control() => out.push('\u{FFFD}'),
            c if is_separator(c) => out.push(' '),
            c if is_bidi_control(c) || is_invisible(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// JSON text with every character that `display_safe` would change written
/// as a `\\u` escape: a script that prints a value cannot be made to
/// clear the screen or read backwards. Only strings can hold such
/// characters, so escaping them in the whole text keeps it valid JSON.
pub fn json_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for ch in json.chars() {
        // Pretty JSON's own line breaks stand outside strings; keep them.
        if ch != '\n' && is_unsafe(ch) {
            let mut units = [0u16; 2];
            for u in ch.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        } else {
            out.push(ch);
        }
    }
    out
}

/// Where the `terms` (already folded) occur in `s`, case and ё folded, as
/// runs of (text, matched): for marking what a search found.
pub fn mark_matches(s: &str, terms: &[&str]) -> Vec<(String, bool)> {
    let chars: Vec<char> = s.chars().collect();
    // One folded char per char, so positions line up with the text shown.
    let folded: Vec<char> = chars
        .iter()
        .map(|c| match c.to_lowercase().next().unwrap_or(*c) {
            'ё' => 'е',
            other => other,
        })
        .collect();
    let mut hit = vec![false; chars.len()];
    for term in terms.iter().filter(|t| !t.is_empty()) {
        let t: Vec<char> = term.chars().collect();
        if t.len() > folded.len() {
            continue;
        }
        for start in 0..=folded.len() - t.len() {
            if folded[start..start + t.len()] == t[..] {
                hit[start..start + t.len()]
                    .iter_mut()
                    .for_each(|h| *h = true);
            }
        }
    }
    let mut runs: Vec<(String, bool)> = Vec::new();
    for (c, h) in chars.iter().zip(hit) {
        match runs.last_mut() {
            Some((text, m)) if *m == h => text.push(*c),
            _ => runs.push((c.to_string(), h)),
        }
    }
    runs
}

/// Display width in terminal cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Cut `s` to at most `max` cells, ending in `…` when something was cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in s.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(ch);
    }
    out.push('…');
    out
}

/// `s` cut or padded with spaces to exactly `cells` cells.
pub fn fit(s: &str, cells: usize) -> String {
    let mut out = truncate(s, cells);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cells.saturating_sub(w)));
    out
}

/// Legal forms that stand before or after a company's own name.
const LEGAL_FORMS: &[&str] = &[
    "ООО", "ОАО", "ЗАО", "ПАО", "НАО", "АО", "ИП", "ФГУП", "МУП", "ГУП", "АНО", "НКО", "ТОО",
    "LLC", "Ltd", "Ltd.", "Limited", "GmbH", "AG", "Inc", "Inc.", "Corp", "Corp.", "PLC", "OÜ",
    "AB", "SA", "S.A.", "BV", "B.V.", "Co.", "LLP",
];

/// Quotes that wrap a company's own name: «», „“, “”, "".
const QUOTES: &[char] = &['«', '»', '„', '“', '”', '"', '\''];

/// A company name split into its own part and its legal form:
/// `ООО «Ромашка»` → (`Ромашка`, `ООО`), `Acme GmbH` → (`Acme`, `GmbH`),
/// `Ромашка` → (`Ромашка`, ``). A name that is nothing but a legal form stays whole.
pub fn split_legal_form(name: &str) -> (String, String) {
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_form = |w: &str| {
        let w = w.trim_end_matches(',');
        LEGAL_FORMS
            .iter()
            .any(|f| f.eq_ignore_ascii_case(w) || f.to_lowercase() == w.to_lowercase())
    };
    let (mut from, mut to) = (0, words.len());
    let mut forms = Vec::new();
    while from < to && to - from > 1 && is_form(words[from]) {
        forms.push(words[from].trim_end_matches(','));
        from += 1;
    }
    while to > from + 1 && is_form(words[to - 1]) {
        forms.push(words[to - 1].trim_end_matches(','));
        to -= 1;
    }
    let own = words[from..to].join(" ");
    let own = own.trim_matches(|c: char| QUOTES.contains(&c) || c == ',' || c.is_whitespace());
    if own.is_empty() {
        return (name.trim().to_string(), String::new());
    }
    (own.to_string(), forms.join(" "))
}

/// How a list shows a company: its own name first, the legal form after it
/// (`Фермерский дом · ООО`), so a narrow column keeps what tells clients apart.
pub fn list_name(name: &str) -> String {
    match split_legal_form(name) {
        (own, form) if form.is_empty() => own,
        (own, form) => format!("{own} · {form}"),
    }
}

/// `list_name` in at most `cells` cells, padded: the legal form goes first
/// when there is no room for it, so the own name is what stays.
pub fn fit_name(name: &str, cells: usize) -> String {
    let full = list_name(name);
    if width(&full) <= cells {
        return fit(&full, cells);
    }
    fit(&split_legal_form(name).0, cells)
}

/// The key a list sorts names by: the own name folded, so `ООО «Ромашка»`
/// sorts under Р and `Acme GmbH` beside `Acme AG`.
pub fn sort_key(name: &str) -> String {
    fold(&split_legal_form(name).0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_forms_go_after_the_name_and_out_of_its_sort() {
        let split = |n: &str| split_legal_form(n);
        assert_eq!(split("ООО «Ромашка»"), ("Ромашка".into(), "ООО".into()));
        assert_eq!(
            split("АО \"Байкал-Энерго\""),
            ("Байкал-Энерго".into(), "АО".into())
        );
        assert_eq!(
            split("ИП Ёлкин Пётр Сергеевич"),
            ("Ёлкин Пётр Сергеевич".into(), "ИП".into())
        );
        assert_eq!(
            split("Acme Industrial GmbH"),
            ("Acme Industrial".into(), "GmbH".into())
        );
        assert_eq!(
            split("Pinecrest Foods Inc."),
            ("Pinecrest Foods".into(), "Inc.".into())
        );
        assert_eq!(
            split("Tallinn Timber OÜ"),
            ("Tallinn Timber".into(), "OÜ".into())
        );
        assert_eq!(split("Ромашка"), ("Ромашка".into(), "".into()));
        assert_eq!(
            split("ООО"),
            ("ООО".into(), "".into()),
            "a form alone stays a name"
        );
        assert_eq!(split("ООО «»"), ("ООО «»".into(), "".into()));
        assert_eq!(
            split("Аошка"),
            ("Аошка".into(), "".into()),
            "a form inside a word is not one"
        );
        assert_eq!(list_name("ООО «Фермерский дом»"), "Фермерский дом · ООО");
        assert_eq!(
            list_name("Northwind Traders Ltd"),
            "Northwind Traders · Ltd"
        );
        assert_eq!(list_name("Helios Solar"), "Helios Solar");
        assert_eq!(
            fit_name("Acme Industrial GmbH", 30).trim_end(),
            "Acme Industrial · GmbH"
        );
        assert_eq!(fit_name("Acme Industrial GmbH", 18), "Acme Industrial   ");
        assert_eq!(fit_name("ООО «Фермерский дом»", 10), "Фермерски…");
        assert_eq!(sort_key("ООО «Ромашка»"), "ромашка");
        assert_eq!(sort_key("ЗАО «Ёлка»"), "елка");
        let mut names = ["ООО «Ромашка»", "АО «Альфа»", "ИП Борисов", "Acme GmbH"];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(
            names,
            ["Acme GmbH", "АО «Альфа»", "ИП Борисов", "ООО «Ромашка»"]
        );
    }

    #[test]
    fn fold_handles_cyrillic_and_yo() {
        assert_eq!(fold("ООО Ромашка"), "ооо ромашка");
        assert_eq!(fold("Ёлкин  Пётр"), "елкин петр");
        assert_eq!(fold("  ACME\tLtd "), "acme ltd");
    }

    #[test]
    fn cleaning_drops_controls_and_bidi() {
        assert_eq!(clean_line("a\u{1b}[31mb\nc\u{202E}d"), "a[31mb cd");
        assert_eq!(
            clean_multiline("one\r\ntwo\u{7}\tthree\u{2066}"),
            "one\ntwo\tthree"
        );
    }

    #[test]
    fn invisible_characters_and_separators_never_make_two_names() {
        assert_eq!(clean_line("Same\u{200b} Co"), "Same Co");
        assert_eq!(
            clean_line("\u{feff}Same\u{2060} C\u{200d}o\u{200f}"),
            "Same Co"
        );
        assert_eq!(clean_line("one\u{2028}two\u{2029}three"), "one two three");
        assert_eq!(clean_multiline("one\u{2028}two"), "one\ntwo");
        assert_eq!(clean_line("tab\there"), "tab here");
        assert_eq!(clean_multiline("esc\u{1b}[2J\u{9b}here"), "esc[2Jhere");
        assert_eq!(display_safe("a\u{200b}b\u{2028}c"), "ab c");
    }

    #[test]
    fn json_escapes_what_a_terminal_would_obey() {
        let raw = serde_json::to_string(&"a\u{1b}[2J\u{9b}\u{202e}\u{200b}b").expect("json");
        let safe = json_safe(&raw);
        assert_eq!(safe, r#""a\u001b[2J\u009b\u202e\u200bb""#);
        assert_eq!(
            serde_json::from_str::<String>(&safe).expect("still json"),
            "a\u{1b}[2J\u{9b}\u{202e}\u{200b}b"
        );
        assert_eq!(
            json_safe("{\n  \"Ромашка\": 1\n}"),
            "{\n  \"Ромашка\": 1\n}"
        );
    }

    #[test]
    fn matches_are_marked_in_any_case_and_yo() {
        assert_eq!(
            mark_matches("Обсудили ПРОДЛЕНИЕ", &["продлен"]),
            vec![
                ("Обсудили ".to_string(), false),
                ("ПРОДЛЕН".to_string(), true),
                ("ИЕ".to_string(), false)
            ]
        );
        assert_eq!(
            mark_matches("Ёлка", &["елк"]),
            vec![("Ёлк".to_string(), true), ("а".to_string(), false)]
        );
        assert_eq!(
            mark_matches("abc", &["x"]),
            vec![("abc".to_string(), false)]
        );
        assert_eq!(mark_matches("", &["x"]), Vec::<(String, bool)>::new());
    }

    #[test]
    fn display_safe_shows_escapes() {
        assert_eq!(display_safe("a\u{1b}[2Jb"), "a␛[2Jb");
        assert_eq!(display_safe("x\u{9b}y\u{202e}"), "x\u{FFFD}y");
    }

    #[test]
    fn truncation_counts_cells() {
        assert_eq!(truncate("Ромашка", 4), "Ром…");
        assert_eq!(fit("日本語", 5), "日本…");
        assert_eq!(width(&fit("日本語", 5)), 5);
        assert_eq!(fit("ab", 4), "ab  ");
    }
}
