//! Invoices and credit notes in the store: tree `invoices` with the unique index
//! `invoices.by_number` (`RE-2026-00001` → id), `invoices.by_customer` (customer id,
//! record id), `invoices.by_delivery` (delivery note id → the invoice that billed it),
//! `invoices.by_corrects` (invoice id → its credit notes) and `invoices.by_date` (issue
//! date, record id) — the key shapes live here only. Numbers come from the `RE` and `GS`
//! series counters (`sales::next_number`), taken in the transaction that writes the
//! document, so numbering stays gapless across crashes. Room: store.

use std::ops::Bound;

use time::Date;

use crate::domain::invoice::{Invoice, InvoiceKind};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const INVOICES_BY_NUMBER: &str = "invoices.by_number";
pub(in crate::store) const INVOICES_BY_CUSTOMER: &str = "invoices.by_customer";
pub(in crate::store) const INVOICES_BY_DELIVERY: &str = "invoices.by_delivery";
pub(in crate::store) const INVOICES_BY_CORRECTS: &str = "invoices.by_corrects";
pub(in crate::store) const INVOICES_BY_DATE: &str = "invoices.by_date";

fn number_key(number: &str) -> Key {
    Key::new().str(number.trim())
}

fn id_key(id: u64) -> Key {
    Key::new().u64(id)
}

fn date_key(date: Date) -> Key {
    Key::new().date(date)
}

impl Record for Invoice {
    const TREE: &'static str = "invoices";
    const NAME: &'static str = "invoice";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[
        INVOICES_BY_NUMBER,
        INVOICES_BY_CUSTOMER,
        INVOICES_BY_DELIVERY,
        INVOICES_BY_CORRECTS,
        INVOICES_BY_DATE,
        super::receivable::INVOICES_RECEIVABLE,
        super::receivable::INVOICES_DUE,
        super::receivable::INVOICES_OWED_BY_CUSTOMER,
        super::words::INVOICES,
    ];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        let mut entries = vec![
            IndexEntry::unique(INVOICES_BY_NUMBER, number_key(&self.number), self.id),
            IndexEntry::plain(INVOICES_BY_CUSTOMER, id_key(self.customer_id), self.id),
            IndexEntry::plain(INVOICES_BY_DATE, date_key(self.issue_date), self.id),
        ];
        if let Some(corrected) = self.corrects {
            entries.push(IndexEntry::plain(
                INVOICES_BY_CORRECTS,
                id_key(corrected),
                self.id,
            ));
        }
        if self.kind == InvoiceKind::Invoice {
            let mut deliveries: Vec<u64> = self
                .lines
                .iter()
                .filter_map(|line| line.delivery_id)
                .collect();
            deliveries.sort_unstable();
            deliveries.dedup();
            entries.extend(deliveries.into_iter().map(|delivery| {
                IndexEntry::unique(INVOICES_BY_DELIVERY, id_key(delivery), self.id)
            }));
        }
        entries.extend(super::receivable::invoice_entries(self));
        entries.extend(super::words::word_entries(self));
        entries
    }
}

/// The id of the invoice or credit note numbered `number`.
pub fn invoice_by_number(store: &Store, number: &str) -> StoreResult<Option<u64>> {
    store.unique_id(INVOICES_BY_NUMBER, number_key(number))
}

/// The id of the invoice that billed delivery note `delivery`, read inside the
/// transaction that would bill it again.
pub fn invoice_of_delivery(tx: &Tx, delivery: u64) -> TxResult<Option<u64>> {
    tx.unique_id(INVOICES_BY_DELIVERY, id_key(delivery))
}

/// Ids of the invoices and credit notes of customer `customer`, in id order.
pub fn invoices_of(store: &Store, customer: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(INVOICES_BY_CUSTOMER, id_key(customer))?
        .collect()
}

/// Ids of the credit notes that correct invoice `invoice`, in id order.
pub fn credit_notes_of(store: &Store, invoice: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(INVOICES_BY_CORRECTS, id_key(invoice))?
        .collect()
}

/// Ids of the invoices and credit notes issued from `from` to `until` (both included), by
/// issue date then id.
pub fn issued_between(store: &Store, from: Date, until: Date) -> StoreResult<Vec<u64>> {
    let start = Bound::Included(date_key(from).into_bytes());
    let end = Bound::Included(date_key(until).u64(u64::MAX).into_bytes());
    store
        .index_range(INVOICES_BY_DATE, start, end)?
        .map(|entry| entry.map(|(_, id)| id))
        .collect()
}

/// The id of the invoice that billed delivery note `delivery`, outside a transaction (the
/// invoicing run's first look; the writing transaction looks again).
pub fn invoice_of_delivery_now(store: &Store, delivery: u64) -> StoreResult<Option<u64>> {
    store.unique_id(INVOICES_BY_DELIVERY, id_key(delivery))
}
