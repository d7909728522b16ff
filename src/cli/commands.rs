//! One small function per subcommand: check the input, open the book, do one
//! thing, print the result. Input is checked before the book is opened, so bad
//! input never creates or changes a book.

use super::output;
use super::*;
use crate::book::{Access, Book, BookError};
use crate::dates::{self, When};
use crate::domain::{
    self, ClientPatch, Direction, InputError, InteractionPatch, Kind, NewClient, NewContact,
    NewInteraction, NewPlan, Status, Tier,
};
use crate::t;
use crate::text::{clean_line, clean_multiline};
use anyhow::{Context as _, Result};
use chrono::{NaiveDate, NaiveTime, Timelike};
use std::path::{Path, PathBuf};

/// What every command needs: the book's path and the reference moment.
#[derive(Debug, Clone)]
pub struct Context {
    pub db: PathBuf,
    pub today: NaiveDate,
    /// The time of day for "now"; `None` when `--today` fixed the date.
    pub now: Option<NaiveTime>,
}

impl Context {
    pub fn from_cli(cli: &Cli) -> Result<Context> {
        let local = chrono::Local::now();
        let (today, now) = match &cli.today {
            Some(t) => (
                dates::parse_date(t, local.date_naive())
                    .map_err(|e| InputError::new("--today", &e.input, dates::accepted_day()))?,
                None,
            ),
            // Whole minutes: the book stores times as HH:MM.
            None => (
                local.date_naive(),
                NaiveTime::from_hms_opt(local.hour(), local.minute(), 0),
            ),
        };
        let db = match &cli.db {
            Some(p) => p.clone(),
            None => default_book_path()?,
        };
        Ok(Context { db, today, now })
    }

    /// `--at` of a fact as given, or now (the reference date alone when
    /// `--today` fixed it); a fact cannot lie in the future.
    pub(super) fn at_or_now(&self, raw: &Option<String>) -> Result<When, InputError> {
        match raw {
            Some(raw) => self.fact("at", raw),
            None => Ok(When {
                date: self.today,
                time: self.now,
            }),
        }
    }

    /// The moment of something that happened: not after now.
    pub(super) fn fact(&self, field: &'static str, raw: &str) -> Result<When, InputError> {
        let when = self.when(field, raw)?;
        if dates::is_future(when, self.today, self.now) {
            return Err(InputError::new(field, raw, dates::not_future()));
        }
        Ok(when)
    }

    /// The due day of a planned touch: today or later.
    pub(super) fn due(&self, field: &'static str, raw: &str) -> Result<NaiveDate, InputError> {
        let day = self.date(field, raw)?;
        if day < self.today {
            return Err(InputError::new(field, raw, dates::not_past()));
        }
        Ok(day)
    }

    pub(super) fn when(&self, field: &'static str, raw: &str) -> Result<When, InputError> {
        dates::parse_when(raw, self.today, self.now)
            .map_err(|e| InputError::new(field, e.input, dates::accepted()))
    }

    pub(super) fn date(&self, field: &'static str, raw: &str) -> Result<NaiveDate, InputError> {
        dates::parse_date(raw, self.today)
            .map_err(|e| InputError::new(field, e.input, dates::accepted_day()))
    }

    pub(super) fn read(&self) -> Result<Book, BookError> {
        let book = Book::open(&self.db, Access::Existing)?;
        if let Some(note) = book.creation_note() {
            eprintln!("{}", crate::text::display_safe(&note));
        }
        Ok(book)
    }

    pub(super) fn write(&self) -> Result<Book, BookError> {
        let book = Book::open(&self.db, Access::CreateIfMissing)?;
        if let Some(note) = book.creation_note() {
            eprintln!("{}", crate::text::display_safe(&note));
        }
        Ok(book)
    }
}

/// `book.sqlite` in the platform data folder (e.g. ~/.local/share/touchbase).
pub fn default_book_path() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "touchbase")
        .context("cannot find a home folder for the book; pass --db FILE")?;
    Ok(dirs.data_dir().join("book.sqlite"))
}

