//! Planning parameters of an item: how the MRP run sizes its planned orders (the lot rule
//! with its minimum, multiple and maximum), how much safety stock it keeps per location and
//! how many working days an order takes. The MRP run reads them; items and supplier items
//! store them. Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Invalid;

/// How a net requirement becomes planned order quantities, before the minimum, multiple
/// and maximum apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum LotRule {
    /// Exactly the net requirement of each day.
    #[default]
    LotForLot,
    /// Always this quantity per order (as many orders as the requirement needs).
    Fixed(Decimal),
    /// The net requirements of this many calendar days, starting with the first day that
    /// needs something, in one order.
    PeriodDays(u32),
}

impl LotRule {
    /// Reads `lot-for-lot`, `fixed:QTY` or `period:DAYS`.
    pub fn parse(text: &str) -> Result<LotRule, Invalid> {
        let text = text.trim();
        let invalid = || {
            Invalid::new(
                "lot-rule",
                crate::t!("domain-lot-rule-unknown", text = text),
            )
        };
        if text.eq_ignore_ascii_case("lot-for-lot") {
            return Ok(LotRule::LotForLot);
        }
        let (kind, value) = text.split_once(':').ok_or_else(invalid)?;
        match kind.trim().to_ascii_lowercase().as_str() {
            "fixed" => {
                let quantity: Decimal = value.trim().parse().map_err(|_| invalid())?;
                if quantity <= Decimal::ZERO {
                    return Err(invalid());
                }
                Ok(LotRule::Fixed(quantity))
            }
            "period" => match value.trim().parse::<u32>() {
                Ok(days) if days > 0 => Ok(LotRule::PeriodDays(days)),
                _ => Err(invalid()),
            },
            _ => Err(invalid()),
        }
    }

    /// The form `parse` reads back.
    pub fn code(&self) -> String {
        match self {
            LotRule::LotForLot => "lot-for-lot".to_string(),
            LotRule::Fixed(quantity) => format!("fixed:{}", quantity.normalize()),
            LotRule::PeriodDays(days) => format!("period:{days}"),
        }
    }
}

/// The lot rule and the bounds every planned order quantity keeps: below `minimum` → the
/// minimum; else rounded up to `multiple`; above `maximum` → several orders.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LotSizing {
    pub rule: LotRule,
    pub minimum: Option<Decimal>,
    pub multiple: Option<Decimal>,
    pub maximum: Option<Decimal>,
}

/// Safety stock to keep at one location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafetyStock {
    /// The location code in key form (see `location_key`).
    pub location: String,
    pub quantity: Decimal,
}

/// Everything the MRP run needs to know about planning one item besides its BOM and its
/// supplier items.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ItemPlanning {
    pub lot: LotSizing,
    /// Counted once per location, never once per demand.
    pub safety_stock: Vec<SafetyStock>,
    /// Working days a production order of the item takes (bought items take their
    /// supplier item's lead time).
    pub production_days: u32,
}

impl ItemPlanning {
    /// The safety stock over all locations, each counted once.
    pub fn total_safety_stock(&self) -> Decimal {
        self.safety_stock.iter().map(|s| s.quantity).sum()
    }

    pub fn validate(&self) -> Result<(), Invalid> {
        let positive = |field: &'static str, value: Option<Decimal>| match value {
            Some(v) if v <= Decimal::ZERO => Err(Invalid::new(
                field,
                crate::t!(
                    "domain-quantity-not-positive",
                    quantity = crate::lang::format::decimal(v)
                ),
            )),
            _ => Ok(()),
        };
        positive("minimum", self.lot.minimum)?;
        positive("multiple", self.lot.multiple)?;
        positive("maximum", self.lot.maximum)?;
        if let (Some(min), Some(max)) = (self.lot.minimum, self.lot.maximum)
            && max < min
        {
            return Err(Invalid::new(
                "maximum",
                crate::t!(
                    "domain-lot-maximum-below-minimum",
                    maximum = crate::lang::format::decimal(max),
                    minimum = crate::lang::format::decimal(min)
                ),
            ));
        }
        if let Some(stock) = self
            .safety_stock
            .iter()
            .find(|s| s.quantity < Decimal::ZERO)
        {
            return Err(Invalid::new(
                "safety-stock",
                crate::t!(
                    "domain-safety-stock-negative",
                    location = &stock.location,
                    quantity = crate::lang::format::decimal(stock.quantity)
                ),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn lot_rules_read_back_what_they_write() {
        for rule in [
            LotRule::LotForLot,
            LotRule::Fixed(dec!(25)),
            LotRule::PeriodDays(7),
        ] {
            assert_eq!(LotRule::parse(&rule.code()).ok(), Some(rule));
        }
        assert!(LotRule::parse("fixed:0").is_err());
        assert!(LotRule::parse("period:-1").is_err());
        assert!(LotRule::parse("weekly").is_err());
    }

    #[test]
    fn a_maximum_below_the_minimum_and_negative_safety_stock_are_refused() {
        let mut planning = ItemPlanning::default();
        planning.lot.minimum = Some(dec!(10));
        planning.lot.maximum = Some(dec!(5));
        assert_eq!(planning.validate().map_err(|e| e.field), Err("maximum"));
        planning.lot.maximum = None;
        planning.safety_stock.push(SafetyStock {
            location: "MAIN".into(),
            quantity: dec!(-1),
        });
        assert_eq!(
            planning.validate().map_err(|e| e.field),
            Err("safety-stock")
        );
        planning.safety_stock[0].quantity = dec!(4);
        planning.safety_stock.push(SafetyStock {
            location: "B".into(),
            quantity: dec!(6),
        });
        assert_eq!(planning.validate().map_err(|e| e.field), Ok(()));
        assert_eq!(planning.total_safety_stock(), dec!(10));
    }
}
