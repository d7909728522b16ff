//! The UI state (the model) and `update`, which changes memory only and
//! returns the `Effect` it needs; every key path is testable without a
//! terminal or a book.

mod results;
mod views;

pub use views::{REPORT_DAYS, ReportRow, Screen, Views, report_rows};

use super::action::{Action, ClientView, Effect, Intent, Owned};
use super::form::{Clock, Form};
use super::keymap::Context;
use super::theme::Theme;
use crate::book::{ClientRow, ClientSort, Hit, TimelineCursor, Untouched};
use crate::t;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

/// Rows of the client list kept in memory around the selection.
pub const WINDOW: u64 = 200;
/// Entries loaded per timeline page.
pub const TIMELINE_PAGE: u64 = 100;

/// Whether a selection is within 20 rows of the end of what a paged list
/// has read: the next page is fetched before the end is reached.
fn near_end(selected: usize, read: usize) -> bool {
    selected + 20 >= read
}
/// Rows a page key moves.
const PAGE: u64 = 10;

/// The list the card's client was chosen from: the card says so, since
/// Today, the untouched panel and the views each pick by their own reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChosenFrom {
    #[default]
    List,
    Untouched,
    Today,
    Agenda,
    Complaints,
    Money,
    Reports,
    Contacts,
    Search,
}

impl ChosenFrom {
    /// "from Today", in the language in force.
    pub fn label(self) -> String {
        let id = match self {
            ChosenFrom::List => "card-from-list",
            ChosenFrom::Untouched => "card-from-untouched",
            ChosenFrom::Today => "card-from-today",
            ChosenFrom::Agenda => "card-from-agenda",
            ChosenFrom::Complaints => "card-from-complaints",
            ChosenFrom::Money => "card-from-money",
            ChosenFrom::Reports => "card-from-reports",
            ChosenFrom::Contacts => "card-from-contacts",
            ChosenFrom::Search => "card-from-search",
        };
        crate::i18n::tr(id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Clients,
    Untouched,
    Timeline,
}

/// A yes/no question in front of everything else.
#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    DeleteEntry {
        id: String,
        summary: String,
        client: String,
    },
    DiscardForm,
    QuitDiscarding,
    CancelPlan {
        id: String,
        purpose: String,
        client: String,
    },
    /// Mark this invoice paid on this day?
    InvoicePaid {
        number: String,
        amount: String,
        client: String,
        on: chrono::NaiveDate,
    },
    /// Any other yes/no question: its words, and what yes does.
    Do {
        text: String,
        yes: Box<Effect>,
    },
    /// Was the touch just logged what a later planned touch asked for?
    Fulfils {
        plan_id: String,
        entry_id: String,
        purpose: String,
        due: chrono::NaiveDate,
        client: String,
    },
}

#[derive(Debug, Default)]
pub struct SearchState {
    pub input: Input,
    pub hits: Vec<Hit>,
    pub selected: usize,
}

/// The entry opened with Enter.
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub entry_id: String,
    pub versions: Vec<(String, String, String)>,
}

/// Hits the search overlay asks for at most.
pub const SEARCH_HITS: usize = 50;

pub struct App {
    pub clock: Clock,
    pub book_name: String,
    /// The book's manager, shown in the status line (empty when not set).
    pub manager: String,
    /// The book's default currency, offered by the order and invoice forms.
    pub currency: String,
    /// The complaints, agenda and reports views.
    pub views: Views,
    pub theme: Theme,
    pub pane: Pane,
    pub chosen_from: ChosenFrom,
    pub filter: Input,
    pub filtering: bool,
    pub sort: ClientSort,
    pub clients: Vec<ClientRow>,
    pub clients_offset: u64,
    pub clients_total: u64,
    pub client_sel: u64,
    pub untouched: Vec<Untouched>,
    pub untouched_sel: usize,
    pub counts: (u64, u64),
    pub view: Option<ClientView>,
    pub entry_sel: usize,
    /// A planned touch selected at the top of the timeline (above the
    /// entries), instead of an entry.
    pub plan_sel: Option<usize>,
    pub form: Option<Form>,
    pub question: Option<Question>,
    pub search: Option<SearchState>,
    pub help: Option<u16>,
    pub detail: Option<Detail>,
    /// The last message: text, and whether it is an error.
    pub message: Option<(String, bool)>,
    /// Why the book could not be read, once a read failed on what it holds:
    /// an empty list then says this, not "no clients yet" (until the book
    /// changes from outside and is read again).
    pub unreadable: Option<String>,
    /// What is being counted off the UI thread (Today, the report).
    pub counting: Vec<crate::tui::worker::Slot>,
    /// What `u` undoes: the last change made here.
    pub last_deleted: Option<super::action::Undo>,
    pub quit: bool,
}

