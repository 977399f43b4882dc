//! Backup while others write: kontor's `Store::backup` of the customers database next to
//! SQLite's `VACUUM INTO` of its own (WAL mode, so its readers never block its writer),
//! each while a second thread commits one customer edit after another, as agents do while
//! the nightly backup runs. Reported: the backup's time and file size, the commits the
//! writer made meanwhile and the longest and p99 of them, and kontor's restore time.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use hdrhistogram::Histogram;
use rusqlite::Connection;

use kontor::domain::Customer;
use kontor::store::Store;

use super::{group, row_cost};

/// What one side measured.
struct Figures {
    backup_secs: f64,
    file_mb: f64,
    commits: u64,
    longest_ms: f64,
    p99_ms: f64,
}

/// Runs both sides on the databases the customer figures left in `work`.
pub fn run(work: &Path, customers: u64) -> Result<()> {
    eprintln!("backup while writing: kontor ...");
    let (kontor, restore_secs) = kontor_side(work, customers)?;
    eprintln!("backup while writing: SQLite ...");
    let sqlite = sqlite_side(work, customers)?;
    println!();
    println!(
        "backup while a writer commits one customer edit after another ({} customers)",
        group(customers)
    );
    println!(
        "{:<34}{:>14}{:>14}{:>14}{:>10}",
        "figure", "kontor", "kontor/PG", "SQLite", "ratio"
    );
    for (label, pick, decimals) in [
        (
            "backup (s)",
            (|f: &Figures| f.backup_secs) as fn(&Figures) -> f64,
            1,
        ),
        ("backup file (MB)", |f: &Figures| f.file_mb, 0),
        (
            "longest commit during it (ms)",
            |f: &Figures| f.longest_ms,
            1,
        ),
        ("commit p99 during it (ms)", |f: &Figures| f.p99_ms, 2),
    ] {
        row_cost(
            label,
            Some(pick(&kontor)),
            None,
            Some(pick(&sqlite)),
            decimals,
        );
    }
    println!(
        "commits during the backup: kontor {}, SQLite {}; kontor restore (rebuilding indexes): {restore_secs:.1} s",
        group(kontor.commits),
        group(sqlite.commits)
    );
    Ok(())
}

/// Times `commit` in a loop on another thread while `backup` runs; the latencies of the
/// commits made during it.
fn while_writing(
    mut commit: impl FnMut(u64) -> Result<()> + Send,
    backup: impl FnOnce() -> Result<()>,
) -> Result<(f64, Histogram<u64>)> {
    let stop = AtomicBool::new(false);
    let mut histogram = Histogram::<u64>::new(3)?;
    let mut secs = 0.0;
    std::thread::scope(|scope| -> Result<()> {
        let writer = scope.spawn(|| -> Result<Histogram<u64>> {
            let mut seen = Histogram::<u64>::new(3)?;
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                let at = Instant::now();
                commit(n)?;
                seen.record(at.elapsed().as_micros() as u64)?;
            }
            Ok(seen)
        });
        std::thread::sleep(Duration::from_millis(200));
        let at = Instant::now();
        let result = backup();
        secs = at.elapsed().as_secs_f64();
        stop.store(true, Ordering::Relaxed);
        let seen = writer
            .join()
            .map_err(|_| anyhow::anyhow!("the writer panicked"))??;
        histogram = seen;
        result
    })?;
    Ok((secs, histogram))
}

fn figures(secs: f64, file: &Path, histogram: &Histogram<u64>) -> Result<Figures> {
    Ok(Figures {
        backup_secs: secs,
        file_mb: std::fs::metadata(file)?.len() as f64 / 1e6,
        commits: histogram.len(),
        longest_ms: histogram.max() as f64 / 1e3,
        p99_ms: histogram.value_at_quantile(0.99) as f64 / 1e3,
    })
}

fn kontor_side(work: &Path, customers: u64) -> Result<(Figures, f64)> {
    let store = Store::open(&work.join("kontor")).context("opening kontor's database")?;
    let file = work.join("kontor.kbk");
    let (secs, histogram) = while_writing(
        |n| {
            let id = 1 + n * 7919 % customers;
            store.transaction(|tx| {
                let mut customer = tx.require::<Customer>(id)?;
                customer.notes = format!("edit {n}");
                tx.update(&mut customer, None)
            })?;
            Ok(())
        },
        || {
            let mut out = std::io::BufWriter::new(std::fs::File::create(&file)?);
            store.backup(&mut out, &mut |_, _| {})?;
            Ok(())
        },
    )?;
    drop(store);
    let at = Instant::now();
    kontor::store::backup::restore(&file, &work.join("kontor-restored"), None, &mut |_, _| {})?;
    let restore_secs = at.elapsed().as_secs_f64();
    Ok((figures(secs, &file, &histogram)?, restore_secs))
}

fn sqlite_side(work: &Path, customers: u64) -> Result<Figures> {
    let path = work.join("sqlite.db");
    let file = work.join("sqlite-backup.db");
    let open = || -> Result<Connection> {
        let conn = Connection::open(&path)?;
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")?;
        Ok(conn)
    };
    let writer = open()?;
    let reader = open()?;
    let (secs, histogram) = while_writing(
        move |n| {
            let id = 1 + n * 7919 % customers;
            writer.execute(
                "UPDATE customers SET notes = ?1, version = version + 1 WHERE id = ?2",
                (format!("edit {n}"), id as i64),
            )?;
            Ok(())
        },
        || {
            reader.execute("VACUUM INTO ?1", [file.to_string_lossy()])?;
            Ok(())
        },
    )?;
    figures(secs, &file, &histogram)
}
