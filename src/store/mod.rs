//! Store: the only place that knows sled and PostgreSQL (through `kv`, its ordered
//! key-value layer with one enum over the two). Records in one tree per kind keyed by id
//! (u64 BE), secondary-index trees named `<kind>.by_<field>`, counters, settings and
//! journals in `meta`. No backend type leaves this module, and no index key: their shapes (`keys`, private) and
//! tree names stay here, and the core asks each kind's typed index reads (`kinds::*`, built
//! on `scan`). Room: store (imports `domain` only).

pub mod audit;
mod audit_value;
#[cfg(test)]
mod backends;
pub mod backup;
mod balances;
mod bulk;
mod check;
mod copy;
mod error;
pub mod feed;
mod handles;
mod keys;
pub mod kinds;
mod kv;
mod open;
pub mod owner_only;
mod record;
mod scan;
mod sums;
mod tree_writes;
mod tx;
pub mod written;

pub use balances::Balance;
pub use bulk::{BATCH, Bulk, BulkInsert, TX_BATCH};
pub use check::{Problem, ProblemKind};
pub use error::{StoreError, StoreResult};
pub use kinds::{CustomerV1, KINDS, KindOps};
pub use record::{IndexEntry, Record, encode_with_schema};
pub use scan::IndexPosition;
pub use tx::{Tx, TxResult, abort};

use std::collections::HashMap;
use std::ops::Bound;
use std::path::{Path, PathBuf};

use keys::id_bytes;
use record::decode;
use tx::META;

/// Work `Store::open` does beyond opening sled, reported as it starts: each may take minutes
/// on a database with millions of records, and runs once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenStep {
    /// Removing what an import killed midway had written.
    UndoingImport,
    /// Rewriting the records of a kind (its tree name) written with an older schema version.
    Upgrading(&'static str),
    /// Filling the indexes of a kind whose list of indexes changed with this release.
    Reindexing(&'static str),
    /// Finishing a `kontor reindex` that was cut short.
    FinishingReindex,
    /// Building the word index of a kind (its tree name) for a database from before it:
    /// `done` of `total` records so far, reported at the start and every `WORD_STEP`.
    WordIndex {
        kind: &'static str,
        done: u64,
        total: u64,
    },
}

/// How many records the word index is built for between two reports of `OpenStep::WordIndex`.
pub const WORD_STEP: u64 = 100_000;

impl std::fmt::Display for OpenStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenStep::UndoingImport => f.write_str(&crate::t!("core-store-step-undo-import")),
            OpenStep::Upgrading(kind) => {
                f.write_str(&crate::t!("core-store-step-upgrade", kind = *kind))
            }
            OpenStep::Reindexing(kind) => {
                f.write_str(&crate::t!("core-store-step-reindex", kind = *kind))
            }
            OpenStep::FinishingReindex => f.write_str(&crate::t!("core-store-step-finish-reindex")),
            OpenStep::WordIndex { kind, done, total } => f.write_str(&crate::t!(
                "search-step-word-index",
                kind = *kind,
                done = *done,
                total = *total
            )),
        }
    }
}

/// How much memory sled's page cache may use. sled grows past it, so it is set low.
const CACHE_BYTES: u64 = 64 * 1024 * 1024;

/// Entries per write when a whole database is written into another (`copy`, `restore`).
const ENTRIES_PER_WRITE: usize = 1_000;

/// An open database. Cheap to share by reference; all methods take `&self`.
pub struct Store {
    kv: kv::Backend,
    /// The data directory (sled's database, or beside a PostgreSQL one: the server's files).
    path: PathBuf,
    slots: HashMap<&'static str, usize>,
    /// The gate every write passes and the notes a running backup reads.
    log: backup::Log,
}

/// The names of every tree of a store, in slot order.
fn tree_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = vec![META, balances::BALANCES];
    for kind in KINDS {
        names.push(kind.tree);
        names.extend(kind.indexes);
    }
    names
}

