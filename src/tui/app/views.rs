//! The views beside the main screen: complaints book-wide, the agenda of
//! planned touches, and the reports. Their state and their part of `update`.

use super::{App, Pane, Question};
use crate::book::today::Reason;
use crate::book::{AgendaItem, Report};
use crate::domain::Complaint;
use crate::t;
use crate::tui::action::{Action, Effect};
use crate::tui::form::Form;
use chrono::{Days, NaiveDate};

/// Which screen is in front.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Main,
    Complaints,
    Agenda,
    /// Every client with a reason to act today, most important first.
    Today,
    Reports,
    Money,
    /// The selected client's contacts.
    Contacts,
}

/// Days in a report period in the reports view.
pub const REPORT_DAYS: u64 = 30;

/// A client row of the reports view: its section and where in the report
/// its client is. A year's report on a department's book names thousands of
/// clients: the rows copy nothing, and a row's words are written out only
/// when it is drawn, so the frame that shows the report stays short.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReportRow {
    pub section: &'static str,
    what: RowOf,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum RowOf {
    AtRisk(usize),
    Unanswered(usize),
    Most(usize),
    Least(usize),
}

impl ReportRow {
    pub fn client_id<'r>(&self, r: &'r Report) -> &'r str {
        self.client_and_id(r).1
    }

    pub fn client<'r>(&self, r: &'r Report) -> &'r str {
        self.client_and_id(r).0
    }

    fn client_and_id<'r>(&self, r: &'r Report) -> (&'r str, &'r str) {
        let pair = match self.what {
            RowOf::AtRisk(i) => r.at_risk.get(i).map(|a| (&a.client, &a.client_id)),
            RowOf::Unanswered(i) => r
                .reaction
                .unanswered
                .get(i)
                .map(|u| (&u.client, &u.client_id)),
            RowOf::Most(i) => r.activity.most.get(i).map(|c| (&c.client, &c.client_id)),
            RowOf::Least(i) => r.activity.least.get(i).map(|c| (&c.client, &c.client_id)),
        };
        pair.map_or(("", ""), |(n, id)| (n.as_str(), id.as_str()))
    }

    /// What the row says beside the client, in the language in force.
    pub fn text(&self, r: &Report) -> String {
        match self.what {
            RowOf::AtRisk(i) => r.at_risk.get(i).map_or_else(String::new, |a| {
                format!("{} · {}", a.tier.label(), a.reasons_text())
            }),
            RowOf::Unanswered(i) => r.reaction.unanswered.get(i).map_or_else(String::new, |u| {
                format!("{} {}", crate::i18n::moment(&u.at), u.summary)
            }),
            RowOf::Most(i) => r
                .activity
                .most
                .get(i)
                .map_or_else(String::new, |c| t!("rep-touches-n", n = c.touches)),
            RowOf::Least(i) => r
                .activity
                .least
                .get(i)
                .map_or_else(String::new, |c| t!("rep-touches-n", n = c.touches)),
        }
    }
}

impl Views {
    /// A counted report arrives: taken as it is (a year's report on a
    /// department's book is thousands of rows, not copied again).
    pub(super) fn report_loaded(&mut self, report: Report) {
        self.report_rows = report_rows(&report);
        self.report_name_w = self
            .report_rows
            .iter()
            .map(|row| crate::text::width(row.client(&report)))
            .max()
            .unwrap_or(0);
        self.report_sel = self
            .report_sel
            .min(self.report_rows.len().saturating_sub(1));
        self.report = Some(report);
    }
}

/// The clients the reports view lists, in order, each a row Enter opens:
/// at risk, unanswered requests, most and least active.
pub fn report_rows(r: &Report) -> Vec<ReportRow> {
    let row = |section, what| ReportRow { section, what };
    (0..r.at_risk.len())
        .map(|i| row("rep-section-at-risk", RowOf::AtRisk(i)))
        .chain(
            (0..r.reaction.unanswered.len())
                .map(|i| row("rep-section-unanswered", RowOf::Unanswered(i))),
        )
        .chain((0..r.activity.most.len()).map(|i| row("rep-section-most", RowOf::Most(i))))
        .chain((0..r.activity.least.len()).map(|i| row("rep-section-least", RowOf::Least(i))))
        .collect()
}

