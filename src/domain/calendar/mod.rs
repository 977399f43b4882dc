//! The business calendar: when a service desk is open. A time zone from the tz database
//! (summer and winter time as they really switch), opening hours per weekday (one or more
//! intervals of local time), the statutory holidays of a German state, the company's own days
//! off and half days. The calendar answers in instants: whether it is open at one, the next
//! opening, an instant plus so many business minutes, the business minutes between two
//! instants. It walks day by day, never minute by minute; a business minute is a real minute
//! (an interval spanning the night the clocks change is an hour shorter or longer).
//! Room: domain (pure; the clock is always an input).

mod holidays;
mod hours;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use time::{Date, Duration, OffsetDateTime, Time};

pub use holidays::{Holiday, State, easter};
pub use hours::{format_hours, format_minute, parse_hours, parse_minute};

use super::Invalid;
use crate::lang::Zone;

/// How far the calendar looks ahead for an opening before it gives up (about ten years):
/// a calendar closed for longer has no next opening.
const HORIZON_DAYS: i64 = 3700;

/// The zone a calendar uses when none is given.
pub const DEFAULT_ZONE: &str = "Europe/Berlin";

/// One opening interval of a day, in minutes after local midnight: `start < end <= 1440`.
pub type Interval = (u16, u16);

/// A business calendar. `hours[0]` is Monday, `hours[6]` Sunday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessCalendar {
    pub id: u64,
    pub name: String,
    /// IANA time zone name (`Europe/Berlin`).
    pub zone: String,
    pub state: State,
    pub hours: [Vec<Interval>; 7],
    /// The company's own closing days (besides the state's holidays).
    pub days_off: Vec<Date>,
    /// Days the desk closes early: (date, closing minute after local midnight).
    pub half_days: Vec<(Date, u16)>,
    pub version: u64,
}

/// Why a whole day is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Closed {
    Holiday(Holiday),
    /// One of the company's own days off.
    DayOff,
    /// A weekday without opening hours (the weekend, usually).
    NoHours(time::Weekday),
}

impl Closed {
    /// Why, in the user's language (`Karfreitag`, `Samstag`).
    pub fn describe(self) -> String {
        match self {
            Closed::Holiday(holiday) => holiday.name(),
            Closed::DayOff => crate::t!("calendar-day-off"),
            Closed::NoHours(weekday) => crate::lang::format::weekday(weekday).to_string(),
        }
    }
}

/// A stretch of the calendar's walk: business time, or a whole day closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    Open(OffsetDateTime, OffsetDateTime),
    Closed(Date, Closed),
}

impl BusinessCalendar {
    /// A calendar open Monday to Friday 08:00–17:00 in Berlin with the holidays of `state`.
    pub fn new(name: &str, state: State) -> BusinessCalendar {
        let day = vec![(8 * 60, 17 * 60)];
        BusinessCalendar {
            id: 0,
            name: name.trim().to_string(),
            zone: DEFAULT_ZONE.to_string(),
            state,
            hours: [
                day.clone(),
                day.clone(),
                day.clone(),
                day.clone(),
                day,
                Vec::new(),
                Vec::new(),
            ],
            days_off: Vec::new(),
            half_days: Vec::new(),
            version: 0,
        }
    }

    /// The calendar of a queue without one: open around the clock, every day, without
    /// holidays. It has no name (so it is never stored: `validate` refuses it) and that is
    /// what `holidays` knows it by.
    pub fn around_the_clock() -> BusinessCalendar {
        let mut calendar = BusinessCalendar::new("", State::BE);
        calendar.hours = std::array::from_fn(|_| vec![(0, 1440)]);
        calendar
    }

    /// Whether this is the unnamed around-the-clock calendar.
    pub fn is_around_the_clock(&self) -> bool {
        self.name.is_empty()
    }

