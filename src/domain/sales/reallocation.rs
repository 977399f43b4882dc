//! Re-allocating a reservation: stock reserved for one confirmed order moves to another
//! confirmed order that waits for the same item, only by an explicit step that names both
//! orders — the giving order's lines release it (last line first, never what a pick list
//! holds), the taking order's backordered lines take it (first line first). Room: domain
//! (pure).

use rust_decimal::Decimal;

use super::{OrderState, SalesOrder};
use crate::domain::Invalid;
use crate::lang::format::decimal;

impl SalesOrder {
    /// Refuses unless the order is confirmed, naming its state.
    fn must_be_confirmed(&self) -> Result<(), Invalid> {
        match self.state {
            OrderState::Confirmed => Ok(()),
            state => Err(Invalid::new(
                "state",
                crate::t!(
                    "domain-reallocate-not-confirmed",
                    number = self.number.as_str(),
                    state = state.label()
                ),
            )),
        }
    }

    /// Releases `quantity` of `item` (`sku` names it) reserved by this order, last line
    /// first, leaving what `claimed` (1-based line, quantity on a pick list) holds; refused
    /// unless the order is confirmed and that much is reserved and not on a pick list.
    pub fn give_up_reservation(
        &mut self,
        item: u64,
        sku: &str,
        quantity: Decimal,
        claimed: &[(usize, Decimal)],
    ) -> Result<(), Invalid> {
        self.must_be_confirmed()?;
        let free = |index: usize, reserved: Decimal| {
            let held: Decimal = claimed
                .iter()
                .filter(|(line, _)| *line == index + 1)
                .map(|(_, quantity)| *quantity)
                .sum();
            (reserved - held).max(Decimal::ZERO)
        };
        let of_item = |index: &usize| self.lines[*index].line.item_id == Some(item);
        let indexes: Vec<usize> = (0..self.lines.len()).filter(of_item).collect();
        let releasable: Decimal = indexes
            .iter()
            .map(|&index| free(index, self.lines[index].reserved))
            .sum();
        if quantity <= Decimal::ZERO || quantity > releasable {
            return Err(Invalid::new(
                "qty",
                crate::t!(
                    "domain-reallocate-too-little",
                    number = self.number.as_str(),
                    sku = sku,
                    reserved = decimal(releasable.normalize()),
                    quantity = decimal(quantity.normalize())
                ),
            ));
        }
        let mut left = quantity;
        for &index in indexes.iter().rev() {
            let give = free(index, self.lines[index].reserved).min(left);
            self.lines[index].reserved -= give;
            left -= give;
        }
        Ok(())
    }

    /// Reserves `quantity` of `item` (`sku` names it) for this order's backordered lines,
    /// first line first; refused unless the order is confirmed and waits for that much.
    pub fn take_reservation(
        &mut self,
        item: u64,
        sku: &str,
        quantity: Decimal,
    ) -> Result<(), Invalid> {
        self.must_be_confirmed()?;
        let waiting: Decimal = self
            .lines
            .iter()
            .filter(|line| line.line.item_id == Some(item))
            .map(|line| line.backordered().max(Decimal::ZERO))
            .sum();
        if quantity <= Decimal::ZERO || quantity > waiting {
            return Err(Invalid::new(
                "qty",
                crate::t!(
                    "domain-reallocate-too-much",
                    number = self.number.as_str(),
                    sku = sku,
                    backordered = decimal(waiting.normalize()),
                    quantity = decimal(quantity.normalize())
                ),
            ));
        }
        let taken = self.reserve_backorders(item, quantity);
        debug_assert_eq!(taken, quantity);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::super::delivery::tests::order;

    #[test]
    fn a_reservation_moves_from_the_last_lines_and_spares_what_a_pick_list_holds() {
        let mut giving = order(&[dec!(4), dec!(3)]);
        giving.confirm(|_| dec!(7)).unwrap();
        // Line 2 holds 3, of which 1 is on a pick list: 2 free there, 4 free on line 1.
        giving
            .give_up_reservation(7, "A-1", dec!(3), &[(2, dec!(1))])
            .unwrap();
        assert_eq!(giving.lines[1].reserved, dec!(1));
        assert_eq!(giving.lines[0].reserved, dec!(3));
        let refused = giving
            .give_up_reservation(7, "A-1", dec!(4), &[(2, dec!(1))])
            .unwrap_err();
        assert_eq!(refused.field, "qty");
        assert!(refused.message.contains("A-1"), "{refused}");
        assert_eq!(giving.lines[0].reserved, dec!(3));
    }

    #[test]
    fn only_what_a_confirmed_order_waits_for_is_taken() {
        let mut taking = order(&[dec!(5)]);
        assert!(taking.take_reservation(7, "A-1", dec!(1)).is_err());
        taking.confirm(|_| dec!(2)).unwrap();
        assert!(taking.take_reservation(7, "A-1", dec!(4)).is_err());
        taking.take_reservation(7, "A-1", dec!(3)).unwrap();
        assert_eq!(taking.lines[0].reserved, dec!(5));
        assert_eq!(taking.lines[0].backordered(), dec!(0));
        assert!(taking.take_reservation(7, "A-1", dec!(0)).is_err());
    }
}
