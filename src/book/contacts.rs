//! Contacts: the people at a client, finding one by a part of the name, and
//! their life: edited, marked as having left, deleted when nothing refers
//! to them. Every change keeps the contact as it was (`record_versions`).

use super::versions::keep_version;
use super::{Book, BookError, Result, new_id, stamp};
use crate::domain::{Contact, ContactPatch, InputError, NewContact};
use crate::text::fold;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, Transaction, params};

const CONTACT_COLS: &str = "id, client_id, name, role, phone, email, note, left_on";

fn contact_from_row(r: &Row) -> rusqlite::Result<Contact> {
    Ok(Contact {
        id: r.get(0)?,
        client_id: r.get(1)?,
        name: r.get(2)?,
        role: r.get(3)?,
        phone: r.get(4)?,
        email: r.get(5)?,
        note: r.get(6)?,
        left_on: r
            .get::<_, Option<String>>(7)?
            .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
    })
}

/// Refuse a second contact of the same name in one client, unless asked for.
fn check_same_name(
    tx: &Transaction,
    client_id: &str,
    name: &str,
    except: Option<&str>,
) -> Result<()> {
    let same: Option<String> = tx
        .query_row(
            "SELECT name FROM contacts WHERE client_id = ?1 AND name_key = ?2 AND id <> coalesce(?3, '')",
            params![client_id, fold(name), except],
            |r| r.get(0),
        )
        .optional()?;
    match same {
        Some(other) => Err(InputError::new(
            "name",
            name,
            crate::t!("accepted-unique-contact-name", other = other),
        )
        .into()),
        None => Ok(()),
    }
}

impl Book {
    /// Add a contact to a client; a second contact of the same name only with `same_name_ok`.
    pub fn add_contact(&mut self, client_id: &str, new: &NewContact) -> Result<Contact> {
        self.add_contact_as(client_id, new, false)
    }

    pub fn add_contact_as(
        &mut self,
        client_id: &str,
        new: &NewContact,
        same_name_ok: bool,
    ) -> Result<Contact> {
        let id = new_id();
        self.write(|tx| {
            if !same_name_ok {
                check_same_name(tx, client_id, &new.name, None)?;
            }
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

    /// One contact by id.
    pub fn contact(&self, id: &str) -> Result<Contact> {
        self.conn()
            .query_row(
                &format!("SELECT {CONTACT_COLS} FROM contacts WHERE id = ?1"),
                [id.trim()],
                contact_from_row,
            )
            .optional()?
            .ok_or_else(|| BookError::NotFound {
                what: "contact",
                query: id.to_string(),
            })
    }

    /// Change a contact's fields; the previous version is kept.
    pub fn edit_contact(
        &mut self,
        id: &str,
        patch: &ContactPatch,
        same_name_ok: bool,
    ) -> Result<Contact> {
        let old = self.contact(id)?;
        let pick = |new: &Option<String>, old: &String| new.clone().unwrap_or_else(|| old.clone());
        let (name, role, phone, email, note) = (
            pick(&patch.name, &old.name),
            pick(&patch.role, &old.role),
            pick(&patch.phone, &old.phone),
            pick(&patch.email, &old.email),
            pick(&patch.note, &old.note),
        );
        if (&name, &role, &phone, &email, &note)
            == (&old.name, &old.role, &old.phone, &old.email, &old.note)
        {
            return Ok(old);
        }
        self.write(|tx| {
            if !same_name_ok {
                check_same_name(tx, &old.client_id, &name, Some(&old.id))?;
            }
            keep_version(tx, "contacts", &old.id)?;
            tx.execute(
                "UPDATE contacts SET name = ?2, name_key = ?3, role = ?4, phone = ?5, email = ?6, note = ?7 WHERE id = ?1",
                params![old.id, name, fold(&name), role, phone, email, note],
            )?;
            index_contact(tx, &old.id)
        })?;
        self.contact(&old.id)
    }

    /// Mark that a contact has left the client (or, with `None`, that they are back).
    pub fn contact_left(&mut self, id: &str, on: Option<NaiveDate>) -> Result<Contact> {
        let old = self.contact(id)?;
        self.write(|tx| {
            keep_version(tx, "contacts", &old.id)?;
            tx.execute(
                "UPDATE contacts SET left_on = ?2 WHERE id = ?1",
                params![old.id, on.map(|d| d.format("%Y-%m-%d").to_string())],
            )?;
            Ok(())
        })?;
        self.contact(&old.id)
    }

    /// Delete a contact that nothing refers to (an entry or a complaint with
    /// them keeps them: mark them as having left instead). The contact as it
    /// was is kept among the versions.
    pub fn delete_contact(&mut self, id: &str) -> Result<Contact> {
        let old = self.contact(id)?;
        let uses: i64 = self.conn().query_row(
            "SELECT (SELECT count(*) FROM interactions WHERE contact_id = ?1)
                  + (SELECT count(*) FROM interaction_versions WHERE contact_id = ?1)
                  + (SELECT count(*) FROM complaints WHERE contact_id = ?1)",
            [&old.id],
            |r| r.get(0),
        )?;
        if uses > 0 {
            return Err(InputError::new(
                "ID",
                id,
                crate::t!(
                    "accepted-unused-contact",
                    uses = uses,
                    name = old.name.as_str(),
                    id = old.id.as_str()
                ),
            )
            .into());
        }
        self.write(|tx| {
            keep_version(tx, "contacts", &old.id)?;
            let seq: i64 =
                tx.query_row("SELECT seq FROM contacts WHERE id = ?1", [&old.id], |r| {
                    r.get(0)
                })?;
            tx.execute("DELETE FROM search_contacts WHERE rowid = ?1", [seq])?;
            tx.execute("DELETE FROM contacts WHERE id = ?1", [&old.id])?;
            Ok(())
        })?;
        Ok(old)
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
                    crate::t!("contacts-none-known")
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
    let (seq, body): (i64, String) = tx
        .prepare_cached(&format!("{} WHERE id = ?1", super::search::CONTACT_TEXT))?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    tx.prepare_cached("DELETE FROM search_contacts WHERE rowid = ?1")?
        .execute([seq])?;
    tx.prepare_cached("INSERT INTO search_contacts (rowid, body) VALUES (?1, ?2)")?
        .execute(params![seq, fold(&body)])?;
    Ok(())
}
