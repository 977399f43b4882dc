//! Payments in the store: tree `payments` with the unique index `payments.by_number`
//! (`ZE-2026-00001` → id), `payments.by_customer` (customer id, record id),
//! `payments.by_invoice` (invoice id, record id: the payments that settled an invoice) and
//! `payments.by_date` (date, record id), plus the summed receivables trees of
//! `receivable`. Numbers come from the `ZE` series counter (`sales::next_number`), taken in
//! the transaction that writes the payment. Room: store.

use time::Date;

use crate::domain::payment::Payment;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult};

use super::receivable::{PAYMENTS_APPLIED, PAYMENTS_SETTLED_BY_CUSTOMER, payment_entries};

pub(in crate::store) const PAYMENTS_BY_NUMBER: &str = "payments.by_number";
pub(in crate::store) const PAYMENTS_BY_CUSTOMER: &str = "payments.by_customer";
pub(in crate::store) const PAYMENTS_BY_INVOICE: &str = "payments.by_invoice";
pub(in crate::store) const PAYMENTS_BY_DATE: &str = "payments.by_date";

fn number_key(number: &str) -> Key {
    Key::new().str(number.trim())
}

impl Record for Payment {
    const TREE: &'static str = "payments";
    const NAME: &'static str = "payment";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[
        PAYMENTS_BY_NUMBER,
        PAYMENTS_BY_CUSTOMER,
        PAYMENTS_BY_INVOICE,
        PAYMENTS_BY_DATE,
        PAYMENTS_APPLIED,
        PAYMENTS_SETTLED_BY_CUSTOMER,
    ];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        let mut entries = vec![
            IndexEntry::unique(PAYMENTS_BY_NUMBER, number_key(&self.number), self.id),
            IndexEntry::plain(
                PAYMENTS_BY_CUSTOMER,
                Key::new().u64(self.customer_id),
                self.id,
            ),
            IndexEntry::plain(PAYMENTS_BY_DATE, Key::new().date(self.date), self.id),
        ];
        let mut invoices: Vec<u64> = self.allocations.iter().map(|a| a.invoice_id).collect();
        invoices.sort_unstable();
        invoices.dedup();
        entries.extend(invoices.into_iter().map(|invoice| {
            IndexEntry::plain(PAYMENTS_BY_INVOICE, Key::new().u64(invoice), self.id)
        }));
        entries.extend(payment_entries(self));
        entries
    }
}

/// The id of the payment numbered `number`.
pub fn payment_by_number(store: &Store, number: &str) -> StoreResult<Option<u64>> {
    store.unique_id(PAYMENTS_BY_NUMBER, number_key(number))
}

/// Ids of the payments of customer `customer`, in id order.
pub fn payments_of(store: &Store, customer: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(PAYMENTS_BY_CUSTOMER, Key::new().u64(customer))?
        .collect()
}

/// Ids of the payments that settled (part of) invoice `invoice`, in id order.
pub fn payments_of_invoice(store: &Store, invoice: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(PAYMENTS_BY_INVOICE, Key::new().u64(invoice))?
        .collect()
}

/// Ids of the payments dated `from` to `until` inclusive, in date order.
pub fn payments_between(store: &Store, from: Date, until: Date) -> StoreResult<Vec<u64>> {
    use std::ops::Bound;
    let start = Key::new().date(from).into_bytes();
    let end = Key::new().date(until).u64(u64::MAX).into_bytes();
    store
        .index_range(
            PAYMENTS_BY_DATE,
            Bound::Included(start),
            Bound::Included(end),
        )?
        .map(|entry| entry.map(|(_, id)| id))
        .collect()
}