impl App {
    pub fn new(clock: Clock, book_name: String, theme: Theme) -> App {
        App {
            clock,
            book_name,
            manager: String::new(),
            currency: "RUB".into(),
            views: Views::default(),
            theme,
            pane: Pane::Clients,
            chosen_from: ChosenFrom::List,
            filter: Input::default(),
            filtering: false,
            sort: ClientSort::Name,
            clients: Vec::new(),
            clients_offset: 0,
            clients_total: 0,
            client_sel: 0,
            untouched: Vec::new(),
            untouched_sel: 0,
            counts: (0, 0),
            view: None,
            entry_sel: 0,
            plan_sel: None,
            form: None,
            question: None,
            search: None,
            help: None,
            detail: None,
            message: None,
            unreadable: None,
            counting: Vec::new(),
            last_deleted: None,
            quit: false,
        }
    }

    /// Which part of the keymap applies now: the front-most overlay.
    pub fn context(&self) -> Context {
        if self.question.is_some() {
            Context::Confirm
        } else if self.form.is_some() {
            Context::Form
        } else if self.detail.is_some() {
            Context::Detail
        } else if self.search.is_some() {
            Context::Search
        } else if self.help.is_some() {
            Context::Help
        } else if self.filtering {
            Context::Filter
        } else {
            match self.views.screen {
                Screen::Main => Context::Main,
                Screen::Complaints => Context::Complaints,
                Screen::Agenda => Context::Agenda,
                Screen::Today => Context::Today,
                Screen::Reports => Context::Reports,
                Screen::Money => Context::Money,
                Screen::Contacts => Context::Contacts,
            }
        }
    }

    /// The client row under the selection, if loaded.
    pub fn selected_row(&self) -> Option<&ClientRow> {
        self.client_sel
            .checked_sub(self.clients_offset)
            .and_then(|i| self.clients.get(i as usize))
    }

    pub fn selected_entry(&self) -> Option<&crate::domain::Interaction> {
        if self.plan_sel.is_some() {
            return None;
        }
        self.view
            .as_ref()
            .and_then(|v| v.entries.get(self.entry_sel))
    }

    /// The planned touch selected in the timeline, if one is.
    pub fn selected_timeline_plan(&self) -> Option<&crate::domain::Plan> {
        self.view.as_ref()?.plans.get(self.plan_sel?)
    }

    fn load_clients(&self, select: Option<u64>) -> Effect {
        let target = select.unwrap_or(self.client_sel);
        Effect::LoadClients {
            filter: self.filter.value().to_string(),
            sort: self.sort,
            offset: target.saturating_sub(WINDOW / 2),
            select,
        }
    }

    /// After the list selection moved: load the window if needed, else the client.
    fn list_moved(&mut self) -> Option<Effect> {
        if self.clients_total == 0 {
            return None;
        }
        self.client_sel = self.client_sel.min(self.clients_total - 1);
        if self.selected_row().is_none() {
            return Some(self.load_clients(Some(self.client_sel)));
        }
        self.load_selected_client()
    }

    fn load_selected_client(&self) -> Option<Effect> {
        let id = self.selected_row()?.client.id.clone();
        if self.view.as_ref().is_some_and(|v| v.client.id == id) {
            return None;
        }
        Some(Effect::LoadClient {
            id,
            focus_entry: None,
        })
    }

    fn reload(&self) -> Effect {
        let mut all = vec![Effect::LoadUntouched, self.load_clients(None)];
        all.extend(self.load_screen());
        if let Some(v) = &self.view {
            all.push(Effect::LoadClient {
                id: v.client.id.clone(),
                focus_entry: self.selected_entry().map(|e| e.id.clone()),
            });
        }
        Effect::Many(all)
    }

