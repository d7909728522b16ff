//! Book tests on real temporary files: the file format rules, the model's
//! rules, matching in any script, search, and the untouched order.

mod common;

use chrono::NaiveDate;
use std::fs;
use std::path::Path;
use touchbase::book::{Access, Book, BookError, ClientSort};
use touchbase::dates::When;
use touchbase::domain::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn client(name: &str, tier: Tier) -> NewClient {
    NewClient::build(name, tier, None, Status::Active).expect("valid client")
}

fn touch(kind: Kind, at: &str, summary: &str) -> NewInteraction {
    NewInteraction {
        kind,
        direction: Direction::Outbound,
        at: When::from_stored(at).expect("test moment"),
        contact: None,
        summary: summary.into(),
        details: String::new(),
    }
}

fn new_book(dir: &Path) -> Book {
    Book::open(&dir.join("book.sqlite"), Access::CreateIfMissing).expect("new book")
}

#[test]
fn a_new_book_is_private_and_leaves_no_sidecars() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let mut book = new_book(dir.path());
        assert!(book.was_created());
        let c = book
            .add_client(&client("Acme", Tier::A), d("2026-01-01"))
            .expect("add");
        book.log(&c.id, &touch(Kind::Call, "2026-11-01", "hello"), None)
            .expect("log");
    }
    let names: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("book.sqlite")]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(dir.path().join("book.sqlite"))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn a_missing_book_is_not_created_by_reading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nothing.sqlite");
    assert!(matches!(
        Book::open(&path, Access::Existing),
        Err(BookError::NoBook(_))
    ));
    assert!(!path.exists());
}

fn assert_refused_untouched(path: &Path, expect_newer: bool) {
    let before = fs::read(path).expect("read");
    for access in [Access::Existing, Access::CreateIfMissing] {
        match Book::open(path, access) {
            Err(BookError::Newer {
                found, supported, ..
            }) if expect_newer => {
                assert_eq!(found, 99);
                assert!(supported < 99);
            }
            Err(BookError::Foreign { .. }) if !expect_newer => {}
            Err(e) => panic!("unexpected error {e}"),
            Ok(_) => panic!("{} was opened", path.display()),
        }
    }
    assert_eq!(fs::read(path).expect("read"), before, "the file changed");
    let journal = path.with_file_name(format!(
        "{}-journal",
        path.file_name().expect("name").to_string_lossy()
    ));
    assert!(!journal.exists());
}

#[test]
fn a_newer_book_is_refused_and_left_byte_identical() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    drop(new_book(dir.path()));
    {
        let raw = rusqlite::Connection::open(&path).expect("raw");
        raw.pragma_update(None, "user_version", 99).expect("bump");
    }
    assert_refused_untouched(&path, true);
    let msg = Book::open(&path, Access::Existing)
        .err()
        .expect("refused")
        .to_string();
    assert!(
        msg.contains("version 99")
            && msg.contains(&format!(
                "up to version {}",
                touchbase::book::schema::CURRENT
            )),
        "{msg}"
    );
}

#[test]
fn foreign_files_are_refused_and_left_byte_identical() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = dir.path().join("notes.txt");
    fs::write(
        &text,
        "Dear diary, this is not a database at all, but it is long enough to have a header. "
            .repeat(3),
    )
    .expect("write");
    assert_refused_untouched(&text, false);

    let random = dir.path().join("random.bin");
    fs::write(
        &random,
        (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect::<Vec<_>>(),
    )
    .expect("write");
    assert_refused_untouched(&random, false);

    let other = dir.path().join("other.sqlite");
    {
        let raw = rusqlite::Connection::open(&other).expect("raw");
        raw.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .expect("other program's db");
    }
    assert_refused_untouched(&other, false);

    let sub = tempfile::tempdir().expect("tempdir");
    drop(new_book(sub.path()));
    let bytes = fs::read(sub.path().join("book.sqlite")).expect("read");
    let truncated = dir.path().join("truncated.sqlite");
    fs::write(&truncated, &bytes[..bytes.len() / 2]).expect("write");
    assert_refused_untouched(&truncated, false);
}

#[test]
fn clients_are_found_in_any_case_and_script() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let today = d("2026-11-27");
    for name in [
        "ООО Ромашка",
        "ООО Ромашка-Юг",
        "ИП Ёлкин Пётр",
        "Acme Industrial GmbH",
    ] {
        book.add_client(&client(name, Tier::B), today).expect("add");
    }
    // A word only in a client's details (its city, its notes) names no client.
    let mut kazan = client("Волга-Трейд", Tier::C);
    kazan.city = "Казань".into();
    kazan.notes = "поставки в Северный порт".into();
    book.add_client(&kazan, today).expect("add");
    assert_eq!(
        book.find_client("ооо ромашка").expect("exact").name,
        "ООО Ромашка"
    );
    assert_eq!(
        book.find_client("ип елкин").expect("prefix, ё as е").name,
        "ИП Ёлкин Пётр"
    );
    assert_eq!(
        book.find_client("ПЕТР").expect("substring").name,
        "ИП Ёлкин Пётр"
    );
    assert_eq!(
        book.find_client("industrial").expect("substring").name,
        "Acme Industrial GmbH"
    );
    match book.find_client("ромаш") {
        Err(BookError::Ambiguous { candidates, .. }) => {
            assert_eq!(
                candidates,
                vec!["ООО Ромашка".to_string(), "ООО Ромашка-Юг".to_string()]
            )
        }
        other => panic!("expected ambiguity, got {other:?}"),
    }
    assert!(matches!(
        book.find_client("Northwind"),
        Err(BookError::NotFound { .. })
    ));
    // Parts inside the name: across a space, two letters, one letter more
    // than a name holds, a word of the details, a quote.
    for (part, found) in [
        ("кин пет", Some("ИП Ёлкин Пётр")),
        ("-ЮГ", Some("ООО Ромашка-Юг")),
        ("юг", Some("ООО Ромашка-Юг")),
        ("гмб", None),
        ("trial gmbh", Some("Acme Industrial GmbH")),
        ("трейд", Some("Волга-Трейд")),
        ("казань", None),
        ("северный", None),
        ("ка\"юг", None),
        ("romashka", None),
        ("елкин петр", Some("ИП Ёлкин Пётр")),
    ] {
        match (book.find_client(part), found) {
            (Ok(c), Some(name)) => assert_eq!(c.name, name, "{part}"),
            (Err(BookError::NotFound { .. }), None) => {}
            (other, _) => panic!("{part}: expected {found:?}, got {other:?}"),
        }
    }
    match book.find_client("омашк") {
        Err(BookError::Ambiguous { candidates, .. }) => {
            assert_eq!(candidates, ["ООО Ромашка", "ООО Ромашка-Юг"])
        }
        other => panic!("expected ambiguity, got {other:?}"),
    }
    // A duplicate in another case is refused and nothing is written.
    let err = book
        .add_client(&client("ооо РОМАШКА", Tier::A), today)
        .expect_err("duplicate");
    assert!(
        err.to_string()
            .starts_with("name: 'ооо РОМАШКА' is not accepted"),
        "{err}"
    );
    assert_eq!(book.count_clients("").expect("count"), 5);
    assert_eq!(book.count_clients("ромаш").expect("count"), 2);

    // A part many clients' details hold (more than the trigram index is
    // asked for): the one client whose name holds it, added last, is still found.
    for n in 0..200 {
        let mut c = client(&format!("Поставщик {n}"), Tier::C);
        c.notes = "склад на Zzq-линии".into();
        book.add_client(&c, today).expect("add");
    }
    book.add_client(&client("Trading Zzq-Линии", Tier::C), today)
        .expect("add");
    assert_eq!(
        book.find_client("zzq-лин").expect("found").name,
        "Trading Zzq-Линии"
    );
}

#[test]
fn the_untouched_order_is_overdue_share_then_tier_then_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let added = d("2026-01-01");
    let today = d("2026-11-27");
    let mut add = |name: &str, tier: Tier, cadence: u32, status: Status, last: Option<&str>| {
        let mut nc = client(name, tier);
        nc.cadence_days = cadence;
        nc.status = status;
        let c = book.add_client(&nc, added).expect("add");
        if let Some(at) = last {
            book.log(&c.id, &touch(Kind::Call, at, "touch"), None)
                .expect("log");
        }
    };
    // overdue days / cadence: Alpha 16/14, Beta 16/14 (tier B), Gamma 30/30 = 1.0,
    // Delta never touched since 2026-01-01: 330 days, cadence 60 → 270/60 = 4.5.
    add("Beta", Tier::B, 14, Status::Active, Some("2026-10-30"));
    add("Alpha", Tier::A, 14, Status::Active, Some("2026-10-30"));
    add("Gamma", Tier::C, 30, Status::Prospect, Some("2026-09-28"));
    add("Delta", Tier::C, 60, Status::Active, None);
    add("Fresh", Tier::A, 14, Status::Active, Some("2026-11-20"));
    add("Edge", Tier::A, 14, Status::Active, Some("2026-11-13")); // exactly 14 days: not overdue
    add("Sleeping", Tier::A, 14, Status::Paused, Some("2025-01-01"));
    add("Gone", Tier::A, 14, Status::Lost, None);
    let rows = book.untouched(today, 0, 100).expect("untouched");
    let names: Vec<_> = rows.iter().map(|u| u.client.name.as_str()).collect();
    assert_eq!(names, ["Delta", "Alpha", "Beta", "Gamma"]);
    assert_eq!(rows[0].overdue_days, 270);
    assert_eq!(rows[0].days_since_touch, None);
    assert_eq!(rows[1].overdue_days, 14);
    assert_eq!(rows[1].days_since_touch, Some(28));
    assert_eq!(book.counts(today).expect("counts"), (8, 4));
}

