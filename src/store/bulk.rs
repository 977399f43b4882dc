//! Bulk writes for imports: many records per transaction, and all or nothing across
//! transactions. Room: store.
//!
//! Reserving ids for a kind writes a journal entry naming every reserved id range, in the
//! same transaction as the reservation; each batch then writes its records with their
//! index entries (and, for stock moves, balances); `finish` removes the journal. If the
//! process dies in between, `Store::open` finds the journal and deletes whatever of those
//! id ranges was written (rebuilding balances when moves were involved), so an import is
//! wholly there or not at all.
//!
//! A batch of one kind without unique index entries skips sled's transactions (whose
//! read-before-write per key is most of an import's time): its records, then its index
//! entries, then its audit entry go in as plain inserts, tree by tree. Nothing else writes
//! those keys — the ids are reserved, every index key ends with its id — and sled recovers
//! its log as a prefix, so after a crash an index entry never exists without its record,
//! and the journal (written first) names everything to undo. The audit entry's id is
//! journaled too. Batches with unique entries (SKUs, barcodes) keep the transaction, whose
//! point reads are the only race-free uniqueness check.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::error::{StoreError, StoreResult};
use super::keys::id_bytes;
use super::kinds::kind_by_tree;
use super::record::{IndexEntry, Record, decode_payload, encode_with_schema};
use super::tree_writes::TreeWrites;
use super::tx::{META, Tx, TxResult};
use super::{OpenStep, Store};
use crate::domain::StockMove;
use crate::domain::audit::AuditEntry;

const JOURNAL: &str = "journal/import";

/// Records `insert_all` hands to one `BulkInsert::write`: written key-ordered per tree, so
/// larger batches touch each index page fewer times (10,000 imports 1.6x faster than
/// 1,000, measured at 200,000 customers), and one audit entry each.
pub const BATCH: usize = 10_000;

