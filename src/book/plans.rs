//! Planned touches (next steps): adding, moving and editing, cancelling,
//! listing, and the open ones of a client. Every change keeps the plan as it
//! was (`record_versions`).

use super::versions::keep_version;
use super::{Book, BookError, Result, new_id, stamp};
use crate::domain::{InputError, Kind, NewPlan, Plan, PlanPatch, PlanStatus};
use chrono::NaiveDate;
use rusqlite::{Row, Transaction, params};

fn plan_from_row(r: &Row) -> rusqlite::Result<Plan> {
    let bad = |i, e: Box<dyn std::error::Error + Send + Sync>| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e)
    };
    let due: String = r.get(2)?;
    Ok(Plan {
        id: r.get(0)?,
        client_id: r.get(1)?,
        due: NaiveDate::parse_from_str(&due, "%Y-%m-%d").map_err(|e| bad(2, Box::new(e)))?,
        purpose: r.get(3)?,
        kind: Kind::parse(&r.get::<_, String>(4)?).map_err(|e: InputError| bad(4, Box::new(e)))?,
        status: PlanStatus::parse(&r.get::<_, String>(5)?)
            .map_err(|e: InputError| bad(5, Box::new(e)))?,
        done_by: r.get(6)?,
    })
}

/// Reopen the plans that the entry `entry_id` fulfilled (it was hidden or
/// re-dated), keeping each as it was; then let the entry, if it is still a
/// visible touch, close what it fulfils at its date.
pub(crate) fn reconsider_plans(tx: &Transaction, entry_id: &str) -> Result<()> {
    let done: Vec<String> = {
        let mut stmt = tx.prepare("SELECT id FROM plans WHERE done_by = ?1")?;
        let rows = stmt.query_map([entry_id], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for id in &done {
        keep_version(tx, "plans", id)?;
        tx.execute(
            "UPDATE plans SET status = 'open', done_by = NULL, closed_at = NULL WHERE id = ?1",
            [id],
        )?;
    }
    close_fulfilled(tx, entry_id)
}

/// A visible touch marks its client's open plans due on or before its date as done by it.
pub(crate) fn close_fulfilled(tx: &Transaction, entry_id: &str) -> Result<()> {
    tx.prepare_cached("UPDATE plans SET status = 'done', done_by = i.id, closed_at = ?2
         FROM (SELECT id, client_id, substr(at, 1, 10) AS day FROM interactions
               WHERE id = ?1 AND deleted_at IS NULL AND kind IN ('call', 'meeting', 'visit', 'email', 'message')) i
         WHERE plans.client_id = i.client_id AND plans.status = 'open' AND plans.due_on <= i.day")?.execute(
        params![entry_id, stamp()],
    )?;
    Ok(())
}

pub(crate) fn insert_plan(tx: &Transaction, client_id: &str, plan: &NewPlan) -> Result<String> {
    let id = new_id();
    tx.execute(
        "INSERT INTO plans (id, client_id, due_on, purpose, kind, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, client_id, plan.due.format("%Y-%m-%d").to_string(), plan.purpose, plan.kind.as_str(), stamp()],
    )?;
    super::search::index_plan(tx, &id)?;
    Ok(id)
}

/// Plan the next touch of a quiet client (see the rules `quiet_months`,
/// `quiet_every`, `quiet_plan`): when the client, active or a prospect, has
/// a won order whose quiet period lasts and no open plan, one call
/// `every` days after its last touch (or the order), if that day is still
/// inside the period. The purpose is written in the language in force, as
/// the manager would type it, and may be edited like any other. The day
/// planned, if one was.
pub(crate) fn plan_quiet_touch(tx: &Transaction, client_id: &str) -> Result<Option<NaiveDate>> {
    use rusqlite::OptionalExtension;
    let set = super::rules::read_rule_set(tx)?;
    if set.get("quiet_plan") == 0 {
        return Ok(None);
    }
    let row = tx
        .query_row(
            "SELECT c.tier, c.status IN ('active', 'prospect'), c.last_touch_on, c.quiet_months, c.quiet_every,
                    substr(o.at, 1, 10), o.title,
                    EXISTS (SELECT 1 FROM plans p WHERE p.client_id = c.id AND p.status = 'open')
             FROM clients c JOIN orders o ON o.client_id = c.id AND o.status = 'won' AND o.deleted_at IS NULL
             WHERE c.id = ?1 ORDER BY o.at DESC, o.seq DESC LIMIT 1",
            [client_id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, bool>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<u32>>(3)?,
                    r.get::<_, Option<u32>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, bool>(7)?,
                ))
            },
        )
        .optional()?;
    let Some((tier, live, last, quiet_months, quiet_every, won, title, planned)) = row else {
        return Ok(None);
    };
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let (Ok(tier), Some(won)) = (crate::domain::Tier::parse(&tier), day(&won)) else {
        return Ok(None);
    };
    if !live || planned {
        return Ok(None);
    }
    let limits = crate::domain::Limits {
        hard_days: None,
        quiet_months,
        quiet_every,
    };
    let (months, every) = set.quiet_for(tier, &limits);
    if months <= 0 || every <= 0 {
        return Ok(None);
    }
    let ends = won.checked_add_months(chrono::Months::new(months as u32));
    let from = last.as_deref().and_then(day).map_or(won, |t| t.max(won));
    let due = from.checked_add_days(chrono::Days::new(every as u64));
    let (Some(ends), Some(due)) = (ends, due) else {
        return Ok(None);
    };
    if due > ends {
        return Ok(None);
    }
    let what = if title.trim().is_empty() {
        crate::i18n::date(won)
    } else {
        title
    };
    // A title at the longest a line may be still leaves a purpose `check` accepts.
    let purpose: String = crate::text::clean_line(&crate::t!("quiet-plan-purpose", order = what))
        .chars()
        .take(super::validate::MAX_LINE)
        .collect();
    insert_plan(
        tx,
        client_id,
        &NewPlan {
            due,
            purpose,
            kind: Kind::Call,
        },
    )?;
    Ok(Some(due))
}

