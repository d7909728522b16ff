//! The command line: clap definitions here, one small function per subcommand
//! in `cli/commands.rs`, and the plain-text and JSON printers in `cli/output.rs`.

/// Print a line to standard output without ever panicking (see `cli::out`).
macro_rules! say {
    () => {
        $crate::cli::out::line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::cli::out::line(format_args!($($arg)*))
    };
}

/// Print text without a line end, like `say!`.
macro_rules! say_text {
    ($($arg:tt)*) => {
        $crate::cli::out::text(format_args!($($arg)*))
    };
}

mod commands;
pub mod export;
mod followup;
pub mod help;
mod lifecycle;
pub mod out;
mod output;
pub mod parse_errors;
mod report_format;
mod report_html;

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

pub use commands::{Context, run};

/// A keyboard-driven terminal CRM: your book of clients in one SQLite file.
///
/// Without a command, opens the terminal UI on the book.
#[derive(Debug, Parser)]
#[command(name = "touchbase", version, about, long_about = None, after_help = "Dates (WHEN): 2026-11-27, 27.11.2026, 5.12 (this year), with an optional time 14:30, 15:00 (today), today, yesterday 15:00, tomorrow, now, mon…sun or пн…вс (the last one for facts, the coming one for plans), +3d, -2w, +1m, +1y; Russian words too (вчера, сегодня, завтра, сейчас).\nCLIENT: an id, or any part of the name in any case (ё = е).")]
pub struct Cli {
    /// The book file [default: $TOUCHBASE_DB, then book.sqlite in the platform data folder]
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        env = "TOUCHBASE_DB",
        hide_env = true,
        overrides_with = "db"
    )]
    pub db: Option<PathBuf>,

    /// The reference date for everything that counts days [default: the local date]
    #[arg(
        long,
        global = true,
        value_name = "DATE",
        overrides_with = "today",
        allow_hyphen_values = true
    )]
    pub today: Option<String>,

    /// Open the terminal UI on a throwaway copy of the demo book
    #[arg(long)]
    pub demo: bool,

    /// The language people read: ru or en [default: $TOUCHBASE_LANG, then the locale]
    #[arg(long, global = true, value_name = "LANG", value_parser = ["ru", "en"])]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add, edit, list and show clients
    #[command(subcommand)]
    Client(ClientCommand),
    /// Contacts at a client: add, list, edit, mark as left, delete
    #[command(subcommand)]
    Contact(ContactCommand),
    /// Log a timeline entry (a touch, a note, an order, …) for a client
    Log(LogArgs),
    /// Plan a next touch for a client; list, move, edit or cancel planned touches
    Plan(PlanCommandArgs),
    /// Show a client's timeline, newest first
    Timeline(TimelineArgs),
    /// What to do today: every client with a reason to act, most important first, with the reasons
    Today(TodayArgs),
    /// Who hasn't been touched: clients past their cadence, most urgent first
    Untouched(ListArgs),
    /// The company's rules: show them, change one (--set NAME=N), or check the book against them
    Rules(RulesArgs),
    /// Edit, delete or restore a timeline entry (old versions are kept)
    #[command(subcommand)]
    Entry(EntryCommand),
    /// Search names, contacts and every entry by words or parts of words
    Search(SearchArgs),
    /// Complaints: record, escalate, resolve, list, edit, reopen, delete, restore
    #[command(subcommand)]
    Complaint(ComplaintCommand),
    /// Orders (each on the timeline): record, list, edit, delete, restore
    #[command(subcommand)]
    Order(OrderCommand),
    /// Invoices and receivables: add, mark paid or unpaid, list, edit, delete, restore
    #[command(subcommand)]
    Invoice(InvoiceCommand),
    /// Planned touches: overdue, today, this week, later
    Agenda(AgendaArgs),
    /// How the work with clients went in a period
    Report(ReportArgs),
    /// Hand clients over to another manager
    #[command(subcommand)]
    Handover(HandoverCommand),
    /// Show or set the book's default currency (RUB unless changed)
    Currency(CurrencyArgs),
    /// Show or set the book's manager (entries record who logged them)
    Whoami(WhoamiArgs),
    /// Check the book: SQLite's integrity, foreign keys, the schema, every value and what touchbase derives; exit 1 on any problem
    Check(CheckArgs),
    /// A consistent copy of the book while it is in use, by date in the data folder, keeping the last N
    Backup(BackupArgs),
    /// Take in clients, contacts, history and orders from CSV, Excel, vCard or touchbase's own exports
    Import(ImportArgs),
    /// Write a table as CSV, JSON or Excel; contacts as vCard, planned touches as iCalendar
    Export(export::ExportArgs),
    /// Print the shell completion script for bash, zsh, fish, elvish or powershell
    Completions(CompletionsArgs),
    /// Print the manual page (roff), e.g. `touchbase man > touchbase.1`
    Man,
    /// The clients' names, one a line (what the shell completions offer)
    #[command(hide = true, name = "__client-names")]
    ClientNames,
    /// Give a book rebuilt from `sqlite3 .dump` its marks back, after checking it
    Adopt,
    /// Write the demo book to --db (refuses to replace a book without --force)
    Demo(DemoArgs),
    /// Write a deterministic synthetic book to --db, for benchmarks
    Gen(GenArgs),
}

