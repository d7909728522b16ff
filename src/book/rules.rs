//! The company's rules (регламенты) as checks. Each rule has one number, kept
//! in the book's settings (`rule.<name>`), with a default a department may
//! change (`touchbase rules --set name=N`; 0 turns a rule off). A breach
//! names the rule, the client, the record and how far past the rule it is.

use super::{Book, Result};
use crate::domain::{InputError, Tier};
use chrono::{Datelike, NaiveDate, Weekday};
use rusqlite::params;
use serde::Serialize;

/// A rule: its name (in settings and JSON), its default and what a value may be.
pub struct RuleDef {
    pub name: &'static str,
    pub default: i64,
    pub max: i64,
}

/// The rules, in the order they are listed.
pub const RULES: &[RuleDef] = &[
    // Every active A and B client has an open next step (1 on, 0 off).
    RuleDef {
        name: "next_step",
        default: 1,
        max: 1,
    },
    // A complaint is escalated (or resolved) within N days of being opened.
    RuleDef {
        name: "escalate_within",
        default: 2,
        max: 365,
    },
    // A complaint is resolved within N days.
    RuleDef {
        name: "resolve_within",
        default: 14,
        max: 3650,
    },
    // A touch is logged within N days of happening (the last 30 days are checked).
    RuleDef {
        name: "log_within",
        default: 1,
        max: 365,
    },
    // An inbound request is answered within N working days.
    RuleDef {
        name: "answer_within",
        default: 1,
        max: 365,
    },
    // An overdue invoice gets a touch within N days of its due date.
    RuleDef {
        name: "invoice_touch_within",
        default: 3,
        max: 365,
    },
    // After a won order the client is quiet for N months ("all is well, the
    // next project is next year") and still gets a touch every `quiet_every` days.
    RuleDef {
        name: "quiet_months",
        default: 12,
        max: 120,
    },
    RuleDef {
        name: "quiet_every",
        default: 30,
        max: 365,
    },
    // The quiet period's touches are planned by themselves (1 on, 0 off):
    // after a won order, and after each touch, a quiet client without an
    // open plan gets the next one.
    RuleDef {
        name: "quiet_plan",
        default: 1,
        max: 1,
    },
];

/// Rules a tier may have its own number for (`quiet_months.A=6`); a
/// client's own limits (`Limits`) come before both.
pub const TIERED: &[&str] = &["quiet_months", "quiet_every"];

/// The rules in force in a book: each rule's number and the tiers' own.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    values: std::collections::HashMap<&'static str, i64>,
    tiers: Vec<(&'static str, Tier, i64)>,
}

impl RuleSet {
    /// The rule's number: the book's, else its default (`read_rule_set`
    /// reads every rule so); 0 (off) for a name that is no rule.
    pub fn get(&self, name: &str) -> i64 {
        self.values.get(name).copied().unwrap_or(0)
    }

    /// The rule's number for a tier: the tier's own, else the rule's.
    pub fn for_tier(&self, name: &str, tier: Tier) -> i64 {
        self.tiers
            .iter()
            .find(|(n, t, _)| *n == name && *t == tier)
            .map_or_else(|| self.get(name), |(_, _, v)| *v)
    }

    /// The tiers' own numbers, rule by rule.
    pub fn tier_values(&self) -> &[(&'static str, Tier, i64)] {
        &self.tiers
    }

    /// A client's quiet period: months and days between touches, its own
    /// limits first, then its tier's, then the rule's (0 months: none).
    pub fn quiet_for(&self, tier: Tier, limits: &crate::domain::Limits) -> (i64, i64) {
        (
            limits
                .quiet_months
                .map_or_else(|| self.for_tier("quiet_months", tier), i64::from),
            limits
                .quiet_every
                .map_or_else(|| self.for_tier("quiet_every", tier), i64::from),
        )
    }
}

/// The open records some rules ask about (and Today lists), read once.
pub(crate) struct OpenRecords {
    pub complaints: Vec<crate::domain::Complaint>,
    pub unanswered: Vec<super::today::Waiting>,
    pub overdue_invoices: Vec<crate::domain::Invoice>,
}

/// One rule broken.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Breach {
    pub rule: &'static str,
    pub client_id: String,
    pub client: String,
    /// The record it is about: a complaint, an entry, an invoice (none for a next step).
    pub record_id: Option<String>,
    /// How far past the rule, in days (working days for answers).
    pub days_over: i64,
    /// For a quiet client: the day of the won order the quiet period counts from.
    pub since: Option<NaiveDate>,
}

