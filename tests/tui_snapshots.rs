//! Every screen and form rendered on a fixed-size `TestBackend` at 80×24 and
//! 120×40, from the demo book on a fixed date, compared with insta snapshots.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use touchbase::book::{Access, Book};
use touchbase::i18n::{self, Lang};
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

/// The screen as text, then every run of cells whose colour carries meaning:
/// the selection (focused: blue, unfocused: grey background), red (overdue,
/// errors), yellow (due today), green (done). A snapshot that sees which row
/// is selected and what is marked late, not only the words.
fn draw_with_selection(app: &App, w: u16, h: u16) -> String {
    use ratatui::style::{Color, Modifier};
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal.draw(|f| widgets::render(app, f)).expect("draw");
    let buf = terminal.backend().buffer();
    let mut out = terminal.backend().to_string();
    type Mark = fn(&ratatui::buffer::Cell) -> bool;
    let marks: [(&str, Mark); 5] = [
        ("selected (reversed)", |c| {
            c.bg == Color::Blue || c.modifier.contains(Modifier::REVERSED)
        }),
        ("selected, unfocused (grey)", |c| c.bg == Color::DarkGray),
        ("red", |c| c.fg == Color::Red),
        ("yellow", |c| c.fg == Color::Yellow),
        ("green", |c| c.fg == Color::Green),
    ];
    for (title, marked) in marks {
        let mut runs = String::new();
        for y in 0..h {
            let mut x = 0;
            while x < w {
                if !marked(&buf[(x, y)]) {
                    x += 1;
                    continue;
                }
                let from = x;
                let mut text = String::new();
                while x < w && marked(&buf[(x, y)]) {
                    text.push_str(buf[(x, y)].symbol());
                    x += 1;
                }
                runs.push_str(&format!(
                    "  row {y}, columns {from}..{x}: {}\n",
                    text.trim_end()
                ));
            }
        }
        if !runs.is_empty() || title.starts_with("selected (") {
            out.push_str(&format!("{title}:\n{runs}"));
        }
    }
    out
}

/// A copy of the demo book on the fixed date, written once per test process
/// (the same in both languages: what the program records is stored as data)
/// and copied for each screen, since writing it is most of a screen's time.
fn demo_copy(name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    // Kept as bytes: a static is never dropped, so a file would outlive the run.
    static DEMO: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    let demo = DEMO.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("demo.sqlite");
        Book::write_demo(&path, clock().today).expect("demo");
        std::fs::read(&path).expect("read the demo")
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(format!("{name}.sqlite"));
    std::fs::write(&path, demo).expect("copy the demo");
    (dir, path)
}

/// Snapshot one screen, reached by `script` from the demo book, at 80×24 and
/// 120×40. Ids are replaced by a placeholder of the same width, so every line
/// is as wide as on the real screen.
fn snapshot(name: &str, script: &[KeyEvent]) {
    // Every screen in both languages: English, then Russian (`name_ru_…`).
    for lang in [Lang::En, Lang::Ru] {
        i18n::set_for_thread(lang);
        let (_dir, copy) = demo_copy(name);
        let (mut app, mut perf) = open(&copy);
        // In colour, so the snapshot sees what the colours say.
        app.theme = Theme { color: true };
        keys(&mut app, &mut perf, script);
        let suffix = if lang == Lang::Ru { "_ru" } else { "" };
        for (w, h) in [(80, 24), (120, 40)] {
            insta::with_settings!({ filters => vec![(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "########-####-####-####-############")] }, {
                insta::assert_snapshot!(format!("{name}{suffix}_{w}x{h}"), draw_with_selection(&app, w, h));
            });
        }
    }
    i18n::set_for_thread(Lang::En);
}

macro_rules! screen {
    ($name:ident, $script:expr) => {
        #[test]
        fn $name() {
            snapshot(stringify!($name), &$script);
        }
    };
}

fn c(ch: char) -> KeyEvent {
    k(KeyCode::Char(ch))
}

