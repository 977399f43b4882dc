//! Receivables: what customers owe. An invoice's open amount is its gross less the credit
//! notes correcting it, less what payments settled of it (money, Skonto, write-offs),
//! never below zero; a customer's balance is Σ invoices − Σ credit notes − Σ payments
//! (their whole money, allocated or not) − Σ Skonto − Σ write-offs. The difference
//! between the open items and the balance is the customer's credit: money paid beyond
//! what it settled, and credit notes beyond what their invoice still had open (a credit
//! note on a paid invoice). Ageing puts each open amount in a bucket by days past its
//! due date as of a given day (not due, 1–30, 31–60, 61–90, > 90). Everything reads the
//! receivables indexes (`store::kinds::receivable`), the open items of one customer also
//! their invoices. Tested in tests/cli/receivables.rs on invoice records. Room: core.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use time::Date;

use super::access::{Access, Area, require};
use super::{Actor, CoreError};
use crate::domain::invoice::Invoice;
use crate::domain::payment::ageing_bucket;
use crate::domain::{Currency, Customer, Invalid};
use crate::store::kinds::receivable::{self, ReceivableEntry};
use crate::store::{Store, StoreResult};

/// The setting of the highest remainder a payment may write off (default 5.00).
pub const WRITE_OFF_LIMIT: &str = "write_off_limit";
/// The write-off limit when none is set.
pub const DEFAULT_WRITE_OFF_LIMIT: Decimal = Decimal::from_parts(500, 0, 0, false, 2);

/// The write-off limit as stored, else the default.
pub fn write_off_limit(store: &Store) -> StoreResult<Decimal> {
    Ok(store
        .setting(WRITE_OFF_LIMIT)?
        .and_then(|text| text.parse().ok())
        .unwrap_or(DEFAULT_WRITE_OFF_LIMIT))
}

/// Checks the write-off limit's value (`None`: another setting): an amount not below
/// zero; empty restores the default.
pub fn validate(name: &str, value: &str) -> Option<Result<String, Invalid>> {
    if name != WRITE_OFF_LIMIT {
        return None;
    }
    let value = value.trim();
    if value.is_empty() {
        return Some(Ok(String::new()));
    }
    Some(
        crate::domain::money::parse_decimal(WRITE_OFF_LIMIT, value).and_then(|number| match number
            .is_sign_negative()
        {
            false => Ok(number.normalize().to_string()),
            true => Err(Invalid::new(
                WRITE_OFF_LIMIT,
                crate::t!("core-write-off-limit-range"),
            )),
        }),
    )
}

/// `value` with the currency's decimals (`0` → `0.00`), for amounts summed from nothing.
fn in_minor_units(mut value: Decimal, currency: &str) -> Decimal {
    let minor = currency.parse::<Currency>().map_or(2, |c| c.minor_units());
    if value.scale() < minor {
        value.rescale(minor);
    }
    value
}

/// The open amount of an entry: owed less settled, never below zero.
fn open_of(entry: &ReceivableEntry) -> Decimal {
    open(entry.owed, entry.settled)
}

/// What is open of `owed` when `settled` is paid: never below zero.
fn open(owed: Decimal, settled: Decimal) -> Decimal {
    (owed - settled).max(Decimal::ZERO)
}

/// The open amount of `invoice`: its gross less its credit notes and what payments
/// settled of it, never below zero (zero for a credit note).
pub fn open_amount(store: &Store, invoice: &Invoice) -> StoreResult<Decimal> {
    let (owed, settled) =
        receivable::invoice_figures(store, invoice.customer_id, invoice.currency, invoice.id)?;
    Ok(open(owed, settled))
}

/// The customer's balance in `currency` without a rights check: what holds count as open
/// receivables in the credit exposure. Two index reads.
pub fn balance_of(store: &Store, customer: u64, currency: Currency) -> StoreResult<Decimal> {
    let (owed, settled) = receivable::balance_figures(store, customer, currency)?;
    Ok(owed - settled)
}

/// One open invoice of a customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenItem {
    pub invoice_id: u64,
    pub number: String,
    pub issue_date: Date,
    pub due_date: Date,
    pub currency: Currency,
    /// Gross less credit notes.
    pub owed: Decimal,
    /// What payments settled (money, Skonto, write-offs).
    pub settled: Decimal,
    pub open: Decimal,
    /// The last day Skonto may be taken, if the terms have one.
    pub skonto_until: Option<Date>,
}

