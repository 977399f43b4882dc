//! The derived indexes of sales documents by item and by month — the key shapes live here
//! only. `orders.by_item` (item, due date, order id) → reserved ‖ unreserved open demand
//! (two 16-byte decimals): every item line of every order, so the orders of an item are
//! found without reading the others, and available-to-promise sums the entries of one item
//! in due-date order without decoding an order. `orders.by_month` (year, month, currency,
//! order id) → the order's net value: the per-month revenue is a walk of this tree.
//! `orders.demand_by_day` (item, due date) → Σ reserved ‖ Σ unreserved over every order, a
//! summed tree (`store::sums`): available-to-promise reads one entry per due day, however
//! many orders are due that day. `orders.unbilled_by_customer` (customer, currency) → the
//! gross not yet invoiced over the customer's orders, with domestic VAT ‖ without VAT,
//! summed: a credit check reads one entry. `orders.reserved_by_location` (item, location) →
//! Σ reserved over the confirmed orders, summed: what is reserved per item and internal
//! location (the empty location: reservations carried over without one), which `check`
//! also holds against the balances (never more reserved than on hand). All are written in the transaction that writes the order
//! and are checked and rebuilt by `check` and `reindex` like every index. `quotes.by_item`
//! (item, quote id). Room: store.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use time::{Date, Month};

use crate::domain::Currency;
use crate::domain::sales::{Quote, SalesOrder};
use crate::domain::vat::TaxTreatment;
use crate::store::check::{Problem, ProblemKind};
use crate::store::keys::{Key, trailing_id};
use crate::store::record::IndexEntry;
use crate::store::{Store, StoreError, StoreResult};

pub(in crate::store) const QUOTES_BY_ITEM: &str = "quotes.by_item";
pub(in crate::store) const ORDERS_BY_ITEM: &str = "orders.by_item";
pub(in crate::store) const ORDERS_BY_MONTH: &str = "orders.by_month";
pub(in crate::store) const ORDERS_DEMAND_BY_DAY: &str = "orders.demand_by_day";
pub(in crate::store) const ORDERS_UNBILLED_BY_CUSTOMER: &str = "orders.unbilled_by_customer";
pub(in crate::store) const ORDERS_RESERVED_BY_LOCATION: &str = "orders.reserved_by_location";

fn with_value(tree: &'static str, key: Key, id: u64, value: Vec<u8>) -> IndexEntry {
    IndexEntry {
        value,
        ..IndexEntry::plain(tree, key, id)
    }
}

/// The `orders.by_item` and `orders.by_month` entries of an order.
pub(super) fn order_entries(order: &SalesOrder) -> Vec<IndexEntry> {
    let mut entries: Vec<IndexEntry> = Vec::new();
    for demand in order.demand() {
        let mut value = demand.reserved.serialize().to_vec();
        value.extend_from_slice(&demand.unreserved.serialize());
        let key = || Key::new().u64(demand.item).date(demand.due);
        entries.push(with_value(ORDERS_BY_ITEM, key(), order.id, value));
        let figures = [demand.reserved, demand.unreserved];
        entries.push(IndexEntry::summed(ORDERS_DEMAND_BY_DAY, key(), &figures));
    }
    for (item, location, reserved) in order.reserved_by_location() {
        let key = Key::new().u64(item).str(&location);
        entries.push(IndexEntry::summed(
            ORDERS_RESERVED_BY_LOCATION,
            key,
            &[reserved],
        ));
    }
    // Domestic VAT, or none: every other treatment charges no VAT.
    let unbilled = [TaxTreatment::Domestic, TaxTreatment::Export]
        .map(|treatment| order.unbilled_gross(treatment).unwrap_or_default());
    entries.push(IndexEntry::summed(
        ORDERS_UNBILLED_BY_CUSTOMER,
        unbilled_key(order.customer_id, order.currency),
        &unbilled,
    ));
    if let Some(net) = order.net_amount() {
        let key = Key::new()
            .i64(i64::from(order.date.year()))
            .u8(u8::from(order.date.month()))
            .str(order.currency.code());
        entries.push(with_value(
            ORDERS_BY_MONTH,
            key,
            order.id,
            net.serialize().to_vec(),
        ));
    }
    entries
}

/// The `quotes.by_item` entries of a quote: one per item it has a line of.
pub(super) fn quote_entries(quote: &Quote) -> Vec<IndexEntry> {
    let mut items: Vec<u64> = quote.lines.iter().filter_map(|l| l.item_id).collect();
    items.sort_unstable();
    items.dedup();
    items
        .into_iter()
        .map(|item| IndexEntry::plain(QUOTES_BY_ITEM, Key::new().u64(item), quote.id))
        .collect()
}

fn corrupt(reason: &str) -> StoreError {
    StoreError::Corrupt {
        kind: "index",
        reason: reason.into(),
    }
}

fn decimal_at(value: &[u8], at: usize) -> StoreResult<Decimal> {
    let bytes: [u8; 16] = value
        .get(at..at + 16)
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| corrupt("entry without its figures"))?;
    Ok(Decimal::deserialize(bytes))
}

