//! "Who hasn't been touched": active and prospect clients whose last touch
//! (or the day they were added) is older than their cadence, most overdue
//! relative to the cadence first, then tier A→C, then name.

use super::clients::{CLIENT_COL_COUNT, CLIENT_COLS, client_from_row};
use super::{Book, Result};
use crate::domain::{Client, Plan};
use chrono::NaiveDate;
use serde::Serialize;

/// One untouched client with its overdue days and its next planned touch.
#[derive(Debug, Clone, PartialEq)]
pub struct Untouched {
    pub client: Client,
    pub days_since_touch: Option<i64>,
    pub overdue_days: i64,
    pub next_step: Option<NextStep>,
    pub open_complaints: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextStep {
    pub due: NaiveDate,
    pub purpose: String,
}

impl From<&Plan> for NextStep {
    fn from(p: &Plan) -> Self {
        NextStep {
            due: p.due,
            purpose: p.purpose.clone(),
        }
    }
}

impl Book {
    /// Untouched clients as of `today`, most urgent first: the order comes
    /// from the per-cadence index streams (`urgency`), so only the page's
    /// clients are read.
    pub fn untouched(&self, today: NaiveDate, offset: u64, limit: u64) -> Result<Vec<Untouched>> {
        let seqs = super::urgency::untouched_page(self.conn(), today, offset, limit)?;
        let sql = format!(
            "SELECT {CLIENT_COLS},
                    (SELECT p.due_on || '|' || p.purpose FROM plans p
                      WHERE p.client_id = c.id AND p.status = 'open' ORDER BY p.due_on, p.seq LIMIT 1),
                    (SELECT count(*) FROM complaints k WHERE k.client_id = c.id AND k.status <> 'resolved' AND k.deleted_at IS NULL)
             FROM clients c WHERE c.seq = ?1"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let mut rows = Vec::with_capacity(seqs.len());
        for seq in seqs {
            rows.push(stmt.query_row([seq], |r| {
                let client = client_from_row(r, 0)?;
                let next: Option<String> = r.get(CLIENT_COL_COUNT)?;
                let complaints: u32 = r.get(CLIENT_COL_COUNT + 1)?;
                Ok((client, next, complaints))
            })?);
        }
        let mut out = Vec::new();
        for (client, next, open_complaints) in rows {
            let next_step = next.and_then(|s| {
                let (due, purpose) = s.split_once('|')?;
                Some(NextStep {
                    due: NaiveDate::parse_from_str(due, "%Y-%m-%d").ok()?,
                    purpose: purpose.to_string(),
                })
            });
            out.push(Untouched {
                days_since_touch: client.last_touch.map(|d| (today - d).num_days()),
                overdue_days: client.days_since_clock(today) - client.cadence_days as i64,
                client,
                next_step,
                open_complaints,
            });
        }
        Ok(out)
    }
}
