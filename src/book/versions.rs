//! Earlier versions of records. Before a client, a contact, a plan, an order, an
//! invoice or a complaint is changed, the row as it was is kept in
//! `record_versions` as a JSON object (entries keep theirs in
//! `interaction_versions`), so a change never loses what the record said.

use super::{Book, Result, stamp};
use rusqlite::Transaction;
use rusqlite::types::Value;

/// The tables whose rows keep versions here.
pub(crate) const RECORDS: &[&str] = &[
    "clients",
    "contacts",
    "plans",
    "orders",
    "invoices",
    "complaints",
];

fn to_json(v: Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Integer(n) => n.into(),
        Value::Real(f) => f.into(),
        Value::Text(s) => s.into(),
        Value::Blob(b) => b.len().into(),
    }
}

/// Keep the row `id` of `record` as it is now, before it changes.
pub(crate) fn keep_version(tx: &Transaction, record: &'static str, id: &str) -> Result<()> {
    keep_row_as_version(tx, record, "main", id, id).map(drop)
}

/// Keep the row `from_id` of `record` in database `db` (`main`, or a
/// received book) as a version of the record `as_id` of this book; false
/// when a received row was already kept so.
pub(crate) fn keep_row_as_version(
    tx: &Transaction,
    record: &'static str,
    db: &str,
    from_id: &str,
    as_id: &str,
) -> Result<bool> {
    debug_assert!(RECORDS.contains(&record));
    let id = as_id;
    let mut stmt = tx.prepare_cached(&format!("SELECT * FROM \"{db}\".{record} WHERE id = ?1"))?;
    let names: Vec<String> = stmt.column_names().into_iter().map(String::from).collect();
    let data = stmt.query_row([from_id], |r| {
        let mut map = serde_json::Map::new();
        for (i, name) in names.iter().enumerate().filter(|(_, n)| *n != "seq") {
            map.insert(name.clone(), to_json(r.get(i)?));
        }
        Ok(serde_json::Value::Object(map))
    })?;
    // A row from another book is kept once: accepting the same file twice adds nothing.
    let added = tx.execute(
        "INSERT INTO record_versions (record, record_id, version, data, replaced_at)
         SELECT ?1, ?2, (SELECT coalesce(max(version), 0) + 1 FROM record_versions WHERE record = ?1 AND record_id = ?2), ?3, ?4
         WHERE ?5 = 'main' OR NOT EXISTS
               (SELECT 1 FROM record_versions WHERE record = ?1 AND record_id = ?2 AND data = ?3)",
        rusqlite::params![record, id, data.to_string(), stamp(), db],
    )?;
    Ok(added > 0)
}

/// One earlier version of a record.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordVersion {
    pub version: i64,
    pub replaced_at: String,
    pub data: serde_json::Value,
}

impl Book {
    /// Put a record back as its newest kept version said (undo). The state
    /// it leaves is kept as a version first, so nothing is lost either way.
    pub fn restore_newest_version(&mut self, record: &'static str, id: &str) -> Result<()> {
        if !RECORDS.contains(&record) {
            return Err(
                crate::domain::InputError::new("record", record, RECORDS.join(", ")).into(),
            );
        }
        let newest: Option<(i64, String)> = {
            use rusqlite::OptionalExtension;
            self.conn()
                .query_row(
                    "SELECT version, data FROM record_versions WHERE record = ?1 AND record_id = ?2
                     ORDER BY version DESC LIMIT 1",
                    [record, id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
        };
        let Some((_, data)) = newest else {
            return Err(super::BookError::NotFound {
                what: "earlier version",
                query: id.to_string(),
            });
        };
        let data: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&data).unwrap_or_default();
        // Only stored columns (not generated ones), never the id.
        let columns: Vec<String> = {
            let mut stmt = self
                .conn()
                .prepare(&format!("SELECT name FROM pragma_table_info('{record}')"))?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
                .into_iter()
                .filter(|c| c != "id" && c != "seq" && data.contains_key(c))
                .collect()
        };
        self.write(|tx| {
            keep_version(tx, record, id)?;
            for c in &columns {
                let value: rusqlite::types::Value = match &data[c] {
                    serde_json::Value::Null => rusqlite::types::Value::Null,
                    serde_json::Value::Number(n) => n
                        .as_i64()
                        .map(rusqlite::types::Value::Integer)
                        .unwrap_or(rusqlite::types::Value::Null),
                    serde_json::Value::String(s) => rusqlite::types::Value::Text(s.clone()),
                    other => rusqlite::types::Value::Text(other.to_string()),
                };
                tx.execute(
                    &format!("UPDATE {record} SET {c} = ?2 WHERE id = ?1"),
                    rusqlite::params![id, value],
                )?;
            }
            match record {
                "clients" => super::clients::index_client(tx, id)?,
                "contacts" => super::contacts::index_contact(tx, id)?,
                "plans" => super::search::index_plan(tx, id)?,
                _ => {}
            }
            Ok(())
        })
    }

    /// The earlier versions of a record, oldest first.
    pub fn record_versions(&self, record: &str, id: &str) -> Result<Vec<RecordVersion>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT version, replaced_at, data FROM record_versions
             WHERE record = ?1 AND record_id = ?2 ORDER BY version",
        )?;
        let rows = stmt.query_map([record, id], |r| {
            let data: String = r.get(2)?;
            Ok(RecordVersion {
                version: r.get(0)?,
                replaced_at: r.get(1)?,
                data: serde_json::from_str(&data).unwrap_or(serde_json::Value::Null),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
