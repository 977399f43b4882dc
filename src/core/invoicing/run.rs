//! The invoicing run (Fakturierungslauf): for every customer, invoices what was supplied
//! up to a day and is not invoiced yet — each posted delivery note not yet billed, and the
//! delivered, not yet invoiced quantities of imported history (orders shipped without
//! delivery notes, `SalesOrder::shipped`).
//!
//! Rules: one invoice per delivery note — a note is one supply on one day, so each invoice
//! has a single date of supply and bills what the customer signed for, and a partial
//! delivery is billed when it ships rather than when its order completes; the same shape
//! as `invoice add --delivery` (which may still gather several notes into one invoice).
//! One invoice per history order, supplied on its shipped day. Every invoice is issued on
//! the run's issue date — never after today, never before the last day it bills — and is
//! numbered in the `RE` series of that date's year. The run writes `RUN_BATCH` invoices per
//! transaction, each with its number and the order lines' raised invoiced quantities: a
//! batch is there wholly or not at all, numbers stay gapless across a crash, and a run
//! that stopped is finished by running it again. Invoices are built by `issue` (`of_notes`,
//! `draft`), the same code as a single invoice. Room: core.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::issue::{Issuer, draft, line_of, of_notes, write_orders};
use crate::core::access::{self, Access, Area};
use crate::core::{Actor, CoreError};
use crate::domain::invoice::Invoice;
use crate::domain::sales::{DeliveryNote, DeliveryState, SalesOrder};
use crate::domain::{Currency, Invalid};
use crate::store::kinds::invoice::{invoice_of_delivery, invoice_of_delivery_now};
use crate::store::{Store, Tx, TxResult};

/// Invoices written per transaction.
pub const RUN_BATCH: usize = 250;

/// What a run issued: how many invoices, the first and last number, and their totals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunSummary {
    pub invoices: usize,
    /// The currency of the invoices (none when none was issued).
    pub currency: Option<Currency>,
    pub first: String,
    pub last: String,
    pub net: Decimal,
    pub vat: Decimal,
    pub gross: Decimal,
}

impl RunSummary {
    fn add(&mut self, invoice: &Invoice) {
        if self.invoices == 0 {
            self.first = invoice.number.clone();
            self.currency = Some(invoice.currency);
        }
        self.invoices += 1;
        self.last = invoice.number.clone();
        self.net += invoice.net;
        self.vat += invoice.vat;
        self.gross += invoice.gross;
    }
}

/// Something to bill: a posted delivery note or a history order (ids), in the order of
/// their day of supply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Bill {
    Note(u64),
    History(u64),
}

/// Invoices everything supplied up to `until` and not yet invoiced, issued on `today`
/// (refused after the day of `now` or before `until`).
pub fn run(
    store: &Store,
    actor: &Actor,
    until: Date,
    today: Date,
    now: OffsetDateTime,
) -> Result<RunSummary, CoreError> {
    access::require(actor, Area::Invoices, Access::Write)?;
    if today > now.date() {
        let text = crate::lang::format::date(today);
        return Err(Invalid::new("date", crate::t!("core-invoice-run-future", date = text)).into());
    }
    if until > today {
        let (until, date) = (
            crate::lang::format::date(until),
            crate::lang::format::date(today),
        );
        let message = crate::t!("core-invoice-run-until", until = until, date = date);
        return Err(Invalid::new("until", message).into());
    }
    let bills = to_bill(store, until)?;
    let issuer = Issuer::load(store)?;
    let mut summary = RunSummary::default();
    for batch in bills.chunks(RUN_BATCH) {
        let issued = store.transaction(|tx| {
            let mut issued = Vec::with_capacity(batch.len());
            for &bill in batch {
                let invoice = match bill {
                    Bill::Note(id) => match invoice_of_delivery(tx, id)? {
                        Some(_) => None,
                        None => Some(of_notes(tx, &[id], &issuer, actor, today, now)?),
                    },
                    Bill::History(id) => of_history(tx, id, &issuer, actor, today, now)?,
                };
                issued.extend(invoice);
            }
            Ok(issued)
        })?;
        issued.iter().for_each(|invoice| summary.add(invoice));
    }
    Ok(summary)
}

/// What is to bill up to `until`, by day of supply, then notes before history, then id.
fn to_bill(store: &Store, until: Date) -> Result<Vec<Bill>, CoreError> {
    let mut bills: Vec<(Date, Bill)> = Vec::new();
    for note in store.scan::<DeliveryNote>()? {
        let note = note?;
        let Some(posted) = note.posted.map(OffsetDateTime::date) else {
            continue;
        };
        if note.state == DeliveryState::Posted
            && posted <= until
            && invoice_of_delivery_now(store, note.id)?.is_none()
        {
            bills.push((posted, Bill::Note(note.id)));
        }
    }
    for order in store.scan::<SalesOrder>()? {
        let order = order?;
        if let Some(shipped) = order.shipped
            && shipped <= until
            && order
                .lines
                .iter()
                .any(|line| line.delivered > line.invoiced)
        {
            bills.push((shipped, Bill::History(order.id)));
        }
    }
    bills.sort();
    Ok(bills.into_iter().map(|(_, bill)| bill).collect())
}

/// The invoice of history order `id`: its delivered, not yet invoiced quantities, supplied
/// on its shipped day; none when nothing is left to bill.
fn of_history(
    tx: &Tx,
    id: u64,
    issuer: &Issuer,
    actor: &Actor,
    today: Date,
    now: OffsetDateTime,
) -> TxResult<Option<Invoice>> {
    let mut order = tx.require::<SalesOrder>(id)?;
    let Some(shipped) = order.shipped else {
        return Ok(None);
    };
    let (number, order_id) = (order.number.clone(), order.id);
    let mut lines = Vec::new();
    for (index, line) in order.lines.iter_mut().enumerate() {
        let rest = line.delivered - line.invoiced;
        if rest <= Decimal::ZERO {
            continue;
        }
        line.invoiced += rest;
        lines.push(line_of(line, rest, shipped, &number, order_id, index + 1));
    }
    if lines.is_empty() {
        return Ok(None);
    }
    let customer = order.customer_id;
    let orders = BTreeMap::from([(order.id, order)]);
    let invoice = draft(tx, customer, &orders, lines, issuer, actor, today, now)?;
    write_orders(tx, orders, now)?;
    Ok(Some(invoice))
}
