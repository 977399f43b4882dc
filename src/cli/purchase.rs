//! `kontor purchase add|show|list|send|receive|close|cancel|supply`: purchase orders
//! (Bestellungen) by number (`BE-2026-00001`) or id. `add` writes a draft (each `--line`
//! priced by `core::purchase::default_unit_price` unless a price is typed); a draft is
//! `send`t before anything is received (`--dir`, `--pdf`: and its PDF written; `show
//! --pdf` writes it again); `receive` books `--line N:QTY` into the default
//! location or `--to`; `close` short-closes one line or every open rest with a reason;
//! `cancel` cancels a draft or sent order of which nothing came; `supply` lists the open
//! supply per line (what MRP counts). A table for people, CSV of the lines, or JSON with
//! every quantity and amount an exact decimal string. Room: cli.

use std::io::Write;

use clap::Subcommand;
use rust_decimal::Decimal;
use serde_json::{Value as Json, json};

use super::args::Format;
use super::sales::{date_flag, invalid, row_json, today};
use super::{CliError, Context, output};
use crate::core::purchase::{LineSpec, PurchaseCommand, PurchaseEvent};
use crate::core::purchase_query::{self, OpenSupply, OrderView};
use crate::core::{Command, Event, execute};
use crate::domain::Invalid;
use crate::domain::datetime::parse_date;
use crate::domain::fields::{Row, Value};
use crate::domain::money::{parse_decimal, parse_money};
use crate::domain::purchase::{PurchaseLine, PurchaseState};

pub(super) const LINE_COLUMNS: &[&str] = &[
    "line",
    "sku",
    "text",
    "quantity",
    "received",
    "short_closed",
    "open",
    "requested",
    "unit_price",
    "net",
    "state",
];
pub(super) const LIST_COLUMNS: &[&str] =
    &["number", "supplier", "state", "date", "total", "currency"];
pub(super) const MOVE_COLUMNS: &[&str] = &["line", "sku", "quantity", "to", "reference"];
pub(super) const SUPPLY_COLUMNS: &[&str] = &["sku", "open", "requested", "order", "line", "state"];

#[derive(Debug, Subcommand)]
pub enum PurchaseCmd {
    /// Add a draft purchase order to a supplier
    Add {
        /// Number or id of the supplier
        #[arg(long)]
        supplier: String,
        /// SKU:QTY[:PRICE[:DATE]], repeatable; no price: the supplier's price, else the item's cost; no date: --requested
        #[arg(long = "line", value_name = "SKU:QTY[:PRICE[:DATE]]", required = true)]
        lines: Vec<String>,
        /// The day every line without its own date is wanted [default: today plus the item's lead days]
        #[arg(long)]
        requested: Option<String>,
        /// A note kept with the order
        #[arg(long)]
        notes: Option<String>,
    },
    /// Show a purchase order: its lines with ordered, received, short-closed and open quantities
    Show {
        /// Number (BE-2026-00001) or id of the purchase order
        order: String,
        /// Also write the purchase order's PDF to this file
        #[arg(long)]
        pdf: Option<std::path::PathBuf>,
    },
    /// List the purchase orders, or those of one supplier
    List {
        /// Number or id of the supplier [default: every supplier]
        #[arg(long)]
        supplier: Option<String>,
        /// Only the orders still expecting goods (sent or partly received)
        #[arg(long)]
        open: bool,
    },
    /// Mark a draft purchase order sent to the supplier; --dir or --pdf also write its PDF
    Send {
        /// Number (BE-2026-00001) or id of the purchase order
        order: String,
        /// Write the order's PDF as NUMBER.pdf into this folder
        #[arg(long)]
        dir: Option<std::path::PathBuf>,
        /// Write the order's PDF to this file
        #[arg(long)]
        pdf: Option<std::path::PathBuf>,
        /// Also mail the order's PDF to the supplier's e-mail address (through the outbox)
        #[arg(long)]
        mail: bool,
    },
    /// Receive goods against the lines of a sent purchase order (stock from the supplier)
    Receive {
        /// Number (BE-2026-00001) or id of the purchase order
        order: String,
        /// N:QTY, the line's number (1 for the first) and the quantity received; repeatable
        #[arg(long = "line", value_name = "N:QTY", required = true)]
        lines: Vec<String>,
        /// The location the goods go to [default: the default location]
        #[arg(long)]
        to: Option<String>,
    },
    /// Short-close what is still open of one line, or of every line, saying why
    Close {
        /// Number (BE-2026-00001) or id of the purchase order
        order: String,
        /// The line (1, 2, …) to close [default: every line]
        #[arg(long)]
        line: Option<usize>,
        /// Why the rest will not come
        #[arg(long)]
        reason: String,
    },
    /// Cancel a draft or sent purchase order of which nothing was received
    Cancel {
        /// Number (BE-2026-00001) or id of the purchase order
        order: String,
        /// Why it is cancelled
        #[arg(long)]
        reason: String,
    },
    /// The open supply per order line (ordered − received − short-closed), by item and date
    Supply {
        /// SKU or barcode of one item [default: every item]
        #[arg(long)]
        item: Option<String>,
    },
}

