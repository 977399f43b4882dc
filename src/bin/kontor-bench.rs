//! kontor-bench: kontor's sled store next to SQLite (and kontor on PostgreSQL), on the same
//! synthetic customers.
//!
//! In one run it generates N German-ish customers deterministically (fixed seed) and
//! measures, for kontor's store (on sled; with `--postgres URL` also on PostgreSQL, in a
//! throw-away database on that server, `pg_store.rs`) and for an equivalent SQLite schema (WAL, synchronous=NORMAL,
//! the same secondary indexes as side tables and indexes, a page cache as large as sled's,
//! exclusive locking because sled too locks its database for one process):
//!
//! 1. bulk import rate (records/s; only the store writes are timed, generation is not);
//! 2. point reads by id (a whole customer: row, phones, tags), p50/p99 and ops/s;
//! 3. phone-fragment lookups (the last 4–7 digits of an existing number): the best-ranked
//!    20 customers among the first 500 index entries, as the caller popup shows them, p50/p99;
//! 4. folded-name prefix search, first page of 20, p50/p99;
//! 5. database size on disk, and peak RSS (VmHWM): kontor runs first and its peak is read
//!    right after its import, before SQLite starts, and again at the end. SQLite's own peak
//!    is only shown with `--only sqlite` (in a shared process it would include what sled
//!    left behind);
//! 6. a backup while another thread commits edits: time, size and the longest commit
//!    (`backup.rs`), when both sides ran.
//!
//! All sides return the same customers for every query (checked, and reported), so they do
//! the same work. With `--postgres URL` it then measures PostgreSQL's two possible layouts
//! for kontor's trees, one table with a tree column against one table per tree, as raw SQL
//! over the same keys and values (`pg_schema.rs`). Run it in release mode:
//!
//! ```text
//! cargo run --release --features bench --bin kontor-bench -- --customers 1000000
//! ```
//!
//! `--tui` measures the App as `kontor` runs it (`tui.rs`); `--load --db DIR` plays many
//! agents' days over SSH on `kontor serve` (`load.rs`); `--sales` measures order entry,
//! available-to-promise and revenue by month against SQLite (`sales.rs`); `--invoices`
//! measures invoices issued per second (with and without their PDF and XML) and open items
//! and ageing over 100,000 invoices against SQLite (`invoices.rs`); `--sla` the SLA clocks
//! of a ticket with 50 pauses over a year (`sla.rs`); `--mailgate` 20 KB messages filed per
//! second through the mailgate's core path (`mailgate.rs`); `--tickets` "next ticket" over
//! 100,000 open tickets in 20 queues against SQLite (`tickets.rs`); `--segments` a segment
//! (tag + country + e-mail consent) over 1,000,000 customers against SQLite
//! (`segments.rs`); `--mailing` a mailing's messages per second to a loopback SMTP server,
//! with and without the send ledger (`mailing.rs`); `--search` the word search over
//! customers and interactions against SQLite FTS5 (`search.rs`); `--feed URL` how soon a
//! store hears another's commit on one PostgreSQL database (`feed.rs`); `--failover` the
//! time from killing a PostgreSQL primary to the first write acknowledged on its promoted
//! synchronous standby, under a write load (`failover.rs`).
//! Options: `--customers N` (200,000), `--queries Q` (10,000), `--batch B` (kontor's BATCH),
//! `--dir DIR` (where the throw-away databases go; a temporary directory by default),
//! `--only kontor|sqlite`, `--keep` (leave the databases for inspection). This is a
//! measuring tool, not a test: it asserts nothing about speed, and its numbers are only
//! comparable between runs on the same quiet machine.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use clap::{Parser, ValueEnum};
use hdrhistogram::Histogram;

use kontor::core::Actor;
use kontor::core::query::{find_by_name, find_by_phone};
use kontor::domain::Customer;
use kontor::store::{BATCH, Store};

/// The instant the synthetic records are dated and the benchmarked sessions run at: fixed,
/// so every run builds and reads the same data.
const DATED: time::OffsetDateTime = time::macros::datetime!(2026-01-05 09:00 UTC);

