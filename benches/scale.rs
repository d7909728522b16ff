//! Scale benchmark: the queries behind every screen and command, every key
//! of every view, and the CLI's read commands (the real binary, first 50
//! rows), each timed on a book of 1,000 clients and on one of 50,000
//! clients with 2,000,000 entries, with the ratio of the two: the cost
//! should grow with what is shown, not with the book. Run:
//! `cargo bench --bench scale`.
//!
//! `TOUCHBASE_BENCH_BOOK` picks the large file (default
//! `target/bench-book.sqlite`), `TOUCHBASE_BENCH_SMALL` the small one
//! (default `target/bench-book-1k.sqlite`); each is generated once when
//! missing. `TOUCHBASE_BENCH_CLIENTS` / `TOUCHBASE_BENCH_INTERACTIONS` change
//! the size of a newly generated large book. The write rows add a few
//! entries to one client of each book a run. `TOUCHBASE_BENCH_ONLY=text`
//! times only the rows whose name holds the text (a change's own rows,
//! in a minute instead of ten).

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use touchbase::book::{Access, Book, ClientSort};
use touchbase::dates::When;
use touchbase::domain::{Direction, Kind, NewInteraction};
use touchbase::tui::action::Action;
use touchbase::tui::app::App;
use touchbase::tui::form::Clock;
use touchbase::tui::perform::Performer;
use touchbase::tui::theme::Theme;
use touchbase::tui::{dispatch, keymap, widgets};

/// One timed thing: its median, and its worst run where that matters (keys).
struct Figure {
    what: String,
    median: Duration,
    worst: Option<Duration>,
}

#[derive(Default)]
struct Figures(Vec<Figure>);

/// Whether a row is timed this run (`TOUCHBASE_BENCH_ONLY`).
fn wanted(what: &str) -> bool {
    std::env::var("TOUCHBASE_BENCH_ONLY").map_or(true, |only| what.contains(&only))
}

impl Figures {
    fn once(&mut self, what: &str, d: Duration) {
        if !wanted(what) {
            return;
        }
        self.0.push(Figure {
            what: what.into(),
            median: d,
            worst: None,
        });
    }
    fn median(&mut self, what: &str, runs: usize, mut f: impl FnMut()) {
        if !wanted(what) {
            return;
        }
        let mut times: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect();
        times.sort();
        self.0.push(Figure {
            what: what.into(),
            median: times[runs / 2],
            worst: None,
        });
    }
}

