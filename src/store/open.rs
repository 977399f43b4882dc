//! Opening sled, with the two workarounds sled 0.34.7 needs to open reliably. Room: store.
//!
//! - Its file lock is released by a background thread after a `Db` is dropped
//!   (spacejam/sled#1234), so an immediate reopen in the same process may find the lock taken:
//!   `open_sled` waits up to `LOCK_RELEASE_WAIT` before calling the database in use.
//! - A process killed while writing a snapshot leaves `snap.<lsn>.generating`, which sled then
//!   reads as its newest snapshot and refuses as corrupt (its filter still names the old
//!   `.in___motion` suffix; spacejam/sled#1527). Such a file was never renamed into place, so
//!   the log still holds everything it would have summarised: after sled has refused to open,
//!   the leftovers are removed and the open is tried once more.

use std::path::Path;
use std::time::{Duration, Instant};

use super::error::{StoreError, StoreResult};

/// How long `open_sled` waits for a lock that sled threads of a store dropped a moment ago
/// still hold.
const LOCK_RELEASE_WAIT: Duration = Duration::from_secs(1);

/// The suffix sled 0.34.7 gives a snapshot until it is complete and renamed.
const UNFINISHED_SNAPSHOT: &str = ".generating";

/// Opens sled in `dir`; a lock still held after `LOCK_RELEASE_WAIT` belongs to another
/// process and is reported as `InUse`.
pub(super) fn open_sled(dir: &Path, cache_bytes: u64) -> StoreResult<sled::Db> {
    let deadline = Instant::now() + LOCK_RELEASE_WAIT;
    let mut removed_unfinished_snapshots = false;
    loop {
        let opened = sled::Config::new()
            .path(dir)
            .cache_capacity(cache_bytes)
            .open();
        match opened {
            Ok(db) => return Ok(db),
            Err(sled::Error::Io(io)) if is_lock_error(&io) => {
                if Instant::now() >= deadline {
                    return Err(StoreError::InUse(dir.to_path_buf()));
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(error @ sled::Error::Corruption { .. }) if !removed_unfinished_snapshots => {
                removed_unfinished_snapshots = true;
                if remove_unfinished_snapshots(dir)? == 0 {
                    return Err(StoreError::Open(dir.to_path_buf(), error.to_string()));
                }
            }
            Err(other) => return Err(StoreError::Open(dir.to_path_buf(), other.to_string())),
        }
    }
}

fn is_lock_error(io: &std::io::Error) -> bool {
    io.kind() == std::io::ErrorKind::WouldBlock || io.to_string().contains("could not acquire lock")
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
