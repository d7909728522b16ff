//! Clients: adding, editing, finding by id or name (folded in Rust, since
//! SQLite folds ASCII only), and paged lists for the screens.

use super::{Book, BookError, Result, new_id, stamp};
use crate::domain::{Client, ClientPatch, InputError, NewClient, Status, Tier};
use crate::text::fold;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, Transaction, params};

pub(crate) const CLIENT_COLS: &str = "c.id, c.name, c.tier, c.cadence_days, c.status, c.industry, c.city, c.notes, c.created_on, c.last_touch_on, c.hard_days, c.quiet_months, c.quiet_every";

/// How many columns `CLIENT_COLS` takes: what a query adds comes after.
pub(crate) const CLIENT_COL_COUNT: usize = 13;

/// A stored day, or the column's value told as bad input (`BookError::Stored`).
fn parse_date_col(s: String, idx: usize, field: &'static str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|_| {
        let bad = InputError::new(field, s.as_str(), crate::t!("val-day"));
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(bad))
    })
}

fn word<T>(parsed: std::result::Result<T, InputError>, idx: usize) -> rusqlite::Result<T> {
    parsed.map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Read a client from a row laid out as `CLIENT_COLS`, starting at column `at`.
pub(crate) fn client_from_row(r: &Row, at: usize) -> rusqlite::Result<Client> {
    Ok(Client {
        id: r.get(at)?,
        name: r.get(at + 1)?,
        tier: word(Tier::parse(&r.get::<_, String>(at + 2)?), at + 2)?,
        cadence_days: r.get(at + 3)?,
        status: word(Status::parse(&r.get::<_, String>(at + 4)?), at + 4)?,
        industry: r.get(at + 5)?,
        city: r.get(at + 6)?,
        notes: r.get(at + 7)?,
        created_on: parse_date_col(r.get(at + 8)?, at + 8, "created_on")?,
        last_touch: r
            .get::<_, Option<String>>(at + 9)?
            .map(|s| parse_date_col(s, at + 9, "last_touch_on"))
            .transpose()?,
        limits: crate::domain::Limits {
            hard_days: r.get(at + 10)?,
            quiet_months: r.get(at + 11)?,
            quiet_every: r.get(at + 12)?,
        },
    })
}

/// How the client list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClientSort {
    /// Most overdue relative to the cadence first.
    #[default]
    Urgency,
    Name,
    /// Longest untouched first.
    LastTouch,
}

impl ClientSort {
    pub fn next(self) -> Self {
        match self {
            ClientSort::Urgency => ClientSort::Name,
            ClientSort::Name => ClientSort::LastTouch,
            ClientSort::LastTouch => ClientSort::Urgency,
        }
    }
    /// The catalog's word for this order (`sort-urgency`).
    pub fn message_id(self) -> &'static str {
        match self {
            ClientSort::Urgency => "sort-urgency",
            ClientSort::Name => "sort-name",
            ClientSort::LastTouch => "sort-last-touch",
        }
    }
}

/// One row of the client list.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientRow {
    pub client: Client,
    pub open_plans: u32,
    pub open_complaints: u32,
    /// Unpaid invoices past due on the reference date.
    pub overdue_invoices: u32,
}

/// The SQL ORDER BY for a sort; `?1` is the reference date.
fn order_sql(sort: ClientSort) -> &'static str {
    match sort {
        ClientSort::Urgency => {
            "ORDER BY CASE WHEN c.status IN ('active', 'prospect') THEN 0 ELSE 1 END,
                      (julianday(?1) - julianday(coalesce(c.last_touch_on, c.created_on)) - c.cadence_days) * 1.0 / c.cadence_days DESC,
                      c.tier, c.sort_key, c.name_key"
        }
        ClientSort::Name => "ORDER BY c.sort_key, c.name_key",
        ClientSort::LastTouch => {
            // NULL (never touched) sorts first, as the index keeps it.
            "ORDER BY c.last_touch_on, c.sort_key, c.name_key"
        }
    }
}

