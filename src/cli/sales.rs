//! What `kontor quote` and `kontor order` share: `--line` / `--text-line` parsing, the
//! user's today, running a sales command, and showing a document — its head, its lines,
//! the totals per VAT group and net / VAT / gross: a table in the current language
//! (amounts through `lang::format`), CSV of the lines, or one JSON object with every
//! amount an exact decimal string. The figures come from `domain::amounts` only.
//! Room: cli.

use std::io::Write;

use clap::Args;
use serde_json::{Value as Json, json};
use time::Date;

use super::args::Format;
use super::{CliError, Context, output};
use crate::core::sales::{SalesCommand, SalesEvent};
use crate::core::{Command, Event, execute};
use crate::domain::Invalid;
use crate::domain::amounts::Totals;
use crate::domain::datetime::{format_date, parse_date};
use crate::domain::fields::{Row, Value};
use crate::domain::sales::{LineSpec, SalesLine, SalesTerms};
use crate::lang::format;

pub(super) const LINE_COLUMNS: &[&str] = &[
    "line",
    "sku",
    "text",
    "quantity",
    "unit_price",
    "discount",
    "vat",
    "net",
];
pub(super) const ORDER_LINE_COLUMNS: &[&str] = &[
    "line",
    "sku",
    "text",
    "quantity",
    "cancelled",
    "reserved",
    "delivered",
    "backordered",
    "requested",
    "unit_price",
    "discount",
    "vat",
    "net",
];
pub(super) const BREAKDOWN_COLUMNS: &[&str] = &["category", "rate", "net", "vat"];

/// The customer and the lines of a new quote or order.
#[derive(Debug, Args)]
pub struct DocumentArgs {
    /// Number or id of the customer
    #[arg(long)]
    pub customer: String,
    /// SKU:QTY[:PRICE[:DISCOUNT%[:VAT]]], repeatable; no price: the customer's price; VAT standard, reduced or zero
    #[arg(long = "line", value_name = "SKU:QTY[:PRICE[:DISCOUNT%[:VAT]]]")]
    pub lines: Vec<String>,
    /// A line without an item: TEXT:QTY:PRICE[:DISCOUNT%[:VAT]], repeatable, after the item lines
    #[arg(long = "text-line", value_name = "TEXT:QTY:PRICE")]
    pub text_lines: Vec<String>,
    #[command(flatten)]
    pub terms: TermsArgs,
}

/// The contact and terms a quote or an order states.
#[derive(Debug, Args)]
pub struct TermsArgs {
    /// Who at the customer it is for
    #[arg(long)]
    pub contact: Option<String>,
    /// Payment terms, e.g. "30 Tage netto"
    #[arg(long)]
    pub payment_terms: Option<String>,
    /// Delivery terms, e.g. "frei Haus"
    #[arg(long)]
    pub delivery_terms: Option<String>,
}

impl DocumentArgs {
    /// Every `--line` then every `--text-line`, parsed.
    pub(super) fn specs(&self) -> Result<Vec<LineSpec>, CliError> {
        line_specs(&self.lines, &self.text_lines)
    }

    /// The contact and terms typed (unset ones empty).
    pub(super) fn terms(&self) -> SalesTerms {
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        SalesTerms {
            contact: text(&self.terms.contact),
            payment: text(&self.terms.payment_terms),
            delivery: text(&self.terms.delivery_terms),
        }
    }
}

/// Turns a core problem into the CLI's error.
pub(super) fn invalid(problem: Invalid) -> CliError {
    CliError::Core(problem.into())
}

/// The user's date today, in their zone.
pub(super) fn today(context: &Context) -> Date {
    context.clock.now().to_offset(context.offset()).date()
}

/// A date flag (`2026-12-05` or `05.12.2026`).
pub(super) fn date_flag(field: &'static str, text: Option<&str>) -> Result<Option<Date>, CliError> {
    text.map(|text| parse_date(field, text).map_err(invalid))
        .transpose()
}

/// Every `--line` then every `--text-line`, parsed; all problems at once.
fn line_specs(lines: &[String], texts: &[String]) -> Result<Vec<LineSpec>, CliError> {
    let mut specs = Vec::new();
    let mut problems = Vec::new();
    let typed = lines
        .iter()
        .map(|text| (text, false))
        .chain(texts.iter().map(|text| (text, true)));
    for (text, free) in typed {
        match LineSpec::parse(text, free) {
            Ok(spec) => specs.push(spec),
            Err(problem) => problems.push(problem),
        }
    }
    if problems.is_empty() {
        Ok(specs)
    } else {
        Err(CliError::Core(problems.into()))
    }
}

/// Runs a sales command as the context's actor.
pub(super) fn run(context: &Context, command: SalesCommand) -> Result<SalesEvent, CliError> {
    let event = execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Sales(command),
    )?;
    match event {
        Event::Sales(event) => Ok(event),
        _ => Err(CliError::Failed(crate::t!("cli-error-unexpected-answer"))),
    }
}

