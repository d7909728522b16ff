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
        ("escalate_within".to_string(), 3)
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
    // Alpha's complaint is 15 days old: in time for a 15-day rule.
    book.set_rule("resolve_within=15").expect("set");
    assert!(found(&book).iter().all(|(r, _, _)| r != "resolve_within"));
    // Each rule at 0 is off: nothing of it is broken, however late (at 1
    // day, each is).
    for rule in [
        "escalate_within",
        "resolve_within",
        "log_within",
        "answer_within",
        "invoice_touch_within",
    ] {
        book.set_rule(&format!("{rule}=1")).expect("strict");
        let before = found(&book).len();
        assert!(found(&book).iter().any(|(r, _, _)| r == rule), "{rule}");
        book.set_rule(&format!("{rule}=0")).expect("off");
        let now = found(&book);
        assert!(
            now.iter().all(|(r, _, _)| r != rule) && now.len() < before,
            "{rule}: {now:?}"
        );
    }
    assert_eq!(found(&book), []);
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
    // The touch was planned by itself (after the order: 19.09, done by the
    // call of 24.10; after that call: 23.11), so Today names the plan, not
    // the rule twice.
    assert_eq!(
        row.reasons_text(),
        "C · call 5 d late: Quiet-period touch: order Line 2"
    );
    let plans = |book: &Book, client: &str| -> Vec<(NaiveDate, PlanStatus)> {
        let mut p: Vec<_> = book
            .plans(Some(client), true, 100)
            .expect("plans")
            .into_iter()
            .map(|p| (p.plan.due, p.plan.status))
            .collect();
        p.sort();
        p
    };
    assert_eq!(
        plans(&book, &quiet),
        [
            (d("2026-09-19"), PlanStatus::Done),
            (d("2026-11-23"), PlanStatus::Open)
        ]
    );
    // The period over: the order planned 19.11.2025, the call of 24.10.2026
    // did it and planned no more (24.10 + 30 is past 20.10.2026, the end
    // of the quiet year).
    assert_eq!(
        plans(&book, &long_ago),
        [(d("2025-11-19"), PlanStatus::Done)]
    );
    assert_eq!(plans(&book, &lost), []);

    // A quiet year that ends today is still quiet: its touch is owed.
    let year = {
        let c = NewClient::build("Year to the day", Tier::C, None, Status::Active).expect("c");
        book.add_client(&c, d("2025-01-01")).expect("add").id
    };
    order(&mut book, &year, "2025-11-28", OrderStatus::Won);
    log(&mut book, &year, Direction::Outbound, "2026-10-24");
    let quiet_now = |book: &Book| -> Vec<(String, i64)> {
        let mut v: Vec<_> = book
            .rule_breaches(today, false)
            .expect("breaches")
            .into_iter()
            .filter(|b| b.rule == "quiet_every")
            .map(|b| (b.client, b.days_over))
            .collect();
        v.sort();
        v
    };
    let both = [("Quiet".to_string(), 5), ("Year to the day".to_string(), 5)];
    assert_eq!(quiet_now(&book), both);
    // Another tier's two quiet years read "Long ago"'s order too, and its
    // year is still over (it was touched 35 days ago as well).
    book.set_rule("quiet_months.A=24").expect("tier");
    assert_eq!(quiet_now(&book), both);
    // A touch every 0 days is no touch owed while quiet.
    book.set_rule("quiet_every=0").expect("off");
    assert_eq!(quiet_now(&book), []);
}

