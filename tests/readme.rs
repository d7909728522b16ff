//! The README stays true: every key of the main screen is documented, and so
//! is every subcommand.

use touchbase::tui::keymap::{BINDINGS, Context};

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md")
}

#[test]
fn every_main_key_is_in_the_readme() {
    let text = readme();
    for b in BINDINGS.iter().filter(|b| b.ctx == Context::Main) {
        let first = b.label.split('/').next().unwrap_or(b.label);
        assert!(
            text.contains(&format!("`{first}`")),
            "README does not list the key {first} ({})",
            b.help
        );
    }
}

#[test]
fn every_command_is_in_the_readme() {
    let text = readme();
    for cmd in [
        "client add",
        "client edit",
        "client list",
        "client show",
        "contact add",
        "touchbase log",
        "touchbase plan",
        "touchbase timeline",
        "touchbase untouched",
        "entry edit",
        "entry delete",
        "entry restore",
        "touchbase search",
        "touchbase check",
        "touchbase gen",
        "touchbase demo",
        "--demo",
    ] {
        assert!(text.contains(cmd), "README does not document {cmd}");
    }
}