/// The urgency order is read from per-cadence index streams and merged in
/// Rust; it must be exactly the order the plain definition gives (a sort of
/// the whole table), on every page, with ties of the share across cadences.
#[test]
fn the_merged_urgency_order_is_the_order_the_definition_gives() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    let today = d("2026-11-27");
    {
        let mut book = new_book(dir.path());
        let mut seed: u64 = 7;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for i in 0..300 {
            let name = if i % 2 == 0 {
                format!("ООО «Клиент {}»", i / 2)
            } else {
                format!("Client {i}")
            };
            let mut nc = client(&name, [Tier::A, Tier::B, Tier::C][next(3) as usize]);
            nc.cadence_days = [7, 14, 30, 60, 90, 45][next(6) as usize];
            nc.status = [
                Status::Active,
                Status::Prospect,
                Status::Paused,
                Status::Lost,
            ][next(4) as usize];
            let added = today - chrono::Days::new(next(400));
            book.add_client(&nc, added).expect("add");
        }
        // Last touches on few distinct days, so shares tie across cadences
        // (7 days over a 14-day cadence is 30 over 60), and some never touched.
        let raw = rusqlite::Connection::open(&path).expect("raw");
        let ids: Vec<i64> = raw
            .prepare("SELECT seq FROM clients")
            .expect("prepare")
            .query_map([], |r| r.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("ids");
        for seq in ids {
            let last = match next(5) {
                0 => None,
                k => Some(
                    (today - chrono::Days::new([7, 21, 44, 120][k as usize - 1] + next(3)))
                        .to_string(),
                ),
            };
            raw.execute(
                "UPDATE clients SET last_touch_on = ?1 WHERE seq = ?2",
                rusqlite::params![last, seq],
            )
            .expect("update");
        }
    }
    let book = Book::open(&path, Access::Existing).expect("open");
    let raw = rusqlite::Connection::open(&path).expect("raw");
    let share = "(julianday(?1) - julianday(coalesce(last_touch_on, created_on)) - cadence_days) * 1.0 / cadence_days DESC, tier, sort_key, name_key";
    let reference = |sql: &str| -> Vec<String> {
        raw.prepare(sql)
            .expect("prepare")
            .query_map([today.to_string()], |r| r.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("names")
    };
    let untouched = reference(&format!(
        "SELECT name FROM clients WHERE status IN ('active', 'prospect') AND touch_due_on < ?1 ORDER BY {share}"
    ));
    let list = reference(&format!(
        "SELECT name FROM clients ORDER BY CASE WHEN status IN ('active', 'prospect') THEN 0 ELSE 1 END, {share}"
    ));
    assert!(
        untouched.len() > 60 && untouched.len() < list.len(),
        "{}",
        untouched.len()
    );
    for (offset, limit) in [
        (0, 1),
        (0, 50),
        (17, 40),
        (50, 500),
        (untouched.len() as u64 - 3, 10),
    ] {
        let got: Vec<String> = book
            .untouched(today, offset, limit)
            .expect("untouched")
            .into_iter()
            .map(|u| u.client.name)
            .collect();
        let want: Vec<String> = untouched
            .iter()
            .skip(offset as usize)
            .take(limit as usize)
            .cloned()
            .collect();
        assert_eq!(got, want, "untouched, offset {offset}, limit {limit}");
    }
    let open: u64 = raw
        .query_row(
            "SELECT count(*) FROM clients WHERE status IN ('active', 'prospect')",
            [],
            |r| r.get(0),
        )
        .expect("count");
    // Around the end of the active and prospect ones, and deep pages, which
    // are read from the end: the same rows.
    let n = list.len() as u64;
    for (offset, limit) in [
        (0, 40),
        (100, 40),
        (open - 5, 40),
        (open + 3, 10),
        (280, 40),
        (n - 40, 40),
        (n - 1, 40),
        (n, 40),
    ] {
        let got: Vec<String> = book
            .clients_page("", ClientSort::Urgency, today, offset, limit)
            .expect("page")
            .into_iter()
            .map(|r| r.client.name)
            .collect();
        let want: Vec<String> = list
            .iter()
            .skip(offset as usize)
            .take(limit as usize)
            .cloned()
            .collect();
        assert_eq!(
            got, want,
            "client list by urgency, offset {offset}, limit {limit}"
        );
    }
    // Filtered by a part of the name, in any case and with ё as е (the
    // streams test the index's folded name): the definition's order of the
    // clients whose name holds it, on every page, deep ones read from the end.
    for part in ["клиЕнт 1", "CLIENT 2", "ёнт 3", "1"] {
        let key = part.to_lowercase().replace('ё', "е");
        let matching: Vec<String> = list
            .iter()
            .filter(|n| n.to_lowercase().replace('ё', "е").contains(&key))
            .cloned()
            .collect();
        assert!(!matching.is_empty(), "{part}");
        let m = matching.len() as u64;
        for (offset, limit) in [(0, 40), (5, 10), (m.saturating_sub(3), 40), (m, 10)] {
            let got: Vec<String> = book
                .clients_page(part, ClientSort::Urgency, today, offset, limit)
                .expect("page")
                .into_iter()
                .map(|r| r.client.name)
                .collect();
            let want: Vec<String> = matching
                .iter()
                .skip(offset as usize)
                .take(limit as usize)
                .cloned()
                .collect();
            assert_eq!(got, want, "filter {part}, offset {offset}, limit {limit}");
        }
    }
    // Each client's place (Enter on a row elsewhere finds it in the list),
    // by urgency, by name and by last touch, is its place in the
    // definition's order.
    let by_name = reference("SELECT name FROM clients WHERE ?1 <> '' ORDER BY sort_key, name_key");
    let by_last_touch = reference(
        "SELECT name FROM clients WHERE ?1 <> '' ORDER BY coalesce(last_touch_on, '0000'), sort_key, name_key",
    );
    let ids: Vec<(String, String)> = raw
        .prepare("SELECT id, name FROM clients")
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("ids");
    for (id, name) in &ids {
        for (sort, order) in [
            (ClientSort::Urgency, &list),
            (ClientSort::Name, &by_name),
            (ClientSort::LastTouch, &by_last_touch),
        ] {
            let want = order.iter().position(|n| n == name).map(|p| p as u64);
            let got = book.client_position(id, "", sort, today).expect("position");
            assert_eq!(got, want, "{name} by {sort:?}");
        }
    }
    assert_eq!(
        book.client_position("no such id", "", ClientSort::Urgency, today)
            .expect("position"),
        None
    );
}

#[test]
fn a_note_is_not_a_touch_and_a_touch_closes_due_plans() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let c = book
        .add_client(&client("Acme", Tier::A), d("2026-01-01"))
        .expect("add");
    let early = book
        .plan(
            &c.id,
            &NewPlan {
                due: d("2026-11-20"),
                purpose: "call back".into(),
                kind: Kind::Call,
            },
        )
        .expect("plan");
    let later = book
        .plan(
            &c.id,
            &NewPlan {
                due: d("2026-12-20"),
                purpose: "review".into(),
                kind: Kind::Meeting,
            },
        )
        .expect("plan");
    book.log(
        &c.id,
        &touch(Kind::Note, "2026-11-25", "internal memo"),
        None,
    )
    .expect("note");
    assert_eq!(book.client(&c.id).expect("client").last_touch, None);
    assert_eq!(book.open_plans(&c.id).expect("plans").len(), 2);
    let call = book
        .log(
            &c.id,
            &touch(Kind::Call, "2026-11-25 10:00", "called"),
            None,
        )
        .expect("call");
    assert_eq!(
        book.client(&c.id).expect("client").last_touch,
        Some(d("2026-11-25"))
    );
    let done = book.plan_by_id(&early.id).expect("plan");
    assert_eq!(done.status, PlanStatus::Done);
    assert_eq!(done.done_by.as_deref(), Some(call.id.as_str()));
    assert_eq!(
        book.plan_by_id(&later.id).expect("plan").status,
        PlanStatus::Open
    );
}

#[test]
fn entries_keep_their_versions_and_deleting_hides() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let c = book
        .add_client(&client("Acme", Tier::A), d("2026-01-01"))
        .expect("add");
    let old = book
        .log(&c.id, &touch(Kind::Call, "2026-11-01", "first call"), None)
        .expect("log");
    let newer = book
        .log(&c.id, &touch(Kind::Call, "2026-11-20", "second call"), None)
        .expect("log");
    let patch = InteractionPatch {
        summary: Some("second call, corrected".into()),
        ..Default::default()
    };
    let edited = book.edit_entry(&newer.id, &patch).expect("edit");
    assert_eq!(edited.versions, 1);
    // Saving it again unchanged adds no version.
    let same = InteractionPatch {
        summary: Some("second call, corrected".into()),
        kind: Some(Kind::Call),
        ..Default::default()
    };
    assert_eq!(book.edit_entry(&newer.id, &same).expect("edit").versions, 1);
    assert_eq!(
        book.entry_versions(&newer.id).expect("versions")[0].1,
        "second call"
    );
    book.delete_entry(&newer.id).expect("delete");
    let ids: Vec<_> = book
        .timeline(&c.id, None, 10)
        .expect("timeline")
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(ids, vec![old.id.clone()]);
    assert_eq!(
        book.client(&c.id).expect("client").last_touch,
        Some(d("2026-11-01"))
    );
    assert!(book.search("corrected", 10).expect("search").is_empty());
    book.restore_entry(&newer.id).expect("restore");
    assert_eq!(
        book.client(&c.id).expect("client").last_touch,
        Some(d("2026-11-20"))
    );
    assert_eq!(book.search("corrected", 10).expect("search").len(), 1);
}

#[test]
fn timeline_pages_follow_each_other_without_gaps() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let c = book
        .add_client(&client("Acme", Tier::A), d("2025-01-01"))
        .expect("add");
    for day in 1..=25 {
        book.log(
            &c.id,
            &touch(
                Kind::Call,
                &format!("2026-10-{day:02}"),
                &format!("call {day}"),
            ),
            None,
        )
        .expect("log");
    }
    let mut seen = Vec::new();
    let mut cursor = None;
    loop {
        let page = book.timeline(&c.id, cursor.as_ref(), 10).expect("page");
        if page.is_empty() {
            break;
        }
        let last = page.last().expect("non-empty");
        cursor = Some(touchbase::book::TimelineCursor {
            at: last.at.clone(),
            id: last.id.clone(),
        });
        seen.extend(page.into_iter().map(|e| e.summary));
    }
    let expected: Vec<_> = (1..=25).rev().map(|d| format!("call {d}")).collect();
    assert_eq!(seen, expected);
}

#[test]
fn search_finds_parts_of_words_in_any_case_and_script() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let today = d("2026-11-27");
    let romashka = book
        .add_client(&client("ООО Ромашка", Tier::A), today)
        .expect("add");
    let acme = book
        .add_client(&client("Acme GmbH", Tier::B), today)
        .expect("add");
    let anna = book
        .add_contact(
            &romashka.id,
            &NewContact {
                name: "Анна Фёдорова".into(),
                role: "закупщик".into(),
                ..Default::default()
            },
        )
        .expect("contact");
    let mut e = touch(Kind::Call, "2026-11-20", "Обсудили продление договора");
    e.contact = Some(anna.id.clone());
    book.log(&romashka.id, &e, None).expect("log");
    let mut e = touch(Kind::Email, "2026-11-21", "Sent the RENEWAL proposal");
    e.details = "ёмкость склада".into();
    book.log(&acme.id, &e, None).expect("log");

    let texts = |q: &str| {
        book.search(q, 20)
            .expect("search")
            .into_iter()
            .map(|h| h.text)
            .collect::<Vec<_>>()
    };
    assert_eq!(texts("продлен"), vec!["Обсудили продление договора"]);
    assert_eq!(
        texts("ПРОДЛЕНИЕ договор"),
        vec!["Обсудили продление договора"]
    );
    assert_eq!(texts("renewal"), vec!["Sent the RENEWAL proposal"]);
    assert_eq!(texts("емкост"), vec!["Sent the RENEWAL proposal"]);
    // A contact's name finds the contact and the entries they took part in.
    let hits = book.search("федоров", 20).expect("search");
    assert_eq!(
        hits.iter().map(|h| h.kind).collect::<Vec<_>>(),
        vec!["contact", "entry"]
    );
    assert_eq!(hits[0].client, "ООО Ромашка");
    // Short terms search names.
    assert_eq!(texts("ма"), vec!["ООО Ромашка"]);
    assert_eq!(texts("ро"), vec!["ООО Ромашка", "Анна Фёдорова закупщик"]);
    assert!(texts("несуществующее").is_empty());
    // Quotes and FTS syntax are plain text.
    assert!(texts("\"AND OR NEAR(").is_empty());
}

