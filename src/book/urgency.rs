//! The urgency order (most overdue relative to the cadence first, then tier
//! A→C, then name) read without sorting the table. No single index serves a
//! ratio, but for one cadence the order is that of `touch_due_on`, and a
//! book has few cadences: one indexed stream per cadence, merged here, reads
//! about (rows wanted × cadences) index entries, whatever the book's size.

use super::Result;
use chrono::NaiveDate;
use rusqlite::Connection;
use std::cmp::Ordering;

/// Which clients a stream reads: the ones the manager works with (active
/// and prospect, listed first) or the rest (paused and lost).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Group {
    Open,
    Closed,
}

impl Group {
    fn condition(self) -> &'static str {
        // Spelled as the partial indexes of migration 12 spell it, so the
        // planner can use them.
        match self {
            Group::Open => "status IN ('active', 'prospect')",
            Group::Closed => "status IN ('paused', 'lost')",
        }
    }

    /// The group's index, named in the queries: the statistics of an
    /// analysed book can lead SQLite's planner to the older status index,
    /// which reads the whole group.
    fn index(self) -> &'static str {
        match self {
            Group::Open => "clients_open_by_cadence",
            Group::Closed => "clients_closed_by_cadence",
        }
    }
}

/// A client's place in the order.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    /// Days past the due day (negative: not due yet).
    over: i64,
    cadence: i64,
    tier: String,
    sort_key: String,
    name_key: String,
    seq: i64,
}

impl Ord for Place {
    fn cmp(&self, other: &Self) -> Ordering {
        // over/cadence descending, compared exactly (cadences are positive).
        (other.over * self.cadence)
            .cmp(&(self.over * other.cadence))
            .then_with(|| self.tier.cmp(&other.tier))
            .then_with(|| self.sort_key.cmp(&other.sort_key))
            .then_with(|| self.name_key.cmp(&other.name_key))
            .then_with(|| self.seq.cmp(&other.seq))
    }
}

impl PartialOrd for Place {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The cadences the group's clients have, each found by one index seek.
fn cadences(conn: &Connection, group: Group) -> Result<Vec<i64>> {
    let (cond, index) = (group.condition(), group.index());
    let sql = format!(
        "WITH RECURSIVE cad(x) AS (
             SELECT (SELECT min(cadence_days) FROM clients INDEXED BY {index} WHERE {cond})
             UNION ALL
             SELECT (SELECT min(cadence_days) FROM clients INDEXED BY {index} WHERE {cond} AND cadence_days > cad.x)
             FROM cad WHERE cad.x IS NOT NULL)
         SELECT x FROM cad WHERE x IS NOT NULL"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Which end of the order a read starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    First,
    Last,
}

/// The day bound of a group's read: before `today` for the untouched ones,
/// every stored day otherwise.
fn bound(today: NaiveDate, overdue_only: bool) -> String {
    if overdue_only {
        today.format("%Y-%m-%d").to_string()
    } else {
        // Every stored day sorts before this.
        "9".to_string()
    }
}

/// Which clients are read: those whose folded name holds `name_part`
/// (every client when it is empty), tested on the index's own copy of the
/// name, so a filtered page reads only the index entries up to its rows.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scope<'a> {
    pub overdue_only: bool,
    pub name_part: &'a str,
}

const NAME_HOLDS: &str = "(?9 = '' OR instr(name_key, ?9) > 0)";

/// How many clients of the group are in scope, counted in its index.
fn count(conn: &Connection, group: Group, today: NaiveDate, scope: Scope) -> Result<u64> {
    let (cond, index) = (group.condition(), group.index());
    let sql = format!(
        "SELECT count(*) FROM clients INDEXED BY {index}
         WHERE {cond} AND touch_due_on < ?1 AND {NAME_HOLDS}"
    );
    Ok(conn.prepare_cached(&sql)?.query_row(
        rusqlite::named_params! {"?1": bound(today, scope.overdue_only), "?9": scope.name_part},
        |r| r.get(0),
    )?)
}

