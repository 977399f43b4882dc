//! Service tickets and queues in the store. Tree `tickets` with the indexes
//! `tickets.by_number` (unique: year, sequence → id), `tickets.by_customer` (customer id,
//! id), `tickets.by_queue` (queue id, id — open tickets only, so a queue's open tickets
//! are one prefix scan), `tickets.by_urgency` (queue id, then most urgent first: the
//! running SLA clock's due instant — tickets without one after those with —, priority
//! from urgent down, age, id — open tickets only: `next ticket` reads the first free entry
//! of each queue), `tickets.by_owner` (folded owner, id — open tickets only) and
//! `tickets.by_message_id` (unique: every Message-ID of every article → the ticket, for
//! mail threading; a merged ticket's Message-IDs belong to the ticket it was merged into).
//! Tree `queues` with the unique `queues.by_name` (folded). Attachments' bytes are records
//! of their own in `ticket_attachments` (no indexes: articles name them). Ticket numbers come
//! from a per-year counter taken in the transaction that writes the ticket, so they stay
//! gapless. Room: store.

use super::ticket_schemas::TicketV1;
use crate::domain::fold::fold;
use crate::domain::ticket::{AttachmentBlob, Priority, Queue, Ticket, TicketNumber};
use crate::store::keys::{Key, id_bytes, read_u64};
use crate::store::record::{IndexEntry, Record, decode_payload, id_and_version};
use crate::store::{Store, StoreResult, Tx, TxResult};

pub(in crate::store) const TICKETS_BY_NUMBER: &str = "tickets.by_number";
pub(in crate::store) const TICKETS_BY_CUSTOMER: &str = "tickets.by_customer";
pub(in crate::store) const TICKETS_BY_QUEUE: &str = "tickets.by_queue";
pub(in crate::store) const TICKETS_BY_URGENCY: &str = "tickets.by_urgency";
pub(in crate::store) const TICKETS_BY_OWNER: &str = "tickets.by_owner";
pub(in crate::store) const TICKETS_BY_MESSAGE_ID: &str = "tickets.by_message_id";
pub(in crate::store) const QUEUES_BY_NAME: &str = "queues.by_name";

fn number_key(number: TicketNumber) -> Key {
    Key::new()
        .u64(u64::from(number.year))
        .u64(u64::from(number.sequence))
}

fn id_key(id: u64) -> Key {
    Key::new().u64(id)
}

/// Urgency order within a queue: due instant (none last), priority (urgent first), age.
fn urgency_key(ticket: &Ticket) -> Key {
    let key = Key::new().u64(ticket.queue);
    let key = match ticket.sla_due {
        Some(due) => key.u8(0).instant(due),
        None => key.u8(1),
    };
    let rank = Priority::ALL
        .iter()
        .position(|priority| *priority == ticket.priority)
        .unwrap_or(0);
    key.u8(u8::try_from(Priority::ALL.len() - rank).unwrap_or(0))
        .instant(ticket.created_at)
}

fn message_key(message_id: &str) -> Key {
    Key::new().str(message_id.trim())
}

fn name_key(name: &str) -> Key {
    Key::new().str(&fold(name))
}

impl Record for Ticket {
    const TREE: &'static str = "tickets";
    const NAME: &'static str = "ticket";
    const SCHEMA: u16 = 2;
    const INDEXES: &'static [&'static str] = &[
        TICKETS_BY_NUMBER,
        TICKETS_BY_CUSTOMER,
        TICKETS_BY_QUEUE,
        TICKETS_BY_URGENCY,
        TICKETS_BY_OWNER,
        TICKETS_BY_MESSAGE_ID,
        super::words::TICKETS,
    ];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        let mut entries = vec![IndexEntry::unique(
            TICKETS_BY_NUMBER,
            number_key(self.number),
            self.id,
        )];
        if let Some(customer) = self.customer {
            entries.push(IndexEntry::plain(
                TICKETS_BY_CUSTOMER,
                id_key(customer),
                self.id,
            ));
        }
        if self.is_open() {
            entries.push(IndexEntry::plain(
                TICKETS_BY_QUEUE,
                id_key(self.queue),
                self.id,
            ));
            entries.push(IndexEntry::plain(
                TICKETS_BY_URGENCY,
                urgency_key(self),
                self.id,
            ));
            if let Some(owner) = &self.owner {
                entries.push(IndexEntry::plain(
                    TICKETS_BY_OWNER,
                    name_key(owner),
                    self.id,
                ));
            }
        }
        if self.merged_into.is_none() {
            let mut ids: Vec<&str> = self.message_ids().collect();
            ids.sort_unstable();
            ids.dedup();
            entries.extend(
                ids.into_iter()
                    .map(|id| IndexEntry::unique(TICKETS_BY_MESSAGE_ID, message_key(id), self.id)),
            );
        }
        entries.extend(super::words::word_entries(self));
        entries
    }

    fn migrate(schema: u16, payload: &[u8]) -> StoreResult<Self> {
        match schema {
            1 => decode_payload::<TicketV1>(payload, Self::NAME).map(Ticket::from),
            other => Err(crate::store::StoreError::Corrupt {
                kind: Self::NAME,
                reason: format!("unknown schema version {other}"),
            }),
        }
    }
}

