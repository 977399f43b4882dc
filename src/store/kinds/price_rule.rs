//! Price rules in the store: tree `price-rules`, schema 1, indexed by item (a price
//! question reads only that item's rules) and by customer (a customer's delete finds the
//! rules naming them); the key shapes live here only. Room: store.

use super::dedup;
use crate::domain::price::{PriceRule, Scope};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult};

pub(in crate::store) const BY_ITEM: &str = "price-rules.by_item";
pub(in crate::store) const BY_CUSTOMER: &str = "price-rules.by_customer";

impl Record for PriceRule {
    const TREE: &'static str = "price-rules";
    const NAME: &'static str = "price-rule";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_ITEM, BY_CUSTOMER];

    id_and_version!();

    /// By item; by customer when it is one customer's.
    fn index_entries(&self) -> Vec<IndexEntry> {
        let id = self.id;
        let mut entries = vec![IndexEntry::plain(BY_ITEM, Key::new().u64(self.item_id), id)];
        if let Scope::Customer(customer) = self.scope {
            entries.push(IndexEntry::plain(BY_CUSTOMER, Key::new().u64(customer), id));
        }
        dedup(entries)
    }
}

/// Ids of the price rules of item `item`, in id order.
pub fn of_item(store: &Store, item: u64) -> StoreResult<Vec<u64>> {
    store.index_ids(BY_ITEM, Key::new().u64(item))?.collect()
}

/// Ids of the price rules of customer `customer` alone, in id order.
pub fn of_customer(store: &Store, customer: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(BY_CUSTOMER, Key::new().u64(customer))?
        .collect()
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;
    use crate::domain::price::Adjustment;

    #[test]
    fn rules_are_found_by_item_and_by_their_customer() {
        crate::store::backends::each_store(|store| {
            let rule = PriceRule {
                id: 0,
                item_id: 4,
                scope: Scope::Customer(9),
                min_qty: dec!(1),
                adjustment: Adjustment::Price(dec!(2)),
                valid_from: None,
                valid_until: None,
                version: 0,
            };
            let everyone = PriceRule {
                scope: Scope::Everyone,
                ..rule.clone()
            };
            for record in [&rule, &everyone] {
                store
                    .transaction(|tx| tx.insert(&mut record.clone()))
                    .unwrap();
            }
            assert_eq!(of_item(store, 4).unwrap(), [1, 2]);
            assert_eq!(of_item(store, 9).unwrap(), Vec::<u64>::new());
            assert_eq!(of_customer(store, 9).unwrap(), [1]);
            assert_eq!(store.check().unwrap(), Vec::new());
        });
    }
}
