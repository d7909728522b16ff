//! `perform`: the only UI code that touches the book. It carries out an
//! `Effect` and reports back with `Action`s carrying the result or the error.

use super::action::{Action, ClientView, Effect, Owned, Undo};
use super::app::{TIMELINE_PAGE, WINDOW};
use crate::t;

/// Invoices the money view reads at a time (the unpaid ones, the oldest
/// debt first, then the latest paid when asked); the next page as the
/// selection nears the end.
const MONEY_PAGE: u64 = 100;

/// Complaints the complaints view reads at a time (the oldest first: they
/// wait longest); the next page as the selection nears the end.
const COMPLAINT_PAGE: u64 = 100;

/// Planned touches the agenda view reads at most (of open ones, and of closed ones).
const AGENDA_ROWS: u64 = 500;
/// Rows the Today view shows: the most important; `touchbase today` lists all.
const TODAY_ROWS: usize = 200;
use super::form::FormOutput;
use crate::book::{Book, ClientSort, RecordRef, Result, TimelineCursor};
use crate::domain::{ComplaintPatch, ContactPatch, InvoicePatch, NewContact, OrderPatch};
use chrono::NaiveDate;

/// Read on past a list's first page while its last row is not yet past the
/// record wanted (`short_of`) and the last page read was full; `next` reads
/// the page after a row. Whether more rows follow.
fn read_on<T>(
    list: &mut Vec<T>,
    page: u64,
    short_of: impl Fn(&T) -> bool,
    mut next: impl FnMut(&T) -> Result<Vec<T>>,
) -> Result<bool> {
    let mut more = list.len() as u64 == page;
    while more {
        let Some(last) = list.last().filter(|last| short_of(last)) else {
            break;
        };
        let rows = next(last)?;
        more = rows.len() as u64 == page;
        list.extend(rows);
    }
    Ok(more)
}

pub struct Performer {
    pub book: Book,
    data_version: i64,
    /// Where the slow reads go, in the UI (tests count them in place).
    worker: Option<super::worker::Worker>,
}

impl Performer {
    pub fn new(book: Book) -> Performer {
        let data_version = book.data_version().unwrap_or_default();
        Performer {
            book,
            data_version,
            worker: None,
        }
    }

    /// A performer whose slow reads (Today, the report) run on a worker
    /// thread with its own connection to the same book.
    pub fn with_worker(book: Book) -> Performer {
        let worker = super::worker::Worker::start(book.path().to_path_buf());
        let mut p = Performer::new(book);
        p.worker = Some(worker);
        p
    }

    /// True while the worker counts something the UI waits for.
    pub fn busy(&self) -> bool {
        self.worker.as_ref().is_some_and(|w| w.busy())
    }

    /// What the worker is counting that the UI waits for.
    pub fn counting(&self) -> Vec<super::worker::Slot> {
        self.worker
            .as_ref()
            .map(|w| w.waiting())
            .unwrap_or_default()
    }

    /// The worker's answers that arrived (none without a worker); with
    /// `wait`, up to that long for the next one.
    pub fn answers(&mut self, wait: Option<std::time::Duration>) -> Vec<Action> {
        match (&mut self.worker, wait) {
            (Some(w), Some(t)) => w.wait(t),
            (Some(w), None) => w.answers(),
            (None, _) => Vec::new(),
        }
    }

    /// Carry out an effect as of `today` (the UI's reference date, so the two
    /// can never disagree); errors become `Action::Failed`, never a crash.
    pub fn perform(&mut self, effect: Effect, today: NaiveDate) -> Vec<Action> {
        if let Effect::Many(all) = effect {
            return all
                .into_iter()
                .flat_map(|e| self.perform(e, today))
                .collect();
        }
        if let (Some(slot), Some(w)) = (super::worker::Slot::of(&effect), &mut self.worker) {
            w.ask(slot, effect, today);
            return vec![Action::Counting(w.waiting())];
        }
        match self.run(effect, today) {
            Ok(actions) => actions,
            Err(e @ (crate::book::BookError::Stored(_) | crate::book::BookError::Corrupt(_))) => {
                vec![Action::Unreadable(e.to_string())]
            }
            Err(e) => vec![Action::Failed(e.to_string())],
        }
    }

