//! The accepted MRP plan's parts in `meta`: the planned orders (with their pegs) spread over
//! buckets `mrp.plan.o.<n>` by their key, the coverage of the demands over buckets
//! `mrp.plan.c.<n>` by the demand, each entry with its place in the plan, and the rest (low-level
//! codes, projections, action messages) in `mrp.plan.rest`. A bucket holds about
//! `PER_BUCKET` entries: sled's cost is per value written, so a run over 300,000 planned
//! orders writes some 5,000 values, not one per order, and one order's pegging or one
//! demand's coverage still decodes only its bucket. The bucket of a key is FNV-1a (64 bit)
//! of its bytes modulo the bucket count, fixed for good: stored buckets depend on it.
//! `Parts::of` encodes a plan outside any transaction; `write_in` writes only the values
//! whose bytes differ from the stored ones and removes buckets the plan no longer has.
//! Room: store.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::domain::mrp::{Action, Coverage, DemandRef, Plan, PlannedOrder, Projection};
use crate::store::record::{decode_payload, encode_with_schema, split_envelope};
use crate::store::{StoreError, StoreResult, Tx, TxResult, abort};

/// Entries a bucket holds on average.
const PER_BUCKET: usize = 64;
pub(super) const ORDERS_KIND: &str = "mrp_orders";
pub(super) const COVERS_KIND: &str = "mrp_covers";
const REST_KIND: &str = "mrp_rest";
const REST: &str = "mrp.plan.rest";
/// The schema of the buckets and the rest.
const PART_SCHEMA: u16 = 1;

/// Which buckets: the planned orders' or the coverage's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Orders,
    Covers,
}

impl Part {
    pub(super) fn key(self, bucket: u32) -> String {
        match self {
            Part::Orders => format!("mrp.plan.o.{bucket}"),
            Part::Covers => format!("mrp.plan.c.{bucket}"),
        }
    }

    pub(super) fn kind(self) -> &'static str {
        match self {
            Part::Orders => ORDERS_KIND,
            Part::Covers => COVERS_KIND,
        }
    }
}

/// How many buckets `count` entries are spread over.
fn buckets_for(count: usize) -> u32 {
    u32::try_from(count.div_ceil(PER_BUCKET).max(1)).unwrap_or(u32::MAX)
}

/// FNV-1a (64 bit) of the bytes written into it.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn bucket(self, buckets: u32) -> u32 {
        u32::try_from(self.0 % u64::from(buckets.max(1))).unwrap_or(0)
    }
}

impl std::fmt::Write for Fnv {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        for byte in text.bytes() {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        Ok(())
    }
}

/// The bucket of a planned order's key among `buckets`.
pub(super) fn bucket_of(key: &str, buckets: u32) -> u32 {
    let mut hash = Fnv::new();
    let _ = hash.write_str(key);
    hash.bucket(buckets)
}

/// Writes a demand's name — what its coverage is bucketed by — into `out`.
fn name_demand(demand: &DemandRef, out: &mut impl std::fmt::Write) -> std::fmt::Result {
    match demand {
        DemandRef::SafetyStock { location } => write!(out, "S:{location}"),
        DemandRef::SalesLine { order, line } => write!(out, "A:{order}/{line}"),
        DemandRef::ProductionOrder { order } => write!(out, "F:{order}"),
        DemandRef::Planned { key } => write!(out, "P:{key}"),
    }
}

/// A demand's name (`A:AU-2026-00001/1`).
pub(super) fn demand_name(demand: &DemandRef) -> String {
    let mut name = String::new();
    let _ = name_demand(demand, &mut name);
    name
}

/// The bucket of a demand's coverage among `buckets`.
pub(super) fn demand_bucket(demand: &DemandRef, buckets: u32) -> u32 {
    let mut hash = Fnv::new();
    let _ = name_demand(demand, &mut hash);
    hash.bucket(buckets)
}

/// One bucket: entries with their place in the plan.
pub(super) type Bucket<T> = Vec<(u32, T)>;