impl Book {
    /// Plan a touch for a client.
    pub fn plan(&mut self, client_id: &str, plan: &NewPlan) -> Result<Plan> {
        let id = self.write(|tx| insert_plan(tx, client_id, plan))?;
        self.plan_by_id(&id)
    }

    pub fn plan_by_id(&self, id: &str) -> Result<Plan> {
        use rusqlite::OptionalExtension;
        self.conn()
            .query_row(
                "SELECT id, client_id, due_on, purpose, kind, status, done_by FROM plans WHERE id = ?1",
                [id],
                plan_from_row,
            )
            .optional()?
            .ok_or_else(|| BookError::NotFound { what: "planned touch", query: id.to_string() })
    }

    /// An open plan, or why it cannot change: done and cancelled plans are history.
    fn open_plan(&self, id: &str) -> Result<Plan> {
        let plan = self.plan_by_id(id)?;
        if plan.status != PlanStatus::Open {
            return Err(InputError::new(
                "ID",
                id,
                crate::t!("accepted-open-plan", status = plan.status.label()),
            )
            .into());
        }
        Ok(plan)
    }

    /// Cancel an open planned touch.
    pub fn cancel_plan(&mut self, id: &str) -> Result<Plan> {
        let plan = self.open_plan(id)?;
        self.write(|tx| {
            keep_version(tx, "plans", &plan.id)?;
            tx.execute(
                "UPDATE plans SET status = 'cancelled', closed_at = ?2 WHERE id = ?1 AND status = 'open'",
                params![plan.id, stamp()],
            )?;
            Ok(())
        })?;
        self.plan_by_id(&plan.id)
    }

    /// Mark an open plan as fulfilled by a touch logged before its due day
    /// (the manager says it was what the plan asked for).
    pub fn fulfil_plan(&mut self, plan_id: &str, entry_id: &str) -> Result<Plan> {
        let plan = self.open_plan(plan_id)?;
        let entry = self.entry(entry_id)?;
        if entry.client_id != plan.client_id || !entry.kind.is_touch() {
            return Err(InputError::new(
                "ENTRY",
                entry_id,
                crate::t!("accepted-touch-of-plan-client"),
            )
            .into());
        }
        self.write(|tx| {
            keep_version(tx, "plans", &plan.id)?;
            tx.execute(
                "UPDATE plans SET status = 'done', done_by = ?2, closed_at = ?3 WHERE id = ?1 AND status = 'open'",
                params![plan.id, entry.id, stamp()],
            )?;
            Ok(())
        })?;
        self.plan_by_id(&plan.id)
    }

