//! The accepted plan as people read it: planned orders with item SKU and name and the
//! supplier's number and name, the pegging of one order, what covers one demand, the
//! action messages in words. Room: core.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::CoreError;
use crate::domain::mrp::{Action, Coverage, DemandRef, Plan, PlannedOrder, SupplyRef};
use crate::domain::{Invalid, Item, Supplier};
use crate::store::Store;
use crate::store::kinds::mrp_plan::StoredPlan;

/// SKUs and names of the items and suppliers a plan names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names {
    /// item id → (SKU, name)
    pub items: BTreeMap<u64, (String, String)>,
    /// supplier id → (number, name)
    pub suppliers: BTreeMap<u64, (String, String)>,
}

impl Names {
    /// The names of every item and supplier the plans name.
    pub fn of_plans<'a>(
        store: &Store,
        plans: impl IntoIterator<Item = &'a Plan>,
    ) -> Result<Names, CoreError> {
        let mut names = Names::default();
        for plan in plans {
            for order in &plan.orders {
                names.add_item(store, order.item)?;
                if let Some(supplier) = order.supplier {
                    names.add_supplier(store, supplier)?;
                }
            }
            for coverage in &plan.coverage {
                names.add_item(store, coverage.item)?;
            }
            for action in &plan.actions {
                names.add_item(store, action.item)?;
            }
        }
        Ok(names)
    }

    /// The names of these planned orders' items and suppliers.
    pub fn of_orders<'a>(
        store: &Store,
        orders: impl IntoIterator<Item = &'a PlannedOrder>,
    ) -> Result<Names, CoreError> {
        let mut names = Names::default();
        for order in orders {
            names.add_item(store, order.item)?;
            if let Some(supplier) = order.supplier {
                names.add_supplier(store, supplier)?;
            }
        }
        Ok(names)
    }

    /// The names of these coverages' items.
    pub fn of_coverage(store: &Store, coverage: &[Coverage]) -> Result<Names, CoreError> {
        let mut names = Names::default();
        for need in coverage {
            names.add_item(store, need.item)?;
        }
        Ok(names)
    }

    fn add_item(&mut self, store: &Store, id: u64) -> Result<(), CoreError> {
        if let std::collections::btree_map::Entry::Vacant(slot) = self.items.entry(id) {
            let item = store.get::<Item>(id)?;
            slot.insert(item.map(|i| (i.sku, i.name)).unwrap_or_default());
        }
        Ok(())
    }

    fn add_supplier(&mut self, store: &Store, id: u64) -> Result<(), CoreError> {
        if let std::collections::btree_map::Entry::Vacant(slot) = self.suppliers.entry(id) {
            let supplier = store.get::<Supplier>(id)?;
            slot.insert(supplier.map(|s| (s.number, s.name)).unwrap_or_default());
        }
        Ok(())
    }

    /// The item's SKU (empty for an item gone since).
    pub fn sku(&self, item: u64) -> &str {
        self.items
            .get(&item)
            .map(|(sku, _)| sku.as_str())
            .unwrap_or("")
    }

    /// The item's name.
    pub fn item_name(&self, item: u64) -> &str {
        self.items.get(&item).map(|(_, n)| n.as_str()).unwrap_or("")
    }

    /// The supplier's (number, name).
    pub fn supplier(&self, supplier: Option<u64>) -> Option<(&str, &str)> {
        let (number, name) = self.suppliers.get(&supplier?)?;
        Some((number.as_str(), name.as_str()))
    }

    /// A planned order with its names, and whether it is ignored.
    pub fn order(&self, order: &PlannedOrder, ignored: bool) -> OrderView {
        let supplier = self.supplier(order.supplier);
        OrderView {
            order: order.clone(),
            ignored,
            sku: self.sku(order.item).to_string(),
            item_name: self.item_name(order.item).to_string(),
            supplier_number: supplier.map(|(n, _)| n.to_string()),
            supplier_name: supplier.map(|(_, n)| n.to_string()),
        }
    }
}

/// A planned order with its item and supplier named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderView {
    pub order: PlannedOrder,
    /// Passed by "convert all" (see `core::mrp`).
    pub ignored: bool,
    pub sku: String,
    pub item_name: String,
    pub supplier_number: Option<String>,
    pub supplier_name: Option<String>,
}

/// The accepted plan: when and by whom it was run, its orders named.
#[derive(Debug, Clone)]
pub struct AcceptedPlan {
    pub today: Date,
    pub horizon_days: u32,
    pub run_at: OffsetDateTime,
    pub run_by: String,
    /// In the plan's order (items in planning order, then due date).
    pub orders: Vec<OrderView>,
    pub plan: Plan,
    pub names: Names,
}

impl AcceptedPlan {
    /// The planned order with this key and the demands it covers (for a front end that
    /// keeps the plan in memory: `core::mrp::pegging` reads it from the store first).
    pub fn pegging(&self, key: &str) -> Option<Pegging> {
        pegging(self, key.trim())
    }

    /// What covers a demand (see `core::mrp::covering`).
    pub fn covering(&self, demand: &DemandRef) -> Vec<CoverageView> {
        covering(self, demand)
    }

    /// The action messages in words.
    pub fn actions(&self) -> Vec<ActionView> {
        actions(self)
    }
}

