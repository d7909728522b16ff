//! What several test files share: books as older versions of touchbase
//! wrote them, from the frozen copies of their migrations.
#![allow(dead_code)]

use std::path::Path;

/// Each released migration as it was released (tests/fixtures/migrations);
/// a new migration adds its copy here.
pub const FROZEN: &[&str] = &[
    include_str!("../fixtures/migrations/1.sql"),
    include_str!("../fixtures/migrations/2.sql"),
    include_str!("../fixtures/migrations/3.sql"),
    include_str!("../fixtures/migrations/4.sql"),
    include_str!("../fixtures/migrations/5.sql"),
    include_str!("../fixtures/migrations/6.sql"),
    include_str!("../fixtures/migrations/7.sql"),
    include_str!("../fixtures/migrations/8.sql"),
    include_str!("../fixtures/migrations/9.sql"),
    include_str!("../fixtures/migrations/10.sql"),
    include_str!("../fixtures/migrations/11.sql"),
    include_str!("../fixtures/migrations/12.sql"),
    include_str!("../fixtures/migrations/13.sql"),
];

/// A book at `path` as touchbase's `version` made it (its schema from the
/// frozen migrations, not today's code, which could have drifted), marked
/// as a book of that version; the connection is left open to fill it.
pub fn old_book(path: &Path, version: usize) -> rusqlite::Connection {
    let raw = rusqlite::Connection::open(path).expect("raw");
    for sql in &FROZEN[..version] {
        raw.execute_batch(sql).expect("old schema");
    }
    raw.pragma_update(
        None,
        "application_id",
        touchbase::book::APPLICATION_ID as i32,
    )
    .expect("app id");
    raw.pragma_update(None, "user_version", version as i64)
        .expect("version");
    raw
}
