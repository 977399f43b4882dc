//! Bulk writes for imports: many records per transaction, and all or nothing across
//! transactions. Room: store.
//!
//! Reserving ids for a kind writes a journal entry naming every reserved id range, in the
//! same transaction as the reservation; each batch then writes its records with their
//! index entries (and, for stock moves, balances); `finish` removes the journal. If the
//! process dies in between, `Store::open` finds the journal and deletes whatever of those
//! id ranges was written (rebuilding balances when moves were involved), so an import is
//! wholly there or not at all.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::Store;
use super::error::{StoreError, StoreResult};
use super::keys::id_bytes;
use super::kinds::kind_by_tree;
use super::record::{Record, decode_payload, encode_with_schema};
use super::tx::{META, Tx, TxResult};
use crate::domain::StockMove;

const JOURNAL: &str = "journal/import";

/// Records written per transaction by `insert_all` and by recovery.
pub const BATCH: usize = 1_000;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Range {
    tree: String,
    first: u64,
    count: u64,
}

/// A multi-transaction write that is undone unless it finishes.
pub struct Bulk<'s> {
    store: &'s Store,
    ranges: Vec<Range>,
    finished: bool,
}

impl Bulk<'_> {
    /// Reserves `count` consecutive ids of a kind and journals them; returns the first.
    pub fn reserve<T: Record>(&mut self, count: u64) -> StoreResult<u64> {
        let mut ranges = self.ranges.clone();
        let first = self.store.transaction(|tx| {
            let first = tx.reserve_ids(T::TREE, count)?;
            let mut all = ranges.clone();
            all.push(Range {
                tree: T::TREE.to_string(),
                first,
                count,
            });
            let bytes = encode_with_schema(&all, 2, "journal").or_else(super::abort)?;
            tx.meta_put(JOURNAL, &bytes)?;
            Ok(first)
        })?;
        ranges.push(Range {
            tree: T::TREE.to_string(),
            first,
            count,
        });
        self.ranges = ranges;
        self.store.flush()?;
        Ok(first)
    }

    /// Runs one transaction of the import. On error the whole import is rolled back.
    pub fn write<R>(&self, work: impl Fn(&Tx) -> TxResult<R>) -> StoreResult<R> {
        let result = self.store.transaction(work);
        if result.is_err() {
            self.store.recover_import()?;
        }
        result
    }

    /// Ends the import: from now on it survives a crash.
    pub fn finish(mut self) -> StoreResult<()> {
        self.store.transaction(|tx| tx.meta_remove(JOURNAL))?;
        self.store.flush()?;
        self.finished = true;
        Ok(())
    }
}

impl Drop for Bulk<'_> {
    fn drop(&mut self) {
        if !self.finished {
            let _ = self.store.recover_import();
        }
    }
}

/// A bulk insert of exactly `count` records of one kind.
pub struct BulkInsert<'s, T: Record> {
    bulk: Bulk<'s>,
    next: u64,
    end: u64,
    marker: PhantomData<T>,
}

impl<T: Record> BulkInsert<'_, T> {
    /// Writes records (assigning their ids and version 1) in one transaction.
    pub fn write(&mut self, records: &mut [T]) -> StoreResult<()> {
        let count = records.len() as u64;
        if self.next + count > self.end {
            return Err(StoreError::Refused(format!(
                "import wrote more {} than it announced",
                T::TREE
            )));
        }
        for (offset, record) in records.iter_mut().enumerate() {
            record.set_id(self.next + offset as u64);
            record.set_version(1);
        }
        let records: &[T] = records;
        self.bulk.write(|tx| {
            records
                .iter()
                .try_for_each(|record| tx.insert_reserved(record))
        })?;
        self.next += count;
        Ok(())
    }

    pub fn finish(self) -> StoreResult<()> {
        self.bulk.finish()
    }
}

impl Store {
    /// Starts a multi-transaction write that is undone unless it finishes.
    pub fn bulk(&self) -> Bulk<'_> {
        Bulk {
            store: self,
            ranges: Vec::new(),
            finished: false,
        }
    }

    /// Starts an import of exactly `count` records of one kind.
    pub fn bulk_insert<T: Record>(&self, count: u64) -> StoreResult<BulkInsert<'_, T>> {
        let mut bulk = self.bulk();
        let first = bulk.reserve::<T>(count)?;
        Ok(BulkInsert {
            bulk,
            next: first,
            end: first + count,
            marker: PhantomData,
        })
    }

    /// Inserts all records (ids and versions are assigned here) or none of them, `BATCH`
    /// per transaction. `progress` is told how many are written after each batch.
    pub fn insert_all<T: Record>(
        &self,
        mut records: Vec<T>,
        progress: &mut dyn FnMut(usize),
    ) -> StoreResult<Vec<u64>> {
        if records.is_empty() {
            return Ok(Vec::new());
        }
        let mut bulk = self.bulk_insert::<T>(records.len() as u64)?;
        let mut written = 0;
        for chunk in records.chunks_mut(BATCH) {
            bulk.write(chunk)?;
            written += chunk.len();
            progress(written);
        }
        bulk.finish()?;
        Ok(records.iter().map(Record::id).collect())
    }

    /// Undoes an import that did not finish (see the module header).
    pub(super) fn recover_import(&self) -> StoreResult<()> {
        let Some(bytes) = self.tree(META)?.get(JOURNAL)? else {
            return Ok(());
        };
        let ranges: Vec<Range> = decode_payload(bytes.get(3..).unwrap_or_default(), "journal")?;
        for range in &ranges {
            self.undo_range(range)?;
        }
        if ranges.iter().any(|range| range.tree == StockMove::TREE) {
            self.rebuild_balances()?;
        }
        self.transaction(|tx| tx.meta_remove(JOURNAL))?;
        self.flush()
    }

    fn undo_range(&self, range: &Range) -> StoreResult<()> {
        let kind = kind_by_tree(&range.tree).ok_or_else(|| StoreError::Corrupt {
            kind: "journal",
            reason: format!("unknown tree {}", range.tree),
        })?;
        let records = self.tree(kind.tree)?;
        let end = range.first + range.count;
        let mut start = range.first;
        while start < end {
            let stop = (start + BATCH as u64).min(end);
            let mut doomed = Vec::new();
            for entry in records.range(id_bytes(start)..id_bytes(stop)) {
                let (key, value) = entry?;
                doomed.push((key, (kind.entries_of)(&value)?));
            }
            self.transaction(|tx| {
                for (key, entries) in &doomed {
                    for entry in entries {
                        tx.raw_remove(entry.tree, &entry.key)?;
                    }
                    tx.raw_remove(kind.tree, key)?;
                }
                Ok(())
            })?;
            start = stop;
        }
        Ok(())
    }
}
