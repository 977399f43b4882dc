//! The accepted MRP plan, in `meta`. It is not a record kind: there is one of it, it has no
//! id and no index. `mrp.accepted_plan` is its header — the run's today, horizon, when and
//! by whom, how many planned orders, how many buckets its parts use, the keys of the firm
//! planned orders (schema 2) —, the parts
//! (`mrp_plan_parts`) hold the planned orders with their pegs, what covers every demand and
//! the rest, and `mrp.ignored` the planned orders a person chose to ignore. A run replaces
//! the plan in the transaction of its change, writing only the parts whose bytes changed
//! (`replace_in`); firming (`put_order_in`) and converting (`remove_orders_in`) rewrite the
//! buckets of the orders concerned. One planned order (`order`) or one demand's coverage
//! (`coverage`) reads the header and one bucket, never the whole plan; reads outside a
//! transaction read the header again after the parts and start over when a run replaced the
//! plan meanwhile.
//!
//! A plan stored whole (schema 1, with an entry per planned order `mrp.order.<key>` and per
//! demand `mrp.cover.<demand>` beside it) is read whole, and replaced by its parts the first
//! time the plan changes. A plan stored by a newer kontor is refused (`TooNew`), never
//! guessed at. Room: store.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::mrp_plan_parts::{
    Bucket, Part, bucket_in, bucket_of, covering, decode_part, demand_bucket, demand_name,
    in_plan_order, put_bucket_in, rest_into, write_in,
};
use crate::domain::mrp::{Coverage, DemandRef, Plan, PlannedOrder};
use crate::store::kv::Tree;
use crate::store::record::{decode_payload, encode_with_schema, split_envelope};
use crate::store::tx::META;
use crate::store::{Store, StoreError, StoreResult, Tx, TxResult, abort};

pub use super::mrp_plan_parts::{Parts, Replaced};

const KEY: &str = "mrp.accepted_plan";
const KIND: &str = "mrp_plan";
/// The kind the audit log names the plan's changes with.
pub const AUDITED_AS: &str = "mrp plan";
/// The schema of a plan stored whole (`StoredPlan`).
const WHOLE: u16 = 1;
/// The schema of the header of a plan stored in parts (`Header`).
pub const SCHEMA: u16 = 2;
/// How often a read outside a transaction starts over when runs replace the plan under it.
const TRIES: usize = 3;

/// The plan as the last run accepted it, with when, by whom and over what it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredPlan {
    /// The run's today.
    pub today: Date,
    pub horizon_days: u32,
    pub run_at: OffsetDateTime,
    pub run_by: String,
    pub plan: Plan,
}

/// The header of a plan stored in parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Header {
    today: Date,
    horizon_days: u32,
    run_at: OffsetDateTime,
    run_by: String,
    /// Planned orders in the plan.
    orders: u64,
    order_buckets: u32,
    cover_buckets: u32,
    /// The keys of the firm planned orders, which the next run reads.
    firm: Vec<String>,
}

impl Header {
    fn of(stored: &StoredPlan, parts: &Parts) -> Header {
        Header {
            today: stored.today,
            horizon_days: stored.horizon_days,
            run_at: stored.run_at,
            run_by: stored.run_by.clone(),
            orders: u64::try_from(stored.plan.orders.len()).unwrap_or(u64::MAX),
            order_buckets: parts.order_buckets(),
            cover_buckets: parts.cover_buckets(),
            firm: stored
                .plan
                .orders
                .iter()
                .filter(|o| o.firm)
                .map(|o| o.key.clone())
                .collect(),
        }
    }

    fn with(self, plan: Plan) -> StoredPlan {
        StoredPlan {
            today: self.today,
            horizon_days: self.horizon_days,
            run_at: self.run_at,
            run_by: self.run_by,
            plan,
        }
    }
}

/// The accepted plan as stored: whole (schema 1) or in parts.
enum Stored {
    Whole(Box<StoredPlan>),
    Parts(Header),
}