#[derive(Debug, Subcommand)]
pub enum ClientCommand {
    /// Add a client
    Add(ClientAddArgs),
    /// Change a client's fields
    Edit(ClientEditArgs),
    /// List all clients by name
    List(ListArgs),
    /// Show a client's card: details, contacts, next steps, recent history
    Show(ClientShowArgs),
}

#[derive(Debug, Args)]
pub struct ClientAddArgs {
    /// The client's name (unique in the book, in any case)
    pub name: String,
    /// A (key), B or C
    #[arg(long, default_value = "B")]
    pub tier: String,
    /// Longest allowed gap between touches, in days [default: A 14, B 30, C 60]
    #[arg(long, value_name = "DAYS", allow_hyphen_values = true)]
    pub cadence: Option<String>,
    /// prospect, active, paused or lost
    #[arg(long, default_value = "active")]
    pub status: String,
    #[arg(long, default_value = "")]
    pub industry: String,
    #[arg(long, default_value = "")]
    pub city: String,
    /// Free notes about the client
    #[arg(long, default_value = "")]
    pub note: String,
    #[command(flatten)]
    pub limits: LimitArgs,
}

/// A client's own limits; an empty value goes back to the default.
#[derive(Debug, Args)]
pub struct LimitArgs {
    /// Days untouched after which the client is slipping [default: 1.5 × the cadence]
    #[arg(long, value_name = "DAYS", allow_hyphen_values = true)]
    pub hard: Option<String>,
    /// Months the client stays quiet after a won order, 0 for none [default: the tier's rule]
    #[arg(long, value_name = "MONTHS", allow_hyphen_values = true)]
    pub quiet_months: Option<String>,
    /// Days between touches while quiet [default: the tier's rule]
    #[arg(long, value_name = "DAYS", allow_hyphen_values = true)]
    pub quiet_every: Option<String>,
}

#[derive(Debug, Args)]
pub struct ClientEditArgs {
    /// The client: id or a part of the name
    pub client: String,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub tier: Option<String>,
    #[arg(long, value_name = "DAYS", allow_hyphen_values = true)]
    pub cadence: Option<String>,
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long)]
    pub industry: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Debug, Args)]
pub struct JsonArg {
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ClientShowArgs {
    /// The client: id or a part of the name
    pub client: String,
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
    /// How many of the latest entries to show
    #[arg(long, default_value_t = 10)]
    pub limit: u64,
}

#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Add a contact person to a client
    Add(ContactAddArgs),
    /// A client's contacts, those who left marked
    List(lifecycle::ContactListArgs),
    /// Change a contact's name, role, phone, e-mail or note (the previous version is kept)
    Edit(lifecycle::ContactEditArgs),
    /// Mark that a contact has left the client (kept in the history, no longer offered)
    Left(lifecycle::ContactLeftArgs),
    /// Delete a contact that no entry or complaint refers to
    Delete(lifecycle::IdArg),
}

#[derive(Debug, Args)]
pub struct ContactAddArgs {
    /// The client: id or a part of the name
    pub client: String,
    /// The person's name
    pub name: String,
    #[arg(long, default_value = "")]
    pub role: String,
    /// A phone; repeat for several, or `work: +7 495 …; mobile: +7 916 …`
    #[arg(long)]
    pub phone: Vec<String>,
    /// An e-mail; repeat for several, or `work: a@b.ru; home: a@c.ru`
    #[arg(long)]
    pub email: Vec<String>,
    #[arg(long, default_value = "")]
    pub note: String,
    /// Keep a second contact with the same name as one the client has
    #[arg(long)]
    pub same_name: bool,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The client: id or a part of the name
    pub client: String,
    /// call, meeting, visit, email, message (touches), note, order, complaint, internal
    #[arg(long)]
    pub kind: String,
    /// One line: what happened
    #[arg(long)]
    pub summary: String,
    /// The client came to us (default: we reached out)
    #[arg(long)]
    pub inbound: bool,
    /// When it happened [default: now]
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// Who at the client: a part of a contact's name
    #[arg(long, value_name = "NAME")]
    pub contact: Option<String>,
    /// Longer text
    #[arg(long, default_value = "")]
    pub details: String,
    /// Plan the next touch for this date
    #[arg(
        long,
        value_name = "WHEN",
        requires = "purpose",
        allow_hyphen_values = true
    )]
    pub next: Option<String>,
    /// The purpose of the next touch
    #[arg(long, requires = "next")]
    pub purpose: Option<String>,
    /// The planned touch this touch fulfils, whatever its due day (its id)
    #[arg(long, value_name = "PLAN")]
    pub fulfils: Option<String>,
}