#[derive(Debug, Default)]
pub struct Views {
    pub screen: Screen,
    /// Complaints in display order (by department first when grouped).
    pub complaints: Vec<Complaint>,
    pub complaint_sel: usize,
    /// Resolved ones too.
    pub complaints_all: bool,
    /// Open complaints in the whole book; the list holds the oldest only.
    pub complaints_open_total: u64,
    /// The last complaint read, in the book's order (the next page starts
    /// after it), and whether more follow.
    pub complaints_last: Option<String>,
    pub complaints_more: bool,
    pub grouped: bool,
    pub agenda: Vec<AgendaItem>,
    pub agenda_sel: usize,
    /// Done and cancelled ones too.
    pub agenda_all: bool,
    pub report: Option<Report>,
    /// The last day of the report's period; `None` means the reference date.
    pub period_end: Option<NaiveDate>,
    /// Open the log form for this touch kind once the client is loaded (agenda `n`).
    pub pending_log: Option<crate::domain::Plan>,
    /// Unpaid invoices book-wide, overdue first.
    pub money: Vec<crate::domain::Invoice>,
    pub money_sel: usize,
    /// Paid invoices too, after the unpaid ones.
    pub money_all: bool,
    /// Unpaid invoices in the whole book; the list holds the oldest only.
    pub money_unpaid_total: u64,
    /// Whether more invoices follow the last one read.
    pub money_more: bool,
    pub contact_sel: usize,
    /// The log form was opened from the agenda: come back to it after saving.
    pub back_to_agenda: bool,
    pub today: Vec<crate::book::today::TodayRow>,
    /// How many clients there are to act on today (the view shows the first).
    pub today_total: usize,
    /// The reports view's client rows, made once when the report loads
    /// (not on every frame and key), and the selected one.
    pub report_rows: Vec<ReportRow>,
    /// The widest client name among those rows (a year's report names
    /// thousands: measured once, not every frame).
    pub report_name_w: usize,
    pub report_sel: usize,
    pub today_sel: usize,
    /// The log form was opened from Today: come back to it after saving.
    pub back_to_today: bool,
    /// The client after the one Today's `n` acted on, to select once saved.
    pub today_client: Option<String>,
    pub today_after: Option<String>,
    /// Open the plain log form once the client is loaded (Today `n`).
    pub pending_plain_log: bool,
    /// The complaint or invoice to select once its view has loaded (Today
    /// `C` and `M` open the row's own record).
    pub focus_record: Option<String>,
}

impl Views {
    fn sort_complaints(&mut self) {
        if self.grouped {
            self.complaints.sort_by(|a, b| {
                a.department
                    .to_lowercase()
                    .cmp(&b.department.to_lowercase())
                    .then(a.opened_at.cmp(&b.opened_at))
            });
        } else {
            self.complaints
                .sort_by(|a, b| a.opened_at.cmp(&b.opened_at));
        }
    }

    pub fn selected_complaint(&self) -> Option<&Complaint> {
        self.complaints.get(self.complaint_sel)
    }

    pub fn selected_plan(&self) -> Option<&AgendaItem> {
        self.agenda.get(self.agenda_sel)
    }

    pub fn selected_today(&self) -> Option<&crate::book::today::TodayRow> {
        self.today.get(self.today_sel)
    }

    /// The first record of the selected Today row that `pick` takes (its
    /// complaint, its overdue invoice).
    fn today_record(&self, pick: impl Fn(&Reason) -> Option<&String>) -> Option<String> {
        self.selected_today()?
            .reasons
            .iter()
            .find_map(|r| pick(r).cloned())
    }

    pub fn selected_invoice(&self) -> Option<&crate::domain::Invoice> {
        self.money.get(self.money_sel)
    }
}

impl App {
    /// The effect that (re)loads what the front screen shows, if anything.
    pub(super) fn load_screen(&self) -> Option<Effect> {
        match self.views.screen {
            Screen::Main => None,
            Screen::Complaints => Some(Effect::LoadComplaints {
                all: self.views.complaints_all,
                // Today's complaint, or the one selected before a reload
                // (after a change to a complaint far down the list).
                focus: self
                    .views
                    .focus_record
                    .clone()
                    .or_else(|| self.views.selected_complaint().map(|k| k.id.clone())),
            }),
            Screen::Agenda => Some(Effect::LoadAgenda {
                all: self.views.agenda_all,
            }),
            Screen::Today => Some(Effect::LoadToday),
            Screen::Money => Some(Effect::LoadMoney {
                all: self.views.money_all,
                // Today's invoice, or the one selected before a reload.
                focus: self
                    .views
                    .focus_record
                    .clone()
                    .or_else(|| self.views.selected_invoice().map(|i| i.id.clone())),
            }),
            Screen::Contacts => None,
            Screen::Reports => {
                let to = self.views.period_end.unwrap_or(self.clock.today);
                Some(Effect::LoadReport {
                    from: to - Days::new(REPORT_DAYS - 1),
                    to,
                })
            }
        }
    }

