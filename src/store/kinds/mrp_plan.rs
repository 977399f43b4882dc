//! The accepted MRP plan: one value in `meta` (`mrp.accepted_plan`), a bincode envelope
//! with its own schema version, written whole by each run, firm and convert in the
//! transaction of the change. It is not a record kind: there is one of it, it has no id and
//! no index. A plan stored by a newer kontor is refused (`TooNew`), never guessed at.
//!
//! Beside it, so that one planned order's pegging or one demand's coverage reads only what
//! it needs (not the whole plan): an entry per planned order (`mrp.order.<key>`: the order
//! with its pegs) and one per demand (`mrp.cover.<demand>`: what covers it, per item),
//! each its own envelope, kept in step with the plan by `replace_in` (a run), `put_order_in`
//! (firm) and `remove_orders_in` (convert), and `mrp.entries` marking that they exist (a
//! plan stored before them is read whole instead: `order`/`coverage` answer `None`). The
//! planned orders a person chose to ignore are one small value, `mrp.ignored`. Room: store.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::domain::audit::FieldChange;
use crate::domain::mrp::{Coverage, DemandRef, Plan, PlannedOrder};
use crate::store::record::{decode_payload, encode_with_schema, split_envelope};
use crate::store::{Store, StoreError, StoreResult, Tx, TxResult, abort};

const KEY: &str = "mrp.accepted_plan";
const KIND: &str = "mrp_plan";
/// The kind the audit log names the plan's changes with.
pub const AUDITED_AS: &str = "mrp plan";
/// The schema of `AcceptedPlanV1`.
pub const SCHEMA: u16 = 1;

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

/// The accepted plan, if a run stored one.
pub fn read(store: &Store) -> StoreResult<Option<StoredPlan>> {
    store.transaction(read_in)
}

/// The accepted plan, read inside a transaction.
pub fn read_in(tx: &Tx) -> TxResult<Option<StoredPlan>> {
    match tx.meta_get(KEY)? {
        Some(bytes) => decode(&bytes).map(Some).or_else(abort),
        None => Ok(None),
    }
}

/// Replaces the accepted plan, noting `what` changed in the audit entry (kind `mrp plan`).
pub fn write_in(tx: &Tx, plan: &StoredPlan, what: Vec<FieldChange>) -> TxResult<()> {
    tx.note(AUDITED_AS, what);
    match encode_with_schema(plan, SCHEMA, KIND) {
        Ok(bytes) => tx.meta_put(KEY, &bytes),
        Err(error) => abort(error),
    }
}

const ENTRIES: &str = "mrp.entries";
const ORDER_KIND: &str = "mrp_order";
const COVER_KIND: &str = "mrp_cover";
const IGNORED: &str = "mrp.ignored";
const IGNORED_KIND: &str = "mrp_ignored";
/// The schema of the order, coverage and ignored entries.
pub const ENTRY_SCHEMA: u16 = 1;

fn order_key(key: &str) -> String {
    format!("mrp.order.{key}")
}

/// The meta key of a demand's coverage entry.
fn cover_key(demand: &DemandRef) -> String {
    match demand {
        DemandRef::SafetyStock { location } => format!("mrp.cover.S:{location}"),
        DemandRef::SalesLine { order, line } => format!("mrp.cover.A:{order}/{line}"),
        DemandRef::ProductionOrder { order } => format!("mrp.cover.F:{order}"),
        DemandRef::Planned { key } => format!("mrp.cover.P:{key}"),
    }
}

fn put<P: Serialize>(tx: &Tx, key: &str, value: &P, kind: &'static str) -> TxResult<()> {
    match encode_with_schema(value, ENTRY_SCHEMA, kind) {
        Ok(bytes) => tx.meta_put(key, &bytes),
        Err(error) => abort(error),
    }
}

fn decode_entry<P: serde::de::DeserializeOwned>(
    bytes: &[u8],
    kind: &'static str,
) -> StoreResult<P> {
    split_envelope(bytes, kind).and_then(|(schema, payload)| match schema {
        ENTRY_SCHEMA => decode_payload(payload, kind),
        found => Err(StoreError::TooNew {
            kind,
            found,
            known: ENTRY_SCHEMA,
        }),
    })
}

fn get<P: serde::de::DeserializeOwned>(
    tx: &Tx,
    key: &str,
    kind: &'static str,
) -> TxResult<Option<P>> {
    match tx.meta_get(key)? {
        Some(bytes) => decode_entry(&bytes, kind).map(Some).or_else(abort),
        None => Ok(None),
    }
}

/// One entry read outside a transaction (a single read needs no snapshot of the rest, and
/// waits for no write).
fn read_entry<P: serde::de::DeserializeOwned>(
    store: &Store,
    key: &str,
    kind: &'static str,
) -> StoreResult<Option<P>> {
    match store.tree(crate::store::tx::META)?.get(key.as_bytes())? {
        Some(bytes) => decode_entry(&bytes, kind).map(Some),
        None => Ok(None),
    }
}