#[test]
fn saved_text_has_no_control_characters() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let c = book
        .add_client(
            &NewClient::build("Evil\u{1b}[2J Corp\u{202E}", Tier::C, None, Status::Active)
                .expect("name"),
            d("2026-01-01"),
        )
        .expect("add");
    assert_eq!(c.name, "Evil[2J Corp");
}

#[test]
fn a_failure_part_way_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    let c = {
        let mut book = new_book(dir.path());
        book.add_client(&client("Acme", Tier::A), d("2026-01-01"))
            .expect("add")
    };
    {
        let raw = rusqlite::Connection::open(&path).expect("raw");
        raw.execute_batch("CREATE TRIGGER fail_plans BEFORE INSERT ON plans BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;")
            .expect("trigger");
    }
    let mut book = Book::open(&path, Access::Existing).expect("open");
    let next = NewPlan {
        due: d("2026-12-01"),
        purpose: "follow up".into(),
        kind: Kind::Call,
    };
    let err = book
        .log(&c.id, &touch(Kind::Call, "2026-11-25", "call"), Some(&next))
        .expect_err("plan insert fails");
    assert!(err.to_string().contains("disk on fire"));
    assert!(book.timeline(&c.id, None, 10).expect("timeline").is_empty());
    assert_eq!(book.client(&c.id).expect("client").last_touch, None);
    assert!(book.search("call", 10).expect("search").is_empty());
}

#[test]
fn several_writers_and_readers_at_once_lose_nothing_and_never_fail() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    let id = new_book(dir.path())
        .add_client(&client("Acme", Tier::A), d("2026-01-01"))
        .expect("add")
        .id;
    // Real processes, each a loop of the binary, all started before any ends:
    // three writing, two reading; every one must wait for the others, never fail.
    let spawn = |script: String| {
        std::process::Command::new("sh")
            .env("TOUCHBASE_LANG", "en")
            .args(["-c", &script])
            .arg(env!("CARGO_BIN_EXE_touchbase"))
            .arg(&path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("process")
    };
    let mut all: Vec<_> = (0..3)
        .map(|w| {
            spawn(format!(
                "for i in $(seq 1 20); do \"$0\" --db \"$1\" log acme --kind call --at 2026-11-25 --summary \"writer {w} call $i\" || exit 1; done"
            ))
        })
        .collect();
    for _ in 0..2 {
        all.push(spawn(
            "for i in $(seq 1 20); do \"$0\" --db \"$1\" timeline acme --json >/dev/null && \"$0\" --db \"$1\" untouched >/dev/null || exit 1; done".into(),
        ));
    }
    for p in all {
        let out = p.wait_with_output().expect("wait");
        assert!(
            out.status.success(),
            "a process failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let book = Book::open(&path, Access::Existing).expect("open");
    let entries = book.timeline(&id, None, 1000).expect("timeline");
    assert_eq!(entries.len(), 60);
    for w in 0..3 {
        for i in 1..=20 {
            let s = format!("writer {w} call {i}");
            assert!(entries.iter().any(|e| e.summary == s), "{s} is missing");
        }
    }
    assert!(book.check().expect("check").is_empty());
}

#[test]
fn the_demo_book_is_alive_relative_to_today() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("demo.sqlite");
    let today = d("2030-06-15");
    Book::write_demo(&path, today).expect("demo");
    let book = Book::open(&path, Access::Existing).expect("open");
    let (clients, untouched) = book.counts(today).expect("counts");
    assert!((35..=45).contains(&clients), "{clients} clients");
    assert!(
        untouched >= 5 && untouched < clients,
        "{untouched} untouched"
    );
    let romashka = book.find_client("ромашка").expect("demo client");
    let recent = book.timeline(&romashka.id, None, 1).expect("timeline");
    assert!(recent[0].at.as_str() <= "2030-06-15 23:59" && recent[0].at.as_str() >= "2030-05-01");
    assert!(book.check().expect("check").is_empty());
}

/// Migrations are history: once released, one is never edited. Each has a
/// frozen copy in tests/fixtures/migrations (listed in tests/common); a new
/// migration adds its copy.
#[test]
fn released_migrations_are_never_edited() {
    let frozen = common::FROZEN;
    let current = touchbase::book::schema::MIGRATIONS;
    assert!(
        current.len() >= frozen.len(),
        "a released migration was removed"
    );
    for (i, sql) in frozen.iter().enumerate() {
        assert_eq!(
            current[i],
            *sql,
            "migration {} was edited; add a new migration instead",
            i + 1
        );
    }
    assert_eq!(
        current.len(),
        frozen.len(),
        "a new migration needs its frozen copy in tests/fixtures/migrations, listed in tests/common/mod.rs"
    );
}

#[test]
fn an_older_book_is_migrated_with_a_copy_kept_beside_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    {
        // A book as the first version of touchbase wrote it.
        let raw = common::old_book(&path, 1);
        raw.execute_batch(
            "INSERT INTO clients (id, name, name_key, tier, cadence_days, status, created_on, updated_at)
             VALUES ('c1', 'Acme', 'acme', 'A', 14, 'active', '2026-01-01', '2026-01-01T00:00:00Z');
             INSERT INTO clients (id, name, name_key, tier, cadence_days, status, created_on, updated_at)
             VALUES ('c2', 'ООО «Ромашка»', 'ооо «ромашка»', 'B', 30, 'active', '2026-01-01', '2026-01-01T00:00:00Z');
             INSERT INTO interactions (id, client_id, kind, direction, at, summary, logged_at)
             VALUES ('i1', 'c1', 'call', 'outbound', '2026-11-01', 'old call', '2026-11-01T00:00:00Z');",
        )
        .expect("v1 data");
    }
    let v1_bytes = fs::read(&path).expect("read");
    let mut book = Book::open(&path, Access::Existing).expect("migrated");
    let backup = dir.path().join("book.v1-backup.sqlite");
    assert!(backup.exists(), "a copy of the v1 book is kept");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&backup).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the copy is as private as the book");
    }
    let old = rusqlite::Connection::open(&backup).expect("backup");
    let v: u32 = old
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .expect("version");
    assert_eq!(v, 1);
    let summary: String = old
        .query_row("SELECT summary FROM interactions", [], |r| r.get(0))
        .expect("row");
    assert_eq!(summary, "old call");
    assert!(v1_bytes.len() > 1000);

    assert_eq!(
        book.timeline("c1", None, 10).expect("timeline")[0].logged_by,
        ""
    );
    book.set_manager("Мария Соколова", "").expect("manager");
    book.log("c1", &touch(Kind::Call, "2026-11-20", "new call"), None)
        .expect("log");
    assert_eq!(
        book.timeline("c1", None, 10).expect("timeline")[0].logged_by,
        "Мария Соколова"
    );
    let by: String = book_sql(
        &path,
        "SELECT logged_by FROM timeline WHERE summary = 'new call'",
    );
    assert_eq!(by, "Мария Соколова");
    // Version 8 gave every client its sort key: the own name, no legal form.
    let key: String = book_sql(&path, "SELECT sort_key FROM clients WHERE id = 'c2'");
    assert_eq!(key, "ромашка");
    assert!(book.derived_problems().expect("check").is_empty());
}

