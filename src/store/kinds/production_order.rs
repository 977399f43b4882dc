//! Production orders in the store: tree `production_orders` (schema 1) with the unique
//! index `production_orders.by_number` (`FA-2026-00001` → id) and
//! `production_orders.open` (item id, order id) holding only the orders with something
//! open — the scheduled receipts planning reads without walking closed orders. The key
//! shapes live here only; numbers come from `sales::next_number` (series `FA`). Room: store.

use crate::domain::production_order::ProductionOrder;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const BY_NUMBER: &str = "production_orders.by_number";
pub(in crate::store) const OPEN: &str = "production_orders.open";

fn number_key(number: &str) -> Key {
    Key::new().str(&number.trim().to_uppercase())
}

/// The id of the production order numbered `number` (any case).
pub fn by_number(store: &Store, number: &str) -> StoreResult<Option<u64>> {
    store.unique_id(BY_NUMBER, number_key(number))
}

/// `by_number` inside a transaction.
pub fn by_number_in(tx: &Tx, number: &str) -> TxResult<Option<u64>> {
    tx.unique_id(BY_NUMBER, number_key(number))
}

/// Ids of the orders with something open, by item, then id.
pub fn open_ids(store: &Store) -> StoreResult<Vec<u64>> {
    store.index_ids(OPEN, Key::new())?.collect()
}

impl Record for ProductionOrder {
    const TREE: &'static str = "production_orders";
    const NAME: &'static str = "production order";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_NUMBER, OPEN];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        let mut entries = vec![IndexEntry::unique(
            BY_NUMBER,
            number_key(&self.number),
            self.id,
        )];
        if self.is_open() {
            entries.push(IndexEntry::plain(
                OPEN,
                Key::new().u64(self.item_id),
                self.id,
            ));
        }
        entries
    }
}
