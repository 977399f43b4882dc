//! The outbox in the store: tree `outbox` (bincode envelope, schema 1) with
//! `outbox.by_state` (state tag, instant, record id — the instant is when a queued message
//! is due, when a sending one was handed over, when a sent or failed one ended) and
//! `outbox.by_origin` (origin kind, origin id, record id: the messages of a ticket or an
//! invoice). The key shapes live here only. Room: store.

use std::ops::Bound;

use time::OffsetDateTime;

use crate::domain::outbox::{DeliveryState, OutboxMail};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult};

pub(in crate::store) const OUTBOX_BY_STATE: &str = "outbox.by_state";
pub(in crate::store) const OUTBOX_BY_ORIGIN: &str = "outbox.by_origin";

/// The instant a message is filed under in its state.
fn state_instant(mail: &OutboxMail) -> OffsetDateTime {
    match &mail.state {
        DeliveryState::Queued | DeliveryState::Sending => mail.next_attempt_at,
        DeliveryState::Sent { at, .. } | DeliveryState::Failed { at, .. } => *at,
    }
}

impl Record for OutboxMail {
    const TREE: &'static str = "outbox";
    const NAME: &'static str = "outbox mail";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[OUTBOX_BY_STATE, OUTBOX_BY_ORIGIN];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        let state = Key::new().u8(self.state.tag()).instant(state_instant(self));
        let mut entries = vec![IndexEntry::plain(OUTBOX_BY_STATE, state, self.id)];
        if let Some(origin) = &self.origin {
            let key = Key::new().str(&origin.kind).u64(origin.id);
            entries.push(IndexEntry::plain(OUTBOX_BY_ORIGIN, key, self.id));
        }
        entries
    }
}

/// Ids of the messages in the state tagged `tag`, oldest instant first.
pub fn outbox_in_state(store: &Store, tag: u8) -> StoreResult<Vec<u64>> {
    store
        .index_ids(OUTBOX_BY_STATE, Key::new().u8(tag))?
        .collect()
}

/// Ids of the queued messages due at `now`, earliest first.
pub fn outbox_due(store: &Store, queued: u8, now: OffsetDateTime) -> StoreResult<Vec<u64>> {
    let start = Key::new().u8(queued).into_bytes();
    let end = Key::new()
        .u8(queued)
        .instant(now)
        .u64(u64::MAX)
        .into_bytes();
    store
        .index_range(
            OUTBOX_BY_STATE,
            Bound::Included(start),
            Bound::Included(end),
        )?
        .map(|entry| entry.map(|(_, id)| id))
        .collect()
}

/// Ids of the messages written for origin (`kind`, `id`), in id order.
pub fn outbox_of_origin(store: &Store, kind: &str, id: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(OUTBOX_BY_ORIGIN, Key::new().str(kind).u64(id))?
        .collect()
}
