//! `kontor-bench --failover`: how long writes stop when a PostgreSQL primary dies. A primary
//! with a synchronous standby on loopback (started from Debian's binaries by the tests'
//! cluster harness, fsync off as there), one kontor store shared by `--failover-writers`
//! threads adding customers as fast as they can (as the sessions of one `kontor serve`
//! would); after a warm-up the primary's postmaster is SIGKILLed and the standby promoted at
//! once (the time a monitor takes to notice is not counted). Printed: kill → standby
//! promoted, kill (and promoted) → first write acknowledged on it, the writes per second
//! before and after, the commits whose outcome was unknown, and the acknowledged writes
//! missing afterwards (0, or kontor lost data).

use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::Args;

use kontor::domain::Customer;
use kontor::store::{Store, StoreError};

use crate::data::synthetic_customer;

/// The tests' PostgreSQL cluster harness; it fails loudly (panics) on a broken setup.
#[allow(dead_code, clippy::expect_used, clippy::unwrap_used)]
#[path = "../../../tests/common/postgres.rs"]
mod postgres;

#[allow(dead_code, clippy::expect_used, clippy::unwrap_used)]
#[path = "../../../tests/common/pg_cluster.rs"]
mod pg_cluster;

use pg_cluster::Cluster;

#[derive(Debug, Args)]
pub struct FailoverArgs {
    /// Measure the failover of a PostgreSQL primary to its synchronous standby under load.
    #[arg(long)]
    pub failover: bool,
    /// Threads writing customers during the failover.
    #[arg(long, default_value_t = 8)]
    pub failover_writers: u64,
    /// Seconds of writing before the primary is killed, and again after the first write on
    /// the promoted standby.
    #[arg(long, default_value_t = 5)]
    pub failover_seconds: u64,
}

/// What the writers saw: when each write was acknowledged (and its id), and how many
/// commits ended with an unknown outcome or failed otherwise.
#[derive(Default)]
struct Seen {
    acknowledged: Vec<Acknowledged>,
    unknown: usize,
    failed: Vec<String>,
}

struct Acknowledged {
    at: Instant,
    id: u64,
}

pub fn run(args: &FailoverArgs, dir: &Path) -> Result<()> {
    if args.failover_writers == 0 || args.failover_seconds == 0 {
        bail!("--failover-writers and --failover-seconds must be at least 1");
    }
    eprintln!("starting a primary and its synchronous standby ...");
    let (primary, standby, url) = Cluster::primary_with_standby();
    let store = Store::open_postgres(&url, dir, &mut |_| {}).context("opening the store")?;
    let period = Duration::from_secs(args.failover_seconds);
    let stop = AtomicBool::new(false);
    let seen = Mutex::new(Seen::default());
    let (killed, promoted) = std::thread::scope(|scope| {
        for writer in 0..args.failover_writers {
            let (store, stop, seen) = (&store, &stop, &seen);
            scope.spawn(move || write_until(store, writer, stop, seen));
        }
        std::thread::sleep(period);
        eprintln!("killing the primary ...");
        primary.kill();
        let killed = Instant::now();
        standby.promote();
        let promoted = Instant::now();
        while first_after(&seen, promoted).is_none() && killed.elapsed() < 6 * period {
            std::thread::sleep(Duration::from_millis(5));
        }
        std::thread::sleep(period);
        stop.store(true, Ordering::SeqCst);
        (killed, promoted)
    });
    let seen = seen
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let first = first_after_in(&seen, promoted);
    let missing = seen
        .acknowledged
        .iter()
        .filter(|write| !matches!(store.get::<Customer>(write.id), Ok(Some(_))))
        .count();
    let rate = |from: Instant, to: Instant| {
        let writes = seen
            .acknowledged
            .iter()
            .filter(|write| (from..to).contains(&write.at))
            .count();
        writes as f64 / to.duration_since(from).as_secs_f64()
    };
    println!();
    println!(
        "kontor-bench --failover: {} writers, one store, primary + synchronous standby on loopback",
        args.failover_writers
    );
    println!("{:<44}{:>12}", "figure", "value");
    println!(
        "{:<44}{:>9.0} ms",
        "kill → standby promoted",
        millis(promoted.duration_since(killed))
    );
    match first {
        Some(first) => {
            println!(
                "{:<44}{:>9.0} ms",
                "kill → first write acknowledged on it",
                millis(first.duration_since(killed))
            );
            println!(
                "{:<44}{:>9.0} ms",
                "promoted → first write acknowledged on it",
                millis(first.duration_since(promoted))
            );
        }
        None => println!(
            "{:<44}{:>12}",
            "kill → first write acknowledged on it", "none"
        ),
    }
    println!(
        "{:<44}{:>12.0}",
        "writes/s before the kill",
        rate(killed - period, killed)
    );
    if let Some(first) = first {
        println!(
            "{:<44}{:>12.0}",
            "writes/s after the first write on it",
            rate(first, first + period)
        );
    }
    println!(
        "{:<44}{:>12}",
        "writes acknowledged",
        seen.acknowledged.len()
    );
    println!("{:<44}{:>12}", "commits with unknown outcome", seen.unknown);
    println!("{:<44}{:>12}", "writes failed otherwise", seen.failed.len());
    println!("{:<44}{:>12}", "acknowledged writes missing", missing);
    for failure in seen.failed.iter().take(3) {
        eprintln!("failed: {failure}");
    }
    Ok(())
}

/// Adds customers until `stop`, noting each outcome.
fn write_until(store: &Store, writer: u64, stop: &AtomicBool, seen: &Mutex<Seen>) {
    let mut index = writer * 1_000_000_000;
    while !stop.load(Ordering::SeqCst) {
        let customer = synthetic_customer(index);
        index += 1;
        let written = store.transaction(|tx| tx.insert(&mut customer.clone()));
        let at = Instant::now();
        let mut seen = seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match written {
            Ok(id) => seen.acknowledged.push(Acknowledged { at, id }),
            Err(StoreError::CommitUnknown { .. }) => seen.unknown += 1,
            Err(error) => seen.failed.push(error.to_string()),
        }
    }
}

fn first_after(seen: &Mutex<Seen>, promoted: Instant) -> Option<Instant> {
    first_after_in(
        &seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
        promoted,
    )
}

/// The first acknowledgement after the standby was `promoted`: one it committed. (Between
/// the kill and the promotion the old primary's backends and WAL sender, orphaned, may
/// still commit and replicate a few writes before they notice their postmaster is gone.)
fn first_after_in(seen: &Seen, promoted: Instant) -> Option<Instant> {
    seen.acknowledged
        .iter()
        .map(|write| write.at)
        .filter(|at| *at > promoted)
        .min()
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
