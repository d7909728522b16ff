//! Command-line tests through the built binary on real temporary books.

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        Env {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }
    fn db(&self) -> PathBuf {
        self.dir.path().join("book.sqlite")
    }
    fn tb(&self) -> Command {
        let mut c = Command::cargo_bin("touchbase").expect("binary");
        c.env("TOUCHBASE_DB", self.db())
            .env("NO_COLOR", "1")
            .env("TOUCHBASE_LANG", "en")
            .args(["--today", "2026-11-27"]);
        c
    }
    fn ok(&self, args: &[&str]) -> String {
        let out = self
            .tb()
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).expect("utf-8")
    }
    fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.ok(args)).expect("json")
    }
    /// A command refused as bad input (exit 2), its message saying each of
    /// `said`, and the book left byte-identical.
    fn refused(&self, args: &[&str], said: &[&str]) {
        let before = fs::read(self.db()).expect("book");
        let out = self.tb().args(args).assert().code(2).get_output().clone();
        let stderr = String::from_utf8_lossy(&out.stderr);
        for s in said {
            assert!(stderr.contains(s), "{s} missing from: {stderr}");
        }
        assert_eq!(
            fs::read(self.db()).expect("book"),
            before,
            "nothing is written"
        );
    }
    fn seeded() -> Self {
        let env = Env::new();
        env.tb()
            .args([
                "client",
                "add",
                "ООО Ромашка",
                "--tier",
                "A",
                "--city",
                "Москва",
            ])
            .assert()
            .success()
            .stderr(predicate::str::contains("created a new book at"));
        env.ok(&["client", "add", "Acme Industrial GmbH", "--tier", "C"]);
        env.ok(&[
            "contact",
            "add",
            "ромашка",
            "Анна Фёдорова",
            "--role",
            "закупщик",
        ]);
        env
    }
}

fn bytes(p: &Path) -> Vec<u8> {
    fs::read(p).expect("read book")
}

#[test]
fn every_command_has_help() {
    let env = Env::new();
    for args in [
        vec![],
        vec!["client"],
        vec!["client", "add"],
        vec!["client", "edit"],
        vec!["client", "list"],
        vec!["client", "show"],
        vec!["contact", "add"],
        vec!["log"],
        vec!["plan"],
        vec!["timeline"],
        vec!["untouched"],
        vec!["entry", "edit"],
        vec!["entry", "delete"],
        vec!["entry", "restore"],
        vec!["search"],
        vec!["check"],
        vec!["demo"],
        vec!["gen"],
        vec!["whoami"],
        vec!["handover"],
        vec!["handover", "export"],
        vec!["handover", "accept"],
        vec!["complaint", "add"],
        vec!["complaint", "escalate"],
        vec!["complaint", "resolve"],
        vec!["complaint", "list"],
        vec!["order", "add"],
        vec!["invoice", "add"],
        vec!["invoice", "paid"],
        vec!["invoice", "list"],
        vec!["agenda"],
        vec!["report"],
        vec!["currency"],
    ] {
        let mut full = args.clone();
        full.push("--help");
        env.tb()
            .args(&full)
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage: touchbase"));
    }
    assert!(!env.db().exists(), "help created a book");
}

#[test]
fn reading_a_missing_book_says_so_and_creates_nothing() {
    let env = Env::new();
    env.tb()
        .arg("untouched")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("there is no book at"));
    assert!(!env.db().exists());
}

#[test]
fn log_then_timeline_and_card() {
    let env = Env::seeded();
    env.ok(&[
        "log",
        "ООО РОМАШКА",
        "--kind",
        "call",
        "--summary",
        "Обсудили продление",
        "--contact",
        "анна",
        "--at",
        "25.11.2026 14:30",
        "--details",
        "line one\nline two",
        "--next",
        "+7d",
        "--purpose",
        "Отправить КП",
    ]);
    let tl = env.json(&["timeline", "ромашка", "--json"]);
    assert_eq!(tl[0]["at"], "2026-11-25 14:30");
    assert_eq!(tl[0]["kind"], "call");
    assert_eq!(tl[0]["contact"], "Анна Фёдорова");
    assert_eq!(tl[0]["details"], "line one\nline two");
    let card = env.json(&["client", "show", "ромашка", "--json"]);
    assert_eq!(card["last_touch"], "2026-11-25");
    assert_eq!(card["days_since_touch"], 2);
    assert_eq!(card["next_steps"][0]["due"], "2026-12-04");
    assert_eq!(card["contacts"][0]["role"], "закупщик");
    let text = env.ok(&["client", "show", "Ромашка"]);
    assert!(
        text.contains("2 days ago") && text.contains("Отправить КП"),
        "{text}"
    );
}

#[test]
fn untouched_json_is_ordered_and_complete() {
    let env = Env::seeded();
    env.ok(&[
        "log",
        "acme",
        "--kind",
        "email",
        "--summary",
        "hello",
        "--at",
        "2026-09-01",
    ]);
    env.ok(&[
        "plan",
        "acme",
        "--due",
        "2026-12-01",
        "--purpose",
        "call back",
    ]);
    let rows = env.json(&["--today", "2026-12-20", "untouched", "--json"]);
    let rows = rows.as_array().expect("array");
    // Ромашка: never touched, added 2026-11-27, 23 days with cadence 14 → 9/14 overdue.
    // Acme: 110 days since 2026-09-01, cadence 60 → 50/60: more urgent.
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["name"], "Acme Industrial GmbH");
    assert_eq!(rows[0]["overdue_days"], 50);
    assert_eq!(rows[0]["days_since_touch"], 110);
    assert_eq!(rows[0]["next_step"]["purpose"], "call back");
    assert_eq!(rows[0]["tier"], "C");
    assert_eq!(rows[1]["name"], "ООО Ромашка");
    assert_eq!(rows[1]["last_touch"], serde_json::Value::Null);
    assert_eq!(rows[1]["overdue_days"], 9);
    assert_eq!(rows[1]["next_step"], serde_json::Value::Null);
    assert_eq!(
        env.json(&[
            "--today",
            "2026-12-20",
            "untouched",
            "--json",
            "--limit",
            "1"
        ])
        .as_array()
        .expect("array")
        .len(),
        1
    );
}

#[test]
fn untouched_ties_are_broken_by_tier_then_name_and_the_cadence_day_is_not_overdue() {
    let env = Env::new();
    // Same cadence, same day added, never touched: all equally overdue.
    for (name, tier) in [
        ("Бета", "B"),
        ("Елово", "C"),
        ("Яуза", "A"),
        ("Ёлка", "C"),
        ("Альфа", "B"),
    ] {
        env.ok(&["client", "add", name, "--tier", tier, "--cadence", "30"]);
    }
    // Touched exactly one cadence before the day asked about: due, not overdue.
    env.ok(&["client", "add", "Ровно", "--tier", "A", "--cadence", "30"]);
    env.ok(&[
        "log",
        "ровно",
        "--kind",
        "call",
        "--summary",
        "x",
        "--at",
        "2026-11-27",
    ]);
    let names = |today: &str| -> Vec<String> {
        env.json(&["--today", today, "untouched", "--json"])
            .as_array()
            .expect("array")
            .iter()
            .map(|r| r["name"].as_str().expect("name").to_string())
            .collect()
    };
    assert_eq!(
        names("2026-12-27"),
        Vec::<String>::new(),
        "30 days after, a 30-day cadence is not yet overdue"
    );
    assert_eq!(
        names("2026-12-28"),
        ["Ровно", "Яуза", "Альфа", "Бета", "Ёлка", "Елово"],
        "ties: tier A first, then by name with ё as е"
    );
}

#[test]
fn bad_input_names_the_field_exits_2_and_leaves_the_book_unchanged() {
    let env = Env::seeded();
    let before = bytes(&env.db());
    let cases: &[(&[&str], &str)] = &[
        (
            &["log", "ромашка", "--kind", "fax", "--summary", "x"],
            "kind: 'fax' is not accepted; one of: call",
        ),
        (
            &[
                "log",
                "ромашка",
                "--kind",
                "call",
                "--summary",
                "x",
                "--at",
                "32.13.2026",
            ],
            "at: '32.13.2026' is not accepted",
        ),
        (
            &["log", "ромашка", "--kind", "call", "--summary", "  "],
            "summary: '  ' is not accepted",
        ),
        (
            &[
                "log",
                "ромашка",
                "--kind",
                "call",
                "--summary",
                "x",
                "--contact",
                "Пётр",
            ],
            "contact: no contact of this client matches 'Пётр'",
        ),
        (
            &["log", "нет такого", "--kind", "call", "--summary", "x"],
            "no client matches 'нет такого'",
        ),
        (
            &["client", "add", "Bad", "--cadence", "-5"],
            "cadence: '-5' is not accepted; a whole number of days",
        ),
        (
            &["client", "add", ""],
            "name: '' is not accepted; a non-empty name",
        ),
        (
            &["client", "add", "ооо ромашка"],
            "name: 'ооо ромашка' is not accepted; a name no other client has",
        ),
        (
            &["client", "add", "X", "--tier", "D"],
            "tier: 'D' is not accepted; one of: A, B, C",
        ),
        (
            &["client", "edit", "acme", "--status", "sleeping"],
            "status: 'sleeping' is not accepted",
        ),
        (
            &["plan", "acme", "--due", "someday", "--purpose", "x"],
            "due: 'someday' is not accepted",
        ),
        (
            &[
                "plan",
                "acme",
                "--due",
                "+1d",
                "--purpose",
                "x",
                "--kind",
                "note",
            ],
            "kind: 'note' is not accepted; a touch",
        ),
        (
            &["entry", "delete", "no-such-id"],
            "no entry matches 'no-such-id'",
        ),
        (
            &[
                "order",
                "add",
                "acme",
                "--amount",
                "14.03.2026",
                "--status",
                "won",
                "--title",
                "x",
            ],
            "amount: '14.03.2026' is not accepted; a positive amount",
        ),
        (
            &[
                "invoice", "add", "acme", "--number", "1", "--amount", "1_000", "--due", "+1d",
            ],
            "amount: '1_000' is not accepted",
        ),
        (
            &[
                "log",
                "acme",
                "--kind",
                "call",
                "--summary",
                "x",
                "--at",
                "+9999y",
            ],
            "at: '+9999y' is not accepted; accepted: 2026-11-27",
        ),
        (
            &["plan", "acme", "--due", "31.12.9999", "--purpose", "x"],
            "due: '31.12.9999' is not accepted; a day without a time",
        ),
        (
            &[
                "plan",
                "acme",
                "--due",
                "2026-11-30 10:00",
                "--purpose",
                "x",
            ],
            "due: '2026-11-30 10:00' is not accepted; a day without a time",
        ),
        (
            &["--today", "32.01.2026", "untouched"],
            "--today: '32.01.2026' is not accepted; a day without a time",
        ),
        (
            &[
                "log",
                "acme",
                "--kind",
                "call",
                "--summary",
                "x",
                "--at",
                "+1d",
            ],
            "at: '+1d' is not accepted; a moment that is not after now; a touch still to come is planned instead",
        ),
        (
            &[
                "complaint",
                "add",
                "acme",
                "--department",
                "склад",
                "--summary",
                "x",
                "--at",
                "tomorrow",
            ],
            "at: 'tomorrow' is not accepted; a moment that is not after now",
        ),
        (
            &["plan", "acme", "--due", "26.11.2026", "--purpose", "x"],
            "due: '26.11.2026' is not accepted; a day from today on",
        ),
        (
            &[
                "log",
                "acme",
                "--kind",
                "call",
                "--summary",
                "x",
                "--next",
                "yesterday",
                "--purpose",
                "y",
            ],
            "next: 'yesterday' is not accepted; a day from today on",
        ),
    ];
    for (args, message) in cases {
        let out = env.tb().args(*args).assert().code(2).get_output().clone();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(*message), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?} printed to stdout");
        assert_eq!(bytes(&env.db()), before, "{args:?} changed the book");
    }
    // Offsets work for --today too, negative ones included.
    assert_eq!(
        env.json(&["--today", "-2w", "untouched", "--json"]),
        serde_json::json!([])
    );
    env.ok(&["client", "add", "ООО Ромашка-Юг"]);
    env.tb()
        .args(["timeline", "ромашка"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "matches several clients: ООО Ромашка, ООО Ромашка-Юг",
        ));
    env.tb()
        .args(["client", "add", "Bad", "--cadence", "-5"])
        .assert()
        .code(2);
    assert_ne!(
        bytes(&env.db()),
        before,
        "the valid add above should have written"
    );
    let after = bytes(&env.db());
    env.tb()
        .args(["log", "acme", "--kind", "fax", "--summary", "x"])
        .assert()
        .code(2);
    assert_eq!(bytes(&env.db()), after);
}

#[test]
fn bad_input_on_a_missing_book_creates_nothing() {
    let env = Env::new();
    env.tb()
        .args(["client", "add", "X", "--tier", "Q"])
        .assert()
        .code(2);
    assert!(!env.db().exists());
}

