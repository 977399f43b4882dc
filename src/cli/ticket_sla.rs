//! `kontor ticket sla NUMBER [--explain]` and `kontor ticket next`: a ticket's SLA clocks
//! (due, left, warnings, breach; with `--explain` the business intervals, pauses and closed
//! days that made them, times in the user's zone), and the most urgent free ticket of the
//! user's queues, leased to them. Also the time-left text `ticket list`/`show` print. JSON
//! writes machine names, RFC 3339 instants and seconds. Room: cli.

use std::io::Write;

use serde_json::{Value as Json, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::args::Format;
use super::{CliError, Context};
use crate::core::tickets::{TicketSla, TimeLeft, business_duration as duration, clock_label};
use crate::domain::sla::{Clock, ClockReport, Step};
use crate::lang::format;

/// An instant for machines: RFC 3339 in UTC.
fn machine(at: OffsetDateTime) -> String {
    at.to_offset(time::UtcOffset::UTC)
        .format(&Rfc3339)
        .unwrap_or_default()
}

fn clock_name(clock: Clock) -> &'static str {
    match clock {
        Clock::FirstResponse => "first_response",
        Clock::NextResponse => "next_response",
        Clock::Resolution => "resolution",
    }
}

/// The time left of a list row (`TimeLeft::describe`); empty without one.
pub fn time_left_text(left: Option<TimeLeft>) -> String {
    left.map_or_else(String::new, |left| left.describe())
}

/// The machine form of a time left: clock, due, seconds left, breached.
pub fn time_left_json(left: Option<TimeLeft>) -> Json {
    match left {
        None => Json::Null,
        Some(left) => json!({
            "clock": clock_name(left.clock),
            "due": machine(left.due),
            "remaining_seconds": left.remaining_seconds,
            "breached": left.breached,
            "warning": left.warning,
        }),
    }
}

pub fn sla(context: &mut Context, number: &str, explain: bool) -> Result<(), CliError> {
    let now = context.clock.now();
    let sla = crate::core::tickets::sla(&context.store, &context.actor, number, now)?;
    match context.format {
        Format::Json | Format::Csv => {
            writeln!(context.out, "{}", sla_json(&sla, explain))?;
        }
        Format::Table => {
            for line in sla_lines(&sla, explain) {
                writeln!(context.out, "{line}")?;
            }
        }
    }
    Ok(())
}

fn sla_json(sla: &TicketSla, explain: bool) -> Json {
    let clocks: Vec<Json> = sla
        .report
        .clocks
        .iter()
        .map(|clock| {
            let mut value = json!({
                "clock": clock_name(clock.clock),
                "cycle": clock.cycle,
                "target_minutes": clock.target,
                "started": machine(clock.started),
                "stopped": clock.stopped.map(machine),
                "paused": clock.paused,
                "consumed_seconds": clock.consumed_seconds,
                "paused_seconds": clock.paused_seconds,
                "due": clock.due.map(machine),
                "remaining_seconds": clock.remaining_seconds,
                "warning": clock.warning,
                "breached_at": clock.breached_at.map(machine),
            });
            if let (true, Json::Object(map)) = (explain, &mut value) {
                map.insert("steps".into(), clock.steps.iter().map(step_json).collect());
            }
            value
        })
        .collect();
    json!({
        "number": sla.ticket.number.to_string(),
        "queue": sla.queue.name,
        "calendar": sla.calendar.as_ref().map(|calendar| calendar.name.clone()),
        "now": machine(sla.report.now),
        "time_left": time_left_json(crate::core::tickets::time_left(&sla.report)),
        "clocks": clocks,
    })
}

fn step_json(step: &Step) -> Json {
    match step {
        Step::Business {
            from,
            to,
            seconds,
            ahead,
        } => json!({
            "kind": if *ahead { "ahead" } else { "business" },
            "from": machine(*from),
            "to": machine(*to),
            "seconds": seconds,
        }),
        Step::Paused {
            from,
            to,
            status,
            seconds,
        } => json!({
            "kind": "paused",
            "from": machine(*from),
            "to": machine(*to),
            "status": status.name(),
            "seconds": seconds,
        }),
        Step::Closed { date, why } => json!({
            "kind": "closed",
            "date": date.to_string(),
            "why": why.describe(),
        }),
    }
}

fn sla_lines(sla: &TicketSla, explain: bool) -> Vec<String> {
    let ticket = &sla.ticket;
    let mut lines = vec![crate::t!(
        "ticket-sla-head",
        number = ticket.number.to_string(),
        subject = ticket.subject.as_str(),
        queue = sla.queue.name.as_str(),
        priority = ticket.priority.label(),
        status = ticket.status.label()
    )];
    lines.push(match &sla.calendar {
        Some(calendar) => crate::t!(
            "ticket-sla-calendar",
            calendar = calendar.name.as_str(),
            zone = calendar.zone.as_str()
        ),
        None => crate::t!("ticket-sla-around-the-clock"),
    });
    if sla.report.clocks.is_empty() {
        lines.push(crate::t!("ticket-sla-none"));
    }
    for clock in &sla.report.clocks {
        lines.push(String::new());
        lines.extend(clock_lines(clock, explain));
    }
    lines
}

