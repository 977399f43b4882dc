//! Converting planned orders: planned purchase orders become draft purchase orders, one
//! per supplier with a line per planned order (the quantity planned, raised to the
//! supplier item's minimum order quantity and rounded up to its order multiple — the
//! next run counts what is more than planned as supply —, requested on the planned due
//! date, the price `core::supplier_items::price_for` that quantity on the day converted,
//! else the purchase order's default); planned production orders become
//! production orders (due and starting as planned, at the default location). The
//! converted orders leave the accepted plan — all in one transaction: either every
//! document is written and the plan shrinks, or nothing is. A bought order without a
//! supplier is refused, naming the item. Room: core.

use std::collections::BTreeMap;

use time::{Date, OffsetDateTime};

use super::super::purchase::{LineSpec, NewOrder};
use super::super::{Actor, Settings};
use super::{CoreError, Names, field, unknown_key};
use crate::domain::mrp::{OrderKind, PlannedOrder};
use crate::store::kinds::mrp_plan;
use crate::store::{Store, StoreError, abort};

/// What a conversion made: the document numbers, and the keys converted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Converted {
    /// `BE-…` numbers, one per supplier, in supplier id order.
    pub purchase_orders: Vec<String>,
    /// `FA-…` numbers, one per planned production order, in plan order.
    pub production_orders: Vec<String>,
    /// The planned orders' keys that left the plan, in plan order.
    pub keys: Vec<String>,
}

/// The planned orders to convert: those named (each must be in the plan), or every one not
/// ignored when `all`; only of `kind` when given.
fn chosen(
    orders: &[PlannedOrder],
    ignored: &[mrp_plan::Ignored],
    keys: &[String],
    all: bool,
    kind: Option<OrderKind>,
) -> Result<Vec<PlannedOrder>, CoreError> {
    for key in keys {
        if !orders.iter().any(|o| o.key == key.trim()) {
            return Err(CoreError::Refused(unknown_key(key)));
        }
    }
    Ok(orders
        .iter()
        .filter(|o| {
            keys.iter().any(|k| k.trim() == o.key) || (all && !ignored.iter().any(|i| i.matches(o)))
        })
        .filter(|o| kind.is_none_or(|kind| o.kind == kind))
        .cloned()
        .collect())
}

pub(super) fn convert(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
    today: Date,
    keys: &[String],
    all: bool,
    kind: Option<OrderKind>,
) -> Result<Converted, CoreError> {
    let orders = mrp_plan::orders(store)?;
    if orders.is_empty() && !mrp_plan::exists(store)? {
        return Err(CoreError::Refused(crate::t!("mrp-no-plan")));
    }
    let ignored = mrp_plan::ignored(store)?;
    let chosen = chosen(&orders, &ignored, keys, all, kind)?;
    if chosen.is_empty() {
        return Err(CoreError::Refused(crate::t!("mrp-convert-nothing")));
    }
    let names = Names::of_orders(store, &chosen)?;
    let mut per_supplier: BTreeMap<u64, Vec<LineSpec>> = BTreeMap::new();
    let mut made = Vec::new();
    for order in &chosen {
        let sku = names.sku(order.item).to_string();
        match (order.kind, order.supplier) {
            (OrderKind::Buy, None) => {
                return Err(CoreError::Refused(crate::t!(
                    "mrp-convert-no-supplier",
                    key = order.key.as_str(),
                    sku = sku.as_str()
                )));
            }
            (OrderKind::Buy, Some(supplier)) => {
                let offer = crate::core::supplier_items::of_item(store, order.item)?
                    .into_iter()
                    .find(|offer| offer.supplier_id == supplier);
                let quantity = offer
                    .as_ref()
                    .map_or(order.quantity, |offer| offer.order_quantity(order.quantity));
                let price = crate::core::supplier_items::price_for(
                    store, order.item, supplier, quantity, today,
                )?;
                per_supplier.entry(supplier).or_default().push(LineSpec {
                    code: sku,
                    quantity,
                    unit_price: price.map(|p| p.amount),
                    requested: Some(order.due),
                });
            }
            (OrderKind::Make, _) => made.push((sku, order)),
        }
    }
    let settings = Settings::load(store)?;
    let gone: Vec<String> = chosen.iter().map(|o| o.key.clone()).collect();
    let notes = crate::t!("mrp-convert-note");
    let converted = store.transaction(|tx| {
        if !mrp_plan::exists_in(tx)? {
            return abort(StoreError::Refused(crate::t!("mrp-no-plan")));
        }
        let mut out = Converted {
            keys: gone.clone(),
            ..Converted::default()
        };
        for (supplier, lines) in &per_supplier {
            let new = NewOrder {
                supplier: *supplier,
                lines,
                requested: None,
                notes: &notes,
                today,
            };
            let order = super::super::purchase::add_in(tx, actor, &settings, &new, now)?;
            out.purchase_orders.push(order.number);
        }
        for (sku, order) in &made {
            let location = settings.default_location.clone();
            let added = super::super::production_orders::add_in(
                tx,
                sku,
                order.quantity,
                order.due,
                Some(order.release),
                &location,
                &settings,
                now,
            )?;
            out.production_orders.push(added.number);
        }
        let what = vec![field("converted", String::new(), gone.join(", "))];
        tx.note(mrp_plan::AUDITED_AS, what);
        mrp_plan::remove_orders_in(tx, &gone)?;
        let mut ignored = mrp_plan::ignored_in(tx)?;
        let before = ignored.len();
        ignored.retain(|i| !gone.contains(&i.key));
        if ignored.len() != before {
            mrp_plan::set_ignored_in(tx, &ignored)?;
        }
        Ok(out)
    })?;
    Ok(converted)
}
