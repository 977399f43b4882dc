//! Items and locations in the store: trees `items` and `locations` and their index
//! entries. Room: store.

use super::dedup;
use crate::domain::fold::{fold, word_starts};
use crate::domain::item::code_key;
use crate::domain::location::location_key;
use crate::domain::{Item, Location};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};

pub const BY_SKU: &str = "items.by_sku";
pub const BY_BARCODE: &str = "items.by_barcode";
pub const BY_NAME: &str = "items.by_name";
pub const LOCATION_BY_CODE: &str = "locations.by_code";

/// The unique key of a SKU or barcode.
pub fn code(text: &str) -> Key {
    Key::new().str(&code_key(text))
}

/// The unique key of a location code.
pub fn location_code(text: &str) -> Key {
    Key::new().str(&location_key(text))
}

impl Record for Item {
    const TREE: &'static str = "items";
    const NAME: &'static str = "item";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_SKU, BY_BARCODE, BY_NAME];

    id_and_version!();

    /// SKU and every barcode unique; every word of the name for search.
    fn index_entries(&self) -> Vec<IndexEntry> {
        let id = self.id;
        let folded = fold(&self.name);
        let mut entries = vec![IndexEntry::unique(BY_SKU, code(&self.sku), id)];
        entries.extend(
            self.barcodes
                .iter()
                .map(|barcode| IndexEntry::unique(BY_BARCODE, code(barcode), id)),
        );
        entries.extend(
            word_starts(&folded)
                .into_iter()
                .map(|start| IndexEntry::plain(BY_NAME, Key::new().str(&folded[start..]), id)),
        );
        dedup(entries)
    }
}

impl Record for Location {
    const TREE: &'static str = "locations";
    const NAME: &'static str = "location";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[LOCATION_BY_CODE];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        vec![IndexEntry::unique(
            LOCATION_BY_CODE,
            location_code(&self.code),
            self.id,
        )]
    }
}
