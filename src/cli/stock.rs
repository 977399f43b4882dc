//! `stock`: clap definitions and handlers, and the locations' own `location list` (the rest
//! of `location`, and `item`, are the registry's). Wherever a SKU is asked for, a barcode
//! works too. Room: cli.

use std::io::Write;

use clap::Subcommand;
use rust_decimal::Decimal;

use super::{CliError, Context, output};
use crate::core::stock::{Posted, StockCommand, StockEvent};
use crate::core::stock_query::{self, BalanceLine};
use crate::core::{Command, CoreError, Event, execute};
use crate::domain::datetime::parse_date;
use crate::domain::fields::item::{balance_row, move_row};
use crate::domain::fields::{Row, Value};
use crate::domain::location::{CUSTOMER, SUPPLIER};
use crate::domain::money::parse_decimal;
use crate::domain::{Item, Location};
use crate::lang::format::decimal;

pub(super) const BALANCE_COLUMNS: &[&str] = &["sku", "name", "location", "quantity", "uom"];
pub(super) const LEDGER_COLUMNS: &[&str] = &[
    "id",
    "at",
    "quantity",
    "from",
    "to",
    "running",
    "reference",
    "agent",
];
pub(super) const REORDER_COLUMNS: &[&str] = &[
    "sku",
    "name",
    "on_hand",
    "reorder_min",
    "reorder_max",
    "order_multiple",
    "suggested",
];

#[derive(Debug, Subcommand)]
pub enum StockCmd {
    /// Receive from a supplier (supplier → LOC)
    Receive {
        /// SKU or barcode of the item
        sku: String,
        /// How many, in the item's unit (more than zero)
        #[arg(allow_hyphen_values = true)]
        quantity: String,
        /// Location it goes to [default: the default location, WH1]
        #[arg(long)]
        to: Option<String>,
        /// Reference kept with the move, e.g. an order number
        #[arg(long = "ref", default_value = "")]
        reference: String,
    },
    /// Issue to a customer (LOC → customer)
    Issue {
        /// SKU or barcode of the item
        sku: String,
        /// How many, in the item's unit (more than zero)
        #[arg(allow_hyphen_values = true)]
        quantity: String,
        /// Location it comes from [default: the default location, WH1]
        #[arg(long)]
        from: Option<String>,
        /// Reference kept with the move, e.g. an order number
        #[arg(long = "ref", default_value = "")]
        reference: String,
        /// Post even when the on-hand at the location goes below zero
        #[arg(long)]
        allow_negative: bool,
    },
    /// Move between locations
    Move {
        /// SKU or barcode of the item
        sku: String,
        /// How many, in the item's unit (more than zero)
        #[arg(allow_hyphen_values = true)]
        quantity: String,
        /// Location it comes from
        #[arg(long)]
        from: String,
        /// Location it goes to
        #[arg(long)]
        to: String,
        /// Reference kept with the move, e.g. an order number
        #[arg(long = "ref", default_value = "")]
        reference: String,
        /// Post even when the on-hand at the location goes below zero
        #[arg(long)]
        allow_negative: bool,
    },
    /// Record a count; the difference is posted against `loss`
    Count {
        /// SKU or barcode of the item
        sku: String,
        /// Location that was counted
        location: String,
        /// The quantity found there, in the item's unit (zero or more)
        #[arg(allow_hyphen_values = true)]
        quantity: String,
    },
    /// Post the move that undoes MOVE_ID
    Reverse {
        /// Id of the move (see `stock ledger`)
        move_id: u64,
    },
    /// On-hand by item and location
    Balance {
        /// Only this item (SKU or barcode) [default: all items]
        sku: Option<String>,
        /// Only this location (not the bins under it) [default: all locations]
        #[arg(long)]
        location: Option<String>,
    },
    /// An item's moves with running on-hand
    Ledger {
        /// SKU or barcode of the item
        sku: String,
        /// Only moves on or after this date (YYYY-MM-DD, UTC)
        #[arg(long)]
        since: Option<String>,
        /// Only moves on or before this date (YYYY-MM-DD, UTC)
        #[arg(long)]
        until: Option<String>,
    },
    /// Items below their reorder point and what to order
    Reorder,
    /// On hand, reserved by confirmed orders and available of an item, per location and in
    /// total, and what is available to promise by date
    Available {
        /// SKU or barcode of the item
        sku: String,
        /// Available to promise on this date (YYYY-MM-DD) [default: a table by due date]
        #[arg(long)]
        date: Option<String>,
    },
}

