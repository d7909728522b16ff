//! Moving in: a file as people really have it (CSV in any of the usual
//! shapes, Excel, vCard, touchbase's own exports) read into rows, its columns
//! recognised by their headers in Russian or English, and every value
//! checked exactly as if a person had typed it. Writing is `book::import`.

use crate::dates::{self, When};
use crate::domain::{
    self, Direction, InputError, Kind, NewClient, NewContact, NewInteraction, NewOrder,
    OrderStatus, Status, Tier,
};
use crate::text::{clean_line, clean_multiline, fold};
use chrono::NaiveDate;
use std::path::Path;

/// A file read into text cells: the header row and the data rows with the
/// line (or row) number a person finds them at.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    pub headers: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Id,
    Client,
    /// A person's name; the client's when no client column is given.
    Name,
    Role,
    Phone,
    Email,
    Tier,
    Status,
    Cadence,
    Industry,
    City,
    Notes,
    Date,
    Kind,
    Direction,
    Summary,
    Details,
    Title,
    Amount,
    Currency,
    Stage,
    /// An invoice's number.
    Number,
    Issued,
    Due,
    Paid,
    /// A planned touch's purpose.
    Purpose,
    /// touchbase's timeline export: the record an entry stands for.
    Record,
    /// The day a contact left the client.
    LeftOn,
    /// Who logged an entry (touchbase's timeline export).
    LoggedBy,
}

impl Field {
    /// The name `--map COLUMN=FIELD` takes.
    pub const NAMES: &'static [(&'static str, Field)] = &[
        ("id", Field::Id),
        ("client", Field::Client),
        ("name", Field::Name),
        ("role", Field::Role),
        ("phone", Field::Phone),
        ("email", Field::Email),
        ("tier", Field::Tier),
        ("status", Field::Status),
        ("cadence", Field::Cadence),
        ("industry", Field::Industry),
        ("city", Field::City),
        ("notes", Field::Notes),
        ("date", Field::Date),
        ("kind", Field::Kind),
        ("direction", Field::Direction),
        ("summary", Field::Summary),
        ("details", Field::Details),
        ("title", Field::Title),
        ("amount", Field::Amount),
        ("currency", Field::Currency),
        ("stage", Field::Stage),
        ("number", Field::Number),
        ("issued", Field::Issued),
        ("due", Field::Due),
        ("paid", Field::Paid),
        ("purpose", Field::Purpose),
        ("left_on", Field::LeftOn),
        ("logged_by", Field::LoggedBy),
    ];
}

