//! What writers tell a running backup: every commit holds the gate open (`writing`) and,
//! while a backup is armed, notes the records it wrote (`note`). The backup copies the
//! trees while others write, then copies again what was noted, and closes the gate
//! (`pause`) only for the last few records noted, so no writer waits longer than that.
//! Room: store.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::store::error::{StoreError, StoreResult};
use crate::store::written::Written;

/// The gate and the notes of one store.
#[derive(Default)]
pub struct Log {
    gate: RwLock<()>,
    armed: AtomicBool,
    noted: Mutex<Option<Written>>,
}

impl Log {
    /// Held by every write from before it starts until it is noted.
    pub fn writing(&self) -> RwLockReadGuard<'_, ()> {
        self.gate.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// Keeps every writer out until dropped.
    pub(super) fn pause(&self) -> RwLockWriteGuard<'_, ()> {
        self.gate.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// Notes what a commit wrote, while a backup runs.
    pub fn note(&self, written: &Written) {
        if self.armed.load(Ordering::Acquire) && !written.is_empty() {
            let mut noted = self.noted.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(noted) = noted.as_mut() {
                noted.merge(written.clone());
            }
        }
    }

    /// Whether a backup is running; cannot change while the caller holds `writing`, so a
    /// writer that notes only on demand asks it under the gate.
    pub fn armed(&self) -> bool {
        self.armed.load(Ordering::Acquire)
    }

    /// Starts noting; refused while another backup runs. Every commit that completes after
    /// this returns is noted until the returned guard is dropped.
    pub(super) fn arm(&self) -> StoreResult<Armed<'_>> {
        let _paused = self.pause();
        let mut noted = self.noted.lock().unwrap_or_else(PoisonError::into_inner);
        if noted.is_some() {
            return Err(StoreError::Refused(crate::t!("core-store-backup-running")));
        }
        *noted = Some(Written::default());
        self.armed.store(true, Ordering::Release);
        Ok(Armed { log: self })
    }
}

/// A running backup's hold on the notes; stops noting when dropped.
pub(super) struct Armed<'a> {
    log: &'a Log,
}

impl Armed<'_> {
    /// What was noted since the last call (or since arming).
    pub(super) fn take(&self) -> Written {
        let mut noted = self
            .log
            .noted
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        noted.replace(Written::default()).unwrap_or_default()
    }
}

impl Drop for Armed<'_> {
    fn drop(&mut self) {
        self.log.armed.store(false, Ordering::Release);
        *self
            .log
            .noted
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = None;
    }
}
