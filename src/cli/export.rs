//! `kontor export`: every record of a kind as CSV (UTF-8, `,`, header row) that `import`
//! reads back to identical records. Instants are written in UTC. With `--out` (here and in
//! `payroll export`, through `to_file`), the file appears only when complete (written
//! beside it, then renamed) and is readable by its owner only: the temporary file it was
//! is created 0600 (`tempfile`'s mode on Unix), and a file it replaces goes with its mode.
//! Room: cli.

use std::io::Write;
use std::path::Path;

use time::UtcOffset;

use super::args::{ExportArgs, Kind};
use super::{CliError, Context};
use crate::domain::fields::{self, Row};
use std::collections::HashMap;

use super::output::csv_rows;
use crate::core::Actor;
use crate::core::export::{Exportable, records};
use crate::core::stock_query::balances;
use crate::domain::datetime::parse_date;
use crate::domain::{Item, StockMove};
use crate::store::Store;

pub fn run(context: &mut Context, args: ExportArgs) -> Result<(), CliError> {
    if args.kind == Kind::Datev {
        return datev(context, &args);
    }
    match &args.out {
        None => {
            write_all(&context.store, &context.actor, args.kind, &mut context.out)?;
            context.out.flush()?;
        }
        Some(path) => {
            let (store, actor) = (&context.store, &context.actor);
            let count = to_file(path, |out| write_all(store, actor, args.kind, out))?;
            let path = path.display().to_string();
            let line = crate::t!("cli-export-done", count = count, path = path);
            writeln!(context.err, "{line}")?;
        }
    }
    Ok(())
}

/// `kontor export datev --from D --until D --out FILE`: the Buchungsstapel of the
/// period's invoices, credit notes and payments.
fn datev(context: &mut Context, args: &ExportArgs) -> Result<(), CliError> {
    let (Some(from), Some(until), Some(path)) = (&args.from, &args.until, &args.out) else {
        return Err(CliError::Usage(crate::t!("cli-export-datev-out")));
    };
    let from = parse_date("from", from).map_err(super::stock::invalid)?;
    let until = parse_date("until", until).map_err(super::stock::invalid)?;
    let now = context.clock.now();
    let (bytes, count) =
        crate::core::datev::export(&context.store, &context.actor, from, until, now)?;
    to_file(path, |out| Ok(out.write_all(&bytes)?))?;
    let path = path.display().to_string();
    let line = crate::t!("cli-export-datev-done", count = count, path = path);
    writeln!(context.err, "{line}")?;
    Ok(())
}

/// Writes `path` with what `write` puts out (and returns what it returns): into a
/// temporary file beside it, created owner-only (0600), renamed into place when complete.
pub fn to_file<T>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<T, CliError>,
) -> Result<T, CliError> {
    let directory = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temporary = tempfile::NamedTempFile::new_in(directory).map_err(|error| {
        let directory = directory.display().to_string();
        let error = error.to_string();
        CliError::Failed(crate::t!(
            "cli-error-cannot-write-in",
            dir = directory,
            error = error
        ))
    })?;
    let written = {
        let mut buffered = std::io::BufWriter::new(temporary.as_file_mut());
        let written = write(&mut buffered)?;
        buffered.flush()?;
        written
    };
    temporary.persist(path).map_err(|error| {
        let path = path.display().to_string();
        let error = error.to_string();
        CliError::Failed(crate::t!(
            "cli-error-cannot-write",
            path = path,
            error = error
        ))
    })?;
    Ok(written)
}

fn write_all(
    store: &Store,
    actor: &Actor,
    kind: Kind,
    out: &mut dyn Write,
) -> Result<usize, CliError> {
    match kind {
        Kind::Plain(kind) => {
            let rows = crate::core::plain_query::all(store, actor, kind, UtcOffset::UTC)?;
            write_rows(out, &kind.names(), &rows)
        }
        Kind::Orders => Err(CliError::Usage(crate::t!("cli-export-orders"))),
        Kind::Datev => Err(CliError::Usage(crate::t!("cli-export-datev-out"))),
        Kind::Moves => {
            let skus: HashMap<u64, String> = records::<Item>(store, actor)?
                .map(|item| item.map(|item| (item.id, item.sku)))
                .collect::<Result<_, _>>()?;
            write_kind::<StockMove>(store, actor, out, fields::item::MOVE_FIELDS, |m| {
                let sku = skus.get(&m.item_id).map_or("", String::as_str);
                fields::item::move_row(m, sku, UtcOffset::UTC)
            })
        }
        Kind::Balances => {
            let lines = balances(store, actor, None, None)?;
            let rows: Vec<Row> = lines
                .iter()
                .map(|l| {
                    fields::item::balance_row(
                        &l.item.sku,
                        &l.item.name,
                        &l.location,
                        l.quantity,
                        &l.item.uom,
                    )
                })
                .collect();
            csv_rows(out, &rows)?;
            Ok(rows.len())
        }
    }
}

fn write_kind<T: Exportable>(
    store: &Store,
    actor: &Actor,
    out: &mut dyn Write,
    header: &[&str],
    row: impl Fn(&T) -> Row,
) -> Result<usize, CliError> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(header).map_err(csv_error)?;
    let mut count = 0;
    for record in records::<T>(store, actor)? {
        let row = row(&record?);
        writer
            .write_record(row.iter().map(|(_, value)| value.cell()))
            .map_err(csv_error)?;
        count += 1;
    }
    writer.flush()?;
    Ok(count)
}

/// Writes a header and rows read through the core.
fn write_rows(out: &mut dyn Write, header: &[&str], rows: &[Row]) -> Result<usize, CliError> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(header).map_err(csv_error)?;
    for row in rows {
        writer
            .write_record(row.iter().map(|(_, value)| value.cell()))
            .map_err(csv_error)?;
    }
    writer.flush()?;
    Ok(rows.len())
}

fn csv_error(error: csv::Error) -> CliError {
    CliError::Failed(error.to_string())
}
