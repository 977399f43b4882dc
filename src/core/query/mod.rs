//! Queries: plain functions over the store returning domain records or small view structs.
//! Every public query takes the `Actor` and applies the rules of `access`: customers come
//! back as the actor's `CustomerSight` shows them (warehouse: names and addresses, matched
//! by name only), interactions and opportunities need the CRM right, and opportunities are
//! the actor's own unless they have the pipeline right. Room: core.

use std::collections::{BTreeMap, HashMap, HashSet};

use rust_decimal::Decimal;
use time::Date;

use super::access::{self, Access, Area, CustomerSight};
use super::{Actor, CoreError};
use crate::domain::fold::{fold, umlauts_typed_out};
use crate::domain::phone::{self, MIN_FRAGMENT_DIGITS, PhoneQuery};
use crate::domain::{
    Country, Currency, Customer, CustomerStatus, Interaction, Invalid, Opportunity, Phone, Stage,
};
use crate::store::kinds::{
    customer as customers, interaction as interactions, opportunity as opportunities,
};
use crate::store::{Store, StoreResult};

mod interaction_search;
pub use interaction_search::{
    FIRST_SLICE_RECORDS, InteractionSearch, Resume, SLICE_RECORDS, Scope, Slice,
};

/// How many index hits a name search ranks before taking the first page.
const NAME_CANDIDATES: usize = 200;
/// How many phone index hits a lookup reads at most.
const PHONE_CANDIDATES: usize = 500;
/// Name index hits read for a query that is also a phone number.
const NUMBER_NAME_CANDIDATES: usize = 20;
/// The longest search text, in characters: longer than any name, e-mail or number a person
/// looks for, short enough that every pass over the indexes stays fast.
pub const MAX_SEARCH_CHARS: usize = 200;
/// The longest query the fuzzy pass compares with every indexed name word: its cost grows
/// with the square of the length, and a typo in text this long is no longer a name typed.
const FUZZY_MAX_CHARS: usize = 32;

/// One customer found by `search_customers`, with how well it matched (lower is better).
#[derive(Debug, Clone)]
pub struct Hit {
    pub customer: Customer,
    pub rank: u8,
    /// For a match by phone: the customer's or a contact's number that matched, which is
    /// what a caller list shows (not necessarily the first number).
    pub phone: Option<Phone>,
}

impl Hit {
    /// A match by anything but a phone number.
    fn plain(customer: Customer, rank: u8) -> Hit {
        Hit {
            customer,
            rank,
            phone: None,
        }
    }
}

/// The stored customer holding `number` (case and accents ignored), whoever asks (the
/// caller applies the actor's sight).
fn number_holder(store: &Store, number: &str) -> Result<Option<Customer>, CoreError> {
    match customers::by_number(store, number)? {
        Some(id) => Ok(store.get::<Customer>(id)?),
        None => Ok(None),
    }
}

