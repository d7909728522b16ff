//! What the command line prints: aligned tables for people (every string from
//! the book made terminal-safe, widths measured in cells) and stable JSON for
//! scripts (field names documented in the README).

use crate::book::{Hit, Untouched};
use crate::domain::{Client, Contact, Interaction, Plan};
use crate::t;
use crate::text::{display_safe, fit};
use chrono::NaiveDate;
use serde_json::{Value, json};

pub fn safe(s: &str) -> String {
    display_safe(s)
}

/// How many rows a list command reads for `--limit N`: one more than it
/// shows, so a list cut short can say so (every row without a limit).
pub fn one_more(limit: Option<u64>) -> u64 {
    limit.map_or(u64::MAX >> 1, |n| n.saturating_add(1))
}

/// A list read with `one_more` cut back to its limit: the limit, when rows
/// were left out.
pub fn cut<T>(rows: &mut Vec<T>, limit: Option<u64>) -> Option<u64> {
    let n = limit?;
    let n_rows = usize::try_from(n).unwrap_or(usize::MAX);
    (rows.len() > n_rows).then(|| {
        rows.truncate(n_rows);
        n
    })
}

/// A list's count line ("20 hits"); one cut short by `--limit` says there
/// are more, and how to see them.
pub fn counted(shown: String, cut: Option<u64>) -> String {
    match cut {
        Some(n) => t!(
            "cli-more-rows",
            shown = shown,
            next = n.saturating_mul(2).max(n.saturating_add(1))
        ),
        None => shown,
    }
}

pub fn print_json<T: serde::Serialize + ?Sized>(v: &T) -> anyhow::Result<()> {
    say!(
        "{}",
        crate::text::json_safe(&serde_json::to_string_pretty(v)?)
    );
    Ok(())
}

pub fn client_json(c: &Client, today: NaiveDate) -> Value {
    json!({
        "id": c.id,
        "name": c.name,
        "tier": c.tier,
        "cadence_days": c.cadence_days,
        // The hard limit in force, and the client's own limits (null: the default).
        "hard_limit_days": c.hard_limit_days(),
        "limits": c.limits,
        "slipping": c.slipping(today),
        "status": c.status,
        "industry": c.industry,
        "city": c.city,
        "notes": c.notes,
        "created_on": c.created_on,
        "last_touch": c.last_touch,
        "days_since_touch": c.last_touch.map(|d| (today - d).num_days()),
        "overdue_days": c.overdue_days(today).unwrap_or(0),
    })
}

pub fn entry_json(e: &Interaction) -> Value {
    json!({
        "id": e.id,
        "at": e.at,
        "kind": e.kind,
        "direction": e.direction,
        "summary": e.summary,
        "contact": e.contact,
        "details": e.details,
        "edited": e.versions > 0,
        "logged_by": e.logged_by,
        "event": e.event,
    })
}

fn plan_json(p: &Plan) -> Value {
    json!({ "id": p.id, "due": p.due, "purpose": p.purpose, "kind": p.kind })
}

pub fn card_json(
    c: &Client,
    contacts: &[Contact],
    plans: &[Plan],
    recent: &[Interaction],
    today: NaiveDate,
) -> Value {
    let mut v = client_json(c, today);
    v["contacts"] = json!(contacts
        .iter()
        .map(|ct| json!({"id": ct.id, "name": ct.name, "role": ct.role, "phone": ct.phone, "email": ct.email,
            "phones": crate::domain::split_channels(&ct.phone), "emails": crate::domain::split_channels(&ct.email),
            "note": ct.note, "left_on": ct.left_on}))
        .collect::<Vec<_>>());
    v["next_steps"] = json!(plans.iter().map(plan_json).collect::<Vec<_>>());
    v["recent"] = json!(recent.iter().map(entry_json).collect::<Vec<_>>());
    v
}

