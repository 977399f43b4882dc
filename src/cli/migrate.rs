//! `migrate`: copies a database from where it is — a database directory (sled) or a
//! PostgreSQL database (`postgres://…`) — into another that holds no record yet, rebuilding
//! its indexes and comparing every record. Room: cli.

use std::io::Write;
use std::path::Path;

use clap::Args;

use super::CliError;
use crate::core::{Actor, maintenance};
use crate::store::Store;
use crate::t;

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// Where the records are: a database directory or postgres://user@host/database
    #[arg(long, value_name = "DIR|URL")]
    pub from: String,
    /// Where they go (new, or without records): a database directory or postgres://user@host/database
    #[arg(long, value_name = "DIR|URL")]
    pub to: String,
}

/// Copies the database at `args.from` into `args.to`; `dir` is the data directory for a
/// PostgreSQL side.
pub fn migrate(
    dir: &Path,
    args: MigrateArgs,
    actor: &Actor,
    progress_shown: bool,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let source = open(&args.from, dir)?;
    let target = open(&args.to, dir)?;
    let bar = super::import::progress_bar(progress_shown, 0, &t!("cli-progress-entries"));
    let copied = maintenance::migrate(&source, &target, actor, &mut |done| {
        if let Some(bar) = &bar {
            bar.set_position(done);
        }
    })?;
    let line = t!(
        "cli-migrate-done",
        from = Store::shown_address(&args.from),
        to = Store::shown_address(&args.to),
        entries = copied
    );
    writeln!(out, "{line}")?;
    Ok(())
}

/// The store at `place`: a PostgreSQL database when it is a `postgres://` address, else
/// the database directory it names.
fn open(place: &str, dir: &Path) -> Result<Store, CliError> {
    let postgres = ["postgres://", "postgresql://"]
        .iter()
        .any(|scheme| place.starts_with(scheme));
    match postgres {
        true => super::open_store_observed((dir, Some(place)), &mut |_| {}),
        false => super::open_store_observed((Path::new(place), None), &mut |_| {}),
    }
}
