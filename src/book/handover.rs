//! Handover export: a consistent single-file copy of chosen clients with their
//! whole history, and the record of the handover in both books.

use super::{Access, Book, Result, new_id, stamp};
use crate::domain::{Client, Complaint, Contact, Interaction, Invoice, Order, Plan};
use rusqlite::params;
use std::path::Path;

/// Everything a dossier needs about one client.
pub struct ClientFile {
    pub client: Client,
    pub contacts: Vec<Contact>,
    pub plans: Vec<Plan>,
    pub open_complaints: Vec<Complaint>,
    /// Unpaid invoices, soonest due first.
    pub unpaid: Vec<Invoice>,
    /// The ten newest orders.
    pub orders: Vec<Order>,
    /// The whole visible timeline, newest first.
    pub entries: Vec<Interaction>,
}

/// Who hands over to whom.
pub struct HandoverNote<'a> {
    pub to: &'a str,
    pub note: &'a str,
}

impl Book {
    /// Every visible entry of a client, newest first, read page by page.
    pub fn whole_timeline(&self, client_id: &str) -> Result<Vec<Interaction>> {
        let mut all: Vec<Interaction> = Vec::new();
        loop {
            let after = all.last().map(|e| super::TimelineCursor {
                at: e.at.clone(),
                id: e.id.clone(),
            });
            let page = self.timeline(client_id, after.as_ref(), 1000)?;
            let done = page.len() < 1000;
            all.extend(page);
            if done {
                return Ok(all);
            }
        }
    }