/// `plan CLIENT --due … --purpose …` plans a touch (as `plan add`); the
/// subcommands list, edit and cancel them.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct PlanCommandArgs {
    #[command(subcommand)]
    pub command: Option<lifecycle::PlanCommand>,
    #[command(flatten)]
    pub add: Option<PlanArgs>,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The client: id or a part of the name
    pub client: String,
    /// When the touch is due
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub due: String,
    /// What the touch is for
    #[arg(long)]
    pub purpose: String,
    /// call, meeting, visit, email or message
    #[arg(long, default_value = "call")]
    pub kind: String,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// The client: id or a part of the name
    pub client: String,
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
    /// At most this many entries, newest first [default: all]
    #[arg(long)]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct TodayArgs {
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
    /// One line for a shell prompt or a login: what is due, counted
    #[arg(long, conflicts_with = "json")]
    pub short: bool,
    /// Also send that line as a desktop notification (where the system has one), for a manager who keeps the UI closed
    #[arg(long, conflicts_with = "json")]
    pub notify: bool,
    /// Show the weights of the rank kept in the book
    #[arg(long)]
    pub weights: bool,
    /// Change one weight of the rank: NAME=N, e.g. tier_c=2 (see --weights)
    #[arg(long, value_name = "NAME=N")]
    pub set_weight: Option<String>,
    /// At most this many rows [default: all]
    #[arg(long)]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    pub command: Option<RulesCommand>,
    /// Change a rule: NAME=DAYS, e.g. escalate_within=3 (0 turns it off); a tier's own quiet period: quiet_months.A=6 (empty: back to the rule)
    #[arg(long, value_name = "NAME=N")]
    pub set: Option<String>,
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Every rule broken now: the rule, the client, how far past it
    Check(RulesCheckArgs),
}

#[derive(Debug, Args)]
pub struct RulesCheckArgs {
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
    /// Several managers' books at once, read-only: each breach with its manager
    #[arg(long, value_name = "BOOK", num_args = 1..)]
    pub books: Vec<std::path::PathBuf>,
    /// At most this many rows [default: all]
    #[arg(long)]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct JsonArgs {
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
    /// At most this many rows [default: all]
    #[arg(long)]
    pub limit: Option<u64>,
}

#[derive(Debug, Subcommand)]
pub enum EntryCommand {
    /// Edit a timeline entry; the previous version is kept
    Edit(EntryEditArgs),
    /// Hide a timeline entry (undo with `entry restore`)
    Delete(EntryIdArg),
    /// Bring back a deleted timeline entry
    Restore(EntryIdArg),
}

#[derive(Debug, Args)]
pub struct EntryEditArgs {
    /// The entry's id (shown by `timeline`)
    pub id: String,
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub at: Option<String>,
    #[arg(long)]
    pub summary: Option<String>,
    #[arg(long)]
    pub details: Option<String>,
}

#[derive(Debug, Args)]
pub struct EntryIdArg {
    /// The entry's id (shown by `timeline`)
    pub id: String,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words or parts of words, in any case and script
    pub query: String,
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
    /// At most this many hits
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
}

#[derive(Debug, Subcommand)]
pub enum ComplaintCommand {
    /// Record a client's complaint about the company's service
    Add(ComplaintAddArgs),
    /// Hand a complaint on inside the company (may be repeated)
    Escalate(ComplaintEscalateArgs),
    /// Close a complaint with what was done
    Resolve(ComplaintResolveArgs),
    /// Complaints book-wide, oldest first
    List(ComplaintListArgs),
    /// Correct a complaint's text, department or severity (the previous version is kept)
    Edit(lifecycle::ComplaintEditArgs),
    /// Reopen a resolved complaint: the client says it is not over
    Reopen(lifecycle::ComplaintReopenArgs),
    /// Delete a complaint recorded by mistake (hidden with its entries)
    Delete(lifecycle::IdArg),
    /// Bring back a deleted complaint
    Restore(lifecycle::IdArg),
}

