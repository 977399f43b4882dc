//! `ticket status`: moves a ticket to a status, noted in its history. Room: core.

use time::OffsetDateTime;

use super::change_ticket;
use crate::core::{Actor, CoreError};
use crate::domain::ticket::{Ticket, TicketStatus};

pub(super) fn status(
    store: &crate::store::Store,
    actor: &Actor,
    ticket: &str,
    status: TicketStatus,
    now: OffsetDateTime,
) -> Result<Ticket, CoreError> {
    change_ticket(store, actor, ticket, now, |_, ticket| {
        ticket.set_status(status, &actor.name, now);
        Ok(())
    })
}