    /// Checks a calendar before it is stored: a name, a known zone, ordered intervals that do
    /// not overlap, at least one open weekday.
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.name.trim().is_empty() {
            return Err(Invalid::new("name", crate::t!("domain-must-not-be-empty")));
        }
        if Zone::named(&self.zone).is_none() {
            return Err(Invalid::new(
                "zone",
                crate::t!("calendar-unknown-zone", zone = self.zone.as_str()),
            ));
        }
        for day in &self.hours {
            hours::validate_day(day)?;
        }
        if self.hours.iter().all(Vec::is_empty) {
            return Err(Invalid::new("hours", crate::t!("calendar-never-open")));
        }
        if let Some((_, until)) = self.half_days.iter().find(|(_, until)| *until > 1440) {
            return Err(Invalid::new(
                "half-days",
                crate::t!("calendar-bad-time", time = until.to_string()),
            ));
        }
        Ok(())
    }

    /// The time zone; UTC for a name the tz database does not know (never stored: `validate`).
    pub fn tz(&self) -> Zone {
        Zone::named(&self.zone).unwrap_or(Zone::UTC)
    }

    /// The statutory holidays of the calendar's state in `year`, by date.
    pub fn holidays(&self, year: i32) -> Vec<(Date, Holiday)> {
        if self.is_around_the_clock() {
            return Vec::new();
        }
        holidays::holidays(self.state, year)
    }

    /// Whether the desk is open at `at` (an interval includes its start, not its end).
    pub fn is_open_at(&self, at: OffsetDateTime) -> bool {
        self.next_opening(at) == Some(at)
    }

    /// `at` itself if the desk is open then, else the start of the next opening interval;
    /// `None` if the calendar does not open again within about ten years.
    pub fn next_opening(&self, at: OffsetDateTime) -> Option<OffsetDateTime> {
        self.walk(at).find_map(|piece| match piece {
            Piece::Open(from, _) => Some(from),
            Piece::Closed(..) => None,
        })
    }

    /// The instant `minutes` business minutes after `start`. A start outside the hours counts
    /// from the next opening; a sum that ends exactly at a closing is that closing.
    pub fn add_business_minutes(
        &self,
        start: OffsetDateTime,
        minutes: u32,
    ) -> Option<OffsetDateTime> {
        self.add_business_seconds(start, i64::from(minutes) * 60)
    }

    /// As `add_business_minutes`, to the second.
    pub fn add_business_seconds(
        &self,
        start: OffsetDateTime,
        seconds: i64,
    ) -> Option<OffsetDateTime> {
        let mut left = seconds.max(0);
        for piece in self.walk(start) {
            if let Piece::Open(from, to) = piece {
                let length = (to - from).whole_seconds();
                if left <= length {
                    return Some(from + Duration::seconds(left));
                }
                left -= length;
            }
        }
        None
    }

    /// Whole business minutes from `a` to `b` (0 if `b` is not after `a`).
    pub fn business_minutes_between(&self, a: OffsetDateTime, b: OffsetDateTime) -> i64 {
        self.business_seconds_between(a, b) / 60
    }

    /// Business seconds from `a` to `b` (0 if `b` is not after `a`).
    pub fn business_seconds_between(&self, a: OffsetDateTime, b: OffsetDateTime) -> i64 {
        if b <= a {
            return 0;
        }
        let mut total = 0;
        for piece in self.walk(a) {
            match piece {
                Piece::Open(from, _) if from >= b => break,
                Piece::Open(from, to) => total += (to.min(b) - from).whole_seconds(),
                Piece::Closed(date, _) if date > b.date() + Duration::DAY => break,
                Piece::Closed(..) => {}
            }
        }
        total
    }

    /// The calendar from `from` on, in order: the open intervals (the first one clipped to
    /// start at `from`) and the whole days closed, for about ten years.
    pub fn walk(&self, from: OffsetDateTime) -> impl Iterator<Item = Piece> + '_ {
        let zone = self.tz();
        let first = zone.local(from).date();
        let mut cache: Option<(i32, Vec<(Date, Holiday)>)> = None;
        (0..HORIZON_DAYS)
            .map_while(move |offset| first.checked_add(Duration::days(offset)))
            .flat_map(move |date| {
                let year = date.year();
                if cache.as_ref().is_none_or(|(cached, _)| *cached != year) {
                    cache = Some((year, self.holidays(year)));
                }
                let holidays = cache
                    .as_ref()
                    .map(|(_, days)| days.as_slice())
                    .unwrap_or(&[]);
                self.day(zone, date, holidays)
            })
            .filter_map(move |piece| match piece {
                Piece::Open(_, to) if to <= from => None,
                Piece::Open(start, to) => Some(Piece::Open(start.max(from), to)),
                closed => Some(closed),
            })
    }

    /// The pieces of one local day: its open intervals as instants, or why it is closed.
    fn day(&self, zone: Zone, date: Date, holidays: &[(Date, Holiday)]) -> Vec<Piece> {
        if let Ok(found) = holidays.binary_search_by_key(&date, |(day, _)| *day) {
            return vec![Piece::Closed(date, Closed::Holiday(holidays[found].1))];
        }
        if self.days_off.contains(&date) {
            return vec![Piece::Closed(date, Closed::DayOff)];
        }
        let weekday = date.weekday();
        let intervals = &self.hours[usize::from(weekday.number_days_from_monday())];
        let until = self
            .half_days
            .iter()
            .find(|(day, _)| *day == date)
            .map_or(1440, |(_, until)| *until);
        // One offset all day unless the clocks change that day (then the zone's rules for
        // each time): two look-ups a day instead of several per interval.
        let midnight = date.midnight().assume_utc();
        let offset = zone.offset_at(midnight - Duration::hours(14));
        let steady = zone.offset_at(midnight + Duration::hours(38)) == offset;
        let open: Vec<Piece> = intervals
            .iter()
            .filter(|(start, _)| *start < until)
            .map(|(start, end)| {
                let at = |minute: u16| match steady {
                    true => local(date, minute).assume_offset(offset),
                    false => zone.instant(local(date, minute)),
                };
                Piece::Open(at(*start), at((*end).min(until)))
            })
            .filter(|piece| matches!(piece, Piece::Open(from, to) if from < to))
            .collect();
        if open.is_empty() {
            return vec![Piece::Closed(date, Closed::NoHours(weekday))];
        }
        open
    }
}

/// The local date and time `minute` minutes after midnight of `date` (1440: next midnight).
fn local(date: Date, minute: u16) -> time::PrimitiveDateTime {
    let midnight = date.with_time(Time::MIDNIGHT);
    midnight + Duration::minutes(i64::from(minute))
}