impl Record for Queue {
    const TREE: &'static str = "queues";
    const NAME: &'static str = "queue";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[QUEUES_BY_NAME];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        vec![IndexEntry::unique(
            QUEUES_BY_NAME,
            name_key(&self.name),
            self.id,
        )]
    }
}

fn counter_key(year: u16) -> String {
    format!("number/ticket/{year}")
}

/// Takes the next ticket number of `year` inside the transaction that writes the ticket.
pub fn next_ticket_number(tx: &Tx, year: i32) -> TxResult<TicketNumber> {
    let year16 = u16::try_from(year).unwrap_or(0);
    let key = counter_key(year16);
    let last = tx.meta_get(&key)?.and_then(|v| read_u64(&v)).unwrap_or(0);
    let number = TicketNumber::new(year, last + 1).or_else(crate::store::abort)?;
    tx.meta_put(&key, &id_bytes(last + 1))?;
    Ok(number)
}

/// The id of the ticket numbered `number`.
pub fn ticket_by_number(store: &Store, number: TicketNumber) -> StoreResult<Option<u64>> {
    store.unique_id(TICKETS_BY_NUMBER, number_key(number))
}

/// The id of the ticket one of whose articles has Message-ID `message_id` (after a
/// merge: the ticket merged into).
pub fn ticket_by_message_id(store: &Store, message_id: &str) -> StoreResult<Option<u64>> {
    if message_id.trim().is_empty() {
        return Ok(None);
    }
    store.unique_id(TICKETS_BY_MESSAGE_ID, message_key(message_id))
}

/// Ids of the tickets of `customer`, in id order.
pub fn tickets_of(store: &Store, customer: u64) -> StoreResult<Vec<u64>> {
    store
        .index_ids(TICKETS_BY_CUSTOMER, id_key(customer))?
        .collect()
}

/// Ids of the open tickets of queue `queue`, in id order.
pub fn open_tickets_in(store: &Store, queue: u64) -> StoreResult<Vec<u64>> {
    store.index_ids(TICKETS_BY_QUEUE, id_key(queue))?.collect()
}

/// Ids of the open tickets of queue `queue`, most urgent first (see the module header),
/// read lazily: the caller stops at the first one it can take.
pub fn open_tickets_by_urgency(
    store: &Store,
    queue: u64,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + use<'_>> {
    store.index_ids(TICKETS_BY_URGENCY, id_key(queue))
}

/// Ids of the open tickets owned by `owner` (case and accents ignored), in id order.
pub fn open_tickets_owned_by(store: &Store, owner: &str) -> StoreResult<Vec<u64>> {
    store
        .index_ids(TICKETS_BY_OWNER, name_key(owner))?
        .collect()
}

/// The id of the queue named `name` (case and accents ignored).
pub fn queue_by_name(store: &Store, name: &str) -> StoreResult<Option<u64>> {
    store.unique_id(QUEUES_BY_NAME, name_key(name))
}

/// The same read inside a transaction: the uniqueness check before a write.
pub fn queue_by_name_in(tx: &Tx, name: &str) -> TxResult<Option<u64>> {
    tx.unique_id(QUEUES_BY_NAME, name_key(name))
}

impl Record for AttachmentBlob {
    const TREE: &'static str = "ticket_attachments";
    const NAME: &'static str = "ticket attachment";
    const SCHEMA: u16 = 1;
    const INDEXES: &'static [&'static str] = &[];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        Vec::new()
    }
}

/// Stores an attachment's bytes in the transaction that writes its article (audited as
/// an import: the log names the blob, never copies its bytes); returns the blob's id.
pub fn put_attachment(tx: &Tx, ticket: u64, article: u32, bytes: &[u8]) -> TxResult<u64> {
    let id = tx.reserve_ids(AttachmentBlob::TREE, 1)?;
    let blob = AttachmentBlob {
        id,
        ticket,
        article,
        bytes: bytes.to_vec(),
        version: 1,
    };
    tx.insert_reserved(&blob)?;
    Ok(id)
}

/// The bytes of the attachment blob `blob`.
pub fn attachment(store: &Store, blob: u64) -> StoreResult<Option<Vec<u8>>> {
    Ok(store.get::<AttachmentBlob>(blob)?.map(|blob| blob.bytes))
}
