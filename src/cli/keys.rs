//! `kontor keys`: prints the effective key bindings (a preset with the user's keymap file
//! merged over it) per layer, as table, CSV or JSON. Needs no database. Room: cli.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::CliError;
use super::args::Format;
use super::output;
use crate::domain::fields::{Row, Value};
use crate::lang::{self, Lang, Locale};
use crate::tui::keymap::{self, Keymap, Layer};

#[derive(Debug, Args)]
pub struct KeysArgs {
    /// Base keymap [default: `preset` in the keymap file, else default]
    #[arg(long, value_parser = ["default", "vim"])]
    pub preset: Option<String>,
    /// Keymap file merged over the preset [default: keymap.toml in the config directory,
    /// e.g. ~/.config/kontor/keymap.toml, when it exists]
    #[arg(long, value_name = "FILE")]
    pub keymap: Option<PathBuf>,
}

/// Loads the keymap as the App would and prints one row per binding. A bad keymap file is
/// a usage error (exit 2) naming file, line and key.
pub fn run(args: KeysArgs, format: Format, out: &mut dyn Write) -> Result<(), CliError> {
    let file = keymap::user_file(args.keymap.as_deref());
    let keymap = Keymap::load(args.preset.as_deref(), file.as_deref())
        .map_err(|error| CliError::Usage(error.to_string()))?;
    // A person reads the table in their language; CSV and JSON are for scripts: English.
    // The table's column of key sequences is headed as keys one presses (`bound_keys`,
    // German "Taste(n)"), not as an account's keys; scripts read the column `keys`.
    let (rows, keys) = match format {
        Format::Table => (rows(&keymap, "bound_keys"), "bound_keys"),
        Format::Csv | Format::Json => {
            let english = Locale::new(Lang::En, lang::current().zone);
            (lang::scope(english, || rows(&keymap, "keys")), "keys")
        }
    };
    output::list(
        out,
        format,
        &rows,
        &["layer", keys, "action", "description"],
    )?;
    Ok(())
}

/// Every layer's own bindings, layer by layer, in file order, the sequence in the field
/// `keys`; an action's description in the current language, one a keymap file gives as
/// written.
fn rows(keymap: &Keymap, keys: &'static str) -> Vec<Row> {
    Layer::ALL
        .iter()
        .flat_map(|layer| {
            keymap.entries(*layer).iter().map(|binding| {
                vec![
                    ("layer", Value::Text(layer.name().to_string())),
                    (keys, Value::Text(binding.sequence())),
                    ("action", Value::Text(binding.action.name().to_string())),
                    ("description", Value::Text(binding.description())),
                ]
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `kontor keys` in German: the table for people in German, CSV and JSON for scripts in
    /// English.
    fn keys_in_german(format: Format) -> String {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("keymap.toml");
        std::fs::write(&file, "").unwrap();
        let args = KeysArgs {
            preset: Some("default".into()),
            keymap: Some(file),
        };
        let mut out = Vec::new();
        let german = Locale::new(Lang::De, lang::Zone::UTC);
        lang::scope(german, || run(args, format, &mut out)).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_table_is_in_the_users_language_and_csv_and_json_in_english() {
        let table = keys_in_german(Format::Table);
        assert!(table.contains("Zu den Kunden"), "{table}");
        let heading = table.lines().next().unwrap_or_default();
        assert!(heading.contains("TASTE(N)"), "{heading}");
        assert!(!heading.contains("SCHLÜSSEL"), "{heading}");
        for format in [Format::Csv, Format::Json] {
            let machine = keys_in_german(format);
            assert!(machine.contains("Go to Customers"), "{machine}");
            assert!(!machine.contains("Zu den Kunden"), "{machine}");
        }
    }
}
