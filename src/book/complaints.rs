//! Complaints: the client's voice inside the company. Opened, escalated (to
//! whom, when, why; possibly again) and resolved, each step also an entry on
//! the client's timeline.

use super::interactions::{hide_entry, insert_event_entry, rewrite_entry};
use super::versions::keep_version;
use super::{Book, BookError, Result, stamp};
use crate::dates::When;
use crate::domain::{
    Complaint, ComplaintPatch, ComplaintStatus, Direction, EntryEvent, Escalation, InputError,
    Kind, NewComplaint, NewInteraction, Severity,
};
use crate::text::fold;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

const COMPLAINT_COLS: &str =
    "k.id, k.client_id, c.name, k.opened_at, ct.name, k.department, k.severity, k.summary,
    k.status, k.resolved_at, k.resolution,
    (SELECT s.to_whom || char(31) || s.at || char(31) || coalesce(s.due_on, '') FROM complaint_steps s
      WHERE s.complaint_id = k.id AND s.step = 'escalated' ORDER BY s.at DESC, s.rowid DESC LIMIT 1)";
const COMPLAINT_FROM: &str = "FROM complaints k JOIN clients c ON c.id = k.client_id LEFT JOIN contacts ct ON ct.id = k.contact_id";

fn complaint_from_row(r: &Row) -> rusqlite::Result<Complaint> {
    let bad = |i, e: InputError| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    };
    Ok(Complaint {
        id: r.get(0)?,
        client_id: r.get(1)?,
        client: r.get(2)?,
        opened_at: r.get(3)?,
        contact: r.get(4)?,
        department: r.get(5)?,
        severity: Severity::parse(&r.get::<_, String>(6)?).map_err(|e| bad(6, e))?,
        summary: r.get(7)?,
        status: ComplaintStatus::parse(&r.get::<_, String>(8)?).map_err(|e| bad(8, e))?,
        resolved_at: r.get(9)?,
        resolution: r.get(10)?,
        escalation: {
            let status = r.get::<_, String>(8)?;
            r.get::<_, Option<String>>(11)?
                .filter(|_| status == "escalated")
                .and_then(|s| {
                    let mut parts = s.split('\u{1f}');
                    Some(Escalation {
                        to: parts.next()?.to_string(),
                        since: parts.next()?.to_string(),
                        by: parts
                            .next()
                            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
                    })
                })
        },
    })
}

/// What a complaint's opening entry records (its summary is the complaint's text).
fn opened_event(department: &str, severity: Severity) -> EntryEvent {
    EntryEvent::ComplaintOpened {
        department: department.to_string(),
        severity,
    }
}

/// One step of a complaint's history.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ComplaintStep {
    pub at: String,
    pub step: String,
    pub to_whom: String,
    pub note: String,
    /// An escalation's "by when", if one was given.
    pub due_on: Option<String>,
}

