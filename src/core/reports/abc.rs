//! ABC analysis of customers or products by revenue: sorted by revenue, largest first
//! (ties by key); a row is A while the cumulative share of the rows BEFORE it is below
//! 80 %, B while below 95 %, else C — so the first row is always A. Room: core.

use rust_decimal::Decimal;

use super::revenue::{By, revenue};
use super::{Book, share};

/// An ABC class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AbcClass {
    A,
    B,
    C,
}

impl AbcClass {
    pub fn name(self) -> &'static str {
        match self {
            AbcClass::A => "A",
            AbcClass::B => "B",
            AbcClass::C => "C",
        }
    }

    /// The class of a row whose predecessors make up `before` (a fraction) of the total.
    pub fn of(before: Decimal) -> AbcClass {
        if before < Decimal::new(80, 2) {
            AbcClass::A
        } else if before < Decimal::new(95, 2) {
            AbcClass::B
        } else {
            AbcClass::C
        }
    }
}

/// One row of the analysis: its share and the cumulative share up to and including it,
/// as fractions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbcRow {
    pub key: String,
    pub name: String,
    pub revenue: Decimal,
    pub share: Decimal,
    pub cumulative: Decimal,
    pub class: AbcClass,
}

/// The ABC analysis of customers (`By::Customer`) or products (`By::Product`; any other
/// grouping works the same way).
pub fn abc(book: &Book, by: By) -> Vec<AbcRow> {
    let rows = revenue(book, by);
    let total: Decimal = rows.iter().map(|row| row.revenue).sum();
    let mut before = Decimal::ZERO;
    rows.into_iter()
        .map(|row| {
            let class = AbcClass::of(share(before, total));
            before += row.revenue;
            AbcRow {
                share: share(row.revenue, total),
                cumulative: share(before, total),
                key: row.key,
                name: row.name,
                revenue: row.revenue,
                class,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_class_goes_by_the_share_before_the_row() {
        assert_eq!(AbcClass::of(Decimal::ZERO), AbcClass::A);
        assert_eq!(AbcClass::of(Decimal::new(7999, 4)), AbcClass::A);
        assert_eq!(AbcClass::of(Decimal::new(80, 2)), AbcClass::B);
        assert_eq!(AbcClass::of(Decimal::new(9499, 4)), AbcClass::B);
        assert_eq!(AbcClass::of(Decimal::new(95, 2)), AbcClass::C);
    }
}