pub fn purchase(context: &mut Context, command: PurchaseCmd) -> Result<(), CliError> {
    let command = match command {
        PurchaseCmd::Show { order, pdf } => {
            let view = purchase_query::order(&context.store, &context.actor, &order)?;
            if let Some(path) = pdf {
                write_pdf(context, &order, &path)?;
            }
            return show(context, &view);
        }
        PurchaseCmd::List { supplier, open } => {
            let found =
                purchase_query::orders(&context.store, &context.actor, supplier.as_deref(), open)?;
            return list(context, &found);
        }
        PurchaseCmd::Supply { item } => {
            let found = purchase_query::supply(&context.store, &context.actor, item.as_deref())?;
            return supply(context, &found);
        }
        PurchaseCmd::Add {
            supplier,
            lines,
            requested,
            notes,
        } => PurchaseCommand::Add {
            supplier,
            lines: line_specs(&lines)?,
            requested: date_flag("requested", requested.as_deref())?,
            notes: notes.unwrap_or_default(),
            today: today(context),
        },
        PurchaseCmd::Send {
            order,
            dir,
            pdf,
            mail,
        } => {
            let event = match mail {
                true => mail_order(context, &order)?,
                false => run(context, PurchaseCommand::Send { order })?,
            };
            let number = event.order.number.clone();
            let paths = dir
                .map(|dir| dir.join(format!("{number}.pdf")))
                .into_iter()
                .chain(pdf);
            for path in paths {
                write_pdf(context, &number, &path)?;
                let text = crate::t!(
                    "purchase-pdf-written",
                    number = number.as_str(),
                    path = path.display().to_string()
                );
                if context.format == Format::Table {
                    writeln!(context.out, "{text}")?;
                }
            }
            let view = purchase_query::order(&context.store, &context.actor, &number)?;
            return show(context, &view);
        }
        PurchaseCmd::Receive { order, lines, to } => {
            let lines = lines
                .iter()
                .map(|text| {
                    super::delivery::parse_numbered(text, || {
                        Invalid::new("line", crate::t!("purchase-receive-form", text = text))
                    })
                })
                .collect::<Result<Vec<_>, _>>()
                .map_err(invalid)?;
            let event = run(
                context,
                PurchaseCommand::Receive {
                    order,
                    lines,
                    location: to,
                },
            )?;
            return received(context, &event);
        }
        PurchaseCmd::Close {
            order,
            line,
            reason,
        } => PurchaseCommand::Close {
            order,
            line,
            reason,
        },
        PurchaseCmd::Cancel { order, reason } => PurchaseCommand::Cancel { order, reason },
    };
    let event = run(context, command)?;
    let view = purchase_query::order(&context.store, &context.actor, &event.order.id.to_string())?;
    show(context, &view)
}

fn run(context: &Context, command: PurchaseCommand) -> Result<PurchaseEvent, CliError> {
    match execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Purchase(command),
    )? {
        Event::Purchase(event) => Ok(*event),
        _ => Err(CliError::Failed(crate::t!("cli-error-unexpected-answer"))),
    }
}

/// Writes the PDF of the order numbered `order` to `path` (whole, or not at all).
fn write_pdf(context: &Context, order: &str, path: &std::path::Path) -> Result<(), CliError> {
    super::invoice_files::write_whole(path, &pdf(context, order)?)
}

