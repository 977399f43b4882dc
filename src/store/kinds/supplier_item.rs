//! Supplier items in the store: tree `supplier-items`, schema 1, indexed by item (the
//! offers of an item), by supplier (a supplier's price list; its delete finds them) and —
//! unique — the preferred offer of each item, keyed by the item: the one point read a
//! transaction needs to clear the old preferred offer when another becomes it. The key
//! shapes live here only. Room: store.

use super::dedup;
use crate::domain::supplier_item::SupplierItem;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const BY_ITEM: &str = "supplier-items.by_item";
pub(in crate::store) const BY_SUPPLIER: &str = "supplier-items.by_supplier";
pub(in crate::store) const PREFERRED: &str = "supplier-items.by_preferred";

impl Record for SupplierItem {
    const TREE: &'static str = "supplier-items";
    const NAME: &'static str = "supplier-item";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_ITEM, BY_SUPPLIER, PREFERRED];

    id_and_version!();

    /// By item and by supplier; by item alone (unique) when preferred.
    fn index_entries(&self) -> Vec<IndexEntry> {
        let id = self.id;
        let mut entries = vec![
            IndexEntry::plain(BY_ITEM, Key::new().u64(self.item_id), id),
            IndexEntry::plain(BY_SUPPLIER, Key::new().u64(self.supplier_id), id),
        ];
        if self.preferred {
            entries.push(IndexEntry::unique(
                PREFERRED,
                Key::new().u64(self.item_id),
                id,
            ));
        }
        dedup(entries)
    }
}

/// Ids of the offers of item `item`, in id order.
pub fn of_item(store: &Store, item: u64) -> StoreResult<Vec<u64>> {
    store.index_ids(BY_ITEM, Key::new().u64(item))?.collect()
}

/// Ids of the offers of supplier `supplier`, in id order.
pub fn of_supplier(store: &Store, supplier: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(BY_SUPPLIER, Key::new().u64(supplier))?
        .collect()
}

/// The id of the preferred offer of item `item`, if it has one.
pub fn preferred_of(store: &Store, item: u64) -> StoreResult<Option<u64>> {
    store.unique_id(PREFERRED, Key::new().u64(item))
}

/// The same, read inside a transaction (before another offer becomes the preferred one).
pub fn preferred_holder(tx: &Tx, item: u64) -> TxResult<Option<u64>> {
    tx.unique_id(PREFERRED, Key::new().u64(item))
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;
    use crate::domain::Currency;
    use crate::domain::supplier_item::PriceBreak;

    #[test]
    fn offers_are_found_by_item_supplier_and_the_preferred_one() {
        crate::store::backends::each_store(|store| {
            let offer = SupplierItem {
                id: 0,
                item_id: 4,
                supplier_id: 9,
                supplier_sku: String::new(),
                breaks: vec![PriceBreak {
                    from_qty: dec!(1),
                    price: dec!(2),
                }],
                currency: Currency::EUR,
                valid_from: None,
                valid_until: None,
                lead_days: 3,
                moq: None,
                multiple: None,
                preferred: true,
                version: 0,
            };
            let other = SupplierItem {
                supplier_id: 8,
                preferred: false,
                ..offer.clone()
            };
            for record in [&offer, &other] {
                store
                    .transaction(|tx| tx.insert(&mut record.clone()))
                    .unwrap();
            }
            assert_eq!(of_item(store, 4).unwrap(), [1, 2]);
            assert_eq!(of_supplier(store, 8).unwrap(), [2]);
            assert_eq!(preferred_of(store, 4).unwrap(), Some(1));
            assert_eq!(preferred_of(store, 9).unwrap(), None);
            let twice = store.transaction(|tx| {
                tx.insert(&mut SupplierItem {
                    preferred: true,
                    ..other.clone()
                })
            });
            assert!(twice.is_err(), "a second preferred offer is refused");
            assert_eq!(store.check().unwrap(), Vec::new());
        });
    }
}
