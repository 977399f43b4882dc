//! Sales reports and the series the trends screen draws: revenue grouped by period,
//! customer, product, country or agent; ABC classes; RFM scores and segments.
//!
//! Revenue is Σ line nets (`amounts::Line::net`, the one rounding point of a line) of the
//! orders that are not cancelled, cancelled quantities left out, counted on the order's
//! date. Everything is computed from `Sale`s, one per order line, read once
//! (`sales`); the functions over them are pure. Room: core.

use std::collections::HashMap;

use rust_decimal::Decimal;
use time::Date;

use super::access::{self, Access, Area};
use super::{Actor, CoreError};
use crate::domain::sales::{OrderState, SalesOrder};
use crate::domain::vat::TaxTreatment;
use crate::domain::{Country, Customer, Item};
use crate::store::Store;

mod abc;
mod customer;
pub mod monthly_revenue;
mod revenue;
mod rfm;
mod trends;

pub use abc::{AbcClass, AbcRow, abc};
pub use customer::{CustomerTrend, RecentOrder, customer_trend};
pub use revenue::{By, RevenueRow, revenue};
pub use rfm::{RfmRow, Segment, rfm};
pub use trends::{MonthTotal, TopRow, by_month, top};

/// One order line as the reports count it: its order, customer and item, the order's
/// date and the line's net (cancelled quantity left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sale {
    pub order: u64,
    pub customer: u64,
    pub item: Option<u64>,
    pub date: Date,
    pub net: Decimal,
}

/// What the reports name their keys with: customers (number, name, country, agent) and
/// items (SKU, name) by id.
#[derive(Debug, Clone, Default)]
pub struct Names {
    pub customers: HashMap<u64, CustomerName>,
    pub items: HashMap<u64, (String, String)>,
}

/// A customer as the reports show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerName {
    pub number: String,
    pub name: String,
    pub country: Option<Country>,
    /// The customer's owner (the agent who looks after them); empty: none.
    pub agent: String,
}

/// The sales and the names of what they are of, read once for a report.
#[derive(Debug, Clone, Default)]
pub struct Book {
    pub sales: Vec<Sale>,
    pub names: Names,
}

impl Book {
    /// The sales dated `from` to `until` (inclusive) with all the names: a window of the
    /// book read once.
    pub fn within(&self, from: Date, until: Date) -> Book {
        Book {
            sales: self
                .sales
                .iter()
                .filter(|sale| sale.date >= from && sale.date <= until)
                .cloned()
                .collect(),
            names: self.names.clone(),
        }
    }
}

/// Reads every counted order line with its net, the order dated `from` to `until`
/// (inclusive, either open), and the names of their customers and items. Needs the right
/// to read sales.
pub fn sales(
    store: &Store,
    actor: &Actor,
    from: Option<Date>,
    until: Option<Date>,
) -> Result<Book, CoreError> {
    access::require(actor, Area::Sales, Access::Read)?;
    let mut book = Book::default();
    for order in store.scan::<SalesOrder>()? {
        let order = order?;
        let inside = from.is_none_or(|from| order.date >= from)
            && until.is_none_or(|until| order.date <= until);
        if inside {
            book.sales.extend(order_sales(&order)?);
        }
    }
    for customer in store.scan::<Customer>()? {
        let customer = customer?;
        let name = CustomerName {
            country: customer.addresses.iter().find_map(|a| a.country),
            number: customer.number,
            name: customer.name,
            agent: customer.owner,
        };
        book.names.customers.insert(customer.id, name);
    }
    for item in store.scan::<Item>()? {
        let item = item?;
        book.names.items.insert(item.id, (item.sku, item.name));
    }
    Ok(book)
}

/// The sales of one order: none when it is cancelled; a line wholly cancelled counts 0.
pub fn order_sales(order: &SalesOrder) -> Result<Vec<Sale>, CoreError> {
    if order.state == OrderState::Cancelled {
        return Ok(Vec::new());
    }
    let minor = order.currency.minor_units();
    let document = order.document(TaxTreatment::Domestic);
    document
        .lines
        .iter()
        .zip(&order.lines)
        .enumerate()
        .map(|(index, (amounts, line))| {
            Ok(Sale {
                order: order.id,
                customer: order.customer_id,
                item: line.line.item_id,
                date: order.date,
                net: amounts.net(index + 1, minor)?,
            })
        })
        .collect()
}

/// `share` of `total` as a fraction (0 when the total is 0).
fn share(part: Decimal, total: Decimal) -> Decimal {
    match total.is_zero() {
        true => Decimal::ZERO,
        false => part / total,
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    fn book() -> Book {
        let sale = |order, customer, date| Sale {
            order,
            customer,
            item: None,
            date,
            net: Decimal::from(order * 10),
        };
        let mut book = Book {
            sales: vec![
                sale(1, 1, date!(2025 - 12 - 31)),
                sale(2, 2, date!(2026 - 01 - 01)),
                sale(3, 1, date!(2026 - 01 - 31)),
                sale(4, 2, date!(2026 - 02 - 01)),
            ],
            ..Book::default()
        };
        for (id, number) in [(1, "K1"), (2, "")] {
            let name = CustomerName {
                number: number.to_string(),
                name: format!("Kunde {id}"),
                country: None,
                agent: String::new(),
            };
            book.names.customers.insert(id, name);
        }
        book
    }

    #[test]
    fn a_window_keeps_the_sales_of_its_days_and_every_name() {
        let window = book().within(date!(2026 - 01 - 01), date!(2026 - 01 - 31));
        let orders: Vec<u64> = window.sales.iter().map(|sale| sale.order).collect();
        assert_eq!(orders, vec![2, 3]);
        assert_eq!(window.names.customers.len(), 2);
    }

    #[test]
    fn a_customer_without_a_number_is_keyed_by_id() {
        let rows = revenue(&book(), By::Customer);
        let keys: Vec<(&str, &str, Decimal)> = rows
            .iter()
            .map(|row| (row.key.as_str(), row.name.as_str(), row.revenue))
            .collect();
        // Customer 2: 20 + 40; K1: 10 + 30.
        assert_eq!(
            keys,
            vec![
                ("2", "Kunde 2", Decimal::from(60)),
                ("K1", "Kunde 1", Decimal::from(40)),
            ]
        );
    }
}
