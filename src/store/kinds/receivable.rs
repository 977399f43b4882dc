//! The receivables indexes — the key shapes live here only. Every tree is keyed by
//! (customer id, currency code, …), so one customer's figures are one prefix scan:
//! - `invoices.receivable` (customer, currency, invoice id) → Σ signed gross, summed: the
//!   invoice's gross less the gross of every credit note correcting it (a credit note
//!   contributes under the key of the invoice it corrects);
//! - `invoices.due` (customer, currency, invoice id) → the invoice's due date, issue date
//!   and last Skonto day (Julian days, 8 bytes each; `i64::MIN`: no Skonto) and its number
//!   (UTF-8), one entry per invoice (credit notes have none) — all an open-items list shows;
//! - `invoices.owed_by_customer` (customer, currency) → Σ signed gross of every invoice and
//!   credit note, summed;
//! - `payments.applied` (customer, currency, invoice id) → Σ what payments settled of the
//!   invoice (money + Skonto + write-off), summed;
//! - `payments.settled_by_customer` (customer, currency) → Σ what payments took off the
//!   customer's balance (all their money, allocated or not, + Skonto + write-offs), summed.
//!
//! An invoice's open amount is its `receivable` less its `applied` entry; a customer's
//! balance is `owed_by_customer` less `settled_by_customer` (two point reads). Open items
//! and ageing walk the entries in step (the trees share their key order), never an invoice
//! record. Invoices contribute to the
//! `invoices.*` trees and payments to the `payments.*` trees, so `check` and `reindex`
//! derive each tree from one kind's records. Room: store.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use time::Date;

use crate::domain::Currency;
use crate::domain::invoice::{Invoice, InvoiceKind};
use crate::domain::payment::Payment;
use crate::store::keys::{Key, trailing_id};
use crate::store::record::IndexEntry;
use crate::store::{Store, StoreError, StoreResult, Tx, TxResult};

pub(in crate::store) const INVOICES_RECEIVABLE: &str = "invoices.receivable";
pub(in crate::store) const INVOICES_DUE: &str = "invoices.due";
pub(in crate::store) const INVOICES_OWED_BY_CUSTOMER: &str = "invoices.owed_by_customer";
pub(in crate::store) const PAYMENTS_APPLIED: &str = "payments.applied";
pub(in crate::store) const PAYMENTS_SETTLED_BY_CUSTOMER: &str = "payments.settled_by_customer";

fn customer_key(customer: u64, currency: Currency) -> Key {
    Key::new().u64(customer).str(currency.code())
}

/// The receivables entries of an invoice or credit note.
pub(super) fn invoice_entries(invoice: &Invoice) -> Vec<IndexEntry> {
    let signed = [invoice.signed_gross()];
    let target = match invoice.kind {
        InvoiceKind::Invoice => Some(invoice.id),
        InvoiceKind::CreditNote => invoice.corrects,
    };
    let mut entries = vec![IndexEntry::summed(
        INVOICES_OWED_BY_CUSTOMER,
        customer_key(invoice.customer_id, invoice.currency),
        &signed,
    )];
    if let Some(target) = target {
        let key = customer_key(invoice.customer_id, invoice.currency).u64(target);
        entries.push(IndexEntry::summed(INVOICES_RECEIVABLE, key, &signed));
    }
    if invoice.kind == InvoiceKind::Invoice {
        let day = |date: Option<Date>| date.map_or(i64::MIN, |d| i64::from(d.to_julian_day()));
        let mut value = Vec::with_capacity(24 + invoice.number.len());
        value.extend_from_slice(&day(Some(invoice.due_date())).to_be_bytes());
        value.extend_from_slice(&day(Some(invoice.issue_date)).to_be_bytes());
        let skonto = invoice.terms.skonto_until(invoice.issue_date);
        value.extend_from_slice(&day(skonto).to_be_bytes());
        value.extend_from_slice(invoice.number.as_bytes());
        entries.push(IndexEntry {
            value,
            ..IndexEntry::plain(
                INVOICES_DUE,
                customer_key(invoice.customer_id, invoice.currency),
                invoice.id,
            )
        });
    }
    entries
}

