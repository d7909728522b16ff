//! The book: one SQLite file. Opening (with the checks that keep foreign and
//! newer files untouched), pragmas, migrations and write transactions live
//! here; each aggregate's SQL lives in a module under `book/`.

mod accept;
pub mod checklist;
mod clients;
mod commerce;
mod complaints;
mod contacts;
mod demo;
pub mod export;
mod generate;
mod handover;
mod import;
mod interactions;
mod plans;
mod report;
mod requests;
pub mod rules;
pub mod schema;
mod search;
pub mod today;
mod untouched;
mod urgency;
pub(crate) mod validate;
mod versions;

pub use accept::Accepted;
pub use clients::{ClientRow, ClientSort};
pub use complaints::ComplaintStep;
pub use generate::GenReport;
pub use handover::{ClientFile, HandoverNote};
pub use import::Imported;
pub use interactions::{RecordRef, TimelineCursor};
pub use plans::AgendaItem;
pub use report::{Report, RiskReason};
pub use search::Hit;
pub use untouched::Untouched;
pub use versions::RecordVersion;

use crate::domain::InputError;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// `PRAGMA application_id` of a touchbase book ("TOCH").
pub const APPLICATION_ID: u32 = 0x544F_4348;

/// Set once any write of this process has committed: a failure after that
/// point must not be reported as if nothing had been saved.
pub static COMMITTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// How long a write waits for another process holding the book.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// What can go wrong with a book; callers tell these apart.
#[derive(Debug, thiserror::Error)]
pub enum BookError {
    #[error("{}", crate::t!("err-no-book", path = .0.display().to_string()))]
    NoBook(PathBuf),
    #[error("{}", crate::t!("err-newer", path = path.display().to_string(), found = *found, supported = *supported))]
    Newer {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{}", crate::t!(message, path = path.display().to_string(), found = *found, current = schema::CURRENT))]
    Older {
        path: PathBuf,
        found: u32,
        /// The message saying what to do with it (`err-older-…`).
        message: &'static str,
    },
    #[error("{}", crate::t!("err-foreign", path = path.display().to_string(), reason = reason.as_str()))]
    Foreign { path: PathBuf, reason: String },
    #[error("{}", crate::t!("err-busy", seconds = BUSY_TIMEOUT.as_secs()))]
    Locked,
    #[error("{0}")]
    Invalid(#[from] InputError),
    /// A row of a file being imported that cannot be taken: where, and why
    /// (`file.csv:3: date: …`, as the rows that do not read are told).
    #[error("{}", at_line_text(file.as_deref(), *line, error))]
    AtLine {
        file: Option<String>,
        line: usize,
        error: InputError,
    },
    #[error("{}", crate::t!("err-not-found", what = crate::i18n::tr(&format!("thing-{}", what.replace(' ', "-"))), query = query.as_str()))]
    NotFound { what: &'static str, query: String },
    #[error("{}", crate::t!("err-no-contact", query = query.as_str(), known = known.as_str()))]
    NoContact { query: String, known: String },
    #[error("{}", crate::t!("err-ambiguous", query = query.as_str(), what = crate::i18n::tr(&format!("things-{}", what.replace(' ', "-"))), candidates = candidates.join(", ")))]
    Ambiguous {
        what: &'static str,
        query: String,
        candidates: Vec<String>,
    },
    #[error("{}", crate::t!("err-untrusted", path = path.display().to_string(), problems = problems.join("; ")))]
    Untrusted {
        path: PathBuf,
        problems: Vec<String>,
    },
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{}", crate::t!("err-corrupt", detail = .0.to_string()))]
    Corrupt(rusqlite::Error),
    /// A value in the book touchbase would not accept (written by another
    /// tool): named as a person would have been told when typing it.
    #[error("{}", crate::t!("err-stored-value", problem = .0.to_string()))]
    Stored(InputError),
    #[error("{}", crate::t!("err-database", detail = .0.to_string()))]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for BookError {
    fn from(e: rusqlite::Error) -> Self {
        if let rusqlite::Error::FromSqlConversionFailure(_, _, inner) = &e
            && let Some(bad) = inner.downcast_ref::<InputError>()
        {
            return BookError::Stored(bad.clone());
        }
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                BookError::Locked
            }
            Some(rusqlite::ErrorCode::DatabaseCorrupt) => BookError::Corrupt(e),
            _ => BookError::Sqlite(e),
        }
    }
}

impl BookError {
    /// Bad input or an unresolved name: the person can fix it (exit status 2).
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            BookError::Invalid(_)
                | BookError::AtLine { .. }
                | BookError::NotFound { .. }
                | BookError::NoContact { .. }
                | BookError::Ambiguous { .. }
        )
    }
}

