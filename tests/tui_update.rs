//! Key → action → update → effect → perform, on a real temporary book,
//! without a terminal: the UI's behaviour as state.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use touchbase::book::{Access, Book};
use touchbase::domain::{NewClient, Status, Tier};
use touchbase::tui::action::Action;
use touchbase::tui::app::{App, Pane, Question};
use touchbase::tui::dispatch;
use touchbase::tui::form::Clock;
use touchbase::tui::keymap::{self, Context};
use touchbase::tui::perform::Performer;
use touchbase::tui::theme::Theme;
use touchbase::tui::worker::Slot;

struct Ui {
    app: App,
    perf: Performer,
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
}

impl Ui {
    fn new(clients: &[&str]) -> Ui {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("book.sqlite");
        let mut book = Book::open(&path, Access::CreateIfMissing).expect("book");
        for name in clients {
            book.add_client(
                &NewClient::build(name, Tier::A, None, Status::Active).expect("client"),
                today(),
            )
            .expect("add");
        }
        let clock = Clock {
            today: today(),
            now: None,
        };
        let mut ui = Ui {
            app: App::new(clock, "book".into(), Theme { color: false }),
            perf: Performer::new(book),
            _dir: dir,
            path,
        };
        ui.act(Action::Reload);
        ui
    }
    fn act(&mut self, a: Action) {
        dispatch(&mut self.app, &mut self.perf, a);
    }
    fn key(&mut self, code: KeyCode) {
        self.key_mod(code, KeyModifiers::NONE);
    }
    fn key_mod(&mut self, code: KeyCode, mods: KeyModifiers) {
        if let Some(a) = keymap::resolve(self.app.context(), KeyEvent::new(code, mods)) {
            self.act(a);
        }
    }
    fn typ(&mut self, s: &str) {
        for c in s.chars() {
            self.key(KeyCode::Char(c));
        }
    }
    fn selected_name(&self) -> String {
        self.app
            .selected_row()
            .map(|r| r.client.name.clone())
            .unwrap_or_default()
    }
    fn reopen(&self) -> Book {
        Book::open(&self.path, Access::Existing).expect("reopen")
    }
}

/// The screen as drawn at `w`×`h`: each line's text, and whether any of it
/// is drawn selected (reversed, or the blue of the colour theme).
fn screen_lines(app: &App, w: u16, h: u16) -> Vec<(String, bool)> {
    use ratatui::style::{Color, Modifier};
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| touchbase::tui::widgets::render(app, f))
        .expect("draw");
    let buf = terminal.backend().buffer();
    (0..h)
        .map(|y| {
            let text: String = (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect();
            let selected = (0..w).any(|x| {
                buf[(x, y)].modifier.contains(Modifier::REVERSED) || buf[(x, y)].bg == Color::Blue
            });
            (text, selected)
        })
        .collect()
}

#[test]
fn moving_through_the_list_loads_each_client() {
    let mut ui = Ui::new(&["Acme", "Beta", "Ёлка"]);
    assert_eq!(ui.selected_name(), "Acme");
    assert_eq!(
        ui.app.view.as_ref().map(|v| v.client.name.as_str()),
        Some("Acme")
    );
    ui.key(KeyCode::Char('j'));
    assert_eq!(
        ui.app.view.as_ref().map(|v| v.client.name.as_str()),
        Some("Beta")
    );
    ui.key(KeyCode::Char('G'));
    assert_eq!(ui.selected_name(), "Ёлка");
    ui.key(KeyCode::Char('j'));
    assert_eq!(ui.selected_name(), "Ёлка", "stays on the last row");
    ui.key(KeyCode::Char('g'));
    assert_eq!(ui.selected_name(), "Acme");
}

#[test]
fn the_filter_folds_case_and_yo() {
    let mut ui = Ui::new(&["Acme", "ИП Ёлкин", "ООО Ромашка"]);
    ui.key(KeyCode::Char('/'));
    assert_eq!(ui.app.context(), Context::Filter);
    ui.typ("ЕЛК");
    assert_eq!(ui.app.clients_total, 1);
    assert_eq!(ui.selected_name(), "ИП Ёлкин");
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.context(), Context::Main);
    assert_eq!(ui.app.clients_total, 1, "Enter keeps the filter");
    ui.key(KeyCode::Esc);
    assert_eq!(ui.app.clients_total, 3);
    assert_eq!(
        ui.selected_name(),
        "ИП Ёлкин",
        "clearing keeps the selected client"
    );
}

#[test]
fn n_type_save_logs_a_call() {
    let mut ui = Ui::new(&["ООО Ромашка"]);
    ui.key(KeyCode::Char('n'));
    assert_eq!(ui.app.context(), Context::Form);
    ui.typ("Обсудили продление");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(ui.app.context(), Context::Main);
    let view = ui.app.view.as_ref().expect("view");
    assert_eq!(view.entries[0].summary, "Обсудили продление");
    assert_eq!(view.client.last_touch, Some(today()));
    let book = ui.reopen();
    let id = book.find_client("ромашка").expect("client").id;
    assert_eq!(
        book.timeline(&id, None, 5).expect("timeline")[0]
            .kind
            .as_str(),
        "call"
    );
}

#[test]
fn a_bad_form_keeps_everything_typed_and_writes_nothing() {
    let mut ui = Ui::new(&["Acme"]);
    ui.key(KeyCode::Char('n'));
    ui.typ("Quarterly review");
    // To the "when" field: summary(4) → up twice.
    ui.key(KeyCode::Up);
    ui.key(KeyCode::Up);
    for _ in 0..3 {
        ui.key(KeyCode::Backspace);
    }
    ui.typ("31.02.2026");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    let form = ui.app.form.as_ref().expect("form stays open");
    let (field, msg) = form.error.clone().expect("error");
    assert_eq!(form.fields[field].label, "when");
    assert!(
        msg.starts_with("when: '31.02.2026' is not accepted; accepted: 2026-11-27"),
        "{msg}"
    );
    assert_eq!(form.fields[4].value(), "Quarterly review");
    let id = ui.reopen().find_client("acme").expect("client").id;
    assert!(
        ui.reopen()
            .timeline(&id, None, 5)
            .expect("timeline")
            .is_empty()
    );
    // Esc asks first, n keeps the form, y discards it.
    ui.key(KeyCode::Esc);
    assert_eq!(ui.app.context(), Context::Confirm);
    ui.key(KeyCode::Char('n'));
    assert_eq!(ui.app.context(), Context::Form);
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Char('y'));
    assert_eq!(ui.app.context(), Context::Main);
}

#[test]
fn a_duplicate_client_name_is_reported_in_the_form() {
    let mut ui = Ui::new(&["ООО Ромашка"]);
    ui.key(KeyCode::Char('c'));
    ui.typ("ооо ромашка");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    let form = ui.app.form.as_ref().expect("form stays open");
    let (field, msg) = form.error.clone().expect("error");
    assert_eq!(form.fields[field].label, "name");
    assert!(msg.contains("a name no other client has"), "{msg}");
    assert_eq!(ui.reopen().count_clients("").expect("count"), 1);
}

#[test]
fn new_client_then_plan_then_contact() {
    let mut ui = Ui::new(&[]);
    assert!(ui.app.view.is_none());
    ui.key(KeyCode::Char('c'));
    ui.typ("Northwind Traders");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(ui.selected_name(), "Northwind Traders");
    ui.key(KeyCode::Char('p'));
    ui.typ("Send the proposal");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    let plans = &ui.app.view.as_ref().expect("view").plans;
    assert_eq!(
        (plans[0].purpose.as_str(), plans[0].due.to_string().as_str()),
        ("Send the proposal", "2026-12-04")
    );
    ui.key(KeyCode::Char('a'));
    ui.typ("Sarah Miller");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(
        ui.app.view.as_ref().expect("view").contacts[0].name,
        "Sarah Miller"
    );
    assert_eq!(ui.app.counts, (1, 0));
}

#[test]
fn delete_asks_then_undo_restores() {
    let mut ui = Ui::new(&["Acme"]);
    ui.key(KeyCode::Char('n'));
    ui.typ("first call");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    // The new entry is selected on the timeline: d acts on it.
    assert_eq!(ui.app.pane, Pane::Timeline);
    ui.key(KeyCode::Char('d'));
    assert_eq!(ui.app.context(), Context::Confirm);
    ui.key(KeyCode::Char('y'));
    assert!(ui.app.view.as_ref().expect("view").entries.is_empty());
    ui.key(KeyCode::Char('u'));
    assert_eq!(ui.app.view.as_ref().expect("view").entries.len(), 1);
}

#[test]
fn untouched_enter_opens_the_client_and_search_opens_the_entry() {
    let mut ui = Ui::new(&["Acme", "Beta", "Gamma"]);
    // Nobody is untouched on the day they were added; a month later all are.
    ui.app.clock.today = NaiveDate::from_ymd_opt(2026, 12, 30).expect("date");
    ui.act(Action::Reload);
    assert_eq!(ui.app.untouched.len(), 3);
    ui.key(KeyCode::Tab);
    ui.key(KeyCode::Char('j'));
    let wanted = ui.app.untouched[1].client.name.clone();
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.pane, Pane::Timeline);
    assert_eq!(ui.selected_name(), wanted);
    assert_eq!(ui.app.view.as_ref().expect("view").client.name, wanted);

    ui.key(KeyCode::Char('n'));
    ui.typ("Обсудили продление");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    ui.key(KeyCode::Tab); // to the list
    ui.key(KeyCode::Char('g'));
    ui.key(KeyCode::Char('s'));
    ui.typ("ПРОДЛ");
    let hits = &ui.app.search.as_ref().expect("search").hits;
    assert_eq!(hits.len(), 1);
    ui.key(KeyCode::Enter);
    assert_eq!(
        ui.app.selected_entry().map(|e| e.summary.as_str()),
        Some("Обсудили продление")
    );
    assert_eq!(ui.selected_name(), wanted);
}

