//! Interactions in the store: tree `interactions` and their index entries. Room: store.

use super::dedup;
use crate::domain::Interaction;
use crate::domain::fold::fold;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};

pub const BY_CUSTOMER: &str = "interactions.by_customer";
pub const BY_AGENT: &str = "interactions.by_agent";
pub const BY_DUE: &str = "interactions.by_due";
/// Open follow-ups by (agent, due date): "my follow-ups" without reading anyone else's.
pub const BY_AGENT_DUE: &str = "interactions.by_agent_due";

impl Record for Interaction {
    const TREE: &'static str = "interactions";
    const NAME: &'static str = "interaction";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_CUSTOMER, BY_AGENT, BY_DUE, BY_AGENT_DUE];

    id_and_version!();

    /// By (customer, time), by (agent, time), and while the follow-up is open by due date and
    /// by (agent, due date).
    fn index_entries(&self) -> Vec<IndexEntry> {
        let id = self.id;
        let agent = fold(&self.agent);
        let mut entries = vec![
            IndexEntry::plain(
                BY_CUSTOMER,
                Key::new().u64(self.customer_id).instant(self.at),
                id,
            ),
            IndexEntry::plain(BY_AGENT, Key::new().str(&agent).instant(self.at), id),
        ];
        if let Some(due) = self.open_follow_up() {
            entries.push(IndexEntry::plain(BY_DUE, Key::new().date(due), id));
            entries.push(IndexEntry::plain(
                BY_AGENT_DUE,
                Key::new().str(&agent).date(due),
                id,
            ));
        }
        dedup(entries)
    }
}

#[cfg(test)]
mod tests {
    use std::ops::Bound;

    use time::OffsetDateTime;
    use time::macros::date;

    use super::*;
    use crate::domain::interaction::Channel;
    use crate::store::tx::META;
    use crate::store::{OpenStep, Store};

    fn call(agent: &str) -> Interaction {
        Interaction {
            id: 0,
            customer_id: 1,
            contact: String::new(),
            channel: Channel::CallIn,
            subject: "Rückruf".into(),
            body: String::new(),
            outcome: String::new(),
            duration: 0,
            agent: agent.into(),
            at: OffsetDateTime::UNIX_EPOCH,
            follow_up: Some(date!(2026 - 11 - 30)),
            follow_up_done: false,
            version: 0,
        }
    }

    #[test]
    fn a_database_indexed_before_the_agent_due_index_gets_it_filled_on_open() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            for agent in ["anna", "bernd"] {
                store.transaction(|tx| tx.insert(&mut call(agent))).unwrap();
            }
            // What an older release left: no such index, and the list it indexed with.
            store.tree(BY_AGENT_DUE).unwrap().clear().unwrap();
            let older = [BY_CUSTOMER, BY_AGENT, BY_DUE].join(",");
            let meta = store.tree(META).unwrap();
            meta.insert("indexes/interactions", older.as_bytes())
                .unwrap();
            assert_eq!(store.check().unwrap().len(), 2, "two entries missing");
            store.flush().unwrap();
        }
        let mut steps = Vec::new();
        let store = Store::open_observed(dir.path(), &mut |step| steps.push(step)).unwrap();
        assert_eq!(steps, [OpenStep::Reindexing("interactions")]);
        assert_eq!(store.check().unwrap(), Vec::new());
        // Only the new index is filled: an index the database already had is not rewritten
        // (at millions of records that is the difference between seconds and many minutes).
        store.tree(BY_AGENT).unwrap().clear().unwrap();
        let older = [BY_CUSTOMER, BY_AGENT, BY_DUE].join(",");
        store
            .tree(META)
            .unwrap()
            .insert("indexes/interactions", older.as_bytes())
            .unwrap();
        drop(store);
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.check().unwrap().len(), 2, "by_agent left as it was");
        store.reindex().unwrap();
        assert_eq!(store.check().unwrap(), Vec::new());
        let indexed: Vec<u64> = store
            .index_range(BY_AGENT_DUE, Bound::Unbounded, Bound::Unbounded)
            .unwrap()
            .map(|entry| entry.unwrap().1)
            .collect();
        assert_eq!(indexed, [1, 2]);
        drop(store);
        let mut again = Vec::new();
        Store::open_observed(dir.path(), &mut |step| again.push(step)).unwrap();
        assert_eq!(again, [], "the indexes are filled once");
    }
}
