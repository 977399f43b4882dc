//! Interactions in the store: tree `interactions`, their index entries, and the typed
//! reads of those indexes the core asks (a customer's, an agent's, the follow-ups due by
//! a date, an agent's due by a date); their key shapes live here only. Room: store.

use std::ops::Bound;

use time::Date;

use super::dedup;
use crate::domain::Interaction;
use crate::domain::fold::fold;
use crate::domain::interaction::InteractionV1;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, decode_payload, id_and_version};
use crate::store::{IndexPosition, Store, StoreResult};

pub(in crate::store) const BY_CUSTOMER: &str = "interactions.by_customer";
pub(in crate::store) const BY_AGENT: &str = "interactions.by_agent";
pub(in crate::store) const BY_DUE: &str = "interactions.by_due";
/// Open follow-ups by (agent, due date): "my follow-ups" without reading anyone else's.
pub(in crate::store) const BY_AGENT_DUE: &str = "interactions.by_agent_due";
/// Interactions attributed to a campaign (replies to its mail), by (campaign, time).
pub(in crate::store) const BY_CAMPAIGN: &str = "interactions.by_campaign";

impl Record for Interaction {
    const TREE: &'static str = "interactions";
    const NAME: &'static str = "interaction";
    const SCHEMA: u16 = 2;
    const INDEXES: &'static [&'static str] = &[
        BY_CUSTOMER,
        BY_AGENT,
        BY_DUE,
        BY_AGENT_DUE,
        BY_CAMPAIGN,
        super::words::INTERACTIONS,
    ];

    id_and_version!();

    /// Schema 1 had no campaign.
    fn migrate(schema: u16, payload: &[u8]) -> StoreResult<Self> {
        match schema {
            1 => decode_payload::<InteractionV1>(payload, Self::NAME).map(Interaction::from),
            other => Err(crate::store::StoreError::Corrupt {
                kind: Self::NAME,
                reason: format!("unknown schema version {other}"),
            }),
        }
    }

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
        if let Some(campaign) = self.campaign {
            entries.push(IndexEntry::plain(
                BY_CAMPAIGN,
                Key::new().u64(campaign).instant(self.at),
                id,
            ));
        }
        if let Some(due) = self.open_follow_up() {
            entries.push(IndexEntry::plain(BY_DUE, Key::new().date(due), id));
            entries.push(IndexEntry::plain(
                BY_AGENT_DUE,
                Key::new().str(&agent).date(due),
                id,
            ));
        }
        entries.extend(super::words::word_entries(self));
        dedup(entries)
    }
}

/// Ids of a customer's interactions, oldest first (by time, then id).
pub fn of_customer(
    store: &Store,
    customer: u64,
) -> StoreResult<impl DoubleEndedIterator<Item = StoreResult<u64>> + '_> {
    store.index_ids(BY_CUSTOMER, Key::new().u64(customer))
}

/// A customer's interactions oldest first, each with its place in time: positions from
/// different customers compare as (time, id), so the interactions of several customers
/// merge by time without reading them.
pub fn of_customer_in_time(
    store: &Store,
    customer: u64,
) -> StoreResult<impl DoubleEndedIterator<Item = StoreResult<(IndexPosition, u64)>> + '_> {
    Ok(store
        .index_prefix(BY_CUSTOMER, Key::new().u64(customer))?
        .map(|entry| {
            let (mut key, id) = entry?;
            // Keys are (customer, time, id): past the customer's 8 bytes, (time, id).
            key.drain(..key.len().min(8));
            Ok((IndexPosition::of(key), id))
        }))
}

/// Ids of the interactions attributed to `campaign`, oldest first.
pub fn of_campaign(store: &Store, campaign: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(BY_CAMPAIGN, Key::new().u64(campaign))?
        .collect()
}

/// Ids of the interactions of the agent whose name folds to `folded`, oldest first.
pub fn of_agent<'s>(
    store: &'s Store,
    folded: &str,
) -> StoreResult<impl DoubleEndedIterator<Item = StoreResult<u64>> + use<'s>> {
    store.index_ids(BY_AGENT, Key::new().str(folded))
}

