//! Payments received (Zahlungseingänge, `ZE-2026-00001`) and how each settles invoices.
//! A payment of one customer on one day is allocated to one or more of its invoices; each
//! allocation pays an amount and may take the invoice's Skonto or write off a small
//! remainder with a reason. What is not allocated stays on the customer's account as
//! credit. The rules (`settle`) decide one allocation from the invoice's open state:
//! Skonto only within its period (the last Skonto day inclusive) and only when the payment
//! settles the invoice's whole rest; a write-off only of a remainder up to the limit.
//! Amounts are exact; the Skonto comes from `PaymentTerms::skonto_amount` alone.
//! Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::invoice::PaymentTerms;
use super::{Currency, Invalid};

/// The part of a payment that settles one invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Allocation {
    pub invoice_id: u64,
    pub invoice_number: String,
    /// Money of the payment put on the invoice.
    pub amount: Decimal,
    /// Skonto taken (settles without money).
    pub skonto: Decimal,
    /// A small remainder written off, with its reason.
    pub write_off: Decimal,
    pub write_off_reason: String,
}

impl Allocation {
    /// What the allocation takes off the invoice's open amount.
    pub fn settles(&self) -> Decimal {
        self.amount + self.skonto + self.write_off
    }
}

/// A payment received from a customer. Invariants: `amount` ≥ 0; the allocations' amounts
/// sum to at most `amount` (the rest is credit on the customer's account); each invoice
/// at most once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    pub id: u64,
    pub number: String,
    pub customer_id: u64,
    pub customer_number: String,
    pub date: Date,
    pub currency: Currency,
    pub amount: Decimal,
    /// The bank statement's reference text.
    pub reference: String,
    pub allocations: Vec<Allocation>,
    pub recorded_by: String,
    pub recorded_at: OffsetDateTime,
    pub version: u64,
}

impl Payment {
    /// Σ the allocations' amounts (money put on invoices).
    pub fn allocated(&self) -> Decimal {
        self.allocations.iter().map(|a| a.amount).sum()
    }

    /// The money not put on an invoice: credit on the customer's account.
    pub fn unallocated(&self) -> Decimal {
        self.amount - self.allocated()
    }

    /// What the payment takes off the customer's balance: its money, the Skonto taken
    /// and the remainders written off.
    pub fn settles(&self) -> Decimal {
        self.amount
            + self
                .allocations
                .iter()
                .map(|a| a.skonto + a.write_off)
                .sum::<Decimal>()
    }

    /// Refuses a negative amount, allocations beyond the amount, an invoice twice.
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.amount.is_sign_negative() {
            return Err(Invalid::new("amount", crate::t!("domain-payment-negative")));
        }
        if self.allocated() > self.amount {
            return Err(Invalid::new(
                "amount",
                crate::t!("domain-payment-over-allocated"),
            ));
        }
        for (at, allocation) in self.allocations.iter().enumerate() {
            if self.allocations[..at]
                .iter()
                .any(|other| other.invoice_id == allocation.invoice_id)
            {
                return Err(Invalid::new(
                    "invoice",
                    crate::t!(
                        "domain-payment-invoice-twice",
                        invoice = allocation.invoice_number.clone()
                    ),
                ));
            }
        }
        Ok(())
    }
}

/// An invoice as a payment sees it: its terms and, from the receivables index, what it
/// is owed after credit notes (`owed`) and what is still open (`open`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenInvoice {
    pub id: u64,
    pub number: String,
    pub issue_date: Date,
    pub terms: PaymentTerms,
    pub currency: Currency,
    /// The gross less the credit notes correcting it: the Skonto's base.
    pub owed: Decimal,
    /// `owed` less every allocation so far (money, Skonto, write-offs).
    pub open: Decimal,
}