/// Low-level codes, projections and action messages, as written.
#[derive(Serialize)]
struct RestOf<'a> {
    low_level_codes: &'a BTreeMap<u64, u32>,
    projected: &'a [Projection],
    actions: &'a [Action],
}

/// Low-level codes, projections and action messages, as read.
#[derive(serde::Deserialize)]
struct Rest {
    low_level_codes: BTreeMap<u64, u32>,
    projected: Vec<Projection>,
    actions: Vec<Action>,
}

/// A plan encoded into its parts, ready to write.
#[derive(Debug, Clone)]
pub struct Parts {
    pub(super) orders: Vec<Vec<u8>>,
    pub(super) covers: Vec<Vec<u8>>,
    rest: Vec<u8>,
}

impl Parts {
    /// Encodes `plan`'s parts.
    pub fn of(plan: &Plan) -> StoreResult<Parts> {
        let rest = RestOf {
            low_level_codes: &plan.low_level_codes,
            projected: &plan.projected,
            actions: &plan.actions,
        };
        // The orders on a thread of their own: encoding is most of the cost.
        let (orders, covers) = std::thread::scope(|scope| {
            let orders = scope
                .spawn(|| encode_buckets(&plan.orders, Part::Orders, |o, n| bucket_of(&o.key, n)));
            let covers = encode_buckets(&plan.coverage, Part::Covers, |c, n| {
                demand_bucket(&c.demand, n)
            });
            (orders.join(), covers)
        });
        Ok(Parts {
            orders: orders.unwrap_or_else(|panic| std::panic::resume_unwind(panic))?,
            covers: covers?,
            rest: encode_with_schema(&rest, PART_SCHEMA, REST_KIND)?,
        })
    }

    pub(super) fn order_buckets(&self) -> u32 {
        u32::try_from(self.orders.len()).unwrap_or(u32::MAX)
    }

    pub(super) fn cover_buckets(&self) -> u32 {
        u32::try_from(self.covers.len()).unwrap_or(u32::MAX)
    }
}

fn encode_buckets<T: Serialize + Sync>(
    entries: &[T],
    part: Part,
    bucket: impl Fn(&T, u32) -> u32,
) -> StoreResult<Vec<Vec<u8>>> {
    let count = buckets_for(entries.len());
    let mut buckets: Vec<Bucket<&T>> = (0..count).map(|_| Vec::new()).collect();
    for (at, entry) in entries.iter().enumerate() {
        let place = u32::try_from(at).unwrap_or(u32::MAX);
        if let Some(bucket) = buckets.get_mut(bucket(entry, count) as usize) {
            bucket.push((place, entry));
        }
    }
    buckets
        .iter()
        .map(|bucket| encode_with_schema(bucket, PART_SCHEMA, part.kind()))
        .collect()
}

pub(super) fn decode_part<P: DeserializeOwned>(bytes: &[u8], kind: &'static str) -> StoreResult<P> {
    split_envelope(bytes, kind).and_then(|(schema, payload)| match schema {
        PART_SCHEMA => decode_payload(payload, kind),
        found => Err(StoreError::TooNew {
            kind,
            found,
            known: PART_SCHEMA,
        }),
    })
}

/// What a write replaced: the order buckets whose bytes changed, and those buckets as they
/// were stored. Every other order bucket holds the same orders before and after.
#[derive(Debug, Default)]
pub struct Replaced {
    old_orders: Vec<Vec<u8>>,
    changed: BTreeSet<u32>,
    order_buckets: u32,
    /// How many values were written or removed (the header aside).
    pub(super) written: usize,
}

impl Replaced {
    /// The planned orders that may differ between the stored plan and `new`: (before,
    /// after), each in plan order. Orders of unchanged buckets are in neither: they are the
    /// same in both plans.
    pub fn changed_orders(
        &self,
        new: &Plan,
    ) -> StoreResult<(Vec<PlannedOrder>, Vec<PlannedOrder>)> {
        let decoded = self
            .old_orders
            .iter()
            .map(|bytes| decode_part::<Bucket<PlannedOrder>>(bytes, ORDERS_KIND))
            .collect::<StoreResult<Vec<_>>>()?;
        let after = new
            .orders
            .iter()
            .filter(|o| {
                self.changed
                    .contains(&bucket_of(&o.key, self.order_buckets))
            })
            .cloned()
            .collect();
        Ok((in_plan_order(decoded), after))
    }
}

