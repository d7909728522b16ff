//! Handover accept: merging a received book into this one, with ids kept,
//! in one transaction, without touching the received file.

use super::clients::index_client;
use super::contacts::index_contact;
use super::interactions::{index_entry, refresh_last_touch};
use super::{Book, BookError, Result, new_id, schema, stamp};
use crate::domain::InputError;
use rusqlite::params;
use std::path::Path;

/// What accepting added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Accepted {
    pub clients: u64,
    pub merged_same_name: Vec<String>,
    /// Client fields filled or taken from the newer side while merging by name.
    pub fields_merged: u64,
    /// Received clients kept as a version of ours (their values differed
    /// and ours were newer): nothing of ours changed, but something was kept.
    pub versions_kept: u64,
    pub contacts: u64,
    pub entries: u64,
    pub plans: u64,
}

impl Accepted {
    pub fn nothing(&self) -> bool {
        self.clients == 0
            && self.contacts == 0
            && self.entries == 0
            && self.plans == 0
            && self.fields_merged == 0
            && self.versions_kept == 0
    }
}

/// Tables copied row by row, parents first, with their columns (ids kept,
/// local `seq` numbers given anew).
/// The columns of a received client copied as they are.
const CLIENT_COPIED: &str = "id, name, name_key, sort_key, tier, cadence_days, status, industry, city, notes, created_on, updated_at, last_touch_on, hard_days, quiet_months, quiet_every";

const COPIED: &[(&str, &str)] = &[
    (
        "imported_rows",
        "source_key, client_id, imported_at, row_hash, records",
    ),
    (
        "contacts",
        "id, client_id, name, name_key, role, phone, email, note, created_at, left_on",
    ),
    (
        "interactions",
        "id, client_id, kind, direction, at, contact_id, summary, details, logged_at, edited_at, deleted_at, logged_by, event",
    ),
    (
        "interaction_versions",
        "interaction_id, version, kind, direction, at, contact_id, summary, details, replaced_at, event",
    ),
    (
        "plans",
        "id, client_id, due_on, purpose, kind, status, done_by, closed_at, created_at",
    ),
    (
        "complaints",
        "id, client_id, opened_at, contact_id, department, severity, summary, status, resolved_at, resolution, entry_id, deleted_at",
    ),
    (
        "complaint_steps",
        "id, complaint_id, at, step, to_whom, note, entry_id, due_on",
    ),
    (
        "orders",
        "id, client_id, at, title, amount_minor, currency, status, entry_id, deleted_at",
    ),
    (
        "invoices",
        "id, client_id, number, amount_minor, currency, issued_on, due_on, paid_on, deleted_at, entry_id, paid_entry_id",
    ),
    (
        "handovers",
        "id, at, kind, from_manager, to_manager, note, place",
    ),
    ("handover_clients", "handover_id, client_id"),
    (
        "record_versions",
        "record, record_id, version, data, replaced_at",
    ),
];

impl Book {
    /// Merge the book at `file` into this one. The file is opened read-only
    /// after the same checks as any book; clients with the same name and
    /// another id are reported unless `merge_same_names`.
    pub fn accept(&mut self, file: &Path, note: &str, merge_same_names: bool) -> Result<Accepted> {
        super::require_current(file, "err-older-accept")?;
        self.conn().execute(
            "ATTACH DATABASE ?1 AS received",
            [super::read_only_uri(file)],
        )?;
        let result = self
            .vet_received(file)
            .and_then(|()| self.merge(note, merge_same_names));
        let _ = self.conn().execute("DETACH DATABASE received", []);
        result
    }

