//! Usage errors in one line: clap's message (without its Usage block and trailer) and a
//! pointer to the command's `--help`, as every other kontor error. Room: cli.

use clap::error::ErrorKind;

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
