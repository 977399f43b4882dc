//! The sales figures of kontor-bench (`--sales`), kontor against SQLite on the same
//! records:
//!
//! 1. order entry: orders of 10 lines, each reserved from stock, committed, per second —
//!    kontor through its real command (`order add --confirm`: price lookup, gapless
//!    number, the credit check, the stock check under the reservation epoch, the order's
//!    indexes, the confirmation, the audit entry, one flush) against SQLite doing the same in
//!    one transaction per order (price lookups, number counter, on hand and reserved read
//!    per line, order + lines + reservation rows inserted), at `synchronous=FULL` (durable at
//!    commit, like kontor's flush) and, for reference, `NORMAL`;
//! 2. available-to-promise of one item with `--atp-moves` ledger moves and `--atp-lines`
//!    open order lines (one per order, due dates spread over a year, a fifth confirmed),
//!    p50/p99 — kontor's `core::atp` against SQLite's GROUP BY over an (item, due) index;
//! 3. revenue by month over `--revenue-lines` order lines (`sales_revenue.rs`: 10 per
//!    order, 24 months, every twentieth order cancelled): kontor's `core::reports::monthly_revenue` (a walk of the
//!    `orders.by_month` index) and, for the floor without it, a decode of every order,
//!    against SQLite's GROUP BY over the lines joined to their orders.
//!
//! Both sides must give the same figures (checked, and reported). Not a test.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Args;
use rusqlite::{Connection, params};
use rust_decimal::Decimal;
use time::{Date, Duration};

use kontor::core::sales::SalesCommand;
use kontor::core::{Actor, Clock, Command, execute};
use kontor::domain::sales::{LineSpec, OrderState, SalesLine, SalesOrder};
use kontor::domain::vat::VatCategory;
use kontor::domain::{Currency, StockMove};
use kontor::store::Store;

use super::erp::{add_main_location, item};
use super::sales_revenue as revenue;
use super::{Latency, SEED, group, measure, micros};

#[derive(Debug, Args)]
pub struct SalesArgs {
    /// Measure the sales figures (order entry, available-to-promise, revenue by month)
    /// against SQLite instead of the store comparison.
    #[arg(long)]
    pub sales: bool,
    /// Orders of 10 reserved lines entered, for --sales.
    #[arg(long, default_value_t = 1_000)]
    pub entry_orders: u64,
    /// Ledger moves of the ATP item, for --sales.
    #[arg(long, default_value_t = 100_000)]
    pub atp_moves: u64,
    /// Open order lines of the ATP item, for --sales.
    #[arg(long, default_value_t = 10_000)]
    pub atp_lines: u64,
    /// Order lines the revenue report sums, for --sales (10 per order).
    #[arg(long, default_value_t = 1_000_000)]
    pub revenue_lines: u64,
}

/// Items of the order-entry and revenue data.
pub(crate) const ITEMS: u64 = 1_000;
/// Lines per order.
pub(crate) const LINES: usize = 10;
/// The day the synthetic orders are entered.
pub(crate) const TODAY: Date = time::macros::date!(2026 - 01 - 05);

pub(crate) fn sqlite(path: &Path, synchronous: &str) -> Result<Connection> {
    let conn = Connection::open(path)?;
    conn.execute_batch(&format!(
        "PRAGMA locking_mode=EXCLUSIVE; PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous};
         PRAGMA cache_size=-{};
         CREATE TABLE items(id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, price INTEGER NOT NULL);
         CREATE TABLE balances(item_id INTEGER NOT NULL, location TEXT NOT NULL, quantity INTEGER NOT NULL,
             PRIMARY KEY(item_id, location)) WITHOUT ROWID;
         CREATE TABLE moves(id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL, quantity INTEGER NOT NULL,
             from_location TEXT NOT NULL, to_location TEXT NOT NULL, at INTEGER NOT NULL);
         CREATE INDEX moves_by_item ON moves(item_id, at);
         CREATE TABLE counters(name TEXT PRIMARY KEY, last INTEGER NOT NULL) WITHOUT ROWID;
         CREATE TABLE orders(id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE,
             customer_id INTEGER NOT NULL, date TEXT NOT NULL, currency TEXT NOT NULL,
             state TEXT NOT NULL);
         CREATE INDEX orders_by_customer ON orders(customer_id);
         CREATE TABLE order_lines(order_id INTEGER NOT NULL, line INTEGER NOT NULL,
             item_id INTEGER NOT NULL, quantity INTEGER NOT NULL, price INTEGER NOT NULL,
             discount INTEGER NOT NULL, due TEXT NOT NULL, cancelled INTEGER NOT NULL,
             delivered INTEGER NOT NULL, reserved INTEGER NOT NULL,
             PRIMARY KEY(order_id, line)) WITHOUT ROWID;
         CREATE INDEX order_lines_by_item ON order_lines(item_id, due, order_id);
         CREATE TABLE reservations(item_id INTEGER NOT NULL, order_id INTEGER NOT NULL,
             line INTEGER NOT NULL, quantity INTEGER NOT NULL,
             PRIMARY KEY(item_id, order_id, line)) WITHOUT ROWID;
         INSERT INTO counters VALUES ('AU', 0);",
        super::SQLITE_CACHE_KIB
    ))?;
    Ok(conn)
}