impl Book {
    /// Add a client. A name another client already has (in any case) is refused.
    pub fn add_client(&mut self, new: &NewClient, today: NaiveDate) -> Result<Client> {
        let id = new_id();
        new.limits.check_against(new.cadence_days)?;
        self.write(|tx| {
            ensure_unique_name(tx, &new.name, None)?;
            let now = stamp();
            let l = &new.limits;
            tx.execute(
                "INSERT INTO clients (id, name, name_key, tier, cadence_days, status, industry, city, notes, created_on, updated_at,
                                      hard_days, quiet_months, quiet_every)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                params![
                    id, new.name, fold(&new.name), new.tier.as_str(), new.cadence_days, new.status.as_str(),
                    new.industry, new.city, new.notes, today.format("%Y-%m-%d").to_string(), now,
                    l.hard_days, l.quiet_months, l.quiet_every
                ],
            )?;
            index_client(tx, &id)?;
            Ok(())
        })?;
        self.client(&id)
    }

    /// Change a client's fields; what the patch leaves `None` stays.
    pub fn edit_client(&mut self, id: &str, patch: &ClientPatch) -> Result<Client> {
        let old = self.client(id)?;
        // Saving a client unchanged writes nothing, so no empty version appears.
        let unchanged = patch.name.as_ref().is_none_or(|n| *n == old.name)
            && patch.tier.is_none_or(|t| t == old.tier)
            && patch.cadence_days.is_none_or(|c| c == old.cadence_days)
            && patch.status.is_none_or(|s| s == old.status)
            && patch.industry.as_ref().is_none_or(|v| *v == old.industry)
            && patch.city.as_ref().is_none_or(|v| *v == old.city)
            && patch.notes.as_ref().is_none_or(|v| *v == old.notes)
            && patch.hard_days.is_none_or(|v| v == old.limits.hard_days)
            && patch
                .quiet_months
                .is_none_or(|v| v == old.limits.quiet_months)
            && patch
                .quiet_every
                .is_none_or(|v| v == old.limits.quiet_every);
        if unchanged {
            return Ok(old);
        }
        let tier = patch.tier.unwrap_or(old.tier);
        // A new tier without an explicit cadence brings that tier's default,
        // unless the old cadence was a custom one.
        let cadence = patch.cadence_days.unwrap_or(match patch.tier {
            Some(t) if old.cadence_days == old.tier.default_cadence() => t.default_cadence(),
            _ => old.cadence_days,
        });
        let limits = crate::domain::Limits {
            hard_days: patch.hard_days.unwrap_or(old.limits.hard_days),
            quiet_months: patch.quiet_months.unwrap_or(old.limits.quiet_months),
            quiet_every: patch.quiet_every.unwrap_or(old.limits.quiet_every),
        };
        limits.check_against(cadence)?;
        self.write(|tx| {
            if let Some(name) = &patch.name {
                ensure_unique_name(tx, name, Some(id))?;
            }
            let name = patch.name.clone().unwrap_or(old.name.clone());
            super::versions::keep_version(tx, "clients", id)?;
            tx.execute(
                "UPDATE clients SET name = ?2, name_key = ?3, tier = ?4, cadence_days = ?5, status = ?6,
                        industry = ?7, city = ?8, notes = ?9, updated_at = ?10,
                        hard_days = ?11, quiet_months = ?12, quiet_every = ?13 WHERE id = ?1",
                params![
                    id, name, fold(&name), tier.as_str(), cadence,
                    patch.status.unwrap_or(old.status).as_str(),
                    patch.industry.as_ref().unwrap_or(&old.industry),
                    patch.city.as_ref().unwrap_or(&old.city),
                    patch.notes.as_ref().unwrap_or(&old.notes),
                    stamp(),
                    limits.hard_days,
                    limits.quiet_months,
                    limits.quiet_every
                ],
            )?;
            index_client(tx, id)?;
            Ok(())
        })?;
        self.client(id)
    }

    /// The client with this id.
    pub fn client(&self, id: &str) -> Result<Client> {
        self.conn()
            .query_row(
                &format!("SELECT {CLIENT_COLS} FROM clients c WHERE c.id = ?1"),
                [id],
                |r| client_from_row(r, 0),
            )
            .optional()?
            .ok_or_else(|| BookError::NotFound {
                what: "client",
                query: id.to_string(),
            })
    }

    /// Find a client by id or name: exact (folded) first, then a unique prefix,
    /// then a unique substring. Several matches name the candidates.
    pub fn find_client(&self, query: &str) -> Result<Client> {
        if let Ok(c) = self.client(query.trim()) {
            return Ok(c);
        }
        let key = fold(query);
        let not_found = || BookError::NotFound {
            what: "client",
            query: query.to_string(),
        };
        if key.is_empty() {
            return Err(not_found());
        }
        let conn = self.conn();
        let exact: Option<String> = conn
            .query_row("SELECT id FROM clients WHERE name_key = ?1", [&key], |r| {
                r.get(0)
            })
            .optional()?;
        if let Some(id) = exact {
            return self.client(&id);
        }
        let collect = |sql: &str| -> Result<Vec<(String, String)>> {
            let mut stmt = conn.prepare(sql)?;
            let rows = stmt.query_map([&key], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        // Prefix through the name_key index: keys from `key` up to `key` + U+10FFFF.
        let mut found = collect(
            "SELECT id, name FROM clients WHERE name_key >= ?1 AND name_key < ?1 || char(1114111) ORDER BY name_key LIMIT 11",
        )?;
        if found.is_empty() {
            // A part of three letters or more is a phrase for the trigram
            // index (a client's indexed text starts with its folded name), so
            // a rare part reads the few clients holding it, not every name;
            // the name itself is then tested, since the match may be in the
            // details. A common part (more candidates than CANDIDATES) is
            // found sooner by the scan in name order, which stops at 11.
            const CANDIDATES: usize = 200;
            let mut fast = None;
            if key.chars().count() >= 3 {
                let mut stmt = conn.prepare_cached(
                    "SELECT c.id, c.name, c.name_key
                     FROM (SELECT rowid FROM search_clients WHERE search_clients MATCH ?1 LIMIT ?2) s
                     LEFT JOIN clients c ON c.seq = s.rowid",
                )?;
                let phrase = super::search::match_expr(&[&key]);
                let rows = stmt.query_map(params![phrase, CANDIDATES], |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, Option<String>>(2)?,
                    ))
                })?;
                let candidates = rows.collect::<rusqlite::Result<Vec<_>>>()?;
                if candidates.len() < CANDIDATES {
                    let mut named: Vec<_> = candidates
                        .into_iter()
                        .filter_map(|c| match c {
                            (Some(id), Some(name), Some(k)) if k.contains(&key) => {
                                Some((k, id, name))
                            }
                            _ => None,
                        })
                        .collect();
                    named.sort();
                    fast = Some(named.into_iter().take(11).map(|c| (c.1, c.2)).collect());
                }
            }
            found = match fast {
                Some(found) => found,
                None => collect(
                    "SELECT id, name FROM clients WHERE instr(name_key, ?1) > 0 ORDER BY name_key LIMIT 11",
                )?,
            };
        }
        match found.len() {
            0 => Err(not_found()),
            1 => self.client(&found[0].0),
            _ => Err(BookError::Ambiguous {
                what: "client",
                query: query.to_string(),
                candidates: found.into_iter().take(10).map(|(_, name)| name).collect(),
            }),
        }
    }

    /// Number of clients whose folded name holds `filter` (all when empty).
    pub fn count_clients(&self, filter: &str) -> Result<u64> {
        let key = fold(filter);
        // Without a filter SQLite counts from the smallest index instead of testing each row.
        if key.is_empty() {
            return Ok(self
                .conn()
                .query_row("SELECT count(*) FROM clients", [], |r| r.get(0))?);
        }
        Ok(self.conn().query_row(
            "SELECT count(*) FROM clients WHERE instr(name_key, ?1) > 0",
            [key],
            |r| r.get(0),
        )?)
    }

    /// One page of the client list, filtered by a part of the name in any case.
    pub fn clients_page(
        &self,
        filter: &str,
        sort: ClientSort,
        today: NaiveDate,
        offset: u64,
        limit: u64,
    ) -> Result<Vec<ClientRow>> {
        let today_s = today.format("%Y-%m-%d").to_string();
        let seqs: Vec<i64> = if sort == ClientSort::Urgency {
            super::urgency::list_page(self.conn(), today, &fold(filter), offset, limit)?
        } else {
            let sql = format!(
                "SELECT c.seq FROM clients c WHERE ?2 = '' OR instr(c.name_key, ?2) > 0
                 {order} LIMIT ?3 OFFSET ?4",
                order = order_sql(sort)
            );
            let mut stmt = self.conn().prepare_cached(&sql)?;
            let rows = stmt.query_map(
                params![today_s, fold(filter), limit as i64, offset as i64],
                |r| r.get(0),
            )?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        // Plans, complaints and invoices are counted for the page's clients only.
        let sql = format!(
            "SELECT {CLIENT_COLS},
                    (SELECT count(*) FROM plans p WHERE p.client_id = c.id AND p.status = 'open'),
                    (SELECT count(*) FROM complaints k WHERE k.client_id = c.id AND k.status <> 'resolved' AND k.deleted_at IS NULL),
                    (SELECT count(*) FROM invoices i WHERE i.client_id = c.id AND i.paid_on IS NULL AND i.due_on < ?1 AND i.deleted_at IS NULL)
             FROM clients c WHERE c.seq = ?2"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let mut out = Vec::with_capacity(seqs.len());
        for seq in seqs {
            out.push(stmt.query_row(params![today_s, seq], |r| {
                Ok(ClientRow {
                    client: client_from_row(r, 0)?,
                    open_plans: r.get(CLIENT_COL_COUNT)?,
                    open_complaints: r.get(CLIENT_COL_COUNT + 1)?,
                    overdue_invoices: r.get(CLIENT_COL_COUNT + 2)?,
                })
            })?);
        }
        Ok(out)
    }

    /// Position of a client in the list for this filter and sort, if listed.
    pub fn client_position(
        &self,
        id: &str,
        filter: &str,
        sort: ClientSort,
        today: NaiveDate,
    ) -> Result<Option<u64>> {
        // The whole list: counted in the indexes.
        if filter.is_empty() {
            let seq: Option<i64> = self
                .conn()
                .query_row("SELECT seq FROM clients WHERE id = ?1", [id], |r| r.get(0))
                .optional()?;
            let Some(seq) = seq else { return Ok(None) };
            return match sort {
                ClientSort::Urgency => super::urgency::position(self.conn(), today, seq),
                ClientSort::Name => Ok(Some(self.conn().query_row(
                    "SELECT count(*) FROM clients
                     WHERE (sort_key, name_key) < (SELECT sort_key, name_key FROM clients WHERE seq = ?1)",
                    [seq],
                    |r| r.get(0),
                )?)),
                // Never touched first (by name), then by last touch: a row
                // compared with NULL is never "before", so the never-touched
                // are counted apart.
                ClientSort::LastTouch => Ok(Some(self.conn().query_row(
                    "SELECT CASE WHEN me.last_touch_on IS NULL THEN
                                (SELECT count(*) FROM clients c WHERE c.last_touch_on IS NULL
                                   AND (c.sort_key, c.name_key) < (me.sort_key, me.name_key))
                            ELSE
                                (SELECT count(*) FROM clients c WHERE c.last_touch_on IS NULL)
                                + (SELECT count(*) FROM clients c
                                   WHERE (c.last_touch_on, c.sort_key, c.name_key)
                                         < (me.last_touch_on, me.sort_key, me.name_key))
                            END
                     FROM clients me WHERE me.seq = ?1",
                    [seq],
                    |r| r.get(0),
                )?)),
            };
        }
        let sql = format!(
            "SELECT pos FROM (SELECT c.id, row_number() OVER ({}) - 1 AS pos FROM clients c
                              WHERE ?2 = '' OR instr(c.name_key, ?2) > 0) WHERE id = ?3",
            order_sql(sort)
        );
        let pos: Option<i64> = self
            .conn()
            .query_row(
                &sql,
                params![today.format("%Y-%m-%d").to_string(), fold(filter), id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(pos.map(|p| p as u64))
    }

    /// Every client by name.
    pub fn all_clients(&self) -> Result<Vec<Client>> {
        self.clients_by_name(u64::MAX >> 1)
    }

    /// The first `limit` clients by name, for `client list` (read in the
    /// order of an index).
    pub fn clients_by_name(&self, limit: u64) -> Result<Vec<Client>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {CLIENT_COLS} FROM clients c ORDER BY c.sort_key, c.name_key LIMIT ?1"
        ))?;
        let rows = stmt.query_map([limit as i64], |r| client_from_row(r, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Counts for the status line: all clients, and those untouched past their cadence.
    pub fn counts(&self, today: NaiveDate) -> Result<(u64, u64)> {
        let all: u64 = self
            .conn()
            .query_row("SELECT count(*) FROM clients", [], |r| r.get(0))?;
        let untouched: u64 = self.conn().query_row(
            "SELECT count(*) FROM clients WHERE status IN ('active', 'prospect') AND touch_due_on < ?1",
            [today.format("%Y-%m-%d").to_string()],
            |r| r.get(0),
        )?;
        Ok((all, untouched))
    }
}

fn ensure_unique_name(tx: &Transaction, name: &str, except: Option<&str>) -> Result<()> {
    let existing: Option<(String, String)> = tx
        .query_row(
            "SELECT id, name FROM clients WHERE name_key = ?1",
            [fold(name)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match existing {
        Some((id, other)) if Some(id.as_str()) != except => Err(InputError::new(
            "name",
            name,
            crate::t!("accepted-unique-client-name", other = other),
        )
        .into()),
        _ => Ok(()),
    }
}

/// Give every client its sort key (the migration that added the column).
pub(crate) fn fill_sort_keys(tx: &Transaction) -> Result<()> {
    let rows: Vec<(String, String)> = {
        let mut stmt = tx.prepare("SELECT id, name FROM clients")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut update = tx.prepare("UPDATE clients SET sort_key = ?2 WHERE id = ?1")?;
    for (id, name) in rows {
        update.execute(params![id, crate::text::sort_key(&name)])?;
    }
    Ok(())
}

/// Rewrite what is derived from a client's name: its sort key and its
/// entry in the search index.
pub(crate) fn index_client(tx: &Transaction, id: &str) -> Result<()> {
    tx.prepare_cached("UPDATE clients SET sort_key = ?2 WHERE id = ?1 AND sort_key <> ?2")?
        .execute(params![
            id,
            crate::text::sort_key(
                &tx.prepare_cached("SELECT name FROM clients WHERE id = ?1")?
                    .query_row([id], |r| r.get::<_, String>(0))?
            )
        ])?;
    let (seq, body): (i64, String) = tx
        .prepare_cached(&format!("{} WHERE id = ?1", super::search::CLIENT_TEXT))?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    tx.prepare_cached("DELETE FROM search_clients WHERE rowid = ?1")?
        .execute([seq])?;
    tx.prepare_cached("INSERT INTO search_clients (rowid, body) VALUES (?1, ?2)")?
        .execute(params![seq, fold(&body)])?;
    Ok(())
}
