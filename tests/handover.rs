//! Handover export on real books: the copy is consistent and complete, holds
//! nothing of the other clients, and the dossiers hold every entry.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

fn tb(db: &Path) -> Command {
    let mut c = Command::cargo_bin("touchbase").expect("binary");
    c.env("TOUCHBASE_LANG", "en")
        .arg("--db")
        .arg(db)
        .args(["--today", "2026-11-27"]);
    c
}

/// Accept `file` into the book at `db`, merging clients of the same name.
fn accept_merging(db: &Path, file: &Path) -> String {
    ok(
        db,
        &[
            "handover",
            "accept",
            file.to_str().expect("path"),
            "--merge-same-names",
        ],
    )
}

fn ok(db: &Path, args: &[&str]) -> String {
    String::from_utf8(
        tb(db)
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .expect("utf-8")
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn seeded(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("book.sqlite");
    ok(&db, &["whoami", "--set", "Мария Соколова"]);
    for (name, tier) in [
        ("ООО «Ромашка»", "A"),
        ("A/B \"Quotes\" Ltd", "B"),
        ("a-b quotes ltd.", "C"),
        ("Секретный клиент", "C"),
    ] {
        ok(&db, &["client", "add", name, "--tier", tier]);
    }
    ok(
        &db,
        &[
            "contact",
            "add",
            "ромашка",
            "Анна Фёдорова",
            "--role",
            "закупщик",
        ],
    );
    for i in 0..30 {
        ok(
            &db,
            &[
                "log",
                "ромашка",
                "--kind",
                "call",
                "--summary",
                &format!("Звонок номер {i}"),
                "--at",
                &format!("-{}d", i * 20),
                "--contact",
                "анна",
            ],
        );
    }
    ok(
        &db,
        &[
            "log",
            "секретный",
            "--kind",
            "note",
            "--summary",
            "Тайная скидка 40%",
            "--details",
            "никому не говорить",
        ],
    );
    ok(&db, &["contact", "add", "секретный", "Тайный Контакт"]);
    ok(
        &db,
        &[
            "complaint",
            "add",
            "секретный",
            "--department",
            "Тайный отдел",
            "--summary",
            "Секретная жалоба",
        ],
    );
    ok(
        &db,
        &[
            "invoice",
            "add",
            "секретный",
            "--number",
            "SECRET-1",
            "--amount",
            "777",
            "--due",
            "+10d",
        ],
    );
    ok(
        &db,
        &[
            "complaint",
            "add",
            "ромашка",
            "--department",
            "логистика",
            "--summary",
            "Опоздала поставка",
            "--at",
            "-20d",
        ],
    );
    ok(
        &db,
        &[
            "order",
            "add",
            "ромашка",
            "--amount",
            "1 250 000",
            "--title",
            "Поставка декабрь",
            "--status",
            "won",
            "--at",
            "-3d",
        ],
    );
    ok(
        &db,
        &[
            "invoice",
            "add",
            "ромашка",
            "--number",
            "R-118",
            "--amount",
            "480000",
            "--due",
            "-5d",
            "--issued",
            "-35d",
        ],
    );
    db
}

#[test]
fn a_partial_export_holds_its_clients_whole_and_nothing_else() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = seeded(dir.path());
    let out = dir.path().join("handover");
    let said = ok(
        &db,
        &[
            "handover",
            "export",
            out.to_str().expect("path"),
            "--clients",
            "ромашка",
            "A/B \"Quotes\" Ltd",
            "a-b",
            "--to",
            "Пётр Иванов",
            "--note",
            "отпуск",
        ],
    );
    assert!(
        // 30 calls, a note, and the entry saying invoice R-118 was issued.
        said.contains("handed over 3 client(s) with 33 entries"),
        "{said}"
    );

    let copy = out.join("book.sqlite");
    let bytes = fs::read(&copy).expect("copy");
    for secret in [
        "Секретный клиент",
        "Тайная скидка",
        "никому не говорить",
        "Тайный Контакт",
        "Тайный отдел",
        "Секретная жалоба",
        "SECRET-1",
    ] {
        assert!(!contains(&bytes, secret), "the copy holds '{secret}'");
    }
    ok(&copy, &["check"]);
    let timeline: serde_json::Value =
        serde_json::from_str(&ok(&copy, &["timeline", "ромашка", "--json"])).expect("json");
    // 30 calls, the complaint, the order, and invoice R-118 issued.
    assert_eq!(timeline.as_array().expect("array").len(), 33);
    let complaints: serde_json::Value =
        serde_json::from_str(&ok(&copy, &["complaint", "list", "--json"])).expect("json");
    assert_eq!(complaints.as_array().expect("array").len(), 1);
    assert_eq!(timeline[0]["logged_by"], "Мария Соколова");

    let dossier = fs::read_to_string(out.join("clients/ООО Ромашка.md")).expect("dossier");
    for i in 0..30 {
        assert!(
            dossier.contains(&format!("Звонок номер {i}")),
            "entry {i} missing from the dossier"
        );
    }
    assert!(dossier.contains("Анна Фёдорова") && dossier.contains("logged by Мария Соколова"));
    assert!(
        dossier.contains(
            "**Open complaint** since 07.11.2026 (логистика, normal, open): Опоздала поставка"
        ),
        "{dossier}"
    );
    assert!(
        dossier.contains("Unpaid invoice R-118: 480,000 RUB, due 22.11.2026 — **overdue 5 days**"),
        "{dossier}"
    );
    assert!(
        dossier.contains("Поставка декабрь — 1,250,000 RUB (won)"),
        "{dossier}"
    );
    assert!(out.join("clients/A-B Quotes Ltd.md").exists());
    assert!(out.join("clients/a-b quotes ltd (2).md").exists());
    let index = fs::read_to_string(out.join("index.md")).expect("index");
    assert!(
        index.contains("Пётр Иванов")
            && index.contains("clients/ООО%20Ромашка.md")
            && !index.contains("Секретный")
            && index.contains("| 1, oldest since 07.11.2026 | 480,000 RUB (5 days) |")
    );
    assert!(
        fs::read_to_string(out.join("README.md"))
            .expect("readme")
            .contains("sqlite3")
    );

    // The handover is recorded in both books.
    for book in [&db, &copy] {
        let raw = rusqlite::Connection::open(book).expect("raw");
        let (to, n): (String, i64) = raw
            .query_row(
                "SELECT to_manager, (SELECT count(*) FROM handover_clients) FROM handovers",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("handover");
        assert_eq!((to.as_str(), n), ("Пётр Иванов", 3));
    }
    // A second export into the same folder is refused and changes nothing.
    let before = fs::read(&copy).expect("copy");
    tb(&db)
        .args(["handover", "export", out.to_str().expect("path")])
        .assert()
        .code(2);
    assert_eq!(fs::read(&copy).expect("copy"), before);
}

/// A second process that logs `n` calls, one `touchbase log` each, and
/// prints a line after each commit, so the test knows when to act.
fn writer_process(db: &Path, n: usize) -> std::process::Child {
    let script = format!(
        "for i in $(seq 1 {n}); do \"$0\" --db \"$1\" --today 2026-11-27 log ромашка --kind call --summary \"во время экспорта $i\" >/dev/null || exit 1; echo $i; done"
    );
    std::process::Command::new("sh")
        .env("TOUCHBASE_LANG", "en")
        .args(["-c", &script])
        .arg(assert_cmd::cargo::cargo_bin("touchbase"))
        .arg(db)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("writer")
}

#[test]
fn export_while_another_process_writes_is_consistent() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = seeded(dir.path());
    let ids = |db: &Path| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_str(&ok(
            db,
            &["timeline", "ромашка", "--json", "--limit", "1000"],
        ))
        .expect("json");
        v.as_array()
            .expect("array")
            .iter()
            .map(|e| e["id"].as_str().expect("id").to_string())
            .collect()
    };
    let seeded_entries = ids(&db).len();
    let mut writer = writer_process(&db, 30);
    let mut committed = std::io::BufReader::new(writer.stdout.take().expect("stdout")).lines();
    // Wait until the writer has committed its first entry, then export while it goes on.
    assert_eq!(committed.next().expect("a line").expect("read"), "1");
    let before = ids(&db);
    let out = dir.path().join("handover");
    ok(&db, &["handover", "export", out.to_str().expect("path")]);
    let rest: Vec<String> = committed.map(|l| l.expect("read")).collect();
    assert!(writer.wait().expect("writer").success(), "a write failed");
    assert_eq!(rest.last().map(String::as_str), Some("30"));
    let copy = out.join("book.sqlite");
    ok(&copy, &["check"]);
    let (copied, all) = (ids(&copy), ids(&db));
    for id in &before {
        assert!(
            copied.contains(id),
            "an entry committed before the export is missing"
        );
    }
    // The copy is a state the book really had: a prefix of the writer's entries.
    assert!(copied.iter().all(|id| all.contains(id)));
    assert_eq!(all.len(), seeded_entries + 30);
}

