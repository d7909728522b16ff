//! The selected client's card: tier, cadence, status, where and what, a
//! twelve-week touch sparkline, the last touch; then what needs doing (open
//! complaints, overdue invoices, next steps); then who managed it before,
//! contacts and notes.

use super::pane_block;
use crate::t;
use crate::text::{display_safe, truncate};
use crate::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Sparkline, Widget};

/// Rows the card wants: borders, three fixed lines, contacts, next steps,
/// open complaints and unpaid invoices.
pub fn height(app: &App) -> u16 {
    match &app.view {
        None => 3,
        Some(v) => {
            (2 + 3
                + usize::from(v.managed_before.is_some())
                + usize::from(v.checklist.is_some())
                + v.contacts.len().clamp(1, 3)
                + v.plans.len().clamp(0, 3)
                + v.open_complaints.len().min(2)
                + v.unpaid.len().min(MONEY_ROWS)) as u16
        }
    }
}

/// Unpaid invoices the card lists (overdue ones first).
const MONEY_ROWS: usize = 3;

/// Width of the twelve-week touch sparkline at the card's top right.
const SPARK: u16 = 12;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(view) = &app.view else {
        let block = pane_block(app, format!(" {} ", t!("card-title")), None);
        let inner = block.inner(area);
        block.render(area, buf);
        Paragraph::new(t!("card-select"))
            .style(app.theme.dim())
            .render(inner, buf);
        return;
    };
    let c = &view.client;
    let t = &app.theme;
    let today = app.clock.today;
    // The title says which list the client was chosen from.
    let block = pane_block(
        app,
        format!(" {} · {} ", display_safe(&c.name), app.chosen_from.label()),
        None,
    );
    let inner = block.inner(area);
    block.render(area, buf);
    let w = inner.width as usize;

    let mut lines = Vec::new();
    let place: Vec<String> = [&c.industry, &c.city]
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| display_safe(s))
        .collect();
    let mut head = t!(
        "card-head",
        tier = c.tier.label(),
        days = c.cadence_days,
        status = c.status.label()
    );
    if !place.is_empty() {
        head.push_str(" · ");
        head.push_str(&place.join(", "));
    }
    lines.push(Line::raw(truncate(
        &head,
        w.saturating_sub(SPARK as usize + 1),
    )));

    let since = c.days_since_clock(today);
    let mut touch = vec![Span::raw(match c.last_touch {
        Some(d) => t!("card-last-touch", day = crate::i18n::date(d), days = since),
        None => t!("card-never-touched", days = since),
    })];
    if let Some(over) = c.overdue_days(today) {
        let (text, style) = if c.slipping(today) {
            (t!("card-slipping", days = over), t.overdue())
        } else {
            (t!("card-overdue-by", days = over), t.due_today())
        };
        touch.push(Span::styled(format!(" · {text}"), style));
    }
    lines.push(Line::from(touch));

    // What needs doing first: complaints, money owed, next steps; then who and notes.
    for k in view.open_complaints.iter().take(2) {
        let age = k.age_days(today).unwrap_or(0);
        let text = match &k.escalation {
            Some(e) => t!(
                "card-complaint",
                age = age,
                state = display_safe(&e.describe(today)),
                department = display_safe(&k.department),
                summary = display_safe(&k.summary)
            ),
            None => t!(
                "card-complaint",
                age = age,
                state = k.status.label(),
                department = display_safe(&k.department),
                summary = display_safe(&k.summary)
            ),
        };
        lines.push(Line::styled(
            truncate(&text, w),
            if age > 14 { t.overdue() } else { t.due_today() },
        ));
    }
    // Every unpaid invoice counts: the overdue ones first, marked.
    let mut unpaid: Vec<&crate::domain::Invoice> = view.unpaid.iter().collect();
    unpaid.sort_by_key(|i| (i.overdue_days(today).is_none(), i.due_on));
    let hidden = unpaid.len().saturating_sub(MONEY_ROWS);
    for (n, i) in unpaid.into_iter().take(MONEY_ROWS).enumerate() {
        let amount = crate::i18n::money(i.amount_minor, &i.currency);
        let more = if n + 1 == MONEY_ROWS && hidden > 0 {
            format!(" · {}", t!("n-more", n = hidden))
        } else {
            String::new()
        };
        let line = match i.overdue_days(today) {
            Some(days) => Line::styled(
                truncate(
                    &format!(
                        "{}{more}",
                        t!(
                            "card-invoice-overdue",
                            amount = amount.as_str(),
                            days = days,
                            number = display_safe(&i.number)
                        )
                    ),
                    w,
                ),
                t.overdue(),
            ),
            None => Line::raw(truncate(
                &format!(
                    "{}{more}",
                    t!(
                        "card-invoice-unpaid",
                        amount = amount.as_str(),
                        due = crate::i18n::date(i.due_on),
                        number = display_safe(&i.number)
                    )
                ),
                w,
            )),
        };
        lines.push(line);
    }
    for p in view.plans.iter().take(3) {
        let (mark, style) = t.due(p.due, today);
        let text = format!(
            "{}{mark}",
            t!(
                "card-next",
                due = crate::i18n::date(p.due),
                kind = p.kind.label(),
                purpose = display_safe(&p.purpose)
            )
        );
        lines.push(Line::styled(truncate(&text, w), style));
    }
    if let Some((before, since)) = &view.managed_before {
        let text = t!(
            "card-managed-before",
            manager = display_safe(before),
            since = chrono::NaiveDate::parse_from_str(since.get(..10).unwrap_or(""), "%Y-%m-%d")
                .map(crate::i18n::date)
                .unwrap_or_else(|_| display_safe(since))
        );
        lines.push(Line::styled(truncate(&text, w), t.dim()));
    }
    // What the successor has left to do for a received client.
    if let Some(list) = &view.checklist {
        let text = format!(
            "☐ {}: {}",
            t!(
                "checklist-progress",
                done = list.done(),
                total = list.items.len()
            ),
            list.next_item().unwrap_or_default()
        );
        lines.push(Line::styled(truncate(&text, w), t.due_today()));
    }
    if view.contacts.is_empty() {
        lines.push(Line::styled(t!("card-no-contacts"), t.dim()));
    }
    // Those still at the client first; phone and e-mail before the role, so
    // a narrow card still shows how to reach them. Those who left: dimmed.
    let mut shown: Vec<&crate::domain::Contact> = view.contacts.iter().collect();
    shown.sort_by_key(|c| c.left_on.is_some());
    for ct in shown.into_iter().take(3) {
        let extra: Vec<String> = [&ct.phone, &ct.email, &ct.role]
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| display_safe(s))
            .collect();
        let text = format!("☺ {}  {}", display_safe(&ct.name), extra.join(" · "));
        match ct.left_on {
            Some(d) => lines.push(Line::styled(
                truncate(
                    &format!("{text}  {}", t!("left-on", day = crate::i18n::date(d))),
                    w,
                ),
                t.dim(),
            )),
            None => lines.push(Line::raw(truncate(&text, w))),
        }
    }
    let first_note = c.notes.lines().next().unwrap_or("");
    lines.push(Line::styled(
        truncate(&display_safe(first_note), w),
        t.dim(),
    ));

    Paragraph::new(lines).render(inner, buf);
    // Touches per week, twelve weeks: a glance at the rhythm of the work.
    if inner.width > SPARK + 20 && inner.height > 0 {
        let spark = Rect {
            x: inner.x + inner.width - SPARK,
            y: inner.y,
            width: SPARK,
            height: 1,
        };
        Sparkline::default()
            .data(&view.weekly_touches)
            .style(t.heading())
            .render(spark, buf);
    }
}
