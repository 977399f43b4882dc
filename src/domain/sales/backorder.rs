//! Backorders and cancelled rests of order lines: cancelling part of a line (its
//! reservation released first from the unreserved rest, then from the reserved),
//! cancelling what waits for stock (no backorders taken) or everything not delivered
//! (after a partial delivery without backorders), and reserving received stock for the
//! backordered lines. Every cancellation writes the line's `cancel_reason`. Room: domain
//! (pure).

use rust_decimal::Decimal;

use super::{Offer, OrderState, SalesOrder};
use crate::domain::{Customer, Invalid};

impl SalesOrder {
    /// Whether this order takes partial deliveries: its own override, else the customer's
    /// term.
    pub fn takes_partial(&self, customer: &Customer) -> bool {
        self.partial_deliveries
            .unwrap_or(customer.partial_deliveries)
    }

    /// Whether this order takes backorders: its own override, else the customer's term.
    pub fn takes_backorders(&self, customer: &Customer) -> bool {
        self.backorders.unwrap_or(customer.backorders)
    }

    /// Sets the order's own delivery terms (`None`: the customer's); refused unless the
    /// order is open.
    pub fn set_delivery_terms(
        &mut self,
        partial_deliveries: Option<bool>,
        backorders: Option<bool>,
    ) -> Result<(), Invalid> {
        if self.state != OrderState::Open {
            return Err(Invalid::new(
                "state",
                crate::t!(
                    "domain-order-terms-not-open",
                    number = self.number.as_str(),
                    state = self.state.label()
                ),
            ));
        }
        self.partial_deliveries = partial_deliveries;
        self.backorders = backorders;
        Ok(())
    }

    /// Cancels `quantity` of line `number` (1-based) with `reason`: refused unless the
    /// order is open or confirmed, the line exists, the reason is given and 0 < quantity ≤
    /// what is neither delivered nor cancelled yet. What is not reserved goes first; the
    /// reservation is lowered only by the remainder.
    pub fn cancel_line(
        &mut self,
        number: usize,
        quantity: Decimal,
        reason: &str,
    ) -> Result<(), Invalid> {
        self.may_cancel(reason)?;
        let order = self.number.clone();
        let Some(line) = number
            .checked_sub(1)
            .and_then(|index| self.lines.get_mut(index))
        else {
            return Err(Invalid::new(
                "line",
                crate::t!(
                    "domain-delivery-no-line",
                    number = order.as_str(),
                    line = number.to_string()
                ),
            ));
        };
        let left = line.open_quantity() - line.delivered;
        if quantity <= Decimal::ZERO || quantity > left {
            return Err(Invalid::new(
                "qty",
                crate::t!(
                    "domain-order-cancel-too-much",
                    line = number.to_string(),
                    quantity = crate::lang::format::decimal(quantity.normalize()),
                    left = crate::lang::format::decimal(left.normalize())
                ),
            ));
        }
        let unreserved = left - line.reserved();
        line.release(None, (quantity - unreserved).max(Decimal::ZERO));
        line.cancelled += quantity;
        line.cancel_reason = reason.trim().to_string();
        Ok(())
    }

    /// Cancels with `reason` what of every item line waits for stock (backordered).
    /// Returns whether anything was cancelled.
    pub fn cancel_backorders(&mut self, reason: &str) -> bool {
        let mut any = false;
        for line in &mut self.lines {
            let waiting = line.backordered();
            if waiting > Decimal::ZERO {
                line.cancelled += waiting;
                line.cancel_reason = reason.to_string();
                any = true;
            }
        }
        any
    }

    /// Cancels with `reason` everything of every item line not delivered yet, releasing
    /// its reservation. Returns whether anything was cancelled.
    pub fn cancel_undelivered(&mut self, reason: &str) -> bool {
        let mut any = false;
        for line in &mut self.lines {
            let rest = line.open_quantity() - line.delivered;
            if line.line.item_id.is_some() && rest > Decimal::ZERO {
                line.cancelled += rest;
                line.release_all();
                line.cancel_reason = reason.to_string();
                any = true;
            }
        }
        any
    }

    /// Reserves what `offered` offers of `item` per location (in its order, taking what it
    /// reserves out of it) for this confirmed order's backordered lines of it, in line
    /// order. Returns what it reserved.
    pub fn reserve_backorders(&mut self, item: u64, offered: &mut Offer) -> Decimal {
        if self.state != OrderState::Confirmed {
            return Decimal::ZERO;
        }
        let mut took = Decimal::ZERO;
        for line in &mut self.lines {
            if line.line.item_id != Some(item) {
                continue;
            }
            let wanted = line.backordered();
            took += line.reserve_from(offered, wanted);
        }
        took
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::super::delivery::tests::order;

    #[test]
    fn a_line_cancel_takes_the_unreserved_rest_first() {
        let mut order = order(&[dec!(10)]);
        // 6 reserved, 4 backordered.
        order
            .confirm(|_| vec![(String::from("WH1"), dec!(6))])
            .unwrap();
        order.cancel_line(1, dec!(3), "too many").unwrap();
        let line = &order.lines[0];
        assert_eq!(
            (line.cancelled, line.reserved(), line.backordered()),
            (dec!(3), dec!(6), dec!(1))
        );
        assert_eq!(line.cancel_reason, "too many");
        // 1 unreserved, then 2 of the reserved.
        order.cancel_line(1, dec!(3), "fewer").unwrap();
        let line = &order.lines[0];
        assert_eq!(
            (line.cancelled, line.reserved(), line.backordered()),
            (dec!(6), dec!(4), dec!(0))
        );
        assert!(order.cancel_line(1, dec!(5), "x").is_err(), "only 4 left");
        assert!(order.cancel_line(1, dec!(0), "x").is_err());
        assert!(order.cancel_line(2, dec!(1), "x").is_err());
        assert!(order.cancel_line(0, dec!(1), "x").is_err());
        assert!(order.cancel_line(1, dec!(1), " ").is_err());
    }

    #[test]
    fn backorders_are_cancelled_or_filled_and_the_undelivered_rest_is_cancelled() {
        let mut order = order(&[dec!(5), dec!(3)]);
        order
            .confirm(|_| vec![(String::from("WH1"), dec!(6))])
            .unwrap();
        // Line 1: 5 reserved; line 2: 1 reserved, 2 backordered.
        let mut refused = order.clone();
        assert!(refused.cancel_backorders("none"));
        assert_eq!(
            (refused.lines[1].cancelled, refused.lines[1].reserved()),
            (dec!(2), dec!(1))
        );
        assert!(!refused.cancel_backorders("none"));
        assert_eq!(
            order.reserve_backorders(8, &mut vec![(String::from("WH1"), dec!(5))]),
            dec!(0),
            "another item"
        );
        assert_eq!(
            order.reserve_backorders(7, &mut vec![(String::from("WH1"), dec!(5))]),
            dec!(2)
        );
        assert_eq!(order.lines[1].reserved(), dec!(3));
        order.deliver(&[(1, dec!(2))], true).unwrap();
        assert!(order.cancel_undelivered("rest"));
        assert_eq!(
            (order.lines[0].cancelled, order.lines[0].reserved()),
            (dec!(3), dec!(0))
        );
        assert_eq!(
            (order.lines[1].cancelled, order.lines[1].reserved()),
            (dec!(3), dec!(0))
        );
        assert!(order.fully_delivered());
        assert_eq!(order.reserved_of(7), dec!(0));
    }
}
