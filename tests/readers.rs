//! A successor opens the book with whatever their system has: the `sqlite3`
//! shell and Python's `sqlite3` (here Debian's SQLite 3.40, older than the
//! 3.43 that FTS5's `contentless_delete` needs). Every table, the search index
//! included, must read and dump, in a book and in a handover export.
//! `.ci/run` installs sqlite3 and python3 when missing.

mod common;

use std::path::Path;
use std::process::Command;

fn touchbase(db: &Path, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_touchbase"))
        .env("TOUCHBASE_LANG", "en")
        .arg("--db")
        .arg(db)
        .args(["--today", "2026-11-27"])
        .args(args)
        .output()
        .expect("touchbase");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn run(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .expect("the reader is installed (.ci/run installs it)");
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const PYTHON: &str = r#"
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
for t in tables:
    c.execute(f'SELECT * FROM "{t}"').fetchall()
dump = "\n".join(c.iterdump())
hits = c.execute("SELECT count(*) FROM search_entries WHERE search_entries MATCH 'продл'").fetchone()[0]
print(sqlite3.sqlite_version, len(tables), len(dump), hits)
"#;

fn read_with_every_reader(book: &Path) {
    let dump = run(Command::new("sqlite3").arg(book).arg(".dump"));
    assert!(
        dump.contains("CREATE VIRTUAL TABLE search_entries"),
        "{dump:.300}"
    );
    assert!(dump.trim_end().ends_with("COMMIT;"), "the dump is complete");
    let shell = run(Command::new("sqlite3").arg(book).arg(
        "SELECT count(*) FROM timeline; SELECT count(*) FROM search_entries WHERE search_entries MATCH 'звон';",
    ));
    assert!(shell.lines().count() == 2, "{shell}");
    let py = run(Command::new("python3").args(["-c", PYTHON]).arg(book));
    let fields: Vec<&str> = py.split_whitespace().collect();
    assert_eq!(fields.len(), 4, "{py}");
    assert!(fields[1].parse::<u32>().expect("tables") > 15, "{py}");
    // A dump is a book again: rebuilt by the shell, it reads the same.
    let dir = book.parent().expect("dir");
    let rebuilt = dir.join(format!(
        "{}-rebuilt.sqlite",
        book.file_stem().expect("stem").to_string_lossy()
    ));
    let _ = std::fs::remove_file(&rebuilt);
    let mut child = Command::new("sqlite3")
        .arg(&rebuilt)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("sqlite3");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(dump.as_bytes())
        .expect("feed the dump");
    assert!(child.wait().expect("sqlite3").success());
    let again = run(Command::new("sqlite3").arg(&rebuilt).arg(
        "SELECT count(*) FROM timeline; SELECT count(*) FROM search_entries WHERE search_entries MATCH 'звон';",
    ));
    assert_eq!(again, shell, "the rebuilt book reads the same");
}

#[test]
fn the_book_and_a_handover_read_and_dump_with_older_sqlite_readers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("book.sqlite");
    touchbase(&db, &["demo"]);
    read_with_every_reader(&db);
    let out = dir.path().join("handover");
    touchbase(
        &db,
        &[
            "handover",
            "export",
            out.to_str().expect("path"),
            "--tier",
            "A",
        ],
    );
    read_with_every_reader(&out.join("book.sqlite"));
}

#[test]
fn a_book_from_before_version_5_is_rewritten_for_older_readers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("book.sqlite");
    {
        // A book as version 4 made it, with the search tables old readers refuse.
        let raw = common::old_book(&db, 4);
        raw.execute_batch(
            "INSERT INTO clients (id, name, name_key, tier, cadence_days, status, created_on, updated_at, last_touch_on)
             VALUES ('c1', 'ООО Ромашка', 'ооо ромашка', 'A', 14, 'active', '2026-01-01', '2026-01-01T00:00:00Z', '2026-11-01');
             INSERT INTO interactions (id, client_id, kind, direction, at, summary, logged_at)
             VALUES ('i1', 'c1', 'call', 'outbound', '2026-11-01', 'Обсудили ПРОДЛЕНИЕ', '2026-11-01T00:00:00Z');",
        )
        .expect("v4 data");
    }
    // The old book is refused by the older reader...
    let old = Command::new("sqlite3")
        .arg(&db)
        .arg("SELECT count(*) FROM search_entries")
        .output()
        .expect("sqlite3");
    let old_reader = String::from_utf8_lossy(&old.stderr).into_owned();
    // ...touchbase rewrites it on opening, and the index finds the old entry.
    touchbase(&db, &["check"]);
    let out = Command::new(env!("CARGO_BIN_EXE_touchbase"))
        .args([
            "--db",
            db.to_str().expect("path"),
            "search",
            "продлен",
            "--json",
        ])
        .output()
        .expect("search");
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(hits[0]["id"], "i1", "{old_reader}");
    read_with_every_reader(&db);
}

/// A book rebuilt from `sqlite3 .dump` lost its marks (application id and
/// version): touchbase recognises it, names the command that adopts it, and
/// `adopt` gives them back after checking every value.
#[test]
fn a_book_rebuilt_from_a_dump_is_recognised_and_adopted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("book.sqlite");
    touchbase(&db, &["demo"]);
    let dump = run(Command::new("sqlite3").arg(&db).arg(".dump"));
    let rebuilt = dir.path().join("rebuilt.sqlite");
    let mut child = Command::new("sqlite3")
        .arg(&rebuilt)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("sqlite3");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(dump.as_bytes())
        .expect("feed");
    assert!(child.wait().expect("sqlite3").success());
    let before = std::fs::read(&rebuilt).expect("read");
    let out = Command::new(env!("CARGO_BIN_EXE_touchbase"))
        .arg("--db")
        .arg(&rebuilt)
        .args(["client", "list"])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "rebuilt from a dump, which does not keep a book's marks; adopt it with: touchbase --db {} adopt",
            rebuilt.display()
        )),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(&rebuilt).expect("read"),
        before,
        "left untouched"
    );
    touchbase(&rebuilt, &["adopt"]);
    touchbase(&rebuilt, &["check"]);
    let a = run(Command::new(env!("CARGO_BIN_EXE_touchbase"))
        .arg("--db")
        .arg(&db)
        .args(["client", "list", "--json"]));
    let b = run(Command::new(env!("CARGO_BIN_EXE_touchbase"))
        .arg("--db")
        .arg(&rebuilt)
        .args(["client", "list", "--json"]));
    assert_eq!(a, b, "the adopted book holds the same clients");
}
