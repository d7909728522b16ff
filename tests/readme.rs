//! The README stays true: every key of every screen is documented, and so is
//! every subcommand (both lists come from the code, not from this file).

use clap::CommandFactory;
use touchbase::tui::keymap::BINDINGS;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md")
}

const BEGIN: &str = "<!-- keys: generated from src/tui/keymap.rs; UPDATE_README=1 cargo test --test readme rewrites it -->\n";
const END: &str = "<!-- keys end -->";

/// The README's key tables are the keymap's own: any key added, removed or
/// reworded in the table fails here until the README says the same.
#[test]
fn the_readme_key_tables_are_the_keymap() {
    let text = readme();
    let generated = touchbase::tui::keymap::markdown();
    let (Some(b), Some(e)) = (text.find(BEGIN), text.find(END)) else {
        panic!("README lacks the generated key section markers");
    };
    let current = &text[b + BEGIN.len()..e];
    if current != generated && std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{}{}", &text[..b + BEGIN.len()], generated, &text[e..]);
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"), updated)
            .expect("write README");
        return;
    }
    assert_eq!(current, generated, "README keys differ from the keymap");
    for b in BINDINGS {
        assert!(current.contains(&b.help()), "{}", b.help());
    }
}

/// Every command path, such as "client add" or "handover accept".
fn command_paths(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
    // Hidden commands are for the shell completions, not for people.
    for sub in cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help" && !s.is_hide_set())
    {
        let path = format!("{prefix}{}", sub.get_name()).trim().to_string();
        if sub.has_subcommands() {
            command_paths(sub, &format!("{path} "), out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn every_command_is_in_the_readme() {
    let text = readme();
    let mut paths = Vec::new();
    command_paths(&touchbase::cli::Cli::command(), "", &mut paths);
    assert!(paths.len() > 20, "{paths:?}");
    let missing: Vec<&String> = paths
        .iter()
        .filter(|p| !text.contains(&format!("touchbase {p}")))
        .collect();
    assert!(missing.is_empty(), "README does not document: {missing:?}");
    assert!(text.contains("--demo"));
}

/// The schema described in this README is the one every handover carries,
/// and it names every table and view the migrations make.
#[test]
fn the_schema_section_is_the_handover_readme_and_names_every_table() {
    let text = readme();
    let schema = include_str!("../assets/schema.md");
    assert!(
        text.contains(schema),
        "README's schema section differs from assets/schema.md"
    );
    assert!(touchbase::dossier::README_EN.ends_with(schema));
    let schema_ru = include_str!("../assets/schema.ru.md");
    assert!(touchbase::dossier::README_RU.ends_with(schema_ru));
    let conn = rusqlite::Connection::open_in_memory().expect("memory");
    for sql in touchbase::book::schema::MIGRATIONS {
        conn.execute_batch(sql).expect("migration");
    }
    let mut stmt = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
             AND name NOT LIKE 'search_%'",
        )
        .expect("names");
    let names: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect();
    for name in names {
        assert!(
            schema.contains(&format!("`{name}`")),
            "assets/schema.md does not describe {name}"
        );
        assert!(
            schema_ru.contains(&format!("`{name}`")),
            "assets/schema.ru.md does not describe {name}"
        );
    }
}
