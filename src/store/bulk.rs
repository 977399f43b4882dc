//! Bulk insert for imports: many records per transaction, and all or nothing across
//! transactions. Room: store.
//!
//! The first transaction reserves a contiguous id range and writes a journal entry naming
//! it; each batch then writes its records with their index entries; the last transaction
//! removes the journal. If the process dies in between, `Store::open` finds the journal and
//! deletes whatever of that id range was written, so an import is wholly there or not at all.

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

impl Store {
    /// Inserts all records (ids and versions are assigned here) or none of them. `progress`
    /// is told how many records are written after each batch.
    pub fn insert_all<T: Record>(
        &self,
        mut records: Vec<T>,
        progress: &mut dyn FnMut(usize),
    ) -> StoreResult<Vec<u64>> {
        if records.is_empty() {
            return Ok(Vec::new());
        }
        let count = records.len() as u64;
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
        for (offset, record) in records.iter_mut().enumerate() {
            record.set_id(first + offset as u64);
            record.set_version(1);
        }
        let mut written = 0;
        for chunk in records.chunks(BATCH) {
            let result = self.transaction(|tx| {
                chunk.iter().try_for_each(|record| tx.insert_reserved(record))
            });
            if let Err(error) = result {
                self.recover_import()?;
                return Err(error);
            }
            written += chunk.len();
            progress(written);
        }
        self.transaction(|tx| tx.meta_remove(JOURNAL))?;
        self.flush()?;
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