screen!(main, []);
screen!(filter, [vec![c('/')], text("ооо")].concat());
screen!(untouched_focused, [k(KeyCode::Tab), c('j')]);
screen!(timeline_focused, [c('j'), k(KeyCode::Enter), c('j')]);
screen!(
    log_form,
    [vec![c('n')], text("Обсудили продление")].concat()
);
screen!(
    log_form_error,
    [
        vec![c('n'), k(KeyCode::Up), k(KeyCode::Up), ctrl('u')],
        text("32.13.2026"),
        vec![ctrl('s')]
    ]
    .concat()
);
screen!(new_client_form, [c('c')]);
screen!(new_client_form_error, [c('c'), ctrl('s')]);
screen!(edit_client_form, [c('e')]);
screen!(plan_form, [vec![c('p')], text("Позвонить по КП")].concat());
screen!(contact_form, [c('a')]);
screen!(edit_entry_form, [k(KeyCode::Tab), k(KeyCode::Tab), c('e')]);
screen!(
    entry_detail,
    [k(KeyCode::Tab), k(KeyCode::Tab), k(KeyCode::Enter)]
);
screen!(delete_question, [k(KeyCode::Tab), k(KeyCode::Tab), c('d')]);
screen!(search, [vec![c('s')], text("продлен")].concat());
screen!(help, [c('?')]);
screen!(complaints_view, [c('C')]);
screen!(complaints_grouped, [c('C'), c('a'), c('o')]);
screen!(escalate_form, [c('C'), c('>')]);
screen!(edit_complaint_form, [c('C'), c('e')]);
screen!(delete_complaint_question, [c('C'), c('d')]);
screen!(contacts_view, [c('P')]);
screen!(edit_contact_form, [c('P'), c('e')]);
screen!(contact_left_form, [c('P'), c('l')]);
screen!(money_with_paid, [c('M'), c('a')]);
screen!(edit_invoice_form, [c('M'), c('e')]);
screen!(agenda_view, [c('A')]);
screen!(today_view, [c('T')]);
screen!(today_second_row, [c('T'), c('j')]);
// From Today's first row (Northwind: a complaint, an overdue invoice), C and M
// open that complaint and that invoice, selected.
screen!(today_row_complaint, [c('T'), c('C')]);
screen!(today_row_invoice, [c('T'), c('M')]);
// Enter on Today's tenth row (Blue Harbor, received from a colleague): the
// card says it came from Today and shows what is left of its checklist.
screen!(
    today_opened_received_client,
    [
        c('T'),
        c('j'),
        c('j'),
        c('j'),
        c('j'),
        c('j'),
        c('j'),
        c('j'),
        c('j'),
        c('j'),
        k(KeyCode::Enter)
    ]
);
screen!(reports_view, [c('R')]);
screen!(reports_scrolled, [c('R'), c('G')]);
screen!(complaint_form, [c('!')]);
screen!(order_form, [c('O')]);
screen!(invoice_form, [c('I')]);

