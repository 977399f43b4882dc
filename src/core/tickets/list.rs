//! `ticket list`: tickets by queue, open or all, owner (me, nobody, a user) and customer,
//! only of the queues the actor reads; most urgent first, then oldest. Open tickets of a
//! queue or an owner come from their indexes; everything else is one walk. Room: core.

use std::collections::HashMap;

use crate::core::access::{Access, Area, require, serves};
use crate::core::{Actor, CoreError};
use crate::domain::fold::fold;
use crate::domain::ticket::{Queue, Ticket};
use crate::store::Store;
use crate::store::kinds::ticket as stored;

/// Whose tickets.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum OwnerFilter {
    #[default]
    Anyone,
    /// The acting user's.
    Me,
    /// Nobody's yet.
    Unassigned,
    User(String),
}

/// What `list` selects.
#[derive(Debug, Clone, Default)]
pub struct TicketFilter {
    /// A queue's name.
    pub queue: Option<String>,
    /// Closed, resolved and merged tickets too.
    pub all: bool,
    pub owner: OwnerFilter,
    /// Number or id of a customer (`list`; `open_tickets_of` takes the id).
    pub customer: Option<String>,
}

/// A listed ticket with its queue's name.
#[derive(Debug, Clone)]
pub struct ListedTicket {
    pub ticket: Ticket,
    pub queue: String,
}

pub fn list(
    store: &Store,
    actor: &Actor,
    filter: &TicketFilter,
) -> Result<Vec<ListedTicket>, CoreError> {
    let customer = match &filter.customer {
        Some(text) => Some(crate::core::payment::customer(store, text)?.id),
        None => None,
    };
    select(store, actor, filter, customer)
}

/// `list` with the customer already known (by id).
fn select(
    store: &Store,
    actor: &Actor,
    filter: &TicketFilter,
    customer: Option<u64>,
) -> Result<Vec<ListedTicket>, CoreError> {
    require(actor, Area::Service, Access::Read)?;
    let queue = match &filter.queue {
        Some(name) => Some(super::queue_named(store, name)?),
        None => None,
    };
    let owner = match &filter.owner {
        OwnerFilter::Me => Some(actor.name.clone()),
        OwnerFilter::User(name) => Some(name.clone()),
        OwnerFilter::Anyone | OwnerFilter::Unassigned => None,
    };
    let ids: Option<Vec<u64>> = match (&queue, &owner, customer) {
        (_, _, Some(customer)) => Some(stored::tickets_of(store, customer)?),
        (Some(queue), _, None) if !filter.all => Some(stored::open_tickets_in(store, queue.id)?),
        (None, Some(owner), None) if !filter.all => {
            Some(stored::open_tickets_owned_by(store, owner)?)
        }
        _ => None,
    };
    let tickets: Vec<Ticket> = match ids {
        Some(ids) => {
            let mut found = Vec::with_capacity(ids.len());
            for id in ids {
                found.extend(store.get::<Ticket>(id)?);
            }
            found
        }
        None => store.scan::<Ticket>()?.collect::<Result<_, _>>()?,
    };
    let queues: HashMap<u64, Queue> = store
        .scan::<Queue>()?
        .map(|queue| queue.map(|queue| (queue.id, queue)))
        .collect::<Result<_, _>>()?;
    let wanted_owner = owner.as_deref().map(fold);
    let mut listed: Vec<ListedTicket> = tickets
        .into_iter()
        .filter(|ticket| filter.all || ticket.is_open())
        .filter(|ticket| queue.as_ref().is_none_or(|queue| queue.id == ticket.queue))
        .filter(|ticket| customer.is_none_or(|customer| ticket.customer == Some(customer)))
        .filter(|ticket| match (&filter.owner, &wanted_owner) {
            (OwnerFilter::Unassigned, _) => ticket.owner.is_none(),
            (_, Some(wanted)) => ticket.owner.as_deref().map(fold).as_ref() == Some(wanted),
            _ => true,
        })
        .filter_map(|ticket| {
            let queue = queues.get(&ticket.queue)?;
            serves(actor, queue, Access::Read).then(|| ListedTicket {
                queue: queue.name.clone(),
                ticket,
            })
        })
        .collect();
    listed.sort_by(|a, b| {
        (b.ticket.priority, a.ticket.created_at, a.ticket.id).cmp(&(
            a.ticket.priority,
            b.ticket.created_at,
            b.ticket.id,
        ))
    });
    Ok(listed)
}

/// The open tickets of `customer` the actor reads, most urgent first: the caller lookup.
pub fn open_tickets_of(
    store: &Store,
    actor: &Actor,
    customer: u64,
) -> Result<Vec<ListedTicket>, CoreError> {
    select(store, actor, &TicketFilter::default(), Some(customer))
}
