//! Complaints, orders, invoices, the agenda and the report on a small
//! hand-made book whose right answers are written here, worked out by hand.

use chrono::NaiveDate;
use std::path::Path;
use touchbase::book::{Access, Book};
use touchbase::dates::When;
use touchbase::domain::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

fn at(s: &str) -> When {
    When::from_stored(s).expect("moment")
}

fn entry(kind: Kind, dir: Direction, when: &str) -> NewInteraction {
    NewInteraction {
        kind,
        direction: dir,
        at: at(when),
        contact: None,
        summary: format!("{kind} {when}"),
        details: String::new(),
    }
}

fn plan(book: &mut Book, client: &str, due: &str) -> String {
    book.plan(
        client,
        &NewPlan {
            due: d(due),
            purpose: format!("due {due}"),
            kind: Kind::Call,
        },
    )
    .expect("plan")
    .id
}

fn complaint(book: &mut Book, client: &str, when: &str, dept: &str) -> String {
    let new = NewComplaint {
        at: at(when),
        contact: None,
        department: dept.into(),
        severity: Severity::Normal,
        summary: format!("late, {when}"),
        via: None,
    };
    book.add_complaint(client, &new).expect("complaint").id
}

fn order(
    book: &mut Book,
    client: &str,
    when: &str,
    minor: i64,
    currency: &str,
    status: OrderStatus,
) {
    let new = NewOrder {
        at: at(when),
        title: "order".into(),
        amount_minor: Some(minor),
        currency: currency.into(),
        status,
    };
    book.add_order(client, &new).expect("order");
}

fn invoice(
    book: &mut Book,
    client: &str,
    number: &str,
    minor: i64,
    currency: &str,
    issued: &str,
    due: &str,
) {
    let new = NewInvoice {
        number: number.into(),
        amount_minor: minor,
        currency: currency.into(),
        issued_on: d(issued),
        due_on: d(due),
    };
    book.add_invoice(client, &new).expect("invoice");
}

