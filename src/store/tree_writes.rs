//! Writes gathered per tree and applied as plain inserts in key order, records' trees before
//! index trees: how a bulk import's batch and `reindex` write many keys fast. Not atomic
//! across trees — callers journal (imports) or rebuild (reindex) what a crash leaves.
//! Room: store.

use std::collections::BTreeMap;

use super::Store;
use super::error::StoreResult;
use super::keys::id_bytes;
use super::record::{IndexEntry, Record, encode};

/// Key and value pairs to write, per tree.
type PairsByTree = BTreeMap<&'static str, Vec<(Vec<u8>, Vec<u8>)>>;

/// The keys to write per tree; the records' own trees are written before index trees.
#[derive(Default)]
pub(super) struct TreeWrites {
    records: PairsByTree,
    indexes: PairsByTree,
    /// Pairs gathered so far.
    len: usize,
}

impl TreeWrites {
    /// Adds records and their index entries.
    pub(super) fn add<T: Record>(
        &mut self,
        records: &[T],
        entries: impl IntoIterator<Item = IndexEntry>,
    ) -> StoreResult<()> {
        let tree = self.records.entry(T::TREE).or_default();
        for record in records {
            tree.push((id_bytes(record.id()).to_vec(), encode(record)?));
        }
        self.len += records.len();
        self.add_entries(entries);
        Ok(())
    }

    /// Adds index entries alone.
    pub(super) fn add_entries(&mut self, entries: impl IntoIterator<Item = IndexEntry>) {
        for entry in entries {
            self.indexes
                .entry(entry.tree)
                .or_default()
                .push((entry.key, entry.value));
            self.len += 1;
        }
    }

    /// How many pairs are gathered.
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// Writes key by key in key order. Plain inserts, not `sled::Batch`: a batch pins one
    /// epoch for all its keys, so the garbage of every node it copies stays until the end
    /// (measured: 15% slower and more memory); atomicity per tree is not needed here.
    pub(super) fn apply(self, store: &Store) -> StoreResult<()> {
        for (name, mut pairs) in self.records.into_iter().chain(self.indexes) {
            pairs.sort_unstable();
            let tree = store.tree(name)?;
            for (key, value) in pairs {
                tree.insert(key, value)?;
            }
        }
        Ok(())
    }
}
