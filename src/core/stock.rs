//! Stock commands: postings to the append-only ledger, with balances kept in the same
//! transaction; a posting resolves its item by SKU or barcode and its locations (the
//! default one is created on first use). Items and locations themselves are plain kinds
//! (`kinds::item`, `kinds::location`). A posting that takes stock out (to a virtual
//! location) is refused when it would eat what confirmed orders reserved of the item, and
//! any move out of a location when it would eat what they reserved there
//! (`reservations`); every posting marks the availability changed, so a confirmation
//! read before it is read again. A receipt (from a virtual location into the warehouse)
//! reserves what it brings for backordered lines of confirmed orders in the same
//! transaction (`reservations::fill_backorders`). Room: core.

use rust_decimal::Decimal;

use super::{Actor, CoreError, Settings};
use crate::domain::location::{LOSS, is_virtual, location_key};
use crate::domain::{Invalid, Item, Location, StockMove, names};
use crate::store::kinds::item as items;
use crate::store::kinds::stock_move as stock_moves;
use crate::store::{Store, StoreError, Tx, TxResult, abort};

/// A posting to the stock ledger.
#[derive(Debug, Clone)]
pub enum StockCommand {
    /// Posts `quantity` of the item with this SKU or barcode from one location to another.
    /// Refused when an internal location would go below zero, unless `allow_negative`.
    Post {
        code: String,
        quantity: Decimal,
        from: String,
        to: String,
        reference: String,
        allow_negative: bool,
    },
    /// Sets the on-hand at a location to what was counted; the difference goes against
    /// `loss`.
    Count {
        code: String,
        location: String,
        counted: Decimal,
    },
    /// Posts the move that undoes move `id`.
    Reverse { id: u64 },
}

/// What a stock command did.
#[derive(Debug, Clone)]
pub enum StockEvent {
    /// The posted moves with the item and the balances after each at (from, to).
    Posted(Vec<Posted>),
    /// A count found exactly the recorded on-hand: nothing was posted.
    CountMatched {
        item: Box<Item>,
        location: String,
        quantity: Decimal,
    },
}

#[derive(Debug, Clone)]
pub struct Posted {
    pub stock_move: StockMove,
    pub item: Item,
    pub from_balance: Decimal,
    pub to_balance: Decimal,
}

/// Runs a stock command as `actor` at `now`.
pub fn execute(
    store: &Store,
    actor: &Actor,
    command: StockCommand,
    now: time::OffsetDateTime,
) -> Result<StockEvent, CoreError> {
    let settings = Settings::load(store)?;
    let event = match command {
        StockCommand::Post {
            code,
            quantity,
            from,
            to,
            reference,
            allow_negative,
        } => {
            let item_id = store.transaction(|tx| resolve_item(tx, &code))?.id;
            let posted =
                super::reservations::with_item_availability(store, item_id, |tx, availability| {
                    let item = resolve_item(tx, &code)?;
                    if item.id != item_id {
                        // The code names another item since it was read: read again.
                        return abort(StoreError::Refused(crate::t!("core-reservations-busy")));
                    }
                    let from = resolve_location(tx, &from, &settings, now)?;
                    let to = resolve_location(tx, &to, &settings, now)?;
                    let stock_move = StockMove {
                        id: 0,
                        item_id: item.id,
                        quantity,
                        from,
                        to,
                        at: now,
                        reference: reference.clone(),
                        agent: actor.name.clone(),
                        reverses: None,
                    };
                    let takes = !is_virtual(&stock_move.from);
                    if takes && !allow_negative {
                        let leaves = is_virtual(&stock_move.to);
                        availability
                            .check_take(tx, &item, &stock_move.from, quantity, leaves)?
                            .map_err(StoreError::Refused)
                            .or_else(abort)?;
                    }
                    let receipt = is_virtual(&stock_move.from) && !is_virtual(&stock_move.to);
                    let posted = post(tx, item, stock_move, allow_negative)?;
                    if receipt {
                        super::reservations::fill_backorders(
                            tx,
                            availability,
                            posted.item.id,
                            &posted.stock_move.to,
                            posted.stock_move.quantity,
                            now,
                        )?;
                    }
                    Ok(posted)
                })?;
            StockEvent::Posted(vec![posted])
        }
        StockCommand::Count {
            code,
            location,
            counted,
        } => {
            if counted < Decimal::ZERO {
                return Err(Invalid::new("quantity", crate::t!("core-count-negative")).into());
            }
            super::reservations::marking_availability(store, |tx| {
                let item = resolve_item(tx, &code)?;
                let location = resolve_location(tx, &location, &settings, now)?;
                if is_virtual(&location) {
                    return abort(Invalid::new(
                        "location",
                        crate::t!("core-count-virtual", location = &location),
                    ));
                }
                let on_hand = tx.balance(item.id, &location)?;
                let difference = counted - on_hand;
                if difference.is_zero() {
                    return Ok(StockEvent::CountMatched {
                        item: Box::new(item),
                        location,
                        quantity: on_hand,
                    });
                }
                let (from, to) = if difference > Decimal::ZERO {
                    (LOSS.to_string(), location)
                } else {
                    (location, LOSS.to_string())
                };
                let stock_move = StockMove {
                    id: 0,
                    item_id: item.id,
                    quantity: difference.abs(),
                    from,
                    to,
                    at: now,
                    reference: format!("count: {counted} counted, {on_hand} recorded"),
                    agent: actor.name.clone(),
                    reverses: None,
                };
                Ok(StockEvent::Posted(vec![post(tx, item, stock_move, true)?]))
            })?
        }
        StockCommand::Reverse { id } => {
            let posted = super::reservations::marking_availability(store, |tx| {
                let original = tx.require::<StockMove>(id)?;
                if let Some(by) = stock_moves::reversal_of(tx, id)? {
                    return abort(StoreError::Refused(crate::t!(
                        "core-move-reversed",
                        record = names::record("move", id),
                        by = names::record("move", by)
                    )));
                }
                let item = tx.require::<Item>(original.item_id)?;
                post(tx, item, original.reversal(now, &actor.name), false)
            })?;
            StockEvent::Posted(vec![posted])
        }
    };
    Ok(event)
}