/// kontor's store with the items, a location and `per_item` of each received.
pub(crate) fn kontor_stocked(dir: &Path, items: u64, per_item: i64) -> Result<Store> {
    let store = Store::open(dir).context("opening kontor's store")?;
    let now = crate::DATED;
    store.insert_all((1..=items).map(|id| item(id, now)).collect(), &mut |_| {})?;
    store.transaction(|tx| {
        add_main_location(tx, now)?;
        for item_id in 1..=items {
            tx.post_move(&mut receipt(item_id, Decimal::from(per_item)))?;
        }
        Ok(())
    })?;
    Ok(store)
}

fn receipt(item_id: u64, quantity: Decimal) -> StockMove {
    StockMove {
        id: 0,
        item_id,
        quantity,
        from: "supplier".into(),
        to: "WH1".into(),
        at: crate::DATED,
        reference: String::new(),
        agent: "bench".into(),
        reverses: None,
    }
}

/// The SQLite side of the same items and stock.
fn sqlite_stocked(conn: &Connection, items: u64, per_item: i64) -> Result<()> {
    conn.execute_batch("BEGIN")?;
    for id in 1..=items {
        conn.execute(
            "INSERT INTO items VALUES (?1, ?2, 250)",
            params![id as i64, format!("SKU-{id:05}")],
        )?;
        conn.execute(
            "INSERT INTO balances VALUES (?1, 'WH1', ?2)",
            params![id as i64, per_item],
        )?;
    }
    conn.execute_batch("COMMIT")?;
    Ok(())
}

/// Each order's lines: (item, quantity).
fn entry_plan(orders: u64) -> Vec<Vec<(u64, i64)>> {
    let mut rng = fastrand::Rng::with_seed(SEED);
    (0..orders)
        .map(|_| {
            (0..LINES)
                .map(|_| (1 + rng.u64(0..ITEMS), rng.i64(1..6)))
                .collect()
        })
        .collect()
}

fn kontor_entry(dir: &Path, plan: &[Vec<(u64, i64)>]) -> Result<(f64, Decimal)> {
    let store = kontor_stocked(dir, ITEMS, 1_000_000)?;
    let customers: Vec<_> = (0..10).map(super::data::synthetic_customer).collect();
    let customers = store.insert_all(customers, &mut |_| {})?;
    let clock = Clock::pinned(crate::DATED);
    let actor = Actor::local("bench");
    let started = Instant::now();
    for (index, lines) in plan.iter().enumerate() {
        let add = add_confirmed(lines, customers[index % customers.len()]);
        match execute(&store, &clock, &actor, Command::Sales(add))? {
            kontor::core::Event::Sales(kontor::core::sales::SalesEvent::Order(order))
                if order.state == kontor::domain::sales::OrderState::Confirmed => {}
            _ => bail!("order add --confirm answered something else"),
        }
    }
    let rate = plan.len() as f64 / started.elapsed().as_secs_f64();
    let reserved = kontor::core::reservations::Availability::of_store(&store)?.reserved(1);
    Ok((rate, reserved))
}

/// `order add --confirm` of `lines` ((item id, quantity), by the items' SKUs) for
/// `customer` on the benchmark's day, as order entry and the invoicing bench both add it.
pub(crate) fn add_confirmed(lines: &[(u64, i64)], customer: u64) -> SalesCommand {
    let lines = lines
        .iter()
        .map(|&(item_id, quantity)| LineSpec {
            code: format!("SKU-{item_id:05}"),
            free_text: false,
            quantity: Decimal::from(quantity),
            price: None,
            discount: Decimal::ZERO,
            category: None,
        })
        .collect();
    SalesCommand::AddOrder {
        customer: customer.to_string(),
        lines,
        today: TODAY,
        reference: String::new(),
        reference_date: None,
        requested: None,
        terms: Default::default(),
        promised: None,
        confirm: true,
    }
}

