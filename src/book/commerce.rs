//! Orders (on the timeline) and invoices: what the client bought, and what
//! they still owe. Amounts are kept in minor units (kopecks, cents).

use super::interactions::{hide_entry, insert_event_entry, rewrite_entry};
use super::versions::keep_version;
use super::{Book, BookError, Result, new_id, stamp};
use crate::dates::When;
use crate::domain::{
    Direction, EntryEvent, InputError, Invoice, InvoicePatch, Kind, NewInteraction, NewInvoice,
    NewOrder, Order, OrderPatch, OrderStatus,
};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

fn date(r: &Row, i: usize) -> rusqlite::Result<NaiveDate> {
    let s: String = r.get(i)?;
    NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

const ORDER_COLS: &str = "id, client_id, at, title, amount_minor, currency, status, deleted_at";

fn order_from_row(r: &Row) -> rusqlite::Result<Order> {
    Ok(Order {
        id: r.get(0)?,
        client_id: r.get(1)?,
        at: r.get(2)?,
        title: r.get(3)?,
        amount_minor: r.get(4)?,
        currency: r.get(5)?,
        status: OrderStatus::parse(&r.get::<_, String>(6)?).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, Box::new(e))
        })?,
        deleted_at: r.get(7)?,
    })
}

/// What an invoice's "issued" entry records (its summary is the number).
pub(crate) fn issued_event(amount: i64, currency: &str, due: NaiveDate) -> EntryEvent {
    EntryEvent::InvoiceIssued {
        amount_minor: amount,
        currency: currency.to_string(),
        due_on: due,
    }
}

/// What an order's timeline entry records (its summary is the title).
pub(crate) fn order_event(amount: Option<i64>, currency: &str, status: OrderStatus) -> EntryEvent {
    EntryEvent::Order {
        status,
        amount_minor: amount,
        currency: currency.to_string(),
    }
}

const INVOICE_COLS: &str = "i.id, i.client_id, c.name, i.number, i.amount_minor, i.currency, i.issued_on, i.due_on, i.paid_on";

fn invoice_from_row(r: &Row) -> rusqlite::Result<Invoice> {
    Ok(Invoice {
        id: r.get(0)?,
        client_id: r.get(1)?,
        client: r.get(2)?,
        number: r.get(3)?,
        amount_minor: r.get(4)?,
        currency: r.get(5)?,
        issued_on: date(r, 6)?,
        due_on: date(r, 7)?,
        paid_on: match r.get::<_, Option<String>>(8)? {
            Some(_) => Some(date(r, 8)?),
            None => None,
        },
    })
}

/// Write an invoice with its "issued" entry on the timeline; its id. A
/// number the book already has is refused.
pub(crate) fn insert_invoice(
    tx: &rusqlite::Transaction,
    client_id: &str,
    new: &NewInvoice,
) -> Result<String> {
    let id = new_id();
    let taken: Option<String> = tx
        .query_row(
            "SELECT id FROM invoices WHERE number = ?1",
            [&new.number],
            |r| r.get(0),
        )
        .optional()?;
    if taken.is_some() {
        return Err(InputError::new(
            "number",
            new.number.as_str(),
            crate::t!("accepted-new-invoice-number"),
        )
        .into());
    }
    let entry = insert_event_entry(
        tx,
        client_id,
        &NewInteraction {
            kind: Kind::Internal,
            direction: Direction::Outbound,
            at: When::day(new.issued_on),
            contact: None,
            summary: new.number.clone(),
            details: String::new(),
        },
        Some(&issued_event(new.amount_minor, &new.currency, new.due_on)),
    )?;
    tx.execute(
        "INSERT INTO invoices (id, client_id, number, amount_minor, currency, issued_on, due_on, entry_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![id, client_id, new.number, new.amount_minor, new.currency, new.issued_on.to_string(), new.due_on.to_string(), entry],
    )?;
    Ok(id)
}

