//! touchbase: a keyboard-driven terminal CRM over one SQLite file.
//!
//! - `domain`: clients, contacts, timeline entries, planned touches; checked `New*` values.
//! - `dates`: the date forms people type.
//! - `text`: case folding, cleaning saved text, terminal-safe display, widths.
//! - `book`: the SQLite file and all SQL (one module per aggregate under `book/`).
//! - `cli`: the command line, one small function per subcommand.
//! - `files`: files that hold client data, created owner-only whatever the umask.
//! - `dossier`: the Markdown a handover carries (index, one dossier per client, README).
//! - `tui`: the terminal UI (keymap → Action → update → Effect → perform; pure views).

pub mod book;
pub mod cli;
pub mod dates;
pub mod domain;
pub mod dossier;
pub mod files;
pub mod i18n;
pub mod import;
pub mod text;
pub mod tui;