    fn move_by(&mut self, delta: i64) -> Option<Effect> {
        let step = |cur: u64, len: u64| -> u64 {
            if len == 0 {
                0
            } else {
                (cur as i64 + delta).clamp(0, len as i64 - 1) as u64
            }
        };
        if let Some(s) = &mut self.search {
            s.selected = step(s.selected as u64, s.hits.len() as u64) as usize;
            return None;
        }
        if let Some(h) = &mut self.help {
            *h = (*h as i64 + delta).max(0) as u16;
            return None;
        }
        if self.move_in_view(delta).is_some() {
            return self
                .today_card()
                .or_else(|| self.more_complaints())
                .or_else(|| self.more_money());
        }
        match self.pane {
            Pane::Clients => {
                self.chosen_from = ChosenFrom::List;
                self.client_sel = step(self.client_sel, self.clients_total);
                self.list_moved()
            }
            Pane::Untouched => {
                self.chosen_from = ChosenFrom::Untouched;
                self.untouched_sel =
                    step(self.untouched_sel as u64, self.untouched.len() as u64) as usize;
                let id = self.untouched.get(self.untouched_sel)?.client.id.clone();
                (self.view.as_ref().map(|v| &v.client.id) != Some(&id)).then_some(
                    Effect::LoadClient {
                        id,
                        focus_entry: None,
                    },
                )
            }
            Pane::Timeline => {
                let view = self.view.as_ref()?;
                // The planned touches sit above the entries: moving up from
                // the first entry selects the last plan, and down from the
                // last plan the first entry.
                let plans = view.plans.len() as i64;
                let here = match self.plan_sel {
                    Some(p) => p as i64,
                    None => plans + self.entry_sel as i64,
                };
                let last = plans + view.entries.len() as i64 - 1;
                // An opened entry reads on through entries only.
                let first = if self.detail.is_some() { plans } else { 0 };
                let to = here.saturating_add(delta).clamp(first, last.max(first));
                if to < plans {
                    self.plan_sel = Some(to as usize);
                    return None;
                }
                self.plan_sel = None;
                self.entry_sel = (to - plans) as usize;
                let mut effects = Vec::new();
                // Reading a story: an opened entry follows to the next one.
                if self.detail.is_some() {
                    let id = view.entries.get(self.entry_sel)?.id.clone();
                    self.detail = Some(Detail {
                        entry_id: id.clone(),
                        versions: Vec::new(),
                    });
                    effects.push(Effect::LoadVersions(id));
                }
                // Fetch the next page before the end is reached.
                if view.more && near_end(self.entry_sel, view.entries.len()) {
                    let last = view.entries.last()?;
                    effects.push(Effect::LoadMoreTimeline {
                        client_id: view.client.id.clone(),
                        after: TimelineCursor {
                            at: last.at.clone(),
                            id: last.id.clone(),
                        },
                    });
                }
                (!effects.is_empty()).then_some(Effect::Many(effects))
            }
        }
    }

    fn open_form(&mut self, form: Form) -> Option<Effect> {
        self.form = Some(form);
        None
    }

    fn need_client(&mut self) -> Option<&crate::domain::Client> {
        if self.view.is_none() {
            self.message = Some((t!("msg-no-client"), true));
        }
        self.view.as_ref().map(|v| &v.client)
    }

