//! The SLA clocks on hand-checked tickets (Bavaria, Mon–Fri 08:00–17:00, Berlin time): every
//! expected instant and minute below is worked out by hand from the calendar of 2026.

use time::macros::{date, datetime};
use time::{Duration, OffsetDateTime};

use super::*;
use crate::domain::calendar::{BusinessCalendar, Closed, Holiday, State};
use crate::domain::ticket::{Priority, TicketStatus};

fn policy() -> SlaPolicy {
    let targets = |first, next, resolution| ClockTargets {
        first_response: Some(first),
        next_response: Some(next),
        resolution: Some(resolution),
    };
    SlaPolicy {
        low: targets(480, 480, 2400),
        normal: targets(120, 240, 960),
        high: targets(60, 120, 480),
        urgent: targets(30, 60, 240),
        warn_percent: vec![50, 80],
    }
}

fn calendar() -> BusinessCalendar {
    BusinessCalendar::new("Standard", State::BY)
}

fn event(at: OffsetDateTime, kind: SlaEventKind) -> SlaEvent {
    SlaEvent { at, kind }
}

fn report(events: &[SlaEvent], now: OffsetDateTime) -> SlaReport {
    clocks(&policy(), &calendar(), events, now)
}

fn clock(report: &SlaReport, which: Clock, cycle: u32) -> &ClockReport {
    report
        .clocks
        .iter()
        .find(|c| c.clock == which && c.cycle == cycle)
        .unwrap()
}

use SlaEventKind::{AgentAnswer, Created, CustomerMessage};

#[test]
fn friday_five_to_five_with_two_hours_is_due_monday_at_09_55() {
    let events = [event(
        datetime!(2026-01-16 16:55 +1),
        Created(Priority::Normal),
    )];
    let now = datetime!(2026-01-19 09:00 +1);
    let report = report(&events, now);
    let first = clock(&report, Clock::FirstResponse, 1);
    assert_eq!(first.target, Some(120));
    assert_eq!(first.consumed_minutes(), 65);
    assert_eq!(first.due, Some(datetime!(2026-01-19 09:55 +1)));
    assert_eq!(first.remaining_minutes(), Some(55));
    assert_eq!(first.warning, Some(50));
    assert_eq!(first.breached_at, None);
    assert!(!first.paused);
    let closed = |date| Step::Closed {
        date,
        why: Closed::NoHours(match date.weekday() {
            time::Weekday::Saturday => time::Weekday::Saturday,
            _ => time::Weekday::Sunday,
        }),
    };
    assert_eq!(
        first.steps,
        [
            Step::Business {
                from: datetime!(2026-01-16 16:55 +1),
                to: datetime!(2026-01-16 17:00 +1),
                seconds: 300,
                ahead: false
            },
            closed(date!(2026 - 01 - 17)),
            closed(date!(2026 - 01 - 18)),
            Step::Business {
                from: datetime!(2026-01-19 08:00 +1),
                to: now,
                seconds: 3600,
                ahead: false
            },
            Step::Business {
                from: now,
                to: datetime!(2026-01-19 09:55 +1),
                seconds: 3300,
                ahead: true
            },
        ]
    );
}

#[test]
fn an_answer_after_the_due_time_is_a_breach_that_stays() {
    let events = [
        event(datetime!(2026-01-16 16:55 +1), Created(Priority::Normal)),
        event(datetime!(2026-01-19 10:00 +1), AgentAnswer),
    ];
    let report = report(&events, datetime!(2026-01-20 12:00 +1));
    let first = clock(&report, Clock::FirstResponse, 1);
    assert_eq!(first.stopped, Some(datetime!(2026-01-19 10:00 +1)));
    assert_eq!(first.consumed_minutes(), 125);
    assert_eq!(first.remaining_minutes(), Some(-5));
    assert_eq!(first.due, Some(datetime!(2026-01-19 09:55 +1)));
    assert_eq!(first.breached_at, Some(datetime!(2026-01-19 09:55 +1)));
    assert_eq!(first.warning, Some(80));
}