fn decode(bytes: &[u8]) -> StoreResult<Stored> {
    let (schema, payload) = split_envelope(bytes, KIND)?;
    match schema {
        WHOLE => decode_payload(payload, KIND).map(|plan| Stored::Whole(Box::new(plan))),
        SCHEMA => decode_payload(payload, KIND).map(Stored::Parts),
        found => Err(StoreError::TooNew {
            kind: KIND,
            found,
            known: SCHEMA,
        }),
    }
}

/// Where a single read of the accepted plan finds its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry<T> {
    /// The answer (`None` for an order or demand not in the plan).
    Found(Option<T>),
    /// No run has stored a plan.
    NoPlan,
}

/// Answers `read` of the plan stored under the header as it is now; starts over when the
/// header changed meanwhile (a run replaced the plan), a few times at most.
fn consistent<R>(
    store: &Store,
    read: impl Fn(&Tree, Stored) -> StoreResult<R>,
) -> StoreResult<Option<R>> {
    let meta = store.tree(META)?;
    let mut tries = 0;
    loop {
        let Some(header) = meta.get(KEY)? else {
            return Ok(None);
        };
        let answer = read(&meta, decode(&header)?)?;
        tries += 1;
        if tries >= TRIES || meta.get(KEY)?.as_deref() == Some(&header[..]) {
            return Ok(Some(answer));
        }
    }
}

fn bucket<T: DeserializeOwned>(meta: &Tree, part: Part, at: u32) -> StoreResult<Bucket<T>> {
    match meta.get(part.key(at).as_bytes())? {
        Some(bytes) => decode_part(&bytes, part.kind()),
        None => Ok(Vec::new()),
    }
}

fn all<T: DeserializeOwned>(meta: &Tree, part: Part, buckets: u32) -> StoreResult<Vec<T>> {
    let read = (0..buckets)
        .map(|at| bucket(meta, part, at))
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(in_plan_order(read))
}

/// The accepted plan, if a run stored one.
pub fn read(store: &Store) -> StoreResult<Option<StoredPlan>> {
    consistent(store, |meta, stored| match stored {
        Stored::Whole(stored) => Ok(*stored),
        Stored::Parts(header) => {
            let mut plan = Plan {
                orders: all(meta, Part::Orders, header.order_buckets)?,
                coverage: all(meta, Part::Covers, header.cover_buckets)?,
                ..Plan::default()
            };
            if let Some(rest) = meta.get(super::mrp_plan_parts::REST_KEY)? {
                rest_into(&rest, &mut plan)?;
            }
            Ok(header.with(plan))
        }
    })
}

/// The planned orders of the accepted plan in plan order (none before the first run).
pub fn orders(store: &Store) -> StoreResult<Vec<PlannedOrder>> {
    let orders = consistent(store, |meta, stored| match stored {
        Stored::Whole(stored) => Ok(stored.plan.orders),
        Stored::Parts(header) => all(meta, Part::Orders, header.order_buckets),
    })?;
    Ok(orders.unwrap_or_default())
}

/// The firm planned orders of the accepted plan (none before the first run).
pub fn firm_orders(store: &Store) -> StoreResult<Vec<PlannedOrder>> {
    let firm = consistent(store, |meta, stored| match stored {
        Stored::Whole(stored) => Ok(stored.plan.orders.into_iter().filter(|o| o.firm).collect()),
        Stored::Parts(header) => {
            let mut firm = Vec::with_capacity(header.firm.len());
            for key in &header.firm {
                let at = bucket_of(key, header.order_buckets);
                let orders: Bucket<PlannedOrder> = bucket(meta, Part::Orders, at)?;
                firm.extend(orders.into_iter().map(|(_, o)| o).find(|o| &o.key == key));
            }
            Ok(firm)
        }
    })?;
    Ok(firm.unwrap_or_default())
}

