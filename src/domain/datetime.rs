//! Dates, instants and durations as users type and read them. Instants are stored in UTC
//! and shown in a caller-supplied local offset. Room: domain (pure; the offset is found
//! by the caller, never here).

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, UtcOffset};

use super::Invalid;

/// Parses `YYYY-MM-DD` (ISO) or `DD.MM.YYYY` (German).
pub fn parse_date(field: &'static str, text: &str) -> Result<Date, Invalid> {
    let text = text.trim();
    Date::parse(text, format_description!("[year]-[month]-[day]"))
        .or_else(|_| Date::parse(text, format_description!("[day].[month].[year]")))
        .map_err(|_| Invalid::new(field, format!("\"{text}\" is not a date (YYYY-MM-DD)")))
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(date: Date) -> String {
    date.format(format_description!("[year]-[month]-[day]"))
        .unwrap_or_else(|_| date.to_string())
}

/// Parses an RFC 3339 instant (`2026-11-27T09:30:00+01:00`) and converts it to UTC.
pub fn parse_instant(field: &'static str, text: &str) -> Result<OffsetDateTime, Invalid> {
    OffsetDateTime::parse(text.trim(), &Rfc3339)
        .map(|at| at.to_offset(UtcOffset::UTC))
        .map_err(|_| {
            Invalid::new(
                field,
                format!(
                    "\"{}\" is not an RFC 3339 time (2026-11-27T09:30:00+01:00)",
                    text.trim()
                ),
            )
        })
}

/// Formats an instant as RFC 3339 in `offset` (seconds precision when there are no nanos).
pub fn format_instant(at: OffsetDateTime, offset: UtcOffset) -> String {
    at.to_offset(offset)
        .format(&Rfc3339)
        .unwrap_or_else(|_| at.to_string())
}

/// Parses a duration: `4m30s`, `1h5m`, `90s`, `90` (seconds) or `4:30` (minutes:seconds).
pub fn parse_duration(field: &'static str, text: &str) -> Result<u32, Invalid> {
    let text = text.trim();
    let invalid = || Invalid::new(field, format!("\"{text}\" is not a duration (e.g. 4m30s)"));
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

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

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
    fn instants_are_stored_in_utc() {
        let at = parse_instant("at", "2026-11-27T10:30:00+01:00").unwrap();
        assert_eq!(at, datetime!(2026-11-27 9:30 UTC));
        assert_eq!(at.offset(), UtcOffset::UTC);
        let shown = format_instant(at, UtcOffset::from_hms(1, 0, 0).unwrap());
        assert_eq!(shown, "2026-11-27T10:30:00+01:00");
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
