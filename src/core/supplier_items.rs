//! Supplier items for purchasing and planning: the price of a quantity of an item from a
//! supplier on a day (the break that applies then), the item's preferred offer, the offers
//! of an item or a supplier, the item and supplier a user names (SKU or barcode, supplier
//! number, else id), and the preferred offers an items import links to the suppliers of
//! its rows (`link_imported`: the price is the item's cost, else its list price; the lead
//! time the item's, else `DEFAULT_LEAD_DAYS`). The ordering constraints are the domain's
//! `SupplierItem::order_quantity`. Room: core.

use rust_decimal::Decimal;
use time::Date;

use super::access::{Access, Area, require};
use super::plain::ImportRow;
use super::{Actor, CoreError};
use crate::domain::supplier_item::{DEFAULT_LEAD_DAYS, PriceBreak, SupplierItem};
use crate::domain::{Invalid, Item, Money, Supplier};
use crate::store::kinds::{item as items, supplier as suppliers, supplier_item as index};
use crate::store::{Store, StoreResult, TX_BATCH};

/// The field of an items import row naming its supplier by number (`--supplier-column`).
pub const SUPPLIER_NUMBER: &str = "supplier_number";

/// The unit price of `quantity` of item `item_id` from supplier `supplier_id` on `day`:
/// of the supplier's offers of the item valid that day, the first (by id) with a break
/// at or below the quantity; none when no offer applies.
pub fn price_for(
    store: &Store,
    item_id: u64,
    supplier_id: u64,
    quantity: Decimal,
    day: Date,
) -> StoreResult<Option<Money>> {
    Ok(of_item(store, item_id)?
        .iter()
        .filter(|offer| offer.supplier_id == supplier_id)
        .find_map(|offer| offer.unit_price(quantity, day)))
}

/// The preferred offer of item `item_id`, if it has one.
pub fn preferred(store: &Store, item_id: u64) -> StoreResult<Option<SupplierItem>> {
    match index::preferred_of(store, item_id)? {
        Some(id) => store.get::<SupplierItem>(id),
        None => Ok(None),
    }
}

/// The offers of item `item_id`, in id order.
pub fn of_item(store: &Store, item_id: u64) -> StoreResult<Vec<SupplierItem>> {
    read(store, index::of_item(store, item_id)?)
}

/// The offers of supplier `supplier_id`, in id order.
pub fn of_supplier(store: &Store, supplier_id: u64) -> StoreResult<Vec<SupplierItem>> {
    read(store, index::of_supplier(store, supplier_id)?)
}

fn read(store: &Store, ids: Vec<u64>) -> StoreResult<Vec<SupplierItem>> {
    let mut offers = Vec::with_capacity(ids.len());
    for id in ids {
        offers.extend(store.get::<SupplierItem>(id)?);
    }
    Ok(offers)
}

/// The offers of an item or a supplier (`None`: every offer), as `actor` reads them.
pub fn list(
    store: &Store,
    actor: &Actor,
    item_id: Option<u64>,
    supplier_id: Option<u64>,
) -> Result<Vec<SupplierItem>, CoreError> {
    require(actor, Area::Purchasing, Access::Read)?;
    let offers = match (item_id, supplier_id) {
        (Some(item), _) => of_item(store, item)?,
        (None, Some(supplier)) => of_supplier(store, supplier)?,
        (None, None) => store.scan::<SupplierItem>()?.collect::<StoreResult<_>>()?,
    };
    Ok(offers
        .into_iter()
        .filter(|offer| supplier_id.is_none_or(|id| offer.supplier_id == id))
        .collect())
}

/// The item whose SKU or barcode is `text`, else whose id it is; refused naming `item`.
pub fn item(store: &Store, actor: &Actor, text: &str) -> Result<Item, CoreError> {
    require(actor, Area::Purchasing, Access::Read)?;
    let found = named::<Item>(store, items::id_by_code(store, text)?, text)?;
    found.ok_or_else(|| {
        Invalid::new(
            "item",
            crate::t!("supplier-item-no-item", text = text.trim()),
        )
        .into()
    })
}

