//! The invoicing figures of kontor-bench (`--invoices`), kontor against SQLite on the same
//! records:
//!
//! 1. invoices issued per second: one invoice of a posted 10-line delivery note at a time,
//!    kontor through its real command (`Command::Invoice(FromDeliveries)`: the note and
//!    its order read, the note checked unbilled through `invoices.by_delivery`, the
//!    amounts from `domain::amounts`, the gapless `RE` number, the invoice with its
//!    indexes and receivables sums, the order lines' invoiced quantities, the audit entry,
//!    one flush) — alone, and with its documents: the ZUGFeRD PDF
//!    (`documents::invoice::zugferd_pdf`, which renders the CII XML inside) and the CII XML
//!    (`documents::einvoice::cii_xml`) rendered and written to files (no fsync, like
//!    `kontor invoice send`); SQLite does the same writes in one transaction per invoice
//!    at `synchronous=FULL` (delivery and its lines read, the unbilled check, the number
//!    counter, invoice + 10 line rows + the delivery's billing row inserted, 10 order
//!    lines' invoiced quantities updated) and renders no documents;
//! 2. open items and ageing over `--ageing-invoices` invoices (`invoices_ageing.rs`).
//!
//! The deliveries to bill are made before the clock starts, through the real order and
//! delivery commands. Both sides must bill the same total (checked, and reported). Not a
//! test.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Args;
use rusqlite::{Connection, OptionalExtension, params};
use rust_decimal::Decimal;

use kontor::core::delivery::DeliveryCommand;
use kontor::core::invoicing::{InvoiceCommand, view};
use kontor::core::sales::SalesEvent;
use kontor::core::{Actor, Clock, Command, Event, execute};
use kontor::documents::einvoice::{Profile, cii_xml};
use kontor::documents::invoice::zugferd_pdf;
use kontor::domain::invoice::Invoice;
use kontor::store::Store;

use super::invoices_ageing as ageing;
use super::sales::{ITEMS, LINES, TODAY, kontor_stocked};
use super::{SEED, group, micros};

#[derive(Debug, Args)]
pub struct InvoiceArgs {
    /// Measure the invoicing figures (invoices issued per second, open items and ageing)
    /// against SQLite instead of the store comparison.
    #[arg(long)]
    pub invoices: bool,
    /// Invoices of 10 lines issued per figure (issue only, issue with documents), for
    /// --invoices.
    #[arg(long, default_value_t = 500)]
    pub issue_invoices: u64,
    /// Invoices the open items and ageing are read over, for --invoices.
    #[arg(long, default_value_t = 100_000)]
    pub ageing_invoices: u64,
}

/// The unit price of every item (`erp::item`), in cents.
const PRICE_CENTS: i64 = 250;

/// Each invoice's delivered lines: (item, quantity).
fn plan(invoices: u64) -> Vec<Vec<(u64, i64)>> {
    let mut rng = fastrand::Rng::with_seed(SEED ^ 0x1e);
    (0..invoices)
        .map(|_| {
            (0..LINES)
                .map(|_| (1 + rng.u64(0..ITEMS), rng.i64(1..6)))
                .collect()
        })
        .collect()
}

/// What kontor measured: invoices/s without and with documents, the gross billed in
/// cents, bytes of documents written, and the first invoice (the template of the ageing
/// data).
struct KontorIssue {
    issue_rate: f64,
    documents_rate: f64,
    gross_cents: i64,
    document_bytes: u64,
    template: Invoice,
}

/// Confirms and delivers one order per plan entry; the delivery notes' numbers.
fn delivered(
    store: &Store,
    clock: &Clock,
    actor: &Actor,
    plan: &[Vec<(u64, i64)>],
) -> Result<Vec<String>> {
    let customers: Vec<_> = (0..10).map(super::data::synthetic_customer).collect();
    let customers = store.insert_all(customers, &mut |_| {})?;
    let mut notes = Vec::with_capacity(plan.len());
    for (index, lines) in plan.iter().enumerate() {
        let add = super::sales::add_confirmed(lines, customers[index % customers.len()]);
        let order = match execute(store, clock, actor, Command::Sales(add))? {
            Event::Sales(SalesEvent::Order(order)) => order.number,
            _ => bail!("order add --confirm answered something else"),
        };
        let deliver = DeliveryCommand::Deliver {
            order,
            lines: Vec::new(),
            today: TODAY,
        };
        match execute(store, clock, actor, Command::Deliver(deliver))? {
            Event::Delivered(delivery) => notes.push(delivery.note.number),
            _ => bail!("delivery answered something else"),
        }
    }
    Ok(notes)
}

