//! The load generator of kontor-bench (`--load`): one process speaking SSH itself (russh's
//! client, many sessions on one tokio runtime) plays agents' days (`day`) on `kontor serve`,
//! which the bench starts as a child on the database given with `--db` (`setup`), and
//! reports per action the latency from the last key sent to the frame that answers it
//! (p50/p95/p99/max), errors, logins arriving at once (time until Home), the CPU share of
//! the server next to the load generator's own, and the server's memory (RSS, per session).
//! `--idle` logs the sessions in and leaves them idle, to measure what idle sessions cost.
//! `--acked FILE` appends one line per acknowledged write, for a durability check.
//! Room: bench. Measures and prints; asserts nothing about speed.

use std::fs::OpenOptions;
use std::io::{LineWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use hdrhistogram::Histogram;
use kontor::core::Clock;
use kontor::store::Store;

#[path = "load_day.rs"]
mod day;
#[path = "load_setup.rs"]
mod setup;
#[path = "load_stats.rs"]
mod stats;
#[path = "load_term.rs"]
mod term;

use day::{Plan, Think};
use setup::{Served, Setup, cpu_seconds};
use stats::{Login, Tally};

/// The first line `--acked` writes for a run (after `# run TAG on DB: `); what follows
/// are its lines. A subject is `LT-<run tag>-<session>-<call>`, unique across runs.
pub const ACKED_HEADER: &str = "writes acknowledged by \"call logged\" (flushed before the \
frame is sent); one per line, tab-separated: customer id (? when not read), subject \
(unique), outcome, follow-up date, acknowledged at (RFC 3339)";

/// The `--load` options, flattened into the bench's own.
#[derive(Debug, clap::Args)]
pub struct LoadArgs {
    /// Play agents' days over SSH against `kontor serve` on --db (started by the bench)
    /// and report latencies, CPU and memory, instead of the store comparison.
    #[arg(long)]
    pub load: bool,
    /// For --load: the database `kontor serve` runs on (e.g. `kontor demo --customers
    /// 20000 --db DIR`); the run adds a key of its own to the agent accounts (creating
    /// missing ones) and removes it afterwards. Its calls stay in the database.
    #[arg(long, value_name = "DIR")]
    pub db: Option<PathBuf>,
    /// For --load: the records are in the PostgreSQL database at URL (`kontor serve
    /// --store URL`; e.g. filled by `kontor migrate --from DIR --to URL`); --db is then the
    /// server's own directory (host key, control socket). The report adds the CPU of the
    /// machine's PostgreSQL processes.
    #[arg(long = "load-store", value_name = "URL")]
    pub store: Option<String>,
    /// For --load: SSH sessions at once.
    #[arg(long, default_value_t = 100)]
    pub sessions: usize,
    /// For --load: how long latencies are measured, after the warm-up (90s, 5m).
    #[arg(long, default_value = "2m", value_parser = duration)]
    pub duration: Duration,
    /// For --load: the warm-up, not measured; sessions beyond --logins-at-once log in
    /// spread over it.
    #[arg(long, default_value = "30s", value_parser = duration)]
    pub warmup: Duration,
    /// For --load: think time between actions in seconds, MIN-MAX.
    #[arg(long, default_value = "1-5", value_parser = think)]
    pub think: Think,
    /// For --load: sessions that connect in the same instant at the start [default: all
    /// sessions, at most 100].
    #[arg(long, value_name = "N")]
    pub logins_at_once: Option<usize>,
    /// For --load: log the sessions in and leave them idle at Home (what idle sessions cost).
    #[arg(long)]
    pub idle: bool,
    /// For --load: append each acknowledged write to FILE (tab-separated: customer id,
    /// unique subject, outcome, follow-up date, time), for a durability check.
    #[arg(long, value_name = "FILE")]
    pub acked: Option<PathBuf>,
    /// For --load: the kontor binary to serve with [default: the one beside the bench].
    #[arg(long, value_name = "FILE")]
    pub kontor: Option<PathBuf>,
    /// For --load: an answer later than this counts as an error.
    #[arg(long, default_value = "10s", value_parser = duration)]
    pub patience: Duration,
}

fn duration(text: &str) -> Result<Duration, String> {
    kontor::domain::datetime::parse_duration("duration", text)
        .map(|seconds| Duration::from_secs(seconds.into()))
        .map_err(|error| error.to_string())
}

fn think(text: &str) -> Result<Think, String> {
    let seconds = |part: &str| {
        part.trim()
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s >= 0.0)
            .map(Duration::from_secs_f64)
    };
    let parsed = match text.split_once('-') {
        Some((min, max)) => seconds(min).zip(seconds(max)),
        None => seconds(text).map(|s| (s, s)),
    };
    match parsed {
        Some((min, max)) if min <= max => Ok(Think { min, max }),
        _ => Err(format!(
            "\"{text}\" is not MIN-MAX seconds, e.g. 1-5 or 0.5-2"
        )),
    }
}

