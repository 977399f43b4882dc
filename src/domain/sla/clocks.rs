//! The SLA clocks computed from a ticket's timeline over a business calendar: what each
//! clock has consumed, when it is due, whether and when it was breached, and the steps that
//! explain it. Pure and exact to the second; recomputed from the history every time.
//!
//! Semantics:
//! - First response runs from `Created` to the first `AgentAnswer`.
//! - Next response: every `CustomerMessage` after an answer starts a cycle (unless one is
//!   already waiting for its answer); the next `AgentAnswer` meets it. Each cycle is its own
//!   clock in the report.
//! - Resolution runs from `Created`, stops at `Resolved`/`Closed` and resumes (not restarts)
//!   when a later status reopens the ticket.
//! - A waiting status pauses every running clock; while the ticket is resolved or closed a
//!   response clock still waiting for its answer stands still too, and resumes on reopen.
//! - A priority change changes the target from then on, measured from the clock's start: the
//!   due instant is re-walked from the start with the new target. A clock is breached at the
//!   first instant its consumed time reaches the target in force at that instant (so raising
//!   the priority of a ticket already past the new target breaches it at the change); a
//!   breach stays a breach when the clock later stops or the target grows.
//! - The due instant is found by walking the calendar's open intervals, never by adding wall
//!   clock time; a paused clock has no due instant until it runs again.
//!
//! Room: domain (pure; `now` is an input).

use serde::{Deserialize, Serialize};
use time::{Date, Duration, OffsetDateTime};

use super::{Clock, SlaEvent, SlaEventKind, SlaPolicy};
use crate::domain::calendar::{BusinessCalendar, Closed, Piece};
use crate::domain::ticket::{Priority, TicketStatus};

/// All clocks of a ticket at `now`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaReport {
    pub now: OffsetDateTime,
    pub clocks: Vec<ClockReport>,
}

/// One clock (for next response: one cycle of it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClockReport {
    pub clock: Clock,
    /// 1 for first response and resolution; the cycle's number for next response.
    pub cycle: u32,
    /// Business minutes allowed under the priority in force at the end; `None`: no target.
    pub target: Option<u32>,
    pub started: OffsetDateTime,
    /// When the clock stopped (answer, resolution) if it stands stopped now.
    pub stopped: Option<OffsetDateTime>,
    /// Whether the clock stands paused now (waiting status, or a response clock of a
    /// resolved ticket).
    pub paused: bool,
    /// Business seconds the clock ran, up to its stop or `now`.
    pub consumed_seconds: i64,
    /// Business seconds that passed while the clock was paused or stopped in between.
    pub paused_seconds: i64,
    /// When the target is (or was) reached; `None` when met, paused, or without target.
    pub due: Option<OffsetDateTime>,
    /// Business seconds left at the stop or `now`; negative: overdue.
    pub remaining_seconds: Option<i64>,
    /// The highest warning percentage of the policy reached.
    pub warning: Option<u8>,
    /// When the clock was breached.
    pub breached_at: Option<OffsetDateTime>,
    pub steps: Vec<Step>,
}

impl ClockReport {
    /// Whole business minutes consumed.
    pub fn consumed_minutes(&self) -> i64 {
        self.consumed_seconds.div_euclid(60)
    }

    /// Business minutes left (rounded down: a started overdue minute counts); negative:
    /// overdue.
    pub fn remaining_minutes(&self) -> Option<i64> {
        self.remaining_seconds.map(|seconds| seconds.div_euclid(60))
    }

    /// Whole business minutes paused.
    pub fn paused_minutes(&self) -> i64 {
        self.paused_seconds.div_euclid(60)
    }
}

/// One step of a clock's explanation, in time order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Business time the clock ran (`ahead`: still to come between `now` and the due
    /// instant).
    Business {
        from: OffsetDateTime,
        to: OffsetDateTime,
        seconds: i64,
        ahead: bool,
    },
    /// The clock stood still in this status; `seconds` of business time did not count.
    Paused {
        from: OffsetDateTime,
        to: OffsetDateTime,
        status: TicketStatus,
        seconds: i64,
    },
    /// A whole day the calendar is closed, skipped while the clock ran.
    Closed { date: Date, why: Closed },
}

