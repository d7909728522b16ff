//! The `touchbase` binary: parse the command line, dispatch, and print errors
//! for people (one line on stderr; exit 2 for bad input, 1 for other failures).

use clap::Parser;
use std::process::ExitCode;
use touchbase::book::BookError;
use touchbase::cli::{self, Cli, Context};
use touchbase::domain::InputError;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = Context::from_cli(&cli).and_then(|cx| match &cli.command {
        Some(command) => cli::run(command, &cx),
        None => touchbase::tui::run(&cx, cli.demo),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "touchbase: {}",
                touchbase::text::display_safe(&e.to_string())
            );
            let usage = e.downcast_ref::<InputError>().is_some()
                || e.downcast_ref::<BookError>()
                    .is_some_and(BookError::is_usage);
            ExitCode::from(if usage { 2 } else { 1 })
        }
    }
}
