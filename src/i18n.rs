//! The manager's language: Russian or English for everything a person reads,
//! from the Fluent catalogs in `locales/` (plural rules included). Chosen by
//! `--lang`, then `TOUCHBASE_LANG`, then the locale (`LC_ALL`, `LC_MESSAGES`,
//! `LANG`); English when none says. What scripts read (JSON, flags, command
//! names) never changes with it.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around values: a terminal shows them as junk.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language touchbase speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// `ru`, `ru_RU.UTF-8`, `en`, `en_GB`…: the language a setting names, if
    /// touchbase speaks it.
    pub fn parse(raw: &str) -> Option<Lang> {
        let lang = raw.trim().to_ascii_lowercase();
        let base = lang.split(['_', '-', '.', '@']).next().unwrap_or("");
        match base {
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language from the flag, then the environment: `TOUCHBASE_LANG`,
    /// then the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set (as
    /// POSIX reads them); English when that one names another language.
    pub fn detect(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(l) = flag.and_then(Lang::parse) {
            return l;
        }
        if let Some(l) = env("TOUCHBASE_LANG").as_deref().and_then(Lang::parse) {
            return l;
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| env(k).filter(|v| !v.is_empty()))
            .next()
            .and_then(|v| Lang::parse(&v))
            .unwrap_or(Lang::En)
    }

    fn id(self) -> &'static unic_langid::LanguageIdentifier {
        use std::sync::OnceLock;
        static EN: OnceLock<unic_langid::LanguageIdentifier> = OnceLock::new();
        static RU: OnceLock<unic_langid::LanguageIdentifier> = OnceLock::new();
        let cell = match self {
            Lang::En => &EN,
            Lang::Ru => &RU,
        };
        cell.get_or_init(|| self.code().parse().unwrap_or_default())
    }
}

/// The process's language, set once at start.
static PROCESS: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A thread's own language (tests draw both languages side by side).
    static THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Speak `lang` from now on, in the whole process.
pub fn set(lang: Lang) {
    PROCESS.store(lang as u8, Ordering::Relaxed);
}

/// Speak `lang` in this thread only (tests).
pub fn set_for_thread(lang: Lang) {
    THREAD.with(|t| t.set(Some(lang)));
}

/// The language in force here.
pub fn current() -> Lang {
    THREAD
        .with(Cell::get)
        .unwrap_or(match PROCESS.load(Ordering::Relaxed) {
            1 => Lang::Ru,
            _ => Lang::En,
        })
}

/// A message without arguments.
pub fn tr(key: &str) -> String {
    tr_with(key, &[])
}

/// A message with named arguments (`$n`, `$client`, …).
pub fn tr_with(key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let lang = current();
    if args.is_empty() {
        return LOCALES
            .try_lookup(lang.id(), key)
            .unwrap_or_else(|| key.to_string());
    }
    let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
        .collect();
    LOCALES
        .try_lookup_with_args(lang.id(), key, &map)
        .unwrap_or_else(|| key.to_string())
}

/// A message in a given language, whatever the language in force.
pub fn tr_in(lang: Lang, key: &str) -> String {
    LOCALES
        .try_lookup(lang.id(), key)
        .unwrap_or_else(|| key.to_string())
}

/// A day as both languages write it in lists: `28.11.2026`.
pub fn date(d: chrono::NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// A stored moment (`2026-11-25` or `2026-11-25 11:30`) as people read
/// it: `25.11.2026 11:30`; anything else is shown as it is.
pub fn moment(stored: &str) -> String {
    match crate::dates::When::from_stored(stored) {
        Some(w) => match w.time {
            Some(t) => format!("{} {}", date(w.date), t.format("%H:%M")),
            None => date(w.date),
        },
        None => stored.to_string(),
    }
}

/// A day in a sentence: `28 ноя 2026`, `28 Nov 2026`.
pub fn day_month_year(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!(
        "{} {} {}",
        d.day(),
        tr(&format!("mon-{}", d.month())),
        d.year()
    )
}

/// A day with its weekday, as forms preview it: `сб 28 ноя 2026`, `Sat 28 Nov 2026`.
pub fn weekday_date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!(
        "{} {}",
        tr(&format!("wd-{}", d.weekday().number_from_monday())),
        day_month_year(d)
    )
}

/// A month heading: `Ноябрь 2026`, `November 2026`.
pub fn month_year(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{} {}", tr(&format!("month-{}", d.month())), d.year())
}