#[path = "kontor-bench/backup.rs"]
mod backup;
#[path = "kontor-bench/data.rs"]
mod data;
#[path = "kontor-bench/erp.rs"]
mod erp;
#[path = "kontor-bench/failover.rs"]
mod failover;
#[path = "kontor-bench/feed.rs"]
mod feed;
#[path = "kontor-bench/invoices.rs"]
mod invoices;
#[path = "kontor-bench/invoices_ageing.rs"]
mod invoices_ageing;
#[path = "kontor-bench/load.rs"]
mod load;
#[path = "kontor-bench/mailgate.rs"]
mod mailgate;
#[path = "kontor-bench/mailing.rs"]
mod mailing;
#[path = "kontor-bench/mrp.rs"]
mod mrp;
#[path = "kontor-bench/mrp_store.rs"]
mod mrp_store;
#[path = "kontor-bench/pg_schema.rs"]
mod pg_schema;
#[path = "kontor-bench/pg_store.rs"]
mod pg_store;
#[path = "kontor-bench/sales.rs"]
mod sales;
#[path = "kontor-bench/sales_revenue.rs"]
mod sales_revenue;
#[path = "kontor-bench/search.rs"]
mod search;
#[path = "kontor-bench/search_report.rs"]
mod search_report;
#[path = "kontor-bench/search_sqlite.rs"]
mod search_sqlite;
#[path = "kontor-bench/segments.rs"]
mod segments;
#[path = "kontor-bench/segments_sqlite.rs"]
mod segments_sqlite;
#[path = "kontor-bench/sla.rs"]
mod sla;
#[path = "kontor-bench/smtp_sink.rs"]
mod smtp_sink;
#[path = "kontor-bench/sqlite.rs"]
mod sqlite;
#[path = "kontor-bench/tickets.rs"]
mod tickets;
#[path = "kontor-bench/tui.rs"]
mod tui;

use data::{Workload, synthetic_customer};
use sqlite::run_sqlite;

/// sled allocates and frees a node copy per write; mimalloc does that several times faster
/// than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Seed of every random choice: the same arguments give the same data and queries.
const SEED: u64 = 0x6b6f_6e74_6f72;
/// What kontor's `search_customers` passes to `find_by_phone`: index entries read at most.
const PHONE_LIMIT: usize = 500;
/// Customers a phone lookup returns: the best-ranked page the caller popup shows.
const PHONE_PAGE: usize = 20;
/// First page of a name search.
const NAME_PAGE: usize = 20;
/// SQLite's page cache, as large as kontor's sled cache (64 MiB; negative = KiB).
const SQLITE_CACHE_KIB: i64 = 64 * 1024;

