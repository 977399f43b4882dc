//! Who may be reached, on what: the consent ledger wired to the people kontor knows. For a
//! customer and each of its contacts, the addresses on a channel (e-mail addresses, phone
//! numbers as E.164, postal addresses) with the ledger's standing for a purpose now
//! (`reach`); the call list of a segment — its customers (each with its contacts), its
//! selected contacts and its leads, only people whose phone consent allows the purpose,
//! the others with why not (`call_list`); and the consent a marketing call relies
//! on, refused without one (`call_basis`). The standing is always derived from the ledger
//! (`core::consent::standing`), never stored. Room: core (reads customers and consent;
//! writes nothing).

use time::OffsetDateTime;

use super::access::{self, Access, Area};
use super::consent::standing;
use super::segments::{self, Target};
use super::{Actor, CoreError};
use crate::domain::consent::{Channel, Refusal, Standing};
use crate::domain::fold::fold;
use crate::domain::{Customer, Invalid};
use crate::store::Store;

/// One address of a person with the ledger's standing for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    /// The contact's name; empty for the customer itself.
    pub person: String,
    /// The address as the customer record has it.
    pub address: String,
    pub standing: Standing,
}

/// The people of `customer`: itself (empty name) and each contact, with their addresses
/// on `channel`.
fn people(customer: &Customer, channel: Channel) -> Vec<(String, Vec<String>)> {
    let phones = |phones: &[crate::domain::Phone]| {
        phones
            .iter()
            .map(|phone| phone.e164.clone())
            .collect::<Vec<_>>()
    };
    let own = match channel {
        Channel::Email => customer.emails.clone(),
        Channel::Phone | Channel::Sms => phones(&customer.phones),
        Channel::Post => customer
            .addresses
            .iter()
            .map(|a| format!("{} {} {}", a.street, a.postal_code, a.city))
            .collect(),
    };
    let mut people = vec![(String::new(), own)];
    for contact in &customer.contacts {
        let addresses = match channel {
            Channel::Email => contact.emails.clone(),
            Channel::Phone | Channel::Sms => phones(&contact.phones),
            Channel::Post => Vec::new(),
        };
        people.push((contact.name.clone(), addresses));
    }
    people
}

/// The standing of `address` on `channel` for `purpose` at `now`; `None` for an address
/// the channel cannot read (a malformed e-mail kept on the record).
pub(super) fn standing_of(
    store: &Store,
    channel: Channel,
    address: &str,
    purpose: &str,
    now: OffsetDateTime,
) -> Result<Option<Standing>, CoreError> {
    match standing(store, channel, address, purpose, now) {
        Ok(standing) => Ok(Some(standing)),
        Err(CoreError::Invalid(problems)) if problems.iter().all(|p| p.field == "address") => {
            Ok(None)
        }
        Err(error) => Err(error),
    }
}

/// Every address of `customer` and its contacts on `channel`, with its standing for
/// `purpose` at `now` (callers check the areas).
pub fn reach(
    store: &Store,
    customer: &Customer,
    channel: Channel,
    purpose: &str,
    now: OffsetDateTime,
) -> Result<Vec<Reach>, CoreError> {
    let mut found = Vec::new();
    for (person, addresses) in people(customer, channel) {
        for address in addresses {
            if let Some(standing) = standing_of(store, channel, &address, purpose, now)? {
                found.push(Reach {
                    person: person.clone(),
                    address,
                    standing,
                });
            }
        }
    }
    Ok(found)
}

/// Why a person is not on a call list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhyNot {
    /// The person has no phone number.
    NoPhone,
    /// The ledger refuses (the first number's refusal).
    Refused(Refusal),
}

impl WhyNot {
    /// The machine name: `no-phone` or the refusal's (`no-consent`, `withdrawn` …).
    pub fn name(self) -> &'static str {
        match self {
            WhyNot::NoPhone => "no-phone",
            WhyNot::Refused(refusal) => refusal.name(),
        }
    }
}

/// One person of a call list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Callee {
    /// The customer the person is or belongs to; 0 for a lead.
    pub customer: u64,
    /// The lead the person is, if a lead.
    pub lead: Option<u64>,
    /// The customer's (or the lead's) name.
    pub name: String,
    /// The contact's name; empty for the customer itself.
    pub person: String,
    /// The number to call (the first one consent allows), or the first number refused.
    pub phone: String,
    /// The consent event the call relies on; `None` when not callable.
    pub relied_on: Option<u64>,
    pub why_not: Option<WhyNot>,
}

/// A call list: who may be called for the purpose, and who not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallList {
    pub callable: Vec<Callee>,
    pub not_callable: Vec<Callee>,
}

