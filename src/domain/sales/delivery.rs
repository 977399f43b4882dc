//! Delivering a confirmed order (Lieferschein): which quantities of which lines leave,
//! checked against what each line holds reserved and against the customer's
//! `partial_deliveries` term; the stock moves themselves are posted by core. Room: domain
//! (pure).

use rust_decimal::Decimal;

use super::{OrderState, SalesOrder};
use crate::domain::Invalid;

impl SalesOrder {
    /// Whether every item line that is still wanted has been delivered in full.
    pub fn fully_delivered(&self) -> bool {
        self.state == OrderState::Confirmed
            && self
                .lines
                .iter()
                .filter(|line| line.line.item_id.is_some())
                .all(|line| line.delivered >= line.open_quantity())
    }

    /// Delivers `wanted` (1-based line number, quantity) — empty: everything reserved —
    /// moving each quantity from reserved to delivered. Refused unless the order is
    /// confirmed and not held, a line is an item line of the order, a quantity is above zero and at most
    /// what the line holds reserved, and — when `partial_allowed` is false — the delivery
    /// completes the whole order. Returns what was delivered per line (0-based index).
    pub fn deliver(
        &mut self,
        wanted: &[(usize, Decimal)],
        partial_allowed: bool,
    ) -> Result<Vec<(usize, Decimal)>, Invalid> {
        let wanted: Vec<(usize, Option<&str>, Decimal)> =
            wanted.iter().map(|(line, q)| (*line, None, *q)).collect();
        self.deliver_from(&wanted, partial_allowed)
    }

    /// `deliver` of picks (1-based line, the location picked from, quantity): each pick
    /// releases the line's reservation at its location first (`OrderLine::release`).
    pub fn deliver_from(
        &mut self,
        wanted: &[(usize, Option<&str>, Decimal)],
        partial_allowed: bool,
    ) -> Result<Vec<(usize, Decimal)>, Invalid> {
        if self.state != OrderState::Confirmed {
            return Err(Invalid::new(
                "state",
                crate::t!(
                    "domain-delivery-not-confirmed",
                    number = self.number.as_str(),
                    state = self.state.label()
                ),
            ));
        }
        self.refuse_if_held()?;
        let taken: Vec<(usize, Option<&str>, Decimal)> = match wanted.is_empty() {
            true => self
                .lines
                .iter()
                .enumerate()
                .filter(|(_, line)| line.line.item_id.is_some() && line.reserved() > Decimal::ZERO)
                .map(|(index, line)| (index, None, line.reserved()))
                .collect(),
            false => wanted
                .iter()
                .map(|(number, from, quantity)| (number.wrapping_sub(1), *from, *quantity))
                .collect(),
        };
        if taken.is_empty() {
            return Err(Invalid::new(
                "line",
                crate::t!("domain-delivery-nothing", number = self.number.as_str()),
            ));
        }
        let mut after = self.clone();
        for (index, from, quantity) in &taken {
            let Some(line) = after
                .lines
                .get_mut(*index)
                .filter(|line| line.line.item_id.is_some())
            else {
                return Err(Invalid::new(
                    "line",
                    crate::t!(
                        "domain-delivery-no-line",
                        number = self.number.as_str(),
                        line = index.wrapping_add(1).to_string()
                    ),
                ));
            };
            let reserved = line.reserved();
            if *quantity <= Decimal::ZERO || *quantity > reserved {
                return Err(Invalid::new(
                    "quantity",
                    crate::t!(
                        "domain-delivery-too-much",
                        line = (index + 1).to_string(),
                        quantity = crate::lang::format::decimal(quantity.normalize()),
                        reserved = crate::lang::format::decimal(reserved.normalize())
                    ),
                ));
            }
            line.release(*from, *quantity);
            line.delivered += *quantity;
        }
        if !partial_allowed && !after.fully_delivered() {
            return Err(Invalid::new(
                "state",
                crate::t!("domain-delivery-no-partial", number = self.number.as_str()),
            ));
        }
        *self = after;
        Ok(taken.into_iter().map(|(index, _, q)| (index, q)).collect())
    }
}

#[cfg(test)]
pub(super) mod tests {
    use rust_decimal::dec;
    use time::macros::{date, datetime};

    use super::*;
    use crate::domain::Currency;
    use crate::domain::sales::SalesLine;
    use crate::domain::vat::VatCategory;

    /// An open order of item 7, one line per quantity.
    pub(in crate::domain::sales) fn order(quantities: &[Decimal]) -> SalesOrder {
        let lines = quantities
            .iter()
            .map(|quantity| SalesLine {
                item_id: Some(7),
                sku: "A-1".into(),
                text: "Widget".into(),
                quantity: *quantity,
                unit_price: dec!(1.00),
                discount: Decimal::ZERO,
                category: VatCategory::Standard,
                price_rule: None,
            })
            .collect();
        SalesOrder::open(
            1,
            date!(2026 - 12 - 05),
            Currency::EUR,
            lines,
            None,
            datetime!(2026-12-05 09:00 UTC),
        )
    }

    #[test]
    fn a_partial_delivery_then_the_rest_delivers_the_whole_order() {
        let mut order = order(&[dec!(5), dec!(2)]);
        assert!(order.deliver(&[], true).is_err(), "an open order");
        order
            .confirm(|_| vec![(String::from("WH1"), dec!(10))])
            .unwrap();
        let first = order.deliver(&[(1, dec!(3))], true).unwrap();
        assert_eq!(first, vec![(0, dec!(3))]);
        assert_eq!(
            (order.lines[0].delivered, order.lines[0].reserved()),
            (dec!(3), dec!(2))
        );
        assert!(!order.fully_delivered());
        assert_eq!(order.reserved_of(7), dec!(4));
        let rest = order.deliver(&[], true).unwrap();
        assert_eq!(rest, vec![(0, dec!(2)), (1, dec!(2))]);
        assert!(order.fully_delivered());
        assert_eq!(order.reserved_of(7), Decimal::ZERO);
        assert!(order.deliver(&[], true).is_err(), "nothing left");
    }

    #[test]
    fn more_than_reserved_an_unknown_line_and_a_forbidden_partial_are_refused() {
        let mut order = order(&[dec!(5), dec!(2)]);
        order
            .confirm(|_| vec![(String::from("WH1"), dec!(6))])
            .unwrap();
        // Line 2 holds 1 reserved (6 − 5), 1 backordered.
        let before = order.clone();
        assert!(order.deliver(&[(2, dec!(2))], true).is_err());
        assert!(order.deliver(&[(3, dec!(1))], true).is_err());
        assert!(order.deliver(&[(0, dec!(1))], true).is_err());
        assert!(order.deliver(&[(1, dec!(0))], true).is_err());
        let refused = order.deliver(&[(1, dec!(5))], false).unwrap_err();
        assert_eq!(refused.field, "state");
        // Everything reserved still leaves line 2's backorder: partial, refused too.
        assert_eq!(order, before, "a refused delivery changes nothing");
        assert!(order.deliver(&[], false).is_err());
        let mut whole = self::order(&[dec!(5)]);
        whole
            .confirm(|_| vec![(String::from("WH1"), dec!(5))])
            .unwrap();
        whole.deliver(&[], false).unwrap();
        assert!(whole.fully_delivered());
    }
}