impl Breach {
    /// The breach in a few words, in the language in force.
    pub fn label(&self) -> String {
        breach_label(self.rule, self.days_over, self.since)
    }
}

/// A breach in a few words, in the language in force.
pub fn breach_label(rule: &str, days_over: i64, since: Option<NaiveDate>) -> String {
    crate::i18n::tr_with(
        &format!("rule-breach-{}", rule.replace('_', "-")),
        &[
            ("days", crate::i18n::arg(days_over)),
            (
                "since",
                crate::i18n::arg(since.map(crate::i18n::date).unwrap_or_default()),
            ),
        ],
    )
}

/// Working days (Monday to Friday) after `from` up to and including `to`.
pub(crate) fn working_days(from: NaiveDate, to: NaiveDate) -> i64 {
    let mut n = 0;
    let mut d = from;
    while d < to {
        d = d.succ_opt().unwrap_or(d);
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            n += 1;
        }
    }
    n
}

/// A rule's number as the settings keep it, when it is one it may be.
fn stored_rule(conn: &rusqlite::Connection, key: &str, max: i64) -> Result<Option<i64>> {
    use rusqlite::OptionalExtension;
    let v: Option<String> = conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(v.and_then(|s| s.parse().ok())
        .filter(|v| (0..=max).contains(v)))
}

/// The longest quiet period any client of the book may have, in months: how
/// far back a won order may still keep a client quiet.
pub(crate) fn longest_quiet_months(conn: &rusqlite::Connection, set: &RuleSet) -> Result<i64> {
    let own: i64 = conn.query_row(
        "SELECT coalesce(max(quiet_months), 0) FROM clients WHERE quiet_months IS NOT NULL",
        [],
        |r| r.get(0),
    )?;
    Ok(Tier::ALL
        .iter()
        .map(|t| set.for_tier("quiet_months", *t))
        .chain([own])
        .max()
        .unwrap_or(0))
}

/// The rules in force in the book `conn` holds, with the tiers' own numbers.
pub(crate) fn read_rule_set(conn: &rusqlite::Connection) -> Result<RuleSet> {
    let mut set = RuleSet::default();
    for r in RULES {
        let v = stored_rule(conn, &format!("rule.{}", r.name), r.max)?.unwrap_or(r.default);
        set.values.insert(r.name, v);
    }
    for name in TIERED {
        let max = RULES.iter().find(|r| r.name == *name).map_or(0, |r| r.max);
        for tier in Tier::ALL {
            if let Some(v) = stored_rule(conn, &format!("rule.{name}.{}", tier.as_str()), max)? {
                set.tiers.push((name, *tier, v));
            }
        }
    }
    Ok(set)
}

impl Book {
    /// Each rule with its value in this book.
    pub fn rules(&self) -> Result<Vec<(&'static str, i64)>> {
        let set = self.rule_set()?;
        Ok(RULES.iter().map(|r| (r.name, set.get(r.name))).collect())
    }

    /// The rules in force, with the tiers' own numbers.
    pub fn rule_set(&self) -> Result<RuleSet> {
        read_rule_set(self.conn())
    }