/// Records per sled transaction where one is used (kinds with unique index entries, and
/// undoing an import): sled buffers a transaction's writes, so these stay small.
pub const TX_BATCH: usize = 1_000;

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
    /// Reserves `count` consecutive ids of a kind and journals them durably; returns the
    /// first.
    pub fn reserve<T: Record>(&mut self, count: u64) -> StoreResult<u64> {
        let first = self.reserve_journaled(T::TREE, count)?;
        self.store.flush()?;
        Ok(first)
    }

    /// Reserves ids and journals them in one transaction, without waiting for the disk:
    /// whatever is written after it reaches the disk after it.
    fn reserve_journaled(&mut self, tree: &str, count: u64) -> StoreResult<u64> {
        self.reserve_journaled_after(tree, &|_| Ok(count))
    }

    /// Reserves the ids after the last one given out through `high`, which must lie beyond
    /// it (records that keep their ids, from `low` to `high`); returns the first reserved.
    fn reserve_through<T: Record>(&mut self, low: u64, high: u64) -> StoreResult<u64> {
        let first = self.reserve_journaled_after(T::TREE, &|last| {
            if low <= last {
                return super::abort(StoreError::Refused(crate::t!(
                    "core-store-ids-taken",
                    kind = T::TREE,
                    low = low.to_string(),
                    high = high.to_string(),
                    last = last.to_string()
                )));
            }
            Ok(high - last)
        })?;
        self.store.flush()?;
        Ok(first)
    }

    /// Reserves as many ids as `count_after` says, given the last id given out so far.
    fn reserve_journaled_after(
        &mut self,
        tree: &str,
        count_after: &dyn Fn(u64) -> TxResult<u64>,
    ) -> StoreResult<u64> {
        let ranges = &self.ranges;
        let (first, all) = self.store.transaction(|tx| {
            let count = count_after(tx.last_id(tree)?)?;
            let first = tx.reserve_ids(tree, count)?;
            let all = with_range(ranges, tree, first, count);
            let bytes = encode_with_schema(&all, 2, "journal").or_else(super::abort)?;
            tx.meta_put(JOURNAL, &bytes)?;
            Ok((first, all))
        })?;
        self.ranges = all;
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

    /// Writes records whose ids were reserved by this import, with their index entries and
    /// (when an audit scope is open) one audit entry, without a transaction. The
    /// records must have no unique index entries (see the module header).
    fn write_batched<T: Record>(
        &mut self,
        records: &[T],
        entries: Vec<Vec<IndexEntry>>,
    ) -> StoreResult<()> {
        let result = self.try_write_batched(records, entries);
        if result.is_err() {
            self.store.recover_import()?;
        }
        result
    }

    fn try_write_batched<T: Record>(
        &mut self,
        records: &[T],
        entries: Vec<Vec<IndexEntry>>,
    ) -> StoreResult<()> {
        let mut writes = TreeWrites::default();
        writes.add(records, entries.into_iter().flatten())?;
        if super::audit::active() {
            let changes = records
                .iter()
                .map(|record| super::audit::change(None, Some(record), true))
                .collect();
            if let Some(mut entry) = super::audit::entry_for(changes) {
                entry.id = self.reserve_journaled(AuditEntry::TREE, 1)?;
                writes.add(std::slice::from_ref(&entry), entry.index_entries())?;
            }
        }
        writes.apply(self.store)?;
        if super::written::collecting() || self.store.kv.is_shared() {
            let mut written = super::written::Written::default();
            for record in records {
                written.add(T::TREE, record.id());
            }
            self.store.kv.announce(&written);
            super::written::committed(written);
        }
        Ok(())
    }

    /// Ends the import: from now on it survives a crash.
    pub fn finish(self) -> StoreResult<()> {
        self.finish_with(|_| Ok(()))
    }

    /// Ends the import with `last` written in the transaction that removes the journal
    /// (number counters): it commits with the import, or the import is undone.
    pub fn finish_with(mut self, last: impl Fn(&Tx) -> TxResult<()>) -> StoreResult<()> {
        self.store.transaction(|tx| {
            last(tx)?;
            tx.meta_remove(JOURNAL)
        })?;
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

/// A bulk insert of exactly `count` records of one kind, or of records that keep their ids.
pub struct BulkInsert<'s, T: Record> {
    bulk: Bulk<'s>,
    next: u64,
    end: u64,
    keep_ids: bool,
    marker: PhantomData<T>,
}

impl<T: Record> BulkInsert<'_, T> {
    /// Writes records (assigning their ids and version 1, or checking the ids they keep and
    /// version 1 where they have none) in one transaction.
    pub fn write(&mut self, records: &mut [T]) -> StoreResult<()> {
        let announced = || StoreError::Refused(crate::t!("core-store-import-more", kind = T::TREE));
        if self.keep_ids {
            for record in records.iter_mut() {
                if !(self.next..self.end).contains(&record.id()) {
                    return Err(announced());
                }
                self.next = record.id() + 1;
                record.set_version(record.version().max(1));
            }
        } else {
            let count = records.len() as u64;
            if self.next + count > self.end {
                return Err(announced());
            }
            for (offset, record) in records.iter_mut().enumerate() {
                record.set_id(self.next + offset as u64);
                record.set_version(1);
            }
            self.next += count;
        }
        let records: &[T] = records;
        let entries: Vec<Vec<IndexEntry>> = records.iter().map(Record::index_entries).collect();
        if entries.iter().flatten().any(|entry| entry.unique) {
            for chunk in records.chunks(TX_BATCH) {
                self.bulk.write(|tx| {
                    chunk
                        .iter()
                        .try_for_each(|record| tx.insert_reserved(record))
                })?;
            }
        } else {
            self.bulk.write_batched(records, entries)?;
        }
        Ok(())
    }

    pub fn finish(self) -> StoreResult<()> {
        self.bulk.finish()
    }
}