/// The open follow-ups due on or before `date`, by due date then id, each with its
/// position: after `after` (one such position) when given, else from the first.
pub fn due_by<'s>(
    store: &'s Store,
    date: Date,
    after: Option<&IndexPosition>,
) -> StoreResult<impl Iterator<Item = StoreResult<(IndexPosition, u64)>> + use<'s>> {
    let start = match after {
        Some(position) => Bound::Excluded(position.clone().into_bytes()),
        None => Bound::Unbounded,
    };
    let end = Bound::Included(Key::new().date(date).u64(u64::MAX).into_bytes());
    Ok(store
        .index_range(BY_DUE, start, end)?
        .map(|entry| entry.map(|(key, id)| (IndexPosition::of(key), id))))
}

/// Ids of the open follow-ups of the agent whose name folds to `folded` due on or before
/// `date`, by due date then id.
pub fn agent_due_by<'s>(
    store: &'s Store,
    folded: &str,
    date: Date,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + use<'s>> {
    let start = Key::new().str(folded).into_bytes();
    let end = Key::new().str(folded).date(date).u64(u64::MAX).into_bytes();
    Ok(store
        .index_range(BY_AGENT_DUE, Bound::Included(start), Bound::Included(end))?
        .map(|entry| entry.map(|(_, id)| id)))
}

#[cfg(test)]
mod tests {
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
            campaign: None,
            version: 0,
        }
    }

    #[test]
    fn a_schema_1_interaction_reads_without_a_campaign_and_is_written_as_schema_2() {
        use crate::store::record::{decode, encode_with_schema};
        let mut current = call("anna");
        current.id = 7;
        current.version = 3;
        let old = InteractionV1 {
            id: 7,
            customer_id: 1,
            contact: String::new(),
            channel: Channel::CallIn,
            subject: "Rückruf".into(),
            body: String::new(),
            outcome: String::new(),
            duration: 0,
            agent: "anna".into(),
            at: OffsetDateTime::UNIX_EPOCH,
            follow_up: Some(date!(2026 - 11 - 30)),
            follow_up_done: false,
            version: 3,
        };
        let bytes = encode_with_schema(&old, 1, "interaction").unwrap();
        let migrated: Interaction = decode(&bytes).unwrap();
        assert_eq!(migrated, current);
        assert_eq!(migrated.campaign, None);
        let mut attributed = migrated.clone();
        attributed.campaign = Some(4);
        let now = encode_with_schema(&attributed, Interaction::SCHEMA, "interaction").unwrap();
        assert_eq!(decode::<Interaction>(&now).unwrap().campaign, Some(4));
        assert!(
            attributed
                .index_entries()
                .iter()
                .any(|entry| entry.tree == BY_CAMPAIGN)
        );
    }

    /// Notes the list of indexes a release before the agent-due index wrote.
    fn indexed_as_before_the_agent_due_index(store: &Store) {
        let older = [
            BY_CUSTOMER,
            BY_AGENT,
            BY_DUE,
            super::super::words::INTERACTIONS,
        ]
        .join(",");
        store
            .tree(META)
            .unwrap()
            .insert("indexes/interactions", older.as_bytes())
            .unwrap();
    }

    #[test]
    fn a_database_indexed_before_the_agent_due_index_gets_it_filled_on_open() {
        crate::store::backends::on_both(|place| {
            {
                let store = place.open();
                for agent in ["anna", "bernd"] {
                    store.transaction(|tx| tx.insert(&mut call(agent))).unwrap();
                }
                // What an older release left: no such index, and the list it indexed with.
                store.tree(BY_AGENT_DUE).unwrap().clear().unwrap();
                indexed_as_before_the_agent_due_index(&store);
                assert_eq!(store.check().unwrap().len(), 2, "two entries missing");
                store.flush().unwrap();
            }
            let mut steps = Vec::new();
            let store = place.open_observed(&mut |step| steps.push(step));
            assert_eq!(steps, [OpenStep::Reindexing("interactions")]);
            assert_eq!(store.check().unwrap(), Vec::new());
            // Only the new index is filled: an index the database already had is not rewritten
            // (at millions of records that is the difference between seconds and many minutes).
            store.tree(BY_AGENT).unwrap().clear().unwrap();
            indexed_as_before_the_agent_due_index(&store);
            drop(store);
            let store = place.open();
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
            place.open_observed(&mut |step| again.push(step));
            assert_eq!(again, [], "the indexes are filled once");
        });
    }
}
