//! First start: whether the front end offers demo data — only on a database that holds no
//! record, and only to an actor whose role may write everything `load_demo` writes.
//! Room: core — reads through the store's narrow API, never draws.

use super::access::{Access, Area};
use super::{Actor, CoreError};
use crate::store::Store;

/// Whether to offer demo data: the database holds no record of any kind and the actor may
/// write customers, interactions and everyone's opportunities (what the demo imports).
pub fn offers_demo(store: &Store, actor: &Actor) -> Result<bool, CoreError> {
    let may = [Area::Crm, Area::Pipeline]
        .into_iter()
        .all(|area| actor.role.may(area, Access::Write));
    Ok(may && store.is_empty()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{Role, load_demo};

    #[test]
    fn only_an_empty_database_is_offered_and_only_to_who_may_load_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let admin = Actor::local("root");
        let warehouse = Actor {
            name: "w".into(),
            role: Role::Warehouse,
        };
        assert!(offers_demo(&store, &admin).unwrap());
        assert!(!offers_demo(&store, &warehouse).unwrap());
        load_demo(&store, &crate::core::clock::test_clock(), &admin, 3).unwrap();
        assert!(!offers_demo(&store, &admin).unwrap());
    }
}
