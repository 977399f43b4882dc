//! Items: what the warehouse keeps — SKU, barcodes, unit, cost and price, reorder rule,
//! the VAT category they are sold in and how planning sizes and times their orders.
//! Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::planning::ItemPlanning;
use super::vat::VatCategory;
use super::{Invalid, Money};

/// A stock-keeping unit. `sku` and every barcode are unique across items (compared without
/// regard to case and surrounding space).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub id: u64,
    pub sku: String,
    pub name: String,
    /// Unit of measure, e.g. `pcs`, `kg`, `m`.
    pub uom: String,
    pub barcodes: Vec<String>,
    /// Standard cost of one unit.
    pub cost: Money,
    /// Sales price of one unit.
    pub price: Money,
    pub reorder: ReorderRule,
    pub lead_days: u32,
    pub active: bool,
    /// The VAT category the item is sold in.
    pub vat: VatCategory,
    /// Lot sizing, safety stock and production days for the MRP run.
    pub planning: ItemPlanning,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// When to reorder and how much: below `min`, fill up to `max` (default `min`) in whole
/// multiples of `multiple`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ReorderRule {
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
    pub multiple: Option<Decimal>,
}

impl ReorderRule {
    /// The quantity to order when `on_hand` is below the minimum: max − on-hand rounded up
    /// to the order multiple. `None` when nothing needs ordering.
    pub fn suggestion(&self, on_hand: Decimal) -> Option<Decimal> {
        let min = self.min?;
        if on_hand >= min {
            return None;
        }
        let target = self.max.unwrap_or(min).max(min);
        let missing = target - on_hand;
        Some(match self.multiple.filter(|m| *m > Decimal::ZERO) {
            Some(multiple) => (missing / multiple).ceil() * multiple,
            None => missing,
        })
    }
}

/// The form a SKU or barcode is compared in: trimmed, uppercase.
pub fn code_key(code: &str) -> String {
    code.trim().to_uppercase()
}

impl Item {
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.sku.trim().is_empty() {
            return Err(Invalid::new("sku", crate::t!("domain-must-not-be-empty")));
        }
        if self.sku.chars().any(char::is_whitespace) {
            return Err(Invalid::new(
                "sku",
                crate::t!("domain-no-spaces", text = &self.sku),
            ));
        }
        if self.name.trim().is_empty() {
            return Err(Invalid::new("name", crate::t!("domain-must-not-be-empty")));
        }
        if self
            .barcodes
            .iter()
            .any(|b| b.trim().is_empty() || b.chars().any(char::is_whitespace))
        {
            return Err(Invalid::new("barcode", crate::t!("domain-barcode-invalid")));
        }
        let negative =
            |value: &Option<Decimal>| value.is_some_and(|v| v.is_sign_negative() && !v.is_zero());
        for (field, value) in [
            ("reorder_min", &self.reorder.min),
            ("reorder_max", &self.reorder.max),
            ("order_multiple", &self.reorder.multiple),
        ] {
            if negative(value) {
                return Err(Invalid::new(
                    field,
                    crate::t!("domain-must-not-be-negative"),
                ));
            }
        }
        if self.reorder.multiple.is_some_and(|m| m.is_zero()) {
            return Err(Invalid::new(
                "order_multiple",
                crate::t!("domain-must-be-positive"),
            ));
        }
        if let (Some(min), Some(max)) = (self.reorder.min, self.reorder.max)
            && max < min
        {
            return Err(Invalid::new(
                "reorder_max",
                crate::t!(
                    "domain-below-minimum",
                    max = crate::lang::format::decimal(max),
                    min = crate::lang::format::decimal(min)
                ),
            ));
        }
        self.planning.validate()?;
        for (field, money) in [("cost", &self.cost), ("price", &self.price)] {
            if money.amount.is_sign_negative() && !money.amount.is_zero() {
                return Err(Invalid::new(
                    field,
                    crate::t!("domain-must-not-be-negative"),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn rule(min: Option<Decimal>, max: Option<Decimal>, multiple: Option<Decimal>) -> ReorderRule {
        ReorderRule { min, max, multiple }
    }

    #[test]
    fn suggestion_fills_to_max_in_multiples() {
        let r = rule(Some(dec!(10)), Some(dec!(50)), Some(dec!(12)));
        // 50 − 7 = 43 → 4 × 12 = 48
        assert_eq!(r.suggestion(dec!(7)), Some(dec!(48)));
        assert_eq!(r.suggestion(dec!(10)), None);
        // 50 − 2 = 48 → exactly 4 × 12
        assert_eq!(r.suggestion(dec!(2)), Some(dec!(48)));
    }

    #[test]
    fn max_defaults_to_min_and_decimals_stay_exact() {
        assert_eq!(
            rule(Some(dec!(25)), None, None).suggestion(dec!(17)),
            Some(dec!(8))
        );
        let kg = rule(Some(dec!(2.5)), Some(dec!(10)), Some(dec!(0.5)));
        assert_eq!(kg.suggestion(dec!(1.3)), Some(dec!(9.0)));
        assert_eq!(rule(None, None, None).suggestion(dec!(-5)), None);
        assert_eq!(
            rule(Some(dec!(5)), None, None).suggestion(dec!(-3)),
            Some(dec!(8))
        );
    }

    #[test]
    fn codes_compare_uppercase_and_trimmed() {
        assert_eq!(code_key(" ch-001 "), "CH-001");
    }
}