/// The one search box: customer number (whole), phone fragment in any formatting, e-mail,
/// name prefix (of the whole name or of any word), and fuzzy name as a fallback. Best
/// match first. Actors who see names and addresses only are matched by number and name.
pub fn search_customers(
    store: &Store,
    actor: &Actor,
    text: &str,
    limit: usize,
    default_region: Country,
) -> Result<Vec<Hit>, CoreError> {
    let sight = CustomerSight::of(actor)?;
    let full = sight == CustomerSight::Full;
    let text = checked_search_text(text)?;
    let mut hits: HashMap<u64, Hit> = HashMap::new();
    // A customer number typed whole (case and accents ignored) is the best match there is.
    if let Some(customer) = number_holder(store, text)? {
        keep_best(&mut hits, Hit::plain(customer, 0));
    }
    if hits.is_empty() && phone::too_few_digits(text) {
        return Err(Invalid::new(
            "search",
            crate::t!("core-search-digits", digits = MIN_FRAGMENT_DIGITS),
        )
        .into());
    }
    let phone = PhoneQuery::new(text, default_region);
    if let Some(query) = phone.as_ref().filter(|_| full) {
        for hit in phone_hits(store, query, PHONE_CANDIDATES, limit)? {
            keep_best(&mut hits, hit);
        }
    }
    let folded = fold(text);
    if full && folded.contains('@') {
        for found in customers::by_email_prefix(store, &folded)?.take(NAME_CANDIDATES) {
            let customers::EmailMatch { id, exact } = found?;
            if let Some(customer) = store.get::<Customer>(id)? {
                keep_best(&mut hits, Hit::plain(customer, if exact { 3 } else { 4 }));
            }
        }
    }
    if !folded.is_empty() {
        // Digits are mostly a phone number; names with such a word (`Bau 2000`) still
        // match, but fewer are read, so a number typed while the phone rings stays fast.
        let candidates = if phone.is_some() {
            NUMBER_NAME_CANDIDATES
        } else {
            NAME_CANDIDATES
        };
        let spellings = std::iter::once(folded.clone()).chain(umlauts_typed_out(&folded));
        for spelling in spellings {
            for hit in name_hits(store, &spelling, candidates)? {
                keep_best(&mut hits, hit);
            }
        }
    }
    let fuzzy = folded.chars().count() <= FUZZY_MAX_CHARS
        && folded.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    if hits.is_empty() && fuzzy {
        for hit in fuzzy_by_name(store, &folded, limit)? {
            keep_best(&mut hits, hit);
        }
    }
    let mut hits: Vec<Hit> = hits.into_values().collect();
    hits.sort_by_cached_key(|hit| (hit.rank, fold(&hit.customer.name), hit.customer.id));
    hits.truncate(limit);
    Ok(shown(sight, hits))
}

/// A search text trimmed, or a validation error when it is longer than `MAX_SEARCH_CHARS`.
fn checked_search_text(text: &str) -> Result<&str, CoreError> {
    let text = text.trim();
    let length = text.chars().count();
    if length > MAX_SEARCH_CHARS {
        return Err(Invalid::new(
            "search",
            crate::t!(
                "core-search-too-long",
                length = length,
                most = MAX_SEARCH_CHARS
            ),
        )
        .into());
    }
    Ok(text)
}

/// The hits as `sight` shows their customers.
fn shown(sight: CustomerSight, hits: Vec<Hit>) -> Vec<Hit> {
    hits.into_iter()
        .map(|hit| Hit {
            customer: sight.show(hit.customer),
            rank: hit.rank,
            phone: hit.phone.filter(|_| sight == CustomerSight::Full),
        })
        .collect()
}

fn keep_best(hits: &mut HashMap<u64, Hit>, hit: Hit) {
    match hits.get(&hit.customer.id) {
        Some(existing) if existing.rank <= hit.rank => {}
        _ => {
            hits.insert(hit.customer.id, hit);
        }
    }
}

/// The best `page` customers with a phone matching the query, among the first `limit`
/// index entries: rank 0 same number, 1 ends with all typed digits, 2 looser fragment
/// match, then by id. Needs the CRM right (phones are not the warehouse's).
pub fn find_by_phone(
    store: &Store,
    actor: &Actor,
    query: &PhoneQuery,
    limit: usize,
    page: usize,
) -> Result<Vec<Hit>, CoreError> {
    access::require(actor, Area::Crm, Access::Read)?;
    Ok(phone_hits(store, query, limit, page)?)
}

