//! `kontor-bench --tickets`: "next ticket" with `--open-tickets` open tickets (100,000) in 20
//! queues, an agent serving all of them: p50/p99 of `core::tickets::next` (the first free
//! entry of each queue's urgency index, the lease taken in a transaction that re-reads the
//! ticket), side by side with SQLite doing the same on an indexed table (the most urgent
//! free open ticket by due instant, priority and age, and the lease written, in one
//! transaction). After each measured call the lease is given back, untimed, so every call
//! sees all tickets open and free. The tickets are written in batches directly (their due
//! instants computed by `domain::sla::clocks` as the commands would), not through the
//! ticket commands. Not a test.

use std::path::Path;
use std::time::Instant;

use anyhow::{Result, anyhow};
use clap::Args;
use hdrhistogram::Histogram;
use rusqlite::{Connection, OptionalExtension, params};
use time::{Duration, OffsetDateTime};

use kontor::core::tickets::{QueueCommand, QueueEdit, Target, time_left};
use kontor::core::{Actor, Clock, Command, Role, execute};
use kontor::domain::calendar::BusinessCalendar;
use kontor::domain::sla::clocks;
use kontor::domain::ticket::{Priority, Queue, Ticket, TicketNumber};
use kontor::store::Store;

use super::{SEED, micros};

#[derive(Debug, Args)]
pub struct TicketArgs {
    /// Measure "next ticket" over open tickets in 20 queues against SQLite.
    #[arg(long)]
    pub tickets: bool,
    /// Open tickets for --tickets.
    #[arg(long, default_value_t = 100_000)]
    pub open_tickets: u64,
}

const QUEUES: u64 = 20;
const AGENT: &str = "agent";

fn start() -> OffsetDateTime {
    time::macros::datetime!(2026-12-01 08:00 UTC)
}

/// The i-th ticket: its queue, priority and creation instant (a few seconds apart).
fn shape(index: u64, seed: &mut u64) -> (u64, Priority, OffsetDateTime) {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    let priority = Priority::ALL[(*seed % 4) as usize];
    let queue = (*seed >> 8) % QUEUES;
    let created = start() + Duration::seconds(i64::try_from(index * 3).unwrap_or(0));
    (queue, priority, created)
}

fn percentiles(histogram: &Histogram<u64>) -> (u64, u64) {
    (
        histogram.value_at_quantile(0.5),
        histogram.value_at_quantile(0.99),
    )
}

fn histogram() -> Result<Histogram<u64>> {
    Histogram::<u64>::new_with_bounds(1, 60_000_000_000, 3).map_err(|e| anyhow!("histogram: {e}"))
}

fn kontor_side(dir: &Path, tickets: u64, queries: usize) -> Result<(u64, u64)> {
    let store = Store::open(&dir.join("kontor"))?;
    let admin = Actor {
        name: "root".into(),
        role: Role::Admin,
    };
    let clock = Clock::pinned(start());
    let mut queues = Vec::new();
    for number in 0..QUEUES {
        let edit = QueueEdit {
            targets: vec![
                (Target::FirstResponse, Priority::Low, 8 * 60),
                (Target::FirstResponse, Priority::Normal, 4 * 60),
                (Target::FirstResponse, Priority::High, 60),
                (Target::FirstResponse, Priority::Urgent, 30),
            ],
            agents: Some(vec![AGENT.into()]),
            ..QueueEdit::default()
        };
        let command = QueueCommand::Add {
            name: format!("Queue {number:02}"),
            edit,
        };
        execute(&store, &clock, &admin, Command::Queue(command))?;
    }
    for queue in store.scan::<Queue>()? {
        queues.push(queue?);
    }
    let calendar = BusinessCalendar::around_the_clock();
    let mut seed = SEED;
    let mut index = 0;
    while index < tickets {
        let batch: Vec<Ticket> = (index..(index + 1000).min(tickets))
            .map(|i| {
                let (queue, priority, created) = shape(i, &mut seed);
                let queue = &queues[queue as usize];
                let number = TicketNumber::new(2026, i + 1);
                let number = number.map_err(|e| anyhow!("{e}"))?;
                let mut ticket = Ticket::new(number, queue.id, "bench", created);
                ticket.priority = priority;
                let report = clocks(&queue.policy, &calendar, &ticket.sla_events(), created);
                ticket.sla_due = time_left(&report).map(|left| left.due);
                Ok(ticket)
            })
            .collect::<Result<_>>()?;
        store.transaction(|tx| {
            for ticket in &batch {
                tx.insert(&mut ticket.clone())?;
            }
            Ok(())
        })?;
        index += 1000;
    }
    let agent = Actor {
        name: AGENT.into(),
        role: Role::Agent,
    };
    let now = start() + Duration::days(3);
    let mut histogram = histogram()?;
    for _ in 0..queries {
        let at = Instant::now();
        let taken = kontor::core::tickets::next(&store, &agent, now)?;
        let nanos = u64::try_from(at.elapsed().as_nanos()).unwrap_or(u64::MAX);
        histogram.saturating_record(nanos.max(1));
        let taken = taken.ok_or_else(|| anyhow!("kontor found no ticket"))?;
        store.transaction(|tx| {
            let mut ticket = tx.require::<Ticket>(taken.id)?;
            ticket.lease = None;
            tx.update(&mut ticket, None)?;
            Ok(())
        })?;
    }
    Ok(percentiles(&histogram))
}

