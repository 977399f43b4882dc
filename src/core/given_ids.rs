//! The ids a database has given out, for an import that keeps its records' ids: the
//! store refuses kept ids up to the last one given out, and the import asks first so that
//! it can name the line of each. Room: core.

use super::access::{self, Access, Area};
use super::kinds::KindDecl;
use super::{Actor, CoreError};
use crate::domain::Customer;
use crate::store::{Record, Store};

/// The kinds whose imports keep ids.
#[derive(Debug, Clone, Copy)]
pub enum KeptKind {
    Customers,
    Plain(&'static KindDecl),
}

/// The highest id the database has given out to records of `kind` (0 for none), for an
/// actor who reads them.
pub fn last_id_given_out(store: &Store, actor: &Actor, kind: KeptKind) -> Result<u64, CoreError> {
    let (tree, area) = match kind {
        KeptKind::Customers => (Customer::TREE, Area::Customers),
        KeptKind::Plain(kind) => (kind.plural, kind.area),
    };
    access::require(actor, area, Access::Read)?;
    Ok(store.last_id(tree)?)
}