#[test]
fn a_change_from_another_program_is_noticed() {
    let mut ui = Ui::new(&["Acme"]);
    ui.act(Action::Tick);
    assert!(ui.app.message.is_none());
    let mut other = ui.reopen();
    other
        .add_client(
            &NewClient::build("Beta", Tier::B, None, Status::Active).expect("client"),
            today(),
        )
        .expect("add");
    ui.act(Action::Tick);
    assert_eq!(ui.app.clients_total, 2);
    assert!(
        ui.app
            .message
            .as_ref()
            .is_some_and(|(m, _)| m.contains("changed by another program"))
    );
}

#[test]
fn help_and_quit() {
    let mut ui = Ui::new(&["Acme"]);
    ui.key(KeyCode::Char('?'));
    assert_eq!(ui.app.context(), Context::Help);
    ui.key(KeyCode::Esc);
    assert_eq!(ui.app.context(), Context::Main);
    ui.key(KeyCode::Char('n'));
    ui.typ("x");
    ui.key_mod(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(!ui.app.quit, "asks before losing typed text");
    ui.key(KeyCode::Char('y'));
    assert!(ui.app.quit);
}

#[test]
fn a_new_client_outside_the_filter_is_shown_with_the_filter_cleared() {
    let mut ui = Ui::new(&["ООО Ромашка", "Acme"]);
    ui.key(KeyCode::Char('/'));
    ui.typ("ром");
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.clients_total, 1);
    ui.key(KeyCode::Char('c'));
    ui.typ("Northwind");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(ui.selected_name(), "Northwind");
    assert_eq!(ui.app.filter.value(), "", "the list and its title agree");
    assert_eq!(ui.app.clients_total, 3);
}

#[test]
fn o_cycles_the_order_and_keeps_the_selected_client() {
    let mut ui = Ui::new(&["Acme", "Beta", "Gamma"]);
    ui.key(KeyCode::Char('j'));
    assert_eq!(ui.selected_name(), "Beta");
    ui.key(KeyCode::Char('o'));
    assert_eq!(ui.app.sort, touchbase::book::ClientSort::LastTouch);
    assert_eq!(ui.selected_name(), "Beta");
    ui.key(KeyCode::Char('o'));
    assert_eq!(ui.app.sort, touchbase::book::ClientSort::Urgency);
    assert_eq!(ui.selected_name(), "Beta");
}

#[test]
fn a_long_timeline_loads_page_by_page_as_it_scrolls() {
    let mut ui = Ui::new(&["Acme"]);
    {
        let mut book = ui.reopen();
        let id = book.find_client("acme").expect("client").id;
        for i in 0..250u32 {
            let e = touchbase::domain::NewInteraction {
                kind: touchbase::domain::Kind::Call,
                direction: touchbase::domain::Direction::Outbound,
                at: touchbase::dates::When::day(today() - chrono::Days::new(u64::from(i))),
                contact: None,
                summary: format!("call {i}"),
                details: String::new(),
            };
            book.log(&id, &e, None).expect("log");
        }
    }
    ui.act(Action::Reload);
    assert_eq!(
        ui.app.view.as_ref().expect("view").entries.len(),
        100,
        "one page at first"
    );
    ui.key(KeyCode::Enter);
    for _ in 0..5 {
        ui.key(KeyCode::Char('G'));
    }
    let view = ui.app.view.as_ref().expect("view");
    assert_eq!(view.entries.len(), 250);
    assert!(!view.more);
    assert_eq!(
        ui.app.selected_entry().map(|e| e.summary.as_str()),
        Some("call 249")
    );
}

#[test]
fn an_edited_entry_shows_its_earlier_version() {
    let mut ui = Ui::new(&["Acme"]);
    ui.key(KeyCode::Char('n'));
    ui.typ("first words");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    ui.key(KeyCode::Enter); // to the timeline
    ui.key(KeyCode::Char('e'));
    for _ in 0.."first words".len() {
        ui.key(KeyCode::Backspace);
    }
    ui.typ("better words");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    ui.key(KeyCode::Enter);
    let detail = ui.app.detail.as_ref().expect("detail open");
    assert_eq!(detail.versions.len(), 1);
    assert_eq!(detail.versions[0].1, "first words");
    assert_eq!(
        ui.app.selected_entry().map(|e| e.summary.as_str()),
        Some("better words")
    );
    // The timeline marks the edited entry, and only that one.
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Char('n'));
    ui.typ("never edited");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    let lines = screen_lines(&ui.app, 120, 30);
    let edited = touchbase::t!("timeline-edited");
    let line = |text: &str| {
        lines
            .iter()
            .find(|(t, _)| t.contains(text))
            .map(|(t, _)| t.clone())
            .unwrap_or_else(|| panic!("{text} in {lines:#?}"))
    };
    assert!(line("better words").contains(&edited), "{lines:#?}");
    assert!(!line("never edited").contains(&edited), "{lines:#?}");
}

fn ctrl_s(ui: &mut Ui) {
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
}

#[test]
fn a_complaint_is_recorded_escalated_and_resolved_from_the_keyboard() {
    let mut ui = Ui::new(&["ООО Ромашка"]);
    ui.key(KeyCode::Char('!'));
    assert_eq!(ui.app.context(), Context::Form);
    ui.typ("логистика");
    ctrl_s(&mut ui);
    let (field, msg) = ui
        .app
        .form
        .as_ref()
        .expect("form stays")
        .error
        .clone()
        .expect("error");
    assert_eq!(
        ui.app.form.as_ref().expect("form").fields[field].label,
        "summary"
    );
    assert!(msg.starts_with("summary: '' is not accepted"), "{msg}");
    ui.typ("Поставка опоздала");
    ctrl_s(&mut ui);
    assert_eq!(ui.app.context(), Context::Main);
    assert_eq!(ui.app.view.as_ref().expect("view").open_complaints.len(), 1);
    assert_eq!(ui.app.selected_row().expect("row").open_complaints, 1);

    ui.key(KeyCode::Char('C'));
    assert_eq!(ui.app.context(), Context::Complaints);
    assert_eq!(ui.app.views.complaints.len(), 1);
    ui.key(KeyCode::Char('>'));
    ui.typ("Склад");
    ctrl_s(&mut ui);
    assert_eq!(ui.app.views.complaints[0].status.as_str(), "escalated");
    ui.key(KeyCode::Char('x'));
    ui.typ("Довезли");
    ctrl_s(&mut ui);
    assert!(
        ui.app.views.complaints.is_empty(),
        "resolved ones leave the open list"
    );
    ui.key(KeyCode::Char('a'));
    assert_eq!(ui.app.views.complaints.len(), 1);
    assert_eq!(ui.app.views.complaints[0].resolution, "Довезли");
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.context(), Context::Main);
    assert!(
        ui.app
            .view
            .as_ref()
            .expect("view")
            .open_complaints
            .is_empty()
    );
    // The next complaint form offers the department named before.
    ui.key(KeyCode::Char('!'));
    assert!(
        ui.app.form.as_ref().expect("form").fields[0]
            .hint
            .contains("логистика")
    );
}

#[test]
fn orders_and_invoices_from_forms_with_money_checked() {
    let mut ui = Ui::new(&["Acme"]);
    ui.key(KeyCode::Char('O'));
    ui.typ("Line 2");
    ui.key(KeyCode::Tab);
    ui.typ("12,5x");
    ctrl_s(&mut ui);
    let msg = ui
        .app
        .form
        .as_ref()
        .expect("form")
        .error
        .clone()
        .expect("error")
        .1;
    assert!(msg.starts_with("amount: '12,5x' is not accepted"), "{msg}");
    ui.key(KeyCode::Backspace);
    ctrl_s(&mut ui);
    assert_eq!(ui.app.context(), Context::Main);
    assert_eq!(
        ui.app.view.as_ref().expect("view").entries[0].shown_summary(),
        "Line 2: 12.50 RUB (in progress)"
    );

    ui.key(KeyCode::Char('I'));
    ui.typ("INV-1");
    ui.key(KeyCode::Tab);
    ui.typ("480000");
    ui.key(KeyCode::Tab);
    ui.key(KeyCode::Tab);
    ui.key(KeyCode::Tab); // due: +14d by default; make it before the issue date
    for _ in 0..4 {
        ui.key(KeyCode::Backspace);
    }
    ui.typ("-3d");
    ctrl_s(&mut ui);
    let msg = ui
        .app
        .form
        .as_ref()
        .expect("form")
        .error
        .clone()
        .expect("error")
        .1;
    assert!(msg.contains("a date on or after the issue date"), "{msg}");
    for _ in 0..3 {
        ui.key(KeyCode::Backspace);
    }
    ui.typ("+10d");
    ctrl_s(&mut ui);
    assert_eq!(
        ui.app.view.as_ref().expect("view").unpaid[0].number,
        "INV-1"
    );
}