/// The supplier whose number is `text`, else whose id it is; refused naming `supplier`.
pub fn supplier(store: &Store, actor: &Actor, text: &str) -> Result<Supplier, CoreError> {
    require(actor, Area::Purchasing, Access::Read)?;
    let found = named::<Supplier>(store, suppliers::by_number(store, text)?, text)?;
    found.ok_or_else(|| {
        Invalid::new(
            "supplier",
            crate::t!("supplier-item-no-supplier", text = text.trim()),
        )
        .into()
    })
}

/// The record `holder` (found by its key), else the one whose id `text` is.
fn named<R: crate::store::Record>(
    store: &Store,
    holder: Option<u64>,
    text: &str,
) -> StoreResult<Option<R>> {
    if let Some(record) = holder.map(|id| store.get::<R>(id)).transpose()?.flatten() {
        return Ok(Some(record));
    }
    match text.trim().parse::<u64>() {
        Ok(id) => store.get::<R>(id),
        Err(_) => Ok(None),
    }
}

/// The supplier id of each import row that names one by number (`SUPPLIER_NUMBER`),
/// checked before anything is written: an unknown number refuses the import. `None` when
/// no row names one.
pub fn suppliers_of_rows(
    store: &Store,
    actor: &Actor,
    rows: &[ImportRow],
) -> Result<Option<Vec<Option<u64>>>, CoreError> {
    if rows.iter().all(|row| !row.input.has(SUPPLIER_NUMBER)) {
        return Ok(None);
    }
    require(actor, Area::Purchasing, Access::Write)?;
    let mut ids = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    for row in rows {
        let number = row.input.text(SUPPLIER_NUMBER);
        if number.is_empty() {
            ids.push(None);
            continue;
        }
        match suppliers::by_number(store, &number)? {
            Some(id) => ids.push(Some(id)),
            None => problems.push(Invalid::new(
                "supplier",
                crate::t!("supplier-item-no-supplier", text = number),
            )),
        }
    }
    match problems.is_empty() {
        true => Ok(Some(ids)),
        false => Err(CoreError::Invalid(problems)),
    }
}

/// The preferred offer linking `item` to supplier `supplier_id`, as an import makes it.
pub fn linked_offer(item: &Item, supplier_id: u64) -> SupplierItem {
    let money = match item.cost.amount > Decimal::ZERO {
        true => item.cost,
        false => item.price,
    };
    SupplierItem {
        id: 0,
        item_id: item.id,
        supplier_id,
        supplier_sku: String::new(),
        breaks: vec![PriceBreak {
            from_qty: Decimal::ONE,
            price: money.amount,
        }],
        currency: money.currency,
        valid_from: None,
        valid_until: None,
        lead_days: match item.lead_days {
            0 => DEFAULT_LEAD_DAYS,
            days => days,
        },
        moq: None,
        multiple: item.reorder.multiple,
        preferred: true,
        version: 0,
    }
}

/// Writes the preferred offer of each imported item (`ids`, in row order) whose row named
/// a supplier (`suppliers`, from `suppliers_of_rows`); how many were written.
pub fn link_imported(
    store: &Store,
    ids: &[u64],
    suppliers: &[Option<u64>],
) -> Result<usize, CoreError> {
    let mut offers = Vec::new();
    for (id, supplier) in ids.iter().zip(suppliers) {
        if let (Some(supplier), Some(item)) = (supplier, store.get::<Item>(*id)?) {
            offers.push(linked_offer(&item, *supplier));
        }
    }
    for chunk in offers.chunks(TX_BATCH) {
        store.transaction(|tx| {
            for offer in chunk {
                let mut offer = offer.clone();
                super::kinds::supplier_item::clear_preferred(tx, &offer)?;
                tx.insert(&mut offer)?;
            }
            Ok(())
        })?;
    }
    Ok(offers.len())
}