#[test]
fn accept_round_trip_is_complete_idempotent_atomic_and_leaves_the_file_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = seeded(dir.path());
    ok(
        &src,
        &[
            "plan",
            "ромашка",
            "--due",
            "+5d",
            "--purpose",
            "Отправить КП",
        ],
    );
    let out = dir.path().join("handover");
    ok(
        &src,
        &[
            "handover",
            "export",
            out.to_str().expect("path"),
            "--clients",
            "ромашка",
            "секретный",
        ],
    );
    let file = out.join("book.sqlite");
    let file_bytes = fs::read(&file).expect("file");

    let dst = dir.path().join("successor.sqlite");
    ok(&dst, &["whoami", "--set", "Пётр Иванов"]);
    ok(&dst, &["client", "add", "Northwind Traders"]);
    ok(&dst, &["client", "add", "секретный клиент", "--tier", "A"]);
    ok(
        &dst,
        &[
            "log",
            "секретный",
            "--kind",
            "call",
            "--summary",
            "Мой собственный звонок",
            "--at",
            "2026-11-20",
        ],
    );

    // Same name, another id: reported, nothing written.
    let before = fs::read(&dst).expect("dst");
    tb(&dst)
        .args(["handover", "accept", file.to_str().expect("path")])
        .assert()
        .code(2)
        .stderr(
            predicates::str::contains("Секретный клиент")
                .and(predicates::str::contains("--merge-same-names")),
        );
    assert_eq!(fs::read(&dst).expect("dst"), before);

    // A failure part-way leaves the book as it was.
    {
        let raw = rusqlite::Connection::open(&dst).expect("raw");
        raw.execute_batch("CREATE TRIGGER no_plans BEFORE INSERT ON plans BEGIN SELECT RAISE(ABORT, 'disk full'); END;").expect("trigger");
    }
    let before = fs::read(&dst).expect("dst");
    tb(&dst)
        .args([
            "handover",
            "accept",
            file.to_str().expect("path"),
            "--merge-same-names",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("disk full"));
    assert_eq!(fs::read(&dst).expect("dst"), before);
    rusqlite::Connection::open(&dst)
        .expect("raw")
        .execute_batch("DROP TRIGGER no_plans")
        .expect("drop");

    let said = ok(
        &dst,
        &[
            "handover",
            "accept",
            file.to_str().expect("path"),
            "--merge-same-names",
            "--note",
            "от Марии",
        ],
    );
    assert!(
        // Two of them say an invoice was issued (R-118, SECRET-1).
        // The plans: "Отправить КП" and the quiet-period touch the won order planned.
        said.contains("accepted 1 client(s), 2 contact(s), 36 entries, 2 planned touch(es)"),
        "{said}"
    );
    let complaints: serde_json::Value =
        serde_json::from_str(&ok(&dst, &["complaint", "list", "--open", "--json"])).expect("json");
    let departments: Vec<&str> = complaints
        .as_array()
        .expect("array")
        .iter()
        .map(|k| k["department"].as_str().expect("d"))
        .collect();
    assert_eq!(departments, vec!["логистика", "Тайный отдел"]);
    let invoices: serde_json::Value =
        serde_json::from_str(&ok(&dst, &["invoice", "list", "--json"])).expect("json");
    assert_eq!(invoices.as_array().expect("array").len(), 2);
    assert!(
        said.contains("merged into the client of the same name: Секретный клиент"),
        "{said}"
    );
    ok(&dst, &["check"]);
    let list: serde_json::Value =
        serde_json::from_str(&ok(&dst, &["client", "list", "--json"])).expect("json");
    assert_eq!(
        list.as_array().expect("array").len(),
        3,
        "no duplicate clients"
    );
    let merged: serde_json::Value =
        serde_json::from_str(&ok(&dst, &["timeline", "секретный", "--json"])).expect("json");
    let summaries: Vec<&str> = merged
        .as_array()
        .expect("array")
        .iter()
        .map(|e| e["summary"].as_str().expect("s"))
        .collect();
    assert!(
        summaries.contains(&"Мой собственный звонок") && summaries.contains(&"Тайная скидка 40%")
    );
    let romashka: serde_json::Value =
        serde_json::from_str(&ok(&dst, &["client", "show", "ромашка", "--json"])).expect("json");
    assert_eq!(romashka["last_touch"], "2026-11-27");
    assert_eq!(romashka["next_steps"][0]["purpose"], "Отправить КП");
    let hits: serde_json::Value =
        serde_json::from_str(&ok(&dst, &["search", "звонок номер 29", "--json"])).expect("json");
    assert_eq!(hits[0]["client"], "ООО «Ромашка»");
    let timeline: serde_json::Value =
        serde_json::from_str(&ok(&dst, &["timeline", "ромашка", "--json"])).expect("json");
    assert_eq!(
        timeline.as_array().expect("array").len(),
        33,
        "30 calls, the complaint, the order and invoice R-118 issued"
    );
    assert_eq!(
        timeline[0]["logged_by"], "Мария Соколова",
        "who said what survives the handover"
    );

    // The second time adds nothing and changes nothing.
    let before = fs::read(&dst).expect("dst");
    let again = accept_merging(&dst, &file);
    assert!(again.contains("nothing new"), "{again}");
    assert_eq!(fs::read(&dst).expect("dst"), before);
    assert_eq!(
        fs::read(&file).expect("file"),
        file_bytes,
        "the received file was changed"
    );
}

