//! The subcommands of every declared record kind (`kontor supplier add|show|list|search|
//! edit|delete`), one per kind of the core's registry (with a kind's own subcommands,
//! `OwnCommands`), built from its field table: one
//! flag per editable field with the field's help line, repeatable for fields of many
//! values. A kind with a natural key (`KindDecl::key`) names a record by it or by its id
//! in `show|edit|delete KEY-or-ID`; a key that stays (the `code` of locations) is the
//! positional of `add KEY` and has no flag, one that may change (an employee number) is a
//! flag like any other field. Parsed into a `RecordCmd` (the kind
//! and a `KindAction` whose inputs are the domain's `Input`). Room: cli.

use clap::{Arg, ArgAction, ArgMatches, Command, FromArgMatches, Subcommand, value_parser};

use crate::core::kinds::{KindDecl, REGISTRY, a};
use crate::domain::Invalid;
use crate::domain::fields::{Input, one_list_value};

/// The record an action names: an id, or (for a kind with a natural key) the key or id
/// as typed, resolved by the core.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Id(u64),
    Key(String),
}

/// What was asked of a kind.
#[derive(Debug, Clone)]
pub enum KindAction {
    Add(Input),
    Show(Target),
    List {
        after: u64,
        limit: usize,
    },
    Search {
        text: String,
        limit: usize,
    },
    /// Fields to set; a field given empty is cleared.
    Edit {
        id: Target,
        expected_version: Option<u64>,
        edit: Input,
    },
    /// With `force`, the records referring to it go too.
    Delete {
        id: Target,
        force: bool,
    },
    /// One of the kind's own subcommands (`OwnCommands`), with the kind's matches.
    Own(ArgMatches),
}

/// The parsed subcommand of a registry kind.
#[derive(Debug, Clone)]
pub struct RecordCmd {
    pub kind: &'static KindDecl,
    pub action: KindAction,
}

fn id_arg(kind: &KindDecl) -> Arg {
    let arg = Arg::new("id").required(true);
    match kind.key_field() {
        Some(key) => arg.value_name(upper(key.name)).help(format!(
            "{} or id of the {} (case ignored)",
            key.label().split(" (").next().unwrap_or_default(),
            kind.name
        )),
        None => arg
            .value_parser(value_parser!(u64))
            .help(format!("Id of the {}", kind.name)),
    }
}

/// `CODE` for `code`: how usage lines name a positional.
fn upper(name: &str) -> String {
    name.to_uppercase()
}

/// The natural key that stays as the positional of `add`.
fn key_arg(kind: &KindDecl) -> Option<Arg> {
    let key = kind.key_field().filter(|_| kind.key_stays)?;
    Some(
        Arg::new(key.name)
            .value_name(upper(key.name))
            .required(key.required)
            .allow_hyphen_values(true)
            .help(key.help()),
    )
}

fn limit_arg(default: &'static str) -> Arg {
    Arg::new("limit")
        .long("limit")
        .value_parser(value_parser!(usize))
        .default_value(default)
        .help("At most this many rows")
}

/// One flag per editable field but a natural key that stays (and, on `edit`, fields that
/// stay once added); on `add` required fields are required.
fn field_args(kind: &KindDecl, adding: bool) -> Vec<Arg> {
    kind.fields
        .iter()
        .filter(|field| field.editable && Some(field.name) != kind.fixed_key())
        .filter(|field| adding || !field.stays)
        .map(|field| {
            let arg = Arg::new(field.name)
                .long(field.flag)
                .allow_hyphen_values(true)
                .help(field.help());
            match field.many {
                true => arg.action(ArgAction::Append),
                false => arg.required(adding && field.required),
            }
        })
        .collect()
}

/// The subcommands of a kind that are its own: added to the generic ones, or in place of
/// a generic one of the same name (`list`), each run by `run` with the kind's matches.
pub struct OwnCommands {
    pub kind: &'static str,
    /// Their names.
    pub names: &'static [&'static str],
    /// Adds them to the kind's command.
    pub augment: fn(Command) -> Command,
    /// Runs the one the kind's matches name.
    pub run: fn(&mut super::Context, &ArgMatches) -> Result<(), super::CliError>,
}

