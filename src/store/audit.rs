//! The audit log in the store: tree `audit` with indexes by record and by user, read
//! through `of_record` and `of_user` (the key shapes live here only). An entry
//! is written by `Store::transaction` itself, in the same transaction as the changes it
//! describes, whenever the core has opened an audit scope for the running command.
//! Room: store.
//!
//! The scope is per thread: `execute` opens it for the duration of one command, so every
//! transaction that command runs is audited without each command having to remember it.

use std::cell::RefCell;

use serde::Serialize;
use serde_json::Value;
use time::OffsetDateTime;

use super::audit_value::{is_blank, readable};
use super::keys::Key;
use super::record::{IndexEntry, Record};
use super::{Store, StoreResult};
use crate::domain::audit::{AuditEntry, Change, ChangeKind, FieldChange};
use crate::domain::fold::fold;

pub const AUDIT_TREE: &str = "audit";
pub(in crate::store) const BY_RECORD: &str = "audit.by_record";
pub(in crate::store) const BY_USER: &str = "audit.by_user";

/// Fields that change on every save and say nothing themselves.
/// `id` is already named with the record.
const NOISE: &[&str] = &["id", "version", "updated"];

#[derive(Debug, Clone)]
struct Scope {
    user: String,
    command: String,
    at: OffsetDateTime,
}

thread_local! {
    static SCOPE: RefCell<Option<Scope>> = const { RefCell::new(None) };
}

/// Audits every transaction on this thread until dropped.
pub struct AuditScope {
    previous: Option<Scope>,
}

/// Opens an audit scope: transactions run while it lives write an entry naming `user`,
/// `command` and `at`.
pub fn scope(user: &str, command: &str, at: OffsetDateTime) -> AuditScope {
    let scope = Scope {
        user: user.to_string(),
        command: command.to_string(),
        at,
    };
    AuditScope {
        previous: SCOPE.with(|cell| cell.replace(Some(scope))),
    }
}

impl Drop for AuditScope {
    fn drop(&mut self) {
        let previous = self.previous.take();
        SCOPE.with(|cell| *cell.borrow_mut() = previous);
    }
}

/// Whether a scope is open on this thread (otherwise changes are not even described).
pub(super) fn active() -> bool {
    SCOPE.with(|cell| cell.borrow().is_some())
}

/// The entry for these changes under the current scope, if one is open.
pub(super) fn entry_for(changes: Vec<Change>) -> Option<AuditEntry> {
    if changes.is_empty() {
        return None;
    }
    SCOPE.with(|cell| {
        cell.borrow().as_ref().map(|scope| AuditEntry {
            id: 0,
            at: scope.at,
            user: scope.user.clone(),
            command: scope.command.clone(),
            changes,
        })
    })
}

/// Describes the difference between two versions of a record, field by field.
pub(super) fn change<T: Record>(old: Option<&T>, new: Option<&T>, imported: bool) -> Change {
    let id = new.or(old).map(Record::id).unwrap_or(0);
    let what = match (old, new) {
        _ if imported => ChangeKind::Imported,
        (None, _) => ChangeKind::Created,
        (Some(_), Some(_)) => ChangeKind::Changed,
        (Some(_), None) => ChangeKind::Deleted,
    };
    let fields = if imported {
        Vec::new()
    } else {
        field_changes(old, new)
    };
    Change {
        kind: T::NAME.to_string(),
        record_id: id,
        what,
        fields,
    }
}

fn as_object<T: Serialize>(record: Option<&T>) -> serde_json::Map<String, Value> {
    match record.map(serde_json::to_value) {
        Some(Ok(Value::Object(map))) => map,
        _ => serde_json::Map::new(),
    }
}

fn field_changes<T: Serialize>(old: Option<&T>, new: Option<&T>) -> Vec<FieldChange> {
    let (old, new) = (as_object(old), as_object(new));
    let mut names: Vec<&String> = old.keys().chain(new.keys()).collect();
    names.sort();
    names.dedup();
    let text = |value: Option<&Value>| value.map(readable).unwrap_or_default();
    names
        .into_iter()
        .filter(|name| !NOISE.contains(&name.as_str()) && old.get(*name) != new.get(*name))
        .filter(|name| !(is_blank(old.get(*name)) && is_blank(new.get(*name))))
        .map(|name| FieldChange {
            field: name.clone(),
            old: text(old.get(name)),
            new: text(new.get(name)),
        })
        .collect()
}

impl Record for AuditEntry {
    const TREE: &'static str = AUDIT_TREE;
    const NAME: &'static str = "audit entry";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[BY_RECORD, BY_USER];

    fn id(&self) -> u64 {
        self.id
    }
    fn set_id(&mut self, id: u64) {
        self.id = id;
    }
    fn version(&self) -> u64 {
        0
    }
    fn set_version(&mut self, _: u64) {}

    /// By (kind, record id) for every record it touches, and by (user, time).
    fn index_entries(&self) -> Vec<IndexEntry> {
        let mut entries: Vec<IndexEntry> = self
            .changes
            .iter()
            .map(|change| {
                IndexEntry::plain(
                    BY_RECORD,
                    record_key(&change.kind, change.record_id),
                    self.id,
                )
            })
            .collect();
        entries.push(IndexEntry::plain(
            BY_USER,
            Key::new().str(&fold(&self.user)).instant(self.at),
            self.id,
        ));
        entries.sort();
        entries.dedup();
        entries
    }
}

/// The prefix of a record's entries in `audit.by_record`.
fn record_key(kind: &str, id: u64) -> Key {
    Key::new().str(kind).u64(id)
}

/// The prefix of a user's entries in `audit.by_user`.
fn user_key(user: &str) -> Key {
    Key::new().str(&fold(user))
}

/// Ids of the entries that touch record `id` of kind `kind` (a record's `NAME`), oldest
/// first.
pub fn of_record<'s>(
    store: &'s Store,
    kind: &str,
    id: u64,
) -> StoreResult<impl DoubleEndedIterator<Item = StoreResult<u64>> + use<'s>> {
    store.index_ids(BY_RECORD, record_key(kind, id))
}

/// Ids of the entries of the user whose name folds like `user`'s, oldest first.
pub fn of_user<'s>(
    store: &'s Store,
    user: &str,
) -> StoreResult<impl DoubleEndedIterator<Item = StoreResult<u64>> + use<'s>> {
    store.index_ids(BY_USER, user_key(user))
}