fn i64_at(key: &[u8], at: usize) -> StoreResult<i64> {
    let bytes: [u8; 8] = key
        .get(at..at + 8)
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| corrupt("entry too short"))?;
    Ok((u64::from_be_bytes(bytes) ^ (1 << 63)) as i64)
}

fn unbilled_key(customer: u64, currency: Currency) -> Key {
    Key::new().u64(customer).str(currency.code())
}

/// The gross not yet invoiced of every order of `customer` in `currency` that is not
/// cancelled, from `orders.unbilled_by_customer` (one entry, no order read): with domestic
/// VAT when `domestic`, else without VAT.
pub fn unbilled_of(
    store: &Store,
    customer: u64,
    currency: Currency,
    domestic: bool,
) -> StoreResult<Decimal> {
    let key = unbilled_key(customer, currency).into_bytes();
    let Some(value) = store.tree(ORDERS_UNBILLED_BY_CUSTOMER)?.get(&key)? else {
        return Ok(Decimal::ZERO);
    };
    let figures = crate::store::sums::decode(&value)?;
    Ok(figures
        .get(usize::from(!domestic))
        .copied()
        .unwrap_or_default())
}

/// The due date in a key that starts with the item id.
fn due_at(key: &[u8]) -> StoreResult<Date> {
    let julian = i64_at(key, 8)?;
    i32::try_from(julian)
        .ok()
        .and_then(|day| Date::from_julian_day(day).ok())
        .ok_or_else(|| corrupt("due date out of range"))
}

/// An item's demand per due day, earliest first: (due, Σ reserved, Σ unreserved) over every
/// order, from `orders.demand_by_day` — one entry per day, no order read.
pub fn demand_by_day(store: &Store, item: u64) -> StoreResult<Vec<(Date, Decimal, Decimal)>> {
    let prefix = Key::new().u64(item).into_bytes();
    let mut found = Vec::new();
    for entry in store.tree(ORDERS_DEMAND_BY_DAY)?.scan_prefix(&prefix) {
        let (key, value) = entry?;
        let figures = crate::store::sums::decode(&value)?;
        let figure = |at: usize| figures.get(at).copied().unwrap_or_default();
        found.push((due_at(&key)?, figure(0), figure(1)));
    }
    Ok(found)
}

/// Per item the orders holding a reservation of it with Σ reserved (order id order), and
/// the orders with open demand of it not reserved (ids, order id order): one walk of
/// `orders.by_item`, no order read.
pub fn demand_by_item(store: &Store) -> StoreResult<(Holders, Waiting)> {
    let mut holders = Holders::new();
    let mut waiting = Waiting::new();
    for entry in store.tree(ORDERS_BY_ITEM)?.iter() {
        let (key, value) = entry?;
        let reserved = decimal_at(&value, 0)?;
        let unreserved = decimal_at(&value, 16)?;
        if reserved <= Decimal::ZERO && unreserved <= Decimal::ZERO {
            continue;
        }
        let item = u64::from_be_bytes(
            key.get(..8)
                .and_then(|b| b.try_into().ok())
                .ok_or_else(|| corrupt("entry too short"))?,
        );
        let order = trailing_id(&key).ok_or_else(|| corrupt("entry too short"))?;
        if reserved > Decimal::ZERO {
            add_holder(holders.entry(item).or_default(), order, reserved);
        }
        if unreserved > Decimal::ZERO {
            let ids = waiting.entry(item).or_default();
            if let Err(at) = ids.binary_search(&order) {
                ids.insert(at, order);
            }
        }
    }
    Ok((holders, waiting))
}

/// Per item, the orders holding it and what each reserved.
pub type Holders = BTreeMap<u64, Vec<(u64, Decimal)>>;
/// Per item, the orders waiting for it.
pub type Waiting = BTreeMap<u64, Vec<u64>>;

/// The orders holding a reservation of `item`, with what each holds (order id order),
/// and the orders with open demand of it not reserved (ids, order id order): the item's
/// entries of `orders.by_item`.
pub fn orders_of_item(store: &Store, item: u64) -> StoreResult<(HoldersOf, Vec<u64>)> {
    let prefix = Key::new().u64(item).into_bytes();
    let (mut holders, mut waiting) = (Vec::new(), Vec::new());
    for entry in store.tree(ORDERS_BY_ITEM)?.scan_prefix(&prefix) {
        let (key, value) = entry?;
        let order = trailing_id(&key).ok_or_else(|| corrupt("entry too short"))?;
        let reserved = decimal_at(&value, 0)?;
        if reserved > Decimal::ZERO {
            add_holder(&mut holders, order, reserved);
        }
        if decimal_at(&value, 16)? > Decimal::ZERO
            && let Err(at) = waiting.binary_search(&order)
        {
            waiting.insert(at, order);
        }
    }
    Ok((holders, waiting))
}

/// The orders holding an item and what each reserved, in order id order.
pub type HoldersOf = Vec<(u64, Decimal)>;