/// A quiet period per tier and per client; the planning may be turned off;
/// a client's own hard limit.
#[test]
fn quiet_periods_per_tier_and_client_and_a_clients_own_limits() {
    touchbase::i18n::set_for_thread(touchbase::i18n::Lang::En);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = Book::open(&dir.path().join("b.sqlite"), Access::CreateIfMissing).expect("book");
    let today = d("2026-11-28");
    let mut add = |name: &str, tier: Tier, limits: Limits| {
        let mut c = NewClient::build(name, tier, None, Status::Active).expect("client");
        c.limits = limits;
        book.add_client(&c, d("2025-01-01")).expect("add").id
    };
    let a = add("Tier A", Tier::A, Limits::default());
    let own = add(
        "Own period",
        Tier::A,
        Limits {
            hard_days: Some(40),
            quiet_months: Some(2),
            quiet_every: Some(10),
        },
    );
    let none = add(
        "No quiet",
        Tier::B,
        Limits {
            quiet_months: Some(0),
            ..Limits::default()
        },
    );
    // Tier A: quiet for 6 months, a touch every 20 days.
    book.set_rule("quiet_months.A=6").expect("tier months");
    book.set_rule("quiet_every.A=20").expect("tier every");
    let set = book.rule_set().expect("set");
    assert_eq!(
        (
            set.for_tier("quiet_every", Tier::A),
            set.for_tier("quiet_every", Tier::B),
            set.get("quiet_every")
        ),
        (20, 30, 30)
    );
    let order = |book: &mut Book, client: &str, at: &str| {
        book.add_order(
            client,
            &NewOrder {
                at: When::day(d(at)),
                title: String::new(),
                amount_minor: None,
                currency: "RUB".into(),
                status: OrderStatus::Won,
            },
        )
        .expect("order");
    };
    order(&mut book, &a, "2026-11-01");
    order(&mut book, &own, "2026-11-01");
    order(&mut book, &none, "2026-11-01");
    let due = |book: &Book, client: &str| -> Vec<(NaiveDate, String)> {
        book.plans(Some(client), true, 100)
            .expect("plans")
            .into_iter()
            .map(|p| (p.plan.due, p.plan.purpose))
            .collect()
    };
    // No title: the order is named by its day.
    assert_eq!(
        due(&book, &a),
        [(
            d("2026-11-21"),
            "Quiet-period touch: order 01.11.2026".to_string()
        )]
    );
    assert_eq!(due(&book, &own)[0].0, d("2026-11-11"));
    assert_eq!(due(&book, &none), []);
    // The client's own period: 10 days after 11.11 is 21.11, 10 after
    // that 1.12, still inside two months (to 1.01.2027); a touch on
    // 25.12 plans 4.01: past the end, nothing.
    log(&mut book, &own, Direction::Outbound, "2026-11-11");
    assert_eq!(due(&book, &own).last().map(|p| p.0), Some(d("2026-11-21")));
    log(&mut book, &own, Direction::Outbound, "2026-12-25");
    assert!(
        book.open_plans(&own).expect("open").is_empty(),
        "{:?}",
        due(&book, &own)
    );
    // A tier's number back to the rule's; the planning turned off.
    book.set_rule("quiet_every.A=").expect("back");
    assert_eq!(
        book.rule_set()
            .expect("set")
            .for_tier("quiet_every", Tier::A),
        30
    );
    book.set_rule("quiet_plan=0").expect("off");
    log(&mut book, &a, Direction::Outbound, "2026-11-21");
    assert!(book.open_plans(&a).expect("open").is_empty());
    for bad in ["quiet_every.D=3", "next_step.A=1", "quiet_every.A=366"] {
        assert!(book.set_rule(bad).is_err(), "{bad}");
    }

    // The client's own hard limit: 40 days, so at 30 untouched it is due, not slipping.
    let c = book.client(&own).expect("client");
    assert_eq!(c.limits.hard_days, Some(40));
    let mut edit = ClientPatch {
        hard_days: Some(Some(10)),
        ..ClientPatch::default()
    };
    let err = book
        .edit_client(&own, &edit)
        .expect_err("below the cadence");
    assert!(
        err.to_string().starts_with(
            "hard limit: '10' is not accepted; a number of days not below the cadence (14)"
        ),
        "{err}"
    );
    edit.hard_days = Some(None);
    let c = book.edit_client(&own, &edit).expect("back to the default");
    assert_eq!((c.limits.hard_days, c.hard_limit_days()), (None, 21));
    let _ = today;
}

