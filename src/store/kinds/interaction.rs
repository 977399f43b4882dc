//! Interactions in the store: tree `interactions` and their index entries. Room: store.

use super::dedup;
use crate::domain::Interaction;
use crate::domain::fold::fold;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};

pub const BY_CUSTOMER: &str = "interactions.by_customer";
pub const BY_AGENT: &str = "interactions.by_agent";
pub const BY_DUE: &str = "interactions.by_due";

impl Record for Interaction {
    const TREE: &'static str = "interactions";
    const NAME: &'static str = "interaction";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_CUSTOMER, BY_AGENT, BY_DUE];

    id_and_version!();

    /// By (customer, time), by (agent, time), and by due date while the follow-up is open.
    fn index_entries(&self) -> Vec<IndexEntry> {
        let id = self.id;
        let mut entries = vec![
            IndexEntry::plain(
                BY_CUSTOMER,
                Key::new().u64(self.customer_id).instant(self.at),
                id,
            ),
            IndexEntry::plain(
                BY_AGENT,
                Key::new().str(&fold(&self.agent)).instant(self.at),
                id,
            ),
        ];
        if let Some(due) = self.open_follow_up() {
            entries.push(IndexEntry::plain(BY_DUE, Key::new().date(due), id));
        }
        dedup(entries)
    }
}
