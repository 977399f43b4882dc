//! Deliveries (Lieferscheine) of confirmed orders: one transaction takes the delivery's
//! gapless number (`LS-2026-00001`), moves each delivered quantity out of the internal
//! locations holding the item to the virtual `customer` location — every move's reference
//! is `<delivery> <order>/<line>` — and raises the lines' delivered quantities while
//! lowering their reservations. Run under `reservations::with_availability`, so a
//! delivery and a confirmation or posting never read stale stock. The delivery is stored
//! as its moves plus the order lines' delivered quantities; there is no delivery record.
//! Room: core.

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::stock::{Posted, post};
use super::{Actor, CoreError, Settings};
use crate::domain::location::{CUSTOMER, location_key};
use crate::domain::sales::{SalesOrder, Series};
use crate::domain::{Customer, Item, StockMove};
use crate::store::kinds::sales::next_number;
use crate::store::{Store, abort};

/// Delivers order `order` (number or id): `lines` are (1-based line, quantity); empty
/// delivers everything reserved. `today` dates the delivery's number.
#[derive(Debug, Clone)]
pub struct DeliveryCommand {
    pub order: String,
    pub lines: Vec<(usize, Decimal)>,
    pub today: Date,
}

/// A posted delivery: its number, the order after it and the moves posted.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub number: String,
    pub order: SalesOrder,
    pub moves: Vec<Posted>,
}

/// Posts the delivery as `actor` at `now`.
pub fn execute(
    store: &Store,
    actor: &Actor,
    command: DeliveryCommand,
    now: OffsetDateTime,
) -> Result<Delivery, CoreError> {
    let settings = Settings::load(store)?;
    let id = super::sales::order_id(store, &command.order)?;
    // Where stock lies, read before the transaction (reading the store inside it would
    // wait on the transaction's own locks); the quantities are read again inside it.
    let held = store.balances(None)?;
    let delivery = super::reservations::with_availability(store, |tx, _| {
        let mut order = tx.require::<SalesOrder>(id)?;
        let customer = tx.require::<Customer>(order.customer_id)?;
        let taken = order
            .deliver(&command.lines, customer.partial_deliveries)
            .map_err(super::sales::refusal)
            .or_else(abort)?;
        let number = next_number(tx, Series::Delivery, command.today.year())?;
        let mut moves = Vec::new();
        for (index, quantity) in taken {
            let Some(item_id) = order.lines.get(index).and_then(|l| l.line.item_id) else {
                continue;
            };
            let item = tx.require::<Item>(item_id)?;
            let reference = format!("{number} {}/{}", order.number, index + 1);
            let mut left = quantity;
            let mut sources: Vec<(String, Decimal)> = Vec::new();
            for balance in held.iter().filter(|b| b.item_id == item_id) {
                let on_hand = tx.balance(item_id, &balance.location)?;
                if left > Decimal::ZERO && on_hand > Decimal::ZERO {
                    let take = left.min(on_hand);
                    sources.push((balance.location.clone(), take));
                    left -= take;
                }
            }
            if left > Decimal::ZERO {
                // Not enough on hand anywhere: `post` refuses, naming the shortfall.
                sources.push((location_key(&settings.default_location), left));
            }
            for (from, take) in sources {
                let stock_move = StockMove {
                    id: 0,
                    item_id,
                    quantity: take,
                    from,
                    to: CUSTOMER.to_string(),
                    at: now,
                    reference: reference.clone(),
                    agent: actor.name.clone(),
                    reverses: None,
                };
                moves.push(post(tx, item.clone(), stock_move, false)?);
            }
        }
        order.updated = now;
        tx.update(&mut order, None)?;
        Ok(Delivery {
            number,
            order,
            moves,
        })
    })?;
    store.flush()?;
    Ok(delivery)
}
