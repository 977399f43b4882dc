//! Revenue by month for kontor-bench `--sales`: orders of 10 lines over 24 months (every
//! twentieth cancelled) in kontor's store and in SQLite, and the report timed on both:
//! kontor's `core::reports::monthly_revenue::revenue_report` by month (the very path of
//! `kontor report revenue --by month`: a walk of `orders.by_month`), kontor decoding
//! every order (the floor without that index), SQLite's GROUP BY over the lines joined to
//! their orders. Each returns (year, month, net in cents) so the sides compare. Not a test.

use std::path::Path;

use anyhow::{Context, Result};
use rusqlite::params;
use rust_decimal::Decimal;
use time::{Date, Duration};

use kontor::core::Actor;
use kontor::core::reports::By;
use kontor::core::reports::monthly_revenue::revenue_report;
use kontor::domain::sales::SalesOrder;
use kontor::store::Store;

use super::sales::{ITEMS, LINES, order};
use super::{Latency, SEED, measure};

/// Revenue orders: (date, lines (item, quantity, cents, discount), cancelled?).
pub(crate) type RevenueOrder = (Date, Vec<(u64, i64, i64, i64)>, bool);

pub(crate) fn plan(lines: u64) -> Vec<RevenueOrder> {
    let mut rng = fastrand::Rng::with_seed(SEED);
    let first = time::macros::date!(2025 - 01 - 01);
    (0..lines.div_ceil(LINES as u64))
        .map(|index| {
            let date = first + Duration::days(rng.i64(0..730));
            let lines = (0..LINES)
                .map(|_| {
                    (
                        1 + rng.u64(0..ITEMS),
                        rng.i64(1..11),
                        rng.i64(100..10_000),
                        [0, 5, 10][rng.usize(0..3)],
                    )
                })
                .collect();
            (date, lines, index % 20 == 19)
        })
        .collect()
}

/// (year, month, net in cents) per month, from either side.
type Months = Vec<(i32, u8, i64)>;

fn months_figure(months: &Months) -> Vec<u64> {
    months
        .iter()
        .flat_map(|&(year, month, cents)| [year as u64, u64::from(month), cents as u64])
        .collect()
}

fn cents(net: Decimal) -> Result<i64> {
    i64::try_from(net * Decimal::ONE_HUNDRED).context("net out of range")
}

pub(crate) fn kontor(dir: &Path, plan: &[RevenueOrder]) -> Result<(Latency, Latency)> {
    let store = Store::open(dir).context("opening kontor's store")?;
    let orders: Vec<SalesOrder> = plan
        .iter()
        .enumerate()
        .map(|(index, (date, lines, cancelled))| {
            let mut order = order(index as u64 + 1, *date, *date, lines);
            if *cancelled {
                let _ = order.cancel("bench");
            }
            order
        })
        .collect();
    let total = orders.len();
    let mut shown = 0;
    store.insert_all(orders, &mut |done| {
        if done >= shown + total / 10 {
            shown = done;
            eprintln!("revenue: kontor {done} of {total} orders");
        }
    })?;
    store.flush()?;
    let actor = Actor::local("bench");
    let runs: Vec<u64> = (0..5).collect();
    let index = measure(&runs, |_| {
        let rows = revenue_report(&store, &actor, By::Month, None, None)?;
        let months: Months = rows
            .into_iter()
            .map(|row| {
                let (year, month) = row.key.split_once('-').context("month key")?;
                Ok((year.parse()?, month.parse()?, cents(row.revenue)?))
            })
            .collect::<Result<_>>()?;
        Ok(months_figure(&months))
    })?;
    let scan = measure(&runs, |_| {
        let mut sums: std::collections::BTreeMap<(i32, u8), Decimal> = Default::default();
        for order in store.scan::<SalesOrder>()? {
            let order = order?;
            if let Some(net) = order.net_amount() {
                *sums
                    .entry((order.date.year(), u8::from(order.date.month())))
                    .or_default() += net;
            }
        }
        let months: Months = sums
            .into_iter()
            .map(|((year, month), net)| Ok((year, month, cents(net)?)))
            .collect::<Result<_>>()?;
        Ok(months_figure(&months))
    })?;
    Ok((index, scan))
}

pub(crate) fn sqlite(path: &Path, plan: &[RevenueOrder]) -> Result<Latency> {
    let mut conn = super::sales::sqlite(path, "NORMAL")?;
    for (chunk_index, chunk) in plan.chunks(kontor::store::BATCH).enumerate() {
        let tx = conn.transaction()?;
        {
            let mut header = tx.prepare_cached(
                "INSERT INTO orders(id, number, customer_id, date, currency, state) VALUES (?1, ?2, 1, ?3, 'EUR', ?4)",
            )?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO order_lines VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, 0)",
            )?;
            for (offset, (date, lines, cancelled)) in chunk.iter().enumerate() {
                let id = (chunk_index * kontor::store::BATCH + offset) as i64 + 1;
                let state = if *cancelled { "cancelled" } else { "open" };
                let day = date.to_string();
                header.execute(params![id, format!("AU-{id:07}"), day, state])?;
                for (number, &(item_id, quantity, cents, discount)) in lines.iter().enumerate() {
                    let gone = if *cancelled { quantity } else { 0 };
                    insert.execute(params![
                        id,
                        number as i64,
                        item_id as i64,
                        quantity,
                        cents,
                        discount,
                        day,
                        gone
                    ])?;
                }
            }
        }
        tx.commit()?;
    }
    let mut query = conn.prepare(
        "SELECT CAST(substr(o.date, 1, 4) AS INTEGER), CAST(substr(o.date, 6, 2) AS INTEGER),
                SUM(((l.quantity - l.cancelled) * l.price * (100 - l.discount) + 50) / 100)
         FROM order_lines l JOIN orders o ON o.id = l.order_id
         WHERE o.state != 'cancelled'
         GROUP BY substr(o.date, 1, 7), o.currency ORDER BY 1, 2",
    )?;
    let runs: Vec<u64> = (0..5).collect();
    measure(&runs, |_| {
        let months: Months = query
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(months_figure(&months))
    })
}
