//! `kontor customer duplicates [--rule R]` (candidate pairs, best evidence first, and the
//! keys too many customers share, `core::customer_duplicates`) and `kontor customer merge
//! SURVIVOR LOSER [--dry-run] [--keep-number]` (`core::customer_merge`). A customer is named
//! by id or by customer number. Room: cli.

use std::io::Write;

use clap::{Arg, ArgAction, ArgMatches, Command};

use super::{CliError, Context, output};
use crate::core::customer_duplicates::{self, Report};
use crate::core::customer_merge::{self, MergeCommand, Merged, counted};
use crate::core::{self, CoreError, Event};
use crate::domain::duplicates::MatchRule;
use crate::domain::fields::{Row, Value};
use crate::store::kinds::customer::by_number;

/// The two subcommands, for `customer`'s own commands.
pub fn subcommands(command: Command) -> Command {
    let rules: Vec<&'static str> = MatchRule::ALL.iter().map(|rule| rule.name()).collect();
    let duplicates = Command::new("duplicates")
        .about("Pairs of customers that are probably one, best evidence first")
        .arg(
            Arg::new("rule")
                .long("rule")
                .value_parser(clap::builder::PossibleValuesParser::new(rules))
                .help("Only pairs found by this rule: email, phone, domain or name-city"),
        );
    let customer =
        |name: &'static str, help: &'static str| Arg::new(name).required(true).help(help);
    let merge = Command::new("merge")
        .about("Merge a duplicate customer (LOSER) into another (SURVIVOR), with everything that points at it")
        .arg(customer("survivor", "Id or customer number of the customer that stays"))
        .arg(customer("loser", "Id or customer number of the customer merged away"))
        .arg(
            Arg::new("dry-run")
                .long("dry-run")
                .action(ArgAction::SetTrue)
                .help("Show what the merge would do and change nothing"),
        )
        .arg(
            Arg::new("keep-number")
                .long("keep-number")
                .action(ArgAction::SetTrue)
                .help("With two different customer numbers, keep the survivor's (the loser's goes into its notes)"),
        );
    command.subcommand(duplicates).subcommand(merge)
}

/// Runs `duplicates` or `merge`; false for another subcommand.
pub fn run(context: &mut Context, name: &str, matches: &ArgMatches) -> Result<bool, CliError> {
    match name {
        "duplicates" => duplicates(context, matches)?,
        "merge" => merge(context, matches)?,
        _ => return Ok(false),
    }
    Ok(true)
}

fn duplicates(context: &mut Context, matches: &ArgMatches) -> Result<(), CliError> {
    let rule = matches
        .get_one::<String>("rule")
        .and_then(|name| MatchRule::ALL.into_iter().find(|rule| rule.name() == name));
    let report = customer_duplicates::duplicates(&context.store, &context.actor, rule)?;
    let rows = rows(&report);
    let table = matches!(context.format, super::args::Format::Table);
    let rows: Vec<Row> = if table {
        rows.iter().map(labelled).collect()
    } else {
        rows
    };
    output::list_with_header(
        &mut context.out,
        context.format,
        &rows,
        &["left", "left_name", "right", "right_name", "rules", "count"],
        &FIELDS,
    )?;
    Ok(())
}

const FIELDS: [&str; 7] = [
    "left",
    "left_name",
    "right",
    "right_name",
    "rules",
    "value",
    "count",
];

/// One row per pair (count 2), then one per crowd (no ids; its value and how many).
fn rows(report: &Report) -> Vec<Row> {
    let mut rows: Vec<Row> = report
        .pairs
        .iter()
        .map(|pair| {
            row(
                [Some(pair.left), Some(pair.right)],
                [pair.left_name.clone(), pair.right_name.clone()],
                pair.rules
                    .iter()
                    .map(|rule| rule.name().to_string())
                    .collect(),
                String::new(),
                2,
            )
        })
        .collect();
    rows.extend(report.crowds.iter().map(|crowd| {
        row(
            [None, None],
            [String::new(), String::new()],
            vec![crowd.rule.name().to_string()],
            crowd.value.clone(),
            crowd.count,
        )
    }));
    rows
}