/// Run a subcommand.
pub fn run(command: &Command, cx: &Context) -> Result<()> {
    match command {
        Command::Client(ClientCommand::Add(a)) => client_add(a, cx),
        Command::Client(ClientCommand::Edit(a)) => client_edit(a, cx),
        Command::Client(ClientCommand::List(a)) => client_list(a, cx),
        Command::Client(ClientCommand::Show(a)) => client_show(a, cx),
        Command::Contact(ContactCommand::Add(a)) => contact_add(a, cx),
        Command::Contact(c) => lifecycle::contact(c, cx),
        Command::Log(a) => log(a, cx),
        Command::Plan(a) => match (&a.command, &a.add) {
            (Some(c), _) => lifecycle::plan(c, cx),
            (None, Some(add)) => plan(add, cx),
            (None, None) => {
                Err(InputError::new("CLIENT", "", crate::t!("accepted-plan-client")).into())
            }
        },
        Command::Timeline(a) => timeline(a, cx),
        Command::Today(a) => today(a, cx),
        Command::Rules(a) => rules(a, cx),
        Command::Untouched(a) => untouched(a, cx),
        Command::Entry(EntryCommand::Edit(a)) => entry_edit(a, cx),
        Command::Entry(EntryCommand::Delete(a)) => entry_hide(&a.id, true, cx),
        Command::Entry(EntryCommand::Restore(a)) => entry_hide(&a.id, false, cx),
        Command::Search(a) => search(a, cx),
        Command::Whoami(a) => whoami(a, cx),
        Command::Currency(a) => currency(a, cx),
        Command::Complaint(c) => super::followup::complaint(c, cx),
        Command::Order(OrderCommand::Add(a)) => super::followup::order_add(a, cx),
        Command::Order(c) => lifecycle::order(c, cx),
        Command::Invoice(c) => super::followup::invoice(c, cx),
        Command::Agenda(a) => super::followup::agenda(a, cx),
        Command::Report(a) => super::followup::report(a, cx),
        Command::Handover(HandoverCommand::Export(a)) => handover_export(a, cx),
        Command::Handover(HandoverCommand::Accept(a)) => handover_accept(a, cx),
        Command::Handover(HandoverCommand::Status(a)) => handover_status(a, cx),
        Command::Check(a) => check(a.repair, cx),
        Command::Backup(a) => backup(a, cx),
        Command::Export(a) => super::export::export(a, &cx.read()?),
        Command::Import(a) => import(a, cx),
        Command::Completions(a) => {
            use clap::CommandFactory;
            let mut out = Vec::new();
            clap_complete::generate(
                a.shell,
                &mut crate::cli::Cli::command(),
                "touchbase",
                &mut out,
            );
            out.extend_from_slice(client_completions(a.shell).as_bytes());
            super::out::bytes(&out);
            Ok(())
        }
        Command::ClientNames => {
            // Never creates a book: no book, no names.
            if let Ok(book) = Book::open(&cx.db, Access::Existing) {
                for c in book.all_clients()? {
                    say!("{}", crate::text::display_safe(&c.name));
                }
            }
            Ok(())
        }
        Command::Man => {
            use clap::CommandFactory;
            let mut out = Vec::new();
            clap_mangen::Man::new(crate::cli::Cli::command()).render(&mut out)?;
            super::out::bytes(&out);
            Ok(())
        }
        Command::Adopt => adopt(cx),
        Command::Demo(a) => demo(a.force, cx),
        Command::Gen(a) => gen_book(a, cx),
    }
}

fn optional_cadence(raw: &Option<String>) -> Result<Option<u32>, InputError> {
    raw.as_deref().map(domain::cadence).transpose()
}

fn client_add(a: &ClientAddArgs, cx: &Context) -> Result<()> {
    let tier = Tier::parse(&a.tier)?;
    let mut new = NewClient::build(
        &a.name,
        tier,
        optional_cadence(&a.cadence)?,
        Status::parse(&a.status)?,
    )?;
    new.industry = clean_line(&a.industry);
    new.city = clean_line(&a.city);
    new.notes = clean_multiline(&a.note);
    let l = &a.limits;
    let raw = |v: &Option<String>| v.clone().unwrap_or_default();
    new.limits = domain::Limits::parse(&raw(&l.hard), &raw(&l.quiet_months), &raw(&l.quiet_every))?;
    let mut book = cx.write()?;
    let client = book.add_client(&new, cx.today)?;
    say!(
        "{}",
        t!(
            "cli-added-client",
            name = output::safe(&client.name),
            id = client.id.as_str()
        )
    );
    Ok(())
}

fn client_edit(a: &ClientEditArgs, cx: &Context) -> Result<()> {
    let patch = ClientPatch {
        name: a.name.as_deref().map(domain::client_name).transpose()?,
        tier: a.tier.as_deref().map(Tier::parse).transpose()?,
        cadence_days: optional_cadence(&a.cadence)?,
        status: a.status.as_deref().map(Status::parse).transpose()?,
        industry: a.industry.as_deref().map(clean_line),
        city: a.city.as_deref().map(clean_line),
        notes: a.note.as_deref().map(clean_multiline),
        hard_days: a
            .limits
            .hard
            .as_deref()
            .map(|v| domain::limit("hard limit", v, 1, 3650))
            .transpose()?,
        quiet_months: a
            .limits
            .quiet_months
            .as_deref()
            .map(|v| domain::limit("quiet months", v, 0, 120))
            .transpose()?,
        quiet_every: a
            .limits
            .quiet_every
            .as_deref()
            .map(|v| domain::limit("quiet every", v, 1, 365))
            .transpose()?,
    };
    let mut book = cx.read()?;
    let client = book.find_client(&a.client)?;
    let client = book.edit_client(&client.id, &patch)?;
    say!(
        "{}",
        t!(
            "cli-updated-client",
            name = output::safe(&client.name),
            id = client.id.as_str()
        )
    );
    Ok(())
}

fn client_list(a: &crate::cli::ListArgs, cx: &Context) -> Result<()> {
    let book = cx.read()?;
    let mut clients = book.clients_by_name(output::one_more(a.limit))?;
    let cut = output::cut(&mut clients, a.limit);
    if a.json {
        output::print_json(
            &clients
                .iter()
                .map(|c| output::client_json(c, cx.today))
                .collect::<Vec<_>>(),
        )
    } else {
        output::client_table(&clients, cx.today, cut);
        Ok(())
    }
}

