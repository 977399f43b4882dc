//! Accounts in the store: tree `users`, the unique index `users.by_name` and the unique
//! index `users.by_fingerprint` (one entry per key, so a key belongs to one account and
//! login is a point read), read by name and by fingerprint, in a transaction too (the key
//! shapes live here only). Room: store.

use crate::domain::user::User;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const BY_NAME: &str = "users.by_name";
pub(in crate::store) const BY_FINGERPRINT: &str = "users.by_fingerprint";

/// The unique key of an account name (names are lowercase already).
fn name_key(name: &str) -> Key {
    Key::new().str(name)
}

/// The unique key of a key fingerprint (`SHA256:…`, case matters).
fn fingerprint_key(fingerprint: &str) -> Key {
    Key::new().str(fingerprint)
}

/// The account named `name`.
pub fn by_name(store: &Store, name: &str) -> StoreResult<Option<u64>> {
    store.unique_id(BY_NAME, name_key(name))
}

/// The account holding the key with this fingerprint.
pub fn by_fingerprint(store: &Store, fingerprint: &str) -> StoreResult<Option<u64>> {
    store.unique_id(BY_FINGERPRINT, fingerprint_key(fingerprint))
}

/// The account named `name`, read inside the transaction.
pub fn holder_of_name(tx: &Tx, name: &str) -> TxResult<Option<u64>> {
    tx.unique_id(BY_NAME, name_key(name))
}

/// The account holding the key with this fingerprint, read inside the transaction.
pub fn holder_of_fingerprint(tx: &Tx, fingerprint: &str) -> TxResult<Option<u64>> {
    tx.unique_id(BY_FINGERPRINT, fingerprint_key(fingerprint))
}

impl Record for User {
    const TREE: &'static str = "users";
    const NAME: &'static str = "user";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_NAME, BY_FINGERPRINT];

    id_and_version!();

    /// The name, and every key's fingerprint.
    fn index_entries(&self) -> Vec<IndexEntry> {
        let mut entries = vec![IndexEntry::unique(BY_NAME, name_key(&self.name), self.id)];
        entries.extend(self.keys.iter().map(|key| {
            IndexEntry::unique(BY_FINGERPRINT, fingerprint_key(&key.fingerprint), self.id)
        }));
        entries
    }
}
