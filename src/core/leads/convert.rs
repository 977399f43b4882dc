//! `lead convert`: the gate from lead to customer. The lead's duplicates are looked up
//! first (`duplicates::candidates`, through indexes, before the transaction: sled has no
//! range scans inside one); then either the lead's person joins an existing customer as a
//! contact (`Link`, unless a contact with the same e-mail, phone or folded name is there)
//! or a new customer is made of it (`Create`, status Prospect: a company lead or a person
//! at a firm → a company with the person as contact, a private person → a person
//! customer) — refused while customer candidates exist unless the user says
//! `despite_duplicates`. An opportunity for the customer follows, and the lead becomes
//! Converted with `converted_to` set: all in ONE transaction, so a refusal anywhere leaves
//! no customer or opportunity behind. Converting writes customers and opportunities, so
//! it needs the CRM's write right besides the leads'. Room: core.

use rust_decimal::Decimal;
use time::OffsetDateTime;

use super::duplicates::{CandidateKind, candidates};
use super::{lead, refused, unknown};
use crate::core::access::{self, Access, Area};
use crate::core::{Actor, CoreError, Settings};
use crate::domain::customer::{Address, Contact, Customer, CustomerKind, CustomerStatus};
use crate::domain::duplicates::normalize_email;
use crate::domain::fold::fold;
use crate::domain::lead::{ConvertedTo, Lead, LeadKind, LeadStatus};
use crate::domain::money::parse_money_in;
use crate::domain::{Money, Opportunity, Stage};
use crate::store::{Store, Tx, TxResult, abort};

/// How a lead becomes a customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion {
    pub target: Target,
    /// The opportunity's title; empty: the lead's name.
    pub title: String,
    /// The opportunity's amount as typed; empty: zero.
    pub amount: String,
}

/// Where the lead goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Onto the customer with this number or id.
    Link(String),
    /// A new customer; refused while customer candidates exist unless `despite_duplicates`.
    Create { despite_duplicates: bool },
}

/// What a conversion wrote.
#[derive(Debug, Clone)]
pub struct Converted {
    pub lead: Lead,
    pub customer: Customer,
    pub opportunity: Opportunity,
    /// Whether the customer was made of the lead (else the lead was linked to it).
    pub created: bool,
    /// Whether the lead's person was added as a contact of the customer.
    pub contact_added: bool,
}

pub(super) fn convert(
    store: &Store,
    actor: &Actor,
    id: u64,
    conversion: &Conversion,
    now: OffsetDateTime,
) -> Result<Converted, CoreError> {
    access::require(actor, Area::Crm, Access::Write)?;
    let settings = Settings::load(store)?;
    let found = lead(store, id)?;
    qualified(&found).map_err(CoreError::Refused)?;
    let amount = match conversion.amount.trim() {
        "" => Decimal::ZERO,
        text => parse_money_in("amount", text, settings.currency)?,
    };
    let linked = match &conversion.target {
        Target::Link(text) => Some(crate::core::payment::customer(store, text)?.id),
        Target::Create { despite_duplicates } => {
            let blocking: Vec<String> = candidates(store, &found)?
                .into_iter()
                .filter(|candidate| candidate.kind == CandidateKind::Customer)
                .map(|candidate| candidate.id.to_string())
                .collect();
            if !blocking.is_empty() && !despite_duplicates {
                return Err(CoreError::Refused(crate::t!(
                    "leads-convert-duplicates",
                    id = id.to_string(),
                    customers = blocking.join(", "),
                    first = blocking[0].clone()
                )));
            }
            None
        }
    };
    let title = match conversion.title.trim() {
        "" => found.display_name().to_string(),
        title => title.to_string(),
    };
    Ok(store.transaction(|tx| {
        let Some(mut lead) = tx.get::<Lead>(id)? else {
            return abort(unknown(id));
        };
        qualified(&lead).map_err(refused).or_else(abort)?;
        let (customer, contact_added) = match linked {
            Some(customer) => link(tx, &lead, customer, now)?,
            None => (create(tx, &lead, now)?, false),
        };
        let mut opportunity = Opportunity {
            id: 0,
            customer_id: customer.id,
            title: title.clone(),
            amount: Money::new(amount, settings.currency),
            stage: Stage::Qualification,
            probability: Stage::Qualification.default_probability(),
            expected_close: None,
            owner: lead.owner.clone(),
            lost_reason: String::new(),
            closed_at: None,
            campaign: lead.campaign,
            created: now,
            updated: now,
            version: 0,
        };
        access::claim_opportunity(actor, &mut opportunity);
        opportunity.validate().or_else(abort)?;
        tx.insert(&mut opportunity)?;
        lead.status = LeadStatus::Converted;
        lead.converted_to = Some(ConvertedTo {
            customer: customer.id,
            opportunity: opportunity.id,
        });
        lead.updated = now;
        tx.update(&mut lead, None)?;
        Ok(Converted {
            lead,
            customer,
            opportunity,
            created: linked.is_none(),
            contact_added,
        })
    })?)
}