#[test]
fn the_agenda_logs_and_cancels_planned_touches() {
    let mut ui = Ui::new(&["Acme", "Beta"]);
    for (client, purpose) in [("acme", "Send the proposal"), ("beta", "Year-end review")] {
        let mut book = ui.reopen();
        let id = book.find_client(client).expect("client").id;
        let plan = touchbase::domain::NewPlan {
            due: today(),
            purpose: purpose.into(),
            kind: touchbase::domain::Kind::Meeting,
        };
        book.plan(&id, &plan).expect("plan");
    }
    ui.key(KeyCode::Char('A'));
    assert_eq!(ui.app.context(), Context::Agenda);
    assert_eq!(ui.app.views.agenda.len(), 2);
    ui.key(KeyCode::Char('j'));
    ui.key(KeyCode::Char('x'));
    assert_eq!(ui.app.context(), Context::Confirm);
    ui.key(KeyCode::Char('y'));
    assert_eq!(
        ui.app.views.agenda.len(),
        1,
        "the cancelled touch leaves the agenda"
    );
    ui.key(KeyCode::Char('n'));
    let form = ui.app.form.as_ref().expect("log form");
    assert_eq!(
        form.fields[0].value(),
        "meeting",
        "the planned kind is preselected"
    );
    assert_eq!(ui.app.view.as_ref().expect("view").client.name, "Acme");
    ui.typ("Met, proposal accepted");
    ctrl_s(&mut ui);
    assert!(
        ui.app.view.as_ref().expect("view").plans.is_empty(),
        "the touch fulfilled the plan"
    );
}

#[test]
fn the_reports_view_moves_through_periods() {
    let mut ui = Ui::new(&["Acme"]);
    ui.key(KeyCode::Char('n'));
    ui.typ("call");
    ctrl_s(&mut ui);
    ui.key(KeyCode::Char('R'));
    assert_eq!(ui.app.context(), Context::Reports);
    let r = ui.app.views.report.as_ref().expect("report");
    assert_eq!((r.period.to, r.touches.total), (today(), 1));
    ui.key(KeyCode::Char('['));
    let r = ui.app.views.report.as_ref().expect("report");
    assert_eq!(
        (r.period.to, r.touches.total),
        (today() - chrono::Days::new(30), 0)
    );
    ui.key(KeyCode::Char(']'));
    ui.key(KeyCode::Char(']'));
    assert_eq!(
        ui.app.views.report.as_ref().expect("report").period.to,
        today(),
        "never past the reference date"
    );
    ui.key(KeyCode::Esc);
    assert_eq!(ui.app.context(), Context::Main);
}

/// Every client the reports view names is a row: j moves, Enter opens it.
#[test]
fn the_reports_view_opens_the_clients_it_names() {
    let mut ui = Ui::new(&["Acme", "Beta"]);
    // Beta is touched, Acme is not: most active Beta, least active Acme.
    ui.key(KeyCode::Char('j'));
    ui.key(KeyCode::Char('n'));
    ui.typ("call");
    ctrl_s(&mut ui);
    assert_eq!(ui.selected_name(), "Beta");
    ui.key(KeyCode::Char('R'));
    let report = ui.app.views.report.as_ref().expect("report");
    let rows: Vec<(String, String)> = touchbase::tui::app::report_rows(report)
        .into_iter()
        .map(|r| (r.section.to_string(), r.client(report).to_string()))
        .collect();
    let s = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(
        rows,
        [
            s("rep-section-most", "Beta"),
            s("rep-section-least", "Acme"),
            s("rep-section-least", "Beta")
        ]
    );
    ui.key(KeyCode::Char('j'));
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.context(), Context::Main);
    assert_eq!(ui.app.view.as_ref().expect("view").client.name, "Acme");
}

#[test]
fn the_card_names_the_manager_before_a_handover() {
    let mut ui = Ui::new(&[]);
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let mut old =
            Book::open(&dir.path().join("old.sqlite"), Access::CreateIfMissing).expect("old book");
        old.set_manager("Мария Соколова", "").expect("manager");
        let c = old
            .add_client(
                &NewClient::build("ООО Ромашка", Tier::A, None, Status::Active).expect("c"),
                today(),
            )
            .expect("add");
        let note = touchbase::book::HandoverNote {
            to: "Пётр",
            note: "",
        };
        old.export_copy(&dir.path().join("handover.sqlite"), &[c.id], &note)
            .expect("export");
    }
    ui.reopen()
        .accept(&dir.path().join("handover.sqlite"), "", false)
        .expect("accept");
    ui.act(Action::Reload);
    let view = ui.app.view.as_ref().expect("the accepted client is shown");
    let (before, since) = view.managed_before.clone().expect("managed before");
    assert_eq!(before, "Мария Соколова");
    assert_eq!(since.len(), 10, "a date: {since}");
}

#[test]
fn the_department_completes_from_those_used_before() {
    let mut ui = Ui::new(&["Acme"]);
    ui.key(KeyCode::Char('!'));
    ui.typ("Логистика");
    ui.key(KeyCode::Tab);
    ui.key(KeyCode::Tab);
    ui.key(KeyCode::Tab);
    ui.key(KeyCode::Tab);
    ui.typ("late delivery");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    ui.key(KeyCode::Char('!'));
    ui.typ("лог");
    assert_eq!(
        ui.app.form.as_ref().expect("form").fields[0]
            .completion()
            .as_deref(),
        Some("Логистика")
    );
    ui.key(KeyCode::Right);
    assert_eq!(
        ui.app.form.as_ref().expect("form").fields[0].value(),
        "Логистика"
    );
}

/// When the next client's card cannot be loaded (here: another program
/// removed it), no key acts on the client that was shown before.
#[test]
fn a_card_that_fails_to_load_never_lets_keys_act_on_the_previous_client() {
    let mut ui = Ui::new(&["Acme", "Borealis"]);
    assert_eq!(
        ui.app.view.as_ref().map(|v| v.client.name.as_str()),
        Some("Acme")
    );
    {
        let raw = rusqlite::Connection::open(&ui.path).expect("raw");
        raw.execute_batch(
            "PRAGMA foreign_keys = OFF; DELETE FROM clients WHERE name = 'Borealis';",
        )
        .expect("remove");
    }
    ui.key(KeyCode::Char('j'));
    assert!(ui.app.view.is_none(), "the card no longer shows Acme");
    ui.key(KeyCode::Char('n'));
    assert!(ui.app.form.is_none(), "no log form opens for Acme");
    assert!(ui.app.message.as_ref().is_some_and(|(_, error)| *error));
}

fn clock(day: &str, time: &str) -> Clock {
    Clock {
        today: NaiveDate::parse_from_str(day, "%Y-%m-%d").expect("day"),
        now: chrono::NaiveTime::parse_from_str(time, "%H:%M").ok(),
    }
}

/// A form opened at 14:20 logs 14:20: not the time the UI started (09:00),
/// nor the time it was saved (14:50).
#[test]
fn a_form_takes_the_time_it_was_opened() {
    let mut ui = Ui::new(&["Acme"]);
    ui.act(Action::ClockRead(clock("2026-11-27", "09:00")));
    ui.act(Action::ClockRead(clock("2026-11-27", "14:20")));
    ui.key(KeyCode::Char('n'));
    ui.act(Action::ClockRead(clock("2026-11-27", "14:50")));
    ui.typ("Звонок после обеда");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(ui.app.form.is_none(), "{:?}", ui.app.message);
    let book = ui.reopen();
    let id = book.find_client("acme").expect("client").id;
    let entries = book.timeline(&id, None, 10).expect("timeline");
    assert_eq!(entries[0].at.as_str(), "2026-11-27 14:20");
}

/// Left open past midnight, the UI moves to the new day: a client whose
/// cadence ends today is untouched from tomorrow on, without a key press.
#[test]
fn a_ui_left_open_past_midnight_moves_to_the_new_day() {
    let mut ui = Ui::new(&[]);
    {
        let mut book = ui.reopen();
        book.add_client(
            &NewClient::build("Acme", Tier::A, Some(14), Status::Active).expect("client"),
            NaiveDate::from_ymd_opt(2026, 11, 13).expect("date"),
        )
        .expect("add");
    }
    ui.act(Action::ClockRead(clock("2026-11-27", "23:59")));
    ui.act(Action::Reload);
    assert_eq!(ui.app.counts, (1, 0), "due today, not yet untouched");
    ui.act(Action::ClockRead(clock("2026-11-28", "00:01")));
    assert_eq!(ui.app.counts, (1, 1), "untouched on the new day");
    assert_eq!(
        ui.app.clock.today,
        NaiveDate::from_ymd_opt(2026, 11, 28).expect("date")
    );
}

/// An offered value ("now", "+7d") is replaced by what is typed into it,
/// as a selected default is; a key that edits (Backspace, an arrow) keeps it
/// to be corrected instead.
#[test]
fn an_offered_value_is_replaced_by_typing_and_kept_by_editing() {
    let mut ui = Ui::new(&["Acme"]);
    ui.act(Action::ClockRead(clock("2026-11-27", "09:00")));
    ui.key(KeyCode::Char('n'));
    ui.typ("Звонок вчера");
    ui.key(KeyCode::Up);
    ui.key(KeyCode::Up);
    ui.typ("вчера 15:00");
    let when = |ui: &Ui| {
        let form = ui.app.form.as_ref().expect("form");
        form.fields
            .iter()
            .find(|f| f.label == "when")
            .expect("when")
            .value()
    };
    assert_eq!(when(&ui), "вчера 15:00");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(ui.app.form.is_none(), "{:?}", ui.app.message);
    let book = ui.reopen();
    let id = book.find_client("acme").expect("client").id;
    let entries = book.timeline(&id, None, 10).expect("timeline");
    assert_eq!(entries[0].at.as_str(), "2026-11-26 15:00");
    // Backspace edits the offered word instead of replacing it.
    ui.key(KeyCode::Char('n'));
    ui.key(KeyCode::Up);
    ui.key(KeyCode::Up);
    let offered = when(&ui);
    ui.key(KeyCode::Backspace);
    ui.typ("x");
    let mut edited: String = offered.chars().collect();
    edited.pop();
    edited.push('x');
    assert_eq!(when(&ui), edited);
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Char('y'));
    // The book's currency is offered too: typing another replaces it.
    ui.key(KeyCode::Char('O'));
    ui.typ("Line 3");
    ui.key(KeyCode::Tab);
    ui.typ("100");
    ui.key(KeyCode::Tab);
    ui.typ("eur");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(ui.app.form.is_none(), "{:?}", ui.app.message);
    assert_eq!(
        ui.app.view.as_ref().expect("view").entries[0].shown_summary(),
        "Line 3: 100 EUR (in progress)"
    );
}