/// The receivables entries of a payment.
pub(super) fn payment_entries(payment: &Payment) -> Vec<IndexEntry> {
    let mut entries = vec![IndexEntry::summed(
        PAYMENTS_SETTLED_BY_CUSTOMER,
        customer_key(payment.customer_id, payment.currency),
        &[payment.settles()],
    )];
    for allocation in &payment.allocations {
        let key = customer_key(payment.customer_id, payment.currency).u64(allocation.invoice_id);
        entries.push(IndexEntry::summed(
            PAYMENTS_APPLIED,
            key,
            &[allocation.settles()],
        ));
    }
    entries
}

fn corrupt(reason: &str) -> StoreError {
    StoreError::Corrupt {
        kind: "index",
        reason: reason.into(),
    }
}

fn first_figure(value: &[u8]) -> StoreResult<Decimal> {
    Ok(crate::store::sums::decode(value)?
        .first()
        .copied()
        .unwrap_or_default())
}

/// What invoice `invoice` of `customer` in `currency` is owed after credit notes, and what
/// payments settled of it: two point reads inside the transaction that records a payment.
pub fn invoice_figures_in(
    tx: &Tx,
    customer: u64,
    currency: Currency,
    invoice: u64,
) -> TxResult<(Decimal, Decimal)> {
    let key = customer_key(customer, currency).u64(invoice).into_bytes();
    let read = |tree: &str| -> TxResult<Decimal> {
        match tx.raw_get(tree, &key)? {
            Some(value) => first_figure(&value).or_else(crate::store::abort),
            None => Ok(Decimal::ZERO),
        }
    };
    Ok((read(INVOICES_RECEIVABLE)?, read(PAYMENTS_APPLIED)?))
}

/// The same two figures read from the store: owed after credit notes and settled by
/// payments (both zero for a credit note, whose figures stand under its invoice).
pub fn invoice_figures(
    store: &Store,
    customer: u64,
    currency: Currency,
    invoice: u64,
) -> StoreResult<(Decimal, Decimal)> {
    let key = customer_key(customer, currency).u64(invoice).into_bytes();
    figures(store, &key, [INVOICES_RECEIVABLE, PAYMENTS_APPLIED])
}

/// The first figure of the entry under `key` in each of `trees` (zero where none is).
fn figures(store: &Store, key: &[u8], trees: [&str; 2]) -> StoreResult<(Decimal, Decimal)> {
    let read = |tree: &str| -> StoreResult<Decimal> {
        match store.tree(tree)?.get(key)? {
            Some(value) => first_figure(&value),
            None => Ok(Decimal::ZERO),
        }
    };
    Ok((read(trees[0])?, read(trees[1])?))
}

/// A customer's owed (Σ signed gross) and settled (Σ payments) in one currency: two point
/// reads; the balance is their difference.
pub fn balance_figures(
    store: &Store,
    customer: u64,
    currency: Currency,
) -> StoreResult<(Decimal, Decimal)> {
    let key = customer_key(customer, currency).into_bytes();
    figures(
        store,
        &key,
        [INVOICES_OWED_BY_CUSTOMER, PAYMENTS_SETTLED_BY_CUSTOMER],
    )
}

/// (customer, currency) of one customer (`Some`) or every customer with an entry in the
/// balance trees, each with owed and settled.
pub fn balances(
    store: &Store,
    customer: Option<u64>,
) -> StoreResult<BTreeMap<(u64, String), (Decimal, Decimal)>> {
    let prefix = customer
        .map(|c| Key::new().u64(c).into_bytes())
        .unwrap_or_default();
    let mut found: BTreeMap<(u64, String), (Decimal, Decimal)> = BTreeMap::new();
    for (tree, settled) in [
        (INVOICES_OWED_BY_CUSTOMER, false),
        (PAYMENTS_SETTLED_BY_CUSTOMER, true),
    ] {
        for entry in store.tree(tree)?.scan_prefix(&prefix) {
            let (key, value) = entry?;
            let (customer, currency) = customer_of(&key)?;
            let slot = found.entry((customer, currency)).or_default();
            match settled {
                false => slot.0 += first_figure(&value)?,
                true => slot.1 += first_figure(&value)?,
            }
        }
    }
    Ok(found)
}

