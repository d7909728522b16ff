//! The timeline: logging entries, editing them with the old version kept,
//! hiding and restoring them, and reading a client's history page by page.

use super::plans::{close_fulfilled, insert_plan, reconsider_plans};
use super::{Book, BookError, Result, new_id, stamp};
use crate::domain::{
    Direction, EntryEvent, InputError, Interaction, InteractionPatch, Kind, NewInteraction, NewPlan,
};
use crate::text::fold;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, Transaction, params};

/// A record that has timeline entries of its own: an order and a complaint
/// by id, an invoice by its number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordRef {
    Order(String),
    Invoice(String),
    Complaint(String),
}

impl RecordRef {
    /// The word commands use for it (`touchbase order delete …`).
    pub fn what(&self) -> &'static str {
        match self {
            RecordRef::Order(_) => "order",
            RecordRef::Invoice(_) => "invoice",
            RecordRef::Complaint(_) => "complaint",
        }
    }
    /// Its id (an invoice: its number).
    pub fn key(&self) -> &str {
        match self {
            RecordRef::Order(k) | RecordRef::Invoice(k) | RecordRef::Complaint(k) => k,
        }
    }
}

const ENTRY_COLS: &str =
    "i.id, i.client_id, i.kind, i.direction, i.at, ct.name, i.summary, i.details,
    (SELECT count(*) FROM interaction_versions v WHERE v.interaction_id = i.id), i.logged_by, i.event";

fn entry_from_row(r: &Row) -> rusqlite::Result<Interaction> {
    let bad = |i, e: InputError| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    };
    Ok(Interaction {
        id: r.get(0)?,
        client_id: r.get(1)?,
        kind: Kind::parse(&r.get::<_, String>(2)?).map_err(|e| bad(2, e))?,
        direction: Direction::parse(&r.get::<_, String>(3)?).map_err(|e| bad(3, e))?,
        at: r.get(4)?,
        contact: r.get(5)?,
        summary: r.get(6)?,
        details: r.get(7)?,
        versions: r.get(8)?,
        logged_by: r.get(9)?,
        event: match r.get::<_, Option<String>>(10)? {
            Some(s) => Some(
                EntryEvent::from_stored(&s)
                    .map_err(|e| bad(10, InputError::new("event", s.as_str(), e)))?,
            ),
            None => None,
        },
    })
}

/// Where a timeline page starts: after the entry with this `at` and id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineCursor {
    pub at: String,
    pub id: String,
}

impl Book {
    /// Log a touch for a planned touch (from the agenda): it fulfils that plan
    /// whatever its due day, as well as what any touch fulfils.
    pub fn log_fulfilling(
        &mut self,
        client_id: &str,
        new: &NewInteraction,
        next: Option<&NewPlan>,
        plan_id: Option<&str>,
    ) -> Result<Interaction> {
        let id = self.write(|tx| {
            let id = insert_entry(tx, client_id, new)?;
            if let Some(plan) = plan_id.filter(|_| new.kind.is_touch()) {
                tx.execute(
                    "UPDATE plans SET status = 'done', done_by = ?2, closed_at = ?3
                     WHERE id = ?1 AND client_id = ?4 AND status = 'open'",
                    params![plan, id, stamp(), client_id],
                )?;
            }
            if let Some(plan) = next {
                insert_plan(tx, client_id, plan)?;
            }
            super::plans::plan_quiet_touch(tx, client_id)?;
            Ok(id)
        })?;
        self.entry(&id)
    }

    /// Log a timeline entry. A touch marks the client's open planned touches due
    /// on or before its date as done by it; `next` plans the following touch.
    /// All of it is one transaction.
    pub fn log(
        &mut self,
        client_id: &str,
        new: &NewInteraction,
        next: Option<&NewPlan>,
    ) -> Result<Interaction> {
        self.log_fulfilling(client_id, new, next, None)
    }

    /// One entry, hidden or not.
    pub fn entry(&self, id: &str) -> Result<Interaction> {
        self.conn()
            .query_row(
                &format!(
                    "SELECT {ENTRY_COLS} FROM interactions i LEFT JOIN contacts ct ON ct.id = i.contact_id WHERE i.id = ?1"
                ),
                [id.trim()],
                entry_from_row,
            )
            .optional()?
            .ok_or_else(|| BookError::NotFound { what: "entry", query: id.to_string() })
    }

