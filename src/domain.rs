//! The model of a book: clients, contacts, timeline entries and planned touches,
//! their kinds and states, and the checked `New*` values that may be written.
//! No I/O here; the book (`book/`) stores these, the screens show them.

use crate::dates::When;
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

/// Bad input: names the field, the value and what is accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub struct InputError {
    pub field: &'static str,
    pub value: String,
    pub accepted: String,
}

impl InputError {
    /// `field: 'value' is not accepted; what is`, in the language in force.
    pub fn message(&self) -> String {
        let id = format!("field-{}", self.field.replace(' ', "-"));
        let field = if crate::i18n::has(crate::i18n::Lang::En, &id) {
            crate::i18n::tr(&id)
        } else {
            self.field.to_string()
        };
        crate::t!(
            "not-accepted",
            field = field,
            value = self.value.as_str(),
            accepted = self.accepted.as_str()
        )
    }

    pub fn new(field: &'static str, value: impl Into<String>, accepted: impl Into<String>) -> Self {
        InputError {
            field,
            value: value.into(),
            accepted: accepted.into(),
        }
    }
}

/// A word of the book that a person reads in their language.
pub trait Word: Copy {
    fn label(self) -> String;
}

/// Defines a closed set of words stored as text, with parsing that names the choices.
macro_rules! word_enum {
    ($(#[$m:meta])* $name:ident, $field:literal { $($(#[$vm:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            /// The word as stored and in JSON, or as a person types it in
            /// either language (`call`, `звонок`).
            pub fn parse(s: &str) -> Result<Self, InputError> {
                let folded = crate::text::fold(&s.replace(['-', '_'], " "));
                // The stored word first: every row read from the book takes
                // this path, so the catalogs are asked only for typed words.
                Self::ALL.iter().copied().find(|v| v.as_str().eq_ignore_ascii_case(&folded))
                .or_else(|| Self::ALL.iter().copied().find(|v| {
                    crate::i18n::Lang::ALL.iter().any(|l| {
                        crate::text::fold(&crate::i18n::tr_in(*l, &v.message_id())) == folded
                    })
                }))
                .ok_or_else(|| InputError::new($field, s, crate::t!("accepted-one-of", choices = Self::choices())))
            }
            /// The words a person may type, in the language in force.
            pub fn choices() -> String {
                Self::ALL.iter().map(|v| v.label()).collect::<Vec<_>>().join(", ")
            }
            /// The word as a person reads it, in the language in force.
            pub fn label(self) -> String {
                crate::i18n::tr(&self.message_id())
            }
            fn message_id(self) -> String {
                format!("word-{}-{}", stringify!($name), self.as_str().replace(' ', "-"))
            }
        }

        impl Word for $name {
            fn label(self) -> String {
                $name::label(self)
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str(self.as_str()) }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.pad(self.as_str()) }
        }
    };
}

word_enum!(
    /// How important a client is; sets the default cadence.
    Tier, "tier" { A = "A", B = "B", C = "C" }
);

impl Tier {
    /// Default longest gap between touches, in days.
    pub fn default_cadence(self) -> u32 {
        match self {
            Tier::A => 14,
            Tier::B => 30,
            Tier::C => 60,
        }
    }
}

word_enum!(
    /// Where the relationship stands. Paused and lost clients are never "untouched".
    Status, "status" { Prospect = "prospect", Active = "active", Paused = "paused", Lost = "lost" }
);

word_enum!(
    /// What a timeline entry is. The first five are touches.
    Kind, "kind" {
        Call = "call", Meeting = "meeting", Visit = "visit", Email = "email", Message = "message",
        Note = "note", Order = "order", Complaint = "complaint", Internal = "internal",
    }
);

impl Kind {
    /// Touches are contacts with the client; they reset the cadence clock.
    pub fn is_touch(self) -> bool {
        matches!(
            self,
            Kind::Call | Kind::Meeting | Kind::Visit | Kind::Email | Kind::Message
        )
    }
    pub const TOUCHES: &'static [Kind] = &[
        Kind::Call,
        Kind::Meeting,
        Kind::Visit,
        Kind::Email,
        Kind::Message,
    ];

    /// Parse a kind that must be a touch (planned touches).
    pub fn parse_touch(s: &str) -> Result<Self, InputError> {
        let k = Kind::parse(s)?;
        if k.is_touch() {
            Ok(k)
        } else {
            let touches: Vec<String> = Kind::TOUCHES.iter().map(|k| k.label()).collect();
            Err(InputError::new(
                "kind",
                s,
                crate::t!("accepted-touch", choices = touches.join(", ")),
            ))
        }
    }
}

word_enum!(
    /// Who reached out.
    Direction, "direction" { Outbound = "outbound", Inbound = "inbound" }
);

word_enum!(
    /// The state of a planned touch.
    PlanStatus, "plan status" { Open = "open", Done = "done", Cancelled = "cancelled" }
);

word_enum!(
    /// How bad a complaint is.
    Severity, "severity" { Low = "low", Normal = "normal", High = "high" }
);

word_enum!(
    /// Where a complaint stands: escalated means handed on inside the company.
    ComplaintStatus, "complaint status" { Open = "open", Escalated = "escalated", Resolved = "resolved" }
);

word_enum!(
    /// How an order ended, or that it has not yet.
    OrderStatus, "status" { Won = "won", Lost = "lost", InProgress = "in progress" }
);

/// What an amount field accepts, for error messages.
pub fn amount_accepted() -> String {
    crate::t!("amount-accepted")
}

