//! `kontor-bench --mrp`: the MRP engine (`domain::mrp::run`) over a synthetic plant —
//! `--mrp-items` items (10,000) in five BOM levels (a fifth finished goods, three levels of
//! made sub-assemblies, bought parts at the bottom; each made item has three or four
//! components from the levels below, one or two of each), `--mrp-demands` sales order lines (100,000) over 90
//! days and `--mrp-supply` open purchase order lines and production orders (20,000). It
//! reports the run's wall time (best and median of `--mrp-runs`) and the p50/p99 of
//! reading one planned order's pegging with what covers each pegged demand (in memory).
//! `--mrp-store` then measures the same plant written into a store, the run as a user runs
//! it (`mrp_store`). Room: bench. Not a test.

use std::collections::HashMap;
use std::time::Instant;

use anyhow::{Result, bail};
use clap::Args;
use rust_decimal::Decimal;
use time::Duration;

use kontor::domain::bom::{Bom, BomLine};
use kontor::domain::mrp::{
    Demand, DemandRef, Input, Item, Receipt, Source, SupplyRef, Weekdays, run,
};
use kontor::domain::planning::{ItemPlanning, LotRule, LotSizing, SafetyStock};

use super::{DATED, SEED};

#[derive(Debug, Args)]
pub struct MrpArgs {
    /// Measure the MRP engine on a synthetic plant.
    #[arg(long)]
    pub mrp: bool,
    /// Items for --mrp.
    #[arg(long, default_value_t = 10_000)]
    pub mrp_items: u64,
    /// Sales order lines for --mrp.
    #[arg(long, default_value_t = 100_000)]
    pub mrp_demands: u64,
    /// Open purchase order lines and production orders for --mrp.
    #[arg(long, default_value_t = 20_000)]
    pub mrp_supply: u64,
    /// Runs for --mrp.
    #[arg(long, default_value_t = 5)]
    pub mrp_runs: usize,
    /// With --mrp: also write the plant into a store and time the run on it.
    #[arg(long)]
    pub mrp_store: bool,
}

/// The level (0–4) of item `id` of `count`: a fifth each.
fn level(id: u64, count: u64) -> u64 {
    (id * 5 / count).min(4)
}

pub(super) fn plant(args: &MrpArgs) -> Input {
    let mut rng = fastrand::Rng::with_seed(SEED);
    let today = DATED.date();
    let count = args.mrp_items;
    let level_start = |l: u64| (l * count).div_ceil(5);
    let mut items = Vec::new();
    let mut boms = Vec::new();
    for id in 0..count {
        let l = level(id, count);
        let rule = match id % 4 {
            0 => LotRule::LotForLot,
            1 => LotRule::Fixed(Decimal::from(rng.u32(50..500))),
            2 => LotRule::PeriodDays(rng.u32(3..14)),
            _ => LotRule::LotForLot,
        };
        let planning = ItemPlanning {
            lot: LotSizing {
                rule,
                minimum: (id % 3 == 0).then(|| Decimal::from(rng.u32(1..20))),
                multiple: (id % 5 == 0).then(|| Decimal::from(rng.u32(1..10))),
                maximum: (id % 7 == 0).then(|| Decimal::from(rng.u32(2_000..5_000))),
            },
            safety_stock: if id % 6 == 0 {
                vec![SafetyStock {
                    location: "MAIN".into(),
                    quantity: Decimal::from(rng.u32(1..30)),
                }]
            } else {
                Vec::new()
            },
            production_days: rng.u32(1..5),
        };
        let source = if l == 4 {
            Source::Buy {
                lead_days: rng.u32(2..20),
                supplier: Some(rng.u64(1..200)),
            }
        } else {
            Source::Make
        };
        items.push(Item {
            id: id + 1,
            sku: format!("ART-{:05}", id + 1),
            source,
            planning,
            on_hand: Decimal::from(rng.u32(0..100)),
        });
        if l < 4 {
            let mut lines: Vec<BomLine> = Vec::new();
            for _ in 0..rng.usize(3..5) {
                let below = rng.u64(l + 1..5);
                let child = rng.u64(level_start(below)..level_start(below + 1).min(count));
                if lines.iter().all(|line| line.component_item_id != child + 1) {
                    lines.push(BomLine {
                        component_item_id: child + 1,
                        quantity: Decimal::from(if rng.u8(0..4) == 0 { 2 } else { 1 }),
                        scrap_pct: Decimal::from(rng.u32(0..3)),
                    });
                }
            }
            boms.push(Bom {
                id: id + 1,
                parent_item_id: id + 1,
                output_qty: Decimal::ONE,
                lines,
                operations: Vec::new(),
                updated: DATED,
                version: 1,
            });
        }
    }
    let finished = level_start(1).max(1);
    let demands = (0..args.mrp_demands)
        .map(|n| Demand {
            item: rng.u64(0..finished) + 1,
            date: today + Duration::days(rng.i64(-3..90)),
            quantity: Decimal::from(rng.u32(1..20)),
            reference: DemandRef::SalesLine {
                order: format!("AU-2026-{:06}", n / 4 + 1),
                line: (n % 4) as u32 + 1,
            },
        })
        .collect();
    let receipts = (0..args.mrp_supply)
        .map(|n| {
            let id = rng.u64(0..count);
            let reference = if level(id, count) == 4 {
                SupplyRef::PurchaseLine {
                    order: format!("BE-2026-{:06}", n / 3 + 1),
                    line: (n % 3) as u32 + 1,
                }
            } else {
                SupplyRef::ProductionOrder {
                    order: format!("FA-2026-{:06}", n + 1),
                }
            };
            Receipt {
                item: id + 1,
                due: today + Duration::days(rng.i64(-5..60)),
                quantity: Decimal::from(rng.u32(1..200)),
                reference,
                released: rng.bool(),
                components: Vec::new(),
            }
        })
        .collect();
    Input {
        items,
        boms,
        demands,
        receipts,
        firm: Vec::new(),
        today,
        horizon_days: 120,
    }
}