fn client_show(a: &ClientShowArgs, cx: &Context) -> Result<()> {
    let book = cx.read()?;
    let client = book.find_client(&a.client)?;
    let contacts = book.contacts(&client.id)?;
    let plans = book.open_plans(&client.id)?;
    let recent = book.timeline(&client.id, None, a.limit)?;
    if a.json {
        output::print_json(&output::card_json(
            &client, &contacts, &plans, &recent, cx.today,
        ))
    } else {
        output::card(&client, &contacts, &plans, &recent, cx.today);
        Ok(())
    }
}

pub(super) fn contact_add(a: &ContactAddArgs, cx: &Context) -> Result<()> {
    let new = NewContact {
        name: domain::required("name", &a.name)?,
        role: clean_line(&a.role),
        phone: domain::channels("phone", &a.phone.join("; "))?,
        email: domain::channels("email", &a.email.join("; "))?,
        note: clean_multiline(&a.note),
    };
    let mut book = cx.read()?;
    let client = book.find_client(&a.client)?;
    let contact = book.add_contact_as(&client.id, &new, a.same_name)?;
    say!(
        "{}",
        t!(
            "cli-added-contact",
            name = output::safe(&contact.name),
            client = output::safe(&client.name),
            id = contact.id.as_str()
        )
    );
    Ok(())
}

fn log(a: &LogArgs, cx: &Context) -> Result<()> {
    let kind = Kind::parse(&a.kind)?;
    // Orders and complaints have records of their own, followed to their end.
    let own = match kind {
        Kind::Order => Some("touchbase order add CLIENT --amount X --status won|lost|in-progress"),
        Kind::Complaint => Some("touchbase complaint add CLIENT --department D --summary T"),
        _ => None,
    };
    if let Some(command) = own {
        return Err(InputError::new(
            "kind",
            a.kind.as_str(),
            t!("accepted-log-kind", kind = kind.label(), command = command),
        )
        .into());
    }
    let at = cx.at_or_now(&a.at)?;
    let summary = domain::required("summary", &a.summary)?;
    let next = match (&a.next, &a.purpose) {
        (Some(due), Some(purpose)) => Some(NewPlan {
            due: cx.due("next", due)?,
            purpose: domain::required("purpose", purpose)?,
            kind: Kind::Call,
        }),
        _ => None,
    };
    let mut book = cx.read()?;
    let client = book.find_client(&a.client)?;
    let contact = match &a.contact {
        Some(name) => Some(book.find_contact(&client.id, name)?.id),
        None => None,
    };
    let new = NewInteraction {
        kind,
        direction: if a.inbound {
            Direction::Inbound
        } else {
            Direction::Outbound
        },
        at,
        contact,
        summary,
        details: clean_multiline(&a.details),
    };
    // Plans that were already there (not the next step this command adds).
    let later = book.plans_due_after(&client.id, at.date)?;
    let entry = book.log_fulfilling(&client.id, &new, next.as_ref(), a.fulfils.as_deref())?;
    say!(
        "{}",
        t!(
            "cli-logged",
            kind = entry.kind.label(),
            client = output::safe(&client.name),
            at = entry.at.as_str(),
            id = entry.id.as_str()
        )
    );
    // A touch before a plan's due day may be what the plan asked for: say how to mark it.
    if entry.kind.is_touch() && a.fulfils.is_none() {
        for p in &later {
            say!(
                "{}",
                t!(
                    "cli-note-plan-later",
                    client = output::safe(&client.name),
                    kind = p.kind.label(),
                    due = crate::i18n::date(p.due),
                    purpose = output::safe(&p.purpose),
                    plan = p.id.as_str(),
                    entry = entry.id.as_str()
                )
            );
        }
    }
    Ok(())
}

pub(super) fn plan(a: &PlanArgs, cx: &Context) -> Result<()> {
    let new = NewPlan {
        due: cx.due("due", &a.due)?,
        purpose: domain::required("purpose", &a.purpose)?,
        kind: Kind::parse_touch(&a.kind)?,
    };
    let mut book = cx.read()?;
    let client = book.find_client(&a.client)?;
    let plan = book.plan(&client.id, &new)?;
    say!(
        "{}",
        t!(
            "cli-planned",
            kind = plan.kind.label(),
            client = output::safe(&client.name),
            due = crate::i18n::date(plan.due),
            id = plan.id.as_str()
        )
    );
    Ok(())
}

fn timeline(a: &TimelineArgs, cx: &Context) -> Result<()> {
    let book = cx.read()?;
    let client = book.find_client(&a.client)?;
    let mut entries = book.timeline(&client.id, None, output::one_more(a.limit))?;
    let cut = output::cut(&mut entries, a.limit);
    if a.json {
        output::print_json(&entries.iter().map(output::entry_json).collect::<Vec<_>>())
    } else {
        output::timeline(&client, &entries, cut);
        Ok(())
    }
}

