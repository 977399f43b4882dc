//! Stock moves in the store: tree `moves`, append-only, indexed by item and time for the
//! ledger, and by the move a reversal undoes (unique: a move is reversed at most once);
//! the typed reads the core asks of those indexes, whose key shapes live here only.
//! Room: store.

use crate::domain::StockMove;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const BY_ITEM: &str = "moves.by_item";
pub(in crate::store) const BY_REVERSED: &str = "moves.by_reversed";

/// Ids of an item's moves, oldest first (by time, then id): the ledger's order.
pub fn of_item(
    store: &Store,
    item: u64,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + '_> {
    store.index_ids(BY_ITEM, Key::new().u64(item))
}

/// The move that reversed move `id`, read inside the transaction.
pub fn reversal_of(tx: &Tx, id: u64) -> TxResult<Option<u64>> {
    tx.unique_id(BY_REVERSED, Key::new().u64(id))
}

impl Record for StockMove {
    const TREE: &'static str = "moves";
    const NAME: &'static str = "move";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_ITEM, BY_REVERSED];

    fn id(&self) -> u64 {
        self.id
    }
    fn set_id(&mut self, id: u64) {
        self.id = id;
    }
    fn version(&self) -> u64 {
        0
    }
    fn set_version(&mut self, _: u64) {}

    fn index_entries(&self) -> Vec<IndexEntry> {
        let mut entries = vec![IndexEntry::plain(
            BY_ITEM,
            Key::new().u64(self.item_id).instant(self.at),
            self.id,
        )];
        if let Some(reversed) = self.reverses {
            entries.push(IndexEntry::unique(
                BY_REVERSED,
                Key::new().u64(reversed),
                self.id,
            ));
        }
        entries
    }
}