/// The report counts each rule's breaches in its period, on the day after
/// the deadline; the answers are said in words. Worked out by hand for
/// November 2026 (defaults: escalate 2, resolve 14, log 1, answer 1 working
/// day, invoice touch 3).
#[test]
fn the_report_counts_each_rules_breaches_in_its_period() {
    touchbase::i18n::set_for_thread(touchbase::i18n::Lang::En);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("b.sqlite");
    let mut book = Book::open(&path, Access::CreateIfMissing).expect("book");
    let mut add = |name: &str, tier: Tier| {
        let c = NewClient::build(name, tier, None, Status::Active).expect("client");
        book.add_client(&c, d("2026-01-01")).expect("add").id
    };
    let (comp, money, asker, _key) = (
        add("Comp", Tier::C),
        add("Money", Tier::C),
        add("Asker", Tier::C),
        add("Key", Tier::A),
    );
    let complaint_at = |book: &mut Book, day: &str| {
        let k = NewComplaint {
            at: When::day(d(day)),
            contact: None,
            department: "logistics".into(),
            severity: Severity::Normal,
            summary: format!("late {day}"),
            via: None,
        };
        let id = book.add_complaint(&comp, &k).expect("complaint").id;
        // Answered the same day.
        log(book, &comp, Direction::Outbound, &format!("{day} 12:00"));
        id
    };
    // A: opened 10.11, never escalated: escalation broken 13.11, resolution 25.11.
    complaint_at(&mut book, "2026-11-10");
    // B: opened 20.10, escalated the next day, resolved 10.11: resolution broken 4.11.
    let b = complaint_at(&mut book, "2026-10-20");
    book.escalate_complaint(&b, "QA", "", When::day(d("2026-10-21")))
        .expect("escalate");
    book.resolve_complaint(&b, "refund", When::day(d("2026-11-10")))
        .expect("resolve");
    // C: opened 29.11: its deadlines fall in December.
    complaint_at(&mut book, "2026-11-29");
    // An invoice due 5.11, unpaid and untouched: broken 9.11; one due 20.11
    // paid 22.11, before its 24.11.
    for (number, issued, due) in [
        ("N-1", "2026-10-06", "2026-11-05"),
        ("N-2", "2026-10-21", "2026-11-20"),
    ] {
        book.add_invoice(
            &money,
            &NewInvoice {
                number: number.into(),
                amount_minor: 100_000,
                currency: "RUB".into(),
                issued_on: d(issued),
                due_on: d(due),
            },
        )
        .expect("invoice");
    }
    book.invoice_paid("N-2", d("2026-11-22")).expect("paid");
    // Asked Friday 6.11, answered Tuesday 10.11: two working days, one late.
    // Asked Wednesday 18.11, answered the next day: on time.
    log(&mut book, &asker, Direction::Inbound, "2026-11-06 10:00");
    log(&mut book, &asker, Direction::Outbound, "2026-11-10 10:00");
    log(&mut book, &asker, Direction::Inbound, "2026-11-18 10:00");
    let late = log(&mut book, &asker, Direction::Outbound, "2026-11-19 10:00");
    // Quiet since an order won 1.09 (12 months, a touch every 30 days),
    // untouched until 15.11: the touch owed by 1.10 is missed on 2.10
    // (October), the one owed by 31.10 on 1.11 (November); the call of 15.11
    // keeps the one owed by 30.11.
    let quiet = {
        let c = NewClient::build("Quiet", Tier::C, None, Status::Active).expect("client");
        book.add_client(&c, d("2026-01-01")).expect("quiet").id
    };
    book.add_order(
        &quiet,
        &NewOrder {
            at: When::day(d("2026-09-01")),
            title: "Line 3".into(),
            amount_minor: Some(100_000),
            currency: "RUB".into(),
            status: OrderStatus::Won,
        },
    )
    .expect("order");
    log(&mut book, &quiet, Direction::Outbound, "2026-11-15 10:00");
    // Every touch logged when it happened, but the 19.11 call two days later.
    let raw = rusqlite::Connection::open(&path).expect("raw");
    raw.execute_batch("UPDATE interactions SET logged_at = substr(at, 1, 10) || 'T12:00:00Z'")
        .expect("logged");
    raw.execute(
        "UPDATE interactions SET logged_at = '2026-11-21T09:00:00Z' WHERE id = ?1",
        [&late],
    )
    .expect("late");
    drop(raw);

    let r = book
        .report(d("2026-11-01"), d("2026-11-30"))
        .expect("report");
    let counts: Vec<(&str, u64)> = r
        .rules_broken
        .iter()
        .map(|c| (c.rule, c.breaches))
        .collect();
    assert_eq!(
        counts,
        [
            // Key: tier A, active, no plan at the end of November.
            ("next_step", 1),
            ("escalate_within", 1),
            ("resolve_within", 2),
            ("log_within", 1),
            ("answer_within", 1),
            ("invoice_touch_within", 1),
            ("quiet_every", 1),
        ]
    );
    // October holds B's escalation on time and, of these, only the quiet
    // touch missed on 2.10.
    let october = book
        .report(d("2026-10-01"), d("2026-10-31"))
        .expect("october");
    let broken: Vec<(&str, u64)> = october
        .rules_broken
        .iter()
        .filter(|c| c.rule != "next_step" && c.breaches > 0)
        .map(|c| (c.rule, c.breaches))
        .collect();
    assert_eq!(broken, [("quiet_every", 1)]);
    // Four requests in November (A, C, and the two asked), all answered:
    // waits 0, 0, 4 and 1 days, median half a day.
    assert_eq!(
        r.reaction.in_words(),
        "answered 4 of 4 requests, typically the same day; 0 waiting"
    );
    // A rule turned off is not counted.
    book.set_rule("log_within=0").expect("off");
    let r = book
        .report(d("2026-11-01"), d("2026-11-30"))
        .expect("report");
    assert!(r.rules_broken.iter().all(|c| c.rule != "log_within"));
    touchbase::i18n::set_for_thread(touchbase::i18n::Lang::Ru);
    assert_eq!(
        r.reaction.in_words(),
        "ответили на 4 из 4 обращений, обычно в тот же день; ждут ответа: 0"
    );
}

