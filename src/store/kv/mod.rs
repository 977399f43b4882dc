//! The ordered key-value layer under the store: named trees of byte keys and values with
//! point reads and writes, ordered ranges both ways, prefix scans, batches and multi-tree
//! transactions — exactly what the store needs and nothing more. Two backends sit behind
//! one enum (not a trait object, so the sled path is a direct call): sled, embedded in the
//! data directory, and PostgreSQL (`pg`), shared by several processes. Room: store — only
//! the store's modules use it, and none of its types leaves the store.
//!
//! Both backends keep the rules sled set: no range scans inside a transaction, only point
//! reads; a transaction's closure may run again on conflict.

pub(super) mod pg;
#[cfg(test)]
pub(super) mod tests;

use std::ops::{Bound, Deref, RangeBounds};

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};

use super::error::{StoreError, StoreResult};
use super::feed::Elsewhere;
use super::handles::Sled;
use super::tx::{TxError, TxResult, abort};
use super::written::Written;

/// Where a store keeps its trees.
pub(super) enum Backend {
    Sled(Sled),
    Postgres(pg::Pg),
}

/// How a transaction's closure ended: sled's vocabulary (abort with an error, conflict ⇒ run
/// again, storage failure), which the PostgreSQL backend speaks too.
pub(super) type Attempt<R> = Result<R, ConflictableTransactionError<StoreError>>;

impl Backend {
    /// The tree in `slot` of the store's tree names (`name` is that name).
    pub(super) fn tree(&self, slot: usize, name: &'static str) -> StoreResult<Tree> {
        match self {
            Backend::Sled(sled) => sled.tree(slot).map(Tree::Sled),
            Backend::Postgres(pg) => Ok(Tree::Postgres(pg.tree(name))),
        }
    }

    /// Runs `work` in one transaction over every tree, again after a conflict.
    pub(super) fn transaction<R>(
        &self,
        work: impl Fn(TxTrees<'_>) -> Attempt<R>,
    ) -> StoreResult<R> {
        match self {
            Backend::Sled(sled) => {
                sled.reopen_if_full()?;
                let trees = sled.trees()?;
                trees
                    .as_slice()
                    .transaction(|views| work(TxTrees::Sled(views)))
                    .map_err(|error| match error {
                        TransactionError::Abort(error) => error,
                        TransactionError::Storage(error) => sled.noted(StoreError::from(error)),
                    })
            }
            Backend::Postgres(pg) => pg.transaction(|tx| work(TxTrees::Postgres(tx))),
        }
    }

    /// Before a write outside a transaction: a full sled store reopens once space is free.
    pub(super) fn before_write(&self) -> StoreResult<()> {
        match self {
            Backend::Sled(sled) => sled.reopen_if_full(),
            Backend::Postgres(_) => Ok(()),
        }
    }

    /// Passes a write's `error` on, noting a full disk (sled).
    pub(super) fn noted(&self, error: StoreError) -> StoreError {
        match self {
            Backend::Sled(sled) => sled.noted(error),
            Backend::Postgres(_) => error,
        }
    }

    /// Whether other processes may open the database too (PostgreSQL).
    pub(super) fn is_shared(&self) -> bool {
        matches!(self, Backend::Postgres(_))
    }

    /// Tells other processes on the database what `written` changed, after a write outside
    /// a transaction (PostgreSQL; no other process opens a sled database).
    pub(super) fn announce(&self, written: &Written) {
        if let Backend::Postgres(pg) = self {
            pg.announce(written);
        }
    }

    /// Calls `each` with what other processes commit until the result is dropped; none on
    /// sled, which no other process opens.
    pub(super) fn listen(
        &self,
        each: impl FnMut(Elsewhere) + Send + 'static,
    ) -> StoreResult<Option<pg::Listening>> {
        match self {
            Backend::Sled(_) => Ok(None),
            Backend::Postgres(pg) => pg.listen(each).map(Some),
        }
    }

    /// Makes everything written so far durable (PostgreSQL's commits already are).
    pub(super) fn flush(&self) -> StoreResult<()> {
        match self {
            Backend::Sled(sled) => {
                sled.db()?
                    .flush()
                    .map_err(|error| sled.noted(StoreError::from(error)))?;
                Ok(())
            }
            Backend::Postgres(_) => Ok(()),
        }
    }
}

/// Pairs per statement where PostgreSQL writes many.
pub(super) const MANY: usize = 1000;

/// A value or key read from a tree.
#[derive(Clone)]
pub(super) enum Bytes {
    Sled(sled::IVec),
    Owned(Vec<u8>),
}

impl Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Sled(bytes) => bytes,
            Bytes::Owned(bytes) => bytes,
        }
    }
}

impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        self
    }
}

