//! `kontor vat`: the VAT rate table documents are computed with (`domain::vat`), as table,
//! CSV or JSON. Needs no database. Room: cli.

use std::io::Write;

use clap::{Args, Subcommand};

use super::args::Format;
use super::{CliError, output};
use crate::core::CoreError;
use crate::domain::datetime::{format_date, parse_date};
use crate::domain::fields::{Row, Value};
use crate::domain::vat::RateTable;

/// The columns of `vat rates`, in order.
pub(super) const RATE_COLUMNS: &[&str] = &[
    "country",
    "valid_from",
    "valid_until",
    "standard_rate",
    "reduced_rate",
];

#[derive(Debug, Subcommand)]
pub enum VatCmd {
    /// The VAT rates by the date they take effect (percent); a document takes those of its date of supply
    Rates(RatesArgs),
}

#[derive(Debug, Args)]
pub struct RatesArgs {
    /// Only the rates in effect on this date of supply, YYYY-MM-DD [default: every period]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

/// Prints the rate table, or the period in effect on `--date`; a date before the table
/// begins is a validation error (exit 2) naming the table's first date.
pub fn run(command: VatCmd, format: Format, out: &mut dyn Write) -> Result<(), CliError> {
    let VatCmd::Rates(args) = command;
    let table = RateTable::GERMANY;
    let indexes: Vec<usize> = match args.date {
        Some(text) => {
            let day = parse_date("date", &text).map_err(CoreError::from)?;
            vec![table.index_on(day).map_err(CoreError::from)?]
        }
        None => (0..table.periods().len()).collect(),
    };
    let rows: Vec<Row> = indexes
        .into_iter()
        .map(|index| row(&table, index))
        .collect();
    output::list(out, format, &rows, RATE_COLUMNS)?;
    Ok(())
}

/// One period as a row: dates as `YYYY-MM-DD` (an open end empty), rates as decimals.
fn row(table: &RateTable, index: usize) -> Row {
    let period = table.periods()[index];
    let until = table.until(index).map(format_date);
    vec![
        ("country", Value::Text(table.country.code().to_string())),
        ("valid_from", Value::Text(format_date(period.from))),
        ("valid_until", Value::Text(until.unwrap_or_default())),
        ("standard_rate", Value::Decimal(period.standard.to_string())),
        ("reduced_rate", Value::Decimal(period.reduced.to_string())),
    ]
}