fn env_u64(key: &str, default: u64) -> u64 {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn book_at(var: &str, default: &str, clients: u64, entries: u64, today: NaiveDate) -> PathBuf {
    let path = std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(default));
    if !path.exists() {
        eprintln!(
            "generating {clients} clients and {entries} entries at {} (once; the large one takes a few minutes)",
            path.display()
        );
        let t = Instant::now();
        Book::generate(&path, clients, entries, 1, today).expect("generate");
        eprintln!("generated in {:.0?}", t.elapsed());
    }
    path
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    let small = book_at(
        "TOUCHBASE_BENCH_SMALL",
        "target/bench-book-1k.sqlite",
        1_000,
        40_000,
        today,
    );
    let large = book_at(
        "TOUCHBASE_BENCH_BOOK",
        "target/bench-book.sqlite",
        env_u64("TOUCHBASE_BENCH_CLIENTS", 50_000),
        env_u64("TOUCHBASE_BENCH_INTERACTIONS", 2_000_000),
        today,
    );
    if wanted("import") {
        import_ten_thousand_rows(today);
    }
    let mut runs = Vec::new();
    for path in [&small, &large] {
        let mut f = Figures::default();
        let described = queries(path, today, &mut f);
        ui(path, today, &mut f);
        cli(path, &mut f);
        runs.push((described, f));
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    for (described, _) in &runs {
        println!("{described}");
    }
    println!(
        "{:<46} {:>11} {:>11} {:>7}",
        "what (median ms; keys: worst in brackets)", "small", "large", "ratio"
    );
    let (a, b) = (&runs[0].1.0, &runs[1].1.0);
    for y in b {
        let Some(x) = a.iter().find(|x| x.what == y.what) else {
            continue;
        };
        let cell = |f: &Figure| match f.worst {
            Some(w) => format!("{:.2} ({:.0})", ms(f.median), ms(w)),
            None => format!("{:.2}", ms(f.median)),
        };
        println!(
            "{:<46} {:>11} {:>11} {:>6.1}×",
            y.what,
            cell(x),
            cell(y),
            ms(y.median) / ms(x.median).max(0.001)
        );
    }
}

/// The book's queries, as the screens and commands ask them; returns a line
/// describing the book.
fn queries(path: &Path, today: NaiveDate, f: &mut Figures) -> String {
    // A book from an older version is migrated by the first open, once.
    drop(Book::open(path, Access::Existing).expect("open"));
    let t = Instant::now();
    let mut book = Book::open(path, Access::Existing).expect("open");
    f.once("open the book (checks, pragmas)", t.elapsed());
    let (clients, untouched) = book.counts(today).expect("counts");
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let described = format!(
        "book: {} ({clients} clients, {untouched} untouched, {:.0} MiB)",
        path.display(),
        size as f64 / 1048576.0
    );

    let busy = book.untouched(today, 0, 1).expect("untouched")[0]
        .client
        .clone();
    let name = busy.name.clone();
    f.median("untouched, first 50", 15, || {
        drop(book.untouched(today, 0, 50).expect("q"))
    });
    f.median("status counts (clients, untouched)", 15, || {
        let _ = book.counts(today).expect("q");
    });
    f.median("client show (find by name, card, 10 entries)", 15, || {
        let c = book.find_client(&name).expect("find");
        book.contacts(&c.id).expect("contacts");
        book.open_plans(&c.id).expect("plans");
        book.timeline(&c.id, None, 10).expect("timeline");
    });
    // A part of the name without its legal form: a prefix scan, then a substring scan.
    let part = name
        .split_once(' ')
        .map(|(_, rest)| rest.to_lowercase())
        .unwrap_or(name.clone());
    f.median("find client by a part of the name", 15, || {
        drop(book.find_client(&part))
    });
    f.median("timeline, first page of 50", 15, || {
        drop(book.timeline(&busy.id, None, 50).expect("q"))
    });
    for q in [
        "продлен",
        "Quarterly review",
        "скидка",
        "#1999999",
        "ёлка",
        "ро",
    ] {
        f.median(&format!("search '{q}', 20 hits"), 9, || {
            drop(book.search(q, 20).expect("q"))
        });
    }
    for sort in [ClientSort::Urgency, ClientSort::Name, ClientSort::LastTouch] {
        f.median(
            &format!(
                "client list page of 40, by {}",
                touchbase::i18n::tr_in(touchbase::i18n::Lang::En, sort.message_id())
            ),
            9,
            || drop(book.clients_page("", sort, today, 0, 40).expect("q")),
        );
    }
    f.median("client list filtered 'ром', page of 40", 9, || {
        drop(
            book.clients_page("ром", ClientSort::Urgency, today, 0, 40)
                .expect("q"),
        )
    });
    f.median("agenda, next 30 days, first 50", 9, || {
        drop(book.agenda(today, 30, false, 50).expect("q"))
    });
    f.median("complaints, open, first 50", 9, || {
        drop(book.complaints_first(true, None, 50).expect("q"))
    });
    f.median("overdue invoices, first 50", 9, || {
        drop(book.invoices_first(true, today, None, 50).expect("q"))
    });
    for days in [30, 365] {
        f.median(&format!("report, last {days} days"), 3, || {
            drop(
                book.report(today - chrono::Days::new(days - 1), today)
                    .expect("q"),
            )
        });
    }
    f.median("today, ranked (first 200 rows, last said)", 3, || {
        drop(book.today_list(today, Some(200), true).expect("q"))
    });
    f.median("rules check (every breach now)", 3, || {
        drop(book.rule_breaches(today, true).expect("q"))
    });
    f.median("rules broken in the last 30 days", 3, || {
        drop(
            book.rules_broken(today - chrono::Days::new(29), today)
                .expect("q"),
        )
    });
    let entry = NewInteraction {
        kind: Kind::Call,
        direction: Direction::Outbound,
        at: When::from_stored(&format!("{today} 10:00")).expect("moment"),
        contact: None,
        summary: "Benchmark call".into(),
        details: String::new(),
    };
    f.median("log an entry (one write transaction)", 9, || {
        drop(book.log(&busy.id, &entry, None).expect("log"))
    });
    described
}

/// The terminal UI at this scale, with the worker thread as the real UI has
/// it: from opening the book to the first frame, and from a key press to
/// the next frame (update, perform, render on a 120×40 test terminal; the
/// real terminal adds only the diff it writes). Work handed to the worker
/// is not waited for by the key; the frame that shows its answer counts as
/// a frame of its own, and how long the answer took is a row of its own.
fn ui(path: &Path, today: NaiveDate, f: &mut Figures) {
    let clock = Clock { today, now: None };
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let t = Instant::now();
    let book = Book::open(path, Access::Existing).expect("open");
    let mut app = App::new(clock, "bench".into(), Theme { color: true });
    let mut perf = Performer::with_worker(book);
    dispatch(&mut app, &mut perf, Action::Reload);
    terminal.draw(|f| widgets::render(&app, f)).expect("draw");
    f.once("UI: open the book to the first frame", t.elapsed());

    let mut press = |f: &mut Figures, label: &str, keys: &[KeyEvent], runs: usize| {
        let mut times = Vec::new();
        let mut answered = Vec::new();
        for _ in 0..runs {
            for key in keys {
                let t = Instant::now();
                if let Some(a) = keymap::resolve(app.context(), *key) {
                    dispatch(&mut app, &mut perf, a);
                }
                terminal.draw(|f| widgets::render(&app, f)).expect("draw");
                times.push(t.elapsed());
                // The worker's answer, as the event loop takes it in.
                while perf.busy() {
                    for a in perf.answers(Some(Duration::from_secs(30))) {
                        let t2 = Instant::now();
                        dispatch(&mut app, &mut perf, a);
                        let counting = perf.counting();
                        dispatch(&mut app, &mut perf, Action::Counting(counting));
                        terminal.draw(|f| widgets::render(&app, f)).expect("draw");
                        times.push(t2.elapsed());
                    }
                    answered.push(t.elapsed());
                }
            }
        }
        times.sort();
        f.0.push(Figure {
            what: format!("UI key: {label}"),
            median: times[times.len() / 2],
            worst: times.last().copied(),
        });
        if !answered.is_empty() {
            answered.sort();
            f.0.push(Figure {
                what: format!(
                    "UI: worker's answer after {}",
                    label.split(',').next().unwrap_or(label)
                ),
                median: answered[answered.len() / 2],
                worst: answered.last().copied(),
            });
        }
    };
    use KeyCode::{Char, Enter, Esc, PageDown, Tab};
    // What is pressed, the keys in turn, and how many times the turn.
    let presses: &[(&str, &[KeyCode], usize)] = &[
        ("j in the client list (loads the card)", &[Char('j')], 200),
        ("PgDn in the client list", &[PageDown], 60),
        ("G, g: the list's end and top", &[Char('G'), Char('g')], 5),
        ("o cycles the list's order", &[Char('o')], 6),
        ("Tab between panes", &[Tab], 30),
        ("j in the timeline", &[Tab, Tab, Char('j'), Tab], 20),
        ("Enter opens an entry, Esc", &[Tab, Tab, Enter, Esc, Tab], 5),
        ("j in the untouched panel", &[Char('j')], 50),
        (
            "typing a filter letter",
            &[Char('/'), Char('т'), Char('р'), Esc],
            5,
        ),
        (
            "typing in search",
            &[Char('s'), Char('с'), Char('к'), Char('и'), Esc],
            5,
        ),
        ("C opens the complaints view, Esc", &[Char('C'), Esc], 5),
        ("M opens the money view, Esc", &[Char('M'), Esc], 5),
        ("A opens the agenda, Esc", &[Char('A'), Esc], 5),
        ("T opens Today, j, Esc", &[Char('T'), Char('j'), Esc], 3),
        ("R opens the reports view, Esc", &[Char('R'), Esc], 3),
        ("P opens the client's contacts, Esc", &[Char('P'), Esc], 5),
        ("? opens the help, Esc", &[Char('?'), Esc], 5),
        (
            "c opens the new client form, typing in it",
            &[Char('c'), Char('О'), Char('О'), Esc, Char('y')],
            5,
        ),
        (
            "n opens the log form, typing in it",
            &[Char('n'), Char('x'), Esc, Char('y')],
            10,
        ),
    ];
    for (label, codes, runs) in presses {
        if !wanted(&format!("UI key: {label}")) {
            continue;
        }
        let keys: Vec<KeyEvent> = codes
            .iter()
            .map(|c| KeyEvent::new(*c, KeyModifiers::NONE))
            .collect();
        press(f, label, &keys, *runs);
    }
}

/// The CLI's read commands through the real binary, first 50 rows each
/// (process start and the book's checks included, as a script sees them).
fn cli(path: &Path, f: &mut Figures) {
    let book = Book::open(path, Access::Existing).expect("open");
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    let name = book.untouched(today, 0, 1).expect("untouched")[0]
        .client
        .name
        .clone();
    drop(book);
    let commands: [(&str, Vec<&str>); 8] = [
        ("untouched", vec!["untouched"]),
        ("client show", vec!["client", "show", &name]),
        ("timeline", vec!["timeline", &name]),
        ("search скидка", vec!["search", "скидка"]),
        ("agenda", vec!["agenda"]),
        ("complaint list --open", vec!["complaint", "list", "--open"]),
        (
            "invoice list --overdue",
            vec!["invoice", "list", "--overdue"],
        ),
        ("client list", vec!["client", "list"]),
    ];
    for (label, args) in commands {
        f.median(&format!("CLI: {label} --limit 50"), 9, || {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_touchbase"))
                .args(&args)
                .args(["--limit", "50", "--today", "2026-11-27", "--lang", "en"])
                .env("TOUCHBASE_DB", path)
                .output()
                .expect("run");
            assert!(
                out.status.success(),
                "{label}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        });
    }
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
    eprintln!(
        "import 10,000 rows of CSV into a new book: {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
}
