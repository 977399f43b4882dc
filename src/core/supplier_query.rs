//! Supplier queries: get, list, find by number, search by folded name or by a phone
//! fragment (the last four or more digits, in any formatting). Every query needs the right
//! to read purchasing (purchasing and admin; warehouse reads). The indexes are read through
//! the store's supplier kind; nothing here encodes their keys. Room: core.

use std::collections::HashSet;

use super::access::{self, Access, Area};
use super::{Actor, CoreError};
use crate::domain::fold::{fold, umlauts_typed_out};
use crate::domain::phone::{self, PhoneQuery};
use crate::domain::{Country, Invalid, Supplier};
use crate::store::Store;
use crate::store::kinds::supplier as suppliers;

/// How many phone index entries a search reads at most.
const PHONE_CANDIDATES: usize = 500;

fn may_read(actor: &Actor) -> Result<(), CoreError> {
    access::require(actor, Area::Purchasing, Access::Read)
}

/// One supplier by id.
pub fn get_supplier(store: &Store, actor: &Actor, id: u64) -> Result<Option<Supplier>, CoreError> {
    may_read(actor)?;
    Ok(store.get::<Supplier>(id)?)
}

/// Suppliers in id order, after id `after`, at most `limit`.
pub fn list_suppliers(
    store: &Store,
    actor: &Actor,
    after: u64,
    limit: usize,
) -> Result<Vec<Supplier>, CoreError> {
    may_read(actor)?;
    Ok(store.page::<Supplier>(after, limit)?)
}

/// Every supplier in id order, for an export.
pub fn all_suppliers(store: &Store, actor: &Actor) -> Result<Vec<Supplier>, CoreError> {
    may_read(actor)?;
    Ok(store.scan::<Supplier>()?.collect::<Result<_, _>>()?)
}

/// The supplier with this number (case and accents ignored).
pub fn find_supplier_by_number(
    store: &Store,
    actor: &Actor,
    number: &str,
) -> Result<Option<Supplier>, CoreError> {
    may_read(actor)?;
    match suppliers::by_number(store, number)? {
        Some(id) => Ok(store.get::<Supplier>(id)?),
        None => Ok(None),
    }
}

/// Suppliers with a name word starting with `text` folded (so `MULLER` and `Mueller`
/// find Müller): the whole name equal first, then names starting so, then later words;
/// at most `limit`.
pub fn find_suppliers_by_name(
    store: &Store,
    actor: &Actor,
    text: &str,
    limit: usize,
) -> Result<Vec<Supplier>, CoreError> {
    may_read(actor)?;
    let folded = fold(text);
    if folded.is_empty() {
        return Ok(Vec::new());
    }
    let mut ranked: Vec<(u8, Supplier)> = Vec::new();
    let mut seen = HashSet::new();
    let spellings = std::iter::once(folded.clone()).chain(umlauts_typed_out(&folded));
    for spelling in spellings {
        for id in suppliers::scan_name_prefix(store, &spelling)? {
            let id = id?;
            if !seen.insert(id) {
                continue;
            }
            if let Some(supplier) = store.get::<Supplier>(id)? {
                let name = fold(&supplier.name);
                let rank = match () {
                    _ if name == spelling => 0,
                    _ if name.starts_with(&spelling) => 1,
                    _ => 2,
                };
                ranked.push((rank, supplier));
            }
        }
    }
    ranked.sort_by_key(|(rank, supplier)| (*rank, supplier.id));
    Ok(ranked.into_iter().take(limit).map(|(_, s)| s).collect())
}

/// Suppliers with a phone number ending in the digits of `text` (at least four), or that
/// number itself: exact numbers first, then by id; at most `limit`.
pub fn find_suppliers_by_phone(
    store: &Store,
    actor: &Actor,
    text: &str,
    limit: usize,
    default_region: Country,
) -> Result<Vec<Supplier>, CoreError> {
    may_read(actor)?;
    let Some(query) = PhoneQuery::new(text, default_region) else {
        return Err(Invalid::new(
            "search",
            format!(
                "\"{}\": type at least {} digits of a phone number",
                text.trim(),
                phone::MIN_FRAGMENT_DIGITS
            ),
        )
        .into());
    };
    let mut best: Vec<(u8, u64)> = Vec::new();
    let entries = suppliers::by_phone_ending(store, &query.reversed_prefix)?;
    for entry in entries.take(PHONE_CANDIDATES) {
        let (digits, id) = entry?;
        let rank = query.rank_digits(&digits);
        match best.iter_mut().find(|(_, known)| *known == id) {
            Some(slot) => slot.0 = slot.0.min(rank),
            None => best.push((rank, id)),
        }
    }
    best.sort_unstable();
    let mut found = Vec::new();
    for (_, id) in best.into_iter().take(limit) {
        found.extend(store.get::<Supplier>(id)?);
    }
    Ok(found)
}

/// The one search box: a phone fragment when the text is one (digits and phone
/// punctuation only, at least four digits), else the name; a number equal to the text
/// comes first.
pub fn search_suppliers(
    store: &Store,
    actor: &Actor,
    text: &str,
    limit: usize,
    default_region: Country,
) -> Result<Vec<Supplier>, CoreError> {
    let numeric = PhoneQuery::new(text, default_region).is_some();
    let mut found: Vec<Supplier> = find_supplier_by_number(store, actor, text)?
        .into_iter()
        .collect();
    let more = if numeric {
        find_suppliers_by_phone(store, actor, text, limit, default_region)?
    } else {
        find_suppliers_by_name(store, actor, text, limit)?
    };
    for supplier in more {
        if !found.iter().any(|s| s.id == supplier.id) {
            found.push(supplier);
        }
    }
    found.truncate(limit);
    Ok(found)
}
