//! The report: how the work with clients went in a period, beyond the count
//! of orders. All figures are computed here from the book as of the period's
//! end; formatting lives with the command line.

use super::requests::{Request, text};
use super::{Book, Result};
use crate::domain::{Kind, Tier};
use chrono::{Datelike, Days, NaiveDate};
use rusqlite::params;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

const TOUCH_KINDS: &str = "('call', 'meeting', 'visit', 'email', 'message')";

/// How often one rule was broken in a period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleCount {
    pub rule: &'static str,
    pub breaches: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub period: Period,
    pub touches: Touches,
    pub clients: ClientFigures,
    pub reaction: Reaction,
    pub plan: PlanFigures,
    pub orders: Orders,
    pub complaints: Complaints,
    pub receivables: Receivables,
    pub at_risk: Vec<AtRisk>,
    pub activity: Activity,
    /// The company's rules broken in the period, rule by rule (the rules
    /// turned on; see `rules_broken`).
    pub rules_broken: Vec<RuleCount>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Touches {
    pub total: u64,
    pub by_kind: BTreeMap<String, u64>,
    /// Touches per week, weeks starting on Monday, every week of the period listed.
    pub per_week: Vec<Week>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Week {
    pub week_start: NaiveDate,
    pub touches: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClientFigures {
    /// Clients with status active (as they stand now).
    pub active: u64,
    /// Clients touched at least once in the period.
    pub touched: u64,
    /// Active and prospect clients past their cadence at the period's end.
    pub untouched_at_end: u64,
    /// Active clients whose last touch was within their cadence at the period's end.
    pub covered: u64,
    /// covered ÷ active (0 when there are no active clients).
    pub coverage: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reaction {
    /// Inbound touches and complaints in the period.
    pub inbound: u64,
    pub answered: u64,
    /// Days from an inbound request to our next outbound touch of that client.
    pub median_days: Option<f64>,
    pub worst_days: Option<i64>,
    pub unanswered: Vec<Unanswered>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unanswered {
    pub client_id: String,
    pub client: String,
    pub at: String,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanFigures {
    /// Planned touches due in the period.
    pub due: u64,
    pub done_on_time: u64,
    pub done_late: u64,
    pub open: u64,
    pub cancelled: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Orders {
    pub count: u64,
    pub won: u64,
    pub lost: u64,
    pub in_progress: u64,
    /// Sum of all orders in the period, by currency.
    pub sum_by_currency: BTreeMap<String, f64>,
    /// Sum of won orders, by currency.
    pub won_by_currency: BTreeMap<String, f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Complaints {
    pub opened: u64,
    pub resolved: u64,
    pub open_at_end: u64,
    pub median_days_to_resolution: Option<f64>,
    pub by_department: Vec<Department>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Department {
    pub department: String,
    pub opened: u64,
    pub resolved: u64,
    pub open_at_end: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Receivables {
    /// Unpaid invoices past due at the period's end.
    pub overdue_count: u64,
    pub overdue_by_currency: BTreeMap<String, f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AtRisk {
    pub client_id: String,
    pub client: String,
    pub tier: Tier,
    pub reasons: Vec<RiskReason>,
}

/// Why a client is at risk: data in JSON (`{"reason": "untouched", "days":
/// 60, "cadence_days": 14}`), words in the reader's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum RiskReason {
    /// A tier A or B client past its cadence at the period's end.
    Untouched { days: i64, cadence_days: i64 },
    /// A complaint open for more than 14 days.
    OldComplaint,
    /// Unpaid invoices past due.
    OverdueReceivables,
}

impl RiskReason {
    /// The reason as a person reads it, in the language in force.
    pub fn label(&self, tier: Tier) -> String {
        match self {
            RiskReason::Untouched { days, cadence_days } => crate::t!(
                "risk-untouched",
                tier = tier.label(),
                days = crate::t!("n-days", n = *days),
                cadence = *cadence_days
            ),
            RiskReason::OldComplaint => crate::t!("risk-old-complaint"),
            RiskReason::OverdueReceivables => crate::t!("risk-overdue-receivables"),
        }
    }
}

impl AtRisk {
    /// Its reasons in one line, in the language in force.
    pub fn reasons_text(&self) -> String {
        self.reasons
            .iter()
            .map(|r| r.label(self.tier))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Activity {
    /// The ten active clients touched most in the period.
    pub most: Vec<ClientTouches>,
    /// The ten active clients touched least (zero included).
    pub least: Vec<ClientTouches>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClientTouches {
    pub client_id: String,
    pub client: String,
    pub touches: u64,
}

fn median(mut v: Vec<i64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_unstable();
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2] as f64
    } else {
        (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0
    })
}

/// The day of a date or moment as the book writes it (`YYYY-MM-DD…`), read
/// by hand: a year's report reads hundreds of thousands of them.
fn day(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes().get(..10)?;
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

fn money(map: &mut BTreeMap<String, f64>, currency: String, minor: i64) {
    *map.entry(currency).or_default() += minor as f64 / 100.0;
}

/// The ten clients first by a rank of their touch count, then by name (the
/// folded name, unique in the book, breaks ties), kept while the clients
/// stream by: a row copies its text only when it gets in.
struct Top {
    rank: fn(u64) -> u64,
    /// (rank, name, folded name, client) in order, at most `TOP` of them.
    rows: Vec<(u64, String, String, ClientTouches)>,
}

const TOP: usize = 10;

impl Top {
    fn new(rank: fn(u64) -> u64) -> Self {
        Top {
            rank,
            rows: Vec::with_capacity(TOP + 1),
        }
    }

    fn offer(&mut self, touches: u64, name: &str, key: &str, id: &str) {
        let rank = (self.rank)(touches);
        // After every row that ranks no worse: one that came first stays first.
        let at = self
            .rows
            .partition_point(|(r, n, k, _)| (*r, n.as_str(), k.as_str()) <= (rank, name, key));
        if at >= TOP {
            return;
        }
        let row = ClientTouches {
            client_id: id.to_string(),
            client: name.to_string(),
            touches,
        };
        self.rows
            .insert(at, (rank, name.to_string(), key.to_string(), row));
        self.rows.truncate(TOP);
    }

    fn rows(self) -> Vec<ClientTouches> {
        self.rows.into_iter().map(|(_, _, _, c)| c).collect()
    }
}

impl Reaction {
    /// The reaction in words a manager reads at a glance: "answered 12 of 15
    /// requests, typically within 2 days; 3 waiting".
    pub fn in_words(&self) -> String {
        if self.inbound == 0 {
            return crate::t!("reaction-none");
        }
        let typical = match self.median_days {
            Some(m) if m < 1.0 => format!(", {}", crate::t!("reaction-same-day")),
            Some(m) => format!(", {}", crate::t!("reaction-within", days = m.ceil() as i64)),
            None => String::new(),
        };
        crate::t!(
            "reaction-words",
            answered = self.answered,
            inbound = self.inbound,
            typical = typical,
            waiting = self.unanswered.len()
        )
    }
}

/// The first day a rule of `n` days reads records from: one whose deadline
/// may fall in a period starting `from` is at most `n` days (`3 n` working
/// days, for answers; a week more for holidays) older than it.
fn window_start(from: NaiveDate, n: i64) -> NaiveDate {
    from.checked_sub_days(Days::new(n as u64 * 3 + 7))
        .unwrap_or(from)
}

/// The day a deadline of `n` days after `start` is broken: the day after it.
fn broken_on(start: NaiveDate, n: i64) -> Option<NaiveDate> {
    start.checked_add_days(Days::new(n as u64 + 1))
}

impl Book {
    /// How often each rule (turned on) was broken in `from..=to`: a breach
    /// counts in the period whose days hold the day it happened, the day
    /// after its deadline, so periods never count one twice. A complaint
    /// not escalated (or resolved) within `escalate_within` days, not
    /// resolved within `resolve_within`; a touch of the period logged more
    /// than `log_within` days late; a request not answered within
    /// `answer_within` working days; an overdue invoice without a touch
    /// within `invoice_touch_within` days of its due date (while unpaid);
    /// an active A or B client without an open next step at the period's
    /// end; a quiet-period touch missed (`quiet_breaches`).
    pub fn rules_broken(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<RuleCount>> {
        self.in_one_read(|| {
            let set = self.rule_set()?;
            let requests = self.requests_for(&set, from, to)?;
            self.rules_broken_with(&set, from, to, &requests)
        })
    }

    /// The requests made in `from..=to`, and those before it whose answer
    /// the rule on answering may find missing in it (see `window_start`),
    /// with their answers.
    fn requests_for(
        &self,
        set: &super::rules::RuleSet,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<Request>> {
        let since = match set.get("answer_within") {
            0 => from,
            n => window_start(from, n),
        };
        self.requests(&since.to_string(), &(to + Days::new(1)).to_string())
    }

    /// `rules_broken`, with the requests (and their answers) already read.
    fn rules_broken_with(
        &self,
        set: &super::rules::RuleSet,
        from: NaiveDate,
        to: NaiveDate,
        requests: &[Request],
    ) -> Result<Vec<RuleCount>> {
        let conn = self.conn();
        let inside = |d: Option<NaiveDate>| d.is_some_and(|d| d >= from && d <= to);
        let hi = (to + Days::new(1)).to_string();
        let mut out = Vec::new();
        for def in super::rules::RULES {
            let n = set.get(def.name);
            if n == 0 || matches!(def.name, "quiet_months" | "quiet_plan") {
                continue;
            }
            let since = window_start(from, n).to_string();
            let breaches = match def.name {
                "next_step" => {
                    // The clients with a plan open at the period's end, in one
                    // pass over the plans (a lookup a client read them all).
                    let mut stmt = conn.prepare_cached(
                        "SELECT DISTINCT client_id FROM plans
                         WHERE substr(created_at, 1, 10) <= ?1
                           AND (status = 'open' OR substr(closed_at, 1, 10) > ?1)",
                    )?;
                    let planned: HashSet<String> = stmt
                        .query_map([to.to_string()], |r| r.get(0))?
                        .collect::<rusqlite::Result<_>>()?;
                    let mut stmt = conn.prepare_cached(
                        "SELECT id FROM clients INDEXED BY clients_active_ab
                         WHERE status = 'active' AND tier IN ('A', 'B') AND created_on <= ?1",
                    )?;
                    let mut rows = stmt.query([to.to_string()])?;
                    let mut count = 0;
                    while let Some(r) = rows.next()? {
                        if !planned.contains(&r.get::<_, String>(0)?) {
                            count += 1;
                        }
                    }
                    count
                }
                "escalate_within" | "resolve_within" => {
                    let step = if def.name == "escalate_within" { "%" } else { "resolved" };
                    let mut stmt = conn.prepare_cached(
                        "SELECT k.opened_at,
                                (SELECT min(s.at) FROM complaint_steps s
                                  WHERE s.complaint_id = k.id AND s.step LIKE ?3)
                         FROM complaints k
                         WHERE k.deleted_at IS NULL AND k.opened_at >= ?1 AND k.opened_at < ?2",
                    )?;
                    let mut rows = stmt.query(params![since, hi, step])?;
                    let mut count = 0;
                    while let Some(r) = rows.next()? {
                        let opened = day(&r.get::<_, String>(0)?);
                        let done = r.get::<_, Option<String>>(1)?.as_deref().and_then(day);
                        let breach = opened.and_then(|o| broken_on(o, n));
                        if inside(breach) && done.is_none_or(|d| Some(d) >= breach) {
                            count += 1;
                        }
                    }
                    count
                }
                // Only the touches logged on a later day than they happened
                // can be late: their own index holds them.
                "log_within" => conn.query_row(
                    &format!(
                        "SELECT count(*) FROM interactions INDEXED BY interactions_logged_late
                         WHERE at >= ?1 AND at < ?2 AND deleted_at IS NULL AND event IS NULL
                           AND kind IN {TOUCH_KINDS}
                           AND substr(logged_at, 1, 10) > substr(at, 1, 10)
                           AND julianday(substr(logged_at, 1, 10)) - julianday(substr(at, 1, 10)) > ?3"
                    ),
                    params![from.to_string(), hi, n],
                    |r| r.get::<_, i64>(0),
                )? as u64,
                "answer_within" => {
                    let mut count = 0;
                    for r in requests {
                        let Some(asked) = day(&r.at) else {
                            continue;
                        };
                        let answered = r.answered_at.as_deref().and_then(day);
                        // The first day on which the wait exceeds `n` working days.
                        let mut breach = asked;
                        while super::rules::working_days(asked, breach) <= n {
                            breach = breach.succ_opt().unwrap_or(breach);
                        }
                        if inside(Some(breach)) && answered.is_none_or(|a| a >= breach) {
                            count += 1;
                        }
                    }
                    count
                }
                "invoice_touch_within" => {
                    let mut stmt = conn.prepare_cached(&format!(
                        "SELECT v.due_on,
                                (SELECT min(substr(o.at, 1, 10)) FROM interactions o
                                  WHERE o.client_id = v.client_id AND o.deleted_at IS NULL AND o.direction = 'outbound'
                                    AND o.kind IN {TOUCH_KINDS} AND o.at >= v.due_on)
                         FROM invoices v
                         WHERE v.deleted_at IS NULL AND v.due_on >= ?1 AND v.due_on < ?2
                           AND (v.paid_on IS NULL OR v.paid_on >= date(v.due_on, '+' || (?3 + 1) || ' days'))"
                    ))?;
                    // Only an invoice unpaid on the day its touch was owed
                    // can break the rule; the others need no lookup.
                    let mut rows = stmt.query(params![since, hi, n])?;
                    let mut count = 0;
                    while let Some(r) = rows.next()? {
                        let due = day(&r.get::<_, String>(0)?);
                        let touched = r.get::<_, Option<String>>(1)?.as_deref().and_then(day);
                        // Overdue from the day after the due date; the touch is owed within n days of that.
                        // The query gave only invoices unpaid on the day the
                        // touch was owed by.
                        let breach = due.and_then(|d| broken_on(d, n));
                        if inside(breach) && touched.is_none_or(|t| Some(t) >= breach) {
                            count += 1;
                        }
                    }
                    count
                }
                "quiet_every" => self.quiet_breaches(set, from, to)?,
                _ => continue,
            };
            out.push(RuleCount {
                rule: def.name,
                breaches,
            });
        }
        Ok(out)
    }

    /// The quiet-period touches missed in `from..=to`: after each won order
    /// (until the next one, or the end of its period) a touch is owed every
    /// `every` days from the order or the last touch; a gap counts once for
    /// every interval it leaves untouched, on the day after that interval.
    fn quiet_breaches(
        &self,
        set: &super::rules::RuleSet,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<u64> {
        let conn = self.conn();
        let longest = super::rules::longest_quiet_months(conn, set)?;
        if longest <= 0 {
            return Ok(0);
        }
        let since = from
            .checked_sub_months(chrono::Months::new(longest as u32))
            .unwrap_or(from);
        let hi = (to + Days::new(1)).to_string();
        // The won orders that may cover a day of the period, client by client.
        let mut stmt = conn.prepare_cached(
            "SELECT o.client_id, c.tier, c.quiet_months, c.quiet_every, substr(o.at, 1, 10)
             FROM orders o JOIN clients c ON c.id = o.client_id
             WHERE o.status = 'won' AND o.deleted_at IS NULL AND o.at >= ?1 AND o.at < ?2
               AND c.status IN ('active', 'prospect')
             ORDER BY o.client_id, o.at",
        )?;
        let mut orders: BTreeMap<String, (i64, i64, Vec<NaiveDate>)> = BTreeMap::new();
        let mut rows = stmt.query(params![since.to_string(), hi])?;
        while let Some(r) = rows.next()? {
            let Ok(tier) = Tier::parse(&r.get::<_, String>(1)?) else {
                continue;
            };
            let limits = crate::domain::Limits {
                hard_days: None,
                quiet_months: r.get(2)?,
                quiet_every: r.get(3)?,
            };
            let Some(won) = day(&r.get::<_, String>(4)?) else {
                continue;
            };
            let (months, every) = set.quiet_for(tier, &limits);
            orders
                .entry(r.get(0)?)
                .or_insert((months, every, Vec::new()))
                .2
                .push(won);
        }
        // The days in time order, repeats dropped here (cheaper than
        // DISTINCT, which sorts again for each of thousands of clients).
        let mut touches = conn.prepare_cached(&format!(
            "SELECT substr(at, 1, 10) FROM interactions
             WHERE client_id = ?1 AND deleted_at IS NULL AND kind IN {TOUCH_KINDS}
               AND at >= ?2 AND at < ?3 ORDER BY at"
        ))?;
        let mut count = 0;
        for (client, (months, every, won)) in &orders {
            if *months <= 0 || *every <= 0 {
                continue;
            }
            let mut days: Vec<NaiveDate> = Vec::new();
            let mut rows = touches.query(params![client, won[0].to_string(), hi])?;
            while let Some(r) = rows.next()? {
                if let Some(d) = day(text(r, 0)?) {
                    if days.last() != Some(&d) {
                        days.push(d);
                    }
                }
            }
            for (i, start) in won.iter().enumerate() {
                let mut end = start
                    .checked_add_months(chrono::Months::new(*months as u32))
                    .unwrap_or(*start);
                if let Some(next) = won.get(i + 1) {
                    end = end.min(*next - Days::new(1));
                }
                let end = end.min(to);
                let mut anchor = *start;
                loop {
                    let deadline = anchor + Days::new(*every as u64);
                    let breach = deadline + Days::new(1);
                    if breach > end {
                        break;
                    }
                    // The last touch inside the interval carries the clock on.
                    match days.iter().rev().find(|d| **d > anchor && **d <= deadline) {
                        Some(t) => anchor = *t,
                        None => {
                            if breach >= from {
                                count += 1;
                            }
                            anchor = deadline;
                        }
                    }
                }
            }
        }
        Ok(count)
    }

    /// The report for `from..=to` (dates inclusive), as of the end of `to`.
    pub fn report(&self, from: NaiveDate, to: NaiveDate) -> Result<Report> {
        self.in_one_read(|| self.report_in_one_read(from, to))
    }

    fn report_in_one_read(&self, from: NaiveDate, to: NaiveDate) -> Result<Report> {
        let conn = self.conn();
        let (lo, hi) = (from.to_string(), (to + Days::new(1)).to_string());
        let to_s = to.to_string();

        // Touches in the period: by kind, by week, by client.
        // A year of a department's book is half a million touches: each is
        // counted without a copy of its text (the client's id is copied
        // once per client, the day parsed once per day).
        let mut by_kind: BTreeMap<String, u64> = Kind::TOUCHES
            .iter()
            .map(|k| (k.as_str().to_string(), 0))
            .collect();
        let mut per_client: FxHashMap<String, u64> = FxHashMap::default();
        let mut weeks: BTreeMap<NaiveDate, u64> = BTreeMap::new();
        let monday = |d: NaiveDate| d - Days::new(u64::from(d.weekday().num_days_from_monday()));
        let mut w = monday(from);
        while w <= to {
            weeks.insert(w, 0);
            w = w + Days::new(7);
        }
        let mut total = 0;
        {
            let mut stmt = conn.prepare(&format!(
                "SELECT kind, at, client_id FROM interactions INDEXED BY interactions_touches_by_at
                 WHERE at >= ?1 AND at < ?2 AND deleted_at IS NULL AND kind IN {TOUCH_KINDS}
                 ORDER BY at"
            ))?;
            let mut rows = stmt.query(params![lo, hi])?;
            let mut kinds = [0u64; 5];
            // The day of the rows just counted, and its week's count.
            let mut this_day = String::new();
            let mut this_week: Option<NaiveDate> = None;
            while let Some(r) = rows.next()? {
                total += 1;
                let kind = text(r, 0)?;
                if let Some(k) = Kind::TOUCHES.iter().position(|k| k.as_str() == kind) {
                    kinds[k] += 1;
                }
                let client = text(r, 2)?;
                match per_client.get_mut(client) {
                    Some(n) => *n += 1,
                    None => {
                        per_client.insert(client.to_string(), 1);
                    }
                }
                let at = text(r, 1)?;
                let on = at.get(..10).unwrap_or(at);
                if on != this_day {
                    this_day = on.to_string();
                    this_week = day(on).map(monday);
                }
                if let Some(w) = this_week {
                    *weeks.entry(w).or_insert(0) += 1;
                }
            }
            for (k, n) in Kind::TOUCHES.iter().zip(kinds) {
                *by_kind.entry(k.as_str().to_string()).or_insert(0) += n;
            }
        }

        let touches = Touches {
            total,
            by_kind,
            per_week: weeks
                .into_iter()
                .map(|(week_start, touches)| Week {
                    week_start,
                    touches,
                })
                .collect(),
        };

        // Reaction: from each inbound request to our next outbound touch.
        let mut waits = Vec::new();
        let mut unanswered = Vec::new();
        let mut inbound = 0;
        let rules = self.rule_set()?;
        let requests = self.requests_for(&rules, from, to)?;
        {
            let mut open_rows = Vec::new();
            // The requests of the period are the last of those the rule on
            // answering looks at, read once for both.
            for r in requests.iter().filter(|r| r.at.as_str() >= lo.as_str()) {
                inbound += 1;
                match (day(&r.at), r.answered_at.as_deref().and_then(day)) {
                    (Some(asked), Some(answered)) => waits.push((answered - asked).num_days()),
                    _ => open_rows.push(r.seq),
                }
            }
            // Only the unanswered requests are read in full, one row each by
            // its place in the table; the clients' names come with the pass
            // over the clients below.
            let mut one =
                conn.prepare("SELECT client_id, at, summary FROM interactions WHERE seq = ?1")?;
            for seq in open_rows {
                let (client_id, at, summary): (String, String, String) =
                    one.query_row([seq], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
                unanswered.push(Unanswered {
                    client: String::new(),
                    client_id,
                    at,
                    summary,
                });
            }
        }
        let mut reaction = Reaction {
            inbound,
            answered: waits.len() as u64,
            worst_days: waits.iter().copied().max(),
            median_days: median(waits),
            unanswered,
        };

        // The plan against the fact: planned touches due in the period, as
        // they stood at its end (done or cancelled later: still open then),
        // so a past period's figures never change afterwards.
        let mut plan = PlanFigures {
            due: 0,
            done_on_time: 0,
            done_late: 0,
            open: 0,
            cancelled: 0,
        };
        {
            let mut stmt = conn.prepare(
                "SELECT p.status, p.due_on, i.at, p.closed_at FROM plans p LEFT JOIN interactions i ON i.id = p.done_by
                 WHERE p.due_on BETWEEN ?1 AND ?2",
            )?;
            let mut rows = stmt.query(params![lo, to_s])?;
            while let Some(r) = rows.next()? {
                let (status, due, done_at, closed_at): (
                    String,
                    String,
                    Option<String>,
                    Option<String>,
                ) = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
                plan.due += 1;
                let done_on = done_at.as_deref().and_then(day);
                let closed_on = closed_at
                    .as_deref()
                    .and_then(|s| day(s.get(..10).unwrap_or("")));
                match status.as_str() {
                    "open" => plan.open += 1,
                    "cancelled" if closed_on.is_some_and(|c| c > to) => plan.open += 1,
                    "cancelled" => plan.cancelled += 1,
                    _ if done_on.is_some_and(|d| d > to) => plan.open += 1,
                    _ if done_on > day(&due) => plan.done_late += 1,
                    _ => plan.done_on_time += 1,
                }
            }
        }

        // Orders in the period.
        let mut orders = Orders {
            count: 0,
            won: 0,
            lost: 0,
            in_progress: 0,
            sum_by_currency: BTreeMap::new(),
            won_by_currency: BTreeMap::new(),
        };
        {
            let mut stmt = conn.prepare(
                "SELECT status, coalesce(amount_minor, 0), currency FROM orders
                 WHERE at >= ?1 AND at < ?2 AND deleted_at IS NULL",
            )?;
            let mut rows = stmt.query(params![lo, hi])?;
            while let Some(r) = rows.next()? {
                // An order without an amount yet counts, and adds nothing to the sums.
                let (status, minor, currency): (String, i64, String) =
                    (r.get(0)?, r.get(1)?, r.get(2)?);
                orders.count += 1;
                match status.as_str() {
                    "won" => {
                        orders.won += 1;
                        money(&mut orders.won_by_currency, currency.clone(), minor);
                    }
                    "lost" => orders.lost += 1,
                    _ => orders.in_progress += 1,
                }
                money(&mut orders.sum_by_currency, currency, minor);
            }
        }

        // Complaints.
        let mut complaints = Complaints {
            opened: 0,
            resolved: 0,
            open_at_end: 0,
            median_days_to_resolution: None,
            by_department: vec![],
        };
        let mut departments: BTreeMap<String, Department> = BTreeMap::new();
        let mut to_resolution = Vec::new();
        let mut old_open: HashSet<String> = HashSet::new();
        {
            let mut stmt = conn.prepare("SELECT department, opened_at, resolved_at, client_id FROM complaints WHERE opened_at < ?1 AND deleted_at IS NULL")?;
            let mut rows = stmt.query(params![hi])?;
            while let Some(r) = rows.next()? {
                let (dept, opened, resolved, client): (String, String, Option<String>, String) =
                    (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
                let d = departments
                    .entry(dept.to_lowercase())
                    .or_insert_with(|| Department {
                        department: dept.clone(),
                        opened: 0,
                        resolved: 0,
                        open_at_end: 0,
                    });
                if opened.as_str() >= lo.as_str() {
                    complaints.opened += 1;
                    d.opened += 1;
                }
                let resolved_in_time = resolved.as_deref().filter(|r| *r < hi.as_str());
                match resolved_in_time {
                    Some(r) if r >= lo.as_str() => {
                        complaints.resolved += 1;
                        d.resolved += 1;
                        if let (Some(a), Some(b)) = (day(&opened), day(r)) {
                            to_resolution.push((b - a).num_days());
                        }
                    }
                    Some(_) => {}
                    None => {
                        complaints.open_at_end += 1;
                        d.open_at_end += 1;
                        if day(&opened).is_some_and(|o| (to - o).num_days() > 14) {
                            old_open.insert(client);
                        }
                    }
                }
            }
        }
        complaints.median_days_to_resolution = median(to_resolution);
        complaints.by_department = departments
            .into_values()
            .filter(|d| d.opened + d.resolved + d.open_at_end > 0)
            .collect();

        // Receivables overdue at the end.
        let mut receivables = Receivables {
            overdue_count: 0,
            overdue_by_currency: BTreeMap::new(),
        };
        let mut owing: HashSet<String> = HashSet::new();
        {
            // Unpaid, or paid after the end: each read from its own index
            // (a department's book has tens of thousands of invoices, most
            // paid long ago); summed in minor units, so the order the rows
            // come in cannot change a total.
            let mut stmt = conn.prepare(
                "SELECT amount_minor, currency, client_id FROM invoices INDEXED BY invoices_unpaid_in_order
                 WHERE due_on < ?1 AND paid_on IS NULL AND deleted_at IS NULL AND issued_on <= ?1
                 UNION ALL
                 SELECT amount_minor, currency, client_id FROM invoices INDEXED BY invoices_paid_latest
                 WHERE paid_on > ?1 AND paid_on IS NOT NULL AND deleted_at IS NULL
                   AND due_on < ?1 AND issued_on <= ?1",
            )?;
            let mut sums: BTreeMap<String, i128> = BTreeMap::new();
            let mut rows = stmt.query(params![to_s])?;
            while let Some(r) = rows.next()? {
                let (minor, currency, client): (i64, String, String) =
                    (r.get(0)?, r.get(1)?, r.get(2)?);
                receivables.overdue_count += 1;
                *sums.entry(currency).or_default() += i128::from(minor);
                owing.insert(client);
            }
            receivables.overdue_by_currency = sums
                .into_iter()
                .map(|(currency, minor)| (currency, minor as f64 / 100.0))
                .collect();
        }

        // Every client as it stood at the end of the period, in one pass in
        // table order (sequential reads) without keeping the rows: a
        // department's book has tens of thousands of clients, and only the
        // figures, the clients at risk, the ten most and least active and
        // the names of those waiting for an answer are kept. The kept
        // `last_touch_on` answers for every client not touched after the end
        // (all of them for a report up to today); the others are looked up.
        let mut waiting_names: FxHashMap<String, String> = reaction
            .unanswered
            .iter()
            .map(|u| (u.client_id.clone(), String::new()))
            .collect();
        let mut figures = ClientFigures {
            active: 0,
            touched: per_client.len() as u64,
            untouched_at_end: 0,
            covered: 0,
            coverage: 0.0,
        };
        // At risk, with the client's folded name (unique in the book) for
        // the order by name.
        let mut at_risk: Vec<(String, AtRisk)> = Vec::new();
        // The most touched first: the count's bits turned over rank it downwards.
        let mut most = Top::new(|touches| !touches);
        let mut least = Top::new(|touches| touches);
        {
            let mut stmt = conn.prepare(&format!(
                "SELECT c.id, c.name, c.tier, c.status, c.cadence_days, c.created_on,
                        CASE WHEN c.last_touch_on IS NULL OR c.last_touch_on <= ?2 THEN c.last_touch_on
                        ELSE (SELECT i.at FROM interactions i
                               WHERE i.client_id = c.id AND i.deleted_at IS NULL AND i.kind IN {TOUCH_KINDS} AND i.at < ?1
                               ORDER BY i.at DESC LIMIT 1) END,
                        c.name_key
                 FROM clients c WHERE c.created_on <= ?2"
            ))?;
            let mut rows = stmt.query(params![hi, to_s])?;
            while let Some(r) = rows.next()? {
                let (id, name, status) = (text(r, 0)?, text(r, 1)?, text(r, 3)?);
                let tier = Tier::parse(text(r, 2)?).unwrap_or(Tier::C);
                let cadence: i64 = r.get(4)?;
                let created = day(text(r, 5)?).unwrap_or(from);
                let last_touch = match r.get_ref(6)? {
                    rusqlite::types::ValueRef::Null => None,
                    _ => day(text(r, 6)?),
                };
                if let Some(slot) = waiting_names.get_mut(id) {
                    *slot = name.to_string();
                }
                let open = status == "active" || status == "prospect";
                let since = (to - last_touch.unwrap_or(created)).num_days();
                let overdue = open && since > cadence;
                if overdue {
                    figures.untouched_at_end += 1;
                }
                if status == "active" {
                    figures.active += 1;
                    if last_touch.is_some_and(|d| (to - d).num_days() <= cadence) {
                        figures.covered += 1;
                    }
                    let touches = per_client.get(id).copied().unwrap_or(0);
                    let key = text(r, 7)?;
                    if touches > 0 {
                        most.offer(touches, name, key, id);
                    }
                    least.offer(touches, name, key, id);
                }
                if status == "paused" || status == "lost" {
                    continue;
                }
                let mut reasons = Vec::new();
                if matches!(tier, Tier::A | Tier::B) && overdue {
                    reasons.push(RiskReason::Untouched {
                        days: since,
                        cadence_days: cadence,
                    });
                }
                if old_open.contains(id) {
                    reasons.push(RiskReason::OldComplaint);
                }
                if owing.contains(id) {
                    reasons.push(RiskReason::OverdueReceivables);
                }
                if !reasons.is_empty() {
                    at_risk.push((
                        text(r, 7)?.to_string(),
                        AtRisk {
                            client_id: id.to_string(),
                            client: name.to_string(),
                            tier,
                            reasons,
                        },
                    ));
                }
            }
        }
        figures.coverage = if figures.active == 0 {
            0.0
        } else {
            figures.covered as f64 / figures.active as f64
        };
        for u in &mut reaction.unanswered {
            if let Some(name) = waiting_names.get(&u.client_id) {
                u.client.clone_from(name);
            }
        }
        at_risk.sort_by(|a, b| a.0.cmp(&b.0));
        let at_risk = at_risk.into_iter().map(|(_, a)| a).collect();

        Ok(Report {
            period: Period {
                from,
                to,
                days: (to - from).num_days() + 1,
            },
            touches,
            clients: figures,
            reaction,
            plan,
            orders,
            complaints,
            receivables,
            at_risk,
            activity: Activity {
                most: most.rows(),
                least: least.rows(),
            },
            rules_broken: self.rules_broken_with(&rules, from, to, &requests)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "The same day" is a median under one day; a median of exactly one
    /// day reads "within 1 day".
    #[test]
    fn the_reaction_in_words_at_one_day() {
        crate::i18n::set_for_thread(crate::i18n::Lang::En);
        let words = |median| {
            Reaction {
                inbound: 2,
                answered: 2,
                median_days: Some(median),
                worst_days: Some(1),
                unanswered: vec![],
            }
            .in_words()
        };
        assert!(words(0.5).contains("the same day"), "{}", words(0.5));
        assert!(words(1.0).contains("within 1 day"), "{}", words(1.0));
        assert!(words(1.5).contains("within 2 days"), "{}", words(1.5));
    }

    /// The day read by hand is the calendar's: a moment's time is ignored,
    /// a day that does not exist or a malformed text is no day at all.
    #[test]
    fn a_day_is_read_from_the_books_text() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(day("2026-11-28"), ymd(2026, 11, 28));
        assert_eq!(day("2026-11-28 09:30"), ymd(2026, 11, 28));
        assert_eq!(day("2024-02-29"), ymd(2024, 2, 29));
        assert_eq!(day("0999-01-09"), ymd(999, 1, 9));
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-11-2",
            "2026/11/28",
            "2026-11/28",
            "2026/11-28",
            "2026-1a-28",
            "2026-11-2x",
            "x026-11-28",
            "",
            "28.11.2026",
        ] {
            assert_eq!(day(bad), None, "{bad}");
        }
    }
}
