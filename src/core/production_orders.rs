//! Production orders: adding one (`FA-2026-00001`, gapless, for an item with a BOM),
//! completing all or part of it — the production run of `core::bom` with the order's
//! number as the moves' reference, in one transaction with the order's done quantity, so
//! a short component refuses both; it consumes the BOM's own components (one level, as
//! planning counts them: a sub-assembly is made by its own order and taken from stock) —
//! and cancelling the rest with a reason. Who may:
//! purchasing and the warehouse add and cancel orders (area `Production`: purchasing
//! plans, the warehouse runs the shop floor); completing moves stock, so it needs the
//! `Stock` area (the warehouse, as `bom produce` does). Queries for planning: what is open
//! as scheduled receipts (`open_supply`) and what the open rest needs of its components,
//! one BOM level down, on its start day (`open_component_needs`). Room: core.

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::access::{Access, Area, require};
use super::bom::{Production, Run, no_bom, produce};
use super::stock::{resolve_item, resolve_location};
use super::{Actor, CoreError, Settings};
use crate::domain::bom::Bom;
use crate::domain::location::is_virtual;
use crate::domain::production_order::{ProductionOrder, working_days_before};
use crate::domain::sales::Series;
use crate::domain::{Invalid, Item};
use crate::store::kinds::production_order as index;
use crate::store::kinds::sales::next_number;
use crate::store::{Store, StoreError, Tx, TxResult, abort};

/// A change to production orders.
#[derive(Debug, Clone)]
pub enum ProductionCommand {
    /// A new order for `quantity` of the item with this SKU or barcode, due on `due`, at
    /// `location` (default: the default location), starting on `start` (default: the
    /// item's production days, as working days, before `due`).
    Add {
        code: String,
        quantity: Decimal,
        due: Date,
        start: Option<Date>,
        location: Option<String>,
    },
    /// Makes `quantity` of the order (all that is open when `None`).
    Complete {
        number: String,
        quantity: Option<Decimal>,
    },
    /// Cancels what is open of the order.
    Cancel { number: String, reason: String },
}

impl ProductionCommand {
    pub fn name(&self) -> &'static str {
        match self {
            ProductionCommand::Add { .. } => "Add",
            ProductionCommand::Complete { .. } => "Complete",
            ProductionCommand::Cancel { .. } => "Cancel",
        }
    }

    /// Completing posts stock (`Stock`); adding and cancelling plan (`Production`).
    pub fn area(&self) -> Area {
        match self {
            ProductionCommand::Complete { .. } => Area::Stock,
            ProductionCommand::Add { .. } | ProductionCommand::Cancel { .. } => Area::Production,
        }
    }
}

/// What a production order command did.
#[derive(Debug, Clone)]
pub enum ProductionEvent {
    Added(Box<ProductionOrder>),
    /// The order after the completion, and the production run it posted.
    Completed(Box<ProductionOrder>, Box<Production>),
    Cancelled(Box<ProductionOrder>),
}

impl ProductionEvent {
    /// The order as the command left it.
    pub fn order(&self) -> &ProductionOrder {
        match self {
            ProductionEvent::Added(order)
            | ProductionEvent::Completed(order, _)
            | ProductionEvent::Cancelled(order) => order,
        }
    }
}

/// Runs a production order command as `actor` at `now`.
pub fn execute(
    store: &Store,
    actor: &Actor,
    command: ProductionCommand,
    now: OffsetDateTime,
) -> Result<ProductionEvent, CoreError> {
    let settings = Settings::load(store)?;
    match command {
        ProductionCommand::Add {
            code,
            quantity,
            due,
            start,
            location,
        } => {
            let location = location.unwrap_or_else(|| settings.default_location.clone());
            let added = store.transaction(|tx| {
                add_in(tx, &code, quantity, due, start, &location, &settings, now)
            })?;
            Ok(ProductionEvent::Added(Box::new(added)))
        }
        ProductionCommand::Complete { number, quantity } => {
            super::reservations::with_availability(store, |tx, availability| {
                let mut order = order_in(tx, &number)?;
                let made = order.complete(quantity, now, &actor.name).or_else(abort)?;
                let sku = tx.require::<Item>(order.item_id)?.sku;
                let run = Run {
                    code: &sku,
                    quantity: made,
                    location: &order.location,
                    settings: &settings,
                    actor,
                    now,
                    reference: Some(&order.number),
                    one_level: true,
                };
                let production = match produce(tx, &run, availability)? {
                    Ok(super::bom::BomEvent::Produced(production)) => production,
                    Ok(_) => return Ok(Err(CoreError::Refused(no_bom_of(&order)))),
                    Err(refused) => return Ok(Err(refused)),
                };
                tx.update(&mut order, None)?;
                Ok(Ok(ProductionEvent::Completed(Box::new(order), production)))
            })?
        }
        ProductionCommand::Cancel { number, reason } => {
            let cancelled = store.transaction(|tx| {
                let mut order = order_in(tx, &number)?;
                order.cancel(&reason, now, &actor.name).or_else(abort)?;
                tx.update(&mut order, None)?;
                Ok(order)
            })?;
            Ok(ProductionEvent::Cancelled(Box::new(cancelled)))
        }
    }
}

