//! Commands that follow the work through: complaints to resolution, orders,
//! invoices, the agenda of planned touches, and the report.

use super::output;
use super::report_format;
use super::*;
use crate::domain::{self, InputError, NewComplaint, NewInvoice, NewOrder, OrderStatus, Severity};
use crate::t;
use crate::text::{clean_line, clean_multiline};
use anyhow::Result;
use serde_json::json;

pub fn complaint(c: &ComplaintCommand, cx: &Context) -> Result<()> {
    match c {
        ComplaintCommand::Edit(_)
        | ComplaintCommand::Reopen(_)
        | ComplaintCommand::Delete(_)
        | ComplaintCommand::Restore(_) => return super::lifecycle::complaint(c, cx),
        ComplaintCommand::Add(a) => {
            let new = NewComplaint {
                at: cx.at_or_now(&a.at)?,
                contact: None,
                department: domain::required("department", &a.department)?,
                severity: Severity::parse(&a.severity)?,
                summary: domain::required("summary", &a.summary)?,
                via: a
                    .via
                    .as_deref()
                    .map(crate::domain::Kind::parse_touch)
                    .transpose()?,
            };
            let mut book = cx.read()?;
            let client = book.find_client(&a.client)?;
            let contact = match &a.contact {
                Some(name) => Some(book.find_contact(&client.id, name)?.id),
                None => None,
            };
            let k = book.add_complaint(&client.id, &NewComplaint { contact, ..new })?;
            say!(
                "{}",
                t!(
                    "cli-complaint-recorded",
                    client = output::safe(&client.name),
                    department = output::safe(&k.department),
                    id = k.id.as_str()
                )
            );
        }
        ComplaintCommand::Escalate(a) => {
            let to = domain::required("to", &a.to)?;
            let at = cx.at_or_now(&a.at)?;
            let mut book = cx.read()?;
            let by = a.by.as_deref().map(|b| cx.date("by", b)).transpose()?;
            let k = book.escalate_complaint_by(&a.id, &to, &clean_multiline(&a.note), at, by)?;
            say!(
                "{}",
                t!(
                    "cli-complaint-escalated",
                    client = output::safe(&k.client),
                    to = output::safe(&to)
                )
            );
        }
        ComplaintCommand::Resolve(a) => {
            let resolution = domain::required("resolution", &a.resolution)?;
            let at = cx.at_or_now(&a.at)?;
            let mut book = cx.read()?;
            let k = book.resolve_complaint(&a.id, &resolution, at)?;
            say!(
                "{}",
                t!("cli-complaint-resolved", client = output::safe(&k.client))
            );
        }
        ComplaintCommand::List(a) => {
            let book = cx.read()?;
            let mut list =
                book.complaints_first(a.open, a.department.as_deref(), output::one_more(a.limit))?;
            let cut = output::cut(&mut list, a.limit);
            if a.json {
                let mut rows = Vec::new();
                for k in &list {
                    rows.push(json!({
                        "id": k.id, "client": k.client, "department": k.department, "severity": k.severity,
                        "status": k.status, "opened": k.opened_at, "age_days": k.age_days(cx.today),
                        "resolved": k.resolved_at, "summary": k.summary, "resolution": k.resolution,
                        "steps": book.complaint_steps(&k.id)?,
                        "escalation": k.escalation.as_ref().map(|e| json!({
                            "to": e.to, "since": e.since, "by": e.by, "late_days": e.late_days(cx.today),
                        })),
                    }));
                }
                return output::print_json(&rows);
            }
            for k in &list {
                let age = k
                    .age_days(cx.today)
                    .map(|d| t!("n-days", n = d))
                    .unwrap_or_else(|| "—".into());
                say!(
                    "{:<16}  {} {} {} {}  — {}",
                    crate::i18n::moment(&k.opened_at),
                    crate::text::fit(&k.status.label(), 10),
                    crate::text::fit(&k.severity.label(), 8),
                    crate::text::fit(&age, 10),
                    output::safe(&k.summary),
                    output::safe(&k.client)
                );
                say!("{:<16}  {} · id {}", "", output::safe(&k.department), k.id);
                for s in book.complaint_steps(&k.id)? {
                    let whom = if s.to_whom.is_empty() {
                        String::new()
                    } else {
                        format!(" {}", t!("cli-step-to", whom = output::safe(&s.to_whom)))
                    };
                    let note = if s.note.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", output::safe(&s.note))
                    };
                    // An escalation's "by when", flagged once it has passed
                    // while the complaint is still with them.
                    let by = match &s.due_on {
                        Some(by)
                            if k.status == domain::ComplaintStatus::Escalated
                                && by.as_str() < cx.today.to_string().as_str() =>
                        {
                            format!(
                                " ({})",
                                t!("cli-step-by-late", day = crate::i18n::moment(by))
                            )
                        }
                        Some(by) => {
                            format!(" ({})", t!("cli-step-by", day = crate::i18n::moment(by)))
                        }
                        None => String::new(),
                    };
                    let step = domain::ComplaintStatus::parse(&s.step)
                        .map(|w| w.label())
                        .unwrap_or_else(|_| s.step.clone());
                    say!(
                        "{:<16}  {} {step}{whom}{by}{note}",
                        "",
                        crate::i18n::moment(&s.at)
                    );
                }
            }
            say!(
                "{}",
                output::counted(t!("cli-n-complaints", n = list.len()), cut)
            );
        }
    }
    Ok(())
}

