//! Where an order line's reservation lies: per internal location, as (location, quantity)
//! pairs on the line (`OrderLine::reservations`), so on hand, reserved and available are
//! known per item and location. A reservation carried over from schema 4 or earlier, when
//! reservations had no location, stays unassigned (`UNASSIGNED`, the empty location): the
//! migration cannot read where stock lies, and a guessed location would make `check` report
//! a shortfall that is not there. It counts against the item's total, is picked from where
//! stock lies and released like any other. Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{OrderLine, OrderState, SalesOrder};

/// The location of a reservation that has none (carried over from before locations).
pub const UNASSIGNED: &str = "";

/// `quantity` (> 0) of a line's item held for it at `location`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reservation {
    pub location: String,
    pub quantity: Decimal,
}

/// What an item offers per location, in the order it is taken from.
pub type Offer = Vec<(String, Decimal)>;

impl OrderLine {
    /// Σ reserved over the line's locations.
    pub fn reserved(&self) -> Decimal {
        self.reservations.iter().map(|r| r.quantity).sum()
    }

    /// What the line holds at `location`.
    pub fn reserved_at(&self, location: &str) -> Decimal {
        self.reservations
            .iter()
            .filter(|r| r.location == location)
            .map(|r| r.quantity)
            .sum()
    }

    /// Adds `quantity` (ignored unless > 0) at `location`.
    pub fn reserve_at(&mut self, location: &str, quantity: Decimal) {
        if quantity <= Decimal::ZERO {
            return;
        }
        match self
            .reservations
            .iter_mut()
            .find(|r| r.location == location)
        {
            Some(found) => found.quantity += quantity,
            None => self.reservations.push(Reservation {
                location: location.to_string(),
                quantity,
            }),
        }
    }

    /// Reserves up to `wanted` from `offered`, location by location in its order, taking
    /// what it reserves out of the offer. Returns what it reserved.
    pub fn reserve_from(&mut self, offered: &mut Offer, wanted: Decimal) -> Decimal {
        let mut left = wanted.max(Decimal::ZERO);
        for (location, available) in offered.iter_mut() {
            let take = left.min(*available).max(Decimal::ZERO);
            if take > Decimal::ZERO {
                self.reserve_at(location, take);
                *available -= take;
                left -= take;
            }
        }
        wanted.max(Decimal::ZERO) - left
    }

    /// Releases `quantity` of the reservation — at `location` first when one is named,
    /// then what is unassigned, then the other locations, the latest reserved first.
    /// Returns what was released where.
    pub fn release(&mut self, location: Option<&str>, quantity: Decimal) -> Offer {
        let mut order: Vec<usize> = (0..self.reservations.len()).rev().collect();
        let rank = |index: &usize| {
            let at = self.reservations[*index].location.as_str();
            match (location, at) {
                (Some(named), at) if named == at => 0,
                (_, UNASSIGNED) => 1,
                _ => 2,
            }
        };
        order.sort_by_key(rank);
        let mut left = quantity.max(Decimal::ZERO);
        let mut released = Offer::new();
        for index in order {
            let reservation = &mut self.reservations[index];
            let give = left.min(reservation.quantity);
            if give > Decimal::ZERO {
                reservation.quantity -= give;
                left -= give;
                released.push((reservation.location.clone(), give));
            }
        }
        self.reservations.retain(|r| r.quantity > Decimal::ZERO);
        released
    }

    /// Releases the whole reservation.
    pub fn release_all(&mut self) {
        self.reservations.clear();
    }
}

impl SalesOrder {
    /// What this order holds per (item, location) while it is confirmed, in that order,
    /// lines of the same item and location summed.
    pub fn reserved_by_location(&self) -> Vec<(u64, String, Decimal)> {
        let mut found: Vec<(u64, String, Decimal)> = Vec::new();
        if self.state != OrderState::Confirmed {
            return found;
        }
        for line in &self.lines {
            let Some(item) = line.line.item_id else {
                continue;
            };
            for reservation in &line.reservations {
                let at = &reservation.location;
                match found.iter_mut().find(|(i, l, _)| *i == item && l == at) {
                    Some(same) => same.2 += reservation.quantity,
                    None => found.push((item, at.clone(), reservation.quantity)),
                }
            }
        }
        found.retain(|(_, _, quantity)| *quantity > Decimal::ZERO);
        found.sort();
        found
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::super::delivery::tests::order;
    use super::*;

    #[test]
    fn a_line_reserves_location_by_location_and_releases_the_named_one_first() {
        let mut order = order(&[dec!(6)]);
        let line = &mut order.lines[0];
        let mut offered: Offer = vec![("WH2".into(), dec!(4)), ("WH1".into(), dec!(3))];
        assert_eq!(line.reserve_from(&mut offered, dec!(6)), dec!(6));
        assert_eq!(
            offered,
            vec![("WH2".into(), dec!(0)), ("WH1".into(), dec!(1))]
        );
        assert_eq!(
            (
                line.reserved(),
                line.reserved_at("WH2"),
                line.reserved_at("WH1")
            ),
            (dec!(6), dec!(4), dec!(2))
        );
        line.reserve_at(UNASSIGNED, dec!(1));
        // WH1 first, then the unassigned one, then the rest of WH2.
        let released = line.release(Some("WH1"), dec!(4));
        assert_eq!(
            released,
            vec![
                ("WH1".into(), dec!(2)),
                (UNASSIGNED.into(), dec!(1)),
                ("WH2".into(), dec!(1))
            ]
        );
        assert_eq!(line.reservations.len(), 1);
        assert_eq!(line.reserved_at("WH2"), dec!(3));
        line.release_all();
        assert_eq!(line.reserved(), dec!(0));
    }
}