/// The lowest and highest id when the records keep their ids (then sorted by id), None when
/// none has one; refused when only some have one, or an id appears twice.
fn kept_ids<T: Record>(records: &mut [T]) -> StoreResult<Option<(u64, u64)>> {
    let with_id = records.iter().filter(|record| record.id() != 0).count();
    if with_id == 0 {
        return Ok(None);
    }
    if with_id < records.len() {
        return Err(StoreError::Refused(crate::t!(
            "core-store-some-ids",
            with_id = with_id.to_string(),
            count = records.len().to_string(),
            kind = T::TREE
        )));
    }
    records.sort_by_key(Record::id);
    if let Some(pair) = records.windows(2).find(|pair| pair[0].id() == pair[1].id()) {
        return Err(StoreError::Refused(crate::t!(
            "core-store-id-twice",
            kind = T::TREE,
            id = pair[0].id().to_string()
        )));
    }
    Ok(records
        .first()
        .zip(records.last())
        .map(|(low, high)| (low.id(), high.id())))
}

/// The journal's ranges plus one more, merged into the last range of the same tree when
/// they touch (an import's audit entries usually get consecutive ids).
fn with_range(ranges: &[Range], tree: &str, first: u64, count: u64) -> Vec<Range> {
    let mut all = ranges.to_vec();
    match all
        .iter_mut()
        .rev()
        .find(|range| range.tree == tree)
        .filter(|range| range.first + range.count == first)
    {
        Some(range) => range.count += count,
        None => all.push(Range {
            tree: tree.to_string(),
            first,
            count,
        }),
    }
    all
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
            keep_ids: false,
            marker: PhantomData,
        })
    }

    /// Starts an import of records that keep their ids, `low` to `high` — all beyond the
    /// last id the kind has given out (an export read back into an empty database).
    fn bulk_insert_keeping<T: Record>(
        &self,
        low: u64,
        high: u64,
    ) -> StoreResult<BulkInsert<'_, T>> {
        let mut bulk = self.bulk();
        let first = bulk.reserve_through::<T>(low, high)?;
        Ok(BulkInsert {
            bulk,
            next: first,
            end: high + 1,
            keep_ids: true,
            marker: PhantomData,
        })
    }

    /// Inserts all records or none of them, `BATCH` per transaction. Records without ids
    /// (0) get new ones; records that all carry ids (an export read back) keep them, in id
    /// order, when every one lies beyond the last id the kind has given out. Versions are
    /// kept, 1 where a record has none. `progress` is told how many are written after each
    /// batch.
    pub fn insert_all<T: Record>(
        &self,
        records: Vec<T>,
        progress: &mut dyn FnMut(usize),
    ) -> StoreResult<Vec<u64>> {
        self.insert_in_batches(records, BATCH, progress)
    }

    /// `insert_all` with `batch` records per `BulkInsert::write`.
    fn insert_in_batches<T: Record>(
        &self,
        mut records: Vec<T>,
        batch: usize,
        progress: &mut dyn FnMut(usize),
    ) -> StoreResult<Vec<u64>> {
        if records.is_empty() {
            return Ok(Vec::new());
        }
        let mut bulk = match kept_ids(&mut records)? {
            Some((low, high)) => self.bulk_insert_keeping::<T>(low, high)?,
            None => self.bulk_insert::<T>(records.len() as u64)?,
        };
        let mut written = 0;
        for chunk in records.chunks_mut(batch) {
            bulk.write(chunk)?;
            written += chunk.len();
            progress(written);
        }
        bulk.finish()?;
        Ok(records.iter().map(Record::id).collect())
    }

    /// Undoes an import that did not finish (see the module header).
    pub(super) fn recover_import(&self) -> StoreResult<()> {
        self.recover_import_observed(&mut |_| {})
    }

    /// `recover_import`, telling `observe` first when there is something to undo.
    pub(super) fn recover_import_observed(
        &self,
        observe: &mut dyn FnMut(OpenStep),
    ) -> StoreResult<()> {
        let Some(bytes) = self.tree(META)?.get(JOURNAL)? else {
            return Ok(());
        };
        observe(OpenStep::UndoingImport);
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
            let stop = (start + TX_BATCH as u64).min(end);
            let mut doomed = Vec::new();
            for entry in records.range(id_bytes(start)..id_bytes(stop)) {
                let (key, value) = entry?;
                doomed.push((key, (kind.entries_of)(&value)?));
            }
            self.transaction(|tx| {
                for (key, entries) in &doomed {
                    for entry in entries {
                        match entry.summed {
                            true => tx.adjust_sum(entry, false)?,
                            false => tx.raw_remove(entry.tree, &entry.key)?,
                        }
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

#[cfg(test)]
mod tests {
    use time::OffsetDateTime;

    use super::*;
    use rust_decimal::Decimal;

    use crate::domain::{Country, Currency, Customer, Item, Money, Phone, ReorderRule};

    fn customers(count: usize) -> Vec<Customer> {
        let de = Country::parse("DE").unwrap();
        (0..count)
            .map(|n| {
                let mut customer = Customer::new(&format!("Kunde {n}"), OffsetDateTime::UNIX_EPOCH);
                let phone = Phone::parse(&format!("030 {:07}", 1_000_000 + n), de).unwrap();
                customer.phones.push(phone);
                customer
            })
            .collect()
    }

    fn audit_entries(store: &Store) -> Vec<AuditEntry> {
        store
            .scan::<AuditEntry>()
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    /// Records per batch where a test needs several batches: more than one write of the
    /// PostgreSQL backend takes, so each batch spans writes as a full `BATCH` does.
    const SMALL_BATCH: usize = crate::store::kv::MANY + 1;

    #[test]
    fn a_batched_import_writes_records_indexes_and_one_audit_entry_per_batch() {
        crate::store::backends::each_store(|store| {
            let _scope =
                crate::store::audit::scope("anna", "Customers::Import", OffsetDateTime::UNIX_EPOCH);
            let ids = store
                .insert_in_batches(customers(SMALL_BATCH * 2 + 5), SMALL_BATCH, &mut |_| {})
                .unwrap();
            assert_eq!(ids.len(), SMALL_BATCH * 2 + 5);
            assert_eq!(
                store.scan::<Customer>().unwrap().count(),
                SMALL_BATCH * 2 + 5
            );
            let entries = audit_entries(store);
            assert_eq!(entries.len(), 3);
            let audited: usize = entries.iter().map(|entry| entry.changes.len()).sum();
            assert_eq!(audited, SMALL_BATCH * 2 + 5);
            assert!(entries.iter().all(|entry| entry.user == "anna"));
            assert_eq!(store.check().unwrap(), Vec::new());
            assert_eq!(store.tree(META).unwrap().get(JOURNAL).unwrap(), None);
        });
    }

    #[test]
    fn a_batched_import_that_never_finished_is_gone_with_its_audit_entries_after_reopening() {
        crate::store::backends::on_both(|place| {
            {
                let store = place.open();
                let _scope = crate::store::audit::scope(
                    "anna",
                    "Customers::Import",
                    OffsetDateTime::UNIX_EPOCH,
                );
                let mut bulk = store.bulk_insert::<Customer>(30).unwrap();
                let mut batch = customers(10);
                bulk.write(&mut batch[..5]).unwrap();
                bulk.write(&mut batch[5..]).unwrap();
                assert_eq!(audit_entries(&store).len(), 2);
                // The process dies here: no `finish`, and no `Drop` to clean up.
                std::mem::forget(bulk);
            }
            let mut steps = Vec::new();
            let store = place.open_observed(&mut |step| steps.push(step));
            assert_eq!(steps, [OpenStep::UndoingImport]);
            assert_eq!(store.scan::<Customer>().unwrap().count(), 0);
            assert_eq!(audit_entries(&store).len(), 0);
            assert_eq!(store.check().unwrap(), Vec::new());
        });
    }

    /// Customers carrying the given ids (and version 3), as an export read back gives them.
    fn with_ids(ids: &[u64]) -> Vec<Customer> {
        let mut records = customers(ids.len());
        for (record, id) in records.iter_mut().zip(ids) {
            record.id = *id;
            record.version = 3;
        }
        records
    }

    fn stored_ids(store: &Store) -> Vec<u64> {
        store
            .scan::<Customer>()
            .unwrap()
            .map(|customer| customer.unwrap().id)
            .collect()
    }

    #[test]
    fn records_that_carry_ids_keep_them_and_new_records_are_numbered_after_them() {
        crate::store::backends::each_store(|store| {
            let ids = store.insert_all(with_ids(&[9, 2, 5]), &mut |_| {}).unwrap();
            assert_eq!(ids, [2, 5, 9]);
            assert_eq!(stored_ids(store), [2, 5, 9]);
            let kept = store.get::<Customer>(5).unwrap().unwrap();
            assert_eq!((kept.name.as_str(), kept.version), ("Kunde 2", 3));
            let next = store
                .transaction(|tx| tx.insert(&mut customers(1).remove(0)))
                .unwrap();
            assert_eq!(next, 10);
            assert_eq!(store.check().unwrap(), Vec::new());
        });
    }

    #[test]
    fn ids_already_given_out_mixed_or_twice_are_refused_and_nothing_is_written() {
        crate::store::backends::each_store(|store| {
            store.insert_all(customers(3), &mut |_| {}).unwrap();
            let refusal = |ids: &[u64]| match store.insert_all(with_ids(ids), &mut |_| {}) {
                Err(StoreError::Refused(message)) => message,
                other => panic!("{ids:?}: {other:?}"),
            };
            let taken = refusal(&[3, 8]);
            assert!(taken.contains("ids up to 3"), "{taken}");
            assert!(refusal(&[4, 4]).contains("id 4 appears twice"));
            let mut mixed = with_ids(&[7]);
            mixed.extend(customers(1));
            let refused = store.insert_all(mixed, &mut |_| {}).unwrap_err();
            assert!(
                refused.to_string().contains("1 of 2 customers have an id"),
                "{refused}"
            );
            assert_eq!(stored_ids(store), [1, 2, 3]);
            assert_eq!(store.check().unwrap(), Vec::new());
            store.insert_all(with_ids(&[4, 8]), &mut |_| {}).unwrap();
            assert_eq!(stored_ids(store), [1, 2, 3, 4, 8]);
        });
    }

    #[test]
    fn an_import_keeping_ids_that_never_finished_is_gone_after_reopening() {
        crate::store::backends::on_both(|place| {
            {
                let store = place.open();
                store.insert_all(customers(2), &mut |_| {}).unwrap();
                let mut bulk = store.bulk_insert_keeping::<Customer>(5, 40).unwrap();
                bulk.write(&mut with_ids(&[5, 6, 20])).unwrap();
                std::mem::forget(bulk);
            }
            let store = place.open();
            assert_eq!(stored_ids(&store), [1, 2]);
            assert_eq!(store.check().unwrap(), Vec::new());
        });
    }

    #[test]
    fn records_with_unique_entries_keep_the_transaction_and_its_uniqueness_check() {
        crate::store::backends::each_store(|store| {
            let item = |sku: &str| Item {
                id: 0,
                sku: sku.into(),
                name: format!("Item {sku}"),
                uom: "pcs".into(),
                barcodes: Vec::new(),
                cost: Money::new(Decimal::ONE, Currency::EUR),
                price: Money::new(Decimal::TWO, Currency::EUR),
                reorder: ReorderRule::default(),
                lead_days: 0,
                active: true,
                vat: crate::domain::vat::VatCategory::Standard,
                planning: Default::default(),
                created: OffsetDateTime::UNIX_EPOCH,
                updated: OffsetDateTime::UNIX_EPOCH,
                version: 0,
            };
            let refused = store.insert_all(vec![item("A-1"), item("A-1")], &mut |_| {});
            assert!(refused.is_err());
            assert_eq!(store.scan::<Item>().unwrap().count(), 0);
            store
                .insert_all(vec![item("A-1"), item("B-2")], &mut |_| {})
                .unwrap();
            assert_eq!(store.scan::<Item>().unwrap().count(), 2);
            assert_eq!(store.check().unwrap(), Vec::new());
        });
    }
}
