//! Changing an order after it was added: a line's promised date, a line's quantity (on a
//! confirmed order its reservation follows: a smaller quantity releases what it no longer
//! needs, a larger one reserves more of what is available). What changed is confirmed
//! again with the next confirmation. Room: domain (pure).

use rust_decimal::Decimal;
use time::Date;

use super::{Offer, OrderLine, OrderState, SalesOrder};
use crate::domain::Invalid;

impl SalesOrder {
    /// The refusal of a change to a cancelled order.
    pub fn cancelled_already(&self) -> Invalid {
        Invalid::new(
            "state",
            crate::t!(
                "domain-order-cancelled-already",
                number = self.number.as_str(),
                state = self.state.label()
            ),
        )
    }

    /// The refusal to confirm an order in its state.
    pub(super) fn cannot_confirm(&self) -> Invalid {
        Invalid::new(
            "state",
            crate::t!(
                "domain-order-cannot-confirm",
                number = self.number.as_str(),
                state = self.state.label()
            ),
        )
    }

    /// Line `number` (1-based), or why not: the order is cancelled, or has no such line.
    fn line_mut(&mut self, number: usize) -> Result<&mut OrderLine, Invalid> {
        if self.state == OrderState::Cancelled {
            return Err(self.cancelled_already());
        }
        let count = self.lines.len();
        number
            .checked_sub(1)
            .and_then(|index| self.lines.get_mut(index))
            .ok_or_else(|| {
                Invalid::new(
                    "line",
                    crate::t!(
                        "domain-order-no-line",
                        line = number.to_string(),
                        count = count
                    ),
                )
            })
    }

    /// Promises line `number` for `date` (`None`: no promise).
    pub fn promise(&mut self, number: usize, date: Option<Date>) -> Result<(), Invalid> {
        self.line_mut(number)?.promised = date;
        Ok(())
    }

    /// Sets the day the customer wants line `number` (`None`: the order's date) — its date
    /// of supply for VAT until it is delivered — refused when no VAT rate is known for it.
    pub fn request(&mut self, number: usize, date: Option<Date>) -> Result<(), Invalid> {
        self.line_mut(number)?.requested = date;
        self.document(crate::domain::vat::TaxTreatment::Domestic)
            .totals(&crate::domain::vat::RateTable::GERMANY)
            .map(drop)
    }

    /// Sets line `number`'s ordered quantity. It must stay above zero and cover what was
    /// delivered and cancelled. On a confirmed order an item line reserves at most what it
    /// still needs (releasing the latest reserved first), taking more from `available`
    /// (what its item offers per location beyond every reservation, this order's included).
    pub fn set_quantity(
        &mut self,
        number: usize,
        quantity: Decimal,
        available: impl Fn(u64) -> Offer,
    ) -> Result<(), Invalid> {
        let confirmed = self.state == OrderState::Confirmed;
        let line = self.line_mut(number)?;
        let least = line.delivered + line.cancelled;
        if quantity <= Decimal::ZERO || quantity < least {
            return Err(Invalid::new(
                "quantity",
                crate::t!(
                    "domain-order-line-quantity",
                    line = number.to_string(),
                    least = crate::lang::format::decimal(least)
                ),
            ));
        }
        line.line.quantity = quantity;
        if let (true, Some(item)) = (confirmed, line.line.item_id) {
            let needed = (line.open_quantity() - line.delivered).max(Decimal::ZERO);
            let reserved = line.reserved();
            match needed < reserved {
                true => drop(line.release(None, reserved - needed)),
                false => drop(line.reserve_from(&mut available(item), needed - reserved)),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::{date, datetime};

    use super::*;
    use crate::domain::Currency;
    use crate::domain::sales::SalesLine;
    use crate::domain::vat::VatCategory;

    fn order() -> SalesOrder {
        let line = SalesLine {
            item_id: Some(4),
            sku: "CH-001".into(),
            text: "Chai".into(),
            quantity: dec!(5),
            unit_price: dec!(10),
            discount: Decimal::ZERO,
            category: VatCategory::Standard,
            price_rule: None,
        };
        let at = datetime!(2026-12-05 09:00 UTC);
        let mut order = SalesOrder::open(
            1,
            date!(2026 - 12 - 05),
            Currency::EUR,
            vec![line],
            None,
            at,
        );
        order.number = "AU-2026-00001".into();
        order
    }

    #[test]
    fn a_confirmed_line_reserves_more_of_what_is_available_and_releases_what_it_no_longer_needs() {
        let mut order = order();
        assert!(
            order
                .confirm(|_| vec![(String::from("WH1"), dec!(6))])
                .is_ok()
        );
        assert_eq!(order.lines[0].reserved(), dec!(5));
        // 1 more is available: 8 wanted, 6 reserved, 2 backordered.
        assert!(
            order
                .set_quantity(1, dec!(8), |_| vec![(String::from("WH1"), dec!(1))])
                .is_ok()
        );
        assert_eq!(
            (order.lines[0].reserved(), order.lines[0].backordered()),
            (dec!(6), dec!(2))
        );
        order.lines[0].delivered = dec!(2);
        order.lines[0].release(None, dec!(2));
        assert!(
            order
                .set_quantity(1, dec!(3), |_| vec![(String::from("WH1"), dec!(0))])
                .is_ok()
        );
        assert_eq!(order.lines[0].reserved(), dec!(1));
    }

    #[test]
    fn a_quantity_below_what_was_delivered_or_a_line_not_there_is_refused() {
        let mut order = order();
        order.lines[0].delivered = dec!(2);
        let refused = order
            .set_quantity(1, dec!(1), |_| vec![(String::from("WH1"), dec!(0))])
            .unwrap_err();
        assert_eq!(refused.field, "quantity");
        assert_eq!(order.lines[0].line.quantity, dec!(5));
        assert_eq!(order.promise(2, None).unwrap_err().field, "line");
        assert!(order.promise(1, Some(date!(2026 - 12 - 20))).is_ok());
        assert_eq!(order.lines[0].promised, Some(date!(2026 - 12 - 20)));
        assert!(order.cancel("withdrawn").is_ok());
        assert_eq!(order.promise(1, None).unwrap_err().field, "state");
    }
}