/// An amount as the language writes it: `1 340 500,50 ₽` (Russian: spaces
/// between thousands, a decimal comma, ₽ for roubles, the code for others),
/// `1,340,500.50 RUB` (English). Whole amounts drop the kopecks.
pub fn money(minor: i64, currency: &str) -> String {
    let (group, point) = match current() {
        Lang::Ru => ('\u{a0}', ','),
        Lang::En => (',', '.'),
    };
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let units = (abs / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in units.chars().enumerate() {
        if i > 0 && (units.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(ch);
    }
    let cents = abs % 100;
    let number = if cents == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{cents:02}")
    };
    match (current(), currency) {
        (Lang::Ru, "RUB") => format!("{number}\u{a0}₽"),
        _ => format!("{number} {currency}"),
    }
}

/// A number with one decimal as the language writes it: `24,5` / `24.5`.
pub fn decimal1(x: f64) -> String {
    let text = format!("{x:.1}");
    match current() {
        Lang::Ru => text.replace('.', ","),
        Lang::En => text,
    }
}

/// Whether a catalog has the message (for the completeness tests).
pub fn has(lang: Lang, key: &str) -> bool {
    LOCALES.try_lookup(lang.id(), key).is_some()
        || LOCALES
            .try_lookup_with_args(lang.id(), key, &HashMap::new())
            .is_some()
}

/// `t!("language-name")` or `t!("n-days", n = 5)`: the message in the
/// language in force.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::tr($key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_with(
            $key,
            &[$((stringify!($name), $crate::i18n::arg($value))),+],
        )
    };
}

/// A message argument: text or a number.
pub fn arg(v: impl Into<Arg>) -> FluentValue<'static> {
    match v.into() {
        Arg::Text(s) => FluentValue::from(s),
        Arg::Number(n) => FluentValue::from(n),
    }
}

/// What a message argument can be.
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize, u16);

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn the_language_comes_from_the_flag_then_the_environment() {
        assert_eq!(Lang::detect(None, env(&[])), Lang::En);
        assert_eq!(
            Lang::detect(None, env(&[("LANG", "ru_RU.UTF-8")])),
            Lang::Ru
        );
        assert_eq!(
            Lang::detect(
                None,
                env(&[("LANG", "ru_RU.UTF-8"), ("LC_MESSAGES", "en_US.UTF-8")])
            ),
            Lang::En
        );
        assert_eq!(
            Lang::detect(None, env(&[("LC_ALL", "ru_RU"), ("LC_MESSAGES", "en_US")])),
            Lang::Ru
        );
        assert_eq!(
            Lang::detect(None, env(&[("LC_ALL", ""), ("LANG", "ru")])),
            Lang::Ru
        );
        assert_eq!(
            Lang::detect(None, env(&[("LANG", "de_DE.UTF-8")])),
            Lang::En
        );
        assert_eq!(Lang::detect(None, env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(
            Lang::detect(None, env(&[("TOUCHBASE_LANG", "ru"), ("LANG", "en_US")])),
            Lang::Ru
        );
        assert_eq!(
            Lang::detect(Some("en"), env(&[("TOUCHBASE_LANG", "ru")])),
            Lang::En
        );
    }

    #[test]
    fn dates_and_amounts_read_as_each_language_writes_them() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
        set_for_thread(Lang::Ru);
        assert_eq!(weekday_date(d), "сб 28 ноя 2026");
        assert_eq!(month_year(d), "Ноябрь 2026");
        assert_eq!(money(134_050_050, "RUB"), "1\u{a0}340\u{a0}500,50\u{a0}₽");
        assert_eq!(money(1_250_000, "EUR"), "12\u{a0}500 EUR");
        assert_eq!(decimal1(24.5), "24,5");
        set_for_thread(Lang::En);
        assert_eq!(weekday_date(d), "Sat 28 Nov 2026");
        assert_eq!(month_year(d), "November 2026");
        assert_eq!(money(134_050_050, "RUB"), "1,340,500.50 RUB");
        assert_eq!(money(-5, "USD"), "-0.05 USD");
        assert_eq!(money(100_000, "GBP"), "1,000 GBP");
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        set_for_thread(Lang::Ru);
        let days = |n: i64| t!("n-days", n = n);
        assert_eq!(days(1), "1 день");
        assert_eq!(days(2), "2 дня");
        assert_eq!(days(5), "5 дней");
        assert_eq!(days(11), "11 дней");
        assert_eq!(days(21), "21 день");
        assert_eq!(days(22), "22 дня");
        set_for_thread(Lang::En);
        assert_eq!(days(1), "1 day");
        assert_eq!(days(2), "2 days");
        assert_eq!(days(21), "21 days");
    }
}