#[derive(Debug, Parser)]
#[command(
    name = "kontor-bench",
    about = "Measures kontor's store against SQLite on synthetic customers (not a test)"
)]
struct Args {
    /// Number of customers to import.
    #[arg(long, default_value_t = 200_000)]
    customers: u64,
    /// Directory for the databases (a fresh temporary directory inside it is used and removed).
    #[arg(long)]
    dir: Option<PathBuf>,
    /// Records per transaction, on both sides.
    #[arg(long, default_value_t = BATCH)]
    batch: usize,
    /// Queries per read figure.
    #[arg(long, default_value_t = 10_000)]
    queries: usize,
    /// Run one side only.
    #[arg(long, value_enum)]
    only: Option<Side>,
    /// Keep the databases afterwards (their directory is printed) for inspection.
    #[arg(long)]
    keep: bool,
    /// Stock moves for the ERP figures (0 skips them and the BOM explosion).
    #[arg(long, default_value_t = 100_000)]
    moves: u64,
    #[command(flatten)]
    tui: tui::TuiArgs,
    #[command(flatten)]
    load: load::LoadArgs,
    #[command(flatten)]
    sales: sales::SalesArgs,
    #[command(flatten)]
    invoices: invoices::InvoiceArgs,
    #[command(flatten)]
    sla: sla::SlaArgs,
    #[command(flatten)]
    mailgate: mailgate::MailgateArgs,
    #[command(flatten)]
    tickets: tickets::TicketArgs,
    #[command(flatten)]
    segments: segments::SegmentArgs,
    #[command(flatten)]
    mailing: mailing::MailingArgs,
    #[command(flatten)]
    mrp: mrp::MrpArgs,
    #[command(flatten)]
    search: search::SearchArgs,
    #[command(flatten)]
    feed: feed::FeedArgs,
    #[command(flatten)]
    postgres: pg_store::PostgresArgs,
    #[command(flatten)]
    failover: failover::FailoverArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Side {
    Kontor,
    Sqlite,
}

fn main() -> Result<()> {
    let args = Args::parse();
    if args.customers == 0 || args.batch == 0 || args.queries == 0 {
        bail!("--customers, --batch and --queries must be at least 1");
    }
    let parent = match &args.dir {
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            dir.clone()
        }
        None => std::env::temp_dir(),
    };
    let work = tempfile::Builder::new()
        .prefix("kontor-bench-")
        .tempdir_in(&parent)
        .with_context(|| format!("creating a work directory in {}", parent.display()))?;

    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let cpu = cpu_model().unwrap_or_else(|| "unknown CPU".into());
    eprintln!("work directory {}", work.path().display());
    if args.mrp.mrp {
        return mrp::run_bench(&args.mrp, work.path());
    }
    if let Some(url) = &args.feed.feed {
        return feed::run(&args.feed, url, work.path());
    }
    if args.failover.failover {
        return failover::run(&args.failover, work.path());
    }
    if args.search.search {
        return search::run(&args.search, work.path(), args.batch);
    }
    if args.tui.tui {
        return tui::run(&args.tui, args.customers, args.batch, work.path());
    }
    if args.sales.sales {
        return sales::run(&args.sales, work.path(), args.queries);
    }
    if args.sla.sla {
        return sla::run(args.queries);
    }
    if args.tickets.tickets {
        return tickets::run(&args.tickets, work.path(), args.queries);
    }
    if args.invoices.invoices {
        return invoices::run(&args.invoices, work.path(), args.queries);
    }
    if args.mailgate.mailgate {
        return mailgate::run(&args.mailgate, work.path());
    }
    if args.segments.segments {
        return segments::run(&args.segments, work.path());
    }
    if args.mailing.mailing {
        return mailing::run(&args.mailing, work.path());
    }
    if args.load.load {
        // The bench's one reading of the clock, as `main` is kontor's: the load generator
        // dates its follow-ups and acknowledgements like the server it drives.
        let clock = kontor::core::Clock::live(time::OffsetDateTime::now_utc);
        return load::run(&args.load, work.path(), clock);
    }
    eprintln!("generating {} queries ...", args.queries);
    let workload = Workload::generate(args.customers, args.queries);
    let baseline = proc_status_kb("self", "VmRSS:");

    let kontor = if args.only == Some(Side::Sqlite) {
        None
    } else {
        let dir = work.path().join("kontor");
        let store = Store::open(&dir)?;
        let size = || Ok(dir_bytes(&dir) as f64 / 1e6);
        Some(run_kontor(&args, "kontor", store, &workload, &size)?)
    };
    let on_postgres = match &args.postgres.server {
        Some(server) if args.only != Some(Side::Sqlite) => {
            let dir = work.path().join("kontor-postgres");
            Some(pg_store::run_kontor_postgres(
                &args, server, &dir, &workload,
            )?)
        }
        _ => None,
    };
    let sqlite = if args.only == Some(Side::Kontor) {
        None
    } else {
        Some(run_sqlite(
            &args,
            &work.path().join("sqlite.db"),
            &workload,
        )?)
    };
    let final_hwm = proc_status_kb("self", "VmHWM:");
    let work_path = work.path().to_path_buf();
    if args.keep {
        let kept = work.keep();
        eprintln!("kept the databases in {}", kept.display());
    }

