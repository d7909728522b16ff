//! `--help` in the reader's language. English comes from the doc comments
//! (clap derive); Russian from `locales/ru/help.ftl`, one message a command
//! (`help-<path>`) and one an option or argument (`help-<path>--<id>`), laid
//! over the same command tree. A test keeps the catalog whole and free of
//! stale ids.

use super::Cli;
use crate::i18n::{Lang, has, tr_in};
use clap::{Command, CommandFactory};

/// The command line as people of `lang` read it.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    match lang {
        Lang::En => cmd,
        Lang::Ru => localise(cmd, "touchbase", true),
    }
}

/// Every help text id the tree has, with the English text it stands for.
pub fn ids() -> Vec<(String, String)> {
    let mut out = Vec::new();
    collect(&Cli::command(), "touchbase", &mut out);
    out
}

fn collect(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
    if let Some(about) = cmd.get_about() {
        out.push((format!("help-{path}"), about.to_string()));
    }
    for a in cmd.get_arguments() {
        // Global options are described once, at the top.
        if a.is_global_set() && path != "touchbase" {
            continue;
        }
        if let Some(h) = a.get_help() {
            out.push((format!("help-{path}--{}", a.get_id()), h.to_string()));
        }
    }
    for s in cmd.get_subcommands() {
        collect(s, &format!("{path}-{}", s.get_name()), out);
    }
}

/// A Russian help text with the default and the choices clap knows, when
/// the text does not say them already.
fn with_choices(a: &clap::Arg, mut h: String) -> String {
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && !values.iter().all(|v| h.contains(v.as_str())) {
        h.push_str(&format!(
            " [{}: {}]",
            tr_in(Lang::Ru, "help-choices"),
            values.join(", ")
        ));
    }
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .filter_map(|v| v.to_str())
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect();
    let default = tr_in(Lang::Ru, "help-default");
    if !defaults.is_empty() && !h.contains(default.as_str()) && !a.is_hide_default_value_set() {
        h.push_str(&format!(" [{default}: {}]", defaults.join(", ")));
    }
    h
}

fn ru(id: &str) -> Option<String> {
    has(Lang::Ru, id).then(|| tr_in(Lang::Ru, id))
}

fn localise(mut cmd: Command, path: &str, top: bool) -> Command {
    if let Some(about) = ru(&format!("help-{path}")) {
        cmd = cmd.about(about).long_about(None);
    }
    if top && let Some(after) = ru("help-after") {
        cmd = cmd.after_help(after);
    }
    let heading = tr_in(Lang::Ru, "help-heading-options");
    let arguments = tr_in(Lang::Ru, "help-heading-arguments");
    let global_path = "touchbase";
    cmd = cmd
        .subcommand_help_heading(tr_in(Lang::Ru, "help-heading-commands"))
        .help_template(tr_in(Lang::Ru, "help-template"))
        .mut_args(|a| {
            let owner = if a.is_global_set() { global_path } else { path };
            let a = match ru(&format!("help-{owner}--{}", a.get_id())) {
                Some(h) => {
                    let h = with_choices(&a, h);
                    a.help(h)
                }
                None => a,
            };
            // clap's own "[default: …]" and "[possible values: …]" are
            // English: said in Russian by `with_choices` instead.
            let a = if a.get_action().takes_values() {
                a.hide_default_value(true).hide_possible_values(true)
            } else {
                a
            };
            if a.is_positional() {
                a.help_heading(arguments.clone())
            } else {
                a.help_heading(heading.clone())
            }
        })
        .disable_help_subcommand(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help(tr_in(Lang::Ru, "help-flag"))
                .help_heading(heading.clone()),
        )
        .disable_help_flag(true);
    if top {
        cmd = cmd.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(tr_in(Lang::Ru, "help-version"))
                .help_heading(heading),
        );
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for s in subs {
        let sub_path = format!("{path}-{s}");
        cmd = cmd.mut_subcommand(&s, |sc| localise(sc, &sub_path, false));
    }
    cmd
}

/// The language asked for on the command line (`--lang ru`, `--lang=en`)
/// before it is parsed, so that `--help` is already in it.
pub fn lang_flag(args: &[std::ffi::OsString]) -> Option<String> {
    let mut it = args.iter().skip(1).filter_map(|a| a.to_str());
    let mut found = None;
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            found = it.next().map(str::to_string);
        } else if let Some(v) = a.strip_prefix("--lang=") {
            found = Some(v.to_string());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and option has its Russian text, and the catalog holds
    /// nothing the command line no longer has.
    #[test]
    fn every_help_text_has_its_russian() {
        let ids: Vec<String> = ids().into_iter().map(|(id, _)| id).collect();
        let missing: Vec<&String> = ids.iter().filter(|id| !has(Lang::Ru, id)).collect();
        assert!(missing.is_empty(), "locales/ru/help.ftl lacks {missing:?}");
        let catalog = std::fs::read_to_string("locales/ru/help.ftl").expect("help.ftl");
        let fixed = [
            "help-template",
            "help-heading-options",
            "help-heading-arguments",
            "help-choices",
            "help-default",
            "help-heading-commands",
            "help-flag",
            "help-version",
            "help-after",
        ];
        for line in catalog.lines() {
            if let Some((id, _)) = line.split_once(" = ")
                && id.starts_with("help-")
            {
                assert!(
                    ids.iter().any(|i| i == id) || fixed.contains(&id),
                    "{id} in locales/ru/help.ftl is not a command or option"
                );
            }
        }
    }

    #[test]
    fn russian_help_reads_russian() {
        // clap's own checks of the whole tree, as a debug build runs them.
        command(Lang::Ru).debug_assert();
        let mut cmd = command(Lang::Ru);
        let top = cmd.render_help().to_string();
        assert!(top.contains("Использование:"), "{top}");
        assert!(
            top.contains("Команды:") && top.contains("Параметры:"),
            "{top}"
        );
        assert!(top.contains("Показать справку"), "{top}");
        let log = cmd
            .find_subcommand_mut("log")
            .expect("log")
            .render_help()
            .to_string();
        assert!(log.contains("Одна строка: что произошло"), "{log}");
        assert!(!log.contains("Print help"), "{log}");
    }

    #[test]
    fn the_language_flag_is_found_before_parsing() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_flag(&args(&["tb", "--lang", "ru", "log"])),
            Some("ru".into())
        );
        assert_eq!(
            lang_flag(&args(&["tb", "log", "--lang=en"])),
            Some("en".into())
        );
        assert_eq!(lang_flag(&args(&["tb", "log", "--", "--lang", "ru"])), None);
    }
}
