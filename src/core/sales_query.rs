//! Reading quotes and sales orders: one with its customer and its totals, or every one (of
//! a customer), newest number last. Totals come from `domain::amounts` only, with the
//! customer's tax treatment and the rates of the date of supply. Needs the sales right to
//! read (agents and sales; the warehouse sees neither quotes nor orders). Room: core.

use super::access::{Access, Area, require};
use super::sales::{order_id, quote_id};
use super::{Actor, CoreError};
use crate::domain::amounts::Totals;
use crate::domain::sales::{Quote, SalesOrder};
use crate::domain::vat::{RateTable, TaxTreatment};
use crate::domain::{Customer, names};
use crate::store::Store;
use crate::store::kinds::sales::{orders_of, orders_with_item, quotes_of};
use time::Date;

/// How the customer's supplies are taxed: the customer's tax treatment.
pub fn treatment(customer: &Customer) -> TaxTreatment {
    customer.tax_treatment
}

/// A quote with its customer's name and its totals.
#[derive(Debug, Clone)]
pub struct QuoteView {
    pub quote: Quote,
    pub customer: String,
    pub totals: Totals,
}

/// An order with its customer's name and its totals.
#[derive(Debug, Clone)]
pub struct OrderView {
    pub order: SalesOrder,
    pub customer: String,
    pub totals: Totals,
}

/// The customer of a record (its name, or "customer 4" when it is gone) and the treatment.
fn customer_of(store: &Store, id: u64) -> Result<(String, TaxTreatment), CoreError> {
    Ok(match store.get::<Customer>(id)? {
        Some(customer) => (customer.name.clone(), treatment(&customer)),
        None => (names::record("customer", id), TaxTreatment::Domestic),
    })
}

fn quote_view(store: &Store, quote: Quote) -> Result<QuoteView, CoreError> {
    let (customer, treatment) = customer_of(store, quote.customer_id)?;
    let totals = quote.document(treatment).totals(&RateTable::GERMANY)?;
    Ok(QuoteView {
        quote,
        customer,
        totals,
    })
}

fn order_view(store: &Store, order: SalesOrder) -> Result<OrderView, CoreError> {
    let (customer, treatment) = customer_of(store, order.customer_id)?;
    let totals = order.document(treatment).totals(&RateTable::GERMANY)?;
    Ok(OrderView {
        order,
        customer,
        totals,
    })
}

/// The quote numbered (or with the id) `text`.
pub fn quote(store: &Store, actor: &Actor, text: &str) -> Result<QuoteView, CoreError> {
    require(actor, Area::Sales, Access::Read)?;
    let quote = store.require::<Quote>(quote_id(store, text)?)?;
    quote_view(store, quote)
}

/// The order numbered (or with the id) `text`.
pub fn order(store: &Store, actor: &Actor, text: &str) -> Result<OrderView, CoreError> {
    require(actor, Area::Sales, Access::Read)?;
    let order = store.require::<SalesOrder>(order_id(store, text)?)?;
    order_view(store, order)
}

/// Every quote, or those of customer `customer` (an id), in id order.
pub fn quotes(
    store: &Store,
    actor: &Actor,
    customer: Option<u64>,
) -> Result<Vec<QuoteView>, CoreError> {
    require(actor, Area::Sales, Access::Read)?;
    let records: Vec<Quote> = match customer {
        Some(customer) => quotes_of(store, customer)?
            .into_iter()
            .map(|id| store.require::<Quote>(id))
            .collect::<Result<_, _>>()?,
        None => store.scan::<Quote>()?.collect::<Result<_, _>>()?,
    };
    records
        .into_iter()
        .map(|quote| quote_view(store, quote))
        .collect()
}

/// Every order, or those of customer `customer` (an id), in id order.
pub fn orders(
    store: &Store,
    actor: &Actor,
    customer: Option<u64>,
) -> Result<Vec<OrderView>, CoreError> {
    require(actor, Area::Sales, Access::Read)?;
    let records: Vec<SalesOrder> = match customer {
        Some(customer) => orders_of(store, customer)?
            .into_iter()
            .map(|id| store.require::<SalesOrder>(id))
            .collect::<Result<_, _>>()?,
        None => store.scan::<SalesOrder>()?.collect::<Result<_, _>>()?,
    };
    records
        .into_iter()
        .map(|order| order_view(store, order))
        .collect()
}

/// Which orders `orders_where` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderFilter {
    /// The orders of a customer (an id).
    Customer(u64),
    /// The orders with a line of an item (an id), through `orders.by_item`.
    Item(u64),
    /// The orders dated from the first to the second date, inclusive.
    Dated(Date, Date),
}

/// The orders the filter names, in id order.
pub fn orders_where(
    store: &Store,
    actor: &Actor,
    filter: OrderFilter,
) -> Result<Vec<OrderView>, CoreError> {
    require(actor, Area::Sales, Access::Read)?;
    let records: Vec<SalesOrder> = match filter {
        OrderFilter::Customer(customer) => return orders(store, actor, Some(customer)),
        OrderFilter::Item(item) => orders_with_item(store, item)?
            .into_iter()
            .map(|id| store.require::<SalesOrder>(id))
            .collect::<Result<_, _>>()?,
        OrderFilter::Dated(from, until) => store
            .scan::<SalesOrder>()?
            .filter(|order| {
                order
                    .as_ref()
                    .map_or(true, |order| order.date >= from && order.date <= until)
            })
            .collect::<Result<_, _>>()?,
    };
    records
        .into_iter()
        .map(|order| order_view(store, order))
        .collect()
}
