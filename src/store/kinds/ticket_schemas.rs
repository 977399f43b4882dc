//! Earlier shapes of the stored ticket and how each becomes the current one. Schema 1 had
//! no `sla_due` (the urgency index's due instant): a migrated ticket has none until its next
//! change or a `kontor reindex` recomputes it. Room: store.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::domain::ticket::{
    Article, Lease, Priority, Ticket, TicketChange, TicketLink, TicketNumber, TicketStatus,
};

/// The ticket as schema 1 stored it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketV1 {
    pub id: u64,
    pub number: TicketNumber,
    pub customer: Option<u64>,
    pub contact: Option<String>,
    pub sender: Option<String>,
    pub queue: u64,
    pub priority: Priority,
    pub status: TicketStatus,
    pub owner: Option<String>,
    pub subject: String,
    pub articles: Vec<Article>,
    pub history: Vec<TicketChange>,
    pub links: Vec<TicketLink>,
    pub merged_into: Option<u64>,
    pub lease: Option<Lease>,
    pub created_at: OffsetDateTime,
    pub version: u64,
}

impl From<TicketV1> for Ticket {
    fn from(old: TicketV1) -> Ticket {
        Ticket {
            id: old.id,
            number: old.number,
            customer: old.customer,
            contact: old.contact,
            sender: old.sender,
            queue: old.queue,
            priority: old.priority,
            status: old.status,
            owner: old.owner,
            subject: old.subject,
            articles: old.articles,
            history: old.history,
            links: old.links,
            merged_into: old.merged_into,
            lease: old.lease,
            sla_due: None,
            created_at: old.created_at,
            version: old.version,
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;
    use crate::store::record::{decode, encode_with_schema};

    #[test]
    fn a_schema_1_ticket_reads_as_the_current_one_without_a_due_instant() {
        let at = datetime!(2026-12-01 09:00 UTC);
        let mut current = Ticket::new(TicketNumber::new(2026, 7).unwrap(), 3, "Drucker", at);
        current.id = 11;
        current.version = 2;
        current.priority = Priority::High;
        current.lease = Some(Lease {
            user: "anna".into(),
            until: at,
        });
        let old = TicketV1 {
            id: 11,
            number: current.number,
            customer: None,
            contact: None,
            sender: None,
            queue: 3,
            priority: Priority::High,
            status: current.status,
            owner: None,
            subject: "Drucker".into(),
            articles: Vec::new(),
            history: Vec::new(),
            links: Vec::new(),
            merged_into: None,
            lease: current.lease.clone(),
            created_at: at,
            version: 2,
        };
        let bytes = encode_with_schema(&old, 1, "ticket").unwrap();
        let read: Ticket = decode(&bytes).unwrap();
        assert_eq!(read, current);
        current.sla_due = Some(at);
        let bytes = encode_with_schema(&current, 2, "ticket").unwrap();
        assert_eq!(decode::<Ticket>(&bytes).unwrap().sla_due, Some(at));
    }
}
