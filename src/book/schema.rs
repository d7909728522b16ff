//! The book's schema as append-only migrations. Migration N (1-based) brings a
//! book to `PRAGMA user_version = N`. Never edit or remove one; add the next.
//!
//! Dates are ISO-8601 text: `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM` for a moment
//! of the timeline; `*_at` columns written by touchbase itself are UTC
//! `YYYY-MM-DDTHH:MM:SSZ`. Ids are UUIDv7 text and never reused; `seq` is a
//! local row number that only the search index refers to.

pub const MIGRATIONS: &[&str] = &[
    // 1: clients, contacts, the timeline with its history, planned touches,
    //    settings, the search index and the two views for readers with sqlite3.
    r#"
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES ('currency', 'RUB');

CREATE TABLE clients (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL CHECK (name <> ''),
    name_key      TEXT NOT NULL UNIQUE,          -- name folded for matching (lower case in any script, ё as е)
    tier          TEXT NOT NULL CHECK (tier IN ('A', 'B', 'C')),
    cadence_days  INTEGER NOT NULL CHECK (cadence_days BETWEEN 1 AND 3650),
    status        TEXT NOT NULL CHECK (status IN ('prospect', 'active', 'paused', 'lost')),
    industry      TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    created_on    TEXT NOT NULL,                 -- the day the client was added
    updated_at    TEXT NOT NULL,
    last_touch_on TEXT,                          -- date of the newest touch, kept up to date on every write
    touch_due_on  TEXT GENERATED ALWAYS AS
                  (date(coalesce(last_touch_on, created_on), '+' || cadence_days || ' days')) VIRTUAL
);
CREATE INDEX clients_due ON clients (status, touch_due_on);
CREATE INDEX clients_last_touch ON clients (last_touch_on);

CREATE TABLE contacts (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    client_id  TEXT NOT NULL REFERENCES clients (id),
    name       TEXT NOT NULL CHECK (name <> ''),
    name_key   TEXT NOT NULL,
    role       TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX contacts_by_client ON contacts (client_id, name_key);

CREATE TABLE interactions (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    client_id  TEXT NOT NULL REFERENCES clients (id),
    kind       TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'visit', 'email', 'message',
                                             'note', 'order', 'complaint', 'internal')),
    direction  TEXT NOT NULL CHECK (direction IN ('outbound', 'inbound')),
    at         TEXT NOT NULL,                    -- 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM'
    contact_id TEXT REFERENCES contacts (id),
    summary    TEXT NOT NULL,
    details    TEXT NOT NULL DEFAULT '',
    logged_at  TEXT NOT NULL,
    edited_at  TEXT,                             -- set when a newer version replaced an older one
    deleted_at TEXT                              -- hidden, not erased: undoable
);
CREATE INDEX interactions_by_client ON interactions (client_id, at DESC, id DESC);
CREATE INDEX interactions_touches ON interactions (client_id, at)
    WHERE deleted_at IS NULL AND kind IN ('call', 'meeting', 'visit', 'email', 'message');

-- Every earlier version of an edited entry, as it read before the edit.
CREATE TABLE interaction_versions (
    interaction_id TEXT NOT NULL REFERENCES interactions (id),
    version        INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    direction      TEXT NOT NULL,
    at             TEXT NOT NULL,
    contact_id     TEXT,
    summary        TEXT NOT NULL,
    details        TEXT NOT NULL,
    replaced_at    TEXT NOT NULL,
    PRIMARY KEY (interaction_id, version)
);

CREATE TABLE plans (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    client_id  TEXT NOT NULL REFERENCES clients (id),
    due_on     TEXT NOT NULL,
    purpose    TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'visit', 'email', 'message')),
    status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    done_by    TEXT REFERENCES interactions (id),
    closed_at  TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX plans_open_by_client ON plans (client_id, due_on) WHERE status = 'open';
CREATE INDEX plans_by_due ON plans (status, due_on);

-- Full-text search over folded text (trigram: parts of words in any script).
-- The rowid of each index table is the `seq` of the row it indexes.
CREATE VIRTUAL TABLE search_clients USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_contacts USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_entries USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'trigram');

CREATE VIEW client_overview AS
SELECT c.id, c.name, c.tier, c.cadence_days, c.status, c.industry, c.city,
       c.last_touch_on AS last_touch,
       CAST(julianday('now', 'localtime', 'start of day') - julianday(coalesce(c.last_touch_on, c.created_on)) AS INTEGER) AS days_since,
       (SELECT p.due_on || ': ' || p.purpose FROM plans p
         WHERE p.client_id = c.id AND p.status = 'open' ORDER BY p.due_on LIMIT 1) AS next_step
