//! Crash and fault sweeps on the real binary: a writing command is killed (or
//! its write fails with ENOSPC or EIO) at each of its writes, one point per
//! run, with `strace -e inject`. After each, touchbase must open the book
//! (rolling back what the kill interrupted), `check` must pass, and the book
//! must hold either all of the command's rows or none of them.
//!
//! `.ci/run` installs strace. `TOUCHBASE_SWEEP=full` sweeps every point of
//! every system call; by default each call is swept at its first 60 points,
//! which covers every write of these commands on the books made here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_touchbase");

fn tb(db: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .env("TOUCHBASE_LANG", "en")
        .arg("--db")
        .arg(db)
        .args(["--today", "2026-11-27"])
        .args(args)
        .output()
        .expect("run touchbase")
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = tb(db, args);
    assert!(
        out.status.success(),
        "touchbase {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Row counts of every table: two books with the same counts and the same
/// summaries hold the same command's rows.
fn rows(db: &Path) -> BTreeMap<String, i64> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open read-only");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name")
        .expect("tables")
        .query_map([], |r| r.get(0))
        .expect("query")
        .map(|r| r.expect("name"))
        .collect();
    let mut out = BTreeMap::new();
    for t in tables {
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0))
            .expect("count");
        out.insert(t, n);
    }
    let summaries: i64 = conn
        .query_row("SELECT total(length(summary)) FROM interactions", [], |r| {
            r.get::<_, f64>(0)
        })
        .map(|f| f as i64)
        .expect("summaries");
    out.insert("(summary bytes)".into(), summaries);
    out
}

fn strace_available() -> bool {
    Command::new("strace").arg("-V").output().is_ok()
}

/// A small book with one client, a contact and a few entries.
fn base_book(dir: &Path) -> PathBuf {
    let db = dir.join("base.sqlite");
    ok(&db, &["client", "add", "ООО «Ромашка»", "--tier", "A"]);
    ok(&db, &["contact", "add", "ромашка", "Анна Фёдорова"]);
    for i in 0..5 {
        ok(
            &db,
            &[
                "log",
                "ромашка",
                "--kind",
                "call",
                "--summary",
                &format!("Звонок {i}"),
                "--at",
                &format!("-{}d", i + 1),
            ],
        );
    }
    ok(
        &db,
        &[
            "order",
            "add",
            "ромашка",
            "--title",
            "Поставка",
            "--at",
            "-1d",
        ],
    );
    ok(
        &db,
        &[
            "invoice",
            "add",
            "ромашка",
            "--number",
            "R-1",
            "--amount",
            "1000",
            "--due",
            "+5d",
        ],
    );
    db
}

/// Run `args` under strace with `how` injected at the `point`-th call of
/// `syscall`; true when the command succeeded.
fn run_at(db: &Path, args: &[&str], syscall: &str, how: &str, point: usize) -> bool {
    let out = Command::new("strace")
        .args(["-f", "-qq", "-o", "/dev/null", "-e"])
        .arg(format!("trace={syscall}"))
        .arg("-e")
        .arg(format!("inject={syscall}:{how}:when={point}"))
        .arg(BIN)
        .arg("--db")
        .arg(db)
        .args(["--today", "2026-11-27"])
        .args(args)
        .output()
        .expect("strace");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked"),
        "{syscall} {how} at {point}: touchbase panicked: {stderr}"
    );
    if how.starts_with("error") && !out.status.success() {
        // A failed write says so in one line.
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 1, "{syscall} {how} at {point}: {stderr}");
        assert!(lines[0].starts_with("touchbase: "), "{stderr}");
    }
    out.status.success()
}

/// Sweep `args` over every write of the command: at each point, a copy of
/// `base` is written to with a kill or an error injected there.
fn sweep(base: &Path, dir: &Path, args: &[&str]) -> usize {
    let full = std::env::var("TOUCHBASE_SWEEP").is_ok_and(|v| v == "full");
    let label = args[..2].join(" ");
    let before = rows(base);
    let done = dir.join("done.sqlite");
    std::fs::copy(base, &done).expect("copy");
    ok(&done, args);
    let after = rows(&done);
    assert_ne!(before, after, "{label} changes the book");
    let mut points = 0;
    for (syscall, how) in [
        ("pwrite64", "signal=KILL"),
        ("fsync,fdatasync", "signal=KILL"),
        ("unlink", "signal=KILL"),
        ("pwrite64", "error=ENOSPC"),
        ("pwrite64", "error=EIO"),
        ("fsync,fdatasync", "error=EIO"),
    ] {
        let limit = if full { 10_000 } else { 60 };
        for point in 1..=limit {
            let db = dir.join("swept.sqlite");
            let _ = std::fs::remove_file(db.with_file_name("swept.sqlite-journal"));
            std::fs::copy(base, &db).expect("copy");
            let succeeded = run_at(&db, args, syscall, how, point);
            // touchbase recovers the book (rolls back a hot journal) and checks it.
            let check = tb(&db, &["check"]);
            assert!(
                check.status.success(),
                "{label}, {syscall} {how} at {point}: check failed: {}{}",
                String::from_utf8_lossy(&check.stdout),
                String::from_utf8_lossy(&check.stderr)
            );
            let now = rows(&db);
            let expected = if succeeded { &after } else { &before };
            if how.starts_with("error") {
                // A reported failure wrote nothing; a reported success wrote all.
                assert!(
                    &now == expected,
                    "{label}, {syscall} {how} at {point}: succeeded={succeeded}\nbefore {before:?}\nafter {after:?}\nnow {now:?}"
                );
            } else {
                assert!(
                    now == before || now == after,
                    "{label}, {syscall} {how} at {point}: a partial write\nbefore {before:?}\nafter {after:?}\nnow {now:?}"
                );
            }
            points += 1;
            if succeeded {
                // The injection point lies past the command's last call.
                break;
            }
        }
    }
    points
}