/// The planned order with this key, with its pegs.
pub fn order(store: &Store, key: &str) -> StoreResult<Entry<PlannedOrder>> {
    let found = consistent(store, |meta, stored| match stored {
        Stored::Whole(stored) => Ok(stored.plan.order(key).cloned()),
        Stored::Parts(header) => {
            let at = bucket_of(key, header.order_buckets);
            let orders: Bucket<PlannedOrder> = bucket(meta, Part::Orders, at)?;
            Ok(orders.into_iter().map(|(_, o)| o).find(|o| o.key == key))
        }
    })?;
    Ok(found.map_or(Entry::NoPlan, Entry::Found))
}

/// What covers a demand (one coverage per item that has it).
pub fn coverage(store: &Store, demand: &DemandRef) -> StoreResult<Entry<Vec<Coverage>>> {
    let found = consistent(store, |meta, stored| {
        let covers = match stored {
            Stored::Whole(stored) => stored
                .plan
                .coverage
                .into_iter()
                .filter(|c| &c.demand == demand)
                .collect(),
            Stored::Parts(header) => {
                let at = demand_bucket(demand, header.cover_buckets);
                covering(bucket(meta, Part::Covers, at)?, demand)
            }
        };
        Ok(Some(covers).filter(|c: &Vec<Coverage>| !c.is_empty()))
    })?;
    Ok(found.map_or(Entry::NoPlan, Entry::Found))
}

fn put_header_in(tx: &Tx, header: &Header) -> TxResult<()> {
    match encode_with_schema(header, SCHEMA, KIND) {
        Ok(bytes) => tx.meta_put(KEY, &bytes),
        Err(error) => abort(error),
    }
}

/// The header of the accepted plan inside a transaction; a plan stored whole is replaced
/// by its parts first (its entries beside it removed).
fn header_in(tx: &Tx) -> TxResult<Option<Header>> {
    let Some(bytes) = tx.meta_get(KEY)? else {
        return Ok(None);
    };
    match decode(&bytes).or_else(abort)? {
        Stored::Parts(header) => Ok(Some(header)),
        Stored::Whole(whole) => {
            let parts = Parts::of(&whole.plan).or_else(abort)?;
            for order in &whole.plan.orders {
                tx.meta_remove(&format!("mrp.order.{}", order.key))?;
            }
            for coverage in &whole.plan.coverage {
                tx.meta_remove(&format!("mrp.cover.{}", demand_name(&coverage.demand)))?;
            }
            tx.meta_remove("mrp.entries")?;
            write_in(tx, None, &parts)?;
            let header = Header::of(&whole, &parts);
            put_header_in(tx, &header)?;
            Ok(Some(header))
        }
    }
}

/// Whether a run has stored a plan.
pub fn exists(store: &Store) -> StoreResult<bool> {
    store.tree(META)?.contains_key(KEY.as_bytes())
}

/// Whether a run has stored a plan, inside a transaction.
pub fn exists_in(tx: &Tx) -> TxResult<bool> {
    Ok(tx.meta_get(KEY)?.is_some())
}

/// Replaces the accepted plan by `new`, whose parts are `parts` (`Parts::of(&new.plan)`),
/// writing only the parts that changed. Answers how many planned orders the plan held
/// before (none: there was no plan) and what was replaced.
pub fn replace_in(tx: &Tx, new: &StoredPlan, parts: &Parts) -> TxResult<(Option<u64>, Replaced)> {
    let before = header_in(tx)?;
    let counts = before.as_ref().map(|h| (h.order_buckets, h.cover_buckets));
    let replaced = write_in(tx, counts, parts)?;
    put_header_in(tx, &Header::of(new, parts))?;
    Ok((before.map(|h| h.orders), replaced))
}

/// The planned order with this key, inside a transaction.
pub fn order_in(tx: &Tx, key: &str) -> TxResult<Entry<PlannedOrder>> {
    let Some(header) = header_in(tx)? else {
        return Ok(Entry::NoPlan);
    };
    let orders: Bucket<PlannedOrder> =
        bucket_in(tx, Part::Orders, bucket_of(key, header.order_buckets))?;
    Ok(Entry::Found(
        orders.into_iter().map(|(_, o)| o).find(|o| o.key == key),
    ))
}