    /// Move the selection of a view's list; `None` when the main screen is in front.
    pub(super) fn move_in_view(&mut self, delta: i64) -> Option<()> {
        let step = |cur: usize, len: usize| {
            if len == 0 {
                0
            } else {
                (cur as i64 + delta).clamp(0, len as i64 - 1) as usize
            }
        };
        let v = &mut self.views;
        match v.screen {
            Screen::Main => return None,
            Screen::Complaints => v.complaint_sel = step(v.complaint_sel, v.complaints.len()),
            Screen::Agenda => v.agenda_sel = step(v.agenda_sel, v.agenda.len()),
            Screen::Today => v.today_sel = step(v.today_sel, v.today.len()),
            Screen::Money => v.money_sel = step(v.money_sel, v.money.len()),
            Screen::Contacts => {
                let len = self.view.as_ref().map_or(0, |c| c.contacts.len());
                v.contact_sel = step(v.contact_sel, len);
            }
            Screen::Reports => v.report_sel = step(v.report_sel, v.report_rows.len()),
        }
        Some(())
    }

    /// The complaints view's next page, when the selection nears the end
    /// of what is read and more follow.
    pub(super) fn more_complaints(&self) -> Option<Effect> {
        let v = &self.views;
        let near_end = super::near_end(v.complaint_sel, v.complaints.len());
        if v.screen != Screen::Complaints || !v.complaints_more || !near_end {
            return None;
        }
        Some(Effect::LoadMoreComplaints {
            all: v.complaints_all,
            after: v.complaints_last.clone()?,
        })
    }

    /// The money view's next page, when the selection nears the end of
    /// what is read and more follow.
    pub(super) fn more_money(&self) -> Option<Effect> {
        let v = &self.views;
        let near_end = super::near_end(v.money_sel, v.money.len());
        if v.screen != Screen::Money || !v.money_more || !near_end {
            return None;
        }
        let last = v.money.last()?;
        Some(Effect::LoadMoreMoney {
            all: v.money_all,
            after: last.id.clone(),
            after_paid: last.paid_on.is_some(),
        })
    }

    /// Beside Today, the card of the selected row's client (the one the
    /// next key acts on), loaded when the selection moves to another client.
    pub(super) fn today_card(&mut self) -> Option<Effect> {
        if self.views.screen != Screen::Today {
            return None;
        }
        let id = self.views.selected_today()?.client_id.clone();
        self.chosen_from = super::ChosenFrom::Today;
        (self.view.as_ref().map(|v| &v.client.id) != Some(&id)).then_some(Effect::LoadClient {
            id,
            focus_entry: None,
        })
    }

    /// Open a client from a view: back to the main screen, on its timeline.
    pub(super) fn open_client(&mut self, client_id: String) -> Option<Effect> {
        use super::ChosenFrom;
        self.chosen_from = match self.views.screen {
            Screen::Main => self.chosen_from,
            Screen::Today => ChosenFrom::Today,
            Screen::Agenda => ChosenFrom::Agenda,
            Screen::Complaints => ChosenFrom::Complaints,
            Screen::Money => ChosenFrom::Money,
            Screen::Reports => ChosenFrom::Reports,
            Screen::Contacts => ChosenFrom::Contacts,
        };
        self.views.screen = Screen::Main;
        self.pane = Pane::Timeline;
        self.filter = tui_input::Input::default();
        Some(Effect::Many(vec![
            Effect::Locate {
                client_id: client_id.clone(),
                filter: String::new(),
                sort: self.sort,
            },
            Effect::LoadClient {
                id: client_id,
                focus_entry: None,
            },
        ]))
    }