    /// Edit an entry; the version it replaces is kept in `interaction_versions`.
    /// Saving an entry unchanged writes nothing, so no empty version appears.
    pub fn edit_entry(&mut self, id: &str, patch: &InteractionPatch) -> Result<Interaction> {
        let old = self.entry(id)?;
        let unchanged = patch.kind.is_none_or(|k| k == old.kind)
            && patch.direction.is_none_or(|d| d == old.direction)
            && patch.at.is_none_or(|w| w.to_stored() == old.at)
            && patch.summary.as_ref().is_none_or(|s| *s == old.summary)
            && patch.details.as_ref().is_none_or(|d| *d == old.details);
        if unchanged {
            return Ok(old);
        }
        self.write(|tx| {
            keep_entry_version(tx, &old.id)?;
            tx.execute(
                "UPDATE interactions SET kind = ?2, direction = ?3, at = ?4, summary = ?5, details = ?6, edited_at = ?7 WHERE id = ?1",
                params![
                    old.id,
                    patch.kind.unwrap_or(old.kind).as_str(),
                    patch.direction.unwrap_or(old.direction).as_str(),
                    patch.at.map(|w| w.to_stored()).unwrap_or(old.at.clone()),
                    patch.summary.as_ref().unwrap_or(&old.summary),
                    patch.details.as_ref().unwrap_or(&old.details),
                    stamp()
                ],
            )?;
            index_entry(tx, &old.id)?;
            // A touch moved to another day (or no longer a touch) may no
            // longer fulfil the plans it closed, or may fulfil others.
            if patch.at.is_some_and(|w| w.to_stored() != old.at)
                || patch.kind.is_some_and(|k| k != old.kind)
            {
                reconsider_plans(tx, &old.id)?;
            }
            refresh_last_touch(tx, &old.client_id)
        })?;
        self.entry(id)
    }

    /// Hide an entry (it stays in the book and can be restored).
    pub fn delete_entry(&mut self, id: &str) -> Result<Interaction> {
        self.set_deleted(id, true)
    }

    /// Bring a hidden entry back.
    pub fn restore_entry(&mut self, id: &str) -> Result<Interaction> {
        self.set_deleted(id, false)
    }

    fn set_deleted(&mut self, id: &str, deleted: bool) -> Result<Interaction> {
        let entry = self.entry(id)?;
        // An entry that stands for a complaint or an order changes with it.
        let owner = self
            .entry_owner(&entry.id)?
            .map(|r| (r.what(), r.key().to_string()));
        if let Some((what, record)) = owner {
            let verb = if deleted { "delete" } else { "restore" };
            return Err(InputError::new(
                "ID",
                entry.id.as_str(),
                crate::t!(
                    "accepted-entry-of-its-own",
                    thing = crate::i18n::tr(&format!("thing-{what}")),
                    what = what,
                    verb = verb,
                    record = record.as_str()
                ),
            )
            .into());
        }
        self.write(|tx| hide_entry(tx, &entry.id, deleted))?;
        Ok(entry)
    }

