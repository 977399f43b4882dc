//! `--help` in the user's language. The clap definitions keep their English doc comments
//! (English `--help` is what clap renders from them); for another language the built tree
//! (`Cli::command()`) is walked and every command's `about` and every argument's `help`
//! replaced by its message of the family `cli-help-…` (`command_key`, `arg_key`), with
//! clap's own words — the usage, options, arguments and commands headings, the help and
//! version flags — from the message files too. Room: cli.

use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::args::Cli;
use crate::lang::{self, Lang};

/// Parses a command line (program name first) with the tree in the current language.
pub fn parse<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let mut command = command();
    let matches = command.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|error| error.format(&mut command))
}

/// The command tree with its help in the current language.
pub fn command() -> Command {
    match lang::lang() {
        Lang::En => Cli::command(),
        Lang::De => localised(),
    }
}

/// The tree in a language other than English: every text from the message files.
fn localised() -> Command {
    let mut command = localise(Cli::command(), &[])
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(crate::t!("cli-help-flag-version"))
                .help_heading(crate::t!("cli-help-heading-options")),
        );
    command.build();
    help_subcommands(command)
}

/// The `help` subcommands clap adds when it builds the tree, described in the current
/// language.
fn help_subcommands(command: Command) -> Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    names
        .iter()
        .fold(command, |command, name| match name.as_str() {
            "help" => command.mut_subcommand(name, |help| {
                help.about(crate::t!("cli-help-flag-help-command"))
            }),
            _ => command.mut_subcommand(name, help_subcommands),
        })
}

/// An argument's help with what clap would add in English — where its value may come from
/// the environment, its default, the values it takes — in the current language.
fn with_values(mut help: String, arg: &Arg) -> String {
    if !arg.get_action().takes_values() {
        return help;
    }
    if let Some(variable) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        let variable = variable.to_string_lossy();
        help.push_str(&format!(" [{}: {variable}]", crate::t!("cli-help-env")));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let defaults = defaults.join(", ");
        help.push_str(&format!(" [{}: {defaults}]", crate::t!("cli-help-default")));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|value| !value.is_hide_set())
        .map(|value| value.get_name().to_string())
        .collect();
    if !possible.is_empty() && !arg.is_hide_possible_values_set() {
        let possible = possible.join(", ");
        help.push_str(&format!(
            " [{}: {possible}]",
            crate::t!("cli-help-possible")
        ));
    }
    help
}

/// The key of a command's `about`: `cli-help-kontor` for kontor itself, else the names of
/// the subcommands down to it (`cli-help-customer-list`).
pub fn command_key(path: &[&str]) -> String {
    match path {
        [] => "cli-help-kontor".to_string(),
        names => format!("cli-help-{}", names.join("-")),
    }
}

/// The key of an argument's `help`: its command's key, `--`, its id in kebab case
/// (`cli-help-customer-list--limit`, `cli-help-kontor--db`).
pub fn arg_key(path: &[&str], id: &str) -> String {
    format!("{}--{}", command_key(path), id.replace('_', "-"))
}

/// The message of `key` in the current language (the key itself when there is none —
/// the family's test makes sure there always is).
fn text(key: &str) -> String {
    lang::text(key)
}

fn localise(command: Command, path: &[&str]) -> Command {
    let options = crate::t!("cli-help-heading-options");
    let arguments = crate::t!("cli-help-heading-arguments");
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        crate::t!("cli-help-heading-usage")
    );
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    let mut command = command
        .about(text(&command_key(path)))
        .long_about(None)
        .help_template(template)
        .subcommand_help_heading(crate::t!("cli-help-heading-commands"))
        .subcommand_value_name(crate::t!("cli-help-command-value"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(crate::t!("cli-help-flag-help"))
                .help_heading(options.clone()),
        );
    for id in &ids {
        let help = text(&arg_key(path, id));
        command = command.mut_arg(id, |arg| {
            let heading = match arg.is_positional() {
                true => arguments.clone(),
                false => options.clone(),
            };
            let takes_values = arg.get_action().takes_values();
            let help = with_values(help, &arg);
            let arg = arg.help(help).long_help(None).help_heading(heading);
            match takes_values {
                true => arg
                    .hide_env(true)
                    .hide_default_value(true)
                    .hide_possible_values(true),
                false => arg,
            }
        });
    }
    for name in &names {
        let below: Vec<&str> = path.iter().copied().chain([name.as_str()]).collect();
        command = command.mut_subcommand(name, |sub| localise(sub, &below));
    }
    command
}

/// Every (key, English text) of the tree: each command's about and each argument's help,
/// as clap shows them in English. The family's test checks each key's English message is
/// this text (and, through the test of the message files, that German has it too).
pub fn entries() -> Vec<(String, String)> {
    fn walk(command: &Command, path: &[&str], into: &mut Vec<(String, String)>) {
        let about = command.get_long_about().or(command.get_about());
        into.push((
            command_key(path),
            about.map(ToString::to_string).unwrap_or_default(),
        ));
        for arg in command.get_arguments() {
            let help = arg.get_long_help().or(arg.get_help());
            into.push((
                arg_key(path, arg.get_id().as_str()),
                help.map(ToString::to_string).unwrap_or_default(),
            ));
        }
        for sub in command.get_subcommands() {
            let below: Vec<&str> = path.iter().copied().chain([sub.get_name()]).collect();
            walk(sub, &below, into);
        }
    }
    let mut found = Vec::new();
    walk(&Cli::command(), &[], &mut found);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Locale, Zone, scope};

    /// Every command and argument has its help in English (a failure lists the lines
    /// `en/cli.ftl` lacks, ready to paste) and in German (not the English text).
    #[test]
    fn every_command_and_argument_has_its_help_message() {
        let mut problems = Vec::new();
        for (key, english) in entries() {
            let english = english.replace('\n', " ");
            let message = scope(Locale::new(Lang::En, Zone::UTC), || lang::text(&key));
            if message != english {
                problems.push(format!("{key} = {english}"));
            }
            let german = scope(Locale::new(Lang::De, Zone::UTC), || lang::text(&key));
            if german == english {
                problems.push(format!("{key}: not German: {german}"));
            }
        }
        assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    }

    #[test]
    fn german_help_is_german() {
        let help = scope(Locale::new(Lang::De, Zone::UTC), || {
            command().render_help().to_string()
        });
        for word in [
            "Aufruf:",
            "Optionen:",
            "Befehle:",
            "Hilfe anzeigen",
            "[Standard: table]",
            "[mögliche Werte: table, csv, json]",
            "[Umgebung: KONTOR_DB]",
            "Diese Hilfe",
            "Aufruf: kontor [OPTIONS] [BEFEHL]",
        ] {
            assert!(help.contains(word), "{word} missing in:\n{help}");
        }
        for english in ["Usage:", "default:", "possible values", "Print"] {
            assert!(!help.contains(english), "{english} in:\n{help}");
        }
    }
}