/// The selection follows the keys: moving down selects the next client, and
/// the reversed row is that client on the real screen.
#[test]
fn the_selected_row_moves_with_the_keys() {
    let (_dir, copy) = demo_copy("selection");
    let (mut app, mut perf) = open(&copy);
    let selected_row = |app: &App| -> (u16, String) {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        terminal.draw(|f| widgets::render(app, f)).expect("draw");
        let buf = terminal.backend().buffer().clone();
        for y in 0..24 {
            let line: String = (0..80u16)
                .filter(|&x| {
                    buf[(x, y)]
                        .modifier
                        .contains(ratatui::style::Modifier::REVERSED)
                })
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect();
            if !line.trim().is_empty() {
                return (y, line.trim().to_string());
            }
        }
        panic!("nothing is selected");
    };
    let (first_y, first) = selected_row(&app);
    keys(&mut app, &mut perf, &[c('j'), c('j')]);
    let (third_y, third) = selected_row(&app);
    assert_eq!(third_y, first_y + 2, "two rows down");
    assert_ne!(first, third);
    keys(&mut app, &mut perf, &[c('k')]);
    assert_eq!(selected_row(&app).0, first_y + 1);
    keys(&mut app, &mut perf, &[c('g')]);
    assert_eq!(selected_row(&app), (first_y, first));
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
    let (_dir, demo) = demo_copy("tiny");
    for script in [
        vec![],
        vec![c('/')],
        vec![k(KeyCode::Tab), c('j')],
        vec![k(KeyCode::Tab), k(KeyCode::Tab), k(KeyCode::Enter)],
        vec![k(KeyCode::Tab), k(KeyCode::Tab), c('d')],
        vec![c('s'), c('a')],
        vec![c('?')],
        vec![c('n')],
        vec![c('c'), ctrl('s')],
        vec![c('e')],
        vec![c('p')],
        vec![c('a')],
        vec![c('!')],
        vec![c('O')],
        vec![c('I')],
        vec![c('C')],
        vec![c('C'), c('a'), c('o')],
        vec![c('C'), c('e')],
        vec![c('C'), c('>')],
        vec![c('A')],
        vec![c('T')],
        vec![c('T'), c('n')],
        vec![c('R')],
        vec![c('P')],
        vec![c('P'), c('e')],
        vec![c('M'), c('a')],
        vec![c('M'), c('e')],
    ] {
        let (mut app, mut perf) = open(&demo);
        keys(&mut app, &mut perf, &script);
        for (w, h) in [
            (1, 1),
            (2, 2),
            (10, 4),
            (20, 6),
            (40, 10),
            (60, 15),
            (79, 23),
        ] {
            draw(&app, w, h);
        }
    }
}
screen!(money_view, [c('M')]);

/// However narrow the terminal, the footer keeps `? help` and `q quit`
/// in every screen that has them.
#[test]
fn the_footer_always_keeps_help_and_quit() {
    let (_dir, demo) = demo_copy("footer");
    for script in [
        vec![],
        vec![c('C')],
        vec![c('A')],
        vec![c('T')],
        vec![c('R')],
        vec![c('M')],
        vec![c('P')],
    ] {
        let (mut app, mut perf) = open(&demo);
        keys(&mut app, &mut perf, &script);
        for w in [16, 40, 80] {
            let screen = draw(&app, w, 12);
            let footer = screen.lines().last().expect("footer").to_string();
            assert!(
                footer.contains("? help") && footer.contains("q quit"),
                "{script:?} at {w}: {footer}"
            );
        }
    }
}
screen!(money_paid_question, [c('M'), c('p')]);

/// An empty Today says there is nothing to act on, but only once it has
/// been counted: while it is, it says it is ranking, and its title gives no
/// count yet (a "· 0" read as nothing to do).
#[test]
fn an_empty_today_says_so_once_counted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    drop(Book::open(&path, Access::CreateIfMissing).expect("book"));
    let (mut app, mut perf) = open(&path);
    keys(&mut app, &mut perf, &[c('T')]);
    app.counting.clear();
    let screen = draw(&app, 80, 12);
    assert!(screen.contains("Nothing to act on today."), "{screen}");
    assert!(screen.contains("Today, Fri 27 Nov 2026 · 0 "), "{screen}");
    assert!(!screen.contains("ranking"), "{screen}");
    app.counting = vec![touchbase::tui::worker::Slot::Today];
    let screen = draw(&app, 80, 12);
    assert!(
        screen.contains("Today, Fri 27 Nov 2026 · ranking… "),
        "{screen}"
    );
    assert!(screen.contains("┃ranking Today…"), "{screen}");
    assert!(!screen.contains("Nothing to act on"), "{screen}");
    assert!(!screen.contains("2026 · 0"), "{screen}");
}

