//! Revenue by month: the net value of the orders (ordered less cancelled, each line's net
//! rounded to the currency's minor units; cancelled orders left out) per calendar month of
//! the order's date and currency. Read from the derived index `orders.by_month`, which
//! every order's own transaction keeps and `check` verifies — one entry per order, no order
//! decoded — so the report costs a walk of that index, not of every line.
//!
//! `revenue_report` is the one path of `kontor report revenue` (and of the benchmark): by
//! year, quarter or month over whole months it sums the index; any other grouping, or a
//! `--from`/`--until` inside a month, reads the orders (`sales`), as the index knows an
//! order's month but not its day. Both give the same rows. Room: core.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use time::{Date, Month};

use super::revenue::period_key;
use super::{By, RevenueRow, revenue, sales};
use crate::core::access::{Access, Area, require};
use crate::core::{Actor, CoreError};
use crate::store::Store;
use crate::store::kinds::sales_demand::net_by_month;

/// One month's revenue in one currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthRevenue {
    pub year: i32,
    pub month: Month,
    pub currency: String,
    /// Orders of the month (not cancelled) in this currency.
    pub orders: usize,
    pub net: Decimal,
}

/// Revenue per month and currency, earliest month first (those who read sales).
pub fn revenue_by_month(store: &Store, actor: &Actor) -> Result<Vec<MonthRevenue>, CoreError> {
    require(actor, Area::Sales, Access::Read)?;
    Ok(net_by_month(store)?
        .into_iter()
        .map(|((year, month, currency), (orders, net))| MonthRevenue {
            year,
            month,
            currency,
            orders,
            net,
        })
        .collect())
}

/// Revenue grouped `by`, of the orders dated `from` to `until` (inclusive, either open):
/// from `orders.by_month` when `period_revenue` can, else from every order.
pub fn revenue_report(
    store: &Store,
    actor: &Actor,
    by: By,
    from: Option<Date>,
    until: Option<Date>,
) -> Result<Vec<RevenueRow>, CoreError> {
    match period_revenue(store, actor, by, from, until)? {
        Some(rows) => Ok(rows),
        None => Ok(revenue(&sales(store, actor, from, until)?, by)),
    }
}

/// Revenue by year, quarter or month from `orders.by_month` alone, when `from` is the
/// first and `until` the last day of a month (or open); `None` for any other question.
/// Currencies are summed as `revenue` sums them.
pub fn period_revenue(
    store: &Store,
    actor: &Actor,
    by: By,
    from: Option<Date>,
    until: Option<Date>,
) -> Result<Option<Vec<RevenueRow>>, CoreError> {
    let whole = from.is_none_or(|from| from.day() == 1)
        && until.is_none_or(|until| until.next_day().is_none_or(|next| next.day() == 1));
    if !whole || !matches!(by, By::Year | By::Quarter | By::Month) {
        return Ok(None);
    }
    let first = from.map(|from| (from.year(), from.month()));
    let last = until.map(|until| (until.year(), until.month()));
    let mut groups: BTreeMap<String, (usize, Decimal)> = BTreeMap::new();
    for month in revenue_by_month(store, actor)? {
        let at = (month.year, month.month);
        let inside = first.is_none_or(|first| at >= first) && last.is_none_or(|last| at <= last);
        let Some(key) = period_key(by, month.year, month.month).filter(|_| inside) else {
            continue;
        };
        let group = groups.entry(key).or_default();
        group.0 += month.orders;
        group.1 += month.net;
    }
    Ok(Some(
        groups
            .into_iter()
            .map(|(key, (orders, revenue))| RevenueRow {
                key,
                name: String::new(),
                orders,
                revenue,
            })
            .collect(),
    ))
}
