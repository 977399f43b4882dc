//! Open items and ageing for kontor-bench `--invoices`: N invoices of 10 lines over 1,000
//! customers, issued over the year before the reporting day (due in 14 or 30 days), half
//! of them paid in full and a fifth half paid, each payment its own record allocated to
//! its invoice — the same records in kontor's store (bulk writes: invoices and payments
//! through `bulk_insert`, indexes and receivables sums included) and in SQLite (invoices,
//! payments and allocations, indexed by customer and by invoice). Building is not timed.
//! Timed: kontor's `core::receivables::ageing` (a walk of the receivables indexes) against
//! SQLite's GROUP BY of the open amounts per customer and bucket; one customer's open
//! items (`receivables::open_items`) and balance (`receivables::balance`) against SQLite's
//! SUM queries over the customer's invoices, payments and allocations. Both sides must give
//! the same figures (checked by fingerprint). No credit notes. Not a test.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use rusqlite::{Connection, params};
use rust_decimal::Decimal;
use time::{Date, Duration};

use kontor::core::Actor;
use kontor::core::receivables::{ageing, balance, open_items};
use kontor::domain::invoice::{Invoice, PaymentTerms};
use kontor::domain::payment::{Allocation, Payment};
use kontor::domain::vat::RateTable;
use kontor::domain::{Currency, Customer};
use kontor::store::{BATCH, Store};

use super::{Latency, SEED, measure};

/// Customers the invoices are spread over.
const CUSTOMERS: u64 = 1_000;
/// The reporting day of the ageing.
const AS_OF: Date = time::macros::date!(2026 - 01 - 05);

/// What one side measured.
pub(crate) struct Side {
    pub ageing: Latency,
    pub open_items: Latency,
    pub balance: Latency,
}

pub(crate) struct Receivables {
    pub kontor: Side,
    pub sqlite: Side,
    pub customers: u64,
    /// How the invoices are paid, in words.
    pub mix: String,
    /// Where kontor's ageing spends its time.
    pub breakdown: Option<String>,
}

/// How an invoice is paid.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Paid {
    Open,
    Half,
    Full,
}

/// One planned invoice: customer, issue date, due days, lines (quantity, cents), paid.
struct Planned {
    customer: u64,
    issued: Date,
    due_days: u32,
    lines: Vec<(i64, i64)>,
    paid: Paid,
}

fn planned(rng: &mut fastrand::Rng) -> Planned {
    Planned {
        customer: 1 + rng.u64(0..CUSTOMERS),
        issued: AS_OF - Duration::days(rng.i64(0..365)),
        due_days: [14, 30][rng.usize(0..2)],
        lines: (0..10)
            .map(|_| (rng.i64(1..11), rng.i64(100..10_000)))
            .collect(),
        paid: match rng.u8(0..10) {
            0..=4 => Paid::Full,
            5..=6 => Paid::Half,
            _ => Paid::Open,
        },
    }
}

/// The template invoice (issued through the real path) made over for `plan`: its seller,
/// letterhead and line texts, this customer, dates, quantities and prices, and its totals.
fn invoice_of(template: &Invoice, plan: &Planned, index: u64, buyer: &Customer) -> Result<Invoice> {
    let mut invoice = template.clone();
    invoice.id = 0;
    invoice.version = 0;
    invoice.number = format!("RE-{}-{:06}", plan.issued.year(), index + 1);
    invoice.customer_id = plan.customer;
    invoice.customer_number = buyer.number.clone();
    invoice.buyer.name = buyer.name.clone();
    invoice.issue_date = plan.issued;
    invoice.terms = PaymentTerms {
        due_days: plan.due_days,
        skonto: None,
    };
    for (line, &(quantity, cents)) in invoice.lines.iter_mut().zip(&plan.lines) {
        line.quantity = Decimal::from(quantity);
        line.unit_price = Decimal::new(cents, 2);
        line.supplied = plan.issued;
        line.delivery_id = None;
    }
    let totals = invoice.document().totals(&RateTable::GERMANY)?;
    invoice.net = totals.net;
    invoice.vat = totals.vat;
    invoice.gross = totals.gross;
    Ok(invoice)
}

fn cents(amount: Decimal) -> Result<i64> {
    i64::try_from(amount * Decimal::ONE_HUNDRED).context("amount out of range")
}

