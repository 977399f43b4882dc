//! `ticket show`: a ticket with its queue and its customer's name; a merged ticket's
//! number shows the ticket it was merged into, saying so. Room: core.

use super::{surviving, ticket_by_number_text};
use crate::core::access::{Access, require_queue};
use crate::core::{Actor, CoreError};
use crate::domain::Customer;
use crate::domain::ticket::{Queue, Ticket, TicketNumber};
use crate::store::Store;

/// What `show` returns.
#[derive(Debug, Clone)]
pub struct TicketView {
    pub ticket: Ticket,
    pub queue: Queue,
    pub customer_name: Option<String>,
    /// The number asked for when it was merged into `ticket`.
    pub merged_from: Option<TicketNumber>,
}

/// The ticket numbered `text` (or the one it was merged into) as the actor may read it.
pub fn show(store: &Store, actor: &Actor, text: &str) -> Result<TicketView, CoreError> {
    let asked = ticket_by_number_text(store, text)?;
    let merged_from = asked.merged_into.map(|_| asked.number);
    let ticket = surviving(store, asked)?;
    view(store, actor, ticket, merged_from)
}

/// The view of a ticket the caller already has, checking the actor may read it.
pub fn view(
    store: &Store,
    actor: &Actor,
    ticket: Ticket,
    merged_from: Option<TicketNumber>,
) -> Result<TicketView, CoreError> {
    let queue = store.require::<Queue>(ticket.queue)?;
    require_queue(actor, &queue, Access::Read)?;
    let customer_name = match ticket.customer {
        Some(id) => store.get::<Customer>(id)?.map(|customer| customer.name),
        None => None,
    };
    Ok(TicketView {
        ticket,
        queue,
        customer_name,
        merged_from,
    })
}
