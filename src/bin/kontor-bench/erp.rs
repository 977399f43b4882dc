//! The ERP figures of kontor-bench: stock moves (kontor's move + balance in one
//! transaction against SQLite's INSERT + UPSERT, the same batching), and the explosion of
//! a 5-level bill of materials with 1,000 nodes. Not a test: it measures and prints.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use rusqlite::{Connection, params};
use rust_decimal::Decimal;
use time::OffsetDateTime;

use kontor::core::Actor;
use kontor::core::bom_query::{explode, explode_ids};
use kontor::domain::bom::{Bom, BomLine};
use kontor::domain::{Currency, Item, Location, Money, ReorderRule, StockMove};
use kontor::store::{Store, TxResult};

use super::{Latency, SEED, group, measure, micros};

/// Items the moves are spread over.
const ITEMS: u64 = 1_000;
/// Nodes per level of the benchmark BOM: 1 + 5 + 25 + 125 + 844 = 1,000.
const LEVELS: [u64; 5] = [1, 5, 25, 125, 844];

pub(crate) fn item(id: u64, now: OffsetDateTime) -> Item {
    Item {
        id,
        sku: format!("SKU-{id:05}"),
        name: format!("Part {id}"),
        uom: "pcs".into(),
        barcodes: Vec::new(),
        cost: Money::new(Decimal::new(125 + id as i64 % 100, 2), Currency::EUR),
        price: Money::new(Decimal::new(250, 2), Currency::EUR),
        reorder: ReorderRule::default(),
        lead_days: 0,
        active: true,
        vat: kontor::domain::vat::VatCategory::Standard,
        planning: Default::default(),
        created: now,
        updated: now,
        version: 1,
    }
}

/// Adds the location `WH1` the moves go to and from.
pub(crate) fn add_main_location(tx: &kontor::store::Tx, now: OffsetDateTime) -> TxResult<()> {
    let mut location = Location {
        id: 0,
        code: "WH1".into(),
        name: "Main".into(),
        created: now,
        version: 0,
    };
    tx.insert(&mut location)?;
    Ok(())
}

/// Receipts and issues spread over the items: (item, quantity in thousandths, receipt?).
fn moves(count: u64) -> Vec<(u64, i64, bool)> {
    let mut rng = fastrand::Rng::with_seed(SEED);
    (0..count)
        .map(|i| (1 + rng.u64(0..ITEMS), rng.i64(1..50_000), i % 3 != 2))
        .collect()
}

fn kontor_moves(dir: &Path, plan: &[(u64, i64, bool)], batch: usize) -> Result<f64> {
    let store = Store::open(dir).context("opening kontor's store")?;
    let now = crate::DATED;
    let mut items: Vec<Item> = (1..=ITEMS).map(|id| item(id, now)).collect();
    store.insert_all(std::mem::take(&mut items), &mut |_| {})?;
    store.transaction(|tx| add_main_location(tx, now))?;
    let started = Instant::now();
    for chunk in plan.chunks(batch) {
        store.transaction(|tx| {
            for &(item_id, milli, receipt) in chunk {
                let (from, to) = if receipt {
                    ("supplier", "WH1")
                } else {
                    ("WH1", "customer")
                };
                let mut stock_move = StockMove {
                    id: 0,
                    item_id,
                    quantity: Decimal::new(milli, 3),
                    from: from.into(),
                    to: to.into(),
                    at: now,
                    reference: String::new(),
                    agent: "bench".into(),
                    reverses: None,
                };
                tx.post_move(&mut stock_move)?;
            }
            Ok(())
        })?;
    }
    store.flush()?;
    Ok(plan.len() as f64 / started.elapsed().as_secs_f64())
}

