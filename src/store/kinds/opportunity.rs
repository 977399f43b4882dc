//! Opportunities in the store: tree `opportunities`, their index entries, and the typed
//! reads the core asks (a customer's, a stage's); their key shapes live here only.
//! Room: store.

use super::dedup;
use crate::domain::{Opportunity, Stage};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult};

pub(in crate::store) const BY_STAGE: &str = "opportunities.by_stage";
pub(in crate::store) const BY_CUSTOMER: &str = "opportunities.by_customer";
pub(in crate::store) const BY_CLOSE: &str = "opportunities.by_close";

impl Record for Opportunity {
    const TREE: &'static str = "opportunities";
    const NAME: &'static str = "opportunity";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_STAGE, BY_CUSTOMER, BY_CLOSE];

    id_and_version!();

    /// By stage, by customer, and by expected close date when there is one.
    fn index_entries(&self) -> Vec<IndexEntry> {
        let id = self.id;
        let mut entries = vec![
            IndexEntry::plain(BY_STAGE, Key::new().u8(self.stage as u8), id),
            IndexEntry::plain(BY_CUSTOMER, Key::new().u64(self.customer_id), id),
        ];
        if let Some(close) = self.expected_close {
            entries.push(IndexEntry::plain(BY_CLOSE, Key::new().date(close), id));
        }
        dedup(entries)
    }
}

/// Ids of a customer's opportunities, in id order.
pub fn of_customer(
    store: &Store,
    customer: u64,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + '_> {
    store.index_ids(BY_CUSTOMER, Key::new().u64(customer))
}

/// Ids of the opportunities in `stage`, in id order.
pub fn in_stage(
    store: &Store,
    stage: Stage,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + '_> {
    store.index_ids(BY_STAGE, Key::new().u8(stage as u8))
}