/// A stretch of one clock's life: running, or standing still in `status`.
#[derive(Debug, Clone, Copy)]
struct Segment {
    from: OffsetDateTime,
    to: Option<OffsetDateTime>,
    running: bool,
    status: TicketStatus,
}

/// One clock instance while the timeline is read.
struct Run {
    clock: Clock,
    cycle: u32,
    segments: Vec<Segment>,
    finished: Option<OffsetDateTime>,
}

impl Run {
    fn start(clock: Clock, cycle: u32, at: OffsetDateTime, status: TicketStatus) -> Run {
        let mut run = Run {
            clock,
            cycle,
            segments: Vec::new(),
            finished: None,
        };
        run.set(at, status);
        run
    }

    /// Records the ticket's status at `at`: closes the current segment when the clock's state
    /// changes.
    fn set(&mut self, at: OffsetDateTime, status: TicketStatus) {
        if self.finished.is_some() {
            return;
        }
        let running = status.is_open() && !status.pauses_clocks();
        if let Some(last) = self.segments.last_mut() {
            if last.running == running && last.status == status {
                return;
            }
            last.to = Some(at);
        }
        self.segments.push(Segment {
            from: at,
            to: None,
            running,
            status,
        });
    }

    fn finish(&mut self, at: OffsetDateTime) {
        if self.finished.is_none() {
            if let Some(last) = self.segments.last_mut() {
                last.to = Some(at);
            }
            self.finished = Some(at);
        }
    }
}

/// The clocks of a ticket whose history gave `events`, at `now`. Events after `now` are
/// ignored; events are taken in time order (equal instants in the order given).
pub fn clocks(
    policy: &SlaPolicy,
    calendar: &BusinessCalendar,
    events: &[SlaEvent],
    now: OffsetDateTime,
) -> SlaReport {
    let mut ordered: Vec<&SlaEvent> = events.iter().filter(|event| event.at <= now).collect();
    ordered.sort_by_key(|event| event.at);
    let mut status = TicketStatus::New;
    let mut priorities: Vec<(OffsetDateTime, Priority)> = Vec::new();
    let mut runs: Vec<Run> = Vec::new();
    let mut answered = false;
    for event in ordered {
        let at = event.at;
        match event.kind {
            SlaEventKind::Created(priority) => {
                if !runs.is_empty() {
                    continue;
                }
                priorities.push((at, priority));
                runs.push(Run::start(Clock::FirstResponse, 1, at, status));
                runs.push(Run::start(Clock::Resolution, 1, at, status));
            }
            _ if runs.is_empty() => {}
            SlaEventKind::CustomerMessage => {
                let waiting = runs
                    .iter()
                    .any(|run| run.clock != Clock::Resolution && run.finished.is_none());
                if answered && !waiting {
                    let cycle = runs
                        .iter()
                        .filter(|run| run.clock == Clock::NextResponse)
                        .count() as u32
                        + 1;
                    runs.push(Run::start(Clock::NextResponse, cycle, at, status));
                }
            }
            SlaEventKind::AgentAnswer => {
                answered = true;
                runs.iter_mut()
                    .filter(|run| run.clock != Clock::Resolution)
                    .for_each(|run| run.finish(at));
            }
            SlaEventKind::Status(new) => {
                status = new;
                runs.iter_mut().for_each(|run| run.set(at, status));
            }
            SlaEventKind::Priority(priority) => priorities.push((at, priority)),
        }
    }
    let clocks = runs
        .iter()
        .map(|run| measure(policy, calendar, run, &priorities, now))
        .collect();
    SlaReport { now, clocks }
}

