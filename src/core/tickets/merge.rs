//! `ticket merge A B`: A's articles move into B (their Message-IDs now find B), A is
//! closed with `merged_into` B; both written in one transaction, A first so its index
//! entries are gone before B takes them. Needs the right on both queues. Room: core.

use time::OffsetDateTime;

use super::{target_id, writable_queue};
use crate::core::{Actor, CoreError};
use crate::domain::ticket::Ticket;
use crate::store::{Store, abort};

pub(super) fn merge(
    store: &Store,
    actor: &Actor,
    from: &str,
    into: &str,
    now: OffsetDateTime,
) -> Result<Ticket, CoreError> {
    let from = target_id(store, from)?;
    let into = target_id(store, into)?;
    let merged = store.transaction(|tx| {
        let mut a = tx.require::<Ticket>(from)?;
        let mut b = tx.require::<Ticket>(into)?;
        writable_queue(tx, actor, a.queue)?;
        writable_queue(tx, actor, b.queue)?;
        a.merge_into(&mut b, &actor.name, now).or_else(abort)?;
        super::sla::stamp(tx, &mut a, now)?;
        super::sla::stamp(tx, &mut b, now)?;
        tx.update(&mut a, None)?;
        tx.update(&mut b, None)?;
        Ok(b)
    })?;
    Ok(merged)
}
