//! The customers' own subcommands beside the registry's (`kind_args::OwnCommands`): `list`
//! filters by status, owner and tag; `edit` is the generic edit (a flag given sets its
//! field, empty clears, a list flag replaces the list) with flags that add and remove
//! phones, e-mails, tags and contacts and set a contact's salutation
//! (`fields::customer::EDIT_CHANGES`), applied by the
//! core. Room: cli.

use clap::{Arg, ArgAction, ArgMatches, Command};

use super::kind::{list, record};
use super::kind_args::{KindAction, OwnCommands, RecordCmd, edit_command, parse_action};
use super::{CliError, Context, output};
use crate::core::CoreError;
use crate::core::kinds::CUSTOMERS;
use crate::core::query::{self, CustomerFilter};
use crate::domain::CustomerStatus;
use crate::domain::fields::customer::to_row;
use crate::domain::fields::{Row, one_list_value};

/// The customers' own subcommands, for the registry's CLI.
pub const OWN: OwnCommands = OwnCommands {
    kind: "customer",
    names: &["list", "edit", "duplicates", "merge"],
    augment,
    run,
};

/// The flags of `edit` that add or remove values: (flag, `EDIT_CHANGES` name, the field a
/// refusal names, help).
const CHANGES: [(&str, &str, &str, &str); 9] = [
    (
        "add-phone",
        "add_phone",
        "phone",
        "Add a phone number in any formatting (repeatable)",
    ),
    (
        "remove-phone",
        "remove_phone",
        "phone",
        "Remove a phone number, written in any formatting (repeatable)",
    ),
    (
        "add-email",
        "add_email",
        "email",
        "Add an e-mail address (repeatable)",
    ),
    (
        "remove-email",
        "remove_email",
        "email",
        "Remove an e-mail address, case ignored (repeatable)",
    ),
    (
        "add-tag",
        "add_tag",
        "tags",
        "Add a tag; commas separate several (repeatable)",
    ),
    (
        "remove-tag",
        "remove_tag",
        "tags",
        "Remove a tag, written exactly as stored (repeatable)",
    ),
    (
        "add-contact",
        "add_contact",
        "contact",
        "Add a contact person (NAME or NAME:ROLE, repeatable)",
    ),
    (
        "remove-contact",
        "remove_contact",
        "contact",
        "Remove a contact person by name, case ignored (repeatable; with --add-contact of the same name, changes the role and keeps the contact's phones and e-mails)",
    ),
    (
        "salute-contact",
        "salute_contact",
        "contact",
        "Set how a contact is greeted: NAME:GENDER[:TITLE[:SURNAME]], gender female, male or unknown, e.g. \"Anna Müller:female:Dr.\" (repeatable)",
    ),
];

fn augment(command: Command) -> Command {
    let filter = |name: &'static str, help: &'static str| Arg::new(name).long(name).help(help);
    let list = Command::new("list")
        .about("List customers")
        .arg(filter(
            "status",
            "Only customers with this status (lead, prospect, customer or inactive)",
        ))
        .arg(filter(
            "owner",
            "Only customers of this owner (case and accents ignored)",
        ))
        .arg(filter(
            "tag",
            "Only customers with this tag (case and accents ignored)",
        ))
        .arg(
            Arg::new("limit")
                .long("limit")
                .value_parser(clap::value_parser!(usize))
                .default_value("100")
                .help("At most this many rows"),
        );
    let changes = CHANGES.iter().map(|(flag, name, _, help)| {
        Arg::new(*name)
            .long(*flag)
            .action(ArgAction::Append)
            .allow_hyphen_values(true)
            .help(*help)
    });
    let edit = edit_command(CUSTOMERS).args(changes);
    super::customer_merge::subcommands(command.subcommand(list).subcommand(edit))
}

fn run(context: &mut Context, matches: &ArgMatches) -> Result<(), CliError> {
    match matches.subcommand() {
        Some(("list", matches)) => list_filtered(context, matches),
        Some(("edit", matches)) => edit(context, matches),
        Some((name, matches)) => super::customer_merge::run(context, name, matches).map(drop),
        None => Ok(()),
    }
}

fn list_filtered(context: &mut Context, matches: &ArgMatches) -> Result<(), CliError> {
    let text = |name: &str| matches.get_one::<String>(name).cloned();
    let status = text("status")
        .map(|status| CustomerStatus::parse(&status))
        .transpose()
        .map_err(CoreError::from)?;
    let filter = CustomerFilter {
        status,
        owner: text("owner"),
        tag: text("tag"),
    };
    let limit = matches.get_one::<usize>("limit").copied().unwrap_or(100);
    let customers = output::limited(limit, &mut context.err, |limit| {
        query::list_customers(&context.store, &context.actor, &filter, limit)
    })?;
    let rows: Vec<Row> = customers
        .iter()
        .map(|customer| to_row(customer, context.offset()))
        .collect();
    list(context, CUSTOMERS, &rows)
}

/// The generic edit with the added and removed values beside its fields; each value is one
/// value (a `|` in it is refused naming the field).
fn edit(context: &mut Context, matches: &ArgMatches) -> Result<(), CliError> {
    let action = parse_action(CUSTOMERS, "edit", matches).map_err(CliError::Usage)?;
    let KindAction::Edit {
        id,
        expected_version,
        mut edit,
    } = action
    else {
        return Ok(());
    };
    for (_, name, field, _) in CHANGES {
        for value in matches.get_many::<String>(name).into_iter().flatten() {
            one_list_value(field, value).map_err(CoreError::from)?;
            edit.push(name, value.clone());
        }
    }
    let action = KindAction::Edit {
        id,
        expected_version,
        edit,
    };
    record(
        context,
        RecordCmd {
            kind: CUSTOMERS,
            action,
        },
    )
}
