//! Every value of a book checked as if a person had typed it: dates are real
//! dates in range, amounts integers in range, words from their lists, text is
//! text of bounded length and already clean. `handover accept` runs this on a
//! received file before reading a row into the book; `check` runs it on the
//! book itself, so a value damaged by outside SQL is found, not only a
//! damaged file. A problem names the table, the row's id, the column, the
//! value and what is accepted.

use crate::dates::{When, YEARS};
use crate::text;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use rusqlite::types::Value;

/// Longest one-line text a book holds (a name, a phone, a summary).
pub const MAX_LINE: usize = 10_000;
/// Longest multi-line text a book holds (details, notes).
pub const MAX_TEXT: usize = 1_000_000;

/// What one column may hold.
#[derive(Clone, Copy)]
enum Rule {
    /// A non-empty one-line text (ids, names).
    Required,
    /// A one-line text, possibly empty.
    Line,
    /// A multi-line text, possibly empty.
    Text,
    /// A reference to a row, or nothing.
    OptRef,
    /// `YYYY-MM-DD`.
    Day,
    OptDay,
    /// `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`.
    Moment,
    OptMoment,
    /// `YYYY-MM-DDTHH:MM:SSZ`, written by touchbase itself.
    Stamp,
    OptStamp,
    /// A whole number in the range.
    Int(i64, i64),
    OptInt(i64, i64),
    /// A JSON object, as touchbase writes an earlier version of a record.
    Json,
    /// What the program recorded on the timeline (`domain::EntryEvent`), or nothing.
    OptEvent,
    OneOf(&'static [&'static str]),
    /// Three Latin capitals.
    Currency,
    /// The folded form of the named column of the same row.
    KeyOf(&'static str),
    /// The column's own name folded, legal form and quotes left out (`text::sort_key`).
    SortKeyOf(&'static str),
}
use Rule::*;

const TOUCHES: &[&str] = &["call", "meeting", "visit", "email", "message"];
const KINDS: &[&str] = &[
    "call",
    "meeting",
    "visit",
    "email",
    "message",
    "note",
    "order",
    "complaint",
    "internal",
];
const DIRECTIONS: &[&str] = &["outbound", "inbound"];
/// The largest amount a book holds, in minor units (as the input allows).
const MAX_MINOR: i64 = 100_000_000_000_000;

/// A table's columns with what each may hold.
type Columns = &'static [(&'static str, Rule)];

/// Each table, the expression naming its rows in reports, and its columns.
#[rustfmt::skip]
const TABLES: &[(&str, &str, Columns)] = &[
    ("settings", "key", &[("key", Required), ("value", Text)]),
    ("clients", "id", &[("id", Required), ("name", Required), ("name_key", KeyOf("name")), ("sort_key", SortKeyOf("name")), ("tier", OneOf(&["A", "B", "C"])), ("cadence_days", Int(1, 3650)), ("status", OneOf(&["prospect", "active", "paused", "lost"])), ("industry", Line), ("city", Line), ("notes", Text), ("created_on", Day), ("updated_at", Stamp), ("last_touch_on", OptDay), ("hard_days", OptInt(1, 3650)), ("quiet_months", OptInt(0, 120)), ("quiet_every", OptInt(1, 365))]),
    ("imported_rows", "source_key", &[("source_key", Required), ("client_id", Required), ("imported_at", Stamp), ("row_hash", Line), ("records", Json)]),
    ("contacts", "id", &[("id", Required), ("client_id", Required), ("name", Required), ("name_key", KeyOf("name")), ("role", Line), ("phone", Line), ("email", Line), ("note", Text), ("created_at", Stamp), ("left_on", OptDay)]),
    ("interactions", "id", &[("id", Required), ("client_id", Required), ("kind", OneOf(KINDS)), ("direction", OneOf(DIRECTIONS)), ("at", Moment), ("contact_id", OptRef), ("summary", Line), ("details", Text), ("logged_at", Stamp), ("edited_at", OptStamp), ("deleted_at", OptStamp), ("logged_by", Line), ("event", OptEvent)]),
    ("interaction_versions", "interaction_id || ' v' || version", &[("interaction_id", Required), ("version", Int(1, 1_000_000)), ("kind", OneOf(KINDS)), ("direction", OneOf(DIRECTIONS)), ("at", Moment), ("contact_id", OptRef), ("summary", Line), ("details", Text), ("replaced_at", Stamp), ("event", OptEvent)]),
    ("plans", "id", &[("id", Required), ("client_id", Required), ("due_on", Day), ("purpose", Required), ("kind", OneOf(TOUCHES)), ("status", OneOf(&["open", "done", "cancelled"])), ("done_by", OptRef), ("closed_at", OptStamp), ("created_at", Stamp)]),
    ("handovers", "id", &[("id", Required), ("at", Stamp), ("kind", OneOf(&["export", "accept"])), ("from_manager", Line), ("to_manager", Line), ("note", Text), ("place", Line)]),
    ("handover_clients", "handover_id || ' ' || client_id", &[("handover_id", Required), ("client_id", Required)]),
    ("complaints", "id", &[("id", Required), ("client_id", Required), ("opened_at", Moment), ("contact_id", OptRef), ("department", Required), ("severity", OneOf(&["low", "normal", "high"])), ("summary", Required), ("status", OneOf(&["open", "escalated", "resolved"])), ("resolved_at", OptMoment), ("resolution", Text), ("entry_id", OptRef), ("deleted_at", OptStamp)]),
    ("complaint_steps", "id", &[("id", Required), ("complaint_id", Required), ("at", Moment), ("step", OneOf(&["escalated", "resolved"])), ("to_whom", Line), ("note", Text), ("entry_id", OptRef), ("due_on", OptDay)]),
    ("orders", "id", &[("id", Required), ("client_id", Required), ("at", Moment), ("title", Line), ("amount_minor", OptInt(0, MAX_MINOR)), ("currency", Currency), ("status", OneOf(&["won", "lost", "in progress"])), ("entry_id", OptRef), ("deleted_at", OptStamp)]),
    ("invoices", "id", &[("id", Required), ("client_id", Required), ("number", Required), ("amount_minor", Int(1, MAX_MINOR)), ("currency", Currency), ("issued_on", Day), ("due_on", Day), ("paid_on", OptDay), ("deleted_at", OptStamp), ("entry_id", OptRef), ("paid_entry_id", OptRef)]),
    ("record_versions", "record || ' ' || record_id || ' v' || version", &[("record", OneOf(&["clients", "contacts", "plans", "orders", "invoices", "complaints"])), ("record_id", Required), ("version", Int(1, 1_000_000)), ("data", Json), ("replaced_at", Stamp)]),
];

