//! Bills of materials in the store: tree `boms`, keyed by the parent item's id (one BOM
//! per item, so explosion and the cycle check are point reads, also inside a transaction),
//! and the index `boms.by_component` (component id, parent id) for where-used, read
//! through `parents_of` (the key shape lives here only). Room: store.

use super::dedup;
use crate::domain::bom::Bom;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult};

pub(in crate::store) const BY_COMPONENT: &str = "boms.by_component";

/// The prefix of the where-used entries of a component.
fn component(item_id: u64) -> Key {
    Key::new().u64(item_id)
}

/// Ids of the items whose BOM has a line of `component` (an item id), in id order.
pub fn parents_of(
    store: &Store,
    component: u64,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + '_> {
    store.index_ids(BY_COMPONENT, self::component(component))
}

impl Record for Bom {
    const TREE: &'static str = "boms";
    const NAME: &'static str = "bom";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_COMPONENT];

    id_and_version!();

    /// One entry per component line.
    fn index_entries(&self) -> Vec<IndexEntry> {
        dedup(
            self.lines
                .iter()
                .map(|line| {
                    IndexEntry::plain(BY_COMPONENT, component(line.component_item_id), self.id)
                })
                .collect(),
        )
    }
}
