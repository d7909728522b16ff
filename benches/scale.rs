//! Scale benchmark: opens (or first generates) a book of 50,000 clients and
//! 2,000,000 entries and prints the median time of the queries behind every
//! screen and command. Run: `cargo bench --bench scale`.
//!
//! `TOUCHBASE_BENCH_BOOK` picks the file (default `target/bench-book.sqlite`);
//! `TOUCHBASE_BENCH_CLIENTS` / `TOUCHBASE_BENCH_INTERACTIONS` change the size
//! of a newly generated book.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use touchbase::book::{Access, Book, ClientSort};
use touchbase::tui::action::Action;
use touchbase::tui::app::App;
use touchbase::tui::form::Clock;
use touchbase::tui::perform::Performer;
use touchbase::tui::theme::Theme;
use touchbase::tui::{dispatch, keymap, widgets};

fn env_u64(key: &str, default: u64) -> u64 {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut f: impl FnMut(), runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    let path = std::env::var_os("TOUCHBASE_BENCH_BOOK")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-book.sqlite")
        });
    if !path.exists() {
        let (c, i) = (
            env_u64("TOUCHBASE_BENCH_CLIENTS", 50_000),
            env_u64("TOUCHBASE_BENCH_INTERACTIONS", 2_000_000),
        );
        eprintln!(
            "generating {c} clients and {i} entries at {} (once; takes a few minutes)",
            path.display()
        );
        let t = Instant::now();
        Book::generate(&path, c, i, 1, today).expect("generate");
        eprintln!("generated in {:.0?}", t.elapsed());
    }
    import_ten_thousand_rows(today);
    let t = Instant::now();
    let book = Book::open(&path, Access::Existing).expect("open");
    let open = t.elapsed();
    let (clients, untouched) = book.counts(today).expect("counts");
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "book: {} ({clients} clients, {untouched} untouched, {:.0} MiB)",
        path.display(),
        size as f64 / 1048576.0
    );
    println!("{:<44} {:>10}", "what", "median");
    let row = |what: &str, d: Duration| println!("{what:<44} {:>7.2} ms", d.as_secs_f64() * 1000.0);
    row("open the book (checks, pragmas)", open);

    let busy = book.untouched(today, 0, 1).expect("untouched")[0]
        .client
        .clone();
    let name = busy.name.clone();
    row(
        "untouched, first 50",
        median(|| drop(book.untouched(today, 0, 50).expect("q")), 15),
    );
    row(
        "status counts (clients, untouched)",
        median(
            || {
                let _ = book.counts(today).expect("q");
            },
            15,
        ),
    );
    row(
        "client show (find by name, card, 10 entries)",
        median(
            || {
                let c = book.find_client(&name).expect("find");
                book.contacts(&c.id).expect("contacts");
                book.open_plans(&c.id).expect("plans");
                book.timeline(&c.id, None, 10).expect("timeline");
            },
            15,
        ),
    );
    // A part of the name without its legal form: a prefix scan, then a substring scan.
    let part = name
        .split_once(' ')
        .map(|(_, rest)| rest.to_lowercase())
        .unwrap_or(name.clone());
    row(
        "find client by a part of the name",
        median(|| drop(book.find_client(&part)), 15),
    );
    row(
        "timeline, first page of 50",
        median(|| drop(book.timeline(&busy.id, None, 50).expect("q")), 15),
    );
    for q in ["продлен", "Quarterly review", "скидка", "#1999999", "ёлка"] {
        row(
            &format!("search '{q}', 20 hits"),
            median(|| drop(book.search(q, 20).expect("q")), 9),
        );
    }
    for sort in [ClientSort::Urgency, ClientSort::Name, ClientSort::LastTouch] {
        row(
            &format!("client list page of 40, by {}", sort.label()),
            median(
                || drop(book.clients_page("", sort, today, 0, 40).expect("q")),
                9,
            ),
        );
    }
    row(
        "agenda, next 30 days",
        median(|| drop(book.agenda(today, 30, false, 500).expect("q")), 9),
    );
    row(
        "complaints, open, book-wide",
        median(|| drop(book.complaints(true, None).expect("q")), 9),
    );
    row(
        "overdue invoices, book-wide",
        median(|| drop(book.invoices(true, today, None).expect("q")), 9),
    );
    row(
        "report, last 30 days",
        median(
            || {
                drop(
                    book.report(today - chrono::Days::new(29), today)
                        .expect("q"),
                )
            },
            3,
        ),
    );
    row(
        "report, last 365 days",
        median(
            || {
                drop(
                    book.report(today - chrono::Days::new(364), today)
                        .expect("q"),
                )
            },
            3,
        ),
    );
    row(
        "today, ranked (first 200 rows, last said)",
        median(
            || drop(book.today_list(today, Some(200), true).expect("q")),
            3,
        ),
    );
    row(
        "rules check (every breach now)",
        median(|| drop(book.rule_breaches(today, true).expect("q")), 3),
    );
    row(
        "rules broken in the last 30 days",
        median(
            || {
                drop(
                    book.rules_broken(today - chrono::Days::new(29), today)
                        .expect("q"),
                )
            },
            3,
        ),
    );
    row(
        "client list filtered 'ром', page of 40",
        median(
            || {
                drop(
                    book.clients_page("ром", ClientSort::Urgency, today, 0, 40)
                        .expect("q"),
                )
            },
            9,
        ),
    );

    drop(book);
    ui(&path, today);
}

