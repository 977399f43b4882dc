//! Revenue grouped by year, quarter, month, customer, product, country or agent: each
//! group's key (`1997`, `1997-Q1`, `1997-03`, a customer number, a SKU, a country code,
//! an agent), name, number of orders and revenue. Periods come in time order, everything
//! else by revenue, largest first (ties by key). Room: core.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;

use super::{Book, Sale};

/// What revenue is grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Year,
    Quarter,
    Month,
    Customer,
    Product,
    Country,
    Agent,
}

impl By {
    fn is_period(self) -> bool {
        matches!(self, By::Year | By::Quarter | By::Month)
    }
}

/// One group of a revenue report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevenueRow {
    pub key: String,
    pub name: String,
    pub orders: usize,
    pub revenue: Decimal,
}

/// The key of the period (`1997`, `1997-Q1`, `1997-03`) a month falls in; `None` when
/// `by` is no period.
pub(super) fn period_key(by: By, year: i32, month: time::Month) -> Option<String> {
    let month = u8::from(month);
    match by {
        By::Year => Some(year.to_string()),
        By::Quarter => Some(format!("{year}-Q{}", (month - 1) / 3 + 1)),
        By::Month => Some(format!("{year}-{month:02}")),
        _ => None,
    }
}

/// The key and the name of the group a sale falls in (`None` for a free-text line when
/// grouped by product).
pub(super) fn group_of(book: &Book, sale: &Sale, by: By) -> Option<(String, String)> {
    let customer = book.names.customers.get(&sale.customer);
    Some(match by {
        By::Year | By::Quarter | By::Month => (
            period_key(by, sale.date.year(), sale.date.month())?,
            String::new(),
        ),
        // A customer without a number is keyed by their id, as one not found is.
        By::Customer => match customer {
            Some(c) if !c.number.is_empty() => (c.number.clone(), c.name.clone()),
            Some(c) => (sale.customer.to_string(), c.name.clone()),
            None => (sale.customer.to_string(), String::new()),
        },
        By::Product => {
            let item = sale.item?;
            book.names
                .items
                .get(&item)
                .cloned()
                .unwrap_or_else(|| (item.to_string(), String::new()))
        }
        By::Country => {
            let country = customer.and_then(|c| c.country);
            country.map_or_else(
                || (String::new(), String::new()),
                |c| (c.code().to_string(), c.english_name().to_string()),
            )
        }
        By::Agent => (
            customer.map(|c| c.agent.clone()).unwrap_or_default(),
            String::new(),
        ),
    })
}

/// Revenue grouped `by`.
pub fn revenue(book: &Book, by: By) -> Vec<RevenueRow> {
    let mut groups: BTreeMap<String, (String, BTreeSet<u64>, Decimal)> = BTreeMap::new();
    for sale in &book.sales {
        let Some((key, name)) = group_of(book, sale, by) else {
            continue;
        };
        let group = groups
            .entry(key)
            .or_insert_with(|| (name, BTreeSet::new(), Decimal::ZERO));
        group.1.insert(sale.order);
        group.2 += sale.net;
    }
    let mut rows: Vec<RevenueRow> = groups
        .into_iter()
        .map(|(key, (name, orders, revenue))| RevenueRow {
            key,
            name,
            orders: orders.len(),
            revenue,
        })
        .collect();
    if !by.is_period() {
        rows.sort_by(|a, b| b.revenue.cmp(&a.revenue).then_with(|| a.key.cmp(&b.key)));
    }
    rows
}
