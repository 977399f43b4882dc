//! Supplier commands: add, edit, delete and import, in the purchasing area. The core reads
//! phones in the default region (a setting) when a supplier has no country, on add, edit
//! and import alike, and refuses a supplier number another supplier holds, naming it.
//! Room: core.

use std::collections::HashMap;

use super::{CoreError, Settings};
use crate::domain::fields::Input;
use crate::domain::fields::supplier::apply_edit;
use crate::domain::fold::fold;
use crate::domain::{Invalid, Supplier};
use crate::store::kinds::supplier as supplier_index;
use crate::store::{Store, StoreError, Tx, TxResult, abort};

/// A change to suppliers.
#[derive(Debug, Clone)]
pub enum SupplierCommand {
    /// A new supplier from fields (see `fields::supplier::from_input`).
    Add {
        input: Input,
    },
    /// Sets the fields present in `edit`; a field given empty is cleared. Refused when
    /// `expected_version` is stale.
    Edit {
        id: u64,
        expected_version: Option<u64>,
        edit: Input,
    },
    Delete {
        id: u64,
    },
    /// Validated suppliers, written all or nothing.
    Import {
        suppliers: Vec<Supplier>,
    },
}

/// What a supplier command did.
#[derive(Debug, Clone)]
pub enum SupplierEvent {
    Added(Supplier),
    Edited(Supplier),
    Deleted(Supplier),
    Imported { ids: Vec<u64> },
}

/// Runs a supplier command at `now` (the permission was checked by `execute`).
pub fn execute(
    store: &Store,
    command: SupplierCommand,
    progress: &mut dyn FnMut(usize),
    now: time::OffsetDateTime,
) -> Result<SupplierEvent, CoreError> {
    let settings = Settings::load(store)?;
    let region = settings.default_region;
    Ok(match command {
        SupplierCommand::Add { input } => {
            let supplier = super::records::RecordBuilder::with(settings, now).supplier(&input)?;
            SupplierEvent::Added(store.transaction(|tx| {
                let mut supplier = supplier.clone();
                refuse_taken_number(tx, &supplier)?;
                tx.insert(&mut supplier)?;
                Ok(supplier)
            })?)
        }
        SupplierCommand::Edit {
            id,
            expected_version,
            edit,
        } => SupplierEvent::Edited(store.transaction(|tx| {
            let mut supplier = tx.require::<Supplier>(id)?;
            if let Some(expected) = expected_version.filter(|&v| v != supplier.version) {
                return abort(StoreError::Stale {
                    kind: "supplier",
                    id,
                    expected,
                    current: supplier.version,
                });
            }
            let before = supplier.clone();
            apply_edit(&mut supplier, &edit, region, now).or_else(abort)?;
            if supplier != before {
                refuse_taken_number(tx, &supplier)?;
                tx.update(&mut supplier, None)?;
            }
            Ok(supplier)
        })?),
        SupplierCommand::Delete { id } => {
            SupplierEvent::Deleted(store.transaction(|tx| tx.remove::<Supplier>(id))?)
        }
        SupplierCommand::Import { suppliers } => {
            for supplier in &suppliers {
                supplier.validate()?;
            }
            refuse_numbers_in_use(store, &suppliers)?;
            let ids = store.insert_all(suppliers, progress)?;
            SupplierEvent::Imported { ids }
        }
    })
}

/// The refusal of a number that `holder` (another supplier) has.
pub fn number_taken(number: &str, holder: &Supplier) -> String {
    format!(
        "number \"{}\" is already used by supplier {} ({})",
        number.trim(),
        holder.id,
        holder.name
    )
}

/// Aborts when another supplier holds this supplier's number: a problem of the `number`
/// field, so a form shows it under that field.
fn refuse_taken_number(tx: &Tx, supplier: &Supplier) -> TxResult<()> {
    match supplier_index::number_holder(tx, &supplier.number)? {
        Some(holder) if holder != supplier.id => {
            let other = tx.require::<Supplier>(holder)?;
            abort(Invalid::new(
                "number",
                number_taken(&supplier.number, &other),
            ))
        }
        _ => Ok(()),
    }
}

/// Refuses an import in which two suppliers share a number, or one has the number of a
/// stored supplier (other than itself, when ids are kept).
fn refuse_numbers_in_use(store: &Store, suppliers: &[Supplier]) -> Result<(), CoreError> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut problems = Vec::new();
    for (index, supplier) in suppliers.iter().enumerate() {
        let folded = fold(&supplier.number);
        if folded.is_empty() {
            continue;
        }
        if let Some(first) = seen.insert(folded, index) {
            problems.push(Invalid::new(
                "number",
                format!(
                    "\"{}\" is the number of both {} and {}",
                    supplier.number.trim(),
                    suppliers[first].name,
                    supplier.name
                ),
            ));
            continue;
        }
        if let Some(holder) = supplier_index::by_number(store, &supplier.number)?
            && holder != supplier.id
            && let Some(other) = store.get::<Supplier>(holder)?
        {
            problems.push(Invalid::new(
                "number",
                number_taken(&supplier.number, &other),
            ));
        }
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(CoreError::Invalid(problems)),
    }
}
