//! Re-allocating reserved stock between two confirmed orders, by an explicit step that
//! names both (stock reserved for one order is never issued for another otherwise): in one
//! transaction the giving order releases what is not on a pick list and the taking order
//! reserves it for its backordered lines at the same locations; what is reserved per item
//! and location does not change.
//! Room: core.

use rust_decimal::Decimal;
use time::OffsetDateTime;

use super::CoreError;
use super::sales::refusal;
use crate::domain::Invalid;
use crate::domain::sales::SalesOrder;
use crate::store::{Store, abort};

/// Moves `quantity` of the item `code` (SKU or barcode) reserved by order `from` to order
/// `to`; returns both orders as written (giving, taking).
pub(super) fn reallocate(
    store: &Store,
    code: &str,
    quantity: Decimal,
    from: u64,
    to: u64,
    now: OffsetDateTime,
) -> Result<(SalesOrder, SalesOrder), CoreError> {
    if from == to {
        return Err(Invalid::new("to", crate::t!("core-reallocate-same")).into());
    }
    let item = store.transaction(|tx| super::stock::resolve_item(tx, code))?;
    // What the giving order's pick lists hold is read with the availability, so a pick
    // list written in between makes the transaction read again.
    let claimed = || super::delivery::claimed(store, from);
    super::reservations::guarded(store, claimed, |tx, claimed| {
        let mut giving = tx.require::<SalesOrder>(from)?;
        let mut taking = tx.require::<SalesOrder>(to)?;
        let released = giving
            .give_up_reservation(item.id, &item.sku, quantity, claimed)
            .map_err(refusal)
            .or_else(abort)?;
        taking
            .take_reservation(item.id, &item.sku, &released)
            .map_err(refusal)
            .or_else(abort)?;
        for order in [&mut giving, &mut taking] {
            order.updated = now;
            tx.update(order, None)?;
        }
        Ok((giving, taking))
    })
}