    /// The record an entry stands for (an order, an invoice's issue or
    /// payment, a complaint or one of its steps), if any: such an entry is
    /// changed through its record.
    pub fn entry_owner(&self, entry_id: &str) -> Result<Option<RecordRef>> {
        let found: Option<(String, String)> = self
            .conn()
            .query_row(
                "SELECT 'order', id FROM orders WHERE entry_id = ?1
                 UNION ALL SELECT 'complaint', id FROM complaints WHERE entry_id = ?1
                 UNION ALL SELECT 'complaint', complaint_id FROM complaint_steps WHERE entry_id = ?1
                 UNION ALL SELECT 'invoice', number FROM invoices WHERE entry_id = ?1 OR paid_entry_id = ?1
                 LIMIT 1",
                [entry_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(found.map(|(what, key)| match what.as_str() {
            "order" => RecordRef::Order(key),
            "invoice" => RecordRef::Invoice(key),
            _ => RecordRef::Complaint(key),
        }))
    }

    /// The timeline entry that stands for a record (an order, an invoice's
    /// issue, a complaint), so the UI can select it after saving.
    pub fn entry_of(&self, record: &RecordRef) -> Result<Option<String>> {
        let sql = match record {
            RecordRef::Order(_) => "SELECT entry_id FROM orders WHERE id = ?1",
            RecordRef::Invoice(_) => "SELECT entry_id FROM invoices WHERE number = ?1",
            RecordRef::Complaint(_) => "SELECT entry_id FROM complaints WHERE id = ?1",
        };
        Ok(self
            .conn()
            .query_row(sql, [record.key()], |r| r.get::<_, Option<String>>(0))
            .optional()?
            .flatten())
    }

    /// A page of a client's visible timeline, newest first, after `cursor`.
    pub fn timeline(
        &self,
        client_id: &str,
        after: Option<&TimelineCursor>,
        limit: u64,
    ) -> Result<Vec<Interaction>> {
        let sql = format!(
            "SELECT {ENTRY_COLS} FROM interactions i LEFT JOIN contacts ct ON ct.id = i.contact_id
             WHERE i.client_id = ?1 AND i.deleted_at IS NULL AND (?2 IS NULL OR (i.at, i.id) < (?2, ?3))
             ORDER BY i.at DESC, i.id DESC LIMIT ?4"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![
                client_id,
                after.map(|c| &c.at),
                after.map(|c| &c.id),
                limit as i64
            ],
            entry_from_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// An entry's earlier versions, oldest first: when each was replaced,
    /// its summary as a person reads it (an event in the language in
    /// force), its details.
    pub fn entry_versions(&self, id: &str) -> Result<Vec<(String, String, String)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT replaced_at, summary, details, event FROM interaction_versions WHERE interaction_id = ?1 ORDER BY version",
        )?;
        let rows = stmt.query_map([id], |r| {
            let summary: String = r.get(1)?;
            let event: Option<String> = r.get(3)?;
            let shown = match event.as_deref().map(EntryEvent::from_stored) {
                Some(Ok(e)) => e.render(&summary),
                _ => summary,
            };
            Ok((r.get(0)?, shown, r.get(2)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Book {
    /// Touches of a client per week for the `weeks` weeks ending with `today`, oldest first.
    pub fn weekly_touches(
        &self,
        client_id: &str,
        today: NaiveDate,
        weeks: u32,
    ) -> Result<Vec<u64>> {
        let start = today - chrono::Days::new(u64::from(weeks) * 7 - 1);
        let mut counts = vec![0u64; weeks as usize];
        let mut stmt = self.conn().prepare_cached(
            "SELECT substr(at, 1, 10) FROM interactions
             WHERE client_id = ?1 AND deleted_at IS NULL AND kind IN ('call', 'meeting', 'visit', 'email', 'message')
               AND at >= ?2 AND at < ?3",
        )?;
        let rows = stmt.query_map(
            params![
                client_id,
                start.to_string(),
                (today + chrono::Days::new(1)).to_string()
            ],
            |r| r.get::<_, String>(0),
        )?;
        for row in rows {
            if let Ok(d) = NaiveDate::parse_from_str(&row?, "%Y-%m-%d") {
                let week = ((d - start).num_days() / 7) as usize;
                if let Some(c) = counts.get_mut(week) {
                    *c += 1;
                }
            }
        }
        Ok(counts)
    }
}

/// Write a timeline entry inside a transaction: check the contact belongs
/// to the client, index it, close the planned touches a touch fulfils, and
/// keep the client's last touch up to date. Complaints and orders use it too.
pub(crate) fn insert_entry(
    tx: &Transaction,
    client_id: &str,
    new: &NewInteraction,
) -> Result<String> {
    insert_event_entry(tx, client_id, new, None)
}

/// Write an entry that stands for a record (an order, an invoice, a
/// complaint's step): `event` says what happened, as data.
pub(crate) fn insert_event_entry(
    tx: &Transaction,
    client_id: &str,
    new: &NewInteraction,
    event: Option<&EntryEvent>,
) -> Result<String> {
    if let Some(contact) = &new.contact {
        let owner: Option<String> = tx
            .query_row(
                "SELECT client_id FROM contacts WHERE id = ?1",
                [contact],
                |r| r.get(0),
            )
            .optional()?;
        if owner.as_deref() != Some(client_id) {
            return Err(InputError::new(
                "contact",
                contact.as_str(),
                crate::t!("accepted-contact-of-client"),
            )
            .into());
        }
    }
    let id = new_id();
    tx.prepare_cached("INSERT INTO interactions (id, client_id, kind, direction, at, contact_id, summary, details, logged_at, logged_by, event)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,
                 coalesce((SELECT value FROM settings WHERE key = 'manager_name'), ''), ?10)")?.execute(
        params![
            id, client_id, new.kind.as_str(), new.direction.as_str(), new.at.to_stored(),
            new.contact, new.summary, new.details, stamp(), event.map(EntryEvent::to_stored)
        ],
    )?;
    index_entry(tx, &id)?;
    close_fulfilled(tx, &id)?;
    refresh_last_touch(tx, client_id)?;
    Ok(id)
}

/// Keep an entry as it is now among its versions, before it changes.
pub(crate) fn keep_entry_version(tx: &Transaction, id: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO interaction_versions (interaction_id, version, kind, direction, at, contact_id, summary, details, replaced_at, event)
         SELECT id, (SELECT count(*) + 1 FROM interaction_versions WHERE interaction_id = ?1),
                kind, direction, at, contact_id, summary, details, ?2, event
         FROM interactions WHERE id = ?1",
        params![id, stamp()],
    )?;
    Ok(())
}

/// Rewrite the date, summary and event of an entry that stands for a record
/// (an order, a complaint) after the record changed, keeping its previous
/// version. `event: None` leaves the entry's event as it is.
pub(crate) fn rewrite_entry(
    tx: &Transaction,
    id: &str,
    at: &str,
    summary: &str,
    event: Option<&EntryEvent>,
) -> Result<()> {
    let event = event.map(EntryEvent::to_stored);
    let same: bool = tx.query_row(
        "SELECT at = ?2 AND summary = ?3 AND coalesce(?4 = event, ?4 IS NULL) FROM interactions WHERE id = ?1",
        params![id, at, summary, event],
        |r| r.get(0),
    )?;
    if same {
        return Ok(());
    }
    tx.execute(
        "INSERT INTO interaction_versions (interaction_id, version, kind, direction, at, contact_id, summary, details, replaced_at, event)
         SELECT id, (SELECT count(*) + 1 FROM interaction_versions WHERE interaction_id = ?1),
                kind, direction, at, contact_id, summary, details, ?2, event
         FROM interactions WHERE id = ?1",
        params![id, stamp()],
    )?;
    tx.execute(
        "UPDATE interactions SET at = ?2, summary = ?3, edited_at = ?4, event = coalesce(?5, event) WHERE id = ?1",
        params![id, at, summary, stamp(), event],
    )?;
    index_entry(tx, id)?;
    let client: String = tx.query_row(
        "SELECT client_id FROM interactions WHERE id = ?1",
        [id],
        |r| r.get(0),
    )?;
    refresh_last_touch(tx, &client)
}

/// Hide or show an entry with everything that follows from it: the search
/// index, the plans it fulfilled, the client's last touch.
pub(crate) fn hide_entry(tx: &Transaction, id: &str, hidden: bool) -> Result<()> {
    tx.execute(
        "UPDATE interactions SET deleted_at = CASE WHEN ?2 THEN coalesce(deleted_at, ?3) END WHERE id = ?1",
        params![id, hidden, stamp()],
    )?;
    index_entry(tx, id)?;
    reconsider_plans(tx, id)?;
    let client: String = tx.query_row(
        "SELECT client_id FROM interactions WHERE id = ?1",
        [id],
        |r| r.get(0),
    )?;
    refresh_last_touch(tx, &client)
}

/// Keep `clients.last_touch_on` equal to the date of the newest visible touch.
/// The partial index `interactions_touches` makes this one index probe
/// (written as ORDER BY … LIMIT 1: a ranged max() is not always one seek).
pub(crate) fn refresh_last_touch(tx: &Transaction, client_id: &str) -> Result<()> {
    tx.prepare_cached(
        "UPDATE clients SET last_touch_on = substr((SELECT at FROM interactions
             WHERE client_id = ?1 AND deleted_at IS NULL
               AND kind IN ('call', 'meeting', 'visit', 'email', 'message')
             ORDER BY at DESC LIMIT 1), 1, 10)
         WHERE id = ?1",
    )?
    .execute([client_id])?;
    Ok(())
}

/// Rewrite an entry's row in the search index (summary, details, contact
/// name); a hidden entry is taken out of it.
pub(crate) fn index_entry(tx: &Transaction, id: &str) -> Result<()> {
    use rusqlite::OptionalExtension;
    let seq: i64 = tx
        .prepare_cached("SELECT seq FROM interactions WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?;
    tx.prepare_cached("DELETE FROM search_entries WHERE rowid = ?1")?
        .execute([seq])?;
    let body: Option<String> = tx
        .prepare_cached(&format!("{} AND i.id = ?1", super::search::ENTRY_TEXT))?
        .query_row([id], |r| r.get(1))
        .optional()?;
    if let Some(body) = body {
        tx.prepare_cached("INSERT INTO search_entries (rowid, body) VALUES (?1, ?2)")?
            .execute(params![seq, fold(&body)])?;
    }
    Ok(())
}

/// After migration 10: the entries earlier versions wrote as English prose
/// for orders, invoices and complaints' steps become events, their values
/// read from the records they stand for (the prose only repeated those), the
/// summary keeping the person's words. Reopenings, which no record points
/// at, are known by their prose. Old versions of entries stay as written.
pub(crate) fn events_from_prose(tx: &Transaction) -> Result<()> {
    use crate::domain::{OrderStatus, Severity};
    /// An entry's id, its summary from now on, and what it records.
    type Found = (String, String, Option<EntryEvent>);
    let mut found: Vec<Found> = Vec::new();
    let mut read = |sql: &str, make: &dyn Fn(&Row) -> rusqlite::Result<Found>| -> Result<()> {
        let mut stmt = tx.prepare(sql)?;
        for row in stmt.query_map([], |r| make(r))? {
            found.push(row?);
        }
        Ok(())
    };
    let day = |s: String| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok();
    read(
        "SELECT entry_id, title, amount_minor, currency, status FROM orders WHERE entry_id IS NOT NULL",
        &|r| {
            let status = OrderStatus::parse(&r.get::<_, String>(4)?).ok();
            Ok((
                r.get(0)?,
                r.get(1)?,
                status.map(|status| EntryEvent::Order {
                    status,
                    amount_minor: r.get(2).ok().flatten(),
                    currency: r.get(3).unwrap_or_default(),
                }),
            ))
        },
    )?;
    read(
        "SELECT entry_id, number, amount_minor, currency, due_on FROM invoices WHERE entry_id IS NOT NULL",
        &|r| {
            // An amount or a day that is no amount or day (outside SQL)
            // makes no event: the entry keeps its prose.
            let due = day(r.get(4)?);
            let amount = r.get::<_, i64>(2).ok();
            Ok((
                r.get(0)?,
                r.get(1)?,
                due.zip(amount)
                    .map(|(due_on, amount_minor)| EntryEvent::InvoiceIssued {
                        amount_minor,
                        currency: r.get(3).unwrap_or_default(),
                        due_on,
                    }),
            ))
        },
    )?;
    read(
        "SELECT paid_entry_id, number, amount_minor, currency FROM invoices WHERE paid_entry_id IS NOT NULL",
        &|r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get::<_, i64>(2)
                    .ok()
                    .map(|amount_minor| EntryEvent::InvoicePaid {
                        amount_minor,
                        currency: r.get(3).unwrap_or_default(),
                    }),
            ))
        },
    )?;
    read(
        "SELECT entry_id, summary, department, severity FROM complaints WHERE entry_id IS NOT NULL",
        &|r| {
            let severity = Severity::parse(&r.get::<_, String>(3)?).ok();
            Ok((
                r.get(0)?,
                r.get(1)?,
                severity.map(|severity| EntryEvent::ComplaintOpened {
                    department: r.get(2).unwrap_or_default(),
                    severity,
                }),
            ))
        },
    )?;
    read(
        "SELECT s.entry_id, s.step, s.to_whom, s.note, k.summary
         FROM complaint_steps s JOIN complaints k ON k.id = s.complaint_id WHERE s.entry_id IS NOT NULL",
        &|r| {
            let step: String = r.get(1)?;
            Ok(match step.as_str() {
                "escalated" => (r.get(0)?, r.get(4)?, Some(EntryEvent::ComplaintEscalated { to: r.get(2)? })),
                "resolved" => (r.get(0)?, r.get(3)?, Some(EntryEvent::ComplaintResolved)),
                _ => (r.get(0)?, String::new(), None),
            })
        },
    )?;
    read(
        "SELECT id, substr(summary, 21) FROM interactions
         WHERE kind = 'internal' AND event IS NULL AND summary LIKE 'Complaint reopened: %'",
        &|r| Ok((r.get(0)?, r.get(1)?, Some(EntryEvent::ComplaintReopened))),
    )?;
    for (id, summary, event) in found {
        // An event whose values would not pass `check` (a book damaged by
        // outside SQL) leaves the entry's prose as it was.
        let Some(event) = event.filter(|e| EntryEvent::from_stored(&e.to_stored()).is_ok()) else {
            continue;
        };
        // The search index is rebuilt after this.
        tx.execute(
            "UPDATE interactions SET summary = ?2, event = ?3 WHERE id = ?1 AND event IS NULL",
            params![id, summary, event.to_stored()],
        )?;
    }
    Ok(())
}
