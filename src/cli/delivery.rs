//! `kontor delivery post ORDER [--line N:QTY]...`: delivers a confirmed order (everything
//! reserved, or the lines and quantities given) and prints the delivery note's number and
//! its moves — quantities and locations, never prices (the warehouse posts deliveries).
//! Room: cli.

use std::io::Write;

use clap::Subcommand;
use rust_decimal::Decimal;
use serde_json::json;

use super::args::Format;
use super::{CliError, Context, output};
use crate::core::delivery::{Delivery, DeliveryCommand};
use crate::core::{Command, Event, execute};
use crate::domain::Invalid;
use crate::domain::fields::{Row, Value};
use crate::domain::money::parse_decimal;

#[derive(Debug, Subcommand)]
pub enum DeliveryCmd {
    /// Deliver a confirmed order: move its reserved stock to the customer
    Post {
        /// Number (AU-2026-00001) or id of the order
        order: String,
        /// LINE:QUANTITY to deliver of that line (repeatable) [default: everything reserved]
        #[arg(long = "line")]
        lines: Vec<String>,
    },
}

pub(super) const MOVE_COLUMNS: &[&str] = &["line", "sku", "quantity", "from", "reference"];

pub fn delivery(context: &mut Context, command: DeliveryCmd) -> Result<(), CliError> {
    let DeliveryCmd::Post { order, lines } = command;
    let lines = lines
        .iter()
        .map(|text| parse_line(text))
        .collect::<Result<Vec<_>, Invalid>>()
        .map_err(|problem| CliError::Core(problem.into()))?;
    let command = DeliveryCommand {
        order,
        lines,
        today: super::sales::today(context),
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
    show(context, &delivery)
}

/// `N:QTY`: a 1-based line number and a quantity.
fn parse_line(text: &str) -> Result<(usize, Decimal), Invalid> {
    let malformed = || Invalid::new("line", crate::t!("cli-delivery-line-form", text = text));
    let (line, quantity) = text.split_once(':').ok_or_else(malformed)?;
    let line = line.trim().parse::<usize>().map_err(|_| malformed())?;
    Ok((line, parse_decimal("quantity", quantity.trim())?))
}

fn show(context: &mut Context, delivery: &Delivery) -> Result<(), CliError> {
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
            "number": delivery.number,
            "order": delivery.order.number,
            "delivered": delivery.order.fully_delivered(),
            "moves": moves,
        });
        writeln!(context.out, "{document}")?;
        return Ok(());
    }
    if human {
        let text = crate::t!(
            "cli-delivery-posted",
            number = delivery.number.as_str(),
            order = delivery.order.number.as_str()
        );
        writeln!(context.out, "{text}")?;
    }
    output::list(&mut context.out, context.format, &rows, MOVE_COLUMNS)?;
    Ok(())
}
