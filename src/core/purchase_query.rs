//! Reading purchase orders: one by number or id, the list (all, one supplier's, only the
//! open ones), and the open supply the MRP run counts — per order line, ordered − received
//! − short-closed with the requested date (`open_supply`, no rights checked: the core's own
//! callers; `supply` checks them). Purchase orders are kept, so a supplier or an item one
//! names is never deleted (`PURCHASES_OF_SUPPLIER`, `PURCHASES_OF_ITEM`). Reading needs the
//! right to read purchasing (purchasing, the warehouse, admins). Room: core.

use rust_decimal::Decimal;
use time::Date;

use super::access::{Access, Area, require};
use super::plain::Referrer;
use super::{Actor, CoreError};
use crate::domain::Supplier;
use crate::domain::purchase::{PurchaseOrder, PurchaseState};
use crate::store::Store;
use crate::store::kinds::purchase as index;

/// The purchase orders to a supplier.
pub const PURCHASES_OF_SUPPLIER: Referrer = Referrer {
    kind: "purchase order",
    referring: index::of_supplier,
    remove: None,
};

/// The purchase orders with a line of an item.
pub const PURCHASES_OF_ITEM: Referrer = Referrer {
    kind: "purchase order",
    referring: index::with_item,
    remove: None,
};

/// A purchase order with its supplier's name.
#[derive(Debug, Clone)]
pub struct OrderView {
    pub order: PurchaseOrder,
    pub supplier: String,
}

/// What one order line still brings: `quantity` of the item on `requested`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenSupply {
    pub item_id: u64,
    pub sku: String,
    pub quantity: Decimal,
    pub requested: Date,
    /// The order's number and the line (1-based): the reference its receipt will carry.
    pub order: String,
    pub line: usize,
    pub supplier_id: u64,
    /// Whether the order was sent (a draft is supply not yet promised).
    pub sent: bool,
}

/// The order numbered (or with the id) `text`.
pub fn order(store: &Store, actor: &Actor, text: &str) -> Result<OrderView, CoreError> {
    require(actor, Area::Purchasing, Access::Read)?;
    let id = super::purchase::order_id(store, text)?;
    view(store, store.require::<PurchaseOrder>(id)?)
}

/// Every order in number order, or those to one supplier (number or id); with `open`
/// only those still expecting something (sent or partly received).
pub fn orders(
    store: &Store,
    actor: &Actor,
    supplier: Option<&str>,
    open: bool,
) -> Result<Vec<OrderView>, CoreError> {
    require(actor, Area::Purchasing, Access::Read)?;
    let orders: Vec<PurchaseOrder> = match supplier {
        Some(text) => {
            let supplier = super::purchase::supplier_id(store, text)?;
            index::of_supplier(store, supplier)?
                .into_iter()
                .map(|id| store.require::<PurchaseOrder>(id))
                .collect::<Result<_, _>>()?
        }
        None => store.scan::<PurchaseOrder>()?.collect::<Result<_, _>>()?,
    };
    let mut views = orders
        .into_iter()
        .filter(|order| {
            !open
                || matches!(
                    order.state(),
                    PurchaseState::Sent | PurchaseState::PartlyReceived
                )
        })
        .map(|order| view(store, order))
        .collect::<Result<Vec<_>, _>>()?;
    views.sort_by(|a, b| a.order.number.cmp(&b.order.number));
    Ok(views)
}

/// The open supply of every order line with something open, by item, requested date,
/// order and line. Drafts count (flagged `sent: false`); cancelled and short-closed
/// quantities do not.
pub fn open_supply(store: &Store) -> Result<Vec<OpenSupply>, CoreError> {
    let mut supply = Vec::new();
    for order in store.scan::<PurchaseOrder>()? {
        let order = order?;
        let sent = order.sent.is_some();
        for (index, line) in order.lines.iter().enumerate() {
            let quantity = line.open();
            if quantity > Decimal::ZERO {
                supply.push(OpenSupply {
                    item_id: line.item_id,
                    sku: line.sku.clone(),
                    quantity,
                    requested: line.requested,
                    order: order.number.clone(),
                    line: index + 1,
                    supplier_id: order.supplier_id,
                    sent,
                });
            }
        }
    }
    supply.sort_by(|a, b| {
        (a.item_id, a.requested, &a.order, a.line).cmp(&(b.item_id, b.requested, &b.order, b.line))
    });
    Ok(supply)
}

/// `open_supply` for a person with the right to read purchasing, of one item (SKU or
/// barcode) or of all.
pub fn supply(
    store: &Store,
    actor: &Actor,
    item: Option<&str>,
) -> Result<Vec<OpenSupply>, CoreError> {
    require(actor, Area::Purchasing, Access::Read)?;
    let mut supply = open_supply(store)?;
    if let Some(code) = item {
        let id = match crate::store::kinds::item::id_by_code(store, code)? {
            Some(id) => id,
            None => {
                return Err(crate::domain::Invalid::new(
                    "sku",
                    crate::t!("core-no-item", code = code.trim()),
                )
                .into());
            }
        };
        supply.retain(|line| line.item_id == id);
    }
    Ok(supply)
}

fn view(store: &Store, order: PurchaseOrder) -> Result<OrderView, CoreError> {
    let supplier = store
        .get::<Supplier>(order.supplier_id)?
        .map(|supplier| supplier.name)
        .unwrap_or_default();
    Ok(OrderView { order, supplier })
}

/// A purchase order with everything its document shows: the company (letterhead), the
/// supplier (`None` when deleted since) and, per line, the supplier's own item number
/// (empty where no supplier item links the line's item to this supplier).
#[derive(Debug, Clone)]
pub struct PurchaseDocument {
    pub company: super::company::Company,
    pub order: PurchaseOrder,
    pub supplier: Option<Supplier>,
    pub supplier_skus: Vec<String>,
}

/// The document of the order numbered (or with the id) `text`; needs the right to read
/// purchasing.
pub fn document(store: &Store, actor: &Actor, text: &str) -> Result<PurchaseDocument, CoreError> {
    require(actor, Area::Purchasing, Access::Read)?;
    let id = super::purchase::order_id(store, text)?;
    let order = store.require::<PurchaseOrder>(id)?;
    let offers = super::supplier_items::of_supplier(store, order.supplier_id)?;
    let supplier_skus = order
        .lines
        .iter()
        .map(|line| {
            offers
                .iter()
                .find(|offer| offer.item_id == line.item_id)
                .map(|offer| offer.supplier_sku.clone())
                .unwrap_or_default()
        })
        .collect();
    Ok(PurchaseDocument {
        company: super::company::Company::load(store)?,
        supplier: store.get::<Supplier>(order.supplier_id)?,
        order,
        supplier_skus,
    })
}