/// An amount typed by a person, in minor units (kopecks, cents):
/// `125000`, `125 000,50`, `125000.5`, `1,250.00`, `1.250.000` are accepted.
/// Anything that could be read two ways is refused, never guessed: a date
/// (`14.03.2026`), three decimals (`0.001`), ragged groups (`1.2.3`).
pub fn amount(field: &'static str, raw: &str) -> Result<i64, InputError> {
    let minor =
        parse_minor(raw.trim()).ok_or_else(|| InputError::new(field, raw, amount_accepted()))?;
    if minor <= 0 || minor > 100_000_000_000_000 {
        return Err(InputError::new(field, raw, amount_accepted()));
    }
    Ok(minor)
}

/// Minor units of `s`, or `None` when it is not exactly one amount.
fn parse_minor(s: &str) -> Option<i64> {
    let is_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}');
    // The decimal mark: the last '.' or ',' when one or two digits follow it.
    let (whole, frac, mark) = match s.rfind(['.', ',']) {
        Some(i) if (1..=2).contains(&(s.len() - i - 1)) => {
            (&s[..i], &s[i + 1..], s[i..].chars().next())
        }
        _ => (s, "", None),
    };
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // The whole part: plain digits, or groups of three after a first group of
    // one to three, all split by the same kind of separator (not the mark).
    let groups: Vec<&str> = whole
        .split(|c: char| is_space(c) || c == '.' || c == ',')
        .collect();
    let seps: Vec<char> = whole
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .map(|c| if is_space(c) { ' ' } else { c })
        .collect();
    let (first, rest) = groups.split_first()?;
    let digits_only = groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    let grouped = rest.is_empty()
        || (first.len() <= 3
            && !first.starts_with('0')
            && rest.iter().all(|g| g.len() == 3)
            && seps.windows(2).all(|w| w[0] == w[1])
            && seps.first().is_none_or(|&c| Some(c) != mark));
    if first.is_empty() || !digits_only || !grouped {
        return None;
    }
    let units: i64 = groups.concat().parse().ok()?;
    let cents: i64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<2}").parse().ok()?
    };
    units.checked_mul(100)?.checked_add(cents)
}

/// A currency code: three Latin letters, stored in upper case.
pub fn currency(raw: &str) -> Result<String, InputError> {
    let c = raw.trim().to_ascii_uppercase();
    if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(c)
    } else {
        Err(InputError::new(
            "currency",
            raw,
            crate::t!("accepted-currency"),
        ))
    }
}