fn sqlite_moves(path: &Path, plan: &[(u64, i64, bool)], batch: usize) -> Result<f64> {
    let mut conn = Connection::open(path)?;
    conn.execute_batch(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
         CREATE TABLE moves(id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL, quantity INTEGER NOT NULL,
             from_location TEXT NOT NULL, to_location TEXT NOT NULL, at INTEGER NOT NULL,
             reference TEXT NOT NULL, agent TEXT NOT NULL, reverses INTEGER);
         CREATE INDEX moves_by_item ON moves(item_id, at);
         CREATE TABLE balances(item_id INTEGER NOT NULL, location TEXT NOT NULL, quantity INTEGER NOT NULL,
             PRIMARY KEY(item_id, location)) WITHOUT ROWID;",
    )?;
    let now = crate::DATED.unix_timestamp();
    let started = Instant::now();
    for chunk in plan.chunks(batch) {
        let tx = conn.transaction()?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO moves(item_id, quantity, from_location, to_location, at, reference, agent) VALUES (?1, ?2, ?3, ?4, ?5, '', 'bench')",
            )?;
            let mut balance = tx.prepare_cached(
                "INSERT INTO balances(item_id, location, quantity) VALUES (?1, 'WH1', ?2)
                 ON CONFLICT(item_id, location) DO UPDATE SET quantity = quantity + excluded.quantity",
            )?;
            for &(item_id, milli, receipt) in chunk {
                let (from, to, delta) = if receipt {
                    ("supplier", "WH1", milli)
                } else {
                    ("WH1", "customer", -milli)
                };
                insert.execute(params![item_id as i64, milli, from, to, now])?;
                balance.execute(params![item_id as i64, delta])?;
            }
        }
        tx.commit()?;
    }
    Ok(plan.len() as f64 / started.elapsed().as_secs_f64())
}

/// A tree of items: every node of a level has a share of the next level's nodes as lines.
fn bom_tree(store: &Store) -> Result<u64> {
    let now = crate::DATED;
    let total: u64 = LEVELS.iter().sum();
    let items: Vec<Item> = (1..=total).map(|id| item(id, now)).collect();
    let ids = store.insert_all(items, &mut |_| {})?;
    let mut first = 0usize;
    let mut boms = Vec::new();
    for pair in LEVELS.windows(2) {
        let (parents, children) = (pair[0] as usize, pair[1] as usize);
        let parent_ids = &ids[first..first + parents];
        let child_ids = &ids[first + parents..first + parents + children];
        for (index, parent) in parent_ids.iter().enumerate() {
            let lines: Vec<BomLine> = child_ids
                .iter()
                .skip(index)
                .step_by(parents)
                .map(|&component| BomLine {
                    component_item_id: component,
                    quantity: Decimal::new(15, 1),
                    scrap_pct: Decimal::new(25, 1),
                })
                .collect();
            boms.push(Bom {
                id: *parent,
                parent_item_id: *parent,
                output_qty: Decimal::new(2, 0),
                lines,
                operations: Vec::new(),
                updated: now,
                version: 1,
            });
        }
        first += parents;
    }
    store.transaction(|tx| boms.iter().try_for_each(|bom| tx.insert_reserved(bom)))?;
    Ok(ids[0])
}

/// Runs both ERP figures and prints them.
pub fn run(work: &Path, count: u64, batch: usize, queries: usize) -> Result<()> {
    let plan = moves(count);
    eprintln!("stock moves: kontor ...");
    let kontor = kontor_moves(&work.join("erp-kontor"), &plan, batch)?;
    eprintln!("stock moves: SQLite ...");
    let sqlite = sqlite_moves(&work.join("erp-sqlite.db"), &plan, batch)?;
    let store = Store::open(&work.join("erp-bom")).context("opening the BOM store")?;
    let root = bom_tree(&store)?;
    let queries: Vec<u64> = (0..queries.min(2_000) as u64).collect();
    let ten = Decimal::new(10, 0);
    let admin = Actor::local("bench");
    let bare: Latency = measure(&queries, |_| {
        Ok(explode_ids(&store, &admin, root, ten)?
            .iter()
            .map(|(id, _)| *id)
            .collect())
    })?;
    let loaded: Latency = measure(&queries, |_| {
        Ok(explode(&store, &admin, root, ten)?
            .iter()
            .map(|(item, _)| item.id)
            .collect())
    })?;
    println!();
    println!(
        "ERP: {} stock moves over {ITEMS} items, batch {batch}",
        group(count)
    );
    println!(
        "{:<34}{:>14}{:>14}{:>10}",
        "figure", "kontor", "SQLite", "ratio"
    );
    println!(
        "{:<34}{:>14}{:>14}{:>9.2}x",
        "stock moves (moves/s)",
        group(kontor as u64),
        group(sqlite as u64),
        kontor / sqlite
    );
    let nodes = LEVELS.iter().sum::<u64>();
    for (what, latency) in [("leaf ids", &bare), ("leaf items loaded", &loaded)] {
        println!(
            "BOM explosion, 5 levels, {nodes} nodes, {what}: p50 {:.1} µs, p99 {:.1} µs ({} leaves, {} runs)",
            micros(latency.p50_ns),
            micros(latency.p99_ns),
            latency.results / latency.queries.max(1) as u64,
            latency.queries
        );
    }
    Ok(())
}
