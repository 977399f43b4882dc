//! Plain record kinds, declared once: a kind implements `PlainKind` (its declaration, its
//! record type, building from input with the settings and the clock, applying an edit, the
//! holders of its unique fields, its search indexes, what it references (must exist on
//! write), what references it, and which records an actor reads and changes) and is listed
//! in `kinds::REGISTRY`. Every kind is changed by the one generic command
//! `Command::Record(RecordCommand { kind, op })` — add, edit, delete (refused while
//! referenced; `force` cascades unless the referring records are kept) and import (the
//! kind's `import` hook writes the records: items post opening stock with them) — run by
//! `plain_write`, and read by the generic queries of `plain_query`. `PlainOps` is the same
//! behaviour behind a `dyn`, so a declaration (plain data) can name it. A kind may name a
//! unique field its natural key (`KindDecl::key`): front ends then find its records by that
//! value as well as by id (`PlainOps::resolve`). Room: core.

use std::collections::HashMap;
use std::fmt;

use time::{OffsetDateTime, UtcOffset};

use super::kinds::KindDecl;
use super::{Actor, Command, CoreError, Settings};
use crate::domain::fields::{Input, Row};
use crate::domain::{Country, Invalid};
use crate::store::{Record, Store, StoreResult, Tx, TxResult};

