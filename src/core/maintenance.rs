//! Keeping the database consistent and safe: `check` compares every index entry and balance
//! with the records, `reindex` rebuilds them from the records, `backup` writes a consistent
//! copy while others go on writing, `restore` makes a new database from one, `migrate`
//! copies one into another (sled and PostgreSQL either way). All but `restore` are the admin's, like the other work on the database as a whole; a restore makes a
//! database no one holds rights on yet, so it answers to the file system alone. Room: core.

use std::io::Write;
use std::path::Path;

use super::access::{self, Access, Area};
use super::{Actor, CoreError};
use crate::store::backup::Copied;
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

/// Writes a backup of the whole database to `out`, consistent as of one moment, while
/// others go on writing; `progress` is told (entries written, entries expected).
pub fn backup(
    store: &Store,
    actor: &Actor,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Copied, CoreError> {
    access::require(actor, Area::Admin, Access::Read)?;
    Ok(store.backup(out, progress)?)
}

/// Makes a new database from the backup `file`, checked whole before anything is written:
/// sled in `dir` (new or empty), or with `url` the PostgreSQL database there (holding no
/// records); indexes and balances rebuilt.
pub fn restore(
    file: &Path,
    dir: &Path,
    url: Option<&str>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Copied, CoreError> {
    Ok(crate::store::backup::restore(file, dir, url, progress)?)
}

/// Reads the backup `file` whole and checks it (format, entries, end, checksum).
pub fn verify_backup(file: &Path) -> Result<Copied, CoreError> {
    Ok(crate::store::backup::verify(file)?)
}

/// Copies every record of `source` into `target` (which holds none), rebuilds the target's
/// indexes and compares every record of both; `progress` is told the entries copied.
/// Returns how many were copied.
pub fn migrate(
    source: &Store,
    target: &Store,
    actor: &Actor,
    progress: &mut dyn FnMut(u64),
) -> Result<u64, CoreError> {
    access::require(actor, Area::Admin, Access::Read)?;
    Ok(source.copy_into(target, progress)?)
}