/// A touch dated in the future is refused in the form, which keeps what was typed.
#[test]
fn a_fact_in_the_future_is_refused_and_the_form_keeps_its_text() {
    let mut ui = Ui::new(&["Acme"]);
    ui.act(Action::ClockRead(clock("2026-11-27", "09:00")));
    ui.key(KeyCode::Char('n'));
    ui.typ("Будущий звонок");
    ui.key(KeyCode::Up);
    ui.key(KeyCode::Up);
    ui.key_mod(KeyCode::Char('u'), KeyModifiers::CONTROL);
    ui.typ("+2d");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    let form = ui.app.form.as_ref().expect("the form stays open");
    let (_, msg) = form.error.as_ref().expect("an error");
    assert!(msg.contains("not after now"), "{msg}");
    assert!(form.fields.iter().any(|f| f.value() == "Будущий звонок"));
}

/// A contact who left is not offered in the log form any more.
#[test]
fn a_contact_who_left_is_not_offered_in_forms() {
    let mut ui = Ui::new(&["Acme"]);
    {
        let mut book = ui.reopen();
        let id = book.find_client("acme").expect("client").id;
        for name in ["Anna", "Boris"] {
            book.add_contact(
                &id,
                &touchbase::domain::NewContact {
                    name: name.into(),
                    role: String::new(),
                    phone: String::new(),
                    email: String::new(),
                    note: String::new(),
                },
            )
            .expect("contact");
        }
        let boris = book.find_contact(&id, "boris").expect("boris").id;
        book.contact_left(&boris, Some(today())).expect("left");
    }
    ui.act(Action::Reload);
    ui.key(KeyCode::Char('n'));
    let form = ui.app.form.as_ref().expect("log form");
    let contact = form
        .fields
        .iter()
        .find(|f| f.label == "contact")
        .expect("field");
    match &contact.kind {
        touchbase::tui::form::FieldKind::Choice(options) => {
            assert_eq!(options, &vec!["—".to_string(), "Anna".to_string()]);
        }
        other => panic!("{other:?}"),
    }
}

/// Log an outbound entry of `kind` for a client on `day`, straight into the book.
fn log_for(book: &mut Book, client: &str, kind: touchbase::domain::Kind, day: &str, summary: &str) {
    let id = book.find_client(client).expect("client").id;
    book.log(
        &id,
        &touchbase::domain::NewInteraction {
            kind,
            direction: touchbase::domain::Direction::Outbound,
            at: touchbase::dates::When::from_stored(day).expect("day"),
            contact: None,
            summary: summary.into(),
            details: String::new(),
        },
        None,
    )
    .expect("log");
}

fn plan_for(book: &mut Book, client: &str, due: &str, purpose: &str) {
    let id = book.find_client(client).expect("client").id;
    book.plan(
        &id,
        &touchbase::domain::NewPlan {
            due: NaiveDate::parse_from_str(due, "%Y-%m-%d").expect("due"),
            purpose: purpose.into(),
            kind: touchbase::domain::Kind::Call,
        },
    )
    .expect("plan");
}

/// In the agenda, `e` moves a planned touch, `x` asks naming the client, and
/// after `n` logs the touch the agenda comes back on the next row.
#[test]
fn the_agenda_edits_cancels_and_comes_back_after_logging() {
    let mut ui = Ui::new(&["Acme", "Pinecrest Foods", "Zeta"]);
    {
        let mut book = ui.reopen();
        plan_for(&mut book, "acme", "2026-11-28", "Call about the renewal");
        plan_for(&mut book, "pinecrest", "2026-11-29", "Chase the invoice");
        plan_for(&mut book, "zeta", "2026-11-30", "Intro call");
    }
    ui.key(KeyCode::Char('A'));
    assert_eq!(ui.app.context(), Context::Agenda);
    ui.key(KeyCode::Char('j'));
    ui.key(KeyCode::Char('x'));
    let q = ui.app.question.as_ref().expect("a question");
    match q {
        touchbase::tui::app::Question::CancelPlan {
            purpose, client, ..
        } => {
            assert_eq!(
                (purpose.as_str(), client.as_str()),
                ("Chase the invoice", "Pinecrest Foods")
            );
        }
        other => panic!("{other:?}"),
    }
    ui.key(KeyCode::Char('n'));
    assert!(ui.app.question.is_none());
    // e: move Pinecrest's touch to 5 Dec.
    ui.key(KeyCode::Char('e'));
    assert_eq!(ui.app.context(), Context::Form);
    ui.key_mod(KeyCode::Char('u'), KeyModifiers::CONTROL);
    ui.typ("05.12.2026");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(ui.app.form.is_none(), "{:?}", ui.app.message);
    let dues: Vec<String> = ui
        .app
        .views
        .agenda
        .iter()
        .map(|i| i.plan.due.to_string())
        .collect();
    assert_eq!(dues, ["2026-11-28", "2026-11-30", "2026-12-05"]);
    // n on the first row: log it, and land back in the agenda on the next one.
    ui.key(KeyCode::Char('g'));
    ui.key(KeyCode::Char('n'));
    assert_eq!(ui.app.context(), Context::Form);
    ui.typ("Called about the renewal");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(ui.app.context(), Context::Agenda, "{:?}", ui.app.message);
    let selected = ui.app.views.selected_plan().expect("a row");
    assert_eq!(selected.client, "Zeta");
}

/// Reading a story: in an opened entry, j and k move to the next and previous
/// entry without closing it.
#[test]
fn an_opened_entry_moves_with_j_and_k() {
    let mut ui = Ui::new(&["Acme"]);
    {
        let mut book = ui.reopen();
        for (day, text) in [
            ("2026-11-20", "first"),
            ("2026-11-21", "second"),
            ("2026-11-22", "third"),
        ] {
            log_for(&mut book, "acme", touchbase::domain::Kind::Call, day, text);
        }
    }
    ui.act(Action::Reload);
    ui.key(KeyCode::Tab);
    ui.key(KeyCode::Tab);
    ui.key(KeyCode::Enter);
    let shown = |ui: &Ui| -> String {
        let id = ui
            .app
            .detail
            .as_ref()
            .expect("an opened entry")
            .entry_id
            .clone();
        ui.reopen().entry(&id).expect("entry").summary
    };
    assert_eq!(shown(&ui), "third");
    ui.key(KeyCode::Char('j'));
    assert_eq!(shown(&ui), "second");
    ui.key(KeyCode::Char('j'));
    assert_eq!(shown(&ui), "first");
    ui.key(KeyCode::Char('k'));
    assert_eq!(shown(&ui), "second");
    assert_eq!(ui.app.context(), Context::Detail);
}

/// A touch logged before a plan's due day: the UI asks whether it was what
/// the plan asked for, naming the client and the plan; yes marks it done.
#[test]
fn a_touch_before_the_due_day_asks_whether_it_fulfils_the_plan() {
    let mut ui = Ui::new(&["Acme"]);
    {
        let mut book = ui.reopen();
        plan_for(&mut book, "acme", "2026-12-04", "Send the offer");
    }
    ui.act(Action::Reload);
    ui.key(KeyCode::Char('n'));
    ui.typ("Talked about the offer");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    match ui.app.question.as_ref().expect("a question") {
        touchbase::tui::app::Question::Fulfils {
            purpose, client, ..
        } => {
            assert_eq!(
                (purpose.as_str(), client.as_str()),
                ("Send the offer", "Acme")
            );
        }
        other => panic!("{other:?}"),
    }
    ui.key(KeyCode::Char('y'));
    let book = ui.reopen();
    let id = book.find_client("acme").expect("client").id;
    assert!(
        book.open_plans(&id).expect("plans").is_empty(),
        "the plan is done"
    );
}

/// The money view lists every unpaid invoice, overdue first; p asks, then
/// marks the selected one paid today.
#[test]
fn the_money_view_marks_an_invoice_paid() {
    let mut ui = Ui::new(&["Acme", "Borealis"]);
    {
        let mut book = ui.reopen();
        for (client, number, due) in [
            ("acme", "A-1", "2026-12-10"),
            ("borealis", "B-1", "2026-11-20"),
        ] {
            let id = book.find_client(client).expect("client").id;
            book.add_invoice(
                &id,
                &touchbase::domain::NewInvoice {
                    number: number.into(),
                    amount_minor: 100_000,
                    currency: "RUB".into(),
                    issued_on: NaiveDate::from_ymd_opt(2026, 11, 1).expect("date"),
                    due_on: NaiveDate::parse_from_str(due, "%Y-%m-%d").expect("due"),
                },
            )
            .expect("invoice");
        }
    }
    ui.key(KeyCode::Char('M'));
    assert_eq!(ui.app.context(), Context::Money);
    let numbers: Vec<&str> = ui
        .app
        .views
        .money
        .iter()
        .map(|i| i.number.as_str())
        .collect();
    assert_eq!(numbers, ["B-1", "A-1"], "the overdue one first");
    ui.key(KeyCode::Char('p'));
    match ui.app.question.as_ref().expect("asks") {
        touchbase::tui::app::Question::InvoicePaid { number, client, .. } => {
            assert_eq!((number.as_str(), client.as_str()), ("B-1", "Borealis"));
        }
        other => panic!("{other:?}"),
    }
    ui.key(KeyCode::Char('y'));
    let numbers: Vec<&str> = ui
        .app
        .views
        .money
        .iter()
        .map(|i| i.number.as_str())
        .collect();
    assert_eq!(numbers, ["A-1"]);
    assert_eq!(
        ui.reopen().invoice("B-1").expect("invoice").paid_on,
        Some(today())
    );
}