/// A version-9 book kept what the program wrote as English prose; opening
/// it turns that prose into events read in the reader's language, the
/// person's own words staying in the summary.
#[test]
fn english_prose_of_older_books_becomes_events() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    {
        let raw = common::old_book(&path, 9);
        raw.execute_batch(
            "INSERT INTO clients (id, name, name_key, sort_key, tier, cadence_days, status, created_on, updated_at)
             VALUES ('c1', 'Acme', 'acme', 'acme', 'A', 14, 'active', '2026-01-01', '2026-01-01T00:00:00Z');
             INSERT INTO interactions (id, client_id, kind, direction, at, summary, details, logged_at) VALUES
               ('e1', 'c1', 'order', 'inbound', '2026-10-01', 'Pallets: 125,000.50 RUB (won)', '', '2026-10-01T00:00:00Z'),
               ('e2', 'c1', 'internal', 'outbound', '2026-10-02', 'Invoice INV-7 issued: 1,000.00 RUB, due 2026-11-01', '', '2026-10-02T00:00:00Z'),
               ('e3', 'c1', 'internal', 'inbound', '2026-10-20', 'Invoice INV-7 paid: 1,000.00 RUB', '', '2026-10-20T00:00:00Z'),
               ('e4', 'c1', 'complaint', 'inbound', '2026-10-05', 'Complaint (logistics, high): Late delivery', '', '2026-10-05T00:00:00Z'),
               ('e5', 'c1', 'internal', 'outbound', '2026-10-06', 'Complaint escalated to Head of logistics: Late delivery', 'call them', '2026-10-06T00:00:00Z'),
               ('e6', 'c1', 'internal', 'outbound', '2026-10-07', 'Complaint resolved: Sent again', 'Late delivery', '2026-10-07T00:00:00Z'),
               ('e7', 'c1', 'internal', 'outbound', '2026-10-08', 'Complaint reopened: Late delivery', 'still late', '2026-10-08T00:00:00Z'),
               ('e8', 'c1', 'call', 'outbound', '2026-10-09', 'Complaint reopened: a person may type this', '', '2026-10-09T00:00:00Z');
             INSERT INTO orders (id, client_id, at, title, amount_minor, currency, status, entry_id)
               VALUES ('o1', 'c1', '2026-10-01', 'Pallets', 12500050, 'RUB', 'won', 'e1');
             INSERT INTO invoices (id, client_id, number, amount_minor, currency, issued_on, due_on, paid_on, entry_id, paid_entry_id)
               VALUES ('v1', 'c1', 'INV-7', 100000, 'RUB', '2026-10-02', '2026-11-01', '2026-10-20', 'e2', 'e3');
             INSERT INTO complaints (id, client_id, opened_at, department, severity, summary, status, entry_id)
               VALUES ('k1', 'c1', '2026-10-05', 'logistics', 'high', 'Late delivery', 'escalated', 'e4');
             INSERT INTO complaint_steps (id, complaint_id, at, step, to_whom, note, entry_id) VALUES
               ('s1', 'k1', '2026-10-06', 'escalated', 'Head of logistics', 'call them', 'e5'),
               ('s2', 'k1', '2026-10-07', 'resolved', '', 'Sent again', 'e6');",
        )
        .expect("v9 data");
    }
    let book = Book::open(&path, Access::Existing).expect("migrated");
    let shown = |lang| {
        touchbase::i18n::set_for_thread(lang);
        let mut all: Vec<(String, String)> = book
            .timeline("c1", None, 20)
            .expect("timeline")
            .into_iter()
            .map(|e| (e.id.clone(), e.shown_summary()))
            .collect();
        all.sort();
        all.into_iter().map(|(_, s)| s).collect::<Vec<_>>()
    };
    assert_eq!(
        shown(touchbase::i18n::Lang::En),
        [
            "Pallets: 125,000.50 RUB (won)",
            "Invoice INV-7 issued: 1,000 RUB, due 01.11.2026",
            "Invoice INV-7 paid: 1,000 RUB",
            "Complaint (logistics, high): Late delivery",
            "Complaint escalated to Head of logistics: Late delivery",
            "Complaint resolved: Sent again",
            "Complaint reopened: Late delivery",
            "Complaint reopened: a person may type this",
        ]
    );
    assert_eq!(
        shown(touchbase::i18n::Lang::Ru),
        [
            "Pallets: 125\u{a0}000,50\u{a0}₽ (выигран)",
            "Счёт INV-7 выставлен: 1\u{a0}000\u{a0}₽, оплатить до 01.11.2026",
            "Счёт INV-7 оплачен: 1\u{a0}000\u{a0}₽",
            "Жалоба (logistics, высокая): Late delivery",
            "Жалоба передана (Head of logistics): Late delivery",
            "Жалоба решена: Sent again",
            "Жалоба открыта снова: Late delivery",
            // A person's call is never taken for the program's words.
            "Complaint reopened: a person may type this",
        ]
    );
    touchbase::i18n::set_for_thread(touchbase::i18n::Lang::En);
    // The summary keeps the person's words; the event is data.
    assert_eq!(
        book_sql(&path, "SELECT summary FROM interactions WHERE id = 'e2'"),
        "INV-7"
    );
    assert_eq!(
        book_sql(&path, "SELECT event FROM interactions WHERE id = 'e3'"),
        r#"{"amount_minor":100000,"currency":"RUB","event":"invoice-paid"}"#
    );
    // Every value passes `check` (the rows written here by hand are not
    // indexed; that is all it finds).
    let problems = book.check().expect("check");
    assert!(
        problems.iter().all(|p| p.starts_with("derived:")),
        "{problems:?}"
    );
}

#[test]
fn the_list_sorts_by_the_own_name_without_legal_forms_and_quotes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let today = d("2026-11-27");
    for name in [
        "ООО «Ромашка»",
        "АО «Альфа-Строй»",
        "ИП Борисов",
        "Acme GmbH",
        "Зенит",
    ] {
        book.add_client(&client(name, Tier::B), today).expect("add");
    }
    let names = |book: &Book| -> Vec<String> {
        book.clients_page("", touchbase::book::ClientSort::Name, today, 0, 10)
            .expect("page")
            .into_iter()
            .map(|r| r.client.name)
            .collect()
    };
    assert_eq!(
        names(&book),
        [
            "Acme GmbH",
            "АО «Альфа-Строй»",
            "ИП Борисов",
            "Зенит",
            "ООО «Ромашка»"
        ]
    );
    // Renaming moves it; matching still finds any part of the name.
    let b = book.find_client("борисов").expect("find");
    book.edit_client(
        &b.id,
        &ClientPatch {
            name: Some("ИП Яковлев".into()),
            ..Default::default()
        },
    )
    .expect("rename");
    assert_eq!(names(&book).last().map(String::as_str), Some("ИП Яковлев"));
    assert_eq!(book.count_clients("ооо").expect("count"), 1);
    let pos = book
        .client_position(&b.id, "", touchbase::book::ClientSort::Name, today)
        .expect("position");
    assert_eq!(pos, Some(4));
}

fn book_sql(path: &Path, sql: &str) -> String {
    rusqlite::Connection::open(path)
        .expect("raw")
        .query_row(sql, [], |r| r.get(0))
        .expect("query")
}

#[test]
fn a_book_whose_version_was_lowered_by_hand_gets_one_line_and_stays_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    drop(new_book(dir.path()));
    rusqlite::Connection::open(&path)
        .expect("raw")
        .pragma_update(None, "user_version", 2)
        .expect("lower");
    let before = fs::read(&path).expect("read");
    let msg = Book::open(&path, Access::Existing)
        .err()
        .expect("refused")
        .to_string();
    assert!(!msg.contains('\n') && !msg.contains("CREATE"), "{msg}");
    assert!(
        msg.contains("it says book version 2, but its schema differs")
            && msg.ends_with("it was left untouched"),
        "{msg}"
    );
    assert_eq!(fs::read(&path).expect("read"), before);
    let names: Vec<_> = fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("e").file_name())
        .collect();
    assert_eq!(names.len(), 1, "no backup copy is made of it: {names:?}");
}

/// Whatever a person types where a client, a contact, an entry, a complaint
/// or an invoice is named, the answer is a record or a clear error, never a
/// panic; and a search never fails on its input.
#[test]
fn lookups_and_search_never_panic_on_any_input() {
    use proptest::prelude::*;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let c = book
        .add_client(&client("ООО «Ромашка»", Tier::A), d("2026-01-01"))
        .expect("add");
    book.log(&c.id, &touch(Kind::Call, "2026-11-01", "Звонок"), None)
        .expect("log");
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 400,
        ..ProptestConfig::default()
    });
    runner
        .run(&"\\PC{0,30}|[%_*\"'()\\-\\\\ ]{0,8}", |s| {
            let _ = book.find_client(&s);
            let _ = book.find_contact(&c.id, &s);
            let _ = book.entry(&s);
            let _ = book.complaint(&s);
            prop_assert!(book.search(&s, 10).is_ok(), "search {s:?} failed");
            Ok(())
        })
        .expect("no panic, search always answers");
}

#[test]
fn hiding_or_redating_the_touch_that_fulfilled_a_plan_reopens_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let c = book
        .add_client(&client("Acme", Tier::A), d("2026-01-01"))
        .expect("add");
    let plan = book
        .plan(
            &c.id,
            &NewPlan {
                due: d("2026-11-20"),
                purpose: "Chase".into(),
                kind: Kind::Call,
            },
        )
        .expect("plan");
    let call = book
        .log(&c.id, &touch(Kind::Call, "2026-11-22", "called"), None)
        .expect("log");
    let status = |book: &Book| book.plan_by_id(&plan.id).expect("plan").status;
    assert_eq!(status(&book), PlanStatus::Done);
    book.delete_entry(&call.id).expect("hide");
    assert_eq!(
        status(&book),
        PlanStatus::Open,
        "hiding the touch reopens the plan"
    );
    book.restore_entry(&call.id).expect("restore");
    assert_eq!(
        status(&book),
        PlanStatus::Done,
        "restoring it closes the plan again"
    );
    book.edit_entry(
        &call.id,
        &InteractionPatch {
            at: Some(When::from_stored("2026-11-18").expect("when")),
            ..InteractionPatch::default()
        },
    )
    .expect("re-date");
    assert_eq!(
        status(&book),
        PlanStatus::Open,
        "a touch before the due day does not fulfil it"
    );
    assert_eq!(
        book.record_versions("plans", &plan.id)
            .expect("versions")
            .len(),
        2
    );
}

#[test]
fn an_entry_that_stands_for_an_order_is_not_deleted_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let c = book
        .add_client(&client("Acme", Tier::A), d("2026-01-01"))
        .expect("add");
    book.add_order(
        &c.id,
        &NewOrder {
            at: When::from_stored("2026-11-20").expect("when"),
            title: "Line 2".into(),
            amount_minor: Some(100),
            currency: "RUB".into(),
            status: OrderStatus::Won,
        },
    )
    .expect("order");
    let entry = book.timeline(&c.id, None, 1).expect("timeline")[0]
        .id
        .clone();
    let err = book.delete_entry(&entry).expect_err("refused").to_string();
    assert!(
        err.contains("stands for order") && err.contains("touchbase order delete"),
        "{err}"
    );
    assert_eq!(book.timeline(&c.id, None, 10).expect("timeline").len(), 1);
}

#[test]
fn planned_touches_are_found_by_purpose_and_follow_their_edits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let today = d("2026-11-27");
    let c = book
        .add_client(&client("ООО Ромашка", Tier::A), today)
        .expect("add");
    let plan = book
        .plan(
            &c.id,
            &touchbase::domain::NewPlan {
                due: d("2026-12-02"),
                purpose: "Напомнить о СЧЁТЕ 2026-121".into(),
                kind: Kind::Call,
            },
        )
        .expect("plan");
    let found = |book: &Book, q: &str| -> Vec<(String, String)> {
        book.search(q, 10)
            .expect("search")
            .into_iter()
            .map(|h| (h.kind.to_string(), h.shown_text()))
            .collect()
    };
    assert_eq!(
        found(&book, "о счете"),
        vec![("plan".to_string(), "Напомнить о СЧЁТЕ 2026-121".to_string())]
    );
    book.edit_plan(
        &plan.id,
        &touchbase::domain::PlanPatch {
            purpose: Some("Обсудить отгрузку".into()),
            ..Default::default()
        },
    )
    .expect("edit");
    assert!(
        found(&book, "счете").is_empty(),
        "the old purpose is gone from the index"
    );
    assert_eq!(found(&book, "отгруз").len(), 1);
    book.cancel_plan(&plan.id).expect("cancel");
    assert_eq!(
        found(&book, "отгруз"),
        vec![(
            "plan".to_string(),
            "(cancelled) Обсудить отгрузку".to_string()
        )]
    );
    assert!(book.derived_problems().expect("check").is_empty());
}

