//! Demo data, ERP side: the wholesaler's staff — salaried and hourly, with the usual
//! deductions, a joiner and a leaver — and their payroll: last month run and posted, this
//! month run as a draft. Hours are drawn with a fixed seed. Room: core (pure generation:
//! `execute` is the caller's).

use fastrand::Rng;
use rust_decimal::{Decimal, dec};
use time::{Date, Duration, Month, OffsetDateTime};

use crate::core::Command;
use crate::core::kinds::EMPLOYEES;
use crate::core::payroll::PayrollCommand;
use crate::core::plain::{RecordCommand, RecordOp};
use crate::domain::Currency;
use crate::domain::fields::employee::to_input;
use crate::domain::payroll::{Deduction, Employee, Iban, PayBasis, Period};

/// When someone joined: a fixed date, or a day of last month (a joiner to prorate).
#[derive(Clone, Copy)]
enum Joined {
    On(i32, Month, u8),
    LastMonth(u8),
}

/// One employee: number, name, joined, last day (a day of last month) if leaving, pay,
/// deductions, IBAN, and the range of an hourly worker's monthly hours, in half hours.
struct Staff {
    number: &'static str,
    name: &'static str,
    joined: Joined,
    leaves: Option<u8>,
    pay: PayBasis,
    deductions: &'static [&'static str],
    iban: &'static str,
    hours: (u32, u32),
}

const TAX_HIGH: &[&str] = &[
    "Lohnsteuer:22%",
    "Rentenversicherung:9.3%:700",
    "Krankenversicherung:8.15%:450",
];
const TAX_MIDDLE: &[&str] = &[
    "Lohnsteuer:14%",
    "Rentenversicherung:9.3%:700",
    "Krankenversicherung:8.15%:450",
    "Gewerkschaft:15.00",
];
const TAX_LOW: &[&str] = &[
    "Lohnsteuer:8%",
    "Rentenversicherung:9.3%:700",
    "Krankenversicherung:8.15%:450",
];

const fn staff(
    (number, name): (&'static str, &'static str),
    joined: Joined,
    leaves: Option<u8>,
    pay: PayBasis,
    (deductions, iban): (&'static [&'static str], &'static str),
    hours: (u32, u32),
) -> Staff {
    Staff {
        number,
        name,
        joined,
        leaves,
        pay,
        deductions,
        iban,
        hours,
    }
}

#[rustfmt::skip]
const STAFF: [Staff; 7] = [
    staff(("E-001", "Katrin Vogel"), Joined::On(2015, Month::March, 1), None, PayBasis::Monthly(dec!(5800.00)), (TAX_HIGH, "DE34 2005 0550 1234 5678 90"), (0, 0)),
    staff(("E-002", "Paul Becker"), Joined::On(2016, Month::January, 4), None, PayBasis::Monthly(dec!(4200.00)), (TAX_HIGH, "DE82 2004 0000 0402 3188 00"), (0, 0)),
    staff(("E-003", "Jonas Richter"), Joined::On(2018, Month::August, 15), None, PayBasis::Monthly(dec!(3450.00)), (TAX_MIDDLE, "DE47 2007 0024 0631 5742 00"), (0, 0)),
    staff(("E-004", "Mehmet Aydın"), Joined::On(2020, Month::February, 1), None, PayBasis::Hourly(dec!(16.50)), (TAX_MIDDLE, "DE30 2009 0500 0058 8123 45"), (330, 380)),
    staff(("E-005", "Lena Schmitt"), Joined::On(2022, Month::October, 1), None, PayBasis::Hourly(dec!(14.80)), (TAX_LOW, "DE76 2005 0550 1280 0445 17"), (160, 200)),
    staff(("E-006", "Tomasz Nowak"), Joined::On(2019, Month::May, 6), Some(15), PayBasis::Hourly(dec!(17.20)), (TAX_LOW, "DE92 2003 0000 0004 4719 12"), (140, 170)),
    staff(("E-007", "Sophie Wagner"), Joined::LastMonth(10), None, PayBasis::Monthly(dec!(3900.00)), (TAX_MIDDLE, "DE22 2007 0000 0091 8374 65"), (0, 0)),
];

/// The period holding `date`.
fn period_of(date: Date) -> Option<Period> {
    Period::parse(&format!("{:04}-{:02}", date.year(), u8::from(date.month()))).ok()
}

fn employee(
    staff: &Staff,
    last_month: Period,
    currency: Currency,
    now: OffsetDateTime,
) -> Option<Employee> {
    let day_of_last_month = |day: u8| {
        last_month
            .first_day()
            .checked_add(Duration::days(i64::from(day) - 1))
    };
    let joined = match staff.joined {
        Joined::On(year, month, day) => Date::from_calendar_date(year, month, day).ok()?,
        Joined::LastMonth(day) => day_of_last_month(day)?,
    };
    Some(Employee {
        id: 0,
        number: staff.number.to_string(),
        name: staff.name.to_string(),
        joined,
        left: staff.leaves.and_then(day_of_last_month),
        pay: staff.pay,
        deductions: staff
            .deductions
            .iter()
            .filter_map(|rule| Deduction::parse(rule).ok())
            .collect(),
        iban: Iban::parse(staff.iban).ok(),
        currency,
        created: now,
        updated: now,
        version: 0,
    })
}

