//! `lead duplicates`: the customers and other leads a lead is probably the same as, each
//! with the rules it matched by (`domain::duplicates`: same normalized e-mail, same E.164
//! phone, same non-freemail domain, same folded name in the same city). Every candidate is
//! found through an index — the customers' e-mail, phone, domain and name indexes, the
//! leads' match-key indexes — then read and compared key by key; nothing reads every
//! record. Room: core.

use std::collections::BTreeSet;

use crate::core::CoreError;
use crate::domain::Customer;
use crate::domain::duplicates::{MatchKey, MatchRule, shared_rules};
use crate::domain::fold::fold;
use crate::domain::lead::Lead;
use crate::store::Store;
use crate::store::kinds::{customer as customers, lead as leads};

/// What a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CandidateKind {
    Customer,
    Lead,
}

impl CandidateKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Customer => "customer",
            Self::Lead => "lead",
        }
    }
}

/// A record a lead probably duplicates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub kind: CandidateKind,
    pub id: u64,
    pub name: String,
    /// The rules it matched by, in rule order.
    pub rules: Vec<MatchRule>,
}

/// The customers, then the other leads, that `lead` probably duplicates, each once with
/// every rule it matched by; in id order within each kind.
pub fn candidates(store: &Store, lead: &Lead) -> Result<Vec<Candidate>, CoreError> {
    let keys = lead.match_keys();
    let mut customer_ids = BTreeSet::new();
    let mut lead_ids = BTreeSet::new();
    for key in &keys {
        customer_ids.extend(customer_ids_for(store, key)?);
        lead_ids.extend(leads::with_key(store, key)?);
    }
    lead_ids.remove(&lead.id);
    let mut found = Vec::new();
    for id in customer_ids {
        if let Some(customer) = store.get::<Customer>(id)? {
            let rules = shared_rules(&keys, &customer.match_keys());
            if !rules.is_empty() {
                found.push(Candidate {
                    kind: CandidateKind::Customer,
                    id,
                    name: customer.name,
                    rules,
                });
            }
        }
    }
    for id in lead_ids {
        if let Some(other) = store.get::<Lead>(id)? {
            let rules = shared_rules(&keys, &other.match_keys());
            if !rules.is_empty() {
                found.push(Candidate {
                    kind: CandidateKind::Lead,
                    id,
                    name: other.display_name().to_string(),
                    rules,
                });
            }
        }
    }
    Ok(found)
}

/// Ids of the customers an index names for `key` (compared exactly afterwards).
fn customer_ids_for(store: &Store, key: &MatchKey) -> Result<Vec<u64>, CoreError> {
    Ok(match key.rule {
        MatchRule::Email => customers::by_email_prefix(store, &fold(&key.value))?
            .filter(|found| !matches!(found, Ok(found) if !found.exact))
            .map(|found| found.map(|found| found.id))
            .collect::<Result<_, _>>()?,
        MatchRule::Phone => {
            let digits = key.value.trim_start_matches('+');
            let reversed: String = digits.chars().rev().collect();
            customers::by_phone_ending(store, &reversed)?
                .filter(|found| !matches!(found, Ok((found, _)) if found != digits))
                .map(|found| found.map(|(_, id)| id))
                .collect::<Result<_, _>>()?
        }
        MatchRule::Domain => customers::with_domain(store, &key.value)?,
        MatchRule::NameCity => {
            let name = key.value.split('|').next().unwrap_or_default();
            customers::scan_name_prefix(store, name)?.collect::<Result<_, _>>()?
        }
    })
}
