//! Usage errors in one line: clap's message (without its Usage block and trailer) and a
//! pointer to the command's `--help`, as every other kontor error. In another language
//! than English the common refusals (an unknown argument or subcommand, a wrong value, a
//! missing or conflicting argument) are said in it; the rarer ones keep clap's English.
//! Room: cli.

use clap::error::{ContextKind, ErrorKind};

use crate::lang::{self, Lang};
use crate::t;

/// The one line (without the `kontor: ` prefix) for a command line clap refused;
/// `None` for `--help` and `--version`, which clap prints itself as they are.
pub fn one_line(error: &clap::Error) -> Option<String> {
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        return None;
    }
    let rendered = error.render().to_string();
    let command = rendered
        .lines()
        .find_map(|line| line.trim().strip_prefix("Usage:"))
        .map(|usage| {
            usage
                .split_whitespace()
                .take_while(|word| !word.starts_with(['[', '<', '-']))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|command| !command.is_empty())
        .unwrap_or_else(|| "kontor".to_string());
    let message = if error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        crate::t!("cli-usage-needs-subcommand", command = command.as_str())
    } else if let Some(message) = translated(error) {
        message
    } else {
        rendered
            .lines()
            .take_while(|line| {
                !line.starts_with("Usage:") && !line.starts_with("For more information")
            })
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
            .trim_start_matches("error: ")
            .to_string()
    };
    Some(crate::t!(
        "cli-usage-see-help",
        message = message,
        command = command
    ))
}

/// A context value of the refusal as text (`--bogus`, `--name <name>, --title <title>`).
fn context(error: &clap::Error, kind: ContextKind) -> Option<String> {
    error.get(kind).map(ToString::to_string)
}

/// The refusal in the current language, for the kinds kontor users meet; `None` in English
/// (clap's own words) and for the rarer kinds.
fn translated(error: &clap::Error) -> Option<String> {
    if lang::lang() == Lang::En {
        return None;
    }
    let arg = || context(error, ContextKind::InvalidArg).unwrap_or_default();
    let value = || context(error, ContextKind::InvalidValue).unwrap_or_default();
    let message = match error.kind() {
        ErrorKind::UnknownArgument => t!("cli-usage-unknown-argument", arg = arg()),
        ErrorKind::InvalidSubcommand => {
            let name = context(error, ContextKind::InvalidSubcommand).unwrap_or_default();
            t!("cli-usage-unknown-subcommand", name = name)
        }
        ErrorKind::InvalidValue => match context(error, ContextKind::ValidValue) {
            Some(valid) => t!(
                "cli-usage-invalid-value-of",
                value = value(),
                arg = arg(),
                valid = valid
            ),
            None => t!("cli-usage-invalid-value", value = value(), arg = arg()),
        },
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_default();
            t!(
                "cli-usage-value-refused",
                value = value(),
                arg = arg(),
                reason = reason
            )
        }
        ErrorKind::MissingSubcommand => t!(
            "cli-usage-missing-subcommand",
            command = context(error, ContextKind::InvalidSubcommand).unwrap_or_default(),
            valid = context(error, ContextKind::ValidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => t!("cli-usage-missing", args = arg()),
        ErrorKind::ArgumentConflict => {
            let prior = context(error, ContextKind::PriorArg).unwrap_or_default();
            t!("cli-usage-conflict", arg = arg(), prior = prior)
        }
        _ => return None,
    };
    let suggested = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .into_iter()
        .find_map(|kind| context(error, kind));
    Some(match suggested {
        Some(suggested) => format!(
            "{message}; {}",
            t!("cli-usage-did-you-mean", suggested = suggested)
        ),
        None => message,
    })
}