/// One invoice's entry in the receivables trees.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReceivableEntry {
    pub customer: u64,
    pub currency: String,
    pub invoice: u64,
    /// Gross less credit notes.
    pub owed: Decimal,
    /// What payments settled.
    pub settled: Decimal,
    /// The due date; `None` for the entry of a credit note whose invoice has none.
    pub due: Option<Date>,
    /// The invoice's issue date, number and last Skonto day, as its due entry keeps them
    /// (`None` and empty like `due`).
    pub issued: Option<Date>,
    pub number: String,
    pub skonto_until: Option<Date>,
}

impl ReceivableEntry {
    /// Takes the due entry's value: due, issue and Skonto day, then the number.
    fn read_due(&mut self, value: &[u8]) -> StoreResult<()> {
        let day = |at: usize| -> StoreResult<Option<Date>> {
            let bytes = value
                .get(at..at + 8)
                .and_then(|b| <[u8; 8]>::try_from(b).ok())
                .ok_or_else(|| corrupt("due entry shorter than 24 bytes"))?;
            Ok(i32::try_from(i64::from_be_bytes(bytes))
                .ok()
                .and_then(|day| Date::from_julian_day(day).ok()))
        };
        self.due = day(0)?;
        self.issued = day(8)?;
        self.skonto_until = day(16)?;
        self.number = String::from_utf8_lossy(value.get(24..).unwrap_or_default()).into_owned();
        Ok(())
    }
}

/// (customer, currency) at the start of a receivables key.
fn customer_of(key: &[u8]) -> StoreResult<(u64, String)> {
    let customer = key
        .get(..8)
        .and_then(|b| <[u8; 8]>::try_from(b).ok())
        .map(u64::from_be_bytes)
        .ok_or_else(|| corrupt("entry too short"))?;
    let rest = key.get(8..).unwrap_or_default();
    let end = rest
        .iter()
        .position(|b| *b == 0)
        .ok_or_else(|| corrupt("entry without currency"))?;
    Ok((customer, String::from_utf8_lossy(&rest[..end]).into_owned()))
}

/// Every invoice's receivables entries, of one customer (`Some`) or all, in key order
/// (customer, currency, invoice id): a walk of three index trees, no invoice read. Paid
/// invoices are in it with `owed == settled`.
pub fn receivable_entries(
    store: &Store,
    customer: Option<u64>,
) -> StoreResult<Vec<ReceivableEntry>> {
    let prefix = customer
        .map(|c| Key::new().u64(c).into_bytes())
        .unwrap_or_default();
    let mut walks = Vec::with_capacity(3);
    for tree in [INVOICES_RECEIVABLE, PAYMENTS_APPLIED, INVOICES_DUE] {
        let mut walk = store.tree(tree)?.scan_prefix(&prefix);
        let head = walk.next().transpose()?;
        walks.push((walk, head));
    }
    let mut found = Vec::new();
    loop {
        let Some(least) = walks
            .iter()
            .filter_map(|(_, head)| head.as_ref().map(|(key, _)| key.clone()))
            .min()
        else {
            return Ok(found);
        };
        let (customer, currency) = customer_of(&least)?;
        let invoice = trailing_id(&least).ok_or_else(|| corrupt("entry too short"))?;
        let mut entry = ReceivableEntry {
            customer,
            currency,
            invoice,
            ..ReceivableEntry::default()
        };
        for (index, (walk, head)) in walks.iter_mut().enumerate() {
            let Some((_, value)) = head.take_if(|(key, _)| *key == least) else {
                continue;
            };
            match index {
                0 => entry.owed += first_figure(&value)?,
                1 => entry.settled += first_figure(&value)?,
                _ => entry.read_due(&value)?,
            }
            *head = walk.next().transpose()?;
        }
        found.push(entry);
    }
}
