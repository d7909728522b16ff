//! The demo book: `assets/demo.json` holds about forty clients with two years
//! of history, dated in days before (or after) the reference date, so the demo
//! looks alive whenever it is written.

use super::{Access, Book, BookError, Result};
use crate::dates::When;
use crate::domain::{
    Direction, Kind, NewClient, NewComplaint, NewContact, NewInteraction, NewInvoice, NewOrder,
    NewPlan, OrderStatus, Severity, Status, Tier,
};
use chrono::{Days, NaiveDate, NaiveTime};
use serde::Deserialize;
use std::path::Path;

/// The demo data, built into the binary.
const DEMO_JSON: &str = include_str!("../../assets/demo.json");

#[derive(Deserialize)]
struct Demo {
    clients: Vec<DemoClient>,
}

#[derive(Deserialize)]
struct DemoClient {
    name: String,
    tier: String,
    status: String,
    #[serde(default)]
    industry: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    notes: String,
    added_days_ago: u64,
    #[serde(default)]
    contacts: Vec<DemoContact>,
    #[serde(default)]
    entries: Vec<DemoEntry>,
    #[serde(default)]
    plans: Vec<DemoPlan>,
    #[serde(default)]
    complaints: Vec<DemoComplaint>,
    #[serde(default)]
    orders: Vec<DemoOrder>,
    #[serde(default)]
    invoices: Vec<DemoInvoice>,
}

#[derive(Deserialize)]
struct DemoComplaint {
    days_ago: u64,
    department: String,
    severity: String,
    summary: String,
    #[serde(default)]
    escalations: Vec<DemoEscalation>,
    resolved: Option<DemoResolution>,
}

