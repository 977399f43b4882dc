//! Items and locations in the store: trees `items` (schema 3, the planning parameters;
//! schema 2 added the VAT category; the structs of schemas 1 and 2 with their migrations)
//! and `locations`, their index entries,
//! and the typed reads the core asks (an item by SKU or barcode, name words, a location by
//! code; inside a transaction too, for the uniqueness checks); their key shapes live here
//! only. Room: store.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::{dedup, name_word_entries};
use crate::domain::item::code_key;
use crate::domain::location::location_key;
use crate::domain::planning::ItemPlanning;
use crate::domain::vat::VatCategory;
use crate::domain::{Item, Location, Money, ReorderRule};
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, decode_payload, id_and_version};
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
    const SCHEMA: u16 = 3;
    const INDEXES: &'static [&'static str] = &[BY_SKU, BY_BARCODE, BY_NAME, super::words::ITEMS];

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
        entries.extend(super::words::word_entries(self));
        dedup(entries)
    }

    fn migrate(schema: u16, payload: &[u8]) -> StoreResult<Self> {
        match schema {
            1 => decode_payload::<ItemV1>(payload, Self::NAME)
                .map(ItemV2::from)
                .map(Item::from),
            2 => decode_payload::<ItemV2>(payload, Self::NAME).map(Item::from),
            other => Err(crate::store::StoreError::Corrupt {
                kind: Self::NAME,
                reason: format!("unknown schema version {other}"),
            }),
        }
    }
}

/// Schema 1: items had no VAT category. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ItemV1 {
    pub id: u64,
    pub sku: String,
    pub name: String,
    pub uom: String,
    pub barcodes: Vec<String>,
    pub cost: Money,
    pub price: Money,
    pub reorder: ReorderRule,
    pub lead_days: u32,
    pub active: bool,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// Schema 2: items had no planning parameters. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ItemV2 {
    pub id: u64,
    pub sku: String,
    pub name: String,
    pub uom: String,
    pub barcodes: Vec<String>,
    pub cost: Money,
    pub price: Money,
    pub reorder: ReorderRule,
    pub lead_days: u32,
    pub active: bool,
    pub vat: VatCategory,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// An item planned before it could say how: lot for lot, no safety stock, made in a day.
impl From<ItemV2> for Item {
    fn from(old: ItemV2) -> Item {
        Item {
            id: old.id,
            sku: old.sku,
            name: old.name,
            uom: old.uom,
            barcodes: old.barcodes,
            cost: old.cost,
            price: old.price,
            reorder: old.reorder,
            lead_days: old.lead_days,
            active: old.active,
            vat: old.vat,
            planning: ItemPlanning::default(),
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

/// Every item was sold at the standard rate before it could say otherwise.
impl From<ItemV1> for ItemV2 {
    fn from(old: ItemV1) -> ItemV2 {
        ItemV2 {
            id: old.id,
            sku: old.sku,
            name: old.name,
            uom: old.uom,
            barcodes: old.barcodes,
            cost: old.cost,
            price: old.price,
            reorder: old.reorder,
            lead_days: old.lead_days,
            active: old.active,
            vat: VatCategory::Standard,
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
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

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;
    use crate::domain::Currency;
    use crate::store::OpenStep;
    use crate::store::record::{decode, encode_with_schema};
    use crate::store::tx::META;

    fn v1(id: u64) -> ItemV1 {
        ItemV1 {
            id,
            sku: format!("SKU-{id}"),
            name: "Chai".into(),
            uom: "pcs".into(),
            barcodes: vec![format!("400000000000{id}")],
            cost: Money::new(dec!(12.5), Currency::EUR),
            price: Money::new(dec!(18), Currency::EUR),
            reorder: ReorderRule {
                min: Some(dec!(10)),
                max: None,
                multiple: None,
            },
            lead_days: 3,
            active: true,
            created: OffsetDateTime::UNIX_EPOCH,
            updated: OffsetDateTime::UNIX_EPOCH,
            version: 2,
        }
    }

    #[test]
    fn a_schema_1_item_reads_back_at_the_standard_rate() {
        let bytes = encode_with_schema(&v1(7), 1, "item").unwrap();
        assert_eq!(&bytes[..3], &[1, 0, 1]);
        let migrated: Item = decode(&bytes).unwrap();
        assert_eq!(migrated.vat, VatCategory::Standard);
        assert_eq!(
            (migrated.id, migrated.sku.as_str(), migrated.lead_days),
            (7, "SKU-7", 3)
        );
        assert_eq!(migrated.price, Money::new(dec!(18), Currency::EUR));
        assert_eq!(migrated.reorder.min, Some(dec!(10)));
        assert_eq!(migrated.validate(), Ok(()));
    }

    #[test]
    fn a_database_of_schema_1_items_is_upgraded_on_open() {
        crate::store::backends::on_both(|place| {
            {
                let store = place.open();
                for id in [1u64, 2] {
                    let mut item = Item::from(ItemV2::from(v1(id)));
                    item.id = 0;
                    store
                        .transaction(|tx| tx.insert(&mut item.clone()))
                        .unwrap();
                }
                let records = store.tree(Item::TREE).unwrap();
                for entry in records.iter() {
                    let (key, bytes) = entry.unwrap();
                    let current: Item = decode(&bytes).unwrap();
                    let bytes = encode_with_schema(&v1(current.id), 1, "item").unwrap();
                    records.insert(key, bytes).unwrap();
                }
                let meta = store.tree(META).unwrap();
                meta.insert("schema/items", 1u16.to_be_bytes()).unwrap();
                store.flush().unwrap();
            }
            let mut steps = Vec::new();
            let store = place.open_observed(&mut |step| steps.push(step));
            assert_eq!(steps, [OpenStep::Upgrading("items")]);
            assert_eq!(store.check().unwrap(), Vec::new());
            for id in [1u64, 2] {
                let item = store.require::<Item>(id).unwrap();
                assert_eq!(item.vat, VatCategory::Standard);
                assert_eq!(item.sku, format!("SKU-{id}"));
            }
            for entry in store.tree(Item::TREE).unwrap().iter() {
                let (_, bytes) = entry.unwrap();
                assert_eq!(&bytes[..3], &[1, 0, 3], "rewritten in the current schema");
            }
        });
    }

    #[test]
    fn a_schema_2_item_reads_back_planned_lot_for_lot_without_safety_stock() {
        let mut old = ItemV2::from(v1(9));
        old.vat = VatCategory::Reduced;
        let bytes = encode_with_schema(&old, 2, "item").unwrap();
        assert_eq!(&bytes[..3], &[1, 0, 2]);
        let migrated: Item = decode(&bytes).unwrap();
        assert_eq!(migrated.planning, ItemPlanning::default());
        assert_eq!(
            migrated.planning.lot.rule,
            crate::domain::planning::LotRule::LotForLot
        );
        assert_eq!(migrated.vat, VatCategory::Reduced);
        assert_eq!(
            (
                migrated.id,
                migrated.sku.as_str(),
                migrated.lead_days,
                migrated.version
            ),
            (9, "SKU-9", 3, 2)
        );
        assert_eq!(migrated.reorder.min, Some(dec!(10)));
    }
}
