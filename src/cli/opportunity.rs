//! The opportunities' own subcommands beside the registry's (`kind_args::OwnCommands`):
//! `stage` moves one through the pipeline (a workflow: `Command::MoveOpportunity`), `list`
//! filters by stage and customer, `pipeline` sums up each stage. Room: cli.

use clap::{ArgMatches, Command, FromArgMatches, Subcommand};

use super::kind::{list, show};
use super::kind_args::OwnCommands;
use super::{CliError, Context, output};
use crate::core::kinds::OPPORTUNITIES;
use crate::core::query;
use crate::core::{CoreError, Event, execute};
use crate::domain::Stage;
use crate::domain::fields::opportunity::{parse_probability, to_row};
use crate::domain::fields::{Row, Value};

/// The subcommands opportunities have of their own.
#[derive(Debug, Subcommand)]
enum OwnCmd {
    /// Move an opportunity to a stage (lost needs --reason)
    Stage {
        /// Id of the opportunity
        id: u64,
        /// The new stage: qualification, needs-analysis, proposal, negotiation, won or lost
        stage: String,
        /// Why it was lost (only with lost, which needs it)
        #[arg(long)]
        reason: Option<String>,
        /// Percent, 0–100 [default: the stage's default, even when the stage stays]
        #[arg(long)]
        probability: Option<String>,
    },
    /// List opportunities
    List {
        /// Only opportunities in this stage (qualification, needs-analysis, proposal, negotiation, won or lost)
        #[arg(long)]
        stage: Option<String>,
        /// Only opportunities of this customer (its id)
        #[arg(long)]
        customer: Option<u64>,
        /// At most this many rows
        #[arg(long, default_value_t = 100)]
        limit: usize,
    },
    /// Per stage: count, sum, weighted sum; and totals
    Pipeline,
}

/// The opportunities' own subcommands, for the registry's CLI.
pub const OWN: OwnCommands = OwnCommands {
    kind: "opportunity",
    names: &["stage", "list", "pipeline"],
    augment: |command: Command| OwnCmd::augment_subcommands(command),
    run,
};

fn run(context: &mut Context, matches: &ArgMatches) -> Result<(), CliError> {
    let command =
        OwnCmd::from_arg_matches(matches).map_err(|error| CliError::Usage(error.to_string()))?;
    match command {
        OwnCmd::Stage {
            id,
            stage,
            reason,
            probability,
        } => {
            let stage = Stage::parse(&stage).map_err(CoreError::from)?;
            let probability = probability
                .map(|p| parse_probability(&p))
                .transpose()
                .map_err(CoreError::from)?;
            let command = crate::core::Command::MoveOpportunity {
                id,
                stage,
                probability,
                reason,
            };
            let event = execute(&context.store, &context.clock, &context.actor, command)?;
            match event {
                Event::OpportunityMoved(opportunity) => {
                    show(context, &to_row(&opportunity, context.offset()))
                }
                _ => Ok(()),
            }
        }
        OwnCmd::List {
            stage,
            customer,
            limit,
        } => {
            let stage = stage
                .map(|s| Stage::parse(&s))
                .transpose()
                .map_err(CoreError::from)?;
            let opportunities = output::limited(limit, &mut context.err, |limit| {
                query::list_opportunities(&context.store, &context.actor, stage, customer, limit)
            })?;
            let rows: Vec<Row> = opportunities
                .iter()
                .map(|o| to_row(o, context.offset()))
                .collect();
            list(context, OPPORTUNITIES, &rows)
        }
        OwnCmd::Pipeline => pipeline(context),
    }
}

/// Per stage: count, sum, weighted sum; then a total line per currency.
fn pipeline(context: &mut Context) -> Result<(), CliError> {
    let rows = query::pipeline(&context.store, &context.actor, context.settings.currency)?;
    let mut lines: Vec<Row> = Vec::new();
    let mut currencies: Vec<_> = rows.iter().map(|r| r.currency).collect();
    currencies.sort();
    currencies.dedup();
    let money = |amount, currency: crate::domain::Currency| {
        Value::Decimal(crate::domain::Money::new(amount, currency).amount_text())
    };
    for row in &rows {
        lines.push(vec![
            ("stage", Value::Text(row.stage.name().into())),
            ("count", Value::Integer(row.count as i64)),
            ("sum", money(row.sum, row.currency)),
            ("weighted", money(row.weighted, row.currency)),
            ("currency", Value::Text(row.currency.to_string())),
        ]);
    }
    // The totals line names itself in the table's language; CSV and JSON keep `total`.
    let total = match context.format {
        super::args::Format::Table => crate::t!("cli-pipeline-total"),
        _ => "total".to_string(),
    };
    for currency in currencies {
        let of_currency = rows.iter().filter(|r| r.currency == currency);
        let (mut count, mut sum, mut weighted) =
            (0, rust_decimal::Decimal::ZERO, rust_decimal::Decimal::ZERO);
        for row in of_currency {
            count += row.count;
            sum = query::add_amounts(sum, row.sum)?;
            weighted = query::add_amounts(weighted, row.weighted)?;
        }
        lines.push(vec![
            ("stage", Value::Text(total.clone())),
            ("count", Value::Integer(count as i64)),
            ("sum", money(sum, currency)),
            ("weighted", money(weighted, currency)),
            ("currency", Value::Text(currency.to_string())),
        ]);
    }
    output::list(
        &mut context.out,
        context.format,
        &lines,
        &["stage", "count", "sum", "weighted", "currency"],
    )?;
    Ok(())
}
