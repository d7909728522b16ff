//! Contacts: the people at a client, and finding one by a part of the name.

use super::{Book, BookError, Result, new_id, stamp};
use crate::domain::{Contact, NewContact};
use crate::text::fold;
use rusqlite::{Row, Transaction, params};

const CONTACT_COLS: &str = "id, client_id, name, role, phone, email, note";

fn contact_from_row(r: &Row) -> rusqlite::Result<Contact> {
    Ok(Contact {
        id: r.get(0)?,
        client_id: r.get(1)?,
        name: r.get(2)?,
        role: r.get(3)?,
        phone: r.get(4)?,
        email: r.get(5)?,
        note: r.get(6)?,
    })
}

impl Book {
    /// Add a contact to a client.
    pub fn add_contact(&mut self, client_id: &str, new: &NewContact) -> Result<Contact> {
        let id = new_id();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO contacts (id, client_id, name, name_key, role, phone, email, note, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![id, client_id, new.name, fold(&new.name), new.role, new.phone, new.email, new.note, stamp()],
            )?;
            index_contact(tx, &id)
        })?;
        Ok(self
            .contacts(client_id)?
            .into_iter()
            .find(|c| c.id == id)
            .expect("just inserted"))
    }

    /// A client's contacts by name.
    pub fn contacts(&self, client_id: &str) -> Result<Vec<Contact>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {CONTACT_COLS} FROM contacts WHERE client_id = ?1 ORDER BY name_key"
        ))?;
        let rows = stmt.query_map([client_id], contact_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A client's contact by id or by a part of the name (exact, then unique prefix, then unique part).
    pub fn find_contact(&self, client_id: &str, query: &str) -> Result<Contact> {
        let all = self.contacts(client_id)?;
        if let Some(c) = all.iter().find(|c| c.id == query.trim()) {
            return Ok(c.clone());
        }
        let key = fold(query);
        let pick = |f: &dyn Fn(&str) -> bool| -> Vec<&Contact> {
            all.iter().filter(|c| f(&fold(&c.name))).collect()
        };
        let mut found = pick(&|n| n == key);
        if found.is_empty() {
            found = pick(&|n| n.starts_with(&key));
        }
        if found.is_empty() {
            found = pick(&|n| n.contains(&key));
        }
        match found.as_slice() {
            [one] if !key.is_empty() => Ok((*one).clone()),
            [] | [_] => Err(BookError::NoContact {
                query: query.to_string(),
                known: if all.is_empty() {
                    "none yet".to_string()
                } else {
                    all.iter()
                        .map(|c| c.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            }),
            many => Err(BookError::Ambiguous {
                what: "contact",
                query: query.to_string(),
                candidates: many.iter().map(|c| c.name.clone()).collect(),
            }),
        }
    }
}

pub(crate) fn index_contact(tx: &Transaction, id: &str) -> Result<()> {
    let (seq, body): (i64, String) = tx.query_row(
        &format!("{} WHERE id = ?1", super::search::CONTACT_TEXT),
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    tx.execute("DELETE FROM search_contacts WHERE rowid = ?1", [seq])?;
    tx.execute(
        "INSERT INTO search_contacts (rowid, body) VALUES (?1, ?2)",
        params![seq, fold(&body)],
    )?;
    Ok(())
}
