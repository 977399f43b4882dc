//! How records read on screen wherever they are listed: quantities right-aligned, a
//! customer's phone and city in a list line, a customer named by label. Display only —
//! reads through `core` queries, writes nothing. Room: tui.

use rust_decimal::Decimal;

use crate::core::query::get_customer;
use crate::domain::{Customer, Money, Phone};
use crate::lang::format;
use crate::tui::session::Session;

/// A quantity right-aligned in `width` columns, as the user's language writes it.
pub fn quantity(value: Decimal, width: usize) -> String {
    format!("{:>width$}", format::decimal(value.normalize()))
}

/// An amount with its currency as the user's language writes it (`1200.50 EUR`,
/// `1.200,50 €`).
pub fn money(money: Money) -> String {
    format::money(
        money.amount,
        &money.currency.to_string(),
        money.currency.minor_units(),
    )
}

/// An amount with the currency's minor digits and no currency, as the user's language
/// writes it (`1200.50`, `1.200,50`).
pub fn amount(money: Money) -> String {
    format::fixed(money.amount, money.currency.minor_units())
}

/// The number a list shows for a customer, as written: the one a search matched, else the
/// first of the customer or of its contacts.
pub fn shown_phone(customer: &Customer, matched: Option<&Phone>) -> String {
    matched
        .or_else(|| customer.all_phones().next())
        .map(|p| p.raw.clone())
        .unwrap_or_default()
}

/// The first address's city.
pub fn city(customer: &Customer) -> String {
    customer
        .addresses
        .first()
        .map(|a| a.city.clone())
        .unwrap_or_default()
}

/// "Name (id)" of a customer the actor reads, else "customer ID".
pub fn customer_label(session: &Session, id: u64) -> String {
    get_customer(session.store(), &session.actor, id)
        .ok()
        .flatten()
        .map_or_else(
            || crate::t!("crm-customer-id", id = id.to_string()),
            |c| format!("{} ({id})", c.name),
        )
}