#[test]
fn a_newer_book_is_refused_by_every_command_byte_identical() {
    let env = Env::seeded();
    {
        let raw = rusqlite::Connection::open(env.db()).expect("raw");
        raw.pragma_update(None, "user_version", 99).expect("bump");
    }
    let before = bytes(&env.db());
    for args in [
        vec!["untouched"],
        vec!["client", "add", "New"],
        vec!["log", "acme", "--kind", "call", "--summary", "x"],
        vec!["check"],
    ] {
        env.tb()
            .args(&args)
            .assert()
            .failure()
            .stderr(predicate::str::contains("newer touchbase (book version 99"));
    }
    env.tb()
        .args(["demo", "--force"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("newer touchbase (book version 99"));
    assert_eq!(bytes(&env.db()), before);
}

#[test]
fn entries_are_edited_deleted_and_restored() {
    let env = Env::seeded();
    env.ok(&[
        "log",
        "acme",
        "--kind",
        "call",
        "--summary",
        "first",
        "--at",
        "2026-11-20",
    ]);
    let id = env.json(&["timeline", "acme", "--json"])[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    env.ok(&[
        "entry",
        "edit",
        &id,
        "--summary",
        "first, corrected",
        "--kind",
        "meeting",
    ]);
    let tl = env.json(&["timeline", "acme", "--json"]);
    assert_eq!(tl[0]["summary"], "first, corrected");
    assert_eq!(tl[0]["kind"], "meeting");
    assert_eq!(tl[0]["edited"], true);
    env.ok(&["entry", "delete", &id]);
    assert_eq!(
        env.json(&["timeline", "acme", "--json"]),
        serde_json::json!([])
    );
    env.ok(&["entry", "restore", &id]);
    assert_eq!(
        env.json(&["timeline", "acme", "--json"])
            .as_array()
            .expect("array")
            .len(),
        1
    );
}

#[test]
fn search_and_client_list() {
    let env = Env::seeded();
    env.ok(&[
        "log",
        "ромашка",
        "--kind",
        "call",
        "--summary",
        "Обсудили продление договора",
        "--at",
        "2026-11-20",
    ]);
    let hits = env.json(&["search", "ПРОДЛЕН", "--json"]);
    assert_eq!(hits[0]["client"], "ООО Ромашка");
    assert_eq!(hits[0]["kind"], "entry");
    assert_eq!(hits[0]["at"], "2026-11-20");
    let list = env.json(&["client", "list", "--json"]);
    let names: Vec<_> = list
        .as_array()
        .expect("array")
        .iter()
        .map(|c| c["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, vec!["Acme Industrial GmbH", "ООО Ромашка"]);
    assert_eq!(list[1]["cadence_days"], 14);
    env.ok(&["client", "edit", "acme", "--tier", "A", "--city", "Hamburg"]);
    let acme = env.json(&["client", "show", "acme", "--json"]);
    assert_eq!(
        (acme["tier"].as_str(), acme["cadence_days"].as_u64()),
        (Some("A"), Some(14))
    );
}

#[test]
fn escape_sequences_from_the_book_never_reach_the_terminal() {
    let env = Env::seeded();
    {
        // Another program wrote raw escapes into the book.
        let raw = rusqlite::Connection::open(env.db()).expect("raw");
        raw.execute("UPDATE clients SET name = 'Evil' || char(27) || '[2J Corp' WHERE name_key LIKE 'acme%'", []).expect("poison");
    }
    let out = env.ok(&["client", "list"]);
    assert!(!out.contains('\u{1b}'));
    assert!(out.contains("Evil␛[2J Corp"));
}

#[test]
fn demo_never_overwrites_without_force_and_check_passes() {
    let env = Env::new();
    env.ok(&["demo"]);
    env.tb()
        .arg("demo")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--force"));
    env.ok(&["demo", "--force"]);
    env.ok(&["check"]);
    let untouched = env.json(&["untouched", "--json"]);
    assert!(untouched.as_array().expect("array").len() >= 5);
    let foreign = env.dir.path().join("notes.txt");
    fs::write(&foreign, "not a book").expect("write");
    env.tb()
        .args(["--db", foreign.to_str().expect("path"), "demo", "--force"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "is not a touchbase book (not an SQLite database); it was left untouched",
        ));
    // The reason is in the reader's language, like the rest of the line.
    env.tb()
        .env("TOUCHBASE_LANG", "ru")
        .args(["--db", foreign.to_str().expect("path"), "client", "list"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "— не книга touchbase (не база данных SQLite); файл не тронут",
        ));
    assert_eq!(fs::read_to_string(&foreign).expect("read"), "not a book");
}

#[test]
fn gen_is_deterministic() {
    let env = Env::new();
    let a = env.dir.path().join("a.sqlite");
    let b = env.dir.path().join("b.sqlite");
    for p in [&a, &b] {
        env.tb()
            .args([
                "--db",
                p.to_str().expect("path"),
                "gen",
                "--clients",
                "30",
                "--interactions",
                "300",
                "--seed",
                "7",
            ])
            .assert()
            .success();
    }
    let list = |p: &Path| {
        let mut c = env.tb();
        c.args(["--db", p.to_str().expect("path"), "untouched", "--json"]);
        c.assert().success().get_output().stdout.clone()
    };
    assert_eq!(list(&a), list(&b));
    env.tb()
        .args(["--db", a.to_str().expect("path"), "check"])
        .assert()
        .success();
}

#[test]
fn a_locked_book_gets_a_clear_message_not_a_hang() {
    let env = Env::seeded();
    let raw = rusqlite::Connection::open(env.db()).expect("raw");
    raw.execute_batch("BEGIN EXCLUSIVE; UPDATE settings SET value = value;")
        .expect("lock");
    let started = std::time::Instant::now();
    env.tb()
        .args(["log", "acme", "--kind", "call", "--summary", "x"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("the book is busy"));
    assert!(started.elapsed().as_secs() < 30);
    raw.execute_batch("ROLLBACK").expect("unlock");
    env.ok(&["log", "acme", "--kind", "call", "--summary", "x"]);
}

#[test]
fn whoami_names_the_manager_and_entries_carry_it() {
    let env = Env::seeded();
    assert!(env.ok(&["whoami"]).contains("no manager is set"));
    env.ok(&[
        "whoami",
        "--set",
        "Мария Соколова",
        "--email",
        "m@example.com",
    ]);
    assert_eq!(env.ok(&["whoami"]).trim(), "Мария Соколова <m@example.com>");
    assert_eq!(env.json(&["whoami", "--json"])["name"], "Мария Соколова");
    env.ok(&["log", "acme", "--kind", "call", "--summary", "hello"]);
    assert_eq!(
        env.json(&["timeline", "acme", "--json"])[0]["logged_by"],
        "Мария Соколова"
    );
    env.tb()
        .args(["whoami", "--set", " "])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("name: ' ' is not accepted"));
}

#[test]
fn demo_force_fills_an_empty_file_and_leaves_nothing_beside_the_book() {
    let env = Env::new();
    fs::write(env.db(), b"").expect("empty file");
    env.ok(&["demo", "--force"]);
    env.ok(&["check"]);
    env.ok(&["demo", "--force"]);
    let leftovers: Vec<_> = fs::read_dir(env.dir.path())
        .expect("dir")
        .map(|e| e.expect("e").file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no backup or temporary file is left: {leftovers:?}"
    );
}

#[test]
fn complaints_orders_invoices_agenda_and_report_through_the_binary() {
    let env = Env::seeded();
    env.ok(&[
        "complaint",
        "add",
        "ромашка",
        "--department",
        "логистика",
        "--summary",
        "Опоздала поставка",
        "--severity",
        "high",
        "--at",
        "-20d",
        "--contact",
        "анна",
    ]);
    let list = env.json(&["complaint", "list", "--open", "--json"]);
    let k = &list[0];
    let id = k["id"].as_str().expect("id").to_string();
    assert_eq!(
        list,
        serde_json::json!([{
            "age_days": 20,
            "client": "ООО Ромашка",
            "department": "логистика",
            "id": id,
            "opened": "2026-11-07",
            "resolution": "",
            "resolved": null,
            "severity": "high",
            "status": "open",
            "steps": [],
            "summary": "Опоздала поставка",
            "escalation": null
        }])
    );
    env.ok(&[
        "complaint",
        "escalate",
        &id,
        "--to",
        "Склад",
        "--note",
        "срочно",
        "--at",
        "-19d",
    ]);
    env.ok(&[
        "complaint",
        "resolve",
        &id,
        "--resolution",
        "Довезли за наш счёт",
        "--at",
        "-10d",
    ]);
    let all = env.json(&["complaint", "list", "--json"]);
    let steps: Vec<(String, String)> = all[0]["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| {
            (
                s["step"].as_str().expect("step").to_string(),
                s["to_whom"].as_str().expect("to").to_string(),
            )
        })
        .collect();
    assert_eq!(
        steps,
        vec![
            ("escalated".to_string(), "Склад".to_string()),
            ("resolved".to_string(), String::new())
        ]
    );
    assert!(
        env.ok(&["complaint", "list"])
            .contains("08.11.2026 escalated to Склад: срочно")
    );
    assert_eq!(
        env.json(&["complaint", "list", "--open", "--json"]),
        serde_json::json!([])
    );
    let timeline = env.json(&["timeline", "ромашка", "--json"]);
    assert_eq!(timeline[0]["summary"], "Довезли за наш счёт");
    assert_eq!(
        timeline[0]["event"],
        serde_json::json!({"event": "complaint-resolved"})
    );
    assert!(
        env.ok(&["timeline", "ромашка"])
            .contains("Complaint resolved: Довезли за наш счёт")
    );

    env.ok(&[
        "order",
        "add",
        "acme",
        "--amount",
        "1 250 000,50",
        "--status",
        "won",
        "--title",
        "Line 2",
        "--at",
        "-2d",
    ]);
    env.ok(&[
        "invoice",
        "add",
        "acme",
        "--number",
        "INV-7",
        "--amount",
        "480000",
        "--due",
        "-5d",
        "--issued",
        "-35d",
        "--currency",
        "eur",
    ]);
    let inv = env.json(&["invoice", "list", "--overdue", "--json"]);
    assert_eq!(
        (
            inv[0]["number"].as_str(),
            inv[0]["currency"].as_str(),
            inv[0]["overdue_days"].as_i64()
        ),
        (Some("INV-7"), Some("EUR"), Some(5))
    );
    env.ok(&["invoice", "paid", "INV-7", "--at", "-1d"]);
    assert_eq!(
        env.json(&["invoice", "list", "--overdue", "--json"]),
        serde_json::json!([])
    );

    env.ok(&[
        "--today",
        "2026-11-20",
        "plan",
        "acme",
        "--due",
        "2026-11-26",
        "--purpose",
        "Chase",
    ]);
    env.ok(&["plan", "ромашка", "--due", "+3d", "--purpose", "КП"]);
    let agenda = env.json(&["agenda", "--json"]);
    let groups: Vec<&str> = agenda
        .as_array()
        .expect("array")
        .iter()
        .map(|i| i["group"].as_str().expect("group"))
        .collect();
    // The order won earlier put the client in its quiet period: its first
    // touch is planned by itself, 30 days on.
    assert_eq!(groups, vec!["overdue", "this week", "later"]);
    let later = &agenda.as_array().expect("array")[2];
    assert!(
        later["purpose"]
            .as_str()
            .is_some_and(|p| p.starts_with("Quiet-period touch: order ")),
        "{later}"
    );

    let report = env.json(&["report", "--format", "json"]);
    assert_eq!(
        report["period"],
        serde_json::json!({"from": "2026-10-29", "to": "2026-11-27", "days": 30})
    );
    assert_eq!(
        report["orders"],
        serde_json::json!({
            "count": 1, "won": 1, "lost": 0, "in_progress": 0,
            "sum_by_currency": {"RUB": 1_250_000.5},
            "won_by_currency": {"RUB": 1_250_000.5}
        })
    );
    assert_eq!(report["plan"]["due"], 1);
    assert_eq!(report["plan"]["open"], 1);
    assert_eq!(report["clients"]["active"], 2);
    assert_eq!(report["touches"]["total"], 0);
    assert_eq!(report["complaints"]["opened"], 1);
    assert_eq!(report["orders"]["won_by_currency"]["RUB"], 1_250_000.5);
    assert_eq!(report["complaints"]["resolved"], 1);
    let csv = env.ok(&["report", "--format", "csv"]);
    assert!(
        csv.starts_with("section,name,value\n") && csv.contains("complaints,resolved,1\n"),
        "{csv}"
    );
    assert!(
        env.ok(&["report", "--format", "md"])
            .contains("| coverage |")
    );
}

#[test]
fn bad_money_and_complaint_input_is_refused_with_the_field_named() {
    let env = Env::seeded();
    let before = bytes(&env.db());
    let cases: &[(&[&str], &str)] = &[
        (
            &["order", "add", "acme", "--amount", "-5"],
            "amount: '-5' is not accepted; a positive amount",
        ),
        (
            &[
                "order",
                "add",
                "acme",
                "--amount",
                "10",
                "--currency",
                "рубли",
            ],
            "currency: 'рубли' is not accepted; a three-letter code",
        ),
        (
            &[
                "order", "add", "acme", "--amount", "10", "--status", "maybe",
            ],
            "status: 'maybe' is not accepted; one of: won, lost, in progress",
        ),
        (
            &[
                "complaint",
                "add",
                "acme",
                "--department",
                "x",
                "--summary",
                "y",
                "--severity",
                "awful",
            ],
            "severity: 'awful' is not accepted",
        ),
        (
            &[
                "complaint",
                "add",
                "acme",
                "--department",
                " ",
                "--summary",
                "y",
            ],
            "department: ' ' is not accepted",
        ),
        (
            &["complaint", "resolve", "nope", "--resolution", "x"],
            "no complaint matches 'nope'",
        ),
        (
            &[
                "invoice", "add", "acme", "--number", "1", "--amount", "5", "--due", "-40d",
                "--issued", "-10d",
            ],
            "due: '-40d' is not accepted; a date on or after the issue date",
        ),
        (&["invoice", "paid", "nope"], "no invoice matches 'nope'"),
        (
            &["report", "--format", "pdf"],
            "format: 'pdf' is not accepted; one of: text, md, json, csv",
        ),
        (
            &["report", "--from", "+5d"],
            "from: '2026-12-02' is not accepted; a date on or before --to",
        ),
    ];
    for (args, message) in cases {
        env.tb()
            .args(*args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(*message));
    }
    assert_eq!(bytes(&env.db()), before);
}

#[test]
fn the_book_currency_is_the_default_for_orders() {
    let env = Env::seeded();
    assert_eq!(env.ok(&["currency"]).trim(), "RUB");
    env.tb()
        .args(["currency", "--set", "euro"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("currency: 'euro' is not accepted"));
    env.ok(&["currency", "--set", "eur"]);
    assert_eq!(env.ok(&["currency"]).trim(), "EUR");
    env.ok(&["order", "add", "acme", "--amount", "100"]);
    assert_eq!(
        env.json(&["timeline", "acme", "--json"])[0]["event"]["currency"],
        "EUR"
    );
    assert!(
        env.ok(&["timeline", "acme"])
            .contains("Order: 100 EUR (in progress)")
    );
}

#[test]
fn the_ui_without_a_terminal_says_so_and_creates_nothing() {
    let env = Env::new();
    env.tb()
        .assert()
        .code(1)
        .stderr(predicate::str::contains("the terminal UI needs a terminal"));
    assert!(!env.db().exists());
}

#[test]
fn closed_or_full_standard_output_never_panics_and_says_what_was_saved() {
    let env = Env::seeded();
    // A reader that stops after one line of a listing far larger than a
    // pipe's buffer: quiet, exit 0, as Unix tools do.
    let big = env.dir.path().join("big.sqlite");
    env.ok(&[
        "--db",
        big.to_str().expect("path"),
        "gen",
        "--clients",
        "3000",
        "--interactions",
        "0",
    ]);
    let out = std::process::Command::new("bash")
        .env("TOUCHBASE_LANG", "en")
        .args([
            "-c",
            "\"$0\" --db \"$1\" client list | head -1; exit ${PIPESTATUS[0]}",
        ])
        .arg(assert_cmd::cargo::cargo_bin("touchbase"))
        .arg(&big)
        .output()
        .expect("bash");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("NAME"));
    // A full disk behind stdout: the entry is saved, and the message says so.
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("touchbase"))
        .env("TOUCHBASE_LANG", "en")
        .arg("--db")
        .arg(env.db())
        .args([
            "log",
            "ромашка",
            "--kind",
            "call",
            "--summary",
            "В /dev/full",
        ])
        .stdout(full)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "touchbase: the change was saved in the book, but printing the confirmation failed: No space left on device (os error 28)\n"
    );
    let timeline = env.json(&["timeline", "ромашка", "--json", "--limit", "1"]);
    assert_eq!(timeline[0]["summary"], "В /dev/full");
}

#[test]
fn an_empty_file_is_made_a_book_by_every_command_alike_and_it_says_so() {
    for args in [
        vec!["untouched"],
        vec!["client", "list"],
        vec!["check"],
        vec!["client", "add", "Acme"],
        vec!["whoami", "--set", "Мария"],
    ] {
        let env = Env::new();
        fs::write(env.db(), b"").expect("empty file");
        let out = env.tb().args(&args).assert().success().get_output().clone();
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            format!(
                "{} was an empty file; it is now a new book\n",
                env.db().display()
            ),
            "{args:?}"
        );
        env.ok(&["check"]);
        // The second time it is simply a book.
        assert_eq!(
            env.tb()
                .args(["client", "list"])
                .assert()
                .success()
                .get_output()
                .stderr,
            b""
        );
    }
}

