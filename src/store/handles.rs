//! sled's handles of an open store — the `Db` and one `Tree` per tree name — and their
//! renewal after a full disk. sled 0.34 stops writing for good once a write has failed: it
//! keeps the I/O error and returns it to every later write, though reads go on. So when a
//! write fails for lack of space the store marks itself full; before its next write, once
//! `MIN_FREE` bytes are free again on the database's file system, it reopens sled (what was
//! durable before the failure is all there; what failed was never reported saved). Until
//! then reads are served from the old handles. A store dropped while full lets go of its
//! handles without sled's closing flush: that flush waits for a log write that failed for
//! lack of space, for good, holding a lock sled shares across the process. Room: store.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{PoisonError, RwLock, RwLockReadGuard};

use super::error::{StoreError, StoreResult};

/// Free space on the database's file system below which a full store does not try to
/// reopen (sled needs room for a new segment of its log to open at all).
const MIN_FREE: u64 = 8 << 20;

/// sled's database and trees, in the order of the store's tree names.
pub(super) struct Handles {
    pub(super) db: sled::Db,
    pub(super) trees: Vec<sled::Tree>,
}

/// The current handles, renewed after a full disk.
pub(super) struct Sled {
    dir: PathBuf,
    cache_bytes: u64,
    names: Vec<&'static str>,
    handles: RwLock<Option<Handles>>,
    full: AtomicBool,
}

impl Sled {
    /// Opens sled in `dir` with the trees `names`.
    pub(super) fn open(
        dir: &Path,
        cache_bytes: u64,
        names: Vec<&'static str>,
    ) -> StoreResult<Sled> {
        let handles = open_handles(dir, cache_bytes, &names)?;
        Ok(Sled {
            dir: dir.to_path_buf(),
            cache_bytes,
            names,
            handles: RwLock::new(Some(handles)),
            full: AtomicBool::new(false),
        })
    }

    /// A hold on the current handles, reopening a full store first when its handles are
    /// gone. Never held across other calls of the store (a reopen waits for it).
    fn read(&self) -> StoreResult<RwLockReadGuard<'_, Option<Handles>>> {
        let guard = self.handles.read().unwrap_or_else(PoisonError::into_inner);
        if guard.is_some() {
            return Ok(guard);
        }
        drop(guard);
        self.reopen_if_full()?;
        Ok(self.handles.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// The database handle.
    pub(super) fn db(&self) -> StoreResult<sled::Db> {
        let guard = self.read()?;
        Ok(guard.as_ref().ok_or(StoreError::DiskFull)?.db.clone())
    }

    /// Every tree, in the order of the names (for a transaction over all of them).
    pub(super) fn trees(&self) -> StoreResult<Vec<sled::Tree>> {
        let guard = self.read()?;
        Ok(guard.as_ref().ok_or(StoreError::DiskFull)?.trees.clone())
    }

    /// The tree in `slot` of the names.
    pub(super) fn tree(&self, slot: usize) -> StoreResult<sled::Tree> {
        let guard = self.read()?;
        let handles = guard.as_ref().ok_or(StoreError::DiskFull)?;
        handles
            .trees
            .get(slot)
            .cloned()
            .ok_or_else(|| StoreError::Sled(format!("no tree in slot {slot}")))
    }

    /// Passes `error` on, marking the store full when it says the disk is.
    pub(super) fn noted(&self, error: StoreError) -> StoreError {
        if matches!(error, StoreError::DiskFull) {
            self.full.store(true, Ordering::Release);
        }
        error
    }

    /// Before a write: when the store is full, reopens sled if space is free again, else
    /// refuses the write as the disk is still full.
    pub(super) fn reopen_if_full(&self) -> StoreResult<()> {
        if !self.full.load(Ordering::Acquire) {
            return Ok(());
        }
        if free_bytes(&self.dir).is_some_and(|free| free < MIN_FREE) {
            return Err(StoreError::DiskFull);
        }
        let mut handles = self.handles.write().unwrap_or_else(PoisonError::into_inner);
        if !self.full.load(Ordering::Acquire) {
            return Ok(());
        }
        *handles = None;
        *handles = Some(open_handles(&self.dir, self.cache_bytes, &self.names)?);
        self.full.store(false, Ordering::Release);
        Ok(())
    }
}

impl Drop for Sled {
    fn drop(&mut self) {
        if self.full.load(Ordering::Acquire) {
            let handles = self
                .handles
                .get_mut()
                .unwrap_or_else(PoisonError::into_inner);
            std::mem::forget(handles.take());
        }
    }
}

fn open_handles(dir: &Path, cache_bytes: u64, names: &[&'static str]) -> StoreResult<Handles> {
    let db = super::open::open_sled(dir, cache_bytes)?;
    let trees = names
        .iter()
        .map(|name| db.open_tree(name))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Handles { db, trees })
}

/// Bytes free for an unprivileged writer on the file system holding `dir`.
fn free_bytes(dir: &Path) -> Option<u64> {
    let stats = rustix::fs::statvfs(dir).ok()?;
    Some(stats.f_bavail.saturating_mul(stats.f_frsize))
}
