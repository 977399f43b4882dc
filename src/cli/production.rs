//! `kontor production add|list|show|complete|cancel`: production orders (`FA-…`). Adding
//! names the item, the quantity and the due date (the start defaults to the item's
//! production days before it); completing makes all that is open or `--quantity` of it,
//! posting the production run with the order's number as reference — a short component
//! refuses it, listing every shortage; cancelling closes the rest with a reason. `--json`
//! and `--csv` give the order's machine fields. Room: cli.

use clap::Subcommand;

use super::args::Format;
use super::bom::print_shortages;
use super::sales::date_flag;
use super::stock::{invalid, quantity};
use super::{CliError, Context, output};
use crate::core::CoreError;
use crate::core::production_orders::{self, ProductionCommand, ProductionEvent};
use crate::core::{Command, Event, execute};
use crate::domain::Invalid;
use crate::domain::datetime::format_instant;
use crate::domain::fields::{Row, Value};
use crate::domain::production_order::ProductionOrder;
use crate::lang::format::decimal;

#[derive(Debug, Subcommand)]
pub enum ProductionCmd {
    /// Add a production order for an item with a bill of materials
    Add {
        /// SKU or barcode of the item to make
        sku: String,
        /// How many units to make
        quantity: String,
        /// The day it is due (2026-12-05 or 05.12.2026)
        #[arg(long)]
        due: String,
        /// The day making starts [default: the item's production days before the due date]
        #[arg(long)]
        start: Option<String>,
        /// Where the components come from and the product goes [default: the default location]
        #[arg(long)]
        location: Option<String>,
    },
    /// Every production order, oldest first
    List {
        /// Only the orders with something still to make
        #[arg(long)]
        open: bool,
    },
    /// A production order with its completions
    Show {
        /// The order's number (FA-2026-00001)
        number: String,
    },
    /// Make all that is open of an order, or part of it: components out, product in
    Complete {
        /// The order's number (FA-2026-00001)
        number: String,
        /// How many to make now [default: all that is open]
        #[arg(long)]
        quantity: Option<String>,
    },
    /// Cancel what is still open of an order, with a reason
    Cancel {
        /// The order's number (FA-2026-00001)
        number: String,
        /// Why the rest is not made
        #[arg(long)]
        reason: String,
    },
}

/// The table's columns of `list`.
const COLUMNS: &[&str] = &[
    "number", "sku", "quantity", "done", "open", "location", "start", "due", "state",
];

pub fn production(context: &mut Context, command: ProductionCmd) -> Result<(), CliError> {
    let command = match command {
        ProductionCmd::List { open } => {
            let orders = production_orders::list(&context.store, &context.actor, open)?;
            let rows: Vec<Row> = orders.iter().map(|o| order_row(o, context)).collect();
            output::list_with_header(&mut context.out, context.format, &rows, COLUMNS, &FIELDS)?;
            return Ok(());
        }
        ProductionCmd::Show { number } => {
            let order = production_orders::find(&context.store, &context.actor, &number)?;
            let row = order_row(&order, context);
            output::record(&mut context.out, context.format, &row)?;
            return Ok(());
        }
        ProductionCmd::Add {
            sku,
            quantity: amount,
            due,
            start,
            location,
        } => ProductionCommand::Add {
            code: sku,
            quantity: quantity(&amount)?,
            due: date_flag("due", Some(&due))?.ok_or_else(|| {
                invalid(Invalid::new("due", crate::t!("domain-must-not-be-empty")))
            })?,
            start: date_flag("start", start.as_deref())?,
            location,
        },
        ProductionCmd::Complete {
            number,
            quantity: amount,
        } => ProductionCommand::Complete {
            number,
            quantity: amount.as_deref().map(quantity).transpose()?,
        },
        ProductionCmd::Cancel { number, reason } => ProductionCommand::Cancel { number, reason },
    };
    let event = match execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Production(command),
    ) {
        Ok(Event::Production(event)) => event,
        Ok(_) => return Err(CliError::Failed(crate::t!("cli-error-unexpected-answer"))),
        Err(CoreError::Short(shortages)) => {
            print_shortages(context, &shortages)?;
            return Err(CoreError::Short(shortages).into());
        }
        Err(error) => return Err(error.into()),
    };
    let order = event.order();
    let line = match &event {
        ProductionEvent::Added(_) => crate::t!(
            "production-added",
            number = &order.number,
            quantity = decimal(order.quantity.normalize()),
            sku = &order.sku,
            due = crate::lang::format::date(order.due)
        ),
        ProductionEvent::Completed(_, production) => crate::t!(
            "production-completed",
            number = &order.number,
            quantity = decimal(production.quantity.normalize()),
            sku = &order.sku,
            open = decimal(order.open_quantity().normalize()),
            components = production.moves.len().saturating_sub(1)
        ),
        ProductionEvent::Cancelled(_) => crate::t!(
            "production-cancelled",
            number = &order.number,
            quantity = decimal(
                order
                    .cancelled
                    .as_ref()
                    .map(|c| c.quantity)
                    .unwrap_or_default()
                    .normalize()
            )
        ),
    };
    let row = order_row(order, context);
    super::campaign::saved(context, &line, &row)
}

/// Every field of an order's row, in order.
const FIELDS: [&str; 16] = [
    "number",
    "sku",
    "item",
    "quantity",
    "done",
    "open",
    "location",
    "start",
    "due",
    "state",
    "completions",
    "cancelled_quantity",
    "reason",
    "created",
    "updated",
    "version",
];

/// The order's fields; the state by its label in tables, by its name elsewhere.
fn order_row(order: &ProductionOrder, context: &Context) -> Row {
    let quantity = |q: rust_decimal::Decimal| Value::Decimal(q.normalize().to_string());
    let offset = context.offset();
    let state = match context.format {
        Format::Table => order.state().label(),
        _ => order.state().name().to_string(),
    };
    let completions = order
        .completions
        .iter()
        .map(|c| {
            format!(
                "{} {} {}",
                c.quantity.normalize(),
                format_instant(c.at, offset),
                c.agent
            )
        })
        .collect();
    let cancelled = order.cancelled.as_ref();
    vec![
        ("number", Value::Text(order.number.clone())),
        ("sku", Value::Text(order.sku.clone())),
        ("item", Value::Integer(order.item_id as i64)),
        ("quantity", quantity(order.quantity)),
        ("done", quantity(order.done)),
        ("open", quantity(order.open_quantity())),
        ("location", Value::Text(order.location.clone())),
        ("start", Value::Text(order.start.to_string())),
        ("due", Value::Text(order.due.to_string())),
        ("state", Value::Text(state)),
        ("completions", Value::List(completions)),
        (
            "cancelled_quantity",
            Value::Decimal(
                cancelled
                    .map(|c| c.quantity.normalize().to_string())
                    .unwrap_or_default(),
            ),
        ),
        (
            "reason",
            Value::Text(cancelled.map(|c| c.reason.clone()).unwrap_or_default()),
        ),
        (
            "created",
            Value::Text(format_instant(order.created, offset)),
        ),
        (
            "updated",
            Value::Text(format_instant(order.updated, offset)),
        ),
        ("version", Value::Integer(order.version as i64)),
    ]
}
