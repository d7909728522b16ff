//! `touchbase export`: a table as CSV (also as Excel opens it), JSON, a real
//! `.xlsx`, contacts as vCard 4.0 and planned touches as iCalendar, each
//! written with the well-kept crate for its format. Column names and JSON
//! keys are English in both languages; a file is written whole or not at all.

use crate::book::Book;
use crate::book::export::{Cell, Table};
use crate::domain::{self, InputError};
use crate::t;
use anyhow::{Context as _, Result};
use std::path::PathBuf;

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
    Xlsx,
    Vcf,
    Ics,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// What to export
    #[arg(value_enum)]
    pub table: Table,
    /// Only this client: an id or a part of the name
    #[arg(long)]
    pub client: Option<String>,
    /// csv, json, xlsx; vcf for contacts, ics for plans
    #[arg(long, value_enum, default_value = "csv")]
    pub format: Format,
    /// CSV as Excel opens it: a byte-order mark, `;` between fields and the
    /// language's decimal mark
    #[arg(long)]
    pub excel: bool,
    /// Write to this file (replaced whole when done) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn export(a: &ExportArgs, book: &Book) -> Result<()> {
    let client = match &a.client {
        Some(q) => Some(book.find_client(q)?.id),
        None => None,
    };
    let fits = match a.format {
        Format::Vcf => a.table == Table::Contacts,
        Format::Ics => a.table == Table::Plans,
        _ => true,
    };
    if !fits {
        return Err(InputError::new(
            "format",
            format!("{:?}", a.format).to_lowercase(),
            t!("export-format-fits"),
        )
        .into());
    }
    let bytes = render(a, book, client.as_deref())?;
    match &a.output {
        None => super::out::bytes(&bytes.data),
        Some(path) => {
            crate::book::write_file_whole(path, &bytes.data)
                .with_context(|| path.display().to_string())?;
            say!(
                "{}",
                t!(
                    "export-done",
                    n = bytes.rows,
                    file = path.display().to_string()
                )
            );
        }
    }
    Ok(())
}

struct Rendered {
    data: Vec<u8>,
    rows: u64,
}

