//! The duplicate report over customers: every pair of customers sharing a match key
//! (`domain::duplicates`), with the rules they share, best evidence first. Room: core.
//!
//! One pass: each customer's keys are computed once and grouped by key (a map from key to
//! ids), so the cost grows with the number of keys, not with the square of the customers.
//! A key shared by more than `CROWD` customers — a firm's domain with many branches, a
//! switchboard number — would give thousands of pairs that say nothing about each other:
//! it is reported once as a crowd (rule, value, how many) and gives no pairs. A pair found
//! through several keys is listed once with all its rules.
//!
//! Order: by the pair's best rule in the order of evidence — e-mail, phone, name and city,
//! domain (`evidence_rank`) — then by more rules shared, then by ids.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::access::{self, Access, Area};
use super::{Actor, CoreError};
use crate::domain::Customer;
use crate::domain::duplicates::{MatchKey, MatchRule};
use crate::store::Store;

/// More customers than this on one key make a crowd, not pairs.
pub const CROWD: usize = 50;

/// Two customers taken for one, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub left: u64,
    pub left_name: String,
    pub right: u64,
    pub right_name: String,
    /// In the order of evidence, each once.
    pub rules: Vec<MatchRule>,
}

/// A key too many customers share to pair them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crowd {
    pub rule: MatchRule,
    pub value: String,
    pub count: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub pairs: Vec<Pair>,
    pub crowds: Vec<Crowd>,
}

/// How strongly a rule says two records are one: 0 is the strongest.
pub fn evidence_rank(rule: MatchRule) -> u8 {
    match rule {
        MatchRule::Email => 0,
        MatchRule::Phone => 1,
        MatchRule::NameCity => 2,
        MatchRule::Domain => 3,
    }
}

/// Every candidate pair of customers (only by `rule` when given), for an actor with the
/// CRM right to read.
pub fn duplicates(
    store: &Store,
    actor: &Actor,
    rule: Option<MatchRule>,
) -> Result<Report, CoreError> {
    access::require(actor, Area::Crm, Access::Read)?;
    let mut names: HashMap<u64, String> = HashMap::new();
    let mut groups: BTreeMap<MatchKey, Vec<u64>> = BTreeMap::new();
    for customer in store.scan::<Customer>()? {
        let customer = customer?;
        for key in customer.match_keys() {
            if rule.is_none_or(|only| only == key.rule) {
                groups.entry(key).or_default().push(customer.id);
            }
        }
        names.insert(customer.id, customer.name);
    }
    let mut report = Report::default();
    let mut rules: BTreeMap<(u64, u64), BTreeSet<MatchRule>> = BTreeMap::new();
    for (key, ids) in groups {
        if ids.len() < 2 {
            continue;
        }
        if ids.len() > CROWD {
            report.crowds.push(Crowd {
                rule: key.rule,
                value: key.value,
                count: ids.len(),
            });
            continue;
        }
        for (at, &left) in ids.iter().enumerate() {
            for &right in &ids[at + 1..] {
                rules.entry((left, right)).or_default().insert(key.rule);
            }
        }
    }
    let name = |id: u64| names.get(&id).cloned().unwrap_or_default();
    report.pairs = rules
        .into_iter()
        .map(|((left, right), rules)| {
            let mut rules: Vec<MatchRule> = rules.into_iter().collect();
            rules.sort_by_key(|&rule| evidence_rank(rule));
            Pair {
                left,
                left_name: name(left),
                right,
                right_name: name(right),
                rules,
            }
        })
        .collect();
    report.pairs.sort_by_key(|pair| {
        let best = pair
            .rules
            .first()
            .map_or(u8::MAX, |&rule| evidence_rank(rule));
        (
            best,
            std::cmp::Reverse(pair.rules.len()),
            pair.left,
            pair.right,
        )
    });
    report
        .crowds
        .sort_by_key(|crowd| (evidence_rank(crowd.rule), std::cmp::Reverse(crowd.count)));
    Ok(report)
}
