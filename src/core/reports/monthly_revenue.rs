//! Revenue by month: the net value of the orders (ordered less cancelled, each line's net
//! rounded to the currency's minor units; cancelled orders left out) per calendar month of
//! the order's date and currency. Read from the derived index `orders.by_month`, which
//! every order's own transaction keeps and `check` verifies — one entry per order, no order
//! decoded — so the report costs a walk of that index, not of every line. Room: core.

use rust_decimal::Decimal;
use time::Month;

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
    pub net: Decimal,
}

/// Revenue per month and currency, earliest month first (those who read sales).
pub fn revenue_by_month(store: &Store, actor: &Actor) -> Result<Vec<MonthRevenue>, CoreError> {
    require(actor, Area::Sales, Access::Read)?;
    Ok(net_by_month(store)?
        .into_iter()
        .map(|((year, month, currency), net)| MonthRevenue {
            year,
            month,
            currency,
            net,
        })
        .collect())
}
