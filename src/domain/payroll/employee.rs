//! Employees: number, name, employment dates, pay basis, ordered deduction rules and the
//! IBAN their pay goes to. Room: domain (pure).

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::{Iban, Period};
use crate::domain::money::parse_money;
use crate::domain::{Currency, Invalid};

/// How an employee is paid. Amounts are in the employee's currency and positive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PayBasis {
    /// Pay per hour worked.
    Hourly(Decimal),
    /// Pay per full calendar month, prorated by calendar days employed.
    Monthly(Decimal),
}

/// What a deduction takes from the gross pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeductionRule {
    /// `percent` (0–100) of gross, rounded to the minor unit, then at most `cap`.
    Percent {
        percent: Decimal,
        cap: Option<Decimal>,
    },
    /// A fixed amount every period.
    Fixed(Decimal),
}

/// A named deduction rule; an employee's rules apply in their order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deduction {
    pub name: String,
    pub rule: DeductionRule,
}

impl Deduction {
    /// Parses `NAME:PCT%[:CAP]` (e.g. `pension:9.3%:450`) or `NAME:AMOUNT` (`union:12.50`).
    pub fn parse(text: &str) -> Result<Deduction, Invalid> {
        let invalid = || {
            Invalid::new(
                "deductions",
                crate::t!("domain-deduction-invalid", text = text.trim()),
            )
        };
        let parts: Vec<&str> = text.split(':').map(str::trim).collect();
        let amount = |part: &str| parse_money("deductions", part);
        let rule = match parts.as_slice() {
            [_, percent, rest @ ..] if percent.ends_with('%') && rest.len() <= 1 => {
                DeductionRule::Percent {
                    percent: amount(percent.trim_end_matches('%'))?,
                    cap: rest.first().map(|cap| amount(cap)).transpose()?,
                }
            }
            [_, fixed] => DeductionRule::Fixed(amount(fixed)?),
            _ => return Err(invalid()),
        };
        let deduction = Deduction {
            name: parts
                .first()
                .map(|name| name.to_string())
                .unwrap_or_default(),
            rule,
        };
        deduction.validate()?;
        Ok(deduction)
    }

    pub fn validate(&self) -> Result<(), Invalid> {
        let refuse = |why: String| Err(Invalid::new("deductions", format!("{self}: {why}")));
        if self.name.trim().is_empty() || self.name.contains([':', '|']) {
            return refuse(crate::t!("domain-deduction-name"));
        }
        match self.rule {
            DeductionRule::Percent { percent, .. }
                if percent <= Decimal::ZERO || percent > Decimal::ONE_HUNDRED =>
            {
                refuse(crate::t!("domain-deduction-percent"))
            }
            DeductionRule::Percent { cap: Some(cap), .. } if cap.is_sign_negative() => {
                refuse(crate::t!("domain-deduction-cap"))
            }
            DeductionRule::Fixed(amount) if amount.is_sign_negative() => {
                refuse(crate::t!("domain-deduction-amount"))
            }
            _ => Ok(()),
        }
    }
}

impl fmt::Display for Deduction {
    /// The form `parse` reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.rule {
            DeductionRule::Percent { percent, cap } => {
                write!(f, "{}:{percent}%", self.name)?;
                match cap {
                    Some(cap) => write!(f, ":{cap}"),
                    None => Ok(()),
                }
            }
            DeductionRule::Fixed(amount) => write!(f, "{}:{amount}", self.name),
        }
    }
}

/// An employee. `number` is unique among employees; `left` is the last day employed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Employee {
    pub id: u64,
    pub number: String,
    pub name: String,
    pub joined: Date,
    pub left: Option<Date>,
    pub pay: PayBasis,
    pub deductions: Vec<Deduction>,
    pub iban: Option<Iban>,
    pub currency: Currency,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

impl Employee {
    /// Calendar days of `period` on which the employee was employed.
    pub fn days_employed(&self, period: Period) -> u8 {
        period.days_within(self.joined, self.left)
    }

    pub fn is_employed_in(&self, period: Period) -> bool {
        self.days_employed(period) > 0
    }

    pub fn validate(&self) -> Result<(), Invalid> {
        validate_number(&self.number)?;
        if self.name.trim().is_empty() {
            return Err(Invalid::new("name", crate::t!("domain-must-not-be-empty")));
        }
        if self.left.is_some_and(|left| left < self.joined) {
            return Err(Invalid::new(
                "left",
                crate::t!("domain-employee-left-before-joined"),
            ));
        }
        match self.pay {
            PayBasis::Hourly(rate) if rate <= Decimal::ZERO => {
                Err(Invalid::new("hourly", crate::t!("domain-employee-hourly")))
            }
            PayBasis::Monthly(salary) if salary <= Decimal::ZERO => {
                Err(Invalid::new("salary", crate::t!("domain-employee-salary")))
            }
            _ => self.deductions.iter().try_for_each(Deduction::validate),
        }
    }
}

/// An employee number: not empty, no spaces, no `=` (it is written `NUMBER=HOURS`).
pub fn validate_number(number: &str) -> Result<(), Invalid> {
    if number.is_empty() {
        return Err(Invalid::new(
            "number",
            crate::t!("domain-must-not-be-empty"),
        ));
    }
    if number.contains(|c: char| c.is_whitespace() || c == '=') {
        return Err(Invalid::new(
            "number",
            crate::t!("domain-employee-number", text = number),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn deductions_parse_and_print_back() {
        let pension = Deduction::parse("pension:9.3%:450").unwrap();
        assert_eq!(
            pension.rule,
            DeductionRule::Percent {
                percent: dec!(9.3),
                cap: Some(dec!(450))
            }
        );
        let union = Deduction::parse(" union : 12,50 ").unwrap();
        assert_eq!(union.name, "union");
        assert_eq!(union.rule, DeductionRule::Fixed(dec!(12.50)));
        let tax = Deduction::parse("tax:20%").unwrap();
        for deduction in [pension, union, tax] {
            assert_eq!(Deduction::parse(&deduction.to_string()).unwrap(), deduction);
        }
    }

    #[test]
    fn bad_deductions_are_refused() {
        for bad in [
            "tax",
            ":20%",
            "tax:120%",
            "tax:0%",
            "tax:20%:-5",
            "union:-3",
            "union:3:4",
            "tax:x%",
            "a:1%:2:3",
        ] {
            assert_eq!(
                Deduction::parse(bad).unwrap_err().field,
                "deductions",
                "{bad}"
            );
        }
    }

    #[test]
    fn numbers_have_no_spaces_or_equals() {
        assert!(validate_number("E-7").is_ok());
        assert!(validate_number("").is_err());
        assert!(validate_number("E 7").is_err());
        assert!(validate_number("E=7").is_err());
    }
}