fn render(a: &ExportArgs, book: &Book, client: Option<&str>) -> Result<Rendered> {
    let names: Vec<&str> = a.table.columns().iter().map(|(n, _)| *n).collect();
    let rows;
    let data = match a.format {
        Format::Csv => {
            let mut data = Vec::new();
            if a.excel {
                data.extend_from_slice("\u{feff}".as_bytes());
            }
            let mut w = csv::WriterBuilder::new()
                .delimiter(if a.excel { b';' } else { b',' })
                .terminator(if a.excel {
                    csv::Terminator::CRLF
                } else {
                    csv::Terminator::Any(b'\n')
                })
                .from_writer(data);
            w.write_record(&names)?;
            let comma = a.excel && crate::i18n::current() == crate::i18n::Lang::Ru;
            rows = book.export_rows(a.table, client, |row| {
                let fields: Vec<String> = row
                    .iter()
                    .map(|c| match c {
                        Cell::Amount(_) if comma => c.plain().replace('.', ","),
                        _ => c.plain(),
                    })
                    .collect();
                w.write_record(&fields).map_err(io)?;
                Ok(())
            })?;
            w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?
        }
        Format::Json => {
            let mut items = Vec::new();
            rows = book.export_rows(a.table, client, |row| {
                let mut obj = serde_json::Map::new();
                for (name, c) in names.iter().zip(row) {
                    obj.insert(name.to_string(), json_value(c));
                }
                items.push(serde_json::Value::Object(obj));
                Ok(())
            })?;
            let text = serde_json::to_string_pretty(&serde_json::Value::Array(items))?;
            let mut data = crate::text::json_safe(&text).into_bytes();
            data.push(b'\n');
            data
        }
        Format::Xlsx => {
            use rust_xlsxwriter::{Format as XFormat, Workbook};
            let mut wb = Workbook::new();
            let ws = wb.add_worksheet();
            ws.set_name(format!("{:?}", a.table).to_lowercase())?;
            let bold = XFormat::new().set_bold();
            let money = XFormat::new().set_num_format("#,##0.00");
            for (i, n) in names.iter().enumerate() {
                ws.write_string_with_format(0, i as u16, *n, &bold)?;
            }
            ws.set_freeze_panes(1, 0)?;
            // Row 0 holds the column names.
            let mut r: u32 = 0;
            rows = book.export_rows(a.table, client, |row| {
                r += 1;
                for (i, c) in row.iter().enumerate() {
                    let col = i as u16;
                    let written = match c {
                        Cell::Text(s) => ws.write_string(r, col, s).map(|_| ()),
                        Cell::Int(n) => ws.write_number(r, col, *n as f64).map(|_| ()),
                        Cell::Amount(m) => ws
                            .write_number_with_format(r, col, *m as f64 / 100.0, &money)
                            .map(|_| ()),
                        Cell::Empty => Ok(()),
                    };
                    if let Err(e) = written {
                        return Err(io(e));
                    }
                }
                Ok(())
            })?;
            ws.autofit();
            wb.save_to_buffer()?
        }
        Format::Vcf => {
            let mut data = Vec::new();
            rows = book.export_rows(a.table, client, |row| {
                data.extend_from_slice(vcard(&names, row).as_bytes());
                Ok(())
            })?;
            data
        }
        Format::Ics => {
            use icalendar::Calendar;
            let mut cal = Calendar::new();
            cal.name("touchbase");
            let phones = contact_phones(book, client)?;
            rows = book.export_rows(a.table, client, |row| {
                let get = |n: &str| {
                    names
                        .iter()
                        .position(|x| *x == n)
                        .map(|i| row[i].plain())
                        .unwrap_or_default()
                };
                let Some(due) = crate::dates::When::from_stored(&get("due_on")) else {
                    return Ok(());
                };
                let event = plan_event(&PlanEvent {
                    id: &get("id"),
                    client: &get("client"),
                    purpose: &get("purpose"),
                    kind: &get("kind"),
                    due: due.date,
                    cancelled: get("status") == "cancelled",
                    phone: phones.get(&get("client_id")).map(String::as_str),
                });
                cal.push(event);
                Ok(())
            })?;
            cal.done().to_string().into_bytes()
        }
    };
    Ok(Rendered { data, rows })
}

/// What one calendar event says of a planned touch.
pub struct PlanEvent<'a> {
    pub id: &'a str,
    pub client: &'a str,
    pub purpose: &'a str,
    pub kind: &'a str,
    pub due: chrono::NaiveDate,
    pub cancelled: bool,
    /// Whom to call: a contact's name and phone.
    pub phone: Option<&'a str>,
}

/// A planned touch as an all-day event; its UID is the plan's id, so a
/// calendar that imports a newer file updates the event.
pub fn plan_event(p: &PlanEvent) -> icalendar::Event {
    use icalendar::{Component, EventLike};
    let kind = domain::Kind::parse(p.kind)
        .map(|k| k.label())
        .unwrap_or_else(|_| p.kind.to_string());
    let mut description = format!("{kind}: {}", p.purpose);
    if let Some(phone) = p.phone {
        description.push_str(&format!("\n{phone}"));
    }
    let mut event = icalendar::Event::new();
    event
        .uid(&format!("{}@touchbase", p.id))
        .summary(&format!("{} · {}", p.client, p.purpose))
        .description(&description)
        // An all-day event ends (exclusively) the next day.
        .starts(p.due)
        .ends(p.due.succ_opt().unwrap_or(p.due));
    if p.cancelled {
        event.status(icalendar::EventStatus::Cancelled);
    }
    event.done()
}

