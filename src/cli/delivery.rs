//! `kontor delivery add|post|show|list`: delivery notes (Lieferscheine). `add ORDER
//! [--line N:QTY]...` writes a pick list of what is reserved (by location and bin, sorted
//! for walking the warehouse); `post LS-…` posts it; `post ORDER [--line N:QTY]...` does
//! both at once and prints the moves. Quantities and locations, never prices: the
//! warehouse reads and posts deliveries. Room: cli.

use std::io::Write;

use clap::Subcommand;
use rust_decimal::Decimal;
use serde_json::{Value as Json, json};

use super::args::Format;
use super::{CliError, Context, output};
use crate::core::delivery::{Delivery, DeliveryCommand};
use crate::core::delivery_query::{self, DeliveryView};
use crate::core::{Command, Event, execute};
use crate::domain::Invalid;
use crate::domain::fields::{Row, Value};
use crate::domain::money::parse_decimal;
use crate::domain::sales::{DeliveryNote, DeliveryState};
use crate::store::kinds::delivery::delivery_by_number;

#[derive(Debug, Subcommand)]
pub enum DeliveryCmd {
    /// Write a pick list of a confirmed order: what is reserved, by location and bin
    Add {
        /// Number (AU-2026-00001) or id of the order
        order: String,
        /// LINE:QUANTITY to deliver of that line (repeatable) [default: everything reserved]
        #[arg(long = "line")]
        lines: Vec<String>,
    },
    /// Post a pick list (LS-2026-00001), or deliver an order at once: move the stock to the customer
    Post {
        /// Number of the pick list (LS-2026-00001), or number or id of the order
        target: String,
        /// LINE:QUANTITY to deliver of that line of the order (repeatable) [default: everything reserved]
        #[arg(long = "line")]
        lines: Vec<String>,
    },
    /// Show a delivery note: its lines by location and bin
    Show {
        /// Number (LS-2026-00001) or id of the delivery note
        delivery: String,
    },
    /// List the delivery notes, or those of one order or state
    List {
        /// Number or id of the order [default: every order]
        #[arg(long)]
        order: Option<String>,
        /// draft (pick lists) or posted [default: both]
        #[arg(long)]
        state: Option<String>,
    },
}

pub(super) const MOVE_COLUMNS: &[&str] = &["line", "sku", "quantity", "from", "reference"];
const PICK_COLUMNS: &[&str] = &["location", "bin", "line", "sku", "text", "quantity"];
const LIST_COLUMNS: &[&str] = &[
    "number",
    "order",
    "customer",
    "state",
    "created",
    "created_by",
    "posted",
];

pub fn delivery(context: &mut Context, command: DeliveryCmd) -> Result<(), CliError> {
    let command = match command {
        DeliveryCmd::Show { delivery } => {
            let view = delivery_query::delivery(&context.store, &context.actor, &delivery)?;
            return show(context, &view);
        }
        DeliveryCmd::List { order, state } => {
            let state = state
                .as_deref()
                .map(DeliveryState::parse)
                .transpose()
                .map_err(|problem| CliError::Core(problem.into()))?;
            let found = delivery_query::deliveries(
                &context.store,
                &context.actor,
                order.as_deref(),
                state,
            )?;
            return list(context, &found);
        }
        DeliveryCmd::Add { order, lines } => DeliveryCommand::Add {
            order,
            lines: parse_lines(&lines)?,
            today: super::sales::today(context),
        },
        DeliveryCmd::Post { target, lines } => match delivery_by_number(&context.store, &target)? {
            Some(_) if !lines.is_empty() => {
                let text = crate::t!("cli-delivery-lines-of-note", number = target.trim());
                return Err(CliError::Core(Invalid::new("line", text).into()));
            }
            Some(_) => DeliveryCommand::Post { delivery: target },
            None => DeliveryCommand::Deliver {
                order: target,
                lines: parse_lines(&lines)?,
                today: super::sales::today(context),
            },
        },
    };
    let event = execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Deliver(command),
    )?;
    let Event::Delivered(delivery) = event else {
        return Err(CliError::Failed(crate::t!("cli-error-unexpected-answer")));
    };
    match delivery.note.state {
        DeliveryState::Posted => posted(context, &delivery),
        DeliveryState::Draft => {
            let view = delivery_query::delivery(
                &context.store,
                &context.actor,
                &delivery.note.id.to_string(),
            )?;
            show(context, &view)
        }
    }
}

fn parse_lines(lines: &[String]) -> Result<Vec<(usize, Decimal)>, CliError> {
    lines
        .iter()
        .map(|text| parse_line(text))
        .collect::<Result<Vec<_>, Invalid>>()
        .map_err(|problem| CliError::Core(problem.into()))
}

/// `N:QTY`: a 1-based line number and a quantity.
fn parse_line(text: &str) -> Result<(usize, Decimal), Invalid> {
    parse_numbered(text, || {
        Invalid::new("line", crate::t!("cli-delivery-line-form", text = text))
    })
}

