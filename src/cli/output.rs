//! Output of records and lists as a table, CSV or JSON. Field names are those of the export
//! header everywhere. Room: cli.

use std::io::Write;

use serde_json::{Map, Value as Json};

use super::args::Format;
use crate::domain::fields::{Row, Value};

/// Widest a table cell gets before it is cut with `…`.
const MAX_CELL: usize = 40;

/// Writes one record: a JSON object, a CSV header and row, or `field  value` lines.
pub fn record(out: &mut dyn Write, format: Format, row: &Row) -> std::io::Result<()> {
    match format {
        Format::Json => writeln!(out, "{}", Json::Object(json_object(row))),
        Format::Csv => csv_rows(out, std::slice::from_ref(row)),
        Format::Table => {
            let width = row.iter().map(|(field, _)| field.len()).max().unwrap_or(0);
            for (field, value) in row {
                writeln!(out, "{field:<width$}  {}", table_cell(value, usize::MAX))?;
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
    let _ = writeln!(err, "kontor: first {limit} shown; --limit N shows more");
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

fn table_cell(value: &Value, max: usize) -> String {
    let text = match value {
        Value::List(items) => items.join(", "),
        other => other.cell(),
    };
    let text = text.replace(['\n', '\r', '\t'], " ");
    if text.chars().count() > max {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    } else {
        text
    }
}

/// A plain-text table with a header; numbers right-aligned.
pub fn table(out: &mut dyn Write, rows: &[Row], columns: &[&str]) -> std::io::Result<()> {
    let cells: Vec<Vec<(String, bool)>> = rows
        .iter()
        .map(|row| {
            columns
                .iter()
                .map(|column| {
                    row.iter()
                        .find(|(field, _)| field == column)
                        .map(|(_, value)| {
                            let numeric = matches!(value, Value::Integer(_) | Value::Decimal(_));
                            (table_cell(value, MAX_CELL), numeric)
                        })
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    let widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            cells
                .iter()
                .map(|row| row[index].0.chars().count())
                .chain([column.len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |parts: Vec<String>| parts.join("  ").trim_end().to_string();
    writeln!(
        out,
        "{}",
        line(
            columns
                .iter()
                .zip(&widths)
                .map(|(c, w)| format!("{:<w$}", c.to_uppercase(), w = *w))
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