    fn run(&mut self, effect: Effect, today: NaiveDate) -> Result<Vec<Action>> {
        Ok(match effect {
            Effect::Many(_) => vec![],
            Effect::LoadClients {
                filter,
                sort,
                offset,
                select,
            } => {
                vec![self.window(filter, sort, today, offset, select)?]
            }
            Effect::Locate {
                client_id,
                filter,
                sort,
            } => {
                let pos = self
                    .book
                    .client_position(&client_id, &filter, sort, today)?;
                let (filter, pos) = match pos {
                    Some(p) => (filter, p),
                    // Not under the filter: show it in the whole list.
                    None => {
                        let p = self
                            .book
                            .client_position(&client_id, "", sort, today)?
                            .unwrap_or(0);
                        (String::new(), p)
                    }
                };
                vec![self.window(
                    filter,
                    sort,
                    today,
                    pos.saturating_sub(WINDOW / 2),
                    Some(pos),
                )?]
            }
            Effect::LoadUntouched => {
                let rows = self.book.untouched(today, 0, WINDOW)?;
                let (clients, untouched) = self.book.counts(today)?;
                let manager = self.book.manager()?.0;
                let currency = self.book.currency()?;
                vec![Action::UntouchedLoaded {
                    rows,
                    clients,
                    untouched,
                    manager,
                    currency,
                }]
            }
            Effect::LoadClient { id, focus_entry } => {
                let client = self.book.client(&id)?;
                let contacts = self.book.contacts(&id)?;
                let plans = self.book.open_plans(&id)?;
                let mut entries = self.book.timeline(&id, None, TIMELINE_PAGE)?;
                let mut more = entries.len() as u64 == TIMELINE_PAGE;
                // Opening a search hit: read on until the entry is in memory.
                if let Some(target) = &focus_entry {
                    while more && !entries.iter().any(|e| &e.id == target) {
                        let last = entries.last().map(|e| TimelineCursor {
                            at: e.at.clone(),
                            id: e.id.clone(),
                        });
                        let page = self.book.timeline(&id, last.as_ref(), TIMELINE_PAGE)?;
                        more = page.len() as u64 == TIMELINE_PAGE;
                        entries.extend(page);
                    }
                }
                let open_complaints = self.book.open_complaints(&id)?;
                let unpaid = self
                    .book
                    .invoices(false, today, Some(&id))?
                    .into_iter()
                    .filter(|i| i.paid_on.is_none())
                    .collect();
                let weekly_touches = self.book.weekly_touches(&id, today, 12)?;
                let managed_before = self.book.managed_before(&id)?;
                let checklist = self.book.checklist(&id)?;
                vec![Action::ClientLoaded(Box::new(ClientView {
                    client,
                    contacts,
                    plans,
                    entries,
                    more,
                    open_complaints,
                    unpaid,
                    weekly_touches,
                    managed_before,
                    checklist,
                    focus_entry,
                }))]
            }
            Effect::LoadMoreTimeline { client_id, after } => {
                let entries = self
                    .book
                    .timeline(&client_id, Some(&after), TIMELINE_PAGE)?;
                vec![Action::TimelineMore { client_id, entries }]
            }
            Effect::Search(query) => {
                let hits = self.book.search(&query, super::app::SEARCH_HITS)?;
                vec![Action::SearchResults { query, hits }]
            }
            Effect::Save(out) => vec![self.save(*out, today)?],
            Effect::DeleteEntry(id) => {
                let e = self.book.delete_entry(&id)?;
                vec![Action::Saved {
                    message: t!("done-deleted-entry", summary = e.shown_summary().as_str()),
                    client_id: Some(e.client_id),
                    undo: Some(Undo::RestoreEntry(e.id)),
                    focus: None,
                }]
            }
            Effect::Undo(undo) => {
                let (message, client_id) = match undo {
                    Undo::RestoreEntry(id) => {
                        let e = self.book.restore_entry(&id)?;
                        (
                            t!("done-restored-entry", summary = e.shown_summary().as_str()),
                            e.client_id,
                        )
                    }
                    Undo::HideEntry(id) => {
                        let e = self.book.delete_entry(&id)?;
                        (
                            t!("done-took-back", summary = e.shown_summary().as_str()),
                            e.client_id,
                        )
                    }
                    Undo::Version { record, id } => {
                        self.book.restore_newest_version(record, &id)?;
                        let client = match record {
                            "clients" => id.clone(),
                            _ => self.book.plan_by_id(&id)?.client_id,
                        };
                        (t!("done-undone"), client)
                    }
                    Undo::Unpaid(number) => {
                        let i = self.book.invoice_unpaid(&number)?;
                        (
                            t!("done-unpaid-again", number = i.number.as_str()),
                            i.client_id,
                        )
                    }
                    Undo::Paid { number, on } => {
                        let i = self.book.invoice_paid(&number, on)?;
                        (
                            t!("done-paid-again", number = i.number.as_str()),
                            i.client_id,
                        )
                    }
                    Undo::Order { id, patch } => {
                        let o = self.book.edit_order(&id, &patch)?;
                        (t!("done-undone"), o.client_id)
                    }
                    Undo::Invoice { number, patch } => {
                        let i = self.book.edit_invoice(&number, &patch)?;
                        (t!("done-undone"), i.client_id)
                    }
                    Undo::Complaint { id, patch } => {
                        let k = self.book.edit_complaint(&id, &patch)?;
                        (t!("done-undone"), k.client_id)
                    }
                    Undo::Contact { id, patch } => {
                        let c = self.book.edit_contact(&id, &patch, true)?;
                        (t!("done-undone"), c.client_id)
                    }
                    Undo::ContactLeft { id, on } => {
                        let c = self.book.contact_left(&id, on)?;
                        (t!("done-undone"), c.client_id)
                    }
                    Undo::Restore(record) => {
                        let (what, client) = self.set_record_deleted(&record, false)?;
                        (t!("done-restored", what = what), client)
                    }
                    Undo::AddContact { client_id, contact } => {
                        let c = self.book.add_contact_as(&client_id, &contact, true)?;
                        (
                            t!("done-contact-restored", name = c.name.as_str()),
                            client_id,
                        )
                    }
                };
                vec![Action::Saved {
                    message,
                    client_id: Some(client_id),
                    undo: None,
                    focus: None,
                }]
            }
            Effect::RestoreEntry(id) => {
                let e = self.book.restore_entry(&id)?;
                vec![Action::Saved {
                    message: t!("done-restored-entry", summary = e.shown_summary().as_str()),
                    client_id: Some(e.client_id),
                    undo: None,
                    focus: None,
                }]
            }
            Effect::LoadVersions(id) => {
                let versions = self.book.entry_versions(&id)?;
                vec![Action::VersionsLoaded {
                    entry_id: id,
                    versions,
                }]
            }
            Effect::LoadComplaints { all, focus } => {
                let mut complaints = self.book.complaints_first(!all, None, COMPLAINT_PAGE)?;
                // The complaint to select is read to, however far down the
                // list, and no further than its place in the order.
                let place = focus.and_then(|id| self.book.complaint(&id).ok().map(|k| k.opened_at));
                let more = read_on(
                    &mut complaints,
                    COMPLAINT_PAGE,
                    |last| place.as_ref().is_some_and(|p| last.opened_at <= *p),
                    |last| self.book.complaints_after(!all, &last.id, COMPLAINT_PAGE),
                )?;
                vec![Action::ComplaintsLoaded {
                    complaints,
                    open_total: self.book.count_open_complaints()?,
                    departments: self.book.departments()?,
                    more,
                }]
            }
            Effect::LoadMoreComplaints { all, after } => {
                let complaints = self.book.complaints_after(!all, &after, COMPLAINT_PAGE)?;
                vec![Action::ComplaintsMore {
                    all,
                    after,
                    more: complaints.len() as u64 == COMPLAINT_PAGE,
                    complaints,
                }]
            }
            Effect::LoadDepartments => vec![Action::DepartmentsLoaded(self.book.departments()?)],
            // The first rows only: each shown row reads its last entry.
            Effect::LoadToday => {
                let (rows, total) = self.book.today_counted(today, Some(TODAY_ROWS), true)?;
                vec![Action::TodayLoaded(rows, total)]
            }
            Effect::LoadAgenda { all } => {
                vec![Action::AgendaLoaded(self.book.agenda(
                    today,
                    30,
                    all,
                    AGENDA_ROWS,
                )?)]
            }
            Effect::LoadReport { from, to } => {
                vec![Action::ReportLoaded(Box::new(self.book.report(from, to)?))]
            }
            Effect::FulfilPlan { plan_id, entry_id } => {
                let p = self.book.fulfil_plan(&plan_id, &entry_id)?;
                vec![Action::Saved {
                    message: t!("done-plan-done", purpose = p.purpose.as_str()),
                    client_id: Some(p.client_id),
                    undo: Some(Undo::Version {
                        record: "plans",
                        id: p.id.clone(),
                    }),
                    focus: None,
                }]
            }
            Effect::LoadMoney { all, focus } => {
                let mut list = self.book.unpaid_invoices_after(None, MONEY_PAGE)?;
                // An unpaid invoice to select (Today's `M`) is read to,
                // however far down, and no further than its due day.
                let place = focus.and_then(|id| {
                    let i = self.book.invoice(&id).ok()?;
                    i.paid_on.is_none().then_some(i.due_on)
                });
                let mut more = read_on(
                    &mut list,
                    MONEY_PAGE,
                    |last| place.is_some_and(|p| last.due_on <= p),
                    |last| self.book.unpaid_invoices_after(Some(&last.id), MONEY_PAGE),
                )?;
                if all && !more {
                    let paid = self.book.paid_invoices_after(None, MONEY_PAGE)?;
                    more = paid.len() as u64 == MONEY_PAGE;
                    list.extend(paid);
                }
                vec![Action::MoneyLoaded {
                    list,
                    unpaid_total: self.book.count_unpaid_invoices()?,
                    more,
                }]
            }
            Effect::LoadMoreMoney {
                all,
                after,
                after_paid,
            } => {
                let mut list = if after_paid {
                    self.book.paid_invoices_after(Some(&after), MONEY_PAGE)?
                } else {
                    self.book.unpaid_invoices_after(Some(&after), MONEY_PAGE)?
                };
                let mut more = list.len() as u64 == MONEY_PAGE;
                // The last unpaid one read: the paid ones follow, when asked for.
                if all && !after_paid && !more {
                    let paid = self.book.paid_invoices_after(None, MONEY_PAGE)?;
                    more = paid.len() as u64 == MONEY_PAGE;
                    list.extend(paid);
                }
                vec![Action::MoneyMore {
                    all,
                    after,
                    list,
                    more,
                }]
            }
            Effect::InvoiceUnpaid(number) => {
                let old = self.book.invoice(&number)?;
                let i = self.book.invoice_unpaid(&number)?;
                vec![Action::Saved {
                    message: t!(
                        "done-unpaid",
                        number = i.number.as_str(),
                        client = i.client.as_str()
                    ),
                    client_id: Some(i.client_id),
                    undo: old.paid_on.map(|on| Undo::Paid {
                        number: i.number.clone(),
                        on,
                    }),
                    focus: None,
                }]
            }
            Effect::LoadOwner { entry_id, intent } => {
                let entry = self.book.entry(&entry_id)?;
                let owner = match self.book.entry_owner(&entry_id)? {
                    None => None,
                    Some(RecordRef::Order(id)) => Some(Owned::Order(self.book.order(&id)?)),
                    Some(RecordRef::Invoice(n)) => Some(Owned::Invoice(self.book.invoice(&n)?)),
                    Some(RecordRef::Complaint(id)) => {
                        Some(Owned::Complaint(self.book.complaint(&id)?))
                    }
                };
                vec![Action::OwnerLoaded {
                    entry: Box::new(entry),
                    owner: owner.map(Box::new),
                    intent,
                }]
            }
            Effect::DeleteRecord(record) => {
                let (what, client) = self.set_record_deleted(&record, true)?;
                vec![Action::Saved {
                    message: t!("done-deleted-record", what = what),
                    client_id: Some(client),
                    undo: Some(Undo::Restore(record)),
                    focus: None,
                }]
            }
            Effect::DeleteContact(id) => {
                let c = self.book.delete_contact(&id)?;
                vec![Action::Saved {
                    message: t!("done-deleted-contact", name = c.name.as_str()),
                    client_id: Some(c.client_id.clone()),
                    undo: Some(Undo::AddContact {
                        client_id: c.client_id,
                        contact: NewContact {
                            name: c.name,
                            role: c.role,
                            phone: c.phone,
                            email: c.email,
                            note: c.note,
                        },
                    }),
                    focus: None,
                }]
            }
            Effect::ContactBack(id) => {
                let old = self.book.contact(&id)?;
                let c = self.book.contact_left(&id, None)?;
                vec![Action::Saved {
                    message: t!("done-contact-back", name = c.name.as_str()),
                    client_id: Some(c.client_id),
                    undo: Some(Undo::ContactLeft {
                        id: c.id,
                        on: old.left_on,
                    }),
                    focus: None,
                }]
            }
            Effect::ReopenComplaint(id) => {
                let now = crate::tui::form::Clock::local();
                let at = crate::dates::When {
                    date: today,
                    time: if today == now.today { now.now } else { None },
                };
                let k = self.book.reopen_complaint(&id, at, "")?;
                vec![Action::Saved {
                    message: t!("done-reopened", summary = k.summary.as_str()),
                    client_id: Some(k.client_id),
                    undo: None,
                    focus: None,
                }]
            }
            Effect::InvoicePaid { number, on } => {
                let i = self.book.invoice_paid(&number, on)?;
                vec![Action::Saved {
                    message: t!(
                        "done-paid",
                        number = i.number.as_str(),
                        client = i.client.as_str(),
                        day = crate::i18n::date(on)
                    ),
                    client_id: Some(i.client_id),
                    undo: Some(Undo::Unpaid(i.number.clone())),
                    focus: None,
                }]
            }
            Effect::CancelPlan(id) => {
                let p = self.book.cancel_plan(&id)?;
                vec![Action::Saved {
                    message: t!("done-plan-cancelled", purpose = p.purpose.as_str()),
                    client_id: Some(p.client_id),
                    undo: Some(Undo::Version {
                        record: "plans",
                        id: p.id.clone(),
                    }),
                    focus: None,
                }]
            }
            Effect::CheckExternal => {
                let v = self.book.data_version()?;
                if v != self.data_version {
                    self.data_version = v;
                    vec![Action::ExternalChange]
                } else {
                    vec![]
                }
            }
        })
    }