#[derive(Debug, Args)]
pub struct ComplaintAddArgs {
    /// The client: id or a part of the name
    pub client: String,
    /// The department responsible (logistics, accounting, support, …)
    #[arg(long)]
    pub department: String,
    /// What the client said
    #[arg(long)]
    pub summary: String,
    /// low, normal or high
    #[arg(long, default_value = "normal")]
    pub severity: String,
    /// When the client complained [default: now]
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// How it came: call, meeting, visit, email or message (then it is also
    /// the client's inbound touch)
    #[arg(long, value_name = "KIND")]
    pub via: Option<String>,
    /// Who at the client: a part of a contact's name
    #[arg(long, value_name = "NAME")]
    pub contact: Option<String>,
}

#[derive(Debug, Args)]
pub struct ComplaintEscalateArgs {
    /// The complaint's id (shown by `complaint list`)
    pub id: String,
    /// To whom it was handed
    #[arg(long)]
    pub to: String,
    #[arg(long, default_value = "")]
    pub note: String,
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// By when they should answer; past it, the escalation is flagged
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub by: Option<String>,
}

#[derive(Debug, Args)]
pub struct ComplaintResolveArgs {
    /// The complaint's id (shown by `complaint list`)
    pub id: String,
    /// What was done about it
    #[arg(long)]
    pub resolution: String,
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct ComplaintListArgs {
    /// Only complaints not yet resolved
    #[arg(long)]
    pub open: bool,
    /// Only this department
    #[arg(long)]
    pub department: Option<String>,
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
    /// At most this many rows [default: all]
    #[arg(long)]
    pub limit: Option<u64>,
}

#[derive(Debug, Subcommand)]
pub enum OrderCommand {
    /// Record an order for a client
    Add(OrderAddArgs),
    /// Orders newest first, of one client or the whole book
    List(lifecycle::OrderListArgs),
    /// Change an order's status, amount, title, currency or date (the previous version is kept)
    Edit(lifecycle::OrderEditArgs),
    /// Delete an order recorded by mistake (hidden with its timeline entry; `order restore` brings it back)
    Delete(lifecycle::IdArg),
    /// Bring back a deleted order
    Restore(lifecycle::IdArg),
}

#[derive(Debug, Args)]
pub struct OrderAddArgs {
    /// The client: id or a part of the name
    pub client: String,
    /// The amount: 125000, 125 000,50, 1250.75; 0 for a lost deal [default: not known yet]
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// Three letters [default: the book's currency, RUB unless changed]
    #[arg(long)]
    pub currency: Option<String>,
    #[arg(long, default_value = "")]
    pub title: String,
    /// won, lost or in-progress
    #[arg(long, default_value = "in progress")]
    pub status: String,
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub at: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum InvoiceCommand {
    /// Record an invoice issued to a client
    Add(InvoiceAddArgs),
    /// Mark an invoice paid
    Paid(InvoicePaidArgs),
    /// Invoices, soonest due first
    List(InvoiceListArgs),
    /// Correct an invoice: number, amount, currency, dates (the previous version is kept)
    Edit(lifecycle::InvoiceEditArgs),
    /// Mark a paid invoice unpaid again (a payment recorded by mistake)
    Unpaid(lifecycle::NumberArg),
    /// Delete an invoice recorded by mistake (`invoice restore` brings it back)
    Delete(lifecycle::NumberArg),
    /// Bring back a deleted invoice
    Restore(lifecycle::NumberArg),
}

#[derive(Debug, Args)]
pub struct InvoiceAddArgs {
    /// The client: id or a part of the name
    pub client: String,
    /// The invoice number (unique in the book)
    #[arg(long)]
    pub number: String,
    /// The amount: 125000, 125 000,50, 1250.75
    #[arg(long, allow_hyphen_values = true)]
    pub amount: String,
    /// When payment is due
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub due: String,
    /// When it was issued [default: the reference date]
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub issued: Option<String>,
    #[arg(long)]
    pub currency: Option<String>,
}

#[derive(Debug, Args)]
pub struct InvoicePaidArgs {
    /// The invoice number
    pub number: String,
    /// When it was paid [default: the reference date]
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct InvoiceListArgs {
    /// Only unpaid invoices past their due date
    #[arg(long)]
    pub overdue: bool,
    /// Only unpaid invoices
    #[arg(long)]
    pub unpaid: bool,
    /// Only this client's: id or a part of the name
    #[arg(long)]
    pub client: Option<String>,
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
    /// At most this many rows [default: all]
    #[arg(long)]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct AgendaArgs {
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
    /// How many days ahead
    #[arg(long, default_value_t = 30)]
    pub days: u32,
    /// Also the done and cancelled touches of the last DAYS days
    #[arg(long)]
    pub all: bool,
    /// text, or ics: the agenda as a calendar file (one all-day event per touch)
    #[arg(long, default_value = "text", value_parser = ["text", "ics"])]
    pub format: String,
    /// At most this many rows [default: all]
    #[arg(long)]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The first day [default: 29 days before --to]
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// The last day [default: the reference date]
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// text, md, json, csv, or html: one self-contained page with pictures
    #[arg(long, default_value = "text")]
    pub format: String,
    /// Several managers' books at once, read-only: figures per manager and in total
    #[arg(long, value_name = "BOOK", num_args = 1..)]
    pub books: Vec<std::path::PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum HandoverCommand {
    /// Write a handover into DIR: book.sqlite with the chosen clients, index.md, a dossier per client, README.md
    Export(ExportArgs),
    /// Merge a received book into this one (ids kept; accepting twice adds nothing)
    Accept(AcceptArgs),
    /// The received clients' checklists: introduce yourself, go through complaints, confirm invoices, set the next step
    Status(StatusArgs),
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Also the clients whose checklist is done
    #[arg(long)]
    pub all: bool,
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Rebuild what touchbase derives (search index, last touches, plans'
    /// links) when a book changed with outside SQL has drifted
    #[arg(long)]
    pub repair: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file: .csv (comma, semicolon or tab; UTF-8 or Windows-1251), .xlsx/.xls/.ods, .vcf, .json
    pub file: PathBuf,
    /// The sheet of a workbook [default: the first]
    #[arg(long)]
    pub sheet: Option<String>,
    /// Read a column as a field: COLUMN=FIELD (client, name, role, phone, email, tier, status, cadence, industry, city, notes, date, kind, direction, summary, details, title, amount, currency, stage, id), or COLUMN=skip
    #[arg(long, value_name = "COLUMN=FIELD")]
    pub map: Vec<String>,
    /// Show how the columns are read and what would be added; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Take the good rows when some are bad (they are listed) instead of nothing
    #[arg(long)]
    pub skip_bad: bool,
    /// Add the clients that history or orders name and the book does not have
    #[arg(long)]
    pub create_clients: bool,
    /// Dates written month first: 10/20/2016
    #[arg(long, value_name = "us")]
    pub date_format: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy [default: backups/BOOK-DATE-TIME.sqlite in the platform data folder]
    pub file: Option<PathBuf>,
    /// How many dated copies of this book to keep in the backups folder
    #[arg(long, default_value_t = 10)]
    pub keep: usize,
}

#[derive(Debug, Args)]
pub struct AcceptArgs {
    /// The received book (opened read-only, never changed)
    pub file: PathBuf,
    /// A note for the record of the handover
    #[arg(long, default_value = "")]
    pub note: String,
    /// Merge received clients into clients of this book with the same name
    #[arg(long)]
    pub merge_same_names: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The folder to write (created if missing; must not hold a book already)
    pub dir: PathBuf,
    /// Who receives the clients
    #[arg(long, value_name = "NAME", default_value = "")]
    pub to: String,
    /// Only these clients (ids or parts of names) [default: all]
    #[arg(long, value_name = "CLIENT", num_args = 1..)]
    pub clients: Vec<String>,
    /// Only clients of this tier
    #[arg(long)]
    pub tier: Option<String>,
    /// A note for the record of the handover
    #[arg(long, default_value = "")]
    pub note: String,
}

#[derive(Debug, Args)]
pub struct CurrencyArgs {
    /// A three-letter code such as RUB, EUR, USD
    #[arg(long, value_name = "CODE")]
    pub set: Option<String>,
}

#[derive(Debug, Args)]
pub struct WhoamiArgs {
    /// Set the manager's name
    #[arg(long, value_name = "NAME")]
    pub set: Option<String>,
    /// The manager's email (with --set)
    #[arg(long, requires = "set", default_value = "")]
    pub email: String,
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Replace a book that is already there
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct GenArgs {
    /// Number of clients
    #[arg(long)]
    pub clients: u64,
    /// Number of timeline entries
    #[arg(long)]
    pub interactions: u64,
    /// Seed: the same seed gives the same book
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Replace a book that is already there
    #[arg(long)]
    pub force: bool,
}
