//! Order confirmations: confirming an order (reserving stock when it is still open) issues
//! the next `Confirmation` snapshot in the same transaction — the first, or, for an order
//! changed since, one listing what changed; changing an order's promised dates, line
//! quantities (its reservation following), reference or terms; and reading an issued confirmation with everything its document
//! needs (the company's letterhead, the customer, the totals from `domain::amounts`).
//! Room: core.

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::access::{Access, Area, require};
use super::company::Company;
use super::holds::Assessor;
use super::reservations::Availability;
use super::sales::{order_id, refusal};
use super::sales_query::treatment;
use super::{Actor, CoreError};
use crate::domain::amounts::Totals;
use crate::domain::sales::{Confirmation, OrderState, SalesOrder, changes};
use crate::domain::vat::{RateTable, TaxTreatment};
use crate::domain::{Customer, Invalid};
use crate::store::{Store, StoreError, Tx, TxResult, abort};

/// What `SetOrder` changes: each `Some` replaces the order's value (empty clears it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrderEdit {
    pub reference: Option<String>,
    pub reference_date: Option<Option<Date>>,
    pub contact: Option<String>,
    pub payment: Option<String>,
    pub delivery: Option<String>,
    /// The campaign the order is attributed to (`Some(None)`: none); it must exist.
    pub campaign: Option<Option<u64>>,
}

/// Confirms the order `id` as `actor` at `now`: an open order reserves what is available
/// and gets its first confirmation; a confirmed one gets the next, refused when nothing
/// changed since the last.
pub(super) fn confirm(
    store: &Store,
    actor: &Actor,
    id: u64,
    now: OffsetDateTime,
) -> Result<SalesOrder, CoreError> {
    let read = store.require::<SalesOrder>(id)?;
    let judge = super::sales::assessor_of(store, &read)?;
    let items: Vec<u64> = read.demand().iter().map(|d| d.item).collect();
    super::reservations::with_availability_of(store, &items, |tx, availability| {
        let mut order = tx.require::<SalesOrder>(id)?;
        if order.demand().iter().any(|d| !items.contains(&d.item)) {
            // Its lines changed since they were read: read again.
            return abort(StoreError::Refused(crate::t!("core-reservations-busy")));
        }
        confirm_in(tx, &mut order, availability, &judge, actor, now)?;
        order.updated = now;
        tx.update(&mut order, None)?;
        Ok(order)
    })
}

/// Confirms `order` inside `tx`: an open order reserves what `availability` offers (what
/// cannot be reserved is cancelled when the order takes no backorders); then it is judged
/// for holds by `judge` and its next confirmation is issued.
pub(super) fn confirm_in(
    tx: &Tx,
    order: &mut SalesOrder,
    availability: &Availability,
    judge: &Assessor,
    actor: &Actor,
    now: OffsetDateTime,
) -> TxResult<()> {
    if order.state != OrderState::Confirmed {
        order
            .confirm(|item| availability.offer(item))
            .map_err(refusal)
            .or_else(abort)?;
        let customer = tx.require::<Customer>(order.customer_id)?;
        if !order.takes_backorders(&customer) {
            order.cancel_backorders(&crate::t!("core-order-backorders-cancelled"));
        }
    }
    judge.assess(order, now).or_else(abort)?;
    issue(tx, order, actor, now)
}

fn issue(tx: &Tx, order: &mut SalesOrder, actor: &Actor, now: OffsetDateTime) -> TxResult<()> {
    let customer = tx.require::<Customer>(order.customer_id)?;
    order
        .issue_confirmation(&actor.name, now, treatment(&customer), &RateTable::GERMANY)
        .map_err(refusal)
        .or_else(abort)?;
    Ok(())
}

/// Sets (or with `None` clears) the promised date of line `line` (1-based) of the order
/// `id`; refused for a cancelled order or a line it does not have.
pub(super) fn promise(
    store: &Store,
    id: u64,
    line: usize,
    date: Option<Date>,
    now: OffsetDateTime,
) -> Result<SalesOrder, CoreError> {
    change(store, id, now, |order| order.promise(line, date))
}

/// Sets the quantity of line `line` of the order `id`; a confirmed order's reservation
/// follows, in the same transaction as the availability it reads.
pub(super) fn quantity(
    store: &Store,
    id: u64,
    line: usize,
    quantity: Decimal,
    now: OffsetDateTime,
) -> Result<SalesOrder, CoreError> {
    super::reservations::with_availability(store, |tx, availability| {
        let mut order = tx.require::<SalesOrder>(id)?;
        order
            .set_quantity(line, quantity, |item| availability.offer(item))
            .map_err(refusal)
            .or_else(abort)?;
        let customer = tx.require::<Customer>(order.customer_id)?;
        order
            .document(treatment(&customer))
            .totals(&RateTable::GERMANY)
            .map_err(refusal)
            .or_else(abort)?;
        order.updated = now;
        tx.update(&mut order, None)?;
        Ok(order)
    })
}

