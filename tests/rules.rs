//! The company's rules on a hand-made book: each rule at its boundary, the
//! numbers set in the book, a rule turned off.

use chrono::NaiveDate;
use touchbase::book::{Access, Book};
use touchbase::dates::When;
use touchbase::domain::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

fn log(book: &mut Book, client: &str, dir: Direction, when: &str) -> String {
    let e = NewInteraction {
        kind: Kind::Call,
        direction: dir,
        at: When::from_stored(when).expect("when"),
        contact: None,
        summary: format!("call {when}"),
        details: String::new(),
    };
    book.log(client, &e, None).expect("log").id
}

fn complaint(book: &mut Book, client: &str, when: &str) -> String {
    let k = NewComplaint {
        at: When::day(d(when)),
        contact: None,
        department: "logistics".into(),
        severity: Severity::Normal,
        summary: format!("late {when}"),
        via: None,
    };
    book.add_complaint(client, &k).expect("complaint").id
}

#[test]
fn each_rule_is_checked_at_its_boundary() {
    touchbase::i18n::set_for_thread(touchbase::i18n::Lang::En);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("b.sqlite");
    let mut book = Book::open(&path, Access::CreateIfMissing).expect("book");
    // Saturday.
    let today = d("2026-11-28");
    let mut add = |name: &str, tier: Tier| {
        let c = NewClient::build(name, tier, None, Status::Active).expect("client");
        book.add_client(&c, d("2026-11-01")).expect("add").id
    };
    let a = add("Alpha", Tier::A);
    let b = add("Beta", Tier::B);
    let c = add("Gamma", Tier::C);
    // Beta and Gamma have a next step; Gamma (C) would not need one.
    for id in [&b, &c] {
        book.plan(
            id,
            &NewPlan {
                due: d("2026-12-10"),
                purpose: "next".into(),
                kind: Kind::Call,
            },
        )
        .expect("plan");
    }
    // Escalate within 2 days: 2 days old is in time, 3 days old is 1 late.
    complaint(&mut book, &b, "2026-11-26");
    complaint(&mut book, &c, "2026-11-25");
    // Resolve within 14: escalated in time, but 15 days old.
    let old = complaint(&mut book, &a, "2026-11-13");
    book.escalate_complaint(&old, "Head of logistics", "", When::day(d("2026-11-14")))
        .expect("escalate");
    // Answer within 1 working day: asked Wednesday, Thursday and Friday passed.
    log(&mut book, &c, Direction::Inbound, "2026-11-25 10:00");
    // Asked Thursday: one working day (Friday) is in time.
    log(&mut book, &b, Direction::Inbound, "2026-11-26 10:00");
    // An invoice 5 days overdue and untouched since; one 5 days overdue but
    // touched after its due day.
    for (client, number) in [(&a, "A-1"), (&b, "B-1")] {
        book.add_invoice(
            client,
            &NewInvoice {
                number: number.into(),
                amount_minor: 100_000,
                currency: "RUB".into(),
                issued_on: d("2026-10-23"),
                due_on: d("2026-11-23"),
            },
        )
        .expect("invoice");
    }
    log(&mut book, &b, Direction::Outbound, "2026-11-24 09:00");
    // Log within 1 day: one logged 3 days after it happened, one the next day.
    let late = log(&mut book, &a, Direction::Outbound, "2026-11-20 12:00");
    let next_day = log(&mut book, &a, Direction::Outbound, "2026-11-21 12:00");
    drop(book);
    {
        let raw = rusqlite::Connection::open(&path).expect("raw");
        // The rest were logged as they happened (this test runs on any day).
        raw.execute(
            "UPDATE interactions SET logged_at = substr(at, 1, 10) || 'T12:00:00Z'",
            [],
        )
        .expect("on time");
        raw.execute(
            "UPDATE interactions SET logged_at = '2026-11-23T08:00:00Z' WHERE id = ?1",
            [&late],
        )
        .expect("late");
        raw.execute(
            "UPDATE interactions SET logged_at = '2026-11-22T08:00:00Z' WHERE id = ?1",
            [&next_day],
        )
        .expect("next day");
    }
    let mut book = Book::open(&path, Access::Existing).expect("book");

    let found = |book: &Book| -> Vec<(String, String, i64)> {
        book.rule_breaches(today, true)
            .expect("breaches")
            .into_iter()
            .map(|x| (x.rule.to_string(), x.client, x.days_over))
            .collect()
    };
    let s = |r: &str, c: &str, n: i64| (r.to_string(), c.to_string(), n);
    assert_eq!(
        found(&book),
        [
            s("next_step", "Alpha", 0),
            s("escalate_within", "Gamma", 1),
            s("resolve_within", "Alpha", 1),
            s("log_within", "Alpha", 2),
            s("answer_within", "Gamma", 1),
            s("invoice_touch_within", "Alpha", 2),
        ]
    );
    // Today shows the open ones, not the late logging.
    let today_rows = book.today(today).expect("today");
    let alpha = today_rows
        .iter()
        .find(|r| r.client == "Alpha")
        .expect("alpha");
    assert!(
        alpha.reasons_text().contains("no next step planned"),
        "{}",
        alpha.reasons_text()
    );
    assert!(
        !alpha.reasons_text().contains("logged"),
        "{}",
        alpha.reasons_text()
    );

    // The numbers live in the book: a department gives 3 days to escalate
    // and turns the next-step rule off.
    assert_eq!(
        book.set_rule("escalate_within=3").expect("set"),
        ("escalate_within", 3)
    );
    book.set_rule("next_step=0").expect("off");
    let rules: std::collections::HashMap<_, _> = book.rules().expect("rules").into_iter().collect();
    assert_eq!(
        (
            rules["escalate_within"],
            rules["next_step"],
            rules["resolve_within"]
        ),
        (3, 0, 14)
    );
    let rules_now: Vec<String> = found(&book).into_iter().map(|(r, _, _)| r).collect();
    assert!(
        !rules_now.contains(&"next_step".to_string())
            && !rules_now.contains(&"escalate_within".to_string())
    );
    for bad in [
        "escalate_within=x",
        "escalate_within=-1",
        "escalate_within=366",
        "nope=1",
        "next_step=2",
    ] {
        let err = book.set_rule(bad).expect_err(bad).to_string();
        assert!(
            err.starts_with(&format!("set: '{bad}' is not accepted")),
            "{err}"
        );
    }
}