/// `N:QTY`: a 1-based line number and a quantity; `malformed` when it is not.
pub(super) fn parse_numbered(
    text: &str,
    malformed: impl Fn() -> Invalid,
) -> Result<(usize, Decimal), Invalid> {
    let (line, quantity) = text.split_once(':').ok_or_else(&malformed)?;
    let line = line.trim().parse::<usize>().map_err(|_| malformed())?;
    Ok((line, parse_decimal("quantity", quantity.trim())?))
}

fn quantity(quantity: Decimal) -> Value {
    Value::Decimal(quantity.normalize().to_string())
}

fn state_value(context: &Context, state: DeliveryState) -> Value {
    match context.format {
        Format::Table => Value::Text(state.label()),
        _ => Value::Text(state.name().to_string()),
    }
}

fn instant(at: Option<time::OffsetDateTime>) -> Value {
    let text = at.and_then(|at| {
        at.format(&time::format_description::well_known::Rfc3339)
            .ok()
    });
    Value::Text(text.unwrap_or_default())
}

fn pick_rows(note: &DeliveryNote) -> Vec<Row> {
    note.lines
        .iter()
        .map(|pick| {
            vec![
                ("location", Value::Text(pick.location().to_string())),
                ("bin", Value::Text(pick.bin().to_string())),
                ("line", Value::Integer(pick.line as i64)),
                ("sku", Value::Text(pick.sku.clone())),
                ("text", Value::Text(pick.text.clone())),
                ("quantity", quantity(pick.quantity)),
            ]
        })
        .collect()
}

fn summary(context: &Context, view: &DeliveryView) -> Row {
    let note = &view.note;
    vec![
        ("number", Value::Text(note.number.clone())),
        ("order", Value::Text(note.order_number.clone())),
        ("customer", Value::Text(view.customer.clone())),
        ("state", state_value(context, note.state)),
        ("created", instant(Some(note.created))),
        ("created_by", Value::Text(note.created_by.clone())),
        ("posted", instant(note.posted)),
        ("posted_by", Value::Text(note.posted_by.clone())),
    ]
}

fn note_json(context: &Context, view: &DeliveryView) -> Json {
    let mut document = super::sales::row_json(&summary(context, view));
    let lines: Vec<Json> = pick_rows(&view.note)
        .iter()
        .map(super::sales::row_json)
        .collect();
    if let Json::Object(map) = &mut document {
        map.insert("lines".into(), Json::Array(lines));
    }
    document
}

fn show(context: &mut Context, view: &DeliveryView) -> Result<(), CliError> {
    match context.format {
        Format::Json => {
            let document = note_json(context, view);
            writeln!(context.out, "{document}")?;
        }
        Format::Table => {
            let row = summary(context, view);
            output::record(&mut context.out, context.format, &row)?;
            writeln!(context.out)?;
            output::list(
                &mut context.out,
                context.format,
                &pick_rows(&view.note),
                PICK_COLUMNS,
            )?;
        }
        _ => output::list(
            &mut context.out,
            context.format,
            &pick_rows(&view.note),
            PICK_COLUMNS,
        )?,
    }
    Ok(())
}

fn list(context: &mut Context, found: &[DeliveryView]) -> Result<(), CliError> {
    super::sales::document_list(context, found, note_json, summary, LIST_COLUMNS)
}

/// A posted delivery: its number, its order and the moves.
fn posted(context: &mut Context, delivery: &Delivery) -> Result<(), CliError> {
    let human = context.format == Format::Table;
    let rows: Vec<Row> = delivery
        .moves
        .iter()
        .map(|posted| {
            let stock_move = &posted.stock_move;
            let line = stock_move
                .reference
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_string();
            let quantity = match human {
                true => crate::lang::format::decimal(stock_move.quantity.normalize()),
                false => stock_move.quantity.normalize().to_string(),
            };
            vec![
                ("line", Value::Text(line)),
                ("sku", Value::Text(posted.item.sku.clone())),
                ("quantity", Value::Text(quantity)),
                ("from", Value::Text(stock_move.from.clone())),
                ("reference", Value::Text(stock_move.reference.clone())),
            ]
        })
        .collect();
    if context.format == Format::Json {
        let moves: Vec<_> = rows.iter().map(super::sales::row_json).collect();
        let document = json!({
            "number": delivery.note.number,
            "order": delivery.order.number,
            "state": delivery.note.state.name(),
            "delivered": delivery.order.fully_delivered(),
            "moves": moves,
        });
        writeln!(context.out, "{document}")?;
        return Ok(());
    }
    if human {
        let text = crate::t!(
            "cli-delivery-posted",
            number = delivery.note.number.as_str(),
            order = delivery.order.number.as_str()
        );
        writeln!(context.out, "{text}")?;
    }
    output::list(&mut context.out, context.format, &rows, MOVE_COLUMNS)?;
    Ok(())
}