/// Minor units as people read money: `125 000.50`.
pub fn format_amount(minor: i64) -> String {
    let units = (minor / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in units.chars().enumerate() {
        if i > 0 && (units.len() - i) % 3 == 0 {
            grouped.push(' ');
        }
        grouped.push(ch);
    }
    match minor % 100 {
        0 => grouped,
        cents => format!("{grouped}.{cents:02}"),
    }
}

/// Sums by currency as people read them: `12 500 GBP, 1 630 000 RUB` (or `0`).
pub fn format_sums(sums: &std::collections::BTreeMap<String, f64>) -> String {
    if sums.is_empty() {
        return "0".into();
    }
    sums.iter()
        .map(|(c, v)| format!("{} {c}", format_amount((v * 100.0).round() as i64)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A complaint as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Complaint {
    pub id: String,
    pub client_id: String,
    pub client: String,
    pub opened_at: String,
    pub contact: Option<String>,
    pub department: String,
    pub severity: Severity,
    pub summary: String,
    pub status: ComplaintStatus,
    pub resolved_at: Option<String>,
    pub resolution: String,
    /// The last escalation while escalated: to whom, when, and by when.
    pub escalation: Option<Escalation>,
}

/// Where an escalated complaint is: with whom, since when, answer due by when.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Escalation {
    pub to: String,
    pub since: String,
    pub by: Option<NaiveDate>,
}

impl Escalation {
    /// Days past its "by when", when it has passed.
    pub fn late_days(&self, today: NaiveDate) -> Option<i64> {
        self.by
            .filter(|b| *b < today)
            .map(|b| (today - b).num_days())
    }

    /// "→ Склад since 2026-11-08 · by 2026-11-15, 3 days late" as people read it.
    pub fn describe(&self, today: NaiveDate) -> String {
        let since = crate::dates::When::from_stored(&self.since)
            .map(|w| crate::i18n::date(w.date))
            .unwrap_or_else(|| self.since.clone());
        let mut s = crate::t!("esc-since", to = self.to.as_str(), since = since);
        match (self.by, self.late_days(today)) {
            (Some(b), Some(late)) => s.push_str(&format!(
                " · {}",
                crate::t!("esc-by-late", day = crate::i18n::date(b), days = late)
            )),
            (Some(b), None) => s.push_str(&format!(
                " · {}",
                crate::t!("esc-by", day = crate::i18n::date(b))
            )),
            _ => {}
        }
        s
    }
}

impl Complaint {
    /// Days since it was opened, counted while it is not resolved.
    pub fn age_days(&self, today: NaiveDate) -> Option<i64> {
        if self.status == ComplaintStatus::Resolved {
            return None;
        }
        When::from_stored(&self.opened_at).map(|w| (today - w.date).num_days())
    }
}

/// A change to a complaint: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ComplaintPatch {
    pub summary: Option<String>,
    pub department: Option<String>,
    pub severity: Option<Severity>,
}

/// A complaint that may be written; `contact` is a contact id of the client.
#[derive(Debug, Clone, PartialEq)]
pub struct NewComplaint {
    pub at: When,
    pub contact: Option<String>,
    pub department: String,
    pub severity: Severity,
    pub summary: String,
    /// How it came (a call, a visit, …): then it is also the client's inbound
    /// touch, and our reply to it is measured like any other reaction.
    pub via: Option<Kind>,
}

/// An order as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Order {
    pub id: String,
    pub client_id: String,
    pub at: String,
    pub title: String,
    /// None while the amount is not known yet.
    pub amount_minor: Option<i64>,
    pub currency: String,
    pub status: OrderStatus,
    /// When it was deleted (hidden, with its timeline entry); None while it counts.
    pub deleted_at: Option<String>,
}

impl Order {
    /// The amount as people read it, or "no amount yet".
    pub fn amount_text(&self) -> String {
        match self.amount_minor {
            Some(m) => crate::i18n::money(m, &self.currency),
            None => crate::t!("order-no-amount"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewOrder {
    pub at: When,
    pub title: String,
    pub amount_minor: Option<i64>,
    pub currency: String,
    pub status: OrderStatus,
}

/// A change to an order: `None` leaves a field as it is (`amount_minor:
/// Some(None)` clears the amount).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OrderPatch {
    pub at: Option<When>,
    pub title: Option<String>,
    pub amount_minor: Option<Option<i64>>,
    pub currency: Option<String>,
    pub status: Option<OrderStatus>,
}

/// An order's amount as typed: empty while unknown, 0 for a lost deal, or an amount.
pub fn order_amount(raw: &str) -> Result<Option<i64>, InputError> {
    match raw.trim() {
        "" => Ok(None),
        z if z.chars().all(|c| matches!(c, '0' | '.' | ',')) && z.starts_with('0') => Ok(Some(0)),
        _ => amount("amount", raw).map(Some).map_err(|e| {
            InputError::new(
                "amount",
                raw,
                crate::t!("accepted-order-amount", amount = e.accepted),
            )
        }),
    }
}

/// An invoice as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Invoice {
    pub id: String,
    pub client_id: String,
    pub client: String,
    pub number: String,
    pub amount_minor: i64,
    pub currency: String,
    pub issued_on: NaiveDate,
    pub due_on: NaiveDate,
    pub paid_on: Option<NaiveDate>,
}

impl Invoice {
    /// Days past due while unpaid.
    pub fn overdue_days(&self, today: NaiveDate) -> Option<i64> {
        (self.paid_on.is_none() && self.due_on < today).then(|| (today - self.due_on).num_days())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewInvoice {
    pub number: String,
    pub amount_minor: i64,
    pub currency: String,
    pub issued_on: NaiveDate,
    pub due_on: NaiveDate,
}

/// A change to an invoice: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvoicePatch {
    pub number: Option<String>,
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
    pub issued_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
}

/// A client as stored, with its derived touch facts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Client {
    pub id: String,
    pub name: String,
    pub tier: Tier,
    pub cadence_days: u32,
    pub status: Status,
    pub industry: String,
    pub city: String,
    pub notes: String,
    pub created_on: NaiveDate,
    pub last_touch: Option<NaiveDate>,
    /// Where the client's limits differ from its tier's.
    pub limits: Limits,
}

/// A client's own limits, where they differ from what its cadence and tier
/// give; `None` keeps the default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Limits {
    /// Days untouched after which the client is slipping (red); by default
    /// one and a half times the cadence.
    pub hard_days: Option<u32>,
    /// Months a client stays quiet after a won order (0: no quiet period);
    /// by default the rule for its tier.
    pub quiet_months: Option<u32>,
    /// Days between touches in that quiet period; by default the rule's.
    pub quiet_every: Option<u32>,
}

impl Client {
    /// Days since the last touch (or since the client was added, if never touched).
    pub fn days_since_clock(&self, today: NaiveDate) -> i64 {
        (today - self.last_touch.unwrap_or(self.created_on)).num_days()
    }

    /// Days past the cadence; positive means overdue. Paused and lost clients never are.
    pub fn overdue_days(&self, today: NaiveDate) -> Option<i64> {
        if !matches!(self.status, Status::Active | Status::Prospect) {
            return None;
        }
        let over = self.days_since_clock(today) - self.cadence_days as i64;
        (over > 0).then_some(over)
    }

    /// The hard limit: past it the client is slipping (red), where past the
    /// cadence (the soft limit) a touch is only due (yellow). One and a half
    /// times the cadence: A 14/21, B 30/45, C 60/90 days.
    /// A client may have a hard limit of its own (`Limits::hard_days`).
    pub fn hard_limit_days(&self) -> i64 {
        self.limits
            .hard_days
            .map_or(i64::from(self.cadence_days) * 3 / 2, i64::from)
    }

    /// Past the hard limit (see `hard_limit_days`).
    pub fn slipping(&self, today: NaiveDate) -> bool {
        self.overdue_days(today).is_some() && self.days_since_clock(today) > self.hard_limit_days()
    }
}

/// A person at a client.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contact {
    pub id: String,
    pub client_id: String,
    pub name: String,
    pub role: String,
    pub phone: String,
    pub email: String,
    pub note: String,
    /// The day the person left the client: kept in the history, not offered in forms.
    pub left_on: Option<NaiveDate>,
}

/// One timeline entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Interaction {
    pub id: String,
    pub client_id: String,
    pub kind: Kind,
    pub direction: Direction,
    pub at: String,
    pub contact: Option<String>,
    pub summary: String,
    pub details: String,
    /// How many earlier versions the book keeps of this entry.
    pub versions: u32,
    /// The manager who logged it (empty when the book had none set).
    pub logged_by: String,
    /// What the program recorded, for an entry that stands for an order, an
    /// invoice or a complaint's step: kept as data, read in the reader's
    /// language (`summary` then holds only the words a person gave).
    pub event: Option<EntryEvent>,
}

impl Interaction {
    pub fn when(&self) -> Option<When> {
        When::from_stored(&self.at)
    }
    /// The line a person reads for the entry, in the language in force.
    pub fn shown_summary(&self) -> String {
        match &self.event {
            Some(e) => e.render(&self.summary),
            None => self.summary.clone(),
        }
    }
}