fn sqlite_entry(path: &Path, synchronous: &str, plan: &[Vec<(u64, i64)>]) -> Result<(f64, i64)> {
    let mut conn = sqlite(path, synchronous)?;
    sqlite_stocked(&conn, ITEMS, 1_000_000)?;
    let started = Instant::now();
    for (index, lines) in plan.iter().enumerate() {
        let tx = conn.transaction()?;
        {
            let mut price = tx.prepare_cached("SELECT id, price FROM items WHERE sku = ?1")?;
            let mut on_hand = tx.prepare_cached(
                "SELECT COALESCE(SUM(quantity), 0) FROM balances WHERE item_id = ?1",
            )?;
            let mut reserved = tx.prepare_cached(
                "SELECT COALESCE(SUM(quantity), 0) FROM reservations WHERE item_id = ?1",
            )?;
            let mut line_insert = tx.prepare_cached(
                "INSERT INTO order_lines VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, 0, 0, ?7)",
            )?;
            let mut reserve =
                tx.prepare_cached("INSERT INTO reservations VALUES (?1, ?2, ?3, ?4)")?;
            let last: i64 = tx.query_row(
                "UPDATE counters SET last = last + 1 WHERE name = 'AU' RETURNING last",
                [],
                |row| row.get(0),
            )?;
            tx.execute(
                "INSERT INTO orders(number, customer_id, date, currency, state) VALUES (?1, ?2, ?3, 'EUR', 'confirmed')",
                params![format!("AU-2026-{last:05}"), (index % 10) as i64, TODAY.to_string()],
            )?;
            let order = tx.last_insert_rowid();
            for (number, &(item_id, quantity)) in lines.iter().enumerate() {
                let (id, cents): (i64, i64) = price
                    .query_row(params![format!("SKU-{item_id:05}")], |r| {
                        Ok((r.get(0)?, r.get(1)?))
                    })?;
                let have: i64 = on_hand.query_row(params![id], |r| r.get(0))?;
                let held: i64 = reserved.query_row(params![id], |r| r.get(0))?;
                let take = quantity.min((have - held).max(0));
                line_insert.execute(params![
                    order,
                    number as i64,
                    id,
                    quantity,
                    cents,
                    TODAY.to_string(),
                    take
                ])?;
                reserve.execute(params![id, order, number as i64, take])?;
            }
        }
        tx.commit()?;
    }
    let rate = plan.len() as f64 / started.elapsed().as_secs_f64();
    let reserved: i64 = conn.query_row(
        "SELECT SUM(quantity) FROM reservations WHERE item_id = 1",
        [],
        |r| r.get(0),
    )?;
    Ok((rate, reserved))
}

/// An order of `lines` (item, quantity, price in cents, discount %) on `date`, due `due`.
pub(crate) fn order(
    number: u64,
    date: Date,
    due: Date,
    lines: &[(u64, i64, i64, i64)],
) -> SalesOrder {
    let lines = lines
        .iter()
        .map(|&(item_id, quantity, cents, discount)| SalesLine {
            item_id: Some(item_id),
            sku: format!("SKU-{item_id:05}"),
            text: String::new(),
            quantity: Decimal::from(quantity),
            unit_price: Decimal::new(cents, 2),
            discount: Decimal::from(discount),
            category: VatCategory::Standard,
            price_rule: None,
        })
        .collect();
    let mut order = SalesOrder::open(1, date, Currency::EUR, lines, Some(due), crate::DATED);
    order.number = format!("AU-{}-{number:07}", date.year());
    order
}

/// The ATP item's moves (quantity, receipt?) and its orders (due in days, quantity,
/// reserved of it when confirmed).
struct AtpPlan {
    moves: Vec<(i64, bool)>,
    lines: Vec<(i64, i64, Option<i64>)>,
    dates: Vec<Date>,
}