/// The book described in the comments of `the_report_matches_the_hand_count`.
fn hand_made(path: &Path) -> Book {
    use Direction::*;
    let mut book = Book::open(path, Access::CreateIfMissing).expect("book");
    let mut add = |name: &str, tier: Tier, status: Status, created: &str| {
        let c = NewClient::build(name, tier, None, status).expect("client");
        book.add_client(&c, d(created)).expect("add").id
    };
    let alpha = add("Alpha", Tier::A, Status::Active, "2026-01-01");
    let beta = add("Beta", Tier::B, Status::Active, "2026-01-01");
    let gamma = add("Gamma", Tier::A, Status::Active, "2026-01-01");
    let delta = add("Delta", Tier::C, Status::Active, "2026-01-01");
    add("Epsilon", Tier::B, Status::Paused, "2026-01-01");
    add("Zeta", Tier::C, Status::Prospect, "2026-11-15");

    let alpha_late = plan(&mut book, &alpha, "2026-11-05");
    let beta_on_time = plan(&mut book, &beta, "2026-11-12");
    plan(&mut book, &gamma, "2026-11-20");
    let delta_cancelled = plan(&mut book, &delta, "2026-11-15");
    plan(&mut book, &alpha, "2026-12-05");
    book.cancel_plan(&delta_cancelled).expect("cancel");

    for (client, kind, dir, when) in [
        (&gamma, Kind::Call, Outbound, "2026-10-01"),
        (&beta, Kind::Call, Outbound, "2026-10-15"),
        (&alpha, Kind::Call, Outbound, "2026-11-03"),
        (&beta, Kind::Email, Inbound, "2026-11-05"),
        (&alpha, Kind::Email, Outbound, "2026-11-10"),
        (&beta, Kind::Call, Outbound, "2026-11-12"),
        (&alpha, Kind::Call, Inbound, "2026-11-20 10:00"),
        (&alpha, Kind::Call, Outbound, "2026-11-22"),
        (&delta, Kind::Call, Inbound, "2026-11-28"),
        (&alpha, Kind::Note, Outbound, "2026-11-23"),
    ] {
        book.log(client, &entry(kind, dir, when), None)
            .expect("log");
    }
    assert_eq!(
        book.plan_by_id(&alpha_late).expect("plan").status,
        PlanStatus::Done
    );
    assert_eq!(
        book.plan_by_id(&beta_on_time).expect("plan").status,
        PlanStatus::Done
    );

    let gamma_k = complaint(&mut book, &gamma, "2026-11-02", "logistics");
    book.escalate_complaint(&gamma_k, "Ivanov, warehouse", "urgent", at("2026-11-04"))
        .expect("escalate");
    book.resolve_complaint(&gamma_k, "redelivered at our cost", at("2026-11-09"))
        .expect("resolve");
    complaint(&mut book, &alpha, "2026-10-10", "Accounting");
    complaint(&mut book, &beta, "2026-11-25", "Logistics");

    order(
        &mut book,
        &alpha,
        "2026-10-20",
        999_900,
        "RUB",
        OrderStatus::Won,
    );
    order(
        &mut book,
        &alpha,
        "2026-11-10",
        10_000_000,
        "RUB",
        OrderStatus::Won,
    );
    order(
        &mut book,
        &beta,
        "2026-11-15",
        5_000_000,
        "RUB",
        OrderStatus::Lost,
    );
    order(
        &mut book,
        &alpha,
        "2026-11-20",
        100_000,
        "EUR",
        OrderStatus::InProgress,
    );

    invoice(
        &mut book,
        &alpha,
        "A-1",
        30_000_000,
        "RUB",
        "2026-10-01",
        "2026-10-31",
    );
    invoice(
        &mut book,
        &beta,
        "B-1",
        1_000_000,
        "RUB",
        "2026-10-01",
        "2026-11-15",
    );
    book.invoice_paid("B-1", d("2026-11-20")).expect("paid");
    invoice(
        &mut book,
        &delta,
        "D-1",
        500_000,
        "RUB",
        "2026-11-01",
        "2026-12-15",
    );
    invoice(
        &mut book,
        &gamma,
        "G-1",
        2_000_000,
        "EUR",
        "2026-11-01",
        "2026-11-29",
    );
    book
}

