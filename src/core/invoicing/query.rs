//! Reading invoices and credit notes: one by number (or id) with its totals and what
//! credit notes took back of each line, or a list filtered by customer, kind and issue
//! date. Needs the invoices right to read (accounting, sales, admins; not the warehouse);
//! a salesperson (role `sales`) sees the invoices of the customers they own only.
//! Room: core.

use std::collections::HashMap;

use rust_decimal::Decimal;
use time::Date;

use super::credit::credited;
use crate::core::access::{Access, Area, require};
use crate::core::{Actor, CoreError, Role};
use crate::domain::amounts::Totals;
use crate::domain::invoice::{Invoice, InvoiceKind};
use crate::domain::vat::RateTable;
use crate::domain::{Customer, Invalid};
use crate::store::Store;
use crate::store::kinds::invoice::{invoice_by_number, invoices_of};

/// An invoice or credit note with its totals (from `domain::amounts`, as at issue) and,
/// for an invoice, what credit notes took back of each line so far (all zero for a
/// credit note).
#[derive(Debug, Clone)]
pub struct InvoiceView {
    pub invoice: Invoice,
    pub totals: Totals,
    pub credited: Vec<Decimal>,
}

/// Which invoices `invoices` lists; every given filter must hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InvoiceFilter {
    /// The customer's id.
    pub customer: Option<u64>,
    pub kind: Option<InvoiceKind>,
    /// Issued on or after.
    pub from: Option<Date>,
    /// Issued on or before.
    pub until: Option<Date>,
}

/// The id of the invoice or credit note numbered (or with the id) `text`.
pub fn invoice_id(store: &Store, text: &str) -> Result<u64, CoreError> {
    let by_number = invoice_by_number(store, text)?;
    crate::core::sales::found::<Invoice>(store, text, by_number)?.ok_or_else(|| {
        Invalid::new(
            "invoice",
            crate::t!("core-invoice-unknown", text = text.trim()),
        )
        .into()
    })
}

/// Whether `actor` sees the invoices of customer `customer`: everyone with the right to
/// read invoices, except that a salesperson sees only the customers they own.
fn sees(store: &Store, actor: &Actor, customer: u64) -> Result<bool, CoreError> {
    if actor.role != Role::Sales {
        return Ok(true);
    }
    let owner = store.get::<Customer>(customer)?.map(|found| found.owner);
    Ok(owner.is_some_and(|owner| owner == actor.name))
}

/// The invoice or credit note numbered (or with the id) `text`, as `actor` may read it.
pub fn invoice(store: &Store, actor: &Actor, text: &str) -> Result<InvoiceView, CoreError> {
    require(actor, Area::Invoices, Access::Read)?;
    let invoice = store.require::<Invoice>(invoice_id(store, text)?)?;
    if !sees(store, actor, invoice.customer_id)? {
        return Err(CoreError::Refused(crate::t!(
            "core-invoice-not-own-customer",
            number = invoice.number.as_str()
        )));
    }
    view(store, invoice)
}

/// `invoice` with its totals and what was credited of its lines.
pub fn view(store: &Store, invoice: Invoice) -> Result<InvoiceView, CoreError> {
    let totals = invoice.document().totals(&RateTable::GERMANY)?;
    let credited = match invoice.kind {
        InvoiceKind::Invoice => credited(store, &invoice)?,
        InvoiceKind::CreditNote => vec![Decimal::ZERO; invoice.lines.len()],
    };
    Ok(InvoiceView {
        invoice,
        totals,
        credited,
    })
}

/// The invoices and credit notes `filter` names, in id (issue) order.
pub fn invoices(
    store: &Store,
    actor: &Actor,
    filter: &InvoiceFilter,
) -> Result<Vec<Invoice>, CoreError> {
    require(actor, Area::Invoices, Access::Read)?;
    let records: Vec<Invoice> = match filter.customer {
        Some(customer) => invoices_of(store, customer)?
            .into_iter()
            .map(|id| store.require::<Invoice>(id))
            .collect::<Result<_, _>>()?,
        None => store.scan::<Invoice>()?.collect::<Result<_, _>>()?,
    };
    let mut seen: HashMap<u64, bool> = HashMap::new();
    let mut shown = Vec::new();
    for invoice in records {
        let wanted = filter.kind.is_none_or(|kind| invoice.kind == kind)
            && filter.from.is_none_or(|from| invoice.issue_date >= from)
            && filter.until.is_none_or(|until| invoice.issue_date <= until);
        if !wanted {
            continue;
        }
        let visible = match seen.get(&invoice.customer_id) {
            Some(visible) => *visible,
            None => {
                let visible = sees(store, actor, invoice.customer_id)?;
                seen.insert(invoice.customer_id, visible);
                visible
            }
        };
        if visible {
            shown.push(invoice);
        }
    }
    Ok(shown)
}