/// The best `page` customers among the first `limit` entries of the trailing-digits index
/// and, when the query is the beginning of a number, the first `page` of the leading-digits
/// index:
/// ranked from the index keys alone (each key holds the whole number), so only the customers
/// shown are read.
fn phone_hits(
    store: &Store,
    query: &PhoneQuery,
    limit: usize,
    page: usize,
) -> StoreResult<Vec<Hit>> {
    let mut best: HashMap<u64, (u8, String)> = HashMap::new();
    let mut rank = |entries: &mut dyn Iterator<Item = StoreResult<(String, u64)>>| {
        for entry in entries {
            let (digits, id) = entry?;
            let rank = query.rank_digits(&digits);
            if best.get(&id).is_none_or(|(known, _)| rank < *known) {
                best.insert(id, (rank, digits));
            }
        }
        StoreResult::Ok(())
    };
    rank(&mut customers::by_phone_ending(store, &query.reversed_prefix)?.take(limit))?;
    // Every number that begins as typed ranks alike, so the first page of them in number
    // order is enough: a short beginning (`030`) matches a whole city.
    if let Some(leading) = query.leading.as_deref() {
        rank(&mut customers::by_phone_start(store, leading)?.take(page))?;
    }
    let mut ranked: Vec<(u8, u64, String)> = best
        .into_iter()
        .map(|(id, (rank, digits))| (rank, id, digits))
        .collect();
    ranked.sort_unstable();
    let mut hits = Vec::with_capacity(page.min(ranked.len()));
    for (rank, id, digits) in ranked.into_iter().take(page) {
        if let Some(customer) = store.get::<Customer>(id)? {
            let phone = customer
                .all_phones()
                .find(|phone| phone.digits() == digits)
                .cloned();
            hits.push(Hit {
                customer,
                rank,
                phone,
            });
        }
    }
    Ok(hits)
}

/// Name prefix search: rank 5 exact name, 6 whole-name prefix, 7 a later word's prefix.
pub fn find_by_name(
    store: &Store,
    actor: &Actor,
    folded: &str,
    candidates: usize,
) -> Result<Vec<Hit>, CoreError> {
    let sight = CustomerSight::of(actor)?;
    Ok(shown(sight, name_hits(store, folded, candidates)?))
}

fn name_hits(store: &Store, folded: &str, candidates: usize) -> StoreResult<Vec<Hit>> {
    let mut seen = HashSet::new();
    let mut hits = Vec::new();
    for id in customers::scan_name_prefix(store, folded)? {
        let id = id?;
        if !seen.insert(id) {
            continue;
        }
        if let Some(customer) = store.get::<Customer>(id)? {
            let name = fold(&customer.name);
            let rank = if name == folded {
                5
            } else if name.starts_with(folded) {
                6
            } else {
                7
            };
            hits.push(Hit::plain(customer, rank));
        }
        if hits.len() >= candidates {
            break;
        }
    }
    Ok(hits)
}

/// Typo-tolerant name search over every indexed word: a word whose beginning is within one
/// edit (two for longer queries) of the query. Reads the whole name index; used only when
/// nothing matched exactly, and for queries of at most `FUZZY_MAX_CHARS`.
fn fuzzy_by_name(store: &Store, folded: &str, limit: usize) -> StoreResult<Vec<Hit>> {
    let allowed = if folded.chars().count() <= 5 { 1 } else { 2 };
    let width = folded.chars().count();
    let mut best: BTreeMap<(usize, u64), ()> = BTreeMap::new();
    let mut seen = HashSet::new();
    for entry in customers::name_words(store)? {
        let (text, id) = entry?;
        let distance = (width.saturating_sub(1)..=width + 1)
            .map(|take| {
                let head: String = text.chars().take(take).collect();
                strsim::levenshtein(folded, &head)
            })
            .min()
            .unwrap_or(usize::MAX);
        if distance <= allowed && seen.insert(id) {
            best.insert((distance, id), ());
        }
    }
    let mut hits = Vec::new();
    for (distance, id) in best.into_keys().take(limit) {
        if let Some(customer) = store.get::<Customer>(id)? {
            hits.push(Hit::plain(customer, 8 + distance as u8));
        }
    }
    Ok(hits)
}

