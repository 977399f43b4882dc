//! Whole kinds read for export, behind the same read rights as every other query: the CLI's
//! `export` walks records through here, never through the store itself. Room: core.

use super::access::{self, Access, Area};
use super::{Actor, CoreError};
use crate::domain::{Interaction, Item, Opportunity, StockMove};
use crate::store::{Record, Store};

/// A kind exported whole, with the area whose read right that needs.
pub trait Exportable: Record {
    const AREA: Area;
}

impl Exportable for Interaction {
    const AREA: Area = Area::Crm;
}

impl Exportable for Opportunity {
    const AREA: Area = Area::Pipeline;
}

impl Exportable for Item {
    const AREA: Area = Area::Items;
}

impl Exportable for StockMove {
    const AREA: Area = Area::Stock;
}

/// Every record of a kind, in id order, for an actor who may read the whole kind.
pub fn records<'s, T: Exportable>(
    store: &'s Store,
    actor: &Actor,
) -> Result<impl Iterator<Item = Result<T, CoreError>> + 's, CoreError> {
    access::require(actor, T::AREA, Access::Read)?;
    Ok(store
        .scan::<T>()?
        .map(|record| record.map_err(CoreError::from)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kinds::CUSTOMERS;
    use crate::core::plain::RecordCommand;
    use crate::core::plain_query::all;
    use crate::core::{Role, execute};
    use time::UtcOffset;

    #[test]
    fn a_kind_is_exported_only_to_who_may_read_all_of_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let clock = crate::core::clock::test_clock();
        let root = Actor::local("root");
        let input = crate::domain::fields::Input::from_pairs(&[("name", "Acme")]);
        execute(&store, &clock, &root, RecordCommand::add(CUSTOMERS, input)).unwrap();
        let rows = all(&store, &root, CUSTOMERS, UtcOffset::UTC).unwrap();
        assert_eq!(rows.len(), 1);
        let warehouse = Actor {
            name: "wim".into(),
            role: Role::Warehouse,
        };
        assert!(all(&store, &warehouse, CUSTOMERS, UtcOffset::UTC).is_err());
        assert!(records::<Item>(&store, &warehouse).is_ok());
        let agent = Actor {
            name: "anna".into(),
            role: Role::Agent,
        };
        assert!(records::<Opportunity>(&store, &agent).is_err());
        assert!(records::<StockMove>(&store, &agent).is_err());
    }
}