#[test]
fn a_clock_used_up_exactly_at_closing_is_due_then_and_breaches_when_business_resumes() {
    let events = [event(
        datetime!(2026-01-16 15:00 +1),
        Created(Priority::Normal),
    )];
    let evening = report(&events, datetime!(2026-01-16 17:30 +1));
    let first = clock(&evening, Clock::FirstResponse, 1);
    assert_eq!(first.remaining_seconds, Some(0));
    assert_eq!(first.due, Some(datetime!(2026-01-16 17:00 +1)));
    assert_eq!(first.breached_at, None);
    let monday = report(&events, datetime!(2026-01-19 08:30 +1));
    let first = clock(&monday, Clock::FirstResponse, 1);
    assert_eq!(first.remaining_minutes(), Some(-30));
    assert_eq!(first.breached_at, Some(datetime!(2026-01-19 08:00 +1)));
}

#[test]
fn a_priority_raised_past_the_time_used_breaches_at_that_moment_even_if_it_is_now() {
    let now = datetime!(2026-01-19 12:01 +1);
    let events = [
        event(datetime!(2026-01-19 08:00 +1), Created(Priority::Normal)),
        event(now, SlaEventKind::Priority(Priority::Urgent)),
    ];
    let report = report(&events, now);
    let resolution = clock(&report, Clock::Resolution, 1);
    assert_eq!(resolution.remaining_minutes(), Some(-1));
    assert_eq!(resolution.breached_at, Some(now));
}

#[test]
fn an_answer_exactly_at_the_due_time_meets_it() {
    let events = [
        event(datetime!(2026-01-16 16:00 +1), Created(Priority::Normal)),
        event(datetime!(2026-01-19 09:00 +1), AgentAnswer),
    ];
    let first = clock(
        &report(&events, datetime!(2026-01-19 12:00 +1)),
        Clock::FirstResponse,
        1,
    )
    .clone();
    assert_eq!(first.consumed_minutes(), 120);
    assert_eq!(first.breached_at, None);
    assert_eq!(first.due, None);
    assert_eq!(first.remaining_minutes(), Some(0));
}

#[test]
fn waiting_over_easter_pauses_and_the_due_time_is_walked_again() {
    // Thursday 2 April 2026 10:00 to 12:00 running, waiting until Tuesday 10:00 (Good
    // Friday, the weekend and Easter Monday in between), running again to 12:00.
    let events = [
        event(datetime!(2026-04-02 10:00 +2), Created(Priority::Normal)),
        event(
            datetime!(2026-04-02 12:00 +2),
            SlaEventKind::Status(TicketStatus::WaitingForCustomer),
        ),
        event(
            datetime!(2026-04-07 10:00 +2),
            SlaEventKind::Status(TicketStatus::Open),
        ),
    ];
    let report = report(&events, datetime!(2026-04-07 12:00 +2));
    let resolution = clock(&report, Clock::Resolution, 1);
    assert_eq!(resolution.consumed_minutes(), 240);
    // Thursday 12–17 and Tuesday 8–10 passed while waiting.
    assert_eq!(resolution.paused_minutes(), 420);
    // 720 minutes left: Tuesday 12–17 (300), then 420 of Wednesday: 15:00.
    assert_eq!(resolution.due, Some(datetime!(2026-04-08 15:00 +2)));
    assert_eq!(resolution.breached_at, None);
    let paused = resolution
        .steps
        .iter()
        .find(|step| matches!(step, Step::Paused { .. }))
        .unwrap();
    assert_eq!(
        paused,
        &Step::Paused {
            from: datetime!(2026-04-02 12:00 +2),
            to: datetime!(2026-04-07 10:00 +2),
            status: TicketStatus::WaitingForCustomer,
            seconds: 420 * 60,
        }
    );
    // The first response reached its 120 minutes exactly when the wait began: it is passed
    // when the clock runs again on Tuesday.
    let first = clock(&report, Clock::FirstResponse, 1);
    assert_eq!(first.due, Some(datetime!(2026-04-02 12:00 +2)));
    assert_eq!(first.breached_at, Some(datetime!(2026-04-07 10:00 +2)));
    assert_eq!(first.remaining_minutes(), Some(-120));
}

#[test]
fn a_paused_clock_has_no_due_time_until_it_runs_again() {
    let events = [
        event(datetime!(2026-01-12 09:00 +1), Created(Priority::Normal)),
        event(
            datetime!(2026-01-12 09:30 +1),
            SlaEventKind::Status(TicketStatus::WaitingForThirdParty),
        ),
    ];
    let report = report(&events, datetime!(2026-01-13 12:00 +1));
    let first = clock(&report, Clock::FirstResponse, 1);
    assert!(first.paused);
    assert_eq!(first.due, None);
    assert_eq!(first.consumed_minutes(), 30);
    // Monday 09:30–17:00 and Tuesday 08:00–12:00.
    assert_eq!(first.paused_minutes(), 450 + 240);
}

