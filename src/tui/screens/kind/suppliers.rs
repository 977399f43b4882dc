//! Suppliers on the generic kind screens: which queries list, search and read them, which
//! commands add, edit and delete them, and how one becomes a row. Room: tui — data only
//! through `core`.

use time::UtcOffset;

use super::KindUi;
use crate::core::kinds::SUPPLIERS as DECL;
use crate::core::supplier_query::{get_supplier, list_suppliers, search_suppliers};
use crate::core::suppliers::{SupplierCommand, SupplierEvent};
use crate::core::{Change, Command, Event};
use crate::domain::Supplier;
use crate::domain::fields::Row;
use crate::domain::fields::supplier::to_row;
use crate::tui::action::Action;

fn row(supplier: Supplier) -> Row {
    to_row(&supplier, UtcOffset::UTC)
}

pub const SUPPLIERS: KindUi = KindUi {
    decl: &DECL,
    action: Action::GoSuppliers,
    search_by: "name, phone or number",
    change: Change::SUPPLIERS,
    page: |session, after, limit| {
        let found = list_suppliers(&session.store, &session.actor, after, limit)?;
        Ok(found.into_iter().map(row).collect())
    },
    search: |session, text, limit| {
        let region = session.settings.default_region;
        let found = search_suppliers(&session.store, &session.actor, text, limit, region)?;
        Ok(found.into_iter().map(row).collect())
    },
    get: |session, id| Ok(get_supplier(&session.store, &session.actor, id)?.map(row)),
    add: |input| Command::Suppliers(SupplierCommand::Add { input }),
    edit: |id, version, edit| {
        Command::Suppliers(SupplierCommand::Edit {
            id,
            expected_version: Some(version),
            edit,
        })
    },
    delete: |id| Command::Suppliers(SupplierCommand::Delete { id }),
    added: |event| match event {
        Event::Suppliers(SupplierEvent::Added(supplier)) => Some(supplier.id),
        _ => None,
    },
    pickers: &[],
};
