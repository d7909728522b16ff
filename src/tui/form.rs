//! Keyboard forms: a list of typed fields, the focused one, and `validate()`
//! that turns what was typed into a checked domain value or names the field
//! that is wrong. A form never loses what was typed: errors keep it open.

mod field;

use crate::domain::{Plan, PlanPatch};
use crate::t;
pub use field::{Field, FieldKind, date_preview};

use crate::dates::{self, When};
use crate::domain::{
    self, Client, ClientPatch, Complaint, ComplaintPatch, Contact, ContactPatch, Direction,
    InputError, Interaction, InteractionPatch, Invoice, InvoicePatch, Kind, NewClient,
    NewComplaint, NewContact, NewInteraction, NewInvoice, NewOrder, NewPlan, Order, OrderPatch,
    OrderStatus, Severity, Status, Tier,
};
use crate::text::{clean_line, clean_multiline};
use chrono::{NaiveDate, NaiveTime};
use crossterm::event::KeyEvent;

/// The reference moment forms read dates against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub today: NaiveDate,
    pub now: Option<NaiveTime>,
}

impl Clock {
    /// The computer's local date and time, to the minute (the book stores
    /// times as HH:MM).
    pub fn local() -> Clock {
        use chrono::Timelike;
        let now = chrono::Local::now();
        Clock {
            today: now.date_naive(),
            now: NaiveTime::from_hms_opt(now.hour(), now.minute(), 0),
        }
    }
}

/// Which form, with what it needs to save.
#[derive(Debug, Clone, PartialEq)]
pub enum FormKind {
    Complaint {
        client_id: String,
        contacts: Vec<(String, String)>,
    },
    Escalate {
        id: String,
    },
    Resolve {
        id: String,
    },
    Order {
        client_id: String,
    },
    Invoice {
        client_id: String,
    },
    Log {
        client_id: String,
        contacts: Vec<(String, String)>,
        /// The planned touch this entry is logged for (from the agenda).
        fulfils: Option<String>,
    },
    NewClient,
    EditClient {
        id: String,
    },
    Plan {
        client_id: String,
    },
    EditPlan {
        id: String,
    },
    Contact {
        client_id: String,
    },
    EditEntry {
        id: String,
    },
    EditContact {
        id: String,
    },
    ContactLeft {
        id: String,
    },
    EditOrder {
        id: String,
    },
    EditInvoice {
        number: String,
    },
    EditComplaint {
        id: String,
    },
}

/// A checked form, ready to write.
#[derive(Debug, Clone, PartialEq)]
pub enum FormOutput {
    Complaint {
        client_id: String,
        complaint: NewComplaint,
    },
    Escalate {
        id: String,
        to: String,
        note: String,
        at: When,
    },
    Resolve {
        id: String,
        resolution: String,
        at: When,
    },
    Order {
        client_id: String,
        order: NewOrder,
    },
    Invoice {
        client_id: String,
        invoice: NewInvoice,
    },
    Log {
        client_id: String,
        entry: NewInteraction,
        next: Option<NewPlan>,
        fulfils: Option<String>,
    },
    NewClient(NewClient),
    EditClient {
        id: String,
        patch: ClientPatch,
    },
    Plan {
        client_id: String,
        plan: NewPlan,
    },
    EditPlan {
        id: String,
        patch: PlanPatch,
    },
    Contact {
        client_id: String,
        contact: NewContact,
    },
    EditEntry {
        id: String,
        patch: InteractionPatch,
    },
    EditContact {
        id: String,
        patch: ContactPatch,
    },
    ContactLeft {
        id: String,
        on: NaiveDate,
    },
    EditOrder {
        id: String,
        patch: OrderPatch,
    },
    EditInvoice {
        number: String,
        patch: InvoicePatch,
    },
    EditComplaint {
        id: String,
        patch: ComplaintPatch,
    },
}

pub struct Form {
    pub kind: FormKind,
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// The field that is wrong and why.
    pub error: Option<(usize, String)>,
    pub dirty: bool,
    /// The clock when the form opened: "now" in it means that moment, not
    /// when the UI started nor when the form is saved.
    pub opened: Option<Clock>,
}