fn atp_plan(moves: u64, lines: u64, queries: usize) -> AtpPlan {
    let mut rng = fastrand::Rng::with_seed(SEED);
    AtpPlan {
        moves: (0..moves).map(|i| (rng.i64(1..100), i % 3 != 2)).collect(),
        lines: (0..lines)
            .map(|i| {
                let quantity = rng.i64(1..20);
                let reserved = (i % 5 == 0).then_some(quantity / 2);
                (rng.i64(0..365), quantity, reserved)
            })
            .collect(),
        dates: (0..queries)
            .map(|_| TODAY + Duration::days(rng.i64(0..400)))
            .collect(),
    }
}

fn kontor_atp(dir: &Path, plan: &AtpPlan) -> Result<Latency> {
    let store = kontor_stocked(dir, 2, 0)?;
    for chunk in plan.moves.chunks(kontor::store::BATCH) {
        store.transaction(|tx| {
            for &(quantity, receipt) in chunk {
                let mut stock_move = self::receipt(1, Decimal::from(quantity));
                if !receipt {
                    stock_move.from = "WH1".into();
                    stock_move.to = "customer".into();
                }
                tx.post_move(&mut stock_move)?;
            }
            Ok(())
        })?;
    }
    let orders: Vec<SalesOrder> = plan
        .lines
        .iter()
        .enumerate()
        .map(|(index, &(days, quantity, reserved))| {
            let mut order = order(
                index as u64 + 1,
                TODAY,
                TODAY + Duration::days(days),
                &[(1, quantity, 250, 0), (2, 1, 250, 0)],
            );
            if let Some(reserved) = reserved {
                order.state = OrderState::Confirmed;
                order.lines[0].reserve_at("WH1", Decimal::from(reserved));
            }
            order
        })
        .collect();
    store.insert_all(orders, &mut |_| {})?;
    store.flush()?;
    measure(&plan.dates, |&date| {
        let atp = kontor::core::atp::of_item_id(&store, 1)?.on(date).atp;
        Ok(vec![atp_figure(atp)?])
    })
}

fn atp_figure(atp: Decimal) -> Result<u64> {
    i64::try_from(atp)
        .map(|v| v as u64)
        .context("ATP is not a whole number")
}

fn sqlite_atp(path: &Path, plan: &AtpPlan) -> Result<Latency> {
    let mut conn = sqlite(path, "NORMAL")?;
    sqlite_stocked(&conn, 2, 0)?;
    let tx = conn.transaction()?;
    {
        let mut insert = tx.prepare_cached(
            "INSERT INTO moves(item_id, quantity, from_location, to_location, at) VALUES (1, ?1, ?2, ?3, 0)",
        )?;
        let mut balance =
            tx.prepare_cached("UPDATE balances SET quantity = quantity + ?1 WHERE item_id = 1")?;
        for &(quantity, receipt) in &plan.moves {
            let (from, to, delta) = match receipt {
                true => ("supplier", "WH1", quantity),
                false => ("WH1", "customer", -quantity),
            };
            insert.execute(params![quantity, from, to])?;
            balance.execute(params![delta])?;
        }
        let mut header = tx.prepare_cached(
            "INSERT INTO orders(id, number, customer_id, date, currency, state) VALUES (?1, ?2, 1, ?3, 'EUR', ?4)",
        )?;
        let mut line = tx.prepare_cached(
            "INSERT INTO order_lines VALUES (?1, ?2, ?3, ?4, 250, 0, ?5, 0, 0, ?6)",
        )?;
        for (index, &(days, quantity, reserved)) in plan.lines.iter().enumerate() {
            let id = index as i64 + 1;
            let state = if reserved.is_some() {
                "confirmed"
            } else {
                "open"
            };
            let due = (TODAY + Duration::days(days)).to_string();
            header.execute(params![id, format!("AU-{id:07}"), TODAY.to_string(), state])?;
            line.execute(params![id, 0, 1, quantity, due, reserved.unwrap_or(0)])?;
            line.execute(params![id, 1, 2, 1, due, 0])?;
        }
    }
    tx.commit()?;
    let mut on_hand =
        conn.prepare("SELECT COALESCE(SUM(quantity), 0) FROM balances WHERE item_id = ?1")?;
    let mut phased = conn.prepare(
        "SELECT l.due, SUM(l.reserved), SUM(l.quantity - l.cancelled - l.delivered - l.reserved)
         FROM order_lines l JOIN orders o ON o.id = l.order_id
         WHERE l.item_id = ?1 AND o.state != 'cancelled' GROUP BY l.due ORDER BY l.due",
    )?;
    measure(&plan.dates, |&date| {
        let have: i64 = on_hand.query_row(params![1], |r| r.get(0))?;
        let day = date.to_string();
        let mut atp = have;
        let mut rows = phased.query(params![1])?;
        while let Some(row) = rows.next()? {
            let due: String = row.get(0)?;
            let reserved: i64 = row.get(1)?;
            let open: i64 = row.get(2)?;
            atp -= reserved;
            if due <= day {
                atp -= open;
            }
        }
        Ok(vec![atp as u64])
    })
}