/// Applies `edit` to the order `id`; refused for a cancelled order.
pub(super) fn set(
    store: &Store,
    id: u64,
    edit: &OrderEdit,
    now: OffsetDateTime,
) -> Result<SalesOrder, CoreError> {
    if let Some(Some(campaign)) = edit.campaign {
        store.require::<crate::domain::campaign::Campaign>(campaign)?;
    }
    change(store, id, now, |order| {
        let text = |value: &Option<String>, into: &mut String| {
            if let Some(value) = value {
                *into = value.trim().to_string();
            }
        };
        text(&edit.reference, &mut order.reference);
        text(&edit.contact, &mut order.terms.contact);
        text(&edit.payment, &mut order.terms.payment);
        text(&edit.delivery, &mut order.terms.delivery);
        if let Some(date) = edit.reference_date {
            order.reference_date = date;
        }
        if let Some(campaign) = edit.campaign {
            order.campaign = campaign;
        }
        Ok(())
    })
}

/// Changes the order `id` with `step` in one transaction, unless it is cancelled.
pub(super) fn change(
    store: &Store,
    id: u64,
    now: OffsetDateTime,
    step: impl Fn(&mut SalesOrder) -> Result<(), Invalid>,
) -> Result<SalesOrder, CoreError> {
    Ok(store.transaction(|tx| {
        let mut order = tx.require::<SalesOrder>(id)?;
        if order.state == OrderState::Cancelled {
            return abort(refusal(order.cancelled_already()));
        }
        step(&mut order).map_err(refusal).or_else(abort)?;
        order.updated = now;
        tx.update(&mut order, None)?;
        Ok(order)
    })?)
}

/// An issued confirmation with everything its document shows: the company (letterhead),
/// the order and its customer (`None` when deleted since), the confirmation, the one
/// before it (whose differences it lists) and its totals. A `draft` is what confirming
/// now would issue, not issued yet.
#[derive(Debug, Clone)]
pub struct Issued {
    pub draft: bool,
    pub company: Company,
    pub order: SalesOrder,
    pub customer: Option<Customer>,
    pub confirmation: Confirmation,
    pub previous: Option<Confirmation>,
    pub totals: Totals,
}

/// Confirmation `sequence` (default: the last) of the order numbered (or with the id)
/// `text`; needs the sales right to read.
pub fn issued(
    store: &Store,
    actor: &Actor,
    text: &str,
    sequence: Option<u32>,
) -> Result<Issued, CoreError> {
    require(actor, Area::Sales, Access::Read)?;
    let order = store.require::<SalesOrder>(order_id(store, text)?)?;
    let wanted = sequence.unwrap_or(u32::try_from(order.confirmations.len()).unwrap_or(0));
    let position = order
        .confirmations
        .iter()
        .position(|c| c.sequence == wanted)
        .ok_or_else(|| {
            let message = match order.confirmations.is_empty() {
                true => crate::t!("core-order-not-confirmed", number = order.number.as_str()),
                false => crate::t!(
                    "core-order-no-confirmation",
                    number = order.number.as_str(),
                    sequence = i64::from(wanted),
                    count = order.confirmations.len()
                ),
            };
            CoreError::from(Invalid::new("sequence", message))
        })?;
    let confirmation = order.confirmations[position].clone();
    let previous = position
        .checked_sub(1)
        .map(|before| order.confirmations[before].clone());
    let customer = store.get::<Customer>(order.customer_id)?;
    let treatment = customer.as_ref().map_or(TaxTreatment::Domestic, treatment);
    let totals = confirmation
        .document(&order, treatment)
        .totals(&RateTable::GERMANY)?;
    Ok(Issued {
        draft: false,
        company: Company::load(store)?,
        order,
        customer,
        confirmation,
        previous,
        totals,
    })
}

/// The confirmation of the order numbered (or with the id) `text` as a preview: the last
/// one issued when nothing changed since, else a draft of what confirming at `now` as
/// `actor` would issue (with the changes against the last one).
pub fn preview(
    store: &Store,
    actor: &Actor,
    text: &str,
    now: OffsetDateTime,
) -> Result<Issued, CoreError> {
    require(actor, Area::Sales, Access::Read)?;
    let order = store.require::<SalesOrder>(order_id(store, text)?)?;
    let customer = store.get::<Customer>(order.customer_id)?;
    let treatment = customer.as_ref().map_or(TaxTreatment::Domestic, treatment);
    let sequence = u32::try_from(order.confirmations.len())
        .unwrap_or(u32::MAX)
        .saturating_add(1);
    let mut next = Confirmation::of(
        &order,
        sequence,
        &actor.name,
        now,
        Decimal::ZERO,
        Decimal::ZERO,
    );
    let totals = next
        .document(&order, treatment)
        .totals(&RateTable::GERMANY)?;
    (next.net, next.gross) = (totals.net, totals.gross);
    let previous = order.confirmations.last().cloned();
    if let Some(last) = &previous
        && changes(last, &next).is_empty()
    {
        return issued(store, actor, text, None);
    }
    Ok(Issued {
        draft: true,
        company: Company::load(store)?,
        order,
        customer,
        confirmation: next,
        previous,
        totals,
    })
}