impl PartialEq for Bytes {
    fn eq(&self, other: &Bytes) -> bool {
        **self == **other
    }
}

impl Eq for Bytes {}

impl PartialOrd for Bytes {
    fn partial_cmp(&self, other: &Bytes) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Bytes {
    fn cmp(&self, other: &Bytes) -> std::cmp::Ordering {
        (**self).cmp(&**other)
    }
}

impl std::fmt::Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

/// One tree of a store.
#[derive(Clone)]
pub(super) enum Tree {
    Sled(sled::Tree),
    Postgres(pg::Tree),
}

impl Tree {
    pub(super) fn get(&self, key: impl AsRef<[u8]>) -> StoreResult<Option<Bytes>> {
        match self {
            Tree::Sled(tree) => Ok(tree.get(key)?.map(Bytes::Sled)),
            Tree::Postgres(tree) => Ok(tree.get(key.as_ref())?.map(Bytes::Owned)),
        }
    }

    pub(super) fn contains_key(&self, key: impl AsRef<[u8]>) -> StoreResult<bool> {
        Ok(self.get(key)?.is_some())
    }

    pub(super) fn insert(&self, key: impl AsRef<[u8]>, value: impl AsRef<[u8]>) -> StoreResult<()> {
        match self {
            Tree::Sled(tree) => tree.insert(key.as_ref(), value.as_ref()).map(|_| ())?,
            Tree::Postgres(tree) => tree.insert(key.as_ref(), value.as_ref())?,
        }
        Ok(())
    }

    pub(super) fn remove(&self, key: impl AsRef<[u8]>) -> StoreResult<()> {
        match self {
            Tree::Sled(tree) => tree.remove(key).map(|_| ())?,
            Tree::Postgres(tree) => tree.remove(key.as_ref())?,
        }
        Ok(())
    }

    /// Every entry in key order (both ends: `.rev()` walks from the highest key).
    pub(super) fn iter(&self) -> Iter {
        match self {
            Tree::Sled(tree) => Iter::Sled(tree.iter()),
            Tree::Postgres(tree) => Iter::Postgres(tree.range(Bound::Unbounded, Bound::Unbounded)),
        }
    }

    /// The entries whose keys lie in `range`, in key order.
    pub(super) fn range<K: AsRef<[u8]>, R: RangeBounds<K>>(&self, range: R) -> Iter {
        match self {
            Tree::Sled(tree) => Iter::Sled(tree.range(range)),
            Tree::Postgres(tree) => {
                let owned = |bound: Bound<&K>| bound.map(|key| key.as_ref().to_vec());
                Iter::Postgres(tree.range(owned(range.start_bound()), owned(range.end_bound())))
            }
        }
    }

    /// The entries whose keys start with `prefix`, in key order.
    pub(super) fn scan_prefix(&self, prefix: impl AsRef<[u8]>) -> Iter {
        match self {
            Tree::Sled(tree) => Iter::Sled(tree.scan_prefix(prefix)),
            Tree::Postgres(tree) => {
                let start = Bound::Included(prefix.as_ref().to_vec());
                let end = successor(prefix.as_ref()).map_or(Bound::Unbounded, Bound::Excluded);
                Iter::Postgres(tree.range(start, end))
            }
        }
    }

    /// How many entries the tree holds (sled counts them one by one).
    pub(super) fn len(&self) -> StoreResult<usize> {
        match self {
            Tree::Sled(tree) => Ok(tree.len()),
            Tree::Postgres(tree) => tree.len(),
        }
    }

    pub(super) fn is_empty(&self) -> StoreResult<bool> {
        match self {
            Tree::Sled(tree) => Ok(tree.is_empty()),
            Tree::Postgres(tree) => tree.is_empty(),
        }
    }

    /// Removes every entry.
    pub(super) fn clear(&self) -> StoreResult<()> {
        match self {
            Tree::Sled(tree) => Ok(tree.clear()?),
            Tree::Postgres(tree) => tree.clear(),
        }
    }

    /// Writes the pairs one by one in their order (not atomically): sled key by key, as the
    /// order given fills its leaves; PostgreSQL `MANY` pairs per statement.
    pub(super) fn insert_many(&self, pairs: Vec<(Vec<u8>, Vec<u8>)>) -> StoreResult<()> {
        match self {
            Tree::Sled(tree) => {
                for (key, value) in pairs {
                    tree.insert(key, value)?;
                }
                Ok(())
            }
            Tree::Postgres(tree) => {
                let mut pairs = pairs.into_iter().peekable();
                while pairs.peek().is_some() {
                    tree.insert_all(pairs.by_ref().take(MANY).collect())?;
                }
                Ok(())
            }
        }
    }

