//! Holds on a sales order (JD Edwards' model): an order that breaks a credit, order-value
//! or margin rule is kept, not refused, and waits until someone with the right releases it
//! with a reason. The records of a hold and of its release live here. Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// Why an order is held, with the figures that broke the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum HoldReason {
    /// The customer's exposure with this order exceeds the credit limit.
    Credit { exposure: Decimal, limit: Decimal },
    /// The order's net value lies outside the configured minimum and maximum.
    OrderValue {
        value: Decimal,
        minimum: Option<Decimal>,
        maximum: Option<Decimal>,
    },
    /// Line `line` (1-based) earns a margin (percent of its net) below the threshold.
    Margin {
        line: u32,
        margin: Decimal,
        threshold: Decimal,
    },
}

/// An order's hold: what broke which rule, and since when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hold {
    pub reasons: Vec<HoldReason>,
    pub since: OffsetDateTime,
}

/// A release of a hold: who released it, when and why, and what the hold said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoldRelease {
    pub hold: Hold,
    pub by: String,
    pub at: OffsetDateTime,
    pub reason: String,
}