/// A book with a value another program wrote past its constraints (a tier
/// 'Z') cannot be listed; the lists say why instead of "No clients yet" and
/// "Everyone was touched on time", which made a full book look empty.
#[test]
fn a_book_that_cannot_be_read_never_looks_empty() {
    let (_dir, demo) = demo_copy("unreadable");
    rusqlite::Connection::open(&demo)
        .expect("raw")
        .execute_batch("PRAGMA ignore_check_constraints = 1; UPDATE clients SET tier = 'Z';")
        .expect("outside SQL");
    let (mut app, mut perf) = open(&demo);
    // Today first, then the main screen (its lists and the untouched panel).
    for script in [&[][..], &[k(KeyCode::Esc)][..]] {
        keys(&mut app, &mut perf, script);
        let screen = draw(&app, 120, 30);
        assert!(screen.contains("tier: 'Z' is not"), "{screen}");
        for claim in [
            "No clients yet",
            "Everyone was touched",
            "Nothing to act on",
            "Clients 0",
            "touched 0",
            "0 clients",
        ] {
            assert!(!screen.contains(claim), "{claim}: {screen}");
        }
    }
    keys(&mut app, &mut perf, &[c('T')]);
    assert!(!draw(&app, 120, 30).contains("Today, Fri 27 Nov 2026 · 0"));
}

/// Today shows its first rows of a department's thousands; its title says
/// they are the first of how many, in the reader's language.
#[test]
fn today_cut_to_its_first_rows_says_of_how_many() {
    let (_dir, demo) = demo_copy("today-first");
    let (mut app, mut perf) = open(&demo);
    keys(&mut app, &mut perf, &[c('T')]);
    let n = app.views.today.len();
    assert!(n > 3, "{n} rows");
    assert_eq!(app.views.today_total, n);
    let screen = draw(&app, 100, 12);
    assert!(
        screen.contains(&format!("Today, Fri 27 Nov 2026 · {n} ")),
        "{screen}"
    );
    app.views.today.truncate(3);
    let screen = draw(&app, 100, 12);
    assert!(
        screen.contains(&format!("Today, Fri 27 Nov 2026 · the first 3 of {n} ")),
        "{screen}"
    );
    i18n::set_for_thread(Lang::Ru);
    let screen = draw(&app, 100, 12);
    i18n::set_for_thread(Lang::En);
    assert!(screen.contains(&format!("· первые 3 из {n} ")), "{screen}");
}

/// A key whose words fit the footer to its last column is shown; one
/// column fewer and it gives way (`?` and `q` stay).
#[test]
fn the_footer_shows_every_key_that_fits_to_the_last_column() {
    let (_dir, demo) = demo_copy("footer-fit");
    let (app, _perf) = open(&demo);
    let footer = |w: u16| -> String {
        let screen = draw(&app, w, 12);
        let line = screen.lines().last().expect("footer").trim_matches('"');
        line.trim_end().to_string()
    };
    let wide = footer(200);
    // Each key is drawn with a space after its words: the footer's width
    // is that of its text and the last space.
    let exact = touchbase::text::width(&wide) as u16 + 1;
    assert_eq!(footer(exact), wide, "all of it fits in {exact} columns");
    let short = footer(exact - 1);
    assert!(short.len() < wide.len(), "{short}");
    assert!(short.ends_with("? help q quit"), "{short}");
}

/// A new book at `path` with one client, Acme (tier A), added today.
fn book_with_acme(path: &std::path::Path) -> (Book, touchbase::domain::Client) {
    let mut book = Book::open(path, Access::CreateIfMissing).expect("book");
    let c = book
        .add_client(
            &touchbase::domain::NewClient::build(
                "Acme",
                touchbase::domain::Tier::A,
                None,
                touchbase::domain::Status::Active,
            )
            .expect("client"),
            clock().today,
        )
        .expect("add");
    (book, c)
}