/// One plain record kind, implemented once per kind (see `kinds::supplier`).
pub trait PlainKind: Sized + Sync + 'static {
    /// The stored record.
    type Record: Record + Clone + PartialEq + fmt::Debug;
    /// Names, area, field table and `ops` (the kind itself, as `&Self`).
    const DECL: &'static KindDecl;
    /// The kinds whose records point at records of this kind.
    const REFERRERS: &'static [Referrer] = &[];
    /// Whether the unique fields share one set of values (an item's SKU may not be another
    /// item's barcode), else each field is unique on its own.
    const UNIQUE_ACROSS_FIELDS: bool = false;
    /// The records of other kinds a record of this kind points at; each must exist when
    /// one is written.
    const REFERENCES: &'static [Reference<Self::Record>] = &[];

    /// The record's fields in the order of the field table; instants in `offset`.
    fn to_row(record: &Self::Record, offset: UtcOffset) -> Row;
    /// A new record from its fields with the database's settings (phones in the default
    /// region), dated `now`; every problem names its field.
    fn from_input(
        input: &Input,
        settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<Self::Record, Vec<Invalid>>;
    /// Sets the fields present in `edit` (a field given empty clears it); on a problem the
    /// record is left as it was.
    fn apply_edit(
        record: &mut Self::Record,
        edit: &Input,
        settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<(), Vec<Invalid>>;
    /// How messages name a record (`Exotic Liquids`).
    fn name(record: &Self::Record) -> &str;
    /// The record holding `value` in the unique `field` (folded), read in the transaction;
    /// none for a kind without unique fields.
    fn unique_holder(_tx: &Tx, _field: &str, _value: &str) -> TxResult<Option<u64>> {
        Ok(None)
    }
    /// The same, read outside a transaction (an import's check of every row).
    fn stored_holder(_store: &Store, _field: &str, _value: &str) -> StoreResult<Option<u64>> {
        Ok(None)
    }
    /// Why `text` names no record (neither the natural key nor the id of one): a problem of
    /// the kind's name, e.g. `"WH9" is not a location (list them with: …)`.
    fn unknown(text: &str) -> Invalid {
        let name = Self::DECL.name;
        Invalid::new(
            name,
            crate::t!(
                "core-unknown-record",
                text = text.trim(),
                a_kind = super::kinds::a(name),
                kind = name
            ),
        )
    }
    /// Refuses `actor` who may not read the kind: the right to read its area unless the
    /// kind says otherwise (customers: the customers right reads names and addresses).
    fn may_read(actor: &Actor) -> Result<(), CoreError> {
        super::access::require(actor, Self::DECL.area, super::access::Access::Read)
    }
    /// `record` as `actor` reads it: whole unless the kind hides some fields from some
    /// readers (customers: `access::CustomerSight`).
    fn shown(_actor: &Actor, record: Self::Record) -> Self::Record {
        record
    }
    /// The records the search box finds for `text` (see `plain_query`), phones typed
    /// without a country code read in `region`, at most `limit`, as `actor` reads them;
    /// a kind with a richer search of its own says so.
    fn search(
        store: &Store,
        actor: &Actor,
        text: &str,
        limit: usize,
        region: Country,
    ) -> Result<Vec<Self::Record>, CoreError> {
        let found = super::plain_query::find::<Self>(store, text, limit, region)?;
        Ok(found
            .into_iter()
            .filter(|record| Self::sees(actor, record))
            .collect())
    }
    /// Whether `actor` reads `record` (all of the kind unless the kind says otherwise).
    fn sees(_actor: &Actor, _record: &Self::Record) -> bool {
        true
    }
    /// Why `actor` may not change `record` (it is someone else's), or `None` when they may;
    /// asked of the stored record and of what an add or edit would store.
    fn foreign(_actor: &Actor, _record: &Self::Record) -> Option<String> {
        None
    }
    /// Makes a record about to be added or imported the actor's where the kind says so.
    fn claim(_actor: &Actor, _record: &mut Self::Record) {}
    /// The rules of a record added as it happens, beyond `from_input` (a call logged says
    /// what came of it); an imported one is history and exempt.
    fn added(_record: &Self::Record) -> Result<(), Vec<Invalid>> {
        Ok(())
    }
    /// Refuses, inside the delete's transaction, to delete `record` for a reason of the
    /// kind's own (beyond referrers); nothing is refused unless a kind says so.
    fn refuse_delete(_tx: &Tx, _record: &Self::Record) -> TxResult<()> {
        Ok(())
    }
    /// Writes what goes with `record` in its add's or edit's transaction, just before it
    /// is written (a preferred supplier item clears the item's former preferred one);
    /// nothing unless a kind says so.
    fn before_write(_tx: &Tx, _record: &Self::Record) -> TxResult<()> {
        Ok(())
    }
    /// Ids of the records with a name word starting with `folded`.
    fn by_name_prefix(_store: &Store, _folded: &str) -> StoreResult<Vec<u64>> {
        Ok(Vec::new())
    }
    /// Writes the built `records` of an import (`rows` as given, `with` the import's options)
    /// all or nothing, telling `progress` how many are written; the ids written and how many
    /// other records went with them. A kind whose import posts more (items: opening stock)
    /// writes those in the same journaled bulk write.
    fn import(
        store: &Store,
        _actor: &Actor,
        records: Vec<Self::Record>,
        _rows: &[ImportRow],
        _with: &Input,
        progress: &mut dyn FnMut(usize),
        _now: OffsetDateTime,
    ) -> Result<Imported, CoreError> {
        Imported::alone(store, records, progress)
    }
    /// (E.164 digits, id) of at most `limit` phone numbers ending in the digits reversed
    /// as `reversed`; none for a kind without phones.
    fn by_phone_ending(
        _store: &Store,
        _reversed: &str,
        _limit: usize,
    ) -> StoreResult<Vec<(String, u64)>> {
        Ok(Vec::new())
    }
}

/// A kind whose records point at another kind's records: deleting a referenced record is
/// refused unless forced, and forced it removes the referring records too — unless they
/// are history that stays (`remove` is `None`: payslips), then the record stays as well.
#[derive(Debug, Clone, Copy)]
pub struct Referrer {
    /// The referring kind, singular (`payslip`).
    pub kind: &'static str,
    /// Ids of the records referring to record `id`, read before the delete's transaction.
    pub referring: fn(&Store, u64) -> StoreResult<Vec<u64>>,
    /// Removes one referring record (a forced delete); `None` for records that are kept.
    pub remove: Option<fn(&Tx, u64) -> TxResult<()>>,
}

/// A field of a kind naming a record of another kind, which must exist when a record is
/// written (the customer of an opportunity).
pub struct Reference<R> {
    /// The field, which a refusal names (`customer`).
    pub field: &'static str,
    /// The referenced kind, singular (`customer`).
    pub kind: &'static str,
    /// The id `record` refers to.
    pub id: fn(&R) -> u64,
    /// Whether the record with that id exists, read in the write's transaction.
    pub exists: fn(&Tx, u64) -> TxResult<bool>,
    /// The same read outside a transaction (an import's check of every row).
    pub stored: fn(&Store, u64) -> StoreResult<bool>,
}

impl<R> Reference<R> {
    /// The problem of an imported record that refers to a missing one (a problem of the
    /// referring field, so an import names its column).
    pub fn missing(&self, record: &R) -> Invalid {
        let id = (self.id)(record);
        let record = crate::domain::names::record(self.kind, id);
        Invalid::new(
            self.field,
            crate::t!("core-store-not-found", record = record),
        )
    }
}

/// A change to records of a plain kind.
#[derive(Debug, Clone)]
pub struct RecordCommand {
    pub kind: &'static KindDecl,
    pub op: RecordOp,
}

#[derive(Debug, Clone)]
pub enum RecordOp {
    /// A new record from its fields.
    Add { input: Input },
    /// Sets the fields present in `edit`; a field given empty is cleared. Refused when
    /// `expected_version` is stale.
    Edit {
        id: u64,
        expected_version: Option<u64>,
        edit: Input,
    },
    /// Refused while other records refer to it, unless `force` (then they go too).
    Delete { id: u64, force: bool },
    /// Rows built and checked like adds, written all or nothing; `with` holds the options
    /// of the kind's import (items: where opening stock goes).
    Import { rows: Vec<ImportRow>, with: Input },
}

impl RecordOp {
    /// `Add`, `Edit`, `Delete`, `Import`: the audit's name of the operation.
    pub fn name(&self) -> &'static str {
        match self {
            RecordOp::Add { .. } => "Add",
            RecordOp::Edit { .. } => "Edit",
            RecordOp::Delete { .. } => "Delete",
            RecordOp::Import { .. } => "Import",
        }
    }
}