    /// Set a rule's number (`escalate_within=3`); 0 turns it off. A tiered
    /// rule takes a tier's own number (`quiet_months.A=6`), and a tier's
    /// number given as nothing (`quiet_months.A=`) goes back to the rule's.
    pub fn set_rule(&mut self, raw: &str) -> Result<(String, i64)> {
        let names = RULES.iter().map(|r| r.name).collect::<Vec<_>>().join(", ");
        let (name, value) = raw.split_once('=').unwrap_or((raw, ""));
        let (name, tier) = match name.trim().split_once('.') {
            Some((n, t)) if TIERED.contains(&n) => match Tier::parse(t) {
                Ok(t) => (n, Some(t)),
                Err(_) => ("", None),
            },
            Some(_) => ("", None),
            None => (name.trim(), None),
        };
        let Some(def) = RULES.iter().find(|r| r.name == name) else {
            return Err(
                InputError::new("set", raw, crate::t!("rules-accepted", names = names)).into(),
            );
        };
        if let (Some(tier), "") = (tier, value.trim()) {
            let key = format!("rule.{}.{}", def.name, tier.as_str());
            self.write(|tx| {
                tx.execute("DELETE FROM settings WHERE key = ?1", [&key])?;
                Ok(())
            })?;
            let back = self.rule_set()?.get(def.name);
            return Ok((format!("{}.{}", def.name, tier.as_str()), back));
        }
        let Some(v) = value
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|v| (0..=def.max).contains(v))
        else {
            return Err(InputError::new(
                "set",
                raw,
                crate::t!("rules-value-accepted", name = def.name, max = def.max),
            )
            .into());
        };
        let name = match tier {
            Some(t) => format!("{}.{}", def.name, t.as_str()),
            None => def.name.to_string(),
        };
        self.set_setting(&format!("rule.{name}"), &v.to_string())?;
        Ok((name, v))
    }

    /// Every rule broken as of `today`, by rule, then the most overdue
    /// first; `history` adds the touches of the last 30 days logged late
    /// (done, not open: Today leaves them out).
    pub fn rule_breaches(&self, today: NaiveDate, history: bool) -> Result<Vec<Breach>> {
        self.rule_breaches_in(today, history, &self.open_records(today)?)
    }

    /// The open complaints, unanswered requests and overdue invoices of today.
    pub(crate) fn open_records(&self, today: NaiveDate) -> Result<OpenRecords> {
        Ok(OpenRecords {
            complaints: self.complaints(true, None)?,
            unanswered: self.unanswered(today)?,
            overdue_invoices: self.invoices(true, today, None)?,
        })
    }

    /// The same, from the open records already read (Today reads them for
    /// its own reasons: read once, not twice).
    pub(crate) fn rule_breaches_in(
        &self,
        today: NaiveDate,
        history: bool,
        open: &OpenRecords,
    ) -> Result<Vec<Breach>> {
        let rules: std::collections::HashMap<_, _> = self.rules()?.into_iter().collect();
        let conn = self.conn();
        let mut out = Vec::new();
        let day = |s: &str| crate::dates::When::from_stored(s).map(|w| w.date);

        if rules["next_step"] > 0 {
            let mut stmt = conn.prepare_cached(
                "SELECT c.id, c.name FROM clients c
                 WHERE c.status = 'active' AND c.tier IN ('A', 'B')
                   AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.client_id = c.id AND p.status = 'open')
                 ORDER BY c.sort_key, c.name_key",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                out.push(Breach {
                    rule: "next_step",
                    client_id: r.get(0)?,
                    client: r.get(1)?,
                    record_id: None,
                    days_over: 0,
                    since: None,
                });
            }
        }
        for k in &open.complaints {
            let Some(opened) = day(&k.opened_at) else {
                continue;
            };
            let age = (today - opened).num_days();
            let escalate = rules["escalate_within"];
            if escalate > 0 && k.escalation.is_none() && age > escalate {
                out.push(Breach {
                    rule: "escalate_within",
                    client_id: k.client_id.clone(),
                    client: k.client.clone(),
                    record_id: Some(k.id.clone()),
                    days_over: age - escalate,
                    since: None,
                });
            }
            let resolve = rules["resolve_within"];
            if resolve > 0 && age > resolve {
                out.push(Breach {
                    rule: "resolve_within",
                    client_id: k.client_id.clone(),
                    client: k.client.clone(),
                    record_id: Some(k.id.clone()),
                    days_over: age - resolve,
                    since: None,
                });
            }
        }
        let log = rules["log_within"];
        if history && log > 0 {
            let mut stmt = conn.prepare_cached(
                "SELECT i.id, i.client_id, c.name,
                        CAST(julianday(substr(i.logged_at, 1, 10)) - julianday(substr(i.at, 1, 10)) AS INTEGER)
                 FROM interactions i JOIN clients c ON c.id = i.client_id
                 WHERE i.at >= ?1 AND i.at <= ?2 AND i.deleted_at IS NULL AND i.event IS NULL
                   AND i.kind IN ('call', 'meeting', 'visit', 'email', 'message')
                   AND julianday(substr(i.logged_at, 1, 10)) - julianday(substr(i.at, 1, 10)) > ?3",
            )?;
            let from = today - chrono::Days::new(30);
            let mut rows = stmt.query(params![from.to_string(), format!("{today} 99"), log])?;
            while let Some(r) = rows.next()? {
                out.push(Breach {
                    rule: "log_within",
                    record_id: Some(r.get(0)?),
                    client_id: r.get(1)?,
                    client: r.get(2)?,
                    days_over: r.get::<_, i64>(3)? - log,
                    since: None,
                });
            }
        }
        let answer = rules["answer_within"];
        if answer > 0 {
            // The same unanswered requests Today lists.
            for w in &open.unanswered {
                let Some(asked) = day(&w.at) else { continue };
                let waited = working_days(asked, today);
                if waited > answer {
                    out.push(Breach {
                        rule: "answer_within",
                        client_id: w.client_id.clone(),
                        client: w.client.clone(),
                        record_id: Some(w.entry_id.clone()),
                        days_over: waited - answer,
                        since: None,
                    });
                }
            }
        }
        let touch = rules["invoice_touch_within"];
        if touch > 0 {
            // Prepared once: a department's book has thousands of overdue invoices.
            let mut touched_since = conn.prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM interactions
                    WHERE client_id = ?1 AND deleted_at IS NULL AND direction = 'outbound'
                      AND kind IN ('call', 'meeting', 'visit', 'email', 'message') AND at >= ?2)",
            )?;
            for i in &open.overdue_invoices {
                let overdue = i.overdue_days(today).unwrap_or(0);
                if overdue <= touch {
                    continue;
                }
                let touched: bool = touched_since
                    .query_row(params![i.client_id, i.due_on.to_string()], |r| r.get(0))?;
                if !touched {
                    out.push(Breach {
                        rule: "invoice_touch_within",
                        client_id: i.client_id.clone(),
                        client: i.client.clone(),
                        record_id: Some(i.id.clone()),
                        days_over: overdue - touch,
                        since: None,
                    });
                }
            }
        }
        // Quiet clients: each with its own period (its limits, its tier's, the rule's).
        let set = self.rule_set()?;
        let longest = longest_quiet_months(conn, &set)?;
        if longest > 0 {
            let from = today
                .checked_sub_months(chrono::Months::new(longest as u32))
                .unwrap_or(today);
            let mut stmt = conn.prepare_cached(
                "SELECT c.id, c.name, o.id, max(substr(o.at, 1, 10)), c.last_touch_on, c.tier,
                        c.quiet_months, c.quiet_every
                 FROM orders o JOIN clients c ON c.id = o.client_id
                 WHERE o.status = 'won' AND o.deleted_at IS NULL AND o.at >= ?1 AND o.at <= ?2
                   AND c.status IN ('active', 'prospect')
                 GROUP BY c.id",
            )?;
            let mut rows = stmt.query(params![from.to_string(), format!("{today} 99")])?;
            while let Some(r) = rows.next()? {
                let won = r.get::<_, Option<String>>(3)?.as_deref().and_then(day);
                let touched = r.get::<_, Option<String>>(4)?.as_deref().and_then(day);
                let Some(won) = won else { continue };
                let Ok(tier) = Tier::parse(&r.get::<_, String>(5)?) else {
                    continue;
                };
                let limits = crate::domain::Limits {
                    hard_days: None,
                    quiet_months: r.get(6)?,
                    quiet_every: r.get(7)?,
                };
                let (months, every) = set.quiet_for(tier, &limits);
                let ends = won.checked_add_months(chrono::Months::new(months.max(0) as u32));
                if months <= 0 || every <= 0 || ends.is_none_or(|e| e < today) {
                    continue;
                }
                let last = touched.map_or(won, |t| t.max(won));
                let quiet = (today - last).num_days();
                if quiet > every {
                    out.push(Breach {
                        rule: "quiet_every",
                        client_id: r.get(0)?,
                        client: r.get(1)?,
                        record_id: Some(r.get(2)?),
                        days_over: quiet - every,
                        since: Some(won),
                    });
                }
            }
        }
        let order = |r: &str| RULES.iter().position(|d| d.name == r).unwrap_or(usize::MAX);
        out.sort_by(|a, b| {
            order(a.rule)
                .cmp(&order(b.rule))
                .then(b.days_over.cmp(&a.days_over))
        });
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each rule is described, and each one a report counts has its short
    /// name, in both languages (the ids are built from the rules' names).
    #[test]
    fn every_rule_has_its_words_in_both_catalogs() {
        use crate::i18n::{Lang, has};
        for lang in Lang::ALL {
            for r in RULES {
                let id = format!("rule-{}", r.name);
                assert!(has(lang, &id), "{lang:?} lacks {id}");
                if !matches!(r.name, "quiet_months" | "quiet_plan") {
                    let id = format!("rule-short-{}", r.name);
                    assert!(has(lang, &id), "{lang:?} lacks {id}");
                }
            }
        }
    }

    #[test]
    fn working_days_skip_the_weekend() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        // Friday 27 Nov 2026 to Monday 30 Nov: one working day.
        assert_eq!(working_days(d("2026-11-27"), d("2026-11-30")), 1);
        assert_eq!(working_days(d("2026-11-27"), d("2026-11-27")), 0);
        assert_eq!(working_days(d("2026-11-23"), d("2026-11-27")), 4);
        assert_eq!(working_days(d("2026-11-28"), d("2026-11-29")), 0);
    }
}
