//! One customer's trend for their detail: revenue month by month over the twelve months
//! ending with today's, this calendar year's revenue so far beside the whole of the last,
//! and their latest orders. Read through the customer's orders index (`orders_of`), not a
//! scan of every order; counted as every report counts (`order_sales`). Room: core.

use rust_decimal::Decimal;
use time::Date;

use super::trends::{MonthTotal, by_month};
use super::{Book, order_sales};
use crate::core::access::{Access, Area, require};
use crate::core::{Actor, CoreError};
use crate::domain::sales::{OrderState, SalesOrder};
use crate::store::Store;
use crate::store::kinds::sales::orders_of;

/// One of a customer's latest orders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecentOrder {
    pub number: String,
    pub date: Date,
    pub state: OrderState,
    /// As the reports count it: 0 for a cancelled order.
    pub net: Decimal,
}

/// A customer's trend (see the module header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerTrend {
    /// The twelve months ending with today's, oldest first.
    pub months: Vec<MonthTotal>,
    /// Revenue of today's calendar year up to today.
    pub this_year: Decimal,
    /// Revenue of the calendar year before.
    pub last_year: Decimal,
    /// The latest orders, newest first (by date, then number).
    pub recent: Vec<RecentOrder>,
}

/// The trend of customer `customer` (an id) as of `today`, with at most `recent` latest
/// orders; `None` when they have no orders. Needs the right to read sales.
pub fn customer_trend(
    store: &Store,
    actor: &Actor,
    customer: u64,
    today: Date,
    recent: usize,
) -> Result<Option<CustomerTrend>, CoreError> {
    require(actor, Area::Sales, Access::Read)?;
    let mut orders: Vec<SalesOrder> = orders_of(store, customer)?
        .into_iter()
        .map(|id| store.require::<SalesOrder>(id))
        .collect::<Result<_, _>>()?;
    orders.retain(|order| order.date <= today);
    if orders.is_empty() {
        return Ok(None);
    }
    let mut book = Book::default();
    let mut latest = Vec::with_capacity(orders.len());
    for order in &orders {
        let sales = order_sales(order)?;
        latest.push(RecentOrder {
            number: order.number.clone(),
            date: order.date,
            state: order.state,
            net: sales.iter().map(|sale| sale.net).sum(),
        });
        book.sales.extend(sales);
    }
    latest.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| b.number.cmp(&a.number)));
    latest.truncate(recent);
    let year_of = |year: i32| -> Decimal {
        book.sales
            .iter()
            .filter(|sale| sale.date.year() == year)
            .map(|sale| sale.net)
            .sum()
    };
    let last = (today.year(), today.month());
    let first = (
        today.year() - i32::from(u8::from(today.month()) < 12),
        today.month().next(),
    );
    Ok(Some(CustomerTrend {
        months: by_month(&book, first, last),
        this_year: year_of(today.year()),
        last_year: year_of(today.year() - 1),
        recent: latest,
    }))
}
