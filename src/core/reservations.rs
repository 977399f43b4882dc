//! Availability of stock per item and internal location: on hand (the balances) less what
//! confirmed orders reserved there. Reservations are never counted apart: they are the
//! orders' lines (`OrderLine::reservations`, (location, quantity) pairs), read through the
//! derived indexes `orders.by_item` (which orders hold an item) and
//! `orders.reserved_by_location` (how much per item and location, summed) in
//! `store::kinds::sales_demand`, which the order's own transaction writes and `check`
//! verifies — and holds against the balances — so there is nothing to drift. A
//! confirmation reserves from the location with the most available first (`offer`); a move
//! out of a location may not take what is reserved there (`check_take`).
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
use crate::domain::sales::{Offer, OrderState, SalesOrder, UNASSIGNED};
use crate::domain::{Invalid, Item};
use crate::store::kinds::sales_demand::{demand_by_item, orders_of_item, reserved_by_location};
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

/// Reserves `received` units of `item` that just came in at `location` (with what was
/// available before, per location) for the confirmed orders waiting for it, first come
/// first served by order number, inside the transaction of the receipt. Returns the
/// numbers of the orders served.
pub fn fill_backorders(
    tx: &Tx,
    availability: &Availability,
    item: u64,
    location: &str,
    received: Decimal,
    now: time::OffsetDateTime,
) -> TxResult<Vec<String>> {
    let mut offered = availability.offer_with(item, Some((location, received)));
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
        if offered.iter().all(|(_, left)| *left <= Decimal::ZERO) {
            break;
        }
        let took = order.reserve_backorders(item, &mut offered);
        if took > Decimal::ZERO {
            order.updated = now;
            tx.update(&mut order, None)?;
            served.push(order.number);
        }
    }
    Ok(served)
}

/// What one confirmed order holds of an item, in total and per location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub number: String,
    pub reserved: Decimal,
    pub locations: Offer,
}

/// On hand and reservations per item and internal location (the empty location: what
/// is reserved without one), of every item or of the items asked for, read at one moment;
/// for every item (`of_store`) and for one (`of_item_orders`) also the orders holding it
/// by id, in id order, and the orders waiting for it.
#[derive(Debug, Clone, Default)]
pub struct Availability {
    on_hand: BTreeMap<(u64, String), Decimal>,
    /// Per item and location, Σ reserved over the orders (`orders.reserved_by_location`).
    reserved: BTreeMap<(u64, String), Decimal>,
    holders: BTreeMap<u64, Vec<(u64, Decimal)>>,
    /// Per item, the orders with open demand of it not reserved (ids, in id order).
    waiting: BTreeMap<u64, Vec<u64>>,
}

impl Availability {
    /// Reads the balances and reservations per location of `item`, or of every item.
    fn read(&mut self, store: &Store, item: Option<u64>) -> StoreResult<()> {
        for balance in store.balances(item)? {
            *self
                .on_hand
                .entry((balance.item_id, balance.location))
                .or_default() += balance.quantity;
        }
        for (item, location, reserved) in reserved_by_location(store, item)? {
            self.reserved.insert((item, location), reserved);
        }
        Ok(())
    }

    /// Reads every balance and the reservations of every item.
    pub fn of_store(store: &Store) -> StoreResult<Availability> {
        let (holders, waiting) = demand_by_item(store)?;
        let mut found = Availability {
            holders,
            waiting,
            ..Availability::default()
        };
        found.read(store, None)?;
        Ok(found)
    }

    /// Reads the balances and the reservations per location of `items` only (what
    /// confirming needs): no holders and no waiting orders.
    pub fn of_items(store: &Store, items: &[u64]) -> StoreResult<Availability> {
        let mut found = Availability::default();
        let mut read: Vec<u64> = Vec::new();
        for &item in items {
            if !read.contains(&item) {
                found.read(store, Some(item))?;
                read.push(item);
            }
        }
        Ok(found)
    }

    /// Reads the balances of `item` and its reservations with the orders holding it and
    /// waiting for it.
    pub fn of_item_orders(store: &Store, item: u64) -> StoreResult<Availability> {
        let (holders, waiting) = orders_of_item(store, item)?;
        let mut found = Availability {
            holders: BTreeMap::from([(item, holders)]),
            waiting: BTreeMap::from([(item, waiting)]),
            ..Availability::default()
        };
        found.read(store, Some(item))?;
        Ok(found)
    }

