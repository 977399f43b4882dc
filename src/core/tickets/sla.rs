//! `ticket sla`: the SLA clocks of a real ticket, from its history, its queue's policy and
//! the queue's business calendar (a queue without one runs around the clock, without
//! holidays). Also the one figure lists and screens show — the running clock's time left
//! (`TimeLeft`) — and `stamp`, which keeps a ticket's `sla_due` (the urgency index's key) in
//! step with every change, inside the change's transaction. Room: core.

use time::OffsetDateTime;

use super::ticket_by_number_text;
use crate::core::access::{Access, require_queue};
use crate::core::{Actor, CoreError};
use crate::domain::Invalid;
use crate::domain::calendar::BusinessCalendar;
use crate::domain::sla::{Clock, SlaReport, clocks};
use crate::domain::ticket::{Queue, Ticket};
use crate::store::kinds::calendar as calendars;
use crate::store::{Store, Tx, TxResult};

/// A ticket's clocks with what they were measured on.
#[derive(Debug, Clone)]
pub struct TicketSla {
    pub ticket: Ticket,
    pub queue: Queue,
    /// The queue's calendar; `None`: the queue has none, the clocks run around the clock.
    pub calendar: Option<BusinessCalendar>,
    pub report: SlaReport,
}

/// The running clock due first: what a list shows as the ticket's time left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeLeft {
    pub clock: Clock,
    pub due: OffsetDateTime,
    /// Business seconds left; negative: overdue.
    pub remaining_seconds: i64,
    pub breached: bool,
    /// The highest warning percentage reached.
    pub warning: Option<u8>,
}

impl TimeLeft {
    /// For a list row or a screen: `Resolution: 3 h 30 min left`, `First response: overdue
    /// by 0 h 20 min`.
    pub fn describe(&self) -> String {
        let clock = clock_label(self.clock, None);
        match self.remaining_seconds < 0 {
            true => crate::t!(
                "ticket-sla-left-overdue",
                clock = clock,
                overdue = business_duration(-self.remaining_seconds)
            ),
            false => crate::t!(
                "ticket-sla-left",
                clock = clock,
                remaining = business_duration(self.remaining_seconds)
            ),
        }
    }
}

/// A clock's name in the user's language; `cycle` numbers a next-response cycle.
pub fn clock_label(clock: Clock, cycle: Option<u32>) -> String {
    match (clock, cycle) {
        (Clock::FirstResponse, _) => crate::t!("ticket-sla-clock-first-response"),
        (Clock::NextResponse, Some(cycle)) => {
            crate::t!("ticket-sla-clock-next-response", cycle = cycle)
        }
        (Clock::NextResponse, None) => crate::t!("ticket-sla-clock-next-response-any"),
        (Clock::Resolution, _) => crate::t!("ticket-sla-clock-resolution"),
    }
}

/// Business seconds as hours and minutes (`3 h 05 min`; a started minute not counted).
pub fn business_duration(seconds: i64) -> String {
    let minutes = seconds.max(0) / 60;
    crate::t!(
        "ticket-sla-duration",
        hours = minutes / 60,
        minutes = format!("{:02}", minutes % 60)
    )
}

/// The clocks at `now` of the ticket numbered `text` (a merged one's number: the ticket it
/// was merged into), as the actor may read it.
pub fn sla(
    store: &Store,
    actor: &Actor,
    text: &str,
    now: OffsetDateTime,
) -> Result<TicketSla, CoreError> {
    let asked = ticket_by_number_text(store, text)?;
    let ticket = super::surviving(store, asked)?;
    sla_of(store, actor, ticket, now)
}