/// Each client's first phone of a contact still there, for calendars.
pub fn client_phones(book: &Book) -> Result<std::collections::HashMap<String, String>> {
    contact_phones(book, None)
}

fn io(e: impl std::fmt::Display) -> crate::book::BookError {
    crate::book::BookError::Io(std::io::Error::other(e.to_string()))
}

fn json_value(c: &Cell) -> serde_json::Value {
    match c {
        Cell::Text(s) => serde_json::Value::String(s.clone()),
        Cell::Int(n) => serde_json::Value::from(*n),
        Cell::Amount(m) => serde_json::Number::from_f64(*m as f64 / 100.0)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null),
        Cell::Empty => serde_json::Value::Null,
    }
}

/// One contact as a vCard 4.0, the client as its organisation, every phone
/// and e-mail with its label as a TYPE where vCard has one.
fn vcard(names: &[&str], row: &[Cell]) -> String {
    use vcard4::parameter::{TelephoneType, TypeParameter};
    let get = |n: &str| {
        names
            .iter()
            .position(|x| *x == n)
            .map(|i| row[i].plain())
            .unwrap_or_default()
    };
    let mut b = vcard4::VcardBuilder::new(get("name")).org(vec![get("client")]);
    if !get("role").is_empty() {
        b = b.title(get("role"));
    }
    if !get("note").is_empty() {
        b = b.note(get("note"));
    }
    let phones = domain::split_channels(&get("phone"));
    let emails = domain::split_channels(&get("email"));
    for p in &phones {
        b = b.telephone(p.value.clone());
    }
    for e in &emails {
        b = b.email(e.value.clone());
    }
    let mut card = b.finish();
    let kind = |label: &str| -> Option<TypeParameter> {
        match crate::text::fold(label).as_str() {
            "work" | "рабочий" | "рабочая" | "офис" => Some(TypeParameter::Work),
            "home" | "домашний" | "личная" | "личный" => {
                Some(TypeParameter::Home)
            }
            "mobile" | "cell" | "мобильный" => {
                Some(TypeParameter::Telephone(TelephoneType::Cell))
            }
            _ => None,
        }
    };
    for (prop, p) in card.tel.iter_mut().zip(&phones) {
        if let Some(k) = kind(&p.label) {
            set_types(prop, k);
        }
    }
    for (prop, e) in card.email.iter_mut().zip(&emails) {
        if let Some(k) = kind(&e.label) {
            let mut params = e_params(prop);
            params.types = Some(vec![k]);
            prop.parameters = Some(params);
        }
    }
    card.to_string()
}

fn set_types(prop: &mut vcard4::property::TextOrUriProperty, k: vcard4::parameter::TypeParameter) {
    use vcard4::property::TextOrUriProperty;
    let params = match prop {
        TextOrUriProperty::Text(t) => &mut t.parameters,
        TextOrUriProperty::Uri(u) => &mut u.parameters,
    };
    let mut p = params.take().unwrap_or_default();
    p.types = Some(vec![k]);
    *params = Some(p);
}

fn e_params(prop: &vcard4::property::TextProperty) -> vcard4::parameter::Parameters {
    prop.parameters.clone().unwrap_or_default()
}

/// Each client's first phone of a contact still there, for the calendar.
fn contact_phones(
    book: &Book,
    client: Option<&str>,
) -> Result<std::collections::HashMap<String, String>> {
    let mut out = std::collections::HashMap::new();
    book.export_rows(Table::Contacts, client, |row| {
        let (client_id, name, phone, left) = (
            row[1].plain(),
            row[3].plain(),
            row[5].plain(),
            row[8].plain(),
        );
        if left.is_empty() && !phone.is_empty() && !out.contains_key(&client_id) {
            let first = domain::split_channels(&phone)
                .first()
                .map(|c| c.value.clone())
                .unwrap_or_default();
            out.insert(client_id, format!("{name}: {first}"));
        }
        Ok(())
    })?;
    Ok(out)
}