/// The call list of `target`'s members for `purpose` at `now`: each member customer and
/// each of its contacts (a company without a phone of its own is reached through its
/// contacts), each selected contact of another customer, each selected lead — everyone
/// once. Needs the right to read
/// marketing and consent.
pub fn call_list(
    store: &Store,
    actor: &Actor,
    target: &Target,
    purpose: &str,
    now: OffsetDateTime,
) -> Result<CallList, CoreError> {
    access::require(actor, Area::Consent, Access::Read)?;
    let purpose = crate::domain::consent::purpose(purpose)?;
    let members = segments::members(store, actor, target, now)?;
    let mut list = CallList::default();
    let mut add = |callee: Callee, phones: Vec<String>| -> Result<(), CoreError> {
        let callee = checked(store, callee, phones, &purpose, now)?;
        match callee.why_not {
            None => list.callable.push(callee),
            Some(_) => list.not_callable.push(callee),
        }
        Ok(())
    };
    let callee = |customer: u64, lead: Option<u64>, name: &str, person: &str| Callee {
        customer,
        lead,
        name: name.to_string(),
        person: person.to_string(),
        phone: String::new(),
        relied_on: None,
        why_not: Some(WhyNot::NoPhone),
    };
    let e164 = |phones: &[crate::domain::Phone]| phones.iter().map(|p| p.e164.clone()).collect();
    for customer in &members.customers {
        for (person, phones) in people(customer, Channel::Phone) {
            if person.is_empty() && phones.is_empty() && !customer.contacts.is_empty() {
                continue;
            }
            add(callee(customer.id, None, &customer.name, &person), phones)?;
        }
    }
    // A member customer's contacts are on the list with it already.
    let listed: std::collections::HashSet<u64> = members.customers.iter().map(|c| c.id).collect();
    for of in members
        .contacts
        .iter()
        .filter(|of| !listed.contains(&of.customer.id))
    {
        for (contact, _) in of.each() {
            let person = callee(of.customer.id, None, &of.customer.name, &contact.name);
            add(person, e164(&contact.phones))?;
        }
    }
    for member in &members.leads {
        let lead = &member.lead;
        let (name, person) = match lead.company.trim() {
            "" => (lead.name.as_str(), ""),
            company => (company, lead.name.as_str()),
        };
        add(callee(0, Some(lead.id), name, person), e164(&lead.phones))?;
    }
    Ok(list)
}

/// `callee` with the first of `phones` the ledger allows for `purpose` at `now` and the
/// event relied on, else the first refused number and why (no phone: `NoPhone`).
fn checked(
    store: &Store,
    mut callee: Callee,
    phones: Vec<String>,
    purpose: &str,
    now: OffsetDateTime,
) -> Result<Callee, CoreError> {
    for phone in phones {
        match standing_of(store, Channel::Phone, &phone, purpose, now)? {
            Some(Standing::May { relied_on }) => {
                callee.phone = phone;
                callee.relied_on = relied_on;
                callee.why_not = None;
                break;
            }
            Some(Standing::MayNot { reason, .. }) if callee.why_not == Some(WhyNot::NoPhone) => {
                callee.phone = phone;
                callee.why_not = Some(WhyNot::Refused(reason));
            }
            _ => {}
        }
    }
    Ok(callee)
}

/// The confirmed phone consent a marketing call to customer `customer_id` (its contact
/// `contact`, empty for the customer itself; or the number `phone` when given) relies on
/// for `purpose` at `now`: the number called and the event. Refused, naming why, when no
/// number of the person has one.
pub fn call_basis(
    store: &Store,
    customer_id: u64,
    contact: &str,
    phone: Option<&str>,
    purpose: &str,
    now: OffsetDateTime,
) -> Result<(String, u64), CoreError> {
    let purpose = crate::domain::consent::purpose(purpose)?;
    // With the number dialled given, the customer is the interaction's business (its
    // write checks that it exists, in the same transaction as the use).
    let customer = match phone {
        Some(_) => store.get::<Customer>(customer_id)?,
        None => Some(store.require::<Customer>(customer_id)?),
    };
    let numbers: Vec<String> = match (phone, &customer) {
        (Some(phone), _) => vec![phone.to_string()],
        (None, Some(customer)) => people(customer, Channel::Phone)
            .into_iter()
            .filter(|(person, _)| fold(person) == fold(contact))
            .flat_map(|(_, phones)| phones)
            .collect(),
        (None, None) => Vec::new(),
    };
    let who = match (contact.trim(), &customer) {
        ("", Some(customer)) => customer.name.clone(),
        ("", None) => phone.unwrap_or_default().trim().to_string(),
        (contact, _) => contact.to_string(),
    };
    let mut reason = Refusal::NoConsent;
    for number in &numbers {
        match standing(store, Channel::Phone, number, &purpose, now)? {
            Standing::May {
                relied_on: Some(event),
            } => return Ok((number.clone(), event)),
            Standing::May { relied_on: None } => {}
            Standing::MayNot {
                reason: refused, ..
            } => {
                if reason == Refusal::NoConsent {
                    reason = refused;
                }
            }
        }
    }
    if numbers.is_empty() {
        return Err(Invalid::new(
            "phone",
            crate::t!("wiring-call-no-phone", who = who.as_str()),
        )
        .into());
    }
    Err(CoreError::Refused(crate::t!(
        "wiring-call-refused",
        who = who.as_str(),
        purpose = purpose.as_str(),
        reason = reason.label()
    )))
}