#[test]
fn accepting_a_foreign_or_newer_file_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dst = dir.path().join("book.sqlite");
    ok(&dst, &["client", "add", "Acme"]);
    let foreign = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&foreign)
        .expect("raw")
        .execute_batch("CREATE TABLE t (x)")
        .expect("other");
    let bytes = fs::read(&foreign).expect("read");
    tb(&dst)
        .args(["handover", "accept", foreign.to_str().expect("path")])
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "is not a touchbase book (an SQLite database of another program, application_id 0x00000000); it was left untouched",
        ));
    assert_eq!(fs::read(&foreign).expect("read"), bytes);

    // A book from a newer touchbase is refused, and left as it was.
    let newer = dir.path().join("newer.sqlite");
    ok(&newer, &["client", "add", "Pinecrest Foods"]);
    rusqlite::Connection::open(&newer)
        .expect("raw")
        .pragma_update(None, "user_version", 99)
        .expect("bump");
    let (newer_bytes, dst_bytes) = (
        fs::read(&newer).expect("read"),
        fs::read(&dst).expect("read"),
    );
    tb(&dst)
        .args(["handover", "accept", newer.to_str().expect("path")])
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "was written by a newer touchbase (book version 99",
        ));
    assert_eq!(fs::read(&newer).expect("read"), newer_bytes);
    assert_eq!(fs::read(&dst).expect("read"), dst_bytes);
    ok(&dst, &["client", "show", "acme"]);

    // A book of the first version is refused as well: it is upgraded by
    // opening it, not by accepting it, and it is left as it was.
    let older = dir.path().join("older.sqlite");
    drop(common::old_book(&older, 1));
    let older_bytes = fs::read(&older).expect("read");
    tb(&dst)
        .args(["handover", "accept", older.to_str().expect("path")])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(format!(
            "is a book of an older touchbase (book version 1; this one writes version {}): open it once with this touchbase, which upgrades it, then accept it; it was left untouched",
            touchbase::book::schema::CURRENT
        )));
    // A report across books reads it no more than accept does.
    tb(&dst)
        .args([
            "report",
            "--books",
            older.to_str().expect("path"),
            dst.to_str().expect("path"),
        ])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "then report on it; it was left untouched",
        ));
    assert_eq!(fs::read(&older).expect("read"), older_bytes);
    assert_eq!(fs::read(&dst).expect("read"), dst_bytes);
    tb(&dst)
        .args(["client", "show", "pinecrest"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no client matches 'pinecrest'"));
}

#[test]
fn an_export_that_chooses_nobody_names_the_option() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("book.sqlite");
    ok(&db, &["client", "add", "Acme", "--tier", "C"]);
    let out = dir.path().join("out");
    tb(&db)
        .args([
            "handover",
            "export",
            out.to_str().expect("path"),
            "--tier",
            "A",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--tier: 'A' is not accepted"));
    assert!(!out.join("book.sqlite").exists());
}

#[test]
fn an_invoice_number_clash_stops_the_accept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = seeded(dir.path());
    let out = dir.path().join("handover");
    ok(
        &src,
        &[
            "handover",
            "export",
            out.to_str().expect("path"),
            "--clients",
            "ромашка",
        ],
    );
    let dst = dir.path().join("successor.sqlite");
    ok(&dst, &["client", "add", "Northwind"]);
    ok(
        &dst,
        &[
            "invoice",
            "add",
            "northwind",
            "--number",
            "R-118",
            "--amount",
            "5",
            "--due",
            "+5d",
        ],
    );
    let before = fs::read(&dst).expect("dst");
    tb(&dst)
        .args([
            "handover",
            "accept",
            out.join("book.sqlite").to_str().expect("path"),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "FILE: 'R-118 is 480,000 RUB of ООО «Ромашка» there and 5 RUB of Northwind here' is not accepted; invoice numbers not used in this book by other invoices; renumber one side first: touchbase invoice edit NUMBER --new-number NEW",
        ));
    assert_eq!(fs::read(&dst).expect("dst"), before);
    // Renumbered as the message says, the same file is accepted.
    ok(&dst, &["invoice", "edit", "R-118", "--new-number", "N-118"]);
    ok(
        &dst,
        &[
            "handover",
            "accept",
            out.join("book.sqlite").to_str().expect("path"),
        ],
    );
}

/// The exported book names its new manager (or none), so what the successor
/// logs is never under the predecessor's name; the index says who handed it over.
#[test]
fn the_exported_book_names_its_new_manager() {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = seeded(dir.path());
    for (to, folder) in [("Пётр Иванов", "to-petr"), ("", "to-nobody")] {
        let out = dir.path().join(folder);
        ok(
            &src,
            &[
                "handover",
                "export",
                out.to_str().expect("path"),
                "--to",
                to,
            ],
        );
        let copy = out.join("book.sqlite");
        let who: serde_json::Value =
            serde_json::from_str(&ok(&copy, &["whoami", "--json"])).expect("json");
        assert_eq!(who["name"], to);
        let index = fs::read_to_string(out.join("index.md")).expect("index");
        assert!(index.contains("- From: Мария Соколова"), "{index}");
        ok(
            &copy,
            &[
                "log",
                "ромашка",
                "--kind",
                "call",
                "--summary",
                "Знакомство",
            ],
        );
        let t: serde_json::Value = serde_json::from_str(&ok(
            &copy,
            &["timeline", "ромашка", "--json", "--limit", "1"],
        ))
        .expect("json");
        assert_eq!(t[0]["logged_by"], to);
    }
    // The source book still names its own manager.
    let who: serde_json::Value =
        serde_json::from_str(&ok(&src, &["whoami", "--json"])).expect("json");
    assert_eq!(who["name"], "Мария Соколова");
}

/// Everything a handover writes holds client data: owner-only, whatever the
/// umask (here the most permissive, 000).
#[cfg(unix)]
#[test]
fn every_file_written_is_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("book.sqlite");
    let out = dir.path().join("handover");
    let status = std::process::Command::new("sh")
        .env("TOUCHBASE_LANG", "en")
        .args([
            "-c",
            "umask 000 && \"$0\" --db \"$1\" client add 'ООО «Ромашка»' && \"$0\" --db \"$1\" handover export \"$2\" --to 'Пётр'",
        ])
        .arg(assert_cmd::cargo::cargo_bin("touchbase"))
        .arg(&db)
        .arg(&out)
        .output()
        .expect("sh");
    assert!(status.status.success(), "{status:?}");
    let mut seen = 0;
    let mut stack = vec![dir.path().to_path_buf()];
    while let Some(p) = stack.pop() {
        for e in fs::read_dir(&p).expect("dir") {
            let path = e.expect("entry").path();
            let meta = fs::metadata(&path).expect("meta");
            let mode = meta.permissions().mode() & 0o777;
            if meta.is_dir() {
                assert_eq!(mode, 0o700, "{}", path.display());
                stack.push(path);
            } else {
                assert_eq!(mode, 0o600, "{}", path.display());
            }
            seen += 1;
        }
    }
    // book, folder, its book, index, README, the clients folder and a dossier.
    assert!(seen >= 7, "{seen} files");
}