fn issue(store: &Store, clock: &Clock, actor: &Actor, note: &str) -> Result<Invoice> {
    let command = InvoiceCommand::FromDeliveries {
        deliveries: vec![note.to_string()],
        today: TODAY,
    };
    match execute(store, clock, actor, Command::Invoice(command))? {
        Event::Invoiced(invoice) => Ok(*invoice),
        _ => bail!("invoice add answered something else"),
    }
}

fn cents(amount: Decimal) -> Result<i64> {
    i64::try_from(amount * Decimal::ONE_HUNDRED).context("amount out of range")
}

/// Issues invoices of the first half of the notes alone and of the second half with their
/// documents written into `files`.
fn kontor_issue(dir: &Path, files: &Path, plan: &[Vec<(u64, i64)>]) -> Result<KontorIssue> {
    let store = kontor_stocked(dir, ITEMS, 1_000_000)?;
    let clock = Clock::pinned(crate::DATED);
    let actor = Actor::local("bench");
    kontor::core::demo_story::letterhead(&store, &clock, &actor)?;
    let notes = delivered(&store, &clock, &actor, plan)?;
    let (alone, with_documents) = notes.split_at(notes.len() / 2);
    let mut gross_cents = 0;
    let started = Instant::now();
    let mut template = None;
    for note in alone {
        let invoice = issue(&store, &clock, &actor, note)?;
        gross_cents += cents(invoice.gross)?;
        template.get_or_insert(invoice);
    }
    let issue_rate = alone.len() as f64 / started.elapsed().as_secs_f64();
    std::fs::create_dir_all(files)?;
    let mut document_bytes = 0;
    let started = Instant::now();
    for note in with_documents {
        let invoice = issue(&store, &clock, &actor, note)?;
        gross_cents += cents(invoice.gross)?;
        let shown = view(&store, invoice)?;
        let pdf = zugferd_pdf(&shown.invoice, &shown.totals)?;
        let xml = cii_xml(&shown.invoice, &shown.totals, Profile::En16931)?;
        let number = &shown.invoice.number;
        std::fs::write(files.join(format!("{number}.pdf")), &pdf)?;
        std::fs::write(files.join(format!("{number}.xml")), xml.as_bytes())?;
        document_bytes += (pdf.len() + xml.len()) as u64;
    }
    let documents_rate = with_documents.len() as f64 / started.elapsed().as_secs_f64();
    Ok(KontorIssue {
        issue_rate,
        documents_rate,
        gross_cents,
        document_bytes,
        template: template.context("no invoice issued")?,
    })
}

