//! The head of sales' page: `report --books … --format html` read by a real
//! headless Chromium (Debian's package; `.ci/run` installs it). The page is
//! one self-contained file: no script, nothing fetched, every word from a
//! book escaped; the browser's DOM holds the table, and its screenshot holds
//! the bars.

use assert_cmd::Command;
use std::path::Path;

fn tb(db: &Path) -> Command {
    let mut c = Command::cargo_bin("touchbase").expect("binary");
    c.env("TOUCHBASE_DB", db)
        .env("NO_COLOR", "1")
        .env("TOUCHBASE_LANG", "ru")
        .args(["--today", "2026-11-27"]);
    c
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = tb(db)
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("utf-8")
}

/// Chromium headless with its own profile, as root needs it (no sandbox).
fn chromium(profile: &Path, args: &[&str]) -> std::process::Output {
    let out = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .expect("chromium: install Debian's chromium package (.ci/run does)");
    assert!(out.status.success(), "chromium failed: {out:?}");
    out
}

#[test]
fn the_html_report_is_one_safe_page_a_real_browser_draws() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (maria, oleg) = (
        dir.path().join("maria.sqlite"),
        dir.path().join("oleg.sqlite"),
    );
    ok(&maria, &["demo"]);
    std::fs::copy(&maria, &oleg).expect("copy");
    // A name with markup in it: the page must show it, not obey it.
    ok(&oleg, &["whoami", "--set", "Олег <b>Петров</b>"]);
    let before = std::fs::read(&oleg).expect("oleg");

    let html = ok(
        &maria,
        &[
            "report",
            "--books",
            maria.to_str().expect("path"),
            oleg.to_str().expect("path"),
            "--format",
            "html",
        ],
    );
    assert_eq!(
        std::fs::read(&oleg).expect("oleg"),
        before,
        "a book read is left as it was"
    );
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(
        html.contains("default-src 'none'"),
        "its own policy forbids fetching"
    );
    for never in [
        "<script",
        "src=",
        "http://",
        "https://",
        "@import",
        "<b>Петров",
    ] {
        assert!(!html.contains(never), "the page holds {never}");
    }
    assert!(html.contains("Олег &lt;b&gt;Петров&lt;/b&gt;"));
    assert!(html.contains("<html lang=\"ru\">"));

    let page = dir.path().join("report.html");
    std::fs::write(&page, &html).expect("page");
    let url = format!("file://{}", page.display());
    let profile = dir.path().join("profile");

    // What the browser understood: the compared table, a row a manager and
    // the total, the name as text, the rules broken in the period.
    let dom = chromium(&profile, &["--dump-dom", &url]);
    let dom = String::from_utf8_lossy(&dom.stdout);
    let compare = dom
        .split("<table class=\"compare\">")
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .expect("the compared table");
    assert_eq!(
        compare.matches("<tr").count(),
        4,
        "a head row, two managers, the total"
    );
    assert!(
        compare.contains("<tr class=\"total\"><td>ИТОГО</td><td>82</td>"),
        "{compare}"
    );
    assert!(
        dom.contains("Олег &lt;b&gt;Петров&lt;/b&gt;"),
        "the name stays text"
    );
    assert!(!dom.contains("<b>Петров</b>"));
    assert!(dom.contains("Нарушения правил за период"));
    assert_eq!(
        dom.matches("<svg").count(),
        5,
        "weekly, coverage, complaints, their time, receivables"
    );

    // What a person sees: the screenshot has the blue bars (touches per
    // week, coverage) and the green ones (receivables).
    let shot = dir.path().join("shot.png");
    chromium(
        &profile,
        &[
            "--window-size=1200,1800",
            &format!("--screenshot={}", shot.display()),
            &url,
        ],
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&shot).expect("screenshot"),
    ));
    let mut reader = decoder.read_info().expect("png");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("frame");
    assert_eq!((info.width, info.height), (1200, 1800));
    let step = info.color_type.samples();
    let count = |rgb: (u8, u8, u8)| {
        buf[..info.buffer_size()]
            .chunks(step)
            .filter(|p| {
                (p[0] as i32 - rgb.0 as i32).abs() < 6
                    && (p[1] as i32 - rgb.1 as i32).abs() < 6
                    && (p[2] as i32 - rgb.2 as i32).abs() < 6
            })
            .count()
    };
    let blue = count((0x1f, 0x6f, 0xb2));
    let green = count((0x3a, 0x9d, 0x5d));
    assert!(blue > 5_000, "blue bars: {blue} pixels");
    assert!(green > 2_000, "green bars: {green} pixels");
}