/// Text put into a book by another program (raw SQL) never reaches a
/// terminal, a Markdown file, a file name or JSON output as it is.
#[test]
fn hostile_text_passes_the_gate_into_every_file_and_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("book.sqlite");
    ok(&db, &["client", "add", "Evil Corp"]);
    ok(&db, &["whoami", "--set", "Мария"]);
    rusqlite::Connection::open(&db)
        .expect("raw")
        .execute_batch(
            "UPDATE settings SET value = 'Мария' || char(27) || '[2J' || char(155) || 'x' WHERE key = 'manager_name';
             UPDATE clients SET name = 'Evil' || char(8238) || 'dm.exe' || char(8203) || ' Corp';",
        )
        .expect("poison");
    let out = dir.path().join("handover");
    ok(&db, &["handover", "export", out.to_str().expect("path")]);
    let mut texts = vec![fs::read_to_string(out.join("index.md")).expect("index")];
    for e in fs::read_dir(out.join("clients")).expect("clients") {
        let e = e.expect("entry");
        let name = e.file_name().to_string_lossy().into_owned();
        assert!(
            !name.chars().any(|c| matches!(c, '\u{202e}' | '\u{200b}')),
            "{name:?}"
        );
        texts.push(name);
        texts.push(fs::read_to_string(e.path()).expect("dossier"));
    }
    texts.push(ok(&db, &["client", "list"]));
    let json = ok(&db, &["client", "list", "--json"]);
    assert!(
        json.contains("\\u202e") && json.contains("\\u200b"),
        "{json}"
    );
    texts.push(json);
    for t in &texts {
        assert!(
            !t.chars()
                .any(|c| matches!(c, '\u{1b}' | '\u{9b}' | '\u{202e}' | '\u{200b}')),
            "{t:?}"
        );
    }
    assert!(texts[0].contains("Мария␛[2J"), "{}", texts[0]);
}

