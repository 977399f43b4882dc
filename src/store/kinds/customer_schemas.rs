//! The customer records of older schemas (1 to 5) with their migrations to the current
//! one: each struct as it was released, never edited; the contact they embed is frozen
//! as `ContactV1` (the live `Contact` gained a salutation in schema 6). Room: store.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::domain::customer::{Address, Contact, CustomerKind, CustomerStatus};
use crate::domain::invoice::Skonto;
use crate::domain::salutation::Addressing;
use crate::domain::vat::TaxTreatment;
use crate::domain::{Customer, Money, Phone};

/// A contact of schemas 1 to 5: no salutation. Released; never edit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactV1 {
    pub name: String,
    pub role: String,
    pub phones: Vec<Phone>,
    pub emails: Vec<String>,
}

/// Greeted neutrally: nobody had said how.
impl From<ContactV1> for Contact {
    fn from(old: ContactV1) -> Contact {
        Contact {
            name: old.name,
            role: old.role,
            phones: old.phones,
            emails: old.emails,
            salutation: Addressing::default(),
        }
    }
}

/// Schema 1 (kontor 0.0): customers had no tags. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CustomerV1 {
    pub id: u64,
    pub kind: CustomerKind,
    pub name: String,
    pub phones: Vec<Phone>,
    pub emails: Vec<String>,
    pub contacts: Vec<ContactV1>,
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
    pub contacts: Vec<ContactV1>,
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
    pub contacts: Vec<ContactV1>,
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
    pub contacts: Vec<ContactV1>,
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
impl From<CustomerV4> for CustomerV5 {
    fn from(old: CustomerV4) -> CustomerV5 {
        CustomerV5 {
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

/// Schema 5: customers had payment terms and a buyer reference but no salutation, neither
/// of their own nor of their contacts. Released; never edit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CustomerV5 {
    pub id: u64,
    pub kind: CustomerKind,
    pub number: String,
    pub name: String,
    pub phones: Vec<Phone>,
    pub emails: Vec<String>,
    pub contacts: Vec<ContactV1>,
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
    pub payment_days: Option<u32>,
    pub skonto: Option<Skonto>,
    pub buyer_reference: String,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

/// Everybody greeted neutrally, customers and contacts: nobody had said how.
impl From<CustomerV5> for Customer {
    fn from(old: CustomerV5) -> Customer {
        Customer {
            id: old.id,
            kind: old.kind,
            number: old.number,
            name: old.name,
            phones: old.phones,
            emails: old.emails,
            contacts: old.contacts.into_iter().map(Contact::from).collect(),
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
            payment_days: old.payment_days,
            skonto: old.skonto,
            buyer_reference: old.buyer_reference,
            salutation: Addressing::default(),
            created: old.created,
            updated: old.updated,
            version: old.version,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Country;
    use crate::domain::salutation::Gender;
    use crate::store::record::{Record, decode, encode_with_schema};

    /// A schema 5 person customer with payment terms and one contact, the same as today's
    /// record with nobody's salutation said.
    #[test]
    fn a_schema_5_record_reads_back_with_everybody_greeted_neutrally() {
        let de = Country::parse("DE").unwrap();
        let at = OffsetDateTime::UNIX_EPOCH;
        let phone = Phone::parse("030 1234567", de).unwrap();
        let old = CustomerV5 {
            id: 9,
            kind: CustomerKind::Company,
            number: "K-9".into(),
            name: "Weber Bau".into(),
            phones: vec![phone.clone()],
            emails: vec!["info@weber.example".into()],
            contacts: vec![ContactV1 {
                name: "Anna Müller".into(),
                role: "Einkauf".into(),
                phones: vec![phone.clone()],
                emails: vec!["anna@weber.example".into()],
            }],
            addresses: Vec::new(),
            tags: vec!["bau".into()],
            status: CustomerStatus::Customer,
            owner: "jan".into(),
            notes: "seit 2019".into(),
            credit_limit: None,
            tax_treatment: TaxTreatment::Domestic,
            vat_id: String::new(),
            partial_deliveries: false,
            backorders: true,
            payment_days: Some(30),
            skonto: Skonto::parse("14:2").unwrap(),
            buyer_reference: "991-1".into(),
            created: at,
            updated: at,
            version: 4,
        };
        let bytes = encode_with_schema(&old, 5, "customer").unwrap();
        assert_eq!(&bytes[..3], &[1, 0, 5]);
        let migrated: Customer = decode(&bytes).unwrap();
        let mut expected = Customer::new("Weber Bau", at);
        expected.id = 9;
        expected.number = "K-9".into();
        expected.phones = vec![phone.clone()];
        expected.emails = vec!["info@weber.example".into()];
        expected.contacts = vec![Contact {
            name: "Anna Müller".into(),
            role: "Einkauf".into(),
            phones: vec![phone],
            emails: vec!["anna@weber.example".into()],
            salutation: Addressing::default(),
        }];
        expected.tags = vec!["bau".into()];
        expected.status = CustomerStatus::Customer;
        expected.owner = "jan".into();
        expected.notes = "seit 2019".into();
        expected.partial_deliveries = false;
        expected.payment_days = Some(30);
        expected.skonto = Skonto::parse("14:2").unwrap();
        expected.buyer_reference = "991-1".into();
        expected.version = 4;
        assert_eq!(migrated, expected);
        assert_eq!(migrated.contacts[0].salutation.gender, Gender::Unknown);
        assert_eq!(migrated.validate(), Ok(()));
        let now = encode_with_schema(&migrated, Customer::SCHEMA, "customer").unwrap();
        assert_eq!(&now[..3], &[1, 0, 6]);
        assert_eq!(decode::<Customer>(&now).unwrap(), migrated);
    }
}