fn today(a: &crate::cli::TodayArgs, cx: &Context) -> Result<()> {
    use crate::book::today::Reason;
    let mut book = cx.read()?;
    if let Some(raw) = &a.set_weight {
        let (name, value) = book.set_today_weight(raw)?;
        say!(
            "{}",
            t!("weights-set", name = name, value = value.to_string())
        );
        return Ok(());
    }
    if a.weights {
        let w = book.today_weights()?;
        if a.json {
            return output::print_json(&w.0);
        }
        for (name, value) in &w.0 {
            say!("{}  {value}", crate::text::fit(name, 16));
        }
        return Ok(());
    }
    let short = a.short || a.notify;
    let (rows, total) = book.today_counted(cx.today, if short { None } else { a.limit }, !short)?;
    if short {
        let count = |f: &dyn Fn(&Reason) -> bool| -> usize {
            rows.iter()
                .flat_map(|r| &r.reasons)
                .filter(|x| f(x))
                .count()
        };
        let touches = count(&|x| matches!(x, Reason::PlanDue { .. }));
        let slipping = count(&|x| matches!(x, Reason::PastCadence { hard: true, .. }));
        let complaints = count(&|x| matches!(x, Reason::Complaint { .. }));
        let late = count(&|x| {
            matches!(
                x,
                Reason::Complaint {
                    escalation_late_days: Some(_),
                    ..
                }
            )
        });
        let invoices = count(&|x| matches!(x, Reason::InvoiceOverdue { .. }));
        let requests = count(&|x| matches!(x, Reason::Unanswered { .. }));
        let rules = count(&|x| matches!(x, Reason::RuleBroken { .. }));
        let mut parts = Vec::new();
        if touches > 0 {
            parts.push(t!("today-short-touches", n = touches));
        }
        if slipping > 0 {
            parts.push(t!("today-short-slipping", n = slipping));
        }
        if complaints > 0 {
            let mut s = t!("today-short-complaints", n = complaints);
            if late > 0 {
                s = format!("{s} ({})", t!("today-short-late-complaints", n = late));
            }
            parts.push(s);
        }
        if invoices > 0 {
            parts.push(t!("today-short-invoices", n = invoices));
        }
        if requests > 0 {
            parts.push(t!("today-short-requests", n = requests));
        }
        if rules > 0 {
            parts.push(t!("rules-n-broken", n = rules));
        }
        if parts.is_empty() {
            parts.push(t!("today-short-nothing"));
        }
        let line = parts.join(", ");
        say!("{line}");
        if a.notify {
            // Where the system has a desktop notification service; a
            // machine without one is told so, the line above still printed.
            notify_rust::Notification::new()
                .appname("touchbase")
                .summary(&t!("today-notify-title"))
                .body(&line)
                .show()
                .map_err(|e| anyhow::anyhow!(t!("today-notify-failed", error = e.to_string())))?;
        }
        return Ok(());
    }
    if a.json {
        return output::print_json(&rows);
    }
    if rows.is_empty() {
        say!("{}", t!("today-nothing"));
        return Ok(());
    }
    say!(
        "{}",
        t!(
            "today-title",
            day = crate::i18n::weekday_date(cx.today),
            n = total
        )
    );
    for (i, r) in rows.iter().enumerate() {
        say!(
            "{:>3}. {}  {}",
            i + 1,
            output::safe(&r.client),
            output::safe(&r.reasons_text())
        );
        if let Some(last) = &r.last {
            say!(
                "     {}",
                t!(
                    "today-last",
                    at = crate::i18n::moment(&last.at),
                    summary = output::safe(&crate::text::truncate(&last.summary, 80))
                )
            );
        }
    }
    if rows.len() < total {
        say!("{}", t!("today-more", n = rows.len(), total = total));
    }
    Ok(())
}

fn rules(a: &crate::cli::RulesArgs, cx: &Context) -> Result<()> {
    if let Some(crate::cli::RulesCommand::Check(c)) = &a.command {
        if !c.books.is_empty() {
            // Each manager's book read-only, as `report --books` reads them.
            let mut all = Vec::new();
            for path in &c.books {
                let (book, manager) = colleague(path)?;
                for b in book.rule_breaches(cx.today, true)? {
                    all.push((manager.clone(), b));
                }
            }
            let cut = output::cut(&mut all, c.limit);
            if c.json {
                let rows: Vec<serde_json::Value> = all
                    .iter()
                    .map(|(m, b)| {
                        let mut v = serde_json::to_value(b).unwrap_or_default();
                        v["manager"] = m.as_str().into();
                        v
                    })
                    .collect();
                return output::print_json(&rows);
            }
            for (m, b) in &all {
                say!(
                    "{}  {}  {}  {}",
                    crate::text::fit(&output::safe(m), 20),
                    crate::text::fit(b.rule, 22),
                    crate::text::fit(&output::safe(&b.client), 32),
                    b.label()
                );
            }
            say!(
                "{}",
                output::counted(t!("rules-n-broken", n = all.len()), cut)
            );
            return Ok(());
        }
        let book = cx.read()?;
        let mut breaches = book.rule_breaches(cx.today, true)?;
        let cut = output::cut(&mut breaches, c.limit);
        if c.json {
            return output::print_json(&breaches);
        }
        if breaches.is_empty() {
            say!("{}", t!("rules-none-broken"));
            return Ok(());
        }
        for b in &breaches {
            say!(
                "{}  {}  {}",
                crate::text::fit(b.rule, 22),
                crate::text::fit(&output::safe(&b.client), 32),
                b.label()
            );
        }
        say!(
            "{}",
            output::counted(t!("rules-n-broken", n = breaches.len()), cut)
        );
        return Ok(());
    }
    let mut book = cx.read()?;
    if let Some(raw) = &a.set {
        let (name, value) = book.set_rule(raw)?;
        say!("{}", t!("rules-set", name = name, value = value));
        return Ok(());
    }
    let rules = book.rules()?;
    let set = book.rule_set()?;
    // A tier's own number is listed under its rule as `quiet_months.A`.
    let mut lines: Vec<(String, i64, String)> = Vec::new();
    for (name, value) in rules {
        lines.push((
            name.to_string(),
            value,
            crate::i18n::tr(&format!("rule-{name}")),
        ));
        for (_, tier, v) in set.tier_values().iter().filter(|(n, _, _)| *n == name) {
            lines.push((
                format!("{name}.{}", tier.as_str()),
                *v,
                t!("rules-for-tier", tier = tier.as_str()),
            ));
        }
    }
    if a.json {
        let map: serde_json::Map<String, serde_json::Value> = lines
            .iter()
            .map(|(n, v, _)| (n.clone(), serde_json::Value::from(*v)))
            .collect();
        return output::print_json(&map);
    }
    for (name, value, what) in lines {
        let v = if value == 0 {
            t!("rules-off")
        } else {
            value.to_string()
        };
        say!("{}  {:>4}  {}", crate::text::fit(&name, 22), v, what);
    }
    Ok(())
}