/// What a payment asks of one invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settle<'a> {
    /// The money to put on it; `None`: its whole rest (less Skonto), up to `available`.
    pub amount: Option<Decimal>,
    /// The payment's money not yet put on other invoices.
    pub available: Decimal,
    pub paid_on: Date,
    pub skonto: bool,
    /// Write off what remains, with this reason, up to `limit`.
    pub write_off: Option<&'a str>,
    pub limit: Decimal,
}

/// Decides the allocation of a payment to `invoice`. Refuses an invoice with nothing
/// open; Skonto without one in the terms, after its last day, or with an amount that
/// does not settle the rest; more money than is open; a write-off above the limit.
pub fn settle(invoice: &OpenInvoice, ask: &Settle) -> Result<Allocation, Invalid> {
    let number = invoice.number.as_str();
    let minor = invoice.currency.minor_units();
    let money = |value: Decimal| crate::lang::format::money(value, invoice.currency.code(), minor);
    if invoice.open <= Decimal::ZERO {
        return Err(Invalid::new(
            "invoice",
            crate::t!("domain-payment-nothing-open", invoice = number),
        ));
    }
    let skonto = match ask.skonto {
        false => Decimal::ZERO,
        true => {
            let Some(until) = invoice.terms.skonto_until(invoice.issue_date) else {
                return Err(Invalid::new(
                    "skonto",
                    crate::t!("domain-payment-no-skonto", invoice = number),
                ));
            };
            if ask.paid_on > until {
                return Err(Invalid::new(
                    "skonto",
                    crate::t!(
                        "domain-payment-skonto-late",
                        invoice = number,
                        until = crate::lang::format::date(until)
                    ),
                ));
            }
            invoice.terms.skonto_amount(invoice.owed, minor)
        }
    };
    let rest = invoice.open - skonto;
    let amount = ask.amount.unwrap_or_else(|| rest.min(ask.available));
    if amount.is_sign_negative() {
        return Err(Invalid::new("amount", crate::t!("domain-payment-negative")));
    }
    if ask.skonto && amount != rest {
        return Err(Invalid::new(
            "skonto",
            crate::t!(
                "domain-payment-skonto-whole",
                invoice = number,
                rest = money(rest),
                skonto = money(skonto)
            ),
        ));
    }
    if amount > rest {
        return Err(Invalid::new(
            "amount",
            crate::t!(
                "domain-payment-more-than-open",
                invoice = number,
                open = money(rest)
            ),
        ));
    }
    let remainder = rest - amount;
    let (write_off, reason) = match ask.write_off {
        Some(reason) if remainder > Decimal::ZERO => {
            if reason.trim().is_empty() {
                return Err(Invalid::new(
                    "write-off",
                    crate::t!("domain-payment-write-off-reason"),
                ));
            }
            if remainder > ask.limit {
                return Err(Invalid::new(
                    "write-off",
                    crate::t!(
                        "domain-payment-write-off-limit",
                        invoice = number,
                        rest = money(remainder),
                        limit = money(ask.limit)
                    ),
                ));
            }
            (remainder, reason.trim().to_string())
        }
        _ => (Decimal::ZERO, String::new()),
    };
    if amount.is_zero() && skonto.is_zero() && write_off.is_zero() {
        return Err(Invalid::new(
            "amount",
            crate::t!("domain-payment-nothing-left", invoice = number),
        ));
    }
    Ok(Allocation {
        invoice_id: invoice.id,
        invoice_number: invoice.number.clone(),
        amount,
        skonto,
        write_off,
        write_off_reason: reason,
    })
}

/// The ageing bucket of an amount due on `due` as of `today`: 0 not yet due, 1 for 1–30
/// days overdue, 2 for 31–60, 3 for 61–90, 4 for more than 90.
pub fn ageing_bucket(due: Date, today: Date) -> usize {
    let overdue = (today - due).whole_days();
    match overdue {
        i64::MIN..=0 => 0,
        1..=30 => 1,
        31..=60 => 2,
        61..=90 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests;
