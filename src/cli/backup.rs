//! `backup` and `restore`. A backup is written to `FILE.partial`, checked whole and only
//! then renamed to `FILE`, so `FILE` is always a complete backup (an older one, or the new
//! one); when `kontor serve` holds the database, the server writes the backup through its
//! control socket while its sessions go on working. A restore makes a new database from a
//! checked file: in `--db`, or in the PostgreSQL database `--store` names when it holds no
//! records. Both files and database directories are the owner's alone. Room: cli.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use rust_decimal::Decimal;

use super::CliError;
use crate::core::{Actor, maintenance};
use crate::store::backup::Copied;
use crate::store::{Store, owner_only};
use crate::t;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The backup file to write (replaced only once the new backup is complete)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file to restore
    pub file: PathBuf,
}

/// Writes a backup of the database in `dir` to `args.out`, through the server's control
/// socket when `kontor serve` holds the database.
pub fn backup(
    place: super::Place<'_>,
    args: BackupArgs,
    actor: &Actor,
    progress_shown: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let dir = place.0;
    let partial = partial_path(&args.out);
    let result = write_partial(place, &partial, actor, progress_shown, err)
        .and_then(|()| Ok(maintenance::verify_backup(&partial)?));
    let copied = match result {
        Ok(copied) => copied,
        Err(error) => {
            let _ = std::fs::remove_file(&partial);
            return Err(error);
        }
    };
    std::fs::rename(&partial, &args.out)?;
    let line = t!(
        "cli-backup-written",
        dir = dir.display().to_string(),
        file = args.out.display().to_string(),
        entries = copied.entries,
        size = size(copied.bytes)
    );
    writeln!(out, "{line}")?;
    Ok(())
}

fn write_partial(
    place: super::Place<'_>,
    partial: &Path,
    actor: &Actor,
    progress_shown: bool,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let _ = std::fs::remove_file(partial);
    let file = owner_only::create_file(partial).map_err(|error| {
        let path = partial.display().to_string();
        CliError::Failed(t!(
            "cli-error-cannot-write",
            path = path,
            error = error.to_string()
        ))
    })?;
    let mut writer = BufWriter::new(file);
    let served = {
        let bar = progress_shown.then(bytes_spinner);
        crate::server::control::request_backup(place.0, &mut writer, &mut |bytes| {
            if let Some(bar) = &bar {
                bar.set_position(bytes);
            }
        })
        .map_err(|error| {
            CliError::Failed(t!("cli-backup-through-serve", error = error.to_string()))
        })?
    };
    if served.is_none() {
        let store = super::open_store(place, err)?;
        let bar = super::import::progress_bar(progress_shown, 0, &t!("cli-progress-entries"));
        maintenance::backup(&store, actor, &mut writer, &mut |done, expected| {
            show_entries(bar.as_ref(), done, expected)
        })?;
    }
    let file = writer
        .into_inner()
        .map_err(|error| CliError::Failed(error.to_string()))?;
    file.sync_all()?;
    Ok(())
}

/// Restores the backup `args.file` into a new database at `place`: the new or empty
/// database directory, or the PostgreSQL database (`--store`) that holds no records.
pub fn restore(
    (dir, url): super::Place<'_>,
    args: RestoreArgs,
    progress_shown: bool,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let bar = super::import::progress_bar(progress_shown, 0, &t!("cli-progress-entries"));
    let copied: Copied = maintenance::restore(&args.file, dir, url, &mut |done, expected| {
        show_entries(bar.as_ref(), done, expected)
    })?;
    let into = url.map_or_else(|| dir.display().to_string(), Store::shown_address);
    let line = t!(
        "cli-restore-done",
        file = args.file.display().to_string(),
        database = into,
        entries = copied.entries
    );
    writeln!(out, "{line}")?;
    Ok(())
}

/// Moves the bar (when one is shown) to `done` of about `expected` entries.
fn show_entries(bar: Option<&indicatif::ProgressBar>, done: u64, expected: u64) {
    if let Some(bar) = bar {
        bar.set_length(expected.max(done));
        bar.set_position(done);
    }
}

/// `FILE.partial` beside `FILE`.
fn partial_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

/// A size in bytes as people read it: `1.5 MiB`, German `1,5 MiB`.
fn size(bytes: u64) -> String {
    let tenths = |unit: u64| {
        let tenths = Decimal::from(bytes) * Decimal::TEN / Decimal::from(unit);
        crate::lang::format::fixed(tenths.round() / Decimal::TEN, 1)
    };
    match bytes {
        b if b >= 1 << 20 => format!("{} MiB", tenths(1 << 20)),
        b if b >= 1 << 10 => format!("{} KiB", tenths(1 << 10)),
        b => t!("cli-size-bytes", count = b),
    }
}

fn bytes_spinner() -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new_spinner();
    let received = t!("cli-progress-received");
    let style = indicatif::ProgressStyle::with_template(&format!(
        "{{spinner}} {{bytes}} {received}  {{bytes_per_sec}}"
    ))
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
    bar.set_style(style);
    bar
}
