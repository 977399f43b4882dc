//! Stock moves: the append-only ledger. A quantity of an item goes from one location to
//! another; mistakes are corrected by a reversing move, never by editing. Room: domain
//! (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::Invalid;
use super::location::is_virtual;

/// One posted movement of stock. `from` and `to` are location codes in key form
/// (see `location_key`). `reverses` names the move this one undoes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StockMove {
    pub id: u64,
    pub item_id: u64,
    pub quantity: Decimal,
    pub from: String,
    pub to: String,
    pub at: OffsetDateTime,
    pub reference: String,
    pub agent: String,
    pub reverses: Option<u64>,
}

impl StockMove {
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.quantity <= Decimal::ZERO {
            return Err(Invalid::new(
                "quantity",
                crate::t!(
                    "domain-quantity-not-positive",
                    quantity = crate::lang::format::decimal(self.quantity)
                ),
            ));
        }
        if self.from == self.to {
            return Err(Invalid::new(
                "to",
                crate::t!("domain-move-same-location", location = &self.from),
            ));
        }
        if is_virtual(&self.from) && is_virtual(&self.to) {
            return Err(Invalid::new("to", crate::t!("domain-move-needs-internal")));
        }
        Ok(())
    }

    /// How this move changes the on-hand of `location`.
    pub fn delta_at(&self, location: &str) -> Decimal {
        let mut delta = Decimal::ZERO;
        if self.to == location {
            delta += self.quantity;
        }
        if self.from == location {
            delta -= self.quantity;
        }
        delta
    }

    /// How this move changes the item's total on-hand across internal locations.
    pub fn internal_delta(&self) -> Decimal {
        let mut delta = Decimal::ZERO;
        if !is_virtual(&self.to) {
            delta += self.quantity;
        }
        if !is_virtual(&self.from) {
            delta -= self.quantity;
        }
        delta
    }

    /// The move that undoes this one.
    pub fn reversal(&self, at: OffsetDateTime, agent: &str) -> StockMove {
        StockMove {
            id: 0,
            item_id: self.item_id,
            quantity: self.quantity,
            from: self.to.clone(),
            to: self.from.clone(),
            at,
            reference: format!("reverses move {}", self.id),
            agent: agent.to_string(),
            reverses: Some(self.id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn receipt() -> StockMove {
        StockMove {
            id: 7,
            item_id: 1,
            quantity: dec!(3.5),
            from: "supplier".into(),
            to: "WH1".into(),
            at: OffsetDateTime::UNIX_EPOCH,
            reference: String::new(),
            agent: "ben".into(),
            reverses: None,
        }
    }

    #[test]
    fn deltas_follow_direction() {
        let m = receipt();
        assert_eq!(m.delta_at("WH1"), dec!(3.5));
        assert_eq!(m.delta_at("WH2"), dec!(0));
        assert_eq!(m.internal_delta(), dec!(3.5));
        let back = m.reversal(OffsetDateTime::UNIX_EPOCH, "ben");
        assert_eq!(back.delta_at("WH1"), dec!(-3.5));
        assert_eq!(back.reverses, Some(7));
    }

    #[test]
    fn bad_moves_are_refused() {
        let mut m = receipt();
        m.quantity = dec!(0);
        assert_eq!(m.validate().unwrap_err().field, "quantity");
        let mut same = receipt();
        same.from = "WH1".into();
        assert!(same.validate().is_err());
        let mut outside = receipt();
        outside.to = "customer".into();
        assert!(outside.validate().is_err());
    }
}
