//! End to end: the real binary in a real terminal (tmux). Log a call through
//! the form, quit, and find it with `touchbase timeline`.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Each test run has its own tmux server (its own socket, no user config),
/// so nobody's tmux setup or sessions can change what the test sees.
fn socket() -> String {
    format!("touchbase-e2e-{}", std::process::id())
}

fn tmux(args: &[&str]) -> String {
    let out = Command::new("tmux")
        .args(["-L", &socket(), "-f", "/dev/null"])
        .args(args)
        .output()
        .expect("tmux is installed (.ci/run installs it)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn screen(session: &str) -> String {
    tmux(&["capture-pane", "-p", "-t", session])
}

fn wait_for(session: &str, what: &str) -> String {
    let start = Instant::now();
    loop {
        let s = screen(session);
        if s.contains(what) {
            return s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "'{what}' never appeared; the screen was:\n{s}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn touchbase(db: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_touchbase"))
        .env("TOUCHBASE_LANG", "en")
        .arg("--db")
        .arg(db)
        .args(["--today", "2026-11-27"])
        .args(args)
        .output()
        .expect("run touchbase");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn log_a_call_through_the_form_in_a_real_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("book.sqlite");
    touchbase(&db, &["client", "add", "ООО Ромашка", "--tier", "A"]);
    touchbase(&db, &["contact", "add", "ромашка", "Анна Фёдорова"]);
    let session = format!("touchbase-e2e-{}", std::process::id());
    let cmd = format!(
        "env LANG=C.UTF-8 TOUCHBASE_LANG=en {} --db '{}' --today 2026-11-27",
        env!("CARGO_BIN_EXE_touchbase"),
        db.display()
    );
    tmux(&[
        "-u",
        "new-session",
        "-d",
        "-s",
        &session,
        "-x",
        "100",
        "-y",
        "30",
        &cmd,
    ]);
    let guard = Kill(session.clone());

    // The first screen is Today: a new A client needs a next step (the
    // company's rule). Esc: the main screen.
    wait_for(&session, "Today, Fri 27 Nov 2026");
    wait_for(&session, "no next step planned");
    tmux(&["send-keys", "-t", &session, "Escape"]);
    wait_for(&session, "ООО Ромашка");
    wait_for(&session, "Who hasn't been touched");
    // On the Russian layout: т is the key of n.
    tmux(&["send-keys", "-t", &session, "-l", "т"]);
    wait_for(&session, "Log an interaction");
    tmux(&["send-keys", "-t", &session, "-l", "Звонок из терминала"]);
    wait_for(&session, "Звонок из терминала");
    // Up to the contact field, pick the first contact by its letter.
    tmux(&["send-keys", "-t", &session, "Up"]);
    tmux(&["send-keys", "-t", &session, "-l", "А"]);
    wait_for(&session, "◂ Анна Фёдорова ▸");
    tmux(&["send-keys", "-t", &session, "C-s"]);
    wait_for(&session, "logged call");

    // A change from another terminal shows up without a key press.
    touchbase(
        &db,
        &[
            "log",
            "ромашка",
            "--kind",
            "email",
            "--summary",
            "Письмо из другого терминала",
        ],
    );
    wait_for(&session, "Письмо из другого терминала");

    // й is the key of q.
    tmux(&["send-keys", "-t", &session, "-l", "й"]);
    let start = Instant::now();
    while tmux(&["list-sessions"]).contains(&session) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "touchbase did not quit"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    drop(guard);

    let timeline = touchbase(&db, &["timeline", "ромашка", "--json"]);
    let entries: serde_json::Value = serde_json::from_str(&timeline).expect("json");
    let call = entries
        .as_array()
        .expect("array")
        .iter()
        .find(|e| e["kind"] == "call")
        .expect("the call was saved");
    assert_eq!(call["summary"], "Звонок из терминала");
    assert!(
        call["at"].as_str().expect("at").starts_with("2026-11-27"),
        "the form's default date is --today: {call}"
    );
    assert_eq!(call["contact"], "Анна Фёдорова");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names.len(), 1, "only the book is left: {names:?}");
}

/// Ends the tmux session even when the test fails.
struct Kill(String);

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = tmux(&["kill-session", "-t", &self.0]);
        let _ = tmux(&["kill-server"]);
    }
}