/// What an entry the program wrote stands for. Stored as a JSON object in
/// `interactions.event` (`{"event": "invoice-paid", "amount_minor": 125000,
/// "currency": "RUB"}`), never as prose; the entry's `summary` holds the
/// person's own words: the order's title, the invoice's number, the
/// complaint's text (a resolution: its note).
#[derive(Debug, Clone, PartialEq)]
pub enum EntryEvent {
    Order {
        status: OrderStatus,
        amount_minor: Option<i64>,
        currency: String,
    },
    InvoiceIssued {
        amount_minor: i64,
        currency: String,
        due_on: NaiveDate,
    },
    InvoicePaid {
        amount_minor: i64,
        currency: String,
    },
    ComplaintOpened {
        department: String,
        severity: Severity,
    },
    ComplaintEscalated {
        to: String,
    },
    ComplaintResolved,
    ComplaintReopened,
}

/// The largest amount an event may carry, in minor units.
const MAX_EVENT_AMOUNT: i64 = 1_000_000_000_000_000;

impl EntryEvent {
    /// The word stored under `"event"`.
    pub fn name(&self) -> &'static str {
        match self {
            EntryEvent::Order { .. } => "order",
            EntryEvent::InvoiceIssued { .. } => "invoice-issued",
            EntryEvent::InvoicePaid { .. } => "invoice-paid",
            EntryEvent::ComplaintOpened { .. } => "complaint-opened",
            EntryEvent::ComplaintEscalated { .. } => "complaint-escalated",
            EntryEvent::ComplaintResolved => "complaint-resolved",
            EntryEvent::ComplaintReopened => "complaint-reopened",
        }
    }

    /// The JSON object the book and `--json` keep.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        let mut v = match self {
            EntryEvent::Order {
                status,
                amount_minor,
                currency,
            } => {
                json!({"status": status.as_str(), "amount_minor": amount_minor, "currency": currency})
            }
            EntryEvent::InvoiceIssued {
                amount_minor,
                currency,
                due_on,
            } => {
                json!({"amount_minor": amount_minor, "currency": currency, "due_on": due_on.to_string()})
            }
            EntryEvent::InvoicePaid {
                amount_minor,
                currency,
            } => {
                json!({"amount_minor": amount_minor, "currency": currency})
            }
            EntryEvent::ComplaintOpened {
                department,
                severity,
            } => {
                json!({"department": department, "severity": severity.as_str()})
            }
            EntryEvent::ComplaintEscalated { to } => json!({"to": to}),
            EntryEvent::ComplaintResolved | EntryEvent::ComplaintReopened => json!({}),
        };
        v["event"] = self.name().into();
        v
    }

    /// As stored in `interactions.event`.
    pub fn to_stored(&self) -> String {
        self.to_json().to_string()
    }

    /// Read a stored event, every value checked as if typed: the known
    /// event words, exactly their fields, stored words, real dates, amounts
    /// in range, one clean line of text. The error says what is accepted.
    pub fn from_stored(s: &str) -> Result<Self, String> {
        let accepted = || crate::t!("val-event");
        // `"key": what it accepts`, in the reader's language.
        let field = |key: &str, accepted: String| format!("\"{key}\": {accepted}");
        let v: serde_json::Value = serde_json::from_str(s).map_err(|_| accepted())?;
        let obj = v.as_object().ok_or_else(accepted)?;
        let text = |key: &str| -> Result<String, String> {
            match obj.get(key).and_then(|x| x.as_str()) {
                Some(t)
                    if !t.is_empty()
                        && t.chars().count() <= crate::book::validate::MAX_LINE
                        && crate::text::clean_line(t) == t =>
                {
                    Ok(t.to_string())
                }
                _ => Err(field(key, crate::t!("val-one-line"))),
            }
        };
        let amount = |key: &str| -> Result<i64, String> {
            match obj.get(key).and_then(|x| x.as_i64()) {
                Some(n) if (0..=MAX_EVENT_AMOUNT).contains(&n) => Ok(n),
                _ => Err(field(
                    key,
                    crate::t!("val-whole-number", lo = 0, hi = MAX_EVENT_AMOUNT),
                )),
            }
        };
        let currency = || -> Result<String, String> {
            match obj.get("currency").and_then(|x| x.as_str()) {
                Some(c) if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) => {
                    Ok(c.to_string())
                }
                _ => Err(field("currency", crate::t!("val-currency"))),
            }
        };
        let fields: &[&str] = match obj.get("event").and_then(|x| x.as_str()) {
            Some("order") => &["status", "amount_minor", "currency"],
            Some("invoice-issued") => &["amount_minor", "currency", "due_on"],
            Some("invoice-paid") => &["amount_minor", "currency"],
            Some("complaint-opened") => &["department", "severity"],
            Some("complaint-escalated") => &["to"],
            Some("complaint-resolved") | Some("complaint-reopened") => &[],
            _ => return Err(accepted()),
        };
        if obj.len() != fields.len() + 1 || fields.iter().any(|f| !obj.contains_key(*f)) {
            return Err(accepted());
        }
        Ok(match obj["event"].as_str().unwrap_or_default() {
            "order" => EntryEvent::Order {
                status: obj["status"]
                    .as_str()
                    .and_then(|w| OrderStatus::ALL.iter().copied().find(|s| s.as_str() == w))
                    .ok_or_else(|| {
                        field(
                            "status",
                            crate::t!("val-one-of", words = "won, lost, in progress"),
                        )
                    })?,
                amount_minor: if obj["amount_minor"].is_null() {
                    None
                } else {
                    Some(amount("amount_minor")?)
                },
                currency: currency()?,
            },
            "invoice-issued" => EntryEvent::InvoiceIssued {
                amount_minor: amount("amount_minor")?,
                currency: currency()?,
                due_on: obj["due_on"]
                    .as_str()
                    .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                    .filter(|d| crate::dates::YEARS.contains(&chrono::Datelike::year(d)))
                    .ok_or_else(|| field("due_on", crate::t!("val-day")))?,
            },
            "invoice-paid" => EntryEvent::InvoicePaid {
                amount_minor: amount("amount_minor")?,
                currency: currency()?,
            },
            "complaint-opened" => EntryEvent::ComplaintOpened {
                department: text("department")?,
                severity: obj["severity"]
                    .as_str()
                    .and_then(|w| Severity::ALL.iter().copied().find(|s| s.as_str() == w))
                    .ok_or_else(|| {
                        field(
                            "severity",
                            crate::t!("val-one-of", words = "low, normal, high"),
                        )
                    })?,
            },
            "complaint-escalated" => EntryEvent::ComplaintEscalated { to: text("to")? },
            "complaint-resolved" => EntryEvent::ComplaintResolved,
            _ => EntryEvent::ComplaintReopened,
        })
    }

    /// The line a person reads, in the language in force; `summary` is the
    /// entry's own words.
    pub fn render(&self, summary: &str) -> String {
        use crate::i18n::money;
        match self {
            EntryEvent::Order {
                status,
                amount_minor,
                currency,
            } => {
                let title = if summary.is_empty() {
                    crate::t!("event-order-untitled")
                } else {
                    summary.to_string()
                };
                match amount_minor {
                    Some(m) => crate::t!(
                        "event-order",
                        title = title,
                        amount = money(*m, currency),
                        status = status.label()
                    ),
                    None => crate::t!(
                        "event-order-no-amount",
                        title = title,
                        status = status.label()
                    ),
                }
            }
            EntryEvent::InvoiceIssued {
                amount_minor,
                currency,
                due_on,
            } => crate::t!(
                "event-invoice-issued",
                number = summary,
                amount = money(*amount_minor, currency),
                due = crate::i18n::date(*due_on)
            ),
            EntryEvent::InvoicePaid {
                amount_minor,
                currency,
            } => {
                crate::t!(
                    "event-invoice-paid",
                    number = summary,
                    amount = money(*amount_minor, currency)
                )
            }
            EntryEvent::ComplaintOpened {
                department,
                severity,
            } => crate::t!(
                "event-complaint-opened",
                department = department.as_str(),
                severity = severity.label(),
                summary = summary
            ),
            EntryEvent::ComplaintEscalated { to } => {
                crate::t!(
                    "event-complaint-escalated",
                    to = to.as_str(),
                    summary = summary
                )
            }
            EntryEvent::ComplaintResolved => {
                crate::t!("event-complaint-resolved", summary = summary)
            }
            EntryEvent::ComplaintReopened => {
                crate::t!("event-complaint-reopened", summary = summary)
            }
        }
    }

    /// Words of the event a search should find (a department, whom it went to).
    pub fn search_words(&self) -> &str {
        match self {
            EntryEvent::ComplaintOpened { department, .. } => department,
            EntryEvent::ComplaintEscalated { to } => to,
            _ => "",
        }
    }
}