/// `file.csv:3: message`, or `line 3: message` when the file is not known.
fn at_line_text(file: Option<&str>, line: usize, error: &InputError) -> String {
    match file {
        Some(f) => format!("{f}:{line}: {}", error.message()),
        None => crate::t!("err-at-line", line = line, problem = error.message()),
    }
}

pub type Result<T, E = BookError> = std::result::Result<T, E>;

/// Whether opening may create the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reading commands: a missing file is an error.
    Existing,
    /// Writing commands and the UI: a missing file becomes a new book.
    CreateIfMissing,
}

/// An open book. All SQL goes through this.
pub struct Book {
    conn: Connection,
    path: PathBuf,
    created: bool,
    adopted: bool,
}

/// The first 16 bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What the raw header of a file says, read before SQLite touches it.
pub(crate) enum Header {
    Empty,
    Book { version: u32 },
}

fn be32(b: &[u8]) -> u32 {
    u32::from_be_bytes([b[0], b[1], b[2], b[3]])
}

/// Read the first 100 bytes ourselves, so that a foreign, truncated or newer
/// file is refused before SQLite could write a single byte of it. The size is
/// only meaningful while no commit is in flight: `Book::open` calls this under
/// SQLite's shared lock; a received file is opened read-only and never written.
pub(crate) fn read_header(path: &Path) -> Result<Header> {
    let mut file = fs::File::open(path)?;
    let len = file.metadata()?.len();
    if len == 0 {
        return Ok(Header::Empty);
    }
    let foreign = |reason: &str| BookError::Foreign {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    };
    let mut head = [0u8; 100];
    if len < 100 || file.read_exact(&mut head).is_err() || &head[..16] != SQLITE_MAGIC {
        return Err(foreign(&crate::t!("err-reason-not-sqlite")));
    }
    let page_size = match u16::from_be_bytes([head[16], head[17]]) {
        1 => 65536u64,
        n if n >= 512 && n.is_power_of_two() => n as u64,
        _ => return Err(foreign(&crate::t!("err-reason-damaged-header"))),
    };
    let pages = be32(&head[28..32]) as u64;
    if pages > 0 && len < pages * page_size {
        return Err(foreign(&crate::t!("err-reason-truncated")));
    }
    let version = be32(&head[60..64]);
    let app = be32(&head[68..72]);
    if app != APPLICATION_ID {
        return Err(foreign(&crate::t!(
            "err-reason-other-program",
            app = format!("{app:#010x}")
        )));
    }
    if version > schema::CURRENT {
        return Err(BookError::Newer {
            path: path.to_path_buf(),
            found: version,
            supported: schema::CURRENT,
        });
    }
    Ok(Header::Book { version })
}

/// A book read but never written (a colleague's for a report, a received
/// one to accept) must be of exactly this version: an older one is upgraded
/// by opening it, which is not ours to do. `older` is the message that says
/// so and what to do then.
fn require_current(path: &Path, older: &'static str) -> Result<()> {
    match read_header(path)? {
        Header::Book { version } if version == schema::CURRENT => Ok(()),
        Header::Book { version } => Err(BookError::Older {
            path: path.to_path_buf(),
            found: version,
            message: older,
        }),
        Header::Empty => Err(BookError::Foreign {
            path: path.to_path_buf(),
            reason: crate::t!("err-empty-file"),
        }),
    }
}

/// `path` as SQLite must be given it to open that very file: SQLite (built
/// to read URIs) would take a relative name beginning `file:` for a URI
/// and open another file than the one `peek` and the header reading saw.
fn plain(path: &Path) -> PathBuf {
    if path.to_string_lossy().starts_with("file:") {
        Path::new(".").join(path)
    } else {
        path.to_path_buf()
    }
}

