//! Scale benchmark: opens (or first generates) a book of 50,000 clients and
//! 2,000,000 entries and prints the median time of the queries behind every
//! screen and command. Run: `cargo bench --bench scale`.
//!
//! `TOUCHBASE_BENCH_BOOK` picks the file (default `target/bench-book.sqlite`);
//! `TOUCHBASE_BENCH_CLIENTS` / `TOUCHBASE_BENCH_INTERACTIONS` change the size
//! of a newly generated book.

use chrono::NaiveDate;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use touchbase::book::{Access, Book, ClientSort};

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
}