/// Headers people and other programs use, folded, for each field.
const SYNONYMS: &[(Field, &[&str])] = &[
    (Field::Id, &["id", "external id", "source id", "ид", "код"]),
    (
        Field::Client,
        &[
            "client",
            "company",
            "account",
            "organization",
            "organisation",
            "customer",
            "компания",
            "клиент",
            "название",
            "организация",
            "контрагент",
            "название компании",
        ],
    ),
    (
        Field::Name,
        &[
            "name",
            "full name",
            "contact",
            "contact name",
            "person",
            "имя",
            "фио",
            "контакт",
            "контактное лицо",
        ],
    ),
    (
        Field::Role,
        &["role", "position", "job title", "должность", "роль"],
    ),
    (
        Field::Phone,
        &[
            "phone",
            "telephone",
            "tel",
            "mobile",
            "phone number",
            "телефон",
            "мобильный",
            "рабочий телефон",
        ],
    ),
    (
        Field::Email,
        &[
            "email",
            "e-mail",
            "mail",
            "почта",
            "электронная почта",
            "эл. почта",
            "рабочий email",
        ],
    ),
    (Field::Tier, &["tier", "category", "категория", "уровень"]),
    (
        Field::Status,
        &["status", "client status", "статус", "статус клиента"],
    ),
    (
        Field::Cadence,
        &["cadence", "cadence_days", "частота", "периодичность"],
    ),
    (
        Field::Industry,
        &[
            "industry",
            "sector",
            "отрасль",
            "сфера",
            "сфера деятельности",
        ],
    ),
    (Field::City, &["city", "town", "город"]),
    (
        Field::Notes,
        &[
            "notes",
            "note",
            "comment",
            "comments",
            "комментарий",
            "примечание",
            "заметки",
            "заметка",
        ],
    ),
    (
        Field::Date,
        &[
            "date",
            "at",
            "created",
            "created at",
            "created_on",
            "date created",
            "дата",
            "дата создания",
            "когда",
        ],
    ),
    (
        Field::Kind,
        &["kind", "type", "activity type", "тип", "вид"],
    ),
    (Field::Direction, &["direction", "направление"]),
    (
        Field::Summary,
        &[
            "summary",
            "subject",
            "activity",
            "text",
            "тема",
            "описание",
            "содержание",
            "суть",
        ],
    ),
    (
        Field::Details,
        &["details", "description", "подробности", "подробно"],
    ),
    (
        Field::Title,
        &[
            "title",
            "deal",
            "deal name",
            "opportunity",
            "сделка",
            "название сделки",
        ],
    ),
    (
        Field::Amount,
        &[
            "amount",
            "sum",
            "value",
            "budget",
            "deal amount",
            "сумма",
            "бюджет",
            "сумма сделки",
        ],
    ),
    (Field::Currency, &["currency", "валюта"]),
    (
        Field::Stage,
        &[
            "stage",
            "deal stage",
            "pipeline stage",
            "этап",
            "стадия",
            "этап сделки",
        ],
    ),
    (
        Field::Number,
        &[
            "number",
            "invoice",
            "invoice number",
            "номер счёта",
            "номер счета",
            "счёт",
            "счет",
        ],
    ),
    (
        Field::Issued,
        &[
            "issued_on",
            "issued",
            "invoice date",
            "дата счёта",
            "дата счета",
            "выставлен",
        ],
    ),
    (
        Field::Due,
        &["due_on", "due", "due date", "срок", "срок оплаты"],
    ),
    (
        Field::Paid,
        &["paid_on", "paid", "payment date", "дата оплаты", "оплачен"],
    ),
    (
        Field::Purpose,
        &["purpose", "next step", "цель", "следующий шаг"],
    ),
    (Field::Record, &["record"]),
    (Field::LeftOn, &["left_on", "left", "ушёл", "уволен"]),
    (
        Field::LoggedBy,
        &["logged_by", "logged by", "ответственный", "автор"],
    ),
];

/// `COLUMN=FIELD` as `--map` takes it; `COLUMN=skip` leaves a column out.
pub fn parse_map(raw: &str) -> Result<(String, Option<Field>), InputError> {
    let accepted = || {
        let names: Vec<&str> = Field::NAMES.iter().map(|(n, _)| *n).collect();
        format!("COLUMN=FIELD, FIELD one of: {}, skip", names.join(", "))
    };
    let (col, field) = raw
        .rsplit_once('=')
        .ok_or_else(|| InputError::new("map", raw, accepted()))?;
    let field = field.trim().to_ascii_lowercase();
    if field == "skip" {
        return Ok((col.trim().to_string(), None));
    }
    Field::NAMES
        .iter()
        .find(|(n, _)| *n == field)
        .map(|(_, f)| (col.trim().to_string(), Some(*f)))
        .ok_or_else(|| InputError::new("map", raw, accepted()))
}

/// Each column's field, from `--map` first, then the header.
pub fn recognise(headers: &[String], maps: &[(String, Option<Field>)]) -> Vec<Option<Field>> {
    let mut fields: Vec<Option<Field>> = headers
        .iter()
        .map(|h| {
            let key = fold(h.trim_matches('\u{feff}'));
            if let Some((_, f)) = maps.iter().find(|(col, _)| fold(col) == key) {
                return *f;
            }
            SYNONYMS
                .iter()
                .find(|(_, names)| names.contains(&key.as_str()))
                .map(|(f, _)| *f)
        })
        .collect();
    // Only the first column of each field counts.
    let mut seen = Vec::new();
    for f in fields.iter_mut() {
        if let Some(x) = f {
            if seen.contains(x) {
                *f = None;
            } else {
                seen.push(*x);
            }
        }
    }
    fields
}

