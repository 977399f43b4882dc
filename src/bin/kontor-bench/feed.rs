//! `kontor-bench --feed URL`: how soon one store hears what another commits on the same
//! PostgreSQL database — the path between two `kontor serve` front ends. Two stores on the
//! database at URL (whose records stay; the bench adds `--feed-commits` customers): one
//! listens, the other adds customers one at a time, each after the previous was heard.
//! Prints p50/p99/max of the commit and from its return to the listener's callback (0 when
//! the listener heard it first: PostgreSQL delivers the notification as it commits).

use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use clap::Args;
use hdrhistogram::Histogram;

use kontor::domain::Customer;
use kontor::store::Store;
use kontor::store::feed::Elsewhere;

#[derive(Debug, Args)]
pub struct FeedArgs {
    /// Measure the change feed between two stores on the PostgreSQL database at this URL.
    #[arg(long, value_name = "URL")]
    pub feed: Option<String>,
    /// Commits the feed figure measures.
    #[arg(long, default_value_t = 1000)]
    pub feed_commits: u32,
}

pub fn run(args: &FeedArgs, url: &str, dir: &std::path::Path) -> Result<()> {
    let open = |name: &str| {
        Store::open_postgres(url, &dir.join(name), &mut |_| {})
            .with_context(|| format!("opening {}", Store::shown_address(url)))
    };
    let (writer, listener) = (open("writer")?, open("listener")?);
    let (heard, hearing) = mpsc::channel();
    let _feed = listener
        .change_feed(move |event| {
            if matches!(event, Elsewhere::Wrote(_)) {
                let _ = heard.send(Instant::now());
            }
        })?
        .ok_or_else(|| anyhow!("{url} is not a PostgreSQL database"))?;
    let histogram = || {
        Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).map_err(|e| anyhow!("histogram: {e}"))
    };
    let (mut delivery, mut commit) = (histogram()?, histogram()?);
    for n in 0..args.feed_commits {
        let customer = Customer::new(&format!("Feed {n}"), super::DATED);
        let started = Instant::now();
        writer.transaction(|tx| tx.insert(&mut customer.clone()))?;
        let committed = Instant::now();
        let Ok(at) = hearing.recv_timeout(Duration::from_secs(10)) else {
            bail!("commit {n} was not heard within 10 s");
        };
        let micros = |from: Instant, to: Instant| {
            u64::try_from(to.saturating_duration_since(from).as_micros()).unwrap_or(u64::MAX)
        };
        delivery.saturating_record(micros(committed, at).max(1));
        commit.saturating_record(micros(started, committed).max(1));
    }
    println!(
        "change feed on PostgreSQL ({} commits, one at a time)",
        args.feed_commits
    );
    for (what, histogram) in [("commit", &commit), ("commit → heard", &delivery)] {
        println!(
            "  {what:<15} p50 {:>8.2} ms   p99 {:>8.2} ms   max {:>8.2} ms",
            histogram.value_at_quantile(0.5) as f64 / 1000.0,
            histogram.value_at_quantile(0.99) as f64 / 1000.0,
            histogram.max() as f64 / 1000.0
        );
    }
    Ok(())
}
