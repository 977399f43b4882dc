//! Stock moves in the store: tree `moves`, append-only, indexed by item and time for the
//! ledger, and by the move a reversal undoes (unique: a move is reversed at most once).
//! Room: store.

use crate::domain::StockMove;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record};

pub const BY_ITEM: &str = "moves.by_item";
pub const BY_REVERSED: &str = "moves.by_reversed";

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
