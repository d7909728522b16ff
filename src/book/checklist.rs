//! The successor's first weeks: every client received by `handover accept`
//! carries a checklist until it is done: introduce yourself to each current
//! contact, go through the open complaints, confirm the unpaid invoices, set
//! the next step. Each item is read from the book (touches and complaint
//! steps logged after the accept, open plans), so nothing is ticked by hand.

use super::{Book, Result};
use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;

/// One item of a received client's checklist.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// `introduce`, `complaints`, `invoices` or `next_step`.
    pub item: &'static str,
    pub done: bool,
    /// What is left: the contacts not yet met, the complaints not yet gone
    /// through (names or numbers; empty when done).
    pub left: Vec<String>,
}

/// A client received in a handover, with its checklist.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Checklist {
    pub client_id: String,
    pub client: String,
    pub accepted_on: NaiveDate,
    pub from_manager: String,
    pub items: Vec<Item>,
}

impl Checklist {
    pub fn done(&self) -> usize {
        self.items.iter().filter(|i| i.done).count()
    }
    pub fn is_done(&self) -> bool {
        self.done() == self.items.len()
    }
    /// The first thing left, in the language in force.
    pub fn next_item(&self) -> Option<String> {
        self.items.iter().find(|i| !i.done).map(Item::label)
    }
}

impl Item {
    /// The item as a person reads it, in the language in force: what is
    /// left (names made safe for a terminal), or, done, the item alone.
    pub fn label(&self) -> String {
        let id = self.item.replace('_', "-");
        if self.done {
            return crate::i18n::tr(&format!("checklist-done-{id}"));
        }
        let left = self
            .left
            .iter()
            .map(|s| crate::text::display_safe(s))
            .collect::<Vec<_>>()
            .join(", ");
        crate::i18n::tr_with(
            &format!("checklist-{id}"),
            &[("left", crate::i18n::arg(left))],
        )
    }
}

impl Book {
    /// The checklists of every client received by an accept (the latest
    /// one for each), in the order of the list; `all` keeps the finished ones.
    pub fn checklists(&self, all: bool) -> Result<Vec<Checklist>> {
        let conn = self.conn();
        // From the clients handed over, not from every client: left to
        // itself the planner reads all of a department's 50,000 clients to
        // find the few received (CROSS JOIN keeps the order as written).
        let mut stmt = conn.prepare_cached(
            "SELECT c.id, c.name, max(h.at), h.from_manager
             FROM handover_clients hc CROSS JOIN handovers h ON h.id = hc.handover_id
             CROSS JOIN clients c ON c.id = hc.client_id
             WHERE h.kind = 'accept' AND c.status IN ('active', 'prospect')
             GROUP BY c.id ORDER BY c.sort_key, c.name_key",
        )?;
        let received: Vec<(String, String, String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::new();
        for (client_id, client, since, from_manager) in received {
            let Some(list) = self.checklist_of(client_id, client, since, from_manager)? else {
                continue;
            };
            if all || !list.is_done() {
                out.push(list);
            }
        }
        Ok(out)
    }

    /// The checklist of one client received by an accept, while anything
    /// is left on it (the card shows it).
    pub fn checklist(&self, client_id: &str) -> Result<Option<Checklist>> {
        use rusqlite::OptionalExtension;
        let row: Option<(String, String, String)> = self
            .conn()
            .query_row(
                "SELECT c.name, h.at, h.from_manager
                 FROM handover_clients hc JOIN handovers h ON h.id = hc.handover_id
                 JOIN clients c ON c.id = hc.client_id
                 WHERE hc.client_id = ?1 AND h.kind = 'accept' AND c.status IN ('active', 'prospect')
                 ORDER BY h.at DESC LIMIT 1",
                [client_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((client, since, from_manager)) = row else {
            return Ok(None);
        };
        Ok(self
            .checklist_of(client_id.to_string(), client, since, from_manager)?
            .filter(|l| !l.is_done()))
    }

    /// What is done and left for a client received at `since` (a stamp).
    fn checklist_of(
        &self,
        client_id: String,
        client: String,
        since: String,
        from_manager: String,
    ) -> Result<Option<Checklist>> {
        let conn = self.conn();
        {
            let Ok(accepted_on) =
                NaiveDate::parse_from_str(since.get(..10).unwrap_or(""), "%Y-%m-%d")
            else {
                return Ok(None);
            };
            // Each current contact met: an outbound touch with them logged
            // since the accept (stamps, both in UTC).
            let mut stmt = conn.prepare_cached(
                "SELECT ct.name FROM contacts ct WHERE ct.client_id = ?1 AND ct.left_on IS NULL
                   AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.contact_id = ct.id
                        AND i.deleted_at IS NULL AND i.direction = 'outbound' AND i.logged_at >= ?2
                        AND i.kind IN ('call', 'meeting', 'visit', 'email', 'message'))
                 ORDER BY ct.name_key",
            )?;
            let not_met: Vec<String> = stmt
                .query_map(params![client_id, since], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            // Each open complaint gone through: a step (escalation or
            // resolution) since the accept.
            let mut stmt = conn.prepare_cached(
                "SELECT k.summary FROM complaints k WHERE k.client_id = ?1 AND k.deleted_at IS NULL
                   AND k.status <> 'resolved'
                   AND NOT EXISTS (SELECT 1 FROM complaint_steps s JOIN interactions i ON i.id = s.entry_id
                                   WHERE s.complaint_id = k.id AND i.logged_at >= ?2)
                 ORDER BY k.opened_at",
            )?;
            let complaints: Vec<String> = stmt
                .query_map(params![client_id, since], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            // Unpaid invoices confirmed: a touch with the client since the accept.
            let touched: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM interactions WHERE client_id = ?1 AND deleted_at IS NULL
                    AND direction = 'outbound' AND logged_at >= ?2
                    AND kind IN ('call', 'meeting', 'visit', 'email', 'message'))",
                params![client_id, since],
                |r| r.get(0),
            )?;
            let mut stmt = conn.prepare_cached(
                "SELECT number FROM invoices WHERE client_id = ?1 AND paid_on IS NULL AND deleted_at IS NULL
                 ORDER BY due_on",
            )?;
            let unpaid: Vec<String> = stmt
                .query_map([&client_id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let planned: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM plans WHERE client_id = ?1 AND status = 'open')",
                [&client_id],
                |r| r.get(0),
            )?;
            let invoices_left = if touched { Vec::new() } else { unpaid };
            let list = Checklist {
                client_id,
                client,
                accepted_on,
                from_manager,
                items: vec![
                    Item {
                        item: "introduce",
                        done: not_met.is_empty(),
                        left: not_met,
                    },
                    Item {
                        item: "complaints",
                        done: complaints.is_empty(),
                        left: complaints,
                    },
                    Item {
                        item: "invoices",
                        done: invoices_left.is_empty(),
                        left: invoices_left,
                    },
                    Item {
                        item: "next_step",
                        done: planned,
                        left: Vec::new(),
                    },
                ],
            };
            Ok(Some(list))
        }
    }
}
