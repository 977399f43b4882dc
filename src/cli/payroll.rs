//! `employee` and `payroll`: clap definitions and handlers. Payroll output is the same
//! flat rows as everywhere (`--format table|csv|json`); `payroll export` always writes
//! CSV, the payment list. Room: cli.

use std::io::Write;

use clap::{ArgGroup, Args, Subcommand};

use super::args::Format;
use super::{CliError, Context, output};
use crate::core::payroll::{self, PayrollCommand, PayrollEvent, PeriodPayslips};
use crate::core::{Command, CoreError, Event, execute, plural};
use crate::domain::fields::employee::{self as employee_fields, EmployeeEdit};
use crate::domain::fields::payslip::{SUMMARY_FIELDS, line_rows, payment_row, summary_row};
use crate::domain::fields::{Input, Problems, Row};
use crate::domain::payroll::{Employee, Payslip, Period, parse_hours};

const EMPLOYEE_COLUMNS: &[&str] = &[
    "number", "name", "joined", "left", "hourly", "salary", "currency", "iban",
];
const LINE_COLUMNS: &[&str] = &["line", "kind", "description", "quantity", "rate", "amount"];

#[derive(Debug, Subcommand)]
pub enum EmployeeCmd {
    /// Add an employee and print them
    Add(EmployeeAdd),
    /// Show one employee
    Show {
        /// Employee number
        number: String,
    },
    /// List employees
    List {
        /// At most this many rows
        #[arg(long, default_value_t = 100)]
        limit: usize,
    },
    /// Change an employee
    Edit(EmployeeEditArgs),
}

/// What `add` and `edit` both set.
#[derive(Debug, Args)]
pub struct EmployeeFields {
    /// Full name
    #[arg(long)]
    pub name: Option<String>,
    /// Join date, YYYY-MM-DD
    #[arg(long)]
    pub joined: Option<String>,
    /// Last day employed, YYYY-MM-DD
    #[arg(long)]
    pub left: Option<String>,
    /// Pay per hour worked
    #[arg(
        long,
        value_name = "RATE",
        conflicts_with = "salary",
        allow_hyphen_values = true
    )]
    pub hourly: Option<String>,
    /// Pay per month, prorated by calendar days when joining or leaving
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub salary: Option<String>,
    /// NAME:PERCENT%[:CAP] or NAME:AMOUNT, applied in the order given (with `edit`, the
    /// given rules replace all)
    #[arg(long, value_name = "RULE")]
    pub deduction: Vec<String>,
    /// Spaces and lowercase are fine; the checksum is verified
    #[arg(long)]
    pub iban: Option<String>,
    /// [default: the currency setting]
    #[arg(long)]
    pub currency: Option<String>,
}

impl EmployeeFields {
    fn push_into(self, input: &mut Input) {
        for (field, value) in [
            ("name", self.name),
            ("joined", self.joined),
            ("left", self.left),
            ("hourly", self.hourly),
            ("salary", self.salary),
            ("iban", self.iban),
            ("currency", self.currency),
        ] {
            if let Some(value) = value {
                input.push(field, value);
            }
        }
        for rule in self.deduction {
            input.push("deductions", rule);
        }
    }
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("pay").required(true).args(["hourly", "salary"])))]
#[command(mut_arg("name", |arg| arg.required(true)))]
#[command(mut_arg("joined", |arg| arg.required(true)))]
pub struct EmployeeAdd {
    /// Employee number, unique
    #[arg(long)]
    pub number: String,
    #[command(flatten)]
    pub fields: EmployeeFields,
}

#[derive(Debug, Args)]
pub struct EmployeeEditArgs {
    /// The employee's current number
    pub employee: String,
    /// A new employee number
    #[arg(long)]
    pub number: Option<String>,
    #[command(flatten)]
    pub fields: EmployeeFields,
    /// Clear the leave date (employed again)
    #[arg(long, conflicts_with = "left")]
    pub no_left: bool,
    /// Remove every deduction rule
    #[arg(long, conflicts_with = "deduction")]
    pub no_deductions: bool,
    /// Remove the IBAN
    #[arg(long, conflicts_with = "iban")]
    pub no_iban: bool,
    /// Refuse the edit unless the employee is still at this version
    #[arg(long)]
    pub expect_version: Option<u64>,
}

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

