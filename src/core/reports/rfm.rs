//! RFM per customer: recency (days since the last order, as of `today`), frequency
//! (orders) and monetary value (revenue), each scored 1–5 by quintile among the customers
//! with orders: score = 1 + ⌊5 × (customers strictly worse) ÷ (customers)⌋, so equal values
//! score alike and the best fifth scores 5 (fewer days is better for recency).
//!
//! Segments, by recency R and frequency F, the first rule that fits:
//! champions R ≥ 4 and F ≥ 4; loyal R ≥ 3 and F ≥ 3; new R ≥ 4 (F ≤ 2); at risk R ≤ 2
//! and F ≥ 3; hibernating R ≤ 2 (F ≤ 2); needs attention the rest (R = 3, F ≤ 2).
//! Room: core.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;
use time::Date;

use super::Book;

/// A named RFM segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segment {
    Champions,
    Loyal,
    New,
    NeedsAttention,
    AtRisk,
    Hibernating,
}

impl Segment {
    pub const ALL: [Segment; 6] = [
        Segment::Champions,
        Segment::Loyal,
        Segment::New,
        Segment::NeedsAttention,
        Segment::AtRisk,
        Segment::Hibernating,
    ];

    /// The machine name (csv, json).
    pub fn name(self) -> &'static str {
        match self {
            Segment::Champions => "champions",
            Segment::Loyal => "loyal",
            Segment::New => "new",
            Segment::NeedsAttention => "needs-attention",
            Segment::AtRisk => "at-risk",
            Segment::Hibernating => "hibernating",
        }
    }

    /// The name in the current language.
    pub fn label(self) -> String {
        match self {
            Segment::Champions => crate::t!("core-rfm-champions"),
            Segment::Loyal => crate::t!("core-rfm-loyal"),
            Segment::New => crate::t!("core-rfm-new"),
            Segment::NeedsAttention => crate::t!("core-rfm-needs-attention"),
            Segment::AtRisk => crate::t!("core-rfm-at-risk"),
            Segment::Hibernating => crate::t!("core-rfm-hibernating"),
        }
    }

    /// The segment of recency and frequency scores (see the module header).
    pub fn of(recency: u8, frequency: u8) -> Segment {
        match (recency, frequency) {
            (4.., 4..) => Segment::Champions,
            (3.., 3..) => Segment::Loyal,
            (4.., _) => Segment::New,
            (..=2, 3..) => Segment::AtRisk,
            (..=2, _) => Segment::Hibernating,
            _ => Segment::NeedsAttention,
        }
    }
}

/// One customer's RFM.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RfmRow {
    pub customer: u64,
    pub number: String,
    pub name: String,
    pub last_order: Date,
    pub recency_days: i64,
    pub frequency: usize,
    pub monetary: Decimal,
    pub r: u8,
    pub f: u8,
    pub m: u8,
    pub segment: Segment,
}

/// The RFM of every customer with orders in the book, as of `today`, best monetary value
/// first (ties by number).
pub fn rfm(book: &Book, today: Date) -> Vec<RfmRow> {
    let mut by_customer: BTreeMap<u64, (Date, BTreeSet<u64>, Decimal)> = BTreeMap::new();
    for sale in &book.sales {
        let entry =
            by_customer
                .entry(sale.customer)
                .or_insert((sale.date, BTreeSet::new(), Decimal::ZERO));
        entry.0 = entry.0.max(sale.date);
        entry.1.insert(sale.order);
        entry.2 += sale.net;
    }
    let recencies: Vec<i64> = by_customer
        .values()
        .map(|(last, _, _)| -(today - *last).whole_days())
        .collect();
    let frequencies: Vec<usize> = by_customer.values().map(|(_, o, _)| o.len()).collect();
    let monetaries: Vec<Decimal> = by_customer.values().map(|(_, _, m)| *m).collect();
    let mut rows: Vec<RfmRow> = by_customer
        .iter()
        .enumerate()
        .map(|(index, (&customer, (last, orders, monetary)))| {
            let r = score(&recencies, recencies[index]);
            let f = score(&frequencies, frequencies[index]);
            let (number, name) = book
                .names
                .customers
                .get(&customer)
                .map(|c| (c.number.clone(), c.name.clone()))
                .unwrap_or_else(|| (customer.to_string(), String::new()));
            RfmRow {
                customer,
                number,
                name,
                last_order: *last,
                recency_days: (today - *last).whole_days(),
                frequency: orders.len(),
                monetary: *monetary,
                r,
                f,
                m: score(&monetaries, *monetary),
                segment: Segment::of(r, f),
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.monetary
            .cmp(&a.monetary)
            .then_with(|| a.number.cmp(&b.number))
    });
    rows
}

/// The quintile score of `value` among `all` (larger is better): 1 + ⌊5 × worse ÷ n⌋.
fn score<T: PartialOrd>(all: &[T], value: T) -> u8 {
    let worse = all.iter().filter(|other| **other < value).count();
    let score = 1 + 5 * worse / all.len().max(1);
    u8::try_from(score.min(5)).unwrap_or(5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_quintiles_and_ties_score_alike() {
        let values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        let scores: Vec<u8> = values.iter().map(|v| score(&values, *v)).collect();
        assert_eq!(scores, vec![1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
        let tied = [3, 3, 3, 9];
        assert_eq!(score(&tied, 3), 1);
        assert_eq!(score(&tied, 9), 4);
    }

    #[test]
    fn segments_follow_the_rules_in_order() {
        assert_eq!(Segment::of(5, 5), Segment::Champions);
        assert_eq!(Segment::of(4, 3), Segment::Loyal);
        assert_eq!(Segment::of(3, 4), Segment::Loyal);
        assert_eq!(Segment::of(5, 1), Segment::New);
        assert_eq!(Segment::of(3, 2), Segment::NeedsAttention);
        assert_eq!(Segment::of(2, 5), Segment::AtRisk);
        assert_eq!(Segment::of(1, 1), Segment::Hibernating);
    }
}
