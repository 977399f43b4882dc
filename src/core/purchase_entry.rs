//! What purchase order entry asks while lines are typed: the supplier a number or id
//! names, and the lines priced and dated exactly as saving them would (`resolve_lines` of
//! `core::purchase`: a typed price kept, else the preferred offer's break for the
//! quantity, else the item's cost; a typed date kept, else the order's, else today plus
//! the item's lead days) — in a transaction that writes nothing. Reading needs the right
//! to read purchasing. Room: core.

use time::Date;

use super::access::{Access, Area, require};
use super::purchase::{LineSpec, resolve_lines, supplier_id};
use super::{Actor, CoreError, Settings};
use crate::domain::purchase::PurchaseLine;
use crate::domain::{Currency, Supplier};
use crate::store::Store;

/// The supplier `text` names: its number or id.
pub fn supplier(store: &Store, actor: &Actor, text: &str) -> Result<Supplier, CoreError> {
    require(actor, Area::Purchasing, Access::Read)?;
    let id = supplier_id(store, text)?;
    Ok(store.require::<Supplier>(id)?)
}

/// `specs` priced and dated for supplier `supplier` (an id) as a new order would take
/// them, with the order's currency; every problem at once.
pub fn price(
    store: &Store,
    actor: &Actor,
    supplier: u64,
    specs: &[LineSpec],
    requested: Option<Date>,
    today: Date,
) -> Result<(Vec<PurchaseLine>, Currency), CoreError> {
    require(actor, Area::Purchasing, Access::Read)?;
    let currency = Settings::load(store)?.currency;
    let lines = store.transaction(|tx| {
        let supplier = tx.require::<Supplier>(supplier)?;
        resolve_lines(tx, &supplier, specs, requested, today, currency)
    })?;
    Ok((lines, currency))
}