/// Mark an invoice paid on a day, with its "paid" entry on the timeline.
pub(crate) fn insert_payment(tx: &rusqlite::Transaction, id: &str, on: NaiveDate) -> Result<()> {
    let (client_id, number, amount, currency): (String, String, i64, String) = tx.query_row(
        "SELECT client_id, number, amount_minor, currency FROM invoices WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let entry = insert_event_entry(
        tx,
        &client_id,
        &NewInteraction {
            kind: Kind::Internal,
            direction: Direction::Inbound,
            at: When::day(on),
            contact: None,
            summary: number,
            details: String::new(),
        },
        Some(&EntryEvent::InvoicePaid {
            amount_minor: amount,
            currency,
        }),
    )?;
    tx.execute(
        "UPDATE invoices SET paid_on = ?2, paid_entry_id = ?3 WHERE id = ?1",
        params![id, on.to_string(), entry],
    )?;
    Ok(())
}

/// Write an order with the timeline entry that stands for it; its id.
pub(crate) fn insert_order(
    tx: &rusqlite::Transaction,
    client_id: &str,
    new: &NewOrder,
) -> Result<String> {
    let id = new_id();
    let entry = insert_event_entry(
        tx,
        client_id,
        &NewInteraction {
            kind: Kind::Order,
            direction: Direction::Inbound,
            at: new.at,
            contact: None,
            summary: new.title.clone(),
            details: String::new(),
        },
        Some(&order_event(new.amount_minor, &new.currency, new.status)),
    )?;
    tx.execute(
        "INSERT INTO orders (id, client_id, at, title, amount_minor, currency, status, entry_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            id,
            client_id,
            new.at.to_stored(),
            new.title,
            new.amount_minor,
            new.currency,
            new.status.as_str(),
            entry
        ],
    )?;
    Ok(id)
}

impl Book {
    /// The currency a new book starts with.
    pub const DEFAULT_CURRENCY: &'static str = "RUB";

    /// The book's default currency (RUB unless changed).
    pub fn currency(&self) -> Result<String> {
        Ok(self
            .setting("currency")?
            .unwrap_or_else(|| Self::DEFAULT_CURRENCY.into()))
    }

    /// Record an order and its timeline entry, in one transaction.
    pub fn add_order(&mut self, client_id: &str, new: &NewOrder) -> Result<Order> {
        let id = self.write(|tx| {
            let id = insert_order(tx, client_id, new)?;
            super::plans::plan_quiet_touch(tx, client_id)?;
            Ok(id)
        })?;
        self.order(&id)
    }

    /// One order by id, deleted or not.
    pub fn order(&self, id: &str) -> Result<Order> {
        self.conn()
            .query_row(
                &format!("SELECT {ORDER_COLS} FROM orders WHERE id = ?1"),
                [id.trim()],
                order_from_row,
            )
            .optional()?
            .ok_or_else(|| BookError::NotFound {
                what: "order",
                query: id.to_string(),
            })
    }

    /// A client's orders that count (not deleted), newest first.
    pub fn orders(&self, client_id: &str, limit: u64) -> Result<Vec<Order>> {
        self.order_list(Some(client_id), false, limit)
    }

