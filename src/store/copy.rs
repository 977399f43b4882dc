//! Copying a whole database into another that holds no record yet — sled to PostgreSQL or
//! back (`kontor migrate`): every record of every kind and the `meta` tree (counters,
//! settings, schema versions) are copied as they are, `ENTRIES_PER_WRITE` at a time; the
//! target's indexes and stock balances are then rebuilt from its records (`reindex`), and
//! every record is read back from both and compared byte for byte (`meta` is not compared:
//! opening the target wrote its own schema notes there first). Room: store.

use super::error::{StoreError, StoreResult};
use super::kv::Tree;
use super::tx::META;
use super::{ENTRIES_PER_WRITE, KINDS, Store};

impl Store {
    /// Copies every record and the `meta` tree into `target` (which must hold no record),
    /// rebuilds its indexes and compares every record of both. `progress` is told the
    /// entries copied so far. Returns how many were copied.
    pub fn copy_into(&self, target: &Store, progress: &mut dyn FnMut(u64)) -> StoreResult<u64> {
        if !target.is_empty()? {
            return Err(StoreError::Refused(crate::t!(
                "core-store-copy-target-not-empty"
            )));
        }
        let mut copied = 0;
        for name in KINDS.iter().map(|kind| kind.tree).chain([META]) {
            let to = target.tree(name)?;
            let mut chunk = Vec::with_capacity(ENTRIES_PER_WRITE);
            for entry in self.tree(name)?.iter() {
                let (key, value) = entry?;
                chunk.push((key.to_vec(), value.to_vec()));
                if chunk.len() == ENTRIES_PER_WRITE {
                    copied += ENTRIES_PER_WRITE as u64;
                    to.insert_many(std::mem::take(&mut chunk))?;
                    progress(copied);
                }
            }
            copied += chunk.len() as u64;
            to.insert_many(chunk)?;
            progress(copied);
        }
        target.reindex()?;
        target.flush()?;
        for kind in KINDS {
            same_entries(kind.tree, &self.tree(kind.tree)?, &target.tree(kind.tree)?)?;
        }
        Ok(copied)
    }
}

/// Whether both trees hold the same entries; the first difference is the error.
fn same_entries(name: &str, source: &Tree, target: &Tree) -> StoreResult<()> {
    let mut theirs = target.iter();
    for ours in source.iter() {
        let ours = ours?;
        match theirs.next().transpose()? {
            Some(copy) if copy == ours => {}
            _ => return Err(differs(name, &ours.0)),
        }
    }
    match theirs.next().transpose()? {
        Some((key, _)) => Err(differs(name, &key)),
        None => Ok(()),
    }
}

fn differs(tree: &str, key: &[u8]) -> StoreError {
    StoreError::Refused(crate::t!(
        "core-store-copy-differs",
        tree = tree,
        key = format!("{key:02x?}")
    ))
}