pub(super) fn invalid(error: crate::domain::Invalid) -> CliError {
    CliError::Core(CoreError::from(error))
}

pub(super) fn quantity(text: &str) -> Result<Decimal, CliError> {
    parse_decimal("quantity", text).map_err(invalid)
}

/// The item a SKU or barcode names, or a usage error.
pub fn require_item(context: &Context, code: &str) -> Result<Item, CliError> {
    stock_query::find_item(&context.store, &context.actor, code)?.ok_or_else(|| {
        invalid(crate::domain::Invalid::new(
            "sku",
            crate::t!("cli-stock-no-item", code = code),
        ))
    })
}

fn stock(context: &Context, command: StockCommand) -> Result<StockEvent, CliError> {
    match execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Stock(command),
    )? {
        Event::Stock(event) => Ok(event),
        _ => Err(CliError::Failed(crate::t!("cli-error-unexpected-answer"))),
    }
}

/// `location list`: the internal locations in code order, then the virtual ones (the
/// locations' own list, `kind_args::OWN_COMMANDS`).
pub fn location_list(context: &mut Context) -> Result<(), CliError> {
    let mut rows: Vec<Row> = stock_query::list_locations(&context.store, &context.actor)?
        .iter()
        .map(|l: &Location| location_row(&l.code, &l.name, "internal"))
        .collect();
    rows.extend(
        stock_query::virtual_locations()
            .iter()
            .map(|code| location_row(code, "", "virtual")),
    );
    output::list(
        &mut context.out,
        context.format,
        &rows,
        &["code", "name", "kind"],
    )?;
    Ok(())
}

fn location_row(code: &str, name: &str, kind: &str) -> Row {
    vec![
        ("code", Value::Text(code.to_string())),
        ("name", Value::Text(name.to_string())),
        ("kind", Value::Text(kind.to_string())),
    ]
}

pub(super) fn posted_row(context: &Context, posted: &Posted) -> Row {
    let mut row = move_row(&posted.stock_move, &posted.item.sku, context.offset());
    row.push((
        "from_balance",
        Value::Decimal(posted.from_balance.normalize().to_string()),
    ));
    row.push((
        "to_balance",
        Value::Decimal(posted.to_balance.normalize().to_string()),
    ));
    row
}

fn print_stock_event(context: &mut Context, event: StockEvent) -> Result<(), CliError> {
    match event {
        StockEvent::Posted(posted) => {
            for line in &posted {
                let row = posted_row(context, line);
                output::record(&mut context.out, context.format, &row)?;
            }
        }
        StockEvent::CountMatched {
            item,
            location,
            quantity,
        } => {
            let line = crate::t!(
                "cli-stock-count-matches",
                quantity = decimal(quantity.normalize()),
                uom = item.uom,
                sku = item.sku,
                location = location
            );
            writeln!(context.out, "{line}")?;
        }
    }
    Ok(())
}