/// One row read and checked: the client it names and what it adds.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: usize,
    /// What makes the row the same row on a second import: its id column,
    /// or all its values.
    pub key: String,
    pub client: NewClient,
    /// Whether the row gave the client's own fields (tier, status…).
    pub contact: Option<NewContact>,
    pub entry: Option<NewInteraction>,
    pub order: Option<NewOrder>,
    /// The row's date: when a row adds no history, the day the client came.
    pub date: Option<NaiveDate>,
    /// An invoice, and the day it was paid.
    pub invoice: Option<(domain::NewInvoice, Option<NaiveDate>)>,
    /// A planned touch, and whether it is open, done or cancelled.
    pub plan: Option<(domain::NewPlan, domain::PlanStatus)>,
    /// The day the contact left the client, if they did.
    pub left_on: Option<NaiveDate>,
    /// Who logged the entry, when the file says (else the book's manager).
    pub logged_by: String,
    /// The client's own fields the file gives (a newer file updates only these).
    pub client_given: Vec<&'static str>,
    /// All the row's values, as a fingerprint: a newer file's row with the
    /// same id and another fingerprint has changed.
    pub hash: String,
}

/// How the reading goes.
#[derive(Debug, Clone)]
pub struct Options {
    pub today: NaiveDate,
    pub currency: String,
    /// `10/20/2016` is month first.
    pub us_dates: bool,
}

/// Read every row; a bad one gives `line: field: value: why`.
pub fn rows(
    sheet: &Sheet,
    fields: &[Option<Field>],
    opts: &Options,
) -> (Vec<Row>, Vec<(usize, InputError)>) {
    let has = |f: Field| fields.contains(&Some(f));
    // With a client column, "name" is a person; without, it is the client.
    let name_is_client = has(Field::Name) && !has(Field::Client);
    let mut good = Vec::new();
    let mut bad = Vec::new();
    for (line, cells) in &sheet.rows {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let get = |f: Field| -> String {
            fields
                .iter()
                .position(|x| *x == Some(f))
                .and_then(|i| cells.get(i))
                .cloned()
                .unwrap_or_default()
        };
        match row(
            *line,
            &get,
            name_is_client,
            has(Field::Amount) || has(Field::Stage),
            opts,
        ) {
            Ok(mut r) => {
                let all: Vec<String> = cells.iter().map(|c| fold(c)).collect();
                r.hash = digest(&all.join("\u{1f}"));
                // Without an id column, a row is known by all its values.
                if r.key.is_empty() {
                    r.key = format!("row:{}", r.hash);
                }
                good.push(r)
            }
            Err(e) => bad.push((*line, e)),
        }
    }
    (good, bad)
}

