//! The mailing sends of older schemas with their migration to the current one: schema 1's
//! recipient named no lead (every send of it went to a customer or its contact). Each
//! struct as it was released, never edited. Room: store.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::domain::mailing::send::{MailingSend, Recipient, SendState};
use crate::domain::salutation::Salutation;
use crate::store::record::{Record, decode_payload};
use crate::store::{StoreError, StoreResult};

/// A recipient of schema 1: no lead. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RecipientV1 {
    pub customer: u64,
    pub name: String,
    pub company: String,
    pub customer_number: String,
    pub salutation: Salutation,
}

/// A send of schema 1. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MailingSendV1 {
    pub id: u64,
    pub version: u64,
    pub mailing: u64,
    pub address: String,
    pub recipient: RecipientV1,
    pub state: SendState,
    pub attempts: u32,
    pub planned_at: OffsetDateTime,
}

impl From<MailingSendV1> for MailingSend {
    fn from(old: MailingSendV1) -> MailingSend {
        let recipient = old.recipient;
        MailingSend {
            id: old.id,
            version: old.version,
            mailing: old.mailing,
            address: old.address,
            recipient: Recipient {
                customer: recipient.customer,
                name: recipient.name,
                company: recipient.company,
                customer_number: recipient.customer_number,
                salutation: recipient.salutation,
                lead: None,
            },
            state: old.state,
            attempts: old.attempts,
            planned_at: old.planned_at,
        }
    }
}

/// A send stored under `schema`, as the current one.
pub(super) fn migrate_send(schema: u16, payload: &[u8]) -> StoreResult<MailingSend> {
    match schema {
        1 => decode_payload::<MailingSendV1>(payload, MailingSend::NAME).map(MailingSend::from),
        _ => Err(StoreError::Corrupt {
            kind: MailingSend::NAME,
            reason: format!("unknown schema version {schema}"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::salutation::Gender;
    use crate::store::record::{decode, encode_with_schema};

    #[test]
    fn a_schema_1_send_reads_back_without_a_lead() {
        let at = OffsetDateTime::UNIX_EPOCH;
        let salutation = Salutation::of_name("Eva Berg", Gender::Female, "Dr.");
        let old = MailingSendV1 {
            id: 7,
            version: 1,
            mailing: 2,
            address: "eva@example.com".into(),
            recipient: RecipientV1 {
                customer: 3,
                name: "Eva Berg".into(),
                company: "Berg GmbH".into(),
                customer_number: "K-3".into(),
                salutation: salutation.clone(),
            },
            state: SendState::Planned,
            attempts: 0,
            planned_at: at,
        };
        let bytes = encode_with_schema(&old, 1, MailingSend::NAME).unwrap();
        let read: MailingSend = decode(&bytes).unwrap();
        assert_eq!(read.recipient.customer, 3);
        assert_eq!(read.recipient.company, "Berg GmbH");
        assert_eq!(read.recipient.salutation, salutation);
        assert_eq!(read.recipient.lead, None);
        assert_eq!(
            (read.id, read.mailing, read.address.as_str()),
            (7, 2, "eva@example.com")
        );
        assert_eq!(read.state, SendState::Planned);
    }
}