/// Writes a new order inside a transaction, taking its number there (for
/// `ProductionCommand::Add` and MRP's convert, which writes several in one transaction).
#[allow(clippy::too_many_arguments)]
pub(crate) fn add_in(
    tx: &Tx,
    code: &str,
    quantity: Decimal,
    due: Date,
    start: Option<Date>,
    location: &str,
    settings: &Settings,
    now: OffsetDateTime,
) -> TxResult<ProductionOrder> {
    let item = resolve_item(tx, code)?;
    if tx.get::<Bom>(item.id)?.is_none() {
        return abort(StoreError::Refused(no_bom(&item)));
    }
    let location = resolve_location(tx, location, settings, now)?;
    if is_virtual(&location) {
        return abort(Invalid::new(
            "location",
            crate::t!("core-produce-virtual", location = &location),
        ));
    }
    let start = start.unwrap_or_else(|| working_days_before(due, item.planning.production_days));
    let mut order = ProductionOrder {
        id: 0,
        number: String::new(),
        item_id: item.id,
        sku: item.sku,
        quantity,
        done: Decimal::ZERO,
        location,
        start,
        due,
        completions: Vec::new(),
        cancelled: None,
        created: now,
        updated: now,
        version: 0,
    };
    order.validate().or_else(abort)?;
    order.number = next_number(tx, Series::Production, now.year())?;
    tx.insert(&mut order)?;
    Ok(order)
}

fn no_bom_of(order: &ProductionOrder) -> String {
    crate::t!("core-no-bom", sku = &order.sku)
}

fn unknown(number: &str) -> String {
    crate::t!("production-unknown", number = number.trim())
}

/// The order numbered `number`, read inside the transaction.
fn order_in(tx: &Tx, number: &str) -> TxResult<ProductionOrder> {
    match index::by_number_in(tx, number)? {
        Some(id) => tx.require::<ProductionOrder>(id),
        None => abort(StoreError::Refused(unknown(number))),
    }
}

/// The order numbered `number`.
pub fn find(store: &Store, actor: &Actor, number: &str) -> Result<ProductionOrder, CoreError> {
    require(actor, Area::Production, Access::Read)?;
    match index::by_number(store, number)? {
        Some(id) => Ok(store.require::<ProductionOrder>(id)?),
        None => Err(CoreError::Refused(unknown(number))),
    }
}

/// Every order, oldest first; only those with something open when `open_only`.
pub fn list(
    store: &Store,
    actor: &Actor,
    open_only: bool,
) -> Result<Vec<ProductionOrder>, CoreError> {
    require(actor, Area::Production, Access::Read)?;
    if open_only {
        let mut orders = open_orders(store)?;
        orders.sort_by_key(|order| order.id);
        return Ok(orders);
    }
    Ok(store
        .scan::<ProductionOrder>()?
        .collect::<Result<Vec<_>, _>>()?)
}

fn open_orders(store: &Store) -> Result<Vec<ProductionOrder>, CoreError> {
    let mut orders = Vec::new();
    for id in index::open_ids(store)? {
        orders.push(store.require::<ProductionOrder>(id)?);
    }
    Ok(orders)
}

/// What is still to come of an open production order: a scheduled receipt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduledReceipt {
    pub order_id: u64,
    pub number: String,
    pub item_id: u64,
    pub location: String,
    /// The quantity still open.
    pub quantity: Decimal,
    pub due: Date,
}

/// What the open rest of a production order needs of one component, on its start day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComponentNeed {
    pub order_id: u64,
    pub number: String,
    /// The component.
    pub item_id: u64,
    pub location: String,
    /// Open quantity × the line's quantity × (1 + scrap %) ÷ the BOM's output quantity.
    pub quantity: Decimal,
    pub needed: Date,
}

/// Every open production order as a scheduled receipt, by item, then order id.
pub fn open_supply(store: &Store) -> Result<Vec<ScheduledReceipt>, CoreError> {
    Ok(open_orders(store)?
        .into_iter()
        .map(|order| ScheduledReceipt {
            order_id: order.id,
            quantity: order.open_quantity(),
            number: order.number,
            item_id: order.item_id,
            location: order.location,
            due: order.due,
        })
        .collect())
}

/// What the open orders need of their components, exploded one BOM level down with the
/// BOM as it stands now (planning's next level explodes further); per order in the order
/// of `open_supply`, its lines in BOM order. An order whose item lost its BOM needs nothing.
pub fn open_component_needs(store: &Store) -> Result<Vec<ComponentNeed>, CoreError> {
    let mut needs = Vec::new();
    for order in open_orders(store)? {
        let Some(bom) = store.get::<Bom>(order.item_id)? else {
            continue;
        };
        let runs = order
            .open_quantity()
            .checked_div(bom.output_qty)
            .ok_or_else(|| overflow(&order))?;
        for line in &bom.lines {
            needs.push(ComponentNeed {
                order_id: order.id,
                number: order.number.clone(),
                item_id: line.component_item_id,
                location: order.location.clone(),
                quantity: line.gross(runs).map_err(|_| overflow(&order))?,
                needed: order.start,
            });
        }
    }
    Ok(needs)
}

fn overflow(order: &ProductionOrder) -> CoreError {
    CoreError::Refused(format!(
        "{}: {}",
        order.number,
        crate::domain::bom::BomError::Overflow
    ))
}