    println!();
    println!(
        "kontor-bench: {} customers, batch {}, {} queries — {} cores, {}",
        args.customers, args.batch, args.queries, cores, cpu
    );
    println!(
        "ratio > 1 means kontor is better (rates: kontor/SQLite; times and sizes: SQLite/kontor)"
    );
    println!(
        "{:<34}{:>14}{:>14}{:>14}{:>10}",
        "figure", "kontor", "kontor/PG", "SQLite", "ratio"
    );
    let k = kontor.as_ref();
    let p = on_postgres.as_ref();
    let s = sqlite.as_ref();
    // After kontor in the same process, SQLite's peak would include what sled left behind.
    let sqlite_alone = k.is_none();
    row_rate(
        "bulk import (records/s)",
        k.map(|f| f.import_rate),
        p.map(|f| f.import_rate),
        s.map(|f| f.import_rate),
    );
    row_cost(
        "bulk import (s)",
        k.map(|f| f.import_secs),
        p.map(|f| f.import_secs),
        s.map(|f| f.import_secs),
        1,
    );
    for (label, pick) in [
        (
            "point read",
            (|f: &Figures| &f.point) as fn(&Figures) -> &Latency,
        ),
        ("phone fragment, best 20", |f: &Figures| &f.phone),
        ("name prefix, page of 20", |f: &Figures| &f.name),
    ] {
        row_rate(
            &format!("{label} (ops/s)"),
            k.map(|f| pick(f).ops_per_sec),
            p.map(|f| pick(f).ops_per_sec),
            s.map(|f| pick(f).ops_per_sec),
        );
        row_cost(
            &format!("{label} p50 (µs)"),
            k.map(|f| micros(pick(f).p50_ns)),
            p.map(|f| micros(pick(f).p50_ns)),
            s.map(|f| micros(pick(f).p50_ns)),
            1,
        );
        row_cost(
            &format!("{label} p99 (µs)"),
            k.map(|f| micros(pick(f).p99_ns)),
            p.map(|f| micros(pick(f).p99_ns)),
            s.map(|f| micros(pick(f).p99_ns)),
            1,
        );
    }
    row_cost(
        "size on disk after import (MB)",
        k.map(|f| f.disk_mb),
        p.map(|f| f.disk_mb),
        s.map(|f| f.disk_mb),
        0,
    );
    row_cost(
        "peak RSS after import (MB)",
        k.and_then(|f| f.hwm_after_import_mb),
        p.and_then(|f| f.hwm_after_import_mb),
        s.and_then(|f| f.hwm_after_import_mb)
            .filter(|_| sqlite_alone),
        0,
    );
    row_cost(
        "peak RSS whole phase (MB)",
        k.and_then(|f| f.hwm_end_mb),
        p.and_then(|f| f.hwm_end_mb),
        s.and_then(|f| f.hwm_end_mb).filter(|_| sqlite_alone),
        0,
    );
    println!();
    if let Some(f) = k {
        println!(
            "peak RSS after kontor import: {} MB (before SQLite started; process baseline {} MB)",
            show_mb(f.hwm_after_import_mb),
            show_mb(baseline.map(mb)),
        );
    }
    println!(
        "peak RSS at the end: {} MB (whole process{})",
        show_mb(final_hwm.map(mb)),
        if k.is_some() && s.is_some() {
            "; SQLite's own peak needs a separate run with --only sqlite"
        } else {
            ""
        }
    );
    for (name, figures) in [("kontor", k), ("kontor/PostgreSQL", p), ("SQLite", s)] {
        if let Some(f) = figures {
            println!(
                "{name}: {} phone hits, {} name hits in total; mean {:.1} customers per phone query",
                group(f.phone.results),
                group(f.name.results),
                f.phone.results as f64 / f.phone.queries.max(1) as f64,
            );
        }
    }
    let sides: Vec<&Figures> = [k, p, s].into_iter().flatten().collect();
    if let [first, others @ ..] = sides.as_slice()
        && !others.is_empty()
    {
        let same = others.iter().all(|other| {
            first.point.fingerprint == other.point.fingerprint
                && first.phone.fingerprint == other.phone.fingerprint
                && first.name.fingerprint == other.name.fingerprint
        });
        println!(
            "result check: {}",
            if same {
                "every store returned the same customers in the same order for every query"
            } else {
                "MISMATCH — the stores returned different customers, figures are not comparable"
            }
        );
    }
    if let Some(server) = &args.postgres.server {
        pg_schema::run(server, args.customers, args.batch, &workload)?;
    }
    if k.is_some() && s.is_some() {
        backup::run(&work_path, args.customers)?;
    }
    if args.moves > 0 {
        erp::run(&work_path, args.moves, args.batch, args.queries)?;
    }
    println!(
        "note: timings are single-threaded wall clock; other processes on the machine add noise."
    );
    Ok(())
}

/// What one side measured.
struct Figures {
    import_rate: f64,
    import_secs: f64,
    point: Latency,
    phone: Latency,
    name: Latency,
    disk_mb: f64,
    hwm_after_import_mb: Option<f64>,
    hwm_end_mb: Option<f64>,
}