    /// Delete (hide) or restore an order, invoice or complaint with its
    /// entries; says what it was and whose.
    fn set_record_deleted(
        &mut self,
        record: &RecordRef,
        deleted: bool,
    ) -> Result<(String, String)> {
        Ok(match record {
            RecordRef::Order(id) => {
                let o = self.book.set_order_deleted(id, deleted)?;
                let client = o.client_id.clone();
                (Owned::Order(o).describe(), client)
            }
            RecordRef::Invoice(n) => {
                let i = self.book.set_invoice_deleted(n, deleted)?;
                let client = i.client_id.clone();
                (Owned::Invoice(i).describe(), client)
            }
            RecordRef::Complaint(id) => {
                let k = self.book.set_complaint_deleted(id, deleted)?;
                let client = k.client_id.clone();
                (Owned::Complaint(k).describe(), client)
            }
        })
    }

    /// A window of the client list from `offset`, with the filter it was read under.
    fn window(
        &self,
        filter: String,
        sort: ClientSort,
        today: NaiveDate,
        offset: u64,
        select: Option<u64>,
    ) -> Result<Action> {
        let total = self.book.count_clients(&filter)?;
        let offset = offset.min(total.saturating_sub(1));
        let rows = self
            .book
            .clients_page(&filter, sort, today, offset, WINDOW)?;
        Ok(Action::ClientsLoaded {
            filter,
            offset,
            total,
            rows,
            select,
        })
    }

