//! Index reads: the prefix scans, range scans and unique point reads that each kind's typed
//! index functions (in `kinds`) are built on, and `IndexPosition`, an entry's place in its
//! index, which the core may keep and hand back but never build. Only the store knows how
//! index keys are shaped; nothing here is reachable from outside it but `IndexPosition` and
//! the two unique reads named below. Room: store.

use std::ops::Bound;

use super::keys::{Key, read_u64, trailing_id};
use super::kv::Bytes;
use super::{Store, StoreError, StoreResult, Tx, TxResult};

/// Where an entry stands in its index, in the index's order: what a scan hands out so that
/// a later scan goes on after it. Only the store makes one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IndexPosition(Vec<u8>);

impl IndexPosition {
    pub(super) fn of(key: Vec<u8>) -> IndexPosition {
        IndexPosition(key)
    }

    pub(super) fn into_bytes(self) -> Vec<u8> {
        self.0
    }
}

/// The id at the end of a non-unique index entry's key.
fn id_of(key: &[u8]) -> StoreResult<u64> {
    trailing_id(key).ok_or_else(|| StoreError::Corrupt {
        kind: "index",
        reason: "entry shorter than an id".into(),
    })
}

fn entry(item: StoreResult<(Bytes, Bytes)>) -> StoreResult<(Vec<u8>, u64)> {
    let (key, _) = item?;
    let id = id_of(&key)?;
    Ok((key.to_vec(), id))
}

fn id(item: StoreResult<(Bytes, Bytes)>) -> StoreResult<u64> {
    id_of(&item?.0)
}

fn unique_value(item: StoreResult<(Bytes, Bytes)>) -> StoreResult<u64> {
    let (_, value) = item?;
    read_u64(&value).ok_or_else(|| StoreError::Corrupt {
        kind: "index",
        reason: "unique entry without an id".into(),
    })
}

impl Store {
    /// (key, id) of the non-unique entries of `index` whose key starts with `prefix`, in
    /// key order.
    pub(super) fn index_prefix<'s>(
        &'s self,
        index: &str,
        prefix: Key,
    ) -> StoreResult<impl DoubleEndedIterator<Item = StoreResult<(Vec<u8>, u64)>> + use<'s>> {
        Ok(self
            .tree(index)?
            .scan_prefix(prefix.into_bytes())
            .map(entry))
    }

    /// Ids of the non-unique entries of `index` whose key starts with `prefix`, in key order.
    pub(super) fn index_ids<'s>(
        &'s self,
        index: &str,
        prefix: Key,
    ) -> StoreResult<impl DoubleEndedIterator<Item = StoreResult<u64>> + use<'s>> {
        Ok(self.tree(index)?.scan_prefix(prefix.into_bytes()).map(id))
    }

    /// Ids of the non-unique entries of `index` whose key is `prefix` followed by an id of
    /// at least `from`, in key (so id) order: a seek into one key's entries.
    pub(super) fn index_ids_from<'s>(
        &'s self,
        index: &str,
        prefix: Key,
        from: u64,
    ) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + use<'s>> {
        let start = prefix.clone().u64(from).into_bytes();
        let prefix = prefix.into_bytes();
        let keys = self.tree(index)?.range(start..);
        let ends = move |item: &StoreResult<(Bytes, Bytes)>| match item {
            Ok((key, _)) => key.len() == prefix.len() + 8 && key.starts_with(&prefix),
            Err(_) => true,
        };
        Ok(keys.take_while(ends).map(id))
    }

    /// (key, id) of the non-unique entries of `index` in a key range, in key order.
    pub(super) fn index_range<'s>(
        &'s self,
        index: &str,
        start: Bound<Vec<u8>>,
        end: Bound<Vec<u8>>,
    ) -> StoreResult<impl DoubleEndedIterator<Item = StoreResult<(Vec<u8>, u64)>> + use<'s>> {
        Ok(self.tree(index)?.range((start, end)).map(entry))
    }

    /// Ids of the entries of the unique `index` whose key starts with `prefix`, in key order.
    pub(super) fn unique_ids<'s>(
        &'s self,
        index: &str,
        prefix: Key,
    ) -> StoreResult<impl DoubleEndedIterator<Item = StoreResult<u64>> + use<'s>> {
        Ok(self
            .tree(index)?
            .scan_prefix(prefix.into_bytes())
            .map(unique_value))
    }

    /// The id the unique `index` maps `key` to.
    pub(super) fn unique_id(&self, index: &str, key: Key) -> StoreResult<Option<u64>> {
        self.unique_lookup(index, key.as_bytes())
    }

    /// The id a unique index maps the encoded `key` to.
    pub(in crate::store) fn unique_lookup(
        &self,
        index: &str,
        key: &[u8],
    ) -> StoreResult<Option<u64>> {
        Ok(self.tree(index)?.get(key)?.and_then(|v| read_u64(&v)))
    }
}

impl Tx<'_> {
    /// The id the unique `index` maps `key` to, read inside the transaction.
    pub(super) fn unique_id(&self, index: &str, key: Key) -> TxResult<Option<u64>> {
        self.unique_holder(index, key.as_bytes())
    }

    /// The id a unique index maps the encoded `key` to, read inside the transaction.
    pub(in crate::store) fn unique_holder(&self, index: &str, key: &[u8]) -> TxResult<Option<u64>> {
        Ok(self.raw_get(index, key)?.and_then(|v| read_u64(&v)))
    }
}
