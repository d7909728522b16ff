//! What can happen in the UI (`Action`, produced by keys and by finished
//! effects) and what the UI asks the outside world to do (`Effect`, carried
//! out by `perform`, the only UI code that touches the book).

use super::form::FormOutput;
use crate::book::{
    AgendaItem, ClientRow, ClientSort, Hit, RecordRef, Report, TimelineCursor, Untouched,
};
use crate::domain::{
    Client, Complaint, ComplaintPatch, Contact, ContactPatch, Interaction, Invoice, InvoicePatch,
    NewContact, Order, OrderPatch, Plan,
};
use chrono::NaiveDate;
use crossterm::event::KeyEvent;

/// How to undo the last change made in the UI (`u`).
#[derive(Debug, Clone, PartialEq)]
pub enum Undo {
    /// A deleted entry: bring it back.
    RestoreEntry(String),
    /// A logged entry: hide it again.
    HideEntry(String),
    /// An edited or closed record: put back its newest kept version.
    Version {
        record: &'static str,
        id: String,
    },
    /// A payment: mark the invoice unpaid.
    Unpaid(String),
    /// An invoice marked unpaid: paid again on its old day.
    Paid {
        number: String,
        on: NaiveDate,
    },
    /// An edited order, invoice, complaint or contact: put the old values
    /// back through the same edit, so its timeline entries follow.
    Order {
        id: String,
        patch: OrderPatch,
    },
    Invoice {
        number: String,
        patch: InvoicePatch,
    },
    Complaint {
        id: String,
        patch: ComplaintPatch,
    },
    Contact {
        id: String,
        patch: ContactPatch,
    },
    /// A contact marked as having left (or back): the old day.
    ContactLeft {
        id: String,
        on: Option<NaiveDate>,
    },
    /// A deleted order, invoice or complaint: bring it back with its entries.
    Restore(RecordRef),
    /// A deleted contact (nothing referred to them): add them back.
    AddContact {
        client_id: String,
        contact: NewContact,
    },
}

/// What a key on a timeline entry wants done with it, or with the record it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    Edit,
    Delete,
}

/// The record a timeline entry stands for, as loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum Owned {
    Order(Order),
    Invoice(Invoice),
    Complaint(Complaint),
}

impl Owned {
    /// What the record is, in words (`the order “Line 2” (125 000 RUB)`).
    pub fn describe(&self) -> String {
        match self {
            Owned::Order(o) => crate::t!(
                "what-order",
                title = o.title.as_str(),
                amount = o
                    .amount_minor
                    .map(|m| crate::i18n::money(m, &o.currency))
                    .unwrap_or_else(|| crate::t!("no-amount-yet"))
            ),
            Owned::Invoice(i) => crate::t!(
                "what-invoice",
                number = i.number.as_str(),
                amount = crate::i18n::money(i.amount_minor, &i.currency)
            ),
            Owned::Complaint(k) => crate::t!("what-complaint", summary = k.summary.as_str()),
        }
    }
}

