//! The rest of a record's life on the command line: planned touches listed,
//! moved, edited and cancelled; contacts listed, edited, marked as left,
//! deleted; orders listed, edited, deleted and restored; invoices
//! corrected, marked unpaid, deleted and restored; complaints corrected,
//! reopened, deleted and restored. Every change keeps the record as it was.

use super::commands::{Context, plan as plan_add};
use super::{ComplaintCommand, ContactCommand, InvoiceCommand, OrderCommand, PlanArgs, output};
use crate::book::AgendaItem;
use crate::domain::{
    self, ComplaintPatch, ContactPatch, InputError, InvoicePatch, Kind, Order, OrderPatch,
    OrderStatus, PlanPatch, Severity,
};
use crate::t;
use crate::text::{clean_line, clean_multiline};
use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Plan a touch for a client (the same as `touchbase plan CLIENT …`)
    Add(PlanArgs),
    /// Planned touches, soonest due first: open ones, of one client or all
    List(PlanListArgs),
    /// Move an open planned touch to another day, or change its purpose or kind
    Edit(PlanEditArgs),
    /// Cancel an open planned touch (it stays in the book as cancelled)
    Cancel(PlanIdArg),
    /// Mark an open planned touch done by a touch already logged (before its due day)
    Done(PlanDoneArgs),
}

#[derive(Debug, Args)]
pub struct PlanDoneArgs {
    /// The planned touch's id
    pub id: String,
    /// The logged touch that fulfilled it (its id, shown by `timeline`)
    #[arg(long)]
    pub entry: String,
}

#[derive(Debug, Args)]
pub struct PlanListArgs {
    /// Only this client: id or a part of the name [default: the whole book]
    pub client: Option<String>,
    /// Also the done and cancelled ones
    #[arg(long)]
    pub all: bool,
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
    /// At most this many rows [default: all]
    #[arg(long)]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct PlanEditArgs {
    /// The planned touch's id (shown by `plan list` and `agenda`)
    pub id: String,
    /// The new due day
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub due: Option<String>,
    /// What the touch is for
    #[arg(long)]
    pub purpose: Option<String>,
    /// call, meeting, visit, email or message
    #[arg(long)]
    pub kind: Option<String>,
}

#[derive(Debug, Args)]
pub struct PlanIdArg {
    /// The planned touch's id (shown by `plan list` and `agenda`)
    pub id: String,
}

fn plan_json(i: &AgendaItem) -> serde_json::Value {
    json!({
        "id": i.plan.id, "client_id": i.plan.client_id, "client": i.client, "due": i.plan.due,
        "purpose": i.plan.purpose, "kind": i.plan.kind, "status": i.plan.status,
        "done_by": i.plan.done_by,
    })
}