FROM clients c;

CREATE VIEW timeline AS
SELECT c.name AS client, i.at, i.kind, i.direction, i.summary, ct.name AS contact, i.details, i.id, i.client_id
FROM interactions i
JOIN clients c ON c.id = i.client_id
LEFT JOIN contacts ct ON ct.id = i.contact_id
WHERE i.deleted_at IS NULL;
"#,
    // 2: who logged each entry (the book's manager at the time), so a history
    //    that passed through several managers still says who said what.
    r#"
ALTER TABLE interactions ADD COLUMN logged_by TEXT NOT NULL DEFAULT '';

DROP VIEW timeline;
CREATE VIEW timeline AS
SELECT c.name AS client, i.at, i.kind, i.direction, i.summary, ct.name AS contact, i.details,
       i.logged_by, i.id, i.client_id
FROM interactions i
JOIN clients c ON c.id = i.client_id
LEFT JOIN contacts ct ON ct.id = i.contact_id
WHERE i.deleted_at IS NULL;
"#,
    // 3: handovers: which clients went from whom to whom, when, with a note.
    r#"
CREATE TABLE handovers (
    id           TEXT PRIMARY KEY,
    at           TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('export', 'accept')),
    from_manager TEXT NOT NULL,
    to_manager   TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    place        TEXT NOT NULL DEFAULT ''        -- where the exported book was written
);
CREATE TABLE handover_clients (
    handover_id TEXT NOT NULL REFERENCES handovers (id),
    client_id   TEXT NOT NULL,                   -- no foreign key: a client may leave the book
    PRIMARY KEY (handover_id, client_id)
);
"#,
    // 4: complaints followed to resolution, orders, invoices (receivables),
    //    and the views a head of sales or a successor reads with sqlite3.
    r#"
CREATE TABLE complaints (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    client_id   TEXT NOT NULL REFERENCES clients (id),
    opened_at   TEXT NOT NULL,                   -- 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM'
    contact_id  TEXT REFERENCES contacts (id),
    department  TEXT NOT NULL CHECK (department <> ''),
    severity    TEXT NOT NULL CHECK (severity IN ('low', 'normal', 'high')),
    summary     TEXT NOT NULL,                   -- what the client said
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'escalated', 'resolved')),
    resolved_at TEXT,
    resolution  TEXT NOT NULL DEFAULT '',
    entry_id    TEXT REFERENCES interactions (id) -- the timeline entry that opened it
);
CREATE INDEX complaints_by_status ON complaints (status, opened_at);
CREATE INDEX complaints_by_client ON complaints (client_id, status);

-- Each escalation and the resolution, in order; each is also a timeline entry.
CREATE TABLE complaint_steps (
    id           TEXT PRIMARY KEY,
    complaint_id TEXT NOT NULL REFERENCES complaints (id),
    at           TEXT NOT NULL,
    step         TEXT NOT NULL CHECK (step IN ('escalated', 'resolved')),
    to_whom      TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    entry_id     TEXT REFERENCES interactions (id)
);
CREATE INDEX complaint_steps_by_complaint ON complaint_steps (complaint_id, at);

CREATE TABLE orders (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    client_id    TEXT NOT NULL REFERENCES clients (id),
    at           TEXT NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),   -- in kopecks / cents
    currency     TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('won', 'lost', 'in progress')),
    entry_id     TEXT REFERENCES interactions (id)
);
CREATE INDEX orders_by_client ON orders (client_id, at);
CREATE INDEX orders_by_date ON orders (at);

CREATE TABLE invoices (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    client_id    TEXT NOT NULL REFERENCES clients (id),
    number       TEXT NOT NULL UNIQUE,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency     TEXT NOT NULL,
    issued_on    TEXT NOT NULL,
    due_on       TEXT NOT NULL,
    paid_on      TEXT
);
CREATE INDEX invoices_unpaid ON invoices (due_on) WHERE paid_on IS NULL;
CREATE INDEX invoices_by_client ON invoices (client_id, due_on);

-- The card asks who managed a client before: by client, not by handover.
CREATE INDEX handover_clients_by_client ON handover_clients (client_id);

