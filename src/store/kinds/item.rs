//! Items and locations in the store: trees `items` and `locations`, their index entries,
//! and the typed reads the core asks (an item by SKU or barcode, name words, a location by
//! code; inside a transaction too, for the uniqueness checks); their key shapes live here
//! only. Room: store.

use super::{dedup, name_word_entries};
use crate::domain::item::code_key;
use crate::domain::location::location_key;
use crate::domain::{Item, Location};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const BY_SKU: &str = "items.by_sku";
pub(in crate::store) const BY_BARCODE: &str = "items.by_barcode";
pub(in crate::store) const BY_NAME: &str = "items.by_name";
pub(in crate::store) const LOCATION_BY_CODE: &str = "locations.by_code";

/// The unique key of a SKU or barcode.
fn code(text: &str) -> Key {
    Key::new().str(&code_key(text))
}

/// The unique key of a location code.
fn location_code(text: &str) -> Key {
    Key::new().str(&location_key(text))
}

/// The item whose SKU is `code`, else the item with `code` among its barcodes.
pub fn id_by_code(store: &Store, code: &str) -> StoreResult<Option<u64>> {
    match store.unique_id(BY_SKU, self::code(code))? {
        Some(id) => Ok(Some(id)),
        None => store.unique_id(BY_BARCODE, self::code(code)),
    }
}

/// `id_by_code` inside a transaction.
pub fn holder_of_code(tx: &Tx, code: &str) -> TxResult<Option<u64>> {
    match tx.unique_id(BY_SKU, self::code(code))? {
        Some(id) => Ok(Some(id)),
        None => tx.unique_id(BY_BARCODE, self::code(code)),
    }
}

/// The item whose SKU is `code`, read inside the transaction.
pub fn holder_of_sku(tx: &Tx, code: &str) -> TxResult<Option<u64>> {
    tx.unique_id(BY_SKU, self::code(code))
}

/// The item with the barcode `code`, read inside the transaction.
pub fn holder_of_barcode(tx: &Tx, code: &str) -> TxResult<Option<u64>> {
    tx.unique_id(BY_BARCODE, self::code(code))
}

/// The location with this code (as `location_key` normalises it), read inside the
/// transaction.
pub fn location_holder(tx: &Tx, code: &str) -> TxResult<Option<u64>> {
    tx.unique_id(LOCATION_BY_CODE, location_code(code))
}

/// The location with this code (as `location_key` normalises it).
pub fn location_by_code(store: &Store, code: &str) -> StoreResult<Option<u64>> {
    store.unique_id(LOCATION_BY_CODE, location_code(code))
}

/// Ids of the items with a name word starting with `folded`, in word order; an item comes
/// once per matching word.
pub fn scan_name_prefix<'s>(
    store: &'s Store,
    folded: &str,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + use<'s>> {
    store.index_ids(BY_NAME, Key::new().prefix_str(folded))
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
        let mut entries = vec![IndexEntry::unique(BY_SKU, code(&self.sku), id)];
        entries.extend(
            self.barcodes
                .iter()
                .map(|barcode| IndexEntry::unique(BY_BARCODE, code(barcode), id)),
        );
        entries.extend(name_word_entries(BY_NAME, &self.name, id));
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