/// Whether the plan's entries exist.
fn has_entries(store: &Store) -> StoreResult<bool> {
    store
        .tree(crate::store::tx::META)?
        .contains_key(ENTRIES.as_bytes())
}

/// The plan's coverage grouped by demand, in plan order.
fn covers_by_demand(plan: &Plan) -> std::collections::BTreeMap<&DemandRef, Vec<&Coverage>> {
    let mut by: std::collections::BTreeMap<&DemandRef, Vec<&Coverage>> = Default::default();
    for coverage in &plan.coverage {
        by.entry(&coverage.demand).or_default().push(coverage);
    }
    by
}

/// Replaces the accepted plan `old` (as read in this transaction) by `new` with its order
/// and coverage entries, removing those of `old` that `new` has not.
pub fn replace_in(
    tx: &Tx,
    old: Option<&StoredPlan>,
    new: &StoredPlan,
    what: Vec<FieldChange>,
) -> TxResult<()> {
    write_in(tx, new, what)?;
    let kept: std::collections::BTreeSet<&str> =
        new.plan.orders.iter().map(|o| o.key.as_str()).collect();
    let new_covers = covers_by_demand(&new.plan);
    if let Some(old) = old {
        for order in old
            .plan
            .orders
            .iter()
            .filter(|o| !kept.contains(o.key.as_str()))
        {
            tx.meta_remove(&order_key(&order.key))?;
        }
        for demand in covers_by_demand(&old.plan).keys() {
            if !new_covers.contains_key(demand) {
                tx.meta_remove(&cover_key(demand))?;
            }
        }
    }
    for order in &new.plan.orders {
        put_order_in(tx, order)?;
    }
    for (demand, covers) in &new_covers {
        put(tx, &cover_key(demand), covers, COVER_KIND)?;
    }
    tx.meta_put(ENTRIES, b"1")
}

/// Writes one planned order's entry (as firmed or unfirmed).
pub fn put_order_in(tx: &Tx, order: &PlannedOrder) -> TxResult<()> {
    put(tx, &order_key(&order.key), order, ORDER_KIND)
}

/// Removes the entries of planned orders that left the plan (converted).
pub fn remove_orders_in<'a>(tx: &Tx, keys: impl IntoIterator<Item = &'a String>) -> TxResult<()> {
    for key in keys {
        tx.meta_remove(&order_key(key))?;
    }
    Ok(())
}

/// Where a single read of the accepted plan finds its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry<T> {
    /// The entries exist: this is the answer (`None` for an order or demand not in the plan).
    Found(Option<T>),
    /// The plan was stored before its entries (or there is none): read it whole.
    NoEntries,
}

/// The planned order with this key, with its pegs, read from its own entry.
pub fn order(store: &Store, key: &str) -> StoreResult<Entry<PlannedOrder>> {
    match has_entries(store)? {
        true => read_entry(store, &order_key(key), ORDER_KIND).map(Entry::Found),
        false => Ok(Entry::NoEntries),
    }
}

/// What covers a demand (one coverage per item that has it), read from its own entry.
pub fn coverage(store: &Store, demand: &DemandRef) -> StoreResult<Entry<Vec<Coverage>>> {
    match has_entries(store)? {
        true => read_entry(store, &cover_key(demand), COVER_KIND).map(Entry::Found),
        false => Ok(Entry::NoEntries),
    }
}

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

/// The ignored planned orders (empty when none).
pub fn ignored(store: &Store) -> StoreResult<Vec<Ignored>> {
    Ok(read_entry(store, IGNORED, IGNORED_KIND)?.unwrap_or_default())
}

/// The ignored planned orders, read inside a transaction.
pub fn ignored_in(tx: &Tx) -> TxResult<Vec<Ignored>> {
    Ok(get(tx, IGNORED, IGNORED_KIND)?.unwrap_or_default())
}

/// Replaces the ignored planned orders.
pub fn set_ignored_in(tx: &Tx, ignored: &[Ignored]) -> TxResult<()> {
    match ignored.is_empty() {
        true => tx.meta_remove(IGNORED),
        false => put(tx, IGNORED, &ignored, IGNORED_KIND),
    }
}

