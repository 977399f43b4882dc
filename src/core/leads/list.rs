//! `lead list` and `lead show`: leads filtered by status, owner and campaign through their
//! indexes (every filter given narrows; none reads all leads in id order). Reading leads
//! needs the leads' read right. Room: core.

use std::collections::BTreeSet;

use crate::core::access::{self, Access, Area};
use crate::core::{Actor, CoreError};
use crate::domain::fold::fold;
use crate::domain::lead::Lead;
use crate::store::Store;
use crate::store::kinds::lead as stored;

/// Which leads a list shows; each filter given narrows it.
#[derive(Debug, Clone, Default)]
pub struct LeadFilter {
    /// A status rank (`LeadStatus::rank`).
    pub status: Option<u8>,
    pub owner: Option<String>,
    pub campaign: Option<u64>,
}

/// The leads the filter lets through, in id order.
pub fn list(store: &Store, actor: &Actor, filter: &LeadFilter) -> Result<Vec<Lead>, CoreError> {
    access::require(actor, Area::Leads, Access::Read)?;
    let mut sets: Vec<BTreeSet<u64>> = Vec::new();
    if let Some(rank) = filter.status {
        sets.push(stored::with_status(store, rank)?.into_iter().collect());
    }
    if let Some(owner) = &filter.owner {
        sets.push(
            stored::with_owner(store, &fold(owner))?
                .into_iter()
                .collect(),
        );
    }
    if let Some(campaign) = filter.campaign {
        sets.push(stored::of_campaign(store, campaign)?.into_iter().collect());
    }
    let Some(first) = sets.pop() else {
        return Ok(store.scan::<Lead>()?.collect::<Result<_, _>>()?);
    };
    let ids = sets
        .iter()
        .fold(first, |kept, set| kept.intersection(set).copied().collect());
    let mut leads = Vec::with_capacity(ids.len());
    for id in ids {
        leads.extend(store.get::<Lead>(id)?);
    }
    Ok(leads)
}

/// The duplicate candidates of lead `id` (`duplicates::candidates`).
pub fn duplicates(
    store: &Store,
    actor: &Actor,
    id: u64,
) -> Result<Vec<super::Candidate>, CoreError> {
    access::require(actor, Area::Leads, Access::Read)?;
    super::candidates(store, &super::lead(store, id)?)
}

/// The lead `id`.
pub fn show(store: &Store, actor: &Actor, id: u64) -> Result<Lead, CoreError> {
    access::require(actor, Area::Leads, Access::Read)?;
    super::lead(store, id)
}
