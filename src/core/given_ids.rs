//! The ids a database has given out, for an import that keeps its records' ids: the
//! store refuses kept ids up to the last one given out, and the import asks first so that
//! it can name the line of each. Room: core.

use super::kinds::KindDecl;
use super::{Actor, CoreError};
use crate::store::Store;

/// The highest id the database has given out to records of `kind` (0 for none), for an
/// actor who reads them.
pub fn last_id_given_out(
    store: &Store,
    actor: &Actor,
    kind: &'static KindDecl,
) -> Result<u64, CoreError> {
    kind.ops.may_read(actor)?;
    Ok(store.last_id(kind.plural)?)
}