    /// Orders newest first, of one client or the whole book; deleted ones too with `deleted`.
    pub fn order_list(
        &self,
        client_id: Option<&str>,
        deleted: bool,
        limit: u64,
    ) -> Result<Vec<Order>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {ORDER_COLS} FROM orders
             WHERE client_id = coalesce(?1, client_id) AND (deleted_at IS NULL OR ?2)
             ORDER BY at DESC, seq DESC LIMIT ?3"
        ))?;
        let rows = stmt.query_map(params![client_id, deleted, limit as i64], order_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Change an order (status, amount, title, date, currency); the previous
    /// version is kept, and its timeline entry is rewritten to match (keeping
    /// the entry's previous version too).
    pub fn edit_order(&mut self, id: &str, patch: &OrderPatch) -> Result<Order> {
        let old = self.order(id)?;
        let at = patch
            .at
            .map(|w| w.to_stored())
            .unwrap_or_else(|| old.at.clone());
        let title = patch.title.clone().unwrap_or_else(|| old.title.clone());
        let amount = patch.amount_minor.unwrap_or(old.amount_minor);
        let currency = patch
            .currency
            .clone()
            .unwrap_or_else(|| old.currency.clone());
        let status = patch.status.unwrap_or(old.status);
        if (&at, &title, amount, &currency, status)
            == (
                &old.at,
                &old.title,
                old.amount_minor,
                &old.currency,
                old.status,
            )
        {
            return Ok(old);
        }
        self.write(|tx| {
            keep_version(tx, "orders", &old.id)?;
            tx.execute(
                "UPDATE orders SET at = ?2, title = ?3, amount_minor = ?4, currency = ?5, status = ?6 WHERE id = ?1",
                params![old.id, at, title, amount, currency, status.as_str()],
            )?;
            let entry: Option<String> =
                tx.query_row("SELECT entry_id FROM orders WHERE id = ?1", [&old.id], |r| r.get(0))?;
            if let Some(entry) = entry {
                rewrite_entry(tx, &entry, &at, &title, Some(&order_event(amount, &currency, status)))?;
            }
            super::plans::plan_quiet_touch(tx, &old.client_id)?;
            Ok(())
        })?;
        self.order(&old.id)
    }

    /// Delete an order (hidden with its timeline entry) or bring it back.
    pub fn set_order_deleted(&mut self, id: &str, deleted: bool) -> Result<Order> {
        let old = self.order(id)?;
        if old.deleted_at.is_some() == deleted {
            let state = if deleted {
                "accepted-order-not-deleted"
            } else {
                "accepted-order-deleted"
            };
            return Err(InputError::new("ID", id, crate::i18n::tr(state)).into());
        }
        self.write(|tx| {
            keep_version(tx, "orders", &old.id)?;
            tx.execute(
                "UPDATE orders SET deleted_at = CASE WHEN ?2 THEN ?3 END WHERE id = ?1",
                params![old.id, deleted, stamp()],
            )?;
            let entry: Option<String> = tx.query_row(
                "SELECT entry_id FROM orders WHERE id = ?1",
                [&old.id],
                |r| r.get(0),
            )?;
            if let Some(entry) = entry {
                hide_entry(tx, &entry, deleted)?;
            }
            Ok(())
        })?;
        self.order(&old.id)
    }

    /// Record an invoice; its number must be new to the book.
    pub fn add_invoice(&mut self, client_id: &str, new: &NewInvoice) -> Result<Invoice> {
        self.write(|tx| insert_invoice(tx, client_id, new).map(|_| ()))?;
        self.invoice(&new.number)
    }

    /// The invoice with this number (or id).
    pub fn invoice(&self, number: &str) -> Result<Invoice> {
        self.conn()
            .query_row(
                &format!(
                    "SELECT {INVOICE_COLS} FROM invoices i JOIN clients c ON c.id = i.client_id WHERE i.number = ?1 OR i.id = ?1"
                ),
                [number.trim()],
                invoice_from_row,
            )
            .optional()?
            .ok_or_else(|| BookError::NotFound { what: "invoice", query: number.to_string() })
    }

    /// Mark an invoice paid.
    pub fn invoice_paid(&mut self, number: &str, on: NaiveDate) -> Result<Invoice> {
        let inv = self.invoice(number)?;
        if let Some(paid) = inv.paid_on {
            return Err(InputError::new(
                "NUMBER",
                number,
                crate::t!("accepted-unpaid-invoice", paid = crate::i18n::date(paid)),
            )
            .into());
        }
        if on < inv.issued_on {
            return Err(InputError::new(
                "at",
                on.to_string(),
                crate::t!(
                    "accepted-paid-after-issue",
                    issued = crate::i18n::date(inv.issued_on)
                ),
            )
            .into());
        }
        self.write(|tx| {
            keep_version(tx, "invoices", &inv.id)?;
            insert_payment(tx, &inv.id, on)
        })?;
        self.invoice(number)
    }

    /// Mark a paid invoice unpaid again (a payment recorded by mistake); its
    /// "paid" entry is hidden.
    pub fn invoice_unpaid(&mut self, number: &str) -> Result<Invoice> {
        let inv = self.invoice(number)?;
        if inv.paid_on.is_none() {
            return Err(
                InputError::new("NUMBER", number, crate::t!("accepted-paid-invoice")).into(),
            );
        }
        self.write(|tx| {
            keep_version(tx, "invoices", &inv.id)?;
            let paid_entry: Option<String> = tx.query_row(
                "SELECT paid_entry_id FROM invoices WHERE id = ?1",
                [&inv.id],
                |r| r.get(0),
            )?;
            tx.execute(
                "UPDATE invoices SET paid_on = NULL, paid_entry_id = NULL WHERE id = ?1",
                [&inv.id],
            )?;
            if let Some(e) = paid_entry {
                hide_entry(tx, &e, true)?;
            }
            Ok(())
        })?;
        self.invoice(&inv.id)
    }

    /// Correct an invoice: number, amount, currency, dates. The previous
    /// version is kept; its "issued" entry is rewritten to match.
    pub fn edit_invoice(&mut self, number: &str, patch: &InvoicePatch) -> Result<Invoice> {
        let old = self.invoice(number)?;
        let new_number = patch.number.clone().unwrap_or_else(|| old.number.clone());
        let amount = patch.amount_minor.unwrap_or(old.amount_minor);
        let currency = patch
            .currency
            .clone()
            .unwrap_or_else(|| old.currency.clone());
        let issued = patch.issued_on.unwrap_or(old.issued_on);
        let due = patch.due_on.unwrap_or(old.due_on);
        if due < issued {
            return Err(InputError::new(
                "due",
                due.to_string(),
                crate::t!(
                    "accepted-due-after-issue",
                    issued = crate::i18n::date(issued)
                ),
            )
            .into());
        }
        if old.paid_on.is_some_and(|p| p < issued) {
            return Err(InputError::new(
                "issued",
                issued.to_string(),
                crate::t!("accepted-issued-before-payment"),
            )
            .into());
        }
        if (&new_number, amount, &currency, issued, due)
            == (
                &old.number,
                old.amount_minor,
                &old.currency,
                old.issued_on,
                old.due_on,
            )
        {
            return Ok(old);
        }
        self.write(|tx| {
            let taken: Option<String> = tx
                .query_row("SELECT c.name FROM invoices i JOIN clients c ON c.id = i.client_id WHERE i.number = ?1 AND i.id <> ?2", [&new_number, &old.id], |r| r.get(0))
                .optional()?;
            if let Some(other) = taken {
                return Err(InputError::new("number", new_number.as_str(), crate::t!("accepted-unique-invoice-number", other = other)).into());
            }
            keep_version(tx, "invoices", &old.id)?;
            tx.execute(
                "UPDATE invoices SET number = ?2, amount_minor = ?3, currency = ?4, issued_on = ?5, due_on = ?6 WHERE id = ?1",
                params![old.id, new_number, amount, currency, issued.to_string(), due.to_string()],
            )?;
            let (entry, paid): (Option<String>, Option<(String, String)>) = tx.query_row(
                "SELECT entry_id, paid_entry_id, paid_on FROM invoices WHERE id = ?1",
                [&old.id],
                |r| Ok((r.get(0)?, r.get::<_, Option<String>>(1)?.zip(r.get::<_, Option<String>>(2)?))),
            )?;
            if let Some(e) = entry {
                rewrite_entry(tx, &e, &issued.to_string(), &new_number, Some(&issued_event(amount, &currency, due)))?;
            }
            // The "paid" entry names the number and amount too.
            if let Some((e, on)) = paid {
                let paid = EntryEvent::InvoicePaid { amount_minor: amount, currency: currency.clone() };
                rewrite_entry(tx, &e, &on, &new_number, Some(&paid))?;
            }
            Ok(())
        })?;
        self.invoice(&old.id)
    }

    /// Delete an invoice recorded by mistake (hidden with its entries), or bring it back.
    pub fn set_invoice_deleted(&mut self, number: &str, deleted: bool) -> Result<Invoice> {
        let inv = self.invoice(number)?;
        let (is_deleted, entries): (bool, Vec<Option<String>>) = self.conn().query_row(
            "SELECT deleted_at IS NOT NULL, entry_id, paid_entry_id FROM invoices WHERE id = ?1",
            [&inv.id],
            |r| Ok((r.get(0)?, vec![r.get(1)?, r.get(2)?])),
        )?;
        if is_deleted == deleted {
            let state = if deleted {
                "accepted-invoice-not-deleted"
            } else {
                "accepted-invoice-deleted"
            };
            return Err(InputError::new("NUMBER", number, crate::i18n::tr(state)).into());
        }
        self.write(|tx| {
            keep_version(tx, "invoices", &inv.id)?;
            tx.execute(
                "UPDATE invoices SET deleted_at = CASE WHEN ?2 THEN ?3 END WHERE id = ?1",
                params![inv.id, deleted, stamp()],
            )?;
            for e in entries.iter().flatten() {
                hide_entry(tx, e, deleted)?;
            }
            Ok(())
        })?;
        self.invoice(&inv.id)
    }

    /// Unpaid invoices of the whole book, overdue ones first (soonest due
    /// first, which puts the oldest debt on top), up to `limit`, read in due
    /// order from the `invoices_unpaid_in_order` index; with `after` (an
    /// invoice's id), the next ones after it, read on from its place in the
    /// index: a view reads page by page, each costing what it shows.
    pub fn unpaid_invoices_after(&self, after: Option<&str>, limit: u64) -> Result<Vec<Invoice>> {
        // Two shapes: `?2 IS NULL OR …` would keep SQLite from starting
        // at the place in the index.
        let from_place = if after.is_some() {
            "AND (i.due_on, i.number) > (SELECT due_on, number FROM invoices WHERE id = ?2)"
        } else {
            "AND ?2 IS NULL"
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {INVOICE_COLS} FROM invoices i INDEXED BY invoices_unpaid_in_order JOIN clients c ON c.id = i.client_id
             WHERE i.paid_on IS NULL AND i.deleted_at IS NULL {from_place}
             ORDER BY i.due_on, i.number LIMIT ?1"
        ))?;
        let rows = stmt.query_map(params![limit as i64, after], invoice_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many invoices are unpaid in the whole book (counted in the index
    /// of unpaid ones).
    pub fn count_unpaid_invoices(&self) -> Result<u64> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM invoices INDEXED BY invoices_unpaid_in_order
             WHERE paid_on IS NULL AND deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?)
    }

    /// Paid invoices of the whole book, the latest paid first, up to `limit`
    /// (the money view shows them after the unpaid ones when asked); with
    /// `after` (an invoice's id), the next ones after it: paid the same day
    /// with a later number, or paid earlier.
    pub fn paid_invoices_after(&self, after: Option<&str>, limit: u64) -> Result<Vec<Invoice>> {
        let from_place = if after.is_some() {
            "AND i.paid_on <= (SELECT paid_on FROM invoices WHERE id = ?2)
             AND (i.paid_on < (SELECT paid_on FROM invoices WHERE id = ?2)
                  OR i.number > (SELECT number FROM invoices WHERE id = ?2))"
        } else {
            "AND ?2 IS NULL"
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {INVOICE_COLS} FROM invoices i INDEXED BY invoices_paid_latest JOIN clients c ON c.id = i.client_id
             WHERE i.paid_on IS NOT NULL AND i.deleted_at IS NULL {from_place}
             ORDER BY i.paid_on DESC, i.number LIMIT ?1"
        ))?;
        let rows = stmt.query_map(params![limit as i64, after], invoice_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Invoices, soonest due first; only unpaid and past due with `overdue_only`.
    pub fn invoices(
        &self,
        overdue_only: bool,
        today: NaiveDate,
        client_id: Option<&str>,
    ) -> Result<Vec<Invoice>> {
        self.invoices_first(overdue_only, today, client_id, u64::MAX >> 1)
    }

    /// The first `limit` of those, read in order from an index (migration
    /// 12), so the cost is that of the rows returned.
    pub fn invoices_first(
        &self,
        overdue_only: bool,
        today: NaiveDate,
        client_id: Option<&str>,
        limit: u64,
    ) -> Result<Vec<Invoice>> {
        // Three shapes, so each can use its index (a client's invoices; the
        // unpaid ones by due date; all of them).
        // The book-wide ones name their index: an analysed book's statistics
        // can lead the planner elsewhere, and to a sort of every row.
        let (index, filter) = match (client_id.is_some(), overdue_only) {
            (true, _) => (
                "invoices_by_client",
                "i.client_id = ?3 AND (?1 = 0 OR (i.paid_on IS NULL AND i.due_on < ?2))",
            ),
            (false, true) => (
                "invoices_unpaid_in_order",
                "i.paid_on IS NULL AND i.due_on < ?2 AND ?1 AND ?3 IS NULL",
            ),
            (false, false) => ("invoices_in_order", "?1 = 0 AND ?3 IS NULL"),
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {INVOICE_COLS} FROM invoices i INDEXED BY {index} JOIN clients c ON c.id = i.client_id
             WHERE {filter} AND i.deleted_at IS NULL ORDER BY i.due_on, i.number LIMIT ?4"
        ))?;
        let rows = stmt.query_map(
            params![overdue_only, today.to_string(), client_id, limit as i64],
            invoice_from_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