impl Serialize for EntryEvent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(s)
    }
}

/// A planned touch (next step).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub id: String,
    pub client_id: String,
    pub due: NaiveDate,
    pub purpose: String,
    pub kind: Kind,
    pub status: PlanStatus,
    pub done_by: Option<String>,
}

/// A client that may be written.
#[derive(Debug, Clone, PartialEq)]
pub struct NewClient {
    pub name: String,
    pub tier: Tier,
    pub cadence_days: u32,
    pub status: Status,
    pub industry: String,
    pub city: String,
    pub notes: String,
    pub limits: Limits,
}

/// Changes to a client; `None` keeps the stored value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClientPatch {
    pub name: Option<String>,
    pub tier: Option<Tier>,
    pub cadence_days: Option<u32>,
    pub status: Option<Status>,
    pub industry: Option<String>,
    pub city: Option<String>,
    pub notes: Option<String>,
    /// `Some(None)` goes back to the default.
    pub hard_days: Option<Option<u32>>,
    pub quiet_months: Option<Option<u32>>,
    pub quiet_every: Option<Option<u32>>,
}

/// A contact that may be written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewContact {
    pub name: String,
    pub role: String,
    pub phone: String,
    pub email: String,
    pub note: String,
}

/// A change to a contact: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContactPatch {
    pub name: Option<String>,
    pub role: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub note: Option<String>,
}

/// An e-mail address as typed: empty, or one `name@domain.tld` without spaces.
pub fn email(raw: &str) -> Result<String, InputError> {
    let v = crate::text::clean_line(raw);
    if v.is_empty() {
        return Ok(v);
    }
    let ok = match v.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !v.contains(char::is_whitespace)
        }
        None => false,
    };
    if ok {
        Ok(v)
    } else {
        Err(InputError::new("email", raw, crate::t!("accepted-email")))
    }
}

/// One phone or e-mail of a contact, with its label (work, mobile) when given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Channel {
    pub label: String,
    pub value: String,
}

/// Split a stored or typed list of phones or e-mails:
/// `work: +7 495 123-45-67; mobile: +7 916 000-00-00`. Items are separated by
/// `;` or `,`; a label is the word(s) before a colon.
pub fn split_channels(raw: &str) -> Vec<Channel> {
    raw.split([';', ',', '\n'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| match item.split_once(':') {
            Some((label, value))
                if !label.trim().is_empty()
                    && label.trim().chars().count() <= 20
                    && label
                        .trim()
                        .chars()
                        .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '.') =>
            {
                Channel {
                    label: crate::text::clean_line(label),
                    value: crate::text::clean_line(value),
                }
            }
            _ => Channel {
                label: String::new(),
                value: crate::text::clean_line(item),
            },
        })
        .collect()
}