/// A plan closed on the period's last day counts as closed in that period's
/// report (cancelled, or done), not as open.
#[test]
fn a_plan_closed_on_the_periods_last_day_counts_as_closed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("b.sqlite");
    let mut book = Book::open(&path, Access::CreateIfMissing).expect("book");
    let c = NewClient::build("Alpha", Tier::C, None, Status::Active).expect("client");
    let a = book.add_client(&c, d("2026-01-01")).expect("add").id;
    let plan = |book: &mut Book, due: &str| {
        book.plan(
            &a,
            &NewPlan {
                due: d(due),
                purpose: format!("call {due}"),
                kind: Kind::Call,
            },
        )
        .expect("plan")
        .id
    };
    let cancelled = plan(&mut book, "2026-11-20");
    plan(&mut book, "2026-11-25");
    book.cancel_plan(&cancelled).expect("cancel");
    // Done by the call of 30.11, the period's last day (late: due 25.11).
    log(&mut book, &a, Direction::Outbound, "2026-11-30 10:00");
    let raw = rusqlite::Connection::open(&path).expect("raw");
    raw.execute(
        "UPDATE plans SET closed_at = '2026-11-30T10:00:00Z', created_at = '2026-11-01T09:00:00Z'",
        [],
    )
    .expect("stamps");
    drop(raw);
    let p = book
        .report(d("2026-11-01"), d("2026-11-30"))
        .expect("report")
        .plan;
    assert_eq!(
        (p.due, p.cancelled, p.done_late, p.done_on_time, p.open),
        (2, 1, 1, 0, 0)
    );
    // A period ending the day before sees both still open.
    let p = book
        .report(d("2026-11-01"), d("2026-11-29"))
        .expect("report")
        .plan;
    assert_eq!((p.due, p.cancelled, p.open), (2, 0, 2));
}