const SCHEMA: &str = "
CREATE TABLE tickets (id INTEGER PRIMARY KEY, queue INTEGER NOT NULL, open INTEGER NOT NULL,
    due_rank INTEGER NOT NULL, due INTEGER, priority_rank INTEGER NOT NULL,
    created INTEGER NOT NULL, lease_user TEXT, lease_until INTEGER);
CREATE TABLE agents (queue INTEGER NOT NULL, agent TEXT NOT NULL, PRIMARY KEY(agent, queue));
CREATE INDEX tickets_by_urgency ON tickets(due_rank, due, priority_rank, created, id)
    WHERE open = 1;
";

fn sqlite_side(dir: &Path, tickets: u64, queries: usize) -> Result<(u64, u64)> {
    let mut conn = Connection::open(dir.join("tickets.sqlite"))?;
    conn.execute_batch(&format!(
        "PRAGMA locking_mode=EXCLUSIVE; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
         PRAGMA cache_size=-{};",
        super::SQLITE_CACHE_KIB
    ))?;
    conn.execute_batch(SCHEMA)?;
    let targets = [8 * 60, 4 * 60, 60, 30];
    let mut seed = SEED;
    let tx = conn.transaction()?;
    for queue in 0..QUEUES {
        tx.execute("INSERT INTO agents VALUES (?1, ?2)", params![queue, AGENT])?;
    }
    {
        let mut insert = tx.prepare(
            "INSERT INTO tickets (id, queue, open, due_rank, due, priority_rank, created)
             VALUES (?1, ?2, 1, 0, ?3, ?4, ?5)",
        )?;
        for i in 0..tickets {
            let (queue, priority, created) = shape(i, &mut seed);
            let rank = Priority::ALL
                .iter()
                .position(|p| *p == priority)
                .unwrap_or(0);
            let due = created + Duration::minutes(targets[rank]);
            insert.execute(params![
                i + 1,
                queue,
                due.unix_timestamp(),
                4 - rank as i64,
                created.unix_timestamp()
            ])?;
        }
    }
    tx.commit()?;
    let now = (start() + Duration::days(3)).unix_timestamp();
    let mut histogram = histogram()?;
    for _ in 0..queries {
        let at = Instant::now();
        let tx = conn.transaction()?;
        let id: Option<i64> = tx
            .query_row(
                "SELECT id FROM tickets WHERE open = 1
                   AND queue IN (SELECT queue FROM agents WHERE agent = ?1)
                   AND (lease_until IS NULL OR lease_until <= ?2 OR lease_user = ?1)
                 ORDER BY due_rank, due, priority_rank, created, id LIMIT 1",
                params![AGENT, now],
                |row| row.get(0),
            )
            .optional()?;
        let id = id.ok_or_else(|| anyhow!("SQLite found no ticket"))?;
        tx.execute(
            "UPDATE tickets SET lease_user = ?1, lease_until = ?2 WHERE id = ?3",
            params![AGENT, now + 900, id],
        )?;
        tx.commit()?;
        let nanos = u64::try_from(at.elapsed().as_nanos()).unwrap_or(u64::MAX);
        histogram.saturating_record(nanos.max(1));
        conn.execute(
            "UPDATE tickets SET lease_user = NULL, lease_until = NULL WHERE id = ?1",
            params![id],
        )?;
    }
    Ok(percentiles(&histogram))
}

pub fn run(args: &TicketArgs, dir: &Path, queries: usize) -> Result<()> {
    let queries = queries.min(2_000);
    let (k50, k99) = kontor_side(dir, args.open_tickets, queries)?;
    let (s50, s99) = sqlite_side(dir, args.open_tickets, queries)?;
    println!(
        "next ticket, {} open tickets in {QUEUES} queues ({queries} calls)",
        args.open_tickets
    );
    println!("{:<28} {:>12} {:>12}", "", "kontor", "SQLite");
    println!(
        "{:<28} {:>12.1} {:>12.1}",
        "p50 (µs)",
        micros(k50),
        micros(s50)
    );
    println!(
        "{:<28} {:>12.1} {:>12.1}",
        "p99 (µs)",
        micros(k99),
        micros(s99)
    );
    Ok(())
}
