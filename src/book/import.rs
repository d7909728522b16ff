//! Writing what `touchbase import` read (`crate::import`): in one
//! transaction, clients found by name or added, their contacts, history and
//! orders, each row remembered so the same file twice adds nothing.

use super::clients::index_client;
use super::contacts::index_contact;
use super::interactions::insert_entry;
use super::{Book, BookError, Result, new_id, stamp};
use crate::domain::InputError;
use crate::import::Row;
use crate::text::fold;
use rusqlite::{OptionalExtension, params};

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Imported {
    pub rows: u64,
    pub clients: u64,
    pub contacts: u64,
    pub entries: u64,
    pub orders: u64,
    pub invoices: u64,
    pub plans: u64,
    /// Rows taken in before (their id or their values), left alone.
    pub already: u64,
    /// Rows naming a client the book does not have, without `--create-clients`.
    pub unknown_clients: Vec<(usize, String)>,
}

impl Book {
    /// Take `rows` in, all or nothing; with `dry_run` everything is checked
    /// and counted, then rolled back.
    pub fn import(
        &mut self,
        rows: &[Row],
        create_clients: bool,
        dry_run: bool,
        today: chrono::NaiveDate,
        progress: &mut dyn FnMut(usize),
    ) -> Result<Imported> {
        let mut out = Imported::default();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // Clients this import brings: only their start moves back to their
        // first record (a client already here keeps the day it came).
        let mut created = std::collections::HashSet::new();
        for (n, row) in rows.iter().enumerate() {
            if n > 0 && n % 1000 == 0 {
                progress(n);
            }
            let seen: bool = tx
                .prepare_cached("SELECT count(*) > 0 FROM imported_rows WHERE source_key = ?1")?
                .query_row([&row.key], |r| r.get(0))?;
            if seen {
                out.already += 1;
                continue;
            }
            // The same name, or else the one client with the same own name
            // (`ООО Ромашка` is `ООО «Ромашка»`: quotes and legal forms vary
            // from one program's export to another's).
            let mut existing: Option<String> = tx
                .prepare_cached("SELECT id FROM clients WHERE name_key = ?1")?
                .query_row([fold(&row.client.name)], |r| r.get(0))
                .optional()?;
            if existing.is_none() {
                let same: Vec<String> = tx
                    .prepare_cached("SELECT id FROM clients WHERE sort_key = ?1 LIMIT 2")?
                    .query_map([crate::text::sort_key(&row.client.name)], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                if let [one] = same.as_slice() {
                    existing = Some(one.clone());
                }
            }
            let adds_history = row.entry.is_some()
                || row.order.is_some()
                || row.invoice.is_some()
                || row.plan.is_some();
            let client_id = match existing {
                Some(id) => id,
                None if adds_history && !create_clients => {
                    out.unknown_clients
                        .push((row.line, row.client.name.clone()));
                    continue;
                }
                None => {
                    let id = new_id();
                    let c = &row.client;
                    tx.prepare_cached("INSERT INTO clients (id, name, name_key, tier, cadence_days, status, industry, city, notes, created_on, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")?.execute(
                        params![id, c.name, fold(&c.name), c.tier.as_str(), c.cadence_days, c.status.as_str(), c.industry, c.city, c.notes, today.format("%Y-%m-%d").to_string(), stamp()],
                    )?;
                    index_client(&tx, &id)?;
                    out.clients += 1;
                    created.insert(id.clone());
                    id
                }
            };
            let mut contact_id = None;
            if let Some(ct) = &row.contact {
                let found: Option<String> = tx
                    .query_row(
                        "SELECT id FROM contacts WHERE client_id = ?1 AND name_key = ?2",
                        params![client_id, fold(&ct.name)],
                        |r| r.get(0),
                    )
                    .optional()?;
                contact_id = Some(match found {
                    Some(id) => id,
                    None => {
                        let id = new_id();
                        tx.prepare_cached("INSERT INTO contacts (id, client_id, name, name_key, role, phone, email, note, created_at)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")?.execute(
                            params![id, client_id, ct.name, fold(&ct.name), ct.role, ct.phone, ct.email, ct.note, stamp()],
                        )?;
                        index_contact(&tx, &id)?;
                        if let Some(left) = row.left_on {
                            tx.prepare_cached("UPDATE contacts SET left_on = ?2 WHERE id = ?1")?
                                .execute(params![id, left.to_string()])?;
                        }
                        out.contacts += 1;
                        id
                    }
                });
            }
            let mut earliest = if adds_history { None } else { row.date };
            if let Some(e) = &row.entry {
                let mut e = e.clone();
                e.contact = contact_id.clone();
                insert_entry(&tx, &client_id, &e)?;
                out.entries += 1;
                earliest = Some(e.at.date);
            }
            if let Some(o) = &row.order {
                super::commerce::insert_order(&tx, &client_id, o)?;
                out.orders += 1;
                earliest =
                    Some(earliest.map_or(o.at.date, |d: chrono::NaiveDate| d.min(o.at.date)));
            }
            if let Some((inv, paid)) = &row.invoice {
                let id = super::commerce::insert_invoice(&tx, &client_id, inv)
                    .map_err(|e| at_line(e, row.line))?;
                if let Some(on) = paid {
                    super::commerce::insert_payment(&tx, &id, *on)?;
                }
                out.invoices += 1;
                earliest = Some(
                    earliest.map_or(inv.issued_on, |d: chrono::NaiveDate| d.min(inv.issued_on)),
                );
            }
            if let Some((plan, status)) = &row.plan {
                let id = super::plans::insert_plan(&tx, &client_id, plan)?;
                if *status != crate::domain::PlanStatus::Open {
                    // A done plan points at the touch nearest its due day
                    // (the one that fulfilled it, as far as the file says).
                    let touch: Option<String> = tx
                        .prepare_cached(
                            "SELECT id FROM interactions WHERE client_id = ?1 AND deleted_at IS NULL
                               AND kind IN ('call', 'meeting', 'visit', 'email', 'message')
                             ORDER BY abs(julianday(substr(at, 1, 10)) - julianday(?2)) LIMIT 1",
                        )?
                        .query_row(params![client_id, plan.due.to_string()], |r| r.get(0))
                        .optional()?;
                    let status = match (status, &touch) {
                        (crate::domain::PlanStatus::Done, None) => "cancelled",
                        (s, _) => s.as_str(),
                    };
                    tx.prepare_cached(
                        "UPDATE plans SET status = ?2, done_by = CASE WHEN ?2 = 'done' THEN ?3 END, closed_at = ?4 WHERE id = ?1",
                    )?
                    .execute(params![id, status, touch, stamp()])?;
                }
                out.plans += 1;
            }
            // A client's history may start before it came into the book:
            // reports over past periods then count it.
            if let Some(d) = earliest.filter(|_| created.contains(&client_id)) {
                tx.prepare_cached(
                    "UPDATE clients SET created_on = ?2 WHERE id = ?1 AND created_on > ?2",
                )?
                .execute(params![client_id, d.format("%Y-%m-%d").to_string()])?;
            }
            tx.prepare_cached("INSERT INTO imported_rows (source_key, client_id, imported_at) VALUES (?1, ?2, ?3)")?.execute(
                params![row.key, client_id, stamp()],
            )?;
            out.rows += 1;
        }
        if !out.unknown_clients.is_empty() {
            let (line, name) = &out.unknown_clients[0];
            return Err(BookError::Invalid(InputError::new(
                "client",
                name.as_str(),
                crate::t!(
                    "import-unknown-client",
                    line = *line,
                    more = out.unknown_clients.len() - 1
                ),
            )));
        }
        if dry_run {
            tx.rollback()?;
        } else {
            tx.commit()?;
            super::COMMITTED.store(true, std::sync::atomic::Ordering::SeqCst);
        }
        Ok(out)
    }
}

/// An error of one row, named by its line.
fn at_line(e: BookError, line: usize) -> BookError {
    match e {
        BookError::Invalid(i) => BookError::Invalid(InputError {
            accepted: format!("{} (line {line})", i.accepted),
            ..i
        }),
        other => other,
    }
}