const SCHEMA: &str = "
CREATE TABLE counters(name TEXT PRIMARY KEY, last INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE order_lines(order_id INTEGER NOT NULL, line INTEGER NOT NULL,
    item_id INTEGER NOT NULL, quantity INTEGER NOT NULL, price INTEGER NOT NULL,
    discount INTEGER NOT NULL, delivered INTEGER NOT NULL, invoiced INTEGER NOT NULL,
    PRIMARY KEY(order_id, line)) WITHOUT ROWID;
CREATE TABLE deliveries(id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE,
    order_id INTEGER NOT NULL, customer_id INTEGER NOT NULL, state TEXT NOT NULL,
    posted INTEGER NOT NULL);
CREATE TABLE delivery_lines(delivery_id INTEGER NOT NULL, line INTEGER NOT NULL,
    quantity INTEGER NOT NULL, PRIMARY KEY(delivery_id, line)) WITHOUT ROWID;
CREATE TABLE customers(id INTEGER PRIMARY KEY, number TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE invoices(id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL, customer_id INTEGER NOT NULL, currency TEXT NOT NULL,
    issue_date INTEGER NOT NULL, due INTEGER NOT NULL, net INTEGER NOT NULL,
    vat INTEGER NOT NULL, gross INTEGER NOT NULL, corrects INTEGER);
CREATE INDEX invoices_by_customer ON invoices(customer_id, currency);
CREATE INDEX invoices_by_date ON invoices(issue_date);
CREATE INDEX invoices_by_corrects ON invoices(corrects);
CREATE TABLE invoice_lines(invoice_id INTEGER NOT NULL, line INTEGER NOT NULL,
    order_id INTEGER NOT NULL, order_line INTEGER NOT NULL, delivery_id INTEGER NOT NULL,
    item_id INTEGER NOT NULL, quantity INTEGER NOT NULL, price INTEGER NOT NULL,
    discount INTEGER NOT NULL, net INTEGER NOT NULL,
    PRIMARY KEY(invoice_id, line)) WITHOUT ROWID;
CREATE TABLE invoice_deliveries(delivery_id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL);
CREATE TABLE payments(id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL, date INTEGER NOT NULL, currency TEXT NOT NULL,
    amount INTEGER NOT NULL);
CREATE INDEX payments_by_customer ON payments(customer_id, currency);
CREATE TABLE allocations(payment_id INTEGER NOT NULL, invoice_id INTEGER NOT NULL,
    amount INTEGER NOT NULL, skonto INTEGER NOT NULL, write_off INTEGER NOT NULL,
    PRIMARY KEY(payment_id, invoice_id)) WITHOUT ROWID;
CREATE INDEX allocations_by_invoice ON allocations(invoice_id, amount, skonto, write_off);
INSERT INTO counters VALUES ('RE', 0);
";

/// A SQLite database with the invoicing schema.
pub(crate) fn sqlite(path: &Path, synchronous: &str) -> Result<Connection> {
    let conn = Connection::open(path)?;
    conn.execute_batch(&format!(
        "PRAGMA locking_mode=EXCLUSIVE; PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous};
         PRAGMA cache_size=-{};",
        super::SQLITE_CACHE_KIB
    ))?;
    conn.execute_batch(SCHEMA)?;
    Ok(conn)
}

/// SQLite's invoices/s and the gross billed in cents.
fn sqlite_issue(path: &Path, plan: &[Vec<(u64, i64)>]) -> Result<(f64, i64)> {
    let mut conn = sqlite(path, "FULL")?;
    let tx = conn.transaction()?;
    {
        let mut line =
            tx.prepare("INSERT INTO order_lines VALUES (?1, ?2, ?3, ?4, ?5, 0, ?4, 0)")?;
        let mut note = tx.prepare("INSERT INTO deliveries VALUES (?1, ?2, ?1, ?3, 'posted', 0)")?;
        let mut note_line = tx.prepare("INSERT INTO delivery_lines VALUES (?1, ?2, ?3)")?;
        for (index, lines) in plan.iter().enumerate() {
            let id = index as i64 + 1;
            note.execute(params![id, format!("LS-2026-{id:05}"), id % 10])?;
            for (number, &(item_id, quantity)) in lines.iter().enumerate() {
                line.execute(params![
                    id,
                    number as i64 + 1,
                    item_id as i64,
                    quantity,
                    PRICE_CENTS
                ])?;
                note_line.execute(params![id, number as i64 + 1, quantity])?;
            }
        }
    }
    tx.commit()?;
    // The setup's pages leave the WAL before the clock starts, as kontor's setup is flushed.
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    let day = i64::from(TODAY.to_julian_day());
    let mut gross_total = 0;
    let started = Instant::now();
    for index in 0..plan.len() {
        let number = format!("LS-2026-{:05}", index + 1);
        let tx = conn.transaction()?;
        {
            let mut read_note = tx.prepare_cached(
                "SELECT id, order_id, customer_id, state FROM deliveries WHERE number = ?1",
            )?;
            let mut billed = tx.prepare_cached(
                "SELECT invoice_id FROM invoice_deliveries WHERE delivery_id = ?1",
            )?;
            let mut lines = tx.prepare_cached(
                "SELECT d.line, d.quantity, o.item_id, o.price, o.discount FROM delivery_lines d
                 JOIN order_lines o ON o.order_id = ?2 AND o.line = d.line
                 WHERE d.delivery_id = ?1 ORDER BY d.line",
            )?;
            let mut insert_line = tx.prepare_cached(
                "INSERT INTO invoice_lines VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            let mut invoiced = tx.prepare_cached(
                "UPDATE order_lines SET invoiced = invoiced + ?3 WHERE order_id = ?1 AND line = ?2",
            )?;
            let (note_id, order_id, customer, state): (i64, i64, i64, String) = read_note
                .query_row(params![number], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })?;
            if state != "posted" {
                bail!("SQLite: {number} is not posted");
            }
            if billed
                .query_row(params![note_id], |r| r.get::<_, i64>(0))
                .optional()?
                .is_some()
            {
                bail!("SQLite: {number} is billed already");
            }
            let rows: Vec<(i64, i64, i64, i64, i64)> = lines
                .query_map(params![note_id, order_id], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
                })?
                .collect::<rusqlite::Result<_>>()?;
            let nets: Vec<i64> = rows
                .iter()
                .map(|&(_, quantity, _, price, discount)| {
                    (quantity * price * (100 - discount) + 50) / 100
                })
                .collect();
            let net: i64 = nets.iter().sum();
            let vat = (net * 19 + 50) / 100;
            let last: i64 = tx.query_row(
                "UPDATE counters SET last = last + 1 WHERE name = 'RE' RETURNING last",
                [],
                |row| row.get(0),
            )?;
            tx.execute(
                "INSERT INTO invoices(number, kind, customer_id, currency, issue_date, due, net, vat, gross)
                 VALUES (?1, 'invoice', ?2, 'EUR', ?3, ?4, ?5, ?6, ?7)",
                params![format!("RE-2026-{last:05}"), customer, day, day + 14, net, vat, net + vat],
            )?;
            let invoice = tx.last_insert_rowid();
            for (&(line, quantity, item, price, discount), net) in rows.iter().zip(&nets) {
                insert_line.execute(params![
                    invoice, line, order_id, line, note_id, item, quantity, price, discount, net
                ])?;
                invoiced.execute(params![order_id, line, quantity])?;
            }
            tx.execute(
                "INSERT INTO invoice_deliveries VALUES (?1, ?2)",
                params![note_id, invoice],
            )?;
            gross_total += net + vat;
        }
        tx.commit()?;
    }
    Ok((
        plan.len() as f64 / started.elapsed().as_secs_f64(),
        gross_total,
    ))
}

