//! `ticket next`: the most urgent open ticket of the agent's queues that nobody else holds —
//! least SLA time left (the urgency index: due instant of the running clock, tickets without
//! one after), then priority, then age — leased to the agent for `ticket_lease_minutes`
//! (default 15). The lease is taken in the transaction that re-reads the ticket and checks
//! it is still free, so two agents asking at the same instant never get the same ticket
//! (sled transactions are serializable: the loser's re-read sees the winner's lease and it
//! moves on to the next one). Work on a ticket by its holder renews the lease
//! (`renew_lease`, in every change). Room: core.

use time::{Duration, OffsetDateTime};

use crate::core::access::{Access, Area, require, serves};
use crate::core::{Actor, CoreError};
use crate::domain::Invalid;
use crate::domain::ticket::{Lease, Queue, Ticket};
use crate::store::kinds::ticket as stored;
use crate::store::{Store, StoreResult};

/// The setting: minutes a `next ticket` lease lasts.
pub const LEASE_MINUTES: &str = "ticket_lease_minutes";
const DEFAULT_LEASE_MINUTES: i64 = 15;

/// Validates `ticket_lease_minutes` (1 … 1440); `None` for other settings.
pub fn validate_setting(name: &str, value: &str) -> Option<Result<String, Invalid>> {
    (name == LEASE_MINUTES).then(|| match value.trim().parse::<i64>() {
        Ok(minutes) if (1..=1440).contains(&minutes) => Ok(minutes.to_string()),
        _ => Err(Invalid::new(
            LEASE_MINUTES,
            crate::t!("ticket-sla-lease-minutes", value = value.trim()),
        )),
    })
}

/// How long a lease lasts.
pub fn lease_length(store: &Store) -> StoreResult<Duration> {
    let minutes = store
        .setting(LEASE_MINUTES)?
        .and_then(|text| text.parse::<i64>().ok())
        .filter(|minutes| *minutes > 0)
        .unwrap_or(DEFAULT_LEASE_MINUTES);
    Ok(Duration::minutes(minutes))
}

/// The order of urgency between tickets of different queues (the index's order).
fn urgency(ticket: &Ticket) -> impl Ord + use<> {
    (
        ticket.sla_due.is_none(),
        ticket.sla_due,
        std::cmp::Reverse(ticket.priority),
        ticket.created_at,
        ticket.id,
    )
}

/// One queue's open tickets in urgency order, with the first one free for the actor.
struct Cursor<I> {
    ids: I,
    head: Option<Ticket>,
}

impl<I: Iterator<Item = StoreResult<u64>>> Cursor<I> {
    /// Moves `head` to the next ticket free for `user` at `now`.
    fn advance(&mut self, store: &Store, user: &str, now: OffsetDateTime) -> StoreResult<()> {
        self.head = None;
        for id in self.ids.by_ref() {
            if let Some(ticket) = store.get::<Ticket>(id?)?
                && ticket.is_open()
                && ticket.free_for(user, now)
            {
                self.head = Some(ticket);
                break;
            }
        }
        Ok(())
    }
}

/// The most urgent free ticket of the actor's queues, leased to them until `now` plus the
/// lease length; `None` when there is none.
pub fn next(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
) -> Result<Option<Ticket>, CoreError> {
    require(actor, Area::Service, Access::Write)?;
    let length = lease_length(store)?;
    let mut queues = Vec::new();
    for queue in store.scan::<Queue>()? {
        let queue = queue?;
        if serves(actor, &queue, Access::Write) {
            queues.push(queue.id);
        }
    }
    let mut cursors = Vec::with_capacity(queues.len());
    for queue in queues {
        let mut cursor = Cursor {
            ids: stored::open_tickets_by_urgency(store, queue)?,
            head: None,
        };
        cursor.advance(store, &actor.name, now)?;
        cursors.push(cursor);
    }
    loop {
        let best = cursors
            .iter()
            .enumerate()
            .filter_map(|(index, cursor)| cursor.head.as_ref().map(|head| (index, head)))
            .min_by_key(|(_, head)| urgency(head))
            .map(|(index, head)| (index, head.id));
        let Some((index, id)) = best else {
            return Ok(None);
        };
        if let Some(taken) = take(store, actor, id, now, length)? {
            return Ok(Some(taken));
        }
        cursors[index].advance(store, &actor.name, now)?;
    }
}

/// Leases ticket `id` to the actor if it is still open, theirs to serve and free; `None`
/// when someone was quicker.
fn take(
    store: &Store,
    actor: &Actor,
    id: u64,
    now: OffsetDateTime,
    length: Duration,
) -> Result<Option<Ticket>, CoreError> {
    Ok(store.transaction(|tx| {
        let Some(mut ticket) = tx.get::<Ticket>(id)? else {
            return Ok(None);
        };
        let queue = tx.require::<Queue>(ticket.queue)?;
        if !ticket.is_open()
            || !ticket.free_for(&actor.name, now)
            || !serves(actor, &queue, Access::Write)
        {
            return Ok(None);
        }
        ticket.lease = Some(Lease {
            user: actor.name.clone(),
            until: now + length,
        });
        tx.update(&mut ticket, None)?;
        Ok(Some(ticket))
    })?)
}

/// After work by the lease's holder: the lease runs `length` from `now` again.
pub(super) fn renew_lease(ticket: &mut Ticket, user: &str, now: OffsetDateTime, length: Duration) {
    if let Some(lease) = &mut ticket.lease
        && lease.user == user
        && lease.until > now
    {
        lease.until = now + length;
    }
}