impl RecordCommand {
    /// The command adding a record of `kind` from `input`.
    pub fn add(kind: &'static KindDecl, input: Input) -> Command {
        Command::Record(RecordCommand {
            kind,
            op: RecordOp::Add { input },
        })
    }

    /// The command deleting record `id` of `kind`; `force` deletes what refers to it too.
    pub fn delete(kind: &'static KindDecl, id: u64, force: bool) -> Command {
        Command::Record(RecordCommand {
            kind,
            op: RecordOp::Delete { id, force },
        })
    }

    /// The command setting the fields of `edit` (empty clears) of record `id` of `kind`,
    /// refused unless it is still at `expected_version` when one is given.
    pub fn edit(
        kind: &'static KindDecl,
        id: u64,
        expected_version: Option<u64>,
        edit: Input,
    ) -> Command {
        Command::Record(RecordCommand {
            kind,
            op: RecordOp::Edit {
                id,
                expected_version,
                edit,
            },
        })
    }
}

/// One row of an import: its fields, and the id and version it keeps (0 for none).
#[derive(Debug, Clone, Default)]
pub struct ImportRow {
    pub input: Input,
    pub id: u64,
    pub version: u64,
}

/// The line and field each folded unique value of an import was first seen on, by the set
/// it is unique in: its field, or one set for a kind whose unique fields share their values.
pub type FirstSeen = HashMap<(&'static str, String), (u64, &'static str)>;

/// What a record command did; rows are in UTC.
#[derive(Debug, Clone)]
pub struct RecordEvent {
    pub kind: &'static KindDecl,
    pub done: Done,
}

#[derive(Debug, Clone)]
pub enum Done {
    Added(Row),
    Edited(Row),
    /// The deleted record and how many referring records went with it.
    Deleted {
        row: Row,
        cascaded: usize,
    },
    Imported(Imported),
}

impl Done {
    /// The id of the record added, if this added one.
    pub fn added_id(&self) -> Option<u64> {
        let Done::Added(row) = self else {
            return None;
        };
        row.iter().find_map(|(field, value)| match (field, value) {
            (&"id", crate::domain::fields::Value::Integer(id)) => u64::try_from(*id).ok(),
            _ => None,
        })
    }
}

/// What an import wrote: the records' ids, and how many other records went with them (items:
/// opening receipts).
#[derive(Debug, Clone, Default)]
pub struct Imported {
    pub ids: Vec<u64>,
    pub beside: usize,
}

impl Imported {
    /// Writes `records` and nothing beside them, all or nothing.
    pub fn alone<R: Record>(
        store: &Store,
        records: Vec<R>,
        progress: &mut dyn FnMut(usize),
    ) -> Result<Imported, CoreError> {
        Ok(Imported {
            ids: store.insert_all(records, progress)?,
            beside: 0,
        })
    }
}