/// The agenda with closed touches too groups them as Done and Cancelled.
#[test]
fn the_agenda_groups_closed_touches() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    {
        let (mut book, c) = book_with_acme(&path);
        for (due, purpose) in [
            ("2026-11-20", "Done one"),
            ("2026-11-21", "Cancelled one"),
            ("2026-11-30", "Open one"),
        ] {
            book.plan(
                &c.id,
                &touchbase::domain::NewPlan {
                    due: NaiveDate::parse_from_str(due, "%Y-%m-%d").expect("due"),
                    purpose: purpose.into(),
                    kind: touchbase::domain::Kind::Call,
                },
            )
            .expect("plan");
        }
        let plans = book.open_plans(&c.id).expect("plans");
        book.cancel_plan(&plans[1].id).expect("cancel");
        book.log(
            &c.id,
            &touchbase::domain::NewInteraction {
                kind: touchbase::domain::Kind::Call,
                direction: touchbase::domain::Direction::Outbound,
                at: touchbase::dates::When::from_stored("2026-11-20").expect("at"),
                contact: None,
                summary: "called".into(),
                details: String::new(),
            },
            None,
        )
        .expect("log");
    }
    let (mut app, mut perf) = open(&path);
    keys(&mut app, &mut perf, &[c('A'), c('a')]);
    let screen = draw(&app, 80, 24);
    let at = |s: &str| {
        screen
            .find(s)
            .unwrap_or_else(|| panic!("{s} missing:\n{screen}"))
    };
    assert!(at("Done") < at("Done one"), "{screen}");
    assert!(at("Cancelled") < at("Cancelled one"), "{screen}");
    assert!(at("This week") < at("Open one"), "{screen}");
    // With colours, closed touches are dimmed; open ones are not.
    app.theme = Theme { color: true };
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    terminal.draw(|f| widgets::render(&app, f)).expect("draw");
    let buf = terminal.backend().buffer();
    let dim_row = |needle: &str| -> bool {
        (0..24u16).any(|y| {
            let line: String = (0..80u16)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect();
            line.contains(needle) && buf[(2, y)].fg == ratatui::style::Color::DarkGray
        })
    };
    assert!(dim_row("Done one") && dim_row("Cancelled one"));
    assert!(!dim_row("Open one"));
}

/// An offered value ("now") is drawn dim, like a hint, until something is
/// typed in its place.
#[test]
fn an_offered_value_is_drawn_dim_until_typed_over() {
    let (_dir, copy) = demo_copy("offered");
    let (mut app, mut perf) = open(&copy);
    app.theme = Theme { color: true };
    let dim_at = |app: &App, needle: &str| -> bool {
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
        terminal.draw(|f| widgets::render(app, f)).expect("draw");
        let buf = terminal.backend().buffer();
        let y = (0..30u16)
            .find(|&y| {
                (0..100u16)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
                    .contains(needle)
            })
            .unwrap_or_else(|| panic!("{needle} is shown"));
        let line: Vec<String> = (0..100u16)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        let x = (0..100usize)
            .find(|&x| line[x..].concat().starts_with(needle))
            .expect("found");
        buf[(x as u16, y)].fg == ratatui::style::Color::DarkGray
    };
    keys(
        &mut app,
        &mut perf,
        &[c('n'), k(KeyCode::Up), k(KeyCode::Up)],
    );
    assert!(
        dim_at(&app, "now  →"),
        "the offered moment reads as offered"
    );
    keys(&mut app, &mut perf, &text("yesterday 15:00"));
    assert!(
        !dim_at(&app, "yesterday 15:00"),
        "what was typed is not dim"
    );
}

/// The search marks what matched (bold without colours) and nothing else.
#[test]
fn search_marks_the_matched_text() {
    let (_dir, copy) = demo_copy("marks");
    let (mut app, mut perf) = open(&copy);
    keys(
        &mut app,
        &mut perf,
        &[vec![c('s')], text("продлен")].concat(),
    );
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    terminal.draw(|f| widgets::render(&app, f)).expect("draw");
    let buf = terminal.backend().buffer();
    let bold = |x: u16, y: u16| {
        buf[(x, y)]
            .modifier
            .contains(ratatui::style::Modifier::BOLD)
    };
    let mut checked = 0;
    for y in 3..40u16 {
        let row: Vec<String> = (0..120u16)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        let line = row.concat();
        if let Some(byte) = line.find("Обсудили продление") {
            let x = line[..byte].chars().count() as u16;
            assert!(!bold(x, y), "Обсудили is not a match");
            assert!(bold(x + 9, y), "продлен is marked");
            assert!(bold(x + 15, y) && !bold(x + 16, y), "up to its last letter");
            checked += 1;
        }
    }
    assert!(checked > 0, "no hit row found");
}

