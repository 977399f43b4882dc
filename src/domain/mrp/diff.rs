//! The difference between two plans, for the dry run: planned orders that are new, that
//! changed (same key, other quantity, dates, supplier or firmness) and that are gone.
//! Pegs are not compared — they follow from the orders. Room: domain (pure).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Plan, PlannedOrder};

/// What `new` plans differently from `old`, each list sorted by key.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PlanDiff {
    pub new: Vec<PlannedOrder>,
    /// (old, new)
    pub changed: Vec<(PlannedOrder, PlannedOrder)>,
    pub gone: Vec<PlannedOrder>,
}

impl PlanDiff {
    pub fn is_empty(&self) -> bool {
        self.new.is_empty() && self.changed.is_empty() && self.gone.is_empty()
    }
}

fn same(a: &PlannedOrder, b: &PlannedOrder) -> bool {
    a.item == b.item
        && a.quantity == b.quantity
        && a.release == b.release
        && a.due == b.due
        && a.kind == b.kind
        && a.supplier == b.supplier
        && a.firm == b.firm
}

/// Compares the planned orders of two plans by key. O(n log n).
pub fn diff(old: &Plan, new: &Plan) -> PlanDiff {
    let before: BTreeMap<&str, &PlannedOrder> =
        old.orders.iter().map(|o| (o.key.as_str(), o)).collect();
    let after: BTreeMap<&str, &PlannedOrder> =
        new.orders.iter().map(|o| (o.key.as_str(), o)).collect();
    let mut out = PlanDiff::default();
    for (key, order) in &after {
        match before.get(key) {
            None => out.new.push((*order).clone()),
            Some(was) if !same(was, order) => out.changed.push(((*was).clone(), (*order).clone())),
            Some(_) => {}
        }
    }
    out.gone = before
        .iter()
        .filter(|(key, _)| !after.contains_key(*key))
        .map(|(_, order)| (*order).clone())
        .collect();
    out
}