/// What the server and the load generator cost, read from /proc.
struct Costs {
    rss_before_mb: Option<f64>,
    rss_measured_mb: Option<f64>,
    rss_end_mb: Option<f64>,
    hwm_mb: Option<f64>,
    server_cpu: Option<f64>,
    /// The machine's PostgreSQL processes, when the records are there.
    postgres_cpu: Option<f64>,
    own_cpu: Option<f64>,
    measured: Duration,
}

/// Runs the load against a server on `--db` and prints the report.
/// Runs the load; `clock` is the bench's one reading of the time (account changes, follow-up
/// dates, the times in the `--acked` file).
pub fn run(args: &LoadArgs, work: &Path, clock: Clock) -> Result<()> {
    let db = args.db.clone().ok_or_else(|| {
        anyhow!("--load needs --db DIR, e.g. made by `kontor demo --customers 20000 --db DIR`")
    })?;
    if args.sessions == 0 {
        bail!("--sessions must be at least 1");
    }
    let kontor = match &args.kontor {
        Some(kontor) => kontor.clone(),
        None => super::tui::launch::beside_this_bench()?.ok_or_else(|| {
            anyhow!("no kontor binary beside the bench: cargo build --release --features bench")
        })?,
    };
    eprintln!("load: preparing {} ...", db.display());
    let store = args.store.as_deref();
    let setup = setup::prepare(&db, store, super::SEED, &clock)?;
    let run_tag = format!("{:06x}", getrandom::u64().unwrap_or(0) & 0xff_ffff);
    let acked = match &args.acked {
        Some(path) => Some(acked_file(path, &run_tag, &db)?),
        None => None,
    };
    let served = match Served::start(&kontor, &db, store, work.join("serve.log")) {
        Ok(served) => served,
        Err(error) => {
            setup::undo(&db, store, &setup, &clock)?;
            return Err(error);
        }
    };
    eprintln!(
        "load: kontor serve (pid {}) listens on {}; its log: {}",
        served.pid(),
        served.address,
        served.log.display()
    );
    let measured = measure(args, &setup, &served, run_tag, acked, clock);
    let log = served.log_text();
    let stopped = served.stop();
    setup::undo(&db, store, &setup, &clock)?;
    let (tally, costs) = measured?;
    stopped?;
    report(args, &db, &setup, &tally, &costs);
    if log.contains("panicked") || log.contains("internal error") {
        println!(
            "the server's log shows a panic: see {}",
            work.join("serve.log").display()
        );
    }
    Ok(())
}

fn acked_file(path: &Path, run: &str, db: &Path) -> Result<Mutex<LineWriter<std::fs::File>>> {
    let mut file = OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))?;
    writeln!(file, "# run {run} on {}: {ACKED_HEADER}", db.display())?;
    Ok(Mutex::new(LineWriter::new(file)))
}