/// Filters for `list_customers`; all given ones must hold.
#[derive(Debug, Default, Clone)]
pub struct CustomerFilter {
    pub status: Option<CustomerStatus>,
    pub owner: Option<String>,
    pub tag: Option<String>,
}

/// Customers matching the filter, in id order, at most `limit`. The first given filter is
/// read from its index; the others are checked on the records.
pub fn list_customers(
    store: &Store,
    actor: &Actor,
    filter: &CustomerFilter,
    limit: usize,
) -> Result<Vec<Customer>, CoreError> {
    let sight = CustomerSight::of(actor)?;
    let owner = filter.owner.as_deref().map(fold);
    let tag = filter.tag.as_deref().map(fold);
    let keeps = |customer: &Customer| {
        filter.status.is_none_or(|s| customer.status == s)
            && owner.as_ref().is_none_or(|o| fold(&customer.owner) == *o)
            && tag
                .as_ref()
                .is_none_or(|t| customer.tags.iter().any(|c| fold(c) == *t))
    };
    let ids: Option<Box<dyn Iterator<Item = StoreResult<u64>>>> =
        match (filter.status, &owner, &tag) {
            (Some(status), _, _) => Some(Box::new(customers::with_status(store, status)?)),
            (None, Some(owner), _) => Some(Box::new(customers::with_owner(store, owner)?)),
            (None, None, Some(tag)) => Some(Box::new(customers::with_tag(store, tag)?)),
            (None, None, None) => None,
        };
    let mut found = Vec::new();
    match ids {
        Some(ids) => {
            for id in ids {
                let id = id?;
                if let Some(customer) = store.get::<Customer>(id)?.filter(|c| keeps(c)) {
                    found.push(customer);
                    if found.len() >= limit {
                        break;
                    }
                }
            }
        }
        None => found = store.page::<Customer>(0, limit)?,
    }
    Ok(found.into_iter().map(|c| sight.show(c)).collect())
}

/// The customers with the ids given, in that order (ids of no customer left out), as the
/// actor's sight shows them: a call list from a report's segment.
pub fn customers_with_ids(
    store: &Store,
    actor: &Actor,
    ids: &[u64],
) -> Result<Vec<Customer>, CoreError> {
    let sight = CustomerSight::of(actor)?;
    let mut found = Vec::with_capacity(ids.len());
    for &id in ids {
        if let Some(customer) = store.get::<Customer>(id)? {
            found.push(sight.show(customer));
        }
    }
    Ok(found)
}

/// Ids of a customer's interactions, oldest first (for the core's own use: unchecked).
pub(crate) fn interactions_of(store: &Store, customer_id: u64) -> StoreResult<Vec<u64>> {
    interactions::of_customer(store, customer_id)?.collect()
}

/// Ids of a customer's opportunities (for the core's own use: unchecked).
pub(crate) fn opportunities_of(store: &Store, customer_id: u64) -> StoreResult<Vec<u64>> {
    opportunities::of_customer(store, customer_id)?.collect()
}

/// Filters for `list_interactions`; all given ones must hold.
#[derive(Debug, Default, Clone)]
pub struct InteractionFilter {
    pub customer: Option<u64>,
    pub agent: Option<String>,
    /// Open follow-ups due on or before this date.
    pub due: Option<Date>,
}

