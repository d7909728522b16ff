//! Dates as people type them: `2026-11-27`, `27.11.2026`, an optional `14:30`,
//! `today`/`yesterday`/`tomorrow`/`now` (also in Russian), and offsets like
//! `+3d`, `-2w`, `+1m`, `+1y`, always relative to a reference date passed in.

use chrono::{Datelike, Days, Months, NaiveDate, NaiveTime};
use std::fmt;

/// A moment in the book: a date, and a time of day when one was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct When {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
}

impl When {
    pub fn day(date: NaiveDate) -> Self {
        When { date, time: None }
    }

    /// The stored form: `YYYY-MM-DD` or `YYYY-MM-DD HH:MM` (sorts as text).
    pub fn to_stored(&self) -> String {
        match self.time {
            Some(t) => format!("{} {}", self.date.format("%Y-%m-%d"), t.format("%H:%M")),
            None => self.date.format("%Y-%m-%d").to_string(),
        }
    }

    /// Read the stored form back; `None` when the text is not one.
    pub fn from_stored(s: &str) -> Option<Self> {
        let (d, t) = match s.split_once([' ', 'T']) {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        let date = NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()?;
        let time = match t {
            Some(t) => Some(
                NaiveTime::parse_from_str(t, "%H:%M")
                    .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
                    .ok()?,
            ),
            None => None,
        };
        Some(When { date, time })
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_stored())
    }
}

/// What the date fields accept, for error messages and help.
pub fn accepted() -> String {
    crate::t!("dates-accepted")
}

/// What the fields that take a day (a due date, `--today`) accept.
pub fn accepted_day() -> String {
    crate::t!("dates-accepted-day")
}

/// What a fact's moment accepts (a touch, a complaint, a payment).
pub fn not_future() -> String {
    crate::t!("dates-not-future")
}

/// What a planned touch's due day accepts.
pub fn not_past() -> String {
    crate::t!("dates-not-past")
}

/// Whether `when` lies after the reference moment: a day after `today`, or
/// a later time today (only when the time of day is known).
pub fn is_future(when: When, today: NaiveDate, now: Option<NaiveTime>) -> bool {
    when.date > today
        || (when.date == today && matches!((when.time, now), (Some(t), Some(n)) if t > n))
}

/// The years a book holds: a typo such as `+9999y` or `31.12.9999` would
/// otherwise hide a client from every list for ever.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("not-a-date", input = input.as_str(), accepted = accepted()))]
pub struct DateError {
    pub input: String,
}

/// Which way a weekday name points: a fact's `пн` is the last Monday, a
/// plan's the coming one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toward {
    Past,
    Future,
}

/// Parse a date with an optional time. `now` is the reference moment's time of
/// day, used by the word `now`. A weekday name means the last such day.
pub fn parse_when(
    input: &str,
    today: NaiveDate,
    now: Option<NaiveTime>,
) -> Result<When, DateError> {
    parse_when_toward(input, today, now, Toward::Past)
}

