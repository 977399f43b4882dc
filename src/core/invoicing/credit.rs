//! Credit notes (`GS-…`): the whole invoice or some of its lines (`N:QTY`), never more of a
//! line than was invoiced less what earlier credit notes took back, with a reason. The
//! credit note names the invoice and, per line, the line it corrects; its parties and
//! terms are the invoice's. Credit notes are issued one at a time per process (the store
//! has one owner), so two cannot both take back the same rest. Room: core.

use std::sync::Mutex;

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::issue::write_new;
use super::query::invoice_id;
use crate::core::{Actor, CoreError};
use crate::domain::Invalid;
use crate::domain::invoice::{Invoice, InvoiceKind, InvoiceLine};
use crate::store::Store;
use crate::store::kinds::invoice::credit_notes_of;

/// Held while a credit note is computed and written.
static CREDITING: Mutex<()> = Mutex::new(());

/// What of each line of invoice `invoice` the credit notes issued so far took back.
pub fn credited(store: &Store, invoice: &Invoice) -> Result<Vec<Decimal>, CoreError> {
    let mut taken = vec![Decimal::ZERO; invoice.lines.len()];
    for id in credit_notes_of(store, invoice.id)? {
        let note = store.require::<Invoice>(id)?;
        for line in &note.lines {
            if let Some(slot) = line
                .corrects_line
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| taken.get_mut(i))
            {
                *slot += line.quantity;
            }
        }
    }
    Ok(taken)
}

/// A credit note of invoice `text` for `lines` (1-based line, quantity; empty: everything
/// not yet credited), issued on `today` for `reason`.
pub(super) fn credit(
    store: &Store,
    actor: &Actor,
    text: &str,
    lines: &[(usize, Decimal)],
    reason: &str,
    today: Date,
    now: OffsetDateTime,
) -> Result<Invoice, CoreError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Invalid::new("reason", crate::t!("core-invoice-credit-reason")).into());
    }
    let id = invoice_id(store, text)?;
    let _one_at_a_time = CREDITING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let original = store.require::<Invoice>(id)?;
    if original.kind != InvoiceKind::Invoice {
        return Err(CoreError::Refused(crate::t!(
            "core-invoice-credit-of-credit",
            number = original.number.as_str()
        )));
    }
    let rest: Vec<Decimal> = credited(store, &original)?
        .iter()
        .zip(&original.lines)
        .map(|(taken, line)| line.quantity - taken)
        .collect();
    let wanted: Vec<(usize, Decimal)> = match lines.is_empty() {
        true => (1..=rest.len()).zip(rest.iter().copied()).collect(),
        false => lines.to_vec(),
    };
    let mut taking = vec![Decimal::ZERO; rest.len()];
    for (number, quantity) in &wanted {
        let Some(slot) = number.checked_sub(1).and_then(|i| taking.get_mut(i)) else {
            return Err(Invalid::new(
                "line",
                crate::t!(
                    "core-invoice-no-line",
                    number = original.number.as_str(),
                    line = *number
                ),
            )
            .into());
        };
        if lines.is_empty() && *quantity <= Decimal::ZERO {
            continue;
        }
        if *quantity <= Decimal::ZERO {
            return Err(Invalid::new(
                "quantity",
                crate::t!("domain-invoice-line-quantity", line = *number),
            )
            .into());
        }
        *slot += *quantity;
    }
    let mut credit_lines: Vec<InvoiceLine> = Vec::new();
    for (index, (quantity, left)) in taking.iter().zip(&rest).enumerate() {
        if *quantity > *left {
            return Err(CoreError::Refused(crate::t!(
                "core-invoice-credit-too-much",
                number = original.number.as_str(),
                line = index + 1,
                quantity = crate::lang::format::decimal(quantity.normalize()),
                rest = crate::lang::format::decimal(left.normalize())
            )));
        }
        if *quantity > Decimal::ZERO
            && let Some(line) = original.lines.get(index)
        {
            let mut line = line.clone();
            line.quantity = *quantity;
            line.corrects_line = Some(index + 1);
            credit_lines.push(line);
        }
    }
    if credit_lines.is_empty() {
        return Err(CoreError::Refused(crate::t!(
            "core-invoice-credited-fully",
            number = original.number.as_str()
        )));
    }
    let note = Invoice {
        id: 0,
        number: String::new(),
        kind: InvoiceKind::CreditNote,
        lines: credit_lines,
        corrects: Some(original.id),
        corrects_number: original.number.clone(),
        reason: reason.to_string(),
        issue_date: today,
        issued_by: actor.name.clone(),
        issued_at: now,
        version: 0,
        ..original
    };
    Ok(store.transaction(|tx| {
        let mut note = note.clone();
        write_new(tx, &mut note)?;
        Ok(note)
    })?)
}