fn currency_or_default(raw: &Option<String>, book: &crate::book::Book) -> Result<String> {
    Ok(match raw {
        Some(c) => domain::currency(c)?,
        None => book.currency()?,
    })
}

pub fn order_add(a: &OrderAddArgs, cx: &Context) -> Result<()> {
    let amount = domain::order_amount(a.amount.as_deref().unwrap_or(""))?;
    let status = OrderStatus::parse(&a.status)?;
    let at = cx.at_or_now(&a.at)?;
    if let Some(c) = &a.currency {
        domain::currency(c)?;
    }
    let mut book = cx.read()?;
    let client = book.find_client(&a.client)?;
    let currency = currency_or_default(&a.currency, &book)?;
    let o = book.add_order(
        &client.id,
        &NewOrder {
            at,
            title: clean_line(&a.title),
            amount_minor: amount,
            currency,
            status,
        },
    )?;
    let title = if o.title.is_empty() {
        t!("thing-order")
    } else {
        o.title.clone()
    };
    say!(
        "{}",
        t!(
            "cli-order-recorded",
            title = output::safe(&title),
            client = output::safe(&client.name),
            amount = o.amount_text(),
            status = o.status.label(),
            id = o.id.as_str()
        )
    );
    Ok(())
}

pub fn invoice(c: &InvoiceCommand, cx: &Context) -> Result<()> {
    match c {
        InvoiceCommand::Edit(_)
        | InvoiceCommand::Unpaid(_)
        | InvoiceCommand::Delete(_)
        | InvoiceCommand::Restore(_) => return super::lifecycle::invoice(c, cx),
        InvoiceCommand::Add(a) => {
            let number = domain::required("number", &a.number)?;
            let amount = domain::amount("amount", &a.amount)?;
            let due = cx.date("due", &a.due)?;
            let issued = match &a.issued {
                Some(raw) => cx.date("issued", raw)?,
                None => cx.today,
            };
            if due < issued {
                return Err(InputError::new(
                    "due",
                    a.due.clone(),
                    t!(
                        "accepted-due-after-issue",
                        issued = crate::i18n::date(issued)
                    ),
                )
                .into());
            }
            if let Some(c) = &a.currency {
                domain::currency(c)?;
            }
            let mut book = cx.read()?;
            let client = book.find_client(&a.client)?;
            let currency = currency_or_default(&a.currency, &book)?;
            let inv = book.add_invoice(
                &client.id,
                &NewInvoice {
                    number,
                    amount_minor: amount,
                    currency,
                    issued_on: issued,
                    due_on: due,
                },
            )?;
            say!(
                "{}",
                t!(
                    "cli-invoice-recorded",
                    number = output::safe(&inv.number),
                    client = output::safe(&client.name),
                    amount = crate::i18n::money(inv.amount_minor, &inv.currency),
                    due = crate::i18n::date(inv.due_on)
                )
            );
        }
        InvoiceCommand::Paid(a) => {
            let on = match &a.at {
                Some(raw) => {
                    let on = cx.date("at", raw)?;
                    if on > cx.today {
                        return Err(InputError::new("at", raw, crate::dates::not_future()).into());
                    }
                    on
                }
                None => cx.today,
            };
            let mut book = cx.read()?;
            let inv = book.invoice_paid(&a.number, on)?;
            say!(
                "{}",
                t!(
                    "cli-invoice-paid",
                    number = output::safe(&inv.number),
                    client = output::safe(&inv.client),
                    day = crate::i18n::date(on)
                )
            );
        }
        InvoiceCommand::List(a) => {
            let book = cx.read()?;
            let client = a
                .client
                .as_deref()
                .map(|c| book.find_client(c))
                .transpose()?;
            let client_id = client.as_ref().map(|c| c.id.as_str());
            let mut list = if a.unpaid {
                let mut all = book.invoices(a.overdue, cx.today, client_id)?;
                all.retain(|i| i.paid_on.is_none());
                all
            } else {
                book.invoices_first(a.overdue, cx.today, client_id, output::one_more(a.limit))?
            };
            let cut = output::cut(&mut list, a.limit);
            if a.json {
                let rows: Vec<_> = list
                    .iter()
                    .map(|i| {
                        json!({
                            "id": i.id, "number": i.number, "client": i.client, "amount": i.amount_minor as f64 / 100.0,
                            "currency": i.currency, "issued": i.issued_on, "due": i.due_on, "paid": i.paid_on,
                            "overdue_days": i.overdue_days(cx.today),
                        })
                    })
                    .collect();
                return output::print_json(&rows);
            }
            for i in &list {
                let state = match (i.paid_on, i.overdue_days(cx.today)) {
                    (Some(p), _) => t!("cli-paid-on", day = crate::i18n::date(p)),
                    (None, Some(d)) => t!("cli-overdue-d", days = d),
                    (None, None) => t!("cli-unpaid"),
                };
                say!(
                    "{:<12} {:>18}  {}  {}  {}",
                    output::safe(&i.number),
                    crate::i18n::money(i.amount_minor, &i.currency),
                    t!("cli-due-on", day = crate::i18n::date(i.due_on)),
                    crate::text::fit(&state, 20),
                    output::safe(&i.client)
                );
            }
            say!(
                "{}",
                output::counted(t!("cli-n-invoices", n = list.len()), cut)
            );
        }
    }
    Ok(())
}

