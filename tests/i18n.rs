//! The two catalogs say the same things: a message in one and not the other,
//! or a message the code asks for that neither has, fails here.

use std::collections::BTreeSet;

fn ids(path: &str) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .expect("catalog")
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
        .collect()
}

fn sources(dir: &std::path::Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).expect("dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(std::fs::read_to_string(&p).expect("source"));
        }
    }
}

#[test]
fn both_catalogs_have_every_message() {
    let en = ids("locales/en/main.ftl");
    let ru = ids("locales/ru/main.ftl");
    let only_en: Vec<_> = en.difference(&ru).collect();
    let only_ru: Vec<_> = ru.difference(&en).collect();
    assert!(only_en.is_empty(), "only in English: {only_en:?}");
    assert!(only_ru.is_empty(), "only in Russian: {only_ru:?}");
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let en = ids("locales/en/main.ftl");
    let mut files = Vec::new();
    sources(std::path::Path::new("src"), &mut files);
    let mut missing = BTreeSet::new();
    for text in &files {
        for marker in ["t!(\"", "tr(\"", "tr_in(lang, \""] {
            let mut from = 0;
            while let Some(at) = text[from..].find(marker) {
                let start = from + at;
                from = start + marker.len();
                // `format!(` ends in `t!(` too: only a whole word counts.
                let before = text[..start].chars().next_back().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' {
                    continue;
                }
                let key = text[from..].split('"').next().unwrap_or_default();
                if !key.is_empty() && !en.contains(key) {
                    missing.insert(key.to_string());
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "asked for but in no catalog: {missing:?}"
    );
}

/// Every message is used: its id is in the code as written, or it is one of
/// the families the code builds ids for (each tested where it is built:
/// keys and footers from the keymap, contexts, form fields, words of the
/// book, report names and sections, agenda groups, `--help`, month and
/// weekday names, the names of records in errors, search hits' kinds).
#[test]
fn no_message_is_left_unused() {
    let en = ids("locales/en/main.ftl");
    let mut files = Vec::new();
    sources(std::path::Path::new("src"), &mut files);
    let code = files.join("\n");
    // A message may be a part of others (`{schema-kind}`): used there.
    let catalog = std::fs::read_to_string("locales/en/main.ftl").expect("catalog");
    let built = [
        "key-",
        "foot-",
        "ctx-",
        "field-",
        "word-",
        "report-",
        "agenda-",
        "help-",
        "hint-",
        "mon-",
        "month-",
        "wd-",
        "thing-",
        "things-",
        "hit-",
        "rule-",
        "checklist-",
    ];
    let unused: Vec<&String> = en
        .iter()
        .filter(|id| !built.iter().any(|p| id.starts_with(p)))
        .filter(|id| !code.contains(&format!("\"{id}\"")))
        .filter(|id| !catalog.contains(&format!("{{{id}}}")))
        .collect();
    assert!(unused.is_empty(), "in the catalogs, never used: {unused:?}");
}

/// What a field accepts is said in the reader's language: every
/// `InputError::new` takes its third argument from the catalogs (or from
/// words the user types, such as record names), never an English literal or
/// `format!`
/// ("валюта: «рубли» не подходит; a three-letter code…" was what a Russian
/// manager read).
#[test]
fn what_a_field_accepts_comes_from_the_catalogs() {
    let mut files = Vec::new();
    sources(std::path::Path::new("src"), &mut files);
    let mut literal = Vec::new();
    let mut seen = 0;
    for src in &files {
        for (at, _) in src.match_indices("InputError::new(") {
            // The call's arguments, up to its closing parenthesis.
            let rest = &src[at + "InputError::new(".len()..];
            let (mut depth, mut in_str, mut args, mut cur) = (1, false, Vec::new(), String::new());
            let mut prev = ' ';
            for c in rest.chars() {
                if c == '"' && prev != '\\' {
                    in_str = !in_str;
                }
                if !in_str {
                    match c {
                        '(' | '[' | '{' => depth += 1,
                        ')' | ']' | '}' => depth -= 1,
                        ',' if depth == 1 => {
                            args.push(std::mem::take(&mut cur));
                            prev = c;
                            continue;
                        }
                        _ => {}
                    }
                    if depth == 0 {
                        break;
                    }
                }
                cur.push(c);
                prev = c;
            }
            args.push(cur);
            if args.len() < 3 {
                continue; // the definition itself
            }
            seen += 1;
            let accepted = args[2].trim();
            if accepted.starts_with('"') || accepted.starts_with("format!(") {
                literal.push(args[2].trim().to_string());
            }
        }
    }
    assert!(seen > 50, "{seen} calls found");
    assert!(literal.is_empty(), "English literals: {literal:#?}");
}