/// A colleague's book opened read-only (`Book::open_read_only`), with the
/// name of its manager (the file's name when the book has none set).
pub(super) fn colleague(path: &std::path::Path) -> Result<(Book, String)> {
    let book = Book::open_read_only(path)?;
    let manager = book
        .setting("manager_name")?
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| {
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        });
    Ok((book, manager))
}

fn handover_status(a: &crate::cli::StatusArgs, cx: &Context) -> Result<()> {
    let book = cx.read()?;
    let lists = book.checklists(a.all)?;
    if a.json {
        return output::print_json(&lists);
    }
    if lists.is_empty() {
        say!("{}", t!("checklist-none"));
        return Ok(());
    }
    for l in &lists {
        say!(
            "{}  {}",
            output::safe(&l.client),
            t!(
                "checklist-head",
                day = crate::i18n::date(l.accepted_on),
                from = output::safe(&l.from_manager),
                done = l.done(),
                total = l.items.len()
            )
        );
        for i in &l.items {
            say!("  [{}] {}", if i.done { "x" } else { " " }, i.label());
        }
    }
    Ok(())
}

fn untouched(a: &ListArgs, cx: &Context) -> Result<()> {
    let book = cx.read()?;
    let mut rows = book.untouched(cx.today, 0, output::one_more(a.limit))?;
    let cut = output::cut(&mut rows, a.limit);
    if a.json {
        output::print_json(&rows.iter().map(output::untouched_json).collect::<Vec<_>>())
    } else {
        output::untouched_table(&rows, cut);
        Ok(())
    }
}

fn entry_edit(a: &EntryEditArgs, cx: &Context) -> Result<()> {
    let patch = InteractionPatch {
        kind: a.kind.as_deref().map(Kind::parse).transpose()?,
        direction: None,
        at: a.at.as_deref().map(|raw| cx.fact("at", raw)).transpose()?,
        summary: a
            .summary
            .as_deref()
            .map(|s| domain::required("summary", s))
            .transpose()?,
        details: a.details.as_deref().map(clean_multiline),
    };
    let mut book = cx.read()?;
    let entry = book.edit_entry(&a.id, &patch)?;
    say!("{}", t!("cli-updated-entry", id = entry.id.as_str()));
    Ok(())
}

fn entry_hide(id: &str, delete: bool, cx: &Context) -> Result<()> {
    let mut book = cx.read()?;
    let entry = if delete {
        book.delete_entry(id)?
    } else {
        book.restore_entry(id)?
    };
    if delete {
        say!("{}", t!("cli-deleted-entry", id = entry.id.as_str()));
    } else {
        say!("{}", t!("cli-restored-entry", id = entry.id.as_str()));
    }
    Ok(())
}

fn search(a: &SearchArgs, cx: &Context) -> Result<()> {
    let book = cx.read()?;
    let limit = Some(a.limit as u64);
    let mut hits = book.search(&a.query, a.limit.saturating_add(1))?;
    let cut = output::cut(&mut hits, limit);
    if a.json {
        output::print_json(&hits)
    } else {
        output::hits(&hits, cut);
        Ok(())
    }
}