fn row(
    ids: [Option<u64>; 2],
    names: [String; 2],
    rules: Vec<String>,
    value: String,
    count: usize,
) -> Row {
    let id = |id: Option<u64>| match id {
        Some(id) => Value::Integer(i64::try_from(id).unwrap_or(i64::MAX)),
        None => Value::Text(String::new()),
    };
    let [left_name, right_name] = names;
    vec![
        ("left", id(ids[0])),
        ("left_name", Value::Text(left_name)),
        ("right", id(ids[1])),
        ("right_name", Value::Text(right_name)),
        ("rules", Value::List(rules)),
        ("value", Value::Text(value)),
        (
            "count",
            Value::Integer(i64::try_from(count).unwrap_or(i64::MAX)),
        ),
    ]
}

/// A row for people: the rules in the current language; a crowd names its value where the
/// left customer's name stands.
fn labelled(row: &Row) -> Row {
    let value = row
        .iter()
        .find(|(field, _)| *field == "value")
        .map(|(_, value)| value.cell())
        .unwrap_or_default();
    row.iter()
        .map(|(field, cell)| match (*field, cell) {
            ("rules", Value::List(names)) => {
                let labels = names
                    .iter()
                    .filter_map(|name| MatchRule::ALL.into_iter().find(|r| r.name() == name))
                    .map(MatchRule::label)
                    .collect();
                (*field, Value::List(labels))
            }
            ("left_name", Value::Text(name)) if name.is_empty() && !value.is_empty() => (
                *field,
                Value::Text(crate::t!("duplicates-crowd", value = value.as_str())),
            ),
            _ => (*field, cell.clone()),
        })
        .collect()
}

fn merge(context: &mut Context, matches: &ArgMatches) -> Result<(), CliError> {
    let customer = |name: &str| -> Result<u64, CliError> {
        let text = matches
            .get_one::<String>(name)
            .map(String::as_str)
            .unwrap_or_default();
        customer_id(context, text)
    };
    let command = MergeCommand {
        survivor: customer("survivor")?,
        loser: customer("loser")?,
        keep_number: matches.get_flag("keep-number"),
    };
    let dry = matches.get_flag("dry-run");
    let merged = if dry {
        customer_merge::dry_run(
            &context.store,
            &context.actor,
            &command,
            context.clock.now(),
        )?
    } else {
        let command = core::Command::MergeCustomers(command);
        match core::execute(&context.store, &context.clock, &context.actor, command)? {
            Event::CustomersMerged(merged) => *merged,
            _ => return Ok(()),
        }
    };
    report(context, &merged, dry)
}

/// The id `text` names: an id, else a customer number.
fn customer_id(context: &Context, text: &str) -> Result<u64, CliError> {
    if let Ok(id) = text.trim().parse::<u64>() {
        return Ok(id);
    }
    match by_number(&context.store, text)? {
        Some(id) => Ok(id),
        None => {
            Err(CoreError::Refused(crate::t!("duplicates-no-customer", text = text.trim())).into())
        }
    }
}

fn report(context: &mut Context, merged: &Merged, dry: bool) -> Result<(), CliError> {
    let moved: Vec<String> = merged
        .moved
        .iter()
        .map(|(kind, count)| counted(kind, *count))
        .collect();
    let moved_text = if moved.is_empty() {
        crate::t!("duplicates-moved-nothing")
    } else {
        moved.join(", ")
    };
    match context.format {
        super::args::Format::Table => {
            let (survivor, loser) = (&merged.survivor, &merged.loser);
            let (loser_id, survivor_id) = (loser.id.to_string(), survivor.id.to_string());
            let line = crate::t!(
                "duplicates-merged",
                dry = if dry { "yes" } else { "no" },
                loser = loser_id,
                loser_name = loser.name.as_str(),
                survivor = survivor_id,
                survivor_name = survivor.name.as_str(),
                moved = moved_text
            );
            writeln!(context.out, "{line}")?;
        }
        _ => {
            let mut row: Row = vec![
                ("survivor", Value::Integer(id(merged.survivor.id))),
                ("loser", Value::Integer(id(merged.loser.id))),
                ("dry_run", Value::Bool(dry)),
            ];
            row.extend(merged.moved.iter().map(|(kind, count)| {
                (
                    moved_field(kind),
                    Value::Integer(i64::try_from(*count).unwrap_or(0)),
                )
            }));
            output::record(&mut context.out, context.format, &row)?;
        }
    }
    Ok(())
}

fn id(id: u64) -> i64 {
    i64::try_from(id).unwrap_or(i64::MAX)
}

/// The machine field a moved kind's count goes under (`interactions`): its mover's.
fn moved_field(kind: &str) -> &'static str {
    customer_merge::MOVERS
        .iter()
        .find(|mover| mover.kind == kind)
        .map_or("moved", |mover| mover.field)
}
