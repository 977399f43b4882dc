//! Availability of stock: on hand (the balances of every internal location) less what
//! confirmed orders reserved. Reservations are never counted apart: they are the orders'
//! lines (`SalesOrder::reserved_of`), read through the derived indexes `orders.by_item`
//! (which orders hold an item) and `orders.demand_by_day` (how much, summed per due day;
//! what a confirmation reads) in `store::kinds::sales_demand`, which the order's own
//! transaction writes and `check` verifies, so there is nothing to drift. An item's
//! reservation spans all its locations.
//!
//! Orders and balances are read outside the transaction that reserves or issues (a
//! transaction cannot scan), so every such transaction bumps the counter
//! `reservations/epoch` in `meta` and checks it still reads what it read before the scan;
//! when another write came between, the scan is repeated (`with_availability`). Writes
//! that only add stock or release reservations need not bump it. Room: core.

use std::cell::Cell;
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::access::{Access, Area, require};
use super::{Actor, CoreError};
use crate::domain::sales::{OrderState, SalesOrder};
use crate::domain::{Invalid, Item};
use crate::store::kinds::sales_demand::{demand_by_day, demand_by_item, orders_of_item};
use crate::store::{Store, StoreError, StoreResult, Tx, TxResult, abort};

/// The `meta` key counting the writes that took stock or reserved it.
const EPOCH: &str = "reservations/epoch";

/// How often a write is tried again when another came between its scan and its write.
const ATTEMPTS: usize = 16;

fn epoch(tx: &Tx) -> TxResult<u64> {
    let stored = tx.meta_get(EPOCH)?;
    let bytes = stored.and_then(|v| <[u8; 8]>::try_from(v.as_slice()).ok());
    Ok(bytes.map(u64::from_be_bytes).unwrap_or(0))
}

/// Runs `work` in a transaction with the availability as it stands when the transaction
/// commits: read, then checked unchanged (and marked changed) inside the transaction.
pub fn with_availability<R>(
    store: &Store,
    work: impl Fn(&Tx, &Availability) -> TxResult<R>,
) -> Result<R, CoreError> {
    guarded(store, || Ok(Availability::of_store(store)?), work)
}

/// `with_availability` with the availability of `items` only (what an order's confirmation
/// needs): two index reads per item instead of a walk of every order. Every other item
/// reads as having nothing.
pub fn with_availability_of<R>(
    store: &Store,
    items: &[u64],
    work: impl Fn(&Tx, &Availability) -> TxResult<R>,
) -> Result<R, CoreError> {
    guarded(store, || Ok(Availability::of_items(store, items)?), work)
}

/// `with_availability` with the availability of one item, with the orders holding it and
/// waiting for it (what a stock posting needs): that item's index entries, not every
/// item's.
pub fn with_item_availability<R>(
    store: &Store,
    item: u64,
    work: impl Fn(&Tx, &Availability) -> TxResult<R>,
) -> Result<R, CoreError> {
    guarded(
        store,
        || Ok(Availability::of_item_orders(store, item)?),
        work,
    )
}

/// Runs `work` in a transaction that marks the availability changed, for writes that read
/// what they check inside the transaction and need no availability read before it.
pub fn marking_availability<R>(
    store: &Store,
    work: impl Fn(&Tx) -> TxResult<R>,
) -> Result<R, CoreError> {
    guarded(store, || Ok(()), |tx, ()| work(tx))
}

/// Runs `work` in a transaction with what `read` read before it (the availability and
/// whatever else the write depends on), checked unchanged inside the transaction like
/// `with_availability`.
pub(super) fn guarded<A, R>(
    store: &Store,
    read: impl Fn() -> Result<A, CoreError>,
    work: impl Fn(&Tx, &A) -> TxResult<R>,
) -> Result<R, CoreError> {
    for _ in 0..ATTEMPTS {
        let before = store.transaction(epoch)?;
        let read = read()?;
        let stale = Cell::new(false);
        let result = store.transaction(|tx| {
            let now = epoch(tx)?;
            if now != before {
                stale.set(true);
                return abort(StoreError::Refused(String::new()));
            }
            stale.set(false);
            tx.meta_put(EPOCH, &now.wrapping_add(1).to_be_bytes())?;
            work(tx, &read)
        });
        if !stale.get() {
            return Ok(result?);
        }
    }
    Err(CoreError::Refused(crate::t!("core-reservations-busy")))
}

