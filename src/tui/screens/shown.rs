//! How records read on screen wherever they are listed: quantities right-aligned, a
//! customer's phone and city in a list line, a customer named by label. Display only —
//! reads through `core` queries, writes nothing. Room: tui.

use rust_decimal::Decimal;

use crate::core::query::get_customer;
use crate::domain::datetime::shown_duration;
use crate::domain::{Channel, Customer, CustomerStatus, Money, Phone};
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

/// Columns of a closed set as wide as its widest short label in the current language, at
/// least `least` (the width English has always had).
fn widest(labels: impl Iterator<Item = String>, least: u16) -> u16 {
    labels
        .map(|label| u16::try_from(label.chars().count()).unwrap_or(u16::MAX))
        .fold(least, u16::max)
}

/// The width of a list column of channels (`Channel::short_label`).
pub fn channel_width(least: u16) -> u16 {
    widest(Channel::ALL.into_iter().map(Channel::short_label), least)
}

/// The width of a list column of customer statuses (`CustomerStatus::short_label`).
pub fn status_width(least: u16) -> u16 {
    widest(
        CustomerStatus::ALL
            .into_iter()
            .map(CustomerStatus::short_label),
        least,
    )
}

/// The width of a column of a channel and a duration under an hour (`call-in 4m30s`,
/// German `Anruf ein 59 Min. 59 s`).
pub fn channel_and_duration_width(least: u16) -> u16 {
    let duration = u16::try_from(shown_duration(59 * 60 + 59).chars().count()).unwrap_or(0);
    (channel_width(0) + 1 + duration).max(least)
}