    /// Writes every pair of `batch` at once.
    pub(super) fn apply_batch(&self, batch: Batch) -> StoreResult<()> {
        match self {
            Tree::Sled(tree) => {
                let mut sled_batch = sled::Batch::default();
                for (key, value) in batch.pairs {
                    sled_batch.insert(key, value);
                }
                Ok(tree.apply_batch(sled_batch)?)
            }
            Tree::Postgres(tree) => tree.insert_all(batch.pairs),
        }
    }
}

/// The smallest key above every key that starts with `prefix` (none when every byte is 0xff).
fn successor(prefix: &[u8]) -> Option<Vec<u8>> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < u8::MAX {
            end.push(last + 1);
            return Some(end);
        }
    }
    None
}

/// Pairs written together by `Tree::apply_batch`.
#[derive(Default)]
pub(super) struct Batch {
    pairs: Vec<(Vec<u8>, Vec<u8>)>,
}

impl Batch {
    pub(super) fn insert(&mut self, key: impl Into<Vec<u8>>, value: impl Into<Vec<u8>>) {
        self.pairs.push((key.into(), value.into()));
    }
}

/// A walk over a tree's entries in key order, from either end.
pub(super) enum Iter {
    Sled(sled::Iter),
    Postgres(pg::Cursor),
}

type Entry = StoreResult<(Bytes, Bytes)>;

fn from_sled(item: sled::Result<(sled::IVec, sled::IVec)>) -> Entry {
    let (key, value) = item?;
    Ok((Bytes::Sled(key), Bytes::Sled(value)))
}

fn from_postgres(item: StoreResult<(Vec<u8>, Vec<u8>)>) -> Entry {
    let (key, value) = item?;
    Ok((Bytes::Owned(key), Bytes::Owned(value)))
}

impl Iterator for Iter {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        match self {
            Iter::Sled(iter) => iter.next().map(from_sled),
            Iter::Postgres(cursor) => cursor.next().map(from_postgres),
        }
    }
}

impl DoubleEndedIterator for Iter {
    fn next_back(&mut self) -> Option<Entry> {
        match self {
            Iter::Sled(iter) => iter.next_back().map(from_sled),
            Iter::Postgres(cursor) => cursor.next_back().map(from_postgres),
        }
    }
}

/// A transaction's view of every tree, in the order of the store's tree names.
#[derive(Clone, Copy)]
pub(super) enum TxTrees<'a> {
    Sled(&'a [TransactionalTree]),
    Postgres(&'a pg::Transaction),
}

impl<'a> TxTrees<'a> {
    /// The tree in `slot` (`name` is its name).
    pub(super) fn tree(self, slot: usize, name: &'static str) -> TxResult<TxTree<'a>> {
        match self {
            TxTrees::Sled(views) => match views.get(slot) {
                Some(view) => Ok(TxTree::Sled(view)),
                None => abort(StoreError::Sled(format!("no tree in slot {slot}"))),
            },
            TxTrees::Postgres(tx) => Ok(TxTree::Postgres(tx, name)),
        }
    }

    /// Tells other processes on the database, once the transaction commits, what `written`
    /// changed (PostgreSQL; no other process opens a sled database).
    pub(super) fn announce(self, written: &Written) {
        if let TxTrees::Postgres(tx) = self {
            tx.announce(written);
        }
    }
}

/// One tree inside a transaction: point reads (seeing this transaction's own writes) and
/// writes that commit with the transaction.
pub(super) enum TxTree<'a> {
    Sled(&'a TransactionalTree),
    Postgres(&'a pg::Transaction, &'static str),
}

impl TxTree<'_> {
    pub(super) fn get(&self, key: impl AsRef<[u8]>) -> TxResult<Option<Bytes>> {
        match self {
            TxTree::Sled(view) => Ok(view.get(key)?.map(Bytes::Sled)),
            TxTree::Postgres(tx, tree) => tx
                .get(tree, key.as_ref())
                .map(|value| value.map(Bytes::Owned))
                .map_err(TxError),
        }
    }

    pub(super) fn insert(&self, key: impl AsRef<[u8]>, value: impl AsRef<[u8]>) -> TxResult<()> {
        match self {
            TxTree::Sled(view) => view.insert(key.as_ref(), value.as_ref()).map(|_| ())?,
            TxTree::Postgres(tx, tree) => tx.put(tree, key.as_ref(), Some(value.as_ref())),
        }
        Ok(())
    }

    pub(super) fn remove(&self, key: impl AsRef<[u8]>) -> TxResult<()> {
        match self {
            TxTree::Sled(view) => view.remove(key.as_ref()).map(|_| ())?,
            TxTree::Postgres(tx, tree) => tx.put(tree, key.as_ref(), None),
        }
        Ok(())
    }
}