/// A damaged page is reported with what to do; `check` lists where it is.
#[test]
fn a_damaged_page_is_reported_with_what_to_do() {
    let env = Env::new();
    env.ok(&["gen", "--clients", "50", "--interactions", "3000"]);
    let page: i64 = rusqlite::Connection::open(env.db())
        .expect("raw")
        .query_row(
            "SELECT pageno FROM dbstat WHERE name = 'clients' AND pagetype = 'leaf' LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("a leaf page of the clients");
    {
        use std::io::{Seek, SeekFrom, Write};
        let mut f = fs::OpenOptions::new()
            .write(true)
            .open(env.db())
            .expect("open");
        f.seek(SeekFrom::Start(((page - 1) * 4096 + 8) as u64))
            .expect("seek");
        f.write_all(&[0xff; 200]).expect("damage");
    }
    env.tb()
        .args(["client", "list"])
        .assert()
        .code(1)
        .stderr(
            "touchbase: the book is damaged (database disk image is malformed); `touchbase check` shows where; restore a backup (a copy of your own, or book.vN-backup.sqlite beside it) if it finds problems or cannot read the book\n",
        );
    let out = env.tb().arg("check").assert().code(1).get_output().clone();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&format!("page {page} cell")),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn planned_touches_are_listed_moved_edited_and_cancelled_with_versions_kept() {
    let env = Env::seeded();
    env.ok(&[
        "plan",
        "ромашка",
        "--due",
        "+3d",
        "--purpose",
        "Отправить КП",
    ]);
    env.ok(&[
        "plan",
        "add",
        "acme",
        "--due",
        "+10d",
        "--purpose",
        "Review",
        "--kind",
        "meeting",
    ]);
    let list = env.json(&["plan", "list", "--json"]);
    assert_eq!(list.as_array().expect("array").len(), 2);
    assert_eq!(list[0]["purpose"], "Отправить КП");
    assert_eq!(list[0]["due"], "2026-11-30");
    let id = list[0]["id"].as_str().expect("id").to_string();
    let out = env.ok(&[
        "plan",
        "edit",
        &id,
        "--due",
        "05.12.2026",
        "--kind",
        "visit",
        "--purpose",
        "Отвезти КП",
    ]);
    assert!(out.contains("the previous version is kept"), "{out}");
    let only = env.json(&["plan", "list", "ромашка", "--json"]);
    assert_eq!(
        (
            only[0]["due"].as_str(),
            only[0]["kind"].as_str(),
            only[0]["purpose"].as_str()
        ),
        (Some("2026-12-05"), Some("visit"), Some("Отвезти КП"))
    );
    assert_eq!(
        only.as_array().expect("array").len(),
        1,
        "only the client's"
    );
    // The version kept says what the plan said before.
    let kept: (String, String) = rusqlite::Connection::open(env.db())
        .expect("raw")
        .query_row(
            "SELECT json_extract(data, '$.due_on'), json_extract(data, '$.purpose') FROM record_versions WHERE record = 'plans' AND record_id = ?1",
            [&id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("a version");
    assert_eq!(kept, ("2026-11-30".to_string(), "Отправить КП".to_string()));
    env.tb()
        .args(["plan", "edit", &id, "--due", "01.11.2026"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "due: '01.11.2026' is not accepted; a day from today on",
        ));
    let out = env.ok(&["plan", "cancel", &id]);
    assert_eq!(
        out,
        "cancelled the planned visit \"Отвезти КП\" for ООО Ромашка due 2026-12-05\n"
    );
    let before = bytes(&env.db());
    env.tb()
        .args(["plan", "cancel", &id])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "an open planned touch; this one is cancelled",
        ));
    assert_eq!(bytes(&env.db()), before);
    assert_eq!(
        env.json(&["plan", "list", "ромашка", "--json"]),
        serde_json::json!([])
    );
    assert_eq!(
        env.json(&["plan", "list", "ромашка", "--all", "--json"])[0]["status"],
        "cancelled"
    );
}

#[test]
fn orders_and_complaints_are_never_logged_as_bare_entries() {
    let env = Env::seeded();
    for kind in ["order", "complaint"] {
        env.tb()
            .args(["log", "acme", "--kind", kind, "--summary", "x"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "kind: '{kind}' is not accepted; a touch, a note or internal; a {kind} has a record of its own: touchbase {kind} add"
            )));
    }
}

#[test]
fn contacts_are_edited_leave_and_are_deleted_only_when_nothing_refers_to_them() {
    let env = Env::seeded();
    env.tb()
        .args(["contact", "add", "ромашка", "анна фёдорова"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "name: 'анна фёдорова' is not accepted; a name no other contact of this client has (Анна Фёдорова has it; --same-name keeps both)",
        ));
    env.tb()
        .args([
            "contact",
            "add",
            "ромашка",
            "Пётр",
            "--email",
            "petr at mail",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "email: 'petr at mail' is not accepted; an e-mail address such as anna@example.com",
        ));
    env.ok(&[
        "contact",
        "add",
        "ромашка",
        "Пётр",
        "--email",
        "petr@example.com",
    ]);
    env.ok(&["contact", "add", "ромашка", "Олег"]);
    let list = env.json(&["contact", "list", "ромашка", "--json"]);
    let id = |name: &str| -> String {
        list.as_array()
            .expect("array")
            .iter()
            .find(|c| c["name"] == name)
            .map(|c| c["id"].as_str().expect("id").to_string())
            .expect("contact")
    };
    let (anna, petr, oleg) = (id("Анна Фёдорова"), id("Пётр"), id("Олег"));
    env.ok(&[
        "contact",
        "edit",
        &petr,
        "--role",
        "главный инженер",
        "--phone",
        "рабочий: +7 912 000-00-00",
        "--phone",
        "mobile:+7 916 111-22-33",
        "--email",
        "work: petr@example.com; petr@home.example",
    ]);
    // Several phones and e-mails, each with its label, kept as typed.
    let after = env.json(&["contact", "list", "ромашка", "--json"]);
    let p = after
        .as_array()
        .expect("array")
        .iter()
        .find(|c| c["name"] == "Пётр")
        .expect("Пётр")
        .clone();
    assert_eq!(
        p["phone"],
        "рабочий: +7 912 000-00-00; mobile: +7 916 111-22-33"
    );
    assert_eq!(
        p["phones"],
        serde_json::json!([
            {"label": "рабочий", "value": "+7 912 000-00-00"},
            {"label": "mobile", "value": "+7 916 111-22-33"}
        ])
    );
    assert_eq!(
        p["emails"][1],
        serde_json::json!({"label": "", "value": "petr@home.example"})
    );
    env.tb()
        .args(["contact", "edit", &petr, "--phone", "work: 12"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "phone: '12' is not accepted; a phone number such as +7 495 123-45-67",
        ));
    env.ok(&[
        "log",
        "ромашка",
        "--kind",
        "call",
        "--summary",
        "x",
        "--contact",
        &petr,
    ]);
    let before = bytes(&env.db());
    env.tb()
        .args(["contact", "delete", &petr])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("mark them as having left instead"));
    assert_eq!(bytes(&env.db()), before);
    env.ok(&["contact", "left", &petr, "--on", "20.11.2026"]);
    env.ok(&["contact", "delete", &oleg]);
    let list = env.json(&["contact", "list", "ромашка", "--json"]);
    assert_eq!(
        list,
        serde_json::json!([
            {"id": anna, "name": "Анна Фёдорова", "role": "закупщик", "phone": "", "email": "", "phones": [], "emails": [], "note": "", "left_on": null},
            {"id": petr, "name": "Пётр", "role": "главный инженер", "phone": p["phone"], "email": p["email"],
             "phones": p["phones"], "emails": p["emails"], "note": "", "left_on": "2026-11-20"},
        ])
    );
    // Each change kept the contact as it was: edit, left, and the deleted one.
    let versions: i64 = rusqlite::Connection::open(env.db())
        .expect("raw")
        .query_row(
            "SELECT count(*) FROM record_versions WHERE record = 'contacts'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(versions, 3);
    env.ok(&["check"]);
    // The day one left, as the reader writes it, in their words.
    let text = env.ok(&["contact", "list", "ромашка"]);
    assert!(text.contains("(left 20.11.2026)"), "{text}");
    let ru = env.ok(&["--lang", "ru", "contact", "list", "ромашка"]);
    assert!(ru.contains("(ушёл 20.11.2026)"), "{ru}");
}

#[test]
fn orders_change_status_and_amount_and_are_deleted_with_their_entry() {
    let env = Env::seeded();
    let out = env.ok(&["order", "add", "acme", "--title", "Line 2", "--at", "-3d"]);
    assert!(
        out.starts_with(
            "recorded the order \"Line 2\" for Acme Industrial GmbH: no amount yet (in progress; "
        ),
        "{out}"
    );
    env.ok(&[
        "order", "add", "acme", "--title", "Tender", "--amount", "0", "--status", "lost", "--at",
        "-2d",
    ]);
    let list = env.json(&["order", "list", "acme", "--json"]);
    assert_eq!(list[1]["amount"], serde_json::Value::Null);
    assert_eq!(list[0]["amount"], 0.0);
    let id = list[1]["id"].as_str().expect("id").to_string();
    env.ok(&[
        "order",
        "edit",
        &id,
        "--status",
        "won",
        "--amount",
        "1 250 000,50",
    ]);
    let timeline = env.json(&["timeline", "acme", "--json"]);
    assert_eq!(timeline[1]["summary"], "Line 2");
    assert_eq!(timeline[1]["event"]["amount_minor"], 125_000_050);
    assert_eq!(timeline[1]["event"]["status"], "won");
    assert!(
        env.ok(&["timeline", "acme"])
            .contains("Line 2: 1,250,000.50 RUB (won)")
    );
    assert_eq!(timeline[1]["edited"], true);
    let report = env.json(&["report", "--format", "json"]);
    assert_eq!(report["orders"]["won_by_currency"]["RUB"], 1_250_000.5);
    // The entry changes with its order, never alone.
    let entry = timeline[1]["id"].as_str().expect("id").to_string();
    env.tb()
        .args(["entry", "delete", &entry])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "touchbase order delete {id}"
        )));
    env.ok(&["order", "delete", &id]);
    assert_eq!(
        env.json(&["timeline", "acme", "--json"])
            .as_array()
            .expect("array")
            .len(),
        1
    );
    assert_eq!(
        env.json(&["order", "list", "--json"])
            .as_array()
            .expect("array")
            .len(),
        1
    );
    let report = env.json(&["report", "--format", "json"]);
    assert_eq!(report["orders"]["count"], 1);
    env.tb()
        .args(["order", "delete", &id])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("an order that is not deleted"));
    env.ok(&["order", "restore", &id]);
    assert_eq!(
        env.json(&["timeline", "acme", "--json"])
            .as_array()
            .expect("array")
            .len(),
        2
    );
    let kept: i64 = rusqlite::Connection::open(env.db())
        .expect("raw")
        .query_row(
            "SELECT count(*) FROM record_versions WHERE record = 'orders' AND record_id = ?1",
            [&id],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(
        kept, 3,
        "edit, delete, restore each kept the order as it was"
    );
    env.ok(&["check"]);
}

