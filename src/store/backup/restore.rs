//! Restoring a backup into a new database: sled in a directory that is new or empty, or a
//! PostgreSQL database that holds no records. The file is read twice: once to check it
//! whole (format, every entry, end, checksum, known trees), then to write it,
//! `ENTRIES_PER_WRITE` at a time; the restored database then does what opening does
//! (undoes an import the backup caught under way, upgrades records of older schema
//! versions), rebuilds every index and balance and is flushed. On any failure what was written goes again: the
//! directory's contents, or every entry of the PostgreSQL database. Room: store.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use super::Copied;
use super::format::{Entry, Reader};
use crate::store::error::{StoreError, StoreResult};
use crate::store::tx::META;
use crate::store::{ENTRIES_PER_WRITE, KINDS, Store};

/// Restores the backup in `file` into a new database: with `url`, the PostgreSQL database
/// there (which must hold no records; `dir` is its data directory), else sled in `dir`
/// (which must not exist or be empty). Checks the whole file first, then writes it,
/// rebuilds every index and balance, and flushes; on any failure what was written is
/// removed again. `progress` is told (entries, expected).
pub fn restore(
    file: &Path,
    dir: &Path,
    url: Option<&str>,
    progress: &mut dyn FnMut(u64, u64),
) -> StoreResult<Copied> {
    let copied = verify(file)?;
    match url {
        None => {
            let created = prepare_empty(dir)?;
            let restored = Store::open(dir).and_then(|store| store.restore_from(file, progress));
            if let Err(error) = restored {
                created.remove();
                return Err(error);
            }
        }
        Some(url) => {
            let store = Store::open_postgres(url, dir, &mut |_| {})?;
            if !store.is_empty()? {
                return Err(StoreError::Refused(crate::t!(
                    "core-store-restore-database-not-empty",
                    database = Store::shown_address(url)
                )));
            }
            if let Err(error) = store.restore_from(file, progress) {
                let _ = store.clear_every_tree();
                return Err(error);
            }
        }
    }
    Ok(copied)
}

impl Store {
    /// Writes the checked backup `file` into this store, which holds no records (its `meta`
    /// tree becomes the backup's), settles it as opening does, rebuilds every index and
    /// balance, and flushes.
    fn restore_from(&self, file: &Path, progress: &mut dyn FnMut(u64, u64)) -> StoreResult<()> {
        self.tree(META)?.clear()?;
        let mut reader = Reader::start(open(file)?)?;
        let estimate = reader.estimate;
        let mut pending = Pending::default();
        let mut done: u64 = 0;
        while let Some(entry) = reader.next_entry()? {
            pending.note(entry);
            if pending.0.len() >= ENTRIES_PER_WRITE {
                pending.write_into(self)?;
            }
            done += 1;
            if done.is_multiple_of(4096) {
                progress(done, estimate);
            }
        }
        pending.write_into(self)?;
        progress(done, estimate);
        self.settle(&mut |_| {})?;
        self.reindex()?;
        self.flush()
    }

    /// Removes every entry of every tree: a database without records, settings or notes.
    fn clear_every_tree(&self) -> StoreResult<()> {
        for name in self.slots.keys() {
            self.tree(name)?.clear()?;
        }
        Ok(())
    }
}

/// A key and its value.
type Pair = (Vec<u8>, Vec<u8>);

/// Entries read and not written yet, by tree and key: the last one of a key wins (a
/// backup copies a record again, or its removal, after the first copy).
#[derive(Default)]
struct Pending(BTreeMap<(String, Vec<u8>), Option<Vec<u8>>>);

impl Pending {
    fn note(&mut self, entry: Entry) {
        match entry {
            Entry::Put { tree, key, value } => self.0.insert((tree, key), Some(value)),
            Entry::Delete { tree, key } => self.0.insert((tree, key), None),
        };
    }

    /// Writes what is pending into `store`, tree by tree in key order.
    fn write_into(&mut self, store: &Store) -> StoreResult<()> {
        let mut by_tree: BTreeMap<String, Vec<Pair>> = BTreeMap::new();
        for ((tree, key), value) in std::mem::take(&mut self.0) {
            match value {
                Some(value) => by_tree.entry(tree).or_default().push((key, value)),
                None => store.tree(&tree)?.remove(key)?,
            }
        }
        for (tree, pairs) in by_tree {
            store.tree(&tree)?.insert_many(pairs)?;
        }
        Ok(())
    }
}

fn open(file: &Path) -> StoreResult<BufReader<File>> {
    File::open(file).map(BufReader::new).map_err(|error| {
        StoreError::Refused(crate::t!(
            "core-store-unreadable",
            reason = error.to_string()
        ))
    })
}

/// Reads the backup `file` whole and checks it: the format, every entry, the end and the
/// checksum, and that every tree it names is one this kontor knows.
pub fn verify(file: &Path) -> StoreResult<Copied> {
    check_whole(file).map_err(|error| match error {
        StoreError::Refused(why) => StoreError::Refused(format!("{} {why}", file.display())),
        other => other,
    })
}

fn check_whole(file: &Path) -> StoreResult<Copied> {
    let mut checked = Reader::start(open(file)?)?;
    let mut entries = 0;
    // An unknown tree is told only once the checksum holds: a damaged byte in a tree's
    // name is damage, not a newer release.
    let mut unknown: Option<String> = None;
    while let Some(entry) = checked.next_entry()? {
        let tree = match &entry {
            Entry::Put { tree, .. } | Entry::Delete { tree, .. } => tree,
        };
        if unknown.is_none() && tree != META && !KINDS.iter().any(|kind| kind.tree == tree) {
            unknown = Some(tree.to_string());
        }
        entries += 1;
    }
    if let Some(tree) = unknown {
        return Err(StoreError::Refused(crate::t!(
            "core-store-backup-unknown-tree",
            tree = tree
        )));
    }
    let bytes = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    Ok(Copied { entries, bytes })
}

/// What a restore created in a directory, to remove on failure.
struct Created<'a> {
    dir: &'a Path,
    /// Whether the directory itself was created (else only its contents are removed).
    dir_created: bool,
}

impl Created<'_> {
    fn remove(self) {
        if self.dir_created {
            let _ = std::fs::remove_dir_all(self.dir);
            return;
        }
        if let Ok(entries) = std::fs::read_dir(self.dir) {
            for entry in entries.flatten() {
                let path = entry.path();
                let _ = match path.is_dir() {
                    true => std::fs::remove_dir_all(&path),
                    false => std::fs::remove_file(&path),
                };
            }
        }
    }
}

/// Makes sure `dir` is new or empty, creating it when it does not exist.
fn prepare_empty(dir: &Path) -> StoreResult<Created<'_>> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(StoreError::Refused(crate::t!(
                    "core-store-restore-not-empty",
                    path = dir.display().to_string()
                )));
            }
            Ok(Created {
                dir,
                dir_created: false,
            })
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            crate::store::owner_only::create_dir(dir)
                .map_err(|error| StoreError::Open(dir.to_path_buf(), error.to_string()))?;
            Ok(Created {
                dir,
                dir_created: true,
            })
        }
        Err(error) => Err(StoreError::Open(dir.to_path_buf(), error.to_string())),
    }
}