/// Phones or e-mails as typed, checked one by one and written back in one
/// form (`label: value; value`), which is also how the book stores them, so
/// a reader with `sqlite3` sees them as a person wrote them.
pub fn channels(field: &'static str, raw: &str) -> Result<String, InputError> {
    let mut out = Vec::new();
    for c in split_channels(raw) {
        if c.value.is_empty() {
            return Err(InputError::new(
                field,
                raw,
                crate::t!("accepted-channel-value"),
            ));
        }
        let value = if field == "email" {
            email(&c.value).map_err(|_| {
                InputError::new(field, c.value.as_str(), crate::t!("accepted-emails"))
            })?
        } else {
            let digits = c.value.chars().filter(char::is_ascii_digit).count();
            if digits < 3 || c.value.contains('@') {
                return Err(InputError::new(
                    field,
                    c.value.as_str(),
                    crate::t!("accepted-phones"),
                ));
            }
            c.value
        };
        out.push(if c.label.is_empty() {
            value
        } else {
            format!("{}: {value}", c.label)
        });
    }
    Ok(out.join("; "))
}

/// A timeline entry that may be written. `contact` is a contact id of the same client.
#[derive(Debug, Clone, PartialEq)]
pub struct NewInteraction {
    pub kind: Kind,
    pub direction: Direction,
    pub at: When,
    pub contact: Option<String>,
    pub summary: String,
    pub details: String,
}

/// Changes to a timeline entry; `None` keeps the stored value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InteractionPatch {
    pub kind: Option<Kind>,
    pub direction: Option<Direction>,
    pub at: Option<When>,
    pub summary: Option<String>,
    pub details: Option<String>,
}

/// A planned touch that may be written.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPlan {
    pub due: NaiveDate,
    pub purpose: String,
    pub kind: Kind,
}

/// A change to a planned touch: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanPatch {
    pub due: Option<NaiveDate>,
    pub purpose: Option<String>,
    pub kind: Option<Kind>,
}

/// A client's name, cleaned and checked.
pub fn client_name(raw: &str) -> Result<String, InputError> {
    let name = crate::text::clean_line(raw);
    if name.is_empty() {
        return Err(InputError::new(
            "name",
            raw,
            crate::t!("accepted-non-empty-name"),
        ));
    }
    if name.chars().count() > 200 {
        return Err(InputError::new(
            "name",
            raw,
            crate::t!("accepted-name-length"),
        ));
    }
    Ok(name)
}

/// A cadence in days, checked.
pub fn cadence(raw: &str) -> Result<u32, InputError> {
    match raw.trim().parse::<i64>() {
        Ok(n) if (1..=3650).contains(&n) => Ok(n as u32),
        _ => Err(InputError::new(
            "cadence",
            raw,
            crate::t!("accepted-whole-number", min = 1, max = 3650),
        )),
    }
}

/// One of a client's own limits (`Limits`): a whole number from `min` to
/// `max`, or nothing for the default.
pub fn limit(
    field: &'static str,
    raw: &str,
    min: u32,
    max: u32,
) -> Result<Option<u32>, InputError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => Ok(Some(n)),
        _ => Err(InputError::new(
            field,
            raw,
            crate::t!("accepted-limit", min = min, max = max),
        )),
    }
}

impl Limits {
    /// The limits as a person types them: `hard`, `quiet months`, `quiet every`.
    pub fn parse(hard: &str, quiet_months: &str, quiet_every: &str) -> Result<Self, InputError> {
        Ok(Limits {
            hard_days: limit("hard limit", hard, 1, 3650)?,
            quiet_months: limit("quiet months", quiet_months, 0, 120)?,
            quiet_every: limit("quiet every", quiet_every, 1, 365)?,
        })
    }

    /// A hard limit below the cadence would make a client slipping before
    /// the touch is even due.
    pub fn check_against(&self, cadence_days: u32) -> Result<(), InputError> {
        match self.hard_days {
            Some(h) if h < cadence_days => Err(InputError::new(
                "hard limit",
                h.to_string(),
                crate::t!("accepted-hard-limit", cadence = cadence_days),
            )),
            _ => Ok(()),
        }
    }
}

/// Required one-line text, cleaned and checked.
pub fn required(field: &'static str, raw: &str) -> Result<String, InputError> {
    let v = crate::text::clean_line(raw);
    if v.is_empty() {
        return Err(InputError::new(
            field,
            raw,
            crate::t!("accepted-non-empty-text"),
        ));
    }
    Ok(v)
}

