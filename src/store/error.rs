//! Errors of the store, in words a user can act on. Room: store.

use std::path::PathBuf;

use crate::domain::Invalid;
use crate::domain::invalid::joined;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {} is in use by another kontor process; close it first (only one process may open a database)", .0.display())]
    InUse(PathBuf),
    #[error("cannot open database {}: {}", .0.display(), .1)]
    Open(PathBuf, String),
    #[error("{kind} {id} does not exist")]
    NotFound { kind: &'static str, id: u64 },
    /// One or more fields are invalid; each names its own field.
    #[error("{}", joined(.0))]
    Invalid(Vec<Invalid>),
    #[error("{0}")]
    Refused(String),
    #[error(
        "{kind} {id} was changed by someone else (now version {current}, you edited version {expected}); reload and try again"
    )]
    Stale {
        kind: &'static str,
        id: u64,
        expected: u64,
        current: u64,
    },
    #[error("stored {kind} record is damaged: {reason}")]
    Corrupt { kind: &'static str, reason: String },
    #[error(
        "stored {kind} record has schema version {found}, newer than this kontor understands ({known}); upgrade kontor"
    )]
    TooNew {
        kind: &'static str,
        found: u16,
        known: u16,
    },
    #[error(
        "the disk holding the database is full: this change was not saved; free some space and try again"
    )]
    DiskFull,
    #[error("database error: {0}")]
    Sled(String),
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