fn row(
    line: usize,
    get: &dyn Fn(Field) -> String,
    name_is_client: bool,
    deals: bool,
    opts: &Options,
) -> Result<Row, InputError> {
    let client_raw = if name_is_client {
        get(Field::Name)
    } else {
        get(Field::Client)
    };
    let name = domain::client_name(&client_raw).map_err(|e| InputError {
        field: "client",
        ..e
    })?;
    let tier = match get(Field::Tier).trim() {
        "" => Tier::B,
        t => Tier::parse(t)?,
    };
    // A plan's "status" column is the plan's, not the client's.
    let planned = !get(Field::Purpose).trim().is_empty();
    let status = match (deals || planned, get(Field::Status).trim()) {
        (false, s) if !s.is_empty() => Status::parse(s)?,
        _ => Status::Active,
    };
    let cadence = match get(Field::Cadence).trim() {
        "" => None,
        c => Some(domain::cadence(c)?),
    };
    let mut client = NewClient::build(&name, tier, cadence, status)?;
    client.industry = clean_line(&get(Field::Industry));
    client.city = clean_line(&get(Field::City));
    let notes = clean_multiline(&get(Field::Notes));
    let contact_name = if name_is_client {
        String::new()
    } else {
        clean_line(&get(Field::Name))
    };
    // Beside a person, a note is about the person.
    let (client_notes, contact_note) = if contact_name.is_empty() {
        (notes, String::new())
    } else {
        (String::new(), notes)
    };
    let phone = domain::channels("phone", &get(Field::Phone))?;
    let email = domain::channels("email", &get(Field::Email))?;
    let contact = (!contact_name.is_empty()).then(|| NewContact {
        name: contact_name.clone(),
        role: clean_line(&get(Field::Role)),
        phone: phone.clone(),
        email: email.clone(),
        note: contact_note,
    });
    let date_raw = get(Field::Date);
    let at = match date_raw.trim() {
        "" => None,
        d => Some(date(d, opts)?),
    };
    let summary = clean_line(&get(Field::Summary));
    let entry = match (&at, summary.is_empty()) {
        (Some(at), false) => Some(NewInteraction {
            kind: match get(Field::Kind).trim() {
                "" => Kind::Note,
                k => Kind::parse(k)?,
            },
            direction: match get(Field::Direction).trim() {
                "" => Direction::Outbound,
                d => Direction::parse(d)?,
            },
            at: *at,
            contact: None,
            summary,
            details: clean_multiline(&get(Field::Details)),
        }),
        (None, false) => {
            return Err(InputError::new(
                "date",
                "",
                crate::t!("import-entry-needs-date"),
            ));
        }
        _ => None,
    }
    // An order or a complaint is never a bare entry: the order comes in
    // with its own row (`export orders`), where its entry is written again.
    .filter(|e| !matches!(e.kind, Kind::Order | Kind::Complaint))
    // What an invoice or a complaint wrote on the timeline comes back with
    // its record's own row too (the timeline export names the record).
    .filter(|_| get(Field::Record).trim().is_empty());
    let amount_raw = get(Field::Amount);
    // touchbase's own order export calls the stage "status".
    let stage = match get(Field::Stage) {
        s if s.trim().is_empty() => get(Field::Status),
        s => s,
    };
    let title = clean_line(&get(Field::Title));
    let number = clean_line(&get(Field::Number));
    let day = |f: Field| -> Result<Option<NaiveDate>, InputError> {
        match get(f).trim() {
            "" => Ok(None),
            d => Ok(Some(
                dates::parse_date(strip_midnight(d), opts.today)
                    .map_err(|_| InputError::new(field_name(f), d, dates::accepted_day()))?,
            )),
        }
    };
    let invoice = if number.is_empty() {
        None
    } else {
        let issued = day(Field::Issued)?
            .or(at.map(|w| w.date))
            .unwrap_or(opts.today);
        let due =
            day(Field::Due)?.ok_or_else(|| InputError::new("due", "", dates::accepted_day()))?;
        if due < issued {
            return Err(InputError::new(
                "due",
                get(Field::Due),
                crate::t!(
                    "accepted-due-after-issue",
                    issued = crate::i18n::date(issued)
                ),
            ));
        }
        Some((
            domain::NewInvoice {
                number,
                amount_minor: domain::amount("amount", &amount_raw)?,
                currency: match get(Field::Currency).trim() {
                    "" => opts.currency.clone(),
                    c => domain::currency(c)?,
                },
                issued_on: issued,
                due_on: due,
            },
            day(Field::Paid)?,
        ))
    };
    let purpose = clean_line(&get(Field::Purpose));
    let plan = if purpose.is_empty() {
        None
    } else {
        let due =
            day(Field::Due)?.ok_or_else(|| InputError::new("due", "", dates::accepted_day()))?;
        Some((
            domain::NewPlan {
                due,
                purpose,
                kind: match get(Field::Kind).trim() {
                    "" => Kind::Call,
                    k => Kind::parse_touch(k)?,
                },
            },
            match get(Field::Status).trim() {
                "" => domain::PlanStatus::Open,
                st => domain::PlanStatus::parse(st)?,
            },
        ))
    };
    let left_on = if contact.is_some() {
        day(Field::LeftOn)?
    } else {
        None
    };
    // An invoice's or a plan's own columns are not a deal.
    let deals = deals && invoice.is_none() && plan.is_none();
    let order = if deals
        && !(amount_raw.trim().is_empty() && stage.trim().is_empty() && title.is_empty())
    {
        Some(NewOrder {
            at: at.unwrap_or(When::day(opts.today)),
            title,
            amount_minor: domain::order_amount(&amount_raw)?,
            currency: match get(Field::Currency).trim() {
                "" => opts.currency.clone(),
                c => domain::currency(c)?,
            },
            status: stage_status(&stage),
        })
    } else {
        None
    };
    if !client_notes.is_empty() {
        client.notes = client_notes;
    }
    let id = get(Field::Id);
    // Without an id column the key is all the row's values (`rows` sets it).
    let key = if id.trim().is_empty() {
        String::new()
    } else {
        format!("id:{}", id.trim())
    };
    let date = at.map(|w| w.date);
    Ok(Row {
        invoice,
        plan,
        left_on,
        logged_by: clean_line(&get(Field::LoggedBy)),
        client_given: [
            (Field::Tier, "tier"),
            (Field::Status, "status"),
            (Field::Cadence, "cadence_days"),
            (Field::Industry, "industry"),
            (Field::City, "city"),
            (Field::Notes, "notes"),
        ]
        .into_iter()
        .filter(|(f, _)| !get(*f).trim().is_empty())
        // A deal's or a plan's "status" is not the client's.
        .filter(|(f, _)| *f != Field::Status || !(deals || planned))
        // Beside a person, notes are the person's.
        .filter(|(f, _)| *f != Field::Notes || contact_name.is_empty())
        .map(|(_, c)| c)
        .collect(),
        hash: String::new(),
        line,
        key,
        client,
        contact,
        entry,
        order,
        date,
    })
}

