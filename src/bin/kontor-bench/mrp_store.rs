//! `kontor-bench --mrp --mrp-store`: the MRP run as a user runs it, on a real store. The
//! synthetic plant of `--mrp` (items with their planning, BOMs, on hand, sales order lines,
//! open purchase order lines and production orders) is written into a fresh store through
//! the bulk paths (`insert_all`; on hand as receipts in batched transactions), with 200
//! suppliers and a preferred supplier item per bought item. Then `core::mrp::run` — gather,
//! the engine, storing the plan (the buckets that changed), names resolved —
//! is timed over `--mrp-runs` runs (the first onto an empty plan, later ones replacing it),
//! and one planned order's pegging (`core::mrp::pegging`, what Enter in `g P` shows) and one
//! sales order line's covering orders (`core::mrp::covering`) are timed per call, p50/p99;
//! the dry run (`core::mrp::preview`: gather, the engine, the diff) parts the last run into
//! computing and storing.
//! Room: bench. Not a test.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use rust_decimal::Decimal;
use time::Duration as Days;

use kontor::core::Actor;
use kontor::domain::Supplier;
use kontor::domain::mrp::{DemandRef, Input, Source, SupplyRef};
use kontor::domain::production_order::ProductionOrder;
use kontor::domain::purchase::{PurchaseLine, PurchaseOrder};
use kontor::domain::sales::SalesOrder;
use kontor::domain::stock::StockMove;
use kontor::domain::supplier_item::{PriceBreak, SupplierItem};
use kontor::domain::{Currency, Item};
use kontor::store::{BATCH, Store};

use super::DATED;
use super::mrp::MrpArgs;

/// Suppliers of the bought items (the plant's supplier ids lie below).
const SUPPLIERS: u64 = 200;

pub fn run(args: &MrpArgs, input: &Input, dir: &Path) -> Result<()> {
    let store = Store::open(&dir.join("mrp-store")).context("opening kontor's store")?;
    let started = Instant::now();
    fill(&store, input)?;
    store.flush()?;
    println!(
        "mrp store: plant written in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let actor = Actor::local("bench");
    let mut times = Vec::new();
    let mut outcome = None;
    for _ in 0..args.mrp_runs {
        let (started, cpu) = (Instant::now(), cpu_seconds());
        let ran = kontor::core::mrp::run(&store, &actor, DATED, input.horizon_days)?;
        times.push(started.elapsed());
        println!(
            "mrp store run: {:.3} s wall, {:.2} s CPU",
            started.elapsed().as_secs_f64(),
            cpu_seconds() - cpu
        );
        outcome = Some(ran);
    }
    let (started, cpu) = (Instant::now(), cpu_seconds());
    let preview = kontor::core::mrp::preview(&store, &actor, DATED, input.horizon_days)?;
    let computing = started.elapsed();
    println!(
        "mrp dry run (gather + run + diff, nothing stored): {:.3} s wall, {:.2} s CPU",
        computing.as_secs_f64(),
        cpu_seconds() - cpu
    );
    if let Some(last) = times.last() {
        println!(
            "mrp run split: computing (the dry run) {:.3} s, storing the plan (the last run \
             less the dry run) {:.3} s",
            computing.as_secs_f64(),
            last.saturating_sub(computing).as_secs_f64()
        );
    }
    std::hint::black_box(preview);
    let Some(outcome) = outcome else {
        bail!("no run");
    };
    let (buy, make, firm) = outcome.counts();
    println!(
        "mrp store: {} planned orders ({buy} buy, {make} make, {firm} firm), {} needs",
        outcome.plan.orders.len(),
        outcome.plan.plan.coverage.len()
    );
    let first = times[0];
    let mut later: Vec<Duration> = times[1..].to_vec();
    later.sort();
    println!(
        "mrp run on the store (gather + run + store): first {:.3} s{}",
        first.as_secs_f64(),
        match later.is_empty() {
            true => String::new(),
            false => format!(
                ", replacing a plan best {:.3} s, median {:.3} s",
                later[0].as_secs_f64(),
                later[later.len() / 2].as_secs_f64()
            ),
        }
    );
    let orders = &outcome.plan.plan.orders;
    let mut rng = fastrand::Rng::with_seed(super::SEED);
    let mut pegging = Vec::new();
    for _ in 0..orders.len().min(10_000) {
        let key = &orders[rng.usize(0..orders.len())].key;
        let started = Instant::now();
        let view = kontor::core::mrp::pegging(&store, &actor, key)?;
        pegging.push(started.elapsed());
        std::hint::black_box(view);
    }
    println!(
        "pegging of one planned order on the store: {}",
        centiles(pegging)
    );
    let lines: Vec<&DemandRef> = input
        .demands
        .iter()
        .map(|demand| &demand.reference)
        .collect();
    let mut covering = Vec::new();
    for _ in 0..lines.len().min(10_000) {
        let typed = match lines[rng.usize(0..lines.len())] {
            DemandRef::SalesLine { order, line } => format!("{order}/{line}"),
            _ => continue,
        };
        let started = Instant::now();
        let views = kontor::core::mrp::covering(&store, &actor, &typed)?;
        covering.push(started.elapsed());
        std::hint::black_box(views);
    }
    println!(
        "what covers one sales order line on the store: {}",
        centiles(covering)
    );
    Ok(())
}

/// The CPU time (user + system) this process has used, from `/proc/self/stat` (0 where
/// there is none): on a loaded machine the wall time says little.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |at: usize| fields.get(at).and_then(|f| f.parse::<f64>().ok());
    // utime and stime: fields 14 and 15 of the line, 11 and 12 after the name.
    (ticks(11).unwrap_or(0.0) + ticks(12).unwrap_or(0.0)) / 100.0
}