    /// `of_item_orders` of several items at once (a receipt of many order lines).
    pub fn of_items_orders(store: &Store, items: &[u64]) -> StoreResult<Availability> {
        let mut found = Availability::default();
        for &item in items {
            if found.waiting.contains_key(&item) {
                continue;
            }
            let (holders, waiting) = orders_of_item(store, item)?;
            found.holders.insert(item, holders);
            found.waiting.insert(item, waiting);
            found.read(store, Some(item))?;
        }
        Ok(found)
    }

    fn of<'a>(
        map: &'a BTreeMap<(u64, String), Decimal>,
        item: u64,
    ) -> impl Iterator<Item = (&'a str, Decimal)> + 'a {
        map.range((item, String::new())..)
            .take_while(move |((id, _), _)| *id == item)
            .map(|((_, location), quantity)| (location.as_str(), *quantity))
    }

    /// On hand of the item over all internal locations.
    pub fn on_hand(&self, item: u64) -> Decimal {
        Self::of(&self.on_hand, item).map(|(_, q)| q).sum()
    }

    /// On hand of the item at `location`.
    pub fn on_hand_at(&self, item: u64, location: &str) -> Decimal {
        let key = (item, location.to_string());
        self.on_hand.get(&key).copied().unwrap_or_default()
    }

    /// The confirmed orders holding the item (id, reserved), in order id order.
    pub fn holders(&self, item: u64) -> &[(u64, Decimal)] {
        self.holders
            .get(&item)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Σ reserved of the item over the confirmed orders and locations.
    pub fn reserved(&self, item: u64) -> Decimal {
        Self::of(&self.reserved, item).map(|(_, q)| q).sum()
    }

    /// Σ reserved of the item at `location` (`UNASSIGNED`: without a location).
    pub fn reserved_at(&self, item: u64, location: &str) -> Decimal {
        let key = (item, location.to_string());
        self.reserved.get(&key).copied().unwrap_or_default()
    }

    /// The internal locations of the item with stock or reservations, in name order
    /// (without `UNASSIGNED`).
    pub fn locations(&self, item: u64) -> Vec<String> {
        let mut found: Vec<String> = Self::of(&self.on_hand, item)
            .chain(Self::of(&self.reserved, item))
            .map(|(location, _)| location.to_string())
            .filter(|location| location != UNASSIGNED)
            .collect();
        found.sort();
        found.dedup();
        found
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

    /// On hand less reserved at `location`.
    pub fn available_at(&self, item: u64, location: &str) -> Decimal {
        self.on_hand_at(item, location) - self.reserved_at(item, location)
    }

    /// What the item offers to reserve, per location: the location with the most
    /// available first (ties in name order), so a line is split over as few locations as
    /// can be; never more in all than the item's total available (what is reserved
    /// without a location is taken from the last locations offered).
    pub fn offer(&self, item: u64) -> Offer {
        self.offer_with(item, None)
    }

    /// `offer` with `received` more at a location, just come in.
    pub fn offer_with(&self, item: u64, received: Option<(&str, Decimal)>) -> Offer {
        let mut offer: Offer = self
            .locations(item)
            .into_iter()
            .chain(received.map(|(location, _)| location.to_string()))
            .map(|location| {
                let extra = match received {
                    Some((at, quantity)) if at == location => quantity,
                    _ => Decimal::ZERO,
                };
                let available = self.available_at(item, &location) + extra;
                (location, available)
            })
            .filter(|(_, available)| *available > Decimal::ZERO)
            .collect();
        offer.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        offer.dedup_by(|a, b| a.0 == b.0);
        let extra = received.map(|(_, q)| q).unwrap_or_default();
        let mut over = offer.iter().map(|(_, q)| *q).sum::<Decimal>()
            - (self.available(item) + extra).max(Decimal::ZERO);
        for (_, available) in offer.iter_mut().rev() {
            let cut = over.min(*available).max(Decimal::ZERO);
            *available -= cut;
            over -= cut;
        }
        offer.retain(|(_, available)| *available > Decimal::ZERO);
        offer
    }

    /// Refuses taking `quantity` of `item` out of `location` when that would eat what
    /// confirmed orders reserved there — or, when the stock leaves the warehouse
    /// (`leaves`), what they reserved of the item in all — naming the orders that hold it.
    /// (The orders are read in `tx`.)
    pub fn check_take(
        &self,
        tx: &Tx,
        item: &Item,
        location: &str,
        quantity: Decimal,
        leaves: bool,
    ) -> TxResult<Result<(), String>> {
        use crate::lang::format::decimal;
        let here = self.reserved_at(item.id, location);
        let (reserved, available, on_hand, at) =
            match here > Decimal::ZERO && quantity > self.available_at(item.id, location) {
                true => (
                    here,
                    self.available_at(item.id, location),
                    self.on_hand_at(item.id, location),
                    Some(location),
                ),
                false if leaves => (
                    self.reserved(item.id),
                    self.available(item.id),
                    self.on_hand(item.id),
                    None,
                ),
                false => return Ok(Ok(())),
            };
        if reserved <= Decimal::ZERO || quantity <= available {
            return Ok(Ok(()));
        }
        let mut orders: Vec<String> = Vec::new();
        for (id, _) in self.holders(item.id) {
            if let Some(order) = tx.get::<SalesOrder>(*id)? {
                let holds_here = order
                    .reserved_by_location()
                    .iter()
                    .any(|(i, l, _)| *i == item.id && at.is_none_or(|at| at == l));
                if holds_here {
                    orders.push(order.number);
                }
            }
        }
        use crate::lang::Arg;
        let args = [
            (
                "available",
                Arg::from(decimal(available.max(Decimal::ZERO).normalize())),
            ),
            ("uom", Arg::from(item.uom.as_str())),
            ("sku", Arg::from(item.sku.as_str())),
            ("on_hand", Arg::from(decimal(on_hand.normalize()))),
            ("reserved", Arg::from(decimal(reserved.normalize()))),
            ("orders", Arg::from(orders.join(", "))),
            ("needed", Arg::from(decimal(quantity.normalize()))),
            ("location", Arg::from(at.unwrap_or_default())),
        ];
        let key = match at {
            Some(_) => "core-move-reserved-at",
            None => "core-move-reserved",
        };
        Ok(Err(crate::lang::text_with(key, &args)))
    }
}

/// One location's figures of an item (`UNASSIGNED`: reservations without a location).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtLocation {
    pub location: String,
    pub on_hand: Decimal,
    pub reserved: Decimal,
    pub available: Decimal,
}

/// One item's availability, in total and per internal location.
#[derive(Debug, Clone)]
pub struct ItemAvailability {
    pub item: Item,
    pub locations: Vec<AtLocation>,
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
        let order = store.require::<SalesOrder>(*id)?;
        let locations = order
            .reserved_by_location()
            .into_iter()
            .filter(|(i, _, _)| *i == item.id)
            .map(|(_, location, quantity)| (location, quantity))
            .collect();
        holders.push(Holder {
            number: order.number,
            reserved: *reserved,
            locations,
        });
    }
    let mut names = all.locations(item.id);
    if all.reserved_at(item.id, UNASSIGNED) > Decimal::ZERO {
        names.push(UNASSIGNED.to_string());
    }
    let locations = names
        .into_iter()
        .map(|location| AtLocation {
            on_hand: all.on_hand_at(item.id, &location),
            reserved: all.reserved_at(item.id, &location),
            available: all.available_at(item.id, &location),
            location,
        })
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

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;

    /// Item 1: 5 at WH1 (2 reserved), 4 at WH2, 3 at WH3 (3 reserved), and 3 reserved
    /// without a location (carried over from schema 4).
    fn stock() -> Availability {
        let at = |location: &str, quantity| ((1, location.to_string()), quantity);
        Availability {
            on_hand: BTreeMap::from([at("WH1", dec!(5)), at("WH2", dec!(4)), at("WH3", dec!(3))]),
            reserved: BTreeMap::from([
                at("WH1", dec!(2)),
                at("WH3", dec!(3)),
                at(UNASSIGNED, dec!(3)),
            ]),
            ..Availability::default()
        }
    }

    #[test]
    fn the_offer_takes_the_most_available_first_and_never_more_than_the_total() {
        let stock = stock();
        assert_eq!(stock.available(1), dec!(4));
        assert_eq!(
            (stock.available_at(1, "WH1"), stock.available_at(1, "WH3")),
            (dec!(3), dec!(0))
        );
        // WH2 4, WH1 3 — 7 at the locations, but 3 of it is held without a location.
        assert_eq!(stock.offer(1), vec![("WH2".to_string(), dec!(4))]);
        // 2 come in at WH3: 6 in all; the 3 held without a location fall on the last
        // offered (WH3, then WH1).
        assert_eq!(
            stock.offer_with(1, Some(("WH3", dec!(2)))),
            vec![("WH2".to_string(), dec!(4)), ("WH1".to_string(), dec!(2))]
        );
        assert_eq!(stock.locations(1), ["WH1", "WH2", "WH3"]);
        assert!(stock.offer(2).is_empty());
    }
}