impl Store {
    /// Opens (creating if needed, owner-only: see `owner_only`) the database in `dir`,
    /// recovers an interrupted import, upgrades records written with older schema versions
    /// and fills indexes new to this release.
    pub fn open(dir: &Path) -> StoreResult<Store> {
        Store::open_observed(dir, &mut |_| {})
    }

    /// `open`, telling `observe` about each long step before it starts.
    pub fn open_observed(dir: &Path, observe: &mut dyn FnMut(OpenStep)) -> StoreResult<Store> {
        owner_only::create_dir(dir)
            .map_err(|error| StoreError::Open(dir.to_path_buf(), error.to_string()))?;
        let names = tree_names();
        let sled = handles::Sled::open(dir, CACHE_BYTES, names.clone())?;
        Store::opened(kv::Backend::Sled(sled), dir, &names, observe)
    }

    /// `open_postgres` with `url` when one is given, else `open_observed` (sled in `dir`).
    pub fn open_at(
        dir: &Path,
        url: Option<&str>,
        observe: &mut dyn FnMut(OpenStep),
    ) -> StoreResult<Store> {
        match url {
            Some(url) => Store::open_postgres(url, dir, observe),
            None => Store::open_observed(dir, observe),
        }
    }

    /// Opens the PostgreSQL database at `url` (`postgres://user@host/database`), creating
    /// or upgrading kontor's schema in it, then does what `open_observed` does. `dir` is the
    /// data directory the server keeps its own files in (created owner-only when missing).
    pub fn open_postgres(
        url: &str,
        dir: &Path,
        observe: &mut dyn FnMut(OpenStep),
    ) -> StoreResult<Store> {
        let pg = kv::pg::Pg::open(url)?;
        owner_only::create_dir(dir)
            .map_err(|error| StoreError::Open(dir.to_path_buf(), error.to_string()))?;
        Store::opened(kv::Backend::Postgres(pg), dir, &tree_names(), observe)
    }