#[test]
fn reopening_resumes_resolution_and_a_customer_message_starts_next_response() {
    let events = [
        event(datetime!(2026-01-12 09:00 +1), Created(Priority::Normal)),
        event(datetime!(2026-01-12 09:30 +1), AgentAnswer),
        event(
            datetime!(2026-01-12 11:00 +1),
            SlaEventKind::Status(TicketStatus::Resolved),
        ),
        event(datetime!(2026-01-14 09:00 +1), CustomerMessage),
        event(
            datetime!(2026-01-14 09:00 +1),
            SlaEventKind::Status(TicketStatus::Open),
        ),
    ];
    let report = report(&events, datetime!(2026-01-14 10:00 +1));
    let resolution = clock(&report, Clock::Resolution, 1);
    assert_eq!(resolution.consumed_minutes(), 180);
    assert_eq!(resolution.paused_minutes(), 360 + 540 + 60);
    assert_eq!(resolution.stopped, None);
    // 780 left at Wednesday 10:00: 420 on Wednesday, 360 on Thursday from 08:00.
    assert_eq!(resolution.due, Some(datetime!(2026-01-15 14:00 +1)));
    let first = clock(&report, Clock::FirstResponse, 1);
    assert_eq!(first.stopped, Some(datetime!(2026-01-12 09:30 +1)));
    assert_eq!(
        (first.consumed_minutes(), first.due, first.breached_at),
        (30, None, None)
    );
    let next = clock(&report, Clock::NextResponse, 1);
    assert_eq!(next.started, datetime!(2026-01-14 09:00 +1));
    assert_eq!(next.consumed_minutes(), 60);
    assert_eq!(next.due, Some(datetime!(2026-01-14 13:00 +1)));
    assert_eq!(report.clocks.len(), 3);
}

#[test]
fn resolved_stops_the_resolution_clock_where_it_stood() {
    let events = [
        event(datetime!(2026-01-12 09:00 +1), Created(Priority::Normal)),
        event(datetime!(2026-01-12 09:30 +1), AgentAnswer),
        event(
            datetime!(2026-01-13 09:00 +1),
            SlaEventKind::Status(TicketStatus::Resolved),
        ),
    ];
    let report = report(&events, datetime!(2026-01-20 09:00 +1));
    let resolution = clock(&report, Clock::Resolution, 1);
    assert_eq!(resolution.stopped, Some(datetime!(2026-01-13 09:00 +1)));
    assert_eq!(resolution.consumed_minutes(), 480 + 60);
    assert_eq!((resolution.due, resolution.breached_at), (None, None));
    assert_eq!(resolution.remaining_minutes(), Some(420));
}

#[test]
fn next_response_cycles_start_only_after_an_answer_and_once_per_wait() {
    let events = [
        event(datetime!(2026-01-12 09:00 +1), Created(Priority::Normal)),
        event(datetime!(2026-01-12 09:10 +1), CustomerMessage),
        event(datetime!(2026-01-12 09:20 +1), AgentAnswer),
        event(datetime!(2026-01-12 10:00 +1), CustomerMessage),
        event(datetime!(2026-01-12 11:00 +1), CustomerMessage),
        event(datetime!(2026-01-12 15:00 +1), AgentAnswer),
        event(datetime!(2026-01-13 08:30 +1), CustomerMessage),
    ];
    let report = report(&events, datetime!(2026-01-13 09:00 +1));
    let first = clock(&report, Clock::NextResponse, 1);
    assert_eq!(first.started, datetime!(2026-01-12 10:00 +1));
    assert_eq!(first.stopped, Some(datetime!(2026-01-12 15:00 +1)));
    assert_eq!(first.breached_at, Some(datetime!(2026-01-12 14:00 +1)));
    let second = clock(&report, Clock::NextResponse, 2);
    assert_eq!(second.consumed_minutes(), 30);
    assert_eq!(second.due, Some(datetime!(2026-01-13 12:30 +1)));
    assert_eq!(report.clocks.len(), 4);
}

