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
    /// Rows taken in before by their id that a newer file changed: their
    /// records were updated (the old versions are kept).
    pub updated: u64,
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
            let seen: Option<(String, String)> = tx
                .prepare_cached(
                    "SELECT row_hash, records FROM imported_rows WHERE source_key = ?1",
                )?
                .query_row([&row.key], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            if let Some((hash, records)) = seen {
                if hash == row.hash || hash.is_empty() {
                    out.already += 1;
                } else {
                    // The same row (by its id) in a newer file, changed.
                    update_from(&tx, row, &records)?;
                    let client: String = tx
                        .prepare_cached(
                            "SELECT client_id FROM imported_rows WHERE source_key = ?1",
                        )?
                        .query_row([&row.key], |r| r.get(0))?;
                    update_client(&tx, row, &client)?;
                    tx.prepare_cached(
                        "UPDATE imported_rows SET row_hash = ?2 WHERE source_key = ?1",
                    )?
                    .execute(params![row.key, row.hash])?;
                    out.updated += 1;
                }
                continue;
            }
            let mut wrote = serde_json::Map::new();
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
                let id = match found {
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
                };
                wrote.insert("contact".into(), id.clone().into());
                contact_id = Some(id);
            }
            let mut earliest = if adds_history { None } else { row.date };
            if let Some(e) = &row.entry {
                let mut e = e.clone();
                e.contact = contact_id.clone();
                let id = insert_entry(&tx, &client_id, &e)?;
                // Who logged it, as the file says: a handed-over history
                // keeps its authors.
                if !row.logged_by.is_empty() {
                    tx.prepare_cached("UPDATE interactions SET logged_by = ?2 WHERE id = ?1")?
                        .execute(params![id, row.logged_by])?;
                }
                wrote.insert("entry".into(), id.into());
                out.entries += 1;
                earliest = Some(e.at.date);
            }
            if let Some(o) = &row.order {
                let id = super::commerce::insert_order(&tx, &client_id, o)?;
                wrote.insert("order".into(), id.into());
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
                wrote.insert("invoice".into(), id.into());
                out.invoices += 1;
                earliest = Some(
                    earliest.map_or(inv.issued_on, |d: chrono::NaiveDate| d.min(inv.issued_on)),
                );
            }
            if let Some((plan, status)) = &row.plan {
                let id = super::plans::insert_plan(&tx, &client_id, plan)?;
                wrote.insert("plan".into(), id.clone().into());
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
            tx.prepare_cached(
                "INSERT INTO imported_rows (source_key, client_id, imported_at, row_hash, records)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                row.key,
                client_id,
                stamp(),
                row.hash,
                serde_json::Value::Object(wrote).to_string()
            ])?;
            out.rows += 1;
        }
        if !out.unknown_clients.is_empty() {
            let (line, name) = &out.unknown_clients[0];
            return Err(BookError::AtLine {
                file: None,
                line: *line,
                error: InputError::new(
                    "client",
                    name.as_str(),
                    crate::t!(
                        "import-unknown-client",
                        more = out.unknown_clients.len() - 1
                    ),
                ),
            });
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
        BookError::Invalid(error) => BookError::AtLine {
            file: None,
            line,
            error,
        },
        other => other,
    }
}