/// A contact's fields, empty or as the contact has them.
fn contact_fields(c: Option<&Contact>) -> Vec<Field> {
    let v = |f: fn(&Contact) -> &str| c.map(f).unwrap_or_default();
    vec![
        Field::text("name", v(|c| &c.name)),
        Field::text("role", v(|c| &c.role)),
        Field::text("phone", v(|c| &c.phone)).hint(&t!("hint-phones")),
        Field::text("email", v(|c| &c.email)).hint(&t!("hint-emails")),
        Field::multi("note", v(|c| &c.note)),
    ]
}

/// The choices of a field as a person reads them (parsing takes either language).
fn names<T: domain::Word>(all: &[T]) -> Vec<String> {
    all.iter().map(|v| v.label()).collect()
}

impl Form {
    fn new(kind: FormKind, title: String, fields: Vec<Field>, focus: usize) -> Form {
        Form {
            kind,
            title,
            fields,
            focus,
            error: None,
            dirty: false,
            opened: None,
        }
    }

    /// Log an interaction: the cursor starts in the summary, so "n, type, Enter… save" logs a call.
    pub fn log(client: &Client, contacts: &[(String, String)]) -> Form {
        let mut people = vec!["—".to_string()];
        people.extend(contacts.iter().map(|(_, n)| n.clone()));
        let fields = vec![
            Field::choice("kind", names(Kind::ALL), 0),
            Field::choice("direction", names(Direction::ALL), 0),
            Field::date("when", true, &t!("word-now")).offered(),
            Field::choice("contact", people, 0),
            Field::text("summary", "").hint(&t!("hint-summary")),
            Field::multi("details", ""),
            Field::date("next touch", false, "").hint(&t!("hint-next-touch")),
            Field::text("next purpose", "").hint(&t!("hint-purpose")),
        ];
        Form::new(
            FormKind::Log {
                client_id: client.id.clone(),
                contacts: contacts.to_vec(),
                fulfils: None,
            },
            t!("form-log", client = client.name.as_str()),
            fields,
            4,
        )
    }

    pub fn new_client() -> Form {
        let fields = vec![
            Field::text("name", ""),
            Field::choice("tier", names(Tier::ALL), 1),
            Field::text("cadence", "").hint(&t!("hint-cadence")),
            Field::text("hard limit", "").hint(&t!("hint-hard-limit")),
            Field::text("quiet months", "").hint(&t!("hint-quiet-months")),
            Field::text("quiet every", "").hint(&t!("hint-quiet-every")),
            Field::choice("status", names(Status::ALL), 1),
            Field::text("industry", ""),
            Field::text("city", ""),
            Field::multi("notes", ""),
        ];
        Form::new(FormKind::NewClient, t!("form-new-client"), fields, 0)
    }

    pub fn edit_client(c: &Client) -> Form {
        let opt = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
        let idx = |all: &[String], v: &str| all.iter().position(|o| o == v).unwrap_or(0);
        let tiers = names(Tier::ALL);
        let statuses = names(Status::ALL);
        let fields = vec![
            Field::text("name", &c.name),
            Field::choice("tier", tiers.clone(), idx(&tiers, &c.tier.label())),
            Field::text("cadence", &c.cadence_days.to_string()),
            Field::text("hard limit", &opt(c.limits.hard_days)).hint(&t!("hint-hard-limit")),
            Field::text("quiet months", &opt(c.limits.quiet_months)).hint(&t!("hint-quiet-months")),
            Field::text("quiet every", &opt(c.limits.quiet_every)).hint(&t!("hint-quiet-every")),
            Field::choice(
                "status",
                statuses.clone(),
                idx(&statuses, &c.status.label()),
            ),
            Field::text("industry", &c.industry),
            Field::text("city", &c.city),
            Field::multi("notes", &c.notes),
        ];
        Form::new(
            FormKind::EditClient { id: c.id.clone() },
            t!("form-edit-client", client = c.name.as_str()),
            fields,
            0,
        )
    }