pub fn employee(context: &mut Context, command: EmployeeCmd) -> Result<(), CliError> {
    let store = &context.store;
    match command {
        EmployeeCmd::Add(add) => {
            let mut input = Input::new();
            input.push("number", add.number);
            add.fields.push_into(&mut input);
            let employee =
                employee_fields::from_input(&input, context.clock.now(), context.settings.currency)
                    .map_err(CoreError::from)?;
            let event = run(context, PayrollCommand::AddEmployee { employee })?;
            print_employee_event(context, event)
        }
        EmployeeCmd::Show { number } => {
            let employee = payroll::employee(store, &context.actor, &number)?;
            show_employee(context, &employee)
        }
        EmployeeCmd::List { limit } => {
            let rows: Vec<Row> = payroll::employees(store, &context.actor, limit)?
                .iter()
                .map(|e| employee_fields::to_row(e, context.offset))
                .collect();
            output::list(&mut context.out, context.format, &rows, EMPLOYEE_COLUMNS)?;
            Ok(())
        }
        EmployeeCmd::Edit(args) => {
            let mut edit = EmployeeEdit::default();
            if let Some(number) = args.number {
                edit.set.push("number", number);
            }
            args.fields.push_into(&mut edit.set);
            for (clear, field) in [
                (args.no_left, "left"),
                (args.no_deductions, "deductions"),
                (args.no_iban, "iban"),
            ] {
                if clear {
                    edit.clear.push(field);
                }
            }
            let command = PayrollCommand::EditEmployee {
                number: args.employee,
                expected_version: args.expect_version,
                edit,
            };
            let event = run(context, command)?;
            print_employee_event(context, event)
        }
    }
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
                note(
                    context,
                    &format!(
                        "{period}: {} computed, {replaced} replaced",
                        plural(payslips.len(), "draft payslip")
                    ),
                )?;
            }
            Ok(())
        }
        PayrollCmd::Post { period } => {
            let period = Period::parse(&period).map_err(CoreError::from)?;
            let event = run(context, PayrollCommand::PostPeriod { period })?;
            if let PayrollEvent::PeriodPosted { payslips, .. } = event {
                summary(context, &payslips, "posted")?;
                note(
                    context,
                    &format!(
                        "{period}: posted {}; the period is locked",
                        plural(payslips.len(), "payslip")
                    ),
                )?;
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
                writeln!(
                    context.err,
                    "kontor: warning: employee {} ({}) has no IBAN; pay them by other means \
                     or set one with kontor employee edit {} --iban IBAN",
                    payslip.employee_number, payslip.employee_name, payslip.employee_number
                )?;
            }
            let rows: Vec<Row> = payslips.iter().map(payment_row).collect();
            let Some(path) = out else {
                output::csv_rows(&mut context.out, &rows)?;
                return Ok(());
            };
            super::export::to_file(&path, |file| Ok(output::csv_rows(file, &rows)?))?;
            let payments = plural(rows.len(), "payment");
            writeln!(context.err, "exported {payments} to {}", path.display())?;
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
            "unexpected answer to a payroll command: {other:?}"
        ))),
    }
}

fn print_employee_event(context: &mut Context, event: PayrollEvent) -> Result<(), CliError> {
    match event {
        PayrollEvent::EmployeeAdded(employee) | PayrollEvent::EmployeeEdited(employee) => {
            show_employee(context, &employee)
        }
        _ => Ok(()),
    }
}

fn show_employee(context: &mut Context, employee: &Employee) -> Result<(), CliError> {
    let row = employee_fields::to_row(employee, context.offset);
    output::record(&mut context.out, context.format, &row)?;
    Ok(())
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
            "{} {} {} ({status}, {})",
            payslip.period, payslip.employee_number, payslip.employee_name, payslip.currency
        )?;
        output::table(&mut context.out, &line_rows(payslip, status), LINE_COLUMNS)?;
    }
    Ok(())
}
