//! Output of records and lists as a table, CSV or JSON. CSV and JSON name fields as the
//! export header does and write values as stored (RFC 3339 times, `.` decimals) in every
//! language; a table is for people: its headings are the fields' words in the current
//! language (`cli-field-…`), its numbers, dates and times are written as the language
//! writes them, times in the user's zone by its rules at that time. Room: cli.

use std::io::Write;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde_json::{Map, Value as Json};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime};

use super::args::Format;
use crate::core::Role;
use crate::domain::fields::{Row, Value, shown};
use crate::lang::{self, Lang, format};

/// Widest a table cell gets before it is cut with `…`.
const MAX_CELL: usize = 40;

/// Writes one record: a JSON object, a CSV header and row, or `field  value` lines.
pub fn record(out: &mut dyn Write, format: Format, row: &Row) -> std::io::Result<()> {
    match format {
        Format::Json => writeln!(out, "{}", Json::Object(json_object(row))),
        Format::Csv => csv_rows(out, std::slice::from_ref(row)),
        Format::Table => {
            let words: Vec<String> = row.iter().map(|(field, _)| field_word(field)).collect();
            let width = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
            for ((field, value), word) in row.iter().zip(&words) {
                let cell = table_cell(field, value, usize::MAX);
                writeln!(out, "{word:<width$}  {cell}")?;
            }
            Ok(())
        }
    }
}

/// Writes a list: a JSON array of objects, CSV with header, or a table of `columns`.
pub fn list(
    out: &mut dyn Write,
    format: Format,
    rows: &[Row],
    columns: &[&str],
) -> std::io::Result<()> {
    match format {
        Format::Json => {
            let array: Vec<Json> = rows
                .iter()
                .map(|row| Json::Object(json_object(row)))
                .collect();
            writeln!(out, "{}", Json::Array(array))
        }
        Format::Csv => csv_rows(out, rows),
        Format::Table => table(out, rows, columns),
    }
}

/// Like `list`, but CSV of no rows still writes its header row, `fields` (the fields of a
/// full row), so a script reading it sees the columns either way.
pub fn list_with_header(
    out: &mut dyn Write,
    format: Format,
    rows: &[Row],
    columns: &[&str],
    fields: &[&str],
) -> std::io::Result<()> {
    if rows.is_empty() && matches!(format, Format::Csv) {
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(fields)?;
        return writer.flush();
    }
    list(out, format, rows, columns)
}

/// Runs a list query for at most `limit` rows; when it had more, says so in one line on
/// stderr (stdout keeps the list alone). Reads `limit + 1` first, so a list that fits
/// costs one query.
pub fn limited<T, E>(
    limit: usize,
    err: &mut dyn Write,
    query: impl Fn(usize) -> Result<Vec<T>, E>,
) -> Result<Vec<T>, E> {
    let probe = query(limit.saturating_add(1))?;
    if probe.len() <= limit {
        return Ok(probe);
    }
    let _ = writeln!(
        err,
        "kontor: {}",
        crate::t!("cli-list-limited", limit = limit)
    );
    query(limit)
}

/// Writes CSV (UTF-8, `,`, header row) of full rows; an empty list writes nothing.
pub fn csv_rows(out: &mut dyn Write, rows: &[Row]) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    if let Some(first) = rows.first() {
        writer.write_record(first.iter().map(|(field, _)| *field))?;
    }
    for row in rows {
        writer.write_record(row.iter().map(|(_, value)| value.cell()))?;
    }
    writer.flush()
}

fn json_object(row: &Row) -> Map<String, Json> {
    row.iter()
        .map(|(field, value)| {
            let json = match value {
                Value::Text(text) | Value::Decimal(text) => Json::String(text.clone()),
                Value::Integer(number) => Json::from(*number),
                Value::Bool(flag) => Json::Bool(*flag),
                Value::List(items) => {
                    Json::Array(items.iter().cloned().map(Json::String).collect())
                }
            };
            (field.to_string(), json)
        })
        .collect()
}

/// A field's word in the current language: English its name (`postal_code`), German the
/// word of its message (`PLZ`); the name itself for a field without one.
pub fn field_word(field: &str) -> String {
    let key = format!("cli-field-{}", field.replace('_', "-"));
    let word = lang::text(&key);
    if word == key { field.to_string() } else { word }
}

/// The heading of a table column: the field's word in capitals.
pub fn heading(field: &str) -> String {
    field_word(field).to_uppercase()
}

