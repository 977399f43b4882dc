//! Business calendars in the store: tree `calendars`, schema 1, and the unique index of
//! their folded names (the key shape lives here only). Room: store.

use crate::domain::calendar::BusinessCalendar;
use crate::domain::fold::fold;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const BY_NAME: &str = "calendars.by_name";

/// The unique key of a calendar name: folded (case and accents ignored).
fn name_key(name: &str) -> Key {
    Key::new().str(&fold(name.trim()))
}

impl Record for BusinessCalendar {
    const TREE: &'static str = "calendars";
    const NAME: &'static str = "calendar";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_NAME];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        vec![IndexEntry::unique(BY_NAME, name_key(&self.name), self.id)]
    }
}

/// The calendar named `name` (case and accents ignored).
pub fn by_name(store: &Store, name: &str) -> StoreResult<Option<u64>> {
    store.unique_id(BY_NAME, name_key(name))
}

/// The calendar named `name`, read inside the transaction: the uniqueness check of a write.
pub fn holder_of_name(tx: &Tx, name: &str) -> TxResult<Option<u64>> {
    tx.unique_id(BY_NAME, name_key(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::State;

    #[test]
    fn the_name_is_the_one_unique_entry_folded() {
        let mut calendar = BusinessCalendar::new("Büro München", State::BY);
        calendar.id = 4;
        let entries = calendar.index_entries();
        assert_eq!(entries.len(), 1);
        assert!(entries[0].unique);
        assert_eq!(entries[0].key, name_key(" BÜRO munchen ").into_bytes());
    }
}
