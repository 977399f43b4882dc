//! The interactions' own subcommands beside the registry's (`kind_args::OwnCommands`):
//! `log` is the registry's `add` under the name a call centre uses, `list` filters by
//! customer, agent and open follow-ups due, `done` completes a follow-up (a workflow:
//! `Command::CompleteFollowUp`). `add --ticket N` puts a logged call on a ticket,
//! `add --new-ticket QUEUE` opens one from it (`core::tickets::calls`; the target is
//! checked before the interaction is written). `add --campaign ID` or `--purpose P` logs
//! a marketing call: refused, naming why, unless the phone consent of the person called
//! (`--phone`, else the contact's or customer's numbers) allows the purpose (`calls` by
//! default) now; the call and the use of that consent are written in one transaction
//! (`core::marketing_call`). Room: cli.

use std::io::Write;

use clap::{Arg, ArgMatches, Command, FromArgMatches, Subcommand};

use super::kind::{list, record, show};
use super::kind_args::{KindAction, OwnCommands, RecordCmd, add_command, parse_action};
use super::{CliError, Context, output};
use crate::core::kinds::INTERACTIONS;
use crate::core::marketing_call::{self, CallFor};
use crate::core::plain::{Done, RecordCommand, RecordEvent, RecordOp};
use crate::core::query::{self, InteractionFilter};
use crate::core::tickets::{CallTarget, TicketCommand};
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
    names: &["add", "list", "done"],
    augment: |command: Command| {
        let add = add_command(INTERACTIONS);
        let command = command.subcommand({
            add.display_order(0)
                .visible_alias("log")
                .about("Log an interaction with a customer (a call needs an outcome)")
                .arg(
                    Arg::new("ticket")
                        .long("ticket")
                        .value_name("NUMBER")
                        .conflicts_with("new_ticket")
                        .help("Put the call on this ticket (its number): a call in is the customer's message"),
                )
                .arg(
                    Arg::new("new_ticket")
                        .long("new-ticket")
                        .value_name("QUEUE")
                        .help("Open a ticket in this queue from the call (subject: the call's)"),
                )
                .arg(
                    Arg::new("campaign")
                        .long("campaign")
                        .value_name("ID")
                        .value_parser(clap::value_parser!(u64))
                        .help("A marketing call of this campaign: refused without phone consent, its use recorded"),
                )
                .arg(
                    Arg::new("purpose")
                        .long("purpose")
                        .value_name("PURPOSE")
                        .help("A marketing call relying on phone consent for this purpose (default with --campaign: calls)"),
                )
                .arg(
                    Arg::new("phone")
                        .long("phone")
                        .value_name("NUMBER")
                        .help("The number called (default: the contact's, else the customer's numbers)"),
                )
        });
        OwnCmd::augment_subcommands(command)
    },
    run,
};

fn run(context: &mut Context, matches: &ArgMatches) -> Result<(), CliError> {
    if let Some(("add", matches)) = matches.subcommand() {
        return add(context, matches);
    }
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

/// A marketing call (`--campaign`, `--purpose`): checked against the phone consent, then
/// logged with the use of that consent in one transaction (`core::marketing_call`).
fn add(context: &mut Context, matches: &ArgMatches) -> Result<(), CliError> {
    let campaign = matches.get_one::<u64>("campaign").copied();
    let purpose = matches.get_one::<String>("purpose").cloned();
    if campaign.is_none() && purpose.is_none() {
        return add_logged(context, matches);
    }
    let action = parse_action(INTERACTIONS, "add", matches).map_err(CliError::Usage)?;
    let KindAction::Add(input) = action else {
        return Ok(());
    };
    let channel = crate::domain::Channel::parse(&input.text("channel")).map_err(CoreError::from)?;
    if !matches!(
        channel,
        crate::domain::Channel::CallIn | crate::domain::Channel::CallOut
    ) {
        return Err(CliError::Usage(crate::t!("wiring-marketing-not-a-call")));
    }
    let call = CallFor {
        campaign,
        purpose: purpose.unwrap_or_default(),
        phone: matches.get_one::<String>("phone").cloned(),
    };
    let target = call_target(matches);
    if let Some(target) = &target {
        let channel = input.text("channel");
        crate::core::tickets::calls::check(&context.store, &context.actor, &channel, target)?;
    }
    let now = context.clock.now();
    let logged = marketing_call::log(&context.store, &context.actor, &input, &call, now)?;
    let done = Done::Added(logged.row);
    match (target, done.added_id(), &done) {
        (Some(target), Some(interaction), Done::Added(row)) => {
            on_ticket(context, row, target, interaction)
        }
        (_, _, Done::Added(row)) => show(context, row),
        _ => Ok(()),
    }
}

/// The ticket a call goes on (`--ticket`, `--new-ticket`), if any.
fn call_target(matches: &ArgMatches) -> Option<CallTarget> {
    let text = |name: &str| matches.get_one::<String>(name).cloned();
    match (text("ticket"), text("new_ticket")) {
        (Some(number), _) => Some(CallTarget::Ticket(number)),
        (None, Some(queue)) => Some(CallTarget::New { queue }),
        (None, None) => None,
    }
}

/// The registry's add, then — with `--ticket` or `--new-ticket` — the call on its ticket.
fn add_logged(context: &mut Context, matches: &ArgMatches) -> Result<(), CliError> {
    let target = call_target(matches);
    let action = parse_action(INTERACTIONS, "add", matches).map_err(CliError::Usage)?;
    let KindAction::Add(input) = action else {
        return Ok(());
    };
    let Some(target) = target else {
        let action = KindAction::Add(input);
        return record(
            context,
            RecordCmd {
                kind: INTERACTIONS,
                action,
            },
        );
    };
    let channel = input.text("channel");
    crate::core::tickets::calls::check(&context.store, &context.actor, &channel, &target)?;
    let op = RecordOp::Add { input };
    let command = crate::core::Command::Record(RecordCommand {
        kind: INTERACTIONS,
        op,
    });
    let event = execute(&context.store, &context.clock, &context.actor, command)?;
    let Event::Record(RecordEvent { done, .. }) = event else {
        return Ok(());
    };
    let (Done::Added(row), Some(interaction)) = (&done, done.added_id()) else {
        return Ok(());
    };
    on_ticket(context, row, target, interaction)
}

/// Puts logged call `interaction` (shown as `row`) on its ticket.
fn on_ticket(
    context: &mut Context,
    row: &Row,
    target: CallTarget,
    interaction: u64,
) -> Result<(), CliError> {
    let call = TicketCommand::Call {
        interaction,
        target,
    };
    let event = execute(
        &context.store,
        &context.clock,
        &context.actor,
        crate::core::Command::Ticket(call),
    )?;
    show(context, row)?;
    if let Event::Ticket(ticket) = event {
        let done = crate::t!(
            "ticket-mail-call-on-ticket",
            number = ticket.number.to_string()
        );
        writeln!(context.err, "{done}")?;
    }
    Ok(())
}