    fn opened(
        kv: kv::Backend,
        dir: &Path,
        names: &[&'static str],
        observe: &mut dyn FnMut(OpenStep),
    ) -> StoreResult<Store> {
        let slots = names
            .iter()
            .enumerate()
            .map(|(slot, name)| (*name, slot))
            .collect();
        let store = Store {
            kv,
            path: dir.to_path_buf(),
            slots,
            log: backup::Log::default(),
        };
        store.settle(observe)?;
        Ok(store)
    }

    /// What opening does once the trees are there (and a restore, once it wrote them):
    /// undoes an import cut short, finishes a reindex cut short, upgrades records written
    /// with older schema versions and fills indexes new to this release.
    fn settle(&self, observe: &mut dyn FnMut(OpenStep)) -> StoreResult<()> {
        self.recover_import_observed(observe)?;
        self.finish_reindex(observe)?;
        self.upgrade_schemas_and_indexes(observe)
    }

    /// Waits up to `timeout` until no one holds the database in `dir` — also the sled
    /// threads of a store this process dropped a moment ago; false when someone still does.
    pub fn wait_until_free(dir: &Path, timeout: std::time::Duration) -> bool {
        open::wait_until_free(dir, timeout)
    }

    /// `place` as messages may show it: a PostgreSQL address without its password.
    pub fn shown_address(place: &str) -> String {
        kv::pg::without_password(place)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(in crate::store) fn tree(&self, name: &str) -> StoreResult<kv::Tree> {
        match self.slots.get_key_value(name) {
            Some((&name, &slot)) => self.kv.tree(slot, name),
            None => Err(StoreError::Sled(format!("no tree named {name}"))),
        }
    }

    /// Runs `work` in one transaction over every tree. `work` may run more than once.
    /// What it wrote is reported to the open `written::collect`ion once it commits (and
    /// to a running backup, audit entries included).
    pub fn transaction<R>(&self, work: impl Fn(&Tx) -> TxResult<R>) -> StoreResult<R> {
        let _writing = self.log.writing();
        let written = std::cell::RefCell::new(written::Written::default());
        let result = self.kv.transaction(|views| {
            let tx = Tx {
                views,
                slots: &self.slots,
                changes: std::cell::RefCell::new(Vec::new()),
                written: std::cell::RefCell::new(written::Written::default()),
            };
            let result = work(&tx).map_err(|error| error.0)?;
            tx.write_audit().map_err(|error| error.0)?;
            let wrote = tx.written.take();
            views.announce(&wrote);
            written.replace(wrote);
            Ok(result)
        })?;
        let written = written.into_inner();
        self.log.note(&written);
        written::committed(written.without(audit::AUDIT_TREE));
        Ok(result)
    }

    /// Makes everything written so far durable. Call where the user is told "saved".
    pub fn flush(&self) -> StoreResult<()> {
        self.kv.flush()
    }

    /// The highest id ever given out in `tree` (0 for none).
    pub fn last_id(&self, tree: &str) -> StoreResult<u64> {
        self.transaction(|tx| tx.last_id(tree))
    }

    pub fn get<T: Record>(&self, id: u64) -> StoreResult<Option<T>> {
        match self.tree(T::TREE)?.get(id_bytes(id))? {
            Some(bytes) => decode::<T>(&bytes).map(Some),
            None => Ok(None),
        }
    }

    pub fn require<T: Record>(&self, id: u64) -> StoreResult<T> {
        self.get(id)?
            .ok_or(StoreError::NotFound { kind: T::NAME, id })
    }

    /// Every record of a kind in id order.
    pub fn scan<T: Record>(&self) -> StoreResult<impl Iterator<Item = StoreResult<T>> + '_> {
        Ok(self.tree(T::TREE)?.iter().map(|entry| {
            let (_, bytes) = entry?;
            decode::<T>(&bytes)
        }))
    }

    /// Ids of the records of a kind that `keep` holds for, in id order: every record read,
    /// for kinds without an index on what is asked.
    pub fn ids_where<T: Record>(&self, keep: impl Fn(&T) -> bool) -> StoreResult<Vec<u64>> {
        let mut ids = Vec::new();
        for record in self.scan::<T>()? {
            let record = record?;
            if keep(&record) {
                ids.push(record.id());
            }
        }
        Ok(ids)
    }

    /// Records of a kind with ids after `after`, at most `limit`, in id order.
    pub fn page<T: Record>(&self, after: u64, limit: usize) -> StoreResult<Vec<T>> {
        self.tree(T::TREE)?
            .range(id_bytes(after.saturating_add(1))..)
            .take(limit)
            .map(|entry| decode::<T>(&entry?.1))
            .collect()
    }

    /// The `limit` records of a kind with the highest ids, highest first.
    pub fn last<T: Record>(&self, limit: usize) -> StoreResult<Vec<T>> {
        self.before(None, limit)
    }

    /// At most `count` records of a kind with ids below `below` (any id when `None`),
    /// highest first: one page of a newest-first walk, which goes on below the lowest id
    /// of the page.
    pub fn before<T: Record>(&self, below: Option<u64>, count: usize) -> StoreResult<Vec<T>> {
        let end = below.map_or(Bound::Unbounded, |id| Bound::Excluded(id_bytes(id)));
        self.tree(T::TREE)?
            .range((Bound::Unbounded, end))
            .rev()
            .take(count)
            .map(|entry| decode::<T>(&entry?.1))
            .collect()
    }

    /// Whether no record of any kind exists.
    pub fn is_empty(&self) -> StoreResult<bool> {
        for kind in KINDS {
            if !self.tree(kind.tree)?.is_empty()? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// A setting from the `meta` tree.
    pub fn setting(&self, name: &str) -> StoreResult<Option<String>> {
        let value = self.tree(META)?.get(format!("setting/{name}"))?;
        Ok(value.map(|v| String::from_utf8_lossy(&v).into_owned()))
    }

    pub fn set_setting(&self, name: &str, value: &str) -> StoreResult<()> {
        let _writing = self.log.writing();
        self.kv.before_write()?;
        self.tree(META)?
            .insert(format!("setting/{name}"), value.as_bytes())
            .map_err(|error| self.kv.noted(error))?;
        let mut changed = written::Written::default();
        changed.note_setting();
        self.kv.announce(&changed);
        written::committed(changed);
        Ok(())
    }

    /// Rewrites the records of each kind written with an older schema version, and fills
    /// the indexes a release added to a kind's list (once; all of the kind's indexes when the
    /// database predates the lists).
    fn upgrade_schemas_and_indexes(&self, observe: &mut dyn FnMut(OpenStep)) -> StoreResult<()> {
        let meta = self.tree(META)?;
        let mut changed = false;
        for kind in KINDS {
            let key = format!("schema/{}", kind.tree);
            let stored = meta
                .get(&key)?
                .and_then(|v| <[u8; 2]>::try_from(v.as_ref()).ok())
                .map(u16::from_be_bytes);
            let indexes_key = format!("indexes/{}", kind.tree);
            let indexes = kind.indexes.join(",");
            let indexed_as = meta.get(&indexes_key)?;
            let list_changed = indexed_as.as_deref() != Some(indexes.as_bytes());
            if stored.is_some_and(|version| version < kind.schema) {
                observe(OpenStep::Upgrading(kind.tree));
                self.upgrade_kind(kind)?;
            } else if list_changed {
                let added = self.indexes_to_fill(kind, indexed_as.as_deref())?;
                if added.iter().any(|index| kinds::words::is_word_index(index)) {
                    self.fill_word_index(kind, &added, observe)?;
                } else if !added.is_empty() {
                    observe(OpenStep::Reindexing(kind.tree));
                    self.reindex_trees(kind, &added)?;
                }
            }
            if stored != Some(kind.schema) {
                meta.insert(key, kind.schema.to_be_bytes())?;
                changed = true;
            }
            if list_changed {
                meta.insert(indexes_key, indexes.as_bytes())?;
                changed = true;
            }
        }
        // Only a database that was written to needs flushing: a read-only command starts
        // without disk I/O.
        if changed { self.flush() } else { Ok(()) }
    }

    /// The indexes of a kind that the database was not indexed with: those missing from the
    /// list it keeps (`indexed_as`); all of them for a database written before the lists were
    /// kept that holds records of the kind (rebuilt once to be sure).
    fn indexes_to_fill(
        &self,
        kind: &KindOps,
        indexed_as: Option<&[u8]>,
    ) -> StoreResult<Vec<&'static str>> {
        Ok(match indexed_as {
            Some(names) => {
                let known = String::from_utf8_lossy(names);
                let known: Vec<&str> = known.split(',').collect();
                kind.indexes
                    .iter()
                    .copied()
                    .filter(|index| !known.contains(index))
                    .collect()
            }
            None if self.tree(kind.tree)?.is_empty()? => Vec::new(),
            None => kind.indexes.to_vec(),
        })
    }

    /// Rewrites every record of a kind in the current schema and rebuilds its indexes.
    fn upgrade_kind(&self, kind: &KindOps) -> StoreResult<()> {
        let tree = self.tree(kind.tree)?;
        for entry in tree.iter() {
            let (key, bytes) = entry?;
            if record::schema_of(&bytes, kind.name)? != kind.schema {
                tree.insert(key, (kind.upgrade)(&bytes)?)?;
            }
        }
        self.reindex_kind(kind)
    }
}

#[cfg(test)]
mod tests {
    use time::OffsetDateTime;

    use super::*;
    use crate::domain::Customer;

    /// Saves a customer of that name.
    fn add_customer(store: &Store, name: &str) {
        let customer = Customer::new(name, OffsetDateTime::UNIX_EPOCH);
        store
            .transaction(|tx| tx.insert(&mut customer.clone()))
            .unwrap();
    }
    #[test]
    fn pages_before_an_id_walk_every_record_newest_first_once() {
        backends::each_store(pages_walk_newest_first_once);
    }

    fn pages_walk_newest_first_once(store: &Store) {
        for n in 1..=7 {
            add_customer(store, &format!("Kunde {n}"));
        }
        let ids = |page: &[Customer]| page.iter().map(|c| c.id).collect::<Vec<_>>();
        let mut walked = Vec::new();
        let mut below = None;
        loop {
            let page = store.before::<Customer>(below, 3).unwrap();
            walked.push(ids(&page));
            match page.last() {
                Some(lowest) => below = Some(lowest.id),
                None => break,
            }
        }
        assert_eq!(walked, [vec![7, 6, 5], vec![4, 3, 2], vec![1], vec![]]);
        assert_eq!(
            ids(&store.before::<Customer>(Some(1), 3).unwrap()),
            [0u64; 0]
        );
        assert_eq!(
            ids(&store.before::<Customer>(Some(100), 2).unwrap()),
            [7, 6]
        );
        assert_eq!(ids(&store.last::<Customer>(2).unwrap()), [7, 6]);
    }

    #[test]
    fn a_reindex_cut_short_is_finished_by_the_next_open() {
        backends::on_both(reindex_cut_short_is_finished);
    }

    fn reindex_cut_short_is_finished(place: &backends::Place) {
        {
            let store = place.open();
            add_customer(&store, "Kunde");
            // What a process killed inside `reindex` leaves: the mark, an index emptied.
            store
                .tree(META)
                .unwrap()
                .insert("reindex/under-way", [])
                .unwrap();
            store.tree("customers.by_name").unwrap().clear().unwrap();
            assert_eq!(store.check().unwrap().len(), 1);
            store.flush().unwrap();
        }
        let mut steps = Vec::new();
        let store = place.open_observed(&mut |step| steps.push(step));
        assert_eq!(steps, [OpenStep::FinishingReindex]);
        assert_eq!(store.check().unwrap(), Vec::new());
        drop(store);
        let mut again = Vec::new();
        place.open_observed(&mut |step| again.push(step));
        assert_eq!(again, []);
    }

    #[test]
    fn a_store_reopens_at_once_after_it_is_dropped_but_not_while_it_is_held() {
        let dir = tempfile::tempdir().unwrap();
        for round in 1..=10 {
            let store = Store::open(dir.path()).unwrap();
            add_customer(&store, &format!("Kunde {round}"));
            assert_eq!(store.scan::<Customer>().unwrap().count(), round);
        }
        let held = Store::open(dir.path()).unwrap();
        let refused = Store::open(dir.path()).err();
        assert!(
            matches!(&refused, Some(StoreError::InUse(path)) if path == dir.path()),
            "{refused:?}"
        );
        drop(held);
    }

    #[test]
    fn a_snapshot_left_unfinished_by_a_killed_process_does_not_stop_the_store_from_opening() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            add_customer(&store, "Alfreds Futterkiste");
            store.flush().unwrap();
        }
        let unfinished = dir.path().join("snap.FFFFFFFFFFFFFFFF.generating");
        std::fs::write(&unfinished, b"half a snapshot").unwrap();
        // sled's flusher thread may still hold the directory's lock a moment after the
        // store above is dropped: wait for it rather than read that as the answer.
        let mut plain = None;
        for _ in 0..200 {
            plain = sled::Config::new().path(dir.path()).open().err();
            let locked = matches!(&plain, Some(sled::Error::Io(error))
                if error.to_string().contains("could not acquire lock"));
            if !locked {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(
            matches!(plain, Some(sled::Error::Corruption { .. })),
            "sled alone refuses it: {plain:?}"
        );
        let store = Store::open(dir.path()).unwrap();
        let names: Vec<String> = store
            .scan::<Customer>()
            .unwrap()
            .map(|customer| customer.unwrap().name)
            .collect();
        assert_eq!(names, ["Alfreds Futterkiste"]);
        assert!(!unfinished.exists());
        assert_eq!(store.check().unwrap(), Vec::new());
    }
}
