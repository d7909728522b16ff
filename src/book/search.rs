//! Searching the whole book: client names and details, contacts, every
//! visible timeline entry (invoices' numbers, complaints' departments and
//! resolutions are in theirs) and the purposes of planned touches, by words or parts of words in any case and script.
//!
//! Text is folded in Rust before it reaches the trigram index, so `ё`/`е` and
//! Cyrillic case match. Terms of three or more letters go through the index;
//! shorter ones filter the index's candidates (or client and contact names
//! when no longer term is given).

use super::{Book, Result};
use crate::domain::Kind;
use crate::text::fold;
use rusqlite::params;
use serde::Serialize;

/// One search hit: a client, one of its contacts, or one of its entries.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// `client`, `contact`, `entry` or `plan`.
    pub kind: &'static str,
    pub client_id: String,
    pub client: String,
    /// The entry's id for entry hits, the contact's id for contacts.
    pub id: String,
    /// The entry's date and time, for entries; the due day, for plans.
    pub at: Option<String>,
    /// The entry's kind, for entries; the planned kind, for plans.
    pub entry_kind: Option<Kind>,
    /// What matched: the entry's summary, the contact's name and role, the
    /// client's name, the plan's purpose.
    pub text: String,
    /// For plans: open, done or cancelled.
    pub plan_status: Option<crate::domain::PlanStatus>,
    /// For entries the program wrote: what it recorded (`text` is then the
    /// person's words: the order's title, the invoice's number…).
    pub event: Option<crate::domain::EntryEvent>,
}

impl Hit {
    /// What a person reads for the hit: a closed plan says it is closed,
    /// in the reader's language.
    pub fn shown_text(&self) -> String {
        if let Some(e) = &self.event {
            return e.render(&self.text);
        }
        match self.plan_status {
            Some(s) if s != crate::domain::PlanStatus::Open => {
                format!("({}) {}", s.label(), self.text)
            }
            _ => self.text.clone(),
        }
    }
}

/// Each search table with the SQL that gives `(seq, text)` for the rows it
/// indexes; the text is folded in Rust before it is stored.
pub(crate) const INDEXES: &[(&str, &str)] = &[
    ("search_clients", CLIENT_TEXT),
    ("search_contacts", CONTACT_TEXT),
    ("search_entries", ENTRY_TEXT),
    ("search_plans", PLAN_TEXT),
];

/// `(seq, text)` of planned touches; `WHERE id = ?1` picks one.
pub(crate) const PLAN_TEXT: &str = "SELECT seq, purpose FROM plans";

/// Put one planned touch's purpose into the search index (after it was added or changed).
pub(crate) fn index_plan(tx: &rusqlite::Transaction, id: &str) -> Result<()> {
    let (seq, body): (i64, String) =
        tx.query_row(&format!("{PLAN_TEXT} WHERE id = ?1"), [id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    tx.execute("DELETE FROM search_plans WHERE rowid = ?1", [seq])?;
    tx.execute(
        "INSERT INTO search_plans (rowid, body) VALUES (?1, ?2)",
        params![seq, fold(&body)],
    )?;
    Ok(())
}

/// `(seq, text)` of clients; `WHERE id = ?1` picks one.
pub(crate) const CLIENT_TEXT: &str =
    "SELECT seq, name || ' ' || industry || ' ' || city || ' ' || notes FROM clients";
/// `(seq, text)` of contacts; `WHERE id = ?1` picks one.
pub(crate) const CONTACT_TEXT: &str =
    "SELECT seq, name || ' ' || role || ' ' || phone || ' ' || email || ' ' || note FROM contacts";
/// `(seq, text)` of visible entries; `AND i.id = ?1` picks one.
pub(crate) const ENTRY_TEXT: &str =
    "SELECT i.seq, i.summary || ' ' || i.details || ' ' || coalesce(ct.name, '')
            || ' ' || coalesce(json_extract(i.event, '$.department'), json_extract(i.event, '$.to'), '')
     FROM interactions i LEFT JOIN contacts ct ON ct.id = i.contact_id WHERE i.deleted_at IS NULL";

/// Empty every search table and fill it again from the rows: after the
/// migration that rebuilt the tables, and for `check --repair`.
pub(crate) fn rebuild(tx: &rusqlite::Transaction) -> Result<()> {
    for (table, source) in INDEXES {
        // Migrating through an older version: its later tables come later.
        let exists: bool = tx.query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE name = ?1",
            [table],
            |r| r.get(0),
        )?;
        if !exists {
            continue;
        }
        tx.execute(&format!("DELETE FROM {table}"), [])?;
        let mut insert = tx.prepare(&format!(
            "INSERT INTO {table} (rowid, body) VALUES (?1, ?2)"
        ))?;
        let mut read = tx.prepare(source)?;
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let body: String = r.get(1)?;
            insert.execute(params![r.get::<_, i64>(0)?, fold(&body)])?;
        }
    }
    Ok(())
}

/// An FTS5 phrase for each term, quoted so no term is read as syntax.
pub(crate) fn match_expr(terms: &[&str]) -> String {
    terms
        .iter()
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" AND ")
}

