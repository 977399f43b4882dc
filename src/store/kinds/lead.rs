//! Leads in the store: tree `leads`, schema 1, indexed by status, by owner (folded), by
//! campaign, and by each duplicate match key — normalized e-mail, E.164 phone, non-freemail
//! domain, folded name in folded city — so finding a lead's duplicates among the other
//! leads reads index entries, never every lead. Their key shapes live here only.
//! Room: store.

use super::dedup;
use crate::domain::duplicates::{MatchKey, MatchRule};
use crate::domain::fold::fold;
use crate::domain::lead::Lead;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, id_and_version};
use crate::store::{Store, StoreResult};

pub(in crate::store) const BY_STATUS: &str = "leads.by_status";
pub(in crate::store) const BY_OWNER: &str = "leads.by_owner";
pub(in crate::store) const BY_CAMPAIGN: &str = "leads.by_campaign";
pub(in crate::store) const BY_EMAIL: &str = "leads.by_email";
pub(in crate::store) const BY_PHONE: &str = "leads.by_phone";
pub(in crate::store) const BY_DOMAIN: &str = "leads.by_domain";
pub(in crate::store) const BY_NAME_CITY: &str = "leads.by_name_city";

/// The index holding the keys of `rule`.
fn index_of(rule: MatchRule) -> &'static str {
    match rule {
        MatchRule::Email => BY_EMAIL,
        MatchRule::Phone => BY_PHONE,
        MatchRule::Domain => BY_DOMAIN,
        MatchRule::NameCity => BY_NAME_CITY,
    }
}

impl Record for Lead {
    const TREE: &'static str = "leads";
    const NAME: &'static str = "lead";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[
        BY_STATUS,
        BY_OWNER,
        BY_CAMPAIGN,
        BY_EMAIL,
        BY_PHONE,
        BY_DOMAIN,
        BY_NAME_CITY,
    ];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        let id = self.id;
        let mut entries = vec![IndexEntry::plain(
            BY_STATUS,
            Key::new().u8(self.status.rank()),
            id,
        )];
        if !self.owner.trim().is_empty() {
            entries.push(IndexEntry::plain(
                BY_OWNER,
                Key::new().str(&fold(&self.owner)),
                id,
            ));
        }
        if let Some(campaign) = self.campaign {
            entries.push(IndexEntry::plain(BY_CAMPAIGN, Key::new().u64(campaign), id));
        }
        entries.extend(
            self.match_keys()
                .into_iter()
                .map(|key| IndexEntry::plain(index_of(key.rule), Key::new().str(&key.value), id)),
        );
        dedup(entries)
    }
}

/// Ids of the leads whose status has `rank` (`LeadStatus::rank`), in id order.
pub fn with_status(store: &Store, rank: u8) -> StoreResult<Vec<u64>> {
    store.index_ids(BY_STATUS, Key::new().u8(rank))?.collect()
}

/// Ids of the leads whose owner folds to `folded`, in id order.
pub fn with_owner(store: &Store, folded: &str) -> StoreResult<Vec<u64>> {
    store.index_ids(BY_OWNER, Key::new().str(folded))?.collect()
}

/// Ids of the leads attributed to `campaign`, in id order.
pub fn of_campaign(store: &Store, campaign: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(BY_CAMPAIGN, Key::new().u64(campaign))?
        .collect()
}

/// Ids of the leads holding the match key `key`, in id order.
pub fn with_key(store: &Store, key: &MatchKey) -> StoreResult<Vec<u64>> {
    store
        .index_ids(index_of(key.rule), Key::new().str(&key.value))?
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lead::{LeadKind, LeadStatus};
    use crate::domain::{Country, Phone};
    use time::OffsetDateTime;

    #[test]
    fn every_match_key_status_owner_and_campaign_is_indexed() {
        let de = Country::parse("DE").unwrap();
        let mut lead = Lead::new(LeadKind::Person, "Eva Weber", OffsetDateTime::UNIX_EPOCH);
        lead.id = 4;
        lead.company = "Weber Bau".into();
        lead.city = "Köln".into();
        lead.emails = vec!["Eva@Weber-Bau.de".into(), "eva@web.de".into()];
        lead.phones = vec![Phone::parse("0221 123456", de).unwrap()];
        lead.owner = "Anna".into();
        lead.campaign = Some(9);
        lead.status = LeadStatus::Qualified;
        let entries = lead.index_entries();
        let keys = |tree: &str| -> Vec<String> {
            entries
                .iter()
                .filter(|e| e.tree == tree)
                .map(|e| {
                    let end = e.key.iter().position(|&b| b == 0).unwrap_or(e.key.len());
                    String::from_utf8_lossy(&e.key[..end]).into_owned()
                })
                .collect()
        };
        assert_eq!(keys(BY_EMAIL), ["eva@web.de", "eva@weber-bau.de"]);
        assert_eq!(keys(BY_DOMAIN), ["weber-bau.de"], "web.de is freemail");
        assert_eq!(keys(BY_PHONE), ["+49221123456"]);
        assert_eq!(keys(BY_NAME_CITY), ["eva weber|koln", "weber bau|koln"]);
        assert_eq!(keys(BY_OWNER), ["anna"]);
        assert_eq!(entries.iter().filter(|e| e.tree == BY_CAMPAIGN).count(), 1);
        let status = entries.iter().find(|e| e.tree == BY_STATUS).unwrap();
        assert_eq!(status.key[0], LeadStatus::Qualified.rank());
    }
}