fn centiles(mut times: Vec<Duration>) -> String {
    times.sort();
    let at = |share: usize| {
        times
            .get(times.len() * share / 100)
            .copied()
            .unwrap_or_default()
    };
    format!(
        "p50 {} µs, p90 {} µs, p99 {} µs over {} calls",
        at(50).as_micros(),
        at(90).as_micros(),
        at(99).as_micros(),
        times.len()
    )
}

/// Writes the plant into the (empty) store; item ids come out as the plant's.
fn fill(store: &Store, input: &Input) -> Result<()> {
    let suppliers = (1..=SUPPLIERS)
        .map(|n| Supplier::new(&format!("Supplier {n}"), DATED))
        .collect();
    store.insert_all(suppliers, &mut |_| {})?;
    let mut items: Vec<&kontor::domain::mrp::Item> = input.items.iter().collect();
    items.sort_by_key(|item| item.id);
    let stored: Vec<Item> = items
        .iter()
        .map(|item| {
            let mut stored = super::erp::item(0, DATED);
            stored.sku = item.sku.clone();
            stored.name = format!("Part {}", item.id);
            stored.planning = item.planning.clone();
            stored
        })
        .collect();
    let ids = store.insert_all(stored, &mut |_| {})?;
    if ids.iter().zip(&items).any(|(id, item)| *id != item.id) {
        bail!("the store gave the items other ids than the plant's");
    }
    store.insert_all(input.boms.clone(), &mut |_| {})?;
    let offers = items
        .iter()
        .filter_map(|item| match item.source {
            Source::Buy {
                lead_days,
                supplier: Some(supplier),
            } => Some(SupplierItem {
                id: 0,
                item_id: item.id,
                supplier_id: supplier.min(SUPPLIERS),
                supplier_sku: String::new(),
                breaks: vec![PriceBreak {
                    from_qty: Decimal::ONE,
                    price: Decimal::new(150, 2),
                }],
                currency: Currency::EUR,
                valid_from: None,
                valid_until: None,
                lead_days,
                moq: None,
                multiple: None,
                preferred: true,
                version: 0,
            }),
            _ => None,
        })
        .collect();
    store.insert_all(offers, &mut |_| {})?;
    let stocked: Vec<(u64, Decimal)> = items
        .iter()
        .filter(|item| item.on_hand > Decimal::ZERO)
        .map(|item| (item.id, item.on_hand))
        .collect();
    store.transaction(|tx| super::erp::add_main_location(tx, DATED))?;
    for chunk in stocked.chunks(BATCH) {
        store.transaction(|tx| {
            for &(item_id, quantity) in chunk {
                tx.post_move(&mut StockMove {
                    id: 0,
                    item_id,
                    quantity,
                    from: "supplier".into(),
                    to: "WH1".into(),
                    at: DATED,
                    reference: String::new(),
                    agent: "bench".into(),
                    reverses: None,
                })?;
            }
            Ok(())
        })?;
    }
    store.insert_all(sales_orders(input), &mut |_| {})?;
    let (purchase, production) = supply(input);
    store.insert_all(purchase, &mut |_| {})?;
    store.insert_all(production, &mut |_| {})?;
    Ok(())
}