/// The report's complaint figures at their boundaries: resolved the day
/// after the period is open at its end; open exactly 14 days is not yet
/// "older than 14 days", 15 is; a department with nothing in the period is
/// not listed.
#[test]
fn complaint_figures_at_the_periods_edges() {
    touchbase::i18n::set_for_thread(touchbase::i18n::Lang::En);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = Book::open(&dir.path().join("b.sqlite"), Access::CreateIfMissing).expect("book");
    let mut add = |name: &str| {
        let c = NewClient::build(name, Tier::C, None, Status::Active).expect("client");
        book.add_client(&c, d("2026-01-01")).expect("add").id
    };
    let (late, fourteen, fifteen, old) = (add("Late"), add("Fourteen"), add("Fifteen"), add("Old"));
    let open = |book: &mut Book, client: &str, day: &str, dept: &str| {
        let k = NewComplaint {
            at: When::day(d(day)),
            contact: None,
            department: dept.into(),
            severity: Severity::Normal,
            summary: format!("{dept} {day}"),
            via: None,
        };
        book.add_complaint(client, &k).expect("complaint").id
    };
    // Resolved on 1.12, the day after the period.
    let k = open(&mut book, &late, "2026-11-25", "logistics");
    book.resolve_complaint(&k, "fixed", When::day(d("2026-12-01")))
        .expect("resolve");
    // Open 14 and 15 days at the end (30.11).
    open(&mut book, &fourteen, "2026-11-16", "logistics");
    open(&mut book, &fifteen, "2026-11-15", "logistics");
    // Opened and resolved in October, in a department of its own.
    let k = open(&mut book, &old, "2026-10-05", "billing");
    book.resolve_complaint(&k, "refund", When::day(d("2026-10-09")))
        .expect("resolve");

    let r = book
        .report(d("2026-11-01"), d("2026-11-30"))
        .expect("report");
    assert_eq!(
        (
            r.complaints.opened,
            r.complaints.resolved,
            r.complaints.open_at_end
        ),
        (3, 0, 3)
    );
    let depts: Vec<&str> = r
        .complaints
        .by_department
        .iter()
        .map(|x| x.department.as_str())
        .collect();
    assert_eq!(depts, ["logistics"], "billing had nothing in November");
    let old_complaint: Vec<&str> = r
        .at_risk
        .iter()
        .filter(|a| {
            a.reasons
                .contains(&touchbase::book::RiskReason::OldComplaint)
        })
        .map(|a| a.client.as_str())
        .collect();
    assert_eq!(old_complaint, ["Fifteen"]);
}

/// The edges of the rules a report counts: a touch on the period's last day
/// logged late counts in that period, and a request asked six weeks before
/// the period, under a rule of 30 working days, breaks inside it.
#[test]
fn rules_broken_at_the_periods_edges() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("b.sqlite");
    let mut book = Book::open(&path, Access::CreateIfMissing).expect("book");
    let c = NewClient::build("Asker", Tier::C, None, Status::Active).expect("client");
    let id = book.add_client(&c, d("2026-01-01")).expect("add").id;
    book.set_rule("log_within=2").expect("rule");
    book.set_rule("answer_within=30").expect("rule");
    let count = |book: &Book, from: &str, to: &str, rule: &str| {
        book.rules_broken(d(from), d(to))
            .expect("rules broken")
            .into_iter()
            .find(|r| r.rule == rule)
            .map(|r| r.breaches)
    };
    // Logged ten days after the call on 31 October (the stamp is the real
    // clock's, so it is set by hand).
    let late = log(&mut book, &id, Direction::Outbound, "2026-10-31 10:00");
    drop(book);
    let raw = rusqlite::Connection::open(&path).expect("raw");
    raw.execute(
        "UPDATE interactions SET logged_at = '2026-11-10 09:00' WHERE id = ?1",
        [&late],
    )
    .expect("stamp");
    drop(raw);
    let mut book = Book::open(&path, Access::Existing).expect("book");
    assert_eq!(
        count(&book, "2026-10-01", "2026-10-31", "log_within"),
        Some(1)
    );
    assert_eq!(
        count(&book, "2026-11-01", "2026-11-30", "log_within"),
        Some(0)
    );
    // Asked Monday 3 August, never answered: the 31st working day after it
    // is Tuesday 15 September.
    log(&mut book, &id, Direction::Inbound, "2026-08-03 10:00");
    assert_eq!(
        count(&book, "2026-09-15", "2026-09-30", "answer_within"),
        Some(1)
    );
    assert_eq!(
        count(&book, "2026-09-01", "2026-09-14", "answer_within"),
        Some(0)
    );
}

