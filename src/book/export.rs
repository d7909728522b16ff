//! The rows `touchbase export` writes: one table at a time, streamed in a
//! stable order with stable English column names (the same in both
//! languages), so a spreadsheet or a script can rely on them.

use super::{Book, Result};
use rusqlite::types::ValueRef;

/// What can be exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Table {
    Clients,
    Contacts,
    Timeline,
    Plans,
    Orders,
    Invoices,
}

/// One value of an exported row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    /// An amount in minor units (kopecks, cents).
    Amount(i64),
    Empty,
}

impl Cell {
    /// As text in a CSV file: amounts with a decimal point (`125000.50`).
    pub fn plain(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Amount(m) => {
                let sign = if *m < 0 { "-" } else { "" };
                format!(
                    "{sign}{}.{:02}",
                    m.unsigned_abs() / 100,
                    m.unsigned_abs() % 100
                )
            }
            Cell::Empty => String::new(),
        }
    }
}

impl Table {
    /// The columns, in order: (name, SQL expression).
    pub fn columns(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Table::Clients => &[
                ("id", "c.id"),
                ("name", "c.name"),
                ("tier", "c.tier"),
                ("cadence_days", "c.cadence_days"),
                ("status", "c.status"),
                ("industry", "c.industry"),
                ("city", "c.city"),
                ("notes", "c.notes"),
                ("created_on", "c.created_on"),
                ("last_touch_on", "c.last_touch_on"),
            ],
            Table::Contacts => &[
                ("id", "t.id"),
                ("client_id", "t.client_id"),
                ("client", "c.name"),
                ("name", "t.name"),
                ("role", "t.role"),
                ("phone", "t.phone"),
                ("email", "t.email"),
                ("note", "t.note"),
                ("left_on", "t.left_on"),
            ],
            Table::Timeline => &[
                ("id", "t.id"),
                ("client_id", "t.client_id"),
                ("client", "c.name"),
                ("at", "t.at"),
                ("kind", "t.kind"),
                ("direction", "t.direction"),
                (
                    "contact",
                    "(SELECT ct.name FROM contacts ct WHERE ct.id = t.contact_id)",
                ),
                // What a person reads: an event (an invoice paid…) in the
                // language in force; the event itself as data beside it.
                ("summary", "t.summary"),
                ("details", "t.details"),
                ("logged_by", "t.logged_by"),
                ("event", "t.event"),
                // The record the entry stands for, if any: an import leaves
                // such entries to the record's own row.
                (
                    "record",
                    "coalesce((SELECT 'order' FROM orders o WHERE o.entry_id = t.id),
                              (SELECT 'invoice' FROM invoices v WHERE v.entry_id = t.id),
                              (SELECT 'invoice' FROM invoices v WHERE v.paid_entry_id = t.id),
                              (SELECT 'complaint' FROM complaints k WHERE k.entry_id = t.id),
                              (SELECT 'complaint' FROM complaint_steps s WHERE s.entry_id = t.id))",
                ),
            ],
            Table::Plans => &[
                ("id", "t.id"),
                ("client_id", "t.client_id"),
                ("client", "c.name"),
                ("due_on", "t.due_on"),
                ("kind", "t.kind"),
                ("purpose", "t.purpose"),
                ("status", "t.status"),
            ],
            Table::Orders => &[
                ("id", "t.id"),
                ("client_id", "t.client_id"),
                ("client", "c.name"),
                ("at", "t.at"),
                ("title", "t.title"),
                ("amount", "t.amount_minor"),
                ("currency", "t.currency"),
                ("status", "t.status"),
            ],
            Table::Invoices => &[
                ("id", "t.id"),
                ("client_id", "t.client_id"),
                ("client", "c.name"),
                ("number", "t.number"),
                ("amount", "t.amount_minor"),
                ("currency", "t.currency"),
                ("issued_on", "t.issued_on"),
                ("due_on", "t.due_on"),
                ("paid_on", "t.paid_on"),
            ],
        }
    }

    /// FROM and WHERE (`?1`: a client id or NULL for all), and the order.
    fn from(self) -> &'static str {
        match self {
            Table::Clients => "FROM clients c WHERE (?1 IS NULL OR c.id = ?1) ORDER BY c.sort_key, c.name_key",
            Table::Contacts => "FROM contacts t JOIN clients c ON c.id = t.client_id
                 WHERE (?1 IS NULL OR t.client_id = ?1) ORDER BY c.sort_key, c.name_key, t.name_key",
            // Hidden entries are not part of the story any more.
            Table::Timeline => "FROM interactions t JOIN clients c ON c.id = t.client_id
                 WHERE (?1 IS NULL OR t.client_id = ?1) AND t.deleted_at IS NULL ORDER BY t.at, t.seq",
            Table::Plans => "FROM plans t JOIN clients c ON c.id = t.client_id
                 WHERE (?1 IS NULL OR t.client_id = ?1) ORDER BY t.due_on, t.seq",
            Table::Orders => "FROM orders t JOIN clients c ON c.id = t.client_id
                 WHERE (?1 IS NULL OR t.client_id = ?1) AND t.deleted_at IS NULL ORDER BY t.at, t.seq",
            Table::Invoices => "FROM invoices t JOIN clients c ON c.id = t.client_id
                 WHERE (?1 IS NULL OR t.client_id = ?1) AND t.deleted_at IS NULL ORDER BY t.issued_on, t.number",
        }
    }
}