fn handover_export(a: &ExportArgs, cx: &Context) -> Result<()> {
    let tier = a.tier.as_deref().map(Tier::parse).transpose()?;
    let target = a.dir.join("book.sqlite");
    if target.exists() {
        return Err(InputError::new(
            "DIR",
            a.dir.display().to_string(),
            crate::t!("accepted-folder-without-book"),
        )
        .into());
    }
    let mut book = cx.read()?;
    let mut chosen = Vec::new();
    if a.clients.is_empty() {
        chosen = book.all_clients()?;
    } else {
        for q in &a.clients {
            let c = book.find_client(q)?;
            if !chosen.iter().any(|x: &domain::Client| x.id == c.id) {
                chosen.push(c);
            }
        }
    }
    chosen.retain(|c| tier.is_none_or(|t| c.tier == t));
    if chosen.is_empty() {
        let (field, value) = match &a.tier {
            Some(t) => ("--tier", t.clone()),
            None => ("--clients", a.clients.join(" ")),
        };
        return Err(
            InputError::new(field, value, crate::t!("accepted-choice-with-clients")).into(),
        );
    }
    crate::files::create_dir_private(&a.dir)?;
    crate::files::create_dir_private(&a.dir.join("clients"))?;
    let ids: Vec<String> = chosen.iter().map(|c| c.id.clone()).collect();
    let to = clean_line(&a.to);
    let note = clean_multiline(&a.note);
    book.export_copy(
        &target,
        &ids,
        &crate::book::HandoverNote {
            to: &to,
            note: &note,
        },
    )?;
    // The dossiers are read from the exported copy: they tell exactly what it holds.
    let copy = Book::open(&target, Access::Existing)?;
    let mut taken = std::collections::HashSet::new();
    let mut files = Vec::new();
    for c in &chosen {
        let file = copy.client_file(&copy.client(&c.id)?)?;
        let name = crate::dossier::file_name(&c.name, &mut taken);
        crate::files::write_private(
            &a.dir.join("clients").join(&name),
            crate::dossier::dossier(&file, cx.today),
        )?;
        files.push((file, name));
    }
    // The copy names its new manager; the index says who handed it over.
    let (manager, _) = book.manager()?;
    crate::files::write_private(
        &a.dir.join("index.md"),
        crate::dossier::index(&manager, &to, &note, cx.today, &files),
    )?;
    crate::files::write_private(&a.dir.join("README.md"), crate::dossier::readme())?;
    let entries: usize = files.iter().map(|(f, _)| f.entries.len()).sum();
    say!(
        "{}",
        t!(
            "cli-handed-over",
            clients = files.len(),
            entries = entries,
            dir = a.dir.display().to_string()
        )
    );
    Ok(())
}

fn handover_accept(a: &AcceptArgs, cx: &Context) -> Result<()> {
    let note = clean_multiline(&a.note);
    if !a.file.exists() {
        return Err(BookError::NoBook(a.file.clone()).into());
    }
    let mut book = cx.write()?;
    let got = book.accept(&a.file, &note, a.merge_same_names)?;
    if got.nothing() {
        say!(
            "{}",
            t!("cli-accept-nothing", file = a.file.display().to_string())
        );
    } else {
        say!(
            "{}",
            t!(
                "cli-accepted",
                clients = got.clients,
                contacts = got.contacts,
                entries = got.entries,
                plans = got.plans,
                file = a.file.display().to_string()
            )
        );
        for name in &got.merged_same_name {
            say!("{}", t!("cli-merged", name = output::safe(name)));
        }
    }
    Ok(())
}

fn currency(a: &CurrencyArgs, cx: &Context) -> Result<()> {
    let code = match &a.set {
        Some(raw) => {
            let code = domain::currency(raw)?;
            cx.write()?.set_setting("currency", &code)?;
            code
        }
        None => cx.read()?.currency()?,
    };
    say!("{code}");
    Ok(())
}

fn whoami(a: &WhoamiArgs, cx: &Context) -> Result<()> {
    let (name, email) = match &a.set {
        Some(raw) => {
            let name = domain::required("name", raw)?;
            let email = clean_line(&a.email);
            cx.write()?.set_manager(&name, &email)?;
            (name, email)
        }
        None => cx.read()?.manager()?,
    };
    if a.json {
        return output::print_json(&serde_json::json!({ "name": name, "email": email }));
    }
    match (name.is_empty(), email.is_empty()) {
        (true, _) => say!("{}", t!("cli-no-manager")),
        (false, true) => say!("{}", output::safe(&name)),
        (false, false) => say!("{} <{}>", output::safe(&name), output::safe(&email)),
    }
    Ok(())
}

fn check(repair: bool, cx: &Context) -> Result<()> {
    let mut book = cx.read()?;
    if repair {
        for line in book.repair_derived()? {
            say!("{}", output::safe(&line));
        }
    }
    let problems = book.check()?;
    if problems.is_empty() {
        say!("{}", t!("cli-check-ok", path = cx.db.display().to_string()));
        Ok(())
    } else {
        for p in &problems {
            say!("{}", output::safe(p));
        }
        Err(CheckFailed(problems.len()).into())
    }
}

fn adopt(cx: &Context) -> Result<()> {
    let book = Book::adopt(&cx.db)?;
    say!("{}", t!("cli-adopted", path = cx.db.display().to_string()));
    let problems = book.check()?;
    if !problems.is_empty() {
        for p in &problems {
            say!("{}", output::safe(p));
        }
        return Err(CheckFailed(problems.len()).into());
    }
    Ok(())
}

