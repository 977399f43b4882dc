//! The subcommands of every declared record kind (`kontor supplier add|show|list|search|
//! edit|delete`), one per kind of the core's registry, built from its field table: one
//! flag per editable field with the field's help line, repeatable for fields of many
//! values. Parsed into a `RecordCmd` (the kind and a `KindAction` whose inputs are the
//! domain's `Input`). Room: cli.

use clap::{Arg, ArgAction, ArgMatches, Command, FromArgMatches, Subcommand, value_parser};

use crate::core::kinds::{KindDecl, REGISTRY};
use crate::domain::Invalid;
use crate::domain::fields::{Input, one_list_value};

/// What was asked of a kind.
#[derive(Debug, Clone)]
pub enum KindAction {
    Add(Input),
    Show(u64),
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
        id: u64,
        expected_version: Option<u64>,
        edit: Input,
    },
    /// With `force`, the records referring to it go too.
    Delete {
        id: u64,
        force: bool,
    },
}

/// The parsed subcommand of a registry kind.
#[derive(Debug, Clone)]
pub struct RecordCmd {
    pub kind: &'static KindDecl,
    pub action: KindAction,
}

fn id_arg(kind: &KindDecl) -> Arg {
    Arg::new("id")
        .required(true)
        .value_parser(value_parser!(u64))
        .help(format!("Id of the {}", kind.name))
}

fn limit_arg(default: &'static str) -> Arg {
    Arg::new("limit")
        .long("limit")
        .value_parser(value_parser!(usize))
        .default_value(default)
        .help("At most this many rows")
}

/// One flag per editable field; on `add` required fields are required.
fn field_args(kind: &KindDecl, adding: bool) -> Vec<Arg> {
    kind.fields
        .iter()
        .filter(|field| field.editable)
        .map(|field| {
            let arg = Arg::new(field.name)
                .long(field.flag)
                .allow_hyphen_values(true)
                .help(field.help);
            match field.many {
                true => arg.action(ArgAction::Append),
                false => arg.required(adding && field.required),
            }
        })
        .collect()
}

fn subcommands(kind: &KindDecl) -> Vec<Command> {
    let plural = kind.plural;
    vec![
        Command::new("add")
            .about(format!("Add a {} and print it", kind.name))
            .args(field_args(kind, true)),
        Command::new("show")
            .about(format!("Show one {}", kind.name))
            .arg(id_arg(kind)),
        Command::new("list")
            .about(format!("List {plural} in id order"))
            .arg(
                Arg::new("after")
                    .long("after")
                    .value_parser(value_parser!(u64))
                    .default_value("0")
                    .help("Only those with a higher id (the next page)"),
            )
            .arg(limit_arg("100")),
        Command::new("search")
            .about(format!(
                "Find {plural} by number, by name (case and accents ignored) or by the last digits of a phone number"
            ))
            .arg(
                Arg::new("text")
                    .required(true)
                    .help("Number, name or a phone fragment of at least 4 digits"),
            )
            .arg(limit_arg("20")),
        Command::new("edit")
            .about(format!(
                "Change a {}: each flag given sets its field, an empty value clears it",
                kind.name
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
            ),
        Command::new("delete")
            .about(format!(
                "Delete a {}; refused while other records refer to it",
                kind.name
            ))
            .arg(id_arg(kind))
            .arg(
                Arg::new("force")
                    .long("force")
                    .action(ArgAction::SetTrue)
                    .help("Delete the records that refer to it too"),
            ),
    ]
}

/// The fields given as flags. On an edit a single-valued flag given empty, or a
/// repeatable one given only empty values, clears its field.
fn input_of(kind: &KindDecl, matches: &ArgMatches, editing: bool) -> Result<Input, Invalid> {
    let mut input = Input::new();
    for field in kind.fields.iter().filter(|field| field.editable) {
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
                input.push(field.name, value.clone());
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

fn parse_action(kind: &KindDecl, name: &str, matches: &ArgMatches) -> Result<KindAction, String> {
    let id = || one::<u64>(matches, "id").ok_or("an id is needed");
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
        other => return Err(format!("unknown subcommand {other}")),
    })
}

/// `Suppliers: add, show, list, search, edit, delete`: the kind's line in `kontor --help`.
fn about(kind: &KindDecl) -> String {
    let mut chars = kind.plural.chars();
    let first: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .collect();
    format!(
        "{first}{}: add, show, list, search, edit, delete",
        chars.as_str()
    )
}

impl FromArgMatches for RecordCmd {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let (name, sub) = matches
            .subcommand()
            .ok_or_else(|| clap_error("a subcommand is needed".into()))?;
        let kind = REGISTRY
            .iter()
            .copied()
            .find(|kind| kind.name == name)
            .ok_or_else(|| clap_error(format!("unknown subcommand {name}")))?;
        let (action, sub) = sub
            .subcommand()
            .ok_or_else(|| clap_error(format!("{name}: a subcommand is needed")))?;
        let action = parse_action(kind, action, sub).map_err(clap_error)?;
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
            Command::new(kind.name)
                .about(about(kind))
                .subcommands(subcommands(kind))
                .subcommand_required(true)
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
        assert_eq!(id, 4);
        assert!(edit.has("contact") && edit.text("contact").is_empty());
        assert!(edit.has("tags") && edit.list("tags").is_empty());
        assert_eq!(edit.text("city"), "Paris");
        assert!(!edit.has("name"));
        assert!(matches!(
            parse(&["delete", "4", "--force"]),
            KindAction::Delete { id: 4, force: true }
        ));
        assert!(matches!(
            parse(&["delete", "4"]),
            KindAction::Delete {
                id: 4,
                force: false
            }
        ));
    }
}