/// A received book made or edited by someone else: each crafted file is
/// refused with what is wrong named, and the receiving book is left as it was.
#[test]
fn crafted_received_books_are_refused_before_anything_is_accepted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = seeded(dir.path());
    let out = dir.path().join("handover");
    ok(&src, &["handover", "export", out.to_str().expect("path")]);
    let good = out.join("book.sqlite");
    let dst = dir.path().join("receiver.sqlite");
    ok(&dst, &["client", "add", "Acme"]);
    let cases: &[(&str, &str)] = &[
        (
            "PRAGMA foreign_keys = OFF; DROP VIEW client_overview; DROP TABLE clients;
             CREATE VIEW clients AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)
             SELECT n AS seq, n AS id, n AS name FROM r;",
            "schema: view clients is not part of book version",
        ),
        (
            "PRAGMA foreign_keys = OFF; DROP TABLE settings;
             CREATE VIEW settings AS SELECT 'manager_name' AS key, zeroblob(100000000) AS value;",
            "schema: view settings is not part of book version",
        ),
        (
            "ALTER TABLE clients ADD COLUMN secret TEXT;",
            "schema: table clients is not defined as touchbase defines it",
        ),
        (
            "UPDATE interactions SET at = '31.12.9999' WHERE rowid = (SELECT min(rowid) FROM interactions);",
            "interactions 01",
        ),
        (
            "UPDATE interactions SET at = '+12025-11-28' WHERE rowid = (SELECT min(rowid) FROM interactions);",
            "at: '+12025-11-28': a date YYYY-MM-DD or YYYY-MM-DD HH:MM, years 1900-2199",
        ),
        (
            "UPDATE clients SET name = 'Evil' || char(27) || '[2J' WHERE rowid = 1;",
            "name: 'Evil␛[2J': one line of text without control, bidi or invisible characters",
        ),
        (
            "UPDATE clients SET notes = char(8238) || 'txt.exe' WHERE rowid = 1;",
            "notes: 'txt.exe': text without control, bidi or invisible characters",
        ),
        (
            "UPDATE interactions SET summary = zeroblob(1000) WHERE rowid = 1;",
            "summary: a blob of 1000 bytes: a blob; touchbase stores text",
        ),
        (
            "PRAGMA ignore_check_constraints = ON; UPDATE clients SET cadence_days = '14 days' WHERE rowid = 1;",
            "cadence_days: '14 days': a whole number from 1 to 3650",
        ),
        (
            "PRAGMA ignore_check_constraints = ON; UPDATE clients SET tier = 'Z' WHERE rowid = 1;",
            "tier: 'Z': one of: A, B, C",
        ),
        (
            "UPDATE clients SET name_key = 'something else' WHERE rowid = 1;",
            "name_key: 'something else': the name folded for matching",
        ),
        (
            "PRAGMA foreign_keys = OFF; UPDATE interactions SET client_id = 'nobody' WHERE rowid = 1;",
            "interactions row 1 points to a missing clients",
        ),
    ];
    let before = fs::read(&dst).expect("dst");
    for (i, (sql, expected)) in cases.iter().enumerate() {
        let crafted = dir.path().join(format!("crafted{i}.sqlite"));
        fs::copy(&good, &crafted).expect("copy");
        rusqlite::Connection::open(&crafted)
            .expect("raw")
            .execute_batch(sql)
            .expect("craft");
        let crafted_bytes = fs::read(&crafted).expect("crafted");
        let output = tb(&dst)
            .args(["handover", "accept", crafted.to_str().expect("path")])
            .timeout(std::time::Duration::from_secs(30))
            .assert()
            .code(1)
            .get_output()
            .clone();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("was not accepted and nothing was changed")
                && stderr.contains(expected),
            "case {i}: {stderr}"
        );
        assert!(
            !stderr.contains('\u{1b}'),
            "case {i}: raw escape in the message"
        );
        assert_eq!(
            fs::read(&dst).expect("dst"),
            before,
            "case {i} changed the book"
        );
        assert_eq!(
            fs::read(&crafted).expect("crafted"),
            crafted_bytes,
            "case {i}"
        );
    }
    // How the schema differs, in the reader's language too; a view in a
    // table's place is both: the view is not ours, the table is missing.
    for (i, expected) in [
        (0, "схема: представление clients: не входит в книгу версии"),
        (0, "схема: таблица clients: нет в книге"),
        (
            2,
            "схема: таблица clients: определение не то, что у touchbase",
        ),
    ] {
        let crafted = dir.path().join(format!("crafted{i}.sqlite"));
        let output = tb(&dst)
            .args(["--lang", "ru", "handover", "accept"])
            .arg(&crafted)
            .assert()
            .code(1)
            .get_output()
            .clone();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "case {i}: {stderr}");
    }
    // The untouched export is still accepted.
    ok(&dst, &["handover", "accept", good.to_str().expect("path")]);
}

