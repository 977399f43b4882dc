//! Bulk insert for imports: many records per transaction, and all or nothing across
//! transactions. Room: store.
//!
//! The first transaction reserves a contiguous id range and writes a journal entry naming
//! it; each batch then writes its records with their index entries; the last transaction
//! removes the journal. If the process dies in between, `Store::open` finds the journal and
//! deletes whatever of that id range was written, so an import is wholly there or not at all.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::Store;
use super::error::{StoreError, StoreResult};
use super::keys::id_bytes;
use super::kinds::kind_by_tree;
use super::record::{Record, decode_payload, encode_with_schema};

const JOURNAL: &str = "journal/import";

/// Records written per transaction by `insert_all` and by recovery.
pub const BATCH: usize = 1_000;

#[derive(Debug, Serialize, Deserialize)]
struct Journal {
    tree: String,
    first: u64,
    count: u64,
}

/// An import in progress: ids are reserved and journaled; each `write` commits one
/// transaction; `finish` removes the journal. Dropped unfinished, it rolls back.
pub struct BulkInsert<'s, T: Record> {
    store: &'s Store,
    next: u64,
    end: u64,
    finished: bool,
    marker: PhantomData<T>,
}

impl<T: Record> BulkInsert<'_, T> {
    /// Writes records (assigning their ids and version 1) in one transaction. On error the
    /// whole import is rolled back.
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
        self.store.transaction(|tx| {
            records
                .iter()
                .try_for_each(|record| tx.insert_reserved(record))
        })?;
        self.next += count;
        Ok(())
    }

    /// Ends the import: from now on it survives a crash.
    pub fn finish(mut self) -> StoreResult<()> {
        self.store.transaction(|tx| tx.meta_remove(JOURNAL))?;
        self.store.flush()?;
        self.finished = true;
        Ok(())
    }
}

impl<T: Record> Drop for BulkInsert<'_, T> {
    fn drop(&mut self) {
        if !self.finished {
            let _ = self.store.recover_import();
        }
    }
}

impl Store {
    /// Starts an import of exactly `count` records of a kind (see the module header).
    pub fn bulk_insert<T: Record>(&self, count: u64) -> StoreResult<BulkInsert<'_, T>> {
        let first = self.transaction(|tx| {
            let first = tx.reserve_ids(T::TREE, count)?;
            let journal = Journal {
                tree: T::TREE.to_string(),
                first,
                count,
            };
            let bytes = encode_with_schema(&journal, 1, "journal").or_else(super::abort)?;
            tx.meta_put(JOURNAL, &bytes)?;
            Ok(first)
        })?;
        self.flush()?;
        Ok(BulkInsert {
            store: self,
            next: first,
            end: first + count,
            finished: false,
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
        let Some(bytes) = self.tree(super::tx::META)?.get(JOURNAL)? else {
            return Ok(());
        };
        let journal: Journal = decode_payload(bytes.get(3..).unwrap_or_default(), "journal")?;
        let kind = kind_by_tree(&journal.tree).ok_or_else(|| StoreError::Corrupt {
            kind: "journal",
            reason: format!("unknown tree {}", journal.tree),
        })?;
        let records = self.tree(kind.tree)?;
        let end = journal.first + journal.count;
        let mut start = journal.first;
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
                        tx.remove_raw(entry.tree, &entry.key)?;
                    }
                    tx.remove_raw(kind.tree, key)?;
                }
                Ok(())
            })?;
            start = stop;
        }
        self.transaction(|tx| tx.meta_remove(JOURNAL))?;
        self.flush()
    }
}