    /// The views' share of `update`: `None` when the action is not theirs.
    pub(super) fn update_views(&mut self, action: &Action) -> Option<Option<Effect>> {
        let screen = self.views.screen;
        Some(match action {
            Action::ShowComplaints => {
                if screen == Screen::Today {
                    self.views.focus_record = self.views.today_record(|x| match x {
                        Reason::Complaint { complaint_id, .. } => Some(complaint_id),
                        _ => None,
                    });
                }
                self.show(Screen::Complaints)
            }
            Action::ShowAgenda => self.show(Screen::Agenda),
            Action::ShowToday => self.show(Screen::Today),
            Action::ShowReports => self.show(Screen::Reports),
            Action::ShowMoney => {
                if screen == Screen::Today {
                    self.views.focus_record = self.views.today_record(|x| match x {
                        Reason::InvoiceOverdue { invoice_id, .. } => Some(invoice_id),
                        _ => None,
                    });
                }
                self.show(Screen::Money)
            }
            Action::MoneyLoaded {
                list,
                unpaid_total,
                more,
            } => {
                self.views.money = list.clone();
                self.views.money_unpaid_total = *unpaid_total;
                self.views.money_more = *more;
                let focus = self.views.focus_record.take();
                self.views.money_sel = focus
                    .and_then(|id| self.views.money.iter().position(|i| i.id == id))
                    .unwrap_or(self.views.money_sel)
                    .min(self.views.money.len().saturating_sub(1));
                None
            }
            Action::MarkPaid => {
                let Some(i) = self.views.selected_invoice() else {
                    return Some(None);
                };
                if let Some(paid) = i.paid_on {
                    self.question = Some(Question::Do {
                        text: t!(
                            "q-unpaid",
                            number = i.number.as_str(),
                            client = i.client.as_str(),
                            day = crate::i18n::date(paid)
                        ),
                        yes: Box::new(Effect::InvoiceUnpaid(i.number.clone())),
                    });
                    return Some(None);
                }
                self.question = Some(Question::InvoicePaid {
                    number: i.number.clone(),
                    amount: crate::i18n::money(i.amount_minor, &i.currency),
                    client: i.client.clone(),
                    on: self.clock.today,
                });
                None
            }
            Action::Open if screen == Screen::Money => {
                let Some(id) = self.views.selected_invoice().map(|i| i.client_id.clone()) else {
                    return Some(None);
                };
                self.open_client(id)
            }
            Action::ToggleAll => {
                match screen {
                    Screen::Complaints => self.views.complaints_all = !self.views.complaints_all,
                    Screen::Agenda => self.views.agenda_all = !self.views.agenda_all,
                    Screen::Money => self.views.money_all = !self.views.money_all,
                    _ => return Some(None),
                }
                self.load_screen()
            }
            Action::ToggleGroup => {
                self.views.grouped = !self.views.grouped;
                self.views.sort_complaints();
                None
            }
            Action::Escalate | Action::Resolve => {
                let Some(k) = self.views.selected_complaint().cloned() else {
                    return Some(None);
                };
                if k.status == crate::domain::ComplaintStatus::Resolved {
                    if *action == Action::Resolve {
                        self.question = Some(Question::Do {
                            text: t!(
                                "q-reopen",
                                client = k.client.as_str(),
                                summary = k.summary.as_str(),
                                resolution = k.resolution.as_str()
                            ),
                            yes: Box::new(Effect::ReopenComplaint(k.id.clone())),
                        });
                    } else {
                        self.message = Some((t!("msg-resolved-reopen-first"), true));
                    }
                    return Some(None);
                }
                self.form = Some(if *action == Action::Escalate {
                    Form::escalate(&k)
                } else {
                    Form::resolve(&k)
                });
                None
            }
            Action::CancelPlan if screen == Screen::Agenda => {
                let Some(item) = self.views.selected_plan() else {
                    return Some(None);
                };
                if item.plan.status != crate::domain::PlanStatus::Open {
                    self.message = Some((t!("msg-touch-closed"), true));
                    return Some(None);
                }
                self.question = Some(Question::CancelPlan {
                    id: item.plan.id.clone(),
                    purpose: item.plan.purpose.clone(),
                    client: item.client.clone(),
                });
                None
            }
            Action::EditPlan if screen == Screen::Agenda => {
                let Some(item) = self.views.selected_plan() else {
                    return Some(None);
                };
                if item.plan.status != crate::domain::PlanStatus::Open {
                    self.message = Some((t!("msg-touch-closed"), true));
                    return Some(None);
                }
                self.form = Some(Form::edit_plan(&item.plan, &item.client));
                None
            }
            Action::PeriodBack | Action::PeriodForward => {
                let end = self.views.period_end.unwrap_or(self.clock.today);
                self.views.period_end = Some(if *action == Action::PeriodBack {
                    end - Days::new(REPORT_DAYS)
                } else {
                    (end + Days::new(REPORT_DAYS)).min(self.clock.today)
                });
                self.load_screen()
            }
            Action::ComplaintsLoaded {
                complaints,
                open_total,
                more,
                ..
            } => {
                self.views.complaints = complaints.clone();
                self.views.complaints_open_total = *open_total;
                self.views.complaints_last = complaints.last().map(|k| k.id.clone());
                self.views.complaints_more = *more;
                self.views.sort_complaints();
                let focus = self.views.focus_record.take();
                self.views.complaint_sel = focus
                    .and_then(|id| self.views.complaints.iter().position(|k| k.id == id))
                    .unwrap_or(self.views.complaint_sel)
                    .min(self.views.complaints.len().saturating_sub(1));
                None
            }
            Action::MoneyMore {
                all,
                after,
                list,
                more,
            } => {
                let v = &mut self.views;
                // A page for the list as it still is (the money view keeps
                // the book's order, so its last row is the last one read).
                if *all != v.money_all || v.money.last().map(|i| &i.id) != Some(after) {
                    return Some(None);
                }
                v.money.extend(list.iter().cloned());
                v.money_more = *more;
                None
            }
            Action::ComplaintsMore {
                all,
                after,
                complaints,
                more,
            } => {
                let v = &mut self.views;
                // A page for the list as it still is: not after a reload or
                // a switch between open and all, nor the same page twice.
                if *all != v.complaints_all || v.complaints_last.as_ref() != Some(after) {
                    return Some(None);
                }
                let selected = v.selected_complaint().map(|k| k.id.clone());
                v.complaints.extend(complaints.iter().cloned());
                v.complaints_last = complaints
                    .last()
                    .map(|k| k.id.clone())
                    .or(v.complaints_last.take());
                v.complaints_more = *more;
                v.sort_complaints();
                v.complaint_sel = selected
                    .and_then(|id| v.complaints.iter().position(|k| k.id == id))
                    .unwrap_or(v.complaint_sel);
                None
            }
            Action::DepartmentsLoaded(departments) => {
                let Some(view) = self.view.as_ref() else {
                    return Some(None);
                };
                let contacts = view.current_contacts();
                let mut form = Form::complaint(&view.client, &contacts, departments);
                // From a log form whose kind was "complaint": keep what was typed.
                if let Some(log) = self.form.take().filter(|f| f.wants_record().is_some()) {
                    form.carry("summary", &log.value_of("summary"));
                    form.carry("when", &log.value_of("when"));
                    self.message = Some((t!("msg-complaint-record"), false));
                }
                self.form = Some(form);
                None
            }
            Action::TodayLoaded(rows, total) => {
                self.views.today = rows.clone();
                self.views.today_total = *total;
                // After a touch logged from Today: the client that was next.
                if let Some(next) = self.views.today_after.take()
                    && let Some(i) = self.views.today.iter().position(|r| r.client_id == next)
                {
                    self.views.today_sel = i;
                }
                self.views.today_sel = self
                    .views
                    .today_sel
                    .min(self.views.today.len().saturating_sub(1));
                self.today_card()
            }
            Action::AgendaLoaded(items) => {
                self.views.agenda = items.clone();
                self.views.agenda_sel = self
                    .views
                    .agenda_sel
                    .min(self.views.agenda.len().saturating_sub(1));
                None
            }
            Action::Open if screen == Screen::Complaints => {
                let Some(id) = self.views.selected_complaint().map(|k| k.client_id.clone()) else {
                    return Some(None);
                };
                self.open_client(id)
            }
            Action::Open if screen == Screen::Reports => {
                let Some(id) = self
                    .views
                    .report
                    .as_ref()
                    .zip(self.views.report_rows.get(self.views.report_sel))
                    .map(|(r, row)| row.client_id(r).to_string())
                else {
                    return Some(None);
                };
                self.open_client(id)
            }
            Action::Open if screen == Screen::Today => {
                let Some(id) = self.views.selected_today().map(|r| r.client_id.clone()) else {
                    return Some(None);
                };
                self.open_client(id)
            }
            Action::LogInteraction if screen == Screen::Today => {
                let Some(row) = self.views.selected_today() else {
                    return Some(None);
                };
                let id = row.client_id.clone();
                // A planned touch due: the form prefilled with it, and the
                // touch fulfils it.
                let plan = row.reasons.iter().find_map(|r| match r {
                    Reason::PlanDue {
                        plan_id,
                        due,
                        kind,
                        purpose,
                        ..
                    } => Some(crate::domain::Plan {
                        id: plan_id.clone(),
                        client_id: id.clone(),
                        due: *due,
                        purpose: purpose.clone(),
                        kind: *kind,
                        status: crate::domain::PlanStatus::Open,
                        done_by: None,
                    }),
                    _ => None,
                });
                self.views.pending_plain_log = plan.is_none();
                self.views.pending_log = plan;
                self.views.back_to_today = true;
                self.views.today_client = self
                    .views
                    .today
                    .get(self.views.today_sel + 1)
                    .map(|r| r.client_id.clone());
                self.open_client(id)
            }
            Action::Open if screen == Screen::Agenda => {
                let Some(id) = self.views.selected_plan().map(|i| i.plan.client_id.clone()) else {
                    return Some(None);
                };
                self.open_client(id)
            }
            Action::LogInteraction if screen == Screen::Agenda => {
                let Some(item) = self.views.selected_plan() else {
                    return Some(None);
                };
                let (id, plan) = (item.plan.client_id.clone(), item.plan.clone());
                self.views.pending_log = Some(plan);
                self.views.back_to_agenda = true;
                self.open_client(id)
            }
            Action::ShowContacts => {
                if self.view.is_none() {
                    self.message = Some((t!("msg-select-client"), true));
                    return Some(None);
                }
                self.views.contact_sel = 0;
                self.show(Screen::Contacts)
            }
            Action::Edit | Action::DeleteEntry | Action::ContactLeft
                if matches!(
                    screen,
                    Screen::Complaints | Screen::Money | Screen::Contacts
                ) =>
            {
                self.act_in_view(screen, action)
            }
            // Esc closes what is in front first (a form, the help, search,
            // an entry's detail), the view only then.
            Action::Back
                if screen != Screen::Main
                    && self.context() != crate::tui::keymap::Context::Form
                    && self.help.is_none()
                    && self.search.is_none()
                    && self.detail.is_none() =>
            {
                self.views.screen = Screen::Main;
                None
            }
            _ => return None,
        })
    }