/// `want` clients of the group at one end of the urgency order, as `seq`s
/// in the order's direction (the last ones come last); with `overdue_only`,
/// only those whose due day is before `today`. Fewer than `want` means the
/// group has no more.
///
/// Each cadence's stream is in the order already; they are merged a row at
/// a time, so a page deep in the list reads about as many index entries as
/// rows before it, all streams together, with no copy of a name for each.
fn read(
    conn: &Connection,
    group: Group,
    today: NaiveDate,
    scope: Scope,
    end: End,
    want: u64,
) -> Result<Vec<i64>> {
    let (cond, index) = (group.condition(), group.index());
    let dir = match end {
        End::First => "ASC",
        End::Last => "DESC",
    };
    let sql = format!(
        "SELECT seq, touch_due_on, tier, sort_key, name_key FROM clients INDEXED BY {index}
         WHERE {cond} AND cadence_days = ?1 AND touch_due_on < ?2 AND {NAME_HOLDS}
         ORDER BY touch_due_on {dir}, tier {dir}, sort_key {dir}, name_key {dir} LIMIT ?3"
    );
    let bound = bound(today, scope.overdue_only);
    let cadences = cadences(conn, group)?;
    // A statement a stream: they are stepped side by side.
    let mut stmts = Vec::with_capacity(cadences.len());
    for _ in &cadences {
        stmts.push(conn.prepare(&sql)?);
    }
    let mut streams = Vec::with_capacity(cadences.len());
    for (stmt, cadence) in stmts.iter_mut().zip(&cadences) {
        let params = rusqlite::named_params! {
            "?1": cadence, "?2": bound, "?3": want as i64, "?9": scope.name_part,
        };
        streams.push(stmt.query(params)?);
    }
    // Each stream's next row, its text kept in buffers used again.
    let mut heads: Vec<Option<Place>> = vec![None; streams.len()];
    for (i, rows) in streams.iter_mut().enumerate() {
        next_place(rows, today, cadences[i], &mut heads[i])?;
    }
    let mut seqs = Vec::new();
    while (seqs.len() as u64) < want {
        // The next row of the order: the first (or last) of the streams' heads.
        let live = heads
            .iter()
            .enumerate()
            .filter_map(|(i, head)| head.as_ref().map(|p| (i, p)));
        let pick = match end {
            End::First => live.min_by(|a, b| a.1.cmp(b.1)),
            End::Last => live.max_by(|a, b| a.1.cmp(b.1)),
        };
        let Some((i, _)) = pick else { break };
        if let Some(p) = &heads[i] {
            seqs.push(p.seq);
        }
        next_place(&mut streams[i], today, cadences[i], &mut heads[i])?;
    }
    if end == End::Last {
        seqs.reverse();
    }
    Ok(seqs)
}

/// Step a stream: its next row into `head` (`None` once it has no more).
fn next_place(
    rows: &mut rusqlite::Rows,
    today: NaiveDate,
    cadence: i64,
    head: &mut Option<Place>,
) -> Result<()> {
    let Some(r) = rows.next()? else {
        *head = None;
        return Ok(());
    };
    let text = |i: usize| super::requests::text(r, i);
    // A due day that does not read sorts as due today; `check` names it.
    let over = NaiveDate::parse_from_str(text(1)?, "%Y-%m-%d")
        .map(|d| (today - d).num_days())
        .unwrap_or(0);
    let p = head.get_or_insert_with(|| Place {
        over,
        cadence,
        tier: String::new(),
        sort_key: String::new(),
        name_key: String::new(),
        seq: 0,
    });
    p.over = over;
    p.cadence = cadence;
    p.seq = r.get(0)?;
    for (field, i) in [(&mut p.tier, 2), (&mut p.sort_key, 3), (&mut p.name_key, 4)] {
        field.clear();
        field.push_str(text(i)?);
    }
    Ok(())
}

/// Rows from where a page is read from its group's end rather than its
/// start: below this, counting the group costs more than reading ahead.
const DEEP: u64 = 100;

/// One page of a group: read from the nearer end, so the end of the list
/// (`G`) costs what its start costs.
fn page(
    conn: &Connection,
    group: Group,
    today: NaiveDate,
    scope: Scope,
    offset: u64,
    limit: u64,
) -> Result<Vec<i64>> {
    if offset >= DEEP {
        let n = count(conn, group, today, scope)?;
        if offset >= n {
            return Ok(Vec::new());
        }
        if offset > n / 2 {
            // The rows from the page's start to the group's end.
            let mut seqs = read(conn, group, today, scope, End::Last, n - offset)?;
            seqs.truncate(limit as usize);
            return Ok(seqs);
        }
    }
    let seqs = read(conn, group, today, scope, End::First, offset + limit)?;
    Ok(seqs.into_iter().skip(offset as usize).collect())
}

/// One page (`offset`, `limit`) of the untouched clients: active and
/// prospect clients past their due day, most urgent first.
pub(crate) fn untouched_page(
    conn: &Connection,
    today: NaiveDate,
    offset: u64,
    limit: u64,
) -> Result<Vec<i64>> {
    let scope = Scope {
        overdue_only: true,
        name_part: "",
    };
    page(conn, Group::Open, today, scope, offset, limit)
}

