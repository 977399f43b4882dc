//! Supplier items, declared once: purchasing's kind (the purchasing role changes them,
//! the warehouse reads them), its field table (`fields::supplier_item`), the item and the
//! supplier references that must exist. An item or a supplier with offers refuses its
//! delete; `--force` deletes the offers too. At most one offer per item is preferred:
//! writing a preferred one clears the item's former preferred offer in the same
//! transaction (`before_write`). Lookups for purchasing and planning are
//! `core::supplier_items`. Room: core.

use time::{OffsetDateTime, UtcOffset};

use super::KindDecl;
use crate::core::Settings;
use crate::core::access::Area;
use crate::core::plain::{PlainKind, Reference, Referrer};
use crate::domain::fields::supplier_item::{TABLE, apply_edit, from_input, to_row};
use crate::domain::fields::{Input, Row};
use crate::domain::supplier_item::SupplierItem;
use crate::domain::{Invalid, Item, Supplier};
use crate::store::kinds::supplier_item as index;
use crate::store::{Store, StoreResult, Tx, TxResult};

/// Supplier items.
#[derive(Debug, Clone, Copy)]
pub struct SupplierItems;

/// The item of an offer: it must exist.
pub const ITEM: Reference<SupplierItem> = Reference {
    field: "item",
    kind: "item",
    id: |offer| offer.item_id,
    exists: |tx, id| Ok(tx.get::<Item>(id)?.is_some()),
    stored: |store, id| Ok(store.get::<Item>(id)?.is_some()),
};

/// The supplier of an offer: it must exist.
pub const SUPPLIER: Reference<SupplierItem> = Reference {
    field: "supplier",
    kind: "supplier",
    id: |offer| offer.supplier_id,
    exists: |tx, id| Ok(tx.get::<Supplier>(id)?.is_some()),
    stored: |store, id| Ok(store.get::<Supplier>(id)?.is_some()),
};

/// The offers referring to an item or a supplier: removed with it when forced.
const fn referrer(referring: fn(&Store, u64) -> StoreResult<Vec<u64>>) -> Referrer {
    Referrer {
        kind: "supplier-item",
        referring,
        remove: Some(|tx, id| tx.remove::<SupplierItem>(id).map(drop)),
    }
}

/// The offers of an item, as a referrer of items.
pub const OF_ITEM: Referrer = referrer(index::of_item);

/// The offers of a supplier, as a referrer of suppliers.
pub const OF_SUPPLIER: Referrer = referrer(index::of_supplier);

impl PlainKind for SupplierItems {
    type Record = SupplierItem;
    const DECL: &'static KindDecl = &KindDecl {
        name: "supplier-item",
        plural: "supplier-items",
        area: Area::Purchasing,
        fields: &TABLE,
        key: None,
        key_stays: false,
        deletable: true,
        search_by_key: "supplier-item-search-by",
        ops: &SupplierItems,
    };
    const REFERENCES: &'static [Reference<SupplierItem>] = &[ITEM, SUPPLIER];

    fn to_row(offer: &SupplierItem, offset: UtcOffset) -> Row {
        to_row(offer, offset)
    }

    fn from_input(
        input: &Input,
        settings: &Settings,
        _now: OffsetDateTime,
    ) -> Result<SupplierItem, Vec<Invalid>> {
        from_input(input, settings.currency)
    }

    fn apply_edit(
        offer: &mut SupplierItem,
        edit: &Input,
        settings: &Settings,
        _now: OffsetDateTime,
    ) -> Result<(), Vec<Invalid>> {
        apply_edit(offer, edit, settings.currency)
    }

    /// Offers are named by the supplier's item number.
    fn name(offer: &SupplierItem) -> &str {
        &offer.supplier_sku
    }

    /// Few offers: read them all, a supplier's item number starting with `folded`.
    fn by_name_prefix(store: &Store, folded: &str) -> StoreResult<Vec<u64>> {
        super::scan_code_or_name::<SupplierItem>(store, folded, |offer| (&offer.supplier_sku, ""))
    }

    /// A preferred offer takes the place of the item's former preferred one, which stops
    /// being preferred in the same transaction.
    fn before_write(tx: &Tx, offer: &SupplierItem) -> TxResult<()> {
        clear_preferred(tx, offer)
    }
}

/// Clears the preferred mark of the item's other preferred offer when `offer` is preferred.
pub(crate) fn clear_preferred(tx: &Tx, offer: &SupplierItem) -> TxResult<()> {
    if !offer.preferred {
        return Ok(());
    }
    let Some(holder) = index::preferred_holder(tx, offer.item_id)? else {
        return Ok(());
    };
    if holder == offer.id {
        return Ok(());
    }
    if let Some(mut former) = tx.get::<SupplierItem>(holder)? {
        former.preferred = false;
        tx.update(&mut former, None)?;
    }
    Ok(())
}
