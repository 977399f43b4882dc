//! Bill-of-materials queries: explosion to leaf requirements, the indented tree, the cost
//! roll-up, where-used and where to produce. Plain reads outside any transaction; each BOM is read once per
//! query. Every public query takes the `Actor` and needs `Area::Stock` (warehouse, admin):
//! agents and sales read items and balances but not BOMs, whose roll-ups show costs;
//! payroll reads none. Room: core.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};

use rust_decimal::Decimal;

use super::access::{Access, Area, require};
use super::bom::no_bom;
use super::{Actor, CoreError};
use crate::domain::bom::cost::{Rollup, cost_rollup};
use crate::domain::bom::graph::{self, Node, gather};
use crate::domain::bom::{Bom, BomError, BomLine};
use crate::domain::location::{is_virtual, location_key};
use crate::domain::{Item, names};
use crate::store::kinds::bom as boms;
use crate::store::{Store, StoreError, StoreResult};

/// Items by id, to name the ids of a tree.
pub type Items = HashMap<u64, Item>;

/// `A → B → C → A`.
pub(super) fn path_text(path: &[u64], sku: &dyn Fn(u64) -> String) -> String {
    path.iter()
        .map(|id| sku(*id))
        .collect::<Vec<_>>()
        .join(" → ")
}

/// A failed BOM algorithm in words, with items named by `sku`.
pub(super) fn describe(error: BomError, sku: &dyn Fn(u64) -> String) -> String {
    match error {
        BomError::Cycle(path) => crate::t!("core-bom-cycle", path = path_text(&path, sku)),
        BomError::Currency {
            item_id,
            what,
            found,
            expected,
        } => crate::t!(
            "core-bom-currency",
            what = what,
            sku = sku(item_id),
            found = found.code(),
            expected = expected.code()
        ),
        BomError::Unknown(id) => {
            crate::t!("core-bom-unknown-item", record = names::record("item", id))
        }
        BomError::Overflow => error.to_string(),
    }
}

/// The SKU of an item for a message.
fn sku_of(store: &Store, id: u64) -> String {
    match store.get::<Item>(id) {
        Ok(Some(item)) => item.sku,
        _ => names::record("item", id),
    }
}

/// The item and every BOM reachable from it; refused when the item has no BOM.
fn reachable(store: &Store, item_id: u64) -> Result<(Item, HashMap<u64, Bom>), CoreError> {
    let item = store.require::<Item>(item_id)?;
    let boms = gather([item_id], &mut |id| store.get::<Bom>(id))?;
    if !boms.contains_key(&item_id) {
        return Err(CoreError::Refused(no_bom(&item)));
    }
    Ok((item, boms))
}

/// Every item the BOMs mention, by id.
fn items_of(store: &Store, boms: &HashMap<u64, Bom>) -> StoreResult<Items> {
    let mut items = Items::new();
    for bom in boms.values() {
        let ids = bom.lines.iter().map(|line| line.component_item_id);
        for id in ids.chain([bom.parent_item_id]) {
            if let Entry::Vacant(slot) = items.entry(id) {
                slot.insert(store.require::<Item>(id)?);
            }
        }
    }
    Ok(items)
}

/// The leaf requirements for `quantity` units of an item, as (item id, quantity): the
/// explosion itself, without loading the leaf items.
pub fn explode_ids(
    store: &Store,
    actor: &Actor,
    item_id: u64,
    quantity: Decimal,
) -> Result<Vec<(u64, Decimal)>, CoreError> {
    require(actor, Area::Stock, Access::Read)?;
    let (_, boms) = reachable(store, item_id)?;
    graph::explode(item_id, quantity, &|id| boms.get(&id))
        .map_err(|error| CoreError::Refused(describe(error, &|id| sku_of(store, id))))
}

/// The leaf components (items without a BOM of their own) that `quantity` units of the
/// item need, in the order they are first met, with exact quantities. Refused when the
/// item has no BOM.
pub fn explode(
    store: &Store,
    actor: &Actor,
    item_id: u64,
    quantity: Decimal,
) -> Result<Vec<(Item, Decimal)>, CoreError> {
    explode_ids(store, actor, item_id, quantity)?
        .into_iter()
        .map(|(id, needed)| Ok((store.require::<Item>(id)?, needed)))
        .collect()
}

