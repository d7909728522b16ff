//! Every screen and form rendered on a fixed-size `TestBackend` at 80×24 and
//! 120×40, from the demo book on a fixed date, compared with insta snapshots.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use touchbase::book::{Access, Book};
use touchbase::tui::action::Action;
use touchbase::tui::app::App;
use touchbase::tui::form::Clock;
use touchbase::tui::keymap;
use touchbase::tui::perform::Performer;
use touchbase::tui::theme::Theme;
use touchbase::tui::{dispatch, widgets};

fn clock() -> Clock {
    Clock {
        today: NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
        now: None,
    }
}

fn open(path: &std::path::Path) -> (App, Performer) {
    let book = Book::open(path, Access::Existing).expect("open");
    let mut app = App::new(clock(), "book.sqlite".into(), Theme { color: false });
    let mut perf = Performer::new(book);
    dispatch(&mut app, &mut perf, Action::Reload);
    (app, perf)
}

fn keys(app: &mut App, perf: &mut Performer, script: &[KeyEvent]) {
    for k in script {
        if let Some(a) = keymap::resolve(app.context(), *k) {
            dispatch(app, perf, a);
        }
    }
}

fn k(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}
fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}
fn text(s: &str) -> Vec<KeyEvent> {
    s.chars().map(|c| k(KeyCode::Char(c))).collect()
}

fn draw(app: &App, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal.draw(|f| widgets::render(app, f)).expect("draw");
    terminal.backend().to_string()
}

#[test]
fn screens() {
    let dir = tempfile::tempdir().expect("tempdir");
    let demo = dir.path().join("demo.sqlite");
    Book::write_demo(&demo, clock().today).expect("demo");
    let ids = vec![(r"id [0-9a-f]{8}-[0-9a-f-]{27}", "id [uuid]")];

    let scripts: Vec<(&str, Vec<KeyEvent>)> = vec![
        ("main", vec![]),
        (
            "filter",
            [vec![k(KeyCode::Char('/'))], text("ооо")].concat(),
        ),
        (
            "untouched_focused",
            vec![k(KeyCode::Tab), k(KeyCode::Char('j'))],
        ),
        (
            "timeline_focused",
            vec![
                k(KeyCode::Char('j')),
                k(KeyCode::Enter),
                k(KeyCode::Char('j')),
            ],
        ),
        (
            "log_form",
            [vec![k(KeyCode::Char('n'))], text("Обсудили продление")].concat(),
        ),
        (
            "log_form_error",
            [
                vec![
                    k(KeyCode::Char('n')),
                    k(KeyCode::Up),
                    k(KeyCode::Up),
                    ctrl('u'),
                ],
                text("32.13.2026"),
                vec![ctrl('s')],
            ]
            .concat(),
        ),
        ("new_client_form", vec![k(KeyCode::Char('c'))]),
        (
            "new_client_form_error",
            vec![k(KeyCode::Char('c')), ctrl('s')],
        ),
        ("edit_client_form", vec![k(KeyCode::Char('e'))]),
        (
            "plan_form",
            [vec![k(KeyCode::Char('p'))], text("Позвонить по КП")].concat(),
        ),
        ("contact_form", vec![k(KeyCode::Char('a'))]),
        (
            "edit_entry_form",
            vec![k(KeyCode::Tab), k(KeyCode::Tab), k(KeyCode::Char('e'))],
        ),
        (
            "entry_detail",
            vec![k(KeyCode::Tab), k(KeyCode::Tab), k(KeyCode::Enter)],
        ),
        (
            "delete_question",
            vec![k(KeyCode::Tab), k(KeyCode::Tab), k(KeyCode::Char('d'))],
        ),
        (
            "search",
            [vec![k(KeyCode::Char('s'))], text("продлен")].concat(),
        ),
        ("help", vec![k(KeyCode::Char('?'))]),
        ("complaints_view", vec![k(KeyCode::Char('C'))]),
        (
            "complaints_grouped",
            vec![
                k(KeyCode::Char('C')),
                k(KeyCode::Char('a')),
                k(KeyCode::Char('g')),
            ],
        ),
        (
            "escalate_form",
            vec![k(KeyCode::Char('C')), k(KeyCode::Char('e'))],
        ),
        ("agenda_view", vec![k(KeyCode::Char('A'))]),
        ("reports_view", vec![k(KeyCode::Char('R'))]),
        ("complaint_form", vec![k(KeyCode::Char('!'))]),
        ("order_form", vec![k(KeyCode::Char('O'))]),
        ("invoice_form", vec![k(KeyCode::Char('I'))]),
    ];
    for (name, script) in &scripts {
        // Each script starts from the same untouched demo book.
        let copy = dir.path().join(format!("{name}.sqlite"));
        std::fs::copy(&demo, &copy).expect("copy");
        let (mut app, mut perf) = open(&copy);
        keys(&mut app, &mut perf, script);
        for (w, h) in [(80, 24), (120, 40)] {
            insta::with_settings!({ filters => ids.clone() }, {
                insta::assert_snapshot!(format!("{name}_{w}x{h}"), draw(&app, w, h));
            });
        }
    }
}

#[test]
fn an_empty_book_and_hostile_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    drop(Book::open(&path, Access::CreateIfMissing).expect("create"));
    let (app, _perf) = open(&path);
    insta::assert_snapshot!("empty_80x24", draw(&app, 80, 24));

    {
        // Another program put escape sequences and bidi controls into the book.
        let mut book = Book::open(&path, Access::Existing).expect("open");
        let c = book
            .add_client(
                &touchbase::domain::NewClient::build(
                    "Evil",
                    touchbase::domain::Tier::A,
                    None,
                    touchbase::domain::Status::Active,
                )
                .expect("c"),
                clock().today,
            )
            .expect("add");
        drop(book);
        let raw = rusqlite::Connection::open(&path).expect("raw");
        raw.execute("UPDATE clients SET name = 'Evil' || char(27) || '[2J' || char(8238) || 'Corp', notes = char(7) || 'bell' WHERE id = ?1", [c.id])
            .expect("poison");
    }
    let (app, _perf) = open(&path);
    let screen = draw(&app, 80, 24);
    assert!(
        !screen.contains('\u{1b}') && !screen.contains('\u{202e}') && !screen.contains('\u{7}')
    );
    assert!(screen.contains("Evil␛[2JCorp"), "{screen}");
}

#[test]
fn tiny_terminals_do_not_break_any_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let demo = dir.path().join("demo.sqlite");
    Book::write_demo(&demo, clock().today).expect("demo");
    let (mut app, mut perf) = open(&demo);
    for script in [
        vec![],
        vec![k(KeyCode::Char('n'))],
        vec![k(KeyCode::Esc), k(KeyCode::Char('C'))],
        vec![k(KeyCode::Char('R'))],
        vec![k(KeyCode::Char('?'))],
    ] {
        keys(&mut app, &mut perf, &script);
        for (w, h) in [(1, 1), (10, 4), (40, 10), (60, 15)] {
            draw(&app, w, h);
        }
    }
}