-- Reports read the touches and inbound requests of a period across all clients,
-- and for each request the next outbound touch; these partial indexes cover
-- those reads, so a report touches no table row it does not show.
CREATE INDEX interactions_touches_by_at ON interactions (at, client_id, kind)
    WHERE deleted_at IS NULL AND kind IN ('call', 'meeting', 'visit', 'email', 'message');
CREATE INDEX interactions_inbound_by_at ON interactions (at, client_id, id)
    WHERE deleted_at IS NULL AND direction = 'inbound'
      AND kind IN ('call', 'meeting', 'visit', 'email', 'message', 'complaint');
CREATE INDEX interactions_outbound_touches ON interactions (client_id, at)
    WHERE deleted_at IS NULL AND direction = 'outbound'
      AND kind IN ('call', 'meeting', 'visit', 'email', 'message');

CREATE VIEW complaints_open AS
SELECT c.name AS client, k.opened_at, k.department, k.severity, k.status, k.summary,
       CAST(julianday('now', 'localtime', 'start of day') - julianday(substr(k.opened_at, 1, 10)) AS INTEGER) AS age_days,
       k.id
FROM complaints k JOIN clients c ON c.id = k.client_id
WHERE k.status <> 'resolved';

CREATE VIEW receivables_overdue AS
SELECT c.name AS client, i.number, i.amount_minor / 100.0 AS amount, i.currency, i.issued_on, i.due_on,
       CAST(julianday('now', 'localtime', 'start of day') - julianday(i.due_on) AS INTEGER) AS days_overdue
FROM invoices i JOIN clients c ON c.id = i.client_id
WHERE i.paid_on IS NULL AND i.due_on < date('now', 'localtime');
"#,
    // 5: search tables every SQLite reader since 3.37 opens (the sqlite3 shell,
    //    Python, Datasette): `contentless_delete` needed SQLite 3.43. The
    //    tables now keep their folded text; touchbase refills them right after
    //    this migration, in the same transaction (`Book::after_migration`).
    r#"