#[test]
fn the_report_matches_the_hand_count() {
    let dir = tempfile::tempdir().expect("tempdir");
    let book = hand_made(&dir.path().join("book.sqlite"));
    let r = book
        .report(d("2026-11-01"), d("2026-11-30"))
        .expect("report");
    assert_eq!(r.period.days, 30);

    // Touches in November: Alpha 4 (the note is no touch), Beta 2, Delta 1.
    assert_eq!(r.touches.total, 7);
    assert_eq!(r.touches.by_kind["call"], 5);
    assert_eq!(r.touches.by_kind["email"], 2);
    assert_eq!(r.touches.by_kind["visit"], 0);
    let weeks: Vec<(String, u64)> = r
        .touches
        .per_week
        .iter()
        .map(|w| (w.week_start.to_string(), w.touches))
        .collect();
    let expected = [
        ("2026-10-26", 0),
        ("2026-11-02", 2),
        ("2026-11-09", 2),
        ("2026-11-16", 2),
        ("2026-11-23", 1),
        ("2026-11-30", 0),
    ];
    assert_eq!(weeks, expected.map(|(w, n)| (w.to_string(), n)));

    // Active: Alpha, Beta, Gamma, Delta. Gamma was last touched 1 Oct (60 days > 14).
    assert_eq!(
        (
            r.clients.active,
            r.clients.touched,
            r.clients.untouched_at_end,
            r.clients.covered
        ),
        (4, 3, 1, 3)
    );
    assert!((r.clients.coverage - 0.75).abs() < 1e-9);

    // Inbound: Beta's email (answered in 7 days), Alpha's call (2 days), Delta's call,
    // Gamma's and Beta's complaints (no outbound touch after them).
    assert_eq!(
        (
            r.reaction.inbound,
            r.reaction.answered,
            r.reaction.unanswered.len()
        ),
        (5, 2, 3)
    );
    assert_eq!(r.reaction.median_days, Some(4.5));
    assert_eq!(r.reaction.worst_days, Some(7));

    // Plans due in November: Alpha's done late (due 5th, done 10th), Beta's on time,
    // Gamma's open, Delta's cancelled.
    let p = &r.plan;
    assert_eq!(
        (p.due, p.done_on_time, p.done_late, p.open, p.cancelled),
        (4, 1, 1, 1, 1)
    );

    let o = &r.orders;
    assert_eq!((o.count, o.won, o.lost, o.in_progress), (3, 1, 1, 1));
    assert_eq!(o.sum_by_currency["RUB"], 150_000.0);
    assert_eq!(o.sum_by_currency["EUR"], 1_000.0);
    assert_eq!(o.won_by_currency.get("RUB"), Some(&100_000.0));
    assert_eq!(o.won_by_currency.get("EUR"), None);

    let k = &r.complaints;
    assert_eq!((k.opened, k.resolved, k.open_at_end), (2, 1, 2));
    assert_eq!(k.median_days_to_resolution, Some(7.0));
    let depts: Vec<(String, u64, u64, u64)> = k
        .by_department
        .iter()
        .map(|d| {
            (
                d.department.to_lowercase(),
                d.opened,
                d.resolved,
                d.open_at_end,
            )
        })
        .collect();
    assert_eq!(
        depts,
        vec![
            ("accounting".to_string(), 0, 0, 1),
            ("logistics".to_string(), 2, 1, 1)
        ]
    );

    assert_eq!(r.receivables.overdue_count, 2);
    assert_eq!(r.receivables.overdue_by_currency["RUB"], 300_000.0);
    assert_eq!(r.receivables.overdue_by_currency["EUR"], 20_000.0);

    let risk: Vec<(String, Vec<String>)> = r
        .at_risk
        .iter()
        .map(|a| {
            (
                a.client.clone(),
                a.reasons.iter().map(|x| x.label(a.tier)).collect(),
            )
        })
        .collect();
    assert_eq!(
        risk,
        vec![
            (
                "Alpha".to_string(),
                vec![
                    "an open complaint older than 14 days".to_string(),
                    "overdue receivables".to_string()
                ]
            ),
            (
                "Gamma".to_string(),
                vec![
                    "tier A untouched for 60 days (cadence 14)".to_string(),
                    "overdue receivables".to_string()
                ]
            ),
        ]
    );
    let most: Vec<(&str, u64)> = r
        .activity
        .most
        .iter()
        .map(|c| (c.client.as_str(), c.touches))
        .collect();
    assert_eq!(most, vec![("Alpha", 4), ("Beta", 2), ("Delta", 1)]);
    let least: Vec<(&str, u64)> = r
        .activity
        .least
        .iter()
        .map(|c| (c.client.as_str(), c.touches))
        .collect();
    assert_eq!(
        least,
        vec![("Gamma", 0), ("Delta", 1), ("Beta", 2), ("Alpha", 4)]
    );
}

