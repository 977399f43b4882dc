//! kontor-bench: kontor's sled store next to SQLite, on the same synthetic customers.
//!
//! In one run it generates N German-ish customers deterministically (fixed seed) and
//! measures, for kontor's store and for an equivalent SQLite schema (WAL, synchronous=NORMAL,
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
//!    left behind).
//!
//! Both sides return the same customers for every query (checked, and reported), so they do
//! the same work. Run it in release mode:
//!
//! ```text
//! cargo run --release --features bench --bin kontor-bench -- --customers 1000000
//! ```
//!
//! Options: `--customers N` (200,000), `--queries Q` (10,000), `--batch B` (kontor's BATCH),
//! `--dir DIR` (where the throw-away databases go; a temporary directory by default),
//! `--only kontor|sqlite`, `--keep` (leave the databases for inspection). This is a
//! measuring tool, not a test: it asserts nothing about speed, and its numbers are only
//! comparable between runs on the same quiet machine.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use clap::{Parser, ValueEnum};
use hdrhistogram::Histogram;
use rusqlite::{Connection, OptionalExtension, Row, Statement, params};
use time::OffsetDateTime;
use time::macros::datetime;

use kontor::core::Actor;
use kontor::core::query::{find_by_name, find_by_phone};
use kontor::domain::fold::{fold, word_starts};
use kontor::domain::phone::PhoneQuery;
use kontor::domain::{Address, Country, Customer, CustomerKind, CustomerStatus, Phone};
use kontor::store::{BATCH, Store};