/// One read figure.
struct Latency {
    p50_ns: u64,
    p99_ns: u64,
    ops_per_sec: f64,
    queries: usize,
    /// Customers returned over all queries.
    results: u64,
    /// Order-sensitive hash of the returned ids, to check both sides agree.
    fingerprint: u64,
}

/// Times `op` once per query and collects the figure; `op` returns the ids it found.
fn measure<Q>(queries: &[Q], op: impl FnMut(&Q) -> Result<Vec<u64>>) -> Result<Latency> {
    measure_after(queries, || Ok(()), op)
}

/// `measure` with `before` run untimed before each query; ops/s counts the queries' time
/// alone.
fn measure_after<Q>(
    queries: &[Q],
    mut before: impl FnMut() -> Result<()>,
    mut op: impl FnMut(&Q) -> Result<Vec<u64>>,
) -> Result<Latency> {
    let mut histogram = Histogram::<u64>::new_with_bounds(1, 600_000_000_000, 3)
        .map_err(|error| anyhow!("histogram: {error}"))?;
    let mut results = 0u64;
    let mut fingerprint = 0u64;
    let mut total_nanos = 0u64;
    for query in queries {
        before()?;
        let at = Instant::now();
        let ids = op(query)?;
        let nanos = u64::try_from(at.elapsed().as_nanos()).unwrap_or(u64::MAX);
        total_nanos = total_nanos.saturating_add(nanos);
        histogram.saturating_record(nanos.max(1));
        results += ids.len() as u64;
        let hash = ids.iter().fold(17u64, |hash, &id| {
            hash.wrapping_mul(1_000_003).wrapping_add(id)
        });
        fingerprint = fingerprint.wrapping_mul(31).wrapping_add(hash);
    }
    let total = total_nanos as f64 / 1e9;
    Ok(Latency {
        p50_ns: histogram.value_at_quantile(0.5),
        p99_ns: histogram.value_at_quantile(0.99),
        ops_per_sec: queries.len() as f64 / total.max(1e-9),
        queries: queries.len(),
        results,
        fingerprint,
    })
}

// ---------------------------------------------------------------------------------------
// kontor

/// kontor's figures on `store` (empty), named `side`; `disk_mb` tells its size after the
/// import.
fn run_kontor(
    args: &Args,
    side: &'static str,
    store: Store,
    workload: &Workload,
    disk_mb: &dyn Fn() -> Result<f64>,
) -> Result<Figures> {
    eprintln!("{side}: importing {} customers ...", args.customers);
    let mut elapsed = Duration::ZERO;
    let at = Instant::now();
    let mut bulk = store.bulk_insert::<Customer>(args.customers)?;
    elapsed += at.elapsed();
    let mut first_id = None;
    let mut batch: Vec<Customer> = Vec::with_capacity(args.batch);
    let mut next = 0u64;
    let mut progress = Progress::new(side, args.customers);
    while next < args.customers {
        let end = (next + args.batch as u64).min(args.customers);
        batch.clear();
        batch.extend((next..end).map(synthetic_customer));
        let at = Instant::now();
        bulk.write(&mut batch)?;
        elapsed += at.elapsed();
        if first_id.is_none() {
            first_id = batch.first().map(|customer| customer.id);
        }
        next = end;
        progress.show(next, elapsed);
    }
    let at = Instant::now();
    bulk.finish()?;
    elapsed += at.elapsed();
    drop(batch);
    let hwm_after_import_mb = proc_status_kb("self", "VmHWM:").map(mb);
    let import_secs = elapsed.as_secs_f64();
    eprintln!("{side}: imported in {import_secs:.1} s");
    let first_id = first_id.ok_or_else(|| anyhow!("{side} assigned no ids"))?;
    if first_id != 1 {
        eprintln!("{side}: note: ids start at {first_id}, not 1; the result check will differ");
    }
    let disk_mb = disk_mb()?;

    eprintln!("{side}: point reads ...");
    let point = measure(&workload.points, |&index| {
        let id = first_id + index;
        match store.get::<Customer>(id)? {
            Some(customer) => Ok(vec![customer.id]),
            None => bail!("{side} lost customer {id}"),
        }
    })?;
    let admin = Actor::local("bench");
    eprintln!("{side}: phone fragments ...");
    let phone = measure(&workload.phones, |query| {
        let hits = find_by_phone(&store, &admin, query, PHONE_LIMIT, PHONE_PAGE)?;
        Ok(hits.iter().map(|hit| hit.customer.id).collect())
    })?;
    eprintln!("{side}: name prefixes ...");
    let name = measure(&workload.names, |prefix| {
        let hits = find_by_name(&store, &admin, prefix, NAME_PAGE)?;
        Ok(hits.iter().map(|hit| hit.customer.id).collect())
    })?;
    let hwm_end_mb = proc_status_kb("self", "VmHWM:").map(mb);
    drop(store);
    Ok(Figures {
        import_rate: args.customers as f64 / import_secs.max(1e-9),
        import_secs,
        point,
        phone,
        name,
        disk_mb,
        hwm_after_import_mb,
        hwm_end_mb,
    })
}