/// Parse a date with an optional time, reading a weekday name `toward` the
/// past (facts) or the future (plans).
pub fn parse_when_toward(
    input: &str,
    today: NaiveDate,
    now: Option<NaiveTime>,
    toward: Toward,
) -> Result<When, DateError> {
    let err = || DateError {
        input: input.to_string(),
    };
    let s = input.trim().to_lowercase();
    if s.is_empty() {
        return Err(err());
    }
    if matches!(s.as_str(), "now" | "сейчас") {
        return Ok(When {
            date: today,
            time: now,
        });
    }
    // `15:00` alone is today; `вчера 15:00`, `27.11 15:00`, `пт 10:30` carry a time.
    if let Some(time) = parse_time(&s) {
        return Ok(When {
            date: today,
            time: Some(time),
        });
    }
    let (head, time) = match s.rsplit_once(' ') {
        Some((h, t)) if parse_time(t.trim()).is_some() => (h.trim(), parse_time(t.trim())),
        _ => (s.as_str(), None),
    };
    let word_day = match head {
        "today" | "сегодня" => Some(Some(today)),
        "yesterday" | "вчера" => Some(today.pred_opt()),
        "tomorrow" | "завтра" => Some(today.succ_opt()),
        w => weekday(w).map(|wd| Some(nearest(today, wd, toward))),
    };
    if let Some(day) = word_day {
        return day.map(|date| When { date, time }).ok_or_else(err);
    }
    if head.starts_with('+') || head.starts_with('-') {
        return relative(head, today)
            .filter(|d| YEARS.contains(&d.year()))
            .map(|date| When { date, time })
            .ok_or_else(err);
    }
    // An ISO moment: `2026-11-27T14:30`.
    let (date_part, time_part) = match (time, head.split_once(['t', 'T'])) {
        (None, Some((d, t))) if d.contains('-') => (d.trim(), Some(t.trim())),
        _ => (head, None),
    };
    let date = absolute(date_part, today)
        .filter(|d| YEARS.contains(&d.year()))
        .ok_or_else(err)?;
    let time = match (time, time_part) {
        (Some(t), _) => Some(t),
        (None, None) => None,
        (None, Some(t)) => Some(parse_time(t).ok_or_else(err)?),
    };
    Ok(When { date, time })
}

/// A weekday by its name in either language: `пн`, `понедельник`, `mon`, `monday`.
fn weekday(w: &str) -> Option<chrono::Weekday> {
    use chrono::Weekday::*;
    Some(match w.trim_end_matches('.') {
        "mon" | "monday" | "пн" | "понедельник" => Mon,
        "tue" | "tuesday" | "вт" | "вторник" => Tue,
        "wed" | "wednesday" | "ср" | "среда" | "среду" => Wed,
        "thu" | "thursday" | "чт" | "четверг" => Thu,
        "fri" | "friday" | "пт" | "пятница" | "пятницу" => Fri,
        "sat" | "saturday" | "сб" | "суббота" | "субботу" => Sat,
        "sun" | "sunday" | "вс" | "воскресенье" => Sun,
        _ => return None,
    })
}

/// The day `wd` nearest `today` on its side: today itself, or up to six
/// days back (facts) or ahead (plans).
fn nearest(today: NaiveDate, wd: chrono::Weekday, toward: Toward) -> NaiveDate {
    let (from, to) = (
        today.weekday().num_days_from_monday() as i64,
        wd.num_days_from_monday() as i64,
    );
    match toward {
        Toward::Past => today - chrono::Duration::days((from - to).rem_euclid(7)),
        Toward::Future => today + chrono::Duration::days((to - from).rem_euclid(7)),
    }
}

/// Parse a date where a time of day makes no sense (due dates). A weekday
/// name means the coming such day.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let when = parse_when_toward(input, today, None, Toward::Future)?;
    if when.time.is_some() {
        return Err(DateError {
            input: input.to_string(),
        });
    }
    Ok(when.date)
}

