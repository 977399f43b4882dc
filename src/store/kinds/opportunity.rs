//! Opportunities in the store: tree `opportunities` and their index entries. Room: store.

use super::dedup;
use crate::domain::Opportunity;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};

pub const BY_STAGE: &str = "opportunities.by_stage";
pub const BY_CUSTOMER: &str = "opportunities.by_customer";
pub const BY_CLOSE: &str = "opportunities.by_close";

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