/// The kinds with subcommands of their own: locations list the internal ones in code order,
/// then the virtual ones; opportunities move through stages, list by stage or customer and
/// sum up the pipeline; interactions are logged (`add`), listed by customer, agent or due
/// follow-up, and their follow-ups done.
pub const OWN_COMMANDS: &[OwnCommands] = &[
    OwnCommands {
        kind: "location",
        names: &["list"],
        augment: |command| {
            command.subcommand(Command::new("list").about("List internal and virtual locations"))
        },
        run: |context, _| super::stock::location_list(context),
    },
    super::customer::OWN,
    super::opportunity::OWN,
    super::interaction::OWN,
    super::supplier_item::OWN,
];

/// The own subcommands of `kind`, if it has some.
pub fn own_commands(kind: &KindDecl) -> Option<&'static OwnCommands> {
    OWN_COMMANDS.iter().find(|own| own.kind == kind.name)
}

/// Whether `name` is a subcommand of `kind`'s own.
fn is_own(kind: &KindDecl, name: &str) -> bool {
    own_commands(kind).is_some_and(|own| own.names.contains(&name))
}

fn list_command(kind: &KindDecl) -> Command {
    Command::new("list")
        .about(format!("List {} in id order", kind.plural))
        .arg(
            Arg::new("after")
                .long("after")
                .value_parser(value_parser!(u64))
                .default_value("0")
                .help("Only those with a higher id (the next page)"),
        )
        .arg(limit_arg("100"))
}

/// The generic `add` of `kind`: its key (if it stays) and one flag per field (a kind's own
/// `add` adds flags of its own to it).
pub(super) fn add_command(kind: &KindDecl) -> Command {
    Command::new("add")
        .about(format!("Add {} and print it", a(kind.name)))
        .args(key_arg(kind))
        .args(field_args(kind, true))
}

/// The generic `edit` of `kind`: one flag per field an edit may set (a kind's own `edit`
/// adds flags of its own to it).
pub(super) fn edit_command(kind: &KindDecl) -> Command {
    Command::new("edit")
        .about(format!(
            "Change {}: each flag given sets its field, an empty value clears it",
            a(kind.name)
        ))
        .arg(id_arg(kind))
        .args(field_args(kind, false))
        .arg(
            Arg::new("expect_version")
                .long("expect-version")
                .value_parser(value_parser!(u64))
                .help(format!(
                    "Refuse the edit unless the {} is still at this version",
                    kind.name
                )),
        )
}

fn subcommands(kind: &KindDecl) -> Vec<Command> {
    let plural = kind.plural;
    let commands = vec![
        add_command(kind),
        Command::new("show")
            .about(format!("Show one {}", kind.name))
            .arg(id_arg(kind)),
        list_command(kind),
        Command::new("search")
            .about(format!(
                "Find {plural} by {} (case and accents ignored)",
                kind.search_by()
            ))
            .arg(
                Arg::new("text")
                    .required(true)
                    .help(format!("What to look for: {}", kind.search_by())),
            )
            .arg(limit_arg("20")),
        edit_command(kind),
        Command::new("delete")
            .about(format!(
                "Delete {}; refused while other records refer to it",
                a(kind.name)
            ))
            .arg(id_arg(kind))
            .arg(
                Arg::new("force")
                    .long("force")
                    .action(ArgAction::SetTrue)
                    .help("Delete the records that refer to it too"),
            ),
    ];
    commands
        .into_iter()
        .filter(|command| kind.deletable || command.get_name() != "delete")
        .filter(|command| !is_own(kind, command.get_name()))
        .collect()
}

