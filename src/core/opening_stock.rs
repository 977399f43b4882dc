//! Opening stock, posted with an items import: each row's opening quantity (the import
//! row's `QUANTITY`) is received from `supplier` at one location (the import's `LOCATION`,
//! created on first use when it is the default one) in the same journaled bulk write as the
//! items, so both are written or neither. The items are numbered anew. Room: core.

use rust_decimal::Decimal;
use time::OffsetDateTime;

use super::plain::{ImportRow, Imported};
use super::stock::resolve_location;
use super::{Actor, CoreError, Settings};
use crate::domain::location::SUPPLIER;
use crate::domain::money::parse_decimal;
use crate::domain::{Invalid, Item, StockMove};
use crate::store::{Store, StoreError, TX_BATCH};

/// The import option naming where opening stock goes.
pub const LOCATION: &str = "opening_location";
/// The field of an import row holding its opening quantity (empty: none).
pub const QUANTITY: &str = "opening_stock";

/// The opening quantity of a row: none when empty; negative is refused.
fn quantity(row: &ImportRow) -> Result<Decimal, Invalid> {
    let Some(text) = row.input.optional(QUANTITY) else {
        return Ok(Decimal::ZERO);
    };
    match parse_decimal(QUANTITY, &text)? {
        negative if negative < Decimal::ZERO => Err(Invalid::new(
            QUANTITY,
            crate::t!(
                "core-opening-negative",
                quantity = crate::lang::format::decimal(negative)
            ),
        )),
        quantity => Ok(quantity),
    }
}

/// Writes `items` with their opening receipts at `location` (see the module header).
pub(super) fn import(
    store: &Store,
    actor: &Actor,
    mut items: Vec<Item>,
    rows: &[ImportRow],
    location: &str,
    progress: &mut dyn FnMut(usize),
    now: OffsetDateTime,
) -> Result<Imported, CoreError> {
    if items.iter().any(|item| item.id != 0) {
        return Err(StoreError::Refused(crate::t!("core-opening-new-items")).into());
    }
    let quantities = rows.iter().map(quantity).collect::<Result<Vec<_>, _>>()?;
    let settings = Settings::load(store)?;
    let mut bulk = store.bulk();
    let first = bulk.reserve::<Item>(items.len() as u64)?;
    for (offset, item) in items.iter_mut().enumerate() {
        item.id = first + offset as u64;
        item.version = 1;
    }
    let location = bulk.write(|tx| resolve_location(tx, location, &settings, now))?;
    let count = quantities.iter().filter(|q| **q > Decimal::ZERO).count();
    let mut next_move = match count {
        0 => 0,
        count => bulk.reserve::<StockMove>(count as u64)?,
    };
    let mut written = 0;
    for (chunk, amounts) in items.chunks(TX_BATCH).zip(quantities.chunks(TX_BATCH)) {
        let first_move = next_move;
        bulk.write(|tx| {
            let mut move_id = first_move;
            for (item, quantity) in chunk.iter().zip(amounts) {
                tx.insert_reserved(item)?;
                if *quantity > Decimal::ZERO {
                    let opening = StockMove {
                        id: move_id,
                        item_id: item.id,
                        quantity: *quantity,
                        from: SUPPLIER.into(),
                        to: location.clone(),
                        at: now,
                        reference: "opening stock".into(),
                        agent: actor.name.clone(),
                        reverses: None,
                    };
                    tx.post_reserved_move(&opening)?;
                    move_id += 1;
                }
            }
            Ok(())
        })?;
        next_move += amounts.iter().filter(|q| **q > Decimal::ZERO).count() as u64;
        written += chunk.len();
        progress(written);
    }
    bulk.finish()?;
    Ok(Imported {
        ids: items.iter().map(|item| item.id).collect(),
        beside: count,
    })
}