/// The open invoices of `customer`, by due date (then number).
pub fn open_items(store: &Store, actor: &Actor, customer: u64) -> Result<Vec<OpenItem>, CoreError> {
    require(actor, Area::Receivables, Access::Read)?;
    let mut items = Vec::new();
    for entry in receivable::receivable_entries(store, Some(customer))? {
        let open = open_of(&entry);
        if open.is_zero() {
            continue;
        }
        let (Some(issue_date), Some(due_date), Ok(currency)) =
            (entry.issued, entry.due, entry.currency.parse::<Currency>())
        else {
            continue;
        };
        items.push(OpenItem {
            invoice_id: entry.invoice,
            number: entry.number.clone(),
            issue_date,
            due_date,
            currency,
            owed: entry.owed,
            settled: entry.settled,
            open,
            skonto_until: entry.skonto_until,
        });
    }
    items.sort_by(|a, b| (a.due_date, &a.number).cmp(&(b.due_date, &b.number)));
    Ok(items)
}

/// Every invoice with something open, of every customer, in (customer, currency, invoice
/// id) order, with its due date and open amount (`owed − settled`): what a dunning run
/// starts from. Reads the receivables indexes only, no invoice.
pub fn open_entries(
    store: &Store,
    actor: &Actor,
) -> Result<Vec<(ReceivableEntry, Decimal)>, CoreError> {
    require(actor, Area::Receivables, Access::Read)?;
    Ok(receivable::receivable_entries(store, None)?
        .into_iter()
        .filter_map(|entry| {
            let open = open_of(&entry);
            (!open.is_zero()).then_some((entry, open))
        })
        .collect())
}

/// A customer's account in one currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Balance {
    pub currency: String,
    /// Σ open amounts of its invoices.
    pub open_items: Decimal,
    /// Credit on the account: unallocated payments and credit notes beyond their
    /// invoice's rest (open items − balance).
    pub credit: Decimal,
    /// What the customer owes (negative: what kontor's company owes the customer).
    pub balance: Decimal,
}

/// The customer's account per currency it has invoices or payments in.
pub fn balance(store: &Store, actor: &Actor, customer: u64) -> Result<Vec<Balance>, CoreError> {
    require(actor, Area::Receivables, Access::Read)?;
    let mut open: BTreeMap<String, Decimal> = BTreeMap::new();
    for entry in receivable::receivable_entries(store, Some(customer))? {
        *open.entry(entry.currency.clone()).or_default() += open_of(&entry);
    }
    let mut found = Vec::new();
    for ((_, currency), (owed, settled)) in receivable::balances(store, Some(customer))? {
        let open_items = open.get(&currency).copied().unwrap_or_default();
        let balance = owed - settled;
        let minor = |value| in_minor_units(value, &currency);
        found.push(Balance {
            open_items: minor(open_items),
            credit: minor(open_items - balance),
            balance: minor(balance),
            currency,
        });
    }
    Ok(found)
}

/// The ageing buckets' names in order, for headers and machine formats.
pub const BUCKETS: [&str; 5] = ["not_due", "1_30", "31_60", "61_90", "over_90"];

/// The open amounts of one customer (or, with `customer` `None`, of everyone) in one
/// currency, per ageing bucket (`BUCKETS`), and their total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgeingRow {
    pub customer: Option<u64>,
    pub customer_number: String,
    pub customer_name: String,
    pub currency: String,
    pub buckets: [Decimal; 5],
    pub total: Decimal,
}

/// Ageing as of `as_of`: one row per customer and currency with open items (customer id
/// order), then one total row per currency. Reads the receivables indexes and the
/// customers with open items, no invoice.
pub fn ageing(store: &Store, actor: &Actor, as_of: Date) -> Result<Vec<AgeingRow>, CoreError> {
    require(actor, Area::Receivables, Access::Read)?;
    let mut rows: BTreeMap<(u64, String), [Decimal; 5]> = BTreeMap::new();
    for entry in receivable::receivable_entries(store, None)? {
        let open = open_of(&entry);
        if open.is_zero() {
            continue;
        }
        let bucket = entry.due.map_or(0, |due| ageing_bucket(due, as_of));
        rows.entry((entry.customer, entry.currency.clone()))
            .or_default()[bucket] += open;
    }
    let mut totals: BTreeMap<String, [Decimal; 5]> = BTreeMap::new();
    let mut found = Vec::new();
    for ((customer, currency), buckets) in rows {
        let buckets = buckets.map(|figure| in_minor_units(figure, &currency));
        let total_row = totals.entry(currency.clone()).or_default();
        for (sum, amount) in total_row.iter_mut().zip(buckets) {
            *sum += amount;
        }
        let record = store.get::<Customer>(customer)?;
        found.push(AgeingRow {
            customer: Some(customer),
            customer_number: record
                .as_ref()
                .map(|c| c.number.clone())
                .unwrap_or_default(),
            customer_name: record.map(|c| c.name).unwrap_or_default(),
            currency,
            buckets,
            total: buckets.iter().sum(),
        });
    }
    found.extend(totals.into_iter().map(|(currency, buckets)| AgeingRow {
        customer: None,
        customer_number: String::new(),
        customer_name: String::new(),
        buckets: buckets.map(|figure| in_minor_units(figure, &currency)),
        total: in_minor_units(buckets.iter().sum(), &currency),
        currency,
    }));
    Ok(found)
}