/// The fields given as flags. On an edit a single-valued flag given empty, or a
/// repeatable one given only empty values, clears its field; an empty value among others
/// keeps its place (the n-th value of a contact field is the n-th contact's).
fn input_of(kind: &KindDecl, matches: &ArgMatches, editing: bool) -> Result<Input, Invalid> {
    let mut input = Input::new();
    for field in kind.fields.iter().filter(|field| field.editable) {
        if editing && (Some(field.name) == kind.fixed_key() || field.stays) {
            continue;
        }
        let Ok(Some(values)) = matches.try_get_many::<String>(field.name) else {
            continue;
        };
        let values: Vec<&String> = values.collect();
        if field.many {
            for value in &values {
                one_list_value(field.name, value)?;
            }
        }
        if editing && values.iter().all(|value| value.trim().is_empty()) {
            input.set(field.name, "");
        } else {
            for value in values {
                match field.many {
                    // `--contact-title "" --contact-title Dr.`: the second contact's.
                    true => input.push_in_place(field.name, value.clone()),
                    false => input.push(field.name, value.clone()),
                }
            }
        }
    }
    Ok(input)
}

fn clap_error(message: String) -> clap::Error {
    clap::Error::raw(
        clap::error::ErrorKind::ValueValidation,
        format!("{message}\n"),
    )
}

/// A value of an argument this subcommand may not have: `None` then.
fn one<T: Clone + Send + Sync + 'static>(matches: &ArgMatches, id: &str) -> Option<T> {
    matches.try_get_one::<T>(id).ok().flatten().cloned()
}

/// The generic action `name` of `kind` from its matches.
pub(super) fn parse_action(
    kind: &KindDecl,
    name: &str,
    matches: &ArgMatches,
) -> Result<KindAction, String> {
    let id = || {
        match kind.key {
            Some(_) => one::<String>(matches, "id").map(Target::Key),
            None => one::<u64>(matches, "id").map(Target::Id),
        }
        .ok_or_else(|| crate::t!("cli-usage-id-needed"))
    };
    let limit = one::<usize>(matches, "limit").unwrap_or(20);
    let invalid = |problem: Invalid| problem.to_string();
    Ok(match name {
        "add" => KindAction::Add(input_of(kind, matches, false).map_err(invalid)?),
        "show" => KindAction::Show(id()?),
        "list" => KindAction::List {
            after: one::<u64>(matches, "after").unwrap_or(0),
            limit,
        },
        "search" => KindAction::Search {
            text: one::<String>(matches, "text").unwrap_or_default(),
            limit,
        },
        "edit" => KindAction::Edit {
            id: id()?,
            expected_version: one::<u64>(matches, "expect_version"),
            edit: input_of(kind, matches, true).map_err(invalid)?,
        },
        "delete" => KindAction::Delete {
            id: id()?,
            force: matches.try_get_one::<bool>("force").ok().flatten() == Some(&true),
        },
        other => return Err(crate::t!("cli-usage-unknown-subcommand", name = other)),
    })
}

/// `Suppliers: add, show, list, search, edit, delete`: the kind's line in `kontor --help`,
/// its own subcommands after the generic ones.
fn about(kind: &KindDecl) -> String {
    let mut chars = kind.plural.chars();
    let first: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .collect();
    let generic = ["add", "show", "list", "search", "edit", "delete"]
        .into_iter()
        .filter(|name| kind.deletable || *name != "delete");
    let own = own_commands(kind).map_or(&[][..], |own| own.names);
    let generic: Vec<&str> = generic.collect();
    let own = own.iter().copied().filter(|name| !generic.contains(name));
    let names: Vec<&str> = generic.iter().copied().chain(own).collect();
    format!("{first}{}: {}", chars.as_str(), names.join(", "))
}

impl FromArgMatches for RecordCmd {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let (name, sub) = matches
            .subcommand()
            .ok_or_else(|| clap_error(crate::t!("cli-usage-subcommand-needed")))?;
        let kind = REGISTRY
            .iter()
            .copied()
            .find(|kind| kind.name == name)
            .ok_or_else(|| clap_error(crate::t!("cli-usage-unknown-subcommand", name = name)))?;
        let (action, matches) = sub.subcommand().ok_or_else(|| {
            let needed = crate::t!("cli-usage-subcommand-needed");
            clap_error(format!("{name}: {needed}"))
        })?;
        let action = match is_own(kind, action) {
            true => KindAction::Own(sub.clone()),
            false => parse_action(kind, action, matches).map_err(clap_error)?,
        };
        Ok(RecordCmd { kind, action })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

impl Subcommand for RecordCmd {
    fn augment_subcommands(command: Command) -> Command {
        command.subcommands(REGISTRY.iter().map(|kind| {
            let command = Command::new(kind.name)
                .subcommands(subcommands(kind))
                .subcommand_required(true);
            let command = match own_commands(kind) {
                Some(own) => (own.augment)(command),
                None => command,
            };
            command.about(about(kind))
        }))
    }