    /// A client's open plans due after `day`: a touch logged that day may be
    /// what one of them asked for, which only the manager can say.
    pub fn plans_due_after(&self, client_id: &str, day: NaiveDate) -> Result<Vec<Plan>> {
        Ok(self
            .open_plans(client_id)?
            .into_iter()
            .filter(|p| p.due > day)
            .collect())
    }

    /// Move an open planned touch to another day, or change its purpose or kind.
    pub fn edit_plan(&mut self, id: &str, patch: &PlanPatch) -> Result<Plan> {
        let plan = self.open_plan(id)?;
        let due = patch.due.unwrap_or(plan.due);
        let purpose = patch
            .purpose
            .clone()
            .unwrap_or_else(|| plan.purpose.clone());
        let kind = patch.kind.unwrap_or(plan.kind);
        if (due, &purpose, kind) == (plan.due, &plan.purpose, plan.kind) {
            return Ok(plan);
        }
        self.write(|tx| {
            keep_version(tx, "plans", &plan.id)?;
            tx.execute(
                "UPDATE plans SET due_on = ?2, purpose = ?3, kind = ?4 WHERE id = ?1",
                params![
                    plan.id,
                    due.format("%Y-%m-%d").to_string(),
                    purpose,
                    kind.as_str()
                ],
            )?;
            super::search::index_plan(tx, &plan.id)
        })?;
        self.plan_by_id(&plan.id)
    }

    /// Planned touches with their clients' names, soonest due first: of one
    /// client or of the whole book; the open ones only unless `closed`.
    pub fn plans(
        &self,
        client_id: Option<&str>,
        closed: bool,
        limit: u64,
    ) -> Result<Vec<AgendaItem>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.id, p.client_id, p.due_on, p.purpose, p.kind, p.status, p.done_by, c.name
             FROM plans p JOIN clients c ON c.id = p.client_id
             WHERE (p.status = 'open' OR ?2) AND p.client_id = coalesce(?1, p.client_id)
             ORDER BY p.due_on, p.seq LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![client_id, closed, limit as i64], |r| {
            Ok(AgendaItem {
                plan: plan_from_row(r)?,
                client: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A client's open planned touches, soonest first.
    pub fn open_plans(&self, client_id: &str) -> Result<Vec<Plan>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, client_id, due_on, purpose, kind, status, done_by FROM plans
             WHERE client_id = ?1 AND status = 'open' ORDER BY due_on, seq",
        )?;
        let rows = stmt.query_map([client_id], plan_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A planned touch with its client's name, for the agenda.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaItem {
    pub plan: Plan,
    pub client: String,
}

impl Book {
    /// Planned touches due up to `days` after `today`, overdue ones included,
    /// soonest first; with `closed`, also the done and cancelled ones due in the
    /// `days` before and after today.
    /// At most `limit` of each (open; closed), read in due order from the
    /// `plans_by_due` index, so a department's agenda stops at the limit.
    pub fn agenda(
        &self,
        today: NaiveDate,
        days: u32,
        closed: bool,
        limit: u64,
    ) -> Result<Vec<AgendaItem>> {
        let until = today + chrono::Days::new(u64::from(days));
        let since = today - chrono::Days::new(u64::from(days));
        let read = |sql: &str| -> Result<Vec<AgendaItem>> {
            let mut stmt = self.conn().prepare_cached(sql)?;
            let rows = stmt.query_map(
                params![until.to_string(), since.to_string(), limit as i64],
                |r| {
                    Ok(AgendaItem {
                        plan: plan_from_row(r)?,
                        client: r.get(7)?,
                    })
                },
            )?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let mut items = read(
            "SELECT p.id, p.client_id, p.due_on, p.purpose, p.kind, p.status, p.done_by, c.name
             FROM plans p JOIN clients c ON c.id = p.client_id
             WHERE p.status = 'open' AND p.due_on <= ?1 AND ?2 IS NOT NULL
             ORDER BY p.due_on, p.seq LIMIT ?3",
        )?;
        if closed {
            items.extend(read(
                "SELECT p.id, p.client_id, p.due_on, p.purpose, p.kind, p.status, p.done_by, c.name
                 FROM plans p JOIN clients c ON c.id = p.client_id
                 WHERE p.status IN ('done', 'cancelled') AND p.due_on BETWEEN ?2 AND ?1
                 ORDER BY p.due_on, p.seq LIMIT ?3",
            )?);
            items.sort_by_key(|i| i.plan.due);
        }
        Ok(items)
    }
}
