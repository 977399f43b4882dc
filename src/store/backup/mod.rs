//! Backup and restore. A backup is every record of every kind and the `meta` tree (counters,
//! settings, schema versions, an unfinished import's journal), consistent as of one moment,
//! taken while others go on writing: the trees are copied as they are while every commit
//! notes the records it wrote (`log`), the noted records are copied again (as puts, or
//! deletes for records gone), and only the last few are copied with writers held at the
//! gate — so a backup of millions of records stalls a writer for milliseconds. Index trees
//! and stock balances are not copied: they follow from the records, and a restore rebuilds
//! them (`reindex`). A restore reads the file twice: once to check it whole (format,
//! checksum, end), then to write it into a new database, so a damaged file writes nothing.
//! Room: store.

mod format;
mod log;

pub use format::FORMAT;
pub use log::Log;

use std::fs::File;
use std::io::{BufReader, Write};
use std::path::Path;

use format::{Entry, Reader, Writer};

use super::error::{StoreError, StoreResult};
use super::keys::{id_bytes, read_u64};
use super::tx::META;
use super::written::Written;
use super::{KINDS, Store};

/// Rounds of copying noted records again before writers are held: each round copies what
/// was written during the one before, so they shrink unless writers outpace the copy.
const CATCH_UP_ROUNDS: usize = 8;
/// Noted records few enough to copy with writers held at the gate.
const COPY_WHILE_HELD: u64 = 2_000;

/// What a backup or a restore did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copied {
    /// Entries in the file (records, their later copies, deletes and `meta` keys).
    pub entries: u64,
    /// Bytes of the file.
    pub bytes: u64,
}

impl Store {
    /// Writes a backup of the database to `out` while it stays open for writing.
    /// `progress` is told (entries written, entries expected) as the copy goes.
    pub fn backup(
        &self,
        out: &mut dyn Write,
        progress: &mut dyn FnMut(u64, u64),
    ) -> StoreResult<Copied> {
        let armed = self.log.arm()?;
        let estimate = self.records_estimate()?;
        let mut writer = Writer::start(out, estimate).map_err(failed)?;
        for kind in KINDS {
            for entry in self.tree(kind.tree)?.iter() {
                let (key, value) = entry?;
                writer.put(kind.tree, &key, &value).map_err(failed)?;
                if writer.entries().is_multiple_of(4096) {
                    progress(writer.entries(), estimate);
                }
            }
        }
        for _ in 0..CATCH_UP_ROUNDS {
            let noted = armed.take();
            let count = noted.count();
            self.copy_noted(&noted, &mut writer)?;
            if count <= COPY_WHILE_HELD {
                break;
            }
        }
        let held = {
            let _paused = self.log.pause();
            let mut held = Vec::new();
            self.read_noted(&armed.take(), &mut held)?;
            for entry in self.tree(META)?.iter() {
                let (key, value) = entry?;
                held.push(Entry::Put {
                    tree: META.to_string(),
                    key: key.to_vec(),
                    value: value.to_vec(),
                });
            }
            held
        };
        drop(armed);
        for entry in &held {
            writer.entry(entry).map_err(failed)?;
        }
        progress(writer.entries(), estimate);
        let (entries, bytes) = writer.finish().map_err(failed)?;
        Ok(Copied { entries, bytes })
    }

    /// How many records the backup will hold, about: the ids given out per kind.
    fn records_estimate(&self) -> StoreResult<u64> {
        let meta = self.tree(META)?;
        let mut estimate = 0;
        for kind in KINDS {
            if let Some(last) = meta.get(format!("seq/{}", kind.tree))? {
                estimate += read_u64(&last).unwrap_or(0);
            }
        }
        Ok(estimate)
    }

    fn copy_noted(&self, noted: &Written, writer: &mut Writer<&mut dyn Write>) -> StoreResult<()> {
        let mut entries = Vec::new();
        self.read_noted(noted, &mut entries)?;
        for entry in &entries {
            writer.entry(entry).map_err(failed)?;
        }
        Ok(())
    }

    /// The current value (or absence) of every noted record.
    fn read_noted(&self, noted: &Written, into: &mut Vec<Entry>) -> StoreResult<()> {
        for tree_name in noted.trees() {
            let tree = self.tree(tree_name)?;
            for id in noted.ids(tree_name) {
                let key = id_bytes(id).to_vec();
                into.push(match tree.get(&key)? {
                    Some(value) => Entry::Put {
                        tree: tree_name.to_string(),
                        key,
                        value: value.to_vec(),
                    },
                    None => Entry::Delete {
                        tree: tree_name.to_string(),
                        key,
                    },
                });
            }
        }
        Ok(())
    }
}

/// Restores the backup in `file` into `dir`, which must not exist or be empty; checks the
/// whole file first, then writes it, rebuilds every index and balance, and flushes. On any
/// failure what was created is removed again. `progress` is told (entries, expected).
pub fn restore(file: &Path, dir: &Path, progress: &mut dyn FnMut(u64, u64)) -> StoreResult<Copied> {
    let copied = verify(file)?;
    let created = prepare_empty(dir)?;
    let written = write_restored(Reader::start(open(file)?)?, dir, progress)
        .and_then(|()| Store::open(dir))
        .and_then(|store| {
            store.reindex()?;
            store.flush()
        });
    match written {
        Ok(()) => Ok(copied),
        Err(error) => {
            created.remove();
            Err(error)
        }
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

fn write_restored(
    mut reader: Reader<BufReader<File>>,
    dir: &Path,
    progress: &mut dyn FnMut(u64, u64),
) -> StoreResult<()> {
    let db = super::open::open_sled(dir, super::CACHE_BYTES)?;
    let estimate = reader.estimate;
    let mut done: u64 = 0;
    while let Some(entry) = reader.next_entry()? {
        match entry {
            Entry::Put { tree, key, value } => {
                db.open_tree(tree)?.insert(key, value)?;
            }
            Entry::Delete { tree, key } => {
                db.open_tree(tree)?.remove(key)?;
            }
        }
        done += 1;
        if done.is_multiple_of(4096) {
            progress(done, estimate);
        }
    }
    progress(done, estimate);
    db.flush()?;
    drop(db);
    super::open::wait_until_free(dir, std::time::Duration::from_secs(5));
    Ok(())
}

/// What a restore created, to remove on failure.
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
            super::owner_only::create_dir(dir)
                .map_err(|error| StoreError::Open(dir.to_path_buf(), error.to_string()))?;
            Ok(Created {
                dir,
                dir_created: true,
            })
        }
        Err(error) => Err(StoreError::Open(dir.to_path_buf(), error.to_string())),
    }
}

fn failed(error: std::io::Error) -> StoreError {
    StoreError::Refused(crate::t!(
        "core-store-backup-failed",
        reason = error.to_string()
    ))
}

#[cfg(test)]
mod tests;
