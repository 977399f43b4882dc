//! `kontor import orders ORDERS.csv --lines LINES.csv`: order history from two CSV files,
//! read like every import (`import::Sheet`, `--map`/`--line-map` through `import::Mapping`,
//! `--null`), checked by the core all at once (`order_import::prepare`: every problem
//! names its file, line and column) and written all or nothing. Room: cli.

use std::io::Write;
use std::path::Path;

use super::args::{ImportArgs, Kind};
use super::import::{Mapping, Sheet, in_column, records_word, refuse_problems};
use super::{CliError, Context};
use crate::core::order_import::{LINE_FIELDS, ORDER_FIELDS, Row, prepare};
use crate::core::sales::{SalesCommand, SalesEvent};
use crate::core::{Command, Event};
use crate::t;

pub fn run(context: &mut Context, args: ImportArgs) -> Result<(), CliError> {
    let lines_file = args
        .lines
        .clone()
        .ok_or_else(|| CliError::Usage(t!("cli-import-orders-lines")))?;
    let orders = Sheet::read(&args.file, args.encoding, args.delimiter)?;
    let lines = Sheet::read(&lines_file, args.encoding, args.delimiter)?;
    let order_mapping = Mapping::new(&orders.header, &args.maps, ORDER_FIELDS, &[])?;
    let line_mapping = Mapping::new(&lines.header, &args.line_maps, LINE_FIELDS, &[])?;
    let null = args.null.as_deref();
    let rows = |sheet: &Sheet, mapping: &Mapping| -> Vec<Row> {
        sheet
            .rows
            .iter()
            .map(|(line, cells)| Row {
                line: *line,
                input: mapping.input(cells, null),
            })
            .collect()
    };
    let order_rows = rows(&orders, &order_mapping);
    let line_rows = rows(&lines, &line_mapping);
    let mut problems = in_file(&args.file, &orders.problems);
    problems.extend(in_file(&lines_file, &lines.problems));
    if problems.is_empty() {
        let now = context.clock.now();
        match prepare(&context.store, &context.actor, &order_rows, &line_rows, now)? {
            Ok(prepared) => {
                return write(context, &args, &lines_file, prepared, &orders);
            }
            Err(found) => {
                for problem in found {
                    let (file, mapping) = match problem.in_lines {
                        true => (&lines_file, &line_mapping),
                        false => (&args.file, &order_mapping),
                    };
                    let column = mapping.column_of(problem.field);
                    let text = in_column(problem.line, &column, &problem.message);
                    problems.push(format!("{}: {text}", file.display()));
                }
            }
        }
    }
    refuse_problems(context, &args.file, &problems)
}

/// The problems of reading `file`, each prefixed with its path.
fn in_file(file: &Path, problems: &[String]) -> Vec<String> {
    problems
        .iter()
        .map(|problem| format!("{}: {problem}", file.display()))
        .collect()
}

/// Writes the prepared orders (or, with `--dry-run`, says what would be written).
fn write(
    context: &mut Context,
    args: &ImportArgs,
    lines_file: &Path,
    prepared: Vec<crate::domain::sales::SalesOrder>,
    orders: &Sheet,
) -> Result<(), CliError> {
    let count = prepared.len();
    let line_count: usize = prepared.iter().map(|order| order.lines.len()).sum();
    let path = format!("{} + {}", args.file.display(), lines_file.display());
    let tail = format!("({})", orders.summary(&[]));
    if args.dry_run {
        let records = records_word(Kind::Orders, count);
        let text = t!(
            "cli-import-dry-run",
            records = records,
            path = path,
            tail = tail
        );
        writeln!(context.out, "{text}")?;
        return Ok(());
    }
    let command = Command::Sales(SalesCommand::ImportOrders { orders: prepared });
    let event = super::import::execute_rows(context, command, count)?;
    let written = match event {
        Event::Sales(SalesEvent::Imported(orders)) => orders,
        _ => Vec::new(),
    };
    let delivered = written
        .iter()
        .filter(|order| order.state == crate::domain::sales::OrderState::Confirmed)
        .count();
    let records = records_word(Kind::Orders, written.len());
    let text = t!(
        "cli-import-orders-done",
        records = records,
        lines = line_count,
        delivered = delivered,
        open = written.len() - delivered,
        path = path,
        tail = tail
    );
    writeln!(context.out, "{text}")?;
    Ok(())
}
