//! `kontor-bench --sla`: the SLA clocks of one ticket with 50 pauses over a year (waiting for
//! the customer every week, a customer message and an answer in between), computed over the
//! Bavarian standard calendar as the ticket screen computes them on every redraw: p50/p99 of
//! `domain::sla::clocks`, the due instants included.

use std::time::Instant;

use anyhow::{Result, anyhow};
use clap::Args;
use hdrhistogram::Histogram;
use time::{Duration, OffsetDateTime};

use kontor::domain::calendar::{BusinessCalendar, State};
use kontor::domain::sla::{ClockTargets, SlaEvent, SlaEventKind, SlaPolicy, clocks};
use kontor::domain::ticket::{Priority, TicketStatus};

#[derive(Debug, Args)]
pub struct SlaArgs {
    /// Measure the SLA clock computation of a ticket with 50 pauses over a year.
    #[arg(long)]
    pub sla: bool,
}

/// The ticket: created on a Monday, answered, then every week a wait for the customer from
/// Tuesday to Thursday and a customer message and answer on Friday; `now` a year later.
fn ticket(start: OffsetDateTime) -> (Vec<SlaEvent>, OffsetDateTime) {
    let event = |at, kind| SlaEvent { at, kind };
    let mut events = vec![
        event(start, SlaEventKind::Created(Priority::Normal)),
        event(start + Duration::hours(1), SlaEventKind::AgentAnswer),
    ];
    for week in 0..50 {
        let monday = start + Duration::weeks(week);
        let waiting = SlaEventKind::Status(TicketStatus::WaitingForCustomer);
        events.push(event(monday + Duration::days(1), waiting));
        let open = SlaEventKind::Status(TicketStatus::Open);
        events.push(event(monday + Duration::days(3), open));
        events.push(event(
            monday + Duration::days(4),
            SlaEventKind::CustomerMessage,
        ));
        let answer = monday + Duration::days(4) + Duration::hours(2);
        events.push(event(answer, SlaEventKind::AgentAnswer));
    }
    (events, start + Duration::weeks(52))
}

pub fn run(queries: usize) -> Result<()> {
    let calendar = BusinessCalendar::new("Standard", State::BY);
    let targets = ClockTargets {
        first_response: Some(120),
        next_response: Some(240),
        resolution: Some(60 * 540),
    };
    let policy = SlaPolicy {
        normal: targets,
        warn_percent: vec![75, 90],
        ..SlaPolicy::default()
    };
    let (events, now) = ticket(time::macros::datetime!(2026-01-05 09:00 +1));
    let mut histogram = Histogram::<u64>::new_with_bounds(1, 60_000_000_000, 3)
        .map_err(|error| anyhow!("histogram: {error}"))?;
    let mut clocks_seen = 0;
    for _ in 0..queries {
        let at = Instant::now();
        let report = clocks(&policy, &calendar, &events, now);
        let nanos = u64::try_from(at.elapsed().as_nanos()).unwrap_or(u64::MAX);
        histogram.saturating_record(nanos.max(1));
        clocks_seen = report.clocks.len();
    }
    println!(
        "SLA clocks of a ticket with 50 pauses over a year ({clocks_seen} clocks, {queries} runs)"
    );
    println!(
        "  p50 {:>8.1} µs",
        histogram.value_at_quantile(0.5) as f64 / 1000.0
    );
    println!(
        "  p99 {:>8.1} µs",
        histogram.value_at_quantile(0.99) as f64 / 1000.0
    );
    Ok(())
}
