//! Re-allocating a reservation: stock reserved for one confirmed order moves to another
//! confirmed order that waits for the same item, only by an explicit step that names both
//! orders — the giving order's lines release it (last line first, never what a pick list
//! holds), the taking order's backordered lines take it (first line first) at the same
//! locations, so the reservations per item and location do not change. Room: domain
//! (pure).

use rust_decimal::Decimal;

use super::{Offer, OrderState, Reservation, SalesOrder};
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
    /// first and on a line the latest reserved location first, leaving what `claimed`
    /// (1-based line, location, quantity on a pick list) holds; refused unless the order is
    /// confirmed and that much is reserved and not on a pick list. Returns what was
    /// released per location.
    pub fn give_up_reservation(
        &mut self,
        item: u64,
        sku: &str,
        quantity: Decimal,
        claimed: &[(usize, String, Decimal)],
    ) -> Result<Offer, Invalid> {
        self.must_be_confirmed()?;
        // Per line, its reservations less what pick lists hold of them.
        let free: Vec<(usize, Vec<Reservation>)> = (0..self.lines.len())
            .filter(|index| self.lines[*index].line.item_id == Some(item))
            .map(|index| {
                let mut line = self.lines[index].clone();
                for (_, location, held) in claimed.iter().filter(|(l, _, _)| *l == index + 1) {
                    line.release(Some(location), *held);
                }
                (index, line.reservations)
            })
            .collect();
        let releasable: Decimal = free
            .iter()
            .flat_map(|(_, reservations)| reservations.iter().map(|r| r.quantity))
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
        let mut released = Offer::new();
        for (index, reservations) in free.iter().rev() {
            for reservation in reservations.iter().rev() {
                let give = reservation.quantity.min(left);
                if give > Decimal::ZERO {
                    let location = reservation.location.as_str();
                    self.lines[*index].release(Some(location), give);
                    match released.iter_mut().find(|(l, _)| l == location) {
                        Some(same) => same.1 += give,
                        None => released.push((location.to_string(), give)),
                    }
                    left -= give;
                }
            }
        }
        Ok(released)
    }

    /// Reserves what `offered` holds per location of `item` (`sku` names it) at the same
    /// locations for this order's backordered lines, first line first; refused unless the
    /// order is confirmed and waits for that much.
    pub fn take_reservation(
        &mut self,
        item: u64,
        sku: &str,
        offered: &Offer,
    ) -> Result<(), Invalid> {
        let quantity: Decimal = offered.iter().map(|(_, q)| *q).sum();
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
        let taken = self.reserve_backorders(item, &mut offered.clone());
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
        giving
            .confirm(|_| vec![(String::from("WH1"), dec!(7))])
            .unwrap();
        // Line 2 holds 3, of which 1 is on a pick list: 2 free there, 4 free on line 1.
        giving
            .give_up_reservation(7, "A-1", dec!(3), &[(2, String::from("WH1"), dec!(1))])
            .unwrap();
        assert_eq!(giving.lines[1].reserved(), dec!(1));
        assert_eq!(giving.lines[0].reserved(), dec!(3));
        let refused = giving
            .give_up_reservation(7, "A-1", dec!(4), &[(2, String::from("WH1"), dec!(1))])
            .unwrap_err();
        assert_eq!(refused.field, "qty");
        assert!(refused.message.contains("A-1"), "{refused}");
        assert_eq!(giving.lines[0].reserved(), dec!(3));
    }

    #[test]
    fn only_what_a_confirmed_order_waits_for_is_taken() {
        let mut taking = order(&[dec!(5)]);
        assert!(
            taking
                .take_reservation(7, "A-1", &vec![(String::from("WH1"), dec!(1))])
                .is_err()
        );
        taking
            .confirm(|_| vec![(String::from("WH1"), dec!(2))])
            .unwrap();
        assert!(
            taking
                .take_reservation(7, "A-1", &vec![(String::from("WH1"), dec!(4))])
                .is_err()
        );
        taking
            .take_reservation(7, "A-1", &vec![(String::from("WH1"), dec!(3))])
            .unwrap();
        assert_eq!(taking.lines[0].reserved(), dec!(5));
        assert_eq!(taking.lines[0].backordered(), dec!(0));
        assert!(
            taking
                .take_reservation(7, "A-1", &vec![(String::from("WH1"), dec!(0))])
                .is_err()
        );
    }
}