/// After a form saves, the new record is selected where it appears, so the
/// next key acts on it.
#[test]
fn the_logged_entry_is_selected_after_saving() {
    let mut ui = Ui::new(&["Acme"]);
    {
        let mut book = ui.reopen();
        for day in ["2026-11-20", "2026-11-21"] {
            log_for(
                &mut book,
                "acme",
                touchbase::domain::Kind::Note,
                day,
                &format!("note {day}"),
            );
        }
    }
    ui.act(Action::Reload);
    ui.key(KeyCode::Char('n'));
    ui.typ("Older call");
    ui.key(KeyCode::Up);
    ui.key(KeyCode::Up);
    ui.key_mod(KeyCode::Char('u'), KeyModifiers::CONTROL);
    ui.typ("19.11.2026");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(ui.app.form.is_none(), "{:?}", ui.app.message);
    assert_eq!(ui.app.pane, Pane::Timeline);
    let selected = ui.app.selected_entry().expect("an entry").summary.clone();
    assert_eq!(selected, "Older call", "the new entry, not the newest one");
}

/// `u` undoes the last change of any kind: a log, a payment, a cancelled or
/// moved plan; and only the last one.
#[test]
fn u_undoes_the_last_change_of_any_kind() {
    let mut ui = Ui::new(&["Acme"]);
    {
        let mut book = ui.reopen();
        plan_for(&mut book, "acme", "2026-12-01", "Send the offer");
        let id = book.find_client("acme").expect("client").id;
        book.add_invoice(
            &id,
            &touchbase::domain::NewInvoice {
                number: "A-1".into(),
                amount_minor: 100_000,
                currency: "RUB".into(),
                issued_on: NaiveDate::from_ymd_opt(2026, 11, 1).expect("date"),
                due_on: NaiveDate::from_ymd_opt(2026, 11, 20).expect("date"),
            },
        )
        .expect("invoice");
    }
    ui.act(Action::Reload);
    let visible = |ui: &Ui| ui.app.view.as_ref().expect("view").entries.len();
    let before = visible(&ui);
    // A logged note, taken back.
    ui.key(KeyCode::Char('n'));
    ui.typ("A call logged by mistake");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    // It was not the planned touch.
    assert!(ui.app.question.is_some());
    ui.key(KeyCode::Char('n'));
    assert_eq!(visible(&ui), before + 1);
    ui.key(KeyCode::Char('u'));
    assert_eq!(visible(&ui), before, "the entry is hidden again");
    // A payment, taken back.
    ui.key(KeyCode::Char('M'));
    ui.key(KeyCode::Char('p'));
    ui.key(KeyCode::Char('y'));
    assert!(ui.app.views.money.is_empty());
    ui.key(KeyCode::Char('u'));
    assert_eq!(ui.app.views.money.len(), 1, "unpaid again");
    // A plan moved, then put back; a plan cancelled, then reopened.
    ui.key(KeyCode::Char('A'));
    ui.key(KeyCode::Char('e'));
    ui.key_mod(KeyCode::Char('u'), KeyModifiers::CONTROL);
    ui.typ("10.12.2026");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(ui.app.views.agenda[0].plan.due.to_string(), "2026-12-10");
    ui.key(KeyCode::Char('u'));
    assert_eq!(ui.app.views.agenda[0].plan.due.to_string(), "2026-12-01");
    ui.key(KeyCode::Char('x'));
    ui.key(KeyCode::Char('y'));
    assert!(ui.app.views.agenda.is_empty());
    ui.key(KeyCode::Char('u'));
    assert_eq!(ui.app.views.agenda.len(), 1, "the plan is open again");
    ui.key(KeyCode::Char('u'));
    assert!(
        ui.app
            .message
            .as_ref()
            .is_some_and(|(m, e)| *e && m.contains("nothing to undo"))
    );
}

/// `y` answers a question; the question must be there.
fn yes(ui: &mut Ui) {
    assert_eq!(ui.app.context(), Context::Confirm, "a question is asked");
    ui.key(KeyCode::Char('y'));
}

fn message(ui: &Ui) -> String {
    ui.app.message.clone().map(|m| m.0).unwrap_or_default()
}

#[test]
fn an_order_on_the_timeline_is_corrected_deleted_and_restored_through_its_record() {
    let mut ui = Ui::new(&["Acme"]);
    ui.key(KeyCode::Char('O'));
    ui.typ("Line 2");
    ui.key(KeyCode::Tab);
    ui.typ("125000");
    ctrl_s(&mut ui);
    // The new order's entry is selected, so the next key acts on it.
    assert_eq!(ui.app.pane, Pane::Timeline);
    let summary = |ui: &Ui| {
        ui.app
            .selected_entry()
            .map(|e| e.shown_summary())
            .unwrap_or_default()
    };
    assert_eq!(summary(&ui), "Line 2: 125,000 RUB (in progress)");
    ui.key(KeyCode::Char('e'));
    let form = ui
        .app
        .form
        .as_ref()
        .expect("the order's form, not the entry's");
    assert!(form.title.starts_with("Edit order"), "{}", form.title);
    assert_eq!(form.value_of("amount"), "125 000");
    // Focus starts on the status: in progress → lost → won.
    ui.key(KeyCode::Left);
    ui.key(KeyCode::Left);
    assert_eq!(
        ui.app.form.as_ref().expect("form").value_of("status"),
        "won"
    );
    ctrl_s(&mut ui);
    assert_eq!(summary(&ui), "Line 2: 125,000 RUB (won)");
    ui.key(KeyCode::Char('u'));
    assert_eq!(summary(&ui), "Line 2: 125,000 RUB (in progress)");

    ui.key(KeyCode::Char('d'));
    match &ui.app.question {
        Some(Question::Do { text, .. }) => {
            assert!(text.contains("stands for the order “Line 2”"), "{text}")
        }
        other => panic!("asked {other:?}"),
    }
    yes(&mut ui);
    assert!(ui.app.view.as_ref().expect("view").entries.is_empty());
    let id = ui
        .reopen()
        .orders(&ui.app.view.as_ref().expect("view").client.id, 10)
        .expect("orders");
    assert!(id.is_empty(), "a deleted order is not listed");
    ui.key(KeyCode::Char('u'));
    assert_eq!(summary(&ui), "Line 2: 125,000 RUB (in progress)");
}

#[test]
fn invoices_are_corrected_paid_and_unpaid_from_the_money_view() {
    let mut ui = Ui::new(&["Acme"]);
    ui.key(KeyCode::Char('I'));
    ui.typ("INV-1");
    ui.key(KeyCode::Tab);
    ui.typ("480000");
    ctrl_s(&mut ui);
    ui.key(KeyCode::Char('M'));
    assert_eq!(ui.app.views.money.len(), 1);
    ui.key(KeyCode::Char('e'));
    for _ in 0..5 {
        ui.key(KeyCode::Backspace);
    }
    ui.typ("INV-7");
    ctrl_s(&mut ui);
    assert_eq!(ui.app.context(), Context::Money);
    assert_eq!(ui.app.views.money[0].number, "INV-7");
    assert!(message(&ui).contains("u undoes"), "{}", message(&ui));
    ui.key(KeyCode::Char('u'));
    assert_eq!(ui.app.views.money[0].number, "INV-1");

    ui.key(KeyCode::Char('p'));
    yes(&mut ui);
    assert!(
        ui.app.views.money.is_empty(),
        "a paid invoice leaves the unpaid list"
    );
    ui.key(KeyCode::Char('a'));
    assert_eq!(ui.app.views.money.len(), 1);
    assert_eq!(ui.app.views.money[0].paid_on, Some(today()));
    ui.key(KeyCode::Char('p'));
    match &ui.app.question {
        Some(Question::Do { text, .. }) => assert!(text.contains("Mark it unpaid?"), "{text}"),
        other => panic!("asked {other:?}"),
    }
    yes(&mut ui);
    assert_eq!(ui.app.views.money[0].paid_on, None);
    assert_eq!(ui.reopen().invoice("INV-1").expect("invoice").paid_on, None);

    ui.key(KeyCode::Char('d'));
    yes(&mut ui);
    assert!(ui.app.views.money.is_empty());
    assert!(
        ui.reopen()
            .unpaid_invoices_after(None, 10)
            .expect("unpaid")
            .is_empty(),
        "a deleted invoice is owed no more"
    );
    ui.key(KeyCode::Char('u'));
    assert_eq!(ui.app.views.money.len(), 1, "u brings the invoice back");
    assert_eq!(
        ui.reopen()
            .unpaid_invoices_after(None, 10)
            .expect("unpaid")
            .len(),
        1
    );
}