/// A URI that opens `path` read-only: the characters a URI gives a meaning
/// (`%` first, then `?` and `#`) are escaped, so a folder named `a%41b` or
/// `why?` is the folder it names.
pub(crate) fn read_only_uri(path: &Path) -> String {
    let escaped = path
        .to_string_lossy()
        .replace('%', "%25")
        .replace('?', "%3f")
        .replace('#', "%23");
    format!("file:{escaped}?mode=ro")
}

/// The hot journal SQLite would roll back before reading `path`.
fn journal_of(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push("-journal");
    PathBuf::from(name)
}

/// A file that is not SQLite at all is never handed to SQLite; an empty one
/// is (it becomes a book), and so is one beside a hot journal, which SQLite
/// rolls back first. Everything else (size, application id, version) is
/// judged later under SQLite's lock, where a commit in progress or an
/// interrupted one cannot fool us.
fn peek(path: &Path) -> Result<()> {
    let mut file = fs::File::open(path)?;
    let len = file.metadata()?.len();
    let hot = fs::metadata(journal_of(path)).is_ok_and(|m| m.len() > 0);
    let mut magic = [0u8; 16];
    if len != 0 && !hot && (file.read_exact(&mut magic).is_err() || &magic != SQLITE_MAGIC) {
        return Err(BookError::Foreign {
            path: path.to_path_buf(),
            reason: crate::t!("err-reason-not-sqlite"),
        });
    }
    Ok(())
}

/// Take SQLite's shared lock (waiting for a writer, rolling back a journal
/// left by a crash) and read the header while no commit can change it.
fn judge_under_lock(conn: &Connection, path: &Path) -> Result<Header> {
    conn.execute_batch("BEGIN DEFERRED")?;
    let header = match conn.pragma_query_value(None, "schema_version", |r| r.get::<_, i64>(0)) {
        Ok(_) => read_header(path).map_err(|e| recognise_dump(conn, path, e)),
        Err(e) => match BookError::from(e) {
            BookError::Locked => Err(BookError::Locked),
            // SQLite could not read it: our own look names the reason best.
            BookError::Sqlite(e) | BookError::Corrupt(e) => read_header(path).and_then(|_| {
                Err(BookError::Foreign {
                    path: path.to_path_buf(),
                    reason: crate::t!("err-reason-damaged", error = e.to_string()),
                })
            }),
            other => Err(other),
        },
    };
    // Ending a read cannot lose anything; the judgment is what matters.
    let end = conn.execute_batch("COMMIT");
    let header = header?;
    end?;
    Ok(header)
}

/// A book rebuilt from `sqlite3 .dump` has lost its application id and
/// version (the dump does not carry them) but has touchbase's schema: say so,
/// and name the one command that adopts it, instead of "another program".
fn recognise_dump(conn: &Connection, path: &Path, e: BookError) -> BookError {
    let unmarked = conn
        .query_row("SELECT (SELECT application_id FROM pragma_application_id) = 0 AND (SELECT user_version FROM pragma_user_version) = 0", [], |r| r.get::<_, bool>(0))
        .unwrap_or(false);
    if !matches!(e, BookError::Foreign { .. }) || !unmarked {
        return e;
    }
    match dump_version(conn) {
        Some(v) => BookError::Foreign {
            path: path.to_path_buf(),
            reason: crate::t!(
                "err-reason-dump",
                version = v,
                path = path.display().to_string()
            ),
        },
        None => e,
    }
}

/// The touchbase version whose schema this database has exactly, if any.
fn dump_version(conn: &Connection) -> Option<u32> {
    let found = schema::objects(conn, "main").ok()?;
    (1..=schema::CURRENT)
        .rev()
        .find(|v| schema::differences(*v, &found).is_ok_and(|d| d.is_empty()))
}

