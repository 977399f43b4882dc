//! `item` and `stock`: clap definitions and handlers, and the locations' own `location
//! list` (the rest of `location` is the registry's). Wherever a SKU is asked for, a barcode
//! works too. Room: cli.

use std::io::Write;

use clap::{Args, Subcommand};
use rust_decimal::Decimal;

use super::{CliError, Context, output};
use crate::core::stock::{Posted, StockCommand, StockEvent};
use crate::core::stock_query::{self, BalanceLine};
use crate::core::{Command, CoreError, Event, execute};
use crate::domain::datetime::parse_date;
use crate::domain::fields::item::{self as item_fields, balance_row, move_row};
use crate::domain::fields::{Input, Row, Value};
use crate::domain::location::{CUSTOMER, SUPPLIER};
use crate::domain::money::parse_decimal;
use crate::domain::{Item, Location};

const ITEM_COLUMNS: &[&str] = &["id", "sku", "name", "uom", "price", "reorder_min", "active"];
const BALANCE_COLUMNS: &[&str] = &["sku", "name", "location", "quantity", "uom"];
const LEDGER_COLUMNS: &[&str] = &[
    "id",
    "at",
    "quantity",
    "from",
    "to",
    "running",
    "reference",
    "agent",
];
const REORDER_COLUMNS: &[&str] = &[
    "sku",
    "name",
    "on_hand",
    "reorder_min",
    "reorder_max",
    "order_multiple",
    "suggested",
];

#[derive(Debug, Args)]
pub struct ItemFields {
    /// The item's unique code (with `item edit`, a new one)
    #[arg(long)]
    pub sku: Option<String>,
    /// Name of the item
    #[arg(long)]
    pub name: Option<String>,
    /// Unit of measure [default: pcs]
    #[arg(long)]
    pub uom: Option<String>,
    /// A barcode (repeatable; with `item edit`, `-CODE` removes one)
    #[arg(long, allow_hyphen_values = true)]
    pub barcode: Vec<String>,
    /// Standard cost of one unit
    #[arg(long)]
    pub cost: Option<String>,
    /// Sales price of one unit
    #[arg(long)]
    pub price: Option<String>,
    /// Reorder point: `stock reorder` lists the item when its on-hand across all
    /// internal locations is below this
    #[arg(long)]
    pub reorder_min: Option<String>,
    /// On-hand to fill up to when reordering [default: the reorder point]
    #[arg(long)]
    pub reorder_max: Option<String>,
    /// Reorder in whole multiples of this quantity
    #[arg(long)]
    pub order_multiple: Option<String>,
    /// Days from ordering to delivery, a whole number [default: 0]
    #[arg(long)]
    pub lead_days: Option<String>,
    /// yes or no
    #[arg(long)]
    pub active: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ItemCmd {
    /// Add an item (--sku and --name required)
    Add(ItemFields),
    /// Show one item by SKU or barcode
    Show {
        /// SKU or barcode of the item
        sku: String,
    },
    /// List items
    List {
        /// At most this many rows
        #[arg(long, default_value_t = 100)]
        limit: usize,
    },
    /// Find items by SKU, barcode or name
    Search {
        /// A whole SKU or barcode, or the start of a word of the name
        text: String,
        /// At most this many rows
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Change an item
    Edit {
        /// SKU or barcode of the item
        code: String,
        #[command(flatten)]
        fields: ItemFields,
        /// Refuse unless the item is still at this version
        #[arg(long)]
        expect_version: Option<u64>,
    },
}

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
}

pub(super) fn invalid(error: crate::domain::Invalid) -> CliError {
    CliError::Core(CoreError::from(error))
}

pub(super) fn quantity(text: &str) -> Result<Decimal, CliError> {
    parse_decimal("quantity", text).map_err(invalid)
}

fn item_input(fields: ItemFields) -> Input {
    let mut input = Input::new();
    for (field, value) in [
        ("sku", fields.sku),
        ("name", fields.name),
        ("uom", fields.uom),
        ("cost", fields.cost),
        ("price", fields.price),
        ("reorder_min", fields.reorder_min),
        ("reorder_max", fields.reorder_max),
        ("order_multiple", fields.order_multiple),
        ("lead_days", fields.lead_days),
        ("active", fields.active),
    ] {
        if let Some(value) = value {
            input.push(field, value);
        }
    }
    for barcode in fields.barcode {
        input.push("barcode", barcode);
    }
    input
}

/// The item a SKU or barcode names, or a usage error.
pub fn require_item(context: &Context, code: &str) -> Result<Item, CliError> {
    stock_query::find_item(&context.store, &context.actor, code)?.ok_or_else(|| {
        invalid(crate::domain::Invalid::new(
            "sku",
            format!("no item with SKU or barcode \"{code}\""),
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
        _ => Err(CliError::Failed("unexpected answer from the core".into())),
    }
}

fn show_item(context: &mut Context, item: &Item) -> Result<(), CliError> {
    output::record(
        &mut context.out,
        context.format,
        &item_fields::to_row(item, context.offset),
    )?;
    Ok(())
}

fn list_items(context: &mut Context, items: &[Item]) -> Result<(), CliError> {
    let rows: Vec<Row> = items
        .iter()
        .map(|i| item_fields::to_row(i, context.offset))
        .collect();
    output::list(&mut context.out, context.format, &rows, ITEM_COLUMNS)?;
    Ok(())
}

pub fn item(context: &mut Context, command: ItemCmd) -> Result<(), CliError> {
    match command {
        ItemCmd::Add(fields) => {
            let item = item_fields::from_input(
                &item_input(fields),
                context.clock.now(),
                context.settings.currency,
            )
            .map_err(CoreError::from)?;
            if let StockEvent::ItemSaved(item) = stock(context, StockCommand::AddItem { item })? {
                show_item(context, &item)?;
            }
            Ok(())
        }
        ItemCmd::Show { sku } => {
            let item = require_item(context, &sku)?;
            show_item(context, &item)
        }
        ItemCmd::List { limit } => {
            let items = stock_query::list_items(&context.store, &context.actor, limit)?;
            list_items(context, &items)
        }
        ItemCmd::Search { text, limit } => {
            let items = stock_query::search_items(&context.store, &context.actor, &text, limit)?;
            list_items(context, &items)
        }
        ItemCmd::Edit {
            code,
            fields,
            expect_version,
        } => {
            let id = require_item(context, &code)?.id;
            let command = StockCommand::EditItem {
                id,
                expected_version: expect_version,
                input: item_input(fields),
            };
            if let StockEvent::ItemSaved(item) = stock(context, command)? {
                show_item(context, &item)?;
            }
            Ok(())
        }
    }
}

/// `location list`: the internal locations in code order, then the virtual ones (the
/// locations' own list, `kind_args::OWN_LISTS`).
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
    let mut row = move_row(&posted.stock_move, &posted.item.sku, context.offset);
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
            writeln!(
                context.out,
                "count matches: {} {} of {} at {location}; nothing posted",
                quantity.normalize(),
                item.uom,
                item.sku
            )?;
        }
        StockEvent::ItemSaved(item) => show_item(context, &item)?,
        StockEvent::ItemsImported { .. } => {}
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
            let mut row = move_row(&line.stock_move, &item.sku, context.offset);
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