    pub fn plan(client: &Client) -> Form {
        let fields = vec![
            Field::date("due", false, "+7d").offered(),
            Field::text("purpose", "").hint(&t!("hint-purpose")),
            Field::choice("kind", names(Kind::TOUCHES), 0),
        ];
        Form::new(
            FormKind::Plan {
                client_id: client.id.clone(),
            },
            t!("form-plan", client = client.name.as_str()),
            fields,
            1,
        )
    }

    /// Move an open planned touch, or change its purpose or kind.
    pub fn edit_plan(plan: &Plan, client: &str) -> Form {
        let kinds = names(Kind::TOUCHES);
        let selected = kinds
            .iter()
            .position(|k| *k == plan.kind.label())
            .unwrap_or(0);
        let fields = vec![
            Field::date("due", false, &plan.due.format("%d.%m.%Y").to_string()),
            Field::text("purpose", &plan.purpose),
            Field::choice("kind", kinds, selected),
        ];
        Form::new(
            FormKind::EditPlan {
                id: plan.id.clone(),
            },
            t!("form-edit-plan", client = client),
            fields,
            0,
        )
    }

    pub fn contact(client: &Client) -> Form {
        Form::new(
            FormKind::Contact {
                client_id: client.id.clone(),
            },
            t!("form-contact", client = client.name.as_str()),
            contact_fields(None),
            0,
        )
    }

    /// Change every field of a contact; the old version is kept.
    pub fn edit_contact(c: &Contact, client: &str) -> Form {
        Form::new(
            FormKind::EditContact { id: c.id.clone() },
            t!("form-edit-contact", name = c.name.as_str(), client = client),
            contact_fields(Some(c)),
            0,
        )
    }

    /// The day a contact left the client.
    pub fn contact_left(c: &Contact, client: &str) -> Form {
        Form::new(
            FormKind::ContactLeft { id: c.id.clone() },
            t!("form-contact-left", name = c.name.as_str(), client = client),
            vec![Field::date("left on", false, &t!("word-today")).offered()],
            0,
        )
    }

    /// Correct an order: title, amount, currency, status (won, lost), date.
    pub fn edit_order(o: &Order, client: &str) -> Form {
        let statuses = names(OrderStatus::ALL);
        let sel = statuses
            .iter()
            .position(|s| *s == o.status.label())
            .unwrap_or(0);
        let fields = vec![
            Field::text("title", &o.title),
            Field::text(
                "amount",
                &o.amount_minor
                    .map(domain::format_amount)
                    .unwrap_or_default(),
            )
            .hint(&t!("hint-order-amount")),
            Field::text("currency", &o.currency),
            Field::choice("status", statuses, sel),
            Field::date("when", true, &o.at),
        ];
        Form::new(
            FormKind::EditOrder { id: o.id.clone() },
            t!("form-edit-order", client = client),
            fields,
            3,
        )
    }

    /// Correct an invoice: number, amount, currency, dates.
    pub fn edit_invoice(i: &Invoice) -> Form {
        let fields = vec![
            Field::text("number", &i.number),
            Field::text("amount", &domain::format_amount(i.amount_minor)),
            Field::text("currency", &i.currency),
            Field::date("issued", false, &i.issued_on.format("%d.%m.%Y").to_string()),
            Field::date("due", false, &i.due_on.format("%d.%m.%Y").to_string()),
        ];
        Form::new(
            FormKind::EditInvoice {
                number: i.number.clone(),
            },
            t!(
                "form-edit-invoice",
                number = i.number.as_str(),
                client = i.client.as_str()
            ),
            fields,
            0,
        )
    }

    /// Correct a complaint: its text, department and severity.
    pub fn edit_complaint(k: &Complaint) -> Form {
        let severities = names(Severity::ALL);
        let sel = severities
            .iter()
            .position(|s| *s == k.severity.label())
            .unwrap_or(0);
        let fields = vec![
            Field::text("department", &k.department),
            Field::choice("severity", severities, sel),
            Field::text("summary", &k.summary),
        ];
        Form::new(
            FormKind::EditComplaint { id: k.id.clone() },
            t!("form-edit-complaint", client = k.client.as_str()),
            fields,
            2,
        )
    }