/// The date rules of edits at their boundaries: an invoice due on its issue
/// day, issued on its payment day; an escalation "by" its own day; a plan
/// fulfilled only by a touch of its own client; plans due after a day leave
/// that day out.
#[test]
fn edits_keep_their_date_rules_at_the_boundaries() {
    touchbase::i18n::set_for_thread(touchbase::i18n::Lang::En);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let a = book
        .add_client(&client("Alpha", Tier::A), d("2026-01-01"))
        .expect("a")
        .id;
    let b = book
        .add_client(&client("Beta", Tier::B), d("2026-01-01"))
        .expect("b")
        .id;
    book.add_invoice(
        &a,
        &NewInvoice {
            number: "E-1".into(),
            amount_minor: 10_000,
            currency: "RUB".into(),
            issued_on: d("2026-11-01"),
            due_on: d("2026-11-20"),
        },
    )
    .expect("invoice");
    let due = |day: &str| InvoicePatch {
        due_on: Some(d(day)),
        ..InvoicePatch::default()
    };
    let issued = |day: &str| InvoicePatch {
        issued_on: Some(d(day)),
        ..InvoicePatch::default()
    };
    // Due on the issue day: accepted; the day before: refused, naming the field.
    assert_eq!(
        book.edit_invoice("E-1", &due("2026-11-01"))
            .expect("same day")
            .due_on,
        d("2026-11-01")
    );
    let err = book
        .edit_invoice("E-1", &due("2026-10-31"))
        .expect_err("before issue");
    assert!(err.to_string().starts_with("due: '2026-10-31'"), "{err}");
    book.edit_invoice("E-1", &due("2026-11-20")).expect("back");
    // Paid 10.11: issued on the payment day or before is accepted, after it refused.
    book.invoice_paid("E-1", d("2026-11-10")).expect("paid");
    assert_eq!(
        book.edit_invoice("E-1", &issued("2026-11-05"))
            .expect("before")
            .issued_on,
        d("2026-11-05")
    );
    assert_eq!(
        book.edit_invoice("E-1", &issued("2026-11-10"))
            .expect("same day")
            .issued_on,
        d("2026-11-10")
    );
    let err = book
        .edit_invoice("E-1", &issued("2026-11-11"))
        .expect_err("after payment");
    assert!(err.to_string().starts_with("issued: '2026-11-11'"), "{err}");

    // An escalation "by" its own day is accepted; by the day before, refused.
    let k = book
        .add_complaint(
            &a,
            &NewComplaint {
                at: When::day(d("2026-11-02")),
                contact: None,
                department: "QA".into(),
                severity: Severity::Normal,
                summary: "Broken seal".into(),
                via: None,
            },
        )
        .expect("complaint")
        .id;
    let at = When::day(d("2026-11-03"));
    let err = book
        .escalate_complaint_by(&k, "Head of QA", "", at, Some(d("2026-11-02")))
        .expect_err("by the day before");
    assert!(err.to_string().starts_with("by: '2026-11-02'"), "{err}");
    let k = book
        .escalate_complaint_by(&k, "Head of QA", "", at, Some(d("2026-11-03")))
        .expect("by the same day");
    assert_eq!(k.status, ComplaintStatus::Escalated);

    // A plan due 25.11; a call of 20.11 may be what it asked for.
    let plan = book
        .plan(
            &a,
            &NewPlan {
                due: d("2026-11-25"),
                purpose: "Send the offer".into(),
                kind: Kind::Call,
            },
        )
        .expect("plan");
    let ids = |v: Vec<Plan>| v.into_iter().map(|p| p.id).collect::<Vec<_>>();
    assert_eq!(
        ids(book.plans_due_after(&a, d("2026-11-24")).expect("after")),
        std::slice::from_ref(&plan.id)
    );
    assert!(
        book.plans_due_after(&a, d("2026-11-25"))
            .expect("on its day")
            .is_empty()
    );
    // Not fulfilled by the other client's call, nor by a note of its own client.
    let other = book
        .log(&b, &touch(Kind::Call, "2026-11-20 10:00", "call"), None)
        .expect("b call")
        .id;
    let note = book
        .log(&a, &touch(Kind::Note, "2026-11-20 11:00", "note"), None)
        .expect("note")
        .id;
    for entry in [&other, &note] {
        let err = book
            .fulfil_plan(&plan.id, entry)
            .expect_err("not its touch");
        assert!(err.to_string().starts_with("ENTRY:"), "{err}");
    }
    let call = book
        .log(&a, &touch(Kind::Call, "2026-11-20 12:00", "call"), None)
        .expect("a call")
        .id;
    let done = book.fulfil_plan(&plan.id, &call).expect("its own touch");
    assert_eq!((done.status, done.done_by), (PlanStatus::Done, Some(call)));
}

/// Undo of an edit puts a client, a contact or a planned touch back as it
/// was, and search finds it by its old words again, not by the new ones.
#[test]
fn undoing_an_edit_puts_the_words_back_in_search() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let c = book
        .add_client(&client("Ромашка", Tier::A), d("2026-01-01"))
        .expect("add");
    let contact = book
        .add_contact(
            &c.id,
            &NewContact {
                name: "Агафья Лыкова".into(),
                role: String::new(),
                phone: String::new(),
                email: String::new(),
                note: String::new(),
            },
        )
        .expect("contact");
    let plan = book
        .plan(
            &c.id,
            &NewPlan {
                due: d("2026-12-01"),
                purpose: "обсудить черешню".into(),
                kind: Kind::Call,
            },
        )
        .expect("plan");
    book.edit_client(
        &c.id,
        &ClientPatch {
            name: Some("Лютик".into()),
            ..ClientPatch::default()
        },
    )
    .expect("edit client");
    book.edit_contact(
        &contact.id,
        &ContactPatch {
            name: Some("Прасковья Жемчугова".into()),
            role: None,
            phone: None,
            email: None,
            note: None,
        },
        false,
    )
    .expect("edit contact");
    book.edit_plan(
        &plan.id,
        &PlanPatch {
            purpose: Some("обсудить клубнику".into()),
            ..PlanPatch::default()
        },
    )
    .expect("edit plan");
    let found = |book: &Book, words: &str| book.search(words, 20).expect("search").len();
    for new in ["Лютик", "Жемчугова", "клубнику"] {
        assert!(found(&book, new) > 0, "{new} before undo");
    }
    book.restore_newest_version("clients", &c.id)
        .expect("undo client");
    book.restore_newest_version("contacts", &contact.id)
        .expect("undo contact");
    book.restore_newest_version("plans", &plan.id)
        .expect("undo plan");
    for (old, new) in [
        ("Ромашка", "Лютик"),
        ("Лыкова", "Жемчугова"),
        ("черешню", "клубнику"),
    ] {
        assert!(found(&book, old) > 0, "{old} after undo");
        assert_eq!(found(&book, new), 0, "{new} after undo");
    }
    // A version kept before a column existed (an older book's) lacks it:
    // undo leaves that column as it is.
    book.edit_client(
        &c.id,
        &ClientPatch {
            city: Some("Тверь".into()),
            ..ClientPatch::default()
        },
    )
    .expect("edit city");
    let raw = rusqlite::Connection::open(dir.path().join("book.sqlite")).expect("raw");
    raw.execute(
        "UPDATE record_versions SET data = json_remove(data, '$.city', '$.notes')
         WHERE record = 'clients' AND record_id = ?1
           AND version = (SELECT max(version) FROM record_versions WHERE record = 'clients' AND record_id = ?1)",
        [&c.id],
    )
    .expect("older version");
    drop(raw);
    book.restore_newest_version("clients", &c.id)
        .expect("undo from an older version");
    assert_eq!(book.client(&c.id).expect("client").city, "Тверь");
    assert!(book.check().expect("check").is_empty());
}

/// A three-letter term goes through the index alone (a client found by the
/// words of its notes), and a short term filters enough candidates: the two
/// clients whose names hold it are found behind thirty newer ones that do not.
#[test]
fn search_by_three_letters_and_a_short_term_among_many() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let neon = book
        .add_client(&client("Вывески Света", Tier::B), d("2026-01-01"))
        .expect("add");
    book.edit_client(
        &neon.id,
        &ClientPatch {
            notes: Some("неоновые буквы на фасад".into()),
            ..ClientPatch::default()
        },
    )
    .expect("notes");
    let names: Vec<String> = book
        .search("нео", 20)
        .expect("search")
        .into_iter()
        .map(|h| h.client)
        .collect();
    assert_eq!(names, ["Вывески Света"]);
    for name in ["Альфа zz1", "Альфа zz2"] {
        book.add_client(&client(name, Tier::C), d("2026-01-01"))
            .expect("add");
    }
    // Added after them: the index gives the newest candidates first.
    for i in 1..=30 {
        book.add_client(&client(&format!("Альфа {i:02}"), Tier::C), d("2026-01-01"))
            .expect("add");
    }
    let mut found: Vec<String> = book
        .search("альфа zz", 5)
        .expect("search")
        .into_iter()
        .map(|h| h.client)
        .collect();
    found.sort();
    assert_eq!(found, ["Альфа zz1", "Альфа zz2"]);
}

/// The header is read before SQLite sees the file, and each refusal names
/// what the header shows: no SQLite at all, a page size SQLite never
/// writes, a file shorter than the pages it declares. A book of the largest
/// page size (stored as 1) is a book.
#[test]
fn a_files_header_gives_the_reason_it_is_refused() {
    use touchbase::t;
    let dir = tempfile::tempdir().expect("tempdir");
    drop(new_book(dir.path()));
    let good = fs::read(dir.path().join("book.sqlite")).expect("read");
    let reason = |name: &str, bytes: &[u8]| -> String {
        let path = dir.path().join(name);
        fs::write(&path, bytes).expect("write");
        // Opened as ours, and read-only as a colleague's (its own first look).
        let reasons: Vec<String> = [
            Book::open(&path, Access::Existing),
            Book::open_read_only(&path),
        ]
        .into_iter()
        .map(|opened| match opened {
            Err(BookError::Foreign { reason, .. }) => reason,
            Err(e) => panic!("{name}: {e}"),
            Ok(_) => panic!("{name} was opened"),
        })
        .collect();
        assert_eq!(reasons[0], reasons[1], "{name}");
        reasons[0].clone()
    };
    let text = "Not a database, but longer than a header. ".repeat(4);
    assert_eq!(reason("text", text.as_bytes()), t!("err-reason-not-sqlite"));
    assert_eq!(reason("short", &good[..60]), t!("err-reason-not-sqlite"));
    // Exactly a header: a real book's first 100 bytes, its pages missing;
    // and a real book cut in half.
    assert_eq!(reason("header", &good[..100]), t!("err-reason-truncated"));
    assert!(good.len() >= 8 * 4096, "a book of several pages");
    assert_eq!(
        reason("half", &good[..good.len() / 2]),
        t!("err-reason-truncated")
    );
    for size in [1000u16, 256, 0] {
        let mut odd = good.clone();
        odd[16..18].copy_from_slice(&size.to_be_bytes());
        assert_eq!(
            reason(&format!("page{size}"), &odd),
            t!("err-reason-damaged-header"),
            "page size {size}"
        );
    }

    let big = dir.path().join("big");
    fs::create_dir(&big).expect("dir");
    drop(new_book(&big));
    {
        let raw = rusqlite::Connection::open(big.join("book.sqlite")).expect("raw");
        raw.execute_batch(
            "PRAGMA journal_mode = DELETE; PRAGMA page_size = 65536; VACUUM; PRAGMA journal_mode = WAL;",
        )
        .expect("64 KiB pages");
    }
    let bytes = fs::read(big.join("book.sqlite")).expect("read");
    assert_eq!(bytes[16..18], [0, 1], "64 KiB pages are stored as 1");
    let book =
        Book::open(&big.join("book.sqlite"), Access::Existing).expect("a book of 64 KiB pages");
    assert!(book.count_clients("").is_ok());
    drop(book);
    let book = Book::open_read_only(&big.join("book.sqlite")).expect("read-only, 64 KiB pages");
    assert!(book.count_clients("").is_ok());
}