/// The PDF of the order numbered (or with id) `order`.
fn pdf(context: &Context, order: &str) -> Result<Vec<u8>, CliError> {
    let document = purchase_query::document(&context.store, &context.actor, order)?;
    let letter = crate::documents::purchase_order::letter(&document);
    Ok(crate::documents::pdf::render(&letter))
}

/// Sends draft `order` with its PDF mailed to the supplier (refused before the PDF is
/// made when the supplier has no address), saying where it went.
fn mail_order(context: &mut Context, order: &str) -> Result<PurchaseEvent, CliError> {
    let to = crate::core::purchase_mail::recipient(&context.store, &context.actor, order)?;
    let pdf = pdf(context, order)?;
    let event = run(
        context,
        PurchaseCommand::SendMail {
            order: order.to_string(),
            pdf,
        },
    )?;
    if context.format == Format::Table {
        let text = crate::t!(
            "purchase-mail-queued",
            number = event.order.number.as_str(),
            to = to.as_str()
        );
        writeln!(context.out, "{text}")?;
    }
    Ok(event)
}

/// Every `--line SKU:QTY[:PRICE[:DATE]]` parsed; all problems at once.
fn line_specs(lines: &[String]) -> Result<Vec<LineSpec>, CliError> {
    let mut specs = Vec::new();
    let mut problems = Vec::new();
    for text in lines {
        match line_spec(text) {
            Ok(spec) => specs.push(spec),
            Err(problem) => problems.push(problem),
        }
    }
    match problems.is_empty() {
        true => Ok(specs),
        false => Err(CliError::Core(problems.into())),
    }
}

fn line_spec(text: &str) -> Result<LineSpec, Invalid> {
    let parts: Vec<&str> = text.split(':').map(str::trim).collect();
    let (code, quantity) = match parts.as_slice() {
        [code, quantity, ..] if !code.is_empty() && parts.len() <= 4 => (*code, *quantity),
        _ => {
            return Err(Invalid::new(
                "line",
                crate::t!("purchase-line-form", text = text),
            ));
        }
    };
    let optional = |index: usize| parts.get(index).copied().filter(|part| !part.is_empty());
    Ok(LineSpec {
        code: code.to_string(),
        quantity: parse_decimal("quantity", quantity)?,
        unit_price: optional(2)
            .map(|price| parse_money("unit_price", price))
            .transpose()?,
        requested: optional(3)
            .map(|date| parse_date("requested", date))
            .transpose()?,
    })
}

fn decimal(value: Decimal) -> Value {
    Value::Decimal(value.normalize().to_string())
}

fn date(day: time::Date) -> Value {
    Value::Text(crate::domain::datetime::format_date(day))
}

fn line_row(context: &Context, view: &OrderView, number: usize, line: &PurchaseLine) -> Row {
    let state = match context.format {
        Format::Table => line.state().label(),
        _ => line.state().name().to_string(),
    };
    vec![
        (
            "line",
            Value::Integer(i64::try_from(number).unwrap_or(i64::MAX)),
        ),
        ("sku", Value::Text(line.sku.clone())),
        ("text", Value::Text(line.text.clone())),
        ("quantity", decimal(line.quantity)),
        ("received", decimal(line.received)),
        ("short_closed", decimal(line.short_closed)),
        ("open", decimal(line.open())),
        ("requested", date(line.requested)),
        ("unit_price", Value::Decimal(line.unit_price.to_string())),
        (
            "net",
            Value::Decimal(line.net(view.order.currency).to_string()),
        ),
        ("state", Value::Text(state)),
        ("reason", Value::Text(line.close_reason.clone())),
    ]
}

fn line_rows(context: &Context, view: &OrderView) -> Vec<Row> {
    let lines = view.order.lines.iter().enumerate();
    lines
        .map(|(index, line)| line_row(context, view, index + 1, line))
        .collect()
}

fn summary(context: &Context, view: &OrderView) -> Row {
    let order = &view.order;
    let state = match context.format {
        Format::Table => order.state().label(),
        _ => order.state().name().to_string(),
    };
    let sent = order.sent.and_then(|at| {
        at.format(&time::format_description::well_known::Rfc3339)
            .ok()
    });
    vec![
        ("number", Value::Text(order.number.clone())),
        ("supplier", Value::Text(view.supplier.clone())),
        ("state", Value::Text(state)),
        ("date", date(order.date)),
        ("sent", Value::Text(sent.unwrap_or_default())),
        ("sent_by", Value::Text(order.sent_by.clone())),
        ("total", Value::Decimal(order.total().to_string())),
        ("currency", Value::Text(order.currency.to_string())),
        ("notes", Value::Text(order.notes.clone())),
        (
            "cancelled",
            Value::Text(order.cancelled.clone().unwrap_or_default()),
        ),
    ]
}

