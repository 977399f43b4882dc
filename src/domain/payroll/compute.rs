//! The payslip computation: one employee, one period, the hours worked and the overtime
//! rule in; a payslip out. A pure function, rounding half away from zero to the
//! currency's minor unit at the named points only (each pay line, each percent
//! deduction). Room: domain (pure).

use rust_decimal::{Decimal, dec};
use time::OffsetDateTime;

use super::{DeductionRule, Employee, LineKind, PayBasis, PayLine, Payslip, Period};
use crate::domain::Invalid;
use crate::domain::money::{parse_decimal, round_commercial};

/// When overtime starts and what it pays. Both are database settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OvertimeRule {
    /// Hours a month paid at the plain rate (default 173.33).
    pub threshold: Decimal,
    /// Multiplier of the rate for hours above the threshold (default 1.25).
    pub factor: Decimal,
}

impl OvertimeRule {
    pub const DEFAULT_THRESHOLD: Decimal = dec!(173.33);
    pub const DEFAULT_FACTOR: Decimal = dec!(1.25);

    /// Parses the `overtime_threshold` setting: hours a month, above 0.
    pub fn parse_threshold(text: &str) -> Result<Decimal, Invalid> {
        let hours = parse_decimal("overtime_threshold", text)?;
        if hours <= Decimal::ZERO {
            return Err(Invalid::new(
                "overtime_threshold",
                crate::t!("domain-payroll-threshold"),
            ));
        }
        Ok(hours.normalize())
    }

    /// Parses the `overtime_factor` setting: at least 1 (overtime never pays less).
    pub fn parse_factor(text: &str) -> Result<Decimal, Invalid> {
        let factor = parse_decimal("overtime_factor", text)?;
        if factor < Decimal::ONE {
            return Err(Invalid::new(
                "overtime_factor",
                crate::t!("domain-payroll-factor"),
            ));
        }
        Ok(factor.normalize())
    }
}

impl Default for OvertimeRule {
    fn default() -> Self {
        OvertimeRule {
            threshold: Self::DEFAULT_THRESHOLD,
            factor: Self::DEFAULT_FACTOR,
        }
    }
}

/// Parses `NUMBER=HOURS` (`E7=181.5`, `E7=181,5`): an employee number and hours ≥ 0.
pub fn parse_hours(text: &str) -> Result<(String, Decimal), Invalid> {
    let (number, hours) = text.split_once('=').ok_or_else(|| {
        Invalid::new(
            "hours",
            crate::t!("domain-payroll-hours-invalid", text = text.trim()),
        )
    })?;
    let hours = parse_decimal("hours", hours)?;
    if hours.is_sign_negative() && !hours.is_zero() {
        return Err(Invalid::new(
            "hours",
            crate::t!("domain-payroll-hours-negative", text = text.trim()),
        ));
    }
    Ok((number.trim().to_string(), hours))
}