/// What a payment of `paid` puts on an invoice of `gross`.
fn paid_amount(paid: Paid, gross: Decimal) -> Decimal {
    match paid {
        Paid::Open => Decimal::ZERO,
        Paid::Half => (gross / Decimal::TWO).round_dp(2),
        Paid::Full => gross,
    }
}

/// Builds the invoices and payments on both sides.
fn build(store: &Store, conn: &mut Connection, template: &Invoice, count: u64) -> Result<()> {
    let customers: Vec<Customer> = (0..CUSTOMERS)
        .map(super::data::synthetic_customer)
        .collect();
    let ids = store.insert_all(customers.clone(), &mut |_| {})?;
    let tx = conn.transaction()?;
    for (customer, id) in customers.iter().zip(&ids) {
        tx.execute(
            "INSERT INTO customers VALUES (?1, ?2, ?3)",
            params![*id as i64, customer.number, customer.name],
        )?;
    }
    tx.commit()?;
    let mut rng = fastrand::Rng::with_seed(SEED ^ 0xa9e);
    let mut payments: Vec<Payment> = Vec::new();
    let mut bulk = store.bulk_insert::<Invoice>(count)?;
    let mut next = 0u64;
    while next < count {
        let end = (next + BATCH as u64).min(count);
        let plans: Vec<Planned> = (next..end).map(|_| planned(&mut rng)).collect();
        let mut batch = plans
            .iter()
            .zip(next..end)
            .map(|(plan, index)| {
                invoice_of(
                    template,
                    plan,
                    index,
                    &customers[plan.customer as usize - 1],
                )
            })
            .collect::<Result<Vec<_>>>()?;
        bulk.write(&mut batch)?;
        let tx = conn.transaction()?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO invoices(id, number, kind, customer_id, currency, issue_date, due, net, vat, gross)
                 VALUES (?1, ?2, 'invoice', ?3, 'EUR', ?4, ?5, ?6, ?7, ?8)",
            )?;
            for (invoice, plan) in batch.iter().zip(&plans) {
                insert.execute(params![
                    invoice.id as i64,
                    invoice.number,
                    invoice.customer_id as i64,
                    i64::from(invoice.issue_date.to_julian_day()),
                    i64::from(invoice.due_date().to_julian_day()),
                    cents(invoice.net)?,
                    cents(invoice.vat)?,
                    cents(invoice.gross)?
                ])?;
                let amount = paid_amount(plan.paid, invoice.gross);
                if amount.is_zero() {
                    continue;
                }
                payments.push(Payment {
                    id: 0,
                    number: format!("ZE-2026-{:06}", payments.len() + 1),
                    customer_id: invoice.customer_id,
                    customer_number: invoice.customer_number.clone(),
                    date: invoice.issue_date + Duration::days(10),
                    currency: Currency::EUR,
                    amount,
                    reference: invoice.number.clone(),
                    allocations: vec![Allocation {
                        invoice_id: invoice.id,
                        invoice_number: invoice.number.clone(),
                        amount,
                        skonto: Decimal::ZERO,
                        write_off: Decimal::ZERO,
                        write_off_reason: String::new(),
                    }],
                    recorded_by: "bench".into(),
                    recorded_at: crate::DATED,
                    version: 0,
                });
            }
        }
        tx.commit()?;
        next = end;
        eprintln!("ageing: {next} of {count} invoices built");
    }
    bulk.finish()?;
    let ids = store.insert_all(payments.clone(), &mut |_| {})?;
    let tx = conn.transaction()?;
    {
        let mut payment =
            tx.prepare_cached("INSERT INTO payments VALUES (?1, ?2, ?3, ?4, 'EUR', ?5)")?;
        let mut allocation =
            tx.prepare_cached("INSERT INTO allocations VALUES (?1, ?2, ?3, 0, 0)")?;
        for (record, id) in payments.iter().zip(ids) {
            let amount = cents(record.amount)?;
            let day = i64::from(record.date.to_julian_day());
            payment.execute(params![
                id as i64,
                record.number,
                record.customer_id as i64,
                day,
                amount
            ])?;
            for each in &record.allocations {
                allocation.execute(params![
                    id as i64,
                    each.invoice_id as i64,
                    cents(each.amount)?
                ])?;
            }
        }
    }
    tx.commit()?;
    conn.execute_batch("ANALYZE")?;
    store.flush()?;
    Ok(())
}

