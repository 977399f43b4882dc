//! Mailings, their send ledger and the suppression list in the store: tree `mailings`;
//! tree `mailing_sends` with the unique `mailing_sends.by_address` (mailing id, address →
//! send id: one send per address and mailing) and `mailing_sends.by_state` (mailing id,
//! state tag, send id); tree `suppressions` with the unique `suppressions.by_address`;
//! tree `mailing_bounces` with `mailing_bounces.by_address` (address, bounce id). All
//! schema 1 but the sends (schema 2: the recipient names a lead; `mailing_schemas`). The key shapes live here only. Room: store.

use crate::domain::mailing::Mailing;
use crate::domain::mailing::bounce::MailingBounce;
use crate::domain::mailing::send::{MailingSend, Suppression};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const SENDS_BY_ADDRESS: &str = "mailing_sends.by_address";
pub(in crate::store) const SENDS_BY_STATE: &str = "mailing_sends.by_state";
pub(in crate::store) const SUPPRESSIONS_BY_ADDRESS: &str = "suppressions.by_address";
pub(in crate::store) const BOUNCES_BY_ADDRESS: &str = "mailing_bounces.by_address";

impl Record for Mailing {
    const TREE: &'static str = "mailings";
    const NAME: &'static str = "mailing";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        Vec::new()
    }
}

impl Record for MailingSend {
    const TREE: &'static str = "mailing_sends";
    const NAME: &'static str = "mailing send";
    const SCHEMA: u16 = 2;
    const INDEXES: &'static [&'static str] = &[SENDS_BY_ADDRESS, SENDS_BY_STATE];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        vec![
            IndexEntry::unique(
                SENDS_BY_ADDRESS,
                Key::new().u64(self.mailing).str(&self.address),
                self.id,
            ),
            IndexEntry::plain(
                SENDS_BY_STATE,
                Key::new().u64(self.mailing).u8(self.state.tag()),
                self.id,
            ),
        ]
    }

    fn migrate(schema: u16, payload: &[u8]) -> StoreResult<Self> {
        super::mailing_schemas::migrate_send(schema, payload)
    }
}

impl Record for Suppression {
    const TREE: &'static str = "suppressions";
    const NAME: &'static str = "suppression";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[SUPPRESSIONS_BY_ADDRESS];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        vec![IndexEntry::unique(
            SUPPRESSIONS_BY_ADDRESS,
            Key::new().str(&self.address),
            self.id,
        )]
    }
}

/// The send of `mailing` to `address` (an address key), read inside a transaction.
pub fn send_for_address_in(tx: &Tx, mailing: u64, address: &str) -> TxResult<Option<u64>> {
    tx.unique_id(SENDS_BY_ADDRESS, Key::new().u64(mailing).str(address))
}

/// Ids of the sends of `mailing` in the state tagged `tag`, in id order.
pub fn sends_in_state(store: &Store, mailing: u64, tag: u8) -> StoreResult<Vec<u64>> {
    store
        .index_ids(SENDS_BY_STATE, Key::new().u64(mailing).u8(tag))?
        .collect()
}

/// Ids of every send of `mailing`.
pub fn sends_of(store: &Store, mailing: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(SENDS_BY_STATE, Key::new().u64(mailing))?
        .collect()
}

/// The suppression of `address` (an address key), if any.
pub fn suppression_of(store: &Store, address: &str) -> StoreResult<Option<u64>> {
    store.unique_id(SUPPRESSIONS_BY_ADDRESS, Key::new().str(address))
}

/// The same read inside a transaction.
pub fn suppression_of_in(tx: &Tx, address: &str) -> TxResult<Option<u64>> {
    tx.unique_id(SUPPRESSIONS_BY_ADDRESS, Key::new().str(address))
}

impl Record for MailingBounce {
    const TREE: &'static str = "mailing_bounces";
    const NAME: &'static str = "mailing bounce";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BOUNCES_BY_ADDRESS];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        vec![IndexEntry::plain(
            BOUNCES_BY_ADDRESS,
            Key::new().str(&self.address),
            self.id,
        )]
    }
}

/// Ids of every bounce of `address` (an address key).
pub fn bounces_of(store: &Store, address: &str) -> StoreResult<Vec<u64>> {
    store
        .index_ids(BOUNCES_BY_ADDRESS, Key::new().str(address))?
        .collect()
}
