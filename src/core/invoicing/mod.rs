//! Issuing invoices and credit notes. An invoice bills posted delivery notes of one
//! customer (each note once: `invoices.by_delivery`, read in the writing transaction) or
//! the not yet invoiced service lines (free text, no item) of an order; its lines carry the
//! delivered quantities at the order line's price, discount and VAT category, supplied on
//! the delivery's posting date; the order lines' invoiced quantities rise and the number
//! (`RE-2026-00001`) is taken in the same transaction, so numbering stays gapless across
//! crashes. Seller and buyer are snapshots (`parties`); the totals come from
//! `domain::amounts` only. A credit note (`GS-…`) corrects an issued invoice, whole or per
//! line, never for more than was invoiced less what earlier credit notes took back; it
//! leaves the order's quantities alone — a return or a price reduction does not make the
//! delivery unbilled again. Nothing here changes an issued document. Room: core.

mod credit;
mod issue;
mod parties;
mod query;
mod run;

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::{Actor, CoreError};
use crate::domain::invoice::Invoice;
use crate::store::Store;

pub use credit::credited;
pub(crate) use parties::validate_setting;
pub use parties::{
    PAYMENT_DAYS, PAYMENT_SETTINGS, PAYMENT_SKONTO, default_terms, parse_skonto, seller,
};
pub use query::{InvoiceFilter, InvoiceView, invoice, invoice_id, invoices, view};
pub use run::{RUN_BATCH, RunSummary, run};

/// A change to invoices: issuing one or a credit note. `today` is the issue date.
#[derive(Debug, Clone)]
pub enum InvoiceCommand {
    /// An invoice of posted delivery notes (numbers or ids) of one customer.
    FromDeliveries {
        deliveries: Vec<String>,
        today: Date,
    },
    /// An invoice of the not yet invoiced service lines of an order (number or id).
    FromOrder { order: String, today: Date },
    /// A credit note of an invoice (number or id): `lines` (1-based line, quantity), empty
    /// for everything not yet credited; `reason` says why.
    Credit {
        invoice: String,
        lines: Vec<(usize, Decimal)>,
        reason: String,
        today: Date,
    },
}

impl InvoiceCommand {
    /// The variant's name for the audit log (`Invoices::Credit`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::FromDeliveries { .. } => "IssueFromDeliveries",
            Self::FromOrder { .. } => "IssueFromOrder",
            Self::Credit { .. } => "Credit",
        }
    }
}

/// Runs an invoice command as `actor` at `now`: the document issued.
pub fn execute(
    store: &Store,
    actor: &Actor,
    command: InvoiceCommand,
    now: OffsetDateTime,
) -> Result<Invoice, CoreError> {
    match command {
        InvoiceCommand::FromDeliveries { deliveries, today } => {
            issue::from_deliveries(store, actor, &deliveries, today, now)
        }
        InvoiceCommand::FromOrder { order, today } => {
            issue::from_order(store, actor, &order, today, now)
        }
        InvoiceCommand::Credit {
            invoice,
            lines,
            reason,
            today,
        } => credit::credit(store, actor, &invoice, &lines, &reason, today, now),
    }
}
