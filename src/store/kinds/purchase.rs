//! Purchase orders in the store: tree `purchase_orders` with the unique index
//! `purchase_orders.by_number` (`BE-2026-00001` → id) and the plain indexes
//! `purchase_orders.by_supplier` and `purchase_orders.by_item` (what refuses deleting a
//! supplier or an item a purchase order names). The number comes from the series counter
//! of `sales::next_number`, taken in the transaction that writes the order. Room: store.

use crate::domain::purchase::PurchaseOrder;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult};

pub(in crate::store) const BY_NUMBER: &str = "purchase_orders.by_number";
pub(in crate::store) const BY_SUPPLIER: &str = "purchase_orders.by_supplier";
pub(in crate::store) const BY_ITEM: &str = "purchase_orders.by_item";

fn number_key(number: &str) -> Key {
    Key::new().str(number.trim())
}

impl Record for PurchaseOrder {
    const TREE: &'static str = "purchase_orders";
    const NAME: &'static str = "purchase order";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_NUMBER, BY_SUPPLIER, BY_ITEM];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        let mut entries = vec![
            IndexEntry::unique(BY_NUMBER, number_key(&self.number), self.id),
            IndexEntry::plain(BY_SUPPLIER, Key::new().u64(self.supplier_id), self.id),
        ];
        let mut items: Vec<u64> = self.lines.iter().map(|line| line.item_id).collect();
        items.sort_unstable();
        items.dedup();
        entries.extend(
            items
                .into_iter()
                .map(|item| IndexEntry::plain(BY_ITEM, Key::new().u64(item), self.id)),
        );
        entries
    }
}

/// The id of the purchase order numbered `number`.
pub fn by_number(store: &Store, number: &str) -> StoreResult<Option<u64>> {
    store.unique_id(BY_NUMBER, number_key(number))
}

/// Ids of the purchase orders to supplier `supplier`, in id order.
pub fn of_supplier(store: &Store, supplier: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(BY_SUPPLIER, Key::new().u64(supplier))?
        .collect()
}

/// Ids of the purchase orders with a line of item `item`, in id order.
pub fn with_item(store: &Store, item: u64) -> StoreResult<Vec<u64>> {
    store.index_ids(BY_ITEM, Key::new().u64(item))?.collect()
}