/// Bucket counts of the parts stored before (none before the first write).
pub(super) type Stored = Option<(u32, u32)>;

/// Writes `parts` over the parts stored with `before`'s bucket counts: only the values
/// whose bytes differ, removing the buckets beyond the new counts. Answers the order
/// buckets it replaced or removed, as they were.
pub(super) fn write_in(tx: &Tx, before: Stored, parts: &Parts) -> TxResult<Replaced> {
    let (old_orders, old_covers) = before.unwrap_or((0, 0));
    let mut replaced = Replaced {
        order_buckets: parts.order_buckets(),
        ..Replaced::default()
    };
    for (part, new, old_count) in [
        (Part::Orders, &parts.orders, old_orders),
        (Part::Covers, &parts.covers, old_covers),
    ] {
        let new_count = u32::try_from(new.len()).unwrap_or(u32::MAX);
        for bucket in 0..new_count.max(old_count) {
            let key = part.key(bucket);
            let old = match bucket < old_count {
                true => tx.meta_get(&key)?,
                false => None,
            };
            let value = new.get(bucket as usize);
            if old.as_deref() == value.map(Vec::as_slice) {
                continue;
            }
            match value {
                Some(value) => tx.meta_put(&key, value)?,
                None => tx.meta_remove(&key)?,
            }
            replaced.written += 1;
            if part == Part::Orders {
                replaced.changed.insert(bucket);
                replaced.old_orders.extend(old);
            }
        }
    }
    if before.is_none() || tx.meta_get(REST)?.as_deref() != Some(parts.rest.as_slice()) {
        tx.meta_put(REST, &parts.rest)?;
        replaced.written += 1;
    }
    Ok(replaced)
}

/// Reads one bucket inside a transaction (empty when it is not stored).
pub(super) fn bucket_in<T: DeserializeOwned>(
    tx: &Tx,
    part: Part,
    bucket: u32,
) -> TxResult<Bucket<T>> {
    match tx.meta_get(&part.key(bucket))? {
        Some(bytes) => decode_part(&bytes, part.kind()).or_else(abort),
        None => Ok(Vec::new()),
    }
}

/// Writes one bucket inside a transaction (removing it when empty).
pub(super) fn put_bucket_in<T: Serialize>(
    tx: &Tx,
    part: Part,
    bucket: u32,
    entries: &Bucket<T>,
) -> TxResult<()> {
    match encode_with_schema(entries, PART_SCHEMA, part.kind()) {
        Ok(bytes) => tx.meta_put(&part.key(bucket), &bytes),
        Err(error) => abort(error),
    }
}

/// The entries of decoded buckets in plan order.
pub(super) fn in_plan_order<T>(buckets: impl IntoIterator<Item = Bucket<T>>) -> Vec<T> {
    let mut all: Vec<(u32, T)> = buckets.into_iter().flatten().collect();
    all.sort_unstable_by_key(|(place, _)| *place);
    all.into_iter().map(|(_, entry)| entry).collect()
}

/// Puts the rest (decoded from `bytes`) into `plan`.
pub(super) fn rest_into(bytes: &[u8], plan: &mut Plan) -> StoreResult<()> {
    let rest: Rest = decode_part(bytes, REST_KIND)?;
    plan.low_level_codes = rest.low_level_codes;
    plan.projected = rest.projected;
    plan.actions = rest.actions;
    Ok(())
}

pub(super) const REST_KEY: &str = REST;

/// The coverage entries of a bucket that belong to `demand`.
pub(super) fn covering(bucket: Bucket<Coverage>, demand: &DemandRef) -> Vec<Coverage> {
    in_plan_order([bucket])
        .into_iter()
        .filter(|c| &c.demand == demand)
        .collect()
}
