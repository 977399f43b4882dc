//! Dates, instants and durations as users type and read them. Instants are stored in UTC;
//! a local time a user types is read in a caller-supplied zone by the rules of its own
//! date (summer or winter time as it was then). Room: domain (pure; the zone is found by
//! the caller, never here).
//!
//! Dates are typed as ISO `2026-12-05` or as German writes them: `05.12.2026`, `5.12.2026`
//! and `05.12.26`. A two-digit year is read 00–69 as 2000–2069 and 70–99 as 1970–1999.

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

use super::Invalid;
use crate::lang::Zone;

/// The years a typed date or instant may fall in: wide enough for any real record, far
/// enough from `time`'s limits that converting between offsets cannot leave its range.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;

fn outside_years(field: &'static str, text: &str) -> Invalid {
    Invalid::new(
        field,
        crate::t!(
            "domain-date-outside-years",
            text = text,
            first = YEARS.start().to_string(),
            last = YEARS.end().to_string()
        ),
    )
}

/// Parses `YYYY-MM-DD` (ISO) or a German date (`DD.MM.YYYY`, `D.M.YYYY`, `DD.MM.YY`), in
/// the years `YEARS`.
pub fn parse_date(field: &'static str, text: &str) -> Result<Date, Invalid> {
    let text = text.trim();
    let date = Date::parse(text, format_description!("[year]-[month]-[day]"))
        .ok()
        .or_else(|| german_date(text))
        .ok_or_else(|| Invalid::new(field, crate::t!("domain-date-invalid", text = text)))?;
    if !YEARS.contains(&date.year()) {
        return Err(outside_years(field, text));
    }
    Ok(date)
}

/// A German date: day and month of one or two digits, a year of four digits or of two
/// (00–69 → 2000–2069, 70–99 → 1970–1999), separated by dots.
fn german_date(text: &str) -> Option<Date> {
    let mut parts = text.split('.');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |part: &str, lengths: &[usize]| {
        (lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<i32>().ok())
            .flatten()
    };
    if parts.next().is_some() {
        return None;
    }
    let day = u8::try_from(digits(day, &[1, 2])?).ok()?;
    let month = Month::try_from(u8::try_from(digits(month, &[1, 2])?).ok()?).ok()?;
    let year = match (year.len(), digits(year, &[2, 4])?) {
        (2, short) if short < 70 => 2000 + short,
        (2, short) => 1900 + short,
        (_, full) => full,
    };
    Date::from_calendar_date(year, month, day).ok()
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(date: Date) -> String {
    date.format(format_description!("[year]-[month]-[day]"))
        .unwrap_or_else(|_| date.to_string())
}

/// Parses an instant and converts it to UTC: RFC 3339 (`2026-11-27T09:30:00+01:00`), or a
/// local time without offset, `YYYY-MM-DD HH:MM[:SS]` or German `DD.MM.YYYY HH:MM[:SS]`
/// (any German date form `parse_date` reads, as German Excel exports write it), read in
/// `zone` by the rules of that date (a winter date typed in summer is read in winter time).
/// Its year, as written and in UTC, must be in `YEARS`.
pub fn parse_instant(
    field: &'static str,
    text: &str,
    zone: Zone,
) -> Result<OffsetDateTime, Invalid> {
    let text = text.trim();
    let read = |local| zone.instant(local);
    let at = match OffsetDateTime::parse(text, &Rfc3339) {
        Ok(at) => at,
        Err(_) => {
            let local = parse_local(text).ok_or_else(|| {
                Invalid::new(field, crate::t!("domain-instant-invalid", text = text))
            })?;
            if !YEARS.contains(&local.year()) {
                return Err(outside_years(field, text));
            }
            read(local)
        }
    };
    match at.checked_to_offset(UtcOffset::UTC) {
        Some(utc) if YEARS.contains(&at.year()) && YEARS.contains(&utc.year()) => Ok(utc),
        _ => Err(outside_years(field, text)),
    }
}

/// A date and time without offset: `YYYY-MM-DD HH:MM[:SS]` or a German date and
/// `HH:MM[:SS]`.
fn parse_local(text: &str) -> Option<PrimitiveDateTime> {
    let iso = format_description!("[year]-[month]-[day] [hour]:[minute][optional [:[second]]]");
    if let Ok(local) = PrimitiveDateTime::parse(text, iso) {
        return Some(local);
    }
    let (date, time) = text.split_once(' ')?;
    let time = Time::parse(
        time.trim_start(),
        format_description!("[hour]:[minute][optional [:[second]]]"),
    )
    .ok()?;
    Some(PrimitiveDateTime::new(german_date(date)?, time))
}

/// Formats an instant as RFC 3339 in `offset` (seconds precision when there are no nanos);
/// in UTC when `offset` would take it past the years `time` can represent.
pub fn format_instant(at: OffsetDateTime, offset: UtcOffset) -> String {
    let shown = at.checked_to_offset(offset).unwrap_or(at);
    shown.format(&Rfc3339).unwrap_or_else(|_| shown.to_string())
}

/// Parses a duration: `4m30s`, `1h5m`, `90s`, `90` (seconds) or `4:30` (minutes:seconds).
pub fn parse_duration(field: &'static str, text: &str) -> Result<u32, Invalid> {
    let text = text.trim();
    let invalid = || Invalid::new(field, crate::t!("domain-duration-invalid", text = text));
    if let Some((minutes, seconds)) = text.split_once(':') {
        let minutes: u32 = minutes.parse().map_err(|_| invalid())?;
        let seconds: u32 = seconds.parse().map_err(|_| invalid())?;
        return minutes
            .checked_mul(60)
            .and_then(|m| m.checked_add(seconds))
            .ok_or_else(invalid);
    }
    if let Ok(seconds) = text.parse::<u32>() {
        return Ok(seconds);
    }
    let mut total: u32 = 0;
    let mut number = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match c {
            'h' => 3600,
            'm' => 60,
            's' => 1,
            _ => return Err(invalid()),
        };
        let value: u32 = number.parse().map_err(|_| invalid())?;
        total = value
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(invalid)?;
        number.clear();
    }
    if !number.is_empty() || text.is_empty() {
        return Err(invalid());
    }
    Ok(total)
}