/// The stored plan with its names resolved.
pub(super) fn accepted_plan(store: &Store, stored: StoredPlan) -> Result<AcceptedPlan, CoreError> {
    let names = Names::of_plans(store, [&stored.plan])?;
    let ignored = crate::store::kinds::mrp_plan::ignored(store)?;
    let orders = stored
        .plan
        .orders
        .iter()
        .map(|o| names.order(o, ignored.iter().any(|i| i.matches(o))))
        .collect();
    Ok(AcceptedPlan {
        today: stored.today,
        horizon_days: stored.horizon_days,
        run_at: stored.run_at,
        run_by: stored.run_by,
        orders,
        plan: stored.plan,
        names,
    })
}

/// One demand a planned order covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PegView {
    pub demand: DemandRef,
    /// The demand in words (`Sales order AU-2026-00001, line 1`).
    pub text: String,
    pub date: Date,
    pub quantity: Decimal,
}

/// A planned order and the demands it covers; `surplus` is what it has beyond them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pegging {
    pub order: OrderView,
    pub pegs: Vec<PegView>,
    pub surplus: Decimal,
}

pub(super) fn pegging(plan: &AcceptedPlan, key: &str) -> Option<Pegging> {
    let order = plan.orders.iter().find(|o| o.order.key == key)?;
    Some(pegging_of(order.clone()))
}

/// A planned order's pegging in words.
pub(super) fn pegging_of(order: OrderView) -> Pegging {
    let pegs: Vec<PegView> = order
        .order
        .pegs
        .iter()
        .map(|peg| PegView {
            demand: peg.demand.clone(),
            text: peg.demand.describe(),
            date: peg.date,
            quantity: peg.quantity,
        })
        .collect();
    let pegged: Decimal = pegs.iter().map(|p| p.quantity).sum();
    Pegging {
        surplus: order.order.quantity - pegged,
        order,
        pegs,
    }
}

/// One supply covering a demand, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverView {
    pub supply: SupplyRef,
    pub text: String,
    pub quantity: Decimal,
}

/// A demand of one item and what covers it; `uncovered` lies beyond the horizon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageView {
    pub coverage: Coverage,
    pub sku: String,
    pub item_name: String,
    pub text: String,
    pub covers: Vec<CoverView>,
    pub uncovered: Decimal,
}

pub(super) fn covering(plan: &AcceptedPlan, demand: &DemandRef) -> Vec<CoverageView> {
    let needs = plan.plan.coverage.iter().filter(|c| &c.demand == demand);
    covering_of(&plan.names, needs)
}

/// Coverages in words.
pub(super) fn covering_of<'a>(
    names: &Names,
    needs: impl Iterator<Item = &'a Coverage>,
) -> Vec<CoverageView> {
    needs
        .map(|c| {
            let covers: Vec<CoverView> = c
                .covered_by
                .iter()
                .map(|cover| CoverView {
                    supply: cover.supply.clone(),
                    text: cover.supply.describe(),
                    quantity: cover.quantity,
                })
                .collect();
            let covered: Decimal = covers.iter().map(|c| c.quantity).sum();
            CoverageView {
                coverage: c.clone(),
                sku: names.sku(c.item).to_string(),
                item_name: names.item_name(c.item).to_string(),
                text: c.demand.describe(),
                uncovered: c.quantity - covered,
                covers,
            }
        })
        .collect()
}

/// An action message with its item named and its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionView {
    pub action: Action,
    pub sku: String,
    pub item_name: String,
    /// The supply in words (`Purchase order BE-2026-00001, line 2`).
    pub supply: String,
    /// What to do, in words.
    pub message: String,
}

pub(super) fn actions(plan: &AcceptedPlan) -> Vec<ActionView> {
    plan.plan
        .actions
        .iter()
        .map(|action| ActionView {
            action: action.clone(),
            sku: plan.names.sku(action.item).to_string(),
            item_name: plan.names.item_name(action.item).to_string(),
            supply: action.supply.describe(),
            message: action.kind.describe(),
        })
        .collect()
}

/// A demand as typed: `AU-…/n` a sales order line, `FA-…` a production order's
/// components, anything else a planned order's key.
pub fn parse_demand(text: &str) -> Result<DemandRef, CoreError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Invalid::new("demand", crate::t!("mrp-demand-empty")).into());
    }
    if let Some((order, line)) = text.rsplit_once('/') {
        let line = line.trim().parse::<u32>().map_err(|_| {
            CoreError::from(Invalid::new(
                "demand",
                crate::t!("mrp-demand-line", text = text),
            ))
        })?;
        return Ok(DemandRef::SalesLine {
            order: order.trim().to_string(),
            line,
        });
    }
    if text.to_uppercase().starts_with("FA-") {
        return Ok(DemandRef::ProductionOrder {
            order: text.to_string(),
        });
    }
    Ok(DemandRef::Planned {
        key: text.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demands_are_read_as_typed() {
        assert_eq!(
            parse_demand(" AU-2026-00001/2 ").unwrap(),
            DemandRef::SalesLine {
                order: "AU-2026-00001".into(),
                line: 2
            }
        );
        assert_eq!(
            parse_demand("fa-2026-00003").unwrap(),
            DemandRef::ProductionOrder {
                order: "fa-2026-00003".into()
            }
        );
        assert_eq!(
            parse_demand("PL-BIKE-20261221-1").unwrap(),
            DemandRef::Planned {
                key: "PL-BIKE-20261221-1".into()
            }
        );
        assert!(parse_demand("AU-2026-00001/x").is_err());
        assert!(parse_demand("  ").is_err());
    }
}