#[test]
fn a_priority_change_measures_the_new_target_from_the_start() {
    let created = event(datetime!(2026-01-12 08:00 +1), Created(Priority::Normal));
    // Raised to high at 08:30: 60 minutes from 08:00.
    let raised = [
        created.clone(),
        event(
            datetime!(2026-01-12 08:30 +1),
            SlaEventKind::Priority(Priority::High),
        ),
    ];
    let first = clock(
        &report(&raised, datetime!(2026-01-12 08:45 +1)),
        Clock::FirstResponse,
        1,
    )
    .clone();
    assert_eq!(first.target, Some(60));
    assert_eq!(first.due, Some(datetime!(2026-01-12 09:00 +1)));
    assert_eq!(
        (first.remaining_minutes(), first.warning),
        (Some(15), Some(50))
    );
    // Raised at 09:30, already past the new target: breached at the change.
    let late = [
        created.clone(),
        event(
            datetime!(2026-01-12 09:30 +1),
            SlaEventKind::Priority(Priority::High),
        ),
    ];
    let first = clock(
        &report(&late, datetime!(2026-01-12 09:45 +1)),
        Clock::FirstResponse,
        1,
    )
    .clone();
    assert_eq!(first.breached_at, Some(datetime!(2026-01-12 09:30 +1)));
    assert_eq!(first.due, Some(datetime!(2026-01-12 09:00 +1)));
    // Breached under high at 09:00, lowered at 09:30 to low (480): the breach stays, the due
    // time moves to 16:00.
    let lowered = [
        event(datetime!(2026-01-12 08:00 +1), Created(Priority::High)),
        event(
            datetime!(2026-01-12 09:30 +1),
            SlaEventKind::Priority(Priority::Low),
        ),
    ];
    let first = clock(
        &report(&lowered, datetime!(2026-01-12 10:00 +1)),
        Clock::FirstResponse,
        1,
    )
    .clone();
    assert_eq!(first.breached_at, Some(datetime!(2026-01-12 09:00 +1)));
    assert_eq!(first.due, Some(datetime!(2026-01-12 16:00 +1)));
    assert_eq!(first.remaining_minutes(), Some(360));
}

#[test]
fn created_outside_hours_starts_counting_at_the_opening() {
    let events = [event(
        datetime!(2026-01-17 11:00 +1),
        Created(Priority::Normal),
    )];
    let report = report(&events, datetime!(2026-01-19 08:30 +1));
    let first = clock(&report, Clock::FirstResponse, 1);
    assert_eq!(first.consumed_minutes(), 30);
    assert_eq!(first.due, Some(datetime!(2026-01-19 10:00 +1)));
    assert!(matches!(first.steps[0], Step::Closed { date, .. } if date == date!(2026 - 01 - 17)));
}

#[test]
fn the_clocks_cross_both_nights_the_clocks_change() {
    let march = [event(
        datetime!(2026-03-27 16:00 +1),
        Created(Priority::Normal),
    )];
    let first = clock(
        &report(&march, datetime!(2026-03-27 16:30 +1)),
        Clock::FirstResponse,
        1,
    )
    .clone();
    assert_eq!(first.due, Some(datetime!(2026-03-30 09:00 +2)));
    let october = [event(
        datetime!(2026-10-23 16:00 +2),
        Created(Priority::Normal),
    )];
    let first = clock(
        &report(&october, datetime!(2026-10-26 08:30 +1)),
        Clock::FirstResponse,
        1,
    )
    .clone();
    assert_eq!(first.due, Some(datetime!(2026-10-26 09:00 +1)));
    assert_eq!(first.consumed_minutes(), 90);
}

#[test]
fn paused_over_a_weekend_and_a_holiday_counts_nothing_in_between() {
    // Friday 1 May 2026 is Labour Day. Waiting from Thursday 16:00 to Monday 09:00.
    let events = [
        event(datetime!(2026-04-30 15:00 +2), Created(Priority::Normal)),
        event(
            datetime!(2026-04-30 16:00 +2),
            SlaEventKind::Status(TicketStatus::WaitingForCustomer),
        ),
        event(
            datetime!(2026-05-04 09:00 +2),
            SlaEventKind::Status(TicketStatus::Open),
        ),
    ];
    let report = report(&events, datetime!(2026-05-04 09:30 +2));
    let first = clock(&report, Clock::FirstResponse, 1);
    assert_eq!(first.consumed_minutes(), 90);
    assert_eq!(first.paused_minutes(), 60 + 60);
    assert_eq!(first.due, Some(datetime!(2026-05-04 10:00 +2)));
    let resolution = clock(&report, Clock::Resolution, 1);
    let holiday = resolution.steps.iter().any(|step| {
        matches!(
            step,
            Step::Closed {
                why: Closed::Holiday(Holiday::LabourDay),
                ..
            }
        )
    });
    // Skipped days are listed only where the clock ran; this pause covers them.
    assert!(!holiday);
}

