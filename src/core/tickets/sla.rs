//! The SLA clocks of a ticket at an instant: its queue's policy over its queue's business
//! calendar (`core::calendar::report`, which checks the actor may read calendars). A queue
//! without a calendar ("around the clock") gets no report here: `domain::calendar` has no
//! calendar without public holidays to walk yet. Room: core.

use time::OffsetDateTime;

use crate::core::{Actor, CoreError};
use crate::domain::sla::SlaReport;
use crate::domain::ticket::{Queue, Ticket};
use crate::store::Store;

/// The clocks of `ticket` (in `queue`) at `now`; `None` when the queue names no calendar.
pub fn clocks_of(
    store: &Store,
    actor: &Actor,
    ticket: &Ticket,
    queue: &Queue,
    now: OffsetDateTime,
) -> Result<Option<SlaReport>, CoreError> {
    let Some(calendar) = &queue.calendar else {
        return Ok(None);
    };
    let events = ticket.sla_events();
    crate::core::calendar::report(store, actor, calendar, &queue.policy, &events, now).map(Some)
}