fn decode(bytes: &[u8]) -> StoreResult<StoredPlan> {
    let (schema, payload) = split_envelope(bytes, KIND)?;
    match schema {
        SCHEMA => decode_payload(payload, KIND),
        found => Err(StoreError::TooNew {
            kind: KIND,
            found,
            known: SCHEMA,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::mrp::{Cover, OrderKind, Peg, SupplyRef};
    use rust_decimal::Decimal;

    fn planned(key: &str, quantity: i64) -> PlannedOrder {
        let day = time::macros::date!(2026 - 12 - 14);
        PlannedOrder {
            key: key.into(),
            item: 7,
            quantity: Decimal::from(quantity),
            release: day,
            due: day,
            kind: OrderKind::Buy,
            supplier: None,
            firm: false,
            pegs: vec![Peg {
                demand: line(1),
                date: day,
                quantity: Decimal::from(quantity),
            }],
        }
    }

    fn line(line: u32) -> DemandRef {
        DemandRef::SalesLine {
            order: "AU-2026-00001".into(),
            line,
        }
    }

    fn stored(orders: Vec<PlannedOrder>, lines: &[u32]) -> StoredPlan {
        let coverage = lines
            .iter()
            .map(|&l| Coverage {
                item: 7,
                demand: line(l),
                date: time::macros::date!(2026 - 12 - 14),
                quantity: Decimal::ONE,
                covered_by: vec![Cover {
                    supply: SupplyRef::OnHand,
                    quantity: Decimal::ONE,
                }],
            })
            .collect();
        StoredPlan {
            today: time::macros::date!(2026 - 12 - 07),
            horizon_days: 90,
            run_at: time::macros::datetime!(2026-12-07 08:00 UTC),
            run_by: "pia".into(),
            plan: Plan {
                orders,
                coverage,
                ..Plan::default()
            },
        }
    }

    #[test]
    fn the_entries_follow_the_plan_and_a_plan_without_them_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(order(&store, "PL-A").unwrap(), Entry::NoEntries);
        // A plan stored before its entries: single reads send the caller to the whole plan.
        let first = stored(vec![planned("PL-A", 5), planned("PL-B", 3)], &[1, 2]);
        store
            .transaction(|tx| write_in(tx, &first, Vec::new()))
            .unwrap();
        assert_eq!(order(&store, "PL-A").unwrap(), Entry::NoEntries);
        assert_eq!(coverage(&store, &line(1)).unwrap(), Entry::NoEntries);
        store
            .transaction(|tx| replace_in(tx, None, &first, Vec::new()))
            .unwrap();
        assert_eq!(
            order(&store, "PL-B").unwrap(),
            Entry::Found(Some(planned("PL-B", 3)))
        );
        assert_eq!(
            coverage(&store, &line(2)).unwrap(),
            Entry::Found(Some(vec![first.plan.coverage[1].clone()]))
        );
        // A new run without PL-B and line 2: their entries go, PL-A's is the new one.
        let second = stored(vec![planned("PL-A", 8)], &[1]);
        store
            .transaction(|tx| replace_in(tx, Some(&first), &second, Vec::new()))
            .unwrap();
        assert_eq!(
            order(&store, "PL-A").unwrap(),
            Entry::Found(Some(planned("PL-A", 8)))
        );
        assert_eq!(order(&store, "PL-B").unwrap(), Entry::Found(None));
        assert_eq!(coverage(&store, &line(2)).unwrap(), Entry::Found(None));
        store
            .transaction(|tx| remove_orders_in(tx, &["PL-A".to_string()]))
            .unwrap();
        assert_eq!(order(&store, "PL-A").unwrap(), Entry::Found(None));
        assert_eq!(read(&store).unwrap(), Some(second));
    }

    #[test]
    fn an_ignored_order_matches_only_itself_unchanged() {
        let ignored = Ignored::of(&planned("PL-A", 5));
        assert!(ignored.matches(&planned("PL-A", 5)));
        assert!(!ignored.matches(&planned("PL-A", 6)));
        assert!(!ignored.matches(&planned("PL-B", 5)));
        let mut later = planned("PL-A", 5);
        later.due = time::macros::date!(2026 - 12 - 15);
        assert!(!ignored.matches(&later));
        let mut other = planned("PL-A", 5);
        other.item = 8;
        assert!(!ignored.matches(&other));
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert!(self::ignored(&store).unwrap().is_empty());
        store
            .transaction(|tx| set_ignored_in(tx, std::slice::from_ref(&ignored)))
            .unwrap();
        assert_eq!(self::ignored(&store).unwrap(), vec![ignored]);
        store.transaction(|tx| set_ignored_in(tx, &[])).unwrap();
        assert!(self::ignored(&store).unwrap().is_empty());
    }

    #[test]
    fn a_plan_comes_back_as_it_was_written_and_a_newer_schema_is_refused() {
        let plan = StoredPlan {
            today: time::macros::date!(2026 - 12 - 07),
            horizon_days: 90,
            run_at: time::macros::datetime!(2026-12-07 08:00 UTC),
            run_by: "pia".into(),
            plan: Plan::default(),
        };
        let bytes = encode_with_schema(&plan, SCHEMA, KIND).unwrap();
        assert_eq!(decode(&bytes).unwrap(), plan);
        let newer = encode_with_schema(&plan, SCHEMA + 1, KIND).unwrap();
        assert!(matches!(
            decode(&newer),
            Err(StoreError::TooNew { found: 2, .. })
        ));
    }
}
