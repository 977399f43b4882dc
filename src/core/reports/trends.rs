//! The series of the trends screen: revenue by month (months without sales included, so
//! a bar chart has every bar) and the top customers or products with their revenue of the
//! last twelve months, month by month. Room: core.

use std::collections::HashMap;

use rust_decimal::Decimal;
use time::Month;

use super::Book;
use super::revenue::{By, group_of};

/// Revenue of one calendar month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthTotal {
    pub year: i32,
    pub month: Month,
    pub revenue: Decimal,
}

/// A top customer or product: revenue over the twelve months ending with the given month
/// and that revenue month by month, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopRow {
    pub key: String,
    pub name: String,
    pub revenue: Decimal,
    pub months: Vec<Decimal>,
}

/// Month `index` counted from year 0 (`year × 12 + month − 1`).
fn month_index(year: i32, month: Month) -> i64 {
    i64::from(year) * 12 + i64::from(u8::from(month)) - 1
}

fn from_index(index: i64) -> (i32, Month) {
    let year = i32::try_from(index.div_euclid(12)).unwrap_or(i32::MAX);
    let month = u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1);
    (year, Month::try_from(month).unwrap_or(Month::January))
}

/// Revenue month by month from `first` through `last` (each a year and month).
pub fn by_month(book: &Book, first: (i32, Month), last: (i32, Month)) -> Vec<MonthTotal> {
    let (low, high) = (month_index(first.0, first.1), month_index(last.0, last.1));
    let mut totals: HashMap<i64, Decimal> = HashMap::new();
    for sale in &book.sales {
        let index = month_index(sale.date.year(), sale.date.month());
        if (low..=high).contains(&index) {
            *totals.entry(index).or_default() += sale.net;
        }
    }
    (low..=high)
        .map(|index| {
            let (year, month) = from_index(index);
            MonthTotal {
                year,
                month,
                revenue: totals.get(&index).copied().unwrap_or_default(),
            }
        })
        .collect()
}

/// The `count` customers (`By::Customer`) or products (`By::Product`) with the most
/// revenue in the twelve months ending with `last`, largest first (ties by key).
pub fn top(book: &Book, by: By, count: usize, last: (i32, Month)) -> Vec<TopRow> {
    let high = month_index(last.0, last.1);
    let low = high - 11;
    let mut rows: HashMap<String, TopRow> = HashMap::new();
    for sale in &book.sales {
        let index = month_index(sale.date.year(), sale.date.month());
        if !(low..=high).contains(&index) {
            continue;
        }
        let Some((key, name)) = group_of(book, sale, by) else {
            continue;
        };
        let row = rows.entry(key.clone()).or_insert_with(|| TopRow {
            key,
            name,
            revenue: Decimal::ZERO,
            months: vec![Decimal::ZERO; 12],
        });
        row.revenue += sale.net;
        if let Some(month) = usize::try_from(index - low)
            .ok()
            .and_then(|slot| row.months.get_mut(slot))
        {
            *month += sale.net;
        }
    }
    let mut rows: Vec<TopRow> = rows.into_values().collect();
    rows.sort_by(|a, b| b.revenue.cmp(&a.revenue).then_with(|| a.key.cmp(&b.key)));
    rows.truncate(count);
    rows
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;
    use crate::core::reports::{CustomerName, Sale};

    fn book() -> Book {
        let sale = |order, customer, date, net: i64| Sale {
            order,
            customer,
            item: Some(1),
            date,
            net: Decimal::from(net),
        };
        let mut book = Book {
            sales: vec![
                sale(1, 1, date!(2025 - 11 - 03), 100),
                sale(1, 1, date!(2025 - 11 - 03), 50),
                sale(2, 2, date!(2026 - 01 - 15), 70),
                sale(3, 2, date!(2026 - 03 - 01), 90),
                sale(4, 1, date!(2024 - 12 - 31), 1000),
            ],
            ..Book::default()
        };
        for (id, number) in [(1, "K1"), (2, "K2")] {
            let name = CustomerName {
                number: number.to_string(),
                name: format!("Kunde {number}"),
                country: None,
                agent: String::new(),
            };
            book.names.customers.insert(id, name);
        }
        book
    }

    #[test]
    fn every_month_of_the_range_has_its_total() {
        let months = by_month(&book(), (2025, Month::November), (2026, Month::February));
        let totals: Vec<(i32, Month, Decimal)> = months
            .iter()
            .map(|m| (m.year, m.month, m.revenue))
            .collect();
        assert_eq!(
            totals,
            vec![
                (2025, Month::November, Decimal::from(150)),
                (2025, Month::December, Decimal::ZERO),
                (2026, Month::January, Decimal::from(70)),
                (2026, Month::February, Decimal::ZERO),
            ]
        );
    }

    #[test]
    fn the_top_count_only_the_last_twelve_months_month_by_month() {
        let rows = top(&book(), By::Customer, 5, (2026, Month::March));
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].key, "K2");
        assert_eq!(rows[0].revenue, Decimal::from(160));
        assert_eq!(rows[0].months[9], Decimal::from(70));
        assert_eq!(rows[0].months[11], Decimal::from(90));
        assert_eq!(rows[1].key, "K1");
        assert_eq!(
            rows[1].revenue,
            Decimal::from(150),
            "the 2024 order is older"
        );
        assert_eq!(rows[1].months[7], Decimal::from(150));
        assert_eq!(top(&book(), By::Customer, 1, (2026, Month::March)).len(), 1);
    }
}