/// Bring what a row wrote up to date with the row as a newer file has it:
/// an entry's kind, day and text, an order's title, amount and stage, an
/// invoice's amount, dates and payment, a contact's role, phones and
/// e-mails, a plan's day, purpose and kind. Each keeps its previous version;
/// timeline entries follow.
fn update_from(tx: &rusqlite::Transaction, row: &Row, records: &str) -> Result<()> {
    use super::versions::keep_version;
    let records: serde_json::Value = serde_json::from_str(records).unwrap_or_default();
    let id = |k: &str| records.get(k).and_then(|v| v.as_str()).map(str::to_string);
    if let (Some(o), Some(id)) = (&row.order, id("order")) {
        keep_version(tx, "orders", &id)?;
        tx.execute(
            "UPDATE orders SET at = ?2, title = ?3, amount_minor = ?4, currency = ?5, status = ?6 WHERE id = ?1",
            params![id, o.at.to_stored(), o.title, o.amount_minor, o.currency, o.status.as_str()],
        )?;
        let entry: Option<String> =
            tx.query_row("SELECT entry_id FROM orders WHERE id = ?1", [&id], |r| {
                r.get(0)
            })?;
        if let Some(entry) = entry {
            super::interactions::rewrite_entry(
                tx,
                &entry,
                &o.at.to_stored(),
                &o.title,
                Some(&super::commerce::order_event(
                    o.amount_minor,
                    &o.currency,
                    o.status,
                )),
            )?;
        }
    }
    if let (Some((inv, paid)), Some(id)) = (&row.invoice, id("invoice")) {
        keep_version(tx, "invoices", &id)?;
        tx.execute(
            "UPDATE invoices SET amount_minor = ?2, currency = ?3, issued_on = ?4, due_on = ?5 WHERE id = ?1",
            params![id, inv.amount_minor, inv.currency, inv.issued_on.to_string(), inv.due_on.to_string()],
        )?;
        let (entry, paid_on): (Option<String>, Option<String>) = tx.query_row(
            "SELECT entry_id, paid_on FROM invoices WHERE id = ?1",
            [&id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if let Some(entry) = entry {
            super::interactions::rewrite_entry(
                tx,
                &entry,
                &inv.issued_on.to_string(),
                &inv.number,
                Some(&super::commerce::issued_event(
                    inv.amount_minor,
                    &inv.currency,
                    inv.due_on,
                )),
            )?;
        }
        if let (Some(on), None) = (paid, paid_on) {
            super::commerce::insert_payment(tx, &id, *on)?;
        }
    }
    if let (Some(e), Some(id)) = (&row.entry, id("entry")) {
        // The old entry is kept among its versions, as `entry edit` does.
        super::interactions::keep_entry_version(tx, &id)?;
        let client: String = tx.query_row(
            "SELECT client_id FROM interactions WHERE id = ?1",
            [&id],
            |r| r.get(0),
        )?;
        tx.execute(
            "UPDATE interactions SET kind = ?2, direction = ?3, at = ?4, summary = ?5, details = ?6, edited_at = ?7 WHERE id = ?1",
            params![id, e.kind.as_str(), e.direction.as_str(), e.at.to_stored(), e.summary, e.details, stamp()],
        )?;
        super::interactions::index_entry(tx, &id)?;
        super::plans::reconsider_plans(tx, &id)?;
        super::interactions::refresh_last_touch(tx, &client)?;
    }
    if let (Some(c), Some(id)) = (&row.contact, id("contact")) {
        keep_version(tx, "contacts", &id)?;
        tx.execute(
            "UPDATE contacts SET role = ?2, phone = ?3, email = ?4,
                    left_on = coalesce(?5, left_on) WHERE id = ?1",
            params![
                id,
                c.role,
                c.phone,
                c.email,
                row.left_on.map(|d| d.to_string())
            ],
        )?;
        super::contacts::index_contact(tx, &id)?;
    }
    if let (Some((p, _)), Some(id)) = (&row.plan, id("plan")) {
        keep_version(tx, "plans", &id)?;
        tx.execute(
            "UPDATE plans SET due_on = ?2, purpose = ?3, kind = ?4 WHERE id = ?1 AND status = 'open'",
            params![id, p.due.to_string(), p.purpose, p.kind.as_str()],
        )?;
        super::search::index_plan(tx, &id)?;
    }
    Ok(())
}

/// A newer file's values for the client's own fields it gives (tier,
/// status, cadence, industry, city, notes); the old client is kept as a version.
fn update_client(tx: &rusqlite::Transaction, row: &Row, client_id: &str) -> Result<()> {
    if row.client_given.is_empty() {
        return Ok(());
    }
    super::versions::keep_version(tx, "clients", client_id)?;
    let c = &row.client;
    for field in &row.client_given {
        let value: rusqlite::types::Value = match *field {
            "tier" => c.tier.as_str().to_string().into(),
            "status" => c.status.as_str().to_string().into(),
            "cadence_days" => i64::from(c.cadence_days).into(),
            "industry" => c.industry.clone().into(),
            "city" => c.city.clone().into(),
            _ => c.notes.clone().into(),
        };
        // The names come from the list above, never from the file.
        tx.execute(
            &format!("UPDATE clients SET {field} = ?2, updated_at = ?3 WHERE id = ?1"),
            params![client_id, value, stamp()],
        )?;
    }
    super::clients::index_client(tx, client_id)
}