fn parse_time(t: &str) -> Option<NaiveTime> {
    let (h, m) = t.split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

fn absolute(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    let digits = |p: &str, min: usize, max: usize| {
        (p.len() >= min && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    if let Some((y, rest)) = s.split_once('-') {
        let (m, d) = rest.split_once('-')?;
        let y = digits(y, 4, 4)?;
        return NaiveDate::from_ymd_opt(y as i32, digits(m, 1, 2)?, digits(d, 1, 2)?);
    }
    let mut parts = s.split(['.', '/']);
    let (d, m) = (parts.next()?, parts.next()?);
    // `5.12` is this year's 5 December.
    let y = parts.next().unwrap_or("");
    if parts.next().is_some() {
        return None;
    }
    let year = match y.len() {
        // Only with dots: `10/12` reads one way in Russia and another in the US.
        0 if !s.contains('/') => today.year() as u32,
        0 => return None,
        2 => 2000 + digits(y, 2, 2)?,
        _ => digits(y, 4, 4)?,
    };
    NaiveDate::from_ymd_opt(year as i32, digits(m, 1, 2)?, digits(d, 1, 2)?)
}

fn relative(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    let negative = s.starts_with('-');
    let body = s[1..].trim();
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (num, unit) = body.split_at(split);
    if num.is_empty() || num.len() > 5 {
        return None;
    }
    let n: u32 = num.parse().ok()?;
    let shift_days = |days: u64| {
        if negative {
            today.checked_sub_days(Days::new(days))
        } else {
            today.checked_add_days(Days::new(days))
        }
    };
    let shift_months = |months: u32| {
        if negative {
            today.checked_sub_months(Months::new(months))
        } else {
            today.checked_add_months(Months::new(months))
        }
    };
    match unit.trim() {
        "" | "d" | "д" | "days" | "day" | "дн" => shift_days(n as u64),
        "w" | "н" | "weeks" | "week" | "нед" => shift_days(n as u64 * 7),
        "m" | "м" | "months" | "month" | "мес" => shift_months(n),
        "y" | "г" | "years" | "year" => shift_months(n.checked_mul(12)?),
        _ => None,
    }
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }
    const TODAY: fn() -> NaiveDate = || d(2026, 11, 27);

    #[test]
    fn every_documented_form() {
        let t = TODAY();
        let p = |s| parse_when(s, t, NaiveTime::from_hms_opt(9, 15, 0)).expect(s);
        assert_eq!(p("2026-11-27"), When::day(t));
        assert_eq!(p("27.11.2026"), When::day(t));
        assert_eq!(p("1.2.2026"), When::day(d(2026, 2, 1)));
        assert_eq!(p("27.11.26"), When::day(t));
        assert_eq!(
            p("2026-11-27 14:30").time,
            NaiveTime::from_hms_opt(14, 30, 0)
        );
        assert_eq!(p("27.11.2026 14:30").to_stored(), "2026-11-27 14:30");
        assert_eq!(p("today"), When::day(t));
        assert_eq!(p("Сегодня"), When::day(t));
        assert_eq!(p("yesterday"), When::day(d(2026, 11, 26)));
        assert_eq!(p("tomorrow"), When::day(d(2026, 11, 28)));
        assert_eq!(p("now").to_stored(), "2026-11-27 09:15");
        assert_eq!(p("+3d"), When::day(d(2026, 11, 30)));
        assert_eq!(p("-2w"), When::day(d(2026, 11, 13)));
        assert_eq!(p("+1m"), When::day(d(2026, 12, 27)));
        assert_eq!(p("+1y"), When::day(d(2027, 11, 27)));
        assert_eq!(p("+3"), When::day(d(2026, 11, 30)));
    }

    #[test]
    fn negative_offsets_in_every_unit_and_the_year_bounds() {
        let t = TODAY();
        let p = |s| parse_when(s, t, None).expect(s).date;
        assert_eq!(p("-3d"), d(2026, 11, 24));
        assert_eq!(p("-1m"), d(2026, 10, 27));
        assert_eq!(p("-13m"), d(2025, 10, 27));
        assert_eq!(p("-1y"), d(2025, 11, 27));
        assert_eq!(p("-2н"), d(2026, 11, 13));
        assert_eq!(p("+1г"), d(2027, 11, 27));
        assert_eq!(p("вчера"), d(2026, 11, 26));
        assert_eq!(p("Завтра"), d(2026, 11, 28));
        assert_eq!(p("01.01.1900"), d(1900, 1, 1));
        assert_eq!(p("31.12.2199"), d(2199, 12, 31));
        assert_eq!(p("+173y"), d(2199, 11, 27));
        assert!(parse_when("+174y", t, None).is_err());
        assert_eq!(p("-126y"), d(1900, 11, 27));
        assert!(parse_when("-127y", t, None).is_err());
    }

    #[test]
    fn the_future_starts_after_now() {
        let t = TODAY();
        let nine = NaiveTime::from_hms_opt(9, 0, 0);
        let at = |s| parse_when(s, t, nine).expect(s);
        assert!(!is_future(at("today"), t, nine));
        assert!(!is_future(at("now"), t, nine));
        assert!(!is_future(at("27.11.2026 09:00"), t, nine));
        assert!(is_future(at("27.11.2026 09:01"), t, nine));
        assert!(is_future(at("tomorrow"), t, nine));
        assert!(!is_future(at("26.11.2026 23:59"), t, nine));
        // With --today fixed, the time of day is unknown: today is not future.
        assert!(!is_future(at("27.11.2026 23:59"), t, None));
    }

    #[test]
    fn each_part_has_its_number_of_digits() {
        let t = TODAY();
        for bad in [
            "2026-11-27 014:30",
            "2026-11-27 14:5",
            "2026-11-27 :30",
            "2026-011-27",
            "2026-11-027",
            "27.011.2026",
            "027.11.2026",
            "27.11.02026",
            "20261-11-27",
            "+000001d",
        ] {
            assert!(parse_when(bad, t, None).is_err(), "{bad} is refused");
        }
        assert_eq!(
            parse_when("+00001d", t, None).expect("5 digits").date,
            d(2026, 11, 28)
        );
        assert_eq!(
            parse_when("2026-11-27 9:05", t, None)
                .expect("one-digit hour")
                .to_stored(),
            "2026-11-27 09:05"
        );
        assert_eq!(
            format!("{}", parse_when("27.11.2026 14:30", t, None).expect("when")),
            "2026-11-27 14:30"
        );
    }

    #[test]
    fn month_offsets_clamp_to_month_end() {
        let r = parse_when("+1m", d(2026, 1, 31), None).expect("valid");
        assert_eq!(r.date, d(2026, 2, 28));
    }

    #[test]
    fn rejects_nonsense() {
        for s in [
            "",
            "31.02.2026",
            "2026-13-01",
            "27/11",
            "+3x",
            "tomorrow-ish",
            "25:00",
            "2026-11-27 24:61",
            "+",
            "+99999999d",
            "+9999y",
            "-200y",
            "31.12.9999",
            "01.01.1899",
            "2200-01-01",
        ] {
            assert!(parse_when(s, TODAY(), None).is_err(), "{s} should fail");
        }
        assert!(parse_date("2026-11-27 10:00", TODAY()).is_err());
    }

    #[test]
    fn short_forms_weekdays_and_times() {
        // TODAY is Friday 27 November 2026.
        let at = |s: &str| parse_when(s, TODAY(), None).expect(s);
        let t = |h, m| Some(NaiveTime::from_hms_opt(h, m, 0).expect("time"));
        assert_eq!(at("5.12"), When::day(d(2026, 12, 5)));
        assert_eq!(
            at("27.11 15:00"),
            When {
                date: d(2026, 11, 27),
                time: t(15, 0)
            }
        );
        assert_eq!(
            at("вчера 15:00"),
            When {
                date: d(2026, 11, 26),
                time: t(15, 0)
            }
        );
        assert_eq!(
            at("Yesterday 9:05"),
            When {
                date: d(2026, 11, 26),
                time: t(9, 5)
            }
        );
        assert_eq!(
            at("15:00"),
            When {
                date: d(2026, 11, 27),
                time: t(15, 0)
            }
        );
        assert_eq!(
            at("2026-11-27T14:30"),
            When {
                date: d(2026, 11, 27),
                time: t(14, 30)
            }
        );
        // Facts: the last such day (today counts); plans: the coming one.
        assert_eq!(at("пн"), When::day(d(2026, 11, 23)));
        assert_eq!(at("пт"), When::day(d(2026, 11, 27)));
        assert_eq!(
            at("сб 10:30"),
            When {
                date: d(2026, 11, 21),
                time: t(10, 30)
            }
        );
        assert_eq!(at("Thursday"), When::day(d(2026, 11, 26)));
        assert_eq!(parse_date("пн", TODAY()), Ok(d(2026, 11, 30)));
        assert_eq!(parse_date("fri", TODAY()), Ok(d(2026, 11, 27)));
        assert_eq!(parse_date("четверг", TODAY()), Ok(d(2026, 12, 3)));
        assert!(
            parse_date("пн 10:00", TODAY()).is_err(),
            "a due day has no time"
        );
        for bad in ["5.13", "32.12", "10/12", "пн 25:00", "понедельникк", "15:0"] {
            assert!(parse_when(bad, TODAY(), None).is_err(), "{bad} should fail");
        }
    }

    proptest! {
        #[test]
        fn a_weekday_is_the_nearest_one_on_its_side(offset in 0i64..20000, wd in 0usize..7, ru: bool) {
            let today = d(1990, 1, 1) + chrono::Duration::days(offset);
            let names = if ru {
                ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
            } else {
                ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            };
            let past = parse_when(names[wd], today, None).expect("weekday").date;
            let ahead = parse_date(names[wd], today).expect("weekday");
            prop_assert_eq!(past.weekday().num_days_from_monday() as usize, wd);
            prop_assert_eq!(ahead.weekday().num_days_from_monday() as usize, wd);
            prop_assert!(past <= today && (today - past).num_days() < 7);
            prop_assert!(ahead >= today && (ahead - today).num_days() < 7);
        }

        #[test]
        fn a_day_and_month_is_this_year(days in 0i64..365, h in 0u32..24, min in 0u32..60) {
            let date = d(2026, 1, 1) + chrono::Duration::days(days);
            let typed = format!("{}.{} {h}:{min:02}", date.day(), date.month());
            let when = parse_when(&typed, TODAY(), None).expect("short form");
            prop_assert_eq!(when.date, date);
            prop_assert_eq!(when.time, NaiveTime::from_hms_opt(h, min, 0));
        }

        #[test]
        fn never_panics(s in "\\PC{0,20}") {
            let _ = parse_when(&s, TODAY(), None);
            let _ = parse_date(&s, TODAY());
        }

        #[test]
        fn a_formatted_date_parses_back_to_itself(days in 0i64..(300 * 366), h in 0u32..24, min in 0u32..60, with_time: bool) {
            let date = d(1900, 1, 1) + chrono::Duration::days(days);
            prop_assume!(YEARS.contains(&date.year()));
            let when = When { date, time: with_time.then(|| NaiveTime::from_hms_opt(h, min, 0).expect("time")) };
            prop_assert_eq!(parse_when(&when.to_stored(), TODAY(), None), Ok(when));
            prop_assert_eq!(When::from_stored(&when.to_stored()), Some(when));
            let ru = date.format("%d.%m.%Y").to_string();
            prop_assert_eq!(parse_date(&ru, TODAY()), Ok(date));
        }

        #[test]
        fn iso_and_russian_forms_agree(y in 1990i32..2100, m in 1u32..=12, day in 1u32..=28, h in 0u32..24, min in 0u32..60) {
            let iso = format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}");
            let ru = format!("{day:02}.{m:02}.{y:04} {h}:{min:02}");
            let a = parse_when(&iso, TODAY(), None).expect("iso");
            let b = parse_when(&ru, TODAY(), None).expect("ru");
            prop_assert_eq!(a, b);
            prop_assert_eq!(When::from_stored(&a.to_stored()), Some(a));
        }

        #[test]
        fn offsets_move_by_whole_days(n in 0u32..3000) {
            let fwd = parse_when(&format!("+{n}d"), TODAY(), None).expect("fwd").date;
            let back = parse_when(&format!("-{n}d"), TODAY(), None).expect("back").date;
            prop_assert_eq!(days_between(TODAY(), fwd), n as i64);
            prop_assert_eq!(days_between(back, TODAY()), n as i64);
        }
    }
}