/// The quiet-period touches missed in a period, worked out by hand: the
/// clock runs from each won order and restarts at each touch (two on one day
/// are one), an interval ends the day before the next won order, a client
/// whose own quiet period is zero owes nothing, nor does one whose tier owes
/// no touch in its quiet period, and a touch on the period's last day but one
/// keeps its last day clean.
#[test]
fn quiet_touches_missed_in_a_period_counted_by_hand() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = Book::open(&dir.path().join("b.sqlite"), Access::CreateIfMissing).expect("book");
    let mut add = |name: &str, limits: Limits| {
        let mut c = NewClient::build(name, Tier::C, None, Status::Active).expect("client");
        c.limits = limits;
        book.add_client(&c, d("2026-01-01")).expect("add").id
    };
    let every_10 = Limits {
        quiet_months: Some(3),
        quiet_every: Some(10),
        ..Limits::default()
    };
    let (x, y, none) = (
        add("Икс", every_10),
        add("Игрек", every_10),
        add(
            "Без тишины",
            Limits {
                quiet_months: Some(0),
                quiet_every: Some(10),
                ..Limits::default()
            },
        ),
    );
    let won = |book: &mut Book, client: &str, day: &str| {
        book.add_order(
            client,
            &NewOrder {
                at: When::day(d(day)),
                title: format!("won {day}"),
                amount_minor: None,
                currency: "RUB".into(),
                status: OrderStatus::Won,
            },
        )
        .expect("order");
    };
    // X: won 1.03; owed by 11.03, missed on 12.03, but won again on 12.03,
    // which ends the first interval the day before. From 12.03: two calls on
    // 20.03 (one day) move the clock to 30.03, missed 31.03; then 9.04 missed
    // on 10.04; a call on 15.04 moves it to 25.04, missed on 26.04.
    won(&mut book, &x, "2026-03-01");
    won(&mut book, &x, "2026-03-12");
    log(&mut book, &x, Direction::Outbound, "2026-03-20 09:00");
    log(&mut book, &x, Direction::Outbound, "2026-03-20 15:00");
    log(&mut book, &x, Direction::Outbound, "2026-04-15 10:00");
    // Y: won 1.03, called 10.03 and 19.03: the touch owed by 29.03 is kept
    // by a call on the 29th; the period ends on the 30th.
    won(&mut book, &y, "2026-03-01");
    for day in ["2026-03-10", "2026-03-19", "2026-03-29"] {
        log(&mut book, &y, Direction::Outbound, &format!("{day} 10:00"));
    }
    // No quiet period of its own: nothing owed, however long untouched.
    won(&mut book, &none, "2026-03-01");
    // The tier's rule: quiet for six months, but no touch owed in them.
    book.set_rule("quiet_months.C=6").expect("tier months");
    book.set_rule("quiet_every.C=0").expect("tier every");
    let by_rule = {
        let c = NewClient::build("По правилу", Tier::C, None, Status::Active).expect("client");
        book.add_client(&c, d("2026-01-01")).expect("add").id
    };
    won(&mut book, &by_rule, "2026-03-01");
    let quiet = |book: &Book, from: &str, to: &str| {
        book.rules_broken(d(from), d(to))
            .expect("rules")
            .into_iter()
            .find(|r| r.rule == "quiet_every")
            .map(|r| r.breaches)
    };
    assert_eq!(quiet(&book, "2026-03-01", "2026-03-30"), Some(0));
    assert_eq!(quiet(&book, "2026-03-01", "2026-03-31"), Some(1));
    // In April Y goes untouched after the 29th of March: missed on 9.04,
    // 19.04 and 29.04; X on 10.04 and 26.04.
    assert_eq!(quiet(&book, "2026-03-01", "2026-04-30"), Some(6));
    assert_eq!(quiet(&book, "2026-04-11", "2026-04-30"), Some(3));
    // Month by month, the same breaches, each in the month of its day; in
    // July every quiet period is over (X's three months from 12.03 end on
    // 12.06), so nothing is owed however long untouched.
    let months = [
        ("2026-03-01", "2026-03-31"),
        ("2026-04-01", "2026-04-30"),
        ("2026-05-01", "2026-05-31"),
        ("2026-06-01", "2026-06-30"),
        ("2026-07-01", "2026-07-31"),
    ];
    let each: Vec<u64> = months
        .iter()
        .map(|(from, to)| quiet(&book, from, to).expect("counted"))
        .collect();
    assert_eq!(each[4], 0, "{each:?}");
    assert!(each[2] > 0 && each[3] > 0, "{each:?}");
    assert_eq!(
        quiet(&book, "2026-03-01", "2026-07-31"),
        Some(each.iter().sum())
    );
}