/// `check` finds a value damaged by outside SQL, not only a damaged file.
#[test]
fn check_finds_values_damaged_by_outside_sql() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = seeded(dir.path());
    ok(&db, &["check"]);
    rusqlite::Connection::open(&db)
        .expect("raw")
        .execute_batch("UPDATE invoices SET due_on = '2026-02-30'; UPDATE interactions SET at = '9999-01-01' WHERE rowid = 2;")
        .expect("damage");
    let output = tb(&db).arg("check").assert().code(1).get_output().clone();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("at: '9999-01-01': a date YYYY-MM-DD or YYYY-MM-DD HH:MM, years 1900-2199"),
        "{stdout}"
    );
}

/// The index lists the most urgent client first and carries the note; each
/// dossier starts with what to do first.
#[test]
fn the_index_is_most_urgent_first_and_dossiers_start_with_what_to_do() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("book.sqlite");
    ok(
        &db,
        &[
            "--today",
            "2026-10-01",
            "client",
            "add",
            "Calm Co",
            "--tier",
            "A",
        ],
    );
    ok(
        &db,
        &[
            "--today",
            "2026-10-01",
            "client",
            "add",
            "Angry Co",
            "--tier",
            "C",
        ],
    );
    ok(
        &db,
        &[
            "--today",
            "2026-10-01",
            "client",
            "add",
            "Late Co",
            "--tier",
            "B",
        ],
    );
    ok(
        &db,
        &[
            "log",
            "calm",
            "--kind",
            "call",
            "--summary",
            "fine",
            "--at",
            "-1d",
        ],
    );
    ok(
        &db,
        &[
            "plan",
            "calm",
            "--due",
            "+5d",
            "--purpose",
            "Quarterly review",
        ],
    );
    ok(
        &db,
        &[
            "log",
            "angry",
            "--kind",
            "call",
            "--summary",
            "x",
            "--at",
            "-1d",
        ],
    );
    ok(
        &db,
        &[
            "complaint",
            "add",
            "angry",
            "--department",
            "logistics",
            "--summary",
            "Late again",
            "--at",
            "-1d",
        ],
    );
    let out = dir.path().join("handover");
    ok(
        &db,
        &[
            "handover",
            "export",
            out.to_str().expect("path"),
            "--note",
            "до 1 декабря",
        ],
    );
    let index = fs::read_to_string(out.join("index.md")).expect("index");
    let order: Vec<usize> = ["Angry Co", "Late Co", "Calm Co"]
        .iter()
        .map(|n| index.find(&format!("| {n} |")).expect("listed"))
        .collect();
    assert!(order[0] < order[1] && order[1] < order[2], "{index}");
    assert!(index.contains("- Note: до 1 декабря"), "{index}");
    let angry = fs::read_to_string(out.join("clients").join("Angry Co.md")).expect("dossier");
    assert!(
        angry.starts_with("# Angry Co\n\n## What to do first\n\n1. Go through the open complaint of 26.11.2026 (logistics): Late again\n"),
        "{angry}"
    );
    let calm = fs::read_to_string(out.join("clients").join("Calm Co.md")).expect("dossier");
    assert!(
        calm.contains(
            "1. Nothing presses; the next step is the call due 02.12.2026: Quarterly review"
        ),
        "{calm}"
    );
    // The same folder for a Russian successor: every word theirs, the
    // README included.
    let out_ru = dir.path().join("передача");
    ok(
        &db,
        &[
            "--lang",
            "ru",
            "handover",
            "export",
            out_ru.to_str().expect("path"),
            "--note",
            "до 1 декабря",
        ],
    );
    let angry = fs::read_to_string(out_ru.join("clients").join("Angry Co.md")).expect("dossier");
    assert!(
        angry.starts_with("# Angry Co\n\n## С чего начать\n\n1. Разобраться с открытой жалобой от 26.11.2026 (logistics): Late again\n"),
        "{angry}"
    );
    let index = fs::read_to_string(out_ru.join("index.md")).expect("index");
    assert!(index.starts_with("# Передача 3 клиентов\n"), "{index}");
    assert!(index.contains("- Примечание: до 1 декабря"), "{index}");
    let readme = fs::read_to_string(out_ru.join("README.md")).expect("readme");
    assert!(
        readme.starts_with("# Вам передана книга touchbase"),
        "{readme}"
    );
    assert!(readme.contains("| `interactions` | запись истории"));
}