/// Stop listing after this many problems: one is enough to refuse a file,
/// and a thousand lines help nobody.
const SHOWN: usize = 20;

/// Check every value of the database `db` ("main" or an attached name).
/// Returns one line per problem (at most `SHOWN`, then a count of the rest).
pub(crate) fn values(conn: &Connection, db: &str) -> rusqlite::Result<Vec<String>> {
    values_of(conn, db, TABLES)
}

fn values_of(
    conn: &Connection,
    db: &str,
    tables: &[(&str, &str, Columns)],
) -> rusqlite::Result<Vec<String>> {
    let mut problems = Vec::new();
    let mut more = 0usize;
    for (table, key, cols) in tables {
        let names: Vec<&str> = cols.iter().map(|(c, _)| *c).collect();
        let sql = format!("SELECT {key}, {} FROM \"{db}\".{table}", names.join(", "));
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id: Value = row.get(0)?;
            let values: Vec<Value> = (1..=cols.len())
                .map(|i| row.get(i))
                .collect::<rusqlite::Result<_>>()?;
            for (i, (col, rule)) in cols.iter().enumerate() {
                let Err(why) = check(*rule, &values[i], &names, &values) else {
                    continue;
                };
                if problems.len() < SHOWN {
                    problems.push(format!(
                        "{table} {}: {col}: {}: {why}",
                        match &id {
                            Value::Text(s) => text::truncate(&text::display_safe(s), 40),
                            other => shown(other),
                        },
                        shown(&values[i])
                    ));
                } else {
                    more += 1;
                }
            }
        }
    }
    if more > 0 {
        problems.push(crate::t!("val-and-more", n = more));
    }
    Ok(problems)
}

/// A value as a person reads it in a one-line report: quoted, made safe for
/// a terminal, cut short.
fn shown(v: &Value) -> String {
    match v {
        Value::Null => "NULL".into(),
        Value::Integer(n) => n.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(s) => format!("'{}'", text::truncate(&text::display_safe(s), 40)),
        Value::Blob(b) => crate::t!("val-blob-of", n = b.len()),
    }
}

