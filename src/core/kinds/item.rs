//! Items, declared once: the items area's kind (agents and sales read, the warehouse
//! changes), its field table (`fields::item`) with the SKU as the natural key (it may
//! change), SKUs and barcodes unique across each other (a record is found by either),
//! searched by an exact SKU or barcode, then a folded name word. Stock moves and BOMs refer
//! to items and are kept: an item with moves, in a BOM or on a quote's or an order's line
//! stays, forced or not. An import may post each item's opening stock with it
//! (`opening_stock`) and link each to its supplier as the preferred supplier item
//! (`supplier_items::link_imported`). Stock postings resolve items themselves (`stock::resolve_item`).
//! Room: core.

use time::{OffsetDateTime, UtcOffset};

use super::KindDecl;
use crate::core::access::Area;
use crate::core::plain::{ImportRow, Imported, PlainKind, RecordCommand, Referrer};
use crate::core::{Actor, Command, CoreError, Settings, opening_stock, supplier_items};
use crate::domain::bom::Bom;
use crate::domain::fields::item::{TABLE, apply_edit, from_input, to_input, to_row};
use crate::domain::fields::{Input, Row};
use crate::domain::{Invalid, Item};
use crate::store::kinds::bom::parents_of;
use crate::store::kinds::item as index;
use crate::store::kinds::stock_move::of_item;
use crate::store::{Store, StoreResult, Tx, TxResult};

/// Items.
#[derive(Debug, Clone, Copy)]
pub struct Items;

/// Ids of the moves of item `id`.
fn moves_of(store: &Store, id: u64) -> StoreResult<Vec<u64>> {
    of_item(store, id)?.collect()
}

/// Ids of the BOMs item `id` is in: its own (keyed by its id) and those it is a line of.
fn boms_of(store: &Store, id: u64) -> StoreResult<Vec<u64>> {
    let own = store.get::<Bom>(id)?.map(|bom| bom.parent_item_id);
    own.into_iter()
        .map(Ok)
        .chain(parents_of(store, id)?)
        .collect()
}

impl PlainKind for Items {
    type Record = Item;
    const DECL: &'static KindDecl = &KindDecl {
        name: "item",
        plural: "items",
        area: Area::Items,
        fields: &TABLE,
        key: Some("sku"),
        key_stays: false,
        deletable: true,
        search_by_key: "core-search-by-item",
        ops: &Items,
    };
    const UNIQUE_ACROSS_FIELDS: bool = true;
    const REFERRERS: &'static [Referrer] = &[
        Referrer {
            kind: "stock move",
            referring: moves_of,
            remove: None,
        },
        Referrer {
            kind: "BOM",
            referring: boms_of,
            remove: None,
        },
        super::price_rule::OF_ITEM,
        super::supplier_item::OF_ITEM,
        super::sales_refs::QUOTES_OF_ITEM,
        super::sales_refs::ORDERS_OF_ITEM,
        crate::core::purchase_query::PURCHASES_OF_ITEM,
    ];

    fn to_row(item: &Item, offset: UtcOffset) -> Row {
        to_row(item, offset)
    }

    fn from_input(
        input: &Input,
        settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<Item, Vec<Invalid>> {
        from_input(input, now, settings.currency)
    }

    fn apply_edit(
        item: &mut Item,
        edit: &Input,
        _settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<(), Vec<Invalid>> {
        apply_edit(item, edit, now)
    }

    fn name(item: &Item) -> &str {
        &item.name
    }

    /// A SKU or barcode is held by the item with it as either.
    fn unique_holder(tx: &Tx, _field: &str, code: &str) -> TxResult<Option<u64>> {
        index::holder_of_code(tx, code)
    }

    fn stored_holder(store: &Store, _field: &str, code: &str) -> StoreResult<Option<u64>> {
        index::id_by_code(store, code)
    }

    fn by_name_prefix(store: &Store, folded: &str) -> StoreResult<Vec<u64>> {
        index::scan_name_prefix(store, folded)?.collect()
    }

    fn import(
        store: &Store,
        actor: &Actor,
        records: Vec<Item>,
        rows: &[ImportRow],
        with: &Input,
        progress: &mut dyn FnMut(usize),
        now: OffsetDateTime,
    ) -> Result<Imported, CoreError> {
        let suppliers = supplier_items::suppliers_of_rows(store, actor, rows)?;
        let imported = match with.optional(opening_stock::LOCATION) {
            Some(location) => {
                opening_stock::import(store, actor, records, rows, &location, progress, now)?
            }
            None => Imported::alone(store, records, progress)?,
        };
        if let Some(suppliers) = suppliers {
            supplier_items::link_imported(store, &imported.ids, &suppliers)?;
        }
        Ok(imported)
    }
}

/// The command adding an item with the fields a user sets of `item` (dated when it runs).
pub fn add(item: &Item) -> Command {
    RecordCommand::add(Items::DECL, to_input(item))
}