/// Adds `reserved` of `order` to the holders, kept in order id order.
pub fn add_holder(holders: &mut Vec<(u64, Decimal)>, order: u64, reserved: Decimal) {
    match holders.binary_search_by_key(&order, |(id, _)| *id) {
        Ok(at) => holders[at].1 += reserved,
        Err(at) => holders.insert(at, (order, reserved)),
    }
}

/// One (year, month, currency) of `orders.by_month`: how many orders, and Σ their net.
pub type MonthNets = BTreeMap<(i32, Month, String), (usize, Decimal)>;

/// The number and Σ net value of the orders per (year, month, currency), from
/// `orders.by_month` (one entry per order not cancelled).
pub fn net_by_month(store: &Store) -> StoreResult<MonthNets> {
    let mut found = MonthNets::new();
    let mut last: Option<(Vec<u8>, (i32, Month, String))> = None;
    for entry in store.tree(ORDERS_BY_MONTH)?.iter() {
        let (key, value) = entry?;
        let group = key.get(..key.len().saturating_sub(8)).unwrap_or_default();
        let name = match &last {
            Some((bytes, name)) if bytes.as_slice() == group => name.clone(),
            _ => {
                let name = month_group(group)?;
                last = Some((group.to_vec(), name.clone()));
                name
            }
        };
        let month = found.entry(name).or_default();
        month.0 += 1;
        month.1 += decimal_at(&value, 0)?;
    }
    Ok(found)
}

/// (year, month, currency) of a `orders.by_month` key without its id.
fn month_group(group: &[u8]) -> StoreResult<(i32, Month, String)> {
    let year = i32::try_from(i64_at(group, 0)?).map_err(|_| corrupt("year out of range"))?;
    let month = group
        .get(8)
        .and_then(|m| Month::try_from(*m).ok())
        .ok_or_else(|| corrupt("month out of range"))?;
    let currency = group
        .get(9..group.len().saturating_sub(1))
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .ok_or_else(|| corrupt("entry without currency"))?;
    Ok((year, month, currency))
}

/// Σ reserved per (item, location) over the confirmed orders — of `item` only, or of every
/// item — from `orders.reserved_by_location`, in (item, location) order; the empty
/// location holds reservations without one.
pub fn reserved_by_location(
    store: &Store,
    item: Option<u64>,
) -> StoreResult<Vec<(u64, String, Decimal)>> {
    let prefix = item
        .map(|id| Key::new().u64(id).into_bytes())
        .unwrap_or_default();
    let mut found = Vec::new();
    for entry in store
        .tree(ORDERS_RESERVED_BY_LOCATION)?
        .scan_prefix(&prefix)
    {
        let (key, value) = entry?;
        let item = u64::from_be_bytes(
            key.get(..8)
                .and_then(|b| b.try_into().ok())
                .ok_or_else(|| corrupt("entry too short"))?,
        );
        let location = key
            .get(8..key.len().saturating_sub(1))
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .ok_or_else(|| corrupt("entry without location"))?;
        let figures = crate::store::sums::decode(&value)?;
        found.push((item, location, figures.first().copied().unwrap_or_default()));
    }
    Ok(found)
}

/// Every item and location where the confirmed orders reserve more than is on hand, and
/// every item whose reservations (those without a location included) exceed its on hand
/// over all internal locations: reservations are derived from the orders, and this holds
/// them against the ledger's balances.
pub(in crate::store) fn reservation_problems(store: &Store) -> StoreResult<Vec<Problem>> {
    let mut on_hand: BTreeMap<(u64, String), Decimal> = BTreeMap::new();
    let mut totals: BTreeMap<u64, (Decimal, Decimal)> = BTreeMap::new();
    for balance in store.balances(None)? {
        totals.entry(balance.item_id).or_default().0 += balance.quantity;
        on_hand.insert((balance.item_id, balance.location), balance.quantity);
    }
    let mut problems = Vec::new();
    let problem = |item: u64, location: &str, reserved: Decimal, held: Decimal| Problem {
        detail: crate::t!(
            "core-store-reserved-over",
            record = crate::domain::names::record("item", item),
            location = match location.is_empty() {
                true => crate::t!("core-store-reserved-everywhere"),
                false => location.to_string(),
            },
            reserved = crate::lang::format::decimal(reserved.normalize()),
            on_hand = crate::lang::format::decimal(held.normalize())
        ),
        kind: ProblemKind::Overreserved,
        tree: ORDERS_RESERVED_BY_LOCATION,
        key: Key::new().u64(item).str(location).into_bytes(),
    };
    for (item, location, reserved) in reserved_by_location(store, None)? {
        totals.entry(item).or_default().1 += reserved;
        if location.is_empty() {
            continue;
        }
        let held = on_hand
            .get(&(item, location.clone()))
            .copied()
            .unwrap_or_default();
        if reserved > held {
            problems.push(problem(item, &location, reserved, held));
        }
    }
    for (item, (held, reserved)) in totals {
        if reserved > held {
            problems.push(problem(item, "", reserved, held));
        }
    }
    Ok(problems)
}