#[test]
fn contacts_are_edited_marked_as_left_and_kept_when_referred_to() {
    let mut ui = Ui::new(&["ООО Ромашка"]);
    ui.key(KeyCode::Char('a'));
    ui.typ("Анна Фёдорова");
    ui.key(KeyCode::Tab);
    ui.typ("закупщик");
    ui.key(KeyCode::Tab);
    ui.typ("рабочий: +7 495 123-45-67; мобильный: 8 916 000-00-00");
    ui.key(KeyCode::Tab);
    ui.typ("anna at mail");
    ctrl_s(&mut ui);
    let err = ui
        .app
        .form
        .as_ref()
        .expect("form kept")
        .error
        .clone()
        .expect("error")
        .1;
    assert!(
        err.starts_with("email: 'anna at mail' is not accepted"),
        "{err}"
    );
    for _ in 0.."anna at mail".chars().count() {
        ui.key(KeyCode::Backspace);
    }
    ui.typ("anna@romashka.ru");
    ctrl_s(&mut ui);
    assert_eq!(ui.app.context(), Context::Main);
    ui.key(KeyCode::Char('P'));
    assert_eq!(ui.app.context(), Context::Contacts);
    let contact = ui.app.view.as_ref().expect("view").contacts[0].clone();
    assert_eq!(
        contact.phone,
        "рабочий: +7 495 123-45-67; мобильный: 8 916 000-00-00"
    );

    ui.key(KeyCode::Char('e'));
    ui.key(KeyCode::Tab);
    ui.typ(", руководитель");
    ctrl_s(&mut ui);
    assert_eq!(ui.app.context(), Context::Contacts);
    assert_eq!(
        ui.app.view.as_ref().expect("view").contacts[0].role,
        "закупщик, руководитель"
    );

    // Named in an entry: deleting is refused, leaving is the way.
    let client = ui.app.view.as_ref().expect("view").client.id.clone();
    let mut book = ui.reopen();
    let e = touchbase::domain::NewInteraction {
        kind: touchbase::domain::Kind::Call,
        direction: touchbase::domain::Direction::Outbound,
        at: touchbase::dates::When {
            date: today(),
            time: None,
        },
        contact: Some(contact.id.clone()),
        summary: "Обсудили КП".into(),
        details: String::new(),
    };
    book.log(&client, &e, None).expect("log");
    drop(book);
    ui.key(KeyCode::Char('d'));
    yes(&mut ui);
    assert!(
        message(&ui).contains("mark them as having left instead"),
        "{}",
        message(&ui)
    );
    assert_eq!(ui.app.view.as_ref().expect("view").contacts.len(), 1);

    ui.key(KeyCode::Char('l'));
    assert_eq!(
        ui.app.form.as_ref().expect("form").value_of("left on"),
        "today"
    );
    ctrl_s(&mut ui);
    assert_eq!(
        ui.app.view.as_ref().expect("view").contacts[0].left_on,
        Some(today())
    );
    assert!(
        ui.app
            .view
            .as_ref()
            .expect("view")
            .current_contacts()
            .is_empty()
    );
    ui.key(KeyCode::Char('l'));
    yes(&mut ui);
    assert_eq!(
        ui.app.view.as_ref().expect("view").contacts[0].left_on,
        None
    );
    ui.key(KeyCode::Char('u'));
    assert_eq!(
        ui.app.view.as_ref().expect("view").contacts[0].left_on,
        Some(today()),
        "u undoes their coming back"
    );
}

#[test]
fn a_complaint_is_corrected_reopened_and_deleted_from_the_complaints_view() {
    let mut ui = Ui::new(&["ООО Ромашка"]);
    ui.key(KeyCode::Char('!'));
    ui.typ("логистика");
    ui.key(KeyCode::Tab);
    ui.key(KeyCode::Tab);
    ui.key(KeyCode::Tab);
    ui.key(KeyCode::Tab);
    ui.typ("Поставка опоздала");
    ctrl_s(&mut ui);
    ui.key(KeyCode::Char('C'));
    ui.key(KeyCode::Char('e'));
    ui.key(KeyCode::BackTab);
    ui.key(KeyCode::Right); // severity normal → high
    ctrl_s(&mut ui);
    assert_eq!(ui.app.views.complaints[0].severity.as_str(), "high");
    ui.key(KeyCode::Char('x'));
    ui.typ("Довезли");
    ctrl_s(&mut ui);
    ui.key(KeyCode::Char('a'));
    assert_eq!(ui.app.views.complaints[0].status.as_str(), "resolved");
    ui.key(KeyCode::Char('>'));
    assert!(message(&ui).contains("x reopens it"), "{}", message(&ui));
    ui.key(KeyCode::Char('x'));
    yes(&mut ui);
    assert_ne!(ui.app.views.complaints[0].status.as_str(), "resolved");
    ui.key(KeyCode::Char('d'));
    yes(&mut ui);
    assert!(ui.app.views.complaints.is_empty());
    ui.key(KeyCode::Char('u'));
    assert_eq!(ui.app.views.complaints.len(), 1);
}

#[test]
fn planned_touches_at_the_top_of_the_timeline_are_selected_edited_and_cancelled() {
    let mut ui = Ui::new(&["Acme"]);
    let client = ui.app.view.as_ref().expect("view").client.id.clone();
    let mut book = ui.reopen();
    log_for(
        &mut book,
        &client,
        touchbase::domain::Kind::Call,
        "2026-11-20",
        "Called about the offer",
    );
    plan_for(&mut book, &client, "2026-12-01", "Chase the invoice");
    drop(book);
    ui.act(Action::Reload);
    ui.key(KeyCode::Tab);
    ui.key(KeyCode::Tab);
    assert_eq!(ui.app.pane, Pane::Timeline);
    assert_eq!(
        ui.app.selected_entry().map(|e| e.summary.as_str()),
        Some("Called about the offer")
    );
    // Up from the first entry: the planned touch above it.
    ui.key(KeyCode::Char('k'));
    assert_eq!(
        ui.app.selected_timeline_plan().map(|p| p.purpose.as_str()),
        Some("Chase the invoice")
    );
    assert!(
        ui.app.selected_entry().is_none(),
        "keys act on the plan, not an entry"
    );
    ui.key(KeyCode::Char('e'));
    let form = ui.app.form.as_ref().expect("the plan's form");
    assert!(
        form.title.starts_with("Edit the planned touch"),
        "{}",
        form.title
    );
    ui.key(KeyCode::Tab);
    ui.typ(" 2026-121");
    ctrl_s(&mut ui);
    assert_eq!(
        ui.app.selected_timeline_plan().map(|p| p.purpose.as_str()),
        Some("Chase the invoice 2026-121"),
        "the edited plan stays selected"
    );
    ui.key(KeyCode::Char('x'));
    match &ui.app.question {
        Some(Question::CancelPlan {
            purpose, client, ..
        }) => {
            assert_eq!(
                (purpose.as_str(), client.as_str()),
                ("Chase the invoice 2026-121", "Acme")
            )
        }
        other => panic!("asked {other:?}"),
    }
    ui.key(KeyCode::Char('y'));
    assert!(ui.app.view.as_ref().expect("view").plans.is_empty());
    assert!(ui.app.selected_timeline_plan().is_none());
    assert_eq!(
        ui.app.selected_entry().map(|e| e.summary.as_str()),
        Some("Called about the offer"),
        "with the plan gone, the entry is selected again"
    );
    ui.key(KeyCode::Char('u'));
    assert_eq!(
        ui.app.view.as_ref().expect("view").plans.len(),
        1,
        "u undoes the cancel"
    );
}

/// Today: `n` logs the touch (a planned one filled in), the form saves, the
/// view comes back with the next client selected; Enter opens the client.
#[test]
fn today_logs_the_planned_touch_and_moves_to_the_next_row() {
    let mut ui = Ui::new(&["Acme", "Beta", "Gamma"]);
    {
        let mut book = ui.reopen();
        for (client, purpose) in [("acme", "Send the proposal"), ("beta", "Year-end review")] {
            let id = book.find_client(client).expect("client").id;
            let plan = touchbase::domain::NewPlan {
                due: today(),
                purpose: purpose.into(),
                kind: touchbase::domain::Kind::Meeting,
            };
            book.plan(&id, &plan).expect("plan");
        }
    }
    ui.key(KeyCode::Char('T'));
    assert_eq!(ui.app.context(), Context::Today);
    let names = |ui: &Ui| -> Vec<String> {
        ui.app
            .views
            .today
            .iter()
            .map(|r| r.client.clone())
            .collect()
    };
    // Acme and Beta (A) have a plan due today (3 × 10); Gamma (A) has no
    // next step, a company rule (3 × 5).
    assert_eq!(names(&ui), ["Acme", "Beta", "Gamma"]);
    ui.key(KeyCode::Char('j'));
    ui.key(KeyCode::Char('n'));
    let form = ui.app.form.as_ref().expect("log form");
    assert_eq!(form.fields[0].value(), "meeting", "the planned kind");
    assert_eq!(ui.app.view.as_ref().expect("view").client.name, "Beta");
    ui.typ("Met, year reviewed");
    ctrl_s(&mut ui);
    assert_eq!(ui.app.context(), Context::Today, "back to Today");
    // Beta's plan is done; with no next step it ranks with Gamma, and the
    // selection is on Gamma, the row that came next.
    assert_eq!(names(&ui), ["Acme", "Beta", "Gamma"]);
    assert_eq!(ui.app.views.today_sel, 2);
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.context(), Context::Main);
    assert_eq!(ui.app.view.as_ref().expect("view").client.name, "Gamma");
    // Esc from Today is the main screen; T brings it back.
    ui.key(KeyCode::Char('T'));
    ui.key(KeyCode::Esc);
    assert_eq!(ui.app.context(), Context::Main);
}

