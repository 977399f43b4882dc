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
mod restore;

pub use format::FORMAT;
pub use log::Log;
pub use restore::{restore, verify};

use std::io::Write;

use format::{Entry, Writer};

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

fn failed(error: std::io::Error) -> StoreError {
    StoreError::Refused(crate::t!(
        "core-store-backup-failed",
        reason = error.to_string()
    ))
}

#[cfg(test)]
mod tests;
