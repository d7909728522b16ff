//! The results that `perform` reports back (lists, a client, a saved form, an
//! error) and how they change the state.

use super::{App, Form, Input, Pane, TIMELINE_PAGE};
use crate::tui::action::{Action, Effect};

impl App {
    /// Apply a result; other actions are not expected here.
    pub(super) fn apply_result(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::ClientsLoaded {
                filter,
                offset,
                total,
                rows,
                select,
            } => {
                // Opening a client outside the filter shows the whole list; say so.
                if filter != self.filter.value() {
                    self.filter = Input::new(filter);
                }
                self.clients_offset = offset;
                self.clients_total = total;
                self.clients = rows;
                if let Some(s) = select {
                    self.client_sel = s;
                }
                self.client_sel = self.client_sel.min(total.saturating_sub(1));
                if total == 0 {
                    if self.filter.value().is_empty() {
                        self.view = None;
                    }
                    return None;
                }
                // The selection may lie outside the window after a reload.
                if self.selected_row().is_none() {
                    return Some(self.load_clients(Some(self.client_sel)));
                }
                if self.pane == Pane::Clients || self.view.is_none() {
                    self.load_selected_client()
                } else {
                    None
                }
            }
            Action::UntouchedLoaded {
                rows,
                clients,
                untouched,
                manager,
                currency,
            } => {
                self.manager = manager;
                self.currency = currency;
                self.untouched = rows;
                self.untouched_sel = self
                    .untouched_sel
                    .min(self.untouched.len().saturating_sub(1));
                self.counts = (clients, untouched);
                None
            }
            Action::ClientLoaded(view) => {
                let same = self
                    .view
                    .as_ref()
                    .is_some_and(|v| v.client.id == view.client.id);
                // A saved contact is selected in the contacts view.
                let contact = view
                    .focus_entry
                    .as_ref()
                    .and_then(|id| view.contacts.iter().position(|c| &c.id == id));
                if let Some(n) = contact {
                    self.views.contact_sel = n;
                } else if same {
                    self.views.contact_sel = self
                        .views
                        .contact_sel
                        .min(view.contacts.len().saturating_sub(1));
                }
                // A plan selected in the timeline stays selected while it is there.
                self.plan_sel = self
                    .plan_sel
                    .filter(|_| same && view.focus_entry.is_none())
                    .filter(|p| *p < view.plans.len());
                self.entry_sel = match view.focus_entry.as_ref().filter(|_| contact.is_none()) {
                    Some(id) => view.entries.iter().position(|e| &e.id == id).unwrap_or(0),
                    None if same => self.entry_sel.min(view.entries.len().saturating_sub(1)),
                    None => 0,
                };
                self.view = Some(*view);
                // Today's `n` with no plan behind it: the log form, once
                // its client is in front.
                if std::mem::take(&mut self.views.pending_plain_log) {
                    let v = self.view.as_ref()?;
                    self.form = Some(Form::log(&v.client, &v.current_contacts()));
                    return None;
                }
                // The agenda's `n`: log the touch once its client is in front.
                let plan = self.views.pending_log.take()?;
                let v = self.view.as_ref()?;
                self.form = Some(Form::log(&v.client, &v.current_contacts()).fulfilling(&plan));
                None
            }
            Action::TimelineMore { client_id, entries } => {
                let v = self.view.as_mut()?;
                if v.client.id == client_id {
                    v.more = entries.len() as u64 == TIMELINE_PAGE;
                    v.entries.extend(entries);
                }
                None
            }
            Action::SearchResults { query, hits } => {
                let s = self.search.as_mut()?;
                if s.input.value() == query {
                    s.hits = hits;
                    s.selected = s.selected.min(s.hits.len().saturating_sub(1));
                }
                None
            }
            Action::Saved {
                message,
                client_id,
                undo,
                focus,
            } => {
                // A contact saved is selected among the contacts, not in the timeline.
                let contact_form = self.form.as_ref().is_some_and(|f| {
                    matches!(
                        f.kind,
                        crate::tui::form::FormKind::Contact { .. }
                            | crate::tui::form::FormKind::EditContact { .. }
                    )
                });
                self.form = None;
                self.detail = None;
                self.message = Some((message, false));
                // `u` undoes this change, and only this one: a change that
                // cannot be undone leaves nothing for `u` to surprise with.
                self.last_deleted = undo;
                let mut all = vec![Effect::LoadUntouched];
                // Logged from the agenda: back to it, on the row after the
                // one just done (which leaves the list of open touches).
                if std::mem::take(&mut self.views.back_to_agenda) {
                    self.views.screen = super::views::Screen::Agenda;
                    if self.views.agenda_all {
                        self.views.agenda_sel += 1;
                    }
                }
                // Logged from Today: back to it, on the client that was next
                // (the list is counted again and may have moved).
                if std::mem::take(&mut self.views.back_to_today) {
                    self.views.screen = super::views::Screen::Today;
                    self.views.today_after = self.views.today_client.take();
                    all.push(Effect::LoadToday);
                }
                match client_id {
                    Some(id) => {
                        all.push(Effect::Locate {
                            client_id: id.clone(),
                            filter: self.filter.value().to_string(),
                            sort: self.sort,
                        });
                        // A new entry is selected where it appears; else
                        // the selection stays where it was.
                        if focus.is_some()
                            && !contact_form
                            && self.views.screen == super::views::Screen::Main
                        {
                            self.pane = Pane::Timeline;
                        }
                        let focus = focus.or_else(|| self.selected_entry().map(|e| e.id.clone()));
                        all.push(Effect::LoadClient {
                            id,
                            focus_entry: focus,
                        });
                    }
                    None => all.push(self.load_clients(None)),
                }
                all.extend(self.load_screen());
                Some(Effect::Many(all))
            }
            Action::AskFulfils {
                saved,
                entry_id,
                plan,
                client,
            } => {
                let effect = self.apply_result(*saved);
                self.question = Some(super::Question::Fulfils {
                    plan_id: plan.id,
                    entry_id,
                    purpose: plan.purpose,
                    due: plan.due,
                    client,
                });
                effect
            }
            Action::Unreadable(msg) => {
                self.unreadable = Some(msg.clone());
                self.apply_result(Action::Failed(msg))
            }
            Action::Failed(msg) => {
                if let Some(form) = &mut self.form {
                    // Mark the field the message names, when it names one.
                    let field = form
                        .fields
                        .iter()
                        .position(|f| msg.starts_with(&format!("{}:", f.label)));
                    form.error = Some((field.unwrap_or(form.focus), msg.clone()));
                    if let Some(i) = field {
                        form.focus = i;
                    }
                }
                self.message = Some((msg, true));
                None
            }
            Action::VersionsLoaded { entry_id, versions } => {
                let d = self.detail.as_mut()?;
                if d.entry_id == entry_id {
                    d.versions = versions;
                }
                None
            }
            _ => None,
        }
    }
}
