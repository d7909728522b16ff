//! Today: one list, most important first, of every client with a reason to
//! act now: past its cadence (soft or hard limit), a planned touch due or
//! overdue, an open complaint (an escalation past its "by when"), an overdue
//! invoice, an inbound request not yet answered. Each client once, with all
//! its reasons, so the rank can be explained.
//!
//! The score, documented in the README ("Today"), is the tier's weight times
//! the sum of the reasons' weights:
//! - tier: A 3, B 2, C 1;
//! - past the soft limit (the cadence): 10 × days over / cadence; past the
//!   hard limit (1.5 × the cadence): 20 more;
//! - a planned touch due today: 10, plus 2 a day it is late;
//! - an open complaint: 15, plus 1 every 2 days of its age; an escalation
//!   past its "by when": 20 more;
//! - an overdue invoice: 10, plus 1 every 2 days late, plus 3 × log10 of its
//!   amount in whole units (money at stake, in any currency);
//! - an unanswered inbound request of the last 30 days: 20, plus 3 a day;
//! - a rule of the company broken now (`book::rules`): 5, plus 1 every 3
//!   days past it (at most 10 more);
//! - a client received by a handover with its checklist not done: 10, plus
//!   5 an item left (`book::checklist`).

use super::{Book, Result};
use crate::domain::{Kind, Tier};
use chrono::{Days, NaiveDate};
use serde::Serialize;
use std::collections::HashMap;

/// How far back an inbound request still waits for an answer.
const REQUEST_DAYS: u64 = 30;
/// Clients with a reason looked up by id at most; more are found in one
/// pass over the clients.
const LOOKUPS_UP_TO: usize = 2_000;

/// Clients past their cadence read at most, most overdue first.
const PAST_CADENCE_READ: u64 = 500;

/// Why a client is on Today's list: data in JSON, words when shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Reason {
    /// Past the cadence: `hard` once past 1.5 × the cadence.
    PastCadence {
        days_over: i64,
        cadence_days: i64,
        hard: bool,
    },
    /// A planned touch due today or earlier.
    PlanDue {
        plan_id: String,
        due: NaiveDate,
        kind: Kind,
        purpose: String,
        days_late: i64,
    },
    /// An open (or escalated) complaint.
    Complaint {
        complaint_id: String,
        age_days: i64,
        summary: String,
        escalation_late_days: Option<i64>,
    },
    /// An unpaid invoice past due.
    InvoiceOverdue {
        invoice_id: String,
        number: String,
        amount_minor: i64,
        currency: String,
        days_overdue: i64,
    },
    /// An inbound touch (not a complaint) with no outbound touch after it.
    Unanswered {
        entry_id: String,
        at: String,
        days_waiting: i64,
        summary: String,
    },
    /// A client received by a handover with its checklist not done yet.
    Handover {
        done: usize,
        total: usize,
        /// The first thing left, as a person reads it.
        next: String,
    },
    /// A rule of the company broken now (`touchbase rules`).
    RuleBroken {
        rule: String,
        days_over: i64,
        /// For a quiet client: the day of the won order.
        since: Option<NaiveDate>,
    },
}

/// The weights of the rank, kept in the book's settings (`today.NAME`), with
/// the defaults the module's documentation gives; `touchbase today
/// --set-weight NAME=N` changes one.
pub const WEIGHTS: &[(&str, f64)] = &[
    ("tier_a", 3.0),
    ("tier_b", 2.0),
    ("tier_c", 1.0),
    ("past_cadence", 10.0),
    ("slipping", 20.0),
    ("plan", 10.0),
    ("complaint", 15.0),
    ("escalation_late", 20.0),
    ("invoice", 10.0),
    ("request", 20.0),
    ("rule", 5.0),
    ("handover", 10.0),
];