fn measure(
    args: &LoadArgs,
    setup: &Setup,
    served: &Served,
    run_tag: String,
    acked: Option<Mutex<LineWriter<std::fs::File>>>,
    clock: Clock,
) -> Result<(Tally, Costs)> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let pid = served.pid();
    let rss = |field| super::proc_status_kb(&pid, field).map(super::mb);
    std::thread::sleep(Duration::from_secs(1));
    let rss_before_mb = rss("VmRSS:");
    let start = Instant::now() + Duration::from_millis(200);
    let measure_from = start + args.warmup;
    let end = measure_from + args.duration;
    let plan = Arc::new(Plan {
        address: served.address,
        ssh: Arc::new(russh::client::Config::default()),
        accounts: setup.accounts.clone(),
        workload: setup.workload.clone(),
        think: args.think,
        patience: args.patience,
        measure_from,
        end,
        idle: args.idle,
        run: run_tag,
        acked,
        clock,
    });
    let at_once = args
        .logins_at_once
        .unwrap_or(args.sessions.min(100))
        .min(args.sessions);
    let ramped = args.sessions - at_once;
    let pid = &pid;
    let rss = &rss;
    runtime.block_on(async move {
        let mut sessions = tokio::task::JoinSet::new();
        for index in 0..args.sessions {
            let (begin, kind) = if index < at_once {
                (start, Login::AtOnce)
            } else {
                let share = (index - at_once) as u32;
                let spread = args.warmup / ramped.max(1) as u32;
                (start + spread * share, Login::Ramped)
            };
            sessions.spawn(day::session(plan.clone(), index, begin, kind));
        }
        eprintln!(
            "load: {} sessions ({at_once} at once), warm-up {:?}, measuring {:?} ...",
            args.sessions, args.warmup, args.duration
        );
        tokio::time::sleep_until(measure_from.into()).await;
        let rss_measured_mb = rss("VmRSS:");
        let on_postgres = args.store.is_some();
        let postgres_cpu = || on_postgres.then(setup::postgres_cpu_seconds).flatten();
        let cpu_from = (cpu_seconds(pid), cpu_seconds("self"), Instant::now());
        let postgres_from = postgres_cpu();
        tokio::time::sleep_until(end.into()).await;
        let cpu_to = (cpu_seconds(pid), cpu_seconds("self"), Instant::now());
        let postgres_to = postgres_cpu();
        let rss_end_mb = rss("VmRSS:");
        let hwm_mb = rss("VmHWM:");
        let mut tally = Tally::new()?;
        while let Some(joined) = sessions.join_next().await {
            tally.merge(joined.map_err(|error| anyhow!("a session task failed: {error}"))??);
        }
        let measured = cpu_to.2 - cpu_from.2;
        let share = |from: Option<f64>, to: Option<f64>| {
            from.zip(to)
                .map(|(from, to)| (to - from) / measured.as_secs_f64().max(1e-9) * 100.0)
        };
        let costs = Costs {
            rss_before_mb,
            rss_measured_mb,
            rss_end_mb,
            hwm_mb,
            server_cpu: share(cpu_from.0, cpu_to.0),
            postgres_cpu: share(postgres_from, postgres_to),
            own_cpu: share(cpu_from.1, cpu_to.1),
            measured,
        };
        Ok((tally, costs))
    })
}

fn ms(micros: u64) -> f64 {
    micros as f64 / 1_000.0
}

/// One row: count, p50, p95, p99, max (ms), errors.
fn row(label: &str, histogram: &Histogram<u64>, errors: u64) {
    println!(
        "{label:<42}{:>7}{:>9.1}{:>9.1}{:>9.1}{:>9.1}{errors:>7}",
        histogram.len(),
        ms(histogram.value_at_quantile(0.50)),
        ms(histogram.value_at_quantile(0.95)),
        ms(histogram.value_at_quantile(0.99)),
        ms(histogram.max()),
    );
}

fn show(value: Option<f64>, unit: &str) -> String {
    value.map_or("?".into(), |v| format!("{v:.1} {unit}"))
}