fn clock_lines(clock: &ClockReport, explain: bool) -> Vec<String> {
    let state = match (clock.stopped, clock.paused) {
        (Some(at), _) => crate::t!("ticket-sla-state-stopped", at = format::instant(at)),
        (None, true) => crate::t!("ticket-sla-state-paused"),
        (None, false) => crate::t!("ticket-sla-state-running"),
    };
    let mut lines = vec![format!(
        "{}: {state}",
        clock_label(clock.clock, Some(clock.cycle))
    )];
    let target = match clock.target {
        Some(minutes) => duration(i64::from(minutes) * 60),
        None => crate::t!("ticket-sla-no-target"),
    };
    lines.push(format!(
        "  {}",
        crate::t!(
            "ticket-sla-figures",
            target = target,
            consumed = duration(clock.consumed_seconds),
            paused = duration(clock.paused_seconds)
        )
    ));
    let remaining = clock.remaining_seconds.unwrap_or(0);
    match (clock.due, clock.stopped) {
        (Some(due), _) if remaining < 0 => lines.push(format!(
            "  {}",
            crate::t!(
                "ticket-sla-overdue",
                due = format::instant(due),
                overdue = duration(-remaining)
            )
        )),
        (Some(due), None) => lines.push(format!(
            "  {}",
            crate::t!(
                "ticket-sla-due",
                due = format::instant(due),
                remaining = duration(remaining)
            )
        )),
        (_, Some(_)) if clock.target.is_some() && remaining >= 0 => lines.push(format!(
            "  {}",
            crate::t!("ticket-sla-met", remaining = duration(remaining))
        )),
        _ => {}
    }
    if let Some(percent) = clock.warning {
        lines.push(format!(
            "  {}",
            crate::t!("ticket-sla-warning", percent = i64::from(percent))
        ));
    }
    if let Some(at) = clock.breached_at {
        lines.push(format!(
            "  {}",
            crate::t!("ticket-sla-breached", at = format::instant(at))
        ));
    }
    if explain {
        lines.extend(
            clock
                .steps
                .iter()
                .map(|step| format!("    {}", step_line(step))),
        );
    }
    lines
}

fn step_line(step: &Step) -> String {
    match step {
        Step::Business {
            from,
            to,
            seconds,
            ahead,
        } => {
            let (from, to, duration) = (
                format::instant(*from),
                format::instant(*to),
                duration(*seconds),
            );
            match ahead {
                true => crate::t!(
                    "ticket-sla-explain-ahead",
                    from = from,
                    to = to,
                    duration = duration
                ),
                false => crate::t!(
                    "ticket-sla-explain-business",
                    from = from,
                    to = to,
                    duration = duration
                ),
            }
        }
        Step::Paused {
            from,
            to,
            status,
            seconds,
        } => crate::t!(
            "ticket-sla-explain-paused",
            from = format::instant(*from),
            to = format::instant(*to),
            status = status.label(),
            duration = duration(*seconds)
        ),
        Step::Closed { date, why } => crate::t!(
            "ticket-sla-explain-closed",
            date = format::date(*date),
            why = why.describe()
        ),
    }
}

pub fn next(context: &mut Context) -> Result<(), CliError> {
    let now = context.clock.now();
    let taken = crate::core::tickets::next(&context.store, &context.actor, now)?;
    let Some(ticket) = taken else {
        match context.format {
            Format::Table => writeln!(context.out, "{}", crate::t!("ticket-sla-next-none"))?,
            _ => writeln!(context.out, "null")?,
        }
        return Ok(());
    };
    let number = ticket.number.to_string();
    let queue = crate::core::tickets::show(&context.store, &context.actor, &number)?
        .queue
        .name;
    let left = crate::core::tickets::time_left_of(&context.store, &context.actor, &ticket, now)?;
    let until = ticket.lease.as_ref().map(|lease| lease.until);
    match context.format {
        Format::Table => {
            writeln!(
                context.out,
                "{}",
                crate::t!(
                    "ticket-sla-next",
                    number = ticket.number.to_string(),
                    subject = ticket.subject.as_str(),
                    queue = queue.as_str(),
                    priority = ticket.priority.label(),
                    until = until.map(format::instant).unwrap_or_default()
                )
            )?;
            let left = time_left_text(left);
            if !left.is_empty() {
                writeln!(context.out, "{left}")?;
            }
        }
        _ => writeln!(
            context.out,
            "{}",
            json!({
                "number": ticket.number.to_string(),
                "subject": ticket.subject,
                "queue": queue,
                "priority": ticket.priority.name(),
                "status": ticket.status.name(),
                "leased_to": ticket.lease.as_ref().map(|lease| lease.user.clone()),
                "lease_until": until.map(machine),
                "time_left": time_left_json(left),
            })
        )?,
    }
    Ok(())
}
