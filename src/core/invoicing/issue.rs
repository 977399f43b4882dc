//! Issuing an invoice: from posted delivery notes of one customer, or from the service
//! lines of an order; the order lines' invoiced quantities, the number and the invoice are
//! written in one transaction. Room: core.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::parties::{buyer, default_terms, seller};
use crate::core::company::Company;
use crate::core::delivery::delivery_id;
use crate::core::sales::{order_id, refusal};
use crate::core::{Actor, CoreError};
use crate::domain::invoice::{Invoice, InvoiceKind, InvoiceLine, Letterhead, Party, PaymentTerms};
use crate::domain::sales::{DeliveryNote, DeliveryState, OrderLine, OrderState, SalesOrder};
use crate::domain::vat::RateTable;
use crate::domain::{Customer, Invalid};
use crate::store::kinds::invoice::invoice_of_delivery;
use crate::store::kinds::sales::next_number;
use crate::store::{Store, StoreError, Tx, TxResult, abort};

/// The seller and the company's default terms of a new invoice, read before its
/// transaction.
pub(super) struct Issuer {
    seller: Party,
    letterhead: Letterhead,
    terms: PaymentTerms,
}

impl Issuer {
    pub(super) fn load(store: &Store) -> Result<Issuer, CoreError> {
        let company = Company::load(store)?;
        Ok(Issuer {
            seller: seller(&company)?,
            letterhead: company.letterhead(),
            terms: default_terms(store)?,
        })
    }
}

/// Refuses inside a transaction with `message`.
pub(super) fn refuse<T>(message: String) -> TxResult<T> {
    abort(StoreError::Refused(message))
}