/// A row's values as a short stable fingerprint (two 64-bit FNV-1a hashes):
/// what recognises the same row in a second import of a file without ids.
fn digest(text: &str) -> String {
    let hash = |seed: u64| {
        text.bytes().fold(seed, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    format!(
        "{:016x}{:016x}",
        hash(0xcbf2_9ce4_8422_2325),
        hash(0x6c62_272e_07bb_0142)
    )
}

/// A spreadsheet's midnight is a day: `2016-10-20T00:00:00` → `2016-10-20`.
fn strip_midnight(d: &str) -> &str {
    ["T00:00:00", "T00:00", " 00:00:00", " 00:00"]
        .iter()
        .find_map(|m| d.strip_suffix(m))
        .unwrap_or(d)
}

/// The field's name in messages.
fn field_name(f: Field) -> &'static str {
    Field::NAMES
        .iter()
        .find(|(_, x)| *x == f)
        .map(|(n, _)| *n)
        .unwrap_or("value")
}

/// A deal's stage as an order's status: won and lost in the words CRMs use,
/// anything else still in progress.
pub fn stage_status(stage: &str) -> OrderStatus {
    let s = fold(stage);
    if let Ok(st) = OrderStatus::parse(&s) {
        return st;
    }
    const WON: &[&str] = &[
        "closed won",
        "won",
        "успешно реализовано",
        "успешно",
        "выиграна",
        "выигран",
        "сделка заключена",
        "оплачено",
    ];
    const LOST: &[&str] = &[
        "closed lost",
        "lost",
        "закрыто и не реализовано",
        "не реализовано",
        "проиграна",
        "проигран",
        "отказ",
    ];
    if WON.iter().any(|w| s == *w) {
        OrderStatus::Won
    } else if LOST.iter().any(|w| s == *w) {
        OrderStatus::Lost
    } else {
        OrderStatus::InProgress
    }
}

/// A date in every form touchbase takes, plus the spreadsheet ones:
/// `2016-10-20T00:00:00`, `20.10.2016 14:30:00`, and with `--date-format us`
/// `10/20/2016`.
pub fn date(raw: &str, opts: &Options) -> Result<When, InputError> {
    let mut s = raw.trim().to_string();
    // Seconds say nothing a book keeps: `14:30:00` is `14:30`.
    if let Some(i) = s.rfind(':') {
        let tail = &s[i + 1..];
        let before = &s[..i];
        if tail.len() == 2
            && tail.bytes().all(|b| b.is_ascii_digit())
            && before.matches(':').count() == 1
            && before.rsplit(':').next().is_some_and(|m| m.len() == 2)
        {
            s = before.to_string();
        }
    }
    // A spreadsheet's midnight (`2016-10-20T00:00:00`) is a day without a time.
    for midnight in ["T00:00", "t00:00", " 00:00"] {
        if let Some(day) = s.strip_suffix(midnight) {
            s = day.to_string();
        }
    }
    if opts.us_dates {
        if let Some((m, rest)) = s.split_once('/') {
            if let Some((d, y)) = rest.split_once('/') {
                s = format!("{d}.{m}.{y}");
            }
        }
    }
    let w = dates::parse_when(&s, opts.today, None)
        .map_err(|_| InputError::new("date", raw, dates::accepted()))?;
    if w.date > opts.today {
        return Err(InputError::new("date", raw, dates::not_future()));
    }
    Ok(w)
}

/// Read a file by its kind: `.csv`/`.tsv`/`.txt`, `.xlsx`/`.xls`/`.ods`,
/// `.vcf`, `.json`.
pub fn read(path: &Path, sheet_name: Option<&str>) -> anyhow::Result<Sheet> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "xlsx" | "xlsm" | "xls" | "ods" => read_spreadsheet(path, sheet_name),
        "vcf" | "vcard" => read_vcards(&std::fs::read(path)?),
        "json" => read_json(&std::fs::read(path)?),
        _ => read_csv(&std::fs::read(path)?),
    }
}