impl Book {
    /// Every row of `table` (of one client, or all), in order, one at a time:
    /// a book of two million entries is written without holding them.
    pub fn export_rows(
        &self,
        table: Table,
        client_id: Option<&str>,
        mut each: impl FnMut(&[Cell]) -> Result<()>,
    ) -> Result<u64> {
        let cols = table.columns();
        let select: Vec<&str> = cols.iter().map(|(_, sql)| *sql).collect();
        let sql = format!("SELECT {} {}", select.join(", "), table.from());
        let mut stmt = self.conn().prepare(&sql)?;
        let mut rows = stmt.query([client_id])?;
        let mut n = 0;
        let mut row = Vec::with_capacity(cols.len());
        while let Some(r) = rows.next()? {
            row.clear();
            for (i, (name, _)) in cols.iter().enumerate() {
                row.push(match r.get_ref(i)? {
                    ValueRef::Null => Cell::Empty,
                    ValueRef::Integer(v) if *name == "amount" => Cell::Amount(v),
                    ValueRef::Integer(v) => Cell::Int(v),
                    ValueRef::Real(v) => Cell::Text(v.to_string()),
                    ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
                    ValueRef::Blob(_) => Cell::Empty,
                });
            }
            if let Some(e) = cols.iter().position(|(name, _)| *name == "event")
                && let Cell::Text(event) = &row[e]
                && let Ok(event) = crate::domain::EntryEvent::from_stored(event)
                && let Some(s) = cols.iter().position(|(name, _)| *name == "summary")
                && let Cell::Text(summary) = &row[s]
            {
                row[s] = Cell::Text(event.render(summary));
            }
            each(&row)?;
            n += 1;
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::Cell;

    /// Amounts read with a point and two decimals whatever their size or
    /// sign (a book holds none below zero, but a cell may).
    #[test]
    fn an_amount_is_written_with_a_point_and_two_decimals() {
        let plain = |m| Cell::Amount(m).plain();
        assert_eq!(plain(12_500_050), "125000.50");
        assert_eq!(plain(5), "0.05");
        assert_eq!(plain(0), "0.00");
        assert_eq!(plain(-5), "-0.05");
        assert_eq!(plain(i64::MIN), "-92233720368547758.08");
        assert_eq!(Cell::Int(-3).plain(), "-3");
        assert_eq!(Cell::Empty.plain(), "");
    }
}