/// The figures of one ageing row: customer (0 for a total), then the five buckets and the
/// total in cents.
fn ageing_figure(rows: &[(u64, [i64; 5])]) -> Vec<u64> {
    rows.iter()
        .flat_map(|(customer, buckets)| {
            let total: i64 = buckets.iter().sum();
            std::iter::once(*customer)
                .chain(buckets.iter().map(|&b| b as u64))
                .chain(std::iter::once(total as u64))
        })
        .collect()
}

fn kontor_side(store: &Store, customers: &[u64]) -> Result<Side> {
    let actor = Actor::local("bench");
    let runs: Vec<u64> = (0..5).collect();
    let ageing = measure(&runs, |_| {
        let rows = ageing(store, &actor, AS_OF)?
            .into_iter()
            .map(|row| {
                let mut buckets = [0i64; 5];
                for (slot, amount) in buckets.iter_mut().zip(row.buckets) {
                    *slot = cents(amount)?;
                }
                Ok((row.customer.unwrap_or(0), buckets))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(ageing_figure(&rows))
    })?;
    let open_items = measure(customers, |&customer| {
        let mut figure = Vec::new();
        for item in open_items(store, &actor, customer)? {
            figure.extend([item.invoice_id, cents(item.open)? as u64]);
        }
        Ok(figure)
    })?;
    let balance = measure(customers, |&customer| {
        let mut figure = Vec::new();
        for account in balance(store, &actor, customer)? {
            figure.extend([
                cents(account.balance)? as u64,
                cents(account.open_items)? as u64,
            ]);
        }
        Ok(figure)
    })?;
    Ok(Side {
        ageing,
        open_items,
        balance,
    })
}

fn sqlite_side(conn: &Connection, customers: &[u64]) -> Result<Side> {
    let mut ageing = conn.prepare(
        "SELECT i.customer_id, c.number, c.name, i.currency,
                CASE WHEN ?1 - i.due <= 0 THEN 0 WHEN ?1 - i.due <= 30 THEN 1
                     WHEN ?1 - i.due <= 60 THEN 2 WHEN ?1 - i.due <= 90 THEN 3 ELSE 4 END AS bucket,
                SUM(i.gross - COALESCE(p.settled, 0))
         FROM invoices i
         LEFT JOIN (SELECT invoice_id, SUM(amount + skonto + write_off) AS settled
                    FROM allocations GROUP BY invoice_id) p ON p.invoice_id = i.id
         JOIN customers c ON c.id = i.customer_id
         WHERE i.kind = 'invoice' AND i.gross > COALESCE(p.settled, 0)
         GROUP BY i.customer_id, i.currency, bucket
         ORDER BY i.customer_id, i.currency, bucket",
    )?;
    let as_of = i64::from(AS_OF.to_julian_day());
    let runs: Vec<u64> = (0..5).collect();
    let ageing = measure(&runs, |_| {
        let mut rows: BTreeMap<u64, ([i64; 5], String, String)> = BTreeMap::new();
        let mut query = ageing.query(params![as_of])?;
        while let Some(row) = query.next()? {
            let customer = row.get::<_, i64>(0)? as u64;
            let slot = rows
                .entry(customer)
                .or_insert_with(|| ([0; 5], String::new(), String::new()));
            slot.1 = row.get(1)?;
            slot.2 = row.get(2)?;
            let bucket: usize = row.get::<_, i64>(4)?.try_into()?;
            slot.0[bucket] += row.get::<_, i64>(5)?;
        }
        let mut total = [0i64; 5];
        let mut found: Vec<(u64, [i64; 5])> = rows
            .into_iter()
            .map(|(customer, (buckets, _, _))| {
                for (sum, amount) in total.iter_mut().zip(buckets) {
                    *sum += amount;
                }
                (customer, buckets)
            })
            .collect();
        found.push((0, total));
        Ok(ageing_figure(&found))
    })?;
    let mut items = conn.prepare(
        "SELECT id, number, issue_date, due, gross, settled FROM (
            SELECT i.id, i.number, i.issue_date, i.due, i.gross,
                   (SELECT COALESCE(SUM(a.amount + a.skonto + a.write_off), 0)
                    FROM allocations a WHERE a.invoice_id = i.id) AS settled
            FROM invoices i WHERE i.customer_id = ?1 AND i.currency = 'EUR' AND i.kind = 'invoice')
         WHERE gross > settled ORDER BY due, number",
    )?;
    let open_items = measure(customers, |&customer| {
        let mut figure = Vec::new();
        let mut rows = items.query(params![customer as i64])?;
        while let Some(row) = rows.next()? {
            let (gross, settled): (i64, i64) = (row.get(4)?, row.get(5)?);
            let _: (String, i64, i64) = (row.get(1)?, row.get(2)?, row.get(3)?);
            figure.extend([row.get::<_, i64>(0)? as u64, (gross - settled) as u64]);
        }
        Ok(figure)
    })?;
    let mut owed = conn.prepare(
        "SELECT COUNT(*), COALESCE(SUM(gross), 0), COALESCE(SUM(MAX(gross - settled, 0)), 0) FROM (
            SELECT i.gross, (SELECT COALESCE(SUM(a.amount + a.skonto + a.write_off), 0)
                             FROM allocations a WHERE a.invoice_id = i.id) AS settled
            FROM invoices i WHERE i.customer_id = ?1 AND i.currency = 'EUR')",
    )?;
    let mut paid = conn.prepare(
        "SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM payments WHERE customer_id = ?1 AND currency = 'EUR'",
    )?;
    let balance = measure(customers, |&customer| {
        let (count, gross, open): (i64, i64, i64) = owed
            .query_row(params![customer as i64], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?;
        let (payments, paid): (i64, i64) =
            paid.query_row(params![customer as i64], |r| Ok((r.get(0)?, r.get(1)?)))?;
        // kontor has no account row for a customer without invoices or payments.
        if count == 0 && payments == 0 {
            return Ok(Vec::new());
        }
        Ok(vec![(gross - paid) as u64, open as u64])
    })?;
    Ok(Side {
        ageing,
        open_items,
        balance,
    })
}

/// Where kontor's ageing and open items spend their time: the walk of the receivables
/// indexes alone (all customers, median of 5; one customer's, p50), against the whole.
fn breakdown(store: &Store, side: &Side, customers: &[u64]) -> Result<String> {
    use kontor::store::kinds::receivable::receivable_entries;
    let runs: Vec<u64> = (0..5).collect();
    let all = measure(&runs, |_| {
        Ok(vec![receivable_entries(store, None)?.len() as u64])
    })?;
    let one = measure(customers, |&customer| {
        Ok(vec![receivable_entries(store, Some(customer))?.len() as u64])
    })?;
    Ok(format!(
        "kontor: the receivables index walk alone takes {:.1} of the ageing's {:.1} ms, {:.1} of one customer's open items' {:.1} µs (p50)",
        all.p50_ns as f64 / 1e6,
        side.ageing.p50_ns as f64 / 1e6,
        one.p50_ns as f64 / 1e3,
        side.open_items.p50_ns as f64 / 1e3,
    ))
}

/// Builds `count` invoices like `template` on both sides and measures.
pub(crate) fn run(
    kontor_dir: &Path,
    sqlite_path: &Path,
    template: &Invoice,
    count: u64,
    queries: usize,
) -> Result<Receivables> {
    let store = Store::open(kontor_dir).context("opening kontor's store")?;
    let mut conn = super::invoices::sqlite(sqlite_path, "NORMAL")?;
    let started = Instant::now();
    build(&store, &mut conn, template, count)?;
    eprintln!("ageing: built in {:.1} s", started.elapsed().as_secs_f64());
    let mut rng = fastrand::Rng::with_seed(SEED ^ 0xc0);
    let customers: Vec<u64> = (0..queries).map(|_| 1 + rng.u64(0..CUSTOMERS)).collect();
    eprintln!("ageing: kontor ...");
    let kontor = kontor_side(&store, &customers)?;
    let breakdown = breakdown(&store, &kontor, &customers)?;
    eprintln!("ageing: SQLite ...");
    let sqlite = sqlite_side(&conn, &customers)?;
    Ok(Receivables {
        kontor,
        sqlite,
        customers: CUSTOMERS,
        mix: "half paid in full, a fifth half paid, no credit notes".into(),
        breakdown: Some(breakdown),
    })
}