/// Which agenda group a due date falls in.
pub fn agenda_group(due: chrono::NaiveDate, today: chrono::NaiveDate) -> &'static str {
    let days = (due - today).num_days();
    match days {
        d if d < 0 => "overdue",
        0 => "today",
        1..=7 => "this week",
        _ => "later",
    }
}

pub fn agenda(a: &AgendaArgs, cx: &Context) -> Result<()> {
    let book = cx.read()?;
    let mut items = book.agenda(cx.today, a.days, a.all, output::one_more(a.limit))?;
    let cut = output::cut(&mut items, a.limit);
    if a.format == "ics" {
        let phones = super::export::client_phones(&book)?;
        let mut cal = icalendar::Calendar::new();
        cal.name("touchbase");
        for i in &items {
            cal.push(super::export::plan_event(&super::export::PlanEvent {
                id: &i.plan.id,
                client: &i.client,
                purpose: &i.plan.purpose,
                kind: i.plan.kind.as_str(),
                due: i.plan.due,
                cancelled: i.plan.status == domain::PlanStatus::Cancelled,
                phone: phones.get(&i.plan.client_id).map(String::as_str),
            }));
        }
        super::out::bytes(cal.done().to_string().as_bytes());
        return Ok(());
    }
    if a.json {
        let rows: Vec<_> = items
            .iter()
            .map(|i| {
                json!({
                    "id": i.plan.id, "client_id": i.plan.client_id, "client": i.client, "due": i.plan.due,
                    "purpose": i.plan.purpose, "kind": i.plan.kind, "status": i.plan.status,
                    "group": if i.plan.status == domain::PlanStatus::Open { agenda_group(i.plan.due, cx.today) } else { i.plan.status.as_str() },
                })
            })
            .collect();
        return output::print_json(&rows);
    }
    let mut group = "";
    for i in &items {
        let g = if i.plan.status == domain::PlanStatus::Open {
            agenda_group(i.plan.due, cx.today)
        } else {
            i.plan.status.as_str()
        };
        if g != group {
            say!(
                "{}",
                t!(&format!("agenda-{}", g.replace(' ', "-"))).to_uppercase()
            );
            group = g;
        }
        say!(
            "  {}  {:<8} {}  — {}",
            crate::i18n::date(i.plan.due),
            i.plan.kind.label(),
            output::safe(&i.plan.purpose),
            output::safe(&i.client)
        );
    }
    if items.is_empty() {
        say!("{}", t!("cli-nothing-planned", days = a.days));
    } else if cut.is_some() {
        say!(
            "{}",
            output::counted(t!("cli-n-plans", n = items.len()), cut)
        );
    }
    Ok(())
}

pub fn report(a: &ReportArgs, cx: &Context) -> Result<()> {
    let format = report_format::Format::parse(&a.format)?;
    let to = match &a.to {
        Some(raw) => cx.date("to", raw)?,
        None => cx.today,
    };
    let from = match &a.from {
        Some(raw) => cx.date("from", raw)?,
        None => to - chrono::Days::new(29),
    };
    if from > to {
        return Err(InputError::new(
            "from",
            from.to_string(),
            t!("accepted-from-before-to", to = crate::i18n::date(to)),
        )
        .into());
    }
    if !a.books.is_empty() {
        // A head of sales reads each manager's book as it is: read-only,
        // checked as untrusted, never migrated or locked for long.
        let mut rows = Vec::new();
        for path in &a.books {
            let (book, manager) = super::commands::colleague(path)?;
            rows.push(report_format::BookFigures {
                book: path.display().to_string(),
                manager,
                rule_breaches: book.rule_breaches(to, false)?.len(),
                report: book.report(from, to)?,
            });
        }
        say_text!("{}", report_format::render_many(&rows, from, to, format)?);
        return Ok(());
    }
    let book = cx.read()?;
    let r = book.report(from, to)?;
    if format == report_format::Format::Html {
        // One book is a department of one: the same page, one manager.
        let manager = book.setting("manager_name")?.unwrap_or_default();
        let one = report_format::BookFigures {
            book: book.path().display().to_string(),
            manager,
            rule_breaches: book.rule_breaches(to, false)?.len(),
            report: r,
        };
        say_text!("{}", report_format::render_many(&[one], from, to, format)?);
        return Ok(());
    }
    say_text!("{}", report_format::render(&r, format)?);
    Ok(())
}