    /// `e`, `d` and `l` on the selected complaint, invoice or contact.
    fn act_in_view(&mut self, screen: Screen, action: &Action) -> Option<Effect> {
        use crate::book::RecordRef;
        let ask = |app: &mut App, text: String, yes: Effect| {
            app.question = Some(Question::Do {
                text,
                yes: Box::new(yes),
            });
            None
        };
        match screen {
            Screen::Complaints => {
                let k = self.views.selected_complaint()?.clone();
                if *action == Action::Edit {
                    self.form = Some(Form::edit_complaint(&k));
                    return None;
                }
                let text = t!(
                    "q-delete-complaint",
                    client = k.client.as_str(),
                    summary = k.summary.as_str()
                );
                (*action == Action::DeleteEntry)
                    .then_some(())
                    .and_then(|_| ask(self, text, Effect::DeleteRecord(RecordRef::Complaint(k.id))))
            }
            Screen::Money => {
                let i = self.views.selected_invoice()?.clone();
                if *action == Action::Edit {
                    self.form = Some(Form::edit_invoice(&i));
                    return None;
                }
                let text = t!(
                    "q-delete-invoice",
                    number = i.number.as_str(),
                    client = i.client.as_str(),
                    amount = crate::i18n::money(i.amount_minor, &i.currency)
                );
                (*action == Action::DeleteEntry)
                    .then_some(())
                    .and_then(|_| {
                        ask(
                            self,
                            text,
                            Effect::DeleteRecord(RecordRef::Invoice(i.number)),
                        )
                    })
            }
            Screen::Contacts => {
                let view = self.view.as_ref()?;
                let client = view.client.name.clone();
                let c = view.contacts.get(self.views.contact_sel)?.clone();
                match action {
                    Action::Edit => {
                        self.form = Some(Form::edit_contact(&c, &client));
                        None
                    }
                    Action::ContactLeft if c.left_on.is_some() => ask(
                        self,
                        t!(
                            "q-contact-back",
                            name = c.name.as_str(),
                            client = client.as_str()
                        ),
                        Effect::ContactBack(c.id),
                    ),
                    Action::ContactLeft => {
                        self.form = Some(Form::contact_left(&c, &client));
                        None
                    }
                    _ => ask(
                        self,
                        t!(
                            "q-delete-contact",
                            name = c.name.as_str(),
                            client = client.as_str()
                        ),
                        Effect::DeleteContact(c.id),
                    ),
                }
            }
            _ => None,
        }
    }

    fn show(&mut self, screen: Screen) -> Option<Effect> {
        self.views.screen = screen;
        self.load_screen()
    }
}
