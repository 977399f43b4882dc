//! Accounts in the store: tree `users`, the unique index `users.by_name` and the unique
//! index `users.by_fingerprint` (one entry per key, so a key belongs to one account and
//! login is a point read), read by name and by fingerprint, in a transaction too (the key
//! shapes live here only); schema 2 added the account's language. Room: store.

use crate::domain::user::{User, UserKey};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, decode_payload, id_and_version};
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
    const SCHEMA: u16 = 2;
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

    fn migrate(schema: u16, payload: &[u8]) -> StoreResult<Self> {
        match schema {
            1 => decode_payload::<UserV1>(payload, Self::NAME).map(User::from),
            other => Err(crate::store::StoreError::Corrupt {
                kind: Self::NAME,
                reason: format!("unknown schema version {other}"),
            }),
        }
    }
}

/// An account as schema 1 stored it: without a language.
#[derive(serde::Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
struct UserV1 {
    id: u64,
    name: String,
    role: String,
    keys: Vec<UserKey>,
    created: time::OffsetDateTime,
    version: u64,
}

impl From<UserV1> for User {
    fn from(old: UserV1) -> User {
        User {
            id: old.id,
            name: old.name,
            role: old.role,
            keys: old.keys,
            created: old.created,
            version: old.version,
            lang: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::record::{decode, encode_with_schema};

    #[test]
    fn an_account_of_schema_1_reads_without_a_language() {
        let old = UserV1 {
            id: 7,
            name: "anna".into(),
            role: "agent".into(),
            keys: vec![UserKey {
                line: "ssh-ed25519 AAAA anna".into(),
                fingerprint: "SHA256:abc".into(),
            }],
            created: time::macros::datetime!(2026-01-10 9:00 UTC),
            version: 3,
        };
        let bytes = encode_with_schema(&old, 1, "user").unwrap();
        let user: User = decode(&bytes).unwrap();
        assert_eq!((user.id, user.name.as_str(), user.version), (7, "anna", 3));
        assert_eq!(user.keys[0].fingerprint, "SHA256:abc");
        assert_eq!(user.lang, None);
    }
}