#[test]
fn complaints_move_to_resolution_on_the_timeline() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = hand_made(&dir.path().join("book.sqlite"));
    let open = book.complaints(true, None).expect("list");
    let opened: Vec<&str> = open.iter().map(|k| k.opened_at.as_str()).collect();
    assert_eq!(
        opened,
        vec!["2026-10-10", "2026-11-25"],
        "oldest first, resolved ones left out"
    );
    assert_eq!(open[0].age_days(d("2026-11-30")), Some(51));
    assert_eq!(
        book.complaints(false, Some("LOGISTICS"))
            .expect("list")
            .len(),
        2
    );
    let gamma = book.find_client("gamma").expect("client");
    let steps: Vec<String> = book
        .whole_timeline(&gamma.id)
        .expect("timeline")
        .into_iter()
        .filter(|e| matches!(e.kind, Kind::Complaint | Kind::Internal))
        .map(|e| e.shown_summary())
        // Gamma's invoice G-1 is on the timeline too; these are the complaint's.
        .filter(|s| s.starts_with("Complaint"))
        .collect();
    assert_eq!(
        steps,
        vec![
            "Complaint resolved: redelivered at our cost",
            "Complaint escalated to Ivanov, warehouse: late, 2026-11-02",
            "Complaint (logistics, normal): late, 2026-11-02",
        ]
    );
    let resolved = book
        .complaints(false, Some("logistics"))
        .expect("list")
        .into_iter()
        .find(|k| k.client == "Gamma")
        .expect("gamma");
    assert_eq!(resolved.status, ComplaintStatus::Resolved);
    let err = book
        .resolve_complaint(&resolved.id, "again", at("2026-11-10"))
        .expect_err("already resolved");
    assert!(
        err.to_string()
            .contains("a complaint that is not resolved yet"),
        "{err}"
    );
    let beta_k = &open[1];
    let err = book
        .escalate_complaint(&beta_k.id, "x", "", at("2026-11-01"))
        .expect_err("before it was opened");
    assert!(
        err.to_string()
            .starts_with("at: '2026-11-01' is not accepted"),
        "{err}"
    );
    assert_eq!(
        book.departments().expect("departments")[0].to_lowercase(),
        "logistics"
    );
}

/// A department is matched in any case and script (SQLite folds ASCII
/// only), the first page is the oldest complaints, and the departments
/// offered for completion count spellings that differ in case or ё as one.
#[test]
fn complaints_by_a_cyrillic_department_in_pages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book =
        Book::open(&dir.path().join("book.sqlite"), Access::CreateIfMissing).expect("book");
    let c = NewClient::build("ООО «Ёлка»", Tier::A, None, Status::Active).expect("client");
    let id = book.add_client(&c, d("2026-01-01")).expect("add").id;
    complaint(&mut book, &id, "2026-11-03", "Склад");
    complaint(&mut book, &id, "2026-11-01", "СКЛАД");
    complaint(&mut book, &id, "2026-11-02", "Логистика");
    complaint(&mut book, &id, "2026-11-04", "склад");
    let opened =
        |list: Vec<Complaint>| -> Vec<String> { list.into_iter().map(|k| k.opened_at).collect() };
    assert_eq!(
        opened(book.complaints(true, Some("склад")).expect("list")),
        ["2026-11-01", "2026-11-03", "2026-11-04"]
    );
    assert_eq!(
        opened(book.complaints_first(true, Some("СКЛАД"), 2).expect("list")),
        ["2026-11-01", "2026-11-03"],
        "the page is the oldest of the department, not the oldest two of all"
    );
    assert_eq!(
        opened(book.complaints_first(false, None, 2).expect("list")),
        ["2026-11-01", "2026-11-02"]
    );
    assert!(
        book.complaints_first(true, Some("Склады"), 10)
            .expect("list")
            .is_empty()
    );
    assert_eq!(book.count_open_complaints().expect("count"), 4);
    // Three spellings of one department, used most; the latest spelling shown.
    assert_eq!(
        book.departments().expect("departments"),
        ["склад", "Логистика"]
    );
}

