//! Stock queries: items by code or name, locations, balances, the ledger with running
//! balance, and reorder suggestions. Every query over data takes the `Actor`: items and
//! their balances need `Area::Items` (agents and sales read these), locations, the ledger
//! and the reorder list need `Area::Stock` (warehouse, admin); payroll reads none of them
//! and is refused with "not permitted for role payroll". Room: core.

use std::collections::{BTreeMap, HashMap, HashSet};

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime, Time};

use super::access::{Access, Area, require};
use super::{Actor, CoreError};
use crate::domain::fold::fold;
use crate::domain::location::{VIRTUAL, location_key};
use crate::domain::{Item, Location, StockMove};
use crate::store::kinds::item as items;
use crate::store::kinds::stock_move as stock_moves;
use crate::store::{Store, StoreResult};

/// Refuses unless the actor may read the area.
fn read(actor: &Actor, area: Area) -> Result<(), CoreError> {
    require(actor, area, Access::Read)
}

/// The item with this id, if it exists.
pub fn item(store: &Store, actor: &Actor, id: u64) -> Result<Option<Item>, CoreError> {
    read(actor, Area::Items)?;
    Ok(store.get::<Item>(id)?)
}

/// The item a SKU or barcode names.
pub fn find_item(store: &Store, actor: &Actor, code: &str) -> Result<Option<Item>, CoreError> {
    read(actor, Area::Items)?;
    Ok(item_by_code(store, code)?)
}

fn item_by_code(store: &Store, code: &str) -> StoreResult<Option<Item>> {
    match items::id_by_code(store, code)? {
        Some(id) => store.get::<Item>(id),
        None => Ok(None),
    }
}

/// Items by exact SKU or barcode first, then by the prefix of any word of the name.
pub fn search_items(
    store: &Store,
    actor: &Actor,
    text: &str,
    limit: usize,
) -> Result<Vec<Item>, CoreError> {
    read(actor, Area::Items)?;
    let mut found: Vec<Item> = item_by_code(store, text)?.into_iter().collect();
    let mut seen: HashSet<u64> = found.iter().map(|item| item.id).collect();
    let folded = fold(text);
    for id in items::scan_name_prefix(store, &folded)? {
        if found.len() >= limit {
            break;
        }
        let id = id?;
        if seen.insert(id) {
            found.extend(store.get::<Item>(id)?);
        }
    }
    found.truncate(limit);
    Ok(found)
}

/// Items in id order, at most `limit`.
pub fn list_items(store: &Store, actor: &Actor, limit: usize) -> Result<Vec<Item>, CoreError> {
    read(actor, Area::Items)?;
    Ok(store.page::<Item>(0, limit)?)
}

/// Internal locations in code order.
pub fn list_locations(store: &Store, actor: &Actor) -> Result<Vec<Location>, CoreError> {
    read(actor, Area::Stock)?;
    let mut locations: Vec<Location> = store.scan::<Location>()?.collect::<StoreResult<_>>()?;
    locations.sort_by_key(|location| location_key(&location.code));
    Ok(locations)
}

/// The virtual locations every database has (fixed names, no data: no right needed).
pub fn virtual_locations() -> &'static [&'static str] {
    &VIRTUAL
}

/// On-hand of an item at a location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BalanceLine {
    pub item: Item,
    pub location: String,
    pub quantity: Decimal,
}

/// Balances of one item or all, optionally at one location, by item then location.
pub fn balances(
    store: &Store,
    actor: &Actor,
    item: Option<&Item>,
    location: Option<&str>,
) -> Result<Vec<BalanceLine>, CoreError> {
    read(actor, Area::Items)?;
    let wanted = location.map(location_key);
    let mut items: HashMap<u64, Item> = HashMap::new();
    let mut lines = Vec::new();
    for balance in store.balances(item.map(|i| i.id))? {
        if wanted.as_ref().is_some_and(|w| *w != balance.location) {
            continue;
        }
        let item = match items.get(&balance.item_id) {
            Some(item) => item.clone(),
            None => {
                let item = store.require::<Item>(balance.item_id)?;
                items.insert(item.id, item.clone());
                item
            }
        };
        lines.push(BalanceLine {
            item,
            location: balance.location,
            quantity: balance.quantity,
        });
    }
    Ok(lines)
}

/// On-hand across every internal location, per item id.
pub fn on_hand_by_item(store: &Store, actor: &Actor) -> Result<BTreeMap<u64, Decimal>, CoreError> {
    read(actor, Area::Items)?;
    Ok(totals(store)?)
}

fn totals(store: &Store) -> StoreResult<BTreeMap<u64, Decimal>> {
    let mut totals = BTreeMap::new();
    for balance in store.balances(None)? {
        *totals.entry(balance.item_id).or_insert(Decimal::ZERO) += balance.quantity;
    }
    Ok(totals)
}

/// One move in the ledger with the item's on-hand across internal locations after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerLine {
    pub stock_move: StockMove,
    pub running: Decimal,
}

/// The item's moves in time order between `since` and `until` (inclusive days, UTC), each
/// with the running on-hand — which starts from the on-hand before `since`.
pub fn ledger(
    store: &Store,
    actor: &Actor,
    item: &Item,
    since: Option<Date>,
    until: Option<Date>,
) -> Result<Vec<LedgerLine>, CoreError> {
    read(actor, Area::Stock)?;
    let start = since.map(|d| OffsetDateTime::new_utc(d, Time::MIDNIGHT));
    let end = until
        .and_then(|d| d.next_day())
        .map(|d| OffsetDateTime::new_utc(d, Time::MIDNIGHT));
    let mut running = Decimal::ZERO;
    let mut lines = Vec::new();
    for id in stock_moves::of_item(store, item.id)? {
        let id = id?;
        let stock_move = store.require::<StockMove>(id)?;
        running += stock_move.internal_delta();
        if start.is_some_and(|s| stock_move.at < s) {
            continue;
        }
        if end.is_some_and(|e| stock_move.at >= e) {
            break;
        }
        lines.push(LedgerLine {
            stock_move,
            running,
        });
    }
    Ok(lines)
}

/// An item below its reorder point and what to order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReorderLine {
    pub item: Item,
    pub on_hand: Decimal,
    pub suggested: Decimal,
}

/// Every active item whose on-hand across internal locations is below its minimum.
pub fn reorder(store: &Store, actor: &Actor) -> Result<Vec<ReorderLine>, CoreError> {
    read(actor, Area::Stock)?;
    let on_hand = totals(store)?;
    let mut lines = Vec::new();
    for item in store.scan::<Item>()? {
        let item = item?;
        let have = on_hand.get(&item.id).copied().unwrap_or_default();
        if let Some(suggested) = item.reorder.suggestion(have).filter(|_| item.active) {
            lines.push(ReorderLine {
                item,
                on_hand: have,
                suggested,
            });
        }
    }
    Ok(lines)
}

#[cfg(test)]
mod tests;