/// Only a qualified lead is converted: refused naming its status otherwise.
fn qualified(lead: &Lead) -> Result<(), String> {
    match lead.status {
        LeadStatus::Qualified => Ok(()),
        _ => Err(crate::t!(
            "leads-convert-status",
            id = lead.id.to_string(),
            status = lead.status.label()
        )),
    }
}

/// The lead's person as a contact: its name, e-mails and phones.
fn contact_of(lead: &Lead) -> Contact {
    Contact {
        name: lead.name.trim().to_string(),
        role: String::new(),
        phones: lead.phones.clone(),
        emails: lead.emails.clone(),
        ..Contact::default()
    }
}

/// Whether `customer` already has the lead's person: a contact (or the customer itself)
/// with one of its e-mails or phones, or a contact of the same folded name.
fn knows(customer: &Customer, lead: &Lead) -> bool {
    let emails: Vec<String> = lead
        .emails
        .iter()
        .filter_map(|e| normalize_email(e))
        .collect();
    let email = customer
        .all_emails()
        .filter_map(|e| normalize_email(e))
        .any(|e| emails.contains(&e));
    let phone = customer.all_phones().any(|p| {
        lead.phones
            .iter()
            .any(|l| !l.e164.is_empty() && l.e164 == p.e164)
    });
    let name = fold(&lead.name);
    let named = !name.is_empty() && customer.contacts.iter().any(|c| fold(&c.name) == name);
    email || phone || named
}

fn link(tx: &Tx, lead: &Lead, id: u64, now: OffsetDateTime) -> TxResult<(Customer, bool)> {
    let mut customer = tx.require::<Customer>(id)?;
    let add = !lead.name.trim().is_empty() && !knows(&customer, lead);
    if add {
        customer.contacts.push(contact_of(lead));
        customer.updated = now;
        customer.validate().or_else(abort)?;
        tx.update(&mut customer, None)?;
    }
    Ok((customer, add))
}

fn create(tx: &Tx, lead: &Lead, now: OffsetDateTime) -> TxResult<Customer> {
    let person = lead.kind == LeadKind::Person && lead.company.trim().is_empty();
    let mut customer = Customer::new(lead.display_name(), now);
    customer.status = CustomerStatus::Prospect;
    customer.owner = lead.owner.clone();
    customer.notes = lead.notes.clone();
    if person {
        customer.kind = CustomerKind::Person;
        customer.emails = lead.emails.clone();
        customer.phones = lead.phones.clone();
    } else {
        customer.kind = CustomerKind::Company;
        match lead.name.trim().is_empty() {
            true => {
                customer.emails = lead.emails.clone();
                customer.phones = lead.phones.clone();
            }
            false => customer.contacts.push(contact_of(lead)),
        }
    }
    if !lead.city.is_empty() || !lead.postal_code.is_empty() || lead.country.is_some() {
        customer.addresses.push(Address {
            street: String::new(),
            postal_code: lead.postal_code.clone(),
            city: lead.city.clone(),
            region: String::new(),
            country: lead.country,
        });
    }
    customer.validate().or_else(abort)?;
    tx.insert(&mut customer)?;
    Ok(customer)
}