/// Posts a move after checking that no internal location goes below zero (unless
/// allowed), naming the shortfall.
pub(super) fn post(
    tx: &Tx,
    item: Item,
    mut stock_move: StockMove,
    allow_negative: bool,
) -> TxResult<Posted> {
    stock_move.validate().or_else(abort)?;
    if !is_virtual(&stock_move.from) && !allow_negative {
        let on_hand = tx.balance(item.id, &stock_move.from)?;
        if on_hand < stock_move.quantity {
            return abort(StoreError::Refused(crate::t!(
                "core-move-short",
                on_hand = crate::lang::format::decimal(on_hand.normalize()),
                uom = &item.uom,
                sku = &item.sku,
                location = &stock_move.from,
                needed = crate::lang::format::decimal(stock_move.quantity.normalize()),
                short = crate::lang::format::decimal((stock_move.quantity - on_hand).normalize())
            )));
        }
    }
    let (from_balance, to_balance) = tx.post_move(&mut stock_move)?;
    Ok(Posted {
        stock_move,
        item,
        from_balance,
        to_balance,
    })
}

/// The item a SKU or barcode names, inside a transaction.
pub(super) fn resolve_item(tx: &Tx, code: &str) -> TxResult<Item> {
    match items::holder_of_code(tx, code)? {
        Some(id) => tx.require::<Item>(id),
        None => abort(Invalid::new(
            "sku",
            crate::t!("core-no-item", code = code.trim()),
        )),
    }
}

/// The key form of a location code, inside a transaction: virtual ones always exist; the
/// default location is created on first use; any other must have been added.
pub(super) fn resolve_location(
    tx: &Tx,
    code: &str,
    settings: &Settings,
    now: time::OffsetDateTime,
) -> TxResult<String> {
    let key = location_key(code);
    if is_virtual(&key) {
        return Ok(key);
    }
    if items::location_holder(tx, &key)?.is_some() {
        return Ok(key);
    }
    if key == location_key(&settings.default_location) {
        let mut location = Location {
            id: 0,
            code: key.clone(),
            name: "Main warehouse".into(),
            created: now,
            version: 0,
        };
        tx.insert(&mut location)?;
        return Ok(key);
    }
    abort(Invalid::new(
        "location",
        crate::t!("core-unknown-location", code = code.trim()),
    ))
}
