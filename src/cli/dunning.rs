//! `kontor dunning run|block|unblock|blocks|show`: the dunning run on the command line.
//! `run [--date D]` lists what a run proposes — per letter the customer, level, open
//! amounts, interest, fee and total, per item its level, due date, days overdue and
//! interest, and the items held by a block with its reason; `--post` records the letters
//! (`MA-…`); `--skip RE-…` leaves an invoice for the next run. `block --customer C | --invoice RE-… --reason TEXT` keeps a customer or an
//! invoice out of dunning, `unblock` lets it back in, `blocks` lists them; `show MA-…
//! [--pdf FILE]` prints a posted letter as text and writes it as PDF. Tables are for
//! people (the language's numbers, dates and level names); CSV (one row per item, the
//! letter's fee and total repeated) and JSON write exact decimals, ISO dates and the
//! levels' names (`reminder`, `first`, `second`). Room: cli.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use rust_decimal::Decimal;
use serde_json::{Value as Json, json};

use super::args::Format;
use super::sales::{date_flag, row_json, today};
use super::{CliError, Context, output};
use crate::core::dunning_run::{self, BlockSpec, DunningCommand, DunningEvent, Run};
use crate::core::{Command, Event, execute};
use crate::documents::dunning as document;
use crate::domain::datetime::format_instant;
use crate::domain::dunning::Level;
use crate::domain::dunning_letter::{BlockTarget, DunningLetter};
use crate::domain::fields::{Row, Value};

/// The columns of a letter as text.
const COLUMNS: usize = 80;

