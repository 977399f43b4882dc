//! When the demo's stock story happened: one instant per command, in the order the commands
//! run, in the working hours (Monday to Friday, 08:00–17:00 UTC) of the weeks before the
//! load — so the ledger reads as a history instead of one load instant.
//! Room: core (pure generation).

use time::{Date, Duration, OffsetDateTime, Time, UtcOffset, Weekday};

/// Working days the story spans, ending on the working day before the load.
const DAYS: usize = 30;
/// The hours of a working day (UTC).
const OPENS: u8 = 8;
const CLOSES: u8 = 17;

/// `count` instants, strictly increasing and to the second, spread evenly over the working
/// hours of the `DAYS` working days before the day of `now`.
pub fn working_hours_before(now: OffsetDateTime, count: usize) -> Vec<OffsetDateTime> {
    let days = working_days_before(now.to_offset(UtcOffset::UTC).date());
    let per_day = count.div_ceil(DAYS).max(1);
    let step = i64::from(CLOSES - OPENS) * 3600 / per_day as i64;
    let opens = Time::from_hms(OPENS, 0, 0).unwrap_or(Time::MIDNIGHT);
    (0..count)
        .map(|index| {
            let day = days[index / per_day];
            let offset = Duration::seconds(step * (index % per_day) as i64);
            day.with_time(opens).assume_utc() + offset
        })
        .collect()
}

/// The `DAYS` working days before `today`, oldest first.
fn working_days_before(today: Date) -> Vec<Date> {
    let mut days = Vec::with_capacity(DAYS);
    let mut day = today;
    while days.len() < DAYS {
        day -= Duration::days(1);
        if !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) {
            days.push(day);
        }
    }
    days.reverse();
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn instants_run_in_order_in_working_hours_before_the_day_of_loading() {
        let now = datetime!(2026-01-12 10:30 UTC);
        let times = working_hours_before(now, 210);
        assert_eq!(times.len(), 210);
        assert!(times.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(times.iter().all(|at| at.date() < now.date()));
        assert!(times.iter().all(|at| (OPENS..CLOSES).contains(&at.hour())));
        let weekend =
            |at: &OffsetDateTime| matches!(at.weekday(), Weekday::Saturday | Weekday::Sunday);
        assert!(!times.iter().any(weekend));
        assert_eq!(times[0], datetime!(2025-12-01 8:00 UTC));
        assert_eq!(times[209].date(), datetime!(2026-01-09 0:00 UTC).date());
    }
}