/// An empty file is made a new book, and the note says so in the reader's
/// language; an empty journal beside it is no hot journal and changes nothing.
#[test]
fn an_empty_file_becomes_a_book_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, expected) in [
        (
            touchbase::i18n::Lang::En,
            "was an empty file; it is now a new book",
        ),
        (
            touchbase::i18n::Lang::Ru,
            "был пустым файлом; теперь это новая книга",
        ),
    ] {
        touchbase::i18n::set_for_thread(lang);
        let path = dir.path().join(format!("{lang:?}.sqlite"));
        fs::write(&path, b"").expect("empty file");
        fs::write(dir.path().join(format!("{lang:?}.sqlite-journal")), b"").expect("empty journal");
        let book = Book::open(&path, Access::Existing).expect("a new book");
        let note = book.creation_note().expect("a note");
        assert!(note.starts_with(&path.display().to_string()), "{note}");
        assert!(note.ends_with(expected), "{note}");
        drop(book);
        let again = Book::open(&path, Access::Existing).expect("a book");
        assert_eq!(again.creation_note(), None);
    }
    touchbase::i18n::set_for_thread(touchbase::i18n::Lang::En);
    // Beside a journal that holds nothing SQLite can roll back (it is
    // handed to SQLite, which finds it not hot): still an empty file made a book.
    let path = dir.path().join("junk.sqlite");
    fs::write(&path, b"").expect("empty file");
    fs::write(dir.path().join("junk.sqlite-journal"), [0u8; 512]).expect("junk journal");
    let book = Book::open(&path, Access::Existing).expect("a new book");
    let note = book.creation_note().expect("a note");
    assert!(
        note.ends_with("was an empty file; it is now a new book"),
        "{note}"
    );
}

/// A book with touchbase's schema but another program's mark (its
/// application id changed, or cleared while its version stays) is another
/// program's file, not a book rebuilt from a dump (which loses both marks).
#[test]
fn a_book_with_another_mark_is_another_programs_not_a_dump() {
    use touchbase::t;
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, app) in [("other", 0x1234_5678u32), ("cleared", 0)] {
        let sub = dir.path().join(name);
        fs::create_dir(&sub).expect("dir");
        drop(new_book(&sub));
        let path = sub.join("book.sqlite");
        rusqlite::Connection::open(&path)
            .expect("raw")
            .pragma_update(None, "application_id", app as i32)
            .expect("mark");
        match Book::open(&path, Access::Existing) {
            Err(BookError::Foreign { reason, .. }) => assert_eq!(
                reason,
                t!("err-reason-other-program", app = format!("{app:#010x}")),
                "{name}"
            ),
            Err(e) => panic!("{name}: {e}"),
            Ok(_) => panic!("{name} was opened"),
        }
    }
}

/// A colleague's book and a received one are opened by a URI (read-only);
/// folders whose names hold what a URI reads (`%41`, `#`, `?`) are the
/// folders they name, not others.
#[test]
fn books_in_folders_named_like_uris_are_read_where_they_are() {
    let dir = tempfile::tempdir().expect("tempdir");
    let odd = dir.path().join("a%41b #1 why?");
    fs::create_dir(&odd).expect("dir");
    let mut book = new_book(&odd);
    book.add_client(&client("Acme", Tier::A), d("2026-11-27"))
        .expect("add");
    drop(book);
    let colleague = Book::open_read_only(&odd.join("book.sqlite")).expect("read-only");
    assert_eq!(colleague.count_clients("").expect("count"), 1);
    drop(colleague);
    let mut ours = new_book(dir.path());
    let accepted = ours
        .accept(&odd.join("book.sqlite"), "", false)
        .expect("accepted");
    assert_eq!(accepted.clients, 1);
    assert_eq!(ours.count_clients("").expect("count"), 1);
}

/// `adopt` gives a dump's marks back only to a file that has none: a book
/// another program has marked is refused and left byte-identical.
#[test]
fn adopt_refuses_a_file_another_program_marked() {
    use touchbase::t;
    let dir = tempfile::tempdir().expect("tempdir");
    drop(new_book(dir.path()));
    let path = dir.path().join("book.sqlite");
    rusqlite::Connection::open(&path)
        .expect("raw")
        .pragma_update(None, "application_id", 0x1234_5678)
        .expect("mark");
    let before = fs::read(&path).expect("read");
    match Book::adopt(&path) {
        Err(BookError::Foreign { reason, .. }) => assert_eq!(
            reason,
            t!("err-reason-other-program-unchanged", app = "0x12345678")
        ),
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("adopted another program's file"),
    }
    assert_eq!(fs::read(&path).expect("read"), before);
}

/// A new book is made in folders that do not exist yet; a path through a
/// file is an error about the path, not "no book here".
#[test]
fn a_new_book_makes_its_folders_and_a_path_through_a_file_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let deep = dir.path().join("a/b/c/book.sqlite");
    let book = Book::open(&deep, Access::CreateIfMissing).expect("a new book in new folders");
    assert!(book.was_created());
    drop(book);
    assert!(deep.exists());
    let again = Book::open(&deep, Access::CreateIfMissing).expect("the same book");
    assert!(!again.was_created());
    drop(again);
    let file = dir.path().join("plain.txt");
    fs::write(&file, "text").expect("write");
    for access in [Access::Existing, Access::CreateIfMissing] {
        match Book::open(&file.join("book.sqlite"), access) {
            Err(BookError::Io(e)) => {
                assert_eq!(e.kind(), std::io::ErrorKind::NotADirectory, "{access:?}")
            }
            Err(e) => panic!("{access:?}: {e:?}"),
            Ok(_) => panic!("{access:?}: opened a book inside a file"),
        }
    }
}

/// Each field of an entry changed alone is saved (and the version it
/// replaces kept); a patch that names every field with its present value
/// writes nothing and keeps no version.
#[test]
fn each_field_of_an_entry_is_edited_alone() {
    use touchbase::domain::InteractionPatch;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let c = book
        .add_client(&client("Acme", Tier::A), d("2026-11-01"))
        .expect("add");
    let e = book
        .log(
            &c.id,
            &touch(Kind::Call, "2026-11-20 10:00", "Звонок"),
            None,
        )
        .expect("log");
    let same = InteractionPatch {
        kind: Some(e.kind),
        direction: Some(e.direction),
        at: Some(When::from_stored(&e.at).expect("at")),
        summary: Some(e.summary.clone()),
        details: Some(e.details.clone()),
    };
    book.edit_entry(&e.id, &same).expect("unchanged");
    assert!(book.entry_versions(&e.id).expect("versions").is_empty());
    let edits = [
        InteractionPatch {
            kind: Some(Kind::Meeting),
            ..Default::default()
        },
        InteractionPatch {
            direction: Some(Direction::Inbound),
            ..Default::default()
        },
        InteractionPatch {
            at: Some(When::from_stored("2026-11-21 09:00").expect("at")),
            ..Default::default()
        },
        InteractionPatch {
            summary: Some("Встреча".into()),
            ..Default::default()
        },
        InteractionPatch {
            details: Some("Подробности".into()),
            ..Default::default()
        },
    ];
    for (n, patch) in edits.iter().enumerate() {
        book.edit_entry(&e.id, patch).expect("edit");
        assert_eq!(book.entry_versions(&e.id).expect("versions").len(), n + 1);
    }
    let now = book.entry(&e.id).expect("entry");
    assert_eq!(
        (
            now.kind,
            now.direction,
            now.at.as_str(),
            now.summary.as_str(),
            now.details.as_str()
        ),
        (
            Kind::Meeting,
            Direction::Inbound,
            "2026-11-21 09:00",
            "Встреча",
            "Подробности"
        )
    );
}