/// The card: a complaint older than two weeks is marked overdue (bold), a
/// fresh one is not; every unpaid invoice counts, overdue first, and the
/// last row says how many more there are.
#[test]
fn the_card_marks_old_complaints_and_counts_every_unpaid_invoice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    {
        let (mut book, c) = book_with_acme(&path);
        for (days, summary) in [(20, "Old complaint"), (14, "Fortnight complaint")] {
            book.add_complaint(
                &c.id,
                &touchbase::domain::NewComplaint {
                    at: touchbase::dates::When::day(clock().today - chrono::Days::new(days)),
                    contact: None,
                    department: "logistics".into(),
                    severity: touchbase::domain::Severity::Normal,
                    summary: summary.into(),
                    via: None,
                },
            )
            .expect("complaint");
        }
        for (n, due) in ["2026-12-20", "2026-11-20", "2026-12-10", "2026-12-30"]
            .iter()
            .enumerate()
        {
            book.add_invoice(
                &c.id,
                &touchbase::domain::NewInvoice {
                    number: format!("N-{n}"),
                    amount_minor: 10_000,
                    currency: "RUB".into(),
                    issued_on: NaiveDate::from_ymd_opt(2026, 11, 1).expect("date"),
                    due_on: NaiveDate::parse_from_str(due, "%Y-%m-%d").expect("due"),
                },
            )
            .expect("invoice");
        }
    }
    let (app, _perf) = open(&path);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    terminal.draw(|f| widgets::render(&app, f)).expect("draw");
    let buf = terminal.backend().buffer().clone();
    let row_of = |needle: &str| -> (u16, u16) {
        for y in 0..40u16 {
            let line: String = (0..120u16)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect();
            if let Some(b) = line.find(needle) {
                return (line[..b].chars().count() as u16, y);
            }
        }
        panic!("{needle} is not on the card");
    };
    let bold = |(x, y): (u16, u16)| {
        buf[(x, y)]
            .modifier
            .contains(ratatui::style::Modifier::BOLD)
    };
    assert!(bold(row_of("Old complaint")), "20 days: overdue");
    assert!(!bold(row_of("Fortnight complaint")), "14 days: not yet");
    let overdue = row_of("overdue 100 RUB");
    let first_unpaid = row_of("unpaid 100 RUB · due 10.12");
    assert!(overdue.1 < first_unpaid.1, "overdue first");
    let (_, third) = row_of("due 20.12");
    let line: String = (0..120u16)
        .map(|x| buf[(x, third)].symbol().to_string())
        .collect();
    assert!(line.contains("+1 more"), "{line}");
    let (_, second) = first_unpaid;
    let line: String = (0..120u16)
        .map(|x| buf[(x, second)].symbol().to_string())
        .collect();
    assert!(!line.contains("more"), "{line}");
    // Three unpaid invoices fit: no "+0 more".
    {
        let mut book = Book::open(&path, Access::Existing).expect("book");
        book.invoice_paid("N-3", clock().today).expect("paid");
    }
    let (app, _perf) = open(&path);
    let screen = draw(&app, 120, 40);
    assert!(
        screen.contains("due 20.12") && !screen.contains("more"),
        "{screen}"
    );
}