// ---------------------------------------------------------------------------------------
// Output and measurements of the process

struct Progress {
    side: &'static str,
    total: u64,
    next_tenth: u64,
}

impl Progress {
    fn new(side: &'static str, total: u64) -> Progress {
        Progress {
            side,
            total,
            next_tenth: 1,
        }
    }

    fn show(&mut self, done: u64, elapsed: Duration) {
        if done * 10 >= self.next_tenth * self.total {
            eprintln!(
                "{}: {:>3}% ({} records, {:.1} s writing)",
                self.side,
                done * 100 / self.total.max(1),
                group(done),
                elapsed.as_secs_f64()
            );
            while self.next_tenth * self.total <= done * 10 {
                self.next_tenth += 1;
            }
        }
    }
}

/// A "higher is better" row: ratio kontor/SQLite.
fn row_rate(label: &str, kontor: Option<f64>, postgres: Option<f64>, sqlite: Option<f64>) {
    let show = |value: Option<f64>| value.map_or("-".into(), |v| group(v.round() as u64));
    let ratio = match (kontor, sqlite) {
        (Some(k), Some(s)) if s > 0.0 => format!("{:.2}x", k / s),
        _ => "-".into(),
    };
    println!(
        "{label:<34}{:>14}{:>14}{:>14}{ratio:>10}",
        show(kontor),
        show(postgres),
        show(sqlite)
    );
}

/// A "lower is better" row: ratio SQLite/kontor.
fn row_cost(
    label: &str,
    kontor: Option<f64>,
    postgres: Option<f64>,
    sqlite: Option<f64>,
    decimals: usize,
) {
    let show = |value: Option<f64>| value.map_or("-".into(), |v| format!("{v:.decimals$}"));
    let ratio = match (kontor, sqlite) {
        (Some(k), Some(s)) if k > 0.0 => format!("{:.2}x", s / k),
        _ => "-".into(),
    };
    println!(
        "{label:<34}{:>14}{:>14}{:>14}{ratio:>10}",
        show(kontor),
        show(postgres),
        show(sqlite)
    );
}

fn micros(nanos: u64) -> f64 {
    nanos as f64 / 1_000.0
}

fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

fn show_mb(value: Option<f64>) -> String {
    value.map_or("?".into(), |v| format!("{v:.0}"))
}

/// 1234567 → "1,234,567".
fn group(value: u64) -> String {
    let digits = value.to_string();
    let chunks: Vec<&str> = digits
        .as_bytes()
        .rchunks(3)
        .rev()
        .filter_map(|chunk| std::str::from_utf8(chunk).ok())
        .collect();
    chunks.join(",")
}

/// A "Vm…:" line of /proc/PROCESS/status (`self` or a process id), in kB.
fn proc_status_kb(process: &str, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{process}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|number| number.parse().ok())
}

fn cpu_model() -> Option<String> {
    let info = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    info.lines()
        .find(|line| line.starts_with("model name"))
        .and_then(|line| line.split_once(':'))
        .map(|(_, model)| model.trim().to_string())
}

/// Bytes of all files under `dir`.
fn dir_bytes(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|entry| match entry.metadata() {
            Ok(meta) if meta.is_dir() => dir_bytes(&entry.path()),
            Ok(meta) => meta.len(),
            Err(_) => 0,
        })
        .sum()
}
