//! The calendar's arithmetic on hand-checked cases: weekends, holidays, split days, half
//! days, both nights the clocks change; and its laws as properties.

use proptest::prelude::*;
use time::macros::{date, datetime};
use time::{Duration, OffsetDateTime};

use super::*;

fn bavaria() -> BusinessCalendar {
    BusinessCalendar::new("Standard", State::BY)
}

fn always_open(state: State) -> BusinessCalendar {
    let mut calendar = BusinessCalendar::new("24/7", state);
    calendar.hours = parse_hours("mon-sun 00:00-24:00").unwrap();
    calendar
}

#[test]
fn friday_afternoon_plus_two_hours_is_monday_morning() {
    let calendar = bavaria();
    // 16:55 CET = 15:55 UTC; 5 minutes on Friday, 115 on Monday from 08:00: 09:55 CET.
    let due = calendar.add_business_minutes(datetime!(2026-01-16 16:55 +1), 120);
    assert_eq!(due, Some(datetime!(2026-01-19 09:55 +1)));
    // Whit Monday 25 May 2026 is a holiday: Tuesday 09:55 summer time.
    let due = calendar.add_business_minutes(datetime!(2026-05-22 16:55 +2), 120);
    assert_eq!(due, Some(datetime!(2026-05-26 09:55 +2)));
}

#[test]
fn easter_closes_from_good_friday_to_easter_monday() {
    let calendar = bavaria();
    let due = calendar.add_business_minutes(datetime!(2026-04-02 16:00 +2), 120);
    assert_eq!(due, Some(datetime!(2026-04-07 09:00 +2)));
    assert_eq!(
        calendar.business_minutes_between(
            datetime!(2026-04-02 16:00 +2),
            datetime!(2026-04-07 09:00 +2)
        ),
        120
    );
}

#[test]
fn openings_follow_summer_and_winter_time() {
    let calendar = bavaria();
    // The clocks go forward on Sunday 29 March 2026: 08:00 is 07:00 UTC before, 06:00 after.
    assert_eq!(
        calendar.next_opening(datetime!(2026-03-27 17:00 UTC)),
        Some(datetime!(2026-03-30 06:00 UTC))
    );
    assert_eq!(
        calendar.next_opening(datetime!(2026-03-20 17:00 UTC)),
        Some(datetime!(2026-03-23 07:00 UTC))
    );
    // And back on Sunday 25 October 2026.
    assert_eq!(
        calendar.next_opening(datetime!(2026-10-23 17:00 UTC)),
        Some(datetime!(2026-10-26 07:00 UTC))
    );
    // Friday 16:00 CET + 2 h over the March night: Monday 09:00 CEST = 07:00 UTC.
    assert_eq!(
        calendar.add_business_minutes(datetime!(2026-03-27 15:00 UTC), 120),
        Some(datetime!(2026-03-30 07:00 UTC))
    );
    // Friday 16:00 CEST + 2 h over the October night: Monday 09:00 CET = 08:00 UTC.
    assert_eq!(
        calendar.add_business_minutes(datetime!(2026-10-23 14:00 UTC), 120),
        Some(datetime!(2026-10-26 08:00 UTC))
    );
}

#[test]
fn a_day_the_clocks_change_has_23_or_25_business_hours_round_the_clock() {
    let calendar = always_open(State::BY);
    let minutes = |from, to| calendar.business_minutes_between(from, to);
    assert_eq!(
        minutes(
            datetime!(2026-03-29 00:00 +1),
            datetime!(2026-03-30 00:00 +2)
        ),
        23 * 60
    );
    assert_eq!(
        minutes(
            datetime!(2026-10-25 00:00 +2),
            datetime!(2026-10-26 00:00 +1)
        ),
        25 * 60
    );
    assert_eq!(
        minutes(
            datetime!(2026-03-28 00:00 +1),
            datetime!(2026-03-30 00:00 +2)
        ),
        47 * 60
    );
}

#[test]
fn outside_hours_counts_from_the_next_opening() {
    let calendar = bavaria();
    let saturday = datetime!(2026-01-17 10:00 +1);
    assert_eq!(
        calendar.next_opening(saturday),
        Some(datetime!(2026-01-19 08:00 +1))
    );
    assert_eq!(
        calendar.add_business_minutes(saturday, 30),
        Some(datetime!(2026-01-19 08:30 +1))
    );
    assert!(calendar.is_open_at(datetime!(2026-01-16 08:00 +1)));
    assert!(calendar.is_open_at(datetime!(2026-01-16 16:59 +1)));
    assert!(!calendar.is_open_at(datetime!(2026-01-16 17:00 +1)));
    assert!(!calendar.is_open_at(datetime!(2026-01-16 07:59 +1)));
    assert!(!calendar.is_open_at(saturday));
    // A sum ending exactly at closing time is that closing time.
    assert_eq!(
        calendar.add_business_minutes(datetime!(2026-01-16 16:00 +1), 60),
        Some(datetime!(2026-01-16 17:00 +1))
    );
}

