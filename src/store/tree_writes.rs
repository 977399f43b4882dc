//! Writes gathered per tree and applied as plain inserts, records' trees in key order before
//! index trees in fill order (below): how a bulk import's batch and `reindex` write many keys
//! fast. Not atomic across trees — callers journal (imports) or rebuild (reindex) what a
//! crash leaves. Room: store.
//!
//! sled 0.34 splits a leaf once it holds more than 16 entries, 9 to the left and 8 to the
//! right. Index keys appended in ascending order — every index whose key ends in the id after
//! a value many records share (status, owner, tag, agent) — so leave leaves of 9 entries
//! behind, and sled keeps a node per leaf in memory and reads them all on open. Inserting
//! each run of 16 keys with its last 7 held back until the next run has split the leaf
//! leaves leaves of 16. Keys spread over the whole tree (names, phones) land in other leaves
//! anyway and are not hurt by the order. Records' trees keep key order: a point read that
//! misses the cache decodes its whole leaf, and leaves of 16 records doubled the median read
//! at 1M customers (kontor-bench: 32.8 µs against 12.8), for no gain in memory.

use std::collections::BTreeMap;

use super::Store;
use super::error::StoreResult;
use super::keys::{id_bytes, read_u64};
use super::record::{IndexEntry, Record, encode};
use super::written::Written;

/// Key and value pairs to write, per tree.
type PairsByTree = BTreeMap<&'static str, Vec<(Vec<u8>, Vec<u8>)>>;

/// The keys to write per tree; the records' own trees are written before index trees,
/// summed trees (`sums`) last, each share added to what the tree holds.
#[derive(Default)]
pub(super) struct TreeWrites {
    records: PairsByTree,
    indexes: PairsByTree,
    sums: PairsByTree,
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
            let trees = match entry.summed {
                true => &mut self.sums,
                false => &mut self.indexes,
            };
            trees
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

    /// Writes key by key (see the module header for the order). Plain inserts, not `sled::Batch`: a batch pins one
    /// epoch for all its keys, so the garbage of every node it copies stays until the end
    /// (measured: 15% slower and more memory); atomicity per tree is not needed here.
    /// A running backup is told which records were written.
    pub(super) fn apply(self, store: &Store) -> StoreResult<()> {
        let _writing = store.log.writing();
        store.kv.before_write()?;
        self.write_all(store).map_err(|error| store.kv.noted(error))
    }

    fn write_all(self, store: &Store) -> StoreResult<()> {
        let noting = store.log.armed();
        let mut written = Written::default();
        for (name, mut pairs) in self.records {
            pairs.sort_unstable();
            if noting {
                for id in pairs.iter().filter_map(|(key, _)| read_u64(key)) {
                    written.add(name, id);
                }
            }
            store.tree(name)?.insert_many(pairs)?;
        }
        store.log.note(&written);
        for (name, mut pairs) in self.indexes {
            pairs.sort_unstable();
            store.tree(name)?.insert_many(fill_order(pairs))?;
        }
        for (name, pairs) in self.sums {
            let tree = store.tree(name)?;
            for (key, share) in super::sums::fold(pairs)? {
                let stored = tree.get(&key)?;
                match super::sums::adjust(stored.as_deref(), &share, true)? {
                    Some(sum) => tree.insert(key, sum)?,
                    None => tree.remove(key)?,
                };
            }
        }
        Ok(())
    }
}

/// Entries sled holds in a leaf before it splits one.
const LEAF: usize = 16;
/// What the left half keeps when a leaf of `LEAF + 1` splits.
const LEFT_AFTER_SPLIT: usize = LEAF / 2 + 1;

/// `sorted` reordered so that ascending inserts fill sled's leaves (see the module header):
/// the first half of the first run; then, for each run of `LEAF`, its next key, the first
/// half of the following run (the leaf overflows and splits just after this run's keys) and
/// the rest of this run, which lands in the left leaf and fills it.
fn fill_order<T>(sorted: Vec<T>) -> Vec<T> {
    let len = sorted.len();
    let mut slots: Vec<Option<T>> = sorted.into_iter().map(Some).collect();
    let mut order = Vec::with_capacity(len);
    let mut take = |range: std::ops::Range<usize>, order: &mut Vec<T>| {
        let within = range.start.min(len)..range.end.min(len);
        order.extend(slots[within].iter_mut().filter_map(Option::take));
    };
    take(0..LEFT_AFTER_SPLIT - 1, &mut order);
    for run in (0..len).step_by(LEAF) {
        take(
            run + LEFT_AFTER_SPLIT - 1..run + LEFT_AFTER_SPLIT,
            &mut order,
        );
        take(run + LEAF..run + LEAF + LEFT_AFTER_SPLIT - 1, &mut order);
        take(run + LEFT_AFTER_SPLIT..run + LEAF, &mut order);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// sled 0.34's leaf split (node.rs, `should_split` and `split`) over sorted key lists:
    /// the leaves that inserting `keys` in this order leaves behind.
    fn leaves_after(keys: &[u32]) -> Vec<Vec<u32>> {
        let mut leaves: Vec<Vec<u32>> = vec![Vec::new()];
        for &key in keys {
            let mut at = leaves.partition_point(|leaf| leaf.first().is_some_and(|&low| low <= key));
            at = at.saturating_sub(1);
            if leaves[at].len() > LEAF {
                let right = leaves[at].split_off(LEFT_AFTER_SPLIT);
                let goes_right = key >= right[0];
                leaves.insert(at + 1, right);
                at += usize::from(goes_right);
            }
            let leaf = &mut leaves[at];
            let slot = leaf.partition_point(|&k| k < key);
            leaf.insert(slot, key);
        }
        leaves
    }

    #[test]
    fn fill_order_is_a_permutation_that_holds_back_the_end_of_each_run() {
        let keys: Vec<u32> = (0..40).collect();
        let order = fill_order(keys.clone());
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, keys);
        assert_eq!(order[..8], [0, 1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(order[8..17], [8, 16, 17, 18, 19, 20, 21, 22, 23]);
        assert_eq!(order[17..24], [9, 10, 11, 12, 13, 14, 15]);
        assert!(fill_order(Vec::<u32>::new()).is_empty());
        assert_eq!(fill_order(vec![1, 2, 3]), [1, 2, 3]);
    }

    #[test]
    fn ascending_keys_in_fill_order_leave_full_leaves_where_key_order_leaves_them_half_full() {
        let keys: Vec<u32> = (0..16_000).collect();
        let in_key_order = leaves_after(&keys).len();
        let filled = leaves_after(&fill_order(keys.clone()));
        assert!((16_000 / 9..=16_000 / 9 + 1).contains(&in_key_order));
        assert_eq!(filled.len(), 16_000 / LEAF);
        assert!(filled.iter().all(|leaf| leaf.len() == LEAF));
        // Batches one after another keep the gain: each run fills what the last one left.
        let batches: Vec<u32> = keys
            .chunks(1_000)
            .flat_map(|batch| fill_order(batch.to_vec()))
            .collect();
        assert!(leaves_after(&batches).len() < 16_000 / 15);
    }
}