/// Text as saved: UTF-8 with or without a byte-order mark, or Windows-1251
/// (what Excel in Russian writes).
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::WINDOWS_1251.decode(bytes).0.into_owned(),
    }
}

/// CSV with a comma, a semicolon or a tab between fields (the one the
/// header line uses most, outside quotes), quotes and line breaks in fields.
pub fn read_csv(bytes: &[u8]) -> anyhow::Result<Sheet> {
    let text = decode(bytes);
    let first = text.lines().next().unwrap_or_default();
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for ch in first.bytes() {
        if ch == b'"' {
            quoted = !quoted;
        }
        for c in counts.iter_mut() {
            if !quoted && ch == c.0 {
                c.1 += 1;
            }
        }
    }
    let delimiter = counts
        .iter()
        .max_by_key(|c| c.1)
        .map(|c| c.0)
        .unwrap_or(b',');
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = r.headers()?.iter().map(str::to_string).collect();
    let mut rows = Vec::new();
    let mut rec = csv::StringRecord::new();
    // Lines are counted as the reader moves on, once each.
    let (mut counted, mut lines) = (0usize, 0usize);
    while r.read_record(&mut rec)? {
        // The line a record starts on, as an editor numbers it: the lines
        // read so far, less the line breaks inside the record's own fields.
        let end = (r.position().byte() as usize).min(text.len());
        lines += text.as_bytes()[counted..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        counted = end;
        let inside: usize = rec.iter().map(|f| f.matches('\n').count()).sum();
        let ended = text.as_bytes()[..end].ends_with(b"\n");
        let line = lines + usize::from(!ended) - inside;
        rows.push((line, rec.iter().map(str::to_string).collect()));
    }
    Ok(Sheet { headers, rows })
}

fn read_spreadsheet(path: &Path, sheet_name: Option<&str>) -> anyhow::Result<Sheet> {
    use calamine::{Data, Reader, open_workbook_auto};
    let mut wb = open_workbook_auto(path)?;
    let name = match sheet_name {
        Some(n) => n.to_string(),
        None => wb
            .sheet_names()
            .first()
            .cloned()
            .ok_or_else(|| anyhow::anyhow!(crate::t!("import-no-sheet")))?,
    };
    let range = wb.worksheet_range(&name)?;
    let cell = |d: &Data| -> String {
        match d {
            Data::Empty => String::new(),
            Data::String(s) => s.clone(),
            Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
            Data::Float(f) => f.to_string(),
            Data::Int(i) => i.to_string(),
            Data::Bool(b) => b.to_string(),
            Data::DateTime(dt) => dt
                .as_datetime()
                .map(|t| {
                    if t.time() == chrono::NaiveTime::MIN {
                        t.date().to_string()
                    } else {
                        t.format("%Y-%m-%d %H:%M").to_string()
                    }
                })
                .unwrap_or_default(),
            Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
            Data::Error(_) => String::new(),
        }
    };
    let mut rows_iter = range.rows();
    let headers = rows_iter
        .next()
        .map(|r| r.iter().map(cell).collect())
        .unwrap_or_default();
    let rows = rows_iter
        .enumerate()
        .map(|(i, r)| (i + 2, r.iter().map(cell).collect()))
        .collect();
    Ok(Sheet { headers, rows })
}

/// vCard 3.0 as phones write it: values in quoted-printable (`=D0=98…`),
/// lines folded with `=` at the end. Decoded here, so the parser sees text.
fn unquote_printable(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let upper = line.to_ascii_uppercase();
        let Some(colon) = line.find(':') else {
            out.push_str(line);
            continue;
        };
        if !upper[..colon].contains("ENCODING=QUOTED-PRINTABLE") {
            out.push_str(line);
            continue;
        }
        let mut value = line[colon + 1..].trim_end_matches(['\r', '\n']).to_string();
        // A soft line break: the value goes on in the next line.
        while value.ends_with('=') {
            value.pop();
            match lines.next() {
                Some(next) => value.push_str(next.trim_end_matches(['\r', '\n'])),
                None => break,
            }
        }
        let params: Vec<&str> = line[..colon]
            .split(';')
            .filter(|p| !p.to_ascii_uppercase().starts_with("ENCODING="))
            .collect();
        let raw = quoted_printable::decode(value.as_bytes(), quoted_printable::ParseMode::Robust)
            .unwrap_or_else(|_| value.clone().into_bytes());
        out.push_str(&params.join(";"));
        out.push(':');
        out.push_str(&decode(&raw));
        out.push_str("\r\n");
    }
    out
}

