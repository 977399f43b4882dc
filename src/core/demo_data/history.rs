//! Demo data, order history: two years of delivered orders before the demo's "today",
//! as the rows of an order import (`order_import`: orders file and lines file), with a
//! story for the reports and the trends screen — a Christmas peak (November and December
//! sell most, January and summer least), one customer who orders more every month, one
//! who stopped ordering nine months ago (RFM "at risk" or "hibernating"), and products
//! picked with falling weights so ABC has a few A items, some B and a long C tail.
//! Seeded: the same seed and "today" give the same rows. Room: core (pure generation).

use fastrand::Rng;
use time::{Date, Duration};

use super::catalogue::PRODUCTS;

/// How many months of history.
pub const MONTHS: i64 = 24;
/// Orders a month of an ordinary season, spread over the regular customers.
const BASE: u32 = 14;
/// The position (in `customers`) of the customer who orders more every month.
pub const GROWING: usize = 0;
/// The position of the customer who stopped ordering `STOPPED_MONTHS` months ago.
pub const STOPPED: usize = 1;
/// Months since the stopped customer's last order.
pub const STOPPED_MONTHS: i64 = 9;

/// An order of the history: the source number, the customer's number, the order date,
/// and lines (SKU, quantity).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryOrder {
    pub number: String,
    pub customer: String,
    pub date: Date,
    pub lines: Vec<(&'static str, u32)>,
}

/// Percent of the ordinary month's orders in each month, January first.
const SEASON: [u32; 12] = [70, 85, 95, 100, 100, 95, 80, 80, 100, 115, 160, 220];

/// The history of `customers` (their numbers; the first two play `GROWING` and
/// `STOPPED`) over the `MONTHS` months before `today`, each order at least two days old.
pub fn history(customers: &[String], today: Date, seed: u64) -> Vec<HistoryOrder> {
    let mut rng = Rng::with_seed(seed);
    let sold: Vec<&'static str> = PRODUCTS
        .iter()
        .filter(|p| !p.price.is_zero())
        .map(|p| p.sku)
        .collect();
    // Falling weights: the first SKUs of a shuffled catalogue sell most.
    let mut ranked = sold.clone();
    rng.shuffle(&mut ranked);
    let weights: Vec<u32> = (0..ranked.len() as u32).map(|r| 1200 / (r + 1)).collect();
    let total: u32 = weights.iter().sum();
    let regulars = customers.get(2..).unwrap_or_default();
    let mut orders = Vec::new();
    let last_day = today - Duration::days(2);
    for month in 0..MONTHS {
        let first = first_of_month(today, MONTHS - month);
        let days = days_in_month(first);
        let season = SEASON[usize::from(u8::from(first.month())) - 1];
        let mut buyers: Vec<&String> = Vec::new();
        if !regulars.is_empty() {
            for _ in 0..BASE * season / 100 {
                buyers.push(&regulars[rng.usize(..regulars.len())]);
            }
        }
        if let Some(growing) = customers.get(GROWING) {
            let count = 1 + month * 5 / MONTHS;
            buyers.extend((0..count).map(|_| growing));
        }
        if let Some(stopped) = customers
            .get(STOPPED)
            .filter(|_| month < MONTHS - STOPPED_MONTHS)
        {
            buyers.extend([stopped, stopped]);
        }
        for customer in buyers {
            let date = first + Duration::days(rng.i64(0..days));
            if date > last_day {
                continue;
            }
            let mut lines: Vec<(&'static str, u32)> = Vec::new();
            for _ in 0..rng.usize(1..=4) {
                let sku = pick(&mut rng, &ranked, &weights, total);
                if !lines.iter().any(|(have, _)| *have == sku) {
                    lines.push((sku, [6, 12, 12, 24, 48][rng.usize(..5)]));
                }
            }
            orders.push(HistoryOrder {
                number: String::new(),
                customer: customer.clone(),
                date,
                lines,
            });
        }
    }
    orders.sort_by_key(|order| order.date);
    for (index, order) in orders.iter_mut().enumerate() {
        order.number = format!("H-{:05}", index + 1);
    }
    orders
}

fn pick(rng: &mut Rng, skus: &[&'static str], weights: &[u32], total: u32) -> &'static str {
    let mut roll = rng.u32(0..total.max(1));
    for (sku, weight) in skus.iter().zip(weights) {
        if roll < *weight {
            return sku;
        }
        roll -= weight;
    }
    skus.last().copied().unwrap_or_default()
}

/// The first day of the month `back` months before `today`'s.
fn first_of_month(today: Date, back: i64) -> Date {
    let index = i64::from(today.year()) * 12 + i64::from(u8::from(today.month())) - 1 - back;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
    let month = time::Month::try_from(month as u8).unwrap_or(time::Month::January);
    Date::from_calendar_date(year as i32, month, 1).unwrap_or(today)
}

fn days_in_month(first: Date) -> i64 {
    i64::from(first.month().length(first.year()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 03 - 15);

    fn customers() -> Vec<String> {
        (1..=30).map(|n| format!("K-{n:05}")).collect()
    }

    #[test]
    fn two_years_seeded_with_a_christmas_peak() {
        let orders = history(&customers(), TODAY, 7);
        assert_eq!(orders, history(&customers(), TODAY, 7));
        assert_ne!(orders, history(&customers(), TODAY, 8));
        let first = orders.first().unwrap().date;
        assert!(
            first >= date!(2024 - 03 - 01) && first < date!(2024 - 04 - 01),
            "{first}"
        );
        assert!(orders.iter().all(|o| o.date <= TODAY - Duration::days(2)));
        assert!(orders.iter().all(|o| !o.lines.is_empty()));
        let mut per_month: BTreeMap<u8, usize> = BTreeMap::new();
        for order in orders.iter().filter(|o| o.date.year() == 2025) {
            *per_month.entry(u8::from(order.date.month())).or_default() += 1;
        }
        let december = per_month[&12];
        assert!(per_month.values().all(|&n| n <= december), "{per_month:?}");
        assert!(december > 2 * per_month[&1], "{per_month:?}");
    }

    #[test]
    fn one_customer_grows_and_one_stopped() {
        let customers = customers();
        let orders = history(&customers, TODAY, 3);
        let of = |who: usize, year: i32| {
            orders
                .iter()
                .filter(|o| o.customer == customers[who] && o.date.year() == year)
                .count()
        };
        assert!(of(GROWING, 2025) > 2 * of(GROWING, 2024), "grows");
        let last = orders
            .iter()
            .filter(|o| o.customer == customers[STOPPED])
            .map(|o| o.date)
            .max()
            .unwrap();
        assert!(last < date!(2025 - 07 - 01), "{last}");
        assert!(last >= date!(2025 - 05 - 01), "{last}");
    }
}
