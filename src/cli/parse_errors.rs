//! clap's own messages about a command line it cannot read ("unexpected
//! argument", "required arguments were not provided"), in the reader's
//! language: Russian words from the catalog through a formatter of our own,
//! English as clap writes it. In both, what it repeats of the command line
//! passes the text gate, and the hidden helper commands the shell completion
//! calls (`__client-names`) are never offered as a suggestion.

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, Error, ErrorFormatter, ErrorKind};

use crate::i18n::Lang;
use crate::t;
use crate::text::display_safe;

/// Print the error as the reader of `lang` reads it and exit, with clap's
/// exit code and stream (help asked for goes to standard output, as clap
/// prints it).
pub fn exit(mut error: Error, lang: Lang) -> ! {
    gate(&mut error);
    let own_text = !matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    match lang {
        Lang::Ru if own_text => error.apply::<Russian>().exit(),
        _ => error.exit(),
    }
}

/// What clap repeats of the command line passes the text gate (an escape
/// sequence in a pasted value cleared the screen), and its suggestions
/// leave out the commands `--help` does not list.
fn gate(error: &mut Error) {
    let kinds = [
        ContextKind::InvalidArg,
        ContextKind::InvalidValue,
        ContextKind::InvalidSubcommand,
        ContextKind::PriorArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ];
    for kind in kinds {
        let safe = match error.get(kind) {
            Some(ContextValue::String(s)) => ContextValue::String(display_safe(s)),
            Some(ContextValue::Strings(v)) => ContextValue::Strings(
                v.iter()
                    .filter(|n| kind != ContextKind::SuggestedSubcommand || !n.starts_with("__"))
                    .map(|s| display_safe(s))
                    .collect(),
            ),
            _ => continue,
        };
        error.insert(kind, safe);
    }
}

/// The catalog's Russian words for what clap found wrong.
pub struct Russian;

impl ErrorFormatter for Russian {
    fn format_error(error: &Error<Self>) -> StyledStr {
        StyledStr::from(russian_text(error))
    }
}

fn one(error: &Error<Russian>, kind: ContextKind) -> String {
    match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn many(error: &Error<Russian>, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn quoted(v: &[String]) -> String {
    v.iter()
        .map(|s| format!("«{s}»"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn russian_text(error: &Error<Russian>) -> String {
    let arg = one(error, ContextKind::InvalidArg);
    let value = one(error, ContextKind::InvalidValue);
    let mut text = match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => t!("clap-value-required", arg = arg),
        ErrorKind::InvalidValue => {
            let mut s = t!("clap-invalid-value", value = value, arg = arg);
            let valid = many(error, ContextKind::ValidValue);
            if !valid.is_empty() {
                s.push_str(&format!(
                    "\n  [{}]",
                    t!("clap-possible-values", values = valid.join(", "))
                ));
            }
            s
        }
        ErrorKind::ValueValidation => {
            let mut s = t!("clap-invalid-value", value = value, arg = arg);
            // std's number parser explains in English: said here in words.
            if let Some(source) = std::error::Error::source(error)
                && source.downcast_ref::<std::num::ParseIntError>().is_some()
            {
                s.push_str(&format!(": {}", t!("clap-whole-number")));
            }
            s
        }
        ErrorKind::UnknownArgument => t!("clap-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => t!(
            "clap-unknown-command",
            command = one(error, ContextKind::InvalidSubcommand)
        ),
        ErrorKind::NoEquals => t!("clap-no-equals", arg = arg),
        ErrorKind::TooManyValues => t!("clap-too-many-values", value = value, arg = arg),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            t!("clap-wrong-number-of-values", arg = arg)
        }
        ErrorKind::ArgumentConflict => {
            let prior = many(error, ContextKind::PriorArg);
            if prior.contains(&arg) {
                t!("clap-argument-repeated", arg = arg)
            } else {
                t!("clap-argument-conflict", arg = arg, other = quoted(&prior))
            }
        }
        ErrorKind::MissingRequiredArgument => format!(
            "{}\n  {}",
            t!("clap-missing-arguments"),
            many(error, ContextKind::InvalidArg).join("\n  ")
        ),
        ErrorKind::MissingSubcommand => t!(
            "clap-missing-command",
            command = one(error, ContextKind::InvalidSubcommand),
            commands = many(error, ContextKind::ValidSubcommand).join(", ")
        ),
        ErrorKind::InvalidUtf8 => t!("clap-not-utf8"),
        _ => error
            .kind()
            .as_str()
            .map_or_else(|| t!("clap-not-understood"), str::to_string),
    };
    let mut tips = Vec::new();
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        let similar = many(error, kind);
        if !similar.is_empty() {
            tips.push(t!("clap-did-you-mean", similar = quoted(&similar)));
        }
    }
    if !tips.is_empty() {
        text.push_str("\n\n  ");
        text.push_str(&tips.join("\n  "));
    }
    let usage = one(error, ContextKind::Usage);
    let usage = usage.trim();
    let mut out = format!("{}: {text}", t!("clap-error"));
    if !usage.is_empty() {
        let usage = usage.strip_prefix("Usage:").map_or_else(
            || usage.to_string(),
            |rest| format!("{}{rest}", t!("clap-usage")),
        );
        out.push_str(&format!("\n\n{usage}"));
    }
    out.push_str(&format!("\n\n{}\n", t!("clap-more-help")));
    out
}
