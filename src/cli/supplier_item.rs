//! The supplier items' own subcommands beside the registry's (`kind_args::OwnCommands`):
//! `add` and `edit` are the registry's with the item named by SKU, barcode or id and the
//! supplier by number or id (resolved by `core::supplier_items` before the generic
//! command runs, so an unknown one is one clear message naming its flag), `list` filters
//! by item or supplier, `price` answers what an order of a quantity costs on a day and how
//! much to order (`core::supplier_items::price_for`, `SupplierItem::order_quantity`),
//! `remove` is the registry's `delete`. The items import's
//! `--supplier-column` is read here too (`import_column`, `import_cell`). Room: cli.

use std::io::Write;

use clap::{ArgMatches, Command, FromArgMatches, Subcommand};

use super::args::{ImportArgs, Kind};
use rust_decimal::Decimal;

use super::kind::{list, record, show};
use super::kind_args::{
    KindAction, OwnCommands, RecordCmd, Target, add_command, edit_command, parse_action,
};
use super::{CliError, Context};
use crate::core::CoreError;
use crate::core::kinds::{ITEMS, SUPPLIER_ITEMS};
use crate::core::supplier_items::{self, SUPPLIER_NUMBER};
use crate::domain::Invalid;
use crate::domain::datetime::parse_date;
use crate::domain::fields::supplier_item::to_row;
use crate::domain::fields::{Input, Row, Value};
use crate::domain::money::parse_decimal;

/// The subcommands supplier items have of their own.
#[derive(Debug, Subcommand)]
enum OwnCmd {
    /// List supplier items, of one item or one supplier
    List {
        /// Only the offers of this item (SKU, barcode or id)
        #[arg(long)]
        item: Option<String>,
        /// Only the offers of this supplier (number or id)
        #[arg(long)]
        supplier: Option<String>,
    },
    /// The unit price and the order quantity of an item from a supplier for a quantity on a day
    Price {
        /// SKU, barcode or id of the item
        item: String,
        /// Number or id of the supplier [default: the item's preferred one]
        #[arg(long)]
        supplier: Option<String>,
        /// How many units are needed
        #[arg(long, default_value = "1", allow_hyphen_values = true)]
        qty: String,
        /// The day of the order (2026-12-05 or 05.12.2026) [default: today]
        #[arg(long)]
        date: Option<String>,
    },
    /// Remove a supplier item
    Remove {
        /// Id of the supplier item
        id: u64,
    },
}

/// The supplier items' own subcommands, for the registry's CLI.
pub const OWN: OwnCommands = OwnCommands {
    kind: "supplier-item",
    names: &["add", "edit", "list", "price", "remove"],
    augment: |command: Command| {
        let command = command
            .subcommand(add_command(SUPPLIER_ITEMS).display_order(0))
            .subcommand(edit_command(SUPPLIER_ITEMS));
        OwnCmd::augment_subcommands(command)
    },
    run,
};

fn run(context: &mut Context, matches: &ArgMatches) -> Result<(), CliError> {
    let action = match matches.subcommand() {
        Some((name @ ("add" | "edit"), matches)) => {
            parse_action(SUPPLIER_ITEMS, name, matches).map_err(CliError::Usage)?
        }
        _ => {
            let command = OwnCmd::from_arg_matches(matches)
                .map_err(|error| CliError::Usage(error.to_string()))?;
            return own(context, command);
        }
    };
    let action = match action {
        KindAction::Add(mut input) => {
            resolve(context, &mut input)?;
            KindAction::Add(input)
        }
        KindAction::Edit {
            id,
            expected_version,
            mut edit,
        } => {
            resolve(context, &mut edit)?;
            KindAction::Edit {
                id,
                expected_version,
                edit,
            }
        }
        other => other,
    };
    let kind = SUPPLIER_ITEMS;
    record(context, RecordCmd { kind, action })
}

/// Replaces the item and the supplier as typed by their ids; an empty one stays empty
/// (the generic command names the missing field).
fn resolve(context: &Context, input: &mut Input) -> Result<(), CliError> {
    let (store, actor) = (&context.store, &context.actor);
    let item = input.text("item");
    if !item.is_empty() {
        let id = supplier_items::item(store, actor, &item)?.id;
        input.set("item", id.to_string());
    }
    let supplier = input.text("supplier");
    if !supplier.is_empty() {
        let id = supplier_items::supplier(store, actor, &supplier)?.id;
        input.set("supplier", id.to_string());
    }
    Ok(())
}