#[test]
fn invoices_and_the_agenda() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = hand_made(&dir.path().join("book.sqlite"));
    let today = d("2026-11-30");
    let overdue: Vec<(String, Option<i64>)> = book
        .invoices(true, today, None)
        .expect("list")
        .into_iter()
        .map(|i| (i.number.clone(), i.overdue_days(today)))
        .collect();
    assert_eq!(
        overdue,
        vec![("A-1".to_string(), Some(30)), ("G-1".to_string(), Some(1))]
    );
    let dup = NewInvoice {
        number: "A-1".into(),
        amount_minor: 1,
        currency: "RUB".into(),
        issued_on: today,
        due_on: today,
    };
    let alpha = book.find_client("alpha").expect("client").id;
    assert!(
        book.add_invoice(&alpha, &dup)
            .expect_err("duplicate")
            .to_string()
            .starts_with("number: 'A-1' is not accepted")
    );
    assert!(book.invoice_paid("B-1", today).is_err(), "paid twice");

    // Open plans: Gamma's (20 Nov, overdue) and Alpha's (5 Dec); with --all, the done and cancelled ones too.
    let open: Vec<String> = book
        .agenda(today, 30, false, 100)
        .expect("agenda")
        .into_iter()
        .map(|i| format!("{} {}", i.plan.due, i.client))
        .collect();
    assert_eq!(open, vec!["2026-11-20 Gamma", "2026-12-05 Alpha"]);
    assert_eq!(book.agenda(today, 30, true, 100).expect("agenda").len(), 5);
    assert_eq!(
        book.agenda(today, 3, false, 100).expect("agenda").len(),
        1,
        "5 Dec is beyond three days"
    );
}

/// The boundaries of coverage: a client touched exactly one cadence before
/// the period's end is covered and not untouched; one day more and it is
/// neither. A plan done on its due day is done on time; a day later, late.
#[test]
fn coverage_and_plans_at_their_boundaries() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book =
        Book::open(&dir.path().join("book.sqlite"), Access::CreateIfMissing).expect("book");
    let mut add = |name: &str| {
        let c = NewClient::build(name, Tier::B, Some(30), Status::Active).expect("client");
        book.add_client(&c, d("2026-01-01")).expect("add").id
    };
    let (exactly, one_more, on_due, late) =
        (add("Exactly"), add("OneMore"), add("OnDue"), add("Late"));
    plan(&mut book, &on_due, "2026-11-10");
    plan(&mut book, &late, "2026-11-10");
    for (client, when) in [
        (&exactly, "2026-10-31"),
        (&one_more, "2026-10-30"),
        (&on_due, "2026-11-10"),
        (&late, "2026-11-11"),
    ] {
        book.log(client, &entry(Kind::Call, Direction::Outbound, when), None)
            .expect("log");
    }
    let r = book
        .report(d("2026-11-01"), d("2026-11-30"))
        .expect("report");
    assert_eq!(
        (r.plan.due, r.plan.done_on_time, r.plan.done_late),
        (2, 1, 1)
    );
    // 30 days before 30 Nov is 31 Oct.
    assert_eq!(
        (
            r.clients.active,
            r.clients.covered,
            r.clients.untouched_at_end
        ),
        (4, 3, 1)
    );
}

/// A past period's report shows the book as it stood at the period's end:
/// a plan due in January and done in March was still open at January's end.
#[test]
fn a_past_periods_plans_are_counted_as_they_stood_at_its_end() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = Book::open(&dir.path().join("b.sqlite"), Access::CreateIfMissing).expect("book");
    let c = NewClient::build("Acme", Tier::A, None, Status::Active).expect("client");
    let acme = book.add_client(&c, d("2025-12-01")).expect("add").id;
    plan(&mut book, &acme, "2026-01-10");
    let cancelled = plan(&mut book, &acme, "2026-01-20");
    // Cancelled today (after both periods), then a touch in March.
    book.cancel_plan(&cancelled).expect("cancel");
    book.log(
        &acme,
        &entry(Kind::Call, Direction::Outbound, "2026-03-05"),
        None,
    )
    .expect("log");
    let january = book
        .report(d("2026-01-01"), d("2026-01-31"))
        .expect("report")
        .plan;
    // Done in March and cancelled now (after January): both open at January's end.
    assert_eq!(
        (
            january.due,
            january.open,
            january.done_late,
            january.cancelled
        ),
        (2, 2, 0, 0)
    );
    let to_march = book
        .report(d("2026-01-01"), d("2026-03-31"))
        .expect("report")
        .plan;
    assert_eq!((to_march.due, to_march.done_late, to_march.open), (2, 1, 1));
}

