//! The model of a book: clients, contacts, timeline entries and planned touches,
//! their kinds and states, and the checked `New*` values that may be written.
//! No I/O here; the book (`book/`) stores these, the screens show them.

use crate::dates::When;
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

/// Bad input: names the field, the value and what is accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: '{value}' is not accepted; {accepted}")]
pub struct InputError {
    pub field: &'static str,
    pub value: String,
    pub accepted: String,
}

impl InputError {
    pub fn new(field: &'static str, value: impl Into<String>, accepted: impl Into<String>) -> Self {
        InputError {
            field,
            value: value.into(),
            accepted: accepted.into(),
        }
    }
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
            pub fn parse(s: &str) -> Result<Self, InputError> {
                let folded = crate::text::fold(s);
                Self::ALL.iter().copied().find(|v| v.as_str().eq_ignore_ascii_case(&folded))
                    .ok_or_else(|| InputError::new($field, s, format!("one of: {}", Self::choices())))
            }
            pub fn choices() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
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
            Err(InputError::new(
                "kind",
                s,
                "a touch: call, meeting, visit, email, message",
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
}

impl Interaction {
    pub fn when(&self) -> Option<When> {
        When::from_stored(&self.at)
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

/// A client's name, cleaned and checked.
pub fn client_name(raw: &str) -> Result<String, InputError> {
    let name = crate::text::clean_line(raw);
    if name.is_empty() {
        return Err(InputError::new("name", raw, "a non-empty name"));
    }
    if name.chars().count() > 200 {
        return Err(InputError::new("name", raw, "at most 200 characters"));
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
            "a whole number of days from 1 to 3650",
        )),
    }
}

/// Required one-line text, cleaned and checked.
pub fn required(field: &'static str, raw: &str) -> Result<String, InputError> {
    let v = crate::text::clean_line(raw);
    if v.is_empty() {
        return Err(InputError::new(field, raw, "a non-empty text"));
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
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        };
        assert_eq!(c.overdue_days(today), Some(12));
        c.last_touch = NaiveDate::from_ymd_opt(2026, 11, 13);
        assert_eq!(c.overdue_days(today), None);
        c.last_touch = None;
        c.status = Status::Paused;
        assert_eq!(c.overdue_days(today), None);
    }
}
