//! The customer records of older schemas (1 to 4) with their migrations to the current
//! one: each struct as it was released, never edited. Room: store.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::domain::customer::{Address, Contact, CustomerKind, CustomerStatus};
use crate::domain::vat::TaxTreatment;
use crate::domain::{Customer, Money, Phone};

/// Schema 1 (kontor 0.0): customers had no tags. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CustomerV1 {
    pub id: u64,
    pub kind: CustomerKind,
    pub name: String,
    pub phones: Vec<Phone>,
    pub emails: Vec<String>,
    pub contacts: Vec<Contact>,
    pub addresses: Vec<Address>,
    pub status: CustomerStatus,
    pub owner: String,
    pub notes: String,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

impl From<CustomerV1> for CustomerV2 {
    fn from(old: CustomerV1) -> CustomerV2 {
        CustomerV2 {
            id: old.id,
            kind: old.kind,
            name: old.name,
            phones: old.phones,
            emails: old.emails,
            contacts: old.contacts,
            addresses: old.addresses,
            tags: Vec::new(),
            status: old.status,
            owner: old.owner,
            notes: old.notes,
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

/// Schema 2: customers had tags but no number. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CustomerV2 {
    pub id: u64,
    pub kind: CustomerKind,
    pub name: String,
    pub phones: Vec<Phone>,
    pub emails: Vec<String>,
    pub contacts: Vec<Contact>,
    pub addresses: Vec<Address>,
    pub tags: Vec<String>,
    pub status: CustomerStatus,
    pub owner: String,
    pub notes: String,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

impl From<CustomerV2> for CustomerV3 {
    fn from(old: CustomerV2) -> CustomerV3 {
        CustomerV3 {
            id: old.id,
            kind: old.kind,
            number: String::new(),
            name: old.name,
            phones: old.phones,
            emails: old.emails,
            contacts: old.contacts,
            addresses: old.addresses,
            tags: old.tags,
            status: old.status,
            owner: old.owner,
            notes: old.notes,
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

/// Schema 3: customers had a number but no sales terms. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CustomerV3 {
    pub id: u64,
    pub kind: CustomerKind,
    pub number: String,
    pub name: String,
    pub phones: Vec<Phone>,
    pub emails: Vec<String>,
    pub contacts: Vec<Contact>,
    pub addresses: Vec<Address>,
    pub tags: Vec<String>,
    pub status: CustomerStatus,
    pub owner: String,
    pub notes: String,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// No credit limit, domestic, no VAT ID, partial deliveries and backorders allowed: what
/// every customer had before it could say otherwise.
impl From<CustomerV3> for CustomerV4 {
    fn from(old: CustomerV3) -> CustomerV4 {
        CustomerV4 {
            id: old.id,
            kind: old.kind,
            number: old.number,
            name: old.name,
            phones: old.phones,
            emails: old.emails,
            contacts: old.contacts,
            addresses: old.addresses,
            tags: old.tags,
            status: old.status,
            owner: old.owner,
            notes: old.notes,
            credit_limit: None,
            tax_treatment: TaxTreatment::Domestic,
            vat_id: String::new(),
            partial_deliveries: true,
            backorders: true,
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

/// Schema 4: customers had sales terms but no payment terms and no buyer reference.
/// Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CustomerV4 {
    pub id: u64,
    pub kind: CustomerKind,
    pub number: String,
    pub name: String,
    pub phones: Vec<Phone>,
    pub emails: Vec<String>,
    pub contacts: Vec<Contact>,
    pub addresses: Vec<Address>,
    pub tags: Vec<String>,
    pub status: CustomerStatus,
    pub owner: String,
    pub notes: String,
    pub credit_limit: Option<Money>,
    pub tax_treatment: TaxTreatment,
    pub vat_id: String,
    pub partial_deliveries: bool,
    pub backorders: bool,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// The company's default payment terms (none of its own) and no buyer reference.
impl From<CustomerV4> for Customer {
    fn from(old: CustomerV4) -> Customer {
        Customer {
            id: old.id,
            kind: old.kind,
            number: old.number,
            name: old.name,
            phones: old.phones,
            emails: old.emails,
            contacts: old.contacts,
            addresses: old.addresses,
            tags: old.tags,
            status: old.status,
            owner: old.owner,
            notes: old.notes,
            credit_limit: old.credit_limit,
            tax_treatment: old.tax_treatment,
            vat_id: old.vat_id,
            partial_deliveries: old.partial_deliveries,
            backorders: old.backorders,
            payment_days: None,
            skonto: None,
            buyer_reference: String::new(),
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}
