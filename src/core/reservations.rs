//! Availability of stock: on hand (the balances of every internal location) less what
//! confirmed orders reserved. Reservations are never counted: they are derived each time
//! from the orders' lines (`SalesOrder::reserved_of`), so there is nothing to drift and
//! nothing for `check` to repair. An item's reservation spans all its locations.
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
    for _ in 0..ATTEMPTS {
        let before = store.transaction(epoch)?;
        let availability = Availability::of_store(store)?;
        let stale = Cell::new(false);
        let result = store.transaction(|tx| {
            let now = epoch(tx)?;
            if now != before {
                stale.set(true);
                return abort(StoreError::Refused(String::new()));
            }
            stale.set(false);
            tx.meta_put(EPOCH, &now.wrapping_add(1).to_be_bytes())?;
            work(tx, &availability)
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
    let mut served = Vec::new();
    for id in availability.waiting_for(item) {
        if offered <= Decimal::ZERO {
            break;
        }
        let mut order = tx.require::<SalesOrder>(id)?;
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

/// On hand and reservations of every item, read at one moment.
#[derive(Debug, Clone, Default)]
pub struct Availability {
    on_hand: BTreeMap<u64, Decimal>,
    holders: BTreeMap<u64, Vec<Holder>>,
    /// Per item, the confirmed orders with a backordered line of it: (number, id).
    waiting: BTreeMap<u64, Vec<(String, u64)>>,
}

impl Availability {
    /// Reads every balance and every confirmed order of the store.
    pub fn of_store(store: &Store) -> StoreResult<Availability> {
        let mut found = Availability::default();
        for balance in store.balances(None)? {
            *found.on_hand.entry(balance.item_id).or_default() += balance.quantity;
        }
        for order in store.scan::<SalesOrder>()? {
            let order = order?;
            let mut items: Vec<u64> = order.lines.iter().filter_map(|l| l.line.item_id).collect();
            items.sort_unstable();
            items.dedup();
            for item in items {
                let waits = order.lines.iter().any(|line| {
                    line.line.item_id == Some(item) && line.backordered() > Decimal::ZERO
                });
                if order.state == OrderState::Confirmed && waits {
                    let waiting = found.waiting.entry(item).or_default();
                    waiting.push((order.number.clone(), order.id));
                }
                let reserved = order.reserved_of(item);
                if reserved > Decimal::ZERO {
                    found.holders.entry(item).or_default().push(Holder {
                        number: order.number.clone(),
                        reserved,
                    });
                }
            }
        }
        for waiting in found.waiting.values_mut() {
            waiting.sort();
        }
        Ok(found)
    }

    /// Ids of the confirmed orders waiting for `item` (a backordered line of it), first
    /// come first served: by order number.
    pub fn waiting_for(&self, item: u64) -> Vec<u64> {
        let waiting = self.waiting.get(&item).map(Vec::as_slice);
        waiting
            .unwrap_or_default()
            .iter()
            .map(|(_, id)| *id)
            .collect()
    }

    /// On hand of the item over all internal locations.
    pub fn on_hand(&self, item: u64) -> Decimal {
        self.on_hand.get(&item).copied().unwrap_or_default()
    }

    /// The confirmed orders holding the item, in order id order.
    pub fn holders(&self, item: u64) -> &[Holder] {
        self.holders
            .get(&item)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Σ reserved of the item over the confirmed orders.
    pub fn reserved(&self, item: u64) -> Decimal {
        self.holders(item).iter().map(|h| h.reserved).sum()
    }

    /// On hand less reserved (negative when more is reserved than is left).
    pub fn available(&self, item: u64) -> Decimal {
        self.on_hand(item) - self.reserved(item)
    }

    /// Refuses taking `quantity` of `item` out of stock when that would eat a reservation,
    /// naming the orders that hold it.
    pub fn check_issue(&self, item: &Item, quantity: Decimal) -> Result<(), String> {
        let reserved = self.reserved(item.id);
        let available = self.available(item.id);
        if reserved <= Decimal::ZERO || quantity <= available {
            return Ok(());
        }
        let orders: Vec<&str> = self
            .holders(item.id)
            .iter()
            .map(|h| h.number.as_str())
            .collect();
        use crate::lang::format::decimal;
        Err(crate::t!(
            "core-move-reserved",
            available = decimal(available.max(Decimal::ZERO).normalize()),
            uom = &item.uom,
            sku = &item.sku,
            on_hand = decimal(self.on_hand(item.id).normalize()),
            reserved = decimal(reserved.normalize()),
            orders = orders.join(", "),
            needed = decimal(quantity.normalize())
        ))
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

/// The availability of the item with this SKU or barcode (anyone who reads items).
pub fn of_item(store: &Store, actor: &Actor, code: &str) -> Result<ItemAvailability, CoreError> {
    require(actor, Area::Items, Access::Read)?;
    let item = super::stock_query::find_item(store, actor, code)?.ok_or_else(|| {
        CoreError::from(Invalid::new(
            "sku",
            crate::t!("core-no-item", code = code.trim()),
        ))
    })?;
    let all = Availability::of_store(store)?;
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
        holders: all.holders(item.id).to_vec(),
        item,
    })
}
