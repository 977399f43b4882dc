//! Typed operations inside one multi-tree transaction (sled's, or PostgreSQL's through
//! `kv`): a record, all its index deltas, its counter and its audit entry commit together
//! or not at all. Room: store.
//!
//! sled 0.34 facts honoured here (and kept on PostgreSQL): transactions are serialized process-wide, so callers keep
//! closures short and free of I/O; there are no range scans inside, only point reads, which
//! is what the uniqueness checks use; a closure may run again on conflict, so it must not
//! have effects outside the transaction.

use std::cell::RefCell;
use std::collections::HashMap;

use sled::transaction::{ConflictableTransactionError, UnabortableTransactionError};

use super::error::StoreError;
use super::keys::{id_bytes, read_u64};
use super::kv::{Bytes, TxTree, TxTrees};
use super::record::{IndexEntry, Record, decode, encode};

/// Why a transaction closure stopped: `abort` with a `StoreError` ends the transaction
/// with that error; a conflict (the backend runs the closure again) or a storage failure
/// comes from the trees. What it holds is sled's vocabulary, which `kv` speaks for both
/// backends, and stays in the store.
#[derive(Debug)]
pub struct TxError(pub(super) ConflictableTransactionError<StoreError>);

/// What a transaction closure returns.
pub type TxResult<T> = Result<T, TxError>;

impl From<UnabortableTransactionError> for TxError {
    fn from(error: UnabortableTransactionError) -> Self {
        TxError(error.into())
    }
}

/// Aborts the running transaction with `error`.
pub fn abort<T>(error: impl Into<StoreError>) -> TxResult<T> {
    Err(TxError(ConflictableTransactionError::Abort(error.into())))
}

pub const META: &str = "meta";

/// The transaction's view of every tree of the store.
pub struct Tx<'a> {
    pub(super) views: TxTrees<'a>,
    pub(super) slots: &'a HashMap<&'static str, usize>,
    /// What this attempt changed, for the audit entry.
    pub(super) changes: RefCell<Vec<crate::domain::audit::Change>>,
    /// The records this attempt wrote (audit entries included), reported once it commits.
    pub(super) written: RefCell<super::written::Written>,
}

