//! Order confirmations (Auftragsbestätigungen) as issued: each confirmation of an order
//! keeps what it confirmed, line by line, with the customer's reference and the terms, so
//! a later one can list what changed against it (a confirmation that differs from the
//! order is a counter-offer, so differences must be visible). `changes` is that diff:
//! lines are compared by position (a line keeps its number for life; a fully cancelled
//! line reads as removed). Room: domain (pure).
//!
//! The fields beyond sequence, by, at, lines, net and gross were added before any
//! confirmation was ever stored (orders of schema 4 carried only empty lists), so no
//! stored bytes change meaning.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::{OrderState, SalesOrder, SalesTerms};
use crate::domain::Invalid;
use crate::domain::amounts::{self, Document};
use crate::domain::vat::{RateTable, TaxTreatment, VatCategory};

/// One line as a confirmation confirmed it: the quantity still wanted (ordered less
/// cancelled; zero for a fully cancelled line), its price, discount, VAT category, the
/// day it is supplied on (`None`: the order's date) and its promised date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmedLine {
    pub sku: String,
    pub text: String,
    pub quantity: Decimal,
    pub unit_price: Decimal,
    pub discount: Decimal,
    pub promised: Option<Date>,
    pub category: VatCategory,
    pub supplied: Option<Date>,
}

/// A confirmation issued: its sequence (1 for the first), who issued it and when, its
/// lines in order (a line's position is its 1-based number), the customer's reference and
/// the terms it stated, and its totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirmation {
    pub sequence: u32,
    pub by: String,
    pub at: OffsetDateTime,
    pub lines: Vec<ConfirmedLine>,
    pub net: Decimal,
    pub gross: Decimal,
    pub reference: String,
    pub reference_date: Option<Date>,
    pub terms: SalesTerms,
}

/// What of a line changed between two confirmations: (before, after).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineField {
    Quantity(Decimal, Decimal),
    Price(Decimal, Decimal),
    Discount(Decimal, Decimal),
    Promised(Option<Date>, Option<Date>),
}

/// Which of the order's own statements changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    Reference,
    ReferenceDate,
    Contact,
    Payment,
    Delivery,
}

/// One difference of a confirmation against the one before it. `line` is the 1-based
/// position; `sku` is the line's SKU (its text for a free-text line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Added {
        line: usize,
        sku: String,
        quantity: Decimal,
    },
    Removed {
        line: usize,
        sku: String,
    },
    Line {
        line: usize,
        sku: String,
        field: LineField,
    },
    /// A term: before and after as text (a date as ISO `2026-12-05`, empty when none).
    Term(Term, String, String),
}

impl ConfirmedLine {
    fn label(&self) -> String {
        match self.sku.is_empty() {
            true => self.text.clone(),
            false => self.sku.clone(),
        }
    }

    fn present(&self) -> bool {
        self.quantity > Decimal::ZERO
    }
}

impl Confirmation {
    /// What `order` states now, as confirmation `sequence` by `by` at `at` with the totals
    /// `net` and `gross` (from `amounts`, computed by the caller).
    pub fn of(
        order: &SalesOrder,
        sequence: u32,
        by: &str,
        at: OffsetDateTime,
        net: Decimal,
        gross: Decimal,
    ) -> Confirmation {
        let lines = order
            .lines
            .iter()
            .map(|line| ConfirmedLine {
                sku: line.line.sku.clone(),
                text: line.line.text.clone(),
                quantity: line.open_quantity(),
                unit_price: line.line.unit_price,
                discount: line.line.discount,
                promised: line.promised,
                category: line.line.category.clone(),
                supplied: line.requested,
            })
            .collect();
        Confirmation {
            sequence,
            by: by.to_string(),
            at,
            lines,
            net,
            gross,
            reference: order.reference.clone(),
            reference_date: order.reference_date,
            terms: order.terms.clone(),
        }
    }
}