/// The reaction as the first version worked it out, one lookup per request:
/// the oracle for the merge of the two time-ordered streams. Returns
/// (answered waits in days, unanswered requests as (client id, moment)).
fn reaction_by_lookup(path: &Path, lo: &str, hi: &str) -> (Vec<i64>, Vec<(String, String)>) {
    let conn = rusqlite::Connection::open(path).expect("open");
    let mut stmt = conn
        .prepare(
            "SELECT i.client_id, i.at,
                    (SELECT o.at FROM interactions o
                      WHERE o.client_id = i.client_id AND o.deleted_at IS NULL AND o.direction = 'outbound'
                        AND o.kind IN ('call', 'meeting', 'visit', 'email', 'message') AND o.at >= i.at AND o.at < ?2
                      ORDER BY o.at LIMIT 1)
             FROM interactions i
             WHERE i.at >= ?1 AND i.at < ?2 AND i.deleted_at IS NULL AND i.direction = 'inbound'
               AND i.kind IN ('call', 'meeting', 'visit', 'email', 'message', 'complaint')
             ORDER BY i.at, i.seq",
        )
        .expect("prepare");
    let mut waits = Vec::new();
    let mut open = Vec::new();
    let rows = stmt
        .query_map([lo, hi], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })
        .expect("query");
    for row in rows {
        let (client, asked, answered) = row.expect("row");
        match answered {
            Some(a) => waits.push((d(&a[..10]) - d(&asked[..10])).num_days()),
            None => open.push((client, asked)),
        }
    }
    (waits, open)
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(32))]
    /// Requests and answers of a few clients at random moments (whole days
    /// and hours, the same moment twice, entries deleted, notes that answer
    /// nothing): the report's reaction is what a lookup per request finds.
    #[test]
    fn the_reaction_is_what_a_lookup_per_request_finds(
        entries in proptest::collection::vec(
            (0usize..3, 0usize..4, proptest::bool::ANY, 0u32..16, proptest::option::of(9u32..11), proptest::bool::weighted(0.15)),
            1..40,
        ),
        first in 0u32..5,
    ) {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("book.sqlite");
        let mut book = Book::open(&path, Access::CreateIfMissing).expect("book");
        let clients: Vec<String> = ["Альфа", "Beta", "Гамма"]
            .iter()
            .map(|n| {
                let c = NewClient::build(n, Tier::A, None, Status::Active).expect("client");
                book.add_client(&c, d("2026-01-01")).expect("add").id
            })
            .collect();
        let kinds = [Kind::Call, Kind::Email, Kind::Note, Kind::Complaint];
        for (client, kind, inbound, day, hour, deleted) in entries {
            let when = match hour {
                Some(h) => format!("2026-03-{:02} {h:02}:00", day / 2 + 1),
                None => format!("2026-03-{:02}", day / 2 + 1),
            };
            let dir = if inbound { Direction::Inbound } else { Direction::Outbound };
            let kind = kinds[kind];
            if kind == Kind::Complaint {
                // A complaint is recorded as one, always from the client.
                complaint(&mut book, &clients[client], &when, "Склад");
                continue;
            }
            let id = book.log(&clients[client], &entry(kind, dir, &when), None).expect("log").id;
            if deleted {
                book.delete_entry(&id).expect("delete");
            }
        }
        let (from, to) = (d("2026-03-01") + chrono::Days::new(first.into()), d("2026-03-15"));
        let r = book.report(from, to).expect("report");
        let (waits, open) = reaction_by_lookup(&path, &from.to_string(), "2026-03-16");
        proptest::prop_assert_eq!(r.reaction.inbound as usize, waits.len() + open.len());
        proptest::prop_assert_eq!(r.reaction.answered as usize, waits.len());
        proptest::prop_assert_eq!(r.reaction.worst_days, waits.iter().copied().max());
        let mut sorted = waits.clone();
        sorted.sort_unstable();
        let median = (!sorted.is_empty()).then(|| {
            let n = sorted.len();
            (sorted[(n - 1) / 2] + sorted[n / 2]) as f64 / 2.0
        });
        proptest::prop_assert_eq!(r.reaction.median_days, median);
        // In time order; requests of the same moment in either order.
        let mut got: Vec<(String, String)> = r
            .reaction
            .unanswered
            .iter()
            .map(|u| (u.client_id.clone(), u.at.clone()))
            .collect();
        proptest::prop_assert!(got.windows(2).all(|w| w[0].1 <= w[1].1));
        got.sort();
        let mut open = open;
        open.sort();
        proptest::prop_assert_eq!(got, open);
    }
}