/// Formats seconds as `1h5m`, `4m30s`, `45s`, `0s`.
pub fn format_duration(seconds: u32) -> String {
    let (hours, minutes, secs) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let mut text = String::new();
    if hours > 0 {
        text.push_str(&format!("{hours}h"));
    }
    if minutes > 0 {
        text.push_str(&format!("{minutes}m"));
    }
    if secs > 0 || text.is_empty() {
        text.push_str(&format!("{secs}s"));
    }
    text
}

/// Seconds as a person reads them in the current language: English as `format_duration`
/// writes them (`4m30s`), German `4 Min. 30 s`. Input still takes `4m30s`.
pub fn shown_duration(seconds: u32) -> String {
    let (hours, minutes, secs) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let mut parts = Vec::new();
    if hours > 0 {
        parts.push(crate::t!("domain-duration-hours", count = hours));
    }
    if minutes > 0 {
        parts.push(crate::t!("domain-duration-minutes", count = minutes));
    }
    if secs > 0 || parts.is_empty() {
        parts.push(crate::t!("domain-duration-seconds", count = secs));
    }
    parts
        .into_iter()
        .reduce(|first, rest| crate::t!("domain-duration-joined", first = first, rest = rest))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn durations_read_as_typed_in_english_and_in_words_in_german() {
        let shown = [270, 3903, 45, 0, 3600].map(shown_duration);
        assert_eq!(shown, [270, 3903, 45, 0, 3600].map(format_duration));
        let german = crate::lang::in_german(|| [270, 3903, 45, 0, 3600].map(shown_duration));
        assert_eq!(
            german,
            ["4 Min. 30 s", "1 Std. 5 Min. 3 s", "45 s", "0 s", "1 Std."]
        );
    }

    #[test]
    fn dates_parse_iso_and_german() {
        assert_eq!(
            parse_date("due", "2026-11-27").unwrap(),
            date!(2026 - 11 - 27)
        );
        assert_eq!(
            parse_date("due", "27.11.2026").unwrap(),
            date!(2026 - 11 - 27)
        );
        assert_eq!(parse_date("due", "2026-02-30").unwrap_err().field, "due");
    }

    #[test]
    fn german_dates_take_short_days_months_and_years() {
        assert_eq!(parse_date("due", "5.12.2026"), Ok(date!(2026 - 12 - 05)));
        assert_eq!(parse_date("due", "05.12.26"), Ok(date!(2026 - 12 - 05)));
        assert_eq!(parse_date("due", "5.1.69"), Ok(date!(2069 - 01 - 05)));
        assert_eq!(parse_date("due", "5.1.70"), Ok(date!(1970 - 01 - 05)));
        assert_eq!(parse_date("due", "29.02.2028"), Ok(date!(2028 - 02 - 29)));
        for wrong in [
            "30.02.2026",
            "29.02.27",
            "5.12.226",
            "005.12.2026",
            "5.12.",
            "5.12.2026.1",
        ] {
            let error = parse_date("due", wrong).unwrap_err();
            assert_eq!(
                error.to_string(),
                format!("due: \"{wrong}\" is not a date (YYYY-MM-DD)")
            );
        }
    }

    #[test]
    fn a_winter_time_typed_in_summer_is_read_in_winter_time() {
        let berlin = Zone::named("Europe/Berlin").unwrap();
        assert_eq!(
            parse_instant("at", "05.12.26 14:30", berlin),
            Ok(datetime!(2026-12-05 13:30 UTC))
        );
        assert_eq!(
            parse_instant("at", "2026-07-05 14:30", berlin),
            Ok(datetime!(2026-07-05 12:30 UTC))
        );
        assert_eq!(
            parse_instant("at", "5.12.2026 14:30:15", berlin),
            Ok(datetime!(2026-12-05 13:30:15 UTC))
        );
    }

    #[test]
    fn instants_are_stored_in_utc() {
        let at = parse_instant("at", "2026-11-27T10:30:00+01:00", Zone::UTC).unwrap();
        assert_eq!(at, datetime!(2026-11-27 9:30 UTC));
        assert_eq!(at.offset(), UtcOffset::UTC);
        let shown = format_instant(at, UtcOffset::from_hms(1, 0, 0).unwrap());
        assert_eq!(shown, "2026-11-27T10:30:00+01:00");
    }

    #[test]
    fn local_times_without_offset_are_read_in_the_given_zone() {
        let berlin = Zone::named("Europe/Berlin").unwrap();
        let expected = datetime!(2026-11-27 8:30 UTC);
        for text in [
            "27.11.2026 09:30",
            "27.11.2026 09:30:00",
            "2026-11-27 09:30",
            " 2026-11-27 09:30:00 ",
            "2026-11-27T09:30:00+01:00",
        ] {
            assert_eq!(
                parse_instant("at", text, berlin).unwrap(),
                expected,
                "{text}"
            );
        }
        assert_eq!(
            parse_instant("at", "27.11.2026 09:30:15", Zone::UTC).unwrap(),
            datetime!(2026-11-27 9:30:15 UTC)
        );
        for text in [
            "27.11.2026",
            "27.11.2026 25:00",
            "31.02.2026 09:30",
            "2026-11-27 9h30",
        ] {
            let error = parse_instant("at", text, berlin).unwrap_err();
            assert!(
                error.message.contains("27.11.2026 09:30"),
                "{text}: {error}"
            );
        }
        assert!(parse_instant("at", "31.12.1899 23:30", Zone::UTC).is_err());
    }

    #[test]
    fn dates_and_instants_outside_the_years_are_refused() {
        assert!(parse_date("due", "1900-01-01").is_ok());
        assert!(parse_date("due", "2999-12-31").is_ok());
        let late = parse_date("due", "3000-01-01").unwrap_err();
        assert_eq!(
            late.to_string(),
            "due: \"3000-01-01\" is outside the years 1900–2999"
        );
        assert!(parse_date("due", "31.12.1899").is_err());
        for text in [
            "9999-12-31T23:00:00-05:00",
            "9999-12-31T23:30:00Z",
            "2999-12-31T23:00:00-05:00",
            "1900-01-01T00:30:00+01:00",
            "0001-01-01T00:00:00Z",
        ] {
            assert_eq!(
                parse_instant("at", text, Zone::UTC).unwrap_err().field,
                "at",
                "{text}"
            );
        }
        assert!(parse_instant("at", "2999-12-31T23:00:00+01:00", Zone::UTC).is_ok());
    }

    #[test]
    fn instants_near_the_end_of_time_show_in_utc_instead_of_panicking() {
        let stored = datetime!(9999-12-31 23:30 UTC);
        let berlin = UtcOffset::from_hms(1, 0, 0).unwrap();
        assert_eq!(format_instant(stored, berlin), "9999-12-31T23:30:00Z");
        let early = datetime!(-9999-01-01 0:30 UTC);
        let west = UtcOffset::from_hms(-5, 0, 0).unwrap();
        assert!(!format_instant(early, west).is_empty());
    }

    #[test]
    fn durations_round_trip() {
        assert_eq!(parse_duration("duration", "4m30s").unwrap(), 270);
        assert_eq!(parse_duration("duration", "1h5m").unwrap(), 3900);
        assert_eq!(parse_duration("duration", "4:30").unwrap(), 270);
        assert_eq!(parse_duration("duration", "90").unwrap(), 90);
        assert!(parse_duration("duration", "4x").is_err());
        assert!(parse_duration("duration", "4m3").is_err());
        assert!(parse_duration("duration", "").is_err());
        for seconds in [0, 45, 270, 3900, 3601] {
            let text = format_duration(seconds);
            assert_eq!(
                parse_duration("duration", &text).unwrap(),
                seconds,
                "{text}"
            );
        }
    }
}
