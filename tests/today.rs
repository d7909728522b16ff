//! Today's list on a small hand-made book whose right order and reasons are
//! worked out by hand in the comments (the weights are in `book::today`).

use chrono::NaiveDate;
use touchbase::book::today::Reason;
use touchbase::book::{Access, Book};
use touchbase::dates::When;
use touchbase::domain::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

fn touch(book: &mut Book, client: &str, dir: Direction, when: &str) {
    let e = NewInteraction {
        kind: Kind::Call,
        direction: dir,
        at: When::from_stored(when).expect("when"),
        contact: None,
        summary: format!("call {when}"),
        details: String::new(),
    };
    book.log(client, &e, None).expect("log");
}

#[test]
fn the_rank_weighs_tier_money_and_how_late_and_says_why() {
    touchbase::i18n::set_for_thread(touchbase::i18n::Lang::En);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = Book::open(&dir.path().join("b.sqlite"), Access::CreateIfMissing).expect("book");
    let today = d("2026-11-28");
    let mut add = |name: &str, tier: Tier| {
        let c = NewClient::build(name, tier, None, Status::Active).expect("client");
        book.add_client(&c, d("2026-01-01")).expect("add").id
    };
    let calm = add("Calm", Tier::C);
    let angry = add("Angry", Tier::A);
    let late = add("Late", Tier::B);
    let planned = add("Planned", Tier::C);
    let asked = add("Asked", Tier::B);
    let fine = add("Fine", Tier::A);
    let paused = add("Paused", Tier::A);
    use Direction::*;
    // Calm (C, every 60 days): touched 70 days ago, 10 days past the soft
    // limit, not the hard one (90): 1 × 10 × 10/60 = 1.7.
    touch(&mut book, &calm, Outbound, "2026-09-19");
    // Angry (A): touched 5 days ago; a complaint 45 days old (15 + 22.5) and
    // 1 150 000 RUB 30 days overdue (10 + 15 + 3 × log10(1 150 000) = 43.18);
    // rules broken: no next step (5), the complaint not escalated within 2
    // days (43 over: 5 + 10) nor resolved within 14 (31 over: 5 + 10); the
    // invoice was touched after its due day: 3 × 115.68 = 347.0.
    touch(&mut book, &angry, Outbound, "2026-11-23");
    book.add_complaint(
        &angry,
        &NewComplaint {
            at: When::day(d("2026-10-14")),
            contact: None,
            department: "logistics".into(),
            severity: Severity::High,
            summary: "Late again".into(),
            via: None,
        },
    )
    .expect("complaint");
    book.add_invoice(
        &angry,
        &NewInvoice {
            number: "2026-121".into(),
            amount_minor: 115_000_000,
            currency: "RUB".into(),
            issued_on: d("2026-09-29"),
            due_on: d("2026-10-29"),
        },
    )
    .expect("invoice");
    // Late (B, every 30): touched 50 days ago, past the hard limit (45), no
    // next step: 2 × (10 × 20/30 + 20 + 5) = 63.3.
    touch(&mut book, &late, Outbound, "2026-10-09");
    // Asked (B): called us on Thursday, no answer yet (one working day, within
    // the rule), no next step: 2 × (20 + 3 × 2 + 5) = 62.
    touch(&mut book, &asked, Inbound, "2026-11-26");
    // Planned (C): touched a week ago, a call planned 3 days ago: 1 × (10 + 6) = 16.
    touch(&mut book, &planned, Outbound, "2026-11-21");
    book.plan(
        &planned,
        &NewPlan {
            due: d("2026-11-25"),
            purpose: "Quarterly volumes".into(),
            kind: Kind::Call,
        },
    )
    .expect("plan");
    // Fine (A) touched yesterday, but no next step: 3 × 5 = 15. Paused (A)
    // is past its cadence, but paused.
    touch(&mut book, &fine, Outbound, "2026-11-27");
    touch(&mut book, &paused, Outbound, "2026-01-02");
    book.edit_client(
        &paused,
        &ClientPatch {
            status: Some(Status::Paused),
            ..Default::default()
        },
    )
    .expect("pause");

    let rows = book.today(today).expect("today");
    let got: Vec<(&str, f64, String)> = rows
        .iter()
        .map(|r| (r.client.as_str(), r.score, r.reasons_text()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "Angry",
                347.0,
                "A · complaint 45 d · 1,150,000 RUB overdue 30 d · no next step planned · \
                 complaint not escalated, 43 d late · complaint not resolved, 31 d late"
                    .to_string()
            ),
            (
                "Late",
                63.3,
                "B · +20 d past cadence, slipping · no next step planned".to_string()
            ),
            (
                "Asked",
                62.0,
                "B · request waiting 2 d · no next step planned".to_string()
            ),
            (
                "Planned",
                16.0,
                "C · call 3 d late: Quarterly volumes".to_string()
            ),
            ("Fine", 15.0, "A · no next step planned".to_string()),
            ("Calm", 1.7, "C · +10 d past cadence".to_string()),
        ]
    );
    // The last thing said with each client comes along.
    assert_eq!(
        rows[2].last.as_ref().map(|l| l.summary.as_str()),
        Some("call 2026-11-26")
    );
    // Answering the request takes it off the list; a touch on the planned
    // day fulfils the plan.
    touch(&mut book, &asked, Outbound, "2026-11-28 10:00");
    touch(&mut book, &planned, Outbound, "2026-11-28 11:00");
    let names: Vec<String> = book
        .today(today)
        .expect("today")
        .into_iter()
        .map(|r| r.client)
        .collect();
    assert_eq!(names, ["Angry", "Late", "Fine", "Asked", "Calm"]);
    // Escalated past its "by when", the complaint weighs 20 more.
    let k = book.complaints(true, None).expect("complaints")[0]
        .id
        .clone();
    book.escalate_complaint_by(
        &k,
        "Head of logistics",
        "",
        When::day(d("2026-11-20")),
        Some(d("2026-11-25")),
    )
    .expect("escalate");
    let rows = book.today(today).expect("today");
    assert!(matches!(
        rows[0].reasons[0],
        Reason::Complaint {
            escalation_late_days: Some(3),
            ..
        }
    ));
    assert_eq!(rows[0].score, 362.0);
    // The weights live in the book: a department that cares most for its
    // C clients weighs them 1000.
    assert_eq!(
        book.set_today_weight("tier_c=1000").expect("set"),
        ("tier_c", 1000.0)
    );
    let first = book.today(today).expect("today").remove(0);
    assert_eq!((first.client.as_str(), first.score), ("Calm", 1666.7));
    for bad in ["tier_c=-1", "tier_c=x", "tier_d=1", "tier_c=1001"] {
        assert!(book.set_today_weight(bad).is_err(), "{bad}");
    }
    assert_eq!(
        rows[0].reasons_text(),
        "A · complaint 45 d, escalation 3 d past its deadline · 1,150,000 RUB overdue 30 d · \
         no next step planned · complaint not resolved, 31 d late"
    );
}

/// Scores a few tenths apart are ranked by the score, not by the name that
/// would break a tie: 10 × 1/90 = 0.1 against 10 × 4/90 = 0.4.
#[test]
fn scores_a_few_tenths_apart_rank_by_score() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = Book::open(&dir.path().join("b.sqlite"), Access::CreateIfMissing).expect("book");
    let today = d("2026-11-28");
    let mut add = |name: &str| {
        let c = NewClient::build(name, Tier::C, Some(90), Status::Active).expect("client");
        book.add_client(&c, d("2026-01-01")).expect("add").id
    };
    let (first, second) = (add("Aaa"), add("Bbb"));
    // Aaa touched 91 days ago, Bbb 94.
    touch(&mut book, &first, Direction::Outbound, "2026-08-29");
    touch(&mut book, &second, Direction::Outbound, "2026-08-26");
    let ranked: Vec<(String, f64)> = book
        .today(today)
        .expect("today")
        .into_iter()
        .map(|r| (r.client, r.score))
        .collect();
    assert_eq!(ranked, [("Bbb".to_string(), 0.4), ("Aaa".to_string(), 0.1)]);
}