DROP TABLE search_clients;
DROP TABLE search_contacts;
DROP TABLE search_entries;
CREATE VIRTUAL TABLE search_clients USING fts5 (body, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_contacts USING fts5 (body, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_entries USING fts5 (body, tokenize = 'trigram');
"#,
    // 6: every record keeps a full life. Each change to a client, a contact, a plan, an
    //    order, an invoice or a complaint keeps the row as it was before, as a
    //    JSON object (entries keep theirs in interaction_versions); contacts
    //    may leave; orders, invoices and complaints can be deleted (hidden)
    //    and restored; an order may have no amount yet; an escalation may
    //    carry a "by when".
    r#"
CREATE TABLE record_versions (
    record      TEXT NOT NULL CHECK (record IN ('clients', 'contacts', 'plans', 'orders', 'invoices', 'complaints')),
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    data        TEXT NOT NULL,                   -- the row before the change, a JSON object
    replaced_at TEXT NOT NULL,
    PRIMARY KEY (record, record_id, version)
);

ALTER TABLE contacts ADD COLUMN left_on TEXT;   -- the day the person left the client
ALTER TABLE invoices ADD COLUMN deleted_at TEXT;
ALTER TABLE invoices ADD COLUMN entry_id TEXT REFERENCES interactions (id);      -- "issued" on the timeline
ALTER TABLE invoices ADD COLUMN paid_entry_id TEXT REFERENCES interactions (id); -- "paid" on the timeline
ALTER TABLE complaints ADD COLUMN deleted_at TEXT;
ALTER TABLE complaint_steps ADD COLUMN due_on TEXT; -- an escalation's "by when"

CREATE TABLE orders_v6 (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    client_id    TEXT NOT NULL REFERENCES clients (id),
    at           TEXT NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER CHECK (amount_minor >= 0),   -- in kopecks / cents; NULL: no amount yet
    currency     TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('won', 'lost', 'in progress')),
    entry_id     TEXT REFERENCES interactions (id),
    deleted_at   TEXT
);
INSERT INTO orders_v6 (seq, id, client_id, at, title, amount_minor, currency, status, entry_id)
SELECT seq, id, client_id, at, title, amount_minor, currency, status, entry_id FROM orders;
DROP TABLE orders;
ALTER TABLE orders_v6 RENAME TO orders;
CREATE INDEX orders_by_client ON orders (client_id, at);
CREATE INDEX orders_by_date ON orders (at);

-- The readers' views leave out what was deleted.
DROP VIEW complaints_open;
CREATE VIEW complaints_open AS
SELECT c.name AS client, k.opened_at, k.department, k.severity, k.status, k.summary,
       CAST(julianday('now', 'localtime', 'start of day') - julianday(substr(k.opened_at, 1, 10)) AS INTEGER) AS age_days,
       k.id
FROM complaints k JOIN clients c ON c.id = k.client_id
WHERE k.status <> 'resolved' AND k.deleted_at IS NULL;

DROP VIEW receivables_overdue;
CREATE VIEW receivables_overdue AS
SELECT c.name AS client, i.number, i.amount_minor / 100.0 AS amount, i.currency, i.issued_on, i.due_on,
       CAST(julianday('now', 'localtime', 'start of day') - julianday(i.due_on) AS INTEGER) AS days_overdue
FROM invoices i JOIN clients c ON c.id = i.client_id
WHERE i.paid_on IS NULL AND i.due_on < date('now', 'localtime') AND i.deleted_at IS NULL;
"#,
    // 7: planned touches are found by their purpose, like every other text.
    r#"
CREATE VIRTUAL TABLE search_plans USING fts5 (body, tokenize = 'trigram');
"#,
    // 8: the client list sorts by a company's own name, its legal form and
    //    quotes left out (ООО «Ромашка» under Р); filled in Rust.
    r#"
ALTER TABLE clients ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''; -- the own name folded: legal form and quotes left out
CREATE INDEX clients_by_sort_key ON clients (sort_key, name_key);
"#,
    // 9: what `touchbase import` took in, so the same file twice adds nothing;
    //    indexes that find the record a timeline entry stands for.
    r#"
CREATE TABLE imported_rows (
    source_key  TEXT PRIMARY KEY,  -- the row's id column ("id:…"), or its values ("row:…")
    client_id   TEXT NOT NULL REFERENCES clients (id),
    imported_at TEXT NOT NULL,
    row_hash    TEXT NOT NULL DEFAULT '',   -- the row's values, to see a newer file changed it
    records     TEXT NOT NULL DEFAULT '{}'  -- what the row wrote: {"contact": id, "order": id, …}
);
-- Which record a timeline entry stands for, found without reading a table.
CREATE INDEX orders_by_entry ON orders (entry_id);
CREATE INDEX invoices_by_entry ON invoices (entry_id);
CREATE INDEX invoices_by_paid_entry ON invoices (paid_entry_id);
CREATE INDEX complaints_by_entry ON complaints (entry_id);
CREATE INDEX complaint_steps_by_entry ON complaint_steps (entry_id);
"#,
    // 10: what the program records on the timeline is data, read in the
    //    reader's language: an order's status and amount, an invoice issued
    //    or paid, a complaint opened, escalated (to whom), resolved, reopened.
    //    The summary keeps only a person's words (the title, the number, the
    //    complaint). Entries earlier versions wrote as English prose are
    //    converted right after this migration (`Book::after_migration`).
    r#"
ALTER TABLE interactions ADD COLUMN event TEXT;          -- a JSON object {"event": "invoice-paid", …}; NULL for what a person logged
ALTER TABLE interaction_versions ADD COLUMN event TEXT;

DROP VIEW timeline;
CREATE VIEW timeline AS
SELECT c.name AS client, i.at, i.kind, i.direction, i.summary, ct.name AS contact, i.details,
       i.logged_by, i.event, i.id, i.client_id
FROM interactions i
JOIN clients c ON c.id = i.client_id
LEFT JOIN contacts ct ON ct.id = i.contact_id
WHERE i.deleted_at IS NULL;
"#,
    // 11: a client may have limits of its own: the hard limit past which it
    //    is slipping, and the quiet period after a won order (its length and
    //    the days between touches). NULL keeps the default.
    r#"
ALTER TABLE clients ADD COLUMN hard_days INTEGER CHECK (hard_days BETWEEN 1 AND 3650);       -- NULL: 1.5 × cadence_days
ALTER TABLE clients ADD COLUMN quiet_months INTEGER CHECK (quiet_months BETWEEN 0 AND 120);  -- NULL: the rule for the tier
ALTER TABLE clients ADD COLUMN quiet_every INTEGER CHECK (quiet_every BETWEEN 1 AND 365);    -- NULL: the rule for the tier
"#,
    // 12: the urgency order without sorting the table: for one cadence it
    //    is the order of the due day, so one index stream per cadence, merged
    //    (see book/urgency.rs), reads only the rows shown. The list by last
    //    touch (never touched first) reads its page from an index too, and
    //    so do the lists of complaints and invoices.
    r#"
CREATE INDEX clients_open_by_cadence ON clients (cadence_days, touch_due_on, tier, sort_key, name_key)
    WHERE status IN ('active', 'prospect');
CREATE INDEX clients_closed_by_cadence ON clients (cadence_days, touch_due_on, tier, sort_key, name_key)
    WHERE status IN ('paused', 'lost');
CREATE INDEX clients_by_last_touch ON clients (last_touch_on, sort_key, name_key);
CREATE INDEX complaints_open_in_order ON complaints (opened_at) WHERE status IN ('open', 'escalated') AND deleted_at IS NULL;
CREATE INDEX complaints_in_order ON complaints (opened_at);
CREATE INDEX invoices_unpaid_in_order ON invoices (due_on, number) WHERE paid_on IS NULL AND deleted_at IS NULL;
CREATE INDEX invoices_in_order ON invoices (due_on, number);
CREATE INDEX invoices_paid_latest ON invoices (paid_on DESC, number) WHERE paid_on IS NOT NULL AND deleted_at IS NULL;
"#,
    // 13: the report without a lookup per request: the outbound touches in
    //    time order, merged with the requests (see book/requests.rs), and
    //    the touches logged on a later day than they happened, which the
    //    rule on late logging counts (few of them; most are logged the day).
    //    The clients a rule asks about (active A and B clients owe a next
    //    step; a client may have its own quiet period) without a table scan.
    r#"
CREATE INDEX interactions_outbound_by_at ON interactions (at, client_id)
    WHERE deleted_at IS NULL AND direction = 'outbound'
      AND kind IN ('call', 'meeting', 'visit', 'email', 'message');
CREATE INDEX interactions_logged_late ON interactions (at)
    WHERE deleted_at IS NULL AND event IS NULL
      AND kind IN ('call', 'meeting', 'visit', 'email', 'message')
      AND substr(logged_at, 1, 10) > substr(at, 1, 10);
CREATE INDEX clients_active_ab ON clients (created_on, id)
    WHERE status = 'active' AND tier IN ('A', 'B');
CREATE INDEX clients_own_quiet ON clients (quiet_months) WHERE quiet_months IS NOT NULL;
"#,
];