/// Merging a client of the same name never drops what either side knew:
/// empty fields are filled, differing ones take the newer side and keep the
/// other as a version, and the command says what it merged.
#[test]
fn merge_same_names_keeps_what_both_sides_knew() {
    let dir = tempfile::tempdir().expect("tempdir");
    let theirs = dir.path().join("theirs.sqlite");
    ok(
        &theirs,
        &[
            "client",
            "add",
            "ООО Ромашка",
            "--tier",
            "A",
            "--city",
            "Москва",
        ],
    );
    ok(
        &theirs,
        &[
            "client",
            "edit",
            "ромашка",
            "--note",
            "Новый закупщик с ноября",
        ],
    );
    let out = dir.path().join("handover");
    ok(
        &theirs,
        &["handover", "export", out.to_str().expect("path")],
    );
    let mine = dir.path().join("mine.sqlite");
    ok(&mine, &["client", "add", "ооо ромашка", "--tier", "A"]);
    ok(
        &mine,
        &["client", "edit", "ромашка", "--note", "Старые заметки"],
    );
    // Ours was last changed long ago; theirs is newer.
    rusqlite::Connection::open(&mine)
        .expect("raw")
        .execute("UPDATE clients SET updated_at = '2025-01-01T00:00:00Z'", [])
        .expect("age");
    let said = accept_merging(&mine, &out.join("book.sqlite"));
    assert!(
        said.contains("city filled from the received book")
            && said.contains("notes: the received (newer) value, ours kept as a version"),
        "{said}"
    );
    let c: serde_json::Value =
        serde_json::from_str(&ok(&mine, &["client", "show", "ромашка", "--json"])).expect("json");
    assert_eq!(
        (c["city"].as_str(), c["notes"].as_str()),
        (Some("Москва"), Some("Новый закупщик с ноября"))
    );
    let kept: Vec<String> = {
        let conn = rusqlite::Connection::open(&mine).expect("raw");
        let mut stmt = conn
            .prepare("SELECT json_extract(data, '$.notes') FROM record_versions WHERE record = 'clients' ORDER BY version")
            .expect("versions");
        stmt.query_map([], |r| r.get(0))
            .expect("query")
            .map(|r| r.expect("row"))
            .collect()
    };
    assert!(kept.contains(&"Старые заметки".to_string()), "{kept:?}");
    // Accepting again adds nothing.
    let before = fs::read(&mine).expect("mine");
    accept_merging(&mine, &out.join("book.sqlite"));
    assert_eq!(fs::read(&mine).expect("mine"), before);
}