/// The card grows by a line for the manager before a handover, so nothing
/// below it (contacts, the first line of the notes) is cut off.
#[test]
fn the_card_makes_room_for_the_previous_manager() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    {
        let (mut book, c) = book_with_acme(&path);
        for name in ["Anna", "Boris", "Vera"] {
            book.add_contact(
                &c.id,
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
        book.edit_client(
            &c.id,
            &touchbase::domain::ClientPatch {
                notes: Some("Key account since 2019".into()),
                ..Default::default()
            },
        )
        .expect("notes");
        drop(book);
        rusqlite::Connection::open(&path)
            .expect("raw")
            .execute_batch(&format!(
                "INSERT INTO handovers (id, at, kind, from_manager, to_manager) VALUES ('h1', '2026-11-01T10:00:00Z', 'accept', 'Мария Соколова', '');
                 INSERT INTO handover_clients VALUES ('h1', '{}');",
                c.id
            ))
            .expect("handover");
    }
    let (app, _perf) = open(&path);
    let screen = draw(&app, 120, 40);
    assert!(screen.contains("managed by Мария Соколова"), "{screen}");
    assert!(
        screen.contains("Vera") && screen.contains("Key account since 2019"),
        "{screen}"
    );
}

screen!(filter_just_started, [c('/')]);
screen!(
    filter_kept,
    [vec![c('/')], text("ооо"), vec![k(KeyCode::Enter)]].concat()
);

/// A complaint is red from its fifteenth day, or sooner when an escalation
/// is past its "by when"; a resolved one is dim.
#[test]
fn complaints_turn_red_after_fourteen_days_or_a_late_escalation() {
    use ratatui::style::Color;
    use touchbase::domain::{NewComplaint, Severity};
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    let (mut book, acme) = book_with_acme(&path);
    let today = clock().today;
    let day = |n: u64| touchbase::dates::When {
        date: today - chrono::Days::new(n),
        time: None,
    };
    let mut add = |n: u64, summary: &str| {
        book.add_complaint(
            &acme.id,
            &NewComplaint {
                at: day(n),
                contact: None,
                department: "логистика".into(),
                severity: Severity::Normal,
                summary: summary.into(),
                via: None,
            },
        )
        .expect("complaint")
    };
    add(14, "fourteen days");
    add(15, "fifteen days");
    let late = add(3, "escalated, late");
    let resolved = add(40, "resolved long ago");
    book.escalate_complaint_by(
        &late.id,
        "Склад",
        "",
        day(3),
        Some(today - chrono::Days::new(1)),
    )
    .expect("escalate");
    book.resolve_complaint(&resolved.id, "done", day(1))
        .expect("resolve");
    drop(book);
    let (mut app, mut perf) = open(&path);
    app.theme = Theme { color: true };
    keys(&mut app, &mut perf, &[c('C'), c('a')]);
    let mut terminal = Terminal::new(TestBackend::new(100, 12)).expect("terminal");
    terminal.draw(|f| widgets::render(&app, f)).expect("draw");
    let buf = terminal.backend().buffer().clone();
    let row_of = |needle: &str| -> u16 {
        (0..12)
            .find(|&y| {
                (0..100)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
                    .contains(needle)
            })
            .unwrap_or_else(|| panic!("{needle} on screen"))
    };
    // The age column starts the row; its colour is the row's verdict.
    let colour = |needle: &str| buf[(14, row_of(needle))].fg;
    assert_eq!(colour("fourteen days"), Color::Reset);
    assert_eq!(colour("fifteen days"), Color::Red);
    assert_eq!(colour("3d escalated"), Color::Red);
    assert_eq!(colour("resolved long ago"), Color::DarkGray);
}

/// The card draws the touches sparkline only where it leaves room for the
/// facts beside it: not at a card 32 cells wide inside, yes at 33.
#[test]
fn the_sparkline_needs_room_beside_the_facts() {
    let (_dir, demo) = demo_copy("spark");
    let (app, _perf) = open(&demo);
    let has_spark = |w: u16| {
        let screen = draw(&app, w, 24);
        let card_top = screen.lines().nth(1).expect("row").to_string();
        card_top.chars().any(|ch| ('▁'..='█').contains(&ch))
    };
    // Below 75 columns the client list keeps 30: the card is w - 32 inside.
    assert!(!has_spark(64), "32 cells inside: no room");
    assert!(has_spark(65), "33 cells inside: drawn");
}
screen!(
    timeline_plan_selected,
    [k(KeyCode::Tab), k(KeyCode::Tab), c('g')]
);

/// The status line keeps the name and date while they fit (from 120 columns
/// with a message, or whenever the whole line fits), and gives them up first.
#[test]
fn the_status_line_gives_up_the_name_and_date_first() {
    let (_dir, demo) = demo_copy("status");
    let (mut app, _perf) = open(&demo);
    let status = |app: &App, w: u16| -> String {
        draw(app, w, 12)
            .lines()
            .nth(10)
            .expect("status line")
            .to_string()
    };
    let full =
        " touchbase · Мария Соколова · book.sqlite · 40 clients · 14 untouched · 27.11.2026 · en ";
    let width = touchbase::text::width(full) as u16;
    assert!(status(&app, width).contains("touchbase ·"), "fits exactly");
    assert!(
        !status(&app, width - 1).contains("touchbase ·"),
        "one column short"
    );
    app.message = Some(("saved".into(), false));
    assert!(status(&app, 120).contains("touchbase ·"));
    let narrow = status(&app, 119);
    assert!(!narrow.contains("touchbase ·"), "{narrow}");
    assert!(narrow.contains("14 untouched │ saved"), "{narrow}");
    // The message takes the rest of the line, never more.
    // The message takes the rest of the line, never more: cut with "…"
    // one column before the edge.
    app.message = Some(("x".repeat(300), false));
    let line = status(&app, 100);
    let line = line.trim_matches('"');
    assert_eq!(touchbase::text::width(line), 100);
    assert!(line.ends_with("xx… "), "{line}");
    // What is being counted takes its room before the message.
    app.counting = vec![
        touchbase::tui::worker::Slot::Report,
        touchbase::tui::worker::Slot::Today,
    ];
    let line = status(&app, 100);
    let line = line.trim_matches('"');
    assert!(line.ends_with("xx… "), "{line}");
    assert!(
        line.contains("ranking Today… xx"),
        "counting, then the message: {line}"
    );
    assert_eq!(touchbase::text::width(line), 100);
}

/// Fifty hits (what the search asks for) are "the first 50", fewer are counted.
#[test]
fn the_search_title_says_when_there_may_be_more() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    let (mut book, acme) = book_with_acme(&path);
    for n in 0..touchbase::tui::app::SEARCH_HITS {
        book.log(
            &acme.id,
            &touchbase::domain::NewInteraction {
                kind: touchbase::domain::Kind::Call,
                direction: touchbase::domain::Direction::Outbound,
                at: touchbase::dates::When::day(clock().today - chrono::Days::new(n as u64 + 1)),
                contact: None,
                summary: format!("Обсудили поставку {n}"),
                details: String::new(),
            },
            None,
        )
        .expect("log");
    }
    drop(book);
    let (mut app, mut perf) = open(&path);
    keys(
        &mut app,
        &mut perf,
        &[vec![c('s')], text("поставк")].concat(),
    );
    assert!(draw(&app, 120, 30).contains("the first 50 hits"));
    keys(&mut app, &mut perf, &text(" 7"));
    let screen = draw(&app, 120, 30);
    assert!(screen.contains("Search the book · 5 hits"), "{screen}");
}

/// A long money list scrolls inside its frame: the bottom border stays.
#[test]
fn a_long_money_list_stays_inside_its_frame() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("book.sqlite");
    let (mut book, acme) = book_with_acme(&path);
    for n in 0..30 {
        book.add_invoice(
            &acme.id,
            &touchbase::domain::NewInvoice {
                number: format!("INV-{n:03}"),
                amount_minor: 100_000,
                currency: "RUB".into(),
                issued_on: clock().today,
                due_on: clock().today + chrono::Days::new(n),
            },
        )
        .expect("invoice");
    }
    drop(book);
    let (mut app, mut perf) = open(&path);
    keys(&mut app, &mut perf, &[c('M')]);
    let screen = draw(&app, 80, 12);
    let lines: Vec<&str> = screen.lines().collect();
    // The whole bottom border, not only its corner: no list row drawn over it.
    assert!(lines[9].starts_with("\"┗━━━━━━━━━━"), "{screen}");
    assert!(
        lines[9].trim_end_matches('"').ends_with("━━━━━━━━━━┛"),
        "{screen}"
    );
    assert!(
        lines[8].contains("INV-"),
        "the list fills the frame: {screen}"
    );
    assert!(lines[1].contains("Owed: 30,000 RUB"), "{screen}");
}