impl Confirmation {
    /// The document the totals of this confirmation are computed from: its lines, in the
    /// currency of `order`, supplied on each line's date, else the order's.
    pub fn document(&self, order: &SalesOrder, treatment: TaxTreatment) -> Document {
        let lines = self
            .lines
            .iter()
            .map(|line| amounts::Line {
                supplied: line.supplied,
                ..amounts::Line::new(
                    line.quantity,
                    line.unit_price,
                    line.discount,
                    line.category.clone(),
                )
            })
            .collect();
        Document {
            currency: order.currency,
            treatment,
            date_of_supply: order.date,
            lines,
        }
    }
}

/// Every difference of `now` against `before`: lines in position order (added, removed,
/// then each changed field: quantity, price, discount, promised date), then the terms.
pub fn changes(before: &Confirmation, now: &Confirmation) -> Vec<Change> {
    let mut found = Vec::new();
    let count = before.lines.len().max(now.lines.len());
    for index in 0..count {
        let line = index + 1;
        let was = before.lines.get(index).filter(|l| l.present());
        let is = now.lines.get(index).filter(|l| l.present());
        match (was, is) {
            (None, None) => {}
            (None, Some(is)) => found.push(Change::Added {
                line,
                sku: is.label(),
                quantity: is.quantity,
            }),
            (Some(was), None) => found.push(Change::Removed {
                line,
                sku: was.label(),
            }),
            (Some(was), Some(is)) => {
                let fields = [
                    (was.quantity != is.quantity)
                        .then_some(LineField::Quantity(was.quantity, is.quantity)),
                    (was.unit_price != is.unit_price)
                        .then_some(LineField::Price(was.unit_price, is.unit_price)),
                    (was.discount != is.discount)
                        .then_some(LineField::Discount(was.discount, is.discount)),
                    (was.promised != is.promised)
                        .then_some(LineField::Promised(was.promised, is.promised)),
                ];
                found.extend(fields.into_iter().flatten().map(|field| Change::Line {
                    line,
                    sku: is.label(),
                    field,
                }));
            }
        }
    }
    let day = |date: Option<Date>| date.map(|d| d.to_string()).unwrap_or_default();
    let terms = [
        (Term::Reference, &before.reference, &now.reference),
        (Term::Contact, &before.terms.contact, &now.terms.contact),
        (Term::Payment, &before.terms.payment, &now.terms.payment),
        (Term::Delivery, &before.terms.delivery, &now.terms.delivery),
    ];
    for (term, was, is) in terms {
        if was != is {
            found.push(Change::Term(term, was.clone(), is.clone()));
        }
        if term == Term::Reference && before.reference_date != now.reference_date {
            found.push(Change::Term(
                Term::ReferenceDate,
                day(before.reference_date),
                day(now.reference_date),
            ));
        }
    }
    found
}

impl SalesOrder {
    /// Issues the next confirmation of a confirmed order as `by` at `at`, its totals
    /// computed by `amounts` for a customer taxed `treatment` with the rates of `table`.
    /// Refused unless the order is confirmed, when nothing changed since the last
    /// confirmation (naming it), and when the totals cannot be computed. Returns the
    /// confirmation issued.
    pub fn issue_confirmation(
        &mut self,
        by: &str,
        at: OffsetDateTime,
        treatment: TaxTreatment,
        table: &RateTable,
    ) -> Result<&Confirmation, Invalid> {
        if self.state != OrderState::Confirmed {
            return Err(self.cannot_confirm());
        }
        let sequence = u32::try_from(self.confirmations.len())
            .unwrap_or(u32::MAX)
            .saturating_add(1);
        let mut next = Confirmation::of(self, sequence, by, at, Decimal::ZERO, Decimal::ZERO);
        let totals = next.document(self, treatment).totals(table)?;
        (next.net, next.gross) = (totals.net, totals.gross);
        if let Some(last) = self.confirmations.last()
            && changes(last, &next).is_empty()
        {
            return Err(Invalid::new(
                "state",
                crate::t!(
                    "domain-order-confirmation-unchanged",
                    number = self.number.as_str(),
                    sequence = i64::from(last.sequence),
                    date = crate::lang::format::date(
                        crate::lang::current().zone.local(last.at).date()
                    )
                ),
            ));
        }
        self.confirmations.push(next);
        Ok(&self.confirmations[self.confirmations.len() - 1])
    }
}

#[cfg(test)]
mod tests;
