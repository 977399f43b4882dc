//! Opening sled, with the two workarounds sled 0.34.7 needs to open reliably. Room: store.
//!
//! - Its file lock is released by a background thread after a `Db` is dropped
//!   (spacejam/sled#1234), so an immediate reopen in the same process may find the lock taken:
//!   `open_sled` first waits up to `LOCK_RELEASE_WAIT` for the lock to be free
//!   (`wait_until_free`) before calling the database in use.
//! - A process killed while writing a snapshot leaves `snap.<lsn>.generating`, which sled then
//!   reads as its newest snapshot and refuses as corrupt (its filter still names the old
//!   `.in___motion` suffix; spacejam/sled#1527). Such a file was never renamed into place, so
//!   the log still holds everything it would have summarised: after sled has refused to open,
//!   the leftovers are removed and the open is tried once more.

use std::fs::{File, TryLockError};
use std::path::Path;
use std::time::{Duration, Instant};

use super::error::{StoreError, StoreResult};

/// How long `open_sled` waits for a lock that sled threads of a store dropped a moment ago
/// still hold.
const LOCK_RELEASE_WAIT: Duration = Duration::from_secs(1);

/// The file sled 0.34 locks (`flock`, exclusive) while a database is open.
const LOCK_FILE: &str = "db";

/// The suffix sled 0.34.7 gives a snapshot until it is complete and renamed.
const UNFINISHED_SNAPSHOT: &str = ".generating";

/// Opens sled in `dir`; a lock still held after `LOCK_RELEASE_WAIT` belongs to another
/// process and is reported as `InUse`.
pub(super) fn open_sled(dir: &Path, cache_bytes: u64) -> StoreResult<sled::Db> {
    wait_until_free(dir, LOCK_RELEASE_WAIT);
    let open = || {
        sled::Config::new()
            .path(dir)
            .cache_capacity(cache_bytes)
            .open()
    };
    match open() {
        Err(sled::Error::Corruption { .. }) if remove_unfinished_snapshots(dir)? > 0 => {
            open().map_err(|error| refusal(dir, error))
        }
        opened => opened.map_err(|error| refusal(dir, error)),
    }
}

/// Waits up to `timeout` until no one holds the lock of the database in `dir` (a database
/// not created yet is free); false when someone still does.
pub(super) fn wait_until_free(dir: &Path, timeout: Duration) -> bool {
    let Ok(file) = File::open(dir.join(LOCK_FILE)) else {
        return true;
    };
    let deadline = Instant::now() + timeout;
    loop {
        match file.try_lock() {
            Ok(()) => return file.unlock().is_ok(),
            Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(_) => return false,
        }
    }
}

/// Why sled did not open `dir`, as the store says it.
fn refusal(dir: &Path, error: sled::Error) -> StoreError {
    match error {
        sled::Error::Io(io)
            if io.kind() == std::io::ErrorKind::WouldBlock
                || io.to_string().contains("could not acquire lock") =>
        {
            StoreError::InUse(dir.to_path_buf())
        }
        other => StoreError::Open(dir.to_path_buf(), other.to_string()),
    }
}

/// Removes the snapshots sled began but never finished; returns how many there were.
fn remove_unfinished_snapshots(dir: &Path) -> StoreResult<usize> {
    let unreadable = |error: std::io::Error| StoreError::Open(dir.to_path_buf(), error.to_string());
    let mut removed = 0;
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default();
        if name.starts_with("snap.") && name.ends_with(UNFINISHED_SNAPSHOT) {
            std::fs::remove_file(&path).map_err(unreadable)?;
            removed += 1;
        }
    }
    Ok(removed)
}