/// A department whose only complaint was opened before the period and
/// resolved in it is listed, with its one resolution; a paused or lost
/// client is not at risk, whatever it has open (an old complaint, an
/// overdue invoice), while an active one with the same is.
#[test]
fn a_resolution_alone_lists_its_department_and_paused_clients_are_not_at_risk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book =
        Book::open(&dir.path().join("book.sqlite"), Access::CreateIfMissing).expect("book");
    let mut add = |name: &str, status: Status| {
        let c = NewClient::build(name, Tier::A, None, status).expect("client");
        book.add_client(&c, d("2026-01-01")).expect("add").id
    };
    let active = add("Альфа", Status::Active);
    let paused = add("Бета", Status::Paused);
    let lost = add("Гамма", Status::Lost);
    let old = complaint(&mut book, &active, "2026-10-20", "Склад");
    book.resolve_complaint(&old, "Довезли", at("2026-11-10"))
        .expect("resolve");
    for (id, n) in [(&active, "1"), (&paused, "2"), (&lost, "3")] {
        complaint(&mut book, id, "2026-10-01", "Логистика");
        invoice(&mut book, id, n, 10_000, "RUB", "2026-09-01", "2026-10-01");
    }
    let r = book
        .report(d("2026-11-01"), d("2026-11-30"))
        .expect("report");
    let store = r
        .complaints
        .by_department
        .iter()
        .find(|x| x.department == "Склад")
        .expect("a department with a resolution only is listed");
    assert_eq!((store.opened, store.resolved, store.open_at_end), (0, 1, 0));
    let at_risk: Vec<&str> = r.at_risk.iter().map(|a| a.client.as_str()).collect();
    assert_eq!(at_risk, ["Альфа"]);
}

/// Receivables overdue at a period's end are the unpaid ones past due and
/// those paid only after the end: B-1, due 15 November and paid on the
/// 20th, is owed at the end of the 17th and not at the end of the 20th.
#[test]
fn an_invoice_paid_after_the_period_is_owed_at_its_end() {
    let dir = tempfile::tempdir().expect("tempdir");
    let book = hand_made(&dir.path().join("book.sqlite"));
    let r = book
        .report(d("2026-11-01"), d("2026-11-17"))
        .expect("report");
    assert_eq!(r.receivables.overdue_count, 2);
    assert_eq!(r.receivables.overdue_by_currency["RUB"], 310_000.0);
    assert!(!r.receivables.overdue_by_currency.contains_key("EUR"));
    let r = book
        .report(d("2026-11-01"), d("2026-11-20"))
        .expect("report");
    assert_eq!(r.receivables.overdue_count, 1);
    assert_eq!(r.receivables.overdue_by_currency["RUB"], 300_000.0);
}
