//! Payslips: one employee's pay for one period, line by line, with gross, deductions and
//! net. Drafts are recomputed on every run; posting the period freezes them.
//! Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::{Iban, Period};
use crate::domain::Currency;

/// What a payslip line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LineKind {
    /// Hours up to the overtime threshold × rate.
    Regular,
    /// Hours above the threshold × rate × overtime factor.
    Overtime,
    /// Monthly salary × days employed ÷ days of the period.
    Salary,
    /// Taken from gross; its amount is positive and subtracted.
    Deduction,
}

impl LineKind {
    pub const ALL: [LineKind; 4] = [Self::Regular, Self::Overtime, Self::Salary, Self::Deduction];

    /// The name as a person reads it, in the current language (German `Überstunden`);
    /// `name` is the machine name exports write, and English shows it as it is.
    pub fn label(self) -> String {
        match self {
            Self::Regular => crate::t!("domain-pay-line-regular"),
            Self::Overtime => crate::t!("domain-pay-line-overtime"),
            Self::Salary => crate::t!("domain-pay-line-salary"),
            Self::Deduction => crate::t!("domain-pay-line-deduction"),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Regular => "regular",
            Self::Overtime => "overtime",
            Self::Salary => "salary",
            Self::Deduction => "deduction",
        }
    }
}

/// One line of a payslip: `amount` is already rounded to the currency's minor unit.
/// `quantity` is hours (regular, overtime) or days employed (salary); `rate` is per hour,
/// per month, or the percentage of a percent deduction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayLine {
    pub kind: LineKind,
    pub description: String,
    pub quantity: Option<Decimal>,
    pub rate: Option<Decimal>,
    pub amount: Decimal,
}

/// One employee's pay for one period. Invariants: `gross` = Σ pay lines, `deductions` =
/// Σ deduction lines, `net = gross − deductions`. The employee's number, name and IBAN
/// are copied as they were when the payslip was computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payslip {
    pub id: u64,
    pub period: Period,
    pub employee_id: u64,
    pub employee_number: String,
    pub employee_name: String,
    pub iban: Option<Iban>,
    pub currency: Currency,
    pub lines: Vec<PayLine>,
    pub gross: Decimal,
    pub deductions: Decimal,
    pub net: Decimal,
    pub computed: OffsetDateTime,
    pub version: u64,
}

impl Payslip {
    /// The pay lines (everything but deductions).
    pub fn pay_lines(&self) -> impl Iterator<Item = &PayLine> {
        self.lines.iter().filter(|l| l.kind != LineKind::Deduction)
    }

    /// The hours paid (regular and overtime); `None` on a salaried payslip.
    pub fn hours(&self) -> Option<Decimal> {
        self.lines
            .iter()
            .filter(|l| matches!(l.kind, LineKind::Regular | LineKind::Overtime))
            .filter_map(|l| l.quantity)
            .reduce(|sum, hours| sum + hours)
    }

    /// The deduction lines, in rule order.
    pub fn deduction_lines(&self) -> impl Iterator<Item = &PayLine> {
        self.lines.iter().filter(|l| l.kind == LineKind::Deduction)
    }

    /// A line's description as a person reads it. The payslip keeps what kontor wrote when
    /// it computed the line, in English, which English shows as it is; another language
    /// describes a pay line anew by its kind, hours, rate and days (German `Überstunden ×
    /// 1,5`, `Monatsgehalt, 17 von 28 Tagen`). A deduction is named by its rule's name.
    pub fn shown_description(&self, line: &PayLine) -> String {
        if crate::lang::lang() == crate::lang::Lang::En {
            return line.description.clone();
        }
        let total = self.period.days();
        match (line.kind, line.quantity) {
            (LineKind::Regular, _) => crate::t!("domain-pay-regular-hours"),
            (LineKind::Overtime, _) => match self.overtime_factor(line) {
                Some(factor) => crate::t!(
                    "domain-pay-overtime-hours",
                    factor = crate::lang::format::decimal(factor)
                ),
                None => line.description.clone(),
            },
            (LineKind::Salary, Some(days)) if days < Decimal::from(total) => crate::t!(
                "domain-pay-salary-part",
                days = crate::lang::format::decimal(days.normalize()),
                total = total
            ),
            (LineKind::Salary, _) => crate::t!("domain-pay-salary"),
            (LineKind::Deduction, _) => line.description.clone(),
        }
    }

    /// The overtime factor of an overtime line: its rate over the regular rate.
    fn overtime_factor(&self, overtime: &PayLine) -> Option<Decimal> {
        let regular = self
            .lines
            .iter()
            .find(|l| l.kind == LineKind::Regular)
            .and_then(|l| l.rate)
            .filter(|rate| !rate.is_zero())?;
        overtime
            .rate
            .and_then(|rate| rate.checked_div(regular))
            .map(|factor| factor.normalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_kinds_read_as_names_in_english_and_german_words_in_german() {
        assert_eq!(
            LineKind::ALL.map(LineKind::label),
            LineKind::ALL.map(LineKind::name)
        );
        let german = crate::lang::in_german(|| LineKind::ALL.map(LineKind::label));
        assert_eq!(german, ["Normal", "Überstunden", "Gehalt", "Abzug"]);
    }

    fn line(kind: LineKind, description: &str, quantity: Decimal, rate: Decimal) -> PayLine {
        PayLine {
            kind,
            description: description.into(),
            quantity: Some(quantity),
            rate: Some(rate),
            amount: quantity * rate,
        }
    }

    fn payslip(lines: Vec<PayLine>) -> Payslip {
        Payslip {
            id: 1,
            period: super::super::Period::parse("2026-02").unwrap(),
            employee_id: 1,
            employee_number: "E1".into(),
            employee_name: "Erika".into(),
            iban: None,
            currency: Currency::EUR,
            lines,
            gross: Decimal::ZERO,
            deductions: Decimal::ZERO,
            net: Decimal::ZERO,
            computed: OffsetDateTime::UNIX_EPOCH,
            version: 1,
        }
    }

    #[test]
    fn pay_lines_are_described_as_stored_in_english_and_anew_in_german() {
        use rust_decimal::dec;
        let hourly = payslip(vec![
            line(LineKind::Regular, "regular hours", dec!(160), dec!(20)),
            line(
                LineKind::Overtime,
                "overtime hours × 1.5",
                dec!(5),
                dec!(30),
            ),
            line(LineKind::Deduction, "pension", dec!(1), dec!(9.3)),
        ]);
        let salaried = payslip(vec![
            line(
                LineKind::Salary,
                "monthly salary, 17 of 28 days",
                dec!(17),
                dec!(4200),
            ),
            line(LineKind::Salary, "monthly salary", dec!(28), dec!(4200)),
        ]);
        let described = || {
            let mut all: Vec<String> = hourly
                .lines
                .iter()
                .map(|l| hourly.shown_description(l))
                .collect();
            all.extend(salaried.lines.iter().map(|l| salaried.shown_description(l)));
            all
        };
        let stored: Vec<&str> = hourly
            .lines
            .iter()
            .chain(&salaried.lines)
            .map(|l| l.description.as_str())
            .collect();
        assert_eq!(described(), stored);
        let german = crate::lang::in_german(described);
        assert_eq!(
            german,
            [
                "Normalstunden",
                "Überstunden × 1,5",
                "pension",
                "Monatsgehalt, 17 von 28 Tagen",
                "Monatsgehalt"
            ]
        );
    }
}