/// Writes a planned order of the plan as it is now (firmed or unfirmed), in its place.
pub fn put_order_in(tx: &Tx, order: &PlannedOrder) -> TxResult<()> {
    let Some(mut header) = header_in(tx)? else {
        return Ok(());
    };
    let at = bucket_of(&order.key, header.order_buckets);
    let mut orders: Bucket<PlannedOrder> = bucket_in(tx, Part::Orders, at)?;
    for (_, stored) in orders.iter_mut().filter(|(_, o)| o.key == order.key) {
        stored.clone_from(order);
    }
    put_bucket_in(tx, Part::Orders, at, &orders)?;
    header.firm.retain(|key| key != &order.key);
    if order.firm {
        header.firm.push(order.key.clone());
    }
    put_header_in(tx, &header)
}

/// Removes planned orders from the plan (converted).
pub fn remove_orders_in(tx: &Tx, keys: &[String]) -> TxResult<()> {
    let Some(mut header) = header_in(tx)? else {
        return Ok(());
    };
    let mut by_bucket: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for key in keys {
        by_bucket
            .entry(bucket_of(key, header.order_buckets))
            .or_default()
            .push(key);
    }
    for (at, keys) in by_bucket {
        let mut orders: Bucket<PlannedOrder> = bucket_in(tx, Part::Orders, at)?;
        let before = orders.len();
        orders.retain(|(_, o)| !keys.contains(&o.key.as_str()));
        header.orders = header
            .orders
            .saturating_sub(u64::try_from(before - orders.len()).unwrap_or(0));
        put_bucket_in(tx, Part::Orders, at, &orders)?;
    }
    header.firm.retain(|key| !keys.contains(key));
    put_header_in(tx, &header)
}

const IGNORED: &str = "mrp.ignored";
const IGNORED_KIND: &str = "mrp_ignored";
/// The schema of the ignored planned orders.
pub const IGNORED_SCHEMA: u16 = 1;

/// A planned order a person chose to ignore, as it was then: it stays ignored while a run
/// brings back the same key with the same item, due date and quantity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ignored {
    pub key: String,
    pub item: u64,
    pub due: Date,
    pub quantity: rust_decimal::Decimal,
}

impl Ignored {
    pub fn of(order: &PlannedOrder) -> Ignored {
        Ignored {
            key: order.key.clone(),
            item: order.item,
            due: order.due,
            quantity: order.quantity,
        }
    }

    /// Whether `order` is this ignored one come back.
    pub fn matches(&self, order: &PlannedOrder) -> bool {
        *self == Ignored::of(order)
    }
}

fn decode_ignored(bytes: &[u8]) -> StoreResult<Vec<Ignored>> {
    split_envelope(bytes, IGNORED_KIND).and_then(|(schema, payload)| match schema {
        IGNORED_SCHEMA => decode_payload(payload, IGNORED_KIND),
        found => Err(StoreError::TooNew {
            kind: IGNORED_KIND,
            found,
            known: IGNORED_SCHEMA,
        }),
    })
}

/// The ignored planned orders (empty when none).
pub fn ignored(store: &Store) -> StoreResult<Vec<Ignored>> {
    match store.tree(META)?.get(IGNORED.as_bytes())? {
        Some(bytes) => decode_ignored(&bytes),
        None => Ok(Vec::new()),
    }
}

/// The ignored planned orders, read inside a transaction.
pub fn ignored_in(tx: &Tx) -> TxResult<Vec<Ignored>> {
    match tx.meta_get(IGNORED)? {
        Some(bytes) => decode_ignored(&bytes).or_else(abort),
        None => Ok(Vec::new()),
    }
}

/// Replaces the ignored planned orders.
pub fn set_ignored_in(tx: &Tx, ignored: &[Ignored]) -> TxResult<()> {
    if ignored.is_empty() {
        return tx.meta_remove(IGNORED);
    }
    match encode_with_schema(&ignored, IGNORED_SCHEMA, IGNORED_KIND) {
        Ok(bytes) => tx.meta_put(IGNORED, &bytes),
        Err(error) => abort(error),
    }
}

#[cfg(test)]
mod tests;