/// The weights in force (see `WEIGHTS`).
#[derive(Debug, Clone, PartialEq)]
pub struct Weights(pub std::collections::BTreeMap<&'static str, f64>);

impl Weights {
    fn get(&self, name: &str) -> f64 {
        self.0.get(name).copied().unwrap_or_default()
    }
    /// The tier's weight in the score.
    pub fn tier(&self, tier: Tier) -> f64 {
        match tier {
            Tier::A => self.get("tier_a"),
            Tier::B => self.get("tier_b"),
            Tier::C => self.get("tier_c"),
        }
    }
}

impl Default for Weights {
    fn default() -> Self {
        Weights(WEIGHTS.iter().copied().collect())
    }
}

impl Reason {
    /// The reason's share of the score (before the tier's weight).
    pub fn weight(&self, w: &Weights) -> f64 {
        match self {
            Reason::PastCadence {
                days_over,
                cadence_days,
                hard,
            } => {
                w.get("past_cadence") * *days_over as f64 / (*cadence_days).max(1) as f64
                    + if *hard { w.get("slipping") } else { 0.0 }
            }
            Reason::PlanDue { days_late, .. } => w.get("plan") + 2.0 * *days_late as f64,
            Reason::Complaint {
                age_days,
                escalation_late_days,
                ..
            } => {
                w.get("complaint")
                    + *age_days as f64 / 2.0
                    + if escalation_late_days.is_some() {
                        w.get("escalation_late")
                    } else {
                        0.0
                    }
            }
            Reason::InvoiceOverdue {
                amount_minor,
                days_overdue,
                ..
            } => {
                w.get("invoice")
                    + *days_overdue as f64 / 2.0
                    + 3.0 * ((*amount_minor as f64 / 100.0).max(1.0)).log10()
            }
            Reason::Unanswered { days_waiting, .. } => {
                w.get("request") + 3.0 * *days_waiting as f64
            }
            Reason::RuleBroken { days_over, .. } => {
                w.get("rule") + (*days_over).min(30) as f64 / 3.0
            }
            Reason::Handover { done, total, .. } => {
                w.get("handover") + 5.0 * total.saturating_sub(*done) as f64
            }
        }
    }

    /// The reason in a few words, in the language in force.
    pub fn label(&self) -> String {
        use crate::t;
        match self {
            Reason::PastCadence {
                days_over, hard, ..
            } => {
                if *hard {
                    t!("today-past-hard", days = *days_over)
                } else {
                    t!("today-past-soft", days = *days_over)
                }
            }
            Reason::PlanDue {
                kind,
                purpose,
                days_late,
                ..
            } => {
                let purpose = crate::text::display_safe(purpose);
                if *days_late > 0 {
                    t!(
                        "today-plan-late",
                        kind = kind.label(),
                        purpose = purpose,
                        days = *days_late
                    )
                } else {
                    t!("today-plan-due", kind = kind.label(), purpose = purpose)
                }
            }
            Reason::Complaint {
                age_days,
                escalation_late_days,
                ..
            } => match escalation_late_days {
                Some(late) => t!("today-complaint-late", days = *age_days, late = *late),
                None => t!("today-complaint", days = *age_days),
            },
            Reason::InvoiceOverdue {
                amount_minor,
                currency,
                days_overdue,
                ..
            } => t!(
                "today-invoice",
                amount = crate::i18n::money(*amount_minor, currency),
                days = *days_overdue
            ),
            Reason::Unanswered { days_waiting, .. } => {
                t!("today-unanswered", days = *days_waiting)
            }
            Reason::RuleBroken {
                rule,
                days_over,
                since,
            } => super::rules::breach_label(rule, *days_over, *since),
            Reason::Handover { done, total, next } => format!(
                "{}: {}",
                t!("checklist-progress", done = *done, total = *total),
                crate::text::display_safe(next)
            ),
        }
    }
}

/// One client on Today's list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TodayRow {
    pub client_id: String,
    pub client: String,
    pub tier: Tier,
    pub score: f64,
    pub reasons: Vec<Reason>,
    /// The newest entry with the client: when, and what was said.
    pub last: Option<LastSaid>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LastSaid {
    pub at: String,
    pub summary: String,
}

impl TodayRow {
    /// `A · complaint 45 d · 1 150 000 ₽ overdue 30 d`, in the language in force.
    pub fn reasons_text(&self) -> String {
        std::iter::once(self.tier.label())
            .chain(self.reasons.iter().map(Reason::label))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// An inbound touch of the last 30 days with no outbound touch after it.
pub(crate) struct Waiting {
    pub entry_id: String,
    pub client_id: String,
    pub client: String,
    pub at: String,
    pub summary: String,
    pub days_waiting: i64,
}

impl Book {
    /// Inbound touches (not complaints) of the last 30 days of active and
    /// prospect clients with no outbound touch after them: the same reading
    /// of "answered" as the report's reaction time.
    pub(crate) fn unanswered(&self, today: NaiveDate) -> Result<Vec<Waiting>> {
        let from = today - Days::new(REQUEST_DAYS);
        // The month's requests and the outbound touches since, merged in
        // time order (`requests`: an answer at any later moment counts);
        // only the unanswered ones are read in full, by their row.
        let requests = self.requests(&from.to_string(), "9")?;
        let mut one = self.conn().prepare_cached(
            "SELECT i.id, i.client_id, i.at, i.summary, c.name FROM interactions i
             JOIN clients c ON c.id = i.client_id
             WHERE i.seq = ?1
               -- a complaint is on the list as itself, not as a request
               AND i.kind <> 'complaint' AND i.event IS NULL
               AND c.status IN ('active', 'prospect')",
        )?;
        let mut out = Vec::new();
        for r in requests.iter().filter(|r| r.answered_at.is_none()) {
            let mut rows = one.query([r.seq])?;
            let Some(r) = rows.next()? else { continue };
            let at: String = r.get(2)?;
            let asked = crate::dates::When::from_stored(&at).map(|w| w.date);
            out.push(Waiting {
                entry_id: r.get(0)?,
                client_id: r.get(1)?,
                client: r.get(4)?,
                days_waiting: asked.map_or(0, |d| (today - d).num_days().max(0)),
                at,
                summary: r.get(3)?,
            });
        }
        Ok(out)
    }

    /// The weights of the rank in this book.
    pub fn today_weights(&self) -> Result<Weights> {
        let mut w = Weights::default();
        for (name, _) in WEIGHTS {
            if let Some(v) = self
                .setting(&format!("today.{name}"))?
                .and_then(|s| s.parse::<f64>().ok())
                .filter(|v| (0.0..=1000.0).contains(v))
            {
                w.0.insert(name, v);
            }
        }
        Ok(w)
    }

    /// Set one weight of the rank (`tier_c=2`), a number from 0 to 1000.
    pub fn set_today_weight(&mut self, raw: &str) -> Result<(&'static str, f64)> {
        let names = WEIGHTS
            .iter()
            .map(|(n, _)| *n)
            .collect::<Vec<_>>()
            .join(", ");
        let (name, value) = raw.split_once('=').unwrap_or((raw, ""));
        let Some((name, _)) = WEIGHTS.iter().find(|(n, _)| *n == name.trim()) else {
            return Err(crate::domain::InputError::new(
                "set-weight",
                raw,
                crate::t!("weights-accepted", names = names),
            )
            .into());
        };
        let Some(v) = value
            .trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|v| (0.0..=1000.0).contains(v))
        else {
            return Err(crate::domain::InputError::new(
                "set-weight",
                raw,
                crate::t!("weights-value-accepted"),
            )
            .into());
        };
        self.set_setting(&format!("today.{name}"), &v.to_string())?;
        Ok((name, v))
    }

    /// Today's list, most important first (see the module's documentation).
    pub fn today(&self, today: NaiveDate) -> Result<Vec<TodayRow>> {
        self.today_list(today, None, true)
    }

    /// Today's first `limit` rows (all with `None`); `with_last` reads the
    /// last thing said with each one shown.
    pub fn today_list(
        &self,
        today: NaiveDate,
        limit: Option<usize>,
        with_last: bool,
    ) -> Result<Vec<TodayRow>> {
        Ok(self.today_counted(today, limit, with_last)?.0)
    }

    /// `today_list`, with how many clients there are to act on in all (a
    /// list cut by `limit` says so).
    pub fn today_counted(
        &self,
        today: NaiveDate,
        limit: Option<usize>,
        with_last: bool,
    ) -> Result<(Vec<TodayRow>, usize)> {
        self.today_list_with(today, limit, with_last, LOOKUPS_UP_TO)
    }

    /// `today_list`, the clients' names looked up by id for at most
    /// `lookups_up_to` clients with a reason, found in one pass otherwise.
    fn today_list_with(
        &self,
        today: NaiveDate,
        limit: Option<usize>,
        with_last: bool,
        lookups_up_to: usize,
    ) -> Result<(Vec<TodayRow>, usize)> {
        let weights = self.today_weights()?;
        let mut reasons: HashMap<String, Vec<Reason>> = HashMap::new();
        // Clients with a planned touch due: their quiet-period rule is that plan.
        let mut planned = std::collections::HashSet::new();
        let mut add =
            |client: &str, r: Reason| reasons.entry(client.to_string()).or_default().push(r);

        for u in self.untouched(today, 0, PAST_CADENCE_READ)? {
            add(
                &u.client.id,
                Reason::PastCadence {
                    days_over: u.overdue_days,
                    cadence_days: i64::from(u.client.cadence_days),
                    hard: u.client.slipping(today),
                },
            );
        }
        {
            let mut stmt = self.conn().prepare_cached(
                "SELECT p.id, p.client_id, p.due_on, p.kind, p.purpose FROM plans p
                 JOIN clients c ON c.id = p.client_id
                 WHERE p.status = 'open' AND p.due_on <= ?1 AND c.status IN ('active', 'prospect')
                 ORDER BY p.due_on",
            )?;
            let mut rows = stmt.query([today.to_string()])?;
            while let Some(r) = rows.next()? {
                let due: String = r.get(2)?;
                let Ok(due) = NaiveDate::parse_from_str(&due, "%Y-%m-%d") else {
                    continue;
                };
                let client: String = r.get(1)?;
                planned.insert(client.clone());
                add(
                    &client,
                    Reason::PlanDue {
                        plan_id: r.get(0)?,
                        due,
                        kind: Kind::parse(&r.get::<_, String>(3)?).unwrap_or(Kind::Call),
                        purpose: r.get(4)?,
                        days_late: (today - due).num_days(),
                    },
                );
            }
        }
        let open = self.open_records(today)?;
        for k in &open.complaints {
            let opened = crate::dates::When::from_stored(&k.opened_at).map(|w| w.date);
            add(
                &k.client_id,
                Reason::Complaint {
                    complaint_id: k.id.clone(),
                    age_days: opened.map_or(0, |d| (today - d).num_days().max(0)),
                    summary: k.summary.clone(),
                    escalation_late_days: k.escalation.as_ref().and_then(|e| e.late_days(today)),
                },
            );
        }
        for i in &open.overdue_invoices {
            add(
                &i.client_id,
                Reason::InvoiceOverdue {
                    invoice_id: i.id.clone(),
                    number: i.number.clone(),
                    amount_minor: i.amount_minor,
                    currency: i.currency.clone(),
                    days_overdue: i.overdue_days(today).unwrap_or(0),
                },
            );
        }
        for u in &open.unanswered {
            add(
                &u.client_id,
                Reason::Unanswered {
                    entry_id: u.entry_id.clone(),
                    days_waiting: u.days_waiting,
                    at: u.at.clone(),
                    summary: u.summary.clone(),
                },
            );
        }
        // The company's rules broken now (not the history of late logging):
        // a rule about a complaint or an invoice adds to its reason.
        for b in self.rule_breaches_in(today, false, &open)? {
            // A quiet client whose planned touch is due already says so.
            if b.rule == "quiet_every" && planned.contains(&b.client_id) {
                continue;
            }
            add(
                &b.client_id,
                Reason::RuleBroken {
                    rule: b.rule.to_string(),
                    days_over: b.days_over,
                    since: b.since,
                },
            );
        }

        for list in self.checklists(false)? {
            add(
                &list.client_id,
                Reason::Handover {
                    done: list.done(),
                    total: list.items.len(),
                    next: list.next_item().unwrap_or_default(),
                },
            );
        }

        // Names and tiers of the clients with a reason: on a department's
        // book tens of thousands have one, and one pass over the clients in
        // table order (a row copied only when it has a reason) costs less
        // than a lookup each; a few are looked up, a few hundred ids a query
        // (one query a client cost seconds).
        let mut who: HashMap<String, (String, Tier, String)> =
            HashMap::with_capacity(reasons.len());
        let mut take = |r: &rusqlite::Row| -> Result<()> {
            let id = super::requests::text(r, 0)?;
            if reasons.contains_key(id) {
                let tier = Tier::parse(super::requests::text(r, 2)?).unwrap_or(Tier::C);
                who.insert(id.to_string(), (r.get(1)?, tier, r.get(3)?));
            }
            Ok(())
        };
        if reasons.len() > lookups_up_to {
            let mut stmt = self
                .conn()
                .prepare_cached("SELECT id, name, tier, sort_key FROM clients")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                take(r)?;
            }
        } else {
            let ids: Vec<&String> = reasons.keys().collect();
            for chunk in ids.chunks(500) {
                let marks = vec!["?"; chunk.len()].join(", ");
                let mut stmt = self.conn().prepare(&format!(
                    "SELECT id, name, tier, sort_key FROM clients WHERE id IN ({marks})"
                ))?;
                let mut rows = stmt.query(rusqlite::params_from_iter(chunk.iter()))?;
                while let Some(r) = rows.next()? {
                    take(r)?;
                }
            }
        }
        let mut out = Vec::with_capacity(reasons.len());
        for (client_id, reasons) in reasons {
            let Some((name, tier, sort_key)) = who.remove(&client_id) else {
                continue;
            };
            let score =
                weights.tier(tier) * reasons.iter().map(|r| r.weight(&weights)).sum::<f64>();
            out.push((
                sort_key,
                TodayRow {
                    client_id,
                    client: name,
                    tier,
                    score: (score * 10.0).round() / 10.0,
                    reasons,
                    last: None,
                },
            ));
        }
        // The names' sort keys are the ones kept in the book (making them
        // again cost a tenth of a second on a department's book).
        out.sort_by(|(ka, a), (kb, b)| {
            let score = |r: &TodayRow| std::cmp::Reverse((r.score * 10.0).round() as i64);
            (score(a), a.tier, ka, &a.client).cmp(&(score(b), b.tier, kb, &b.client))
        });
        let mut out: Vec<TodayRow> = out.into_iter().map(|(_, row)| row).collect();
        let total = out.len();
        if let Some(n) = limit {
            out.truncate(n);
        }
        // The last thing said, only for the rows that will be shown.
        if with_last {
            for row in &mut out {
                row.last = self
                    .timeline(&row.client_id, None, 1)?
                    .into_iter()
                    .next()
                    .map(|e| LastSaid {
                        summary: e.shown_summary(),
                        at: e.at,
                    });
            }
        }
        Ok((out, total))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names found in one pass over the clients and those looked up by
    /// id make the same list, in the same order.
    #[test]
    fn the_names_read_in_one_pass_or_looked_up_give_the_same_list() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("book.sqlite");
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("day");
        Book::generate(&path, 600, 3_000, 3, today).expect("gen");
        let book = Book::open(&path, super::super::Access::Existing).expect("open");
        let looked_up = book
            .today_list_with(today, None, false, usize::MAX)
            .expect("looked up")
            .0;
        let one_pass = book
            .today_list_with(today, None, false, 0)
            .expect("one pass")
            .0;
        assert!(looked_up.len() > 100, "{} rows", looked_up.len());
        assert!(looked_up.iter().all(|r| !r.client.is_empty()));
        assert_eq!(looked_up, one_pass);
    }
}
