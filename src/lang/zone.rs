//! Time zones by their IANA name, with the zone's real rules (summer and winter time), from
//! the tz database embedded in the binary. Instants are stored in UTC; a zone says how one
//! is shown and how a local time a user types is read. Room: lang (pure).

use std::fmt;

use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};
use time_tz::{Offset, TimeZone, Tz};

/// A time zone: UTC, or one of the tz database (`Europe/Berlin`).
#[derive(Clone, Copy)]
pub struct Zone(Option<&'static Tz>);

impl Zone {
    pub const UTC: Zone = Zone(None);

    /// The zone of this IANA name (`Europe/Berlin`; `UTC`, `Etc/UTC`); a leading `:` as in
    /// the `TZ` variable is allowed. `None` for names the tz database does not know.
    pub fn named(name: &str) -> Option<Zone> {
        let name = name.trim().trim_start_matches(':');
        if matches!(name, "UTC" | "Etc/UTC" | "Z" | "Zulu" | "GMT") {
            return Some(Zone::UTC);
        }
        time_tz::timezones::get_by_name(name).map(|tz| Zone(Some(tz)))
    }

    /// The IANA name (`UTC` for UTC).
    pub fn name(&self) -> &'static str {
        match self.0 {
            Some(tz) => tz.name(),
            None => "UTC",
        }
    }

    /// The zone's offset from UTC at the instant `at` (summer or winter time as it was then).
    pub fn offset_at(&self, at: OffsetDateTime) -> UtcOffset {
        match self.0 {
            Some(tz) => tz.get_offset_utc(&at).to_utc(),
            None => UtcOffset::UTC,
        }
    }

    /// The instant `at` as the zone's local time.
    pub fn local(&self, at: OffsetDateTime) -> OffsetDateTime {
        at.checked_to_offset(self.offset_at(at)).unwrap_or(at)
    }

    /// The instant a local time in this zone names, by the rules of that date: a winter
    /// date typed in summer is read in winter time. In the hour the clocks go back, the
    /// earlier of the two instants; in the hour they skip, the time is read in the offset
    /// before the change (02:30 on the last Sunday of March in Berlin is 03:30 summer time).
    pub fn instant(&self, local: PrimitiveDateTime) -> OffsetDateTime {
        if self.0.is_none() {
            return local.assume_utc();
        }
        let near = local.assume_utc();
        let before = self.offset_at(near - time::Duration::DAY);
        let after = self.offset_at(near + time::Duration::DAY);
        let holds = |offset: UtcOffset| self.offset_at(local.assume_offset(offset)) == offset;
        match (holds(before), holds(after)) {
            (true, true) => local.assume_offset(before).min(local.assume_offset(after)),
            (false, true) => local.assume_offset(after),
            _ => local.assume_offset(before),
        }
    }
}

impl Default for Zone {
    fn default() -> Zone {
        Zone::UTC
    }
}

impl PartialEq for Zone {
    fn eq(&self, other: &Zone) -> bool {
        self.name() == other.name()
    }
}

impl Eq for Zone {}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Zone({})", self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn berlin_keeps_summer_and_winter_time() {
        let berlin = Zone::named("Europe/Berlin").unwrap();
        let winter = datetime!(2026-12-05 13:30 UTC);
        let summer = datetime!(2026-07-05 12:30 UTC);
        assert_eq!(
            berlin.offset_at(winter),
            UtcOffset::from_hms(1, 0, 0).unwrap()
        );
        assert_eq!(
            berlin.offset_at(summer),
            UtcOffset::from_hms(2, 0, 0).unwrap()
        );
        assert_eq!(berlin.local(winter).hour(), 14);
        assert_eq!(berlin.local(summer).hour(), 14);
    }

    #[test]
    fn a_local_time_is_read_by_the_rules_of_its_own_date() {
        let berlin = Zone::named(":Europe/Berlin").unwrap();
        let winter = berlin.instant(datetime!(2026-01-10 09:00));
        let summer = berlin.instant(datetime!(2026-07-10 09:00));
        assert_eq!(winter, datetime!(2026-01-10 08:00 UTC));
        assert_eq!(summer, datetime!(2026-07-10 07:00 UTC));
    }

    #[test]
    fn the_hours_the_clocks_change_are_read_without_failing() {
        let berlin = Zone::named("Europe/Berlin").unwrap();
        let skipped = berlin.instant(datetime!(2026-03-29 02:30));
        assert_eq!(skipped, datetime!(2026-03-29 01:30 UTC));
        let twice = berlin.instant(datetime!(2026-10-25 02:30));
        assert_eq!(twice, datetime!(2026-10-25 00:30 UTC));
    }

    #[test]
    fn unknown_names_are_refused_and_utc_is_known() {
        assert!(Zone::named("Mars/Olympus").is_none());
        assert_eq!(Zone::named("UTC"), Some(Zone::UTC));
        assert_eq!(Zone::named("Etc/UTC").unwrap().name(), "UTC");
    }
}