    fn augment_subcommands_for_update(command: Command) -> Command {
        Self::augment_subcommands(command)
    }

    fn has_subcommand(name: &str) -> bool {
        REGISTRY.iter().any(|kind| kind.name == name)
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[derive(Debug, Parser)]
    struct Test {
        #[command(subcommand)]
        command: RecordCmd,
    }

    fn parse(args: &[&str]) -> KindAction {
        let argv = ["test", "supplier"].into_iter().chain(args.iter().copied());
        let parsed = Test::try_parse_from(argv).unwrap().command;
        assert_eq!(parsed.kind.name, "supplier");
        parsed.action
    }

    #[test]
    fn flags_come_from_the_field_table() {
        let KindAction::Add(input) = parse(&[
            "add",
            "--name",
            "Exotic Liquids",
            "--phone",
            "(171) 555-2222",
            "--phone",
            "(171) 555-2223",
            "--contact-role",
            "Manager",
            "--payment-terms",
            "30",
        ]) else {
            panic!("not an add");
        };
        assert_eq!(input.text("name"), "Exotic Liquids");
        assert_eq!(input.list("phone").len(), 2);
        assert_eq!(input.text("contact_role"), "Manager");
        assert_eq!(input.text("payment_terms"), "30");
        let missing = Test::try_parse_from(["test", "supplier", "add", "--city", "London"]);
        assert!(missing.is_err(), "--name is required");
    }

    #[test]
    fn an_empty_flag_clears_on_edit() {
        let KindAction::Edit { id, edit, .. } =
            parse(&["edit", "4", "--contact", "", "--tag", "", "--city", "Paris"])
        else {
            panic!("not an edit");
        };
        assert_eq!(id, Target::Id(4));
        assert!(edit.has("contact") && edit.text("contact").is_empty());
        assert!(edit.has("tags") && edit.list("tags").is_empty());
        assert_eq!(edit.text("city"), "Paris");
        assert!(!edit.has("name"));
        assert!(matches!(
            parse(&["delete", "4", "--force"]),
            KindAction::Delete {
                id: Target::Id(4),
                force: true
            }
        ));
        assert!(matches!(
            parse(&["delete", "4"]),
            KindAction::Delete {
                id: Target::Id(4),
                force: false
            }
        ));
    }

    #[test]
    fn a_kind_has_its_own_subcommands_beside_the_generic_ones() {
        let parsed = |args: &[&str]| {
            let argv = std::iter::once("test").chain(args.iter().copied());
            Test::try_parse_from(argv).unwrap().command.action
        };
        // The interactions' add (`log`) is their own: it may put a call on a ticket.
        for own in [
            &[
                "interaction",
                "log",
                "--customer",
                "1",
                "--channel",
                "note",
                "--subject",
                "s",
            ][..],
            &[
                "interaction",
                "add",
                "--customer",
                "1",
                "--channel",
                "call-in",
                "--subject",
                "s",
                "--ticket",
                "2026-000001-3",
            ],
            &["opportunity", "stage", "1", "won"],
            &["opportunity", "list", "--stage", "won"],
            &["interaction", "done", "4"],
            &["location", "list"],
        ] {
            assert!(matches!(parsed(own), KindAction::Own(_)), "{own:?}");
        }
        assert!(Test::try_parse_from(["test", "location", "list", "--after", "3"]).is_err());
        assert!(about(crate::core::kinds::LOCATIONS).ends_with("search, edit"));
    }
}
