//! The generic writes of a plain kind (`plain::RecordOp`): add and edit build the record
//! with the database's settings and refuse, inside the transaction, a record the actor may
//! not change (`PlainKind::foreign`), a referenced record that does not exist and a unique
//! value another record holds (an `Invalid` of that field naming the holder); delete is
//! refused while other records refer to the record unless forced, and forced removes them
//! too (records that are kept, such as payslips, keep the record as well, forced or not);
//! an import builds and checks every row as an add would and is written all or nothing by
//! the kind's `import`. Room: core.

use std::collections::HashMap;

use time::{OffsetDateTime, UtcOffset};

use super::plain::{Done, FirstSeen, ImportRow, PlainKind, RecordOp, Referrer};
use super::{Actor, CoreError, Settings};
use crate::domain::Invalid;
use crate::domain::fields::Value;
use crate::domain::fold::fold;
use crate::domain::names;
use crate::store::{Record, Store, StoreError, StoreResult, Tx, TxResult, abort};

/// Adds a record of kind `K` built from `input`, running `also` first in the same
/// transaction (a marketing call's consent use): either both are written or neither. The
/// permission was checked by the caller; the row of the record added.
pub(super) fn add_with<K: PlainKind>(
    store: &Store,
    actor: &Actor,
    input: &crate::domain::fields::Input,
    now: OffsetDateTime,
    also: impl Fn(&Tx) -> TxResult<()>,
) -> Result<crate::domain::fields::Row, CoreError> {
    let settings = Settings::load(store)?;
    let mut record = K::from_input(input, &settings, now)?;
    K::claim(actor, &mut record);
    K::added(&record)?;
    Ok(store.transaction(|tx| {
        also(tx)?;
        let mut record = record.clone();
        refuse_foreign::<K>(actor, &record)?;
        refuse_missing::<K>(tx, &record)?;
        refuse_taken::<K>(tx, &record)?;
        K::before_write(tx, &record)?;
        tx.insert(&mut record)?;
        Ok(K::to_row(&record, UtcOffset::UTC))
    })?)
}

/// Runs `op` on kind `K` at `now` (the permission was checked by `execute`).
pub(super) fn execute<K: PlainKind>(
    store: &Store,
    actor: &Actor,
    op: RecordOp,
    progress: &mut dyn FnMut(usize),
    now: OffsetDateTime,
) -> Result<Done, CoreError> {
    let settings = Settings::load(store)?;
    let row = |record: &K::Record| K::to_row(record, UtcOffset::UTC);
    Ok(match op {
        RecordOp::Add { input } => {
            Done::Added(add_with::<K>(store, actor, &input, now, |_| Ok(()))?)
        }
        RecordOp::Edit {
            id,
            expected_version,
            edit,
        } => Done::Edited(store.transaction(|tx| {
            let mut record = tx.require::<K::Record>(id)?;
            refuse_foreign::<K>(actor, &record)?;
            if let Some(expected) = expected_version.filter(|&v| v != record.version()) {
                return abort(StoreError::Stale {
                    kind: K::DECL.name,
                    id,
                    expected,
                    current: record.version(),
                });
            }
            let before = record.clone();
            K::apply_edit(&mut record, &edit, &settings, now).or_else(abort)?;
            if record != before {
                refuse_foreign::<K>(actor, &record)?;
                refuse_missing::<K>(tx, &record)?;
                refuse_taken::<K>(tx, &record)?;
                K::before_write(tx, &record)?;
                tx.update(&mut record, None)?;
            }
            Ok(row(&record))
        })?),
        RecordOp::Delete { id, force } => {
            let referring = K::REFERRERS
                .iter()
                .map(|referrer| Ok((referrer, (referrer.referring)(store, id)?)))
                .collect::<StoreResult<Vec<_>>>()?;
            let (record, cascaded) =
                store.transaction(|tx| delete::<K>(tx, actor, id, force, &referring))?;
            Done::Deleted {
                row: row(&record),
                cascaded,
            }
        }
        RecordOp::Import { rows, with } => {
            let mut records = Vec::with_capacity(rows.len());
            let mut problems = Vec::new();
            for import in &rows {
                match K::from_input(&import.input, &settings, now) {
                    Ok(mut record) => {
                        K::claim(actor, &mut record);
                        set_identity(&mut record, import);
                        records.push(record);
                    }
                    Err(invalid) => problems.extend(invalid),
                }
            }
            if problems.is_empty() {
                for record in &records {
                    problems.extend(missing_stored::<K>(store, record)?);
                }
                problems.extend(unique_in_use::<K>(store, &records)?);
            }
            if !problems.is_empty() {
                return Err(CoreError::Invalid(problems));
            }
            Done::Imported(K::import(
                store, actor, records, &rows, &with, progress, now,
            )?)
        }
    })
}