#[test]
fn a_killed_or_failing_write_leaves_all_or_nothing() {
    if !strace_available() {
        panic!("strace is needed for this test (.ci/run installs it)");
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let base = base_book(dir.path());
    let long = "Подробный разбор претензии и договорённостей. ".repeat(400);
    let entry = {
        let json = ok(&base, &["timeline", "ромашка", "--json"]);
        let v: serde_json::Value = serde_json::from_str(&json).expect("json");
        let call = v
            .as_array()
            .expect("array")
            .iter()
            .find(|e| e["kind"] == "call")
            .expect("a call");
        call["id"].as_str().expect("id").to_string()
    };
    let order = {
        let json = ok(&base, &["order", "list", "--json"]);
        let v: serde_json::Value = serde_json::from_str(&json).expect("json");
        v[0]["id"].as_str().expect("id").to_string()
    };
    let received = {
        let other = dir.path().join("other.sqlite");
        ok(&other, &["client", "add", "Pinecrest Foods", "--tier", "B"]);
        ok(
            &other,
            &[
                "log",
                "pinecrest",
                "--kind",
                "meeting",
                "--summary",
                "Met the buyer",
                "--at",
                "-3d",
            ],
        );
        let out = dir.path().join("handover");
        ok(&other, &["handover", "export", out.to_str().expect("path")]);
        out.join("book.sqlite")
    };
    let sheet = dir.path().join("deals.csv");
    std::fs::write(
        &sheet,
        "Компания;Контакт;Дата;Тема;Сумма;Этап\n\
         ООО «Ромашка»;Анна Фёдорова;20.11.2026;Обсудили поставку;;\n\
         ООО «Вектор»;Олег;21.11.2026;;250 000;Успешно реализовано\n\
         ИП Ёлкин;;22.11.2026;Первый звонок;;\n",
    )
    .expect("sheet");
    let mut points = 0;
    for args in [
        vec![
            "log",
            "ромашка",
            "--kind",
            "meeting",
            "--summary",
            "Встреча",
            "--details",
            &long,
            "--next",
            "+7d",
            "--purpose",
            "Отправить КП",
        ],
        vec!["client", "add", "ИП Ёлкин", "--tier", "B"],
        vec!["entry", "edit", &entry, "--summary", "Исправленный звонок"],
        // A record's life: the order, its entry and its kept version at once.
        vec![
            "order",
            "edit",
            &order,
            "--status",
            "won",
            "--amount",
            "1 250 000",
        ],
        vec!["invoice", "paid", "R-1"],
        vec!["handover", "accept", received.to_str().expect("path")],
        // An import: clients, contacts, history and deals in one transaction.
        vec!["import", sheet.to_str().expect("path"), "--create-clients"],
    ] {
        points += sweep(&base, dir.path(), &args);
    }
    assert!(points > 50, "only {points} points were swept");
}

/// A power cut while the book's pages are being written can tear one, the
/// first page too, so its first bytes are no longer SQLite's; the hot
/// journal beside it holds every page as it was. Such a file is handed to
/// SQLite to roll back, not refused as "not SQLite", and the book is whole.
#[test]
fn a_torn_first_page_beside_a_hot_journal_is_rolled_back() {
    if !strace_available() {
        panic!("strace is needed for this test (.ci/run installs it)");
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let base = base_book(dir.path());
    let before = rows(&base);
    let original = std::fs::read(&base).expect("base");
    let args = ["log", "ромашка", "--kind", "call", "--summary", "Звонок"];
    let db = dir.path().join("torn.sqlite");
    let journal = dir.path().join("torn.sqlite-journal");
    let mut torn = 0;
    for point in 1..=60 {
        let _ = std::fs::remove_file(&journal);
        std::fs::copy(&base, &db).expect("copy");
        if run_at(&db, &args, "pwrite64", "signal=KILL", point) {
            break;
        }
        // Killed while the book itself was being written: the journal was
        // complete before the first byte of it changed.
        let hot = std::fs::metadata(&journal).is_ok_and(|m| m.len() > 0);
        let mut bytes = std::fs::read(&db).expect("book");
        if !hot || bytes == original {
            continue;
        }
        bytes[..16].fill(0);
        std::fs::write(&db, &bytes).expect("tear");
        let check = tb(&db, &["check"]);
        assert!(
            check.status.success(),
            "killed at write {point}, first page torn: {}",
            String::from_utf8_lossy(&check.stderr)
        );
        assert_eq!(rows(&db), before, "killed at write {point}");
        assert!(
            std::fs::read(&db)
                .expect("book")
                .starts_with(b"SQLite format 3\0")
        );
        torn += 1;
    }
    assert!(torn > 0, "no kill fell while the book was being written");
}
