//! `ticket priority`: changes a ticket's priority, noted in its history (the SLA targets
//! change with it). Room: core.

use time::OffsetDateTime;

use super::change_ticket;
use crate::core::{Actor, CoreError};
use crate::domain::ticket::{Priority, Ticket};

pub(super) fn priority(
    store: &crate::store::Store,
    actor: &Actor,
    ticket: &str,
    priority: Priority,
    now: OffsetDateTime,
) -> Result<Ticket, CoreError> {
    change_ticket(store, actor, ticket, now, |_, ticket| {
        ticket.set_priority(priority, &actor.name, now);
        Ok(())
    })
}