    /// A complaint of the client; `departments` (used before) are offered as a hint.
    pub fn complaint(
        client: &Client,
        contacts: &[(String, String)],
        departments: &[String],
    ) -> Form {
        let mut people = vec!["—".to_string()];
        people.extend(contacts.iter().map(|(_, n)| n.clone()));
        let hint = if departments.is_empty() {
            t!("hint-departments")
        } else {
            t!(
                "hint-departments-used",
                departments = departments
                    .iter()
                    .take(5)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let fields = vec![
            Field {
                suggestions: departments.to_vec(),
                ..Field::text("department", "").hint(&hint)
            },
            Field::choice("severity", names(Severity::ALL), 1),
            Field::date("when", true, &t!("word-now")).offered(),
            Field::choice("contact", people, 0),
            Field::text("summary", "").hint(&t!("hint-complaint")),
            Field::choice(
                "came by",
                {
                    let mut via = vec!["—".to_string()];
                    via.extend(names(Kind::TOUCHES));
                    via
                },
                1,
            ),
        ];
        Form::new(
            FormKind::Complaint {
                client_id: client.id.clone(),
                contacts: contacts.to_vec(),
            },
            t!("form-complaint", client = client.name.as_str()),
            fields,
            0,
        )
    }

    pub fn escalate(k: &Complaint) -> Form {
        let fields = vec![
            Field::text("to", "").hint(&t!("hint-escalate-to")),
            Field::text("note", ""),
            Field::date("when", true, &t!("word-now")).offered(),
        ];
        Form::new(
            FormKind::Escalate { id: k.id.clone() },
            t!("form-escalate", summary = k.summary.as_str()),
            fields,
            0,
        )
    }

    pub fn resolve(k: &Complaint) -> Form {
        let fields = vec![
            Field::text("resolution", "").hint(&t!("hint-resolution")),
            Field::date("when", true, &t!("word-now")).offered(),
        ];
        Form::new(
            FormKind::Resolve { id: k.id.clone() },
            t!("form-resolve", summary = k.summary.as_str()),
            fields,
            0,
        )
    }

    pub fn order(client: &Client, currency: &str) -> Form {
        let fields = vec![
            Field::text("title", ""),
            Field::text("amount", "").hint(&t!("hint-order-amount")),
            Field::text("currency", currency).offered(),
            Field::choice("status", names(OrderStatus::ALL), 2),
            Field::date("when", true, &t!("word-today")).offered(),
        ];
        Form::new(
            FormKind::Order {
                client_id: client.id.clone(),
            },
            t!("form-order", client = client.name.as_str()),
            fields,
            0,
        )
    }

    pub fn invoice(client: &Client, currency: &str) -> Form {
        let fields = vec![
            Field::text("number", ""),
            Field::text("amount", "").hint(&t!("hint-amount")),
            Field::text("currency", currency).offered(),
            Field::date("issued", false, &t!("word-today")).offered(),
            Field::date("due", false, "+14d").offered(),
        ];
        Form::new(
            FormKind::Invoice {
                client_id: client.id.clone(),
            },
            t!("form-invoice", client = client.name.as_str()),
            fields,
            0,
        )
    }

    pub fn edit_entry(e: &Interaction) -> Form {
        let kinds = names(Kind::ALL);
        let fields = vec![
            Field::choice(
                "kind",
                kinds.clone(),
                kinds.iter().position(|k| *k == e.kind.label()).unwrap_or(0),
            ),
            Field::date("when", true, &e.at),
            Field::text("summary", &e.summary),
            Field::multi("details", &e.details),
        ];
        Form::new(
            FormKind::EditEntry { id: e.id.clone() },
            t!("form-edit-entry"),
            fields,
            2,
        )
    }

    /// The value of the field named `label` (empty when there is none).
    pub fn value_of(&self, label: &str) -> String {
        self.get(label)
    }

    /// Put `value` into a text or date field, replacing what it held: what
    /// was typed in one form moves into the form that takes its place.
    pub fn carry(&mut self, label: &str, value: &str) {
        if value.trim().is_empty() {
            return;
        }
        if let Some(f) = self.fields.iter_mut().find(|f| f.label == label) {
            f.input = tui_input::Input::new(value.to_string());
            self.dirty = true;
        }
    }

    /// A log form whose kind is one that has a record of its own (an order, a
    /// complaint): saving it opens that record's form instead.
    pub fn wants_record(&self) -> Option<Kind> {
        if !matches!(self.kind, FormKind::Log { .. }) {
            return None;
        }
        Kind::parse(&self.get("kind"))
            .ok()
            .filter(|k| matches!(k, Kind::Order | Kind::Complaint))
    }

    /// Log the touch a planned touch asked for: its kind, and the plan it fulfils.
    pub fn fulfilling(mut self, plan: &Plan) -> Form {
        self.set_kind(plan.kind);
        if let FormKind::Log { fulfils, .. } = &mut self.kind {
            *fulfils = Some(plan.id.clone());
        }
        self.title = t!(
            "form-for-plan",
            title = self.title.as_str(),
            purpose = plan.purpose.as_str()
        );
        self
    }

    /// Preselect a kind (logging the touch a plan asked for).
    pub fn set_kind(&mut self, kind: Kind) {
        if let Some(f) = self.fields.iter_mut().find(|f| f.label == "kind") {
            if let FieldKind::Choice(options) = &f.kind {
                f.choice = options
                    .iter()
                    .position(|o| *o == kind.label())
                    .unwrap_or(f.choice);
            }
        }
    }

    pub fn next(&mut self) {
        self.focus = (self.focus + 1) % self.fields.len();
    }
    pub fn prev(&mut self) {
        self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
    }
    pub fn on_last(&self) -> bool {
        self.focus + 1 == self.fields.len()
    }
    pub fn focused_is_multi(&self) -> bool {
        matches!(self.fields[self.focus].kind, FieldKind::Multi)
    }

    /// A key typed into the focused field.
    pub fn input(&mut self, key: KeyEvent) {
        let before = self.fields[self.focus].value();
        self.fields[self.focus].handle(key);
        if self.fields[self.focus].value() != before {
            self.dirty = true;
            if self.error.as_ref().is_some_and(|(i, _)| *i == self.focus) {
                self.error = None;
            }
        }
    }

    /// A field's value by label.
    fn get(&self, label: &str) -> String {
        self.fields
            .iter()
            .find(|f| f.label == label)
            .map(Field::value)
            .unwrap_or_default()
    }
    fn index(&self, label: &str) -> usize {
        self.fields
            .iter()
            .position(|f| f.label == label)
            .unwrap_or(0)
    }

    /// Check everything; on the first wrong field, mark it, focus it and keep the form open.
    pub fn validate(&mut self, clock: Clock) -> Option<FormOutput> {
        match self.check(clock) {
            Ok(out) => {
                self.error = None;
                Some(out)
            }
            Err(e) => {
                let i = self.index(e.field);
                self.focus = i;
                self.error = Some((i, e.to_string()));
                None
            }
        }
    }

    /// An invoice's issue and due days: due on or after issue.
    fn invoice_dates(&self, clock: Clock) -> Result<(NaiveDate, NaiveDate), InputError> {
        let date = |label: &'static str| {
            dates::parse_date(&self.get(label), clock.today)
                .map_err(|e| InputError::new(label, e.input, dates::accepted_day()))
        };
        let issued = date("issued")?;
        let due = date("due")?;
        if due < issued {
            return Err(InputError::new(
                "due",
                self.get("due"),
                t!(
                    "accepted-due-after-issue",
                    issued = crate::i18n::date(issued)
                ),
            ));
        }
        Ok((issued, due))
    }

    fn check(&self, clock: Clock) -> Result<FormOutput, InputError> {
        // Facts happened: not after now. Planned touches lie ahead: not before today.
        let when = |label: &'static str| {
            let raw = self.get(label);
            let w = dates::parse_when(&raw, clock.today, clock.now)
                .map_err(|e| InputError::new(label, e.input, dates::accepted()))?;
            if dates::is_future(w, clock.today, clock.now) {
                return Err(InputError::new(label, raw, dates::not_future()));
            }
            Ok(w)
        };
        let date = |label: &'static str| {
            dates::parse_date(&self.get(label), clock.today)
                .map_err(|e| InputError::new(label, e.input, dates::accepted_day()))
        };
        let due = |label: &'static str| {
            let d = date(label)?;
            if d < clock.today {
                return Err(InputError::new(label, self.get(label), dates::not_past()));
            }
            Ok(d)
        };
        Ok(match &self.kind {
            FormKind::Log {
                client_id,
                contacts,
                fulfils,
            } => {
                let at: When = when("when")?;
                let summary = domain::required("summary", &self.get("summary"))?;
                let contact_idx = self.fields[self.index("contact")].choice;
                let next_raw = self.get("next touch");
                let purpose = clean_line(&self.get("next purpose"));
                let next = if next_raw.trim().is_empty() {
                    if !purpose.is_empty() {
                        return Err(InputError::new(
                            "next touch",
                            "",
                            t!("accepted-next-touch-date"),
                        ));
                    }
                    None
                } else {
                    Some(NewPlan {
                        due: due("next touch")?,
                        purpose: domain::required("next purpose", &purpose)?,
                        kind: Kind::Call,
                    })
                };
                FormOutput::Log {
                    client_id: client_id.clone(),
                    fulfils: fulfils.clone(),
                    entry: NewInteraction {
                        kind: Kind::parse(&self.get("kind"))?,
                        direction: Direction::parse(&self.get("direction"))?,
                        at,
                        contact: contact_idx
                            .checked_sub(1)
                            .and_then(|i| contacts.get(i))
                            .map(|(id, _)| id.clone()),
                        summary,
                        details: clean_multiline(&self.get("details")),
                    },
                    next,
                }
            }
            FormKind::NewClient | FormKind::EditClient { .. } => {
                let tier = Tier::parse(&self.get("tier"))?;
                let cadence_raw = self.get("cadence");
                let cadence = if cadence_raw.trim().is_empty() {
                    None
                } else {
                    Some(domain::cadence(&cadence_raw)?)
                };
                let name = domain::client_name(&self.get("name"))?;
                let limits = domain::Limits::parse(
                    &self.get("hard limit"),
                    &self.get("quiet months"),
                    &self.get("quiet every"),
                )?;
                limits.check_against(cadence.unwrap_or(tier.default_cadence()))?;
                let status = Status::parse(&self.get("status"))?;
                let (industry, city, notes) = (
                    clean_line(&self.get("industry")),
                    clean_line(&self.get("city")),
                    clean_multiline(&self.get("notes")),
                );
                match &self.kind {
                    FormKind::EditClient { id } => FormOutput::EditClient {
                        id: id.clone(),
                        patch: ClientPatch {
                            name: Some(name),
                            tier: Some(tier),
                            cadence_days: Some(cadence.unwrap_or(tier.default_cadence())),
                            status: Some(status),
                            industry: Some(industry),
                            city: Some(city),
                            notes: Some(notes),
                            hard_days: Some(limits.hard_days),
                            quiet_months: Some(limits.quiet_months),
                            quiet_every: Some(limits.quiet_every),
                        },
                    },
                    _ => {
                        let mut c = NewClient::build(&name, tier, cadence, status)?;
                        (c.industry, c.city, c.notes) = (industry, city, notes);
                        c.limits = limits;
                        FormOutput::NewClient(c)
                    }
                }
            }
            FormKind::EditPlan { id } => FormOutput::EditPlan {
                id: id.clone(),
                patch: PlanPatch {
                    due: Some(due("due")?),
                    purpose: Some(domain::required("purpose", &self.get("purpose"))?),
                    kind: Some(Kind::parse_touch(&self.get("kind"))?),
                },
            },
            FormKind::Plan { client_id } => FormOutput::Plan {
                client_id: client_id.clone(),
                plan: NewPlan {
                    due: due("due")?,
                    purpose: domain::required("purpose", &self.get("purpose"))?,
                    kind: Kind::parse_touch(&self.get("kind"))?,
                },
            },
            FormKind::Contact { client_id } => FormOutput::Contact {
                client_id: client_id.clone(),
                contact: NewContact {
                    name: domain::required("name", &self.get("name"))?,
                    role: clean_line(&self.get("role")),
                    phone: domain::channels("phone", &self.get("phone"))?,
                    email: domain::channels("email", &self.get("email"))?,
                    note: clean_multiline(&self.get("note")),
                },
            },
            FormKind::EditContact { id } => FormOutput::EditContact {
                id: id.clone(),
                patch: ContactPatch {
                    name: Some(domain::required("name", &self.get("name"))?),
                    role: Some(clean_line(&self.get("role"))),
                    phone: Some(domain::channels("phone", &self.get("phone"))?),
                    email: Some(domain::channels("email", &self.get("email"))?),
                    note: Some(clean_multiline(&self.get("note"))),
                },
            },
            FormKind::ContactLeft { id } => {
                let on = date("left on")?;
                if on > clock.today {
                    return Err(InputError::new(
                        "left on",
                        self.get("left on"),
                        dates::not_future(),
                    ));
                }
                FormOutput::ContactLeft { id: id.clone(), on }
            }
            FormKind::EditOrder { id } => FormOutput::EditOrder {
                id: id.clone(),
                patch: OrderPatch {
                    title: Some(clean_line(&self.get("title"))),
                    amount_minor: Some(domain::order_amount(&self.get("amount"))?),
                    currency: Some(domain::currency(&self.get("currency"))?),
                    status: Some(OrderStatus::parse(&self.get("status"))?),
                    at: Some(when("when")?),
                },
            },
            FormKind::EditInvoice { number } => {
                let (issued, due) = self.invoice_dates(clock)?;
                FormOutput::EditInvoice {
                    number: number.clone(),
                    patch: InvoicePatch {
                        number: Some(domain::required("number", &self.get("number"))?),
                        amount_minor: Some(domain::amount("amount", &self.get("amount"))?),
                        currency: Some(domain::currency(&self.get("currency"))?),
                        issued_on: Some(issued),
                        due_on: Some(due),
                    },
                }
            }
            FormKind::EditComplaint { id } => FormOutput::EditComplaint {
                id: id.clone(),
                patch: ComplaintPatch {
                    department: Some(domain::required("department", &self.get("department"))?),
                    severity: Some(Severity::parse(&self.get("severity"))?),
                    summary: Some(domain::required("summary", &self.get("summary"))?),
                },
            },
            FormKind::Complaint {
                client_id,
                contacts,
            } => {
                let contact_idx = self.fields[self.index("contact")].choice;
                FormOutput::Complaint {
                    client_id: client_id.clone(),
                    complaint: NewComplaint {
                        department: domain::required("department", &self.get("department"))?,
                        severity: Severity::parse(&self.get("severity"))?,
                        at: when("when")?,
                        contact: contact_idx
                            .checked_sub(1)
                            .and_then(|i| contacts.get(i))
                            .map(|(id, _)| id.clone()),
                        summary: domain::required("summary", &self.get("summary"))?,
                        via: Kind::parse_touch(&self.get("came by")).ok(),
                    },
                }
            }
            FormKind::Escalate { id } => FormOutput::Escalate {
                id: id.clone(),
                to: domain::required("to", &self.get("to"))?,
                note: clean_line(&self.get("note")),
                at: when("when")?,
            },
            FormKind::Resolve { id } => FormOutput::Resolve {
                id: id.clone(),
                resolution: domain::required("resolution", &self.get("resolution"))?,
                at: when("when")?,
            },
            FormKind::Order { client_id } => FormOutput::Order {
                client_id: client_id.clone(),
                order: NewOrder {
                    title: clean_line(&self.get("title")),
                    amount_minor: domain::order_amount(&self.get("amount"))?,
                    currency: domain::currency(&self.get("currency"))?,
                    status: OrderStatus::parse(&self.get("status"))?,
                    at: when("when")?,
                },
            },
            FormKind::Invoice { client_id } => {
                let (issued, due) = self.invoice_dates(clock)?;
                FormOutput::Invoice {
                    client_id: client_id.clone(),
                    invoice: NewInvoice {
                        number: domain::required("number", &self.get("number"))?,
                        amount_minor: domain::amount("amount", &self.get("amount"))?,
                        currency: domain::currency(&self.get("currency"))?,
                        issued_on: issued,
                        due_on: due,
                    },
                }
            }
            FormKind::EditEntry { id } => FormOutput::EditEntry {
                id: id.clone(),
                patch: InteractionPatch {
                    kind: Some(Kind::parse(&self.get("kind"))?),
                    direction: None,
                    at: Some(when("when")?),
                    summary: Some(domain::required("summary", &self.get("summary"))?),
                    details: Some(clean_multiline(&self.get("details"))),
                },
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    /// Every label of every form, in both languages: a field whose name is
    /// missing from a catalog would show its internal key.
    #[test]
    fn every_field_is_named_in_both_languages() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        let client = Client {
            id: "c".into(),
            name: "Acme".into(),
            tier: Tier::A,
            cadence_days: 14,
            status: Status::Active,
            industry: String::new(),
            city: String::new(),
            notes: String::new(),
            created_on: day,
            last_touch: None,
            limits: Default::default(),
        };
        let contact = Contact {
            id: "k".into(),
            client_id: "c".into(),
            name: "Anna".into(),
            role: String::new(),
            phone: String::new(),
            email: String::new(),
            note: String::new(),
            left_on: None,
        };
        let complaint = Complaint {
            id: "q".into(),
            client_id: "c".into(),
            client: "Acme".into(),
            opened_at: "2026-11-20".into(),
            contact: None,
            department: "support".into(),
            severity: Severity::Normal,
            summary: "late".into(),
            status: crate::domain::ComplaintStatus::Open,
            resolved_at: None,
            resolution: String::new(),
            escalation: None,
        };
        let order = Order {
            id: "o".into(),
            client_id: "c".into(),
            at: "2026-11-20".into(),
            title: "Line".into(),
            amount_minor: None,
            currency: "RUB".into(),
            status: OrderStatus::InProgress,
            deleted_at: None,
        };
        let invoice = Invoice {
            id: "i".into(),
            client_id: "c".into(),
            client: "Acme".into(),
            number: "1".into(),
            amount_minor: 100,
            currency: "RUB".into(),
            issued_on: day,
            due_on: day,
            paid_on: None,
        };
        let plan = Plan {
            id: "p".into(),
            client_id: "c".into(),
            due: day,
            purpose: "call".into(),
            kind: Kind::Call,
            status: crate::domain::PlanStatus::Open,
            done_by: None,
        };
        let entry = Interaction {
            id: "e".into(),
            client_id: "c".into(),
            kind: Kind::Call,
            direction: Direction::Outbound,
            at: "2026-11-20".into(),
            contact: None,
            summary: "x".into(),
            details: String::new(),
            versions: 0,
            logged_by: String::new(),
            event: None,
        };
        let forms = [
            Form::log(&client, &[]),
            Form::new_client(),
            Form::edit_client(&client),
            Form::plan(&client),
            Form::edit_plan(&plan, "Acme"),
            Form::contact(&client),
            Form::edit_contact(&contact, "Acme"),
            Form::contact_left(&contact, "Acme"),
            Form::complaint(&client, &[], &[]),
            Form::edit_complaint(&complaint),
            Form::escalate(&complaint),
            Form::resolve(&complaint),
            Form::order(&client, "RUB"),
            Form::edit_order(&order, "Acme"),
            Form::invoice(&client, "RUB"),
            Form::edit_invoice(&invoice),
            Form::edit_entry(&entry),
        ];
        for form in &forms {
            for f in &form.fields {
                let id = format!("field-{}", f.label.replace(' ', "-"));
                for lang in Lang::ALL {
                    assert!(i18n::has(lang, &id), "{id} missing in {lang:?}");
                }
            }
        }
    }
}