/// The touch owed on an overdue invoice, counted by hand for November with
/// three days to make it: the day after the due date starts the clock, a
/// touch on the day it runs out is late, a payment on that day is too, and
/// a deadline missed before the period belongs to the period before.
#[test]
fn the_touch_owed_on_an_overdue_invoice_counted_by_hand() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = Book::open(&dir.path().join("b.sqlite"), Access::CreateIfMissing).expect("book");
    book.set_rule("invoice_touch_within=3").expect("rule");
    let mut add = |name: &str| {
        let c = NewClient::build(name, Tier::C, None, Status::Active).expect("client");
        book.add_client(&c, d("2026-01-01")).expect("add").id
    };
    let (before, in_time, late, later, paid) = (
        add("Раньше"),
        add("Вовремя"),
        add("Поздно"),
        add("Позже"),
        add("Оплата"),
    );
    let invoice = |book: &mut Book, client: &str, number: &str, due: &str| {
        book.add_invoice(
            client,
            &NewInvoice {
                number: number.into(),
                amount_minor: 50_000,
                currency: "RUB".into(),
                issued_on: d("2026-10-01"),
                due_on: d(due),
            },
        )
        .expect("invoice");
    };
    // Due 20.10: owed by 23.10, missed on 24.10, in October.
    invoice(&mut book, &before, "A-1", "2026-10-20");
    // Due 5.11, owed by 8.11: a call on the 8th is in time; one on the 9th,
    // the day it is missed, is late, and so is one on the 20th.
    invoice(&mut book, &in_time, "B-1", "2026-11-05");
    log(&mut book, &in_time, Direction::Outbound, "2026-11-08 17:00");
    invoice(&mut book, &late, "C-1", "2026-11-05");
    log(&mut book, &late, Direction::Outbound, "2026-11-09 09:00");
    invoice(&mut book, &later, "C-2", "2026-11-05");
    log(&mut book, &later, Direction::Outbound, "2026-11-20 09:00");
    // Due 10.11, missed on 14.11: paid on the 14th, still unpaid that day;
    // paid on the 13th, nothing owed.
    invoice(&mut book, &paid, "D-1", "2026-11-10");
    invoice(&mut book, &paid, "D-2", "2026-11-10");
    book.invoice_paid("D-1", d("2026-11-14")).expect("paid");
    book.invoice_paid("D-2", d("2026-11-13")).expect("paid");
    let owed = |book: &Book, from: &str, to: &str| {
        book.rules_broken(d(from), d(to))
            .expect("rules")
            .into_iter()
            .find(|r| r.rule == "invoice_touch_within")
            .map(|r| r.breaches)
    };
    assert_eq!(owed(&book, "2026-11-01", "2026-11-30"), Some(3));
    assert_eq!(owed(&book, "2026-10-01", "2026-10-31"), Some(1));
    assert_eq!(owed(&book, "2026-11-10", "2026-11-30"), Some(1));
}