#[test]
fn a_year_with_fifty_pauses_adds_up() {
    let start = datetime!(2026-01-05 08:00 +1);
    let mut events = vec![event(start, Created(Priority::Low))];
    for week in 0..50 {
        let monday = start + Duration::weeks(week);
        events.push(event(
            monday + Duration::hours(1),
            SlaEventKind::Status(TicketStatus::WaitingForCustomer),
        ));
        events.push(event(
            monday + Duration::days(2),
            SlaEventKind::Status(TicketStatus::Open),
        ));
    }
    let now = start + Duration::weeks(50) + Duration::hours(4);
    let report = clocks(&policy(), &calendar(), &events, now);
    let resolution = clock(&report, Clock::Resolution, 1);
    // Each week runs Monday 08:00–09:00 and Wednesday 08:00 to the next Monday, i.e. 1 hour
    // plus Wednesday–Friday (27 hours) less holidays; the sum equals the calendar's own
    // measure of the running stretches.
    let calendar = calendar();
    let mut expected = 0;
    for week in 0..50 {
        let monday = start + Duration::weeks(week);
        expected += calendar.business_seconds_between(monday, monday + Duration::hours(1));
        let until = if week == 49 {
            now
        } else {
            monday + Duration::weeks(1)
        };
        expected += calendar.business_seconds_between(monday + Duration::days(2), until);
    }
    assert_eq!(resolution.consumed_seconds, expected);
    assert!(resolution.breached_at.is_some());
}

mod laws {
    use proptest::prelude::*;

    use super::*;

    fn kind() -> impl Strategy<Value = SlaEventKind> {
        let status = (0usize..6).prop_map(|i| SlaEventKind::Status(TicketStatus::ALL[i]));
        let priority = (0usize..4).prop_map(|i| SlaEventKind::Priority(Priority::ALL[i]));
        prop_oneof![
            status,
            priority,
            Just(SlaEventKind::CustomerMessage),
            Just(SlaEventKind::AgentAnswer),
        ]
    }

    fn timeline() -> impl Strategy<Value = (Vec<SlaEvent>, OffsetDateTime)> {
        let start = datetime!(2026-03-20 07:13 +1);
        (
            proptest::collection::vec((1i64..3000, kind()), 0..40),
            0i64..5000,
        )
            .prop_map(move |(steps, tail)| {
                let mut at = start;
                let mut events = vec![event(at, Created(Priority::Normal))];
                for (minutes, kind) in steps {
                    at += Duration::minutes(minutes);
                    events.push(event(at, kind));
                }
                (events, at + Duration::minutes(tail))
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Whatever happened: resolution's run and paused time add up to the business time
        /// since creation; no clock counts more than that; a running clock's due instant
        /// is exactly its remaining business time away; a breach lies in the past.
        #[test]
        fn the_clocks_add_up((events, now) in timeline()) {
            let calendar = calendar();
            let report = clocks(&policy(), &calendar, &events, now);
            let created = events[0].at;
            let since = calendar.business_seconds_between(created, now);
            for clock in &report.clocks {
                prop_assert!(clock.consumed_seconds + clock.paused_seconds <= since);
                prop_assert!(clock.started >= created && clock.started <= now);
                if let Some(breached) = clock.breached_at {
                    prop_assert!(breached <= now && breached >= clock.started);
                }
                let running = clock.stopped.is_none() && !clock.paused;
                if let (true, Some(due), Some(left)) = (running, clock.due, clock.remaining_seconds) {
                    if left < 0 {
                        prop_assert!(clock.breached_at.is_some());
                    } else if due < now {
                        // Used up exactly, then closed or paused since: due when it ran out.
                        prop_assert_eq!(left, 0);
                        prop_assert!(clock.breached_at.is_none());
                    } else {
                        prop_assert_eq!(calendar.business_seconds_between(now, due), left);
                    }
                }
            }
            let resolution = clock(&report, Clock::Resolution, 1);
            prop_assert_eq!(resolution.consumed_seconds + resolution.paused_seconds, since);
            let first = clock(&report, Clock::FirstResponse, 1);
            prop_assert!(first.consumed_seconds <= resolution.consumed_seconds + resolution.paused_seconds);
        }
    }
}