impl Tx<'_> {
    fn tree(&self, name: &str) -> TxResult<TxTree<'_>> {
        match self.slots.get_key_value(name) {
            Some((&name, &slot)) => self.views.tree(slot, name),
            None => abort(StoreError::Sled(format!("no tree named {name}"))),
        }
    }

    /// The record with this id, if any.
    pub fn get<T: Record>(&self, id: u64) -> TxResult<Option<T>> {
        match self.tree(T::TREE)?.get(id_bytes(id))? {
            Some(bytes) => decode::<T>(&bytes).map(Some).or_else(abort),
            None => Ok(None),
        }
    }

    /// The record with this id, or a "does not exist" abort.
    pub fn require<T: Record>(&self, id: u64) -> TxResult<T> {
        match self.get::<T>(id)? {
            Some(record) => Ok(record),
            None => abort(StoreError::NotFound { kind: T::NAME, id }),
        }
    }

    /// Reserves `count` consecutive ids of a kind and returns the first.
    pub fn reserve_ids(&self, tree: &str, count: u64) -> TxResult<u64> {
        let last = self.last_id(tree)?;
        self.tree(META)?
            .insert(format!("seq/{tree}").as_bytes(), id_bytes(last + count))?;
        Ok(last + 1)
    }

    /// The highest id ever given out in `tree` (0 for none).
    pub fn last_id(&self, tree: &str) -> TxResult<u64> {
        Ok(self
            .tree(META)?
            .get(format!("seq/{tree}").as_bytes())?
            .and_then(|v| read_u64(&v))
            .unwrap_or(0))
    }

    /// Stores a new record under a fresh id (version 1) and returns the id.
    pub fn insert<T: Record>(&self, record: &mut T) -> TxResult<u64> {
        let id = self.reserve_ids(T::TREE, 1)?;
        record.set_id(id);
        record.set_version(1);
        self.write(None, Some(record))?;
        Ok(id)
    }

    /// Stores a new record whose id was reserved earlier (bulk import).
    pub fn insert_reserved<T: Record>(&self, record: &T) -> TxResult<()> {
        self.record_change(None, Some(record), true);
        self.written.borrow_mut().add(T::TREE, record.id());
        self.write_unaudited(None, Some(record))
    }

    /// Writes the audit entry of what this transaction changed, when a scope is open.
    pub(super) fn write_audit(&self) -> TxResult<()> {
        let changes = std::mem::take(&mut *self.changes.borrow_mut());
        if let Some(mut entry) = super::audit::entry_for(changes) {
            self.insert(&mut entry)?;
        }
        Ok(())
    }

    /// Replaces a stored record. With `expected_version`, refuses when someone else saved
    /// in between. Bumps the version.
    pub fn update<T: Record>(&self, record: &mut T, expected_version: Option<u64>) -> TxResult<()> {
        let old = self.require::<T>(record.id())?;
        if let Some(expected) = expected_version.filter(|&v| v != old.version()) {
            return abort(StoreError::Stale {
                kind: T::NAME,
                id: record.id(),
                expected,
                current: old.version(),
            });
        }
        record.set_version(old.version() + 1);
        self.write(Some(&old), Some(record))
    }

    /// Deletes a record and its index entries; returns what was deleted.
    pub fn remove<T: Record>(&self, id: u64) -> TxResult<T> {
        let old = self.require::<T>(id)?;
        self.write(Some(&old), None)?;
        Ok(old)
    }

    /// Reads a value of the `meta` tree.
    pub fn meta_get(&self, key: &str) -> TxResult<Option<Vec<u8>>> {
        Ok(self.tree(META)?.get(key.as_bytes())?.map(|v| v.to_vec()))
    }

    pub fn meta_put(&self, key: &str, value: &[u8]) -> TxResult<()> {
        self.tree(META)?.insert(key.as_bytes(), value)?;
        Ok(())
    }

    pub fn meta_remove(&self, key: &str) -> TxResult<()> {
        self.tree(META)?.remove(key.as_bytes())?;
        Ok(())
    }

    /// Writes the record (or removes it when `new` is `None`) and applies exactly the index
    /// entries that differ between `old` and `new`, checking unique ones.
    fn write<T: Record>(&self, old: Option<&T>, new: Option<&T>) -> TxResult<()> {
        self.record_change(old, new, false);
        if let Some(record) = new.or(old) {
            self.written.borrow_mut().add(T::TREE, record.id());
        }
        self.write_unaudited(old, new)
    }

    /// Notes in the audit entry of the running command a change that is no record's (a
    /// `meta` value such as the accepted MRP plan): `kind` names it, record id 0.
    pub fn note(&self, kind: &str, fields: Vec<crate::domain::audit::FieldChange>) {
        if super::audit::active() {
            self.changes
                .borrow_mut()
                .push(crate::domain::audit::Change {
                    kind: kind.to_string(),
                    record_id: 0,
                    what: crate::domain::audit::ChangeKind::Changed,
                    fields,
                });
        }
    }

    fn record_change<T: Record>(&self, old: Option<&T>, new: Option<&T>, imported: bool) {
        if T::TREE != super::audit::AUDIT_TREE && super::audit::active() {
            self.changes
                .borrow_mut()
                .push(super::audit::change(old, new, imported));
        }
    }

    fn write_unaudited<T: Record>(&self, old: Option<&T>, new: Option<&T>) -> TxResult<()> {
        let old_entries = old.map(Record::index_entries).unwrap_or_default();
        let new_entries = new.map(Record::index_entries).unwrap_or_default();
        for entry in old_entries.iter().filter(|e| !new_entries.contains(e)) {
            if entry.summed {
                self.adjust_sum(entry, false)?;
            } else {
                self.tree(entry.tree)?.remove(entry.key.as_slice())?;
            }
        }
        for entry in new_entries.iter().filter(|e| !old_entries.contains(e)) {
            if entry.summed {
                self.adjust_sum(entry, true)?;
                continue;
            }
            if entry.unique {
                self.check_unique::<T>(entry)?;
            }
            self.tree(entry.tree)?
                .insert(entry.key.as_slice(), entry.value.as_slice())?;
        }
        let records = self.tree(T::TREE)?;
        match (old, new) {
            (_, Some(record)) => {
                let bytes = encode(record).or_else(abort)?;
                records.insert(id_bytes(record.id()), bytes)?;
            }
            (Some(record), None) => {
                records.remove(id_bytes(record.id()))?;
            }
            (None, None) => {}
        }
        Ok(())
    }

    /// Adds (or takes away) a summed entry's share of its key's sums.
    pub(super) fn adjust_sum(&self, entry: &IndexEntry, add: bool) -> TxResult<()> {
        let tree = self.tree(entry.tree)?;
        let stored = tree.get(entry.key.as_slice())?;
        match super::sums::adjust(stored.as_deref(), &entry.value, add).or_else(abort)? {
            Some(sum) => tree.insert(entry.key.as_slice(), sum)?,
            None => tree.remove(entry.key.as_slice())?,
        };
        Ok(())
    }

    fn check_unique<T: Record>(&self, entry: &IndexEntry) -> TxResult<()> {
        let holder = self.tree(entry.tree)?.get(entry.key.as_slice())?;
        match holder {
            Some(value) if value.as_ref() != entry.value.as_slice() => {
                let shown = String::from_utf8_lossy(&entry.key);
                let field = entry.tree.rsplit("by_").next().unwrap_or(entry.tree);
                let owner = read_u64(&value).unwrap_or(0);
                abort(StoreError::Refused(crate::t!(
                    "core-store-taken",
                    field = field,
                    text = shown.trim_end_matches('\0'),
                    record = crate::domain::names::record(T::NAME, owner)
                )))
            }
            _ => Ok(()),
        }
    }
}

impl Tx<'_> {
    /// Removes one key of a tree without decoding anything.
    pub(super) fn raw_remove(&self, tree: &str, key: &[u8]) -> TxResult<()> {
        self.tree(tree)?.remove(key)?;
        Ok(())
    }

    pub(super) fn raw_get(&self, tree: &str, key: &[u8]) -> TxResult<Option<Bytes>> {
        self.tree(tree)?.get(key)
    }

    pub(super) fn raw_put(&self, tree: &str, key: &[u8], value: &[u8]) -> TxResult<()> {
        self.tree(tree)?.insert(key, value)?;
        Ok(())
    }
}
