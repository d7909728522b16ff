//! Inbound requests and the outbound touch that answered each, found in one
//! pass: both read in time order from their indexes and merged, instead of
//! a lookup of the next answer for every request (a year of a department's
//! book holds over a hundred thousand requests).

use super::{Book, Result};
use rusqlite::params;
use rustc_hash::FxHashMap;

/// One inbound request (a touch or a complaint from the client) and our
/// first outbound touch of the same client at or after it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Request {
    /// The entry's row (`seq`), read from the index that lists requests.
    pub seq: i64,
    /// As written in the book: `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`.
    pub at: String,
    /// The moment of the answer, if one came before the end of the window.
    pub answered_at: Option<String>,
}

impl Book {
    /// The requests made in `lo..hi` (moments as the book writes them, `hi`
    /// excluded), in time order, each with the first outbound touch of its
    /// client at or after it and before `hi`: an answer at the very moment
    /// of the request counts, as it always has.
    pub(crate) fn requests(&self, lo: &str, hi: &str) -> Result<Vec<Request>> {
        let conn = self.conn();
        let mut asked = conn.prepare_cached(
            "SELECT seq, at, client_id FROM interactions INDEXED BY interactions_inbound_by_at
             WHERE at >= ?1 AND at < ?2 AND deleted_at IS NULL AND direction = 'inbound'
               AND kind IN ('call', 'meeting', 'visit', 'email', 'message', 'complaint')
             ORDER BY at",
        )?;
        let mut answers = conn.prepare_cached(
            "SELECT at, client_id FROM interactions INDEXED BY interactions_outbound_by_at
             WHERE at >= ?1 AND at < ?2 AND deleted_at IS NULL AND direction = 'outbound'
               AND kind IN ('call', 'meeting', 'visit', 'email', 'message')
             ORDER BY at",
        )?;
        let mut out: Vec<Request> = Vec::new();
        // The requests still waiting, client by client: the newest one's
        // place in `out`, each pointing to the one before (`usize::MAX`
        // ends the chain), so a client's whole queue is answered at once.
        let mut waiting: FxHashMap<String, usize> = FxHashMap::default();
        let mut earlier: Vec<usize> = Vec::new();
        let mut answers = answers.query(params![lo, hi])?;
        let mut next_answer = answers.next()?;
        let mut rows = asked.query(params![lo, hi])?;
        while let Some(r) = rows.next()? {
            let at: String = r.get(1)?;
            // Every answer strictly before this request is given first; one
            // at the same moment comes after it, and so answers it.
            while let Some(a) = next_answer {
                let when = text(a, 0)?;
                if when >= at.as_str() {
                    break;
                }
                answer(&mut out, &mut waiting, &earlier, when, text(a, 1)?);
                next_answer = answers.next()?;
            }
            let before = waiting.insert(r.get(2)?, out.len());
            earlier.push(before.unwrap_or(usize::MAX));
            out.push(Request {
                seq: r.get(0)?,
                at,
                answered_at: None,
            });
        }
        while let Some(a) = next_answer {
            if waiting.is_empty() {
                break;
            }
            answer(&mut out, &mut waiting, &earlier, text(a, 0)?, text(a, 1)?);
            next_answer = answers.next()?;
        }
        Ok(out)
    }
}

/// A text column read in place: no copy for each of the many answers.
pub(crate) fn text<'r>(row: &'r rusqlite::Row, i: usize) -> rusqlite::Result<&'r str> {
    row.get_ref(i)?.as_str().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// An outbound touch of `client` at `when` answers every request of that
/// client still waiting.
fn answer(
    out: &mut [Request],
    waiting: &mut FxHashMap<String, usize>,
    earlier: &[usize],
    when: &str,
    client: &str,
) {
    let Some(mut i) = waiting.remove(client) else {
        return;
    };
    while i != usize::MAX {
        out[i].answered_at = Some(when.to_string());
        i = earlier[i];
    }
}