impl NewClient {
    /// A client with the tier's default cadence unless one is given.
    pub fn build(
        name: &str,
        tier: Tier,
        cadence_days: Option<u32>,
        status: Status,
    ) -> Result<Self, InputError> {
        Ok(NewClient {
            name: client_name(name)?,
            tier,
            cadence_days: cadence_days.unwrap_or(tier.default_cadence()),
            status,
            industry: String::new(),
            city: String::new(),
            notes: String::new(),
            limits: Limits::default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_phones_and_emails_keep_their_labels() {
        assert_eq!(
            channels(
                "phone",
                " work: +7 495 123-45-67 ;mobile:+7 916 000-00-00,  8 800 100"
            )
            .expect("accepted"),
            "work: +7 495 123-45-67; mobile: +7 916 000-00-00; 8 800 100"
        );
        assert_eq!(
            split_channels("рабочий: +7 495 1; +7 2")[0],
            Channel {
                label: "рабочий".into(),
                value: "+7 495 1".into()
            }
        );
        assert_eq!(split_channels("+7 2")[0].label, "");
        assert_eq!(channels("phone", "").expect("accepted"), "");
        assert_eq!(
            channels("email", "work: a@b.ru; x@y.com").expect("accepted"),
            "work: a@b.ru; x@y.com"
        );
        let e = channels("email", "a@b.ru; nope").expect_err("refused");
        assert_eq!(e.field, "email");
        assert!(e.to_string().contains("'nope'"), "{e}");
        assert!(channels("phone", "work: 12").is_err(), "too few digits");
        assert!(
            channels("phone", "a@b.ru").is_err(),
            "an e-mail is no phone"
        );
        assert!(
            channels("phone", "work:").is_err(),
            "a label without a value"
        );
        // A label is a word, not a number with a colon in it.
        assert_eq!(split_channels("10:30 ext 5")[0].label, "");
    }

    #[test]
    fn words_parse_in_any_case_and_name_choices() {
        assert_eq!(Kind::parse("CALL"), Ok(Kind::Call));
        assert_eq!(Tier::parse("a"), Ok(Tier::A));
        let e = Kind::parse("fax").expect_err("fax is no kind");
        assert_eq!(
            e.to_string(),
            "kind: 'fax' is not accepted; one of: call, meeting, visit, email, message, note, order, complaint, internal"
        );
        assert!(Kind::parse_touch("note").is_err());
    }

    #[test]
    fn an_invoice_due_today_is_not_yet_overdue_and_names_have_a_length() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        let mut inv = Invoice {
            id: "i".into(),
            client_id: "c".into(),
            client: "Acme".into(),
            number: "1".into(),
            amount_minor: 100,
            currency: "RUB".into(),
            issued_on: today,
            due_on: today,
            paid_on: None,
        };
        assert_eq!(inv.overdue_days(today), None);
        inv.due_on = today.pred_opt().expect("date");
        assert_eq!(inv.overdue_days(today), Some(1));
        inv.paid_on = Some(today);
        assert_eq!(inv.overdue_days(today), None);
        assert!(client_name(&"я".repeat(200)).is_ok());
        assert!(client_name(&"я".repeat(201)).is_err());
    }

    #[test]
    fn an_order_may_be_worth_nothing_or_not_known_yet() {
        assert_eq!(order_amount(""), Ok(None));
        assert_eq!(order_amount("0"), Ok(Some(0)));
        assert_eq!(order_amount("0,00"), Ok(Some(0)));
        assert_eq!(order_amount("0,50"), Ok(Some(50)));
        assert_eq!(order_amount("1 250 000"), Ok(Some(125_000_000)));
        let e = order_amount("сто").expect_err("words");
        assert!(
            e.to_string()
                .contains("0 for a lost deal, empty while not known"),
            "{e}"
        );
    }

    #[test]
    fn emails_look_like_emails() {
        assert_eq!(
            email(" anna@example.com "),
            Ok("anna@example.com".to_string())
        );
        assert_eq!(email("анна@пример.рф"), Ok("анна@пример.рф".to_string()));
        assert_eq!(email(""), Ok(String::new()));
        for bad in [
            "anna",
            "anna@",
            "@example.com",
            "anna@example",
            "a@b@c.d",
            "anna @example.com",
            "anna@.com",
            "anna@com.",
        ] {
            assert!(email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn amounts_in_both_notations() {
        assert_eq!(amount("amount", "125000"), Ok(12_500_000));
        assert_eq!(amount("amount", "125 000,50"), Ok(12_500_050));
        assert_eq!(amount("amount", "1,250.75"), Ok(125_075));
        assert_eq!(amount("amount", "1.250.000"), Ok(125_000_000));
        assert_eq!(amount("amount", "99.5"), Ok(9_950));
        assert_eq!(amount("amount", "1 250 000"), Ok(125_000_000));
        assert_eq!(amount("amount", "1\u{a0}250\u{202f}000,5"), Ok(125_000_050));
        assert_eq!(amount("amount", "1,250"), Ok(125_000));
        assert_eq!(amount("amount", "0,50"), Ok(50));
        assert_eq!(amount("amount", "1.250,75"), Ok(125_075));
        for bad in [
            "",
            "-5",
            "0",
            "0,00",
            "abc",
            "12,3,4.5x",
            "1e5",
            "14.03.2026",
            "1.2.3",
            "0.001",
            "05.14.196",
            "1_000",
            "1,25,000",
            "1 25",
            "12 3456",
            "1.250.75",
            "1,250,75",
            "1 250.000",
            "012 345",
            ".5",
            "5.",
            "1..5",
            "1 000 000 000 001",
        ] {
            assert!(amount("amount", bad).is_err(), "{bad} is refused");
        }
        // The largest amount a book holds, and one kopeck more.
        assert_eq!(
            amount("amount", "1 000 000 000 000"),
            Ok(100_000_000_000_000)
        );
        assert!(amount("amount", "1 000 000 000 000,01").is_err());
        assert!(amount("amount", "+5").is_err(), "a sign is no digit");
        let e = amount("amount", "14.03.2026").expect_err("a date");
        assert_eq!(
            e.to_string(),
            format!(
                "amount: '14.03.2026' is not accepted; {}",
                amount_accepted()
            )
        );
        assert_eq!(format_amount(12_500_050), "125 000.50");
        assert_eq!(format_amount(100), "1");
        assert_eq!(currency("rub"), Ok("RUB".to_string()));
        assert!(currency("рубль").is_err());
        assert_eq!(
            OrderStatus::parse("in-progress"),
            Ok(OrderStatus::InProgress)
        );
    }

    #[test]
    fn cadence_and_names_are_checked() {
        assert_eq!(cadence("14"), Ok(14));
        assert!(cadence("-3").is_err());
        assert!(cadence("0").is_err());
        assert!(cadence("two").is_err());
        assert!(client_name(" \u{7} ").is_err());
        assert_eq!(
            client_name(" ООО\u{1b} Ромашка "),
            Ok("ООО Ромашка".to_string())
        );
    }

    #[test]
    fn overdue_follows_cadence_and_status() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        let mut c = Client {
            id: "x".into(),
            name: "X".into(),
            tier: Tier::A,
            cadence_days: 14,
            status: Status::Active,
            industry: String::new(),
            city: String::new(),
            notes: String::new(),
            created_on: NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"),
            last_touch: NaiveDate::from_ymd_opt(2026, 11, 1),
            limits: Limits::default(),
        };
        assert_eq!(c.overdue_days(today), Some(12));
        // 26 days: past the soft limit (14) and the hard one (21).
        assert!(c.slipping(today));
        // Exactly 21 days: due, not slipping; 22: slipping.
        c.last_touch = NaiveDate::from_ymd_opt(2026, 11, 6);
        assert_eq!((c.overdue_days(today), c.slipping(today)), (Some(7), false));
        c.last_touch = NaiveDate::from_ymd_opt(2026, 11, 5);
        assert!(c.slipping(today));
        c.last_touch = NaiveDate::from_ymd_opt(2026, 11, 13);
        assert_eq!(c.overdue_days(today), None);
        assert!(!c.slipping(today));
        // A hard limit of its own: 30 days; at 26 the client is due, not slipping.
        c.last_touch = NaiveDate::from_ymd_opt(2026, 11, 1);
        c.limits.hard_days = Some(30);
        assert_eq!((c.hard_limit_days(), c.slipping(today)), (30, false));
        c.last_touch = NaiveDate::from_ymd_opt(2026, 10, 28);
        assert!(
            !c.slipping(today),
            "exactly 30 days: at the limit, not past it"
        );
        c.last_touch = NaiveDate::from_ymd_opt(2026, 10, 27);
        assert!(c.slipping(today), "31 days: past it");
        c.last_touch = None;
        c.status = Status::Paused;
        assert_eq!(c.overdue_days(today), None);
    }

    #[test]
    fn a_clients_own_limits_are_checked() {
        crate::i18n::set_for_thread(crate::i18n::Lang::En);
        assert_eq!(Limits::parse("", "", ""), Ok(Limits::default()));
        let l = Limits::parse("30", "0", "21").expect("limits");
        assert_eq!(
            (l.hard_days, l.quiet_months, l.quiet_every),
            (Some(30), Some(0), Some(21))
        );
        for (h, m, e, field) in [
            ("0", "", "", "hard limit"),
            ("3651", "", "", "hard limit"),
            ("", "121", "", "quiet months"),
            ("", "-1", "", "quiet months"),
            ("", "", "0", "quiet every"),
            ("", "", "366", "quiet every"),
            ("two", "", "", "hard limit"),
        ] {
            assert_eq!(Limits::parse(h, m, e).map_err(|e| e.field), Err(field));
        }
        assert_eq!(
            Limits::parse("3650", "120", "365").map(|l| l.hard_days),
            Ok(Some(3650))
        );
        // Not below the cadence: equal is accepted.
        assert!(l.check_against(30).is_ok());
        let e = l.check_against(31).expect_err("below the cadence");
        assert!(e.message().contains("31"), "{}", e.message());
    }

    /// An event reads back as written; a damaged one is refused, naming
    /// the field and what it accepts.
    #[test]
    fn events_read_back_and_damaged_ones_say_what_is_wrong() {
        crate::i18n::set_for_thread(crate::i18n::Lang::En);
        let due = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        for e in [
            EntryEvent::Order {
                status: OrderStatus::Won,
                amount_minor: Some(125_000_050),
                currency: "RUB".into(),
            },
            EntryEvent::Order {
                status: OrderStatus::InProgress,
                amount_minor: None,
                currency: "EUR".into(),
            },
            EntryEvent::InvoiceIssued {
                amount_minor: 100,
                currency: "RUB".into(),
                due_on: due,
            },
            EntryEvent::InvoicePaid {
                amount_minor: 100,
                currency: "GBP".into(),
            },
            EntryEvent::ComplaintOpened {
                department: "логистика".into(),
                severity: Severity::High,
            },
            EntryEvent::ComplaintEscalated {
                to: "Склад".into()
            },
            EntryEvent::ComplaintResolved,
            EntryEvent::ComplaintReopened,
        ] {
            assert_eq!(EntryEvent::from_stored(&e.to_stored()), Ok(e));
        }
        let err = |s: &str| EntryEvent::from_stored(s).expect_err(s);
        assert!(err("not json").starts_with("a JSON object whose \"event\" is order"));
        assert!(
            err(r#"{"event":"invoice-paid","amount_minor":1,"currency":"RUB","x":1}"#)
                .contains("no others")
        );
        assert_eq!(
            err(r#"{"event":"invoice-paid","amount_minor":1,"currency":"rub"}"#),
            "\"currency\": a three-letter code such as RUB"
        );
        assert_eq!(
            err(r#"{"event":"complaint-escalated","to":"a\u001b[2Jb"}"#),
            "\"to\": one line of text without control, bidi or invisible characters"
        );
        assert!(
            err(r#"{"event":"invoice-paid","amount_minor":-1,"currency":"RUB"}"#)
                .starts_with("\"amount_minor\": a whole number from 0 to")
        );
        assert_eq!(
            err(r#"{"event":"order","status":"Won","amount_minor":null,"currency":"RUB"}"#),
            "\"status\": one of: won, lost, in progress"
        );
    }

    proptest::proptest! {
        #[test]
        fn a_formatted_amount_parses_back_to_itself(minor in 1i64..=100_000_000_000_000) {
            proptest::prop_assert_eq!(amount("amount", &format_amount(minor)), Ok(minor));
            // The Russian way of writing the same amount reads the same.
            let ru = format_amount(minor).replace('.', ",");
            proptest::prop_assert_eq!(amount("amount", &ru), Ok(minor));
        }

        #[test]
        fn amounts_and_words_never_panic(s in "\\PC{0,24}") {
            let _ = amount("amount", &s);
            let _ = currency(&s);
            let _ = Kind::parse(&s);
            let _ = Tier::parse(&s);
            let _ = Status::parse(&s);
            let _ = Severity::parse(&s);
            let _ = OrderStatus::parse(&s);
        }
    }
}