pub fn untouched_json(u: &Untouched) -> Value {
    json!({
        "id": u.client.id,
        "name": u.client.name,
        "tier": u.client.tier,
        "status": u.client.status,
        "cadence_days": u.client.cadence_days,
        "last_touch": u.client.last_touch,
        "days_since_touch": u.days_since_touch,
        "overdue_days": u.overdue_days,
        "next_step": u.next_step,
    })
}

fn date_or_never(d: Option<NaiveDate>) -> String {
    d.map(crate::i18n::date).unwrap_or_else(|| t!("cli-never"))
}

/// A table's columns laid out by cells, each as wide as its widest word in
/// the language in force (`потенциальный` is longer than `prospect`).
pub(crate) struct Columns(Vec<usize>);

impl Columns {
    pub(crate) fn new(heads: &[String], words: &[Vec<String>]) -> Columns {
        Columns(
            heads
                .iter()
                .zip(words)
                .map(|(h, ws)| {
                    ws.iter()
                        .map(|w| crate::text::width(w))
                        .chain([crate::text::width(h)])
                        .max()
                        .unwrap_or(0)
                })
                .collect(),
        )
    }
    /// The cells of one row, the last one not padded.
    pub(crate) fn line(&self, cells: &[String]) -> String {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                out.push_str("  ");
            }
            match self.0.get(i) {
                Some(w) if i + 1 < cells.len() => out.push_str(&fit(cell, *w)),
                _ => out.push_str(cell),
            }
        }
        out.trim_end().to_string()
    }
}

/// `+19 d` / `+19 дн.`: days past the cadence.
fn overdue_days(n: i64) -> String {
    t!("cli-overdue-days", n = n)
}

pub fn client_table(clients: &[Client], today: NaiveDate, cut: Option<u64>) {
    let heads = [
        t!("cli-col-name"),
        t!("cli-col-tier"),
        t!("cli-col-status"),
        t!("cli-col-last-touch"),
        t!("cli-col-overdue"),
    ];
    let cols = Columns::new(
        &heads,
        &[
            vec!["x".repeat(36)],
            vec![],
            crate::domain::Status::ALL
                .iter()
                .map(|s| s.label())
                .collect(),
            vec![crate::i18n::date(today), t!("cli-never")],
            vec![],
        ],
    );
    say!("{}", cols.line(&heads));
    for c in clients {
        let overdue = c.overdue_days(today).map(overdue_days).unwrap_or_default();
        say!(
            "{}",
            cols.line(&[
                safe(&c.name),
                c.tier.label(),
                c.status.label(),
                date_or_never(c.last_touch),
                overdue
            ])
        );
    }
    say!("{}", counted(t!("cli-n-clients", n = clients.len()), cut));
}

