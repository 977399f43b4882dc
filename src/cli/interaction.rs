//! The interactions' own subcommands beside the registry's (`kind_args::OwnCommands`):
//! `log` is the registry's `add` under the name a call centre uses, `list` filters by
//! customer, agent and open follow-ups due, `done` completes a follow-up (a workflow:
//! `Command::CompleteFollowUp`). Room: cli.

use clap::{ArgMatches, Command, FromArgMatches, Subcommand};

use super::kind::{list, show};
use super::kind_args::OwnCommands;
use super::{CliError, Context, output};
use crate::core::kinds::INTERACTIONS;
use crate::core::query::{self, InteractionFilter};
use crate::core::{CoreError, Event, execute};
use crate::domain::datetime::parse_date;
use crate::domain::fields::Row;
use crate::domain::fields::interaction::to_row;

/// The subcommands interactions have of their own.
#[derive(Debug, Subcommand)]
enum OwnCmd {
    /// List interactions
    List {
        /// Only interactions with this customer (its id)
        #[arg(long)]
        customer: Option<u64>,
        /// Only interactions of this agent, a user name (case and accents ignored)
        #[arg(long)]
        agent: Option<String>,
        /// Open follow-ups due on or before DATE (default today)
        #[arg(long, value_name = "DATE", num_args = 0..=1, default_missing_value = "today")]
        due: Option<String>,
        /// At most this many rows
        #[arg(long, default_value_t = 100)]
        limit: usize,
    },
    /// Mark an interaction's follow-up done
    Done {
        /// Id of the interaction
        id: u64,
    },
}

/// The interactions' own subcommands, for the registry's CLI.
pub const OWN: OwnCommands = OwnCommands {
    kind: "interaction",
    names: &["list", "done"],
    augment: |command: Command| {
        let command = command.mut_subcommand("add", |add| {
            add.visible_alias("log")
                .about("Log an interaction with a customer (a call needs an outcome)")
        });
        OwnCmd::augment_subcommands(command)
    },
    run,
};

fn run(context: &mut Context, matches: &ArgMatches) -> Result<(), CliError> {
    let command =
        OwnCmd::from_arg_matches(matches).map_err(|error| CliError::Usage(error.to_string()))?;
    match command {
        OwnCmd::List {
            customer,
            agent,
            due,
            limit,
        } => {
            let due = match due.as_deref() {
                None => None,
                Some("today") => Some(context.zone.local(context.clock.now()).date()),
                Some(text) => Some(parse_date("due", text).map_err(CoreError::from)?),
            };
            let filter = InteractionFilter {
                customer,
                agent,
                due,
            };
            let interactions = output::limited(limit, &mut context.err, |limit| {
                query::list_interactions(&context.store, &context.actor, &filter, limit)
            })?;
            let rows: Vec<Row> = interactions
                .iter()
                .map(|i| to_row(i, context.offset()))
                .collect();
            list(context, INTERACTIONS, &rows)
        }
        OwnCmd::Done { id } => {
            let command = crate::core::Command::CompleteFollowUp { id };
            let event = execute(&context.store, &context.clock, &context.actor, command)?;
            match event {
                Event::FollowUpCompleted(interaction) => {
                    show(context, &to_row(&interaction, context.offset()))
                }
                _ => Ok(()),
            }
        }
    }
}