pub fn run_bench(args: &MrpArgs, dir: &std::path::Path) -> Result<()> {
    if args.mrp_items < 5 || args.mrp_runs == 0 {
        bail!("--mrp-items must be at least 5 and --mrp-runs at least 1");
    }
    let input = plant(args);
    let calendar = Weekdays::default();
    let mut times = Vec::new();
    let mut plan = None;
    for _ in 0..args.mrp_runs {
        let started = Instant::now();
        let result = run(&input, &calendar)?;
        times.push(started.elapsed());
        plan = Some(result);
    }
    let Some(plan) = plan else {
        bail!("no run");
    };
    times.sort();
    // The pegging view: one planned order by key, each pegged demand's coverage.
    let orders: HashMap<&str, usize> = plan
        .orders
        .iter()
        .enumerate()
        .map(|(at, order)| (order.key.as_str(), at))
        .collect();
    let coverage: HashMap<(u64, &DemandRef), usize> = plan
        .coverage
        .iter()
        .enumerate()
        .map(|(at, need)| ((need.item, &need.demand), at))
        .collect();
    let mut views = Vec::new();
    let mut rng = fastrand::Rng::with_seed(SEED);
    for _ in 0..plan.orders.len().min(10_000) {
        let key = plan.orders[rng.usize(0..plan.orders.len())].key.as_str();
        let started = Instant::now();
        let mut covers = 0;
        if let Some(order) = orders.get(key).map(|at| &plan.orders[*at]) {
            for peg in &order.pegs {
                if let Some(need) = coverage.get(&(order.item, &peg.demand)) {
                    covers += plan.coverage[*need].covered_by.len();
                }
            }
        }
        std::hint::black_box(covers);
        views.push(started.elapsed());
    }
    views.sort();
    let at = |share: usize| {
        views
            .get(views.len() * share / 100)
            .copied()
            .unwrap_or_default()
    };
    println!(
        "mrp: {} items, {} BOMs, {} demand lines, {} supply lines",
        input.items.len(),
        input.boms.len(),
        input.demands.len(),
        input.receipts.len()
    );
    println!(
        "mrp: {} planned orders, {} needs, {} action messages",
        plan.orders.len(),
        plan.coverage.len(),
        plan.actions.len()
    );
    println!(
        "mrp run: best {:.3} s, median {:.3} s over {} runs",
        times[0].as_secs_f64(),
        times[times.len() / 2].as_secs_f64(),
        times.len()
    );
    println!(
        "pegging view: p50 {} µs, p99 {} µs",
        at(50).as_micros(),
        at(99).as_micros()
    );
    if args.mrp_store {
        super::mrp_store::run(args, &input, dir)?;
    }
    Ok(())
}