fn read_vcards(bytes: &[u8]) -> anyhow::Result<Sheet> {
    let text = unquote_printable(&decode(bytes));
    let cards = vcard4::parse_loose(&text)?;
    let headers = ["client", "name", "role", "phone", "email", "notes"]
        .map(String::from)
        .to_vec();
    let mut rows = Vec::new();
    for (i, card) in cards.iter().enumerate() {
        let fname = card
            .formatted_name
            .first()
            .map(|p| p.value.clone())
            .unwrap_or_default();
        let org = card
            .org
            .first()
            .map(|o| o.value.join(" "))
            .unwrap_or_default();
        let text_of = |v: &vcard4::property::TextOrUriProperty| match v {
            vcard4::property::TextOrUriProperty::Text(t) => t.value.clone(),
            vcard4::property::TextOrUriProperty::Uri(u) => u.value.to_string(),
        };
        // A phone's or an e-mail's kind (work, home, mobile) becomes its label.
        let label = |params: &Option<vcard4::parameter::Parameters>| -> String {
            use vcard4::parameter::{TelephoneType, TypeParameter};
            let types = params
                .as_ref()
                .and_then(|p| p.types.clone())
                .unwrap_or_default();
            let word = types.iter().find_map(|t| match t {
                TypeParameter::Work => Some("work"),
                TypeParameter::Home => Some("home"),
                TypeParameter::Telephone(TelephoneType::Cell) => Some("mobile"),
                other => match other
                    .to_string()
                    .to_ascii_lowercase()
                    .trim_start_matches("x-")
                {
                    "work" => Some("work"),
                    "home" => Some("home"),
                    "cell" | "mobile" => Some("mobile"),
                    _ => None,
                },
            });
            word.map(|w| format!("{w}: ")).unwrap_or_default()
        };
        let phones: Vec<String> = card
            .tel
            .iter()
            .map(|t| {
                let params = match t {
                    vcard4::property::TextOrUriProperty::Text(x) => &x.parameters,
                    vcard4::property::TextOrUriProperty::Uri(x) => &x.parameters,
                };
                format!("{}{}", label(params), text_of(t).trim_start_matches("tel:"))
            })
            .collect();
        let emails: Vec<String> = card
            .email
            .iter()
            .map(|e| format!("{}{}", label(&e.parameters), e.value))
            .collect();
        let title = card
            .title
            .first()
            .map(|t| t.value.clone())
            .unwrap_or_default();
        let note = card
            .note
            .first()
            .map(|t| t.value.clone())
            .unwrap_or_default();
        rows.push((
            i + 1,
            vec![
                org,
                fname,
                title,
                phones.join("; "),
                emails.join("; "),
                note,
            ],
        ));
    }
    Ok(Sheet { headers, rows })
}

fn read_json(bytes: &[u8]) -> anyhow::Result<Sheet> {
    let value: serde_json::Value = serde_json::from_slice(bytes)?;
    let items = value
        .as_array()
        .ok_or_else(|| anyhow::anyhow!(crate::t!("import-not-json-rows")))?;
    let mut headers: Vec<String> = Vec::new();
    for item in items {
        if let Some(obj) = item.as_object() {
            for k in obj.keys() {
                if !headers.contains(k) {
                    headers.push(k.clone());
                }
            }
        }
    }
    let rows = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let cells = headers
                .iter()
                .map(|h| match item.get(h) {
                    None | Some(serde_json::Value::Null) => String::new(),
                    Some(serde_json::Value::String(s)) => s.clone(),
                    Some(other) => other.to_string(),
                })
                .collect();
            (i + 1, cells)
        })
        .collect();
    Ok(Sheet { headers, rows })
}