/// Interactions matching the filter, at most `limit`: by due date when `due` is set (an
/// agent's own through the (agent, due) index), else the latest by time (a customer's or an
/// agent's through their index, without a filter the ones logged last), oldest first.
/// A customer that does not exist is a validation error, not an empty list.
pub fn list_interactions(
    store: &Store,
    actor: &Actor,
    filter: &InteractionFilter,
    limit: usize,
) -> Result<Vec<Interaction>, CoreError> {
    access::require(actor, Area::Crm, Access::Read)?;
    if let Some(id) = filter.customer {
        store.require::<Customer>(id)?;
    }
    let agent = filter.agent.as_deref().map(fold);
    let keeps = |i: &Interaction| {
        filter.customer.is_none_or(|c| i.customer_id == c)
            && agent.as_ref().is_none_or(|a| fold(&i.agent) == *a)
            && filter
                .due
                .is_none_or(|due| i.open_follow_up().is_some_and(|f| f <= due))
    };
    let ids: Box<dyn Iterator<Item = StoreResult<u64>>> =
        if let (Some(due), Some(agent)) = (filter.due, &agent) {
            Box::new(interactions::agent_due_by(store, agent, due)?)
        } else if let Some(due) = filter.due {
            Box::new(interactions::due_by(store, due, None)?.map(|entry| entry.map(|(_, id)| id)))
        } else if let Some(customer) = filter.customer {
            Box::new(interactions::of_customer(store, customer)?.rev())
        } else if let Some(agent) = &agent {
            Box::new(interactions::of_agent(store, agent)?.rev())
        } else {
            let mut latest = store.last::<Interaction>(limit)?;
            latest.sort_by_key(|i| (i.at, i.id));
            return Ok(latest);
        };
    let mut found = Vec::new();
    for id in ids {
        let id = id?;
        if let Some(interaction) = store.get::<Interaction>(id)?.filter(|i| keeps(i)) {
            found.push(interaction);
            if found.len() >= limit {
                break;
            }
        }
    }
    if filter.due.is_none() {
        // Read newest first to keep the latest `limit`; shown oldest first.
        found.reverse();
    }
    Ok(found)
}

/// The latest interactions, newest last.
pub fn recent_interactions(
    store: &Store,
    actor: &Actor,
    limit: usize,
) -> Result<Vec<Interaction>, CoreError> {
    access::require(actor, Area::Crm, Access::Read)?;
    Ok(store.last::<Interaction>(limit)?)
}

/// Opportunities of a stage and/or customer that the actor sees (`access::sees_opportunity`),
/// in id order. A customer that does not exist is a validation error, not an empty list.
pub fn list_opportunities(
    store: &Store,
    actor: &Actor,
    stage: Option<Stage>,
    customer: Option<u64>,
    limit: usize,
) -> Result<Vec<Opportunity>, CoreError> {
    access::require(actor, Area::Crm, Access::Read)?;
    if let Some(id) = customer {
        store.require::<Customer>(id)?;
    }
    let all = actor.role.may(Area::Pipeline, Access::Read);
    let ids: Vec<u64> = match (stage, customer) {
        (_, Some(customer)) => opportunities_of(store, customer)?,
        (Some(stage), None) => {
            opportunities::in_stage(store, stage)?.collect::<StoreResult<_>>()?
        }
        (None, None) if all => return Ok(store.page::<Opportunity>(0, limit)?),
        (None, None) => {
            return Ok(visible_opportunities(store, actor)?
                .into_iter()
                .take(limit)
                .collect());
        }
    };
    let mut found = Vec::new();
    for id in ids {
        if let Some(opportunity) = store
            .get::<Opportunity>(id)?
            .filter(|o| stage.is_none_or(|s| o.stage == s) && access::sees_opportunity(actor, o))
        {
            found.push(opportunity);
            if found.len() >= limit {
                break;
            }
        }
    }
    Ok(found)
}

/// One line of the pipeline: a stage in one currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineRow {
    pub stage: Stage,
    pub currency: Currency,
    pub count: usize,
    pub sum: Decimal,
    /// Σ of each opportunity's weighted amount, each rounded to the cent
    /// (`Opportunity::weighted`), so the sum of shown parts is the shown sum.
    pub weighted: Decimal,
}

/// Every opportunity the actor sees, in id order.
fn visible_opportunities(store: &Store, actor: &Actor) -> StoreResult<Vec<Opportunity>> {
    let mut own = Vec::new();
    for opportunity in store.scan::<Opportunity>()? {
        let opportunity = opportunity?;
        if access::sees_opportunity(actor, &opportunity) {
            own.push(opportunity);
        }
    }
    Ok(own)
}

