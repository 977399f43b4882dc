//! `kontor report revenue|abc|rfm`: the sales reports of `core::reports` as a table (in the
//! user's language: its words, numbers and country names), CSV or JSON (machine formats:
//! `.` decimals, exact revenue). Shares are percentages rounded to two decimals for
//! reading; the classes are decided on the exact shares. Room: cli.

use clap::{Subcommand, ValueEnum};
use rust_decimal::Decimal;

use super::sales::{date_flag, today};
use super::{CliError, Context, output};
use crate::core::reports::monthly_revenue::revenue_report;
use crate::core::reports::{self, By};
use crate::domain::Country;
use crate::domain::fields::{Row, Value};
use crate::domain::money::round_commercial;
use crate::lang::{self, Lang};

#[derive(Debug, Subcommand)]
pub enum ReportCmd {
    /// Revenue (Σ line nets of orders not cancelled, by order date), grouped
    Revenue {
        /// What to group by
        #[arg(long, value_enum, default_value_t = RevenueBy::Month)]
        by: RevenueBy,
        /// Orders dated on or after this day
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Orders dated on or before this day
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
    },
    /// ABC analysis by revenue: A up to 80 %, B up to 95 %, C the rest
    Abc {
        /// Customers or products
        #[arg(long, value_enum, default_value_t = AbcBy::Product)]
        by: AbcBy,
    },
    /// Recency, frequency and monetary scores (1–5) and the segment of every customer
    Rfm {
        /// The day recency is counted to [default: today]
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
    },
    /// Open receivables by days past due: not due, 1–30, 31–60, 61–90, over 90; per customer and total
    Ageing {
        /// The day the days overdue are counted to [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RevenueBy {
    Year,
    Quarter,
    Month,
    Customer,
    Product,
    Country,
    Agent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AbcBy {
    Product,
    Customer,
}

impl RevenueBy {
    fn core(self) -> By {
        match self {
            Self::Year => By::Year,
            Self::Quarter => By::Quarter,
            Self::Month => By::Month,
            Self::Customer => By::Customer,
            Self::Product => By::Product,
            Self::Country => By::Country,
            Self::Agent => By::Agent,
        }
    }

    /// The key column's field: the grouping's name.
    fn field(self) -> &'static str {
        match self {
            Self::Year => "year",
            Self::Quarter => "quarter",
            Self::Month => "month",
            Self::Customer => "customer",
            Self::Product => "product",
            Self::Country => "country",
            Self::Agent => "agent",
        }
    }

    fn named(self) -> bool {
        matches!(self, Self::Customer | Self::Product | Self::Country)
    }
}

pub fn report(context: &mut Context, command: ReportCmd) -> Result<(), CliError> {
    match command {
        ReportCmd::Revenue { by, from, until } => {
            let from = date_flag("from", from.as_deref())?;
            let until = date_flag("until", until.as_deref())?;
            let (store, actor) = (&context.store, &context.actor);
            let field = by.field();
            let rows: Vec<Row> = revenue_report(store, actor, by.core(), from, until)?
                .into_iter()
                .map(|row| {
                    let mut out: Row = vec![(field, Value::Text(row.key.clone()))];
                    if by.named() {
                        out.push(("name", Value::Text(name(by, &row.key, row.name))));
                    }
                    out.push(("orders", Value::Integer(count(row.orders))));
                    out.push(("revenue", decimal(row.revenue)));
                    out
                })
                .collect();
            let mut columns = vec![field];
            if by.named() {
                columns.push("name");
            }
            columns.extend(["orders", "revenue"]);
            write(context, &rows, &columns)
        }
        ReportCmd::Abc { by } => {
            let book = reports::sales(&context.store, &context.actor, None, None)?;
            let (core, field) = match by {
                AbcBy::Product => (By::Product, "product"),
                AbcBy::Customer => (By::Customer, "customer"),
            };
            let rows: Vec<Row> = reports::abc(&book, core)
                .into_iter()
                .map(|row| {
                    vec![
                        (field, Value::Text(row.key)),
                        ("name", Value::Text(row.name)),
                        ("revenue", decimal(row.revenue)),
                        ("share", percent(row.share)),
                        ("cumulative", percent(row.cumulative)),
                        ("class", Value::Text(row.class.name().to_string())),
                    ]
                })
                .collect();
            let columns = [field, "name", "revenue", "share", "cumulative", "class"];
            write(context, &rows, &columns)
        }
        ReportCmd::Ageing { date } => super::payment::ageing(context, date.as_deref()),
        ReportCmd::Rfm { as_of } => {
            let as_of = date_flag("as-of", as_of.as_deref())?.unwrap_or_else(|| today(context));
            let book = reports::sales(&context.store, &context.actor, None, None)?;
            let table = context.format == super::args::Format::Table;
            let rows: Vec<Row> = reports::rfm(&book, as_of)
                .into_iter()
                .map(|row| {
                    let segment = match table {
                        true => row.segment.label(),
                        false => row.segment.name().to_string(),
                    };
                    vec![
                        ("customer", Value::Text(row.number)),
                        ("name", Value::Text(row.name)),
                        ("last_order", Value::Text(row.last_order.to_string())),
                        ("recency_days", Value::Integer(row.recency_days)),
                        ("frequency", Value::Integer(count(row.frequency))),
                        ("monetary", decimal(row.monetary)),
                        ("r", Value::Integer(i64::from(row.r))),
                        ("f", Value::Integer(i64::from(row.f))),
                        ("m", Value::Integer(i64::from(row.m))),
                        ("segment", Value::Text(segment)),
                    ]
                })
                .collect();
            let columns = [
                "customer",
                "name",
                "last_order",
                "recency_days",
                "frequency",
                "monetary",
                "r",
                "f",
                "m",
                "segment",
            ];
            write(context, &rows, &columns)
        }
    }
}

fn write(context: &mut Context, rows: &[Row], columns: &[&str]) -> Result<(), CliError> {
    output::list_with_header(&mut context.out, context.format, rows, columns, columns)?;
    Ok(())
}

/// A group's name as the reader reads it: a country's in the current language.
fn name(by: RevenueBy, key: &str, name: String) -> String {
    match (by, Country::parse(key)) {
        (RevenueBy::Country, Some(country)) if lang::lang() == Lang::De => {
            country.german_name().to_string()
        }
        _ => name,
    }
}

fn count(number: usize) -> i64 {
    i64::try_from(number).unwrap_or(i64::MAX)
}

fn decimal(value: Decimal) -> Value {
    Value::Decimal(value.to_string())
}

/// A fraction as a percentage with two decimals (`0.123456` → `12.35`).
fn percent(fraction: Decimal) -> Value {
    decimal(round_commercial(fraction * Decimal::ONE_HUNDRED, 2))
}