/// Builds the import row on `line` as the import will, and refuses a unique value that an
/// earlier line (noted in `seen`) or a stored record other than the row's own holds; notes
/// the row's unique values, refused or not, so that a later line repeating one is refused
/// too.
pub(super) fn check_row<K: PlainKind>(
    store: &Store,
    settings: &Settings,
    now: OffsetDateTime,
    (import, line): (&ImportRow, u64),
    seen: &mut FirstSeen,
) -> Result<(), Vec<Invalid>> {
    let mut record = K::from_input(&import.input, settings, now)?;
    set_identity(&mut record, import);
    let stored = |error: StoreError| vec![Invalid::new("id", error.to_string())];
    let mut problems = missing_stored::<K>(store, &record).map_err(stored)?;
    for (field, value) in unique_values::<K>(&record) {
        let set = if K::UNIQUE_ACROSS_FIELDS { "" } else { field };
        let (first, named) = *seen.entry((set, fold(&value))).or_insert((line, field));
        if first != line {
            problems.push(Invalid::new(
                field,
                crate::t!(
                    "core-import-duplicate",
                    text = value.trim(),
                    field = named,
                    line = first.to_string()
                ),
            ));
            continue;
        }
        let holder = K::stored_holder(store, field, &value)
            .map_err(|error| vec![Invalid::new(field, error.to_string())])?;
        if let Some(holder) = holder.filter(|&holder| holder != import.id) {
            problems.push(taken::<K>(
                field,
                &value,
                holder,
                stored_name::<K>(store, holder),
            ));
        }
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(problems),
    }
}

fn set_identity<R: Record>(record: &mut R, import: &ImportRow) {
    if import.id != 0 {
        record.set_id(import.id);
        record.set_version(import.version);
    }
}

/// The (field, value) of every non-empty value of a unique field of `record`, each value of
/// a field of many.
fn unique_values<K: PlainKind>(record: &K::Record) -> Vec<(&'static str, String)> {
    let row = K::to_row(record, UtcOffset::UTC);
    let mut values = Vec::new();
    for field in K::DECL.fields.iter().filter(|field| field.unique) {
        let Some((_, value)) = row.iter().find(|(name, _)| *name == field.name) else {
            continue;
        };
        let cells = match value {
            Value::List(cells) => cells.clone(),
            value => vec![value.cell()],
        };
        let set = cells.into_iter().filter(|cell| !fold(cell).is_empty());
        values.extend(set.map(|cell| (field.name, cell)));
    }
    values
}

/// The refusal of `value` of the unique `field`, held by record `holder` (named `name`).
fn taken<K: PlainKind>(field: &'static str, value: &str, holder: u64, name: String) -> Invalid {
    Invalid::new(
        field,
        crate::t!(
            "core-taken",
            field = field,
            text = value.trim(),
            record = names::record(K::DECL.name, holder),
            name = name
        ),
    )
}

fn stored_name<K: PlainKind>(store: &Store, id: u64) -> String {
    match store.get::<K::Record>(id) {
        Ok(Some(record)) => K::name(&record).to_string(),
        _ => String::new(),
    }
}

/// Aborts when `actor` may not change `record` (someone else's).
fn refuse_foreign<K: PlainKind>(actor: &Actor, record: &K::Record) -> TxResult<()> {
    match K::foreign(actor, record) {
        Some(why) => abort(StoreError::Refused(why)),
        None => Ok(()),
    }
}

/// Aborts when a record `record` refers to does not exist, as reading it would
/// (`customer 7 does not exist`).
fn refuse_missing<K: PlainKind>(tx: &Tx, record: &K::Record) -> TxResult<()> {
    for reference in K::REFERENCES {
        let id = (reference.id)(record);
        if !(reference.exists)(tx, id)? {
            return abort(StoreError::NotFound {
                kind: reference.kind,
                id,
            });
        }
    }
    Ok(())
}