pub fn plan(command: &PlanCommand, cx: &Context) -> Result<()> {
    match command {
        PlanCommand::Add(a) => plan_add(a, cx),
        PlanCommand::List(a) => {
            let book = cx.read()?;
            let client = a
                .client
                .as_deref()
                .map(|c| book.find_client(c))
                .transpose()?;
            let mut items = book.plans(
                client.as_ref().map(|c| c.id.as_str()),
                a.all,
                output::one_more(a.limit),
            )?;
            let cut = output::cut(&mut items, a.limit);
            if a.json {
                return output::print_json(&items.iter().map(plan_json).collect::<Vec<_>>());
            }
            // The kind and status as the reader says them, the day as they
            // write it (the JSON keeps the stored words).
            for i in &items {
                say!(
                    "{}  {} {} {}  — {}  ({})",
                    crate::i18n::date(i.plan.due),
                    crate::text::fit(&i.plan.kind.label(), 9),
                    crate::text::fit(&i.plan.status.label(), 10),
                    output::safe(&i.plan.purpose),
                    output::safe(&i.client),
                    i.plan.id
                );
            }
            say!(
                "{}",
                output::counted(t!("cli-n-plans", n = items.len()), cut)
            );
            Ok(())
        }
        PlanCommand::Edit(a) => {
            let patch = PlanPatch {
                due: a.due.as_deref().map(|d| cx.due("due", d)).transpose()?,
                purpose: a
                    .purpose
                    .as_deref()
                    .map(|p| domain::required("purpose", p))
                    .transpose()?,
                kind: a.kind.as_deref().map(Kind::parse_touch).transpose()?,
            };
            let mut book = cx.read()?;
            let before = book.plan_by_id(&a.id)?;
            let plan = book.edit_plan(&a.id, &patch)?;
            if plan == before {
                say!("{}", t!("cli-plan-unchanged", id = plan.id.as_str()));
            } else {
                say!(
                    "{}",
                    t!(
                        "cli-plan-saved",
                        kind = plan.kind.label(),
                        due = plan.due.to_string(),
                        purpose = output::safe(&plan.purpose),
                        id = plan.id.as_str()
                    )
                );
            }
            Ok(())
        }
        PlanCommand::Done(a) => {
            let mut book = cx.read()?;
            let plan = book.fulfil_plan(&a.id, &a.entry)?;
            say!(
                "{}",
                t!(
                    "cli-plan-done",
                    kind = plan.kind.label(),
                    purpose = output::safe(&plan.purpose),
                    entry = a.entry.as_str()
                )
            );
            Ok(())
        }
        PlanCommand::Cancel(a) => {
            let mut book = cx.read()?;
            let plan = book.cancel_plan(&a.id)?;
            let client = book.client(&plan.client_id)?;
            say!(
                "{}",
                t!(
                    "cli-plan-cancelled",
                    kind = plan.kind.label(),
                    purpose = output::safe(&plan.purpose),
                    client = output::safe(&client.name),
                    due = plan.due.to_string()
                )
            );
            Ok(())
        }
    }
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// The record's id
    pub id: String,
}

#[derive(Debug, Args)]
pub struct ContactListArgs {
    /// The client: id or a part of the name
    pub client: String,
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
    /// At most this many rows [default: all]
    #[arg(long)]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ContactEditArgs {
    /// The contact's id (shown by `contact list`)
    pub id: String,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub role: Option<String>,
    /// The phones, replacing the old ones; repeat for several (`work: +7 495 …`)
    #[arg(long)]
    pub phone: Vec<String>,
    /// The e-mails, replacing the old ones; repeat for several
    #[arg(long)]
    pub email: Vec<String>,
    #[arg(long)]
    pub note: Option<String>,
    /// Allow the name of another contact of the same client
    #[arg(long)]
    pub same_name: bool,
}

#[derive(Debug, Args)]
pub struct ContactLeftArgs {
    /// The contact's id (shown by `contact list`)
    pub id: String,
    /// The day they left [default: the reference date]
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub on: Option<String>,
    /// They are back: clear the day they left
    #[arg(long, conflicts_with = "on")]
    pub back: bool,
}