/// The terminal UI at this scale: from opening the book to the first frame,
/// and from a key press to the next frame (update, perform, render on a
/// 120×40 test terminal; the real terminal adds only the diff it writes).
fn ui(path: &std::path::Path, today: NaiveDate) {
    let clock = Clock { today, now: None };
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let t = Instant::now();
    let book = Book::open(path, Access::Existing).expect("open");
    let mut app = App::new(clock, "bench".into(), Theme { color: true });
    let mut perf = Performer::new(book);
    dispatch(&mut app, &mut perf, Action::Reload);
    terminal.draw(|f| widgets::render(&app, f)).expect("draw");
    println!(
        "{:<44} {:>7.2} ms",
        "UI: open the book to the first frame",
        t.elapsed().as_secs_f64() * 1000.0
    );

    let mut press = |label: &str, keys: &[KeyEvent], runs: usize| {
        let mut times = Vec::new();
        for _ in 0..runs {
            for key in keys {
                let t = Instant::now();
                if let Some(a) = keymap::resolve(app.context(), *key) {
                    dispatch(&mut app, &mut perf, a);
                }
                terminal.draw(|f| widgets::render(&app, f)).expect("draw");
                times.push(t.elapsed());
            }
        }
        times.sort();
        let worst = times.last().copied().unwrap_or_default();
        println!(
            "{:<44} {:>7.2} ms  (worst {:.2} ms)",
            format!("UI key: {label}"),
            times[times.len() / 2].as_secs_f64() * 1000.0,
            worst.as_secs_f64() * 1000.0
        );
    };
    let k = |c: KeyCode| KeyEvent::new(c, KeyModifiers::NONE);
    press(
        "j in the client list (loads the card)",
        &[k(KeyCode::Char('j'))],
        200,
    );
    press("PgDn in the client list", &[k(KeyCode::PageDown)], 60);
    press("Tab between panes", &[k(KeyCode::Tab)], 30);
    press(
        "j in the timeline",
        &[
            k(KeyCode::Tab),
            k(KeyCode::Tab),
            k(KeyCode::Char('j')),
            k(KeyCode::Tab),
        ],
        20,
    );
    press("j in the untouched panel", &[k(KeyCode::Char('j'))], 50);
    press(
        "typing a filter letter",
        &[
            k(KeyCode::Char('/')),
            k(KeyCode::Char('т')),
            k(KeyCode::Char('р')),
            k(KeyCode::Esc),
        ],
        5,
    );
    press(
        "typing in search",
        &[
            k(KeyCode::Char('s')),
            k(KeyCode::Char('с')),
            k(KeyCode::Char('к')),
            k(KeyCode::Char('и')),
            k(KeyCode::Esc),
        ],
        5,
    );
    press(
        "C opens the complaints view, Esc",
        &[k(KeyCode::Char('C')), k(KeyCode::Esc)],
        5,
    );
    press(
        "A opens the agenda, Esc",
        &[k(KeyCode::Char('A')), k(KeyCode::Esc)],
        5,
    );
    press(
        "R opens the reports view, Esc",
        &[k(KeyCode::Char('R')), k(KeyCode::Esc)],
        3,
    );
    press(
        "n opens the log form, typing in it",
        &[
            k(KeyCode::Char('n')),
            k(KeyCode::Char('x')),
            k(KeyCode::Esc),
            k(KeyCode::Char('y')),
        ],
        10,
    );
}

/// `touchbase import` of a 10,000-row sheet (2,000 clients, 6,000 contacts,
/// 10,000 entries) into a new book: reading, checking and writing, in one
/// transaction, as the command does it.
fn import_ten_thousand_rows(today: NaiveDate) {
    use std::fmt::Write as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut text = String::from("Компания;Контакт;Телефон;Дата;Тема;Тип\n");
    for i in 0..10_000 {
        let _ = writeln!(
            text,
            "ООО «Клиент {}»;Иван {};+7 900 000-00-00;{}.{}.2025;Звонок номер {i};звонок",
            i % 2000,
            i % 3000,
            1 + i % 28,
            1 + i % 12
        );
    }
    let file = dir.path().join("sheet.csv");
    std::fs::write(&file, text).expect("write");
    let t = Instant::now();
    let sheet = touchbase::import::read(&file, None).expect("read");
    let fields = touchbase::import::recognise(&sheet.headers, &[]);
    let opts = touchbase::import::Options {
        today,
        currency: "RUB".into(),
        us_dates: false,
    };
    let (rows, bad) = touchbase::import::rows(&sheet, &fields, &opts);
    assert!(bad.is_empty());
    let mut book =
        Book::open(&dir.path().join("book.sqlite"), Access::CreateIfMissing).expect("book");
    let done = book
        .import(&rows, true, false, today, &mut |_| {})
        .expect("import");
    assert_eq!(done.entries, 10_000);
    println!(
        "{:<44} {:>7.2} ms",
        "import 10,000 rows of CSV into a new book",
        t.elapsed().as_secs_f64() * 1000.0
    );
}