/// The problems of the stored records `record` refers to and that do not exist.
fn missing_stored<K: PlainKind>(store: &Store, record: &K::Record) -> StoreResult<Vec<Invalid>> {
    let mut problems = Vec::new();
    for reference in K::REFERENCES {
        if !(reference.stored)(store, (reference.id)(record))? {
            problems.push(reference.missing(record));
        }
    }
    Ok(problems)
}

/// Aborts when another record holds a unique value of `record`: a problem of each such
/// field, so a form shows it under the field.
fn refuse_taken<K: PlainKind>(tx: &Tx, record: &K::Record) -> TxResult<()> {
    let mut problems = Vec::new();
    for (field, value) in unique_values::<K>(record) {
        if let Some(holder) = K::unique_holder(tx, field, &value)?
            && holder != record.id()
        {
            let other = tx.require::<K::Record>(holder)?;
            let name = K::name(&other).to_string();
            problems.push(taken::<K>(field, &value, holder, name));
        }
    }
    match problems.is_empty() {
        true => Ok(()),
        false => abort(problems),
    }
}

/// The problems of an import in which two records share a unique value, or one has the
/// value of a stored record (other than itself, when ids are kept).
fn unique_in_use<K: PlainKind>(
    store: &Store,
    records: &[K::Record],
) -> Result<Vec<Invalid>, CoreError> {
    let mut seen: HashMap<(&str, String), usize> = HashMap::new();
    let mut problems = Vec::new();
    for (index, record) in records.iter().enumerate() {
        for (field, value) in unique_values::<K>(record) {
            let set = if K::UNIQUE_ACROSS_FIELDS { "" } else { field };
            if let Some(first) = seen.insert((set, fold(&value)), index)
                && first != index
            {
                problems.push(Invalid::new(
                    field,
                    crate::t!(
                        "core-import-shared",
                        text = value.trim(),
                        field = field,
                        first = K::name(&records[first]),
                        second = K::name(record)
                    ),
                ));
                continue;
            }
            if let Some(holder) = K::stored_holder(store, field, &value)?
                && holder != record.id()
            {
                let name = stored_name::<K>(store, holder);
                problems.push(taken::<K>(field, &value, holder, name));
            }
        }
    }
    Ok(problems)
}

/// Removes record `id`; refused while `referring` records (read before, per referrer)
/// point at it, unless `force`, which removes them first — but never records that are
/// kept. Returns the record and how many went with it.
fn delete<K: PlainKind>(
    tx: &Tx,
    actor: &Actor,
    id: u64,
    force: bool,
    referring: &[(&Referrer, Vec<u64>)],
) -> TxResult<(K::Record, usize)> {
    let record = tx.require::<K::Record>(id)?;
    refuse_foreign::<K>(actor, &record)?;
    K::refuse_delete(tx, &record)?;
    let referred: Vec<&(&Referrer, Vec<u64>)> = referring
        .iter()
        .filter(|(_, ids)| !ids.is_empty())
        .collect();
    let named = |kept: bool| -> Vec<String> {
        referred
            .iter()
            .filter(|(referrer, _)| !kept || referrer.remove.is_none())
            .map(|(referrer, ids)| names::count(referrer.kind, ids.len()))
            .collect()
    };
    let kept = named(true);
    let refusal = match () {
        _ if !kept.is_empty() => Some((kept, crate::t!("core-delete-kept"))),
        _ if !force && !referred.is_empty() => Some((named(false), crate::t!("core-delete-force"))),
        _ => None,
    };
    if let Some((by, then)) = refusal {
        return abort(StoreError::Refused(crate::t!(
            "core-delete-referred",
            record = names::record(K::DECL.name, id),
            name = K::name(&record),
            by = by.join(", "),
            then = then
        )));
    }
    let mut cascaded = 0;
    for (referrer, ids) in referred {
        if let Some(remove) = referrer.remove {
            for &other in ids {
                remove(tx, other)?;
            }
            cascaded += ids.len();
        }
    }
    tx.remove::<K::Record>(id)?;
    Ok((record, cascaded))
}

#[cfg(test)]
#[path = "plain_write_tests.rs"]
mod tests;
