//! Reading the audit log: by record, by user, since a date. Admins only. Room: core.

use std::collections::BTreeSet;

use time::{Date, OffsetDateTime, Time};

use super::access::{Access, Area, require};
use super::{Actor, CoreError};
use crate::domain::audit::AuditEntry;
use crate::domain::names;
use crate::store::audit as audit_log;
use crate::store::{Store, StoreError};

/// Which entries to show; all given filters must hold.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// (record kind, id), e.g. ("customer", 42).
    pub record: Option<(String, u64)>,
    pub user: Option<String>,
    pub since: Option<Date>,
}

/// Entries matching the filter, oldest first, at most `limit` (the newest ones).
pub fn audit_log(
    store: &Store,
    actor: &Actor,
    filter: &AuditFilter,
    limit: usize,
) -> Result<Vec<AuditEntry>, CoreError> {
    require(actor, Area::Admin, Access::Read)?;
    let since = filter
        .since
        .map(|d| OffsetDateTime::new_utc(d, Time::MIDNIGHT));
    let ids: Vec<u64> = match (&filter.record, &filter.user) {
        (Some((kind, id)), _) => {
            audit_log::of_record(store, kind, *id)?.collect::<Result<_, _>>()?
        }
        (None, Some(user)) => audit_log::of_user(store, user)?.collect::<Result<_, _>>()?,
        (None, None) => {
            let mut entries: Vec<AuditEntry> = store.last::<AuditEntry>(limit)?;
            entries.retain(|e| since.is_none_or(|s| e.at >= s));
            entries.reverse();
            return Ok(entries);
        }
    };
    let mut entries = Vec::new();
    for id in ids.into_iter().collect::<BTreeSet<_>>() {
        if let Some(entry) = store.get::<AuditEntry>(id)? {
            let user_ok = filter
                .user
                .as_ref()
                .is_none_or(|u| entry.user.eq_ignore_ascii_case(u));
            if user_ok && since.is_none_or(|s| entry.at >= s) {
                entries.push(entry);
            }
        }
    }
    let skip = entries.len().saturating_sub(limit);
    Ok(entries.split_off(skip))
}

/// Who changed a record last and when, from the audit log.
pub fn last_change(store: &Store, kind: &str, id: u64) -> Option<(String, OffsetDateTime)> {
    let mut entries = audit_log::of_record(store, kind, id).ok()?;
    let last = entries.by_ref().filter_map(Result::ok).last()?;
    store
        .get::<AuditEntry>(last)
        .ok()
        .flatten()
        .map(|entry| (entry.user, entry.at))
}

/// Turns "someone else saved in between" into a message naming who and when.
pub fn explain_stale(store: &Store, error: CoreError) -> CoreError {
    match error {
        CoreError::Store(StoreError::Stale {
            kind, id, current, ..
        }) => {
            let by = match last_change(store, kind, id) {
                Some((user, at)) => crate::t!(
                    "core-changed-by",
                    user = user,
                    at = crate::lang::format::instant(at)
                ),
                None => crate::t!("core-changed-by-someone"),
            };
            CoreError::Changed {
                record: names::record(kind, id),
                by,
                version: current,
            }
        }
        other => other,
    }
}