/// The cells of one line (1-based `number`) with its rounded net and the price rule that
/// set its price (empty: the list price or a typed one; JSON and CSV only); the VAT
/// category by its label for people (`human`), else by its machine name.
pub(super) fn line_row(
    number: usize,
    line: &SalesLine,
    net: rust_decimal::Decimal,
    human: bool,
) -> Row {
    let category = match human {
        true => line.category.label(),
        false => line.category.name().to_string(),
    };
    vec![
        (
            "line",
            Value::Integer(i64::try_from(number).unwrap_or(i64::MAX)),
        ),
        ("sku", Value::Text(line.sku.clone())),
        ("text", Value::Text(line.text.clone())),
        (
            "quantity",
            Value::Decimal(line.quantity.normalize().to_string()),
        ),
        ("unit_price", Value::Decimal(line.unit_price.to_string())),
        (
            "discount",
            Value::Decimal(line.discount.normalize().to_string()),
        ),
        ("vat", Value::Text(category)),
        ("net", Value::Decimal(net.to_string())),
        (
            "price_rule",
            Value::Text(line.price_rule.map(|id| id.to_string()).unwrap_or_default()),
        ),
    ]
}

/// The VAT breakdown as people read it: category, rate, net, VAT.
fn breakdown_rows(totals: &Totals) -> Vec<Row> {
    totals
        .breakdown
        .iter()
        .map(|group| {
            vec![
                ("category", Value::Text(group.category.label())),
                ("rate", Value::Decimal(group.rate.normalize().to_string())),
                ("net", Value::Decimal(group.net.to_string())),
                ("vat", Value::Decimal(group.vat.to_string())),
            ]
        })
        .collect()
}

/// The amounts of a document as JSON: the breakdown and net / VAT / gross, exact strings.
pub(super) fn totals_json(totals: &Totals) -> Json {
    let groups: Vec<Json> = totals
        .breakdown
        .iter()
        .map(|group| {
            json!({
                "category": group.category.code(),
                "name": group.category.name(),
                "rate": group.rate.normalize().to_string(),
                "net": group.net.to_string(),
                "vat": group.vat.to_string(),
                "lines": group.lines.iter().map(|index| index + 1).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "currency": totals.currency.to_string(),
        "breakdown": groups,
        "net": totals.net.to_string(),
        "vat": totals.vat.to_string(),
        "gross": totals.gross.to_string(),
        "notes": totals.notes(),
    })
}

/// A row as a JSON object, as `output` writes records.
pub(super) fn row_json(row: &Row) -> Json {
    let object: serde_json::Map<String, Json> = row
        .iter()
        .map(|(field, value)| {
            let value = match value {
                Value::Integer(number) => json!(number),
                other => json!(other.cell()),
            };
            (field.to_string(), value)
        })
        .collect();
    Json::Object(object)
}

/// A document as people read it: `head` (field, value) lines, the lines table, the VAT
/// groups and the totals — or, in CSV, the lines alone.
pub(super) fn show_document(
    context: &mut Context,
    head: &[(&str, String)],
    lines: &[Row],
    columns: &[&str],
    totals: &Totals,
) -> Result<(), CliError> {
    let out = &mut context.out;
    if context.format == Format::Csv {
        output::list(out, Format::Csv, lines, columns)?;
        return Ok(());
    }
    let width = head
        .iter()
        .map(|(field, _)| output::field_word(field).chars().count())
        .max()
        .unwrap_or(0);
    for (field, value) in head {
        writeln!(out, "{:<width$}  {value}", output::field_word(field))?;
    }
    writeln!(out)?;
    output::table_whole(out, lines, columns)?;
    writeln!(out)?;
    output::table_whole(out, &breakdown_rows(totals), BREAKDOWN_COLUMNS)?;
    let money = |amount| {
        format::money(
            amount,
            totals.currency.code(),
            totals.currency.minor_units(),
        )
    };
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        crate::t!("cli-sales-net", amount = money(totals.net))
    )?;
    writeln!(
        out,
        "{}",
        crate::t!("cli-sales-vat", amount = money(totals.vat))
    )?;
    writeln!(
        out,
        "{}",
        crate::t!("cli-sales-gross", amount = money(totals.gross))
    )?;
    for note in totals.notes() {
        writeln!(out, "{note}")?;
    }
    Ok(())
}

/// A date for JSON and CSV (`2026-12-05`), empty for none.
pub(super) fn date_text(day: Option<Date>) -> String {
    day.map(format_date).unwrap_or_default()
}

/// A date as the current language writes it, empty for none.
pub(super) fn date_shown(day: Option<Date>) -> String {
    day.map(format::date).unwrap_or_default()
}

/// Prints documents as a list: a JSON array of each whole `document`, else one row per
/// document of its `summary` cut to `columns`.
pub(super) fn document_list<V>(
    context: &mut Context,
    found: &[V],
    document: impl Fn(&Context, &V) -> Json,
    summary: impl Fn(&Context, &V) -> Row,
    columns: &[&str],
) -> Result<(), CliError> {
    if context.format == Format::Json {
        let documents: Vec<Json> = found.iter().map(|v| document(context, v)).collect();
        writeln!(context.out, "{}", Json::Array(documents))?;
        return Ok(());
    }
    let rows: Vec<Row> = found
        .iter()
        .map(|view| {
            let mut row = summary(context, view);
            row.retain(|(field, _)| columns.contains(field));
            row
        })
        .collect();
    output::list(&mut context.out, context.format, &rows, columns)?;
    Ok(())
}