/// A consistent copy while the book is in use (one read transaction), private
/// like a book; dated copies in the data folder, the oldest beyond `keep` removed.
fn import(a: &crate::cli::ImportArgs, cx: &Context) -> Result<()> {
    use crate::import::{self as im, Field};
    let maps = a
        .map
        .iter()
        .map(|m| im::parse_map(m))
        .collect::<Result<Vec<_>, _>>()?;
    let us_dates = match a.date_format.as_deref() {
        None => false,
        Some("us") => true,
        Some(other) => {
            return Err(
                InputError::new("--date-format", other, crate::t!("accepted-date-format")).into(),
            );
        }
    };
    let sheet =
        im::read(&a.file, a.sheet.as_deref()).with_context(|| a.file.display().to_string())?;
    let fields = im::recognise(&sheet.headers, &maps);

    if !fields.contains(&Some(Field::Client)) && !fields.contains(&Some(Field::Name)) {
        return Err(InputError::new(
            "file",
            a.file.display().to_string(),
            t!(
                "import-no-client-column",
                headers = sheet.headers.join(", ")
            ),
        )
        .into());
    }
    // The rows are read and checked before the book is opened to write:
    // a bad file leaves everything as it was, even no book at all.
    let currency = match Book::open(&cx.db, Access::Existing) {
        Ok(book) => book.currency()?,
        Err(BookError::NoBook(_)) => Book::DEFAULT_CURRENCY.to_string(),
        Err(e) => return Err(e.into()),
    };
    let opts = im::Options {
        today: cx.today,
        currency,
        us_dates,
    };
    let (rows, bad) = im::rows(&sheet, &fields, &opts);
    let file = a.file.display().to_string();
    if a.dry_run {
        say!("{}", t!("import-columns"));
        for (h, f) in sheet.headers.iter().zip(&fields) {
            let name = f
                .and_then(|f| Field::NAMES.iter().find(|(_, x)| *x == f).map(|(n, _)| *n))
                .unwrap_or("—");
            say!("  {:<28} → {name}", output::safe(h));
        }
        for r in rows.iter().take(3) {
            say!(
                "  {}:{}: {}{}{}{}",
                file,
                r.line,
                output::safe(&r.client.name),
                r.contact
                    .as_ref()
                    .map(|c| format!(" · {}", output::safe(&c.name)))
                    .unwrap_or_default(),
                r.entry
                    .as_ref()
                    .map(|e| format!(" · {} {}", e.at.to_stored(), output::safe(&e.summary)))
                    .unwrap_or_default(),
                r.order
                    .as_ref()
                    .map(|o| format!(
                        " · {} ({})",
                        o.amount_minor
                            .map(|m| crate::i18n::money(m, &o.currency))
                            .unwrap_or_else(|| t!("no-amount-yet")),
                        o.status.label()
                    ))
                    .unwrap_or_default(),
            );
        }
    }
    // A value from someone else's file is shown, never obeyed by the terminal.
    for (line, e) in bad.iter().take(20) {
        eprintln!(
            "{}",
            crate::text::display_safe(&format!("{file}:{line}: {e}"))
        );
    }
    if bad.len() > 20 {
        eprintln!("{}", t!("import-more-bad", n = bad.len() - 20));
    }
    if !bad.is_empty() && !a.skip_bad {
        return Err(InputError::new("file", file, t!("import-bad-rows", n = bad.len())).into());
    }
    // A long file says how far it got, where a person watches.
    let watched = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let total = rows.len();
    let mut progress = |n: usize| {
        if watched {
            eprint!("\r{}", t!("import-progress", n = n, total = total));
        }
    };
    let mut book = cx.write()?;
    let done = book.import(&rows, a.create_clients, a.dry_run, cx.today, &mut progress);
    if watched && total >= 1000 {
        eprint!("\r\x1b[K");
    }
    // A row the book refuses is named as the rows that do not read are.
    let done = done.map_err(|e| match e {
        crate::book::BookError::AtLine { line, error, .. } => crate::book::BookError::AtLine {
            file: Some(file.clone()),
            line,
            error,
        },
        other => other,
    })?;
    let summary = t!(
        "import-summary",
        rows = done.rows,
        clients = done.clients,
        contacts = done.contacts,
        entries = done.entries,
        orders = done.orders,
        invoices = done.invoices,
        plans = done.plans,
        already = done.already,
        updated = done.updated,
        bad = bad.len()
    );
    if a.dry_run {
        say!("{}", t!("import-dry-run", summary = summary));
    } else {
        say!("{}", summary);
    }
    Ok(())
}