/// The draft payslip of `employee` for `period`, or `None` when they were not employed
/// in it. Hourly employees need `hours`; salaried ones must not get any.
///
/// - hourly: regular = min(hours, threshold) × rate and overtime = (hours − threshold) ×
///   rate × factor, each rounded;
/// - salaried: salary × days employed ÷ days of the period, rounded;
/// - gross = Σ pay lines; a percent deduction = percent × gross rounded, then capped; a
///   fixed one is its amount; net = gross − Σ deductions.
pub fn compute_payslip(
    employee: &Employee,
    period: Period,
    hours: Option<Decimal>,
    rule: OvertimeRule,
    now: OffsetDateTime,
) -> Result<Option<Payslip>, Invalid> {
    let number = &employee.number;
    let days = employee.days_employed(period);
    if days == 0 {
        return match hours {
            Some(_) => Err(Invalid::new(
                "hours",
                crate::t!(
                    "domain-payroll-not-employed",
                    number = number,
                    period = period.to_string()
                ),
            )),
            None => Ok(None),
        };
    }
    let round = |value: Decimal| round_commercial(value, employee.currency.minor_units());
    let mut lines = Vec::new();
    match (employee.pay, hours) {
        (PayBasis::Hourly(rate), Some(hours)) => {
            let regular = hours.min(rule.threshold);
            lines.push(PayLine {
                kind: LineKind::Regular,
                description: "regular hours".into(),
                quantity: Some(regular),
                rate: Some(rate),
                amount: round(regular * rate),
            });
            let overtime = hours - rule.threshold;
            if overtime > Decimal::ZERO {
                lines.push(PayLine {
                    kind: LineKind::Overtime,
                    description: format!("overtime hours × {}", rule.factor),
                    quantity: Some(overtime),
                    rate: Some(rate * rule.factor),
                    amount: round(overtime * rate * rule.factor),
                });
            }
        }
        (PayBasis::Hourly(_), None) => {
            return Err(Invalid::new(
                "hours",
                crate::t!("domain-payroll-needs-hours", number = number),
            ));
        }
        (PayBasis::Monthly(salary), None) => {
            let total = period.days();
            lines.push(PayLine {
                kind: LineKind::Salary,
                description: if days == total {
                    "monthly salary".into()
                } else {
                    format!("monthly salary, {days} of {total} days")
                },
                quantity: Some(Decimal::from(days)),
                rate: Some(salary),
                amount: round(salary * Decimal::from(days) / Decimal::from(total)),
            });
        }
        (PayBasis::Monthly(_), Some(_)) => {
            return Err(Invalid::new(
                "hours",
                crate::t!("domain-payroll-salaried", number = number),
            ));
        }
    }
    let gross: Decimal = lines.iter().map(|line| line.amount).sum();
    for deduction in &employee.deductions {
        let (rate, amount) = match deduction.rule {
            DeductionRule::Percent { percent, cap } => {
                let share = round(gross * percent / Decimal::ONE_HUNDRED);
                (Some(percent), cap.map_or(share, |cap| share.min(cap)))
            }
            DeductionRule::Fixed(amount) => (None, amount),
        };
        lines.push(PayLine {
            kind: LineKind::Deduction,
            description: deduction.name.clone(),
            quantity: None,
            rate,
            amount,
        });
    }
    let deductions: Decimal = lines
        .iter()
        .filter(|line| line.kind == LineKind::Deduction)
        .map(|line| line.amount)
        .sum();
    Ok(Some(Payslip {
        id: 0,
        period,
        employee_id: employee.id,
        employee_number: employee.number.clone(),
        employee_name: employee.name.clone(),
        iban: employee.iban.clone(),
        currency: employee.currency,
        lines,
        gross,
        deductions,
        net: gross - deductions,
        computed: now,
        version: 0,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Currency;
    use crate::domain::payroll::{Deduction, Iban};
    use time::Date;
    use time::macros::date;

    fn employee(pay: PayBasis, joined: Date, left: Option<Date>, deductions: &[&str]) -> Employee {
        Employee {
            id: 1,
            number: "E1".into(),
            name: "Erika Muster".into(),
            joined,
            left,
            pay,
            deductions: deductions
                .iter()
                .map(|text| Deduction::parse(text).unwrap())
                .collect(),
            iban: Some(Iban::parse("DE89370400440532013000").unwrap()),
            currency: Currency::EUR,
            created: OffsetDateTime::UNIX_EPOCH,
            updated: OffsetDateTime::UNIX_EPOCH,
            version: 1,
        }
    }

    fn run(employee: &Employee, period: &str, hours: Option<Decimal>) -> Payslip {
        let period = Period::parse(period).unwrap();
        compute_payslip(
            employee,
            period,
            hours,
            OvertimeRule::default(),
            OffsetDateTime::UNIX_EPOCH,
        )
        .unwrap()
        .unwrap()
    }

    fn amounts(payslip: &Payslip) -> Vec<(LineKind, Decimal)> {
        payslip.lines.iter().map(|l| (l.kind, l.amount)).collect()
    }

    #[test]
    fn a_salaried_joiner_mid_month_is_prorated_by_calendar_days() {
        // February 2026 has 28 days; joined on the 12th: days 12..=28 = 17 days.
        // 3000.00 × 17 ÷ 28 = 1821.428571… → 1821.43
        // pension 9.3 % × 1821.43 = 169.39299 → 169.39 (below the cap of 300)
        // net = 1821.43 − 169.39 = 1652.04
        let joiner = employee(
            PayBasis::Monthly(dec!(3000.00)),
            date!(2026 - 02 - 12),
            None,
            &["pension:9.3%:300"],
        );
        let payslip = run(&joiner, "2026-02", None);
        assert_eq!(payslip.lines[0].quantity, Some(dec!(17)));
        assert_eq!(
            payslip.lines[0].description,
            "monthly salary, 17 of 28 days"
        );
        assert_eq!(
            amounts(&payslip),
            vec![
                (LineKind::Salary, dec!(1821.43)),
                (LineKind::Deduction, dec!(169.39))
            ]
        );
        assert_eq!(payslip.gross, dec!(1821.43));
        assert_eq!(payslip.deductions, dec!(169.39));
        assert_eq!(payslip.net, dec!(1652.04));
    }

    #[test]
    fn a_leaver_is_paid_up_to_the_last_day() {
        // March 2026 has 31 days; left on the 10th (last day employed): 10 days.
        // 4200.00 × 10 ÷ 31 = 1354.838709… → 1354.84; no deductions: net = 1354.84
        let leaver = employee(
            PayBasis::Monthly(dec!(4200.00)),
            date!(2019 - 04 - 01),
            Some(date!(2026 - 03 - 10)),
            &[],
        );
        let payslip = run(&leaver, "2026-03", None);
        assert_eq!(amounts(&payslip), vec![(LineKind::Salary, dec!(1354.84))]);
        assert_eq!(payslip.net, dec!(1354.84));
        let after = Period::parse("2026-04").unwrap();
        let none = compute_payslip(
            &leaver,
            after,
            None,
            OvertimeRule::default(),
            OffsetDateTime::UNIX_EPOCH,
        );
        assert_eq!(none, Ok(None));
    }

    #[test]
    fn joining_and_leaving_in_one_month_counts_the_days_between() {
        // April 2026 has 30 days; 6th..=20th = 15 days: 2400.00 × 15 ÷ 30 = 1200.00
        let temp = employee(
            PayBasis::Monthly(dec!(2400.00)),
            date!(2026 - 04 - 06),
            Some(date!(2026 - 04 - 20)),
            &[],
        );
        assert_eq!(run(&temp, "2026-04", None).net, dec!(1200.00));
        let full = employee(
            PayBasis::Monthly(dec!(2400.00)),
            date!(2020 - 01 - 01),
            None,
            &[],
        );
        let payslip = run(&full, "2026-04", None);
        assert_eq!(payslip.lines[0].description, "monthly salary");
        assert_eq!(payslip.gross, dec!(2400.00));
    }

    #[test]
    fn an_hourly_worker_with_overtime_and_capped_percent_and_fixed_deductions() {
        // 190.5 hours at 18.50, threshold 173.33, factor 1.25:
        // regular  = 173.33 × 18.50 = 3206.605 → 3206.61 (half away from zero)
        // overtime = (190.5 − 173.33) × 18.50 × 1.25 = 17.17 × 23.125 = 397.05625 → 397.06
        // gross    = 3206.61 + 397.06 = 3603.67
        // pension  = 9.3 % × 3603.67 = 335.14131 → 335.14, capped at 300 → 300.00
        // tax      = 20 % × 3603.67 = 720.734 → 720.73
        // union    = fixed 12.50
        // net      = 3603.67 − (300.00 + 720.73 + 12.50) = 3603.67 − 1033.23 = 2570.44
        let worker = employee(
            PayBasis::Hourly(dec!(18.50)),
            date!(2024 - 01 - 15),
            None,
            &["pension:9.3%:300", "tax:20%", "union:12.50"],
        );
        let payslip = run(&worker, "2026-02", Some(dec!(190.5)));
        assert_eq!(
            amounts(&payslip),
            vec![
                (LineKind::Regular, dec!(3206.61)),
                (LineKind::Overtime, dec!(397.06)),
                (LineKind::Deduction, dec!(300.00)),
                (LineKind::Deduction, dec!(720.73)),
                (LineKind::Deduction, dec!(12.50)),
            ]
        );
        assert_eq!(payslip.lines[1].quantity, Some(dec!(17.17)));
        assert_eq!(payslip.lines[1].rate, Some(dec!(23.125)));
        assert_eq!(payslip.gross, dec!(3603.67));
        assert_eq!(payslip.deductions, dec!(1033.23));
        assert_eq!(payslip.net, dec!(2570.44));
    }

    #[test]
    fn hours_up_to_the_threshold_are_all_regular() {
        // 120 hours at 15.125 = 1815.00; no overtime line
        let worker = employee(
            PayBasis::Hourly(dec!(15.125)),
            date!(2024 - 01 - 15),
            None,
            &[],
        );
        let payslip = run(&worker, "2026-02", Some(dec!(120)));
        assert_eq!(amounts(&payslip), vec![(LineKind::Regular, dec!(1815.00))]);
        let rule = OvertimeRule {
            threshold: dec!(100),
            factor: dec!(1.5),
        };
        // 100 × 15.125 = 1512.50; 20 × 15.125 × 1.5 = 453.75
        let period = Period::parse("2026-02").unwrap();
        let custom = compute_payslip(
            &worker,
            period,
            Some(dec!(120)),
            rule,
            OffsetDateTime::UNIX_EPOCH,
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            amounts(&custom),
            vec![
                (LineKind::Regular, dec!(1512.50)),
                (LineKind::Overtime, dec!(453.75))
            ]
        );
    }

    #[test]
    fn hours_must_fit_the_pay_basis() {
        let period = Period::parse("2026-02").unwrap();
        let at = OffsetDateTime::UNIX_EPOCH;
        let rule = OvertimeRule::default();
        let hourly = employee(PayBasis::Hourly(dec!(15)), date!(2024 - 01 - 15), None, &[]);
        let salaried = employee(
            PayBasis::Monthly(dec!(3000)),
            date!(2024 - 01 - 15),
            None,
            &[],
        );
        let future = employee(PayBasis::Hourly(dec!(15)), date!(2026 - 03 - 01), None, &[]);
        for (who, hours) in [
            (&hourly, None),
            (&salaried, Some(dec!(1))),
            (&future, Some(dec!(1))),
        ] {
            let error = compute_payslip(who, period, hours, rule, at).unwrap_err();
            assert_eq!(error.field, "hours");
            assert!(error.message.contains("employee E1"), "{error}");
        }
    }

    #[test]
    fn overtime_settings_are_checked() {
        assert_eq!(OvertimeRule::parse_threshold("160,5").unwrap(), dec!(160.5));
        assert_eq!(OvertimeRule::parse_factor("1.50").unwrap(), dec!(1.5));
        assert!(OvertimeRule::parse_threshold("0").is_err());
        assert!(OvertimeRule::parse_factor("0.9").is_err());
        assert!(OvertimeRule::parse_factor("lots").is_err());
    }

    #[test]
    fn hours_parse_as_number_equals_hours() {
        assert_eq!(parse_hours("E7=181,5").unwrap(), ("E7".into(), dec!(181.5)));
        assert_eq!(parse_hours(" E7 = 0 ").unwrap(), ("E7".into(), dec!(0)));
        for bad in ["E7", "E7=-3", "E7=many"] {
            assert_eq!(parse_hours(bad).unwrap_err().field, "hours", "{bad}");
        }
    }
}