#[test]
fn invoices_are_corrected_paid_unpaid_deleted_and_on_the_timeline() {
    let env = Env::seeded();
    env.ok(&[
        "invoice", "add", "acme", "--number", "INV-7", "--amount", "480000", "--due", "+10d",
        "--issued", "-20d",
    ]);
    env.ok(&[
        "invoice",
        "add",
        "ромашка",
        "--number",
        "R-1",
        "--amount",
        "1000",
        "--due",
        "+5d",
    ]);
    env.tb()
        .args(["invoice", "edit", "INV-7", "--new-number", "R-1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "number: 'R-1' is not accepted; a number no other invoice has (an invoice of ООО Ромашка has it)",
        ));
    env.ok(&[
        "invoice",
        "edit",
        "INV-7",
        "--new-number",
        "INV-7a",
        "--amount",
        "470 000",
        "--due",
        "-1d",
    ]);
    let list = env.json(&["invoice", "list", "--client", "acme", "--json"]);
    assert_eq!(
        (
            list[0]["number"].as_str(),
            list[0]["amount"].as_f64(),
            list[0]["overdue_days"].as_i64()
        ),
        (Some("INV-7a"), Some(470000.0), Some(1))
    );
    let timeline = env.json(&["timeline", "acme", "--json"]);
    assert_eq!(timeline[0]["summary"], "INV-7a");
    assert_eq!(
        timeline[0]["event"],
        serde_json::json!({"event": "invoice-issued", "amount_minor": 47_000_000, "currency": "RUB", "due_on": "2026-11-26"})
    );
    assert!(
        env.ok(&["timeline", "acme"])
            .contains("Invoice INV-7a issued: 470,000 RUB, due 26.11.2026")
    );
    assert!(
        env.ok(&["--lang", "ru", "timeline", "acme"])
            .contains("Счёт INV-7a выставлен: 470\u{a0}000\u{a0}₽, оплатить до 26.11.2026")
    );
    // An export's summary is the line people read, the event beside it as data.
    let csv = env.ok(&["--lang", "ru", "export", "timeline", "--client", "acme"]);
    let row = csv.lines().find(|l| l.contains("INV-7a")).expect("row");
    assert!(
        row.contains("Счёт INV-7a выставлен: 470\u{a0}000\u{a0}₽, оплатить до 26.11.2026"),
        "{row}"
    );
    assert!(
        row.contains(r#""{""amount_minor"":47000000,""currency"":""RUB"",""due_on"":""2026-11-26"",""event"":""invoice-issued""}""#),
        "{row}"
    );
    assert_eq!(timeline[0]["at"], "2026-11-07");
    env.ok(&["invoice", "paid", "INV-7a", "--at", "-1d"]);
    assert_eq!(
        env.json(&["timeline", "acme", "--json"])[0]["event"],
        serde_json::json!({"event": "invoice-paid", "amount_minor": 47_000_000, "currency": "RUB"})
    );
    assert!(
        env.ok(&["timeline", "acme"])
            .contains("Invoice INV-7a paid: 470,000 RUB")
    );
    env.ok(&["invoice", "unpaid", "INV-7a"]);
    assert_eq!(
        env.json(&["invoice", "list", "--unpaid", "--json"])
            .as_array()
            .expect("array")
            .len(),
        2
    );
    assert_eq!(
        env.json(&["timeline", "acme", "--json"])
            .as_array()
            .expect("array")
            .len(),
        1,
        "the payment entry is hidden"
    );
    env.ok(&["invoice", "delete", "INV-7a"]);
    assert_eq!(
        env.json(&["invoice", "list", "--json"])
            .as_array()
            .expect("array")
            .len(),
        1
    );
    assert_eq!(
        env.json(&["timeline", "acme", "--json"]),
        serde_json::json!([])
    );
    env.ok(&["invoice", "restore", "INV-7a"]);
    assert_eq!(
        env.json(&["invoice", "list", "--overdue", "--json"])[0]["number"],
        "INV-7a"
    );
    let kept: i64 = rusqlite::Connection::open(env.db())
        .expect("raw")
        .query_row(
            "SELECT count(*) FROM record_versions WHERE record = 'invoices'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(kept, 5, "edit, paid, unpaid, delete, restore");
    env.ok(&["check"]);
}

#[test]
fn complaints_are_corrected_reopened_deleted_and_escalations_have_a_deadline() {
    let env = Env::seeded();
    env.ok(&[
        "complaint",
        "add",
        "ромашка",
        "--department",
        "склад",
        "--summary",
        "Опоздала поставка",
        "--at",
        "-10d",
    ]);
    let id = env.json(&["complaint", "list", "--json"])[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    env.ok(&[
        "complaint",
        "edit",
        &id,
        "--department",
        "логистика",
        "--severity",
        "high",
    ]);
    let timeline = env.json(&["timeline", "ромашка", "--json"]);
    assert_eq!(timeline[0]["summary"], "Опоздала поставка");
    assert_eq!(timeline[0]["event"]["department"], "логистика");
    assert!(
        env.ok(&["--lang", "ru", "timeline", "ромашка"])
            .contains("Жалоба (логистика, высокая): Опоздала поставка")
    );
    env.ok(&[
        "complaint",
        "escalate",
        &id,
        "--to",
        "Иванов",
        "--at",
        "-9d",
        "--by",
        "-2d",
    ]);
    let text = env.ok(&["complaint", "list", "--open"]);
    assert!(
        text.contains("escalated to Иванов (by 25.11.2026: LATE)"),
        "{text}"
    );
    let e = &env.json(&["complaint", "list", "--open", "--json"])[0]["escalation"];
    assert_eq!(
        e,
        &serde_json::json!({"to": "Иванов", "since": "2026-11-18", "by": "2026-11-25", "late_days": 2})
    );
    env.ok(&[
        "complaint",
        "resolve",
        &id,
        "--resolution",
        "Довезли",
        "--at",
        "-1d",
    ]);
    assert_eq!(
        env.json(&["complaint", "list", "--open", "--json"]),
        serde_json::json!([])
    );
    let out = env.ok(&["complaint", "reopen", &id, "--note", "Снова опоздали"]);
    assert_eq!(
        out,
        "reopened the complaint of ООО Ромашка: it is escalated again\n"
    );
    let open = env.json(&["complaint", "list", "--open", "--json"]);
    assert_eq!(
        (open[0]["status"].as_str(), open[0]["resolved"].is_null()),
        (Some("escalated"), true)
    );
    env.ok(&["complaint", "delete", &id]);
    assert_eq!(
        env.json(&["complaint", "list", "--json"]),
        serde_json::json!([])
    );
    let summaries: Vec<String> = env
        .json(&["timeline", "ромашка", "--json"])
        .as_array()
        .expect("array")
        .iter()
        .map(|e| e["summary"].as_str().expect("summary").to_string())
        .collect();
    assert!(
        summaries.iter().all(|s| !s.starts_with("Complaint (")
            && !s.starts_with("Complaint escalated")
            && !s.starts_with("Complaint resolved")),
        "{summaries:?}"
    );
    env.ok(&["complaint", "restore", &id]);
    assert_eq!(
        env.json(&["complaint", "list", "--open", "--json"])
            .as_array()
            .expect("array")
            .len(),
        1
    );
    env.ok(&["check"]);
}

#[test]
fn a_touch_before_a_plans_due_day_says_how_to_mark_the_plan_done() {
    let env = Env::seeded();
    env.ok(&[
        "plan",
        "ромашка",
        "--due",
        "+7d",
        "--purpose",
        "Отправить КП",
    ]);
    let plan = env.json(&["plan", "list", "--json"])[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    let out = env.ok(&[
        "log",
        "ромашка",
        "--kind",
        "call",
        "--summary",
        "Обсудили КП",
    ]);
    let entry = env.json(&["timeline", "ромашка", "--json"])[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    assert!(
        out.contains(&format!(
            "note: ООО Ромашка also has a call planned on 04.12.2026: Отправить КП; if this touch was it: touchbase plan done {plan} --entry {entry}"
        )),
        "{out}"
    );
    assert_eq!(
        env.json(&["plan", "list", "--json"])
            .as_array()
            .expect("array")
            .len(),
        1
    );
    env.ok(&["plan", "done", &plan, "--entry", &entry]);
    assert_eq!(env.json(&["plan", "list", "--json"]), serde_json::json!([]));
    // Or say it when logging.
    env.ok(&["plan", "ромашка", "--due", "+9d", "--purpose", "Встреча"]);
    let second = env.json(&["plan", "list", "--json"])[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    let out = env.ok(&[
        "log",
        "ромашка",
        "--kind",
        "meeting",
        "--summary",
        "Встретились",
        "--fulfils",
        &second,
    ]);
    assert!(!out.contains("note:"), "{out}");
    assert_eq!(
        env.json(&["plan", "list", "--all", "--json"])[1]["status"],
        "done"
    );
}

#[test]
fn a_complaint_that_came_in_a_call_is_the_clients_inbound_touch() {
    let env = Env::seeded();
    env.ok(&[
        "complaint",
        "add",
        "acme",
        "--department",
        "support",
        "--summary",
        "Slow answers",
        "--via",
        "call",
        "--at",
        "-2d",
    ]);
    let c = env.json(&["client", "show", "acme", "--json"]);
    assert_eq!(c["last_touch"], "2026-11-25", "the call touched the client");
    let t = env.json(&["timeline", "acme", "--json"]);
    assert_eq!(
        (t[0]["kind"].as_str(), t[0]["direction"].as_str()),
        (Some("call"), Some("inbound"))
    );
    // What the program recorded is data in JSON, the same in every language.
    assert_eq!(t[0]["summary"], "Slow answers");
    assert_eq!(
        t[0]["event"],
        serde_json::json!({"event": "complaint-opened", "department": "support", "severity": "normal"})
    );
    assert!(
        env.ok(&["timeline", "acme"])
            .contains("Complaint (support, normal): Slow answers"),
        "people read it as a line"
    );
    // Our reply is measured like any other reaction.
    env.ok(&[
        "log",
        "acme",
        "--kind",
        "email",
        "--summary",
        "Answered",
        "--at",
        "-1d",
    ]);
    let r = env.json(&["report", "--format", "json"]);
    assert_eq!(
        (
            r["reaction"]["inbound"].as_u64(),
            r["reaction"]["answered"].as_u64()
        ),
        (Some(1), Some(1))
    );
    env.tb()
        .args([
            "complaint",
            "add",
            "acme",
            "--department",
            "x",
            "--summary",
            "y",
            "--via",
            "note",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("kind: 'note' is not accepted"));
}

#[test]
fn the_next_step_planned_with_a_log_is_not_offered_as_fulfilled_by_it() {
    let env = Env::seeded();
    let out = env.ok(&[
        "log",
        "ромашка",
        "--kind",
        "call",
        "--summary",
        "Обсудили",
        "--next",
        "+7d",
        "--purpose",
        "Отправить КП",
    ]);
    assert!(!out.contains("note:"), "{out}");
    assert_eq!(
        env.json(&["plan", "list", "--json"])
            .as_array()
            .expect("array")
            .len(),
        1
    );
}

#[test]
fn backups_are_consistent_private_dated_and_the_oldest_go() {
    let env = Env::seeded();
    let data = env.dir.path().join("data");
    let backup = |args: &[&str]| {
        env.tb()
            .env("XDG_DATA_HOME", &data)
            .env("HOME", env.dir.path())
            .arg("backup")
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let named = env.dir.path().join("copy.sqlite");
    backup(&[named.to_str().expect("path")]);
    let copy: serde_json::Value = serde_json::from_slice(
        &env.tb()
            .args([
                "--db",
                named.to_str().expect("path"),
                "client",
                "list",
                "--json",
            ])
            .assert()
            .success()
            .get_output()
            .stdout,
    )
    .expect("json");
    assert_eq!(copy, env.json(&["client", "list", "--json"]));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&named).expect("meta").permissions().mode() & 0o777,
            0o600
        );
    }
    env.tb()
        .args(["backup", named.to_str().expect("path")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a backup never replaces a file"));
    // Dated copies in the data folder; only the last --keep stay.
    let folder = data.join("touchbase").join("backups");
    for _ in 0..3 {
        backup(&["--keep", "2"]);
    }
    let names: Vec<_> = fs::read_dir(&folder)
        .expect("folder")
        .map(|e| e.expect("e").file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

/// A value outside its column's CHECK (written past the constraints with
/// `PRAGMA ignore_check_constraints`) leaves the pages sound: `check` names
/// the row, the field and what is accepted, like any other bad value, and
/// goes on to the rest of the book (it stopped at SQLite's own "CHECK
/// constraint failed in clients" and said nothing of the others).
#[test]
fn check_names_a_value_written_past_a_check_constraint() {
    let env = Env::seeded();
    rusqlite::Connection::open(env.db())
        .expect("raw")
        .execute_batch(
            "PRAGMA ignore_check_constraints = 1;
             UPDATE clients SET tier = 'Z';
             UPDATE clients SET city = 'Москва' || char(27) || '[31m';",
        )
        .expect("outside SQL");
    let out = env.tb().arg("check").assert().code(1).get_output().clone();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("tier: 'Z'"), "{text}");
    assert!(text.contains("one of: A, B, C"), "{text}");
    assert!(text.contains("city: 'Москва␛[31m'"), "{text}");
    assert!(!text.contains("CHECK constraint failed"), "{text}");
    let ru = env
        .tb()
        .args(["--lang", "ru", "check"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&ru).contains("tier: 'Z': одно из: A, B, C"));
}

/// A book changed with outside SQL can drift from what touchbase derives;
/// `check` finds it and `check --repair` rebuilds it.
#[test]
fn check_finds_drifted_derived_data_and_repair_rebuilds_it() {
    let env = Env::seeded();
    env.ok(&["plan", "ромашка", "--due", "+0d", "--purpose", "Позвонить"]);
    env.ok(&[
        "log",
        "ромашка",
        "--kind",
        "call",
        "--summary",
        "Позвонили про продление",
    ]);
    env.ok(&["check"]);
    rusqlite::Connection::open(env.db())
        .expect("raw")
        .execute_batch("UPDATE interactions SET deleted_at = '2026-11-27T10:00:00Z';")
        .expect("drift");
    let out = env.tb().arg("check").assert().code(1).get_output().clone();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("done plan(s) whose touch is hidden or gone"),
        "{text}"
    );
    rusqlite::Connection::open(env.db())
        .expect("raw")
        .execute_batch(
            "UPDATE interactions SET deleted_at = NULL;
             DELETE FROM search_entries;
             UPDATE clients SET last_touch_on = NULL;",
        )
        .expect("drift");
    let out = env.tb().arg("check").assert().code(1).get_output().clone();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("search_entries holds 0 rows for 1"), "{text}");
    assert!(
        text.contains("client(s) whose last touch is not their newest touch"),
        "{text}"
    );
    let repaired = env.ok(&["check", "--repair"]);
    assert!(
        repaired.contains("repaired: search_entries") && repaired.contains("ok:"),
        "{repaired}"
    );
    let hits = env.json(&["search", "продление", "--json"]);
    assert_eq!(hits[0]["kind"], "entry");
    assert_eq!(
        env.json(&["client", "show", "ромашка", "--json"])["last_touch"],
        "2026-11-27"
    );
}

/// Bad input is told in the reader's language; what scripts read is not.
#[test]
fn errors_speak_the_chosen_language_and_words_are_typed_in_either() {
    let env = Env::seeded();
    env.tb()
        .args(["--lang", "ru", "log", "ромашка", "--kind", "fax", "--summary", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "вид: «fax» не подходит; одно из: звонок, встреча, визит, письмо, сообщение, заметка, заказ, жалоба, внутреннее",
        ));
    env.tb()
        .env("TOUCHBASE_LANG", "ru")
        .args([
            "log",
            "ромашка",
            "--kind",
            "call",
            "--summary",
            "x",
            "--at",
            "31.02.2026",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "at: «31.02.2026» не подходит; подходит: 2026-11-27",
        ));
    env.tb()
        .args(["log", "ромашка", "--kind", "fax", "--summary", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "kind: 'fax' is not accepted; one of: call, meeting",
        ));
    // A Russian word for the kind is taken; JSON keeps the stored word.
    env.ok(&[
        "log",
        "ромашка",
        "--kind",
        "звонок",
        "--summary",
        "Позвонили",
    ]);
    let timeline = env.json(&["timeline", "ромашка", "--json"]);
    assert_eq!(timeline[0]["kind"], "call");
    assert_eq!(timeline[0]["summary"], "Позвонили");
}

/// Every export is read back with the format's own reader: the awkward names
/// (commas, quotes, line breaks, Cyrillic) survive, amounts stay numbers.
#[test]
fn exports_are_read_back_by_each_formats_reader() {
    let env = Env::seeded();
    env.ok(&[
        "client",
        "add",
        "ООО \"Рога, копыта и Ко\"",
        "--note",
        "строка 1\nстрока 2",
    ]);
    env.ok(&[
        "contact",
        "add",
        "рога",
        "Пётр Иванов",
        "--phone",
        "рабочий: +7 495 123-45-67",
        "--phone",
        "mobile: +7 916 000-00-00",
        "--email",
        "petr@roga.ru",
    ]);
    env.ok(&[
        "invoice",
        "add",
        "рога",
        "--number",
        "2026-001",
        "--amount",
        "125 000,50",
        "--due",
        "+10d",
    ]);
    env.ok(&[
        "plan",
        "рога",
        "--due",
        "+3d",
        "--purpose",
        "Обсудить отгрузку, «срочно»",
    ]);
    let dir = tempfile::tempdir().expect("tempdir");

    // CSV: the csv crate reads back exactly what was written.
    let out = env.tb().args(["export", "clients"]).output().expect("run");
    assert!(out.status.success());
    let mut r = csv::Reader::from_reader(&out.stdout[..]);
    let headers = r.headers().expect("headers").clone();
    assert_eq!(&headers[1], "name");
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
    let roga = rows
        .iter()
        .find(|x| x[1].contains("Рога"))
        .expect("client row");
    assert_eq!(&roga[1], "ООО \"Рога, копыта и Ко\"");
    assert_eq!(&roga[7], "строка 1\nстрока 2");
    assert_eq!(
        rows.iter().map(|x| x[1].to_string()).collect::<Vec<_>>(),
        [
            "Acme Industrial GmbH",
            "ООО \"Рога, копыта и Ко\"",
            "ООО Ромашка"
        ],
        "sorted by the own name"
    );

    // CSV for Excel: a byte-order mark, `;`, and in Russian a decimal comma.
    let out = env
        .tb()
        .args(["--lang", "ru", "export", "invoices", "--excel"])
        .output()
        .expect("run");
    assert!(out.stdout.starts_with("\u{feff}id;".as_bytes()));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains(";125000,50;RUB;"), "{text}");
    assert!(text.contains("\r\n"));

    // JSON: typed values, the same keys in both languages.
    let json = env.json(&["--lang", "ru", "export", "invoices", "--format", "json"]);
    assert_eq!(json[0]["number"], "2026-001");
    assert_eq!(json[0]["amount"], 125000.5);
    assert_eq!(json[0]["paid_on"], serde_json::Value::Null);

    // xlsx: calamine opens it; amounts are numbers.
    let xlsx = dir.path().join("invoices.xlsx");
    env.tb()
        .args(["export", "invoices", "--format", "xlsx", "-o"])
        .arg(&xlsx)
        .assert()
        .success()
        .stdout(predicate::str::contains("exported 1 row to"));
    use calamine::{Reader, open_workbook_auto};
    let mut wb = open_workbook_auto(&xlsx).expect("xlsx opens");
    let range = wb.worksheet_range("invoices").expect("sheet");
    let header: Vec<String> = range
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(|c| c.to_string())
        .collect();
    let amount = header
        .iter()
        .position(|h| h == "amount")
        .expect("amount column");
    let row = range.rows().nth(1).expect("row");
    assert_eq!(row[amount], calamine::Data::Float(125000.5));
    assert_eq!(row[3].to_string(), "2026-001");

    // vCard 4.0: every phone with its kind, the client as the organisation.
    let out = env
        .tb()
        .args(["export", "contacts", "--client", "рога", "--format", "vcf"])
        .output()
        .expect("run");
    let cards = vcard4::parse(String::from_utf8(out.stdout).expect("utf-8")).expect("vcards");
    assert_eq!(cards.len(), 1);
    let card = cards[0].to_string();
    assert!(card.contains("FN:Пётр Иванов"), "{card}");
    assert!(card.contains("ORG:ООО \"Рога"), "{card}");
    assert!(card.contains("TEL;TYPE=work:+7 495 123-45-67"), "{card}");
    assert!(card.contains("TEL;TYPE=cell:+7 916 000-00-00"), "{card}");
    assert!(card.contains("EMAIL:petr@roga.ru"), "{card}");

    // iCalendar: one all-day event per planned touch, the plan's id as UID.
    let plan_id = env.json(&["plan", "list", "рога", "--json"])[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    let out = env
        .tb()
        .args(["export", "plans", "--format", "ics"])
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let cal: icalendar::Calendar = text.parse().expect("ics parses");
    let events: Vec<&icalendar::Event> =
        cal.components.iter().filter_map(|c| c.as_event()).collect();
    assert_eq!(events.len(), 1);
    use icalendar::Component;
    assert_eq!(
        events[0].get_uid(),
        Some(format!("{plan_id}@touchbase").as_str())
    );
    assert_eq!(
        events[0].get_summary(),
        Some("ООО \"Рога, копыта и Ко\" · Обсудить отгрузку, «срочно»")
    );
    assert!(
        events[0]
            .get_description()
            .is_some_and(|d| d.contains("+7 495 123-45-67"))
    );

    // A format that does not fit the table is refused, and nothing is written.
    let bad = dir.path().join("bad.vcf");
    env.tb()
        .args(["export", "clients", "--format", "vcf", "-o"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "format: 'vcf' is not accepted; csv, json or xlsx for any table",
        ));
    assert!(!bad.exists());
}

/// Completions and the manual page come from the clap definitions, so they
/// name every command; bash accepts the script.
#[test]
fn completions_and_the_man_page_name_every_command() {
    let env = Env::new();
    let out = env
        .tb()
        .args(["completions", "bash"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let script = String::from_utf8(out.stdout).expect("utf-8");
    for cmd in ["export", "handover", "complaint", "backup"] {
        assert!(script.contains(cmd), "{cmd} in the bash completions");
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("touchbase.bash");
    fs::write(&file, &script).expect("write");
    let checked = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source '{}' && complete -p touchbase",
            file.display()
        ))
        .output()
        .expect("bash");
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stderr)
    );
    // Where a command takes a client, bash offers the book's client names.
    env.ok(&["client", "add", "ООО «Ромашка»"]);
    let checked = std::process::Command::new("bash")
        .env("TOUCHBASE_DB", env.db())
        .env("PATH", format!(
            "{}:{}",
            assert_cmd::cargo::cargo_bin("touchbase").parent().expect("dir").display(),
            std::env::var("PATH").unwrap_or_default()
        ))
        .arg("-c")
        .arg(format!(
            "source '{}' && COMP_WORDS=(touchbase log 'ооо «р') && COMP_CWORD=2 && _touchbase_clients && printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            file.display()
        ))
        .output()
        .expect("bash");
    assert_eq!(
        String::from_utf8_lossy(&checked.stdout).trim(),
        "ООО\\ «Ромашка»",
        "{}",
        String::from_utf8_lossy(&checked.stderr)
    );
    let man = env.tb().arg("man").output().expect("run");
    let page = String::from_utf8(man.stdout).expect("utf-8");
    assert!(
        page.starts_with(".ie") && page.contains(".TH touchbase 1"),
        "{page}"
    );
    assert!(page.contains("export"));
}

/// A Russian Excel CSV (Windows-1251, `;`, quotes, commas and line breaks in
/// fields): columns recognised by their Russian headers, a dry run writes
/// nothing, unknown clients need `--create-clients`, and the same file twice
/// adds nothing.
#[test]
fn a_russian_excel_csv_is_taken_in_once() {
    let env = Env::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("сделки.csv");
    let text = "Компания;Контактное лицо;Телефон;Дата;Сумма;Этап сделки;Название сделки;Комментарий\r\n\
        ООО «Ромашка»;Анна Фёдорова;+7 912 345-67-89;15.03.2026;125 000,50;Успешно реализовано;\"Поставка, партия 1\";\"первая строка\r\nвторая\"\r\n\
        ООО «Ромашка»;Анна Фёдорова;+7 912 345-67-89;20.04.2026;0;Закрыто и не реализовано;\"Поставка \"\"Б\"\"\";\r\n\
        ИП Ёлкин;;;2026-05-01T00:00:00;;Переговоры;Сделка 3;\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
    fs::write(&file, &bytes).expect("write");
    let file_arg = file.to_str().expect("path");

    env.ok(&["client", "add", "Acme"]);
    let before = fs::read(env.db()).expect("book");
    let dry = env.ok(&["import", file_arg, "--dry-run", "--create-clients"]);
    assert!(
        dry.contains("Компания                     → client"),
        "{dry}"
    );
    assert!(
        dry.contains("Этап сделки                  → stage"),
        "{dry}"
    );
    assert!(
        dry.contains("сделки.csv:2: ООО «Ромашка» · Анна Фёдорова · 125,000.50 RUB (won)"),
        "{dry}"
    );
    assert!(
        dry.contains("сделки.csv:5: ИП Ёлкин · no amount yet (in progress)"),
        "{dry}"
    );
    assert!(dry.contains("dry run, nothing written: imported 3 rows: 2 new clients, 1 contacts, 0 entries, 3 orders"), "{dry}");
    assert_eq!(
        fs::read(env.db()).expect("book"),
        before,
        "a dry run writes nothing"
    );

    env.tb()
        .args(["import", file_arg])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{file_arg}:2: client: 'ООО «Ромашка»' is not accepted; a client the book has (and 2 more rows); --create-clients adds them",
        )));
    assert_eq!(
        fs::read(env.db()).expect("book"),
        before,
        "nothing is written"
    );

    let done = env.ok(&["import", file_arg, "--create-clients"]);
    assert!(
        done.contains(
            "imported 3 rows: 2 new clients, 1 contacts, 0 entries, 3 orders, 0 invoices, 0 planned touches; 0 updated from a newer file; 0 taken in before"
        ),
        "{done}"
    );
    let again = env.ok(&["import", file_arg, "--create-clients"]);
    assert!(
        again.contains(
            "imported 0 rows: 0 new clients, 0 contacts, 0 entries, 0 orders, 0 invoices, 0 planned touches; 0 updated from a newer file; 3 taken in before"
        ),
        "{again}"
    );

    let orders = env.json(&["order", "list", "--json"]);
    let amounts: Vec<(String, serde_json::Value)> = orders
        .as_array()
        .expect("array")
        .iter()
        .map(|o| {
            (
                o["status"].as_str().expect("status").to_string(),
                o["amount"].clone(),
            )
        })
        .collect();
    assert!(
        amounts.contains(&("won".into(), serde_json::json!(125000.5))),
        "{amounts:?}"
    );
    assert!(
        amounts.contains(&("lost".into(), serde_json::json!(0.0))),
        "{amounts:?}"
    );
    assert!(
        amounts.contains(&("in progress".into(), serde_json::Value::Null)),
        "{amounts:?}"
    );
    let contacts = env.json(&["contact", "list", "ромашка", "--json"]);
    assert_eq!(contacts[0]["note"], "первая строка\nвторая");
    // The client's history starts at its first deal, not today.
    let c = env.json(&["client", "show", "ромашка", "--json"]);
    assert_eq!(c["created_on"], "2026-03-15");
    assert!(env.ok(&["check"]).starts_with("ok:"));
}

/// Bad rows are named `file:line: field: 'value': what is accepted`; nothing
/// is written unless `--skip-bad` takes the good ones.
#[test]
fn bad_rows_are_named_and_nothing_is_written_without_skip_bad() {
    let env = Env::new();
    env.ok(&["client", "add", "Acme"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("history.csv");
    fs::write(
        &file,
        "\u{feff}Client,Date,Summary,Kind\nAcme,20.11.2026,Called,звонок\nAcme,32.13.2026,Bad date,call\n,20.11.2026,No client,call\nAcme,20.11.2026,Fax,fax\n",
    )
    .expect("write");
    let f = file.to_str().expect("path");
    let before = fs::read(env.db()).expect("book");
    env.tb()
        .args(["import", f])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "history.csv:3: date: '32.13.2026' is not accepted",
        ))
        .stderr(predicate::str::contains(
            "history.csv:4: client: '' is not accepted",
        ))
        .stderr(predicate::str::contains(
            "history.csv:5: kind: 'fax' is not accepted; one of: call",
        ))
        .stderr(predicate::str::contains(
            "3 are bad (listed above); nothing was written",
        ));
    assert_eq!(fs::read(env.db()).expect("book"), before);
    let done = env.ok(&["import", f, "--skip-bad"]);
    assert!(done.contains("imported 1 rows: 0 new clients, 0 contacts, 1 entries, 0 orders, 0 invoices, 0 planned touches; 0 updated from a newer file; 0 taken in before; 3 bad"), "{done}");
    let t = env.json(&["timeline", "acme", "--json"]);
    assert_eq!(
        (t[0]["kind"].as_str(), t[0]["summary"].as_str()),
        (Some("call"), Some("Called"))
    );
    // US dates, when the file says so.
    let us = dir.path().join("us.csv");
    fs::write(
        &us,
        "Client,Date,Summary\nAcme,10/20/2026,Met at the fair\n",
    )
    .expect("write");
    env.tb()
        .args(["import", us.to_str().expect("path")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "us.csv:2: date: '10/20/2026' is not accepted",
        ));
    env.ok(&["import", us.to_str().expect("path"), "--date-format", "us"]);
    let t = env.json(&["timeline", "acme", "--json"]);
    assert!(
        t.as_array()
            .expect("array")
            .iter()
            .any(|e| e["at"] == "2026-10-20" && e["summary"] == "Met at the fair"),
        "{t}"
    );
}

/// A sheet of next steps alone (no touch, no deal) still adds history: a
/// client it names that the book lacks needs `--create-clients`, as for
/// any other history.
#[test]
fn next_steps_for_clients_not_in_the_book_need_create_clients() {
    let env = Env::new();
    env.ok(&["client", "add", "Acme"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("steps.csv");
    fs::write(
        &file,
        "Клиент,Следующий шаг,Срок\nAcme,Send the offer,05.12.2030\nООО Новая Заря,Отправить КП,06.12.2030\n",
    )
    .expect("write");
    let f = file.to_str().expect("path");
    env.refused(
        &["import", f],
        &[&format!("{f}:3: client: 'ООО Новая Заря' is not accepted; a client the book has; --create-clients adds them")],
    );
    let done = env.ok(&["import", f, "--create-clients"]);
    assert!(done.contains("imported 2 rows: 1 new clients, 0 contacts, 0 entries, 0 orders, 0 invoices, 2 planned touches"), "{done}");
    let agenda = env.ok(&["agenda", "--days", "2000"]);
    assert!(
        agenda.contains("Отправить КП") && agenda.contains("Send the offer"),
        "{agenda}"
    );
}

/// A sheet of invoices with Russian headers: each is counted, one paid is
/// paid on its day, and one due before it was issued is named by its line.
#[test]
fn a_sheet_of_invoices_is_taken_in_with_their_payments() {
    let env = Env::new();
    env.ok(&["client", "add", "Acme"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("счета.csv");
    fs::write(
        &file,
        "Клиент;Номер счёта;Дата счёта;Срок оплаты;Сумма;Дата оплаты\n\
         Acme;INV-1;01.11.2026;15.11.2026;12 500,00;20.11.2026\n\
         Acme;INV-2;01.11.2026;30.11.2030;1000;\n\
         Acme;INV-3;01.11.2026;30.10.2026;1000;\n",
    )
    .expect("write");
    let f = file.to_str().expect("path");
    env.refused(
        &["import", f],
        &[
            "счета.csv:4: due: '30.10.2026' is not accepted; a date on or after the issue date (01.11.2026)",
            "1 is bad (listed above)",
        ],
    );
    let done = env.ok(&["import", f, "--skip-bad"]);
    assert!(done.contains("imported 2 rows: 0 new clients, 0 contacts, 0 entries, 0 orders, 2 invoices, 0 planned touches"), "{done}");
    let list = env.json(&["invoice", "list", "--json"]);
    let got: Vec<(&str, f64, Option<&str>)> = list
        .as_array()
        .expect("array")
        .iter()
        .map(|v| {
            (
                v["number"].as_str().expect("number"),
                v["amount"].as_f64().expect("amount"),
                v["paid"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("INV-1", 12_500.0, Some("2026-11-20")),
            ("INV-2", 1_000.0, None)
        ]
    );
    // A number the book has already, in another file: named by its line,
    // and nothing of the file is written.
    let again = dir.path().join("ещё.csv");
    fs::write(
        &again,
        "Клиент;Номер счёта;Дата счёта;Срок оплаты;Сумма\n\
         Acme;INV-9;01.11.2026;15.11.2026;100\n\
         Acme;INV-1;01.11.2026;15.11.2026;100\n",
    )
    .expect("write");
    let again = again.to_str().expect("path");
    env.refused(
        &["import", again],
        &[&format!(
            "{again}:3: number: 'INV-1' is not accepted; an invoice number not yet in the book"
        )],
    );
}

/// An Excel workbook (dates as Excel dates, amounts as numbers, another
/// sheet named) and vCards (several phones, the organisation as the client).
#[test]
fn workbooks_and_vcards_are_taken_in() {
    let env = Env::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let xlsx = dir.path().join("deals.xlsx");
    {
        use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
        let mut wb = Workbook::new();
        wb.add_worksheet().set_name("notes").expect("sheet");
        let ws = wb.add_worksheet();
        ws.set_name("Deals").expect("name");
        for (i, h) in ["Account", "Deal", "Amount", "Stage", "Date"]
            .iter()
            .enumerate()
        {
            ws.write_string(0, i as u16, *h).expect("header");
        }
        let date = Format::new().set_num_format("yyyy-mm-dd");
        ws.write_string(1, 0, "Northwind Traders Ltd")
            .expect("cell");
        ws.write_string(1, 1, "Annual contract").expect("cell");
        ws.write_number(1, 2, 48000.0).expect("cell");
        ws.write_string(1, 3, "Closed Won").expect("cell");
        ws.write_datetime_with_format(
            1,
            4,
            ExcelDateTime::from_ymd(2026, 10, 20).expect("date"),
            &date,
        )
        .expect("cell");
        wb.save(&xlsx).expect("save");
    }
    let out = env.ok(&[
        "import",
        xlsx.to_str().expect("path"),
        "--sheet",
        "Deals",
        "--create-clients",
    ]);
    assert!(
        out.contains("imported 1 rows: 1 new clients, 0 contacts, 0 entries, 1 orders"),
        "{out}"
    );
    let orders = env.json(&["order", "list", "--json"]);
    assert_eq!(orders[0]["status"], "won");
    assert_eq!(orders[0]["amount"], 48000.0);
    assert_eq!(orders[0]["at"], "2026-10-20");

    let vcf = dir.path().join("phone.vcf");
    fs::write(
        &vcf,
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ольга Смирнова\r\nORG:ООО «Ромашка»\r\nTITLE:бухгалтер\r\nTEL;TYPE=work:+7 495 111-22-33\r\nTEL;TYPE=cell:+7 916 444-55-66\r\nEMAIL:olga@romashka.ru\r\nEND:VCARD\r\n",
    )
    .expect("write");
    let out = env.ok(&["import", vcf.to_str().expect("path")]);
    assert!(out.contains("1 new clients, 1 contacts"), "{out}");
    let c = env.json(&["contact", "list", "ромашка", "--json"]);
    assert_eq!(c[0]["name"], "Ольга Смирнова");
    assert_eq!(c[0]["role"], "бухгалтер");
    assert_eq!(
        c[0]["phone"],
        "work: +7 495 111-22-33; mobile: +7 916 444-55-66"
    );
    assert_eq!(c[0]["email"], "olga@romashka.ru");

    // vCard 3.0 as phones export it: quoted-printable Cyrillic, folded lines.
    let v3 = dir.path().join("old.vcf");
    fs::write(
        &v3,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2;=D0=98=D0=B2=D0=B0=D0=BD;;;\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD =D0=98=D0=B2=\r\n=D0=B0=D0=BD=D0=BE=D0=B2\r\nORG;CHARSET=UTF-8:ООО Ромашка\r\nTEL;TYPE=CELL:+79161234567\r\nTEL;TYPE=WORK:+74951234567\r\nEMAIL;TYPE=INTERNET:ivan@romashka.ru\r\nEND:VCARD\r\n",
    )
    .expect("write");
    env.ok(&["import", v3.to_str().expect("path")]);
    let c = env.json(&["contact", "list", "ромашка", "--json"]);
    let ivan = c
        .as_array()
        .expect("array")
        .iter()
        .find(|x| x["name"] == "Иван Иванов")
        .expect("the QP name decoded");
    assert_eq!(ivan["phone"], "mobile: +79161234567; work: +74951234567");
}

/// touchbase's own exports come back in whole: a round trip through CSV
/// into an empty book gives the same clients, contacts, history and orders.
#[test]
fn an_export_imported_into_an_empty_book_gives_the_same_book() {
    let env = Env::seeded();
    env.ok(&[
        "client",
        "edit",
        "ромашка",
        "--note",
        "Ключевой клиент, \"годовой\" договор",
    ]);
    env.ok(&[
        "contact",
        "add",
        "ромашка",
        "Пётр",
        "--phone",
        "work: +7 495 1",
        "--email",
        "p@r.ru",
    ]);
    env.ok(&[
        "log",
        "ромашка",
        "--kind",
        "call",
        "--summary",
        "Обсудили, \"срочно\"",
        "--at",
        "20.11.2026 14:30",
        "--contact",
        "анна",
        "--details",
        "строка 1\nстрока 2",
    ]);
    env.ok(&[
        "log",
        "acme",
        "--kind",
        "email",
        "--summary",
        "Sent the offer",
        "--inbound",
        "--at",
        "21.11.2026",
    ]);
    env.ok(&[
        "order",
        "add",
        "ромашка",
        "--title",
        "Партия 1",
        "--amount",
        "125000,50",
        "--status",
        "won",
        "--at",
        "22.11.2026",
    ]);
    env.ok(&[
        "invoice",
        "add",
        "ромашка",
        "--number",
        "2026-001",
        "--amount",
        "99 000",
        "--issued",
        "01.11.2026",
        "--due",
        "15.11.2026",
    ]);
    env.ok(&["invoice", "paid", "2026-001", "--at", "14.11.2026"]);
    env.ok(&[
        "invoice",
        "add",
        "acme",
        "--number",
        "INV-7",
        "--amount",
        "1 250,75",
        "--currency",
        "EUR",
        "--due",
        "+14d",
    ]);
    env.ok(&[
        "plan",
        "ромашка",
        "--due",
        "+5d",
        "--purpose",
        "Обсудить, \"продление\"",
    ]);
    env.ok(&["whoami", "--set", "Мария Соколова"]);
    env.ok(&[
        "log",
        "ромашка",
        "--kind",
        "meeting",
        "--summary",
        "Встреча у клиента",
        "--at",
        "24.11.2026",
    ]);
    let contacts = env.json(&["contact", "list", "ромашка", "--json"]);
    let petr = contacts
        .as_array()
        .expect("array")
        .iter()
        .find(|c| c["name"] == "Пётр")
        .map(|c| c["id"].as_str().expect("id").to_string())
        .expect("Пётр");
    env.ok(&["contact", "left", &petr, "--on", "25.11.2026"]);
    // A plan done by the meeting, and one cancelled: each keeps its state.
    let open_plan = |purpose: &str| -> String {
        let plans = env.json(&["plan", "list", "--json"]);
        plans
            .as_array()
            .expect("array")
            .iter()
            .find(|p| p["purpose"] == purpose)
            .and_then(|p| p["id"].as_str())
            .expect("the plan")
            .to_string()
    };
    let meeting = env
        .json(&["timeline", "ромашка", "--json"])
        .as_array()
        .expect("array")
        .iter()
        .find(|e| e["summary"] == "Встреча у клиента")
        .and_then(|e| e["id"].as_str())
        .expect("the meeting")
        .to_string();
    let done = open_plan("Обсудить, \"продление\"");
    env.ok(&["plan", "done", &done, "--entry", &meeting]);
    env.ok(&["plan", "acme", "--due", "+3d", "--purpose", "Call back"]);
    let cancelled = open_plan("Call back");
    env.ok(&["plan", "cancel", &cancelled]);
    let dir = tempfile::tempdir().expect("tempdir");
    // Through CSV into one empty book, through JSON into another.
    let other = Env::new();
    let third = Env::new();
    for table in [
        "clients", "contacts", "timeline", "orders", "invoices", "plans",
    ] {
        let file = dir.path().join(format!("{table}.csv"));
        env.ok(&["export", table, "-o", file.to_str().expect("path")]);
        other.ok(&["import", file.to_str().expect("path"), "--create-clients"]);
        let json = dir.path().join(format!("{table}.json"));
        env.ok(&[
            "export",
            table,
            "--format",
            "json",
            "-o",
            json.to_str().expect("path"),
        ]);
        third.ok(&["import", json.to_str().expect("path"), "--create-clients"]);
    }
    // The same rows, ids and row numbers aside (and orders' own entries,
    // which the order re-creates).
    let strip = |v: serde_json::Value| -> Vec<serde_json::Value> {
        let mut rows: Vec<serde_json::Value> = v
            .as_array()
            .expect("array")
            .iter()
            .map(|r| {
                let mut r = r.clone();
                let o = r.as_object_mut().expect("object");
                o.remove("id");
                o.remove("client_id");
                o.remove("last_touch_on");
                r
            })
            .collect();
        rows.sort_by_key(|r| r.to_string());
        rows
    };
    for table in [
        "clients", "contacts", "timeline", "orders", "invoices", "plans",
    ] {
        let a = strip(env.json(&["export", table, "--format", "json"]));
        assert!(!a.is_empty(), "{table}: something to compare");
        if table == "plans" {
            let states: Vec<&str> = a.iter().filter_map(|p| p["status"].as_str()).collect();
            assert!(
                states.contains(&"done") && states.contains(&"cancelled"),
                "{states:?}"
            );
        }
        let b = strip(other.json(&["export", table, "--format", "json"]));
        assert_eq!(a, b, "{table} differ after the round trip through CSV");
        let c = strip(third.json(&["export", table, "--format", "json"]));
        assert_eq!(a, c, "{table} differ after the round trip through JSON");
    }
}

/// A spreadsheet of a few thousand deals as CRMs export them: empty
/// accounts, zero values, several date forms (Excel dates, text in three
/// forms), commas and quotes in names. The good rows come in with
/// `--skip-bad`, the bad ones are named, and the sums add up.
#[test]
fn a_few_thousand_messy_deals_from_excel() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let env = Env::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let xlsx = dir.path().join("amo.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (i, h) in [
        "Название сделки",
        "Компания",
        "Бюджет",
        "Этап",
        "Дата создания",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(0, i as u16, *h).expect("header");
    }
    let date_format = Format::new().set_num_format("dd.mm.yyyy");
    let stages = [
        "Успешно реализовано",
        "Закрыто и не реализовано",
        "Переговоры",
        "Первичный контакт",
    ];
    let (mut empty, mut won_sum, mut rows) = (0, 0i64, 0);
    for n in 0..3000u32 {
        let r = n + 1;
        let company = match n % 7 {
            0 => String::new(),
            1 => format!("ООО \"Рога, копыта и Ко {}\"", n % 50),
            2 => format!("АО «Камский кабель {}»", n % 40),
            _ => format!("ИП Иванов {}", n % 300),
        };
        if company.is_empty() {
            empty += 1;
        }
        rows += 1;
        ws.write_string(r, 0, format!("Сделка №{n}, «срочно»"))
            .expect("cell");
        ws.write_string(r, 1, &company).expect("cell");
        let amount = if n % 5 == 0 { 0 } else { 1000 + n as i64 };
        match n % 3 {
            0 => ws.write_number(r, 2, amount as f64).map(|_| ()),
            1 => ws.write_string(r, 2, format!("{amount},00")).map(|_| ()),
            _ => ws
                .write_string(
                    r,
                    2,
                    if amount == 0 {
                        String::new()
                    } else {
                        amount.to_string()
                    },
                )
                .map(|_| ()),
        }
        .expect("cell");
        let stage = stages[(n % 4) as usize];
        ws.write_string(r, 3, stage).expect("cell");
        if stage == stages[0] && !company.is_empty() && !(n % 3 == 2 && amount == 0) {
            won_sum += amount;
        }
        let day = 1 + n % 28;
        match n % 4 {
            0 => ws
                .write_datetime_with_format(
                    r,
                    4,
                    ExcelDateTime::from_ymd(2025, 3, day as u8).expect("date"),
                    &date_format,
                )
                .map(|_| ()),
            1 => ws
                .write_string(r, 4, format!("{day:02}.04.2025"))
                .map(|_| ()),
            2 => ws
                .write_string(r, 4, format!("2025-05-{day:02}T00:00:00"))
                .map(|_| ()),
            _ => ws
                .write_string(r, 4, format!("2025-06-{day:02} 14:30:00"))
                .map(|_| ()),
        }
        .expect("cell");
    }
    wb.save(&xlsx).expect("save");
    let out = env
        .tb()
        .args([
            "import",
            xlsx.to_str().expect("path"),
            "--create-clients",
            "--skip-bad",
        ])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        stderr.contains("amo.xlsx:2: client: '' is not accepted"),
        "{stderr}"
    );
    assert!(
        stdout.contains(&format!("imported {} rows", rows - empty)),
        "{stdout}"
    );
    assert!(stdout.contains(&format!("; {empty} bad")), "{stdout}");
    let orders = env.json(&["order", "list", "--json"]);
    let orders = orders.as_array().expect("array");
    assert_eq!(orders.len(), rows - empty);
    let won: f64 = orders
        .iter()
        .filter(|o| o["status"] == "won")
        .map(|o| o["amount"].as_f64().unwrap_or(0.0))
        .sum();
    assert_eq!(won as i64, won_sum);
    assert!(
        orders
            .iter()
            .any(|o| o["amount"] == 0.0 && o["status"] == "lost")
    );
    assert!(
        orders.iter().any(|o| o["amount"].is_null()),
        "an empty budget is no amount yet"
    );
    let names = env.json(&["client", "list", "--json"]);
    assert!(
        names
            .as_array()
            .expect("array")
            .iter()
            .any(|c| c["name"] == "ООО \"Рога, копыта и Ко 1\"")
    );
    assert!(env.ok(&["check"]).starts_with("ok:"));
    // The same workbook again: nothing new.
    let again = env.ok(&[
        "import",
        xlsx.to_str().expect("path"),
        "--create-clients",
        "--skip-bad",
    ]);
    assert!(
        again.contains(&format!("{} taken in before", rows - empty)),
        "{again}"
    );
}

/// A newer export of the same CRM: rows keep their ids, so a changed row
/// updates what it wrote (the deal's stage and amount, the contact's phone)
/// with the old versions kept, and nothing is doubled.
#[test]
fn a_newer_file_updates_what_changed() {
    let env = Env::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("crm.csv");
    let write = |stage: &str, amount: &str, phone: &str, city: &str| {
        fs::write(
            &file,
            format!(
                "ID,Company,City,Contact,Phone,Deal,Amount,Stage,Date\n\
                 7001,ООО «Ромашка»,{city},Анна,{phone},Поставка,{amount},{stage},01.11.2026\n\
                 7002,Acme GmbH,London,Tom,+44 20 1,Service,5000,Negotiation,02.11.2026\n"
            ),
        )
        .expect("write");
    };
    let f = file.to_str().expect("path");
    write("Negotiation", "100000", "+7 900 000-00-00", "Москва");
    let first = env.ok(&["import", f, "--create-clients"]);
    assert!(first.contains("imported 2 rows"), "{first}");
    write("Closed Won", "120000", "+7 900 111-11-11", "Казань");
    let second = env.ok(&["import", f, "--create-clients"]);
    assert!(
        second.contains("imported 0 rows")
            && second.contains("1 updated from a newer file; 1 taken in before"),
        "{second}"
    );
    let orders = env.json(&["order", "list", "ромашка", "--json"]);
    assert_eq!(orders.as_array().expect("array").len(), 1, "not doubled");
    assert_eq!(orders[0]["status"], "won");
    assert_eq!(orders[0]["amount"], 120000.0);
    let t = env.json(&["timeline", "ромашка", "--json"]);
    assert_eq!(t[0]["summary"], "Поставка");
    assert_eq!(
        t[0]["event"],
        serde_json::json!({"event": "order", "status": "won", "amount_minor": 12_000_000, "currency": "RUB"})
    );
    let c = env.json(&["contact", "list", "ромашка", "--json"]);
    assert_eq!(c[0]["phone"], "+7 900 111-11-11");
    let client = env.json(&["client", "show", "ромашка", "--json"]);
    assert_eq!(
        client["city"], "Казань",
        "the client's own field follows too"
    );
    let kept: i64 = rusqlite::Connection::open(env.db())
        .expect("db")
        .query_row(
            "SELECT count(*) FROM record_versions WHERE record IN ('orders', 'contacts', 'clients')",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(
        kept, 3,
        "the old order, contact and client are kept as versions"
    );
    let third = env.ok(&["import", f, "--create-clients"]);
    assert!(
        third.contains("0 updated from a newer file; 2 taken in before"),
        "{third}"
    );
    assert!(env.ok(&["check"]).starts_with("ok:"));
    // History with ids: a corrected entry is updated, its old text kept.
    let history = dir.path().join("history.csv");
    let h = history.to_str().expect("path");
    fs::write(
        &history,
        "ID,Company,Date,Summary,Kind\nH1,Acme GmbH,10.11.2026,Called Tom,call\n",
    )
    .expect("write");
    env.ok(&["import", h]);
    fs::write(
        &history,
        "ID,Company,Date,Summary,Kind\nH1,Acme GmbH,10.11.2026,Called Tom about the renewal,call\n",
    )
    .expect("write");
    assert!(
        env.ok(&["import", h])
            .contains("1 updated from a newer file")
    );
    let t = env.json(&["timeline", "acme", "--json"]);
    let call = t
        .as_array()
        .expect("array")
        .iter()
        .find(|e| e["kind"] == "call")
        .expect("the call");
    assert_eq!(call["summary"], "Called Tom about the renewal");
    assert_eq!(call["edited"], true, "the old text is kept as a version");
    assert!(env.ok(&["check"]).starts_with("ok:"));
    // A list of clients with ids: each of the client's own fields follows.
    let list = dir.path().join("clients.csv");
    let l = list.to_str().expect("path");
    let header = "ID,Клиент,Категория,Статус,Периодичность,Отрасль,Город,Примечание\n";
    fs::write(
        &list,
        format!("{header}K1,ООО Север,C,prospect,30,Логистика,Мурманск,Новый\n"),
    )
    .expect("write");
    env.ok(&["import", l, "--create-clients"]);
    fs::write(
        &list,
        format!("{header}K1,ООО Север,A,active,14,Склады,Архангельск,Ключевой\n"),
    )
    .expect("write");
    assert!(
        env.ok(&["import", l])
            .contains("1 updated from a newer file")
    );
    let c = env.json(&["client", "show", "север", "--json"]);
    assert_eq!(
        [
            &c["tier"],
            &c["status"],
            &c["cadence_days"],
            &c["industry"],
            &c["city"],
            &c["notes"]
        ],
        [
            &serde_json::json!("A"),
            &serde_json::json!("active"),
            &serde_json::json!(14),
            &serde_json::json!("Склады"),
            &serde_json::json!("Архангельск"),
            &serde_json::json!("Ключевой"),
        ]
    );
}

/// A bad file leaves everything as it was, even no book at all, and a
/// value from it is shown, never obeyed by the terminal.
#[test]
fn a_bad_file_creates_no_book_and_its_values_are_shown_safely() {
    let env = Env::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("evil.csv");
    fs::write(
        &file,
        "Client,Date,Summary\nAcme,\u{1b}[2J31.02.2026,Called\n",
    )
    .expect("write");
    let out = env
        .tb()
        .args(["import", file.to_str().expect("path")])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
    assert!(
        stderr.contains("evil.csv:2: date: '␛[2J31.02.2026' is not accepted"),
        "{stderr}"
    );
    assert!(
        !env.db().exists(),
        "no book was made for a file that was not taken in"
    );
}

/// `today`: the ranked list with its reasons, one line for a prompt, JSON
/// for scripts with the reasons as data, the same in both languages.
#[test]
fn today_ranks_says_why_and_fits_one_line() {
    let env = Env::new();
    // A C client needs no next step: nothing to do yet.
    env.ok(&["client", "add", "Acme", "--tier", "C"]);
    assert_eq!(env.ok(&["today"]).trim(), "Nothing to act on today.");
    assert_eq!(env.ok(&["today", "--short"]).trim(), "nothing due today");
    env.ok(&["client", "add", "ООО Ромашка", "--tier", "A"]);
    env.ok(&[
        "log",
        "ромашка",
        "--kind",
        "call",
        "--summary",
        "Позвонили",
        "--at",
        "-3d",
    ]);
    env.ok(&[
        "log",
        "acme",
        "--kind",
        "call",
        "--summary",
        "Called",
        "--at",
        "-3d",
    ]);
    // Planned a week ago for two days ago.
    env.ok(&[
        "--today",
        "2026-11-20",
        "plan",
        "acme",
        "--due",
        "2026-11-25",
        "--purpose",
        "Send the price list",
        "--kind",
        "email",
    ]);
    env.ok(&[
        "invoice",
        "add",
        "ромашка",
        "--number",
        "R-1",
        "--amount",
        "480000",
        "--issued",
        "-40d",
        "--due",
        "-5d",
    ]);
    let text = env.ok(&["today"]);
    assert!(
        text.starts_with("Today, Fri 27 Nov 2026: 2 clients to act on\n"),
        "{text}"
    );
    let first = text.lines().nth(1).expect("first row");
    assert_eq!(
        first, "  1. ООО Ромашка  A · 480,000 RUB overdue 5 d · no next step planned",
        "{text}"
    );
    assert!(
        text.contains("  2. Acme  C · email 2 d late: Send the price list"),
        "{text}"
    );
    assert!(text.contains("     last: 24.11.2026"), "{text}");
    assert_eq!(
        env.ok(&["today", "--short"]).trim(),
        "1 touch due, 1 invoice overdue, 1 rule broken"
    );
    assert_eq!(
        env.ok(&["--lang", "ru", "today", "--short"]).trim(),
        "1 касание на сегодня, 1 счёт просрочен, нарушение: 1"
    );
    // --notify prints the line and sends it where the system has a desktop
    // notification service; here there is none (no D-Bus session): it says so.
    env.tb()
        .args(["today", "--notify"])
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("XDG_RUNTIME_DIR", env.dir.path())
        .assert()
        .code(1)
        .stdout("1 touch due, 1 invoice overdue, 1 rule broken\n")
        .stderr(predicate::str::contains(
            "could not show a desktop notification",
        ));
    // The rules, their numbers in the book, and what is broken.
    assert!(
        env.ok(&["rules"])
            .contains("escalate_within            2  a complaint is escalated within N days")
    );
    assert!(
        env.ok(&["rules", "check"])
            .contains("next_step               ООО Ромашка")
    );
    assert_eq!(
        env.ok(&["rules", "--set", "next_step=0"]).trim(),
        "rule next_step is now 0"
    );
    assert_eq!(env.json(&["rules", "--json"])["next_step"], 0);
    // A tier's own number is listed under its rule, in words and in JSON;
    // given as nothing, the tier goes back to the rule's number.
    env.ok(&["rules", "--set", "quiet_months.A=6"]);
    let listed = env.ok(&["rules"]);
    assert!(
        listed.contains("quiet_months.A             6  the same, for tier A"),
        "{listed}"
    );
    let json = env.json(&["rules", "--json"]);
    assert_eq!(
        (&json["quiet_months"], &json["quiet_months.A"]),
        (&12.into(), &6.into())
    );
    assert_eq!(json.get("quiet_months.B"), None);
    env.ok(&["rules", "--set", "quiet_months.A="]);
    assert_eq!(env.json(&["rules", "--json"]).get("quiet_months.A"), None);
    // What is left: the two calls, logged (now) days after they happened.
    let check = env.ok(&["rules", "check"]);
    assert!(
        !check.contains("next_step") && check.contains("touch logged"),
        "{check}"
    );
    let breaches = env.json(&["rules", "check", "--json"]);
    assert!(
        breaches
            .as_array()
            .expect("array")
            .iter()
            .all(|b| b["rule"] == "log_within"),
        "{breaches}"
    );
    env.ok(&["rules", "--set", "log_within=0"]);
    assert_eq!(env.ok(&["rules", "check"]).trim(), "No rule is broken.");
    env.tb()
        .args(["rules", "--set", "resolve_within=forever"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "set: 'resolve_within=forever' is not accepted; a whole number of days from 0 (off) to 3650 for resolve_within",
        ));
    let json = env.json(&["today", "--json", "--limit", "1"]);
    assert_eq!(json.as_array().expect("array").len(), 1);
    assert_eq!(json[0]["client"], "ООО Ромашка");
    assert_eq!(
        json[0]["reasons"][0],
        serde_json::json!({"reason": "invoice_overdue", "invoice_id": json[0]["reasons"][0]["invoice_id"],
            "number": "R-1", "amount_minor": 48_000_000, "currency": "RUB", "days_overdue": 5})
    );
    assert_eq!(
        env.json(&["--lang", "ru", "today", "--json", "--limit", "1"]),
        json
    );
}

/// A head of sales reads several managers' books at once: read-only, each
/// book byte-identical afterwards, figures per manager and in total; a book
/// of another version or program is refused.
#[test]
fn a_report_over_several_books_reads_them_and_changes_none() {
    let env = Env::new();
    let dir = env.dir.path();
    let (a, b) = (dir.join("maria.sqlite"), dir.join("oleg.sqlite"));
    let run = |db: &Path, args: &[&str]| {
        env.tb().arg("--db").arg(db).args(args).assert().success();
    };
    run(&a, &["whoami", "--set", "Мария Соколова"]);
    run(&a, &["client", "add", "ООО Ромашка", "--tier", "A"]);
    run(
        &a,
        &[
            "log",
            "ромашка",
            "--kind",
            "call",
            "--summary",
            "Позвонили",
            "--at",
            "-2d",
        ],
    );
    run(&b, &["whoami", "--set", "Олег Петров"]);
    run(&b, &["client", "add", "Acme", "--tier", "B"]);
    run(&b, &["client", "add", "Beta", "--tier", "C"]);
    run(
        &b,
        &[
            "log",
            "acme",
            "--kind",
            "email",
            "--summary",
            "Sent",
            "--at",
            "-1d",
        ],
    );
    run(
        &b,
        &[
            "log",
            "beta",
            "--kind",
            "call",
            "--summary",
            "Called us",
            "--inbound",
            "--at",
            "-3d",
        ],
    );
    let before = (fs::read(&a).expect("a"), fs::read(&b).expect("b"));
    let (sa, sb) = (a.to_str().expect("a"), b.to_str().expect("b"));
    let text = env.ok(&["report", "--books", sa, sb]);
    assert!(
        text.starts_with("Report 29.10.2026 — 27.11.2026, 2 books\n"),
        "{text}"
    );
    assert!(
        text.contains("Мария Соколова  1        100% (1/1)  0/0"),
        "{text}"
    );
    assert!(
        text.contains("Олег Петров     2        100% (2/2)  0/1"),
        "{text}"
    );
    assert!(
        text.contains("TOTAL           3        100% (3/3)  0/1"),
        "{text}"
    );
    let json = env.json(&["report", "--books", sa, sb, "--format", "json"]);
    assert_eq!(json["books"][1]["manager"], "Олег Петров");
    assert_eq!(json["books"][1]["report"]["reaction"]["inbound"], 1);
    assert_eq!(json["total"]["touches"], 3);
    let csv = env.ok(&[
        "--lang", "ru", "report", "--books", sa, sb, "--format", "csv",
    ]);
    assert!(
        csv.lines().last().expect("total").starts_with("TOTAL,3,"),
        "{csv}"
    );
    // The rules across the books: each breach with its manager.
    let breaches = env.json(&["rules", "check", "--books", sa, sb, "--json"]);
    let next_steps: Vec<(String, String)> = breaches
        .as_array()
        .expect("array")
        .iter()
        .filter(|b| b["rule"] == "next_step")
        .map(|b| {
            (
                b["manager"].as_str().unwrap_or("").to_string(),
                b["client"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        next_steps,
        [
            ("Мария Соколова".to_string(), "ООО Ромашка".to_string()),
            ("Олег Петров".to_string(), "Acme".to_string())
        ]
    );
    assert_eq!(
        (fs::read(&a).expect("a"), fs::read(&b).expect("b")),
        before,
        "no book changed"
    );
    let sidecars: Vec<_> = fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("-journal") || n.contains("-wal"))
        .collect();
    assert!(sidecars.is_empty(), "{sidecars:?}");
    // Not a book of this version: refused, left as it was.
    let other = dir.join("other.sqlite");
    rusqlite::Connection::open(&other)
        .expect("other")
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .expect("table");
    let other_bytes = fs::read(&other).expect("other");
    env.tb()
        .args(["report", "--books", sa, other.to_str().expect("other")])
        .assert()
        .failure()
        .stderr(predicate::str::contains("other.sqlite"));
    assert_eq!(fs::read(&other).expect("other"), other_bytes);
    env.tb()
        .args([
            "report",
            "--books",
            dir.join("missing.sqlite").to_str().expect("path"),
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("missing.sqlite"));
}

/// Every command that lists rows takes `--limit`, so a script can ask for
/// the first page only; the tree is walked from the clap definitions, so a
/// new list command without it fails here.
#[test]
fn every_list_command_takes_a_limit_and_keeps_to_it() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>, seen: &mut usize) {
        let lists = [
            "list",
            "untouched",
            "timeline",
            "search",
            "agenda",
            "today",
            "check",
            "show",
        ];
        // `check` checks the book: its problems are all wanted.
        if lists.contains(&cmd.get_name()) && path != "touchbase check" {
            *seen += 1;
            if !cmd.get_arguments().any(|a| a.get_long() == Some("limit")) {
                missing.push(path.to_string());
            }
        }
        for s in cmd.get_subcommands() {
            walk(s, &format!("{path} {}", s.get_name()), missing, seen);
        }
    }
    let (mut missing, mut seen) = (Vec::new(), 0);
    walk(
        &touchbase::cli::Cli::command(),
        "touchbase",
        &mut missing,
        &mut seen,
    );
    assert!(seen >= 12, "{seen} list commands found");
    assert!(missing.is_empty(), "without --limit: {missing:?}");

    let env = Env::new();
    env.ok(&["demo"]);
    for (args, n) in [
        (&["client", "list", "--limit", "2", "--json"][..], 2),
        (&["complaint", "list", "--limit", "1", "--json"][..], 1),
        (&["invoice", "list", "--limit", "1", "--json"][..], 1),
        (&["agenda", "--limit", "2", "--json"][..], 2),
        (&["rules", "check", "--limit", "1", "--json"][..], 1),
        (
            &["contact", "list", "Байкал", "--limit", "1", "--json"][..],
            1,
        ),
    ] {
        let all: Vec<&str> = args
            .iter()
            .copied()
            .filter(|a| *a != "--limit" && a.parse::<u64>().is_err())
            .collect();
        let full = env.json(&all).as_array().expect("rows").len();
        assert!(full > n, "{all:?} has {full} rows, too few to see a limit");
        assert_eq!(
            env.json(args).as_array().expect("rows").len(),
            n,
            "{args:?}"
        );
    }
    let card = env.json(&["client", "show", "Байкал", "--limit", "1", "--json"]);
    assert_eq!(
        card["recent"].as_array().expect("entries").len(),
        1,
        "{card}"
    );
}

/// A list cut short by `--limit` says so in words, with the flag that shows
/// more; one that shows every row does not (a count of the rows shown read
/// as if it were all of them: "20 hit(s)" of hundreds).
#[test]
fn a_list_cut_by_its_limit_says_there_are_more() {
    let env = Env::new();
    env.ok(&["demo"]);
    let more = "there are more: --limit";
    for args in [
        &["client", "list"][..],
        &["untouched"][..],
        &["timeline", "Байкал"][..],
        &["search", "call"][..],
        &["agenda"][..],
        &["complaint", "list"][..],
        &["invoice", "list"][..],
        &["order", "list"][..],
        &["plan", "list"][..],
        &["contact", "list", "Байкал"][..],
        &["rules", "check"][..],
    ] {
        let full = env.ok(&[args, &["--limit", "1000"]].concat());
        assert!(!full.contains(more), "{args:?}: {full}");
        let cut = env.ok(&[args, &["--limit", "1"]].concat());
        assert!(
            cut.contains(&format!("{more} 2 shows them")),
            "{args:?}: {cut}"
        );
    }
    // Today counts every client to act on, and says how many are shown.
    let all = env.ok(&["today"]);
    let n = all
        .lines()
        .filter(|l| l.starts_with(' ') && l.contains(". "))
        .count();
    assert!(n > 3, "{all}");
    let two = env.ok(&["today", "--limit", "2"]);
    assert!(
        two.lines()
            .next()
            .is_some_and(|l| l.contains(&format!("{n} clients"))),
        "{two}"
    );
    assert!(
        two.contains(&format!("2 of {n} shown; --limit {n} shows them all")),
        "{two}"
    );
    assert!(!all.contains("shown;"), "{all}");
    let ru = env.ok(&["--lang", "ru", "search", "звонок", "--limit", "1"]);
    assert!(
        ru.contains("найдено: 1; есть ещё: --limit 2 покажет их"),
        "{ru}"
    );
}

/// A value refused in Russian is explained in Russian to the end: what the
/// field accepts came in English ("…не подходит; a three-letter code…").
#[test]
fn a_refused_value_is_explained_in_the_readers_language() {
    let env = Env::new();
    env.ok(&["demo"]);
    let csv = env.dir.path().join("история.csv");
    fs::write(
        &csv,
        "client,date,kind,summary\nБайкал,32.13.2026,звонок,Обсудили\n",
    )
    .expect("csv");
    for (args, said) in [
        (
            &[
                "order",
                "add",
                "Байкал",
                "--amount",
                "100",
                "--currency",
                "рубли",
            ][..],
            "валюта: «рубли» не подходит; трёхбуквенный код, например RUB, EUR, USD",
        ),
        (
            &[
                "plan",
                "add",
                "Байкал",
                "--due",
                "+1d",
                "--purpose",
                "x",
                "--kind",
                "заметка",
            ][..],
            "касание: звонок, встреча, визит, письмо, сообщение",
        ),
        (
            &["contact", "add", "Байкал", " "][..],
            "имя: « » не подходит; непустой текст",
        ),
        (
            &["contact", "add", "Байкал", "Анна", "--phone", "12"][..],
            "номер телефона вида +7 495 123-45-67",
        ),
        (
            &["import", csv.to_str().expect("path")][..],
            "история.csv:2: дата: «32.13.2026» не подходит",
        ),
    ] {
        let out = env
            .tb()
            .args(["--lang", "ru"])
            .args(args)
            .assert()
            .code(2)
            .get_output()
            .stderr
            .clone();
        let stderr = String::from_utf8_lossy(&out);
        assert!(stderr.contains(said), "{args:?}: {stderr}");
        // The import's message names a path and the flags that help.
        if args[0] != "import" {
            assert!(
                !stderr
                    .trim_start_matches("touchbase: ")
                    .chars()
                    .any(|c| c.is_ascii_lowercase()),
                "English in: {stderr}"
            );
        }
    }
}

/// A command line clap cannot read is explained in the reader's language
/// (it was always clap's English), with clap's exit code 2; neither language
/// offers the hidden helper the shell completion calls (`__client-names`).
#[test]
fn a_command_line_that_does_not_read_is_explained_in_the_readers_language() {
    let env = Env::new();
    let run = |lang: &str, args: &[&str]| -> String {
        let out = env
            .tb()
            .args(["--lang", lang])
            .args(args)
            .assert()
            .code(2)
            .get_output()
            .stderr
            .clone();
        String::from_utf8(out).expect("utf-8")
    };
    let missing = run("ru", &["client", "add"]);
    assert!(
        missing.starts_with("ошибка: не указаны обязательные аргументы:\n  <NAME>"),
        "{missing}"
    );
    assert!(
        missing.contains("Использование: touchbase client add"),
        "{missing}"
    );
    assert!(missing.contains("Подробнее: «--help»."), "{missing}");
    let number = run("ru", &["untouched", "--limit", "много"]);
    assert!(
        number.contains("недопустимое значение «много» для «--limit <LIMIT>»: нужно целое число"),
        "{number}"
    );
    let both = run("ru", &["today", "--json", "--short"]);
    assert!(
        both.contains("нельзя указывать вместе с «--short»"),
        "{both}"
    );
    let typo = run("ru", &["clent"]);
    assert!(typo.contains("неизвестная команда «clent»"), "{typo}");
    assert!(typo.contains("«client»"), "{typo}");
    for text in [&missing, &number, &both, &typo] {
        assert!(
            !text.contains("error") && !text.contains("Usage") && !text.contains("tip"),
            "English in: {text}"
        );
    }
    let english = run("en", &["clent"]);
    assert!(
        english.contains("unrecognized subcommand 'clent'"),
        "{english}"
    );
    assert!(english.contains("'client'"), "{english}");
    for text in [&typo, &english, &run("en", &["client-names"])] {
        assert!(!text.contains("__"), "a hidden command offered: {text}");
    } // What clap repeats of the command line passes the text gate: an
    // escape sequence is shown, never sent (on a terminal it cleared it).
    for lang in ["en", "ru"] {
        let evil = run(lang, &["clent\u{1b}[2Jx"]);
        assert!(evil.contains("clent␛[2Jx"), "{evil}");
        assert!(!evil.contains('\u{1b}'), "{evil}");
    }
}

/// `plan list` reads as the other lists do: the day as the reader writes
/// it, the kind and status in their words (it printed the stored
/// `2026-11-24  call  open` to a Russian reader); the JSON keeps the
/// stored words.
#[test]
fn the_plan_list_speaks_the_readers_language() {
    let env = Env::new();
    env.ok(&["demo"]);
    let ru = env.ok(&["--lang", "ru", "plan", "list", "--all"]);
    let first = ru.lines().next().expect("a row");
    assert!(
        first.starts_with(|c: char| c.is_ascii_digit()) && first.get(2..3) == Some("."),
        "{first}"
    );
    assert!(ru.contains("звонок") && ru.contains("выполнено"), "{ru}");
    assert!(!ru.contains("  call ") && !ru.contains(" done  "), "{ru}");
    let json = env.json(&["--lang", "ru", "plan", "list", "--all", "--json"]);
    assert!(
        json.as_array()
            .expect("rows")
            .iter()
            .any(|p| p["status"] == "done")
    );
}

/// A book named `file:…` beside the user is that file: SQLite, which reads
/// such names as URIs, is given a plain path, so the file checked is the
/// file written (it used to leave an empty `file:…` and fail).
#[test]
fn a_book_named_like_a_uri_is_that_file() {
    let env = Env::new();
    let run = |args: &[&str]| {
        env.tb()
            .current_dir(env.dir.path())
            .args(["--db", "file:abc.sqlite"])
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    run(&["client", "add", "Acme"]);
    let list = String::from_utf8(run(&["client", "list"])).expect("utf-8");
    assert!(list.contains("Acme"), "{list}");
    assert!(
        fs::metadata(env.dir.path().join("file:abc.sqlite"))
            .expect("the book")
            .len()
            > 0
    );
    assert!(!env.dir.path().join("abc.sqlite").exists());
}
