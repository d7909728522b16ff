//! The `touchbase` binary: parse the command line, dispatch, and print errors
//! for people (one line on stderr; exit 2 for bad input, 1 for other failures).

use clap::FromArgMatches;
use std::process::ExitCode;
use touchbase::book::BookError;
use touchbase::cli::{self, Cli, Context};
use touchbase::domain::InputError;

fn main() -> ExitCode {
    // The language first, so that `--help` and clap's messages use it.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = touchbase::i18n::Lang::detect(cli::help::lang_flag(&args).as_deref(), |k| {
        std::env::var(k).ok()
    });
    touchbase::i18n::set(lang);
    let matches = match cli::help::command(lang).try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(e) => cli::parse_errors::exit(e, lang),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => cli::parse_errors::exit(e, lang),
    };
    let result = Context::from_cli(&cli).and_then(|cx| match &cli.command {
        Some(command) => cli::run(command, &cx),
        None => touchbase::tui::run(&cx, cli.demo),
    });
    // Output that could not be printed: a closed pipe ends quietly, as Unix
    // tools do; any other failure says so, and says whether the book changed.
    let printed = cli::out::finish();
    let saved = touchbase::book::COMMITTED.load(std::sync::atomic::Ordering::SeqCst);
    match (result, printed) {
        (Ok(()), Ok(())) => ExitCode::SUCCESS,
        (Ok(()), Err(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        (Ok(()), Err(e)) => {
            if saved {
                eprintln!(
                    "touchbase: {}",
                    touchbase::t!("cli-saved-print-failed", error = e.to_string())
                );
            } else {
                eprintln!(
                    "touchbase: {}",
                    touchbase::t!("cli-print-failed", error = e.to_string())
                );
            }
            ExitCode::FAILURE
        }
        (Err(e), _) => {
            let e_text = touchbase::text::display_safe(&e.to_string());
            if saved {
                // The write is in the book: a retry would write it twice.
                eprintln!(
                    "touchbase: {}",
                    touchbase::t!("cli-saved-but", error = e_text)
                );
            } else {
                eprintln!("touchbase: {e_text}");
            }
            let usage = e.downcast_ref::<InputError>().is_some()
                || e.downcast_ref::<BookError>()
                    .is_some_and(BookError::is_usage);
            ExitCode::from(if usage { 2 } else { 1 })
        }
    }
}