/// A received client carries a checklist until it is done: introduce
/// yourself to each contact, go through the open complaints, confirm the
/// unpaid invoices, set the next step; Today shows it meanwhile.
#[test]
fn the_successor_works_through_each_received_clients_checklist() {
    let dir = tempfile::tempdir().expect("tempdir");
    let theirs = dir.path().join("theirs.sqlite");
    ok(&theirs, &["client", "add", "ООО Ромашка", "--tier", "A"]);
    ok(&theirs, &["contact", "add", "ромашка", "Анна Фёдорова"]);
    ok(&theirs, &["contact", "add", "ромашка", "Пётр Иванов"]);
    ok(
        &theirs,
        &[
            "complaint",
            "add",
            "ромашка",
            "--department",
            "логистика",
            "--summary",
            "Опоздала поставка",
            "--at",
            "-3d",
        ],
    );
    ok(
        &theirs,
        &[
            "invoice",
            "add",
            "ромашка",
            "--number",
            "R-1",
            "--amount",
            "1000",
            "--due",
            "+10d",
        ],
    );
    let out = dir.path().join("handover");
    ok(
        &theirs,
        &[
            "handover",
            "export",
            out.to_str().expect("path"),
            "--to",
            "Олег",
        ],
    );
    let mine = dir.path().join("mine.sqlite");
    ok(
        &mine,
        &[
            "handover",
            "accept",
            out.join("book.sqlite").to_str().expect("path"),
        ],
    );

    let status = ok(&mine, &["handover", "status"]);
    assert!(status.contains("ООО Ромашка  received"), "{status}");
    assert!(status.contains(": 0 of 4 done"), "{status}");
    assert!(
        status.contains("  [ ] introduce yourself to Анна Фёдорова, Пётр Иванов"),
        "{status}"
    );
    assert!(
        status.contains("  [ ] go through the open complaints: Опоздала поставка"),
        "{status}"
    );
    assert!(
        status.contains("  [ ] confirm the unpaid invoices: R-1"),
        "{status}"
    );
    assert!(status.contains("  [ ] set the next step"), "{status}");
    let today = ok(&mine, &["today"]);
    assert!(
        today.contains(
            "handover checklist 0 of 4: introduce yourself to Анна Фёдорова, Пётр Иванов"
        ),
        "{today}"
    );

    // A call with Анна confirms the invoice too; the complaint is handed on; a plan is set.
    ok(
        &mine,
        &[
            "log",
            "ромашка",
            "--kind",
            "call",
            "--summary",
            "Познакомились",
            "--contact",
            "анна",
        ],
    );
    let k = serde_json::from_str::<serde_json::Value>(&ok(&mine, &["complaint", "list", "--json"]))
        .expect("json")[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    ok(&mine, &["complaint", "escalate", &k, "--to", "Склад"]);
    ok(
        &mine,
        &["plan", "ромашка", "--due", "+7d", "--purpose", "Встреча"],
    );
    let status = ok(&mine, &["handover", "status"]);
    assert!(status.contains(": 3 of 4 done"), "{status}");
    assert!(
        status.contains("  [x] confirm the unpaid invoices"),
        "{status}"
    );
    assert!(
        status.contains("  [ ] introduce yourself to Пётр Иванов"),
        "{status}"
    );
    ok(
        &mine,
        &[
            "log",
            "ромашка",
            "--kind",
            "email",
            "--summary",
            "Представился",
            "--contact",
            "пётр",
        ],
    );
    assert_eq!(
        ok(&mine, &["handover", "status"]).trim(),
        "No client received by a handover has anything left on its checklist."
    );
    let all: serde_json::Value =
        serde_json::from_str(&ok(&mine, &["handover", "status", "--all", "--json"])).expect("json");
    assert_eq!(
        all[0]["items"]
            .as_array()
            .expect("items")
            .iter()
            .filter(|i| i["done"] == true)
            .count(),
        4
    );
    assert!(!ok(&mine, &["today"]).contains("handover checklist"));
}

/// Two sides changed at the same moment: neither is newer, so ours stays
/// and theirs is kept as a version; a limit the other side never set does
/// not clear ours.
#[test]
fn merge_same_names_at_the_same_moment_keeps_ours_and_its_limits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let theirs = dir.path().join("theirs.sqlite");
    ok(&theirs, &["client", "add", "Acme", "--tier", "A"]);
    let out = dir.path().join("handover");
    ok(
        &theirs,
        &["handover", "export", out.to_str().expect("path")],
    );
    let received = out.join("book.sqlite");
    let stamp: String = rusqlite::Connection::open_with_flags(
        &received,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .expect("ro")
    .query_row("SELECT updated_at FROM clients", [], |r| r.get(0))
    .expect("stamp");
    let mine = dir.path().join("mine.sqlite");
    ok(
        &mine,
        &["client", "add", "acme", "--tier", "B", "--hard", "40"],
    );
    rusqlite::Connection::open(&mine)
        .expect("raw")
        .execute("UPDATE clients SET updated_at = ?1", [&stamp])
        .expect("same moment");
    // In Russian, the fields are named as the client form names them.
    let mine_ru = dir.path().join("mine_ru.sqlite");
    fs::copy(&mine, &mine_ru).expect("copy");
    let said_ru = tb(&mine_ru)
        .env("TOUCHBASE_LANG", "ru")
        .args([
            "handover",
            "accept",
            received.to_str().expect("path"),
            "--merge-same-names",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let said_ru = String::from_utf8(said_ru).expect("utf-8");
    assert!(
        said_ru.contains(
            "Acme (категория: наше (более новое) значение, принятое сохранено как версия; частота: наше"
        ),
        "{said_ru}"
    );
    let said = accept_merging(&mine, &received);
    assert!(
        said.contains("tier: ours (newer), the received value kept as a version")
            && !said.contains("hard limit"),
        "{said}"
    );
    let c: serde_json::Value =
        serde_json::from_str(&ok(&mine, &["client", "show", "acme", "--json"])).expect("json");
    assert_eq!(
        (c["tier"].as_str(), c["limits"]["hard_days"].as_i64()),
        (Some("B"), Some(40)),
        "{c}"
    );
    // Their tier is kept once: accepting the file again finds nothing new.
    let again = accept_merging(&mine, &received);
    assert!(again.starts_with("nothing new in"), "{again}");
    let kept: i64 = rusqlite::Connection::open(&mine)
        .expect("raw")
        .query_row(
            "SELECT count(*) FROM record_versions WHERE record = 'clients' AND json_extract(data, '$.tier') = 'A'",
            [],
            |r| r.get(0),
        )
        .expect("versions");
    assert_eq!(kept, 1);
}
