//! The readable side of a handover: `index.md`, one dossier per client and a
//! README for the successor. Pure text from data; the files are written by
//! the command line.

use crate::book::ClientFile;
use crate::domain::{Client, Direction, format_amount};
use crate::text::display_safe;
use chrono::NaiveDate;
use std::collections::HashSet;
use std::fmt::Write;

/// A file name for a client: readable (Cyrillic kept), without path
/// separators, quotes or control characters, unique among `taken` (folded).
pub fn file_name(name: &str, taken: &mut HashSet<String>) -> String {
    let mut base: String = name
        .chars()
        .filter(|c| !crate::text::is_unsafe(*c) && !"\"'`«»„“”".contains(*c))
        .map(|c| if "/\\:*?<>|".contains(c) { '-' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    base = base
        .trim_matches(|c: char| c == '.' || c == '-' || c == ' ')
        .chars()
        .take(80)
        .collect();
    if base.is_empty() {
        base = "client".into();
    }
    let mut candidate = format!("{base}.md");
    let mut n = 2;
    while !taken.insert(crate::text::fold(&candidate)) {
        candidate = format!("{base} ({n}).md");
        n += 1;
    }
    candidate
}

fn one_line(s: &str) -> String {
    display_safe(s).replace('|', "\\|")
}

/// Unpaid invoices past due: "480 000 RUB (30 days)", or `None`.
fn overdue_receivables(f: &ClientFile, today: NaiveDate) -> Option<String> {
    let parts: Vec<String> = f
        .unpaid
        .iter()
        .filter_map(|i| {
            i.overdue_days(today).map(|d| {
                format!(
                    "{} {} ({d} days)",
                    format_amount(i.amount_minor),
                    i.currency
                )
            })
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn last_touch(c: &Client, today: NaiveDate) -> String {
    match c.last_touch {
        Some(d) => format!("{d} ({} days ago)", (today - d).num_days()),
        None => "never".into(),
    }
}

/// What the successor should do first for a client, most pressing first;
/// empty when nothing presses.
fn first_things(f: &ClientFile, today: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    for k in &f.open_complaints {
        out.push(format!(
            "Go through the open complaint of {} ({}): {}",
            display_safe(&k.opened_at),
            display_safe(&k.department),
            display_safe(&k.summary)
        ));
    }
    if let Some(money) = overdue_receivables(f, today) {
        out.push(format!("Confirm the overdue invoices: {money}"));
    }
    if let Some(d) = f.client.overdue_days(today) {
        out.push(format!("Touch the client: {d} days past the cadence"));
    }
    match f.plans.first() {
        Some(p) if p.due <= today => out.push(format!(
            "The planned {} due {} is waiting: {}",
            p.kind,
            p.due,
            display_safe(&p.purpose)
        )),
        None => out.push("Set the next step: nothing is planned".into()),
        Some(_) => {}
    }
    if out.is_empty() {
        if let Some(p) = f.plans.first() {
            out.push(format!(
                "Nothing presses; the next step is the {} due {}: {}",
                p.kind,
                p.due,
                display_safe(&p.purpose)
            ));
        }
    }
    out
}

/// How pressing a client is for a successor: open complaints, money
/// overdue, then how far past the cadence (relative to it), then tier.
fn urgency(f: &ClientFile, today: NaiveDate) -> (bool, bool, i64, crate::domain::Tier) {
    let c = &f.client;
    let past = c.overdue_days(today).unwrap_or(0) * 1000 / i64::from(c.cadence_days.max(1));
    (
        !f.open_complaints.is_empty(),
        overdue_receivables(f, today).is_some(),
        past,
        c.tier,
    )
}

/// `index.md`: the book at a glance, most urgent client first.
pub fn index(
    manager: &str,
    to: &str,
    note: &str,
    today: NaiveDate,
    files: &[(ClientFile, String)],
) -> String {
    let mut files: Vec<&(ClientFile, String)> = files.iter().collect();
    files.sort_by(|a, b| {
        let (ua, ub) = (urgency(&a.0, today), urgency(&b.0, today));
        (ub.0, ub.1, ub.2)
            .cmp(&(ua.0, ua.1, ua.2))
            .then(ua.3.cmp(&ub.3))
            .then_with(|| {
                crate::text::fold(&a.0.client.name).cmp(&crate::text::fold(&b.0.client.name))
            })
    });
    let mut s = String::new();
    let _ = writeln!(s, "# Handover of {} client(s)\n", files.len());
    let _ = writeln!(
        s,
        "- From: {}",
        if manager.is_empty() {
            "(no manager set)".to_string()
        } else {
            display_safe(manager)
        }
    );
    if !to.is_empty() {
        let _ = writeln!(s, "- To: {}", display_safe(to));
    }
    if !note.trim().is_empty() {
        let _ = writeln!(s, "- Note: {}", display_safe(&note.replace('\n', " ")));
    }
    let _ = writeln!(s, "- Date: {today}");
    let _ = writeln!(
        s,
        "- The book: `book.sqlite` (see README.md for how to open it)\n"
    );
    let _ = writeln!(
        s,
        "| client | tier | status | last touch | next step | open complaints | overdue receivables | dossier |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|---|");
    for (f, name) in files {
        let c = &f.client;
        let next = f
            .plans
            .first()
            .map(|p| format!("{} {}", p.due, one_line(&p.purpose)))
            .unwrap_or_else(|| "none planned".into());
        let overdue = c
            .overdue_days(today)
            .map(|d| format!(" **overdue {d} days**"))
            .unwrap_or_default();
        let complaints = match f.open_complaints.len() {
            0 => "—".to_string(),
            n => format!(
                "{n}, oldest since {}",
                display_safe(&f.open_complaints[0].opened_at)
            ),
        };
        let _ = writeln!(
            s,
            "| {} | {} | {} | {}{overdue} | {next} | {complaints} | {} | [{}](clients/{}) |",
            one_line(&c.name),
            c.tier,
            c.status,
            last_touch(c, today),
            overdue_receivables(f, today).unwrap_or_else(|| "—".into()),
            one_line(name),
            name.replace(' ', "%20")
        );
    }
    s
}

/// One client's dossier, written for a successor's first day.
pub fn dossier(f: &ClientFile, today: NaiveDate) -> String {
    let c = &f.client;
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", display_safe(&c.name));
    let _ = writeln!(s, "## What to do first\n");
    for (n, thing) in first_things(f, today).iter().enumerate() {
        let _ = writeln!(s, "{}. {thing}", n + 1);
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "## Who the client is\n");
    let _ = writeln!(
        s,
        "- Tier {} · status {} · a touch at least every {} days",
        c.tier, c.status, c.cadence_days
    );
    for (label, v) in [("Industry", &c.industry), ("City", &c.city)] {
        if !v.is_empty() {
            let _ = writeln!(s, "- {label}: {}", display_safe(v));
        }
    }
    let _ = writeln!(s, "- In the book since {}", c.created_on);
    if !c.notes.is_empty() {
        let _ = writeln!(s, "\n{}", display_safe(&c.notes));
    }
    let _ = writeln!(s, "\n## Contacts\n");
    if f.contacts.is_empty() {
        let _ = writeln!(s, "None recorded.");
    } else {
        let _ = writeln!(
            s,
            "| name | role | phone | email | note |\n|---|---|---|---|---|"
        );
        for ct in &f.contacts {
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} |",
                one_line(&ct.name),
                one_line(&ct.role),
                one_line(&ct.phone),
                one_line(&ct.email),
                one_line(&ct.note)
            );
        }
    }
    let _ = writeln!(s, "\n## Where things stand ({today})\n");
    for k in &f.open_complaints {
        let _ = writeln!(
            s,
            "- **Open complaint** since {} ({}, {}, {}): {}",
            display_safe(&k.opened_at),
            display_safe(&k.department),
            k.severity,
            k.status,
            display_safe(&k.summary)
        );
    }
    for i in &f.unpaid {
        let late = i
            .overdue_days(today)
            .map(|d| format!(" — **overdue {d} days**"))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "- Unpaid invoice {}: {} {} due {}{late}",
            one_line(&i.number),
            format_amount(i.amount_minor),
            display_safe(&i.currency),
            i.due_on
        );
    }
    for o in &f.orders {
        let _ = writeln!(
            s,
            "- Order {}: {} — {} ({})",
            display_safe(&o.at),
            display_safe(&o.title),
            display_safe(&o.amount_text()),
            o.status
        );
    }
    let _ = writeln!(s, "- Last touch: {}", last_touch(c, today));
    if let Some(d) = c.overdue_days(today) {
        let _ = writeln!(s, "- **Overdue by {d} days**: touch this client first.");
    }
    if f.plans.is_empty() {
        let _ = writeln!(s, "- Next steps: none planned");
    }
    for p in &f.plans {
        let late = if p.due < today { " (overdue)" } else { "" };
        let _ = writeln!(
            s,
            "- Next step: {} {} — {}{late}",
            p.due,
            p.kind,
            display_safe(&p.purpose)
        );
    }
    let _ = writeln!(
        s,
        "\n## The story so far ({} entries, newest first)\n",
        f.entries.len()
    );
    let mut year = String::new();
    let mut month = String::new();
    for e in &f.entries {
        let y = e.at.get(..4).unwrap_or("").to_string();
        let m = e.at.get(..7).unwrap_or("").to_string();
        if y != year {
            let _ = writeln!(s, "### {y}\n");
            year = y;
        }
        if m != month {
            let _ = writeln!(s, "#### {m}\n");
            month = m;
        }
        let arrow = if e.direction == Direction::Inbound {
            "← from the client"
        } else {
            "→ we reached out"
        };
        let who = e
            .contact
            .as_deref()
            .map(|c| format!(" · with {}", display_safe(c)))
            .unwrap_or_default();
        let by = if e.logged_by.is_empty() {
            String::new()
        } else {
            format!(" · logged by {}", display_safe(&e.logged_by))
        };
        let _ = writeln!(
            s,
            "- **{}** {} ({arrow}){who}{by}: {}",
            e.at,
            e.kind,
            display_safe(&e.shown_summary())
        );
        for line in e.details.lines() {
            let _ = writeln!(s, "  > {}", display_safe(line));
        }
    }
    s
}

/// The README that travels with the book.
/// The README written into every handover: how to open the book, then the
/// description of every table and view, the same text as the main README's
/// (both come from `assets/schema.md`; a test keeps them equal).
pub const README: &str = concat!(
    r#"# A touchbase book handed over to you

`book.sqlite` holds the clients of this handover with their whole history.
`index.md` lists them; `clients/` has one dossier per client.

## With touchbase

    touchbase --db book.sqlite              # the terminal UI
    touchbase --db book.sqlite untouched    # whom to call first
    touchbase handover accept book.sqlite   # merge it into your own book

## With sqlite3 or Datasette

    sqlite3 -box book.sqlite "SELECT * FROM client_overview"
    sqlite3 -box book.sqlite "SELECT at, kind, summary, contact, logged_by FROM timeline WHERE client = 'NAME' ORDER BY at DESC"
    datasette book.sqlite

Any SQLite 3.37 or newer reads it. Dates are ISO-8601 text.

## What the tables and views hold

"#,
    include_str!("../assets/schema.md")
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_and_distinct() {
        let mut taken = HashSet::new();
        assert_eq!(file_name("ООО «Ромашка»", &mut taken), "ООО Ромашка.md");
        assert_eq!(file_name("A/B \"Co\"", &mut taken), "A-B Co.md");
        assert_eq!(file_name("a/b 'co'", &mut taken), "a-b co (2).md");
        assert_eq!(file_name("../..", &mut taken), "client.md");
        assert_eq!(file_name("Evil\u{1b}[2J", &mut taken), "Evil[2J.md");
        assert_eq!(file_name("", &mut taken), "client (2).md");
    }
}
