//! Reading delivery notes: one by number or id, and the list — of one order or of all,
//! optionally of one state — sorted by number. Anyone who reads deliveries (the
//! warehouse, sales, agents) reads them; they carry no prices. Room: core.

use super::access::{Access, Area, require};
use super::delivery::delivery_id;
use super::{Actor, CoreError};
use crate::domain::Customer;
use crate::domain::sales::{DeliveryNote, DeliveryState};
use crate::store::Store;
use crate::store::kinds::delivery::deliveries_of;

/// A delivery note with its customer's name.
#[derive(Debug, Clone)]
pub struct DeliveryView {
    pub note: DeliveryNote,
    pub customer: String,
}

fn view(store: &Store, note: DeliveryNote) -> Result<DeliveryView, CoreError> {
    let customer = store
        .get::<Customer>(note.customer_id)?
        .map(|customer| customer.name)
        .unwrap_or_default();
    Ok(DeliveryView { note, customer })
}

/// The delivery note numbered (or with the id) `text`.
pub fn delivery(store: &Store, actor: &Actor, text: &str) -> Result<DeliveryView, CoreError> {
    require(actor, Area::Deliveries, Access::Read)?;
    let id = delivery_id(store, text)?;
    view(store, store.require::<DeliveryNote>(id)?)
}

/// The delivery notes of the order `order` (number or id; `None`: every order) in state
/// `state` (`None`: any), by number.
pub fn deliveries(
    store: &Store,
    actor: &Actor,
    order: Option<&str>,
    state: Option<DeliveryState>,
) -> Result<Vec<DeliveryView>, CoreError> {
    require(actor, Area::Deliveries, Access::Read)?;
    let mut notes: Vec<DeliveryNote> = match order {
        Some(text) => {
            let id = super::sales::order_id(store, text)?;
            let mut found = Vec::new();
            for id in deliveries_of(store, id)? {
                found.extend(store.get::<DeliveryNote>(id)?);
            }
            found
        }
        None => store.scan::<DeliveryNote>()?.collect::<Result<_, _>>()?,
    };
    notes.retain(|note| state.is_none_or(|state| note.state == state));
    notes.sort_by(|a, b| a.number.cmp(&b.number));
    notes.into_iter().map(|note| view(store, note)).collect()
}

/// One order line the warehouse may deliver now: its reserved quantity not yet on a pick
/// list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deliverable {
    pub line: usize,
    pub item_id: u64,
    pub sku: String,
    pub text: String,
    pub quantity: rust_decimal::Decimal,
}

/// The lines of the order `order` (number or id) with stock reserved and not on a pick
/// list, and the order's number — no prices, so whoever reads deliveries may ask.
pub fn deliverable(
    store: &Store,
    actor: &Actor,
    order: &str,
) -> Result<(String, Vec<Deliverable>), CoreError> {
    require(actor, Area::Deliveries, Access::Read)?;
    let id = super::sales::order_id(store, order)?;
    let order = store.require::<crate::domain::sales::SalesOrder>(id)?;
    let claimed = super::delivery::claimed(store, id)?;
    let lines = order
        .lines
        .iter()
        .enumerate()
        .filter_map(|(index, line)| {
            let item_id = line.line.item_id?;
            let taken: rust_decimal::Decimal = claimed
                .iter()
                .filter(|(number, _, _)| *number == index + 1)
                .map(|(_, _, quantity)| *quantity)
                .sum();
            let quantity = line.reserved() - taken;
            (order.state == crate::domain::sales::OrderState::Confirmed
                && quantity > rust_decimal::Decimal::ZERO)
                .then(|| Deliverable {
                    line: index + 1,
                    item_id,
                    sku: line.line.sku.clone(),
                    text: line.line.text.clone(),
                    quantity,
                })
        })
        .collect();
    Ok((order.number, lines))
}
