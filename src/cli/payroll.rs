//! `payroll`: clap definitions and handlers (employees are a registry kind: `kontor
//! employee …` comes from `kind_args`). Payroll output is the same flat rows as everywhere
//! (`--format table|csv|json`); `payroll export` always writes CSV, the payment list.
//! Room: cli.

use std::io::Write;

use clap::Subcommand;

use super::args::Format;
use super::{CliError, Context, output};
use crate::core::payroll::{self, PayrollCommand, PayrollEvent, PeriodPayslips};
use crate::core::{Command, CoreError, Event, execute};
use crate::domain::fields::payslip::{
    SUMMARY_FIELDS, line_rows, payment_row, shown_line_rows, summary_row,
};
use crate::domain::fields::shown;
use crate::domain::fields::{Problems, Row};
use crate::domain::payroll::{Payslip, Period, parse_hours};
use crate::t;

pub(super) const LINE_COLUMNS: &[&str] =
    &["line", "kind", "description", "quantity", "rate", "amount"];

#[derive(Debug, Subcommand)]
pub enum PayrollCmd {
    /// Compute the draft payslips of every employee employed in a period (running a draft
    /// period again recomputes it)
    Run {
        /// The month, YYYY-MM
        #[arg(long)]
        period: String,
        /// Hours worked by an hourly employee (repeat for each)
        #[arg(long, value_name = "NUMBER=HOURS")]
        hours: Vec<String>,
    },
    /// Lock a period: its payslips become final and it cannot be run again
    Post {
        /// The month, YYYY-MM
        #[arg(long)]
        period: String,
    },
    /// Print a period's payslips with every line
    Show {
        /// The month, YYYY-MM
        #[arg(long)]
        period: String,
        /// Only this employee's payslip
        #[arg(long, value_name = "NUMBER")]
        employee: Option<String>,
    },
    /// Write the payment list of a posted period as CSV: employee, name, IBAN, net
    Export {
        /// The month, YYYY-MM
        #[arg(long)]
        period: String,
        /// Write to FILE (readable by its owner only) instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
}

pub fn payroll(context: &mut Context, command: PayrollCmd) -> Result<(), CliError> {
    match command {
        PayrollCmd::Run { period, hours } => {
            let period = Period::parse(&period).map_err(CoreError::from)?;
            let mut problems = Problems::default();
            let hours = hours
                .iter()
                .filter_map(|text| problems.take(parse_hours(text)))
                .collect();
            let hours = problems.finish(Some(hours)).map_err(CoreError::from)?;
            let event = run(context, PayrollCommand::RunPeriod { period, hours })?;
            if let PayrollEvent::PeriodRun {
                payslips, replaced, ..
            } = event
            {
                summary(context, &payslips, "draft")?;
                let line = t!(
                    "cli-payroll-run",
                    period = period.to_string(),
                    payslips = t!("cli-count-draft-payslip", count = payslips.len()),
                    replaced = replaced
                );
                note(context, &line)?;
            }
            Ok(())
        }
        PayrollCmd::Post { period } => {
            let period = Period::parse(&period).map_err(CoreError::from)?;
            let event = run(context, PayrollCommand::PostPeriod { period })?;
            if let PayrollEvent::PeriodPosted { payslips, .. } = event {
                summary(context, &payslips, "posted")?;
                let line = t!(
                    "cli-payroll-posted",
                    period = period.to_string(),
                    payslips = t!("cli-count-payslip", count = payslips.len())
                );
                note(context, &line)?;
            }
            Ok(())
        }
        PayrollCmd::Show { period, employee } => {
            let period = Period::parse(&period).map_err(CoreError::from)?;
            let found =
                payroll::payslips(&context.store, &context.actor, period, employee.as_deref())?;
            show_payslips(context, &found)
        }
        PayrollCmd::Export { period, out } => {
            let period = Period::parse(&period).map_err(CoreError::from)?;
            let payslips = payroll::payment_list(&context.store, &context.actor, period)?;
            for payslip in payslips.iter().filter(|p| p.iban.is_none()) {
                let line = t!(
                    "cli-payroll-no-iban",
                    number = &payslip.employee_number,
                    name = &payslip.employee_name
                );
                writeln!(context.err, "kontor: {line}")?;
            }
            let rows: Vec<Row> = payslips.iter().map(payment_row).collect();
            let Some(path) = out else {
                output::csv_rows(&mut context.out, &rows)?;
                return Ok(());
            };
            super::export::to_file(&path, |file| Ok(output::csv_rows(file, &rows)?))?;
            let payments = t!("cli-count-payment", count = rows.len());
            let path = path.display().to_string();
            let line = t!("cli-payroll-exported", payments = payments, path = path);
            writeln!(context.err, "{line}")?;
            Ok(())
        }
    }
}

fn run(context: &Context, command: PayrollCommand) -> Result<PayrollEvent, CliError> {
    match execute(
        &context.store,
        &context.clock,
        &context.actor,
        Command::Payroll(command),
    )? {
        Event::Payroll(event) => Ok(event),
        other => Err(CliError::Failed(format!(
            "{}: {other:?}",
            t!("cli-error-unexpected-payroll-answer")
        ))),
    }
}

fn summary(context: &mut Context, payslips: &[Payslip], status: &str) -> Result<(), CliError> {
    let rows: Vec<Row> = payslips.iter().map(|p| summary_row(p, status)).collect();
    output::list(&mut context.out, context.format, &rows, SUMMARY_FIELDS)?;
    Ok(())
}

/// A closing line for people; only in table output, so CSV and JSON stay parseable.
fn note(context: &mut Context, text: &str) -> Result<(), CliError> {
    if context.format == Format::Table {
        writeln!(context.out, "{text}")?;
    }
    Ok(())
}

/// Table: one block per payslip (a heading, then its lines); CSV and JSON: every line of
/// every payslip as one list.
fn show_payslips(context: &mut Context, found: &PeriodPayslips) -> Result<(), CliError> {
    let status = found.status();
    let status_word = shown::label("status", status).unwrap_or_else(|| status.to_string());
    if context.format != Format::Table {
        let rows: Vec<Row> = found
            .payslips
            .iter()
            .flat_map(|p| line_rows(p, status))
            .collect();
        output::list(&mut context.out, context.format, &rows, LINE_COLUMNS)?;
        return Ok(());
    }
    for (index, payslip) in found.payslips.iter().enumerate() {
        if index > 0 {
            writeln!(context.out)?;
        }
        writeln!(
            context.out,
            "{} {} {} ({status_word}, {})",
            payslip.period, payslip.employee_number, payslip.employee_name, payslip.currency
        )?;
        output::table(
            &mut context.out,
            &shown_line_rows(payslip, status),
            LINE_COLUMNS,
        )?;
    }
    Ok(())
}