/// Hours of the hourly employees employed in `period`, drawn from their usual range
/// in half hours.
fn hours(rng: &mut Rng, staff: &[(&Staff, Employee)], period: Period) -> Vec<(String, Decimal)> {
    staff
        .iter()
        .filter(|(_, employee)| matches!(employee.pay, PayBasis::Hourly(_)))
        .filter(|(_, employee)| employee.is_employed_in(period))
        .map(|(row, employee)| {
            let (from, to) = row.hours;
            let halves = rng.u32(from..=to);
            (employee.number.clone(), Decimal::from(halves) / dec!(2))
        })
        .collect()
}

/// The payroll commands in the order they are to run: add the employees, run and post
/// last month, run this month as a draft.
pub fn payroll_commands(currency: Currency, now: OffsetDateTime, seed: u64) -> Vec<Command> {
    let today = now.date();
    let Some(this_month) = period_of(today) else {
        return Vec::new();
    };
    let Some(last_month) = this_month.first_day().previous_day().and_then(period_of) else {
        return Vec::new();
    };
    let mut rng = Rng::with_seed(seed);
    let staff: Vec<(&Staff, Employee)> = STAFF
        .iter()
        .filter_map(|row| Some((row, employee(row, last_month, currency, now)?)))
        .collect();
    let last_hours = hours(&mut rng, &staff, last_month);
    let this_hours = hours(&mut rng, &staff, this_month);
    let mut commands: Vec<Command> = staff
        .into_iter()
        .map(|(_, employee)| {
            Command::Record(RecordCommand {
                kind: EMPLOYEES,
                op: RecordOp::Add {
                    input: to_input(&employee),
                },
            })
        })
        .collect();
    commands.push(Command::Payroll(PayrollCommand::RunPeriod {
        period: last_month,
        hours: last_hours,
    }));
    commands.push(Command::Payroll(PayrollCommand::PostPeriod {
        period: last_month,
    }));
    commands.push(Command::Payroll(PayrollCommand::RunPeriod {
        period: this_month,
        hours: this_hours,
    }));
    commands
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn every_row_makes_a_valid_employee_with_an_iban() {
        let now = datetime!(2026-03-05 09:00 UTC);
        let last_month = Period::parse("2026-02").unwrap();
        for row in &STAFF {
            let employee = employee(row, last_month, Currency::EUR, now).unwrap();
            employee.validate().unwrap();
            assert!(employee.iban.is_some(), "{}", row.number);
            assert_eq!(
                employee.deductions.len(),
                row.deductions.len(),
                "{}",
                row.number
            );
        }
    }

    #[test]
    fn last_month_is_posted_and_this_month_a_draft_with_the_joiner_and_the_leaver() {
        let commands = payroll_commands(Currency::EUR, datetime!(2026-01-20 09:00 UTC), 1);
        let mut added = Vec::new();
        let mut runs = Vec::new();
        let mut posted = Vec::new();
        for command in commands {
            match command {
                Command::Record(RecordCommand {
                    op: RecordOp::Add { input },
                    ..
                }) => added.push(input),
                Command::Payroll(PayrollCommand::RunPeriod { period, hours }) => {
                    runs.push((period.to_string(), hours))
                }
                Command::Payroll(PayrollCommand::PostPeriod { period }) => {
                    posted.push(period.to_string())
                }
                other => panic!("not a payroll command: {other:?}"),
            }
        }
        assert_eq!(added.len(), STAFF.len());
        assert_eq!(posted, ["2025-12"]);
        let numbers = |run: &(String, Vec<(String, Decimal)>)| -> Vec<String> {
            run.1.iter().map(|(number, _)| number.clone()).collect()
        };
        assert_eq!(runs[0].0, "2025-12");
        assert_eq!(numbers(&runs[0]), ["E-004", "E-005", "E-006"]);
        assert_eq!(runs[1].0, "2026-01");
        assert_eq!(numbers(&runs[1]), ["E-004", "E-005"], "the leaver has gone");
        let leaver = added.iter().find(|e| e.text("number") == "E-006").unwrap();
        assert_eq!(leaver.text("left"), "2025-12-15");
        let joiner = added.iter().find(|e| e.text("number") == "E-007").unwrap();
        assert_eq!(joiner.text("joined"), "2025-12-10");
        for (_, worked) in runs.iter().flat_map(|run| &run.1) {
            assert!(*worked >= dec!(70) && *worked <= dec!(190), "{worked}");
        }
    }
}