impl Book {
    /// Give a book rebuilt from a dump its marks back (application id and
    /// version), after checking its schema is exactly touchbase's and every
    /// value is one touchbase would write; then open it (migrating it if older).
    pub fn adopt(path: &Path) -> Result<Book> {
        let conn = Connection::open_with_flags(plain(path), OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let foreign = |reason: String| BookError::Foreign {
            path: path.to_path_buf(),
            reason,
        };
        let app: u32 =
            conn.pragma_query_value(None, "application_id", |r| r.get::<_, i64>(0))? as u32;
        if app != 0 && app != APPLICATION_ID {
            return Err(foreign(crate::t!(
                "err-reason-other-program-unchanged",
                app = format!("{app:#010x}")
            )));
        }
        let Some(version) = dump_version(&conn) else {
            return Err(foreign(crate::t!("err-reason-not-our-schema")));
        };
        let problems = validate::values(&conn, "main")?;
        if !problems.is_empty() {
            return Err(BookError::Untrusted {
                path: path.to_path_buf(),
                problems,
            });
        }
        conn.execute_batch("BEGIN IMMEDIATE")?;
        conn.pragma_update(None, "application_id", APPLICATION_ID as i32)?;
        conn.pragma_update(None, "user_version", version)?;
        conn.execute_batch("COMMIT")?;
        drop(conn);
        crate::files::set_mode(path, 0o600)?;
        Book::open(path, Access::Existing)
    }
}

/// Create an empty file readable by its owner only: books hold personal data.
fn create_private(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir)?;
    }
    crate::files::create_new_private(path)?;
    Ok(())
}