impl Book {
    /// Record a complaint and its timeline entry, in one transaction.
    pub fn add_complaint(&mut self, client_id: &str, new: &NewComplaint) -> Result<Complaint> {
        let id = super::new_id();
        self.write(|tx| {
            let entry = insert_event_entry(
                tx,
                client_id,
                &NewInteraction {
                    kind: new.via.filter(|k| k.is_touch()).unwrap_or(Kind::Complaint),
                    direction: Direction::Inbound,
                    at: new.at,
                    contact: new.contact.clone(),
                    summary: new.summary.clone(),
                    details: String::new(),
                },
                Some(&opened_event(&new.department, new.severity)),
            )?;
            tx.execute(
                "INSERT INTO complaints (id, client_id, opened_at, contact_id, department, severity, summary, entry_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    id, client_id, new.at.to_stored(), new.contact, new.department, new.severity.as_str(), new.summary, entry
                ],
            )?;
            Ok(())
        })?;
        self.complaint(&id)
    }

    pub fn complaint(&self, id: &str) -> Result<Complaint> {
        self.conn()
            .query_row(
                &format!("SELECT {COMPLAINT_COLS} {COMPLAINT_FROM} WHERE k.id = ?1"),
                [id.trim()],
                complaint_from_row,
            )
            .optional()?
            .ok_or_else(|| BookError::NotFound {
                what: "complaint",
                query: id.to_string(),
            })
    }

    /// Hand a complaint on to someone inside the company (again, if need be).
    pub fn escalate_complaint(
        &mut self,
        id: &str,
        to: &str,
        note: &str,
        at: When,
    ) -> Result<Complaint> {
        self.complaint_step(id, ComplaintStatus::Escalated, to, note, at, None)
    }

    /// Escalate with a "by when": an escalation past it is flagged.
    pub fn escalate_complaint_by(
        &mut self,
        id: &str,
        to: &str,
        note: &str,
        at: When,
        by: Option<NaiveDate>,
    ) -> Result<Complaint> {
        if let Some(by) = by.filter(|b| *b < at.date) {
            return Err(InputError::new(
                "by",
                by.to_string(),
                crate::t!("accepted-by-after-escalation"),
            )
            .into());
        }
        self.complaint_step(id, ComplaintStatus::Escalated, to, note, at, by)
    }

    /// Close a complaint with what was done about it.
    pub fn resolve_complaint(&mut self, id: &str, resolution: &str, at: When) -> Result<Complaint> {
        self.complaint_step(id, ComplaintStatus::Resolved, "", resolution, at, None)
    }

    /// Correct what a complaint says: its text, department, severity. The
    /// previous version is kept; its opening entry is rewritten to match.
    pub fn edit_complaint(&mut self, id: &str, patch: &ComplaintPatch) -> Result<Complaint> {
        let k = self.complaint(id)?;
        let summary = patch.summary.clone().unwrap_or_else(|| k.summary.clone());
        let department = patch
            .department
            .clone()
            .unwrap_or_else(|| k.department.clone());
        let severity = patch.severity.unwrap_or(k.severity);
        if (&summary, &department, severity) == (&k.summary, &k.department, k.severity) {
            return Ok(k);
        }
        self.write(|tx| {
            keep_version(tx, "complaints", &k.id)?;
            tx.execute(
                "UPDATE complaints SET summary = ?2, department = ?3, severity = ?4 WHERE id = ?1",
                params![k.id, summary, department, severity.as_str()],
            )?;
            let entry: Option<String> = tx.query_row(
                "SELECT entry_id FROM complaints WHERE id = ?1",
                [&k.id],
                |r| r.get(0),
            )?;
            if let Some(e) = entry {
                rewrite_entry(
                    tx,
                    &e,
                    &k.opened_at,
                    &summary,
                    Some(&opened_event(&department, severity)),
                )?;
            }
            Ok(())
        })?;
        self.complaint(&k.id)
    }

    /// Reopen a resolved complaint (the client says it is not over): it is
    /// escalated again if it was escalated before, else open.
    pub fn reopen_complaint(&mut self, id: &str, at: When, why: &str) -> Result<Complaint> {
        let k = self.complaint(id)?;
        if k.status != ComplaintStatus::Resolved {
            return Err(InputError::new("ID", id, crate::t!("accepted-resolved-complaint")).into());
        }
        self.write(|tx| {
            keep_version(tx, "complaints", &k.id)?;
            insert_event_entry(
                tx,
                &k.client_id,
                &NewInteraction {
                    kind: Kind::Internal,
                    direction: Direction::Outbound,
                    at,
                    contact: None,
                    summary: k.summary.clone(),
                    details: why.to_string(),
                },
                Some(&EntryEvent::ComplaintReopened),
            )?;
            tx.execute(
                "UPDATE complaints SET resolved_at = NULL, resolution = '',
                        status = CASE WHEN EXISTS (SELECT 1 FROM complaint_steps WHERE complaint_id = ?1 AND step = 'escalated')
                                      THEN 'escalated' ELSE 'open' END
                 WHERE id = ?1",
                [&k.id],
            )?;
            Ok(())
        })?;
        self.complaint(&k.id)
    }

    /// Delete a complaint recorded by mistake (hidden with its entries), or bring it back.
    pub fn set_complaint_deleted(&mut self, id: &str, deleted: bool) -> Result<Complaint> {
        let k = self.complaint(id)?;
        let is_deleted: bool = self.conn().query_row(
            "SELECT deleted_at IS NOT NULL FROM complaints WHERE id = ?1",
            [&k.id],
            |r| r.get(0),
        )?;
        if is_deleted == deleted {
            let state = if deleted {
                "accepted-complaint-not-deleted"
            } else {
                "accepted-complaint-deleted"
            };
            return Err(InputError::new("ID", id, crate::i18n::tr(state)).into());
        }
        self.write(|tx| {
            keep_version(tx, "complaints", &k.id)?;
            tx.execute(
                "UPDATE complaints SET deleted_at = CASE WHEN ?2 THEN ?3 END WHERE id = ?1",
                params![k.id, deleted, stamp()],
            )?;
            let entries: Vec<String> = {
                let mut stmt = tx.prepare(
                    "SELECT entry_id FROM complaints WHERE id = ?1 AND entry_id IS NOT NULL
                     UNION ALL SELECT entry_id FROM complaint_steps WHERE complaint_id = ?1 AND entry_id IS NOT NULL",
                )?;
                let rows = stmt.query_map([&k.id], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for e in &entries {
                hide_entry(tx, e, deleted)?;
            }
            Ok(())
        })?;
        self.complaint(&k.id)
    }

    fn complaint_step(
        &mut self,
        id: &str,
        step: ComplaintStatus,
        to: &str,
        note: &str,
        at: When,
        by: Option<NaiveDate>,
    ) -> Result<Complaint> {
        let k = self.complaint(id)?;
        if k.status == ComplaintStatus::Resolved {
            return Err(
                InputError::new("ID", id, crate::t!("accepted-unresolved-complaint")).into(),
            );
        }
        if When::from_stored(&k.opened_at).is_some_and(|opened| at.date < opened.date) {
            return Err(InputError::new(
                "at",
                at.to_stored(),
                crate::t!(
                    "accepted-after-opened",
                    opened = crate::i18n::moment(&k.opened_at)
                ),
            )
            .into());
        }
        self.write(|tx| {
            // A resolution reads as its note (the complaint in the details);
            // an escalation as the complaint (its note in the details).
            let (summary, details, event) = match step {
                ComplaintStatus::Resolved => (note.to_string(), k.summary.clone(), EntryEvent::ComplaintResolved),
                _ => (k.summary.clone(), note.to_string(), EntryEvent::ComplaintEscalated { to: to.to_string() }),
            };
            let entry = insert_event_entry(
                tx,
                &k.client_id,
                &NewInteraction { kind: Kind::Internal, direction: Direction::Outbound, at, contact: None, summary, details },
                Some(&event),
            )?;
            tx.execute(
                "INSERT INTO complaint_steps (id, complaint_id, at, step, to_whom, note, entry_id, due_on) VALUES (?7, ?1, ?2, ?3, ?4, ?5, ?6, ?8)",
                params![k.id, at.to_stored(), step.as_str(), to, note, entry, super::new_id(), by.map(|d| d.to_string())],
            )?;
            if step == ComplaintStatus::Resolved {
                tx.execute(
                    "UPDATE complaints SET status = 'resolved', resolved_at = ?2, resolution = ?3 WHERE id = ?1",
                    params![k.id, at.to_stored(), note],
                )?;
            } else {
                tx.execute("UPDATE complaints SET status = 'escalated' WHERE id = ?1", [&k.id])?;
            }
            Ok(())
        })?;
        self.complaint(&k.id)
    }

    /// Every complaint, or the unresolved ones, oldest first; a department's
    /// only when one is named (in any case and script).
    pub fn complaints(&self, open_only: bool, department: Option<&str>) -> Result<Vec<Complaint>> {
        self.complaints_first(open_only, department, u64::MAX >> 1)
    }

    /// The first `limit` of those: read from an index in their order, so the
    /// cost is that of the rows returned, whatever the book's size.
    pub fn complaints_first(
        &self,
        open_only: bool,
        department: Option<&str>,
        limit: u64,
    ) -> Result<Vec<Complaint>> {
        self.complaints_from(open_only, department, None, limit)
    }

    /// The next `limit` in the same order after the complaint `after` (its
    /// id): a view reads on page by page, each page from where the last
    /// ended in the index, so a page deep in the list costs what it shows.
    pub fn complaints_after(
        &self,
        open_only: bool,
        after: &str,
        limit: u64,
    ) -> Result<Vec<Complaint>> {
        self.complaints_from(open_only, None, Some(after), limit)
    }

    fn complaints_from(
        &self,
        open_only: bool,
        department: Option<&str>,
        after: Option<&str>,
        limit: u64,
    ) -> Result<Vec<Complaint>> {
        // Two shapes, each read in order from its index (migration 12),
        // named: an analysed book's statistics can lead the planner to the
        // status index and a sort of every open complaint.
        let (index, filter) = if open_only {
            (
                "complaints_open_in_order",
                "k.status IN ('open', 'escalated') AND k.deleted_at IS NULL",
            )
        } else {
            ("complaints_in_order", "k.deleted_at IS NULL")
        };
        let from = COMPLAINT_FROM.replacen(
            "complaints k",
            &format!("complaints k INDEXED BY {index}"),
            1,
        );
        // After a complaint: a range of the same index, from its place on.
        let from_place = if after.is_some() {
            " AND (k.opened_at, k.seq) > (SELECT opened_at, seq FROM complaints WHERE id = ?1)"
        } else {
            ""
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COMPLAINT_COLS} {from} WHERE {filter}{from_place} ORDER BY k.opened_at, k.seq"
        ))?;
        // SQLite folds ASCII only: the department is compared folded here,
        // and the scan stops as soon as the page is full.
        let wanted = department.map(fold);
        let mut out = Vec::new();
        let mut rows = match after {
            Some(id) => stmt.query([id])?,
            None => stmt.query([])?,
        };
        while (out.len() as u64) < limit {
            let Some(r) = rows.next()? else { break };
            let k = complaint_from_row(r)?;
            if wanted.as_ref().is_none_or(|d| fold(&k.department) == *d) {
                out.push(k);
            }
        }
        Ok(out)
    }

    /// A client's unresolved complaints, oldest first.
    pub fn open_complaints(&self, client_id: &str) -> Result<Vec<Complaint>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COMPLAINT_COLS} {COMPLAINT_FROM} WHERE k.client_id = ?1 AND k.status <> 'resolved' AND k.deleted_at IS NULL ORDER BY k.opened_at"
        ))?;
        let rows = stmt.query_map([client_id], complaint_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The steps of a complaint, in order.
    pub fn complaint_steps(&self, id: &str) -> Result<Vec<ComplaintStep>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT at, step, to_whom, note, due_on FROM complaint_steps WHERE complaint_id = ?1 ORDER BY at, rowid")?;
        let rows = stmt.query_map([id], |r| {
            Ok(ComplaintStep {
                at: r.get(0)?,
                step: r.get(1)?,
                to_whom: r.get(2)?,
                note: r.get(3)?,
                due_on: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many complaints are open in the whole book (counted in the
    /// index of open ones).
    pub fn count_open_complaints(&self) -> Result<u64> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM complaints INDEXED BY complaints_open_in_order
             WHERE status IN ('open', 'escalated') AND deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?)
    }

    /// Departments named before, most used first (for completion): of the
    /// latest complaints only, so the cost stays that of a page; spellings
    /// that differ only in case or ё count as one, the latest spelling kept.
    pub fn departments(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT department FROM complaints WHERE deleted_at IS NULL ORDER BY opened_at DESC LIMIT 2000",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut seen: Vec<(String, String, u64)> = Vec::new();
        let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for name in rows {
            let name = name?;
            let key = fold(&name);
            match at.get(&key) {
                Some(&i) => seen[i].2 += 1,
                None => {
                    at.insert(key.clone(), seen.len());
                    seen.push((key, name, 1));
                }
            }
        }
        seen.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        Ok(seen.into_iter().map(|(_, name, _)| name).collect())
    }
}
