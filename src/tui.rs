//! The terminal UI: terminal setup and restore, and the loop
//! key → `keymap::resolve` → `Action` → `App::update` → `Effect` → `perform`.
//! The screen is drawn from the `App` alone (`widgets::render`).

pub mod action;
pub mod app;
pub mod form;
pub mod keymap;
pub mod perform;
pub mod theme;
pub mod widgets;
pub mod worker;

use crate::book::{Access, Book};
use crate::cli::Context as CliContext;
use action::Action;
use app::App;
use crossterm::event::{self, Event, KeyEventKind};
use form::Clock;
use perform::Performer;
use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// How often the book is checked for changes made by other programs.
const EXTERNAL_CHECK: Duration = Duration::from_millis(1000);

/// How often the loop looks for the worker's answer while one is awaited.
const WORKER_LOOK: Duration = Duration::from_millis(15);

/// How long a key's frame waits for the search it asked the worker for: a
/// quick answer (most searches) is drawn with the key, without a "searching…" between; a
/// slow one leaves the frame within its 16 ms.
const ANSWER_GRACE: Duration = Duration::from_millis(8);

/// Feed an action through update and perform until nothing is left to do.
pub fn dispatch(app: &mut App, performer: &mut Performer, action: Action) {
    let mut queue = VecDeque::from([action]);
    while let Some(a) = queue.pop_front() {
        if let Some(effect) = app.update(a) {
            queue.extend(performer.perform(effect, app.clock.today));
        }
    }
}

/// Open the book (or a throwaway demo) and run the UI until the user quits.
pub fn run(cx: &CliContext, demo: bool) -> anyhow::Result<()> {
    // Checked before the book is touched: without a terminal nothing is created.
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        anyhow::bail!(crate::t!("tui-needs-terminal"));
    }
    let clock = Clock {
        today: cx.today,
        now: cx.now,
    };
    // The demo lives in a temporary folder removed on exit.
    let demo_dir = if demo {
        Some(tempfile::tempdir()?)
    } else {
        None
    };
    let path = match &demo_dir {
        Some(dir) => {
            let p = dir.path().join("demo.sqlite");
            Book::write_demo(&p, cx.today)?;
            p
        }
        None => cx.db.clone(),
    };
    let book = Book::open(&path, Access::CreateIfMissing)?;
    // The status line has room for the file name; the creation message names the full path.
    let name = if demo {
        crate::t!("demo-book-name")
    } else {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string())
    };
    let mut app = App::new(clock, name, theme::Theme::from_env());
    if let Some(note) = book.creation_note() {
        app.message = Some((note, false));
    }
    // Today and the report are counted off the UI thread.
    let mut performer = Performer::with_worker(book);
    dispatch(&mut app, &mut performer, Action::Reload);
    // The morning starts with what to do: Today is the first screen; Esc
    // shows the client list, the timeline and who hasn't been touched.
    dispatch(&mut app, &mut performer, Action::ShowToday);

    // ratatui::init installs a panic hook that restores the terminal first.
    let mut terminal = match ratatui::try_init() {
        Ok(t) => t,
        Err(e) => {
            ratatui::restore();
            return Err(e.into());
        }
    };
    // `--today` fixes the date (tests, demos); otherwise the clock is read
    // at every event, so a form opened at 14:20 says 14:20 and a UI left
    // open past midnight moves to the new day.
    let live_clock = cx.now.is_some();
    let result = event_loop(&mut terminal, &mut app, &mut performer, live_clock);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    performer: &mut Performer,
    live_clock: bool,
) -> anyhow::Result<()> {
    let mut last_check = Instant::now();
    let mut keyed = false;
    while !app.quit {
        // Only a search is waited for: keys pressed while Today or the
        // report is counted are drawn at once.
        if std::mem::take(&mut keyed) && performer.counting().contains(&worker::Slot::Search) {
            for answer in performer.answers(Some(ANSWER_GRACE)) {
                dispatch(app, performer, answer);
            }
        }
        // What the worker counted replaces what was shown; "counting…" goes
        // when nothing wanted is left.
        for answer in performer.answers(None) {
            dispatch(app, performer, answer);
        }
        let counting = performer.counting();
        if app.counting != counting {
            dispatch(app, performer, Action::Counting(counting));
        }
        terminal.draw(|frame| widgets::render(app, frame))?;
        let mut wait = EXTERNAL_CHECK.saturating_sub(last_check.elapsed());
        if performer.busy() {
            // Look for the answer often, and still answer every key at once.
            wait = wait.min(WORKER_LOOK);
        }
        let ready = event::poll(wait)?;
        if live_clock {
            dispatch(app, performer, Action::ClockRead(Clock::local()));
        }
        if ready {
            keyed = true;
            match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    if let Some(action) = keymap::resolve(app.context(), key) {
                        dispatch(app, performer, action);
                    }
                }
                Event::Paste(text) => {
                    for ch in text.chars().filter(|c| !c.is_control()) {
                        let key = crossterm::event::KeyEvent::new(
                            crossterm::event::KeyCode::Char(ch),
                            crossterm::event::KeyModifiers::NONE,
                        );
                        if matches!(
                            app.context(),
                            keymap::Context::Form
                                | keymap::Context::Filter
                                | keymap::Context::Search
                        ) {
                            dispatch(app, performer, Action::Input(key));
                        }
                    }
                }
                _ => {}
            }
        }
        if last_check.elapsed() >= EXTERNAL_CHECK {
            last_check = Instant::now();
            dispatch(app, performer, Action::Tick);
        }
    }
    Ok(())
}
