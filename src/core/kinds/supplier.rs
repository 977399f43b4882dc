//! Suppliers, declared once: purchasing's kind, its field table (`fields::supplier`), built
//! and edited with phones read in the default region, its number unique, found by folded
//! name, phone fragment or number through the store's supplier indexes. Supplier items and
//! purchase orders refer to suppliers (a forced delete removes the supplier items; purchase
//! orders are kept, as documents are). Room: core.

use time::{OffsetDateTime, UtcOffset};

use super::KindDecl;
use crate::core::Settings;
use crate::core::access::Area;
use crate::core::plain::PlainKind;
use crate::domain::fields::supplier::{TABLE, apply_edit, from_input, to_row};
use crate::domain::fields::{Input, Row};
use crate::domain::{Invalid, Supplier};
use crate::store::kinds::supplier as index;
use crate::store::{Store, StoreResult, Tx, TxResult};

/// Suppliers.
#[derive(Debug, Clone, Copy)]
pub struct Suppliers;

impl PlainKind for Suppliers {
    type Record = Supplier;
    const DECL: &'static KindDecl = &KindDecl {
        name: "supplier",
        plural: "suppliers",
        area: Area::Purchasing,
        fields: &TABLE,
        key: None,
        key_stays: false,
        deletable: true,
        search_by_key: "core-search-by-supplier",
        ops: &Suppliers,
    };
    const REFERRERS: &'static [crate::core::plain::Referrer] = &[
        super::supplier_item::OF_SUPPLIER,
        crate::core::purchase_query::PURCHASES_OF_SUPPLIER,
    ];

    fn to_row(supplier: &Supplier, offset: UtcOffset) -> Row {
        to_row(supplier, offset)
    }

    fn from_input(
        input: &Input,
        settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<Supplier, Vec<Invalid>> {
        from_input(input, settings.default_region, now)
    }

    fn apply_edit(
        supplier: &mut Supplier,
        edit: &Input,
        settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<(), Vec<Invalid>> {
        apply_edit(supplier, edit, settings.default_region, now)
    }

    fn name(supplier: &Supplier) -> &str {
        &supplier.name
    }

    fn unique_holder(tx: &Tx, _field: &str, number: &str) -> TxResult<Option<u64>> {
        index::number_holder(tx, number)
    }

    fn stored_holder(store: &Store, _field: &str, number: &str) -> StoreResult<Option<u64>> {
        index::by_number(store, number)
    }

    fn by_name_prefix(store: &Store, folded: &str) -> StoreResult<Vec<u64>> {
        index::scan_name_prefix(store, folded)?.collect()
    }

    fn by_phone_ending(
        store: &Store,
        reversed: &str,
        limit: usize,
    ) -> StoreResult<Vec<(String, u64)>> {
        index::by_phone_ending(store, reversed)?
            .take(limit)
            .collect()
    }
}
