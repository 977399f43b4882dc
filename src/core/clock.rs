//! The clock as an input. The core never reads the time itself: whoever starts kontor (the
//! binary's `main`) hands it a `Clock`, and everything that says "now", "today", "due" or
//! "last month" asks that clock. A live clock reads the function `main` gave it; a pinned
//! clock always answers the same instant, so tests and the documented test pin
//! (`KONTOR_NOW`) give the same answers on any day they run. Room: core — no I/O here.

use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime, UtcOffset};

/// Where "now" comes from.
#[derive(Clone, Copy, Debug)]
pub struct Clock {
    source: Source,
}

#[derive(Clone, Copy, Debug)]
enum Source {
    Live(fn() -> OffsetDateTime),
    Pinned(OffsetDateTime),
}

/// The variable tests set to pin the clock of the binary and the server.
pub const PIN_VARIABLE: &str = "KONTOR_NOW";

impl Clock {
    /// A clock that reads `read` each time it is asked (the binary passes the system clock).
    pub fn live(read: fn() -> OffsetDateTime) -> Clock {
        Clock {
            source: Source::Live(read),
        }
    }

    /// A clock that always answers `at`.
    pub fn pinned(at: OffsetDateTime) -> Clock {
        Clock {
            source: Source::Pinned(at),
        }
    }

    /// The clock `main` starts with: pinned when `pin` (the value of `KONTOR_NOW`) is an
    /// RFC 3339 instant, else live on `read`. A pin that is not an instant is refused (in
    /// the current language).
    pub fn from_pin(pin: Option<&str>, read: fn() -> OffsetDateTime) -> Result<Clock, String> {
        match pin.map(str::trim).filter(|text| !text.is_empty()) {
            None => Ok(Clock::live(read)),
            Some(text) => OffsetDateTime::parse(text, &Rfc3339)
                .map(Clock::pinned)
                .map_err(|_| crate::t!("core-clock-bad-pin", variable = PIN_VARIABLE, text = text)),
        }
    }

    /// The current instant in UTC, to the second: what records store as "now".
    pub fn now(&self) -> OffsetDateTime {
        let now = match self.source {
            Source::Live(read) => read(),
            Source::Pinned(at) => at,
        }
        .to_offset(UtcOffset::UTC);
        now.replace_nanosecond(0).unwrap_or(now)
    }

    /// Today in UTC (what follow-up dates and payroll periods compare against).
    pub fn today(&self) -> Date {
        self.now().date()
    }
}

/// The instant the crate's own tests run at (a Saturday morning in December).
#[cfg(test)]
pub(crate) fn test_clock() -> Clock {
    Clock::pinned(time::macros::datetime!(2026-12-05 09:30 UTC))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn never() -> OffsetDateTime {
        datetime!(1999-01-01 0:00 UTC)
    }

    #[test]
    fn a_pin_wins_over_the_live_clock_and_is_told_in_utc_to_the_second() {
        let clock = Clock::from_pin(Some("2027-03-28T02:30:00.75+02:00"), never).unwrap();
        assert_eq!(clock.now(), datetime!(2027-03-28 0:30 UTC));
        assert_eq!(clock.now().offset(), UtcOffset::UTC);
        assert_eq!(clock.today(), time::macros::date!(2027 - 03 - 28));
    }

    #[test]
    fn no_pin_reads_the_live_clock_and_a_bad_pin_is_refused() {
        assert_eq!(Clock::from_pin(None, never).unwrap().now(), never());
        assert_eq!(Clock::from_pin(Some(" "), never).unwrap().now(), never());
        let error = Clock::from_pin(Some("tomorrow"), never).unwrap_err();
        assert_eq!(
            error,
            "KONTOR_NOW=tomorrow is not an instant; write it as 2026-12-05T09:30:00Z"
        );
        let german = crate::lang::Locale::new(crate::lang::Lang::De, crate::lang::Zone::UTC);
        let error = crate::lang::scope(german, || Clock::from_pin(Some("morgen"), never));
        assert_eq!(
            error.unwrap_err(),
            "KONTOR_NOW=morgen ist kein Zeitpunkt; schreiben Sie ihn als 2026-12-05T09:30:00Z"
        );
    }
}