/// An entry tells which record it stands for, and a record which entry:
/// an order's, an invoice's (issue and payment), a complaint's. A call that
/// fulfilled a plan and is then corrected into a note (no touch) leaves the
/// plan open again; an order's entry's earlier versions read as the order
/// they recorded, not as its bare title.
#[test]
fn entries_and_their_records_find_each_other() {
    use touchbase::book::RecordRef;
    use touchbase::domain::{
        InteractionPatch, NewInvoice, NewOrder, NewPlan, OrderPatch, PlanStatus,
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let c = book
        .add_client(&client("Acme", Tier::A), d("2026-11-01"))
        .expect("add");
    let order = book
        .add_order(
            &c.id,
            &NewOrder {
                at: When::from_stored("2026-11-10").expect("at"),
                title: "Поставка".into(),
                amount_minor: Some(100_000),
                currency: "RUB".into(),
                status: touchbase::domain::OrderStatus::InProgress,
            },
        )
        .expect("order");
    let invoice = book
        .add_invoice(
            &c.id,
            &NewInvoice {
                number: "R-7".into(),
                amount_minor: 50_000,
                currency: "RUB".into(),
                issued_on: d("2026-11-11"),
                due_on: d("2026-11-25"),
            },
        )
        .expect("invoice");
    let order_entry = book
        .entry_of(&RecordRef::Order(order.id.clone()))
        .expect("entry of")
        .expect("an order has its entry");
    let invoice_entry = book
        .entry_of(&RecordRef::Invoice(invoice.number.clone()))
        .expect("entry of")
        .expect("an invoice has its entry");
    let timeline: Vec<String> = book
        .timeline(&c.id, None, 10)
        .expect("timeline")
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert!(timeline.contains(&order_entry) && timeline.contains(&invoice_entry));
    assert_ne!(order_entry, invoice_entry);
    assert_eq!(
        book.entry_owner(&order_entry).expect("owner"),
        Some(RecordRef::Order(order.id.clone()))
    );
    assert_eq!(
        book.entry_owner(&invoice_entry).expect("owner"),
        Some(RecordRef::Invoice("R-7".into()))
    );

    // The order changed: its entry's earlier version reads as the order.
    book.edit_order(
        &order.id,
        &OrderPatch {
            title: Some("Поставка, вторая партия".into()),
            ..Default::default()
        },
    )
    .expect("edit order");
    let versions = book.entry_versions(&order_entry).expect("versions");
    assert_eq!(versions.len(), 1);
    assert!(versions[0].1.contains("Поставка"), "{:?}", versions[0]);
    assert_ne!(
        versions[0].1, "Поставка",
        "read as the order, not the bare title"
    );

    // A call that fulfilled a plan, corrected into a note.
    let plan = book
        .plan(
            &c.id,
            &NewPlan {
                due: d("2026-11-20"),
                purpose: "Созвониться".into(),
                kind: Kind::Call,
            },
        )
        .expect("plan");
    let call = book
        .log(
            &c.id,
            &touch(Kind::Call, "2026-11-20 10:00", "Созвонились"),
            None,
        )
        .expect("log");
    // A touch of the planned kind on its day closes it.
    assert_eq!(
        book.plan_by_id(&plan.id).expect("plan").status,
        PlanStatus::Done
    );
    book.edit_entry(
        &call.id,
        &InteractionPatch {
            kind: Some(Kind::Note),
            ..Default::default()
        },
    )
    .expect("edit");
    assert_eq!(
        book.plan_by_id(&plan.id).expect("plan").status,
        PlanStatus::Open
    );
}

/// A value another tool wrote that touchbase would not accept is named as
/// the person would have been told when typing it, with the way to find
/// every such value, not as the database driver's conversion error.
#[test]
fn a_bad_stored_value_is_named_like_bad_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let c = book
        .add_client(&client("Acme", Tier::A), d("2026-11-01"))
        .expect("add");
    drop(book);
    rusqlite::Connection::open(dir.path().join("book.sqlite"))
        .expect("raw")
        .execute_batch(
            "PRAGMA ignore_check_constraints = ON; UPDATE clients SET tier = 'Z', status = 'gone';",
        )
        .expect("edit");
    let book = Book::open(&dir.path().join("book.sqlite"), Access::Existing).expect("open");
    match book.client(&c.id) {
        Err(e @ BookError::Stored(_)) => {
            let msg = e.to_string();
            assert!(msg.contains("tier: 'Z' is not accepted"), "{msg}");
            assert!(msg.contains("touchbase check"), "{msg}");
            assert!(!msg.contains("index"), "{msg}");
        }
        other => panic!("{other:?}"),
    }
    drop(book);
    rusqlite::Connection::open(dir.path().join("book.sqlite"))
        .expect("raw")
        .execute_batch("PRAGMA ignore_check_constraints = ON; UPDATE clients SET tier = 'A', status = 'active', created_on = '27.11.2026';")
        .expect("edit");
    let book = Book::open(&dir.path().join("book.sqlite"), Access::Existing).expect("open");
    match book.client(&c.id) {
        Err(e @ BookError::Stored(_)) => {
            let msg = e.to_string();
            assert!(
                msg.contains("'27.11.2026' is not accepted; a date YYYY-MM-DD"),
                "{msg}"
            );
            assert!(!msg.contains("index"), "{msg}");
        }
        other => panic!("{other:?}"),
    }
}

/// An invoice whose amount another tool made text, in a version-9 book:
/// its entries keep their prose when the book is opened (no event with a
/// made-up amount is recorded for them).
#[test]
fn an_old_invoice_without_a_readable_amount_keeps_its_prose() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    {
        let raw = common::old_book(&path, 9);
        raw.execute_batch(
            "PRAGMA ignore_check_constraints = ON;
             INSERT INTO clients (id, name, name_key, sort_key, tier, cadence_days, status, created_on, updated_at)
             VALUES ('c1', 'Acme', 'acme', 'acme', 'A', 14, 'active', '2026-01-01', '2026-01-01T00:00:00Z');
             INSERT INTO interactions (id, client_id, kind, direction, at, summary, details, logged_at) VALUES
               ('e2', 'c1', 'internal', 'outbound', '2026-10-02', 'Invoice INV-8 issued: a thousand RUB, due 2026-11-01', '', '2026-10-02T00:00:00Z'),
               ('e3', 'c1', 'internal', 'inbound', '2026-10-20', 'Invoice INV-8 paid: a thousand RUB', '', '2026-10-20T00:00:00Z');
             INSERT INTO invoices (id, client_id, number, amount_minor, currency, issued_on, due_on, paid_on, entry_id, paid_entry_id)
               VALUES ('v1', 'c1', 'INV-8', 'a thousand', 'RUB', '2026-10-02', '2026-11-01', '2026-10-20', 'e2', 'e3');",
        )
        .expect("v9 data");
    }
    drop(Book::open(&path, Access::Existing).expect("migrated"));
    for (id, prose) in [
        ("e2", "Invoice INV-8 issued: a thousand RUB, due 2026-11-01"),
        ("e3", "Invoice INV-8 paid: a thousand RUB"),
    ] {
        assert_eq!(
            book_sql(
                &path,
                &format!("SELECT summary FROM interactions WHERE id = '{id}'")
            ),
            prose
        );
        assert_eq!(
            book_sql(
                &path,
                &format!("SELECT coalesce(event, 'none') FROM interactions WHERE id = '{id}'")
            ),
            "none"
        );
    }
}

/// Each field of a client changed alone is saved with the version it
/// replaces; a patch naming every field with its present value writes nothing.
#[test]
fn each_field_of_a_client_is_edited_alone() {
    use touchbase::domain::ClientPatch;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let c = book
        .add_client(&client("Acme", Tier::B), d("2026-11-01"))
        .expect("add");
    let same = ClientPatch {
        name: Some(c.name.clone()),
        tier: Some(c.tier),
        cadence_days: Some(c.cadence_days),
        status: Some(c.status),
        industry: Some(c.industry.clone()),
        city: Some(c.city.clone()),
        notes: Some(c.notes.clone()),
        hard_days: Some(c.limits.hard_days),
        quiet_months: Some(c.limits.quiet_months),
        quiet_every: Some(c.limits.quiet_every),
    };
    book.edit_client(&c.id, &same).expect("unchanged");
    let versions = |book: &Book| {
        book.record_versions("clients", &c.id)
            .expect("versions")
            .len()
    };
    assert_eq!(versions(&book), 0);
    let edits = [
        ClientPatch {
            name: Some("Acme Industrial".into()),
            ..Default::default()
        },
        ClientPatch {
            tier: Some(Tier::A),
            ..Default::default()
        },
        ClientPatch {
            cadence_days: Some(10),
            ..Default::default()
        },
        ClientPatch {
            status: Some(Status::Paused),
            ..Default::default()
        },
        ClientPatch {
            industry: Some("Металл".into()),
            ..Default::default()
        },
        ClientPatch {
            city: Some("Казань".into()),
            ..Default::default()
        },
        ClientPatch {
            notes: Some("Заметка".into()),
            ..Default::default()
        },
        ClientPatch {
            hard_days: Some(Some(40)),
            ..Default::default()
        },
        ClientPatch {
            quiet_months: Some(Some(6)),
            ..Default::default()
        },
        ClientPatch {
            quiet_every: Some(Some(20)),
            ..Default::default()
        },
    ];
    for (n, patch) in edits.iter().enumerate() {
        book.edit_client(&c.id, patch).expect("edit");
        assert_eq!(versions(&book), n + 1, "edit {n}");
    }
    let now = book.client(&c.id).expect("client");
    assert_eq!(
        (now.name.as_str(), now.tier, now.cadence_days, now.status),
        ("Acme Industrial", Tier::A, 10, Status::Paused)
    );
    assert_eq!(
        (now.industry.as_str(), now.city.as_str(), now.notes.as_str()),
        ("Металл", "Казань", "Заметка")
    );
    assert_eq!(
        (
            now.limits.hard_days,
            now.limits.quiet_months,
            now.limits.quiet_every
        ),
        (Some(40), Some(6), Some(20))
    );
}

/// A new tier without a cadence given brings the tier's own cadence, unless
/// the client's cadence was one of its own, which stays.
#[test]
fn a_new_tier_brings_its_cadence_unless_the_clients_own() {
    use touchbase::domain::ClientPatch;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let plain = book
        .add_client(&client("Acme", Tier::B), d("2026-11-01"))
        .expect("add");
    let own = book
        .add_client(&client("Beta", Tier::B), d("2026-11-01"))
        .expect("add");
    book.edit_client(
        &own.id,
        &ClientPatch {
            cadence_days: Some(10),
            ..Default::default()
        },
    )
    .expect("own cadence");
    for id in [&plain.id, &own.id] {
        book.edit_client(
            id,
            &ClientPatch {
                tier: Some(Tier::A),
                ..Default::default()
            },
        )
        .expect("tier A");
    }
    assert_eq!(
        book.client(&plain.id).expect("client").cadence_days,
        Tier::A.default_cadence()
    );
    assert_eq!(book.client(&own.id).expect("client").cadence_days, 10);
    // Its own name in another case is no other client's name.
    let renamed = book
        .edit_client(
            &own.id,
            &ClientPatch {
                name: Some("BETA".into()),
                ..Default::default()
            },
        )
        .expect("the same name in capitals");
    assert_eq!(renamed.name, "BETA");
    assert!(
        book.edit_client(
            &own.id,
            &ClientPatch {
                name: Some("acme".into()),
                ..Default::default()
            }
        )
        .is_err()
    );
}

/// A long import says how far it got every thousand rows (the command
/// shows it where a person watches), never at the start or past the end.
#[test]
fn a_long_import_tells_its_progress_every_thousand_rows() {
    use std::fmt::Write as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut text = String::from("Компания;Дата;Тема;Тип\n");
    for i in 0..2500 {
        let _ = writeln!(
            text,
            "ООО «Клиент {}»;{}.11.2026;Звонок {i};звонок",
            i % 50,
            1 + i % 27
        );
    }
    let file = dir.path().join("sheet.csv");
    fs::write(&file, text).expect("write");
    let sheet = touchbase::import::read(&file, None).expect("read");
    let fields = touchbase::import::recognise(&sheet.headers, &[]);
    let opts = touchbase::import::Options {
        today: d("2026-11-28"),
        currency: "RUB".into(),
        us_dates: false,
    };
    let (rows, bad) = touchbase::import::rows(&sheet, &fields, &opts);
    assert!(bad.is_empty(), "{bad:?}");
    let mut book = new_book(dir.path());
    let mut told = Vec::new();
    let done = book
        .import(&rows, true, false, d("2026-11-28"), &mut |n| told.push(n))
        .expect("import");
    assert_eq!(done.entries, 2500);
    assert_eq!(told, [1000, 2000]);
}