#[test]
fn split_days_half_days_and_days_off() {
    let mut calendar = bavaria();
    calendar.hours = parse_hours("mon-fri 08:00-12:00,13:00-17:00").unwrap();
    assert_eq!(
        calendar.add_business_minutes(datetime!(2026-01-14 11:30 +1), 60),
        Some(datetime!(2026-01-14 13:30 +1))
    );
    assert!(!calendar.is_open_at(datetime!(2026-01-14 12:30 +1)));
    // Christmas Eve closes at noon; 25/26 December are holidays, the 27th a Sunday.
    calendar.half_days.push((date!(2026 - 12 - 24), 12 * 60));
    assert_eq!(
        calendar.add_business_minutes(datetime!(2026-12-24 11:00 +1), 120),
        Some(datetime!(2026-12-28 09:00 +1))
    );
    calendar.days_off.push(date!(2026 - 12 - 28));
    assert_eq!(
        calendar.add_business_minutes(datetime!(2026-12-24 11:00 +1), 120),
        Some(datetime!(2026-12-29 09:00 +1))
    );
    let closed: Vec<Piece> = calendar
        .walk(datetime!(2026-12-24 12:00 +1))
        .take_while(|piece| matches!(piece, Piece::Closed(..)))
        .collect();
    assert_eq!(
        closed,
        [
            Piece::Closed(date!(2026 - 12 - 25), Closed::Holiday(Holiday::Christmas)),
            Piece::Closed(date!(2026 - 12 - 26), Closed::Holiday(Holiday::BoxingDay)),
            Piece::Closed(
                date!(2026 - 12 - 27),
                Closed::NoHours(time::Weekday::Sunday)
            ),
            Piece::Closed(date!(2026 - 12 - 28), Closed::DayOff),
        ]
    );
}

#[test]
fn state_rules_that_differ() {
    let has = |state, day: Date| {
        holidays::holidays(state, day.year())
            .iter()
            .any(|(d, _)| *d == day)
    };
    assert!(has(State::SN, date!(2026 - 11 - 18)));
    assert!(!has(State::BY, date!(2026 - 11 - 18)));
    // Mariä Himmelfahrt: statutory in Saarland; in Bavaria only in Catholic municipalities,
    // so not a holiday of the state.
    assert!(has(State::SL, date!(2026 - 08 - 15)));
    assert!(!has(State::BY, date!(2026 - 08 - 15)));
    assert!(has(State::BE, date!(2026 - 03 - 08)));
    assert!(has(State::TH, date!(2026 - 09 - 20)));
    assert!(has(State::NI, date!(2026 - 10 - 31)));
    assert!(!has(State::NW, date!(2026 - 10 - 31)));
    assert!(has(State::NW, date!(2017 - 10 - 31)));
}

#[test]
fn a_calendar_closed_for_good_has_no_next_opening() {
    let mut calendar = bavaria();
    let start = datetime!(2026-01-16 10:00 +1);
    calendar.days_off = (0..4000)
        .map(|day| date!(2026 - 01 - 16) + Duration::days(day))
        .collect();
    assert_eq!(calendar.next_opening(start), None);
    assert_eq!(calendar.add_business_minutes(start, 1), None);
    assert_eq!(
        calendar.business_minutes_between(start, start + Duration::days(30)),
        0
    );
}

#[test]
fn validation_refuses_what_cannot_work() {
    let mut calendar = bavaria();
    assert!(calendar.validate().is_ok());
    calendar.zone = "Europe/Atlantis".into();
    assert_eq!(calendar.validate().unwrap_err().field, "zone");
    calendar.zone = "America/New_York".into();
    assert!(calendar.validate().is_ok());
    calendar.hours = Default::default();
    assert_eq!(calendar.validate().unwrap_err().field, "hours");
}

fn instant() -> impl Strategy<Value = OffsetDateTime> {
    // Any second of 2025–2028.
    (1_735_689_600i64..1_861_920_000).prop_map(|t| OffsetDateTime::from_unix_timestamp(t).unwrap())
}

fn calendar() -> impl Strategy<Value = BusinessCalendar> {
    let hours = prop_oneof![
        Just("mon-fri 08:00-17:00"),
        Just("mon-fri 08:00-12:00,13:00-17:00; sat 09:00-12:00"),
        Just("mon-sun 00:00-24:00"),
        Just("tue 01:30-03:30; sun 02:00-02:45,22:00-24:00"),
    ];
    let zone = prop_oneof![Just("Europe/Berlin"), Just("America/New_York"), Just("UTC")];
    (hours, zone, 0usize..16).prop_map(|(hours, zone, state)| {
        let mut calendar = BusinessCalendar::new("p", State::ALL[state]);
        calendar.hours = parse_hours(hours).unwrap();
        calendar.zone = zone.into();
        calendar
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn adding_minutes_then_measuring_gives_them_back(
        calendar in calendar(), start in instant(), minutes in 0u32..20_000
    ) {
        let due = calendar.add_business_minutes(start, minutes).unwrap();
        prop_assert!(due >= start);
        prop_assert_eq!(calendar.business_minutes_between(start, due), i64::from(minutes));
        // Not a second earlier reaches it.
        if minutes > 0 {
            prop_assert!(calendar.business_seconds_between(start, due - Duration::SECOND) < i64::from(minutes) * 60);
        }
    }

    #[test]
    fn measuring_adds_up_over_any_split(
        calendar in calendar(), a in instant(), gap1 in 0i64..2_000_000, gap2 in 0i64..2_000_000
    ) {
        let b = a + Duration::seconds(gap1);
        let c = b + Duration::seconds(gap2);
        let whole = calendar.business_seconds_between(a, c);
        prop_assert_eq!(whole, calendar.business_seconds_between(a, b) + calendar.business_seconds_between(b, c));
        prop_assert!(whole <= (c - a).whole_seconds());
    }

    #[test]
    fn open_at_means_the_next_opening_is_now(calendar in calendar(), at in instant()) {
        let next = calendar.next_opening(at).unwrap();
        prop_assert!(next >= at);
        prop_assert_eq!(calendar.is_open_at(at), next == at);
        prop_assert!(calendar.is_open_at(next));
        prop_assert_eq!(calendar.business_seconds_between(at, next), 0);
    }
}
