//! A payroll period: one calendar month, written `YYYY-MM`. Room: domain (pure).

use std::fmt;

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use crate::domain::Invalid;

/// One calendar month. Invariant: `year` is within the `time` crate's date range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    year: i32,
    month: Month,
}

impl Period {
    /// Parses `YYYY-MM` (e.g. `2026-02`).
    pub fn parse(text: &str) -> Result<Period, Invalid> {
        let text = text.trim();
        let invalid = || Invalid::new("period", crate::t!("domain-period-invalid", text = text));
        let (year, month) = text.split_once('-').ok_or_else(invalid)?;
        if year.len() != 4 || month.len() != 2 {
            return Err(invalid());
        }
        let year: i32 = year.parse().map_err(|_| invalid())?;
        let month: u8 = month.parse().map_err(|_| invalid())?;
        let month = Month::try_from(month).map_err(|_| invalid())?;
        Date::from_calendar_date(year, month, 1).map_err(|_| invalid())?;
        Ok(Period { year, month })
    }

    /// The month `date` falls in.
    pub fn of(date: Date) -> Period {
        Period {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn first_day(self) -> Date {
        self.day(1)
    }

    pub fn last_day(self) -> Date {
        self.day(self.days())
    }

    /// Calendar days of the month (28–31).
    pub fn days(self) -> u8 {
        self.month.length(self.year)
    }

    /// Calendar days from `from` to `to` (both included) that fall in this period; 0 when
    /// the range misses it. `to = None` means open-ended.
    pub fn days_within(self, from: Date, to: Option<Date>) -> u8 {
        let start = from.max(self.first_day());
        let end = to.map_or(self.last_day(), |to| to.min(self.last_day()));
        if end < start {
            return 0;
        }
        u8::try_from((end - start).whole_days() + 1).unwrap_or(0)
    }

    fn day(self, day: u8) -> Date {
        Date::from_calendar_date(self.year, self.month, day).unwrap_or(Date::MIN)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month as u8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn periods_parse_and_know_their_days() {
        let february = Period::parse("2026-02").unwrap();
        assert_eq!(february.to_string(), "2026-02");
        assert_eq!(february.days(), 28);
        assert_eq!(Period::parse("2028-02").unwrap().days(), 29);
        assert_eq!(
            Period::parse(" 2026-12 ").unwrap().last_day(),
            date!(2026 - 12 - 31)
        );
        for bad in ["2026-13", "2026-2", "26-02", "2026/02", "", "2026-00"] {
            assert_eq!(Period::parse(bad).unwrap_err().field, "period", "{bad}");
        }
    }

    #[test]
    fn days_within_clip_to_the_month() {
        let february = Period::parse("2026-02").unwrap();
        assert_eq!(february.days_within(date!(2020 - 01 - 01), None), 28);
        assert_eq!(february.days_within(date!(2026 - 02 - 12), None), 17);
        assert_eq!(
            february.days_within(date!(2025 - 06 - 01), Some(date!(2026 - 02 - 10))),
            10
        );
        assert_eq!(february.days_within(date!(2026 - 03 - 01), None), 0);
        assert_eq!(
            february.days_within(date!(2025 - 01 - 01), Some(date!(2026 - 01 - 31))),
            0
        );
    }
}