/// Integer fields that name a record (ids, versions, line numbers): never grouped.
const IDENTIFIERS: &[&str] = &[
    "id", "customer", "item", "version", "entry", "line", "level",
];

/// A value as people read it in the current language: times in the user's zone, closed
/// sets by their labels (`shown::label`, roles), and in German dates `05.12.2026`, numbers
/// `1.234,5`, yes and no.
fn human(field: &str, value: &Value) -> String {
    let english = lang::lang() == Lang::En;
    match value {
        Value::Text(text) if field == "role" => Role::label_of(text),
        Value::Text(text) => match shown::label(field, text) {
            Some(label) => label,
            None => dated(text, english),
        },
        Value::Decimal(text) if !english => match Decimal::from_str(text) {
            Ok(number) => format::decimal(number),
            Err(_) => percent(text).unwrap_or_else(|| text.clone()),
        },
        Value::Integer(number) if !english && !IDENTIFIERS.contains(&field) => {
            format::integer(*number)
        }
        Value::Bool(flag) if !english => match flag {
            true => crate::t!("cli-value-true"),
            false => crate::t!("cli-value-false"),
        },
        Value::List(items) => items.join(", "),
        other => other.cell(),
    }
}

/// A text value as people read it: an instant in the user's zone; in German a date
/// `05.12.2026` and a percentage `9,3 %`; else as it is.
fn dated(text: &str, english: bool) -> String {
    match OffsetDateTime::parse(text, &Rfc3339) {
        Ok(at) => format::instant(at),
        Err(_) if english => text.to_string(),
        Err(_) => match Date::parse(text, format_description!("[year]-[month]-[day]")) {
            Ok(day) => format::date(day),
            Err(_) => percent(text).unwrap_or_else(|| text.to_string()),
        },
    }
}

/// A percentage (`9.3%`) as German writes it (`9,3 %`).
fn percent(text: &str) -> Option<String> {
    let number = Decimal::from_str(text.strip_suffix('%')?).ok()?;
    Some(format!("{} %", format::decimal(number)))
}

fn table_cell(field: &str, value: &Value, max: usize) -> String {
    let text = human(field, value).replace(['\n', '\r', '\t'], " ");
    if text.chars().count() > max {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    } else {
        text
    }
}

/// A plain-text table with a header; numbers right-aligned; a cell wider than `MAX_CELL`
/// cut with `…`.
pub fn table(out: &mut dyn Write, rows: &[Row], columns: &[&str]) -> std::io::Result<()> {
    table_cut(out, rows, columns, MAX_CELL)
}

/// The same table with every cell whole (an explanation a person reads to its end).
pub fn table_whole(out: &mut dyn Write, rows: &[Row], columns: &[&str]) -> std::io::Result<()> {
    table_cut(out, rows, columns, usize::MAX)
}

fn table_cut(
    out: &mut dyn Write,
    rows: &[Row],
    columns: &[&str],
    max: usize,
) -> std::io::Result<()> {
    let cells: Vec<Vec<(String, bool)>> = rows
        .iter()
        .map(|row| {
            columns
                .iter()
                .map(|column| {
                    row.iter()
                        .find(|(field, _)| field == column)
                        .map(|(field, value)| {
                            let numeric = matches!(value, Value::Integer(_) | Value::Decimal(_));
                            (table_cell(field, value, max), numeric)
                        })
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    let headings: Vec<String> = columns.iter().map(|column| heading(column)).collect();
    let widths: Vec<usize> = headings
        .iter()
        .enumerate()
        .map(|(index, heading)| {
            cells
                .iter()
                .map(|row| row[index].0.chars().count())
                .chain([heading.chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |parts: Vec<String>| parts.join("  ").trim_end().to_string();
    writeln!(
        out,
        "{}",
        line(
            headings
                .iter()
                .zip(&widths)
                .map(|(heading, w)| format!("{heading:<w$}", w = *w))
                .collect()
        )
    )?;
    for row in &cells {
        let parts = row
            .iter()
            .zip(&widths)
            .map(|((text, numeric), width)| {
                let pad = width.saturating_sub(text.chars().count());
                if *numeric {
                    format!("{}{text}", " ".repeat(pad))
                } else {
                    format!("{text}{}", " ".repeat(pad))
                }
            })
            .collect();
        writeln!(out, "{}", line(parts))?;
    }
    Ok(())
}