impl Book {
    /// Open the book at `path`, checking it is ours and migrating it if older.
    pub fn open(path: &Path, access: Access) -> Result<Book> {
        let mut created = false;
        match peek(path) {
            // An empty file holds nothing to lose: every command and the UI
            // make it a new book alike, and say so (below, once SQLite's
            // lock shows it empty still).
            Ok(()) => {}
            Err(BookError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                if access == Access::Existing {
                    return Err(BookError::NoBook(path.to_path_buf()));
                }
                create_private(path)?;
                created = true;
            }
            Err(e) => return Err(e),
        }
        let conn = Connection::open_with_flags(
            plain(path),
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let header = judge_under_lock(&conn, path)?;
        let mut book = Book {
            conn,
            path: path.to_path_buf(),
            created,
            adopted: !created && matches!(header, Header::Empty),
        };
        book.configure()?;
        let version = match header {
            Header::Empty => 0,
            Header::Book { version } => version,
        };
        book.migrate(version)?;
        Ok(book)
    }

    /// Open a colleague's book to read it, never to change it: read-only
    /// (no migration, no journal of ours), refused unless it is a book of
    /// exactly this version, and checked as untrusted (its schema, then
    /// every value) before a figure is read from it.
    pub fn open_read_only(path: &Path) -> Result<Book> {
        if !path.exists() {
            return Err(BookError::NoBook(path.to_path_buf()));
        }
        require_current(path, "err-older-report")?;
        let conn = Connection::open_with_flags(
            read_only_uri(path),
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "trusted_schema", false)?;
        conn.pragma_update(None, "query_only", true)?;
        let untrusted = |problems: Vec<String>| BookError::Untrusted {
            path: path.to_path_buf(),
            problems,
        };
        let found = schema::objects(&conn, "main")?;
        let differs = schema::differences(schema::CURRENT, &found)?;
        if !differs.is_empty() {
            return Err(untrusted(differs));
        }
        let problems = validate::values(&conn, "main")?;
        if !problems.is_empty() {
            return Err(untrusted(problems));
        }
        Ok(Book {
            conn,
            path: path.to_path_buf(),
            created: false,
            adopted: false,
        })
    }

    fn configure(&mut self) -> Result<()> {
        self.conn.pragma_update(None, "foreign_keys", true)?;
        self.conn.pragma_update(None, "trusted_schema", false)?;
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        // A department's book is gigabytes; the default 2 MB page cache makes
        // Today and the report read the same pages from the kernel again and
        // again. 32 MB a connection keeps the UI (two connections) well
        // under its memory budget.
        self.conn.pragma_update(None, "cache_size", -32768)?;
        // A rollback journal keeps the book one self-contained file: WAL leaves
        // sidecar files that a copied book would silently lack.
        let mode: String = self
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("delete") {
            self.conn.pragma_update(None, "journal_mode", "DELETE")?;
        }
        Ok(())
    }

    fn migrate(&mut self, from: u32) -> Result<()> {
        if from == schema::CURRENT {
            return Ok(());
        }
        if from > 0 {
            // A version number changed by hand (or a file half-made by other
            // tools) would fail half-way through a migration: refuse it whole.
            let found = schema::objects(&self.conn, "main")?;
            let differs = schema::differences(from, &found)?;
            if let Some(first) = differs.first() {
                return Err(BookError::Foreign {
                    path: self.path.clone(),
                    reason: crate::t!(
                        "err-reason-schema-differs",
                        version = from,
                        first = first.as_str(),
                        more = differs.len() - 1
                    ),
                });
            }
            // Keep the book as it was before changing its format.
            let backup = self.path.with_extension(format!("v{from}-backup.sqlite"));
            if !backup.exists() {
                self.snapshot(&backup)?;
            }
        }
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(from as usize) {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            // The version this migration makes: its data steps and the
            // number the book carries from now on are the same one.
            let version = i as u32 + 1;
            tx.execute_batch(sql)?;
            after_migration(&tx, version)?;
            tx.pragma_update(None, "application_id", APPLICATION_ID as i32)?;
            tx.pragma_update(None, "user_version", version)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// A consistent copy of the whole book in a new file at `to` (one read
    /// transaction, so concurrent writers cannot tear it), private like a book.
    pub(crate) fn snapshot(&self, to: &Path) -> Result<()> {
        self.conn
            .execute("VACUUM INTO ?1", [plain(to).to_string_lossy()])?;
        crate::files::set_mode(to, 0o600)?;
        Ok(())
    }

    /// Run `f` as one write transaction: all of it is written, or nothing.
    /// IMMEDIATE takes the write lock up front, so a busy book waits (up to the
    /// busy timeout) instead of failing half-way.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        COMMITTED.store(true, std::sync::atomic::Ordering::SeqCst);
        Ok(out)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Run the reads of `f` as one read transaction: every figure from the
    /// same moment of the book, and SQLite's lock taken once instead of for
    /// each of thousands of small reads. Inside a transaction already, `f`
    /// simply joins it.
    pub(crate) fn in_one_read<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f();
        }
        self.conn.execute_batch("BEGIN DEFERRED")?;
        let out = f();
        // Ending a read cannot lose anything; a failed read is the error told.
        let end = self.conn.execute_batch("COMMIT");
        let out = out?;
        end?;
        Ok(out)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True when this open created the file.
    pub fn was_created(&self) -> bool {
        self.created
    }

    /// What a person should be told about how this book came to be, when
    /// this open made it: a new file, or an empty file made into a book.
    pub fn creation_note(&self) -> Option<String> {
        if self.created {
            Some(crate::t!(
                "cli-created-book",
                path = self.path.display().to_string()
            ))
        } else if self.adopted {
            Some(crate::t!(
                "cli-adopted-empty",
                path = self.path.display().to_string()
            ))
        } else {
            None
        }
    }

    /// A number that changes when another connection commits to the book:
    /// cheap to poll, so the UI notices `touchbase log` from another terminal.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?)
    }

    /// SQLite's integrity and foreign-key checks, then the schema and every
    /// value checked as `handover accept` checks a received book; each
    /// problem as one line.
    pub fn check(&self) -> Result<Vec<String>> {
        // The file first: reading values through damaged pages would only
        // stop at the first one, and the pages are what needs reporting.
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check(50)")?;
        for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
            match row {
                Ok(line) if line == "ok" => {}
                Ok(line) => problems.extend(line.lines().map(String::from)),
                // SQLite may end its report with the error itself.
                Err(e) => {
                    problems.push(e.to_string());
                    break;
                }
            }
        }
        // A value outside a column's CHECK or NOT NULL (written with
        // `PRAGMA ignore_check_constraints`, or by another program) leaves
        // the pages sound: the value checks below name its row and field,
        // where SQLite names only the table. Anything else is the file.
        let values_only = problems.iter().all(|p| {
            p.starts_with("CHECK constraint failed in ") || p.starts_with("NULL value in ")
        });
        if !values_only {
            return Ok(problems);
        }
        let sqlite_said: Vec<String> = problems
            .drain(..)
            .map(|line| crate::t!("check-sqlite", line = line))
            .collect();
        let found = schema::objects(&self.conn, "main")?;
        for d in schema::differences(schema::CURRENT, &found)? {
            problems.push(crate::t!("check-schema", what = d));
        }
        problems.extend(validate::values(&self.conn, "main")?);
        problems.extend(self.derived_problems()?);
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| {
            Ok(crate::t!(
                "check-foreign-key",
                table = r.get::<_, String>(0)?,
                row = r.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                parent = r.get::<_, String>(2)?
            ))
        })?;
        for row in rows {
            problems.push(row?);
        }
        // SQLite's own words only when no value check named the problem.
        if problems.is_empty() {
            problems = sqlite_said;
        }
        Ok(problems)
    }

    /// What touchbase derives and keeps beside the rows, checked against
    /// them: the search index, each client's last touch, the plans' links to
    /// the touches that fulfilled them. A book changed with outside SQL can
    /// drift here; `repair_derived` rebuilds it.
    pub fn derived_problems(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for (table, source) in search::INDEXES {
            let (rows, indexed): (i64, i64) = self.conn.query_row(
                &format!(
                    "SELECT (SELECT count(*) FROM ({source})), (SELECT count(*) FROM {table})"
                ),
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            if rows != indexed {
                out.push(crate::t!(
                    "check-derived-index",
                    table = *table,
                    indexed = indexed,
                    rows = rows
                ));
            }
        }
        let stale: i64 = self.conn.query_row(
            "SELECT count(*) FROM clients c WHERE coalesce(c.last_touch_on, '') <> coalesce(substr((SELECT at FROM interactions
                 WHERE client_id = c.id AND deleted_at IS NULL AND kind IN ('call', 'meeting', 'visit', 'email', 'message')
                 ORDER BY at DESC LIMIT 1), 1, 10), '')",
            [],
            |r| r.get(0),
        )?;
        if stale > 0 {
            out.push(crate::t!("check-derived-last-touch", n = stale));
        }
        let dangling: i64 = self.conn.query_row(
            "SELECT count(*) FROM plans p WHERE p.status = 'done' AND NOT EXISTS
                 (SELECT 1 FROM interactions i WHERE i.id = p.done_by AND i.deleted_at IS NULL)",
            [],
            |r| r.get(0),
        )?;
        if dangling > 0 {
            out.push(crate::t!("check-derived-plans", n = dangling));
        }
        Ok(out)
    }

    /// Rebuild what touchbase derives (see `derived_problems`), in one
    /// transaction; returns one line for each thing that was repaired.
    pub fn repair_derived(&mut self) -> Result<Vec<String>> {
        let found = self.derived_problems()?;
        if found.is_empty() {
            return Ok(found);
        }
        self.write(|tx| {
            search::rebuild(tx)?;
            let clients: Vec<String> = {
                let mut stmt = tx.prepare("SELECT id FROM clients")?;
                let rows = stmt.query_map([], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for c in &clients {
                interactions::refresh_last_touch(tx, c)?;
            }
            let dangling: Vec<String> = {
                let mut stmt = tx.prepare(
                    "SELECT id FROM plans p WHERE p.status = 'done' AND NOT EXISTS
                         (SELECT 1 FROM interactions i WHERE i.id = p.done_by AND i.deleted_at IS NULL)",
                )?;
                let rows = stmt.query_map([], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for id in &dangling {
                versions::keep_version(tx, "plans", id)?;
                tx.execute(
                    "UPDATE plans SET status = 'open', done_by = NULL, closed_at = NULL WHERE id = ?1",
                    [id],
                )?;
            }
            Ok(())
        })?;
        Ok(found
            .into_iter()
            .map(|p| p.replace("derived: ", "repaired: "))
            .collect())
    }

    /// The book's manager: name and email (empty when not set).
    pub fn manager(&self) -> Result<(String, String)> {
        Ok((
            self.setting("manager_name")?.unwrap_or_default(),
            self.setting("manager_email")?.unwrap_or_default(),
        ))
    }

    /// Record who keeps this book; entries logged from now on carry the name.
    pub fn set_manager(&mut self, name: &str, email: &str) -> Result<()> {
        self.write(|tx| {
            for (key, value) in [("manager_name", name), ("manager_email", email)] {
                put_setting(tx, key, value)?;
            }
            Ok(())
        })
    }

    /// Change one setting of the book, such as the default currency.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.write(|tx| put_setting(tx, key, value))
    }

    /// A setting of the book, such as the default currency.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }
}

/// Make a file beside `path` with `make` and move it into place only when it
/// is complete and on disk, so a failure or a kill never leaves a half-written
/// book and the file it replaces stays whole until the last moment.
/// Write `data` to `path` whole: beside it first, then moved into place, so
/// a reader never sees half a file and a failure leaves the old one.
pub(crate) fn write_file_whole(path: &Path, data: &[u8]) -> Result<()> {
    replace_when_done(path, |tmp| {
        fs::write(tmp, data)?;
        Ok(())
    })
}

pub(crate) fn replace_when_done(path: &Path, make: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let mut tmp_name = path.file_name().unwrap_or_default().to_os_string();
    tmp_name.push(".building");
    let tmp = path.with_file_name(tmp_name);
    let _ = fs::remove_file(&tmp);
    let result = make(&tmp).and_then(|()| {
        fs::File::open(&tmp)?.sync_all()?;
        fs::rename(&tmp, path)?;
        Ok(())
    });
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Build a new book at `path` with `fill` (see `replace_when_done`).
pub(crate) fn build_beside(path: &Path, fill: impl FnOnce(&mut Book) -> Result<()>) -> Result<()> {
    replace_when_done(path, |tmp| {
        let mut book = demo::open_for_build(tmp)?;
        fill(&mut book)?;
        book.conn().pragma_update(None, "journal_mode", "DELETE")?;
        book.conn().pragma_update(None, "synchronous", "FULL")?;
        book.conn().execute_batch("PRAGMA optimize")?;
        Ok(())
    })
}

/// What a migration needs done in Rust, in its own transaction: text folded
/// for the search index cannot be made in SQL.
fn after_migration(tx: &Transaction, version: u32) -> Result<()> {
    // The search tables made by 5 and 7 are filled at 10: what they index
    // is read with today's columns (`event`, from 10 on), and 10 changes
    // the entries' text anyway. A book stopped between them is empty of
    // hits until then, never wrong.
    if version == 8 {
        clients::fill_sort_keys(tx)?;
    }
    if version == 10 {
        interactions::events_from_prose(tx)?;
        search::rebuild(tx)?;
    }
    Ok(())
}

fn put_setting(tx: &Transaction, key: &str, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// A fresh, never reused id (UUIDv7: time-ordered, so merged books never clash).
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// The current moment in UTC, as stored in `*_at` columns.
pub fn stamp() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every open sets the connection up the same way, whatever the file
    /// was left with: foreign keys enforced, no trust in the file's schema,
    /// a full sync on commit, a 32 MB page cache, and a rollback journal
    /// (a book left in WAL mode by another tool is one file again).
    #[test]
    fn every_open_sets_the_connection_up() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("book.sqlite");
        drop(Book::open(&path, Access::CreateIfMissing).expect("new"));
        {
            let raw = Connection::open(&path).expect("raw");
            let mode: String = raw
                .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
                .expect("wal");
            assert_eq!(mode, "wal");
        }
        let book = Book::open(&path, Access::Existing).expect("open");
        let get = |name: &str| -> String {
            book.conn
                .pragma_query_value(None, name, |r| r.get::<_, rusqlite::types::Value>(0))
                .map(|v| match v {
                    rusqlite::types::Value::Integer(n) => n.to_string(),
                    rusqlite::types::Value::Text(s) => s,
                    other => format!("{other:?}"),
                })
                .expect(name)
        };
        assert_eq!(get("foreign_keys"), "1");
        assert_eq!(get("trusted_schema"), "0");
        assert_eq!(get("synchronous"), "2");
        assert_eq!(get("cache_size"), "-32768");
        assert_eq!(get("journal_mode").to_lowercase(), "delete");
        assert!(!dir.path().join("book.sqlite-wal").exists());
    }

    /// A report's reads run in one read transaction, ended afterwards; reads
    /// inside one already simply join it.
    #[test]
    fn reads_in_one_read_share_one_transaction() {
        let dir = tempfile::tempdir().expect("tempdir");
        let book = Book::open(&dir.path().join("b.sqlite"), Access::CreateIfMissing).expect("new");
        assert!(book.conn.is_autocommit());
        let inside = book.in_one_read(|| Ok(book.conn.is_autocommit()));
        assert!(!inside.expect("read"), "a transaction while reading");
        assert!(book.conn.is_autocommit(), "ended after");
        let nested = book.in_one_read(|| book.in_one_read(|| Ok(book.conn.is_autocommit())));
        assert!(!nested.expect("nested read"));
        assert!(book.conn.is_autocommit());
    }
}