    /// A received file is untrusted: its schema must be exactly ours (tables
    /// that are tables, no views in their place), checked before a row is
    /// read; then every value and every reference, as if typed by a person.
    fn vet_received(&self, file: &Path) -> Result<()> {
        let untrusted = |problems: Vec<String>| BookError::Untrusted {
            path: file.to_path_buf(),
            problems,
        };
        let found = schema::objects(self.conn(), "received")?;
        let differs = schema::differences(schema::CURRENT, &found)?;
        if !differs.is_empty() {
            return Err(untrusted(
                differs
                    .into_iter()
                    .map(|d| crate::t!("check-schema", what = d))
                    .collect(),
            ));
        }
        let mut problems = super::validate::values(self.conn(), "received")?;
        let mut stmt = self.conn().prepare("PRAGMA received.foreign_key_check")?;
        let rows = stmt.query_map([], |r| {
            Ok(format!(
                "{} row {} points to a missing {}",
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                r.get::<_, String>(2)?
            ))
        })?;
        for row in rows.take(20) {
            problems.push(row?);
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(untrusted(problems))
        }
    }

    fn merge(&mut self, note: &str, merge_same_names: bool) -> Result<Accepted> {
        self.write(|tx| {
            let mut out = Accepted::default();
            // Clients: same id merges; same name with another id is a decision for the person.
            let mut same_names: Vec<(String, String, String)> = Vec::new();
            {
                let mut stmt = tx.prepare(
                    "SELECT r.id, r.name, m.id FROM received.clients r
                     JOIN main.clients m ON m.name_key = r.name_key AND m.id <> r.id",
                )?;
                let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
                for row in rows {
                    same_names.push(row?);
                }
            }
            if !same_names.is_empty() && !merge_same_names {
                let names: Vec<&str> = same_names.iter().map(|(_, n, _)| n.as_str()).collect();
                return Err(InputError::new(
                    "FILE",
                    names.join(", "),
                    crate::t!("accepted-no-same-names"),
                )
                .into());
            }
            // An invoice number is unique in a book: a clash would drop one invoice silently.
            // Both sides of each clash are named, with the command that renumbers one.
            let clashes: Vec<String> = {
                let mut stmt = tx.prepare(
                    "SELECT r.number, rc.name, r.amount_minor, r.currency, mc.name, m.amount_minor, m.currency
                     FROM received.invoices r JOIN received.clients rc ON rc.id = r.client_id
                     JOIN main.invoices m ON m.number = r.number AND m.id <> r.id
                     JOIN main.clients mc ON mc.id = m.client_id
                     ORDER BY r.number",
                )?;
                let rows = stmt.query_map([], |r| {
                    Ok(crate::t!(
                        "accept-invoice-clash",
                        number = r.get::<_, String>(0)?,
                        theirs = crate::i18n::money(r.get(2)?, &r.get::<_, String>(3)?),
                        their_client = r.get::<_, String>(1)?,
                        ours = crate::i18n::money(r.get(5)?, &r.get::<_, String>(6)?),
                        our_client = r.get::<_, String>(4)?
                    ))
                })?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            if !clashes.is_empty() {
                return Err(InputError::new(
                    "FILE",
                    clashes.join("; "),
                    crate::t!("accepted-no-invoice-clash"),
                )
                .into());
            }
            tx.execute_batch("CREATE TEMP TABLE client_map (from_id TEXT PRIMARY KEY, to_id TEXT NOT NULL)")?;
            for (rid, name, mid) in &same_names {
                tx.execute("INSERT INTO temp.client_map VALUES (?1, ?2)", params![rid, mid])?;
                let (merged, changed, kept) = merge_client_fields(tx, rid, mid)?;
                out.fields_merged += changed;
                out.versions_kept += u64::from(kept);
                out.merged_same_name.push(if merged.is_empty() {
                    name.clone()
                } else {
                    format!("{name} ({})", merged.join("; "))
                });
            }
            let max = |table: &str| -> rusqlite::Result<i64> {
                tx.query_row(&format!("SELECT coalesce(max(seq), 0) FROM main.{table}"), [], |r| r.get(0))
            };
            let (c0, ct0, i0, p0) = (max("clients")?, max("contacts")?, max("interactions")?, max("plans")?);
            tx.execute(
                &format!(
                    "INSERT OR IGNORE INTO main.clients ({CLIENT_COPIED}) SELECT {CLIENT_COPIED}
                     FROM received.clients WHERE id NOT IN (SELECT from_id FROM temp.client_map)"
                ),
                [],
            )?;
            for (table, cols) in COPIED {
                // Children of a client merged by name point to the existing client.
                let select = cols
                    .split(", ")
                    .map(|c| {
                        if c == "client_id" {
                            "coalesce((SELECT to_id FROM temp.client_map WHERE from_id = client_id), client_id)".to_string()
                        } else {
                            c.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                tx.execute(
                    &format!("INSERT OR IGNORE INTO main.{table} ({cols}) SELECT {select} FROM received.{table}"),
                    [],
                )?;
            }
            tx.execute_batch("DROP TABLE temp.client_map")?;
            let new_ids = |table: &str, since: i64| -> rusqlite::Result<Vec<String>> {
                let mut stmt = tx.prepare(&format!("SELECT id FROM main.{table} WHERE seq > ?1"))?;
                let rows = stmt.query_map([since], |r| r.get(0))?;
                rows.collect()
            };
            for id in new_ids("clients", c0)? {
                index_client(tx, &id)?;
                out.clients += 1;
            }
            for id in new_ids("contacts", ct0)? {
                index_contact(tx, &id)?;
                out.contacts += 1;
            }
            let mut touched = std::collections::BTreeSet::new();
            for id in new_ids("interactions", i0)? {
                let (client, deleted): (String, bool) = tx.query_row(
                    "SELECT client_id, deleted_at IS NOT NULL FROM interactions WHERE id = ?1",
                    [&id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                if !deleted {
                    index_entry(tx, &id)?;
                }
                touched.insert(client);
                out.entries += 1;
            }
            for id in new_ids("plans", p0)? {
                super::search::index_plan(tx, &id)?;
                out.plans += 1;
            }
            for client in &touched {
                refresh_last_touch(tx, client)?;
            }
            if !out.nothing() {
                // Who handed it over: the export recorded in the received book
                // (its own manager setting already names the successor).
                let from: String = tx
                    .query_row(
                        "SELECT from_manager FROM received.handovers WHERE kind = 'export' ORDER BY at DESC LIMIT 1",
                        [],
                        |r| r.get(0),
                    )
                    .or_else(|_| {
                        tx.query_row("SELECT value FROM received.settings WHERE key = 'manager_name'", [], |r| r.get(0))
                    })
                    .unwrap_or_default();
                let to: String = tx
                    .query_row("SELECT value FROM main.settings WHERE key = 'manager_name'", [], |r| r.get(0))
                    .unwrap_or_default();
                let id = new_id();
                tx.execute(
                    "INSERT INTO handovers (id, at, kind, from_manager, to_manager, note) VALUES (?1, ?2, 'accept', ?3, ?4, ?5)",
                    params![id, stamp(), from, to, note],
                )?;
                tx.execute(
                    "INSERT INTO handover_clients (handover_id, client_id)
                     SELECT ?1, coalesce((SELECT m.id FROM main.clients m WHERE m.name_key = r.name_key), r.id) FROM received.clients r",
                    [&id],
                )?;
            }
            Ok(out)
        })
    }
}

/// Merge what a received client knew into this book's client of the same
/// name: an empty field is filled from the other side; a field both sides
/// filled differently takes the newer side's value (by `updated_at`), and the
/// other side's client is kept as a version. Returns what was done, one
/// phrase a field, how many fields of this book's client changed, and
/// whether the other side was kept as a version for the first time.
fn merge_client_fields(
    tx: &rusqlite::Transaction,
    received: &str,
    mine: &str,
) -> Result<(Vec<String>, u64, bool)> {
    // Each column with the label the client form gives it.
    const FIELDS: &[(&str, &str)] = &[
        ("tier", "field-tier"),
        ("cadence_days", "field-cadence"),
        ("status", "field-status"),
        ("industry", "field-industry"),
        ("city", "field-city"),
        ("notes", "field-notes"),
        ("hard_days", "field-hard-limit"),
        ("quiet_months", "field-quiet-months"),
        ("quiet_every", "field-quiet-every"),
    ];
    let row = |db: &str, id: &str| -> rusqlite::Result<(Vec<rusqlite::types::Value>, String)> {
        tx.query_row(
            &format!(
                "SELECT {}, updated_at FROM {db}.clients WHERE id = ?1",
                FIELDS
                    .iter()
                    .map(|(c, _)| *c)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            [id],
            |r| {
                let values = (0..FIELDS.len())
                    .map(|i| r.get(i))
                    .collect::<rusqlite::Result<_>>()?;
                Ok((values, r.get(FIELDS.len())?))
            },
        )
    };
    let (theirs, their_stamp) = row("received", received)?;
    let (ours, our_stamp) = row("main", mine)?;
    // Nothing said (an empty text, a default limit) never overrides what the other side says.
    let empty = |v: &rusqlite::types::Value| match v {
        rusqlite::types::Value::Text(s) => s.is_empty(),
        rusqlite::types::Value::Null => true,
        _ => false,
    };
    let theirs_newer = their_stamp > our_stamp;
    let mut said = Vec::new();
    let mut changes: Vec<(&str, &rusqlite::types::Value)> = Vec::new();
    let mut differ = false;
    for (i, (field, label)) in FIELDS.iter().enumerate() {
        let label = crate::i18n::tr(label);
        let (t, o) = (&theirs[i], &ours[i]);
        if t == o || empty(t) {
            continue;
        }
        if empty(o) {
            changes.push((field, t));
            said.push(crate::t!("accept-field-filled", field = label.as_str()));
        } else {
            differ = true;
            if theirs_newer {
                changes.push((field, t));
                said.push(crate::t!("accept-field-theirs", field = label.as_str()));
            } else {
                said.push(crate::t!("accept-field-ours", field = label.as_str()));
            }
        }
    }
    if !changes.is_empty() {
        super::versions::keep_version(tx, "clients", mine)?;
        for (field, value) in &changes {
            tx.execute(
                &format!("UPDATE main.clients SET {field} = ?2 WHERE id = ?1"),
                rusqlite::params![mine, value],
            )?;
        }
        super::clients::index_client(tx, mine)?;
    }
    let kept =
        differ && super::versions::keep_row_as_version(tx, "clients", "received", received, mine)?;
    Ok((said, changes.len() as u64, kept))
}

#[cfg(test)]
mod tests {
    /// Every column of every table a received book holds is copied: a new
    /// column that accept forgot would be lost at every handover.
    #[test]
    fn accept_copies_every_column_of_every_table() {
        let conn = rusqlite::Connection::open_in_memory().expect("memory");
        for sql in super::schema::MIGRATIONS {
            conn.execute_batch(sql).expect("migration");
        }
        let mut stmt = conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
                 AND name NOT LIKE 'search_%' AND name NOT LIKE 'sqlite_%'
                 AND name NOT IN ('settings') ORDER BY name",
            )
            .expect("tables");
        let tables: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .expect("query")
            .map(|r| r.expect("row"))
            .collect();
        for table in tables {
            let cols = if table == "clients" {
                super::CLIENT_COPIED
            } else {
                super::COPIED
                    .iter()
                    .find(|(t, _)| *t == table)
                    .map(|(_, c)| *c)
                    .unwrap_or_else(|| panic!("accept does not copy {table}"))
            };
            let mut stmt = conn
                .prepare(&format!(
                    "SELECT name FROM pragma_table_xinfo('{table}') WHERE hidden = 0 AND name <> 'seq' ORDER BY cid"
                ))
                .expect("columns");
            let all: Vec<String> = stmt
                .query_map([], |r| r.get(0))
                .expect("query")
                .map(|r| r.expect("row"))
                .collect();
            let copied: Vec<&str> = cols.split(", ").collect();
            for c in &all {
                assert!(
                    copied.contains(&c.as_str()),
                    "accept does not copy {table}.{c}"
                );
            }
        }
    }
}
