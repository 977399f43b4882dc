//! Recording a payment (`kontor payment add`): a customer's money on a day, allocated to
//! invoices named by number — each with an amount or, without one, its rest (less Skonto
//! when taken) up to what the payment has left. The rules are `domain::payment::settle`;
//! the invoices' open amounts are read inside the transaction that writes the payment
//! (point reads of the receivables indexes), so two payments cannot both settle the same
//! rest. What is not allocated stays on the account as credit. The number (`ZE-…`) comes
//! from its series in the same transaction. Needs the receivables right. Room: core.

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::{Actor, CoreError};
use crate::domain::invoice::{Invoice, InvoiceKind};
use crate::domain::payment::{OpenInvoice, Payment, Settle, settle};
use crate::domain::sales::Series;
use crate::domain::{Customer, Invalid};
use crate::store::kinds::invoice::invoice_by_number;
use crate::store::kinds::receivable::invoice_figures_in;
use crate::store::kinds::sales::next_number;
use crate::store::{Store, abort};

/// Changes to payments.
#[derive(Debug, Clone)]
pub enum PaymentCommand {
    Add(NewPayment),
}

impl PaymentCommand {
    pub fn name(&self) -> &'static str {
        match self {
            Self::Add(_) => "Add",
        }
    }
}

/// A payment as asked for: the customer by number or id, the invoices by number each with
/// an amount or `None` (its rest).
#[derive(Debug, Clone)]
pub struct NewPayment {
    pub customer: String,
    pub date: Date,
    pub amount: Decimal,
    pub reference: String,
    pub invoices: Vec<(String, Option<Decimal>)>,
    /// Take each invoice's Skonto.
    pub skonto: bool,
    /// Write off each invoice's remainder (up to the limit) with this reason.
    pub write_off: Option<String>,
}

pub fn execute(
    store: &Store,
    actor: &Actor,
    command: PaymentCommand,
    now: OffsetDateTime,
) -> Result<Payment, CoreError> {
    match command {
        PaymentCommand::Add(new) => add(store, actor, new, now),
    }
}

/// The customer whose number is `text`, else whose id it is.
pub fn customer(store: &Store, text: &str) -> Result<Customer, CoreError> {
    let id = match crate::store::kinds::customer::by_number(store, text)? {
        Some(id) => Some(id),
        None => text.trim().parse::<u64>().ok(),
    };
    match id {
        Some(id) => store.get::<Customer>(id)?,
        None => None,
    }
    .ok_or_else(|| {
        Invalid::new(
            "customer",
            crate::t!("core-payment-no-customer", text = text.trim()),
        )
        .into()
    })
}

/// The invoice or credit note numbered `number`; refused naming the number when none is.
pub(super) fn numbered(store: &Store, number: &str) -> Result<Invoice, CoreError> {
    let unknown = || -> CoreError {
        Invalid::new(
            "invoice",
            crate::t!("core-payment-no-invoice", invoice = number.trim()),
        )
        .into()
    };
    let id = invoice_by_number(store, number)?.ok_or_else(unknown)?;
    store.get::<Invoice>(id)?.ok_or_else(unknown)
}

/// The invoice numbered `number` of `customer` (not a credit note).
fn invoice_of(store: &Store, customer: &Customer, number: &str) -> Result<Invoice, CoreError> {
    let invoice = numbered(store, number)?;
    if invoice.kind != InvoiceKind::Invoice {
        return Err(Invalid::new(
            "invoice",
            crate::t!("core-payment-credit-note", invoice = invoice.number.clone()),
        )
        .into());
    }
    if invoice.customer_id != customer.id {
        return Err(Invalid::new(
            "invoice",
            crate::t!(
                "core-payment-other-customer",
                invoice = invoice.number.clone(),
                customer = customer.name.clone()
            ),
        )
        .into());
    }
    Ok(invoice)
}

fn add(
    store: &Store,
    actor: &Actor,
    new: NewPayment,
    now: OffsetDateTime,
) -> Result<Payment, CoreError> {
    let customer = customer(store, &new.customer)?;
    let mut invoices = Vec::new();
    for (number, amount) in &new.invoices {
        invoices.push((invoice_of(store, &customer, number)?, *amount));
    }
    let currency = match invoices.first() {
        Some((invoice, _)) => invoice.currency,
        None => super::Settings::load(store)?.currency,
    };
    if let Some((other, _)) = invoices.iter().find(|(i, _)| i.currency != currency) {
        return Err(Invalid::new(
            "invoice",
            crate::t!(
                "core-payment-currencies",
                invoice = other.number.clone(),
                currency = currency.code()
            ),
        )
        .into());
    }
    let too_fine = |amount: &Decimal| amount.scale() > currency.minor_units();
    let allocated = invoices.iter().filter_map(|(_, amount)| amount.as_ref());
    if new.amount.is_sign_negative() || too_fine(&new.amount) || allocated.into_iter().any(too_fine)
    {
        return Err(Invalid::new("amount", crate::t!("core-payment-amount")).into());
    }
    let limit = super::receivables::write_off_limit(store)?;
    let recorded = store.transaction(|tx| {
        let mut payment = Payment {
            id: 0,
            number: String::new(),
            customer_id: customer.id,
            customer_number: customer.number.clone(),
            date: new.date,
            currency,
            amount: new.amount,
            reference: new.reference.trim().to_string(),
            allocations: Vec::new(),
            recorded_by: actor.name.clone(),
            recorded_at: now,
            version: 0,
        };
        let mut available = new.amount;
        for (invoice, amount) in &invoices {
            let (owed, settled) = invoice_figures_in(tx, customer.id, currency, invoice.id)?;
            let open = OpenInvoice {
                id: invoice.id,
                number: invoice.number.clone(),
                issue_date: invoice.issue_date,
                terms: invoice.terms,
                currency,
                owed,
                open: owed - settled,
            };
            let ask = Settle {
                amount: *amount,
                available,
                paid_on: new.date,
                skonto: new.skonto,
                write_off: new.write_off.as_deref(),
                limit,
            };
            let allocation = settle(&open, &ask).or_else(abort)?;
            available -= allocation.amount;
            payment.allocations.push(allocation);
        }
        payment.validate().or_else(abort)?;
        payment.number = next_number(tx, Series::Payment, new.date.year())?;
        tx.insert(&mut payment)?;
        Ok(payment)
    })?;
    Ok(recorded)
}

/// The payments of `customer` (all with `None`), newest first.
pub fn payments(
    store: &Store,
    actor: &Actor,
    customer: Option<u64>,
) -> Result<Vec<Payment>, CoreError> {
    super::access::require(
        actor,
        super::access::Area::Receivables,
        super::access::Access::Read,
    )?;
    let mut found: Vec<Payment> = match customer {
        Some(customer) => {
            let mut found = Vec::new();
            for id in crate::store::kinds::payment::payments_of(store, customer)? {
                found.extend(store.get::<Payment>(id)?);
            }
            found
        }
        None => store.scan::<Payment>()?.collect::<Result<_, _>>()?,
    };
    found.sort_by_key(|p| std::cmp::Reverse((p.date, p.id)));
    Ok(found)
}