#[derive(Debug, Subcommand)]
pub enum DunningCmd {
    /// List the letters a dunning run proposes and the items held by a block; --post records them
    Run {
        /// The day of the run: days overdue and interest are counted to it [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Record the letters (MA-…): each item's level advances and its grace days start again
        #[arg(long)]
        post: bool,
        /// Leave this invoice out of the run, for the next one (repeatable)
        #[arg(long, value_name = "INVOICE")]
        skip: Vec<String>,
    },
    /// Keep a customer or an invoice out of dunning, with a reason
    Block {
        #[command(flatten)]
        target: TargetArgs,
        /// Why it must not be dunned
        #[arg(long)]
        reason: String,
    },
    /// Let a blocked customer or invoice be dunned again
    Unblock {
        #[command(flatten)]
        target: TargetArgs,
    },
    /// List the customers and invoices blocked from dunning
    Blocks,
    /// Print a posted dunning letter as text; write it as PDF
    Show {
        /// Number of the letter (MA-2026-00001)
        number: String,
        /// Write the letter as PDF to this file
        #[arg(long, value_name = "FILE")]
        pdf: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct TargetArgs {
    /// Number or id of the customer
    #[arg(long)]
    customer: Option<String>,
    /// Number of the invoice (RE-2026-00001)
    #[arg(long)]
    invoice: Option<String>,
}

impl TargetArgs {
    fn spec(self) -> BlockSpec {
        match (self.customer, self.invoice) {
            (Some(customer), _) => BlockSpec::Customer(customer),
            (None, invoice) => BlockSpec::Invoice(invoice.unwrap_or_default()),
        }
    }
}

pub fn dunning(context: &mut Context, command: DunningCmd) -> Result<(), CliError> {
    match command {
        DunningCmd::Run { date, post, skip } => {
            let date = date_flag("date", date.as_deref())?.unwrap_or_else(|| today(context));
            let run = match post {
                false => dunning_run::proposal(&context.store, &context.actor, date, &skip)?,
                true => match command_event(context, DunningCommand::Post { date, skip })? {
                    DunningEvent::Posted(run) => run,
                    _ => return Err(unexpected()),
                },
            };
            show_run(context, &run, post)
        }
        DunningCmd::Block { target, reason } => {
            let target = target.spec();
            if let DunningEvent::Blocked(block) =
                command_event(context, DunningCommand::Block { target, reason })?
            {
                let text = crate::t!(
                    "cli-dunning-blocked",
                    number = block.number,
                    reason = block.reason
                );
                writeln!(context.out, "{text}")?;
            }
            Ok(())
        }
        DunningCmd::Unblock { target } => {
            let target = target.spec();
            if let DunningEvent::Unblocked(block) =
                command_event(context, DunningCommand::Unblock { target })?
            {
                let text = crate::t!("cli-dunning-unblocked", number = block.number);
                writeln!(context.out, "{text}")?;
            }
            Ok(())
        }
        DunningCmd::Blocks => {
            let rows: Vec<Row> = dunning_run::blocks(&context.store, &context.actor)?
                .into_iter()
                .map(|block| {
                    let (customer, invoice) = match block.target {
                        BlockTarget::Customer(_) => (block.number, String::new()),
                        BlockTarget::Invoice(_) => (String::new(), block.number),
                    };
                    vec![
                        ("customer", Value::Text(customer)),
                        ("invoice", Value::Text(invoice)),
                        ("reason", Value::Text(block.reason)),
                        ("user", Value::Text(block.blocked_by)),
                        (
                            "at",
                            Value::Text(format_instant(block.blocked_at, context.offset())),
                        ),
                    ]
                })
                .collect();
            const BLOCK_COLUMNS: &[&str] = &["customer", "invoice", "reason", "user", "at"];
            output::list_with_header(
                &mut context.out,
                context.format,
                &rows,
                BLOCK_COLUMNS,
                BLOCK_COLUMNS,
            )?;
            Ok(())
        }
        DunningCmd::Show { number, pdf } => {
            let letter = dunning_run::letter(&context.store, &context.actor, &number)?;
            if let Some(path) = pdf {
                std::fs::write(&path, document::pdf(&letter)).map_err(|error| {
                    CliError::Failed(crate::t!(
                        "cli-error-cannot-write",
                        path = path.display().to_string(),
                        error = error.to_string()
                    ))
                })?;
            }
            write!(context.out, "{}", document::text(&letter, COLUMNS))?;
            Ok(())
        }
    }
}

fn unexpected() -> CliError {
    CliError::Failed(crate::t!("cli-error-unexpected-answer"))
}

fn command_event(context: &Context, command: DunningCommand) -> Result<DunningEvent, CliError> {
    match execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Dunning(command),
    )? {
        Event::Dunning(event) => Ok(*event),
        _ => Err(unexpected()),
    }
}

fn amount(value: Decimal) -> Value {
    Value::Decimal(value.to_string())
}

/// A level as a table shows it (the language's name) or a machine format (`first`).
fn level(level: Level, human: bool) -> Value {
    Value::Text(match human {
        true => level.label(),
        false => level.name().to_string(),
    })
}

const LETTER_COLUMNS: &[&str] = &[
    "number",
    "customer",
    "name",
    "currency",
    "dunning_level",
    "open",
    "interest",
    "fee",
    "total",
];
const ITEM_COLUMNS: &[&str] = &[
    "customer",
    "invoice",
    "dunning_level",
    "due",
    "days_overdue",
    "days_in_default",
    "open",
    "interest",
];
const CSV_COLUMNS: &[&str] = &[
    "number",
    "customer",
    "currency",
    "dunning_level",
    "invoice",
    "due",
    "days_overdue",
    "days_in_default",
    "open",
    "interest",
    "fee",
    "total",
];
const HELD_COLUMNS: &[&str] = &["customer", "invoice", "reason"];

fn letter_row(letter: &DunningLetter, human: bool) -> Row {
    vec![
        ("number", Value::Text(letter.number.clone())),
        ("customer", Value::Text(letter.customer_number.clone())),
        ("name", Value::Text(letter.buyer.name.clone())),
        ("currency", Value::Text(letter.currency.code().to_string())),
        ("dunning_level", level(letter.level, human)),
        ("open", amount(letter.open())),
        ("interest", amount(letter.interest)),
        ("fee", amount(letter.fee)),
        ("total", amount(letter.total)),
    ]
}

fn item_rows(letter: &DunningLetter, human: bool) -> Vec<Row> {
    letter
        .items
        .iter()
        .map(|item| {
            vec![
                ("customer", Value::Text(letter.customer_number.clone())),
                ("invoice", Value::Text(item.invoice_number.clone())),
                ("dunning_level", level(item.level, human)),
                ("due", Value::Text(item.due_date.to_string())),
                ("days_overdue", Value::Integer(item.days_overdue)),
                ("days_in_default", Value::Integer(item.days_in_default)),
                ("open", amount(item.open_amount)),
                ("interest", amount(item.interest)),
            ]
        })
        .collect()
}

fn held_rows(run: &Run) -> Vec<Row> {
    run.held
        .iter()
        .map(|held| {
            vec![
                ("customer", Value::Text(held.customer_number.clone())),
                ("invoice", Value::Text(held.invoice_number.clone())),
                ("reason", Value::Text(held.reason.clone())),
            ]
        })
        .collect()
}

fn show_run(context: &mut Context, run: &Run, posted: bool) -> Result<(), CliError> {
    match context.format {
        Format::Json => {
            let letters: Vec<Json> = run
                .letters
                .iter()
                .map(|letter| {
                    let mut object = row_json(&letter_row(letter, false));
                    if let Json::Object(map) = &mut object {
                        let items = item_rows(letter, false).iter().map(row_json).collect();
                        map.insert("items".into(), Json::Array(items));
                    }
                    object
                })
                .collect();
            let held: Vec<Json> = held_rows(run).iter().map(row_json).collect();
            let document = json!({ "posted": posted, "letters": letters, "held": held });
            writeln!(context.out, "{document}")?;
        }
        Format::Csv => {
            let rows: Vec<Row> =
                run.letters
                    .iter()
                    .flat_map(|letter| {
                        item_rows(letter, false).into_iter().map(move |item| {
                            let of_letter = letter_row(letter, false);
                            CSV_COLUMNS
                                .iter()
                                .filter_map(|column| {
                                    let from = match *column {
                                        "number" | "currency" | "dunning_level" | "fee"
                                        | "total" => &of_letter,
                                        _ => &item,
                                    };
                                    from.iter().find(|(field, _)| field == column).cloned()
                                })
                                .collect::<Row>()
                        })
                    })
                    .collect();
            output::list_with_header(
                &mut context.out,
                context.format,
                &rows,
                CSV_COLUMNS,
                CSV_COLUMNS,
            )?;
        }
        Format::Table => {
            if run.letters.is_empty() {
                writeln!(context.out, "{}", crate::t!("cli-dunning-nothing"))?;
            } else {
                let letters: Vec<Row> = run.letters.iter().map(|l| letter_row(l, true)).collect();
                let columns = match posted {
                    true => LETTER_COLUMNS,
                    false => &LETTER_COLUMNS[1..],
                };
                output::list(&mut context.out, context.format, &letters, columns)?;
                writeln!(context.out)?;
                let items: Vec<Row> = run
                    .letters
                    .iter()
                    .flat_map(|l| item_rows(l, true))
                    .collect();
                output::list(&mut context.out, context.format, &items, ITEM_COLUMNS)?;
            }
            if !run.held.is_empty() {
                writeln!(context.out)?;
                writeln!(context.out, "{}", crate::t!("cli-dunning-held"))?;
                output::list(
                    &mut context.out,
                    context.format,
                    &held_rows(run),
                    HELD_COLUMNS,
                )?;
            }
            if posted && !run.letters.is_empty() {
                let count = run.letters.len() as i64;
                writeln!(context.out)?;
                writeln!(
                    context.out,
                    "{}",
                    crate::t!("cli-dunning-posted", count = count)
                )?;
            }
        }
    }
    Ok(())
}
