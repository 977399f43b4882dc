//! Opening hours as people write them: `mon-fri 08:00-17:00; sat 09:00-12:00`, two
//! intervals a day as `mon-fri 08:00-12:00,13:00-17:00`. Day names in English (`mon`) or
//! German (`mo`, `di`, …). Parsing and the canonical text back. Room: domain (pure).

use super::Interval;
use crate::domain::Invalid;

const DAYS: [[&str; 3]; 7] = [
    ["mon", "mo", "monday"],
    ["tue", "di", "tuesday"],
    ["wed", "mi", "wednesday"],
    ["thu", "do", "thursday"],
    ["fri", "fr", "friday"],
    ["sat", "sa", "saturday"],
    ["sun", "so", "sunday"],
];

fn bad(text: &str) -> Invalid {
    Invalid::new(
        "hours",
        crate::t!("calendar-bad-hours", hours = text.trim()),
    )
}

fn day_index(name: &str) -> Option<usize> {
    let name = name.trim().to_lowercase();
    DAYS.iter().position(|names| names.contains(&name.as_str()))
}

/// A local time `HH:MM` as minutes after midnight; `24:00` is the end of the day.
pub fn parse_minute(text: &str) -> Option<u16> {
    let (hours, minutes) = text.trim().split_once(':')?;
    let valid = |part: &str| {
        !part.is_empty() && part.len() <= 2 && part.bytes().all(|b| b.is_ascii_digit())
    };
    if !valid(hours) || minutes.len() != 2 || !valid(minutes) {
        return None;
    }
    let (hours, minutes): (u16, u16) = (hours.parse().ok()?, minutes.parse().ok()?);
    let total = hours * 60 + minutes;
    (minutes < 60 && total <= 1440).then_some(total)
}

/// Minutes after midnight as `HH:MM`.
pub fn format_minute(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// Reads opening hours: groups separated by `;`, each a day or day range and a list of
/// intervals separated by `,`. Days not named are closed.
pub fn parse_hours(text: &str) -> Result<[Vec<Interval>; 7], Invalid> {
    let mut hours: [Vec<Interval>; 7] = Default::default();
    for group in text.split(';').filter(|group| !group.trim().is_empty()) {
        let (days, intervals) = group
            .trim()
            .split_once(char::is_whitespace)
            .ok_or_else(|| bad(group))?;
        let (first, last) = match days.split_once('-') {
            Some((first, last)) => (day_index(first), day_index(last)),
            None => (day_index(days), day_index(days)),
        };
        let (Some(first), Some(last)) = (first, last) else {
            return Err(bad(group));
        };
        if last < first {
            return Err(bad(group));
        }
        let mut day = Vec::new();
        for interval in intervals.split(',') {
            let (start, end) = interval.split_once('-').ok_or_else(|| bad(group))?;
            let (Some(start), Some(end)) = (parse_minute(start), parse_minute(end)) else {
                return Err(bad(group));
            };
            day.push((start, end));
        }
        day.sort_unstable();
        validate_day(&day).map_err(|_| bad(group))?;
        for slot in &mut hours[first..=last] {
            *slot = day.clone();
        }
    }
    if hours.iter().all(Vec::is_empty) {
        return Err(Invalid::new("hours", crate::t!("calendar-never-open")));
    }
    Ok(hours)
}

/// One day's intervals: each starts before it ends, ends by midnight, and starts after the
/// one before ends.
pub(super) fn validate_day(day: &[Interval]) -> Result<(), Invalid> {
    let ordered = day.iter().all(|(start, end)| start < end && *end <= 1440)
        && day.windows(2).all(|pair| pair[0].1 <= pair[1].0);
    if ordered {
        Ok(())
    } else {
        let text = day
            .iter()
            .map(|(start, end)| format!("{}-{}", format_minute(*start), format_minute(*end)))
            .collect::<Vec<_>>()
            .join(",");
        Err(bad(&text))
    }
}

/// The canonical text of opening hours (`mon-fri 08:00-17:00; sat 09:00-12:00`): runs of
/// weekdays with the same intervals joined.
pub fn format_hours(hours: &[Vec<Interval>; 7]) -> String {
    let mut groups = Vec::new();
    let mut day = 0;
    while day < 7 {
        let mut last = day;
        while last + 1 < 7 && hours[last + 1] == hours[day] {
            last += 1;
        }
        if !hours[day].is_empty() {
            let days = if last == day {
                DAYS[day][0].to_string()
            } else {
                format!("{}-{}", DAYS[day][0], DAYS[last][0])
            };
            let intervals = hours[day]
                .iter()
                .map(|(start, end)| format!("{}-{}", format_minute(*start), format_minute(*end)))
                .collect::<Vec<_>>()
                .join(",");
            groups.push(format!("{days} {intervals}"));
        }
        day = last + 1;
    }
    groups.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_parse_and_format_back() {
        let hours = parse_hours("Mo-Fr 08:00-12:00,13:00-17:00; sat 09:00-12:30").unwrap();
        assert_eq!(hours[0], vec![(480, 720), (780, 1020)]);
        assert_eq!(hours[4], hours[0]);
        assert_eq!(hours[5], vec![(540, 750)]);
        assert!(hours[6].is_empty());
        assert_eq!(
            format_hours(&hours),
            "mon-fri 08:00-12:00,13:00-17:00; sat 09:00-12:30"
        );
        assert_eq!(parse_hours("sun 00:00-24:00").unwrap()[6], vec![(0, 1440)]);
    }

    #[test]
    fn bad_hours_are_refused() {
        for text in [
            "",
            "mon-fri",
            "fri-mon 08:00-17:00",
            "mon 17:00-08:00",
            "mon 08:00-12:00,11:00-13:00",
            "mon 8-17",
            "mon 08:00-24:30",
            "xyz 08:00-17:00",
            "mon 08:60-17:00",
        ] {
            assert!(parse_hours(text).is_err(), "{text}");
        }
    }
}
