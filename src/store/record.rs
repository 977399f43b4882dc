//! The `Record` trait: what the store needs to know about a kind of record — its tree, its
//! schema version, its index entries and how to read older schema versions — and the
//! versioned envelope every record is stored in. Room: store.
//!
//! Envelope: `[format u8 = 1][schema version u16 BE][bincode 2 (serde, standard) payload]`.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::error::{StoreError, StoreResult};

/// The envelope format byte written by this release.
pub const FORMAT: u8 = 1;

/// One entry a record contributes to a secondary index tree.
///
/// A non-unique entry has the id at the end of `key` and an empty `value`; a unique entry
/// has the indexed value alone as `key` and the id as `value`. A summed entry (`summed`)
/// has no id in its key: the tree holds, per key, the sum of the figures (`value`, 16-byte
/// decimals) every record contributes there (`sums`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IndexEntry {
    pub tree: &'static str,
    pub key: Vec<u8>,
    pub value: Vec<u8>,
    pub unique: bool,
    pub summed: bool,
}

impl IndexEntry {
    pub(super) fn plain(tree: &'static str, key: super::keys::Key, id: u64) -> IndexEntry {
        IndexEntry {
            tree,
            key: key.u64(id).into_bytes(),
            value: Vec::new(),
            unique: false,
            summed: false,
        }
    }

    pub(super) fn unique(tree: &'static str, key: super::keys::Key, id: u64) -> IndexEntry {
        IndexEntry {
            tree,
            key: key.into_bytes(),
            value: super::keys::id_bytes(id).to_vec(),
            unique: true,
            summed: false,
        }
    }

    /// The record's share `figures` of the sums kept under `key` in `tree`.
    pub(super) fn summed(
        tree: &'static str,
        key: super::keys::Key,
        figures: &[rust_decimal::Decimal],
    ) -> IndexEntry {
        IndexEntry {
            tree,
            key: key.into_bytes(),
            value: super::sums::encode(figures),
            unique: false,
            summed: true,
        }
    }
}

/// A kind of record kept in its own tree, keyed by id.
pub trait Record: Serialize + DeserializeOwned + Clone + Send + 'static {
    /// Tree name, plural (`customers`); also the kind's name in messages.
    const TREE: &'static str;
    /// Singular name for messages (`customer 42 does not exist`).
    const NAME: &'static str;
    /// Current schema version of the payload.
    const SCHEMA: u16;
    /// Names of this kind's index trees.
    const INDEXES: &'static [&'static str];

    fn id(&self) -> u64;
    fn set_id(&mut self, id: u64);
    /// Change counter, or 0 for kinds that are never edited.
    fn version(&self) -> u64;
    fn set_version(&mut self, version: u64);

    /// The one function that computes this record's index entries. Writes, `check` and
    /// `reindex` all use it.
    fn index_entries(&self) -> Vec<IndexEntry>;

    /// Reads a payload written with an older schema version. Kinds that never changed keep
    /// the default, which refuses.
    fn migrate(schema: u16, payload: &[u8]) -> StoreResult<Self> {
        let _ = payload;
        Err(StoreError::Corrupt {
            kind: Self::NAME,
            reason: format!("unknown schema version {schema}"),
        })
    }
}

/// The `Record` accessors of a record with plain `id` and `version` fields.
macro_rules! id_and_version {
    () => {
        fn id(&self) -> u64 {
            self.id
        }
        fn set_id(&mut self, id: u64) {
            self.id = id;
        }
        fn version(&self) -> u64 {
            self.version
        }
        fn set_version(&mut self, version: u64) {
            self.version = version;
        }
    };
}
pub(crate) use id_and_version;

fn config() -> bincode::config::Configuration {
    bincode::config::standard()
}

/// Wraps a record in the envelope of the current schema.
pub fn encode<T: Record>(record: &T) -> StoreResult<Vec<u8>> {
    encode_with_schema(record, T::SCHEMA, T::NAME)
}

/// Wraps any serializable payload in an envelope with the given schema version.
pub fn encode_with_schema<P: Serialize>(
    payload: &P,
    schema: u16,
    kind: &'static str,
) -> StoreResult<Vec<u8>> {
    let mut bytes = vec![FORMAT];
    bytes.extend_from_slice(&schema.to_be_bytes());
    let body =
        bincode::serde::encode_to_vec(payload, config()).map_err(|error| StoreError::Corrupt {
            kind,
            reason: error.to_string(),
        })?;
    bytes.extend_from_slice(&body);
    Ok(bytes)
}

/// Reads a payload of exactly this type (no migration).
pub fn decode_payload<P: DeserializeOwned>(payload: &[u8], kind: &'static str) -> StoreResult<P> {
    bincode::serde::decode_from_slice(payload, config())
        .map(|(value, _)| value)
        .map_err(|error| StoreError::Corrupt {
            kind,
            reason: error.to_string(),
        })
}

/// Opens the envelope, migrating older schema versions to the current one.
pub fn decode<T: Record>(bytes: &[u8]) -> StoreResult<T> {
    let (schema, payload) = split_envelope(bytes, T::NAME)?;
    match schema {
        s if s == T::SCHEMA => decode_payload(payload, T::NAME),
        s if s < T::SCHEMA => T::migrate(s, payload),
        s => Err(StoreError::TooNew {
            kind: T::NAME,
            found: s,
            known: T::SCHEMA,
        }),
    }
}

/// The schema version of an envelope.
pub fn schema_of(bytes: &[u8], kind: &'static str) -> StoreResult<u16> {
    split_envelope(bytes, kind).map(|(schema, _)| schema)
}

pub(in crate::store) fn split_envelope<'a>(
    bytes: &'a [u8],
    kind: &'static str,
) -> StoreResult<(u16, &'a [u8])> {
    match bytes {
        [FORMAT, high, low, payload @ ..] => Ok((u16::from_be_bytes([*high, *low]), payload)),
        [format, ..] => Err(StoreError::Corrupt {
            kind,
            reason: format!("unknown envelope format {format}"),
        }),
        [] => Err(StoreError::Corrupt {
            kind,
            reason: "empty value".into(),
        }),
    }
}