pub fn contact(command: &ContactCommand, cx: &Context) -> Result<()> {
    match command {
        ContactCommand::Add(a) => super::commands::contact_add(a, cx),
        ContactCommand::List(a) => {
            let book = cx.read()?;
            let client = book.find_client(&a.client)?;
            let mut all = book.contacts(&client.id)?;
            let cut = output::cut(&mut all, a.limit);
            if a.json {
                let rows: Vec<_> = all
                    .iter()
                    .map(|c| {
                        json!({"id": c.id, "name": c.name, "role": c.role, "phone": c.phone,
                               "email": c.email, "phones": domain::split_channels(&c.phone),
                               "emails": domain::split_channels(&c.email),
                               "note": c.note, "left_on": c.left_on})
                    })
                    .collect();
                return output::print_json(&rows);
            }
            for c in &all {
                let left = c
                    .left_on
                    .map(|d| format!("  ({})", t!("cli-left-on", day = crate::i18n::date(d))))
                    .unwrap_or_default();
                let extra: Vec<&str> = [c.role.as_str(), c.phone.as_str(), c.email.as_str()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect();
                say!(
                    "{}  {}{left}  ({})",
                    output::safe(&c.name),
                    output::safe(&extra.join(" · ")),
                    c.id
                );
            }
            say!(
                "{}",
                output::counted(
                    t!(
                        "cli-n-contacts",
                        n = all.len(),
                        client = output::safe(&client.name)
                    ),
                    cut
                )
            );
            Ok(())
        }
        ContactCommand::Edit(a) => {
            let patch = ContactPatch {
                name: a
                    .name
                    .as_deref()
                    .map(|n| domain::required("name", n))
                    .transpose()?,
                role: a.role.as_deref().map(clean_line),
                phone: (!a.phone.is_empty())
                    .then(|| domain::channels("phone", &a.phone.join("; ")))
                    .transpose()?,
                email: (!a.email.is_empty())
                    .then(|| domain::channels("email", &a.email.join("; ")))
                    .transpose()?,
                note: a.note.as_deref().map(clean_multiline),
            };
            let mut book = cx.read()?;
            let c = book.edit_contact(&a.id, &patch, a.same_name)?;
            say!(
                "{}",
                t!(
                    "cli-contact-saved",
                    name = output::safe(&c.name),
                    id = c.id.as_str()
                )
            );
            Ok(())
        }
        ContactCommand::Left(a) => {
            let on = if a.back {
                None
            } else {
                Some(match &a.on {
                    Some(raw) => {
                        let d = cx.date("on", raw)?;
                        if d > cx.today {
                            return Err(domain::InputError::new(
                                "on",
                                raw,
                                crate::dates::not_future(),
                            )
                            .into());
                        }
                        d
                    }
                    None => cx.today,
                })
            };
            let mut book = cx.read()?;
            let c = book.contact_left(&a.id, on)?;
            match c.left_on {
                Some(d) => say!(
                    "{}",
                    t!(
                        "cli-contact-left",
                        name = output::safe(&c.name),
                        day = d.to_string()
                    )
                ),
                None => say!("{}", t!("cli-contact-back", name = output::safe(&c.name))),
            }
            Ok(())
        }
        ContactCommand::Delete(a) => {
            let mut book = cx.read()?;
            let c = book.delete_contact(&a.id)?;
            say!(
                "{}",
                t!("cli-contact-deleted", name = output::safe(&c.name))
            );
            Ok(())
        }
    }
}

#[derive(Debug, Args)]
pub struct OrderListArgs {
    /// Only this client: id or a part of the name [default: the whole book]
    pub client: Option<String>,
    /// Also the deleted ones
    #[arg(long)]
    pub deleted: bool,
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
    /// At most this many rows [default: all]
    #[arg(long)]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct OrderEditArgs {
    /// The order's id (shown by `order list`)
    pub id: String,
    /// won, lost or in-progress
    #[arg(long)]
    pub status: Option<String>,
    /// The amount; 0 for a lost deal; "" while not known
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    #[arg(long)]
    pub currency: Option<String>,
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub at: Option<String>,
}

fn order_json(o: &Order, client: &str) -> serde_json::Value {
    json!({
        "id": o.id, "client_id": o.client_id, "client": client, "at": o.at, "title": o.title,
        "amount": o.amount_minor.map(|m| m as f64 / 100.0), "currency": o.currency,
        "status": o.status, "deleted": o.deleted_at.is_some(),
    })
}

pub fn order(command: &OrderCommand, cx: &Context) -> Result<()> {
    match command {
        OrderCommand::Add(a) => super::followup::order_add(a, cx),
        OrderCommand::List(a) => {
            let book = cx.read()?;
            let client = a
                .client
                .as_deref()
                .map(|c| book.find_client(c))
                .transpose()?;
            let mut list = book.order_list(
                client.as_ref().map(|c| c.id.as_str()),
                a.deleted,
                output::one_more(a.limit),
            )?;
            let cut = output::cut(&mut list, a.limit);
            let mut names = std::collections::HashMap::new();
            for o in &list {
                if !names.contains_key(&o.client_id) {
                    names.insert(o.client_id.clone(), book.client(&o.client_id)?.name);
                }
            }
            if a.json {
                let rows: Vec<_> = list
                    .iter()
                    .map(|o| order_json(o, &names[&o.client_id]))
                    .collect();
                return output::print_json(&rows);
            }
            for o in &list {
                let deleted = if o.deleted_at.is_some() {
                    format!("  ({})", t!("cli-deleted-mark"))
                } else {
                    String::new()
                };
                say!(
                    "{:<16} {} {:>22}  {}  — {}{deleted}  ({})",
                    crate::i18n::moment(&o.at),
                    crate::text::fit(&o.status.label(), 11),
                    o.amount_text(),
                    output::safe(&o.title),
                    output::safe(&names[&o.client_id]),
                    o.id
                );
            }
            say!(
                "{}",
                output::counted(t!("cli-n-orders", n = list.len()), cut)
            );
            Ok(())
        }
        OrderCommand::Edit(a) => {
            let patch = OrderPatch {
                at: a.at.as_deref().map(|w| cx.fact("at", w)).transpose()?,
                title: a.title.as_deref().map(clean_line),
                amount_minor: a.amount.as_deref().map(domain::order_amount).transpose()?,
                currency: a.currency.as_deref().map(domain::currency).transpose()?,
                status: a.status.as_deref().map(OrderStatus::parse).transpose()?,
            };
            let mut book = cx.read()?;
            let o = book.edit_order(&a.id, &patch)?;
            say!(
                "{}",
                t!(
                    "cli-order-saved",
                    id = o.id.as_str(),
                    amount = o.amount_text(),
                    status = o.status.label()
                )
            );
            Ok(())
        }
        OrderCommand::Delete(a) | OrderCommand::Restore(a) => {
            let delete = matches!(command, OrderCommand::Delete(_));
            let mut book = cx.read()?;
            let o = book.set_order_deleted(&a.id, delete)?;
            let client = book.client(&o.client_id)?;
            let title = if o.title.is_empty() {
                t!("thing-order")
            } else {
                o.title.clone()
            };
            say!(
                "{}",
                t!(
                    if delete {
                        "cli-order-deleted"
                    } else {
                        "cli-order-restored"
                    },
                    title = output::safe(&title),
                    client = output::safe(&client.name),
                    amount = o.amount_text()
                )
            );
            Ok(())
        }
    }
}

#[derive(Debug, Args)]
pub struct NumberArg {
    /// The invoice number (or its id)
    pub number: String,
}

#[derive(Debug, Args)]
pub struct InvoiceEditArgs {
    /// The invoice number (or its id)
    pub number: String,
    /// A new number (unique in the book)
    #[arg(long = "new-number")]
    pub new_number: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    #[arg(long)]
    pub currency: Option<String>,
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub issued: Option<String>,
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub due: Option<String>,
}

pub fn invoice(command: &InvoiceCommand, cx: &Context) -> Result<()> {
    // Add, paid and list live with the rest of the money commands.
    if matches!(
        command,
        InvoiceCommand::Add(_) | InvoiceCommand::Paid(_) | InvoiceCommand::List(_)
    ) {
        return super::followup::invoice(command, cx);
    }
    let mut book = cx.read()?;
    let (inv, said) = match command {
        InvoiceCommand::Edit(a) => {
            let patch = InvoicePatch {
                number: a
                    .new_number
                    .as_deref()
                    .map(|n| domain::required("new-number", n))
                    .transpose()?,
                amount_minor: a
                    .amount
                    .as_deref()
                    .map(|x| domain::amount("amount", x))
                    .transpose()?,
                currency: a.currency.as_deref().map(domain::currency).transpose()?,
                issued_on: a
                    .issued
                    .as_deref()
                    .map(|d| {
                        let day = cx.date("issued", d)?;
                        if day > cx.today {
                            return Err(InputError::new("issued", d, crate::dates::not_future()));
                        }
                        Ok(day)
                    })
                    .transpose()?,
                due_on: a.due.as_deref().map(|d| cx.date("due", d)).transpose()?,
            };
            (
                book.edit_invoice(&a.number, &patch)?,
                t!("cli-invoice-saved"),
            )
        }
        InvoiceCommand::Unpaid(a) => (book.invoice_unpaid(&a.number)?, t!("cli-invoice-unpaid")),
        InvoiceCommand::Delete(a) => (
            book.set_invoice_deleted(&a.number, true)?,
            t!("cli-invoice-deleted"),
        ),
        InvoiceCommand::Restore(a) => (
            book.set_invoice_deleted(&a.number, false)?,
            t!("cli-invoice-restored"),
        ),
        InvoiceCommand::Add(_) | InvoiceCommand::Paid(_) | InvoiceCommand::List(_) => {
            return super::followup::invoice(command, cx);
        }
    };
    say!(
        "{}",
        t!(
            "cli-invoice-line",
            number = output::safe(&inv.number),
            client = output::safe(&inv.client),
            amount = crate::i18n::money(inv.amount_minor, &inv.currency),
            due = crate::i18n::date(inv.due_on),
            said = said
        )
    );
    Ok(())
}

#[derive(Debug, Args)]
pub struct ComplaintEditArgs {
    /// The complaint's id (shown by `complaint list`)
    pub id: String,
    /// What the client said
    #[arg(long)]
    pub summary: Option<String>,
    #[arg(long)]
    pub department: Option<String>,
    /// low, normal or high
    #[arg(long)]
    pub severity: Option<String>,
}

#[derive(Debug, Args)]
pub struct ComplaintReopenArgs {
    /// The complaint's id (shown by `complaint list`)
    pub id: String,
    /// Why: what the client said
    #[arg(long, default_value = "")]
    pub note: String,
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub at: Option<String>,
}

pub fn complaint(command: &ComplaintCommand, cx: &Context) -> Result<()> {
    let said = match command {
        ComplaintCommand::Edit(a) => {
            let patch = ComplaintPatch {
                summary: a
                    .summary
                    .as_deref()
                    .map(|s| domain::required("summary", s))
                    .transpose()?,
                department: a
                    .department
                    .as_deref()
                    .map(|d| domain::required("department", d))
                    .transpose()?,
                severity: a.severity.as_deref().map(Severity::parse).transpose()?,
            };
            let mut book = cx.read()?;
            let k = book.edit_complaint(&a.id, &patch)?;
            t!("cli-complaint-saved", client = output::safe(&k.client))
        }
        ComplaintCommand::Reopen(a) => {
            let at = cx.at_or_now(&a.at)?;
            let mut book = cx.read()?;
            let k = book.reopen_complaint(&a.id, at, &clean_multiline(&a.note))?;
            t!(
                "cli-complaint-reopened",
                client = output::safe(&k.client),
                status = k.status.label()
            )
        }
        ComplaintCommand::Delete(a) | ComplaintCommand::Restore(a) => {
            let delete = matches!(command, ComplaintCommand::Delete(_));
            let mut book = cx.read()?;
            let k = book.set_complaint_deleted(&a.id, delete)?;
            t!(
                if delete {
                    "cli-complaint-deleted"
                } else {
                    "cli-complaint-restored"
                },
                client = output::safe(&k.client)
            )
        }
        // Add, escalate, resolve and list live with the complaint's first steps.
        _ => return super::followup::complaint(command, cx),
    };
    say!("{said}");
    Ok(())
}