/// The report is counted off the UI thread: while another program holds
/// the book locked (the report cannot be read), keys are still answered,
/// the status says "counting the report…", and the report arrives once the
/// lock goes.
#[test]
fn keys_are_answered_while_the_report_is_counted() {
    let mut ui = Ui::new(&["Alpha", "Beta"]);
    let book = Book::open(&ui.path, Access::Existing).expect("book");
    ui.perf = Performer::with_worker(book);
    // A first answer from the worker: its own connection is open.
    ui.act(Action::ShowToday);
    assert_eq!(ui.app.counting, [Slot::Today]);
    for a in ui.perf.answers(Some(std::time::Duration::from_secs(10))) {
        ui.act(a);
    }
    assert!(!ui.perf.busy());
    ui.key(KeyCode::Esc);

    let lock = rusqlite::Connection::open(&ui.path).expect("raw");
    lock.execute_batch("BEGIN EXCLUSIVE").expect("lock");
    ui.key(KeyCode::Char('R'));
    assert_eq!(ui.app.views.screen, touchbase::tui::app::Screen::Reports);
    assert_eq!(ui.app.counting, [Slot::Report]);
    assert!(ui.perf.busy());
    // The status line says what is being counted.
    let screen = screen_lines(&ui.app, 100, 20);
    assert!(
        screen
            .iter()
            .any(|(t, _)| t.contains("counting the report…")),
        "{screen:#?}"
    );
    assert!(
        ui.app.views.report.is_none(),
        "not counted on the key's thread"
    );
    // Keys that need no book are answered at once: help opens and closes.
    ui.key(KeyCode::Char('?'));
    assert!(ui.app.help.is_some());
    ui.key(KeyCode::Esc);
    assert!(ui.app.help.is_none());
    assert_eq!(
        ui.app.views.screen,
        touchbase::tui::app::Screen::Reports,
        "Esc closed the help, not the view behind it"
    );
    assert!(ui.perf.busy(), "still counting behind the lock");

    lock.execute_batch("COMMIT").expect("unlock");
    for a in ui.perf.answers(Some(std::time::Duration::from_secs(10))) {
        ui.act(a);
    }
    let r = ui.app.views.report.as_ref().expect("the report arrived");
    assert_eq!(r.clients.active, 2);
    assert!(!ui.perf.busy());
}

/// The search is read off the UI thread as it is typed: with the book
/// locked by another program, every letter is still answered at once, the
/// status says "searching…", and when the lock goes only the answer for
/// what is typed now arrives (the earlier letters' searches are dropped).
#[test]
fn typing_a_search_is_answered_while_the_book_is_locked() {
    let mut ui = Ui::new(&["Alpha", "Albatross", "Beta"]);
    let book = Book::open(&ui.path, Access::Existing).expect("book");
    ui.perf = Performer::with_worker(book);
    let lock = rusqlite::Connection::open(&ui.path).expect("raw");
    lock.execute_batch("BEGIN EXCLUSIVE").expect("lock");
    ui.key(KeyCode::Char('s'));
    assert_eq!(ui.app.context(), Context::Search);
    ui.typ("alb");
    assert_eq!(ui.app.counting, [Slot::Search]);
    assert_eq!(
        ui.app.search.as_ref().expect("search").input.value(),
        "alb",
        "every letter taken while the search waits"
    );
    let screen = screen_lines(&ui.app, 100, 20);
    assert!(
        screen
            .iter()
            .any(|(t, _)| t.contains("Search the book · searching…")),
        "{screen:#?}"
    );
    lock.execute_batch("COMMIT").expect("unlock");
    while ui.perf.busy() {
        for a in ui.perf.answers(Some(std::time::Duration::from_secs(10))) {
            ui.act(a);
        }
    }
    let hits: Vec<&str> = ui
        .app
        .search
        .as_ref()
        .expect("search")
        .hits
        .iter()
        .map(|h| h.client.as_str())
        .collect();
    assert_eq!(hits, ["Albatross"]);
    // As the event loop does: "searching…" goes when nothing is awaited.
    let counting = ui.perf.counting();
    ui.act(Action::Counting(counting));
    assert!(ui.app.counting.is_empty());
    let screen = screen_lines(&ui.app, 100, 20);
    assert!(
        screen
            .iter()
            .any(|(t, _)| t.contains("Search the book · 1 hit")),
        "{screen:#?}"
    );
    // Nothing found, once the answer is in: "No hits.", not "searching…".
    ui.typ("z");
    while ui.perf.busy() {
        for a in ui.perf.answers(Some(std::time::Duration::from_secs(10))) {
            ui.act(a);
        }
    }
    let counting = ui.perf.counting();
    ui.act(Action::Counting(counting));
    let screen = screen_lines(&ui.app, 100, 20);
    assert!(
        screen.iter().any(|(t, _)| t.contains("No hits.")),
        "{screen:#?}"
    );
    assert!(
        !screen.iter().any(|(t, _)| t.contains("searching")),
        "{screen:#?}"
    );
}

/// A report that names more clients than the screen holds shows the rows
/// around the selection: at the last row, the last client is on screen and
/// highlighted, and the first section's heading has scrolled away; at the
/// first row, it is back.
#[test]
fn a_long_report_scrolls_with_its_selection() {
    let mut ui = Ui::new(&[]);
    {
        let mut book = ui.reopen();
        for i in 0..80 {
            let c = NewClient::build(&format!("Client {i:02}"), Tier::A, None, Status::Active)
                .expect("client");
            book.add_client(&c, NaiveDate::from_ymd_opt(2026, 1, 1).expect("day"))
                .expect("add");
        }
    }
    ui.act(Action::Reload);
    ui.key(KeyCode::Char('R'));
    let report = ui.app.views.report.as_ref().expect("report");
    let rows = touchbase::tui::app::report_rows(report);
    assert!(rows.len() >= 80, "{} rows", rows.len());
    let last = rows.last().expect("rows").client(report).to_string();
    let first = rows[0].client(report).to_string();
    let screen = |ui: &Ui| screen_lines(&ui.app, 100, 30);
    ui.key(KeyCode::Char('G'));
    let lines = screen(&ui);
    let selected: Vec<&String> = lines.iter().filter(|(_, s)| *s).map(|(t, _)| t).collect();
    assert_eq!(selected.len(), 1, "{lines:#?}");
    assert!(selected[0].contains(&last), "{lines:#?}");
    let at_risk = touchbase::t!("rep-section-at-risk");
    assert!(
        !lines.iter().any(|(t, _)| t.contains(&at_risk)),
        "{lines:#?}"
    );
    ui.key(KeyCode::Char('g'));
    let lines = screen(&ui);
    assert!(
        lines.iter().any(|(t, _)| t.contains(&at_risk)),
        "{lines:#?}"
    );
    let selected: Vec<&String> = lines.iter().filter(|(_, s)| *s).map(|(t, _)| t).collect();
    assert!(selected[0].contains(&first), "{lines:#?}");
    // The rules broken: only those broken, with how often (80 tier A
    // clients without a next step; no complaint to escalate).
    let rules = touchbase::t!("rep-rules-broken");
    let line = &lines
        .iter()
        .find(|(t, _)| t.contains(&rules))
        .expect("the rules line")
        .0;
    let next_step = format!("{} 80", touchbase::t!("rule-short-next_step"));
    assert!(line.contains(&next_step), "{line}");
    let escalate = touchbase::t!("rule-short-escalate_within");
    assert!(!line.contains(&escalate), "{line}");
}

/// The complaints and money views read the oldest rows of a large book
/// only; their titles count the whole book and say how many are shown.
#[test]
fn a_capped_view_counts_the_whole_book_in_its_title() {
    let mut ui = Ui::new(&["Acme"]);
    ui.key(KeyCode::Char('C'));
    let title = |ui: &Ui| screen_lines(&ui.app, 120, 20)[0].0.clone();
    assert_eq!(ui.app.views.complaints_open_total, 0);
    assert!(!title(&ui).contains("shown"), "{}", title(&ui));
    // As a department's book would answer: 0 of 700 read.
    ui.app.views.complaints_open_total = 700;
    assert!(title(&ui).contains("700 open"), "{}", title(&ui));
    assert!(title(&ui).contains("the first 0 shown"), "{}", title(&ui));
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Char('M'));
    ui.app.views.money_unpaid_total = 650;
    assert!(
        title(&ui).contains("650 unpaid · the first 0 shown"),
        "{}",
        title(&ui)
    );
}

/// A form in a short terminal shows as many fields as fit: a one-row field
/// that fits exactly on the last row inside the frame is drawn there; with
/// room, every field is drawn.
#[test]
fn a_form_cut_short_uses_its_last_row() {
    let mut ui = Ui::new(&["Acme"]);
    ui.key(KeyCode::Char('c'));
    for (h, field) in [(9, "status"), (10, "industry"), (11, "city")] {
        let lines = screen_lines(&ui.app, 80, h);
        let bottom = lines
            .iter()
            .rposition(|(t, _)| t.contains('╚'))
            .expect("the form's bottom border");
        let label = touchbase::t!(&format!("field-{field}"));
        assert!(
            lines[bottom - 1].0.contains(&label),
            "{h} rows: {label} on the last row of {lines:#?}"
        );
    }
    // With room, every field is drawn, the three-row notes and those after it.
    let lines = screen_lines(&ui.app, 80, 30);
    for field in ["notes", "hard-limit", "quiet-every"] {
        let label = touchbase::t!(&format!("field-{field}"));
        assert!(
            lines.iter().any(|(t, _)| t.contains(&label)),
            "{label} in {lines:#?}"
        );
    }
}

/// The terminal's cursor stands in the focused field after what was typed,
/// and moves back with ←: where the next letter goes.
#[test]
fn the_cursor_stands_where_the_next_letter_goes() {
    let mut ui = Ui::new(&["ООО Ромашка"]);
    ui.key(KeyCode::Char('n'));
    ui.typ("Звонок");
    let cursor = |ui: &Ui| {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).expect("terminal");
        terminal
            .draw(|f| touchbase::tui::widgets::render(&ui.app, f))
            .expect("draw");
        let pos = terminal.get_cursor_position().expect("the cursor");
        let buf = terminal.backend().buffer().clone();
        let row: String = (0..100)
            .map(|x| buf[(x, pos.y)].symbol().to_string())
            .collect();
        // Where the typed text starts on that row.
        let start = row.find("Звонок").map(|b| row[..b].chars().count());
        (
            pos.x as usize,
            start.expect("the typed text on the cursor's row"),
        )
    };
    let (x, start) = cursor(&ui);
    assert_eq!(x, start + 6, "after the six letters");
    ui.key(KeyCode::Left);
    ui.key(KeyCode::Left);
    let (x, start) = cursor(&ui);
    assert_eq!(x, start + 4, "two letters back");
}