/// After a won order a client is quiet, and still gets a touch every
/// `quiet_every` days for `quiet_months` months.
#[test]
fn a_quiet_client_still_gets_its_touch() {
    touchbase::i18n::set_for_thread(touchbase::i18n::Lang::En);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = Book::open(&dir.path().join("b.sqlite"), Access::CreateIfMissing).expect("book");
    let today = d("2026-11-28");
    let mut add = |name: &str| {
        let c = NewClient::build(name, Tier::C, None, Status::Active).expect("client");
        book.add_client(&c, d("2025-01-01")).expect("add").id
    };
    let (quiet, long_ago, lost, touched) = (
        add("Quiet"),
        add("Long ago"),
        add("Lost deal"),
        add("Touched"),
    );
    let order = |book: &mut Book, client: &str, at: &str, status: OrderStatus| {
        book.add_order(
            client,
            &NewOrder {
                at: When::day(d(at)),
                title: "Line 2".into(),
                amount_minor: Some(100_000),
                currency: "RUB".into(),
                status,
            },
        )
        .expect("order");
    };
    // Won 100 days ago, touched 35 days ago: 5 days past the 30-day touch
    // (and within its 60-day cadence, so nothing else says so).
    order(&mut book, &quiet, "2026-08-20", OrderStatus::Won);
    log(&mut book, &quiet, Direction::Outbound, "2026-10-24");
    // Won 13 months ago: the quiet period is over.
    order(&mut book, &long_ago, "2025-10-20", OrderStatus::Won);
    log(&mut book, &long_ago, Direction::Outbound, "2026-10-24");
    // Lost: no quiet period.
    order(&mut book, &lost, "2026-08-20", OrderStatus::Lost);
    log(&mut book, &lost, Direction::Outbound, "2026-10-24");
    // Touched 30 days ago: exactly on time.
    order(&mut book, &touched, "2026-08-20", OrderStatus::Won);
    log(&mut book, &touched, Direction::Outbound, "2026-10-29");
    let quiet_ones: Vec<(String, i64, Option<NaiveDate>)> = book
        .rule_breaches(today, false)
        .expect("breaches")
        .into_iter()
        .filter(|b| b.rule == "quiet_every")
        .map(|b| (b.client, b.days_over, b.since))
        .collect();
    assert_eq!(
        quiet_ones,
        [("Quiet".to_string(), 5, Some(d("2026-08-20")))]
    );
    let row = book
        .today(today)
        .expect("today")
        .into_iter()
        .find(|r| r.client == "Quiet")
        .expect("on Today");
    assert_eq!(
        row.reasons_text(),
        "C · quiet since the order of 20.08.2026, 5 d past its touch"
    );
}