/// Where an argument takes a client, the shells offer the book's client
/// names (from `touchbase __client-names`, which reads the same book as the
/// command would: `--db` or `TOUCHBASE_DB`).
fn client_completions(shell: clap_complete::Shell) -> String {
    // The commands whose first argument is a client.
    const FIRST: &str = "log timeline plan";
    const SECOND: &str = "client:show client:edit contact:add contact:list complaint:add order:add invoice:add plan:list";
    match shell {
        clap_complete::Shell::Bash => format!(
            r#"
# Client names where a command takes a client.
_touchbase_clients() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" want=0
    case " {FIRST} " in *" ${{COMP_WORDS[1]}} "*) [[ $COMP_CWORD -eq 2 ]] && want=1 ;; esac
    case " {SECOND} " in *" ${{COMP_WORDS[1]}}:${{COMP_WORDS[2]}} "*) [[ $COMP_CWORD -eq 3 ]] && want=1 ;; esac
    if [[ $want -eq 1 && "$cur" != -* ]]; then
        local IFS=$'\n' name
        COMPREPLY=()
        while read -r name; do
            [[ "${{name,,}}" == "${{cur,,}}"* ]] && COMPREPLY+=("$(printf '%q' "$name")")
        done < <(touchbase __client-names 2>/dev/null)
        return 0
    fi
    _touchbase "$@"
}}
complete -F _touchbase_clients -o bashdefault -o default touchbase
"#
        ),
        clap_complete::Shell::Fish => {
            let mut out = String::from("\n# Client names where a command takes a client.\n");
            for cmd in FIRST.split(' ') {
                out.push_str(&format!(
                    "complete -c touchbase -n '__fish_seen_subcommand_from {cmd}; and test (count (commandline -opc)) -eq 2' -f -a '(touchbase __client-names 2>/dev/null)'\n"
                ));
            }
            for pair in SECOND.split(' ') {
                let (cmd, sub) = pair.split_once(':').unwrap_or((pair, ""));
                out.push_str(&format!(
                    "complete -c touchbase -n '__fish_seen_subcommand_from {cmd}; and __fish_seen_subcommand_from {sub}; and test (count (commandline -opc)) -eq 3' -f -a '(touchbase __client-names 2>/dev/null)'\n"
                ));
            }
            out
        }
        clap_complete::Shell::Zsh => format!(
            r#"
# Client names where a command takes a client.
_touchbase_clients() {{
    if {{ (( CURRENT == 3 )) && [[ " {FIRST} " == *" ${{words[2]}} "* ]] }} ||
       {{ (( CURRENT == 4 )) && [[ " {SECOND} " == *" ${{words[2]}}:${{words[3]}} "* ]] }}; then
        local -a names
        names=("${{(@f)$(touchbase __client-names 2>/dev/null)}}")
        compadd -a names
        return
    fi
    _touchbase "$@"
}}
compdef _touchbase_clients touchbase
"#
        ),
        _ => String::new(),
    }
}

fn backup(a: &BackupArgs, cx: &Context) -> Result<()> {
    let book = cx.read()?;
    let stem = cx
        .db
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "book".into());
    let (target, folder) = match &a.file {
        Some(f) => (f.clone(), None),
        None => {
            let dirs = directories::ProjectDirs::from("", "", "touchbase")
                .context("cannot find the data folder; name the backup FILE")?;
            let folder = dirs.data_dir().join("backups");
            crate::files::create_dir_private(&folder)?;
            let name = format!(
                "{stem}-{}.sqlite",
                chrono::Local::now().format("%Y-%m-%d-%H%M%S%3f")
            );
            (folder.join(name), Some(folder))
        }
    };
    if target.exists() {
        return Err(InputError::new(
            "FILE",
            target.display().to_string(),
            crate::t!("accepted-backup-path"),
        )
        .into());
    }
    book.backup_to(&target)?;
    let size = std::fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
    say!(
        "{}",
        t!(
            "cli-backed-up",
            path = cx.db.display().to_string(),
            target = target.display().to_string(),
            kib = size / 1024
        )
    );
    if let Some(folder) = folder {
        let prefix = format!("{stem}-");
        let mut dated: Vec<PathBuf> = std::fs::read_dir(&folder)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".sqlite"))
            })
            .collect();
        dated.sort();
        let extra = dated.len().saturating_sub(a.keep.max(1));
        for old in dated.into_iter().take(extra) {
            std::fs::remove_file(&old)?;
            say!(
                "{}",
                t!("cli-removed-backup", path = old.display().to_string())
            );
        }
    }
    Ok(())
}

/// `check` found problems (exit status 1).
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::t!("check-failed", n = *.0))]
pub struct CheckFailed(pub usize);

fn refuse_existing(path: &Path, force: bool) -> Result<()> {
    if std::fs::metadata(path).map_or(true, |m| m.len() == 0) {
        return Ok(());
    }
    if !force {
        return Err(InputError::new(
            "--db",
            path.display().to_string(),
            crate::t!("accepted-new-book-path"),
        )
        .into());
    }
    // Replacing is allowed for our own books, never for another program's file
    // or a newer touchbase's; the header says which without opening the file.
    crate::book::read_header(path)?;
    Ok(())
}

fn demo(force: bool, cx: &Context) -> Result<()> {
    refuse_existing(&cx.db, force)?;
    Book::write_demo(&cx.db, cx.today)?;
    say!(
        "{}",
        t!("cli-demo-written", path = cx.db.display().to_string())
    );
    Ok(())
}

fn gen_book(a: &GenArgs, cx: &Context) -> Result<()> {
    if a.clients == 0 && a.interactions > 0 {
        return Err(InputError::new("--clients", "0", crate::t!("accepted-gen-clients")).into());
    }
    refuse_existing(&cx.db, a.force)?;
    let r = Book::generate(&cx.db, a.clients, a.interactions, a.seed, cx.today)?;
    say!(
        "{}",
        t!(
            "cli-generated",
            clients = r.clients,
            contacts = r.contacts,
            entries = r.interactions,
            plans = r.plans,
            complaints = r.complaints,
            orders = r.orders,
            invoices = r.invoices,
            path = cx.db.display().to_string()
        )
    );
    Ok(())
}
