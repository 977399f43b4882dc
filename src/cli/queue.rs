//! `kontor queue add|edit|list`: service queues and their SLA policy. Targets are given per
//! priority as business time (`--first-response normal=4h`, `--resolution urgent=1h30m`;
//! `0` removes one), warnings as percentages (`--warn 70,80,90`). Room: cli.

use std::io::Write;

use clap::{Args, Subcommand};

use super::args::Format;
use super::{CliError, Context, output};
use crate::core::tickets::{QueueCommand, QueueEdit, Target};
use crate::core::{Command, Event, execute};
use crate::domain::Invalid;
use crate::domain::fields::{Row, Value};
use crate::domain::sla::ClockTargets;
use crate::domain::ticket::{AfterClose, Priority, Queue};

#[derive(Debug, Subcommand)]
pub enum QueueCmd {
    /// Add a queue (admins)
    Add(QueueArgs),
    /// Change a queue: only what is given changes (admins)
    Edit(QueueArgs),
    /// Every queue with its agents and SLA targets
    List,
}

#[derive(Debug, Args)]
pub struct QueueArgs {
    /// The queue's name
    name: String,
    /// A new name (edit)
    #[arg(long)]
    rename: Option<String>,
    /// The business calendar its clocks run on (empty: around the clock)
    #[arg(long)]
    calendar: Option<String>,
    /// PRIORITY=TIME until the first answer, e.g. normal=4h (repeatable)
    #[arg(long = "first-response", value_name = "PRIORITY=TIME")]
    first_response: Vec<String>,
    /// PRIORITY=TIME from a customer's message to the next answer (repeatable)
    #[arg(long = "next-response", value_name = "PRIORITY=TIME")]
    next_response: Vec<String>,
    /// PRIORITY=TIME until resolved, e.g. urgent=8h (repeatable)
    #[arg(long, value_name = "PRIORITY=TIME")]
    resolution: Vec<String>,
    /// Percentages of a target at which a ticket is flagged, e.g. 70,80,90
    #[arg(long, value_name = "PERCENTS")]
    warn: Option<String>,
    /// What a customer's mail to a closed ticket does: reopen, new-ticket or refuse
    #[arg(long, value_name = "CHOICE")]
    after_close: Option<String>,
    /// Acknowledge new tickets by mail: yes or no
    #[arg(long, value_name = "YES|NO")]
    acknowledge: Option<String>,
    /// The acknowledgement's text (empty: the standard text)
    #[arg(long, value_name = "TEXT")]
    template: Option<String>,
    /// The agents who work it, comma-separated user names
    #[arg(long, value_name = "USERS")]
    agents: Option<String>,
    /// The queue's mail address (empty: none)
    #[arg(long)]
    address: Option<String>,
}

fn invalid(problem: Invalid) -> CliError {
    CliError::Core(problem.into())
}

/// `4h`, `90m`, `1h30m`, or a bare number of minutes.
fn minutes(text: &str) -> Option<u32> {
    let text = text.trim().to_ascii_lowercase();
    if let Ok(bare) = text.parse::<u32>() {
        return Some(bare);
    }
    let (hours, rest) = match text.split_once('h') {
        Some((hours, rest)) => (hours.trim().parse::<u32>().ok()?, rest.trim()),
        None => (0, text.as_str()),
    };
    let minutes = match rest.strip_suffix('m') {
        Some(minutes) => minutes.trim().parse::<u32>().ok()?,
        None if rest.is_empty() => 0,
        None => return None,
    };
    hours.checked_mul(60)?.checked_add(minutes)
}

fn targets(target: Target, given: &[String]) -> Result<Vec<(Target, Priority, u32)>, CliError> {
    given
        .iter()
        .map(|spec| {
            let refused = || {
                invalid(Invalid::new(
                    "target",
                    crate::t!("cli-queue-target", spec = spec.as_str()),
                ))
            };
            let (priority, time) = spec.split_once('=').ok_or_else(refused)?;
            let priority = Priority::parse(priority).map_err(invalid)?;
            Ok((target, priority, minutes(time).ok_or_else(refused)?))
        })
        .collect()
}