fn check(rule: Rule, v: &Value, names: &[&str], row: &[Value]) -> Result<(), String> {
    let optional = matches!(
        rule,
        OptRef | OptDay | OptMoment | OptStamp | OptInt(..) | OptEvent
    );
    let s = match v {
        Value::Null if optional => return Ok(()),
        Value::Null => return Err(crate::t!("val-required")),
        Value::Integer(n) => {
            return match rule {
                Int(lo, hi) | OptInt(lo, hi) if (lo..=hi).contains(n) => Ok(()),
                Int(lo, hi) | OptInt(lo, hi) => {
                    Err(crate::t!("val-whole-number", lo = lo, hi = hi))
                }
                _ => Err(crate::t!("val-number-for-text")),
            };
        }
        Value::Real(_) => return Err(crate::t!("val-fraction")),
        Value::Blob(_) => return Err(crate::t!("val-blob")),
        Value::Text(s) => s.as_str(),
    };
    let line = |max: usize| -> Result<(), String> {
        if s.chars().count() > max {
            Err(crate::t!("val-text-max", max = max))
        } else if text::clean_line(s) != s {
            Err(crate::t!("val-one-line"))
        } else {
            Ok(())
        }
    };
    match rule {
        Required if s.is_empty() => Err(crate::t!("val-required")),
        Required | Line | OptRef => line(MAX_LINE),
        Text if s.chars().count() > MAX_TEXT => Err(crate::t!("val-text-max", max = MAX_TEXT)),
        Text if text::clean_multiline(s) != s => Err(crate::t!("val-text")),
        Text => Ok(()),
        Day | OptDay => day(s).map(|_| ()).ok_or_else(|| crate::t!("val-day")),
        Moment | OptMoment => match When::from_stored(s) {
            Some(w) if YEARS.contains(&w.date.year()) && w.to_stored() == s => Ok(()),
            _ => Err(crate::t!("val-moment")),
        },
        Stamp | OptStamp => match NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%SZ") {
            Ok(t) if YEARS.contains(&t.year()) && s.len() == 20 => Ok(()),
            _ => Err(crate::t!("val-stamp")),
        },
        Int(lo, hi) | OptInt(lo, hi) => Err(crate::t!("val-whole-number", lo = lo, hi = hi)),
        Json if s.chars().count() > MAX_TEXT => Err(crate::t!("val-text-max", max = MAX_TEXT)),
        Json => match serde_json::from_str::<serde_json::Value>(s) {
            Ok(serde_json::Value::Object(_)) => Ok(()),
            _ => Err(crate::t!("val-json")),
        },
        OptEvent if s.chars().count() > MAX_TEXT => Err(crate::t!("val-text-max", max = MAX_TEXT)),
        OptEvent => crate::domain::EntryEvent::from_stored(s).map(|_| ()),
        OneOf(words) if words.contains(&s) => Ok(()),
        OneOf(words) => Err(crate::t!("val-one-of", words = words.join(", "))),
        Currency if s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()) => Ok(()),
        Currency => Err(crate::t!("val-currency")),
        KeyOf(source) => {
            let i = names.iter().position(|n| *n == source);
            match i.map(|i| &row[i]) {
                Some(Value::Text(name)) if text::fold(name) == s => Ok(()),
                _ => Err(crate::t!("val-key-of", source = source)),
            }
        }
        SortKeyOf(source) => {
            let i = names.iter().position(|n| *n == source);
            match i.map(|i| &row[i]) {
                Some(Value::Text(name)) if text::sort_key(name) == s => Ok(()),
                _ => Err(crate::t!("val-sort-key-of", source = source)),
            }
        }
    }
}