fn millis(nanos: u64) -> f64 {
    nanos as f64 / 1e6
}

/// Runs the three sales figures and prints them side by side.
pub fn run(args: &SalesArgs, work: &Path, queries: usize) -> Result<()> {
    let plan = entry_plan(args.entry_orders);
    eprintln!("order entry: kontor ...");
    let (kontor_rate, kontor_reserved) = kontor_entry(&work.join("entry-kontor"), &plan)?;
    eprintln!("order entry: SQLite ...");
    let (full_rate, full_reserved) = sqlite_entry(&work.join("entry-full.db"), "FULL", &plan)?;
    let (normal_rate, _) = sqlite_entry(&work.join("entry-normal.db"), "NORMAL", &plan)?;
    let entry_same = kontor_reserved == Decimal::from(full_reserved);

    let atp = atp_plan(args.atp_moves, args.atp_lines, queries.min(2_000));
    eprintln!("ATP: kontor ...");
    let kontor_atp = kontor_atp(&work.join("atp-kontor"), &atp)?;
    eprintln!("ATP: SQLite ...");
    let sqlite_atp = sqlite_atp(&work.join("atp.db"), &atp)?;

    let revenue = revenue::plan(args.revenue_lines);
    eprintln!("revenue: kontor ...");
    let (by_index, by_scan) = revenue::kontor(&work.join("revenue-kontor"), &revenue)?;
    eprintln!("revenue: SQLite ...");
    let sqlite_revenue = revenue::sqlite(&work.join("revenue.db"), &revenue)?;

    println!();
    println!(
        "Sales: {} orders of {LINES} reserved lines; ATP of an item with {} moves and {} open lines; revenue over {} lines",
        group(args.entry_orders),
        group(args.atp_moves),
        group(args.atp_lines),
        group(args.revenue_lines)
    );
    println!(
        "{:<44}{:>12}{:>12}{:>9}",
        "figure", "kontor", "SQLite", "ratio"
    );
    println!(
        "{:<44}{:>12}{:>12}{:>8.2}x",
        "order entry, durable commit (orders/s)",
        group(kontor_rate as u64),
        group(full_rate as u64),
        kontor_rate / full_rate
    );
    println!(
        "{:<44}{:>12}{:>12}{:>8.2}x",
        "  SQLite synchronous=NORMAL (orders/s)",
        group(kontor_rate as u64),
        group(normal_rate as u64),
        kontor_rate / normal_rate
    );
    for (label, k, s) in [
        ("ATP p50 (µs)", kontor_atp.p50_ns, sqlite_atp.p50_ns),
        ("ATP p99 (µs)", kontor_atp.p99_ns, sqlite_atp.p99_ns),
    ] {
        println!(
            "{label:<44}{:>12.1}{:>12.1}{:>8.2}x",
            micros(k),
            micros(s),
            s as f64 / k.max(1) as f64
        );
    }
    println!(
        "{:<44}{:>12.1}{:>12.1}{:>8.2}x",
        "revenue by month, index (ms, median of 5)",
        millis(by_index.p50_ns),
        millis(sqlite_revenue.p50_ns),
        sqlite_revenue.p50_ns as f64 / by_index.p50_ns.max(1) as f64
    );
    println!(
        "{:<44}{:>12.1}{:>12.1}{:>8.2}x",
        "revenue by month, decoding every order (ms)",
        millis(by_scan.p50_ns),
        millis(sqlite_revenue.p50_ns),
        sqlite_revenue.p50_ns as f64 / by_scan.p50_ns.max(1) as f64
    );
    let same = |a: &Latency, b: &Latency| {
        if a.fingerprint == b.fingerprint {
            "same"
        } else {
            "DIFFERENT"
        }
    };
    println!(
        "figures: order entry reservations {}, ATP {}, revenue {} (index) / {} (scan)",
        if entry_same { "same" } else { "DIFFERENT" },
        same(&kontor_atp, &sqlite_atp),
        same(&by_index, &sqlite_revenue),
        same(&by_scan, &sqlite_revenue)
    );
    Ok(())
}
