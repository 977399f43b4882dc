//! `kontor export`: every record of a kind as CSV (UTF-8, `,`, header row) that `import`
//! reads back to identical records. Instants are written in UTC. With `--out`, the file
//! appears only when complete (written beside it, then renamed). Room: cli.

use std::io::Write;

use time::UtcOffset;

use super::args::{ExportArgs, Kind};
use super::{CliError, Context};
use crate::domain::fields::{self, Row};
use std::collections::HashMap;

use super::output::csv_rows;
use crate::core::Actor;
use crate::core::export::{Exportable, records};
use crate::core::stock_query::balances;
use crate::domain::{Customer, Item, StockMove};
use crate::store::Store;

pub fn run(context: &mut Context, args: ExportArgs) -> Result<(), CliError> {
    match &args.out {
        None => {
            let count = write_all(&context.store, &context.actor, args.kind, &mut context.out)?;
            context.out.flush()?;
            let _ = count;
        }
        Some(path) => {
            let directory = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(std::path::Path::new("."));
            let mut temporary = tempfile::NamedTempFile::new_in(directory).map_err(|error| {
                CliError::Failed(format!("cannot write in {}: {error}", directory.display()))
            })?;
            let count = {
                let mut buffered = std::io::BufWriter::new(temporary.as_file_mut());
                let count = write_all(&context.store, &context.actor, args.kind, &mut buffered)?;
                buffered.flush()?;
                count
            };
            temporary.persist(path).map_err(|error| {
                CliError::Failed(format!("cannot write {}: {error}", path.display()))
            })?;
            writeln!(
                context.err,
                "exported {count} records to {}",
                path.display()
            )?;
        }
    }
    Ok(())
}

fn write_all(
    store: &Store,
    actor: &Actor,
    kind: Kind,
    out: &mut dyn Write,
) -> Result<usize, CliError> {
    match kind {
        Kind::Customers => {
            write_kind::<Customer>(store, actor, out, fields::customer::FIELDS, |c| {
                fields::customer::to_row(c, UtcOffset::UTC)
            })
        }
        Kind::Plain(kind) => {
            let rows = crate::core::plain_query::all(store, actor, kind, UtcOffset::UTC)?;
            write_rows(out, &kind.names(), &rows)
        }
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