/// Every change to the UI state goes through one of these.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Move the selection down one row.
    Down,
    /// Move the selection up one row.
    Up,
    /// Move the selection down one page.
    PageDown,
    /// Move the selection up one page.
    PageUp,
    /// Jump to the first row.
    Top,
    /// Jump to the last row.
    Bottom,
    /// Focus the next pane.
    NextPane,
    /// Focus the previous pane.
    PrevPane,
    /// Open what is selected.
    Open,
    /// Back out: close the overlay, leave the filter, clear it.
    Back,
    /// Start typing a filter for the client list.
    StartFilter,
    /// Cycle the client list's order.
    CycleSort,
    /// Open the form to log an interaction for the selected client.
    LogInteraction,
    /// Open the form to add a client.
    NewClient,
    /// Open the form to plan a touch for the selected client.
    PlanTouch,
    /// Edit the selected client, or the selected timeline entry.
    Edit,
    /// Open the form to add a contact to the selected client.
    NewContact,
    /// Delete the selected entry or record (asks first).
    DeleteEntry,
    /// Undo the last change made in the UI: a delete, an edit, a status,
    /// a payment, a logged entry.
    UndoDelete,
    /// Search the whole book.
    StartSearch,
    /// Show the book-wide complaints view.
    ShowComplaints,
    /// Show the agenda of planned touches.
    ShowAgenda,
    /// Today: every client with a reason to act, most important first.
    ShowToday,
    /// Show the reports view.
    ShowReports,
    /// Show the money view: unpaid invoices book-wide, overdue first.
    ShowMoney,
    /// Mark the selected invoice paid today (asks first).
    MarkPaid,
    /// Open the form to record a complaint of the selected client.
    NewComplaint,
    /// Open the form to record an order of the selected client.
    NewOrder,
    /// Open the form to record an invoice of the selected client.
    NewInvoice,
    /// Show the selected client's contacts.
    ShowContacts,
    /// Contacts view: the selected contact has left the client (or is back).
    ContactLeft,
    /// Complaints view: escalate the selected complaint.
    Escalate,
    /// Complaints view: resolve the selected complaint, or reopen a resolved one.
    Resolve,
    /// Complaints and agenda views: also show the closed ones, or not.
    ToggleAll,
    /// Complaints view: group by department, or not.
    ToggleGroup,
    /// Agenda view: cancel the selected planned touch (asks first).
    CancelPlan,
    /// Edit the selected planned touch: move it, change its purpose or kind.
    EditPlan,
    /// Reports view: the period before.
    PeriodBack,
    /// Reports view: the period after.
    PeriodForward,
    /// Reload everything from the book.
    Reload,
    /// Show or hide the help screen.
    Help,
    /// Leave touchbase.
    Quit,
    /// A key typed into the focused text (filter, search, form field).
    Input(KeyEvent),
    /// Form: next field.
    FieldNext,
    /// Form: previous field.
    FieldPrev,
    /// Form: Enter (next field, or save from the last one).
    FieldEnter,
    /// Form: save from any field.
    Save,
    /// Confirmation: yes.
    Confirm,
    /// Confirmation: no.
    Deny,
    /// Periodic check for changes made by other programs.
    Tick,
    /// What is being counted off the UI thread (Today, the report); empty
    /// when nothing is any more.
    Counting(Vec<crate::tui::worker::Slot>),
    /// The clock as read before an event (not when `--today` fixes the date).
    ClockRead(crate::tui::form::Clock),

    /// Result: a window of the client list, read under `filter`.
    ClientsLoaded {
        filter: String,
        offset: u64,
        total: u64,
        rows: Vec<ClientRow>,
        select: Option<u64>,
    },
    /// Result: the untouched panel, the status counts and the book's manager.
    UntouchedLoaded {
        rows: Vec<Untouched>,
        clients: u64,
        untouched: u64,
        manager: String,
        currency: String,
    },
    /// Result: the selected client's card and the first timeline page.
    ClientLoaded(Box<ClientView>),
    /// Result: the next timeline page.
    TimelineMore {
        client_id: String,
        entries: Vec<Interaction>,
    },
    /// Result: search hits for a query.
    SearchResults { query: String, hits: Vec<Hit> },
    /// Result: a form was saved.
    Saved {
        message: String,
        client_id: Option<String>,
        undo: Option<Undo>,
        /// The entry to select once the client is loaded again.
        focus: Option<String>,
    },
    /// Result: a touch was logged while the client has an open plan due
    /// later; ask whether it was what that plan asked for.
    AskFulfils {
        saved: Box<Action>,
        entry_id: String,
        plan: Plan,
        client: String,
    },
    /// Result: an effect failed; the message is shown, nothing else changes.
    Failed(String),
    /// Result: the book holds what cannot be read (a value another program
    /// wrote that touchbase does not accept, or damaged pages). Lists then
    /// say so rather than "no clients yet".
    Unreadable(String),
    /// Result: the book changed on disk (another program wrote).
    ExternalChange,
    /// Result: the complaints view's list and the departments named so far.
    ComplaintsLoaded {
        complaints: Vec<Complaint>,
        departments: Vec<String>,
        /// How many are open in the whole book (the list holds the oldest only).
        open_total: u64,
        /// Whether more follow the last one read (read on as the selection nears the end).
        more: bool,
    },
    /// Result: the complaints view's next page, after the complaint `after`.
    ComplaintsMore {
        all: bool,
        after: String,
        complaints: Vec<Complaint>,
        more: bool,
    },
    /// Result: the departments named in complaints so far (opens the complaint form).
    DepartmentsLoaded(Vec<String>),
    /// Result: the agenda.
    AgendaLoaded(Vec<AgendaItem>),
    /// Result: Today's first rows, and how many clients there are to act on in all.
    TodayLoaded(Vec<crate::book::today::TodayRow>, usize),
    /// Result: the unpaid invoices of the book, overdue first (then the
    /// recently paid ones, when asked for).
    MoneyLoaded {
        list: Vec<Invoice>,
        /// How many are unpaid in the whole book (the list holds the oldest only).
        unpaid_total: u64,
        /// Whether more follow the last one read (read on as the selection nears the end).
        more: bool,
    },
    /// Result: the money view's next page, after the invoice `after`.
    MoneyMore {
        all: bool,
        after: String,
        list: Vec<Invoice>,
        more: bool,
    },
    /// Result: the report for the reports view.
    ReportLoaded(Box<Report>),
    /// Result: a timeline entry and the record it stands for, to edit or delete.
    OwnerLoaded {
        entry: Box<Interaction>,
        owner: Option<Box<Owned>>,
        intent: Intent,
    },
    /// Result: an entry's earlier versions, for the detail view.
    VersionsLoaded {
        entry_id: String,
        versions: Vec<(String, String, String)>,
    },
}