/// Where `quantity` units of the item are best produced: the internal location where the
/// fewest of its leaf components would be short, then the one holding the most of them;
/// `default` (the settings' default location) among equals and when none holds any.
pub fn production_location(
    store: &Store,
    actor: &Actor,
    item_id: u64,
    quantity: Decimal,
    default: &str,
) -> Result<String, CoreError> {
    // Per location: (components covered for `quantity`, components held at all).
    let mut scores: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (component, needed) in explode_ids(store, actor, item_id, quantity)? {
        for balance in store.balances(Some(component))? {
            if is_virtual(&balance.location) || balance.quantity <= Decimal::ZERO {
                continue;
            }
            let score = scores.entry(balance.location).or_default();
            score.0 += usize::from(balance.quantity >= needed);
            score.1 += 1;
        }
    }
    let default = location_key(default);
    let mut best = (
        default.clone(),
        scores.get(&default).copied().unwrap_or_default(),
    );
    for (location, score) in scores {
        if score > best.1 {
            best = (location, score);
        }
    }
    Ok(best.0)
}

/// The BOM of the item as an indented tree, with every item it mentions.
pub fn tree(store: &Store, actor: &Actor, item_id: u64) -> Result<(Vec<Node>, Items), CoreError> {
    require(actor, Area::Stock, Access::Read)?;
    let (_, boms) = reachable(store, item_id)?;
    let items = items_of(store, &boms)?;
    let nodes = graph::tree(item_id, &|id| boms.get(&id))
        .map_err(|error| CoreError::Refused(describe(error, &|id| sku_of(store, id))))?;
    Ok((nodes, items))
}

/// The cost roll-up of one unit of the item, in the currency of its own standard cost.
pub fn cost(store: &Store, actor: &Actor, item_id: u64) -> Result<(Rollup, Items), CoreError> {
    require(actor, Area::Stock, Access::Read)?;
    let (item, boms) = reachable(store, item_id)?;
    let items = items_of(store, &boms)?;
    let standard = |id| items.get(&id).map(|item| item.cost);
    let rollup = cost_rollup(item_id, &|id| boms.get(&id), &standard, item.cost.currency)
        .map_err(|error| CoreError::Refused(describe(error, &|id| sku_of(store, id))))?;
    Ok((rollup, items))
}

/// Every item that has a BOM, by SKU.
pub fn parents(store: &Store, actor: &Actor) -> Result<Vec<Item>, CoreError> {
    require(actor, Area::Stock, Access::Read)?;
    let mut items = store
        .scan::<Bom>()?
        .map(|bom| store.require::<Item>(bom?.parent_item_id))
        .collect::<StoreResult<Vec<Item>>>()?;
    items.sort_by(|a, b| a.sku.cmp(&b.sku));
    Ok(items)
}

/// The BOM of an item as it is stored, with the items its lines name; `None` when the
/// item has none.
pub fn bom_of(
    store: &Store,
    actor: &Actor,
    item_id: u64,
) -> Result<Option<(Bom, Items)>, CoreError> {
    require(actor, Area::Stock, Access::Read)?;
    let Some(bom) = store.get::<Bom>(item_id)? else {
        return Ok(None);
    };
    let boms = HashMap::from([(item_id, bom.clone())]);
    Ok(Some((bom, items_of(store, &boms)?)))
}

/// One parent found by where-used: it uses `component` (the item asked about, or a
/// sub-assembly on the way up to it) in `line`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Use {
    pub level: usize,
    pub parent: Item,
    pub component: Item,
    pub line: BomLine,
}

/// Every item whose BOM uses the item, directly or through sub-assemblies, depth first
/// and each once.
pub fn where_used(store: &Store, actor: &Actor, item_id: u64) -> Result<Vec<Use>, CoreError> {
    require(actor, Area::Stock, Access::Read)?;
    let mut parents = |id: u64| -> StoreResult<Vec<u64>> { boms::parents_of(store, id)?.collect() };
    let mut uses = Vec::new();
    for (level, parent, child) in graph::where_used(item_id, &mut parents)? {
        let bom = store.require::<Bom>(parent)?;
        let line = bom
            .lines
            .into_iter()
            .find(|line| line.component_item_id == child)
            .ok_or_else(|| StoreError::Corrupt {
                kind: "bom",
                reason: format!("index entry says bom {parent} uses item {child}; run reindex"),
            })?;
        uses.push(Use {
            level,
            parent: store.require::<Item>(parent)?,
            component: store.require::<Item>(child)?,
            line,
        });
    }
    Ok(uses)
}