/// The clocks at `now` of a ticket the caller already has.
pub fn sla_of(
    store: &Store,
    actor: &Actor,
    ticket: Ticket,
    now: OffsetDateTime,
) -> Result<TicketSla, CoreError> {
    let queue = store.require::<Queue>(ticket.queue)?;
    require_queue(actor, &queue, Access::Read)?;
    let named = match &queue.calendar {
        Some(name) => {
            let found = match calendars::by_name(store, name)? {
                Some(id) => store.get::<BusinessCalendar>(id)?,
                None => None,
            };
            let found = found.ok_or_else(|| {
                CoreError::from(Invalid::new(
                    "calendar",
                    crate::t!(
                        "ticket-sla-calendar-missing",
                        queue = queue.name.as_str(),
                        calendar = name.as_str()
                    ),
                ))
            })?;
            Some(found)
        }
        None => None,
    };
    let calendar = named
        .clone()
        .unwrap_or_else(BusinessCalendar::around_the_clock);
    let report = clocks(&queue.policy, &calendar, &ticket.sla_events(), now);
    Ok(TicketSla {
        calendar: named,
        ticket,
        queue,
        report,
    })
}

/// The running clock (neither paused nor stopped, with a target) that is due first.
pub fn time_left(report: &SlaReport) -> Option<TimeLeft> {
    report
        .clocks
        .iter()
        .filter(|clock| !clock.paused && clock.stopped.is_none())
        .filter_map(|clock| {
            Some(TimeLeft {
                clock: clock.clock,
                due: clock.due?,
                remaining_seconds: clock.remaining_seconds?,
                breached: clock.breached_at.is_some(),
                warning: clock.warning,
            })
        })
        .min_by_key(|left| (left.due, left.clock))
}

/// The time left of `ticket` at `now` for a list or a screen (one call per row); `None`
/// when no clock runs, or the queue's calendar is gone.
pub fn time_left_of(
    store: &Store,
    actor: &Actor,
    ticket: &Ticket,
    now: OffsetDateTime,
) -> Result<Option<TimeLeft>, CoreError> {
    if !ticket.is_open() {
        return Ok(None);
    }
    match sla_of(store, actor, ticket.clone(), now) {
        Ok(sla) => Ok(time_left(&sla.report)),
        Err(CoreError::Invalid(_)) => Ok(None),
        Err(other) => Err(other),
    }
}

/// Recomputes the due instant of every open ticket at `now` (what `kontor reindex` does
/// before rebuilding the indexes: after a calendar changed, or tickets written by an older
/// release); returns how many changed. Admins only.
pub fn restamp(store: &Store, actor: &Actor, now: OffsetDateTime) -> Result<usize, CoreError> {
    crate::core::access::require(actor, crate::core::access::Area::Admin, Access::Write)?;
    let mut open = Vec::new();
    for ticket in store.scan::<Ticket>()? {
        let ticket = ticket?;
        if ticket.is_open() {
            open.push(ticket.id);
        }
    }
    let mut changed = 0;
    for id in open {
        let moved = store.transaction(|tx| {
            let mut ticket = tx.require::<Ticket>(id)?;
            let before = ticket.sla_due;
            stamp(tx, &mut ticket, now)?;
            if ticket.sla_due == before {
                return Ok(false);
            }
            tx.update(&mut ticket, None)?;
            Ok(true)
        })?;
        changed += usize::from(moved);
    }
    Ok(changed)
}

/// Sets `ticket.sla_due` from its history at `now`, reading its queue and calendar in the
/// transaction that writes it (an open ticket only; a missing calendar: no due instant).
pub(super) fn stamp(tx: &Tx, ticket: &mut Ticket, now: OffsetDateTime) -> TxResult<()> {
    ticket.sla_due = None;
    if !ticket.is_open() || ticket.merged_into.is_some() {
        return Ok(());
    }
    let queue = tx.require::<Queue>(ticket.queue)?;
    let calendar = match &queue.calendar {
        Some(name) => match calendars::holder_of_name(tx, name)? {
            Some(id) => tx.get::<BusinessCalendar>(id)?,
            None => None,
        },
        None => Some(BusinessCalendar::around_the_clock()),
    };
    if let Some(calendar) = calendar {
        let report = clocks(&queue.policy, &calendar, &ticket.sla_events(), now);
        ticket.sla_due = time_left(&report).map(|left| left.due);
    }
    Ok(())
}