fn edit(args: QueueArgs) -> Result<(String, QueueEdit), CliError> {
    let mut all = targets(Target::FirstResponse, &args.first_response)?;
    all.extend(targets(Target::NextResponse, &args.next_response)?);
    all.extend(targets(Target::Resolution, &args.resolution)?);
    let warn = match &args.warn {
        Some(text) => Some(
            text.split(',')
                .filter(|part| !part.trim().is_empty())
                .map(|part| part.trim().parse::<u8>())
                .collect::<Result<Vec<u8>, _>>()
                .map_err(|_| invalid(Invalid::new("warn", crate::t!("domain-queue-warn"))))?,
        ),
        None => None,
    };
    let acknowledge = match args.acknowledge.as_deref().map(str::trim) {
        None => None,
        Some("yes" | "ja" | "true") => Some(true),
        Some("no" | "nein" | "false") => Some(false),
        Some(other) => {
            return Err(invalid(Invalid::new(
                "acknowledge",
                crate::t!("cli-queue-yes-no", value = other),
            )));
        }
    };
    let edit = QueueEdit {
        rename: args.rename,
        calendar: args.calendar,
        targets: all,
        warn,
        after_close: args
            .after_close
            .map(|text| AfterClose::parse(&text))
            .transpose()
            .map_err(invalid)?,
        acknowledge,
        template: args.template,
        agents: args
            .agents
            .map(|text| text.split(',').map(str::to_string).collect()),
        address: args.address,
    };
    Ok((args.name, edit))
}

pub fn queue(context: &mut Context, command: QueueCmd) -> Result<(), CliError> {
    let command = match command {
        QueueCmd::List => {
            let found = crate::core::tickets::queues(&context.store, &context.actor)?;
            let rows: Vec<Row> = found.iter().map(queue_row).collect();
            output::list_with_header(&mut context.out, context.format, &rows, COLUMNS, COLUMNS)?;
            return Ok(());
        }
        QueueCmd::Add(args) => {
            let (name, edit) = edit(args)?;
            QueueCommand::Add { name, edit }
        }
        QueueCmd::Edit(args) => {
            let (name, edit) = edit(args)?;
            QueueCommand::Edit { name, edit }
        }
    };
    let event = execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Queue(command),
    )?;
    let Event::Queue(queue) = event else {
        return Err(CliError::Failed(crate::t!("cli-error-unexpected-answer")));
    };
    match context.format {
        Format::Table => writeln!(
            context.out,
            "{}",
            crate::t!("cli-queue-saved", name = queue.name.as_str())
        )?,
        format => output::record(&mut context.out, format, &queue_row(&queue))?,
    }
    Ok(())
}

const COLUMNS: &[&str] = &[
    "name",
    "agents",
    "calendar",
    "first_response",
    "next_response",
    "resolution",
    "warn",
    "after_close",
    "acknowledge",
    "address",
];

/// `low=8h normal=4h` for one clock's targets (minutes as `XhYm`).
fn clock_text(queue: &Queue, clock: impl Fn(&ClockTargets) -> Option<u32>) -> Vec<String> {
    Priority::ALL
        .iter()
        .filter_map(|priority| {
            let minutes = clock(&queue.policy.targets(*priority))?;
            let time = match (minutes / 60, minutes % 60) {
                (0, m) => format!("{m}m"),
                (h, 0) => format!("{h}h"),
                (h, m) => format!("{h}h{m}m"),
            };
            Some(format!("{}={time}", priority.name()))
        })
        .collect()
}

fn queue_row(queue: &Queue) -> Row {
    vec![
        ("name", Value::Text(queue.name.clone())),
        ("agents", Value::List(queue.agents.clone())),
        (
            "calendar",
            Value::Text(queue.calendar.clone().unwrap_or_default()),
        ),
        (
            "first_response",
            Value::List(clock_text(queue, |t| t.first_response)),
        ),
        (
            "next_response",
            Value::List(clock_text(queue, |t| t.next_response)),
        ),
        (
            "resolution",
            Value::List(clock_text(queue, |t| t.resolution)),
        ),
        (
            "warn",
            Value::List(
                queue
                    .policy
                    .warn_percent
                    .iter()
                    .map(u8::to_string)
                    .collect(),
            ),
        ),
        (
            "after_close",
            Value::Text(queue.after_close.name().to_string()),
        ),
        ("acknowledge", Value::Bool(queue.acknowledge)),
        (
            "address",
            Value::Text(queue.address.clone().unwrap_or_default()),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::minutes;

    #[test]
    fn targets_are_read_as_hours_and_minutes() {
        assert_eq!(minutes("4h"), Some(240));
        assert_eq!(minutes("90m"), Some(90));
        assert_eq!(minutes("1h30m"), Some(90));
        assert_eq!(minutes("45"), Some(45));
        assert_eq!(minutes("4d"), None);
        assert_eq!(minutes("h"), None);
    }
}
