//! Delivery notes (Lieferscheine) in the store: tree `deliveries` with the unique index
//! `deliveries.by_number` (`LS-2026-00001` → id) and `deliveries.by_order` (order id,
//! record id) — the key shapes live here only. Their numbers come from the `LS` series
//! counter (`sales::next_number`), taken in the transaction that writes the note. Room:
//! store.

use crate::domain::sales::DeliveryNote;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult};

pub(in crate::store) const DELIVERIES_BY_NUMBER: &str = "deliveries.by_number";
pub(in crate::store) const DELIVERIES_BY_ORDER: &str = "deliveries.by_order";

fn number_key(number: &str) -> Key {
    Key::new().str(number.trim())
}

fn order_key(order: u64) -> Key {
    Key::new().u64(order)
}

impl Record for DeliveryNote {
    const TREE: &'static str = "deliveries";
    const NAME: &'static str = "delivery note";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[DELIVERIES_BY_NUMBER, DELIVERIES_BY_ORDER];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        vec![
            IndexEntry::unique(DELIVERIES_BY_NUMBER, number_key(&self.number), self.id),
            IndexEntry::plain(DELIVERIES_BY_ORDER, order_key(self.order_id), self.id),
        ]
    }
}

/// The id of the delivery note numbered `number`.
pub fn delivery_by_number(store: &Store, number: &str) -> StoreResult<Option<u64>> {
    store.unique_id(DELIVERIES_BY_NUMBER, number_key(number))
}

/// Ids of the delivery notes of order `order`, in id order.
pub fn deliveries_of(store: &Store, order: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(DELIVERIES_BY_ORDER, order_key(order))?
        .collect()
}