/// A contact renamed to another contact's name of the same client is
/// refused unless asked for; a query of nothing but spaces names no contact,
/// even when the client has only one; a client without contacts says so in
/// the reader's language.
#[test]
fn contacts_keep_their_names_apart_and_need_a_name_to_be_found() {
    use touchbase::domain::{ContactPatch, NewContact};
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = new_book(dir.path());
    let c = book
        .add_client(&client("Acme", Tier::A), d("2026-11-01"))
        .expect("add");
    let contact = |name: &str| NewContact {
        name: name.into(),
        role: String::new(),
        phone: String::new(),
        email: String::new(),
        note: String::new(),
    };
    touchbase::i18n::set_for_thread(touchbase::i18n::Lang::Ru);
    let missing = book.find_contact(&c.id, "анна");
    touchbase::i18n::set_for_thread(touchbase::i18n::Lang::En);
    match missing {
        Err(e @ BookError::NoContact { .. }) => {
            touchbase::i18n::set_for_thread(touchbase::i18n::Lang::Ru);
            let ru = e.to_string();
            touchbase::i18n::set_for_thread(touchbase::i18n::Lang::En);
            assert!(ru.contains("пока нет") && !ru.contains("none"), "{ru}");
        }
        other => panic!("{other:?}"),
    }
    let anna = book
        .add_contact(&c.id, &contact("Анна Фёдорова"))
        .expect("add");
    assert!(
        book.find_contact(&c.id, "   ").is_err(),
        "spaces name no one"
    );
    assert_eq!(book.find_contact(&c.id, "анна").expect("found").id, anna.id);
    let oleg = book.add_contact(&c.id, &contact("Олег")).expect("add");
    let rename = ContactPatch {
        name: Some("анна фёдорова".into()),
        ..Default::default()
    };
    assert!(book.edit_contact(&oleg.id, &rename, false).is_err());
    assert_eq!(book.contact(&oleg.id).expect("contact").name, "Олег");
    book.edit_contact(&oleg.id, &rename, true)
        .expect("asked for");
}

/// `gen` writes the book the benchmark relies on: what it reports is what
/// the book holds, the book passes `check`, the same seed gives the same
/// book and another seed another, and every row has the shape `gen`
/// promises (three years of entries in date order, in office hours; plans
/// due within 30 days; the last year's complaints, orders and invoices).
#[test]
fn gen_writes_the_book_it_reports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let today = d("2026-11-28");
    let path = dir.path().join("gen.sqlite");
    let report = Book::generate(&path, 1_000, 3_000, 5, today).expect("gen");
    let book = Book::open(&path, Access::Existing).expect("open");
    assert_eq!(book.check().expect("check"), Vec::<String>::new());
    drop(book);
    let raw = rusqlite::Connection::open(&path).expect("raw");
    let one = |sql: &str| -> i64 { raw.query_row(sql, [], |r| r.get(0)).expect(sql) };
    let count = |table: &str| one(&format!("SELECT count(*) FROM {table}")) as u64;
    assert_eq!(
        [
            report.clients,
            report.contacts,
            report.interactions,
            report.plans,
            report.complaints,
            report.orders,
            report.invoices
        ],
        [
            count("clients"),
            count("contacts"),
            count("interactions"),
            count("plans"),
            count("complaints"),
            count("orders"),
            count("invoices")
        ]
    );
    assert_eq!((report.clients, report.interactions), (1_000, 3_000));
    assert_eq!(report.contacts, 2_000, "two contacts a client");
    // Each for its share of the clients (3 in 10 plan, 1 in 10 complains,
    // 3 in 10 order, half are invoiced), within what chance allows.
    for (what, n, share) in [
        ("plans", report.plans, 0.3),
        ("complaints", report.complaints, 0.1),
        ("orders", report.orders, 0.3),
        ("invoices", report.invoices, 0.5),
    ] {
        let expected = 1_000.0 * share;
        assert!(
            (n as f64 - expected).abs() <= 3.0 * (expected * (1.0 - share)).sqrt(),
            "{what}: {n}, expected about {expected}"
        );
    }
    // Every row findable: each table's search index holds each row.
    for (table, index) in [
        ("clients", "search_clients"),
        ("contacts", "search_contacts"),
        ("interactions", "search_entries"),
        ("plans", "search_plans"),
    ] {
        assert_eq!(count(table), count(index), "{index}");
    }
    // Ids are UUIDv7 in the order the rows were made (their time part
    // counts up a millisecond a row), as the program's own ids are.
    for (table, step) in [("clients", 1), ("contacts", 2), ("interactions", 1)] {
        assert_eq!(
            one(&format!(
                "SELECT count(*) FROM {table} a JOIN {table} b ON b.seq = a.seq + {step}
                 WHERE b.id <= a.id OR substr(a.id, 15, 1) <> '7'"
            )),
            0,
            "{table}"
        );
    }
    // Names numbered, so each is the book's only one; the cadence is the tier's.
    assert_eq!(one("SELECT count(DISTINCT name_key) FROM clients"), 1_000);
    assert_eq!(
        one("SELECT count(*) FROM clients WHERE name LIKE '% 1000'"),
        1
    );
    assert_eq!(
        one(
            "SELECT count(*) FROM clients WHERE cadence_days <> CASE tier WHEN 'A' THEN 14 WHEN 'B' THEN 30 ELSE 60 END"
        ),
        0
    );
    assert_eq!(one("SELECT count(DISTINCT tier) FROM clients"), 3);
    assert_eq!(one("SELECT count(DISTINCT status) FROM clients"), 4);
    // Three years of entries, in date order, in office hours on the quarter.
    let start = "2023-11-29";
    assert_eq!(
        one(&format!(
            "SELECT count(*) FROM interactions WHERE at < '{start}' OR at > '2026-11-28 23:59'"
        )),
        0
    );
    assert_eq!(
        one(
            "SELECT count(*) FROM interactions a JOIN interactions b ON b.seq = a.seq + 1 WHERE b.at < substr(a.at, 1, 10)"
        ),
        0,
        "entries go in date order"
    );
    let (first, last): (String, String) = raw
        .query_row("SELECT min(at), max(at) FROM interactions", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("span");
    assert!(first.starts_with(start), "{first}");
    assert!(last.starts_with("2026-11-2"), "{last}");
    assert_eq!(
        one(
            "SELECT count(*) FROM interactions WHERE CAST(substr(at, 12, 2) AS INTEGER) NOT BETWEEN 9 AND 17 OR substr(at, 15, 2) NOT IN ('00', '15', '30', '45')"
        ),
        0
    );
    assert_eq!(
        one("SELECT count(DISTINCT substr(at, 12, 2)) FROM interactions"),
        9
    );
    assert!(one("SELECT count(*) FROM interactions WHERE direction = 'inbound'") > 300);
    assert!(one("SELECT count(*) FROM interactions WHERE direction = 'outbound'") > 1_800);
    assert_eq!(
        one("SELECT count(*) FROM interactions WHERE summary NOT LIKE '% #' || seq"),
        0,
        "each entry numbered"
    );
    // Each entry's contact is one of its client's own.
    assert_eq!(
        one(
            "SELECT count(*) FROM interactions i JOIN contacts c ON c.id = i.contact_id WHERE c.client_id <> i.client_id"
        ),
        0
    );
    // The kept last touch is the newest touch.
    assert_eq!(
        one(
            "SELECT count(*) FROM clients c WHERE c.last_touch_on IS NOT (SELECT substr(max(at), 1, 10) FROM interactions i WHERE i.client_id = c.id AND i.kind IN ('call', 'meeting', 'visit', 'email', 'message'))"
        ),
        0
    );
    assert!(one("SELECT count(*) FROM clients WHERE last_touch_on IS NOT NULL") > 800);
    // Plans due within 30 days; complaints of the last 120 days, resolved
    // after they opened; orders of the last year; invoices due 30 days
    // after issue, paid (if at all) before the due day, never in the future.
    assert_eq!(
        one("SELECT count(*) FROM plans WHERE due_on NOT BETWEEN '2026-11-28' AND '2026-12-27'"),
        0
    );
    assert_eq!(
        one("SELECT count(*) FROM complaints WHERE opened_at NOT BETWEEN '2026-08-01' AND '2026-11-28'
               OR (status = 'resolved') <> (resolved_at IS NOT NULL)
               OR resolved_at < opened_at OR resolved_at > '2026-11-28'
               OR (resolution = 'Fixed') <> (resolved_at IS NOT NULL)"),
        0
    );
    assert_eq!(one("SELECT count(DISTINCT status) FROM complaints"), 3);
    assert_eq!(
        one(
            "SELECT count(*) FROM orders WHERE at NOT BETWEEN '2025-11-29' AND '2026-11-28'
               OR amount_minor % 10000 <> 0 OR amount_minor NOT BETWEEN 10000 AND 50000000"
        ),
        0
    );
    assert_eq!(one("SELECT count(DISTINCT status) FROM orders"), 3);
    assert_eq!(
        one("SELECT count(*) FROM invoices WHERE issued_on NOT BETWEEN '2026-07-31' AND '2026-11-28'
               OR due_on <> date(issued_on, '+30 days')
               OR paid_on > due_on OR paid_on <= date(due_on, '-10 days')
               OR (paid_on IS NOT NULL AND due_on >= '2026-11-28')
               OR amount_minor % 100000 <> 0"),
        0
    );
    // Two in three of those already due are paid.
    let paid = one("SELECT count(*) FROM invoices WHERE paid_on IS NOT NULL") as f64;
    let was_due = one("SELECT count(*) FROM invoices WHERE due_on < '2026-11-28'") as f64;
    assert!(
        (0.55..0.78).contains(&(paid / was_due)),
        "{paid} of {was_due} paid"
    );
    assert!(
        one("SELECT count(*) FROM invoices WHERE paid_on IS NULL AND due_on < '2026-11-28'") > 0
    );
    drop(raw);
    // The same seed, the same book; another seed, another.
    let rows = |p: &Path| -> Vec<String> {
        let raw = rusqlite::Connection::open(p).expect("raw");
        let mut stmt = raw
            .prepare("SELECT id || name || tier || status || created_on FROM clients ORDER BY seq")
            .expect("sql");
        let mut v: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("rows");
        let mut stmt = raw
            .prepare("SELECT id || client_id || kind || direction || at || summary || details FROM interactions ORDER BY seq")
            .expect("sql");
        v.extend(
            stmt.query_map([], |r| r.get::<_, String>(0))
                .expect("rows")
                .collect::<Result<Vec<_>, _>>()
                .expect("rows"),
        );
        v
    };
    let again = dir.path().join("again.sqlite");
    Book::generate(&again, 1_000, 3_000, 5, today).expect("gen");
    assert_eq!(rows(&path), rows(&again));
    let other = dir.path().join("other.sqlite");
    Book::generate(&other, 1_000, 3_000, 6, today).expect("gen");
    assert_ne!(rows(&path), rows(&other));
}
