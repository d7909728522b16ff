//! The readable side of a handover: `index.md`, one dossier per client and a
//! README for the successor. Pure text from data; the files are written by
//! the command line.

use crate::book::ClientFile;
use crate::domain::{Client, Direction};
use crate::i18n::{date, moment, money};
use crate::t;
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

/// Unpaid invoices past due: "480 000 ₽ (30 дней)", or `None`.
fn overdue_receivables(f: &ClientFile, today: NaiveDate) -> Option<String> {
    let parts: Vec<String> = f
        .unpaid
        .iter()
        .filter_map(|i| {
            i.overdue_days(today).map(|d| {
                format!(
                    "{} ({})",
                    money(i.amount_minor, &i.currency),
                    t!("n-days", n = d)
                )
            })
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn last_touch(c: &Client, today: NaiveDate) -> String {
    match c.last_touch {
        Some(d) => format!(
            "{} ({})",
            date(d),
            t!("n-days-ago", days = (today - d).num_days())
        ),
        None => t!("dos-never"),
    }
}

/// What the successor should do first for a client, most pressing first;
/// empty when nothing presses.
fn first_things(f: &ClientFile, today: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    for k in &f.open_complaints {
        out.push(t!(
            "dos-do-complaint",
            since = moment(&k.opened_at),
            department = display_safe(&k.department),
            summary = display_safe(&k.summary)
        ));
    }
    if let Some(money) = overdue_receivables(f, today) {
        out.push(t!("dos-do-invoices", money = money));
    }
    if let Some(d) = f.client.overdue_days(today) {
        out.push(t!("dos-do-touch", days = t!("n-days", n = d)));
    }
    match f.plans.first() {
        Some(p) if p.due <= today => out.push(t!(
            "dos-do-plan-waiting",
            kind = p.kind.label(),
            due = date(p.due),
            purpose = display_safe(&p.purpose)
        )),
        None => out.push(t!("dos-do-set-next")),
        Some(_) => {}
    }
    if out.is_empty() {
        if let Some(p) = f.plans.first() {
            out.push(t!(
                "dos-do-nothing-presses",
                kind = p.kind.label(),
                due = date(p.due),
                purpose = display_safe(&p.purpose)
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

/// `index.md`: the book at a glance, most urgent client first, in the
/// language in force.
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
    let _ = writeln!(s, "# {}\n", t!("dos-index-title", n = files.len()));
    let _ = writeln!(
        s,
        "- {}",
        t!(
            "dos-from",
            name = if manager.is_empty() {
                t!("dos-no-manager")
            } else {
                display_safe(manager)
            }
        )
    );
    if !to.is_empty() {
        let _ = writeln!(s, "- {}", t!("dos-to", name = display_safe(to)));
    }
    if !note.trim().is_empty() {
        let _ = writeln!(
            s,
            "- {}",
            t!("dos-note", note = display_safe(&note.replace('\n', " ")))
        );
    }
    let _ = writeln!(s, "- {}", t!("dos-date", day = date(today)));
    let _ = writeln!(s, "- {}\n", t!("dos-the-book"));
    let _ = writeln!(s, "{}", t!("dos-index-head"));
    let _ = writeln!(s, "|---|---|---|---|---|---|---|---|");
    for (f, name) in files {
        let c = &f.client;
        let next = f
            .plans
            .first()
            .map(|p| format!("{} {}", date(p.due), one_line(&p.purpose)))
            .unwrap_or_else(|| t!("cli-none-planned"));
        let overdue = c
            .overdue_days(today)
            .map(|d| format!(" **{}**", t!("dos-overdue", days = t!("n-days", n = d))))
            .unwrap_or_default();
        let complaints = match f.open_complaints.len() {
            0 => "—".to_string(),
            n => t!(
                "dos-complaints-oldest",
                n = n,
                since = moment(&f.open_complaints[0].opened_at)
            ),
        };
        let _ = writeln!(
            s,
            "| {} | {} | {} | {}{overdue} | {next} | {complaints} | {} | [{}](clients/{}) |",
            one_line(&c.name),
            c.tier.label(),
            c.status.label(),
            last_touch(c, today),
            overdue_receivables(f, today).unwrap_or_else(|| "—".into()),
            one_line(name),
            name.replace(' ', "%20")
        );
    }
    s
}

/// One client's dossier, written for a successor's first day, in the
/// language in force.
pub fn dossier(f: &ClientFile, today: NaiveDate) -> String {
    let c = &f.client;
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", display_safe(&c.name));
    let _ = writeln!(s, "## {}\n", t!("dos-first"));
    for (n, thing) in first_things(f, today).iter().enumerate() {
        let _ = writeln!(s, "{}. {thing}", n + 1);
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "## {}\n", t!("dos-who"));
    let _ = writeln!(
        s,
        "- {}",
        t!(
            "dos-tier-line",
            tier = c.tier.label(),
            status = c.status.label(),
            days = c.cadence_days
        )
    );
    for (label, v) in [
        (t!("field-industry"), &c.industry),
        (t!("field-city"), &c.city),
    ] {
        if !v.is_empty() {
            let _ = writeln!(s, "- {}: {}", capitalise(&label), display_safe(v));
        }
    }
    let _ = writeln!(s, "- {}", t!("dos-since", day = date(c.created_on)));
    if !c.notes.is_empty() {
        let _ = writeln!(s, "\n{}", display_safe(&c.notes));
    }
    let _ = writeln!(s, "\n## {}\n", t!("dos-contacts"));
    if f.contacts.is_empty() {
        let _ = writeln!(s, "{}", t!("dos-none-recorded"));
    } else {
        let _ = writeln!(s, "{}\n|---|---|---|---|---|", t!("dos-contacts-head"));
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
    let _ = writeln!(s, "\n## {}\n", t!("dos-stand", day = date(today)));
    for k in &f.open_complaints {
        let _ = writeln!(
            s,
            "- {}",
            t!(
                "dos-open-complaint",
                since = moment(&k.opened_at),
                department = display_safe(&k.department),
                severity = k.severity.label(),
                status = k.status.label(),
                summary = display_safe(&k.summary)
            )
        );
    }
    for i in &f.unpaid {
        let late = i
            .overdue_days(today)
            .map(|d| format!(" — **{}**", t!("dos-overdue", days = t!("n-days", n = d))))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "- {}{late}",
            t!(
                "dos-unpaid",
                number = one_line(&i.number),
                amount = money(i.amount_minor, &display_safe(&i.currency)),
                due = date(i.due_on)
            )
        );
    }
    for o in &f.orders {
        let title = if o.title.is_empty() {
            t!("event-order-untitled")
        } else {
            display_safe(&o.title)
        };
        let _ = writeln!(
            s,
            "- {}",
            t!(
                "dos-order",
                at = moment(&o.at),
                title = title,
                amount = display_safe(&o.amount_text()),
                status = o.status.label()
            )
        );
    }
    let _ = writeln!(s, "- {}", t!("dos-last-touch", when = last_touch(c, today)));
    if let Some(d) = c.overdue_days(today) {
        let _ = writeln!(
            s,
            "- {}",
            t!("dos-overdue-first", days = t!("n-days", n = d))
        );
    }
    if f.plans.is_empty() {
        let _ = writeln!(s, "- {}", t!("dos-no-next"));
    }
    for p in &f.plans {
        let late = if p.due < today {
            format!(" ({})", t!("dos-late"))
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "- {}{late}",
            t!(
                "dos-next",
                due = date(p.due),
                kind = p.kind.label(),
                purpose = display_safe(&p.purpose)
            )
        );
    }
    let _ = writeln!(s, "\n## {}\n", t!("dos-story", n = f.entries.len()));
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
            let heading = e
                .when()
                .map(|w| capitalise(&crate::i18n::month_year(w.date)))
                .unwrap_or_else(|| m.clone());
            let _ = writeln!(s, "#### {heading}\n");
            month = m;
        }
        let arrow = if e.direction == Direction::Inbound {
            t!("dos-inbound")
        } else {
            t!("dos-outbound")
        };
        let who = e
            .contact
            .as_deref()
            .map(|c| format!(" · {}", t!("dos-with", name = display_safe(c))))
            .unwrap_or_default();
        let by = if e.logged_by.is_empty() {
            String::new()
        } else {
            format!(
                " · {}",
                t!("cli-logged-by", name = display_safe(&e.logged_by))
            )
        };
        let _ = writeln!(
            s,
            "- **{}** {} ({arrow}){who}{by}: {}",
            moment(&e.at),
            e.kind.label(),
            display_safe(&e.shown_summary())
        );
        for line in e.details.lines() {
            let _ = writeln!(s, "  > {}", display_safe(line));
        }
    }
    s
}

/// The first letter in capitals (`ноябрь 2026` → `Ноябрь 2026`).
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The README written into every handover, in the language in force: how
/// to open the book, then the description of every table and view (from
/// `assets/schema.md`, the same text as the main README's, or its Russian
/// translation `assets/schema.ru.md`; tests keep them whole).
pub fn readme() -> String {
    match crate::i18n::current() {
        crate::i18n::Lang::En => README_EN.to_string(),
        crate::i18n::Lang::Ru => README_RU.to_string(),
    }
}

/// The handover README in English.
pub const README_EN: &str = concat!(
    r#"# A touchbase book handed over to you

`book.sqlite` holds the clients of this handover with their whole history.
`index.md` lists them; `clients/` has one dossier per client.

## With touchbase

    touchbase --db book.sqlite              # the terminal UI
    touchbase --db book.sqlite untouched    # whom to call first
    touchbase handover accept book.sqlite   # merge it into your own book

Add `--lang ru` to read it in Russian.

## With sqlite3 or Datasette

    sqlite3 -box book.sqlite "SELECT * FROM client_overview"
    sqlite3 -box book.sqlite "SELECT at, kind, summary, contact, logged_by FROM timeline WHERE client = 'NAME' ORDER BY at DESC"
    datasette book.sqlite

Any SQLite 3.37 or newer reads it. Dates are ISO-8601 text.

## What the tables and views hold

"#,
    include_str!("../assets/schema.md")
);

/// The handover README in Russian.
pub const README_RU: &str = concat!(
    r#"# Вам передана книга touchbase

В `book.sqlite` — клиенты этой передачи со всей историей работы с ними.
`index.md` перечисляет их; в папке `clients/` — досье на каждого клиента.

## В touchbase

    touchbase --db book.sqlite              # терминальный интерфейс
    touchbase --db book.sqlite untouched    # кому звонить первым
    touchbase handover accept book.sqlite   # влить в свою книгу

С `--lang en` всё то же по-английски.

## В sqlite3 или Datasette

    sqlite3 -box book.sqlite "SELECT * FROM client_overview"
    sqlite3 -box book.sqlite "SELECT at, kind, summary, contact, logged_by FROM timeline WHERE client = 'НАЗВАНИЕ' ORDER BY at DESC"
    datasette book.sqlite

Книгу читает любой SQLite 3.37 и новее. Даты хранятся текстом ISO-8601
(`2026-11-28`), суммы — целыми копейками/центами.

## Что хранят таблицы и представления

"#,
    include_str!("../assets/schema.ru.md")
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