fn order_json(context: &Context, view: &OrderView) -> Json {
    let mut document = row_json(&summary(context, view));
    let lines: Vec<Json> = line_rows(context, view).iter().map(row_json).collect();
    if let Json::Object(map) = &mut document {
        map.insert("id".into(), json!(view.order.id));
        map.insert("lines".into(), Json::Array(lines));
    }
    document
}

fn show(context: &mut Context, view: &OrderView) -> Result<(), CliError> {
    match context.format {
        Format::Json => {
            let document = order_json(context, view);
            writeln!(context.out, "{document}")?;
        }
        Format::Table => {
            let row = summary(context, view);
            output::record(&mut context.out, context.format, &row)?;
            writeln!(context.out)?;
            let rows = line_rows(context, view);
            output::list(&mut context.out, context.format, &rows, LINE_COLUMNS)?;
        }
        Format::Csv => {
            let rows = line_rows(context, view);
            output::list(&mut context.out, context.format, &rows, LINE_COLUMNS)?;
        }
    }
    Ok(())
}

fn list(context: &mut Context, found: &[OrderView]) -> Result<(), CliError> {
    super::sales::document_list(context, found, order_json, summary, LIST_COLUMNS)
}

fn supply(context: &mut Context, found: &[OpenSupply]) -> Result<(), CliError> {
    let rows: Vec<Row> = found
        .iter()
        .map(|line| {
            vec![
                ("sku", Value::Text(line.sku.clone())),
                ("open", decimal(line.quantity)),
                ("requested", date(line.requested)),
                ("order", Value::Text(line.order.clone())),
                (
                    "line",
                    Value::Integer(i64::try_from(line.line).unwrap_or(i64::MAX)),
                ),
                ("state", Value::Text(state(context, line.sent))),
            ]
        })
        .collect();
    output::list(&mut context.out, context.format, &rows, SUPPLY_COLUMNS)?;
    Ok(())
}

/// Whether an open supply line's order was sent: `sent` or `draft`, by label for people.
fn state(context: &Context, sent: bool) -> String {
    let state = match sent {
        true => PurchaseState::Sent,
        false => PurchaseState::Draft,
    };
    match context.format {
        Format::Table => state.label(),
        _ => state.name().to_string(),
    }
}

/// A receipt: the order's number and state after it, the moves, the orders it served.
fn received(context: &mut Context, event: &PurchaseEvent) -> Result<(), CliError> {
    let rows: Vec<Row> = event
        .moves
        .iter()
        .map(|posted| {
            let stock_move = &posted.stock_move;
            let line = stock_move.reference.rsplit('/').next().unwrap_or_default();
            vec![
                ("line", Value::Text(line.to_string())),
                ("sku", Value::Text(posted.item.sku.clone())),
                ("quantity", decimal(stock_move.quantity)),
                ("to", Value::Text(stock_move.to.clone())),
                ("reference", Value::Text(stock_move.reference.clone())),
            ]
        })
        .collect();
    let order = &event.order;
    match context.format {
        Format::Json => {
            let moves: Vec<Json> = rows.iter().map(row_json).collect();
            let document = json!({
                "number": order.number,
                "state": order.state().name(),
                "moves": moves,
                "filled": event.filled,
            });
            writeln!(context.out, "{document}")?;
        }
        Format::Table => {
            let text = crate::t!(
                "purchase-received",
                number = order.number.as_str(),
                state = order.state().label()
            );
            writeln!(context.out, "{text}")?;
            output::list(&mut context.out, context.format, &rows, MOVE_COLUMNS)?;
            if !event.filled.is_empty() {
                let text = crate::t!("purchase-filled", orders = event.filled.join(", "));
                writeln!(context.out, "{text}")?;
            }
        }
        Format::Csv => output::list(&mut context.out, context.format, &rows, MOVE_COLUMNS)?,
    }
    Ok(())
}