/// Reserves `received` units of `item` that just came in (with what was available
/// before) for the confirmed orders waiting for it, first come first served by order
/// number, inside the transaction of the receipt. Returns the numbers of the orders
/// served.
pub fn fill_backorders(
    tx: &Tx,
    availability: &Availability,
    item: u64,
    received: Decimal,
    now: time::OffsetDateTime,
) -> TxResult<Vec<String>> {
    let mut offered = (availability.available(item) + received).max(Decimal::ZERO);
    let mut waiting = Vec::new();
    for &id in availability.waiting_for(item) {
        if let Some(order) = tx.get::<SalesOrder>(id)?
            && order.state == OrderState::Confirmed
        {
            waiting.push(order);
        }
    }
    waiting.sort_by(|a, b| a.number.cmp(&b.number));
    let mut served = Vec::new();
    for mut order in waiting {
        if offered <= Decimal::ZERO {
            break;
        }
        let took = order.reserve_backorders(item, offered);
        if took > Decimal::ZERO {
            offered -= took;
            order.updated = now;
            tx.update(&mut order, None)?;
            served.push(order.number);
        }
    }
    Ok(served)
}

/// What one confirmed order holds of an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub number: String,
    pub reserved: Decimal,
}

/// On hand and reservations of every item (or of the items asked for), read at one moment;
/// for every item (`of_store`) also the orders holding it by id, in id order, and the
/// orders waiting for it.
#[derive(Debug, Clone, Default)]
pub struct Availability {
    on_hand: BTreeMap<u64, Decimal>,
    /// Per item, Σ reserved over the orders.
    reserved: BTreeMap<u64, Decimal>,
    holders: BTreeMap<u64, Vec<(u64, Decimal)>>,
    /// Per item, the orders with open demand of it not reserved (ids, in id order).
    waiting: BTreeMap<u64, Vec<u64>>,
}

impl Availability {
    /// Reads every balance and the reservations of every item (`orders.by_item`).
    pub fn of_store(store: &Store) -> StoreResult<Availability> {
        let (holders, waiting) = demand_by_item(store)?;
        let reserved = holders
            .iter()
            .map(|(item, orders)| (*item, orders.iter().map(|(_, r)| *r).sum()))
            .collect();
        let mut found = Availability {
            reserved,
            holders,
            waiting,
            ..Availability::default()
        };
        for balance in store.balances(None)? {
            *found.on_hand.entry(balance.item_id).or_default() += balance.quantity;
        }
        Ok(found)
    }

    /// Reads the balances and the reservations of `items` only — Σ reserved per due day from
    /// `orders.demand_by_day`, not which orders hold them (what confirming needs): no
    /// holders and no waiting orders.
    pub fn of_items(store: &Store, items: &[u64]) -> StoreResult<Availability> {
        let mut found = Availability::default();
        for &item in items {
            if found.on_hand.contains_key(&item) {
                continue;
            }
            let on_hand = store.balances(Some(item))?.iter().map(|b| b.quantity).sum();
            found.on_hand.insert(item, on_hand);
            let days = demand_by_day(store, item)?;
            let reserved = days.iter().map(|(_, reserved, _)| *reserved).sum();
            found.reserved.insert(item, reserved);
        }
        Ok(found)
    }

    /// Reads the balances of `item` and its reservations with the orders holding it and
    /// waiting for it.
    pub fn of_item_orders(store: &Store, item: u64) -> StoreResult<Availability> {
        let on_hand = store.balances(Some(item))?.iter().map(|b| b.quantity).sum();
        let (holders, waiting) = orders_of_item(store, item)?;
        Ok(Availability {
            on_hand: BTreeMap::from([(item, on_hand)]),
            reserved: BTreeMap::from([(item, holders.iter().map(|(_, r)| *r).sum())]),
            holders: BTreeMap::from([(item, holders)]),
            waiting: BTreeMap::from([(item, waiting)]),
        })
    }