impl Book {
    /// Hits for `query`: matching clients, then contacts, then entries newest first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>> {
        let folded = fold(query);
        let terms: Vec<&str> = folded.split(' ').filter(|t| !t.is_empty()).collect();
        if terms.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let long: Vec<&str> = terms
            .iter()
            .copied()
            .filter(|t| t.chars().count() >= 3)
            .collect();
        let short: Vec<&str> = terms
            .iter()
            .copied()
            .filter(|t| t.chars().count() < 3)
            .collect();
        let keeps = |text: &str| {
            let f = fold(text);
            short.iter().all(|t| f.contains(t))
        };
        // Short terms filter candidates afterwards, so fetch more of them.
        let fetch = if short.is_empty() { limit } else { limit * 8 } as i64;
        let mut hits = Vec::new();
        let conn = self.conn();

        let (client_sql, contact_sql) = if long.is_empty() {
            (
                "SELECT c.id, c.name, c.id, c.name FROM clients c WHERE instr(c.name_key, ?1) > 0 ORDER BY c.name_key LIMIT ?2",
                "SELECT ct.client_id, c.name, ct.id, ct.name || ' ' || ct.role FROM contacts ct JOIN clients c ON c.id = ct.client_id
                 WHERE instr(ct.name_key, ?1) > 0 LIMIT ?2",
            )
        } else {
            (
                "SELECT c.id, c.name, c.id, c.name || ' ' || c.industry || ' ' || c.city || ' ' || c.notes FROM clients c
                 WHERE c.seq IN (SELECT rowid FROM search_clients WHERE search_clients MATCH ?1 ORDER BY rowid DESC LIMIT ?2)
                 ORDER BY c.name_key",
                "SELECT ct.client_id, c.name, ct.id, ct.name || ' ' || ct.role || ' ' || ct.phone || ' ' || ct.email || ' ' || ct.note
                 FROM contacts ct JOIN clients c ON c.id = ct.client_id
                 WHERE ct.seq IN (SELECT rowid FROM search_contacts WHERE search_contacts MATCH ?1 ORDER BY rowid DESC LIMIT ?2)
                 ORDER BY ct.name_key",
            )
        };
        // Contacts found by a short term come unordered (so the scan can stop at
        // the limit); sort them by name here.
        let arg = if long.is_empty() {
            short[0].to_string()
        } else {
            match_expr(&long)
        };
        for (sql, kind) in [(client_sql, "client"), (contact_sql, "contact")] {
            let mut stmt = conn.prepare_cached(sql)?;
            let rows = stmt.query_map(params![arg, fetch], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?;
            for row in rows {
                let (client_id, client, id, text) = row?;
                if keeps(&text) {
                    let text = if kind == "client" {
                        client.clone()
                    } else {
                        text.trim().to_string()
                    };
                    hits.push(Hit {
                        kind,
                        client_id,
                        client,
                        id,
                        at: None,
                        entry_kind: None,
                        text,
                        plan_status: None,
                        event: None,
                    });
                }
            }
        }

        if !long.is_empty() {
            let mut stmt = conn.prepare_cached(
                "SELECT i.id, i.client_id, c.name, i.at, i.kind, i.summary, i.details, coalesce(ct.name, ''), i.event
                 FROM (SELECT rowid FROM search_entries WHERE search_entries MATCH ?1 ORDER BY rowid DESC LIMIT ?2) s
                 JOIN interactions i ON i.seq = s.rowid
                 JOIN clients c ON c.id = i.client_id
                 LEFT JOIN contacts ct ON ct.id = i.contact_id
                 WHERE i.deleted_at IS NULL",
            )?;
            let rows = stmt.query_map(params![arg, fetch], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, String>(7)?,
                    r.get::<_, Option<String>>(8)?,
                ))
            })?;
            let mut entries = Vec::new();
            for row in rows {
                let (id, client_id, client, at, kind, summary, details, contact, event) = row?;
                // An event that does not read is shown as the bare summary;
                // `check` names it.
                let event = event.and_then(|e| crate::domain::EntryEvent::from_stored(&e).ok());
                let words = event.as_ref().map(|e| e.search_words()).unwrap_or_default();
                if keeps(&format!("{summary} {details} {contact} {words}")) {
                    entries.push(Hit {
                        kind: "entry",
                        client_id,
                        client,
                        id,
                        at: Some(at),
                        entry_kind: Kind::parse(&kind).ok(),
                        text: summary,
                        plan_status: None,
                        event,
                    });
                }
            }
            entries.sort_by(|a, b| b.at.cmp(&a.at));
            hits.extend(entries);

            // Planned touches by purpose, the latest due first.
            let mut stmt = conn.prepare_cached(
                "SELECT p.id, p.client_id, c.name, p.due_on, p.kind, p.purpose, p.status
                 FROM (SELECT rowid FROM search_plans WHERE search_plans MATCH ?1 ORDER BY rowid DESC LIMIT ?2) s
                 JOIN plans p ON p.seq = s.rowid
                 JOIN clients c ON c.id = p.client_id
                 ORDER BY p.due_on DESC",
            )?;
            let rows = stmt.query_map(params![arg, fetch], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ))
            })?;
            for row in rows {
                let (id, client_id, client, due, kind, purpose, status) = row?;
                if keeps(&purpose) {
                    hits.push(Hit {
                        kind: "plan",
                        client_id,
                        client,
                        id,
                        at: Some(due),
                        entry_kind: Kind::parse(&kind).ok(),
                        text: purpose,
                        plan_status: crate::domain::PlanStatus::parse(&status).ok(),
                        event: None,
                    });
                }
            }
        }
        hits.truncate(limit);
        Ok(hits)
    }
}