fn millis(nanos: u64) -> f64 {
    nanos as f64 / 1e6
}

/// Runs the invoicing figures and prints them side by side.
pub fn run(args: &InvoiceArgs, work: &Path, queries: usize) -> Result<()> {
    if args.issue_invoices == 0 || args.ageing_invoices == 0 {
        bail!("--issue-invoices and --ageing-invoices must be at least 1");
    }
    let plan = plan(args.issue_invoices * 2);
    eprintln!("issue: kontor (ordering and delivering first) ...");
    let kontor = kontor_issue(&work.join("issue-kontor"), &work.join("documents"), &plan)?;
    eprintln!("issue: SQLite ...");
    let (sqlite_rate, sqlite_gross) = sqlite_issue(&work.join("issue.db"), &plan)?;

    eprintln!(
        "ageing: building {} invoices on both sides ...",
        group(args.ageing_invoices)
    );
    let receivables = ageing::run(
        &work.join("ageing-kontor"),
        &work.join("ageing.db"),
        &kontor.template,
        args.ageing_invoices,
        queries.min(2_000),
    )?;

    println!();
    println!(
        "Invoicing: {} invoices of {LINES} delivered lines per issue figure; open items and ageing over {} invoices of {} customers ({})",
        group(args.issue_invoices),
        group(args.ageing_invoices),
        group(receivables.customers),
        receivables.mix
    );
    println!(
        "{:<48}{:>12}{:>12}{:>9}",
        "figure", "kontor", "SQLite", "ratio"
    );
    let rate = |label: &str, k: f64, s: f64| {
        println!(
            "{label:<48}{:>12}{:>12}{:>8.2}x",
            group(k as u64),
            group(s as u64),
            k / s
        );
    };
    rate(
        "invoices issued, durable (invoices/s)",
        kontor.issue_rate,
        sqlite_rate,
    );
    rate(
        "  with ZUGFeRD PDF + CII XML written (inv./s)",
        kontor.documents_rate,
        sqlite_rate,
    );
    let cost = |label: &str, k: f64, s: f64| {
        println!("{label:<48}{k:>12.1}{s:>12.1}{:>8.2}x", s / k.max(1e-9));
    };
    let (k, s) = (&receivables.kontor, &receivables.sqlite);
    cost(
        "ageing, all customers (ms, median of 5)",
        millis(k.ageing.p50_ns),
        millis(s.ageing.p50_ns),
    );
    cost(
        "open items of a customer p50 (µs)",
        micros(k.open_items.p50_ns),
        micros(s.open_items.p50_ns),
    );
    cost(
        "open items of a customer p99 (µs)",
        micros(k.open_items.p99_ns),
        micros(s.open_items.p99_ns),
    );
    cost(
        "balance of a customer p50 (µs)",
        micros(k.balance.p50_ns),
        micros(s.balance.p50_ns),
    );
    cost(
        "balance of a customer p99 (µs)",
        micros(k.balance.p99_ns),
        micros(s.balance.p99_ns),
    );
    let same = |a: u64, b: u64| if a == b { "same" } else { "DIFFERENT" };
    println!(
        "documents: {} KB per invoice (PDF/A-3 with factur-x.xml, and the XML), written without fsync; SQLite renders no documents",
        kontor.document_bytes / args.issue_invoices.max(1) / 1_000
    );
    println!(
        "figures: gross billed {} ({} / {} cents), ageing {}, open items {}, balances {}",
        same(kontor.gross_cents as u64, sqlite_gross as u64),
        group(kontor.gross_cents as u64),
        group(sqlite_gross as u64),
        same(k.ageing.fingerprint, s.ageing.fingerprint),
        same(k.open_items.fingerprint, s.open_items.fingerprint),
        same(k.balance.fingerprint, s.balance.fingerprint),
    );
    if let Some(breakdown) = &receivables.breakdown {
        println!("{breakdown}");
    }
    Ok(())
}