/// The reports view in a narrow terminal: the weekly bars narrow to fit,
/// and a long client name or figure label is cut to two fifths of the
/// width, so what follows it stays on screen.
#[test]
fn a_narrow_report_cuts_long_names_and_narrows_its_bars() {
    let mut ui = Ui::new(&["Acme"]);
    let long = "Общество с ограниченной ответственностью Очень Длинное Название";
    {
        let mut book = ui.reopen();
        let c = NewClient::build(long, Tier::A, None, Status::Active).expect("client");
        book.add_client(&c, NaiveDate::from_ymd_opt(2026, 1, 1).expect("day"))
            .expect("add");
    }
    ui.act(Action::Reload);
    // A touch this week: one bar, as tall as the chart.
    ui.key(KeyCode::Char('n'));
    ui.typ("call");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    ui.key(KeyCode::Char('R'));
    let lines = screen_lines(&ui.app, 60, 30);
    // The bars area is 30 wide for 5 weeks: bars of 4 with gaps of 1.
    let widest_bar = lines
        .iter()
        .map(|(t, _)| {
            // The chart's box only, not the coverage gauge beside it.
            let chart = t.split("││").next().unwrap_or("");
            chart
                .split(|c| c != '█')
                .map(|run| run.chars().count())
                .max()
                .unwrap_or(0)
        })
        .max()
        .unwrap_or(0);
    assert_eq!(widest_bar, 4, "{lines:#?}");
    let row = &lines
        .iter()
        .find(|(t, _)| t.contains("Общество"))
        .expect("the long name's row")
        .0;
    assert!(!row.contains(long), "cut: {row}");
    assert!(row.contains('…') && row.contains("A ·"), "{row}");

    let lines = screen_lines(&ui.app, 40, 40);
    let label = touchbase::t!("rep-unanswered");
    let line = &lines
        .iter()
        .find(|(t, _)| t.contains(&label.chars().take(8).collect::<String>()))
        .expect("the unanswered line")
        .0;
    assert!(!line.contains(&label) && line.contains('…'), "{line}");
}

/// In the search overlay the cursor stands after the query typed so far.
#[test]
fn the_search_cursor_follows_the_query() {
    let mut ui = Ui::new(&["ООО Ромашка"]);
    ui.key(KeyCode::Char('s'));
    ui.typ("ром");
    for width in [80, 120] {
        let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, 24))
            .expect("terminal");
        terminal
            .draw(|f| touchbase::tui::widgets::render(&ui.app, f))
            .expect("draw");
        let pos = terminal.get_cursor_position().expect("the cursor");
        let buf = terminal.backend().buffer().clone();
        let row: String = (0..width)
            .map(|x| buf[(x, pos.y)].symbol().to_string())
            .collect();
        let start = row
            .find("› ром")
            .map(|b| row[..b].chars().count())
            .expect("the query on the cursor's row");
        assert_eq!(pos.x as usize, start + 5, "{width} wide: {row}");
    }
}

/// The complaints view reads a page at a time, oldest first, and reads on
/// as the selection nears the end; complaints opened the same day keep the
/// order they were recorded in, none is read twice, grouping by department
/// regroups what is read, and a reload after a change far down the list
/// keeps the selection on its complaint.
#[test]
fn the_complaints_view_reads_on_page_by_page() {
    use touchbase::dates::When;
    use touchbase::domain::{NewComplaint, Severity};
    let mut ui = Ui::new(&["Acme"]);
    let client = ui.perf.book.find_client("Acme").expect("client").id;
    let first = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    for n in 0..250u64 {
        let new = NewComplaint {
            // Three a day: a page ends inside a day.
            at: When::day(first + chrono::Days::new(n / 3)),
            contact: None,
            department: ["Склад", "Логистика"][n as usize % 2].into(),
            severity: Severity::Normal,
            summary: format!("жалоба {n:03}"),
            via: None,
        };
        ui.perf
            .book
            .add_complaint(&client, &new)
            .expect("complaint");
    }
    ui.key(KeyCode::Char('C'));
    let summaries = |ui: &Ui| -> Vec<String> {
        ui.app
            .views
            .complaints
            .iter()
            .map(|k| k.summary.clone())
            .collect()
    };
    let expected =
        |n: u64| -> Vec<String> { (0..n).map(|n| format!("жалоба {n:03}")).collect() };
    assert_eq!(summaries(&ui), expected(100));
    assert_eq!(ui.app.views.complaints_open_total, 250);
    // Down to the 80th: the next page is read, in order.
    for _ in 0..80 {
        ui.key(KeyCode::Char('j'));
    }
    assert_eq!(summaries(&ui), expected(200));
    assert_eq!(ui.app.views.complaint_sel, 80);
    for _ in 0..300 {
        ui.key(KeyCode::Char('j'));
    }
    assert_eq!(summaries(&ui), expected(250));
    assert!(!ui.app.views.complaints_more);
    // Resolving the 230th and reloading keeps it selected, read to it.
    ui.key(KeyCode::Char('g'));
    for _ in 0..230 {
        ui.key(KeyCode::Char('j'));
    }
    let chosen = ui
        .app
        .views
        .selected_complaint()
        .expect("selected")
        .id
        .clone();
    ui.act(Action::Reload);
    assert_eq!(
        ui.app.views.selected_complaint().map(|k| &k.id),
        Some(&chosen)
    );
    assert_eq!(ui.app.views.complaint_sel, 230);
    // Grouped by department: what is read, regrouped as each page comes.
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Char('C'));
    ui.key(KeyCode::Char('g'));
    ui.act(Action::ToggleGroup);
    for _ in 0..300 {
        ui.key(KeyCode::Char('j'));
    }
    let grouped = summaries(&ui);
    let mut by_department: Vec<String> = expected(250)
        .into_iter()
        .enumerate()
        .filter(|(n, _)| n % 2 == 1)
        .chain(
            expected(250)
                .into_iter()
                .enumerate()
                .filter(|(n, _)| n % 2 == 0),
        )
        .map(|(_, s)| s)
        .collect();
    assert_eq!(grouped.len(), 250);
    assert_eq!(grouped, std::mem::take(&mut by_department));
}

/// The money view reads a page at a time too: the unpaid invoices by due
/// day (a page ending inside a day), then, with `a`, the paid ones latest
/// first, each read once and in order; a reload keeps an invoice far down
/// the list selected.
#[test]
fn the_money_view_reads_on_page_by_page() {
    use touchbase::domain::NewInvoice;
    let mut ui = Ui::new(&["Acme"]);
    let client = ui.perf.book.find_client("Acme").expect("client").id;
    let first = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let day = |n: u64| first + chrono::Days::new(n);
    for n in 0..380u64 {
        let new = NewInvoice {
            number: format!("INV-{n:03}"),
            amount_minor: 10_000,
            currency: "RUB".into(),
            issued_on: day(0),
            // Three due a day.
            due_on: day(n / 3 + 1),
        };
        ui.perf.book.add_invoice(&client, &new).expect("invoice");
    }
    // The last 130 paid, three a day, the latest paid first in the list.
    for n in 250..380u64 {
        ui.perf
            .book
            .invoice_paid(&format!("INV-{n:03}"), day(200 + (380 - n) / 3))
            .expect("paid");
    }
    ui.key(KeyCode::Char('M'));
    let numbers = |ui: &Ui| -> Vec<String> {
        ui.app
            .views
            .money
            .iter()
            .map(|i| i.number.clone())
            .collect()
    };
    let unpaid = |n: u64| -> Vec<String> { (0..n).map(|n| format!("INV-{n:03}")).collect() };
    assert_eq!(numbers(&ui), unpaid(100));
    assert_eq!(ui.app.views.money_unpaid_total, 250);
    for _ in 0..300 {
        ui.key(KeyCode::Char('j'));
    }
    assert_eq!(numbers(&ui), unpaid(250));
    assert!(!ui.app.views.money_more);
    // A reload keeps the 150th selected, read to it.
    ui.key(KeyCode::Char('g'));
    for _ in 0..150 {
        ui.key(KeyCode::Char('j'));
    }
    ui.act(Action::Reload);
    assert_eq!(
        ui.app.views.selected_invoice().map(|i| i.number.as_str()),
        Some("INV-150")
    );
    // With the paid ones: after every unpaid one, the latest paid first
    // (paid the same day: by number).
    ui.key(KeyCode::Char('a'));
    for _ in 0..400 {
        ui.key(KeyCode::Char('j'));
    }
    let mut paid: Vec<u64> = (250..380).collect();
    paid.sort_by_key(|n| (std::cmp::Reverse((380 - n) / 3), *n));
    let expected: Vec<String> = unpaid(250)
        .into_iter()
        .chain(paid.iter().map(|n| format!("INV-{n:03}")))
        .collect();
    assert_eq!(numbers(&ui), expected);
    assert!(!ui.app.views.money_more);
    // Read again from the top with the paid ones asked for at once: the
    // paid ones still come only after the last unpaid one.
    ui.key(KeyCode::Char('a'));
    ui.key(KeyCode::Char('g'));
    ui.key(KeyCode::Char('a'));
    assert_eq!(numbers(&ui), unpaid(100));
    for _ in 0..400 {
        ui.key(KeyCode::Char('j'));
    }
    assert_eq!(numbers(&ui), expected);
}
