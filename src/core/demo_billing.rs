//! The demo's invoicing and receivables (`demo_story` calls it last): a billing run forty
//! days ago over the history shipped by then — paid since by one payment per customer,
//! except one invoice left unpaid (overdue, for ageing and dunning) and one paid in part
//! —, then today's run over the rest of the history and the story's posted deliveries, one
//! of its invoices paid at once with the Skonto and one credited in part. Every step goes
//! through `execute` (dated with `execute_as_of` where it happened earlier). Room: core.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use time::{Date, Duration};

use super::command::execute_as_of;
use super::invoicing::{InvoiceCommand, InvoiceFilter, invoices};
use super::payment::{NewPayment, PaymentCommand};
use super::{Actor, Clock, Command, CoreError, execute};
use crate::domain::invoice::{Invoice, InvoiceKind};
use crate::store::Store;

/// How many days before the demo's today the first billing run was.
pub const FIRST_RUN_DAYS: i64 = 40;

/// What the billing added: invoices, credit notes and payments.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Billing {
    pub invoices: usize,
    pub credit_notes: usize,
    pub payments: usize,
}

/// Runs the demo's billing (see the module header).
pub fn load(store: &Store, clock: &Clock, actor: &Actor) -> Result<Billing, CoreError> {
    let mut billing = Billing::default();
    let today = clock.today();
    let then = today - Duration::days(FIRST_RUN_DAYS);
    let at = clock.now() - Duration::days(FIRST_RUN_DAYS);
    let run = Command::InvoiceRun {
        until: then,
        today: then,
    };
    execute_as_of(store, actor, run, at, clock.now())?;
    let first = issued(store, actor, then)?;
    let mut by_customer: BTreeMap<String, Vec<&Invoice>> = BTreeMap::new();
    for invoice in &first {
        by_customer
            .entry(invoice.customer_number.clone())
            .or_default()
            .push(invoice);
    }
    // The customer with the most invoices leaves their last one unpaid; the next pays
    // only half of their last one.
    let mut busiest: Vec<&String> = by_customer.keys().collect();
    busiest.sort_by_key(|number| std::cmp::Reverse(by_customer[*number].len()));
    let unpaid = busiest.first().map(|number| (*number).clone());
    let partly = busiest.get(1).map(|number| (*number).clone());
    let paid_on = today - Duration::days(FIRST_RUN_DAYS - 20);
    for (customer, mut bills) in by_customer {
        let mut allocations: Vec<(String, Option<Decimal>)> = Vec::new();
        let mut amount = Decimal::ZERO;
        if Some(&customer) == unpaid.as_ref() {
            bills.pop();
        }
        for (index, invoice) in bills.iter().enumerate() {
            let half = Some(&customer) == partly.as_ref() && index + 1 == bills.len();
            let pays = match half {
                true => (invoice.gross / Decimal::TWO).round_dp(2),
                false => invoice.gross,
            };
            amount += pays;
            allocations.push((invoice.number.clone(), half.then_some(pays)));
        }
        if allocations.is_empty() {
            continue;
        }
        pay(
            store,
            clock,
            actor,
            &customer,
            paid_on,
            amount,
            allocations,
            false,
        )?;
        billing.payments += 1;
    }
    let run = Command::InvoiceRun {
        until: today,
        today,
    };
    execute(store, clock, actor, run)?;
    let recent = issued(store, actor, today)?;
    billing.invoices = first.len() + recent.len();
    // The newest invoice is paid today, less its Skonto; the one before is credited in part.
    if let Some(invoice) = recent.last() {
        let skonto = invoice.terms.skonto_amount(invoice.gross, 2);
        let allocation = vec![(invoice.number.clone(), None)];
        let customer = invoice.customer_number.clone();
        let amount = invoice.gross - skonto;
        pay(
            store, clock, actor, &customer, today, amount, allocation, true,
        )?;
        billing.payments += 1;
    }
    if let Some(invoice) = recent.iter().rev().nth(1) {
        let credit = InvoiceCommand::Credit {
            invoice: invoice.number.clone(),
            lines: vec![(1, Decimal::ONE)],
            reason: "Eine Flasche kam zerbrochen an / one bottle arrived broken".to_string(),
            today,
        };
        execute(store, clock, actor, Command::Invoice(credit))?;
        billing.credit_notes += 1;
    }
    Ok(billing)
}

/// The invoices issued on `day`, by number.
fn issued(store: &Store, actor: &Actor, day: Date) -> Result<Vec<Invoice>, CoreError> {
    let filter = InvoiceFilter {
        customer: None,
        kind: Some(InvoiceKind::Invoice),
        from: Some(day),
        until: Some(day),
    };
    let mut found = invoices(store, actor, &filter)?;
    found.sort_by(|a, b| a.number.cmp(&b.number));
    Ok(found)
}

#[allow(clippy::too_many_arguments)]
fn pay(
    store: &Store,
    clock: &Clock,
    actor: &Actor,
    customer: &str,
    date: Date,
    amount: Decimal,
    invoices: Vec<(String, Option<Decimal>)>,
    skonto: bool,
) -> Result<(), CoreError> {
    let payment = NewPayment {
        customer: customer.to_string(),
        date,
        amount,
        reference: String::new(),
        invoices,
        skonto,
        write_off: None,
    };
    let at = clock.now() - Duration::days((clock.today() - date).whole_days());
    let command = Command::Payment(PaymentCommand::Add(payment));
    execute_as_of(store, actor, command, at, clock.now())?;
    Ok(())
}