/// The target of `clock` under `priority`, in business minutes.
fn target_of(policy: &SlaPolicy, priority: Priority, clock: Clock) -> Option<u32> {
    let targets = policy.targets(priority);
    match clock {
        Clock::FirstResponse => targets.first_response,
        Clock::NextResponse => targets.next_response,
        Clock::Resolution => targets.resolution,
    }
}

/// A piece of the calendar with the stretch of time it covers (a closed day: from its local
/// midnight to the next), so the pieces a stretch overlaps are found by binary search.
type Span = (OffsetDateTime, OffsetDateTime, Piece);

fn spans(calendar: &BusinessCalendar, pieces: Vec<Piece>) -> Vec<Span> {
    let zone = calendar.tz();
    let midnight = |date: Date| zone.instant(date.midnight());
    pieces
        .into_iter()
        .map(|piece| match piece {
            Piece::Open(from, to) => (from, to, piece),
            Piece::Closed(date, _) => {
                let next = date.next_day().map_or(date.midnight().assume_utc(), |day| {
                    midnight(day).max(midnight(date))
                });
                (midnight(date), next, piece)
            }
        })
        .collect()
}

/// The spans that overlap `from..to`.
fn overlapping(spans: &[Span], from: OffsetDateTime, to: OffsetDateTime) -> &[Span] {
    let first = spans.partition_point(|(_, end, _)| *end <= from);
    let rest = &spans[first..];
    &rest[..rest.partition_point(|(start, _, _)| *start < to)]
}

/// The running stretches of a clock clipped to `end`, as open intervals of the calendar, and
/// the business seconds of its pauses.
fn running_intervals(
    spans: &[Span],
    segments: &[Segment],
    end: OffsetDateTime,
) -> (Vec<(OffsetDateTime, OffsetDateTime)>, i64) {
    let mut running = Vec::new();
    let mut paused = 0;
    for segment in segments {
        let until = segment.to.unwrap_or(end).min(end);
        for (open_from, open_to, piece) in overlapping(spans, segment.from, until) {
            let (from, to) = ((*open_from).max(segment.from), (*open_to).min(until));
            if !matches!(piece, Piece::Open(..)) || from >= to {
                continue;
            }
            if segment.running {
                running.push((from, to));
            } else {
                paused += (to - from).whole_seconds();
            }
        }
    }
    (running, paused)
}

/// The first instant at which `intervals` have added up to `target` seconds; `past`: the
/// first instant the clock runs beyond it (a target reached exactly at a closing or a pause
/// is passed only when the clock runs again).
fn reach(
    intervals: &[(OffsetDateTime, OffsetDateTime)],
    target: i64,
    past: bool,
) -> Option<OffsetDateTime> {
    let mut left = target;
    for (from, to) in intervals {
        let length = (*to - *from).whole_seconds();
        if left < length || (left == length && !past) {
            return Some(*from + Duration::seconds(left));
        }
        left -= length;
    }
    None
}

