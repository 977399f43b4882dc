//! The MRP run: a regenerative material requirements plan over every item, computed from
//! inputs the caller gathers (items with their planning parameters, BOMs, on hand, demands,
//! scheduled receipts, firm planned orders, a working-day calendar, today and the horizon).
//! It answers with low-level codes, planned orders with their pegging, what covers every
//! demand, the projected on hand per item and action messages for existing supply; `diff`
//! compares two plans for the dry run.
//!
//! Room: domain (pure) — no store, no clock: `today` is an input. Rules: quantities are
//! exact decimals (never f64, nothing rounds); the same input gives the same plan (inputs
//! are sorted by explicit keys, no hash map order reaches the output); the run is
//! O(n log n) in items, BOM lines, demands and supply — nothing walks the horizon day by
//! day. The parts: `days` (working days), `lots` (lot sizing), `levels` (low-level codes),
//! `peg` (netting one item and pegging), `actions` (action messages), `diff`, `engine`
//! (the run over all items).

mod actions;
mod days;
mod diff;
mod engine;
mod levels;
mod lots;
mod peg;
#[cfg(test)]
mod tests_bicycle;
#[cfg(test)]
mod tests_engine;
#[cfg(test)]
mod tests_props;

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::Date;

use super::bom::Bom;
use super::planning::ItemPlanning;

pub use actions::{Action, ActionKind};
pub use days::{OpenDays, Weekdays, WorkingDays, working_days_before};
pub use diff::{PlanDiff, diff};
pub use engine::run;
pub use lots::lot_quantities;

/// How an item is replenished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    /// Bought: planned purchase orders, released `lead_days` working days before they are
    /// due, from the preferred supplier (if there is one).
    Buy {
        lead_days: u32,
        supplier: Option<u64>,
    },
    /// Made: planned production orders, released `ItemPlanning::production_days` working
    /// days before they are due; their BOM's components are needed on the release date.
    Make,
}

/// One item as the run sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: u64,
    pub sku: String,
    pub source: Source,
    pub planning: ItemPlanning,
    /// Units on hand, summed over the internal locations.
    pub on_hand: Decimal,
}

/// Why a quantity of an item is needed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DemandRef {
    /// Safety stock kept at one location (counted once per item and location).
    SafetyStock { location: String },
    /// An open sales order line (`AU-2026-0001`, line 1).
    SalesLine { order: String, line: u32 },
    /// A component of an open production order.
    ProductionOrder { order: String },
    /// A component of a planned (or firm planned) production order, by its key.
    Planned { key: String },
}

/// Where a quantity comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SupplyRef {
    OnHand,
    /// An open purchase order line (`BE-2026-0001`, line 1).
    PurchaseLine {
        order: String,
        line: u32,
    },
    /// An open production order.
    ProductionOrder {
        order: String,
    },
    /// A planned or firm planned order, by its key.
    Planned {
        key: String,
    },
}

/// An independent demand: an open sales order line's open quantity on its requested date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Demand {
    pub item: u64,
    pub date: Date,
    pub quantity: Decimal,
    pub reference: DemandRef,
}

/// A component an open production order still needs, on `date`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComponentNeed {
    pub item: u64,
    pub quantity: Decimal,
    pub date: Date,
}

/// Existing supply: an open purchase order line or an open production order, with its open
/// quantity and due date. `released` is false for a purchase order not yet sent or a
/// production order not yet started (those may get "release now").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub item: u64,
    pub due: Date,
    pub quantity: Decimal,
    pub reference: SupplyRef,
    pub released: bool,
    /// What a production order still needs of its components (gross requirements).
    pub components: Vec<ComponentNeed>,
}

/// A firm planned order: kept as it is by every run, counted as supply; a made one's
/// components are needed on its release date (from its item's BOM).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirmOrder {
    pub key: String,
    pub item: u64,
    pub quantity: Decimal,
    pub release: Date,
    pub due: Date,
    pub supplier: Option<u64>,
}

/// Everything a run reads. Order within the vectors does not matter.
#[derive(Debug, Clone)]
pub struct Input {
    pub items: Vec<Item>,
    /// At most one per item (the parent's); components with quantity per `output_qty` and
    /// scrap percent.
    pub boms: Vec<Bom>,
    pub demands: Vec<Demand>,
    pub receipts: Vec<Receipt>,
    pub firm: Vec<FirmOrder>,
    pub today: Date,
    /// Demands dated after today + horizon days are not planned.
    pub horizon_days: u32,
}

/// Buy or make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum OrderKind {
    Buy,
    Make,
}

/// One quantity of a planned order given to one demand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Peg {
    pub demand: DemandRef,
    /// The demand's (requested) date.
    pub date: Date,
    pub quantity: Decimal,
}