/// The plant's demands as sales orders, a line each, each line requested on its date.
fn sales_orders(input: &Input) -> Vec<SalesOrder> {
    let mut by_order: BTreeMap<&str, Vec<(u64, &kontor::domain::mrp::Demand)>> = BTreeMap::new();
    for demand in &input.demands {
        if let DemandRef::SalesLine { order, line } = &demand.reference {
            by_order
                .entry(order.as_str())
                .or_default()
                .push((u64::from(*line), demand));
        }
    }
    by_order
        .into_iter()
        .enumerate()
        .map(|(n, (number, mut lines))| {
            lines.sort_by_key(|(line, _)| *line);
            let specs: Vec<(u64, i64, i64, i64)> = lines
                .iter()
                .map(|(_, d)| (d.item, d.quantity.try_into().unwrap_or(1), 250, 0))
                .collect();
            let date = input.today - Days::days(5);
            let mut order = super::sales::order(n as u64 + 1, date, date, &specs);
            // The plant's number, which the demands (and the covering lookups) name.
            order.number = number.to_string();
            for (line, (_, demand)) in order.lines.iter_mut().zip(&lines) {
                line.requested = Some(demand.date);
            }
            order
        })
        .collect()
}

/// The plant's scheduled receipts as purchase orders (a line each) and production orders.
fn supply(input: &Input) -> (Vec<PurchaseOrder>, Vec<ProductionOrder>) {
    let supplier_of: BTreeMap<u64, u64> = input
        .items
        .iter()
        .filter_map(|item| match item.source {
            Source::Buy {
                supplier: Some(supplier),
                ..
            } => Some((item.id, supplier.min(SUPPLIERS))),
            _ => None,
        })
        .collect();
    let mut purchase: BTreeMap<String, PurchaseOrder> = BTreeMap::new();
    let mut production = Vec::new();
    for receipt in &input.receipts {
        let sku = format!("ART-{:05}", receipt.item);
        match &receipt.reference {
            SupplyRef::PurchaseLine { order, .. } => {
                let entry = purchase
                    .entry(order.clone())
                    .or_insert_with(|| PurchaseOrder {
                        id: 0,
                        number: order.clone(),
                        supplier_id: supplier_of.get(&receipt.item).copied().unwrap_or(1),
                        currency: Currency::EUR,
                        date: input.today - Days::days(10),
                        lines: Vec::new(),
                        notes: String::new(),
                        sent: receipt.released.then_some(DATED),
                        sent_by: String::new(),
                        cancelled: None,
                        created: DATED,
                        created_by: "bench".into(),
                        updated: DATED,
                        version: 1,
                    });
                entry.lines.push(PurchaseLine {
                    item_id: receipt.item,
                    sku,
                    text: String::new(),
                    quantity: receipt.quantity,
                    unit_price: Decimal::new(150, 2),
                    requested: receipt.due,
                    received: Decimal::ZERO,
                    short_closed: Decimal::ZERO,
                    close_reason: String::new(),
                });
            }
            SupplyRef::ProductionOrder { order } => production.push(ProductionOrder {
                id: 0,
                number: order.clone(),
                item_id: receipt.item,
                sku,
                quantity: receipt.quantity,
                done: Decimal::ZERO,
                location: "WH1".into(),
                start: receipt.due - Days::days(2),
                due: receipt.due,
                completions: Vec::new(),
                cancelled: None,
                created: DATED,
                updated: DATED,
                version: 1,
            }),
            _ => {}
        }
    }
    (purchase.into_values().collect(), production)
}
