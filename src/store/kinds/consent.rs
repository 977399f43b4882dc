//! The consent ledger in the store: tree `consents` (bincode envelope, schema 1; append
//! only — nothing here edits or removes an event) with `consents.by_party` (party tag,
//! party id, record id), `consents.by_address` (address, record id) and
//! `consents.by_channel_address` (channel tag, address, record id); and tree
//! `consent_texts` (schema 1) with the unique `consent_texts.by_label`. The key shapes live
//! here only. Room: store.

use crate::domain::consent::{Channel, ConsentEvent, ConsentText, Party};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const CONSENTS_BY_PARTY: &str = "consents.by_party";
pub(in crate::store) const CONSENTS_BY_ADDRESS: &str = "consents.by_address";
pub(in crate::store) const CONSENTS_BY_CHANNEL_ADDRESS: &str = "consents.by_channel_address";
pub(in crate::store) const CONSENT_TEXTS_BY_LABEL: &str = "consent_texts.by_label";

fn party_key(party: Party) -> Key {
    let (tag, id) = party.key();
    Key::new().u8(tag).u64(id)
}

impl Record for ConsentEvent {
    const TREE: &'static str = "consents";
    const NAME: &'static str = "consent event";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[
        CONSENTS_BY_PARTY,
        CONSENTS_BY_ADDRESS,
        CONSENTS_BY_CHANNEL_ADDRESS,
    ];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        vec![
            IndexEntry::plain(CONSENTS_BY_PARTY, party_key(self.party), self.id),
            IndexEntry::plain(CONSENTS_BY_ADDRESS, Key::new().str(&self.address), self.id),
            IndexEntry::plain(
                CONSENTS_BY_CHANNEL_ADDRESS,
                Key::new().u8(self.channel.tag()).str(&self.address),
                self.id,
            ),
        ]
    }
}

impl Record for ConsentText {
    const TREE: &'static str = "consent_texts";
    const NAME: &'static str = "consent text";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[CONSENT_TEXTS_BY_LABEL];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        vec![IndexEntry::unique(
            CONSENT_TEXTS_BY_LABEL,
            Key::new().str(&self.label),
            self.id,
        )]
    }
}

/// Ids of the events of `party`, in id order.
pub fn consents_of_party(store: &Store, party: Party) -> StoreResult<Vec<u64>> {
    store
        .index_ids(CONSENTS_BY_PARTY, party_key(party))?
        .collect()
}

/// Ids of the events at `address` (normalized) on any channel, in id order.
pub fn consents_at_address(store: &Store, address: &str) -> StoreResult<Vec<u64>> {
    store
        .index_ids(CONSENTS_BY_ADDRESS, Key::new().str(address))?
        .collect()
}

/// Ids of the events at `address` (normalized) on `channel`, in id order.
pub fn consents_at(store: &Store, channel: Channel, address: &str) -> StoreResult<Vec<u64>> {
    store
        .index_ids(
            CONSENTS_BY_CHANNEL_ADDRESS,
            Key::new().u8(channel.tag()).str(address),
        )?
        .collect()
}

/// The consent text labelled `label`.
pub fn consent_text_id(store: &Store, label: &str) -> StoreResult<Option<u64>> {
    store.unique_id(CONSENT_TEXTS_BY_LABEL, Key::new().str(label))
}

/// The same read inside a transaction (the uniqueness check before adding a text).
pub fn consent_text_id_in(tx: &Tx, label: &str) -> TxResult<Option<u64>> {
    tx.unique_id(CONSENT_TEXTS_BY_LABEL, Key::new().str(label))
}
