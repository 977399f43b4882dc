//! How the ticket screens show SLA clocks: the running clock of a ticket (the one with the
//! least business time left; breached first), its time left as hours and minutes, and its
//! standing — breached, warning (a warn percentage reached), ok or paused — as a theme role,
//! so the mono profile shows it bold/reversed. Room: tui — data only through `core`.

use std::cmp::Ordering;

use crate::core::tickets::clock_label;
use crate::domain::sla::{ClockReport, SlaReport};
use crate::lang::format;
use crate::tui::theme::Role;

/// A ticket's SLA as the queue shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shown {
    pub text: String,
    pub role: Option<Role>,
    /// Sorts breaches first, then least time left, then tickets without a running clock.
    pub key: (u8, i64),
}

/// `1h 05m`; `-0h 20m` once past.
pub fn duration(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let minutes = seconds.abs() / 60;
    format!(
        "{sign}{}h {:02}m",
        format::integer(minutes / 60),
        minutes % 60
    )
}

/// The clocks that still run (or stand paused) with a target.
pub fn running(report: &SlaReport) -> impl Iterator<Item = &ClockReport> {
    (report.clocks.iter()).filter(|clock| clock.stopped.is_none() && clock.target.is_some())
}

/// The most urgent running clock of `report`, shown; empty without one.
pub fn shown(report: Option<&SlaReport>) -> Shown {
    let urgent = report.and_then(|report| {
        running(report).min_by(
            |a, b| match (a.breached_at.is_some(), b.breached_at.is_some()) {
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                _ => left(a).cmp(&left(b)),
            },
        )
    });
    let Some(clock) = urgent else {
        return Shown {
            key: (3, 0),
            ..Shown::default()
        };
    };
    if clock.paused {
        return Shown {
            text: crate::t!("ticket-tui-sla-paused"),
            role: None,
            key: (2, left(clock)),
        };
    }
    let (class, role) = match (clock.breached_at, clock.warning) {
        (Some(_), _) => (0, Some(Role::Error)),
        (None, Some(_)) => (1, Some(Role::Warning)),
        (None, None) => (1, None),
    };
    Shown {
        text: duration(left(clock)),
        role,
        key: (class, left(clock)),
    }
}

fn left(clock: &ClockReport) -> i64 {
    clock.remaining_seconds.unwrap_or(i64::MAX)
}

/// One line per running clock: `First response: due 2026-12-05T14:30:00+01:00 (1h 20m)`.
pub fn lines(report: &SlaReport) -> Vec<(String, Option<Role>)> {
    running(report)
        .map(|clock| {
            let due = clock
                .due
                .map_or_else(|| crate::t!("ticket-tui-sla-paused"), format::instant);
            let one = Some(clock);
            let shown = shown_one(one);
            let text = crate::t!(
                "ticket-tui-sla-line",
                clock = clock_label(clock.clock, None),
                due = due,
                left = shown.text
            );
            (text, shown.role)
        })
        .collect()
}

/// One clock shown as the queue would show it alone.
fn shown_one(clock: Option<&ClockReport>) -> Shown {
    let report = clock.map(|clock| SlaReport {
        now: clock.started,
        clocks: vec![clock.clone()],
    });
    shown(report.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_hours_and_minutes_signed_when_past() {
        assert_eq!(duration(3900), "1h 05m");
        assert_eq!(duration(-1200), "-0h 20m");
        assert_eq!(duration(59), "0h 00m");
    }
}