    fn save(&mut self, out: FormOutput, today: NaiveDate) -> Result<Action> {
        let with_undo = |action: Action, token: Undo| match action {
            Action::Saved {
                message,
                client_id,
                focus,
                ..
            } => Action::Saved {
                message,
                client_id,
                undo: Some(token),
                focus,
            },
            other => other,
        };
        // The new record's timeline entry is selected, so the next key acts on it.
        let focused = |action: Action, entry: Option<String>| match action {
            Action::Saved {
                message,
                client_id,
                undo,
                ..
            } => Action::Saved {
                message,
                client_id,
                undo,
                focus: entry,
            },
            other => other,
        };
        let saved = |message: String, client_id: &str| Action::Saved {
            message,
            client_id: Some(client_id.to_string()),
            undo: None,
            focus: None,
        };
        Ok(match out {
            FormOutput::Complaint {
                client_id,
                complaint,
            } => {
                let k = self.book.add_complaint(&client_id, &complaint)?;
                let focus = self.book.entry_of(&RecordRef::Complaint(k.id.clone()))?;
                focused(
                    saved(
                        t!(
                            "done-complaint",
                            department = k.department.as_str(),
                            summary = k.summary.as_str()
                        ),
                        &client_id,
                    ),
                    focus,
                )
            }
            FormOutput::Escalate { id, to, note, at } => {
                let k = self.book.escalate_complaint(&id, &to, &note, at)?;
                saved(
                    t!(
                        "done-escalated",
                        to = to.as_str(),
                        summary = k.summary.as_str()
                    ),
                    &k.client_id,
                )
            }
            FormOutput::Resolve { id, resolution, at } => {
                let k = self.book.resolve_complaint(&id, &resolution, at)?;
                saved(
                    t!("done-resolved", summary = k.summary.as_str()),
                    &k.client_id,
                )
            }
            FormOutput::Order { client_id, order } => {
                let o = self.book.add_order(&client_id, &order)?;
                let focus = self.book.entry_of(&RecordRef::Order(o.id.clone()))?;
                focused(
                    saved(
                        t!(
                            "done-order",
                            amount = o
                                .amount_minor
                                .map(|m| crate::i18n::money(m, &o.currency))
                                .unwrap_or_else(|| t!("no-amount-yet")),
                            status = o.status.label()
                        ),
                        &client_id,
                    ),
                    focus,
                )
            }
            FormOutput::Invoice { client_id, invoice } => {
                let i = self.book.add_invoice(&client_id, &invoice)?;
                let focus = self.book.entry_of(&RecordRef::Invoice(i.number.clone()))?;
                focused(
                    saved(
                        t!(
                            "done-invoice",
                            number = i.number.as_str(),
                            day = crate::i18n::date(i.due_on)
                        ),
                        &client_id,
                    ),
                    focus,
                )
            }
            FormOutput::Log {
                client_id,
                entry,
                next,
                fulfils,
            } => {
                // Plans that were already there (not the next step this form adds).
                let before = self.book.plans_due_after(&client_id, entry.at.date)?;
                let e = self.book.log_fulfilling(
                    &client_id,
                    &entry,
                    next.as_ref(),
                    fulfils.as_deref(),
                )?;
                // The new entry is selected, so the next key acts on it.
                let done = Action::Saved {
                    message: t!(
                        "done-logged",
                        kind = e.kind.label(),
                        day = crate::dates::When::from_stored(&e.at)
                            .map(|w| crate::i18n::weekday_date(w.date))
                            .unwrap_or_default(),
                        summary = e.shown_summary().as_str()
                    ),
                    client_id: Some(client_id.clone()),
                    undo: Some(Undo::HideEntry(e.id.clone())),
                    focus: Some(e.id.clone()),
                };
                // A touch before a plan's due day may still be what it asked for.
                let later = if e.kind.is_touch() && fulfils.is_none() {
                    before
                } else {
                    Vec::new()
                };
                match later.into_iter().next() {
                    Some(plan) => Action::AskFulfils {
                        saved: Box::new(done),
                        entry_id: e.id,
                        plan,
                        client: self.book.client(&client_id)?.name,
                    },
                    None => done,
                }
            }
            FormOutput::NewClient(new) => {
                let c = self.book.add_client(&new, today)?;
                saved(t!("done-client", name = c.name.as_str()), &c.id)
            }
            FormOutput::EditClient { id, patch } => {
                let c = self.book.edit_client(&id, &patch)?;
                with_undo(
                    saved(t!("done-client-saved", name = c.name.as_str()), &c.id),
                    Undo::Version {
                        record: "clients",
                        id: c.id.clone(),
                    },
                )
            }
            FormOutput::Plan { client_id, plan } => {
                let p = self.book.plan(&client_id, &plan)?;
                saved(
                    t!(
                        "done-planned",
                        kind = p.kind.label(),
                        day = crate::i18n::date(p.due),
                        purpose = p.purpose.as_str()
                    ),
                    &client_id,
                )
            }
            FormOutput::EditPlan { id, patch } => {
                let p = self.book.edit_plan(&id, &patch)?;
                with_undo(
                    saved(
                        t!(
                            "done-plan-moved",
                            kind = p.kind.label(),
                            day = crate::i18n::date(p.due),
                            purpose = p.purpose.as_str()
                        ),
                        &p.client_id,
                    ),
                    Undo::Version {
                        record: "plans",
                        id: p.id.clone(),
                    },
                )
            }
            FormOutput::Contact { client_id, contact } => {
                let c = self.book.add_contact(&client_id, &contact)?;
                focused(
                    saved(t!("done-contact", name = c.name.as_str()), &client_id),
                    Some(c.id),
                )
            }
            FormOutput::EditContact { id, patch } => {
                let old = self.book.contact(&id)?;
                let c = self.book.edit_contact(&id, &patch, false)?;
                with_undo(
                    focused(
                        saved(
                            t!("done-contact-saved", name = c.name.as_str()),
                            &c.client_id,
                        ),
                        Some(c.id.clone()),
                    ),
                    Undo::Contact {
                        id: old.id,
                        patch: ContactPatch {
                            name: Some(old.name),
                            role: Some(old.role),
                            phone: Some(old.phone),
                            email: Some(old.email),
                            note: Some(old.note),
                        },
                    },
                )
            }
            FormOutput::ContactLeft { id, on } => {
                let old = self.book.contact(&id)?;
                let c = self.book.contact_left(&id, Some(on))?;
                with_undo(
                    saved(
                        t!(
                            "done-contact-left",
                            name = c.name.as_str(),
                            day = crate::i18n::date(on)
                        ),
                        &c.client_id,
                    ),
                    Undo::ContactLeft {
                        id: old.id,
                        on: old.left_on,
                    },
                )
            }
            FormOutput::EditOrder { id, patch } => {
                let old = self.book.order(&id)?;
                let o = self.book.edit_order(&id, &patch)?;
                with_undo(
                    saved(
                        t!(
                            "done-order-saved",
                            amount = o
                                .amount_minor
                                .map(|m| crate::i18n::money(m, &o.currency))
                                .unwrap_or_else(|| t!("no-amount-yet")),
                            status = o.status.label()
                        ),
                        &o.client_id,
                    ),
                    Undo::Order {
                        id: old.id,
                        patch: OrderPatch {
                            at: crate::dates::When::from_stored(&old.at),
                            title: Some(old.title),
                            amount_minor: Some(old.amount_minor),
                            currency: Some(old.currency),
                            status: Some(old.status),
                        },
                    },
                )
            }
            FormOutput::EditInvoice { number, patch } => {
                let old = self.book.invoice(&number)?;
                let i = self.book.edit_invoice(&number, &patch)?;
                with_undo(
                    saved(
                        t!(
                            "done-invoice-saved",
                            number = i.number.as_str(),
                            day = crate::i18n::date(i.due_on)
                        ),
                        &i.client_id,
                    ),
                    Undo::Invoice {
                        number: i.number.clone(),
                        patch: InvoicePatch {
                            number: Some(old.number),
                            amount_minor: Some(old.amount_minor),
                            currency: Some(old.currency),
                            issued_on: Some(old.issued_on),
                            due_on: Some(old.due_on),
                        },
                    },
                )
            }
            FormOutput::EditComplaint { id, patch } => {
                let old = self.book.complaint(&id)?;
                let k = self.book.edit_complaint(&id, &patch)?;
                with_undo(
                    saved(
                        t!("done-complaint-saved", summary = k.summary.as_str()),
                        &k.client_id,
                    ),
                    Undo::Complaint {
                        id: old.id,
                        patch: ComplaintPatch {
                            summary: Some(old.summary),
                            department: Some(old.department),
                            severity: Some(old.severity),
                        },
                    },
                )
            }
            FormOutput::EditEntry { id, patch } => {
                let e = self.book.edit_entry(&id, &patch)?;
                saved(
                    t!("done-entry-saved", summary = e.shown_summary().as_str()),
                    &e.client_id,
                )
            }
        })
    }
}