#[path = "kontor-bench/erp.rs"]
mod erp;
#[path = "kontor-bench/tui.rs"]
mod tui;

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
    if args.tui.tui {
        return tui::run(&args.tui, args.customers, args.batch, work.path());
    }
    eprintln!("generating {} queries ...", args.queries);
    let workload = Workload::generate(args.customers, args.queries);
    let baseline = proc_status_kb("VmRSS:");

    let kontor = if args.only == Some(Side::Sqlite) {
        None
    } else {
        Some(run_kontor(&args, &work.path().join("kontor"), &workload)?)
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
    let final_hwm = proc_status_kb("VmHWM:");
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
        "{:<34}{:>14}{:>14}{:>10}",
        "figure", "kontor", "SQLite", "ratio"
    );
    let k = kontor.as_ref();
    let s = sqlite.as_ref();
    // After kontor in the same process, SQLite's peak would include what sled left behind.
    let sqlite_alone = k.is_none();
    row_rate(
        "bulk import (records/s)",
        k.map(|f| f.import_rate),
        s.map(|f| f.import_rate),
    );
    row_cost(
        "bulk import (s)",
        k.map(|f| f.import_secs),
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
            s.map(|f| pick(f).ops_per_sec),
        );
        row_cost(
            &format!("{label} p50 (µs)"),
            k.map(|f| micros(pick(f).p50_ns)),
            s.map(|f| micros(pick(f).p50_ns)),
            1,
        );
        row_cost(
            &format!("{label} p99 (µs)"),
            k.map(|f| micros(pick(f).p99_ns)),
            s.map(|f| micros(pick(f).p99_ns)),
            1,
        );
    }
    row_cost(
        "size on disk after import (MB)",
        k.map(|f| f.disk_mb),
        s.map(|f| f.disk_mb),
        0,
    );
    row_cost(
        "peak RSS after import (MB)",
        k.and_then(|f| f.hwm_after_import_mb),
        s.and_then(|f| f.hwm_after_import_mb)
            .filter(|_| sqlite_alone),
        0,
    );
    row_cost(
        "peak RSS whole phase (MB)",
        k.and_then(|f| f.hwm_end_mb),
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
    for (name, figures) in [("kontor", k), ("SQLite", s)] {
        if let Some(f) = figures {
            println!(
                "{name}: {} phone hits, {} name hits in total; mean {:.1} customers per phone query",
                group(f.phone.results),
                group(f.name.results),
                f.phone.results as f64 / f.phone.queries.max(1) as f64,
            );
        }
    }
    if let (Some(k), Some(s)) = (k, s) {
        let same = k.point.fingerprint == s.point.fingerprint
            && k.phone.fingerprint == s.phone.fingerprint
            && k.name.fingerprint == s.name.fingerprint;
        println!(
            "result check: {}",
            if same {
                "both stores returned the same customers in the same order for every query"
            } else {
                "MISMATCH — the stores returned different customers, figures are not comparable"
            }
        );
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
fn measure<Q>(queries: &[Q], mut op: impl FnMut(&Q) -> Result<Vec<u64>>) -> Result<Latency> {
    let mut histogram = Histogram::<u64>::new_with_bounds(1, 600_000_000_000, 3)
        .map_err(|error| anyhow!("histogram: {error}"))?;
    let mut results = 0u64;
    let mut fingerprint = 0u64;
    let started = Instant::now();
    for query in queries {
        let at = Instant::now();
        let ids = op(query)?;
        let nanos = u64::try_from(at.elapsed().as_nanos()).unwrap_or(u64::MAX);
        histogram.saturating_record(nanos.max(1));
        results += ids.len() as u64;
        let hash = ids.iter().fold(17u64, |hash, &id| {
            hash.wrapping_mul(1_000_003).wrapping_add(id)
        });
        fingerprint = fingerprint.wrapping_mul(31).wrapping_add(hash);
    }
    let total = started.elapsed().as_secs_f64();
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

fn run_kontor(args: &Args, dir: &Path, workload: &Workload) -> Result<Figures> {
    eprintln!("kontor: importing {} customers ...", args.customers);
    let store = Store::open(dir)?;
    let mut elapsed = Duration::ZERO;
    let at = Instant::now();
    let mut bulk = store.bulk_insert::<Customer>(args.customers)?;
    elapsed += at.elapsed();
    let mut first_id = None;
    let mut batch: Vec<Customer> = Vec::with_capacity(args.batch);
    let mut next = 0u64;
    let mut progress = Progress::new("kontor", args.customers);
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
    let hwm_after_import_mb = proc_status_kb("VmHWM:").map(mb);
    let import_secs = elapsed.as_secs_f64();
    eprintln!("kontor: imported in {import_secs:.1} s");
    let first_id = first_id.ok_or_else(|| anyhow!("kontor assigned no ids"))?;
    if first_id != 1 {
        eprintln!("kontor: note: ids start at {first_id}, not 1; the result check will differ");
    }
    let disk_mb = dir_bytes(dir) as f64 / 1e6;

    eprintln!("kontor: point reads ...");
    let point = measure(&workload.points, |&index| {
        let id = first_id + index;
        match store.get::<Customer>(id)? {
            Some(customer) => Ok(vec![customer.id]),
            None => bail!("kontor lost customer {id}"),
        }
    })?;
    let admin = Actor::local("bench");
    eprintln!("kontor: phone fragments ...");
    let phone = measure(&workload.phones, |query| {
        let hits = find_by_phone(&store, &admin, query, PHONE_LIMIT, PHONE_PAGE)?;
        Ok(hits.iter().map(|hit| hit.customer.id).collect())
    })?;
    eprintln!("kontor: name prefixes ...");
    let name = measure(&workload.names, |prefix| {
        let hits = find_by_name(&store, &admin, prefix, NAME_PAGE)?;
        Ok(hits.iter().map(|hit| hit.customer.id).collect())
    })?;
    let hwm_end_mb = proc_status_kb("VmHWM:").map(mb);
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
// SQLite

const SCHEMA: &str = "
CREATE TABLE customers(
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    name TEXT NOT NULL,
    folded_name TEXT NOT NULL,
    status INTEGER NOT NULL,
    owner TEXT NOT NULL,
    email TEXT NOT NULL,
    notes TEXT NOT NULL,
    street TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    region TEXT NOT NULL,
    country TEXT,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX customers_by_status ON customers(status);
CREATE INDEX customers_by_owner ON customers(owner);
CREATE INDEX customers_by_email ON customers(email);
CREATE TABLE customer_phones(
    customer_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    raw TEXT NOT NULL,
    e164 TEXT NOT NULL,
    reversed_digits BLOB NOT NULL,
    PRIMARY KEY(customer_id, seq)
) WITHOUT ROWID;
CREATE INDEX customer_phones_by_digits ON customer_phones(reversed_digits);
CREATE TABLE customer_tags(
    customer_id INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY(customer_id, tag)
) WITHOUT ROWID;
CREATE INDEX customer_tags_by_tag ON customer_tags(tag);
CREATE TABLE customer_names(
    folded_suffix BLOB NOT NULL,
    customer_id INTEGER NOT NULL,
    PRIMARY KEY(folded_suffix, customer_id)
) WITHOUT ROWID;
";

const CUSTOMER_COLUMNS: &str = "c.id, c.kind, c.name, c.folded_name, c.status, c.owner, \
    c.email, c.notes, c.street, c.postal_code, c.city, c.region, c.country, c.created, \
    c.updated, c.version";

fn run_sqlite(args: &Args, path: &Path, workload: &Workload) -> Result<Figures> {
    eprintln!("SQLite: importing {} customers ...", args.customers);
    let conn = Connection::open(path)?;
    conn.execute_batch(&format!(
        "PRAGMA locking_mode=EXCLUSIVE; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; \
         PRAGMA cache_size=-{SQLITE_CACHE_KIB};"
    ))?;
    conn.execute_batch(SCHEMA)?;
    let import_secs = sqlite_import(&conn, args)?;
    let hwm_after_import_mb = proc_status_kb("VmHWM:").map(mb);
    eprintln!("SQLite: imported in {import_secs:.1} s");
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
    let disk_mb = sqlite_bytes(path) as f64 / 1e6;

    let mut reader = SqlReader::new(&conn)?;
    eprintln!("SQLite: point reads ...");
    let point = measure(&workload.points, |&index| {
        let id = index + 1;
        match reader.get(id)? {
            Some(customer) => Ok(vec![customer.id]),
            None => bail!("SQLite lost customer {id}"),
        }
    })?;
    eprintln!("SQLite: phone fragments ...");
    let phone = measure(&workload.phones, |query| {
        let hits = reader.find_by_phone(query)?;
        Ok(hits.iter().map(|(_, customer)| customer.id).collect())
    })?;
    eprintln!("SQLite: name prefixes ...");
    let name = measure(&workload.names, |prefix| {
        let hits = reader.find_by_name(prefix, NAME_PAGE)?;
        Ok(hits.iter().map(|(_, customer)| customer.id).collect())
    })?;
    let hwm_end_mb = proc_status_kb("VmHWM:").map(mb);
    drop(reader);
    conn.close().map_err(|(_, error)| error)?;
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

/// Imports the customers (ids 1..=N), one transaction per batch; returns the seconds spent
/// writing.
fn sqlite_import(conn: &Connection, args: &Args) -> Result<f64> {
    let mut customers = conn.prepare(
        "INSERT INTO customers(id, kind, name, folded_name, status, owner, email, notes, street, \
         postal_code, city, region, country, created, updated, version) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?;
    let mut phones = conn.prepare(
        "INSERT INTO customer_phones(customer_id, seq, raw, e164, reversed_digits) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut tags = conn.prepare("INSERT INTO customer_tags(customer_id, tag) VALUES (?1, ?2)")?;
    let mut names =
        conn.prepare("INSERT INTO customer_names(folded_suffix, customer_id) VALUES (?1, ?2)")?;
    let no_address = Address::default();
    let mut elapsed = Duration::ZERO;
    let mut batch: Vec<Customer> = Vec::with_capacity(args.batch);
    let mut next = 0u64;
    let mut progress = Progress::new("SQLite", args.customers);
    while next < args.customers {
        let end = (next + args.batch as u64).min(args.customers);
        batch.clear();
        batch.extend((next..end).map(|index| {
            let mut customer = synthetic_customer(index);
            customer.id = index + 1;
            customer.version = 1;
            customer
        }));
        let at = Instant::now();
        conn.execute_batch("BEGIN")?;
        for customer in &batch {
            let id = i64::try_from(customer.id)?;
            let folded = fold(&customer.name);
            let address = customer.addresses.first().unwrap_or(&no_address);
            customers.execute(params![
                id,
                kind_number(customer.kind),
                customer.name,
                folded,
                customer.status as u8,
                customer.owner,
                customer.emails.first().map_or("", String::as_str),
                customer.notes,
                address.street,
                address.postal_code,
                address.city,
                address.region,
                address.country.as_ref().map(Country::code),
                nanos(customer.created)?,
                nanos(customer.updated)?,
                i64::try_from(customer.version)?,
            ])?;
            for (seq, phone) in customer.phones.iter().enumerate() {
                phones.execute(params![
                    id,
                    seq as i64,
                    phone.raw,
                    phone.e164,
                    phone.reversed_digits().into_bytes()
                ])?;
            }
            for tag in &customer.tags {
                tags.execute(params![id, tag])?;
            }
            let mut suffixes: Vec<&str> = word_starts(&folded)
                .into_iter()
                .filter_map(|start| folded.get(start..))
                .collect();
            suffixes.sort_unstable();
            suffixes.dedup();
            for suffix in suffixes {
                names.execute(params![suffix.as_bytes(), id])?;
            }
        }
        conn.execute_batch("COMMIT")?;
        elapsed += at.elapsed();
        next = end;
        progress.show(next, elapsed);
    }
    Ok(elapsed.as_secs_f64())
}

/// Prepared read statements; each read returns whole customers like kontor's.
struct SqlReader<'c> {
    customer: Statement<'c>,
    phones: Statement<'c>,
    tags: Statement<'c>,
    by_phone: Statement<'c>,
    by_name: Statement<'c>,
}

impl<'c> SqlReader<'c> {
    fn new(conn: &'c Connection) -> Result<SqlReader<'c>> {
        Ok(SqlReader {
            customer: conn.prepare(&format!(
                "SELECT {CUSTOMER_COLUMNS} FROM customers c WHERE c.id = ?1"
            ))?,
            phones: conn.prepare(
                "SELECT raw, e164 FROM customer_phones WHERE customer_id = ?1 ORDER BY seq",
            )?,
            tags: conn.prepare("SELECT tag FROM customer_tags WHERE customer_id = ?1")?,
            by_phone: conn.prepare(&format!(
                "SELECT p.reversed_digits, p.customer_id FROM customer_phones p \
                 WHERE p.reversed_digits >= ?1 AND p.reversed_digits < ?2 \
                 ORDER BY p.reversed_digits, p.customer_id LIMIT {PHONE_LIMIT}"
            ))?,
            by_name: conn.prepare(&format!(
                "SELECT {CUSTOMER_COLUMNS} FROM customer_names n JOIN customers c \
                 ON c.id = n.customer_id WHERE n.folded_suffix >= ?1 AND n.folded_suffix < ?2 \
                 ORDER BY n.folded_suffix, n.customer_id"
            ))?,
        })
    }

    fn get(&mut self, id: u64) -> Result<Option<Customer>> {
        let found = self
            .customer
            .query_row(params![i64::try_from(id)?], |row| Ok(read_customer(row)))
            .optional()?;
        match found {
            Some(read) => {
                let (mut customer, _) = read?;
                load_children(&mut self.phones, &mut self.tags, &mut customer)?;
                Ok(Some(customer))
            }
            None => Ok(None),
        }
    }

    /// Like `find_by_phone`: the first `PHONE_LIMIT` index rows of the prefix, ranked from
    /// the number in the (covering) index, then the best `PHONE_PAGE` customers read whole.
    fn find_by_phone(&mut self, query: &PhoneQuery) -> Result<Vec<(u8, Customer)>> {
        let low = query.reversed_prefix.as_bytes();
        let high = successor(low).ok_or_else(|| anyhow!("phone prefix has no successor"))?;
        let mut best: HashMap<u64, u8> = HashMap::new();
        let mut rows = self.by_phone.query(params![low, high])?;
        while let Some(row) = rows.next()? {
            let reversed: Vec<u8> = row.get(0)?;
            let digits: String = reversed
                .iter()
                .rev()
                .map(|&byte| char::from(byte))
                .collect();
            let id = u64::try_from(row.get::<_, i64>(1)?)?;
            let rank = query.rank_digits(&digits);
            best.entry(id)
                .and_modify(|best| *best = (*best).min(rank))
                .or_insert(rank);
        }
        drop(rows);
        let mut ranked: Vec<(u8, u64)> = best.into_iter().map(|(id, rank)| (rank, id)).collect();
        ranked.sort_unstable();
        let mut hits = Vec::with_capacity(PHONE_PAGE);
        for (rank, id) in ranked.into_iter().take(PHONE_PAGE) {
            if let Some(customer) = self.get(id)? {
                hits.push((rank, customer));
            }
        }
        Ok(hits)
    }

    /// Like `find_by_name`: index order, distinct customers, at most `candidates`.
    fn find_by_name(&mut self, folded: &str, candidates: usize) -> Result<Vec<(u8, Customer)>> {
        let low = folded.as_bytes();
        let high = successor(low).ok_or_else(|| anyhow!("name prefix has no successor"))?;
        let mut seen = HashSet::new();
        let mut hits = Vec::new();
        let mut rows = self.by_name.query(params![low, high])?;
        while let Some(row) = rows.next()? {
            let (customer, name) = read_customer(row)?;
            if !seen.insert(customer.id) {
                continue;
            }
            let rank = if name == folded {
                5
            } else if name.starts_with(folded) {
                6
            } else {
                7
            };
            hits.push((rank, customer));
            if hits.len() >= candidates {
                break;
            }
        }
        drop(rows);
        for (_, customer) in &mut hits {
            load_children(&mut self.phones, &mut self.tags, customer)?;
        }
        Ok(hits)
    }
}

/// A customer from a row of `CUSTOMER_COLUMNS`, and its folded name.
fn read_customer(row: &Row<'_>) -> Result<(Customer, String)> {
    let kind = match row.get::<_, i64>(1)? {
        1 => CustomerKind::Person,
        _ => CustomerKind::Company,
    };
    let status = match row.get::<_, i64>(4)? {
        0 => CustomerStatus::Lead,
        1 => CustomerStatus::Prospect,
        2 => CustomerStatus::Customer,
        _ => CustomerStatus::Inactive,
    };
    let email: String = row.get(6)?;
    let country = match row.get::<_, Option<String>>(12)? {
        Some(code) => {
            let bytes = <[u8; 2]>::try_from(code.as_bytes())?;
            Some(Country::try_from(bytes)?)
        }
        None => None,
    };
    let customer = Customer {
        id: u64::try_from(row.get::<_, i64>(0)?)?,
        kind,
        name: row.get(2)?,
        phones: Vec::new(),
        emails: if email.is_empty() {
            Vec::new()
        } else {
            vec![email]
        },
        contacts: Vec::new(),
        addresses: vec![Address {
            street: row.get(8)?,
            postal_code: row.get(9)?,
            city: row.get(10)?,
            region: row.get(11)?,
            country,
        }],
        tags: Vec::new(),
        status,
        owner: row.get(5)?,
        notes: row.get(7)?,
        created: OffsetDateTime::from_unix_timestamp_nanos(i128::from(row.get::<_, i64>(13)?))?,
        updated: OffsetDateTime::from_unix_timestamp_nanos(i128::from(row.get::<_, i64>(14)?))?,
        version: u64::try_from(row.get::<_, i64>(15)?)?,
    };
    Ok((customer, row.get(3)?))
}

fn load_children(
    phones: &mut Statement<'_>,
    tags: &mut Statement<'_>,
    customer: &mut Customer,
) -> Result<()> {
    let id = i64::try_from(customer.id)?;
    let mut rows = phones.query(params![id])?;
    while let Some(row) = rows.next()? {
        customer.phones.push(Phone {
            raw: row.get(0)?,
            e164: row.get(1)?,
        });
    }
    drop(rows);
    let mut rows = tags.query(params![id])?;
    while let Some(row) = rows.next()? {
        customer.tags.push(row.get(0)?);
    }
    Ok(())
}

/// The smallest byte string greater than every string starting with `prefix`.
fn successor(prefix: &[u8]) -> Option<Vec<u8>> {
    let mut bytes = prefix.to_vec();
    while let Some(last) = bytes.pop() {
        if last < u8::MAX {
            bytes.push(last + 1);
            return Some(bytes);
        }
    }
    None
}

fn kind_number(kind: CustomerKind) -> i64 {
    match kind {
        CustomerKind::Company => 0,
        CustomerKind::Person => 1,
    }
}

fn nanos(at: OffsetDateTime) -> Result<i64> {
    Ok(i64::try_from(at.unix_timestamp_nanos())?)
}

fn sqlite_bytes(path: &Path) -> u64 {
    ["", "-wal", "-shm"]
        .iter()
        .filter_map(|suffix| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            std::fs::metadata(PathBuf::from(name)).ok()
        })
        .map(|meta| meta.len())
        .sum()
}

// ---------------------------------------------------------------------------------------
// Synthetic data

#[rustfmt::skip]
const SURNAMES: &[&str] = &[
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
    "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler",
    "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz",
    "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther",
    "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht",
    "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer",
    "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas",
    "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn",
    "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer",
];

#[rustfmt::skip]
const FIRST_NAMES: &[&str] = &[
    "Anna", "Maria", "Ursula", "Monika", "Petra", "Elisabeth", "Sabine", "Renate", "Helga",
    "Karin", "Brigitte", "Ingrid", "Erika", "Andrea", "Gisela", "Claudia", "Susanne", "Jürgen",
    "Peter", "Michael", "Hans", "Thomas", "Andreas", "Wolfgang", "Klaus", "Stefan", "Günter",
    "Frank", "Dieter", "Bernd", "Uwe", "Jörg", "Ralf", "Björn", "Lukas", "Jonas", "Lea", "Sophie",
    "Mia", "Emma",
];

#[rustfmt::skip]
const TRADES: &[&str] = &[
    "Maschinenbau", "Metallbau", "Elektrotechnik", "Elektro", "Haustechnik", "Sanitär",
    "Heizungsbau", "Dachdeckerei", "Zimmerei", "Tischlerei", "Schreinerei", "Malerbetrieb",
    "Bauunternehmung", "Hochbau", "Tiefbau", "Gartenbau", "Landschaftsbau", "Logistik",
    "Spedition", "Transporte", "Autohaus", "Kfz-Werkstatt", "Reifenservice", "Bäckerei",
    "Metzgerei", "Getränkehandel", "Feinkost", "Druckerei", "Werbeagentur", "Softwareentwicklung",
    "Systemhaus", "IT-Service", "Unternehmensberatung", "Steuerberatung", "Immobilien",
    "Hausverwaltung", "Versicherungsmakler", "Reisebüro", "Gebäudereinigung", "Sicherheitsdienst",
    "Medizintechnik", "Kunststofftechnik", "Verpackungen", "Stahlhandel", "Baustoffe",
    "Landmaschinen", "Optik", "Hörgeräte", "Pflegedienst", "Catering",
];

/// Legal forms, GmbH weighted up as in real life.
#[rustfmt::skip]
const LEGAL: &[&str] = &[
    "GmbH", "GmbH", "GmbH", "GmbH", "GmbH & Co. KG", "GmbH & Co. KG", "AG", "KG", "OHG", "e.K.",
    "UG (haftungsbeschränkt)", "GbR",
];

/// City, area code (without trunk 0), federal state.
#[rustfmt::skip]
const CITIES: &[(&str, &str, &str)] = &[
    ("Berlin", "30", "Berlin"),
    ("Hamburg", "40", "Hamburg"),
    ("München", "89", "Bayern"),
    ("Köln", "221", "Nordrhein-Westfalen"),
    ("Frankfurt am Main", "69", "Hessen"),
    ("Stuttgart", "711", "Baden-Württemberg"),
    ("Düsseldorf", "211", "Nordrhein-Westfalen"),
    ("Leipzig", "341", "Sachsen"),
    ("Dortmund", "231", "Nordrhein-Westfalen"),
    ("Essen", "201", "Nordrhein-Westfalen"),
    ("Bremen", "421", "Bremen"),
    ("Dresden", "351", "Sachsen"),
    ("Hannover", "511", "Niedersachsen"),
    ("Nürnberg", "911", "Bayern"),
    ("Duisburg", "203", "Nordrhein-Westfalen"),
    ("Bochum", "234", "Nordrhein-Westfalen"),
    ("Wuppertal", "202", "Nordrhein-Westfalen"),
    ("Bielefeld", "521", "Nordrhein-Westfalen"),
    ("Bonn", "228", "Nordrhein-Westfalen"),
    ("Münster", "251", "Nordrhein-Westfalen"),
    ("Mannheim", "621", "Baden-Württemberg"),
    ("Karlsruhe", "721", "Baden-Württemberg"),
    ("Augsburg", "821", "Bayern"),
    ("Wiesbaden", "611", "Hessen"),
    ("Mönchengladbach", "2161", "Nordrhein-Westfalen"),
    ("Aachen", "241", "Nordrhein-Westfalen"),
    ("Braunschweig", "531", "Niedersachsen"),
    ("Kiel", "431", "Schleswig-Holstein"),
    ("Chemnitz", "371", "Sachsen"),
    ("Freiburg im Breisgau", "761", "Baden-Württemberg"),
];

#[rustfmt::skip]
const STREETS: &[&str] = &[
    "Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße",
    "Birkenweg", "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Industriestraße",
    "Am Hafen", "Gewerbepark", "Mühlenweg", "Rosenstraße",
];

#[rustfmt::skip]
const OWNERS: &[&str] = &[
    "anna", "bernd", "claudia", "dirk", "eva", "frank", "gabi", "holger",
];

#[rustfmt::skip]
const TAGS: &[&str] = &[
    "vip", "newsletter", "b2b", "b2c", "messe", "rahmenvertrag", "zahlungsverzug", "export",
];

#[rustfmt::skip]
const NOTES: &[&str] = &[
    "Rückruf erbeten", "Zahlt per Lastschrift", "Ansprechpartner wechselt zum Quartal",
    "Angebot für Wartungsvertrag offen",
];

fn pick<'a>(rng: &mut fastrand::Rng, items: &[&'a str]) -> &'a str {
    items[rng.usize(..items.len())]
}

/// Lowercase ASCII letters and digits of a word, for e-mail domains.
fn slug(text: &str) -> String {
    fold(text)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Customer number `index` (0-based) of the synthetic data set: the same every time.
/// Phone numbers are unique across the set (see `phone_of`).
fn synthetic_customer(index: u64) -> Customer {
    let mut rng = fastrand::Rng::with_seed(SEED ^ index.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let (city, area, region) = CITIES[rng.usize(..CITIES.len())];
    let surname = pick(&mut rng, SURNAMES);
    let (kind, name, email) = if rng.u8(..100) < 15 {
        let first = pick(&mut rng, FIRST_NAMES);
        let email = format!(
            "{}.{}{}@example.de",
            slug(first),
            slug(surname),
            index % 100
        );
        (CustomerKind::Person, format!("{first} {surname}"), email)
    } else {
        let trade = pick(&mut rng, TRADES);
        let legal = pick(&mut rng, LEGAL);
        let mut name = format!("{surname} {trade} {legal}");
        match rng.u8(..10) {
            0..=3 => {
                let _ = write!(name, " {}", rng.u32(1..1000));
            }
            4..=6 => {
                name.push(' ');
                name.push_str(city);
            }
            _ => {}
        }
        let email = format!("info{}@{}-{}.de", index % 100, slug(surname), slug(trade));
        (CustomerKind::Company, name, email)
    };
    let phones = (0..1 + u64::from(rng.bool()))
        .map(|seq| phone_of(index * 2 + seq, area))
        .collect();
    let mut tags: Vec<String> = Vec::new();
    for _ in 0..rng.usize(..3) {
        let tag = pick(&mut rng, TAGS);
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_string());
        }
    }
    let notes = if rng.u8(..4) == 0 {
        pick(&mut rng, NOTES).to_string()
    } else {
        String::new()
    };
    let created =
        datetime!(2020-01-01 8:00 UTC) + time::Duration::minutes(index as i64 % 3_000_000);
    Customer {
        id: 0,
        kind,
        name,
        phones,
        emails: vec![email],
        contacts: Vec::new(),
        addresses: vec![Address {
            street: format!("{} {}", pick(&mut rng, STREETS), rng.u16(1..200)),
            postal_code: format!("{:05}", rng.u32(1_067..99_999)),
            city: city.to_string(),
            region: region.to_string(),
            country: Some(Country::DE),
        }],
        tags,
        status: CustomerStatus::ALL[rng.usize(..CustomerStatus::ALL.len())],
        owner: pick(&mut rng, OWNERS).to_string(),
        notes,
        created,
        updated: created,
        version: 0,
    }
}

/// Phone number `serial` in an area: the eight-digit subscriber number is an affine
/// bijection of `serial` modulo 10^8, so numbers are unique (up to 10^8 of them) and their
/// trailing digits are evenly spread. Built directly: parsing is not what is measured.
fn phone_of(serial: u64, area: &str) -> Phone {
    let local = (serial.wrapping_mul(48_271).wrapping_add(12_345)) % 100_000_000;
    Phone {
        raw: format!("0{area} {local:08}"),
        e164: format!("+49{area}{local:08}"),
    }
}

/// The queries, drawn from existing customers by customer index (0-based).
struct Workload {
    points: Vec<u64>,
    phones: Vec<PhoneQuery>,
    names: Vec<String>,
}

impl Workload {
    fn generate(customers: u64, queries: usize) -> Workload {
        let mut rng = fastrand::Rng::with_seed(SEED ^ 0x0071_7565_7269_6573);
        let points = (0..queries).map(|_| rng.u64(..customers)).collect();
        let mut phones = Vec::with_capacity(queries);
        let mut attempts = 0;
        while phones.len() < queries && attempts < queries * 20 {
            attempts += 1;
            let customer = synthetic_customer(rng.u64(..customers));
            let Some(phone) = customer
                .phones
                .get(rng.usize(..customer.phones.len().max(1)))
            else {
                continue;
            };
            let digits = phone.digits();
            let take = rng.usize(4..=7).min(digits.len());
            let Some(fragment) = digits.get(digits.len() - take..) else {
                continue;
            };
            if let Some(query) = PhoneQuery::new(fragment, Country::DE) {
                phones.push(query);
            }
        }
        let mut names = Vec::with_capacity(queries);
        attempts = 0;
        while names.len() < queries && attempts < queries * 20 {
            attempts += 1;
            let folded = fold(&synthetic_customer(rng.u64(..customers)).name);
            let words: Vec<&str> = folded
                .split([' ', '-', '.', '/', '&', ',', '(', ')', '\''])
                .filter(|word| {
                    word.chars().next().is_some_and(char::is_alphabetic)
                        && word.chars().count() >= 3
                })
                .collect();
            if words.is_empty() {
                continue;
            }
            let word = words[rng.usize(..words.len())];
            let take = rng.usize(3..=6);
            names.push(word.chars().take(take).collect());
        }
        Workload {
            points,
            phones,
            names,
        }
    }
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
fn row_rate(label: &str, kontor: Option<f64>, sqlite: Option<f64>) {
    let show = |value: Option<f64>| value.map_or("-".into(), |v| group(v.round() as u64));
    let ratio = match (kontor, sqlite) {
        (Some(k), Some(s)) if s > 0.0 => format!("{:.2}x", k / s),
        _ => "-".into(),
    };
    println!(
        "{label:<34}{:>14}{:>14}{ratio:>10}",
        show(kontor),
        show(sqlite)
    );
}

/// A "lower is better" row: ratio SQLite/kontor.
fn row_cost(label: &str, kontor: Option<f64>, sqlite: Option<f64>, decimals: usize) {
    let show = |value: Option<f64>| value.map_or("-".into(), |v| format!("{v:.decimals$}"));
    let ratio = match (kontor, sqlite) {
        (Some(k), Some(s)) if k > 0.0 => format!("{:.2}x", s / k),
        _ => "-".into(),
    };
    println!(
        "{label:<34}{:>14}{:>14}{ratio:>10}",
        show(kontor),
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

/// A "Vm…:" line of /proc/self/status, in kB.
fn proc_status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
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