fn day(s: &str) -> Option<NaiveDate> {
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
    (YEARS.contains(&d.year()) && d.format("%Y-%m-%d").to_string() == s).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(rule: Rule, v: Value) -> Result<(), String> {
        check(rule, &v, &["x"], std::slice::from_ref(&v))
    }
    fn t(s: &str) -> Value {
        Value::Text(s.into())
    }

    #[test]
    fn each_rule_at_its_boundaries() {
        assert!(one(Day, t("2026-11-27")).is_ok());
        assert!(one(Day, t("2026-11-27 10:00")).is_err());
        assert!(one(Day, t("2026-2-1")).is_err());
        assert!(one(Day, t("9999-12-31")).is_err());
        assert!(one(Day, t("1900-01-01")).is_ok());
        assert!(one(Day, t("2199-12-31")).is_ok());
        assert!(one(Day, Value::Null).is_err());
        assert!(one(OptDay, Value::Null).is_ok());
        assert!(one(Moment, t("2026-11-27 10:00")).is_ok());
        assert!(one(Moment, t("2026-11-27 10:00:00")).is_err());
        assert!(one(Moment, t("+12025-11-28")).is_err());
        assert!(one(Stamp, t("2026-11-27T10:00:00Z")).is_ok());
        assert!(one(Stamp, t("2026-11-27 10:00")).is_err());
        assert!(one(Stamp, t("9999-11-27T10:00:00Z")).is_err());
        assert!(one(Stamp, t("2026-1-7T10:00:00Z")).is_err());
        assert!(one(OptStamp, Value::Null).is_ok());
        assert!(one(Int(1, 10), Value::Integer(10)).is_ok());
        assert_eq!(
            one(Int(1, 10), Value::Integer(11)),
            Err("a whole number from 1 to 10".to_string())
        );
        assert_eq!(
            one(Line, Value::Integer(5)),
            Err("a number where text belongs".to_string())
        );
        assert!(one(Int(1, 10), Value::Integer(0)).is_err());
        assert!(one(Int(1, 10), t("5")).is_err());
        assert!(one(Int(1, 10), Value::Real(5.0)).is_err());
        assert!(one(Line, Value::Blob(vec![0; 10])).is_err());
        assert!(one(Line, t("a\u{1b}[2Jb")).is_err());
        assert!(one(Line, t("Same\u{200b} Co")).is_err());
        assert!(one(Line, t("two\nlines")).is_err());
        assert!(one(Text, t("two\nlines")).is_ok());
        assert!(one(Text, t("bell\u{7}")).is_err());
        assert!(one(Line, t(&"я".repeat(MAX_LINE))).is_ok());
        assert!(one(Line, t(&"я".repeat(MAX_LINE + 1))).is_err());
        assert!(one(Required, t("")).is_err());
        assert!(one(Line, t("")).is_ok());
        assert!(one(OneOf(KINDS), t("call")).is_ok());
        assert!(one(OneOf(KINDS), t("Call")).is_err());
        assert!(one(Currency, t("RUB")).is_ok());
        assert!(one(Currency, t("rub")).is_err());
        let row = [t("ООО Ёлка"), t("ооо елка")];
        assert!(check(KeyOf("name"), &row[1], &["name", "name_key"], &row).is_ok());
        assert!(one(Text, t(&"я".repeat(MAX_TEXT))).is_ok());
        assert!(one(Text, t(&"я".repeat(MAX_TEXT + 1))).is_err());
        assert!(
            one(Int(1, 10), t("14 days"))
                .expect_err("text")
                .contains("from 1 to 10")
        );
        assert!(one(OptInt(0, 10), Value::Null).is_ok());
        assert!(one(Json, t("{\"a\": 1}")).is_ok());
        assert!(one(Json, t("[1]")).is_err());
        let exact = format!("{{\"a\": \"{}\"}}", "я".repeat(MAX_TEXT - 9));
        assert_eq!(exact.chars().count(), MAX_TEXT);
        assert!(one(Json, t(&exact)).is_ok());
        let big = format!("{{\"a\": \"{}\"}}", "я".repeat(MAX_TEXT));
        assert!(
            one(Json, t(&big))
                .expect_err("too long")
                .contains("at most")
        );
        let row = [t("ООО Ёлка"), t("другое")];
        assert!(check(KeyOf("name"), &row[1], &["name", "name_key"], &row).is_err());
    }
}

#[cfg(test)]
mod listing {
    /// Twenty problems are listed, then how many more there are.
    #[test]
    fn problems_are_listed_up_to_a_count() {
        let conn = rusqlite::Connection::open_in_memory().expect("memory");
        conn.execute_batch("CREATE TABLE settings (key TEXT, value TEXT)")
            .expect("table");
        for i in 0..25 {
            conn.execute(
                "INSERT INTO settings VALUES (?1, ?2)",
                [format!("k{i}"), "bell\u{7}".into()],
            )
            .expect("row");
        }
        // Only the settings table exists here: read it alone.
        let problems = values_of(&conn, "main", &super::TABLES[..1]).expect("values");
        assert_eq!(problems.len(), 21);
        assert_eq!(problems[20], "… and 5 more");
        assert!(
            problems[0].starts_with("settings k0: value: 'bell␇'"),
            "{}",
            problems[0]
        );
        conn.execute("DELETE FROM settings WHERE key <> 'k0'", [])
            .expect("delete");
        assert_eq!(
            values_of(&conn, "main", &super::TABLES[..1])
                .expect("values")
                .len(),
            1
        );
    }
    use super::values_of;
}

#[cfg(test)]
mod coverage {
    /// Every column of every table of the current schema has a rule, so a
    /// new migration cannot add a column that a received book could fill
    /// with anything.
    #[test]
    fn every_column_of_the_schema_has_a_rule() {
        let conn = rusqlite::Connection::open_in_memory().expect("memory");
        for sql in super::super::schema::MIGRATIONS {
            conn.execute_batch(sql).expect("migration");
        }
        let mut stmt = conn
            .prepare(
                "SELECT m.name, p.name FROM sqlite_master m, pragma_table_xinfo(m.name) p
                 WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%' AND m.name NOT LIKE 'search_%'
                   AND m.name NOT LIKE 'sqlite_%' AND p.hidden = 0 AND p.name <> 'seq'",
            )
            .expect("columns");
        let columns: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query")
            .map(|r| r.expect("row"))
            .collect();
        assert!(columns.len() > 50);
        for (table, column) in columns {
            let ruled = super::TABLES
                .iter()
                .any(|(t, _, cols)| *t == table && cols.iter().any(|(c, _)| *c == column));
            assert!(ruled, "{table}.{column} has no rule in validate.rs");
        }
    }
}