/// Per stage (and currency): count, sum and weighted sum. Stages without opportunities
/// show with zeros in `currency`. Across every owner for actors with the pipeline right
/// (sales, admin); over their own opportunities for other CRM readers (agents). Read from
/// the pipeline's maintained sums: a few entries per owner, never the opportunities.
pub fn pipeline(
    store: &Store,
    actor: &Actor,
    currency: Currency,
) -> Result<Vec<PipelineRow>, CoreError> {
    access::require(actor, Area::Crm, Access::Read)?;
    let mut rows: BTreeMap<(Stage, Currency), (usize, Decimal, Decimal)> = Stage::ALL
        .iter()
        .map(|&stage| ((stage, currency), (0, Decimal::ZERO, Decimal::ZERO)))
        .collect();
    let owner = match access::acts_for_every_owner(actor) {
        true => None,
        false => Some(actor.name.as_str()),
    };
    for sum in opportunities::pipeline_sums(store, owner)? {
        let row =
            rows.entry((sum.stage, sum.currency))
                .or_insert((0, Decimal::ZERO, Decimal::ZERO));
        row.0 += usize::try_from(sum.count).unwrap_or(usize::MAX);
        row.1 = add_amounts(row.1, sum.amount)?;
        row.2 = add_amounts(row.2, sum.weighted)?;
    }
    Ok(rows
        .into_iter()
        .map(|((stage, currency), (count, sum, weighted))| PipelineRow {
            stage,
            currency,
            count,
            sum,
            weighted,
        })
        .collect())
}

/// `a + b` of pipeline amounts, or an error when the sum leaves `Decimal`'s range (only
/// amounts stored before input was bounded get there).
pub fn add_amounts(a: Decimal, b: Decimal) -> Result<Decimal, CoreError> {
    a.checked_add(b)
        .ok_or_else(|| CoreError::TooLarge(crate::t!("core-pipeline-too-large")))
}

/// Each interaction with its customer's name ("" when the customer is gone); a customer
/// named by several interactions is read once.
pub fn with_customer_names(
    store: &Store,
    actor: &Actor,
    interactions: Vec<Interaction>,
) -> Result<Vec<(Interaction, String)>, CoreError> {
    access::require(actor, Area::Crm, Access::Read)?;
    let mut names: HashMap<u64, String> = HashMap::new();
    let mut named = Vec::with_capacity(interactions.len());
    for interaction in interactions {
        let id = interaction.customer_id;
        let name = match names.get(&id) {
            Some(name) => name.clone(),
            None => {
                let name = store
                    .get::<Customer>(id)?
                    .map(|c| c.name)
                    .unwrap_or_default();
                names.insert(id, name.clone());
                name
            }
        };
        named.push((interaction, name));
    }
    Ok(named)
}

/// One customer by id, as the actor's sight shows it.
pub fn get_customer(store: &Store, actor: &Actor, id: u64) -> Result<Option<Customer>, CoreError> {
    let sight = CustomerSight::of(actor)?;
    Ok(store.get::<Customer>(id)?.map(|c| sight.show(c)))
}

/// One interaction by id, for an actor who reads CRM records.
pub fn get_interaction(
    store: &Store,
    actor: &Actor,
    id: u64,
) -> Result<Option<Interaction>, CoreError> {
    access::require(actor, Area::Crm, Access::Read)?;
    Ok(store.get::<Interaction>(id)?)
}

/// One opportunity by id, if the actor sees it (`access::sees_opportunity`).
pub fn get_opportunity(
    store: &Store,
    actor: &Actor,
    id: u64,
) -> Result<Option<Opportunity>, CoreError> {
    access::require(actor, Area::Crm, Access::Read)?;
    Ok(store
        .get::<Opportunity>(id)?
        .filter(|o| access::sees_opportunity(actor, o)))
}

#[cfg(test)]
mod tests;