/// The selected client as loaded for the card and timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientView {
    pub client: Client,
    pub contacts: Vec<Contact>,
    pub plans: Vec<Plan>,
    pub entries: Vec<Interaction>,
    /// True when older entries remain to be loaded.
    pub more: bool,
    pub open_complaints: Vec<Complaint>,
    /// Unpaid invoices, soonest due first.
    pub unpaid: Vec<Invoice>,
    /// The manager before the last handover, and the day the client came here.
    pub managed_before: Option<(String, String)>,
    /// The successor's checklist, while anything is left on it.
    pub checklist: Option<crate::book::checklist::Checklist>,
    /// Touches per week over the last twelve weeks, oldest first.
    pub weekly_touches: Vec<u64>,
    /// Select this entry once loaded (opening a search hit).
    pub focus_entry: Option<String>,
}

impl ClientView {
    /// The contacts a form offers: those who have not left, as (id, name).
    pub fn current_contacts(&self) -> Vec<(String, String)> {
        self.contacts
            .iter()
            .filter(|c| c.left_on.is_none())
            .map(|c| (c.id.clone(), c.name.clone()))
            .collect()
    }
}

/// Work for `perform`: reading or writing the book.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LoadClients {
        filter: String,
        sort: ClientSort,
        offset: u64,
        select: Option<u64>,
    },
    /// Find a client's row under the current filter and sort, then load around it.
    Locate {
        client_id: String,
        filter: String,
        sort: ClientSort,
    },
    LoadUntouched,
    LoadClient {
        id: String,
        focus_entry: Option<String>,
    },
    LoadMoreTimeline {
        client_id: String,
        after: TimelineCursor,
    },
    Search(String),
    Save(Box<FormOutput>),
    DeleteEntry(String),
    RestoreEntry(String),
    /// Undo a change.
    Undo(Undo),
    LoadVersions(String),
    LoadComplaints {
        all: bool,
        /// A complaint to select: the list is read on until it is in.
        focus: Option<String>,
    },
    LoadMoreComplaints {
        all: bool,
        after: String,
    },
    LoadDepartments,
    LoadAgenda {
        all: bool,
    },
    LoadToday,
    LoadMoney {
        all: bool,
        /// An unpaid invoice to select: the list is read on until it is in.
        focus: Option<String>,
    },
    LoadMoreMoney {
        all: bool,
        after: String,
        /// Whether `after` is paid: the unpaid ones come first, then the paid.
        after_paid: bool,
    },
    /// Mark an invoice paid on a day.
    InvoicePaid {
        number: String,
        on: NaiveDate,
    },
    /// Mark a paid invoice unpaid again.
    InvoiceUnpaid(String),
    /// Load a timeline entry's record, to edit or delete it.
    LoadOwner {
        entry_id: String,
        intent: Intent,
    },
    /// Delete an order, an invoice or a complaint with its entries.
    DeleteRecord(RecordRef),
    /// Delete a contact nothing refers to.
    DeleteContact(String),
    /// Reopen a resolved complaint.
    ReopenComplaint(String),
    /// A contact who had left is back.
    ContactBack(String),
    LoadReport {
        from: NaiveDate,
        to: NaiveDate,
    },
    CancelPlan(String),
    /// Mark the plan as fulfilled by the entry.
    FulfilPlan {
        plan_id: String,
        entry_id: String,
    },
    CheckExternal,
    Many(Vec<Effect>),
}
