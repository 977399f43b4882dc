//! Accounts in the store: tree `users`, the unique index `users.by_name` and the unique
//! index `users.by_fingerprint` (one entry per key, so a key belongs to one account and
//! login is a point read). Room: store.

use crate::domain::user::User;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};

pub const BY_NAME: &str = "users.by_name";
pub const BY_FINGERPRINT: &str = "users.by_fingerprint";

/// The unique key of an account name (names are lowercase already).
pub fn name_key(name: &str) -> Key {
    Key::new().str(name)
}

/// The unique key of a key fingerprint (`SHA256:…`, case matters).
pub fn fingerprint_key(fingerprint: &str) -> Key {
    Key::new().str(fingerprint)
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