pub fn stock_cmd(context: &mut Context, command: StockCmd) -> Result<(), CliError> {
    let default = context.settings.default_location.clone();
    let post = |code: String,
                quantity: Decimal,
                from: String,
                to: String,
                reference: String,
                allow_negative: bool| {
        StockCommand::Post {
            code,
            quantity,
            from,
            to,
            reference,
            allow_negative,
        }
    };
    let command = match command {
        StockCmd::Receive {
            sku,
            quantity: q,
            to,
            reference,
        } => post(
            sku,
            quantity(&q)?,
            SUPPLIER.into(),
            to.unwrap_or(default),
            reference,
            false,
        ),
        StockCmd::Issue {
            sku,
            quantity: q,
            from,
            reference,
            allow_negative,
        } => post(
            sku,
            quantity(&q)?,
            from.unwrap_or(default),
            CUSTOMER.into(),
            reference,
            allow_negative,
        ),
        StockCmd::Move {
            sku,
            quantity: q,
            from,
            to,
            reference,
            allow_negative,
        } => post(sku, quantity(&q)?, from, to, reference, allow_negative),
        StockCmd::Count {
            sku,
            location,
            quantity: q,
        } => StockCommand::Count {
            code: sku,
            location,
            counted: quantity(&q)?,
        },
        StockCmd::Reverse { move_id } => StockCommand::Reverse { id: move_id },
        StockCmd::Balance { sku, location } => return balance(context, sku, location),
        StockCmd::Ledger { sku, since, until } => return ledger(context, &sku, since, until),
        StockCmd::Reorder => return reorder(context),
        StockCmd::Available { sku, date } => {
            return super::stock_available::available(context, &sku, date);
        }
    };
    let event = stock(context, command)?;
    print_stock_event(context, event)
}

fn balance(
    context: &mut Context,
    sku: Option<String>,
    location: Option<String>,
) -> Result<(), CliError> {
    let item = sku.map(|code| require_item(context, &code)).transpose()?;
    let lines = stock_query::balances(
        &context.store,
        &context.actor,
        item.as_ref(),
        location.as_deref(),
    )?;
    let rows: Vec<Row> = lines
        .iter()
        .map(
            |BalanceLine {
                 item,
                 location,
                 quantity,
             }| balance_row(&item.sku, &item.name, location, *quantity, &item.uom),
        )
        .collect();
    output::list(&mut context.out, context.format, &rows, BALANCE_COLUMNS)?;
    Ok(())
}

fn ledger(
    context: &mut Context,
    sku: &str,
    since: Option<String>,
    until: Option<String>,
) -> Result<(), CliError> {
    let item = require_item(context, sku)?;
    let since = since
        .map(|d| parse_date("since", &d))
        .transpose()
        .map_err(invalid)?;
    let until = until
        .map(|d| parse_date("until", &d))
        .transpose()
        .map_err(invalid)?;
    let lines = stock_query::ledger(&context.store, &context.actor, &item, since, until)?;
    let rows: Vec<Row> = lines
        .iter()
        .map(|line| {
            let mut row = move_row(&line.stock_move, &item.sku, context.offset());
            row.push((
                "running",
                Value::Decimal(line.running.normalize().to_string()),
            ));
            row
        })
        .collect();
    output::list(&mut context.out, context.format, &rows, LEDGER_COLUMNS)?;
    Ok(())
}

fn reorder(context: &mut Context) -> Result<(), CliError> {
    let lines = stock_query::reorder(&context.store, &context.actor)?;
    let text = |value: Option<Decimal>| {
        Value::Decimal(value.map(|v| v.normalize().to_string()).unwrap_or_default())
    };
    let rows: Vec<Row> = lines
        .iter()
        .map(|line| {
            vec![
                ("sku", Value::Text(line.item.sku.clone())),
                ("name", Value::Text(line.item.name.clone())),
                (
                    "on_hand",
                    Value::Decimal(line.on_hand.normalize().to_string()),
                ),
                ("reorder_min", text(line.item.reorder.min)),
                ("reorder_max", text(line.item.reorder.max)),
                ("order_multiple", text(line.item.reorder.multiple)),
                (
                    "suggested",
                    Value::Decimal(line.suggested.normalize().to_string()),
                ),
            ]
        })
        .collect();
    output::list(&mut context.out, context.format, &rows, REORDER_COLUMNS)?;
    Ok(())
}
