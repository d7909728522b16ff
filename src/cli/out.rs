//! Standard output of the command line. A closed pipe (`touchbase search x |
//! head -1`) or a full disk (`> /dev/full`) never panics: the first error is
//! kept, later lines are skipped, and `main` reports it once at the end.

use std::fmt;
use std::io::{self, Write};
use std::sync::Mutex;

static FAILED: Mutex<Option<io::Error>> = Mutex::new(None);

/// Write one line (what `say!` expands to).
pub fn line(args: fmt::Arguments) {
    write(args, true);
}

/// Write text without adding a line end.
pub fn text(args: fmt::Arguments) {
    write(args, false);
}

fn write(args: fmt::Arguments, newline: bool) {
    let mut failed = FAILED.lock().unwrap_or_else(|e| e.into_inner());
    if failed.is_some() {
        return;
    }
    let mut out = io::stdout().lock();
    let result = out.write_fmt(args).and_then(|()| {
        if newline {
            out.write_all(b"\n")
        } else {
            Ok(())
        }
    });
    if let Err(e) = result {
        *failed = Some(e);
    }
}

/// Write bytes as they are (an exported file), with the same care.
pub fn bytes(data: &[u8]) {
    let mut failed = FAILED.lock().unwrap_or_else(|e| e.into_inner());
    if failed.is_some() {
        return;
    }
    if let Err(e) = io::stdout().lock().write_all(data) {
        *failed = Some(e);
    }
}

/// Flush what is left and hand back the first error, if printing failed.
pub fn finish() -> io::Result<()> {
    let mut failed = FAILED.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(e) = failed.take() {
        return Err(e);
    }
    io::stdout().lock().flush()
}