pub fn card(
    c: &Client,
    contacts: &[Contact],
    plans: &[Plan],
    recent: &[Interaction],
    today: NaiveDate,
) {
    say!(
        "{}  ({})",
        safe(&c.name),
        t!(
            "cli-card-head",
            tier = c.tier.label(),
            status = c.status.label(),
            days = c.cadence_days
        )
    );
    say!("id        {}", c.id);
    for (label, value) in [
        (t!("field-industry"), &c.industry),
        (t!("field-city"), &c.city),
    ] {
        if !value.is_empty() {
            say!("{label:<9} {}", safe(value));
        }
    }
    let since = c.days_since_clock(today);
    match c.last_touch {
        Some(d) => say!(
            "{}",
            t!("cli-touched", day = crate::i18n::date(d), days = since)
        ),
        None => say!(
            "{}",
            t!(
                "cli-never-touched",
                day = crate::i18n::date(c.created_on),
                days = since
            )
        ),
    }
    if let Some(over) = c.overdue_days(today) {
        say!("{}", t!("cli-overdue-by", days = over));
    }
    if !c.notes.is_empty() {
        say!("{:<9} {}", t!("field-notes"), safe(&c.notes));
    }
    say!("\n{}", t!("cli-contacts"));
    if contacts.is_empty() {
        say!("  {}", t!("cli-none"));
    }
    for ct in contacts {
        let extra: Vec<&str> = [ct.role.as_str(), ct.phone.as_str(), ct.email.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        say!("  {}  {}", safe(&ct.name), safe(&extra.join(" · ")));
    }
    say!("\n{}", t!("cli-next-steps"));
    if plans.is_empty() {
        say!("  {}", t!("cli-none-planned"));
    }
    for p in plans {
        let mark = if p.due < today {
            format!("  {}", t!("cli-overdue"))
        } else if p.due == today {
            format!("  {}", t!("word-today"))
        } else {
            String::new()
        };
        say!(
            "  {}  {}  {}{mark}",
            crate::i18n::date(p.due),
            fit(&p.kind.label(), 9),
            safe(&p.purpose)
        );
    }
    say!("\n{}", t!("cli-recent"));
    print_entries(recent);
}

fn print_entries(entries: &[Interaction]) {
    if entries.is_empty() {
        say!("  {}", t!("cli-nothing-logged"));
    }
    for e in entries {
        let contact = e
            .contact
            .as_deref()
            .map(|c| format!(" · {}", safe(c)))
            .unwrap_or_default();
        let edited = if e.versions > 0 {
            format!(" {}", t!("timeline-edited"))
        } else {
            String::new()
        };
        say!(
            "  {:<16}  {} {}{contact}{edited}",
            crate::i18n::moment(&e.at),
            fit(&e.kind.label(), 10),
            safe(&e.shown_summary())
        );
        let by = if e.logged_by.is_empty() {
            String::new()
        } else {
            format!(" · {}", t!("cli-logged-by", name = safe(&e.logged_by)))
        };
        say!("  {:<16}  id {}{by}", "", e.id);
    }
}

pub fn timeline(c: &Client, entries: &[Interaction], cut: Option<u64>) {
    say!(
        "{}: {}",
        safe(&c.name),
        counted(t!("cli-n-entries", n = entries.len()), cut)
    );
    print_entries(entries);
}

pub fn untouched_table(rows: &[Untouched], cut: Option<u64>) {
    let heads = [
        t!("cli-col-name"),
        t!("cli-col-tier"),
        t!("cli-col-last-touch"),
        t!("cli-col-overdue"),
        t!("cli-col-next"),
    ];
    let sample = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap_or_default();
    let cols = Columns::new(
        &heads,
        &[
            vec!["x".repeat(36)],
            vec![],
            vec![crate::i18n::date(sample), t!("cli-never")],
            vec![overdue_days(9999)],
            vec![],
        ],
    );
    say!("{}", cols.line(&heads));
    for u in rows {
        let next = u
            .next_step
            .as_ref()
            .map(|n| format!("{} {}", crate::i18n::date(n.due), safe(&n.purpose)))
            .unwrap_or_else(|| t!("cli-none-planned"));
        say!(
            "{}",
            cols.line(&[
                safe(&u.client.name),
                u.client.tier.label(),
                date_or_never(u.client.last_touch),
                overdue_days(u.overdue_days),
                next
            ])
        );
    }
    say!("{}", counted(t!("cli-n-untouched", n = rows.len()), cut));
}

pub fn hits(hits: &[Hit], cut: Option<u64>) {
    for h in hits {
        match h.kind {
            "entry" => say!(
                "{:<16}  {:<9} {}  — {}",
                crate::i18n::moment(h.at.as_deref().unwrap_or("")),
                h.entry_kind.map(|k| k.label()).unwrap_or_default(),
                safe(&h.shown_text()),
                safe(&h.client)
            ),
            "plan" => say!(
                "{:<16}  {:<9} {}  — {}",
                crate::i18n::moment(h.at.as_deref().unwrap_or("")),
                t!("hit-plan"),
                safe(&h.shown_text()),
                safe(&h.client)
            ),
            "contact" => say!(
                "{:<16}  {:<9} {}  — {}",
                "",
                t!("hit-contact"),
                safe(&h.text),
                safe(&h.client)
            ),
            _ => say!("{:<16}  {:<9} {}", "", t!("hit-client"), safe(&h.client)),
        }
    }
    say!("{}", counted(t!("cli-n-hits", n = hits.len()), cut));
}
