//! The engine's input read from the store: the active items (and every item a demand,
//! supply or BOM of them names) with their planning and source — made when the item has
//! a BOM, else bought from the preferred supplier item's supplier with its lead time, else
//! with the item's own lead days and no supplier —, the BOMs, on hand summed over the
//! internal locations (stored balances, never a ledger walk), the open rest of every sales
//! order line (ordered less cancelled less delivered) on its due day (promised, else
//! requested, else the order's date), open purchase order lines and production orders as
//! scheduled receipts with the components the latter still need, and the firm planned
//! orders of the accepted plan. Room: core.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;
use time::Date;

use super::CoreError;
use crate::domain::Item as StoredItem;
use crate::domain::bom::Bom;
use crate::domain::location::is_virtual;
use crate::domain::mrp::{
    ComponentNeed, Demand, DemandRef, FirmOrder, Input, Item, Receipt, Source, SupplyRef,
};
use crate::domain::sales::{OrderState, SalesOrder};
use crate::store::Store;
use crate::store::kinds::mrp_plan;

/// Everything a run as of `today` over `horizon_days` reads.
pub(super) fn input(store: &Store, today: Date, horizon_days: u32) -> Result<Input, CoreError> {
    let boms: BTreeMap<u64, Bom> = store
        .scan::<Bom>()?
        .map(|bom| bom.map(|bom| (bom.parent_item_id, bom)))
        .collect::<Result<_, _>>()?;
    let demands = sales_demands(store)?;
    let receipts = receipts(store)?;
    let firm = firm_orders(store)?;
    let mut on_hand: BTreeMap<u64, Decimal> = BTreeMap::new();
    for balance in store.balances(None)? {
        if !is_virtual(&balance.location) {
            *on_hand.entry(balance.item_id).or_default() += balance.quantity;
        }
    }
    let mut named: BTreeSet<u64> = demands.iter().map(|d| d.item).collect();
    for receipt in &receipts {
        named.insert(receipt.item);
        named.extend(receipt.components.iter().map(|c| c.item));
    }
    named.extend(firm.iter().map(|f| f.item));
    let mut items = Vec::new();
    let mut taken = BTreeSet::new();
    for item in store.scan::<StoredItem>()? {
        let item = item?;
        if item.active || named.contains(&item.id) {
            taken.insert(item.id);
            items.push(item);
        }
    }
    // Components of a planned item are planned too, active or not.
    let mut next: Vec<u64> = taken.iter().copied().collect();
    while let Some(id) = next.pop() {
        for line in boms
            .get(&id)
            .map(|b| b.lines.as_slice())
            .unwrap_or_default()
        {
            if taken.insert(line.component_item_id) {
                if let Some(item) = store.get::<StoredItem>(line.component_item_id)? {
                    items.push(item);
                }
                next.push(line.component_item_id);
            }
        }
    }
    let mut planned = Vec::with_capacity(items.len());
    for item in items {
        let source = match boms.contains_key(&item.id) {
            true => Source::Make,
            false => match crate::core::supplier_items::preferred(store, item.id)? {
                Some(offer) => Source::Buy {
                    lead_days: offer.lead_days,
                    supplier: Some(offer.supplier_id),
                },
                None => Source::Buy {
                    lead_days: item.lead_days,
                    supplier: None,
                },
            },
        };
        planned.push(Item {
            id: item.id,
            on_hand: on_hand.get(&item.id).copied().unwrap_or_default(),
            sku: item.sku,
            source,
            planning: item.planning,
        });
    }
    let boms = boms
        .into_values()
        .filter(|bom| taken.contains(&bom.parent_item_id))
        .collect();
    Ok(Input {
        items: planned,
        boms,
        demands,
        receipts,
        firm,
        today,
        horizon_days,
    })
}

/// The open rest of every item line of every order not cancelled.
fn sales_demands(store: &Store) -> Result<Vec<Demand>, CoreError> {
    let mut demands = Vec::new();
    for order in store.scan::<SalesOrder>()? {
        let order = order?;
        if order.state == OrderState::Cancelled {
            continue;
        }
        for (index, line) in order.lines.iter().enumerate() {
            let Some(item) = line.line.item_id else {
                continue;
            };
            let open = line.open_quantity() - line.delivered;
            if open > Decimal::ZERO {
                demands.push(Demand {
                    item,
                    date: line.due(order.date),
                    quantity: open,
                    reference: DemandRef::SalesLine {
                        order: order.number.clone(),
                        line: u32::try_from(index + 1).unwrap_or(u32::MAX),
                    },
                });
            }
        }
    }
    Ok(demands)
}

/// Open purchase order lines (released once sent) and open production orders (released
/// when added: kontor has no separate release step) with what they still need.
fn receipts(store: &Store) -> Result<Vec<Receipt>, CoreError> {
    let mut receipts: Vec<Receipt> = crate::core::purchase_query::open_supply(store)?
        .into_iter()
        .map(|line| Receipt {
            item: line.item_id,
            due: line.requested,
            quantity: line.quantity,
            reference: SupplyRef::PurchaseLine {
                order: line.order,
                line: u32::try_from(line.line).unwrap_or(u32::MAX),
            },
            released: line.sent,
            components: Vec::new(),
        })
        .collect();
    let mut needs: BTreeMap<u64, Vec<ComponentNeed>> = BTreeMap::new();
    for need in crate::core::production_orders::open_component_needs(store)? {
        needs.entry(need.order_id).or_default().push(ComponentNeed {
            item: need.item_id,
            quantity: need.quantity,
            date: need.needed,
        });
    }
    for order in crate::core::production_orders::open_supply(store)? {
        receipts.push(Receipt {
            item: order.item_id,
            due: order.due,
            quantity: order.quantity,
            reference: SupplyRef::ProductionOrder {
                order: order.number,
            },
            released: true,
            components: needs.remove(&order.order_id).unwrap_or_default(),
        });
    }
    Ok(receipts)
}

/// The firm planned orders of the accepted plan.
fn firm_orders(store: &Store) -> Result<Vec<FirmOrder>, CoreError> {
    Ok(mrp_plan::firm_orders(store)?
        .into_iter()
        .map(|order| FirmOrder {
            key: order.key,
            item: order.item,
            quantity: order.quantity,
            release: order.release,
            due: order.due,
            supplier: order.supplier,
        })
        .collect())
}
