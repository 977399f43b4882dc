//! Available-to-promise (ATP) of an item by date: on hand, less what confirmed orders
//! reserved, less the open demand due by then (the unreserved rest of open and confirmed
//! orders' lines, each due on its promised date, else its requested date, else the order's
//! date), plus the open supply due by then. kontor has no purchase orders yet, so there is
//! no supply to add: `supply` is zero until a supply kind exists, and says so by being a
//! field rather than being left out. Read through `orders.demand_by_day` (one summed entry
//! per due day of the item, no order decoded) and the item's balances. Room: core.

use rust_decimal::Decimal;
use time::Date;

use super::{Actor, CoreError};
use crate::domain::Item;
use crate::store::kinds::sales_demand::demand_by_day;
use crate::store::{Store, StoreResult};

/// One due date of the time-phased table: the open demand and supply due that day and
/// what is left to promise after it (and every day before it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtpStep {
    pub due: Date,
    pub demand: Decimal,
    pub supply: Decimal,
    pub atp: Decimal,
}

/// An item's availability to promise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Atp {
    pub on_hand: Decimal,
    pub reserved: Decimal,
    /// On hand less reserved.
    pub available: Decimal,
    /// One step per due date with open demand, earliest first.
    pub steps: Vec<AtpStep>,
}

/// What can be promised on one date: the demand and supply due by then, and the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AtpOn {
    pub date: Date,
    pub demand: Decimal,
    pub supply: Decimal,
    pub atp: Decimal,
}

impl Atp {
    /// The ATP on `date`: available less every demand due on or before it (overdue
    /// demand included) plus the supply due by then.
    pub fn on(&self, date: Date) -> AtpOn {
        let due: Vec<&AtpStep> = self.steps.iter().filter(|s| s.due <= date).collect();
        let demand: Decimal = due.iter().map(|s| s.demand).sum();
        let supply: Decimal = due.iter().map(|s| s.supply).sum();
        AtpOn {
            date,
            demand,
            supply,
            atp: self.available - demand + supply,
        }
    }
}

/// The ATP of the item with id `item` (no access check: for callers that did it).
pub fn of_item_id(store: &Store, item: u64) -> StoreResult<Atp> {
    let on_hand: Decimal = store.balances(Some(item))?.iter().map(|b| b.quantity).sum();
    let mut reserved = Decimal::ZERO;
    let mut steps: Vec<AtpStep> = Vec::new();
    for (due, reserved_then, unreserved) in demand_by_day(store, item)? {
        reserved += reserved_then;
        if unreserved > Decimal::ZERO {
            steps.push(AtpStep {
                due,
                demand: unreserved,
                supply: Decimal::ZERO,
                atp: Decimal::ZERO,
            });
        }
    }
    let available = on_hand - reserved;
    let mut left = available;
    for step in &mut steps {
        left = left - step.demand + step.supply;
        step.atp = left;
    }
    Ok(Atp {
        on_hand,
        reserved,
        available,
        steps,
    })
}

/// The ATP of the item with this SKU or barcode (anyone who reads items).
pub fn of_item(store: &Store, actor: &Actor, code: &str) -> Result<(Item, Atp), CoreError> {
    let item = super::reservations::readable_item(store, actor, code)?;
    let atp = of_item_id(store, item.id)?;
    Ok((item, atp))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;
    use time::macros::date;

    fn step(due: Date, demand: Decimal, atp: Decimal) -> AtpStep {
        AtpStep {
            due,
            demand,
            supply: Decimal::ZERO,
            atp,
        }
    }

    #[test]
    fn on_a_date_counts_every_demand_due_by_then() {
        let atp = Atp {
            on_hand: dec!(10),
            reserved: dec!(3),
            available: dec!(7),
            steps: vec![
                step(date!(2026 - 03 - 01), dec!(2), dec!(5)),
                step(date!(2026 - 03 - 10), dec!(4), dec!(1)),
            ],
        };
        let figures = |d| {
            let on = atp.on(d);
            (on.demand, on.atp)
        };
        assert_eq!(figures(date!(2026 - 02 - 28)), (dec!(0), dec!(7)));
        assert_eq!(figures(date!(2026 - 03 - 01)), (dec!(2), dec!(5)));
        assert_eq!(figures(date!(2026 - 03 - 09)), (dec!(2), dec!(5)));
        assert_eq!(figures(date!(2026 - 03 - 10)), (dec!(6), dec!(1)));
        assert_eq!(figures(date!(2027 - 01 - 01)), (dec!(6), dec!(1)));
    }
}
