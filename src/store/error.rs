//! Errors of the store, in words a user can act on. Room: store.

use std::path::PathBuf;

use crate::domain::Invalid;
use crate::domain::invalid::joined;
use crate::domain::names;

/// Each message is rendered in the current language when it is shown (`crate::t!`).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", crate::t!("core-store-in-use", path = .0.display().to_string()))]
    InUse(PathBuf),
    #[error("{}", crate::t!("core-store-open", path = .0.display().to_string(), reason = .1))]
    Open(PathBuf, String),
    #[error("{}", crate::t!("core-store-not-found", record = names::record(kind, *id)))]
    NotFound { kind: &'static str, id: u64 },
    /// One or more fields are invalid; each names its own field.
    #[error("{}", joined(.0))]
    Invalid(Vec<Invalid>),
    #[error("{0}")]
    Refused(String),
    #[error("{}", crate::t!(
        "core-store-stale",
        record = names::record(kind, *id),
        current = current.to_string(),
        expected = expected.to_string()
    ))]
    Stale {
        kind: &'static str,
        id: u64,
        expected: u64,
        current: u64,
    },
    #[error("{}", crate::t!("core-store-corrupt", kind = names::kind(kind), reason = reason))]
    Corrupt { kind: &'static str, reason: String },
    #[error("{}", crate::t!(
        "core-store-too-new",
        kind = names::kind(kind),
        found = found.to_string(),
        known = known.to_string()
    ))]
    TooNew {
        kind: &'static str,
        found: u16,
        known: u16,
    },
    #[error("{}", crate::t!("core-store-disk-full"))]
    DiskFull,
    #[error("{}", crate::t!("core-store-sled", reason = .0))]
    Sled(String),
    #[error("{}", crate::t!("core-store-postgres", reason = .0))]
    Postgres(String),
    /// No connection to the PostgreSQL server at `location` (shown without its password).
    #[error("{}", crate::t!("core-store-unreachable", location = location, reason = reason))]
    Unreachable { location: String, reason: String },
    /// The connection to `location` was lost after a transaction's COMMIT was sent: whether
    /// it was written is unknown, so it was not run again.
    #[error("{}", crate::t!("core-store-commit-unknown", location = location, reason = reason))]
    CommitUnknown { location: String, reason: String },
    /// `location` does not parse as a PostgreSQL address.
    #[error("{}", crate::t!("core-store-bad-address", location = location, reason = reason))]
    BadAddress { location: String, reason: String },
}

impl From<Invalid> for StoreError {
    fn from(invalid: Invalid) -> Self {
        StoreError::Invalid(vec![invalid])
    }
}

impl From<Vec<Invalid>> for StoreError {
    fn from(problems: Vec<Invalid>) -> Self {
        StoreError::Invalid(problems)
    }
}

impl From<sled::Error> for StoreError {
    fn from(error: sled::Error) -> Self {
        match error {
            sled::Error::Io(io) if io.kind() == std::io::ErrorKind::StorageFull => {
                StoreError::DiskFull
            }
            other => StoreError::Sled(other.to_string()),
        }
    }
}

impl StoreError {
    /// Whether the user can fix this by changing what they asked for.
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            StoreError::NotFound { .. }
                | StoreError::Invalid(_)
                | StoreError::Refused(_)
                | StoreError::Stale { .. }
        )
    }
}

pub type StoreResult<T> = Result<T, StoreError>;