#[derive(Deserialize)]
struct DemoEscalation {
    days_ago: u64,
    to: String,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
struct DemoResolution {
    days_ago: u64,
    resolution: String,
}

#[derive(Deserialize)]
struct DemoOrder {
    days_ago: u64,
    title: String,
    amount: String,
    currency: String,
    status: String,
}

#[derive(Deserialize)]
struct DemoInvoice {
    number: String,
    amount: String,
    currency: String,
    issued_days_ago: u64,
    due_in_days: i64,
    paid_in_days: Option<i64>,
}

#[derive(Deserialize)]
struct DemoContact {
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
}

#[derive(Deserialize)]
struct DemoEntry {
    days_ago: u64,
    time: Option<String>,
    kind: String,
    #[serde(default)]
    inbound: bool,
    contact: Option<String>,
    summary: String,
    #[serde(default)]
    details: String,
}

#[derive(Deserialize)]
struct DemoPlan {
    in_days: i64,
    purpose: String,
    kind: String,
    /// `done`: planned before the history is written, so the first touch on
    /// or after its day fulfils it (on time when it falls on that day, late
    /// otherwise); `cancelled`: called off. Absent: open.
    #[serde(default)]
    outcome: Option<String>,
}

fn bad_asset(e: impl std::fmt::Display) -> BookError {
    BookError::Io(std::io::Error::other(format!(
        "the built-in demo data is damaged: {e}"
    )))
}

fn ago(today: NaiveDate, days: u64) -> NaiveDate {
    today.checked_sub_days(Days::new(days)).unwrap_or(today)
}

/// `today` moved by a signed number of days.
fn shift(today: NaiveDate, days: i64) -> NaiveDate {
    chrono::TimeDelta::try_days(days)
        .and_then(|d| today.checked_add_signed(d))
        .unwrap_or(today)
}

impl Book {
    /// Write the demo book at `path` (replacing what is there). It is built in
    /// a file beside it and moved into place only when complete.
    pub fn write_demo(path: &Path, today: NaiveDate) -> Result<()> {
        let demo: Demo = serde_json::from_str(DEMO_JSON).map_err(bad_asset)?;
        super::build_beside(path, |book| {
            book.set_manager("Мария Соколова", "m.sokolova@example.com")?;
            // The demo's history is written as it happened, plans and all:
            // no quiet-period touch is planned while it is built.
            book.set_setting("rule.quiet_plan", "0")?;
            for dc in &demo.clients {
                let tier = Tier::parse(&dc.tier)?;
                let client = book.add_client(
                    &NewClient {
                        name: dc.name.clone(),
                        tier,
                        cadence_days: tier.default_cadence(),
                        status: Status::parse(&dc.status)?,
                        industry: dc.industry.clone(),
                        city: dc.city.clone(),
                        notes: dc.notes.clone(),
                        limits: Default::default(),
                    },
                    ago(today, dc.added_days_ago),
                )?;
                let mut contacts = Vec::new();
                for ct in &dc.contacts {
                    let new = NewContact {
                        name: ct.name.clone(),
                        role: ct.role.clone(),
                        phone: ct.phone.clone(),
                        email: ct.email.clone(),
                        note: String::new(),
                    };
                    contacts.push(book.add_contact(&client.id, &new)?);
                }
                // Plans that history fulfils come before it; the cancelled
                // ones are called off at once.
                for p in dc.plans.iter().filter(|p| p.outcome.is_some()) {
                    let plan = book.plan(
                        &client.id,
                        &NewPlan {
                            due: shift(today, p.in_days),
                            purpose: p.purpose.clone(),
                            kind: Kind::parse_touch(&p.kind)?,
                        },
                    )?;
                    match p.outcome.as_deref() {
                        Some("cancelled") => {
                            book.cancel_plan(&plan.id)?;
                        }
                        Some("done") => {}
                        other => return Err(bad_asset(format!("plan outcome {other:?}"))),
                    }
                }
                for e in &dc.entries {
                    let time = e
                        .time
                        .as_deref()
                        .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok());
                    let contact = e
                        .contact
                        .as_ref()
                        .and_then(|n| contacts.iter().find(|c| &c.name == n));
                    let new = NewInteraction {
                        kind: Kind::parse(&e.kind)?,
                        direction: if e.inbound {
                            Direction::Inbound
                        } else {
                            Direction::Outbound
                        },
                        at: When {
                            date: ago(today, e.days_ago),
                            time,
                        },
                        contact: contact.map(|c| c.id.clone()),
                        summary: e.summary.clone(),
                        details: e.details.clone(),
                    };
                    book.log(&client.id, &new, None)?;
                }
                for k in &dc.complaints {
                    let new = NewComplaint {
                        at: When::day(ago(today, k.days_ago)),
                        contact: contacts.first().map(|c| c.id.clone()),
                        department: k.department.clone(),
                        severity: Severity::parse(&k.severity)?,
                        summary: k.summary.clone(),
                        via: None,
                    };
                    let id = book.add_complaint(&client.id, &new)?.id;
                    for e in &k.escalations {
                        book.escalate_complaint(
                            &id,
                            &e.to,
                            &e.note,
                            When::day(ago(today, e.days_ago)),
                        )?;
                    }
                    if let Some(r) = &k.resolved {
                        book.resolve_complaint(
                            &id,
                            &r.resolution,
                            When::day(ago(today, r.days_ago)),
                        )?;
                    }
                }
                for o in &dc.orders {
                    let new = NewOrder {
                        at: When::day(ago(today, o.days_ago)),
                        title: o.title.clone(),
                        amount_minor: crate::domain::order_amount(&o.amount)?,
                        currency: crate::domain::currency(&o.currency)?,
                        status: OrderStatus::parse(&o.status)?,
                    };
                    book.add_order(&client.id, &new)?;
                }
                for i in &dc.invoices {
                    let new = NewInvoice {
                        number: i.number.clone(),
                        amount_minor: crate::domain::amount("amount", &i.amount)?,
                        currency: crate::domain::currency(&i.currency)?,
                        issued_on: ago(today, i.issued_days_ago),
                        due_on: shift(today, i.due_in_days),
                    };
                    book.add_invoice(&client.id, &new)?;
                    if let Some(paid) = i.paid_in_days {
                        book.invoice_paid(&i.number, shift(today, paid))?;
                    }
                }
                for p in dc.plans.iter().filter(|p| p.outcome.is_none()) {
                    let due = shift(today, p.in_days);
                    book.plan(
                        &client.id,
                        &NewPlan {
                            due,
                            purpose: p.purpose.clone(),
                            kind: Kind::parse_touch(&p.kind)?,
                        },
                    )?;
                }
            }
            // The history was written just now, but a manager logged each
            // touch when it happened: the demo says so, and a few were
            // logged days late, so the rule "log within a day" has
            // something to show.
            // Likewise the plans called off were called off on their day.
            book.conn().execute_batch(
                "UPDATE interactions SET logged_at = CASE WHEN length(at) > 10
                     THEN replace(at, ' ', 'T') || ':00Z' ELSE at || 'T18:00:00Z' END;
                 UPDATE plans SET closed_at = due_on || 'T12:00:00Z' WHERE status = 'cancelled';",
            )?;
            book.conn().execute(
                "UPDATE interactions SET logged_at = date(substr(at, 1, 10), '+3 days') || 'T09:30:00Z'
                  WHERE seq % 13 = 0 AND at >= ?1 AND at < ?2
                    AND kind IN ('call', 'meeting', 'visit', 'email', 'message')",
                [ago(today, 30).to_string(), ago(today, 3).to_string()],
            )?;
            // Two clients came from a colleague ten days ago: their
            // successor's checklists show in Today, partly done.
            let handover = super::new_id();
            book.conn().execute(
                "INSERT INTO handovers (id, at, kind, from_manager, to_manager, note)
                 VALUES (?1, ?2, 'accept', 'Игорь Лебедев', 'Мария Соколова', 'Игорь перешёл в отдел закупок')",
                [handover.clone(), format!("{}T09:00:00Z", ago(today, 10))],
            )?;
            book.conn().execute(
                "INSERT INTO handover_clients (handover_id, client_id)
                 SELECT ?1, id FROM clients WHERE name IN ('ООО «Стройресурс»', 'Blue Harbor Shipping')",
                [handover],
            )?;
            book.conn()
                .execute("DELETE FROM settings WHERE key = 'rule.quiet_plan'", [])?;
            Ok(())
        })
    }
}

/// Open a book being built: the file is new, so a crash loses nothing and
/// durability can wait for the final rename.
pub(super) fn open_for_build(path: &Path) -> Result<Book> {
    let book = Book::open(path, Access::CreateIfMissing)?;
    book.conn().pragma_update(None, "synchronous", "OFF")?;
    book.conn().pragma_update(None, "journal_mode", "MEMORY")?;
    Ok(book)
}
