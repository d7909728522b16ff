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

/// The first `want` clients of the group in the urgency order, as `seq`s;
/// with `overdue_only`, only those whose due day is before `today`.
/// Fewer than `want` means the group has no more.
fn first(
    conn: &Connection,
    group: Group,
    today: NaiveDate,
    overdue_only: bool,
    want: u64,
) -> Result<Vec<i64>> {
    let (cond, index) = (group.condition(), group.index());
    let sql = format!(
        "SELECT seq, touch_due_on, tier, sort_key, name_key FROM clients INDEXED BY {index}
         WHERE {cond} AND cadence_days = ?1 AND touch_due_on < ?2
         ORDER BY touch_due_on, tier, sort_key, name_key LIMIT ?3"
    );
    let bound = if overdue_only {
        today.format("%Y-%m-%d").to_string()
    } else {
        // Every stored day sorts before this.
        "9".to_string()
    };
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut places = Vec::new();
    for cadence in cadences(conn, group)? {
        let rows = stmt.query_map(rusqlite::params![cadence, bound, want as i64], |r| {
            let due: String = r.get(1)?;
            Ok(Place {
                // A due day that does not read sorts as due today; `check` names it.
                over: NaiveDate::parse_from_str(&due, "%Y-%m-%d")
                    .map(|d| (today - d).num_days())
                    .unwrap_or(0),
                cadence,
                tier: r.get(2)?,
                sort_key: r.get(3)?,
                name_key: r.get(4)?,
                seq: r.get(0)?,
            })
        })?;
        for row in rows {
            places.push(row?);
        }
    }
    // Each stream gave its own first `want`, so the merged first `want` are among them.
    places.sort_unstable();
    places.truncate(want as usize);
    Ok(places.into_iter().map(|p| p.seq).collect())
}

/// One page (`offset`, `limit`) of the untouched clients: active and
/// prospect clients past their due day, most urgent first.
pub(crate) fn untouched_page(
    conn: &Connection,
    today: NaiveDate,
    offset: u64,
    limit: u64,
) -> Result<Vec<i64>> {
    let seqs = first(conn, Group::Open, today, true, offset + limit)?;
    Ok(seqs.into_iter().skip(offset as usize).collect())
}

/// One page of every client in the urgency order: the active and prospect
/// ones first, then the paused and lost ones.
pub(crate) fn list_page(
    conn: &Connection,
    today: NaiveDate,
    offset: u64,
    limit: u64,
) -> Result<Vec<i64>> {
    let want = offset + limit;
    let mut seqs = first(conn, Group::Open, today, false, want)?;
    let open = seqs.len() as u64;
    if open < want {
        // All the open ones are read: the page goes on into the others.
        seqs.extend(first(conn, Group::Closed, today, false, want - open)?);
    }
    Ok(seqs.into_iter().skip(offset as usize).collect())
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
