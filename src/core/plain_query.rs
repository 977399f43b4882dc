//! The generic queries of a plain kind: one record, a page in id order, every record (for
//! an export), the record a natural key or id names, a search, and the check of an import row — each behind the right to read
//! the kind's area, answered as rows of its field table. The search: a unique value equal
//! to the text first, then a phone fragment when the text is one (the last four or more
//! digits, in any formatting), else (or when no phone ends so) a folded name (`MULLER` and
//! `Mueller` find Müller).
//! The indexes are read through the kind's typed store reads. Room: core.

use std::collections::HashSet;

use time::{OffsetDateTime, UtcOffset};

use super::access::{self, Access};
use super::kinds::KindDecl;
use super::plain::{FirstSeen, ImportRow, PlainKind};
use super::{Actor, CoreError, Settings};
use crate::domain::fields::Row;
use crate::domain::fold::{fold, umlauts_typed_out};
use crate::domain::phone::PhoneQuery;
use crate::domain::{Country, Invalid};
use crate::store::{Record, Store};

/// How many phone index entries a search reads at most.
const PHONE_CANDIDATES: usize = 500;

fn may_read(actor: &Actor, kind: &KindDecl) -> Result<(), CoreError> {
    kind.ops.may_read(actor)
}

/// One record by id; instants in `offset`.
pub fn get(
    store: &Store,
    actor: &Actor,
    kind: &KindDecl,
    id: u64,
    offset: UtcOffset,
) -> Result<Option<Row>, CoreError> {
    may_read(actor, kind)?;
    kind.ops.get(store, actor, id, offset)
}

/// The id of the record `text` names: its natural key (for a kind with one) or its id.
pub fn resolve(
    store: &Store,
    actor: &Actor,
    kind: &KindDecl,
    text: &str,
) -> Result<u64, CoreError> {
    may_read(actor, kind)?;
    kind.ops.resolve(store, actor, text)
}

/// Records in id order after id `after`, at most `limit`.
pub fn list(
    store: &Store,
    actor: &Actor,
    kind: &KindDecl,
    after: u64,
    limit: usize,
    offset: UtcOffset,
) -> Result<Vec<Row>, CoreError> {
    may_read(actor, kind)?;
    kind.ops.page(store, actor, after, limit, offset)
}

/// Every record in id order, for an export: for who may read the whole kind (its area),
/// not a part of each record.
pub fn all(
    store: &Store,
    actor: &Actor,
    kind: &KindDecl,
    offset: UtcOffset,
) -> Result<Vec<Row>, CoreError> {
    access::require(actor, kind.area, Access::Read)?;
    kind.ops.all(store, actor, offset)
}

/// The one search box (see the module header); phones typed without a country code are
/// read in `region`; at most `limit`.
pub fn search(
    store: &Store,
    actor: &Actor,
    kind: &KindDecl,
    text: &str,
    limit: usize,
    region: Country,
    offset: UtcOffset,
) -> Result<Vec<Row>, CoreError> {
    may_read(actor, kind)?;
    kind.ops.search(store, actor, text, limit, region, offset)
}

/// Builds the import row of `kind` on `line` as the import will, refusing a unique value
/// an earlier line (noted in `seen`) or a stored record other than the row's own holds;
/// every problem names its field.
pub fn check_row(
    store: &Store,
    actor: &Actor,
    kind: &KindDecl,
    settings: &Settings,
    now: OffsetDateTime,
    row: (&ImportRow, u64),
    seen: &mut FirstSeen,
) -> Result<(), Vec<Invalid>> {
    may_read(actor, kind).map_err(|error| vec![Invalid::new("id", error.to_string())])?;
    kind.ops.check_row(store, settings, now, row, seen)
}

/// The search of kind `K` (see the module header).
pub(super) fn find<K: PlainKind>(
    store: &Store,
    text: &str,
    limit: usize,
    region: Country,
) -> Result<Vec<K::Record>, CoreError> {
    let mut found: Vec<K::Record> = Vec::new();
    for field in K::DECL.fields.iter().filter(|field| field.unique) {
        if let Some(id) = K::stored_holder(store, field.name, text)?
            && let Some(record) = store.get::<K::Record>(id)?
            && !found.iter().any(|r| r.id() == id)
        {
            found.push(record);
        }
    }
    let by_phone = match PhoneQuery::new(text, region) {
        Some(query) => by_phone::<K>(store, &query, limit)?,
        None => Vec::new(),
    };
    let more = match by_phone.is_empty() {
        true => by_name::<K>(store, text, limit)?,
        false => by_phone,
    };
    for record in more {
        if !found.iter().any(|r| r.id() == record.id()) {
            found.push(record);
        }
    }
    found.truncate(limit);
    Ok(found)
}

/// Records with a name word starting with `text` folded: the whole name equal first, then
/// names starting so, then later words; at most `limit`.
fn by_name<K: PlainKind>(
    store: &Store,
    text: &str,
    limit: usize,
) -> Result<Vec<K::Record>, CoreError> {
    let folded = fold(text);
    if folded.is_empty() {
        return Ok(Vec::new());
    }
    let mut ranked: Vec<(u8, K::Record)> = Vec::new();
    let mut seen = HashSet::new();
    let spellings = std::iter::once(folded.clone()).chain(umlauts_typed_out(&folded));
    for spelling in spellings {
        for id in K::by_name_prefix(store, &spelling)? {
            if !seen.insert(id) {
                continue;
            }
            if let Some(record) = store.get::<K::Record>(id)? {
                let name = fold(K::name(&record));
                let rank = match () {
                    _ if name == spelling => 0,
                    _ if name.starts_with(&spelling) => 1,
                    _ => 2,
                };
                ranked.push((rank, record));
            }
        }
    }
    ranked.sort_by_key(|(rank, record)| (*rank, record.id()));
    Ok(ranked.into_iter().take(limit).map(|(_, r)| r).collect())
}

/// Records with a phone number ending in the query's digits, or that number itself: exact
/// numbers first, then by id; at most `limit`.
fn by_phone<K: PlainKind>(
    store: &Store,
    query: &PhoneQuery,
    limit: usize,
) -> Result<Vec<K::Record>, CoreError> {
    let mut best: Vec<(u8, u64)> = Vec::new();
    for (digits, id) in K::by_phone_ending(store, &query.reversed_prefix, PHONE_CANDIDATES)? {
        let rank = query.rank_digits(&digits);
        match best.iter_mut().find(|(_, known)| *known == id) {
            Some(slot) => slot.0 = slot.0.min(rank),
            None => best.push((rank, id)),
        }
    }
    best.sort_unstable();
    let mut found = Vec::new();
    for (_, id) in best.into_iter().take(limit) {
        found.extend(store.get::<K::Record>(id)?);
    }
    Ok(found)
}