/// One page of every client whose folded name holds `name_part` (every
/// client when it is empty) in the urgency order: the active and prospect
/// ones first, then the paused and lost ones.
pub(crate) fn list_page(
    conn: &Connection,
    today: NaiveDate,
    name_part: &str,
    offset: u64,
    limit: u64,
) -> Result<Vec<i64>> {
    let scope = Scope {
        overdue_only: false,
        name_part,
    };
    let mut seqs = page(conn, Group::Open, today, scope, offset, limit)?;
    if (seqs.len() as u64) < limit {
        // The open ones end on this page, and the others follow from their
        // start; or they ended before it, and the page starts among the
        // others as far in as it is past the open ones.
        let from = if seqs.is_empty() {
            offset.saturating_sub(count(conn, Group::Open, today, scope)?)
        } else {
            0
        };
        let rest = limit - seqs.len() as u64;
        seqs.extend(page(conn, Group::Closed, today, scope, from, rest)?);
    }
    Ok(seqs)
}

/// Where a client stands in the urgency order of every client (`None` when
/// there is no such client): in each cadence's stream, the clients before
/// it are a range of due days, plus, on the one due day whose share equals
/// its own, those before it by tier and name. Counted in the indexes.
pub(crate) fn position(conn: &Connection, today: NaiveDate, seq: i64) -> Result<Option<u64>> {
    use rusqlite::OptionalExtension;
    let me: Option<(String, i64, String, String, String, String)> = conn
        .query_row(
            "SELECT touch_due_on, cadence_days, tier, sort_key, name_key, status FROM clients WHERE seq = ?1",
            [seq],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .optional()?;
    let Some((due, cadence, tier, sort_key, name_key, status)) = me else {
        return Ok(None);
    };
    let over = NaiveDate::parse_from_str(&due, "%Y-%m-%d")
        .map(|d| (today - d).num_days())
        .unwrap_or(0);
    let group = if matches!(status.as_str(), "active" | "prospect") {
        Group::Open
    } else {
        Group::Closed
    };
    let mut before = if group == Group::Closed {
        let every = Scope {
            overdue_only: false,
            name_part: "",
        };
        count(conn, Group::Open, today, every)?
    } else {
        0
    };
    let (cond, index) = (group.condition(), group.index());
    let mut earlier = conn.prepare_cached(&format!(
        "SELECT count(*) FROM clients INDEXED BY {index}
         WHERE {cond} AND cadence_days = ?1 AND touch_due_on < ?2"
    ))?;
    let mut tied = conn.prepare_cached(&format!(
        "SELECT count(*) FROM clients INDEXED BY {index}
         WHERE {cond} AND cadence_days = ?1 AND touch_due_on = ?2
           AND (tier, sort_key, name_key) < (?3, ?4, ?5)"
    ))?;
    let day = |over: i64| today - chrono::Duration::days(over);
    for c in cadences(conn, group)? {
        // Before it: over·cadence > its over·c, that is over > ⌊q / cadence⌋.
        let q = over * c;
        let (whole, rest) = (q.div_euclid(cadence), q.rem_euclid(cadence));
        let n: u64 = earlier.query_row(
            rusqlite::params![c, day(whole).format("%Y-%m-%d").to_string()],
            |r| r.get(0),
        )?;
        before += n;
        if rest == 0 {
            // The due day with exactly its share: tier, then name decide.
            let n: u64 = tied.query_row(
                rusqlite::params![
                    c,
                    day(whole).format("%Y-%m-%d").to_string(),
                    tier,
                    sort_key,
                    name_key
                ],
                |r| r.get(0),
            )?;
            before += n;
        }
    }
    Ok(Some(before))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(over: i64, cadence: i64, tier: &str, name: &str) -> Place {
        Place {
            over,
            cadence,
            tier: tier.into(),
            sort_key: name.into(),
            name_key: name.into(),
            seq: 0,
        }
    }

    #[test]
    fn the_order_is_overdue_share_then_tier_then_name() {
        let mut v = [
            place(10, 30, "A", "b"),   // a third of the cadence
            place(20, 60, "B", "a"),   // the same third, a lower tier
            place(20, 60, "A", "a"),   // the same third, tier A, name before "b"
            place(-5, 7, "A", "z"),    // not due yet
            place(30, 14, "C", "c"),   // more than twice the cadence
            place(0, 14, "A", "zero"), // due today
        ];
        v.sort();
        let names: Vec<(&str, &str)> = v
            .iter()
            .map(|p| (p.tier.as_str(), p.name_key.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("C", "c"),
                ("A", "a"),
                ("A", "b"),
                ("B", "a"),
                ("A", "zero"),
                ("A", "z")
            ]
        );
    }
}