    /// Apply one action; return the effect it needs, if any.
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        let effect = self.update_state(action);
        if let Some(e) = &effect {
            self.forget_other_client(e);
        }
        if let Some(form) = self.form.as_mut().filter(|f| f.opened.is_none()) {
            form.opened = Some(self.clock);
        }
        effect
    }

    /// When another client is asked for, the card stops standing for the old
    /// one at once: if loading fails, no key may act on a client that is no
    /// longer highlighted.
    fn forget_other_client(&mut self, effect: &Effect) {
        match effect {
            Effect::LoadClient { id, .. }
                if self.view.as_ref().is_some_and(|v| &v.client.id != id) =>
            {
                self.view = None;
            }
            Effect::Many(all) => all.iter().for_each(|e| self.forget_other_client(e)),
            _ => {}
        }
    }

    fn update_state(&mut self, action: Action) -> Option<Effect> {
        let action = match action {
            Action::ReportLoaded(report) => {
                self.views.report_loaded(*report);
                return None;
            }
            other => other,
        };
        if let Some(handled) = self.update_views(&action) {
            return handled;
        }
        match action {
            Action::Quit => {
                if self.form.as_ref().is_some_and(|f| f.dirty) {
                    self.question = Some(Question::QuitDiscarding);
                    return None;
                }
                self.quit = true;
                None
            }
            // The views' actions, handled by `update_views` above.
            Action::ShowComplaints
            | Action::ShowAgenda
            | Action::ShowToday
            | Action::TodayLoaded(..)
            | Action::ShowMoney
            | Action::ShowContacts
            | Action::ContactLeft
            | Action::MarkPaid
            | Action::MoneyLoaded { .. }
            | Action::ShowReports
            | Action::Escalate
            | Action::Resolve
            | Action::ToggleAll
            | Action::ToggleGroup
            | Action::EditPlan
            | Action::PeriodBack
            | Action::PeriodForward
            | Action::ComplaintsLoaded { .. }
            | Action::ComplaintsMore { .. }
            | Action::MoneyMore { .. }
            | Action::DepartmentsLoaded(_)
            | Action::AgendaLoaded(_)
            | Action::ReportLoaded(_) => None,
            Action::Down => self.move_by(1),
            Action::Up => self.move_by(-1),
            Action::PageDown => self.move_by(PAGE as i64),
            Action::PageUp => self.move_by(-(PAGE as i64)),
            Action::Top => self.move_by(i64::MIN / 2),
            Action::Bottom => self.move_by(i64::MAX / 2),
            Action::NextPane | Action::PrevPane => {
                let order = [Pane::Clients, Pane::Untouched, Pane::Timeline];
                let i = order.iter().position(|p| *p == self.pane).unwrap_or(0);
                let step = if action == Action::NextPane { 1 } else { 2 };
                self.pane = order[(i + step) % 3];
                match self.pane {
                    Pane::Clients => {
                        self.chosen_from = ChosenFrom::List;
                        self.load_selected_client()
                    }
                    Pane::Untouched => self.move_by(0),
                    Pane::Timeline => None,
                }
            }
            Action::Open => self.open(),
            Action::Back => self.back(),
            Action::StartFilter => {
                self.filtering = true;
                self.chosen_from = ChosenFrom::List;
                self.pane = Pane::Clients;
                None
            }
            Action::CycleSort => {
                self.sort = self.sort.next();
                self.message = Some((
                    t!("msg-ordered-by", order = t!(self.sort.message_id())),
                    false,
                ));
                let id = self.selected_row()?.client.id.clone();
                Some(Effect::Locate {
                    client_id: id,
                    filter: self.filter.value().to_string(),
                    sort: self.sort,
                })
            }
            Action::LogInteraction => {
                let contacts = self
                    .view
                    .as_ref()
                    .map(ClientView::current_contacts)
                    .unwrap_or_default();
                let client = self.need_client()?.clone();
                self.open_form(Form::log(&client, &contacts))
            }
            Action::NewClient => self.open_form(Form::new_client()),
            Action::NewComplaint => {
                self.need_client()?;
                Some(Effect::LoadDepartments)
            }
            Action::NewOrder => {
                let client = self.need_client()?.clone();
                let form = Form::order(&client, &self.currency);
                self.open_form(form)
            }
            Action::NewInvoice => {
                let client = self.need_client()?.clone();
                let form = Form::invoice(&client, &self.currency);
                self.open_form(form)
            }
            Action::PlanTouch => {
                let client = self.need_client()?.clone();
                self.open_form(Form::plan(&client))
            }
            Action::NewContact => {
                let client = self.need_client()?.clone();
                self.open_form(Form::contact(&client))
            }
            Action::Edit => {
                if let Some(plan) = self
                    .selected_timeline_plan()
                    .filter(|_| self.pane == Pane::Timeline && self.detail.is_none())
                {
                    let (plan, client) = (plan.clone(), self.view.as_ref()?.client.name.clone());
                    return self.open_form(Form::edit_plan(&plan, &client));
                }
                if self.detail.is_some() || self.pane == Pane::Timeline {
                    // An entry that stands for a record is changed through it.
                    let entry = self.selected_entry()?;
                    return Some(Effect::LoadOwner {
                        entry_id: entry.id.clone(),
                        intent: Intent::Edit,
                    });
                }
                let client = self.need_client()?.clone();
                self.open_form(Form::edit_client(&client))
            }
            Action::CancelPlan | Action::DeleteEntry
                if self.pane == Pane::Timeline && self.plan_sel.is_some() =>
            {
                let plan = self.selected_timeline_plan()?.clone();
                self.question = Some(Question::CancelPlan {
                    id: plan.id,
                    purpose: plan.purpose,
                    client: self.view.as_ref()?.client.name.clone(),
                });
                None
            }
            Action::CancelPlan => {
                self.message = Some((t!("msg-select-plan"), true));
                None
            }
            Action::DeleteEntry => {
                if self.pane != Pane::Timeline {
                    self.message = Some((t!("msg-select-entry"), true));
                    return None;
                }
                let e = self.selected_entry()?;
                Some(Effect::LoadOwner {
                    entry_id: e.id.clone(),
                    intent: Intent::Delete,
                })
            }
            Action::OwnerLoaded {
                entry,
                owner,
                intent,
            } => self.act_on_owner(*entry, owner.map(|o| *o), intent),
            Action::UndoDelete => match self.last_deleted.take() {
                Some(undo) => Some(Effect::Undo(undo)),
                None => {
                    self.message = Some((t!("msg-nothing-to-undo"), true));
                    None
                }
            },
            Action::StartSearch => {
                self.search = Some(SearchState::default());
                None
            }
            Action::Reload => Some(self.reload()),
            Action::Help => {
                self.help = if self.help.is_some() { None } else { Some(0) };
                None
            }
            Action::Input(key) => self.input(key),
            Action::FieldNext => {
                self.form.as_mut()?.next();
                None
            }
            Action::FieldPrev => {
                self.form.as_mut()?.prev();
                None
            }
            Action::FieldEnter => {
                let form = self.form.as_mut()?;
                if form.focused_is_multi() {
                    form.input(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
                    None
                } else if form.on_last() {
                    self.update(Action::Save)
                } else {
                    form.next();
                    None
                }
            }
            Action::Save => {
                // An order or a complaint is followed to its end: it gets its
                // own form, with what was typed carried over.
                match self.form.as_ref().and_then(Form::wants_record) {
                    Some(crate::domain::Kind::Order) => {
                        let log = self.form.take()?;
                        let client = self.need_client()?.clone();
                        let mut form = Form::order(&client, &self.currency);
                        form.carry("title", &log.value_of("summary"));
                        self.form = Some(form);
                        self.message = Some((t!("msg-order-record"), false));
                        return None;
                    }
                    Some(_) => return Some(Effect::LoadDepartments),
                    None => {}
                }
                let form = self.form.as_mut()?;
                let out = form.validate(form.opened.unwrap_or(self.clock))?;
                Some(Effect::Save(Box::new(out)))
            }
            Action::Confirm => match self.question.take()? {
                Question::DeleteEntry { id, .. } => Some(Effect::DeleteEntry(id)),
                Question::DiscardForm => {
                    self.form = None;
                    self.views.back_to_agenda = false;
                    self.views.back_to_today = false;
                    None
                }
                Question::QuitDiscarding => {
                    self.quit = true;
                    None
                }
                Question::CancelPlan { id, .. } => Some(Effect::CancelPlan(id)),
                Question::InvoicePaid { number, on, .. } => {
                    Some(Effect::InvoicePaid { number, on })
                }
                Question::Fulfils {
                    plan_id, entry_id, ..
                } => Some(Effect::FulfilPlan { plan_id, entry_id }),
                Question::Do { yes, .. } => Some(*yes),
            },
            Action::Deny => {
                self.question = None;
                None
            }
            Action::Tick => Some(Effect::CheckExternal),
            Action::Counting(what) => {
                self.counting = what;
                None
            }
            Action::ClockRead(clock) => {
                let new_day = clock.today != self.clock.today;
                self.clock = clock;
                // Days since touch, overdue, the agenda's groups: all move at midnight.
                new_day.then(|| self.reload())
            }
            Action::ExternalChange => {
                self.message = Some((t!("msg-external-change"), false));
                self.unreadable = None;
                Some(self.reload())
            }
            result @ (Action::ClientsLoaded { .. }
            | Action::UntouchedLoaded { .. }
            | Action::ClientLoaded(_)
            | Action::TimelineMore { .. }
            | Action::SearchResults { .. }
            | Action::Saved { .. }
            | Action::AskFulfils { .. }
            | Action::Failed(_)
            | Action::Unreadable(_)
            | Action::VersionsLoaded { .. }) => self.apply_result(result),
        }
    }

    /// `e` or `d` on a timeline entry, now that the record it stands for is known.
    fn act_on_owner(
        &mut self,
        entry: crate::domain::Interaction,
        owner: Option<Owned>,
        intent: Intent,
    ) -> Option<Effect> {
        use crate::book::RecordRef;
        let client = self
            .view
            .as_ref()
            .map(|v| v.client.name.clone())
            .unwrap_or_default();
        match (intent, owner) {
            (Intent::Edit, None) => self.open_form(Form::edit_entry(&entry)),
            (Intent::Edit, Some(Owned::Order(o))) => self.open_form(Form::edit_order(&o, &client)),
            (Intent::Edit, Some(Owned::Invoice(i))) => self.open_form(Form::edit_invoice(&i)),
            (Intent::Edit, Some(Owned::Complaint(k))) => self.open_form(Form::edit_complaint(&k)),
            (Intent::Delete, None) => {
                self.question = Some(Question::DeleteEntry {
                    summary: entry.shown_summary(),
                    id: entry.id,
                    client,
                });
                None
            }
            (Intent::Delete, Some(owned)) => {
                let what = owned.describe();
                let record = match owned {
                    Owned::Order(o) => RecordRef::Order(o.id),
                    Owned::Invoice(i) => RecordRef::Invoice(i.number),
                    Owned::Complaint(k) => RecordRef::Complaint(k.id),
                };
                self.question = Some(Question::Do {
                    text: t!("q-delete-record", what = what, client = client),
                    yes: Box::new(Effect::DeleteRecord(record)),
                });
                None
            }
        }
    }

    fn open(&mut self) -> Option<Effect> {
        if self.filtering {
            self.filtering = false;
            return self.load_selected_client();
        }
        if let Some(s) = self.search.take() {
            let hit = s.hits.get(s.selected)?.clone();
            self.chosen_from = ChosenFrom::Search;
            self.pane = Pane::Timeline;
            self.filter = Input::default();
            return Some(Effect::Many(vec![
                Effect::Locate {
                    client_id: hit.client_id.clone(),
                    filter: String::new(),
                    sort: self.sort,
                },
                Effect::LoadClient {
                    id: hit.client_id,
                    focus_entry: (hit.kind == "entry").then_some(hit.id),
                },
            ]));
        }
        match self.pane {
            Pane::Clients => {
                self.pane = Pane::Timeline;
                self.load_selected_client()
            }
            Pane::Untouched => {
                let id = self.untouched.get(self.untouched_sel)?.client.id.clone();
                self.pane = Pane::Timeline;
                self.filter = Input::default();
                Some(Effect::Many(vec![
                    Effect::Locate {
                        client_id: id.clone(),
                        filter: String::new(),
                        sort: self.sort,
                    },
                    Effect::LoadClient {
                        id,
                        focus_entry: None,
                    },
                ]))
            }
            Pane::Timeline => {
                let id = self.selected_entry()?.id.clone();
                self.detail = Some(Detail {
                    entry_id: id.clone(),
                    versions: Vec::new(),
                });
                Some(Effect::LoadVersions(id))
            }
        }
    }

    fn back(&mut self) -> Option<Effect> {
        if let Some(form) = &self.form {
            if form.dirty {
                self.question = Some(Question::DiscardForm);
            } else {
                self.form = None;
                self.views.back_to_agenda = false;
                self.views.back_to_today = false;
            }
            return None;
        }
        if self.detail.take().is_some()
            || self.search.take().is_some()
            || self.help.take().is_some()
        {
            return None;
        }
        self.filtering = false;
        if self.filter.value().is_empty() {
            return None;
        }
        let keep = self.selected_row().map(|r| r.client.id.clone());
        self.filter = Input::default();
        match keep {
            Some(id) => Some(Effect::Locate {
                client_id: id,
                filter: String::new(),
                sort: self.sort,
            }),
            None => Some(self.load_clients(Some(0))),
        }
    }

    fn input(&mut self, key: KeyEvent) -> Option<Effect> {
        if let Some(form) = &mut self.form {
            form.input(key);
            return None;
        }
        if let Some(s) = &mut self.search {
            if s.input
                .handle_event(&Event::Key(key))
                .is_some_and(|c| c.value)
            {
                s.selected = 0;
                return Some(Effect::Search(s.input.value().to_string()));
            }
            return None;
        }
        if self.filtering
            && self
                .filter
                .handle_event(&Event::Key(key))
                .is_some_and(|c| c.value)
        {
            self.client_sel = 0;
            return Some(self.load_clients(Some(0)));
        }
        None
    }
}