fn own(context: &mut Context, command: OwnCmd) -> Result<(), CliError> {
    match command {
        OwnCmd::List { item, supplier } => {
            let (store, actor) = (&context.store, &context.actor);
            let item = match item {
                Some(text) => Some(supplier_items::item(store, actor, &text)?.id),
                None => None,
            };
            let supplier = match supplier {
                Some(text) => Some(supplier_items::supplier(store, actor, &text)?.id),
                None => None,
            };
            let offers = supplier_items::list(store, actor, item, supplier)?;
            let rows: Vec<_> = offers
                .iter()
                .map(|offer| to_row(offer, context.offset()))
                .collect();
            list(context, SUPPLIER_ITEMS, &rows)
        }
        OwnCmd::Price {
            item,
            supplier,
            qty,
            date,
        } => price(context, &item, supplier.as_deref(), &qty, date.as_deref()),
        OwnCmd::Remove { id } => {
            let action = KindAction::Delete {
                id: Target::Id(id),
                force: false,
            };
            let kind = SUPPLIER_ITEMS;
            record(context, RecordCmd { kind, action })
        }
    }
}

/// `supplier-item price`: the offer that applies, the unit price of the needed quantity
/// and what to order (the need raised to the minimum, then to the multiple), priced at the
/// break of the quantity ordered.
fn price(
    context: &mut Context,
    item: &str,
    supplier: Option<&str>,
    qty: &str,
    date: Option<&str>,
) -> Result<(), CliError> {
    let (store, actor) = (&context.store, &context.actor);
    let item = supplier_items::item(store, actor, item)?;
    let needed = parse_decimal("qty", qty).map_err(CoreError::from)?;
    let day = match date {
        Some(text) => parse_date("date", text).map_err(CoreError::from)?,
        None => context.zone.local(context.clock.now()).date(),
    };
    let offer = match supplier {
        Some(text) => {
            let supplier = supplier_items::supplier(store, actor, text)?;
            supplier_items::of_item(store, item.id)?
                .into_iter()
                .filter(|offer| offer.supplier_id == supplier.id)
                .find(|offer| offer.valid_on(day))
        }
        None => supplier_items::preferred(store, item.id)?,
    };
    let ordered = offer.as_ref().map(|offer| offer.order_quantity(needed));
    let unit = match (&offer, ordered) {
        (Some(offer), Some(ordered)) => {
            supplier_items::price_for(store, item.id, offer.supplier_id, ordered, day)?
        }
        _ => None,
    };
    let (Some(offer), Some(ordered), Some(unit)) = (offer, ordered, unit) else {
        let message = crate::t!(
            "supplier-item-no-offer",
            sku = item.sku.as_str(),
            qty = crate::lang::format::decimal(needed),
            date = crate::lang::format::date(day)
        );
        return Err(CoreError::Invalid(vec![Invalid::new("qty", message)]).into());
    };
    let number = |value: Decimal| Value::Decimal(value.normalize().to_string());
    let row: Row = vec![
        ("sku", Value::Text(item.sku.clone())),
        ("supplier", Value::Integer(offer.supplier_id as i64)),
        ("supplier_item", Value::Integer(offer.id as i64)),
        ("needed", number(needed)),
        ("order_qty", number(ordered)),
        ("unit_price", Value::Decimal(unit.amount.to_string())),
        ("currency", Value::Text(unit.currency.code().to_string())),
        ("lead_days", Value::Integer(i64::from(offer.lead_days))),
    ];
    show(context, &row)
}

/// The column of an items import naming each item's supplier by number
/// (`--supplier-column`), items only.
pub(super) fn import_column(
    args: &ImportArgs,
    header: &[String],
) -> Result<Option<usize>, CliError> {
    let Some(name) = args.supplier_column.as_deref() else {
        return Ok(None);
    };
    if args.kind != Kind::Plain(ITEMS) {
        return Err(CliError::Usage(crate::t!(
            "supplier-item-import-items-only"
        )));
    }
    super::import::find_column(header, name)
        .map(Some)
        .ok_or_else(|| {
            let columns = header.join(", ");
            CliError::Usage(crate::t!(
                "supplier-item-import-no-column",
                name = name,
                columns = columns
            ))
        })
}

/// Puts a row's supplier number into its input unless the cell is empty or the NULL
/// marker; whether it did.
pub(super) fn import_cell(input: &mut Input, cell: &str, null: Option<&str>) -> bool {
    let cell = cell.trim();
    if cell.is_empty() || null == Some(cell) {
        return false;
    }
    input.set(SUPPLIER_NUMBER, cell);
    true
}

/// Says how many imported items were linked to their supplier.
pub(super) fn linked(context: &mut Context, count: usize) -> Result<(), CliError> {
    let line = crate::t!("supplier-item-import-linked", count = count);
    writeln!(context.out, "{line}")?;
    Ok(())
}