fn measure(
    policy: &SlaPolicy,
    calendar: &BusinessCalendar,
    run: &Run,
    priorities: &[(OffsetDateTime, Priority)],
    now: OffsetDateTime,
) -> ClockReport {
    let started = run.segments.first().map_or(now, |segment| segment.from);
    let end = run.finished.unwrap_or(now);
    let pieces = calendar
        .walk(started)
        .take_while(|piece| match piece {
            Piece::Open(from, _) => *from < end,
            Piece::Closed(date, _) => *date <= end.date() + Duration::DAY,
        })
        .collect();
    let spans = spans(calendar, pieces);
    let (intervals, paused_seconds) = running_intervals(&spans, &run.segments, end);
    let consumed: i64 = intervals
        .iter()
        .map(|(from, to)| (*to - *from).whole_seconds())
        .sum();
    let last = run.segments.last().copied();
    let running_now = run.finished.is_none() && last.is_some_and(|segment| segment.running);
    let stopped = match (run.finished, last) {
        (Some(at), _) => Some(at),
        (None, Some(segment)) if !segment.status.is_open() => Some(segment.from),
        _ => None,
    };
    let paused = run.finished.is_none() && !running_now && stopped.is_none();

    // The targets in force, from the clock's start (a change before it counts from it).
    let mut in_force: Vec<(OffsetDateTime, Option<i64>)> = Vec::new();
    for (at, priority) in priorities {
        let target = target_of(policy, *priority, run.clock).map(|minutes| i64::from(minutes) * 60);
        in_force.push(((*at).max(started), target));
    }
    let target = in_force.last().and_then(|(_, target)| *target);

    let breached_at = in_force
        .iter()
        .enumerate()
        .find_map(|(index, (from, target))| {
            let until = in_force
                .get(index + 1)
                .map_or(end, |(next, _)| (*next).min(end));
            let crossed = reach(&intervals, (*target)?, true)?.max(*from);
            // A target lowered below what ran already, at the clock's very end, breaches then.
            (crossed < until || (crossed == until && until == end)).then_some(crossed)
        });
    let due = target.and_then(|target| match reach(&intervals, target, false) {
        Some(at) if at < end => Some(at),
        _ if running_now => calendar.add_business_seconds(end, target - consumed),
        _ => None,
    });
    let remaining_seconds = target.map(|target| target - consumed);
    let warning = target.filter(|target| *target > 0).and_then(|target| {
        policy
            .warn_percent
            .iter()
            .copied()
            .filter(|percent| consumed * 100 >= i64::from(*percent) * target)
            .max()
    });
    let mut steps = explain(&spans, &run.segments, end);
    if let (true, Some(due)) = (running_now, due)
        && due > end
    {
        steps.extend(ahead(calendar, end, due));
    }
    ClockReport {
        clock: run.clock,
        cycle: run.cycle,
        target: target.map(|seconds| (seconds / 60) as u32),
        started,
        stopped,
        paused,
        consumed_seconds: consumed,
        paused_seconds,
        due,
        remaining_seconds,
        warning,
        breached_at,
        steps,
    }
}

/// The steps up to `end`: business intervals and closed days while running, one step per
/// pause.
fn explain(spans: &[Span], segments: &[Segment], end: OffsetDateTime) -> Vec<Step> {
    let mut steps = Vec::new();
    for segment in segments {
        let to = segment.to.unwrap_or(end).min(end);
        if segment.from >= to && segment.to.is_some() {
            continue;
        }
        let overlap = overlapping(spans, segment.from, to);
        if !segment.running {
            let seconds = overlap
                .iter()
                .filter(|(_, _, piece)| matches!(piece, Piece::Open(..)))
                .map(|(from, until, _)| {
                    ((*until).min(to) - (*from).max(segment.from)).whole_seconds()
                })
                .sum();
            steps.push(Step::Paused {
                from: segment.from,
                to,
                status: segment.status,
                seconds,
            });
            continue;
        }
        for (open_from, open_to, piece) in overlap {
            match *piece {
                Piece::Open(..) => {
                    let (from, until) = ((*open_from).max(segment.from), (*open_to).min(to));
                    steps.push(Step::Business {
                        from,
                        to: until,
                        seconds: (until - from).whole_seconds(),
                        ahead: false,
                    });
                }
                Piece::Closed(date, why) => steps.push(Step::Closed { date, why }),
            }
        }
    }
    steps
}

/// The steps still to come from `now` to `due` while a clock runs.
fn ahead(calendar: &BusinessCalendar, now: OffsetDateTime, due: OffsetDateTime) -> Vec<Step> {
    calendar
        .walk(now)
        .take_while(|piece| match piece {
            Piece::Open(from, _) => *from < due,
            Piece::Closed(date, _) => *date <= due.date(),
        })
        .map(|piece| match piece {
            Piece::Open(from, to) => Step::Business {
                from,
                to: to.min(due),
                seconds: (to.min(due) - from).whole_seconds(),
                ahead: true,
            },
            Piece::Closed(date, why) => Step::Closed { date, why },
        })
        .collect()
}
