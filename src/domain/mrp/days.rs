//! Working days for the MRP run: the calendar is anything that answers "is this a working
//! day?" (a closure, `Weekdays`, or the caller's view of a business calendar), and release
//! dates lie lead time working days before the due date. Room: domain (pure).

use std::collections::BTreeSet;

use time::{Date, Duration, Weekday};

use super::MrpError;

/// The calendar the run plans on.
pub trait WorkingDays {
    fn is_working_day(&self, day: Date) -> bool;
}

impl<F: Fn(Date) -> bool> WorkingDays for F {
    fn is_working_day(&self, day: Date) -> bool {
        self(day)
    }
}

/// Monday to Friday, except the given holidays.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Weekdays {
    pub holidays: BTreeSet<Date>,
}

impl WorkingDays for Weekdays {
    fn is_working_day(&self, day: Date) -> bool {
        !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday)
            && !self.holidays.contains(&day)
    }
}

/// The working days of a business calendar: a weekday it has opening hours on that is
/// neither a statutory holiday of its state nor one of its own days off. Holidays are
/// known for the years it is built for; outside them only the hours and days off count.
#[derive(Debug, Clone)]
pub struct OpenDays {
    open: [bool; 7],
    closed: BTreeSet<Date>,
}

impl OpenDays {
    pub fn of(
        calendar: &crate::domain::calendar::BusinessCalendar,
        years: std::ops::RangeInclusive<i32>,
    ) -> OpenDays {
        let mut closed: BTreeSet<Date> = calendar.days_off.iter().copied().collect();
        for year in years {
            closed.extend(calendar.holidays(year).into_iter().map(|(day, _)| day));
        }
        OpenDays {
            open: std::array::from_fn(|weekday| !calendar.hours[weekday].is_empty()),
            closed,
        }
    }
}

impl WorkingDays for OpenDays {
    fn is_working_day(&self, day: Date) -> bool {
        self.open[usize::from(day.weekday().number_days_from_monday())]
            && !self.closed.contains(&day)
    }
}

/// How far back a search for a working day goes before the calendar counts as closed.
const SEARCH_DAYS: u32 = 3_700;

/// The `days`-th working day before `due` (`due` itself never counts); `due` for 0. A
/// calendar without a working day in ten years is refused.
pub fn working_days_before(
    calendar: &dyn WorkingDays,
    due: Date,
    days: u32,
) -> Result<Date, MrpError> {
    let mut day = due;
    let mut left = days;
    let mut idle = 0;
    while left > 0 {
        day = day
            .checked_sub(Duration::DAY)
            .ok_or(MrpError::NoWorkingDay(due))?;
        if calendar.is_working_day(day) {
            left -= 1;
            idle = 0;
        } else {
            idle += 1;
            if idle > SEARCH_DAYS {
                return Err(MrpError::NoWorkingDay(due));
            }
        }
    }
    Ok(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn lead_time_skips_a_weekend_and_a_holiday() {
        // Wednesday 2026-12-23; the 25th (Friday) and 26th are holidays.
        let calendar = Weekdays {
            holidays: [date!(2026 - 12 - 25), date!(2026 - 12 - 26)].into(),
        };
        // Due Monday 28th: Fri 25 holiday, Sat/Sun weekend → Thu 24, Wed 23, Tue 22.
        assert_eq!(
            working_days_before(&calendar, date!(2026 - 12 - 28), 1),
            Ok(date!(2026 - 12 - 24))
        );
        assert_eq!(
            working_days_before(&calendar, date!(2026 - 12 - 28), 3),
            Ok(date!(2026 - 12 - 22))
        );
        // Due on a Sunday with no lead time: released the same day.
        assert_eq!(
            working_days_before(&calendar, date!(2026 - 12 - 27), 0),
            Ok(date!(2026 - 12 - 27))
        );
        // Monday 7th, lead 1 → Friday 4th.
        assert_eq!(
            working_days_before(&calendar, date!(2026 - 12 - 07), 1),
            Ok(date!(2026 - 12 - 04))
        );
    }

    #[test]
    fn a_calendar_without_working_days_is_refused() {
        let never = |_: Date| false;
        assert_eq!(
            working_days_before(&never, date!(2026 - 12 - 07), 2),
            Err(MrpError::NoWorkingDay(date!(2026 - 12 - 07)))
        );
    }
}