/// A planned order (or a firm planned one, kept as it was).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedOrder {
    /// `PL-<sku>-<due yyyymmdd>-<n>`, or the firm order's own key. Two runs over the same
    /// data give the same keys; `diff` matches on them.
    pub key: String,
    pub item: u64,
    pub quantity: Decimal,
    pub release: Date,
    pub due: Date,
    pub kind: OrderKind,
    pub supplier: Option<u64>,
    pub firm: bool,
    /// The demands it covers, earliest first; what it has beyond them is surplus.
    pub pegs: Vec<Peg>,
}

/// One quantity of supply given to a demand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cover {
    pub supply: SupplyRef,
    pub quantity: Decimal,
}

/// A demand (independent, dependent or safety stock) and what covers it. A demand covered
/// by less than its quantity lies beyond the horizon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    pub item: u64,
    pub demand: DemandRef,
    pub date: Date,
    pub quantity: Decimal,
    pub covered_by: Vec<Cover>,
}

/// The projected on hand of an item at the end of each day on which it changes (from
/// today on; days between keep the balance before them). Safety stock is not consumed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Projection {
    pub item: u64,
    pub days: Vec<(Date, Decimal)>,
}

/// The answer of a run.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Plan {
    /// 0 for items no BOM uses; else one more than the deepest parent.
    pub low_level_codes: BTreeMap<u64, u32>,
    /// By item (in planning order: low-level code, then id), then due date.
    pub orders: Vec<PlannedOrder>,
    /// In the same item order, then by date.
    pub coverage: Vec<Coverage>,
    pub projected: Vec<Projection>,
    pub actions: Vec<Action>,
}

/// Why a run could not plan.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MrpError {
    #[error("{}", crate::t!("mrp-error-unknown-item", item = .0.to_string()))]
    UnknownItem(u64),
    #[error("{}", crate::t!("mrp-error-duplicate-item", item = .0.to_string()))]
    DuplicateItem(u64),
    #[error("{}", crate::t!("mrp-error-quantity", sku = .sku.as_str(), quantity = crate::lang::format::decimal(*.quantity)))]
    Quantity { sku: String, quantity: Decimal },
    #[error("{}", crate::t!("mrp-error-planning", sku = .sku.as_str(), problem = .problem.as_str()))]
    Planning { sku: String, problem: String },
    #[error("{}", crate::t!("mrp-error-cycle", items = .0.join(" → ")))]
    Cycle(Vec<String>),
    #[error("{}", crate::t!("mrp-error-calendar", date = crate::lang::format::date(*.0)))]
    NoWorkingDay(Date),
    #[error("{}", crate::t!("mrp-error-overflow", sku = .0.as_str()))]
    Overflow(String),
}

impl DemandRef {
    /// The demand in the user's language (`Sales order AU-2026-0001, line 1`).
    pub fn describe(&self) -> String {
        match self {
            DemandRef::SafetyStock { location } => {
                crate::t!("mrp-demand-safety-stock", location = location.as_str())
            }
            DemandRef::SalesLine { order, line } => crate::t!(
                "mrp-demand-sales-line",
                order = order.as_str(),
                line = i64::from(*line)
            ),
            DemandRef::ProductionOrder { order } => {
                crate::t!("mrp-demand-production-order", order = order.as_str())
            }
            DemandRef::Planned { key } => crate::t!("mrp-demand-planned", key = key.as_str()),
        }
    }
}

impl SupplyRef {
    /// The supply in the user's language (`Purchase order BE-2026-0001, line 2`).
    pub fn describe(&self) -> String {
        match self {
            SupplyRef::OnHand => crate::t!("mrp-supply-on-hand"),
            SupplyRef::PurchaseLine { order, line } => crate::t!(
                "mrp-supply-purchase-line",
                order = order.as_str(),
                line = i64::from(*line)
            ),
            SupplyRef::ProductionOrder { order } => {
                crate::t!("mrp-supply-production-order", order = order.as_str())
            }
            SupplyRef::Planned { key } => crate::t!("mrp-supply-planned", key = key.as_str()),
        }
    }
}

impl Plan {
    /// The planned order with this key.
    pub fn order(&self, key: &str) -> Option<&PlannedOrder> {
        self.orders.iter().find(|order| order.key == key)
    }

    /// What covers a demand of an item.
    pub fn covering(&self, item: u64, demand: &DemandRef) -> Option<&Coverage> {
        self.coverage
            .iter()
            .find(|c| c.item == item && &c.demand == demand)
    }

    /// The projected on hand of `item` at the end of `day` (on hand before the first entry).
    pub fn projected_on(&self, item: u64, day: Date) -> Option<Decimal> {
        let projection = self.projected.iter().find(|p| p.item == item)?;
        let at = projection.days.partition_point(|(date, _)| *date <= day);
        at.checked_sub(1)
            .and_then(|i| projection.days.get(i))
            .map(|(_, balance)| *balance)
    }
}
