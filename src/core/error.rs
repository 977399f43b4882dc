//! Errors of the core, in words a user can act on. Room: core.

use crate::domain::Invalid;
use crate::domain::invalid::joined;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// One or more fields are invalid; each names its field.
    #[error("{}", joined(.0))]
    Invalid(Vec<Invalid>),
    #[error("{0}")]
    Refused(String),
    /// An edit made against an older version: someone saved in between; nothing was saved.
    /// Each front end adds what the user does next (the TUI keeps the input, the CLI retries).
    #[error("{}", crate::t!("core-changed", record = record, by = by, version = version.to_string()))]
    Changed {
        /// "customer 3" (`domain::names::record`)
        record: String,
        /// "changed by ben at 2026-01-10T09:00:00Z", in the language of the moment it was
        /// found (the time as `lang::format::instant` writes it)
        by: String,
        version: u64,
    },
    /// A production found components short; nothing moved.
    #[error("{0}")]
    Short(super::bom::Shortages),
    /// A sum of stored amounts beyond what a decimal holds (amounts saved before input was
    /// bounded); nothing was computed.
    #[error("{0}")]
    TooLarge(String),
    /// What the store reported that is not the user's input (invalid fields and refusals
    /// arrive as `Invalid` and `Refused`, so front ends see one shape of each).
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for CoreError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Invalid(problems) => CoreError::Invalid(problems),
            StoreError::Refused(why) => CoreError::Refused(why),
            other => CoreError::Store(other),
        }
    }
}

impl From<Invalid> for CoreError {
    fn from(invalid: Invalid) -> Self {
        CoreError::Invalid(vec![invalid])
    }
}

impl From<Vec<Invalid>> for CoreError {
    fn from(problems: Vec<Invalid>) -> Self {
        CoreError::Invalid(problems)
    }
}

impl CoreError {
    /// Whether the user can fix this by asking differently (exit code 2 in the CLI).
    pub fn is_user_error(&self) -> bool {
        match self {
            CoreError::Invalid(_)
            | CoreError::Refused(_)
            | CoreError::Changed { .. }
            | CoreError::Short(_) => true,
            CoreError::TooLarge(_) => false,
            CoreError::Store(error) => error.is_user_error(),
        }
    }
}