/// An invoice of the posted delivery notes `texts` (numbers or ids), issued on `today`.
pub(super) fn from_deliveries(
    store: &Store,
    actor: &Actor,
    texts: &[String],
    today: Date,
    now: OffsetDateTime,
) -> Result<Invoice, CoreError> {
    if texts.is_empty() {
        return Err(Invalid::new("delivery", crate::t!("core-invoice-no-delivery")).into());
    }
    let mut ids: Vec<u64> = Vec::new();
    for text in texts {
        let id = delivery_id(store, text)?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let issuer = Issuer::load(store)?;
    Ok(store.transaction(|tx| of_notes(tx, &ids, &issuer, actor, today, now))?)
}

/// Issues, in transaction `tx`, the invoice of posted delivery notes `ids` of one customer
/// on `today`: refused when one is a draft, billed already or another customer's.
pub(super) fn of_notes(
    tx: &Tx,
    ids: &[u64],
    issuer: &Issuer,
    actor: &Actor,
    today: Date,
    now: OffsetDateTime,
) -> TxResult<Invoice> {
    let mut orders: BTreeMap<u64, SalesOrder> = BTreeMap::new();
    let mut lines = Vec::new();
    let mut first: Option<DeliveryNote> = None;
    for &id in ids {
        let note = tx.require::<DeliveryNote>(id)?;
        if note.state != DeliveryState::Posted {
            return refuse(crate::t!(
                "core-invoice-delivery-draft",
                number = note.number.as_str()
            ));
        }
        if let Some(invoice) = invoice_of_delivery(tx, id)? {
            let invoice = tx.require::<Invoice>(invoice)?;
            return refuse(crate::t!(
                "core-invoice-delivery-invoiced",
                number = note.number.as_str(),
                invoice = invoice.number.as_str()
            ));
        }
        if let Some(first) = &first
            && first.customer_id != note.customer_id
        {
            return refuse(crate::t!(
                "core-invoice-other-customer",
                number = note.number.as_str(),
                first = first.number.as_str()
            ));
        }
        let order = match orders.remove(&note.order_id) {
            Some(order) => order,
            None => tx.require::<SalesOrder>(note.order_id)?,
        };
        let order = bill_note(&note, order, &mut lines)?;
        orders.insert(order.id, order);
        first.get_or_insert(note);
    }
    let Some(first) = first else {
        return refuse(crate::t!("core-invoice-no-delivery"));
    };
    let invoice = draft(
        tx,
        first.customer_id,
        &orders,
        lines,
        issuer,
        actor,
        today,
        now,
    )?;
    write_orders(tx, orders, now)?;
    Ok(invoice)
}

/// The invoice lines of posted note `note` of `order`, the order lines' invoiced quantities
/// raised by them.
fn bill_note(
    note: &DeliveryNote,
    mut order: SalesOrder,
    lines: &mut Vec<InvoiceLine>,
) -> TxResult<SalesOrder> {
    let supplied = note
        .posted
        .map_or(note.created.date(), OffsetDateTime::date);
    for (number, quantity) in note.per_line() {
        let Some(line) = number.checked_sub(1).and_then(|i| order.lines.get_mut(i)) else {
            return refuse(crate::t!(
                "core-invoice-no-order-line",
                number = order.number.as_str(),
                line = number
            ));
        };
        line.invoiced += quantity;
        let mut billed = line_of(line, quantity, supplied, &order.number, order.id, number);
        billed.delivery_id = Some(note.id);
        billed.delivery_number = note.number.clone();
        lines.push(billed);
    }
    Ok(order)
}

/// An invoice line of `quantity` of order line `number` (1-based) at its price, discount
/// and VAT category, supplied on `supplied`.
pub(super) fn line_of(
    line: &OrderLine,
    quantity: Decimal,
    supplied: Date,
    order_number: &str,
    order_id: u64,
    number: usize,
) -> InvoiceLine {
    InvoiceLine {
        item_id: line.line.item_id,
        sku: line.line.sku.clone(),
        text: line.line.text.clone(),
        quantity,
        unit_price: line.line.unit_price,
        discount: line.line.discount,
        category: line.line.category.clone(),
        supplied,
        order_id: Some(order_id),
        order_number: order_number.to_string(),
        order_line: Some(number),
        delivery_id: None,
        delivery_number: String::new(),
        corrects_line: None,
    }
}

/// An invoice of the service lines (free text, no item) of order `text` not yet invoiced,
/// each supplied on its requested date, else on the order's date.
pub(super) fn from_order(
    store: &Store,
    actor: &Actor,
    text: &str,
    today: Date,
    now: OffsetDateTime,
) -> Result<Invoice, CoreError> {
    let id = order_id(store, text)?;
    let issuer = Issuer::load(store)?;
    Ok(store.transaction(|tx| {
        let mut order = tx.require::<SalesOrder>(id)?;
        if order.state != OrderState::Confirmed {
            return refuse(crate::t!(
                "core-invoice-order-not-confirmed",
                number = order.number.as_str()
            ));
        }
        let mut lines = Vec::new();
        let (number, date, order_id) = (order.number.clone(), order.date, order.id);
        for (index, line) in order.lines.iter_mut().enumerate() {
            let rest = line.open_quantity() - line.invoiced;
            if line.line.item_id.is_some() || rest <= Decimal::ZERO {
                continue;
            }
            line.invoiced += rest;
            let supplied = line.requested.unwrap_or(date);
            lines.push(line_of(line, rest, supplied, &number, order_id, index + 1));
        }
        if lines.is_empty() {
            return refuse(crate::t!(
                "core-invoice-order-nothing",
                number = number.as_str()
            ));
        }
        let customer = order.customer_id;
        let orders = BTreeMap::from([(order.id, order)]);
        let invoice = draft(tx, customer, &orders, lines, &issuer, actor, today, now)?;
        write_orders(tx, orders, now)?;
        Ok(invoice)
    })?)
}

/// Writes the orders whose invoiced quantities rose.
pub(super) fn write_orders(
    tx: &Tx,
    orders: BTreeMap<u64, SalesOrder>,
    now: OffsetDateTime,
) -> TxResult<()> {
    for (_, mut order) in orders {
        order.updated = now;
        tx.update(&mut order, None)?;
    }
    Ok(())
}

/// Issues the invoice of `lines` to customer `customer` for `orders` (one currency).
#[allow(clippy::too_many_arguments)]
pub(super) fn draft(
    tx: &Tx,
    customer: u64,
    orders: &BTreeMap<u64, SalesOrder>,
    lines: Vec<InvoiceLine>,
    issuer: &Issuer,
    actor: &Actor,
    today: Date,
    now: OffsetDateTime,
) -> TxResult<Invoice> {
    let customer = tx.require::<Customer>(customer)?;
    let mut currencies = orders.values().map(|order| order.currency);
    let Some(currency) = currencies.next() else {
        return refuse(crate::t!("core-invoice-no-delivery"));
    };
    if currencies.any(|other| other != currency) {
        return refuse(crate::t!("core-invoice-currencies"));
    }
    let mut references: Vec<&str> = Vec::new();
    for order in orders.values() {
        let reference = order.reference.trim();
        if !reference.is_empty() && !references.contains(&reference) {
            references.push(reference);
        }
    }
    let mut invoice = Invoice {
        id: 0,
        number: String::new(),
        kind: InvoiceKind::Invoice,
        customer_id: customer.id,
        customer_number: customer.number.clone(),
        seller: issuer.seller.clone(),
        letterhead: issuer.letterhead.clone(),
        buyer: buyer(&customer),
        buyer_reference: customer.buyer_reference.clone(),
        order_reference: references.join(", "),
        issue_date: today,
        currency,
        treatment: customer.tax_treatment,
        terms: customer.payment_terms().unwrap_or(issuer.terms),
        lines,
        corrects: None,
        corrects_number: String::new(),
        reason: String::new(),
        net: Decimal::ZERO,
        vat: Decimal::ZERO,
        gross: Decimal::ZERO,
        issued_by: actor.name.clone(),
        issued_at: now,
        version: 0,
    };
    write_new(tx, &mut invoice)?;
    Ok(invoice)
}

/// Checks `invoice`, stores its totals, takes its number in its series and inserts it.
pub(super) fn write_new(tx: &Tx, invoice: &mut Invoice) -> TxResult<()> {
    invoice.validate().map_err(refusal).or_else(abort)?;
    let totals = invoice
        .document()
        .totals(&RateTable::GERMANY)
        .map_err(refusal)
        .or_else(abort)?;
    invoice.net = totals.net;
    invoice.vat = totals.vat;
    invoice.gross = totals.gross;
    invoice.number = next_number(tx, invoice.kind.series(), invoice.issue_date.year())?;
    tx.insert(invoice)?;
    Ok(())
}
