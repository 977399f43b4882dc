//! `ticket assign`: a new owner (a user, the actor, or nobody) and/or another queue. Moving
//! a ticket needs the right on both queues. Room: core.

use time::OffsetDateTime;

use super::{change_ticket, queue_named, writable_queue};
use crate::core::{Actor, CoreError};
use crate::domain::ticket::Ticket;

/// Who owns the ticket from now on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnerChoice {
    Me,
    Nobody,
    User(String),
}

pub(super) fn assign(
    store: &crate::store::Store,
    actor: &Actor,
    ticket: &str,
    owner: Option<OwnerChoice>,
    queue: Option<&str>,
    now: OffsetDateTime,
) -> Result<Ticket, CoreError> {
    let queue = match queue {
        Some(name) => Some(queue_named(store, name)?.id),
        None => None,
    };
    let owner = owner.map(|choice| match choice {
        OwnerChoice::Me => Some(actor.name.clone()),
        OwnerChoice::Nobody => None,
        OwnerChoice::User(name) => Some(name.trim().to_string()).filter(|n| !n.is_empty()),
    });
    change_ticket(store, actor, ticket, now, |tx, ticket| {
        if let Some(queue) = queue {
            writable_queue(tx, actor, queue)?;
            ticket.set_queue(queue, &actor.name, now);
        }
        if let Some(owner) = &owner {
            ticket.set_owner(owner.clone(), &actor.name, now);
        }
        Ok(())
    })
}