fn report(args: &LoadArgs, db: &Path, setup: &Setup, tally: &Tally, costs: &Costs) {
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let cpu = super::cpu_model().unwrap_or_else(|| "unknown CPU".into());
    println!();
    let names: Vec<&str> = setup.accounts.iter().map(|a| a.name.as_str()).collect();
    println!(
        "kontor-bench --load{}: {} SSH sessions as {} agents ({}), {}x{} xterm-256color, on {}",
        if args.idle { " --idle" } else { "" },
        args.sessions,
        names.len(),
        names.join(", "),
        term::WIDTH,
        term::HEIGHT,
        (args.store.as_deref()).map_or_else(|| db.display().to_string(), Store::shown_address),
    );
    println!(
        "think {:.1}–{:.1} s between actions, keys within one 80–220 ms apart; warm-up {} s, measured {:.0} s; {cores} cores, {cpu}",
        args.think.min.as_secs_f64(),
        args.think.max.as_secs_f64(),
        args.warmup.as_secs(),
        costs.measured.as_secs_f64(),
    );
    if !args.idle {
        println!(
            "latency: last key sent → the frame that shows its answer (ms), measured after the warm-up"
        );
        println!(
            "{:<42}{:>7}{:>9}{:>9}{:>9}{:>9}{:>7}",
            "action", "count", "p50", "p95", "p99", "max", "errors"
        );
        for (act, histogram) in &tally.latency {
            row(
                act.label(),
                histogram,
                tally.errors.get(act).copied().unwrap_or(0),
            );
        }
        row("overall", &tally.overall(), tally.total_errors());
    }
    println!(
        "{:<42}{:>7}{:>9}{:>9}{:>9}{:>9}",
        "logins: connect → Home (ms)", "count", "p50", "p95", "p99", "max"
    );
    for (kind, histogram) in &tally.logins {
        let label = match kind {
            Login::AtOnce => "  all in the same instant at the start",
            Login::Ramped => "  spread over the warm-up",
            Login::Again => "  again, after an error",
        };
        row(label, histogram, 0);
    }
    println!(
        "errors: {} actions without an answer within {} s, {} failed logins",
        tally.total_errors(),
        args.patience.as_secs(),
        tally.login_errors
    );
    println!(
        "CPU over the measured {:.0} s (100 % = one core, {} % = all): kontor serve {}, the load generator {}",
        costs.measured.as_secs_f64(),
        cores * 100,
        show(costs.server_cpu, "%"),
        show(costs.own_cpu, "%"),
    );
    if let Some(postgres) = costs.postgres_cpu {
        println!("PostgreSQL: its processes on this machine took {postgres:.1} %");
    }
    let per_session = costs
        .rss_before_mb
        .zip(costs.rss_measured_mb)
        .map(|(before, with)| (with - before) / args.sessions as f64 * 1024.0);
    println!(
        "server memory (RSS): {} before the logins, {} with the sessions (end of warm-up) = {} per session; {} at the end, peak {}",
        show(costs.rss_before_mb, "MB"),
        show(costs.rss_measured_mb, "MB"),
        show(per_session, "KB"),
        show(costs.rss_end_mb, "MB"),
        show(costs.hwm_mb, "MB"),
    );
    if args.idle {
        println!(
            "idle: {} bytes reached the idle sessions after Home",
            tally.idle_bytes
        );
    } else {
        if setup.workload.skus.is_empty() {
            println!("no items in the database: the item's-stock action was left out");
        }
        println!(
            "writes acknowledged (\"call logged\"): {}{}; caller lookups that showed the caller: {} of {}",
            tally.acked,
            args.acked.as_ref().map_or(String::new(), |path| format!(
                ", listed in {}",
                path.display()
            )),
            tally.found,
            tally.lookups
        );
    }
    for screen in &tally.error_screens {
        eprintln!("{screen}");
    }
    println!(
        "wall clock, one machine: the load generator shares the cores with the server, and other work on the machine adds to the tail"
    );
}
