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
        let german = crate::lang::scope(
            crate::lang::Locale::new(crate::lang::Lang::De, crate::lang::Zone::UTC),
            || LineKind::ALL.map(LineKind::label),
        );
        assert_eq!(german, ["Normal", "Überstunden", "Gehalt", "Abzug"]);
    }
}