    /// On hand of the item over all internal locations.
    pub fn on_hand(&self, item: u64) -> Decimal {
        self.on_hand.get(&item).copied().unwrap_or_default()
    }

    /// The confirmed orders holding the item (id, reserved), in order id order.
    pub fn holders(&self, item: u64) -> &[(u64, Decimal)] {
        self.holders
            .get(&item)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Σ reserved of the item over the confirmed orders.
    pub fn reserved(&self, item: u64) -> Decimal {
        self.reserved.get(&item).copied().unwrap_or_default()
    }

    /// Ids of the orders with open demand of `item` not reserved (open ones among them:
    /// the caller reads their state), in id order.
    pub fn waiting_for(&self, item: u64) -> &[u64] {
        self.waiting
            .get(&item)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// On hand less reserved (negative when more is reserved than is left).
    pub fn available(&self, item: u64) -> Decimal {
        self.on_hand(item) - self.reserved(item)
    }

    /// Refuses taking `quantity` of `item` out of stock when that would eat a reservation,
    /// naming the orders that hold it.
    /// (The orders' numbers are read in `tx`.)
    pub fn check_issue(
        &self,
        tx: &Tx,
        item: &Item,
        quantity: Decimal,
    ) -> TxResult<Result<(), String>> {
        let reserved = self.reserved(item.id);
        let available = self.available(item.id);
        if reserved <= Decimal::ZERO || quantity <= available {
            return Ok(Ok(()));
        }
        let mut orders: Vec<String> = Vec::new();
        for (id, _) in self.holders(item.id) {
            if let Some(order) = tx.get::<SalesOrder>(*id)? {
                orders.push(order.number);
            }
        }
        use crate::lang::format::decimal;
        Ok(Err(crate::t!(
            "core-move-reserved",
            available = decimal(available.max(Decimal::ZERO).normalize()),
            uom = &item.uom,
            sku = &item.sku,
            on_hand = decimal(self.on_hand(item.id).normalize()),
            reserved = decimal(reserved.normalize()),
            orders = orders.join(", "),
            needed = decimal(quantity.normalize())
        )))
    }
}

/// One item's availability, with its on-hand per internal location.
#[derive(Debug, Clone)]
pub struct ItemAvailability {
    pub item: Item,
    pub locations: Vec<(String, Decimal)>,
    pub on_hand: Decimal,
    pub reserved: Decimal,
    pub available: Decimal,
    pub holders: Vec<Holder>,
}

/// The item with this SKU or barcode, for those who read items; else why not.
pub fn readable_item(store: &Store, actor: &Actor, code: &str) -> Result<Item, CoreError> {
    require(actor, Area::Items, Access::Read)?;
    super::stock_query::find_item(store, actor, code)?.ok_or_else(|| {
        CoreError::from(Invalid::new(
            "sku",
            crate::t!("core-no-item", code = code.trim()),
        ))
    })
}

/// The availability of the item with this SKU or barcode (anyone who reads items).
pub fn of_item(store: &Store, actor: &Actor, code: &str) -> Result<ItemAvailability, CoreError> {
    let item = readable_item(store, actor, code)?;
    let all = Availability::of_item_orders(store, item.id)?;
    let mut holders = Vec::new();
    for (id, reserved) in all.holders(item.id) {
        let (id, reserved) = (*id, *reserved);
        let order = store.require::<SalesOrder>(id)?;
        holders.push(Holder {
            number: order.number,
            reserved,
        });
    }
    let locations = store
        .balances(Some(item.id))?
        .into_iter()
        .map(|b| (b.location, b.quantity))
        .collect();
    Ok(ItemAvailability {
        locations,
        on_hand: all.on_hand(item.id),
        reserved: all.reserved(item.id),
        available: all.available(item.id),
        holders,
        item,
    })
}