    /// Who managed this client before it came to this book, and since when it
    /// is here: the newest accepted handover that covered it.
    pub fn managed_before(&self, client_id: &str) -> Result<Option<(String, String)>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn()
            .query_row(
                "SELECT h.from_manager, substr(h.at, 1, 10) FROM handovers h
                 JOIN handover_clients hc ON hc.handover_id = h.id
                 WHERE hc.client_id = ?1 AND h.kind = 'accept' AND h.from_manager <> ''
                 ORDER BY h.at DESC LIMIT 1",
                [client_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// A consistent copy of the whole book at `to` (see `snapshot`), built
    /// beside it and moved into place when complete.
    pub fn backup_to(&self, to: &Path) -> Result<()> {
        super::replace_when_done(to, |tmp| self.snapshot(tmp))
    }

    pub fn client_file(&self, client: &Client) -> Result<ClientFile> {
        Ok(ClientFile {
            client: client.clone(),
            contacts: self.contacts(&client.id)?,
            plans: self.open_plans(&client.id)?,
            open_complaints: self.open_complaints(&client.id)?,
            unpaid: self
                .invoices(false, chrono::NaiveDate::MAX, Some(&client.id))?
                .into_iter()
                .filter(|i| i.paid_on.is_none())
                .collect(),
            orders: self.orders(&client.id, 10)?,
            entries: self.whole_timeline(&client.id)?,
        })
    }

    /// Write a copy of this book holding only `keep` (client ids) to `target`.
    /// The copy is a snapshot (`VACUUM INTO` reads in one transaction, so a
    /// writer elsewhere cannot tear it), pruned, then vacuumed again so no
    /// page of another client's data survives in it. It is built beside
    /// `target` and moved into place when complete. The handover is recorded
    /// in both books.
    pub fn export_copy(
        &mut self,
        target: &Path,
        keep: &[String],
        who: &HandoverNote,
    ) -> Result<()> {
        let (from, _) = self.manager()?;
        let handover_id = new_id();
        let at = stamp();
        super::replace_when_done(target, |tmp| {
            self.snapshot(tmp)?;
            let mut copy = Book::open(tmp, Access::Existing)?;
            copy.conn().pragma_update(None, "secure_delete", true)?;
            copy.write(|tx| {
                tx.execute_batch("CREATE TEMP TABLE keep (id TEXT PRIMARY KEY)")?;
                for id in keep {
                    tx.execute("INSERT OR IGNORE INTO temp.keep (id) VALUES (?1)", [id])?;
                }
                tx.execute_batch(PRUNE)?;
                // The copy is the successor's book: what they log carries
                // their name (or none until they say who they are), never
                // the predecessor's.
                for (key, value) in [("manager_name", who.to), ("manager_email", "")] {
                    super::put_setting(tx, key, value)?;
                }
                record(
                    tx,
                    &handover_id,
                    &at,
                    &from,
                    who,
                    &target.to_string_lossy(),
                    keep,
                )
            })?;
            // Rebuild the full-text indexes and the file so deleted text leaves no trace.
            copy.conn().execute_batch(
                "INSERT INTO search_entries (search_entries) VALUES ('optimize');
                 INSERT INTO search_contacts (search_contacts) VALUES ('optimize');
                 INSERT INTO search_clients (search_clients) VALUES ('optimize');
                 INSERT INTO search_plans (search_plans) VALUES ('optimize');
                 VACUUM;",
            )?;
            Ok(())
        })?;
        self.write(|tx| {
            record(
                tx,
                &handover_id,
                &at,
                &from,
                who,
                &target.to_string_lossy(),
                keep,
            )
        })
    }
}

/// Removes every row that does not belong to a client in `temp.keep`,
/// children first (the index rows, then versions, plans, complaints, orders,
/// invoices, entries, contacts).
const PRUNE: &str = "
    DELETE FROM search_entries WHERE rowid IN
        (SELECT seq FROM interactions WHERE client_id NOT IN (SELECT id FROM temp.keep));
    DELETE FROM search_contacts WHERE rowid IN
        (SELECT seq FROM contacts WHERE client_id NOT IN (SELECT id FROM temp.keep));
    DELETE FROM search_clients WHERE rowid IN
        (SELECT seq FROM clients WHERE id NOT IN (SELECT id FROM temp.keep));
    DELETE FROM search_plans WHERE rowid IN
        (SELECT seq FROM plans WHERE client_id NOT IN (SELECT id FROM temp.keep));
    DELETE FROM interaction_versions WHERE interaction_id IN
        (SELECT id FROM interactions WHERE client_id NOT IN (SELECT id FROM temp.keep));
    DELETE FROM plans WHERE client_id NOT IN (SELECT id FROM temp.keep);
    DELETE FROM complaint_steps WHERE complaint_id IN
        (SELECT id FROM complaints WHERE client_id NOT IN (SELECT id FROM temp.keep));
    DELETE FROM complaints WHERE client_id NOT IN (SELECT id FROM temp.keep);
    DELETE FROM orders WHERE client_id NOT IN (SELECT id FROM temp.keep);
    DELETE FROM invoices WHERE client_id NOT IN (SELECT id FROM temp.keep);
    DELETE FROM interactions WHERE client_id NOT IN (SELECT id FROM temp.keep);
    DELETE FROM contacts WHERE client_id NOT IN (SELECT id FROM temp.keep);
    DELETE FROM clients WHERE id NOT IN (SELECT id FROM temp.keep);
    DELETE FROM handover_clients WHERE client_id NOT IN (SELECT id FROM temp.keep);
    DELETE FROM record_versions
     WHERE coalesce(json_extract(data, '$.client_id'),
                    CASE WHEN record = 'clients' THEN record_id END, '') NOT IN (SELECT id FROM temp.keep);
    DROP TABLE temp.keep;";

fn record(
    tx: &rusqlite::Transaction,
    id: &str,
    at: &str,
    from: &str,
    who: &HandoverNote,
    place: &str,
    clients: &[String],
) -> Result<()> {
    tx.execute(
        "INSERT INTO handovers (id, at, kind, from_manager, to_manager, note, place) VALUES (?1, ?2, 'export', ?3, ?4, ?5, ?6)",
        params![id, at, from, who.to, who.note, place],
    )?;
    for c in clients {
        tx.execute(
            "INSERT OR IGNORE INTO handover_clients (handover_id, client_id) VALUES (?1, ?2)",
            params![id, c],
        )?;
    }
    Ok(())
}
