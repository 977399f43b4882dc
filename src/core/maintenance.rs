//! Keeping the database consistent: `check` compares every index entry and balance with
//! the records, `reindex` rebuilds them from the records. Both are the admin's, like the
//! other work on the database as a whole. Room: core.

use super::access::{self, Access, Area};
use super::{Actor, CoreError};
use crate::store::{Problem, Store};

/// Every index entry or balance that does not match its records.
pub fn check(store: &Store, actor: &Actor) -> Result<Vec<Problem>, CoreError> {
    access::require(actor, Area::Admin, Access::Read)?;
    Ok(store.check()?)
}

/// Rebuilds every index and balance from the records.
pub fn reindex(store: &Store, actor: &Actor) -> Result<(), CoreError> {
    access::require(actor, Area::Admin, Access::Write)?;
    Ok(store.reindex()?)
}