/// The behaviour of a kind behind a `dyn`, implemented for every `PlainKind`; the generic
/// commands and queries call it through `KindDecl::ops` (access is checked before).
pub trait PlainOps: Sync {
    /// Refuses `actor` who may not read the kind (`PlainKind::may_read`).
    fn may_read(&self, actor: &Actor) -> Result<(), CoreError>;
    fn execute(
        &self,
        store: &Store,
        actor: &Actor,
        op: RecordOp,
        progress: &mut dyn FnMut(usize),
        now: OffsetDateTime,
    ) -> Result<Done, CoreError>;
    fn get(
        &self,
        store: &Store,
        actor: &Actor,
        id: u64,
        offset: UtcOffset,
    ) -> Result<Option<Row>, CoreError>;
    /// The id of the record `text` names: the holder of that natural key (when the kind
    /// has one), else the record with that id; else the kind's `unknown` problem.
    fn resolve(&self, store: &Store, actor: &Actor, text: &str) -> Result<u64, CoreError>;
    fn page(
        &self,
        store: &Store,
        actor: &Actor,
        after: u64,
        limit: usize,
        offset: UtcOffset,
    ) -> Result<Vec<Row>, CoreError>;
    fn all(&self, store: &Store, actor: &Actor, offset: UtcOffset) -> Result<Vec<Row>, CoreError>;
    fn search(
        &self,
        store: &Store,
        actor: &Actor,
        text: &str,
        limit: usize,
        region: Country,
        offset: UtcOffset,
    ) -> Result<Vec<Row>, CoreError>;
    /// Builds an import row (with its line) as the import will, refusing a unique value an
    /// earlier line (noted in `seen`) or a stored record other than the row's own holds.
    fn check_row(
        &self,
        store: &Store,
        settings: &Settings,
        now: OffsetDateTime,
        row: (&ImportRow, u64),
        seen: &mut FirstSeen,
    ) -> Result<(), Vec<Invalid>>;
    fn referrers(&self) -> &'static [Referrer];
}

/// `record` as a row the way `actor` reads it, or `None` when it is not theirs to see.
fn seen_row<K: PlainKind>(actor: &Actor, record: K::Record, offset: UtcOffset) -> Option<Row> {
    K::sees(actor, &record).then(|| K::to_row(&K::shown(actor, record), offset))
}

impl<K: PlainKind> PlainOps for K {
    fn may_read(&self, actor: &Actor) -> Result<(), CoreError> {
        K::may_read(actor)
    }

    fn execute(
        &self,
        store: &Store,
        actor: &Actor,
        op: RecordOp,
        progress: &mut dyn FnMut(usize),
        now: OffsetDateTime,
    ) -> Result<Done, CoreError> {
        super::plain_write::execute::<K>(store, actor, op, progress, now)
    }

    fn get(
        &self,
        store: &Store,
        actor: &Actor,
        id: u64,
        offset: UtcOffset,
    ) -> Result<Option<Row>, CoreError> {
        Ok(store
            .get::<K::Record>(id)?
            .and_then(|record| seen_row::<K>(actor, record, offset)))
    }

    fn resolve(&self, store: &Store, actor: &Actor, text: &str) -> Result<u64, CoreError> {
        let seen = |id: u64| -> Result<bool, CoreError> {
            Ok(store
                .get::<K::Record>(id)?
                .is_some_and(|record| K::sees(actor, &record)))
        };
        if let Some(key) = K::DECL.key
            && let Some(id) = K::stored_holder(store, key, text)?
            && seen(id)?
        {
            return Ok(id);
        }
        if let Ok(id) = text.trim().parse::<u64>()
            && seen(id)?
        {
            return Ok(id);
        }
        Err(CoreError::Invalid(vec![K::unknown(text)]))
    }

    fn page(
        &self,
        store: &Store,
        actor: &Actor,
        after: u64,
        limit: usize,
        offset: UtcOffset,
    ) -> Result<Vec<Row>, CoreError> {
        let records = store.page::<K::Record>(after, limit)?;
        Ok(records
            .into_iter()
            .filter_map(|record| seen_row::<K>(actor, record, offset))
            .collect())
    }

    fn all(&self, store: &Store, actor: &Actor, offset: UtcOffset) -> Result<Vec<Row>, CoreError> {
        let mut rows = Vec::new();
        for record in store.scan::<K::Record>()? {
            rows.extend(seen_row::<K>(actor, record?, offset));
        }
        Ok(rows)
    }

    fn search(
        &self,
        store: &Store,
        actor: &Actor,
        text: &str,
        limit: usize,
        region: Country,
        offset: UtcOffset,
    ) -> Result<Vec<Row>, CoreError> {
        let found = K::search(store, actor, text, limit, region)?;
        Ok(found
            .into_iter()
            .map(|record| K::to_row(&K::shown(actor, record), offset))
            .collect())
    }

    fn check_row(
        &self,
        store: &Store,
        settings: &Settings,
        now: OffsetDateTime,
        row: (&ImportRow, u64),
        seen: &mut FirstSeen,
    ) -> Result<(), Vec<Invalid>> {
        super::plain_write::check_row::<K>(store, settings, now, row, seen)
    }

    fn referrers(&self) -> &'static [Referrer] {
        K::REFERRERS
    }
}