/// The schema version this build writes.
pub const CURRENT: u32 = MIGRATIONS.len() as u32;

/// One schema object as SQLite keeps it in `sqlite_master`.
pub(crate) type Object = (String, String, String);

/// The schema objects (type, name, SQL) of the database `db` ("main" or an
/// attached name). SQLite's own bookkeeping (`sqlite_*`) is left out: it
/// comes and goes with ANALYZE and AUTOINCREMENT.
pub(crate) fn objects(conn: &rusqlite::Connection, db: &str) -> rusqlite::Result<Vec<Object>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT type, name, coalesce(sql, '') FROM \"{db}\".sqlite_master
         WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"
    ))?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect()
}

/// The schema objects of a book at `version`, exactly as touchbase's
/// migrations make them (built in memory, so it cannot drift from them).
pub(crate) fn reference(version: u32) -> rusqlite::Result<Vec<Object>> {
    let conn = rusqlite::Connection::open_in_memory()?;
    for sql in MIGRATIONS.iter().take(version as usize) {
        conn.execute_batch(sql)?;
    }
    objects(&conn, "main")
}

/// How `found` differs from the schema of `version`, one phrase each in
/// the reader's language; empty when it is exactly touchbase's.
pub(crate) fn differences(version: u32, found: &[Object]) -> rusqlite::Result<Vec<String>> {
    let expected = reference(version)?;
    let mut out = Vec::new();
    for (kind, name, sql) in found {
        match expected.iter().find(|(k, n, _)| n == name && k == kind) {
            None => out.push(crate::t!(
                "schema-not-in-version",
                kind = kind.as_str(),
                name = name.as_str(),
                version = version
            )),
            Some((_, _, want)) if want != sql => out.push(crate::t!(
                "schema-not-as-defined",
                kind = kind.as_str(),
                name = name.as_str()
            )),
            Some(_) => {}
        }
    }
    for (kind, name, _) in &expected {
        if !found.iter().any(|(k, n, _)| n == name && k == kind) {
            out.push(crate::t!(
                "schema-missing",
                kind = kind.as_str(),
                name = name.as_str()
            ));
        }
    }
    Ok(out)
}
